"""Measure misfiled-entry: move entries to wrong sections and see whether the rule finds them.

For each list (seed + corpus): move k random entries (fixed seed) to another section that
holds entries of the same kind (a table with the same columns, or a top-level list with
the same marker), run the rule with its defaults, and count

- true positive: a moved entry reported with its original section suggested;
- miss: a moved entry not reported;
- false positive: any other report (an unmoved entry, or a wrong suggestion).

Then run the rule on the unmodified lists and count reports per 1,000 entries.

Run: .venv/bin/python benchmarks/misfiled.py [--k 10] [--seed 7] [--lists N] [--show]
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from dataclasses import dataclass
from pathlib import Path

from awesome_lint.document import Document, Entry, build
from awesome_lint.fixes import Finding, apply_fixes
from awesome_lint.moves import move_entry
from awesome_lint.rules.misfiled_entry import EVIDENCE, MisfiledEntry, Options
from awesome_lint.source import Source

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"


@dataclass
class Score:
    name: str
    entries: int = 0
    moved: int = 0
    hits: int = 0
    misses: int = 0
    false: int = 0
    baseline: int = 0  # reports on the unmodified list

    @property
    def precision(self) -> float:
        reported = self.hits + self.false
        return self.hits / reported if reported else 1.0

    @property
    def recall(self) -> float:
        return self.hits / self.moved if self.moved else 0.0


def key(entry: Entry) -> tuple[str, str | None]:
    return entry.title, entry.url


def reported_entry(doc: Document, finding: Finding) -> Entry | None:
    for entry in doc.entries:
        if entry.title_span == finding.span:
            return entry
    return None


def move_entries(
    doc: Document, k: int, rng: random.Random
) -> tuple[str, dict[tuple[str, str | None], str]]:
    """The text with up to k entries moved, and moved entry key -> original section title."""
    model_sections = [s for s in doc.sections if s.entries and not _is_mixed(s.title)]
    movable = [e for s in model_sections for e in s.entries if len(s.entries) >= 2]
    rng.shuffle(movable)
    fixes, homes, used = [], [], set()
    for entry in movable:
        if len(fixes) >= k:
            break
        if id(entry.section) in used:
            continue  # its table may be a target: keep moves from overlapping
        targets = [s for s in model_sections if s is not entry.section and id(s) not in used]
        rng.shuffle(targets)
        for target in targets:
            fix = move_entry(doc, entry, target)
            if fix is not None:
                fixes.append(fix)
                homes.append((key(entry), entry.section.title))
                used |= {id(target), id(entry.section)}  # one move per place
                break
    text, applied = apply_fixes(doc.text, fixes)
    origin = {k: home for fix, (k, home) in zip(fixes, homes, strict=True) if fix in applied}
    return text, origin


def _is_mixed(title: str) -> bool:
    from awesome_lint.rules.misfiled_entry import _MIXED

    return bool(_MIXED.search(title))


def score_list(path: Path, k: int, seed: int, show: bool) -> Score:
    rule = MisfiledEntry(Options(evidence=EVIDENCE))  # every kind of evidence
    source = Source.from_bytes(path.name, path.read_bytes())
    doc = build(source)
    result = Score(path.name, entries=len(doc.entries))
    baseline = list(rule.check(doc))
    result.baseline = len(baseline)
    if show:
        for finding in baseline:
            line = source.line_col(finding.span.start)[0]
            print(f"  baseline {path.name}:{line}: {finding.message}")
    text, origin = move_entries(doc, k, random.Random(f"{seed}:{path.name}"))
    moved_doc = build(source.with_text(text))
    result.moved = len(origin)
    found = set()
    for finding in rule.check(moved_doc):
        entry = reported_entry(moved_doc, finding)
        home = origin.get(key(entry)) if entry is not None else None
        hit = home is not None and f"belongs in '{home}'" in finding.message
        if hit:
            result.hits += 1
            found.add(key(entry))  # type: ignore[arg-type]
        else:
            result.false += 1
        if show:
            print(f"  {'hit' if hit else 'false'} {path.name}: {finding.message}")
    result.misses = result.moved - len(found)
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--k", type=int, default=10, help="entries moved per list")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--lists", type=int, default=0, help="only the first N lists")
    parser.add_argument("--show", action="store_true", help="print every report")
    args = parser.parse_args(argv)
    seed_list = SHARED / "seed" / "README.md"
    if not seed_list.is_file():
        print("../shared is not next to this clone: nothing to measure", file=sys.stderr)
        return 2
    paths = [seed_list, *sorted((SHARED / "corpus").glob("*.md"))]
    if args.lists:
        paths = paths[: args.lists]
    started = time.perf_counter()
    scores = [score_list(p, args.k, args.seed, args.show) for p in paths]
    print_table(scores)
    print(f"\n{time.perf_counter() - started:.1f} s")
    return 0


def print_table(scores: list[Score]) -> None:
    print(f"{'list':48} {'entries':>7} {'moved':>5} {'hit':>4} {'miss':>4} {'false':>5} "
          f"{'prec':>5} {'recall':>6} {'base/1k':>7}")
    total = Score("total")
    for s in scores:
        per_k = 1000 * s.baseline / s.entries if s.entries else 0.0
        print(f"{s.name[:48]:48} {s.entries:7d} {s.moved:5d} {s.hits:4d} {s.misses:4d} "
              f"{s.false:5d} {s.precision:5.2f} {s.recall:6.2f} {per_k:7.1f}")
        for field in ("entries", "moved", "hits", "misses", "false", "baseline"):
            setattr(total, field, getattr(total, field) + getattr(s, field))
    per_k = 1000 * total.baseline / total.entries if total.entries else 0.0
    print(f"{'TOTAL':48} {total.entries:7d} {total.moved:5d} {total.hits:4d} {total.misses:4d} "
          f"{total.false:5d} {total.precision:5.2f} {total.recall:6.2f} {per_k:7.1f}")
    print(f"\nprecision {total.precision:.3f}  recall {total.recall:.3f}  "
          f"false alarms on unmodified lists: {total.baseline} "
          f"({per_k:.1f} per 1,000 entries)")


if __name__ == "__main__":
    raise SystemExit(main())
