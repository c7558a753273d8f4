"""What the command does once its options are read: the files to lint, the rules for
each, linting, fixing and reporting. Loaded only then (cli.py stays light, so that
`--version` and `--help` start at once)."""

from __future__ import annotations

import contextlib
import difflib
import os
import sys
from collections import Counter
from collections.abc import Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import NamedTuple, TextIO

import click

from awesome_lint.config import Config, find_config, load_config
from awesome_lint.engine import MAX_PASSES, fix, is_error, lint, make_rules
from awesome_lint.escapes import escape_controls
from awesome_lint.files import (
    DEFAULT_MAX_FILE_SIZE,
    STDIN,
    default_readme,
    read_source,
    write_back,
)
from awesome_lint.fixes import Applicability, Finding
from awesome_lint.pages import rule_page
from awesome_lint.registry import Rule, all_rules, fix_label
from awesome_lint.reporters import Reporter, make_reporter
from awesome_lint.source import InputError, Source
from awesome_lint.targets import expand

EXIT_CLEAN, EXIT_FINDINGS, EXIT_USAGE = 0, 1, 2


def execute(
    paths: tuple[str, ...],
    do_fix: bool,
    unsafe_fixes: bool,
    diff: bool,
    preset: str | None,
    select: list[str],
    extend_select: list[str],
    ignore: list[str],
    config_path: str | None,
    output_format: str,
    all_files: bool,
    list_rules: bool,
    explain: str | None,
    quiet: bool,
    color: str,
    exit_zero: bool,
    exit_non_zero_on_fix: bool,
    statistics: bool,
    show_fixes: bool,
    output_file: str | None,
    stdin_filename: str | None,
    max_file_size: int | None,
    jobs: int = 1,
) -> int:
    """The command, its options as click read them (rule lists split). Returns the exit
    code."""
    if list_rules:
        print_rules()
        return EXIT_CLEAN
    if explain is not None:
        click.echo(rule_page(explain), nl=False)
        return EXIT_CLEAN
    if do_fix and diff:
        raise InputError("use either --fix or --diff, not both")
    targets = targets_of(paths, all_files, config_path)
    allow = Applicability.UNSAFE if unsafe_fixes else Applicability.SAFE
    fixing = do_fix or diff
    to_stdout = do_fix and STDIN in targets
    with report_stream(output_file, sys.stderr if to_stdout else sys.stdout) as out:
        if statistics:
            output_format = "statistics-json" if output_format == "json" else "statistics"
        reporter = make_reporter(
            output_format, out, quiet=quiet, color=color, unsafe_fixes=unsafe_fixes
        )
        selection = Selection(preset, select, extend_select, ignore)
        run = Run(reporter, selection, config_path, max_file_size, stdin_filename)
        task = Task(fixing, allow, diff, sys.stdout.isatty())
        for outcome in run.outcomes(targets, task, jobs):
            run.take(outcome)
        if diff:  # like ruff: the diff alone, and whether there is something to fix
            return EXIT_USAGE if run.failed else EXIT_FINDINGS if run.changed else EXIT_CLEAN
        if show_fixes and run.applied:
            out.write(applied_fixes(run.applied))
        reporter.close(run.fixed)
    if run.failed:
        return EXIT_USAGE
    if exit_non_zero_on_fix and run.fixed:
        return EXIT_FINDINGS
    return EXIT_FINDINGS if run.errors and not exit_zero else EXIT_CLEAN


def targets_of(paths: tuple[str, ...], all_files: bool, config_path: str | None) -> list[str]:
    """The files the paths name: folders and glob patterns expanded, the config's
    `exclude` applied to what they find; the current folder's README by default."""
    if not paths:
        return [_shown_path(default_readme(_cwd()))]
    found = Path(config_path) if config_path else find_config(_cwd())
    config = load_config(found) if found else Config()
    base = found.parent if found else _cwd()
    targets = expand(paths, all_files=all_files, exclude=config.exclude, base=base)
    if not targets:
        raise InputError(f"no list files in {', '.join(paths)}")
    return targets


@contextlib.contextmanager
def report_stream(path: str | None, default: TextIO) -> Iterator[TextIO]:
    if path is None:
        yield default
        return
    try:
        handle = open(path, "w", encoding="utf-8")  # noqa: SIM115 - closed below
    except OSError as error:
        raise InputError(f"{path}: cannot write the report: {error.strerror}") from None
    with handle:
        yield handle


def applied_fixes(applied: list[tuple[str, Counter[str]]]) -> str:
    """ruff's --show-fixes: each file, and how many fixes of each rule were applied."""
    lines = ["Fixes applied:"]
    for path, by_rule in applied:
        lines.append(f"  {escape_controls(path)}:")
        lines += [f"    {count} \u00d7 {rule}" for rule, count in sorted(by_rule.items())]
    return "\n".join(lines) + "\n"


class Selection(NamedTuple):
    """The rules asked for on the command line (on top of the config's)."""

    preset: str | None
    select: list[str]
    extend_select: list[str]
    ignore: list[str]


class Task(NamedTuple):
    """What to do with each file."""

    fixing: bool
    allow: Applicability
    diff: bool
    terminal: bool  # the diff goes to a terminal: escape its control characters


@dataclass
class Outcome:
    """One file's result, made where the work ran and reported by the command."""

    kind: str  # "lint", "fix", "diff", or "error"
    source: Source | None = None
    findings: list[Finding] = field(default_factory=list)
    applied: Counter[str] = field(default_factory=Counter)  # fixes applied, by rule
    text: str = ""  # the diff, or the error
    fixed_stdin: bytes | None = None  # standard input, fixed: for standard output


class Run:
    """State across the files of one command."""

    def __init__(
        self,
        reporter: Reporter | None,
        selection: Selection,
        config_path: str | None,
        max_file_size: int | None,
        stdin_filename: str | None = None,
    ) -> None:
        self.reporter = reporter
        self.selection = selection
        self.stdin_filename = stdin_filename
        self.applied: list[tuple[str, Counter[str]]] = []  # fixes applied, per file
        self.config_path = Path(config_path) if config_path else None
        self.errors = 0
        self.fixed = 0
        self.changed = 0  # files that --diff would change
        self.failed = False
        self.max_file_size = max_file_size  # from the command line; None: from the config
        self.by_config: dict[Path | None, tuple[list[Rule], Config]] = {}

    def settings_for(self, target: str) -> tuple[list[Rule], int]:
        """The rules, and the size limit, for a file: from its config."""
        if self.config_path is not None:
            path: Path | None = self.config_path
        elif target == STDIN and self.stdin_filename:
            path = find_config(_folder_of(self.stdin_filename))
        else:
            path = find_config(_folder_of(target))
        if path not in self.by_config:
            config = load_config(path) if path else Config()
            chosen = self.selection
            rules = make_rules(
                config, chosen.select, chosen.ignore,
                preset=chosen.preset, extend_select=chosen.extend_select,
            )
            self.by_config[path] = (rules, config)
        rules, config = self.by_config[path]
        off = config.ignored_for(self.stdin_filename or target if target == STDIN else target)
        if off:
            rules = [rule for rule in rules if rule.name not in off]
        return rules, self.max_file_size or config.max_file_size or DEFAULT_MAX_FILE_SIZE

    def outcomes(self, targets: list[str], task: Task, jobs: int) -> Iterator[Outcome]:
        """Each file's outcome, in the order given: worked out here, or with `jobs`
        processes (0: one per CPU) when there are several files."""
        if jobs == 1 or len(targets) < 2 or STDIN in targets:
            yield from (self.safe_work(target, task) for target in targets)
            return
        settings = (self.selection, self.config_path, self.max_file_size, self.stdin_filename)
        workers = jobs or os.cpu_count() or 1
        with ProcessPoolExecutor(workers, initializer=_start_worker, initargs=settings) as pool:
            yield from pool.map(_work_in_worker, targets, [task] * len(targets))

    def safe_work(self, target: str, task: Task) -> Outcome:
        try:
            return self.work(target, task)
        except InputError as error:
            return Outcome("error", text=str(error))
        except OSError as error:  # what the checks missed: still one line
            where = f"{error.filename}: " if error.filename else ""
            return Outcome("error", text=f"{where}{error.strerror or error}")
        except Exception as error:  # a bug of ours (or a plug-in's): one line, file untouched
            return Outcome(
                "error",
                text=f"{target}: internal error ({type(error).__name__}: {error}); the file "
                "was not changed; please report this with the file",
            )

    def work(self, target: str, task: Task) -> Outcome:
        """Lint or fix one file (writing it back when fixed): what to report on it. In a
        worker process with -j, this is the part that runs there."""
        rules, max_size = self.settings_for(target)
        source, stamp = read_source(target, max_size)
        if target == STDIN and self.stdin_filename:
            source = Source(self.stdin_filename, source.text, bom=source.bom)
        if not task.fixing:
            return Outcome("lint", source, lint(source, rules))
        result = fix(source, rules, task.allow)
        if not result.converged:
            message = f"{target}: fixes did not settle after {MAX_PASSES} passes; not written"
            raise InputError(message)
        changed = result.source.text != source.text
        if task.diff:
            shown = _unified_diff(source, result.source, task.terminal) if changed else ""
            return Outcome("diff", source, text=shown)
        fixed = Outcome("fix", result.source, list(result.remaining), result.applied)
        if stamp is None:  # standard input: the fixed text goes to standard output
            fixed.fixed_stdin = result.source.encode()
        elif changed:
            write_back(target, result.source.encode(), stamp)
        return fixed

    def take(self, outcome: Outcome) -> None:
        """Report one file's outcome, in the order the files were given."""
        if outcome.kind == "error":
            self.fail(outcome.text)
            return
        if outcome.kind == "diff":
            if outcome.text:
                sys.stdout.write(outcome.text)
                self.changed += 1
            return
        assert outcome.source is not None
        if outcome.fixed_stdin is not None:
            sys.stdout.buffer.write(outcome.fixed_stdin)
            sys.stdout.flush()
        if outcome.applied:
            self.fixed += sum(outcome.applied.values())
            self.applied.append((outcome.source.path, outcome.applied))
        self.report(outcome.source, outcome.findings)

    def report(self, source: Source, findings: Sequence[Finding]) -> None:
        assert self.reporter is not None  # a worker process reports nothing itself
        self.errors += sum(1 for f in findings if is_error(f))
        self.reporter.file(source, list(findings))

    def fail(self, message: str) -> None:
        self.failed = True
        error_line(message)


_WORKER: Run | None = None  # in a worker process of -j: its own rules, made once


def _start_worker(
    selection: Selection, config_path: Path | None, max_file_size: int | None,
    stdin_filename: str | None,
) -> None:
    global _WORKER
    _WORKER = Run(None, selection, str(config_path) if config_path else None, max_file_size,
                  stdin_filename)


def _work_in_worker(target: str, task: Task) -> Outcome:
    assert _WORKER is not None
    return _WORKER.safe_work(target, task)


def _cwd() -> Path:
    try:
        return Path.cwd()
    except OSError as error:
        raise InputError(f"cannot use the current folder: {error.strerror}") from None


def _shown_path(path: Path) -> str:
    """The path as the user would write it: relative to the current folder when under it."""
    try:
        return str(path.relative_to(_cwd()))
    except ValueError:
        return str(path)


def _folder_of(target: str) -> Path:
    """Where the config search starts. realpath, unlike Path.resolve, never raises on a
    symlink loop: reading the file reports that."""
    if target == STDIN:
        return _cwd()
    return Path(os.path.realpath(target)).parent


def _unified_diff(before: Source, after: Source, terminal: bool = False) -> str:
    """A diff `patch` and `git apply` accept. On a terminal, control characters of the
    list are escaped (as in text output), so they cannot act on the terminal; piped or
    redirected, the diff is exact."""
    lines = difflib.unified_diff(
        _lines(before),
        _lines(after),
        fromfile=escape_controls(f"a/{before.path}"),
        tofile=escape_controls(f"b/{after.path}"),
    )
    text = "".join(
        line if line.endswith("\n") else line + "\n\\ No newline at end of file\n"
        for line in lines
    )
    return escape_controls(text, keep_layout=True) if terminal else text


def _lines(source: Source) -> list[str]:
    """Lines as `patch` sees them: ended by LF only (a CR stays in its line), BOM included."""
    parts = source.encode().decode("utf-8").split("\n")
    return [part + "\n" for part in parts[:-1]] + ([parts[-1]] if parts[-1] else [])


def print_rules() -> None:
    rules = all_rules()
    width = max(map(len, rules), default=0)
    for name, cls in rules.items():
        label = f"fix: {fix_label(cls)}"
        click.echo(
            f"{name:{width}}  {cls.severity!s:8} {cls.preset:12} {label:31} {cls.summary}"
        )


def error_line(message: str) -> None:
    click.echo(f"awesome-lint: error: {escape_controls(message)}", err=True)
