"""Every rule has a page in rules/, and every page's examples do what the page says."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
import regex
from conftest import ROOT

from awesome_lint import fix_text, lint_text
from awesome_lint.registry import all_rules

PAGES = ROOT / "rules"
SECTIONS = ["What it does", "Why is this bad?", "Example", "Use instead", "Fix", "Options"]
_BLOCK = regex.compile(r"^```markdown\n(.*?)^```$", regex.S | regex.M)


def page_sections(name: str) -> dict[str, str]:
    """The page's `## ` sections (headings inside code blocks do not count)."""
    sections: dict[str, str] = {}
    current, in_code = None, False
    for line in (PAGES / f"{name}.md").read_text(encoding="utf-8").splitlines(keepends=True):
        if line.startswith("```"):
            in_code = not in_code
        if line.startswith("## ") and not in_code:
            current = line[3:].strip()
            sections[current] = ""
        elif current is not None:
            sections[current] += line
    return sections


def example(section: str) -> str | None:
    match = _BLOCK.search(section)
    return match.group(1) if match else None


def test_pages_and_rules_match() -> None:
    pages = [p.stem for p in PAGES.glob("*.md") if p.name != "README.md"]  # the index
    assert sorted(pages) == sorted(all_rules())


@pytest.mark.parametrize("name", sorted(all_rules()))
def test_page_structure(name: str) -> None:
    text = (PAGES / f"{name}.md").read_text(encoding="utf-8")
    assert text.startswith(f"# {name}\n")
    assert list(page_sections(name)) == SECTIONS


_BESIDE = regex.compile(r"^<!-- beside: (\S+) = (.*) -->$", regex.M)


def lint_as_readme(text: str, section: str, folder: Path, rule: object) -> list:  # type: ignore[type-arg]
    """Lint the example as the README of a folder holding the files the page lists
    (`<!-- beside: NAME = CONTENT -->`), for rules that look beside the list."""
    folder.mkdir()
    for name, content in _BESIDE.findall(section):
        (folder / name).write_text(content + "\n", encoding="utf-8")
    readme = folder / "readme.md"
    readme.write_text(text, encoding="utf-8")
    return lint_text(text, [rule], path=str(readme))  # type: ignore[list-item]


@pytest.mark.parametrize("name", sorted(all_rules()))
def test_examples_run(name: str, tmp_path: Path) -> None:
    rule = all_rules()[name]()
    sections = page_sections(name)
    bad, good = example(sections["Example"]), example(sections["Use instead"])
    assert bad is not None and good is not None
    found = lint_as_readme(bad, sections["Example"], tmp_path / "bad", rule)
    assert any(f.rule == name for f in found)
    found = lint_as_readme(good, sections["Use instead"], tmp_path / "good", rule)
    assert [f for f in found if f.rule == name] == []
    fixed = example(sections["Fix"])
    if fixed is not None:
        unsafe = "--unsafe-fixes" in sections["Fix"]
        assert fix_text(bad, [rule], unsafe=unsafe).source.text == fixed


@pytest.mark.parametrize("name", sorted(all_rules()))
def test_every_option_is_documented(name: str) -> None:
    options = page_sections(name)["Options"]
    for field in dataclasses.fields(all_rules()[name].Options):
        assert f"`{field.name.replace('_', '-')}`" in options


def test_readme_links_every_rule_page() -> None:
    readme = Path(ROOT / "README.md").read_text(encoding="utf-8")
    for name in all_rules():
        assert f"(rules/{name}.md)" in readme
