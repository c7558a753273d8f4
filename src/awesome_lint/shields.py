"""shields.io badge addresses: the routes the badge rules know and how a path reads."""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import urlsplit

SHIELDS_HOSTS = ("img.shields.io", "shields.io")
# /badge/<route>/…: badges shields.io fills in from a query, not static /badge/<text>-<color>
SHIELDS_BADGE_ROUTES = frozenset({"dynamic", "endpoint"})
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
# Badge hosts that serve https://, so an http:// badge of theirs can just switch.
HTTPS_BADGE_HOSTS = frozenset(
    {"img.shields.io", "shields.io", "badge.fury.io", "badgen.net", "awesome.re", "travis-ci.com",
     "api.travis-ci.com", "circleci.com", "ci.appveyor.com", "codecov.io", "coveralls.io",
     "goreportcard.com", "github.com", "gitlab.com", "deps.rs", "docs.rs", "img.badgesize.io"}
)
RETIRED_SHIELDS = {"github/workflow/status": "github/actions/workflow/status/<owner>/<repo>/<file>"}


@dataclass(frozen=True)
class ShieldsPath:
    parts: list[str]  # path segments after the host, extension removed from the last
    extension: str  # ".svg" or ""
    query: str  # "?style=social" or ""


def parse_shields(url: str) -> ShieldsPath:
    split = urlsplit(url)
    path = split.path.strip("/")
    extension = ""
    match = _EXTENSION.search(path)
    if match:
        extension, path = match.group(0), path[: match.start()]
    query = f"?{split.query}" if split.query else ""
    return ShieldsPath(path.split("/"), extension, query)


def static_label(url: str) -> str | None:
    """The lower-case label part of a shields.io static badge (`/badge/arXiv-2401.00001-red`
    gives "arxiv-2401.00001-red"), None for any other image."""
    if urlsplit(url).hostname not in SHIELDS_HOSTS:
        return None
    parts = parse_shields(url).parts
    return parts[1].lower() if len(parts) >= 2 and parts[0] == "badge" else None


# Services whose badges no longer render.
DEAD_HOSTS = {
    "cdn.rawgit.com": "RawGit shut down in 2019",
    "rawgit.com": "RawGit shut down in 2019",
    "travis-ci.org": "travis-ci.org shut down in 2021",
    "api.travis-ci.org": "travis-ci.org shut down in 2021",
    "david-dm.org": "David DM is offline",
    "gemnasium.com": "Gemnasium shut down in 2018",
}
