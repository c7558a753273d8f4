"""mojibake: hand-made cases and the seed."""

from __future__ import annotations

import pytest
from conftest import fixed, lines, lint


@pytest.mark.parametrize(
    "text",
    [
        "Crème brûlée, naïve café, Ünïcödé, 日本語, emoji 🍵 — “quotes”\n",
    ],
)
def test_clean(text: str) -> None:
    assert lint("mojibake", text) == []


def test_mojibake_two_byte_is_reported_not_fixed() -> None:
    text = "Caf\u00c3\u00a9 and \u00e2\u20ac\u201d dash\n"  # Café and — , read as Windows-1252
    found = lint("mojibake", text)
    assert [f.fix is None for f in found] == [True, False]
    assert fixed("mojibake", text) == "Caf\u00c3\u00a9 and \u2014 dash\n"


def test_seed(seed_text: str) -> None:
    mojibake = lint("mojibake", seed_text)
    assert lines(seed_text, mojibake) == [106, 114, 264]
    repaired = fixed("mojibake", seed_text)
    assert "🏀GPT4Motion" in repaired and "🫣" in repaired and "star 🌟" in repaired
