"""list-item, no-repeat-item-in-description and toc: hand-made cases."""

from __future__ import annotations

import pytest

from awesome_lint import fix_text, lint_text
from awesome_lint.registry import all_rules


def run(name: str, text: str, **options: object) -> list:  # type: ignore[type-arg]
    cls = all_rules()[name]
    return lint_text(text, [cls(cls.Options(**options))])


def fixed(name: str, text: str, unsafe: bool = False) -> str:
    return fix_text(text, [all_rules()[name]()], unsafe=unsafe).source.text


def lines(text: str, findings: list) -> list[int]:  # type: ignore[type-arg]
    return [text.count("\n", 0, f.span.start) + 1 for f in findings]


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
    assert run("list-item", GOOD_ITEMS) == []


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
    found = run("list-item", good + item + "\n")
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
    found = run("list-item", item + "\n")
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
    assert [message in f.message for f in run("list-item", item + "\n")] == [True]


def test_capital_is_an_unsafe_fix() -> None:
    text = "- [K](https://e.org) - boils water.\n"
    assert "capital letter: 'boils'" in run("list-item", text)[0].message
    assert fixed("list-item", text) == text
    assert fixed("list-item", text, unsafe=True) == "- [K](https://e.org) - Boils water.\n"
    assert run("list-item", text, lowercase_words=("boils",)) == []


def test_marker_reported_once_per_list_and_fixed_for_all_items() -> None:
    text = "* [A](https://a.org) - A.\n* [B](https://b.org) - B.\n"
    assert len(run("list-item", text)) == 1
    assert fixed("list-item", text) == text.replace("* ", "- ")


def test_markers_of_a_whole_list_tree_change_together() -> None:
    text = "* Tea\n  * [A](https://a.org) - A.\n  * [B](https://b.org) - B.\n* Coffee\n"
    assert len(run("list-item", text)) == 1
    assert fixed("list-item", text) == text.replace("* ", "- ")


def test_documents_in_another_format_are_left_alone() -> None:
    papers = "".join(f"- [Paper {n}](https://arxiv.org/abs/2101.0000{n}) CVPR 2024\n" for n in range(4))
    assert run("list-item", papers) == []
    assert run("list-item", papers, check_all_lists=True) != []


def test_a_description_ending_in_a_colon_before_sub_items_is_fine() -> None:
    text = "- [K](https://e.org) - Comes in:\n  - [Red](https://e.org/r) - Red.\n"
    assert run("list-item", text) == []


def test_crlf_and_multi_line_descriptions() -> None:
    text = "- [K](https://e.org) - Boils\r\n  water\r\n"
    assert lines(text, run("list-item", text)) == [2]
    assert fixed("list-item", text) == "- [K](https://e.org) - Boils\r\n  water.\r\n"


@pytest.mark.parametrize(
    "item, reported, fixed_item",
    [
        ("- [Redis](https://r.io) - Redis: in-memory store.", True, "- [Redis](https://r.io) - In-memory store."),
        ("- [Redis](https://r.io) - redis - an in-memory store.", True, "- [Redis](https://r.io) - An in-memory store."),
        ("- [Redis](https://r.io) - Redis is a store.", True, None),
        ("- [Java](https://j.org) - JavaScript is different.", False, None),
        ("- [Tool](https://t.org) - A utility that extends Tool.", False, None),
        ("- [Tool](https://t.org) **NEW** - Tool is amazing.", True, None),
        ("- [Wallabag](https://w.org) - Wallabag, formerly Poche, reads later.", True, None),
    ],
)
def test_no_repeat_item_in_description(item: str, reported: bool, fixed_item: str | None) -> None:
    found = run("no-repeat-item-in-description", item + "\n")
    assert bool(found) == reported
    if reported:
        assert (found[0].fix is not None) == (fixed_item is not None)
    if fixed_item:
        assert fixed("no-repeat-item-in-description", item + "\n", unsafe=True) == fixed_item + "\n"


HEADINGS = """
## Black

### Assam

### Ceylon

## Green

## Oolong <!-- omit in toc -->

### Hidden

## Contributing
"""


@pytest.mark.parametrize(
    "toc",
    [
        "- [Black](#black)\n- [Green](#green)\n",
        "- [Black](#black)\n  - [Assam](#assam)\n  - [Ceylon](#ceylon)\n- [Green](#green)\n",
        "1. [Black](#black)\n2. [Green](#green)\n3. [Contributing](#contributing)\n",
        "- [Black](#black)\n- [Green](#GREEN)\n",  # a broken link is broken-anchor's
    ],
)
def test_toc_clean(toc: str) -> None:
    assert run("toc", "# Tea\n\n## Contents\n\n" + toc + HEADINGS) == []


@pytest.mark.parametrize(
    "toc, messages, fixed_toc",
    [
        (
            "- [Green](#green)\n- [Black](#black)\n",
            ["'Black' is out of order"],
            "- [Black](#black)\n- [Green](#green)\n",
        ),
        (
            "* [Black](#black)\n    * [Ceylon](#ceylon)\n",
            ["lacks 'Green'", "lacks 'Assam'"],
            "* [Black](#black)\n    * [Assam](#assam)\n    * [Ceylon](#ceylon)\n* [Green](#green)\n",
        ),
        (
            "- [Black](#black) - strong teas\n- [Greens](#ceylon)\n- [Green](#green)\n",
            [],
            None,
        ),
    ],
)
def test_toc_mismatches_and_rewrite(toc: str, messages: list[str], fixed_toc: str | None) -> None:
    text = "# Tea\n\n## Table of Contents\n\n" + toc + HEADINGS
    found = run("toc", text)
    assert all(any(m in f.message for f in found) for m in messages)
    if fixed_toc is not None:
        assert fixed("toc", text) == "# Tea\n\n## Table of Contents\n\n" + fixed_toc + HEADINGS


def test_toc_text_that_names_another_heading() -> None:
    text = "# Tea\n\n## Contents\n\n- [Black](#black)\n- [Oolong](#green)\n" + HEADINGS
    found = run("toc", text)
    assert [f.message for f in found] == [
        "the table of contents says 'Oolong' for the heading 'Green'"
    ]
    assert "- [Green](#green)\n" in fixed("toc", text)


def test_toc_depth_is_reported_and_kept() -> None:
    toc = "- [Black](#black)\n  - [Assam](#assam)\n    - [Deep](#deep)\n  - [Ceylon](#ceylon)\n- [Green](#green)\n"
    text = "# Tea\n\n## Contents\n\n" + toc + HEADINGS.replace("### Assam\n", "### Assam\n\n#### Deep\n")
    found = run("toc", text)
    assert ["deeper than 2 levels" in f.message for f in found] == [True]
    assert fixed("toc", text) == text


def test_toc_depth_under_an_item_for_the_title() -> None:
    text = (
        "# Tea\n\n## Contents\n\n- [Tea](#tea)\n  - [Black](#black)\n    - [Assam](#assam)\n"
        "## Black\n\n### Assam\n"
    )
    assert ["deeper than 2 levels" in f.message for f in run("toc", text)] == [True]


def test_toc_fix_keeps_crlf() -> None:
    text = ("# Tea\n\n## Contents\n\n- [Green](#green)\n- [Black](#black)\n" + HEADINGS).replace("\n", "\r\n")
    assert fixed("toc", text) == text.replace(
        "- [Green](#green)\r\n- [Black](#black)", "- [Black](#black)\r\n- [Green](#green)"
    )


def test_seed(seed_text: str) -> None:
    """The seed lists papers in tables and nests its ToC as '- - [..]': nothing to say."""
    for name in ("list-item", "toc", "no-repeat-item-in-description"):
        assert run(name, seed_text) == []


def test_seed_after_every_fix_leaves_only_human_work(seed_text: str) -> None:
    rules = [cls() for cls in all_rules().values()]
    once = fix_text(seed_text, rules, unsafe=True)
    assert all(f.fix is None for f in once.remaining)
    assert {f.rule for f in once.remaining} == {
        "awesome-badge", "awesome-heading", "date-format", "malformed-badge",
        "empty-section", "placeholder-text",
    }
    assert fix_text(once.source.text, rules, unsafe=True).source.text == once.source.text


def test_toc_rewrite_keeps_nested_items_that_reach_no_heading() -> None:
    """Issue 9: reordering dropped `- [Linters](#linters)`, which reaches an HTML anchor."""
    text = (
        "# Awesome X\n\n## Contents\n\n- [Tools](#tools)\n  - [Linters](#linters)\n"
        "- [Web](#web)\n\n## Web\n\n- [A](https://a.org) - A.\n\n## Tools\n\n"
        '<a name="linters"></a>\n- [B](https://b.org) - B.\n'
    )
    assert fixed("toc", text) == text.replace(
        "- [Tools](#tools)\n  - [Linters](#linters)\n- [Web](#web)\n",
        "- [Web](#web)\n- [Tools](#tools)\n  - [Linters](#linters)\n",
    )


def test_toc_rewrite_keeps_the_sublist_of_an_item_with_a_broken_link() -> None:
    toc = "- [Green](#green)\n- [Blak](#blak)\n  - [Assam](#assam)\n  - [Ceylon](#ceylon)\n"
    text = "# Tea\n\n## Contents\n\n" + toc + HEADINGS
    result = fixed("toc", text)
    for line in toc.splitlines():
        assert line in result.splitlines()


def test_toc_rewrite_keeps_markers_and_spacing_of_each_level() -> None:
    toc = "*   [Green](#green)\n*   [Black](#black)\n    - [Ceylon](#ceylon)\n"
    text = "# Tea\n\n## Contents\n\n" + toc + HEADINGS
    assert fixed("toc", text) == text.replace(
        toc, "*   [Black](#black)\n    - [Assam](#assam)\n    - [Ceylon](#ceylon)\n*   [Green](#green)\n"
    )


def test_toc_loose_list_is_reported_not_rewritten() -> None:
    text = "# Tea\n\n## Contents\n\n- [Green](#green)\n\n- [Black](#black)\n" + HEADINGS
    assert [f.message for f in run("toc", text)] == ["'Black' is out of order in the table of contents"]
    assert fixed("toc", text) == text


def test_toc_heading_listed_at_another_level_is_not_listed_twice() -> None:
    toc = "- [Black](#black)\n  - [Assam](#assam)\n  - [Ceylon](#ceylon)\n  - [Green](#green)\n"
    text = "# Tea\n\n## Contents\n\n" + toc + HEADINGS
    assert run("toc", text) == []


def test_toc_label_of_the_authors_own_is_kept() -> None:
    toc = "- [Fermented](#black)\n- [Unfermented](#green)\n"
    assert run("toc", "# Tea\n\n## Contents\n\n" + toc + HEADINGS) == []


def test_toc_new_item_writes_no_invisible_character() -> None:
    text = "# Tea\n\n## Contents\n\n- [Black](#black)\n\n## Black\n\n## ⬆️ Up\n"
    result = fixed("toc", text)
    assert "- [⬆️ Up](#%EF%B8%8F-up)\n" in result
    assert run("toc", result) == []


def test_toc_new_item_takes_the_lists_line_break() -> None:
    """Found by fuzzing: a one-item CRLF list got its new item joined with LF."""
    text = "# T\r\n\r\n## Contents\r\n\r\n- [B](#b)\r\n\r\n## B\r\n\r\n## C\r\n"
    assert fixed("toc", text) == text.replace("- [B](#b)\r\n", "- [B](#b)\r\n- [C](#c)\r\n")


def test_marker_fix_never_joins_two_lists() -> None:
    """Found by fuzzing: '- a' then '* b' are two lists; one marker would make them one."""
    text = "- [Kettle](https://k.org) - Boils.\n* [Pot](https://p.org) - Holds.\n"
    found = run("list-item", text)
    assert [f.message for f in found] == ["this list uses '*' as its marker; awesome lists use '-'"]
    assert found[0].fix is None
    # a heading inside the first list's item does not separate the lists
    heading_inside = "- # Kettles\n* [Pot](https://p.org) - Holds.\n"
    assert all(f.fix is None for f in run("list-item", heading_inside, check_all_lists=True))
    apart = "- [Kettle](https://k.org) - Boils.\n\n## More\n\n* [Pot](https://p.org) - Holds.\n"
    assert fixed("list-item", apart) == apart.replace("* [Pot]", "- [Pot]")


def test_toc_rewrite_keeps_a_lone_cr_out_of_new_lines() -> None:
    """A lone CR before the ToC is a line break: the inserted line must not copy it."""
    text = (
        "# Awesome A\n\n## Contents\n\n\r  - [1.1. Tools](#11-tools-1)\n\n"
        "## 1. Tools\n\n### 1.1. Tools\n\n### 1.1. Tools\n\n- [A](https://a.example) - A.\n"
    )
    fixed = fix_text(text, [all_rules()["toc"]()]).source.text
    assert fixed.count("\r") == 1
    assert fixed == text.replace("\r  - [1.1.", "\r  - [1.1. Tools](#11-tools)\n  - [1.1.")
