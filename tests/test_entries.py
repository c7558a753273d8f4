"""The entry model on snippets of each way real lists write entries (written for these
tests; tests/test_entry_counts.py checks the same model on the real lists)."""

from __future__ import annotations

import pytest

from awesome_lint.document import Entry, build
from awesome_lint.source import Source


def entries(markdown: str) -> list[Entry]:
    return build(Source("list.md", markdown)).entries


def titles(markdown: str) -> list[tuple[str, str, str | None]]:
    """(kind, title, url) of each entry."""
    return [(e.kind, e.title, e.url) for e in entries(markdown)]


def section(body: str) -> str:
    return f"# Awesome Things\n\n## Tools\n\n{body}"


@pytest.mark.parametrize(
    ("item", "title", "url"),
    [
        ("- [Kettle](https://kettle.example) - Boils water.", "Kettle", "https://kettle.example"),
        ("* [Kettle](https://kettle.example) - Boils.", "Kettle", "https://kettle.example"),
        ("+ [Kettle](https://kettle.example)", "Kettle", "https://kettle.example"),
        ("1. [Kettle](https://kettle.example) - Boils.", "Kettle", "https://kettle.example"),
        ("- [x] [Kettle](https://kettle.example) - Boils.", "Kettle", "https://kettle.example"),
        ("- 💙 [Kettle](https://kettle.example) - Boils.", "Kettle", "https://kettle.example"),
        ("- :free: [Kettle](https://kettle.example) - Boils.", "Kettle", "https://kettle.example"),
        (
            '- <img src="icon.png" width="16"> [Kettle](https://kettle.example) - Boils.',
            "Kettle",
            "https://kettle.example",
        ),
        (
            "- ![icon](https://icons.example/k.png) [Kettle](https://kettle.example) - Boils.",
            "Kettle",
            "https://kettle.example",
        ),
        (
            "- [![OSS][oss]](https://github.com/k/k) [Kettle](https://kettle.example) - Boils."
            "\n\n[oss]: https://icons.example/oss.svg",
            "Kettle",
            "https://kettle.example",
        ),
        (
            "- **Wan: Open Video Models**, Alibaba. [[Paper](https://arxiv.org/abs/2503.20314)]",
            "Wan: Open Video Models",
            "https://arxiv.org/abs/2503.20314",
        ),
        (
            "- **STOKE** :warning: — A stochastic superoptimizer.",
            "STOKE",
            None,
        ),
    ],
)
def test_list_item_entries(item: str, title: str, url: str | None) -> None:
    found = titles(section(item + "\n"))
    assert found == [("item", title, url)]


def test_nested_items_are_entries_but_labelled_details_are_not() -> None:
    text = section(
        "- [Kettle](https://kettle.example) - Boils.\n"
        "  - [Whistle](https://whistle.example) - Sings.\n"
        "- [AgentGym](https://agentgym.example) - A paper.\n"
        "  - Paper: [AgentGym](https://arxiv.org/abs/2406.04151).\n"
        "  - Code: [Platform](https://github.com/a/b).\n"
    )
    assert [t for _, t, _ in titles(text)] == ["Kettle", "Whistle", "AgentGym"]


def test_an_item_named_by_its_nested_address() -> None:
    text = section(
        "* Chinese-LLaMA-Alpaca：\n"
        "  * 地址：https://github.com/ymcui/Chinese-LLaMA-Alpaca\n"
        "  * 简介：中文LLaMA模型。\n"
    )
    assert titles(text) == [
        ("item", "Chinese-LLaMA-Alpaca", "https://github.com/ymcui/Chinese-LLaMA-Alpaca")
    ]


def test_a_group_label_over_entries_is_not_an_entry() -> None:
    text = section("- Kettles\n  - [Kettle](https://kettle.example) - Boils.\n")
    assert [t for _, t, _ in titles(text)] == ["Kettle"]


def test_toc_navigation_and_prose_are_not_entries() -> None:
    text = (
        "# Awesome Things\n\n## Contents\n\n"
        "- [Tools](#tools)\n  - [Kettles](#kettles)\n"
        "* 1. [Intro](#intro)\n* 2. [Parts](./#parts)\n\t* 2.1. [Tools](/tools/README.md)\n\n"
        "## Tools\n\n"
        "- Bring your own cup.\n"
        "- [Kettle](https://kettle.example) - Boils.\n\n"
        "**[⬆ back to top](#contents)**\n"
    )
    assert [t for _, t, _ in titles(text)] == ["Kettle"]


def test_table_rows_are_titled_by_the_title_column() -> None:
    text = section(
        "| Date | Keywords | Paper |\n|---|---|---|\n"
        "| 2024-01 | MoE | [DeepSeek-V2: A Strong Model](https://arxiv.org/abs/2405.04434) |\n"
        "| 2022-05 | OPT | [OPT: Open Models](https://arxiv.org/abs/2205.01068) |\n"
    )
    assert [t for _, t, _ in titles(text)] == ["DeepSeek-V2: A Strong Model", "OPT: Open Models"]


def test_the_first_columns_qualified_title_header_wins_over_a_paper_column() -> None:
    """| Language Model | … | Paper/Blog |: a table of models, each citing its paper."""
    text = section(
        "| Language Model | Release Date | Paper/Blog |\n|---|---|---|\n"
        "| DeepSeek-V2 | 2024/05 | [DeepSeek-V2: A Strong Model](https://github.com/d/v2) |\n"
        "| DeepSeek-V2-Lite | 2024/05 | [DeepSeek-V2: A Strong Model](https://github.com/d/v2) |\n"
    )
    assert [t for _, t, _ in titles(text)] == ["DeepSeek-V2", "DeepSeek-V2-Lite"]


def test_icons_around_a_rows_name_are_not_part_of_its_title() -> None:
    text = section("| Name | Stars |\n|---|---|\n| 🔗 [cabocha](https://c.example) | 1 |\n"
                   "| LiteLLM 🚅 | 2 |\n| 🔥 | 3 |\n")
    assert [t for _, t, _ in titles(text)] == ["cabocha", "LiteLLM", "🔥"]


@pytest.mark.parametrize("header", ["名称", "Название", "제목", "Nombre", "Model"])
def test_title_headers_in_other_languages(header: str) -> None:
    text = section(f"| # | {header} |\n|---|---|\n| 1 | [Kettle](https://kettle.example) |\n")
    assert titles(text) == [("row", "Kettle", "https://kettle.example")]


def test_without_a_title_header_the_first_cell_that_is_not_a_number() -> None:
    text = section("| # | Tool | Stars |\n|---|---|---|\n| 3. | [Kettle](https://k.example) | 5 |\n")
    assert titles(text)[0][1] == "Kettle"


def test_a_table_of_anchor_links_is_a_table_of_contents() -> None:
    text = section("| Part | Part |\n|---|---|\n| [Tools](#tools) | [Cups](#cups) |\n")
    assert titles(text) == []


@pytest.mark.parametrize(
    ("paragraph", "title"),
    [
        (
            "**Graph Neural Networks: A Review.** AI Open 2020. [paper](https://doi.org/10.1/x)",
            "Graph Neural Networks: A Review",
        ),
        (
            '**[5]** Simonyan, Karen. "**Very deep convolutional networks**." arXiv (2014). '
            "[[pdf]](https://arxiv.org/pdf/1409.1556.pdf)",
            "Very deep convolutional networks",
        ),
        (
            "> **[Apache Maven](https://github.com/apache/maven)** <kbd>★ 5.3k</kbd><br>"
            "Declarative build management.",
            "Apache Maven",
        ),
        (
            "**Knowledge Mechanisms in LLMs** (EMNLP 2024) <br />\n"
            "Mengru Wang, Ningyu Zhang. [[paper](https://arxiv.org/abs/2407.15017)]",
            "Knowledge Mechanisms in LLMs",
        ),
    ],
)
def test_paragraph_entries(paragraph: str, title: str) -> None:
    assert [(k, t) for k, t, _ in titles(section(paragraph + "\n"))] == [("paragraph", title)]


@pytest.mark.parametrize(
    "paragraph",
    [
        "**Note:** see [the guide](https://guide.example).",
        "**Please visit [awesome-sysadmin/Backups](https://github.com/a/b#backups)**",
        "Read [the guide](https://guide.example) first.",
        "**Contributions welcome**",
    ],
)
def test_paragraphs_that_are_not_entries(paragraph: str) -> None:
    assert titles(section(paragraph + "\n")) == []


def test_the_introduction_under_the_main_heading_holds_no_paragraph_entries() -> None:
    text = "# Awesome Things\n\n**Visit the [website](https://things.example) to search.**\n"
    assert titles(text) == []


def test_heading_entries_and_their_index() -> None:
    text = (
        "# Awesome Extensions\n\n## Index\n\n"
        "- [Dark Reader](https://ext.example/#/dark-reader)\n"
        "- [Wayback Machine](https://ext.example/#/wayback)\n"
        "- [Linkclump](https://ext.example/#/linkclump)\n\n"
        "## Reviews\n\n"
        "#### [Dark Reader](https://ext.example/#/dark-reader)\n\nNight mode everywhere.\n\n"
        "#### [Wayback Machine](https://ext.example/#/wayback)\n\nOld pages.\n\n"
        "#### [Linkclump](https://ext.example/#/linkclump)\n\nOpen many links.\n\n"
        "## [More lists](https://lists.example)\n\n- [Kettle](https://kettle.example) - Boils.\n"
    )
    found = titles(text)
    assert [(k, t) for k, t, _ in found] == [
        ("heading", "Dark Reader"),
        ("heading", "Wayback Machine"),
        ("heading", "Linkclump"),
        ("item", "Kettle"),
    ]


def test_frame_sections_hold_no_entries() -> None:
    text = (
        "# Awesome Things\n\n## Tools\n\n- [Kettle](https://kettle.example) - Boils.\n\n"
        "## Sponsors\n\n| Name | Amount |\n|---|---|\n| [Ann](https://ann.example) | 5 |\n\n"
        "## Contributors\n\n- [Bob](https://github.com/bob)\n\n"
        "## 赞助打赏\n\n| 昵称 | 金额 |\n|---|---|\n| (未留姓名) | 5 |\n"
    )
    assert [t for _, t, _ in titles(text)] == ["Kettle"]


def test_entries_know_their_section_path_and_are_hashable() -> None:
    text = "# Awesome Things\n\n## Tools\n\n### Kettles\n\n- [Kettle](https://k.example) - Boils.\n"
    (entry,) = entries(text)
    assert entry.path == ("Awesome Things", "Tools", "Kettles")
    assert {entry: 1}[entry] == 1
    with pytest.raises(AttributeError):
        entry.title = "Other"  # type: ignore[misc]



def test_sections_and_nodes_are_frozen() -> None:
    doc = build(Source("list.md", "# A\n\n## Tools\n\n- [Kettle](https://k.example) - Boils.\n"))
    (tools,) = [s for s in doc.sections if s.title == "Tools"]
    assert isinstance(tools.entries, tuple) and isinstance(tools.children, tuple)
    with pytest.raises(AttributeError):
        tools.entries = ()  # type: ignore[misc]
    (block,) = tools.lists
    with pytest.raises(AttributeError):
        block.items = ()  # type: ignore[misc]
    paragraph = block.items[0].children[0]
    assert [link.url for link in paragraph.inline.links] == ["https://k.example"]  # type: ignore[union-attr]


def test_an_item_names_its_chips_separator_and_description() -> None:
    text = section(
        "- 💙 [Kettle](https://kettle.example) `Go` "
        "[![Stars](https://img.shields.io/github/stars/k/k.svg)](https://github.com/k/k)"
        " - Boils *water*.\n"
    )
    doc = build(Source("list.md", text))
    (entry,) = doc.entries
    assert [text[c.start : c.end] for c in entry.chips] == [
        "💙",
        "`Go` [![Stars](https://img.shields.io/github/stars/k/k.svg)](https://github.com/k/k)",
    ]
    assert entry.separator is not None and text[entry.separator.start : entry.separator.end] == "-"
    assert doc.description_of(entry) == "Boils water."


def test_a_row_takes_its_description_from_the_description_column() -> None:
    text = section("| Name | 简介 |\n|---|---|\n| [Kettle](https://k.example) | 烧水用的壶 |\n")
    doc = build(Source("list.md", text))
    (entry,) = doc.entries
    assert doc.description_of(entry) == "烧水用的壶"


def test_without_a_dash_there_is_no_description() -> None:
    doc = build(Source("list.md", section("- [Kettle](https://k.example) boils water\n")))
    (entry,) = doc.entries
    assert entry.separator is None and doc.description_of(entry) == ""


def test_html_details_entries_and_their_details() -> None:
    text = section(
        '<details><summary><b><a href="https://github.com/t/t">Tensorflow</a></b>'
        " (⭐ 190K) - A framework.</summary>\n\n"
        "- [GitHub](https://github.com/t/t) (👨‍💻 4K)\n- [PyPi](https://pypi.org/project/t)\n"
        '</details>\n<details><summary><b><a href="https://github.com/p/p">PyTorch</a></b>'
        " - Tensors.</summary>\n\n- [GitHub](https://github.com/p/p)\n</details>\n\n"
        "- [Kettle](https://kettle.example) - Boils.\n"
    )
    assert titles(text) == [
        ("html", "Tensorflow", "https://github.com/t/t"),
        ("html", "PyTorch", "https://github.com/p/p"),
        ("item", "Kettle", "https://kettle.example"),
    ]


def test_an_html_heading_whose_list_names_it_is_an_entry() -> None:
    text = section(
        '<h3 id="apfelfunk">Apfelfunk</h3>\n\n'
        '<img align="right" src="apfelfunk.jpg" />\n\nA weekly show.\n\n'
        "* Episodes: 500\n* [Apfelfunk Website](https://apfelfunk.example)\n"
        "* [Apfelfunk @ Spotify](https://open.spotify.com/show/1)\n\n----\n\n"
        "<h3>Editors</h3>\n\n* [Vim](https://vim.example) - An editor.\n"
        "* [Emacs](https://emacs.example) - Another.\n"
    )
    assert titles(text) == [
        ("html", "Apfelfunk", "https://apfelfunk.example"),
        ("item", "Vim", "https://vim.example"),
        ("item", "Emacs", "https://emacs.example"),
    ]


def test_html_lines_that_link_a_bold_name_are_entries() -> None:
    text = section(
        "<p>\n"
        '&nbsp;&nbsp; <a href="https://mc.example/"><b>Midnight Commander</b></a>'
        " - is a visual file manager.<br>\n"
        '&nbsp;&nbsp; <a href="https://ranger.example/"><b>ranger</b></a>'
        " - is a VIM-inspired file manager.<br>\n"
        '&nbsp;&nbsp; <a href="#top"><b>Back</b></a> - to the top.<br>\n'
        "</p>\n"
    )
    assert titles(text) == [
        ("html", "Midnight Commander", "https://mc.example/"),
        ("html", "ranger", "https://ranger.example/"),
    ]


def test_news_before_the_list_is_not_a_second_listing() -> None:
    text = (
        "# Awesome Papers\n\n## 🔔 News\n\n"
        "- **2024-07-22** We release [Knowledge Mechanisms](https://arxiv.org/abs/2407.15017).\n\n"
        "## Surveys\n\n- [Knowledge Mechanisms](https://arxiv.org/abs/2407.15017) - A survey.\n\n"
        "## News\n\n- [Winds](https://winds.example) - An RSS and podcast reader.\n"
    )
    assert [(e.section.title, e.title) for e in entries(text)] == [
        ("Surveys", "Knowledge Mechanisms"),
        ("News", "Winds"),  # further down, News is a category of things
    ]


def test_a_table_without_links_lists_things_only_under_a_name_header() -> None:
    text = section(
        "| Your Goal | Recommended Tool | Why |\n|---|---|---|\n| Films | **Runway** | Control |\n\n"
        "| Metric | Count |\n|---|---|\n| Total | 689 |\n\n"
        "| Extension name | Description |\n|---|---|\n| **`IPvFoo`** | Shows the IP. |\n"
    )
    assert [(k, t) for k, t, _ in titles(text)] == [("row", "IPvFoo")]


def test_links_to_places_in_other_pages_of_the_list_are_navigation() -> None:
    text = (
        "# Awesome Things\n\n## Categories\n\n"
        "- [AI services](/Category/9.%20AI#AI-services)\n"
        "- [Machine learning](/Category/9.%20AI#ML)\n  - [논문](/Category/9.%20AI#papers)\n\n"
        "## Tools\n\n- [Kettle](https://kettle.example) - Boils.\n"
    )
    assert [t for _, t, _ in titles(text)] == ["Kettle"]


def test_a_link_that_only_says_official_site_is_titled_by_the_words_before_it() -> None:
    text = (
        "# Awesome Java\n\n## 社区\n\n"
        "* vJUG：虚拟Java用户组。[官网](http://virtualjug.com/)\n"
        "* Java Council：[官网](http://virtualjug.com/#podcast/)\n"
    )
    assert [t for _, t, _ in titles(text)] == ["vJUG", "Java Council"]


def test_a_named_item_is_the_site_its_generic_link_names_not_its_licence() -> None:
    """'Name：description [licence](…)。[官网](…)': the entry is the thing at its official
    site, named before the colon; two such items under one licence are two things."""
    text = (
        "# Awesome C\n\n## 数据库\n\n"
        "*   MariaDB：一个强壮的 SQL 服务器。[3-clause BSD](http://fsf.example/BSD)。"
        "[官网](https://mariadb.example/)\n"
        + "*   Redis：一个键值对存储系统。[3-clause BSD](http://fsf.example/BSD)。"
        "[官网](http://redis.example/)\n"
    )
    found = build(Source("x.md", text)).entries
    assert [(e.title, e.url) for e in found] == [
        ("MariaDB", "https://mariadb.example/"), ("Redis", "http://redis.example/")
    ]


def test_html_headings_open_sections_under_a_markdown_heading_of_their_level() -> None:
    text = (
        "# Awesome Analysis\n\n## Programming Languages\n\n"
        '<a name="c" />\n<h2>C</h2>\n\n- [CBMC](https://cbmc.example) - Checks.\n\n'
        '<h2 id="cpp">C++</h2>\n\n- [clazy](https://clazy.example) - Lints.\n\n'
        "## Other\n\n<div><h3>Card</h3><p>Not a heading of its own.</p></div>\n\n"
        "- [Misc](https://misc.example) - Other.\n"
    )
    doc = build(Source("list.md", text))
    assert [(e.title, e.path) for e in doc.entries] == [
        ("CBMC", ("Awesome Analysis", "Programming Languages", "C")),
        ("clazy", ("Awesome Analysis", "Programming Languages", "C++")),
        ("Misc", ("Awesome Analysis", "Other")),
    ]
    html_sections = [s for s in doc.sections if s.heading is not None and s.heading.html]
    assert [(s.title, s.heading.slug) for s in html_sections if s.heading] == [
        ("C", "c"), ("C++", "cpp"),
    ]
    assert all(not h.html for h in doc.headings)  # GitHub anchors only Markdown headings


def test_a_bold_name_is_the_entry_and_the_links_in_its_description_are_not() -> None:
    text = section(
        "- **gulp-bootlint** :warning: — A gulp wrapper for [Bootlint](https://github.com/twbs/bootlint).\n"
        "- **TensorFlow** - [Website](https://tensorflow.org)\n"
    )
    assert titles(text) == [
        ("item", "gulp-bootlint", None), ("item", "TensorFlow", "https://tensorflow.org"),
    ]
    assert [link.text for link in entries(text)[0].links] == ["Bootlint"]


def test_entries_under_label_items_carry_the_label_as_their_group() -> None:
    text = section(
        "* <span id='head-2023'> **2023** </span>\n"
        "  * [Muse](https://muse.example) - Masked transformers.\n"
        "* **Text → Video**\n  * [Sora](https://sora.example) - Video.\n"
        "* [Kettle](https://kettle.example) - Not grouped.\n"
    )
    assert [(e.title, e.group) for e in entries(text)] == [
        ("Muse", "2023"), ("Sora", "Text → Video"), ("Kettle", ""),
    ]


def test_entries_folded_under_a_summary_label_carry_it_as_their_group() -> None:
    text = section(
        "<details>\n<summary>Python</summary>\n\n"
        "* [Kiln](https://kiln.example)\n  * [Junior task](https://kiln.example/task)\n\n"
        "</details>\n\n"
        "<details><summary><a href=\"https://pot.example\">Pot</a></summary>\n\n"
        "* [Docs](https://pot.example/docs)\n\n</details>\n\n"
        "* [Kettle](https://kettle.example) - Not folded.\n"
    )
    assert [(e.title, e.group) for e in entries(text)] == [
        ("Kiln", "Python"), ("Junior task", "Python"), ("Pot", ""), ("Kettle", ""),
    ]


def test_a_sentence_about_the_entry_above_is_not_an_entry() -> None:
    text = section(
        "- [ECS 122A](https://ucdavis.example/122) **Algorithm Design**\n"
        "  - Taught by [Dan Gusfield](https://ucdavis.example/dan) in 2010, this course is an introduction.\n"
        "  - [Syllabus](https://ucdavis.example/122/syllabus.pdf)\n"
        "  - QuantLib - Risks in [Python](https://pypi.example/q) and C++.\n"
        "- Taught by [Kiln](https://kiln.example) at the top level, it is still an entry.\n"
    )
    # not "Python" either: the name of the QuantLib line is its first word, unlinked
    assert [e.title for e in entries(text)] == ["ECS 122A", "Syllabus", "Kiln"]


def test_an_html_link_is_named_by_the_text_of_its_element() -> None:
    text = section(
        '- <b><a href="https://github.com/example/lazy">lazypredict</a></b> (⭐ 3K) - Models.\n'
        '- <img src="https://example.org/tf.png" width="13">&nbsp; Tensorflow related project\n'
    )
    assert titles(text) == [("item", "lazypredict", "https://github.com/example/lazy")]


def test_a_row_that_opens_with_a_preview_image_is_named_by_its_words() -> None:
    text = section(
        "| Preview | Description |\n|---|---|\n"
        '| [<img src="https://example.org/a.png" width="150" />](https://example.org/a.png) '
        "| [Data scientist vs. data engineer](https://example.org/post) |\n"
    )
    assert [t for _, t, _ in titles(text)] == ["Data scientist vs. data engineer"]


def test_a_linked_heading_over_a_table_is_a_section_not_an_entry() -> None:
    text = (
        "# Papers\n\n## [![chart](https://example.org/chart.svg) Papers-2023](https://example.org/dash)\n\n"
        "<table><tr><td>Paper</td></tr></table>\n\n"
        "## [Kettle](https://kettle.example)\n\nBoils water, fast.\n"
    )
    assert [t for _, t, _ in titles(text)] == ["Kettle"]


def test_an_html_image_is_an_image() -> None:
    doc = build(Source("list.md", '<a href="https://x.example"><img src="https://x.example/l.png" alt="logo"></a>\n'))
    assert [(link.kind, link.image) for link in doc.links] == [("html", False), ("html", True)]


def test_credits_lines_are_not_entries() -> None:
    text = section(
        "- 维护者：[tangyouhua](https://github.com/example)\n"
        "- Contributors: [ann](https://github.com/ann), [bob](https://github.com/bob)\n"
        "- [Kettle](https://kettle.example) - Boils.\n"
    )
    assert [t for _, t, _ in titles(text)] == ["Kettle"]


def test_a_benchmark_column_names_the_rows() -> None:
    text = section(
        "| Date | Venue | Benchmark | Size |\n|---|---|---|---|\n"
        "| 2023-05 | ICLR 2023 | [MBXP](https://arxiv.org/abs/2210.14868) | 974 |\n"
    )
    assert [t for _, t, _ in titles(text)] == ["MBXP"]


def test_a_broken_address_does_not_crash_the_model() -> None:
    """Found by fuzzing: urlsplit raises on 'https://[github.com/…' (an IPv6 bracket)."""
    text = section("- [Top](#top)\n  - [iOS](https://[github.com/x/y#readme) - Mobile.\n")
    assert titles(text) == []


def test_a_navigation_word_naming_a_project_is_an_entry() -> None:
    text = section(
        "- [next](https://github.com/vercel/next.js) - The React Framework\n"
        "- [Back to top](#awesome-things)\n- [Next](../part2.md)\n"
    )
    assert titles(text) == [("item", "next", "https://github.com/vercel/next.js")]


def test_list_entries_are_views_of_the_entries() -> None:
    """Items that lead with their name, as entries; a navigation item is neither; an
    item whose name link has no text is no entry, but its form is still checked."""
    doc = build(Source("list.md", section(
        "- [Kettle](https://k.example) - Boils.\n- [Back to top](#top)\n"
        "- [](https://e.example) - No name.\n"
    )))
    assert [(e.title, e.rest is not None) for e in doc.entries] == [("Kettle", True)]
    assert [le.link.url for le in doc.list_entries] == ["https://k.example", "https://e.example"]


def test_a_list_led_in_by_a_quoted_or_bold_label_is_grouped_by_it() -> None:
    text = section(
        "> Courses in Portuguese\n\n- [Curso A](https://a.example)\n\n"
        "**In English**\n\n- [Course B](https://b.example)\n\n"
        "Some words about the next list, which is not a label.\n\n- [Course C](https://c.example)\n"
    )
    assert [(e.title, e.group) for e in entries(text)] == [
        ("Curso A", "Courses in Portuguese"), ("Course B", "In English"), ("Course C", ""),
    ]


def test_a_line_in_italics_after_a_list_labels_the_next_one_but_under_a_heading_describes() -> None:
    text = (
        "# Awesome Things\n\n## Databases\n\n*Databases that keep tea records.*\n\n"
        "- [Teabase](https://teabase.example)\n\n*Distributed databases.*\n\n"
        "- [Potbase](https://potbase.example)\n"
    )
    assert [(e.title, e.group) for e in entries(text)] == [
        ("Teabase", ""), ("Potbase", "Distributed databases."),
    ]


@pytest.mark.parametrize(
    ("item", "title"),
    [
        ("- CodePen's CSS by [Chris Coyier](https://twitter.example/chris)", "CodePen's CSS"),
        ("- Tea Guide\u00a0by\u00a0[Ann Lee](https://ann.example), [EN](https://e.example)", "Tea Guide"),
        ("- **Host**: Ann Lee @[annlee](https://twitter.example/annlee)", "Host: Ann Lee"),
    ],
)
def test_an_item_that_credits_its_author_with_a_link_is_named_by_its_words(
    item: str, title: str
) -> None:
    """The link after "by" is to the author, not to the thing listed: two works by one
    author are not one entry."""
    assert titles(section(item + "\n")) == [("item", title, None)]


def test_a_leading_name_link_followed_by_its_author_keeps_its_link() -> None:
    item = "- [Tea Guide](https://guide.example) by [Ann Lee](https://ann.example)\n"
    assert titles(section(item)) == [("item", "Tea Guide", "https://guide.example")]


def test_a_nested_line_of_words_that_cites_a_source_is_a_detail() -> None:
    text = section(
        "- [Hate Speech Set](https://hate.example)\n"
        "  - 7,896 sentences (from [Movie Reviews](https://reviews.example))\n"
    )
    assert titles(text) == [("item", "Hate Speech Set", "https://hate.example")]



def test_a_paragraph_that_is_one_linked_title_is_a_paper_entry() -> None:
    """A daily paper list: the linked title alone, its summary in a list below it."""
    text = section(
        "[Qwen-AgentWorld: Language World Models for General Agents](http://arxiv.org/abs/2606.24597)\n\n"
        "- Qwen-AgentWorld: introduces a native language world model.\n\n---\n\n"
        "[Contributing guidelines](contributing.md)\n"
    )
    assert titles(text) == [
        ("paragraph", "Qwen-AgentWorld: Language World Models for General Agents",
         "http://arxiv.org/abs/2606.24597"),
    ]


def test_an_item_led_by_its_venues_tag_is_titled_by_the_words_after_it() -> None:
    """`[[CVPR](…)] Title. [code](…)`: the link names where the paper appeared; and
    `Title | **[ICCV' 19]** | [pdf](…)`: the bold is the venue, the title is before it.
    A bold name that is a product's (`**TensorFlow**`, `**AWS**`) stays the title."""
    text = section(
        "- [[CVPR](https://arxiv.org/abs/2111.14826)] Tea Quantization: Towards Accurate Brewing. "
        "[**`qnn`**] [[code](https://github.com/t/q)]\n"
        "- Multi-adversarial Tea Pots for Kettles | **[ICCV' 19]** |[`[pdf]`](https://arxiv.org/pdf/1907.10343v1.pdf)\n"
        "- **AWS** - [Website](https://aws.amazon.com)\n"
    )
    assert [title for _, title, _ in titles(text)] == [
        "Tea Quantization: Towards Accurate Brewing",
        "Multi-adversarial Tea Pots for Kettles",
        "AWS",
    ]
