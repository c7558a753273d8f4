"""awesome-badge: hand-made cases."""

from __future__ import annotations

import pytest
from conftest import fixed, lint, places

from awesome_lint.fixes import Applicability

RAWGIT = "https://cdn.rawgit.com/sindresorhus/awesome/d7305f38d29fed78fa85652e3a63e154dd8e8829/media"
JSDELIVR = "https://cdn.jsdelivr.net/gh/sindresorhus/awesome@d7305f38d29fed78fa85652e3a63e154dd8e8829/media"


def heading(image: str, link: str = "https://awesome.re", alt: str = "Awesome") -> str:
    return f"# Awesome Tea [![{alt}]({image})]({link})\n\n- [Leaf](https://leaf.example) - Tea.\n"


NOOP = [
    heading("https://awesome.re/badge.svg"),
    heading("https://awesome.re/badge-flat.svg"),
    heading("https://awesome.re/badge-flat2.svg"),
    heading("https://awesome.re/badge.svg", "https://awesome.re/"),
    heading("https://awesome.re/badge.svg", "https://github.com/sindresorhus/awesome"),
    heading("https://awesome.re/badge.svg", "https://github.com/sindresorhus/awesome#readme"),
    # the badge among other badges of the heading, not first
    "# Awesome Tea [![Stars](https://img.shields.io/github/stars/o/r)](https://github.com/o/r) "
    "[![Awesome](https://awesome.re/badge.svg)](https://awesome.re)\n",
    # a leading comment, as generated lists have, does not hide the heading
    "<!-- generated; edit list.yml -->\n# Awesome Tea [![Awesome](https://awesome.re/badge.svg)](https://awesome.re)\n",
    # the image through a reference definition
    "# Awesome Tea [![Awesome][badge]](https://awesome.re)\n\n[badge]: https://awesome.re/badge.svg\n",
    # no `#` heading at all: awesome-heading's to report, not this rule's
    "## Tea\n\n- [Leaf](https://leaf.example) - Tea.\n",
    '<h1 align="center">Awesome Tea</h1>\n\n- [Leaf](https://leaf.example) - Tea.\n',
    # badges under a `##` heading do not count, nor do they disturb
    "# Awesome Tea [![Awesome](https://awesome.re/badge.svg)](https://awesome.re)\n\n"
    "## Tools [![Build](https://ci.example/b.svg)](https://ci.example)\n",
]


@pytest.mark.parametrize("text", NOOP)
def test_no_finding(text: str) -> None:
    assert lint("awesome-badge", text) == []


@pytest.mark.parametrize(
    "text",
    [
        "# Awesome Tea\n\n- [Leaf](https://leaf.example) - Tea.\n",
        # a badge on the line under the heading is not in the heading
        "# Awesome Tea\n\n[![Awesome](https://awesome.re/badge.svg)](https://awesome.re)\n",
        # another badge in the heading is not the Awesome badge
        "# Awesome Tea [![Build](https://ci.example/b.svg)](https://ci.example)\n",
        # the awesome.re image with another alt text and another link is somebody's own
        "# Awesome Tea [![A](https://awesome.re/badge.svg)](https://example.org)\n",
    ],
)
def test_missing_badge_is_reported_at_the_heading_without_fix(text: str) -> None:
    (finding,) = lint("awesome-badge", text)
    first_line = text.split("\n", 1)[0]
    assert places("awesome-badge", text) == [(1, 1, first_line)]
    assert finding.fix is None


def test_only_the_first_main_heading_is_looked_at() -> None:
    text = "# Awesome Tea\n\n# More [![Awesome](https://awesome.re/badge.svg)](https://awesome.re)\n"
    assert places("awesome-badge", text) == [(1, 1, "# Awesome Tea")]


@pytest.mark.parametrize("variant", ["badge", "badge-flat", "badge-flat2"])
def test_rawgit_badge_is_pointed_at_awesome_re_by_a_safe_fix(variant: str) -> None:
    text = heading(f"{RAWGIT}/{variant}.svg", "https://github.com/sindresorhus/awesome")
    (finding,) = lint("awesome-badge", text)
    assert places("awesome-badge", text) == [(1, 16, f"![Awesome]({RAWGIT}/{variant}.svg)")]
    assert finding.fix is not None and finding.fix.applicability == Applicability.SAFE
    assert fixed("awesome-badge", text) == text.replace(
        f"{RAWGIT}/{variant}.svg", f"https://awesome.re/{variant}.svg"
    )
    assert lint("awesome-badge", fixed("awesome-badge", text)) == []


@pytest.mark.parametrize(
    "image",
    [
        f"{JSDELIVR}/badge.svg",  # awesome-readme's heading
        "media/badge.svg",  # a copy in the repository
        "http://awesome.re/badge.svg",  # not over https
        "https://awesome.re/badge.png",
    ],
)
def test_badge_from_another_source_is_reported_at_the_image_without_fix(image: str) -> None:
    text = heading(image)
    (finding,) = lint("awesome-badge", text)
    assert places("awesome-badge", text) == [(1, 16, f"![Awesome]({image})")]
    assert image in finding.message
    assert finding.fix is None
    assert fixed("awesome-badge", text, unsafe=True) == text


def test_a_valid_badge_beside_a_stale_one_is_enough() -> None:
    text = (
        f"# Awesome Tea [![Awesome]({RAWGIT}/badge.svg)](https://awesome.re) "
        "[![Awesome](https://awesome.re/badge.svg)](https://awesome.re)\n"
    )
    assert lint("awesome-badge", text) == []


@pytest.mark.xfail(
    strict=True,
    reason="the page and summary ask for the badge inside a link to awesome.re or "
    "sindresorhus/awesome; an image whose alt text is 'Awesome' passes whatever it links to",
)
@pytest.mark.parametrize(
    "text",
    [
        "# Awesome Tea ![Awesome](https://awesome.re/badge.svg)\n",
        "# Awesome Tea [![Awesome](https://awesome.re/badge.svg)](https://example.org)\n",
    ],
)
def test_badge_not_linked_to_awesome_is_reported(text: str) -> None:
    assert [f.rule for f in lint("awesome-badge", text)] == ["awesome-badge"]
