"""The command: exit codes, formats, byte-exact fixes, bad input."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import run

SCRIPT = str(Path(sys.executable).with_name("awesome-lint"))
BODY = "## Shops\n\n- [Leafy](https://leafy.example) - Tea shop.\n\n## Tea Leaves\n\nGreen and black.\n"
TITLE = "# List [![Awesome](https://awesome.re/badge.svg)](https://awesome.re)"
BROKEN = TITLE + "\n\n- [Shops](#shop)\n- [Tea](#tea leaves)\n\n" + BODY
FIXED = TITLE + "\n\n- [Shops](#shops)\n- [Tea](#tea-leaves)\n\n" + BODY


@pytest.fixture
def broken(tmp_path: Path) -> Path:
    path = tmp_path / "README.md"
    path.write_text(BROKEN, encoding="utf-8")
    (tmp_path / "contributing.md").write_text("Add entries in order.\n", encoding="utf-8")
    return path


def test_lint_reports_line_and_column(broken: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run([str(broken)], capsys)
    assert code == 1
    assert f"{broken}:3:3: error broken-anchor" in out
    assert f"{broken}:4:3: error broken-anchor" in out
    assert "[*]" in out
    assert "Found 2 findings (2 errors, 0 warnings) in 1 file. 2 fixable with --fix." in out


def test_fix_writes_only_the_fixed_bytes(broken: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(["--fix", str(broken)], capsys)
    assert code == 0
    assert broken.read_text(encoding="utf-8") == FIXED
    assert "Fixed 2 findings." in out
    assert run(["--fix", str(broken)], capsys)[0] == 0
    assert broken.read_text(encoding="utf-8") == FIXED


@pytest.mark.parametrize(
    "variant",
    [
        lambda t: t.replace("\n", "\r\n").encode(),
        lambda t: ("\ufeff" + t).encode(),
        lambda t: t.rstrip("\n").encode(),
        lambda t: t.replace("\n", "\r\n", 3).encode(),  # mixed line endings
        lambda t: t.replace("## Shops", "##   Shops  ").encode(),
    ],
    ids=["crlf", "bom", "no-final-newline", "mixed", "odd-spacing"],
)
def test_fix_keeps_every_other_byte(
    tmp_path: Path, variant: object, capsys: pytest.CaptureFixture[str]
) -> None:
    raw = variant(BROKEN)  # type: ignore[operator]
    expected = variant(FIXED)  # type: ignore[operator]
    path = tmp_path / "list.md"
    path.write_bytes(raw)
    run(["--fix", str(path)], capsys)
    assert path.read_bytes() == expected


def test_fix_keeps_file_mode_and_leaves_no_temporary_file(
    broken: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    broken.chmod(0o640)
    run(["--fix", str(broken)], capsys)
    assert broken.stat().st_mode & 0o777 == 0o640
    assert sorted(p.name for p in broken.parent.iterdir()) == ["README.md", "contributing.md"]


def test_nothing_written_when_nothing_changes(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "clean.md"
    path.write_text(FIXED, encoding="utf-8")
    before = path.stat().st_mtime_ns
    os.utime(path, ns=(before - 10**9, before - 10**9))
    assert run(["--fix", str(path)], capsys)[0] == 0
    assert path.stat().st_mtime_ns == before - 10**9


def test_diff_prints_and_writes_nothing(broken: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(["--diff", str(broken)], capsys)
    assert "-- [Shops](#shop)" in out and "+- [Shops](#shops)" in out
    assert broken.read_text(encoding="utf-8") == BROKEN
    assert code == 1


def test_stdin_fix_goes_to_stdout(monkeypatch: pytest.MonkeyPatch) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "awesome_lint", "--fix", "-"],
        input=BROKEN.encode(), capture_output=True, check=False,
    )
    assert result.stdout.decode() == FIXED
    assert result.returncode == 0
    assert b"Fixed 2 findings" in result.stderr


def test_default_path_is_the_readme_of_the_folder(
    broken: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    broken.rename(broken.with_name("readme.MD"))
    monkeypatch.chdir(broken.parent)
    code, out, _ = run([], capsys)
    assert code == 1 and out.startswith("readme.MD:3:3")  # relative, as the user sees it


def test_json_shape(broken: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _, out, _ = run(["--format", "json", str(broken)], capsys)
    items = json.loads(out)
    assert [sorted(i) for i in items] == [
        ["column", "end_column", "end_line", "fix", "line", "message", "path", "rule", "severity"]
    ] * 2
    first = items[0]
    assert (first["line"], first["column"], first["end_column"]) == (3, 3, 17)
    assert first["severity"] == "error"
    assert first["fix"] == {
        "applicability": "safe",
        "description": "Point the link at '#shops'",
        "edits": [
            {
                "start": {"line": 3, "column": 11},
                "end": {"line": 3, "column": 16},
                "content": "#shops",
            }
        ],
    }


def test_github_format(broken: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _, out, _ = run(["--format", "github", str(broken)], capsys)
    lines = out.splitlines()
    assert lines[0].startswith(f"::error file={broken},line=3,col=3,endLine=3,endColumn=17,")
    assert lines[1].startswith("::error ") and "title=broken-anchor::" in lines[1]


def test_sarif_format(broken: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _, out, _ = run(["--format", "sarif", str(broken)], capsys)
    log = json.loads(out)
    assert log["version"] == "2.1.0"
    run_ = log["runs"][0]
    assert any(r["id"] == "broken-anchor" for r in run_["tool"]["driver"]["rules"])
    region = run_["results"][0]["locations"][0]["physicalLocation"]["region"]
    assert (region["startLine"], region["startColumn"]) == (3, 3)


def test_select_and_ignore(broken: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(["--ignore", "broken-anchor", str(broken)], capsys)[0] == 0
    assert run(["--select", "broken-anchor", str(broken)], capsys)[0] == 1
    code, _, err = run(["--select", "no-such-rule", str(broken)], capsys)
    assert code == 2 and "unknown rule 'no-such-rule'" in err


def test_list_rules_explain_and_version(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(["--list-rules"], capsys)
    assert code == 0 and out.startswith("arxiv-link") and "\nbroken-anchor " in out
    code, out, _ = run(["--explain", "broken-anchor"], capsys)
    assert code == 0 and out.startswith("# broken-anchor\n") and "## Fix" in out
    code, out, _ = run(["--version"], capsys)
    assert code == 0 and "awesome-lint" in out


def test_explain_works_from_the_installed_package() -> None:
    result = subprocess.run(
        [SCRIPT, "--explain", "broken-anchor"], capture_output=True, check=False,
        cwd="/",
    )
    assert result.returncode == 0 and result.stdout.startswith(b"# broken-anchor")


def test_unsafe_fixes_alone_offers_them_in_the_report(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Like ruff: --unsafe-fixes changes which fixes are offered, with or without --fix."""
    path = tmp_path / "list.md"
    path.write_text("## Tools\n\n- [Kiln](https://kiln.example) - A kiln.\n"
                    "- [Kiln](https://kiln.example) - A kiln.\n", encoding="utf-8")
    code, out, _ = run(["--select", "duplicate-entry", str(path)], capsys)
    assert code == 1 and "[unsafe fix]" in out and "1 more with --fix --unsafe-fixes." in out
    code, out, _ = run(["--select", "duplicate-entry", "--unsafe-fixes", str(path)], capsys)
    assert code == 1 and out.splitlines()[0].endswith("[*]")
    assert "1 fixable with --fix --unsafe-fixes." in out


def test_diff_prints_the_diff_alone(broken: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Like ruff: --diff prints only the diff (no findings, no summary, no JSON) and
    exits 1 when there is something to fix, 0 when there is nothing."""
    for output in ("text", "json"):
        code, out, _ = run(["--diff", "--format", output, str(broken)], capsys)
        assert code == 1 and out.startswith("--- a/") and "Found" not in out
        assert "broken-anchor" not in out and out.strip()[:1] != "["
    broken.write_text(FIXED, encoding="utf-8")
    code, out, _ = run(["--diff", "--format", "json", str(broken)], capsys)
    assert (code, out) == (0, "")


def test_quiet_prints_findings_and_no_summary(
    broken: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run(["-q", str(broken)], capsys)
    assert code == 1 and len(out.splitlines()) == 2 and "Found" not in out


def test_npm_rule_names_select_and_severity_off_switches_a_rule_off(
    broken: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    broken.write_text(BROKEN + "- [bad](https://bad.example) - no capital\n", encoding="utf-8")
    code, out, _ = run(["--select", "awesome-list-item", str(broken)], capsys)
    assert "list-item" in out and "broken-anchor" not in out
    config = broken.with_name(".awesome-lint.toml")
    config.write_text('[rules.broken-anchor]\nseverity = "off"\n', encoding="utf-8")
    code, out, _ = run([str(broken)], capsys)
    assert "broken-anchor" not in out
    config.write_text('[rules.broken-anchor]\nseverity = "loud"\n', encoding="utf-8")
    code, _, err = run([str(broken)], capsys)
    assert code == 2 and "'error', 'warning' or 'off'" in err


def test_each_line_says_its_severity_and_colour_is_asked_for(
    broken: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("NO_COLOR", raising=False)
    monkeypatch.delenv("FORCE_COLOR", raising=False)
    _, out, _ = run([str(broken)], capsys)  # captured: not a terminal, no colour
    assert ": error broken-anchor " in out and "\x1b[" not in out
    assert "\x1b[31merror\x1b[0m" in run(["--color", "always", str(broken)], capsys)[1]
    monkeypatch.setenv("FORCE_COLOR", "1")
    assert "\x1b[" in run([str(broken)], capsys)[1]
    assert "\x1b[" not in run(["--color", "never", str(broken)], capsys)[1]
    monkeypatch.setenv("NO_COLOR", "1")
    assert "\x1b[" not in run([str(broken)], capsys)[1]


def test_list_rules_columns_line_up(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(["--list-rules"], capsys)
    lines = out.splitlines()
    assert code == 0 and len(lines) > 20
    assert len({line.index(" fix: ") for line in lines}) == 1
    spell = next(line for line in lines if line.startswith("spell-check "))
    assert "(safe, unsafe)" in spell


def _one_line_error(err: str) -> None:
    assert len(err.strip().splitlines()) == 1
    assert err.startswith("awesome-lint: error: ")
    assert "Traceback" not in err


@pytest.mark.parametrize(
    "setup, message",
    [
        (lambda d: d / "missing.md", "no such file"),
        (lambda d: d, "no list files in"),  # a folder without a README
        (lambda d: _write(d / "bin.md", b"# a\x00b\n"), "binary file"),
        (lambda d: _write(d / "latin1.md", "# caf\xe9\n".encode("latin-1")), "not UTF-8"),
    ],
    ids=["missing", "directory", "binary", "not-utf8"],
)
@pytest.mark.parametrize("fix", [False, True])
def test_bad_input_is_one_line_and_exit_2(
    tmp_path: Path, setup: object, message: str, fix: bool, capsys: pytest.CaptureFixture[str]
) -> None:
    path = setup(tmp_path)  # type: ignore[operator]
    before = path.read_bytes() if path.is_file() else None
    code, _, err = run(["--fix", str(path)] if fix else [str(path)], capsys)
    assert code == 2 and message in err
    _one_line_error(err)
    if before is not None:
        assert path.read_bytes() == before


def _write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


def test_unwritable_file_is_not_fixed(
    broken: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    broken.chmod(0o444)
    if os.geteuid() == 0:  # root may write anything; pretend to be an ordinary user
        real_access = os.access
        monkeypatch.setattr(
            "awesome_lint.files.os.access",
            lambda p, mode: False if mode == os.W_OK else real_access(p, mode),
        )
    code, _, err = run(["--fix", str(broken)], capsys)
    assert code == 2 and "permission denied" in err
    _one_line_error(err)
    assert broken.read_text(encoding="utf-8") == BROKEN
    assert sorted(p.name for p in broken.parent.iterdir()) == ["README.md", "contributing.md"]


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads files whatever their mode")
def test_unreadable_file(broken: Path, capsys: pytest.CaptureFixture[str]) -> None:
    broken.chmod(0)
    code, _, err = run([str(broken)], capsys)
    assert code == 2 and "permission denied" in err


def test_other_files_are_still_linted_after_a_bad_one(
    broken: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run([str(broken.parent / "missing.md"), str(broken)], capsys)
    assert code == 2 and "no such file" in err and "broken-anchor" in out


@pytest.mark.parametrize(
    "config, message",
    [
        ("[tool.awesome-lint]\nselekt = []\n", "unknown key 'selekt'"),
        ("[tool.awesome-lint]\nselect = ['nope']\n", "unknown rule 'nope'"),
        ("[tool.awesome-lint.rules.nope]\n", "unknown rule 'nope'"),
        ("[tool.awesome-lint.rules.broken-anchor]\nfoo = 1\n", "unknown option 'foo'"),
        ("[tool.awesome-lint.rules.broken-anchor]\nmin-similarity = 'x'\n", "must be float"),
        ("[tool.awesome-lint.rules.broken-anchor]\nseverity = 'fatal'\n", "severity must be"),
        ("[tool.awesome-lint\n", "invalid TOML"),
    ],
)
def test_bad_config_is_exit_2(
    broken: Path, config: str, message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    (broken.parent / "pyproject.toml").write_text(config, encoding="utf-8")
    code, _, err = run(["--fix", str(broken)], capsys)
    assert code == 2 and message in err
    _one_line_error(err)
    assert broken.read_text(encoding="utf-8") == BROKEN


def test_config_found_upwards_sets_severity_and_options(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / ".awesome-lint.toml").write_text(
        "[rules.broken-anchor]\nseverity = 'warning'\nignore-fragments = ['tea.*']\n",
        encoding="utf-8",
    )
    nested = tmp_path / "docs" / "list.md"
    nested.parent.mkdir()
    nested.write_text(BROKEN, encoding="utf-8")
    code, out, _ = run([str(nested)], capsys)
    assert code == 0  # only warnings left
    assert "list.md:3:3" in out and "list.md:4:3" not in out


def test_explicit_config_file(
    broken: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    config = tmp_path / "custom.toml"
    config.write_text("[tool.awesome-lint]\nignore = ['broken-anchor']\n", encoding="utf-8")
    assert run(["--config", str(config), str(broken)], capsys)[0] == 0


def test_python_dash_m_and_console_script(broken: Path) -> None:
    for command in ([sys.executable, "-m", "awesome_lint"], [SCRIPT]):
        result = subprocess.run([*command, str(broken)], capture_output=True, check=False)
        assert result.returncode == 1 and b"broken-anchor" in result.stdout


def test_no_color_when_not_a_terminal(broken: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _, out, _ = run([str(broken)], capsys)
    assert "\x1b[" not in out


def test_statistics_count_findings_per_rule(
    broken: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run(["--statistics", str(broken)], capsys)
    assert code == 1 and out == "2  broken-anchor  (2 fixable)\n"
    code, out, _ = run(["--statistics", "--format", "json", str(broken)], capsys)
    assert json.loads(out) == [{"rule": "broken-anchor", "count": 2, "fixable": 2}]


def test_show_fixes_and_exit_non_zero_on_fix(
    broken: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run(["--fix", "--show-fixes", "--exit-non-zero-on-fix", str(broken)], capsys)
    assert code == 1 and broken.read_text(encoding="utf-8") == FIXED
    assert f"Fixes applied:\n  {broken}:\n    2 \u00d7 broken-anchor\n" in out
    code, out, _ = run(["--fix", "--exit-non-zero-on-fix", str(broken)], capsys)
    assert code == 0  # nothing left to fix


def test_output_file_takes_the_report(
    broken: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    report = tmp_path / "report.json"
    code, out, _ = run(["--format", "json", "-o", str(report), str(broken)], capsys)
    assert code == 1 and out == ""
    assert [item["rule"] for item in json.loads(report.read_text())] == ["broken-anchor"] * 2
    code, _, err = run(["-o", str(tmp_path / "missing" / "r.txt"), str(broken)], capsys)
    assert code == 2 and "cannot write the report" in err


def test_stdin_filename_names_the_list_and_finds_its_config(tmp_path: Path) -> None:
    (tmp_path / ".awesome-lint.toml").write_text('select = ["broken-anchor"]\n')
    result = subprocess.run(
        [SCRIPT, "--stdin-filename", str(tmp_path / "README.md"), "-"],
        input=BROKEN.encode(), capture_output=True, check=False, cwd="/",
    )
    lines = result.stdout.decode().splitlines()
    assert lines[0].startswith(f"{tmp_path / 'README.md'}:3:3: error broken-anchor")
    assert lines[-1].startswith("Found 2 findings")  # only the config's rule: no badge rule


def test_jobs_lint_and_fix_in_processes_with_output_in_path_order(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    paths = []
    for n in range(4):
        path = tmp_path / f"list{n}.md"
        path.write_text(BROKEN, encoding="utf-8")
        paths.append(str(path))
    serial = run(paths, capsys)
    parallel = run(["-j", "2", *paths], capsys)
    assert parallel == serial and serial[0] == 1
    assert [line.split(":")[0] for line in serial[1].splitlines()[:-1]] == [
        p for p in paths for _ in range(2)
    ]
    missing = str(tmp_path / "missing.md")
    code, _, err = run(["-j", "0", paths[0], missing, "--fix", *paths[1:]], capsys)
    assert code == 2 and "no such file" in err  # one file's error does not stop the others
    assert all(Path(p).read_text(encoding="utf-8") == FIXED for p in paths)
