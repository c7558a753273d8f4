"""list-item: entries written as `- [Name](https://…) - Description.`, the awesome list format."""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache, lru_cache

import regex

from awesome_lint.document import Document
from awesome_lint.document.blocks import Block, ListBlock, ListItem, Paragraph, walk
from awesome_lint.document.inline import Inline, Link
from awesome_lint.document.model import is_badge_url, links_between, only_images
from awesome_lint.fixes import Applicability, Edit, Finding, Fix
from awesome_lint.registry import Rule, register
from awesome_lint.rules.spell_check import builtin_names
from awesome_lint.source import Span

_ABSOLUTE_URL = re.compile(r"(?:[a-z][a-z0-9+.-]*://[^\s/?#]+|mailto:\S+@)\S*", re.I)
# Between two names of one entry: "[A](…), [B](…)", "[A](…) / [B](…)".
_JOINER = regex.compile(r"\s*(?:,|/|&|\||\band\b|\bor\b)\s*$")
# Metadata that may stand between the name and the separator: "(Go)", "`v2`", "**NEW**".
_METADATA = regex.compile(
    r"\s*(?:\([^()\n]*\)|\[\[[^\]\n]*\]\([^()\s]*\)\]|`[^`\n]*`"
    r"|\*\*[^*\n]+\*\*|\*[^*\n]+\*|_[^_\n]+_)"
)
_SEPARATOR = regex.compile(r"([ \t\u00a0]*)(-{1,3}|[\u2013\u2014:])?([ \t\u00a0]*)")
_EMOJI_RUN = (
    r"(?:[\p{Extended_Pictographic}\p{Emoji_Modifier}\p{Regional_Indicator}\uFE0F\u200D\u20E3]"
    r"|:[a-z0-9_+-]+:)+"
)
_EMOJI = regex.compile(_EMOJI_RUN)
_LAST_EMOJI = regex.compile(_EMOJI_RUN, regex.REVERSE)
_PARENTHETICAL = regex.compile(r"\s*([*_]{0,2})\([^()]*\)\1\s*")
# Patterns for the end of a text are matched backwards from the end (REVERSE + match):
# searched forwards, `X+$` tries every start in a run of X, which is quadratic.
_ENDS_WELL = regex.compile(r"[.!?…。！？．]+[\"”’»」』]?", regex.REVERSE)
_QUOTE_SANDWICH = regex.compile(r"[.!?…][\"”][.!?…]+", regex.REVERSE)  # 'the "end.".'
_ONLY_CODE = regex.compile(r"`[^`]*`[.!?…]*")
# Scripts where a sentence starts with a capital letter.
_LOWER_CASE_WORD = regex.compile(r"(?:(?=\p{Ll})[\p{Latin}\p{Greek}\p{Cyrillic}])+")
_FIRST_WORD = regex.compile(r"[^-\s;./']+")
_TRAILING_PUNCTUATION = regex.compile(r"(?:['’]s)?[,:;.!?)]*", regex.REVERSE)
_TAG = regex.compile(r"</?[A-Za-z][^<>]*>")
_NO_SPACE_ITEM = regex.compile(r"[-*+]\[")
# **[⬆ back to top](#contents)**; possessive, and no "[" before the link: nothing to retry
_BACK_LINK = regex.compile(r"[^\w\[]*+\[[^\]]*+\]\(#[^)\s]*+\)\W*+")
_BYLINE = regex.compile(r"(\*{1,2}|_{1,2})[^*_]+\1")  # "*Stephen Whitmore*"
_CLOSING_PARENTHETICAL = regex.compile(r"[.!?…][\"”’]?\s*[*_]*\([^()]*\)", regex.REVERSE)
_TOKEN_PARTS = regex.compile(r"[^\p{L}\p{N}]+")
_MARKS = regex.compile(r"[`*_~]")
_IDENTIFIER_MARK = regex.compile(r"[/._\p{N}\p{Lu}]")
_PATH_OR_SPACE = regex.compile(r"[/\s]+")
_NOT_NAMES = frozenset({"a", "an", "the", "is", "it", "in", "of", "to", "for", "and", "or", "on"})


@dataclass(frozen=True)
class Options:
    check_all_lists: bool = False  # also in documents that do not use `[name](url) - Description.`
    lowercase_words: tuple[str, ...] = ()  # words a description may start with in lower case


@register
class ListItemFormat(Rule):
    name = "list-item"
    summary = "Entries are written `- [Name](https://…) - Description.`"
    fixable = "sometimes"
    npm_names = ("awesome-list-item",)
    Options = Options

    def check(self, doc: Document) -> Iterator[Finding]:
        yield from _missing_marker_spaces(doc)
        entries = list_entries(doc)
        if not self.options.check_all_lists and not _uses_awesome_format(entries):
            return
        lowercase = _lowercase_names() | {w.lower() for w in self.options.lowercase_words}
        for entry in entries:
            yield from entry.problems(lowercase)
        yield from _markers(entries)


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
        rest = _EMOJI.sub("", self.rest_text).strip()
        return bool(rest) and not _PARENTHETICAL.fullmatch(rest)

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
        if not self.has_description() or not self.separator_is_dash_like():
            return None
        return Span(self.separator().end(), self.rest.end)

    def problems(self, lowercase: frozenset[str]) -> Iterator[Finding]:
        link_problem = self.link_problem()
        if link_problem:
            yield link_problem
            return
        if not self.has_description():
            return
        separator = self.separator()
        if separator.group(0) != " - " or separator.end() == self.rest.end:
            yield self.separator_finding(separator)
            if not separator.group(2):
                return  # without a separator, where the description starts is a guess
        description = Span(separator.end(), self.description_end())
        yield from self.ending(description)
        yield from self.casing(description, lowercase)

    def description_end(self) -> int:
        """The paragraph's end, before any "[back to top](#contents)" line that Markdown
        joined to the item because no blank line separates them."""
        end = self.rest.end
        for line in reversed(self.paragraph.lines[1:]):
            back_link = _BACK_LINK.fullmatch(self.text, line.start, line.end)
            if line.start < self.rest.start or not back_link:
                break
            end = _rstrip_space(self.text, self.rest.start, line.start)
        return end

    def link_problem(self) -> Finding | None:
        link = self.link
        if link.kind == "link" and not _ABSOLUTE_URL.fullmatch(link.url):
            shown = f"'{link.url}'" if link.url else "nothing"
            return self.finding(
                f"the entry's link points to {shown}; it needs an absolute URL "
                "(https://…)", link.span
            )
        if not self.name:
            return self.finding("the entry's link has no text: name what it links to", link.span)
        return None

    def separator_finding(self, separator: regex.Match[str]) -> Finding:
        span = Span(separator.start(), separator.end())
        dash = separator.group(2) or ""
        if not dash:
            found = "nothing"
        elif dash in "\u2013\u2014":
            found = "an en dash" if dash == "\u2013" else "an em dash"
        elif dash == ":":
            found = "a colon"
        elif dash != "-":
            found = f"'{dash}'"
        else:
            found = f"'{separator.group(0)}'".replace("\u00a0", "<no-break space>")
        message = f"separate the name and the description with ' - ', not {found}"
        fixable = separator.end() < self.rest.end and (
            dash or (separator.group(1) and self.text[separator.end()].isalnum())
        )
        fix = Fix("Separate with ' - '", (Edit(span, " - "),)) if fixable else None
        return self.finding(message, span, fix)

    def ending(self, description: Span) -> Iterator[Finding]:
        end = self.content_end(description)
        if end <= description.start:
            return
        rendered = self.rendered(Span(description.start, end))
        if _ONLY_CODE.fullmatch(rendered.strip()):
            separator = Span(self.rest.start, description.start)
            yield self.finding("the description is only code: describe it in words", separator)
            return
        plain = _without_trailing_markup(rendered)
        core = _without_trailing_markup(_without_code_chips(plain))  # "Does this. `MIT` `Go`"
        if any(_ends_well(t) for t in (plain, core)) or _CLOSING_PARENTHETICAL.match(core):
            return  # "Does this. `MIT` `Go`", "Does this. (Japanese)"
        if _BYLINE.fullmatch(rendered.strip()):
            return  # "*Stephen Whitmore*": an author, not a sentence
        after = self.rendered(Span(end, description.end))
        if _EMOJI.search(after) and len(plain.split()) <= 2:
            return  # "[Preview](…) 💲": a word or two and an emoji
        last = Span(self.last_word_start(description.start, end), end)
        if self.doc.is_opaque(last.start):
            last = Span(end, end)  # the last word is code
        if plain.endswith(":") and len(self.item.children) > 1:
            return  # introduces the items below it
        message = "end the description with '.', '!', '?' or '…'"
        fix = None
        if plain[-1:].isalnum() or plain[-1:] in ")\"”’'`":
            fix = Fix("Add a full stop", (Edit(Span(end, end), "."),))
        yield self.finding(message, last, fix)

    def casing(self, description: Span, lowercase: frozenset[str]) -> Iterator[Finding]:
        word = _FIRST_WORD.match(self.text, description.start, description.end)
        if word is None:
            return
        first = word.group(0)
        token = self.text[word.start() : description.end].split(maxsplit=1)[0]
        token = _without_end(_TRAILING_PUNCTUATION, token)
        if not _LOWER_CASE_WORD.fullmatch(first) or first in lowercase:
            return  # "iOS", "p2p", "`code`", "“Quoted”", "npm"
        if token != first and _IDENTIFIER_MARK.search(token):
            return  # "net/http.Client", "dogpile.cache": an identifier
        if token.lower() in self.name_words() and token.lower() not in _NOT_NAMES:
            return  # "uv's backend", "iced components": the entry's own name
        at = Span(word.start(), word.end())
        capital = first[0].upper() + first[1:]
        fix = Fix(f"Write '{capital}'", (Edit(at, capital),), Applicability.UNSAFE)
        yield self.finding(f"start the description with a capital letter: '{first}'", at, fix)

    def name_words(self) -> set[str]:
        """The words of the name and of the links beside it, and each whole."""
        names = [self.link.text, self.link.url]
        names += [li.text for li in self.links_in(Span(self.link.span.end, self.rest.start))]
        words = {n.lower() for n in names}
        for name in names:
            words.update(w for w in _PATH_OR_SPACE.split(name.lower()) if w)  # "kafka-go"
            words.update(w for w in _TOKEN_PARTS.split(name.lower()) if w)  # "kafka", "go"
        return words

    def content_end(self, description: Span) -> int:
        """Where the description's words end: before trailing badges, images, code chips,
        HTML tags and emoji."""
        end = description.end
        links = self.links_in(description)
        badge_ending_at: dict[int, Link] = {}
        for link in reversed(links):  # the outermost of those ending at one place wins
            if link.image or _badge_link(self.text, link, links) or is_badge_url(link.url):
                badge_ending_at[link.span.end] = link
        while end > description.start:
            before = end
            end = _rstrip_space(self.text, description.start, end)
            badge = badge_ending_at.get(end)
            if badge is not None:
                end = badge.span.start
            end = _strip_end(self.text, description.start, end)
            if end == before:
                break
        return end

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

    def last_word_start(self, start: int, end: int) -> int:
        space = max(self.text.rfind(" ", start, end - 1), self.text.rfind("\n", start, end - 1))
        return space + 1 if space >= start else start

    def links_in(self, span: Span) -> list[Link]:
        inline = self.doc.inlines[self.paragraph.span.start]
        return links_between(inline.links, span.start, span.end)

    def finding(self, message: str, span: Span, fix: Fix | None = None) -> Finding:
        return Finding(ListItemFormat.name, message, span, fix=fix)


@lru_cache(maxsize=2)  # the document being linted: every rule that reads entries shares them
def list_entries(doc: Document) -> tuple[ListEntry, ...]:
    """The document's list items that start with a link."""
    return tuple(_find_entries(doc))


def _find_entries(doc: Document) -> Iterator[ListEntry]:
    for block, _section in doc.lists:
        for item in block.items:
            first = item.children[0] if item.children else None
            if isinstance(first, Paragraph):
                entry = _entry(doc, block, item, first)
                if entry is not None:
                    yield entry


def _entry(
    doc: Document, block: ListBlock, item: ListItem, paragraph: Paragraph
) -> ListEntry | None:
    """The item as an entry, if it starts with a link (after any badges)."""
    inline = doc.inlines[paragraph.span.start]
    text = doc.text
    position = paragraph.span.start
    name: Link | None = None
    for link in _top_level(inline):
        if text[position : link.span.start].strip() and not (
            name and _JOINER.fullmatch(text, position, link.span.start)
        ):
            break
        if link.image or _badge_link(doc.text, link, inline.links):
            if name:
                break
            position = link.span.end
            continue
        if link.kind not in ("link", "reference") or link.url.startswith("#"):
            return None
        name, position = link, link.span.end
    if name is None:
        return None
    position = _skip_badges_and_metadata(doc, inline, position, paragraph.span.end)
    return ListEntry(doc, block, item, paragraph, name, Span(position, paragraph.span.end))


def _skip_badges_and_metadata(doc: Document, inline: Inline, position: int, end: int) -> int:
    """Past the badges right after the name, and past "(Go)" / `v2` / **NEW** /
    [[crate](…)] chips too when a separator follows them."""
    after_badges = _skip(doc, inline, position, end, metadata=False)
    after_all = _skip(doc, inline, after_badges, end, metadata=True)
    separator = _SEPARATOR.match(doc.text, after_all, end)
    if (separator and separator.group(2)) or not doc.text[after_all:end].strip():
        return after_all  # "[BLAS](…) [[blas](…)]" has no description
    return after_badges


def _skip(doc: Document, inline: Inline, position: int, end: int, *, metadata: bool) -> int:
    text = doc.text
    badges = [
        link for link in _top_level(inline)
        if link.span.start >= position and (link.image or _badge_link(text, link, inline.links))
    ]
    next_badge = 0
    while True:
        moved = position
        while next_badge < len(badges) and badges[next_badge].span.start < position:
            next_badge += 1
        if next_badge < len(badges):
            badge = badges[next_badge]
            if not text[position : badge.span.start].strip():
                moved = badge.span.end
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


def _badge_link(text: str, link: Link, links: tuple[Link, ...] | list[Link]) -> bool:
    """A link whose text is images and nothing else: `[![stars](…)](…)`."""
    return not link.image and bool(link.text.strip()) and only_images(link, links, text)


def _rstrip_space(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1].isspace():
        end -= 1
    return end


def _strip_end(text: str, start: int, end: int) -> int:
    """Before one trailing emoji run, HTML tag or separator left before badges."""
    emoji = _last_match(_LAST_EMOJI, text, start, end)
    if emoji is not None:
        return emoji
    if text[end - 1 : end] in ("-", "\u2013", "\u2014", "|") and text[end - 2 : end - 1].isspace():
        return end - 1  # "Does this. - [![badge](…)](…)"
    if text[end - 1 : end] == ">":
        tag = text.rfind("<", start, end)
        if tag > start and _TAG.fullmatch(text, tag, end):
            return tag
    return end


def _ends_well(plain: str) -> bool:
    return bool(_ENDS_WELL.match(plain)) and not _QUOTE_SANDWICH.match(plain)


# The two scanners below do what `(?:[\s*_~]|<[^<>]*>)+$` and `(?:\s*`[^`\n]+`)+$` would:
# the regex module takes time quadratic in the length of such repeated groups.


def _without_trailing_markup(text: str) -> str:
    """The text without trailing spaces, emphasis marks and HTML tags."""
    end = len(text)
    while end:
        char = text[end - 1]
        if char.isspace() or char in "*_~":
            end -= 1
            continue
        opening = text.rfind("<", 0, end - 1) if char == ">" else -1
        if opening < 0 or text.find(">", opening, end - 1) >= 0:
            break
        end = opening
    return text[:end]


def _without_code_chips(text: str) -> str:
    """The text without the code chips it ends with ("Does this. `MIT` `Go`")."""
    end = len(text)
    while end and text[end - 1] == "`":
        opening = text.rfind("`", 0, end - 1)
        if opening < 0 or opening >= end - 2 or text.find("\n", opening, end) >= 0:
            break
        end = opening
        while end and text[end - 1].isspace():
            end -= 1
    return text[:end]


def _without_end(backwards: regex.Pattern[str], text: str) -> str:
    """The text without what a REVERSE pattern matches at its end."""
    match = backwards.match(text)
    return text[: match.start()] if match else text


def _last_match(backwards: regex.Pattern[str], text: str, start: int, end: int) -> int | None:
    """Where a REVERSE pattern's match ending at `end` starts, if after `start`."""
    match = backwards.match(text, start, end) if end > start else None
    if match is not None and match.start() > start:
        return int(match.start())
    return None


def _uses_awesome_format(entries: tuple[ListEntry, ...]) -> bool:
    """Do most described entries separate name and description with a dash (or a near miss)?"""
    described = [e for e in entries if e.has_description()]
    dashed = sum(e.separator_is_dash_like() for e in described)
    return bool(described) and dashed * 2 >= len(described)


def _markers(entries: tuple[ListEntry, ...]) -> Iterator[Finding]:
    """One finding per top-level list holding entries whose markers are not all '-'; the
    fix changes every bullet marker in it, nested lists included."""
    tops = _top_lists(entries[0].doc) if entries else {}
    touching = _touching_lists(entries[0].doc) if entries else set()
    seen: set[int] = set()
    for entry in entries:
        top = tops.get(id(entry.block), entry.block)
        if id(top) in seen or top.ordered:
            continue
        seen.add(id(top))
        lists = list(_bullet_lists(top))
        markers = [i.marker_span for b in lists for i in b.items if i.marker != "-"]
        if markers:
            marker = entry.text[markers[0].start : markers[0].end]
            # Lists that follow each other are two lists only because their markers
            # differ: one marker would join them into one (and change how they render).
            joins = any(id(b) in touching for b in lists)
            fix = Fix("Use '-' as the marker", tuple(Edit(m, "-") for m in markers))
            yield Finding(
                ListItemFormat.name,
                f"this list uses '{marker}' as its marker; awesome lists use '-'",
                markers[0],
                fix=None if joins else fix,
            )
    for entry in entries:
        yield from _marker_spacing(entry)


def _touching_lists(doc: Document) -> set[int]:
    """Ids of bullet lists with another bullet list right before or after them: nothing
    but blank lines (or quote markers) between the two."""
    top = doc.top_blocks()
    lists = sorted((b for b in walk(top) if _bullets(b)), key=lambda b: b.span.start)
    touching: set[int] = set()
    for before, after in itertools.pairwise(lists):
        between = doc.text[before.span.end : after.span.start]
        if after.span.start >= before.span.end and not between.replace(">", "").strip():
            touching.update((id(before), id(after)))
    return touching


def _bullets(block: Block) -> bool:
    return isinstance(block, ListBlock) and not block.ordered


def _top_lists(doc: Document) -> dict[int, ListBlock]:
    """Each list's outermost enclosing list (itself, at the top), by id."""
    tops: dict[int, ListBlock] = {}
    for block, _ in doc.lists:
        if id(block) not in tops:  # doc.lists has parents before the lists inside them
            for nested in walk([block]):
                if isinstance(nested, ListBlock):
                    tops.setdefault(id(nested), block)
    return tops


def _bullet_lists(block: ListBlock) -> Iterator[ListBlock]:
    for nested in walk([block]):
        if isinstance(nested, ListBlock) and not nested.ordered:
            yield nested


def _marker_spacing(entry: ListEntry) -> Iterator[Finding]:
    text, item = entry.text, entry.item
    gap = Span(entry.item.marker_span.end, entry.paragraph.span.start)
    if text[gap.start : gap.end] == " " or entry.block.ordered:
        return
    shown = text[gap.start : gap.end].replace("\t", "<tab>")
    yield Finding(
        ListItemFormat.name,
        f"one space after the list marker, not '{shown}'",
        Span(item.marker_span.start, gap.end),
        fix=Fix("Leave one space after the marker", (Edit(gap, " "),)),
    )


def _missing_marker_spaces(doc: Document) -> Iterator[Finding]:
    """`-[Name](…)`: meant as an entry, rendered as a paragraph."""
    top = doc.top_blocks()
    for block in walk(top):
        if not isinstance(block, Paragraph):
            continue
        starts = {li.span.start for li in doc.inlines[block.span.start].links if not li.image}
        for line in block.lines:
            if _NO_SPACE_ITEM.match(doc.text, line.start) and line.start + 1 in starts:
                marker = Span(line.start, line.start + 1)
                space = Edit(Span(marker.end, marker.end), " ")
                yield Finding(
                    ListItemFormat.name,
                    f"'{doc.text[line.start]}[' is not a list item: put a space after the marker",
                    marker,
                    fix=Fix("Add a space after the marker", (space,)),
                )


@cache
def _lowercase_names() -> frozenset[str]:
    """Product names written in lower case (npm, pnpm): a description may start with them."""
    return frozenset(n.right for n in builtin_names().values() if n.right == n.right.lower())
