"""The errors the command turns into one line and exit code 2 (no heavy imports: the
command line catches them before anything else is loaded)."""

from __future__ import annotations


class InputError(Exception):
    """Bad input: the command prints the message on one line and exits with 2."""


class RuleError(Exception):
    """A rule that breaks the registry's contract (bad or repeated name)."""
