"""Inline suppression comments: ours, and the npm awesome-lint's `<!--lint …-->` ones."""

from __future__ import annotations

import bisect
from collections.abc import Iterable

import regex

from awesome_lint.document import Document
from awesome_lint.fixes import Finding
from awesome_lint.source import Span, SpanSet

# Possessive: the rule names are taken whole, never given back (no backtracking).
_OURS = regex.compile(
    r"\s*+awesome-lint-(disable-next-line|disable-file|disable|enable)\b([\s\w,-]*+)", regex.I
)
_NPM = regex.compile(r"\s*+lint\s++(disable|enable|ignore)\b([\s\w,/:-]*+)", regex.I)
_SEPARATORS = regex.compile(r"[\s,]+")
ALL = "*"


class Suppressions:
    """Which rules are off where: ranges of offsets per rule name (or ALL)."""

    def __init__(self, doc: Document, aliases: dict[str, str]) -> None:
        self.ranges: dict[str, list[tuple[int, int]]] = {}
        self.doc = doc
        self.block_starts: list[int] | None = None  # made when a `lint ignore` asks
        self.block_spans: list[Span] = []
        open_at: dict[str, int] = {}
        end = len(doc.text)
        for span, body in doc.html_comments:
            ours = _OURS.fullmatch(body)
            npm = None if ours else _NPM.fullmatch(body)
            if ours:
                action, names = ours.group(1).lower(), _names(ours.group(2))
            elif npm:
                action, given = npm.group(1).lower(), _names(npm.group(2))
                names = [aliases[n] for n in given if n in aliases]
                if given and not names:
                    continue  # a remark rule we do not have; no name at all: every rule
            else:
                continue
            for name in names or [ALL]:
                if action == "disable":
                    open_at.setdefault(name, span.start)
                elif action == "enable" and name in open_at:
                    self.add(name, open_at.pop(name), span.end)
                elif action == "disable-file":
                    self.add(name, 0, end)
                elif action == "disable-next-line":
                    self.add(name, *self.next_line(span.end))
                elif action == "ignore":
                    self.add(name, *self.next_node(span.end))
        for name, start in open_at.items():
            self.add(name, start, end)
        self.merged = {name: SpanSet(spans) for name, spans in self.ranges.items()}

    def add(self, name: str, start: int, end: int) -> None:
        self.ranges.setdefault(name, []).append((start, end))

    def next_line(self, offset: int) -> tuple[int, int]:
        starts = self.doc.source.line_starts
        index = bisect.bisect_right(starts, offset)
        if index >= len(starts):
            return len(self.doc.text), len(self.doc.text)
        following = starts[index + 1] if index + 1 < len(starts) else len(self.doc.text)
        return starts[index], following

    def next_node(self, offset: int) -> tuple[int, int]:
        """remark's `lint ignore`: the next node only, the block that starts after the
        comment (a whole list, a paragraph, a heading, a table)."""
        if self.block_starts is None:
            spans = sorted(
                [block.span for section in self.doc.root.walk() for block in section.blocks]
                + [heading.span for heading in self.doc.headings]
            )
            self.block_starts = [span.start for span in spans]
            self.block_spans = spans
        index = bisect.bisect_left(self.block_starts, offset)
        if index == len(self.block_spans):
            return offset, offset
        return self.block_spans[index]

    def suppressed(self, finding: Finding) -> bool:
        offset = finding.span.start
        return any(
            name in self.merged and offset in self.merged[name]
            for name in (finding.rule, ALL)
        )


def _names(text: str) -> list[str]:
    return [name for name in _SEPARATORS.split(text.strip()) if name]


def without_suppressed(
    doc: Document, findings: Iterable[Finding], aliases: dict[str, str]
) -> list[Finding]:
    findings = list(findings)
    if not doc.html_comments:
        return findings
    suppressions = Suppressions(doc, aliases)
    return [f for f in findings if not suppressions.suppressed(f)]
