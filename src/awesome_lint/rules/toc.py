"""toc: the "Contents" list mirrors the headings after it, in order, at most two levels deep."""

from __future__ import annotations

import difflib
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field

import regex

from awesome_lint.document import (
    Document,
    HeadingNode,
    Link,
    ListBlock,
    ListItem,
    Paragraph,
    Section,
    Span,
    fragment_of,
    link_fragment,
)
from awesome_lint.fixes import Edit, Finding, Fix, Fixability
from awesome_lint.registry import Rule, register

_TOC_TITLES = {"contents", "table of contents", "目录"}
_OMIT_COMMENT = regex.compile(r"<!--\s*omit (?:in|from) toc\s*-->", regex.I)
_NOT_WORD = regex.compile(r"[^\p{L}\p{N}]+")
_SHORTCODE = regex.compile(r":[a-z0-9_+-]+:|&[a-z]+;|<[^<>]*>")
_BLANK_LINE = regex.compile(r"\n[ \t]*\r?\n")
_LINE_END = regex.compile(r"[\r\n]")
_LINE_BREAK = regex.compile(r"\r\n|\r|\n")


@dataclass(frozen=True)
class Options:
    omit: tuple[str, ...] = (
        "Contributing", "Contribute", "Contributors", "License", "Licence", "Footnotes",
        "Related Lists", "Table of Contents", "Contents",
    )  # headings the table of contents leaves out
    max_depth: int = 2  # levels of nesting the table of contents may have

    def __post_init__(self) -> None:
        if self.max_depth < 1:
            raise ValueError("max-depth must be at least 1")


@dataclass
class _Item:
    """One line of the table of contents and the items nested under it."""

    item: ListItem
    link: Link | None  # its #fragment link
    heading: int | None  # index into doc.headings of the heading it reaches
    children: list[_Item] = field(default_factory=list)
    sublist: ListBlock | None = None


@register
class Toc(Rule):
    name = "toc"
    summary = "The table of contents lists the headings after it, in order."
    fixable = Fixability.SOMETIMES
    npm_names = ("awesome-toc",)
    Options = Options

    def check(self, doc: Document) -> Iterator[Finding]:
        found = _toc(doc)
        if found is None:
            return
        toc_heading, block = found
        items = _items(doc, block)
        level = _top_level(doc, items)
        if level is None:
            return
        checker = _Checker(doc, self.options, toc_heading, items)
        expected = checker.expected(toc_heading + 1, len(doc.headings), level)
        findings = list(checker.compare(items, expected, block, depth=1))
        if not findings:
            return
        fix = _Rewriter(doc, checker, block).fix(items, expected)
        for index, finding in enumerate(findings):
            yield finding._replace(fix=fix) if index == 0 and fix else finding


def _toc(doc: Document) -> tuple[int, ListBlock] | None:
    """The "Contents" heading (its index) and the list under it."""
    for index, heading in enumerate(doc.headings):
        title = _NOT_WORD.sub(" ", _SHORTCODE.sub(" ", heading.raw)).strip().lower()
        if title in _TOC_TITLES:
            section = _section_of(doc, heading)
            lists = [b for b in section.blocks if isinstance(b, ListBlock)] if section else []
            return (index, lists[0]) if lists else None
    return None


def _section_of(doc: Document, heading: HeadingNode) -> Section | None:
    return next((s for s in doc.sections if s.heading is heading), None)


def _items(doc: Document, block: ListBlock) -> list[_Item]:
    return _Resolver(doc).items(block)


class _Resolver:
    """Which heading each item means: by its link's anchor, else (a broken link, which
    broken-anchor reports) by the anchor's case or the item's text."""

    def __init__(self, doc: Document) -> None:
        self.doc = doc
        index = {id(h): i for i, h in enumerate(doc.headings)}
        self.by_anchor = {a: index[id(h)] for a, h in doc.heading_by_anchor().items()}
        self.by_lower = {a.lower(): i for a, i in reversed(self.by_anchor.items())}
        keys = Counter(_key(h.text) for h in doc.headings)
        self.by_text = {
            _key(h.text): i for i, h in enumerate(doc.headings) if keys[_key(h.text)] == 1
        }

    def items(self, block: ListBlock) -> list[_Item]:
        found = []
        for item in block.items:
            link = _fragment_link(self.doc, item)
            entry = _Item(item, link, self.heading(link) if link else None)
            sublist = next((c for c in item.children if isinstance(c, ListBlock)), None)
            if sublist is not None:
                entry.sublist = sublist
                entry.children = self.items(sublist)
            found.append(entry)
        return found

    def heading(self, link: Link) -> int | None:
        fragment = fragment_of(link.url)
        for found in (
            self.by_anchor.get(fragment),
            self.by_lower.get(fragment.lower()),
            self.by_text.get(_key(link.text)),
        ):
            if found is not None:
                return found
        return None


def _fragment_link(doc: Document, item: ListItem) -> Link | None:
    first = item.children[0] if item.children else None
    if not isinstance(first, Paragraph):
        return None
    links = doc.inlines[first.span.start].links
    return next((li for li in links if li.url.startswith("#") and not li.image), None)


def _top_level(doc: Document, items: list[_Item]) -> int | None:
    """The heading level the top items list, if most of them reach a heading."""
    levels = Counter(doc.headings[i.heading].level for i in items if i.heading is not None)
    if not levels or sum(levels.values()) * 2 < len(items):
        return None
    return levels.most_common(1)[0][0]


class _Checker:
    def __init__(
        self, doc: Document, options: Options, toc_heading: int, items: list[_Item]
    ) -> None:
        self.doc = doc
        self.options = options
        self.toc_heading = toc_heading
        self.omitted = {_key(name) for name in options.omit}
        # headings listed anywhere in the table of contents
        self.listed = {i.heading for i in _flatten(items) if i.heading is not None}
        self.heading_keys = {_key(h.text) for h in doc.headings}

    def here(self, expected: list[int], items: list[_Item]) -> list[int]:
        """The expected headings of one level, less those listed at another level: the
        author put them there, and listing them twice helps nobody."""
        at_this_level = {i.heading for i in items}
        return [h for h in expected if h in at_this_level or h not in self.listed]

    def expected(self, start: int, end: int, level: int) -> list[int]:
        """Headings of `level` among doc.headings[start:end], without omitted ones (and
        without anything under an omitted heading)."""
        found, skip_below = [], None
        for index in range(start, end):
            heading = self.doc.headings[index]
            if skip_below is not None and heading.level > skip_below:
                continue
            skip_below = None
            if self.is_omitted(heading):
                skip_below = heading.level
            elif heading.level == level:
                found.append(index)
        return found

    def is_omitted(self, heading: HeadingNode) -> bool:
        return bool(_OMIT_COMMENT.search(heading.raw)) or _key(heading.text) in self.omitted

    def children(self, heading: int) -> list[int]:
        """The headings one level below this one, within its section and after the table
        of contents."""
        end = next(
            (
                i for i in range(heading + 1, len(self.doc.headings))
                if self.doc.headings[i].level <= self.doc.headings[heading].level
            ),
            len(self.doc.headings),
        )
        start = max(heading, self.toc_heading) + 1
        return self.expected(start, end, self.doc.headings[heading].level + 1)

    def compare(
        self, items: list[_Item], expected: list[int], block: ListBlock, depth: int
    ) -> Iterator[Finding]:
        expected = self.here(expected, items)
        listed = {i.heading for i in items}
        for missing in [h for h in expected if h not in listed]:
            text = self.doc.headings[missing].text
            yield self.finding(f"the table of contents lacks '{text}'", block.items[0])
        in_order = _in_order(items, expected)
        for item in items:
            if item.heading in expected:
                yield from self.placement(item, id(item) in in_order)
            if item.sublist is None:
                continue
            if depth >= self.options.max_depth:
                name = item.link.text if item.link else ""
                yield self.finding(
                    f"the table of contents nests deeper than {self.options.max_depth} levels "
                    f"under '{name}'", item.item,
                )
            elif item.heading is not None:  # not a broken link (broken-anchor's)
                children = self.children(item.heading)
                yield from self.compare(item.children, children, item.sublist, depth + 1)

    def placement(self, item: _Item, in_order: bool) -> Iterator[Finding]:
        """An item for an expected heading: out of order, or naming another heading?"""
        assert item.heading is not None
        heading = self.doc.headings[item.heading]
        if not in_order:
            yield self.finding(
                f"'{heading.text}' is out of order in the table of contents", item.item
            )
        if item.link and self.names_another(item.link.text, heading):
            yield self.finding(
                f"the table of contents says '{item.link.text}' for the heading "
                f"'{heading.text}'", item.item,
            )

    def names_another(self, said: str, heading: HeadingNode) -> bool:
        """Does the item's text name another heading than the one its link reaches? (A
        label of the author's own, "MOOCs" for "Massively Open Online Courses", is fine.)"""
        if _same_text(said, heading.text):
            return False
        return _key(said) in self.heading_keys

    def finding(self, message: str, item: ListItem) -> Finding:
        return Finding(Toc.name, message, item.marker_span)


def _in_order(items: list[_Item], expected: list[int]) -> set[int]:
    """ids of the items that sit where the heading order puts them."""
    keys = [i.heading if i.heading is not None else -1 - n for n, i in enumerate(items)]
    matcher = difflib.SequenceMatcher(None, keys, expected, autojunk=False)
    return {
        id(items[a + k]) for a, _, size in matcher.get_matching_blocks() for k in range(size)
    }


def _order(items: list[_Item], expected: list[int]) -> list[tuple[int | None, _Item | None]]:
    """Headings in document order, each with its item if listed; items that reach a heading
    outside `expected` go where that heading stands, other items after the item they
    followed."""
    by_heading: dict[int, _Item] = {}
    for item in items:
        if item.heading is not None:
            by_heading.setdefault(item.heading, item)
    headings = sorted(set(expected) | set(by_heading))
    extras_after: dict[int | None, list[_Item]] = {}
    previous: int | None = None
    for item in items:
        if item.heading is not None and by_heading[item.heading] is item:
            previous = item.heading
        else:
            extras_after.setdefault(previous, []).append(item)
    order: list[tuple[int | None, _Item | None]] = [(None, e) for e in extras_after.get(None, [])]
    for heading in headings:
        order.append((heading, by_heading.get(heading)))
        order += [(None, e) for e in extras_after.get(heading, [])]
    return order


def _same_text(said: str, heading: str) -> bool:
    """Does the item name its heading? A shortened name is fine: "Tools" for "Tools [TOC]"."""
    said_key, heading_key = _key(said), _key(heading)
    return bool(said_key) and (said_key in heading_key or heading_key in said_key)


def _key(text: str) -> str:
    plain = _SHORTCODE.sub("", text)
    return str(_NOT_WORD.sub("", plain)).casefold()


class _Rewriter:
    """Writes the table of contents again from the heading tree, keeping the author's lines
    (marker, indentation and all) for what is already listed, headings or not."""

    def __init__(self, doc: Document, checker: _Checker, block: ListBlock) -> None:
        self.doc = doc
        self.checker = checker
        self.block = block
        self.newline = self.line_break_after(block.items[0].marker_span.end)
        self.nested_indent = self.find_nested_indent(block)
        self.renamed: set[int] = set()  # ids of items whose text is corrected

    def fix(self, items: list[_Item], expected: list[int]) -> Fix | None:
        text = self.doc.text
        line_start = text.rfind("\n", 0, self.block.span.start) + 1
        if text[line_start : self.block.span.start].strip() or not self.simple(items):
            return None  # inside a container, or items over several lines: leave it to the author
        end = self.block.span.end
        while end > line_start and text[end - 1] in "\r\n":
            end -= 1
        if _BLANK_LINE.search(text, line_start, end):
            return None  # a loose list: rewriting it would change its spacing
        lines = self.lines(items, expected, "", self.block)
        new = self.newline.join(lines)
        if new == text[line_start:end] or not self.keeps_every_line(items, lines):
            return None
        edit = Edit(Span(line_start, end), new)
        return Fix("Rewrite the table of contents from the headings", (edit,))

    def simple(self, items: list[_Item]) -> bool:
        for item in items:
            paragraph = item.item.children[0] if item.item.children else None
            if not isinstance(paragraph, Paragraph) or len(paragraph.lines) != 1:
                return False
            if len(item.item.children) > (2 if item.sublist else 1):
                return False
            if not self.simple(item.children):
                return False
        return True

    def lines(
        self, items: list[_Item], expected: list[int], indent: str, block: ListBlock
    ) -> list[str]:
        """The lines of one level: each listed item as written, each missing heading new."""
        indent = self.indent_of(items[0].item) if items else indent
        wants_sublists = any(i.sublist for i in items)
        lines = []
        expected = self.checker.here(expected, items)
        for number, (heading, item) in enumerate(_order(items, expected), start=1):
            if item is not None:
                lines.append(self.item_line(heading, item, number, block))
            else:
                assert heading is not None
                lines.append(indent + self.marker(block, number) + " " + self.new_text(heading))
            nested = indent + self.nested_indent
            if item is not None and item.sublist is not None:
                children = self.checker.children(heading) if heading is not None else []
                lines += self.lines(item.children, children, nested, item.sublist)
            elif item is None and wants_sublists and heading is not None:
                children = self.checker.children(heading)
                if children:
                    lines += self.lines([], children, nested, block)
        return lines

    def item_line(self, heading: int | None, item: _Item, number: int, block: ListBlock) -> str:
        """The author's line, with its link text corrected when it names another heading,
        and renumbered in an ordered list."""
        marker = item.item.marker_span
        start = self.line_start(marker.start)
        line = self.doc.text[start : self.line_end(marker.end)]
        node = self.doc.headings[heading] if heading is not None else None
        link = item.link
        if node is not None and link is not None and self.checker.names_another(link.text, node):
            line = line[: link.text_span.start - start] + _escaped(node.text) + line[
                link.text_span.end - start :
            ]
            self.renamed.add(id(item))
        if block.ordered:
            at, old = marker.start - start, item.item.marker
            line = line[:at] + f"{number}{old[-1]}" + line[at + len(old) :]
        return line

    def new_text(self, heading: int) -> str:
        node = self.doc.headings[heading]
        return f"[{_escaped(node.text)}](#{link_fragment(node.slug)})"

    def marker(self, block: ListBlock, number: int) -> str:
        first = block.items[0].marker
        return f"{number}{first[-1]}" if block.ordered else first

    def keeps_every_line(self, items: list[_Item], lines: list[str]) -> bool:
        """A safety net: every line the author wrote is still there (renumbered or renamed
        ones aside)."""
        kept = Counter(line.strip() for line in lines)
        for item in _flatten(items):
            if id(item) in self.renamed or self.block.ordered:
                continue
            marker = item.item.marker_span
            line = self.doc.text[marker.start : self.line_end(marker.end)].strip()
            if kept[line] <= 0:
                return False
            kept[line] -= 1
        return True

    def line_break_after(self, offset: int) -> str:
        """The line break ending the line at `offset` (the list's own style), or the
        file's usual one when that line is the last."""
        match = _LINE_BREAK.search(self.doc.text, offset)
        return match.group(0) if match else self.doc.source.newline

    def indent_of(self, item: ListItem) -> str:
        start = item.marker_span.start
        return self.doc.text[self.line_start(start) : start]

    def line_start(self, offset: int) -> int:
        return self.doc.text.rfind("\n", 0, offset) + 1

    def line_end(self, offset: int) -> int:
        match = _LINE_END.search(self.doc.text, offset)
        return match.start() if match else len(self.doc.text)

    def find_nested_indent(self, block: ListBlock) -> str:
        text = self.doc.text
        for item in block.items:
            sublist = next((c for c in item.children if isinstance(c, ListBlock)), None)
            if sublist is not None:
                start = sublist.items[0].marker_span.start
                line_start = text.rfind("\n", 0, start) + 1
                return text[line_start:start]
        return " " * (len(block.items[0].marker) + 1)


def _flatten(items: list[_Item]) -> Iterator[_Item]:
    for item in items:
        yield item
        yield from _flatten(item.children)


def _escaped(title: str) -> str:
    return title.replace("[", "\\[").replace("]", "\\]")
