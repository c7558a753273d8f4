"""Reading lists and writing them back: clear errors, atomic writes, nothing half-written."""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

from awesome_lint.source import InputError, Source

STDIN = "-"


def default_readme(folder: Path) -> Path:
    """The folder's README (`readme.md` in any case)."""
    for entry in sorted(folder.iterdir()):
        if entry.name.lower() == "readme.md" and entry.is_file():
            return entry
    raise InputError(f"no readme.md in {folder}; name the file to lint")


def read_source(path: str) -> Source:
    if path == STDIN:
        return _decode("<stdin>", sys.stdin.buffer.read())
    file = Path(path)
    try:
        if file.is_dir():
            raise InputError(f"{path}: is a directory, not a Markdown file")
        raw = file.read_bytes()
    except FileNotFoundError:
        raise InputError(f"{path}: no such file") from None
    except PermissionError:
        raise InputError(f"{path}: permission denied") from None
    except OSError as error:
        raise InputError(f"{path}: cannot read: {error.strerror or error}") from None
    return _decode(path, raw)


def _decode(path: str, raw: bytes) -> Source:
    if b"\x00" in raw:
        raise InputError(f"{path}: binary file (NUL bytes), not Markdown")
    return Source.from_bytes(path, raw)


def write_atomically(path: str, data: bytes) -> None:
    """Write beside the file, then rename over it: readers see the old or the new file."""
    target = Path(os.path.realpath(path))  # a symlink keeps pointing at the list
    try:
        mode = target.stat().st_mode & 0o7777
        if not os.access(target, os.W_OK):
            raise InputError(f"{path}: permission denied; not fixing it")
        handle, temporary = tempfile.mkstemp(prefix=f".{target.name}.", dir=target.parent)
    except OSError as error:
        raise InputError(f"{path}: cannot write: {error.strerror or error}") from None
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        os.chmod(temporary, mode)
        os.replace(temporary, target)
    except OSError as error:
        Path(temporary).unlink(missing_ok=True)
        raise InputError(f"{path}: cannot write: {error.strerror or error}") from None
