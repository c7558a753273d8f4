"""heading-numbering: numbered headings ("1.2.1.") that repeat or skip a number."""

from __future__ import annotations

from collections.abc import Iterator
from functools import cached_property
from itertools import pairwise

from awesome_lint.document import (
    Document,
    HeadingNode,
    Link,
    Section,
    Slugger,
    Span,
    fragment_of,
    link_fragment,
    plain_text,
    root_of,
    slug,
)
from awesome_lint.fixes import Applicability, Edit, Finding, Fix, Fixability
from awesome_lint.registry import Rule, register


@register
class HeadingNumbering(Rule):
    name = "heading-numbering"
    summary = "Numbered headings must count up by one within their parent."
    fixable = Fixability.ALWAYS
    fix_safety = (Applicability.UNSAFE,)

    def check(self, doc: Document) -> Iterator[Finding]:
        anchors = _Anchors(doc)
        for section in [doc.root, *doc.sections]:
            yield from _children(doc, section, anchors)


def _parts(number: str | None) -> list[int] | None:
    """The numbers of a section number ("1.2.1."); None for a year or an id ("2026 年 8
    月 21 号添加", "863683348 - Github"): more digits than a section number has."""
    if number is None:
        return None
    pieces = number.rstrip(".").split(".")
    if not all(p.isdigit() and len(p) <= MAX_DIGITS for p in pieces):
        return None
    return [int(p) for p in pieces]


MAX_DIGITS = 3  # "001" to "129" in a newest-first log; a year or an id has more


def _numbered(parent: Section) -> list[tuple[Section, list[int]] | None]:
    """The children with their numbers; None for a child whose text starts with a number
    the model does not read ("064《Title》"): a sibling that breaks the count."""
    found: list[tuple[Section, list[int]] | None] = []
    for child in parent.children:
        heading = child.heading
        parts = _parts(heading.number if heading else None)
        if parts is not None:
            found.append((child, parts))
        elif heading is not None and heading.text.lstrip()[:1].isdigit():
            found.append(None)
    return found


def _step(numbered: list[tuple[Section, list[int]] | None]) -> int:
    """-1 when the siblings count down (a newest-first log: 129 down to 001), else 1."""
    steps = [
        b[-1] - a[-1]
        for a, b in pairwise(entry[1] if entry else None for entry in numbered)
        if a is not None and b is not None and len(a) == len(b) and a[:-1] == b[:-1]
    ]
    return -1 if steps.count(-1) > steps.count(1) else 1


def _children(doc: Document, parent: Section, anchors: _Anchors) -> Iterator[Finding]:
    numbered = _numbered(parent)
    if len(numbered) * 2 < len(parent.children):
        return  # "20 Point List…", "25 PHP Security…" among article titles: no numbering
    step = _step(numbered)
    previous: list[int] | None = None
    for entry in numbered:
        if entry is None:
            previous = None  # count afresh after a number we cannot read
            continue
        child, parts = entry
        if previous is not None and len(parts) == len(previous) and parts[:-1] == previous[:-1]:
            expected = [*previous[:-1], previous[-1] + step]
            if parts != expected and expected[-1] >= 0:
                yield _misnumbered(doc, child, parts, expected, step, anchors)
                parts = expected  # count on from the number it should have
        previous = parts


def _misnumbered(
    doc: Document,
    section: Section,
    parts: list[int],
    expected: list[int],
    step: int,
    anchors: _Anchors,
) -> Finding:
    heading = section.heading
    assert heading is not None and heading.number is not None
    written = heading.number
    new = _written_as(written, expected[-1])
    what = "repeats" if (parts[-1] - expected[-1]) * step < 0 else "skips"
    message = f"heading '{heading.text}' {what} a number: expected {new}"
    raw = doc.text[heading.text_span.start : heading.text_span.end]
    links = anchors.relinked(heading, written, new)
    if not raw.lstrip().startswith(written) or links is None:
        return Finding(HeadingNumbering.name, message, heading.span)  # "2\." or markup
    start = heading.text_span.start + len(raw) - len(raw.lstrip())
    renumber = Edit(Span(start, start + len(written)), new)
    return Finding(
        HeadingNumbering.name,
        message,
        heading.span,
        fix=Fix(
            f"Renumber the heading {new}, and the links to it",
            (renumber, *links),
            Applicability.UNSAFE,
        ),
    )


def _written_as(written: str, last: int) -> str:
    """`written` ("2.07.") with its last number replaced, zero-padded to the same width."""
    dot = "." if written.endswith(".") else ""
    *prefix, old = written.rstrip(".").split(".")
    number = str(last).zfill(len(old)) if old.startswith("0") else str(last)
    return ".".join([*prefix, number]) + dot


class _Anchors:
    """What renumbering a heading does to anchors, and so to the links that use them.
    Headings are rendered once per document; a renumbering re-slugs only the headings
    whose anchors can collide with the old or the new one (the same root)."""

    MAX_FAMILY = 100  # more headings of one text than this: no fix (it would not pay)

    def __init__(self, doc: Document) -> None:
        self.doc = doc

    @cached_property
    def rendered(self) -> dict[int, str]:
        return {id(h): plain_text(h.raw) for h in self.doc.headings}

    @cached_property
    def families(self) -> dict[str, list[HeadingNode]]:
        found: dict[str, list[HeadingNode]] = {}
        for heading in self.doc.headings:
            found.setdefault(root_of(slug(self.rendered[id(heading)])), []).append(heading)
        return found

    @cached_property
    def links(self) -> dict[str, list[Link]]:
        found: dict[str, list[Link]] = {}
        for link in self.doc.links:
            if link.url.startswith("#") and not link.image:
                found.setdefault(fragment_of(link.url), []).append(link)
        return found

    def relinked(self, heading: HeadingNode, written: str, new: str) -> list[Edit] | None:
        """The links to the anchors that renumbering the heading changes (its own, and
        those whose -1, -2 suffix moves), pointed at the new anchors; None when too many
        headings share its text to work that out cheaply."""
        rendered = self.rendered[id(heading)]
        at = rendered.find(written)  # the number leads the text
        if at < 0:
            return None
        renamed = rendered[:at] + new + rendered[at + len(written) :]
        roots = {root_of(slug(rendered)), root_of(slug(renamed))}
        if sum(len(self.families.get(root, ())) for root in roots) > self.MAX_FAMILY:
            return None
        family = [h for root in roots for h in self.families.get(root, ())]
        slugger = Slugger()
        edits = []
        for other in sorted(family, key=lambda h: h.span.start):
            anchor = slugger.slug(renamed if other is heading else self.rendered[id(other)])
            if anchor != other.slug:
                edits += [
                    Edit(self.doc.destination_span(link), "#" + link_fragment(anchor))
                    for link in self.links.get(other.slug, ())
                ]
        return list({edit.span: edit for edit in edits}.values())  # references share one
