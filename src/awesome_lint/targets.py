"""Which files a command line names: files as given, and the lists found in folders and
by glob patterns (expanded here too, for shells and hooks that pass them quoted).

In a folder, the lists are the README files (`README.md`, `readme.markdown`, any case),
or every Markdown file with `--all-files`; hidden folders, `node_modules`, what the
repository's `.gitignore` files ignore, and the config's `exclude` patterns are skipped.
A file named on the command line is always linted.
"""

from __future__ import annotations

import glob
import os
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import pathspec

MARKDOWN = (".md", ".markdown")
_SKIPPED_FOLDERS = frozenset({"node_modules", "__pycache__", "venv"})
_GLOB_CHARS = frozenset("*?[")


def expand(
    arguments: Iterable[str], *, all_files: bool = False, exclude: Iterable[str] = (),
    base: Path | None = None,
) -> list[str]:
    """The files to lint, in the order given, each folder's and pattern's in path order.
    `exclude`: gitignore-style patterns, relative to `base` (the config's folder)."""
    excluded = _Excluded(exclude, base or Path.cwd())
    found: list[str] = []
    for argument in arguments:
        if os.path.isdir(argument):
            found += sorted(_lists_in(Path(argument), all_files, excluded))
        elif _GLOB_CHARS & set(argument) and not os.path.exists(argument):
            matches = sorted(glob.glob(argument, recursive=True))
            found += [m for m in matches if os.path.isfile(m) and not excluded(m)]
            if not matches:
                found.append(argument)  # a file name with a bracket: missing, as given
        else:
            found.append(argument)
    return list(dict.fromkeys(found))  # a file named twice is linted once


class _Excluded:
    def __init__(self, patterns: Iterable[str], base: Path) -> None:
        self.spec = pathspec.GitIgnoreSpec.from_lines(patterns)
        self.base = base

    def __call__(self, path: str, *, folder: bool = False) -> bool:
        relative = os.path.relpath(os.path.abspath(path), self.base)
        if relative.startswith(".."):
            relative = path  # outside the config's folder: as given
        return self.spec.match_file(relative + ("/" if folder else ""))


def is_list_file(name: str, all_files: bool) -> bool:
    lower = name.lower()
    if not lower.endswith(MARKDOWN):
        return False
    return all_files or lower.rsplit(".", 1)[0] == "readme"


def _lists_in(folder: Path, all_files: bool, excluded: _Excluded) -> Iterator[str]:
    ignored = _GitIgnores(folder)
    for root, folders, files in os.walk(folder):
        here = Path(root)
        folders[:] = [
            name for name in sorted(folders)
            if not name.startswith(".") and name not in _SKIPPED_FOLDERS
            and not ignored.ignores(here / name, folder=True)
            and not excluded(str(here / name), folder=True)
        ]
        for name in sorted(files):
            path = here / name
            listed = is_list_file(name, all_files) and not excluded(str(path))
            if listed and not ignored.ignores(path):
                yield str(path)


class _GitIgnores:
    """The `.gitignore` files from the repository's root down to each folder walked."""

    def __init__(self, start: Path) -> None:
        self.root = _repository_root(start.resolve())
        self.specs: dict[Path, pathspec.PathSpec[Any] | None] = {}

    def ignores(self, path: Path, *, folder: bool = False) -> bool:
        """Does a `.gitignore` of the root or of a folder above `path` ignore it?"""
        if self.root is None:
            return False
        resolved = path.resolve()
        try:
            parts = resolved.relative_to(self.root).parts
        except ValueError:
            return False  # outside the repository
        suffix = "/" if folder else ""
        base = self.root
        for part in (*parts[:-1], None):
            spec = self._spec(base)
            if spec is not None and spec.match_file(f"{resolved.relative_to(base)}{suffix}"):
                return True
            if part is not None:
                base = base / part
        return False

    def _spec(self, folder: Path) -> pathspec.PathSpec[Any] | None:
        if folder not in self.specs:
            gitignore = folder / ".gitignore"
            lines = (
                gitignore.read_text(encoding="utf-8", errors="replace").splitlines()
                if gitignore.is_file() else None
            )
            self.specs[folder] = (
                pathspec.GitIgnoreSpec.from_lines(lines) if lines else None
            )
        return self.specs[folder]


def _repository_root(start: Path) -> Path | None:
    for folder in [start, *start.parents]:
        if (folder / ".git").exists():
            return folder
    return None
