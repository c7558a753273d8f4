"""Fuzz the linter and the fixer with mutated real awesome lists (run by hand, not in CI).

Run: .venv/bin/python benchmarks/fuzz.py [--cases N] [--seed S] [--lists corpus|wide|all]
                                          [--timeout SECONDS] [--jobs J]
(needs ../shared next to the clone)

Each case is a window of a real list (sometimes the whole list; with --generated, a share of
cases are small generated lists instead) with 1-4 random mutations: deleted, duplicated,
swapped, indented lines, inserted pipes, brackets, backticks, `<!--`, tabs, CR,
CRLF/LF/CR line endings, BOM added or removed, zero-width and bidi characters, truncation at
a random byte, final line break removed, list-like lines inserted, backslash escapes,
entities and inline HTML. On each case these properties are checked:

  crash          lint, --fix and --fix --unsafe-fixes raise nothing
  converge       both fix runs settle (FixResult.converged)
  idempotent     fixing the fixed text again changes nothing
  fix-locality   each fix applied alone (fixes.apply_fixes([fix])) changes only the bytes of
                 its edits: spans lie inside the text, start <= end, no edit boundary splits a
                 CRLF pair, and the result is the text with the edits spliced in
  layout         a whole fix run keeps every line break of the original text that lies
                 outside all applied edit spans, at its place and in its style (no LF turned
                 into CRLF by an edit beside it, no CRLF split); keeps the BOM flag; keeps the
                 presence or absence of a final line break, unless an applied edit that reaches
                 the end of the text writes new text there (an edit that only deletes up to
                 the end must leave the ending as it was); `--fix --unsafe-fixes` on a file
                 writes exactly the bytes of the fix run (BOM included)
  cross-rule     a fix applied alone causes no new finding of another rule on lines outside
                 its edits: the findings of other rules after it, minus those touching a line
                 of its edits, as a multiset of (rule, message) ("line N" in messages
                 normalised), must be within the multiset before it. A finding of the same rule
                 at the same place (its start mapped through the edits) is the same finding
                 reworded, not a new one: messages quote headings, sections and the other copy
                 of a duplicate, which a fix may change. Explained exceptions: KNOWN
  report-format  `--format json` and `--format sarif` print valid JSON; every position is
                 >= 1; SARIF says version 2.1.0; one result per finding
  hang           every lint and every fix run finishes within --timeout seconds
and three more, beyond the brief, because they are bugs a user sees:
  stuck-fix      a finding offered as fixable is fixed by the fix run: no fixable finding is
                 left on the converged text, and no fix is a no-op or unusable alone
  newline-style  in a file where most line breaks (more than half) have one style, the line
                 breaks a fix inserts have that style
  deterministic  linting the same text again (fresh rules, other objects allocated first, so
                 that id()s and the order of id-keyed sets differ) gives the same findings

Every failure is shrunk (lines, then characters, while the same property fails with the same
signature, time-bounded) and printed as a Python string literal. Exit 1 if any case failed.
The run is deterministic for a given --seed (except where a time bound cuts shrinking short).
"""

from __future__ import annotations

import argparse
import contextlib
import io
import json
import multiprocessing
import multiprocessing.connection
import os
import random
import re
import shutil
import signal
import sys
import tempfile
import time
import traceback
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from types import FrameType
from typing import Any

from awesome_lint import cli
from awesome_lint.config import Config
from awesome_lint.engine import MAX_PASSES, FixResult, fix, lint, make_rules
from awesome_lint.fixes import Applicability, Edit, Finding, apply_fixes
from awesome_lint.source import BOM, Source, Span

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
CORPUS = SHARED / "corpus"
WIDE = SHARED / "corpus-wide"
SEED = SHARED / "seed" / "README.md"
FILE_NAME = "case.md"  # not readme.md: the rules that look beside the file stay quiet

CRASH = "crash"
CONVERGE = "converge"
IDEMPOTENT = "idempotent"
LOCALITY = "fix-locality"
LAYOUT = "layout"
CROSS = "cross-rule"
REPORT = "report-format"
HANG = "hang"
STUCK = "stuck-fix"
NEWLINE_STYLE = "newline-style"
DETERMINISTIC = "deterministic"
HARNESS = "harness"  # the fuzzer's own fix loop disagrees with engine.fix: fix the fuzzer
PROPERTIES = (
    CRASH, CONVERGE, IDEMPOTENT, LOCALITY, LAYOUT, CROSS, REPORT, STUCK, NEWLINE_STYLE,
    DETERMINISTIC,
)
ALL_PROPERTIES = (*PROPERTIES, HANG, HARNESS)

# (rule whose fix is applied, rule of the new finding elsewhere) -> why that is expected.
KNOWN: dict[tuple[str, str], str] = {
    ("misfiled-entry", "empty-section"): "moving a section's only entry away leaves it empty",
    ("misfiled-entry", "duplicate-entry"): "a move can put the later copy of a pair first, so "
    "the finding passes to the other copy",
    ("duplicate-entry", "misfiled-entry"): "misfiled-entry weighs an entry against its "
    "section's other entries: removing one of them can tip another",
    **{
        ("duplicate-entry", rule): f"{rule} follows the list's own majority convention; "
        "removing a repeated entry takes its vote away, which can tip the count"
        for rule in ("date-format", "table-pipes", "list-item")
    },
    ("duplicate-entry", "empty-section"): "removing a section's only entry, a copy of one "
    "listed elsewhere, leaves it empty",
    ("spell-check", "misfiled-entry"): "misfiled-entry weighs an entry's words against its "
    "section's; a respelt name ('nodejs' -> 'Node.js') counts as another word",
    ("broken-anchor", "toc"): "a repaired ToC link lets toc match the list to the headings; "
    "what toc then reports (a missing heading) was there before, unseen",
    **{
        (rule, "spell-check"): "spell-check reports a misspelling written three times or "
        "more once, for the list; a fix that removes one of its places (a repeated name, a "
        "repeated entry) leaves one finding per place, at places the fix did not touch"
        for rule in ("no-repeat-item-in-description", "duplicate-entry")
    },
}

LINE_BREAK = re.compile(r"\r\n|\r|\n")
_LINE = re.compile(r"[^\r\n]*(?:\r\n|\r|\n)|[^\r\n]+\Z")
_LINE_REFERENCE = re.compile(r"\b(lines?) \d+(?: and \d+)?")

ZERO_WIDTH = ("\u200b", "\u200c", "\u200d", "\u2060", "\ufeff")
BIDI = (
    "\u202a", "\u202b", "\u202c", "\u202d", "\u202e",
    "\u2066", "\u2067", "\u2068", "\u2069", "\u200e", "\u200f", "\u061c",
)

# Lines awesome lists are made of; placeholders {n} name, {u} URL, {a} anchor, {d} text.
FRAGMENTS = (
    "# Awesome {n}",
    "# {n}",
    "[![Awesome](https://awesome.re/badge.svg)](https://awesome.re)",
    "[![Awesome](https://cdn.rawgit.com/sindresorhus/awesome/d7305f38d29fed78fa85652e3a63e154dd8e8829/media/badge.svg)](https://github.com/sindresorhus/awesome)",
    "> {d}",
    "## Contents",
    "## Table of Contents",
    "- [{n}](#{a})",
    "  - [{n}](#{a})",
    "    - [{n}](#{a})",
    "* [{n}](#{a})",
    "1. [{n}](#{a})",
    "- {n}",
    "## {n}",
    "### {n}",
    "#### {n}",
    "## 1. {n}",
    "### 1.1. {n}",
    "### 1.3. {n}",
    "## 2\\. {n}",
    "## {n} ![Awesome](https://awesome.re/badge.svg)",
    "{n}",
    "---",
    "- [{n}]({u}) - {d}",
    "- [{n}]({u}) - {d}",
    "- [{n}]({u}) – {d}",
    "- [{n}]({u}): {d}",
    "- [{n}]({u})",
    "* [{n}]({u}) - {d}",
    "  - [{n}]({u}) - {d}",
    "- [{n}]({u}) - {n} - {d}",
    "- [{n}]({u}) ![stars](https://img.shields.io/github/stars/owner/{a}) - {d}",
    "- **[{n}]({u})** - {d}",
    "| Title | arXiv | Code | Date |",
    "|---|---|---|---|",
    "| :--- | :---: | ---: |",
    "| [{n}]({u}) | [arXiv](https://arxiv.org/pdf/2301.01234.pdf) | [Code]({u}) | Mar., 2023 |",
    "| [{n}]({u}) | [arXiv](http://export.arxiv.org/abs/2302.00001v2) | - | Mar 2023 |",
    "| {n} | {d} | CVPR,2018 |",
    "| {n} | {d}",
    "{n} | {d} |",
    "| [{n}]({u}) | [![Star](https://img.shields.io/github/stars/owner/{a}.svg)]({u}) "
    "| May., 2023 |",
    "[![CI](https://github.com/owner/{a}/actions/workflows/ci.yml/badge.svg)]({u})",
    "![badge](https://img.shields.io/badge/{a}-blue)",
    "```",
    "```sh",
    "    code {n}",
    "<!-- {d} -->",
    "<!--",
    "-->",
    "<!-- awesome-lint-disable-next-line -->",
    "<!--lint ignore double-link-->",
    '<a name="{a}"></a>',
    '<div id="{a}"></div>',
    "<details><summary>{n}</summary>",
    "</details>",
    "[{a}]: {u}",
    "[//]: # ({d})",
    "- [{n}][{a}] - {d}",
    "## License",
    "## Contributing",
    "TODO {d}",
    "- [{n}](https://example.com) - ???",
    "\u201c{d}",
    "{n} üèÄ",
    "",
    "",
)
NAMES = (
    "Alpha", "Beta Tools", "alpha", "Node.js", "github", "Github", "Pruning", "Quantization",
    "Tools", "A b", "1.2. Pruning & Structure Distillation", "café", "😀 Emoji", "`code` name",
    "Contents", "x",
)
URLS = (
    "https://x.org/a", "https://x.org/b", "https://github.com/owner/repo",
    "https://github.com/owner/repo/", "http://arxiv.org/pdf/2301.01234v2.pdf",
    "https://arxiv.org/abs/2301.01234", "https://example.com", "#alpha", "#nope", "",
    "https://img.shields.io/badge/a-b-green",
)
ANCHORS = (
    "alpha", "beta-tools", "contents", "tools", "nope", "a-b", "12-pruning--structure-distillation",
    "Alpha", "caf%C3%A9", "-emoji", "1-alpha", "repo",
)
DESCRIPTIONS = (
    "A tool.", "a tool", "A tool", "Does things.", "Alpha does things.", "Uses Github and nodejs.",
    "TBD", "🚀 Fast.", "[link](https://x.org/a) inside.", "Mar., 2024", "Ends with pipe |",
    "‘quoted", "「brackets", "lorem ipsum",
)


def fill(template: str, name: str, url: str, anchor: str, description: str) -> str:
    return (
        template.replace("{n}", name)
        .replace("{u}", url)
        .replace("{a}", anchor)
        .replace("{d}", description)
    )


def split_lines(text: str) -> list[str]:
    """The lines of a text, each with its line break (CRLF, CR or LF); joined, the text."""
    return _LINE.findall(text)


def ends_with_break(text: str) -> bool:
    return text.endswith(("\n", "\r"))


def normalise(text: str, bom: bool) -> tuple[str, bool]:
    """The (text, bom) pair the command reads from the file these would be written to."""
    if not bom and text.startswith(BOM):
        return text[1:], True
    return text, bom


@dataclass(frozen=True)
class Case:
    text: str
    bom: bool = False
    origin: str = ""

    def encode(self) -> bytes:
        return Source(FILE_NAME, self.text, bom=self.bom).encode()

    def literal(self) -> str:
        """The file's content (BOM included) as a Python string literal."""
        return repr((BOM if self.bom else "") + self.text)


def make(text: str, bom: bool, origin: str = "") -> Case:
    text, bom = normalise(text, bom)
    return Case(text, bom, origin)


# --- mutations ----------------------------------------------------------------------------

Mutation = Callable[[random.Random, str, bool], tuple[str, bool, str]]


def _newline(text: str) -> str:
    return Source(FILE_NAME, text).newline


def _point(rng: random.Random, text: str) -> int:
    """An insertion point: often a line start or end, or next to a markup character."""
    lines = split_lines(text)
    if not lines:
        return 0
    index = rng.randrange(len(lines))
    start = sum(len(line) for line in lines[:index])
    line = lines[index]
    body = len(line.rstrip("\r\n"))
    roll = rng.random()
    if roll < 0.3:
        column = 0
    elif roll < 0.45:
        column = body
    elif roll < 0.7:
        marks = [k for k, char in enumerate(line[:body]) if char in "[]()|#`<>!-*:"]
        column = rng.choice(marks) + rng.randint(0, 1) if marks else rng.randint(0, body)
    else:
        column = rng.randint(0, body)
    return start + column


def _insert(piece: str, what: str) -> Mutation:
    def mutate(rng: random.Random, text: str, bom: bool) -> tuple[str, bool, str]:
        at = _point(rng, text)
        return text[:at] + piece + text[at:], bom, f"{what} at {at}"

    return mutate


def _insert_one_of(pieces: Sequence[str], what: str) -> Mutation:
    def mutate(rng: random.Random, text: str, bom: bool) -> tuple[str, bool, str]:
        piece = rng.choice(pieces)
        return _insert(piece, f"{what} {piece!r}")(rng, text, bom)

    return mutate


def _with_lines(
    change: Callable[[random.Random, list[str], str], str],
) -> Mutation:
    def mutate(rng: random.Random, text: str, bom: bool) -> tuple[str, bool, str]:
        lines = split_lines(text)
        if not lines:
            return text, bom, "nothing (empty)"
        newline = _newline(text)
        missing = not ends_with_break(text)
        if missing:  # every line ends with a break while lines move; the text's ending stays
            lines[-1] += newline
        what = change(rng, lines, newline)
        joined = "".join(lines)
        if missing and ends_with_break(joined):
            joined = joined[: -2 if joined.endswith("\r\n") else -1]
        return joined, bom, what

    return mutate


def _line_text(line: str, newline: str) -> str:
    return line if ends_with_break(line) else line + newline


def _delete_lines(rng: random.Random, lines: list[str], newline: str) -> str:
    at = rng.randrange(len(lines))
    count = min(rng.choice((1, 1, 1, 2, 3)), len(lines) - at)
    del lines[at : at + count]
    return f"delete {count} line(s) at {at + 1}"


def _duplicate_lines(rng: random.Random, lines: list[str], newline: str) -> str:
    at = rng.randrange(len(lines))
    count = min(rng.choice((1, 1, 2, 3)), len(lines) - at)
    block = [_line_text(line, newline) for line in lines[at : at + count]]
    lines[at:at] = block
    return f"duplicate {count} line(s) at {at + 1}"


def _swap_lines(rng: random.Random, lines: list[str], newline: str) -> str:
    if len(lines) < 2:
        return "no swap (one line)"
    a = rng.randrange(len(lines) - 1)
    b = a + 1 if rng.random() < 0.5 else rng.randrange(len(lines))
    first, second = _line_text(lines[a], newline), _line_text(lines[b], newline)
    lines[a], lines[b] = second, first
    return f"swap lines {a + 1} and {b + 1}"


def _indent_line(rng: random.Random, lines: list[str], newline: str) -> str:
    at = rng.randrange(len(lines))
    indent = rng.choice(("  ", "    ", "\t", " "))
    lines[at] = indent + lines[at]
    return f"indent line {at + 1} by {indent!r}"


def _dedent_line(rng: random.Random, lines: list[str], newline: str) -> str:
    indented = [k for k, line in enumerate(lines) if line[:1] in (" ", "\t")]
    if not indented:
        return "no dedent (nothing indented)"
    at = rng.choice(indented)
    lines[at] = lines[at].lstrip(" \t")
    return f"dedent line {at + 1}"


def _heading_level(rng: random.Random, lines: list[str], newline: str) -> str:
    headings = [k for k, line in enumerate(lines) if line.startswith("#")]
    if not headings:
        return "no heading to change"
    at = rng.choice(headings)
    if rng.random() < 0.5 or lines[at].startswith("# "):
        lines[at] = "#" + lines[at]
    else:
        lines[at] = lines[at][1:]
    return f"change heading level at line {at + 1}"


def _insert_fragment(rng: random.Random, lines: list[str], newline: str) -> str:
    template = rng.choice(FRAGMENTS)
    line = fill(
        template, rng.choice(NAMES), rng.choice(URLS), rng.choice(ANCHORS), rng.choice(DESCRIPTIONS)
    )
    at = rng.randint(0, len(lines))
    lines.insert(at, line + newline)
    return f"insert line {line!r} at {at + 1}"


def _line_endings(rng: random.Random, text: str, bom: bool) -> tuple[str, bool, str]:
    style = rng.choice(("\r\n", "\r\n", "\n", "\r"))
    if rng.random() < 0.5:
        return LINE_BREAK.sub(style, text), bom, f"all line breaks to {style!r}"
    lines = split_lines(text)
    breaking = [k for k, line in enumerate(lines) if ends_with_break(line)]
    if not breaking:
        return text, bom, "no line break to change"
    at = rng.choice(breaking)
    lines[at] = lines[at].rstrip("\r\n") + style
    return "".join(lines), bom, f"line break of line {at + 1} to {style!r}"


def _toggle_bom(rng: random.Random, text: str, bom: bool) -> tuple[str, bool, str]:
    return text, not bom, "remove the BOM" if bom else "add a BOM"


def _truncate(rng: random.Random, text: str, bom: bool) -> tuple[str, bool, str]:
    """Cut the file at a random byte; a cut inside a character drops the partial bytes."""
    raw = Source(FILE_NAME, text, bom=bom).encode()
    cut = rng.randint(len(raw) // 2, len(raw)) if raw else 0
    decoded = raw[:cut].decode("utf-8", errors="ignore")
    bom = decoded.startswith(BOM)
    return decoded[1:] if bom else decoded, bom, f"truncate at byte {cut} of {len(raw)}"


def _drop_final_break(rng: random.Random, text: str, bom: bool) -> tuple[str, bool, str]:
    if not ends_with_break(text):
        return text, bom, "no final line break to remove"
    cut = 2 if text.endswith("\r\n") else 1
    return text[:-cut], bom, "remove the final line break"


MUTATIONS: dict[str, Mutation] = {
    "delete-lines": _with_lines(_delete_lines),
    "duplicate-lines": _with_lines(_duplicate_lines),
    "swap-lines": _with_lines(_swap_lines),
    "indent-line": _with_lines(_indent_line),
    "dedent-line": _with_lines(_dedent_line),
    "heading-level": _with_lines(_heading_level),
    "insert-fragment": _with_lines(_insert_fragment),
    "pipe": _insert_one_of(("|", " | ", "||"), "insert"),
    "bracket": _insert_one_of(("[", "]", "(", ")", "](", "[]", "![", "]:"), "insert"),
    "backtick": _insert_one_of(("`", "``", "```", "```\n"), "insert"),
    "comment": _insert_one_of(("<!--", "-->", "<!-- x -->", "<!--\n"), "insert"),
    "tab": _insert("\t", "insert a tab"),
    "escape": _insert_one_of(("\\", "&#46;", "&amp;", "<b>", "</b>"), "insert"),
    "cr": _insert_one_of(("\r", "\r\n", "\n"), "insert"),
    "line-endings": _line_endings,
    "bom": _toggle_bom,
    "zero-width": _insert_one_of(ZERO_WIDTH, "insert"),
    "bidi": _insert_one_of(BIDI, "insert"),
    "truncate": _truncate,
    "final-break": _drop_final_break,
}


def mutate(rng: random.Random, case: Case, count: int) -> Case:
    text, bom = case.text, case.bom
    done = []
    for _ in range(count):
        name = rng.choice(sorted(MUTATIONS))
        text, bom, what = MUTATIONS[name](rng, text, bom)
        done.append(what)
    return make(text, bom, f"{case.origin}; " + "; ".join(done))


# --- generated lists ----------------------------------------------------------------------

SECTION_TITLES = (
    "Tools", "Libraries", "Pruning", "Quantization", "Video Generation", "Web Frameworks",
    "Résumé", "Databases & Storage", "🔥 Hot", "Node.js", "Tutorials", "Books", "A b",
    "Knowledge Distillation", "Other", "`cli`", "Testing", "Tools",
)
ENTRY_TEMPLATES = (
    "- [{n}]({u}) - {d}", "- [{n}]({u}) - {d}", "- [{n}]({u}) – {d}", "- [{n}]({u}): {d}",
    "* [{n}]({u}) - {d}", "- [{n}]({u})", "- [{n}]({u}) - {n} - {d}", "  - [{n}]({u}) - {d}",
    "- [{n}]({u}) ![stars](https://img.shields.io/github/stars/owner/{a}) - {d}",
    "- [{n}]({u}) - {d} (Mar., 2024)", "- [{n}]({u}) - {d} (Mar 2024)",
)
ROW_TEMPLATES = (
    "| [{n}]({u}) | [arXiv](https://arxiv.org/abs/2301.0{k}) | [Code]({u}) | Mar., 2023 |",
    "| [{n}]({u}) | [arXiv](https://arxiv.org/pdf/2302.0{k}.pdf) | - | Apr, 2023 |",
    "| [{n}]({u}) | [arXiv](http://export.arxiv.org/abs/2303.0{k}v2) | - | CVPR,2018 |",
    "| {n} | [![arXiv](https://img.shields.io/badge/arXiv-2304.0{k}-b31b1b.svg)]"
    "(https://arxiv.org/abs/2304.0{k}) | [![Star](https://img.shields.io/github/stars/o/{a}."
    "svg)](https://github.com/o/{a}) | May., 2023 |",
    "| {n} | {d} | - | Mar. 2024",
    "{n} | {d} | - | Mar., 2024 |",
    "| {n} | {d} |",
    "| {n} | {d} | - | 2024-03 | extra |",
)


def generate_list(rng: random.Random) -> Case:
    """A small awesome list: title, badge, a table of contents (often a little wrong) and
    sections of entries or paper tables, with a few stray fragments."""
    pick = rng.choice
    lines: list[str] = []
    if rng.random() < 0.85:
        lines += [pick(("# Awesome {n}", "# {n}", "# awesome-{n}")).replace("{n}", pick(NAMES))]
        if rng.random() < 0.6:
            lines += [pick(FRAGMENTS[2:4])]
        if rng.random() < 0.5:
            lines += ["", "> " + pick(DESCRIPTIONS)]
    sections: list[tuple[int, str]] = []
    numbered = rng.random() < 0.25
    for _ in range(rng.randint(1, 7)):
        level = 3 if sections and rng.random() < 0.3 else 2
        title = pick(SECTION_TITLES)
        if numbered:
            count = sum(1 for depth, _ in sections if depth == 2) + (level == 2)
            title = f"{max(count, 1)}.{'1.' if level == 3 else ''} {title}"
        sections.append((level, title))
    if rng.random() < 0.7:
        from awesome_lint.document.slug import Slugger

        slugger = Slugger()
        items = [
            "  " * (level - 2) + f"- [{title}](#{slugger.slug(title)})" for level, title in sections
        ]
        for _ in range(rng.choice((0, 0, 1, 2))):  # the usual ToC mistakes
            k = rng.randrange(len(items))
            change = rng.randrange(5)
            if change == 0:
                del items[k]
            elif change == 1:
                items.insert(rng.randrange(len(items) + 1), items[k])
            elif change == 2 and len(items) > 1:
                j = rng.randrange(len(items))
                items[k], items[j] = items[j], items[k]
            elif change == 3:
                items[k] = "  " + items[k]
            else:
                items[k] = items[k].replace("](#", "](#x").replace("- [", "- [A ")
            if not items:
                break
        lines += ["", pick(("## Contents", "## Table of Contents", "## 📖 Contents")), ""]
        lines += items
    for level, title in sections:
        lines += ["", "#" * level + " " + title, ""]
        style = rng.random()
        count = rng.randint(0, 4)
        templates: tuple[str, ...] = ENTRY_TEMPLATES
        if style >= 0.55:
            lines += ["| Title | arXiv | Code | Date |", pick(("|---|---|---|---|", "|--|--|--"))]
            templates = ROW_TEMPLATES
        for _ in range(count):
            line = fill(pick(templates), pick(NAMES), pick(URLS), pick(ANCHORS), pick(DESCRIPTIONS))
            lines.append(line.replace("{k}", str(rng.randint(1000, 1010))))
    for _ in range(rng.choice((0, 0, 1, 2, 3))):
        stray = fill(pick(FRAGMENTS), pick(NAMES), pick(URLS), pick(ANCHORS), pick(DESCRIPTIONS))
        lines.insert(rng.randint(0, len(lines)), stray)
    newline = pick(("\n", "\n", "\r\n", "\r"))
    text = newline.join(lines) + (newline if rng.random() < 0.8 else "")
    return make(text, rng.random() < 0.15, "generated list")


# --- cases from real lists --------------------------------------------------------------

@dataclass(frozen=True)
class RealList:
    name: str
    text: str
    bom: bool
    lines: tuple[str, ...]


def list_paths(which: str) -> list[Path]:
    corpus = sorted(CORPUS.glob("*.md")) if CORPUS.is_dir() else []
    wide = sorted(p for p in WIDE.glob("*.md") if p.name != "README.md") if WIDE.is_dir() else []
    seed = [SEED] if SEED.is_file() else []
    return {"corpus": corpus, "wide": wide, "all": seed + corpus + wide}[which]


def load_list(path: Path) -> RealList:
    source = Source.from_bytes(path.name, path.read_bytes())
    return RealList(path.name, source.text, source.bom, tuple(split_lines(source.text)))


def make_case(
    rng: random.Random,
    lists: Sequence[RealList],
    *,
    min_lines: int = 20,
    max_lines: int = 200,
    mutations: tuple[int, int] = (1, 4),
    whole: float = 0.0,
    whole_max_chars: int = 60_000,
) -> Case:
    """A window of a real list (at its top 30% of the time) with some mutations."""
    real = rng.choice(list(lists))
    count = len(real.lines)
    if rng.random() < whole and len(real.text) <= whole_max_chars:
        start, end = 0, count
    else:
        size = min(count, rng.randint(min_lines, max_lines))
        start = 0 if rng.random() < 0.3 else rng.randint(0, count - size)
        end = start + size
    base = make("".join(real.lines[start:end]), real.bom, f"{real.name} lines {start + 1}-{end}")
    return mutate(rng, base, rng.randint(*mutations))


# --- checking -----------------------------------------------------------------------------

class Hang(BaseException):
    """A lint or fix run took longer than the budget (not an Exception, so that a rule's
    `except Exception` cannot swallow it)."""


class HarnessError(Exception):
    """The fuzzer's copy of the fix loop disagrees with engine.fix."""


@dataclass(frozen=True)
class Failure:
    prop: str
    signature: str  # what is wrong, and the rule at fault: equal signatures, same cause
    detail: str
    during: str  # the property being checked when it happened (shrinking re-runs it)
    rule: str | None = None  # the fixed rule, for properties checked one fix at a time


@dataclass
class _Alarm:
    seconds: float | None
    active: bool = False

    @contextlib.contextmanager
    def __call__(self) -> Iterator[None]:
        if self.seconds is None or self.active:
            yield
            return

        def ring(signum: int, frame: FrameType | None) -> None:
            raise Hang(f"over {self.seconds} s")

        previous = signal.signal(signal.SIGALRM, ring)
        self.active = True
        signal.setitimer(signal.ITIMER_REAL, self.seconds)
        try:
            yield
        finally:
            signal.setitimer(signal.ITIMER_REAL, 0)
            signal.signal(signal.SIGALRM, previous)
            self.active = False


def _where(error: BaseException) -> str:
    frames = traceback.extract_tb(error.__traceback__)
    ours = [f for f in frames if "awesome_lint" in f.filename] or frames
    last = ours[-1] if ours else None
    place = f"{Path(last.filename).name}:{last.name}" if last else "?"
    return f"{type(error).__name__} in {place}"


def _mode(allow: Applicability) -> str:
    return "--fix --unsafe-fixes" if allow == Applicability.UNSAFE else "--fix"


def _line_of(text: str, offset: int) -> int:
    return Source(FILE_NAME, text).line_col(offset)[0]


def _message_key(finding: Finding) -> tuple[str, str]:
    return finding.rule, _LINE_REFERENCE.sub(r"\1 N", finding.message)


def _show(finding: Finding, source: Source) -> str:
    line, column = source.line_col(finding.span.start)
    return f"{line}:{column} {finding.rule} {finding.message}"


class Checker:
    """Runs the properties on cases. `timeout`: seconds per lint or fix run (None: no limit)."""

    def __init__(self, timeout: float | None = None, workdir: Path | None = None) -> None:
        self.rules = make_rules(Config())
        self.alarm = _Alarm(timeout)
        self.workdir = Path(tempfile.mkdtemp(prefix="fuzz-", dir=workdir))
        self._memo: dict[tuple[Any, ...], Any] = {}

    def close(self) -> None:
        shutil.rmtree(self.workdir, ignore_errors=True)

    # memoised calls, each under the time budget
    def lint(self, text: str, bom: bool) -> list[Finding]:
        key = ("lint", text, bom)
        if key not in self._memo:
            with self.alarm():
                self._memo[key] = lint(Source(FILE_NAME, text, bom=bom), self.rules)
        found: list[Finding] = self._memo[key]
        return found

    def fix(self, text: str, bom: bool, allow: Applicability) -> FixResult:
        key = ("fix", text, bom, allow)
        if key not in self._memo:
            with self.alarm():
                self._memo[key] = fix(Source(FILE_NAME, text, bom=bom), self.rules, allow)
        result: FixResult = self._memo[key]
        return result

    def cli(self, case: Case, *args: str) -> tuple[int, str, str, bytes]:
        """Run the command on the case written to a file: exit code, stdout, stderr and the
        file's bytes afterwards."""
        path = self.workdir / FILE_NAME
        path.write_bytes(case.encode())
        out, err = io.StringIO(), io.StringIO()
        with self.alarm(), contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            code = cli.main([*args, str(path)])
        return code, out.getvalue(), err.getvalue(), path.read_bytes()

    def check(
        self,
        case: Case,
        properties: Sequence[str] = PROPERTIES,
        *,
        only_rule: str | None = None,
        max_fixes: int | None = None,
        rng: random.Random | None = None,
    ) -> list[Failure]:
        """Failures of the given properties on a case (hangs and crashes included)."""
        self._memo.clear()
        failures: list[Failure] = []
        for prop in properties:
            try:
                failures += self._one(prop, case, only_rule, max_fixes, rng)
            except Hang as hang:
                failures.append(Failure(HANG, f"{prop}: {hang}", f"while checking {prop}", prop))
                break
            except HarnessError as error:
                failures.append(Failure(HARNESS, str(error), str(error), prop))
            except Exception as error:
                signature = _where(error)
                if all(f.signature != signature for f in failures if f.prop == CRASH):
                    detail = "".join(traceback.format_exception(error)[-4:]).rstrip()
                    failures.append(Failure(CRASH, signature, detail, prop))
        self._memo.clear()
        return failures

    def _one(
        self,
        prop: str,
        case: Case,
        only_rule: str | None,
        max_fixes: int | None,
        rng: random.Random | None,
    ) -> list[Failure]:
        if prop == CRASH:
            return self.crash(case)
        if prop == CONVERGE:
            return self.converge(case)
        if prop == IDEMPOTENT:
            return self.idempotent(case)
        if prop in (LOCALITY, STUCK, NEWLINE_STYLE):
            return [f for f in self.single_fixes(case, only_rule) if f.prop == prop] + (
                self.leftovers(case) if prop == STUCK and only_rule is None else []
            )
        if prop == LAYOUT:
            return self.layout(case)
        if prop == CROSS:
            return self.cross_rule(case, only_rule, max_fixes, rng)
        if prop == REPORT:
            return self.reports(case)
        if prop == DETERMINISTIC:
            return self.deterministic(case)
        raise ValueError(f"unknown property {prop!r}")

    # a
    def crash(self, case: Case) -> list[Failure]:
        self.lint(case.text, case.bom)
        for allow in (Applicability.SAFE, Applicability.UNSAFE):
            result = self.fix(case.text, case.bom, allow)
            self.lint(result.source.text, case.bom)
        return []

    # b
    def converge(self, case: Case) -> list[Failure]:
        failures = []
        for allow in (Applicability.SAFE, Applicability.UNSAFE):
            result = self.fix(case.text, case.bom, allow)
            if not result.converged:
                left = self.lint(result.source.text, case.bom)
                rules = sorted(
                    {f.rule for f in left if f.fix is not None and f.fix.applicability >= allow}
                )
                detail = f"{_mode(allow)} did not settle; still fixing: {', '.join(rules)}"
                failures.append(Failure(CONVERGE, f"{'+'.join(rules)}: no settling", detail,
                                        CONVERGE))
        return failures

    def idempotent(self, case: Case) -> list[Failure]:
        failures = []
        for allow in (Applicability.SAFE, Applicability.UNSAFE):
            once = self.fix(case.text, case.bom, allow)
            twice = self.fix(once.source.text, case.bom, allow)
            if twice.source.text != once.source.text:
                rules = "+".join(sorted(twice.applied))
                detail = (
                    f"{_mode(allow)} run twice: the second run applies {dict(twice.applied)}"
                )
                failures.append(Failure(IDEMPOTENT, f"{rules}: second run changes the text",
                                        detail, IDEMPOTENT))
        return failures

    # c (and the stuck-fix and newline-style extras, which need no lint)
    def single_fixes(self, case: Case, only_rule: str | None) -> list[Failure]:
        text = case.text
        failures: list[Failure] = []
        styles = Counter(m.group() for m in LINE_BREAK.finditer(text))
        common = styles.most_common(1)
        dominant = common[0][0] if common and common[0][1] * 2 > styles.total() else None
        for finding in self.lint(text, case.bom):
            fixing = finding.fix
            if fixing is None or (only_rule is not None and finding.rule != only_rule):
                continue
            rule = finding.rule
            where = f"{rule} at offset {finding.span.start}: {finding.message!r}"

            def fail(
                prop: str, what: str, extra: str = "", rule: str = rule, where: str = where
            ) -> None:
                failures.append(Failure(prop, f"{rule}: {what}", f"{what}: {where}{extra}",
                                        prop, rule))

            edits = fixing.edits
            if not edits:
                fail(STUCK, "fix has no edits")
                continue
            bad = [e for e in edits if not 0 <= e.span.start <= e.span.end <= len(text)]
            if bad:
                fail(LOCALITY, "edit span outside the text or reversed", f" ({bad[0].span})")
                continue
            splitting = [
                e for e in edits for at in e.span
                if 0 < at < len(text) and text[at - 1 : at + 1] == "\r\n"
            ]
            if splitting:
                fail(LOCALITY, "edit boundary splits a CRLF", f" ({splitting[0]})")
            new, done = apply_fixes(text, [fixing])
            if not done:
                fail(STUCK, "fix cannot be applied alone (its edits overlap)")
                continue
            expected = _splice(text, edits)
            if new != expected:
                fail(LOCALITY, "text outside the edits changed")
            elif new == text:
                fail(STUCK, "fix changes nothing")
            if dominant is not None:
                inserted = {m.group() for e in edits for m in LINE_BREAK.finditer(e.text)}
                if inserted - {dominant}:
                    fail(NEWLINE_STYLE,
                         f"inserts {sorted(inserted - {dominant})} in a {dominant!r} file")
        return failures

    def leftovers(self, case: Case) -> list[Failure]:
        failures = []
        for allow in (Applicability.SAFE, Applicability.UNSAFE):
            result = self.fix(case.text, case.bom, allow)
            if not result.converged:
                continue
            left = [
                f for f in result.remaining if f.fix is not None and f.fix.applicability >= allow
            ]
            for rule in sorted({f.rule for f in left}):
                first = next(f for f in left if f.rule == rule)
                detail = f"after {_mode(allow)}: {_show(first, result.source)} is still fixable"
                failures.append(Failure(STUCK, f"{rule}: fixable finding left after the fix run",
                                        detail, STUCK, None))
        return failures

    # d
    def layout(self, case: Case) -> list[Failure]:
        failures = []
        for allow in (Applicability.SAFE, Applicability.UNSAFE):
            failures += self._layout_run(case, allow)
        code, _, _, written = self.cli(case, "--fix", "--unsafe-fixes", "--exit-zero", "-q")
        result = self.fix(case.text, case.bom, Applicability.UNSAFE)
        expected = result.source.encode() if result.converged else case.encode()
        if written != expected:
            got = Source.from_bytes(FILE_NAME, written)
            what = (
                "BOM flag changed" if got.bom != case.bom
                else "file written differs from the fix run"
            )
            failures.append(Failure(LAYOUT, f"cli --fix: {what}", f"exit {code}: {what}", LAYOUT))
        return failures

    def _layout_run(self, case: Case, allow: Applicability) -> list[Failure]:
        failures: list[Failure] = []
        text = case.text
        breaks = list(LINE_BREAK.finditer(text))
        places = [m.start() for m in breaks]  # where each break is now; -1: an edit took it
        styles = [m.group() for m in breaks]
        ended = ends_with_break(text)
        end_written = False
        end_rules: set[str] = set()
        for _ in range(MAX_PASSES):
            findings = self.lint(text, case.bom)
            chosen = [f for f in findings if f.fix is not None and f.fix.applicability >= allow]
            new, done = apply_fixes(text, [f.fix for f in chosen if f.fix is not None])
            if not done or new == text:
                break
            taken = {id(f) for f in done}
            pairs = sorted(
                ((e, f.rule) for f in chosen if f.fix is not None and id(f.fix) in taken
                 for e in f.fix.edits),
                key=lambda pair: (pair[0].span.start, pair[0].span.end),
            )
            for edit, rule in pairs:
                if edit.span.end == len(text):
                    end_rules.add(rule)
                    end_written |= bool(edit.text)
            now = {m.start(): m.group() for m in LINE_BREAK.finditer(new)}
            for k, (position, style) in enumerate(zip(places, styles, strict=True)):
                if position < 0:
                    continue
                end = position + len(style)
                places[k] = -1
                if any(_touches(e.span, position, end) for e, _ in pairs):
                    continue
                moved = position + sum(
                    len(e.text) - (e.span.end - e.span.start) for e, _ in pairs
                    if e.span.end <= position
                )
                if now.get(moved) == style:
                    places[k] = moved
                    continue
                rule = min(pairs, key=lambda p: _distance(p[0].span, position, end))[1]
                line = _line_of(text, position)
                failures.append(Failure(
                    LAYOUT, f"{rule}: changes a line break beside its edit",
                    f"{_mode(allow)}: the {style!r} ending line {line} became "
                    f"{new[max(0, moved - 1) : moved + 2]!r}", LAYOUT, rule,
                ))
            text = new
        engine = self.fix(case.text, case.bom, allow)
        if text != engine.source.text:
            raise HarnessError(f"{_mode(allow)}: the fuzzer's fix loop differs from engine.fix")
        if engine.source.bom != case.bom:
            failures.append(Failure(LAYOUT, "fix run changes the BOM flag", _mode(allow), LAYOUT))
        if ends_with_break(text) != ended and not end_written:
            rules = "+".join(sorted(end_rules)) or "?"
            what = "removes the final line break" if ended else "adds a final line break"
            failures.append(Failure(LAYOUT, f"{rules}: {what}", f"{_mode(allow)} {what}",
                                    LAYOUT, rules))
        return failures

    # e
    def cross_rule(
        self,
        case: Case,
        only_rule: str | None,
        max_fixes: int | None,
        rng: random.Random | None,
    ) -> list[Failure]:
        text = case.text
        before = self.lint(text, case.bom)
        fixable = [
            f for f in before
            if f.fix is not None and (only_rule is None or f.rule == only_rule)
        ]
        if max_fixes is not None and len(fixable) > max_fixes:
            picker = rng or random.Random(0)
            keep = sorted(picker.sample(range(len(fixable)), max_fixes))
            fixable = [fixable[k] for k in keep]
        failures: list[Failure] = []
        seen: set[str] = set()
        for finding in fixable:
            assert finding.fix is not None
            new, done = apply_fixes(text, [finding.fix])
            if not done or new == text:
                continue
            after = self.lint(new, case.bom)
            source = Source(FILE_NAME, new)
            edited = _edited_lines(source, finding.fix.edits)
            others = Counter(_message_key(f) for f in before if f.rule != finding.rule)
            places = {(f.rule, _moved(f.span.start, finding.fix.edits)) for f in before}
            outside = [
                f for f in after
                if f.rule != finding.rule and (finding.rule, f.rule) not in KNOWN
                and not _meets(source, f.span, edited) and (f.rule, f.span.start) not in places
            ]
            added = Counter(_message_key(f) for f in outside) - others
            for rule in sorted({rule for rule, _ in added}):
                signature = f"{finding.rule} -> {rule}: new finding outside the fix's lines"
                if signature in seen:
                    continue
                seen.add(signature)
                new_ones = [f for f in outside if f.rule == rule and _message_key(f) in added]
                detail = (
                    f"fixing {finding.rule} ({finding.fix.description!r} at line "
                    f"{_line_of(text, finding.span.start)}) adds: "
                    + "; ".join(_show(f, source) for f in new_ones[:3])
                )
                failures.append(Failure(CROSS, signature, detail, CROSS, finding.rule))
        return failures

    # f
    def reports(self, case: Case) -> list[Failure]:
        failures = []
        findings = self.lint(case.text, case.bom)

        def fail(what: str, detail: str = "") -> None:
            failures.append(Failure(REPORT, what, detail or what, REPORT))

        for name in ("json", "sarif"):
            code, out, err, _ = self.cli(case, "--format", name, "--exit-zero")
            if code != 0:
                fail(f"{name}: exit code {code}", err[-300:])
                continue
            try:
                data = json.loads(out)
            except ValueError as error:
                fail(f"{name}: not JSON", f"{error}: {out[:200]!r}")
                continue
            if name == "json":
                problems = _json_problems(data, len(findings))
            else:
                problems = _sarif_problems(data, len(findings))
            for problem in problems:
                fail(f"{name}: {problem}")
        return failures


    # extra
    def deterministic(self, case: Case) -> list[Failure]:
        first = self.lint(case.text, case.bom)
        for sizes in ((37, 211, 5, 1009), (3, 500), (1, 2, 3, 4, 5, 6, 7, 8, 9)):
            ballast = [[object() for _ in range(n)] for n in sizes]  # new objects land elsewhere
            with self.alarm():
                again = lint(Source(FILE_NAME, case.text, bom=case.bom), make_rules(Config()))
            del ballast
            if again != first:
                rules = sorted({f.rule for f in set(first) ^ set(again)})
                detail = "two lints of the same text differ: " + "; ".join(
                    f"{'first' if f in first else 'again'} only: {f.rule} at "
                    f"{f.span.start}: {f.message}"
                    for f in [*first, *again] if (f in first) != (f in again)
                )[:600]
                return [Failure(DETERMINISTIC, f"{'+'.join(rules)}: findings vary between runs",
                                detail, DETERMINISTIC)]
        return []


def _splice(text: str, edits: Sequence[Edit]) -> str:
    pieces, position = [], 0
    for edit in sorted(edits, key=lambda e: (e.span.start, e.span.end)):
        pieces += [text[position : edit.span.start], edit.text]
        position = edit.span.end
    return "".join([*pieces, text[position:]])


def _touches(span: Span, start: int, end: int) -> bool:
    """An edit owns a line break [start, end) when it covers a character of it or inserts
    inside it (between CR and LF)."""
    if span.start == span.end:
        return start < span.start < end
    return span.start < end and start < span.end


def _distance(span: Span, start: int, end: int) -> int:
    return max(0, span.start - end, start - span.end)


def _moved(offset: int, edits: Sequence[Edit]) -> int | None:
    """Where an offset of the text is after the edits (None: inside an edit)."""
    shift = 0
    for edit in edits:
        if edit.span.end <= offset:
            shift += len(edit.text) - (edit.span.end - edit.span.start)
        elif edit.span.start < offset:
            return None
    return offset + shift


def _edited_lines(source: Source, edits: Sequence[Edit]) -> list[tuple[int, int]]:
    """Line ranges (1-based, inclusive) of each edit's text in the fixed text."""
    ranges, shift = [], 0
    for edit in sorted(edits, key=lambda e: (e.span.start, e.span.end)):
        start = edit.span.start + shift
        end = start + len(edit.text)
        ranges.append((source.line_col(start)[0], source.line_col(end)[0]))
        shift += len(edit.text) - (edit.span.end - edit.span.start)
    return ranges


def _meets(source: Source, span: Span, ranges: Sequence[tuple[int, int]]) -> bool:
    first, last = source.line_col(span.start)[0], source.line_col(span.end)[0]
    return any(first <= b and a <= last for a, b in ranges)


_JSON_KEYS = {"path", "line", "column", "end_line", "end_column", "rule", "severity", "message",
              "fix"}


def _positive(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and value >= 1


def _json_problems(data: object, expected: int) -> list[str]:
    if not isinstance(data, list):
        return ["top level is not an array"]
    problems = []
    if len(data) != expected:
        problems.append(f"{len(data)} items for {expected} findings")
    for item in data:
        if not isinstance(item, dict) or set(item) != _JSON_KEYS:
            problems.append("item without the documented keys")
            continue
        rule = item["rule"]
        if not all(_positive(item[k]) for k in ("line", "column", "end_line", "end_column")):
            problems.append(f"position below 1 ({rule})")
        elif (item["end_line"], item["end_column"]) < (item["line"], item["column"]):
            problems.append(f"end before start ({rule})")
        for edit in (item["fix"] or {}).get("edits", []):
            ends = (edit["start"]["line"], edit["start"]["column"], edit["end"]["line"],
                    edit["end"]["column"])
            if not all(_positive(v) for v in ends):
                problems.append(f"fix edit position below 1 ({rule})")
    return sorted(set(problems))


def _sarif_problems(data: object, expected: int) -> list[str]:
    if not isinstance(data, dict) or data.get("version") != "2.1.0":
        return ["version is not 2.1.0"]
    runs = data.get("runs")
    if not isinstance(runs, list) or len(runs) != 1 or not isinstance(runs[0], dict):
        return ["not exactly one run"]
    results = runs[0].get("results")
    if not isinstance(results, list):
        return ["no results array"]
    problems = []
    if len(results) != expected:
        problems.append(f"{len(results)} results for {expected} findings")
    for result in results:
        try:
            region = result["locations"][0]["physicalLocation"]["region"]
        except (KeyError, IndexError, TypeError):
            problems.append("result without a region")
            continue
        rule = result.get("ruleId")
        if not _positive(region.get("startLine")):
            problems.append(f"startLine below 1 ({rule})")
        if not all(_positive(region.get(k, 1)) for k in ("startColumn", "endLine", "endColumn")):
            problems.append(f"region position below 1 ({rule})")
    return sorted(set(problems))


# --- shrinking ----------------------------------------------------------------------------

def shrink(
    checker: Checker, case: Case, failure: Failure, seconds: float
) -> tuple[Case, int]:
    """A smaller case on which the same property fails with the same signature: delete
    chunks of lines, then of characters (ddmin), within `seconds`. Returns it and the number
    of checks run."""
    deadline = time.monotonic() + seconds
    calls = 0

    def fails(text: str, bom: bool) -> bool:
        nonlocal calls
        calls += 1
        candidate = make(text, bom)
        try:
            found = checker.check(candidate, [failure.during], only_rule=failure.rule)
        except Hang:
            return failure.prop == HANG
        return any(f.prop == failure.prop and f.signature == failure.signature for f in found)

    def ddmin(parts: list[str], bom: bool) -> list[str]:
        chunks = 2
        while len(parts) >= 1 and time.monotonic() < deadline:
            size = max(1, -(-len(parts) // chunks))
            for start in range(0, len(parts), size):
                if time.monotonic() >= deadline:
                    return parts
                candidate = parts[:start] + parts[start + size :]
                if fails("".join(candidate), bom):
                    parts = candidate
                    chunks = max(chunks - 1, 2)
                    break
            else:
                if size == 1:
                    return parts
                chunks = min(len(parts), chunks * 2)
        return parts

    text, bom = case.text, case.bom
    if bom and fails(text, False):
        bom = False
    text = "".join(ddmin(split_lines(text), bom))
    text = "".join(ddmin(list(text), bom))
    return make(text, bom, f"shrunk from {case.origin}"), calls


# --- the run ------------------------------------------------------------------------------

@dataclass
class Options:
    seed: int
    lists: list[RealList]
    timeout: float
    max_fixes: int
    shrink_seconds: float
    generated: float


@dataclass
class CaseResult:
    index: int
    origin: str
    failures: list[Failure]
    seconds: float
    case: Case | None = None  # only when something failed


def case_for(options: Options, index: int) -> tuple[Case, random.Random]:
    rng = random.Random(f"{options.seed}:{index}")
    if rng.random() < options.generated:
        return mutate(rng, generate_list(rng), rng.randint(0, 3)), rng
    return make_case(rng, options.lists, whole=0.05), rng


def run_case(checker: Checker, options: Options, index: int) -> CaseResult:
    start = time.monotonic()
    case, rng = case_for(options, index)
    failures = checker.check(case, max_fixes=options.max_fixes, rng=rng)
    seconds = time.monotonic() - start
    return CaseResult(index, case.origin, failures, seconds, case if failures else None)


def run_shrink(
    checker: Checker, options: Options, index: int, failure: Failure
) -> tuple[Case, int, float]:
    case, _ = case_for(options, index)
    start = time.monotonic()
    small, calls = shrink(checker, case, failure, options.shrink_seconds)
    return small, calls, time.monotonic() - start


def _worker(conn: multiprocessing.connection.Connection, options: Options, base: str) -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    checker = Checker(options.timeout, Path(base))
    try:
        while True:
            task = conn.recv()
            if task is None:
                break
            if task[0] == "case":
                conn.send(run_case(checker, options, task[1]))
            else:
                conn.send(run_shrink(checker, options, task[1], task[2]))
    finally:
        checker.close()


Task = tuple[Any, ...]


def run_pool(
    tasks: Sequence[Task],
    options: Options,
    jobs: int,
    backstop: float,
    on_hang: Callable[[Task], Any],
    progress: Callable[[int], None] | None = None,
) -> list[Any]:
    """Run tasks in `jobs` forked workers; a task over `backstop` seconds is killed and
    answered by on_hang(task). Results in task order."""
    context = multiprocessing.get_context("fork")
    base = tempfile.mkdtemp(prefix="awesome-lint-fuzz-")
    results: list[Any] = [None] * len(tasks)
    pending = list(range(len(tasks)))[::-1]
    workers: dict[int, tuple[Any, Any, int | None, float]] = {}  # slot: process, conn, task, t
    done = 0

    def spawn(slot: int) -> None:
        parent, child = context.Pipe()
        process = context.Process(target=_worker, args=(child, options, base), daemon=True)
        process.start()
        child.close()
        workers[slot] = (process, parent, None, 0.0)

    try:
        for slot in range(max(1, jobs)):
            spawn(slot)
        while done < len(tasks):
            for slot, (process, conn, task, _) in list(workers.items()):
                if task is None and pending:
                    index = pending.pop()
                    conn.send(tasks[index])
                    workers[slot] = (process, conn, index, time.monotonic())
            busy = [conn for _, conn, task, _ in workers.values() if task is not None]
            ready = multiprocessing.connection.wait(busy, timeout=1.0)
            for slot, (process, conn, task, started) in list(workers.items()):
                if task is None:
                    continue
                if conn in ready:
                    try:
                        results[task] = conn.recv()
                    except (EOFError, OSError):  # the worker died (outside Python, or memory)
                        results[task] = on_hang(tasks[task])
                        process.join()
                        spawn(slot)
                    else:
                        workers[slot] = (process, conn, None, 0.0)
                elif time.monotonic() - started > backstop:
                    process.kill()
                    process.join()
                    results[task] = on_hang(tasks[task])
                    spawn(slot)
                else:
                    continue
                done += 1
                if progress:
                    progress(done)
    finally:
        for process, conn, _, _ in workers.values():
            with contextlib.suppress(OSError):
                conn.send(None)
            process.join(timeout=5)
            if process.is_alive():
                process.kill()
        shutil.rmtree(base, ignore_errors=True)
    return results


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--cases", type=int, default=500)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--lists", choices=("corpus", "wide", "all"), default="all")
    parser.add_argument("--timeout", type=float, default=10.0, help="seconds per lint or fix")
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--max-fixes", type=int, default=6,
                        help="fixes per case checked alone for cross-rule (lints each)")
    parser.add_argument("--shrink-seconds", type=float, default=60.0, help="per failure cause")
    parser.add_argument("--max-shrinks", type=int, default=60, help="failure causes to shrink")
    parser.add_argument("--repro-dir", type=Path, help="also write each reproduction here")
    parser.add_argument("--generated", type=float, default=0.2,
                        help="share of cases that are generated lists instead of real ones")
    args = parser.parse_args(argv)

    paths = list_paths(args.lists)
    if not paths:
        print(f"no lists: {SHARED} is not next to this clone", file=sys.stderr)
        return 2
    make_rules(Config())  # import every rule now: the forked workers share this one snapshot
    options = Options(args.seed, [load_list(p) for p in paths], args.timeout, args.max_fixes,
                      args.shrink_seconds, args.generated)
    print(f"fuzz: seed {args.seed}, {args.cases} cases from {len(paths)} lists ({args.lists}), "
          f"timeout {args.timeout:g} s, {args.jobs} jobs", flush=True)
    started = time.monotonic()

    def hung(task: Task) -> CaseResult:
        failure = Failure(HANG, "case killed after the backstop", "no answer from the worker",
                          CRASH)
        case, _ = case_for(options, task[1])
        return CaseResult(task[1], case.origin, [failure], float("nan"), case)

    def progress(done: int) -> None:
        if done % 100 == 0 or done == args.cases:
            print(f"  {done}/{args.cases} cases, {time.monotonic() - started:.0f} s", flush=True)

    results: list[CaseResult] = run_pool(
        [("case", i) for i in range(args.cases)], options, args.jobs,
        backstop=max(120.0, 30 * args.timeout), on_hang=hung, progress=progress,
    )
    elapsed = time.monotonic() - started
    slowest = max(results, key=lambda r: r.seconds if r.seconds == r.seconds else float("inf"))
    print(f"ran {len(results)} cases in {elapsed:.0f} s "
          f"(slowest: case {slowest.index}, {slowest.seconds:.1f} s)\n")

    failed_cases: dict[str, set[int]] = {prop: set() for prop in ALL_PROPERTIES}
    groups: dict[tuple[str, str], list[tuple[CaseResult, Failure]]] = {}
    for result in results:
        for failure in result.failures:
            failed_cases[failure.prop].add(result.index)
            groups.setdefault((failure.prop, failure.signature), []).append((result, failure))
    print(f"{'property':16} failed cases (of {len(results)})")
    for prop in ALL_PROPERTIES:
        if prop in (HARNESS,) and not failed_cases[prop]:
            continue
        print(f"{prop:16} {len(failed_cases[prop])}")
    if not groups:
        print("\nno failures")
        return 0

    order = sorted(groups, key=lambda k: (ALL_PROPERTIES.index(k[0]), -len(groups[k]), k[1]))
    representatives = {}
    for key in order:
        members = groups[key]
        result, failure = min(
            members, key=lambda m: (len(m[0].case.text) if m[0].case else 0, m[0].index)
        )
        representatives[key] = (result, failure)
    to_shrink = [k for k in order if k[0] != HANG][: args.max_shrinks]
    print(f"\n{len(order)} distinct failures; shrinking {len(to_shrink)} "
          f"(at most {args.shrink_seconds:g} s each)...", flush=True)
    shrunk: list[tuple[Case, int, float] | None] = run_pool(
        [("shrink", representatives[k][0].index, representatives[k][1]) for k in to_shrink],
        options, args.jobs, backstop=args.shrink_seconds + 3 * args.timeout + 60,
        on_hang=lambda task: None,
    )
    small = dict(zip(to_shrink, shrunk, strict=True))

    if args.repro_dir:
        args.repro_dir.mkdir(parents=True, exist_ok=True)
    for number, key in enumerate(order, 1):
        prop, signature = key
        result, failure = representatives[key]
        cases = sorted({r.index for r, _ in groups[key]})
        print(f"\n[{number}] {prop}: {signature}")
        print(f"    {len(cases)} case(s): {', '.join(map(str, cases[:12]))}"
              + (" …" if len(cases) > 12 else ""))
        print(f"    first shrunk from case {result.index}: {result.origin}")
        print("    " + failure.detail.replace("\n", "\n    "))
        reduced = small.get(key)
        if reduced is None:
            if result.case is not None:
                print(f"    not shrunk; {len(result.case.text)} characters")
            continue
        case, calls, seconds = reduced
        original = len(result.case.text) if result.case else 0
        print(f"    minimal reproduction ({original} -> {len(case.text)} characters, "
              f"{calls} checks, {seconds:.1f} s):")
        print(f"    ({prop!r}, {case.literal()})")
        if args.repro_dir:
            name = re.sub(r"[^a-z0-9]+", "-", f"{number:02d} {prop} {signature}".lower())[:80]
            (args.repro_dir / f"{name}.md").write_bytes(case.encode())
    print(f"\n{sum(len(v) for v in failed_cases.values())} property failures in "
          f"{len(set().union(*failed_cases.values()))} of {len(results)} cases")
    return 1


if __name__ == "__main__":
    raise SystemExit(main())
