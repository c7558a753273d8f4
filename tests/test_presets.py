"""Presets: recommended (the default), awesome and all; select, extend-select and ignore on top."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import run

from awesome_lint.config import Config, load_config
from awesome_lint.engine import make_rules
from awesome_lint.registry import PRESETS, all_rules, in_preset
from awesome_lint.source import InputError

CORE = {"broken-anchor", "duplicate-entry", "malformed-badge", "date-format", "misfiled-entry"}


def names(config: Config, **kwargs: object) -> set[str]:
    return {rule.name for rule in make_rules(config, **kwargs)}  # type: ignore[arg-type]


def test_each_preset_holds_the_ones_before_it() -> None:
    sets = [names(Config(preset=preset)) for preset in PRESETS]
    assert sets[0] < sets[1] < sets[2] == set(all_rules())


def test_the_default_is_recommended_and_holds_the_core_rules() -> None:
    assert names(Config()) == names(Config(preset="recommended"))
    assert names(Config()) >= CORE


def test_awesome_has_what_the_npm_tool_checks() -> None:
    npm_like = {name for name, cls in all_rules().items() if cls.npm_names}
    assert npm_like <= names(Config(preset="awesome"))


def test_select_replaces_the_preset_and_extend_select_adds_to_it() -> None:
    assert names(Config(), select=["toc"]) == {"toc"}
    assert names(Config(), extend_select=["toc"]) == names(Config()) | {"toc"}
    assert names(Config(select=("toc",), extend_select=("table-pipes",))) == {"toc", "table-pipes"}
    assert names(Config(preset="all"), ignore=["toc"]) == set(all_rules()) - {"toc"}


def test_a_command_line_preset_replaces_the_configs_select() -> None:
    config = Config(select=("toc",), ignore=("spell-check",))
    assert names(config, preset="awesome") == names(Config(preset="awesome")) - {"spell-check"}


def test_unknown_preset_is_an_error() -> None:
    with pytest.raises(InputError, match="unknown preset 'strict'"):
        make_rules(Config(), preset="strict")


def test_config_reads_preset_and_extend_select(tmp_path: Path) -> None:
    path = tmp_path / ".awesome-lint.toml"
    path.write_text('preset = "awesome"\nextend-select = ["table-pipes"]\n', encoding="utf-8")
    config = load_config(path)
    assert names(config) == names(Config(preset="awesome")) | {"table-pipes"}
    path.write_text('preset = "strictest"\n', encoding="utf-8")
    with pytest.raises(InputError, match="preset must be one of recommended, awesome, all"):
        load_config(path)


def test_options_of_a_rule_left_out_are_still_checked() -> None:
    assert not in_preset(all_rules()["toc"], "recommended")
    with pytest.raises(InputError, match="options of rule 'toc'"):
        make_rules(Config(options={"toc": {"no_such_option": 1}}))


def test_command_line_preset(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    listed = tmp_path / "list.md"
    listed.write_text("- [A](https://a.example) - Tea\n", encoding="utf-8")  # no full stop
    assert run([str(listed)], capsys)[0] == 0  # list-item is not in the default preset
    code, out, _ = run(["--preset", "awesome", str(listed)], capsys)
    assert code == 1 and "list-item" in out
    code, out, _ = run(["--extend-select", "list-item", str(listed)], capsys)
    assert code == 1 and "list-item" in out and "awesome-heading" not in out
    code, _, err = run(["--preset", "strict", str(listed)], capsys)
    assert code == 2 and "strict" in err


def test_list_rules_shows_each_rules_preset(capsys: pytest.CaptureFixture[str]) -> None:
    _, out, _ = run(["--list-rules"], capsys)
    rows = {line.split()[0]: line.split()[2] for line in out.splitlines()}
    assert {name for name, preset in rows.items() if preset == "recommended"} >= CORE


def test_the_awesome_preset_asks_for_the_awesome_style() -> None:
    """Rules that follow the list's own convention check the awesome style under the
    awesome preset (a ToC at most two levels deep); the config still has the last word."""
    def toc(config: Config) -> object:
        return next(r for r in make_rules(config) if r.name == "toc").options

    assert toc(Config(preset="awesome")).max_depth == 2  # type: ignore[attr-defined]
    assert toc(Config(preset="all")).max_depth is None  # type: ignore[attr-defined]
    mine = Config(preset="awesome", options={"toc": {"max-depth": 3}})
    assert toc(mine).max_depth == 3  # type: ignore[attr-defined]


@pytest.mark.parametrize("name", sorted(all_rules()))
def test_every_awesome_style_is_a_valid_setting(name: str) -> None:
    from awesome_lint.config import make_options

    cls = all_rules()[name]
    make_options(cls, cls.awesome_style)
