"""How a list writes its tables: lines that only look like rows, and the rows that break
the way most of the list's rows are written."""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator, Sequence
from typing import TypeVar

from awesome_lint.document import Row, Span, SpanSet, Table

T = TypeVar("T")

FEW = 3  # up to this many rows break the list's way: each is a slip, reported on its own
# `[label]: url`, `[//]: # (…)`: a link definition or a comment, which GitHub hides only
# outside a table; right under one it is read as one more row
_DEFINITION = re.compile(r"\[[^\]]+\]:(?:\s|$)")
_COMMENT = re.compile(r"\[[^\]]+\]:\s*(?:#|<>)(?:\s|$)")
_BACKTICKS = re.compile(r"`+")


def is_stray(text: str, table: Table, row: Row) -> bool:
    """A body row not meant as one: a definition or `[//]: #` comment right under the
    table, or a line without any pipe under a table of several columns (GFM continues a
    table on any line up to a blank one)."""
    if is_definition(text, row):
        return True
    pipeless = not row.leading_pipe and not row.trailing_pipe and len(row.cells) == 1
    return pipeless and len(table.header.cells) > 1


def is_definition(text: str, row: Row) -> bool:
    return _DEFINITION.match(text, row.span.start, row.span.end) is not None


def is_comment(text: str, row: Row) -> bool:
    """`[//]: # (…)`, `[comment]: <> (…)`: a definition that links nowhere."""
    return _COMMENT.match(text, row.span.start, row.span.end) is not None


def is_hidden_note(text: str, span: Span) -> bool:
    """A cell past the header's that holds only a `[//]: #note`: a note the author keeps
    in the source for GitHub to drop with the cell (a date added, "#Recommend")."""
    return _NOTE_CELL.fullmatch(text, span.start, span.end) is not None


_NOTE_CELL = re.compile(r"\s*\[[^\]\n]*\]:\s*(?:#|<>)[^|\n]*")


def body_rows(text: str, table: Table) -> list[Row]:
    """The table's rows, without the stray lines."""
    return [row for row in table.rows if not is_stray(text, table, row)]


def breaking(tables: Sequence[Sequence[tuple[T, bool]]], *, table_style: bool) -> list[T]:
    """The rows (items) that are odd where the list's rows mostly are not: none when the
    odd way is the list's own (most of its rows); with `table_style`, nor in a table whose
    rows mostly write it so (that table's own way)."""
    total = sum(len(rows) for rows in tables)
    odd = [item for rows in tables for item, is_odd in rows if is_odd]
    if 2 * len(odd) >= total:
        return []
    if table_style:
        return [item for rows in tables if not _mostly(rows) for item, is_odd in rows if is_odd]
    return odd


def _mostly(rows: Sequence[tuple[T, bool]]) -> bool:
    return 2 * sum(is_odd for _, is_odd in rows) >= len(rows)


def pipe_in_markup(text: str, row: Row) -> bool:
    """Does a pipe that splits the row fall inside a code span, or a link's text or URL?"""
    pipes = [cell.raw.end for cell in row.cells[:-1]]
    return any(start < pipe < end for start, end in _markup(text, row.span) for pipe in pipes)


def _markup(text: str, span: Span) -> Iterator[tuple[int, int]]:
    """Code spans, bracketed text, and the (…) after a closing bracket, in the row."""
    code = _code_spans(text, span.start, span.end)
    yield from code
    in_code = SpanSet(code)
    opened: list[int] = []
    for i in range(span.start, span.end):
        if i in in_code or text[i - 1] == "\\":
            continue
        if text[i] == "[":
            opened.append(i)
        elif text[i] == "]" and opened:
            yield opened.pop(), i
            if text.startswith("(", i + 1):
                close = text.find(")", i + 1, span.end)
                if close > 0:
                    yield i + 1, close


def _code_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Code spans: a run of backticks closed by the next run of the same length (found by
    bisect per length, so that many unclosed runs stay linear)."""
    runs = [match.span() for match in _BACKTICKS.finditer(text, start, end)]
    by_length: dict[int, list[int]] = {}
    for index, (run_start, run_end) in enumerate(runs):
        by_length.setdefault(run_end - run_start, []).append(index)
    spans, index = [], 0
    while index < len(runs):
        run_start, run_end = runs[index]
        same = by_length[run_end - run_start]
        later = bisect.bisect_right(same, index)
        if later == len(same):
            index += 1
            continue
        closing = same[later]
        spans.append((run_start, runs[closing][1]))
        index = closing + 1
    return spans
