"""Build the `Document` from a `Source`: blocks, then inline content, then sections and entries."""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator

from awesome_lint.document import blocks as b
from awesome_lint.document.inline import (
    Inline,
    InlineText,
    Link,
    normalize_label,
    scan_html,
    scan_inline,
)
from awesome_lint.document.markup import plain_text
from awesome_lint.document.model import (
    Badge,
    CellNode,
    Document,
    Entry,
    HeadingNode,
    Section,
    is_badge_url,
    is_generic_title,
    only_images,
)
from awesome_lint.document.slug import Slugger
from awesome_lint.source import Source, Span, SpanSet

_DEFINITION = re.compile(r"\[((?:[^\]\\]|\\.){1,999})\]:[ \t]*<?([^\s>]*)>?")
_NUMBER = re.compile(r"(\d+(?:\.\d+)*\.?)(?=\s)")
_HTML_ID = re.compile(r"""\b(?:id|name)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+))""", re.I)
_COMMENT = re.compile(r"<!--(.*?)-->", re.S)
_NUMBERING = re.compile(r"^[\W\d_]*$")  # "[15]", "2024-01", "3."
_TITLE_HEADER = re.compile(r"^\W*(?:title|name|paper|papers|project|tool|model|library)\b", re.I)


def build(source: Source) -> Document:
    return _Builder(source).build()


class _Builder:
    def __init__(self, source: Source) -> None:
        self.source = source
        self.text = source.text
        self.blocks = b.scan_blocks(self.text)
        self.definitions: dict[str, str] = {}
        self.definition_lines: set[int] = set()  # start offsets of `[label]: url` lines
        self.links: list[Link] = []
        self.html_anchors: set[str] = set()
        self.html_comments: list[tuple[Span, str]] = []
        self.opaque: list[Span] = []
        self.inlines: dict[int, Inline] = {}  # by paragraph start offset

    def build(self) -> Document:
        all_blocks = list(b.walk(self.blocks))
        self.collect_definitions(all_blocks)
        headings = self.headings(all_blocks)
        root = self.section_tree(headings)
        sections = [s for s in root.walk() if s.heading is not None]
        starts = [s.span.start for s in sections]

        def section_at(offset: int) -> Section:
            index = bisect.bisect_right(starts, offset) - 1
            return sections[index] if index >= 0 else root

        tables: list[tuple[b.Table, Section]] = []
        lists: list[tuple[b.ListBlock, Section]] = []
        cells: dict[int, list[CellNode]] = {}
        for block in self.blocks:
            if not isinstance(block, b.Heading):
                section_at(block.span.start).blocks.append(block)
        for block in all_blocks:
            if isinstance(block, b.Paragraph):
                lines = [line for line in block.lines if line.start not in self.definition_lines]
                self.inlines[block.span.start] = self.scan(lines)
            elif isinstance(block, b.Table):
                section = section_at(block.span.start)
                section.tables.append(block)
                tables.append((block, section))
                for row in [block.header, *block.rows]:
                    cells[row.span.start] = [
                        CellNode(c.span, c.raw, self.scan([c.span])) for c in row.cells
                    ]
            elif isinstance(block, b.ListBlock):
                section = section_at(block.span.start)
                section.lists.append(block)
                lists.append((block, section))
            elif isinstance(block, b.HtmlBlock):
                self.html_block(block)
            elif isinstance(block, b.CodeBlock):
                self.opaque.append(block.span)
        entries = self.entries(tables, lists, cells)
        self.links.sort(key=lambda link: link.span.start)
        badges = _badges(self.links)
        return Document(
            self.source, root, headings, tables, lists, self.links, badges, entries,
            self.html_anchors, self.html_comments, SpanSet(self.opaque), cells,
            self.inlines,
        )

    # --- inline content -----------------------------------------------------------------

    def scan(self, pieces: list[Span]) -> Inline:
        inline = scan_inline(InlineText(self.text, pieces), self.definitions)
        self.links.extend(inline.links)
        self.opaque.extend(inline.opaque)
        for span in inline.opaque:
            comment = _COMMENT.fullmatch(self.text, span.start, span.end)
            if comment:
                self.html_comments.append((span, comment.group(1)))
        for tag in inline.html:
            for key in ("id", "name"):
                if key in tag.attributes:
                    self.html_anchors.add(tag.attributes[key])
        return inline

    def collect_definitions(self, all_blocks: list[b.Block]) -> None:
        for block in all_blocks:
            if isinstance(block, b.Paragraph):
                for line in block.lines:
                    match = _DEFINITION.fullmatch(self.text, line.start, line.end)
                    if match and match.group(2):
                        label = normalize_label(match.group(1))
                        self.definitions.setdefault(label, match.group(2))
                        self.definition_lines.add(line.start)

    def html_block(self, block: b.HtmlBlock) -> None:
        raw = self.text[block.span.start : block.span.end]
        for start, end in _comments(raw):
            span = Span(block.span.start + start, block.span.start + end)
            self.html_comments.append((span, raw[start + 4 : end - 3]))
            self.opaque.append(span)
        if raw.lstrip().startswith("<!--") and raw.rstrip().endswith("-->"):
            return
        inline = scan_html(InlineText(self.text, [block.span]))
        self.links.extend(inline.links)
        for match in _HTML_ID.finditer(raw):
            self.html_anchors.add(next(g for g in match.groups() if g is not None))

    # --- headings and sections ------------------------------------------------------------

    def headings(self, all_blocks: list[b.Block]) -> list[HeadingNode]:
        slugger = Slugger()
        nodes = []
        for block in all_blocks:
            if not isinstance(block, b.Heading):
                continue
            inline = self.scan(block.lines)
            raw = "\n".join(self.text[s.start : s.end] for s in block.lines)
            rendered = plain_text(raw)  # "Title [![badge](…)](…)" renders as "Title "
            text = rendered.strip()
            number = _NUMBER.match(text)
            nodes.append(
                HeadingNode(
                    block.span, block.level, Span(block.lines[0].start, block.lines[-1].end),
                    raw, text, slugger.slug(rendered), number.group(1) if number else None, inline,
                )
            )
        return nodes

    def section_tree(self, headings: list[HeadingNode]) -> Section:
        root = Section(None, 0, Span(0, len(self.text)))
        stack = [root]
        for heading in headings:
            while stack[-1].level >= heading.level:
                closed = stack.pop()
                closed.span = Span(closed.span.start, heading.span.start)
            parent = stack[-1]
            span = Span(heading.span.start, len(self.text))
            section = Section(heading, heading.level, span, parent)
            parent.children.append(section)
            stack.append(section)
        return root

    # --- entries ------------------------------------------------------------------------

    def entries(
        self,
        tables: list[tuple[b.Table, Section]],
        lists: list[tuple[b.ListBlock, Section]],
        cells: dict[int, list[CellNode]],
    ) -> list[Entry]:
        found: list[Entry] = []
        for table, section in tables:
            for row in table.rows:
                entry = _row_entry(self.text, row, cells[row.span.start], table, section)
                if entry is not None:
                    found.append(entry)
        for block, section in lists:
            for item in block.items:
                first = item.children[0] if item.children else None
                if isinstance(first, b.Paragraph):
                    inline = self.inlines[first.span.start]
                    entry = _item_entry(self.text, item, first, inline, section)
                    if entry is not None:
                        found.append(entry)
        found.sort(key=lambda e: e.span.start)
        for entry in found:
            entry.section.entries.append(entry)
        return found


def _comments(raw: str) -> Iterator[tuple[int, int]]:
    """Start and end of each `<!-- … -->` in a text (one pass, however many are unclosed)."""
    position = 0
    while True:
        start = raw.find("<!--", position)
        if start < 0:
            return
        end = raw.find("-->", start + 4)
        if end < 0:
            return
        yield start, end + 3
        position = end + 3


def _badges(links: list[Link]) -> list[Badge]:
    badges = []
    outer: Link | None = None
    for link in links:
        if not link.image:
            outer = link
            continue
        inside = (
            outer is not None
            and outer.text_span.start <= link.span.start
            and link.span.end <= outer.text_span.end
        )
        if inside or is_badge_url(link.url):
            wrapper = outer if inside else None
            target = wrapper.url if wrapper else None
            badges.append(Badge(link.text, link.url, target, link, wrapper))
    return badges


def _title_link(links: tuple[Link, ...], text: str) -> Link | None:
    """The entry's main link: the first real link that is not a badge or an anchor."""
    fallback = None
    for link in links:
        if link.image or not link.valid or link.url.startswith("#"):
            continue
        if link.kind in ("link", "reference", "autolink", "html") and not only_images(
            link, links, text
        ):
            if link.url.startswith(("http://", "https://")):
                return link
            fallback = fallback or link
    return fallback


def _title_cell(text: str, table: b.Table, cells: list[CellNode]) -> CellNode | None:
    """The cell that names the entry: under a Title/Name/Paper… header, else the first
    cell that is not a number or a date."""
    headers = [_TITLE_HEADER.search(text[c.span.start : c.span.end]) for c in table.header.cells]
    for header, cell in zip(headers, cells, strict=False):
        if header and cell.span.end > cell.span.start:
            return cell
    filled = [c for c in cells if c.span.end > c.span.start]
    named = [c for c in filled if not _NUMBERING.match(text[c.span.start : c.span.end])]
    chosen = named or filled
    return chosen[0] if chosen else None


def _row_entry(
    text: str, row: b.Row, cells: list[CellNode], table: b.Table, section: Section
) -> Entry | None:
    title_cell = _title_cell(text, table, cells)
    if title_cell is None:
        return None
    links = tuple(link for cell in cells for link in cell.inline.links)
    title_link = _title_link(title_cell.inline.links, text) or _title_link(links, text)
    title = plain_text(text[title_cell.span.start : title_cell.span.end]).strip()
    return Entry(
        "row", row.span, section, title, title_cell.span, title_link, links,
        tuple(_badges(list(links))), tuple(cells), table=table,
    )


def _item_entry(
    text: str, item: b.ListItem, paragraph: b.Paragraph, inline: Inline, section: Section
) -> Entry | None:
    links = inline.links
    if not links or links[0].url.startswith("#"):
        return None  # prose, or a table-of-contents item
    title_link = _title_link(links, text)
    if title_link is None:
        return None
    title = plain_text(text[title_link.text_span.start : title_link.text_span.end]).strip()
    if is_generic_title(title):  # "**Wan: …**, Alibaba. [[Paper](…)]"
        lead = text[paragraph.span.start : title_link.span.start]
        title = plain_text(lead).strip(" \t[(,.:-\u2013\u2014") or title
    return Entry(
        "item", Span(item.span.start, paragraph.span.end), section, title, title_link.span,
        title_link, links, tuple(_badges(list(links))), item=item,
    )
