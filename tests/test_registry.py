from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from awesome_lint import lint_text
from awesome_lint.registry import Rule, RuleError, all_rules, register

PLUGIN = '''
from awesome_lint.fixes import Finding
from awesome_lint.registry import Rule
from awesome_lint.source import Span


class NoTodo(Rule):
    name = "no-todo"
    summary = "No TODO."

    def check(self, doc):
        start = doc.text.find("TODO")
        if start >= 0:
            yield Finding(self.name, "a TODO is left", Span(start, start + 4))
'''


@pytest.fixture
def plugin_on_path(tmp_path: Path) -> Iterator[None]:
    (tmp_path / "todo_plugin.py").write_text(PLUGIN, encoding="utf-8")
    info = tmp_path / "todo_plugin-1.0.dist-info"
    info.mkdir()
    (info / "METADATA").write_text("Metadata-Version: 2.1\nName: todo-plugin\nVersion: 1.0\n")
    (info / "entry_points.txt").write_text("[awesome_lint.rules]\nno-todo = todo_plugin:NoTodo\n")
    sys.path.insert(0, str(tmp_path))
    all_rules.cache_clear()
    yield
    sys.path.remove(str(tmp_path))
    sys.modules.pop("todo_plugin", None)
    all_rules.cache_clear()


def test_third_party_rule_through_entry_point(plugin_on_path: None) -> None:
    rules = all_rules()
    assert "no-todo" in rules and "broken-anchor" in rules
    assert "no-todo" in [f.rule for f in lint_text("# A\n\nTODO\n")]


def test_builtins_are_found_by_package_walk() -> None:
    assert "broken-anchor" in all_rules()


def test_names_must_be_kebab_case_and_unique() -> None:
    class Bad(Rule):
        name = "Bad_Name"
        summary = "x"

    with pytest.raises(RuleError):
        register(Bad)

    class Twin(Rule):
        name = "broken-anchor"
        summary = "x"

    with pytest.raises(RuleError):
        register(Twin)
