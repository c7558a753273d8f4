"""no-repeat-item-in-description: hand-made cases and the seed."""

from __future__ import annotations

import pytest
from conftest import fixed, lint


@pytest.mark.parametrize(
    "item, reported, fixed_item",
    [
        ("- [Redis](https://r.io) - Redis: in-memory store.", True, "- [Redis](https://r.io) - In-memory store."),
        ("- [Redis](https://r.io) - redis - an in-memory store.", True, "- [Redis](https://r.io) - An in-memory store."),
        ("- [Redis](https://r.io) - Redis is a store.", True, None),
        ("- [Java](https://j.org) - JavaScript is different.", False, None),
        ("- [Tool](https://t.org) - A utility that extends Tool.", False, None),
        ("- [Tool](https://t.org) **NEW** - Tool is amazing.", True, None),
        ("- [Wallabag](https://w.org) - Wallabag, formerly Poche, reads later.", True, None),
    ],
)
def test_no_repeat_item_in_description(item: str, reported: bool, fixed_item: str | None) -> None:
    found = lint("no-repeat-item-in-description", item + "\n")
    assert bool(found) == reported
    if reported:
        assert (found[0].fix is not None) == (fixed_item is not None)
    if fixed_item:
        assert fixed("no-repeat-item-in-description", item + "\n", unsafe=True) == fixed_item + "\n"


def test_seed(seed_text: str) -> None:
    assert lint("no-repeat-item-in-description", seed_text) == []
