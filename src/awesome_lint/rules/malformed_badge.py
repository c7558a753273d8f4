"""malformed-badge: badges that render wrong or tell a different story than their link."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from urllib.parse import unquote

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
    arxiv_id,
    awesome_badge_replacement,
    github_repo,
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

    def check(self, doc: Document) -> Iterator[Finding]:
        entry_of = _entries_by_badge(doc)
        main = next((h for h in doc.headings if h.level == 1), None)
        alt_habit = self.options.check_alt_text and _writes_alt_text(doc)
        places = [doc.destination_span(badge.image) for badge in doc.badges]
        uses = Counter(places)
        seen: set[Span] = set()
        for badge, place in zip(doc.badges, places, strict=True):
            in_main = main is not None and main.span.start <= badge.image.span.start < main.span.end
            if in_main and awesome_badge_replacement(badge.image_url):
                continue  # the main heading's RawGit Awesome badge is awesome-badge's
            entry = entry_of.get(badge.image.span.start)
            if place == badge.image.url_span:
                written = _Written(badge.image.span, place, 1, first=True)
            else:  # one problem, one finding: a definition's URL is reported once, there
                written = _Written(place, place, uses[place], first=place not in seen)
                seen.add(place)
            yield from self.check_badge(doc, badge, entry, written, check_alt=alt_habit)

    def check_badge(
        self, doc: Document, badge: Badge, entry: Entry | None, written: _Written, *,
        check_alt: bool,
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
            yield from _shields(badge, entry, written)
        yield from _arxiv_badge(badge, entry)
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


def _shields(badge: Badge, entry: Entry | None, written: _Written) -> Iterator[Finding]:
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
        yield from _repository_badge(badge, entry, shields, written)


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
    badge: Badge, entry: Entry | None, shields: ShieldsPath, written: _Written
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
        args = args[:2]
    if len(args) < 2:
        return
    repo = f"{args[0]}/{args[1]}"
    linked = _linked_repo(badge, entry)
    if linked is not None and not same_repository(repo, linked):
        where = "the link it sits in" if badge.link is not None else "the entry's GitHub link"
        new = f"https://img.shields.io/github/{kind}/{linked}{shields.extension}{shields.query}"
        fix = Fix(f"Count {linked}", (Edit(written.url, new),), Applicability.UNSAFE)
        yield Finding(
            MalformedBadge.name,
            f"the {kind} badge counts {repo}, but {where} goes to {linked}: a badge "
            "copied from another entry, or the repository's former name",
            badge.image.span,
            fix=fix if written.uses == 1 else None,  # a URL other badges share is theirs too
        )


def _overlong(
    badge: Badge, kind: str, args: list[str], shields: ShieldsPath, written: _Written
) -> Finding:
    pasted = args.index("github.com") + 1 if "github.com" in args else 0  # "https://github.com/…"
    repo = "/".join(args[pasted : pasted + 2])
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


def _linked_repo(badge: Badge, entry: Entry | None) -> str | None:
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
        parts = parse_shields(badge.image_url).parts
        return len(parts) >= 2 and parts[0] == "badge" and parts[1].lower().startswith("arxiv-")
    return False

