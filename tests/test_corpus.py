"""Every real list: no crash, and --fix --unsafe-fixes is idempotent and touches only its edits."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import real_lists

from awesome_lint import Applicability
from awesome_lint.config import Config
from awesome_lint.document import build
from awesome_lint.engine import check, fix, make_rules
from awesome_lint.fixes import apply_fixes
from awesome_lint.source import Source

RULES = make_rules(Config())


@pytest.mark.parametrize("path", real_lists(), ids=lambda p: p.name)
def test_fix_is_idempotent_and_exact(path: Path) -> None:
    source = Source.from_bytes(str(path), path.read_bytes())
    findings = check(build(source), RULES)
    fixes = [f.fix for f in findings if f.fix is not None]
    # The first pass's text is exactly the original with the edits spliced in.
    text, applied = apply_fixes(source.text, fixes)
    edits = sorted((e for f in applied for e in f.edits), key=lambda e: e.span)
    rebuilt, position = [], 0
    for edit in edits:
        rebuilt += [source.text[position : edit.span.start], edit.text]
        position = edit.span.end
    assert text == "".join(rebuilt) + source.text[position:]
    once = fix(source, RULES, Applicability.UNSAFE)
    assert once.converged
    assert once.source.encode().startswith(b"\xef\xbb\xbf") == source.bom
    twice = fix(once.source, RULES, Applicability.UNSAFE)
    assert twice.source.text == once.source.text
    fixed_spans = {f.span for f in findings if f.fix is not None}
    assert not [f for f in once.remaining if f.fix is not None and f.span in fixed_spans]
