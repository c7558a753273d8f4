"""The npm awesome-lint's own fixtures: where it reports a defect, the corresponding rule
of ours reports it on the same line; where it is clean, ours is clean. Each intended
difference is listed below with its reason (and stated on the rule's page)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from conftest import PEER

from awesome_lint.config import make_options
from awesome_lint.document import build
from awesome_lint.engine import check
from awesome_lint.registry import all_rules
from awesome_lint.source import Source

FIXTURES = PEER / "awesome-lint" / "fixtures"
EXPECTED = PEER / "awesome-lint" / "expected.json"

# npm rules we have no counterpart for, on purpose.
NOT_YET = {
    "no-repeat-punctuation": "a remark-lint style rule; no counterpart planned",
    "no-undefined-references": "a remark-lint style rule; no counterpart planned",
}
DOUBLE_LINK = (
    "duplicate-entry compares entries, not every link: entries with different names "
    "sharing one link are not the same entry (django / django.db.models), and links in "
    "descriptions, anchors and javascript: links are not entries"
)
# npm rules where every fixture differs on purpose.
RULE_DIFFERENCES = {"double-link": DOUBLE_LINK}
# (fixture, line) -> why our rule does not report the npm tool's message on that line.
MESSAGE_DIFFERENCES = {
    ("spell-check/error0.md", 74): "'docker' alone is also a word; reported before a product word",
    ("spell-check/error0.md", 75): "'DOCKER' alone: as above",
    ("spell-check/error0.md", 105): "'net' is a word; '.NET' is not in our list",
    ("spell-check/error0.md", 106): "'NET Core': as above",
    ("spell-check/error0.md", 107): "'net 8': as above",
    ("spell-check/standalone-product-names.md", 10): "'llama' is also an animal",
    **{
        ("spell-check/error0.md", line): (
            "historical names of macOS (Mac OS X, OS X, OSX) are right where they name the "
            "old system"
        )
        for line in (32, 33, 34, 35, 36, 37)
    },
    **{
        ("spell-check/error0.md", line): (
            "accepted short names (Postgres, K8s, Wasm) are aliases their makers use, not "
            "misspellings"
        )
        for line in (62, 64, 78, 83, 84)
    },
    ("spell-check/error0.md", 22): (
        "'stack overflow' in lower case, with its space, is also the runtime error"
    ),
    ("spell-check/error0.md", 99): "'VSCode' is not how Microsoft writes it ('VS Code')",
    ("spell-check/error0.md", 103): "webpack is written in lower case by its makers",
    ("spell-check/ambiguous-words.md", 26): "'zoom' is also a word ('image zoom')",
    **{
        ("spell-check/standalone-product-names.md", line): (
            "a whole link text is the linked package's own name, as its makers write it"
        )
        for line in range(5, 16)
    },
    ("spell-check/standalone-product-names.md", 17): (
        "ambiguous names in running prose ('uses babel', 'via slack') are not reported: "
        "only as a whole link text or before a product word ('slack app')"
    ),
}
# (fixture, line) -> why our rule reports a line the npm tool leaves alone.
EXTRA_LINES = {
    ("no-ci-badge/0.md", 6): "an HTML <img> CI badge is a CI badge too; the npm tool reads Markdown images only",
    **{
        ("list-item/1.md", line): (
            "a description that is only code is reported even with punctuation after the "
            "code; the fixture itself says every item here is invalid"
        )
        for line in (27, 28, 29, 30, 32, 33)
    },
}
# (fixture, npm rule, options as JSON or None) -> why we differ on purpose.
DIFFERENCES = {
    ("code-of-conduct/error1/readme.md", "awesome-code-of-conduct", None):
        "the npm tool only checks for its author's e-mail; we also report the Contributor "
        "Covenant's unfilled [INSERT EMAIL ADDRESS]",
    ("balanced-punctuation/unmatched-curly.md", "balanced-punctuation", None):
        'a straight " cannot be told opening from closing; we check curly quotes and CJK '
        "brackets only",
    ("balanced-punctuation/unmatched-curly.md", "balanced-punctuation", '["\\""]'):
        'a straight " cannot be told opening from closing',
}


def entries() -> list[dict[str, Any]]:
    if not EXPECTED.is_file():
        return []
    return list(json.loads(EXPECTED.read_text(encoding="utf-8")))


def ours(npm_rule: str) -> str | None:
    for name, cls in all_rules().items():
        if npm_rule in cls.npm_names:
            return name
    return None


def options_for(name: str, options: Any) -> Any:
    """The rule's options as the awesome preset sets them (the npm awesome-lint checks the
    awesome style), and the fixture's own."""
    cls = all_rules()[name]
    if name == "balanced-punctuation" and options:
        pairs = tuple(tuple(p) for p in options if isinstance(p, list) and len(p) == 2)
        return cls.Options(pairs=pairs) if pairs else None
    return make_options(cls, cls.awesome_style)


def case_id(entry: dict[str, Any]) -> str:
    suffix = "" if entry["options"] is None else "+options"
    return f"{entry['fixture']}:{entry['rule']}:{entry['config']}{suffix}"


@pytest.mark.parametrize("entry", entries(), ids=case_id)
def test_same_verdict_as_npm_awesome_lint(entry: dict[str, Any]) -> None:
    npm_rule = entry["rule"]
    if npm_rule in NOT_YET:
        pytest.skip(NOT_YET[npm_rule])
    if npm_rule in RULE_DIFFERENCES:
        pytest.skip(f"intended difference: {RULE_DIFFERENCES[npm_rule]}")
    name = ours(npm_rule)
    assert name is not None, f"no rule of ours stands for {npm_rule}"
    key = (entry["fixture"], npm_rule, None if entry["options"] is None else json.dumps(entry["options"]))
    if key in DIFFERENCES:
        pytest.skip(f"intended difference: {DIFFERENCES[key]}")
    path = FIXTURES / entry["fixture"]
    source = Source.from_bytes(str(path), path.read_bytes())
    rule = all_rules()[name](options_for(name, entry["options"]))
    found = [f for f in check(build(source), [rule]) if f.rule == name]
    if entry["expect"] == "clean":
        assert found == []
        return
    assert found, f"npm awesome-lint reports {entry['messages']}"
    lines = {source.line_col(f.span.start)[0] for f in found}
    # one finding for a name misspelt all over the list: its fix edits each place
    lines |= {source.line_col(e.span.start)[0] for f in found if f.fix for e in f.fix.edits}
    npm_lines = {m["line"] for m in entry["messages"]}
    extra = {n for n in lines - npm_lines if (entry["fixture"], n) not in EXTRA_LINES}
    assert not extra or None in npm_lines or any(m.get("file") for m in entry["messages"]), (
        f"we also report lines {sorted(extra)}"
    )
    for message in entry["messages"]:
        if message["line"] is None or message.get("file"):
            continue  # file-level, or in another file: we report at the list's top
        if (entry["fixture"], message["line"]) in MESSAGE_DIFFERENCES:
            continue
        assert message["line"] in lines or (message["line"], message["column"]) == (1, 1)


def test_fixtures_are_there_or_skip() -> None:
    if not entries():
        pytest.skip("../shared/peer/awesome-lint is absent")
    assert len(entries()) == 101


def test_rule_pages_state_the_npm_rule() -> None:
    pages = Path(__file__).resolve().parents[1] / "rules"
    for name, cls in all_rules().items():
        for npm in cls.npm_names:
            assert f"`{npm}`" in (pages / f"{name}.md").read_text(encoding="utf-8"), name
