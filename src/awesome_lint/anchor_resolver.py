"""Which heading a broken in-page link means: by its text, exactly or loosely (numbering
ignored, misspelt words), and by its place in the table of contents."""

from __future__ import annotations

import difflib
from collections.abc import Iterator

import regex

from awesome_lint.document import HeadingNode, Link

_NOT_WORD = regex.compile(r"[^\p{L}\p{N}]+")
_NUMBER_PREFIX = regex.compile(r"^\s*(?:no\.?\s*)?\d+(?:[._]\d+)*[._]?\s*", regex.I)


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


class AnchorResolver:
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
        self.sequence: list[tuple[Link, str, int | None]] = []
        self.by_place: dict[int, int] = {}  # positions resolved by their place alone

    def resolve(
        self, sequence: list[tuple[Link, str, int | None]], broken: list[int]
    ) -> list[HeadingNode | None]:
        """The intended heading of each broken link (positions `broken` in `sequence`).

        An exact match of the link's text is taken as it is; a looser one (numbering
        ignored, misspelt words) only where it sits between the headings that the
        links around it reach, as in a table of contents.
        """
        self.sequence = sequence
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
        self.by_place = self.renamed(chosen, [p for p in broken if chosen[p] is None])
        for position, heading in self.by_place.items():
            chosen[position] = heading
        return [self.heading(chosen[p]) for p in broken]

    def renamed(self, chosen: list[int | None], unresolved: list[int]) -> dict[int, int]:
        """Links whose heading was renamed ("Command-line Tools" for "CLI Tools"): a run of
        them between two links that reach headings, facing as many headings of their level
        that no link reaches, each sharing a word with the link at its place."""
        reached = {index for index in chosen if index is not None}
        levels = {self.headings[index].level for index in reached}
        found: dict[int, int] = {}
        before, after = _neighbours(chosen)
        for run in _runs(unresolved):
            low, high = before[run[0]], after[run[-1]]
            if low is None or high is None:
                continue
            gap = [
                i for i in range(low + 1, high)
                if i not in reached and self.headings[i].level in levels
            ]
            if len(gap) != len(run):
                continue
            family = set(self.words[low]) & set(self.words[high])  # "… guided Video Generation"
            pairs = list(zip(run, gap, strict=True))
            if all(self.shares_a_word(p, i, family) for p, i in pairs):
                found.update(pairs)
        return found

    def shares_a_word(self, position: int, heading: int, family: set[str]) -> bool:
        """Does the link share a word with the heading, other than the words its
        neighbours' headings all have?"""
        link, fragment, _ = self.sequence[position]
        words = {w for text in _texts(link, fragment) for w in _words(text)} - family
        return bool(words & set(self.words[heading]))

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


def _runs(positions: list[int]) -> list[list[int]]:
    """Consecutive positions grouped: [3, 4, 7] -> [[3, 4], [7]]."""
    runs: list[list[int]] = []
    for position in positions:
        if runs and runs[-1][-1] == position - 1:
            runs[-1].append(position)
        else:
            runs.append([position])
    return runs


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
