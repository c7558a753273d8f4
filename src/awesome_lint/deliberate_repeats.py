"""Where a list repeats its entries on purpose (highlights and news shown first, logs
that feature a thing again another week, indexes, references, a short preface), and
where it did not: a block of entries pasted again."""

from __future__ import annotations

import bisect
import functools
import re
from collections import Counter
from collections.abc import Callable

from awesome_lint.dates import MONTHS
from awesome_lint.document import (
    Document,
    Entry,
    Section,
    is_generic_title,
    is_highlight_section,
)
from awesome_lint.entry_identity import name_key

# Sections that repeat entries listed elsewhere on purpose: the section itself (a table of
# contents, an index) or anything under a "References" heading.
_INDEX_SECTION = re.compile(r"^\W*(?:(?:table of )?contents|index|footnotes)\W*$", re.I)
_MONTH = "(?:" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"  # dates' names
_DATED_SECTION = re.compile(
    rf"\b{_MONTH}\s+\d{{1,2}}\b|\b\d{{1,2}}\s+{_MONTH}\b|\b\d{{4}}-\d{{2}}-\d{{2}}\b"
    r"|\b(?:week|weekly|issue|edition)\b\s*(?:#\s*)?\d",
    re.I,
)
_REFERENCE_SECTION = re.compile(
    r"^\W*(?:references?|citations?|see also"
    # the maintainers' other lists, which link back to what the body lists
    r"|(?:other|more|related|sister)\b[^\n]{0,40}\b(?:lists?|series)|其他[^\n]{0,20}系列[：:]?)\W*$",
    re.I,
)
# Consecutive entries repeated in the same order elsewhere: a pasted block, a mistake
# even in a list that cross-lists.
BLOCK_MIN = 3
# At most this share of the entries before the table of contents: a preface.
PREFACE_SHARE = 0.1


def in_log_section(section: Section) -> bool:
    """A section of a log ("Top ML Papers of the Week (June 23 - June 29)", "Issue #12"):
    what two weeks both featured, each week's record keeps."""
    return bool(_DATED_SECTION.search(section.title))


def in_highlights(entry: Entry, shown_first: int) -> bool:
    """In a News, Trending or Sponsors section, or before `shown_first` (the table of
    contents): what the list shows first, it files again below on purpose."""
    return entry.span.start < shown_first or is_highlight_section(entry.section, entry.group)


def preface_end(doc: Document) -> int:
    """Where the table of contents starts, when what comes before it is a preface (a
    showcase of a few entries, filed again below); else 0."""
    contents = next((s for s in doc.sections if _INDEX_SECTION.match(s.title)), None)
    if contents is None:
        return 0
    before = sum(1 for entry in doc.entries if entry.span.start < contents.span.start)
    return contents.span.start if before <= PREFACE_SHARE * len(doc.entries) else 0


def in_index_section(entry: Entry) -> bool:
    return _indexes(entry.section.title, entry.section.path)


@functools.lru_cache(maxsize=4096)  # asked for every entry: once per section
def _indexes(title: str, path: tuple[str, ...]) -> bool:
    if _INDEX_SECTION.match(title):
        return True
    return any(_REFERENCE_SECTION.match(name) for name in path)


_YEAR = re.compile(r"\W*(?:19|20)\d{2}\W*")


def by_year_and_by_topic(place: str, other: str) -> bool:
    """One copy filed under a year, the other under a topic: a list that shows its papers
    both by time and by topic (two views, each complete). `place`: "Papers / 2023"."""
    return _names_a_year(place) != _names_a_year(other)


def _names_a_year(place: str) -> bool:
    return bool(_YEAR.fullmatch(place.rsplit(" / ", 1)[-1]))


def pasted_blocks(
    doc: Document, pairs: list[tuple[Entry, Entry]], index: dict[Entry, int]
) -> set[Entry]:
    """Copies that belong to a run of BLOCK_MIN or more consecutive entries repeating
    consecutive entries in the same order (`index`: each entry's place in the list):
    within one place, or a whole category written twice. A run repeated in another
    section is a group filed under two topics: every such run a blind review judged
    (papers of one survey under a method and an application, benchmarks under Software
    and Datasets) was deliberate."""
    copies = {(index[entry], index[original]) for entry, original in pairs}
    pasted: set[Entry] = set()
    sorted_anyway: dict[Section, bool] = {}
    for entry, original in pairs:
        start = (index[entry], index[original])
        if (start[0] - 1, start[1] - 1) in copies:
            continue  # not the start of a run
        length = 1
        while (start[0] + length, start[1] + length) in copies:
            length += 1
        run = [doc.entries[start[0] + step] for step in range(length)]
        source = doc.entries[start[1]].section
        if length < BLOCK_MIN:
            continue
        section = run[0].section
        if section not in sorted_anyway:  # asked once per section: a section has many runs
            sorted_anyway[section] = _alphabetical(section) or _ranked(doc, section)
        same_place = place(run[0]) == place(doc.entries[start[1]])
        if _form(doc, run[0]) != _form(doc, doc.entries[start[1]]):
            continue  # shown again in another form (other columns): a view, not pasted
        if _whole_section_again(run, source) or (same_place and not sorted_anyway[section]):
            pasted.update(run)
    return pasted


def place(entry: Entry) -> tuple[Section, str]:
    """Where the entry is filed: its section, and the group label it is listed under."""
    return entry.section, entry.group


def _ranked(doc: Document, section: Section) -> bool:
    """Is the section a ranking, rows numbered 1, 2, 3… (repositories by stars)? Two
    rankings share runs of rows because both are sorted, not because one was pasted."""
    rows = [entry for entry in section.entries if entry.kind == "row" and entry.cells]
    if len(rows) < BLOCK_MIN or len(rows) != len(section.entries):
        return False
    numbers = [doc.text[e.cells[0].span.start : e.cells[0].span.end].strip() for e in rows]
    if not numbers[0].isdigit():
        return False
    first = int(numbers[0])
    return numbers == [str(n) for n in range(first, first + len(rows))]


def _whole_section_again(run: list[Entry], source: Section) -> bool:
    """A category written twice: the run is all of a section whose title, or whole list
    of entries, is the other's. (Under two parents, Software > Stereo Vision and
    Datasets > Stereo Vision, which copy belongs is the maintainer's call: see
    duplicate-entry.)"""
    section = run[0].section
    return section.title.casefold() == source.title.casefold() or len(run) == len(
        section.entries
    ) == len(source.entries)


def _alphabetical(section: Section) -> bool:
    """Are the section's entries in alphabetical order? Then two sections that share a
    run of entries share it because both are sorted, not because it was pasted."""
    names = [name_key(entry.title) for entry in section.entries]
    return len(names) >= BLOCK_MIN and names == sorted(names)


# A block whose entries all, or at least this share of them, repeat entries of its section
# shows the section's entries again (a table of their stars and downloads).
VIEW_SHARE = 0.8


def second_views(doc: Document, pairs: list[tuple[Entry, Entry]]) -> set[Entry]:
    """Copies in a block (a table, or a list) that repeats the entries of another block of
    the same section, in any order: the section shows its entries twice on purpose, as a
    list and as a table of their figures. So does a table that repeats a list of another
    section, or a list a table (an index of the list's own documents, with keywords, and
    the same documents described in a topic's list)."""
    block_of = _blocks(doc)
    sizes: dict[int, int] = {}
    for entry in doc.entries:
        sizes[block_of(entry)] = sizes.get(block_of(entry), 0) + 1
    copies: dict[int, list[Entry]] = {}  # of entries of the same section, by block
    for entry, original in pairs:
        other_form = _form(doc, entry) != _form(doc, original)
        if (entry.section is original.section or other_form) \
                and block_of(entry) != block_of(original):
            copies.setdefault(block_of(entry), []).append(entry)
    views = {
        block for block, found in copies.items()
        if len(found) == sizes[block] or len(found) >= max(BLOCK_MIN, VIEW_SHARE * sizes[block])
    }
    # a row of the view repeats its section's list, whatever else it repeats
    return {entry for entry, _original in pairs if block_of(entry) in views}


def _form(doc: Document, entry: Entry) -> str:
    """How an entry is shown: as a list item, or as a row under its table's columns (a
    compact table of 'Paper | First Author | Venue' restating a detailed 'Title & Authors
    | Intro | Links' table is another view of the same papers)."""
    if entry.table is None:
        return entry.kind
    header = entry.table.header.cells
    return "|".join(" ".join(doc.text[c.span.start : c.span.end].lower().split()) for c in header)


def _blocks(doc: Document) -> Callable[[Entry], int]:
    """Each entry's block, by where it starts: its table, or the outermost list it is in
    (-1 for entries in neither)."""
    outermost: list[tuple[int, int]] = []
    for block, _section in sorted(doc.lists, key=lambda pair: pair[0].span.start):
        if not outermost or block.span.start >= outermost[-1][1]:
            outermost.append((block.span.start, block.span.end))
    starts = [start for start, _end in outermost]

    def block_of(entry: Entry) -> int:
        if entry.table is not None:
            return entry.table.span.start
        index = bisect.bisect_right(starts, entry.span.start) - 1
        if index >= 0 and entry.span.start < outermost[index][1]:
            return outermost[index][0]
        return -1

    return block_of


# A section title under this many different headings names a part of each (every agent's
# "Links", every product's "Features"), not a topic, when it is the name of a part.
PART_MIN = 3
_PART_WORDS = frozenset(
    ("features", "pros", "cons", "usage", "installation", "install", "examples",
     "screenshots", "resources", "details", "notes", "references", "tutorials")
)


def entry_parts(doc: Document) -> set[Section]:
    """Sections that repeat under many headings, each a part of the entry its heading
    names: what they list are that entry's links, not things of their own."""
    parents: dict[str, set[Section]] = {}
    for section in doc.sections:
        if section.parent is not None and not section.children:
            parents.setdefault(section.title.casefold(), set()).add(section.parent)
    titles = {
        title for title, found in parents.items()
        if len(found) >= PART_MIN and (is_generic_title(title) or title in _PART_WORDS)
    }
    return {
        section for section in doc.sections
        if not section.children and section.title.casefold() in titles
    }


# A list that files this many of its entries in two sections does it on purpose (a
# survey filing a paper under a method and an application, tools listed per language),
# and so does one that files an entry in three or more (a library under each topic it
# serves). Blind reviews judged single repeats in lists below these true, above false.
CROSS_LISTING_MIN = 3
CROSS_LISTING_SHARE = 0.01
HABITUAL_PLACES = 3


def cross_lists_by_habit(originals: list[Entry], elsewhere: list[Entry], entries: int) -> bool:
    """Whether the list files entries in several sections on purpose: often (`originals`:
    the first copy of each cross-listing), or one entry in three places or more
    (`elsewhere`: the first copy of each repeat in another place, in a pasted block too)."""
    if len(originals) >= max(CROSS_LISTING_MIN, CROSS_LISTING_SHARE * entries):
        return True
    copies = Counter(elsewhere)
    return any(count + 1 >= HABITUAL_PLACES for count in copies.values())


def parent_entries(doc: Document) -> dict[Entry, Entry]:
    """Each entry nested in another entry's list item, with that entry."""
    parents: dict[Entry, Entry] = {}
    open_items: list[tuple[int, Entry]] = []  # (end of the item, its entry), innermost last
    for entry in doc.entries:
        while open_items and open_items[-1][0] <= entry.span.start:
            open_items.pop()
        if open_items:
            parents[entry] = open_items[-1][1]
        if entry.item is not None:
            open_items.append((entry.item.span.end, entry))
    return parents


def details_of_two_entries(entry: Entry, original: Entry, parents: dict[Entry, Entry]) -> bool:
    """Copies nested under two different entries: a detail of each ("MoneyBuster", an
    Android client, under both servers it is a client of; one article under each Git
    technique it explains), not one thing listed twice."""
    above = parents.get(entry), parents.get(original)
    return above[0] is not None and above[1] is not None and above[0] is not above[1]


_SIZE = re.compile(r"\s*\d+(?:\.\d+)?\s*[KMBT]\s*", re.I)  # "1.3B", "110M", "7 B"


def sizes_of_one_model(doc: Document, entry: Entry, original: Entry) -> bool:
    """Two rows of one table, one model in two sizes ('GPT-Neo | 2.7B' and 'GPT-Neo |
    1.3B', each linking the model's repository): variants, not copies."""
    if entry.table is None or entry.table is not original.table:
        return False
    for one, two in zip(entry.cells, original.cells, strict=False):
        sizes = [doc.text[c.span.start : c.span.end] for c in (one, two)]
        if sizes[0] != sizes[1] and all(_SIZE.fullmatch(size) for size in sizes):
            return True
    return False


_YEAR_IN = re.compile(r"\b(?:19|20)\d\d\b")


def published_apart(doc: Document, entry: Entry, original: Entry) -> bool:
    """Two rows of one table under one title whose dates give other years and whose links
    differ ('2016. 6. | KCC | [Title](…NODE07017613)' and '2017. 1. | 정보과학회논문지 |
    [Title](…NODE07091261)'): a conference paper and its journal version, each listed."""
    if entry.table is None or entry.table is not original.table or entry.url == original.url:
        return False
    if name_key(entry.title) != name_key(original.title):
        return False  # two titles on one arXiv id: a copied link, whatever the years
    for one, two in zip(entry.cells, original.cells, strict=False):
        years = [set(_YEAR_IN.findall(doc.text[c.span.start : c.span.end])) for c in (one, two)]
        if years[0] and years[1] and years[0] != years[1]:
            return True
    return False
