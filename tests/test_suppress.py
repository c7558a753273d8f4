from __future__ import annotations

import pytest

from awesome_lint import lint_text as lint_all
from awesome_lint.rules.broken_anchor import BrokenAnchor


def lint_text(text: str) -> list:  # type: ignore[type-arg]
    return lint_all(text, [BrokenAnchor()])


BODY = "- [a](#nowhere)\n"


@pytest.mark.parametrize(
    "text, reported_lines",
    [
        (BODY, [1]),
        ("<!-- awesome-lint-disable broken-anchor -->\n" + BODY, []),
        ("<!-- awesome-lint-disable -->\n" + BODY + "<!-- awesome-lint-enable -->\n" + BODY, [4]),
        ("<!-- awesome-lint-disable-next-line broken-anchor -->\n" + BODY + BODY, [3]),
        (BODY + "<!-- awesome-lint-disable-file broken-anchor -->\n", []),
        ("<!-- awesome-lint-disable other-rule -->\n" + BODY, [2]),
        ("```\n<!-- awesome-lint-disable -->\n```\n" + BODY, [4]),
    ],
)
def test_inline_comments(text: str, reported_lines: list[int]) -> None:
    lines = [text.count("\n", 0, f.span.start) + 1 for f in lint_text(text)]
    assert lines == reported_lines


def test_unknown_npm_rule_names_are_ignored() -> None:
    text = "<!--lint disable double-link-->\n" + BODY
    assert len(lint_text(text)) == 1


def test_npm_disable_without_names_turns_every_rule_off() -> None:
    text = "<!--lint disable-->\n\n- [Tea](#tea)\n\n<!--lint enable-->\n\n- [Pot](#pot)\n"
    assert [f.message.split("'")[1] for f in lint_text(text)] == ["#pot"]


def test_npm_ignore_covers_the_next_node_only() -> None:
    """remark's `lint ignore`: the next node, a whole list even when loose, and nothing
    after it."""
    loose = "- [Tea](#tea)\n\n- [Pot](#pot)\n"
    text = f"<!--lint ignore-->\n{loose}\nSee [Cup](#cup).\n"
    assert [f.message.split("'")[1] for f in lint_text(text)] == ["#cup"]
    heading = "<!--lint ignore-->\n## [Tea](#tea)\n\n- [Pot](#pot)\n"
    assert [f.message.split("'")[1] for f in lint_text(heading)] == ["#pot"]
