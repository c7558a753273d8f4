"""date-format: one list, one way to write a date; and dates that contradict the arXiv id."""

from __future__ import annotations

import dataclasses
import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass

from awesome_lint.dates import (
    MONTH_STYLES,
    VENUE_STYLES,
    ParsedDate,
    date_shape,
    dotted_habits,
    parse_date,
    render,
)
from awesome_lint.document import Document, Entry, ListBlock, Span, Table, plain_text
from awesome_lint.entry_identity import name_key
from awesome_lint.fixes import Applicability, Edit, Finding, Fix, Fixability, Severity
from awesome_lint.registry import Rule, register

_DIGIT = re.compile(r"\d")
_DATE_HEADER = re.compile(
    r"^\W*(?:dates?|time|years?|published|publication(?: date)?|release(?:d| date)?|"
    r"pub\.?(?:\s*(?:&|and|or|/)\s*date)?|venue(?:\s*(?:&|and|/)\s*(?:date|year))?)\W*$"
    r"|\bdate\b",
    re.I,
)
_VENUE_HEADER = re.compile(r"\W*(?:venues?|conference|journal|conf\.?|publisher)\W*", re.I)
_WRAPPERS = " \t*_"
_TRAILING_DATE = re.compile(r"(?<!\])\(([^()]*\d[^()]*)\)\s*$")  # not a link's (url)
# Paper lists: "1. **Title.** AAAI 2020. [paper](…)", the venue and year after the title.
_VENUE_AFTER_TITLE = re.compile(r"\s*\*\*[^*\n]+\*\*\s*([^\[\]()*\n]*\d{4})\.?\s*(?:\[|$)")
_MOSTLY = 0.6  # share of a column's or list's non-empty cells that must parse
OWN_WAY = 3  # an unread date shape written this often is the list's way
_LONGEST_DATE = 120  # characters: "ICLR 2024 (Oral, …)" and more, but not a description


@dataclass(frozen=True)
class Options:
    month_style: str = ""  # e.g. "Mon., YYYY"; "" = the spelling most used in the file
    venue_style: str = ""  # e.g. "VENUE, YYYY"; "" = the spelling most used in the file
    suspect_months_after_arxiv: int = 12  # a month date this far after the arXiv id, no venue

    def __post_init__(self) -> None:
        if self.month_style and self.month_style not in MONTH_STYLES:
            raise ValueError(f"month-style must be one of {', '.join(MONTH_STYLES)}")
        if self.venue_style and self.venue_style not in VENUE_STYLES:
            raise ValueError(f"venue-style must be one of {', '.join(VENUE_STYLES)}")


@dataclass(frozen=True)
class _DateText:
    span: Span  # the date's text in the source, without padding or emphasis markers
    text: str
    parsed: ParsedDate | None
    entry: Entry | None
    venue_in_row: bool  # the entry names a venue elsewhere (another cell, a note)
    names_column: bool = False  # under a "Venue" header: its cells name where, maybe when


@register
class DateFormat(Rule):
    name = "date-format"
    preset = "recommended"
    summary = "Dates in one list must be written one way, and agree with the paper's arXiv id."
    severity = Severity.WARNING
    fixable = Fixability.SOMETIMES
    fix_safety = (Applicability.SAFE, Applicability.UNSAFE)
    Options = Options

    def check(self, doc: Document) -> Iterator[Finding]:
        dates = list(_table_dates(doc)) + list(_list_dates(doc))
        canonical = {
            "month": self.options.month_style or _most_used(dates, "month"),
            "venue": self.options.venue_style or _most_used(dates, "venue"),
        }
        kinds = Counter(date.parsed.style_kind or date.parsed.kind for date in dates if date.parsed)
        if not self.options.month_style and kinds["days"] > kinds["month"]:
            canonical["month"] = ""  # days in words, each its own way: no spelling to match
        released = _release_dates(dates)
        own_ways = _own_ways(dates)
        dotted_habit = dotted_habits([date.parsed for date in dates if date.parsed])
        for date in dates:
            if date.parsed is None:
                if date.names_column:
                    continue  # "Nvidia, NeurIPS'24 Workshop" under "Venue": a name, not a date
                if date_shape(date.text) in own_ways:
                    continue  # "22.02", "2014/??", "ACL2022" all along: the list's own way
                yield Finding(
                    self.name,
                    f"'{date.text}' in a date column does not read as a date "
                    "(month and year, venue and year, or a year)",
                    date.span,
                )
                continue
            style = canonical.get(date.parsed.style_kind)
            if style and style not in date.parsed.styles:
                yield _respell(date, date.parsed, style, date.parsed.word in dotted_habit)
            if not released or (date.text, _title_key(date.entry)) not in released:
                yield from self.against_arxiv(date, date.parsed)

    def against_arxiv(self, date: _DateText, parsed: ParsedDate) -> Iterator[Finding]:
        arxiv = date.entry.arxiv if date.entry is not None else None
        if arxiv is None or parsed.month is None or arxiv.year_month is None:
            return
        year, month = arxiv.year_month
        after = (parsed.year * 12 + parsed.month) - (year * 12 + month)
        if after < -1:
            yield Finding(
                self.name,
                f"'{date.text}' is earlier than its arXiv id {arxiv.id} ({year % 100:02d}"
                f"{month:02d}, first submitted {year}-{month:02d}): is the date or the link "
                "another paper's?",
                date.span,
                Severity.WARNING,
            )
        elif after > self.options.suspect_months_after_arxiv and not date.venue_in_row:
            yield Finding(
                self.name,
                f"'{date.text}' is {after} months after arXiv {arxiv.id} ({year}-{month:02d}) "
                "and names no venue: is it the paper's date?",
                date.span,
            )


def _respell(date: _DateText, parsed: ParsedDate, style: str, habit: bool = False) -> Finding:
    new = render(parsed, style)
    loses_day = parsed.kind == "day" and style != "YYYY-MM-DD"
    needs_day = parsed.kind == "month" and style == "YYYY-MM-DD"
    if parsed.styles:
        message = f"'{date.text}' differs from the list's spelling '{style}'"
    else:
        message = (
            f"'{date.text}' is never right ('{parsed.word}' is a whole word, not an "
            f"abbreviation, so it takes no dot); the list's spelling is '{style}'"
        )
    if needs_day:
        return Finding(DateFormat.name, f"{message}: a day would have to be invented", date.span)
    applicability = Applicability.UNSAFE if loses_day or habit else Applicability.SAFE
    return Finding(
        DateFormat.name,
        f"{message}: write '{new}'",
        date.span,
        fix=Fix(f"Write '{new}'", (Edit(date.span, new),), applicability),
    )


def _own_ways(dates: list[_DateText]) -> set[str]:
    """The shapes of the dates this grammar does not read that the list writes again and
    again: a way of its own ("YY.MM", "YYYY/??" for an unknown month), not a slip."""
    shapes = Counter(date_shape(date.text) for date in dates if date.parsed is None)
    return {shape for shape, count in shapes.items() if count >= OWN_WAY}


def _release_dates(dates: list[_DateText]) -> set[tuple[str, str]]:
    """(date, title) of entries listed without an arXiv link (a blog post, a release):
    the same title with the same date beside a later paper dates the project's first
    release, not the paper (Medusa: its blog in 2023.09, its paper in 2401)."""
    if not any(date.entry is not None and date.entry.arxiv is not None for date in dates):
        return set()  # nothing to ask of an arXiv id
    return {
        (date.text, key) for date in dates
        if date.entry is not None and date.entry.arxiv is None and (key := _title_key(date.entry))
    }


def _title_key(entry: Entry | None) -> str:
    return name_key(entry.title) if entry else ""


def _most_used(dates: list[_DateText], kind: str) -> str:
    """The spelling most dates of this kind can only be read as (ties: the first seen)."""
    counts: Counter[str] = Counter()
    first_seen: dict[str, int] = {}
    for index, date in enumerate(dates):
        if date.parsed is None or date.parsed.style_kind != kind:
            continue
        for style in date.parsed.styles:
            first_seen.setdefault(style, index)
        if len(date.parsed.styles) == 1:
            counts[next(iter(date.parsed.styles))] += 1
    if not counts:
        return min(first_seen, key=first_seen.__getitem__) if first_seen else ""
    return max(counts, key=lambda style: (counts[style], -first_seen[style]))


def _table_dates(doc: Document) -> Iterator[_DateText]:
    entries = {e.span.start: e for e in doc.entries if e.kind == "row"}
    for table, _ in doc.tables:
        for column in _date_columns(doc, table):
            venues = _venue_column(doc, table, column)
            for row in table.rows:
                cells = row.cells
                if column >= len(cells):
                    continue
                date = _cell_date(doc, cells[column].span, entries.get(row.span.start), column)
                if date is not None:
                    yield dataclasses.replace(date, names_column=venues)


def _venue_column(doc: Document, table: Table, column: int) -> bool:
    header = table.header.cells[column] if column < len(table.header.cells) else None
    if header is None:
        return False
    return bool(_VENUE_HEADER.fullmatch(plain_text(doc.text[header.span.start : header.span.end])))


def _date_columns(doc: Document, table: Table) -> list[int]:
    columns = []
    for index, header in enumerate(table.header.cells):
        named = _DATE_HEADER.search(plain_text(doc.text[header.span.start : header.span.end]))
        if named or _mostly_dates(doc, table, index):
            columns.append(index)
    return columns


def _mostly_dates(doc: Document, table: Table, column: int) -> bool:
    texts = []
    for row in table.rows:
        cells = row.cells
        if column < len(cells):
            texts.append(_strip(doc.text[cells[column].span.start : cells[column].span.end]))
    filled = [t for t in texts if t.strip(" -–—?")]  # "-", "?": no date given
    # a date is short: a long cell with a digit in it is words ("trained on 12 GPUs")
    parsed = [parse_date(t) for t in filled if len(t) <= _LONGEST_DATE and _DIGIT.search(t)]
    dated = [p for p in parsed if p is not None and p.kind != "year"]
    # mostly dates among the filled cells, not among those with a digit: a column of
    # descriptions where a few mention "12 marketplaces" is not a date column
    return len(dated) >= 3 and len(dated) >= _MOSTLY * len(filled)


def _strip(text: str) -> str:
    return text.strip(_WRAPPERS)


def _cell_date(doc: Document, span: Span, entry: Entry | None, column: int) -> _DateText | None:
    raw = doc.text[span.start : span.end]
    hidden = raw.rfind("<!--")
    if hidden >= 0 and raw.rstrip().endswith("-->"):  # "2023/06<!--18-->": a hidden day
        raw = raw[:hidden]
    inner = raw.strip(_WRAPPERS)
    if not _DIGIT.search(inner) or "<br" in inner.lower() or "[" in inner:
        return None  # empty, "-", several dates, or a link: nothing to respell
    start = span.start + raw.index(inner)
    parsed = parse_date(inner)
    return _DateText(Span(start, start + len(inner)), inner, parsed, entry,
                     _venue_elsewhere(doc, entry, column, parsed))


def _venue_elsewhere(
    doc: Document, entry: Entry | None, column: int, parsed: ParsedDate | None
) -> bool:
    if parsed is not None and (parsed.venue or parsed.note):
        return True
    if entry is None:
        return False
    for index, cell in enumerate(entry.cells):
        if index != column:
            found = parse_date(_strip(doc.text[cell.span.start : cell.span.end]))
            if found is not None and found.kind == "venue":
                return True
    return False


def _list_dates(doc: Document) -> Iterator[_DateText]:
    """List items that end in "(date)", in lists where most items do."""
    entries = {e.item.span.start: e for e in doc.entries if e.item is not None}
    for block, _ in doc.lists:
        found = [d for d in (_item_date(doc, block, i, entries) for i in range(len(block.items)))]
        dated = [d for d in found if d is not None and d.parsed is not None]
        if len(dated) >= 3 and len(dated) >= _MOSTLY * len(block.items):
            yield from dated


def _item_date(
    doc: Document, block: ListBlock, index: int, entries: dict[int, Entry]
) -> _DateText | None:
    item = block.items[index]
    entry = entries.get(item.span.start)
    if entry is None:
        return None
    line_end = doc.text.find("\n", entry.span.start, entry.span.end)
    end = entry.span.end if line_end < 0 else line_end
    match = _TRAILING_DATE.search(doc.text, entry.span.start, end) or _VENUE_AFTER_TITLE.match(
        doc.text, item.marker_span.end, end
    )
    if match is None:
        return None
    inner = match.group(1).strip()
    start = match.start(1) + match.group(1).index(inner)
    parsed = parse_date(inner)
    venue = parsed is not None and bool(parsed.venue)
    return _DateText(Span(start, start + len(inner)), inner, parsed, entry, venue)
