"""Table rows whose words are a repository's own, quoted as its makers wrote them."""

from __future__ import annotations

import re
from collections.abc import Iterator

from awesome_lint.document import Document, Span
from awesome_lint.urls import github_repo


def rows_quoting_repositories(doc: Document) -> Iterator[Span]:
    """Rows named by a repository's path (`[vnpy/vnpy](https://github.com/vnpy/vnpy)`), or
    by its name in a numbered ranking (`| 6 | [Javascript](…/bellshade/Javascript)`):
    a ranking of repositories, whose descriptions are each repository's own, as its
    makers wrote them and as the next update will write them again."""
    for entry in doc.entries:
        if entry.kind != "row" or entry.title_link is None:
            continue
        repo = github_repo(entry.title_link.url)
        if repo is None:
            continue
        named = entry.title_link.text.strip()
        first = entry.cells[0].span if entry.cells else None
        ranked = first is not None and _RANK.fullmatch(doc.text, first.start, first.end)
        if named == f"{repo[0]}/{repo[1]}" or (named == repo[1] and ranked):
            yield entry.span


_RANK = re.compile(r"\s*\d+\s*")  # "| 6 | [Javascript](…/bellshade/Javascript) |": by stars
