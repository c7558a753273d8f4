"""no-ci-badge: a list has no build to show; CI badges belong in code repositories."""

from __future__ import annotations

import re
from collections.abc import Iterator

from awesome_lint.document import Document
from awesome_lint.fixes import Finding
from awesome_lint.registry import Rule, register

CI_BADGE = re.compile(
    r"travis-ci\.(?:org|com)/|circleci\.com/|img\.shields\.io/(?:travis|circleci|github/"
    r"(?:actions|workflow)|appveyor|azure-devops|drone|buildkite)/|ci\.appveyor\.com/|"
    r"github\.com/[^/]+/[^/]+/(?:actions/)?workflows/[^?#]*badge\.svg|dev\.azure\.com/.*/_apis/build|"
    r"gitlab\.com/.*/(?:badges/.*/)?pipeline\.svg|codeship\.com/|cloud\.drone\.io/|"
    r"buildkite\.com/|semaphoreci\.com/",
    re.I,
)


@register
class NoCiBadge(Rule):
    name = "no-ci-badge"
    summary = "The list must not show a CI badge of its own."
    npm_names = ("awesome-no-ci-badge",)

    def check(self, doc: Document) -> Iterator[Finding]:
        in_entries = [e.span for e in doc.entries]
        for link in doc.links:
            if not link.image or not CI_BADGE.search(link.url):
                continue
            if any(s.start <= link.span.start < s.end for s in in_entries):
                continue  # a listed project's own build badge is about that project
            yield Finding(
                self.name,
                "the list shows a CI badge: a list has no build to show; remove it",
                link.span,
            )
