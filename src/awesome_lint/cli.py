"""The `awesome-lint` command."""

from __future__ import annotations

import contextlib
import io
import signal
import sys
import threading
from collections.abc import Iterator, Sequence
from types import FrameType
from typing import Any

import click

from awesome_lint import __version__
from awesome_lint.choices import OUTPUT_FORMATS, PRESETS
from awesome_lint.errors import InputError, RuleError
from awesome_lint.escapes import escape_controls

# The command's work is in runner.py, loaded once the options are read: --version and
# --help need none of it.
EXIT_CLEAN, EXIT_FINDINGS, EXIT_USAGE = 0, 1, 2
# Raise SystemExit on these, so that `finally` blocks remove temporary files.
_EXIT_SIGNALS = [getattr(signal, name) for name in ("SIGTERM", "SIGHUP") if hasattr(signal, name)]


def _rule_names(value: str | None) -> list[str]:
    return [name.strip() for name in (value or "").split(",") if name.strip()]


def _size(_context: click.Context, _parameter: click.Parameter, value: str | None) -> int | None:
    from awesome_lint.files import parse_size

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
@click.option("--format", "output_format", type=click.Choice(OUTPUT_FORMATS), default="text")
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
    "-j", "--jobs", type=click.IntRange(min=0), default=1, show_default=True,
    help="Lint several files in this many processes (0: one per CPU); output in path order.",
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
def command(**options: Any) -> int:
    """Lint awesome lists (Markdown) and fix what can be fixed mechanically.

    PATHS default to the README of the current folder; `-` reads standard input.
    """
    from awesome_lint.runner import execute

    for key in ("select", "extend_select", "ignore"):
        options[key] = _rule_names(options[key])
    return execute(**options)  # the options, by the names runner.execute declares


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point; tests call it directly. Returns the exit code."""
    arguments = list(argv) if argv is not None else sys.argv[1:]
    if arguments[:1] == ["lsp"]:  # `awesome-lint lsp`: the language server, on stdio
        return _language_server()
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


def _language_server() -> int:
    try:
        from awesome_lint.lsp import serve
    except ImportError as error:
        _error(f"the language server needs the lsp extra ({error.name} is missing): "
               "pip install 'awesome-lint[lsp]'")
        return EXIT_USAGE
    return serve()


def _error(message: str) -> None:
    click.echo(f"awesome-lint: error: {escape_controls(message)}", err=True)


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
