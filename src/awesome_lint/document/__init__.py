"""The document model and its builder."""

from awesome_lint.document.build import build
from awesome_lint.document.model import Badge, Document, Entry, HeadingNode, Section

__all__ = ["Badge", "Document", "Entry", "HeadingNode", "Section", "build"]
