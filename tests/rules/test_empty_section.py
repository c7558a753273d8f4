"""empty-section: hand-made cases and the seed."""

from __future__ import annotations

import pytest
from conftest import lines, lint


@pytest.mark.parametrize(
    "text",
    [
        "## Contact\n\nWrite to us.\n\n## Parent\n\n### Child\n\n- [a](https://a.org) - A.\n",
    ],
)
def test_clean(text: str) -> None:
    assert lint("empty-section", text) == []


def test_seed(seed_text: str) -> None:
    empty = lint("empty-section", seed_text)
    assert lines(seed_text, empty) == [175, 181, 187, 193, 201]
    assert "8 tables with only a header" in empty[-1].message
