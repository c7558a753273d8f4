"""Find regular expressions that take superlinear time on some input.

Every compiled pattern at module level in the package (and the patterns rules build at
run time, listed in EXTRA) is run on runs of the characters and literal pieces its own
source mentions, at two sizes. Linear work grows 4x from the small size to the large one;
a pattern that grows much more is reported with the input that shows it.

Run: .venv/bin/python benchmarks/regex_audit.py [--small 2000] [--large 8000]
The test suite runs the same audit at small sizes (tests/test_regex_audit.py).
"""

from __future__ import annotations

import argparse
import importlib
import inspect
import itertools
import math
import pkgutil
import re
import signal
import sys
import time
from collections.abc import Callable, Iterator
from types import FrameType
from typing import Any, NamedTuple

import regex

import awesome_lint

AnyPattern = Any  # re.Pattern[str] | regex.Pattern[str]


class Suspect(NamedTuple):
    where: str
    pattern: str
    operation: str
    unit: str
    small: float
    large: float

    def __str__(self) -> str:
        return (
            f"{self.where}: {self.operation} on {self.unit!r}*n: "
            f"{self.small * 1000:.1f} ms -> {self.large * 1000:.1f} ms  ({self.pattern[:70]!r})"
        )


def extra_patterns() -> dict[str, AnyPattern]:
    """Patterns that rules compile from data at run time."""
    from awesome_lint import names

    builtin = names.builtin_names()
    return {
        "names.name_pattern(builtin names)": names.name_pattern(
            tuple(sorted(builtin, key=len, reverse=True))
        )
    }


class Audited(NamedTuple):
    pattern: AnyPattern
    uses: frozenset[str]  # how the code calls it: "search" (any unanchored use), "match"…


_SEARCHING = {"search", "finditer", "findall", "sub", "subn", "split"}


def module_patterns() -> dict[str, Audited]:
    """Every module-level pattern, with the ways its module's code calls it (all ways when
    the code passes it around instead of calling it by name)."""
    found: dict[str, Audited] = {}
    for info in pkgutil.walk_packages(awesome_lint.__path__, "awesome_lint."):
        if info.name.endswith("__main__"):
            continue
        module = importlib.import_module(info.name)
        source = inspect.getsource(module)
        for attribute, value in vars(module).items():
            if isinstance(value, re.Pattern | regex.Pattern) and isinstance(value.pattern, str):
                called = set(re.findall(rf"\b{attribute}\.(\w+)\(", source))
                passed = re.search(rf"\b{attribute}\b(?!\.| =)", source) is not None
                uses = {"search" if c in _SEARCHING else c for c in called}
                if passed or not uses:
                    uses |= {"search", "match", "fullmatch"}
                found[f"{info.name}.{attribute}"] = Audited(value, frozenset(uses))
    for name, pattern in extra_patterns().items():
        found[name] = Audited(pattern, frozenset({"search"}))
    return found


_BASE = " a1\n<>[]()`*_-.:#|\"'!/\\"


def units(pattern: str) -> list[str]:
    """Characters and literal pieces the pattern mentions, common markup characters, and
    pairs of the pattern's own characters."""
    literal_runs = [r for r in re.findall(r"(?:\\.|[^\\()[\]{}|*+?^$.])+", pattern) if r]
    pieces = {re.sub(r"\\(.)", r"\1", r) for r in literal_runs}
    own = sorted({c for p in pieces for c in p if not c.isalnum()} | {"a", " "})[:16]
    chosen = set(own) | set(_BASE)
    chosen |= {p for p in pieces if 1 < len(p) <= 12}
    chosen |= {a + b for a, b in itertools.product(own, repeat=2) if a != b}
    return sorted(chosen)


def operations(audited: Audited) -> Iterator[tuple[str, Callable[[str], object]]]:
    pattern = audited.pattern
    if "search" in audited.uses:
        yield "finditer", lambda text: sum(1 for _ in pattern.finditer(text))
    if "match" in audited.uses:
        yield "match", pattern.match
    if "fullmatch" in audited.uses:
        yield "fullmatch", pattern.fullmatch


class _TooSlow(Exception):
    pass


def _expire(_signum: int, _frame: FrameType | None) -> None:
    raise _TooSlow


def timed(action: Callable[[str], object], text: str, limit: float = 2.0) -> float:
    """Seconds the action takes on the text; infinity when it runs past `limit` (a
    pattern with exponential backtracking would never finish)."""
    previous = signal.signal(signal.SIGALRM, _expire)
    signal.setitimer(signal.ITIMER_REAL, limit)
    start = time.perf_counter()
    try:
        action(text)
    except _TooSlow:
        return math.inf
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
    return time.perf_counter() - start


def audit(
    patterns: dict[str, Audited],
    small: int,
    large: int,
    floor: float = 0.005,
    progress: bool = False,
) -> list[Suspect]:
    """Patterns whose time grows more than (large/small)^1.5 on some input."""
    limit = (large / small) ** 1.5
    suspects = []
    for where, audited in patterns.items():
        if progress:
            print(f"  {where}", file=sys.stderr, flush=True)
        pattern = audited.pattern
        for unit, (name, action) in itertools.product(units(pattern.pattern), operations(audited)):
            tail = "\x00"  # something no pattern expects, so that matches must fail late
            short = timed(action, unit * (small // len(unit)) + tail)
            if short * (large / small) < floor / 4:
                continue  # far too fast to tell
            long = timed(action, unit * (large // len(unit)) + tail)
            if long > floor and long > limit * max(short, 1e-5):
                again = min(timed(action, unit * (large // len(unit)) + tail) for _ in range(2))
                if again > floor and again > limit * max(short, 1e-5):
                    suspects.append(Suspect(where, pattern.pattern, name, unit, short, again))
    return suspects


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--small", type=int, default=2000)
    parser.add_argument("--large", type=int, default=8000)
    args = parser.parse_args()
    patterns = module_patterns()
    started = time.perf_counter()
    suspects = audit(patterns, args.small, args.large, progress=True)
    for suspect in suspects:
        print(suspect)
    seconds = time.perf_counter() - started
    print(f"{len(patterns)} patterns audited in {seconds:.1f} s: {len(suspects)} suspect(s)")
    return 1 if suspects else 0


if __name__ == "__main__":
    sys.exit(main())
