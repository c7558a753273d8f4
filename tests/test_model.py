"""The document model: sections, tables, lists, links, badges, anchors, entries, with spans."""

from __future__ import annotations

import pytest

from awesome_lint.document import ListBlock, build
from awesome_lint.document import blocks as scanner
from awesome_lint.source import Source, Span

TEXT = """\ufeff# Awesome Tea [![Awesome](https://awesome.re/badge.svg)](https://awesome.re)\r
\r
## 1. Brewing\r
\r
- [Steepster](https://steepster.com) - Reviews. [![Star](https://img.shields.io/github/stars/a/b.svg)](https://github.com/a/b)\r
  - [Nested](https://nested.org) - Deeper.\r
\r
### 1.1. Papers\r
\r
| Title | Code | Date\r
|:---|---:|:-:|\r
| [Leaf Kinetics](https://arxiv.org/abs/2101.00001) | [code](https://github.com/x/y) | Jan 2021\r
| plain row | - |\r
\r
<a name="extra"></a>\r
\r
```\r
[ignored](https://in.code)\r
```\r
"""


def doc():  # type: ignore[no-untyped-def]
    return build(Source.from_bytes("x.md", TEXT.encode()))


def test_sections_tree_with_numbers_and_slugs() -> None:
    d = doc()
    titles = [(h.level, h.text, h.slug, h.number) for h in d.headings]
    assert titles == [
        (1, "Awesome Tea", "awesome-tea-", None),
        (2, "1. Brewing", "1-brewing", "1."),
        (3, "1.1. Papers", "11-papers", "1.1."),
    ]
    top = d.root.children[0]
    assert [c.title for c in top.children] == ["1. Brewing"]
    papers = top.children[0].children[0]
    assert papers.path == ("Awesome Tea", "1. Brewing", "1.1. Papers")
    assert papers.parent is top.children[0]
    assert d.anchors() == {"awesome-tea-", "1-brewing", "11-papers", "extra"}


def test_positions_are_characters_after_the_bom() -> None:
    d = doc()
    assert d.source.line_col(d.headings[0].span.start) == (1, 1)
    assert d.source.line_col(d.headings[1].text_span.start) == (3, 4)


def test_table_cells_rows_and_alignment() -> None:
    d = doc()
    ((table, section),) = d.tables
    assert section.title == "1.1. Papers"
    assert table.aligns == ("left", "right", "center")
    assert [d.text[c.span.start : c.span.end] for c in table.header.cells] == [
        "Title", "Code", "Date",
    ]
    assert table.header.leading_pipe and not table.header.trailing_pipe
    assert [len(r.cells) for r in table.rows] == [3, 2]
    assert d.source.line_col(table.rows[1].span.start) == (13, 1)


def test_lists_nest_with_markers() -> None:
    d = doc()
    (outer, _), (inner, _) = d.lists
    assert isinstance(outer, ListBlock) and outer.items[0].marker == "-"
    assert outer.items[0].children[1] is inner
    assert inner.items[0].indent == 0 and inner.items[0].content_indent == 2


def test_entries_have_title_url_section_and_badges() -> None:
    d = doc()
    titles = [(e.kind, e.title, e.url, e.section.title) for e in d.entries]
    assert titles == [
        ("item", "Steepster", "https://steepster.com", "1. Brewing"),
        ("item", "Nested", "https://nested.org", "1. Brewing"),
        ("row", "Leaf Kinetics", "https://arxiv.org/abs/2101.00001", "1.1. Papers"),
        ("row", "plain row", None, "1.1. Papers"),
    ]
    steepster = d.entries[0]
    (badge,) = steepster.badges
    assert badge.target == "https://github.com/a/b" and badge.alt == "Star"
    assert [link.url for link in d.entries[2].secondary_links] == ["https://github.com/x/y"]


def test_badges_links_and_opaque_code() -> None:
    d = doc()
    assert d.badges[0].image_url == "https://awesome.re/badge.svg"
    assert all("in.code" not in link.url for link in d.links)
    code_at = d.text.index("[ignored]")
    assert d.is_opaque(code_at) and not d.is_opaque(d.text.index("Steepster"))
    link = next(link for link in d.links if link.url == "https://steepster.com")
    assert d.text[link.url_span.start : link.url_span.end] == "https://steepster.com"
    assert d.text[link.text_span.start : link.text_span.end] == "Steepster"


def test_section_blocks() -> None:
    d = doc()
    papers = d.root.children[0].children[0].children[0]
    # `<a name="extra"></a>` is a paragraph of inline HTML, not an HTML block
    assert [type(b).__name__ for b in papers.blocks] == ["Table", "Paragraph", "CodeBlock"]


@pytest.mark.parametrize(
    "text, items",
    [
        ("1. a\n2. b\n", [2]),  # "2." continues the list, not the paragraph "a"
        ("- a\n2. b\n", [1, 1]),
        ("- a\n-\n", [2]),
        ("para\n2. b\n", []),  # only "1." may interrupt a paragraph
    ],
)
def test_list_items_after_a_paragraph_in_an_item(text: str, items: list[int]) -> None:
    blocks = scanner.walk(scanner.scan_blocks(text))
    lists = [b for b in blocks if isinstance(b, scanner.ListBlock)]
    assert [len(b.items) for b in lists] == items


def test_quick_init_keeps_the_dataclass_frozen_and_replaceable() -> None:
    import dataclasses

    from awesome_lint.document.frozen import quick_init
    from awesome_lint.document.inline import Link

    link = Link("link", "Tea", "https://tea.example", Span(0, 5), Span(1, 4), Span(6, 9))
    assert link.valid is True  # the default
    with pytest.raises(dataclasses.FrozenInstanceError):
        link.url = "https://other.example"  # type: ignore[misc]
    assert dataclasses.replace(link, valid=False).valid is False
    assert hash(link) == hash(Link(*dataclasses.astuple(link)))

    @dataclasses.dataclass(frozen=True, slots=True)
    class Grows:
        items: list[int] = dataclasses.field(default_factory=list)

    with pytest.raises(TypeError):
        quick_init(Grows)


def test_new_span_is_a_span() -> None:
    from awesome_lint.source import new_span

    made = new_span((3, 7))
    assert made == Span(3, 7) and type(made) is Span and (made.start, made.end) == (3, 7)


def test_destination_span_of_a_reference_is_in_its_definition() -> None:
    from awesome_lint.document import build
    from awesome_lint.source import Source

    text = (
        "See [Docs][] and ![pic][P] and [inline](https://a.example) and [site].\n"
        "\n"
        "[docs]: https://docs.example\n"
        "[p]:\n"
        "  <https://pic.example/p.png> 'title'\n"
        "[SITE]: https://site.example\n"
    )
    doc = build(Source("t.md", text))
    written = [text[doc.destination_span(link).start : doc.destination_span(link).end]
               for link in doc.links]
    assert written == [
        "https://docs.example", "https://pic.example/p.png", "https://a.example",
        "https://site.example",
    ]
