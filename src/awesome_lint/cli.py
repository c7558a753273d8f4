"""The `awesome-lint` command."""

from __future__ import annotations

import difflib
import sys
from collections.abc import Sequence
from pathlib import Path

import click

from awesome_lint import __version__
from awesome_lint.config import Config, find_config, load_config
from awesome_lint.engine import MAX_PASSES, fix, is_error, lint, make_rules
from awesome_lint.files import STDIN, default_readme, read_source, write_atomically
from awesome_lint.fixes import Applicability
from awesome_lint.pages import rule_page
from awesome_lint.registry import Rule, RuleError, all_rules
from awesome_lint.reporters import FORMATS, Reporter, make_reporter
from awesome_lint.source import InputError, Source

EXIT_CLEAN, EXIT_FINDINGS, EXIT_USAGE = 0, 1, 2


def _rule_names(value: str | None) -> list[str]:
    return [name.strip() for name in (value or "").split(",") if name.strip()]


@click.command(context_settings={"help_option_names": ["-h", "--help"]})
@click.argument("paths", nargs=-1, type=click.Path(dir_okay=True, allow_dash=True))
@click.option("--fix", "do_fix", is_flag=True, help="Apply safe fixes to the files.")
@click.option("--unsafe-fixes", is_flag=True, help="With --fix or --diff: unsafe fixes too.")
@click.option("--diff", is_flag=True, help="Print what --fix would change; write nothing.")
@click.option("--select", metavar="RULE[,RULE]", help="Run only these rules.")
@click.option("--ignore", metavar="RULE[,RULE]", help="Do not run these rules.")
@click.option("--config", "config_path", type=click.Path(dir_okay=False), help="Config file.")
@click.option("--format", "output_format", type=click.Choice(sorted(FORMATS)), default="text")
@click.option("--list-rules", is_flag=True, help="List the rules and exit.")
@click.option("--explain", metavar="RULE", help="Print a rule's documentation and exit.")
@click.option("-q", "--quiet", is_flag=True, help="Print findings only, no summary when clean.")
@click.option("--exit-zero", is_flag=True, help="Exit 0 even when errors remain.")
@click.version_option(__version__, "--version", prog_name="awesome-lint")
def command(
    paths: tuple[str, ...],
    do_fix: bool,
    unsafe_fixes: bool,
    diff: bool,
    select: str | None,
    ignore: str | None,
    config_path: str | None,
    output_format: str,
    list_rules: bool,
    explain: str | None,
    quiet: bool,
    exit_zero: bool,
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
    if unsafe_fixes and not (do_fix or diff):
        raise InputError("--unsafe-fixes needs --fix or --diff")
    if do_fix and diff:
        raise InputError("use either --fix or --diff, not both")
    targets = list(paths) or [str(default_readme(Path.cwd()))]
    allow = Applicability.UNSAFE if unsafe_fixes else Applicability.SAFE
    fixing = do_fix or diff
    to_stdout = do_fix and STDIN in targets
    reporter = make_reporter(output_format, sys.stderr if to_stdout else sys.stdout, quiet=quiet)
    run = _Run(reporter, _rule_names(select), _rule_names(ignore), config_path)
    for target in targets:
        try:
            run.one(target, fixing=fixing, allow=allow, diff=diff)
        except InputError as error:
            run.fail(str(error))
    reporter.close(run.fixed)
    if run.failed:
        return EXIT_USAGE
    return EXIT_FINDINGS if run.errors and not exit_zero else EXIT_CLEAN


class _Run:
    """State across the files of one command."""

    def __init__(
        self, reporter: Reporter, select: list[str], ignore: list[str], config_path: str | None
    ) -> None:
        self.reporter = reporter
        self.select = select
        self.ignore = ignore
        self.config_path = Path(config_path) if config_path else None
        self.errors = 0
        self.fixed = 0
        self.failed = False
        self.rules_by_config: dict[Path | None, list[Rule]] = {}

    def rules_for(self, target: str) -> list[Rule]:
        if self.config_path is not None:
            path: Path | None = self.config_path
        else:
            folder = Path.cwd() if target == STDIN else Path(target).resolve().parent
            path = find_config(folder)
        if path not in self.rules_by_config:
            config = load_config(path) if path else Config()
            self.rules_by_config[path] = make_rules(config, self.select, self.ignore)
        return self.rules_by_config[path]

    def one(self, target: str, *, fixing: bool, allow: Applicability, diff: bool) -> None:
        rules = self.rules_for(target)
        source = read_source(target)
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
                sys.stdout.write(_unified_diff(source, result.source))
            self.report(source, lint(source, rules))
            return
        if target == STDIN:
            sys.stdout.buffer.write(result.source.encode())
            sys.stdout.flush()
        elif changed:
            write_atomically(target, result.source.encode())
        self.fixed += sum(result.applied.values())
        self.report(result.source, result.remaining)

    def report(self, source: Source, findings: Sequence[object]) -> None:
        from awesome_lint.fixes import Finding

        checked = [f for f in findings if isinstance(f, Finding)]
        self.errors += sum(1 for f in checked if is_error(f))
        self.reporter.file(source, checked)

    def fail(self, message: str) -> None:
        self.failed = True
        click.echo(f"awesome-lint: error: {message}", err=True)


def _unified_diff(before: Source, after: Source) -> str:
    lines = difflib.unified_diff(
        before.text.splitlines(keepends=True),
        after.text.splitlines(keepends=True),
        fromfile=f"a/{before.path}",
        tofile=f"b/{after.path}",
    )
    return "".join(line if line.endswith(("\n", "\r")) else line + "\n" for line in lines)


def _print_rules() -> None:
    for name, cls in all_rules().items():
        click.echo(f"{name:24} {cls.severity!s:8} fix: {cls.fixable:9} {cls.summary}")


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point; tests call it directly. Returns the exit code."""
    try:
        result = command.main(
            args=list(argv) if argv is not None else None,
            prog_name="awesome-lint",
            standalone_mode=False,
        )
    except click.exceptions.Exit as done:
        return int(done.exit_code)
    except click.UsageError as error:
        click.echo(f"awesome-lint: error: {error.format_message()}", err=True)
        return EXIT_USAGE
    except (InputError, RuleError) as error:
        click.echo(f"awesome-lint: error: {error}", err=True)
        return EXIT_USAGE
    except click.Abort:
        return EXIT_USAGE
    except BrokenPipeError:
        return EXIT_CLEAN
    return int(result) if isinstance(result, int) else EXIT_CLEAN


def run() -> None:
    """Console-script entry point."""
    raise SystemExit(main())
