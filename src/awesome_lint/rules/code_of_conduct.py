"""code-of-conduct: a code of conduct beside the list is filled in."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

from awesome_lint.beside import find_beside
from awesome_lint.document import Document
from awesome_lint.fixes import Finding, file_finding
from awesome_lint.registry import Rule, register

PLACEHOLDER = re.compile(r"\[INSERT[ _](?:CONTACT METHOD|EMAIL ADDRESS|EMAIL)\]", re.I)


@register
class CodeOfConduct(Rule):
    name = "code-of-conduct"
    preset = "awesome"
    summary = "A code of conduct beside the list must not be empty or have unfilled placeholders."
    npm_names = ("awesome-code-of-conduct",)

    def check(self, doc: Document) -> Iterator[Finding]:
        readme = Path(doc.source.path)
        if readme.name.lower() != "readme.md" or not readme.is_file():
            return
        found = find_beside(readme.parent, ("code-of-conduct.md", "code_of_conduct.md"))
        if found is None:
            return
        text = found.read_text(encoding="utf-8", errors="replace")
        if not text.strip():
            yield file_finding(self.name, f"{found.name} is empty")
            return
        placeholder = PLACEHOLDER.search(text) or _default_email(text, readme.parent)
        if placeholder:
            line = text.count("\n", 0, placeholder.start()) + 1
            yield file_finding(
                self.name,
                f"{found.name}:{line} still says '{placeholder.group(0)}': "
                "write how to reach the maintainers",
            )


_TEMPLATE_EMAIL = re.compile(r"sindresorhus@gmail\.com")


def _default_email(text: str, folder: Path) -> re.Match[str] | None:
    """The Contributor Covenant copied from sindresorhus/awesome keeps his address; fine
    only in his own repositories (package.json names him)."""
    package = folder / "package.json"
    owner = package.read_text(encoding="utf-8", errors="replace") if package.is_file() else ""
    if "sindresorhus" in owner:
        return None
    return _TEMPLATE_EMAIL.search(text)
