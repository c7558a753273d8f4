"""`[tool.awesome-lint]` in pyproject.toml, or `.awesome-lint.toml`: preset, select,
extend-select, ignore, rules, max-file-size, exclude, per-file-ignores."""

from __future__ import annotations

import dataclasses
import os
import tomllib
import types
import typing
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Any

import pathspec

from awesome_lint.files import DEFAULT_MAX_FILE_SIZE, parse_size, read_regular
from awesome_lint.fixes import Severity
from awesome_lint.registry import PRESETS, Rule, all_rules, rule_name, rule_names
from awesome_lint.source import InputError

CONFIG_FILES = (".awesome-lint.toml", "pyproject.toml")
_TOP_KEYS = {
    "preset", "select", "extend-select", "ignore", "rules", "max-file-size", "exclude",
    "per-file-ignores",
}


class ConfigError(InputError):
    """A config that names an unknown key, rule or option, or has a value of the wrong type."""


@dataclass(frozen=True)
class Config:
    select: tuple[str, ...] | None = None  # None: the preset's rules
    ignore: tuple[str, ...] = ()
    preset: str | None = None  # None: the default preset
    extend_select: tuple[str, ...] = ()
    severities: dict[str, Severity] = field(default_factory=dict)
    options: dict[str, dict[str, Any]] = field(default_factory=dict)
    path: Path | None = None
    max_file_size: int | None = None  # None: the command line's, or the default
    # gitignore-style patterns, relative to the config's folder: files a folder or a glob
    # on the command line does not lint; and, per pattern, rules not run on its files
    exclude: tuple[str, ...] = ()
    per_file_ignores: dict[str, tuple[str, ...]] = field(default_factory=dict)

    def ignored_for(self, path: str) -> tuple[str, ...]:
        """The rules `per-file-ignores` turns off for the file at `path`."""
        if not self.per_file_ignores:
            return ()
        base = self.path.parent if self.path is not None else Path.cwd()
        relative = os.path.relpath(os.path.abspath(path), base)
        return tuple(
            rule for spec, rules in self._per_file_specs if spec.match_file(relative)
            for rule in rules
        )

    @cached_property
    def _per_file_specs(self) -> list[tuple[pathspec.GitIgnoreSpec, tuple[str, ...]]]:
        """The patterns compiled once, not once per file linted."""
        return [
            (pathspec.GitIgnoreSpec.from_lines([pattern]), rules)
            for pattern, rules in self.per_file_ignores.items()
        ]


def find_config(start: Path) -> Path | None:
    """The nearest config file from `start` upwards (a pyproject.toml only if it has our
    table), up to the repository's root (the folder holding `.git`) or the home folder:
    a config above them belongs to something else."""
    home = _home()
    for folder in [start, *start.parents]:
        for name in CONFIG_FILES:
            candidate = folder / name
            if _is_file(candidate) and (name != "pyproject.toml" or _has_our_table(candidate)):
                return candidate
        if os.path.lexists(folder / ".git") or folder == home:
            break
    return None


def _home() -> Path | None:
    try:
        return Path(os.path.realpath(Path.home()))
    except (RuntimeError, OSError):  # no HOME and no entry in the password database
        return None


def _is_file(path: Path) -> bool:
    try:
        return path.is_file()
    except OSError:  # e.g. a folder above that may not be searched
        return False


def _has_our_table(pyproject: Path) -> bool:
    tool = _read_toml(pyproject).get("tool")
    return isinstance(tool, dict) and "awesome-lint" in tool


def load_config(path: Path | None) -> Config:
    if path is None:
        return Config()
    data = _read_toml(path)
    where = str(path)
    if path.name == "pyproject.toml" or "tool" in data:
        data = _table(_table(data, "tool", where), "awesome-lint", f"{where}: tool")
    _no_unknown(set(data), _TOP_KEYS, f"{where}: unknown key")
    rules = all_rules()
    select = _rule_list(data, "select", rules, where)
    ignore = _rule_list(data, "ignore", rules, where) or ()
    extend_select = _rule_list(data, "extend-select", rules, where) or ()
    preset = _preset(data, where)
    severities: dict[str, Severity] = {}
    options: dict[str, dict[str, Any]] = {}
    table = data.get("rules", {})
    if not isinstance(table, dict):
        raise ConfigError(f"{where}: 'rules' must be a table")
    switched_off = []
    for given, settings in table.items():
        name = rule_name(given)
        if name is None:
            raise ConfigError(f"{where}: unknown rule {given!r} in [rules]")
        if not isinstance(settings, dict):
            raise ConfigError(f"{where}: [rules.{given}] must be a table")
        settings = dict(settings)
        if settings.get("severity") == "off":  # as in ESLint and markdownlint: not run
            del settings["severity"]
            switched_off.append(name)
        elif "severity" in settings:
            severities[name] = _severity(settings.pop("severity"), f"{where}: rules.{name}")
        options[name] = _check_options(rules[name], settings, f"{where}: rules.{name}")
    max_file_size = _max_file_size(data, where)
    ignore = (*ignore, *switched_off)
    exclude = _patterns(data, where)
    per_file = _per_file_ignores(data, where)
    return Config(
        select, ignore, preset, extend_select, severities, options, path, max_file_size,
        exclude, per_file,
    )


def _patterns(data: dict[str, Any], where: str) -> tuple[str, ...]:
    value = data.get("exclude", [])
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ConfigError(f"{where}: 'exclude' must be a list of path patterns")
    return tuple(value)


def _per_file_ignores(data: dict[str, Any], where: str) -> dict[str, tuple[str, ...]]:
    table = data.get("per-file-ignores", {})
    if not isinstance(table, dict):
        raise ConfigError(f"{where}: 'per-file-ignores' must be a table of pattern = [rules]")
    found = {}
    for pattern, names in table.items():
        listed = _rule_list({pattern: names}, pattern, all_rules(), f"{where}: per-file-ignores")
        found[pattern] = listed or ()
    return found


def make_options(rule: type[Rule], settings: dict[str, Any]) -> Any:
    return rule.Options(**{key.replace("-", "_"): value for key, value in settings.items()})


def _read_toml(path: Path) -> dict[str, Any]:
    try:
        raw, _ = read_regular(str(path), DEFAULT_MAX_FILE_SIZE)
    except InputError as error:
        raise ConfigError(f"cannot read config {error}") from None
    try:
        return tomllib.loads(raw.decode("utf-8"))
    except UnicodeDecodeError as error:
        raise ConfigError(f"{path}: not UTF-8 (byte {error.start}); save it as UTF-8") from None
    except tomllib.TOMLDecodeError as error:
        raise ConfigError(f"{path}: invalid TOML: {error}") from None


def _table(data: dict[str, Any], key: str, where: str) -> dict[str, Any]:
    value = data.get(key, {})
    if not isinstance(value, dict):
        raise ConfigError(f"{where}: {key!r} must be a table")
    return value


def _max_file_size(data: dict[str, Any], where: str) -> int | None:
    value = data.get("max-file-size")
    if value is None:
        return None
    if isinstance(value, int) and not isinstance(value, bool) and value > 0:
        return value
    if isinstance(value, str):
        try:
            return parse_size(value)
        except ValueError:
            pass
    message = f"{where}: 'max-file-size' must be a number of bytes or a size like '32MB'"
    raise ConfigError(f"{message}, not {value!r}")


def _rule_list(
    data: dict[str, Any], key: str, rules: dict[str, type[Rule]], where: str
) -> tuple[str, ...] | None:
    if key not in data:
        return None
    value = data[key]
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ConfigError(f"{where}: {key!r} must be a list of rule names")
    try:
        return tuple(rule_names(value))
    except KeyError as unknown:
        raise ConfigError(f"{where}: unknown rule {unknown.args[0]!r} in {key!r}") from None


def _preset(data: dict[str, Any], where: str) -> str | None:
    value = data.get("preset")
    if value is None or value in PRESETS:
        return value
    raise ConfigError(f"{where}: preset must be one of {', '.join(PRESETS)}, not {value!r}")


def _severity(value: object, where: str) -> Severity:
    try:
        return Severity(str(value))
    except ValueError:
        message = f"{where}: severity must be 'error', 'warning' or 'off', not {value!r}"
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
        settings[key] = _converted(value, expected)
    return settings


def _matches(value: object, expected: Any) -> bool:
    """Whether a TOML value fits the type of an option (lists stand for tuples)."""
    origin, args = typing.get_origin(expected), typing.get_args(expected)
    if origin in (typing.Union, types.UnionType):
        return any(_matches(value, arg) for arg in args)
    if origin is typing.Literal:
        return value in args
    if origin in (tuple, list, frozenset):
        if not isinstance(value, list):
            return False
        if origin is tuple and args and args[-1] is not Ellipsis:  # fixed length
            return len(value) == len(args) and all(map(_matches, value, args))
        return not args or all(_matches(v, args[0]) for v in value)
    if origin is dict:
        return isinstance(value, dict) and (
            not args
            or all(_matches(k, args[0]) and _matches(v, args[1]) for k, v in value.items())
        )
    if expected is Any:
        return True
    if expected is float:
        return isinstance(value, int | float) and not isinstance(value, bool)
    if expected is int:
        return isinstance(value, int) and not isinstance(value, bool)
    if expected is type(None):
        return value is None
    return isinstance(expected, type) and isinstance(value, expected)


def _converted(value: Any, expected: Any) -> Any:
    """The value with its TOML lists turned into what the option's type says (tuples)."""
    origin, args = typing.get_origin(expected), typing.get_args(expected)
    if origin in (typing.Union, types.UnionType):
        return _converted(value, next(arg for arg in args if _matches(value, arg)))
    if origin in (tuple, list, frozenset) and args:
        if origin is tuple and args[-1] is not Ellipsis:
            return tuple(map(_converted, value, args))
        return origin(_converted(v, args[0]) for v in value)
    if origin in (tuple, frozenset):
        return origin(value)
    if origin is dict and args:
        return {k: _converted(v, args[1]) for k, v in value.items()}
    return value


def _describe(expected: Any) -> str:
    origin, args = typing.get_origin(expected), typing.get_args(expected)
    if origin in (typing.Union, types.UnionType):
        return " or ".join(_describe(arg) for arg in args)
    if origin in (tuple, list, frozenset):
        if origin is tuple and args and args[-1] is not Ellipsis:
            return "[" + ", ".join(map(_describe, args)) + "]"
        return f"a list of {_describe(args[0])}" if args else "a list"
    if origin is dict:
        return f"a table of {_describe(args[1])}" if args else "a table"
    if expected is type(None):
        return "none"
    return getattr(expected, "__name__", str(expected))


def _no_unknown(keys: set[str], known: set[str], message: str) -> None:
    unknown = sorted(keys - known)
    if unknown:
        raise ConfigError(f"{message} {unknown[0]!r} (known: {', '.join(sorted(known)) or 'none'})")
