"""placeholder-text: hand-made cases and the seed."""

from __future__ import annotations

import pytest
from conftest import lines, lint


@pytest.mark.parametrize(
    "text",
    [
        "- [todocheck](https://x.org) - Links TODO comments to issues.\n- [TBD](https://tbd.org/???) - A tool.\n",
    ],
)
def test_clean(text: str) -> None:
    assert lint("placeholder-text", text) == []


def test_seed(seed_text: str) -> None:
    (placeholder,) = lint("placeholder-text", seed_text)
    assert lines(seed_text, [placeholder]) == [262]
