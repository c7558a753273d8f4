"""arxiv-link: hand-made cases and the seed."""

from __future__ import annotations

import pytest
from conftest import fixed, lint


@pytest.mark.parametrize(
    "text",
    [
        "[p](https://arxiv.org/abs/2101.00001v3) [h](https://arxiv.org/html/2101.00001) [5](https://ar5iv.org/abs/2101.00001)\n",
    ],
)
def test_clean(text: str) -> None:
    assert lint("arxiv-link", text) == []


def test_arxiv_link_canonical_forms() -> None:
    text = "[a](https://arxiv.org/pdf/2101.00001.pdf) <http://arxiv.org/abs/2101.00002v2> https://export.arxiv.org/abs/2101.00003\n"
    assert fixed("arxiv-link", text) == (
        "[a](https://arxiv.org/abs/2101.00001) <https://arxiv.org/abs/2101.00002v2> https://arxiv.org/abs/2101.00003\n"
    )


def test_seed(seed_text: str) -> None:
    arxiv = lint("arxiv-link", seed_text)
    assert all("/pdf/" in f.message for f in arxiv) and len(arxiv) == 6
