"""Score the rules on maintainers' own corrections, mined from a list's git history.

Walks the first-parent history of one list file and, for each commit against its parent,
mines what the maintainer corrected:

- moves: an entry (same main URL) that sits in section A in the parent and in section B
  in the commit, both sections existing before and after (a renamed or new section is a
  reorganisation, not a correction; so is a commit moving more than MAX_MOVES entries,
  whose moves are counted apart as bulk);
- duplicate removals: a deleted entry line whose main URL appears on another entry line
  of the parent and still appears after the commit, which leaves fewer copies of it (a
  line deleted and written again elsewhere, as when a list is sorted anew, is no removal;
  nor are rows named in plain text that share a link they do not name);
- anchor repairs: a line whose only change is an in-page `](#fragment)` destination,
  where the old fragment reaches no anchor of the parent and the new one reaches one in
  the commit (repairs of case alone, which github.com forgives, are counted apart).

Each case is scored on the parent version: found (the right rule reports the line), and
for moves the maintainer's section named, for anchor repairs the fix giving the
maintainer's destination (percent-encoding aside; counted where that destination exists
in the parent). The rules' other reports on the parents are counted too.

Run: .venv/bin/python benchmarks/history.py GITDIR PATH [GITDIR PATH ...]
         [--max-commits N] [--show] [--preset awesome] [--config FILE]
(GITDIR: a repository's git directory, e.g. what the search tool's `fetch` brings.)
"""

from __future__ import annotations

import argparse
import dataclasses
import difflib
import re
import subprocess
import sys
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import unquote

from awesome_lint.config import Config, load_config
from awesome_lint.document import Document, Entry, build, fragment_of
from awesome_lint.engine import check, make_rules
from awesome_lint.fixes import Finding
from awesome_lint.registry import Rule
from awesome_lint.source import InputError, Source

RULES = ("misfiled-entry", "duplicate-entry", "broken-anchor")
_ANCHOR_LINK = re.compile(r"\]\((#[^)\s]*)\)")
_TARGET = re.compile(r"belongs in '([^']*)'")


@dataclass(frozen=True)
class Case:
    # "move", "move-bulk" (one of many in a commit), "duplicate", "anchor" or
    # "anchor-case" (a repair of case alone)
    kind: str
    commit: str
    line: int  # in the parent version
    detail: str  # the URL, or the old fragment
    target: str = ""  # moves: the section moved to; anchors: the new fragment
    target_in_parent: bool = True  # anchors: the new fragment reaches an anchor of the parent


@dataclass
class Scored:
    case: Case
    found: bool
    right: bool  # the maintainer's section named, or the maintainer's destination fixed


@dataclass
class ListScore:
    name: str
    commits: int = 0
    parents_entries: int = 0
    scored: list[Scored] = field(default_factory=list)
    other_reports: Counter[str] = field(default_factory=Counter)


# --- reading the history ------------------------------------------------------------------


class History:
    """The first-parent versions of one file, read with one `git cat-file` process."""

    def __init__(self, gitdir: Path, path: str) -> None:
        self.gitdir = gitdir
        self.path = path
        self.docs: dict[str, Document] = {}  # by blob id: a parent is the next commit's child

    def commits(self, limit: int) -> list[tuple[str, str]]:
        """(commit, parent) pairs, newest first, of the commits that changed the file."""
        out = self._git("log", "--first-parent", "--format=%H %P", f"-n{limit}", "--", self.path)
        pairs = []
        for line in out.splitlines():
            commit, *parents = line.split()
            if parents:
                pairs.append((commit, parents[0]))
        return pairs

    def doc(self, commit: str) -> Document | None:
        blob = self._git("rev-parse", "--verify", "--quiet", f"{commit}:{self.path}", check=False)
        blob = blob.strip()
        if not blob:
            return None  # the file did not exist then
        if blob not in self.docs:
            data = subprocess.run(
                ["git", f"--git-dir={self.gitdir}", "cat-file", "blob", blob],
                capture_output=True, check=True,
            ).stdout
            try:
                self.docs[blob] = build(Source.from_bytes(self.path, data))
            except InputError:
                return None
            if len(self.docs) > 64:  # consecutive versions share; older ones are done
                del self.docs[next(iter(self.docs))]
        return self.docs[blob]

    def _git(self, *args: str, check: bool = True) -> str:
        result = subprocess.run(
            ["git", f"--git-dir={self.gitdir}", *args], capture_output=True, text=True,
            check=check,
        )
        return result.stdout


# --- mining -------------------------------------------------------------------------------


# A commit that moves more entries than this reorganises the list: it corrects no entry.
MAX_MOVES = 3


def mine(commit: str, parent: Document, child: Document) -> list[Case]:
    moves = list(mine_moves(commit, parent, child))
    if len(moves) > MAX_MOVES:
        moves = [dataclasses.replace(move, kind="move-bulk") for move in moves]
    return [
        *moves,
        *mine_duplicate_removals(commit, parent, child),
        *mine_anchor_repairs(commit, parent, child),
    ]


def _line(doc: Document, offset: int) -> int:
    return doc.source.line_col(offset)[0]


def _by_url(doc: Document) -> dict[str, list[Entry]]:
    found: dict[str, list[Entry]] = {}
    for entry in doc.entries:
        if entry.url and entry.title_link is not None and not entry.title_link.image:
            found.setdefault(entry.url, []).append(entry)
    return found


def _paths(doc: Document) -> set[tuple[str, ...]]:
    return {section.path for section in doc.sections}


def mine_moves(commit: str, parent: Document, child: Document) -> Iterator[Case]:
    before, after = _by_url(parent), _by_url(child)
    both = _paths(parent) & _paths(child)
    for url, entries in before.items():
        moved = after.get(url)
        if len(entries) != 1 or moved is None or len(moved) != 1:
            continue  # listed twice somewhere: not one entry's move
        source, target = entries[0].section.path, moved[0].section.path
        if source != target and source in both and target in both:
            line = _line(parent, entries[0].span.start)
            yield Case("move", commit, line, url, target[-1] if target else "")


def mine_duplicate_removals(commit: str, parent: Document, child: Document) -> Iterator[Case]:
    before, after = _by_url(parent), _by_url(child)
    old_lines = parent.text.splitlines()
    new_lines = child.text.splitlines()
    deleted = _deleted_lines(old_lines, new_lines)
    entry_at = {_line(parent, e.span.start): e for e in parent.entries}
    removed: Counter[str] = Counter()
    for line in sorted(deleted):
        entry = entry_at.get(line)
        if entry is None or not entry.url:
            continue
        copies = before.get(entry.url, [])
        if not _one_thing(entry, copies):
            continue
        # fewer copies after: a line deleted here and written again elsewhere (a list
        # sorted anew) removes nothing
        left = len(after.get(entry.url, []))
        if len(copies) >= 2 and left and len(copies) - removed[entry.url] > left:
            removed[entry.url] += 1
            yield Case("duplicate", commit, line, entry.url)


def _one_thing(entry: Entry, copies: list[Entry]) -> bool:
    """Is the URL the entry's own, so that its copies list one thing? Rows named in plain
    text that share a link they do not name ('GLM-Base' and 'GLM-Large', each with
    '[Original](…/GLM)') are sizes of one model, not copies."""
    link = entry.title_link
    if link is not None and entry.title.strip().lower() in link.text.lower():
        return True
    title = entry.title.strip().lower()
    return any(c is not entry and c.title.strip().lower() == title for c in copies)


def _deleted_lines(old: list[str], new: list[str]) -> set[int]:
    """1-based numbers of the old lines the new version drops (a pure deletion)."""
    deleted: set[int] = set()
    matcher = difflib.SequenceMatcher(None, old, new, autojunk=False)
    for tag, i1, i2, _, _ in matcher.get_opcodes():
        if tag == "delete":
            deleted.update(range(i1 + 1, i2 + 1))
    return deleted


def mine_anchor_repairs(commit: str, parent: Document, child: Document) -> Iterator[Case]:
    old_lines = parent.text.splitlines()
    new_lines = child.text.splitlines()
    parent_anchors, child_anchors = parent.anchors(), child.anchors()
    matcher = difflib.SequenceMatcher(None, old_lines, new_lines, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag != "replace" or i2 - i1 != j2 - j1:
            continue
        for offset in range(i2 - i1):
            old, new = old_lines[i1 + offset], new_lines[j1 + offset]
            repair = _repaired_fragment(old, new)
            if repair is None:
                continue
            was, now = repair
            if _reaches(was, parent_anchors) or not _reaches(now, child_anchors):
                continue
            # '#Training-based' for '#training-based' works on github.com, and broken-anchor
            # leaves it alone unless asked (case-sensitive): counted apart
            kind = "anchor-case" if _reaches(was.lower(), parent_anchors) else "anchor"
            yield Case(
                kind, commit, i1 + offset + 1, was, now,
                target_in_parent=_reaches(now, parent_anchors),
            )


def _repaired_fragment(old: str, new: str) -> tuple[str, str] | None:
    """The old and new fragment when the lines differ only in one `](#…)` destination."""
    olds, news = _ANCHOR_LINK.findall(old), _ANCHOR_LINK.findall(new)
    if len(olds) != len(news) or _ANCHOR_LINK.sub("](#)", old) != _ANCHOR_LINK.sub("](#)", new):
        return None
    changed = [(a, b) for a, b in zip(olds, news, strict=True) if a != b]
    if len(changed) != 1:
        return None
    return changed[0]


def _reaches(destination: str, anchors: set[str]) -> bool:
    fragment = fragment_of(destination)
    return bool(fragment) and (fragment in anchors or unquote(fragment) in anchors)


# --- scoring ------------------------------------------------------------------------------


def score(parent: Document, cases: list[Case], findings: list[Finding]) -> list[Scored]:
    by_rule_line: dict[tuple[str, int], list[Finding]] = {}
    for finding in findings:
        key = (finding.rule, _line(parent, finding.span.start))
        by_rule_line.setdefault(key, []).append(finding)
    return [_score_case(parent, case, by_rule_line) for case in cases]


def _score_case(
    parent: Document, case: Case, by_rule_line: dict[tuple[str, int], list[Finding]]
) -> Scored:
    if case.kind in ("move", "move-bulk"):
        found = by_rule_line.get(("misfiled-entry", case.line), [])
        named = any(_suggested(f) == case.target for f in found)
        return Scored(case, bool(found), named)
    if case.kind == "duplicate":
        found = by_rule_line.get(("duplicate-entry", case.line), [])
        naming = [
            f for (rule, _), fs in by_rule_line.items() if rule == "duplicate-entry"
            for f in fs if _names_line(f.message, case.line)
        ]
        return Scored(case, bool(found or naming), bool(found or naming))
    found = by_rule_line.get(("broken-anchor", case.line), [])
    fixed = any(_fixed_destination(f) == _decoded(case.target) for f in found)
    return Scored(case, bool(found), fixed)


def _names_line(message: str, line: int) -> bool:
    """Does the message name the line, alone ("line 12") or in a block ("lines 10-14": a
    block pasted twice is one finding)?"""
    if re.search(rf"\bline {line}\b", message):
        return True
    return any(int(a) <= line <= int(b) for a, b in _LINE_RANGE.findall(message))


_LINE_RANGE = re.compile(r"\blines (\d+)-(\d+)")


def _suggested(finding: Finding) -> str:
    match = _TARGET.search(finding.message)
    return match.group(1) if match else ""


def _fixed_destination(finding: Finding) -> str:
    """Where the fix points the link (its one edit writes the new destination)."""
    if finding.fix is None or len(finding.fix.edits) != 1:
        return ""
    return _decoded(finding.fix.edits[0].text)


def _decoded(destination: str) -> str:
    return unquote(destination).lower()


def rules_of(preset: str | None, config: Config | None = None) -> list[Rule]:
    """The three scored rules, with their defaults, or as `preset` sets them (the awesome
    preset reports a copy in another section, for one), or as a config file's options do
    (misfiled-entry's `evidence`, say)."""
    return make_rules(config or Config(), RULES, preset=preset)


def score_history(
    gitdir: Path, path: str, max_commits: int, show: bool, preset: str | None = None,
    config: Config | None = None,
) -> ListScore:
    rules = rules_of(preset, config)
    history = History(gitdir, path)
    result = ListScore(f"{gitdir.parent.name}:{path}")
    for commit, parent_id in history.commits(max_commits):
        parent, child = history.doc(parent_id), history.doc(commit)
        if parent is None or child is None:
            continue
        result.commits += 1
        cases = mine(commit, parent, child)
        if not cases:
            continue
        findings = check(parent, rules)
        scored = score(parent, cases, findings)
        result.scored.extend(scored)
        result.parents_entries += len(parent.entries)
        matched = {(s.case.line, _rule_of(s.case.kind)) for s in scored}
        for finding in findings:
            if (_line(parent, finding.span.start), finding.rule) not in matched:
                result.other_reports[finding.rule] += 1
        if show:
            for s in scored:
                print(f"  {commit[:10]} {s.case.kind:9} line {s.case.line:5} found={s.found} "
                      f"right={s.right} {s.case.detail} -> {s.case.target}")
    return result


def _rule_of(kind: str) -> str:
    if kind.startswith("move"):
        return "misfiled-entry"
    return "duplicate-entry" if kind == "duplicate" else "broken-anchor"


# --- the table ----------------------------------------------------------------------------


def counts(scored: list[Scored], kind: str) -> tuple[int, int, int]:
    cases = [s for s in scored if s.case.kind == kind]
    if kind == "anchor":
        cases = [s for s in cases if s.case.target_in_parent]
    return len(cases), sum(s.found for s in cases), sum(s.right for s in cases)


def print_table(results: list[ListScore]) -> None:
    print(f"{'list':44} {'commits':>7} {'moves':>5} {'found':>5} {'named':>5} {'bulk':>5} "
          f"{'dups':>4} {'found':>5} {'anch.':>5} {'found':>5} {'fix=':>4} {'case':>4} "
          f"{'other reports':>14}")
    total = ListScore("total")
    for result in results:
        _print_row(result)
        total.commits += result.commits
        total.scored += result.scored
        total.other_reports.update(result.other_reports)
    if len(results) > 1:
        _print_row(total)


def _print_row(result: ListScore) -> None:
    moves, moves_found, named = counts(result.scored, "move")
    dups, dups_found, _ = counts(result.scored, "duplicate")
    anchors, anchors_found, fixed = counts(result.scored, "anchor")
    case_only = sum(s.case.kind == "anchor-case" for s in result.scored)
    bulk = sum(s.case.kind == "move-bulk" for s in result.scored)
    other = " ".join(f"{rule[:4]}={n}" for rule, n in sorted(result.other_reports.items()))
    print(f"{result.name[:44]:44} {result.commits:7} {moves:5} {moves_found:5} {named:5} "
          f"{bulk:5} {dups:4} {dups_found:5} {anchors:5} {anchors_found:5} {fixed:4} "
          f"{case_only:4} {other:>14}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("pairs", nargs="+", help="GITDIR PATH [GITDIR PATH ...]")
    parser.add_argument("--max-commits", type=int, default=100_000)
    parser.add_argument("--show", action="store_true", help="print every mined case")
    parser.add_argument("--preset", help="run the rules as this preset sets them")
    parser.add_argument("--config", type=Path, help="a config file with the rules' options")
    args = parser.parse_args()
    if len(args.pairs) % 2:
        sys.exit("give a GITDIR and a PATH for each list")
    results = []
    for gitdir, path in zip(args.pairs[::2], args.pairs[1::2], strict=True):
        results.append(score_history(
            Path(gitdir), path, args.max_commits, args.show, args.preset,
            load_config(args.config) if args.config else None,
        ))
        if len(args.pairs) > 2:  # a long run: each list's row as soon as it is scored
            print(f"scored {results[-1].name}", file=sys.stderr, flush=True)
    print_table(results)


if __name__ == "__main__":
    main()
