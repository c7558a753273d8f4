"""How a document's lists sit among each other: the outermost list around each one, the
bullet lists inside a list, and the bullet lists that touch another."""

from __future__ import annotations

import itertools
from collections.abc import Iterator

from awesome_lint.document import Block, Document, ListBlock, walk


class ListNesting:
    """The lists of one document, each known by its start: no two lists start at one offset
    (a list starts at its first item's marker)."""

    def __init__(self, doc: Document) -> None:
        self._tops = _top_lists(doc)
        self._touching = _touching_lists(doc)

    def top(self, block: ListBlock) -> ListBlock:
        """The outermost list enclosing this one (itself, at the top)."""
        return self._tops.get(block.span.start, block)

    def touches_another(self, block: ListBlock) -> bool:
        """Is this a bullet list with another bullet list right before or after it?"""
        return block.span.start in self._touching


def bullet_lists(block: ListBlock) -> Iterator[ListBlock]:
    """This list, if a bullet list, and the bullet lists nested in it."""
    for nested in walk([block]):
        if isinstance(nested, ListBlock) and not nested.ordered:
            yield nested


def _top_lists(doc: Document) -> dict[int, ListBlock]:
    """Each list's outermost enclosing list (itself, at the top), by the list's start."""
    tops: dict[int, ListBlock] = {}
    for block, _ in doc.lists:
        if block.span.start not in tops:  # doc.lists has parents before the lists inside them
            for nested in walk([block]):
                if isinstance(nested, ListBlock):
                    tops.setdefault(nested.span.start, block)
    return tops


def _touching_lists(doc: Document) -> set[int]:
    """Starts of bullet lists with another bullet list right before or after them: nothing
    but blank lines (or quote markers) between the two."""
    top = doc.top_blocks()
    lists = sorted((b for b in walk(top) if _bullets(b)), key=lambda b: b.span.start)
    touching: set[int] = set()
    for before, after in itertools.pairwise(lists):
        between = doc.text[before.span.end : after.span.start]
        if after.span.start >= before.span.end and not between.replace(">", "").strip():
            touching.update((before.span.start, after.span.start))
    return touching


def _bullets(block: Block) -> bool:
    return isinstance(block, ListBlock) and not block.ordered
