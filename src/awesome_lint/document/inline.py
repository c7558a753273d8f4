"""Links, images, code spans and inline HTML inside a leaf's text, with exact spans.

The text of a leaf may run over several lines inside containers (`> - foo` …); an
`InlineText` joins those pieces with "\n" and maps every offset back to the source.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass

from awesome_lint.source import Span

_AUTOLINK = re.compile(r"<([A-Za-z][A-Za-z0-9+.-]{1,31}:[^<>\x00-\x20]*)>")
_EMAIL_AUTOLINK = re.compile(r"<([A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9.-]+)>")
_BARE_URL = re.compile(r"(?<![\w/:.@-])(?:https?://|www\.)[^\s<]*", re.I)
_HTML_COMMENT = re.compile(r"<!--.*?-->", re.S)
_HTML_TAG = re.compile(
    r"""</?[A-Za-z][A-Za-z0-9-]*"""
    r"""(?:\s+[A-Za-z_:][\w.:-]*(?:\s*=\s*(?:[^\s"'=<>`]+|'[^']*'|"[^"]*"))?)*\s*/?>"""
)
_HTML_ATTRIBUTE = re.compile(
    r"""\s([A-Za-z_:][\w.:-]*)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+))"""
)
_TITLE = re.compile(
    r"""[ \t\n]*(?:"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'|\((?:[^()\\]|\\.)*\))""", re.S
)
_ESCAPABLE = set("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~")


class InlineText:
    """The text of one leaf: pieces of the source joined with newlines."""

    def __init__(self, source_text: str, pieces: Sequence[Span]) -> None:
        self.pieces = tuple(pieces)
        self.text = "\n".join(source_text[p.start : p.end] for p in self.pieces)
        self._starts: list[int] = []
        offset = 0
        for piece in self.pieces:
            self._starts.append(offset)
            offset += piece.end - piece.start + 1

    def to_source(self, offset: int) -> int:
        index = max(bisect.bisect_right(self._starts, offset) - 1, 0)
        if not self.pieces:
            return 0
        piece = self.pieces[index]
        return min(piece.start + offset - self._starts[index], piece.end)

    def span(self, start: int, end: int) -> Span:
        return Span(self.to_source(start), self.to_source(end))


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
        return self.kind == "image" or (self.kind == "html" and self.text == "<img>")


@dataclass(frozen=True, slots=True)
class HtmlTag:
    name: str
    attributes: dict[str, str]
    span: Span


@dataclass(frozen=True, slots=True)
class Inline:
    links: tuple[Link, ...]
    html: tuple[HtmlTag, ...]
    opaque: tuple[Span, ...]  # code spans and HTML comments, in source offsets


def scan_inline(inline: InlineText, definitions: dict[str, str] | None = None) -> Inline:
    return _InlineScanner(inline, definitions or {}).run()


def scan_html(inline: InlineText) -> Inline:
    """Tags, comments and their links in raw HTML, where Markdown is not parsed."""
    return _InlineScanner(inline, {}, html_only=True).run()


def unescape(text: str) -> str:
    out = []
    i = 0
    while i < len(text):
        if text[i] == "\\" and i + 1 < len(text) and text[i + 1] in _ESCAPABLE:
            out.append(text[i + 1])
            i += 2
        else:
            out.append(text[i])
            i += 1
    return "".join(out)


def normalize_label(label: str) -> str:
    return " ".join(label.split()).casefold()


class _InlineScanner:
    def __init__(
        self, inline: InlineText, definitions: dict[str, str], *, html_only: bool = False
    ) -> None:
        self.html_only = html_only
        self.inline = inline
        self.text = inline.text
        self.definitions = definitions
        self.links: list[Link] = []
        self.html: list[HtmlTag] = []
        self.opaque: list[tuple[int, int]] = []
        self.openers: list[tuple[int, bool, bool]] = []  # (offset, image, active)

    def run(self) -> Inline:
        text = self.text
        i = 0
        while i < len(text):
            char = text[i]
            if self.html_only:
                i = self.angle(i) if char == "<" else i + 1
            elif char == "\\":
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
        if not self.html_only:
            self.bare_urls()
        self.links.sort(key=lambda link: link.span.start)
        opaque = tuple(self.inline.span(s, e) for s, e in self.opaque)
        return Inline(tuple(self.links), tuple(self.html), opaque)

    def code_span(self, start: int) -> int:
        text = self.text
        end = start
        while end < len(text) and text[end] == "`":
            end += 1
        fence = text[start:end]
        search = end
        while True:
            close = text.find(fence, search)
            if close < 0:
                return end
            after = close + len(fence)
            if after < len(text) and text[after] == "`":
                search = after
                while search < len(text) and text[search] == "`":
                    search += 1
                continue
            self.opaque.append((start, after))
            return after

    def angle(self, start: int) -> int:
        text = self.text
        if text.startswith("<!--", start):
            comment = _HTML_COMMENT.match(text, start)
            if not comment:
                return start + 1
            end: int = comment.end()
            self.opaque.append((start, end))
            return end
        auto = _AUTOLINK.match(text, start) or _EMAIL_AUTOLINK.match(text, start)
        if auto:
            end = auto.end()
            url = auto.group(1)
            if "@" in url and ":" not in url:
                url = "mailto:" + url
            inner = Span(start + 1, end - 1)
            self.add_link("autolink", auto.group(1), url, (start, end), inner, inner)
            return end
        tag = _HTML_TAG.match(text, start)
        if tag:
            self.html_tag(tag)
            end = tag.end()
            return end
        return start + 1

    def html_tag(self, tag: re.Match[str]) -> None:
        raw = tag.group(0)
        name = re.match(r"</?([A-Za-z][A-Za-z0-9-]*)", raw)
        assert name is not None
        attributes: dict[str, str] = {}
        spans: dict[str, tuple[int, int]] = {}
        for attr in _HTML_ATTRIBUTE.finditer(raw):
            key = attr.group(1).lower()
            group = next(g for g in (2, 3, 4) if attr.group(g) is not None)
            attributes[key] = attr.group(group)
            spans[key] = (tag.start() + attr.start(group), tag.start() + attr.end(group))
        tag_name = name.group(1).lower()
        self.html.append(HtmlTag(tag_name, attributes, self.inline.span(tag.start(), tag.end())))
        whole = (tag.start(), tag.end())
        if tag_name == "a" and "href" in attributes and not raw.startswith("</"):
            s, e = spans["href"]
            self.add_link("html", "<a>", attributes["href"], whole, whole, (s, e))
        if tag_name == "img" and "src" in attributes:
            s, e = spans["src"]
            alt = attributes.get("alt", "")
            self.add_link("html", "<img>", attributes["src"], whole, whole, (s, e), alt=alt)

    def close_bracket(self, close: int) -> int:
        if not self.openers:
            return close + 1
        start, image, active = self.openers.pop()
        if not active:
            return close + 1
        label_start = start + (2 if image else 1)
        after = close + 1
        inline = self.inline_destination(after)
        kind = "image" if image else "link"
        if inline is not None:
            url_start, url_end, end, valid = inline
            url = unescape(self.text[url_start:url_end])
            if url.startswith("<") and url.endswith(">"):
                url, url_start, url_end = url[1:-1], url_start + 1, url_end - 1
            self.add_link(
                kind, self.text[label_start:close], url, (start, end),
                (label_start, close), (url_start, url_end), valid=valid,
            )
            if not image and valid:
                self.deactivate_openers()
            return end
        reference = self.reference(label_start, close)
        if reference is not None:
            url, end = reference
            self.add_link(
                "image" if image else "reference", self.text[label_start:close], url,
                (start, end), (label_start, close), (end, end),
            )
            if not image:
                self.deactivate_openers()
            return end
        return after

    def deactivate_openers(self) -> None:
        self.openers = [(o, img, active and img) for o, img, active in self.openers]

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
            close = text.find(">", i)
            if close < 0 or "\n" in text[i:close]:
                return None
            i = close + 1
        else:
            depth = 0
            while i < len(text) and text[i] not in " \t\n" and not ord(text[i]) < 32:
                if text[i] == "\\" and i + 1 < len(text):
                    i += 2
                    continue
                if text[i] == "(":
                    depth += 1
                elif text[i] == ")":
                    if depth == 0:
                        break
                    depth -= 1
                i += 1
        url_end = i
        title = _TITLE.match(text, i) if i > url_start else None
        if title:
            i = title.end()
        while i < len(text) and text[i] in " \t\n":
            i += 1
        if i < len(text) and text[i] == ")":
            return url_start, url_end, i + 1, True
        return self.broken_fragment_destination(url_start)

    def broken_fragment_destination(self, url_start: int) -> tuple[int, int, int, bool] | None:
        """`[text](#a fragment with spaces)`: not a link on GitHub, but meant as one."""
        text = self.text
        if not text.startswith("#", url_start):
            return None
        depth = 0
        for i in range(url_start, len(text)):
            if text[i] == "\n":
                return None
            if text[i] == "(":
                depth += 1
            elif text[i] == ")":
                if depth == 0:
                    return url_start, i, i + 1, False
                depth -= 1
        return None

    def reference(self, label_start: int, close: int) -> tuple[str, int] | None:
        text = self.text
        after = close + 1
        label = text[label_start:close]
        end = after
        if text.startswith("[", after):
            ref_close = text.find("]", after + 1)
            if ref_close >= 0:
                if ref_close > after + 1:
                    label = text[after + 1 : ref_close]
                end = ref_close + 1
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
        taken = [(link.span.start, link.span.end) for link in self.links]
        taken += [(self.inline.to_source(s), self.inline.to_source(e)) for s, e in self.opaque]
        taken += [(tag.span.start, tag.span.end) for tag in self.html]
        for match in _BARE_URL.finditer(self.text):
            start, end = match.start(), _trim_url_end(match.group(0)) + match.start()
            source_start = self.inline.to_source(start)
            if any(s <= source_start < e for s, e in taken):
                continue
            url = self.text[start:end]
            if url.lower().startswith("www."):
                url = "http://" + url
            whole = (start, end)
            self.add_link("bare", self.text[start:end], url, whole, whole, whole)


def _trim_url_end(url: str) -> int:
    """GFM autolink extension: trailing punctuation and unbalanced `)` are not part of it."""
    end = len(url)
    while end:
        char = url[end - 1]
        if char in "?!.,:*_~'\"" or (char == ")" and url[:end].count(")") > url[:end].count("(")):
            end -= 1
        elif char == ";" and re.search(r"&[A-Za-z0-9]+;$", url[:end]):
            end = url.rfind("&", 0, end)
        else:
            break
    return end

