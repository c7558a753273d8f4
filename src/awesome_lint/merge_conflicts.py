"""Merge conflicts committed with their markers: `<<<<<<<`, `=======`, `>>>>>>>` (and
diff3's `|||||||`) at the start of a line. Between them a list holds each version of the
same entries, one after the other."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from awesome_lint.source import Source, Span

_MARKER = re.compile(r"^(<{7}|\|{7}|={7}|>{7})(?=[ \t]|\r?$)", re.M)


@dataclass(frozen=True)
class Conflict:
    span: Span  # from the `<<<<<<<` marker to the end of the `>>>>>>>` marker
    opening: Span  # the `<<<<<<<` marker
    first_line: int
    last_line: int


def merge_conflicts(source: Source) -> list[Conflict]:
    """Every complete conflict: an opening marker, a `=======` after it, then a closing
    marker (a lone `=======` is a setext underline or a rule, not a conflict)."""
    found: list[Conflict] = []
    opening: re.Match[str] | None = None
    divided = False
    for marker in _MARKER.finditer(source.text):
        kind = marker.group(1)[0]
        if kind == "<":
            opening, divided = marker, False
        elif kind == "=" and opening is not None:
            divided = True
        elif kind == ">" and opening is not None and divided:
            end = source.text.find("\n", marker.end())
            span = Span(opening.start(), len(source.text) if end < 0 else end)
            found.append(Conflict(
                span, Span(opening.start(), opening.end()),
                source.line_col(span.start)[0], source.line_col(marker.start())[0],
            ))
            opening = None
    return found


def conflict_of(conflicts: list[Conflict], offset: int) -> Conflict | None:
    index = bisect.bisect_right([c.span.start for c in conflicts], offset) - 1
    if index >= 0 and offset < conflicts[index].span.end:
        return conflicts[index]
    return None
