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


class NameFinder:
    """Where the names stand in a text: found in the text put in lower case once (twice
    as fast as a search that ignores case), every character kept at its offset."""

    def __init__(self, words: tuple[str, ...], text: str) -> None:
        self.text = text
        self.pattern = name_pattern(words, lowered=True)
        # 'İ' is the one letter whose lower case is two characters: it stays one
        self.searched = text.replace("\u0130", "i").lower()

    def find(self, start: int = 0, end: int | None = None) -> Iterator[NameMatch]:
        stop = len(self.text) if end is None else end
        for match in self.pattern.finditer(self.searched, start, stop):
            yield NameMatch(match.start(), match.end(), self.text[match.start() : match.end()])


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
