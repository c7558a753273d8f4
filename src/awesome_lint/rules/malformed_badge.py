"""malformed-badge: badges that render wrong or tell a different story than their link."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from difflib import SequenceMatcher
from urllib.parse import unquote

from awesome_lint.arxiv_badges import arxiv_badge, paper_badges_in_arxiv_colours
from awesome_lint.badge_repos import Beside, link_naming, linked_repo, repos_beside
from awesome_lint.document import Badge, Document, Entry, Span, is_badge_url
from awesome_lint.fixes import Applicability, Edit, Finding, Fix, Fixability, Severity
from awesome_lint.registry import Rule, register
from awesome_lint.shields import (
    DEAD_HOSTS,
    HTTPS_BADGE_HOSTS,
    REPO_ROUTES,
    RETIRED_SHIELDS,
    SHIELDS_BADGE_ROUTES,
    SHIELDS_HOSTS,
    ShieldsPath,
    parse_shields,
)
from awesome_lint.urls import (
    awesome_badge_replacement,
    host,
    is_tracking_pixel,
    same_repository,
)


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
    yields_to = ("awesome-badge",)  # the main heading's dead RawGit Awesome badge, say

    def check(self, doc: Document) -> Iterator[Finding]:
        entry_of = _entries_by_badge(doc)
        beside = repos_beside(doc, entry_of)
        paper_badges = paper_badges_in_arxiv_colours(doc)
        alt_habit = self.options.check_alt_text and _writes_alt_text(doc)
        places = [doc.destination_span(badge.image) for badge in doc.badges]
        uses = Counter(places)
        seen: set[Span] = set()
        for badge, place in zip(doc.badges, places, strict=True):
            entry = entry_of.get(badge.image.span.start)
            if place == badge.image.url_span:
                written = _Written(badge.image.span, place, 1, first=True)
            else:  # one problem, one finding: a definition's URL is reported once, there
                written = _Written(place, place, uses[place], first=place not in seen)
                seen.add(place)
            yield from self.check_badge(
                doc, badge, entry, written, beside[badge.image.span.start],
                check_alt=alt_habit, paper_badges=paper_badges,
            )

    def check_badge(
        self, doc: Document, badge: Badge, entry: Entry | None, written: _Written,
        beside: Beside, *, check_alt: bool, paper_badges: bool,
    ) -> Iterator[Finding]:
        url = badge.image_url
        if written.first:
            dead = _dead_service(badge, written)
            if dead is not None:
                yield dead
                return
            if url.startswith("http://") and host(url) in HTTPS_BADGE_HOSTS:
                yield _insecure(badge, written)
        elif DEAD_HOSTS.get(host(url)):
            return
        if host(url) in SHIELDS_HOSTS:
            yield from _shields(badge, entry, written, beside)
        yield from arxiv_badge(badge, entry, paper_badges)
        # a logo or screenshot in a link is a picture, not a badge: its alt text is the
        # accessibility checkers' business
        badge_like = is_badge_url(url) or badge.image.kind == "image"
        badge_like = badge_like and not is_tracking_pixel(url)
        if check_alt and badge_like and badge.link is not None and not badge.alt.strip():
            yield Finding(
                MalformedBadge.name,
                "badge image has no alt text: screen readers and broken images show nothing",
                badge.image.span,
                Severity.WARNING,
            )


def _writes_alt_text(doc: Document) -> bool:
    """Do most of the list's linked badges have alt text? Then one without is a slip; a
    list that leaves them all empty does so as its style."""
    linked = [badge for badge in doc.badges if badge.link is not None]
    described = sum(1 for badge in linked if badge.alt.strip())
    return described > len(linked) - described


def _entries_by_badge(doc: Document) -> dict[int, Entry]:
    return {b.image.span.start: entry for entry in doc.entries for b in entry.badges}


@dataclass(frozen=True)
class _Written:
    """Where a badge's image URL is written: in the badge, or in the definition of a
    reference (`![alt][label]`) that `uses` badges share. A problem of the URL itself is
    reported where it is written, once (`first`), and fixed there."""

    span: Span  # where a finding about the URL stands
    url: Span  # what a fix of the URL edits
    uses: int
    first: bool

    def about_url(self, message: str) -> str:
        return message if self.uses == 1 else f"{message} ({self.uses} badges use this URL)"


def _dead_service(badge: Badge, written: _Written) -> Finding | None:
    url = badge.image_url
    reason = DEAD_HOSTS.get(host(url))
    if reason is None:
        return None
    new = awesome_badge_replacement(url)
    if new:
        return Finding(
            MalformedBadge.name,
            written.about_url(
                f"the Awesome badge is served from RawGit, which shut down in 2019; use {new}"
            ),
            written.span,
            fix=Fix(f"Use {new}", (Edit(written.url, new),)),
        )
    return Finding(
        MalformedBadge.name,
        written.about_url(f"badge from a dead service ({reason}): it no longer renders"),
        written.span,
    )


def _insecure(badge: Badge, written: _Written) -> Finding:
    new = "https://" + badge.image_url[len("http://") :]
    return Finding(
        MalformedBadge.name,
        written.about_url("badge image is loaded over http://; the host serves https://"),
        written.span,
        Severity.WARNING,
        Fix("Load the badge over https://", (Edit(written.url, new),)),
    )


def _shields(
    badge: Badge, entry: Entry | None, written: _Written, beside: Beside
) -> Iterator[Finding]:
    shields = parse_shields(badge.image_url)
    parts = shields.parts
    if parts[0] == "badge" and len(parts) >= 2 and parts[1] not in SHIELDS_BADGE_ROUTES:
        finding = _static(written, "/".join(parts[1:]))
        if finding and written.first:
            yield finding
        return
    route = "/".join(parts[:3])
    for retired, replacement in RETIRED_SHIELDS.items():
        if route.startswith(retired):
            if written.first:
                yield Finding(
                    MalformedBadge.name,
                    written.about_url(
                        f"shields.io retired the /{retired} badge (it renders as an error); "
                        f"use /{replacement}"
                    ),
                    written.span,
                )
            return
    if len(parts) >= 2 and parts[0] == "github" and parts[1] in REPO_ROUTES:
        yield from _repository_badge(badge, entry, shields, written, beside)


def _static(written: _Written, content: str) -> Finding | None:
    """`/badge/<label>-<message>-<color>` or `/badge/<message>-<color>`: `--` is a dash."""
    pieces = unquote(content).replace("--", "\x00").split("-")
    if len(pieces) in (2, 3) and pieces[-1]:
        return None
    return Finding(
        MalformedBadge.name,
        written.about_url(
            f"static badge '/badge/{content}' matches no shields.io route: write "
            "/badge/<label>-<message>-<color> or /badge/<message>-<color> (a dash inside a "
            "part is written '--')"
        ),
        written.span,
    )


def _repository_badge(
    badge: Badge, entry: Entry | None, shields: ShieldsPath, written: _Written,
    beside: Beside,
) -> Iterator[Finding]:
    kind = shields.parts[1]
    args = shields.parts[2:]
    fewest, most = REPO_ROUTES[kind]
    if len(args) < fewest:
        if written.first:
            yield Finding(
                MalformedBadge.name,
                written.about_url(
                    f"the github/{kind} badge needs <owner>/<repo>; it renders "
                    "'404 badge not found'"
                ),
                written.span,
            )
        return
    if len(args) > most:
        if written.first:
            yield _overlong(badge, kind, args, shields, written)
        args = _pasted_repo(args)
    if len(args) < 2:
        return
    repo = f"{args[0]}/{args[1]}"
    linked = linked_repo(badge, entry)
    if linked is None or same_repository(repo, linked):
        return
    odd_link = link_naming(entry, linked, repo)
    if badge.link is not None and repo in beside and linked not in beside:
        odd_link = badge.link
    if odd_link is not None:
        # the badge agrees with its neighbours or with the link's own text: the link is the
        # odd one out, and which address it meant is not for a fix to guess
        agrees = "its neighbours do" if odd_link is badge.link else "the link's text says"
        yield Finding(
            MalformedBadge.name,
            f"the {kind} badge counts {repo}, as {agrees}, but the link goes to {linked}: "
            "a link copied from another entry?",
            odd_link.url_span,
        )
        return
    where = "the link it sits in" if badge.link is not None else "the entry's GitHub link"
    if _moved(repo, linked):
        # one repository under two owners: moved, and which owner is the new one the list
        # does not say (GitHub redirects the old)
        yield Finding(
            MalformedBadge.name,
            f"the {kind} badge counts {repo}, but {where} goes to {linked}: the repository "
            "moved? one of the two is its former owner",
            badge.image.span,
            Severity.WARNING,
        )
        return
    new = f"https://img.shields.io/github/{kind}/{linked}{shields.extension}{shields.query}"
    fix = Fix(f"Count {linked}", (Edit(written.url, new),), Applicability.UNSAFE)
    yield Finding(
        MalformedBadge.name,
        f"the {kind} badge counts {repo}, but {where} goes to {linked}: a badge "
        "copied from another entry, or the repository's former name",
        badge.image.span,
        fix=fix if written.uses == 1 else None,  # a URL other badges share is theirs too
    )


def _moved(repo: str, linked: str) -> bool:
    """One repository name under two owners that are not one owner mistyped
    (`web-arena-x` and `jykoh`; not `hashwatj07` and `shashwatj07`)."""
    (owner, name), (other_owner, other_name) = repo.lower().split("/"), linked.lower().split("/")
    return name == other_name and SequenceMatcher(None, owner, other_owner).ratio() < 0.8


def _overlong(
    badge: Badge, kind: str, args: list[str], shields: ShieldsPath, written: _Written
) -> Finding:
    repo = "/".join(_pasted_repo(args))
    new = f"https://{host(badge.image_url)}/github/{kind}/{repo}{shields.extension}{shields.query}"
    return Finding(
        MalformedBadge.name,
        written.about_url(
            f"'/github/{kind}/{'/'.join(args)}' matches no shields.io route and renders "
            f"'404 badge not found': the badge takes <owner>/<repo> only ({repo})"
        ),
        written.span,
        fix=Fix(f"Cut the path to {repo}", (Edit(written.url, new),)),
    )


def _pasted_repo(args: list[str]) -> list[str]:
    """OWNER and REPO of a path that holds more: "https://github.com/OWNER/REPO/…"."""
    pasted = args.index("github.com") + 1 if "github.com" in args else 0
    return args[pasted : pasted + 2]

