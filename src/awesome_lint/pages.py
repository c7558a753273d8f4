"""Rule pages (`rules/<name>.md`): in the wheel, or the source tree in development."""

from __future__ import annotations

from importlib import resources
from pathlib import Path

from awesome_lint.registry import all_rules
from awesome_lint.source import InputError

_SOURCE_TREE_PAGES = Path(__file__).resolve().parents[2] / "rules"


def rule_page(name: str) -> str:
    if name not in all_rules():
        raise InputError(f"unknown rule {name!r} (see --list-rules)")
    shipped = resources.files("awesome_lint").joinpath("pages", f"{name}.md")
    if shipped.is_file():
        return shipped.read_text(encoding="utf-8")
    local = _SOURCE_TREE_PAGES / f"{name}.md"
    if local.is_file():
        return local.read_text(encoding="utf-8")
    raise InputError(f"the page of rule {name!r} is missing from this installation")
