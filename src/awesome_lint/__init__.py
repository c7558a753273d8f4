"""awesome-lint: a linter and auto-fixer for awesome lists.

What a plug-in rule needs is importable from here: see docs/writing-a-rule.md.
"""

from __future__ import annotations

from collections.abc import Sequence
from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
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
    from awesome_lint.engine import FixResult
    from awesome_lint.fixes import Applicability, Edit, Finding, Fix, Fixability, Severity
    from awesome_lint.registry import Rule

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
# Loaded when first asked for: `awesome-lint --version` and `--help` need none of them.
_HOMES = {
    **dict.fromkeys(
        ["Badge", "Document", "Entry", "HeadingNode", "Link", "ListEntry", "Section", "Span",
         "Table"],
        "awesome_lint.document",
    ),
    **dict.fromkeys(
        ["Applicability", "Edit", "Finding", "Fix", "Fixability", "Severity"],
        "awesome_lint.fixes",
    ),
    "Config": "awesome_lint.config",
    "FixResult": "awesome_lint.engine",
    "Rule": "awesome_lint.registry",
}


def __getattr__(name: str) -> Any:
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module 'awesome_lint' has no attribute {name!r}")
    value = getattr(import_module(home), name)
    globals()[name] = value
    return value


def lint_text(
    text: str, rules: Sequence[Rule] | None = None, *, path: str = "-", preset: str = "all"
) -> list[Finding]:
    """Findings on a Markdown text, with the preset's rules (every rule unless asked
    otherwise) or the given ones, at their defaults."""
    from awesome_lint.config import Config
    from awesome_lint.engine import lint, make_rules
    from awesome_lint.source import Source

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
    from awesome_lint.config import Config
    from awesome_lint.engine import fix, make_rules
    from awesome_lint.fixes import Applicability
    from awesome_lint.source import Source

    allow = Applicability.UNSAFE if unsafe else Applicability.SAFE
    chosen = make_rules(Config(preset=preset)) if rules is None else rules
    return fix(Source(path, text), chosen, allow)
