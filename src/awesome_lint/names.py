"""Product and technology names as their makers write them (data/product_names.txt)."""

from __future__ import annotations

import re
import shlex
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import NamedTuple


@dataclass(frozen=True)
class ProductName:
    right: str
    ambiguous: bool  # also an ordinary word ("go", "rust"): only fixed as an unsafe fix


@cache
def builtin_names() -> dict[str, ProductName]:
    """The shipped product names: each spelling, lower-cased, to the right one."""
    names: dict[str, ProductName] = {}
    text = resources.files("awesome_lint").joinpath("data", "product_names.txt").read_text("utf-8")
    for line in text.splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        ambiguous = line.startswith("?")
        right, _, wrong = line.lstrip("?").partition("<-")
        right = right.strip()
        for spelling in [right, *shlex.split(wrong)]:
            names[spelling.lower()] = ProductName(right, ambiguous)
    return names


def not_the_product(text: str, start: int, end: int, right: str) -> bool:
    """Does the name at text[start:end] stand for something else than the product its
    makers write `right`: a package's own name ("package sqlite", "pip install
    tensorflow"), the words or identifiers it is spelt like (read_as_words), the program's
    file name (names_a_program), or a historical name ("MacOS X" is Mac OS X)?"""
    return (
        _PACKAGE_BEFORE.search(text, max(0, start - PACKAGE_REACH), start) is not None
        or read_as_words(text, start, end, right)
        or (text[start:end].islower() and names_a_program(text, start, end))
        or (right == "macOS" and _VERSION_X.match(text, end) is not None)
        or (text[start:end].islower() and labels_a_link(text, start, end))
    )


# "- youtube: https://youtu.be/…" beside "- arxiv: …", "- github: …": a field's key
_LABEL_BEFORE = re.compile(r"(?:^|\n)[ \t]*(?:[-*+][ \t]+)?$")
_LABEL_AFTER = re.compile(r":[ \t]*(?:<?https?://|\[)")


def labels_a_link(text: str, start: int, end: int) -> bool:
    """Is the name the label of a link on its own line ("- youtube: https://…"), a field
    the list writes in lower case as its other fields (arxiv, intro, github)?"""
    return (
        _LABEL_AFTER.match(text, end) is not None
        and _LABEL_BEFORE.search(text, max(0, start - 10), start) is not None
    )


PACKAGE_REACH = 20  # characters back to "package", "install" …
_PACKAGE_BEFORE = re.compile(r"\b(?:package|crate|module|gem|install|import|require)\s+$", re.I)
_VERSION_X = re.compile(r"[ \t]*(?:X\b|10\.\d)")


def read_as_words(text: str, start: int, end: int, right: str) -> bool:
    """Is the name at text[start:end] (written in lower case) the words or the identifier
    it is spelt like, not the product? "stack overflow errors", "a hugging face" (a name
    of words, written as words); "(dns, ftp, imap, mysql, pop3)" (an identifier in a
    bracketed run of them, as the code it names writes them); "on github / gitlab /
    codeberg", "go, gin, gorm, sqlite" (a run of names written in lower case on purpose:
    capitals for the names we know would leave the run half-written)."""
    word = text[start:end]
    if not word.islower():
        return False
    if " " in right and " " in word:
        return True
    if _in_lowercase_run(text, start, end) or _in_lowercase_chain(text, start, end):
        return True
    opening = text.rfind("(", max(0, start - IDENTIFIERS_REACH), start)
    return (
        opening >= 0
        and _IDENTIFIERS_BEFORE.fullmatch(text, opening + 1, start) is not None
        and _IDENTIFIER_AFTER.match(text, end) is not None
    )


IDENTIFIERS_REACH = 200  # characters back to the bracket that opens the run
_IDENTIFIERS_BEFORE = re.compile(r"(?:[a-z0-9_.+-]++[ \t]*+,[ \t]*+)*+")
_IDENTIFIER_AFTER = re.compile(r"[ \t]*+,[ \t]*+[a-z0-9_.+-]++(?![A-Za-z])")

LOWERCASE_RUN = 2  # other items: "a, b, c" or "a / b / c", one of them a name we know
RUN_ITEM_REACH = 40  # characters of one item and its separator
_ITEM_BEFORE = re.compile(r"(?<![\w.+-])([a-z0-9_.+-]++)[ \t]*+[,/][ \t]*+(?:(?:and|or)[ \t]++)?$")
_ITEM_AFTER = re.compile(r"[ \t]*+[,/][ \t]*+(?:(?:and|or)[ \t]++)?([a-z0-9_.+-]++)(?![\w])")


def _in_lowercase_run(text: str, start: int, end: int) -> bool:
    """Does text[start:end] stand in a run of "a, b, c" or "a / b / c" written in lower
    case, where another item is a name we know written in lower case too?"""
    others: list[str] = []
    position = start
    while found := _ITEM_BEFORE.search(text, max(0, position - RUN_ITEM_REACH), position):
        others.append(found.group(1))
        position = found.start()
    position = end
    while found := _ITEM_AFTER.match(text, position):
        others.append(found.group(1))
        position = found.end()
    names = builtin_names()
    return len(others) >= LOWERCASE_RUN and any(
        item in names and names[item].right != item for item in others
    )


_STEP_BEFORE = re.compile(r"(?<![\w.+-])[a-z0-9_.+-]++[ \t]*+(?:→|->|=>)[ \t]*+$")
_STEP_AFTER = re.compile(r"[ \t]*+(?:→|->|=>)[ \t]*+[a-z0-9_.+-]++(?![\w])")


def _in_lowercase_chain(text: str, start: int, end: int) -> bool:
    """Does text[start:end] stand in a chain of steps written in lower case ("architect →
    reviewers → devops", an orchestrator's agents by their ids)? Identifiers, not prose."""
    steps = 0
    position = start
    while found := _STEP_BEFORE.search(text, max(0, position - RUN_ITEM_REACH), position):
        steps, position = steps + 1, found.start()
    position = end
    while found := _STEP_AFTER.match(text, position):
        steps, position = steps + 1, found.end()
    return steps >= LOWERCASE_RUN


# "the ffmpeg command", "a wrapper around ffmpeg, ffprobe": the program, named by its file
_PROGRAM_WORD = re.compile(r"\b(?:command|comand|cli\b|binar|executable|wrap)", re.I)
PROGRAM_REACH = 30  # characters either side of a lower-case name


def names_a_program(text: str, start: int, end: int) -> bool:
    """A name in lower case beside "command", "CLI", "binary" or "wrapper" is the
    program's file name, which its makers write in lower case (`ffmpeg`, `mysql`)."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    before, after = max(line_start, start - PROGRAM_REACH), min(line_end, end + PROGRAM_REACH)
    return _PROGRAM_WORD.search(text, before, after) is not None


@cache
def lowercase_names() -> frozenset[str]:
    """Names written in lower case (npm, pnpm): a sentence may start with them."""
    return frozenset(n.right for n in builtin_names().values() if n.right == n.right.lower())


@cache
def name_pattern(words: tuple[str, ...], *, lowered: bool = False) -> re.Pattern[str]:
    """Any of the words, not inside a domain, a path, a file name, a handle or an
    identifier (github.com, @github, github/x, plugin:github). `lowered`: for text in
    lower case already, matched case by case (twice as fast as ignoring case)."""
    alternatives = _trie_pattern(words)
    return re.compile(
        rf"(?<![\w./@#-])(?<!\w:)(?:{alternatives})(?![\w/@]|[.:-]\w)", 0 if lowered else re.I
    )


class NameMatch(NamedTuple):
    start: int
    end: int
    word: str  # as written


# Lines are put in lower case this many characters at a time: str.lower() takes a buffer
# of three times its input, 240 MB for a 20 MB list of four-byte characters at once.
_CHUNK = 1 << 16


class NameFinder:
    """Where the names stand in a text: found in the text put in lower case (twice as fast
    as a search that ignores case), every character kept at its offset."""

    def __init__(self, words: tuple[str, ...], text: str) -> None:
        self.text = text
        self.pattern = name_pattern(words, lowered=True)

    def find(self, start: int = 0, end: int | None = None) -> Iterator[NameMatch]:
        """Chunks of whole lines: no name spans a line break, and a line break ends the
        context of the pattern's look-arounds and of lower() (its final sigma) alike."""
        text = self.text
        stop = len(text) if end is None else end
        begin = text.rfind("\n", 0, start) + 1
        while begin < stop:
            cut = text.find("\n", min(begin + _CHUNK, stop))
            cut = len(text) if cut < 0 else cut + 1
            # 'İ' is the one letter whose lower case is two characters: it stays one
            piece = text[begin:cut].replace("\u0130", "i").lower()
            within = (max(start, begin) - begin, min(stop, cut) - begin)
            for match in self.pattern.finditer(piece, *within):
                first, last = match.start() + begin, match.end() + begin
                yield NameMatch(first, last, text[first:last])
            begin = cut


_Trie = dict[str, "_Trie"]  # a character to the words' rest; "" marks a word's end


def _trie_pattern(words: tuple[str, ...]) -> str:
    """The words as one pattern that shares their prefixes ("git(?:hub|lab)?"): an
    alternation of hundreds of names is tried name by name at every position, a trie
    character by character. Longer words are tried first, as in a longest-first list."""
    trie: _Trie = {}
    for word in words:
        node = trie
        for char in word.lower():
            node = node.setdefault(char, {})
        node[""] = {}
    return _node_pattern(trie)


def _node_pattern(node: _Trie) -> str:
    branches = [re.escape(char) + _node_pattern(child) for char, child in node.items() if char]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if "" not in node:
        return body
    return f"(?:{body})?" if len(branches) == 1 else body + "?"


def check_settles(names: dict[str, ProductName]) -> None:
    """No right spelling holds a name that would be reported again (or every fix run
    would grow the text)."""
    pattern = name_pattern(tuple(sorted(names, key=len, reverse=True)))
    for right in {name.right for name in names.values()}:
        for match in pattern.finditer(right):
            if match.group(0) != names[match.group(0).lower()].right:
                raise ValueError(
                    f"names: {right!r} holds {match.group(0)!r}, which would be "
                    "replaced again on every run"
                )
