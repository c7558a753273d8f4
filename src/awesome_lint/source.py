"""The file exactly as read: bytes in, the same bytes out."""

from __future__ import annotations

import bisect
from collections.abc import Callable, Iterable
from functools import partial
from typing import NamedTuple, cast

import regex

from awesome_lint.errors import InputError

__all__ = ["BOM", "InputError", "Source", "Span", "SpanSet", "new_span"]

BOM = "\ufeff"
_LINE_BREAK = regex.compile(r"\r\n|\r|\n")




class Span(NamedTuple):
    """Half-open range of code-point offsets into `Source.text`."""

    start: int
    end: int


# Span((start, end)) made in C, without the NamedTuple's Python-level __new__ (half the
# cost): for the scanners, which make one for every line, cell, link and tag.
new_span = cast(Callable[[tuple[int, int]], Span], partial(tuple.__new__, Span))


class SpanSet:
    """Which offsets some spans cover (they may nest and overlap): merged once, then each
    question is a bisect, not a walk over every span."""

    def __init__(self, spans: Iterable[tuple[int, int]]) -> None:
        self.spans: list[tuple[int, int]] = []
        for start, end in sorted(spans):
            if start >= end:
                continue
            if self.spans and start <= self.spans[-1][1]:
                self.spans[-1] = (self.spans[-1][0], max(self.spans[-1][1], end))
            else:
                self.spans.append((start, end))
        self.starts = [start for start, _ in self.spans]

    def __contains__(self, offset: int) -> bool:
        index = bisect.bisect_right(self.starts, offset) - 1
        return index >= 0 and offset < self.spans[index][1]


class Source:
    """A decoded Markdown file. `text` excludes the BOM; `encode()` restores it."""

    def __init__(self, path: str, text: str, *, bom: bool = False) -> None:
        self.path = path
        self.text = text
        self.bom = bom
        self._line_starts = [0] + [m.end() for m in _LINE_BREAK.finditer(text)]

    @classmethod
    def from_bytes(cls, path: str, raw: bytes) -> Source:
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError as error:
            raise InputError(
                f"{path}: not UTF-8 (byte {error.start}: {raw[error.start:error.start + 1]!r})"
            ) from None
        bom = text.startswith(BOM)
        return cls(path, text[1:] if bom else text, bom=bom)

    def encode(self) -> bytes:
        return ((BOM if self.bom else "") + self.text).encode("utf-8")

    def utf16_column(self, offset: int) -> int:
        """The 1-based column of `offset` in UTF-16 code units (an emoji counts two), as
        LSP and GitHub code scanning count columns."""
        _, column = self.line_col(offset)
        before = self.text[offset - (column - 1) : offset]
        return 1 + len(before.encode("utf-16-le")) // 2

    def with_text(self, text: str) -> Source:
        return Source(self.path, text, bom=self.bom)

    @property
    def line_starts(self) -> list[int]:
        return self._line_starts

    @property
    def newline(self) -> str:
        """The most common line ending, for rules that insert new lines (CRLF on a tie
        with LF; LF in a file without line breaks)."""
        crlf = self.text.count("\r\n")
        lf, cr = self.text.count("\n") - crlf, self.text.count("\r") - crlf
        if crlf and crlf >= lf and crlf >= cr:
            return "\r\n"
        return "\r" if cr > lf else "\n"

    def line_col(self, offset: int) -> tuple[int, int]:
        """1-based line and column (in characters) of an offset."""
        index = bisect.bisect_right(self._line_starts, offset) - 1
        return index + 1, offset - self._line_starts[index] + 1

    def __getitem__(self, span: Span) -> str:
        return self.text[span.start : span.end]
