"""The entries maintainers moved to another section, written out to learn from.

Run: .venv/bin/python benchmarks/moves.py GITDIR PATH [GITDIR PATH ...] [--max-commits N]
         [--out benchmarks/review/moves.tsv]

Mines each list's first-parent history as benchmarks/history.py does (one entry's move
between two sections that exist before and after; a commit moving more than three is a
reorganisation and left out) and writes one row per move: the entry's name and
description, where it was and where it went, and the signs a rule could read in the
parent version: whether the source is a catch-all (Other, Misc…), whether the target is
the next or the previous section, whether the target's heading words are in the
entry's name, URL or description, and how many entries each section held. The rows are
the data misfiled-entry's evidence is judged on (issue 12: learn on some lists, judge on
others).
"""

from __future__ import annotations

import argparse
import csv
import sys
from collections.abc import Iterator
from pathlib import Path

from awesome_lint.document import Document, Entry, Section
from awesome_lint.fixes import Finding
from awesome_lint.rules import misfiled_entry
from awesome_lint.rules.misfiled_entry import MisfiledEntry
from awesome_lint.similarity import word_stems

sys.path.insert(0, str(Path(__file__).resolve().parent))
from history import MAX_MOVES, History, mine_moves

EVIDENCE = ("name", "title", "words")
COLUMNS = (
    "list", "commit", "name", "url", "description", "source", "target", "catch_all_source",
    "adjacent", "target_words_in_name", "target_words_in_url", "target_words_in_description",
    "source_words_anywhere", "source_entries", "target_entries",
    *(f"found_by_{kind}" for kind in EVIDENCE),
)
# misfiled-entry with one kind of evidence each: which of them finds the move, and names
# the maintainer's section ("named"), reports it elsewhere ("other") or misses it ("no")
RULES = {
    kind: MisfiledEntry(misfiled_entry.Options(evidence=(kind,))) for kind in EVIDENCE
}


def topic_words(text: str) -> set[str]:
    return set(word_stems(text))


def is_catch_all(title: str) -> bool:
    """Other, Misc, Resources…: the sections misfiled-entry never sends an entry to."""
    return bool(misfiled_entry._MIXED.search(title))


def moves_of(gitdir: Path, path: str, max_commits: int) -> Iterator[dict[str, str]]:
    history = History(gitdir, path)
    name = gitdir.parent.name.replace("+", "/")
    for commit, parent_id in history.commits(max_commits):
        parent, child = history.doc(parent_id), history.doc(commit)
        if parent is None or child is None:
            continue
        moves = list(mine_moves(commit, parent, child))
        if not moves or len(moves) > MAX_MOVES:
            continue
        reports = {kind: list(rule.check(parent)) for kind, rule in RULES.items()}
        for move in moves:
            entry = _entry_at(parent, move.detail)
            target = _section(parent, child, move.detail)
            if entry is None or target is None:
                continue
            row = _row(name, commit, parent, entry, target)
            for kind, found in reports.items():
                row[f"found_by_{kind}"] = _verdict(found, entry, target)
            yield row


def _verdict(found: list[Finding], entry: Entry, target: Section) -> str:
    mine = [f for f in found if entry.span.start <= f.span.start < entry.span.end]
    if not mine:
        return "no"
    return "named" if any(f"belongs in '{target.title}'" in f.message for f in mine) else "other"


def _entry_at(doc: Document, url: str) -> Entry | None:
    found = [e for e in doc.entries if e.url == url]
    return found[0] if len(found) == 1 else None


def _section(parent: Document, child: Document, url: str) -> Section | None:
    """The parent's section with the path the entry has in the child."""
    moved = _entry_at(child, url)
    if moved is None:
        return None
    return next((s for s in parent.sections if s.path == moved.section.path), None)


def _row(name: str, commit: str, doc: Document, entry: Entry, target: Section) -> dict[str, str]:
    source = entry.section
    span = entry.description
    description = doc.text[span.start:span.end] if span else ""
    wanted = topic_words(target.title)
    have = topic_words(source.title)
    sections = [s for s in doc.sections if s.heading is not None]
    place = {id(s): n for n, s in enumerate(sections)}
    adjacent = abs(place.get(id(source), -9) - place.get(id(target), 9)) == 1

    def says(text: str) -> str:
        words = topic_words(text)
        return "yes" if wanted and wanted <= words else "some" if wanted & words else "no"

    return {
        "list": name, "commit": commit[:10], "name": entry.title, "url": entry.url or "",
        "description": " ".join(description.split())[:200],
        "source": " > ".join(source.path), "target": " > ".join(target.path),
        "catch_all_source": "yes" if is_catch_all(source.title) else "no",
        "adjacent": "yes" if adjacent else "no",
        "target_words_in_name": says(entry.title),
        "target_words_in_url": says((entry.url or "").replace("-", " ").replace("/", " ")),
        "target_words_in_description": says(description),
        "source_words_anywhere": "yes" if have & topic_words(f"{entry.title} {description}")
        else "no",
        "source_entries": str(len(source.entries)), "target_entries": str(len(target.entries)),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("pairs", nargs="+", help="GITDIR PATH [GITDIR PATH ...]")
    parser.add_argument("--max-commits", type=int, default=300)
    parser.add_argument("--out", type=Path, default=Path("benchmarks/review/moves.tsv"))
    args = parser.parse_args()
    if len(args.pairs) % 2:
        sys.exit("give a GITDIR and a PATH for each list")
    rows: list[dict[str, str]] = []
    for gitdir, path in zip(args.pairs[::2], args.pairs[1::2], strict=True):
        rows.extend(moves_of(Path(gitdir), path, args.max_commits))
        print(f"{gitdir}: {len(rows)} moves so far", file=sys.stderr, flush=True)
    with args.out.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, COLUMNS, delimiter="\t", lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)


if __name__ == "__main__":
    main()
