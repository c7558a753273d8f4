"""toc: hand-made cases and the seed."""

from __future__ import annotations

import pytest
from conftest import fixed as fixed_by
from conftest import lint

from awesome_lint import fix_text
from awesome_lint.fixes import Applicability
from awesome_lint.registry import all_rules


def fixed(name: str, text: str) -> str:
    """The text after the rule's fixes: the rewrite is an unsafe fix."""
    return fixed_by(name, text, unsafe=True)

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
    assert lint("toc", "# Tea\n\n## Contents\n\n" + toc + HEADINGS) == []


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
    found = lint("toc", text)
    assert all(any(m in f.message for f in found) for m in messages)
    if fixed_toc is not None:
        assert fixed("toc", text) == "# Tea\n\n## Table of Contents\n\n" + fixed_toc + HEADINGS


def test_toc_text_that_names_another_heading() -> None:
    text = "# Tea\n\n## Contents\n\n- [Black](#black)\n- [Oolong](#green)\n" + HEADINGS
    found = lint("toc", text)
    assert [f.message for f in found] == [
        "the table of contents says 'Oolong' for the heading 'Green'"
    ]
    assert "- [Green](#green)\n" in fixed("toc", text)


def test_toc_depth_is_reported_and_kept() -> None:
    toc = "- [Black](#black)\n  - [Assam](#assam)\n    - [Deep](#deep)\n  - [Ceylon](#ceylon)\n- [Green](#green)\n"
    text = "# Tea\n\n## Contents\n\n" + toc + HEADINGS.replace("### Assam\n", "### Assam\n\n#### Deep\n")
    assert lint("toc", text) == []  # as deep as the headings: fine unless asked
    found = lint("toc", text, max_depth=2)
    assert ["deeper than 2 levels" in f.message for f in found] == [True]
    assert fixed("toc", text) == text


def test_toc_depth_under_an_item_for_the_title() -> None:
    text = (
        "# Tea\n\n## Contents\n\n- [Tea](#tea)\n  - [Black](#black)\n    - [Assam](#assam)\n"
        "## Black\n\n### Assam\n"
    )
    assert lint("toc", text) == []
    assert ["deeper than 2 levels" in f.message for f in lint("toc", text, max_depth=2)] == [True]


def test_toc_as_deep_as_the_headings_still_lists_them_all() -> None:
    """Not limited in depth, the third level is compared with the headings too."""
    toc = "- [Black](#black)\n  - [Assam](#assam)\n    - [Deep](#deep)\n  - [Ceylon](#ceylon)\n- [Green](#green)\n"
    headings = HEADINGS.replace("### Assam\n", "### Assam\n\n#### Deep\n\n#### Deeper\n")
    found = lint("toc", "# Tea\n\n## Contents\n\n" + toc + headings)
    assert [f.message for f in found] == ["the table of contents lacks 'Deeper'"]


def test_toc_fix_keeps_crlf() -> None:
    text = ("# Tea\n\n## Contents\n\n- [Green](#green)\n- [Black](#black)\n" + HEADINGS).replace("\n", "\r\n")
    assert fixed("toc", text) == text.replace(
        "- [Green](#green)\r\n- [Black](#black)", "- [Black](#black)\r\n- [Green](#green)"
    )


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
    assert [f.message for f in lint("toc", text)] == ["'Black' is out of order in the table of contents"]
    assert fixed("toc", text) == text


def test_toc_heading_listed_at_another_level_is_not_listed_twice() -> None:
    toc = "- [Black](#black)\n  - [Assam](#assam)\n  - [Ceylon](#ceylon)\n  - [Green](#green)\n"
    text = "# Tea\n\n## Contents\n\n" + toc + HEADINGS
    assert lint("toc", text) == []


def test_toc_label_of_the_authors_own_is_kept() -> None:
    toc = "- [Fermented](#black)\n- [Unfermented](#green)\n"
    assert lint("toc", "# Tea\n\n## Contents\n\n" + toc + HEADINGS) == []


def test_toc_new_item_writes_no_invisible_character() -> None:
    text = "# Tea\n\n## Contents\n\n- [Black](#black)\n\n## Black\n\n## ⬆️ Up\n"
    result = fixed("toc", text)
    assert "- [⬆️ Up](#%EF%B8%8F-up)\n" in result
    assert lint("toc", result) == []


def test_toc_new_item_takes_the_lists_line_break() -> None:
    """Found by fuzzing: a one-item CRLF list got its new item joined with LF."""
    text = "# T\r\n\r\n## Contents\r\n\r\n- [B](#b)\r\n\r\n## B\r\n\r\n## C\r\n"
    assert fixed("toc", text) == text.replace("- [B](#b)\r\n", "- [B](#b)\r\n- [C](#c)\r\n")


def test_toc_rewrite_keeps_a_lone_cr_out_of_new_lines() -> None:
    """A lone CR before the ToC is a line break: the inserted line must not copy it."""
    text = (
        "# Awesome A\n\n## Contents\n\n\r  - [1.1. Tools](#11-tools)\n\n"
        "## 1. Tools\n\n### 1.1. Tools\n\n### 1.2. Kettles\n\n- [A](https://a.example) - A.\n"
    )
    fixed = fix_text(text, [all_rules()["toc"]()], unsafe=True).source.text
    assert fixed.count("\r") == 1
    assert fixed == text.replace("(#11-tools)\n", "(#11-tools)\n  - [1.2. Kettles](#12-kettles)\n")


def test_toc_missing_headings_of_one_list_are_one_finding() -> None:
    text = "# Tea\n\n## Contents\n\n- [Black](#black)\n\n## Black\n\n## Green\n\n## Oolong\n\n## White\n"
    found = lint("toc", text)
    assert [f.message for f in found] == ["the table of contents lacks 'Green', 'Oolong' and 'White'"]
    assert "- [Black](#black)\n- [Green](#green)\n- [Oolong](#oolong)\n- [White](#white)\n" in fixed("toc", text)


def test_toc_in_two_lists_under_labels_is_read_as_one() -> None:
    """A ToC split in groups ("**Drink**", "**Learn**") lists what its second list lists."""
    toc = "**Drink**\n\n- [Black](#black)\n- [Green](#green)\n\n**Learn**\n\n- [Books](#books)\n- [Clubs](#clubs)\n"
    headings = "\n## Black\n\n## Green\n\n## Books\n\n## Clubs\n"
    assert lint("toc", "# Tea\n\n## Contents\n\n" + toc + headings) == []
    swapped = toc.replace("- [Books](#books)\n- [Clubs](#clubs)", "- [Clubs](#clubs)\n- [Books](#books)")
    text = "# Tea\n\n## Contents\n\n" + swapped + headings
    found = lint("toc", text)
    assert [f.message for f in found] == ["'Books' is out of order in the table of contents"]
    assert fixed("toc", text) == text  # no rewrite of a list in parts


def test_toc_leaves_out_a_section_pinned_above_what_it_indexes() -> None:
    text = "# Tea\n\n## Contents\n\n- [Black](#black)\n- [Green](#green)\n\n## Pinned\n\n## Black\n\n## Green\n"
    assert lint("toc", text) == []
    text = text.replace("## Green\n", "## Oolong\n\n## Green\n")
    assert [f.message for f in lint("toc", text)] == ["the table of contents lacks 'Oolong'"]


def test_toc_leaves_out_back_matter() -> None:
    back = "\n## Related Resources\n\n## Contribution\n\n## Acknowledgements\n\n## Star History\n"
    text = "# Tea\n\n## Contents\n\n- [Black](#black)\n- [Green](#green)\n" + HEADINGS + back
    assert lint("toc", text) == []


def test_seed(seed_text: str) -> None:
    """The seed nests its ToC as '- - [..]': nothing to say."""
    assert lint("toc", seed_text) == []


def test_toc_numbered_one_on_every_line_keeps_its_numbers() -> None:
    """`1.` on every line is the author's way to number: the fix adds, never renumbers."""
    text = "# Tea\n\n## Contents\n\n1. [Black](#black)\n1. [Oolong](#oolong)\n\n## Black\n\n## Green\n\n## Oolong\n"
    assert fixed("toc", text) == text.replace("1. [Oolong]", "1. [Green](#green)\n1. [Oolong]")


def test_toc_in_alphabetical_order_keeps_it() -> None:
    """A table of contents the author sorts (all but the last item added) while the
    body is not: its order is the author's, and a missing heading goes in its place."""
    names = ["Algorithms", "Databases", "Graphics", "Security", "Systems", "Statistics"]
    toc = "".join(f"- [{n}](#{n.lower()})\n" for n in names)
    body = "".join(f"\n## {n}\n" for n in ["Systems", "Algorithms", "Security", "Graphics",
                                             "Databases", "Statistics"])
    text = "# Courses\n\n## Contents\n\n" + toc + body
    assert lint("toc", text) == []
    text = text.replace("- [Databases](#databases)\n", "")
    assert [f.message for f in lint("toc", text)] == ["the table of contents lacks 'Databases'"]
    assert "- [Algorithms](#algorithms)\n- [Databases](#databases)\n- [Graphics]" in fixed("toc", text)


def test_toc_that_lists_a_chosen_few_of_a_level_lists_them_on_purpose() -> None:
    """Each language of "NLP per Language" is listed, not the Libraries and Datasets
    each language has at the same heading level."""
    languages = ["Arabic", "Chinese", "Danish"]
    toc = "- [NLP per Language](#nlp-per-language)\n" + "".join(
        f"  - [NLP in {n}](#nlp-in-{n.lower()})\n" for n in languages
    )
    body = "\n## NLP per Language\n" + "".join(
        f"\n### NLP in {n}\n\n### Libraries\n\n### Datasets\n" for n in languages
    )
    assert lint("toc", "# NLP\n\n## Contents\n\n" + toc + body) == []
    fewer = toc.replace("  - [NLP in Danish](#nlp-in-danish)\n", "")
    body = "\n## NLP per Language\n" + "".join(f"\n### NLP in {n}\n" for n in languages)
    assert [f.message for f in lint("toc", "# NLP\n\n## Contents\n\n" + fewer + body)] == [
        "the table of contents lacks 'NLP in Danish'"
    ]


def test_toc_item_under_another_sections_entry_is_reported_not_rewritten() -> None:
    """'Papers' of Green listed under Black: its numbered anchor reaches Green's heading,
    so keeping that line where it is would keep a wrong link; which line is wrong is the
    author's call."""
    text = (
        "# Tea\n\n## Contents\n\n- [Green](#green)\n  - [Shops](#shops)\n"
        "- [Black](#black)\n  - [Papers](#papers)\n  - [Shops](#shops-1)\n\n"
        "## Green\n\n### Papers\n\n### Shops\n\n## Black\n\n### Papers\n\n### Shops\n"
    )
    (finding,) = lint("toc", text)
    assert "lacks 'Papers'" in finding.message
    assert finding.fix is None


def test_a_hand_picked_table_of_contents_of_several_levels_lacks_nothing() -> None:
    """Its items link `###`, `##` and `#` headings alike: the author chose what to index
    ("Built with: Mobile, Web" for the subsections), so the level's other headings are
    not missing, and nothing is rewritten."""
    toc = (
        "## Contents\n\n- [Books](#books)\n- [Blogs](#blogs)\n- [IDE](#ide)\n"
        "- [Tools](#tools)\n- [Types](#types)\n- [Built with: Mobile, Web](#built-with)\n"
        "- [LLM](#llm)\n\n"
    )
    body = (
        "## Start\n\n### Books\n\nA.\n\n### Blogs\n\nA.\n\n### IDE\n\nA.\n\n"
        "## Tools\n\nA.\n\n## Types\n\nA.\n\n## Built with\n\n### Mobile\n\nA.\n\n"
        "### Web\n\nA.\n\n# LLM\n\nA.\n\n### Badges\n\nA.\n"
    )
    text = "# Awesome Tea\n\n" + toc + body
    assert lint("toc", text) == []
    swapped = text.replace("- [Books](#books)\n- [Blogs](#blogs)", "- [Blogs](#blogs)\n- [Books](#books)")
    (finding,) = lint("toc", swapped)
    assert "out of order" in finding.message and finding.fix is None


def test_a_table_of_contents_with_a_broken_link_is_not_rewritten() -> None:
    """'[Articles](#articles)' stands for the heading 'Articles • Tutorials': a rewrite
    would add the heading again and keep the dead line; broken-anchor repairs the link."""
    text = (
        "# Awesome Tea\n\n## Contents\n\n- [Tools](#tools)\n- [Articles](#articles)\n\n"
        "## Tools\n\nA.\n\n## Articles • Tutorials\n\nA.\n"
    )
    (finding,) = lint("toc", text)
    assert "lacks 'Articles • Tutorials'" in finding.message and finding.fix is None


def test_an_anchor_set_over_a_heading_is_the_headings_and_its_label_the_authors() -> None:
    """'<a name="xss"></a>' over '### XSS - Cross-Site Scripting': '[XSS](#xss)' lists
    the heading, and 'CSRF' may label 'Cross Site Request Forgery' though another
    heading is called CSRF."""
    text = (
        "# Awesome Web\n\n## Contents\n\n- [Intro](#intro)\n  - [XSS](#xss)\n"
        "- [Tools](#tools)\n  - [CSRF](#tools-csrf)\n\n"
        '<a name="intro"></a>\n## Introduction\n\n<a name="xss"></a>\n### XSS - Cross-Site Scripting\n\nA.\n\n'
        '## Tools\n\n<a name="tools-csrf"></a>\n### Cross Site Request Forgery\n\nA.\n\n'
        "## Code of Conduct\n\nBe kind.\n\n### CSRF\n\nA.\n"
    )
    assert lint("toc", text) == []


def test_several_headings_on_one_line_of_the_contents_are_all_listed() -> None:
    """'* [Books for Tea](…) | [Books for Coffee](…)': a compact table of contents lists
    both; it lacks nothing, and is not written again one heading a line."""
    text = (
        "# Brews\n\n## Contents\n\n* [Books](#books)\n"
        "    * [Books for Tea](#books-for-tea) | [Books for Coffee](#books-for-coffee)\n"
        "* [Shops](#shops)\n\n"
        "## Books\n\n### Books for Tea\n\n### Books for Coffee\n\n## Shops\n"
    )
    assert lint("toc", text) == []
    lacking = text.replace("\n\n## Shops\n", "\n\n### Books for Milk\n\n## Shops\n")
    (finding,) = lint("toc", lacking)
    assert "lacks 'Books for Milk'" in finding.message and finding.fix is None


def test_a_missing_heading_goes_where_it_stands_in_a_contents_in_heading_order() -> None:
    """Models, OS Images, Tools, Projects, Resources: in the headings' order, and four of
    five alphabetical by chance; Community, last in the document, goes last."""
    names = ["Models", "OS Images", "Tools", "Projects", "Resources", "Community"]
    toc = "".join(f"- [{n}](#{n.lower().replace(' ', '-')})\n" for n in names[:-1])
    text = "# Pi\n\n## Contents\n\n" + toc + "\n" + "".join(f"## {n}\n\n" for n in names)
    assert fixed("toc", text) == text.replace(
        "(#resources)\n", "(#resources)\n- [Community](#community)\n", 1
    )


def test_a_heading_written_twice_is_not_added_twice() -> None:
    """'## <a name="kettles"></a> Kettles' and, five lines down, '## Kettles' again: the
    contents lists Kettles once; the second heading is a slip in the headings, and only
    the heading really missing is added."""
    text = (
        "# Brews\n\n## Contents\n\n- [Teas](#teas)\n- [Kettles](#kettles)\n\n"
        "## Teas\n\n## Cups\n\n## <a name=\"kettles\"></a> Kettles\n\n## Kettles\n"
    )
    (finding,) = lint("toc", text)
    assert finding.message == "the table of contents lacks 'Cups'"
    assert fixed("toc", text).count("[Kettles]") == 1


def test_a_heading_that_ends_with_an_omitted_name_is_left_out() -> None:
    """'## valuable Contributors👩‍💻 :' and '## Share' close the list: not indexed."""
    text = (
        "# Brews\n\n## Contents\n\n- [Teas](#teas)\n- [Cups](#cups)\n\n"
        "## Teas\n\n## Cups\n\n## valuable Contributors👩\u200d💻 :\n\n## Share\n"
    )
    assert lint("toc", text) == []


def test_the_rewrite_is_an_unsafe_fix() -> None:
    """Which headings belong in the contents is a judgement: --fix alone leaves it."""
    text = "# Tea\n\n## Table of Contents\n\n- [Green](#green)\n- [Black](#black)\n" + HEADINGS
    (finding,) = lint("toc", text)
    assert finding.fix is not None and finding.fix.applicability == Applicability.UNSAFE
    assert fixed_by("toc", text) == text
