"""heading-numbering: numbered headings ("1.2.1.") that repeat or skip a number."""

from __future__ import annotations

from collections.abc import Iterator
from urllib.parse import unquote

from awesome_lint.document import Document, HeadingNode, Section
from awesome_lint.document.markup import plain_text
from awesome_lint.document.slug import Slugger, link_fragment
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
    what = "repeats" if parts[-1] < expected[-1] else "skips"
    message = f"heading '{heading.text}' {what} a number: expected {new}"
    raw = doc.text[heading.text_span.start : heading.text_span.end]
    if not raw.lstrip().startswith(written):
        return Finding(HeadingNumbering.name, message, heading.span)  # "2\." or markup
    start = heading.text_span.start + len(raw) - len(raw.lstrip())
    renumber = Edit(Span(start, start + len(written)), new)
    return Finding(
        HeadingNumbering.name,
        message,
        heading.span,
        fix=Fix(
            f"Renumber the heading {new}, and the links to it",
            (renumber, *_relinked(doc, heading, written, new)),
            Applicability.UNSAFE,
        ),
    )


def _relinked(doc: Document, heading: HeadingNode, written: str, new: str) -> list[Edit]:
    """Links to the anchors that renumbering the heading changes (its own, and those of
    headings whose -1, -2 suffix moves), pointed at the new anchors."""
    slugger = Slugger()
    moved: dict[str, str] = {}
    for other in doc.headings:
        rendered = plain_text(other.raw)
        if other is heading:
            at = rendered.index(written)  # the number leads the text
            rendered = rendered[:at] + new + rendered[at + len(written) :]
        anchor = slugger.slug(rendered)
        if anchor != other.slug:
            moved[other.slug] = anchor
    edits = []
    for link in doc.links:
        if link.url.startswith("#") and not link.image:
            target = moved.get(unquote(link.url[1:]))
            if target is not None:
                edits.append(Edit(link.url_span, "#" + link_fragment(target)))
    return edits
