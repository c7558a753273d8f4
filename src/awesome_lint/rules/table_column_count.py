"""table-column-count: a row has as many cells as the table's header."""

from __future__ import annotations

import enum
from collections.abc import Callable, Iterator

from awesome_lint.document import Document, Row, Span, Table, plain_text
from awesome_lint.fixes import Edit, Finding, Fix, Fixability
from awesome_lint.registry import Rule, register
from awesome_lint.tables import (
    FEW,
    body_rows,
    breaking,
    is_comment,
    is_definition,
    is_hidden_note,
    is_stray,
    pipe_in_markup,
)

_FILLED = 0.9  # share of rows with text in a column: a row without that cell lacks content
_MIN_OTHERS = 3  # rows besides this one that must show the column is filled
_QUOTE = 40  # characters of the dropped text a message shows


class _Kind(enum.Enum):
    FITS = enum.auto()
    SHORT = enum.auto()  # fewer cells, where the list often leaves cells empty
    LONG = enum.auto()  # more cells, the extra ones empty
    MISSING = enum.auto()  # fewer cells, in a column the other rows fill
    DROPPED = enum.auto()  # more cells, with text GitHub drops


_Placed = tuple[Row, int]  # a row and its header's number of cells
_Filled = dict[str, tuple[int, int]]  # header name: rows with text under it, rows


@register
class TableColumnCount(Rule):
    name = "table-column-count"
    summary = "A table row must have as many cells as the header."
    fixable = Fixability.SOMETIMES

    def check(self, doc: Document) -> Iterator[Finding]:
        text = doc.text
        tables = [table for table, _ in doc.tables]
        filled = _filled_by_name(text, tables)
        kinds: list[list[tuple[_Placed, _Kind]]] = []
        for table in tables:
            rows = body_rows(text, table)
            owed = _owed(text, table, rows, filled)
            kinds.append([((row, len(owed)), _kind(text, row, owed)) for row in rows])
            yield from _stray_rows(text, table)
            yield from _misaligned(text, table, owed, kinds[-1])
        yield from _style(kinds, _Kind.SHORT, _pad, _short_one, _SHORT_MANY)
        yield from _style(kinds, _Kind.LONG, _trim, _long_one, _LONG_MANY)


def _misaligned(
    text: str, table: Table, owed: list[bool], kinds: list[tuple[_Placed, _Kind]]
) -> Iterator[Finding]:
    """Rows short of a cell the other rows fill, and rows with text beyond the header: each
    reported, or the header once when most rows are longer than it."""
    dropped = [row for (row, _), kind in kinds if kind is _Kind.DROPPED]
    if len(dropped) > FEW and 2 * len(dropped) >= len(kinds):
        yield _header_short(table, len(dropped), len(kinds))
    else:
        yield from (_dropped(text, row, len(owed)) for row in dropped)
    for (row, _), kind in kinds:
        if kind is _Kind.MISSING:
            yield _missing(text, row, table, owed)


def _kind(text: str, row: Row, owed: list[bool]) -> _Kind:
    columns = len(owed)
    if len(row.cells) == 1 and not row.cells[0].inline.links:
        return _Kind.FITS  # a label across the table ("| **2023** |"): the rest shows empty
    if len(row.cells) < columns:
        return _Kind.MISSING if any(owed[len(row.cells) :]) else _Kind.SHORT
    if len(row.cells) > columns:
        extra = [c for c in row.cells[columns:] if not is_hidden_note(text, c.span)]
        return _Kind.DROPPED if any(_text(text, c.span) for c in extra) else _Kind.LONG
    return _Kind.FITS


def _owed(text: str, table: Table, rows: list[Row], filled: _Filled) -> list[bool]:
    """For each column, does a row without that cell lack content: do (nearly) all the
    table's other rows have text there, and the list's rows under that header name?"""
    owed = []
    for column, cell in enumerate(table.header.cells):
        in_table = (sum(_has_text(text, row, column) for row in rows), len(rows))
        in_list = filled.get(_name(text, cell.span), (0, 0))
        owed.append(_filled_by_others(*in_table) and _filled_by_others(*in_list))
    return owed


def _filled_by_others(with_text: int, rows: int) -> bool:
    """Of the rows, the one without the cell aside, do (nearly) all have text in it?"""
    return rows - 1 >= _MIN_OTHERS and with_text >= _FILLED * (rows - 1)


def _filled_by_name(text: str, tables: list[Table]) -> _Filled:
    """For each header name, how many of the list's rows under it have text in that cell,
    of how many: a column that many rows leave empty or out is optional there."""
    filled: _Filled = {}
    for table in tables:
        body = body_rows(text, table)
        for column, cell in enumerate(table.header.cells):
            with_text, rows = filled.get(_name(text, cell.span), (0, 0))
            with_text += sum(_has_text(text, row, column) for row in body)
            filled[_name(text, cell.span)] = (with_text, rows + len(body))
    return filled


def _has_text(text: str, row: Row, column: int) -> bool:
    return column < len(row.cells) and bool(_text(text, row.cells[column].span))


def _text(text: str, span: Span) -> str:
    return text[span.start : span.end]


def _shown(text: str, span: Span) -> str:
    return plain_text(_text(text, span)).strip(" *_")


def _name(text: str, span: Span) -> str:
    return _shown(text, span).lower()


def _missing(text: str, row: Row, table: Table, owed: list[bool]) -> Finding:
    cells, columns = len(row.cells), len(table.header.cells)
    header = table.header.cells
    names = [f"'{_shown(text, header[c].span)}'" for c in range(cells, columns) if owed[c]]
    shown = " and ".join(filter(None, (", ".join(names[:-1]), names[-1])))
    return Finding(
        TableColumnCount.name,
        f"row has {cells} cell{'s' * (cells != 1)}, the header {columns}: nothing under "
        f"{shown}, which the other rows fill (is a cell missing?)",
        row.span,
    )


def _header_short(table: Table, dropped: int, rows: int) -> Finding:
    return Finding(
        TableColumnCount.name,
        f"{dropped} of the table's {rows} rows have more cells than its header, with text: "
        "GitHub drops their last cells (is a header cell missing?)",
        table.header.span,
    )


def _dropped(text: str, row: Row, columns: int) -> Finding:
    cells, extra = len(row.cells), len(row.cells) - columns
    if pipe_in_markup(text, row):
        why = " (a '|' inside a cell must be written '\\|')"
    else:
        dropped = text[row.cells[columns].span.start : row.cells[-1].span.end]
        why = f": '{dropped if len(dropped) <= _QUOTE else dropped[: _QUOTE - 1] + '…'}'"
    return Finding(
        TableColumnCount.name,
        f"row has {cells} cells, the header {columns}: GitHub drops the last {extra}{why}",
        row.span,
    )


def _stray_rows(text: str, table: Table) -> Iterator[Finding]:
    """Lines right under a table that GitHub reads as its rows though they are not: a
    definition or `[//]: #` comment (a blank line before hides it: fixed on the first of
    those ending the table), or a line without any pipe."""
    rows = list(table.rows)
    ending = len(rows)  # where the run of definitions that ends the table starts
    while ending and is_definition(text, rows[ending - 1]):
        ending -= 1
    for index, row in enumerate(rows):
        if not is_stray(text, table, row):
            continue
        if not is_definition(text, row):
            yield Finding(TableColumnCount.name, _PIPELESS, row.span)
            continue
        what = "a `[//]: #` comment" if is_comment(text, row) else "a link definition"
        line = text.rfind("\n", 0, row.span.start) + 1
        fix = None
        if index == ending and ">" not in text[line : row.span.start]:
            fix = Fix("Leave a blank line before it", (Edit(Span(line, line), "\n"),))
        says = f"{what} right under a table is read as a row of it: GitHub shows it"
        yield Finding(TableColumnCount.name, says + _UNTIL_BLANK, row.span, fix=fix)


_UNTIL_BLANK = ", and hides it only after a blank line"
_PIPELESS = (
    "a line without a pipe under a table is read as one more row of it, shown in the "
    "first column: a blank line before it ends the table"
)


def _style(
    kinds: list[list[tuple[_Placed, _Kind]]],
    kind: _Kind,
    edit: Callable[[_Placed], Edit],
    one: Callable[[_Placed], tuple[str, str]],
    many: tuple[str, str],
) -> Iterator[Finding]:
    """Rows short of or beyond their header by empty cells where the list mostly is not:
    a few are reported each, more are one finding for the list, with one fix."""
    marked = [[(placed, found is kind) for placed, found in table] for table in kinds]
    rows = breaking(marked, table_style=True)
    if len(rows) <= FEW:
        for placed in rows:
            says, does = one(placed)
            fix = Fix(does, (edit(placed),))
            yield Finding(TableColumnCount.name, says, placed[0].span, fix=fix)
        return
    total = sum(len(table) for table in kinds)
    says, does = (line.format(k=len(rows), total=total) for line in many)
    fix = Fix(does, tuple(edit(placed) for placed in rows))
    yield Finding(TableColumnCount.name, says, rows[0][0].span, fix=fix)


def _pad(placed: _Placed) -> Edit:
    row, columns = placed
    missing = columns - len(row.cells)
    # without a trailing pipe, the first pipe added closes the last cell
    pad = " |" * (missing + (0 if row.trailing_pipe else 1))
    return Edit(Span(row.span.end, row.span.end), pad)


def _trim(placed: _Placed) -> Edit:
    row, columns = placed
    # the row ends in a pipe (its last cell is empty): keep the one closing the header's last
    return Edit(Span(row.cells[columns - 1].raw.end + 1, row.span.end), "")


def _short_one(placed: _Placed) -> tuple[str, str]:
    row, columns = placed
    cells, missing = len(row.cells), columns - len(row.cells)
    return (
        f"row has {cells} cell{'s' * (cells != 1)}, the header {columns}: "
        f"GitHub shows {missing} empty",
        f"Add {missing} empty cell{'s' * (missing != 1)}",
    )


def _long_one(placed: _Placed) -> tuple[str, str]:
    row, columns = placed
    cells, extra = len(row.cells), len(row.cells) - columns
    s = "s" * (extra != 1)
    return (
        f"row has {cells} cells, the header {columns}: GitHub drops the {extra} empty "
        f"cell{s} at the end",
        f"Remove the {extra} empty cell{s} at the end",
    )


_SHORT_MANY = (
    "{k} of {total} table rows have fewer cells than their header, unlike the others: "
    "GitHub shows the missing ones empty",
    "Add the empty cells to {k} rows",
)
_LONG_MANY = (
    "{k} of {total} table rows end in empty cells their header has no column for, unlike "
    "the others: GitHub drops them",
    "Remove the extra empty cells from {k} rows",
)
