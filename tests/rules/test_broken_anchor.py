from __future__ import annotations

import pytest
from conftest import CORPUS, SEED, need_shared

from awesome_lint import fix_text, lint_text
from awesome_lint.fixes import Applicability, Severity
from awesome_lint.rules.broken_anchor import BrokenAnchor, Options
from awesome_lint.source import Source


def findings(text: str, **options: object) -> list:  # type: ignore[type-arg]
    return lint_text(text, [BrokenAnchor(Options(**options))])  # type: ignore[arg-type]


def fixed(text: str) -> str:
    return fix_text(text, [BrokenAnchor()]).source.text


NOOP = [
    "- [A](#a)\n\n# A\n",
    "- [Tom & Jerry](#tom--jerry)\n\n## Tom & Jerry\n",
    "- [x](#echo-1)\n\n# echo\n# echo\n",
    "- [Top](#)\n",
    '- [Go](#target)\n\n<a name="target"></a>\n',
    '- [Go](#section-x)\n\n<div id="section-x">text</div>\n',
    '- [Go](#inline) and <span id="inline">here</span>\n',
    "- [Go](#user-content-a)\n\n# A\n",
    "- [Chinese](#%E4%B8%AD%E6%96%87)\n\n## 中文\n",
    "`[code](#nowhere)`\n\n```\n[x](#nowhere)\n```\n",
    "<!-- [x](#nowhere) -->\n",
    "- [ext](https://example.org/#frag)\n",
    "- [emoji](#-rocket)\n\n## 🚀 Rocket\n",
    "[ref]: #a\n\n[see][ref]\n\n# A\n",
    # the all-contributors bot's table links each contribution to an anchor nobody defines
    "<!-- ALL-CONTRIBUTORS-LIST:START - Do not remove or modify this section -->\n"
    '<table><tr><td><a href="#infra-kim" title="Infrastructure">🚇</a></td></tr></table>\n'
    "<!-- ALL-CONTRIBUTORS-LIST:END -->\n",
]


@pytest.mark.parametrize("text", NOOP)
def test_no_finding(text: str) -> None:
    assert findings(text) == []


@pytest.mark.parametrize(
    "text, fixed_text",
    [
        # destination with spaces: not a link on GitHub
        ("- [1.1. Quantization](#1.1. Quantization)\n\n## 1.1. Quantization\n",
         "- [1.1. Quantization](#11-quantization)\n\n## 1.1. Quantization\n"),
        # renamed heading, found by the link text
        ("- [Water Chemistry](#water)\n\n## Water Chemistry\n",
         "- [Water Chemistry](#water-chemistry)\n\n## Water Chemistry\n"),
        # a misspelt fragment
        ("- [Optimization](#optimzation)\n\n## Optimization\n",
         "- [Optimization](#optimization)\n\n## Optimization\n"),
        # HTML link
        ('<a href="#Shop">Shops</a>\n\n## Shops\n', '<a href="#shops">Shops</a>\n\n## Shops\n'),
    ],
)
def test_finding_and_fix(text: str, fixed_text: str) -> None:
    assert len(findings(text)) == 1
    assert fixed(text) == fixed_text


def test_case_only_works_on_github_and_is_reported_only_when_asked() -> None:
    text = "- [A](#A)\n- [B](#nope)\n\n# A\n"
    assert [f.severity for f in findings(text)] == [Severity.ERROR]
    got = findings(text, case_sensitive=True)
    assert [f.severity for f in got] == [Severity.WARNING, Severity.ERROR]
    assert fix_text("- [Contact](#Contact)\n\n# Contact\n", [BrokenAnchor(Options(case_sensitive=True))]).source.text == (
        "- [Contact](#contact)\n\n# Contact\n"
    )


def test_a_numbered_anchor_is_an_unsafe_fix() -> None:
    """'#deep-learning-3' is right today, but it moves when a heading of that name is
    added above: the maintainer may rather add an <a name> (as the list does elsewhere)."""
    text = (
        "- [Python](#python)\n  - [Deep Learning](#deep-learning)\n"
        "- [Rust](#rust)\n  - [Deep Learning](#rust-deep-learning)\n\n"
        "## Python\n### Deep Learning\n## Rust\n### Deep Learning\n"
    )
    (finding,) = findings(text)
    assert "'#deep-learning-1' (numbered: another heading has the same text)" in finding.message
    assert finding.fix is not None and finding.fix.applicability.label == "unsafe"


def test_no_fix_when_no_heading_fits() -> None:
    (finding,) = findings("- [Gone](#gone)\n\n# Other\n")
    assert finding.fix is None
    assert "no heading fits" in finding.message


def test_ties_are_settled_by_toc_order() -> None:
    text = (
        "- [1. A](#1-a)\n- [1.1. Same](#1.1. Same)\n- [2. B](#2-b)\n- [2.2. Same](#2.2. Same)\n"
        "- [3. C](#3-c)\n\n# 1. A\n## 1.1. Same\n# 2. B\n## 2.1. Same\n# 3. C\n"
    )
    assert "- [2.2. Same](#21-same)\n" in fixed(text)


def test_a_loose_match_outside_the_toc_order_is_not_fixed() -> None:
    text = (
        "- [Pose](#pose)\n- [Instruct-guided](#instruct-guided-generation)\n- [Sound](#sound)\n\n"
        "# Pose\n# Sound\n# Editing\n# Instruct-guided Editing\n"
    )
    (finding,) = findings(text)
    assert finding.fix is None


def test_reference_links_are_reported_without_a_fix() -> None:
    (finding,) = findings("[see][r]\n\n[r]: #Nowhere-at-all\n\n# Somewhere\n")
    assert finding.fix is None


def test_ignore_fragments_option() -> None:
    assert findings("- [L](#L20)\n", ignore_fragments=("L[0-9]+",)) == []


def test_seed_all_28_toc_entries_reported_and_repaired(seed_text: str) -> None:
    """With case-sensitive anchors: the seed's '#Contact' works on github.com only."""
    found = findings(seed_text, case_sensitive=True)
    lines = sorted(seed_text.count("\n", 0, f.span.start) + 1 for f in found)
    assert lines == list(range(9, 37))
    assert all(f.fix is not None for f in found)
    assert [f.span for f in findings(seed_text)] == [f.span for f in found[:-1]]
    result = fix_text(seed_text, [BrokenAnchor(Options(case_sensitive=True))])
    assert findings(result.source.text, case_sensitive=True) == []
    doc_lines_before = seed_text.splitlines(keepends=True)
    doc_lines_after = result.source.text.splitlines(keepends=True)
    pairs = zip(doc_lines_before, doc_lines_after, strict=True)
    changed = [i + 1 for i, (a, b) in enumerate(pairs) if a != b]
    assert changed == list(range(9, 37))
    # The ToC entry "2.2.2." means the second "Structure Distillation" heading, numbered 2.2.1.
    assert "- - - [2.2.2. Structure Distillation](#221-structure-distillation)\n" in doc_lines_after
    assert "- - - [1.2.2. Structure Distillation](#122-structure-distillation)\n" in doc_lines_after


def corpus_text(name: str) -> str:
    need_shared()
    path = CORPUS / name
    return Source.from_bytes(name, path.read_bytes()).text


def test_chenhsing_stale_toc_links() -> None:
    text = corpus_text("ChenHsing__Awesome-Video-Diffusion-Models.md")
    found = findings(text)
    errors = [f for f in found if f.severity == Severity.ERROR]
    assert len(errors) == 10
    fixes = {text[f.span.start : f.span.end]: f.fix.edits[0].text for f in found if f.fix}
    assert fixes["[U-Net based](#category-specific)"] == "#u-net-based"
    assert "[Instruct-guided](#instruct-guided-video-generation)" not in fixes
    assert "[Modality-guided Video Editing](#modality-guided)" not in fixes


def test_xiayanzhou_renamed_distallation_links() -> None:
    text = corpus_text("XiayanZhou__Papers-on-Efficient-Diffusion-Models.md")
    fixes = {text[f.span.start : f.span.end]: f.fix.edits[0].text for f in findings(text) if f.fix}
    assert fixes["[1-4_Timestep_Distallation](#_1-4_Timestep_Distallation)"] == (
        "#_1-4_timestep_distillation"
    )


@pytest.mark.parametrize(
    "name", ["HqWu-HITCS__Awesome-Chinese-LLM.md", "akullpp__awesome-java.md",
             "trimstray__the-book-of-secret-knowledge.md", "sindresorhus__awesome.md"],
)
def test_lists_whose_links_all_resolve(name: str) -> None:
    assert findings(corpus_text(name)) == []


def test_seed_is_the_seed() -> None:
    need_shared()
    assert SEED.read_bytes().count(b"](#") == 28


def test_fix_writes_no_invisible_character() -> None:
    """Issue 9: the anchor of "⬆️ Up" holds U+FE0F; the fix percent-encodes it."""
    text = "- [Up](#up)\n\n## ⬆️ Up\n"
    result = fixed(text)
    assert result == "- [Up](#%EF%B8%8F-up)\n\n## ⬆️ Up\n"
    assert "\ufe0f" not in result.split("\n\n")[0]
    assert findings(result) == []


def test_a_renamed_heading_is_found_by_its_place_in_the_toc() -> None:
    """'Command-line Tools' became 'CLI Tools': the link sits where the heading is, and
    they share a word. Likely, not certain: an unsafe fix."""
    text = (
        "- [Brewing](#brewing)\n- [Command-line Tools](#command-line-tools)\n- [Shops](#shops)\n\n"
        "## Brewing\n\n## CLI Tools\n\n## Shops\n"
    )
    (finding,) = findings(text)
    assert "'CLI Tools' has the anchor '#cli-tools' (renamed, by its place" in finding.message
    assert finding.fix is not None and finding.fix.applicability == Applicability.UNSAFE
    unrelated = text.replace("## CLI Tools", "## Kettles")
    (finding,) = findings(unrelated)
    assert finding.fix is None  # no word in common: not guessed


def test_top_is_the_top_of_the_page() -> None:
    """HTML: a fragment 'top' with no element of that name goes to the top of the page."""
    assert findings('<a href="#top">Back to top</a>\n\n# Kettles\n') == []
    assert findings("[⬆ back to top](#TOP)\n\n# Kettles\n") == []


def test_readme_is_the_readme_on_the_repository_page() -> None:
    """GitHub gives the README's box on a repository's front page the id 'readme': the
    "back to top" links generated lists write reach it."""
    assert findings("# Apps\n\n- [Kettle](https://k.example)\n\n[back to top](#readme)\n") == []


def test_an_emoji_with_a_zero_width_joiner_has_two_anchors() -> None:
    """'🧑‍💻' is three characters, a joiner between two emoji: github-slugger drops the
    joiner, github.com keeps it. Either link works; a fix that must choose is unsafe."""
    heading = "### 🧑\u200d💻 Developer/Forums\n"
    for link in ("#-developerforums", "#%E2%80%8D-developerforums", "#\u200d-developerforums"):
        assert findings(f"- [Developer/Forums]({link})\n\n{heading}") == [], link
    twice = f"- [Developers](#%E2%80%8D-developerforums-1)\n\n{heading}\n{heading}"
    assert findings(twice) == []  # the second heading's anchor, with its joiner
    (broken,) = findings(f"- [Developer/Forums](#developer-forums)\n\n{heading}")
    assert broken.fix is not None and broken.fix.applicability == Applicability.UNSAFE
    plain = "- [Developer/Forums](#developer-forums)\n\n### 💻 Developer/Forums\n"
    (safe,) = findings(plain)
    assert safe.fix is not None and safe.fix.applicability == Applicability.SAFE


def test_a_numbered_fragment_is_not_given_a_heading_that_is_not_repeated() -> None:
    """'[参考](#reference-1)' under 实体书 asks for a second 参考; the only 参考 is the
    online part's (the printed books' heading says 参考资料): no heading fits."""
    text = (
        "- [Online](#online)\n  - [参考](#reference)\n"
        "- [Books](#books)\n  - [参考](#reference-1)\n\n"
        "## Online\n\n#### 参考\n\n## Books\n\n#### 参考资料\n"
    )
    first, second = findings(text)
    assert first.fix is not None and "'#参考'" in first.message
    assert second.fix is None and second.message.endswith("no heading fits it")


@pytest.mark.parametrize("case", ["other-tea-lists", "Other-Tea-Lists"])  # github.com forgives case
def test_a_toc_line_for_a_removed_section_is_not_pointed_at_its_neighbours(case: str) -> None:
    """'- [Others](#others)' over '- [Other Tea Lists](#other-tea-lists)', and no Others
    section: pointing the first at Other Tea Lists would list that section twice."""
    toc = f"- [Kettles](#kettles)\n- [Others](#others)\n- [Other Tea Lists](#{case})\n"
    text = f"# Tea\n\n{toc}\n## Kettles\n\nK.\n\n## Other Tea Lists\n\nO.\n"
    (found,) = findings(text)
    assert "'#others'" in found.message and found.fix is None
    assert fixed(text) == text


@pytest.mark.parametrize(
    "heading", ["<h2>Tea Kettles</h2>", "<details open><summary><h2>Tea Kettles</h2></summary>"]
)
def test_an_html_heading_has_the_anchor_of_its_text(heading: str) -> None:
    """github.com anchors `<h2>Tea Kettles</h2>` as `#tea-kettles`, in a folded section's
    summary too: a ToC linking it is not broken."""
    text = f"# Tea\n\n- [Tea Kettles](#tea-kettles)\n\n{heading}\n\n- [K](https://e.org/k) - Boils.\n"
    assert findings(text) == []
    assert len(findings(text.replace("#tea-kettles", "#tea-kettle"))) == 1


def test_an_html_heading_in_a_div_has_the_anchor_of_its_text_as_it_stands() -> None:
    """An image-only `<h1>` inside a `<div>` is slugged from its four spaces of indentation:
    github.com gives it `#----`, which the list's back-to-top links use."""
    text = (
        '<div align="left">\n<h1>\n    <img alt="Logo" src="logo.png"></img>\n</h1>\n\n'
        "## Kettles\n\n- [K](https://e.org/k) - Boils.\n\n"
        '<div align="right"><a href="#----">back to top</a></div>\n\n'
        "- [Back to top](#----)\n- [Kettles](#kettles)\n"
    )
    assert findings(text) == []
    assert len(findings(text.replace("(#----)", "(#---)"))) == 1
    centred = "<div align=\"center\">\n  <h2>Tea Pots</h2>\n</div>\n\n- [Pots](#tea-pots)\n"
    assert findings(centred) == []


def test_a_back_link_in_every_heading_is_one_finding_without_a_fix() -> None:
    """'#### [Kettles](#content)' on every section's heading links back to a contents
    heading that is gone: one broken fragment, one finding, and never a fix that points
    each heading at itself."""
    sections = "".join(
        f"#### [{name}](#content)\n\n- [{name[:-1]}](https://e.org/{name}) - Boils.\n\n"
        for name in ("Kettles", "Teapots", "Cups")
    )
    text = "# Tea\n\n## Categorization\n\n- [Kettles](#kettles)\n\n" + sections
    (found,) = findings(text)
    assert "'#content'" in found.message and "(and 2 more links to it)" in found.message
    assert found.fix is None
    assert fixed(text) == text


def test_links_sharing_a_broken_fragment_get_no_fix_when_they_mean_different_headings() -> None:
    """Two links to '#tools' whose texts name two headings: the fragment names one place,
    which neither text settles."""
    text = (
        "# Tea\n\n- [Kettles](#tools)\n- [Cups](#tools)\n\n## Kettles\n\n- [K](https://e.org/k) - Boils.\n\n"
        "## Cups\n\n- [C](https://e.org/c) - Holds.\n"
    )
    (found,) = findings(text)
    assert found.fix is None and "(and 1 more link to it)" in found.message
