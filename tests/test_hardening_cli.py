"""Bad input of every kind: one line on stderr, exit 2, no hang, no traceback."""

from __future__ import annotations

import io
import json
import os
import shutil
import socket
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

import pytest
from conftest import run

from awesome_lint.cli import main
from awesome_lint.config import load_config
from awesome_lint.files import parse_size, read_source
from awesome_lint.registry import all_rules
from awesome_lint.source import InputError

LIST = "- [A](https://a.example) - Tea.\n"


def lints(args: list[str], capsys: pytest.CaptureFixture[str]) -> bool:
    """Whether the files were read and linted: no error message, exit 0 or 1."""
    code, _, err = run(args, capsys)
    return code in (0, 1) and err == ""


def one_line_error(code: int, err: str, message: str) -> None:
    assert code == 2
    assert err.startswith("awesome-lint: error: ") and message in err
    assert len(err.splitlines()) == 1 and "Traceback" not in err


@pytest.fixture
def listed(tmp_path: Path) -> Path:
    path = tmp_path / "list.md"
    path.write_text(LIST, encoding="utf-8")
    return path


# 1. Only regular files, and not too large ones


@pytest.mark.parametrize("as_config", [False, True], ids=["path", "config"])
@pytest.mark.parametrize(
    "kind, message",
    [("fifo", "is a FIFO"), ("device", "is a character device"), ("socket", "is a socket")],
)
def test_special_files_are_refused_without_reading(
    tmp_path: Path, listed: Path, kind: str, message: str, as_config: bool
) -> None:
    special = {"fifo": tmp_path / "fifo", "device": Path("/dev/zero"), "socket": tmp_path / "s"}[kind]
    if kind == "fifo":
        os.mkfifo(special)
    with socket.socket(socket.AF_UNIX) as server:
        if kind == "socket":
            server.bind(str(special))
        args = ["--config", str(special), str(listed)] if as_config else [str(special)]
        # a subprocess: opening a FIFO for reading would wait for a writer for ever
        result = subprocess.run(
            [sys.executable, "-m", "awesome_lint", *args],
            capture_output=True, text=True, timeout=60, check=False,
        )
    one_line_error(result.returncode, result.stderr, message)


def test_file_over_the_size_limit(listed: Path, capsys: pytest.CaptureFixture[str]) -> None:
    size = len(LIST.encode())
    code, _, err = run(["--max-file-size", str(size - 1), str(listed)], capsys)
    one_line_error(code, err, f"larger than {size - 1} bytes")
    assert lints(["--max-file-size", str(size), str(listed)], capsys)


def test_default_size_limit_is_16mb(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    big = tmp_path / "big.md"
    with big.open("wb") as out:
        out.truncate(16 * 1024 * 1024 + 1)  # sparse: refused on its size, never read
    code, _, err = run([str(big)], capsys)
    one_line_error(code, err, "larger than 16MB")


def test_size_limit_from_the_config_and_the_command_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / ".awesome-lint.toml").write_text('max-file-size = "1KB"\n', encoding="utf-8")
    path = tmp_path / "list.md"
    path.write_text(LIST * 40, encoding="utf-8")  # 1280 bytes
    one_line_error(*run([str(path)], capsys)[::2], "larger than 1KB")
    assert lints(["--max-file-size", "2KB", str(path)], capsys)


@pytest.mark.parametrize(
    "text, size",
    [("1000", 1000), ("512KB", 512 * 1024), ("32MB", 32 * 1024**2), ("2 mib", 2 * 1024**2),
     ("1G", 1024**3), ("7b", 7)],
)
def test_sizes(text: str, size: int) -> None:
    assert parse_size(text) == size


@pytest.mark.parametrize("text", ["", "0", "-1", "1.5MB", "12XB", "MB"])
def test_bad_sizes_are_usage_errors(
    text: str, listed: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    one_line_error(*run(["--max-file-size", text, str(listed)], capsys)[::2], "is not a size")


class _Endless(io.RawIOBase):
    """Standard input that never ends."""

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: bytearray) -> int:  # type: ignore[override]
        buffer[:] = b"a" * len(buffer)
        return len(buffer)


def test_stdin_obeys_the_limit_and_stops_reading(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BufferedReader(_Endless())))
    with pytest.raises(InputError, match="<stdin>: larger than 1KB"):
        read_source("-", 1024)


def test_stdin_over_the_limit_from_the_command(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(LIST.encode() * 40)))
    one_line_error(*run(["--max-file-size", "1KB", "-"], capsys)[::2], "larger than 1KB")


# 2. Input that used to end in a traceback


def _write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


def _loop(folder: Path) -> Path:
    (folder / "a.md").symlink_to("b.md")
    (folder / "b.md").symlink_to("a.md")
    return folder / "a.md"


@pytest.mark.parametrize(
    "setup, message",
    [
        (lambda d: _write(d / "le.md", "# Tea\n".encode("utf-16")), "UTF-16 is not supported"),
        (lambda d: _write(d / "be.md", b"\xfe\xff\x00#"), "UTF-16 is not supported; save as UTF-8"),
        (lambda d: _write(d / "nobom.md", "# Tea\n".encode("utf-16-le")), "UTF-16 is not supported"),
        (lambda d: _write(d / "32.md", "# Tea\n".encode("utf-32")), "UTF-32 is not supported"),
        (lambda d: _write(d / "bin.md", b"# a\x00b\n"), "binary file"),
        (_loop, "Too many levels of symbolic links"),
        (lambda d: d / "missing" / "x.md", "no such file"),
        (lambda d: _write(d / "file", b"") / "x.md", "Not a directory"),
        (lambda d: d / os.fsdecode(b"caf\xe9-missing.md"), "caf\\xe9-missing.md: no such file"),
        (lambda d: d / "new\nline\x1b[2J.md", "new\\x0aline\\x1b[2J.md: no such file"),
    ],
    ids=["utf16-le", "utf16-be", "utf16-no-bom", "utf32", "binary", "symlink-loop",
         "missing-folder", "file-as-folder", "undecodable-name", "control-in-name"],
)
def test_bad_paths(
    tmp_path: Path, setup: Callable[[Path], Path], message: str,
    capsys: pytest.CaptureFixture[str],
) -> None:
    one_line_error(*run([str(setup(tmp_path))], capsys)[::2], message)


@pytest.mark.parametrize(
    "config, message",
    [
        (b"tool = 1\n", "'tool' must be a table"),
        (b"[tool]\nawesome-lint = 1\n", "'awesome-lint' must be a table"),
        (b"[tool.awesome-lint]\nmax-file-size = true\n", "'max-file-size' must be"),
        (b"[tool.awesome-lint]\nmax-file-size = 'big'\n", "'max-file-size' must be"),
        (b"[tool.awesome-lint]\nmax-file-size = 0\n", "'max-file-size' must be"),
        (b"[tool.awesome-lint]\nselect = [1]\n", "must be a list of rule names"),
        (b"[tool.awesome-lint.rules.balanced-punctuation]\npairs = [['a', 'b', 'c']]\n",
         "option 'pairs' must be a list of [str, str]"),
        (b"[tool.awesome-lint.rules.balanced-punctuation]\npairs = ['ab']\n",
         "option 'pairs' must be a list of [str, str]"),
        (b"[tool.awesome-lint.rules.spell-check]\nnames = {GitHub = 1}\n",
         "option 'names' must be a table of str"),
        (b"[tool.awesome-lint.rules.misfiled-entry]\nkeywords = {Tea = [1]}\n",
         "option 'keywords' must be a table of a list of str"),
        (b"[tool.awesome-lint.rules.toc]\nmax-depth = true\n", "option 'max-depth' must be int"),
        (b"[tool.awesome-lint]\nignore = []\n# caf\xe9\n", "not UTF-8 (byte 37)"),
        ("[tool.awesome-lint]\n".encode("utf-16"), "not UTF-8 (byte 0)"),
    ],
)
def test_bad_config_values(
    listed: Path, config: bytes, message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    config_path = listed.parent / "pyproject.toml"
    config_path.write_bytes(config)
    one_line_error(*run(["--config", str(config_path), str(listed)], capsys)[::2], message)


def test_config_found_upwards_that_is_not_utf8(
    listed: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (listed.parent / "pyproject.toml").write_bytes(b"[tool.awesome-lint]\n# caf\xe9\n")
    one_line_error(*run([str(listed)], capsys)[::2], "pyproject.toml: not UTF-8 (byte 25)")


def test_nested_option_lists_become_tuples(tmp_path: Path) -> None:
    config = tmp_path / ".awesome-lint.toml"
    config.write_text("[rules.balanced-punctuation]\npairs = [['«', '»']]\n", encoding="utf-8")
    assert load_config(config).options["balanced-punctuation"]["pairs"] == (("«", "»"),)


@pytest.mark.parametrize(
    "setup, message",
    [
        (lambda d: d / "missing.toml", "cannot read config"),
        (lambda d: d, "is a directory"),
    ],
    ids=["missing", "directory"],
)
def test_bad_config_paths(
    listed: Path, tmp_path: Path, setup: Callable[[Path], Path], message: str,
    capsys: pytest.CaptureFixture[str],
) -> None:
    args = ["--config", str(setup(tmp_path)), str(listed)]
    one_line_error(*run(args, capsys)[::2], message)


def test_current_folder_removed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    gone = tmp_path / "gone"
    gone.mkdir()
    monkeypatch.chdir(gone)
    gone.rmdir()
    one_line_error(*run([], capsys)[::2], "cannot use the current folder")


def _as_ordinary_user(action: Callable[[], tuple[int, str]]) -> tuple[int, str]:
    """Run `action` in a child process that, when we are root, becomes `nobody`: root may
    search any folder, whatever its mode."""
    all_rules()  # imported here: as `nobody` the child may not read the standard library
    reader, writer = os.pipe()
    pid = os.fork()
    if pid == 0:  # pragma: no cover - the child
        try:
            if os.geteuid() == 0:
                os.setgroups([])
                os.setgid(65534)
                os.setuid(65534)
            result = action()
            os.write(writer, json.dumps(result).encode())
        finally:
            os._exit(0)
    os.close(writer)
    with os.fdopen(reader, "rb") as pipe:
        data = pipe.read()
    os.waitpid(pid, 0)
    code, err = json.loads(data)
    return code, err


@pytest.mark.skipif(not hasattr(os, "fork"), reason="needs fork")
def test_file_in_a_folder_that_may_not_be_searched() -> None:
    base = Path(tempfile.mkdtemp())
    try:
        base.chmod(0o755)
        (base / "open.md").write_text(LIST, encoding="utf-8")
        locked = base / "locked"
        locked.mkdir()
        (locked / "list.md").write_text(LIST, encoding="utf-8")
        locked.chmod(0)

        def lint(path: Path) -> Callable[[], tuple[int, str]]:
            def action() -> tuple[int, str]:
                sys.stdout, sys.stderr = io.StringIO(), io.StringIO()
                code = main([str(path)])
                return code, sys.stderr.getvalue()

            return action

        assert _as_ordinary_user(lint(base / "open.md")) == (0, "")  # the setup lets us in
        one_line_error(*_as_ordinary_user(lint(locked / "list.md")), "permission denied")
    finally:
        (base / "locked").chmod(0o700)
        shutil.rmtree(base)


def test_plugin_that_fails_to_load(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    info = tmp_path / "broken_plugin-1.0.dist-info"
    info.mkdir()
    (info / "METADATA").write_text("Metadata-Version: 2.1\nName: broken-plugin\nVersion: 1.0\n")
    (info / "entry_points.txt").write_text("[awesome_lint.rules]\nx = broken_plugin:Rule\n")
    (tmp_path / "broken_plugin.py").write_text("raise ImportError('no tea today')\n")
    sys.path.insert(0, str(tmp_path))
    all_rules.cache_clear()
    try:
        code, _, err = run(["--list-rules"], capsys)
    finally:
        sys.path.remove(str(tmp_path))
        sys.modules.pop("broken_plugin", None)
        all_rules.cache_clear()
    one_line_error(code, err, "plug-in 'x' (broken_plugin:Rule) failed to load: no tea today")


# 5. Where configuration and plug-ins come from

BROKEN_TOML = "[tool.awesome-lint\n"


@pytest.fixture
def above(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A folder with a broken pyproject.toml that belongs to nothing below it."""
    (tmp_path / "pyproject.toml").write_text(BROKEN_TOML, encoding="utf-8")
    monkeypatch.setenv("HOME", str(tmp_path / "elsewhere"))
    return tmp_path


def _list_in(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "README.md"
    path.write_text(LIST, encoding="utf-8")
    return path


def test_config_above_the_repository_is_not_read(
    above: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    outside = _list_in(above / "plain")
    one_line_error(*run([str(outside)], capsys)[::2], "invalid TOML")  # read without a boundary
    repo = above / "repo"
    (repo / "docs").mkdir(parents=True)
    (repo / ".git").mkdir()
    assert lints([str(_list_in(repo / "docs"))], capsys)
    worktree = above / "worktree"  # a linked worktree or submodule: .git is a file
    worktree.mkdir()
    (worktree / ".git").write_text("gitdir: ../repo/.git\n", encoding="utf-8")
    assert lints([str(_list_in(worktree))], capsys)


def test_config_at_the_repository_root_is_read(
    above: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    repo = above / "repo"
    (repo / ".git").mkdir(parents=True)
    (repo / ".awesome-lint.toml").write_text("max-file-size = 10\n", encoding="utf-8")
    one_line_error(*run([str(_list_in(repo / "docs"))], capsys)[::2], "larger than 10 bytes")


def test_config_above_home_is_not_read(
    above: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    home = above / "home"
    monkeypatch.setenv("HOME", str(home))
    assert lints([str(_list_in(home / "lists"))], capsys)


PLUGIN = '''
from pathlib import Path

from awesome_lint.registry import Rule

Path({marker!r}).write_text("imported")


class Evil(Rule):
    name = "evil-rule"
    summary = "Runs code from the folder being linted."
'''


def _evil_folder(folder: Path, marker: Path) -> None:
    info = folder / "evil-0.1.dist-info"
    info.mkdir(parents=True)
    (info / "METADATA").write_text("Metadata-Version: 2.1\nName: evil\nVersion: 0.1\n")
    (info / "entry_points.txt").write_text("[awesome_lint.rules]\nevil-rule = evil:Evil\n")
    (folder / "evil.py").write_text(PLUGIN.format(marker=str(marker)))


def test_python_dash_m_loads_no_plugin_from_the_current_folder(tmp_path: Path) -> None:
    folder, marker = tmp_path / "list", tmp_path / "marker"
    _evil_folder(folder, marker)
    command = [sys.executable, "-m", "awesome_lint", "--list-rules"]
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    result = subprocess.run(command, cwd=folder, env=env, capture_output=True, check=False)
    assert result.returncode == 0 and b"evil-rule" not in result.stdout
    assert not marker.exists()
    # the same folder on PYTHONPATH, chosen on purpose, does provide the plug-in
    env["PYTHONPATH"] = str(folder)
    result = subprocess.run(command, cwd=tmp_path, env=env, capture_output=True, check=False)
    assert result.returncode == 0 and b"evil-rule" in result.stdout
    assert marker.exists()


def test_a_rule_that_crashes_is_one_line_and_leaves_the_file(
    listed: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """A bug in a rule (ours or a plug-in's) is no traceback, and --fix writes nothing."""
    def broken(self: object, doc: object) -> None:
        raise RuntimeError("boom")

    monkeypatch.setattr(all_rules()["broken-anchor"], "check", broken)
    before = listed.read_bytes()
    code, _, err = run(["--fix", str(listed)], capsys)
    one_line_error(code, err, "internal error (RuntimeError: boom)")
    assert listed.read_bytes() == before
