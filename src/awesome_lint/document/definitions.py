"""Link reference definitions (`[label]: <url> "title"`), as CommonMark reads them.

A paragraph may start with any number of definitions; the first line that is not one
ends them, and the rest is the paragraph's text. A definition's destination may sit on
the line after the label, and its title ("…", '…' or (…)) on the line after that or run
over several lines. `[//]: # (a comment)` is a definition too, which is why lists use it
for comments: GitHub shows nothing of it.
"""

from __future__ import annotations

from typing import NamedTuple

import regex

from awesome_lint.document.inline import InlineText, normalize_label, unescape
from awesome_lint.source import Span

_LABEL_AND_DESTINATION = regex.compile(
    r"[ ]{0,3}\[(?P<label>(?:[^\[\]\\]|\\.){1,999}+)\]:"
    r"[ \t]*+(?:\n[ \t]*+)?"
    r"(?P<destination><(?:[^<>\n\\]|\\.)*+>|[^\s<]\S*+)"
)
_LINE_END = regex.compile(r"[ \t]*+(?:\n|$)")
_TITLE = regex.compile(
    r"(?:[ \t]++|[ \t]*+\n[ \t]*+)"  # a space, or a line break, before the title
    r"(?:\"(?:[^\"\\]|\\.)*+\"|'(?:[^'\\]|\\.)*+'|\((?:[^()\\]|\\.)*+\))"
    r"[ \t]*+(?:\n|$)"
)
_BLANK_LINE = regex.compile(r"\n[ \t]*\n")


class Definition(NamedTuple):
    label: str  # normalised: case folded, runs of spaces made one
    url: str
    lines: tuple[int, ...]  # source offsets of the lines it takes
    hidden: Span | None  # what no rule reads: a `[//]: # (…)` comment whole, else the title
    destination: Span  # the URL as written (inside `<…>` when it has them), in the source


def definitions_in(inline: InlineText) -> list[Definition]:
    """The definitions a paragraph starts with."""
    text = inline.text
    found: list[Definition] = []
    position = 0
    while position < len(text):
        match = _LABEL_AND_DESTINATION.match(text, position)
        if match is None or not match.group("label").strip():
            break
        end = _definition_end(text, match.end())
        if end is None:
            break
        destination = match.group("destination")
        written_start, written_end = match.span("destination")
        if destination.startswith("<"):
            destination = destination[1:-1]
            written_start, written_end = written_start + 1, written_end - 1
        label = normalize_label(match.group("label"))
        lines = _line_starts(inline, position, end)
        comment = destination in ("#", "")  # "[//]: # (…)", "[comment]: <> (…)"
        hidden_start = position if comment else match.end()
        hidden = inline.span(hidden_start, end) if end > match.end() else None
        written = inline.span(written_start, written_end)
        found.append(Definition(label, unescape(destination), lines, hidden, written))
        position = end
    return found


def _definition_end(text: str, after_destination: int) -> int | None:
    """Where the definition ends: after its title, if one follows (without a blank line
    inside), else at the end of the destination's line; None if neither fits."""
    title = _TITLE.match(text, after_destination)
    if title is not None and not _BLANK_LINE.search(text, after_destination, title.end()):
        return int(title.end())
    line_end = _LINE_END.match(text, after_destination)
    return int(line_end.end()) if line_end is not None else None


def _line_starts(inline: InlineText, start: int, end: int) -> tuple[int, ...]:
    """The source offsets of the lines that begin in [start, end) of the joined text."""
    starts = [start]
    newline = inline.text.find("\n", start, end)
    while newline >= 0 and newline + 1 < end:
        starts.append(newline + 1)
        newline = inline.text.find("\n", newline + 1, end)
    return tuple(inline.to_source(offset) for offset in starts)
