"""The `awesome-lint` command."""

from __future__ import annotations

import contextlib
import difflib
import io
import os
import signal
import sys
import threading
from collections import Counter
from collections.abc import Iterator, Sequence
from pathlib import Path
from types import FrameType
from typing import NamedTuple, TextIO

import click

from awesome_lint import __version__
from awesome_lint.config import Config, find_config, load_config
from awesome_lint.engine import MAX_PASSES, fix, is_error, lint, make_rules
from awesome_lint.files import (
    DEFAULT_MAX_FILE_SIZE,
    STDIN,
    default_readme,
    parse_size,
    read_source,
    write_back,
)
from awesome_lint.fixes import Applicability
from awesome_lint.pages import rule_page
from awesome_lint.registry import PRESETS, Rule, RuleError, all_rules, fix_label
from awesome_lint.reporters import FORMATS, Reporter, escape_controls, make_reporter
from awesome_lint.source import InputError, Source
from awesome_lint.targets import expand

EXIT_CLEAN, EXIT_FINDINGS, EXIT_USAGE = 0, 1, 2
# Raise SystemExit on these, so that `finally` blocks remove temporary files.
_EXIT_SIGNALS = [getattr(signal, name) for name in ("SIGTERM", "SIGHUP") if hasattr(signal, name)]


def _rule_names(value: str | None) -> list[str]:
    return [name.strip() for name in (value or "").split(",") if name.strip()]


def _size(_context: click.Context, _parameter: click.Parameter, value: str | None) -> int | None:
    try:
        return None if value is None else parse_size(value)
    except ValueError as error:
        raise click.BadParameter(str(error)) from None


@click.command(context_settings={"help_option_names": ["-h", "--help"]})
@click.argument("paths", nargs=-1, type=click.Path(dir_okay=True, allow_dash=True))
@click.option("--fix", "do_fix", is_flag=True, help="Apply safe fixes to the files.")
@click.option(
    "--unsafe-fixes", is_flag=True,
    help="Offer unsafe fixes too: --fix and --diff apply them, the report counts them.",
)
@click.option(
    "--diff", is_flag=True,
    help="Print only what --fix would change, write nothing; exit 1 if there is a change.",
)
@click.option(
    "--preset",
    type=click.Choice(PRESETS),
    help="Start from this set of rules (default: the config's, else recommended).",
)
@click.option("--select", metavar="RULE[,RULE]", help="Run only these rules.")
@click.option("--extend-select", metavar="RULE[,RULE]", help="Run these rules too.")
@click.option("--ignore", metavar="RULE[,RULE]", help="Do not run these rules.")
@click.option("--config", "config_path", type=click.Path(dir_okay=False), help="Config file.")
@click.option("--format", "output_format", type=click.Choice(sorted(FORMATS)), default="text")
@click.option(
    "--all-files", is_flag=True,
    help="In folders given as paths, lint every Markdown file, not only the READMEs.",
)
@click.option("--list-rules", is_flag=True, help="List the rules and exit.")
@click.option("--explain", metavar="RULE", help="Print a rule's documentation and exit.")
@click.option("-q", "--quiet", is_flag=True, help="Print findings only, no summary.")
@click.option(
    "--color", type=click.Choice(["auto", "always", "never"]), default="auto",
    help="Colour the text output (auto: on a terminal, unless NO_COLOR; FORCE_COLOR forces).",
)
@click.option("--exit-zero", is_flag=True, help="Exit 0 even when errors remain.")
@click.option(
    "--exit-non-zero-on-fix", is_flag=True,
    help="Exit 1 when --fix changed a file, even if nothing is left (for hooks and CI).",
)
@click.option("--statistics", is_flag=True, help="Print the findings per rule, not each one.")
@click.option("--show-fixes", is_flag=True, help="With --fix: list the fixes applied, per file.")
@click.option(
    "--output-file", "-o", type=click.Path(dir_okay=False, writable=True),
    help="Write the report to this file, not to standard output.",
)
@click.option(
    "--stdin-filename", metavar="PATH",
    help="The path standard input stands for: its config, the files beside it, the report.",
)
@click.option(
    "--max-file-size",
    metavar="SIZE",
    callback=_size,
    help="Refuse larger files: bytes, or e.g. 512KB, 32MB (default 16MB).",
)
@click.version_option(__version__, "--version", prog_name="awesome-lint")
def command(
    paths: tuple[str, ...],
    do_fix: bool,
    unsafe_fixes: bool,
    diff: bool,
    preset: str | None,
    select: str | None,
    extend_select: str | None,
    ignore: str | None,
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
) -> int:
    """Lint awesome lists (Markdown) and fix what can be fixed mechanically.

    PATHS default to the README of the current folder; `-` reads standard input.
    """
    if list_rules:
        _print_rules()
        return EXIT_CLEAN
    if explain is not None:
        click.echo(rule_page(explain), nl=False)
        return EXIT_CLEAN
    if do_fix and diff:
        raise InputError("use either --fix or --diff, not both")
    targets = _targets(paths, all_files, config_path)
    allow = Applicability.UNSAFE if unsafe_fixes else Applicability.SAFE
    fixing = do_fix or diff
    to_stdout = do_fix and STDIN in targets
    with _report_stream(output_file, sys.stderr if to_stdout else sys.stdout) as out:
        if statistics:
            output_format = "statistics-json" if output_format == "json" else "statistics"
        reporter = make_reporter(
            output_format, out, quiet=quiet, color=color, unsafe_fixes=unsafe_fixes
        )
        selection = Selection(
            preset, _rule_names(select), _rule_names(extend_select), _rule_names(ignore)
        )
        run = _Run(reporter, selection, config_path, max_file_size, stdin_filename)
        for target in targets:
            try:
                run.one(target, fixing=fixing, allow=allow, diff=diff)
            except InputError as error:
                run.fail(str(error))
        if diff:  # like ruff: the diff alone, and whether there is something to fix
            return EXIT_USAGE if run.failed else EXIT_FINDINGS if run.changed else EXIT_CLEAN
        if show_fixes and run.applied:
            out.write(_applied_fixes(run.applied))
        reporter.close(run.fixed)
    if run.failed:
        return EXIT_USAGE
    if exit_non_zero_on_fix and run.fixed:
        return EXIT_FINDINGS
    return EXIT_FINDINGS if run.errors and not exit_zero else EXIT_CLEAN


def _targets(paths: tuple[str, ...], all_files: bool, config_path: str | None) -> list[str]:
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
def _report_stream(path: str | None, default: TextIO) -> Iterator[TextIO]:
    if path is None:
        yield default
        return
    try:
        handle = open(path, "w", encoding="utf-8")  # noqa: SIM115 - closed below
    except OSError as error:
        raise InputError(f"{path}: cannot write the report: {error.strerror}") from None
    with handle:
        yield handle


def _applied_fixes(applied: list[tuple[str, Counter[str]]]) -> str:
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


class _Run:
    """State across the files of one command."""

    def __init__(
        self,
        reporter: Reporter,
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

    def one(self, target: str, *, fixing: bool, allow: Applicability, diff: bool) -> None:
        rules, max_size = self.settings_for(target)
        source, stamp = read_source(target, max_size)
        if target == STDIN and self.stdin_filename:
            source = Source(self.stdin_filename, source.text, bom=source.bom)
        if not fixing:
            self.report(source, lint(source, rules))
            return
        result = fix(source, rules, allow)
        if not result.converged:
            message = f"{target}: fixes did not settle after {MAX_PASSES} passes; not written"
            raise InputError(message)
        changed = result.source.text != source.text
        if diff:
            if changed:
                sys.stdout.write(_unified_diff(source, result.source, sys.stdout.isatty()))
                self.changed += 1
            return
        if stamp is None:  # standard input: the fixed text goes to standard output
            sys.stdout.buffer.write(result.source.encode())
            sys.stdout.flush()
        elif changed:
            write_back(target, result.source.encode(), stamp)
        self.fixed += sum(result.applied.values())
        if result.applied:
            self.applied.append((source.path, result.applied))
        self.report(result.source, result.remaining)

    def report(self, source: Source, findings: Sequence[object]) -> None:
        from awesome_lint.fixes import Finding

        checked = [f for f in findings if isinstance(f, Finding)]
        self.errors += sum(1 for f in checked if is_error(f))
        self.reporter.file(source, checked)

    def fail(self, message: str) -> None:
        self.failed = True
        _error(message)


def _error(message: str) -> None:
    click.echo(f"awesome-lint: error: {escape_controls(message)}", err=True)


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


def _print_rules() -> None:
    rules = all_rules()
    width = max(map(len, rules), default=0)
    for name, cls in rules.items():
        label = f"fix: {fix_label(cls)}"
        click.echo(
            f"{name:{width}}  {cls.severity!s:8} {cls.preset:12} {label:31} {cls.summary}"
        )


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point; tests call it directly. Returns the exit code."""
    _tolerate_narrow_encodings()
    try:
        with _signals_exit():
            result = command.main(
                args=list(argv) if argv is not None else None,
                prog_name="awesome-lint",
                standalone_mode=False,
            )
    except click.exceptions.Exit as done:
        return int(done.exit_code)
    except click.UsageError as error:
        _error(error.format_message())
        return EXIT_USAGE
    except (InputError, RuleError) as error:
        _error(str(error))
        return EXIT_USAGE
    except click.Abort:
        return EXIT_USAGE
    except BrokenPipeError:
        return EXIT_CLEAN
    except OSError as error:  # anything the checks above missed: still one line, no traceback
        _error(f"{error.filename}: {error.strerror}" if error.filename else str(error))
        return EXIT_USAGE
    return int(result) if isinstance(result, int) else EXIT_CLEAN


def _tolerate_narrow_encodings() -> None:
    """With an ASCII or Latin-1 terminal (PYTHONIOENCODING, an old locale), show what the
    encoding lacks as `\\u2026`, not a traceback; in JSON that is still the same string."""
    for stream in (sys.stdout, sys.stderr):
        if isinstance(stream, io.TextIOWrapper) and stream.errors == "strict":
            stream.reconfigure(errors="backslashreplace")


@contextlib.contextmanager
def _signals_exit() -> Iterator[None]:
    """Turn SIGTERM and SIGHUP into SystemExit while the command runs, so that `finally`
    blocks run (no temporary file is left). An ignored signal (nohup) stays ignored."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    previous = {}
    for signum in _EXIT_SIGNALS:
        if signal.getsignal(signum) == signal.SIG_DFL:
            previous[signum] = signal.signal(signum, _exit_on_signal)
    try:
        yield
    finally:
        for signum, handler in previous.items():
            signal.signal(signum, handler)


def _exit_on_signal(signum: int, _frame: FrameType | None) -> None:
    raise SystemExit(128 + signum)


def run() -> None:
    """Console-script entry point."""
    raise SystemExit(main())
