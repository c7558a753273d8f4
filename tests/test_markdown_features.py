"""Markdown the model must understand: reference links and their definitions, hidden
content, and text in other scripts (snippets written for these tests)."""

from __future__ import annotations

import pytest

from awesome_lint import lint_text
from awesome_lint.document import Document, build
from awesome_lint.source import Source


def model(markdown: str) -> Document:
    return build(Source("list.md", markdown))


def urls(markdown: str) -> list[tuple[str, str, str]]:
    return [(link.kind, link.text, link.url) for link in model(markdown).links]


# --- reference links and definitions -------------------------------------------------------


@pytest.mark.parametrize(
    "definition",
    [
        "[tea]: https://tea.example",
        "[tea]: <https://tea.example>",
        '[tea]: https://tea.example "Tea"',
        "[tea]: https://tea.example 'Tea'",
        "[tea]: https://tea.example (Tea)",
        "[tea]:\n  https://tea.example\n  'Tea'",
        "[tea]: <https://tea.example> (a title\nover two lines)",
        "   [tea]: https://tea.example",
    ],
)
def test_definitions_in_every_form(definition: str) -> None:
    text = f"Drink [green][tea], [Tea][] and [tea].\n\n{definition}\n"
    assert urls(text) == [
        ("reference", "green", "https://tea.example"),
        ("reference", "Tea", "https://tea.example"),
        ("reference", "tea", "https://tea.example"),
    ]


def test_labels_match_without_case_or_spacing() -> None:
    text = "[Green  Tea][GREEN tea]\n\n[green tea]: https://tea.example\n"
    assert urls(text) == [("reference", "Green  Tea", "https://tea.example")]


@pytest.mark.parametrize(
    "line",
    [
        '[tea]: https://tea.example "Tea" and more',  # text after the title
        "[tea]:",  # no destination
        "[]: https://tea.example",  # no label
    ],
)
def test_lines_that_are_not_definitions(line: str) -> None:
    assert all(link.url != "https://tea.example" or link.kind != "reference"
               for link in model(f"[tea]\n\n{line}\n").links)


def test_a_definition_starts_a_paragraph_it_does_not_end_one() -> None:
    text = "Some text\n[tea]: https://tea.example\n\n[tea]\n"
    assert [kind for kind, _, _ in urls(text)] == ["bare"]  # GitHub links the bare URL


def test_reference_images_and_badges() -> None:
    text = (
        "# Awesome Tea\n\n## Tools ![v3]\n\n"
        "- [![OSS][oss icon]](https://github.com/k/k) [Kettle](https://k.example) - Boils.\n\n"
        "[v3]: https://img.example/v3.png 'Version 3'\n[OSS icon]: https://img.example/oss.svg\n"
    )
    doc = model(text)
    assert [h.slug for h in doc.headings] == ["awesome-tea", "tools-"]  # as GitHub renders
    assert [(b.image_url, b.target) for b in doc.badges] == [
        ("https://img.example/v3.png", None),
        ("https://img.example/oss.svg", "https://github.com/k/k"),
    ] or [(b.image_url, b.target) for b in doc.badges] == [
        ("https://img.example/oss.svg", "https://github.com/k/k")
    ]


# --- hidden content ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "comment",
    [
        "[//]: # (TODO: add githbu tools)",
        "[comment]: <> (TODO: add githbu tools)",
        "[//]: # 'TODO: add githbu tools'",
        "<!-- TODO: add githbu tools -->",
    ],
)
def test_comments_are_not_read_as_text(comment: str) -> None:
    text = f"# Awesome Tea\n\n## Tools\n\n{comment}\n\n- [Kettle](https://k.example) - Boils.\n"
    found = {f.rule for f in lint_text(text)}
    assert not found & {"placeholder-text", "spell-check"}


def test_a_comment_inside_a_cell_is_opaque() -> None:
    text = "| Tool |\n|---|\n| Kettle <!-- TODO --> |\n"
    doc = model(text)
    offset = text.index("TODO")
    assert doc.is_opaque(offset)
    assert not any(f.rule == "placeholder-text" for f in lint_text(text))


@pytest.mark.parametrize(
    "anchor",
    ['<a name="tea"></a>', '<span id="tea"></span>', '<h3 id="tea">Tea</h3>', '<a id="tea">'],
)
def test_html_anchors(anchor: str) -> None:
    assert "tea" in model(f"{anchor}\n\n[Tea](#tea)\n").anchors()


def test_entries_inside_details_blocks() -> None:
    text = (
        "# Awesome Tea\n\n## Tools\n\n<details>\n<summary>Kettles</summary>\n\n"
        "- [Kettle](https://k.example) - Boils.\n\n</details>\n"
    )
    assert [e.title for e in model(text).entries] == ["Kettle"]


# --- other scripts ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("heading", "anchor"),
    [
        ("## 工具与资源", "工具与资源"),
        ("## Инструменты и ресурсы", "инструменты-и-ресурсы"),
        ("## ツール（一覧）", "ツール一覧"),
        ("## 도구: 목록", "도구-목록"),
        ("## \u200fأدوات", "أدوات"),  # a right-to-left mark does not show
        ("## Zero\u200bwidth", "zerowidth"),
    ],
)
def test_anchors_of_headings_in_other_scripts(heading: str, anchor: str) -> None:
    assert model(f"# T\n\n{heading}\n").headings[1].slug == anchor


@pytest.mark.parametrize(
    "item",
    [
        "- [茶壶](https://k.example) - 烧水用的壶。",
        "- [茶壶](https://k.example) - 烧水用的壶！",
        "- [Чайник](https://k.example) - Кипятит воду.",
        "- [ケトル](https://k.example) - お湯を沸かす？",
    ],
)
def test_full_width_sentence_ends_are_sentence_ends(item: str) -> None:
    text = f"# Awesome Tea\n\n## Tools\n\n{item}\n- [Cup](https://c.example) - Holds tea.\n"
    assert not [f for f in lint_text(text) if f.rule == "list-item"]


def test_full_width_colon_and_parentheses_in_titles() -> None:
    text = "# 茶\n\n## 工具\n\n| 名称 | 说明 |\n|---|---|\n| [茶壶（大）](https://k.example) | 烧水：快 |\n"
    (entry,) = model(text).entries
    assert entry.title == "茶壶（大）"
