"""balanced-punctuation: hand-made cases."""

from __future__ import annotations

import pytest
from conftest import lint, places

NOOP = [
    "- [Tea](https://tea.example) - “Quoted” and ‘single’ quotes.\n",
    "- [Tea](https://tea.example) - “He said ‘steep it’ twice.”\n",  # nested
    "- [Tea](https://tea.example) - It’s the tea’s best, rock ’n’ roll.\n",  # apostrophes
    "- [Tea](https://tea.example) - Stray ’ apostrophe.\n",
    "- [茶](https://tea.example) - 「茶」と『本』、（注）【新】《书》。\n",
    "A “quote that spans\ntwo lines” of one paragraph.\n",
    "> “Quoted\n> across lines.”\n",
    "| Title | Note |\n|---|---|\n| “Leaf” | ‘Bud’ |\n",
    "- [Tea](https://tea.example) - “Quote with a [link](https://link.example) inside.”\n",
    "# “Tea” Notes\n",
    # code, fenced code, comments and HTML attributes are not prose
    "Write `“` to open a quote.\n",
    "```\n“ open in code\n```\n",
    "<!-- “ unfinished note -->\n",
    '<img alt="“" src="tea.png">\n',
    # straight quotes cannot be told apart: never checked
    '- [Tea](https://tea.example) - A "quote left open.\n',
    # French guillemets are not among the default pairs
    "« Le thé » et « le café.\n",
]


@pytest.mark.parametrize("text", NOOP)
def test_no_finding(text: str) -> None:
    assert lint("balanced-punctuation", text) == []


@pytest.mark.parametrize(
    "text, place, message",
    [
        ("- [Tea](https://tea.example) - “Never closed.\n", (1, 32, "“"), "'“' is never closed by '”'"),
        ("- [Tea](https://tea.example) - Closed” only.\n", (1, 38, "”"), "'”' closes nothing opened by '“'"),
        ("- [Tea](https://tea.example) - A ‘single one.\n", (1, 34, "‘"), "'‘' is never closed by '’'"),
        ("- [茶](https://tea.example) - 括弧（注。\n", (1, 32, "（"), "'（' is never closed by '）'"),
        ("- [茶](https://tea.example) - 注）。\n", (1, 31, "）"), "'）' closes nothing opened by '（'"),
        ("- [书](https://tea.example) - 《书名。\n", (1, 30, "《"), "'《' is never closed by '》'"),
        ("- [茶](https://tea.example) - 【新。\n", (1, 30, "【"), "'【' is never closed by '】'"),
        ("# Tea “Notes\n", (1, 7, "“"), "'“' is never closed by '”'"),
    ],
)
def test_unbalanced_mark_is_reported_at_itself(text: str, place: tuple[int, int, str], message: str) -> None:
    (finding,) = lint("balanced-punctuation", text)
    assert places("balanced-punctuation", text) == [place]
    assert finding.message == message
    assert finding.fix is None


@pytest.mark.parametrize(
    "text, expected",
    [
        # marks are paired within one paragraph, list item or cell, never across them
        ("“A paragraph\n\nand another”\n", [(1, 1, "“"), (3, 12, "”")]),
        ("- “one item\n- closes” in the next\n", [(1, 3, "“"), (2, 9, "”")]),
        ("| a | b |\n|---|---|\n| “x | y” |\n", [(3, 3, "“"), (3, 9, "”")]),
        ("# Heading “open\n\nText”.\n", [(1, 11, "“"), (3, 5, "”")]),
        # the closing mark in code does not close the quote in the text
        ("Text with “quote (see `”`).\n", [(1, 11, "“")]),
        # every unclosed opening is reported, not just the first
        ("“Two” “opens “ here\n", [(1, 7, "“"), (1, 14, "“")]),
        ("Quote ”reversed“ marks.\n", [(1, 7, "”"), (1, 16, "“")]),
    ],
)
def test_pairs_do_not_cross_blocks(text: str, expected: list[tuple[int, int, str]]) -> None:
    assert places("balanced-punctuation", text) == expected


def test_pairs_option_replaces_the_checked_marks() -> None:
    text = "« Le thé » et « le café.\n- [Tea](https://tea.example) - “Never closed.\n"
    assert places("balanced-punctuation", text, pairs=(("«", "»"),)) == [(1, 15, "«")]
    assert places("balanced-punctuation", text) == [(2, 32, "“")]


def test_pairs_option_with_the_same_mark_twice_checks_nothing() -> None:
    text = 'A "quote left open.\n'
    assert lint("balanced-punctuation", text, pairs=(('"', '"'),)) == []


def test_german_quotes_are_balanced() -> None:
    text = "- [Nachgehackt](https://tea.example) - Der Podcast „Nachgehackt“ über IT-Sicherheit.\n"
    assert lint("balanced-punctuation", text) == []


def test_german_quotes_close_with_the_english_opening_mark() -> None:
    from awesome_lint import lint_text
    from awesome_lint.rules.balanced_punctuation import BalancedPunctuation

    text = "- [Podcast](https://example.org) - Über „Made in Germany“ und ‚so‘ weiter.\n"
    assert lint_text(text, [BalancedPunctuation()]) == []
    assert lint_text("- Ein „offenes Zitat.\n", [BalancedPunctuation()]) == []  # low quotes are not checked alone


def test_a_number_that_counts_the_points_of_a_sentence_closes_nothing() -> None:
    text = "- [Tea](https://tea.example)：把文本变自然。1）人性化处理；2）检测服务。\n"
    assert lint("balanced-punctuation", text) == []
    assert len(lint("balanced-punctuation", "- 茶的年份 2019）。\n")) == 1  # a year counts nothing
