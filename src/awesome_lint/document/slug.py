"""GitHub heading anchors (github-slugger 2.0 semantics)."""

from __future__ import annotations

from urllib.parse import quote, unquote

import regex

_NOT_SLUG = regex.compile(r"[^\p{L}\p{M}\p{Nd}\p{Nl}\p{Pc}\p{Alphabetic}\- ]")
# Characters that do not show: variation selectors, format and control characters.
_INVISIBLE = regex.compile(r"[\p{Cf}\p{Cc}\uFE00-\uFE0F\U000E0100-\U000E01EF]")


# github-slugger drops the zero-width joiners (U+200C, U+200D) of emoji like 🧑‍💻; github.com
# has kept them (a list's maintainers rewrote `#-developerforums` to `#%E2%80%8D-…` in
# 2025): \w in Unicode's sense holds Join_Control.
_NOT_SLUG_WITH_JOINERS = regex.compile(
    r"[^\p{L}\p{M}\p{Nd}\p{Nl}\p{Pc}\p{Alphabetic}\p{Join_Control}\- ]"
)
JOINERS = ("\u200c", "\u200d")


def slug(text: str, *, keep_joiners: bool = False) -> str:
    """The anchor of a heading whose rendered (already trimmed) text is `text`
    (`keep_joiners`: as github.com writes it today, see above)."""
    dropped = _NOT_SLUG_WITH_JOINERS if keep_joiners else _NOT_SLUG
    kept: str = dropped.sub("", text.lower())
    return kept.replace(" ", "-")


def link_fragment(anchor: str) -> str:
    """The anchor as a fix writes it after `#`: what does not show percent-encoded, so that
    a fix never writes invisible text (`#%EF%B8%8F-up` for the anchor of "⬆️ Up")."""
    written: str = _INVISIBLE.sub(lambda m: quote(m.group(0)), anchor)
    return written


def fragment_of(url: str) -> str:
    """The anchor an in-page link (`#…`) asks for: percent-decoded, without GitHub's
    `user-content-` prefix."""
    return unquote(url[1:]).removeprefix("user-content-")


def root_of(anchor: str) -> str:
    """The anchor without its `-1`, `-2` repeat suffixes. Two headings' anchors can only
    collide (and push each other's suffix) when their roots are equal."""
    end = len(anchor)
    while True:
        digits = end
        while digits > 0 and anchor[digits - 1].isdecimal():
            digits -= 1
        if digits == end or digits == 0 or anchor[digits - 1] != "-":
            return anchor[:end]
        end = digits - 1


class Slugger:
    """Gives repeated slugs their `-1`, `-2`… suffixes, in document order."""

    def __init__(self) -> None:
        self.seen: dict[str, int] = {}

    def slug(self, text: str) -> str:
        base = slug(text)
        result = base
        while result in self.seen:
            self.seen[base] += 1
            result = f"{base}-{self.seen[base]}"
        self.seen[result] = 0
        return result
