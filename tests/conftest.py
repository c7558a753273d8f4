from __future__ import annotations

from pathlib import Path

import pytest

from awesome_lint.cli import main

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SEED = SHARED / "seed" / "README.md"
CORPUS = SHARED / "corpus"
PEER = SHARED / "peer"


def corpus_files() -> list[Path]:
    return sorted(CORPUS.glob("*.md")) if CORPUS.is_dir() else []


def real_lists() -> list[Path]:
    """The seed and every corpus list (empty when ../shared is absent)."""
    return ([SEED] if SEED.is_file() else []) + corpus_files()


def need_shared() -> None:
    if not SEED.is_file():
        pytest.skip("../shared (seed list and corpus) is not next to this clone")


@pytest.fixture
def seed_text() -> str:
    need_shared()
    return SEED.read_text(encoding="utf-8")


def run(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    """The command in-process: its exit code, standard output and standard error."""
    code = main(args)
    out, err = capsys.readouterr()
    return code, out, err
