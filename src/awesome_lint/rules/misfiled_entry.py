"""misfiled-entry: an entry that plainly belongs in another section of the list."""

from __future__ import annotations

import math
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cache, cached_property

import regex

from awesome_lint.document import Document, Entry, ListBlock, Section, Span
from awesome_lint.fixes import Applicability, Edit, Finding, Fix, Fixability, Severity
from awesome_lint.options import check_patterns
from awesome_lint.registry import Rule, register

_WORD = regex.compile(r"\p{Han}+|[\p{L}][\p{L}\p{N}]*")
_HAN = regex.compile(r"\p{Han}")
_URL = re.compile(r"https?://\S+|www\.\S+")
# Sections meant to be mixed: catch-alls, and sections sorted by medium, not by topic.
_MIXED = re.compile(
    r"\b(?:others?|misc|miscellaneous|related|resources|(?:table of )?contents|contributing|"
    r"licen[cs]e|contact|about|footnotes|references|acknowledg\w*|citations?|tutorials|"
    r"e-?books|books|articles|blogs|websites|podcasts|videos|talks|courses|meetups|"
    r"conferences|newsletters|communit(?:y|ies)|guides)\b",
    re.I,
)
STOPWORDS = frozenset(
    (
        # month names: the date columns of paper lists say nothing about a topic
        "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
        "dec", "january", "february", "march", "april", "june", "july", "august",
        "september", "october", "november", "december",
        "a", "an", "the", "and", "or", "of", "for", "in", "on", "to", "with", "by", "from",
        "at", "as", "is", "are", "be", "via", "using", "use", "based", "into", "its", "it",
        "this", "that", "these", "your", "you", "we", "our", "not", "no", "new", "via",
        "towards", "toward", "through", "over", "under", "than", "then", "can", "all",
        "any", "more", "most", "other", "others", "their", "them", "they", "which", "what",
        "when", "how", "why", "who", "de", "la", "le", "les", "des", "et", "en", "el",
        "los", "del", "und", "der", "die", "das",
    )
)
_NEIGHBOURS = 7  # entries most like the one judged
_MIN_COSINE = 0.15  # less alike than this is no neighbour
_CONSENSUS = 0.8  # share of the neighbours' weight one other section must hold
_OWN_SHARE = 0.0  # share the entry's own section may hold
_MIN_VOTES = 1.0  # summed similarity of the neighbours at least
_MAX_WORD_SHARE = 0.05  # words in more entries than this say nothing about a section
_TITLE_MARGIN = 3.0  # the evidence of a title naming another section's topic
_OWN_MIN_SIMILARITY = 0.3  # look-alikes in its own section count from this similarity on
_MAX_OUTSIDE = 2  # a heading word used by more entries of other sections is too common
_MAX_OUTSIDE_SHARE = 0.005
_MAX_SECTIONS = 40  # a word in more sections' entries counts for the entry's own only
_HEADING_WEIGHT = 1.0  # a heading counts this much beside its section's entries
_RATIO_FLOOR = 0.05  # keeps the ratio finite when the own section shares nothing
_KNN_SHARE = 0.7  # share of the neighbours' weight that must sit in the suggested section
_KNN_MIN_VOTES = 0.5  # summed similarity of those neighbours at least


@dataclass(frozen=True)
class Options:
    min_margin: float = 2.0  # evidence needed: a title cue is 3, less its look-alikes at home
    min_ratio: float = 10.0  # likeness to the other section over likeness to its own
    ignore_sections: tuple[str, ...] = ()  # headings (regular expressions) never source or target
    keywords: dict[str, list[str]] = field(default_factory=dict)  # heading -> extra words

    def __post_init__(self) -> None:
        check_patterns("ignore-sections", self.ignore_sections, re.I)
        for heading, words in self.keywords.items():
            if not isinstance(words, list | tuple) or not all(isinstance(w, str) for w in words):
                raise ValueError(f"keywords: {heading!r} must map to a list of words")


@register
class MisfiledEntry(Rule):
    name = "misfiled-entry"
    summary = "An entry must not plainly belong in another section."
    severity = Severity.WARNING
    fixable = Fixability.SOMETIMES
    fix_safety = (Applicability.UNSAFE,)
    Options = Options

    def check(self, doc: Document) -> Iterator[Finding]:
        model = _Model(doc, self.options)
        for entry in model.entries:
            verdict = model.verdict(entry)
            if verdict is not None and verdict.margin >= self.options.min_margin:
                yield _finding(doc, entry, verdict)
                continue
            verdict = model.likeness_verdict(entry, self.options.min_ratio)
            if verdict is not None:
                yield _finding(doc, entry, verdict)


@dataclass(frozen=True)
class Verdict:
    target: Section
    margin: float  # evidence for the target minus evidence for the current section
    words: tuple[str, ...]  # the entry's word stems that decided it, strongest first
    by_title: bool = True  # the title names the target's topic (else: its words are alike)


class _Model:
    """Which section an entry's title points at.

    A paper-like title (several words) that names the topic of exactly one other section,
    and no word of its own section's heading, is evidence 3 for that section. It shrinks
    by the share of the entry's look-alikes (the entries sharing its rarer words, by
    tf-idf cosine) that sit in its own section.
    """

    def __init__(self, doc: Document, options: Options) -> None:
        ignored = [re.compile(p, re.I) for p in options.ignore_sections]
        self.sections = [
            s for s in doc.sections
            if s.entries and s.heading is not None and s.title and not _MIXED.search(s.title)
            and not any(p.search(s.title) for p in ignored)
        ]
        self.entries = [e for s in self.sections for e in s.entries]
        self.title_words = {id(e): frozenset(_words(_name(e.title))) for e in self.entries}
        self.heading = {id(s): frozenset(_words(s.title)) for s in self.sections}
        self.headed: dict[str, set[int]] = {}
        for section in self.sections:
            for word in self.heading[id(section)]:
                self.headed.setdefault(word, set()).add(id(section))
        # What names a section's topic: its heading when that is one topic in one or two
        # words ("1.2.1. Pruning", "Logging"; not "Feature Cache & Reuse"), unless another
        # heading uses them too or they are too short to mean one thing ("net" of
        # "U-Net"); and each configured keyword.
        keywords = {k.lower(): v for k, v in options.keywords.items()}
        self.topics: dict[int, list[frozenset[str]]] = {}
        for section in self.sections:
            words = self.heading[id(section)]
            cues = [frozenset(_words(k)) for k in keywords.get(section.title.lower(), [])]
            if 0 < len(words) <= 2 and all(
                len(self.headed[w]) == 1 and len(w) >= 4 for w in words
            ):
                cues.append(words)
            if cues := [c for c in cues if c]:
                self.topics[id(section)] = cues
        self.by_id = {id(s): s for s in self.sections}
        self.order = {id(s): index for index, s in enumerate(self.sections)}
        self.doc = doc

    # The word index of every entry is built only once some title names a topic.

    @cached_property
    def words(self) -> dict[int, frozenset[str]]:
        return {id(e): frozenset(_entry_words(self.doc, e)) for e in self.entries}

    @cached_property
    def postings(self) -> dict[str, list[Entry]]:
        postings: dict[str, list[Entry]] = {}
        for entry in self.entries:
            for word in self.words[id(entry)]:
                postings.setdefault(word, []).append(entry)
        return postings

    @cached_property
    def idf(self) -> dict[str, float]:
        total = max(len(self.entries), 1)
        return {w: math.log(total / len(p)) for w, p in self.postings.items()}

    @cached_property
    def norm(self) -> dict[int, float]:
        return {
            id(e): math.sqrt(sum(self.idf[w] ** 2 for w in sorted(self.words[id(e)]))) or 1.0
            for e in self.entries
        }

    @property
    def max_posting(self) -> int:
        return max(20, int(len(self.entries) * _MAX_WORD_SHARE))

    def verdict(self, entry: Entry) -> Verdict | None:
        if len(self.sections) < 2 or id(entry.section) not in self.by_id:
            return None
        cue = self.title_cue(entry)
        if cue is None:
            return None
        section_id, words = cue
        votes, _ = self.neighbour_votes(entry)
        own, total = votes.get(id(entry.section), 0.0), sum(votes.values())
        own_share = own / total if own >= _OWN_MIN_SIMILARITY else 0.0
        margin = _TITLE_MARGIN * (1.0 - own_share)  # its look-alikes at home weaken the case
        return Verdict(self.by_id[section_id], margin, words)

    # Likeness: cosine to each section's centroid (the sum of its entries' unit tf-idf
    # vectors, without the entry judged) plus cosine to the section's heading. Only words
    # of at most max_posting entries count; the centroids make it linear in the list.

    @cached_property
    def unit(self) -> dict[int, dict[str, float]]:
        """Each entry's unit tf-idf vector, on the words that are not too common."""
        limit = self.max_posting
        return {
            id(e): {
                w: self.idf[w] / self.norm[id(e)]
                for w in sorted(self.words[id(e)]) if len(self.postings[w]) <= limit
            }
            for e in self.entries
        }

    @cached_property
    def centroids(self) -> dict[str, dict[int, float]]:
        """word -> section id -> the word's weight in that section's centroid."""
        found: dict[str, dict[int, float]] = {}
        for entry in self.entries:
            for word, weight in self.unit[id(entry)].items():
                by_section = found.setdefault(word, {})
                by_section[id(entry.section)] = by_section.get(id(entry.section), 0.0) + weight
        return found

    @cached_property
    def centroid_square(self) -> dict[int, float]:
        """|centroid|^2 of each section, each entry's own length counted as 1."""
        square: dict[int, float] = {}
        for by_section in self.centroids.values():
            for section_id, weight in by_section.items():
                square[section_id] = square.get(section_id, 0.0) + weight * weight
        for entry in self.entries:
            own = id(entry.section)
            square[own] = square.get(own, 0.0) + 1.0 - self.self_dot(entry)
        return square

    def self_dot(self, entry: Entry) -> float:
        return sum(w * w for w in self.unit[id(entry)].values())

    def own_likeness_bound(self, entry: Entry) -> float:
        """At least the entry's likeness to its own section (cheaper than `likeness`)."""
        own = id(entry.section)
        value = sum(
            weight * self.centroids[word].get(own, 0.0)
            for word, weight in self.unit[id(entry)].items()
        ) - self.self_dot(entry)
        return self.centroid_cosine(entry, own, value)

    def centroid_cosine(self, entry: Entry, section_id: int, dot: float) -> float:
        """Cosine to a section's centroid from the dot product with it (the entry left
        out of its own section's centroid)."""
        square = self.centroid_square[section_id]
        if section_id == id(entry.section):
            square -= 2.0 * (1.0 + dot) - 1.0  # |c - e|^2 with c.e = 1 + dot
        return dot / math.sqrt(square) if square > 1e-9 else 0.0

    def likeness(self, entry: Entry, headings: dict[int, float]) -> dict[int, float]:
        """Centroid cosine plus heading cosine (`headings`, from heading_cosines), by
        section (the entry left out of its own)."""
        own = id(entry.section)
        dot: dict[int, float] = {}
        for word, weight in self.unit[id(entry)].items():
            centres = self.centroids[word]
            if len(centres) > _MAX_SECTIONS:  # says little, and would cost time: own only
                centres = {own: centres[own]} if own in centres else {}
            for section_id, centre in centres.items():
                dot[section_id] = dot.get(section_id, 0.0) + weight * centre
        if own in dot:
            dot[own] -= self.self_dot(entry)
        scores = {s: self.centroid_cosine(entry, s, value) for s, value in dot.items()}
        for section_id, cosine in headings.items():
            scores[section_id] = scores.get(section_id, 0.0) + _HEADING_WEIGHT * cosine
        return scores

    @cached_property
    def sections_by_heading_word(self) -> dict[str, list[Section]]:
        found: dict[str, list[Section]] = {}
        for section in self.sections:
            for word in self.heading[id(section)]:
                found.setdefault(word, []).append(section)
        return found

    def word_weight(self, words: frozenset[str]) -> float:
        """Squared length of the words' tf-idf vector; a word no entry uses is the rarest."""
        top = self.top_idf
        return sum(self.idf.get(w, top) ** 2 for w in sorted(words))

    @cached_property
    def top_idf(self) -> float:
        return math.log(max(len(self.entries), 2))

    @cached_property
    def heading_weight(self) -> dict[int, float]:
        return {id(s): self.word_weight(self.heading[id(s)]) for s in self.sections}

    def heading_cosines(self, entry: Entry) -> dict[int, float]:
        """Cosine of the entry's words to each heading that shares one of them."""
        words = self.words[id(entry)]
        by_word = self.sections_by_heading_word
        telling = [w for w in words if len(by_word.get(w, ())) <= _MAX_SECTIONS]  # else says little
        named = {id(s) for w in telling for s in by_word.get(w, ())}
        if not named:
            return {}
        own_weight = self.word_weight(words)
        return {
            section_id: self.word_weight(words & self.heading[section_id])
            / (math.sqrt(own_weight * self.heading_weight[section_id]) or 1.0)
            for section_id in named
        }

    def likeness_verdict(self, entry: Entry, min_ratio: float) -> Verdict | None:
        """Report when the entry is many times likelier another section's than its own's,
        and its nearest neighbours agree: most of them there, none at home."""
        if len(self.sections) < 2 or id(entry.section) not in self.by_id:
            return None
        # The largest likeness another section can have: a centroid cosine of 1 and the
        # best heading cosine. Too like its own section, no other can be min_ratio times
        # likelier: most entries stop here, cheaply.
        headings = self.heading_cosines(entry)
        most = 1.0 + _HEADING_WEIGHT * max(headings.values(), default=0.0)
        if self.own_likeness_bound(entry) + _RATIO_FLOOR > most / min_ratio:
            return None
        scores = self.likeness(entry, headings)
        own = id(entry.section)
        others = [(v, s) for s, v in scores.items() if s != own]
        if not others:
            return None
        # the likeliest; of equals, the first in the document (never memory addresses)
        best, target = max(others, key=lambda pair: (pair[0], -self.order[pair[1]]))
        ratio = best / (scores.get(own, 0.0) + _RATIO_FLOOR)
        if ratio < min_ratio:
            return None
        votes = self.cosine_votes(entry)
        total = sum(votes.values())
        if total < _KNN_MIN_VOTES or votes.get(own, 0.0) > 0:
            return None
        if votes.get(target, 0.0) < _KNN_SHARE * total:
            return None
        return Verdict(self.by_id[target], ratio, self.shared_words(entry, target), False)

    def cosines(self, entry: Entry) -> dict[Entry, float]:
        """Cosine to each entry sharing a word that is not too common."""
        found: dict[Entry, float] = {}
        unit = self.unit
        for word, weight in unit[id(entry)].items():
            for other in self.postings[word]:
                if other is not entry:
                    found[other] = found.get(other, 0.0) + weight * unit[id(other)][word]
        return found

    def cosine_votes(self, entry: Entry) -> dict[int, float]:
        """Cosine of the entry's nearest neighbours (by cosine), summed by section."""
        nearest = sorted(self.cosines(entry).items(), key=lambda kv: -kv[1])[:_NEIGHBOURS]
        votes: dict[int, float] = {}
        for other, cosine in nearest:
            if cosine >= _MIN_COSINE:
                section_id = id(other.section)
                votes[section_id] = votes.get(section_id, 0.0) + cosine
        return votes

    def shared_words(self, entry: Entry, section_id: int) -> tuple[str, ...]:
        """The entry's rarest words that entries of that section use too."""
        words = [
            w for w in self.words[id(entry)]
            if len(self.postings[w]) <= self.max_posting
            and any(id(o.section) == section_id for o in self.postings[w] if o is not entry)
        ]
        return tuple(sorted(words, key=lambda w: (-self.idf[w], w))[:3])

    def specific(self, word: str, section_id: int, entry: Entry) -> bool:
        """Is the word rare outside that section (so that using it points there)?"""
        outside = sum(
            1 for other in self.postings.get(word, ())
            if other is not entry and id(other.section) != section_id
        )
        return outside <= max(_MAX_OUTSIDE, _MAX_OUTSIDE_SHARE * len(self.entries))

    def neighbour_votes(self, entry: Entry) -> tuple[dict[int, float], dict[int, set[str]]]:
        """Similarity of the entry's nearest neighbours, summed by their section."""
        scores: dict[int, float] = {}
        words_of: dict[int, set[str]] = {}
        others: dict[int, Entry] = {}
        for word in sorted(self.words[id(entry)]):
            posting = self.postings[word]
            if len(posting) > self.max_posting:
                continue  # too common to tell sections apart
            weight = self.idf[word] ** 2
            for other in posting:
                if other is entry:
                    continue
                scores[id(other)] = scores.get(id(other), 0.0) + weight
                words_of.setdefault(id(other), set()).add(word)
                others[id(other)] = other
        ranked = sorted(scores, key=lambda o: -scores[o])[:_NEIGHBOURS]
        votes: dict[int, float] = {}
        shared: dict[int, set[str]] = {}
        for other_id in ranked:
            cosine = scores[other_id] / (self.norm[id(entry)] * self.norm[other_id])
            if cosine < _MIN_COSINE:
                continue
            section_id = id(others[other_id].section)
            votes[section_id] = votes.get(section_id, 0.0) + cosine
            shared.setdefault(section_id, set()).update(words_of[other_id])
        return votes, shared

    def title_cue(self, entry: Entry) -> tuple[int, tuple[str, ...]] | None:
        """The one other section whose topic the title names, in all its words."""
        title = self.title_words[id(entry)]
        if len(entry.title.split()) < 3:
            return None  # a name, not a title that states a topic
        if not any(cue <= title for cues in self.topics.values() for cue in cues):
            return None
        if self.words[id(entry)] & self.heading[id(entry.section)]:
            return None  # it names its own section's topic
        named = {
            section_id: cue
            for section_id, cues in self.topics.items()
            if section_id != id(entry.section)
            for cue in cues
            if cue <= title and all(self.specific(word, section_id, entry) for word in cue)
        }
        if len(named) != 1:
            return None
        ((section_id, cue),) = named.items()
        return section_id, tuple(sorted(cue))


def _words(text: str) -> list[str]:
    """Stemmed words without small words; Chinese runs as overlapping character pairs."""
    found = []
    for match in _WORD.finditer(_URL.sub(" ", text.lower())):
        word = match.group(0)
        if _HAN.match(word):
            found += [word[i : i + 2] for i in range(max(len(word) - 1, 1))]
        elif len(word) > 1 and word not in STOPWORDS:
            found.append(word)
    return [_stem(word) for word in found]


_SUFFIXES = ("izations", "ization", "izing", "ized", "izes", "ize", "ations", "ation",
             "ings", "ing", "ers", "er", "ied", "ies", "ed", "es", "s", "e")


@cache
def _stem(word: str) -> str:
    """A light stemmer: 'pruning', 'pruned' and 'prune' are 'prun'; 'logging' is 'log'."""
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            if suffix == "s" and word.endswith(("ss", "us", "is")):
                continue
            stem = word[: -len(suffix)] + ("y" if suffix in ("ies", "ied") else "")
            if len(stem) >= 4 and stem[-1] == stem[-2] and stem[-1] not in "aeiouls":
                stem = stem[:-1]  # 'logg' -> 'log', 'formatt' -> 'format'
            return stem
    return word


def _name(title: str) -> str:
    """A repository-style title names its owner first: 'n0-computer/iroh' is 'iroh'."""
    return title.rsplit("/", 1)[-1] if re.fullmatch(r"[\w.-]+/[\w.-]+", title) else title


def _entry_words(doc: Document, entry: Entry) -> list[str]:
    """The entry's own words: its text without link destinations and badge images."""
    cut = sorted(
        [link.span if link.image else link.url_span for link in entry.links], key=lambda s: s.start
    )
    pieces, position = [], entry.span.start
    for span in cut:
        if span.start >= position:
            pieces.append(doc.text[position : span.start])
            position = span.end
    pieces.append(doc.text[position : entry.span.end])
    return _words(" ".join(pieces))


def _finding(doc: Document, entry: Entry, verdict: Verdict) -> Finding:
    shown = entry.title if len(entry.title) <= 60 else entry.title[:57] + "…"
    words = ", ".join(f"'{w}'" for w in _as_written(doc, entry, verdict.words))
    reason = f"title says {words}" if verdict.by_title else f"shares {words} with its entries"
    message = (
        f"'{shown}' looks like it belongs in '{verdict.target.title}' ({reason}), "
        f"not '{entry.section.title}'"
    )
    fix = _move(doc, entry, verdict.target)
    return Finding(MisfiledEntry.name, message, entry.title_span, fix=fix)


def _as_written(doc: Document, entry: Entry, stems: tuple[str, ...]) -> list[str]:
    """The entry's own spelling of each word stem ('pruning' for 'prune')."""
    spelled: dict[str, str] = {}
    for match in _WORD.finditer(entry.title + " " + doc.text[entry.span.start : entry.span.end]):
        word = match.group(0)
        spelled.setdefault(_stem(word.lower()), word.lower())
    return [spelled.get(stem, stem) for stem in stems]


def _move(doc: Document, entry: Entry, target: Section) -> Fix | None:
    """Move a row to the end of the target's table with the same columns; a top-level
    item to the end of the target's list of the same kind."""
    if entry.kind == "row" and entry.table is not None:
        header = _header(doc, entry.table)
        tables = [t for t in target.tables if _header(doc, t) == header]
        if not tables:
            return None
        last = (tables[-1].rows or [tables[-1].delimiter])[-1]
        return _move_lines(doc, entry.span, last.span.end)
    if entry.item is not None:
        lists = [b for b in target.lists if _same_list_kind(doc, b, entry)]
        source_list = next((b for b in entry.section.lists if entry.item in b.items), None)
        if not lists or source_list is None or entry.item.indent != 0:
            return None
        last_item = lists[-1].items[-1]
        if last_item.indent != 0:
            return None
        return _move_lines(doc, entry.item.span, _line_end(doc, last_item.span.end))
    return None


def _header(doc: Document, table: object) -> tuple[str, ...]:
    cells = table.header.cells  # type: ignore[attr-defined]
    return tuple(" ".join(doc.text[c.span.start : c.span.end].lower().split()) for c in cells)


def _same_list_kind(doc: Document, block: ListBlock, entry: Entry) -> bool:
    item = entry.item
    return item is not None and block.items[0].marker == item.marker


def _line_end(doc: Document, offset: int) -> int:
    """The end of the line holding offset-1 (before its line break)."""
    end = offset
    while end > 0 and doc.text[end - 1] in "\r\n":
        end -= 1
    return end


def _move_lines(doc: Document, span: Span, insert_at: int) -> Fix:
    starts = doc.source.line_starts
    first_line, _ = doc.source.line_col(span.start)
    last_line, _ = doc.source.line_col(max(span.end - 1, span.start))
    start = starts[first_line - 1]
    end = starts[last_line] if last_line < len(starts) else len(doc.text)
    block = doc.text[start:end]
    content = block.rstrip("\r\n")
    line_break = block[len(content) :] or doc.source.newline
    edits = (Edit(Span(start, end), ""), Edit(Span(insert_at, insert_at), line_break + content))
    if end == len(doc.text) and not block.endswith(("\n", "\r")):
        edits = (Edit(Span(_line_end(doc, start), end), ""), edits[1])
    return Fix("Move the entry to the suggested section", edits, Applicability.UNSAFE)
