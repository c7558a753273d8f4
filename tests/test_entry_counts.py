"""The entry model against entries counted by reading the real lists.

tests/expectations/entry_counts.tsv holds, for every list in ../shared/corpus and
../shared/corpus-wide, the entries two reviewers counted by reading it (without seeing the
model's code). The model must come within 3% of that count, except on the lists whose
`gap` column says why it does not; those are expected to stay off (strict), so that a model
that learns their style shows up here and the gap note gets removed.
"""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from conftest import ROOT, SHARED

from awesome_lint.document import build
from awesome_lint.source import Source

COUNTS = ROOT / "tests" / "expectations" / "entry_counts.tsv"
TOLERANCE = 0.03


def checked_counts() -> list[dict[str, str]]:
    lines = [line for line in COUNTS.read_text(encoding="utf-8").splitlines(True)
             if not line.startswith("#")]
    return list(csv.DictReader(lines, delimiter="\t"))


def model_count(path: Path) -> int:
    return len(build(Source.from_bytes(str(path), path.read_bytes())).entries)


@pytest.mark.parametrize("row", checked_counts(), ids=lambda row: row["file"].split("/")[-1])
def test_the_model_counts_what_a_reader_counts(row: dict[str, str]) -> None:
    path = SHARED / row["file"]
    if not path.is_file():
        pytest.skip("../shared (the real lists) is not next to this clone")
    checked, found = int(row["checked"]), model_count(path)
    within = abs(found - checked) <= TOLERANCE * max(checked, 1)
    if row["gap"]:
        assert not within, f"now {found} for {checked} checked: remove the gap note"
    else:
        assert within, f"{found} entries; a reader counted {checked}"


def test_every_real_list_is_counted() -> None:
    listed = {row["file"] for row in checked_counts()}
    on_disk = {f"{p.parent.name}/{p.name}" for p in SHARED.glob("corpus*/*.md")}
    if not on_disk:
        pytest.skip("../shared (the real lists) is not next to this clone")
    assert on_disk == listed
