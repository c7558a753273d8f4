"""The inline scanner finds the same links and images as mistune, in every real list."""

from __future__ import annotations

import html
from pathlib import Path
from urllib.parse import unquote

import pytest
from conftest import real_lists
from hypothesis import given
from hypothesis import strategies as st

from awesome_lint.document import blocks as b
from awesome_lint.document.inline import InlineText, scan_inline
from awesome_lint.document.markup import link_urls
from awesome_lint.source import Source, Span


def leaf_texts(text: str) -> list[InlineText]:
    found = []
    for block in b.walk(b.scan_blocks(text)):
        if isinstance(block, b.Paragraph | b.Heading):
            found.append(InlineText(text, block.lines))
        elif isinstance(block, b.Table):
            for row in [block.header, *block.rows]:
                found += [InlineText(text, [cell.span]) for cell in row.cells]
    return found


def normal(links: list[tuple[str, str]]) -> list[tuple[str, str]]:
    # mistune percent-encodes and entity-decodes URLs; compare what they point at
    return [(kind, unquote(html.unescape(url))) for kind, url in links]


@pytest.mark.parametrize("path", real_lists(), ids=lambda p: p.name)
def test_links_match_mistune(path: Path) -> None:
    text = Source.from_bytes(str(path), path.read_bytes()).text
    differences = []
    for inline in leaf_texts(text):
        ours = [
            ("image" if link.kind == "image" else "link", link.url)
            for link in scan_inline(inline).links
            if link.kind in ("link", "image", "autolink") and link.valid
        ]
        if normal(ours) != normal(link_urls(inline.text)):
            differences.append(inline.text[:80])
    assert differences == []


@pytest.mark.parametrize(
    "markdown, urls",
    [
        ("[a](b) ![c](d) [![e](f)](g)", [
            ("link", "b"), ("image", "d"), ("link", "g"), ("image", "f")
        ]),
        ("[a](<b c>) [d](e 'title') [f](g(h))", [("link", "b c"), ("link", "e"), ("link", "g(h)")]),
        ("`[a](b)` \\[c](d) <https://x.org>", [("link", "https://x.org")]),
        ("[a [b](c)](d)", [("link", "c")]),
    ],
)
def test_small_cases(markdown: str, urls: list[tuple[str, str]]) -> None:
    links = scan_inline(InlineText(markdown, [b.Span(0, len(markdown))])).links
    ours = [("image" if x.kind == "image" else "link", x.url) for x in links if x.kind != "bare"]
    assert sorted(ours) == sorted(urls)
    assert sorted(normal(link_urls(markdown))) == sorted(urls)


_PIECES = st.sampled_from([
    "[Kiln](https://kiln.example)", "[](https://x.example/a_b)", "`MIT`", "`a [b] <c>`",
    " - Fires clay.", " (", ")", ", ", "!", "*", "_", ":", " www.kiln.example ", "https://x.example",
    "![i](https://i.example)", "[ref]", "\\[", "<b>", "``", "`", "[x](y z)", "é 中文",
])


@given(st.lists(_PIECES, max_size=12))
def test_the_shortcut_for_plain_links_agrees_with_the_scanner(pieces: list[str]) -> None:
    """Texts of words, plain links, images, references and code spans are read by a regex,
    not the scanner:
    wherever the shortcut answers, it answers what the scanner would."""
    from awesome_lint.document.inline import _InlineScanner, _simple_links

    text = "".join(pieces)
    inline = InlineText(text, [Span(0, len(text))])
    definitions = {"ref": "https://ref.example"}
    found = _simple_links(inline, definitions)
    if found is not None:
        assert found == _InlineScanner(inline, definitions).run()
