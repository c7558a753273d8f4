"""List items that lead with a link: `- [Name](url) - Description.` and its variants.

`leading_names` finds the name links an item leads with and where the rest of its first
paragraph starts; the entry model (`entries.item_entry`) keeps them as `Entry.names` and
`Entry.rest`. `ListEntry` is a view of such an entry for the rules about an item's form
(list-item, no-repeat-item-in-description): the entry with its list, separator and
description helpers. `Document.list_entries` makes the views once per document.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

import regex

from awesome_lint.document.inline import Inline, Link
from awesome_lint.document.model import links_between, only_images
from awesome_lint.document.nodes import ListBlock, ListItem, Paragraph
from awesome_lint.source import Span

if TYPE_CHECKING:
    from awesome_lint.document.model import Document

# Patterns without Unicode properties use `re`: a call costs a third of `regex`'s, and
# some run on every item.
# Between two names of one entry: "[A](…), [B](…)", "[A](…) / [B](…)".
_JOINER = re.compile(r"\s*(?:,|/|&|\||\band\b|\bor\b)\s*$")
# Metadata that may stand between the name and the separator: "(Go)", "`v2`", "**NEW**".
_METADATA = re.compile(
    r"\s*(?:\([^()\n]*\)|\[\[[^\]\n]*\]\([^()\s]*\)\]|`[^`\n]*`"
    r"|\*\*[^*\n]+\*\*|\*[^*\n]+\*|_[^_\n]+_)"
)
# ":-" and ": -" are one separator, a colon and a dash, not a colon and a description
# "[Name](…) -⏎  Does this": a line break after the separator spaces it as well
_SEPARATOR = re.compile(
    r"([ \t\u00a0]*)(:[ \t]*-{1,3}(?!-)|-{1,3}|[\u2013\u2014:\uff1a]|&[nm]dash;|&#821[12];)?"
    r"((?:[ \t\u00a0]*\r?\n)?[ \t\u00a0]*)"
)
_EMOJI_RUN = (
    r"(?:[\p{Extended_Pictographic}\p{Emoji_Modifier}\p{Regional_Indicator}\uFE0F\u200D\u20E3]"
    r"|:[a-z0-9_+-]+:)+"
)
_EMOJI = regex.compile(_EMOJI_RUN)
_EMOJI_OR_SPACE = regex.compile(rf"(?:{_EMOJI_RUN}|\s)*+")
_PARENTHETICAL = re.compile(r"\s*([*_]{0,2})\([^()]*\)\1\s*")
_MARKS = re.compile(r"[`*_~]")
# What may stand before an item's name: emoji, :shortcodes:, a task box, spaces.
_ICONS = regex.compile(
    r"(?:\s|\[[ xX]\]|:[a-z0-9_+-]+:|[\p{Extended_Pictographic}\p{Emoji_Modifier}"
    r"\p{Regional_Indicator}\uFE0F\u200D\u20E3])*+"
)


@dataclass
class ListEntry:
    """A list item that starts with a link: the name, then maybe a description."""

    doc: Document
    block: ListBlock
    item: ListItem
    paragraph: Paragraph
    link: Link  # the name
    rest: Span  # after the name (and any badges and metadata next to it)

    @property
    def text(self) -> str:
        return self.doc.text

    @property
    def rest_text(self) -> str:
        return self.text[self.rest.start : self.rest.end]

    def has_description(self) -> bool:
        return _has_description(self.text, self.rest)

    def separator(self) -> regex.Match[str]:
        match = _SEPARATOR.match(self.text, self.rest.start, self.rest.end)
        assert match is not None  # the pattern matches the empty string
        return match

    def separator_is_dash_like(self) -> bool:
        return bool(self.separator().group(2))

    @property
    def name(self) -> str:
        """The link text without code, emphasis and strike-through marks."""
        return str(_MARKS.sub("", self.link.text)).strip()

    def description(self) -> Span | None:
        """The description after a dash (or en dash, em dash, colon), if there is one."""
        return separator_and_description(self.text, self.rest)[1]

    def rendered(self, span: Span) -> str:
        """The text with links replaced by their text and images dropped."""
        pieces, position = [], span.start
        for link in self.links_in(span):
            if link.span.start < position or link.span.end > span.end:
                continue
            pieces.append(self.text[position : link.span.start])
            if not link.image:
                pieces.append(self.text[link.text_span.start : link.text_span.end])
            position = link.span.end
        pieces.append(self.text[position : span.end])
        return "".join(pieces)

    def links_in(self, span: Span) -> list[Link]:
        return links_between(self.paragraph.inline.links, span.start, span.end)


def _has_description(text: str, rest: Span) -> bool:
    """Words after the name: not only emoji, and not only a "(parenthetical)"."""
    start, end = rest
    word = _first_word(text, start, end)
    if word == end:
        return False
    if text[word] not in "*_(" or "(" not in text[word:end]:
        return True  # the usual case: words that cannot be only a "(parenthetical)"
    words = _EMOJI.sub("", text[start:end]).strip()
    return not _PARENTHETICAL.fullmatch(words)


def _first_word(text: str, start: int, end: int) -> int:
    """Where the first character that is neither a space nor an emoji stands."""
    position = start
    while position < end and text[position] in " \t":
        position += 1
    if position < end and " " < text[position] < "\x7f" and text[position] != ":":
        return position  # an ASCII character: no emoji or :shortcode: to skip
    run = _EMOJI_OR_SPACE.match(text, start, end)  # matches always: it may match nothing
    return int(run.end()) if run else start


def separator_and_description(text: str, rest: Span) -> tuple[Span | None, Span | None]:
    """The dash (or en dash, em dash, colon) after an item's name and chips, and the
    description after it; (None, None) when the item has no dash-separated description."""
    match = _SEPARATOR.match(text, rest.start, rest.end)
    if match is None or not match.group(2) or not _has_description(text, rest):
        return None, None
    return Span(match.start(2), match.end(2)), Span(match.end(), rest.end)


def find_list_entries(doc: Document) -> list[ListEntry]:
    """The entries that are list items leading with their name, each with its list: a
    view of the document's one entry model for the rules about items' form; and the
    items whose name link has no text (`- [](…) - …`: nothing names them, so they are no
    entries, but their form is broken)."""
    list_of = {item.span.start: block for block, _section in doc.lists for item in block.items}
    found = []
    for entry in doc.entries:
        if entry.item is None or entry.rest is None or not entry.names:
            continue
        first = entry.item.children[0]
        if isinstance(first, Paragraph):
            block = list_of[entry.item.span.start]
            found.append(ListEntry(doc, block, entry.item, first, entry.names[-1], entry.rest))
    found.extend(_nameless_items(doc))
    return sorted(found, key=lambda listed: listed.item.span.start)


def _nameless_items(doc: Document) -> Iterator[ListEntry]:
    for block, _section in doc.lists:
        for item in block.items:
            first = item.children[0] if item.children else None
            if not isinstance(first, Paragraph) or not first.inline.links:
                continue
            if first.inline.links[0].text.strip():
                continue  # the usual item: named, so an entry if it is one
            lead = leading_names(doc.text, first.inline, first)
            if lead is not None and not lead[0][-1].text.strip():
                yield ListEntry(doc, block, item, first, lead[0][-1], Span(lead[1], first.span.end))


def leading_names(
    text: str, inline: Inline, paragraph: Paragraph
) -> tuple[list[Link], int] | None:
    """The links a list item's paragraph leads with (after any badges, icons, emoji or
    task box; several when joined: "[A](…), [B](…)"), and where the rest starts: past the
    badges and chips right after the names."""
    position = paragraph.span.start
    names: list[Link] = []
    name: Link | None = None
    for link in _top_level(inline):
        between = text[position : link.span.start]
        if name is None and _ICONS.fullmatch(text, position, link.span.start):
            pass  # "💙 [Name](…)", ":free: [Name](…)", "[x] [Name](…)"
        elif between.strip() and not (name and _JOINER.fullmatch(text, position, link.span.start)):
            break
        if link.image or is_badge_link(text, link, inline.links) or _only_icons(link.text):
            if name and not (_only_icons(link.text) and between.strip()):
                break  # "[Name](…), [:gem:](…) - Does": the gem's page, a chip of the name
            position = link.span.end
            continue
        if link.kind not in ("link", "reference") or link.url.startswith("#"):
            return None
        name, position = link, link.span.end
        names.append(link)
    if name is None:
        return None
    return names, skip_badges_and_metadata(text, inline, position, paragraph.span.end)


def _only_icons(link_text: str) -> bool:
    """'[:copyright:](…)', '[🔗](…)': a chip that links a licence or a site, not a name."""
    return bool(link_text.strip()) and _ICONS.fullmatch(link_text) is not None


def skip_badges_and_metadata(text: str, inline: Inline, position: int, end: int) -> int:
    """Past the badges right after the name, and past "(Go)" / `v2` / **NEW** /
    [[crate](…)] chips too when a separator follows them."""
    if len(inline.links) == 1:  # the name alone: no badges, only chips to skip
        after_badges = position
        after_all = _skip_chips(text, position, end)
    else:
        after_badges = _skip(text, inline, position, end, metadata=False)
        after_all = _skip(text, inline, after_badges, end, metadata=True)
    separator = _SEPARATOR.match(text, after_all, end)
    if (separator and separator.group(2)) or not text[after_all:end].strip():
        return after_all  # "[BLAS](…) [[blas](…)]" has no description
    return after_badges


def _skip_chips(text: str, position: int, end: int) -> int:
    while (chip := _METADATA.match(text, position, end)) and chip.end() != position:
        position = chip.end()
    return position


def _skip(text: str, inline: Inline, position: int, end: int, *, metadata: bool) -> int:
    top = _top_level(inline)
    following = 0  # the first top-level link at or after `position`
    while True:
        moved = position
        while following < len(top) and top[following].span.start < position:
            following += 1
        if following < len(top):
            # Only the next link can be a badge right here: any later one has this
            # link's text before it.
            link = top[following]
            if not text[position : link.span.start].strip() and (
                link.image or is_badge_link(text, link, inline.links)
            ):
                moved = link.span.end
        chip = _METADATA.match(text, moved, end) if metadata else None
        if chip:
            moved = chip.end()
        if moved == position:
            return position
        position = moved


def _top_level(inline: Inline) -> list[Link]:
    """Links and images that are not inside another link's text."""
    found: list[Link] = []
    for link in inline.links:
        if found and found[-1].text_span.start <= link.span.start < found[-1].text_span.end:
            continue
        found.append(link)
    return found


def is_badge_link(text: str, link: Link, links: tuple[Link, ...] | list[Link]) -> bool:
    """A link whose text is images and nothing else: `[![stars](…)](…)`."""
    if link.image or link.text.lstrip()[:1] not in ("!", "<"):
        return False  # text that starts with a word: not only images (the usual case)
    return only_images(link, links, text)
