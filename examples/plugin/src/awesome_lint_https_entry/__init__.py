"""A worked plug-in rule for awesome-lint (see docs/writing-a-rule.md)."""

from __future__ import annotations

from collections.abc import Iterator

from awesome_lint import (
    Applicability,
    Document,
    Edit,
    Finding,
    Fix,
    Fixability,
    Rule,
    Severity,
    Span,
)


class HttpsEntry(Rule):
    """# https-entry

    ## What it does
    Reports an entry whose main link uses `http://`.

    ## Why is this bad?
    Readers follow the link over a connection anyone on the way can read and change.

    ## Example
    ```markdown
    - [Tea](http://tea.example/) - Brews tea.
    ```

    ## Use instead
    ```markdown
    - [Tea](https://tea.example/) - Brews tea.
    ```

    ## Fix
    Unsafe (`--fix --unsafe-fixes`): writes `https://`. Not every site answers on https.
    """

    name = "https-entry"
    summary = "An entry's main link uses https://."
    severity = Severity.WARNING
    fixable = Fixability.ALWAYS
    fix_safety = (Applicability.UNSAFE,)

    def check(self, doc: Document) -> Iterator[Finding]:
        for entry in doc.entries:
            link = entry.title_link
            if link is None or not link.url.startswith("http://"):
                continue
            scheme = Span(link.url_span.start, link.url_span.start + len("http"))
            if doc.text[scheme.start : scheme.end] != "http":
                continue  # written with escapes or entities: leave it to the author
            fix = Fix("Link over https://", (Edit(scheme, "https"),), Applicability.UNSAFE)
            # The engine stamps the rule's name on the finding: "" is enough.
            yield Finding("", f"'{entry.title}' links over http://", link.url_span, fix=fix)
