"""Links, images, code spans and inline HTML inside a leaf's text, with exact spans.

The text of a leaf may run over several lines inside containers (`> - foo` …); an
`InlineText` joins those pieces with "\n" and maps every offset back to the source.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass

from awesome_lint.document.blocks import is_escaped
from awesome_lint.document.frozen import quick_init
from awesome_lint.source import Span, SpanSet, new_span

_URI = r"[A-Za-z][A-Za-z0-9+.-]{1,31}:[^<>\x00-\x20]*"
_EMAIL = r"[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9.-]+"
_AUTOLINK = re.compile(rf"<({_URI})>")
_EMAIL_AUTOLINK = re.compile(rf"<({_EMAIL})>")
_BARE_URL = re.compile(r"(?<![\w/:.@-])(?:https?://|www\.)[^\s<]*", re.I)
_ENTITY_END = re.compile(r"&[A-Za-z0-9]+;$")
_BACKTICKS = re.compile(r"`+")
_DESTINATION_MARK = re.compile(r"[()\\\x00-\x20]")
_AFTER_TAG_NAME = (  # attributes, then the end of the tag
    r"""(?:\s+[A-Za-z_:][\w.:-]*(?:\s*=\s*(?:[^\s"'=<>`]+|'[^']*'|"[^"]*"))?)*\s*/?>"""
)
_HTML_TAG = re.compile(rf"</?([A-Za-z][A-Za-z0-9-]*){_AFTER_TAG_NAME}")
# At a "<" in raw HTML: a comment's opener, a tag, or an autolink (what `angle` tries).
_ANGLE = re.compile(
    rf"(?P<comment><!--)|</?(?P<tag_name>[A-Za-z][A-Za-z0-9-]*){_AFTER_TAG_NAME}"
    rf"|<(?P<uri>{_URI})>|<(?P<email>{_EMAIL})>"
)
_HTML_ATTRIBUTE = re.compile(
    r"""\s([A-Za-z_:][\w.:-]*)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+))"""
)
# The characters where inline markup can start (a bare "!" only before "[").
_SPECIAL = re.compile(r"[\\`<\[\]]|!\[")
_TITLE_OPENERS = {'"': '"', "'": "'", "(": ")"}
_ESCAPE = re.compile(r"\\([!-/:-@\[-`{-~])")  # a backslash before ASCII punctuation
# CommonMark: a link label has at most 999 characters; cmark nests at most 32 parentheses
# in a destination. Both bound the work a crafted line can cause.
MAX_LABEL = 999
MAX_PAREN_DEPTH = 32
MAX_ALT = 10_000


class _NextFinder:
    """Where `needle` next occurs at or after a position. Scans go forward through a
    text, so the last answer is reused while it lies ahead: every needle costs one pass
    over the text, not one per question."""

    def __init__(self, text: str, needle: str) -> None:
        self.text = text
        self.needle = needle
        self.asked = len(text) + 1  # nothing asked yet
        self.found = -1

    def at_or_after(self, position: int) -> int:
        """The offset of the next occurrence, or -1."""
        if not (self.asked <= position and (self.found >= position or self.found < 0)):
            self.found = self.text.find(self.needle, position)
        self.asked = position
        return self.found


class InlineText:
    """The text of one leaf: pieces of the source joined with newlines."""

    def __init__(self, source_text: str, pieces: Sequence[Span]) -> None:
        self.pieces = tuple(pieces)
        # Most leaves are one line: one piece, whose offsets only shift.
        self.single = self.pieces[0] if len(self.pieces) == 1 else None
        if self.single is not None:
            self.text = source_text[self.single.start : self.single.end]
        else:
            self.text = "\n".join([source_text[p.start : p.end] for p in self.pieces])
        self._starts: list[int] = []
        offset = 0
        for piece in self.pieces:
            self._starts.append(offset)
            offset += piece.end - piece.start + 1

    def to_source(self, offset: int) -> int:
        single = self.single
        if single is not None:
            return min(single.start + offset, single.end)
        if not self.pieces:
            return 0
        index = max(bisect.bisect_right(self._starts, offset) - 1, 0)
        piece = self.pieces[index]
        return min(piece.start + offset - self._starts[index], piece.end)

    def span(self, start: int, end: int) -> Span:
        single = self.single
        if single is not None:
            base, limit = single.start, single.end
            if base + end <= limit:  # offsets inside the text, as the scanner's are
                return new_span((base + start, base + end))
            return new_span((min(base + start, limit), min(base + end, limit)))
        if not self.pieces or start > end:
            return new_span((self.to_source(start), self.to_source(end)))
        index = max(bisect.bisect_right(self._starts, start) - 1, 0)
        piece, piece_start = self.pieces[index], self._starts[index]
        if end - piece_start > piece.end - piece.start:  # it runs over into the next pieces
            return new_span((self.to_source(start), self.to_source(end)))
        return new_span((piece.start + start - piece_start, piece.start + end - piece_start))


@quick_init
@dataclass(frozen=True, slots=True)
class Link:
    """A link or image as written. `valid` is False for `[x](#a b)`, which GitHub shows as text."""

    kind: str  # "link", "image", "autolink", "bare", "html", "reference"
    text: str  # link text or alt text, as written
    url: str  # the destination with backslash escapes removed
    span: Span
    text_span: Span
    url_span: Span
    valid: bool = True

    @property
    def image(self) -> bool:
        # an HTML link's text is "<a>" for an <a href>; an <img>'s is its alt text
        return self.kind == "image" or (self.kind == "html" and self.text != "<a>")


@quick_init
@dataclass(frozen=True, slots=True)
class HtmlTag:
    name: str
    attributes: dict[str, str]
    span: Span


@quick_init
@dataclass(frozen=True, slots=True)
class Inline:
    links: tuple[Link, ...]
    html: tuple[HtmlTag, ...]
    opaque: tuple[Span, ...]  # code spans and HTML comments, in source offsets


_INLINE_MARKUP = frozenset("\\`<![]:")  # ':' for bare URLs ("https://", "www." has none)
# Words, one link with a plain text and destination, words: no other markup can start in
# them ("!" may not end the words before the link, which would make it an image).
# Tags without attributes ("<kbd>", "</kbd>", "<br/>") may stand in those words too.
_BARE_TAG = r"</?[A-Za-z][A-Za-z0-9-]*\s*/?>"
# A destination that stops where the scanner's stop, or sooner: at a space, a control
# character or a parenthesis (one that nests goes to the scanner).
_DESTINATION = r"[^()\\<>`\s\x00-\x20]+"
_ONE_LINK = re.compile(  # possessive: runs of words are taken whole, not char by char
    rf"((?:[^\[\]\\`<!\n]++|{_BARE_TAG})*+)\[([^\[\]\\`<\n]*+)\]\(({_DESTINATION})\)"
    rf"((?:[^\[\]\\`<\n]++|{_BARE_TAG})*+)"
)
_BARE_TAGS = re.compile(r"</?([A-Za-z][A-Za-z0-9-]*)\s*/?>")


def is_plain(text: str, start: int = 0, end: int | None = None) -> bool:
    """Does text[start:end] hold nothing the inline scanner would find?"""
    piece = text[start:end] if start or end is not None else text
    return _INLINE_MARKUP.isdisjoint(piece) and "www." not in piece.lower()


def scan_inline(inline: InlineText, definitions: dict[str, str] | None = None) -> Inline:
    if is_plain(inline.text):
        return EMPTY_INLINE  # plain words: nothing to find
    one_line = inline.single is not None and inline.text.count("[") == 1
    found = (_one_link(inline) if one_line else None) or _simple_links(inline, definitions or {})
    if found is not None:
        return found
    return _InlineScanner(inline, definitions or {}).run()


# Words, links and images with a plain text and destination, badge links, `[[crate](…)]`
# chips, reference images and links, literal brackets ("[2024-07]"), code spans of single
# backticks and HTML tags, over one line or several: "[Name](…) - Does
# this. ([Demo](…)) `MIT`<br>\n[![Stars](…)](…)", the shape of most entries with several
# links. No other markup can start in them.
_TEXT = r"[^\[\]\\`<\n]*"
_LABEL = r"[^\[\]\\`<\n]+"
_MARKUP = re.compile(
    r"(?<!`)`[^`\n]+`(?!`)"
    rf"|\[!\[(?P<alt>{_TEXT})\]\((?P<src>{_DESTINATION})\)\]\((?P<href>{_DESTINATION})\)"
    rf"|\[!\[(?P<ref_alt>{_TEXT})\]\[(?P<ref_src>{_LABEL})\]\]\((?P<ref_href>{_DESTINATION})\)"
    rf"|!\[(?P<image>{_TEXT})\]\((?P<image_url>{_DESTINATION})\)"
    rf"|!\[(?P<ref_image>{_TEXT})\]\[(?P<ref_image_label>{_LABEL})\]"
    rf"|\[\[(?P<chip>{_TEXT})\]\((?P<chip_url>{_DESTINATION})\)\]"
    rf"|\[(?P<text>{_TEXT})\]\((?P<url>{_DESTINATION})\)"
    rf"|\[(?P<ref_text>{_TEXT})\]\[(?P<ref_label>{_LABEL})\]"
    rf"|\[(?P<literal>{_TEXT})\](?![(\[])"  # text, unless a definition makes it a link
    rf"|</?(?P<tag>[A-Za-z][A-Za-z0-9-]*){_AFTER_TAG_NAME}"  # "<kbd>", "<img src='…'/>"
)
# What may not stand in the words between them: other markup, or a bare URL.
_NOT_WORDS = re.compile(r"[\[\]\\`<]|!\[|://|[Ww][Ww][Ww]\.")


def _simple_links(inline: InlineText, definitions: dict[str, str]) -> Inline | None:
    """The scanner's result for the texts `_MARKUP` reads, found by a regex: the same
    links (the outer `[` of a chip is text: links do not nest), and the code spans as
    opaque. Each piece of markup starts at the first mark after the one before, so the
    words between them are checked to hold none. None where a reference names no
    definition, or a literal bracket names one: the scanner knows what they are."""
    text = inline.text
    span = _shifted(inline.single.start) if inline.single is not None else inline.span
    links: list[Link] = []
    tags: list[HtmlTag] = []
    opaque: list[Span] = []
    words_from = 0
    for match in _MARKUP.finditer(text):
        start = match.start()
        if _NOT_WORDS.search(text, words_from, start) or (
            start and text[start - 1] == "!" and text[start] == "["
        ):
            return None  # markup among the words, or "!" making the link an image
        words_from = match.end()
        kind = match.lastgroup  # the alternative's last group names it
        if kind is None:
            opaque.append(span(start, match.end()))  # a code span
        elif kind == "tag":
            tag, link, _ = _tag_of(match.group(0), match.group("tag"), start, span)
            tags.append(tag)
            if link is not None:
                links.append(link)
        elif kind == "literal":
            if normalize_label(match.group("literal")) in definitions:
                return None  # "[ref]": a link to a definition
        else:
            found = _links_of(text, span, match, kind, definitions)
            if found is None:
                return None
            links.extend(found)
    if _NOT_WORDS.search(text, words_from):
        return None
    return Inline(tuple(links), tuple(tags), tuple(opaque))


def _links_of(
    text: str, span: Callable[[int, int], Span], match: re.Match[str], kind: str,
    definitions: dict[str, str],
) -> list[Link] | None:
    """The links and images of one piece of `_MARKUP`, named by its last group; None for
    a reference to no definition."""
    if kind == "url":
        return [_link_of(text, span, match, "link", "text", "url")]
    if kind == "chip_url":
        return [_link_of(text, span, match, "link", "chip", "chip_url")]
    if kind == "image_url":
        return [_link_of(text, span, match, "image", "image", "image_url")]
    if kind == "href":
        badge = _link_of(text, span, match, "link", "alt", "href", whole_text=True)
        return [badge, _link_of(text, span, match, "image", "alt", "src")]
    if kind == "ref_label":
        found = _reference_of(text, span, match, "reference", "ref_text", "ref_label", definitions)
    elif kind == "ref_image_label":
        found = _reference_of(text, span, match, "image", "ref_image", kind, definitions)
    else:  # "ref_href": a badge link around a reference image
        found = _reference_of(text, span, match, "image", "ref_alt", "ref_src", definitions)
        if found is not None:
            badge = _link_of(text, span, match, "link", "ref_alt", "ref_href", whole_text=True)
            return [badge, found]
    return None if found is None else [found]


def _shifted(base: int) -> Callable[[int, int], Span]:
    """Spans of a one-line text: its offsets shifted to the source's."""
    return lambda start, end: new_span((base + start, base + end))


def _link_of(
    text: str, span: Callable[[int, int], Span], match: re.Match[str], kind: str,
    label: str, url: str, *, whole_text: bool = False,
) -> Link:
    """The link or image whose text is group `label` (for a badge link, `whole_text`:
    the image, from its "![" to its ")") and whose destination is group `url`."""
    text_start = match.start(label) - 2 if whole_text else match.start(label)
    url_start, url_end = match.span(url)
    text_end = url_start - 2  # before the "](" that opens the destination
    start = text_start - (2 if kind == "image" else 1)
    written = text[text_start:text_end]
    return Link(
        kind, written[:MAX_ALT] if kind == "image" else written, text[url_start:url_end],
        span(start, url_end + 1), span(text_start, text_end), span(url_start, url_end),
    )


def _reference_of(
    text: str, span: Callable[[int, int], Span], match: re.Match[str], kind: str,
    label: str, reference: str, definitions: dict[str, str],
) -> Link | None:
    """`[text][label]` or `![alt][label]`: the link or image to the label's definition
    (its destination's span is empty, at the end); None without one."""
    name = match.group(reference)
    url = definitions.get(normalize_label(name)) if len(name) <= MAX_LABEL else None
    if url is None:
        return None
    text_start, text_end = match.span(label)
    start = text_start - (2 if kind == "image" else 1)
    end = match.end(reference) + 1
    written = text[text_start:text_end]
    return Link(
        kind, written[:MAX_ALT] if kind == "image" else written, url,
        span(start, end), span(text_start, text_end), span(end, end),
    )


def _tag_of(
    raw: str, name: str, start: int, span: Callable[[int, int], Span]
) -> tuple[HtmlTag, Link | None, int]:
    """The tag `raw` (named `name`) at `start`, and the link of an `<a href>` or the
    image of an `<img src>` (an `<a>`'s text is "<a>"; an `<img>`'s is its alt text)
    with where its address starts (in the text's offsets, as `start`)."""
    end = start + len(raw)
    if "=" not in raw:  # "<kbd>", "<br>", "</a>": a tag without attributes
        return HtmlTag(name.lower(), {}, span(start, end)), None, -1
    tag_name = name.lower()
    if tag_name == "a" and not raw.startswith("</"):
        address = "href"
    elif tag_name == "img":
        address = "src"
    else:
        address = ""  # no attribute of this tag is an address
    attributes: dict[str, str] = {}
    at = (-1, -1)  # where the address's value is
    for attr in _HTML_ATTRIBUTE.finditer(raw):
        key = attr.group(1).lower()
        group = attr.lastindex or 0  # the value's group: "…", '…' or bare
        attributes[key] = attr.group(group)
        if key == address:
            at = (start + attr.start(group), start + attr.end(group))
    whole = span(start, end)
    tag = HtmlTag(tag_name, attributes, whole)
    if at[0] < 0:
        return tag, None, -1
    text = "<a>" if tag_name == "a" else attributes.get("alt", "")
    return tag, Link("html", text, attributes[address], whole, whole, span(*at)), at[0]


def _one_link(inline: InlineText) -> Inline | None:
    """`[Name](https://…) - Description.`, the shape most entries have: one link with a
    plain text and destination, in words with nothing else to find. The scanner would
    find exactly this link; found here without it."""
    text = inline.text
    match = _ONE_LINK.fullmatch(text)
    if match is None:
        return None
    words = match.group(1) + match.group(4)
    if "://" in words or "www." in words.lower():
        return None  # a bare URL beside the link
    base = inline.single.start  # type: ignore[union-attr]  # asked of one-line texts only
    name_start, name_end = match.span(2)
    url_start, url_end = match.span(3)
    link = Link(
        "link", match.group(2), match.group(3),
        new_span((base + name_start - 1, base + url_end + 1)),
        new_span((base + name_start, base + name_end)),
        new_span((base + url_start, base + url_end)),
    )
    if "<" not in words:
        return Inline((link,), (), ())
    tags = tuple(
        HtmlTag(tag.group(1).lower(), {}, new_span((base + tag.start(), base + tag.end())))
        for group in (1, 4)
        for tag in _BARE_TAGS.finditer(text, match.start(group), match.end(group))
    )
    return Inline((link,), tags, ())


def scan_html(inline: InlineText) -> Inline:
    """Tags, comments and their links in raw HTML, where Markdown is not parsed."""
    return _InlineScanner(inline, {}).run_html()


def unescape(text: str) -> str:
    """The text with backslash escapes of ASCII punctuation removed."""
    if "\\" not in text:
        return text
    return _ESCAPE.sub(r"\1", text)


def normalize_label(label: str) -> str:
    return " ".join(label.split()).casefold()


EMPTY_INLINE = Inline((), (), ())


class _InlineScanner:
    def __init__(self, inline: InlineText, definitions: dict[str, str]) -> None:
        self.inline = inline
        self.text = inline.text
        self.definitions = definitions
        self.links: list[Link] = []
        self.html: list[HtmlTag] = []
        self.opaque: list[tuple[int, int]] = []
        self.covered: list[tuple[int, int]] = []  # links and tags, in this text's offsets
        self.destinations: set[int] = set()  # where the links' URLs start
        self.openers: list[tuple[int, bool, bool]] = []  # (offset, image, active)
        # Openers below this index were deactivated by a link (links cannot nest).
        self.link_floor = 0
        self.runs: dict[int, list[int]] | None = None
        self.finders: dict[str, _NextFinder] = {}  # made when first asked: most texts need none

    def finder(self, needle: str) -> _NextFinder:
        found = self.finders.get(needle)
        if found is None:
            found = self.finders[needle] = _NextFinder(self.text, needle)
        return found

    def run(self) -> Inline:
        text = self.text
        i = 0
        while True:
            found = _SPECIAL.search(text, i)  # ordinary text is skipped in C, not per char
            if found is None:
                break
            i = found.start()
            char = text[i]
            if char == "\\":
                i += 2
            elif char == "`":
                i = self.code_span(i)
            elif char == "<":
                i = self.angle(i)
            elif char == "!" and text.startswith("![", i):
                self.openers.append((i, True, True))
                i += 2
            elif char == "[":
                self.openers.append((i, False, True))
                i += 1
            elif char == "]":
                i = self.close_bracket(i)
            else:
                i += 1
        self.bare_urls()
        self.links.sort(key=lambda link: link.span.start)
        opaque = tuple(self.inline.span(s, e) for s, e in self.opaque)
        return Inline(tuple(self.links), tuple(self.html), opaque)

    def run_html(self) -> Inline:
        """`run` for raw HTML: only "<" starts anything, and the regex finds the comment
        opener, tag or autolink at each "<" in one search (a "<" that starts none is text,
        as `angle` reads it)."""
        text = self.text
        i = 0
        while (found := _ANGLE.search(text, i)) is not None:
            start = found.start()
            kind = found.lastgroup
            if kind == "comment":
                close = self.finder("-->").at_or_after(start + 4)
                if close < 0:
                    i = start + 1
                    continue
                self.opaque.append((start, close + 3))
                i = close + 3
                continue
            i = found.end()
            if kind == "tag_name":
                self.html_tag(found.group(0), found.group("tag_name"), start)
            else:
                self.autolink(found.group(kind), start, i)  # type: ignore[arg-type]
        self.links.sort(key=lambda link: link.span.start)
        opaque = tuple(self.inline.span(s, e) for s, e in self.opaque)
        return Inline(tuple(self.links), tuple(self.html), opaque)

    def code_span(self, start: int) -> int:
        """A code span opened by the backticks at `start`: it closes at the next run of
        exactly as many backticks."""
        text = self.text
        end = start
        while end < len(text) and text[end] == "`":
            end += 1
        runs = self.backtick_runs().get(end - start, [])
        index = bisect.bisect_left(runs, end)
        if index == len(runs):
            return end
        after = runs[index] + end - start
        self.opaque.append((start, after))
        return after

    def backtick_runs(self) -> dict[int, list[int]]:
        """Start offsets of the runs of backticks, by length (found once per text)."""
        if self.runs is None:
            self.runs = {}
            for run in _BACKTICKS.finditer(self.text):
                self.runs.setdefault(run.end() - run.start(), []).append(run.start())
        return self.runs

    def angle(self, start: int) -> int:
        text = self.text
        if text.startswith("<!--", start):
            close = self.finder("-->").at_or_after(start + 4)
            if close < 0:
                return start + 1
            end: int = close + 3
            self.opaque.append((start, end))
            return end
        # A tag first, the usual case: nothing that is a tag is an autolink (a tag has no
        # ':' or '@' before a space, '/' or '>'; an autolink has no space).
        tag = _HTML_TAG.match(text, start)
        if tag:
            self.html_tag(tag.group(0), tag.group(1), start)
            end = tag.end()
            return end
        auto = _AUTOLINK.match(text, start) or _EMAIL_AUTOLINK.match(text, start)
        if auto:
            self.autolink(auto.group(1), start, auto.end())
            return auto.end()
        return start + 1

    def autolink(self, written: str, start: int, end: int) -> None:
        """`<https://…>` or `<name@host>` from `start` to `end`; `written` is inside."""
        url = "mailto:" + written if "@" in written and ":" not in written else written
        inner = new_span((start + 1, end - 1))
        self.add_link("autolink", written, url, (start, end), inner, inner)

    def html_tag(self, raw: str, name: str, start: int) -> None:
        """The tag `raw`, named `name`, at `start`."""
        tag, link, url_start = _tag_of(raw, name, start, self.inline.span)
        self.html.append(tag)
        whole = (start, start + len(raw))
        self.covered.append(whole)
        if link is not None:
            self.covered.append(whole)
            self.destinations.add(url_start)
            self.links.append(link)

    def close_bracket(self, close: int) -> int:
        if not self.openers:
            return close + 1
        start, image, active = self.openers.pop()
        if len(self.openers) < self.link_floor:
            self.link_floor = len(self.openers)
            active = active and image
        if not active:
            return close + 1
        label_start = start + (2 if image else 1)
        after = close + 1
        inline = self.inline_destination(after)
        kind = "image" if image else "link"
        # Images nest; the alt text of each is kept up to a bound, so that a thousand
        # nested images do not cost a million characters. (Links do not nest.)
        label_end = min(close, label_start + MAX_ALT) if image else close
        if inline is not None:
            label = self.text[label_start:label_end]
            url_start, url_end, end, valid = inline
            url = unescape(self.text[url_start:url_end])
            if url.startswith("<") and url.endswith(">"):
                url, url_start, url_end = url[1:-1], url_start + 1, url_end - 1
            self.add_link(
                kind, label, url, (start, end),
                (label_start, close), (url_start, url_end), valid=valid,
            )
            if not image and valid:
                self.deactivate_openers()
            return end
        reference = self.reference(label_start, close)
        if reference is not None:
            url, end = reference
            label = self.text[label_start:label_end]
            self.add_link(
                "image" if image else "reference", label, url,
                (start, end), (label_start, close), (end, end),
            )
            if not image:
                self.deactivate_openers()
            return end
        return after

    def deactivate_openers(self) -> None:
        """No link inside a link: every `[` still open stops being a link opener."""
        self.link_floor = len(self.openers)

    def inline_destination(self, paren: int) -> tuple[int, int, int, bool] | None:
        """(url start, url end, end of the link, valid) for `(…)` at `paren`."""
        text = self.text
        if paren >= len(text) or text[paren] != "(":
            return None
        i = paren + 1
        while i < len(text) and text[i] in " \t\n":
            i += 1
        url_start = i
        if i < len(text) and text[i] == "<":
            close = self.finder(">").at_or_after(i)
            line_end = self.finder("\n").at_or_after(i)
            if close < 0 or 0 <= line_end < close:
                return None
            i = close + 1
        else:
            i = self.bare_destination_end(i)
            if i < 0:
                return None
        url_end = i
        if i > url_start:
            i = self.title_end(i)
        while i < len(text) and text[i] in " \t\n":
            i += 1
        if i < len(text) and text[i] == ")":
            return url_start, url_end, i + 1, True
        return self.broken_fragment_destination(url_start)

    def bare_destination_end(self, i: int) -> int:
        """Where a destination without `<…>` ends: at a space, a control character or an
        unbalanced `)`. -1 when its parentheses nest too deep to be a link."""
        text = self.text
        depth = 0
        skip_to = i  # past an escaped character
        for position in self.destination_marks(i):
            if position < skip_to:
                continue
            char = text[position]
            if char == "\\":
                skip_to = position + 2
            elif char == "(":
                depth += 1
                if depth > MAX_PAREN_DEPTH:
                    return -1
            elif char != ")" or depth == 0:
                return position  # a space, a control character, or the closing ")"
            else:
                depth -= 1
        return len(text)

    def title_end(self, i: int) -> int:
        """After an optional link title (`"…"`, `'…'` or `(…)`) that starts after
        whitespace at `i`; `i` itself when there is none."""
        text = self.text
        j = i
        while j < len(text) and text[j] in " \t\n":
            j += 1
        if j == i or j >= len(text) or text[j] not in _TITLE_OPENERS:
            return i
        close = self.next_unescaped(_TITLE_OPENERS[text[j]], j + 1)
        if close < 0:
            return i
        if text[j] == "(" and 0 <= self.next_unescaped("(", j + 1) < close:
            return i  # an unescaped "(" inside a (…) title
        return close + 1

    def next_unescaped(self, char: str, position: int) -> int:
        while True:
            found = self.finder(char).at_or_after(position)
            if found < 0 or not is_escaped(self.text, found):
                return found
            position = found + 1

    def broken_fragment_destination(self, url_start: int) -> tuple[int, int, int, bool] | None:
        """`[text](#a fragment with spaces)`: not a link on GitHub, but meant as one."""
        text = self.text
        if not text.startswith("#", url_start):
            return None
        depth = 0
        for i in self.destination_marks(url_start):
            if text[i] == "\n":
                return None
            if text[i] == "(":
                depth += 1
                if depth > MAX_PAREN_DEPTH:
                    return None
            elif text[i] == ")":
                if depth == 0:
                    return url_start, i, i + 1, False
                depth -= 1
        return None

    def destination_marks(self, start: int) -> Iterator[int]:
        """Offsets from `start` on of the characters a destination scan stops at:
        parentheses, backslashes, spaces and control characters (the regex skips the
        characters between them, so a scan steps from mark to mark)."""
        text = self.text
        found = _DESTINATION_MARK.search(text, start)
        while found is not None:
            position = found.start()
            yield position
            found = _DESTINATION_MARK.search(text, position + 1)


    def reference(self, label_start: int, close: int) -> tuple[str, int] | None:
        text = self.text
        after = close + 1
        if close - label_start > MAX_LABEL and not text.startswith("[", after):
            return None
        label = text[label_start : min(close, label_start + MAX_LABEL + 1)]
        end = after
        if text.startswith("[", after):
            ref_close = text.find("]", after + 1, after + 2 + MAX_LABEL)
            if ref_close >= 0:
                if ref_close > after + 1:
                    label = text[after + 1 : ref_close]
                end = ref_close + 1
        if len(label) > MAX_LABEL:
            return None
        url = self.definitions.get(normalize_label(label))
        return (url, end) if url is not None else None

    def add_link(
        self,
        kind: str,
        text: str,
        url: str,
        whole: tuple[int, int],
        text_span: tuple[int, int],
        url_span: tuple[int, int],
        *,
        valid: bool = True,
        alt: str | None = None,
    ) -> None:
        self.covered.append(whole)
        self.destinations.add(url_span[0])
        span = self.inline.span(*whole)
        self.links.append(
            Link(
                kind,
                alt if alt is not None else text,
                url,
                span,
                self.inline.span(*text_span),
                self.inline.span(*url_span),
                valid,
            )
        )

    def bare_urls(self) -> None:
        text = self.text
        if "://" not in text and "www." not in text.lower():
            return
        covered: SpanSet | None = None  # made once a URL needs it
        for match in _BARE_URL.finditer(text):
            start = match.start()
            if start in self.destinations:
                continue  # a link's own URL: the usual case, known without a span set
            if covered is None:
                covered = SpanSet([*self.covered, *self.opaque])
            if start in covered:
                continue  # a link's destination, a tag's attribute, code
            end = _trim_url_end(match.group(0)) + start
            url = text[start:end]
            if url.lower().startswith("www."):
                url = "http://" + url
            whole = (start, end)
            self.add_link("bare", text[start:end], url, whole, whole, whole)


def _trim_url_end(url: str) -> int:
    """GFM autolink extension: trailing punctuation and unbalanced `)` are not part of it."""
    end = len(url)
    unbalanced = url.count(")") - url.count("(")
    while end:
        char = url[end - 1]
        if char in "?!.,:*_~'\"" or (char == ")" and unbalanced > 0):
            unbalanced -= char == ")"
            end -= 1
        elif char == ";" and _ENTITY_END.search(url, max(end - 40, 0), end):
            end = url.rfind("&", 0, end)
            unbalanced = url.count(")", 0, end) - url.count("(", 0, end)
        else:
            break
    return end

