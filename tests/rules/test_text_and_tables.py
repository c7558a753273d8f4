"""table-pipes, table-column-count, arxiv-link, empty-section, heading-numbering,
mojibake, placeholder-text: hand-made cases and the seed."""

from __future__ import annotations

import pytest

from awesome_lint import fix_text, lint_text
from awesome_lint.registry import all_rules


def run(name: str, text: str) -> list:  # type: ignore[type-arg]
    return lint_text(text, [all_rules()[name]()])


def fixed(name: str, text: str, unsafe: bool = False) -> str:
    return fix_text(text, [all_rules()[name]()], unsafe=unsafe).source.text


def lines(text: str, findings: list) -> list[int]:  # type: ignore[type-arg]
    return [text.count("\n", 0, f.span.start) + 1 for f in findings]


@pytest.mark.parametrize(
    "name, text",
    [
        ("table-pipes", "| a | b |\n|---|---|\n| 1 | 2 |\n"),
        ("table-pipes", "```\na | b\n--|--\n```\n"),
        ("table-column-count", "| a | b |\n|---|---|\n| 1 | 2 |\n| 3 \\| 4 | 5 |\n"),
        ("arxiv-link", "[p](https://arxiv.org/abs/2101.00001v3) [h](https://arxiv.org/html/2101.00001) [5](https://ar5iv.org/abs/2101.00001)\n"),
        ("empty-section", "## Contact\n\nWrite to us.\n\n## Parent\n\n### Child\n\n- [a](https://a.org) - A.\n"),
        ("heading-numbering", "## 1. A\n## 2. B\n### 2.1. C\n### 2.2. D\n## Appendix\n"),
        ("mojibake", "Crème brûlée, naïve café, Ünïcödé, 日本語, emoji 🍵 — “quotes”\n"),
        ("placeholder-text", "- [todocheck](https://x.org) - Links TODO comments to issues.\n- [TBD](https://tbd.org/???) - A tool.\n"),
    ],
)
def test_clean(name: str, text: str) -> None:
    assert run(name, text) == []


def test_table_pipes_fix_keeps_trailing_spaces() -> None:
    text = "a | b  \n---|---\n1 | 2\n"
    assert fixed("table-pipes", text) == "| a | b |  \n| ---|--- |\n| 1 | 2 |\n"


@pytest.mark.parametrize(
    "row, padded",
    [("| 1 |", "| 1 | | |"), ("| 1", "| 1 | | |"), ("| 1 | 2 |", "| 1 | 2 | |")],
)
def test_column_count_pads_short_rows(row: str, padded: str) -> None:
    head = "| a | b | c |\n|---|---|---|\n"
    assert fixed("table-column-count", head + row + "\n") == head + padded + "\n"


def test_column_count_reports_long_rows_without_fix() -> None:
    (finding,) = run("table-column-count", "| a |\n|---|\n| 1 | 2 |\n")
    assert finding.fix is None and "drops" in finding.message


def test_arxiv_link_canonical_forms() -> None:
    text = "[a](https://arxiv.org/pdf/2101.00001.pdf) <http://arxiv.org/abs/2101.00002v2> https://export.arxiv.org/abs/2101.00003\n"
    assert fixed("arxiv-link", text) == (
        "[a](https://arxiv.org/abs/2101.00001) <https://arxiv.org/abs/2101.00002v2> https://arxiv.org/abs/2101.00003\n"
    )


def test_heading_numbering_counts_on_after_a_mistake() -> None:
    text = "## 1. A\n## 1. B\n## 3. C\n## 5. D\n"
    found = run("heading-numbering", text)
    assert [f.message.rsplit(" ", 1)[-1] for f in found] == ["2.", "4."]
    assert fixed("heading-numbering", text, unsafe=True) == "## 1. A\n## 2. B\n## 3. C\n## 4. D\n"


@pytest.mark.parametrize("heading", ["# 2\\. g", "# 2&#46; g", "# <b>2.</b> g", "# **2.** g"])
def test_heading_numbering_number_written_with_markup_is_reported_without_fix(heading: str) -> None:
    """Found by fuzzing: the rendered number was searched in the raw text (ValueError)."""
    found = run("heading-numbering", "# 3. s\n" + heading + "\n")
    assert all(f.fix is None for f in found)


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "- [Q](#11-quantization)\n\n## 1.1 Pruning\n## 1.1 Quantization\n",
            "- [Q](#12-quantization)\n\n## 1.1 Pruning\n## 1.2 Quantization\n",
        ),
        (  # the -1, -2 suffixes of the headings after it move too
            "- [a](#21-tools-1)\n- [b](#21-tools-2)\n\n## 2.1 Tools\n## 2.1 Tools\n## 2.1 Tools\n",
            "- [a](#22-tools)\n- [b](#23-tools)\n\n## 2.1 Tools\n## 2.2 Tools\n## 2.3 Tools\n",
        ),
    ],
)
def test_heading_numbering_fix_points_links_at_the_new_anchor(text: str, expected: str) -> None:
    rules = [all_rules()["heading-numbering"](), all_rules()["broken-anchor"]()]
    assert lint_text(text, [rules[1]]) == []
    result = fix_text(text, rules, unsafe=True)
    assert result.source.text == expected
    assert result.remaining == []


def test_mojibake_two_byte_is_reported_not_fixed() -> None:
    text = "Caf\u00c3\u00a9 and \u00e2\u20ac\u201d dash\n"  # Café and — , read as Windows-1252
    found = run("mojibake", text)
    assert [f.fix is None for f in found] == [True, False]
    assert fixed("mojibake", text) == "Caf\u00c3\u00a9 and \u2014 dash\n"


def test_seed(seed_text: str) -> None:
    pipes = run("table-pipes", seed_text)
    assert len(pipes) == 23 and all("trailing" in f.message for f in pipes)
    assert run("table-column-count", seed_text) == []
    empty = run("empty-section", seed_text)
    assert lines(seed_text, empty) == [175, 181, 187, 193, 201]
    assert "8 tables with only a header" in empty[-1].message
    (numbering,) = run("heading-numbering", seed_text)
    assert lines(seed_text, [numbering]) == [225] and "expected 2.2.2." in numbering.message
    mojibake = run("mojibake", seed_text)
    assert lines(seed_text, mojibake) == [106, 114, 264]
    repaired = fixed("mojibake", seed_text)
    assert "🏀GPT4Motion" in repaired and "🫣" in repaired and "star 🌟" in repaired
    (placeholder,) = run("placeholder-text", seed_text)
    assert lines(seed_text, [placeholder]) == [262]
    arxiv = run("arxiv-link", seed_text)
    assert all("/pdf/" in f.message for f in arxiv) and len(arxiv) == 6


def test_heading_numbering_gives_up_the_link_update_for_a_heading_repeated_over_100_times() -> None:
    text = "- [x](#1-a-5)\n\n" + "## 1. a\n" * 102
    found = run("heading-numbering", text)
    assert len(found) == 101 and all(f.fix is None for f in found)
    assert all(f.fix is not None for f in run("heading-numbering", "- [x](#1-a-5)\n\n" + "## 1. a\n" * 3))
