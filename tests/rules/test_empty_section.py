"""empty-section: hand-made cases and the seed."""

from __future__ import annotations

import pytest
from conftest import lines, lint, places


@pytest.mark.parametrize(
    "text",
    [
        "## Contact\n\nWrite to us.\n\n## Parent\n\n### Child\n\n- [a](https://a.org) - A.\n",
    ],
)
def test_clean(text: str) -> None:
    assert lint("empty-section", text) == []


def test_seed(seed_text: str) -> None:
    empty = lint("empty-section", seed_text)
    assert lines(seed_text, empty) == [175, 181, 187, 193, 201]
    assert "8 tables with only a header" in empty[-1].message


ENTRY = "- [Sencha](https://sencha.example) - Steamed.\n"

NOOP = [
    "# Awesome Tea\n\n## Green\n\n" + ENTRY,
    # a parent whose content is all in its subsections
    "# Awesome Tea\n\n## Green\n\n### Japan\n\n" + ENTRY,
    "# Awesome Tea\n\n## Green\n\n### Japan\n\n#### Shizuoka\n\n" + ENTRY,
    # a paper table with rows
    "# Awesome Tea\n\n## Papers\n\n| Title | Date |\n|---|---|\n| [Leaf](https://leaf.example) | 2024 |\n",
    # sections that say something without listing: prose, code, a quote, an image, HTML
    "# Awesome Tea\n\n## Contributing\n\nSee [contributing.md](contributing.md).\n",
    "# Awesome Tea\n\n## Install\n\n```sh\nbrew install tea\n```\n",
    "# Awesome Tea\n\n## Motto\n\n> Tea is life.\n",
    "# Awesome Tea\n\n## Logo\n\n![logo](media/logo.png)\n",
    '# Awesome Tea\n\n## Green\n\n<details><summary>More</summary>\n\n' + ENTRY + "\n</details>\n",
    "# Awesome Tea\n\n## Green\n\n**[⬆ back to top](#contents)**\n",
    # an intro before the first heading is not a section
    "Some intro.\n\n# Awesome Tea\n\n" + ENTRY,
]


@pytest.mark.parametrize("text", NOOP)
def test_no_finding(text: str) -> None:
    assert lint("empty-section", text) == []


@pytest.mark.parametrize(
    "text, place",
    [
        ("# Awesome Tea\n\n## Green\n\n## Black\n\n" + ENTRY, (3, 1, "## Green")),
        ("# Awesome Tea\n\n## Green\n\n" + ENTRY + "\n## Black\n", (7, 1, "## Black")),  # the last one
        ("# Awesome Tea\n\n## Green\n\n   \n\n## Black\n\n" + ENTRY, (3, 1, "## Green")),  # blanks
        ("# Awesome Tea\n\n## Green <!-- omit in toc -->\n\n## Black\n\n" + ENTRY, (3, 1, "## Green <!-- omit in toc -->")),
        ("Green\n-----\n\nBlack\n-----\n\n" + ENTRY, (1, 1, "Green\n-----")),
        ("# Awesome Tea\n\n## Green\n\n### Japan\n\n" + ENTRY + "\n### China\n", (9, 1, "### China")),
    ],
)
def test_empty_section_is_reported_at_its_heading(text: str, place: tuple[int, int, str]) -> None:
    (finding,) = lint("empty-section", text)
    assert places("empty-section", text) == [place]
    assert finding.fix is None


def test_parent_of_only_empty_subsections_is_reported_once_for_all() -> None:
    text = "# Awesome Tea\n\n## Green\n\n### Japan\n\n### China\n\n## Black\n\n" + ENTRY
    (finding,) = lint("empty-section", text)
    assert places("empty-section", text) == [(3, 1, "## Green")]
    assert "'Green'" in finding.message and "its 2 subsections" in finding.message


def test_table_with_only_a_header_is_empty_and_counted() -> None:
    text = (
        "# Awesome Tea\n\n## Papers\n\n### 2024\n\n| Title | Date |\n|---|---|\n\n"
        "### 2023\n\n| Title | Date |\n|---|---|\n\n## Tools\n\n" + ENTRY
    )
    (finding,) = lint("empty-section", text)
    assert places("empty-section", text) == [(3, 1, "## Papers")]
    assert "2 tables with only a header" in finding.message


def test_a_list_with_nothing_at_all_reports_its_main_heading() -> None:
    assert places("empty-section", "# Awesome Tea\n") == [(1, 1, "# Awesome Tea")]
    assert places("empty-section", "# Awesome Tea\n\n## Green\n\n## Black\n") == [(1, 1, "# Awesome Tea")]


def test_the_lists_title_followed_by_its_cover_heading_is_no_empty_section() -> None:
    text = (
        "# Awesome Tea [![Awesome](https://awesome.re/badge.svg)](https://awesome.re)\n\n"
        "# [<img src=\"cover.png\">](https://tea.example)\n\n## Kettles\n\n- [K](https://k.example)\n"
    )
    assert lint("empty-section", text) == []
