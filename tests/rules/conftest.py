"""Helpers shared by the rule test modules (one module per rule).

Both this file and tests/conftest.py are imported under the module name
`conftest`, and pytest replaces the first by the second in `sys.modules` when it
enters this folder; every `from conftest import ...` after that, in this folder
or above it, gets this module. So this module carries every public name of
tests/conftest.py too (ROOT, SEED, need_shared, run, ...), loaded from that file,
and names its own helpers so that they clash with none of them.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

from awesome_lint import fix_text, lint_text
from awesome_lint.registry import all_rules


def _tests_conftest() -> ModuleType:
    path = Path(__file__).resolve().parents[1] / "conftest.py"
    spec = importlib.util.spec_from_file_location("_awesome_lint_tests_conftest", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


# Plain names only: hooks (pytest_*) stay where pytest found them, once.
globals().update(
    {
        name: value
        for name, value in vars(_tests_conftest()).items()
        if not name.startswith(("_", "pytest_")) and name not in globals()
    }
)


def lint(name: str, text: str, **options: object) -> list:  # type: ignore[type-arg]
    """The findings of the rule `name` (with these options) on `text`."""
    cls = all_rules()[name]
    return lint_text(text, [cls(cls.Options(**options))])


def fixed(name: str, text: str, unsafe: bool = False) -> str:
    """`text` after the fixes of the rule `name` (the unsafe ones too if asked)."""
    return fix_text(text, [all_rules()[name]()], unsafe=unsafe).source.text


def lines(text: str, findings: list) -> list[int]:  # type: ignore[type-arg]
    """The 1-based line of each finding's start."""
    return [text.count("\n", 0, f.span.start) + 1 for f in findings]


def columns(text: str, findings: list) -> list[tuple[int, int]]:  # type: ignore[type-arg]
    """The 1-based (line, column) of each finding's start; columns count characters."""
    return [
        (text.count("\n", 0, f.span.start) + 1, f.span.start - (text.rfind("\n", 0, f.span.start) + 1) + 1)
        for f in findings
    ]
