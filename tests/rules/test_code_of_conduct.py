"""code-of-conduct: hand-made cases.

Findings about the whole file are shown at 1:1 and never hidden by what the file opens with.
"""

from __future__ import annotations

from pathlib import Path

from awesome_lint import lint_text
from awesome_lint.registry import all_rules


def test_empty_code_of_conduct_is_reported_under_a_leading_comment(tmp_path: Path) -> None:
    readme = tmp_path / "README.md"
    (tmp_path / "code-of-conduct.md").write_text("\n", encoding="utf-8")
    text = "<!-- lint, please -->\n# Awesome Tea\n"
    readme.write_text(text, encoding="utf-8")
    found = lint_text(text, [all_rules()["code-of-conduct"]()], path=str(readme))
    assert [f.message for f in found] == ["code-of-conduct.md is empty"]
