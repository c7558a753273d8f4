"""table-column-count: hand-made cases and the seed."""

from __future__ import annotations

import pytest
from conftest import fixed, lint, places

from awesome_lint.fixes import Applicability

HEAD = "| Title | Year | Note |\n|---|---|---|\n"
FULL = "| [Leaf](https://leaf.example/{0}) | 2021 | Tea |\n"


def table(*rows: str, full: int = 4, head: str = HEAD) -> str:
    """A table of `full` complete rows, then `rows`."""
    return head + "".join(FULL.format(i) for i in range(full)) + "".join(rows)


@pytest.mark.parametrize(
    "text",
    [
        "| a | b |\n|---|---|\n| 1 | 2 |\n| 3 \\| 4 | 5 |\n",
        # the list's way: most rows leave out the empty last cell
        HEAD + "".join(f"| [Leaf](https://leaf.example/{i}) | 2021 |\n" for i in range(5))
        + FULL.format(9) * 3,
        # one table's way: all its rows leave out the last cell, the other table fills it
        table(full=6) + "\n" + HEAD + "| [Root](https://root.example) | 2022 |\n" * 3,
        # most rows of the table end in an empty extra cell
        HEAD + "| [Leaf](https://leaf.example) | 2021 | Tea | |\n" * 3 + FULL.format(1),
        # a one-column table row without pipes is a row
        "| Title |\n|---|\n| [Leaf](https://leaf.example) |\nRoot\n",
        # a label across the table, every other row filled
        table("| **2020** |\n", FULL.format(8)),
    ],
)
def test_clean(text: str) -> None:
    assert lint("table-column-count", text) == []


@pytest.mark.parametrize(
    "row, padded",
    [
        ("| [Sap](https://sap.example) | 2020", "| [Sap](https://sap.example) | 2020 | |"),
        ("| [Sap](https://sap.example) | 2020 |", "| [Sap](https://sap.example) | 2020 | |"),
    ],
)
def test_a_short_row_among_full_ones_is_padded(row: str, padded: str) -> None:
    # a table of rows that sometimes leave the note empty: a missing one is an empty one
    head = table("| [Bud](https://bud.example) | 2019 | |\n")
    assert places("table-column-count", head + row + "\n") == [(8, 1, row)]
    assert fixed("table-column-count", head + row + "\n") == head + padded + "\n"


def test_a_short_row_without_a_cell_every_other_row_fills_has_no_fix() -> None:
    # the year is missing, or written in the wrong column: a human decides
    text = table("| [Sap](https://sap.example) | Tea |\n")
    (finding,) = lint("table-column-count", text)
    assert "nothing under 'Note', which the other rows fill" in finding.message
    assert finding.fix is None


def test_many_short_rows_are_one_finding_with_one_fix() -> None:
    short = [f"| [Sap](https://sap.example/{i}) | 2020 |\n" for i in range(4)]
    text = table(*short, "| [Bud](https://bud.example) | 2019 | |\n", full=6)
    (finding,) = lint("table-column-count", text)
    assert finding.message.startswith("4 of 11 table rows have fewer cells than their header")
    assert fixed("table-column-count", text) == text.replace("2020 |\n", "2020 | |\n")


def test_a_long_row_with_text_is_reported_without_fix() -> None:
    (finding,) = lint("table-column-count", table("| [Sap](https://sap.example) | - | - | 2020 |\n"))
    assert finding.fix is None
    assert finding.message == "row has 4 cells, the header 3: GitHub drops the last 1: '2020'"


def test_a_note_in_a_cell_past_the_header_is_kept_for_github_to_drop() -> None:
    rows = "".join(f"| [Sap {n}](https://sap.example/{n}) | - | - | [//]: #10/30\n" for n in range(5))
    assert lint("table-column-count", table(rows)) == []


def test_a_header_short_of_the_rows_cells_is_one_finding() -> None:
    rows = "".join(f"| [Leaf](https://leaf.example/{i}) | 2021 | Tea | Oolong |\n" for i in range(5))
    (finding,) = places("table-column-count", table(rows, full=1))
    assert finding[:2] == (1, 1)
    (found,) = lint("table-column-count", table(rows, full=1))
    assert found.message.startswith("5 of the table's 6 rows have more cells than its header")


@pytest.mark.parametrize(
    "row",
    [
        "| [Sap | Bud](https://sap.example) | 2020 | Tea |",
        "| [Sap](https://sap.example/a|b) | 2020 | Tea |",
        "| `a|b` | 2020 | Tea |",
    ],
)
def test_a_pipe_inside_a_link_or_code_is_blamed(row: str) -> None:
    (finding,) = lint("table-column-count", table(row + "\n"))
    assert finding.message.endswith("(a '|' inside a cell must be written '\\|')")


def test_a_stray_empty_cell_is_removed_safely() -> None:
    text = table("| [Sap](https://sap.example) | 2020 | Tea |   |\n")
    (finding,) = lint("table-column-count", text)
    assert finding.message == "row has 4 cells, the header 3: GitHub drops the 1 empty cell at the end"
    assert finding.fix is not None and finding.fix.applicability == Applicability.SAFE
    assert fixed("table-column-count", text) == table("| [Sap](https://sap.example) | 2020 | Tea |\n")


def test_a_comment_under_a_table_is_no_row_with_missing_cells() -> None:
    text = table("[//]: # (| [Sap](https://sap.example) | 2020 | Tea |)\n")
    (finding,) = lint("table-column-count", text)
    assert finding.message.startswith("a `[//]: #` comment right under a table is read as a row")
    assert fixed("table-column-count", text) == table() + "\n" + text[len(table()) :]


@pytest.mark.parametrize(
    "text",
    [
        table("[//]: # (soon)\n", FULL.format(8)),  # a blank line would cut the table
        "> " + table("[//]: # (soon)\n").replace("\n", "\n> ")[:-2],  # and end the quote
    ],
)
def test_a_comment_inside_a_table_or_quote_is_reported_without_fix(text: str) -> None:
    (finding,) = lint("table-column-count", text)
    assert "comment" in finding.message and finding.fix is None


def test_a_line_without_pipes_under_a_table_is_reported_without_fix() -> None:
    (finding,) = lint("table-column-count", table("More papers soon.\n"))
    assert finding.message.startswith("a line without a pipe") and finding.fix is None


def test_seed(seed_text: str) -> None:
    assert lint("table-column-count", seed_text) == []
