"""The model is the rules' only view of Markdown: a rule imports `awesome_lint.document`
(or other top-level helpers), never a `document` submodule and never another rule."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

RULES = sorted((Path(__file__).parents[1] / "src" / "awesome_lint" / "rules").glob("*.py"))


def imported_modules(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module:
            found.append(node.module)
            found.extend(f"{node.module}.{alias.name}" for alias in node.names)
        elif isinstance(node, ast.Import):
            found.extend(alias.name for alias in node.names)
    return found


def forbidden(module: str) -> bool:
    return module.startswith(("awesome_lint.rules.", "awesome_lint.document."))


@pytest.mark.parametrize("path", RULES, ids=lambda p: p.stem)
def test_rule_imports_only_the_public_model(path: Path) -> None:
    bad = [m for m in imported_modules(path) if forbidden(m)]
    # `from awesome_lint.document import Link` shows up as "awesome_lint.document.Link":
    # a name the package exports, which is what rules should use.
    from awesome_lint import document

    bad = [m for m in bad if m.rpartition(".")[2] not in document.__all__]
    assert not bad, f"{path.name} imports {bad}"


def test_the_check_catches_a_submodule_import(tmp_path: Path) -> None:
    rule = tmp_path / "rule.py"
    rule.write_text(
        "from awesome_lint.document.inline import Link\n"
        "from awesome_lint.rules.list_item import ListEntry\n"
        "import awesome_lint.document.blocks\n",
        encoding="utf-8",
    )
    found = [m for m in imported_modules(rule) if forbidden(m)]
    assert "awesome_lint.document.inline" in found
    assert "awesome_lint.rules.list_item" in found
    assert "awesome_lint.document.blocks" in found


MAX_RULE_LINES = 300


@pytest.mark.parametrize("path", RULES, ids=lambda p: p.stem)
def test_rule_modules_stay_small(path: Path) -> None:
    """A rule that grows past this keeps machinery that belongs in a module of its own."""
    lines = len(path.read_text(encoding="utf-8").splitlines())
    assert lines <= MAX_RULE_LINES, f"{path.name} has {lines} lines"
