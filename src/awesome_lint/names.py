"""Product and technology names as their makers write them (data/product_names.txt)."""

from __future__ import annotations

import re
import shlex
from dataclasses import dataclass
from functools import cache
from importlib import resources


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
def name_pattern(words: tuple[str, ...]) -> re.Pattern[str]:
    """Any of the words, not inside a domain, a path, a file name, a handle or an
    identifier (github.com, @github, github/x, plugin:github)."""
    alternatives = "|".join(re.escape(w) for w in words)
    return re.compile(rf"(?<![\w./@#-])(?<!\w:)(?:{alternatives})(?![\w/@]|[.:-]\w)", re.I)


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
