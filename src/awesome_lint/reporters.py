"""Output formats: one small class each, registered by name for `--format`.

Paths and messages may carry bytes of the linted file (a message quotes link text and
fragments), so nothing reaches a terminal raw. Text and GitHub output show each control
character — C0 (tab too), DEL, C1 (U+0080–U+009F) and the bidirectional controls U+061C,
U+200E, U+200F, U+202A–U+202E, U+2066–U+2069 — as a Python-style escape: `\x1b` for
ESC, `\u202e` for RIGHT-TO-LEFT OVERRIDE. A byte of a file name that is not UTF-8 shows
as `\xff`. JSON and SARIF keep every value exact: JSON escapes the same characters as
`\u001b`, `\u202e`, and an undecodable file-name byte as its surrogate, `\udcff`.
"""

from __future__ import annotations

import json
import os
import re
import sys
from collections.abc import Sequence
from functools import cache
from typing import IO, Any, ClassVar
from urllib.parse import quote

from awesome_lint.escapes import BIDI, SURROGATES, escape_controls
from awesome_lint.fixes import Applicability, Finding, Severity
from awesome_lint.source import InputError, Source

__all__ = ["FORMATS", "Reporter", "escape_controls", "make_reporter"]
FORMATS: dict[str, type[Reporter]] = {}

# json.dumps(ensure_ascii=False) escapes C0 itself; these it would leave raw.
_JSON_RAW = re.compile(f"[\x7f-\x9f{BIDI}{SURROGATES}]")


def _dump_json(data: object, out: IO[str]) -> None:
    encoding = (getattr(out, "encoding", None) or "utf-8").lower().replace("-", "")
    narrow = not encoding.startswith("utf")  # e.g. PYTHONIOENCODING=ascii: escape all
    text = json.dumps(data, indent=2, ensure_ascii=narrow)
    out.write(_JSON_RAW.sub(lambda m: f"\\u{ord(m[0]):04x}", text) + "\n")


def _register(cls: type[Reporter]) -> type[Reporter]:
    FORMATS[cls.name] = cls
    return cls


def position(source: Source, finding: Finding) -> dict[str, int]:
    line, column = source.line_col(finding.span.start)
    end_line, end_column = source.line_col(finding.span.end)
    return {"line": line, "column": column, "end_line": end_line, "end_column": end_column}


class Reporter:
    """Receives each file's findings, then `close()` once."""

    name: ClassVar[str]

    def __init__(
        self, out: IO[str], *, color: bool = False, quiet: bool = False,
        unsafe_fixes: bool = False,
    ) -> None:
        self.out = out
        self.color = color
        self.quiet = quiet
        self.unsafe_fixes = unsafe_fixes  # unsafe fixes are offered (--unsafe-fixes)

    def file(self, source: Source, findings: Sequence[Finding]) -> None:
        raise NotImplementedError

    def close(self, fixed: int = 0) -> None:
        """`fixed`: how many fixes were applied (for the summary)."""


@_register
class TextReporter(Reporter):
    name = "text"

    def __init__(
        self, out: IO[str], *, color: bool = False, quiet: bool = False,
        unsafe_fixes: bool = False,
    ) -> None:
        super().__init__(out, color=color, quiet=quiet, unsafe_fixes=unsafe_fixes)
        self.counts = {"findings": 0, "errors": 0, "safe": 0, "unsafe": 0, "files": 0}

    def file(self, source: Source, findings: Sequence[Finding]) -> None:
        self.counts["files"] += 1
        for finding in findings:
            where = position(source, finding)
            marker = ""
            if finding.fix is not None:
                safe = finding.fix.applicability == Applicability.SAFE
                self.counts["safe" if safe else "unsafe"] += 1
                marker = " [*]" if safe or self.unsafe_fixes else " [unsafe fix]"
            self.counts["findings"] += 1
            error = finding.severity == Severity.ERROR
            self.counts["errors"] += error
            severity = self.paint(str(finding.severity), "31" if error else "33")
            rule = self.paint(escape_controls(finding.rule), "1")
            place = f"{escape_controls(source.path)}:{where['line']}:{where['column']}"
            message = escape_controls(finding.message)
            self.out.write(f"{place}: {severity} {rule} {message}{marker}\n")

    def close(self, fixed: int = 0) -> None:
        c = self.counts
        if not c["files"] or self.quiet:
            return
        parts = []
        if fixed:
            parts.append(f"Fixed {fixed} finding{'s' * (fixed != 1)}.")
        n = c["findings"]
        warnings = n - c["errors"]
        parts.append(
            f"Found {_count(n, 'finding')} ({_count(c['errors'], 'error')}, "
            f"{_count(warnings, 'warning')}) in {_count(c['files'], 'file')}."
        )
        if self.unsafe_fixes and c["safe"] + c["unsafe"]:
            parts.append(f"{c['safe'] + c['unsafe']} fixable with --fix --unsafe-fixes.")
        else:
            if c["safe"]:
                parts.append(f"{c['safe']} fixable with --fix.")
            if c["unsafe"]:
                parts.append(f"{c['unsafe']} more with --fix --unsafe-fixes.")
        self.out.write(" ".join(parts) + "\n")

    def paint(self, text: str, code: str) -> str:
        return f"\x1b[{code}m{text}\x1b[0m" if self.color else text


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}{'s' * (n != 1)}"


@_register
class JsonReporter(Reporter):
    """One JSON array sorted by path, line, column. Its shape is a public interface."""

    name = "json"

    def __init__(self, out: IO[str], **options: bool) -> None:
        super().__init__(out, **options)
        self.items: list[dict[str, Any]] = []

    def file(self, source: Source, findings: Sequence[Finding]) -> None:
        for finding in findings:
            self.items.append(
                {
                    "path": source.path,
                    **position(source, finding),
                    "rule": finding.rule,
                    "severity": str(finding.severity),
                    "message": finding.message,
                    "fix": _fix_json(source, finding),
                }
            )

    def close(self, fixed: int = 0) -> None:
        self.items.sort(key=lambda i: (i["path"], i["line"], i["column"], i["rule"]))
        _dump_json(self.items, self.out)


def _fix_json(source: Source, finding: Finding) -> dict[str, Any] | None:
    if finding.fix is None:
        return None
    edits = []
    for edit in finding.fix.edits:
        start = source.line_col(edit.span.start)
        end = source.line_col(edit.span.end)
        edits.append(
            {
                "start": {"line": start[0], "column": start[1]},
                "end": {"line": end[0], "column": end[1]},
                "content": edit.text,
            }
        )
    return {
        "applicability": finding.fix.applicability.label,
        "description": finding.fix.description,
        "edits": edits,
    }


@_register
class GithubReporter(Reporter):
    """GitHub Actions workflow commands: annotations on the pull request. Control
    characters are escaped first, as in text output, then GitHub's own escapes apply."""

    name = "github"

    def file(self, source: Source, findings: Sequence[Finding]) -> None:
        for finding in findings:
            p = position(source, finding)
            kind = "error" if finding.severity == Severity.ERROR else "warning"
            props = (
                f"file={_escape_property(source.path)},line={p['line']},col={p['column']},"
                f"endLine={p['end_line']},endColumn={p['end_column']},"
                f"title={_escape_property(finding.rule)}"
            )
            self.out.write(f"::{kind} {props}::{_escape_data(finding.message)}\n")


def _escape_data(text: str) -> str:
    # CR and LF, which GitHub would want as %0D and %0A, are escaped as controls already
    return escape_controls(text).replace("%", "%25")


def _escape_property(text: str) -> str:
    return _escape_data(text).replace(":", "%3A").replace(",", "%2C")


@_register
class SarifReporter(Reporter):
    """SARIF 2.1.0, for code-scanning dashboards (GitHub's among them): each result with
    its rule's index, its fix as artifact changes, paths relative to the current folder
    (%SRCROOT%), and columns in UTF-16 code units, as GitHub counts them."""

    name = "sarif"

    def __init__(self, out: IO[str], **options: bool) -> None:
        super().__init__(out, **options)
        self.results: list[dict[str, Any]] = []
        from awesome_lint.registry import all_rules

        self.rule_index = {name: index for index, name in enumerate(all_rules())}

    def file(self, source: Source, findings: Sequence[Finding]) -> None:
        location = _artifact_location(source.path)
        for finding in findings:
            result: dict[str, Any] = {
                "ruleId": finding.rule,
                "level": "error" if finding.severity == Severity.ERROR else "warning",
                "message": {"text": finding.message},
                "locations": [{"physicalLocation": {
                    "artifactLocation": location,
                    "region": _region(source, finding.span.start, finding.span.end),
                }}],
            }
            if finding.rule in self.rule_index:
                result["ruleIndex"] = self.rule_index[finding.rule]
            if finding.fix is not None:
                result["fixes"] = [_sarif_fix(source, finding, location)]
            self.results.append(result)

    def close(self, fixed: int = 0) -> None:
        from awesome_lint import __version__
        from awesome_lint.registry import all_rules

        rules = [_rule_descriptor(name, cls) for name, cls in all_rules().items()]
        driver: dict[str, Any] = {"name": "awesome-lint", "version": __version__, "rules": rules}
        if _repository():
            driver["informationUri"] = _repository()
        log = {
            "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
            "version": "2.1.0",
            "runs": [{
                "tool": {"driver": driver},
                "originalUriBaseIds": {"%SRCROOT%": {"uri": _folder_uri(os.getcwd())}},
                "columnKind": "utf16CodeUnits",
                "results": self.results,
            }],
        }
        _dump_json(log, self.out)


@cache
def _repository() -> str:
    """The package's Repository URL, read from its metadata when a SARIF log asks."""
    from importlib.metadata import PackageNotFoundError, metadata

    try:
        urls = metadata("awesome-lint").get_all("Project-URL") or []
    except PackageNotFoundError:
        return ""
    return next((url.split(",", 1)[1].strip() for url in urls if url.startswith("Repository")), "")



def _rule_descriptor(name: str, cls: type[Any]) -> dict[str, Any]:
    from awesome_lint.registry import is_builtin

    descriptor: dict[str, Any] = {
        "id": name,
        "shortDescription": {"text": cls.summary},
        "fullDescription": {"text": _what_it_does(name) or cls.summary},
        "defaultConfiguration": {"level": str(cls.severity)},
    }
    if _repository() and is_builtin(cls):
        descriptor["helpUri"] = f"{_repository()}/blob/main/rules/{name}.md"
    return descriptor


def _what_it_does(name: str) -> str:
    """The first paragraph under the page's "What it does", in one line."""
    from awesome_lint.pages import rule_page

    try:
        page = rule_page(name)
    except InputError:
        return ""
    section = page.split("## What it does", 1)[-1].strip().split("\n\n", 1)[0]
    return " ".join(section.split()) if "## " not in section else ""


def _region(source: Source, start: int, end: int) -> dict[str, int]:
    """Lines and columns, the columns in UTF-16 code units (an emoji counts two)."""
    region = {}
    for key, offset in (("start", start), ("end", end)):
        region[f"{key}Line"] = source.line_col(offset)[0]
        region[f"{key}Column"] = source.utf16_column(offset)
    return region


def _sarif_fix(source: Source, finding: Finding, location: dict[str, Any]) -> dict[str, Any]:
    assert finding.fix is not None
    return {
        "description": {"text": finding.fix.description},
        "artifactChanges": [{
            "artifactLocation": location,
            "replacements": [
                {
                    "deletedRegion": _region(source, edit.span.start, edit.span.end),
                    "insertedContent": {"text": edit.text},
                }
                for edit in finding.fix.edits
            ],
        }],
    }


def _artifact_location(path: str) -> dict[str, Any]:
    """Relative to the current folder (%SRCROOT%) when under it, else an absolute URI."""
    absolute = os.path.abspath(path)
    relative = os.path.relpath(absolute, os.getcwd())
    if path != "<stdin>" and not relative.startswith(".."):
        return {"uri": _uri(relative.replace(os.sep, "/")), "uriBaseId": "%SRCROOT%"}
    return {"uri": _uri(path) if path == "<stdin>" else "file://" + _uri(absolute)}


def _folder_uri(folder: str) -> str:
    return "file://" + _uri(folder.rstrip("/") + "/")


def _uri(path: str) -> str:
    """The path as a URI reference: its bytes percent-encoded, slashes kept."""
    return quote(os.fsencode(path), safe="/")


class StatisticsReporter(Reporter):
    """--statistics: how many findings each rule has, and how many of them --fix repairs,
    most frequent first (ruff's table)."""

    name = "statistics"

    def __init__(self, out: IO[str], **options: bool) -> None:
        super().__init__(out, **options)
        self.found: dict[str, list[int]] = {}  # rule -> [findings, fixable]

    def file(self, source: Source, findings: Sequence[Finding]) -> None:
        for finding in findings:
            counts = self.found.setdefault(finding.rule, [0, 0])
            counts[0] += 1
            counts[1] += self.fixable(finding)

    def fixable(self, finding: Finding) -> bool:
        if finding.fix is None:
            return False
        return self.unsafe_fixes or finding.fix.applicability == Applicability.SAFE

    def rows(self) -> list[tuple[str, int, int]]:
        rows = [(rule, found, fixable) for rule, (found, fixable) in self.found.items()]
        return sorted(rows, key=lambda row: (-row[1], row[0]))

    def close(self, fixed: int = 0) -> None:
        rows = self.rows()
        width = max((len(str(found)) for _, found, _ in rows), default=1)
        for rule, found, fixable in rows:
            note = f"  ({fixable} fixable)" if fixable else ""
            self.out.write(f"{found:>{width}}  {escape_controls(rule)}{note}\n")


class StatisticsJsonReporter(StatisticsReporter):
    name = "statistics-json"

    def close(self, fixed: int = 0) -> None:
        _dump_json(
            [{"rule": rule, "count": found, "fixable": fixable}
             for rule, found, fixable in self.rows()],
            self.out,
        )


_STATISTICS: dict[str, type[Reporter]] = {
    cls.name: cls for cls in (StatisticsReporter, StatisticsJsonReporter)
}


def make_reporter(
    name: str, out: IO[str] = sys.stdout, *, quiet: bool = False, color: str = "auto",
    unsafe_fixes: bool = False,
) -> Reporter:
    """`color`: "always", "never", or "auto": on a terminal unless NO_COLOR is set,
    and wherever FORCE_COLOR is (CI logs colour text that is not a terminal)."""
    colored = name == "text" and (
        color == "always" or (color == "auto" and _auto_color(out))
    )
    kind = FORMATS.get(name) or _STATISTICS[name]
    return kind(out, color=colored, quiet=quiet, unsafe_fixes=unsafe_fixes)


def _auto_color(out: IO[str]) -> bool:
    if os.environ.get("NO_COLOR", ""):
        return False
    if os.environ.get("FORCE_COLOR", "") not in ("", "0", "false"):
        return True
    return out.isatty()
