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


@pytest.mark.xfail(
    strict=True,
    reason="the page says names are fine in title case, but a name written with a "
    "lower-case first letter (iOS, macOS, npm, eBPF, gRPC: real list titles) is reported",
)
@pytest.mark.parametrize(
    "text", ["# Awesome iOS\n", "# Awesome macOS\n", "# Awesome npm Packages\n", "# Awesome eBPF\n", "# Awesome gRPC\n"]
)
def test_names_with_a_lower_case_first_letter_are_title_case(text: str) -> None:
    assert lint("awesome-heading", text) == []
