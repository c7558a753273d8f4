"""list-item: entries written as `- [Name](https://…) - Description.`, the awesome list format."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

import regex

from awesome_lint.document import (
    Document,
    Link,
    ListEntry,
    Paragraph,
    Span,
    is_badge_link,
    is_badge_url,
    walk,
)
from awesome_lint.fixes import Applicability, Edit, Finding, Fix, Fixability
from awesome_lint.lists import ListNesting, bullet_lists
from awesome_lint.names import lowercase_names
from awesome_lint.registry import Rule, register
from awesome_lint.text_ends import (
    EMOJI_RUN,
    ends_well,
    last_word_start,
    rstrip_space,
    strip_end,
    without_code_chips,
    without_end,
    without_trailing_markup,
)

_ABSOLUTE_URL = re.compile(r"(?:[a-z][a-z0-9+.-]*://[^\s/?#]+|mailto:\S+@)\S*", re.I)
_EMOJI = regex.compile(EMOJI_RUN)
_ONLY_CODE = regex.compile(r"`[^`]*`[.!?…]*")
# Scripts where a sentence starts with a capital letter.
_LOWER_CASE_WORD = regex.compile(r"(?:(?=\p{Ll})[\p{Latin}\p{Greek}\p{Cyrillic}])+")
_FIRST_WORD = regex.compile(r"[^-\s;./']+")
_TRAILING_PUNCTUATION = regex.compile(r"(?:['’]s)?[,:;.!?)]*", regex.REVERSE)
_NO_SPACE_ITEM = regex.compile(r"[-*+]\[")
# **[⬆ back to top](#contents)**; possessive, and no "[" before the link: nothing to retry
_BACK_LINK = regex.compile(r"[^\w\[]*+\[[^\]]*+\]\(#[^)\s]*+\)\W*+")
_BYLINE = regex.compile(r"(\*{1,2}|_{1,2})[^*_]+\1")  # "*Stephen Whitmore*"
_CLOSING_PARENTHETICAL = regex.compile(r"[.!?…][\"”’]?\s*[*_]*\([^()]*\)", regex.REVERSE)
_TOKEN_PARTS = regex.compile(r"[^\p{L}\p{N}]+")
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
    preset = "awesome"
    summary = "Entries are written `- [Name](https://…) - Description.`"
    fixable = Fixability.SOMETIMES
    fix_safety = (Applicability.SAFE, Applicability.UNSAFE)
    npm_names = ("awesome-list-item",)
    Options = Options

    def check(self, doc: Document) -> Iterator[Finding]:
        yield from _missing_marker_spaces(doc)
        entries = doc.list_entries
        if not self.options.check_all_lists and not _uses_awesome_format(entries):
            return
        lowercase = lowercase_names() | {w.lower() for w in self.options.lowercase_words}
        for entry in entries:
            yield from _EntryCheck(entry).problems(lowercase)
        yield from _markers(entries)


@dataclass
class _EntryCheck:
    """The list-item checks of one entry."""

    entry: ListEntry

    def problems(self, lowercase: frozenset[str]) -> Iterator[Finding]:
        link_problem = self.link_problem()
        if link_problem:
            yield link_problem
            return
        if not self.entry.has_description():
            return
        separator = self.entry.separator()
        if separator.group(0) != " - " or separator.end() == self.entry.rest.end:
            yield self.separator_finding(separator)
            if not separator.group(2):
                return  # without a separator, where the description starts is a guess
        description = Span(separator.end(), self.description_end())
        yield from self.ending(description)
        yield from self.casing(description, lowercase)

    def description_end(self) -> int:
        """The paragraph's end, before any "[back to top](#contents)" line that Markdown
        joined to the item because no blank line separates them."""
        end = self.entry.rest.end
        for line in reversed(self.entry.paragraph.lines[1:]):
            back_link = _BACK_LINK.fullmatch(self.entry.text, line.start, line.end)
            if line.start < self.entry.rest.start or not back_link:
                break
            end = rstrip_space(self.entry.text, self.entry.rest.start, line.start)
        return end

    def link_problem(self) -> Finding | None:
        link = self.entry.link
        if link.kind == "link" and not _ABSOLUTE_URL.fullmatch(link.url):
            shown = f"'{link.url}'" if link.url else "nothing"
            return self.finding(
                f"the entry's link points to {shown}; it needs an absolute URL "
                "(https://…)", link.span
            )
        if not self.entry.name:
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
        fixable = separator.end() < self.entry.rest.end and (
            dash or (separator.group(1) and self.entry.text[separator.end()].isalnum())
        )
        fix = Fix("Separate with ' - '", (Edit(span, " - "),)) if fixable else None
        return self.finding(message, span, fix)

    def ending(self, description: Span) -> Iterator[Finding]:
        end = self.content_end(description)
        if end <= description.start:
            return
        rendered = self.entry.rendered(Span(description.start, end))
        if _ONLY_CODE.fullmatch(rendered.strip()):
            separator = Span(self.entry.rest.start, description.start)
            yield self.finding("the description is only code: describe it in words", separator)
            return
        plain = without_trailing_markup(rendered)
        core = without_trailing_markup(without_code_chips(plain))  # "Does this. `MIT` `Go`"
        if any(ends_well(t) for t in (plain, core)) or _CLOSING_PARENTHETICAL.match(core):
            return  # "Does this. `MIT` `Go`", "Does this. (Japanese)"
        if _BYLINE.fullmatch(rendered.strip()):
            return  # "*Stephen Whitmore*": an author, not a sentence
        after = self.entry.rendered(Span(end, description.end))
        if _EMOJI.search(after) and len(plain.split()) <= 2:
            return  # "[Preview](…) 💲": a word or two and an emoji
        last = Span(last_word_start(self.entry.text, description.start, end), end)
        if self.entry.doc.is_opaque(last.start):
            last = Span(end, end)  # the last word is code
        if plain.endswith(":") and len(self.entry.item.children) > 1:
            return  # introduces the items below it
        message = "end the description with '.', '!', '?' or '…'"
        fix = None
        if plain[-1:].isalnum() or plain[-1:] in ")\"”’'`":
            fix = Fix("Add a full stop", (Edit(Span(end, end), "."),))
        yield self.finding(message, last, fix)

    def casing(self, description: Span, lowercase: frozenset[str]) -> Iterator[Finding]:
        word = _FIRST_WORD.match(self.entry.text, description.start, description.end)
        if word is None:
            return
        first = word.group(0)
        token = self.entry.text[word.start() : description.end].split(maxsplit=1)[0]
        token = without_end(_TRAILING_PUNCTUATION, token)
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
        names = [self.entry.link.text, self.entry.link.url]
        beside = Span(self.entry.link.span.end, self.entry.rest.start)
        names += [li.text for li in self.entry.links_in(beside)]
        words = {n.lower() for n in names}
        for name in names:
            words.update(w for w in _PATH_OR_SPACE.split(name.lower()) if w)  # "kafka-go"
            words.update(w for w in _TOKEN_PARTS.split(name.lower()) if w)  # "kafka", "go"
        return words

    def content_end(self, description: Span) -> int:
        """Where the description's words end: before trailing badges, images, code chips,
        HTML tags and emoji."""
        end = description.end
        links = self.entry.links_in(description)
        badge_ending_at: dict[int, Link] = {}
        for link in reversed(links):  # the outermost of those ending at one place wins
            if link.image or is_badge_link(self.entry.text, link, links) or is_badge_url(link.url):
                badge_ending_at[link.span.end] = link
        while end > description.start:
            before = end
            end = rstrip_space(self.entry.text, description.start, end)
            badge = badge_ending_at.get(end)
            if badge is not None:
                end = badge.span.start
            end = strip_end(self.entry.text, description.start, end)
            if end == before:
                break
        return end

    def finding(self, message: str, span: Span, fix: Fix | None = None) -> Finding:
        return Finding(ListItemFormat.name, message, span, fix=fix)


def _uses_awesome_format(entries: tuple[ListEntry, ...]) -> bool:
    """Do most described entries separate name and description with a dash (or a near miss)?"""
    described = [e for e in entries if e.has_description()]
    dashed = sum(e.separator_is_dash_like() for e in described)
    return bool(described) and dashed * 2 >= len(described)


def _markers(entries: tuple[ListEntry, ...]) -> Iterator[Finding]:
    """One finding per top-level list holding entries whose markers are not all '-'; the
    fix changes every bullet marker in it, nested lists included."""
    if not entries:
        return
    nesting = ListNesting(entries[0].doc)
    seen: set[int] = set()  # starts of the top-level lists seen
    for entry in entries:
        top = nesting.top(entry.block)
        if top.span.start in seen or top.ordered:
            continue
        seen.add(top.span.start)
        lists = list(bullet_lists(top))
        markers = [i.marker_span for b in lists for i in b.items if i.marker != "-"]
        if markers:
            marker = entry.text[markers[0].start : markers[0].end]
            # Lists that follow each other are two lists only because their markers
            # differ: one marker would join them into one (and change how they render).
            joins = any(nesting.touches_another(b) for b in lists)
            fix = Fix("Use '-' as the marker", tuple(Edit(m, "-") for m in markers))
            yield Finding(
                ListItemFormat.name,
                f"this list uses '{marker}' as its marker; awesome lists use '-'",
                markers[0],
                fix=None if joins else fix,
            )
    for entry in entries:
        yield from _marker_spacing(entry)


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
        starts = {li.span.start for li in block.inline.links if not li.image}
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
