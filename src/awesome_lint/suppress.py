"""Inline suppression comments: ours, and the npm awesome-lint's `<!--lint …-->` ones."""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field

import regex

from awesome_lint.document import Document
from awesome_lint.fixes import Finding
from awesome_lint.registry import rule_name
from awesome_lint.source import Span

# Possessive: the rule names are taken whole, never given back (no backtracking).
_OURS = regex.compile(
    r"\s*+awesome-lint-(disable-next-line|disable-file|disable|enable)\b([\s\w,-]*+)", regex.I
)
_NPM = regex.compile(r"\s*+lint\s++(disable|enable|ignore)\b([\s\w,/:-]*+)", regex.I)
_SEPARATORS = regex.compile(r"[\s,]+")
ALL = "*"


@dataclass
class Comment:
    """One suppression comment: the rules it names (ALL when none), the names it gives
    that are no rule, and whether it is ours (`awesome-lint-…`) or the npm tool's."""

    span: Span
    names: list[str]
    unknown: list[str]
    ours: bool
    used: set[str] = field(default_factory=set)  # the names that suppressed something


class Suppressions:
    """Which rules are off where: ranges of offsets per rule name (or ALL), each with the
    comment that made it."""

    def __init__(self, doc: Document, aliases: dict[str, str]) -> None:
        self.ranges: dict[str, list[tuple[int, int, Comment]]] = {}
        self.comments: list[Comment] = []
        self.doc = doc
        self.block_starts: list[int] | None = None  # made when a `lint ignore` asks
        self.block_spans: list[Span] = []
        open_at: dict[str, tuple[int, Comment]] = {}
        end = len(doc.text)
        for span, body in doc.html_comments:
            ours = _OURS.fullmatch(body)
            npm = None if ours else _NPM.fullmatch(body)
            if ours:
                action, given = ours.group(1).lower(), _names(ours.group(2))
                known = {name: rule_name(name) for name in given}
                names = [rule for rule in known.values() if rule is not None]
                unknown = [name for name, rule in known.items() if rule is None]
                if given and not names:
                    names = unknown  # disables nothing; reported as unknown
            elif npm:
                action, given = npm.group(1).lower(), _names(npm.group(2))
                names, unknown = [aliases[n] for n in given if n in aliases], []
                if given and not names:
                    continue  # a remark rule we do not have; no name at all: every rule
            else:
                continue
            comment = Comment(span, names or [ALL], unknown, bool(ours))
            self.comments.append(comment)
            for name in comment.names:
                if action == "disable":
                    open_at.setdefault(name, (span.start, comment))
                elif action == "enable" and name in open_at:
                    start, opened = open_at.pop(name)
                    self.add(name, start, span.end, opened)
                elif action == "disable-file":
                    self.add(name, 0, end, comment)
                elif action == "disable-next-line":
                    self.add(name, *self.next_line(span.end), comment)
                elif action == "ignore":
                    self.add(name, *self.next_node(span.end), comment)
                elif action == "enable":
                    comment.used.add(name)  # an enable closes; it suppresses nothing itself
        for name, (start, comment) in open_at.items():
            self.add(name, start, end, comment)

    def add(self, name: str, start: int, end: int, comment: Comment) -> None:
        self.ranges.setdefault(name, []).append((start, end, comment))

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
        """Is the finding turned off here? Each comment that turns it off is marked used."""
        offset, hit = finding.span.start, False
        for name in (finding.rule, ALL):
            for start, end, comment in self.ranges.get(name, ()):
                if start <= offset < end:
                    comment.used.add(name)
                    hit = True
        return hit


def _names(text: str) -> list[str]:
    return [name for name in _SEPARATORS.split(text.strip()) if name]
