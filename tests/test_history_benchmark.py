"""benchmarks/history.py: the miner and the scorer, on a small repository built here."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from conftest import ROOT

sys.path.insert(0, str(ROOT / "benchmarks"))
import history  # type: ignore[import-not-found]

BASE = """# Awesome Tea

## Contents

- [Kettles](#kettles)
- [Teapots](#teapots)
- [Completions](#completions)

## Kettles

- [Boiler](https://example.org/boiler) - Boils water.
- [Steamer](https://example.org/steamer) - Steams.
- [Boiler](https://example.org/boiler) - Boils water.

## Teapots

- [Clay Pot](https://example.org/clay) - Yixing clay.
- [tea-completions](https://example.org/tea-completions) - Shell completions for tea.

## Completions

- [zsh-completions](https://example.org/zsh) - For zsh.
- [bash-completions](https://example.org/bash) - For bash.
"""


def git(repo: Path, *args: str) -> str:
    return subprocess.run(
        ["git", "-C", str(repo), *args], capture_output=True, text=True, check=True,
        env={"GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@t", "GIT_COMMITTER_NAME": "t",
             "GIT_COMMITTER_EMAIL": "t@t", "PATH": "/usr/bin:/bin"},
    ).stdout


def commit(repo: Path, text: str, message: str) -> None:
    (repo / "README.md").write_text(text)
    git(repo, "add", "README.md")
    git(repo, "commit", "-q", "-m", message)


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    git(tmp_path, "init", "-q")
    broken = BASE.replace("(#teapots)", "(#tea-pots)")
    commit(tmp_path, broken, "the list, with a broken ToC link")
    commit(tmp_path, BASE, "repair the anchor")
    steamer = "- [Steamer](https://example.org/steamer) - Steams.\n"
    deduplicated = BASE.replace(
        steamer + "- [Boiler](https://example.org/boiler) - Boils water.\n", steamer
    )
    commit(tmp_path, deduplicated, "remove the second copy")
    moved = deduplicated.replace(
        "- [tea-completions](https://example.org/tea-completions) - Shell completions for tea.\n", ""
    ).replace(
        "- [bash-completions](https://example.org/bash) - For bash.\n",
        "- [bash-completions](https://example.org/bash) - For bash.\n"
        "- [tea-completions](https://example.org/tea-completions) - Shell completions for tea.\n",
    )
    commit(tmp_path, moved, "move tea-completions to Completions")
    return tmp_path / ".git"


def test_it_mines_each_kind_of_correction(repo: Path) -> None:
    result = history.score_history(repo, "README.md", 100, show=False)
    kinds = sorted(s.case.kind for s in result.scored)
    assert kinds == ["anchor", "duplicate", "move"]
    assert result.commits == 3


def test_it_scores_what_the_rules_find(repo: Path) -> None:
    result = history.score_history(repo, "README.md", 100, show=False)
    by_kind = {s.case.kind: s for s in result.scored}
    move = by_kind["move"]
    assert move.case.detail == "https://example.org/tea-completions"
    assert move.case.target == "Completions"
    assert move.found and move.right  # its name says completions, like the entries there
    anchor = by_kind["anchor"]
    assert (anchor.case.detail, anchor.case.target) == ("#tea-pots", "#teapots")
    assert anchor.found and anchor.right and anchor.case.target_in_parent
    duplicate = by_kind["duplicate"]
    assert duplicate.found and duplicate.case.detail == "https://example.org/boiler"


def test_a_new_section_is_a_reorganisation_not_a_move(tmp_path: Path) -> None:
    git(tmp_path, "init", "-q")
    commit(tmp_path, BASE, "the list")
    reorganised = BASE.replace("## Completions", "## Shell Completions")
    commit(tmp_path, reorganised.replace("- [tea-completions]", "- [x-tea-completions]"), "rename")
    result = history.score_history(tmp_path / ".git", "README.md", 100, show=False)
    assert [s.case.kind for s in result.scored if s.case.kind == "move"] == []


def test_a_removed_block_pasted_twice_is_found_in_its_one_finding(tmp_path: Path) -> None:
    """A block written twice is one finding naming both ranges; every line the
    maintainer removes from the second copy counts as found."""
    block = "".join(f"- [Pot {n}](https://example.org/pot{n}) - Pot {n}.\n" for n in range(4))
    git(tmp_path, "init", "-q")
    commit(tmp_path, "# Awesome Tea\n\n## Pots\n\n" + block + block, "pasted twice")
    commit(tmp_path, "# Awesome Tea\n\n## Pots\n\n" + block, "remove the copy")
    result = history.score_history(tmp_path / ".git", "README.md", 100, show=False)
    removals = [s for s in result.scored if s.case.kind == "duplicate"]
    assert len(removals) == 4 and all(s.found for s in removals)


def test_a_copy_in_another_section_is_found_under_the_awesome_preset(tmp_path: Path) -> None:
    """The defaults leave a copy in another section alone; the awesome preset reports it,
    so the benchmark scores both ways."""
    copied = BASE.replace(
        "- [Clay Pot](https://example.org/clay) - Yixing clay.\n",
        "- [Clay Pot](https://example.org/clay) - Yixing clay.\n"
        "- [Steamer](https://example.org/steamer) - Steams.\n",
    ).replace("- [Boiler](https://example.org/boiler) - Boils water.\n- [Steamer]", "- [Steamer]")
    git(tmp_path, "init", "-q")
    commit(tmp_path, copied, "a copy under Teapots")
    commit(tmp_path, copied.replace("Yixing clay.\n- [Steamer](https://example.org/steamer)"
                                    " - Steams.\n", "Yixing clay.\n"), "remove it")

    def found(preset: str | None) -> list[bool]:
        result = history.score_history(tmp_path / ".git", "README.md", 100, False, preset)
        return [s.found for s in result.scored if s.case.kind == "duplicate"]

    assert found(None) == [False]
    assert found("awesome") == [True]


def test_a_copy_written_again_elsewhere_is_no_removal(tmp_path: Path) -> None:
    """A commit that sorts a section deletes lines and writes them again: a company
    filed under two sections on purpose keeps both copies, so nothing was removed."""
    zinc = "- [Zinc](https://example.org/zinc) - Z.\n"
    last_pot = "- [tea-completions](https://example.org/tea-completions) - Shell completions for tea.\n"
    both = BASE.replace("## Teapots\n\n", "## Teapots\n\n" + zinc).replace(
        "## Completions\n\n", "## Completions\n\n" + zinc
    )
    resorted = both.replace("## Teapots\n\n" + zinc, "## Teapots\n\n").replace(
        last_pot, last_pot + zinc
    )
    git(tmp_path, "init", "-q")
    commit(tmp_path, both, "Zinc under Teapots and Completions")
    commit(tmp_path, resorted, "sort Teapots")
    result = history.score_history(tmp_path / ".git", "README.md", 100, show=False)
    assert [s.case.kind for s in result.scored] == []


def test_rows_that_share_a_link_they_do_not_name_are_no_copies(tmp_path: Path) -> None:
    """'| Kettle-S | [Original](…/kettle) |' and '| Kettle-L | [Original](…/kettle) |' are
    two sizes of one kettle: deleting one removes no duplicate."""
    table = "## Sizes\n\n| Size | Link |\n|---|---|\n" + "".join(
        f"| Kettle-{size} | [Original](https://example.org/kettle) |\n" for size in "SML"
    )
    git(tmp_path, "init", "-q")
    commit(tmp_path, BASE + "\n" + table, "sizes")
    commit(tmp_path, BASE + "\n" + table.replace(
        "| Kettle-M | [Original](https://example.org/kettle) |\n", ""), "drop M")
    result = history.score_history(tmp_path / ".git", "README.md", 100, show=False)
    assert [s.case.kind for s in result.scored] == []


def test_a_config_sets_the_scored_rules_options(tmp_path: Path) -> None:
    config = tmp_path / "awesome-lint.toml"
    config.write_text('[tool.awesome-lint.rules.misfiled-entry]\nevidence = ["name", "words"]\n')
    rules = history.rules_of(None, history.load_config(config))
    (misfiled,) = [rule for rule in rules if rule.name == "misfiled-entry"]
    assert misfiled.options.evidence == ("name", "words")
