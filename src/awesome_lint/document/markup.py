"""The one place that talks to mistune: rendering inline Markdown to plain text.

mistune knows CommonMark's inline rules (emphasis, entities, escapes) better than a
regex would; it gives no positions, so spans come from `inline.py` instead.
"""

from __future__ import annotations

import html
import re
from collections.abc import Mapping
from functools import lru_cache
from typing import Any

import mistune
from mistune.core import InlineState
from mistune.util import unikey

_IGNORED_IN_TEXT = {"image", "inline_html", "linebreak"}
# Text without these renders as itself (most headings and cells): no parse needed.
_MARKUP = frozenset("\\`*_[]<>&!~\n\r")
# With no definitions to resolve them, brackets are literal unless "](" makes a link.
_LITERAL_BRACKETS = _MARKUP - frozenset("[]")
# HTML tags without attributes ("<br>", "</b>"; an autolink has a ':' or '@' in it), not
# next to brackets or emphasis marks, which removing the tag could join.
_BARE_TAGS = re.compile(r"(?<![\]\[*_~!])</?[A-Za-z][A-Za-z0-9-]*\s*/?>(?![\[\]*_~])")
# Code, escapes and line breaks would read differently without the tags between them.
_NOT_BESIDE_TAGS = frozenset("`\\\n\r")
# Entities and underscores inside words ("pg_durable", "Headers &amp; Linters") are all
# the markup of many titles: an underscore between letters or digits opens and closes no
# emphasis, and an entity reads as its character.
_ENTITY_OR_UNDERSCORE = _MARKUP - frozenset("&_")
_INTRAWORD_UNDERSCORES = re.compile(r"(?<=[^\W_])_+(?=[^\W_])")
# One emphasis run around words with no other markup: CommonMark renders the words.
_ONLY_EMPHASIS = re.compile(r"(\*\*|__|\*|_)(?=\S)([^\\`*_\[\]<>&!~\n\r]+)(?<=\S)\1")


@lru_cache(maxsize=1)
def _markdown() -> mistune.Markdown:
    return mistune.create_markdown(renderer=None, plugins=["strikethrough"])


def inline_tokens(
    markdown: str, references: Mapping[str, str] | None = None
) -> list[dict[str, Any]]:
    """mistune's tokens; `references` (label -> URL) resolve `[text][label]`, `![alt][label]`."""
    env: dict[str, Any] = {"ref_links": {}}
    if references:
        env["ref_links"] = {unikey(label): {"url": url} for label, url in references.items()}
    state = InlineState(env)
    state.src = markdown
    tokens: list[dict[str, Any]] = _markdown().inline.parse(state)
    return tokens


def plain_text(markdown: str, references: Mapping[str, str] | None = None) -> str:
    """Rendered text: link text and code count; markup, HTML and image alt text do not.
    `references` are the document's link definitions (label -> URL)."""
    if _MARKUP.isdisjoint(markdown):
        return markdown
    if not references and _LITERAL_BRACKETS.isdisjoint(markdown) and "](" not in markdown:
        return markdown  # '"Title" [2024-12] [': brackets that link nothing read as written
    if _ENTITY_OR_UNDERSCORE.isdisjoint(markdown) and _only_intraword_underscores(markdown):
        return html.unescape(markdown)
    if _NOT_BESIDE_TAGS.isdisjoint(markdown) and "](" not in markdown and _BARE_TAGS.search(
        markdown
    ):  # (a tag inside a link's destination makes it no link: "[](Name<br />)")
        # "Name<br>(…)": the tags are not text
        return plain_text(_BARE_TAGS.sub("", markdown), references)
    emphasis = _ONLY_EMPHASIS.fullmatch(markdown)
    if emphasis is not None:  # "**Title**": the words themselves, without parsing
        return emphasis.group(2)
    return _text(inline_tokens(markdown, references))


def _only_intraword_underscores(markdown: str) -> bool:
    if "_" not in markdown:
        return True
    inside = sum(len(run) for run in _INTRAWORD_UNDERSCORES.findall(markdown))
    return inside == markdown.count("_")


def _text(tokens: list[dict[str, Any]]) -> str:
    parts = []
    for token in tokens:
        kind = token["type"]
        if kind in _IGNORED_IN_TEXT:
            continue
        if kind == "softbreak":
            parts.append(" ")
        elif "children" in token:
            parts.append(_text(token["children"]))
        else:
            parts.append(html.unescape(str(token.get("raw", ""))))
    return "".join(parts)


def link_urls(markdown: str) -> list[tuple[str, str]]:
    """(type, url) of every link and image mistune sees, in order (used as a test oracle)."""
    found: list[tuple[str, str]] = []

    def visit(tokens: list[dict[str, Any]]) -> None:
        for token in tokens:
            if token["type"] in ("link", "image"):
                found.append((token["type"], token["attrs"]["url"]))
            if "children" in token:
                visit(token["children"])

    visit(inline_tokens(markdown))
    return found
