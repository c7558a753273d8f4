"""Files that sit beside the list in its repository (contributing.md, code-of-conduct.md)."""

from __future__ import annotations

from pathlib import Path


def find_beside(folder: Path, names: tuple[str, ...]) -> Path | None:
    """A file of one of these names (any case) in the folder or its .github folder."""
    for place in (folder, folder / ".github"):
        try:
            entries = sorted(place.iterdir())
        except OSError:
            continue
        for entry in entries:
            if entry.name.lower() in names and entry.is_file():
                return entry
    return None
