"""link-destination: a link goes somewhere, and its URL ends where the address ends."""

from __future__ import annotations

import re
from collections.abc import Iterator

from awesome_lint.document import Document, Link, Span, only_images
from awesome_lint.fixes import Applicability, Edit, Finding, Fix, Fixability
from awesome_lint.registry import Rule, register

# What no web address ends in, typed by a slip ("…/tdd-is-design-activity]", "…/rliable`"):
# removing it is safe. A trailing quote, comma or semicolon may belong to an odd address,
# so removing those is unsafe.
_ENTITY_END = re.compile(r"&#?\w{1,10};\Z")
_STRAY_SAFE = "]`\">"
_STRAY_UNSAFE = "',;"



@register
class LinkDestination(Rule):
    name = "link-destination"
    summary = "A link must have a destination, without stray characters after the address."
    fixable = Fixability.SOMETIMES
    fix_safety = (Applicability.SAFE, Applicability.UNSAFE)

    def check(self, doc: Document) -> Iterator[Finding]:
        wrapped = sum(1 for link in doc.links if _wraps_an_image_in_nothing(doc, link))
        for link in doc.links:
            if link.kind != "link" or link.image:
                continue  # images' sources, bare URLs and references are others' business
            if not link.url.strip():
                if wrapped < _WRAPPING_HABIT or not only_images(link, doc.links, doc.text):
                    yield _empty(link)
            elif link.url.startswith(("http://", "https://")):
                stray = _stray_end(link.url)
                written = doc.text[link.url_span.start : link.url_span.end]
                if stray and written.endswith(stray):
                    yield _stray(link, stray, doc.text)


def _wraps_an_image_in_nothing(doc: Document, link: Link) -> bool:
    return link.kind == "link" and not link.url.strip() and only_images(link, doc.links, doc.text)


# `[![ICML'23](badge)]()` on every row: badges wrapped in empty links on purpose, so that
# GitHub does not link each picture to itself. Once or twice, a link left out.
_WRAPPING_HABIT = 3



def _stray_end(url: str) -> str:
    """The characters no address ends in, or a '%20' run, at the end of the URL (an
    entity's ';' is its own: '…&amp;')."""
    kept = url.rstrip(_STRAY_SAFE + _STRAY_UNSAFE)
    stray = url[len(kept) :]
    if stray.startswith(";") and _ENTITY_END.search(kept + ";"):
        stray = stray[1:]
    if stray:
        return stray
    spaces = url
    while spaces.endswith("%20"):
        spaces = spaces[:-3]
    return url[len(spaces) :]


def _empty(link: Link) -> Finding:
    return Finding(
        LinkDestination.name,
        f"'[{_shown(link.text)}]()' links nowhere: a reader who clicks it stays on the page; "
        "add the address, or write the text without a link until there is one",
        link.span,
    )


def _stray(link: Link, stray: str, text: str) -> Finding:
    address = link.url[: -len(stray)]
    end = link.url_span.end
    safety = Applicability.SAFE if stray.strip(_STRAY_SAFE) == "" else Applicability.UNSAFE
    edits = [Edit(link.url_span._replace(start=end - len(stray)), "")]
    description = f"Remove '{stray}' from the address"
    if stray == "]" and text[link.span.start - 1 : link.span.start] == "[" \
            and text[link.span.end : link.span.end + 1] != "]":
        # "[[paper](https://…])": the bracket that closes "[[", moved after the link
        edits.append(Edit(Span(link.span.end, link.span.end), "]"))
        description = "Move ']' after the link"
    return Finding(
        LinkDestination.name,
        f"the address '{link.url}' ends in '{stray}', which is not part of it: "
        f"the link goes to a page that does not exist; use {address}",
        link.url_span,
        fix=Fix(description, tuple(edits), safety),
    )


def _shown(text: str) -> str:
    return text if len(text) <= 60 else text[:57] + "…"
