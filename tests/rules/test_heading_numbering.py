"""heading-numbering: hand-made cases and the seed."""

from __future__ import annotations

import pytest
from conftest import fixed, lines, lint

from awesome_lint import fix_text, lint_text
from awesome_lint.registry import all_rules


@pytest.mark.parametrize(
    "text",
    [
        "## 1. A\n## 2. B\n### 2.1. C\n### 2.2. D\n## Appendix\n",
    ],
)
def test_clean(text: str) -> None:
    assert lint("heading-numbering", text) == []


def test_heading_numbering_counts_on_after_a_mistake() -> None:
    text = "## 1. A\n## 1. B\n## 3. C\n## 5. D\n"
    found = lint("heading-numbering", text)
    assert [f.message.rsplit(" ", 1)[-1] for f in found] == ["2.", "4."]
    assert fixed("heading-numbering", text, unsafe=True) == "## 1. A\n## 2. B\n## 3. C\n## 4. D\n"


@pytest.mark.parametrize(
    "text",
    [
        "## 129 Newest\n## 128 Older\n## 127 Oldest\n",
        "### 2024 Papers\n### 2023 Papers\n",
        "## 067 a\n## 066《b》\n## 042 c\n",  # 066 unread (no space): the count starts again
    ],
)
def test_heading_numbering_clean_descending(text: str) -> None:
    assert lint("heading-numbering", text) == []


def test_heading_numbering_follows_a_descending_count() -> None:
    text = "## 012 a\n## 011 b\n## 011 c\n## 009 d\n"
    found = lint("heading-numbering", text)
    assert [f.message for f in found] == ["heading '011 c' repeats a number: expected 010"]
    assert fixed("heading-numbering", text, unsafe=True) == text.replace("011 c", "010 c")


@pytest.mark.parametrize("heading", ["# 2\\. g", "# 2&#46; g", "# <b>2.</b> g", "# **2.** g"])
def test_heading_numbering_number_written_with_markup_is_reported_without_fix(heading: str) -> None:
    """Found by fuzzing: the rendered number was searched in the raw text (ValueError)."""
    found = lint("heading-numbering", "# 3. s\n" + heading + "\n")
    assert all(f.fix is None for f in found)


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "- [Q](#11-quantization)\n\n## 1.1 Pruning\n## 1.1 Quantization\n",
            "- [Q](#12-quantization)\n\n## 1.1 Pruning\n## 1.2 Quantization\n",
        ),
        (  # the -1, -2 suffixes of the headings after it move too
            "- [a](#21-tools-1)\n- [b](#21-tools-2)\n\n## 2.1 Tools\n## 2.1 Tools\n## 2.1 Tools\n",
            "- [a](#22-tools)\n- [b](#23-tools)\n\n## 2.1 Tools\n## 2.2 Tools\n## 2.3 Tools\n",
        ),
    ],
)
def test_heading_numbering_fix_points_links_at_the_new_anchor(text: str, expected: str) -> None:
    rules = [all_rules()["heading-numbering"](), all_rules()["broken-anchor"]()]
    assert lint_text(text, [rules[1]]) == []
    result = fix_text(text, rules, unsafe=True)
    assert result.source.text == expected
    assert result.remaining == []


def test_heading_numbering_gives_up_the_link_update_for_a_heading_repeated_over_100_times() -> None:
    text = "- [x](#1-a-5)\n\n" + "## 1. a\n" * 102
    found = lint("heading-numbering", text)
    assert len(found) == 101 and all(f.fix is None for f in found)
    assert all(f.fix is not None for f in lint("heading-numbering", "- [x](#1-a-5)\n\n" + "## 1. a\n" * 3))


def test_seed(seed_text: str) -> None:
    (numbering,) = lint("heading-numbering", seed_text)
    assert lines(seed_text, [numbering]) == [225] and "expected 2.2.2." in numbering.message


@pytest.mark.parametrize(
    "headings",
    [
        ["2024 CVPR", "2024 ICCV", "2023 CVPR", "2023 Others"],  # papers by year
        ["2026 年 8 月 22 号添加", "2026 年 8 月 21 号添加", "2026 年 8 月 19 号添加"],
        ["863683348 - Github", "Sword - Github", "863683348 - Github"],  # a user id
    ],
)
def test_a_year_or_an_id_is_no_section_number(headings: list[str]) -> None:
    text = "".join(f"## {heading}\n\nText.\n\n" for heading in headings)
    assert lint("heading-numbering", text) == []


def test_a_three_digit_count_is_still_a_section_number() -> None:
    text = "".join(f"## {n:03d}. Episode\n\nText.\n\n" for n in (129, 128, 126))
    (finding,) = lint("heading-numbering", text)
    assert "expected 127." in finding.message


def test_titles_that_start_with_a_number_among_others_are_no_numbering() -> None:
    """Article headings, two of them titles that start with a number: no count to keep."""
    articles = "### Securing PHP\n### Escaping Output\n### Input Filters\n### Sessions\n"
    numbers = "### [20 Point List For XSS](https://e.org/20)\n### [25 PHP Practices](https://e.org/25)\n"
    assert lint("heading-numbering", "## Articles\n" + articles + numbers) == []
    counted = "## 1. A\n## 2. B\n## 4. C\n## Appendix\n"
    assert len(lint("heading-numbering", counted)) == 1
