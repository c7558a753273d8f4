"""no-repeat-item-in-description: hand-made cases and the seed."""

from __future__ import annotations

import pytest
from conftest import fixed, lint


@pytest.mark.parametrize(
    "item, reported, fixed_item",
    [
        ("- [Redis](https://r.io) - Redis: in-memory store.", True, "- [Redis](https://r.io) - In-memory store."),
        ("- [Redis](https://r.io) - redis - an in-memory store.", True, "- [Redis](https://r.io) - An in-memory store."),
        ("- [Redis](https://r.io) - Redis is a store.", True, None),
        ("- [Java](https://j.org) - JavaScript is different.", False, None),
        ("- [Tool](https://t.org) - A utility that extends Tool.", False, None),
        ("- [Tool](https://t.org) **NEW** - Tool is amazing.", True, None),
        ("- [Wallabag](https://w.org) - Wallabag, formerly Poche, reads later.", True, None),
        ("- [Leed](https://l.org) - Leed (for Light Feed) is a feed reader.", True, None),
        # an acronym and the words it stands for: the start explains the name
        ("- [KUDO](https://k.dev) - KUDO (Kettle Universal Declarative Operator) is a kit.", False, None),
        ("- [Kured](https://k.dev) - Kured (Kupola Reboot Daemon) is a daemonset.", False, None),
        ("- [KUTTL](https://k.dev) - KUTTL (Kupola Test Tool) is a toolkit.", False, None),
        ("- [SWDD](https://z.org) - SWDD: Sonar Wall Detection Dataset.", False, None),
        ("- [MSRS](https://z.org) - MSRS: Multi-Spectral Road Scenarios for tea.", False, None),
        ("- [KUDO](https://k.dev) - KUDO (a Kettle toolset) is a kit.", True, None),
        ("- [Kettle](https://k.org) - Kettle lets you boil water.", True, None),
        ("- [Tea Bloggers](https://t.org) - Tea Bloggers", True, None),
        ("- [Kettle](https://k.org) - Kettle. **[Deprecated]**", True, None),
        ("- [Kettle](https://k.org) - Kettle. The fastest way to boil water.", True, None),
    ],
)
def test_no_repeat_item_in_description(item: str, reported: bool, fixed_item: str | None) -> None:
    found = lint("no-repeat-item-in-description", item + "\n")
    assert bool(found) == reported
    if reported:
        assert (found[0].fix is not None) == (fixed_item is not None)
    if fixed_item:
        assert fixed("no-repeat-item-in-description", item + "\n", unsafe=True) == fixed_item + "\n"


@pytest.mark.parametrize(
    "item",
    [
        "- [redis](https://r.io) - Redis client for Go.",  # the thing it is a client for
        "- [Retro](https://r.io) - Retro Games in Gym",  # a word of the description
        "- [bloom](https://b.io) - Bloom filters implemented in Go.",
        "- [copy](https://c.io) - Copy directories recursively.",  # an imperative verb
        "- [Kettle](https://k.org) - Kettle (electric) for tea.",
        "- [Cleaner](https://c.io) - Cleaner.app built with React Native.",
    ],
)
def test_a_name_used_as_a_word_is_no_repeat(item: str) -> None:
    assert lint("no-repeat-item-in-description", item + "\n") == []


def tools(count: int, description: str = "Boils water.") -> str:
    return "".join(f"- [Tool {n}](https://t.org/{n}) - {description}\n" for n in range(count))


def test_a_list_of_sentences_about_the_thing_keeps_them() -> None:
    """One description in five is "Name is …": that is how this list writes."""
    sentences = "".join(f"- [Kettle {n}](https://k.org/{n}) - Kettle {n} is fast.\n" for n in range(5))
    assert lint("no-repeat-item-in-description", tools(20) + sentences) == []
    assert len(lint("no-repeat-item-in-description", tools(200) + sentences)) == 5


def test_a_section_that_always_says_the_name_keeps_it() -> None:
    """CRAN style: `[gbm](…) - gbm: Generalized Boosted Regression Models.`"""
    cran = "".join(f"- [pkg{n}](https://cran.org/{n}) - pkg{n}: Models, take {n}.\n" for n in range(4))
    stray = "- [Kettle](https://k.org) - Kettle is fast.\n"
    text = "## Tools\n\n" + tools(150) + stray + "\n## R\n\n" + cran + tools(1)
    found = lint("no-repeat-item-in-description", text)
    assert [f.message for f in found] == ["the description starts with the entry's name 'Kettle' again"]


def test_acronyms_explained_count_towards_the_lists_way() -> None:
    """A list that says the name again about one description in sixteen writes
    sentences about the thing; acronyms it explains are among them, though never
    reported themselves."""
    plain = [f"- [Pot {n}](https://p.org/{n}) - Brews tea.\n" for n in range(30)]
    said = [f"- [Kettle{n}](https://k.org/{n}) - Kettle{n} is a kettle.\n" for n in range(1)]
    explained = [f"- [KT{c}](https://k.org/{c}) - KT{c} (Kettle Tea {c}ea) is a pot.\n"
                 for c in "ABC"]
    assert lint("no-repeat-item-in-description", "".join(plain + said + explained)) == []


def test_a_section_that_restates_its_titles_with_their_authors_keeps_them() -> None:
    """Tutorials described by their own title and author ("Kettle metrics in Teapots by
    Lu J."): a title restated without its author is that section's way too; a tool saying
    its name in another section is still reported."""
    def article(title: str, credit: str = "") -> str:
        return f"- [{title}](https://b.org/{len(title)}) - {title}{credit}.\n"
    credited = article("Kettle metrics in Teapots", " by Lu J") + article(
        "Steeping your leaves with Pots", " with Ann Oolong by Teaflix")
    bare = article("Monitor your Cups with Kettles and Teapots")
    tool = "- [Kettle](https://k.org) - Kettle is fast.\n"
    named = "- [Brewly](https://b.org) - Brewly is a course.\n"  # a name, not a title
    text = ("## Tutorials\n\n" + credited + bare + named + tools(8) + "\n## Tools\n\n"
            + tools(150) + tool)
    found = lint("no-repeat-item-in-description", text)
    assert [f.message for f in found] == [
        "the description starts with the entry's name 'Brewly' again",
        "the description starts with the entry's name 'Kettle' again",
    ]
    alone = text.replace(credited, tools(2))
    assert len(lint("no-repeat-item-in-description", alone)) == 3


def test_seed(seed_text: str) -> None:
    assert lint("no-repeat-item-in-description", seed_text) == []
