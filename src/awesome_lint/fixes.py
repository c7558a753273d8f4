"""Findings, fixes and applying non-overlapping edits to the text."""

from __future__ import annotations

import bisect
import enum
import math
from collections.abc import Iterable
from typing import NamedTuple

from awesome_lint.source import Span


class Severity(enum.StrEnum):
    ERROR = "error"
    WARNING = "warning"


class Applicability(enum.IntEnum):
    """`--fix` applies SAFE fixes; `--unsafe-fixes` adds UNSAFE ones."""

    UNSAFE = 1
    SAFE = 2

    @property
    def label(self) -> str:
        return self.name.lower()


class Fixability(enum.StrEnum):
    """Whether a rule's findings come with a fix: `--list-rules` shows it."""

    NEVER = "never"
    SOMETIMES = "sometimes"
    ALWAYS = "always"


class Edit(NamedTuple):
    """Replace `span` with `text`: an insertion has an empty span, a deletion empty text."""

    span: Span
    text: str


class Fix(NamedTuple):
    description: str  # imperative, shown to the user: "Point the link at #contact"
    edits: tuple[Edit, ...]  # applied all or nothing
    applicability: Applicability = Applicability.SAFE


class Finding(NamedTuple):
    rule: str  # "" lets the engine stamp the reporting rule's name
    message: str
    span: Span
    severity: Severity | None = None  # None: the rule's severity
    fix: Fix | None = None
    whole_file: bool = False  # about the file, not a place in it: shown at line 1, column 1


def file_finding(rule: str, message: str) -> Finding:
    """A finding about the whole file (a missing contributing.md): no comment or code
    block at the top of the file hides it."""
    return Finding(rule, message, Span(0, 0), whole_file=True)


def apply_fixes(text: str, fixes: Iterable[Fix]) -> tuple[str, list[Fix]]:
    """Apply every fix that overlaps no fix applied before it; return the text and those fixes."""
    taken: list[Span] = []  # sorted; a bisect finds the few a new span could touch
    applied: list[Fix] = []
    edits: list[Edit] = []
    for fix in fixes:
        spans = [edit.span for edit in fix.edits]
        if not spans or any(_clashes(span, taken) for span in spans):
            continue
        if any(_overlaps(a, b) for i, a in enumerate(spans) for b in spans[i + 1 :]):
            continue
        for span in spans:
            bisect.insort(taken, span)
        edits.extend(fix.edits)
        applied.append(fix)
    pieces = []
    position = 0
    for edit in sorted(edits, key=lambda e: (e.span.start, e.span.end)):
        pieces.append(text[position : edit.span.start])
        pieces.append(edit.text)
        position = edit.span.end
    pieces.append(text[position:])
    return "".join(pieces), applied


def _clashes(span: Span, taken: list[Span]) -> bool:
    """Does `span` overlap a span of `taken` (sorted, and overlapping none of each other)?
    Only those starting at or before its end can; walking back from there, the first
    that ends before it starts ends the search."""
    index = bisect.bisect_right(taken, (span.end, math.inf)) - 1
    while index >= 0:
        other = taken[index]
        if _overlaps(span, other):
            return True
        if other.end < span.start:
            return False
        index -= 1
    return False


def _overlaps(a: Span, b: Span) -> bool:
    """Edits conflict when they share characters, or insert at the same place."""
    if a.start == a.end and b.start == b.end:
        return a.start == b.start
    if a.start == a.end:
        return b.start < a.start < b.end
    if b.start == b.end:
        return a.start < b.start < a.end
    return a.start < b.end and b.start < a.end
