"""license-section: the licence goes in a LICENSE file, not a section of the list."""

from __future__ import annotations

import re
from collections.abc import Iterator

from awesome_lint.document import Document
from awesome_lint.fixes import Finding
from awesome_lint.registry import Rule, register

LICENSE_HEADING = re.compile(r"^\W*licen[cs]e\W*$", re.I)


@register
class LicenseSection(Rule):
    name = "license-section"
    preset = "awesome"
    summary = "The list must not have a License section (use a LICENSE file)."
    npm_names = ("awesome-license",)

    def check(self, doc: Document) -> Iterator[Finding]:
        for heading in doc.headings:
            if LICENSE_HEADING.match(heading.text):
                yield Finding(
                    self.name,
                    "the list has a License section: put the licence in a LICENSE file "
                    "(GitHub shows it beside the README)",
                    heading.span,
                )
