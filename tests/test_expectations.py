"""Every finding each rule gives on the real lists, reviewed by hand and recorded.

A file per rule in tests/expectations/: one line per finding, `list:line:column`, then
the message as a reading aid (only the place is compared). A new finding or a lost one
fails the test; after reviewing the change, rewrite the files with
AWESOME_LINT_UPDATE_EXPECTATIONS=1 and read the diff before committing it.
"""

from __future__ import annotations

import os

import pytest
from conftest import ROOT, real_lists

from awesome_lint import lint_text
from awesome_lint.registry import all_rules
from awesome_lint.source import Source

EXPECTATIONS = ROOT / "tests" / "expectations"
RULES = sorted(p.stem for p in EXPECTATIONS.glob("*.txt"))


def current(rule_name: str) -> list[str]:
    rule = all_rules()[rule_name]()
    lines = []
    for path in real_lists():
        source = Source.from_bytes(path.name, path.read_bytes())
        for finding in lint_text(source.text, [rule]):
            line, column = source.line_col(finding.span.start)
            lines.append(f"{path.name}:{line}:{column}  # {finding.message}")
    return lines


def place(line: str) -> str:
    return line.split("  # ", 1)[0]


@pytest.mark.parametrize("rule_name", RULES)
def test_findings_on_real_lists_are_the_reviewed_ones(rule_name: str) -> None:
    if not real_lists():
        pytest.skip("../shared (seed and corpus) is absent")
    found = current(rule_name)
    path = EXPECTATIONS / f"{rule_name}.txt"
    if os.environ.get("AWESOME_LINT_UPDATE_EXPECTATIONS"):
        path.write_text("".join(f"{line}\n" for line in found), encoding="utf-8")
    recorded = [line for line in path.read_text(encoding="utf-8").splitlines() if line]
    assert [place(line) for line in found] == [place(line) for line in recorded]


def test_every_rule_has_an_expectations_file() -> None:
    assert set(RULES) == set(all_rules())
