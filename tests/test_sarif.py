"""SARIF output: valid against the SARIF 2.1.0 schema, with fixes, rule indexes, rule
pages, paths relative to %SRCROOT% and columns as GitHub code scanning counts them."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest
from conftest import ROOT, run

SCHEMA = json.loads((ROOT / "tests" / "data" / "sarif-schema-2.1.0.json").read_text())
LIST = "# Tea \U0001f600\U0001f600 [x](#x)\n\n- [Pots](#pot)\n\n## Pots\n"


@pytest.fixture
def log(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> dict:  # type: ignore[type-arg]
    (tmp_path / "README.md").write_text(LIST, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    code, out, _ = run(["--select", "broken-anchor", "--format", "sarif", "README.md"], capsys)
    assert code == 1
    return json.loads(out)  # type: ignore[no-any-return]


def test_the_log_is_valid_sarif(log: dict) -> None:  # type: ignore[type-arg]
    jsonschema.validate(log, SCHEMA)


def test_results_point_into_the_rules_with_relative_paths_and_fixes(log: dict) -> None:  # type: ignore[type-arg]
    run_ = log["runs"][0]
    rules = run_["tool"]["driver"]["rules"]
    first, second = run_["results"]
    assert rules[first["ruleIndex"]]["id"] == "broken-anchor"
    assert rules[first["ruleIndex"]]["fullDescription"]["text"].startswith("Checks every link")
    assert rules[first["ruleIndex"]]["helpUri"].endswith("/rules/broken-anchor.md")
    location = second["locations"][0]["physicalLocation"]["artifactLocation"]
    assert location == {"uri": "README.md", "uriBaseId": "%SRCROOT%"}
    assert run_["originalUriBaseIds"]["%SRCROOT%"]["uri"].startswith("file:///")
    (change,) = second["fixes"][0]["artifactChanges"]
    (replacement,) = change["replacements"]
    assert replacement["insertedContent"]["text"] == "#pots"


def test_columns_are_utf16_code_units(log: dict) -> None:  # type: ignore[type-arg]
    """After two emoji (two code units each), '[x](#x)' starts at UTF-16 column 12; in
    code points it would be 10."""
    run_ = log["runs"][0]
    assert run_["columnKind"] == "utf16CodeUnits"
    region = run_["results"][0]["locations"][0]["physicalLocation"]["region"]
    assert (region["startLine"], region["startColumn"]) == (1, 12)
