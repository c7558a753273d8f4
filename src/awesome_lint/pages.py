"""Rule pages (`rules/<name>.md`): in the wheel, or the source tree in development."""

from __future__ import annotations

import inspect
from importlib import resources
from pathlib import Path

from awesome_lint.registry import all_rules, is_builtin
from awesome_lint.source import InputError

_SOURCE_TREE_PAGES = Path(__file__).resolve().parents[2] / "rules"


def rule_page(name: str) -> str:
    rules = all_rules()
    if name not in rules:
        raise InputError(f"unknown rule {name!r} (see --list-rules)")
    cls = rules[name]
    if cls.page:
        return cls.page if cls.page.endswith("\n") else cls.page + "\n"
    if not is_builtin(cls):
        return _plugin_page(cls.__module__, name, cls.__doc__)  # its own, not Rule's
    shipped = resources.files("awesome_lint").joinpath("pages", f"{name}.md")
    if shipped.is_file():
        return shipped.read_text(encoding="utf-8")
    local = _SOURCE_TREE_PAGES / f"{name}.md"
    if local.is_file():
        return local.read_text(encoding="utf-8")
    raise InputError(f"the page of rule {name!r} is missing from this installation")


def _plugin_page(module: str, name: str, doc: str | None) -> str:
    if not doc:
        raise InputError(f"plug-in rule {name!r} ({module}) ships no page: give it a docstring")
    return inspect.cleandoc(doc) + "\n"
