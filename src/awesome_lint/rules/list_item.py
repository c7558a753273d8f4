"""list-item: entries written as `- [Name](https://…) - Description.`, the awesome list format.

Matters of style (separator, full stop, capital, marker, the space after it) follow the
list's own majority: an entry that departs from a convention the list shares with the
awesome format is reported, a list that does a thing its own way gets one finding for it,
a section with a majority of its own is left to it."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Hashable, Iterator
from dataclasses import dataclass, field, replace

import regex

from awesome_lint.conventions import Observed, follow_majority
from awesome_lint.document import Document, ListBlock, ListEntry, Span
from awesome_lint.entry_styles import (
    MATTERS,
    Style,
    name_words,
    sentence_in_a_cased_script,
    separator_end,
    separator_form,
    separator_is_typo,
    separator_shown,
    uses_awesome_format,
)
from awesome_lint.fixes import Applicability, Edit, Finding, Fix, Fixability
from awesome_lint.list_markers import marker_forms, missing_marker_spaces, spacing_form
from awesome_lint.names import lowercase_names
from awesome_lint.registry import Rule, register
from awesome_lint.suppress import Suppressions
from awesome_lint.text_ends import (
    EMOJI_RUN,
    ends_before_links,
    ends_twice,
    full_stop_after,
    full_stop_place,
    has_ended,
    last_word_start,
    only_code,
    only_marked,
    rstrip_space,
    sentence_core,
    stop_after_citation,
    stop_is_authors_call,
    text_outside_links,
    without_end,
    without_trailing_markup,
    words_end,
)
from awesome_lint.urls import is_repository_path

_ABSOLUTE_URL = re.compile(r"(?:[a-z][a-z0-9+.-]*://[^\s/?#]+|mailto:\S+@)\S*", re.I)
_EMOJI = regex.compile(EMOJI_RUN)
_ICONS = regex.compile(rf"(?:[ \t]*{EMOJI_RUN})+")  # ":copyright: — Does this."
# "[Talk](…) by Ann", "[Blog](…) is about …", "[Book](…) · PDF", "[A](…) --> [B](…)"
# (one led to the other): the name's own sentence or details go on, no description
_GOES_ON = regex.compile(
    r"\s+(?:by|on|from|via|par|von|is|are|was|has|\u00b7)\s|[ \t]*+-{1,3}>[ \t]*+\[", regex.I
)
_PARENTHETICAL = regex.compile(r"\s*([*_]{0,2})\([^()]*\)\1\s*")  # "([YouTube](…))"
# Scripts where a sentence starts with a capital letter.
_LOWER_CASE_WORD = regex.compile(r"(?:(?=\p{Ll})[\p{Latin}\p{Greek}\p{Cyrillic}])+")
_CAPITAL = regex.compile(r"(?=\p{Lu})[\p{Latin}\p{Greek}\p{Cyrillic}]")
_FIRST_WORD = regex.compile(r"[^-\s;./']+")
_TRAILING_PUNCTUATION = regex.compile(r"(?:['’]s)?[,:;.!?)]*", regex.REVERSE)
# **[⬆ back to top](#contents)**; possessive, and no "[" before the link: nothing to retry
_BACK_LINK = regex.compile(r"[^\w\[]*+\[[^\]]*+\]\(#[^)\s]*+\)\W*+")
_FIELDS = regex.compile(r"\S \u00b7 \S")  # "Raúl Expósito · PDF": details, not a sentence
_IDENTIFIER_MARK = regex.compile(r"[/._\p{N}\p{Lu}]")
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
        yield from missing_marker_spaces(doc)
        entries = doc.list_entries
        if not self.options.check_all_lists and not uses_awesome_format(entries):
            return
        lowercase = lowercase_names() | {w.lower() for w in self.options.lowercase_words}
        styles = _Styles(doc)
        for entry in entries:
            for found in _EntryCheck(entry, lowercase).problems():
                if isinstance(found, Style):
                    styles.add(entry, found)
                else:
                    yield found
        yield from styles.findings(entries)


class _Styles:
    """The styles the entries show, judged by the list's majority once all are seen."""

    def __init__(self, doc: Document) -> None:
        self.sections = {block.span.start: section for block, section in doc.lists}
        aliases = {name: ListItemFormat.name for name in ListItemFormat.npm_names}
        self.suppressions = Suppressions(doc, aliases) if doc.html_comments else None
        self.observed: dict[str, list[Observed]] = defaultdict(list)

    def group(self, block: ListBlock) -> Hashable:
        return self.sections.get(block.span.start)

    def add(self, entry: ListEntry, style: Style) -> None:
        at = entry.item.span.start
        group = self.group(entry.block)
        observed = Observed(style.form, group, at, style.finding, style.typo)
        self.observed[style.matter].append(observed)

    def findings(self, entries: tuple[ListEntry, ...]) -> Iterator[Finding]:
        spacing = (spacing_form(entry, self.group(entry.block)) for entry in entries)
        self.observed["spacing"] = [o for o in spacing if o is not None]
        self.observed["marker"] = list(marker_forms(entries, self.group))
        described = len(self.observed["ending"]) * 4 >= len(entries)  # not a lone note, "69th"
        for matter, wanted, says, rivals in MATTERS:
            kept = [o for o in self.observed[matter] if not self.suppressed(o)]
            yield from follow_majority(kept, wanted, says, described or matter != "ending", rivals)

    def suppressed(self, observed: Observed) -> bool:
        """Is the rule off where the entry is? Then it is not the list's convention."""
        at = observed.at
        probe = Finding(ListItemFormat.name, "", Span(at, at))
        return self.suppressions is not None and self.suppressions.suppressed(probe)


@dataclass
class _EntryCheck:
    """The list-item checks of one entry."""

    entry: ListEntry
    lowercase: frozenset[str]
    after_icons: bool = field(default=False, init=False)  # "[Name](…) 🔥 - Does this."

    def __post_init__(self) -> None:
        rest = self.entry.rest
        icons = _ICONS.match(self.entry.text, rest.start, rest.end)
        self.after_icons = bool(icons)
        if icons:  # the separator is after them; ":camera:" does not start with one
            self.entry = replace(self.entry, rest=Span(icons.end(), rest.end))

    def problems(self) -> Iterator[Finding | Style]:
        link_problem = self.link_problem()
        if link_problem:
            yield link_problem
            return
        if not self.describes():
            return
        if _GOES_ON.match(self.entry.text, *self.entry.rest):
            yield Style("separator", "nothing")  # counts as no separator, but is no slip
            return
        separator = self.entry.separator()
        end = separator_end(self.entry.text, separator, self.entry.rest.end)
        yield self.separator_style(separator, end)
        if not separator.group(2):
            return  # without a separator, where the description starts is a guess
        description = Span(end, self.description_end())
        yield from self.ending(description)
        if casing := self.casing(description):
            yield casing

    def describes(self) -> bool:
        """Does the entry have a description: not only a parenthetical ("([YouTube
        Channel](…))"), and not a colon introducing the code or items below it?"""
        entry = self.entry
        if not entry.has_description() or _PARENTHETICAL.fullmatch(entry.rendered(entry.rest)):
            return False
        return not (entry.rest_text.strip() == ":" and len(entry.item.children) > 1)

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
        if link.kind == "link" and not _ABSOLUTE_URL.fullmatch(link.url) \
                and not is_repository_path(link.url):
            shown = f"'{link.url}'" if link.url else "nothing"
            message = f"the entry's link points to {shown}; it needs an absolute URL (https://…)"
            return self.finding(message, link.span)
        if not self.entry.name:
            return self.finding("the entry's link has no text: name what it links to", link.span)
        return None

    def separator_style(self, separator: regex.Match[str], end: int) -> Style:
        span, rest_end = Span(separator.start(), end), self.entry.rest.end
        form = separator_form(separator, end, rest_end)
        if form == " - ":
            return Style("separator", form)
        written = self.entry.text[span.start : span.end]
        shown = separator_shown(separator, written, form)
        message = f"separate the name and the description with ' - ', not {shown}"
        fixable = form != "empty" and (
            separator.group(2) or (separator.group(1) and self.starts_description(end))
        )
        fix = Fix("Separate with ' - '", (Edit(span, " - "),)) if fixable else None
        return Style("separator", form, self.finding(message, span, fix), separator_is_typo(form))

    def starts_description(self, offset: int) -> bool:
        """Does a description start here, after a missing separator? Not after an icon
        ("[Name](…) ⛺️ Does this": where would the dash go?), and not in lower case:
        "[Name](…) is a …" is a sentence about the name."""
        char = self.entry.text[offset]
        return not self.after_icons and char.isalnum() and not char.islower()

    def ending(self, description: Span) -> Iterator[Finding | Style]:
        end = words_end(self.entry, description)
        if end <= description.start:
            return
        rendered = self.entry.rendered(Span(description.start, end))
        if only_marked(rendered):  # "`docker pull …`" for each entry of a section: its way
            said = "the description is only code: describe it in words"
            found = self.finding(said, Span(self.entry.rest.start, description.start))
            yield Style("content", "code", found if only_code(rendered) else None)
            return  # "`Manfred Steyer` **FREE**", "*Stephen Whitmore*": no sentence
        yield Style("content", "words")
        links = self.entry.paragraph.inline.links
        if not text_outside_links(self.entry.text, links, description.start, end):
            return  # "[Talk](…) - [Slides](…)": another link, no sentence to end
        plain = without_trailing_markup(rendered)
        core, address_cut = sentence_core(plain)  # "Does this. `MIT`", "… http://demo"
        if has_ended(plain, core) or ends_before_links(self.entry, description, end):
            yield Style("ending", "stop")  # "Does this. `MIT` `Go`", "Does this. [Demo](…)"
            return
        if _FIELDS.search(plain):
            yield Style("ending", "fields")  # "Raúl Expósito · PDF": details, not a sentence
            return
        after = self.entry.rendered(Span(end, description.end))
        if _EMOJI.search(after) and len(plain.split()) <= 2:
            return  # "[Preview](…) 💲": a word or two and an emoji
        if plain.endswith(":") and len(self.entry.item.children) > 1:
            return  # introduces the items below it
        at = full_stop_place(self.entry, description, end)
        if at is None:
            return  # "[BEM](…)：[官网](…)": a link, no sentence to end
        last = Span(last_word_start(self.entry.text, description.start, end), end)
        if self.entry.doc.is_opaque(last.start):
            last = Span(end, end)  # the last word is code
        fix = None
        words_after = text_outside_links(self.entry.text, links, end, description.end)
        cut = address_cut or stop_is_authors_call(self.entry.text, at, plain)
        if (plain[-1:].isalnum() or plain[-1:] in ")\"”’'`") and not cut and not words_after:
            stop = Edit(Span(at, at), full_stop_after(core or plain))
            citing = stop_after_citation(self.entry.text, at, links)  # before it, or after?
            safety = Applicability.UNSAFE if citing else Applicability.SAFE
            fix = Fix("Add a full stop", (stop,), safety)
        found = self.finding("end the description with '.', '!', '?' or '…'", last, fix)
        yield Style("ending", "none", found, ends_twice(plain))

    def casing(self, description: Span) -> Style | None:
        word = _FIRST_WORD.match(self.entry.text, description.start, description.end)
        if word is None:
            return None
        first = word.group(0)
        if _FIELDS.search(rendered := self.entry.rendered(description)):
            return Style("casing", "fields")  # "midudev · PDF": an author, not a sentence
        if _CAPITAL.match(first):
            return Style("casing", "capital")
        if not sentence_in_a_cased_script(rendered):
            return None  # "webstorm 插件（代码提示）", "tatsuki kuribayashi（2022-10）"
        token = self.entry.text[word.start() : description.end].split(maxsplit=1)[0]
        token = without_end(_TRAILING_PUNCTUATION, token)
        if not _LOWER_CASE_WORD.fullmatch(first) or first in self.lowercase:
            return None  # "iOS", "p2p", "`code`", "“Quoted”", "npm", "説明"
        if token != first and _IDENTIFIER_MARK.search(token):
            return None  # "net/http.Client", "dogpile.cache": an identifier
        if token.lower() in name_words(self.entry) and token.lower() not in _NOT_NAMES:
            return None  # "uv's backend", "iced components": the entry's own name
        at, capital = Span(word.start(), word.end()), first[0].upper() + first[1:]
        fix = Fix(f"Write '{capital}'", (Edit(at, capital),), Applicability.UNSAFE)
        message = f"start the description with a capital letter: '{first}'"
        return Style("casing", "lower", self.finding(message, at, fix))

    def finding(self, message: str, span: Span, fix: Fix | None = None) -> Finding:
        return Finding("", message, span, fix=fix)

