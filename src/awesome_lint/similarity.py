"""How alike the entries of a list are, to each other and to its sections: a tf-idf model.

An entry is the set of word stems of its own text (link destinations and badge images cut
out), lower-cased, without stop words and month names, lightly stemmed ('pruning' and
'pruned' are 'prun'), Chinese runs cut into overlapping character pairs. A stem weighs its
idf, log(entries / entries using it): a word few entries use says much, a word all use
says nothing. An entry's vector holds the idf of each of its stems, once however often it
is written; two entries are alike by the cosine of their vectors.

A section is its entries: its centroid is the sum of their unit vectors, on the stems at
most `max_posting` entries use (commoner ones tell no section apart). An entry's likeness
to a section is its cosine to that centroid, the entry left out of its own section's, plus
its cosine to the section's heading. Centroids keep this linear in the size of the list,
where comparing each entry with every other would be quadratic.

An entry's nearest neighbours are the entries most like it; their cosines, summed by
section, are the sections' votes.

The index is built on first use. Maps are keyed by the entries and sections themselves
(they hash by identity) and filled in document order, so that no result, nor the order of
any floating-point sum, depends on memory addresses or PYTHONHASHSEED.
"""

from __future__ import annotations

import math
import re
from functools import cache, cached_property

import regex

from awesome_lint.document import Document, Entry, Section

WORD = regex.compile(r"\p{Han}+|[\p{L}][\p{L}\p{N}]*")
_HAN = regex.compile(r"\p{Han}")
_URL = re.compile(r"https?://\S+|www\.\S+")
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
_SUFFIXES = ("izations", "ization", "izing", "ized", "izes", "ize", "ations", "ation",
             "ings", "ing", "ers", "er", "ied", "ies", "ed", "es", "s", "e")

_NEIGHBOURS = 7  # entries most like the one judged
_MIN_COSINE = 0.15  # less alike than this is no neighbour
_MAX_WORD_SHARE = 0.05  # words in more entries than this say nothing about a section
_MAX_OUTSIDE = 2  # a word used by more entries of other sections is too common
_MAX_OUTSIDE_SHARE = 0.005
_MAX_SECTIONS = 40  # a word in more sections' entries counts for the entry's own only
_HEADING_WEIGHT = 1.0  # a heading counts this much beside its section's entries


def word_stems(text: str) -> list[str]:
    """Stemmed words without small words; Chinese runs as overlapping character pairs."""
    found = []
    for match in WORD.finditer(_URL.sub(" ", text.lower())):
        word = match.group(0)
        if _HAN.match(word):
            found += [word[i : i + 2] for i in range(max(len(word) - 1, 1))]
        elif len(word) > 1 and word not in STOPWORDS:
            found.append(word)
    return [stem(word) for word in found]


@cache
def stem(word: str) -> str:
    """A light stemmer: 'pruning', 'pruned' and 'prune' are 'prun'; 'logging' is 'log'."""
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            if suffix == "s" and word.endswith(("ss", "us", "is")):
                continue
            found = word[: -len(suffix)] + ("y" if suffix in ("ies", "ied") else "")
            if len(found) >= 4 and found[-1] == found[-2] and found[-1] not in "aeiouls":
                found = found[:-1]  # 'logg' -> 'log', 'formatt' -> 'format'
            return found
    return word


def entry_stems(doc: Document, entry: Entry) -> list[str]:
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
    return word_stems(" ".join(pieces))


class Similarity:
    """The tf-idf model of the entries of some sections (see the module's docstring)."""

    def __init__(self, doc: Document, sections: list[Section]) -> None:
        self.doc = doc
        self.sections = sections
        self.entries = [e for s in sections for e in s.entries]
        self.heading = {s: frozenset(word_stems(s.title)) for s in sections}

    @cached_property
    def sections_by_heading_word(self) -> dict[str, list[Section]]:
        found: dict[str, list[Section]] = {}
        for section in self.sections:
            for word in self.heading[section]:
                found.setdefault(word, []).append(section)
        return found

    @cached_property
    def words(self) -> dict[Entry, frozenset[str]]:
        return {e: frozenset(entry_stems(self.doc, e)) for e in self.entries}

    @cached_property
    def postings(self) -> dict[str, list[Entry]]:
        """word -> the entries using it, in document order."""
        postings: dict[str, list[Entry]] = {}
        for entry in self.entries:
            for word in self.words[entry]:
                postings.setdefault(word, []).append(entry)
        return postings

    @cached_property
    def idf(self) -> dict[str, float]:
        total = max(len(self.entries), 1)
        return {w: math.log(total / len(p)) for w, p in self.postings.items()}

    @cached_property
    def norm(self) -> dict[Entry, float]:
        return {
            e: math.sqrt(sum(self.idf[w] ** 2 for w in sorted(self.words[e]))) or 1.0
            for e in self.entries
        }

    @property
    def max_posting(self) -> int:
        return max(20, int(len(self.entries) * _MAX_WORD_SHARE))

    @cached_property
    def unit(self) -> dict[Entry, dict[str, float]]:
        """Each entry's unit tf-idf vector, on the words that are not too common."""
        limit = self.max_posting
        return {
            e: {
                w: self.idf[w] / self.norm[e]
                for w in sorted(self.words[e]) if len(self.postings[w]) <= limit
            }
            for e in self.entries
        }

    @cached_property
    def centroids(self) -> dict[str, dict[Section, float]]:
        """word -> section -> the word's weight in that section's centroid."""
        found: dict[str, dict[Section, float]] = {}
        for entry in self.entries:
            for word, weight in self.unit[entry].items():
                by_section = found.setdefault(word, {})
                by_section[entry.section] = by_section.get(entry.section, 0.0) + weight
        return found

    @cached_property
    def centroid_square(self) -> dict[Section, float]:
        """|centroid|^2 of each section, each entry's own length counted as 1."""
        square: dict[Section, float] = {}
        for by_section in self.centroids.values():
            for section, weight in by_section.items():
                square[section] = square.get(section, 0.0) + weight * weight
        for entry in self.entries:
            own = entry.section
            square[own] = square.get(own, 0.0) + 1.0 - self.self_dot(entry)
        return square

    def self_dot(self, entry: Entry) -> float:
        return sum(w * w for w in self.unit[entry].values())

    def centroid_cosine(self, entry: Entry, section: Section, dot: float) -> float:
        """Cosine to a section's centroid from the dot product with it (the entry left
        out of its own section's centroid)."""
        square = self.centroid_square[section]
        if section is entry.section:
            square -= 2.0 * (1.0 + dot) - 1.0  # |c - e|^2 with c.e = 1 + dot
        return dot / math.sqrt(square) if square > 1e-9 else 0.0

    def own_likeness_bound(self, entry: Entry) -> float:
        """At least the entry's likeness to its own section (cheaper than `likeness`)."""
        own = entry.section
        value = sum(
            weight * self.centroids[word].get(own, 0.0)
            for word, weight in self.unit[entry].items()
        ) - self.self_dot(entry)
        return self.centroid_cosine(entry, own, value)

    def likeness_ceiling(self, headings: dict[Section, float]) -> float:
        """The largest likeness a section can have: a centroid cosine of 1 and the best
        heading cosine (`headings`, from heading_cosines)."""
        return 1.0 + _HEADING_WEIGHT * max(headings.values(), default=0.0)

    def likeness(self, entry: Entry, headings: dict[Section, float]) -> dict[Section, float]:
        """Centroid cosine plus heading cosine (`headings`, from heading_cosines), by
        section (the entry left out of its own)."""
        own = entry.section
        dot: dict[Section, float] = {}
        for word, weight in self.unit[entry].items():
            centres = self.centroids[word]
            if len(centres) > _MAX_SECTIONS:  # says little, and would cost time: own only
                centres = {own: centres[own]} if own in centres else {}
            for section, centre in centres.items():
                dot[section] = dot.get(section, 0.0) + weight * centre
        if own in dot:
            dot[own] -= self.self_dot(entry)
        scores = {s: self.centroid_cosine(entry, s, value) for s, value in dot.items()}
        for section, cosine in headings.items():
            scores[section] = scores.get(section, 0.0) + _HEADING_WEIGHT * cosine
        return scores

    @cached_property
    def top_idf(self) -> float:
        return math.log(max(len(self.entries), 2))

    def word_weight(self, words: frozenset[str]) -> float:
        """Squared length of the words' tf-idf vector; a word no entry uses is the rarest."""
        top = self.top_idf
        return sum(self.idf.get(w, top) ** 2 for w in sorted(words))

    @cached_property
    def heading_weight(self) -> dict[Section, float]:
        return {s: self.word_weight(self.heading[s]) for s in self.sections}

    def heading_cosines(self, entry: Entry) -> dict[Section, float]:
        """Cosine of the entry's words to each heading that shares one of them."""
        words = self.words[entry]
        by_word = self.sections_by_heading_word
        telling = [w for w in sorted(words) if len(by_word.get(w, ())) <= _MAX_SECTIONS]
        named = dict.fromkeys(s for w in telling for s in by_word.get(w, ()))
        if not named:
            return {}
        own_weight = self.word_weight(words)
        return {
            section: self.word_weight(words & self.heading[section])
            / (math.sqrt(own_weight * self.heading_weight[section]) or 1.0)
            for section in named
        }

    def cosines(self, entry: Entry) -> dict[Entry, float]:
        """Cosine to each entry sharing a word that is not too common."""
        found: dict[Entry, float] = {}
        unit = self.unit
        for word, weight in unit[entry].items():
            for other in self.postings[word]:
                if other is not entry:
                    found[other] = found.get(other, 0.0) + weight * unit[other][word]
        return found

    def cosine_votes(self, entry: Entry) -> dict[Section, float]:
        """Cosine of the entry's nearest neighbours (by cosine), summed by section."""
        nearest = sorted(self.cosines(entry).items(), key=lambda kv: -kv[1])[:_NEIGHBOURS]
        votes: dict[Section, float] = {}
        for other, cosine in nearest:
            if cosine >= _MIN_COSINE:
                votes[other.section] = votes.get(other.section, 0.0) + cosine
        return votes

    def neighbour_votes(self, entry: Entry) -> dict[Section, float]:
        """Cosine of the entry's nearest neighbours, summed by section; neighbours ranked
        by the idf^2 of the words they share that are not too common."""
        shared: dict[Entry, float] = {}
        for word in sorted(self.words[entry]):
            posting = self.postings[word]
            if len(posting) > self.max_posting:
                continue  # too common to tell sections apart
            weight = self.idf[word] ** 2
            for other in posting:
                if other is not entry:
                    shared[other] = shared.get(other, 0.0) + weight
        ranked = sorted(shared, key=lambda o: -shared[o])[:_NEIGHBOURS]
        votes: dict[Section, float] = {}
        for other in ranked:
            cosine = shared[other] / (self.norm[entry] * self.norm[other])
            if cosine >= _MIN_COSINE:
                votes[other.section] = votes.get(other.section, 0.0) + cosine
        return votes

    def shared_words(self, entry: Entry, section: Section) -> tuple[str, ...]:
        """The entry's three rarest words that entries of that section use too."""
        words = [
            w for w in self.words[entry]
            if len(self.postings[w]) <= self.max_posting
            and any(o.section is section for o in self.postings[w] if o is not entry)
        ]
        return tuple(sorted(words, key=lambda w: (-self.idf[w], w))[:3])

    def specific(self, word: str, section: Section, entry: Entry) -> bool:
        """Is the word rare outside that section (so that using it points there)?"""
        outside = sum(
            1 for other in self.postings.get(word, ())
            if other is not entry and other.section is not section
        )
        return outside <= max(_MAX_OUTSIDE, _MAX_OUTSIDE_SHARE * len(self.entries))
