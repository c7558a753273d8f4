"""unused-suppression: suppression comments that name no rule or turn nothing off."""

from __future__ import annotations

from collections.abc import Iterator

from awesome_lint.document import Document, Span
from awesome_lint.fixes import Applicability, Edit, Finding, Fix, Fixability, Severity
from awesome_lint.registry import Rule, register
from awesome_lint.suppress import ALL, Comment, Suppressions


@register
class UnusedSuppression(Rule):
    name = "unused-suppression"
    preset = "all"  # opt-in, as ruff's RUF100: no real list has our comments yet to measure it on
    summary = "A suppression comment must name known rules and turn some finding off."
    severity = Severity.WARNING
    fixable = Fixability.SOMETIMES

    def check(self, doc: Document) -> Iterator[Finding]:
        return iter(())  # it judges the comments once the other rules have run

    def check_suppressions(
        self, doc: Document, suppressions: Suppressions, active: set[str]
    ) -> Iterator[Finding]:
        for comment in suppressions.comments:
            if not comment.ours:
                continue  # the npm awesome-lint's comments serve that tool too
            if comment.unknown:
                names = ", ".join(repr(name) for name in comment.unknown)
                yield Finding(
                    self.name, f"no rule is named {names} (see --list-rules)", comment.span
                )
            elif _unused(comment, active):
                yield Finding(
                    self.name, "this comment turns off no finding: remove it",
                    comment.span, fix=Fix(
                        "Remove the comment", (Edit(_removal(doc, comment.span), ""),),
                        Applicability.SAFE,
                    ),
                )


def _unused(comment: Comment, active: set[str]) -> bool:
    """Did the comment suppress nothing, of the rules that ran? (A rule that did not run
    cannot tell: its finding might be there.)"""
    if comment.used:
        return False
    if comment.names == [ALL]:
        return True
    return all(name in active for name in comment.names)


def _removal(doc: Document, span: Span) -> Span:
    """The comment, with its line when nothing else is on it."""
    text = doc.text
    line_start = text.rfind("\n", 0, span.start) + 1
    line_end = text.find("\n", span.end)
    line_end = len(text) if line_end < 0 else line_end
    if text[line_start : span.start].strip() or text[span.end : line_end].strip():
        return span
    return Span(line_start, min(line_end + 1, len(text)))
