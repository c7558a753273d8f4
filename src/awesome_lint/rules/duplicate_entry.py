"""duplicate-entry: the same paper or tool listed twice, in one section or across sections."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from awesome_lint.document import (
    Document,
    Entry,
    Section,
    Span,
    is_generic_title,
    is_highlight_section,
)
from awesome_lint.fixes import Applicability, Edit, Finding, Fix, Fixability
from awesome_lint.options import check_patterns
from awesome_lint.registry import Rule, register
from awesome_lint.urls import doi, github_repo, normal_url

_TITLE_NOISE = re.compile(r"[\W_]+")
# Identity kinds, strongest first: where two entries both have a stronger kind, it decides.
KINDS = ("arxiv", "doi", "repo", "url", "title")
# A shared link is not enough when the entries name different things ("django" and
# "django.db.models (part of Django)" both link the Django repository).
NAMED_KINDS = ("repo", "url")
# Sections that repeat entries listed elsewhere on purpose: the section itself (a table of
# contents, an index) or anything under a "References" heading.
_INDEX_SECTION = re.compile(r"^\W*(?:(?:table of )?contents|index|footnotes)\W*$", re.I)
_REFERENCE_SECTION = re.compile(r"^\W*(?:references?|citations?|see also)\W*$", re.I)


# A list that files this many of its entries in two sections does it on purpose (a
# survey filing a paper under a method and an application, tools listed per language).
CROSS_LISTING_MIN = 5
CROSS_LISTING_SHARE = 0.02
# Consecutive entries repeated in the same order elsewhere: a pasted block, a mistake
# even in a list that cross-lists.
BLOCK_MIN = 3
# At most this share of the entries before the table of contents: a preface.
PREFACE_SHARE = 0.1
# Fewer words than this is a name ("PaLM Coder", "CodeXGLUE"), not a paper's title.
PAPER_TITLE_WORDS = 5


@dataclass(frozen=True)
class Options:
    # True: only repeats within one section are reported; None: decided by the list,
    # which allows them when it repeats entries across sections often.
    allow_across_sections: bool | None = None
    allow: tuple[str, ...] = ()  # regexes of URLs never reported

    def __post_init__(self) -> None:
        check_patterns("allow", self.allow)


@register
class DuplicateEntry(Rule):
    name = "duplicate-entry"
    preset = "recommended"
    summary = "The same paper or tool must not be listed twice."
    fixable = Fixability.SOMETIMES
    fix_safety = (Applicability.UNSAFE,)
    npm_names = ("double-link",)
    Options = Options

    def check(self, doc: Document) -> Iterator[Finding]:
        shown_first = _preface_end(doc)
        index = {entry: number for number, entry in enumerate(doc.entries)}
        pairs = [
            (entry, original) for entry, original in self.repeats(doc)
            if not _in_highlights(entry, shown_first)
            and not _in_highlights(original, shown_first)
            and not _cites_the_paper(entry, original, index)
        ]
        pasted = _pasted_blocks(doc, pairs, index)
        cross_listed = [
            entry for entry, original in pairs
            if _cross_listing(entry, original) and entry not in pasted
        ]
        allow_across = self.options.allow_across_sections
        if allow_across is None:
            allow_across = len(cross_listed) >= max(
                CROSS_LISTING_MIN, CROSS_LISTING_SHARE * len(doc.entries)
            )
        for entry, original in pairs:
            if allow_across and entry in cross_listed:
                continue
            yield _finding(doc, entry, original)

    def repeats(self, doc: Document) -> Iterator[tuple[Entry, Entry]]:
        """Each entry that repeats an earlier one, with the first copy."""
        allowed = [re.compile(p) for p in self.options.allow]
        first_by_key: dict[tuple[str, str], Entry] = {}
        identities: dict[Entry, dict[str, str]] = {}  # of the entries seen so far
        for entry in doc.entries:
            keys = identities[entry] = identity(entry)
            if entry.url and any(p.search(entry.url) for p in allowed):
                continue
            if _in_index_section(entry):
                continue
            original = _earlier_copy(keys, first_by_key, identities, entry)
            if original is not None:
                yield entry, original
            for kind, value in keys.items():
                first_by_key.setdefault((kind, value), entry)


def _earlier_copy(
    keys: dict[str, str],
    first_by_key: dict[tuple[str, str], Entry],
    identities: dict[Entry, dict[str, str]],
    entry: Entry,
) -> Entry | None:
    for kind, value in keys.items():
        other = first_by_key.get((kind, value))
        if other is None:
            continue
        if kind in NAMED_KINDS and not _same_name(entry, other):
            continue
        if _stronger_keys_agree(keys, identities[other], kind):
            return other
    return None


def _cross_listing(entry: Entry, original: Entry) -> bool:
    """The same entry, under the same name, in another section. (Two titles for one
    paper id is a copied link, a mistake wherever it is.)"""
    return original.section is not entry.section and _names_agree(entry, original)


def _names_agree(entry: Entry, original: Entry) -> bool:
    """The same name, or one inside the other ("Title (ICD)" and "Title")."""
    if _same_name(entry, original):
        return True
    one, other = _name(entry.title), _name(original.title)
    return bool(one and other) and (one in other or other in one)


def _cites_the_paper(entry: Entry, original: Entry, index: dict[Entry, int]) -> bool:
    """Two different names for one paper, one of them short: a model or dataset ("The
    Stack v2") beside the paper that introduced it ("StarCoder2"), or a row citing it.
    Two paper titles for one id is what a link copied from the wrong row looks like."""
    if _names_agree(entry, original) or index[entry] - index[original] == 1:
        return False  # a link copied from the row above
    return min(len(entry.title.split()), len(original.title.split())) < PAPER_TITLE_WORDS


def _in_highlights(entry: Entry, shown_first: int) -> bool:
    """In a News, Trending or Sponsors section, or before `shown_first` (the table of
    contents): what the list shows first, it files again below on purpose."""
    return entry.span.start < shown_first or is_highlight_section(entry.section)


def _preface_end(doc: Document) -> int:
    """Where the table of contents starts, when what comes before it is a preface (a
    showcase of a few entries, filed again below); else 0."""
    contents = next((s for s in doc.sections if _INDEX_SECTION.match(s.title)), None)
    if contents is None:
        return 0
    before = sum(1 for entry in doc.entries if entry.span.start < contents.span.start)
    return contents.span.start if before <= PREFACE_SHARE * len(doc.entries) else 0


def _pasted_blocks(
    doc: Document, pairs: list[tuple[Entry, Entry]], index: dict[Entry, int]
) -> set[Entry]:
    """Copies that belong to a run of BLOCK_MIN or more consecutive entries repeating
    consecutive entries in the same order (`index`: each entry's place in the list)."""
    copies = {(index[entry], index[original]) for entry, original in pairs}
    pasted: set[Entry] = set()
    for entry, original in pairs:
        start = (index[entry], index[original])
        if (start[0] - 1, start[1] - 1) in copies:
            continue  # not the start of a run
        length = 1
        while (start[0] + length, start[1] + length) in copies:
            length += 1
        run = [doc.entries[start[0] + step] for step in range(length)]
        if length >= BLOCK_MIN and not _alphabetical(run[0].section):
            pasted.update(run)
    return pasted


def _alphabetical(section: Section) -> bool:
    """Are the section's entries in alphabetical order? Then two sections that share a
    run of entries share it because both are sorted, not because it was pasted."""
    names = [_name(entry.title) for entry in section.entries]
    return len(names) >= BLOCK_MIN and names == sorted(names)


def identity(entry: Entry) -> dict[str, str]:
    """What the entry lists, by kind, strongest first."""
    keys: dict[str, str] = {}
    arxiv = entry.arxiv
    if arxiv:
        keys["arxiv"] = arxiv.id
    url = entry.url
    if url:
        found_doi = doi(url)
        if found_doi:
            keys["doi"] = found_doi
        repo = github_repo(url)
        if repo and repo[2].strip("/") == "":
            keys["repo"] = f"{repo[0]}/{repo[1]}".lower()
        keys["url"] = normal_url(url)
    if entry.kind == "row" and not is_generic_title(entry.title):
        title = _name(entry.title)
        if len(title) >= 4:
            keys["title"] = title
    return keys


def _in_index_section(entry: Entry) -> bool:
    if _INDEX_SECTION.match(entry.section.title):
        return True
    return any(_REFERENCE_SECTION.match(title) for title in entry.section.path)


def _same_name(entry: Entry, other: Entry) -> bool:
    if is_generic_title(entry.title) or is_generic_title(other.title):
        return True
    return _name(entry.title) == _name(other.title)


def _name(title: str) -> str:
    return _TITLE_NOISE.sub("", title.casefold())


def _stronger_keys_agree(keys: dict[str, str], other: dict[str, str], matched: str) -> bool:
    for kind in KINDS[: KINDS.index(matched)]:
        if kind in keys and kind in other and keys[kind] != other[kind]:
            return False
    return True


def _finding(doc: Document, entry: Entry, original: Entry) -> Finding:
    line = doc.source.line_col(original.span.start)[0]
    where = f"line {line}"
    if original.section is not entry.section:
        where += f" in '{original.section.title}'"
    span = entry.title_span
    if not _same_name(entry, original):
        shared = _shared_paper_id(entry, original)
        return Finding(
            DuplicateEntry.name,
            f"'{entry.title}' has the same {shared} as '{original.title}' at {where}: "
            "the same paper under two names, or a link copied from the wrong row",
            span,
        )
    if _written(doc, entry) == _written(doc, original):
        removal = Edit(_removal(doc, entry), "")
        fix = Fix("Remove the repeated entry", (removal,), Applicability.UNSAFE)
        return Finding(
            DuplicateEntry.name, f"'{entry.title}' is already listed at {where}", span, fix=fix
        )
    this_line = doc.source.line_col(entry.span.start)[0]
    return Finding(
        DuplicateEntry.name,
        f"'{entry.title}' is already listed at {where}, written differently "
        f"(lines {line} and {this_line}): keep one by hand",
        span,
    )


def _shared_paper_id(entry: Entry, original: Entry) -> str:
    keys, other = identity(entry), identity(original)
    for kind, label in (("arxiv", "arXiv id"), ("doi", "DOI")):
        if kind in keys and keys[kind] == other.get(kind):
            return f"{label} {keys[kind]}"
    return "link"


def _whole(doc: Document, entry: Entry) -> Span:
    return entry.item.span if entry.item is not None else entry.span


def _written(doc: Document, entry: Entry) -> str:
    span = _whole(doc, entry)
    return " ".join(doc.text[span.start : span.end].split())


def _removal(doc: Document, entry: Entry) -> Span:
    """The entry's whole lines, with the line break that ends them; on the last line of a
    file without a final line break, the line break before them, so that the file still
    ends without one."""
    span = _whole(doc, entry)
    starts = doc.source.line_starts
    line, _ = doc.source.line_col(span.start)
    end_line, _ = doc.source.line_col(max(span.end - 1, span.start))
    start = starts[line - 1]
    if end_line < len(starts):
        return Span(start, starts[end_line])
    if doc.text.endswith(("\n", "\r")):
        return Span(start, len(doc.text))
    line_break = 2 if doc.text[max(start - 2, 0) : start] == "\r\n" else min(start, 1)
    return Span(start - line_break, len(doc.text))
