"""misfiled-entry: an entry that plainly belongs in another section of the list."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from awesome_lint.document import Document, Entry, Section
from awesome_lint.fixes import Applicability, Finding, Fixability, Severity
from awesome_lint.moves import move_entry
from awesome_lint.naming import NameCues
from awesome_lint.options import check_patterns
from awesome_lint.registry import Rule, register
from awesome_lint.similarity import WORD, Similarity, stem, word_stems

# Sections meant to be mixed: catch-alls, and sections sorted by medium, not by topic.
_MIXED = re.compile(
    r"\b(?:others?|misc|miscellaneous|related|resources|(?:table of )?contents|contributing|"
    r"licen[cs]e|contact|about|footnotes|references|acknowledg\w*|citations?|tutorials|"
    r"e-?books|books|articles|blogs|websites|podcasts|videos|talks|courses|meetups|"
    r"conferences|newsletters|communit(?:y|ies)|guides)\b",
    re.I,
)
_TITLE_MARGIN = 3.0  # the evidence of a title naming another section's topic
_OWN_MIN_SIMILARITY = 0.3  # look-alikes in its own section count from this similarity on
_RATIO_FLOOR = 0.05  # keeps the ratio finite when the own section shares nothing
_KNN_SHARE = 0.7  # share of the neighbours' weight that must sit in the suggested section
_KNN_MIN_VOTES = 0.5  # summed similarity of those neighbours at least


EVIDENCE = ("name", "title", "words")


@dataclass(frozen=True)
class Options:
    # What may report an entry: its name says another section's kind ("name"), its title
    # names another section's topic ("title"), its words are another section's ("words").
    evidence: tuple[str, ...] = ("name",)
    min_margin: float = 2.0  # evidence needed: a title cue is 3, less its look-alikes at home
    min_ratio: float = 10.0  # likeness to the other section over likeness to its own
    ignore_sections: tuple[str, ...] = ()  # headings (regular expressions) never source or target
    keywords: dict[str, list[str]] = field(default_factory=dict)  # heading -> extra words

    def __post_init__(self) -> None:
        unknown = [kind for kind in self.evidence if kind not in EVIDENCE]
        if unknown or isinstance(self.evidence, str):
            raise ValueError(f"evidence: a list of {', '.join(EVIDENCE)}, not {self.evidence!r}")
        check_patterns("ignore-sections", self.ignore_sections, re.I)
        for heading, words in self.keywords.items():
            if not isinstance(words, list | tuple) or not all(isinstance(w, str) for w in words):
                raise ValueError(f"keywords: {heading!r} must map to a list of words")


@register
class MisfiledEntry(Rule):
    name = "misfiled-entry"
    preset = "recommended"
    summary = "An entry must not plainly belong in another section."
    severity = Severity.WARNING
    fixable = Fixability.SOMETIMES
    fix_safety = (Applicability.UNSAFE,)
    Options = Options

    def check(self, doc: Document) -> Iterator[Finding]:
        evidence = self.options.evidence
        topics = _judged_sections(doc, self.options.ignore_sections)
        names = NameCues(doc, topics) if "name" in evidence else None
        model = _Model(doc, self.options) if {"title", "words"} & set(evidence) else None
        for entry in doc.entries:
            if _ignored(entry.section, self.options.ignore_sections):
                continue
            verdict = _name_verdict(names, entry) if names is not None else None
            if verdict is None and model is not None:
                verdict = model.best(entry, evidence, self.options)
            if verdict is not None and not _listed_in(verdict.target, entry):
                yield _finding(doc, entry, verdict)


def _name_verdict(names: NameCues, entry: Entry) -> Verdict | None:
    cue = names.cue(entry)
    if cue is None:
        return None
    return Verdict(cue.section, 0.0, (cue.kind,), kind="name", support=(cue.named, cue.size))


@dataclass(frozen=True)
class Verdict:
    target: Section
    margin: float  # evidence for the target minus evidence for the current section
    words: tuple[str, ...]  # the entry's word stems that decided it, strongest first
    kind: str = "title"  # the evidence: "name", "title" or "words"
    support: tuple[int, int] = (0, 0)  # name: entries of the target named so, of all


class _Model:
    """Which section an entry's title points at.

    A paper-like title (several words) that names the topic of exactly one other section,
    and no word of its own section's heading, is evidence 3 for that section. It shrinks
    by the share of the entry's look-alikes (the entries sharing its rarer words, by
    tf-idf cosine) that sit in its own section.
    """

    def __init__(self, doc: Document, options: Options) -> None:
        self.sections = _judged_sections(doc, options.ignore_sections)
        self.similarity = Similarity(doc, self.sections)
        self.entries = self.similarity.entries
        self.title_words = {e: frozenset(word_stems(_name(e.title))) for e in self.entries}
        self.topics = self._topics(options.keywords)
        self.order = {section: index for index, section in enumerate(self.sections)}

    def _topics(self, keywords: dict[str, list[str]]) -> dict[Section, list[frozenset[str]]]:
        """What names a section's topic: its heading when that is one topic in one or two
        words ("1.2.1. Pruning", "Logging"; not "Feature Cache & Reuse"), unless another
        heading uses them too or they are too short to mean one thing ("net" of
        "U-Net"); and each configured keyword."""
        by_title = {k.lower(): v for k, v in keywords.items()}
        headed = self.similarity.sections_by_heading_word
        topics: dict[Section, list[frozenset[str]]] = {}
        for section in self.sections:
            words = self.similarity.heading[section]
            cues = [frozenset(word_stems(k)) for k in by_title.get(section.title.lower(), [])]
            if 0 < len(words) <= 2 and all(len(headed[w]) == 1 and len(w) >= 4 for w in words):
                cues.append(words)
            if cues := [c for c in cues if c]:
                topics[section] = cues
        return topics

    def best(self, entry: Entry, evidence: tuple[str, ...], options: Options) -> Verdict | None:
        """The title's verdict when it is strong enough, else the words' verdict."""
        if "title" in evidence:
            verdict = self.verdict(entry)
            if verdict is not None and verdict.margin >= options.min_margin:
                return verdict
        return self.likeness_verdict(entry, options.min_ratio) if "words" in evidence else None

    def judged(self, entry: Entry) -> bool:
        return len(self.sections) >= 2 and entry.section in self.order

    def verdict(self, entry: Entry) -> Verdict | None:
        if not self.judged(entry):
            return None
        cue = self.title_cue(entry)
        if cue is None:
            return None
        target, words = cue
        votes = self.similarity.neighbour_votes(entry)
        own, total = votes.get(entry.section, 0.0), sum(votes.values())
        own_share = own / total if own >= _OWN_MIN_SIMILARITY else 0.0
        margin = _TITLE_MARGIN * (1.0 - own_share)  # its look-alikes at home weaken the case
        return Verdict(target, margin, words)

    def title_cue(self, entry: Entry) -> tuple[Section, tuple[str, ...]] | None:
        """The one other section whose topic the title names, in all its words."""
        title = self.title_words[entry]
        if len(entry.title.split()) < 3:
            return None  # a name, not a title that states a topic
        if not any(cue <= title for cues in self.topics.values() for cue in cues):
            return None
        similarity = self.similarity
        if similarity.words[entry] & similarity.heading[entry.section]:
            return None  # it names its own section's topic
        named = {
            section: cue
            for section, cues in self.topics.items()
            if section is not entry.section
            for cue in cues
            if cue <= title and all(similarity.specific(w, section, entry) for w in cue)
        }
        if len(named) != 1:
            return None
        ((section, cue),) = named.items()
        return section, tuple(sorted(cue))

    def likeness_verdict(self, entry: Entry, min_ratio: float) -> Verdict | None:
        """Report when the entry is many times likelier another section's than its own's,
        and its nearest neighbours agree: most of them there, none at home."""
        if not self.judged(entry):
            return None
        similarity = self.similarity
        # Too like its own section, no other can be min_ratio times likelier: most
        # entries stop here, cheaply.
        headings = similarity.heading_cosines(entry)
        own_bound = similarity.own_likeness_bound(entry)
        if own_bound + _RATIO_FLOOR > similarity.likeness_ceiling(headings) / min_ratio:
            return None
        scores = similarity.likeness(entry, headings)
        likeliest = self.likeliest_other(entry, scores)
        if likeliest is None:
            return None
        best, target = likeliest
        ratio = best / (scores.get(entry.section, 0.0) + _RATIO_FLOOR)
        if ratio < min_ratio or not self.neighbours_agree(entry, target):
            return None
        return Verdict(target, ratio, similarity.shared_words(entry, target), kind="words")

    def likeliest_other(
        self, entry: Entry, scores: dict[Section, float]
    ) -> tuple[float, Section] | None:
        """The likeliest section but the entry's own; of equals, the first in the document."""
        others = [(v, s) for s, v in scores.items() if s is not entry.section]
        if not others:
            return None
        return max(others, key=lambda pair: (pair[0], -self.order[pair[1]]))

    def neighbours_agree(self, entry: Entry, target: Section) -> bool:
        """Most of the entry's nearest neighbours sit in the target, none at home."""
        votes = self.similarity.cosine_votes(entry)
        total = sum(votes.values())
        if total < _KNN_MIN_VOTES or votes.get(entry.section, 0.0) > 0:
            return False
        return votes.get(target, 0.0) >= _KNN_SHARE * total


def _judged_sections(doc: Document, ignore_sections: tuple[str, ...]) -> list[Section]:
    """The sections sorted by topic: titled, with entries, neither mixed nor ignored."""
    ignored = [re.compile(p, re.I) for p in ignore_sections]
    return [
        s for s in doc.sections
        if s.entries and s.heading is not None and s.title and not _MIXED.search(s.title)
        and not any(p.search(s.title) for p in ignored)
    ]


def _ignored(section: Section, ignore_sections: tuple[str, ...]) -> bool:
    return any(re.search(p, section.title, re.I) for p in ignore_sections)


def _listed_in(section: Section, entry: Entry) -> bool:
    """Does the section list the entry already (a list that files it under both)?"""
    title = entry.title.casefold()
    return any(
        (entry.url is not None and other.url == entry.url) or other.title.casefold() == title
        for other in section.entries
    )


def _name(title: str) -> str:
    """A repository-style title names its owner first: 'n0-computer/iroh' is 'iroh'."""
    return title.rsplit("/", 1)[-1] if re.fullmatch(r"[\w.-]+/[\w.-]+", title) else title


def _finding(doc: Document, entry: Entry, verdict: Verdict) -> Finding:
    shown = entry.title if len(entry.title) <= 60 else entry.title[:57] + "…"
    words = ", ".join(f"'{w}'" for w in _as_written(doc, entry, verdict.words))
    if verdict.kind == "name":
        named, size = verdict.support
        reason = f"its name says '{verdict.words[0]}', like {named} of the {size} entries there"
    elif verdict.kind == "title":
        reason = f"title says {words}"
    else:
        reason = f"shares {words} with its entries"
    message = (
        f"'{shown}' looks like it belongs in '{verdict.target.title}' ({reason}), "
        f"not '{entry.section.title}'"
    )
    fix = move_entry(doc, entry, verdict.target)
    return Finding(MisfiledEntry.name, message, entry.title_span, fix=fix)


def _as_written(doc: Document, entry: Entry, stems: tuple[str, ...]) -> list[str]:
    """The entry's own spelling of each word stem ('pruning' for 'prune')."""
    spelled: dict[str, str] = {}
    for match in WORD.finditer(entry.title + " " + doc.text[entry.span.start : entry.span.end]):
        word = match.group(0)
        spelled.setdefault(stem(word.lower()), word.lower())
    return [spelled.get(stem, stem) for stem in stems]
