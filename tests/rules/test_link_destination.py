"""link-destination: links that go nowhere, and addresses with a stray character."""

from __future__ import annotations

import pytest

from awesome_lint import fix_text, lint_text
from awesome_lint.fixes import Applicability
from awesome_lint.rules.link_destination import LinkDestination


def findings(text: str) -> list:  # type: ignore[type-arg]
    return lint_text(text, [LinkDestination()])


@pytest.mark.parametrize(
    "text",
    [
        "- [Coming soon]() - A kettle.\n",
        "**Graph Networks.** AAAI 2020. [paper]()\n",
        "[![arXiv](https://img.shields.io/badge/arXiv-b31b1b.svg)]()\n",
        "| [A Long Paper Title]() |\n|---|\n",
    ],
)
def test_a_link_with_no_destination(text: str) -> None:
    (finding,) = findings(text)
    assert "links nowhere" in finding.message
    assert finding.fix is None


def test_badges_wrapped_in_empty_links_on_every_row_are_the_lists_way() -> None:
    row = "| [Paper](https://a.org) [![Publish](https://img.shields.io/badge/ICML'23-blue)]() |\n"
    text = "| Title |\n|---|\n" + row * 3
    assert findings(text) == []
    (finding,) = findings("| Title |\n|---|\n" + row)  # once: a link left out
    assert "links nowhere" in finding.message
    assert len(findings(text + "- [Coming soon]() - A kettle.\n")) == 1


@pytest.mark.parametrize(
    ("url", "address", "safety"),
    [
        ("https://example.org/tdd-is-design]", "https://example.org/tdd-is-design", Applicability.SAFE),
        ("https://pypi.org/project/kettle`", "https://pypi.org/project/kettle", Applicability.SAFE),
        ('https://example.org/a"', "https://example.org/a", Applicability.SAFE),
        ("https://example.org/a,", "https://example.org/a", Applicability.UNSAFE),
        ("https://example.org/a%20", "https://example.org/a", Applicability.UNSAFE),
    ],
)
def test_a_stray_character_after_the_address(url: str, address: str, safety: Applicability) -> None:
    text = f"- [Kettle]({url}) - Boils.\n"
    (finding,) = findings(text)
    assert finding.fix is not None and finding.fix.applicability == safety
    assert f"use {address}" in finding.message
    assert fix_text(text, [LinkDestination()], unsafe=True).source.text == text.replace(url, address)


@pytest.mark.parametrize(
    "text",
    [
        "- [Kettle](https://example.org/kettle) - Boils.\n",
        "- [Archive](https://web.archive.org/web/2015/https://example.org/) - Old.\n",
        "- [Wiki](https://en.wikipedia.org/wiki/Tea_(drink)) - Parentheses are fine.\n",
        "[ref][k]\n\n[k]: https://example.org/kettle\n",
        "![logo]()\n",  # an image's source is not a link
        "- [Top](#top)\n\n# Top\n",
        "<!-- - [Draft]() -->\n",  # hidden
        "`[x]()`\n",  # code
    ],
)
def test_clean(text: str) -> None:
    assert findings(text) == []


def test_an_entity_at_the_end_is_part_of_the_address() -> None:
    assert findings("- [Feed](https://example.org/feed?a=1&amp;) - Podcast feed.\n") == []


def test_a_bracket_that_closes_a_bracketed_link_is_moved_after_it() -> None:
    """`[[paper](https://…])`: the author meant `[[paper](https://…)]`."""
    rules = [LinkDestination()]
    text = "- Paint [[paper](https://arxiv.org/abs/2108.03798]) [[code](https://github.com/x/y)]\n"
    fixed = fix_text(text, rules).source.text
    assert fixed == text.replace("03798])", "03798)]")
    lone = "- Other [paper](https://arxiv.org/abs/2108.03799])\n"
    assert fix_text(lone, rules).source.text == lone.replace("])", ")")
