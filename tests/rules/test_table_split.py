"""table-split: hand-made cases and the seed."""

from __future__ import annotations

import pytest
from conftest import fixed, lint

from awesome_lint.fixes import Applicability

TABLE = "| Title | Date |\n|---|---|\n| [Leaf](https://leaf.example/a) | 2021 |\n"
ROW = "| [Root](https://leaf.example/b) | 2022 |\n"


@pytest.mark.parametrize(
    "text",
    [
        TABLE + ROW,  # one table
        TABLE + "\n" + "| Other | Head |\n|---|---|\n" + ROW,  # a second table
        TABLE + "\nSee | also the notes.\n",  # text with a pipe in it
        TABLE + "\n<!-- kept -->\n\n" + ROW,  # something between them
        TABLE + "\n## Next\n\n" + ROW,
        TABLE + "\n```\n" + ROW + "```\n",  # code
        TABLE + "\n| lone cell\n",  # one cell: not a row of this table
    ],
)
def test_clean(text: str) -> None:
    assert lint("table-split", text) == []


def test_rows_after_a_blank_line_are_joined_to_their_table() -> None:
    text = TABLE + "\n" + ROW + "| [Stem](https://leaf.example/c) | 2023\n\nAfter.\n"
    (finding,) = lint("table-split", text)
    assert "the 2 rows after it show as text" in finding.message
    assert finding.fix is not None and finding.fix.applicability == Applicability.SAFE
    assert fixed("table-split", text) == text.replace(TABLE + "\n", TABLE)


def test_rows_with_other_cells_get_an_unsafe_fix() -> None:
    text = TABLE + "\n\n| [Root](https://leaf.example/b) | 2022 | note |\n"
    (finding,) = lint("table-split", text)
    assert "do not all have the table's 2 cells" in finding.message
    assert finding.fix is not None and finding.fix.applicability == Applicability.UNSAFE
    assert fixed("table-split", text) == text  # not with --fix alone


def test_a_table_in_a_list_item_and_a_quote() -> None:
    item = "- Papers:\n\n  " + TABLE.replace("\n|", "\n  |") + "\n  " + ROW
    assert len(lint("table-split", item)) == 1
    quote = "".join(f"> {line}\n" for line in (TABLE + "\n" + ROW).splitlines())
    assert len(lint("table-split", quote)) == 1
    assert fixed("table-split", quote) == quote.replace("> \n", "")


def test_seed(seed_text: str) -> None:
    assert lint("table-split", seed_text) == []


@pytest.mark.parametrize("ending", ["\r\n", "\r"])
def test_other_line_endings_are_kept(ending: str) -> None:
    text = (TABLE + "\n" + ROW).replace("\n", ending)
    assert fixed("table-split", text) == (TABLE + ROW).replace("\n", ending)


def test_an_escaped_pipe_is_no_cell() -> None:
    """As in the table's own rows (GFM): only an escaped pipe stays in its cell, in code
    too."""
    row = "| [Root](https://leaf.example/b) `a\\|b` \\| c | 2022 |\n"
    assert fixed("table-split", TABLE + "\n" + row) == TABLE + row
