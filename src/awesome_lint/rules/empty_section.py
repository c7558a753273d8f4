"""empty-section: a heading with nothing listed under it."""

from __future__ import annotations

from collections.abc import Iterator

from awesome_lint.document import Document, HeadingNode, Section, Table
from awesome_lint.fixes import Finding, Severity
from awesome_lint.main_heading import main_heading
from awesome_lint.registry import Rule, register


@register
class EmptySection(Rule):
    name = "empty-section"
    summary = "A section must list something (itself or in its subsections)."
    severity = Severity.WARNING

    def check(self, doc: Document) -> Iterator[Finding]:
        # the list's title over a cover heading, with the list in the sections after it
        title = main_heading(doc) if doc.entries else None
        yield from _empty(doc.root, title)


def _empty(section: Section, title: HeadingNode | None) -> Iterator[Finding]:
    for child in section.children:
        if _is_empty(child) and child.heading is not None and child.heading is not title:
            inside = sum(1 for _ in child.walk()) - 1
            under = f" or in its {inside} subsection{'s' * (inside != 1)}" if inside else ""
            tables = sum(len(s.tables) for s in child.walk())
            detail = f" ({tables} table{'s' * (tables != 1)} with only a header)" if tables else ""
            yield Finding(
                EmptySection.name,
                f"section '{child.title}' lists nothing under its heading{under}{detail}: "
                "fill it or remove it",
                child.heading.span,
            )
        else:
            yield from _empty(child, title)


def _is_empty(section: Section) -> bool:
    """No content at all, or only tables without rows, here and in every subsection."""
    for part in section.walk():
        if part.entries:
            return False
        for block in part.blocks:
            if not (isinstance(block, Table) and not block.rows):
                return False
    return True
