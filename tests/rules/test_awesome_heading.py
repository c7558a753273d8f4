"""awesome-heading: hand-made cases.

Findings about the whole file are shown at 1:1 and never hidden by what the file opens with.
"""

from __future__ import annotations

from awesome_lint import lint_text
from awesome_lint.registry import all_rules


def test_missing_main_heading_under_a_leading_comment() -> None:
    found = lint_text("<!-- x -->\n- [Leaf](https://leaf.example) - Tea.\n", [all_rules()["awesome-heading"]()])
    assert [f.rule for f in found] == ["awesome-heading"]
