"""The names the command line offers: presets and output formats (no heavy imports:
click reads them when the command is defined)."""

from __future__ import annotations

# Named sets of rules, each holding the rules of the ones before it (see registry.py).
PRESETS = ("recommended", "awesome", "all")
DEFAULT_PRESET = "recommended"
# The reporters' names (reporters.FORMATS; a test holds the two together).
OUTPUT_FORMATS = ("github", "json", "sarif", "text")
