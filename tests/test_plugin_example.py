"""The worked plug-in in examples/plugin/, installed with pip and found through its
entry point, as a user's plug-in would be."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import ROOT

EXAMPLE = ROOT / "examples" / "plugin"
LIST = "# Awesome Tea\n\n## Brewing\n\n- [Kettle](http://kettle.example/) - Boils water.\n"


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The example installed into a folder of its own: no network, no build isolation."""
    pytest.importorskip("setuptools", reason="building the example needs setuptools")
    target = tmp_path_factory.mktemp("site")
    source = tmp_path_factory.mktemp("example") / "plugin"
    shutil.copytree(EXAMPLE, source)  # the build writes beside the sources
    install = [sys.executable, "-m", "pip", "install", "--quiet", "--no-deps", "--no-index"]
    install += ["--no-build-isolation", "--target", str(target), str(source)]
    done = subprocess.run(install, capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stdout + done.stderr
    return target


def awesome_lint(site: Path, folder: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(site)}
    command = [sys.executable, "-m", "awesome_lint", *args]
    return subprocess.run(command, cwd=folder, env=env, capture_output=True, text=True)


def test_the_plugin_is_listed_with_its_fix_safety(site: Path, tmp_path: Path) -> None:
    listed = awesome_lint(site, tmp_path, "--list-rules").stdout
    line = next(line for line in listed.splitlines() if line.startswith("https-entry"))
    assert "always (unsafe)" in line and "https://" in line


def test_the_plugin_reports_and_fixes(site: Path, tmp_path: Path) -> None:
    readme = tmp_path / "list.md"
    readme.write_text(LIST, encoding="utf-8")
    checked = awesome_lint(site, tmp_path, "--select", "https-entry", "list.md")
    assert checked.returncode == 0, checked.stderr  # a warning
    assert "list.md:5:12: warning https-entry" in checked.stdout
    awesome_lint(site, tmp_path, "--select", "https-entry", "--fix", "list.md")
    assert readme.read_text(encoding="utf-8") == LIST  # unsafe: not with --fix alone
    awesome_lint(site, tmp_path, "--select", "https-entry", "--fix", "--unsafe-fixes", "list.md")
    assert readme.read_text(encoding="utf-8") == LIST.replace("http://", "https://")


def test_explain_shows_the_plugins_docstring(site: Path, tmp_path: Path) -> None:
    page = awesome_lint(site, tmp_path, "--explain", "https-entry").stdout
    assert page.startswith("# https-entry\n\n## What it does\n")
