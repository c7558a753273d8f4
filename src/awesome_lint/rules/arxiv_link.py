"""arxiv-link: arXiv links in the canonical https://arxiv.org/abs/<id> form."""

from __future__ import annotations

from collections.abc import Iterator

from awesome_lint.document import Document
from awesome_lint.fixes import Edit, Finding, Fix, Fixability, Severity
from awesome_lint.registry import Rule, register
from awesome_lint.urls import arxiv_id, host


@register
class ArxivLink(Rule):
    name = "arxiv-link"
    summary = "arXiv links must use the canonical https://arxiv.org/abs/<id> form."
    severity = Severity.WARNING
    fixable = Fixability.ALWAYS

    def check(self, doc: Document) -> Iterator[Finding]:
        for link in doc.links:
            if link.image or link.url_span.start == link.url_span.end:
                continue  # images, and reference links (their definition is elsewhere)
            if host(link.url) not in ("arxiv.org", "www.arxiv.org", "export.arxiv.org"):
                continue  # ar5iv and the DOI are other pages on purpose
            if "/html/" in link.url:
                continue
            found = arxiv_id(link.url)
            if found is None:
                continue
            canonical = f"https://arxiv.org/abs/{found.id}{found.version}"
            if doc.text[link.url_span.start : link.url_span.end] == canonical:
                continue
            yield Finding(
                self.name,
                f"arXiv link '{link.url}' is not in the canonical form: use {canonical}",
                link.url_span,
                fix=Fix(f"Link {canonical}", (Edit(link.url_span, canonical),)),
            )
