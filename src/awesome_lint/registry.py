"""The Rule interface and the registry: built-ins by package walk, plug-ins by entry point."""

from __future__ import annotations

import dataclasses
import importlib
import os
import pkgutil
import re
import sys
from collections.abc import Iterable, Iterator
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar

from awesome_lint.choices import DEFAULT_PRESET, PRESETS
from awesome_lint.document import Document
from awesome_lint.errors import RuleError
from awesome_lint.fixes import Applicability, Finding, Fixability, Severity

if TYPE_CHECKING:
    from importlib.metadata import EntryPoint

    from awesome_lint.suppress import Suppressions

ENTRY_POINT_GROUP = "awesome_lint.rules"
# PRESETS (choices.py): named sets of rules, each holding the rules of the ones before it:
# `recommended` (the default) has the rules measured precise on lists they were not tuned
# on, `awesome` adds what the npm awesome-lint checks for lists submitted to
# sindresorhus/awesome, `all` has every rule.
__all__ = ["DEFAULT_PRESET", "PRESETS", "Rule", "RuleError", "all_rules", "register"]
_KEBAB = re.compile(r"[a-z][a-z0-9]*(?:-[a-z0-9]+)*")


@dataclasses.dataclass(frozen=True)
class NoOptions:
    """For rules without options."""


class Rule:
    """One check over the document. Subclasses set the class attributes and `check`."""

    name: ClassVar[str]  # kebab-case; also the page rules/<name>.md
    summary: ClassVar[str]  # one line
    severity: ClassVar[Severity] = Severity.ERROR
    fixable: ClassVar[Fixability] = Fixability.NEVER
    fix_safety: ClassVar[tuple[Applicability, ...]] = (Applicability.SAFE,)  # what its fixes are
    npm_names: ClassVar[tuple[str, ...]] = ()  # npm awesome-lint rule ids this rule stands for
    # Rules whose finding at the same place makes this rule's there redundant, when both run.
    yields_to: ClassVar[tuple[str, ...]] = ()
    preset: ClassVar[str] = "all"  # the smallest of PRESETS that holds the rule
    Options: ClassVar[type[Any]] = NoOptions  # a frozen dataclass, every field defaulted
    # Option settings the `awesome` preset asks for (the awesome style, where the rule
    # otherwise follows the list's own convention), as in the config: {"max-depth": 2}.
    awesome_style: ClassVar[dict[str, Any]] = {}
    page: ClassVar[str | None] = None  # Markdown for --explain; plug-ins may use the docstring

    def __init__(self, options: Any = None, severity: Severity | None = None) -> None:
        self.options = options if options is not None else self.Options()
        self.configured_severity = severity  # from the config; overrides the finding's own

    def check(self, doc: Document) -> Iterator[Finding]:
        raise NotImplementedError

    def check_suppressions(
        self, doc: Document, suppressions: Suppressions, active: set[str]
    ) -> Iterator[Finding]:
        """A second look, after the other rules' findings were suppressed: for a rule
        about the suppression comments themselves. `active`: the rules that ran."""
        return iter(())




_BUILTIN: dict[str, type[Rule]] = {}


def register(cls: type[Rule]) -> type[Rule]:
    """Class decorator for built-in rules."""
    _check_rule_class(cls)
    if cls.name in _BUILTIN and _BUILTIN[cls.name] is not cls:
        raise RuleError(f"rule {cls.name!r} is registered twice")
    _BUILTIN[cls.name] = cls
    return cls


def _check_rule_class(cls: type[Rule]) -> None:
    if not _KEBAB.fullmatch(getattr(cls, "name", "")):
        raise RuleError(f"rule class {cls.__name__} needs a kebab-case name")
    if not dataclasses.is_dataclass(cls.Options):
        raise RuleError(f"rule {cls.name!r}: Options must be a dataclass")
    if not isinstance(cls.fixable, Fixability):
        raise RuleError(f"rule {cls.name!r}: fixable must be a Fixability, not {cls.fixable!r}")
    if cls.preset not in PRESETS:
        raise RuleError(f"rule {cls.name!r}: preset must be one of {', '.join(PRESETS)}")
    safety = cls.fix_safety
    if not safety or not all(isinstance(kind, Applicability) for kind in safety):
        raise RuleError(f"rule {cls.name!r}: fix_safety must list Applicability values")


def checked(rule: Rule, finding: Finding) -> Finding:
    """The finding with its rule's name stamped on it, once it keeps the rule's promises:
    it names no other rule, and its fix is one the rule says it makes."""
    if finding.rule and finding.rule != rule.name:
        raise RuleError(f"rule {rule.name!r} reported a finding as rule {finding.rule!r}")
    fix = finding.fix
    if fix is not None and (
        rule.fixable == Fixability.NEVER or fix.applicability not in rule.fix_safety
    ):
        kind = fix.applicability.label
        raise RuleError(f"rule {rule.name!r} offered a {kind} fix it does not declare")
    return finding._replace(rule=rule.name)


def in_preset(cls: type[Rule], preset: str) -> bool:
    return PRESETS.index(cls.preset) <= PRESETS.index(preset)


def fix_label(cls: type[Rule]) -> str:
    """"never", or how often and how safe: "sometimes (safe, unsafe)"."""
    if cls.fixable == Fixability.NEVER:
        return str(cls.fixable)
    kinds = ", ".join(kind.label for kind in sorted(cls.fix_safety, reverse=True))
    return f"{cls.fixable} ({kinds})"


def rule_name(name: str) -> str | None:
    """The rule a name stands for: a rule's own name, or the npm awesome-lint id it
    stands for ("awesome-list-item" is list-item), as suppression comments take them."""
    rules = all_rules()
    if name in rules:
        return name
    return next((found for found, cls in rules.items() if name in cls.npm_names), None)


def rule_names(names: Iterable[str]) -> list[str]:
    """The rules the names stand for (npm ids too); KeyError names the first unknown."""
    found = []
    for name in names:
        rule = rule_name(name)
        if rule is None:
            raise KeyError(name)
        found.append(rule)
    return found


def is_builtin(cls: type[Rule]) -> bool:
    return _BUILTIN.get(cls.name) is cls


@cache
def all_rules() -> dict[str, type[Rule]]:
    """Every rule by name: the built-ins, then plug-ins from the entry-point group."""
    from awesome_lint import rules as package

    for module in pkgutil.iter_modules(package.__path__):
        importlib.import_module(f"{package.__name__}.{module.name}")
    found = dict(sorted(_BUILTIN.items()))
    for point in _plugin_entry_points():
        cls = _load(point)
        if cls.name in found and found[cls.name] is not cls:
            raise RuleError(f"plug-in rule {cls.name!r} ({point.value}) clashes with another rule")
        found[cls.name] = cls
    return found


def _load(point: EntryPoint) -> type[Rule]:
    try:
        cls = point.load()
    except Exception as error:  # a plug-in's import may raise anything; say which one
        raise RuleError(f"plug-in {point.name!r} ({point.value}) failed to load: {error}") from None
    if not (isinstance(cls, type) and issubclass(cls, Rule)):
        raise RuleError(f"plug-in {point.name!r} ({point.value}) is not a Rule subclass")
    _check_rule_class(cls)
    return cls


def _plugin_entry_points() -> list[EntryPoint]:
    """Entry points of our group. importlib.metadata parses every installed distribution
    (~70 ms with a few dozen installed); a plain text search finds out first whether
    any distribution declares the group at all."""
    path = _plugin_search_path()
    header = f"[{ENTRY_POINT_GROUP}]"
    for folder in path:
        try:
            entries = list(os.scandir(folder))
        except OSError:
            continue
        for entry in entries:
            if not entry.name.endswith((".dist-info", ".egg-info")):
                continue
            try:
                text = Path(entry.path, "entry_points.txt").read_text(encoding="utf-8")
            except (OSError, UnicodeDecodeError):
                continue
            if header in text:
                return _entry_points(path)
    return []


def _plugin_search_path() -> list[str]:
    """sys.path without the current folder: `python -m awesome_lint` puts it first, and a
    folder being linted must not be able to run code by holding a *.dist-info."""
    try:
        here = os.path.realpath(os.getcwd())
    except OSError:  # no current folder: only absolute entries mean anything
        return [folder for folder in sys.path if os.path.isabs(folder)]
    return [folder for folder in sys.path if folder and os.path.realpath(folder) != here]


def _entry_points(path: list[str]) -> list[EntryPoint]:
    from importlib.metadata import distributions

    return [
        point
        for dist in distributions(path=path)
        for point in dist.entry_points
        if point.group == ENTRY_POINT_GROUP
    ]
