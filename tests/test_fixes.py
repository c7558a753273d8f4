"""Fix application, and the promises every fix makes: only its bytes change, and twice is once."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from awesome_lint import fix_text, lint_text
from awesome_lint.fixes import Applicability, Edit, Fix, _overlaps, apply_fixes
from awesome_lint.source import Source, Span


def fix_of(*edits: tuple[int, int, str]) -> Fix:
    return Fix("test", tuple(Edit(Span(s, e), t) for s, e, t in edits))


def test_edits_apply_at_their_offsets() -> None:
    text, applied = apply_fixes("abcdef", [fix_of((1, 2, "B")), fix_of((4, 4, "_"))])
    assert text == "aBcd_ef"
    assert len(applied) == 2


def test_overlapping_fixes_are_skipped_for_a_later_pass() -> None:
    first, second = fix_of((0, 3, "x")), fix_of((2, 4, "y"))
    text, applied = apply_fixes("abcdef", [first, second])
    assert (text, applied) == ("xdef", [first])


def test_two_insertions_at_one_place_conflict() -> None:
    first, second = fix_of((2, 2, "x")), fix_of((2, 2, "y"))
    assert apply_fixes("abcd", [first, second]) == ("abxcd", [first])


def test_insertion_next_to_a_replacement_is_fine() -> None:
    text, applied = apply_fixes("abcd", [fix_of((1, 3, "X")), fix_of((3, 3, "!"))])
    assert text == "aX!d" and len(applied) == 2


def test_applicability_orders_safe_above_unsafe() -> None:
    assert Applicability.SAFE > Applicability.UNSAFE


def test_source_keeps_bom_and_line_endings() -> None:
    raw = "\ufeff# A\r\nb\rc\n".encode()
    source = Source.from_bytes("x", raw)
    assert source.bom and source.text.startswith("# A")
    assert source.encode() == raw
    assert source.line_col(source.text.index("c")) == (3, 1)


markdown_text = st.lists(
    st.sampled_from(
        [*"#-*|[]()!<>`~:.\\ \t\n\r\ufeffaZ0\x00\x1b", "\r\n", "](#", "| a |", "<!--", "-->"]
    ),
    max_size=200,
).map("".join)
list_like = st.lists(
    st.sampled_from(
        [
            "# Title\n", "## A b\n", "- [x](#a b)\n", "- [x](#A-B)\n", "| a | b\n", "|---|---|\n",
            "| [t](https://x.org) | 1 |\n", "> - [q](#title)\n", "```\n", "  - [n](#nope)\n",
            "\r\n", "\n", "<a name=\"z\"></a>\n", "[r]: #a-b\n", "[x][r]\n", "    code\n",
        ]
    ),
    max_size=40,
).map("".join)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(markdown_text, list_like, st.text(max_size=200)))
def test_arbitrary_text_never_crashes_and_fixing_is_idempotent(text: str) -> None:
    lint_text(text)
    once = fix_text(text, unsafe=True)
    assert once.converged
    twice = fix_text(once.source.text, unsafe=True)
    assert twice.source.text == once.source.text


@settings(max_examples=200, deadline=None)
@given(list_like)
def test_fixes_change_only_their_own_spans(text: str) -> None:
    findings = [f for f in lint_text(text) if f.fix is not None]
    fixes = [f.fix for f in findings if f.fix is not None]
    fixed, applied = apply_fixes(text, fixes)
    # Rebuild by hand: everything between applied edits must be the original text.
    edits = sorted((e for fix in applied for e in fix.edits), key=lambda e: e.span)
    position, pieces = 0, []
    for edit in edits:
        pieces.append(text[position : edit.span.start])
        pieces.append(edit.text)
        position = edit.span.end
    pieces.append(text[position:])
    assert fixed == "".join(pieces)


def test_huge_lines_and_deep_nesting() -> None:
    found = lint_text("- " * 2000 + "x\n" + "> " * 500 + "y\n" + "a" * 200_000)
    assert [f.rule for f in found] == ["awesome-heading"]  # no title, and no crash
    assert lint_text("[" * 5000 + "](#x)") is not None


def test_newline_is_the_files_most_common_line_break() -> None:
    assert Source("x", "a\rb\rc").newline == "\r"  # found by fuzzing: CR-only files got LF
    assert Source("x", "a\r\nb\nc").newline == "\r\n"
    assert Source("x", "a\nb\nc\r\n").newline == "\n"
    assert Source("x", "abc").newline == "\n"


@given(
    st.lists(
        st.lists(st.tuples(st.integers(0, 30), st.integers(0, 6)), min_size=1, max_size=3),
        max_size=25,
    )
)
def test_applying_fixes_takes_the_ones_a_pairwise_check_takes(raw: list) -> None:  # type: ignore[type-arg]
    """The bisect over applied spans accepts exactly the fixes that a check of each new
    span against every applied span accepts."""
    fixes = [
        Fix("f", tuple(Edit(Span(start, start + length), "x") for start, length in edits))
        for edits in raw
    ]
    taken: list[Span] = []
    expected = []
    for fix in fixes:
        spans = [edit.span for edit in fix.edits]
        if any(_overlaps(a, b) for a in spans for b in taken):
            continue
        if any(_overlaps(a, b) for i, a in enumerate(spans) for b in spans[i + 1 :]):
            continue
        taken.extend(spans)
        expected.append(fix)
    assert apply_fixes("." * 40, fixes)[1] == expected
