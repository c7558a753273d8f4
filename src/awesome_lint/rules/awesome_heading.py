"""awesome-heading: one main heading, of depth 1, in title case."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator

from awesome_lint.document import Block, Document, HeadingNode, HtmlBlock, Paragraph
from awesome_lint.fixes import Finding, file_finding
from awesome_lint.main_heading import main_heading
from awesome_lint.registry import Rule, register

SMALL_WORDS = frozenset(
    (
        "a", "an", "and", "as", "at", "but", "by", "en", "for", "if", "in", "nor", "of",
        "on", "or", "per", "the", "to", "v", "v.", "via", "vs", "vs.", "with", "from",
        "into", "onto", "over", "up",
    )
)
_HTML_TITLE = re.compile(r"<h1\b|<img\b", re.I)
_WORD = re.compile(r"[^\s\-–—/]+")
_DOTTED = re.compile(r"\w\.\w")  # a domain or file name: librosgratis.dev, vue.js
_MISSING = "the list has no main heading ('# Awesome …')"


@register
class AwesomeHeading(Rule):
    name = "awesome-heading"
    preset = "awesome"
    summary = "The list must have one main heading, of depth 1, in title case."
    npm_names = ("awesome-heading",)

    def check(self, doc: Document) -> Iterator[Finding]:
        if _html_title(doc):
            return  # a centred logo or an HTML <h1> is the title
        if not doc.headings:
            yield file_finding(self.name, _MISSING)
            return
        first = doc.headings[0]
        if first.level != 1 and _looks_like_title(doc, first):
            yield Finding(self.name, "the main heading must be of depth 1 ('# …')", first.span)
            return
        main = main_heading(doc)
        if main is None:
            yield file_finding(self.name, _MISSING)  # the first heading is a section's
            return
        # a sponsor banner's `#` heading above the title is left alone
        for extra in [h for h in doc.headings if h.level == 1 and h.span.start > main.span.start]:
            yield Finding(
                self.name, "a list has one main heading: make this one '## …'", extra.span
            )
        if not _title_case(main.text):
            yield Finding(
                self.name, f"the main heading '{main.text}' must be in title case", main.span
            )


def _looks_like_title(doc: Document, heading: HeadingNode) -> bool:
    """Is this first heading, not of depth 1, the list's title rather than its first
    section? It is when it names the list as awesome, opens the file, or tops the outline."""
    if "awesome" in heading.raw.lower():
        return True
    if all(_front_matter(doc, block) for block in doc.root.blocks):
        return True
    return all(h.level > heading.level for h in doc.headings if h.span.start > heading.span.start)


def _front_matter(doc: Document, block: Block) -> bool:
    """HTML, link definitions and lines of badges: what may come before a title."""
    if isinstance(block, HtmlBlock):
        return True
    if not isinstance(block, Paragraph):
        return False
    if all(line.start in doc.definition_lines for line in block.lines):
        return True
    text = list(doc.text[block.span.start : block.span.end])
    for link in block.inline.links:
        for offset in range(link.span.start, link.span.end):
            text[offset - block.span.start] = " "
    return not "".join(text).strip()


def _html_title(doc: Document) -> bool:
    """An HTML block with <h1> or an image before the first heading."""
    first_heading = doc.headings[0].span.start if doc.headings else len(doc.text)
    for section in [doc.root, *doc.root.children[:1]]:
        for block in section.blocks:
            if (
                isinstance(block, HtmlBlock)
                and block.span.start < first_heading
                and _HTML_TITLE.search(doc.text, block.span.start, block.span.end)
            ):
                return True
    return False


def _title_case(text: str) -> bool:
    # NFKC reads styled letters ('𝓐𝔀𝓮𝓼𝓸𝓶𝓮', full-width ones) as the letters they show
    words = _WORD.findall(unicodedata.normalize("NFKC", text))
    for index, word in enumerate(words):
        letters = word.lstrip("\"'“‘([")
        if not letters or not letters[0].isalpha() or _is_name(letters):
            continue
        if index > 0 and letters.lower() in SMALL_WORDS:
            continue
        if letters[0].islower():
            return False
    return True


def _is_name(word: str) -> bool:
    """A name written as its owner writes it: a domain or file name (librosgratis.dev),
    or a word capitalised inside (iOS, macOS, eBPF)."""
    return bool(_DOTTED.search(word)) or any(c.isupper() for c in word[1:])
