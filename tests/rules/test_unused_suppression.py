from __future__ import annotations

from awesome_lint import fix_text, lint_text
from awesome_lint.rules.broken_anchor import BrokenAnchor
from awesome_lint.rules.unused_suppression import UnusedSuppression

BROKEN = "- [Pots](#nowhere)\n"


def findings(text: str, *, with_anchor_rule: bool = True) -> list:  # type: ignore[type-arg]
    rules = [UnusedSuppression(), *([BrokenAnchor()] if with_anchor_rule else [])]
    return [f for f in lint_text(text, rules) if f.rule == "unused-suppression"]


def test_a_comment_that_turns_a_finding_off_is_used() -> None:
    assert findings("<!-- awesome-lint-disable-next-line broken-anchor -->\n" + BROKEN) == []
    assert findings("<!-- awesome-lint-disable -->\n" + BROKEN) == []


def test_a_comment_that_turns_nothing_off_is_removed_with_its_line() -> None:
    text = "# Tea\n\n<!-- awesome-lint-disable-next-line broken-anchor -->\n- [Tea](#tea)\n"
    (finding,) = findings(text)
    assert "turns off no finding" in finding.message
    fixed = fix_text(text, [UnusedSuppression(), BrokenAnchor()]).source.text
    assert fixed == "# Tea\n\n- [Tea](#tea)\n"


def test_a_misspelt_rule_name_is_reported_without_a_fix() -> None:
    (finding,) = findings("<!-- awesome-lint-disable brokn-anchor -->\n" + BROKEN)
    assert finding.message == "no rule is named 'brokn-anchor' (see --list-rules)"
    assert finding.fix is None


def test_rules_that_did_not_run_and_npm_comments_are_not_judged() -> None:
    text = "<!-- awesome-lint-disable broken-anchor -->\n" + BROKEN
    assert findings(text, with_anchor_rule=False) == []
    assert findings("<!--lint disable awesome-list-item-->\n# Tea\n") == []


def test_a_comment_inside_a_line_is_removed_alone() -> None:
    text = "# Tea <!-- awesome-lint-disable-line broken-anchor -->\n"
    (finding,) = findings(text)  # there is no disable-line: the comment does nothing
    assert "'-line'" in finding.message
    text = "Tea <!-- awesome-lint-disable-next-line broken-anchor --> time.\n\nClay.\n"
    fixed = fix_text(text, [UnusedSuppression(), BrokenAnchor()]).source.text
    assert fixed == "Tea  time.\n\nClay.\n"
