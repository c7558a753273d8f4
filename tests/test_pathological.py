"""No crafted input hangs the linter: every shape of benchmarks/pathological.py, at 128 KB,
lints within a budget far above what linear work needs (the benchmark itself measures the
growth per doubling; this only guards against a return of quadratic work).
"""

from __future__ import annotations

import importlib.util
import signal
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from types import FrameType, ModuleType

import pytest

from awesome_lint import lint_text
from awesome_lint.config import Config
from awesome_lint.engine import make_rules

ROOT = Path(__file__).resolve().parents[1]
SIZE = 128 * 1024


def _benchmark() -> ModuleType:
    spec = importlib.util.spec_from_file_location("pathological", ROOT / "benchmarks" / "pathological.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


SHAPES = _benchmark().SHAPES
RULES = make_rules(Config())


class Hang(Exception):
    pass


@contextmanager
def deadline(seconds: float) -> Iterator[None]:
    def expire(_signum: int, _frame: FrameType | None) -> None:
        raise Hang(f"still running after {seconds:.1f} s")

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


@pytest.fixture(scope="module")
def budget() -> float:
    """40 times what a plain list of the same size takes here (at least 5 s)."""
    entry = "- [Kettle](https://example.org/kettle) - Boils water for tea.\n"
    plain = "# Awesome Tea\n\n## Tools\n\n" + entry * (SIZE // len(entry))
    start = time.perf_counter()
    lint_text(plain, RULES)
    return max(5.0, 40 * (time.perf_counter() - start))


@pytest.mark.parametrize("shape", sorted(SHAPES))
def test_crafted_input_does_not_hang(shape: str, budget: float) -> None:
    text = SHAPES[shape](SIZE)
    with deadline(budget):
        lint_text(text, RULES)


def test_a_date_cell_of_hyphenated_words_is_refused_at_once() -> None:
    """dates._VENUE took time n^4 on 'a-a-a-…' (a hyphen inside words and between them)."""
    from awesome_lint.dates import parse_date

    with deadline(2.0):
        assert parse_date("a-" * 5000 + "!") is None
