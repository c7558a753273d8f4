"""awesome-badge: the main heading carries the Awesome badge."""

from __future__ import annotations

import re
from collections.abc import Iterator

from awesome_lint.document import Badge, Document, HeadingNode, Link
from awesome_lint.fixes import Edit, Finding, Fix, Fixability
from awesome_lint.main_heading import main_heading
from awesome_lint.registry import Rule, register
from awesome_lint.tocs import is_toc_title
from awesome_lint.urls import awesome_badge_replacement

BADGE = re.compile(r"^https://awesome\.re/badge(?:-flat2?)?\.svg$")
TARGET = re.compile(r"^https://(?:awesome\.re|github\.com/sindresorhus/awesome)/?(?:#.*)?$")
# The dead RawGit copy, jsDelivr copies: the badge from sindresorhus/awesome's own media.
_COPY = re.compile(r"sindresorhus/awesome[@/].*/media/badge[\w-]*\.svg$")
_ADD = "[![Awesome](https://awesome.re/badge.svg)](https://awesome.re)"


@register
class AwesomeBadge(Rule):
    name = "awesome-badge"
    preset = "awesome"
    summary = "The main heading must carry the Awesome badge, linked to awesome.re."
    fixable = Fixability.SOMETIMES
    npm_names = ("awesome-badge",)

    def check(self, doc: Document) -> Iterator[Finding]:
        heading = main_heading(doc)
        if heading is None:
            return  # awesome-heading reports the missing main heading
        html_title = _HTML_TITLE.search(doc.text, 0, heading.span.start)
        if doc.headings[0].level != 1 or is_toc_title(heading.raw) or html_title:
            return  # "# 资源列表" after "#### 参与者", "# General" under "<h1>…</h1>": no title
        badges = _badges_in(doc, heading)
        if badges:
            yield from _check_in_heading(doc, badges)
            return
        elsewhere = _badge_near(doc, heading)
        if elsewhere is None:
            message = f"the main heading has no Awesome badge: add {_ADD}"
        else:
            message = _misplaced(doc, elsewhere)
        yield Finding(self.name, message, heading.span)


_HTML_TITLE = re.compile(r"<h[1-3][\s>]", re.I)  # the list's title written in HTML


def _badges_in(doc: Document, heading: HeadingNode) -> list[Badge]:
    start, end = heading.span.start, heading.span.end
    return [b for b in doc.badges if start <= b.image.span.start < end and _is_awesome(b)]


def _is_awesome(badge: Badge) -> bool:
    """The Awesome badge, wherever it is served from: not a 'Mentioned in Awesome' one."""
    if "mentioned" in f"{badge.alt} {badge.image_url}".lower():
        return False
    return bool(
        BADGE.match(badge.image_url)
        or _COPY.search(badge.image_url)
        or (badge.target and TARGET.match(badge.target))
        or badge.alt.strip().lower() == "awesome"
    )


def _check_in_heading(doc: Document, badges: list[Badge]) -> Iterator[Finding]:
    if any(BADGE.match(b.image_url) and _linked(b) for b in badges):
        return
    stale = next((b for b in badges if not BADGE.match(b.image_url)), None)
    if stale is not None:
        yield _invalid(doc, stale.image)
        return
    badge = badges[0]
    where = f"links to {badge.target}" if badge.target else "is not a link"
    yield Finding(
        AwesomeBadge.name,
        f"the Awesome badge {where}: link it to https://awesome.re",
        badge.image.span,
    )


def _linked(badge: Badge) -> bool:
    return bool(badge.target and TARGET.match(badge.target))


def _badge_near(doc: Document, heading: HeadingNode) -> Badge | None:
    """An Awesome badge shown with the title: before the heading after the main one."""
    later = [h.span.start for h in doc.headings if h.span.start > heading.span.start]
    end = later[0] if later else len(doc.text)
    return next(
        (b for b in doc.badges if b.image.span.start < end and _is_awesome(b)), None
    )


def _misplaced(doc: Document, badge: Badge) -> str:
    line, _ = doc.source.line_col(badge.image.span.start)
    repairs = ["move it onto the heading's line"]
    if not BADGE.match(badge.image_url):
        repairs.append("serve it from https://awesome.re/badge.svg")
    if not _linked(badge):
        repairs.append("link it to https://awesome.re")
    todo = ", ".join(repairs[:-1]) + " and " + repairs[-1] if len(repairs) > 1 else repairs[0]
    return f"the Awesome badge is on line {line}, not in the main heading: {todo}"


def _invalid(doc: Document, image: Link) -> Finding:
    new = awesome_badge_replacement(image.url)
    fix = Fix(f"Use {new}", (Edit(doc.destination_span(image), new),)) if new else None
    return Finding(
        AwesomeBadge.name,
        f"invalid Awesome badge source '{image.url}': use https://awesome.re/badge.svg "
        "(or badge-flat.svg, badge-flat2.svg)",
        image.span,
        fix=fix,
    )
