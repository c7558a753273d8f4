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
        # another badge in the heading is not the Awesome badge
        "# Awesome Tea [![Build](https://ci.example/b.svg)](https://ci.example)\n",
        # a "Mentioned in Awesome" badge under the title is not the Awesome badge either
        "# Awesome Tea\n\n[![Mentioned in Awesome Go](https://awesome.re/mentioned-badge.svg)]"
        "(https://github.com/avelino/awesome-go)\n",
        # a badge under a later section is not shown with the title
        "# Awesome Tea\n\n## Links\n\n[![Awesome](https://awesome.re/badge.svg)](https://awesome.re)\n",
    ],
)
def test_missing_badge_is_reported_at_the_heading_without_fix(text: str) -> None:
    (finding,) = lint("awesome-badge", text)
    first_line = text.split("\n", 1)[0]
    assert places("awesome-badge", text) == [(1, 1, first_line)]
    assert finding.message.startswith("the main heading has no Awesome badge")
    assert finding.fix is None


@pytest.mark.parametrize(
    "text, line, repairs",
    [
        # the badge on the line right after the heading
        (
            "# Awesome Tea\n[![Awesome](https://awesome.re/badge.svg)](https://awesome.re)\n",
            2,
            "move it onto the heading's line",
        ),
        # in a centred block of badges a few lines under the title, from RawGit
        (
            "# Awesome Tea\n<div align=center>\n\n"
            "![Stars](https://img.shields.io/github/stars/o/r.svg)\n\n"
            f" [![Awesome]({RAWGIT}/badge.svg)](https://github.com/sindresorhus/awesome)\n\n"
            "</div>\n\n## Green\n",
            6,
            "move it onto the heading's line and serve it from https://awesome.re/badge.svg",
        ),
        # an awesome.re badge linked to the list's own repository
        (
            "# Tea Papers\n\n[![Awesome](https://awesome.re/badge.svg)](https://github.com/o/tea-papers)\n",
            3,
            "move it onto the heading's line and link it to https://awesome.re",
        ),
        # a copy kept in the repository, and a logo above the heading
        (
            '<div align="center"><img src="logo.png"></div>\n\n# Awesome Tea\n\n'
            "[![Awesome](media/awesome.png)](https://github.com/sindresorhus/awesome)\n",
            5,
            "move it onto the heading's line and serve it from https://awesome.re/badge.svg",
        ),
    ],
)
def test_badge_beside_the_heading_is_not_called_missing(text: str, line: int, repairs: str) -> None:
    (finding,) = lint("awesome-badge", text)
    heading = next(row for row in text.split("\n") if row.startswith("# "))
    assert [p[2] for p in places("awesome-badge", text)] == [heading]
    assert finding.message == (
        f"the Awesome badge is on line {line}, not in the main heading: {repairs}"
    )
    assert finding.fix is None


BANNER = (
    "# Acme Cloud Is Now Live! 🎉\n\n"
    "[Acme Cloud](https://acme.example/?utm_source=github&utm_campaign=tea) hosts your tea.\n\n"
)


def test_a_sponsor_banner_heading_is_not_the_title() -> None:
    text = BANNER + "# Awesome Tea [![Awesome](https://awesome.re/badge.svg)](https://awesome.re)\n"
    assert lint("awesome-badge", text) == []
    text = BANNER + "# Awesome Tea\n\n## Green\n"
    assert places("awesome-badge", text) == [(5, 1, "# Awesome Tea")]


def test_a_title_with_a_tracked_sponsor_link_is_still_the_title() -> None:
    # the heading does not name the sponsor: it is the list's title, not an advert
    text = (
        "# Awesome Tea\n\nSponsored by [Acme](https://acme.example/?utm_source=tea).\n\n"
        "# More [![Awesome](https://awesome.re/badge.svg)](https://awesome.re)\n"
    )
    assert places("awesome-badge", text) == [(1, 1, "# Awesome Tea")]


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


@pytest.mark.parametrize(
    "text, message",
    [
        (
            "# Awesome Tea ![Awesome](https://awesome.re/badge.svg)\n",
            "the Awesome badge is not a link: link it to https://awesome.re",
        ),
        (
            "# Awesome Tea [![Awesome](https://awesome.re/badge.svg)](https://example.org)\n",
            "the Awesome badge links to https://example.org: link it to https://awesome.re",
        ),
        # the awesome.re image is the Awesome badge whatever its alt text
        (
            "# Awesome Tea [![A](https://awesome.re/badge.svg)](https://example.org)\n",
            "the Awesome badge links to https://example.org: link it to https://awesome.re",
        ),
    ],
)
def test_badge_not_linked_to_awesome_is_reported_at_the_image(text: str, message: str) -> None:
    (finding,) = lint("awesome-badge", text)
    ((line, _, shown),) = places("awesome-badge", text)
    assert line == 1 and shown.startswith("![") and shown.endswith("badge.svg)")
    assert finding.message == message
    assert finding.fix is None


@pytest.mark.parametrize(
    "text",
    [
        '<div align="center"><h3>Tea School</h3></div>\n\n# Contents\n\n- [Tea](#tea)\n\n## Tea\n\nText.\n',
        "Intro words.\n\n#### Who keeps it\n\n- Us.\n\n# 资源列表\n\n- [Tea](https://tea.example)\n",
    ],
)
def test_a_first_hash_heading_that_is_no_title_is_not_asked_for_the_badge(text: str) -> None:
    assert lint("awesome-badge", text) == []


def test_a_title_written_in_html_leaves_the_first_hash_heading_a_section() -> None:
    text = (
        '<div align="center">\n    <h1>Awesome Tea</h1>\n'
        '    <a href="https://awesome.re"><img src="https://awesome.re/badge.svg"/></a>\n</div>\n\n'
        "# General\n\n- [Kettle](https://kettle.example) - Boils water.\n"
    )
    assert lint("awesome-badge", text) == []
