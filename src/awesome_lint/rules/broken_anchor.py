"""broken-anchor: in-document links whose #fragment reaches no heading or HTML anchor."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass

import regex

from awesome_lint.anchor_resolver import AnchorResolver
from awesome_lint.document import (
    Document,
    HeadingNode,
    Link,
    fragment_of,
    has_joiners,
    link_fragment,
    root_of,
)
from awesome_lint.fixes import Applicability, Edit, Finding, Fix, Fixability, Severity
from awesome_lint.options import check_patterns
from awesome_lint.registry import Rule, register
from awesome_lint.suppress import Suppressions


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


# Browsers take '#top' to the top of the page, anchor or not; on a repository's front
# page GitHub gives the README's box the id 'readme' ("back to top" links of generated lists).
_ALWAYS_THERE = frozenset(("top", "readme"))


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
            if fragment.lower() in _ALWAYS_THERE:
                continue
            if link.valid and fragment in anchors:
                sequence.append((link, fragment, heading_index.get(fragment)))
                continue
            if link.valid and fragment.lower() in by_lower:
                anchor = by_lower[fragment.lower()]
                if self.options.case_sensitive:
                    yield _case_only(doc, link, anchor)
                # it reaches its heading on github.com: a neighbour for the ToC's order
                sequence.append((link, anchor, heading_index.get(anchor)))
                continue
            broken.append(len(sequence))
            sequence.append((link, fragment, None))
        if not broken:
            return
        resolver = AnchorResolver(doc.headings, self.options.min_similarity)
        repeated = _repeated_headings(doc)
        targets = _one_place_per_fragment(sequence, broken, resolver.resolve(sequence, broken))
        unfixed: dict[str, list[Link]] = {}  # one finding per fragment no heading fits
        for position, target in zip(broken, targets, strict=True):
            link, fragment, _ = sequence[position]
            if target is not None and target.span.start <= link.span.start < target.span.end:
                target = None  # "#### [Translation](#content)": a back-link, not its heading
            if target is not None and _asks_for_a_later_copy(fragment, target):
                target = None  # "[参考](#reference-1)": a second 参考, which there is not
            if target is not None and _linked_beside(sequence, position, target, heading_index):
                yield _linked_already(link, fragment, target)
                continue
            if target is None and link.valid:
                unfixed.setdefault(fragment, []).append(link)
                continue
            numbered = target is not None and _heading_key(target) in repeated
            by_place = position in resolver.by_place
            yield _broken(link, fragment, target, numbered=numbered, by_place=by_place)
        yield from _one_per_fragment(doc, unfixed)


def _one_per_fragment(doc: Document, unfixed: dict[str, list[Link]]) -> Iterator[Finding]:
    """The links to a fragment no heading fits ("#content" from every section) are one
    problem: one finding, at the first link no suppression comment turns off (those are
    reported one by one, for the comments to take)."""
    if not unfixed:
        return
    suppressions = Suppressions(doc, {alias: BrokenAnchor.name for alias in BrokenAnchor.npm_names})
    for fragment, links in unfixed.items():
        kept = []
        for link in links:
            finding = _broken(link, fragment, None, numbered=False, by_place=False)
            if suppressions.suppressed(finding):
                yield finding
            else:
                kept.append(link)
        if kept:
            yield _broken(kept[0], fragment, None, numbered=False, by_place=False,
                          more=len(kept) - 1)


def _one_place_per_fragment(
    sequence: list[tuple[Link, str, int | None]], broken: list[int],
    targets: list[HeadingNode | None],
) -> list[HeadingNode | None]:
    """A fragment names one place: broken links that share it but would each be pointed
    at another heading (`#content` on every section's heading, each found by its own
    text) get no fix."""
    found: dict[str, set[str]] = {}
    for position, target in zip(broken, targets, strict=True):
        if target is not None:
            found.setdefault(sequence[position][1], set()).add(target.slug)
    return [
        None if target is not None and len(found[sequence[position][1]]) > 1 else target
        for position, target in zip(broken, targets, strict=True)
    ]


def _fragment_links(doc: Document) -> Iterator[Link]:
    contributors = _contributors_tables(doc)
    for link in doc.links:
        if not link.url.startswith("#") or link.image or link.kind == "bare":
            continue
        if not any(start <= link.span.start < end for start, end in contributors):
            yield link


def _contributors_tables(doc: Document) -> list[tuple[int, int]]:
    """The all-contributors bot's tables (between its START and END comments): it links
    each contribution's emoji to '#infra-name', '#code-name'…, anchors nobody defines and
    the bot writes again; the maintainer is told not to edit them."""
    regions, start = [], None
    for span, comment in doc.html_comments:
        if _CONTRIBUTORS_START.match(comment):
            start = span.end
        elif start is not None and _CONTRIBUTORS_END.match(comment):
            regions.append((start, span.start))
            start = None
    return regions


_CONTRIBUTORS_START = regex.compile(r"\s*ALL-CONTRIBUTORS-LIST:START")
_CONTRIBUTORS_END = regex.compile(r"\s*ALL-CONTRIBUTORS-LIST:END")


def _case_only(doc: Document, link: Link, anchor: str) -> Finding:
    written = link_fragment(anchor)
    return Finding(
        BrokenAnchor.name,
        f"link to '#{fragment_of(link.url)}' differs from the anchor '#{written}' in case: "
        "it works on github.com but not in other renderers",
        link.span,
        Severity.WARNING,
        Fix(f"Point the link at '#{written}'", (Edit(doc.destination_span(link), f"#{written}"),)),
    )


def _repeated_headings(doc: Document) -> set[str]:
    """The texts more than one heading has: GitHub numbers their anchors
    ('#deep-learning-3'), so an anchor changes when another one is added above."""
    counts = Counter(_heading_key(h) for h in doc.headings)
    return {text for text, count in counts.items() if count > 1}


def _asks_for_a_later_copy(fragment: str, target: HeadingNode) -> bool:
    """A fragment numbered like a repeated heading's ("#reference-1") found a heading
    whose anchor is not numbered: the author meant another heading than this one."""
    return root_of(fragment) != fragment and root_of(target.slug) == target.slug


def _heading_key(heading: HeadingNode) -> str:
    return heading.text.strip().lower()


_BESIDE = 3  # in-page links before and after a broken one: its neighbours in a ToC


def _linked_beside(
    sequence: list[tuple[Link, str, int | None]], position: int, target: HeadingNode,
    heading_index: dict[str, int],
) -> bool:
    """Does a link beside the broken one reach the heading it would be pointed at? Then
    the broken line names a section that is gone ("Others" over "Other Awesome Lists"),
    and pointing it there would list one section twice."""
    wanted = heading_index.get(target.slug)
    before = sequence[max(position - _BESIDE, 0) : position]
    beside = before + sequence[position + 1 : position + 1 + _BESIDE]
    return wanted is not None and any(reached == wanted for _, _, reached in beside)


def _linked_already(link: Link, fragment: str, target: HeadingNode) -> Finding:
    return Finding(
        BrokenAnchor.name,
        f"link to '#{fragment}' matches no heading or anchor; the nearest, '{target.text}', "
        "is linked by the line beside it: is its section gone?",
        link.span,
    )


def _broken(
    link: Link, fragment: str, target: HeadingNode | None, *, numbered: bool, by_place: bool,
    more: int = 0,
) -> Finding:
    if link.valid:
        problem = f"link to '#{fragment}' matches no heading or anchor"
    else:
        problem = (
            f"'[{link.text}](#{fragment})' is not a link on GitHub (a destination cannot "
            "contain spaces), so it shows as plain text"
        )
    if target is None:
        also = f" (and {more} more link{'s' if more > 1 else ''} to it)" if more else ""
        return Finding(BrokenAnchor.name, f"{problem}; no heading fits it{also}", link.span)
    written = link_fragment(target.slug)
    edit = Edit(link.url_span, f"#{written}")
    message = f"{problem}; the heading '{target.text}' has the anchor '#{written}'"
    if link.kind == "reference":
        return Finding(BrokenAnchor.name, message, link.span)
    if numbered:  # right today, but an anchor by position: the maintainer may prefer an <a name>
        message += " (numbered: another heading has the same text)"
    if by_place:  # found by its place in the ToC and one shared word: likely, not certain
        message += " (renamed, by its place in the table of contents)"
    # an anchor with a zero-width joiner: github-slugger and github.com write it two ways
    unsure = numbered or by_place or has_joiners(target)
    safety = Applicability.UNSAFE if unsure else Applicability.SAFE
    return Finding(
        BrokenAnchor.name, message, link.span,
        fix=Fix(f"Point the link at '#{written}'", (edit,), safety),
    )
