"""awesome-heading: one main heading, of depth 1, in title case."""

from __future__ import annotations

import re
from collections.abc import Iterator

from awesome_lint.document import Document, HtmlBlock
from awesome_lint.fixes import Finding, file_finding
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
            yield file_finding(self.name, "the list has no main heading ('# Awesome …')")
            return
        first = doc.headings[0]
        if first.level != 1:
            yield Finding(self.name, "the main heading must be of depth 1 ('# …')", first.span)
            return
        for extra in [h for h in doc.headings[1:] if h.level == 1]:
            yield Finding(
                self.name, "a list has one main heading: make this one '## …'", extra.span
            )
        if not _title_case(first.text):
            yield Finding(
                self.name, f"the main heading '{first.text}' must be in title case", first.span
            )


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
    words = _WORD.findall(text)
    for index, word in enumerate(words):
        letters = word.lstrip("\"'“‘([")
        if not letters or not letters[0].isalpha():
            continue
        if index > 0 and letters.lower() in SMALL_WORDS:
            continue
        if letters[0].islower():
            return False
    return True
