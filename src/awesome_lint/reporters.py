"""Output formats: one small class each, registered by name for `--format`."""

from __future__ import annotations

import json
import sys
from collections.abc import Sequence
from typing import IO, Any, ClassVar

from awesome_lint.fixes import Applicability, Finding, Severity
from awesome_lint.source import Source

FORMATS: dict[str, type[Reporter]] = {}


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

    def __init__(self, out: IO[str], *, color: bool = False, quiet: bool = False) -> None:
        self.out = out
        self.color = color
        self.quiet = quiet

    def file(self, source: Source, findings: Sequence[Finding]) -> None:
        raise NotImplementedError

    def close(self, fixed: int = 0) -> None:
        """`fixed`: how many fixes were applied (for the summary)."""


@_register
class TextReporter(Reporter):
    name = "text"

    def __init__(self, out: IO[str], *, color: bool = False, quiet: bool = False) -> None:
        super().__init__(out, color=color, quiet=quiet)
        self.counts = {"findings": 0, "errors": 0, "safe": 0, "unsafe": 0, "files": 0}

    def file(self, source: Source, findings: Sequence[Finding]) -> None:
        self.counts["files"] += 1
        for finding in findings:
            where = position(source, finding)
            marker = ""
            if finding.fix is not None:
                safe = finding.fix.applicability == Applicability.SAFE
                self.counts["safe" if safe else "unsafe"] += 1
                marker = " [*]" if safe else " [unsafe fix]"
            self.counts["findings"] += 1
            self.counts["errors"] += finding.severity == Severity.ERROR
            rule = self.paint(finding.rule, "31" if finding.severity == Severity.ERROR else "33")
            place = f"{source.path}:{where['line']}:{where['column']}"
            self.out.write(f"{place}: {rule} {finding.message}{marker}\n")

    def close(self, fixed: int = 0) -> None:
        c = self.counts
        if not c["files"] or (self.quiet and not c["findings"]):
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

    def __init__(self, out: IO[str], *, color: bool = False, quiet: bool = False) -> None:
        super().__init__(out, color=color, quiet=quiet)
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
        json.dump(self.items, self.out, indent=2, ensure_ascii=False)
        self.out.write("\n")


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
    """GitHub Actions workflow commands: annotations on the pull request."""

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
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _escape_property(text: str) -> str:
    return _escape_data(text).replace(":", "%3A").replace(",", "%2C")


@_register
class SarifReporter(Reporter):
    """SARIF 2.1.0, for code-scanning dashboards."""

    name = "sarif"

    def __init__(self, out: IO[str], *, color: bool = False, quiet: bool = False) -> None:
        super().__init__(out, color=color, quiet=quiet)
        self.results: list[dict[str, Any]] = []

    def file(self, source: Source, findings: Sequence[Finding]) -> None:
        for finding in findings:
            p = position(source, finding)
            self.results.append(
                {
                    "ruleId": finding.rule,
                    "level": "error" if finding.severity == Severity.ERROR else "warning",
                    "message": {"text": finding.message},
                    "locations": [
                        {
                            "physicalLocation": {
                                "artifactLocation": {"uri": source.path},
                                "region": {
                                    "startLine": p["line"],
                                    "startColumn": p["column"],
                                    "endLine": p["end_line"],
                                    "endColumn": p["end_column"],
                                },
                            }
                        }
                    ],
                }
            )

    def close(self, fixed: int = 0) -> None:
        from awesome_lint import __version__
        from awesome_lint.registry import all_rules

        rules = [
            {
                "id": name,
                "shortDescription": {"text": cls.summary},
                "defaultConfiguration": {"level": str(cls.severity)},
            }
            for name, cls in all_rules().items()
        ]
        log = {
            "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
            "version": "2.1.0",
            "runs": [
                {
                    "tool": {
                        "driver": {
                            "name": "awesome-lint",
                            "version": __version__,
                            "rules": rules,
                        }
                    },
                    "results": self.results,
                }
            ],
        }
        json.dump(log, self.out, indent=2, ensure_ascii=False)
        self.out.write("\n")


def make_reporter(name: str, out: IO[str] = sys.stdout, *, quiet: bool = False) -> Reporter:
    color = name == "text" and out.isatty() and not _no_color()
    return FORMATS[name](out, color=color, quiet=quiet)


def _no_color() -> bool:
    import os

    return "NO_COLOR" in os.environ and os.environ["NO_COLOR"] != ""
