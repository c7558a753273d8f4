"""no-ci-badge: hand-made cases."""

from __future__ import annotations

import pytest
from conftest import fixed, lint, places

WORKFLOW = "https://github.com/o/awesome-tea/actions/workflows/lint.yml/badge.svg"

CI_IMAGES = [
    WORKFLOW,
    WORKFLOW + "?branch=main",
    "https://github.com/o/awesome-tea/workflows/CI/badge.svg",  # the old workflow URL
    "https://travis-ci.org/o/awesome-tea.svg?branch=master",
    "https://travis-ci.com/o/awesome-tea.svg",
    "https://circleci.com/gh/o/awesome-tea.svg?style=svg",
    "https://img.shields.io/github/actions/workflow/status/o/awesome-tea/ci.yml",
    "https://img.shields.io/travis/o/awesome-tea",
    "https://ci.appveyor.com/api/projects/status/abc?svg=true",
    "https://gitlab.com/o/awesome-tea/badges/main/pipeline.svg",
    "https://dev.azure.com/o/p/_apis/build/status/awesome-tea?branchName=main",
    "https://cloud.drone.io/api/badges/o/awesome-tea/status.svg",
    "https://badge.buildkite.com/abc.svg",
]


@pytest.mark.parametrize("image", CI_IMAGES)
def test_ci_badge_of_the_list_is_reported_at_the_image(image: str) -> None:
    text = f"# Awesome Tea [![Awesome](https://awesome.re/badge.svg)](https://awesome.re) [![Build]({image})](https://ci.example)\n"
    (finding,) = lint("no-ci-badge", text)
    assert places("no-ci-badge", text) == [(1, 79, f"![Build]({image})")]
    assert finding.fix is None
    assert fixed("no-ci-badge", text, unsafe=True) == text


@pytest.mark.parametrize(
    "text, place",
    [
        # under the heading, and not inside a link
        (f"# Awesome Tea\n\n![Build]({WORKFLOW})\n", (3, 1, f"![Build]({WORKFLOW})")),
        # through a reference definition
        (
            "# Awesome Tea\n\n[![Build][ci]][ci-link]\n\n"
            "[ci]: https://travis-ci.org/o/awesome-tea.svg\n[ci-link]: https://travis-ci.org/o/awesome-tea\n",
            (3, 2, "![Build][ci]"),
        ),
    ],
)
def test_ci_badge_anywhere_outside_the_entries(text: str, place: tuple[int, int, str]) -> None:
    assert places("no-ci-badge", text) == [place]


NOOP = [
    "# Awesome Tea [![Awesome](https://awesome.re/badge.svg)](https://awesome.re)\n",
    # badges that are not about a build
    "[![Stars](https://img.shields.io/github/stars/o/awesome-tea)](https://github.com/o/awesome-tea)\n",
    "[![License: CC0](https://img.shields.io/badge/License-CC0-blue.svg)](LICENSE)\n",
    "[![Track Awesome List](https://www.trackawesomelist.com/badge.svg)](https://www.trackawesomelist.com/o/r/)\n",
    "[![Netlify](https://api.netlify.com/api/v1/badges/abc/deploy-status)](https://app.netlify.com/sites/tea)\n",
    # a listed project's own build badge is about that project (awesome-rust shows one per crate)
    f"- [Tokio](https://tokio.example) - Async runtime. [![Build]({WORKFLOW})](https://ci.example)\n",
    "| Crate | Build |\n|---|---|\n| [serde](https://serde.example) | "
    "[![CI](https://travis-ci.org/serde-rs/serde.svg)](https://travis-ci.org/serde-rs/serde) |\n",
    # links to CI pages and workflow files are not images
    f"[Build]({WORKFLOW})\n",
    "[![Docs](https://github.com/o/r/actions/workflows/ci.yml)](https://github.com/o/r)\n",
    "[![Build](https://github.com/o/r/actions/workflows/ci.yml?label=badge.svg)](https://ci.example)\n",
    # a badge.svg that is not under a workflow
    "[![Logo](https://github.com/o/r/blob/main/workflows-art/badge.svg)](https://tea.example)\n",
    # code and comments
    "`![Build](https://travis-ci.org/o/r.svg)`\n",
    "<!-- [![Build](https://travis-ci.org/o/r.svg)](https://travis-ci.org/o/r) -->\n",
]


@pytest.mark.parametrize("text", NOOP)
def test_no_finding(text: str) -> None:
    assert lint("no-ci-badge", text) == []
