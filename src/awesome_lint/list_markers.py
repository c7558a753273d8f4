"""The markers of a document's bullet lists, as the awesome format wants them: `-`, one
space after it, and never `-[Name](…)` with no space at all."""

from __future__ import annotations

import re
from collections.abc import Callable, Hashable, Iterator

from awesome_lint.conventions import Observed
from awesome_lint.document import Document, ListBlock, ListEntry, Paragraph, Span, walk
from awesome_lint.fixes import Edit, Finding, Fix
from awesome_lint.lists import ListNesting, bullet_lists

_NO_SPACE_ITEM = re.compile(r"[-*+]\[")
# "*[Windows users, read more.](…)*": a '*' that a later one closes is emphasis, also
# on a later line of the paragraph ("*[x](…) provides …\n… and more.*")
_EMPHASIS_CLOSES = re.compile(r"\*\S[^*]*(?<=\S)\*")


def marker_forms(
    entries: tuple[ListEntry, ...], group: Callable[[ListBlock], Hashable]
) -> Iterator[Observed]:
    """The marker of each top-level bullet list holding entries ('-', or the first other
    one), with a finding whose fix changes every bullet marker in it, nested lists
    included."""
    if not entries:
        return
    nesting = ListNesting(entries[0].doc)
    seen: set[int] = set()  # starts of the top-level lists seen
    for entry in entries:
        top = nesting.top(entry.block)
        if top.span.start in seen or top.ordered:
            continue
        seen.add(top.span.start)
        lists = list(bullet_lists(top))
        markers = [i.marker_span for b in lists for i in b.items if i.marker != "-"]
        if not markers:
            yield Observed("-", group(top), top.span.start)
            continue
        marker = entry.text[markers[0].start : markers[0].end]
        # Lists that follow each other are two lists only because their markers
        # differ: one marker would join them into one (and change how they render).
        joins = any(nesting.touches_another(b) for b in lists)
        fix = Fix("Use '-' as the marker", tuple(Edit(m, "-") for m in markers))
        message = f"this list uses '{marker}' as its marker; awesome lists use '-'"
        finding = Finding("", message, markers[0], fix=None if joins else fix)
        yield Observed(marker, group(top), top.span.start, finding)


def spacing_form(entry: ListEntry, group: Hashable) -> Observed | None:
    """What stands between a bullet entry's marker and its text: one space, or not."""
    text, item = entry.text, entry.item
    gap = Span(item.marker_span.end, entry.paragraph.span.start)
    if entry.block.ordered:
        return None
    shown = text[gap.start : gap.end]
    if shown == " ":
        return Observed(shown, group, item.span.start)
    shown = shown.replace("\t", "<tab>")
    finding = Finding(
        "",
        f"one space after the list marker, not '{shown}'",
        Span(item.marker_span.start, gap.end),
        fix=Fix("Leave one space after the marker", (Edit(gap, " "),)),
    )
    return Observed(shown, group, item.span.start, finding)


def missing_marker_spaces(doc: Document) -> Iterator[Finding]:
    """`-[Name](…)`: meant as an entry, rendered as a paragraph."""
    for block in walk(doc.top_blocks()):
        if not isinstance(block, Paragraph):
            continue
        starts = {li.span.start for li in block.inline.links if not li.image}
        for line in block.lines:
            if _NO_SPACE_ITEM.match(doc.text, line.start) and line.start + 1 in starts \
                    and not _EMPHASIS_CLOSES.match(doc.text, line.start, block.span.end):
                marker = Span(line.start, line.start + 1)
                space = Edit(Span(marker.end, marker.end), " ")
                yield Finding(
                    "",
                    f"'{doc.text[line.start]}[' is not a list item: put a space after the marker",
                    marker,
                    fix=Fix("Add a space after the marker", (space,)),
                )
