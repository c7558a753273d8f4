"""The matters of style of a list entry the awesome format has a wish about: the
separator between name and description, the full stop, the capital, the list marker and
the space after it. Each has forms (an em dash, "none" for no full stop), the one the
format wants, and what one finding says of a list that does it another way; and the
words of an entry's name, which a description may start with in lower case."""

from __future__ import annotations

from collections import Counter
from typing import NamedTuple

import regex

from awesome_lint.document import ListEntry, Span
from awesome_lint.fixes import Finding

_TOKEN_PARTS = regex.compile(r"[^\p{L}\p{N}]+")
_PATH_OR_SPACE = regex.compile(r"[/\s]+")
_ARROW_HEAD = regex.compile(r">+[ \t]*")
_SEPARATOR_NAMES = {"\u2013": "an en dash", "\u2014": "an em dash", ":": "a colon"}


class Style(NamedTuple):
    """How an entry does one matter of style: its form, and the finding when the form is
    not the awesome one."""

    matter: str  # "separator", "ending", "content", "casing"
    form: str
    finding: Finding | None = None
    typo: bool = False  # a mistake no list makes its way


def separator_end(text: str, separator: regex.Match[str], rest_end: int) -> int:
    """Where the separator ends: past the head of an arrow ("[Name](…) -> Does this.")."""
    if separator.group(2) == "-" and not separator.group(3):
        head = _ARROW_HEAD.match(text, separator.end(), rest_end)
        if head:
            return int(head.end())
    return int(separator.end())


def separator_form(separator: regex.Match[str], end: int, rest_end: int) -> str:
    """The kind of separator: a dash, arrow, en dash, em dash, colon or nothing; for a
    dash, as spaced ("' -'", "'  - '": slips), and "empty" when nothing follows it."""
    dash = separator.group(2) or ""
    if end == rest_end:
        return "empty"
    if not dash:
        return "nothing"
    if end > separator.end():
        return "->"
    if dash != "-":
        return dash
    if "\n" in separator.group(3):  # the line break is the space after it
        return f"{separator.group(1)}- "
    return str(separator.group(0))


def separator_is_typo(form: str) -> bool:
    """A dash spaced wrong ("' -'", "'  - '") or with nothing after it: a mistake, where
    an em dash or a colon may be a list's way."""
    return form == "empty" or (form != " - " and form.strip(" \t\u00a0") == "-")


def separator_name(form: str) -> str:
    return _SEPARATOR_NAMES.get(form, "nothing" if form in ("nothing", "empty") else f"'{form}'")


def separator_shown(separator: regex.Match[str], written: str, form: str) -> str:
    """The separator as a finding names it: as written when made of dashes."""
    if separator.group(2) != "-":
        return separator_name(form)
    return f"'{written}'".replace("\u00a0", "<no-break space>")


def sentence_in_a_cased_script(text: str) -> bool:
    """Is the description a sentence whose first word could take a capital? Not when a
    third of its words are of scripts without case ("webstorm 插件（代码提示）", "figlet 的
    Python 实现": Chinese sentences; a Chinese character weighs a word, a run of Latin
    letters one), nor when it is a few words and a date in brackets ("tatsuki kuribayashi
    （2022-10）": a speaker as they write their name, and when)."""
    uncased = sum(1 for ch in text if ch.isalpha() and ch.lower() == ch.upper())
    cased = len(_CASED_WORD.findall(text))
    if uncased * 3 >= uncased + cased:
        return False
    return _NAME_AND_DATE.fullmatch(text.strip()) is None


_CASED_WORD = regex.compile(r"\p{Cased}+")
_NAME_AND_DATE = regex.compile(r"[\w.'-]+(?: [\w.'-]+){0,2} ?[(（]\d{4}(?:[-./]\d{1,2}){0,2}[)）]")


def name_words(entry: ListEntry) -> set[str]:
    """The words of the entry's name and of the links beside it, and each whole: a
    description may start with one in lower case ("uv's backend" for `uv-build`)."""
    names = [entry.link.text, entry.link.url]
    beside = Span(entry.link.span.end, entry.rest.start)
    names += [li.text for li in entry.links_in(beside)]
    words = {n.lower() for n in names}
    for name in names:
        words.update(w for w in _PATH_OR_SPACE.split(name.lower()) if w)  # "kafka-go"
        words.update(w for w in _TOKEN_PARTS.split(name.lower()) if w)  # "kafka", "go"
    return words


def _separators_say(forms: Counter[str], total: int) -> str:
    names = " or ".join(separator_name(form) for form, _ in forms.most_common(2))
    return (
        f"{forms.total()} of {total} entries in this list separate name and description "
        f"with {names}; awesome lists use ' - '"
    )


def _endings_say(forms: Counter[str], total: int) -> str:
    return (
        f"{forms.total()} of {total} descriptions in this list end without '.', '!', '?' "
        "or '…'; awesome lists end each description with one"
    )


def _contents_say(forms: Counter[str], total: int) -> str:
    return (
        f"{forms.total()} of {total} descriptions in this list are only code; awesome lists "
        "describe each entry in words"
    )


def _casings_say(forms: Counter[str], total: int) -> str:
    return (
        f"{forms.total()} of {total} descriptions in this list start with a lower-case word; "
        "awesome lists start each description with a capital letter"
    )


def _markers_say(forms: Counter[str], total: int) -> str:
    markers = " or ".join(f"'{form}'" for form, _ in forms.most_common(2))
    return (
        f"{forms.total()} of {total} lists in this document use {markers} as their marker; "
        "awesome lists use '-'"
    )


def _spacings_say(forms: Counter[str], total: int) -> str:
    gaps = " or ".join(f"'{form}'" for form, _ in forms.most_common(2))
    return (
        f"{forms.total()} of {total} entries in this list have {gaps} after the list "
        "marker; awesome lists put one space"
    )


# What a separator's slip may have meant, where its section writes it so: "Name)- Does"
# among "Name：Does" meant the colon as likely as the awesome format's dash.
_SEPARATOR_RIVALS = frozenset({":", "\uff1a", "\u2013", "\u2014", "->"})
_NO_RIVALS: frozenset[str] = frozenset()
# Each matter of style: the form the awesome format wants, the list-wide finding, and
# the forms a slip may have meant.
MATTERS = (
    ("separator", " - ", _separators_say, _SEPARATOR_RIVALS),
    ("ending", "stop", _endings_say, _NO_RIVALS),
    ("content", "words", _contents_say, _NO_RIVALS),
    ("casing", "capital", _casings_say, _NO_RIVALS),
    ("marker", "-", _markers_say, _NO_RIVALS),
    ("spacing", " ", _spacings_say, _NO_RIVALS),
)


def uses_awesome_format(entries: tuple[ListEntry, ...]) -> bool:
    """Do most described entries separate name and description with a dash (or a near miss)?"""
    described = [e for e in entries if e.has_description()]
    dashed = sum(e.separator_is_dash_like() for e in described)
    return bool(described) and dashed * 2 >= len(described)
