"""list-item: hand-made cases and the seed."""

from __future__ import annotations

import pytest
from conftest import fixed, lines, lint

GOOD_ITEMS = """\
- [Kettle](https://example.org/k) - Boils water.
- [Kettle](https://example.org/k) - iOS app for tea!
- [Kettle](https://example.org/k) - p2p tea sharing?
- [Kettle](https://example.org/k) - npm package for tea…
- [Kettle](https://example.org/k) - “Quoted tea.”
- [Kettle](https://example.org/k) - Tea. ![stars](https://img.shields.io/badge/a-b-c)
- [Kettle](https://example.org/k) - Tea. `MIT` `Go`
- [Kettle](https://example.org/k) - Tea. ([Source Code](https://example.org/src))
- [Kettle](https://example.org/k) - Tea. (Japanese)
- [Kettle](https://example.org/k) - Tea. 🍵
- [Kettle](https://example.org/k) `⚠` - Tea with a warning chip.
- [Kettle](https://example.org/k) [[kettle](https://crates.io/crates/kettle)] - A crate.
- [Kettle](https://example.org/k)
- [Kettle](https://example.org/k) (Japanese)
- [Kettle](https://example.org/k) 💲
- [kettle.py](https://example.org/k) - kettle.py boils water.
- Prose item that is not an entry
- [Contents](#contents)
- [Пример](https://example.org/k) - Пример описания.
- [例](https://example.org/k) - 例の説明。
- ["Elegant READMEs"](https://example.org/k) - *Yegor Bugayenko*
- [Kettle](https://example.org/k) - net/http.Client wrapper for tea.
- [uv-build](https://example.org/k) - uv's build backend.
- [Kettle](https://example.org/k) [[iced-kettle](https://crates.io/crates/k)] - iced widgets.
- [Kettle](https://example.org/k) - Boils water. - [![CI](https://img.shields.io/badge/a-b-c)](https://ci.org)
- [Kettle](https://example.org/k) - Boils water.
**[⬆ back to top](#contents)**
"""


def test_well_formed_entries_are_clean() -> None:
    assert lint("list-item", GOOD_ITEMS) == []


@pytest.mark.parametrize(
    "item, message, fixed_item",
    [
        ("- [K](https://e.org) – Boils water.", "en dash", "- [K](https://e.org) - Boils water."),
        ("- [K](https://e.org) — Boils water.", "em dash", "- [K](https://e.org) - Boils water."),
        ("- [K](https://e.org): Boils water.", "colon", "- [K](https://e.org) - Boils water."),
        ("- [K](https://e.org)  -  Boils water.", "'  -  '", "- [K](https://e.org) - Boils water."),
        ("- [K](https://e.org) -- Boils water.", "'--'", "- [K](https://e.org) - Boils water."),
        (
            "- [K](https://e.org) - Boils water [Status](https://img.shields.io/badge/a-b-c)",
            "end the description",
            "- [K](https://e.org) - Boils water. [Status](https://img.shields.io/badge/a-b-c)",
        ),
        ("- [K](https://e.org) Boils water.", "nothing", "- [K](https://e.org) - Boils water."),
        ("- [K](https://e.org) - Boils water", "end the description", "- [K](https://e.org) - Boils water."),
        ("- [K](https://e.org) - Boils (fast)", "end the description", "- [K](https://e.org) - Boils (fast)."),
        ("-   [K](https://e.org) - Boils water.", "one space", "- [K](https://e.org) - Boils water."),
        ("-[K](https://e.org) - Boils water.", "not a list item", "- [K](https://e.org) - Boils water."),
    ],
)
def test_safe_fixes(item: str, message: str, fixed_item: str) -> None:
    good = "- [Pot](https://e.org/pot) - Keeps tea warm.\n\n"  # the document's format
    found = lint("list-item", good + item + "\n")
    assert [message in f.message for f in found] == [True]
    assert fixed("list-item", good + item + "\n") == good + fixed_item + "\n"


@pytest.mark.parametrize(
    "item, message",
    [
        ("- [K]() - Boils water.", "absolute URL"),
        ("- [K](kettle.md) - Boils water.", "absolute URL"),
        ("- [](https://e.org) - Boils water.", "no text"),
        ("- [K](https://e.org) - `kettle --boil`", "only code"),
        ("- [K](https://e.org) - Boils “water.”.", "end the description"),
        ("- [K](https://e.org) - Boils water ▁▂▃", "end the description"),

    ],
)
def test_reported_without_fix(item: str, message: str) -> None:
    found = lint("list-item", item + "\n")
    assert [message in f.message for f in found] == [True]
    assert all(f.fix is None for f in found)


@pytest.mark.parametrize(
    "item, message",
    [
        ("- [K](https://e.org) - Boils water (fast, cheap.)", "end the description"),
        ("- [K](https://e.org) - a kettle.", "capital letter: 'a'"),  # "a" is in the URL
        ("- [K](https://e.org/fastk) - fast kettle.", "capital letter: 'fast'"),
    ],
)
def test_reported(item: str, message: str) -> None:
    assert [message in f.message for f in lint("list-item", item + "\n")] == [True]


def test_capital_is_an_unsafe_fix() -> None:
    text = "- [K](https://e.org) - boils water.\n"
    assert "capital letter: 'boils'" in lint("list-item", text)[0].message
    assert fixed("list-item", text) == text
    assert fixed("list-item", text, unsafe=True) == "- [K](https://e.org) - Boils water.\n"
    assert lint("list-item", text, lowercase_words=("boils",)) == []


def test_marker_reported_once_per_list_and_fixed_for_all_items() -> None:
    text = "* [A](https://a.org) - A.\n* [B](https://b.org) - B.\n"
    assert len(lint("list-item", text)) == 1
    assert fixed("list-item", text) == text.replace("* ", "- ")


def test_markers_of_a_whole_list_tree_change_together() -> None:
    text = "* Tea\n  * [A](https://a.org) - A.\n  * [B](https://b.org) - B.\n* Coffee\n"
    assert len(lint("list-item", text)) == 1
    assert fixed("list-item", text) == text.replace("* ", "- ")


def test_documents_in_another_format_are_left_alone() -> None:
    papers = "".join(f"- [Paper {n}](https://arxiv.org/abs/2101.0000{n}) CVPR 2024\n" for n in range(4))
    assert lint("list-item", papers) == []
    assert lint("list-item", papers, check_all_lists=True) != []


def test_a_description_ending_in_a_colon_before_sub_items_is_fine() -> None:
    text = "- [K](https://e.org) - Comes in:\n  - [Red](https://e.org/r) - Red.\n"
    assert lint("list-item", text) == []


def test_crlf_and_multi_line_descriptions() -> None:
    text = "- [K](https://e.org) - Boils\r\n  water\r\n"
    assert lines(text, lint("list-item", text)) == [2]
    assert fixed("list-item", text) == "- [K](https://e.org) - Boils\r\n  water.\r\n"


def test_marker_fix_never_joins_two_lists() -> None:
    """Found by fuzzing: '- a' then '* b' are two lists; one marker would make them one."""
    text = "- [Kettle](https://k.org) - Boils.\n* [Pot](https://p.org) - Holds.\n"
    found = lint("list-item", text)
    assert [f.message for f in found] == ["this list uses '*' as its marker; awesome lists use '-'"]
    assert found[0].fix is None
    # a heading inside the first list's item does not separate the lists
    heading_inside = "- # Kettles\n* [Pot](https://p.org) - Holds.\n"
    assert all(f.fix is None for f in lint("list-item", heading_inside, check_all_lists=True))
    apart = "- [Kettle](https://k.org) - Boils.\n\n## More\n\n* [Pot](https://p.org) - Holds.\n"
    assert fixed("list-item", apart) == apart.replace("* [Pot]", "- [Pot]")


def test_seed(seed_text: str) -> None:
    """The seed lists papers in tables: nothing to say."""
    assert lint("list-item", seed_text) == []
