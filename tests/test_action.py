"""The GitHub Action (action.yml): its steps, run as a script the way the runner would."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[1]
BROKEN = "# Tea\n\n- [Pots](#pot)\n\n## Pots\n\nClay.\n"


def steps() -> list[dict[str, str]]:
    action = yaml.safe_load((ROOT / "action.yml").read_text(encoding="utf-8"))
    assert action["runs"]["using"] == "composite"
    return list(action["runs"]["steps"])


def expand(text: str, inputs: dict[str, str]) -> str:
    """GitHub's `${{ … }}` expressions, for the ones the action uses."""
    values = {f"inputs.{name}": value for name, value in inputs.items()}
    values["github.action_path"] = str(ROOT)
    values["inputs.fix == 'true'"] = str(inputs["fix"] == "true").lower()
    return re.sub(r"\$\{\{\s*(.*?)\s*\}\}", lambda m: values[m.group(1)], text)


def run_action(folder: Path, **given: str) -> subprocess.CompletedProcess[str]:
    action = yaml.safe_load((ROOT / "action.yml").read_text(encoding="utf-8"))
    inputs = {name: spec["default"] for name, spec in action["inputs"].items()} | given
    script = ["set -e"]
    for step in steps():
        if "uses" in step:
            assert step["uses"].startswith("actions/setup-python@")
            continue
        command = expand(step["run"], inputs)
        if "pip install" in command:  # this test's Python has the package already
            assert f'"{ROOT}"' in command
            continue
        if "if" in step and expand(step["if"], inputs) != "true":
            continue
        script.append(command)
    bin_dir = str(Path(sys.executable).parent)
    env = {**os.environ, "PATH": bin_dir + os.pathsep + os.environ["PATH"]}
    return subprocess.run(
        ["bash", "-c", "\n".join(script)], cwd=folder, env=env, capture_output=True,
        text=True, check=False,
    )


@pytest.fixture
def listed(tmp_path: Path) -> Path:
    (tmp_path / "README.md").write_text(BROKEN, encoding="utf-8")
    return tmp_path


def test_the_action_annotates_and_fails_on_a_broken_list(listed: Path) -> None:
    result = run_action(listed, args="--select broken-anchor")
    assert result.returncode == 1
    assert result.stdout.startswith("::error file=README.md,line=3,col=3,")


def test_the_action_fixes_first_when_asked(listed: Path) -> None:
    result = run_action(listed, args="--select broken-anchor", fix="true")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "- [Pots](#pots)" in (listed / "README.md").read_text(encoding="utf-8")


def test_the_readme_installs_and_uses_a_version_the_changelog_lists() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    changelog = (ROOT / "CHANGELOG.md").read_text(encoding="utf-8")
    released = set(re.findall(r"^## (\d+\.\d+\.\d+) ", changelog, re.M))
    used = set(re.findall(r"(?:@|rev: )v(\d+\.\d+\.\d+)", readme))
    assert used and used <= released, (used, released)
