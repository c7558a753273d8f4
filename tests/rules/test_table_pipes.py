"""table-pipes: hand-made cases and the seed."""

from __future__ import annotations

import pytest
from conftest import fixed, lint


@pytest.mark.parametrize(
    "text",
    [
        "| a | b |\n|---|---|\n| 1 | 2 |\n",
        "```\na | b\n--|--\n```\n",
    ],
)
def test_clean(text: str) -> None:
    assert lint("table-pipes", text) == []


def test_table_pipes_fix_keeps_trailing_spaces() -> None:
    text = "a | b  \n---|---\n1 | 2\n"
    assert fixed("table-pipes", text) == "| a | b |  \n| ---|--- |\n| 1 | 2 |\n"


def test_seed(seed_text: str) -> None:
    pipes = lint("table-pipes", seed_text)
    assert len(pipes) == 23 and all("trailing" in f.message for f in pipes)
