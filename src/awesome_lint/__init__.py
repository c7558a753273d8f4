"""awesome-lint: a linter and auto-fixer for awesome lists.

What a plug-in rule needs is importable from here: see docs/writing-a-rule.md.
"""

from __future__ import annotations

from collections.abc import Sequence

from awesome_lint.config import Config
from awesome_lint.document import (
    Badge,
    Document,
    Entry,
    HeadingNode,
    Link,
    ListEntry,
    Section,
    Span,
    Table,
)
from awesome_lint.engine import FixResult, fix, lint, make_rules
from awesome_lint.fixes import Applicability, Edit, Finding, Fix, Fixability, Severity
from awesome_lint.registry import Rule
from awesome_lint.source import Source

__version__ = "0.1.0"
__all__ = [
    "Applicability",
    "Badge",
    "Document",
    "Edit",
    "Entry",
    "Finding",
    "Fix",
    "FixResult",
    "Fixability",
    "HeadingNode",
    "Link",
    "ListEntry",
    "Rule",
    "Section",
    "Severity",
    "Span",
    "Table",
    "fix_text",
    "lint_text",
]


def lint_text(
    text: str, rules: Sequence[Rule] | None = None, *, path: str = "-", preset: str = "all"
) -> list[Finding]:
    """Findings on a Markdown text, with the preset's rules (every rule unless asked
    otherwise) or the given ones, at their defaults."""
    chosen = make_rules(Config(preset=preset)) if rules is None else rules
    return lint(Source(path, text), chosen)


def fix_text(
    text: str,
    rules: Sequence[Rule] | None = None,
    *,
    unsafe: bool = False,
    path: str = "-",
    preset: str = "all",
) -> FixResult:
    allow = Applicability.UNSAFE if unsafe else Applicability.SAFE
    chosen = make_rules(Config(preset=preset)) if rules is None else rules
    return fix(Source(path, text), chosen, allow)
