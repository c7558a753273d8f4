"""CPU time of a full lint (every rule) on crafted inputs at growing sizes.

Each shape is text an attacker (or a broken generator) could commit: runs of one markup
character, deep nesting, long lines, huge tables of contents. Linear work shows as a ratio
near 2 per doubling; the target is at most 2.5 per doubling and at most 5 s at 1 MB.

Run: .venv/bin/python benchmarks/pathological.py [--max-kb 1024] [--repeat 2] [--fix] [SHAPE ...]
Each measurement runs in a child process, killed after --timeout seconds; the least of
--repeat runs counts.
"""

from __future__ import annotations

import argparse
import itertools
import subprocess
import sys
import time
from collections.abc import Callable

Shape = Callable[[int], str]


def repeat(unit: str) -> Shape:
    return lambda size: unit * (size // len(unit))


def lines(unit: str) -> Shape:
    return repeat(unit + "\n")


def toc_links(size: int) -> str:
    count = size // 40
    toc = "".join(f"- [Section {i}](#section-{i})\n" for i in range(count))
    return "# Awesome X\n\n## Contents\n\n" + toc


def toc_links_broken(size: int) -> str:
    count = size // 40
    toc = "".join(f"- [Part {i}](#sect-{i})\n" for i in range(count))
    heads = "".join(f"## Section {i}\n" for i in range(count // 4))
    return "# Awesome X\n\n" + toc + "\n" + heads


def disable_next_line(size: int) -> str:
    unit = "<!-- awesome-lint-disable-next-line -->\n- [a](https://a.org) - a\n"
    return repeat(unit)(size)


def nested_lists(size: int) -> str:
    depth = 1
    out = []
    total = 0
    while total < size:
        line = "  " * depth + "- x\n"
        out.append(line)
        total += len(line)
        depth += 1
    return "".join(out)


def item_tail(unit: str) -> Shape:
    return lambda size: "- [A](https://a.org) - A" + unit * (size // len(unit)) + "\n"


def many_headings_same(size: int) -> str:
    return repeat("## Tools\n\n- [a](https://a.org) - A.\n\n")(size)


def wide_table(size: int) -> str:
    cells = size // 4
    return "| " + " | ".join("a" for _ in range(cells // 2)) + " |\n|" + "---|" * (
        cells // 2
    ) + "\n"


def long_table(size: int) -> str:
    row = "| [Paper](https://arxiv.org/abs/2401.00001) | Mar., 2024 | x |\n"
    return "| Title | Date | Code |\n|---|---|---|\n" + row * (size // len(row))


SHAPES: dict[str, Shape] = {
    "lt-line": repeat("<"),
    "link-open": repeat("[a]("),
    "comment-open": repeat("<!--"),
    "dash-space": repeat("- "),
    "dash-lines": lines("- "),
    "dash-space-x": lambda size: "- " * (size // 2) + "x",
    "ordered-nest": lambda size: "1. " * (size // 3) + "x",
    "quote-dash": lambda size: "> - " * (size // 4) + "x",
    "setext": lines("a\n="),
    "headings-only": lines("## a"),
    "a-tag": repeat("<a "),
    "quote-nest": repeat("> "),
    "quote-lines": lines("> > > > > > > > x"),
    "nested-lists": nested_lists,
    "tail-star": item_tail(" *"),
    "tail-b": item_tail("<b>"),
    "tail-code": item_tail(" `x`"),
    "tail-emoji": item_tail(" 🔥"),
    "toc-links": toc_links,
    "toc-broken": toc_links_broken,
    "disable-next-line": disable_next_line,
    "disable-comments": lines("<!-- awesome-lint-disable-next-line list-item -->"),
    "brackets": repeat("["),
    "bang-brackets": repeat("!["),
    "backticks": repeat("`"),
    "backtick-runs": repeat("`a``"),
    "stars": repeat("*a"),
    "underscores": repeat("_a"),
    "backslashes": repeat("\\"),
    "pipes": lines("|"),
    "wide-table": wide_table,
    "long-table": long_table,
    "same-heading": many_headings_same,
    "numbered-headings": lines("## 1. Tools"),
    "same-heading-word": repeat("## Tools\n\n- [Tools](https://a.org/t) - Tools for tools.\n\n"),
    "lt-excl": repeat("<!"),
    "close-bracket-paren": repeat("]("),
    "angle-url": repeat("<http://a"),
    "ref-defs": lines("[a]: http://a"),
    "emphasis-link": repeat("**[a](http://a)**"),
    "html-details": lines("<details><summary>a</summary>"),
    "colons": repeat(":a"),
    "tabs": lines("\t- x"),
}


def measure(shape: str, size: int, do_fix: bool) -> float:
    from awesome_lint.config import Config
    from awesome_lint.engine import fix, lint, make_rules
    from awesome_lint.fixes import Applicability
    from awesome_lint.source import Source

    rules = make_rules(Config())
    source = Source("bench.md", SHAPES[shape](size))
    start = time.process_time()
    if do_fix:
        fix(source, rules, Applicability.UNSAFE)
    else:
        lint(source, rules)
    return time.process_time() - start


def run_child(shape: str, size: int, do_fix: bool, timeout: float, repeat: int) -> float | None:
    """The least CPU time of `repeat` runs (this machine's timings vary run to run)."""
    command = [sys.executable, __file__, "--child", shape, str(size)]
    if do_fix:
        command.append("--fix")
    times = []
    for _ in range(repeat):
        try:
            done = subprocess.run(command, capture_output=True, text=True, timeout=timeout)
        except subprocess.TimeoutExpired:
            return None
        if done.returncode != 0:
            raise SystemExit(f"{shape} at {size} bytes failed:\n{done.stderr}")
        times.append(float(done.stdout))
    return min(times)


def _mean_growth(times: list[float | None]) -> float:
    """Growth per doubling, from the first time of at least 50 ms to the last one (the
    geometric mean of the steps: one noisy step does not decide)."""
    measured = [t for t in times if t is not None]
    if len(measured) < len(times):
        return float("inf")  # timed out
    start = next((i for i, t in enumerate(measured) if t >= 0.05), None)
    if start is None or start == len(measured) - 1:
        return 0.0
    first, last = measured[start], measured[-1]
    return float((last / first) ** (1 / (len(measured) - 1 - start)))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("shapes", nargs="*", help="shapes to run (default: all)")
    parser.add_argument("--max-kb", type=int, default=1024)
    parser.add_argument("--min-kb", type=int, default=64)
    parser.add_argument("--timeout", type=float, default=60.0)
    parser.add_argument("--fix", action="store_true", help="time --fix --unsafe-fixes instead")
    parser.add_argument("--repeat", type=int, default=2, help="runs per size (the least counts)")
    parser.add_argument("--child", nargs=2, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(measure(args.child[0], int(args.child[1]), args.fix))
        return 0
    names = args.shapes or list(SHAPES)
    sizes = []
    kb = args.min_kb
    while kb <= args.max_kb:
        sizes.append(kb * 1024)
        kb *= 2
    print(
        f"{'shape':20} " + " ".join(f"{s // 1024:>7}K" for s in sizes)
        + "   per doubling (mean, worst step)"
    )
    failures = 0
    for name in names:
        times: list[float | None] = []
        for size in sizes:
            seconds = run_child(name, size, args.fix, args.timeout, args.repeat)
            times.append(seconds)
            if seconds is None:
                break
        cells = [f"{t:8.2f}" if t is not None else "    >" + f"{args.timeout:.0f}s" for t in times]
        ratios = [
            b / a for a, b in itertools.pairwise(times)
            if a is not None and b is not None and a >= 0.05
        ]
        worst = max(ratios, default=0.0)
        mean = _mean_growth(times)
        last = times[-1]
        bad = last is None or last > 5.0 or mean > 2.5
        failures += bad
        growth = f"   {mean:5.2f} {worst:5.2f}" + ("  <-- over" if bad else "")
        print(f"{name:20} " + " ".join(cells) + growth)
        sys.stdout.flush()
    print(
        f"\n{failures} shape(s) over target (≤ 5 s at the largest size, ≤ 2.5× per doubling "
        "on average from the first size of at least 50 ms to the last; single steps vary with "
        "this machine's noise)"
    )
    return 1 if failures else 0


if __name__ == "__main__":
    raise SystemExit(main())
