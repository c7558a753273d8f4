"""Checks that rules' options run at config time: a bad value is one clear line, not a
traceback in the middle of a lint."""

from __future__ import annotations

import re
from collections.abc import Iterable

import regex

# A word a replacement option may write: letters, digits and the joiners product names
# use (Node.js, C++, Objective-C, GitHub Actions); no Markdown, HTML or link syntax.
_PLAIN_WORDS = regex.compile(r"[.\p{L}\p{N}][\p{L}\p{N} .+#'’/-]*")


def check_patterns(option: str, patterns: Iterable[str], flags: int = 0) -> None:
    """Every pattern compiles (as `re` compiles it)."""
    for pattern in patterns:
        if not isinstance(pattern, str):
            raise ValueError(f"{option}: {pattern!r} is not a string")
        try:
            re.compile(pattern, flags)
        except re.error as error:
            raise ValueError(
                f"{option}: {pattern!r} is not a valid regular expression ({error})"
            ) from None


def check_plain_names(option: str, replacements: dict[str, str]) -> None:
    """Wrong spelling -> right spelling, both plain names: a config cannot make a fix
    write links or markup."""
    for value in (v for pair in replacements.items() for v in pair):
        if not isinstance(value, str) or not _PLAIN_WORDS.fullmatch(value):
            raise ValueError(
                f"{option}: {value!r} is not a plain name (letters, digits, spaces "
                "and . + # ' / -)"
            )
