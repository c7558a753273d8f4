"""GitHub heading anchors (github-slugger 2.0 semantics)."""

from __future__ import annotations

import regex

_NOT_SLUG = regex.compile(r"[^\p{L}\p{M}\p{Nd}\p{Nl}\p{Pc}\p{Alphabetic}\- ]")


def slug(text: str) -> str:
    """The anchor of a heading whose rendered (already trimmed) text is `text`."""
    kept: str = _NOT_SLUG.sub("", text.lower())
    return kept.replace(" ", "-")


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
