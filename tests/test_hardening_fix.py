"""`--fix` keeps the file's identity, leaves no temporary file, loses no concurrent edit."""

from __future__ import annotations

import errno
import os
import signal
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from conftest import run

import awesome_lint.cli
import awesome_lint.files
import awesome_lint.runner

BEFORE = "- [A](https://a.example) \u2013 Tea.\n"  # an en dash: a safe fix
AFTER = "- [A](https://a.example) - Tea.\n"
CONCURRENT = "- [B](https://b.example) \u2013 Tea.\n"  # same size as BEFORE


@pytest.fixture
def listed(tmp_path: Path) -> Path:
    path = tmp_path / "list.md"
    path.write_text(BEFORE, encoding="utf-8")
    return path


def _names(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


@pytest.mark.skipif(os.geteuid() != 0, reason="only root may give a file to another owner")
def test_fix_keeps_owner_and_group(listed: Path, capsys: pytest.CaptureFixture[str]) -> None:
    os.chown(listed, 12345, 23456)
    run(["--preset", "all", "--fix", str(listed)], capsys)
    info = listed.stat()
    assert listed.read_text(encoding="utf-8") == AFTER
    assert (info.st_uid, info.st_gid) == (12345, 23456)


def test_fix_keeps_mode_with_set_id_bits(listed: Path, capsys: pytest.CaptureFixture[str]) -> None:
    listed.chmod(0o4750)  # chown clears set-user-id: the mode is set after it
    run(["--preset", "all", "--fix", str(listed)], capsys)
    assert listed.read_text(encoding="utf-8") == AFTER
    assert listed.stat().st_mode & 0o7777 == 0o4750


def test_fix_keeps_extended_attributes(listed: Path, capsys: pytest.CaptureFixture[str]) -> None:
    try:
        os.setxattr(listed, "user.awesome", b"tea")
    except (AttributeError, OSError) as error:
        if isinstance(error, OSError) and error.errno not in (errno.ENOTSUP, errno.EPERM):
            raise
        pytest.skip("no user extended attributes here")
    run(["--preset", "all", "--fix", str(listed)], capsys)
    assert listed.read_text(encoding="utf-8") == AFTER
    assert os.getxattr(listed, "user.awesome") == b"tea"


def test_fix_of_a_hard_linked_file_keeps_the_links(
    listed: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    other = listed.with_name("other.md")
    os.link(listed, other)
    inode = listed.stat().st_ino
    run(["--preset", "all", "--fix", str(listed)], capsys)
    assert other.read_text(encoding="utf-8") == AFTER
    assert listed.stat().st_ino == inode and listed.stat().st_nlink == 2
    assert _names(listed.parent) == ["list.md", "other.md"]


def test_fix_in_place_truncates_a_shorter_text(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "list.md"
    path.write_text("- [A](https://a.example) -- Tea.\n", encoding="utf-8")
    os.link(path, tmp_path / "other.md")
    run(["--preset", "all", "--fix", str(path)], capsys)
    assert (tmp_path / "other.md").read_text(encoding="utf-8") == AFTER


def test_interrupted_fix_leaves_no_temporary_file(
    listed: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    def interrupted(*_: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(awesome_lint.files.os, "replace", interrupted)
    run(["--preset", "all", "--fix", str(listed)], capsys)
    assert listed.read_text(encoding="utf-8") == BEFORE
    assert _names(listed.parent) == ["list.md"]


TERMINATED = """
import os, signal, sys
from awesome_lint.cli import main

os.fsync = lambda fd: os.kill(os.getpid(), signal.SIGTERM)  # terminated mid-write
main(["--preset", "all", "--fix", sys.argv[1]])
print("not reached")
"""


def test_terminated_fix_leaves_no_temporary_file(listed: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-c", TERMINATED, str(listed)], capture_output=True, check=False
    )
    assert result.returncode == 128 + signal.SIGTERM and result.stdout == b""
    assert listed.read_text(encoding="utf-8") == BEFORE
    assert _names(listed.parent) == ["list.md"]


def test_signal_handlers_are_restored(listed: Path, capsys: pytest.CaptureFixture[str]) -> None:
    before = signal.getsignal(signal.SIGTERM)
    run(["--preset", "all", str(listed)], capsys)
    assert signal.getsignal(signal.SIGTERM) is before


def _edit_while_fixing(monkeypatch: pytest.MonkeyPatch, edit: Any) -> None:
    """Someone saves the file after awesome-lint has read it, before it writes."""
    real_fix = awesome_lint.runner.fix

    def fix_then_edit(source: Any, *args: Any) -> Any:
        result = real_fix(source, *args)
        edit(Path(source.path))
        return result

    monkeypatch.setattr(awesome_lint.runner, "fix", fix_then_edit)


def _same_size_and_mtime(path: Path) -> None:
    info = path.stat()
    path.write_text(CONCURRENT, encoding="utf-8")
    os.utime(path, ns=(info.st_atime_ns, info.st_mtime_ns))


def _saved_by_rename(path: Path) -> None:
    temporary = path.with_name("editor.tmp")
    temporary.write_text(BEFORE, encoding="utf-8")  # even the same text: another file now
    temporary.replace(path)


def _appended(path: Path) -> None:
    with path.open("a", encoding="utf-8") as out:
        out.write("Green.\n")


def _deleted(path: Path) -> None:
    path.unlink()


@pytest.mark.parametrize("linked", [False, True], ids=["replace", "in-place"])
@pytest.mark.parametrize(
    "edit, left",
    [
        (_same_size_and_mtime, CONCURRENT),
        (_saved_by_rename, BEFORE),
        (_appended, BEFORE + "Green.\n"),
        (_deleted, None),
    ],
    ids=["content", "renamed-over", "appended", "deleted"],
)
def test_concurrent_edit_is_not_overwritten(
    listed: Path, linked: bool, edit: Any, left: str | None,
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
) -> None:
    if linked:
        os.link(listed, listed.with_name("other.md"))
    _edit_while_fixing(monkeypatch, edit)
    code, _, err = run(["--preset", "all", "--fix", str(listed)], capsys)
    assert code == 2
    assert err == f"awesome-lint: error: {listed}: changed on disk while being fixed; not written\n"
    assert (listed.read_text(encoding="utf-8") if listed.exists() else None) == left
    assert _names(listed.parent) == ["list.md"] * (left is not None) + ["other.md"] * linked
