"""Fuzzing lint and fix, bounded for CI: the properties of benchmarks/fuzz.py (which runs them
longer, with hang detection) on generated list-like texts and on mutated windows of real lists.

Each property is one test, run on both kinds of input:
- generated: lines of headings, ToC links, entries, table rows, badges, fences, comments (with
  LF, CRLF, CR or mixed line breaks, a BOM or not, a final line break or not), or small
  structured lists with a slightly wrong table of contents; then 0-2 mutations;
- corpus: 30-80 lines of a list in ../shared/corpus with 1-3 mutations (skipped without it).
The checks themselves live in benchmarks/fuzz.py (loaded by path) so both stay the same. The
last three tests are properties beyond the first six: inserted line breaks follow the file's
style, no finding offered as fixable is left after the fix run, and linting the same text
twice gives the same findings.
"""

from __future__ import annotations

import importlib.util
import sys
from collections.abc import Callable, Iterator
from functools import cache
from types import ModuleType
from typing import Any

import pytest
from conftest import ROOT, corpus_files
from hypothesis import HealthCheck, given, note, settings
from hypothesis import strategies as st


def _load_fuzz() -> ModuleType:
    path = ROOT / "benchmarks" / "fuzz.py"
    spec = importlib.util.spec_from_file_location("awesome_lint_benchmarks_fuzz", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while being defined
    spec.loader.exec_module(module)
    return module


fuzz = _load_fuzz()

EXAMPLES = 75  # per kind of input: 150 per property
MAX_FIXES = 4  # fixes per example applied alone and linted again (cross-rule)
KINDS = ["generated", "corpus"]
FUZZ = settings(
    max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)


@cache
def _corpus_lists() -> tuple[Any, ...]:
    return tuple(fuzz.load_list(path) for path in corpus_files())


_fragment = st.builds(
    fuzz.fill,
    st.sampled_from(fuzz.FRAGMENTS),
    st.sampled_from(fuzz.NAMES),
    st.sampled_from(fuzz.URLS),
    st.sampled_from(fuzz.ANCHORS),
    st.sampled_from(fuzz.DESCRIPTIONS),
)
_break = st.sampled_from(["\n", "\r\n", "\r"])


@st.composite
def fragment_soups(draw: st.DrawFn) -> Any:
    """Lines drawn one by one from list-like fragments (shrinks to few, short lines)."""
    lines = draw(st.lists(_fragment, min_size=1, max_size=30))
    style = draw(st.sampled_from(["\n", "\r\n", "\r", "mixed"]))
    if style == "mixed":
        breaks = draw(st.lists(_break, min_size=len(lines), max_size=len(lines)))
    else:
        breaks = [style] * len(lines)
    text = "".join(line + end for line, end in zip(lines, breaks, strict=True))
    if draw(st.booleans()):
        text = text[: -len(breaks[-1])]
    return fuzz.make(text, draw(st.booleans()), "generated")


@st.composite
def generated_cases(draw: st.DrawFn) -> Any:
    """A fragment soup or a structured list (title, ToC, sections of entries or tables), with
    0-2 mutations."""
    rng = draw(st.randoms(use_true_random=False))
    case = draw(fragment_soups()) if draw(st.booleans()) else fuzz.generate_list(rng)
    mutations = draw(st.integers(0, 2))
    return fuzz.mutate(rng, case, mutations) if mutations else case


@st.composite
def corpus_cases(draw: st.DrawFn) -> Any:
    real = draw(st.sampled_from(_corpus_lists()))
    rng = draw(st.randoms(use_true_random=False))
    return fuzz.make_case(rng, [real], min_lines=30, max_lines=80, mutations=(1, 3))


def _draw_case(data: st.DataObject, kind: str) -> Any:
    if kind == "corpus":
        if not corpus_files():
            pytest.skip("../shared/corpus (the real lists) is not next to this clone")
        case = data.draw(corpus_cases(), label="case")
    else:
        case = data.draw(generated_cases(), label="case")
    note(f"origin: {case.origin}\ntext: {case.literal()}")
    return case


@pytest.fixture(scope="module")
def checker() -> Iterator[Any]:
    made = fuzz.Checker(timeout=None)
    yield made
    made.close()


def on_each_kind(test: Callable[..., None]) -> Callable[..., None]:
    """Run a property with hypothesis on both kinds of input (generated, corpus)."""
    fuzzed = FUZZ(given(data=st.data())(test))
    return pytest.mark.parametrize("kind", KINDS)(fuzzed)  # type: ignore[no-any-return]


def _holds(checker: Any, prop: str, case: Any, **options: Any) -> None:
    failures = checker.check(case, [prop], **options)
    message = "\n".join(f"{f.prop}: {f.signature}\n    {f.detail}" for f in failures)
    assert not failures, f"{message}\non {case.literal()}"


@on_each_kind
def test_lint_and_fix_never_raise(checker: Any, data: st.DataObject, kind: str) -> None:
    _holds(checker, fuzz.CRASH, _draw_case(data, kind))


@on_each_kind
def test_fixes_converge_and_are_idempotent(checker: Any, data: st.DataObject, kind: str) -> None:
    case = _draw_case(data, kind)
    _holds(checker, fuzz.CONVERGE, case)
    _holds(checker, fuzz.IDEMPOTENT, case)


@on_each_kind
def test_each_fix_alone_changes_only_its_edits(
    checker: Any, data: st.DataObject, kind: str
) -> None:
    _holds(checker, fuzz.LOCALITY, _draw_case(data, kind))


@on_each_kind
def test_fix_run_keeps_line_breaks_bom_and_final_newline(
    checker: Any, data: st.DataObject, kind: str
) -> None:
    _holds(checker, fuzz.LAYOUT, _draw_case(data, kind))


@on_each_kind
def test_each_fix_alone_adds_no_finding_of_another_rule_elsewhere(
    checker: Any, data: st.DataObject, kind: str
) -> None:
    case = _draw_case(data, kind)
    rng = data.draw(st.randoms(use_true_random=False), label="fixes to try")
    _holds(checker, fuzz.CROSS, case, max_fixes=MAX_FIXES, rng=rng)


@on_each_kind
def test_json_and_sarif_output_is_valid(checker: Any, data: st.DataObject, kind: str) -> None:
    _holds(checker, fuzz.REPORT, _draw_case(data, kind))


# Three more properties, beyond the first six: each is a bug a user sees.


@on_each_kind
def test_fixes_write_the_files_own_line_break(checker: Any, data: st.DataObject, kind: str) -> None:
    _holds(checker, fuzz.NEWLINE_STYLE, _draw_case(data, kind))


@on_each_kind
def test_findings_offered_as_fixable_get_fixed(checker: Any, data: st.DataObject, kind: str) -> None:
    _holds(checker, fuzz.STUCK, _draw_case(data, kind))


@on_each_kind
def test_linting_twice_gives_the_same_findings(
    checker: Any, data: st.DataObject, kind: str
) -> None:
    _holds(checker, fuzz.DETERMINISTIC, _draw_case(data, kind))


def test_a_fix_that_takes_a_place_from_a_grouped_misspelling_is_a_known_exception(
    checker: Any,
) -> None:
    """Found by the fuzzer: dropping 'github' repeated at a description's start leaves
    two places of the misspelling, reported one by one instead of once for the list."""
    text = (
        "# Awesome github\n\n## Tools\n\n- [Alpha](https://x.org/a) - Uses Github.\n"
        "- [github](https://x.org/b) - github - A tool.\n"
    )
    _holds(checker, fuzz.CROSS, fuzz.Case(text=text, bom=False, origin="regression"))
