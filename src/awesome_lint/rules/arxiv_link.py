"""arxiv-link: arXiv links in the canonical https://arxiv.org/abs/<id> form."""

from __future__ import annotations

import re
from collections.abc import Iterator

from awesome_lint.document import Document, Link
from awesome_lint.fixes import Edit, Finding, Fix, Fixability, Severity
from awesome_lint.registry import Rule, register
from awesome_lint.urls import ArxivId, arxiv_id, host


@register
class ArxivLink(Rule):
    name = "arxiv-link"
    summary = "arXiv links must use the canonical https://arxiv.org/abs/<id> form."
    severity = Severity.WARNING
    fixable = Fixability.ALWAYS

    def check(self, doc: Document) -> Iterator[Finding]:
        links = [(link, found) for link in doc.links if (found := _paper_link(link)) is not None]
        pdf_style = _links_pdfs(links)
        in_pdf_section = _in_sections_of_pdfs(doc) if links and not pdf_style else set()
        keeps_http = _writes_http(links)
        for link, found in links:
            says_pdf = _says_pdf(link.text) or _marked_pdf(doc.text, link.span.end)
            says_pdf = says_pdf or link.span.start in in_pdf_section
            keep_pdf = _is_pdf_page(link.url) and (pdf_style or says_pdf)
            page = "pdf" if keep_pdf else "abs"
            plain = keeps_http and link.url.startswith("http://")  # its way: kept, never made
            canonical = f"{'http' if plain else 'https'}://arxiv.org/{page}/{found.id}{found.version}"
            written = doc.text[link.url_span.start : link.url_span.end]
            if written == canonical or (keep_pdf and written == canonical + ".pdf"):
                continue
            yield Finding(
                self.name,
                f"arXiv link '{link.url}' is not in the canonical form: use {canonical}",
                link.url_span,
                fix=Fix(f"Link {canonical}", (Edit(link.url_span, canonical),)),
            )


MIN_CONVENTION = 3  # links: fewer make no habit
_ARXIV_HOSTS = ("arxiv.org", "www.arxiv.org", "export.arxiv.org", "browse.arxiv.org")
_PDF_WORD = re.compile(r"\bpdf\b", re.I)


def _paper_link(link: Link) -> ArxivId | None:
    """The paper an arXiv abstract or PDF link points at; None for other links (images,
    reference links whose definition is elsewhere, ar5iv, the HTML rendering, the DOI:
    other pages on purpose)."""
    if link.image or link.url_span.start == link.url_span.end:
        return None
    if host(link.url) not in _ARXIV_HOSTS or "/html/" in link.url:
        return None
    return arxiv_id(link.url)


def _is_pdf_page(url: str) -> bool:
    return bool(_PDF_PATH.search(url))


_PDF_PATH = re.compile(r"^https?://[^/]+/+pdf/", re.I)


def _links_pdfs(links: list[tuple[Link, ArxivId]]) -> bool:
    """Does the list link all its papers (two or more), or a third of them or more (three
    at least), to their PDF? Then that is a way of its own: a list split 87 abstracts to
    72 PDFs shows no habit the other way (a blind review judged rewriting them a matter
    of taste)."""
    pdfs = sum(1 for link, _ in links if _is_pdf_page(link.url))
    if pdfs >= 2 and pdfs == len(links):
        return True  # every paper linked to its PDF, if only two
    return pdfs >= MIN_CONVENTION and pdfs * PDF_SHARE >= len(links)


PDF_SHARE = 3  # one link in this many to a PDF makes the PDF a way of the list


def _says_pdf(text: str) -> bool:
    """'[pdf](…)', '[PDF]': the link is to the PDF on purpose."""
    return bool(_PDF_WORD.search(text))


def _marked_pdf(text: str, after: int) -> bool:
    """'[Title](…pdf) :small_orange_diamond:<sup>PDF</sup> - …', '[Title](…) (PDF)': a
    mark after the link, before its description, says it is the PDF on purpose."""
    return _PDF_MARK_AFTER.match(text, after) is not None


# up to the description's separator or another link's "](" (its text names that link)
_PDF_MARK_AFTER = re.compile(r"(?:(?! [-\u2013\u2014] |\]\()[^\n]){0,40}?\bpdf\b", re.I)


def _in_sections_of_pdfs(doc: Document) -> set[int]:
    """Where the links of the entries stand in sections that link most of their entries
    (three at least) to PDFs on other hosts than arXiv: a papers section of a tool list,
    whose arXiv PDF is one of them ("BlinkDB" among VLDB and USENIX PDFs). arXiv's own
    PDFs are counted for the whole list (_links_pdfs)."""
    starts: set[int] = set()
    for section in doc.sections:
        pdfs = sum(1 for e in section.entries if e.url and _other_pdf(e.url))
        if pdfs >= MIN_CONVENTION and pdfs * 2 > len(section.entries):
            starts.update(link.span.start for e in section.entries for link in e.links)
    return starts


_PDF_FILE = re.compile(r"\.pdf(?:$|[?#])|/pdf/", re.I)


def _other_pdf(url: str) -> bool:
    return bool(_PDF_FILE.search(url)) and host(url) not in _ARXIV_HOSTS


def _writes_http(links: list[tuple[Link, ArxivId]]) -> bool:
    """Does the list write nine in ten of its arXiv links (three at least) with http://?
    Then that is its way (arXiv redirects them): blind reviews judged rewriting 457 of
    458 such links false, and 13 of 20 true."""
    plain = sum(1 for link, _ in links if link.url.startswith("http://"))
    return plain >= MIN_CONVENTION and plain * 10 >= len(links) * 9

