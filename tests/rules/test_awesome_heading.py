"""awesome-heading: hand-made cases.

A list without a heading is a finding about the whole file: shown at 1:1 and never hidden
by what the file opens with. The other findings are at the heading they are about.
"""

from __future__ import annotations

import pytest
from conftest import lint, places

from awesome_lint import lint_text
from awesome_lint.registry import all_rules


def test_missing_main_heading_under_a_leading_comment() -> None:
    found = lint_text("<!-- x -->\n- [Leaf](https://leaf.example) - Tea.\n", [all_rules()["awesome-heading"]()])
    assert [f.rule for f in found] == ["awesome-heading"]


NOOP = [
    "# Awesome Tea\n\n## Green\n\n- [Sencha](https://sencha.example) - Steamed.\n",
    "# Awesome Tea of the World\n",  # small words stay small
    "# Awesome Tea for and by the People\n",
    "# Awesome Node.js\n",
    "# Awesome .NET\n",
    "# Awesome-Go\n",
    "# Awesome LLM\n",
    "# 🚀 Awesome Tea\n",  # an emoji first
    "# Awesome Tea — a Curated List\n",
    "# Awesome Tea (2024)\n",
    "# Python 资源大全中文版\n",  # no cased letters
    "# [Awesome Python](https://awesome-python.com/)\n",
    "# Awesome Tea [![Awesome](https://awesome.re/badge.svg)](https://awesome.re)\n",
    "Awesome Tea\n===========\n\n## Green\n",  # a setext main heading
    "<!-- generated -->\n# Awesome Tea\n",
    # a centred logo or an HTML <h1> is the title: the headings after it are sections
    '<p align="center"><img src="media/logo.svg" alt="Awesome Tea"></p>\n\n## Contents\n',
    '<h1 align="center">Awesome Tea</h1>\n\n## Green\n\n## Black\n',
    '<div align="center">\n<img src="logo.png">\n</div>\n\n# awesome tea\n',
    # `#` lines in code are not headings
    "# Awesome Tea\n\n```sh\n# brew the tea\n```\n",
    # styled letters read as the letters they show: 'Awesome Tea-to-Go'
    "# 𝓐𝔀𝓮𝓼𝓸𝓶𝓮 𝓣𝓮𝓪📝-𝓽𝓸-𝓖𝓸\n",
    "# Ａｗｅｓｏｍｅ Ｔｅａ\n",
    # a domain or file name is written as its owner writes it
    "# teatime.dev\n",
    "# Awesome tea.js\n",
]


@pytest.mark.parametrize("text", NOOP)
def test_no_finding(text: str) -> None:
    assert lint("awesome-heading", text) == []


@pytest.mark.parametrize(
    "text, place",
    [
        ("# Awesome tea\n", (1, 1, "# Awesome tea")),
        ("# awesome-go\n", (1, 1, "# awesome-go")),
        ("# The awesome Tea List\n", (1, 1, "# The awesome Tea List")),
        ("# [awesome python](https://awesome-python.com/)\n", (1, 1, "# [awesome python](https://awesome-python.com/)")),
        ("awesome tea\n===\n", (1, 1, "awesome tea\n===")),
    ],
)
def test_main_heading_not_in_title_case(text: str, place: tuple[int, int, str]) -> None:
    (finding,) = lint("awesome-heading", text)
    assert places("awesome-heading", text) == [place]
    assert "title case" in finding.message


@pytest.mark.parametrize(
    "text, place",
    [
        ("## Awesome Tea\n\n- [Leaf](https://leaf.example) - Tea.\n", (1, 1, "## Awesome Tea")),
        ("Brewing notes first.\n\n## Awesome Tea\n", (3, 1, "## Awesome Tea")),
        ("Awesome Tea\n-----------\n", (1, 1, "Awesome Tea\n-----------")),
    ],
)
def test_first_heading_not_of_depth_1(text: str, place: tuple[int, int, str]) -> None:
    (finding,) = lint("awesome-heading", text)
    assert places("awesome-heading", text) == [place]
    assert "depth 1" in finding.message


def test_every_further_depth_1_heading_is_reported_at_itself() -> None:
    text = "# Awesome Tea\n\n## Green\n\n# Black\n\n- [Assam](https://assam.example) - Malty.\n\n# Oolong\n"
    assert places("awesome-heading", text) == [(5, 1, "# Black"), (9, 1, "# Oolong")]


def test_a_second_main_heading_and_lower_case_are_both_reported() -> None:
    text = "# Awesome tea\n\n# Black\n"
    assert places("awesome-heading", text) == [(1, 1, "# Awesome tea"), (3, 1, "# Black")]


@pytest.mark.parametrize(
    "text",
    [
        "",
        "Just some tea notes.\n",
        "- [Leaf](https://leaf.example) - Tea.\n",
        "```\n# not a heading\n```\n",
        "<!-- # Awesome Tea -->\n",
    ],
)
def test_no_heading_at_all_is_a_whole_file_finding(text: str) -> None:
    (finding,) = lint("awesome-heading", text)
    assert (finding.rule, finding.span.start, finding.whole_file) == ("awesome-heading", 0, True)


@pytest.mark.parametrize(
    "text", ["# Awesome iOS\n", "# Awesome macOS\n", "# Awesome eBPF\n", "# Awesome gRPC\n"]
)
def test_names_capitalised_inside_are_title_case(text: str) -> None:
    assert lint("awesome-heading", text) == []


@pytest.mark.xfail(
    strict=True,
    reason="a name written all in lower case (npm) cannot be told from a word without a "
    "list of names: it is reported",
)
def test_names_all_in_lower_case_are_title_case() -> None:
    assert lint("awesome-heading", "# Awesome npm Packages\n") == []


def test_a_first_heading_that_is_a_section_is_not_called_the_title() -> None:
    # no title at all: an introduction, then sections of one depth, the first 'News'
    text = (
        "A list of papers on tea.\n\n---\n\n> [!NOTE]\n> Pull requests welcome.\n\n"
        "## 💥 News 💥\n\n- New papers.\n\n## Papers\n\n### Green\n"
    )
    (finding,) = lint("awesome-heading", text)
    assert (finding.message, finding.whole_file) == ("the list has no main heading ('# Awesome …')", True)


@pytest.mark.parametrize(
    "text, line",
    [
        # the title names the list as awesome, after a stray line
        ("Draft.\n\n## Awesome Tea\n\n## Green\n\n## Black\n", 3),
        # the title opens the file, under a logo line of badges
        ("[![Build](https://ci.example/b.svg)](https://ci.example)\n\n## Tea Notes\n\n## Green\n", 3),
    ],
)
def test_a_title_of_depth_2_is_still_reported(text: str, line: int) -> None:
    (finding,) = lint("awesome-heading", text)
    assert places("awesome-heading", text)[0][0] == line
    assert "depth 1" in finding.message


BANNER = (
    "# Acme Cloud is now Live! 🎉\n\n"
    "[Acme Cloud](https://app.acme.example/?utm_source=github&utm_campaign=tea) hosts your tea.\n\n"
    "### Acme Products\n\n- [Acme Kettle](https://acme.example/kettle?utm_source=github)\n\n"
)


def test_a_sponsor_banner_above_the_title_is_left_alone() -> None:
    assert lint("awesome-heading", BANNER + "# Awesome Tea\n\n## Green\n") == []


def test_the_title_under_a_sponsor_banner_is_the_one_checked() -> None:
    text = BANNER + "# Awesome tea\n\n## Green\n\n# Black\n"
    assert places("awesome-heading", text) == [(9, 1, "# Awesome tea"), (13, 1, "# Black")]


@pytest.mark.parametrize(
    "text",
    [
        # the heading does not name the sponsor
        "# Awesome Tea\n\nSponsored by [Acme](https://acme.example/?utm_source=tea).\n\n# Black\n",
        # it names a site its section links to with tracking, among many other links
        "# Tea Guide\n\nSee [the guide](https://tea.example/?utm_source=list), "
        "[Leaf](https://leaf.example) and [Cup](https://cup.example).\n\n# Black\n",
        # a heading that calls the list awesome is its title
        "# Awesome Acme\n\n[Acme](https://acme.example/?utm_source=list)\n\n# Black\n",
    ],
)
def test_a_title_that_is_not_all_advert_is_no_banner(text: str) -> None:
    assert places("awesome-heading", text) == [(5, 1, "# Black")]
