"""The block scanner against markdown-it-py's token maps on every real list."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import real_lists
from markdown_it import MarkdownIt

from awesome_lint.document.blocks import Heading, Table, scan_blocks, walk
from awesome_lint.source import Source

# Places where markdown-it-py and GitHub differ, so the scanner follows GitHub:
# (file name, line, reason). None are known on the current corpus.
KNOWN_DIFFERENCES: list[tuple[str, int, str]] = []


def oracle(text: str) -> tuple[list[tuple[int, int, str]], list[int]]:
    tokens = MarkdownIt("commonmark").enable("table").parse(text)
    headings, rows = [], []
    for index, token in enumerate(tokens):
        if token.type == "heading_open" and token.map:
            inline = tokens[index + 1].content.strip()
            headings.append((token.map[0] + 1, int(token.tag[1]), inline))
        if token.type == "tr_open" and token.map:
            rows.append(token.map[0] + 1)
    return headings, rows


def ours(text: str) -> tuple[list[tuple[int, int, str]], list[int]]:
    source = Source("x", text)
    headings, rows = [], []
    for block in walk(scan_blocks(text)):
        if isinstance(block, Heading):
            line = source.line_col(block.span.start)[0]
            raw = "\n".join(text[s.start : s.end] for s in block.lines).strip()
            headings.append((line, block.level, raw))
        elif isinstance(block, Table):
            rows += [source.line_col(r.span.start)[0] for r in [block.header, *block.rows]]
    return headings, rows


@pytest.mark.parametrize("path", real_lists(), ids=lambda p: p.name)
def test_headings_and_rows_match_markdown_it(path: Path) -> None:
    text = Source.from_bytes(str(path), path.read_bytes()).text
    known = {line for name, line, _ in KNOWN_DIFFERENCES if name == path.name}
    (want_headings, want_rows), (got_headings, got_rows) = oracle(text), ours(text)
    assert [h for h in got_headings if h[0] not in known] == [
        h for h in want_headings if h[0] not in known
    ]
    assert [r for r in got_rows if r not in known] == [r for r in want_rows if r not in known]


def test_there_are_real_lists_or_a_reason() -> None:
    if not real_lists():
        pytest.skip("../shared is absent: the oracle comparison needs the real lists")
    assert len(real_lists()) >= 19


@pytest.mark.parametrize(
    "text, headings, rows",
    [
        ("# A\n\nB\n===\n\nC\n---\n", [(1, 1, "A"), (3, 1, "B"), (6, 2, "C")], []),
        ("| a | b\n|---|---|\n| 1 | 2\nno pipe here\n\nafter\n", [], [1, 3, 4]),
        ("> # quoted\n>\n> | a |\n> |---|\n> | 1 |\n", [(1, 1, "quoted")], [3, 5]),
        ("- item\n\n      # code, not a heading\n", [], []),
        ("```\n# not a heading\n```\n# heading\n", [(4, 1, "heading")], []),
        ("<!--\n# hidden\n-->\n# shown #\n", [(4, 1, "shown")], []),
        ("para\n| a | b |\n|---|---|\n", [], [2]),
        ("| a | b |\n|---|\n", [], []),
        ("- - - x\n  ## in item\n", [(2, 2, "in item")], []),
        ("\r\n# crlf\r\n| a |\r\n| - |\r\n| 1 |\r\n", [(2, 1, "crlf")], [3, 5]),
    ],
)
def test_small_cases_match_markdown_it(text: str, headings: list, rows: list) -> None:  # type: ignore[type-arg]
    assert ours(text) == (headings, rows)
    assert oracle(text) == (headings, rows)
