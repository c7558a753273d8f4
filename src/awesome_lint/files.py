"""Reading lists and writing them back: regular files only, within a size limit, clear
errors, and a write that keeps the file's identity and never overwrites a concurrent edit."""

from __future__ import annotations

import contextlib
import functools
import hashlib
import os
import re
import signal
import stat
import sys
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import NamedTuple

from awesome_lint.source import InputError, Source

STDIN = "-"
DEFAULT_MAX_FILE_SIZE = 16 * 1024 * 1024
_UNITS = {"": 1, "b": 1, "k": 1024, "m": 1024**2, "g": 1024**3}
_SIZE = re.compile(r"\s*([0-9]+)\s*(?:([kmg])i?b?|(b))?\s*", re.IGNORECASE)
_CHUNK = 1024 * 1024
# O_NONBLOCK: opening a FIFO must not wait for a writer (it is refused right after).
_READ_FLAGS = (
    os.O_RDONLY
    | getattr(os, "O_NONBLOCK", 0)
    | getattr(os, "O_NOCTTY", 0)
    | getattr(os, "O_CLOEXEC", 0)
)
# Held while a list is rewritten in place, so that it is never left half-written.
_HELD_SIGNALS = {
    getattr(signal, name) for name in ("SIGINT", "SIGTERM", "SIGHUP") if hasattr(signal, name)
}
_KINDS = {
    stat.S_IFIFO: "a FIFO",
    stat.S_IFCHR: "a character device",
    stat.S_IFBLK: "a block device",
    stat.S_IFSOCK: "a socket",
}


class Stamp(NamedTuple):
    """The file as it was read: a fix is written only over this same, unchanged file."""

    device: int
    inode: int
    size: int
    mtime_ns: int
    sha256: bytes

    def same_file(self, info: os.stat_result) -> bool:
        now = (info.st_dev, info.st_ino, info.st_size, info.st_mtime_ns)
        return now == (self.device, self.inode, self.size, self.mtime_ns)


class Read(NamedTuple):
    source: Source
    stamp: Stamp | None  # None for standard input


def parse_size(text: str) -> int:
    """Bytes from `1048576`, `512KB`, `32MB`, `1GiB` (K, M, G are powers of 1024)."""
    match = _SIZE.fullmatch(text)
    if match is None or int(match[1]) == 0:
        raise ValueError(f"{text!r} is not a size (a number of bytes, or e.g. 512KB, 32MB)")
    return int(match[1]) * _UNITS[(match[2] or "").lower()]


def format_size(size: int) -> str:
    for unit in "GMK":
        if size % _UNITS[unit.lower()] == 0:
            return f"{size // _UNITS[unit.lower()]}{unit}B"
    return f"{size} bytes"


def default_readme(folder: Path) -> Path:
    """The folder's README (`readme.md` in any case)."""
    try:
        for entry in sorted(folder.iterdir()):
            if entry.name.lower() == "readme.md" and entry.is_file():
                return entry
    except OSError as error:
        raise InputError(_os_message(str(folder), error, "cannot list")) from None
    raise InputError(f"no readme.md in {folder}; name the file to lint")


def read_source(path: str, max_size: int = DEFAULT_MAX_FILE_SIZE) -> Read:
    if path == STDIN:
        if sys.stdin is None:
            raise InputError("<stdin>: standard input is closed")
        try:
            raw = _read_at_most(sys.stdin.buffer.read, max_size + 1)
        except OSError as error:
            raise InputError(_os_message("<stdin>", error, "cannot read")) from None
        _check_size("<stdin>", len(raw), max_size)
        return Read(_decode("<stdin>", raw), None)
    raw, stamp = read_regular(path, max_size)
    return Read(_decode(path, raw), stamp)


def read_regular(path: str, max_size: int) -> tuple[bytes, Stamp]:
    """The bytes of a regular file of at most `max_size` bytes, or a one-line InputError."""
    try:
        _check_file(path, os.stat(path), max_size)
        fd = os.open(path, _READ_FLAGS)
        try:
            info = os.fstat(fd)  # the path may name another file since the stat above
            _check_file(path, info, max_size)
            raw = _read_fd(fd, max_size + 1)
        finally:
            os.close(fd)
    except OSError as error:
        raise InputError(_os_message(path, error, "cannot read")) from None
    _check_size(path, len(raw), max_size)
    stamp = Stamp(info.st_dev, info.st_ino, info.st_size, info.st_mtime_ns, _digest(raw))
    return raw, stamp


def _check_file(path: str, info: os.stat_result, max_size: int) -> None:
    if stat.S_ISDIR(info.st_mode):
        raise InputError(f"{path}: is a directory, not a Markdown file")
    if not stat.S_ISREG(info.st_mode):
        kind = _KINDS.get(stat.S_IFMT(info.st_mode), "not a regular file")
        raise InputError(f"{path}: is {kind}; only regular files are read")
    _check_size(path, info.st_size, max_size)


def _check_size(path: str, size: int, max_size: int) -> None:
    if size > max_size:
        limit = format_size(max_size)
        raise InputError(f"{path}: larger than {limit}; raise the limit with --max-file-size")


def _read_at_most(read: Callable[[int], bytes], count: int) -> bytes:
    """Read until end of file or `count` bytes, in chunks: a huge limit allocates nothing."""
    chunks = []
    while count > 0:
        chunk = read(min(count, _CHUNK))
        if not chunk:
            break
        chunks.append(chunk)
        count -= len(chunk)
    return b"".join(chunks)


def _read_fd(fd: int, count: int) -> bytes:
    os.lseek(fd, 0, os.SEEK_SET)
    return _read_at_most(functools.partial(os.read, fd), count)


def _os_message(path: str, error: OSError, verb: str) -> str:
    if isinstance(error, FileNotFoundError):
        return f"{path}: no such file"
    if isinstance(error, PermissionError):
        return f"{path}: permission denied"
    return f"{path}: {verb}: {error.strerror or error}"


def _decode(path: str, raw: bytes) -> Source:
    encoding = _wide_encoding(raw)
    if encoding:
        raise InputError(f"{path}: {encoding} is not supported; save as UTF-8")
    if b"\x00" in raw:
        raise InputError(f"{path}: binary file (NUL bytes), not Markdown")
    return Source.from_bytes(path, raw)


def _wide_encoding(raw: bytes) -> str | None:
    """The UTF-16 or UTF-32 the bytes are in, by their BOM or NUL-interleaved text."""
    if raw.startswith((b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff")):
        return "UTF-32"
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        return "UTF-16"
    sample = raw[:4096]
    half = len(sample) // 2
    if half < 2:
        return None
    even, odd = sample[0::2].count(0), sample[1::2].count(0)
    if max(even, odd) >= half * 3 // 4 and min(even, odd) <= half // 4:
        return "UTF-16"  # ASCII text as UTF-16 without a BOM: every other byte is NUL
    return None


def _digest(raw: bytes) -> bytes:
    return hashlib.sha256(raw).digest()


def write_back(path: str, data: bytes, stamp: Stamp) -> None:
    """Write the fixed bytes over the file read as `stamp`, unless it changed since.

    Normally a temporary file beside the list (with the list's owner, group, mode and
    extended attributes) is renamed over it, so readers see the old or the new file. A
    file with several hard links is rewritten in place instead, so the links keep sharing
    it."""
    target = os.path.realpath(path)  # a symlink keeps pointing at the list
    try:
        info = os.stat(target)
        if not os.access(target, os.W_OK):
            raise InputError(f"{path}: permission denied; not fixing it")
        if info.st_nlink > 1:
            _write_in_place(path, target, data, stamp)
        else:
            _replace(path, target, data, stamp, info)
    except FileNotFoundError:  # it was there when read
        raise _changed(path) from None
    except OSError as error:
        raise InputError(_os_message(path, error, "cannot write")) from None


def _replace(path: str, target: str, data: bytes, stamp: Stamp, info: os.stat_result) -> None:
    folder, name = os.path.split(target)
    handle, temporary = tempfile.mkstemp(prefix=f".{name}.", suffix=".tmp", dir=folder)
    renamed = False
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
            out.flush()
            _copy_identity(target, info, out.fileno())
            os.fsync(out.fileno())
        fd = os.open(target, _READ_FLAGS)
        try:
            _refuse_if_changed(path, fd, stamp)
        finally:
            os.close(fd)
        os.replace(temporary, target)
        renamed = True
    finally:
        if not renamed:  # also on KeyboardInterrupt, and SIGTERM (see cli.main)
            Path(temporary).unlink(missing_ok=True)


def _write_in_place(path: str, target: str, data: bytes, stamp: Stamp) -> None:
    fd = os.open(target, os.O_RDWR | getattr(os, "O_CLOEXEC", 0))
    try:
        _refuse_if_changed(path, fd, stamp)
        with _signals_deferred():  # not interrupted halfway: no half-written list
            os.lseek(fd, 0, os.SEEK_SET)
            view = memoryview(data)
            while view:
                view = view[os.write(fd, view) :]
            os.ftruncate(fd, len(data))
            os.fsync(fd)
    finally:
        os.close(fd)


def _refuse_if_changed(path: str, fd: int, stamp: Stamp) -> None:
    """The open file must be the one read: same inode, size, mtime and content. (An edit
    in the instant between this check and the rename can still be lost: editors take no
    lock that could be honoured.)"""
    if not stamp.same_file(os.fstat(fd)) or _digest(_read_fd(fd, stamp.size + 1)) != stamp.sha256:
        raise _changed(path)


def _changed(path: str) -> InputError:
    return InputError(f"{path}: changed on disk while being fixed; not written")


def _copy_identity(target: str, info: os.stat_result, fd: int) -> None:
    """Owner, group, extended attributes (ACLs among them) and mode of the list."""
    with contextlib.suppress(PermissionError):  # only root may give a file away
        os.fchown(fd, info.st_uid, info.st_gid)
    _copy_xattrs(target, fd)
    os.fchmod(fd, stat.S_IMODE(info.st_mode))  # last: chown clears set-id bits


def _copy_xattrs(target: str, fd: int) -> None:
    if not hasattr(os, "listxattr"):
        return
    try:
        names = os.listxattr(target)
    except OSError:  # not supported by this file system
        return
    for name in names:
        try:
            os.setxattr(fd, name, os.getxattr(target, name))
        except OSError:  # e.g. security.* without the privilege; the rest is still copied
            continue


@contextlib.contextmanager
def _signals_deferred() -> Iterator[None]:
    """Hold SIGINT, SIGTERM and SIGHUP until the block is done (where the OS allows)."""
    if not hasattr(signal, "pthread_sigmask"):
        yield
        return
    previous = signal.pthread_sigmask(signal.SIG_BLOCK, _HELD_SIGNALS)
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, previous)
