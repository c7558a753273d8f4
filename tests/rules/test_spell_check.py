"""spell-check: hand-made cases."""

from __future__ import annotations

import pytest
from conftest import fixed, lint, places

from awesome_lint import fix_text
from awesome_lint.fixes import Applicability
from awesome_lint.registry import all_rules

ITEM = "- [Tea Bot](https://tea.example/bot) - "

NOOP = [
    ITEM + "Runs on GitHub, Node.js, macOS and iOS; written in JavaScript.\n",
    ITEM + "Uses PyTorch, TensorFlow and Hugging Face models.\n",
    # a name that is the whole link text is the package's own name
    "- [nodejs](https://github.com/nodejs/node) - The runtime.\n",
    "- [mysql](https://github.com/go-sql-driver/mysql) - MySQL driver for Go.\n",
    ITEM + "See [github](https://github.com).\n",
    # domains, paths, handles, file names, hyphenated names, identifiers
    ITEM + "Mirrors github.com/o/tea and @github, see github/tea.\n",
    ITEM + "Reads tea.javascript, github.md and github-flavored files.\n",
    ITEM + "Needs a TEA_GITHUB_TOKEN or GITHUB_TOKEN variable.\n",
    "<https://github.com/o/tea>\n",
    # code, comments and HTML tags
    ITEM + "Reads `package.json` with `nodejs`.\n",
    "```\nnpm install javascript-tea\ngithub\n```\n",
    "<!-- Github mirror -->\n",
    '<img alt="Github" src="media/github.png">\n',
    # names that are also words, in running prose
    ITEM + "A python library for the spring harvest.\n",
    ITEM + "Builds a docker image.\n",  # 'image' is not a product word
    ITEM + "Fixes a slack line in the kettle.\n",
    ITEM + "The React framework for tea.\n",  # right already
    ITEM + "Uses the ReAct framework.\n",  # another name, not 'react' miscased
    ITEM + "An image zoom component.\n",  # 'zoom' is a word in any case
    ITEM + "Illustrations from hand-drawn sketch components.\n",  # a drawing, not the app
    # a link's label, a field as the list's others: "- arxiv: …", "- github: …"
    "**Tea Detection**\n\n- arxiv: https://arxiv.org/abs/1808.05560\n- youtube: https://youtu.be/tea\n",
    "- github: [tea/pot](https://github.com/tea/pot)\n",
    # link text: a title of someone else's work, or a package's own name
    "- [Javascript 로 타이머 만들기](https://youtu.be/tea) - A talk.\n",
    "- [Türkçe VueJS Dersleri](https://www.youtube.com/playlist?list=tea) on YouTube\n",
    "- [Mysql Explain](https://tea.github.io/mysql-explain/)\n",
    "- [webpack](https://github.com/webpack/webpack) - Bundler.\n",
    "- [redis](https://github.com/redis/go-redis) - Redis client for Go.\n",
    "- [slack](https://github.com/slack-go/slack) - Slack API in Go.\n",
    '- <a href="https://tea.example">Github tea</a> - A bot.\n',
    "- [Pytorch Distributed: Lessons](https://arxiv.org/abs/2006.15704) - A paper.\n",
    ITEM + "Kept by [github](https://twitter.com/github).\n",  # an author's handle
    # quoted and bold titles
    ITEM + 'Read "Learning Javascript" and the “Tensorflow Cookbook” first.\n',
    ITEM + "看《GitZip for github》和「Enhanced Github」。\n",
    "| **Solving Tea Tasks with ChatGPT in HuggingFace** - a paper. |\n|---|\n",
    # the entry repeats its own name as its makers write it
    "- [Sneat VueJS Admin Template](https://tea.example) - The best VueJS Admin Template.\n",
    # package names, commands, identifiers, HTML code
    "- [sqlite](https://pkg.go.dev/tea/sqlite) - Package sqlite is a driver.\n",
    ITEM + "Run pip install tensorflow, then `cd github`.\n",
    ITEM + "Loaded from plugin:github:github.\n",
    ITEM + "Calls the ffmpeg command for each cup.\n",  # the program, by its file name
    ITEM + "A wrapper around ffmpeg, ffprobe and ffplay.\n",
    ITEM + "Talks to the mysql command-line client.\n",
    ITEM + "Tagged <code>huggingface</code> and <kbd>Javascript</kbd>.\n",
    # accepted short names, historical names, names written in lower case by their makers
    ITEM + "Stores tea in Postgres on K8s, compiled to Wasm and WASM.\n",
    ITEM + "Runs on Mac OS X, OS X and OSX.\n",
    ITEM + "Built with webpack, npm, pnpm and git.\n",
]


@pytest.mark.parametrize("text", NOOP)
def test_no_finding(text: str) -> None:
    assert lint("spell-check", text) == []


@pytest.mark.parametrize(
    "wrong, right",
    [
        ("Github", "GitHub"),
        ("github", "GitHub"),
        ("GITHUB", "GitHub"),
        ("git hub", "GitHub"),
        ("javascript", "JavaScript"),
        ("Youtube", "YouTube"),
        ("NPM", "npm"),
        ("nodejs", "Node.js"),
        ("Pytorch", "PyTorch"),
        ("Hugging face", "Hugging Face"),
        ("huggingface", "Hugging Face"),
        ("mongo db", "MongoDB"),
        ("jquery", "jQuery"),
    ],
)
def test_misspelt_name_is_reported_and_fixed_safely(wrong: str, right: str) -> None:
    text = f"{ITEM}Brews tea from {wrong} data.\n"
    (finding,) = lint("spell-check", text)
    assert places("spell-check", text) == [(1, 55, wrong)]
    assert finding.fix is not None and finding.fix.applicability == Applicability.SAFE
    assert fixed("spell-check", text) == f"{ITEM}Brews tea from {right} data.\n"


def test_a_program_name_is_lower_case_only_beside_a_program_word() -> None:
    assert fixed("spell-check", f"{ITEM}Brews tea from ffmpeg output.\n") == (
        f"{ITEM}Brews tea from FFmpeg output.\n"
    )
    assert lint("spell-check", f"{ITEM}A wrapper around Ffmpeg.\n") != []  # not its file name


def test_page_example_positions_and_fix() -> None:
    text = ITEM + "Brews tea from Github issues, written in javascript.\n"
    assert places("spell-check", text) == [(1, 55, "Github"), (1, 81, "javascript")]
    assert fixed("spell-check", text) == ITEM + "Brews tea from GitHub issues, written in JavaScript.\n"


@pytest.mark.parametrize(
    "text, words, expected",
    [
        ("# Awesome Github\n", ["Github"], "# Awesome GitHub\n"),
        (
            "| Tool | Platform |\n|---|---|\n| [T](https://t.example) | ios |\n",
            ["ios"],
            "| Tool | Platform |\n|---|---|\n| [T](https://t.example) | iOS |\n",
        ),
        ("- [Tea](https://tea.example) - (github)\n", ["github"], "- [Tea](https://tea.example) - (GitHub)\n"),
        (
            ITEM + "Made on Github.\r\n" + ITEM + "And Youtube.\r\n",
            ["Github", "Youtube"],
            ITEM + "Made on GitHub.\r\n" + ITEM + "And YouTube.\r\n",
        ),
    ],
)
def test_headings_cells_html_text_and_crlf(text: str, words: list[str], expected: str) -> None:
    assert [place[2] for place in places("spell-check", text)] == words
    assert fixed("spell-check", text) == expected


@pytest.mark.parametrize(
    "text, wrong, expected",
    [
        # before a product word
        (ITEM + "A slack app for tea.\n", "slack", ITEM + "A Slack app for tea.\n"),
        (ITEM + "Works with docker containers.\n", "docker", ITEM + "Works with Docker containers.\n"),
        (ITEM + "Notes in an obsidian vault.\n", "obsidian", ITEM + "Notes in an Obsidian vault.\n"),
        (ITEM + "Adds project-specific docker containers.\n", "docker",
         ITEM + "Adds project-specific Docker containers.\n"),
        (ITEM + "Hand-drawn icons for sketch components.\n", "sketch",
         ITEM + "Hand-drawn icons for Sketch components.\n"),
    ],
)
def test_name_that_is_also_a_word_is_fixed_only_unsafely(text: str, wrong: str, expected: str) -> None:
    (finding,) = lint("spell-check", text)
    assert [place[2] for place in places("spell-check", text)] == [wrong]
    assert finding.fix is not None and finding.fix.applicability == Applicability.UNSAFE
    assert fixed("spell-check", text) == text
    assert fixed("spell-check", text, unsafe=True) == expected


def test_names_option_adds_spellings() -> None:
    text = ITEM + "Serves tea over fastapi.\n"
    assert lint("spell-check", text) == []
    assert places("spell-check", text, names={"fastapi": "FastAPI"}) == [(1, 56, "fastapi")]
    rule = all_rules()["spell-check"]
    result = fix_text(text, [rule(rule.Options(names={"fastapi": "FastAPI"}))]).source.text
    assert result == ITEM + "Serves tea over FastAPI.\n"


def test_repeated_misspelling_is_one_finding_with_one_fix() -> None:
    text = "| Title | Github |\n|---|---|\n| A | Github |\n| B | github |\n"
    (finding,) = lint("spell-check", text)
    assert finding.message == "'Github' is written 'GitHub' (and 2 more places in this list)"
    assert places("spell-check", text) == [(1, 11, "Github")]
    assert finding.fix is not None and finding.fix.applicability == Applicability.SAFE
    assert fixed("spell-check", text) == text.replace("Github", "GitHub").replace("github", "GitHub")


def test_twice_is_two_findings() -> None:
    text = ITEM + "From Github.\n" + ITEM + "To Github.\n"
    assert [place[2] for place in places("spell-check", text)] == ["Github", "Github"]


def test_the_lists_own_spelling_is_followed() -> None:
    house = ITEM + "Loads HuggingFace models.\n"
    text = house * 3 + ITEM + "Hugging Face is the company.\n"
    assert lint("spell-check", text) == []
    # a case slip is never a convention; a spelling used twice is not one yet
    assert len(lint("spell-check", (ITEM + "Loads Tensorflow models.\n") * 3)) == 1
    text = house * 2 + ITEM + "Hugging Face is the company.\n"
    assert [place[2] for place in places("spell-check", text)] == ["HuggingFace"] * 2


def test_heading_fix_that_renames_its_anchor_is_unsafe() -> None:
    text = "## Huggingface Models\n\n" + ITEM + "See [models](#huggingface-models).\n"
    (finding,) = lint("spell-check", text)
    assert finding.fix is not None and finding.fix.applicability == Applicability.UNSAFE
    assert fixed("spell-check", text) == text
    text = "## Github Bots\n"
    (finding,) = lint("spell-check", text)
    assert finding.fix is not None and finding.fix.applicability == Applicability.SAFE


def test_a_suppressed_place_is_left_out_of_the_fix() -> None:
    kept = "<!-- awesome-lint-disable-next-line spell-check -->\n" + ITEM + "Tea for Github.\n"
    text = (ITEM + "From Github.\n") * 3 + kept
    (finding,) = lint("spell-check", text)
    assert finding.fix is not None and len(finding.fix.edits) == 3
    assert fixed("spell-check", text) == (ITEM + "From GitHub.\n") * 3 + kept


@pytest.mark.parametrize(
    "top",
    [
        "<!-- DON'T EDIT THIS FILE DIRECTLY. Edit `data/tools.yml` instead. -->\n",
        "<!-- Generated from SOURCE.md by a script. Do not edit README.md directly. -->\n",
        "<!-- This file is auto-generated -->\n",
        "Made with [best-of](https://github.com/best-of-lists/best-of-generator).\n\n",
    ],
)
def test_a_generated_file_is_left_alone(top: str) -> None:
    assert lint("spell-check", top + ITEM + "Written in Javascript.\n") == []


def test_a_generated_table_of_contents_is_not_a_generated_file() -> None:
    text = "<!-- DON'T EDIT THIS SECTION, INSTEAD RE-RUN doctoc TO UPDATE -->\n" + ITEM + "On Github.\n"
    assert [place[2] for place in places("spell-check", text)] == ["Github"]


def test_name_after_a_package_word_or_in_the_title_is_still_checked_elsewhere() -> None:
    # the entry's own title is the list's words when it is not a link
    assert [p[2] for p in places("spell-check", "- Sqlite bindings - For Rust.\n")] == ["Sqlite"]
    # a one-word link title does not shield the product it names in the description
    text = "- [mysql](https://crates.example/mysql) - A native MySql client.\n"
    assert [p[2] for p in places("spell-check", text)] == ["MySql"]


def test_a_reference_label_is_not_prose() -> None:
    from awesome_lint import fix_text, lint_text
    from awesome_lint.rules.spell_check import SpellCheck

    text = (
        "- [Kubernetes][kubernetes] - Runs containers on kubernetes clusters.\n"
        "- [Kube tools][kubernetes] - More.\n\n[kubernetes]: https://kubernetes.io\n"
    )
    fixed = fix_text(text, [SpellCheck()]).source.text
    assert "[Kubernetes][kubernetes]" in fixed and "[Kube tools][kubernetes]" in fixed
    assert lint_text(text, [SpellCheck()])  # the prose one is still reported


def test_mac_os_x_in_any_case_is_the_historical_name() -> None:
    assert lint("spell-check", "- [DrawBot](https://drawbot.example) - Runs on MacOS X.\n") == []
    (finding,) = lint("spell-check", "- [Tool](https://t.example) - Runs on MacOS.\n")
    assert "'macOS'" in finding.message


def test_a_handle_in_italics_is_written_as_its_owner_writes_it() -> None:
    text = "**Diffusers notebook** \\\n*huggingface* \\\n[[Notebook](https://colab.example/n)]\n"
    assert lint("spell-check", text) == []
    assert lint("spell-check", text.replace("*huggingface*", "by huggingface")) != []


def test_a_ranking_of_repositories_quotes_their_own_descriptions() -> None:
    """Rows named `owner/repo` are a chart generated from GitHub: each description is
    the repository's own, and the next update would write it again."""
    header = "|#|Repo|Description|Stars|\n|-|-|-|-|\n"
    row = "|1|[zergtant/pytorch-handbook](https://github.com/zergtant/pytorch-handbook)|pytorch handbook for everyone|13.6k|\n"
    assert lint("spell-check", header + row) == []
    named = row.replace("[zergtant/pytorch-handbook]", "[PyTorch Handbook]")
    assert lint("spell-check", header + named) != []
    # named by the repository's name alone, in a numbered ranking: the same chart
    by_name = row.replace("[zergtant/pytorch-handbook]", "[pytorch-handbook]")
    assert lint("spell-check", header + by_name) == []
    unranked = by_name.replace("|1|", "|Tea|")
    assert lint("spell-check", header + unranked) != []


def test_one_spelling_written_all_along_is_the_lists_own_and_followed() -> None:
    """'github' ten times to 'GitHub' once is how this list writes it: not reported unless
    the awesome style is asked for, and then fixed only unsafely."""
    rows = "".join(f"| Tool {n} | stars on github |\n" for n in range(10))
    text = "| Title | Note |\n|---|---|\n" + rows + "| Other | on GitHub |\n"
    assert lint("spell-check", text) == []
    (finding,) = lint("spell-check", text, follow_list_spelling=False)
    assert finding.message == "'github' is written 'GitHub' (and 9 more places in this list)"
    assert finding.fix is not None and finding.fix.applicability == Applicability.UNSAFE
    assert fixed("spell-check", text) == text


def test_an_ambiguous_name_written_right_counts_against_a_lowercase_habit() -> None:
    """'Docker' (also a word, so never a place of its own) written 20 times outweighs
    'docker' written 10 times: the lower case is a slip, reported."""
    slips = "".join(f"| Tool {n} | runs docker containers |\n" for n in range(10))
    right = "".join(f"| Kit {n} | Docker images |\n" for n in range(20))
    text = "| Title | Note |\n|---|---|\n" + slips + right
    (finding,) = lint("spell-check", text)
    assert finding.message == "'docker' is written 'Docker' (and 9 more places in this list)"


def test_a_slip_of_case_made_often_is_still_fixed_safely() -> None:
    rows = "".join(f"| Tool {n} | stars on Github |\n" for n in range(10))
    text = "| Title | Note |\n|---|---|\n" + rows
    (finding,) = lint("spell-check", text)
    assert finding.fix is not None and finding.fix.applicability == Applicability.SAFE


def test_a_spelling_the_lists_links_keep_is_its_habit() -> None:
    """Every developer's heading links '[Github](…)'; a few headings written the same
    way without the link, and some prose, follow that habit: the list's own, reported
    (unsafely) only in the awesome style. With fewer links it is a slip, fixed safely."""
    headings = "".join(f"#### dev{n} - [Github](https://github.com/dev{n})\n\n" for n in range(10))
    rest = "#### dev10 - Github\n\n#### dev11 - Github\n\n" + ITEM + "A Github mirror.\n"
    assert lint("spell-check", headings + rest) == []
    (finding,) = lint("spell-check", headings + rest, follow_list_spelling=False)
    assert finding.fix is not None and finding.fix.applicability == Applicability.UNSAFE
    fewer = "".join(f"#### dev{n} - [Github](https://github.com/dev{n})\n\n" for n in range(9))
    (finding,) = lint("spell-check", fewer + rest)
    assert finding.fix is not None and finding.fix.applicability == Applicability.SAFE


def test_a_name_of_words_written_as_words_is_those_words() -> None:
    """'stack overflow errors' in a lesson on the call stack is the runtime error."""
    text = "- [Call Stack](https://x.org) - Why recursion ends in stack overflow errors.\n"
    assert lint("spell-check", text) == []
    assert len(lint("spell-check", text.replace("stack overflow", "stackoverflow"))) == 1


def test_a_name_among_identifiers_in_lower_case_is_an_identifier() -> None:
    """'(dns, ftp, imap, mysql, pop3)' lists a package's modules as its code names them;
    the same word in a sentence is the product."""
    modules = "- [pots](https://x.org) - Honeypots in one package (dns, ftp, mysql, pop3).\n"
    assert lint("spell-check", modules) == []
    prose = "- [MysqlPot](https://x.org) - A mysql honeypot, early stage.\n"
    (finding,) = lint("spell-check", modules + prose)
    assert finding.message == "'mysql' is written 'MySQL'"
    assert fixed("spell-check", modules + prose).count("MySQL") == 1  # the sentence's only
    assert "(dns, ftp, mysql, pop3)" in fixed("spell-check", modules + prose)


def test_a_name_in_a_run_of_names_written_in_lower_case_is_left_as_written() -> None:
    """'on github / gitlab / codeberg': capitals for the two names we know would leave
    the run half-written; one lower-case name among ordinary words is a slip."""
    run = "- [Guide](https://x.org) - Link your source on github / gitlab / codeberg.\n"
    assert lint("spell-check", run) == []
    assert lint("spell-check", run.replace(" / ", ", ")) == []
    words = "- [Kit](https://x.org) - Template engines, graphql, observability, events.\n"
    (finding,) = lint("spell-check", words)
    assert finding.message == "'graphql' is written 'GraphQL'"


def test_a_name_in_a_chain_of_steps_written_in_lower_case_is_an_identifier() -> None:
    """'architect → reviewers → devops': an orchestrator's agents by their ids, a chain of
    identifiers; 'devops' in a sentence is the word DevOps, written wrong."""
    chain = "- [Kettle](https://x.org) - Runs 34 agents (architect → reviewers → devops).\n"
    assert lint("spell-check", chain) == []
    assert lint("spell-check", chain.replace(" → ", " -> ")) == []
    (finding,) = lint("spell-check", chain.replace("architect → reviewers → devops", "for devops"))
    assert finding.message == "'devops' is written 'DevOps'"


def test_a_spelling_the_list_writes_in_its_code_labels_is_its_own() -> None:
    """Each Hugging Face tool is labelled (`HuggingFace`); one description that writes it
    so follows the list's spelling, not a slip."""
    tools = "".join(f"- [t{n}](https://e.org/{n}) (`HuggingFace`) Trains tea models.\n" for n in range(4))
    prose = "- [lite](https://e.org/lite) (`Tea`) Calls HuggingFace and others.\n"
    assert lint("spell-check", tools + prose) == []
    assert lint("spell-check", prose) != []


def test_a_headings_fix_writes_its_table_of_contents_line_alike() -> None:
    """'## Javascript' becomes '## JavaScript' (its anchor stays '#javascript'); the table
    of contents line that links it says the heading's words, and is written alike."""
    text = (
        "# Tea\n\n- [Javascript](#javascript)\n- [Javascript pots](#pots)\n\n"
        "## Javascript\n\n- [K](https://e.org/k) - Boils.\n\n## Pots\n\n- [P](https://e.org/p) - Pours.\n"
    )
    result = fixed("spell-check", text)
    assert "- [JavaScript](#javascript)\n" in result and "## JavaScript\n" in result
    assert "- [Javascript pots](#pots)" in result  # a link to another heading: its own words
