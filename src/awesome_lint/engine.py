"""Lint a source with a set of rules, and fix it: apply, re-parse, re-check until stable."""

from __future__ import annotations

import gc
from collections import Counter
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import NamedTuple

from awesome_lint.config import Config, make_options
from awesome_lint.document import Document, build
from awesome_lint.fixes import Applicability, Finding, Severity, apply_fixes
from awesome_lint.registry import (
    DEFAULT_PRESET,
    PRESETS,
    Rule,
    all_rules,
    checked,
    in_preset,
    rule_names,
)
from awesome_lint.source import InputError, Source, Span
from awesome_lint.suppress import Suppressions

MAX_PASSES = 10


class FixResult(NamedTuple):
    source: Source
    applied: Counter[str]  # rule name -> fixes applied
    remaining: list[Finding]  # findings on the fixed text
    converged: bool  # False: the fixes did not settle (a rule bug); write nothing


def make_rules(
    config: Config,
    select: Sequence[str] = (),
    ignore: Sequence[str] = (),
    *,
    preset: str | None = None,
    extend_select: Sequence[str] = (),
) -> list[Rule]:
    """Instances of the rules in force. The base set is the command line's `select`, else
    its preset, else the config's `select`, else the config's preset (default
    "recommended"); `extend-select` adds to it and `ignore` takes away, from both."""
    rules = all_rules()
    select, ignore, extend_select = (
        _rule_names(names) for names in (select, ignore, extend_select)
    )
    if preset is not None and preset not in PRESETS:
        raise InputError(f"unknown preset {preset!r} (one of {', '.join(PRESETS)})")
    base = preset or config.preset or DEFAULT_PRESET
    if select:
        chosen = set(select)
    elif config.select is not None and preset is None:
        chosen = set(config.select)
    else:
        chosen = {name for name, cls in rules.items() if in_preset(cls, base)}
    chosen |= set(config.extend_select) | set(extend_select)
    chosen -= set(config.ignore) | set(ignore)
    active = []
    for name in sorted(chosen | set(config.options)):  # a rule left out still has its
        cls = rules[name]  # options checked: a typo must not wait for the day it is chosen
        settings = config.options.get(name, {})
        if base == "awesome":  # the awesome style, unless the config says otherwise
            settings = {**cls.awesome_style, **settings}
        try:
            rule = cls(make_options(cls, settings), config.severities.get(name))
        except (TypeError, ValueError) as error:
            raise InputError(f"options of rule {name!r}: {error}") from None
        if name in chosen:
            active.append(rule)
    return active


def _rule_names(names: Sequence[str]) -> list[str]:
    """Rule names as given, npm awesome-lint ids too ("awesome-list-item")."""
    try:
        return rule_names(names)
    except KeyError as unknown:
        raise InputError(f"unknown rule {unknown.args[0]!r} (see --list-rules)") from None


def check(doc: Document, rules: Sequence[Rule]) -> list[Finding]:
    """Findings of every rule, each with its severity, without suppressed or hidden ones."""
    findings = []
    for rule in rules:
        for reported in rule.check(doc):
            finding = _stamped(rule, reported)
            if finding.whole_file or not doc.is_opaque(finding.span.start):
                findings.append(finding)
    findings = _without_redundant(findings, rules)
    aliases = {alias: rule.name for rule in rules for alias in rule.npm_names}
    if doc.html_comments:
        suppressions = Suppressions(doc, aliases)
        findings = [f for f in findings if not suppressions.suppressed(f)]
        active = {rule.name for rule in rules}
        for rule in rules:
            for reported in rule.check_suppressions(doc, suppressions, active):
                findings.append(_stamped(rule, reported))
    return sorted(findings, key=lambda f: (f.span.start, f.rule, f.span.end))


def _without_redundant(findings: list[Finding], rules: Sequence[Rule]) -> list[Finding]:
    """Leave out a rule's finding where a rule it yields to reports the same place: the
    main heading's dead RawGit Awesome badge is awesome-badge's when that rule runs, and
    malformed-badge's otherwise."""
    yielding = {rule.name: rule.yields_to for rule in rules if rule.yields_to}
    if not yielding:
        return findings
    by_rule: dict[str, list[Span]] = {}
    for finding in findings:
        by_rule.setdefault(finding.rule, []).append(finding.span)
    return [
        finding for finding in findings
        if not any(
            other.start < finding.span.end and finding.span.start < other.end
            for name in yielding.get(finding.rule, ())
            for other in by_rule.get(name, ())
        )
    ]


def _stamped(rule: Rule, reported: Finding) -> Finding:
    """The finding with the rule's name (checked) and its severity: the config's, else
    the finding's own, else the rule's."""
    finding = checked(rule, reported)
    severity = rule.configured_severity or finding.severity or rule.severity
    rule_name, message, span, _, fix, whole_file = finding
    return Finding(rule_name, message, span, severity, fix, whole_file)


def lint(source: Source, rules: Sequence[Rule]) -> list[Finding]:
    with _no_cyclic_collection():
        return check(build(source), rules)


def fix(source: Source, rules: Sequence[Rule], allow: Applicability) -> FixResult:
    with _no_cyclic_collection():  # across the passes: each drops a whole document
        return _fix(source, rules, allow)


def _fix(source: Source, rules: Sequence[Rule], allow: Applicability) -> FixResult:
    applied: Counter[str] = Counter()
    for _ in range(MAX_PASSES):
        findings = lint(source, rules)
        chosen = [f for f in findings if f.fix is not None and f.fix.applicability >= allow]
        fixes = [f.fix for f in chosen if f.fix is not None]
        text, done = apply_fixes(source.text, fixes)
        if not done or text == source.text:
            return FixResult(source, applied, findings, converged=True)
        for finding in chosen:
            if finding.fix in done:
                applied[finding.rule] += 1
        source = source.with_text(text)
    return FixResult(source, applied, lint(source, rules), converged=False)


@contextmanager
def _no_cyclic_collection() -> Iterator[None]:
    """The rules allocate as they go; the cyclic collector's passes would walk the whole
    document each time and find nothing to free (about a tenth of a large list's lint,
    and a third of a fix, whose passes each leave a document behind)."""
    collecting = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if collecting:
            gc.enable()


def is_error(finding: Finding) -> bool:
    return finding.severity == Severity.ERROR
