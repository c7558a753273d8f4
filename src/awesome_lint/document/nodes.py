"""The blocks of a document as rules see them: frozen, hashed by identity, each leaf with
its inline content (links, images, code, HTML) on the node itself.

The block scanner (blocks.py) builds a tree of its own while it reads lines; the builder
turns it into these nodes once the inline content is known.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from awesome_lint.document.frozen import quick_init
from awesome_lint.document.inline import Inline
from awesome_lint.source import Span


@quick_init
@dataclass(frozen=True, slots=True, eq=False)
class Paragraph:
    span: Span
    lines: tuple[Span, ...]  # each line's text, without container prefixes
    inline: Inline  # of the lines that are not link reference definitions


@quick_init
@dataclass(frozen=True, slots=True, eq=False)
class Heading:
    span: Span
    level: int
    lines: tuple[Span, ...]  # the heading's text: one span (ATX) or one per line (setext)
    setext: bool


@quick_init
@dataclass(frozen=True, slots=True, eq=False)
class CodeBlock:
    span: Span
    fence: str  # "" for indented code


@quick_init
@dataclass(frozen=True, slots=True, eq=False)
class HtmlBlock:
    span: Span
    inline: Inline  # the links and tags in it


@quick_init
@dataclass(frozen=True, slots=True, eq=False)
class ThematicBreak:
    span: Span


@quick_init
@dataclass(frozen=True, slots=True, eq=False)
class Cell:
    span: Span  # the cell's text, trimmed
    raw: Span  # everything between the pipes
    inline: Inline


@quick_init
@dataclass(frozen=True, slots=True, eq=False)
class Row:
    span: Span  # the row's text on its line, without container prefixes
    cells: tuple[Cell, ...]
    leading_pipe: bool
    trailing_pipe: bool


@quick_init
@dataclass(frozen=True, slots=True, eq=False)
class Table:
    span: Span
    header: Row
    delimiter: Row
    aligns: tuple[str | None, ...]
    rows: tuple[Row, ...]


@quick_init
@dataclass(frozen=True, slots=True, eq=False)
class ListItem:
    span: Span
    marker: str
    marker_span: Span
    indent: int  # column of the marker, relative to the enclosing container
    content_indent: int
    children: tuple[Block, ...]


@quick_init
@dataclass(frozen=True, slots=True, eq=False)
class ListBlock:
    span: Span
    ordered: bool
    items: tuple[ListItem, ...]


@quick_init
@dataclass(frozen=True, slots=True, eq=False)
class BlockQuote:
    span: Span
    children: tuple[Block, ...]


Block = Paragraph | Heading | CodeBlock | HtmlBlock | ThematicBreak | Table | ListBlock | BlockQuote


def walk(blocks: tuple[Block, ...] | list[Block]) -> Iterator[Block]:
    """Every block, depth-first in document order (list items are not blocks).

    Iterative: a list may nest thousands of levels deep.
    """
    pending: list[Block] = list(reversed(blocks))
    while pending:
        block = pending.pop()
        yield block
        if isinstance(block, BlockQuote):
            pending.extend(reversed(block.children))
        elif isinstance(block, ListBlock):
            for item in reversed(block.items):
                pending.extend(reversed(item.children))
