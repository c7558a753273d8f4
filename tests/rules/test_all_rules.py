"""Every rule at once: the seed after all the fixes."""

from __future__ import annotations

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

