"""A list's own conventions: how most of its entries (or most of one section's) do a thing,
and the findings that follow from it. An entry that slips from a convention the list
shares with the awesome format is reported where it is; a list that does the thing
another way, or too often, gets one finding for all of it."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Hashable, Iterator, Sequence
from dataclasses import dataclass

from awesome_lint.fixes import Applicability, Finding, Fix

# A form is a convention when more than half of at least this many entries take it.
MIN_ENTRIES = 3
# Entries that do not take the wanted form are slips, reported one by one, while they are
# fewer than this share of the list; past it, they are the list's way.
SLIPS = 0.25


@dataclass(frozen=True)
class Observed:
    """How one entry does one thing (its form), and where."""

    form: str
    group: Hashable  # the section it sits in: a section may keep a convention of its own
    at: int  # where the entry starts
    finding: Finding | None = None  # what to report when the form is not the wanted one
    typo: bool = False  # a mistake no list makes its way: "' -'", 'the "end.".'


def majority(forms: Sequence[str]) -> str | None:
    """The form more than half of the forms take, when there are enough of them."""
    if len(forms) < MIN_ENTRIES:
        return None
    form, count = Counter(forms).most_common(1)[0]
    return form if count * 2 > len(forms) else None


def follow_majority(
    observed: Sequence[Observed],
    wanted: str,
    list_wide: Callable[[Counter[str], int], str],
    safe_by_default: bool = True,
    rivals: frozenset[str] = frozenset(),
) -> Iterator[Finding]:
    """The findings of the entries whose form is not `wanted`, as the list's conventions
    allow: none for an entry that follows its section's own majority; one finding for
    the list when such entries are more than a few of the list's (`list_wide(forms,
    total)` says it, and its fix changes them all), at the first entry of the commonest
    form among them. A typo is reported where it is, whatever the list does; its fix is
    unsafe in a section whose majority is one of the `rivals` (forms it may have meant,
    "Name)- Does" among "Name：Does").
    A form that comes without a finding is one the rule has no wish about ("Author ·
    PDF" is details, not a sentence): a list that mostly takes it is not judged at all.
    Where the list shows no majority, the wanted form is asked for; unless
    `safe_by_default`, its fixes are then unsafe (the list gives no evidence for them)."""
    ways = [o for o in observed if not o.typo]
    rival_sections = {
        group for group, form in _section_forms(ways, {wanted}).items() if form in rivals
    } if rivals else set()
    for o in observed:
        if o.typo and o.finding:
            yield _unsafe(o.finding) if o.group in rival_sections else o.finding
    found_form = majority([o.form for o in ways])
    list_form = found_form or wanted
    if list_form != wanted and not any(o.finding for o in ways if o.form == list_form):
        return
    own = _section_forms(ways, {wanted, list_form})
    reported = [o for o in ways if o.form != wanted and o.finding]
    departing = [o for o in reported if own.get(o.group) != o.form]
    few = len(reported) < max(MIN_ENTRIES, SLIPS * len(observed))
    if few or len(departing) < MIN_ENTRIES:
        for o in departing:
            if o.finding:
                # the list shows no way of its own: the awesome format's is asked, not applied
                yield o.finding if found_form or safe_by_default else _unsafe(o.finding)
        return
    forms = Counter(o.form for o in departing)
    commonest = forms.most_common(1)[0][0]
    first = next(o.finding for o in departing if o.form == commonest and o.finding)
    fixes = [o.finding.fix for o in departing if o.finding and o.finding.fix]
    edits = tuple(edit for fix in fixes for edit in fix.edits)
    fix = Fix(fixes[0].description, edits, Applicability.UNSAFE) if fixes else None
    yield first._replace(message=list_wide(forms, len(observed)), fix=fix)


def _unsafe(finding: Finding) -> Finding:
    if finding.fix is None or finding.fix.applicability is Applicability.UNSAFE:
        return finding
    return finding._replace(fix=finding.fix._replace(applicability=Applicability.UNSAFE))


def _section_forms(observed: Sequence[Observed], not_own: set[str]) -> dict[Hashable, str]:
    """The sections whose majority is a form of their own (not one of `not_own`)."""
    by_group: dict[Hashable, list[str]] = {}
    for o in observed:
        by_group.setdefault(o.group, []).append(o.form)
    forms = {group: majority(found) for group, found in by_group.items()}
    return {group: form for group, form in forms.items() if form and form not in not_own}
