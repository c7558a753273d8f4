"""benchmarks/moves.py: the moves maintainers made, written out with what a rule could read."""

from __future__ import annotations

import sys
from pathlib import Path

from conftest import ROOT
from test_history_benchmark import BASE, commit, git

sys.path.insert(0, str(ROOT / "benchmarks"))
import moves  # type: ignore[import-not-found]


def test_a_move_is_written_with_its_signs_and_what_each_evidence_finds(tmp_path: Path) -> None:
    git(tmp_path, "init", "-q")
    commit(tmp_path, BASE, "the list")
    line = "- [tea-completions](https://example.org/tea-completions) - Shell completions for tea.\n"
    moved = BASE.replace(line, "").replace(
        "- [bash-completions](https://example.org/bash) - For bash.\n",
        "- [bash-completions](https://example.org/bash) - For bash.\n" + line,
    )
    commit(tmp_path, moved, "move tea-completions to Completions")
    (row,) = moves.moves_of(tmp_path / ".git", "README.md", 10)
    assert (row["name"], row["source"], row["target"]) == (
        "tea-completions", "Awesome Tea > Teapots", "Awesome Tea > Completions"
    )
    assert row["description"] == "Shell completions for tea."
    assert row["adjacent"] == "yes" and row["catch_all_source"] == "no"
    assert row["target_words_in_name"] == "yes" and row["target_words_in_description"] == "yes"
    assert row["found_by_name"] == "named"  # its name ends in the section's kind
    assert row["found_by_title"] == "no"
