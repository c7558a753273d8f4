"""arXiv badges that link somewhere else than the paper (for malformed-badge)."""

from __future__ import annotations

from collections.abc import Iterator

from awesome_lint.document import Badge, Document, Entry
from awesome_lint.fixes import Finding
from awesome_lint.shields import static_label
from awesome_lint.urls import arxiv_id, host


def arxiv_badge(badge: Badge, entry: Entry | None, paper_badges: bool) -> Iterator[Finding]:
    if not _says_arxiv(badge, paper_badges) or badge.link is None:
        return
    target = badge.link.url
    found = arxiv_id(target)
    if found is None:
        where = host(target) if target.startswith(("http://", "https://")) else ""
        place = f"to {where}" if where else f"to '{target}', which is not a web address"
        if not target.strip():
            place = "nowhere (the link is empty)"
        yield Finding(
            "", f"an arXiv badge that links {place}, not to an arXiv paper",
            badge.image.span,
        )
        return
    title = entry.title_link if entry is not None else None
    title_id = arxiv_id(title.url) if title is not None else None
    if title_id is not None and title_id.id != found.id:
        yield Finding(
            "",
            f"the arXiv badge links to {found.id}, but the entry's title links to {title_id.id}",
            badge.image.span,
        )


def _says_arxiv(badge: Badge, paper_badges: bool) -> bool:
    """A static badge says what its label says (`ACL--findings-2024` under the alt text
    "Arxiv" is a venue badge), unless the list writes its arXiv-labelled badges as paper
    badges (`![Paper](…/badge/arXiv-…)` on most of them: arXiv's colours for any paper's
    link) and this one's alt text says so too. Another image says what its alt text says."""
    alt = badge.alt.strip().lower()
    label = static_label(badge.image_url)
    if label is not None:
        return label.startswith("arxiv-") and not (paper_badges and alt in _ANY_PAPER)
    return alt == "arxiv"


def paper_badges_in_arxiv_colours(doc: Document) -> bool:
    """Do most of the list's arXiv-labelled badges (three at least) call themselves papers
    in their alt text?"""
    alts = [
        badge.alt.strip().lower() for badge in doc.badges
        if (label := static_label(badge.image_url)) is not None and label.startswith("arxiv-")
    ]
    papers = sum(alt in _ANY_PAPER for alt in alts)
    return papers >= HABIT and 2 * papers > len(alts)


HABIT = 3  # badges written so before it is the list's way, not one badge's


_ANY_PAPER = frozenset({"paper", "pdf", "论文"})
