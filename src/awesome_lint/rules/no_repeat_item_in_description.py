"""no-repeat-item-in-description: "[Redis](…) - Redis is a store." says the name twice."""

from __future__ import annotations

from collections.abc import Iterator

import regex

from awesome_lint.document import Document, Span
from awesome_lint.fixes import Applicability, Edit, Finding, Fix, Fixability
from awesome_lint.registry import Rule, register

# After the repeated name: a separator the fix can drop ("Redis: in-memory store."; not
# "Wallabag, formerly Poche, is …", where dropping "Wallabag," leaves no subject).
_NAME_SEPARATOR = regex.compile(r"\s*(?::|\s[-\u2013\u2014])\s+(?=\p{L})")


@register
class NoRepeatItemInDescription(Rule):
    name = "no-repeat-item-in-description"
    preset = "awesome"
    summary = "A description does not start by repeating the entry's name."
    fixable = Fixability.SOMETIMES
    fix_safety = (Applicability.UNSAFE,)
    npm_names = ("no-repeat-item-in-description",)

    def check(self, doc: Document) -> Iterator[Finding]:
        for entry in doc.list_entries:
            description = entry.description()
            name = entry.name
            if description is None or not name:
                continue
            end = description.start + len(name)
            said = doc.text[description.start : end]
            if said.casefold() != name.casefold() or _continues_word(doc.text, end):
                continue
            yield _finding(doc.text, name, Span(description.start, end), description.end)


def _continues_word(text: str, offset: int) -> bool:
    """Is the name only the start of a longer word ("Java" in "JavaScript")?"""
    return offset < len(text) and (text[offset].isalnum() or text[offset] in "_-")


def _finding(text: str, name: str, repeated: Span, end: int) -> Finding:
    message = f"the description starts with the entry's name '{name}' again"
    separator = _NAME_SEPARATOR.match(text, repeated.end, end)
    if separator is None:
        return Finding(NoRepeatItemInDescription.name, message, repeated)
    first = separator.end()
    edits = (
        Edit(Span(repeated.start, first), ""),
        Edit(Span(first, first + 1), text[first].upper()),
    )
    fix = Fix(f"Drop '{name}' from the description's start", edits, Applicability.UNSAFE)
    return Finding(NoRepeatItemInDescription.name, message, repeated, fix=fix)
