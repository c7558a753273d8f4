"""`[tool.awesome-lint]` in pyproject.toml, or `.awesome-lint.toml`: select, ignore, rules."""

from __future__ import annotations

import dataclasses
import tomllib
import types
import typing
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from awesome_lint.fixes import Severity
from awesome_lint.registry import Rule, all_rules
from awesome_lint.source import InputError

CONFIG_FILES = (".awesome-lint.toml", "pyproject.toml")
_TOP_KEYS = {"select", "ignore", "rules"}


class ConfigError(InputError):
    """A config that names an unknown key, rule or option, or has a value of the wrong type."""


@dataclass(frozen=True)
class Config:
    select: tuple[str, ...] | None = None  # None: every rule
    ignore: tuple[str, ...] = ()
    severities: dict[str, Severity] = field(default_factory=dict)
    options: dict[str, dict[str, Any]] = field(default_factory=dict)
    path: Path | None = None


def find_config(start: Path) -> Path | None:
    """The nearest config file from `start` upwards (a pyproject.toml only if it has our table)."""
    for folder in [start, *start.parents]:
        for name in CONFIG_FILES:
            candidate = folder / name
            if not candidate.is_file():
                continue
            if name == "pyproject.toml" and "awesome-lint" not in _read_toml(candidate).get(
                "tool", {}
            ):
                continue
            return candidate
    return None


def load_config(path: Path | None) -> Config:
    if path is None:
        return Config()
    data = _read_toml(path)
    if path.name == "pyproject.toml" or "tool" in data:
        data = data.get("tool", {}).get("awesome-lint", {})
    where = str(path)
    _no_unknown(set(data), _TOP_KEYS, f"{where}: unknown key")
    rules = all_rules()
    select = _rule_list(data, "select", rules, where)
    ignore = _rule_list(data, "ignore", rules, where) or ()
    severities: dict[str, Severity] = {}
    options: dict[str, dict[str, Any]] = {}
    table = data.get("rules", {})
    if not isinstance(table, dict):
        raise ConfigError(f"{where}: 'rules' must be a table")
    for name, settings in table.items():
        if name not in rules:
            raise ConfigError(f"{where}: unknown rule {name!r} in [rules]")
        if not isinstance(settings, dict):
            raise ConfigError(f"{where}: [rules.{name}] must be a table")
        settings = dict(settings)
        if "severity" in settings:
            severities[name] = _severity(settings.pop("severity"), f"{where}: rules.{name}")
        options[name] = _check_options(rules[name], settings, f"{where}: rules.{name}")
    return Config(select, ignore, severities, options, path)


def make_options(rule: type[Rule], settings: dict[str, Any]) -> Any:
    return rule.Options(**{key.replace("-", "_"): value for key, value in settings.items()})


def _read_toml(path: Path) -> dict[str, Any]:
    try:
        with path.open("rb") as handle:
            return tomllib.load(handle)
    except tomllib.TOMLDecodeError as error:
        raise ConfigError(f"{path}: invalid TOML: {error}") from None
    except OSError as error:
        raise ConfigError(f"{path}: cannot read config: {error.strerror}") from None


def _rule_list(
    data: dict[str, Any], key: str, rules: dict[str, type[Rule]], where: str
) -> tuple[str, ...] | None:
    if key not in data:
        return None
    value = data[key]
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ConfigError(f"{where}: {key!r} must be a list of rule names")
    for name in value:
        if name not in rules:
            raise ConfigError(f"{where}: unknown rule {name!r} in {key!r}")
    return tuple(value)


def _severity(value: object, where: str) -> Severity:
    try:
        return Severity(str(value))
    except ValueError:
        message = f"{where}: severity must be 'error' or 'warning', not {value!r}"
        raise ConfigError(message) from None


def _check_options(rule: type[Rule], settings: dict[str, Any], where: str) -> dict[str, Any]:
    hints = typing.get_type_hints(rule.Options)
    fields = {f.name.replace("_", "-"): f for f in dataclasses.fields(rule.Options)}
    _no_unknown(set(settings), set(fields), f"{where}: unknown option")
    for key, value in settings.items():
        expected = hints[fields[key].name]
        if not _matches(value, expected):
            wanted = _describe(expected)
            raise ConfigError(f"{where}: option {key!r} must be {wanted}, not {value!r}")
        if isinstance(value, list):
            settings[key] = tuple(value)
    return settings


def _matches(value: object, expected: Any) -> bool:
    origin = typing.get_origin(expected)
    if origin in (typing.Union, types.UnionType):
        return any(_matches(value, arg) for arg in typing.get_args(expected))
    if origin in (tuple, list, frozenset):
        return isinstance(value, list) and all(
            _matches(v, typing.get_args(expected)[0]) for v in value
        )
    if origin is dict:
        return isinstance(value, dict)
    if expected is float:
        return isinstance(value, int | float) and not isinstance(value, bool)
    if expected is int:
        return isinstance(value, int) and not isinstance(value, bool)
    if expected is type(None):
        return value is None
    return isinstance(value, expected)


def _describe(expected: Any) -> str:
    origin = typing.get_origin(expected)
    if origin in (tuple, list, frozenset):
        return "a list"
    return getattr(expected, "__name__", str(expected))


def _no_unknown(keys: set[str], known: set[str], message: str) -> None:
    unknown = sorted(keys - known)
    if unknown:
        raise ConfigError(f"{message} {unknown[0]!r} (known: {', '.join(sorted(known)) or 'none'})")
