"""heading-numbering: numbered headings ("1.2.1.") that repeat or skip a number."""

from __future__ import annotations

from collections.abc import Iterator

from awesome_lint.document import Document, Section
from awesome_lint.fixes import Applicability, Edit, Finding, Fix
from awesome_lint.registry import Rule, register
from awesome_lint.source import Span


@register
class HeadingNumbering(Rule):
    name = "heading-numbering"
    summary = "Numbered headings must count up by one within their parent."
    fixable = "always"

    def check(self, doc: Document) -> Iterator[Finding]:
        for section in [doc.root, *doc.sections]:
            yield from _children(doc, section)


def _parts(number: str | None) -> list[int] | None:
    if number is None:
        return None
    pieces = number.rstrip(".").split(".")
    return [int(p) for p in pieces] if all(p.isdigit() for p in pieces) else None


def _children(doc: Document, parent: Section) -> Iterator[Finding]:
    previous: list[int] | None = None
    for child in parent.children:
        heading = child.heading
        parts = _parts(heading.number if heading else None)
        if heading is None or parts is None:
            continue
        if previous is not None and len(parts) == len(previous) and parts[:-1] == previous[:-1]:
            expected = [*previous[:-1], previous[-1] + 1]
            if parts != expected:
                yield _misnumbered(doc, child, parts, expected)
                parts = expected  # count on from the number it should have
        previous = parts


def _misnumbered(doc: Document, section: Section, parts: list[int], expected: list[int]) -> Finding:
    heading = section.heading
    assert heading is not None and heading.number is not None
    written = heading.number
    new = ".".join(str(p) for p in expected) + ("." if written.endswith(".") else "")
    start = doc.text.index(written, heading.text_span.start)
    what = "repeats" if parts[-1] < expected[-1] else "skips"
    return Finding(
        HeadingNumbering.name,
        f"heading '{heading.text}' {what} a number: expected {new}",
        heading.span,
        fix=Fix(
            f"Renumber the heading {new}",
            (Edit(Span(start, start + len(written)), new),),
            Applicability.UNSAFE,
        ),
    )
