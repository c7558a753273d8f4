"""Timings: a full lint of the seed and each corpus list, growth with size, and process start-up.

Run: .venv/bin/python benchmarks/run.py [--big]   (needs ../shared next to the clone;
--big adds awesome-go repeated to 10 and 20 MB, in fresh processes)
"""

from __future__ import annotations

import gc
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

from awesome_lint.config import Config
from awesome_lint.document import build
from awesome_lint.engine import fix, lint, make_rules
from awesome_lint.fixes import Applicability
from awesome_lint.source import Source

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SCRIPT = Path(sys.executable).with_name("awesome-lint")


def best_of(repeats: int, action: object) -> float:
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        action()  # type: ignore[operator]
        times.append(time.perf_counter() - start)
    return min(times)


def lint_timings(paths: list[Path], rounds: int = 5) -> None:
    """A full lint with the default preset, each list's best over `rounds` rounds that
    take every list in turn (see build_timings). The target (issue #13) is at least
    2 MB/s on every corpus list over 100 KB."""
    rules = make_rules(Config())
    sources = [Source.from_bytes(path.name, path.read_bytes()) for path in paths]
    best = [float("inf")] * len(sources)
    for _ in range(rounds):
        for index, source in enumerate(sources):
            best[index] = min(best[index], best_of(1, lambda s=source: lint(s, rules)))
    print(f"{'list':52} {'KB':>7} {'ms':>8} {'MB/s':>6} {'findings':>8}")
    total_bytes, total_time = 0, 0.0
    for path, source, seconds in zip(paths, sources, best, strict=True):
        size = len(source.encode())
        found = len(lint(source, rules))
        total_bytes += size
        total_time += seconds
        print(
            f"{path.name[:52]:52} {size / 1024:7.1f} {seconds * 1000:8.1f} "
            f"{size / seconds / 1e6:6.2f} {found:8d}"
        )
    print(f"{'all':52} {total_bytes / 1024:7.1f} {total_time * 1000:8.1f} "
          f"{total_bytes / total_time / 1e6:6.2f}")


def model_build(source: Source) -> None:
    """build() as the engine runs it: with the cyclic garbage collector off (lint turns
    it off: its passes walk the whole growing model and free nothing)."""
    collecting = gc.isenabled()
    gc.disable()
    try:
        build(source)
    finally:
        if collecting:
            gc.enable()


def build_timings(paths: list[Path], rounds: int = 8) -> None:
    """Building the document model alone: every rule and every fix pass pays it.
    The target (issue #10) is at least 4 MB/s on the large lists. Each list's time is
    its best over `rounds` rounds that take every list in turn: this machine's speed
    drifts by tens of percent over seconds, and a list timed only in a slow stretch
    would look slow."""
    sources = [Source.from_bytes(path.name, path.read_bytes()) for path in paths]
    best = [float("inf")] * len(sources)
    for _ in range(rounds):
        for index, source in enumerate(sources):
            best[index] = min(best[index], best_of(1, lambda s=source: model_build(s)))
    print(f"\n{'model build':52} {'KB':>7} {'ms':>8} {'MB/s':>6}")
    total_bytes, total_time = 0, 0.0
    for path, source, seconds in zip(paths, sources, best, strict=True):
        size = len(source.text.encode("utf-8"))
        total_bytes += size
        total_time += seconds
        print(f"{path.name[:52]:52} {size / 1024:7.1f} {seconds * 1000:8.1f} "
              f"{size / seconds / 1e6:6.2f}")
    print(f"{'all':52} {total_bytes / 1024:7.1f} {total_time * 1000:8.1f} "
          f"{total_bytes / total_time / 1e6:6.2f}")


def build_growth(path: Path) -> None:
    """Model build of the list repeated 8 times over once: linear is 8x (target <= 8.5x)."""
    text = Source.from_bytes(path.name, path.read_bytes()).text
    once, eight = float("inf"), float("inf")
    for _ in range(3):  # interleaved: this machine's speed drifts by tens of percent
        once = min(once, best_of(3, lambda: model_build(Source(path.name, text))))
        eight = min(eight, best_of(1, lambda: model_build(Source(path.name, text * 8))))
    print(f"model build of {path.name} x8: {eight / once:.2f} times x1 "
          f"({once * 1000:.1f} ms -> {eight * 1000:.1f} ms)")


def growth(path: Path) -> None:
    """Lint time of the list repeated k times: linear work gives a flat ms-per-copy column."""
    rules = make_rules(Config())
    text = Source.from_bytes(path.name, path.read_bytes()).text
    print(f"\ngrowth on {path.name} repeated k times")
    print(f"{'k':>3} {'KB':>8} {'ms':>9} {'ms/copy':>8}")
    for k in (1, 2, 4, 8):
        source = Source(path.name, text * k)
        seconds = best_of(2, lambda s=source: lint(s, rules))
        size = len(source.text) / 1024
        print(f"{k:3d} {size:8.1f} {seconds * 1000:9.1f} {seconds * 1000 / k:8.1f}")


def process_time(*args: str) -> None:
    """The whole command, as users run it: with bytecode caches (pip writes them at
    install; an editable install writes them on first run unless PYTHONDONTWRITEBYTECODE
    is set). Targets (issue #13): awesome-go within 0.4 s, start-up within 0.15 s."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    command = [str(SCRIPT), *args]
    subprocess.run(command, capture_output=True, check=False, env=env)
    runs = []
    for _ in range(7):
        start = time.perf_counter()
        subprocess.run(command, capture_output=True, check=False, env=env)
        runs.append(time.perf_counter() - start)
    shown = " ".join(Path(a).name if "/" in a else a for a in args)
    print(f"whole `awesome-lint {shown}` process: median {statistics.median(runs):.3f} s, "
          f"best {min(runs):.3f} s over {len(runs)} runs (bytecode cached)")


def fix_against_lint(paths: list[Path]) -> None:
    """`--fix --unsafe-fixes` in process, as a multiple of the lint (target: 1.5x on the
    large lists): fixing lints, applies, and lints again until nothing changes."""
    rules = make_rules(Config())
    print(f"\n{'fix --unsafe-fixes vs lint':52} {'lint ms':>8} {'fix ms':>8} {'ratio':>6}")
    for path in paths:
        source = Source.from_bytes(path.name, path.read_bytes())
        linted = best_of(3, lambda s=source: lint(s, rules))
        fixed = best_of(3, lambda s=source: fix(s, rules, Applicability.UNSAFE))
        print(f"{path.name[:52]:52} {linted * 1000:8.1f} {fixed * 1000:8.1f} "
              f"{fixed / linted:6.2f}")


def big_list(path: Path, copies: int) -> None:
    """The list repeated `copies` times, linted in a fresh process: time and peak memory
    (target: 20 MB within 10 s and 300 MB; twice the input within 2.2 times the time)."""
    code = (
        "import resource, sys, time\n"
        "from awesome_lint.config import Config\n"
        "from awesome_lint.engine import lint, make_rules\n"
        "from awesome_lint.source import Source\n"
        f"text = open({str(path)!r}, encoding='utf-8').read() * {copies}\n"
        "start = time.perf_counter()\n"
        "lint(Source('big.md', text), make_rules(Config()))\n"
        "peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024\n"
        "print(f'{len(text.encode()) / 1e6:.1f} MB: {time.perf_counter() - start:.2f} s, "
        "peak {peak:.0f} MB')\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    print(f"{path.name} x{copies}: {result.stdout.strip() or result.stderr.strip()}")


def main() -> int:
    seed = SHARED / "seed" / "README.md"
    if not seed.is_file():
        print("../shared is not next to this clone: nothing to measure", file=sys.stderr)
        return 2
    corpus = sorted((SHARED / "corpus").glob("*.md"))
    lint_timings([seed, *corpus])
    wide = sorted((SHARED / "corpus-wide").glob("*.md"))
    large = [p for p in [*corpus, *wide] if p.stat().st_size >= 100_000]
    build_timings(large)
    build_growth(SHARED / "corpus" / "avelino__awesome-go.md")
    growth(SHARED / "corpus" / "avelino__awesome-go.md")
    growth(seed)
    fix_against_lint([p for p in corpus if p.stat().st_size >= 300_000])
    print()
    process_time(str(seed))
    process_time(str(SHARED / "corpus" / "avelino__awesome-go.md"))
    process_time("--version")
    if "--big" in sys.argv:  # a minute or more
        print()
        for copies in (25, 50):
            big_list(SHARED / "corpus" / "avelino__awesome-go.md", copies)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
