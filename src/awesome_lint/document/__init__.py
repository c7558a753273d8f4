"""The document model: everything a rule may read about the Markdown it checks.

Rules import from here (or from `awesome_lint`), never from the submodules: what is
below this package is how the model is built, and may change.
"""

from awesome_lint.document.blocks import split_row
from awesome_lint.document.build import build
from awesome_lint.document.entries import is_highlight_section
from awesome_lint.document.inline import HtmlTag, Inline, Link
from awesome_lint.document.list_entries import ListEntry, is_badge_link
from awesome_lint.document.markup import plain_text
from awesome_lint.document.model import (
    Badge,
    Document,
    Entry,
    HeadingNode,
    Section,
    has_joiners,
    is_badge_url,
    is_generic_title,
    links_between,
    only_images,
)
from awesome_lint.document.nodes import (
    Block,
    BlockQuote,
    Cell,
    CodeBlock,
    Heading,
    HtmlBlock,
    ListBlock,
    ListItem,
    Paragraph,
    Row,
    Table,
    ThematicBreak,
    walk,
)
from awesome_lint.document.slug import Slugger, fragment_of, link_fragment, root_of, slug
from awesome_lint.source import Source, Span, SpanSet

__all__ = [
    "Badge",
    "Block",
    "BlockQuote",
    "Cell",
    "CodeBlock",
    "Document",
    "Entry",
    "Heading",
    "HeadingNode",
    "HtmlBlock",
    "HtmlTag",
    "Inline",
    "Link",
    "ListBlock",
    "ListEntry",
    "ListItem",
    "Paragraph",
    "Row",
    "Section",
    "Slugger",
    "Source",
    "Span",
    "SpanSet",
    "Table",
    "ThematicBreak",
    "build",
    "fragment_of",
    "has_joiners",
    "is_badge_link",
    "is_badge_url",
    "is_generic_title",
    "is_highlight_section",
    "link_fragment",
    "links_between",
    "only_images",
    "plain_text",
    "root_of",
    "slug",
    "split_row",
    "walk",
]
