"""duplicate-entry's findings: what a repeat is called, and the lines its fix removes."""

from __future__ import annotations

import itertools

from awesome_lint.deliberate_repeats import place
from awesome_lint.document import Document, Entry, Span
from awesome_lint.entry_identity import identity, name_key
from awesome_lint.fixes import Applicability, Edit, Finding, Fix, Severity


def place_title(entry: Entry) -> str:
    title = entry.section.title
    return f"{title} / {entry.group}" if entry.group else title


def repeat_finding(doc: Document, entry: Entry, original: Entry, *, pasted: bool) -> Finding:
    """The entry repeats the original under the same name. Within one section, or in a
    block pasted from elsewhere, the later copy of an entry written the same way can go
    (unsafe); a single copy in another section may be the one in the wrong place, so
    which one stays is the maintainer's call, and a list may file a thing under two
    topics on purpose (blind reviews judged two in three true): a warning, then."""
    line = doc.source.line_col(original.span.start)[0]
    span = entry.title_span
    if place(original) != place(entry) and not pasted:
        return Finding(
            "",
            f"'{entry.title}' is already listed at line {line} in "
            f"'{place_title(original)}': keep the copy in the section it belongs to",
            span,
            Severity.WARNING,
        )
    if _written(doc, entry) == _written(doc, original):
        removal = Edit(_removal(doc, entry), "")
        fix = Fix("Remove the repeated entry", (removal,), Applicability.UNSAFE)
        where = f"line {line}"
        if place(original) != place(entry):
            where += f" in '{place_title(original)}'"
        return Finding(
            "", f"'{entry.title}' is already listed at {where}", span, fix=fix
        )
    this_line = doc.source.line_col(entry.span.start)[0]
    return Finding(
        "",
        f"'{entry.title}' is already listed at line {line}, written differently "
        f"(lines {line} and {this_line}): keep one by hand",
        span,
    )


def renamed_finding(doc: Document, shared: str, group: list[tuple[Entry, Entry]]) -> Finding:
    """Entries under different names that link one paper: one finding for the paper, at
    the name fewer entries use (the row whose link was likely copied from another)."""
    by_name: dict[str, list[Entry]] = {}
    for entry in dict.fromkeys(e for pair in group for e in (pair[1], pair[0])):
        by_name.setdefault(name_key(entry.title), []).append(entry)
    ordered = sorted(by_name.values(), key=lambda copies: (len(copies), -copies[0].span.start))
    suspect, others = ordered[0][0], [copies[0] for copies in ordered[1:]]
    thing = "repository" if shared.startswith("repository") else "paper"
    named = " and ".join(
        f"'{other.title}' (line {doc.source.line_col(other.span.start)[0]})" for other in others
    )
    return Finding(
        "",
        f"'{suspect.title}' links the {shared} that {named} links too: one of them has a "
        f"link copied from another entry, or one {thing} is listed under two names",
        suspect.title_span,
    )


def shared_paper_id(entry: Entry, original: Entry) -> str:
    keys, other = identity(entry), identity(original)
    labels = (("arxiv", "arXiv id"), ("doi", "DOI"), ("openreview", "OpenReview id"),
              ("repo", "repository"))
    for kind, label in labels:
        if kind in keys and keys[kind] == other.get(kind):
            return f"{label} {keys[kind]}"
    return "link"


def _whole(entry: Entry) -> Span:
    return entry.item.span if entry.item is not None else entry.span


def _written(doc: Document, entry: Entry) -> str:
    """The entry as written, spaces aside, and after its list marker ("1." and "2." do
    not make two copies of one paper different)."""
    span = _whole(entry)
    start = entry.item.marker_span.end if entry.item is not None else span.start
    return " ".join(doc.text[start : span.end].split())


def _removal(doc: Document, entry: Entry) -> Span:
    """The entry's whole lines, with the line break that ends them; on the last line of a
    file without a final line break, the line break before them, so that the file still
    ends without one."""
    span = _whole(entry)
    starts = doc.source.line_starts
    line, _ = doc.source.line_col(span.start)
    end_line, _ = doc.source.line_col(max(span.end - 1, span.start))
    start = starts[line - 1]
    if end_line < len(starts):
        return Span(start, starts[end_line])
    if doc.text.endswith(("\n", "\r")):
        return Span(start, len(doc.text))
    line_break = 2 if doc.text[max(start - 2, 0) : start] == "\r\n" else min(start, 1)
    return Span(start - line_break, len(doc.text))


def pasted_block_finding(
    doc: Document, run: list[tuple[Entry, Entry]], *, removable: bool
) -> Finding:
    """A block of entries pasted twice: one finding at its first entry, whose fix (when
    the block sits under the same parent and each copy is written the same) removes the
    later block."""
    (first, original), (last, last_original) = run[0], run[-1]
    lines = [doc.source.line_col(e.span.start)[0] for e in (first, last, original, last_original)]
    where = f"lines {lines[2]}-{lines[3]}"
    if place(original) != place(first):
        where += f" in '{original.section.title}'"  # a block may span a section's groups
    message = (
        f"'{first.title}' and the {len(run) - 1} entries after it (lines {lines[0]}-{lines[1]}) "
        f"repeat {where}: a block written twice"
    )
    if not removable:  # under another parent: which copy goes is the maintainer's call
        return Finding("", message, first.title_span, Severity.WARNING)
    fix = None
    removals = [_removal(doc, entry) for entry, _ in run]
    same = all(_written(doc, entry) == _written(doc, copy) for entry, copy in run)
    apart = all(one.end <= two.start for one, two in itertools.pairwise(removals))
    # entries under a label item ("- Simulation code for …" over two of them): removing
    # them would leave the label empty; what to do with it is the maintainer's call
    labelled = any(entry.group for entry, _ in run)
    if same and apart and not labelled:
        edits = tuple(Edit(span, "") for span in removals)
        fix = Fix("Remove the repeated block", edits, Applicability.UNSAFE)
    return Finding("", message, first.title_span, fix=fix)
