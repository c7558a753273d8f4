"""Tables of contents: their items, and the text keys that tell which heading a title or an
item's text names."""

from __future__ import annotations

import bisect
import difflib
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

import regex

from awesome_lint.document import Document, Link, ListBlock, ListItem, Paragraph

_TOC_TITLES = {"contents", "table of contents", "目录"}
_OMIT_COMMENT = regex.compile(r"<!--\s*omit (?:in|from) toc\s*-->", regex.I)
_NOT_WORD = regex.compile(r"[^\p{L}\p{N}]+")
_SHORTCODE = regex.compile(r":[a-z0-9_+-]+:|&[a-z]+;|<[^<>]*>")


@dataclass
class TocItem:
    """One line of the table of contents and the items nested under it."""

    item: ListItem
    link: Link | None  # its #fragment link
    heading: int | None  # index into doc.headings of the heading it reaches
    children: list[TocItem] = field(default_factory=list)
    sublist: ListBlock | None = None
    # headings its other links reach: "[Books for Algorithms](…) | [Books for Maths](…)"
    also: list[int] = field(default_factory=list)

    def reached(self) -> list[int]:
        """The headings the item's links reach."""
        return ([] if self.heading is None else [self.heading]) + self.also


def flatten(items: list[TocItem]) -> Iterator[TocItem]:
    """Every item, each before the items nested under it."""
    for item in items:
        yield item
        yield from flatten(item.children)


def is_toc_title(raw_heading: str) -> bool:
    """Does the heading read "Contents" or "Table of Contents" (emoji and markup aside)?"""
    title = _NOT_WORD.sub(" ", _SHORTCODE.sub(" ", raw_heading)).strip().lower()
    return title in _TOC_TITLES


def has_omit_comment(raw_heading: str) -> bool:
    """Does the heading ask to be left out of the table of contents (`<!-- omit in toc -->`)?"""
    return bool(_OMIT_COMMENT.search(raw_heading))


def same_text(said: str, heading: str) -> bool:
    """Does the item name its heading? A shortened name is fine: "Tools" for "Tools [TOC]"."""
    said_key, heading_key = text_key(said), text_key(heading)
    return bool(said_key) and (said_key in heading_key or heading_key in said_key)


def text_key(text: str) -> str:
    """The text's letters and digits, case-folded, without shortcodes, entities and tags: two
    texts with one key name the same heading."""
    plain = _SHORTCODE.sub("", text)
    return str(_NOT_WORD.sub("", plain)).casefold()


ALPHABETICAL_SHARE = 0.8  # of a level's items in alphabetical order: the author sorts them


def is_alphabetical(items: list[TocItem]) -> bool:
    """Does the author keep this level of the table of contents in alphabetical order (all
    but an item added at the end, say) rather than in the order of the headings?"""
    keys = [text_key(item.link.text) for item in items if item.link is not None]
    if len(keys) < 4 or _longest_sorted_run(keys) < ALPHABETICAL_SHARE * len(keys):
        return False
    # "Models, OS Images, Tools, Projects, Resources": in the headings' order, and four
    # of five in alphabetical order by chance
    headings = [item.heading for item in items if item.heading is not None]
    return _longest_sorted_run(keys) > _longest_sorted_run(headings)


def _longest_sorted_run(keys: list[str] | list[int]) -> int:
    """The length of the longest subsequence in sorted order (patience sorting)."""
    tails: list[Any] = []
    for key in keys:
        index = bisect.bisect_right(tails, key)
        if index == len(tails):
            tails.append(key)
        else:
            tails[index] = key
    return len(tails)


def alphabetical_order(
    items: list[TocItem], missing: list[tuple[int, str]]
) -> list[tuple[int | None, TocItem | None]]:
    """The items as the author ordered them, each missing heading (index, text) before
    the first item that sorts after it."""
    order: list[tuple[int | None, TocItem | None]] = []
    pending = sorted(missing, key=lambda heading: text_key(heading[1]))
    for item in items:
        key = text_key(item.link.text) if item.link is not None else ""
        while pending and item.link is not None and text_key(pending[0][1]) < key:
            order.append((pending.pop(0)[0], None))
        order.append((item.heading, item))
    order += [(heading, None) for heading, _ in pending]
    return order


def hand_picked(doc: Document, items: list[TocItem]) -> bool:
    """Do the top items link headings of several levels, each of two at least three
    times ("- [Books](#books)" a `###`, "- [Tools](#tools)" a `##`, "- [LLM](#llm)" a
    `#`)? Then the author picked the headings to index, and one level's missing ones
    are no omission."""
    levels = Counter(doc.headings[i.heading].level for i in items if i.heading is not None)
    return sum(count >= HAND_PICKED_MIN for count in levels.values()) >= 2


HAND_PICKED_MIN = 3


def top_level(doc: Document, items: list[TocItem]) -> int | None:
    """The heading level the top items list, if most of them reach a heading."""
    levels = Counter(doc.headings[i.heading].level for i in items if i.heading is not None)
    if not levels or sum(levels.values()) * 2 < len(items):
        return None
    return levels.most_common(1)[0][0]


def anchors_over_headings(doc: Document) -> dict[str, int]:
    """The HTML anchors on the line right above a heading (`<a name="intro"></a>` over
    `## Introduction`), each with the heading's index in doc.headings: a link to the
    anchor is a link to the heading."""
    found: dict[str, int] = {}
    for index, heading in enumerate(doc.headings):
        start = heading.span.start
        line_start = doc.text.rfind("\n", 0, max(0, start - 1)) + 1
        line = doc.text[line_start:start]
        if _ANCHOR_LINE.fullmatch(line.strip()):
            for name in _ANCHOR_NAME.findall(line):
                found.setdefault(name, index)
    return found


_ANCHOR_LINE = regex.compile(r"(?:<a\s[^<>]{0,200}>\s*</a>\s*)+", regex.I)
_ANCHOR_NAME = regex.compile(r"""\b(?:name|id)\s*=\s*["']?([^"'\s>]+)""", regex.I)


def quoted_names(texts: list[str]) -> str:
    """The names quoted and joined: 'A' and 'B'; 'A', 'B', 'C' and 2 more."""
    quoted = [f"'{t}'" for t in texts]
    if len(quoted) > 4:
        return ", ".join(quoted[:3]) + f" and {len(quoted) - 3} more"
    return ", ".join(quoted[:-1]) + " and " + quoted[-1] if len(quoted) > 1 else quoted[0]


def in_heading_order(items: list[TocItem], expected: list[int]) -> set[int]:
    """ids of the items that sit where the heading order puts them."""
    keys = [i.heading if i.heading is not None else -1 - n for n, i in enumerate(items)]
    matcher = difflib.SequenceMatcher(None, keys, expected, autojunk=False)
    return {
        id(items[a + k]) for a, _, size in matcher.get_matching_blocks() for k in range(size)
    }


def fragment_links(item: ListItem) -> list[Link]:
    """The in-page links of an item's own line ("[A](#a) | [B](#b)")."""
    first = item.children[0] if item.children else None
    if not isinstance(first, Paragraph):
        return []
    return [li for li in first.inline.links if li.url.startswith("#") and not li.image]
