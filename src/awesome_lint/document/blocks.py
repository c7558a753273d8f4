"""A line-oriented block scanner with exact spans.

It follows the CommonMark container algorithm (block quotes and list items hold other
blocks; paragraphs may continue lazily) plus GitHub's tables, for the block structure
awesome lists use. Inline content is not parsed here: leaves keep the spans of their
text, one span per line, and `inline.py` reads them.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from awesome_lint.source import Span, new_span

_LINE = re.compile(r"([^\r\n]*)(\r\n|\r|\n|$)")
_ATX = re.compile(r"(#{1,6})(?:[ \t]+|$)")
_FENCE = re.compile(r"(`{3,}|~{3,})(.*)$")
_SETEXT = re.compile(r"(=+|-+)[ \t]*$")
_BULLET = re.compile(r"([-+*])(?=[ \t]|$)")
_ORDERED = re.compile(r"([0-9]{1,9})([.)])(?=[ \t]|$)")
_BLANK = re.compile(r"[ \t]*$")
_BLOCK_STARTS = "#`~<*-_"  # the first characters of headings, fences, HTML and breaks
_CLOSING_FENCE = re.compile(r"(`{3,}|~{3,})[ \t]*$")
# Containers (quotes and list items) nest at most this deep; deeper markers are text, as in
# markdown-it (maxNesting). Real lists nest a few levels; the cap keeps every line's work
# bounded on crafted input.
MAX_NESTING = 100
_DELIMITER_ROW = re.compile(r"\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)*\|?[ \t]*$")
_HTML_BLOCK_TAGS = (
    "address|article|aside|base|basefont|blockquote|body|caption|center|col|colgroup|dd|"
    "details|dialog|dir|div|dl|dt|fieldset|figcaption|figure|footer|form|frame|frameset|"
    "h1|h2|h3|h4|h5|h6|head|header|hr|html|iframe|legend|li|link|main|menu|menuitem|nav|"
    "noframes|ol|optgroup|option|p|param|search|section|summary|table|tbody|td|tfoot|th|"
    "thead|title|tr|track|ul"
)
_ATTRIBUTE = (
    r"""(?:[ \t\n]+[A-Za-z_:][A-Za-z0-9_.:-]*"""
    r"""(?:[ \t\n]*=[ \t\n]*(?:[^ \t\n"'=<>`]+|'[^']*'|"[^"]*"))?)"""
)
_HTML_STARTS: tuple[tuple[re.Pattern[str], re.Pattern[str] | None, bool], ...] = (
    # (start, end-of-block marker or None = ends before a blank line, may interrupt a paragraph)
    (
        re.compile(r"<(?:script|pre|style|textarea)(?:[ \t>]|$)", re.I),
        re.compile(r"</(?:script|pre|style|textarea)>", re.I),
        True,
    ),
    (re.compile(r"<!--"), re.compile(r"-->"), True),
    (re.compile(r"<\?"), re.compile(r"\?>"), True),
    (re.compile(r"<![A-Za-z]"), re.compile(r">"), True),
    (re.compile(r"<!\[CDATA\["), re.compile(r"\]\]>"), True),
    (re.compile(rf"</?(?:{_HTML_BLOCK_TAGS})(?:[ \t>]|/>|$)", re.I), None, True),
    (
        re.compile(
            rf"(?:<[A-Za-z][A-Za-z0-9-]*{_ATTRIBUTE}*[ \t]*/?>"
            rf"|</[A-Za-z][A-Za-z0-9-]*[ \t]*>)[ \t]*$"
        ),
        None,
        False,
    ),
)


# The starts above as one pattern: the alternative that matched (`h0`…`h6`) says which,
# in the same order as trying each.
_HTML_START = re.compile(
    "|".join(
        f"(?P<h{index}>{'(?i:' if start.flags & re.I else '(?:'}{start.pattern}))"
        for index, (start, _, _) in enumerate(_HTML_STARTS)
    )
)


def _starts_words(text: str, pos: int, end: int) -> bool:
    """Does a letter, "[" or "**x" stand at `pos`? No container or block but a paragraph
    starts so (a digit may start a list, "*" one or a break, "<" HTML)."""
    if pos >= end:
        return False
    first = text[pos]
    if first.isalpha() or first == "[":
        return True
    return first == "*" and pos + 2 < end and text[pos + 1] == "*" and text[pos + 2] not in " \t*"


def _html_start(text: str, pos: int, end: int) -> tuple[re.Pattern[str] | None, bool] | None:
    """(end-of-block marker, may interrupt a paragraph) of the HTML block starting at `pos`."""
    found = _HTML_START.match(text, pos, end)
    if found is None:
        return None
    _, end_marker, interrupts = _HTML_STARTS[int(str(found.lastgroup)[1:])]
    return end_marker, interrupts


@dataclass(slots=True)
class Paragraph:
    span: Span
    lines: list[Span]


@dataclass(slots=True)
class Heading:
    span: Span
    level: int
    lines: list[Span]  # the heading's text: one span (ATX) or one per line (setext)
    setext: bool = False


@dataclass(slots=True)
class CodeBlock:
    span: Span
    fence: str = ""  # "" for indented code


@dataclass(slots=True)
class HtmlBlock:
    span: Span
    end_marker: re.Pattern[str] | None = None
    closed: bool = False


@dataclass(slots=True)
class ThematicBreak:
    span: Span


@dataclass(slots=True)
class Cell:
    span: Span  # the cell's text, trimmed
    raw: Span  # everything between the pipes


@dataclass(slots=True)
class Row:
    span: Span  # the row's text on its line, without container prefixes
    cells: list[Cell]
    leading_pipe: bool
    trailing_pipe: bool


@dataclass(slots=True)
class Table:
    span: Span
    header: Row
    delimiter: Row
    aligns: list[str | None]
    rows: list[Row] = field(default_factory=list)


@dataclass(slots=True)
class ListItem:
    span: Span
    marker: str
    marker_span: Span
    indent: int  # column of the marker, relative to the enclosing container
    content_indent: int
    children: list[Block] = field(default_factory=list)


@dataclass(slots=True)
class ListBlock:
    span: Span
    ordered: bool
    items: list[ListItem] = field(default_factory=list)


@dataclass(slots=True)
class BlockQuote:
    span: Span
    children: list[Block] = field(default_factory=list)


Block = Paragraph | Heading | CodeBlock | HtmlBlock | ThematicBreak | Table | ListBlock | BlockQuote
Leaf = Paragraph | CodeBlock | HtmlBlock | Table
Container = BlockQuote | ListItem


@dataclass(slots=True)
class _Root:
    children: list[Block] = field(default_factory=list)


@dataclass(slots=True)
class _Line:
    start: int
    end: int  # end of content, before the line break
    next: int  # start of the next line
    pos: int = 0  # scanning position
    col: int = 0  # visual column of `pos` (tabs to multiples of 4)


def scan_blocks(text: str) -> list[Block]:
    """The top-level blocks of a Markdown text."""
    return _Scanner(text).run()


def walk(blocks: list[Block]) -> Iterator[Block]:
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


def split_row(text: str, span: Span) -> Row:
    """Cells of a table row; `|` splits unless escaped with a backslash."""
    start, end = _trim(text, span)
    row = text[start:end]
    if "\\" not in row:
        return _split_unescaped(row, start)
    return _split(text, start, end)


def _split(text: str, start: int, end: int) -> Row:
    pipes = []
    pipe = text.find("|", start, end)
    while pipe >= 0:
        if text[pipe - 1] != "\\" or not is_escaped(text, pipe):
            pipes.append(pipe)
        pipe = text.find("|", pipe + 1, end)
    leading = bool(pipes) and pipes[0] == start
    trailing = bool(pipes) and pipes[-1] == end - 1 and (not leading or len(pipes) > 1)
    inner = [p for p in pipes if not (leading and p == start) and not (trailing and p == end - 1)]
    bounds = [start if leading else start - 1, *inner, end - 1 if trailing else end]
    cells = []
    for left, right in itertools.pairwise(bounds):
        piece = text[left + 1 : right]  # trimmed here, not by _trim: rows have many cells
        after_spaces = piece.lstrip(" \t")
        first = right - len(after_spaces)
        content = new_span((first, first + len(after_spaces.rstrip(" \t"))))
        cells.append(Cell(content, new_span((left + 1, right))))
    return Row(new_span((start, end)), cells, leading, trailing)


def _split_unescaped(row: str, start: int) -> Row:
    """`split_row` for a row without backslashes (most rows): every pipe splits, so the
    cells are what str.split finds."""
    parts = row.split("|")
    leading = len(parts) > 1 and not parts[0]
    trailing = len(parts) > 1 and not parts[-1] and (not leading or len(parts) > 2)
    offset = start
    cells = []
    for index, part in enumerate(parts):
        if (leading and index == 0) or (trailing and index == len(parts) - 1):
            offset += len(part) + 1
            continue
        after_spaces = part.lstrip(" \t")
        first = offset + len(part) - len(after_spaces)
        content = new_span((first, first + len(after_spaces.rstrip(" \t"))))
        cells.append(Cell(content, new_span((offset, offset + len(part)))))
        offset += len(part) + 1
    return Row(new_span((start, start + len(row))), cells, leading, trailing)


def is_escaped(text: str, index: int) -> bool:
    """Is the character at `index` escaped by an odd run of backslashes?"""
    backslashes = 0
    while index - backslashes - 1 >= 0 and text[index - backslashes - 1] == "\\":
        backslashes += 1
    return backslashes % 2 == 1


def _lines(text: str) -> Iterator[tuple[int, int, int]]:
    """Each line's start, the end of its content and the start of the next line; line
    breaks are \\n, \\r\\n or \\r, and a final line break starts no line."""
    length = len(text)
    if "\r" in text and text.count("\r") != text.count("\r\n"):
        for m in _LINE.finditer(text):
            if m.start() == length and m.start() > 0:
                return
            yield m.start(), m.end(1), m.end()
            if m.end() == length:
                return
        return
    start = 0
    for line in text.split("\n"):  # the usual file: one split in C, not a match per line
        end = start + len(line)
        after = end + 1 if end < length else end
        yield start, end - 1 if line.endswith("\r") else end, after  # "\r\n" files too
        if after >= length:
            return
        start = after


def _trim(text: str, span: Span) -> Span:
    start, end = span
    if start < end and text[start] not in " \t" and text[end - 1] not in " \t":
        return span  # the usual line: nothing to trim
    piece = text[start:end]
    left_trimmed = piece.lstrip(" \t")
    start += len(piece) - len(left_trimmed)
    return new_span((start, start + len(left_trimmed.rstrip(" \t"))))


class _Scanner:
    def __init__(self, text: str) -> None:
        self.text = text
        self.root = _Root()
        self.stack: list[_Root | BlockQuote | ListItem] = [self.root]
        self.leaf: Leaf | None = None
        self.content_end = 0  # end of the last line of content; containers end there
        self.breaks_of: tuple[int, dict[str, tuple[int, int]]] = (-1, {})

    def run(self) -> list[Block]:
        for start, end, after in _lines(self.text):
            self.line(_Line(start, end, after, start, 0))
        self.close_containers(1)
        return self.root.children

    # --- one line -------------------------------------------------------------------

    def line(self, ln: _Line) -> None:
        if self.next_item(ln) or self.next_row(ln) or self.blank_line(ln) or self.next_quote(ln):
            return
        matched = self.match_containers(ln)
        if self.next_nested_item(ln, matched) or self.new_paragraph(ln, matched):
            return
        if self.continue_verbatim_leaf(ln, matched):
            return
        if self.lazy_continuation(ln, matched):
            return
        if matched < len(self.stack):
            self.close_leaf()
            self.close_containers(matched)
        opened = self.open_containers(ln)
        self.leaf_line(ln, opened)

    def next_item(self, ln: _Line) -> bool:
        """The usual line of a list: `- [Name](…) - …` (or `*   [Name](…)`) at the left
        margin after an item of a list at the left margin. No container continues there
        and no block but the item starts, so the line closes the item before and opens the
        next (what the general steps below find, without trying each of them)."""
        stack = self.stack
        if len(stack) != 2 or type(self.leaf) is not Paragraph or type(stack[1]) is not ListItem:
            return False
        return self.open_next_item(ln, 1)

    def next_nested_item(self, ln: _Line, matched: int) -> bool:
        """The same inside an item: `    * [Name](…)` after an item of the same depth. The
        containers around it matched, the item before it did not."""
        stack = self.stack
        if (
            matched != len(stack) - 1
            or type(self.leaf) is not Paragraph
            or type(stack[-1]) is not ListItem
            or "\t" in self.text[ln.start : ln.pos]  # columns and offsets differ after tabs
        ):
            return False
        return self.open_next_item(ln, matched)

    def new_paragraph(self, ln: _Line, matched: int) -> bool:
        """Words where no leaf is open and every container continues: a paragraph starts
        (what the general steps find), when the words start with a letter, "[" or "**x",
        which no container or other block starts with."""
        if matched != len(self.stack) or self.leaf is not None:
            return False
        text, pos, end = self.text, ln.pos, ln.end
        if not _starts_words(text, pos, end):
            return False
        line = new_span((pos, end))
        self.start_leaf(Paragraph(line, [_trim(text, line)]))
        return True

    def open_next_item(self, ln: _Line, keep: int) -> bool:
        """At `ln.pos`: a bullet, one to four spaces, then "[", which no thematic break
        or setext underline has. Close the containers above `keep` and open the item."""
        text, pos = self.text, ln.pos
        if ln.end - pos < 3 or text[pos + 1] != " " or text[pos] not in "-*+":
            return False
        gap = 1  # the spaces after the bullet
        while gap < 4 and pos + gap + 1 < ln.end and text[pos + gap + 1] == " ":
            gap += 1
        if pos + gap + 1 >= ln.end or text[pos + gap + 1] != "[":
            return False
        self.close_leaf()
        self.close_containers(keep)
        item = ListItem(
            new_span((pos, ln.end)), text[pos], new_span((pos, pos + 1)),
            indent=0, content_indent=1 + gap,
        )
        self.add_item(item, False)
        self.stack.append(item)
        line = new_span((pos + 1 + gap, ln.end))
        self.start_leaf(Paragraph(line, [_trim(text, line)]))
        return True

    def next_row(self, ln: _Line) -> bool:
        """The usual line of a table: `| … |` at the left margin of a table outside any
        container (no block starts with a pipe)."""
        leaf = self.leaf
        if (
            type(leaf) is not Table
            or len(self.stack) != 1
            or ln.pos >= ln.end
            or self.text[ln.pos] != "|"
        ):
            return False
        leaf.rows.append(split_row(self.text, new_span((ln.pos, ln.end))))
        leaf.span = new_span((leaf.span.start, ln.end))
        self.extend_containers(ln.end)
        return True

    def blank_line(self, ln: _Line) -> bool:
        """A blank line outside any container, or inside items that hold something: it
        ends a paragraph, table or HTML block that ends at a blank line, and nothing else
        (what the general steps find)."""
        if ln.start != ln.end and not self.blank_rest(ln):
            return False
        leaf = self.leaf
        if isinstance(leaf, CodeBlock) or (isinstance(leaf, HtmlBlock) and leaf.end_marker):
            return False
        for container in self.stack[1:]:
            if type(container) is not ListItem or not container.children:
                return False  # a quote ends here; an item may start with one blank line only
        self.leaf = None
        return True

    def next_quote(self, ln: _Line) -> bool:
        """`> **[Name](…)** …` or `> Words` at the left margin, outside any container and
        after a blank line: a block quote opens with a paragraph in it (what the general
        steps find). No list marker, break, heading, fence or tag starts its words."""
        text, pos = self.text, ln.pos
        if (
            len(self.stack) != 1
            or self.leaf is not None
            or ln.end - pos < 3
            or text[pos] != ">"
            or text[pos + 1] != " "
            or not _starts_words(text, pos + 2, ln.end)
        ):
            return False
        quote = BlockQuote(new_span((pos, ln.end)))
        self.add_block(quote)
        self.stack.append(quote)
        line = new_span((pos + 2, ln.end))
        self.start_leaf(Paragraph(line, [_trim(text, line)]))
        return True

    def match_containers(self, ln: _Line) -> int:
        matched = 1
        for container in self.stack[1:]:
            if isinstance(container, _Root):
                continue
            if isinstance(container, BlockQuote):
                if not self.quote_marker(ln):
                    break
            elif self.blank_rest(ln):
                if not container.children:
                    break  # an item may start with at most one blank line
            else:
                if not self.indented_by(ln, container.content_indent):
                    break
                self.advance(ln, container.content_indent)
            matched += 1
        return matched

    def continue_verbatim_leaf(self, ln: _Line, matched: int) -> bool:
        leaf = self.leaf
        if matched != len(self.stack):
            return False
        if isinstance(leaf, CodeBlock) and leaf.fence:
            width, pos = self.indent(ln)
            close = _CLOSING_FENCE.match(self.text, pos, ln.end)
            self.extend(leaf, ln)
            fence = close.group(1) if close and width < 4 else ""
            if fence.startswith(leaf.fence[0]) and len(fence) >= len(leaf.fence):
                self.leaf = None
            return True
        if isinstance(leaf, HtmlBlock):
            if leaf.end_marker is None and self.blank_rest(ln):
                self.leaf = None
                return True
            self.extend(leaf, ln)
            if leaf.end_marker is not None and leaf.end_marker.search(self.text, ln.pos, ln.end):
                self.leaf = None
            return True
        if isinstance(leaf, CodeBlock) and not leaf.fence:
            width, _ = self.indent(ln)
            if width >= 4 or self.blank_rest(ln):
                self.advance(ln, 4)
                self.extend(leaf, ln)
                return True
        return False

    def lazy_continuation(self, ln: _Line, matched: int) -> bool:
        if not isinstance(self.leaf, Paragraph) or matched == len(self.stack):
            return False
        if self.blank_rest(ln) or self.starts_block(ln):
            return False
        self.add_paragraph_line(self.leaf, ln)
        return True

    def open_containers(self, ln: _Line) -> bool:
        opened = False
        while len(self.stack) <= MAX_NESTING:
            width, pos = self.indent(ln)
            if width >= 4:
                return opened
            if pos < ln.end and self.text[pos] == ">":
                self.close_leaf()
                ln.col += pos - ln.pos
                ln.pos = pos
                self.quote_marker(ln)
                quote = BlockQuote(new_span((pos, ln.end)))
                self.add_block(quote)
                self.stack.append(quote)
                opened = True
                continue
            item = self.list_item(ln, pos)
            if item is None:
                return opened
            opened = True
        return opened

    def list_item(self, ln: _Line, pos: int) -> ListItem | None:
        text, end = self.text, ln.end
        if pos >= end or text[pos] not in "-+*0123456789" or self.thematic_break(pos, end):
            return None
        bullet = _BULLET.match(text, pos, end)
        ordered = None if bullet else _ORDERED.match(text, pos, end)
        marker_match = bullet or ordered
        if marker_match is None:
            return None
        after = marker_match.end()
        blank_item = bool(_BLANK.match(text, after, end))
        if isinstance(self.leaf, Paragraph) and (
            blank_item or (ordered is not None and ordered.group(1) != "1")
        ):
            return None
        if isinstance(self.leaf, Paragraph) and self.setext_underline(ln, pos):
            return None
        marker_col = ln.col + (pos - ln.pos)
        marker_width = after - pos
        spaces = self.columns(after, ln.end, marker_col + marker_width)
        gap = 1 if blank_item or spaces >= 5 or spaces == 0 else spaces
        item = ListItem(
            new_span((pos, ln.end)),
            marker_match.group(0),
            new_span((pos, after)),
            indent=marker_col - ln.col,
            content_indent=marker_col - ln.col + marker_width + gap,
        )
        self.close_leaf()
        self.add_item(item, ordered is not None)
        ln.col = marker_col + marker_width
        ln.pos = after
        self.advance(ln, gap if not blank_item else 0)
        self.stack.append(item)
        return item

    def leaf_line(self, ln: _Line, opened: bool) -> None:
        if self.blank_rest(ln):
            if isinstance(self.leaf, Paragraph | Table):
                self.leaf = None
            return
        width, pos = self.indent(ln)
        if width >= 4 and not isinstance(self.leaf, Paragraph | Table):
            self.advance(ln, 4)
            code = CodeBlock(new_span((ln.pos, ln.end)))
            self.start_leaf(code)
            return
        ln.col += pos - ln.pos
        ln.pos = pos
        if self.start_block(ln):
            return
        leaf = self.leaf
        if isinstance(leaf, Paragraph) and not opened:
            if self.setext_underline(ln, ln.pos):
                self.paragraph_to_heading(leaf, ln)
                return
            if self.table_delimiter(leaf, ln):
                return
        if isinstance(leaf, Table) and not opened:
            row = split_row(self.text, new_span((ln.pos, ln.end)))
            leaf.rows.append(row)
            leaf.span = new_span((leaf.span.start, ln.end))
            self.extend_containers(ln.end)
            return
        if isinstance(leaf, Paragraph):
            self.add_paragraph_line(leaf, ln)
            return
        line = new_span((ln.pos, ln.end))
        self.start_leaf(Paragraph(line, [_trim(self.text, line)]))

    def start_block(self, ln: _Line) -> bool:
        """ATX heading, fence, HTML block or thematic break starting at `ln.pos`."""
        text, pos, end = self.text, ln.pos, ln.end
        first = text[pos] if pos < end else ""
        if not first or first not in _BLOCK_STARTS:
            return False  # plain text: no pattern to try
        atx = _ATX.match(text, pos, end) if first == "#" else None
        if atx:
            content_end = _atx_content_end(text, atx.end(), end)
            content_start = min(atx.end(), content_end)
            content = new_span((content_start, content_end))
            heading = Heading(new_span((pos, end)), len(atx.group(1)), [content])
            self.close_leaf()
            self.add_block(heading)
            return True
        fence = _FENCE.match(text, pos, end) if first in "`~" else None
        if fence and not (fence.group(1)[0] == "`" and "`" in fence.group(2)):
            self.start_leaf(CodeBlock(new_span((pos, end)), fence.group(1)))
            return True
        html_start = _html_start(text, pos, end) if first == "<" else None
        if html_start is not None and (html_start[1] or not isinstance(self.leaf, Paragraph)):
            end_re = html_start[0]
            self.start_leaf(HtmlBlock(new_span((pos, end)), end_re))
            if end_re is not None and end_re.search(text, pos, end):
                self.leaf = None
            return True
        if self.thematic_break(pos, end):
            if isinstance(self.leaf, Paragraph) and _SETEXT.match(text, pos, end):
                return False  # `---` under a paragraph is a setext underline
            self.close_leaf()
            self.add_block(ThematicBreak(new_span((pos, end))))
            return True
        return False

    def starts_block(self, ln: _Line) -> bool:
        """Would this line start a block that ends a paragraph (for laziness)?"""
        width, pos = self.indent(ln)
        if width >= 4:
            return False
        text, end = self.text, ln.end
        if pos >= end or text[pos] not in _BLOCK_STARTS + ">+0123456789":
            return False
        # A list item starts a block here, "2." and empty items too: the paragraph sits in
        # a container this line does not continue, and they only cannot interrupt a
        # paragraph of the container they would join. The usual case, so tried first.
        if _BULLET.match(text, pos, end) or _ORDERED.match(text, pos, end):
            return True
        rest = text[pos:end]
        if rest.startswith(">") or _ATX.match(rest) or self.thematic_break(pos, end):
            return True
        fence = _FENCE.match(rest)
        if fence and not (fence.group(1)[0] == "`" and "`" in fence.group(2)):
            return True
        html_start = _html_start(rest, 0, len(rest))
        return html_start is not None and html_start[1]

    def thematic_break(self, pos: int, end: int) -> bool:
        """Is the rest of the line from `pos` a thematic break (`***`, `- - -`, `___`)?
        Asked at every list marker of a line (`- - - - x`), so each line is read once:
        per mark, where the last other character ends and where its third-to-last copy is."""
        mark = self.text[pos] if pos < end else ""
        if mark not in ("*", "-", "_"):
            return False
        after = pos + 1
        while after < end and self.text[after] in " \t":
            after += 1
        if after < end and self.text[after] != mark:
            return False  # "- [Name](…)": the usual list item, told by its second mark
        if self.breaks_of[0] != end:
            self.breaks_of = (end, {})
        found = self.breaks_of[1]
        if mark not in found:
            newline = self.text.rfind("\n", 0, end)
            # from the line's start only: an unbounded rfind("\r") reads the whole text
            start = max(newline, self.text.rfind("\r", newline + 1, end)) + 1
            other_end = start + len(self.text[start:end].rstrip(mark + " \t"))
            third = end
            for _ in range(3):
                third = self.text.rfind(mark, start, third) if third > start else -1
            found[mark] = (other_end, third)
        other_end, third = found[mark]
        return other_end <= pos <= third

    # --- leaves -----------------------------------------------------------------------

    def setext_underline(self, ln: _Line, pos: int) -> bool:
        return bool(_SETEXT.match(self.text, pos, ln.end))

    def paragraph_to_heading(self, paragraph: Paragraph, ln: _Line) -> None:
        level = 1 if self.text[ln.pos] == "=" else 2
        heading = Heading(
            new_span((paragraph.span.start, ln.end)), level, paragraph.lines, setext=True
        )
        _replace_last(self.stack[-1].children, paragraph, heading)
        self.leaf = None
        self.extend_containers(ln.end)

    def table_delimiter(self, paragraph: Paragraph, ln: _Line) -> bool:
        if not _DELIMITER_ROW.match(self.text, ln.pos, ln.end):
            return False
        rest = self.text[ln.pos : ln.end]
        if "|" not in rest and ":" not in rest:
            return False
        header = split_row(self.text, paragraph.lines[-1])
        delimiter = split_row(self.text, new_span((ln.pos, ln.end)))
        if len(header.cells) != len(delimiter.cells):
            return False
        aligns = [_alignment(self.text[c.span.start : c.span.end]) for c in delimiter.cells]
        table = Table(new_span((header.span.start, ln.end)), header, delimiter, aligns)
        parent = self.stack[-1]
        if len(paragraph.lines) == 1:
            _replace_last(parent.children, paragraph, table)
        else:
            paragraph.lines.pop()
            paragraph.span = new_span((paragraph.span.start, paragraph.lines[-1].end))
            parent.children.append(table)
        self.leaf = table
        self.extend_containers(ln.end)
        return True

    def add_paragraph_line(self, paragraph: Paragraph, ln: _Line) -> None:
        _, pos = self.indent(ln)
        paragraph.lines.append(_trim(self.text, new_span((pos, ln.end))))
        paragraph.span = new_span((paragraph.span.start, ln.end))
        self.extend_containers(ln.end)

    def start_leaf(self, leaf: Leaf) -> None:
        self.close_leaf()
        self.add_block(leaf)
        self.leaf = leaf

    def close_leaf(self) -> None:
        self.leaf = None

    def extend(self, leaf: CodeBlock | HtmlBlock, ln: _Line) -> None:
        leaf.span = new_span((leaf.span.start, ln.end))
        self.extend_containers(ln.end)

    # --- containers -------------------------------------------------------------------

    def add_block(self, block: Block) -> None:
        self.stack[-1].children.append(block)
        self.extend_containers(block.span.end)

    def add_item(self, item: ListItem, ordered: bool) -> None:
        parent = self.stack[-1]
        last = parent.children[-1] if parent.children else None
        if (
            isinstance(last, ListBlock)
            and last.ordered == ordered
            and _same_list_marker(last.items[-1].marker, item.marker)
        ):
            last.items.append(item)
            last.span = new_span((last.span.start, item.span.end))
        else:
            parent.children.append(ListBlock(item.span, ordered, [item]))
        self.extend_containers(item.span.end)

    def extend_containers(self, end: int) -> None:
        """Content up to `end` was added: every open container reaches at least there.
        Their spans are set when they close (`close_containers`), so that a line costs
        the same however deep it sits."""
        self.content_end = max(self.content_end, end)

    def close_containers(self, keep: int) -> None:
        """Close the containers above the first `keep` ones, innermost first: each ends
        with the last content inside it, and so does the list of a closing item."""
        end = self.content_end
        for depth in range(len(self.stack) - 1, keep - 1, -1):
            container = self.stack[depth]
            if isinstance(container, _Root):
                continue
            container.span = new_span((container.span.start, max(container.span.end, end)))
            if isinstance(container, ListItem):
                siblings = self.stack[depth - 1].children
                if siblings and isinstance(siblings[-1], ListBlock):
                    block = siblings[-1]
                    end_of_list = max(block.span.end, container.span.end)
                    block.span = new_span((block.span.start, end_of_list))
        del self.stack[keep:]

    def quote_marker(self, ln: _Line) -> bool:
        width, pos = self.indent(ln)
        if width >= 4 or pos >= ln.end or self.text[pos] != ">":
            return False
        ln.col += pos - ln.pos + 1
        ln.pos = pos + 1
        if ln.pos < ln.end and self.text[ln.pos] in " \t":
            self.advance(ln, 1)
        return True

    # --- columns ----------------------------------------------------------------------

    def indent(self, ln: _Line) -> tuple[int, int]:
        """Visual width of the whitespace at `ln.pos`, and where it ends."""
        pos, col = ln.pos, ln.col
        while pos < ln.end and self.text[pos] in " \t":
            col = col + 4 - col % 4 if self.text[pos] == "\t" else col + 1
            pos += 1
        return col - ln.col, pos

    def indented_by(self, ln: _Line, width: int) -> bool:
        """Does the line have at least `width` columns of whitespace at `ln.pos`? (Looks
        no further than that, unlike `indent`.)"""
        pos, col = ln.pos, ln.col
        while col - ln.col < width and pos < ln.end and self.text[pos] in " \t":
            col = col + 4 - col % 4 if self.text[pos] == "\t" else col + 1
            pos += 1
        return col - ln.col >= width

    def columns(self, start: int, end: int, col: int) -> int:
        width = 0
        pos = start
        while pos < end and self.text[pos] in " \t":
            step = 4 - (col + width) % 4 if self.text[pos] == "\t" else 1
            width += step
            pos += 1
        return width

    def advance(self, ln: _Line, width: int) -> None:
        target = ln.col + width
        while ln.col < target and ln.pos < ln.end and self.text[ln.pos] in " \t":
            if self.text[ln.pos] == "\t":
                ln.col = ln.col + 4 - ln.col % 4
            else:
                ln.col += 1
            ln.pos += 1

    def blank_rest(self, ln: _Line) -> bool:
        if ln.pos < ln.end and self.text[ln.pos] not in " \t":
            return False  # the usual line: words right away
        return bool(_BLANK.match(self.text, ln.pos, ln.end))


def _atx_content_end(text: str, start: int, end: int) -> int:
    """The end of an ATX heading's text: before trailing spaces and a closing run of #s
    that follows a space ("## Tools ##"). A scan from the end: searched as a pattern, a
    long run of spaces in a heading took quadratic time."""
    stripped = end
    while stripped > start and text[stripped - 1] in " \t":
        stripped -= 1
    hashes = stripped
    while hashes > start and text[hashes - 1] == "#":
        hashes -= 1
    if hashes < stripped and hashes > start and text[hashes - 1] in " \t":
        while hashes > start and text[hashes - 1] in " \t":
            hashes -= 1
        return hashes
    return stripped


def _replace_last(children: list[Block], old: Block, new: Block) -> None:
    """Put `new` where `old` is, looking from the end (`old` is nearly always last)."""
    for index in range(len(children) - 1, -1, -1):
        if children[index] is old:
            children[index] = new
            return
    raise ValueError("block not among the children")


def _same_list_marker(previous: str, current: str) -> bool:
    if previous[-1] in ".)" or current[-1] in ".)":
        return previous[-1] == current[-1]
    return previous == current


def _alignment(delimiter: str) -> str | None:
    left, right = delimiter.startswith(":"), delimiter.endswith(":")
    if left and right:
        return "center"
    return "left" if left else "right" if right else None
