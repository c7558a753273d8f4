"""duplicate-entry: the same paper or tool listed twice, in one section or across sections."""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any, ClassVar

from awesome_lint.deliberate_repeats import (
    by_year_and_by_topic,
    cross_lists_by_habit,
    details_of_two_entries,
    entry_parts,
    in_highlights,
    in_index_section,
    in_log_section,
    parent_entries,
    pasted_blocks,
    place,
    preface_end,
    published_apart,
    second_views,
    sizes_of_one_model,
)
from awesome_lint.document import (
    Document,
    Entry,
    is_generic_title,
)
from awesome_lint.entry_identity import (
    cites_the_paper,
    identity,
    is_paper_title,
    name_key,
    names_agree,
    same_name,
    stronger_keys_agree,
)
from awesome_lint.fixes import Applicability, Finding, Fixability
from awesome_lint.merge_conflicts import Conflict, conflict_of, merge_conflicts
from awesome_lint.options import check_patterns
from awesome_lint.registry import Rule, register
from awesome_lint.repeat_findings import (
    pasted_block_finding,
    place_title,
    renamed_finding,
    repeat_finding,
    shared_paper_id,
)

# A shared link is not enough when the entries name different things ("django" and
# "django.db.models (part of Django)" both link the Django repository).
NAMED_KINDS = ("repo", "url")


# A copy of an entry under the same name in another section. "ignore": a list may file
# a thing under two topics (blind reviews of unseen lists judged 43 true, 24 false and 31
# debatable: the maintainer's call); "habit": reported unless the list cross-lists often;
# "report": always, as the npm awesome-lint's double-link does.
ACROSS_SECTIONS = ("ignore", "habit", "report")


@dataclass(frozen=True)
class Options:
    across_sections: str = "ignore"
    allow: tuple[str, ...] = ()  # regexes of URLs never reported

    def __post_init__(self) -> None:
        if self.across_sections not in ACROSS_SECTIONS:
            choices = ", ".join(repr(choice) for choice in ACROSS_SECTIONS)
            raise ValueError(f"across-sections must be one of {choices}")
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
    awesome_style: ClassVar[dict[str, Any]] = {"across-sections": "report"}

    def check(self, doc: Document) -> Iterator[Finding]:
        shown_first = preface_end(doc)
        index = {entry: number for number, entry in enumerate(doc.entries)}
        starts = [entry.span.start for entry in doc.entries]  # in document order
        parents = parent_entries(doc)
        pairs = [
            (entry, original) for entry, original in self.repeats(doc)
            if not in_highlights(entry, shown_first)
            and not details_of_two_entries(entry, original, parents)
            and not in_highlights(original, shown_first)
            and not cites_the_paper(entry, original, index)
            and not (in_log_section(entry.section) and in_log_section(original.section))
            and not _two_versions(entry, original)
            and not sizes_of_one_model(doc, entry, original)
            and not published_apart(doc, entry, original)
        ]
        pairs, conflicts = _outside_conflicts(doc, pairs)
        # a company filed in each section with that section's tasks under it: not a repeat,
        # but a sign the list files things under several sections
        groups = {pair for pair in pairs if _groups_of_others(doc, starts, *pair)}
        pairs = [pair for pair in pairs if pair not in groups]
        views = second_views(doc, pairs)
        pairs = [(entry, original) for entry, original in pairs if entry not in views]
        pasted = pasted_blocks(doc, pairs, index)
        cross_listed = {
            entry: original for entry, original in pairs
            if _cross_listing(entry, original) and entry not in pasted
        }
        mode = self.options.across_sections
        allow_across = mode == "ignore"
        if mode == "habit":
            filed_twice = [o for e, o in groups if place(e) != place(o)]
            filed_twice += cross_listed.values()
            elsewhere = [o for e, o in pairs if place(e) != place(o)]  # pasted blocks too
            allow_across = cross_lists_by_habit(filed_twice, elsewhere, len(doc.entries))
        renamed: dict[str, list[tuple[Entry, Entry]]] = {}
        blocks: list[list[tuple[Entry, Entry]]] = []  # runs of a pasted block, one finding each
        for entry, original in pairs:
            if allow_across and entry in cross_listed:
                continue
            if by_year_and_by_topic(place_title(entry), place_title(original)):
                continue  # a habit of its own: shown by year and by topic
            if not names_agree(entry, original):
                renamed.setdefault(shared_paper_id(entry, original), []).append((entry, original))
            elif entry not in pasted:
                yield repeat_finding(doc, entry, original, pasted=False)
            elif blocks and index[blocks[-1][-1][0]] + 1 == index[entry]:
                blocks[-1].append((entry, original))
            else:
                blocks.append([(entry, original)])
        for block in blocks:
            entry, original = block[0]
            # a block pasted under another parent: reported, but which copy goes is the
            # maintainer's call (a blind review judged removing the later wrong)
            removable = entry.section.parent is original.section.parent
            if len(block) == 1:
                yield repeat_finding(doc, entry, original, pasted=removable)
            else:
                yield pasted_block_finding(doc, block, removable=removable)
        for shared, group in renamed.items():
            yield renamed_finding(doc, shared, group)
        for conflict, repeats in conflicts.items():
            yield Finding(
                "",
                f"an unresolved merge conflict (lines {conflict.first_line}-"
                f"{conflict.last_line}) lists {repeats} entries in more than one of its "
                "versions: keep one version and remove the markers by hand",
                conflict.opening,
            )

    def repeats(self, doc: Document) -> Iterator[tuple[Entry, Entry]]:
        """Each entry that repeats an earlier one, with the first copy."""
        allowed = [re.compile(p) for p in self.options.allow]
        first_by_key: dict[tuple[str, str], Entry] = {}
        identities: dict[Entry, dict[str, str]] = {}  # of the entries seen so far
        parts = entry_parts(doc)
        for entry in doc.entries:
            keys = identities[entry] = identity(entry)
            if entry.url and any(p.search(entry.url) for p in allowed):
                continue
            if in_index_section(entry) or entry.section in parts:
                continue  # an index; an agent's own "Links": another entry's details
            if is_generic_title(entry.title) or _ADDRESS.match(entry.title):
                continue  # "Docs", "GitHub", "https://element.io": about a thing, not one
            original = _earlier_copy(keys, first_by_key, identities, entry)
            if original is not None:
                yield entry, original
            for kind, value in keys.items():
                first_by_key.setdefault((kind, value), entry)


def _two_versions(entry: Entry, original: Entry) -> bool:
    """Two versions of one arXiv paper, each linked with its own (`2404.02747v1` as
    "T-GATE V1", `…v2` as "T-GATE V2"): listed twice on purpose."""
    ids = entry.arxiv, original.arxiv
    return all(found is not None and found.version for found in ids) and ids[0] != ids[1]


def _outside_conflicts(
    doc: Document, pairs: list[tuple[Entry, Entry]]
) -> tuple[list[tuple[Entry, Entry]], dict[Conflict, int]]:
    """The pairs outside committed merge conflicts, and per conflict how many entries
    its versions repeat: one finding for the conflict, not one per entry."""
    conflicts = merge_conflicts(doc.source)
    if not conflicts:
        return pairs, {}
    kept: list[tuple[Entry, Entry]] = []
    repeated: dict[Conflict, set[Entry]] = {}
    for entry, original in pairs:
        conflict = conflict_of(conflicts, entry.span.start)
        if conflict is not None and conflict is conflict_of(conflicts, original.span.start):
            repeated.setdefault(conflict, set()).add(original)
        else:
            kept.append((entry, original))
    return kept, {conflict: len(originals) for conflict, originals in repeated.items()}


_ADDRESS = re.compile(r"\W*+(?:https?://|www\.)\S*+$")  # a link named by its address


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
        renamed_repo = kind == "repo" and _renamed_repository(entry, other, value)
        if kind in NAMED_KINDS and not same_name(entry, other) and not renamed_repo:
            continue  # one site, two things ("django", "django.db.models")
        paper = is_paper_title(entry.title)
        if stronger_keys_agree(keys, identities[other], kind, paper_title=paper):
            return other
    return None


def _groups_of_others(doc: Document, starts: list[int], entry: Entry, original: Entry) -> bool:
    """Two items that each hold different entries nested under them: a company listed in
    each section with that section's tasks under it, not one thing listed twice."""
    held = [_nested_urls(doc, starts, e) for e in (entry, original)]
    return bool(held[0] or held[1]) and held[0] != held[1]


def _nested_urls(doc: Document, starts: list[int], entry: Entry) -> frozenset[str]:
    if entry.item is None:
        return frozenset()
    span = entry.item.span
    first = bisect.bisect_right(starts, span.start)
    last = bisect.bisect_left(starts, span.end)
    return frozenset(other.url or other.title for other in doc.entries[first:last])


def _renamed_repository(entry: Entry, other: Entry, repo: str) -> bool:
    """One repository listed twice in one list of tools under names that are both the
    repository's ('phonenumbers' and 'python-phonenumbers'). A name that says more than
    the repository ('django.db.models') is a part of it; a table row may be one of the
    datasets a repository holds."""
    if not entry.kind == other.kind == "item" or place(entry) != place(other):
        return False
    repository = name_key(repo.split("/")[-1])
    return all(name_key(e.title) in repository for e in (entry, other))


def _cross_listing(entry: Entry, original: Entry) -> bool:
    """The same entry, under the same name, in another section. (Two titles for one
    paper id is a copied link, a mistake wherever it is.)"""
    return place(original) != place(entry) and names_agree(entry, original)
