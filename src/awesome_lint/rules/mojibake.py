"""mojibake: UTF-8 text that was decoded as Mac Roman or Windows-1252 somewhere on its way."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from awesome_lint.document import Document, Span
from awesome_lint.fixes import Edit, Finding, Fix, Fixability
from awesome_lint.registry import Rule, register

CODECS = ("mac_roman", "cp1252")
_NON_ASCII_RUN = re.compile(r"[^\x00-\x7f]{2,}")


@dataclass(frozen=True)
class _Garble:
    span: Span
    original: str  # what the bytes meant
    codec: str
    length: int  # bytes in the UTF-8 sequence


@register
class Mojibake(Rule):
    name = "mojibake"
    summary = "Text must not be UTF-8 garbled through Mac Roman or Windows-1252."
    fixable = Fixability.SOMETIMES

    def check(self, doc: Document) -> Iterator[Finding]:
        for run in _NON_ASCII_RUN.finditer(doc.text):
            for garble in _garbles(run.group(0), run.start()):
                yield _finding(doc, garble)


def _garbles(run: str, offset: int) -> Iterator[_Garble]:
    """UTF-8 sequences hidden in a run of non-ASCII characters, for the first codec
    whose bytes re-decode strictly."""
    for codec in CODECS:
        found = list(_in_codec(run, offset, codec))
        if found:
            yield from found
            return


def _in_codec(run: str, offset: int, codec: str) -> Iterator[_Garble]:
    index = 0
    while index < len(run):
        try:
            lead = run[index].encode(codec)[0]
        except UnicodeEncodeError:
            index += 1
            continue
        length = 2 if 0xC2 <= lead <= 0xDF else 3 if 0xE0 <= lead <= 0xEF else 4 if (
            0xF0 <= lead <= 0xF4
        ) else 0
        piece = run[index : index + length]
        if length and len(piece) == length:
            try:
                original = piece.encode(codec).decode("utf-8")
            except (UnicodeEncodeError, UnicodeDecodeError):
                original = ""
            if original and not original.isascii():
                span = Span(offset + index, offset + index + length)
                yield _Garble(span, original, codec, length)
                index += length
                continue
        index += 1


def _finding(doc: Document, garble: _Garble) -> Finding:
    written = doc.text[garble.span.start : garble.span.end]
    codec = {"mac_roman": "Mac Roman", "cp1252": "Windows-1252"}[garble.codec]
    message = f"'{written}' is '{garble.original}' in UTF-8 read as {codec}"
    if garble.length == 2:
        # two letters like 'Ã©' are often real text: report, never rewrite
        return Finding(Mojibake.name, f"{message}? check by hand", garble.span)
    return Finding(
        Mojibake.name,
        message,
        garble.span,
        fix=Fix(f"Write '{garble.original}'", (Edit(garble.span, garble.original),)),
    )
