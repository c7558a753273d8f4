"""The model's fast paths give what the general path gives, on generated inputs.

Each fast path skips a parser for the common shapes of real lists; these properties hold
them to the parser they stand in for:
- `plain_text` answers most titles without mistune (plain words, literal brackets, simple
  tags, one emphasis run): the text must equal mistune's rendering;
- `scan_inline` reads `words [text](url) words` without the general scanner: the links
  must equal the scanner's;
- the block scanner's `next_item`, `next_nested_item`, `new_paragraph`, `next_row`,
  `blank_line` and `next_quote` read `- [Name](…)` after such an item (at any depth),
  words where no leaf is open, `| … |` in a table, an empty line outside containers
  and `> Words` after it without the general steps: the blocks must equal theirs;
- `lone_link_item_entry` reads `- [Name](url) - Description.` without the general entry
  checks: the entry must equal theirs.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from awesome_lint import names as names_module
from awesome_lint.document import blocks as blocks_module
from awesome_lint.document import build
from awesome_lint.document import entries as entries_module
from awesome_lint.document import inline as inline_module
from awesome_lint.document import markup as markup_module
from awesome_lint.document.inline import InlineText, _InlineScanner, scan_inline
from awesome_lint.document.markup import _text, inline_tokens, plain_text
from awesome_lint.source import Source, Span

# Pieces that make the fast paths' decisions hard: markup next to words, tags, brackets.
_PIECES = st.sampled_from(
    [
        "Name", "two words", " ", "  ", "-", ".", ":", "(", ")", "[", "]", "](", "][", "!",
        "*", "**", "_", "__", "~", "`", "\\", "&amp;", "&", "<br>", "</b>", "<b>", "<br />",
        "<a href=\"x\">", "<https://x.org>", "https://a.org/b", "www.x.org", "\n", "  \n",
        "[2024-12]", "[Name](https://x.org)", "[x][ref]", "[ref]", "Ω", "名前", "💙",
        "<kbd>", "</kbd >", "<br/>", "< b>", "<1>", "<b-x>", "<!-- c -->",
        "![i](https://i.org/i.svg)", "[![s](https://img.shields.io/s)](https://x.org)",
        "[[crate](https://crates.io/c)]", "`MIT`", "](x\x01)", "![",
        "&nbsp;", "&copy", "&#35;", "pg_durable", "é_1", "![a][ref]", "[![a][Ref]](https://x.org)",
        "[2024-07]", "[x][nope]", "[ ref ]", "![b][nope]", "<img src='i.png' alt='A'/>",
        '<a href="https://h.org" title=t>', "</a href=x>", "<img alt=a>",
    ]
)
_MARKDOWN = st.lists(_PIECES, max_size=12).map("".join)


@settings(max_examples=400, deadline=None)
@given(_MARKDOWN)
def test_plain_text_reads_as_mistune_renders(markdown: str) -> None:
    assert plain_text(markdown) == _text(inline_tokens(markdown))


@settings(max_examples=200, deadline=None)
@given(_MARKDOWN)
def test_plain_text_with_definitions_reads_as_mistune_renders(markdown: str) -> None:
    references = {"ref": "https://ref.example"}
    assert plain_text(markdown, references) == _text(inline_tokens(markdown, references))


@settings(max_examples=400, deadline=None)
@given(_MARKDOWN.filter(lambda text: "\n" not in text))
def test_one_link_shortcut_finds_what_the_scanner_finds(line: str) -> None:
    source = f"- {line}\n"
    inline = InlineText(source, [Span(2, len(source) - 1)])
    assert scan_inline(inline) == _InlineScanner(inline, {}).run()


@settings(max_examples=400, deadline=None)
@given(_MARKDOWN.filter(lambda text: "\n" not in text))
def test_the_shortcut_with_definitions_finds_what_the_scanner_finds(line: str) -> None:
    definitions = {"ref": "https://ref.example"}
    source = f"- {line}\n"
    inline = InlineText(source, [Span(2, len(source) - 1)])
    assert scan_inline(inline, definitions) == _InlineScanner(inline, definitions).run()


@settings(max_examples=300, deadline=None)
@given(st.lists(_MARKDOWN.filter(lambda text: "\n" not in text), min_size=2, max_size=3))
def test_the_shortcut_over_several_lines_finds_what_the_scanner_finds(lines: list[str]) -> None:
    source = "".join(f"  {line}\n" for line in lines)
    pieces, offset = [], 0
    for line in lines:
        pieces.append(Span(offset + 2, offset + 2 + len(line)))
        offset += len(line) + 3
    inline = InlineText(source, pieces)
    assert scan_inline(inline) == _InlineScanner(inline, {}).run()


def test_the_usual_shapes_take_the_fast_paths(monkeypatch: pytest.MonkeyPatch) -> None:
    """The properties above would hold vacuously if no input took a fast path."""

    def no_parser(*args: object, **kwargs: object) -> None:
        raise AssertionError("the general path was taken")

    monkeypatch.setattr(inline_module, "_InlineScanner", no_parser)
    monkeypatch.setattr(markup_module, "inline_tokens", no_parser)
    source = "- [Name](https://x.org) - A thing.\n"
    found = scan_inline(InlineText(source, [Span(2, len(source) - 1)]))
    assert [(link.url, link.span) for link in found.links] == [("https://x.org", Span(2, 23))]
    source = "[Paper](https://p.org) [[crate](https://c.io)]\n[![Stars](https://s.io/b)](https://g.org)"
    found = scan_inline(InlineText(source, [Span(0, 46), Span(47, len(source))]))
    assert [link.url for link in found.links] == [
        "https://p.org", "https://c.io", "https://g.org", "https://s.io/b"
    ]
    assert plain_text('"Title" [2024-12] [') == '"Title" [2024-12] ['
    assert plain_text("Name<br>(alias)") == "Name(alias)"
    assert plain_text("**Title**") == "Title"
    assert plain_text("native_db &nbsp;Headers &amp; Linters") == "native_db \xa0Headers & Linters"


def test_a_tag_inside_a_links_destination_is_not_stripped_first() -> None:
    """Found by the property above: '[](Name<br />)' is no link, '[](Name)' is one."""
    markdown = "][](Name<br />)"
    assert plain_text(markdown) == _text(inline_tokens(markdown))


def _entry_fields(markdown: str) -> list[tuple[object, ...]]:
    return [
        (e.kind, e.span, e.title, e.title_span, e.title_link, e.links, e.badges, e.chips,
         e.separator, e.description)
        for e in build(Source("list.md", markdown)).entries
    ]


_ITEM_PIECES = st.sampled_from(
    [
        "[Name](https://x.org)", "[Top](#top)", "[Paper](https://x.org/p)", "[ A ](https://y.org)",
        "[x](docs/a.md#b)", " ", " - ", " — ", ": ", "Words", "(Go)", "`v2`", "**NEW**",
        "[![s](https://img.shields.io/s)](https://x.org)", "💙", ".", "[n]", "*", "\\",
    ]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(_ITEM_PIECES, min_size=1, max_size=6).map("".join))
def test_lone_link_items_are_the_entries_the_general_path_finds(item: str) -> None:
    markdown = f"# List\n\n## Tools\n\n- {item}\n"
    fast = _entry_fields(markdown)
    with pytest.MonkeyPatch.context() as patched:
        patched.setattr(entries_module, "lone_link_item_entry", lambda *args: None)
        assert _entry_fields(markdown) == fast


def test_the_usual_item_takes_the_lone_link_path(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[object] = []
    original = entries_module.item_entry
    monkeypatch.setattr(
        entries_module, "item_entry", lambda *a, **k: calls.append(a) or original(*a, **k)
    )
    assert _entry_fields("## Tools\n\n- [Kettle](https://k.org) - Boils (fast).\n")[0][2] == "Kettle"
    assert calls == []


_LINES = st.sampled_from(
    [
        "- [Name](https://x.org) - A thing.", "* [Two](https://y.org)", "+ [x] done", "- [",
        "  - [Nested](https://n.org)", "    - [Deep](https://d.org)", "1. [One](https://o.org)",
        "", "Words.", "> - [Quoted](https://q.org)", "- - [x](https://x.org)", "-  [Gap](g)",
        "- [Table](t)", "| a | b |", "|---|---|", "## Heading", "```", "- [a] | b |", "---",
        "| [c](https://c.org) | d \\| e |", "|", "a | b", "| x", "<div>", "    | code |",
        "\t- [Tab](https://t.org)", "- [Lazy", "continued](https://l.org)",
        "*   [Wide](https://w.org)：工具。", "-    [Four](f)", "-     [Five](f)", "-  ", "-   ",
        "+\t[T](t)", "-  [", "*  *  *", "", "> **[Quoted](https://q.org)**<br>Words.",
        "    code", "<!-- c", "-->", "> Words", "> 1. One", "> **", "> ***", "> - x",
        "> [x](https://x.org)", ">  Two spaces", ">\tTab", "> **b**", "> ** x", "> é",
        "    *   [Deep](https://d.org)", "  * [N](https://n.org)", "   - [Three](t)",
        "      - [Six](s)", "  \t- [T](t)", "> - [Q](q)", ">   - [Q2](q)",
        "  ", "    ", "  <details>", "  </details>", "  <!-- c", "  ```", "  **Bold:** <img src='i'/>",
        "  Words", "**Bold** words", "**", "***", "** x", "[Link](l) words", "2. Two", "  * x",
    ]
)


def _blocks_as_written(markdown: str) -> str:
    return repr(blocks_module.scan_blocks(markdown))


@settings(max_examples=400, deadline=None)
@given(st.lists(_LINES, min_size=1, max_size=10).map("\n".join))
def test_the_block_scanner_shortcuts_read_what_the_general_steps_read(
    markdown: str,
) -> None:
    fast = _blocks_as_written(markdown)
    with pytest.MonkeyPatch.context() as patched:
        patched.setattr(blocks_module._Scanner, "next_item", lambda self, ln: False)
        patched.setattr(blocks_module._Scanner, "next_row", lambda self, ln: False)
        patched.setattr(blocks_module._Scanner, "blank_line", lambda self, ln: False)
        patched.setattr(blocks_module._Scanner, "next_quote", lambda self, ln: False)
        patched.setattr(blocks_module._Scanner, "next_nested_item", lambda self, ln, m: False)
        patched.setattr(blocks_module._Scanner, "new_paragraph", lambda self, ln, m: False)
        assert _blocks_as_written(markdown) == fast


def _lines_by_pattern(text: str) -> list[tuple[int, int, int]]:
    """What `_lines` gives, by the general line pattern."""
    found = []
    for match in blocks_module._LINE.finditer(text):
        if match.start() == len(text) and match.start() > 0:
            break
        found.append((match.start(), match.end(1), match.end()))
        if match.end() == len(text):
            break
    return found


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["a", "b c", "\n", "\r\n", "\r", " "]), max_size=12).map("".join))
def test_lines_split_in_c_are_the_lines_the_pattern_finds(text: str) -> None:
    """LF and CRLF files are split by str.split; a lone CR takes the pattern."""
    assert list(blocks_module._lines(text)) == _lines_by_pattern(text)


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.tuples(st.integers(0, 3), st.integers(0, 5)), min_size=2, max_size=4),
    st.integers(0, 30), st.integers(0, 30),
)
def test_a_span_in_one_piece_maps_as_each_end_alone_maps(
    layout: list[tuple[int, int]], start: int, length: int
) -> None:
    """InlineText.span shifts a span inside one piece at once; offset by offset it is
    the same."""
    pieces, position = [], 0
    for gap, size in layout:
        pieces.append(Span(position + gap, position + gap + size))
        position += gap + size + 1
    inline = InlineText("x" * (position + 5), pieces)
    assert inline.span(start, start + length) == (
        inline.to_source(start), inline.to_source(start + length)
    )


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["|", "||", " ", "\t", "a", "b c"]), max_size=10).map("".join))
def test_rows_without_backslashes_split_as_the_general_loop_splits(row: str) -> None:
    text = f"x\n{row}\ny"
    start, end = blocks_module._trim(text, Span(2, 2 + len(row)))
    assert repr(blocks_module.split_row(text, Span(2, 2 + len(row)))) == repr(
        blocks_module._split(text, start, end)
    )


_HTML_PIECES = st.sampled_from(
    [
        '<a href="https://x.org">', "</a>", "<!--", "-->", "<!-- c -->", "<https://x.org>",
        "<a@b.example>", "<", ">", "<img src='i.png' alt='Icon'/>", "Words", " ", "\n", "<b>",
        "<1>", "<details id=x>", "<a href=y name=z>", "<br/>", "&nbsp;",
    ]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(_HTML_PIECES, max_size=12).map("".join))
def test_raw_html_read_in_one_search_per_tag_is_what_angle_reads(html: str) -> None:
    """scan_html finds each comment, tag or autolink with one combined pattern; read
    "<" by "<" with the scanner's `angle`, the text gives the same."""
    inline = InlineText(html, [Span(0, len(html))])
    scanner = _InlineScanner(inline, {})
    position = html.find("<")
    while position >= 0:
        position = html.find("<", scanner.angle(position))
    scanner.links.sort(key=lambda link: link.span.start)
    opaque = tuple(inline.span(start, end) for start, end in scanner.opaque)
    by_angle = inline_module.Inline(tuple(scanner.links), tuple(scanner.html), opaque)
    assert inline_module.scan_html(inline) == by_angle


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.sampled_from(["<", "/", "!", "--", "?", "[CDATA[", "script", "DIV", "div", "p", "a",
                         " ", ">", "/>", "x=1", "\t", "details", "img src='i'"]),
        max_size=6,
    ).map("".join)
)
def test_the_html_start_pattern_picks_what_trying_each_start_picks(line: str) -> None:
    tried = next(
        ((end, interrupts) for start, end, interrupts in blocks_module._HTML_STARTS
         if start.match(line)),
        None,
    )
    assert blocks_module._html_start(line, 0, len(line)) == tried


_NAME_TEXT = st.lists(
    st.sampled_from(["GitHub", "github", "GITHUB", "node.js", "NodeJS", " ", "\n", "Σ", "ΟΔΟΣ",
                     "İ", "x", "@", "/", ".", "-", ":", "macos", "Mac OS X", "é", "🙂"]),
    max_size=60,
).map("".join)


@settings(max_examples=300, deadline=None)
@given(_NAME_TEXT, st.integers(0, 80), st.integers(0, 80), st.integers(1, 12))
def test_name_finder_in_chunks_finds_what_one_search_finds(
    text: str, first: int, last: int, chunk: int
) -> None:
    """Names are searched a few lines at a time (str.lower() of a whole 20 MB list takes
    a buffer three times its size): the matches are those of one search of the text."""
    words = ("github", "node.js", "nodejs", "macos", "mac os x")
    start, end = sorted((min(first, len(text)), min(last, len(text))))
    lowered = text.replace("\u0130", "i").lower()
    pattern = names_module.name_pattern(words, lowered=True)
    expected = [(m.start(), m.end()) for m in pattern.finditer(lowered, start, end)]
    original = names_module._CHUNK
    names_module._CHUNK = chunk
    try:
        found = names_module.NameFinder(words, text).find(start, end)
        assert [(m.start, m.end) for m in found] == expected
    finally:
        names_module._CHUNK = original
