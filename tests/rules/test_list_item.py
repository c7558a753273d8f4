"""list-item: hand-made cases and the seed."""

from __future__ import annotations

import pytest
from conftest import fixed, lines, lint

from awesome_lint.fixes import Applicability

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
        ("- [K](https://e.org):- Boils water.", "not ':-'", "- [K](https://e.org) - Boils water."),
        ("- [K](https://e.org): - Boils water.", "not ': -'", "- [K](https://e.org) - Boils water."),
    ],
)
def test_safe_fixes(item: str, message: str, fixed_item: str) -> None:
    good = (  # the document's format
        "- [Pot](https://e.org/pot) - Keeps tea warm.\n- [Cup](https://e.org/cup) - Holds tea.\n"
        "- [Jar](https://e.org/jar) - Stores tea.\n\n"
    )
    found = lint("list-item", good + item + "\n")
    assert [message in f.message for f in found] == [True]
    assert fixed("list-item", good + item + "\n") == good + fixed_item + "\n"


@pytest.mark.parametrize(
    "item, message",
    [
        ("- [K]() - Boils water.", "absolute URL"),
        ("- [K](kettle) - Boils water.", "absolute URL"),
        ("- [K](kettle.example) - Boils water.", "absolute URL"),
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
    good = "- [A](https://a.org) - Aa.\r\n- [B](https://b.org) - Bb.\r\n- [C](https://c.org) - Cc.\r\n"
    text = good + "- [K](https://e.org) - Boils\r\n  water\r\n"
    assert lines(text, lint("list-item", text)) == [5]
    assert fixed("list-item", text) == good + "- [K](https://e.org) - Boils\r\n  water.\r\n"


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


# Three entries in the awesome format: the list's convention, beside the slip under test
BOILS = "".join(f"- [T{n}](https://e.org/{n}) - Boils water.\n" for n in range(3))


def entries(*items: str, heading: str = "") -> str:
    """A list of `[Tool N](…)` entries, one per description (with its separator)."""
    lines = [f"- [Tool {n}](https://e.org/{n}){item}\n" for n, item in enumerate(items)]
    return heading + "".join(lines)


def test_a_list_wide_separator_is_one_finding_with_an_unsafe_fix() -> None:
    text = entries(*[" \u2014 Brews tea."] * 5, " - Brews tea.")
    found = lint("list-item", text)
    assert [f.message for f in found] == [
        "5 of 6 entries in this list separate name and description with an em dash; "
        "awesome lists use ' - '"
    ]
    assert fixed("list-item", text) == text
    assert fixed("list-item", text, unsafe=True) == text.replace(" \u2014 ", " - ")


def test_a_few_slips_are_reported_where_they_are() -> None:
    text = entries(*[" - Brews tea."] * 8, " - Brews tea", " \u2013 Brews tea.")
    assert [f.message for f in lint("list-item", text)] == [
        "end the description with '.', '!', '?' or '…'",
        "separate the name and the description with ' - ', not an en dash",
    ]


def test_many_missing_full_stops_are_one_finding() -> None:
    """A third of the list without one: the list's way, not a slip here and there."""
    text = entries(*[" - Brews tea."] * 6, *[" - Brews tea"] * 3)
    found = lint("list-item", text)
    assert [f.message for f in found] == [
        "3 of 9 descriptions in this list end without '.', '!', '?' or '…'; "
        "awesome lists end each description with one"
    ]
    assert found[0].fix is not None and len(found[0].fix.edits) == 3


def test_typos_are_reported_where_they_are_however_many() -> None:
    text = entries(*[" -Brews tea."] * 4, " - Pours tea.")
    assert [f.message for f in lint("list-item", text)] == [
        "separate the name and the description with ' - ', not ' -'"
    ] * 4
    assert fixed("list-item", text) == text.replace(" -Brews", " - Brews")


def test_a_section_keeps_its_own_convention() -> None:
    tools = entries(*[" - Brews tea."] * 6, heading="## Tools\n\n")
    talks = "\n## Talks\n\n" + "".join(
        f"- [Talk {n}](https://e.org/t{n}) {how}\n"
        for n, how in enumerate(["by Ann", "on YouTube", "by Bob", "Tea Conf 2020"])
    )
    assert lint("list-item", tools + talks) == []


def test_a_parenthetical_link_is_no_description() -> None:
    text = entries(" - Brews tea.", " - Pours tea.")
    text += "- [TeaCon](https://e.org/c) ([YouTube Channel](https://youtube.com/c))\n"
    assert lint("list-item", text) == []


def test_a_colon_before_a_code_block_is_no_separator() -> None:
    """Generated install sub-items: `- [PyPi](…) (📥 1K):` then the command."""
    text = "- [Kettle](https://e.org/k) - Boils water.\n" + "".join(
        f"- [{where}](https://e.org/{where}) (📥 1K · ⏱️ 01.02.2025):\n\n\t```\n\tpip install k\n\t```\n"
        for where in ("PyPi", "Conda", "GitHub")
    )
    assert lint("list-item", text) == []


def test_icons_before_the_separator() -> None:
    text = entries(" :copyright: \u2014 Brews tea.", " \u2014 Pours tea.", " \u2014 Holds tea.")
    assert ["colon" in f.message for f in lint("list-item", text)] == [False]
    camera = "- [K](https://e.org) :camera: Takes photos.\n"
    found = lint("list-item", entries(" - Brews tea.") + camera)
    assert [f.message for f in found] == [
        "separate the name and the description with ' - ', not nothing"
    ]
    assert found[0].fix is None  # " - camera: Takes photos." would break the shortcode


def test_an_arrow_is_replaced_whole() -> None:
    good = entries(" - Brews tea.", " - Pours tea.")
    text = good + "- [K](https://e.org) -> Boils water.\n"
    assert "' -> '" in lint("list-item", text)[0].message
    assert fixed("list-item", text) == good + "- [K](https://e.org) - Boils water.\n"


def test_a_tag_after_the_full_stop() -> None:
    assert lint("list-item", entries(" - Brews tea. **[Deprecated]**")) == []


def test_details_are_not_sentences() -> None:
    """`Author · Format` lines: no full stop, and the author's own casing."""
    text = entries(*[" \u2014 Ann Lee \u00b7 PDF"] * 4, " \u2014 midudev \u00b7 HTML", " \u2014 Bob", " \u00b7 HTML")
    assert [f.message for f in lint("list-item", text)] == [
        "6 of 7 entries in this list separate name and description with an em dash; "
        "awesome lists use ' - '"
    ]


def test_scripts_without_case_and_their_full_stop() -> None:
    japanese = entries(" - お茶を淹れる。", " - お湯を沸かす。", " - 急須です")
    found = lint("list-item", japanese)
    assert [f.message for f in found] == ["end the description with '.', '!', '?' or '…'"]
    assert fixed("list-item", japanese) == japanese.replace("急須です", "急須です。")


def test_no_capital_asked_of_a_chinese_sentence_or_of_a_speakers_name() -> None:
    chinese = entries(" - 代码片段。", " - 微信小程序。", " - webstorm 插件（代码提示）。")
    assert [f for f in lint("list-item", chinese) if "capital" in f.message] == []
    talks = entries(" - Ann Lee（2023-01）", " - Bo Kim（2023-02）", " - tatsuki kuribayashi（2022-10）")
    assert [f for f in lint("list-item", talks) if "capital" in f.message] == []
    english = entries(" - Brews tea.", " - Pours tea.", " - cryptographic algorithms.")
    assert [f.message for f in lint("list-item", english)] == [
        "start the description with a capital letter: 'cryptographic'"
    ]


def test_a_sentence_about_the_name_is_not_missing_a_separator() -> None:
    text = entries(" - Brews tea.", " - Pours tea.", " is a blog about tea.")
    assert lint("list-item", text) == []
    lower = entries(" - Brews tea.", " - Pours tea.", " a blog about tea.")
    assert [f.fix for f in lint("list-item", lower)] == [None]


def test_entries_where_the_rule_is_off_do_not_make_the_convention() -> None:
    off = "<!--lint disable awesome-list-item-->\n\n" + entries(*[" \u2014 Tea."] * 6)
    on = "\n<!--lint enable awesome-list-item-->\n\n" + entries(" \u2013 Tea.", *[" - Tea."] * 3)
    found = lint("list-item", off + on)
    assert [f.message for f in found] == [
        "separate the name and the description with ' - ', not an en dash"
    ]


def test_a_document_wide_marker_is_one_finding() -> None:
    text = "".join(f"## S{n}\n\n* [T{n}](https://e.org/{n}) - Tea.\n\n" for n in range(4))
    found = lint("list-item", text)
    assert [f.message for f in found] == [
        "4 of 4 lists in this document use '*' as their marker; awesome lists use '-'"
    ]
    assert fixed("list-item", text, unsafe=True) == text.replace("* ", "- ")


def test_seed(seed_text: str) -> None:
    """The seed lists papers in tables: nothing to say."""
    assert lint("list-item", seed_text) == []


@pytest.mark.parametrize(
    "item",
    [
        "- [Redi](https://example.org/redi) - A GUI tool for Redis ®\n",  # the stop goes after the sign
        "- [bloaty](https://example.org/bloaty) - Sizes binaries. Sends anonymous data. F\n",  # cut short
        "- [ktlint](https://example.org/ktlint) - Lints Kotlin code.t\n",  # a stray letter
    ],
)
def test_no_safe_full_stop_where_the_end_is_not_the_sentence_end(item: str) -> None:
    others = "".join(f"- [T{n}](https://example.org/{n}) - Does this.\n" for n in range(6))
    found = [f for f in lint("list-item", others + item) if "end the description" in f.message]
    assert found and all(f.fix is None for f in found)


def test_a_list_with_one_description_is_asked_for_a_full_stop_not_given_one() -> None:
    """One description in a list of bare links ("69th"): no way of the list's own to
    follow, so the awesome format's full stop is asked for, and only an unsafe fix adds it."""
    bare = "".join(f"- [Kettle {n}](https://k{n}.example)\n" for n in range(4))
    text = "# Tea\n\n" + bare + "- [Ranking](https://r.example) - 69th\n"
    (finding,) = lint("list-item", text)
    assert finding.fix is not None and finding.fix.applicability == Applicability.UNSAFE


def test_an_address_after_the_sentence_is_not_its_end() -> None:
    good = "- [A](https://a.org) - Aa.\n- [B](https://b.org) - Bb.\n- [C](https://c.org) - Cc.\n"
    text = good + "- [Kiln](https://k.org) - Fires clay. [https://demo.example](https://demo.example)\n"
    assert lint("list-item", text) == []
    bare = good + "- [Kiln](https://k.org) - Fires clay [https://demo.example](https://demo.example)\n"
    (finding,) = lint("list-item", bare)
    assert finding.fix is None  # before the address or after it: the author's call


def test_full_width_colon_lists_follow_their_own_way() -> None:
    """'：' separates name and description in Chinese lists: the descriptions are seen, a
    lower-case name leading a Chinese sentence asks no capital, and the stop is '。'."""
    items = "".join(f"* [t{n}](https://t{n}.example)：一个模板引擎。\n" for n in range(4))
    text = items + "* [figlet](https://f.example)：figlet 的 Python 实现\n"
    messages = [f.message for f in lint("list-item", text, check_all_lists=True)]
    assert [m for m in messages if "description" in m and "separate" not in m] == [
        "end the description with '.', '!', '?' or '…'"
    ]
    code = items + "* [Mo](https://m.example)：网页动态图像工具`（链接已无法访问）`\n"
    (slip,) = [f for f in lint("list-item", code, check_all_lists=True) if "end the" in f.message]
    assert slip.fix is not None and [e.text for e in slip.fix.edits] == ["。"]


def test_a_line_in_italics_that_starts_with_a_link_is_no_item_missing_its_space() -> None:
    note = "*[Windows users, read more.](https://e.org/win)*\n"
    assert lint("list-item", "Update it:\n\n" + note) == []
    slip = "*[Kettle](https://e.org/k) - Boils *hot* water.\n"
    assert [f.message for f in lint("list-item", slip)] == [
        "'*[' is not a list item: put a space after the marker"
    ]
    lines = (
        "> *[front-ends](https://e.org/fe) provides information on\n"
        "dozens of alternative front-ends, for YouTube, Reddit,\nand more.*\n"
    )
    assert lint("list-item", "Further info:\n\n" + lines) == []  # closed two lines down


def test_a_slipped_dash_in_a_section_that_separates_otherwise_is_fixed_only_unsafely() -> None:
    dashed = "## Tools\n\n" + "".join(
        f"- [Tool {n}](https://e.org/{n}) - Does this.\n" for n in range(6)
    )
    colons = "".join(f"- [Person {n}](https://e.org/p{n})：Writes CSS.\n" for n in range(4))
    slip = "- [Slip](https://e.org/slip)- Writes CSS too.\n"
    text = dashed + "\n## People\n\n" + colons + slip
    (finding,) = [f for f in lint("list-item", text) if "'- '" in f.message]
    assert finding.fix is not None and finding.fix.applicability == Applicability.UNSAFE
    assert fixed("list-item", text) == text
    in_dashed = dashed + slip
    (finding,) = lint("list-item", in_dashed)
    assert finding.fix is not None and finding.fix.applicability == Applicability.SAFE


@pytest.mark.parametrize(
    ("description", "fixable"),
    [
        ("Compresses PNG files with or wi", False),
        ("Works over HTTP f", False),
        ("Keeps anonymous data. F", False),
        ("A more intuitive version of du", True),
        ("Tea tools for the ui", True),
        ("Tea written in go", True),
        ("Blazor Tour of Heroes, using ", False),  # a word no sentence ends on
        ("A port of the tea timer for", False),
        ("Pots with lids and", False),
        ("Sorts salt and pepper", True),
    ],
)
def test_a_description_cut_off_mid_word_gets_no_full_stop(description: str, fixable: bool) -> None:
    good = BOILS
    (finding,) = lint("list-item", good + f"- [K](https://e.org/k) - {description}\n")
    assert finding.message == "end the description with '.', '!', '?' or '…'"
    assert (finding.fix is not None) == fixable


@pytest.mark.parametrize(
    "link", ["./pages/README-2018-2020.md", "CODE_OF_CONDUCT.md", "docs/", "guide/tea.html#brew"]
)
def test_a_link_to_a_file_of_the_lists_own_repository_is_no_broken_address(link: str) -> None:
    item = f"- [Tea notes]({link}) - Notes on tea.\n"
    assert lint("list-item", item) == []



def test_a_sentence_that_ends_before_its_trailing_links_has_ended() -> None:
    good = BOILS
    for item in (
        "- [K](https://e.org/k) - Boils water. [Online Demo](https://demo.example)\n",
        "- [K](https://e.org/k) - Boils water. [Demo](https://d.example) | [Docs](https://o.example)\n",
        "- [K](https://e.org/k) - Boils water. - [Source Code](https://s.example)\n",
    ):
        assert lint("list-item", good + item) == [], item
    dashed = "- [K](https://e.org/k) - Boils water - [Source Code](https://s.example)\n"
    assert fixed("list-item", good + dashed) == good + dashed.replace("water -", "water. -")


def test_a_link_that_reads_as_the_sentences_last_word_takes_the_stop_after_it() -> None:
    good = BOILS
    here = "- [K](https://e.org/k) - Brewing notes and instructions [here](https://h.example)\n"
    assert fixed("list-item", good + here) == good + here.replace(")\n", ").\n")


def test_a_missing_stop_goes_before_links_that_only_name_a_kind_of_link() -> None:
    """jobbole's lists end a description with '。' and then link the official site."""
    good = "".join(
        f"- [T{n}](https://e.org/{n}) - 烧水的工具。[官网](https://t{n}.example)、[GitHub](https://g.example/{n})\n"
        for n in range(3)
    )
    slip = "- [K](https://e.org/k) - 最流行的茶具 [官网](https://k.example)\n"
    assert fixed("list-item", good + slip) == good + slip.replace("茶具 [", "茶具。 [")
    in_sentence = "- [K](https://e.org/k) - A plugin for [webpack](https://webpack.example)\n"
    dots = "".join(f"- [T{n}](https://e.org/{n}) - Boils water.\n" for n in range(3))
    assert fixed("list-item", dots + in_sentence) == dots + in_sentence.replace(")\n", ").\n")


def test_a_description_that_is_only_a_link_to_the_official_site_is_no_sentence() -> None:
    good = BOILS
    assert lint("list-item", good + "- [BEM](https://e.org/bem) - [官网](https://bem.example)\n") == []


def test_a_chinese_sentence_that_ends_with_a_latin_name_takes_a_chinese_stop() -> None:
    good = "".join(f"- [T{n}](https://e.org/{n}) - 谷歌的工程师{n}。\n" for n in range(3))
    slip = "- [K](https://e.org/k) - 谷歌的工程师，参与项目有Chrome、web组件、Polymer\n"
    assert fixed("list-item", good + slip) == good + slip.replace("Polymer", "Polymer。")


def test_a_link_of_icons_after_the_name_is_a_chip_not_a_second_name() -> None:
    """The list writes '[Name](…) - [:copyright:](…) Does this.': a slip without the dash
    is reported at the name, where the dash goes; what follows is a chip, no description
    start to put it before."""
    good = "".join(
        f"- [T{n}](https://e.org/{n}) - [:copyright:](https://l.example/{n}) Boils water.\n"
        for n in range(4)
    )
    slip = "- [K](https://e.org/k) [:copyright:](https://l.example/k) Boils water.\n"
    (finding,) = lint("list-item", good + slip)
    assert "separate the name" in finding.message and finding.fix is None
    assert finding.span.start == (good + slip).index(") [:copyright:](https://l.example/k)") + 1


def test_a_status_emoji_and_a_note_after_the_full_stop_end_the_description() -> None:
    """'… UIKit dynamics. 🌟 (updated to Swift 3 by @p-sun)': the list marks each entry
    with ⏳ or 🌟 after its full stop; the note after the mark needs no second stop."""
    good = "".join(f"- [T{n}](https://e.org/{n}) - Boils water. ⏳\n" for n in range(3))
    noted = "- [K](https://e.org/k) - Boils water. 🌟 (updated to Swift 3 by @ann)\n"
    assert lint("list-item", good + noted) == []


def test_an_arrow_between_two_links_is_no_separator() -> None:
    """'[30 Days make OS](…) --> [YOS](…)': one project led to the other."""
    good = "".join(f"* [T{n}](https://e.org/{n}) - Boils water.\n" for n in range(4))
    arrow = "* [30 Days](https://e.org/30) --> [YOS](https://e.org/yos)\n"
    assert "- >" not in fixed("list-item", good + arrow)


def test_a_question_in_emphasis_inside_quotes_has_ended() -> None:
    good = BOILS
    quote = "- [VP](https://e.org/vp) - “A better one is, *What is a VP of Engineering?*”\n"
    assert lint("list-item", good + quote) == []


def test_a_description_that_is_only_another_link_needs_no_stop() -> None:
    """'[Are you ready for production?](…) - [Slides](…)': a talk and its slides."""
    good = BOILS
    slides = "- [Ready for production?](https://e.org/t) - [Slides](https://s.example/t)\n"
    assert lint("list-item", good + slides) == []


def test_a_stray_bracket_after_the_full_stop_is_no_missing_stop() -> None:
    """'… plugins for ZSH.)': the sentence ended; a second stop would write 'ZSH.).'"""
    good = BOILS
    stray = "- [Z](https://e.org/z) - Completions for ZSH.)\n"
    assert lint("list-item", good + stray) == []
    closed = "- [L](https://e.org/l) - A library (map, filter, find...)\n"
    assert len(lint("list-item", good + closed)) == 1  # the bracket closes its own '('


def test_a_section_of_commands_is_its_way_one_command_among_sentences_is_not() -> None:
    """Each container's `docker pull …` is how that section describes them; one entry
    that is only code where the others are sentences lacks its words."""
    pulls = "".join(f"- [Lab {n}](https://e.org/lab{n}) - `docker pull o/lab{n}`.\n" for n in range(4))
    tools = "".join(f"- [T{n}](https://e.org/t{n}) - Boils water.\n" for n in range(8))
    assert lint("list-item", tools + "\n## Containers\n\n" + pulls) == []
    lone = "- [K](https://e.org/k) - `kettle --boil`\n"
    assert [f.message for f in lint("list-item", BOILS + lone)] == [
        "the description is only code: describe it in words"
    ]


def test_a_credit_and_a_tag_in_marks_is_no_sentence_to_end() -> None:
    """'[Angular Book](…) - `Denys Vuika` **FREE**': the author and a tag; a full stop
    after the tag would be wrong, and its neighbours credit the author alone."""
    books = (
        "- [Book A](https://e.org/a) - `Ann Author`\n"
        "- [Book B](https://e.org/b) - `Ben Author` **FREE**\n"
        "- [Book C](https://e.org/c) - *Cat Author* **FREE**\n"
    )
    assert lint("list-item", BOILS + "\n## Books\n\n" + books) == []
    assert "**FREE**." not in fixed("list-item", BOILS + books)


def test_a_question_in_single_quotes_has_ended() -> None:
    """'… when asked the question: 'So, what do you do?'': no '.' after the quote."""
    asked = "- [Guide](https://e.org/g) - How to answer the question: 'So, what do you do?'\n"
    assert lint("list-item", BOILS + asked) == []


def test_an_icon_link_joined_to_the_name_is_part_of_it() -> None:
    """'[kramdown](…), [:gem:](…) - Converter.': the gem's page beside the repository;
    the dash after it is the separator."""
    gems = "".join(
        f"- [k{n}](https://github.com/o/k{n}), [:gem:](https://rubygems.org/gems/k{n}) - "
        "Converts markdown.\n"
        for n in range(3)
    )
    assert lint("list-item", BOILS + gems) == []
    glued = "- [k9](https://github.com/o/k9) [:gem:](https://rubygems.org/gems/k9) Converts.\n"
    assert lint("list-item", BOILS + glued) != []


LICENSED = "".join(f"- [C{n}][c{n}] - Parses JSON. [`MIT`][MIT]\n" for n in range(3))
LICENCE_REFS = "".join(f"[c{n}]: https://e.org/c{n}\n" for n in range(9)) + (
    "[MIT]: https://e.org/mit\n[GPL]: https://e.org/gpl\n"
)


def test_licence_tags_after_the_full_stop_are_not_the_description_end() -> None:
    """'Schema. [`LGPL-2.0`][…] or\\n  [`LGPL-3.0`][…]': the sentence ended before its
    licences, however they are joined."""
    joined = "- [W][c7] - Works with JSON\n  Schema. [`GPL`][GPL] or\n  [`MIT`][MIT]\n"
    assert lint("list-item", LICENSED + joined + "\n" + LICENCE_REFS) == []


def test_a_missing_full_stop_goes_before_the_licence_tag() -> None:
    missing = "- [P][c8] - A library in C [`MIT`][MIT]\n"
    text = LICENSED + missing + "\n" + LICENCE_REFS
    assert "- A library in C. [`MIT`][MIT]\n" in fixed("list-item", text)
    address = "- [T][c8] - Games to run at http://games.example [`MIT`][MIT]\n"
    text = LICENSED + address + "\n" + LICENCE_REFS
    (finding,) = lint("list-item", text)
    assert finding.fix is None  # a stop after a bare address is the author's call


def test_a_dash_that_ends_a_wrapped_line_is_the_separator() -> None:
    """'[IntelMQ](…) -⏎  A tool for CERTs.': the line break is the space after the dash."""
    wrapped = "- [IntelMQ](https://e.org/i) -\n  A tool for CERTs, using a message queue.\n"
    assert lint("list-item", BOILS + wrapped) == []
    assert fixed("list-item", BOILS + wrapped) == BOILS + wrapped


def test_hashtags_after_the_full_stop_are_not_the_description_end() -> None:
    tagged = "- [SD](https://e.org/sd) - Generates images from text. #opensource #ai\n"
    assert lint("list-item", BOILS + tagged) == []
    untagged = "- [SD](https://e.org/sd) - Generates images from text #opensource\n"
    (finding,) = lint("list-item", BOILS + untagged)
    assert finding.fix is None  # not "#opensource.", and before the tag is the author's call


def test_an_html_dash_entity_is_a_separator() -> None:
    """`[Poker](…) &ndash; Plans.` renders an en dash: a separator of another style in a
    list of ' - ', not a missing one."""
    text = BOILS + "- [Poker](https://e.org/poker) &ndash; Plans sprints.\n"
    (finding,) = lint("list-item", text)
    assert finding.message == "separate the name and the description with ' - ', not '&ndash;'"
    assert fixed("list-item", text) == BOILS + "- [Poker](https://e.org/poker) - Plans sprints.\n"


@pytest.mark.parametrize(
    "description",
    [
        "[R] - [Comprehensive integration of single-cell tea data](https://e.org/paper)",
        "Open platform for German tea law *(Open, API)*",
        "Open platform for German tea law *(Open, API)* [(HF)](https://hf.example/t)",
    ],
)
def test_a_stop_after_a_citation_or_a_tag_is_the_maintainers_call(description: str) -> None:
    """Lists write 'Description. [Citation](…)' as often as '… [Citation](…).': where the
    missing stop goes is theirs to say, so its fix is unsafe."""
    item = f"- [K](https://e.org/k) - {description}\n"
    (finding,) = lint("list-item", BOILS + item)
    assert finding.fix is not None and finding.fix.applicability == Applicability.UNSAFE
    assert fixed("list-item", BOILS + item) == BOILS + item
