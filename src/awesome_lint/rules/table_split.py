"""table-split: a blank line inside a table ends it; the rows after it show as text."""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator

from awesome_lint.document import Block, BlockQuote, Document, ListBlock, Paragraph, Span, Table
from awesome_lint.fixes import Applicability, Edit, Finding, Fix, Fixability
from awesome_lint.registry import Rule, register
from awesome_lint.source import SpanSet
from awesome_lint.tables import code_spans

_SEPARATOR = re.compile(r"(?<!\\)\|")  # a pipe that separates cells: not escaped


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
                    finding = _split(doc.text, table, after)
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


def _split(text: str, table: Table, paragraph: Paragraph) -> Finding | None:
    """The paragraph right after the table, past blank lines only, when every line of it
    is a row: starts with a pipe and has cells."""
    if text[table.span.end : paragraph.span.start].strip(" \t\r\n>"):
        return None
    cells = [_cells(text, line) for line in paragraph.lines]
    if not all(count >= 2 for count in cells):
        return None
    columns = len(table.header.cells)
    fitting = all(count == columns for count in cells)
    gap_start = _after_line_end(text, table.span.end)
    gap_end = _line_start(text, paragraph.span.start)
    rows = "row after it shows" if len(cells) == 1 else f"{len(cells)} rows after it show"
    return Finding(
        TableSplit.name,
        f"a blank line ends the table above, so the {rows} as text with their "
        "pipes: remove the blank line"
        + ("" if fitting else f" (the rows do not all have the table's {columns} cells)"),
        Span(paragraph.span.start, paragraph.lines[0].end),
        fix=Fix(
            "Remove the blank line inside the table",
            (Edit(Span(gap_start, gap_end), ""),),
            Applicability.SAFE if fitting else Applicability.UNSAFE,
        ),
    )


def _after_line_end(text: str, offset: int) -> int:
    """Where the line holding `offset` ends, past its `\n`, `\r\n` or `\r`."""
    ends = _LINE_END.search(text, offset)
    return ends.end() if ends else len(text)


def _line_start(text: str, offset: int) -> int:
    return max(text.rfind("\n", 0, offset), text.rfind("\r", 0, offset)) + 1


_LINE_END = re.compile(r"\r\n?|\n")


def _cells(text: str, line: Span) -> int:
    """How many cells a line has, outer pipes aside; 0 unless it starts with a pipe."""
    row = text[line.start : line.end].strip()
    if not row.startswith("|"):
        return 0
    start = text.index(row, line.start, line.end)
    code = SpanSet(code_spans(text, start, start + len(row)))
    pipes = [start + m.start() for m in _SEPARATOR.finditer(row) if start + m.start() not in code]
    outer = (pipes[0] == start) + (len(pipes) > 1 and pipes[-1] == start + len(row) - 1)
    return len(pipes) - outer + 1
