"""no-ci-badge: a list has no build to show; CI badges belong in code repositories."""

from __future__ import annotations

import re
from collections.abc import Iterator

from awesome_lint.document import Document, SpanSet
from awesome_lint.fixes import Finding
from awesome_lint.registry import Rule, register

# Badge hosts and shields.io routes of CI services (no unbounded wildcards: see below).
_CI_HOSTS = re.compile(
    r"travis-ci\.(?:org|com)/|circleci\.com/|img\.shields\.io/(?:travis|circleci|github/"
    r"(?:actions|workflow)|appveyor|azure-devops|drone|buildkite)/|ci\.appveyor\.com/|"
    r"codeship\.com/|cloud\.drone\.io/|buildkite\.com/|semaphoreci\.com/",
    re.I,
)
_WORKFLOW = re.compile(r"github\.com/[^/]+/[^/]+/(?:actions/)?workflows/", re.I)
_QUERY = re.compile(r"[?#]")


def is_ci_badge(url: str) -> bool:
    r"""A build badge: a CI service's image, a GitHub Actions workflow badge, a GitLab
    pipeline or an Azure build badge. The last three are checked with `find`: as patterns
    (`gitlab\.com/.*/pipeline\.svg`) every occurrence of the host rescanned the URL."""
    lower = url.lower()
    return bool(
        _CI_HOSTS.search(lower)
        or _in_order(lower, "gitlab.com/", "/pipeline.svg")
        or _in_order(lower, "dev.azure.com/", "/_apis/build")
        or _workflow_badge(lower)
    )


def _in_order(text: str, first: str, then: str) -> bool:
    found = text.find(first)
    return found >= 0 and text.find(then, found + len(first)) >= 0


def _workflow_badge(url: str) -> bool:
    """`github.com/o/r/actions/workflows/….badge.svg`, before any query or fragment."""
    checked_to = -1
    for workflow in _WORKFLOW.finditer(url):
        if workflow.end() <= checked_to:
            continue  # its path lies inside one already looked at
        query = _QUERY.search(url, workflow.end())
        end = query.start() if query else len(url)
        if url.find("badge.svg", workflow.end(), end) >= 0:
            return True
        checked_to = end
    return False


@register
class NoCiBadge(Rule):
    name = "no-ci-badge"
    preset = "awesome"
    summary = "The list must not show a CI badge of its own."
    npm_names = ("awesome-no-ci-badge",)

    def check(self, doc: Document) -> Iterator[Finding]:
        in_entries = SpanSet(e.span for e in doc.entries)
        for link in doc.links:
            if not link.image or not is_ci_badge(link.url):
                continue
            if link.span.start in in_entries:
                continue  # a listed project's own build badge is about that project
            yield Finding(
                self.name,
                "the list shows a CI badge, which the sindresorhus/awesome guidelines ask "
                "lists not to (the check can still run; the badge tells readers nothing)",
                link.span,
            )
