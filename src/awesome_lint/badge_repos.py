"""Which repository a badge is about, and which its neighbours are about: for malformed-badge
to tell a badge copied from another entry from a link that went wrong beside a right badge."""

from __future__ import annotations

from collections import defaultdict

from awesome_lint.document import Badge, Document, Entry, Link
from awesome_lint.shields import REPO_ROUTES, SHIELDS_HOSTS, parse_shields
from awesome_lint.urls import github_repo, host


def counted_repo(badge: Badge) -> str | None:
    """The owner/repo a shields.io GitHub badge counts (`/github/stars/OWNER/REPO`)."""
    if host(badge.image_url) not in SHIELDS_HOSTS:
        return None
    parts = parse_shields(badge.image_url).parts
    if len(parts) < 4 or parts[0] != "github" or parts[1] not in REPO_ROUTES:
        return None
    return f"{parts[2]}/{parts[3]}"


def linked_repo(badge: Badge, entry: Entry | None) -> str | None:
    """The repository the badge's own link goes to, else the entry's only GitHub repository:
    its name's link or a repository's front page (not "see the examples" in another's tree)."""
    if badge.link is not None:
        repo = github_repo(badge.link.url)
        return f"{repo[0]}/{repo[1]}" if repo else None
    if entry is None:
        return None
    repos = {
        f"{r[0]}/{r[1]}".lower(): f"{r[0]}/{r[1]}"
        for r in (github_repo(link.url) for link in entry.links if not link.image)
        if r is not None and (r == github_repo(entry.url or "") or not r[2].strip("/"))
    }
    return next(iter(repos.values())) if len(repos) == 1 else None


def repos_beside(doc: Document, entry_of: dict[int, Entry]) -> dict[int, frozenset[str]]:
    """For each badge (by its image's start), the repositories its neighbours are about:
    its entry's other links (its name, a date linking the code) and the other badges of
    its entry, or of its line when it is in no entry (a list's own badges under its
    heading). Lower case."""
    groups: dict[object, list[Badge]] = defaultdict(list)
    for badge in doc.badges:
        entry = entry_of.get(badge.image.span.start)
        key: object = entry if entry is not None else doc.source.line_col(badge.image.span.start)[0]
        groups[key].append(badge)
    beside: dict[int, frozenset[str]] = {}
    for key, badges in groups.items():
        linked = _linked_repos(key) if isinstance(key, Entry) else set()
        for badge in badges:
            repos = {counted_repo(other) for other in badges if other is not badge}
            own = github_repo(badge.link.url) if badge.link is not None else None
            others = linked - {f"{own[0]}/{own[1]}".lower()} if own else linked
            beside[badge.image.span.start] = frozenset({r.lower() for r in repos if r} | others)
    return beside


def _linked_repos(entry: Entry) -> set[str]:
    """The repositories the entry's links go to (its name, a date linking the code)."""
    found = (github_repo(link.url) for link in entry.links if not link.image)
    return {f"{r[0]}/{r[1]}".lower() for r in found if r is not None}


def link_naming(entry: Entry | None, linked: str, repo: str) -> Link | None:
    """The entry's link to `linked` whose own text names `repo` instead
    ('[[transfusion-pytorch]](…/MixDQ)' beside a transfusion-pytorch badge): the link
    went wrong, not the badge."""
    if entry is None:
        return None
    name = repo.split("/")[-1].lower()
    for link in entry.links:
        found = github_repo(link.url)
        if link.image or found is None or f"{found[0]}/{found[1]}".lower() != linked.lower():
            continue
        if link.text.strip("[] ").lower() == name and found[1].lower() != name:
            return link
    return None
