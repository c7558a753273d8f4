"""The document model the rules read: sections, tables, lists, links, badges, entries.

Every node carries its span in `Source.text`. Rules must treat the model as read-only;
after a fix the whole document is built again from the new text.
"""

from __future__ import annotations

import bisect
import functools
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cached_property
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from awesome_lint.document.frozen import quick_init
from awesome_lint.document.inline import Inline, Link, normalize_label
from awesome_lint.document.markup import plain_text
from awesome_lint.document.nodes import Block, Cell, ListBlock, ListItem, Paragraph, Table, walk
from awesome_lint.document.slug import JOINERS, slug
from awesome_lint.shields import static_label
from awesome_lint.source import Source, Span, SpanSet
from awesome_lint.urls import ArxivId, arxiv_id

if TYPE_CHECKING:
    from awesome_lint.document.list_entries import ListEntry

BADGE_HOSTS = frozenset(
    {
        "img.shields.io",
        "shields.io",
        "badgen.net",
        "badge.fury.io",
        "awesome.re",
        "cdn.rawgit.com",
        "travis-ci.org",
        "travis-ci.com",
        "api.travis-ci.org",
        "api.travis-ci.com",
        "circleci.com",
        "ci.appveyor.com",
        "codecov.io",
        "coveralls.io",
        "goreportcard.com",
        "pkg.go.dev",
        "godoc.org",
        "deps.rs",
        "docs.rs",
        "img.badgesize.io",
        "flat.badgen.net",
        "app.codacy.com",
        "api.codacy.com",
        "sonarcloud.io",
        "snyk.io",
        "david-dm.org",
        "gitter.im",
        "badges.gitter.im",
    }
)


@quick_init
@dataclass(frozen=True, slots=True)
class HeadingNode:
    span: Span
    level: int
    text_span: Span  # the heading's Markdown text (ATX: without the #s)
    raw: str  # that text as written
    text: str  # rendered plain text
    slug: str  # GitHub anchor, with -1/-2 suffixes for repeats
    number: str | None  # "1.2.1." style prefix, when the heading is numbered
    inline: Inline
    # An HTML block that is only a heading ("<h2 id=…>C</h2>"): it opens a section, and
    # the anchor of its text is among `Document.html_anchors`, not `Document.headings`.
    html: bool = False

    @property
    def title(self) -> str:
        """The text without its number prefix."""
        if self.number is None:
            return self.text.strip()
        return self.text.strip()[len(self.number) :].strip()


@dataclass(frozen=True, eq=False)  # hashed by identity; the builder fills it in
class Section:
    """A heading and everything up to the next heading of the same or a higher level."""

    heading: HeadingNode | None  # None for the text before the first heading
    level: int
    span: Span
    parent: Section | None = None
    children: tuple[Section, ...] = ()
    blocks: tuple[Block, ...] = ()  # blocks directly under the heading
    tables: tuple[Table, ...] = ()  # every table in the section's own text, nested too
    lists: tuple[ListBlock, ...] = ()
    entries: tuple[Entry, ...] = ()

    # Cached: a section's heading and parent are set when it is made, and rules ask for
    # the title and path of each entry's section again and again.
    @cached_property
    def title(self) -> str:
        return self.heading.text.strip() if self.heading else ""

    @cached_property
    def path(self) -> tuple[str, ...]:
        titles: list[str] = []
        section: Section | None = self
        while section is not None and section.heading is not None:
            titles.append(section.title)
            section = section.parent
        return tuple(reversed(titles))

    def walk(self) -> Iterator[Section]:
        yield self
        for child in self.children:
            yield from child.walk()


@quick_init
@dataclass(frozen=True, slots=True)
class Badge:
    alt: str
    image_url: str
    target: str | None  # where the badge links to, when it sits inside a link
    image: Link
    link: Link | None


@quick_init
@dataclass(frozen=True, slots=True, eq=False)  # hashed by identity: rules key maps by entry
class Entry:
    """One listed thing: a table row, a list item, a paragraph, a heading or an HTML
    <details> summary (see document/entries.py for how each is recognised)."""

    kind: str  # "row", "item", "paragraph", "heading" or "html"
    span: Span  # the row, the item's own text (nested items are entries of their own),
    # the paragraph, or the heading
    section: Section
    title: str
    title_span: Span  # the title cell of a row, the title link of an item
    title_link: Link | None
    links: tuple[Link, ...]  # every link and image in the entry
    badges: tuple[Badge, ...]
    cells: tuple[Cell, ...] = ()  # for rows
    table: Table | None = None
    item: ListItem | None = None
    chips: tuple[Span, ...] = ()  # icons, emoji, badges and tags before or after the name
    separator: Span | None = None  # the dash or colon between the name and the description
    description: Span | None = None  # what the entry says about the thing, when it is clear
    # For an item that leads with its name: the name links ("[A](…), [B](…)" has two) and
    # what follows them and the badges and chips beside them (separator and description).
    names: tuple[Link, ...] = ()
    rest: Span | None = None
    # The label of the list item it is nested under, when the list groups its entries
    # under labels ("* **2023**", "* <span id=…>**Text → Video**</span>"): a subsection.
    group: str = ""
    bold_name: bool = False  # an item named by its bold lead, not by a link ("**STOKE** — …")

    @property
    def url(self) -> str | None:
        """The main URL: where the entry's name links to."""
        return self.title_link.url if self.title_link else None

    @property
    def path(self) -> tuple[str, ...]:
        """The titles of the sections it is listed under, outermost first."""
        return self.section.path

    @property
    def arxiv(self) -> ArxivId | None:
        """The paper's arXiv id: from the title link, else a badge's link, else (rows) any link."""
        if self.title_link is not None and (found := arxiv_id(self.title_link.url)):
            return found
        for badge in self.badges:
            if badge.link is None or not _may_be_the_papers(badge):
                continue
            if found := arxiv_id(badge.link.url):
                return found
        if self.kind == "row":
            for link in self.links:
                if found := arxiv_id(link.url):
                    return found
        return None

    @property
    def secondary_links(self) -> tuple[Link, ...]:
        return tuple(
            link for link in self.links if link is not self.title_link and not link.image
        )


@dataclass(eq=False)
class Document:
    source: Source
    root: Section
    headings: list[HeadingNode]
    tables: list[tuple[Table, Section]]
    lists: list[tuple[ListBlock, Section]]
    links: list[Link]
    badges: list[Badge]
    entries: list[Entry]
    html_anchors: set[str]
    html_comments: list[tuple[Span, str]]
    opaque: SpanSet  # code and comments: no findings inside
    definition_lines: frozenset[int] = frozenset()  # starts of `[label]: url` lines
    # each reference label: where its definition writes the URL
    definition_spans: dict[str, Span] = field(default_factory=dict)

    @property
    def text(self) -> str:
        return self.source.text

    def destination_span(self, link: Link) -> Span:
        """Where the link's URL is written: in the link, or for `[text][label]`,
        `![alt][label]` and `[label]` in the label's definition, the one place a fix of
        the URL can change it (an empty span at the link's end if none is found)."""
        if link.url_span.start != link.url_span.end or not link.span.end > link.text_span.end:
            return link.url_span
        after_text = self.text[link.text_span.end : link.span.end]  # "]", "][]" or "][label]"
        if after_text in ("]", "][]"):
            label = self.text[link.text_span.start : link.text_span.end]
        elif after_text.startswith("][") and after_text.endswith("]"):
            label = after_text[2:-1]
        else:
            return link.url_span
        return self.definition_spans.get(normalize_label(label), link.url_span)

    @cached_property
    def list_entries(self) -> tuple[ListEntry, ...]:
        """The list items that lead with a link: `- [Name](url) - Description.`"""
        from awesome_lint.document.list_entries import find_list_entries

        return tuple(find_list_entries(self))

    @property
    def sections(self) -> Iterator[Section]:
        """Every section below the root, in document order."""
        for child in self.root.children:
            yield from child.walk()

    def anchors(self) -> set[str]:
        return set(self.heading_by_anchor()) | self.html_anchors

    def heading_by_anchor(self) -> dict[str, HeadingNode]:
        """Each heading's anchor, the anchor without emoji variation selectors, which
        the npm awesome-lint accepts too ("⬆️ Up" gives "️-up" and "-up"), and the anchor
        with the zero-width joiners github.com keeps ("🧑‍💻 Dev" gives "\u200d-dev")."""
        found: dict[str, HeadingNode] = {}
        for heading in self.headings:
            found.setdefault(heading.slug, heading)
            found.setdefault(heading.slug.replace("\ufe0f", ""), heading)
            if has_joiners(heading) and heading.slug.startswith(base := slug(heading.text)):
                suffix = heading.slug[len(base) :]  # "-1", or the "-" of a trailing image
                found.setdefault(slug(heading.text, keep_joiners=True) + suffix, heading)
        return found

    def description_of(self, entry: Entry) -> str:
        """The entry's description as it reads (markup, images and HTML left out)."""
        if entry.description is None:
            return ""
        return plain_text(self.text[entry.description.start : entry.description.end]).strip()

    def top_blocks(self) -> list[Block]:
        """The blocks outside any container, in document order (headings left out)."""
        return [*self.root.blocks, *[b for s in self.sections for b in s.blocks]]

    def prose(self) -> Iterator[list[Span]]:
        """The text people write, one unit at a time: each heading's text, each paragraph
        (its lines), each table cell."""
        for heading in self.headings:
            yield [heading.text_span]
        top = self.top_blocks()
        for block in walk(top):
            if isinstance(block, Paragraph):
                lines = [line for line in block.lines if line.start not in self.definition_lines]
                if lines:
                    yield lines
            elif isinstance(block, Table):
                for row in [block.header, *block.rows]:
                    yield from ([cell.span] for cell in row.cells)

    def is_opaque(self, offset: int) -> bool:
        """Inside code or an HTML comment?"""
        return offset in self.opaque



def has_joiners(heading: HeadingNode) -> bool:
    """Does the heading's text hold a zero-width joiner, whose place in its anchor
    github-slugger and github.com disagree on?"""
    return any(joiner in heading.text for joiner in JOINERS)


@functools.lru_cache(maxsize=8192)  # a list repeats its icons' and badges' addresses
def is_badge_url(url: str) -> bool:
    if "/badge" in url or url.endswith("badge.svg"):
        return True
    try:
        host = urlsplit(url).hostname or ""
    except ValueError:
        return False
    return host.lower() in BADGE_HOSTS


GENERIC_TITLES = frozenset(
    (
        "paper", "papers", "code", "github", "website", "web", "site", "project", "page",
        "homepage", "home", "link", "links", "url", "here", "intro", "demo", "arxiv", "pdf",
        "repo", "repository", "source", "blog", "docs", "documentation", "official",
        "huggingface", "hugging", "face", "model", "models", "video", "star", "stars",
        "dataset", "data", "project-page", "abs", "html", "pub", "doi",
        # in the list's own language: "official site", "home page", "paper", "link"…
        "官网", "官方网站", "主页", "项目主页", "项目地址", "地址", "链接", "论文", "代码", "文档",
        "公式サイト", "論文", "リンク", "홈페이지", "논문", "링크", "сайт", "ссылка",
    )
)


def _may_be_the_papers(badge: Badge) -> bool:
    """A static badge labelled with a dataset's or a venue's name (`/badge/SParC-green`)
    links that one's paper, not the entry's; one labelled arXiv or paper, or any other
    image, may link the entry's."""
    label = static_label(badge.image_url)
    return label is None or label.startswith(_PAPER_LABELS)


_PAPER_LABELS = ("arxiv", "paper", "pdf", "preprint")


@functools.lru_cache(maxsize=65536)  # asked of the same names again and again (both of a pair)
def is_generic_title(title: str) -> bool:
    """Link text that names a kind of link, not the thing listed ("Paper", "Code", "URL")."""
    words = title.lower().replace("[", " ").replace("]", " ").split()
    return not words or all(word.strip("()[]:.") in GENERIC_TITLES for word in words)


def only_images(link: Link, links: tuple[Link, ...] | list[Link], text: str) -> bool:
    """Is this link's text nothing but images (a badge link)? `links` are sorted by start."""
    inner = links_between(links, link.text_span.start, link.text_span.end)
    position = link.text_span.start
    for image in inner:
        if not image.image or image.span.start < position:
            continue  # inside an image already passed
        if text[position : image.span.start].strip():
            return False
        position = image.span.end
    return not text[position : link.text_span.end].strip()


def links_between(links: tuple[Link, ...] | list[Link], start: int, end: int) -> list[Link]:
    """The links (sorted by start) that start in [start, end) and end by `end`."""
    first = bisect.bisect_left(links, start, key=lambda link: link.span.start)
    found = []
    for link in links[first:]:
        if link.span.start >= end:
            break
        if link.span.end <= end:
            found.append(link)
    return found
