"""arXiv badges that link somewhere else than the paper (for malformed-badge)."""

from __future__ import annotations

from collections.abc import Iterator

from awesome_lint.document import Badge, Entry
from awesome_lint.fixes import Finding
from awesome_lint.shields import SHIELDS_HOSTS, parse_shields
from awesome_lint.urls import arxiv_id, host


def arxiv_badge(badge: Badge, entry: Entry | None) -> Iterator[Finding]:
    if not _says_arxiv(badge) or badge.link is None:
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


def _says_arxiv(badge: Badge) -> bool:
    """A static badge says what its label says (`ACL--findings-2024` under the alt text
    "Arxiv" is a venue badge); another image, what its alt text says."""
    if host(badge.image_url) in SHIELDS_HOSTS:
        parts = parse_shields(badge.image_url).parts
        if len(parts) >= 2 and parts[0] == "badge":
            return parts[1].lower().startswith("arxiv-")
    return badge.alt.strip().lower() == "arxiv"
