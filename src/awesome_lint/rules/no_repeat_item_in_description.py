"""no-repeat-item-in-description: "[Redis](…) - Redis is a store." says the name twice."""

from __future__ import annotations

from collections import Counter
from collections.abc import Hashable, Iterator
from typing import NamedTuple

import regex

from awesome_lint.conventions import MIN_ENTRIES, majority
from awesome_lint.document import Document, ListEntry, Span
from awesome_lint.fixes import Applicability, Edit, Finding, Fix, Fixability
from awesome_lint.registry import Rule, register

# After the repeated name: a separator the fix can drop ("Redis: in-memory store."; not
# "Wallabag, formerly Poche, is …", where dropping "Wallabag," leaves no subject).
_NAME_SEPARATOR = regex.compile(r"\s*(?::|\s[-\u2013\u2014])\s+(?=\p{L})")
# After the name, what makes it say the name again: nothing more (the description is
# the name), or, perhaps after a parenthetical, a separator or comma ("Redis: …", "Redis,
# a …") or a verb ("Redis is …", "Redis (formerly X) lets …"). Any other word makes the
# name an ordinary word of the description: "Redis client.", "Retro Games in Gym".
_SAYS_AGAIN = regex.compile(
    r"[\s*_.!…]*(?:\[[^\]]*\][\s*_.]*)*$"  # "R Bloggers", "Name. **[Deprecated]**"
    r"|(?:\s*\([^()]*\))?[\s*_\[]*(?:[:,]|\s[-\u2013\u2014]|\.\s"
    r"|(?:is|are|was|were|has|have|can|will|does|lets|allows|helps|makes|provides|offers"
    r"|enables|supports|uses|aims|brings|gives|keeps|takes|turns|generates|combines"
    r"|simplifies|extends|implements|creates|converts|builds|manages|adds|displays|shows"
    r"|tracks|stores|renders|parses|validates|compiles|handles|syncs|wraps|analy[sz]es"
    r"|collects|downloads|translates|executes|produces|captures|organi[sz]es|monitors"
    r"|finds|opens|reports|connects|loads|teaches|ensures|inspects|scans|detects"
    r"|replaces|resizes|optimi[sz]es|automatically)\b)",
    regex.I,
)
# A list where one description in about sixteen says the name again writes them as
# sentences about the thing ("Tor is free software …"): its way, not a slip.
_USUAL = 0.06


class _Repeat(NamedTuple):
    entry: ListEntry
    said: Span
    end: int  # the description's end
    explained: bool  # "KUDO (Kubernetes Universal Declarative Operator) is …": not reported


@register
class NoRepeatItemInDescription(Rule):
    name = "no-repeat-item-in-description"
    preset = "recommended"  # 100% precise on lists it was not tuned on (rules/README.md)
    summary = "A description does not start by repeating the entry's name."
    fixable = Fixability.SOMETIMES
    fix_safety = (Applicability.UNSAFE,)
    npm_names = ("no-repeat-item-in-description",)

    def check(self, doc: Document) -> Iterator[Finding]:
        sections = {block.span.start: section for block, section in doc.lists}
        described: dict[Hashable, list[str]] = {}  # per section: "repeat" or "fresh"
        repeats: list[tuple[Hashable, _Repeat]] = []
        credited: Counter[Hashable] = Counter()
        for entry in doc.list_entries:
            description = entry.description()
            if description is None or not entry.name:
                continue
            group: Hashable = sections.get(entry.block.span.start)
            credited[group] += _credits_its_title(entry, description)
            repeat = _repeat(entry, description)
            described.setdefault(group, []).append("repeat" if repeat else "fresh")
            if repeat:
                repeats.append((group, repeat))
        total = sum(len(forms) for forms in described.values())
        if len(repeats) >= max(MIN_ENTRIES, _USUAL * total):
            return
        own = {group for group, forms in described.items() if majority(forms) == "repeat"}
        restating = {group for group, count in credited.items() if count >= _CREDITED}
        for group, repeat in repeats:
            if group in own or repeat.explained:  # "gbm - gbm: …" all along: own
                continue
            if group in restating and _is_title(repeat.entry.name):
                continue
            yield _finding(doc.text, repeat)


# Articles and courses described by their own title and author ("[Docker metrics in
# Prometheus](…) - Docker metrics in Prometheus by Luc J.", "… with Matt B."): a section
# with two such is one that restates its titles, and one without its author is its way
# (a title, not a product's one-word name).
_CREDITED = 2
_TITLE_WORDS = 3
_CREDIT = regex.compile(r"[\s,.]*\s(?:by|with)\s+\S")  # "… by Luc J.", "… with Matt B."


def _credits_its_title(entry: ListEntry, description: Span) -> bool:
    end = _said_first(entry, description)
    return end is not None and _is_title(entry.name) and bool(
        _CREDIT.match(entry.text, end, description.end)
    )


def _said_first(entry: ListEntry, description: Span) -> int | None:
    """Where the name ends when the description starts with it, in any case."""
    end = description.start + len(entry.name)
    return end if entry.text[description.start : end].casefold() == entry.name.casefold() else None


def _is_title(name: str) -> bool:
    return len(name.split()) >= _TITLE_WORDS


def _repeat(entry: ListEntry, description: Span) -> _Repeat | None:
    """The name said again at the description's start, as its subject."""
    text, name = entry.text, entry.name
    end = _said_first(entry, description)
    if end is None or _continues_word(text, end):
        return None
    if not _SAYS_AGAIN.match(text, end, description.end):
        return None
    explained = _spells_out(name, text, end, description.end)
    return _Repeat(entry, Span(description.start, end), description.end, explained)


def _continues_word(text: str, offset: int) -> bool:
    """Is the name only the start of a longer word ("Java" in "JavaScript", "Cleaner" in
    "Cleaner.app")?"""
    if offset < len(text) and (text[offset].isalnum() or text[offset] in "_-"):
        return True
    return text[offset : offset + 1] == "." and text[offset + 1 : offset + 2].isalnum()


# The words after an acronym that say what its letters stand for: "(…)", ": …", " - …".
_EXPANSION = regex.compile(r"\s*(?:\(([^()\n]{3,120})\)|(?::|\s[-\u2013\u2014])\s+([^\n]{3,120}))")
_WORD = regex.compile(r"[\p{L}\d]+")


def _spells_out(name: str, text: str, end: int, stop: int) -> bool:
    """Does the repeated name stand before the words its letters stand for? "SWDD: Sonar
    Wall Detection Dataset", "Kured (Kubernetes Reboot Daemon)": an acronym explained,
    which the description's start is for."""
    letters = "".join(c for c in name if c.isalnum()).upper()
    expansion = _EXPANSION.match(text, end, stop)
    if not 2 <= len(letters) <= _ACRONYM_LETTERS or expansion is None:
        return False
    words = _WORD.findall(expansion.group(1) or expansion.group(2))
    return _abbreviates(letters, words[: len(letters) + 3])


_ACRONYM_LETTERS = 8
_SMALL_WORDS = frozenset(("a", "an", "and", "for", "in", "of", "on", "the", "to", "with"))


def _abbreviates(letters: str, words: list[str]) -> bool:
    """Can the letters be read off the words in order, each word giving its first letter
    and perhaps more of its own ("KUTTL": KUbernetes Test TooL), small words skipped?"""
    if not letters:
        return True
    if not words:
        return False
    word, rest = words[0].upper(), words[1:]
    if word.lower() in _SMALL_WORDS and _abbreviates(letters, rest):
        return True
    if word[0] != letters[0]:
        return False
    position = 1
    for taken in range(1, len(letters) + 1):
        if _abbreviates(letters[taken:], rest):
            return True
        if taken == len(letters) or (position := word.find(letters[taken], position) + 1) == 0:
            return False
    return False


def _finding(text: str, repeat: _Repeat) -> Finding:
    name, repeated = repeat.entry.name, repeat.said
    message = f"the description starts with the entry's name '{name}' again"
    separator = _NAME_SEPARATOR.match(text, repeated.end, repeat.end)
    if separator is None:
        return Finding("", message, repeated)
    first = separator.end()
    edits = (
        Edit(Span(repeated.start, first), ""),
        Edit(Span(first, first + 1), text[first].upper()),
    )
    fix = Fix(f"Drop '{name}' from the description's start", edits, Applicability.UNSAFE)
    return Finding("", message, repeated, fix=fix)
