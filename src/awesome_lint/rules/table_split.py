"""table-split: a blank line inside a table ends it; the rows after it show as text."""

from __future__ import annotations

import itertools
from collections.abc import Iterator

from awesome_lint.document import (
    Block,
    BlockQuote,
    Document,
    ListBlock,
    Paragraph,
    Span,
    Table,
    split_row,
)
from awesome_lint.fixes import Applicability, Edit, Finding, Fix, Fixability
from awesome_lint.registry import Rule, register


@register
class TableSplit(Rule):
    name = "table-split"
    # GitHub shows such rows as text with their pipes: never what the list means (the one
    # case in the 600-odd lists of the corpora and holdouts, a reviewer's find)
    preset = "recommended"
    summary = "A table goes on without a blank line: rows after one show as text."
    fixable = Fixability.ALWAYS
    fix_safety = (Applicability.SAFE, Applicability.UNSAFE)

    def check(self, doc: Document) -> Iterator[Finding]:
        for blocks in _containers(doc):
            for table, after in itertools.pairwise(blocks):
                if isinstance(table, Table) and isinstance(after, Paragraph):
                    finding = _split(doc, table, after)
                    if finding is not None:
                        yield finding


def _containers(doc: Document) -> Iterator[tuple[Block, ...]]:
    """Each run of sibling blocks: a section's own, a list item's, a quote's."""
    for section in (doc.root, *doc.sections):
        yield from _nested(section.blocks)


def _nested(blocks: tuple[Block, ...]) -> Iterator[tuple[Block, ...]]:
    yield blocks
    for block in blocks:
        if isinstance(block, ListBlock):
            for item in block.items:
                yield from _nested(item.children)
        elif isinstance(block, BlockQuote):
            yield from _nested(block.children)


def _split(doc: Document, table: Table, paragraph: Paragraph) -> Finding | None:
    """The paragraph right after the table, past blank lines only, when every line of it
    is a row: starts with a pipe and has cells (split as the table's own rows are)."""
    if doc.text[table.span.end : paragraph.span.start].strip(" \t\r\n>"):
        return None
    rows = [split_row(doc.text, line) for line in paragraph.lines]
    cells = [len(row.cells) if row.leading_pipe else 0 for row in rows]
    if not all(count >= 2 for count in cells):
        return None
    columns = len(table.header.cells)
    fitting = all(count == columns for count in cells)
    starts = doc.source.line_starts  # the blank lines: from the line after the table's last
    gap_start = starts[doc.source.line_col(table.span.end)[0]]
    gap_end = starts[doc.source.line_col(paragraph.span.start)[0] - 1]
    shown = "row after it shows" if len(cells) == 1 else f"{len(cells)} rows after it show"
    return Finding(
        TableSplit.name,
        f"a blank line ends the table above, so the {shown} as text with their "
        "pipes: remove the blank line"
        + ("" if fitting else f" (the rows do not all have the table's {columns} cells)"),
        Span(paragraph.span.start, paragraph.lines[0].end),
        fix=Fix(
            "Remove the blank line inside the table",
            (Edit(Span(gap_start, gap_end), ""),),
            Applicability.SAFE if fitting else Applicability.UNSAFE,
        ),
    )
