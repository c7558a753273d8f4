"""spell-check: product and technology names written as their makers write them."""

from __future__ import annotations

import bisect
import itertools
import re
from collections import Counter, defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any, ClassVar

from awesome_lint.document import Document, Link, Span, SpanSet, fragment_of, slug
from awesome_lint.fixes import Applicability, Edit, Finding, Fix, Fixability, Severity
from awesome_lint.generated import is_generated
from awesome_lint.names import (
    NameFinder,
    NameMatch,
    ProductName,
    builtin_names,
    check_settles,
    not_the_product,
)
from awesome_lint.options import check_plain_names
from awesome_lint.quoted_rows import rows_quoting_repositories
from awesome_lint.registry import Rule, register
from awesome_lint.suppress import Suppressions

PRODUCT_WORDS = (
    r"(?:api|apis|app|apps|framework|engine|editor|plugins?|sdk|cli|client|server|meeting|"
    r"project|vault|components?|language|containers?|operating system|database|testing|"
    r"bundler|core)"
)
# Text that is someone else's words or a name as written, not the list's prose: tags,
# the text of HTML links and code, quoted titles, bold titles (papers, books).
_TAG = re.compile(r"<[^<>\n]*>")
# (Bounded: an opener without its closer must not send every later one to the line's end.)
_HTML_TEXT = re.compile(r"<(a|code|kbd|samp|tt|var)\b[^<>\n]{0,200}>[^\n]{0,200}?</\1\s*>", re.I)
_QUOTED = re.compile(
    r'"[^"\n]{1,200}"|“[^”\n]{1,200}”|„[^“”\n]{1,200}[“”]|«[^»\n]{1,200}»|‘[^’\n]{1,200}’'
    r"|《[^》\n]{1,200}》|「[^」\n]{1,200}」|『[^』\n]{1,200}』"
)
_BOLD = re.compile(r"\*\*[^*\n]+\*\*|(?<!\w)__[^_\n]+__(?!\w)")
# One word set apart in italics ("*huggingface*" under a notebook's title): a handle or a
# name quoted as written, as a bold title is.
_ITALIC_WORD = re.compile(r"(?<![*\w])\*[^\s*]{1,60}\*(?![*\w])|(?<![_\w])_[^\s_]{1,60}_(?![_\w])")
_WORD_BEFORE = re.compile(r"(\w{1,40})[ \t]{1,5}$")
_WORD_AFTER = re.compile(r"[ \t]{1,5}(\w{1,40})")
_PRODUCT_AFTER = re.compile(rf"\s+{PRODUCT_WORDS}\b", re.I)
_DRAWN_BEFORE = re.compile(r"\w-\w+(?:ed|wn|en)[ \t]+$")  # "hand-drawn sketch components"
NAME_WORDS = 8  # an entry's title up to this long is a name, not a summary
CONVENTION = 3  # a misspelling this often is the list's habit: one finding, one fix
HABIT = 10  # a name in lower case this often is written so on purpose: an unsafe fix


@dataclass(frozen=True)
class Options:
    names: dict[str, str] = field(default_factory=dict)  # wrong spelling -> right, added
    # A spelling the list uses more than the makers' one ("HuggingFace") is its own; the
    # awesome preset asks for the makers' spelling everywhere.
    follow_list_spelling: bool = True

    def __post_init__(self) -> None:
        if not self.names:
            return  # the shipped names are checked by the tests, not at every start
        check_plain_names("names", self.names)
        check_settles(_all_names(self))


@dataclass(frozen=True)
class Place:
    """A name in the list's own prose, as written."""

    span: Span
    word: str
    name: ProductName
    safe: bool  # may its fix be applied without asking
    echoes: tuple[Span, ...] = ()  # in a heading: the word in its ToC line, fixed alike


@register
class SpellCheck(Rule):
    name = "spell-check"
    # back in recommended: the third holdout, judged blind, confirmed the fixes made after
    # the second one's wrong safe fixes (rules/README.md)
    preset = "recommended"
    summary = "Product names must be spelled as their makers write them (GitHub, Node.js)."
    severity = Severity.WARNING
    fixable = Fixability.ALWAYS
    fix_safety = (Applicability.SAFE, Applicability.UNSAFE)
    npm_names = ("awesome-spell-check",)
    Options = Options
    awesome_style: ClassVar[dict[str, Any]] = {"follow-list-spelling": False}

    def check(self, doc: Document) -> Iterator[Finding]:
        names = _all_names(self.options)
        words = tuple(sorted(names, key=len, reverse=True))
        found = [
            (match, names[match.word.lower()], unit)
            for match, unit in _in_prose(doc, NameFinder(words, doc.text).find())
        ]
        misspelt = [unit for match, name, unit in found if match.word != name.right]
        if not misspelt or is_generated(doc):
            return
        places = _Places(doc, self, words, names, sorted(set(misspelt)))
        by_name: dict[str, list[Place]] = defaultdict(list)
        for match, name, _ in found:
            place = places.place(match, name)
            if place is not None:
                by_name[name.right].append(place)
        house = self.options.follow_list_spelling
        written = Counter(name.right for match, name, _ in found if match.word == name.right)
        for right, group in by_name.items():
            group.sort(key=lambda place: place.span)
            yield from _findings(right, group, written[right], house=house, text=doc.text)


def _in_prose(doc: Document, matches: Iterator[NameMatch]) -> Iterator[tuple[NameMatch, Span]]:
    """The matches (found in the whole text at once: faster than span by span) that stand
    in the list's prose, each with its unit (a heading, a paragraph, a cell)."""
    found = list(matches)
    if not found:
        return
    units = list(doc.prose())
    spans = sorted((span[0], span[1], number) for number, unit in enumerate(units) for span in unit)
    starts = [start for start, _, _ in spans]
    for match in found:
        index = bisect.bisect_right(starts, match.start) - 1
        if index >= 0 and match.end <= spans[index][1]:
            unit = units[spans[index][2]]
            yield match, Span(unit[0].start, unit[-1].end)


def _all_names(options: Options) -> dict[str, ProductName]:
    names = dict(builtin_names())
    names.update({k.lower(): ProductName(v, False) for k, v in options.names.items()})
    return names


class _Places:
    """Which names stand in the list's own prose, and which of their fixes are safe."""

    def __init__(
        self, doc: Document, rule: Rule, words: tuple[str, ...],
        names: dict[str, ProductName], units: list[Span],
    ) -> None:
        self.doc = doc
        self.rule = rule.name
        self.suppressions = Suppressions(doc, {alias: rule.name for alias in rule.npm_names})
        # "[Sneat VueJS Admin Template](…) - The Ultimate VueJS Admin Template": the
        # entry's description names the thing as its makers do.
        self.own_names = [
            (entry.span, entry.title_span, phrases)
            for entry in doc.entries
            if len(entry.title.split()) <= NAME_WORDS
            and (phrases := _misspelt_phrases(entry.title, words, names))
        ]
        self.headings = SpanSet(heading.text_span for heading in doc.headings)
        self.toc: dict[str, list[Link]] | None = None  # in-page links by fragment, when asked
        # a link's text and destination, and what follows its text ("][label]" of a
        # reference link: a label, not prose): the whole link, its "[" aside
        self.link_starts = [link.span.start for link in doc.links]  # sorted
        self.link_reach = list(itertools.accumulate((link.span.end for link in doc.links), max))
        self.shield = SpanSet(
            [
                *(  # quotes, bold and tags, looked for where a name is misspelt only
                    m.span() for unit in units for pattern in _SHIELDS
                    for m in pattern.finditer(doc.text, unit.start, unit.end)
                ),
                *rows_quoting_repositories(doc),
            ]
        )

    def in_link(self, offset: int) -> bool:
        index = bisect.bisect_right(self.link_starts, offset) - 1
        return index >= 0 and self.link_reach[index] > offset

    def place(self, match: NameMatch, name: ProductName) -> Place | None:
        text, start, word = self.doc.text, match.start, match.word
        if self.in_link(start) or start in self.shield or self.doc.is_opaque(start):
            return None
        if not_the_product(text, start, match.end, name.right):
            return None  # "pip install tensorflow", "the ffmpeg command", "MacOS X"
        if name.ambiguous and not (word.islower() and _PRODUCT_AFTER.match(text, match.end)
                                   and not _DRAWN_BEFORE.search(text, max(0, start - 60), start)):
            return None  # "a python script", "the ReAct framework"
        if self._repeats_own_name(match):
            return None
        span = Span(start, match.end)
        if self.suppressions.suppressed(Finding(self.rule, "", span)):
            return None
        renames_anchor = start in self.headings and slug(word) != slug(name.right)
        echoes = self.echoes(span, word) if start in self.headings and not renames_anchor else ()
        return Place(span, word, name, not (name.ambiguous or renames_anchor), echoes)

    def echoes(self, span: Span, word: str) -> tuple[Span, ...]:
        """The word as written in the text of the in-page links to the heading it is in."""
        if self.toc is None:
            self.toc = defaultdict(list)
            for link in self.doc.links:
                if link.url.startswith("#"):
                    self.toc[fragment_of(link.url)].append(link)
        heading = next(h for h in self.doc.headings if span.start < h.text_span.end)  # its own
        same = re.compile(rf"(?<!\w){re.escape(word)}(?!\w)")
        return tuple(
            Span(*found.span())
            for link in self.toc.get(heading.slug, ())
            for found in same.finditer(self.doc.text, link.text_span.start, link.text_span.end)
        )

    def _repeats_own_name(self, match: NameMatch) -> bool:
        """Does the entry's description repeat a misspelt name from the entry's title,
        in the same words ("… VueJS Admin Template")?"""
        start = match.start
        return any(
            entry.start <= start < entry.end
            and not title.start <= start < title.end
            and _phrases(self.doc.text, start, match.end) & phrases
            for entry, title, phrases in self.own_names
        )


_SHIELDS = (_TAG, _HTML_TEXT, _QUOTED, _BOLD, _ITALIC_WORD)


def _misspelt_phrases(
    text: str, words: tuple[str, ...], names: dict[str, ProductName]
) -> set[tuple[str, str]]:
    """The misspelt names in the text, each with the word before it and with the word
    after it."""
    found: set[tuple[str, str]] = set()
    for match in NameFinder(words, text).find():
        if match.word != names[match.word.lower()].right:
            found |= _phrases(text, match.start, match.end)
    return found


def _phrases(text: str, start: int, end: int) -> set[tuple[str, str]]:
    word = text[start:end].lower()
    before = _WORD_BEFORE.search(text, max(0, start - 40), start)
    after = _WORD_AFTER.match(text, end, end + 40)
    return {
        *([(before.group(1).lower(), word)] if before else []),
        *([(word, after.group(1).lower())] if after else []),
    }


def _findings(
    right: str, group: list[Place], written: int, *, house: bool, text: str
) -> Iterator[Finding]:
    own = _house_forms(group, written, text) if house else set()
    wrong = [p for p in group if p.word != right and p.word.lower() not in own]
    if len(wrong) >= CONVENTION:
        habit = _habit(wrong, written, text)
        if habit and house:
            return  # the list's own way of writing the name (blind reviews: 0 true of 4)
        more = f" (and {len(wrong) - 1} more places in this list)"
        yield _finding(wrong, more, habit=habit)
    else:
        yield from (_finding([place]) for place in wrong)


def _habit(wrong: list[Place], written: int, text: str) -> bool:
    """The list's own habit, for its maintainer to keep or change (blind reviews): a name
    in lower case again and again, more often than the makers' way in all the prose
    ('github' 400 times, 'GitHub' twice), or a spelling its links' text keeps ('[Github](…)'
    1,090 times, and in headings written like them). Else 'Github' is a slip."""
    lower = all(place.word.islower() for place in wrong)
    if lower and len(wrong) >= HABIT and len(wrong) > written:
        return True
    commonest = Counter(place.word for place in wrong).most_common(1)[0][0]
    in_links = text.count(f"[{commonest}]")
    return in_links >= HABIT and in_links > written


def _house_forms(group: list[Place], written: int, text: str) -> set[str]:
    """The list's own spellings of the name, more than a matter of case ("Github" is a slip
    however often), each written (in prose, or as code labels: `HuggingFace`) more often
    than the makers' one (lower case): counted once per spelling, not once per place."""
    right = group[0].name.right.lower()
    used = Counter(place.word.lower() for place in group if place.word.lower() != right)
    for word in {place.word for place in group if place.word.lower() in used}:
        used[word.lower()] += text.count(f"`{word}`")
    return {form for form, n in used.items() if n >= CONVENTION and n > written}


def _finding(places: list[Place], more: str = "", *, habit: bool = False) -> Finding:
    first = places[0]
    right = first.name.right
    safe = not habit and all(p.safe for p in places)
    safety = Applicability.SAFE if safe else Applicability.UNSAFE
    spans = dict.fromkeys(span for place in places for span in (place.span, *place.echoes))
    edits = tuple(Edit(span, right) for span in spans)
    return Finding(
        SpellCheck.name,
        f"'{first.word}' is written '{right}'{more}",
        first.span,
        fix=Fix(f"Write '{right}'", edits, safety),
    )
