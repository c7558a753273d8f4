"""Moving an entry to another section: a row to the end of a table with the same columns,
a top-level item to the end of a list of the same kind, as the same bytes."""

from __future__ import annotations

from awesome_lint.document import Document, Entry, ListBlock, Section, Span
from awesome_lint.fixes import Applicability, Edit, Fix


def move_entry(doc: Document, entry: Entry, target: Section) -> Fix | None:
    """Move a row to the end of the target's table with the same columns; a top-level
    item to the end of the target's list of the same kind."""
    if entry.kind == "row" and entry.table is not None:
        header = _header(doc, entry.table)
        tables = [t for t in target.tables if _header(doc, t) == header]
        if not tables:
            return None
        last = (tables[-1].rows or [tables[-1].delimiter])[-1]
        return _move_lines(doc, entry.span, last.span.end)
    if entry.item is not None:
        lists = [b for b in target.lists if _same_list_kind(doc, b, entry)]
        source_list = next((b for b in entry.section.lists if entry.item in b.items), None)
        if not lists or source_list is None or entry.item.indent != 0:
            return None
        last_item = lists[-1].items[-1]
        if last_item.indent != 0:
            return None
        return _move_lines(doc, entry.item.span, _line_end(doc, last_item.span.end))
    return None


def _header(doc: Document, table: object) -> tuple[str, ...]:
    cells = table.header.cells  # type: ignore[attr-defined]
    return tuple(" ".join(doc.text[c.span.start : c.span.end].lower().split()) for c in cells)


def _same_list_kind(doc: Document, block: ListBlock, entry: Entry) -> bool:
    item = entry.item
    return item is not None and block.items[0].marker == item.marker


def _line_end(doc: Document, offset: int) -> int:
    """The end of the line holding offset-1 (before its line break)."""
    end = offset
    while end > 0 and doc.text[end - 1] in "\r\n":
        end -= 1
    return end


def _move_lines(doc: Document, span: Span, insert_at: int) -> Fix:
    starts = doc.source.line_starts
    first_line, _ = doc.source.line_col(span.start)
    last_line, _ = doc.source.line_col(max(span.end - 1, span.start))
    start = starts[first_line - 1]
    end = starts[last_line] if last_line < len(starts) else len(doc.text)
    block = doc.text[start:end]
    content = block.rstrip("\r\n")
    line_break = block[len(content) :] or doc.source.newline
    edits = (Edit(Span(start, end), ""), Edit(Span(insert_at, insert_at), line_break + content))
    if end == len(doc.text) and not block.endswith(("\n", "\r")):
        edits = (Edit(Span(_line_end(doc, start), end), ""), edits[1])
    return Fix("Move the entry to the suggested section", edits, Applicability.UNSAFE)
