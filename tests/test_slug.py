from __future__ import annotations

import json

import pytest
from conftest import PEER

from awesome_lint.document.markup import plain_text
from awesome_lint.document.slug import Slugger, slug


def test_github_slugger_fixtures() -> None:
    fixtures = PEER / "github-slugger" / "fixtures.json"
    if not fixtures.is_file():
        pytest.skip("../shared/peer/github-slugger is absent")
    slugger = Slugger()
    misses = []
    for case in json.loads(fixtures.read_text(encoding="utf-8")):
        got = slugger.slug(case["input"])
        if got != case["expected"]:
            misses.append(case["name"])
    # The "Unassigned" case depends on the Unicode version of the regex module's tables.
    assert set(misses) <= {"Unassigned"}


@pytest.mark.parametrize(
    "markdown, anchor",
    [
        ("No.1_U-Net_Architecture", "no1_u-net_architecture"),
        ("1.2. Pruning & Structure Distillation", "12-pruning--structure-distillation"),
        ("a - b", "a---b"),
        ("[Link](https://x.org) and `code`", "link-and-code"),
        ("**Bold** ![img](x.png) <b>tag</b>", "bold--tag"),
        ("Emoji 🚀 rocket", "emoji--rocket"),
        ("Tom &amp; Jerry", "tom--jerry"),
    ],
)
def test_heading_anchor(markdown: str, anchor: str) -> None:
    assert slug(plain_text(markdown).strip()) == anchor


def test_repeats_get_suffixes() -> None:
    slugger = Slugger()
    got = [slugger.slug(t) for t in ["echo", "echo", "echo 1", "echo-1", "echo"]]
    assert got == ["echo", "echo-1", "echo-1-1", "echo-1-2", "echo-2"]
