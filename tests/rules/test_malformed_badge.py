from __future__ import annotations

import pytest

from awesome_lint import fix_text, lint_text
from awesome_lint.fixes import Severity
from awesome_lint.rules.malformed_badge import MalformedBadge, Options

SHIELDS = "https://img.shields.io"


def findings(text: str, **options: object) -> list:  # type: ignore[type-arg]
    return lint_text(text, [MalformedBadge(Options(**options))])  # type: ignore[arg-type]


def fixed(text: str, unsafe: bool = False) -> str:
    return fix_text(text, [MalformedBadge()], unsafe=unsafe).source.text


def badge(image: str, link: str, alt: str = "Star") -> str:
    return f"[![{alt}]({image})]({link})\n"


NOOP = [
    badge(f"{SHIELDS}/badge/arXiv-b31b1b.svg", "https://arxiv.org/abs/2401.00001", "arXiv"),
    badge(f"{SHIELDS}/badge/Website-9cf", "https://example.org", "Website"),
    badge(f"{SHIELDS}/badge/license-MIT--0-blue.svg", "https://example.org/license", "license"),
    badge(f"{SHIELDS}/badge/made%20with-Python-1f425f.svg", "https://python.org", "Python"),
    badge(f"{SHIELDS}/github/stars/Org/Repo.svg?style=social&label=Star", "https://github.com/org/repo/tree/main/x"),
    badge(f"{SHIELDS}/github/stars/someone", "https://github.com/someone"),
    badge(f"{SHIELDS}/github/last-commit/org/repo/dev", "https://github.com/org/repo"),
    badge(f"{SHIELDS}/github/stars/org/repo", "https://org.github.io/repo/"),  # not a GitHub link
    badge(f"{SHIELDS}/crates/v/serde.svg", "https://crates.io/crates/serde", "crate"),
    badge("https://awesome.re/badge.svg", "https://awesome.re", "Awesome"),
    badge(f"{SHIELDS}/badge/arXiv-b31b1b.svg", "https://arxiv.org/abs//2306.08707", "arXiv"),
    # shields.io fills a dynamic badge in from the JSON at `url`: not a static badge
    badge(f"{SHIELDS}/badge/dynamic/json?url=https%3A%2F%2Fx.example%2Fa.json&query=%24.n"
          "&label=stars", "https://x.example", "stars"),
    "![logo](docs/logo.png)\n",  # not in a link, not a badge service
    # a logo in a link, without alt text: a picture, not a badge
    '[<img src="https://res.example/next-logo.svg" align="right" width="250">](https://nextjs.org)\n',
]


@pytest.mark.parametrize("text", NOOP)
def test_no_finding(text: str) -> None:
    assert findings(text) == []


@pytest.mark.parametrize(
    "text, message",
    [
        (badge(f"{SHIELDS}/badge/arXiv", "https://arxiv.org/abs/2401.00001", "arXiv"), "no shields.io route"),
        (badge(f"{SHIELDS}/badge/a-b-c-d", "https://x.org", "x"), "no shields.io route"),
        (badge(f"{SHIELDS}/github/forks/org", "https://github.com/org/repo"), "needs <owner>/<repo>"),
        (badge(f"{SHIELDS}/github/workflow/status/o/r/CI", "https://github.com/o/r", "CI"), "retired"),
        (badge("https://travis-ci.org/o/r.svg", "https://travis-ci.org/o/r", "Build"), "dead service"),
        (badge(f"{SHIELDS}/badge/arXiv-b31b1b.svg", "https://openaccess.thecvf.com/x.html", "arXiv"),
         "links to openaccess.thecvf.com, not to an arXiv paper"),
        (badge(f"{SHIELDS}/badge/arXiv-2401.00001-red", "https://example.org/paper", "paper"),
         "not to an arXiv paper"),
    ],
)
def test_reported_without_fix(text: str, message: str) -> None:
    (finding,) = findings(text)
    assert message in finding.message
    assert finding.fix is None


def test_overlong_repository_path_is_cut_safely() -> None:
    image = f"{SHIELDS}/github/stars/alibaba/EasyNLP/tree/master/diffusion/DiffSynth.svg?style=social"
    link = "https://github.com/alibaba/EasyNLP/tree/master/diffusion/DiffSynth"
    (finding,) = findings(badge(image, link))
    assert finding.fix is not None and finding.fix.applicability.label == "safe"
    assert fixed(badge(image, link)) == badge(
        f"{SHIELDS}/github/stars/alibaba/EasyNLP.svg?style=social", link
    )


def test_badge_for_another_repository_is_an_unsafe_fix() -> None:
    text = badge(f"{SHIELDS}/github/stars/hashwatj07/SageServe", "https://github.com/shashwatj07/SageServe")
    (finding,) = findings(text)
    assert "counts hashwatj07/SageServe" in finding.message
    assert fixed(text) == text
    assert fixed(text, unsafe=True) == badge(
        f"{SHIELDS}/github/stars/shashwatj07/SageServe", "https://github.com/shashwatj07/SageServe"
    )


def test_unwrapped_badge_is_compared_with_the_entry_github_link() -> None:
    text = (
        "| Title | Code | Stars |\n|---|---|---|\n"
        f"| [P](https://arxiv.org/abs/2401.00001) | [code](https://github.com/a/right) | "
        f"![stars]({SHIELDS}/github/stars/a/wrong) |\n"
    )
    (finding,) = findings(text)
    assert "the entry's GitHub link goes to a/right" in finding.message


def test_a_link_into_another_repository_tree_is_not_the_entry_repository() -> None:
    # a tool whose name links to its site, with "see the examples" into a sibling repository
    text = (
        "| Name | Notes | Stars |\n|---|---|---|\n"
        "| [Tool](https://tool.example) | [See examples](https://github.com/org/triggers/tree/"
        f"main/examples) | ![Stars]({SHIELDS}/github/stars/org/catalog) |\n"
    )
    assert findings(text) == []


def test_arxiv_badge_for_another_paper_than_the_title() -> None:
    text = (
        "| Title | arXiv |\n|---|---|\n| [P](https://arxiv.org/abs/2401.00001) | "
        f"[![arXiv]({SHIELDS}/badge/arXiv-b31b1b.svg)](https://arxiv.org/abs/2401.00002) |\n"
    )
    (finding,) = findings(text)
    assert "links to 2401.00002, but the entry's title links to 2401.00001" in finding.message


def test_rawgit_awesome_badge_and_http_images_are_fixed_safely() -> None:
    rawgit = "https://cdn.rawgit.com/sindresorhus/awesome/d7305f38d29fed78fa85652e3a63e154dd8e8829/media/badge.svg"
    text = badge(rawgit, "https://github.com/sindresorhus/awesome", "Awesome")
    text += badge("http://img.shields.io/badge/a-b-red.svg", "https://x.org", "a")
    assert fixed(text) == badge("https://awesome.re/badge.svg", "https://github.com/sindresorhus/awesome", "Awesome") + badge(
        "https://img.shields.io/badge/a-b-red.svg", "https://x.org", "a"
    )


def test_missing_alt_text_is_a_warning_and_can_be_turned_off() -> None:
    described = badge(f"{SHIELDS}/badge/c-d-blue.svg", "https://y.org", "Build")
    text = described + badge(f"{SHIELDS}/badge/a-b-red.svg", "https://x.org", "") + described
    (finding,) = findings(text)
    assert finding.severity == Severity.WARNING
    assert findings(text, check_alt_text=False) == []


def test_a_list_that_leaves_badges_without_alt_text_does_it_as_its_style() -> None:
    bare = badge(f"{SHIELDS}/badge/a-b-red.svg", "https://x.org", "")
    text = bare + bare + badge(f"{SHIELDS}/badge/c-d-blue.svg", "https://y.org", "Build")
    assert findings(text) == []


def test_seed_reports_exactly_two_badges(seed_text: str) -> None:
    found = findings(seed_text)
    lines = [seed_text.count("\n", 0, f.span.start) + 1 for f in found]
    assert lines == [55, 111]
    assert "thecvf.com" in found[0].message
    assert "alibaba/EasyNLP" in found[1].message
    shields = seed_text.count("https://img.shields.io/")
    assert shields == 151  # the other 150 shields badges are fine


# A badge written `![alt][label]` has its URL in the label's definition: the problem is
# there once, however many badges use it, and a fix of the URL edits the definition.
ICONS = (
    "- [Player](https://player.example) - Plays music. ![Free][free icon]\n"
    "- [Recorder](https://rec.example) - Records it. ![Free][Free Icon]\n"
    "- [Mixer](https://mix.example) - Mixes it. [![OSS][oss]](https://github.com/o/mixer)\n"
    "\n"
    "[free icon]: https://cdn.rawgit.com/o/list/master/media/free.svg\n"
    "[oss]: <http://img.shields.io/badge/OSS-yes-green.svg>\n"
)


def test_a_shared_definition_is_one_finding_at_the_definition() -> None:
    found = findings(ICONS)
    dead = [f for f in found if "dead service" in f.message]
    assert len(dead) == 1
    assert dead[0].message.endswith("(2 badges use this URL)")
    assert ICONS[dead[0].span.start : dead[0].span.end].startswith("https://cdn.rawgit.com/")


def test_a_fix_of_a_reference_badge_edits_its_definition() -> None:
    assert fixed(ICONS) == ICONS.replace("<http://img.shields.io", "<https://img.shields.io")


def test_a_shared_url_gets_no_fix_for_one_badge_that_disagrees_with_its_link() -> None:
    text = (
        "- [A](https://github.com/o/a) - A. [![Stars][stars]](https://github.com/o/a)\n"
        "- [B](https://github.com/o/b) - B. [![Stars][stars]](https://github.com/o/b)\n"
        "\n"
        f"[stars]: {SHIELDS}/github/stars/o/a\n"
    )
    (mismatch,) = findings(text)
    assert "counts o/a" in mismatch.message and mismatch.fix is None


def test_a_badge_with_a_whole_address_pasted_in_counts_the_repository_after_it() -> None:
    row = (
        "| [Evals](https://github.com/tjunlp-lab/Evals) | Papers. | "
        "![GitHub stars](https://img.shields.io/github/stars/https://github.com/tjunlp-lab/Evals?style=social) |\n"
    )
    text = "| Name | About | Stars |\n|---|---|---|\n" + row
    assert fixed(text) == text.replace(
        "stars/https://github.com/tjunlp-lab/Evals", "stars/tjunlp-lab/Evals"
    )


def test_an_analytics_pixel_in_a_link_needs_no_alt_text() -> None:
    """'>[![](https://ga-beacon.example/UA-41982088-6/list?pixel)](…)' under a sponsor's
    note: an invisible beacon, whose empty alt text is right."""
    described = badge(f"{SHIELDS}/badge/c-d-blue.svg", "https://y.org", "Build")
    pixel = badge("https://beacon.example/UA-41982088-6/github/list?pixel", "https://s.org", "")
    assert findings(described + pixel + described) == []
    image = badge("https://img.example/sponsor.png", "https://s.org", "")
    assert len(findings(described + image + described)) == 1


def test_a_repository_under_its_old_and_new_name_is_one_repository() -> None:
    """The list's own 'last commit' badge counts o/Awesome-Tea-Notes, its link goes to
    o/Tea-Notes: one repository renamed (GitHub redirects), not a copied badge."""
    text = badge(f"{SHIELDS}/github/last-commit/o/Awesome-Tea-Notes", "https://github.com/o/Tea-Notes")
    assert findings(text) == []
    typo = badge(f"{SHIELDS}/github/stars/o/TeaNote", "https://github.com/o/TeaNotes")
    assert "counts o/TeaNote" in findings(typo)[0].message


def test_a_pasted_address_is_one_finding_not_also_a_copied_badge() -> None:
    """'/github/last-commit/https://github.com/o/teapot' renders 404: that is the problem,
    reported once; the repository after the address is the entry's, so nothing disagrees."""
    item = (
        "* [Teapot](https://github.com/o/teapot) - ![last commit]"
        f"({SHIELDS}/github/last-commit/https://github.com/o/teapot?style=flat) Brews.\n"
    )
    found = findings(item)
    assert len(found) == 1 and "404" in found[0].message


def test_a_link_that_disagrees_with_a_badge_and_its_neighbours_is_the_odd_one_out() -> None:
    """The stars badge counts the row's own repository, as the last-commit badge beside it
    does; its link goes to another owner's path. The link went wrong, not the badge: no fix
    that would point the right badge at the wrong repository."""
    row = (
        "| [Kettle](https://github.com/tea/kettle)<br />"
        f"[![Stars]({SHIELDS}/github/stars/tea/kettle.svg)](https://github.com/Other/tea/kettle)"
        f"<br />![]({SHIELDS}/github/last-commit/tea/kettle) | Boils. |\n"
    )
    text = "| Name | About |\n|---|---|\n" + row
    found = findings(text)
    assert len(found) == 1
    assert "as its neighbours do" in found[0].message and "Other/tea" in found[0].message
    assert found[0].fix is None
    own = (  # a list's own badges on one line: the licence badge's link is another list's
        f"[![Stars]({SHIELDS}/github/stars/me/tea-list.svg)](https://github.com/me/tea-list) "
        f"[![License]({SHIELDS}/github/license/me/tea-list.svg)]"
        "(https://github.com/me/coffee-list/blob/main/LICENSE)\n"
    )
    assert [f.fix for f in findings("# Tea\n\n" + own)] == [None]


def test_a_static_badge_says_what_its_label_says_whatever_its_alt_text() -> None:
    """Alt text 'Arxiv' on a badge whose label reads 'ACL-findings 2024', linking to the
    ACL Anthology: a venue badge, right where it points."""
    venue = badge(f"{SHIELDS}/badge/ACL--findings-2024-orange.svg",
                  "https://aclanthology.org/2024.findings-acl.456.pdf", "Arxiv")
    assert findings(venue) == []
    picture = badge("https://example.org/arxiv-logo.png", "https://example.org/paper", "arXiv")
    assert "not to an arXiv paper" in findings(picture)[0].message


def test_an_arxiv_badge_linking_arxivs_web3_site_links_an_arxiv_paper() -> None:
    """web3.arxiv.org is arXiv's own new site: its /abs/ pages are the paper's."""
    text = badge(f"{SHIELDS}/badge/arXiv-2408.07199-b31b1b.svg",
                 "https://web3.arxiv.org/abs/2408.07199v1", "arXiv")
    assert findings(text) == []


def test_a_link_whose_text_names_the_badges_repository_is_the_odd_one_out() -> None:
    """'[[teapot-pytorch]](…/o/kettle) ![](…/stars/lucid/teapot-pytorch)': the link's text
    and the badge agree; the link was copied from another row. No fix moves the badge."""
    row = ("| Teapot | [[teapot-pytorch]](https://github.com/o/kettle) "
           f"![]({SHIELDS}/github/stars/lucid/teapot-pytorch.svg?style=social) |\n")
    (found,) = findings("| Paper | Code |\n|---|---|\n" + row)
    assert "as the link's text says" in found.message and found.fix is None


def test_one_repository_under_two_owners_is_a_move_not_a_copied_badge() -> None:
    """The badge counts web-tea/kettle, its link goes to jane/kettle: the repository
    moved from one owner to the other, and which is the new one the list does not say.
    A warning without a fix; a mistyped owner ('hashwatj07') keeps its fix."""
    text = badge(f"{SHIELDS}/github/stars/web-tea/kettle.svg", "https://github.com/jane/kettle")
    (found,) = findings(text)
    assert "moved" in found.message and found.fix is None and found.severity == Severity.WARNING


def test_a_badge_that_agrees_with_the_rows_code_link_blames_its_own_link() -> None:
    """'[2025/06/25](…/lab/search-r1) [![stars](…/stars/lab/search-r1)](…/gym/gym)': the
    date links the code the badge counts; the badge's link was copied from another row."""
    row = (
        "| [Search-R1](https://arxiv.org/abs/2506.20670) | [2025/06/25](https://github.com/lab/search-r1) "
        f"[![GitHub stars]({SHIELDS}/github/stars/lab/search-r1?style=social)](https://github.com/gym/gym) |\n"
    )
    (found,) = findings("| Paper | Code |\n|---|---|\n" + row)
    assert "as its neighbours do" in found.message and found.fix is None


def test_arxiv_coloured_badges_that_a_list_calls_papers_are_its_paper_badges() -> None:
    """`![Paper](…/badge/arXiv-b31b1b.svg)` on most papers of a list, some linking
    conference pages: the list's paper badge, in arXiv's colours. Where the list calls
    them arXiv, one called Paper that links elsewhere is still reported."""
    image = f"{SHIELDS}/badge/arXiv-b31b1b.svg"
    papers = "".join(badge(image, f"https://arxiv.org/abs/2401.0000{n}", "Paper") for n in range(3))
    venue = badge(image, "https://dl.acm.org/doi/10.1145/3581783.3612345", "Paper")
    assert findings(papers + venue) == []
    arxivs = papers.replace("![Paper]", "![arXiv]")
    assert len(findings(arxivs + venue)) == 1


def test_a_badge_under_a_name_line_in_no_entry_has_the_paragraph_for_neighbours() -> None:
    """'[Turbine](…/cashapp/turbine) - test library⏎[![stars](…/cashapp/turbine)](…/klip)':
    a list the model reads no entries in; the badge agrees with the name line above it."""
    para = (
        "[Turbine](https://github.com/cashapp/turbine) - test library\n"
        f"[![GitHub Repo stars]({SHIELDS}/github/stars/cashapp/turbine?style=flat)]"
        "(https://github.com/mpetuska/klip)\n"
    )
    (found,) = findings("# Tea\n\n" + para)
    assert "as its neighbours do" in found.message and found.fix is None


def test_a_row_named_after_the_badges_repository_blames_its_link() -> None:
    row = ("| **S3Scanner** | [https://github.com/sa7mon/S3Scanner/](https://github.com/cloudquery/cloudquery/) "
           f"| Finds open buckets. | ![S3Scanner]({SHIELDS}/github/stars/sa7mon/S3Scanner) |\n")
    (found,) = findings("| Name | Link | About | Stars |\n|---|---|---|---|\n" + row)
    assert "sa7mon/S3Scanner" in found.message and found.fix is None


def test_the_main_headings_dead_rawgit_badge_is_reported_once_by_the_rules_that_run() -> None:
    """The default preset has no awesome-badge: malformed-badge reports the main
    heading's RawGit Awesome badge. With awesome-badge running, that rule's finding
    stands alone."""
    from awesome_lint import lint_text

    rawgit = "https://cdn.rawgit.com/sindresorhus/awesome/d7305f38d29fed78fa85652e3a63e154dd8e8829/media/badge.svg"
    text = f"# Awesome Tea [![Awesome]({rawgit})](https://github.com/sindresorhus/awesome)\n\n- [K](https://e.org/k) - Boils.\n"
    on_badge = {f.rule for f in lint_text(text, preset="recommended") if "RawGit" in f.message}
    assert on_badge == {"malformed-badge"}
    both = [f.rule for f in lint_text(text, preset="awesome") if rawgit in f.message or "RawGit" in f.message]
    assert both == ["awesome-badge"]
