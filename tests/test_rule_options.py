"""Rule options that cannot work are refused when the config is read: one clear line."""

from __future__ import annotations

from pathlib import Path

import pytest

from awesome_lint import fix_text
from awesome_lint.cli import main
from awesome_lint.config import Config
from awesome_lint.engine import make_rules
from awesome_lint.source import InputError

BAD = [
    ("broken-anchor", {"ignore_fragments": ("a(",)}, "ignore-fragments: 'a(' is not a valid"),
    ("broken-anchor", {"min_similarity": 0}, "min-similarity"),
    ("duplicate-entry", {"allow": ("[",)}, "allow: '[' is not a valid"),
    ("misfiled-entry", {"ignore_sections": ("*x",)}, "ignore-sections: '*x' is not a valid"),
    ("misfiled-entry", {"keywords": {"Tools": "hammer"}}, "keywords: 'Tools'"),
    ("balanced-punctuation", {"pairs": (("«",),)}, "pairs: ('«',) is not two single"),
    ("balanced-punctuation", {"pairs": (("", "»"),)}, "is not two single characters"),
    ("balanced-punctuation", {"pairs": (("<<", ">>"),)}, "is not two single characters"),
    ("spell-check", {"names": {"Diffusion": "Diffusion Diffusion"}}, "replaced again"),
    ("spell-check", {"names": {"gh": "[GitHub](https://evil.example)"}}, "not a plain name"),
    ("spell-check", {"names": {"gh": "<b>GitHub</b>"}}, "not a plain name"),
    ("spell-check", {"names": {"gh": 3}}, "not a plain name"),
    ("toc", {"max_depth": 0}, "max-depth"),
]


@pytest.mark.parametrize("rule, options, message", BAD)
def test_bad_option_is_one_clear_error(rule: str, options: dict[str, object], message: str) -> None:
    with pytest.raises(InputError) as caught:
        make_rules(Config(options={rule: options}))
    text = str(caught.value)
    assert message in text and f"options of rule {rule!r}" in text and "\n" not in text


def test_bad_option_in_a_config_file_exits_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    config = tmp_path / ".awesome-lint.toml"
    config.write_text('[rules.broken-anchor]\nignore-fragments = ["a("]\n', encoding="utf-8")
    readme = tmp_path / "README.md"
    readme.write_text("# Awesome Tea\n", encoding="utf-8")
    assert main(["--config", str(config), str(readme)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "is not a valid regular expression" in err


@pytest.mark.parametrize(
    "names", [{"node": "Node.js"}, {"vue": "Vue.js"}, {"pytorch lightning": "PyTorch Lightning"}]
)
def test_good_replacements_are_accepted_and_settle(names: dict[str, str]) -> None:
    rules = make_rules(Config(options={"spell-check": {"names": names}}), select=["spell-check"])
    wrong = next(iter(names))
    once = fix_text(f"# A\n\nUse {wrong} here.\n", rules).source.text
    assert fix_text(once, rules).source.text == once


def test_the_shipped_product_names_settle() -> None:
    """Options() skips the check for the shipped names at start-up; it holds for them."""
    from awesome_lint.names import builtin_names, check_settles

    check_settles(builtin_names())
