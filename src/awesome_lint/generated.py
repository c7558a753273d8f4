"""A list made by a program from other data: its text is fixed there, not in the README."""

from __future__ import annotations

import re

from awesome_lint.document import Document

_GENERATED_NOTE = re.compile(
    r"(?:do not|don'?t|don’t)\s+edit\s+(?:this\s+file|(?:the\s+)?readme|\S+\s+directly)"
    r"|\b(?:this\s+file|readme(?:\.md)?)\s+(?:is|was)\s+(?:auto-?)?generated",
    re.I,
)
_GENERATOR = re.compile(r"best-of-lists/best-of\b|best-of-generator")
TOP_LINES = 20  # where a "generated, do not edit" note sits


def is_generated(doc: Document) -> bool:
    """Does the list say, in a comment near its top or by naming its generator, that a
    program writes it?"""
    starts = doc.source.line_starts
    top = starts[TOP_LINES] if len(starts) > TOP_LINES else len(doc.text)
    notes = (body for span, body in doc.html_comments if span.start < top)
    return any(_GENERATED_NOTE.search(body) for body in notes) or bool(_GENERATOR.search(doc.text))
