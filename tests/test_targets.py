"""Paths on the command line: folders, glob patterns, .gitignore, exclude and
per-file-ignores."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import run

from awesome_lint.targets import expand

LIST = "# Tea\n\n- [Pot](#pot)\n"  # a broken anchor: one finding per file


def make_tree(root: Path) -> None:
    (root / ".git").mkdir()
    for name in ("README.md", "docs/README.md", "docs/guide.md", "docs/sub/readme.markdown",
                 "build/README.md", ".hidden/README.md", "node_modules/x/README.md"):
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(LIST, encoding="utf-8")
    (root / ".gitignore").write_text("build/\n", encoding="utf-8")


def test_a_folder_holds_its_readmes_and_every_markdown_file_with_all_files(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    make_tree(tmp_path)
    monkeypatch.chdir(tmp_path)
    assert expand(["."]) == ["README.md", "docs/README.md", "docs/sub/readme.markdown"]
    assert "docs/guide.md" in expand(["."], all_files=True)
    assert expand(["docs/*.md"]) == ["docs/README.md", "docs/guide.md"]  # a quoted glob
    assert expand(["build/README.md"]) == ["build/README.md"]  # named: always linted
    assert expand([".", "README.md"]) == expand(["."])  # once


def test_exclude_and_per_file_ignores_from_the_config(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    make_tree(tmp_path)
    (tmp_path / ".awesome-lint.toml").write_text(
        'select = ["broken-anchor"]\nexclude = ["docs/sub/"]\n'
        '[per-file-ignores]\n"docs/README.md" = ["broken-anchor"]\n',
        encoding="utf-8",
    )
    monkeypatch.chdir(tmp_path)
    code, out, _ = run(["."], capsys)
    assert code == 1
    assert [line.split(":")[0] for line in out.splitlines()[:-1]] == ["README.md"]


def test_a_folder_without_lists_is_an_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = run([str(tmp_path)], capsys)
    assert code == 2 and "no list files in" in err
