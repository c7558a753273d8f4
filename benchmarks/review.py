"""Blind review of the rules on real lists: samples to judge, verdicts kept, precision.

Run: .venv/bin/python benchmarks/review.py HALF [--rules R,R] [--write]   (needs ../shared)

HALF is `tune` or `judge`, the two halves of ../shared/corpus-wide (benchmarks/review/
split.tsv), `corpus` (../shared/corpus, the lists the rules were built on), or `holdout`
(../holdout … ../holdout8: lists in neither, pinned in review/holdout*.tsv; see
benchmarks/holdout.py).
For each rule it takes the findings on the half's lists: all of them when there are at
most 30, else a random sample of 30 (fixed seed) spread over the lists. With --write it
writes, per rule, benchmarks/review/HALF/RULE.md: each sampled finding with its context
and the diff of its fix, for a reviewer who sees the finding and the file but not the
rule's code, and every safe fix's diff in RULE.fixes.md.

Verdicts live in benchmarks/review/verdicts.tsv (key, verdict, note; the key names the list,
rule, line and column). The table printed at the end counts them over the current samples:
a change that removes a judged finding shows up as "gone" (a false one gone is a fix, a true
one gone is lost recall), a new finding in the sample as "unjudged", and so does a finding
whose message changed since it was judged (its verdict is stale). --write also lists, per
rule, the sampled findings that need a verdict in HALF/RULE.todo.
"""

from __future__ import annotations

import argparse
import csv
import difflib
import random
import sys
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path

from awesome_lint.config import Config
from awesome_lint.document import build
from awesome_lint.engine import check, make_rules
from awesome_lint.fixes import Applicability, Finding, apply_fixes
from awesome_lint.source import Source

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
REVIEW = ROOT / "benchmarks" / "review"
VERDICTS = REVIEW / "verdicts.tsv"
SAMPLE_SIZE = 30
SEED = 11
CONTEXT_LINES = 3
VERDICT_WORDS = ("true", "false", "debatable")


@dataclass(frozen=True)
class Reported:
    list_name: str
    path: Path
    source: Source
    finding: Finding
    line: int
    col: int

    @property
    def key(self) -> str:
        return f"{self.list_name}:{self.finding.rule}:{self.line}:{self.col}"


# each blind once, in this order
HOLDOUTS = (
    "holdout", "holdout2", "holdout3", "holdout4", "holdout5", "holdout6", "holdout7", "holdout8",
    "holdout9", "holdout10", "holdout11", "holdout12", "holdout13",
    "holdout14", "holdout15", "holdout16", "holdout17", "holdout18", "holdout19", "holdout20",
    "holdout21", "holdout22", "holdout23", "holdout24", "holdout25", "holdout26",
    "holdout27", "holdout28", "holdout29", "holdout30", "holdout31", "holdout32",
    "holdout33",
)


def half_paths(half: str) -> list[Path]:
    if half == "corpus":
        return sorted((SHARED / "corpus").glob("*.md"))
    if half.startswith("holdout"):
        names = [row["file"] for row in _read_tsv(REVIEW / f"{half}.tsv")]
        paths = [ROOT.parent / half / name for name in names]
        if not all(path.exists() for path in paths):
            sys.exit(f"the {half} lists are missing: run benchmarks/holdout.py --set {half}")
        return paths
    rows = _read_tsv(REVIEW / "split.tsv")
    names = [row["file"] for row in rows if row["half"] == half]
    if not names:
        sys.exit(f"no lists in half {half!r} (see {REVIEW / 'split.tsv'})")
    return [SHARED / "corpus-wide" / name for name in names]


def lint_lists(paths: list[Path], rule_names: list[str]) -> tuple[list[Reported], int]:
    """Every finding on the lists, and how many entries the lists have in all."""
    rules = make_rules(Config(preset="all"), select=rule_names)
    found, entries = [], 0
    for path in paths:
        source = Source.from_bytes(path.name, path.read_bytes())
        doc = build(source)
        entries += len(doc.entries)
        for finding in check(doc, rules):
            line, col = source.line_col(finding.span.start)
            found.append(Reported(path.stem, path, source, finding, line, col))
    return found, entries


def sample(found: list[Reported], rule: str) -> list[Reported]:
    """All findings when few, else SAMPLE_SIZE of them: each list's findings shuffled,
    then taken a list at a time so that one noisy list cannot fill the sample."""
    if len(found) <= SAMPLE_SIZE:
        return found
    rng = random.Random(f"{SEED}:{rule}")
    by_list: dict[str, list[Reported]] = defaultdict(list)
    for reported in found:
        by_list[reported.list_name].append(reported)
    queues = [by_list[name] for name in sorted(by_list)]
    for queue in queues:
        rng.shuffle(queue)
    rng.shuffle(queues)
    chosen: list[Reported] = []
    while len(chosen) < SAMPLE_SIZE:
        for queue in queues:
            if queue and len(chosen) < SAMPLE_SIZE:
                chosen.append(queue.pop())
    return sorted(chosen, key=lambda r: (r.list_name, r.line, r.col))


def context(reported: Reported) -> str:
    lines = reported.source.text.splitlines()
    first = max(reported.line - 1 - CONTEXT_LINES, 0)
    last = min(reported.line + CONTEXT_LINES, len(lines))
    shown = []
    for number in range(first + 1, last + 1):
        mark = ">" if number == reported.line else " "
        shown.append(f"{mark} {number:5} | {lines[number - 1][:400]}")
    return "\n".join(shown)


def fix_diff(reported: Reported) -> str:
    fix = reported.finding.fix
    if fix is None:
        return ""
    before = reported.source.text
    after, applied = apply_fixes(before, [fix])
    if not applied:
        return "(the fix does not apply on its own)"
    diff = difflib.unified_diff(
        before.splitlines(), after.splitlines(), lineterm="", n=1, fromfile="before", tofile="after"
    )
    return "\n".join(line[:400] for line in list(diff)[2:])


def describe(reported: Reported) -> str:
    finding = reported.finding
    parts = [
        f"### {reported.key}",
        f"list: {reported.path.relative_to(SHARED.parent)}, line {reported.line}, "
        f"column {reported.col}",
        f"message: {finding.message}",
        "```",
        context(reported),
        "```",
    ]
    if finding.fix is not None:
        parts += [f"fix ({finding.fix.applicability.label}): {finding.fix.description}", "```diff",
                  fix_diff(reported), "```"]
    return "\n".join(parts) + "\n"


def write_samples(half: str, rule: str, chosen: list[Reported], found: list[Reported]) -> None:
    folder = REVIEW / half
    folder.mkdir(parents=True, exist_ok=True)
    header = (
        f"# {rule} on the {half} half: {len(chosen)} of {len(found)} findings\n\n"
        "Judge each as the list's maintainer would: true (a real problem, and the fix, if\n"
        "any, is right), false, or debatable.\n\n"
    )
    (folder / f"{rule}.md").write_text(header + "\n".join(map(describe, chosen)))
    verdicts = read_verdicts()
    todo = [r.key for r in chosen if current_verdict(r, verdicts) is None]
    todo_file = folder / f"{rule}.todo"
    if todo:
        todo_file.write_text("".join(f"{key}\n" for key in todo))
    elif todo_file.exists():
        todo_file.unlink()
    safe = [
        r for r in found
        if r.finding.fix is not None and r.finding.fix.applicability == Applicability.SAFE
    ]
    fixes_file = folder / f"{rule}.fixes.md"
    if safe:
        fixes_file.write_text(
            f"# Every safe fix of {rule} on the {half} half: {len(safe)}\n\n"
            + "\n".join(map(describe, safe))
        )
    elif fixes_file.exists():
        fixes_file.unlink()


def read_verdicts() -> dict[str, dict[str, str]]:
    if not VERDICTS.exists():
        return {}
    return {row["key"]: row for row in _read_tsv(VERDICTS)}


def _read_tsv(path: Path) -> list[dict[str, str]]:
    with path.open(newline="", encoding="utf-8") as handle:
        # as written: escaped, not quoted (a reader without the escape character would
        # double every backslash on each rewrite)
        return list(csv.DictReader(
            handle, delimiter="\t", quoting=csv.QUOTE_NONE, escapechar="\\"
        ))


def report(
    half: str, by_rule: dict[str, list[Reported]], entries: int, verdicts: dict[str, dict[str, str]]
) -> None:
    print(f"\n{half} half: {entries} entries")
    print(f"{'rule':30} {'found':>6} {'/1k':>6} {'sampled':>7} {'true':>5} {'false':>5} "
          f"{'deb.':>5} {'unjudged':>8} {'precision':>9} {'gone':>9}")
    for rule in sorted(by_rule):
        found = by_rule[rule]
        chosen = sample(list(found), rule)
        counts = dict.fromkeys((*VERDICT_WORDS, "unjudged"), 0)
        for reported in chosen:
            verdict = current_verdict(reported, verdicts) or "unjudged"
            counts[verdict] += 1
        present = {r.key for r in found}
        gone = [
            row["verdict"] for key, row in verdicts.items()
            if row["half"] == half and row["rule"] == rule and key not in present
        ]
        judged = counts["true"] + counts["false"]
        precision = f"{counts['true'] / judged:.0%}" if judged else "-"
        gone_text = f"{gone.count('true')}t/{gone.count('false')}f" if gone else ""
        print(f"{rule:30} {len(found):6} {1000 * len(found) / max(entries, 1):6.1f} "
              f"{len(chosen):7} {counts['true']:5} {counts['false']:5} {counts['debatable']:5} "
              f"{counts['unjudged']:8} {precision:>9} {gone_text:>9}")


def markdown_table(
    by_rule: dict[str, list[Reported]], entries: int, verdicts: dict[str, dict[str, str]]
) -> None:
    print("| rule | findings | per 1k | sampled | true | false | debatable | unjudged "
          "| precision |")
    print("|---|---|---|---|---|---|---|---|---|")
    for rule in sorted(by_rule):
        found = by_rule[rule]
        chosen = sample(list(found), rule)
        counts = Counter(current_verdict(r, verdicts) or "unjudged" for r in chosen)
        judged = counts["true"] + counts["false"]
        precision = f"{counts['true'] / judged:.0%}" if judged else "-"
        print(f"| [{rule}]({rule}.md) | {len(found)} | {1000 * len(found) / max(entries, 1):.1f} "
              f"| {len(chosen)} | {counts['true']} | {counts['false']} | {counts['debatable']} "
              f"| {counts['unjudged']} | {precision} |")


VERDICT_COLUMNS = ("key", "half", "rule", "verdict", "note", "message")


def current_verdict(reported: Reported, verdicts: dict[str, dict[str, str]]) -> str | None:
    """The verdict on this finding, if it was given on the same message: a verdict on what
    the rule used to say at this place (another message, another fix) is stale."""
    row = verdicts.get(reported.key)
    if row is None or row["message"] != reported.finding.message:
        return None
    return row["verdict"] if row["verdict"] in VERDICT_WORDS else None


def import_verdicts(half: str, files: list[Path], found: list[Reported]) -> None:
    """Add reviewers' `KEY<TAB>VERDICT<TAB>NOTE` lines to verdicts.tsv (a later verdict
    for a key replaces the earlier one)."""
    messages = {r.key: r.finding.message for r in found}
    verdicts = read_verdicts()
    for path in files:
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            key, verdict, note = [*line.split("\t"), "", ""][:3]
            if verdict not in VERDICT_WORDS:
                sys.exit(f"{path}: {verdict!r} is not one of {', '.join(VERDICT_WORDS)}")
            if key not in messages:
                sys.exit(f"{path}: {key} is not a finding on the {half} half")
            rule = key.split(":")[1]
            verdicts[key] = {"key": key, "half": half, "rule": rule, "verdict": verdict,
                             "note": note, "message": messages[key]}
    rows = sorted(verdicts.values(), key=lambda row: (row["rule"], row["half"], row["key"]))
    with VERDICTS.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(
            handle, VERDICT_COLUMNS, delimiter="\t", quoting=csv.QUOTE_NONE, escapechar="\\",
            lineterminator="\n",
        )
        writer.writeheader()
        writer.writerows({column: row[column] for column in VERDICT_COLUMNS} for row in rows)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("half", choices=["tune", "judge", "corpus", *HOLDOUTS])
    parser.add_argument("--rules", help="comma-separated rule names (default: every rule)")
    parser.add_argument("--write", action="store_true", help="write the samples to review")
    parser.add_argument(
        "--markdown", action="store_true", help="print the table as rules/README.md has it"
    )
    parser.add_argument(
        "--import", dest="imports", nargs="+", type=Path, default=[],
        help="reviewers' verdict files (KEY<TAB>VERDICT<TAB>NOTE lines) to add",
    )
    args = parser.parse_args()
    rule_names = args.rules.split(",") if args.rules else []
    found, entries = lint_lists(half_paths(args.half), rule_names)
    by_rule: dict[str, list[Reported]] = defaultdict(list)
    for reported in found:
        by_rule[reported.finding.rule].append(reported)
    if args.imports:
        import_verdicts(args.half, args.imports, found)
    if args.write:
        for rule, reported_by_rule in by_rule.items():
            write_samples(args.half, rule, sample(list(reported_by_rule), rule), reported_by_rule)
    if args.markdown:
        markdown_table(by_rule, entries, read_verdicts())
    else:
        report(args.half, by_rule, entries, read_verdicts())


if __name__ == "__main__":
    main()
