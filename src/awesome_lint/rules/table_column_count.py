"""table-column-count: a row has as many cells as the table's header."""

from __future__ import annotations

from collections.abc import Iterator

from awesome_lint.document import Document, Span
from awesome_lint.fixes import Edit, Finding, Fix, Fixability
from awesome_lint.registry import Rule, register


@register
class TableColumnCount(Rule):
    name = "table-column-count"
    summary = "A table row must have as many cells as the header."
    fixable = Fixability.SOMETIMES

    def check(self, doc: Document) -> Iterator[Finding]:
        for table, _ in doc.tables:
            columns = len(table.header.cells)
            for row in table.rows:
                cells = len(row.cells)
                if cells < columns:
                    missing = columns - cells
                    # without a trailing pipe, the first pipe added closes the last cell
                    pad = " |" * (missing + (0 if row.trailing_pipe else 1))
                    yield Finding(
                        self.name,
                        f"row has {cells} cell{'s' * (cells != 1)}, the header {columns}: "
                        f"GitHub shows {missing} empty",
                        row.span,
                        fix=Fix(
                            f"Add {missing} empty cell{'s' * (missing != 1)}",
                            (Edit(Span(row.span.end, row.span.end), pad),),
                        ),
                    )
                elif cells > columns:
                    extra = cells - columns
                    yield Finding(
                        self.name,
                        f"row has {cells} cells, the header {columns}: GitHub drops the last "
                        f"{extra} (a '|' inside a cell must be written '\\|')",
                        row.span,
                    )
