"""What a tool's name says about the kind of thing it is: `vue3-emoji-picker` is a picker,
`zsh-pnpm-completions` a completion, `dracula-theme` a theme. Lists that have a section
for a kind ("Picker", "Completions", "Themes") name most of its entries that way too.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from awesome_lint.document import Document, Entry, Section

_TOOL_NAME = re.compile(r"[\w.+-]+(?:/[\w.+-]+)?")  # one word: no spaces, maybe owner/name
_TOKEN = re.compile(r"[a-z][a-z0-9]*|[0-9]+")
_SMALL_WORDS = frozenset(("and", "the", "for", "with", "other", "others", "misc"))
MIN_KIND = 3  # letters: shorter name parts ("js", "ui", "go") say little about a kind
MIN_CONVENTION = 0.5  # more than this share of a kind's section has names that say it
MIN_NAMED = 2  # and at least this many of its entries
MAX_AT_HOME = 0.2  # share of the entry's own section whose names say it too


@dataclass(frozen=True)
class NameCue:
    section: Section  # the section for the kind the name says
    kind: str  # the name's last part, as written
    named: int  # entries of that section whose names say it too
    size: int  # entries of that section


def name_parts(title: str) -> list[str]:
    """The parts of a tool-like name, singular ('Themes' and 'theme' are one), or [] when
    the title is not one word ('Azure DevOps Health' is a name of words, not of parts)."""
    title = title.strip()
    if not _TOOL_NAME.fullmatch(title):
        return []
    return [singular(part) for part in _TOKEN.findall(title.lower().rsplit("/", 1)[-1])]


def singular(word: str) -> str:
    for suffix, replacement in (("ies", "y"), ("es", ""), ("s", "")):
        if word.endswith(suffix) and len(word) > len(suffix) + 3:
            return word[: -len(suffix)] + replacement
    return word


class NameCues:
    """For each entry whose name ends in a kind that another section is for."""

    def __init__(self, doc: Document, targets: list[Section]) -> None:
        self.targets = targets
        self.topics = set(targets)
        self.sections = [s for s in doc.sections if s.entries and s.heading is not None]
        self.heading_words = {s: _heading_words(s) for s in self.sections}
        self.targets_by_word: dict[str, list[Section]] = {}
        for target in targets:  # in order: a lookup, not a scan of every section per entry
            for word in self.heading_words.get(target, ()):
                self.targets_by_word.setdefault(word, []).append(target)
        # the kind each name ends in: a section's convention is names that end so too
        # ("awesome-*" holds names that start with "awesome": 'vertx-awesome' is no kin)
        self.kinds = {e: _last(name_parts(e.title)) for s in self.sections for e in s.entries}

    def cue(self, entry: Entry) -> NameCue | None:
        parts = name_parts(entry.title)
        home = entry.section
        if len(parts) < 2 or home not in self.topics:
            return None  # a catch-all (Misc, Other) is not wrong for anything
        kind = parts[-1]
        if len(kind) < MIN_KIND or _FOR_SOMETHING & set(parts[:-1]):
            return None  # "vite-plugin-svelte": a plugin for Svelte, not a Svelte
        targets = [
            s for s in self.targets_by_word.get(kind, ())
            if s is not home and self.heading_words[s] <= set(parts)
        ]
        if len(targets) != 1:
            return None
        target = targets[0]
        if _says_home(_home_words(home, target), parts):
            return None  # its own heading, or one it sits under, says what it is
        named = sum(self.kinds[e] == kind for e in target.entries)
        if named < MIN_NAMED or named <= MIN_CONVENTION * len(target.entries):
            return None  # not most of the section's names: 'heat-map' is not a map
        others = [e for e in home.entries if e is not entry]
        if others and sum(self.kinds[e] == kind for e in others) >= MAX_AT_HOME * len(others):
            return None  # its own section holds such names too
        written = re.findall(r"[A-Za-z][A-Za-z0-9]*|[0-9]+", entry.title)[-1].lower()
        return NameCue(target, written, named, len(target.entries))


def _last(parts: list[str]) -> str:
    return parts[-1] if len(parts) >= 2 else ""


# Parts that make the rest of a name what the thing is for ("vite-plugin-svelte").
_FOR_SOMETHING = frozenset(
    ("plugin", "loader", "extension", "addon", "adapter", "integration", "binding", "wrapper",
     "driver", "client", "sdk", "for", "preset", "starter", "template", "boilerplate")
)


def _says_home(home_words: frozenset[str], parts: list[str]) -> bool:
    """A part of the name is, or starts with, a word of its own headings: 'timezone-select'
    under 'Date / Time picker'."""
    return any(
        part == word or (len(word) > MIN_KIND and part.startswith(word))
        for part in parts for word in home_words
    )


def _home_words(home: Section, target: Section) -> frozenset[str]:
    """The heading words of the entry's section and of the sections it sits in, but not
    of those the target sits in too (the list's own title says nothing of either)."""
    shared = set(_path(target))
    return frozenset(w for s in _path(home) if s not in shared for w in _heading_words(s))


def _path(section: Section) -> list[Section]:
    found: list[Section] = []
    current: Section | None = section
    while current is not None and current.heading is not None:
        found.append(current)
        current = current.parent
    return found


def _heading_words(section: Section) -> frozenset[str]:
    words = _TOKEN.findall(section.title.lower())
    return frozenset(singular(w) for w in words if len(w) >= MIN_KIND and w not in _SMALL_WORDS)
