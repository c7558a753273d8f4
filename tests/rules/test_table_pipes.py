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
        "a|b\n-|-\n1|2\n",  # no row has the outer pipes: the list's way
        "    a | b\n    --|--\n",  # indented code
        "<!--\na | b\n--|--\n-->\n",
    ],
)
def test_clean(text: str) -> None:
    assert lint("table-pipes", text) == []


def test_table_pipes_fix_keeps_trailing_spaces() -> None:
    text = "| a | b  \n|---|---|\n| 1 | 2 |\n| 3 | 4 |\n"
    assert fixed("table-pipes", text) == "| a | b |  \n|---|---|\n| 1 | 2 |\n| 3 | 4 |\n"


ROWS = "".join(f"| [Leaf](https://leaf.example/{i}) | 2021 |\n" for i in range(4))


def test_seed(seed_text: str) -> None:
    # 23 of the seed's 111 rows go without the trailing pipe: one finding for the list
    (finding,) = lint("table-pipes", seed_text)
    assert finding.message.startswith("23 of 111 table rows have no trailing pipe")
    assert finding.fix is not None and len(finding.fix.edits) == 23


@pytest.mark.parametrize(
    "text, expected_places, expected",
    [
        (  # the leading pipe of the header only
            "Title | Date |\n|---|---|\n" + ROWS,
            [(1, 1, "Title | Date |")],
            "| Title | Date |\n|---|---|\n" + ROWS,
        ),
        (  # the page example: trailing pipes of two rows
            "| Title | Date\n|---|---|\n" + ROWS + "| [Root](https://root.example) | Jan 2021\n",
            [(1, 1, "| Title | Date"), (7, 1, "| [Root](https://root.example) | Jan 2021")],
            "| Title | Date |\n|---|---|\n" + ROWS + "| [Root](https://root.example) | Jan 2021 |\n",
        ),
        (  # both pipes of a row
            "| a | b |\n|---|---|\n| 1 | 2 |\n3 | 4\n",
            [(4, 1, "3 | 4")],
            "| a | b |\n|---|---|\n| 1 | 2 |\n| 3 | 4 |\n",
        ),
        (  # an escaped pipe is cell text, not the trailing pipe
            "| a \\|\n|---|\n| 1 |\n| 2 |\n",
            [(1, 1, "| a \\|")],
            "| a \\| |\n|---|\n| 1 |\n| 2 |\n",
        ),
        (  # inside a list item and a quote: the row's own text, after the container's prefix
            "- Papers:\n\n  | a | b\n  |---|---|\n  | 1 | 2 |\n> | c | d |\n> |---|---|\n",
            [(3, 3, "| a | b")],
            "- Papers:\n\n  | a | b |\n  |---|---|\n  | 1 | 2 |\n> | c | d |\n> |---|---|\n",
        ),
        (
            "| a |\r\n|---|\r\n| 1\r\n",
            [(3, 1, "| 1")],
            "| a |\r\n|---|\r\n| 1 |\r\n",
        ),
    ],
)
def test_a_few_rows_without_the_list_s_pipes_are_reported_each_and_fixed_safely(
    text: str, expected_places: list[tuple[int, int, str]], expected: str
) -> None:
    found = lint("table-pipes", text)
    assert places("table-pipes", text) == expected_places
    assert all(f.fix is not None and f.fix.applicability == Applicability.SAFE for f in found)
    assert fixed("table-pipes", text) == expected
    assert lint("table-pipes", expected) == []


def test_many_rows_without_the_trailing_pipe_are_one_finding_with_one_fix() -> None:
    with_pipes = "| a | b |\n|---|---|\n" + ROWS
    without = "| c | d\n|---|---|\n" + ROWS.replace(" |\n", "\n")
    text = with_pipes + "\n" + with_pipes + "\n" + without
    (finding,) = lint("table-pipes", text)
    assert finding.message.startswith("5 of 18 table rows have no trailing pipe, unlike the others")
    assert fixed("table-pipes", text) == with_pipes + "\n" + with_pipes + "\n" + "| c | d |\n" + (
        "|---|---|\n" + ROWS
    )


@pytest.mark.parametrize(
    "text",
    [
        # every header written without the leading pipe: the list's way for headers
        ("API | Description |\n|---|---|\n" + ROWS + "\n") * 3,
        # most rows without the trailing pipe: the list's way
        "| a | b\n|---|---|\n" + ROWS.replace(" |\n", "\n") + "| 1 | 2 |\n",
        # a comment under the table is no row to add pipes to
        "| a | b |\n|---|---|\n" + ROWS + "[//]: # (more soon)\n",
    ],
)
def test_the_list_s_own_way_is_not_reported(text: str) -> None:
    assert lint("table-pipes", text) == []


def test_text_after_the_last_cell_is_a_cell_too_many_not_a_missing_pipe() -> None:
    """`|3|Clay|✘|| note`: the row already has the header's cells; the note after them is
    a fourth that GitHub drops, pipe or not. table-column-count reports it; a closing
    pipe would only hide it."""
    rows = "".join(f"|{n}|Pot {n}|✔||\n" for n in range(5))
    text = "|#|Name|Lid|Note|\n|:-|:-|:-|:-|\n" + rows + "|9|Clay|✘|| based on [Yixing](https://e.org/y)\n"
    assert lint("table-pipes", text) == []
    assert len(lint("table-column-count", text)) == 1
