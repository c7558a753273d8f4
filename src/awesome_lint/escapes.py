"""Control characters shown as escapes, so that a list's bytes cannot act on a terminal
(see reporters.py for where each output uses it)."""

from __future__ import annotations

import re

BIDI = "\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069"
SURROGATES = "\ud800-\udfff"  # undecodable bytes of file names (surrogateescape)
_CONTROLS = re.compile(f"[\x00-\x1f\x7f-\x9f{BIDI}{SURROGATES}]")
# On a terminal a diff keeps its layout: tabs, line feeds and a CR that ends a line.
_CONTROLS_BUT_LAYOUT = re.compile(
    f"\r(?!\n)|[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f{BIDI}{SURROGATES}]"
)


def escape_controls(text: str, *, keep_layout: bool = False) -> str:
    """`text` with every control character shown as an escape (see reporters.py's docstring)."""
    return (_CONTROLS_BUT_LAYOUT if keep_layout else _CONTROLS).sub(_escape_one, text)


def _escape_one(match: re.Match[str]) -> str:
    code = ord(match[0])
    if 0xDC80 <= code <= 0xDCFF:
        return f"\\x{code - 0xDC00:02x}"  # the byte that surrogateescape stood in for
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"
