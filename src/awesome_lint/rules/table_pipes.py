"""table-pipes: every table row starts and ends with a pipe."""

from __future__ import annotations

from collections.abc import Iterator

from awesome_lint.document import Document, Row, Span
from awesome_lint.fixes import Edit, Finding, Fix, Fixability, Severity
from awesome_lint.registry import Rule, register


@register
class TablePipes(Rule):
    name = "table-pipes"
    summary = "Every table row must start and end with a pipe."
    severity = Severity.WARNING
    fixable = Fixability.ALWAYS

    def check(self, doc: Document) -> Iterator[Finding]:
        for table, _ in doc.tables:
            for row in [table.header, table.delimiter, *table.rows]:
                finding = _missing_pipes(row)
                if finding is not None:
                    yield finding


def _missing_pipes(row: Row) -> Finding | None:
    edits = []
    missing = []
    if not row.leading_pipe:
        edits.append(Edit(Span(row.span.start, row.span.start), "| "))
        missing.append("leading")
    if not row.trailing_pipe:
        edits.append(Edit(Span(row.span.end, row.span.end), " |"))
        missing.append("trailing")
    if not edits:
        return None
    which = " and ".join(missing)
    return Finding(
        TablePipes.name,
        f"table row has no {which} pipe: renderers and editors that need both misread it",
        row.span,
        fix=Fix(f"Add the {which} pipe", tuple(edits)),
    )
