"""table-pipes: table rows start and end with a pipe, as the list's rows mostly do."""

from __future__ import annotations

from collections.abc import Iterator

from awesome_lint.document import Document, Row, Span, Table
from awesome_lint.fixes import Edit, Finding, Fix, Fixability, Severity
from awesome_lint.registry import Rule, register
from awesome_lint.tables import FEW, body_rows, breaking

_SIDES = ("leading", "trailing")
_ROLES = ("header", "delimiter", "body")


@register
class TablePipes(Rule):
    name = "table-pipes"
    preset = "recommended"  # every finding true on lists it was not tuned on (rules/README.md)
    summary = "Every table row must start and end with a pipe."
    severity = Severity.WARNING
    fixable = Fixability.ALWAYS

    def check(self, doc: Document) -> Iterator[Finding]:
        tables = [_rows(doc.text, table) for table, _ in doc.tables]
        slips: dict[Row, list[str]] = {}
        for side in _SIDES:
            rows, total = _breaking(tables, side)
            if len(rows) > FEW:
                yield _mix(rows, side, total)
                continue
            for row in rows:
                slips.setdefault(row, []).append(side)
        for row, sides in sorted(slips.items(), key=lambda item: item[0].span.start):
            yield _slip(row, sides)


def _rows(text: str, table: Table) -> list[tuple[str, Row]]:
    """The table's rows by role, without the lines under it that are not meant as rows."""
    rows = [("header", table.header), ("delimiter", table.delimiter)]
    return rows + [("body", row) for row in body_rows(text, table)]


def _breaking(tables: list[list[tuple[str, Row]]], side: str) -> tuple[list[Row], int]:
    """The rows without the pipe on this side where the list's rows mostly have it, and
    how many rows were weighed. Rows of a role that mostly go without it (50 headers
    written `API | Description |`) follow the list's way for that role."""
    own_way = {role for role in _ROLES if _mostly_without(tables, role, side)}
    marked = [
        [
            (row, not _has(row, side) and not _spills(row, rows[0][1], side))
            for role, row in rows if role not in own_way
        ]
        for rows in tables
    ]
    return breaking(marked, table_style=False), sum(map(len, marked))


def _mostly_without(tables: list[list[tuple[str, Row]]], role: str, side: str) -> bool:
    rows = [row for table in tables for kind, row in table if kind == role]
    return len(rows) >= FEW and 2 * sum(not _has(row, side) for row in rows) >= len(rows)


def _spills(row: Row, header: Row, side: str) -> bool:
    """Is the text after the row's last pipe a cell past the header's (`|✘|| note`)?
    GitHub drops it, pipe or not: a cell too many is table-column-count's to report,
    and a closing pipe would only hide it."""
    return side == "trailing" and len(row.cells) > len(header.cells)


def _has(row: Row, side: str) -> bool:
    return row.leading_pipe if side == "leading" else row.trailing_pipe


def _edit(row: Row, side: str) -> Edit:
    if side == "leading":
        return Edit(Span(row.span.start, row.span.start), "| ")
    return Edit(Span(row.span.end, row.span.end), " |")


def _slip(row: Row, sides: list[str]) -> Finding:
    which = " and ".join(sides)
    return Finding(
        TablePipes.name,
        f"table row has no {which} pipe, unlike the list's other rows (GitHub shows it; "
        "table formatters and other renderers may not)",
        row.span,
        fix=Fix(f"Add the {which} pipe", tuple(_edit(row, side) for side in sides)),
    )


def _mix(rows: list[Row], side: str, total: int) -> Finding:
    return Finding(
        TablePipes.name,
        f"{len(rows)} of {total} table rows have no {side} pipe, unlike the others "
        "(GitHub shows them; table formatters and other renderers may not)",
        rows[0].span,
        fix=Fix(f"Add the {side} pipe to {len(rows)} rows", tuple(_edit(r, side) for r in rows)),
    )
