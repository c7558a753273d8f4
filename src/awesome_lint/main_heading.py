"""Which heading is a list's title: its first `#` heading, unless that is a sponsor's banner."""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from awesome_lint.document import Document, HeadingNode

_WORD = re.compile(r"\w{3,}")


def main_heading(doc: Document) -> HeadingNode | None:
    """The first `#` heading, or the next one when the first is a sponsor banner."""
    mains = [h for h in doc.headings if h.level == 1]
    if len(mains) > 1 and is_sponsor_banner(doc, mains[0], mains[1]):
        return mains[1]
    return mains[0] if mains else None


def is_sponsor_banner(doc: Document, heading: HeadingNode, next_main: HeadingNode) -> bool:
    """A `#` heading that names the advertiser most of its section's links go to, with
    tracking parameters ('# Acme Suite Is Live!' over links to acme.com/?utm_source=…),
    and another `#` heading after it: the list's own title."""
    words = {word.lower() for word in _WORD.findall(heading.text)}
    if "awesome" in words:
        return False
    links = [
        link for link in doc.links
        if heading.span.end <= link.span.start < next_main.span.start and not link.image
    ]
    ads = [link for link in links if _advertiser(link.url) in words]
    return bool(ads) and 2 * len(ads) >= len(links)


def _advertiser(url: str) -> str | None:
    """The site's name ('acme' for app.acme.com) of a link that carries utm_ tracking."""
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return None
    if "utm_" not in parts.query:
        return None
    labels = (parts.hostname or "").split(".")
    return labels[-2] if len(labels) >= 2 else None
