"""table-pipes: hand-made cases and the seed."""

from __future__ import annotations

import pytest
from conftest import fixed, lint, places

from awesome_lint.fixes import Applicability


@pytest.mark.parametrize(
    "text",
    [
        "| a | b |\n|---|---|\n| 1 | 2 |\n",
        "```\na | b\n--|--\n```\n",
        "| Title | Date |\n|:---|---:|\n| [Leaf](https://leaf.example) | 2021 |\n",
        "| a | b |   \n|---|---|\t\n",  # spaces after the last pipe
        "a | b\n",  # one line with a pipe is no table
        "    a | b\n    --|--\n",  # indented code
        "<!--\na | b\n--|--\n-->\n",
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


@pytest.mark.parametrize(
    "text, expected_places, expected",
    [
        (  # the leading pipe of the header only
            "Title | Date |\n|---|---|\n| [Leaf](https://leaf.example) | 2021 |\n",
            [(1, 1, "Title | Date |")],
            "| Title | Date |\n|---|---|\n| [Leaf](https://leaf.example) | 2021 |\n",
        ),
        (  # the page example: trailing pipes of two rows
            "| Title | Date\n|---|---|\n| [Leaf](https://leaf.example) | Jan 2021\n",
            [(1, 1, "| Title | Date"), (3, 1, "| [Leaf](https://leaf.example) | Jan 2021")],
            "| Title | Date |\n|---|---|\n| [Leaf](https://leaf.example) | Jan 2021 |\n",
        ),
        (  # both pipes of every row, the delimiter row included
            "a|b\n-|-\n1|2\n",
            [(1, 1, "a|b"), (2, 1, "-|-"), (3, 1, "1|2")],
            "| a|b |\n| -|- |\n| 1|2 |\n",
        ),
        (  # an escaped pipe is cell text, not the trailing pipe
            "| a \\|\n|---|\n",
            [(1, 1, "| a \\|")],
            "| a \\| |\n|---|\n",
        ),
        (  # inside a list item and a quote: the row's own text, after the container's prefix
            "- Papers:\n\n  | a | b\n  |---|---|\n> | c | d\n> |---|---|\n",
            [(3, 3, "| a | b"), (5, 3, "| c | d")],
            "- Papers:\n\n  | a | b |\n  |---|---|\n> | c | d |\n> |---|---|\n",
        ),
        (
            "| a |\r\n|---|\r\n| 1\r\n",
            [(3, 1, "| 1")],
            "| a |\r\n|---|\r\n| 1 |\r\n",
        ),
    ],
)
def test_missing_pipes_are_reported_per_row_and_fixed_safely(
    text: str, expected_places: list[tuple[int, int, str]], expected: str
) -> None:
    found = lint("table-pipes", text)
    assert places("table-pipes", text) == expected_places
    assert all(f.fix is not None and f.fix.applicability == Applicability.SAFE for f in found)
    assert fixed("table-pipes", text) == expected
    assert lint("table-pipes", expected) == []

