"""spell-check: hand-made cases."""

from __future__ import annotations

import pytest
from conftest import fixed, lint, places

from awesome_lint import fix_text
from awesome_lint.fixes import Applicability
from awesome_lint.registry import all_rules

ITEM = "- [Tea Bot](https://tea.example/bot) - "

NOOP = [
    ITEM + "Runs on GitHub, Node.js, macOS and iOS; written in JavaScript.\n",
    ITEM + "Uses PyTorch, TensorFlow and Hugging Face models.\n",
    # a name that is the whole link text is the package's own name
    "- [nodejs](https://github.com/nodejs/node) - The runtime.\n",
    "- [mysql](https://github.com/go-sql-driver/mysql) - MySQL driver for Go.\n",
    ITEM + "See [github](https://github.com).\n",
    # domains, paths, handles, file names, hyphenated names, identifiers
    ITEM + "Mirrors github.com/o/tea and @github, see github/tea.\n",
    ITEM + "Reads tea.javascript, github.md and github-flavored files.\n",
    ITEM + "Needs a TEA_GITHUB_TOKEN or GITHUB_TOKEN variable.\n",
    "<https://github.com/o/tea>\n",
    # code, comments and HTML tags
    ITEM + "Reads `package.json` with `nodejs`.\n",
    "```\nnpm install javascript-tea\ngithub\n```\n",
    "<!-- Github mirror -->\n",
    '<img alt="Github" src="media/github.png">\n',
    # names that are also words, in running prose
    ITEM + "A python library for the spring harvest.\n",
    ITEM + "Builds a docker image.\n",  # 'image' is not a product word
    ITEM + "Fixes a slack line in the kettle.\n",
    ITEM + "The React framework for tea.\n",  # right already
]


@pytest.mark.parametrize("text", NOOP)
def test_no_finding(text: str) -> None:
    assert lint("spell-check", text) == []


@pytest.mark.parametrize(
    "wrong, right",
    [
        ("Github", "GitHub"),
        ("github", "GitHub"),
        ("GITHUB", "GitHub"),
        ("git hub", "GitHub"),
        ("javascript", "JavaScript"),
        ("Youtube", "YouTube"),
        ("NPM", "npm"),
        ("nodejs", "Node.js"),
        ("Pytorch", "PyTorch"),
        ("Hugging face", "Hugging Face"),
        ("huggingface", "Hugging Face"),
        ("mongo db", "MongoDB"),
        ("jquery", "jQuery"),
    ],
)
def test_misspelt_name_is_reported_and_fixed_safely(wrong: str, right: str) -> None:
    text = f"{ITEM}Brews tea from {wrong} data.\n"
    (finding,) = lint("spell-check", text)
    assert places("spell-check", text) == [(1, 55, wrong)]
    assert finding.fix is not None and finding.fix.applicability == Applicability.SAFE
    assert fixed("spell-check", text) == f"{ITEM}Brews tea from {right} data.\n"


def test_page_example_positions_and_fix() -> None:
    text = ITEM + "Brews tea from Github issues, written in javascript.\n"
    assert places("spell-check", text) == [(1, 55, "Github"), (1, 81, "javascript")]
    assert fixed("spell-check", text) == ITEM + "Brews tea from GitHub issues, written in JavaScript.\n"


@pytest.mark.parametrize(
    "text, words, expected",
    [
        ("# Awesome Github\n", ["Github"], "# Awesome GitHub\n"),
        (
            "| Tool | Platform |\n|---|---|\n| [T](https://t.example) | ios |\n",
            ["ios"],
            "| Tool | Platform |\n|---|---|\n| [T](https://t.example) | iOS |\n",
        ),
        ('<a href="https://github.com">Github</a>\n', ["Github"], '<a href="https://github.com">GitHub</a>\n'),
        ("- [Tea](https://tea.example) - (github)\n", ["github"], "- [Tea](https://tea.example) - (GitHub)\n"),
        (
            ITEM + "Made on Github.\r\n" + ITEM + "And Youtube.\r\n",
            ["Github", "Youtube"],
            ITEM + "Made on GitHub.\r\n" + ITEM + "And YouTube.\r\n",
        ),
    ],
)
def test_headings_cells_html_text_and_crlf(text: str, words: list[str], expected: str) -> None:
    assert [place[2] for place in places("spell-check", text)] == words
    assert fixed("spell-check", text) == expected


@pytest.mark.parametrize(
    "text, wrong, expected",
    [
        # before a product word
        (ITEM + "A slack app for tea.\n", "slack", ITEM + "A Slack app for tea.\n"),
        (ITEM + "Works with docker containers.\n", "docker", ITEM + "Works with Docker containers.\n"),
        (ITEM + "Notes in an obsidian vault.\n", "obsidian", ITEM + "Notes in an Obsidian vault.\n"),
        # as the whole text of a link
        ("- [slack](https://slack.example) - Chat.\n", "slack", "- [Slack](https://slack.example) - Chat.\n"),
    ],
)
def test_name_that_is_also_a_word_is_fixed_only_unsafely(text: str, wrong: str, expected: str) -> None:
    (finding,) = lint("spell-check", text)
    assert [place[2] for place in places("spell-check", text)] == [wrong]
    assert finding.fix is not None and finding.fix.applicability == Applicability.UNSAFE
    assert fixed("spell-check", text) == text
    assert fixed("spell-check", text, unsafe=True) == expected


def test_names_option_adds_spellings() -> None:
    text = ITEM + "Serves tea over fastapi.\n"
    assert lint("spell-check", text) == []
    assert places("spell-check", text, names={"fastapi": "FastAPI"}) == [(1, 56, "fastapi")]
    rule = all_rules()["spell-check"]
    result = fix_text(text, [rule(rule.Options(names={"fastapi": "FastAPI"}))]).source.text
    assert result == ITEM + "Serves tea over FastAPI.\n"
