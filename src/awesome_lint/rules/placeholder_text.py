"""placeholder-text: ???, TODO, TBD, lorem ipsum, [INSERT …] and example.com addresses."""

from __future__ import annotations

import re
from collections.abc import Iterator

from awesome_lint.document import Document, Span
from awesome_lint.fixes import Finding, Severity
from awesome_lint.registry import Rule, register

_PLACEHOLDER = re.compile(
    r"\?{3,}(?:\.\w+)?"
    r"|\[INSERT[^\]\[\n]*\]"
    # an address starts where its run of address characters starts: tried from inside a
    # long run, each start would rescan the run
    r"|(?<![\w.+-])[\w.+-]+@example\.(?:com|org|net)\b",
    re.I,
)
# Lorem ipsum as filler: the text itself ("Lorem ipsum dolor sit amet"), or alone in a
# cell, item, description or after a label ("Contact: lorem ipsum"); not what an entry
# is about ("a lorem ipsum generator").
_LOREM = re.compile(
    r"\blorem ipsum(?=\s+dolor\b)"
    r"|(?:^|(?<=[|(>:])|(?<=- ))[ \t]*[*_\"“]*(lorem ipsum)[*_\"”.…!]*[ \t]*(?=$|[|)<])",
    re.I | re.M,
)
# TODO and friends as a marker, not as a word ("manages your TODO list"): alone in a cell,
# item or parentheses, or followed by a colon.
_MARKER = re.compile(
    r"(?:^|(?<=[|(\[:\uff1a])|(?<=- ))[ \t]*(TODO|TBD|FIXME|XXX)(?!\]\()(?=[ \t]*(?:$|[|)\]]|:))"
    r"|(?<![\w-])(TODO|TBD|FIXME)(?=:)",
    re.M,
)


@register
class PlaceholderText(Rule):
    name = "placeholder-text"
    summary = "No placeholder text (???, TODO, TBD, lorem ipsum, [INSERT …]) in the list."
    severity = Severity.WARNING

    def check(self, doc: Document) -> Iterator[Finding]:
        in_urls = [(link.url_span.start, link.url_span.end) for link in doc.links]
        names = [(e.title_span.start, e.title_span.end) for e in doc.entries]
        for pattern in (_PLACEHOLDER, _LOREM, _MARKER):
            for match in pattern.finditer(doc.text):
                group = next(g for g in range(match.re.groups + 1)[::-1] if match.group(g))
                start, end = match.span(group)
                if any(s <= start < e for s, e in in_urls) or (
                    pattern is _LOREM and any(s <= start < e for s, e in names)
                ):
                    continue  # a link's address, or what an entry is: "[Lorem Ipsum](…)"
                yield Finding(
                    self.name,
                    f"placeholder text '{match.group(group)}' left in the list: "
                    "write what it stands for",
                    Span(start, end),
                )
