"""Every regular expression in the package takes linear time on the inputs its own source
suggests (runs of its characters and literal pieces), used the way the code uses it."""

from __future__ import annotations

import importlib.util
import re
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def audit() -> ModuleType:
    path = ROOT / "benchmarks" / "regex_audit.py"
    spec = importlib.util.spec_from_file_location("regex_audit", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_no_pattern_grows_faster_than_linear(audit: ModuleType) -> None:
    patterns = audit.module_patterns()
    assert len(patterns) > 80  # the collector still finds them
    # 4x the input: linear work takes 4x the time, quadratic 16x; report above 8x, and
    # only what takes 20 ms or more (timer noise below that).
    suspects = audit.audit(patterns, small=2000, large=8000, floor=0.02)
    assert [str(s) for s in suspects] == []


def test_the_audit_catches_a_quadratic_pattern(audit: ModuleType) -> None:
    quadratic = re.compile(r"\s*,\s*$")  # searched, a run of spaces is rescanned per start
    found = audit.audit(
        {"quadratic": audit.Audited(quadratic, frozenset({"search"}))}, 2000, 8000, floor=0.02
    )
    assert found and all(s.operation == "finditer" for s in found)
