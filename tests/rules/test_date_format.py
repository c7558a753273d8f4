from __future__ import annotations

import pytest

from awesome_lint import fix_text, lint_text
from awesome_lint.dates import parse_date, render
from awesome_lint.fixes import Severity
from awesome_lint.rules.date_format import DateFormat, Options


def findings(text: str, **options: object) -> list:  # type: ignore[type-arg]
    return lint_text(text, [DateFormat(Options(**options))])  # type: ignore[arg-type]


def fixed(text: str, unsafe: bool = False, **options: object) -> str:
    rule = DateFormat(Options(**options))  # type: ignore[arg-type]
    return fix_text(text, [rule], unsafe=unsafe).source.text


def table(*dates: str, header: str = "Date") -> str:
    rows = "".join(f"| [P{i}](https://example.org/{i}) | {d} |\n" for i, d in enumerate(dates))
    return f"| Title | {header} |\n|---|---|\n{rows}"


@pytest.mark.parametrize(
    "text, kind, year, month, styles",
    [
        ("Mar 2024", "month", 2024, 3, {"Mon YYYY"}),
        ("Mar., 2024", "month", 2024, 3, {"Mon., YYYY"}),
        ("March 2024", "month", 2024, 3, {"Month YYYY"}),
        ("Sept. 2023", "month", 2023, 9, {"Mon. YYYY"}),
        ("May, 2023", "month", 2023, 5, {"Mon, YYYY", "Mon., YYYY", "Month, YYYY"}),
        ("May., 2023", "month", 2023, 5, set()),
        ("2024-03", "month", 2024, 3, {"YYYY-MM"}),
        ("2024.03", "month", 2024, 3, {"YYYY.MM"}),
        ("03/2024", "month", 2024, 3, {"MM/YYYY"}),
        ("2024-03-15", "day", 2024, 3, {"YYYY-MM-DD"}),
        ("2024/03", "month", 2024, 3, {"YYYY/MM"}),
        ("2024/03/15", "day", 2024, 3, {"YYYY/MM/DD"}),
        ("CVPR,2018", "venue", 2018, None, {"VENUE,YYYY"}),
        ("Eurosys'25", "venue", 2025, None, {"VENUE'YY"}),
        ("ICLR 2024 (Oral)", "venue", 2024, None, {"VENUE YYYY"}),
        ("2021", "year", 2021, None, set()),
    ],
)
def test_grammar(text: str, kind: str, year: int, month: int | None, styles: set[str]) -> None:
    parsed = parse_date(text)
    assert parsed is not None
    assert (parsed.kind, parsed.year, parsed.month, set(parsed.styles)) == (kind, year, month, styles)


@pytest.mark.parametrize("text", ["-", "", "TBD", "v1.2", "Oral", "12 stars", "2024.13"])
def test_not_dates(text: str) -> None:
    assert parse_date(text) is None


def test_render_keeps_note_and_precision() -> None:
    parsed = parse_date("ICLR 2024 (Oral)")
    assert parsed is not None and render(parsed, "VENUE, YYYY") == "ICLR, 2024 (Oral)"
    parsed = parse_date("2024.03")
    assert parsed is not None and render(parsed, "Mon., YYYY") == "Mar., 2024"
    parsed = parse_date("May 2023")
    assert parsed is not None and render(parsed, "Mon., YYYY") == "May, 2023"


def test_most_used_spelling_wins_and_only_the_date_text_changes() -> None:
    text = table("Jan., 2021", " **Mar, 2021**  ", "Apr., 2021")
    (finding,) = findings(text)
    assert "write 'Mar., 2021'" in finding.message
    assert fixed(text) == table("Jan., 2021", " **Mar., 2021**  ", "Apr., 2021")


def test_tie_goes_to_the_first_seen() -> None:
    text = table("Jan 2021", "Feb. 2021")
    (finding,) = findings(text)
    assert "'Feb. 2021' differs from the list's spelling 'Mon YYYY'" in finding.message


def test_option_overrides_the_majority() -> None:
    text = table("Jan 2021", "Feb 2021")
    assert fixed(text, month_style="YYYY-MM") == table("2021-01", "2021-02")


def test_bad_style_option_is_refused() -> None:
    with pytest.raises(ValueError):
        Options(month_style="DD.MM.YY")


def test_day_to_month_is_unsafe_month_to_day_has_no_fix() -> None:
    text = table("Jan 2021", "Feb 2021", "2021-03-15")
    (finding,) = findings(text)
    assert finding.fix is not None and finding.fix.applicability.label == "unsafe"
    assert fixed(text) == text
    assert fixed(text, unsafe=True) == table("Jan 2021", "Feb 2021", "Mar 2021")
    days = table("2021-01-02", "2021-02-03", "Mar 2021")
    (finding,) = findings(days)
    assert finding.fix is None and "invented" in finding.message


def test_unreadable_date_cell_is_a_warning() -> None:
    (finding,) = findings(table("Jan 2021", "Tech report, Oct 13 2025"))
    assert "does not read as a date" in finding.message and finding.fix is None


@pytest.mark.parametrize(
    "dates",
    [
        ("22.02", "23.07", "21.10", "24.01"),  # YY.MM
        ("2014/??", "2015/??", "2017/03", "2016/??"),  # the month not known
        ("ACL2022", "ICLR2023", "NIPS2022(ML Safety Workshop)", "Jan 2021"),  # venue+year
    ],
)
def test_a_way_of_the_lists_own_is_not_unreadable(dates: tuple[str, ...]) -> None:
    assert findings(table(*dates)) == []
    once = table(*dates[1:2], "Jan 2021", "Feb 2021", "Mar 2021")  # written once: a slip
    assert [f.message.split("'")[1] for f in findings(once)] == [dates[1]]


def test_columns_found_by_content_and_lists_ending_in_dates() -> None:
    text = table("Jan 2021", "Feb 2021", "Mar. 2021", header="When")
    assert len(findings(text)) == 1
    items = "".join(f"- [P{i}](https://x.org/{i}) ({d})\n" for i, d in enumerate(["Jan., 2021", "Feb., 2021", "Mar, 2021"]))
    (finding,) = findings(items)
    assert "'Mar, 2021'" in finding.message


def test_no_dates_in_ordinary_columns_or_lists() -> None:
    text = "| Name | Stars |\n|---|---|\n| a | 2021 |\n| b | 12 |\n"
    assert findings(text) == []
    assert findings("- [a](https://a.org) - Tool (v2).\n- [b](https://b.org) - Tool.\n") == []


def test_arxiv_contradictions() -> None:
    before = table("Jan., 2023", header="Pub. & Date").replace("https://example.org/0", "https://arxiv.org/abs/2307.06942")
    (finding,) = findings(before)
    assert "earlier than its arXiv id 2307.06942 (2307," in finding.message and finding.fix is None
    assert finding.severity == Severity.WARNING
    after = before.replace("Jan., 2023", "May., 2025").replace("May.,", "Jun.,")
    (finding,) = findings(after)
    assert "months after arXiv" in finding.message
    with_venue = before.replace("Jan., 2023", "CVPR, 2025")
    assert findings(with_venue) == []


def test_a_date_the_list_gives_the_project_elsewhere_is_its_release() -> None:
    """Medusa: its blog in one row dated 2023.09, its paper (2401) in another with the
    same date: the list dates the project by its first release."""
    head = "| Date | Title | Link |\n|---|---|---|\n"
    paper = "|2023.09|Medusa: Decoding Heads|[pdf](https://arxiv.org/abs/2401.10774)|\n"
    blog = "|2023.09|Medusa: Decoding Heads|[blog](https://medusa.example/blog)|\n"
    assert findings(head + blog + paper) == []
    (finding,) = findings(head + paper)
    assert "earlier than its arXiv id 2401.10774" in finding.message


def test_seed(seed_text: str) -> None:
    found = findings(seed_text)
    lines = {seed_text.count("\n", 0, f.span.start) + 1: f for f in found}
    assert "earlier than its arXiv id 2307.06942" in lines[51].message
    assert "38 months after arXiv 2003.00196" in lines[64].message
    assert "never right" in lines[171].message
    fixable = [f for f in found if f.fix is not None]
    result = fix_text(seed_text, [DateFormat()])
    assert result.applied["date-format"] == len(fixable)
    before_lines, after_lines = seed_text.splitlines(), result.source.text.splitlines()
    changed = [i for i, (a, b) in enumerate(zip(before_lines, after_lines, strict=True)) if a != b]
    assert len(changed) == len(fixable)  # one cell per reported date, no other line
    left = findings(result.source.text)
    assert all(f.fix is None for f in left)
    # one month spelling and one venue spelling are left in the "Pub. & Date" column
    strict = findings(result.source.text, month_style="Mon., YYYY", venue_style="VENUE, YYYY")
    assert not [f for f in strict if "differs from" in f.message or "never right" in f.message]


def test_config_rejects_unknown_style(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from awesome_lint.config import load_config
    from awesome_lint.engine import make_rules
    from awesome_lint.source import InputError

    path = tmp_path / ".awesome-lint.toml"
    path.write_text("[rules.date-format]\nmonth-style = 'nonsense'\n", encoding="utf-8")
    with pytest.raises(InputError, match="month-style must be one of"):
        make_rules(load_config(path))


def test_a_description_column_with_a_few_numbers_is_not_a_date_column() -> None:
    rows = [
        "| [BuyWhere](https://a.example) | Product catalogue in 7 countries (SG, MY, US) | Yes |",
        "| [Digi-Key](https://b.example) | Prices of electronic components | Yes |",
        "| [Reviews](https://c.example) | Amazon product reviews for 12 marketplaces | No |",
        "| [Fees](https://d.example) | Seller fee schedules for 21 e-commerce marketplaces | No |",
        "| [Dummy](https://e.example) | Dummy products for tests | Yes |",
        "| [Shops](https://f.example) | Shops near you | Yes |",
    ]
    text = "| API | Description | HTTPS |\n|---|---|---|\n" + "\n".join(rows) + "\n"
    assert findings(text) == []


@pytest.mark.parametrize(
    "text", ["Amazon product reviews for 12 marketplaces", "Seller fees for 21 e-commerce sites"]
)
def test_numbers_in_a_sentence_are_not_venue_dates(text: str) -> None:
    assert parse_date(text) is None


def test_paper_lists_that_write_the_venue_after_the_title() -> None:
    """'1. **Title.** AAAI 2020. [paper](…)', with the authors on the next line."""
    venues = ["AAAI 2020", "ICLR 2021", "CVPR 2019", "NeurIPS, 2020", "ICML 2018"]
    text = "".join(
        f"1. **Paper {n} on Graphs.** {venue}. [paper](https://example.org/{n})\n\n\t*A. Author.*\n\n"
        for n, venue in enumerate(venues)
    )
    (finding,) = findings(text)
    assert "'NeurIPS, 2020' differs from the list's spelling 'VENUE YYYY'" in finding.message
    assert "NeurIPS 2020. [paper]" in fix_text(text, [DateFormat()]).source.text


def test_a_links_address_in_parentheses_is_not_a_trailing_date() -> None:
    text = "".join(f"- [Tool {n}](https://example.org/{n}) (2021-0{n})\n" for n in range(1, 4))
    text += "- [Tool 9](https://example.org/2019)\n"
    assert findings(text) == []


def test_a_venue_column_names_venues() -> None:
    """'ACL/IJCNLP 2021' and 'ICSE (SEIP) 2021' are venue dates; a venue cell without a
    year ('Nvidia, NeurIPS'24 Workshop', 'Meta') names where, and is not a bad date."""
    rows = [("ACL/IJCNLP 2021",), ("ICSE (SEIP) 2021",), ("ESEC/FSE 2020",), ("Nvidia, NeurIPS'24 Workshop",), ("Meta",)]
    text = "| Paper | Venue |\n|---|---|\n" + "".join(
        f"| [P{n}](https://example.org/{n}) | {venue} |\n" for n, (venue,) in enumerate(rows)
    )
    assert findings(text) == []
    for venue in ("ACL/IJCNLP 2021", "ICSE (SEIP) 2021"):
        assert parse_date(venue) is not None and parse_date(venue).kind == "venue"  # type: ignore[union-attr]


def test_year_slash_month_with_a_hidden_day_is_one_spelling() -> None:
    """A release-date column written `2023/06<!--18-->`: the day kept in a comment."""
    text = table("2019/10", "2023/06<!--18-->", "2024/05<!--16-->", header="Release Date")
    assert findings(text) == []
    mixed = table("2019/10", "2023/06<!--18-->", "2024-05", header="Release Date")
    (finding,) = findings(mixed)
    assert "'2024-05'" in finding.message
    assert fixed(mixed).endswith("| 2024/05 |\n")


def test_a_dotted_may_that_is_the_lists_habit_is_fixed_only_when_asked() -> None:
    """'May.' in most of a list's May dates, in a 'Mon. YYYY' template: still reported
    (no style writes it), but its fix is unsafe; a lone 'May.' among 'May's is a slip
    with a safe fix."""
    head = "| Paper | Date |\n|---|---|\n"
    rows = [f"| P{n} | {month} 202{n % 4} |\n" for n, month in enumerate(
        ["Jan.", "Feb.", "Mar.", "May.", "May.", "May.", "Jun.", "Oct."]
    )]
    text = head + "".join(rows)
    assert len(findings(text)) == 3
    assert fixed(text) == text
    assert "May. " not in fixed(text, unsafe=True)
    slip = head + "".join(rows).replace("May. 2020", "May 2020").replace("May. 2021", "May 2021")
    assert "May. " not in fixed(slip)


def test_a_shape_of_its_own_counts_as_one_whatever_its_digits() -> None:
    """'2015. 12. 17. ~ 18.', '2016. 10. 7. ~ 8.', '2017. 10. 13. ~ 14.': a Korean table's
    day ranges, its own way three times over, though their digits differ in number."""
    head = "| Conference | Date |\n|---|---|\n"
    rows = "".join(f"| Tea {n} | {date} |\n" for n, date in enumerate(
        ["2015. 12. 17. ~ 18.", "2016. 10. 7. ~ 8.", "2017. 10. 13. ~ 14."]))
    assert findings(head + rows) == []


def test_a_year_with_a_full_stop_reads_as_a_year() -> None:
    """A Korean paper table writes its months '2014. 6.' and a paper whose month it lacks
    '2014.': a year, not something that does not read as a date."""
    head = "| Date | Paper |\n|---|---|\n"
    dates = ["2013. 10.", "2013. 12.", "2014.", "2014. 6.", "2014. 12.", "2011"]
    rows = "".join(f"| {date} | [Tea {n}](https://e.org/{n}) |\n" for n, date in enumerate(dates))
    assert findings(head + rows) == []
    assert len(findings(head + rows.replace("| 2014. |", "| 2014.. |"))) == 1


def test_days_in_words_read_as_dates_and_keep_their_spellings() -> None:
    """A table of talks dates each event to the day, in words and many ways ('Sep. 19-20,
    2015', 'Jun 27-Jul 1, 2017', 'Nov. 6/7, 2015', 'October 6th, 2018', 'March 17 2015');
    one 'Apr 2015' among them has no spelling to match, and 'All year 2015' is a year."""
    head = "| Talk | Where | When |\n|---|---|---|\n"
    dates = ["May 2-3, 2017", "Sep. 19-20, 2015", "Jun 27-Jul 1, 2017", "Nov. 6/7, 2015",
             "October 6th, 2018", "March 17 2015", "Sep 8 - 10, 2016", "Apr 2015",
             "All year 2015", "2018-11-27", "2018-09-27"]
    rows = "".join(f"| [Tea {n}](https://e.org/{n}) | Paris | {d} |\n" for n, d in enumerate(dates))
    assert findings(head + rows) == []
    assert len(findings(head + rows.replace("March 17 2015", "Marhc 17 2015"))) == 1


def test_a_workshop_at_a_venue_reads_as_a_venue_date() -> None:
    """'PMAI@IJCAI 2023', 'Gen-IR@SIGIR 2023': a workshop at a conference, and its year."""
    head = "| Paper | Publication |\n|---|---|\n"
    venues = ["CIKM 2023", "PMAI@IJCAI 2023", "Gen-IR@SIGIR 2023", "SIGIR 2024", "WWW 2024"]
    rows = "".join(f"| [Tea {n}](https://e.org/{n}) | {v} |\n" for n, v in enumerate(venues))
    assert findings(head + rows) == []
