"""arxiv-link: hand-made cases and the seed."""

from __future__ import annotations

import pytest
from conftest import fixed, lint, places

from awesome_lint.fixes import Applicability


@pytest.mark.parametrize(
    "text",
    [
        "[p](https://arxiv.org/abs/2101.00001v3) [h](https://arxiv.org/html/2101.00001) [5](https://ar5iv.org/abs/2101.00001)\n",
        "- [Leaf Kinetics](https://arxiv.org/abs/2101.00001) - How tea leaves unfurl.\n",
        "- [Old Style](https://arxiv.org/abs/hep-th/9901001) - An old-style id.\n",
        # other pages on purpose: the DOI, ar5iv, the HTML rendering, listings
        "- [Leaf Kinetics](https://doi.org/10.48550/arXiv.2101.00001) - The DOI.\n",
        "- [Leaf Kinetics](https://ar5iv.labs.arxiv.org/html/2101.00001) - Readable.\n",
        "- [Leaf Kinetics](https://arxiv.org/html/2101.00001v1) - HTML.\n",
        "- [New in CV](https://arxiv.org/list/cs.CV/recent) - A listing.\n",
        # images are badges, not links to the paper
        "![paper](https://arxiv.org/pdf/2101.00001.pdf)\n",
        # a reference link: its use holds no URL
        "[Leaf Kinetics][p]\n\n[p]: https://arxiv.org/abs/2101.00001\n",
        # code is not a link
        "`https://arxiv.org/pdf/2101.00001.pdf`\n",
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


@pytest.mark.parametrize(
    "url, canonical",
    [
        ("https://arxiv.org/pdf/2101.00001.pdf", "https://arxiv.org/abs/2101.00001"),
        ("https://arxiv.org/pdf/2101.00001", "https://arxiv.org/abs/2101.00001"),
        ("https://arxiv.org/pdf/2101.00001v3.pdf", "https://arxiv.org/abs/2101.00001v3"),  # the version stays
        ("http://arxiv.org/abs/2101.00001", "https://arxiv.org/abs/2101.00001"),
        ("https://www.arxiv.org/abs/2101.00001", "https://arxiv.org/abs/2101.00001"),
        ("https://export.arxiv.org/abs/2101.00001", "https://arxiv.org/abs/2101.00001"),
        ("https://arxiv.org/abs//2101.00001", "https://arxiv.org/abs/2101.00001"),
        ("https://arxiv.org/pdf/hep-th/9901001.pdf", "https://arxiv.org/abs/hep-th/9901001"),
    ],
)
def test_other_forms_are_reported_at_the_url_and_fixed_safely(url: str, canonical: str) -> None:
    text = f"- [Leaf Kinetics]({url}) - How tea leaves unfurl.\n"
    (finding,) = lint("arxiv-link", text)
    assert places("arxiv-link", text) == [(1, 19, url)]
    assert finding.fix is not None and finding.fix.applicability == Applicability.SAFE
    assert fixed("arxiv-link", text) == text.replace(url, canonical)


def test_fix_keeps_the_link_title_and_angle_brackets() -> None:
    text = '[a](<https://arxiv.org/pdf/2101.00001.pdf> "PDF") [b](https://arxiv.org/abs/2101.00002 "PDF") [c](http://arxiv.org/abs/2101.00003)\n'
    assert fixed("arxiv-link", text) == (
        '[a](<https://arxiv.org/abs/2101.00001> "PDF") [b](https://arxiv.org/abs/2101.00002 "PDF") [c](https://arxiv.org/abs/2101.00003)\n'
    )


@pytest.mark.xfail(
    strict=True,
    reason="a link reference definition is a link to the paper too, but its /pdf/ or "
    "http:// form is not reported (the rule skips reference links and nothing checks the definition)",
)
def test_reference_definition_in_another_form_is_reported() -> None:
    text = "- [Leaf Kinetics][p] - How tea leaves unfurl.\n\n[p]: https://arxiv.org/pdf/2101.00001.pdf\n"
    assert places("arxiv-link", text) == [(3, 6, "https://arxiv.org/pdf/2101.00001.pdf")]


def test_a_list_that_links_pdfs_keeps_them() -> None:
    """Its own convention: most papers linked to their PDF. Only what is off even then
    (another host, http, a stray '?') is reported, and the fix keeps the PDF."""
    pdfs = "".join(f"- [P{n}](https://arxiv.org/pdf/2101.0000{n}) - A paper.\n" for n in range(1, 4))
    text = pdfs + "- [Q](https://www.arxiv.org/pdf/2101.00009?) - Another.\n"
    assert fixed("arxiv-link", text) == pdfs + "- [Q](https://arxiv.org/pdf/2101.00009) - Another.\n"
    assert lint("arxiv-link", pdfs + "- [R](https://arxiv.org/pdf/2101.00008.pdf) - R.\n") == []


def test_a_link_that_says_pdf_goes_to_the_pdf_on_purpose() -> None:
    abstracts = "".join(f"- [P{n}](https://arxiv.org/abs/2101.0000{n})\n" for n in range(1, 4))
    text = abstracts + "- Leaf Kinetics [[pdf](https://arxiv.org/pdf/2101.00009)]\n"
    assert lint("arxiv-link", text) == []
    moved = abstracts + "- [Leaf Kinetics](https://arxiv.org/pdf/2101.00009)\n"
    assert fixed("arxiv-link", moved) == abstracts + "- [Leaf Kinetics](https://arxiv.org/abs/2101.00009)\n"


def test_browse_host_is_an_arxiv_host() -> None:
    text = "- [Leaf Kinetics](https://browse.arxiv.org/abs/2101.00001v2)\n"
    assert fixed("arxiv-link", text) == "- [Leaf Kinetics](https://arxiv.org/abs/2101.00001v2)\n"


def test_a_list_whose_every_arxiv_link_is_a_pdf_keeps_them_even_if_two() -> None:
    text = "- [A](https://arxiv.org/pdf/2101.00001.pdf)\n- [B](https://arxiv.org/pdf/2101.00002.pdf)\n"
    assert lint("arxiv-link", text) == []


@pytest.mark.parametrize("mark", [" :small_orange_diamond:<sup>PDF</sup>", " (PDF)", " [pdf]"])
def test_a_pdf_marked_so_after_its_link_stays_a_pdf(mark: str) -> None:
    item = f"- [Formal Semantics](https://arxiv.org/pdf/1902.05870.pdf){mark} - A paper.\n"
    assert lint("arxiv-link", item) == []


def test_a_description_that_mentions_pdf_is_no_mark() -> None:
    item = "- [Formal Semantics](https://arxiv.org/pdf/1902.05870.pdf) - A paper, as PDF.\n"
    assert len(lint("arxiv-link", item)) == 1



def test_a_list_split_between_abstracts_and_pdfs_keeps_its_pdfs() -> None:
    """87 abstracts and 72 PDFs, or 17 and 14: no habit the other way to enforce."""
    abstracts = "".join(f"- [A{n}](https://arxiv.org/abs/2101.0001{n})\n" for n in range(5))
    pdfs = "".join(f"- [P{n}](https://arxiv.org/pdf/2101.0002{n}.pdf)\n" for n in range(3))
    assert lint("arxiv-link", abstracts + pdfs) == []
    more = "".join(f"- [B{n}](https://arxiv.org/abs/2101.0003{n})\n" for n in range(5))
    assert len(lint("arxiv-link", abstracts + more + pdfs)) == 3  # 3 in 13: a slip


def test_an_arxiv_pdf_among_a_sections_pdfs_on_other_hosts_keeps_its_pdf() -> None:
    """A tool list's papers section links every paper to its PDF (VLDB, USENIX…)."""
    others = "".join(f"* [2012](https://vldb.example/p{n}.pdf) - Paper {n}.\n" for n in range(4))
    arxiv = "* [2012](https://arxiv.org/pdf/1203.5485.pdf) - BlinkDB.\n"
    tools = "".join(f"* [Tool {n}](https://abs.example/{n}) - A tool.\n" for n in range(6))
    text = "## Tools\n\n" + tools + "\n## Papers\n\n" + others + arxiv
    assert lint("arxiv-link", text) == []
    assert len(lint("arxiv-link", "## Tools\n\n" + tools + arxiv)) == 1


def test_a_list_that_writes_nine_in_ten_arxiv_links_with_http_keeps_them() -> None:
    plain = "".join(f"- [P{n}](http://arxiv.org/abs/2101.0001{n})\n" for n in range(9))
    secure = "- [S](https://arxiv.org/abs/2101.00020)\n"
    assert lint("arxiv-link", plain + secure) == []  # and https is never made http
    slip = "- [Q](http://arxiv.org/pdf/2101.00030)\n"
    assert fixed("arxiv-link", plain + slip) == plain + "- [Q](http://arxiv.org/abs/2101.00030)\n"
    mixed = plain.replace("http://", "https://", 3)  # 6 in 9: no habit, https asked
    assert len(lint("arxiv-link", mixed)) == 6
