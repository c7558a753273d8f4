"""The hooks in .pre-commit-hooks.yaml, run by the real pre-commit against a scratch repository."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import ROOT

BODY = "## Shops\n\n- [Leafy](https://leafy.example) - Tea shop.\n\n## Tea Leaves\n\nGreen and black.\n"
TITLE = "# List [![Awesome](https://awesome.re/badge.svg)](https://awesome.re)"
BROKEN = TITLE + "\n\n- [Shops](#shop)\n- [Tea](#tea leaves)\n\n" + BODY
FIXED = TITLE + "\n\n- [Shops](#shops)\n- [Tea](#tea-leaves)\n\n" + BODY


def git(folder: Path, *args: str) -> None:
    subprocess.run(["git", *args], cwd=folder, check=True, capture_output=True)


@pytest.fixture(scope="module")
def pre_commit_home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    if not (ROOT / ".git").exists() or shutil.which("git") is None:
        pytest.skip("pre-commit try-repo needs this project as a git checkout")
    return tmp_path_factory.mktemp("pre-commit-home")


def try_repo(hook: str, folder: Path, home: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PRE_COMMIT_HOME": str(home), "NO_COLOR": "1"}
    return subprocess.run(
        [sys.executable, "-m", "pre_commit", "try-repo", str(ROOT), hook, "--all-files"],
        cwd=folder, env=env, capture_output=True, text=True, check=False, timeout=900,
    )


@pytest.fixture
def scratch(tmp_path: Path) -> Path:
    git(tmp_path, "init", "-q")
    (tmp_path / "README.md").write_text(BROKEN, encoding="utf-8")
    (tmp_path / "contributing.md").write_text("Add entries in order.\n", encoding="utf-8")
    (tmp_path / "notes.txt").write_text("[x](#nowhere)\n", encoding="utf-8")
    git(tmp_path, "add", ".")
    return tmp_path


def test_check_hook_fails_on_a_broken_list(scratch: Path, pre_commit_home: Path) -> None:
    result = try_repo("awesome-lint", scratch, pre_commit_home)
    assert result.returncode == 1, result.stdout + result.stderr
    assert "README.md:4:3: error broken-anchor" in result.stdout
    assert "notes.txt" not in result.stdout  # only Markdown files
    assert "contributing.md" not in result.stdout  # only the README lists
    assert (scratch / "README.md").read_text(encoding="utf-8") == BROKEN


def test_fix_hook_fixes_and_fails_then_passes(scratch: Path, pre_commit_home: Path) -> None:
    first = try_repo("awesome-lint-fix", scratch, pre_commit_home)
    assert first.returncode == 1, first.stdout + first.stderr
    assert "files were modified by this hook" in first.stdout
    assert (scratch / "README.md").read_text(encoding="utf-8") == FIXED
    git(scratch, "add", ".")
    second = try_repo("awesome-lint-fix", scratch, pre_commit_home)
    assert second.returncode == 0, second.stdout + second.stderr
