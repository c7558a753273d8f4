"""table-column-count: hand-made cases and the seed."""

from __future__ import annotations

import pytest
from conftest import fixed, lint


@pytest.mark.parametrize(
    "text",
    [
        "| a | b |\n|---|---|\n| 1 | 2 |\n| 3 \\| 4 | 5 |\n",
    ],
)
def test_clean(text: str) -> None:
    assert lint("table-column-count", text) == []


@pytest.mark.parametrize(
    "row, padded",
    [("| 1 |", "| 1 | | |"), ("| 1", "| 1 | | |"), ("| 1 | 2 |", "| 1 | 2 | |")],
)
def test_column_count_pads_short_rows(row: str, padded: str) -> None:
    head = "| a | b | c |\n|---|---|---|\n"
    assert fixed("table-column-count", head + row + "\n") == head + padded + "\n"


def test_column_count_reports_long_rows_without_fix() -> None:
    (finding,) = lint("table-column-count", "| a |\n|---|\n| 1 | 2 |\n")
    assert finding.fix is None and "drops" in finding.message


def test_seed(seed_text: str) -> None:
    assert lint("table-column-count", seed_text) == []
