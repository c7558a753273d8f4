"""malformed-badge: badges that render wrong or tell a different story than their link."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from urllib.parse import unquote, urlsplit

from awesome_lint.document import Badge, Document, Entry, is_badge_url
from awesome_lint.fixes import Applicability, Edit, Finding, Fix, Fixability, Severity
from awesome_lint.registry import Rule, register
from awesome_lint.urls import arxiv_id, awesome_badge_replacement, github_repo, host

SHIELDS_HOSTS = ("img.shields.io", "shields.io")
_EXTENSION = re.compile(r"\.(svg|png|json)$")
# GitHub badges of shields.io that take a repository: how many path parts they accept.
REPO_ROUTES: dict[str, tuple[int, int]] = {
    "stars": (1, 2),  # /github/stars/<user> counts a user's stars
    "forks": (2, 2),
    "watchers": (2, 2),
    "license": (2, 2),
    "issues": (2, 2),
    "issues-raw": (2, 2),
    "issues-closed": (2, 2),
    "issues-closed-raw": (2, 2),
    "issues-pr": (2, 2),
    "issues-pr-raw": (2, 2),
    "issues-pr-closed": (2, 2),
    "contributors": (2, 2),
    "repo-size": (2, 2),
    "last-commit": (2, 3),  # optional branch
}
RETIRED_SHIELDS = {"github/workflow/status": "github/actions/workflow/status/<owner>/<repo>/<file>"}
DEAD_HOSTS = {
    "cdn.rawgit.com": "RawGit shut down in 2019",
    "rawgit.com": "RawGit shut down in 2019",
    "travis-ci.org": "travis-ci.org shut down in 2021",
    "api.travis-ci.org": "travis-ci.org shut down in 2021",
    "david-dm.org": "David DM is offline",
    "gemnasium.com": "Gemnasium shut down in 2018",
}


@dataclass(frozen=True)
class Options:
    check_alt_text: bool = True  # report images inside links that have no alt text


@register
class MalformedBadge(Rule):
    name = "malformed-badge"
    preset = "recommended"
    summary = "Badges must render and must agree with the link they sit in."
    fixable = Fixability.SOMETIMES
    fix_safety = (Applicability.SAFE, Applicability.UNSAFE)
    Options = Options

    def check(self, doc: Document) -> Iterator[Finding]:
        entry_of = _entries_by_badge(doc)
        main = next((h for h in doc.headings if h.level == 1), None)
        alt_habit = self.options.check_alt_text and _writes_alt_text(doc)
        for badge in doc.badges:
            in_main = main is not None and main.span.start <= badge.image.span.start < main.span.end
            if in_main and awesome_badge_replacement(badge.image_url):
                continue  # the main heading's RawGit Awesome badge is awesome-badge's
            entry = entry_of.get(badge.image.span.start)
            yield from self.check_badge(doc, badge, entry, check_alt=alt_habit)

    def check_badge(
        self, doc: Document, badge: Badge, entry: Entry | None, *, check_alt: bool
    ) -> Iterator[Finding]:
        url = badge.image_url
        dead = _dead_service(badge)
        if dead is not None:
            yield dead
            return
        if url.startswith("http://") and host(url) in _HTTPS_HOSTS:
            yield _insecure(badge)
        if host(url) in SHIELDS_HOSTS:
            yield from _shields(badge, entry)
        yield from _arxiv_badge(badge, entry)
        # a logo or screenshot in a link is a picture, not a badge: its alt text is the
        # accessibility checkers' business
        badge_like = is_badge_url(url) or badge.image.kind == "image"
        if check_alt and badge_like and badge.link is not None and not badge.alt.strip():
            yield Finding(
                MalformedBadge.name,
                "badge image has no alt text: screen readers and broken images show nothing",
                badge.image.span,
                Severity.WARNING,
            )


_HTTPS_HOSTS = frozenset(
    {"img.shields.io", "shields.io", "badge.fury.io", "badgen.net", "awesome.re", "travis-ci.com",
     "api.travis-ci.com", "circleci.com", "ci.appveyor.com", "codecov.io", "coveralls.io",
     "goreportcard.com", "github.com", "gitlab.com", "deps.rs", "docs.rs", "img.badgesize.io"}
)


def _writes_alt_text(doc: Document) -> bool:
    """Do most of the list's linked badges have alt text? Then one without is a slip; a
    list that leaves them all empty does so as its style."""
    linked = [badge for badge in doc.badges if badge.link is not None]
    described = sum(1 for badge in linked if badge.alt.strip())
    return described > len(linked) - described


def _entries_by_badge(doc: Document) -> dict[int, Entry]:
    return {b.image.span.start: entry for entry in doc.entries for b in entry.badges}


def _replace_url(badge: Badge, url: str) -> Edit:
    return Edit(badge.image.url_span, url)


def _dead_service(badge: Badge) -> Finding | None:
    url = badge.image_url
    reason = DEAD_HOSTS.get(host(url))
    if reason is None:
        return None
    new = awesome_badge_replacement(url)
    if new:
        return Finding(
            MalformedBadge.name,
            f"the Awesome badge is served from RawGit, which shut down in 2019; use {new}",
            badge.image.span,
            fix=Fix(f"Use {new}", (_replace_url(badge, new),)),
        )
    return Finding(
        MalformedBadge.name, f"badge from a dead service ({reason}): it no longer renders",
        badge.image.span,
    )


def _insecure(badge: Badge) -> Finding:
    new = "https://" + badge.image_url[len("http://") :]
    return Finding(
        MalformedBadge.name,
        "badge image is loaded over http://; the host serves https://",
        badge.image.span,
        Severity.WARNING,
        Fix("Load the badge over https://", (_replace_url(badge, new),)),
    )


@dataclass(frozen=True)
class _ShieldsPath:
    parts: list[str]  # path segments after the host, extension removed from the last
    extension: str  # ".svg" or ""
    query: str  # "?style=social" or ""


def _parse_shields(url: str) -> _ShieldsPath:
    split = urlsplit(url)
    path = split.path.strip("/")
    extension = ""
    match = _EXTENSION.search(path)
    if match:
        extension, path = match.group(0), path[: match.start()]
    query = f"?{split.query}" if split.query else ""
    return _ShieldsPath(path.split("/"), extension, query)


def _shields(badge: Badge, entry: Entry | None) -> Iterator[Finding]:
    shields = _parse_shields(badge.image_url)
    parts = shields.parts
    if parts[0] == "badge" and len(parts) >= 2:
        finding = _static(badge, "/".join(parts[1:]))
        if finding:
            yield finding
        return
    route = "/".join(parts[:3])
    for retired, replacement in RETIRED_SHIELDS.items():
        if route.startswith(retired):
            yield Finding(
                MalformedBadge.name,
                f"shields.io retired the /{retired} badge (it renders as an error); "
                f"use /{replacement}",
                badge.image.span,
            )
            return
    if len(parts) >= 2 and parts[0] == "github" and parts[1] in REPO_ROUTES:
        yield from _repository_badge(badge, entry, shields)


def _static(badge: Badge, content: str) -> Finding | None:
    """`/badge/<label>-<message>-<color>` or `/badge/<message>-<color>`: `--` is a dash."""
    pieces = unquote(content).replace("--", "\x00").split("-")
    if len(pieces) in (2, 3) and pieces[-1]:
        return None
    return Finding(
        MalformedBadge.name,
        f"static badge '/badge/{content}' matches no shields.io route: write "
        "/badge/<label>-<message>-<color> or /badge/<message>-<color> (a dash inside a part "
        "is written '--')",
        badge.image.span,
    )


def _repository_badge(
    badge: Badge, entry: Entry | None, shields: _ShieldsPath
) -> Iterator[Finding]:
    kind = shields.parts[1]
    args = shields.parts[2:]
    fewest, most = REPO_ROUTES[kind]
    if len(args) < fewest:
        yield Finding(
            MalformedBadge.name,
            f"the github/{kind} badge needs <owner>/<repo>; it renders '404 badge not found'",
            badge.image.span,
        )
        return
    if len(args) > most:
        yield _overlong(badge, kind, args, shields)
        args = args[:2]
    if len(args) < 2:
        return
    repo = f"{args[0]}/{args[1]}"
    linked = _linked_repo(badge, entry)
    if linked is not None and linked.lower() != repo.lower():
        where = "the link it sits in" if badge.link is not None else "the entry's GitHub link"
        new = f"https://img.shields.io/github/{kind}/{linked}{shields.extension}{shields.query}"
        yield Finding(
            MalformedBadge.name,
            f"the {kind} badge counts {repo}, but {where} goes to {linked}",
            badge.image.span,
            fix=Fix(f"Count {linked}", (_replace_url(badge, new),), Applicability.UNSAFE),
        )


def _overlong(badge: Badge, kind: str, args: list[str], shields: _ShieldsPath) -> Finding:
    repo = "/".join(args[:2])
    new = f"https://{host(badge.image_url)}/github/{kind}/{repo}{shields.extension}{shields.query}"
    return Finding(
        MalformedBadge.name,
        f"'/github/{kind}/{'/'.join(args)}' matches no shields.io route and renders "
        f"'404 badge not found': the badge takes <owner>/<repo> only ({repo})",
        badge.image.span,
        fix=Fix(f"Cut the path to {repo}", (_replace_url(badge, new),)),
    )


def _linked_repo(badge: Badge, entry: Entry | None) -> str | None:
    """The repository the badge's own link goes to, else the entry's only GitHub repository."""
    if badge.link is not None:
        repo = github_repo(badge.link.url)
        return f"{repo[0]}/{repo[1]}" if repo else None
    if entry is None:
        return None
    repos = {
        f"{r[0]}/{r[1]}".lower(): f"{r[0]}/{r[1]}"
        for r in (github_repo(link.url) for link in entry.links if not link.image)
        if r is not None
    }
    return next(iter(repos.values())) if len(repos) == 1 else None


def _arxiv_badge(badge: Badge, entry: Entry | None) -> Iterator[Finding]:
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
            MalformedBadge.name, f"an arXiv badge that links {place}, not to an arXiv paper",
            badge.image.span,
        )
        return
    title = entry.title_link if entry is not None else None
    title_id = arxiv_id(title.url) if title is not None else None
    if title_id is not None and title_id.id != found.id:
        yield Finding(
            MalformedBadge.name,
            f"the arXiv badge links to {found.id}, but the entry's title links to {title_id.id}",
            badge.image.span,
        )


def _says_arxiv(badge: Badge) -> bool:
    if badge.alt.strip().lower() == "arxiv":
        return True
    if host(badge.image_url) in SHIELDS_HOSTS:
        parts = _parse_shields(badge.image_url).parts
        return len(parts) >= 2 and parts[0] == "badge" and parts[1].lower().startswith("arxiv-")
    return False

