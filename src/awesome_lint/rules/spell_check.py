"""spell-check: product and technology names written as their makers write them."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from awesome_lint.document import Document, Span, SpanSet
from awesome_lint.fixes import Applicability, Edit, Finding, Fix, Fixability, Severity
from awesome_lint.names import ProductName, builtin_names, check_settles, name_pattern
from awesome_lint.options import check_plain_names
from awesome_lint.registry import Rule, register

_TAG = re.compile(r"<[^<>\n]*>")
PRODUCT_WORDS = (
    r"(?:api|apis|app|apps|framework|engine|editor|plugins?|sdk|cli|client|server|meeting|"
    r"project|vault|components?|language|containers?|operating system|database|testing|"
    r"bundler|core)"
)


@dataclass(frozen=True)
class Options:
    names: dict[str, str] = field(default_factory=dict)  # wrong spelling -> right, added

    def __post_init__(self) -> None:
        if not self.names:
            return  # the shipped names are checked by the tests, not at every start
        check_plain_names("names", self.names)
        check_settles(_all_names(self))


@register
class SpellCheck(Rule):
    name = "spell-check"
    preset = "awesome"
    summary = "Product names must be spelled as their makers write them (GitHub, Node.js)."
    severity = Severity.WARNING
    fixable = Fixability.ALWAYS
    fix_safety = (Applicability.SAFE, Applicability.UNSAFE)
    npm_names = ("awesome-spell-check",)
    Options = Options

    def check(self, doc: Document) -> Iterator[Finding]:
        names = _all_names(self.options)
        pattern = name_pattern(tuple(sorted(names, key=len, reverse=True)))
        skip: SpanSet | None = None  # URLs and tags, found once a name is misspelt
        link_texts = {(link.text_span.start, link.text_span.end) for link in doc.links}
        for span in (span for unit in doc.prose() for span in unit):
            for match in pattern.finditer(doc.text, span.start, span.end):
                word = match.group(0)
                name = names[word.lower()]
                if word == name.right:
                    continue
                if skip is None:
                    skip = SpanSet([*(link.url_span for link in doc.links), *_tags(doc)])
                if match.start() in skip:
                    continue
                whole_link = (match.start(), match.end()) in link_texts
                if whole_link and not name.ambiguous:
                    continue  # "[mysql](…/go-sql-driver/mysql)": a package's own name
                if name.ambiguous and not _as_product(doc, match, link_texts):
                    continue
                yield _finding(match, name)


def _all_names(options: Options) -> dict[str, ProductName]:
    names = dict(builtin_names())
    names.update({k.lower(): ProductName(v, False) for k, v in options.names.items()})
    return names


def _finding(match: re.Match[str], name: ProductName) -> Finding:
    span = Span(match.start(), match.end())
    safety = Applicability.UNSAFE if name.ambiguous else Applicability.SAFE
    return Finding(
        SpellCheck.name,
        f"'{match.group(0)}' is written '{name.right}'",
        span,
        fix=Fix(f"Write '{name.right}'", (Edit(span, name.right),), safety),
    )


def _as_product(doc: Document, match: re.Match[str], link_texts: set[tuple[int, int]]) -> bool:
    if (match.start(), match.end()) in link_texts:
        return True
    return bool(re.match(rf"\s+{PRODUCT_WORDS}\b", doc.text[match.end() : match.end() + 20], re.I))


def _tags(doc: Document) -> Iterator[tuple[int, int]]:
    return (m.span() for m in _TAG.finditer(doc.text))
