"""An explicit grammar for the dates paper lists write, and how to spell them.

Fuzzy date libraries read `2024.03` as January and invent months for venues; this
grammar knows exactly the forms lists use: month + year (`Mar. 2024`, `March, 2024`,
`2024-03`, `2024/03`, `03/2024`), day dates (`2024-03-15`, `2024/03/15`), venue + year
(`CVPR, 2024`, `Eurosys'25`, `ICLR 2024 (Oral)`) and bare years.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

MONTHS = {
    "jan": 1, "january": 1, "feb": 2, "february": 2, "mar": 3, "march": 3, "apr": 4,
    "april": 4, "may": 5, "jun": 6, "june": 6, "jul": 7, "july": 7, "aug": 8, "august": 8,
    "sep": 9, "sept": 9, "september": 9, "oct": 10, "october": 10, "nov": 11,
    "november": 11, "dec": 12, "december": 12,
}
ABBREVIATIONS = ["", "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov",
                 "Dec"]
FULL_NAMES = ["", "January", "February", "March", "April", "May", "June", "July", "August",
              "September", "October", "November", "December"]

# Spellings of a month date; "Mon" is an abbreviation, "Month" the full name.
MONTH_STYLES = ("Mon YYYY", "Mon. YYYY", "Mon, YYYY", "Mon., YYYY", "Month YYYY",
                "Month, YYYY", "YYYY-MM", "YYYY.MM", "YYYY/MM", "MM/YYYY")
VENUE_STYLES = ("VENUE YYYY", "VENUE, YYYY", "VENUE,YYYY", "VENUE'YY", "VENUE YY")

# "(Oral)", or award words after the year: "ICLR 2021 Oral", "Eurosys'25 Best Paper"
_NOTE = r"(?P<note>\s*\([^()]*\)|\s+[A-Za-z][A-Za-z \-]*)?"
_MONTH_NAME = re.compile(
    r"(?P<word>[A-Za-z]{3,9})(?P<dot>\.)?(?P<comma>\s*,)?\s*(?P<year>(?:19|20)\d{2})" + _NOTE + "$"
)
_ISO = re.compile(r"(?P<year>(?:19|20)\d{2})(?P<sep>[-./])(?P<month>\d{1,2})"
                  r"(?:(?P=sep)(?P<day>\d{1,2}))?" + _NOTE + "$")
_SLASH = re.compile(r"(?P<month>\d{1,2})/(?P<year>(?:19|20)\d{2})" + _NOTE + "$")
# "PMAI@IJCAI 2023" is a workshop at a venue. Words of a venue hold no space or hyphen,
# so a name splits into words one way only ("T-PAMI" is two): with hyphens inside words
# too, "a-a-a-…" took time n^4 to refuse.
_VENUE = re.compile(
    r"(?P<venue>[A-Za-z][\w&+./@]*(?:[ \-](?:[A-Za-z][\w&+./@]*|\([A-Za-z][\w&+./ ]{0,15}\)))"
    r"{0,5}?)"
    r"(?P<sep>\s*,\s*|\s+|['\u2019])(?P<year>(?:19|20)\d{2}|\d{2})" + _NOTE + "$"
)
# "2014." too: the year of a list that writes "2014. 6." for its months (Korean style).
_YEAR = re.compile(r"(?P<year>(?:19|20)\d{2})\.?" + _NOTE + "$")
# A year said roughly, on purpose: "All year 2015", "Spring 2016", "Late 2019", "Q3 2020".
_ROUGH_YEAR = re.compile(
    r"(?:all[ \t]+year|year-round|spring|summer|autumn|fall|winter|early|mid|late|end[ \t]+of"
    r"|beginning[ \t]+of|q[1-4]|h[12])[ \t,-]*(?P<year>(?:19|20)\d{2})" + _NOTE + "$",
    re.I,
)


@dataclass(frozen=True)
class ParsedDate:
    kind: str  # "month", "day", "venue", "year", "mixed" (venue and month) or "days" (below)
    year: int
    month: int | None = None
    day: int | None = None
    venue: str = ""
    word: str = ""  # the month word as written ("Sept")
    dotted: bool = False  # written with a dot after the month word
    note: str = ""  # a trailing "(Oral)", kept as written
    styles: frozenset[str] = frozenset()  # spellings this text satisfies; empty: always wrong

    @property
    def style_kind(self) -> str:
        """Dates whose spellings are compared with each other."""
        return "venue" if self.kind == "venue" else "month" if self.kind in ("month", "day") else ""


def parse_date(text: str) -> ParsedDate | None:
    text = text.strip()
    for parse in (_month_name, _iso, _slash, _venue, _year, _days_in_words):
        parsed = parse(text)
        if parsed is not None:
            return parsed
    return None


def _month_name(text: str) -> ParsedDate | None:
    match = _MONTH_NAME.match(text)
    if not match or match.group("word").lower() not in MONTHS:
        return None
    word = match.group("word")
    month = MONTHS[word.lower()]
    dot, comma = bool(match.group("dot")), bool(match.group("comma"))
    return ParsedDate(
        "month", int(match.group("year")), month, word=word, dotted=dot,
        note=match.group("note") or "", styles=_name_styles(word, month, dot, comma),
    )


def _name_styles(word: str, month: int, dot: bool, comma: bool) -> frozenset[str]:
    tail = ", YYYY" if comma else " YYYY"
    written, full, short = word.lower(), FULL_NAMES[month].lower(), ABBREVIATIONS[month].lower()
    if written == full == short:  # "May" is its own abbreviation, so "May." is wrong
        return frozenset() if dot else frozenset({f"Mon{tail}", f"Month{tail}", f"Mon.{tail}"})
    if written == full:
        return frozenset() if dot else frozenset({f"Month{tail}"})
    return frozenset({f"Mon{'.' if dot else ''}{tail}"})


def _iso(text: str) -> ParsedDate | None:
    match = _ISO.match(text)
    if not match or not 1 <= int(match.group("month")) <= 12:
        return None
    year, month = int(match.group("year")), int(match.group("month"))
    note = match.group("note") or ""
    separator = match.group("sep")
    if match.group("day"):
        if separator == "." or not 1 <= int(match.group("day")) <= 31:
            return None
        return ParsedDate("day", year, month, int(match.group("day")), note=note,
                          styles=frozenset({f"YYYY{separator}MM{separator}DD"}))
    style = f"YYYY{separator}MM"
    return ParsedDate("month", year, month, note=note, styles=frozenset({style}))


def _slash(text: str) -> ParsedDate | None:
    match = _SLASH.match(text)
    if not match or not 1 <= int(match.group("month")) <= 12:
        return None
    return ParsedDate("month", int(match.group("year")), int(match.group("month")),
                      note=match.group("note") or "", styles=frozenset({"MM/YYYY"}))


_CONNECTORS = frozenset(("of", "on", "and", "in", "for", "the", "de"))


def _venue(text: str) -> ParsedDate | None:
    match = _VENUE.match(text)
    if not match or match.group("venue").lower().rstrip(".") in MONTHS:
        return None
    if not _names_a_venue(match.group("venue")):
        return None  # "Amazon product reviews for 12 marketplaces": words, not a venue
    if any(word.lower().rstrip(".,") in MONTHS for word in match.group("venue").split()[1:]):
        # "Arxiv May 2025": a venue and a month date in one; no single spelling to compare
        return ParsedDate("mixed", int(match.group("year")) if len(match.group("year")) == 4
                          else 2000 + int(match.group("year")), venue=match.group("venue"))
    digits, separator = match.group("year"), match.group("sep")
    year = int(digits) if len(digits) == 4 else 2000 + int(digits)
    if "," in separator:
        if len(digits) == 2:
            return None
        style = "VENUE, YYYY" if separator.endswith((" ", "\t")) else "VENUE,YYYY"
    elif separator in ("'", "\u2019"):
        style = "VENUE'YY"
    else:
        style = "VENUE YYYY" if len(digits) == 4 else "VENUE YY"
        if len(digits) == 2 and match.group("note"):
            return None  # "for 21 e-commerce marketplaces": a number in a sentence
    return ParsedDate("venue", year, venue=match.group("venue"), note=match.group("note") or "",
                      styles=frozenset({style}))


def _year(text: str) -> ParsedDate | None:
    match = _YEAR.match(text) or _ROUGH_YEAR.match(text)
    if not match:
        return None
    return ParsedDate("year", int(match.group("year")), note=match.group("note") or "")


# A day or a run of days in words, as event lists write them: "Sep. 19-20, 2015",
# "Jun 27-Jul 1, 2017", "Nov. 6/7, 2015", "October 6th, 2018", "March 17 2015".
_DAYS_IN_WORDS = re.compile(
    r"(?P<word>[A-Za-z]{3,9})\.?[ \t]+(?P<day>\d{1,2})(?:st|nd|rd|th)?"
    r"(?:[ \t]*[-\u2013/][ \t]*(?:(?P<last>[A-Za-z]{3,9})\.?[ \t]+)?\d{1,2}(?:st|nd|rd|th)?)?"
    r"[ \t]*,?[ \t]*(?P<year>(?:19|20)\d{2})" + _NOTE + "$"
)


def _days_in_words(text: str) -> ParsedDate | None:
    """Kind "days": a date the list reads to the day, in words; its many spellings are
    not compared (a talk's "Sep 8 - 10, 2016" beside "Sep. 28, 2015")."""
    match = _DAYS_IN_WORDS.match(text)
    words = [match.group("word"), match.group("last")] if match else []
    if not match or any(w is not None and w.lower() not in MONTHS for w in words):
        return None
    month = MONTHS[match.group("word").lower()]
    return ParsedDate("days", int(match.group("year")), month, int(match.group("day")),
                      note=match.group("note") or "")


def render(date: ParsedDate, style: str) -> str:
    """`date` spelled in `style`, keeping its note; the caller checks precision."""
    year, month = date.year, date.month or 1
    body = {
        "YYYY-MM": f"{year}-{month:02d}",
        "YYYY.MM": f"{year}.{month:02d}",
        "YYYY/MM": f"{year}/{month:02d}",
        "MM/YYYY": f"{month:02d}/{year}",
        "YYYY-MM-DD": f"{year}-{month:02d}-{date.day or 1:02d}",
        "YYYY/MM/DD": f"{year}/{month:02d}/{date.day or 1:02d}",
        "VENUE YYYY": f"{date.venue} {year}",
        "VENUE, YYYY": f"{date.venue}, {year}",
        "VENUE,YYYY": f"{date.venue},{year}",
        "VENUE'YY": f"{date.venue}'{year % 100:02d}",
        "VENUE YY": f"{date.venue} {year % 100:02d}",
    }.get(style)
    if body is None:
        body = _render_name(date, style)
    return body + date.note


def _render_name(date: ParsedDate, style: str) -> str:
    month = date.month or 1
    comma = "," if "," in style else ""
    if style.startswith("Month"):
        return f"{FULL_NAMES[month]}{comma} {date.year}"
    full = FULL_NAMES[month].lower()
    written = date.word.lower()
    word = date.word.capitalize() if written and written != full else ABBREVIATIONS[month]
    dot = "." if style.startswith("Mon.") and word.lower() != full else ""
    return f"{word}{dot}{comma} {date.year}"


def _names_a_venue(venue: str) -> bool:
    """One word ("arxiv", "NeurIPS"), or words that are capitalised but for small ones
    ("ACL Findings", "Transactions on Graphics")."""
    words = [word.lstrip("(") for word in re.split(r"[ \-]", venue)]
    return len(words) == 1 or all(
        word[:1].isupper() or word[:1].isdigit() or word.lower() in _CONNECTORS for word in words
    )


def dotted_habits(dates: list[ParsedDate]) -> set[str]:
    """Whole month words a list writes with a dot in most of their dates ('May.' in seven
    of its eight Mays, in a 'Mon.' template): a habit of its own, fixed only when asked (a
    blind review judged those safe fixes debatable)."""
    dotted: Counter[str] = Counter()
    of_month: Counter[int] = Counter()
    month_of: dict[str, int] = {}
    for parsed in dates:
        if parsed.month is None:
            continue
        of_month[parsed.month] += 1
        if not parsed.styles and parsed.word:
            dotted[parsed.word] += 1
            month_of[parsed.word] = parsed.month
    return {
        word for word, count in dotted.items()
        if count >= 2 and 2 * count > of_month[month_of[word]]
    }


def date_shape(text: str) -> str:
    """Each run of digits as one 9, each run of letters as one a, a note in parentheses
    left out: '22.02' is '9.9', 'ACL2022' and 'EMNLP2020(findings)' are 'a9', and
    '2015. 12. 17. ~ 18.' and '2016. 10. 7. ~ 8.' are one shape, '9. 9. 9. ~ 9.'."""
    text = text.rstrip()
    opening = text.rfind("(") if text.endswith(")") else -1
    if opening >= 0 and ")" not in text[opening:-1]:
        text = text[:opening]
    return _LETTERS.sub("a", _DIGITS.sub("9", text.rstrip()))


_DIGITS = re.compile(r"\d+")
_LETTERS = re.compile(r"[^\W\d_]+")
