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
from awesome_lint.source import Source


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


def places(name: str, text: str, **options: object) -> list[tuple[int, int, str]]:
    """Where the rule `name` reports on `text`: (line, column, reported text) for each
    finding, columns in characters as the CLI shows them. Every finding must be that
    rule's."""
    found = lint(name, text, **options)
    assert [f.rule for f in found] == [name] * len(found)
    source = Source("test.md", text)
    return [(*source.line_col(f.span.start), text[f.span.start : f.span.end]) for f in found]


def lint_readme(
    name: str, folder: Path, files: dict[str, str], readme: str = "README.md",
    text: str = "# Awesome Tea\n",
) -> list:  # type: ignore[type-arg]
    """The findings of the rule `name` on `text` saved as `folder/readme`, with `files`
    (relative path -> content) written beside it first."""
    for relative, content in files.items():
        path = folder / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(content, encoding="utf-8")
    path = folder / readme
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return lint_text(text, [all_rules()[name]()], path=str(path))
