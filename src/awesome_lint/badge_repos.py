"""Which repository a badge is about, and which its neighbours are about: for malformed-badge
to tell a badge copied from another entry from a link that went wrong beside a right badge."""

from __future__ import annotations

import bisect
from collections import Counter, defaultdict
from dataclasses import dataclass

from awesome_lint.document import Badge, Document, Entry, Link, Paragraph, walk
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


def repos_beside(doc: Document, entry_of: dict[int, Entry]) -> dict[int, Beside]:
    """For each badge (by its image's start), the repositories its neighbours are about:
    the other links of its entry (its name, a date linking the code) and the other badges
    there; for a badge in no entry, the links and badges of its paragraph (a name line
    with badge lines under it, when the model reads no entry there), else of its line (a
    list's own badges under its heading)."""
    loose = any(badge.image.span.start not in entry_of for badge in doc.badges)
    paragraphs = _paragraphs(doc) if loose else []  # walked only for badges in no entry
    starts = [paragraph.span.start for paragraph in paragraphs]
    groups: dict[object, list[Badge]] = defaultdict(list)  # by entry, paragraph or line
    for badge in doc.badges:
        at = badge.image.span.start
        index = bisect.bisect_right(starts, at) - 1
        if (entry := entry_of.get(at)) is not None:
            groups[entry].append(badge)
        elif index >= 0 and at < paragraphs[index].span.end:
            groups[paragraphs[index]].append(badge)
        else:
            groups[doc.source.line_col(at)[0]].append(badge)
    beside: dict[int, Beside] = {}
    for holder, badges in groups.items():
        links: tuple[Link, ...] = ()
        if isinstance(holder, Entry):
            links = holder.links
        elif isinstance(holder, Paragraph):
            links = holder.inline.links
        # each badge and each link counted once for the group; a badge's neighbours are
        # all of them but itself and its own link
        total = Counter(_repo_counted(badge) for badge in badges)
        total.update(_repo_linked(link) for link in links if not link.image)
        for badge in badges:
            own = Counter([_repo_counted(badge)])
            if badge.link is not None and links:  # its link is among its holder's
                own[_repo_linked(badge.link)] += 1
            beside[badge.image.span.start] = Beside(total, own)
    return beside


@dataclass(frozen=True)
class Beside:
    """The repositories a badge's neighbours are about: all its holder's (entry,
    paragraph, line) counted once, less the badge's own two (what it counts, where it
    links)."""

    total: Counter[str | None]
    own: Counter[str | None]

    def __contains__(self, repo: str) -> bool:
        return self.total[repo.lower()] > self.own[repo.lower()]


def _repo_counted(badge: Badge) -> str | None:
    repo = counted_repo(badge)
    return repo.lower() if repo else None


def _repo_linked(link: Link) -> str | None:
    repo = github_repo(link.url)
    return f"{repo[0]}/{repo[1]}".lower() if repo else None


def _paragraphs(doc: Document) -> list[Paragraph]:
    blocks = [block for section in doc.sections for block in section.blocks]
    found = [b for b in walk([*doc.root.blocks, *blocks]) if isinstance(b, Paragraph)]
    return sorted(found, key=lambda paragraph: paragraph.span.start)


def link_naming(entry: Entry | None, linked: str, repo: str) -> Link | None:
    """The entry's link to `linked` when the entry says the badge's `repo` instead: the
    link's own text names it ('[[transfusion-pytorch]](…/MixDQ)' beside a
    transfusion-pytorch badge), or the entry's name does (`| **S3Scanner** |
    [https://github.com/sa7mon/S3Scanner/](…/cloudquery/cloudquery/) |` beside a
    sa7mon/S3Scanner badge) and names nothing of `linked`: the link went wrong, not the
    badge."""
    if entry is None:
        return None
    owner, name = (_key(part) for part in repo.split("/"))
    title = _key(entry.title)
    titled = title in (owner, name) and title not in {_key(p) for p in linked.split("/")}
    for link in entry.links:
        found = github_repo(link.url)
        if link.image or found is None or f"{found[0]}/{found[1]}".lower() != linked.lower():
            continue
        if titled or (_key(link.text) == name and _key(found[1]) != name):
            return link
    return None


def _key(name: str) -> str:
    """A name to compare: lower case, letters and digits only ('S3Scanner', 's3-scanner')."""
    return "".join(char for char in name.lower() if char.isalnum())
