"""Every rule at once: the seed after all the fixes, and one test module per rule."""

from __future__ import annotations

from pathlib import Path

from awesome_lint import fix_text
from awesome_lint.registry import all_rules


def test_seed_after_every_fix_leaves_only_human_work(seed_text: str) -> None:
    rules = [cls() for cls in all_rules().values()]
    once = fix_text(seed_text, rules, unsafe=True)
    assert all(f.fix is None for f in once.remaining)
    assert {f.rule for f in once.remaining} == {
        "awesome-badge", "awesome-heading", "date-format", "malformed-badge",
        "empty-section", "placeholder-text",
    }
    assert fix_text(once.source.text, rules, unsafe=True).source.text == once.source.text


def test_every_rule_has_its_own_test_module() -> None:
    here = Path(__file__).parent
    missing = [name for name in all_rules() if not (here / f"test_{name.replace('-', '_')}.py").is_file()]
    assert missing == []
