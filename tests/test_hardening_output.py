"""Nothing from the linted file reaches the terminal raw; JSON and SARIF stay exact;
`--diff` shows everything `--fix` changes, as a patch that applies."""

from __future__ import annotations

import json
import os
import pty
import re
import subprocess
import sys
from pathlib import Path
from urllib.parse import unquote

import pytest
from conftest import run

from awesome_lint.runner import _unified_diff
from awesome_lint.source import Source

# broken-anchor percent-decodes the fragment and quotes it: ESC, BEL and CR reach the message
FORGED = "[a](#x%1B]0;T%07%1B[2J%0Dforged)\n"
DECODED = "#x\x1b]0;T\x07\x1b[2J\rforged"
RAW_CONTROL = re.compile("[\x00-\x09\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")


@pytest.fixture
def forged(tmp_path: Path) -> Path:
    path = tmp_path / "list.md"
    path.write_text(FORGED, encoding="utf-8")
    return path


def test_text_output_escapes_controls(forged: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _, out, _ = run(["--preset", "all", str(forged)], capsys)
    assert not RAW_CONTROL.search(out)
    assert "link to '#x\\x1b]0;T\\x07\\x1b[2J\\x0dforged'" in out
    assert all(line.startswith((f"{forged}:", "Found ")) for line in out.splitlines())


@pytest.mark.parametrize(
    "char, shown",
    [("\t", "\\x09"), ("\x00", "\\x00"), ("\x7f", "\\x7f"), ("\x9b", "\\x9b"),
     ("\u202e", "\\u202e"), ("\u2066", "\\u2066"), ("\u200f", "\\u200f"), ("\u061c", "\\u061c")],
    ids=["tab", "nul", "del", "csi", "rlo", "lri", "rlm", "alm"],
)
def test_every_kind_of_control_is_escaped(
    tmp_path: Path, char: str, shown: str, capsys: pytest.CaptureFixture[str]
) -> None:
    encoded = "".join(f"%{b:02X}" for b in char.encode())
    path = tmp_path / "list.md"
    path.write_text(f"[a](#b{encoded}c)\n", encoding="utf-8")
    _, out, _ = run(["--select", "broken-anchor", str(path)], capsys)
    assert f"#b{shown}c" in out and char not in out


def test_a_file_name_cannot_forge_a_finding(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "a\nevil.md:9:9: forged\x1b[2J.md"
    path.write_text(FORGED, encoding="utf-8")
    _, out, _ = run(["--preset", "all", str(path)], capsys)
    lines = out.splitlines()
    assert len(lines) == 3 and lines[-1].startswith("Found 2 findings")
    assert all(line.startswith(f"{tmp_path}/a\\x0aevil.md:9:9: forged\\x1b[2J.md:1:1: ")
               for line in lines[:2])


def test_github_output_escapes_controls(
    forged: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _, out, _ = run(["--preset", "all", "--format", "github", str(forged)], capsys)
    assert not RAW_CONTROL.search(out)
    lines = out.splitlines()
    assert len(lines) == 2 and all(line.startswith("::error ") for line in lines)
    assert "::link to '#x\\x1b]0;T\\x07\\x1b[2J\\x0dforged' matches" in out


@pytest.mark.parametrize("output_format", ["json", "sarif"])
def test_json_and_sarif_are_exact_and_escaped(
    tmp_path: Path, output_format: str, capsys: pytest.CaptureFixture[str]
) -> None:
    name = os.fsdecode(b"caf\xe9 #1%.md")  # not UTF-8, with characters a URI must encode
    path = tmp_path / name
    path.write_text("[a](#b%C2%9B%E2%80%AEc)\n" + FORGED, encoding="utf-8")
    _, out, _ = run(["--format", output_format, "--select", "broken-anchor", str(path)], capsys)
    assert not RAW_CONTROL.search(out) and "\udce9" not in out
    data = json.loads(out)
    if output_format == "json":
        messages, paths = [i["message"] for i in data], {i["path"] for i in data}
        assert paths == {str(path)}  # the surrogate of the undecodable byte, as in os.fsdecode
    else:
        results = data["runs"][0]["results"]
        messages = [r["message"]["text"] for r in results]
        uris = {r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] for r in results}
        assert uris == {f"file://{tmp_path}/caf%E9%20%231%25.md"}  # outside the folder run in
        assert unquote(uris.pop().removeprefix("file://"), errors="surrogateescape") == str(path)
    assert any("#b\x9b\u202ec" in m for m in messages)
    assert any(DECODED in m for m in messages)


def test_error_messages_escape_the_path(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _, _, err = run(["--preset", "all", str(tmp_path / "x\x1b]0;T\x07.md")], capsys)
    assert err == f"awesome-lint: error: {tmp_path}/x\\x1b]0;T\\x07.md: no such file\n"


# --diff

def _split(text: str) -> list[str]:
    parts = text.split("\n")
    return [part + "\n" for part in parts[:-1]] + ([parts[-1]] if parts[-1] else [])


def _apply(diff: str, text: str) -> str:
    """Apply a unified diff as `patch` does: lines end at LF only."""
    old, new = _split(text), []
    done, last = 0, "-"
    for line in _split(diff)[2:]:
        if line.startswith("@@"):
            start = max(int(re.match(r"@@ -(\d+)", line)[1]) - 1, 0)  # type: ignore[index]
            new += old[done:start]
            done = start
        elif line.startswith("\\"):  # "\ No newline at end of file"
            if last in (" ", "+"):
                new[-1] = new[-1].removesuffix("\n")
        else:
            last, body = line[0], line[1:]
            if last in (" ", "-"):
                assert old[done].removesuffix("\n") == body.removesuffix("\n")
                done += 1
            if last in (" ", "+"):
                new.append(body)
    return "".join(new + old[done:])


@pytest.mark.parametrize(
    "text",
    [
        "-[]():\n*[&](s://g) d\n|\n",  # the second pass of fixes appends a '.'
        "- [A](https://a.example) - Tea",  # no newline at the end
        "Tea\u2028leaves\x0cand\x85more\n- [A](https://a.example) - Tea\n",  # not line breaks
        "Tea\rleaves\r\n- [A](https://a.example) - Tea\r\n",  # a CR inside a line
        "\ufeff- [A](https://a.example) - Tea\n",
    ],
    ids=["two-passes", "no-final-newline", "unicode-breaks", "cr", "bom"],
)
def test_diff_is_everything_fix_changes(
    tmp_path: Path, text: str, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "list.md"
    path.write_bytes(text.encode())
    _, diff, _ = run(["--preset", "all", "--diff", str(path)], capsys)
    run(["--preset", "all", "--fix", str(path)], capsys)
    fixed = path.read_bytes().decode()
    assert fixed != text
    assert _apply(diff, text) == fixed


@pytest.mark.skipif(not os.path.exists("/usr/bin/patch"), reason="needs patch(1)")
def test_diff_applies_with_patch(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    text = "Tea\u2028leaves\n- [A](https://a.example) - Tea"
    path = tmp_path / "list.md"
    path.write_text(text, encoding="utf-8")
    _, diff, _ = run(["--preset", "all", "--diff", str(path)], capsys)
    subprocess.run(["/usr/bin/patch", "-s", str(path)], input=diff.encode(), check=True)
    assert path.read_text(encoding="utf-8") == text.replace(" - Tea", " - Tea.")


def test_diff_is_raw_when_not_a_terminal(
    forged: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    forged.write_text("- [A](https://a.example) - Tea\x1b[2J\n", encoding="utf-8")
    _, out, _ = run(["--preset", "all", "--diff", str(forged)], capsys)
    assert "+- [A](https://a.example) - Tea\x1b[2J.\n" in out


def test_diff_on_a_terminal_escapes_controls() -> None:
    before = Source("x\x1b.md", "Tea\x1b[2J\tx\rforged\r\nmore\n")
    after = before.with_text("Tea\x1b[2J\tx\rforged\r\nmore.\n")
    shown = _unified_diff(before, after, terminal=True)
    assert " Tea\\x1b[2J\tx\\x0dforged\r\n" in shown  # tab and the CR of CRLF stay
    assert "--- a/x\\x1b.md\n" in shown and "\x1b" not in shown


@pytest.mark.skipif(sys.platform == "win32", reason="needs a pseudo-terminal")
def test_diff_to_a_real_terminal_is_escaped(tmp_path: Path) -> None:
    path = tmp_path / "list.md"
    path.write_text("- [A](https://a.example) - Tea\x1b]0;T\x07 leaves\n", encoding="utf-8")
    leader, follower = pty.openpty()
    with subprocess.Popen(
        [sys.executable, "-m", "awesome_lint", "--diff", "--select", "list-item", str(path)],
        stdout=follower, stderr=subprocess.DEVNULL,
    ) as process:
        os.close(follower)
        output = b""
        while True:
            try:
                chunk = os.read(leader, 4096)
            except OSError:  # the terminal closed
                break
            if not chunk:
                break
            output += chunk
        process.wait(timeout=60)
    os.close(leader)
    assert b"Tea\\x1b]0;T\\x07 leaves." in output and b"\x1b]0;" not in output


@pytest.mark.parametrize("output_format", ["text", "json"])
def test_an_ascii_only_output_stream(tmp_path: Path, output_format: str) -> None:
    path = tmp_path / "list.md"
    path.write_text("[a](#%F0%9F%8D%B5)\n", encoding="utf-8")  # '#🍵' in a message
    result = subprocess.run(
        [sys.executable, "-m", "awesome_lint", "--preset", "all", "--format", output_format,
         str(path)],
        capture_output=True, check=False, env={**os.environ, "PYTHONIOENCODING": "ascii"},
    )
    assert result.returncode == 1 and result.stderr == b""
    if output_format == "json":
        assert "link to '#\U0001f375'" in json.loads(result.stdout)[1]["message"]
    else:
        assert b"link to '#\\U0001f375'" in result.stdout
