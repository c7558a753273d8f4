from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from awesome_lint import lint_text
from awesome_lint.document import Document, Span
from awesome_lint.fixes import Applicability, Edit, Finding, Fix, Fixability
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


def _one_finding_rule(finding: Finding, **attributes: object) -> Rule:
    class OneFinding(Rule):
        name = "one-finding"
        summary = "x"

        def check(self, doc: Document) -> Iterator[Finding]:
            yield finding

    for key, value in attributes.items():
        setattr(OneFinding, key, value)
    return OneFinding()


def test_the_engine_stamps_the_rule_name() -> None:
    rule = _one_finding_rule(Finding("", "unnamed", Span(0, 1)))
    assert [f.rule for f in lint_text("# A\n", [rule])] == ["one-finding"]


def test_a_finding_that_names_another_rule_is_rejected() -> None:
    rule = _one_finding_rule(Finding("broken-anchor", "posing", Span(0, 1)))
    with pytest.raises(RuleError, match="reported a finding as rule 'broken-anchor'"):
        lint_text("# A\n", [rule])


def test_a_fix_the_rule_does_not_declare_is_rejected() -> None:
    fix = Fix("Do it", (Edit(Span(0, 1), "#"),), Applicability.UNSAFE)
    never = _one_finding_rule(Finding("", "m", Span(0, 1), fix=fix))
    with pytest.raises(RuleError, match="unsafe fix it does not declare"):
        lint_text("# A\n", [never])
    safe_only = _one_finding_rule(
        Finding("", "m", Span(0, 1), fix=fix), fixable=Fixability.SOMETIMES
    )
    with pytest.raises(RuleError):
        lint_text("# A\n", [safe_only])
    both = _one_finding_rule(
        Finding("", "m", Span(0, 1), fix=fix),
        fixable=Fixability.SOMETIMES,
        fix_safety=(Applicability.SAFE, Applicability.UNSAFE),
    )
    assert [f.fix for f in lint_text("# A\n", [both])] == [fix]


def test_list_rules_shows_how_safe_the_fixes_are() -> None:
    from awesome_lint.registry import fix_label

    rules = all_rules()
    assert fix_label(rules["awesome-heading"]) == "never"
    assert fix_label(rules["broken-anchor"]) == "sometimes (safe, unsafe)"
    assert fix_label(rules["arxiv-link"]) == "always (safe)"
    assert fix_label(rules["duplicate-entry"]) == "sometimes (unsafe)"
    assert fix_label(rules["date-format"]) == "sometimes (safe, unsafe)"


def test_fixable_must_be_the_enum() -> None:
    class Loose(Rule):
        name = "loose-fixable"
        summary = "x"
        fixable = "always"  # type: ignore[assignment]

    with pytest.raises(RuleError, match="Fixability"):
        register(Loose)
