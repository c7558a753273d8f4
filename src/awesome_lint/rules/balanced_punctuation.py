"""balanced-punctuation: curly quotes and CJK brackets come in pairs."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from awesome_lint.document import Document, Span
from awesome_lint.fixes import Finding, Severity
from awesome_lint.registry import Rule, register

PAIRS = (
    ("“", "”"), ("‘", "’"), ("「", "」"), ("『", "』"), ("（", "）"), ("【", "】"), ("《", "》")
)


@dataclass(frozen=True)
class Options:
    pairs: tuple[tuple[str, str], ...] = PAIRS  # opening and closing marks to check

    def __post_init__(self) -> None:
        for pair in self.pairs:
            if (
                not isinstance(pair, list | tuple)
                or len(pair) != 2
                or not all(isinstance(mark, str) and len(mark) == 1 for mark in pair)
            ):
                raise ValueError(f"pairs: {pair!r} is not two single characters (opening, closing)")


@register
class BalancedPunctuation(Rule):
    name = "balanced-punctuation"
    preset = "awesome"
    summary = "Curly quotes and CJK brackets must be closed within their paragraph."
    severity = Severity.WARNING
    npm_names = ("balanced-punctuation",)
    Options = Options

    def check(self, doc: Document) -> Iterator[Finding]:
        chars = "".join(c for p in self.options.pairs for c in p) + "".join(_LOW_OPENING)
        marks = re.compile("[" + re.escape(chars) + "]")
        for spans in doc.prose():
            yield from self.unbalanced(doc, spans, marks)

    def unbalanced(
        self, doc: Document, spans: list[Span], marks: re.Pattern[str]
    ) -> Iterator[Finding]:
        offsets = _without_low_pairs(doc.text, [
            m.start() for s in spans for m in marks.finditer(doc.text, s.start, s.end)
            if not doc.is_opaque(m.start())
        ])
        for opening, closing in self.options.pairs:
            if opening == closing:
                continue  # a straight quote cannot be told opening from closing
            open_at: list[int] = []
            for offset in offsets:
                char = doc.text[offset]
                if char == opening:
                    open_at.append(offset)
                elif char == closing and open_at:
                    open_at.pop()
                elif char == closing and closing != "\u2019" and not _numbers(doc.text, offset):
                    # (’ is also an apostrophe; "1）", "2）" number the points of a sentence)
                    yield _finding(offset, f"'{closing}' closes nothing opened by '{opening}'")
            for offset in open_at:
                yield _finding(offset, f"'{opening}' is never closed by '{closing}'")


# German and other low opening quotes: „Made in Germany“ and ‚so‘ close with the marks
# that open English quotes.
_LOW_OPENING = {"\u201e": "\u201c", "\u201a": "\u2018"}


def _without_low_pairs(text: str, offsets: list[int]) -> list[int]:
    """The offsets without the low quotes and the marks that close them."""
    paired: set[int] = set()
    opened: list[int] = []
    for offset in offsets:
        char = text[offset]
        if char in _LOW_OPENING:
            opened.append(offset)
        elif opened and char == _LOW_OPENING[text[opened[-1]]]:
            paired.update((opened.pop(), offset))
    return [o for o in offsets if o not in paired and text[o] not in _LOW_OPENING]


def _numbers(text: str, offset: int) -> bool:
    """Is the mark at `offset` a number's ("1）", "2)"): the way Chinese text numbers its
    points, with no opening bracket?"""
    return _ENUMERATOR.search(text[max(0, offset - 3) : offset]) is not None


_ENUMERATOR = re.compile(r"(?:^|[^\d.])\d{1,2}$")  # one or two digits, not a longer number


def _finding(offset: int, message: str) -> Finding:
    return Finding(BalancedPunctuation.name, message, Span(offset, offset + 1))
