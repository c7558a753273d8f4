"""broken-anchor: in-document links whose #fragment reaches no heading or HTML anchor."""

from __future__ import annotations

import difflib
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass

import regex

from awesome_lint.document import Document, HeadingNode, Link, fragment_of, link_fragment
from awesome_lint.fixes import Applicability, Edit, Finding, Fix, Fixability, Severity
from awesome_lint.options import check_patterns
from awesome_lint.registry import Rule, register

_NOT_WORD = regex.compile(r"[^\p{L}\p{N}]+")
_NUMBER_PREFIX = regex.compile(r"^\s*(?:no\.?\s*)?\d+(?:[._]\d+)*[._]?\s*", regex.I)


@dataclass(frozen=True)
class Options:
    min_similarity: float = 0.8  # how alike a misspelt word and a heading's word must be (0-1)
    ignore_fragments: tuple[str, ...] = ()  # regexes of fragments never reported
    # Report links that differ from an anchor only in case: github.com forgives them,
    # other renderers do not.
    case_sensitive: bool = False

    def __post_init__(self) -> None:
        if not 0 < self.min_similarity <= 1:
            raise ValueError("min-similarity must be above 0 and at most 1")
        check_patterns("ignore-fragments", self.ignore_fragments)


@register
class BrokenAnchor(Rule):
    name = "broken-anchor"
    preset = "recommended"
    summary = "An in-document link's #fragment must match a heading or an HTML anchor."
    fix_safety = (Applicability.SAFE, Applicability.UNSAFE)
    fixable = Fixability.SOMETIMES
    Options = Options

    def check(self, doc: Document) -> Iterator[Finding]:
        if not any(True for _ in _fragment_links(doc)):
            return
        anchors = doc.anchors()
        by_lower: dict[str, str] = {}
        for anchor in sorted(anchors):
            by_lower.setdefault(anchor.lower(), anchor)
        ignored = [regex.compile(p) for p in self.options.ignore_fragments]
        heading_index = {h.slug: i for i, h in enumerate(doc.headings)}
        # Every fragment link in order, with the heading it reaches (None: broken or not a heading).
        sequence: list[tuple[Link, str, int | None]] = []
        broken: list[int] = []
        for link in _fragment_links(doc):
            fragment = fragment_of(link.url)
            if not fragment or any(p.fullmatch(fragment) for p in ignored):
                continue
            if link.valid and fragment in anchors:
                sequence.append((link, fragment, heading_index.get(fragment)))
                continue
            if link.valid and fragment.lower() in by_lower:
                if self.options.case_sensitive:
                    yield _case_only(link, by_lower[fragment.lower()])
                continue
            broken.append(len(sequence))
            sequence.append((link, fragment, None))
        if not broken:
            return
        resolver = _Resolver(doc.headings, self.options.min_similarity)
        repeated = _repeated_headings(doc)
        for position, target in zip(broken, resolver.resolve(sequence, broken), strict=True):
            link, fragment, _ = sequence[position]
            numbered = target is not None and _heading_key(target) in repeated
            yield _broken(link, fragment, target, numbered=numbered)


def _fragment_links(doc: Document) -> Iterator[Link]:
    for link in doc.links:
        if link.url.startswith("#") and not link.image and link.kind != "bare":
            yield link


def _case_only(link: Link, anchor: str) -> Finding:
    written = link_fragment(anchor)
    return Finding(
        BrokenAnchor.name,
        f"link to '#{fragment_of(link.url)}' differs from the anchor '#{written}' in case: "
        "it works on github.com but not in other renderers",
        link.span,
        Severity.WARNING,
        Fix(f"Point the link at '#{written}'", (Edit(link.url_span, f"#{written}"),)),
    )


def _repeated_headings(doc: Document) -> set[str]:
    """The texts more than one heading has: GitHub numbers their anchors
    ('#deep-learning-3'), so an anchor changes when another one is added above."""
    counts = Counter(_heading_key(h) for h in doc.headings)
    return {text for text, count in counts.items() if count > 1}


def _heading_key(heading: HeadingNode) -> str:
    return heading.text.strip().lower()


def _broken(link: Link, fragment: str, target: HeadingNode | None, *, numbered: bool) -> Finding:
    if link.valid:
        problem = f"link to '#{fragment}' matches no heading or anchor"
    else:
        problem = (
            f"'[{link.text}](#{fragment})' is not a link on GitHub (a destination cannot "
            "contain spaces), so it shows as plain text"
        )
    if target is None:
        return Finding(BrokenAnchor.name, f"{problem}; no heading fits it", link.span)
    written = link_fragment(target.slug)
    edit = Edit(link.url_span, f"#{written}")
    message = f"{problem}; the heading '{target.text}' has the anchor '#{written}'"
    if link.kind == "reference":
        return Finding(BrokenAnchor.name, message, link.span)
    if numbered:  # right today, but an anchor by position: the maintainer may prefer an <a name>
        message += " (numbered: another heading has the same text)"
    safety = Applicability.UNSAFE if numbered else Applicability.SAFE
    return Finding(
        BrokenAnchor.name, message, link.span,
        fix=Fix(f"Point the link at '#{written}'", (edit,), safety),
    )


def _key(text: str) -> str:
    key: str = _NOT_WORD.sub("", text.lower())
    return key


def _unnumbered_key(text: str) -> str:
    return _key(_NUMBER_PREFIX.sub("", text))


def _texts(link: Link, fragment: str) -> list[str]:
    """What the link says it points at: its text, and its fragment read as words."""
    return [t for t in (link.text, fragment.replace("-", " ")) if _key(t)]


def _words(text: str) -> list[str]:
    return [w for w in _NOT_WORD.split(_NUMBER_PREFIX.sub("", text.lower())) if w]


class _Resolver:
    """Finds the heading each broken link means; the ToC's order settles ties."""

    # Misspelt-word matching compares words pairwise; past this many comparisons in one
    # document it stops (exact and numbering-blind matches go on), so that a crafted
    # file of 50,000 links cannot make it quadratic. Real lists need a few thousand.
    MAX_FUZZY_COMPARISONS = 200_000

    def __init__(self, headings: list[HeadingNode], min_similarity: float) -> None:
        self.headings = headings
        self.min_similarity = min_similarity
        self.by_key = _index(_key(h.text) for h in headings)
        self.by_unnumbered = _index(_unnumbered_key(h.text) for h in headings)
        self.words = [_words(h.text) for h in headings]
        self.by_word: dict[str, set[int]] = {}
        for index, words in enumerate(self.words):
            for word in words:
                self.by_word.setdefault(word, set()).add(index)
        self.long_words_by_length: dict[int, list[str]] = {}
        for word in self.by_word:
            if len(word) >= 4:
                self.long_words_by_length.setdefault(len(word), []).append(word)
        self.alike: dict[str, set[int]] = {}  # a link's word -> headings holding it or a look-alike
        self.comparisons = 0

    def resolve(
        self, sequence: list[tuple[Link, str, int | None]], broken: list[int]
    ) -> list[HeadingNode | None]:
        """The intended heading of each broken link (positions `broken` in `sequence`).

        An exact match of the link's text is taken as it is; a looser one (numbering
        ignored, misspelt words) only where it sits between the headings that the
        links around it reach, as in a table of contents.
        """
        chosen = [known for _, _, known in sequence]
        loose: dict[int, list[int]] = {}
        for position in broken:
            link, fragment, _ = sequence[position]
            exact = self.exact(link, fragment)
            if len(exact) == 1:
                chosen[position] = exact[0]
            else:
                loose[position] = exact or self.unnumbered_or_similar(link, fragment)
        before, after = _neighbours(chosen)  # only exact resolutions guide the loose ones
        for position, options in loose.items():
            chosen[position] = _between(options, before[position], after[position])
        return [self.heading(chosen[p]) for p in broken]

    def heading(self, index: int | None) -> HeadingNode | None:
        return self.headings[index] if index is not None else None

    def exact(self, link: Link, fragment: str) -> list[int]:
        wanted = {_key(t) for t in _texts(link, fragment)} - {""}
        return sorted({i for key in wanted for i in self.by_key.get(key, ())})

    def unnumbered_or_similar(self, link: Link, fragment: str) -> list[int]:
        texts = _texts(link, fragment)
        wanted = {_unnumbered_key(t) for t in texts} - {""}
        found = sorted({i for key in wanted for i in self.by_unnumbered.get(key, ())})
        return found or self.similar(texts)

    def similar(self, texts: list[str]) -> list[int]:
        """Headings holding every word of the link text, allowing typos in long words."""
        best: dict[int, int] = {}
        for text in texts:
            wanted = _words(text)
            if not wanted:
                continue
            candidates: set[int] | None = None
            for word in wanted:
                holding = self.holding(word)
                candidates = holding if candidates is None else candidates & holding
                if not candidates:
                    break
            for index in sorted(candidates or ()):
                extra = len(self.words[index]) - len(wanted)
                best[index] = min(best.get(index, extra), extra)
        if not best:
            return []
        fewest = min(best.values())
        return [i for i, extra in best.items() if extra == fewest]

    def holding(self, word: str) -> set[int]:
        """The headings that hold the word, or (for words of 4 letters or more) a word
        like it."""
        if word not in self.alike:
            found = set(self.by_word.get(word, ()))
            if len(word) >= 4:
                for other in self.look_alikes(word):
                    found |= self.by_word[other]
            self.alike[word] = found
        return self.alike[word]

    def look_alikes(self, word: str) -> Iterator[str]:
        # ratio = 2 * matches / total length, and matches <= the shorter length
        shortest = max(4, int(len(word) * self.min_similarity / (2 - self.min_similarity)))
        longest = int(len(word) * (2 - self.min_similarity) / self.min_similarity) + 1
        for length in range(shortest, longest + 1):
            for other in self.long_words_by_length.get(length, ()):
                if other == word or self.comparisons >= self.MAX_FUZZY_COMPARISONS:
                    continue
                self.comparisons += 1
                matcher = difflib.SequenceMatcher(None, word, other, autojunk=False)
                if (
                    matcher.real_quick_ratio() >= self.min_similarity
                    and matcher.quick_ratio() >= self.min_similarity
                    and matcher.ratio() >= self.min_similarity
                ):
                    yield other


def _index(keys: Iterator[str]) -> dict[str, list[int]]:
    found: dict[str, list[int]] = {}
    for index, key in enumerate(keys):
        found.setdefault(key, []).append(index)
    return found


def _neighbours(chosen: list[int | None]) -> tuple[list[int | None], list[int | None]]:
    """For each position, the heading the nearest resolved link before it reaches, and
    the one after it."""
    before: list[int | None] = []
    last: int | None = None
    for value in chosen:
        before.append(last)
        last = value if value is not None else last
    after: list[int | None] = [None] * len(chosen)
    last = None
    for position in range(len(chosen) - 1, -1, -1):
        after[position] = last
        last = chosen[position] if chosen[position] is not None else last
    return before, after


def _between(options: list[int], before: int | None, after: int | None) -> int | None:
    """The one option between the headings that the neighbouring links reach."""
    if before is None and after is None:
        return options[0] if len(options) == 1 else None
    fitting = [
        o for o in options if (before is None or o > before) and (after is None or o < after)
    ]
    return fitting[0] if len(fitting) == 1 else None
