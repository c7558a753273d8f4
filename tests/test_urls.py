"""URL helpers: the shortcut readings agree with urllib's."""

from __future__ import annotations

import re
from urllib.parse import urlsplit

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from awesome_lint.urls import doi, is_repository_path, normal_url


def by_urlsplit(url: str) -> str:
    parts = urlsplit(url.strip())
    hostname = (parts.hostname or "").lower().removeprefix("www.")
    path = re.sub(r"/(?:index\.html?)?$", "", parts.path)
    return f"{hostname}{path}{'?' + parts.query if parts.query else ''}"


@pytest.mark.parametrize(
    "url",
    [
        "https://x.org", "https://WWW.X.org/a/", "https://x.org/index.html", "https://x.org/?",
        "https://x.org/a?b=1#c", "https://www.x.org:80/a", "http://user@x.org/", "HTTPS://x.org/",
        " https://x.org/a b ", "https://x.org/a/index.htm?x",
    ],
)
def test_normal_url_reads_as_urlsplit_does(url: str) -> None:
    assert normal_url(url) == by_urlsplit(url)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["https://", "http://", "www.", "x.org", "X", ":8", "@", "/",
                                 "a", "?", "q=1", "#", "f", "index.html", "%20", "-"]),
                max_size=8).map("".join))
def test_normal_url_agrees_with_urlsplit_on_generated_urls(url: str) -> None:
    try:
        expected = by_urlsplit(url)
    except ValueError:
        return  # urlsplit refuses it; normal_url returns it as given
    assert normal_url(url) == expected


def test_doi_needs_doi_somewhere() -> None:
    assert doi("https://doi.org/10.1145/3377811.3380362") == "10.1145/3377811.3380362"
    assert doi("https://dl.acm.org/doi/10.1145/3377811") == "10.1145/3377811"
    assert doi("https://example.org/10.1145/3377811") is None


@pytest.mark.parametrize(
    ("url", "inside"),
    [
        ("./pages/README-2018-2020.md", True),
        ("CODE_OF_CONDUCT.md", True),
        ("docs/", True),
        ("books.md#c", True),
        ("catnames.best", False),  # an address without its scheme
        ("github.com/owner/repo", False),
        ("test", False),  # a bare word: no file, no folder
        ("https://example.org", False),
        ("", False),
    ],
)
def test_a_repository_path_is_a_file_or_folder_of_the_list(url: str, inside: bool) -> None:
    assert is_repository_path(url) is inside


def test_a_repository_link_with_a_query_or_a_fragment_is_the_repository() -> None:
    from awesome_lint.urls import github_repo

    assert github_repo("https://github.com/o/r?tab=readme-ov-file") == ("o", "r", "")
    assert github_repo("https://github.com/o/r#usage") == ("o", "r", "")
    assert github_repo("https://github.com/o/r/tree/main/x?y=1") == ("o", "r", "/tree/main/x")
