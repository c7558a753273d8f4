"""no-repeat-item-in-description: "[Redis](…) - Redis is a store." says the name twice."""

from __future__ import annotations

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
        for entry in doc.list_entries:
            description = entry.description()
            if description is None or not entry.name:
                continue
            group: Hashable = sections.get(entry.block.span.start)
            repeat = _repeat(entry, description)
            described.setdefault(group, []).append("repeat" if repeat else "fresh")
            if repeat:
                repeats.append((group, repeat))
        total = sum(len(forms) for forms in described.values())
        if len(repeats) >= max(MIN_ENTRIES, _USUAL * total):
            return
        own = {group for group, forms in described.items() if majority(forms) == "repeat"}
        for group, repeat in repeats:
            if group not in own:  # "gbm - gbm: Generalized Boosted Models." all along
                yield _finding(doc.text, repeat)


def _repeat(entry: ListEntry, description: Span) -> _Repeat | None:
    """The name said again at the description's start, as its subject."""
    text, name = entry.text, entry.name
    end = description.start + len(name)
    if text[description.start : end].casefold() != name.casefold():
        return None
    if _continues_word(text, end) or not _SAYS_AGAIN.match(text, end, description.end):
        return None
    return _Repeat(entry, Span(description.start, end), description.end)


def _continues_word(text: str, offset: int) -> bool:
    """Is the name only the start of a longer word ("Java" in "JavaScript", "Cleaner" in
    "Cleaner.app")?"""
    if offset < len(text) and (text[offset].isalnum() or text[offset] in "_-"):
        return True
    return text[offset : offset + 1] == "." and text[offset + 1 : offset + 2].isalnum()


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
