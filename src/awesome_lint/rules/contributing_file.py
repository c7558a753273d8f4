"""contributing-file: a README list comes with contribution guidelines."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from awesome_lint.beside import find_beside
from awesome_lint.document import Document
from awesome_lint.fixes import Finding, file_finding
from awesome_lint.registry import Rule, register


@register
class ContributingFile(Rule):
    name = "contributing-file"
    preset = "awesome"
    summary = "A README list needs a non-empty contributing.md beside it."
    npm_names = ("awesome-contributing",)

    def check(self, doc: Document) -> Iterator[Finding]:
        readme = Path(doc.source.path)
        if readme.name.lower() != "readme.md" or not readme.is_file():
            return  # only a repository's README is a list with a repository around it
        found = find_beside(readme.parent, ("contributing.md",))
        if found is None:
            yield file_finding(
                self.name,
                "no contributing.md (or .github/contributing.md) beside the list: "
                "tell contributors how to add an entry",
            )
        elif not found.read_text(encoding="utf-8", errors="replace").strip():
            yield file_finding(self.name, f"{found.name} is empty")

