"""Build the `Document` from a `Source`: blocks, then inline content, then sections and entries."""

from __future__ import annotations

import bisect
import gc
import html
import re
from collections.abc import Callable, Iterator

from awesome_lint.document import blocks as b
from awesome_lint.document import entries as e
from awesome_lint.document import nodes as n
from awesome_lint.document.definitions import definitions_in
from awesome_lint.document.frozen import finish
from awesome_lint.document.inline import (
    EMPTY_INLINE,
    Inline,
    InlineText,
    Link,
    is_plain,
    scan_html,
    scan_inline,
)
from awesome_lint.document.list_entries import leading_names
from awesome_lint.document.markup import plain_text
from awesome_lint.document.model import Document, Entry, HeadingNode, Section
from awesome_lint.document.slug import Slugger, slug
from awesome_lint.source import Source, Span, SpanSet

MAX_LABEL = 60  # characters: a label names a group, it does not describe a thing
_NUMBER = re.compile(r"(\d+(?:\.\d+)*\.?)(?=\s)")
# `id=` / `name=` attributes, case-insensitive. Written to start with a character class,
# which lets the engine skip to the candidates in C; `\b(?:id|name)` tried every offset.
_HTML_ID = re.compile(
    r"""[IiNn](?<=\b[IiNn])(?i:(?<=i)d|(?<=n)ame)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+))"""
)
_COMMENT = re.compile(r"<!--(.*?)-->", re.S)
# A block that is one HTML heading, maybe after the anchors that name it, maybe the
# summary of a folded section (`<details open><summary><h2>Editors</h2></summary>`):
# github.com gives it an anchor as it does a Markdown heading.
_HTML_HEADING = re.compile(
    r"\s*(?:<details(?:\s[^<>]*)?>\s*<summary(?:\s[^<>]*)?>\s*)?"
    r"(?:<a\s[^<>]*>\s*(?:</a\s*>\s*)?)*<h([1-6])(?:\s[^<>]*)?>(.*?)</h\1\s*>\s*"
    r"(?:</summary\s*>\s*)?",
    re.I | re.S,
)
_TAG = re.compile(r"<[^<>]*>")
# Any heading inside an HTML block, `<div align="center"><h1>…</h1></div>` too.
_ANY_HTML_HEADING = re.compile(r"<h([1-6])(?:\s[^<>]*)?>(.*?)</h\1\s*>", re.I | re.S)


def build(source: Source) -> Document:
    # The build allocates many objects that all live as long as the document: the cyclic
    # garbage collector's passes over them find nothing and cost about 7% of the build.
    collecting = gc.isenabled()
    gc.disable()
    try:
        return _Builder(source).build()
    finally:
        if collecting:
            gc.enable()


class _Builder:
    def __init__(self, source: Source) -> None:
        self.source = source
        self.text = source.text
        self.blocks = b.scan_blocks(self.text)
        self.definitions: dict[str, str] = {}
        self.definition_spans: dict[str, Span] = {}  # label: where its URL is written
        self.definition_lines: set[int] = set()  # start offsets of `[label]: url` lines
        self.links: list[Link] = []
        self.html_anchors: set[str] = set()
        self.html_comments: list[tuple[Span, str]] = []
        self.opaque: list[Span] = []

    def build(self) -> Document:
        raw = list(b.walk(self.blocks))
        self.collect_definitions(raw)
        headings = self.headings(raw)
        every_heading = sorted([*headings, *self.html_headings()], key=lambda h: h.span.start)
        root = self.section_tree(every_heading)
        top = tuple(self.freeze(block) for block in self.blocks)
        sections = [s for s in root.walk() if s.heading is not None]
        starts = [s.span.start for s in sections]

        def section_at(offset: int) -> Section:
            index = bisect.bisect_right(starts, offset) - 1
            return sections[index] if index >= 0 else root

        html_blocks: list[n.HtmlBlock] = []
        tables: list[tuple[n.Table, Section]] = []
        lists: list[tuple[n.ListBlock, Section]] = []
        placed: dict[str, dict[Section, list[n.Block]]] = {"blocks": {}, "tables": {}, "lists": {}}
        for block in top:
            if not isinstance(block, n.Heading):
                placed["blocks"].setdefault(section_at(block.span.start), []).append(block)
        for block in n.walk(top):
            if isinstance(block, n.Table):
                section = section_at(block.span.start)
                placed["tables"].setdefault(section, []).append(block)
                tables.append((block, section))
            elif isinstance(block, n.ListBlock):
                section = section_at(block.span.start)
                placed["lists"].setdefault(section, []).append(block)
                lists.append((block, section))
            elif isinstance(block, n.HtmlBlock):
                html_blocks.append(block)
        for name, by_section in placed.items():
            for section, found in by_section.items():
                _seal(section, **{name: tuple(found)})
        entries = self.entries(top, tables, lists, html_blocks, section_at)
        entries = self.with_heading_entries(root, entries)
        for section, listed in _by_section(entries).items():
            _seal(section, entries=tuple(listed))
        self.links.sort(key=lambda link: link.span.start)
        badges = e.badges_of(self.links)
        return Document(
            self.source, root, headings, tables, lists, self.links, badges, entries,
            self.html_anchors, self.html_comments, SpanSet(self.opaque),
            frozenset(self.definition_lines), self.definition_spans,
        )

    # --- the scanner's blocks as the model's nodes ----------------------------------------

    def freeze(self, block: b.Block) -> n.Block:
        """The model's node for a block of the scanner, with the inline content of its
        leaves (scanned here, in document order)."""
        if isinstance(block, b.Paragraph):
            lines = [line for line in block.lines if line.start not in self.definition_lines]
            return n.Paragraph(block.span, tuple(block.lines), self.scan(lines))
        if isinstance(block, b.ListBlock):
            return n.ListBlock(block.span, block.ordered, tuple(map(self.freeze_item, block.items)))
        if isinstance(block, b.Table):
            rows = tuple(self.freeze_row(row) for row in block.rows)
            delimiter = self.freeze_row(block.delimiter, scan=False)
            aligns = tuple(block.aligns)
            return n.Table(block.span, self.freeze_row(block.header), delimiter, aligns, rows)
        if isinstance(block, b.BlockQuote):
            return n.BlockQuote(block.span, tuple(map(self.freeze, block.children)))
        if isinstance(block, b.Heading):
            return n.Heading(block.span, block.level, tuple(block.lines), block.setext)
        if isinstance(block, b.HtmlBlock):
            return n.HtmlBlock(block.span, self.html_block(block))
        if isinstance(block, b.CodeBlock):
            self.opaque.append(block.span)
            return n.CodeBlock(block.span, block.fence)
        return n.ThematicBreak(block.span)

    def freeze_item(self, item: b.ListItem) -> n.ListItem:
        children = tuple(map(self.freeze, item.children))
        return n.ListItem(
            item.span, item.marker, item.marker_span, item.indent, item.content_indent, children
        )

    def freeze_row(self, row: b.Row, *, scan: bool = True) -> n.Row:
        text = self.text
        if not scan or is_plain(text, row.span.start, row.span.end):  # words only: no cell scanned
            cells = tuple(n.Cell(c.span, c.raw, EMPTY_INLINE) for c in row.cells)
        else:
            cells = tuple(
                n.Cell(
                    c.span, c.raw,
                    self.scan([c.span]) if not is_plain(text, c.span.start, c.span.end)
                    else EMPTY_INLINE,
                )
                for c in row.cells
            )
        return n.Row(row.span, cells, row.leading_pipe, row.trailing_pipe)

    # --- inline content -----------------------------------------------------------------

    def scan(self, pieces: list[Span]) -> Inline:
        if len(pieces) == 1 and is_plain(self.text, pieces[0].start, pieces[0].end):
            return EMPTY_INLINE  # most cells: words only
        inline = scan_inline(InlineText(self.text, pieces), self.definitions)
        self.links.extend(inline.links)
        self.opaque.extend(inline.opaque)
        for span in inline.opaque:
            comment = _COMMENT.fullmatch(self.text, span.start, span.end)
            if comment:
                self.html_comments.append((span, comment.group(1)))
        for tag in inline.html:
            if tag.attributes:
                for key in ("id", "name"):
                    if key in tag.attributes:
                        self.html_anchors.add(tag.attributes[key])
        return inline

    def collect_definitions(self, all_blocks: list[b.Block]) -> None:
        """Link reference definitions: the lines a paragraph starts with that define a
        label (CommonMark: `[label]: <url> "title"`, the title also in '…' or (…), the
        destination and title each possibly on the next line). `[//]: # (…)` comments
        are definitions too: GitHub shows nothing of them."""
        for block in all_blocks:
            if not isinstance(block, b.Paragraph):
                continue
            if "]:" in self.text[block.span.start : block.span.end]:
                for definition in definitions_in(InlineText(self.text, block.lines)):
                    self.definitions.setdefault(definition.label, definition.url)
                    self.definition_spans.setdefault(definition.label, definition.destination)
                    self.definition_lines.update(definition.lines)
                    if definition.hidden is not None:
                        self.opaque.append(definition.hidden)

    def html_block(self, block: b.HtmlBlock) -> Inline:
        raw = self.text[block.span.start : block.span.end]
        for start, end in _comments(raw):
            span = Span(block.span.start + start, block.span.start + end)
            self.html_comments.append((span, raw[start + 4 : end - 3]))
            self.opaque.append(span)
        if raw.lstrip().startswith("<!--") and raw.rstrip().endswith("-->"):
            return EMPTY_INLINE
        inline = scan_html(InlineText(self.text, [block.span]))
        self.links.extend(inline.links)
        for match in _HTML_ID.finditer(raw):
            self.html_anchors.add(next(g for g in match.groups() if g is not None))
        self.html_anchors.update(_heading_anchors(raw))
        return inline

    # --- headings and sections ------------------------------------------------------------

    def headings(self, all_blocks: list[b.Block]) -> list[HeadingNode]:
        slugger = Slugger()
        nodes = []
        for block in all_blocks:
            if not isinstance(block, b.Heading):
                continue
            inline = self.scan(block.lines)
            raw = "\n".join(self.text[s.start : s.end] for s in block.lines)
            rendered = plain_text(raw, self.definitions)  # "Title [![b](…)](…)": "Title "
            text = rendered.strip()
            number = _NUMBER.match(text)
            nodes.append(
                HeadingNode(
                    block.span, block.level, Span(block.lines[0].start, block.lines[-1].end),
                    raw, text, slugger.slug(rendered), number.group(1) if number else None, inline,
                )
            )
        return nodes

    def html_headings(self) -> list[HeadingNode]:
        """The HTML blocks outside any container that hold one heading and nothing else."""
        nodes = []
        for block in self.blocks:
            if not isinstance(block, b.HtmlBlock):
                continue
            match = _HTML_HEADING.fullmatch(self.text, block.span.start, block.span.end)
            if match is None:
                continue
            inner = Span(match.start(2), match.end(2))
            text = " ".join(html.unescape(_TAG.sub("", match.group(2))).split())
            if not text:
                continue
            ids = [next(g for g in m.groups() if g is not None) for m in _HTML_ID.finditer(
                self.text, block.span.start, inner.start)]
            nodes.append(
                HeadingNode(
                    block.span, int(match.group(1)), inner, match.group(2), text,
                    ids[-1] if ids else "", None, scan_html(InlineText(self.text, [inner])),
                    html=True,
                )
            )
        return nodes

    def section_tree(self, headings: list[HeadingNode]) -> Section:
        root = Section(None, 0, Span(0, len(self.text)))
        children: dict[Section, list[Section]] = {}
        stack = [root]
        for heading in headings:
            while _closes(heading, stack[-1]):
                closed = stack.pop()
                _seal(closed, span=Span(closed.span.start, heading.span.start))
            parent = stack[-1]
            span = Span(heading.span.start, len(self.text))
            section = Section(heading, heading.level, span, parent)
            children.setdefault(parent, []).append(section)
            stack.append(section)
        for parent, found in children.items():
            _seal(parent, children=tuple(found))
        return root

    # --- entries ------------------------------------------------------------------------

    def entries(
        self,
        top: tuple[n.Block, ...],
        tables: list[tuple[n.Table, Section]],
        lists: list[tuple[n.ListBlock, Section]],
        html_blocks: list[n.HtmlBlock],
        section_at: Callable[[int], Section],
    ) -> list[Entry]:
        found: list[Entry] = []
        folded = e.summary_labels(self.text, html_blocks)
        folded_starts = [start for start, _, _ in folded]
        for table, section in tables:
            if not e.lists_things(self.text, table):
                continue
            column = e.title_column(self.text, table)
            describing = e.description_column(self.text, table)
            # a table folded in `<details><summary>1.2 LLM as Feature Encoder</summary>`
            group = _folded_label(folded, folded_starts, table.span.start)
            for row in table.rows:
                entry = e.row_entry(self.text, row, table, section, column, describing)
                if entry is not None:
                    found.append(finish(entry, group=group) if group else entry)
        details, lines = self.html_entries(html_blocks, section_at)
        found.extend([*details, *lines])
        list_blocks = [block for block, _ in lists]
        headed, described = e.html_heading_entries(self.text, html_blocks, list_blocks, section_at)
        found.extend(headed)
        in_details = SpanSet([*e.detail_regions(self.text, html_blocks, details), *described])
        nested, in_toc = _nested_lists([block for block, _ in lists])
        groups = _groups(self.text, list_blocks)
        led = _lead_in_labels(self.text, top)
        for block, section in lists:
            if block.span.start in in_toc or block.span.start in in_details:
                continue
            group = (
                groups.get(block.span.start, "")
                or led.get(block.span.start, "")
                or _folded_label(folded, folded_starts, block.span.start)
            )
            for item in block.items:
                first = item.children[0] if item.children else None
                if isinstance(first, n.Paragraph):
                    entry = self.item_entry(item, first, section, block.span.start in nested)
                    if entry is not None:
                        found.append(finish(entry, group=group) if group else entry)
        for paragraph in e.free_paragraphs(top):
            section = section_at(paragraph.span.start)
            entry = e.paragraph_entry(self.text, paragraph, paragraph.inline, section)
            if entry is not None:
                found.append(entry)
        found.sort(key=lambda entry: entry.span.start)
        listing = list(dict.fromkeys(entry.section for entry in found))  # in document order
        frame = {section for section in listing if e.in_frame(section)}
        frame |= e.leading_news([section for section in listing if section not in frame])
        return [entry for entry in found if entry.section not in frame]

    def html_entries(
        self, html_blocks: list[n.HtmlBlock], section_at: Callable[[int], Section]
    ) -> tuple[list[Entry], list[Entry]]:
        """The `<details>` summaries and the linked lines of the HTML blocks."""
        summaries: list[Entry] = []
        lines: list[Entry] = []
        for block in html_blocks:
            section = section_at(block.span.start)
            summaries.extend(e.html_details_entries(self.text, block, section))
            lines.extend(e.html_line_entries(self.text, block, section))
        return summaries, lines

    def item_entry(
        self, item: n.ListItem, first: n.Paragraph, section: Section, nested: bool
    ) -> Entry | None:
        text, inline = self.text, first.inline
        if len(inline.links) == 1:
            simple = e.lone_link_item_entry(text, item, first, section)
            if simple is not None:
                return simple
        if not any(not link.image for link in inline.links):
            details = e.detail_links(text, item)
            if details:
                return e.details_entry(text, item, first, section, details)
        lead = leading_names(text, inline, first)
        return e.item_entry(text, item, first, inline, section, lead, nested=nested)

    def with_heading_entries(self, root: Section, entries: list[Entry]) -> list[Entry]:
        """The entries and the headings that are entries: those with nothing listed under
        them and no subsections (known once the other entries are found)."""
        listed = {entry.section for entry in entries}
        headed = []
        for section in root.walk():
            if section.heading is not None and section not in listed:
                entry = e.heading_entry(section.heading, section, self.text)
                if entry is not None:
                    headed.append(entry)
        if not headed:
            return entries
        return sorted([*_without_index(entries, headed), *headed], key=_start)


def _nested_lists(lists: list[n.ListBlock]) -> tuple[set[int], set[int]]:
    """The starts of the lists that sit inside a list item, and of those that sit inside a
    table-of-contents item (an item that links to an anchor: what is below it is ToC).
    `lists` in document order, outer lists before the lists inside them."""
    nested: set[int] = set()
    in_toc: set[int] = set()
    for block in lists:
        for item in block.items:
            children = [c.span.start for c in _lists_in(item)]
            if not children:
                continue
            nested.update(children)
            link = _first_link(item)
            if block.span.start in in_toc or (
                link is not None
                and (e.is_anchor_url(link.url) or e.is_sub_page_anchor(link.url))
            ):
                in_toc.update(children)
    return nested, in_toc


def _lead_in_labels(text: str, top: tuple[n.Block, ...]) -> dict[int, str]:
    """The label right before a list, by the list's start: a one-line block quote ("> Cursos
    em Português") or a line in bold or italics alone ("**Paid**"), naming the group
    that follows."""
    labels: dict[int, str] = {}
    for prior, before, block in zip((None, *top), top, top[1:], strict=False):
        if not isinstance(block, n.ListBlock):
            continue
        line = before.children[0] if isinstance(before, n.BlockQuote) and len(
            before.children
        ) == 1 else before
        if not isinstance(line, n.Paragraph) or len(line.lines) != 1 or line.inline.links:
            continue
        raw = text[line.span.start : line.span.end].strip()
        if line is before and not _EMPHASIS_LINE.fullmatch(raw):
            continue
        if _ITALIC_LINE.fullmatch(raw) and (prior is None or isinstance(prior, _HEADS)):
            continue  # under its heading, a line in italics describes the section
        words = plain_text(raw).strip(" \t*_:：")
        if 0 < len(words) <= MAX_LABEL:
            labels[block.span.start] = words
    return labels


# "**Paid**", and "*Распределенные базы данных.*" after a list: a subheading in italics
_EMPHASIS_LINE = re.compile(r"(\*\*|__|\*|_)[^*_\n]+\1[:：]?")
_ITALIC_LINE = re.compile(r"([*_])[^*_\n]+\1[:：]?")
_HEADS = (n.Heading, n.HtmlBlock)  # a heading, or "<h3 id=…>REST框架</h3>"


def _folded_label(
    folded: list[tuple[int, int, str]], starts: list[int], offset: int
) -> str:
    """The summary label of the `<details>` the offset is folded in, if any."""
    index = bisect.bisect_right(starts, offset) - 1
    if index >= 0 and offset < folded[index][1]:
        return folded[index][2]
    return ""


def _groups(text: str, lists: list[n.ListBlock]) -> dict[int, str]:
    """The label each nested list is grouped under, by the list's start: the text of the
    item that holds it when that item only labels what is below ("* **2023**"), else the
    label of the list around it. `lists` in document order, outer lists first."""
    groups: dict[int, str] = {}
    for block in lists:
        around = groups.get(block.span.start, "")
        for item in block.items:
            children = _lists_in(item)
            label = _label(text, item) if children else ""
            for child in children:
                if label or around:
                    groups[child.span.start] = label or around
    return groups


def _lists_in(item: n.ListItem) -> list[n.ListBlock]:
    """The lists nested in the item (most items hold one paragraph and nothing else)."""
    children = item.children
    if len(children) == 1 and not isinstance(children[0], n.ListBlock):
        return []
    return [child for child in children if isinstance(child, n.ListBlock)]


def _label(text: str, item: n.ListItem) -> str:
    """The words of an item that only labels the list nested in it: one short line, no
    link to anything but an anchor."""
    first = item.children[0] if item.children else None
    if not isinstance(first, n.Paragraph) or len(first.lines) != 1:
        return ""
    if not any(isinstance(child, n.ListBlock) for child in item.children[1:]):
        return ""
    if any(not link.image and not e.is_anchor_url(link.url) for link in first.inline.links):
        return ""
    words = plain_text(text[first.span.start : first.span.end]).strip(" \t*_:：")
    return words if 0 < len(words) <= MAX_LABEL else ""


def _first_link(item: n.ListItem) -> Link | None:
    """The first link of an item's first line ("* 1. [Intro](#intro)" holds a list)."""
    while item.children:
        first = item.children[0]
        if isinstance(first, n.Paragraph):
            links = first.inline.links
            return links[0] if links else None
        if not isinstance(first, n.ListBlock):
            return None
        item = first.items[0]
    return None


def _seal(section: Section, **fields: object) -> None:
    """Set a section's fields while the builder assembles it; to rules it is frozen."""
    for name, value in fields.items():
        object.__setattr__(section, name, value)


def _by_section(entries: list[Entry]) -> dict[Section, list[Entry]]:
    found: dict[Section, list[Entry]] = {}
    for entry in entries:
        found.setdefault(entry.section, []).append(entry)
    return found


def _closes(heading: HeadingNode, section: Section) -> bool:
    """Does the heading end the open section? A heading of the same or a higher level
    does, except that HTML headings of a Markdown heading's level sit under it: lists
    generated per tag write "## Programming Languages" and then "<h2>C</h2>"s."""
    if section.heading is None:
        return False
    if heading.html and not section.heading.html and heading.level == section.level:
        return False
    return section.level >= heading.level


def _start(entry: Entry) -> int:
    return entry.span.start


def _without_index(entries: list[Entry], headed: list[Entry]) -> list[Entry]:
    """Without the items of an index of the heading entries: a list of links to the
    pages the headings link to is the list's table of contents, not a second listing."""
    urls = {entry.url for entry in headed}
    index = [e for e in entries if e.kind == "item" and e.url in urls]
    if len(index) < 3:
        return entries
    dropped = set(index)
    return [entry for entry in entries if entry not in dropped]


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


def _heading_anchors(raw: str) -> Iterator[str]:
    """The anchors github.com gives the HTML headings of a block (`<h2>Editors</h2>`, in a
    `<summary>` or a `<div>` too), as it does Markdown ones: the slug of the text as it
    stands, its indentation included (`<h1>\n    <img …>\n</h1>` has the anchor `----`,
    which back-to-top links use), and of the text trimmed, as a Markdown heading's."""
    for match in _ANY_HTML_HEADING.finditer(raw):
        text = html.unescape(_TAG.sub("", match.group(2)))
        for anchor in (slug(text), slug(" ".join(text.split()))):
            if anchor:
                yield anchor
