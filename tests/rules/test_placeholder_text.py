"""placeholder-text: hand-made cases and the seed."""

from __future__ import annotations

import pytest
from conftest import fixed, lines, lint, places


@pytest.mark.parametrize(
    "text",
    [
        "- [todocheck](https://x.org) - Links TODO comments to issues.\n- [TBD](https://tbd.org/???) - A tool.\n",
    ],
)
def test_clean(text: str) -> None:
    assert lint("placeholder-text", text) == []


def test_seed(seed_text: str) -> None:
    (placeholder,) = lint("placeholder-text", seed_text)
    assert lines(seed_text, [placeholder]) == [262]


NOOP = [
    # the words as words, names and file names
    "- [Todoist](https://todoist.example) - Manages your TODO list.\n",
    "- [todo.txt](https://todotxt.example) - TODO app in plain text.\n",
    "- [Leasot](https://leasot.example) - Parses TODO, FIXME and XXX comments.\n",
    "- [TODO](https://github.com/todo/todo) - A task manager.\n",
    "- [XXX Tool](https://xxx.example) - Large.\n",
    "See TODO.md for the plans.\n",
    "## TODO\n",
    "Todo: later.\n",  # only the upper-case markers
    # two question marks are a question
    "Really?? Yes.\n",
    # addresses of other domains, and link destinations
    "Contact: tea-list@tea.example\n",
    "Contact: me@example.community\n",
    "Mail [the maintainer](mailto:me@example.com).\n",
    "<me@example.com>\n",
    "- [Q](https://q.example/???) - Query tool.\n",
    # code and comments
    "Say `TODO:` in code.\n",
    "```\n# TODO: fix\n???\n```\n",
    "    TODO: indented code\n",
    "<!-- TODO: add more teas -->\n",
]


@pytest.mark.parametrize("text", NOOP)
def test_no_finding(text: str) -> None:
    assert lint("placeholder-text", text) == []


@pytest.mark.parametrize(
    "text, place",
    [
        ("## Contact\n\nEmail: ???.com\n", (3, 8, "???.com")),
        ("- [Tea](https://tea.example) - What is tea???\n", (1, 43, "???")),
        ("[???](https://tea.example)\n", (1, 2, "???")),
        ("Contact: lorem ipsum\n", (1, 10, "lorem ipsum")),
        ("Write to me@example.com today.\n", (1, 10, "me@example.com")),
        ("Write to first.last+tea@example.org.\n", (1, 10, "first.last+tea@example.org")),
        ("- [Tea](https://tea.example) - [INSERT DESCRIPTION]\n", (1, 32, "[INSERT DESCRIPTION]")),
        ("- [Tea](https://tea.example) - [Insert description here]\n", (1, 32, "[Insert description here]")),
        # markers alone in an item, a cell, parentheses or brackets, or before a colon
        ("- [Tea](https://tea.example) - TODO\n", (1, 32, "TODO")),
        ("- TODO\n", (1, 3, "TODO")),
        ("- TODO: add more teas\n", (1, 3, "TODO")),
        ("- [Tea](https://tea.example) - (TBD)\n", (1, 33, "TBD")),
        ("- [Tea](https://tea.example) - Tea. TODO: describe.\n", (1, 37, "TODO")),
        ("| Paper | Code |\n|---|---|\n| [P](https://p.example) | TBD |\n", (3, 28, "TBD")),
        ("| Paper | Code |\n|---|---|\n| [P](https://p.example) |TBD|\n", (3, 27, "TBD")),
        ("Version: TBD\n", (1, 10, "TBD")),
        ("FIXME\n", (1, 1, "FIXME")),
        ("XXX: hack\n", (1, 1, "XXX")),
        ("[TODO]\n", (1, 2, "TODO")),
    ],
)
def test_placeholder_is_reported_at_itself(text: str, place: tuple[int, int, str]) -> None:
    (finding,) = lint("placeholder-text", text)
    assert places("placeholder-text", text) == [place]
    assert finding.fix is None
    assert fixed("placeholder-text", text, unsafe=True) == text


def test_every_placeholder_of_a_line_is_reported() -> None:
    text = "| Paper | Code | Date |\n|---|---|---|\n| [P](https://p.example) | TODO | ??? |\n"
    assert places("placeholder-text", text) == [(3, 28, "TODO"), (3, 35, "???")]


@pytest.mark.parametrize(
    "text",
    [
        "- [Lipsum](https://lipsum.example) - Generates lorem ipsum text for mock-ups.\n",
        "- [Lorem Ipsum](https://lipsum.example/feed/html)\n",
        "- [Bacon Ipsum](https://bacon.example) - A meatier Lorem Ipsum generator.\n",
        '| [Loripsum](https://l.example) | The "lorem ipsum" generator that works | No |\n',
        "| Name | What |\n|---|---|\n| Lorem Ipsum | Filler text for mock-ups. |\n",
    ],
)
def test_lorem_ipsum_as_the_subject_is_not_a_placeholder(text: str) -> None:
    assert lint("placeholder-text", text) == []


@pytest.mark.parametrize(
    "text, place",
    [
        ("Lorem ipsum dolor sit amet.\n", (1, 1, "Lorem ipsum")),
        ("- [Tea](https://tea.example) - Lorem ipsum.\n", (1, 32, "Lorem ipsum")),
        ("| [Tea](https://tea.example) | lorem ipsum |\n", (1, 32, "lorem ipsum")),
    ],
)
def test_lorem_ipsum_as_filler(text: str, place: tuple[int, int, str]) -> None:
    assert places("placeholder-text", text) == [place]
