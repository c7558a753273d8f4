"""toc: the "Contents" list mirrors the headings after it, in order."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any, ClassVar

from awesome_lint.document import (
    Document,
    HeadingNode,
    Link,
    ListBlock,
    ListItem,
    Section,
    fragment_of,
)
from awesome_lint.fixes import Applicability, Finding, Fixability
from awesome_lint.registry import Rule, register
from awesome_lint.toc_rewrite import rewrite_fix
from awesome_lint.tocs import (
    TocItem,
    anchors_over_headings,
    flatten,
    fragment_links,
    hand_picked,
    has_omit_comment,
    in_heading_order,
    is_alphabetical,
    is_toc_title,
    quoted_names,
    same_text,
    text_key,
    top_level,
)


@dataclass(frozen=True)
class Options:
    omit: tuple[str, ...] = (
        "Contributing", "Contribute", "Contribution", "Contributions", "Contributors",
        "License", "Licence", "Licenses", "Licences", "Footnotes", "Related Lists",
        "Related Resources",
        "Acknowledgements", "Acknowledgments", "Star History", "Table of Contents", "Contents",
        "About", "Code of Conduct", "Share",
    )  # headings the table of contents leaves out
    # levels of nesting the table of contents may have; None: as deep as the headings go
    max_depth: int | None = None

    def __post_init__(self) -> None:
        if self.max_depth is not None and self.max_depth < 1:
            raise ValueError("max-depth must be at least 1")


@register
class Toc(Rule):
    name = "toc"
    preset = "awesome"
    summary = "The table of contents lists the headings after it, in order."
    fixable = Fixability.SOMETIMES
    fix_safety = (Applicability.UNSAFE,)
    npm_names = ("awesome-toc",)
    Options = Options
    awesome_style: ClassVar[dict[str, Any]] = {"max-depth": 2}  # sindresorhus/awesome: two levels

    def check(self, doc: Document) -> Iterator[Finding]:
        found = _toc(doc)
        if found is None:
            return
        toc_heading, blocks, resolver = found
        items = [item for block in blocks for item in resolver.items(block)]
        level = top_level(doc, items)
        if level is None:
            return
        checker = _Checker(doc, self.options, toc_heading, items, set(resolver.anchored))
        expected = checker.expected(checker.start, len(doc.headings), level)
        findings = list(checker.compare(items, expected, blocks[0], depth=1))
        if not findings:
            return
        # a list split in parts (under "Tools", "Concepts") is not written again as one,
        # nor a hand-picked one: which headings it leaves out is the author's choice; nor
        # one with a broken link ("[Articles](#articles)" for "Articles • Tutorials"): a
        # rewrite would list the heading twice, broken-anchor repairs the link first
        broken = any(
            i.link is not None and i.heading is None and not resolver.reaches(i.link.url)
            for i in flatten(items)
        )
        compact = any(i.also for i in flatten(items))  # several headings on one line
        one_list = len(blocks) == 1 and not (checker.hand_picked or broken or compact)
        fix = rewrite_fix(doc, checker, blocks[0], items, expected) if one_list else None
        for index, finding in enumerate(findings):
            yield finding._replace(fix=fix) if index == 0 and fix else finding


def _toc(doc: Document) -> tuple[int, list[ListBlock], _Resolver] | None:
    """The "Contents" heading (its index) and the list under it: its first list, and the
    lists after it that link to headings too (a table of contents in parts); and what
    tells which heading each item means."""
    for index, heading in enumerate(doc.headings):
        if is_toc_title(heading.raw):
            section = _section_of(doc, heading)
            lists = [b for b in section.blocks if isinstance(b, ListBlock)] if section else []
            if not lists:
                return None
            resolver = _Resolver(doc)
            parts = [b for b in lists[1:] if _links_headings(resolver, b)]
            return index, [lists[0], *parts], resolver
    return None


def _links_headings(resolver: _Resolver, block: ListBlock) -> bool:
    """Do most of the list's items link to a heading?"""
    items = resolver.items(block)
    return sum(i.heading is not None for i in items) * 2 > len(items)


def _section_of(doc: Document, heading: HeadingNode) -> Section | None:
    return next((s for s in doc.sections if s.heading is heading), None)


class _Resolver:
    """Which heading each item means: by its link's anchor, else (a broken link, which
    broken-anchor reports) by the anchor's case or the item's text."""

    def __init__(self, doc: Document) -> None:
        self.doc = doc
        index = {id(h): i for i, h in enumerate(doc.headings)}
        # "<a name="xss"></a>" over "### XSS - …": the author's own name for the heading
        self.anchored = anchors_over_headings(doc)
        self.by_anchor = {**self.anchored, **{
            a: index[id(h)] for a, h in doc.heading_by_anchor().items()
        }}
        self.by_lower = {a.lower(): i for a, i in reversed(self.by_anchor.items())}
        keys = Counter(text_key(h.text) for h in doc.headings)
        self.by_text = {
            text_key(h.text): i for i, h in enumerate(doc.headings) if keys[text_key(h.text)] == 1
        }

    def reaches(self, url: str) -> bool:
        """Does the link's fragment reach an anchor: a heading's, or an HTML one?"""
        fragment = fragment_of(url)
        return fragment in self.by_anchor or fragment in self.doc.html_anchors

    def items(self, block: ListBlock) -> list[TocItem]:
        found = []
        for item in block.items:
            links = fragment_links(item)
            link = links[0] if links else None
            entry = TocItem(item, link, self.heading(link) if link else None)
            entry.also = [h for other in links[1:] if (h := self.heading(other)) is not None]
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
            self.by_text.get(text_key(link.text)),
        ):
            if found is not None:
                return found
        return None


class _Checker:
    def __init__(
        self, doc: Document, options: Options, toc_heading: int, items: list[TocItem],
        anchored: set[str],
    ) -> None:
        self.doc = doc
        self.options = options
        self.toc_heading = toc_heading
        self.hand_picked = hand_picked(doc, items)  # top items at several heading levels
        self.omitted = {text_key(name) for name in options.omit}
        # headings listed anywhere in the table of contents
        self.listed = {h for i in flatten(items) for h in i.reached()}
        self.heading_keys = {text_key(h.text) for h in doc.headings}
        self.anchored = anchored  # anchors set over headings: labels there are the author's
        # where the indexed part starts: the headings between the table of contents and
        # the first it lists (a pinned note, a legend) are left out on purpose
        self.start = min((h for h in self.listed if h > toc_heading), default=toc_heading + 1)

    def here(self, expected: list[int], items: list[TocItem]) -> list[int]:
        """The expected headings of one level, less those listed at another level: the
        author put them there, and listing them twice helps nobody. A level that lists
        fewer than half of its headings, where those left out repeat one another's names,
        indexes topics and leaves out their parts on purpose (each language of "NLP per
        Language", not the Libraries and Datasets each language has)."""
        at_this_level = {h for i in items for h in i.reached()}
        # a second heading of a listed heading's name is that heading written twice
        names = {text_key(self.doc.headings[h].text) for h in at_this_level if h in expected}
        wanted = [
            h for h in expected if h in at_this_level
            or (h not in self.listed and text_key(self.doc.headings[h].text) not in names)
        ]
        listed = [h for h in wanted if h in at_this_level]
        if listed and len(listed) * 2 < len(wanted) and self.repeat_names(wanted, listed):
            return listed
        return wanted

    def repeat_names(self, wanted: list[int], listed: list[int]) -> bool:
        left_out = Counter(
            text_key(self.doc.headings[h].text) for h in wanted if h not in listed
        )
        return any(count > 1 for count in left_out.values())

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
        """Named in `omit`, or ending with such a name ("valuable Contributors 👩‍💻 :")."""
        if has_omit_comment(heading.raw) or text_key(heading.text) in self.omitted:
            return True
        words = [text_key(word) for word in heading.text.split()]
        return next((w for w in reversed(words) if w), "") in self.omitted

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
        start = max(heading + 1, self.start)
        return self.expected(start, end, self.doc.headings[heading].level + 1)

    def compare(
        self, items: list[TocItem], expected: list[int], block: ListBlock, depth: int
    ) -> Iterator[Finding]:
        expected = self.here(expected, items)
        listed = {h for i in items for h in i.reached()}
        missing = [self.doc.headings[h].text for h in expected if h not in listed]
        if missing and not (depth == 1 and self.hand_picked):
            lacks = f"the table of contents lacks {quoted_names(missing)}"
            yield self.finding(lacks, block.items[0])
        # an alphabetical table of contents is in its own order, not the headings'
        alphabetical = is_alphabetical(items)
        in_order = {id(i) for i in items} if alphabetical else in_heading_order(items, expected)
        for item in items:
            if item.heading in expected:
                yield from self.placement(item, id(item) in in_order)
            if item.sublist is None:
                continue
            max_depth = self.options.max_depth
            if max_depth is not None and depth >= max_depth:
                name = item.link.text if item.link else ""
                yield self.finding(
                    f"the table of contents nests deeper than {max_depth} levels "
                    f"under '{name}'", item.item,
                )
            elif item.heading is not None:  # not a broken link (broken-anchor's)
                children = self.children(item.heading)
                yield from self.compare(item.children, children, item.sublist, depth + 1)

    def placement(self, item: TocItem, in_order: bool) -> Iterator[Finding]:
        """An item for an expected heading: out of order, or naming another heading?"""
        assert item.heading is not None
        heading = self.doc.headings[item.heading]
        if not in_order:
            yield self.finding(
                f"'{heading.text}' is out of order in the table of contents", item.item
            )
        if item.link and self.names_another(item.link, heading):
            yield self.finding(
                f"the table of contents says '{item.link.text}' for the heading "
                f"'{heading.text}'", item.item,
            )

    def names_another(self, link: Link, heading: HeadingNode) -> bool:
        """Does the item's text name another heading than the one its link reaches? (A
        label of the author's own, "MOOCs" for "Massively Open Online Courses", is fine,
        and so is any label of a link to an anchor the author set over the heading.)"""
        if same_text(link.text, heading.text) or fragment_of(link.url) in self.anchored:
            return False
        return text_key(link.text) in self.heading_keys

    def finding(self, message: str, item: ListItem) -> Finding:
        return Finding(Toc.name, message, item.marker_span)
