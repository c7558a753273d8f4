"""awesome-badge: the main heading carries the Awesome badge."""

from __future__ import annotations

import re
from collections.abc import Iterator

from awesome_lint.document import Document, Link
from awesome_lint.fixes import Edit, Finding, Fix, Fixability
from awesome_lint.registry import Rule, register
from awesome_lint.urls import awesome_badge_replacement

BADGE = re.compile(r"^https://awesome\.re/badge(?:-flat2?)?\.svg$")
TARGET = re.compile(r"^https://(?:awesome\.re|github\.com/sindresorhus/awesome)/?(?:#.*)?$")


@register
class AwesomeBadge(Rule):
    name = "awesome-badge"
    preset = "awesome"
    summary = "The main heading must carry the Awesome badge, linked to awesome.re."
    fixable = Fixability.SOMETIMES
    npm_names = ("awesome-badge",)

    def check(self, doc: Document) -> Iterator[Finding]:
        heading = next((h for h in doc.headings if h.level == 1), None)
        if heading is None:
            return  # awesome-heading reports the missing main heading
        links = heading.inline.links
        images = [link for link in links if link.image]
        badges = [image for image in images if _linked(image, links)]
        if not badges:
            yield Finding(
                self.name,
                "the main heading has no Awesome badge: add "
                "[![Awesome](https://awesome.re/badge.svg)](https://awesome.re)",
                heading.span,
            )
            return
        for image in badges:
            if BADGE.match(image.url):
                return
        yield _invalid(badges[0])


def _linked(image: Link, links: tuple[Link, ...]) -> bool:
    return any(
        not link.image and TARGET.match(link.url)
        and link.text_span.start <= image.span.start < link.text_span.end
        for link in links
    ) or image.text.strip().lower() == "awesome"


def _invalid(image: Link) -> Finding:
    new = awesome_badge_replacement(image.url)
    fix = Fix(f"Use {new}", (Edit(image.url_span, new),)) if new else None
    return Finding(
        AwesomeBadge.name,
        f"invalid Awesome badge source '{image.url}': use https://awesome.re/badge.svg "
        "(or badge-flat.svg, badge-flat2.svg)",
        image.span,
        fix=fix,
    )
