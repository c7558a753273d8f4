"""Entries: the things a list lists, however it writes them.

- a table row, titled by the cell under a Title/Name/Paper… header, else by the first
  cell that is not a number or a date;
- a list item with a link, titled by its name link: the first link after any icons,
  emoji, badges or task box, or, when that link only says what it is ("Paper", "Code"),
  by the bold title or the text before it (before a bold venue: `Title | **[ICCV' 19]**`),
  or, when it is a venue's tag (`[[CVPR](…)] Title.`), by the words after it;
- a paragraph outside lists, below a subheading, that starts with a bold title (paper lists:
  `**Title.** venue [paper](…)`, `**[5]** Authors. "**Title**." [[pdf]](…)`, or
  `> **[Name](…)** chips<br>Description.`);
- a heading that is one link, with nothing listed under it (`#### [Name](…)` and its
  description);
- an HTML `<details><summary>` line that links the thing (best-of lists); the lists it
  unfolds are its details.

Table-of-contents items, "back to top" lines, and prose with no link are not entries.
"""

from __future__ import annotations

import bisect
import functools
import html
import re
from collections import Counter
from collections.abc import Callable, Iterator

import regex

from awesome_lint.document.inline import Inline, Link
from awesome_lint.document.list_entries import separator_and_description, skip_badges_and_metadata
from awesome_lint.document.markup import plain_text
from awesome_lint.document.model import (
    Badge,
    Entry,
    HeadingNode,
    Section,
    is_badge_url,
    is_generic_title,
    links_between,
    only_images,
)
from awesome_lint.document.nodes import (
    Block,
    BlockQuote,
    Cell,
    HtmlBlock,
    ListBlock,
    ListItem,
    Paragraph,
    Row,
    Table,
)
from awesome_lint.source import Span

# Headers of the column that names the entry, in the languages of the lists we know.
_TITLE_HEADER = regex.compile(
    r"\W*(?:title|name|paper|papers|project|projects|tool|tools|model|models|library"
    r"|libraries|app|apps|application|repo|repository|resource|software|package|plugin"
    r"|book|course|dataset|datasets|api|service|product|podcast|framework|challenge"
    r"|benchmark|benchmarks|method|methods|system|systems|algorithm|algorithms|agent|agents"
    r"|nom|nombre|nome|titel|titre|título|название|имя|назва"
    r"|名称|名字|项目|項目|论文|論文|标题|標題|工具|模型|名前|タイトル|モデル|제목|이름|데이터)"
    r"(?![\p{L}\p{N}])",
    regex.I,
)
_QUALIFIED_TITLE_HEADER = regex.compile(
    r"\W*+[\p{L}\p{N}][\p{L}\p{N}-]*+\s+(?:name|title|paper|project|tool|model|library"
    r"|app|dataset|benchmark|method|system|framework|package|service|product|resource)s?\W*",
    regex.I,
)
_NAME_HEADER = regex.compile(
    r"(?<![\p{L}\p{N}])(?:name|title|название|имя|nombre|nom|nome)(?![\p{L}\p{N}])"
    r"|名称|名字|名前|이름|제목|标题|標題",
    regex.I,
)
_DESCRIPTION_HEADER = regex.compile(
    r"\W*(?:description|desc|about|summary|notes?|descripción|descrição|beschreibung"
    r"|описание|опис|简介|描述|说明|說明|介绍|介紹|説明|概要|설명)(?![\p{L}\p{N}])",
    regex.I,
)
_HTML_LINE_ENTRY = re.compile(
    r"^[ \t]*(?:&nbsp;[ \t]*)*<a\s[^>\n]*>[ \t]*<(b|strong)>([^<\n]+)</\1>[ \t]*</a>"
    r"[ \t]*[-\u2013\u2014:][ \t]*\S",
    re.I | re.M,
)
_HTML_HEADING = re.compile(r"[ \t]*<h([1-6])(?:\s[^>\n]*)?>([^<\n]+)</h\1>\s*", re.I)
_DETAILS_SUMMARY = re.compile(r"^[ \t]*<details[^>\n]*>[ \t]*<summary[^>\n]*>", re.I | re.M)
_NUMBERING = regex.compile(r"^[\W\d_]*$")  # "[15]", "2024-01", "3."
_SCHEME = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*:")  # urlsplit raises on "https://[x"
_CREDITS = re.compile(
    r"[ \t*_]*(?:maintainers?|contributors?|authors?|translators?|editors?|curators?"
    r"|created by|made by|maintained by|维护者|贡献者|作者|译者|维護者|貢獻者)[ \t*_]*[:：]",
    re.I,
)
_NAVIGATION = re.compile(
    r"^\W*(?:back\s+to\s+(?:top|contents|index)|top|go\s+to\s+top|返回顶部|回到顶部|トップ"
    r"|next|previous|prev|home)\W*$",
    re.I,
)
# Before a paragraph entry's title: "**[5]**", "[12]", "5.", "(CVPR 2024)", an emoji.
_LEAD_IN = regex.compile(
    r"(?:\*\*\[?\d+\]?\*\*|\[\d+\]|\d+\.|\([^()\n]{1,40}\)|\[[^\[\]\n]{1,20}\]"
    r"|:[a-z0-9_+-]+:|[\p{Extended_Pictographic}\uFE0F\u200D]|[ \t\"“])*"
)
_LINK_NEXT = re.compile(r"(?:\*\*|__)[ \t]*!?\[")
# Sections of the list's own frame: their links are not things the list lists.
_FRAME_SECTION = regex.compile(
    r"\b(?:sponsors?|sponsorship|backers|donat(?:e|ions?)|thanks|acknowledge?ments?"
    r"|contributors|licen[cs]es?)\b|赞助|贊助|致谢|鸣谢|感谢|感謝|贡献者",
    regex.I,
)
# The list's own announcements, when they come before what it lists ("🔔 News"); further
# down, "News" is a category of things (news readers).
_NEWS_SECTION = regex.compile(
    r"\b(?:news|updates|announcements|changelog)\b|新闻|动态|更新", regex.I
)
# Sections that show again what the list files elsewhere (besides news).
_HIGHLIGHT_SECTION = regex.compile(
    r"\b(?:highlights?|trending|recent(?:ly)?|latest|pinned|featured|spotlight|sponsored"
    r"|showcase|what'?s new|newly added|new arrivals|top picks|editor'?s picks|popular"
    r"|recommended(?! system)"
    r"|novidades|recentes|destaques|novedades|recientes|destacad[oa]s|nouveautés|récents"
    r"|недавн\w*|новинки|популярн\w*|избранн\w*)\b"
    r"|最近|最新|新着|新增|注目|人気|热门|熱門|精选|精選|置顶|置頂|최근|최신|인기"
    # "recommended", not a recommender system (推荐系统, 추천 시스템)
    r"|おすすめ|オススメ|推荐(?!系统)|推薦(?!系統|システム)|추천(?!\s*시스템)",
    regex.I,
)
_NUMBER_MARK = re.compile(r"\s*(?:\*\*\[\d+\]\*\*|\[\d+\]|\*\*\d+\.?\*\*)")
_BOLD = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1")
_LABEL = re.compile(r"[:：]\s*$")  # "**Note:**" labels a remark, it names nothing
# A nested item that labels a detail of its parent: "Paper: [x](…)", "地址：https://…".
_DETAIL_LABEL = regex.compile(r"[ \t]*[\p{L}][\p{L}\p{N} _/-]{0,30}[:：]\s*$")
# After an unlinked bold name: an emoji or :shortcode:, then a dash and words ("**Term**:
# definition" is prose more often than an entry).
_AFTER_NAME = regex.compile(
    r"(?:\s|:[a-z0-9_+-]+:|[\p{Extended_Pictographic}\uFE0F])*+[-\u2013\u2014]\s*\S"
    r"|[ \t]+\[\[[^\[\]\n]+\]\]\("  # "**Megatron-LM** [[Nvidia]](…) Sept. 2019": tags
)


def row_entry(
    text: str, row: Row, table: Table, section: Section, title_column: int | None,
    description_column: int | None,
) -> Entry | None:
    """`title_column` and `description_column` are the table's (`title_column`,
    `description_column`: asked once per table, not per row)."""
    cells = row.cells
    title_cell = _title_cell(text, cells, title_column)
    if title_cell is None:
        return None
    links = tuple(link for cell in cells for link in cell.inline.links)
    anchors_only = all(is_anchor_url(link.url) for link in links if not link.image)
    if links and anchors_only and not _has_words_outside_links(text, title_cell):
        return None  # a table of contents laid out as a table
    title_link = title_link_of(title_cell.inline.links, text) or title_link_of(links, text)
    title_span = _bold_lead(text, title_cell.span) or title_cell.span
    title = _without_icons(rendered(text, title_span.start, title_span.end, links))
    described = None
    if description_column is not None and description_column < len(cells):
        cell = cells[description_column]
        described = cell if cell.span.end > cell.span.start else None
    return Entry(
        "row", row.span, section, title, title_cell.span, title_link, links,
        tuple(badges_of(list(links))), cells, table=table,
        description=described.span if described is not None else None,
    )


# Emoji before or after a name ("🔗 [cabocha](…)", "Name 🔥"): they mark it, they do not name it.
_ICON = regex.compile(r"[\s\p{Extended_Pictographic}\p{Emoji_Modifier}\uFE0F\u200D]")


def _without_icons(title: str) -> str:
    if title and title[0].isascii() and title[0].isalnum() and title[-1].isascii() and (
        title[-1].isalnum() or title[-1] in ".)"
    ):
        return title  # the usual title: a word at each end, no icon to take off
    start, end = 0, len(title)
    while start < end and _ICON.match(title, start):
        start += 1
    while end > start and _ICON.match(title, end - 1):
        end -= 1
    return title[start:end] if end > start else title.strip()


def description_column(text: str, table: Table) -> int | None:
    """The column whose header says it describes the entries ("Description", "简介")."""
    for index, header in enumerate(table.header.cells):
        if _DESCRIPTION_HEADER.match(text, header.span.start, header.span.end):
            return index
    return None


def item_entry(
    text: str, item: ListItem, paragraph: Paragraph, inline: Inline, section: Section,
    lead: tuple[list[Link], int] | None, *, nested: bool,
) -> Entry | None:
    """`lead` is the names the item leads with and where its rest starts, if it leads with
    a link (see `list_entries.leading_names`); `nested` says whether the item's list sits
    in another item."""
    name = lead[0][0] if lead else None
    links = inline.links
    if not links:
        return _unlinked_item_entry(text, item, paragraph, section)
    if is_anchor_url(links[0].url) or is_sub_page_anchor(links[0].url):
        return None  # a table-of-contents item, of this page or of another page of the list
    if _CREDITS.match(text, paragraph.span.start, links[0].span.start):
        return None  # "Maintainer: [name](…)": the list's credits, not a thing listed
    if nested and _DETAIL_LABEL.match(text, paragraph.span.start, links[0].span.start):
        return None  # "Paper: [AgentGym](…)": a detail of the entry above
    if lead is None and not is_generic_title(links[0].text):
        named = _unlinked_item_entry(text, item, paragraph, section, links)
        if named is not None:
            return named  # "**gulp-bootlint** — A gulp wrapper for [Bootlint](…)"
    if nested and lead is None and _prose_before(text, paragraph.span.start, links[0].span.start):
        return None  # "Taught by [Dan Gusfield](…) in 2010, …": about the entry above
    if lead is None:  # (a bare address before it is words: "[Title](http://…） by [A](…)")
        author = next((link for link in links if link.kind != "bare"), links[0])
        credited = _credited(text, paragraph.span.start, author.span.start)
        if credited and not _DONE.fullmatch(credited.group(1).rsplit(maxsplit=1)[-1]):
            # "CodePen的CSS方案 by [Chris Coyier](…)": the link is to its author
            return _credited_entry(text, item, paragraph, section, links, credited)
    title_link = name if name is not None and name.valid else title_link_of(links, text)
    if lead is None and title_link is not None and not is_generic_title(title_link.text):
        title_link = _site_of_named_item(text, paragraph.span.start, links) or title_link
    if title_link is None:
        return None
    title = _link_title(text, title_link, links)
    if _is_navigation(title, title_link.url):
        return None
    if is_generic_title(title):  # "**Wan: …**, Alibaba. [[Paper](…)]"
        before = _title_before(text, paragraph.span.start, title_link.span.start, links)
        title = before or title
    elif (after := _title_after_venue(text, title_link, paragraph.span.end)) is not None:
        title = after  # "[[CVPR](…)] Mr.BiQ: Post-Training Non-Uniform Quantization …"
    if not title:
        return None  # nothing names it: an icon's legend, not a thing listed
    chips: tuple[Span, ...] = ()
    separator = description = after_names = None
    names: tuple[Link, ...] = ()
    if lead is not None and title_link is name:
        names, rest = tuple(lead[0]), lead[1]
        chips = _chips(text, Span(paragraph.span.start, name.span.start))
        chips += _chips(text, Span(names[-1].span.end, rest))
        after_names = Span(rest, paragraph.span.end)
        separator, description = separator_and_description(text, after_names)
    return Entry(
        "item", Span(item.span.start, paragraph.span.end), section, title, title_link.span,
        title_link, links, tuple(badges_of(list(links))), item=item, chips=chips,
        separator=separator, description=description, names=names, rest=after_names,
    )


# A link text that reads as written: no markup, tags, entities or brackets in it.
_PLAIN_NAME = re.compile(r"[^*_`\\<>&\[\]!~\n]*[^*_`\\<>&\[\]!~\n\s][^*_`\\<>&\[\]!~\n]*")


def lone_link_item_entry(
    text: str, item: ListItem, paragraph: Paragraph, section: Section
) -> Entry | None:
    """`- [Name](https://…) - Description.`, most items of most lists: the item's only
    link names it, right after the marker, in plain words. What `item_entry` finds for
    it, without its general checks; None when the item is not of this shape (or its name
    needs them: a generic or navigation word)."""
    (link,) = paragraph.inline.links
    if (
        link.kind != "link" or not link.valid or link.span.start != paragraph.span.start
        or is_anchor_url(link.url) or is_sub_page_anchor(link.url)
        or not _PLAIN_NAME.fullmatch(link.text)
    ):
        return None
    title = link.text.strip()
    if _is_navigation(title, link.url) or is_generic_title(title):
        return None
    end = paragraph.span.end
    rest = skip_badges_and_metadata(text, paragraph.inline, link.span.end, end)
    after_name = Span(rest, end)
    separator, description = separator_and_description(text, after_name)
    return Entry(
        "item", Span(item.span.start, end), section, title, link.span, link,
        paragraph.inline.links, (), item=item, chips=_chips(text, Span(link.span.end, rest)),
        separator=separator, description=description, names=(link,), rest=after_name,
    )


def _is_navigation(title: str, url: str) -> bool:
    """"Back to top", "Next", "Home" to a place of this list; `[next](https://github.com/
    vercel/next.js)` names a framework."""
    return bool(_NAVIGATION.match(title)) and not url.lower().startswith(("http:", "https:"))


def _chips(text: str, span: Span) -> tuple[Span, ...]:
    """The span without the spaces around it, if anything is left."""
    start, end = span
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return (Span(start, end),) if end > start else ()


def detail_links(text: str, item: ListItem) -> list[Link]:
    """The links of an item's nested detail items: those that label what they give
    ("地址：https://…", "Paper: [x](…)")."""
    found: list[Link] = []
    for child in item.children:
        if isinstance(child, ListBlock):
            for first, links in _item_links(child):
                if links and _DETAIL_LABEL.match(text, first.span.start, links[0].span.start):
                    found.extend(links)
    return found


def _item_links(block: ListBlock) -> Iterator[tuple[Paragraph, list[Link]]]:
    """Each item's first paragraph and the links (not images) in it."""
    for item in block.items:
        first = item.children[0] if item.children else None
        if isinstance(first, Paragraph):
            yield first, [link for link in first.inline.links if not link.image]


def details_entry(
    text: str, item: ListItem, paragraph: Paragraph, section: Section, details: list[Link]
) -> Entry | None:
    """An item that only names the thing ("Chinese-LLaMA-Alpaca：") and links to it in
    its nested detail items."""
    raw = text[paragraph.span.start : paragraph.span.end]
    title = plain_text(raw).strip().rstrip(":：").strip()
    if not title or len(title) > 80 or "\n" in raw or not details:
        return None
    external = [link for link in details if not is_anchor_url(link.url)]
    if not external:
        return None
    return Entry(
        "item", Span(item.span.start, paragraph.span.end), section, title, paragraph.span,
        external[0], tuple(external), (), item=item,
    )


# Words that name a thing, then its author's link: "CodePen's CSS by [Chris Coyier](…)",
# "**Host**: Joe Ressington @[joeressington](…)" (a handle, mentioned).
_CREDITED = regex.compile(
    r"[ \t]*+(\S(?:[^\n]*?\S)?)(?:[ \t\u00a0]++by[ \t\u00a0]*+|[ \t\u00a0]*+@)", regex.I
)


def _credited(text: str, start: int, end: int) -> regex.Match[str] | None:
    """The credit pattern over text[start:end], tried only when it ends in "by" or "@"."""
    tail = text[start:end].rstrip(" \t\u00a0")
    if not (tail.endswith("@") or tail[-2:].lower() == "by"):
        return None  # the common case, and the pattern's backtracking is not cheap
    return _CREDITED.fullmatch(text, start, end)


# "Taught by [Dan](…)", "Maintained by [Ann](…)": a sentence about the link, no name
_DONE = regex.compile(r"\w*ed|taught|written|made|built|run|done|given|shown|led|held", regex.I)


def _credited_entry(
    text: str, item: ListItem, paragraph: Paragraph, section: Section,
    links: tuple[Link, ...], credited: regex.Match[str],
) -> Entry | None:
    title = rendered(text, credited.start(1), credited.end(1), links).strip()
    if not title or is_generic_title(title):
        return None
    return Entry(
        "item", Span(item.span.start, paragraph.span.end), section, title,
        Span(credited.start(1), credited.end(1)), None, links, tuple(badges_of(list(links))),
        item=item,
    )


def _unlinked_item_entry(
    text: str, item: ListItem, paragraph: Paragraph, section: Section,
    links: tuple[Link, ...] = (),
) -> Entry | None:
    """`- **STOKE** — A stochastic optimizer.`: a bold name and a description; the links
    in the description, if any, are to other things."""
    start = paragraph.span.start
    icons = _LEAD_IN.match(text, start, paragraph.span.end)
    bold = _BOLD.match(text, icons.end() if icons else start, paragraph.span.end)
    if bold is None or _LABEL.search(bold.group(2)) or "[" in bold.group(2):
        return None
    after = _AFTER_NAME.match(text, bold.end(), paragraph.span.end)
    if after is None:
        return None
    title = plain_text(bold.group(2)).strip()
    if not title or is_generic_title(title):
        return None
    title_span = Span(bold.start(2), bold.end(2))
    return Entry(
        "item", Span(item.span.start, paragraph.span.end), section, title, title_span,
        None, links, tuple(badges_of(list(links))), item=item, bold_name=True,
    )


def in_frame(section: Section) -> bool:
    """Is the section part of the list's frame (sponsors, thanks, contributors, licence)?"""
    return any(_FRAME_SECTION.search(title) for title in section.path)


def is_highlight_section(section: Section, group: str = "") -> bool:
    """Is the section, or one it sits in, or the group label the entry is listed under
    (`- <span id="recommend">추천</span>` over nested items), a News, Trending,
    Featured… section: one that shows again, on purpose, what the list files under its
    topics?"""
    return _highlight_path((*section.path, group) if group else section.path)


@functools.lru_cache(maxsize=4096)  # asked for every pair of repeats: once per path
def _highlight_path(path: tuple[str, ...]) -> bool:
    return any(_NEWS_SECTION.search(title) or _HIGHLIGHT_SECTION.search(title) for title in path)


def leading_news(sections: list[Section]) -> set[Section]:
    """The news sections before the first section that lists things: a News item there
    announces a paper or tool listed below, it is not a second listing. `sections` are
    those holding entries, in document order."""
    found: set[Section] = set()
    for section in sections:
        if not any(_NEWS_SECTION.search(title) for title in section.path):
            break
        found.add(section)
    return found


def is_anchor_url(url: str) -> bool:
    """A link to a place in the same page: "#usage", "./#usage"."""
    return url.startswith(("#", "./#"))


def is_sub_page_anchor(url: str) -> bool:
    """A link to a place in another page of the same repository ("/Category/AI#LLM",
    "docs/tools.md#linters"): navigation, not a thing listed."""
    if "#" not in url or url.startswith(("#", "./#", "//")):
        return False
    return not _SCHEME.match(url) and not url.lower().startswith("www.")


def paragraph_entry(
    text: str, paragraph: Paragraph, inline: Inline, section: Section
) -> Entry | None:
    """A paragraph outside lists that starts with a bold title and has a link."""
    if section.heading is None or section.level <= 1:
        return None  # the text before the first subheading introduces the list
    links = [link for link in inline.links if not is_anchor_url(link.url)]
    title_link = title_link_of(tuple(links), text)
    if title_link is None:
        return None
    first_line = paragraph.lines[0]
    lead_in = _LEAD_IN.match(text, first_line.start, first_line.end)
    start = lead_in.end() if lead_in else first_line.start
    title_span = _title_at(text, start, first_line.end)
    if title_span is None and _lone_title_link(text, paragraph, title_link):
        # "[Qwen-AgentWorld: Language World Models for General Agents](http://arxiv…)"
        # alone, its details in the list below it
        title_span = title_link.text_span
    if title_span is None and _NUMBER_MARK.match(text, first_line.start, first_line.end):
        # "**[5]** Simonyan, Karen, et al. "**Very deep convolutional networks**." …"
        bold = _BOLD.search(text, start, first_line.end)
        title_span = Span(bold.start(2), bold.end(2)) if bold is not None else None
    if title_span is None:
        return None
    title = rendered(text, title_span.start, title_span.end, inline.links).strip(" \t\"“”.,:")
    label = _LABEL.search(text, title_span.start, title_span.end)
    lead_phrase = _LINK_NEXT.match(text, title_span.end) or any(  # "**Please visit** [x](…)"
        title_span.start < link.span.start < title_span.end for link in inline.links
    )  # "**Please visit [x](…)**"; "**[Name](…)**" starts with its link
    if not title or is_generic_title(title) or label or lead_phrase:
        return None
    return Entry(
        "paragraph", paragraph.span, section, title, title_span, title_link, inline.links,
        tuple(badges_of(list(inline.links))),
    )


def _lone_title_link(text: str, paragraph: Paragraph, link: Link) -> bool:
    """Is the paragraph one link, whose text is a title of several words?"""
    whole = text[paragraph.span.start : paragraph.span.end].strip()
    words = len(link.text.split())
    return whole == text[link.span.start : link.span.end] and words >= LONE_TITLE_WORDS


LONE_TITLE_WORDS = 4  # "[Contributing guidelines](…)" alone is a pointer, not a paper


def heading_entry(heading: HeadingNode, section: Section, text: str) -> Entry | None:
    """A heading that is one link to another page, with nothing listed under it (a
    description, a <details> block); a table under it is the section's content."""
    if section.children or section.entries or section.tables:
        return None
    if any(isinstance(b, HtmlBlock) and "<table" in _raw(text, b).lower() for b in section.blocks):
        return None
    links = [link for link in heading.inline.links if not link.image]
    if len(links) != 1 or is_anchor_url(links[0].url) or not links[0].valid:
        return None
    link = links[0]
    around = text[heading.text_span.start : link.span.start] + text[
        link.span.end : heading.text_span.end
    ]
    if plain_text(around).strip(" \t#"):
        return None  # "Papers on [X](…)": a heading that mentions a link
    title = _link_title(text, link, heading.inline.links)
    return Entry(
        "heading", heading.span, section, title, link.span, link, heading.inline.links,
        tuple(badges_of(list(heading.inline.links))),
    )


def _raw(text: str, block: Block) -> str:
    return text[block.span.start : block.span.end]


def html_details_entries(text: str, block: HtmlBlock, section: Section) -> list[Entry]:
    """`<details><summary><b><a href="…">Name</a></b> … - Description.</summary>`: entries
    written in HTML (best-of lists), one per summary line; what each unfolds is its
    details. One HTML block may close one and open the next."""
    if section.heading is None:
        return []
    found = []
    for opening in _DETAILS_SUMMARY.finditer(text, block.span.start, block.span.end):
        line_end = text.find("\n", opening.end(), block.span.end)
        line_end = block.span.end if line_end < 0 else line_end
        entry = _summary_entry(text, block, section, Span(opening.start(), line_end))
        if entry is not None:
            found.append(entry)
    return found


def _summary_entry(text: str, block: HtmlBlock, section: Section, line: Span) -> Entry | None:
    links = links_between(block.inline.links, line.start, line.end)
    anchor = next((link for link in links if link.text == "<a>"), None)
    if anchor is None or is_anchor_url(anchor.url):
        return None
    closing = text.find("</a>", anchor.span.end, line.end)
    if closing < 0:
        return None
    title_span = Span(anchor.span.end, closing)
    title = plain_text(text[title_span.start : title_span.end]).strip()
    if not title:
        return None
    return Entry(
        "html", line, section, title, title_span, anchor, tuple(links),
        tuple(badges_of(list(links))),
    )


def html_line_entries(text: str, block: HtmlBlock, section: Section) -> list[Entry]:
    """`&nbsp;&nbsp; <a href="…"><b>Name</b></a> - Description.<br>`: one entry per line
    of an HTML block that links a bold name and describes it."""
    if section.heading is None or section.level <= 1:
        return []
    found = []
    for line in _HTML_LINE_ENTRY.finditer(text, block.span.start, block.span.end):
        anchor = next(
            (link for link in links_between(block.inline.links, line.start(), line.end())
             if link.text == "<a>"),
            None,
        )
        if anchor is None or is_anchor_url(anchor.url):
            continue
        title = html.unescape(line.group(2)).strip()
        line_end = text.find("\n", line.end(), block.span.end)
        span = Span(line.start(), block.span.end if line_end < 0 else line_end)
        title_span = Span(line.start(2), line.end(2))
        found.append(Entry("html", span, section, title, title_span, anchor, (anchor,), ()))
    return found


def html_heading_entries(
    text: str, html_blocks: list[HtmlBlock], lists: list[ListBlock],
    section_at: Callable[[int], Section],
) -> tuple[list[Entry], list[tuple[int, int]]]:
    """`<h3 id="apfelfunk">Apfelfunk</h3>` followed by a list whose links all name it
    ("Apfelfunk Website", "Apfelfunk @ Spotify"): the heading is the entry, the list its
    details. Returns the entries and the lists' spans. A heading over a list of other
    things is a section heading written in HTML, and left alone."""
    starts = [block.span.start for block in lists]
    headings = [
        (block, match) for block in html_blocks
        if (match := _HTML_HEADING.fullmatch(text, block.span.start, block.span.end))
    ]
    found, details = [], []
    for position, (block, heading) in enumerate(headings):
        name = html.unescape(plain_text(heading.group(2))).strip()
        limit = headings[position + 1][0].span.start if position + 1 < len(headings) else None
        index = bisect.bisect_left(starts, block.span.end)
        if not name or index == len(starts) or (limit is not None and starts[index] > limit):
            continue
        links = _links_naming(text, lists[index], name)
        if links is None:
            continue
        section = section_at(block.span.start)
        title_span = Span(heading.start(2), heading.end(2))
        found.append(Entry("html", block.span, section, name, title_span, links[0], links, ()))
        details.append((lists[index].span.start, lists[index].span.end))
    return found, details


def _links_naming(text: str, block: ListBlock, name: str) -> tuple[Link, ...] | None:
    """The list's links, if there are two or more and each one's text starts with the name."""
    links = [link for _, found in _item_links(block) for link in found]
    folded = name.casefold()
    named = [link for link in links if html.unescape(link.text).casefold().startswith(folded)]
    return tuple(named) if len(named) >= 2 and len(named) == len(links) else None


def detail_regions(
    text: str, html_blocks: list[HtmlBlock], entries: list[Entry]
) -> list[tuple[int, int]]:
    """From each `<details>` entry to the `</details>` that closes it: the lists there are
    its details (GitHub, PyPI and Conda links), not entries. `html_blocks` in order."""
    closings = _details_closings(text, html_blocks)
    regions = []
    for entry in entries:
        index = bisect.bisect_left(closings, entry.span.end)
        end = closings[index] if index < len(closings) else entry.span.end
        regions.append((entry.span.end, end))
    return regions


def summary_labels(text: str, html_blocks: list[HtmlBlock]) -> list[tuple[int, int, str]]:
    """`<details><summary>Python</summary>` … `</details>`: a folded group of entries
    labelled by its summary (a summary that links something is an entry, not a label).
    Each region as (start, end, label), in order; `html_blocks` in order."""
    closings = _details_closings(text, html_blocks)
    regions = []
    for block in html_blocks:
        found = _summary_text(text, block)
        if found is None or "<a " in found[0].lower() or "](" in found[0]:
            continue
        label = " ".join(plain_text(found[0]).split())
        index = bisect.bisect_left(closings, found[1])
        if label and index < len(closings):
            regions.append((found[1], closings[index], label))
    return regions


def _summary_text(text: str, block: HtmlBlock) -> tuple[str, int] | None:
    """What the block's first `<summary>…</summary>` on one line says, and where it ends."""
    opening = _SUMMARY_OPEN.search(text, block.span.start, block.span.end)
    if opening is None:
        return None
    line_end = text.find("\n", opening.end(), block.span.end)
    closing = text.find("</summary>", opening.end(), block.span.end if line_end < 0 else line_end)
    if closing < 0:
        return None
    return text[opening.end() : closing], closing + len("</summary>")


_SUMMARY_OPEN = re.compile(r"<summary(?:\s[^<>\n]{0,200})?>", re.I)  # bounded: linear


def _details_closings(text: str, html_blocks: list[HtmlBlock]) -> list[int]:
    """Where each HTML block that closes a `<details>` starts, in order."""
    return [
        block.span.start for block in html_blocks
        if "</details>" in text[block.span.start : block.span.end]
    ]


def _prose_before(text: str, start: int, end: int) -> bool:
    """Words of a sentence before an item's first link: two or more, in plain text, not a
    label ("Paper:") or a name and its separator ("Tool -")."""
    words = text[start:end].split()
    if len(words) < 2 or not words[0][0].isalnum() or words[-1][-1] in ":：-–—|":
        return False
    return not _PROSE_STOP.search(text, start, end)


_PROSE_STOP = re.compile(r"[\[\]<>!*_`|]")


def free_paragraphs(blocks: tuple[Block, ...] | list[Block]) -> Iterator[Paragraph]:
    """Paragraphs that are not inside a list (those in block quotes count)."""
    pending = list(reversed(blocks))
    while pending:
        block = pending.pop()
        if isinstance(block, Paragraph):
            yield block
        elif isinstance(block, BlockQuote):
            pending.extend(reversed(block.children))


def badges_of(links: list[Link]) -> list[Badge]:
    """Images inside a link, and images from badge services: links sorted by start."""
    badges = []
    outer: Link | None = None
    for link in links:
        if not link.image:
            outer = link
            continue
        inside = (
            outer is not None
            and outer.text_span.start <= link.span.start
            and link.span.end <= outer.text_span.end
        )
        if inside or is_badge_url(link.url):
            wrapper = outer if inside else None
            target = wrapper.url if wrapper else None
            badges.append(Badge(link.text, link.url, target, link, wrapper))
    return badges


def title_link_of(links: tuple[Link, ...], text: str) -> Link | None:
    """The entry's main link: the first real link that is not a badge or an anchor."""
    fallback = None
    for link in links:
        if link.image or not link.valid or is_anchor_url(link.url):
            continue
        if link.kind in ("link", "reference", "autolink", "html") and not only_images(
            link, links, text
        ):
            if link.url.startswith(("http://", "https://")):
                return link
            fallback = fallback or link
    return fallback


def rendered(text: str, start: int, end: int, links: tuple[Link, ...] | list[Link]) -> str:
    """The text of [start, end) as it reads: each link by its text, images and `<a>` tags
    left out, and the rest (emphasis, escapes, entities) by plain_text. The links are
    the scanner's, so most titles need no Markdown parser at all."""
    pieces, position = [], start
    for link in links_between(links, start, end):
        if link.span.start < position:
            continue  # inside a link already rendered
        pieces.append(text[position : link.span.start])
        if link.kind in ("bare", "autolink"):
            pieces.append(link.text)
        elif not link.image and link.kind != "html":
            pieces.append(rendered(text, link.text_span.start, link.text_span.end, links))
        position = link.span.end
    pieces.append(text[position:end])
    return plain_text("".join(pieces))


def _link_title(text: str, link: Link, links: tuple[Link, ...] | list[Link]) -> str:
    if link.kind == "html" and link.text == "<a>":
        return _anchor_element_text(text, link, links)
    return rendered(text, link.text_span.start, link.text_span.end, links).strip()


_TAGS = re.compile(r"<[^<>]*>")


def _anchor_element_text(text: str, link: Link, links: tuple[Link, ...] | list[Link]) -> str:
    """What an `<a href=…>Name</a>` element reads: the text up to its `</a>` on the same
    line (the tag alone holds only the address)."""
    line_end = text.find("\n", link.span.end)
    rest = text[link.span.end : len(text) if line_end < 0 else line_end]
    close = rest.lower().find("</a>")
    if close < 0:
        return ""
    inner = _TAGS.sub("", rest[:close])
    return html.unescape(" ".join(inner.split())).strip()


# A venue's tag: "CVPR", "ICLR", "NeurIPS 2022", "ICCV' 19", "arXiv 2023".
_VENUE_TAG = regex.compile(r"(?:[A-Z]{2,8}|NeurIPS|[Aa]rXiv)(?:\s?['’]?\s?\d{2,4})?")
# The words after "[[CVPR](…)]": the paper's title, to its full stop or its next link.
_TITLE_AFTER_TAG = regex.compile(r"\][ \t]*+([^\[\]\n`*]{8,300}?)\.?[ \t]*+(?=\[|\(|$|\n)")


def _title_after_venue(text: str, link: Link, end: int) -> str | None:
    """The title of an item led by its venue's tag (`[[CVPR](…)] Title. [code](…)`): the
    link names where the paper appeared, the words after it what it is."""
    start = link.span.start
    if start == 0 or text[start - 1] != "[" or not _VENUE_TAG.fullmatch(link.text.strip()):
        return None
    found = _TITLE_AFTER_TAG.match(text, link.span.end, end)
    return found.group(1).strip() if found is not None else None


def _title_before(text: str, start: int, end: int, links: tuple[Link, ...] | list[Link]) -> str:
    """The title written before a link that only says what it is: the first bold text,
    else the name before a full-width colon, else all the text before the link."""
    bold = _BOLD.search(text, start, end)
    if bold is not None:
        title = rendered(text, bold.start(2), bold.end(2), links).strip(" \t\"“”.,:")
        if _VENUE_TAG.fullmatch(title.strip("[]() ")):  # "Title | **[ICCV' 19]** | [pdf](…)"
            before = rendered(text, start, bold.start(), links).strip(" \t|[(,.:-\u2013\u2014")
            if before:
                return before  # the bold is its venue
        if title and not _LABEL.search(bold.group(2)):
            return title
    named = _NAME_AND_COLON.match(text, start, end)
    if named is not None and not links_between(links, start, named.end()):
        return str(named.group(1)).strip()
    return rendered(text, start, end, links).strip(" \t[(,.:-\u2013\u2014：。")


# "Autoconf：一个可扩展的 M4 宏指令包 … [GNU GPL3](…)。[官网](…)": a name, a full-width
# colon and the description, with the thing's own site linked last by a generic label
_NAME_AND_COLON = regex.compile(r"[ \t]*+([^\s：\[\]<>`*_][^：\n\[\]<>`]{0,40}?)[ \t]*+：")


def _site_of_named_item(text: str, start: int, links: tuple[Link, ...]) -> Link | None:
    """In such an item, the link that names the site ("官网", "Website"), not the first
    link of the description (a licence, a protocol it implements)."""
    if not links or _NAME_AND_COLON.match(text, start, links[0].span.start) is None:
        return None
    return next(
        (link for link in links if is_generic_title(link.text) and link.url.startswith("http")),
        None,
    )


def _title_at(text: str, start: int, end: int) -> Span | None:
    """The bold title a paragraph entry starts with (`**Title.**`, `**[Name](…)**`)."""
    bold = _BOLD.match(text, start, end)
    return Span(bold.start(2), bold.end(2)) if bold is not None else None


def lists_things(text: str, table: Table) -> bool:
    """Is the table a list of things? A table with a link in some row is; one without
    links only when a header names its column of names ("Extension name", "名称"), or
    its titles ("Model") beside images: a table of figures, goals or groups sums the
    list up, it lists nothing itself."""
    pictured = 0  # rows showing an image
    for row in table.rows:
        links = [link for cell in row.cells for link in cell.inline.links]
        if any(not link.image for link in links):
            return True
        pictured += bool(links)
    if pictured >= 3 and 2 * pictured >= len(table.rows) and title_column(text, table) is not None:
        return True  # "| Model | Preview |": each row's image shows the thing it names
    return any(
        _NAME_HEADER.search(text, cell.span.start, cell.span.end) for cell in table.header.cells
    )


def title_column(text: str, table: Table) -> int | None:
    """The column under a Title/Name/Paper… header, if there is one; the first cell's
    "Language Model" or "Tool Name" (a title word after another word) too; else, when
    the first column of words repeats itself (an organisation behind several rows), the
    first later column whose cells mostly link what they name."""
    for index, cell in enumerate(table.header.cells):
        if _TITLE_HEADER.match(text, cell.span.start, cell.span.end):
            return index
        if index == 0 and _QUALIFIED_TITLE_HEADER.fullmatch(text, cell.span.start, cell.span.end):
            return index
    return _past_a_category_column(text, table)


def _past_a_category_column(text: str, table: Table) -> int | None:
    """`|99|蚂蚁集团|[TestGPT-7B](…)|…`, and 蚂蚁集团 in other rows too: the company is
    the row's category, the model the thing listed."""
    rows = [row for row in table.rows if row.cells]
    if len(rows) < 4:
        return None
    firsts = Counter(_first_words(text, row) for row in rows)
    first, count = firsts.most_common(1)[0]
    if first is None or 10 * count < 9 * len(rows):  # the same column in nine rows of ten
        return None
    rows = [row for row in rows if first < len(row.cells)]
    values = [_cell_text(text, row.cells[first]).strip() for row in rows]
    if len(set(values)) == len(values) or any(row.cells[first].inline.links for row in rows):
        return None
    for column in range(first + 1, len(table.header.cells)):
        linked = sum(
            column < len(row.cells) and _names_a_linked_thing(text, row.cells[column])
            for row in rows
        )
        if 2 * linked > len(rows):
            return column
    return None


def _first_words(text: str, row: Row) -> int | None:
    """The index of the row's first cell that is not a number or a date."""
    cells = enumerate(row.cells)
    return next((i for i, c in cells if not _NUMBERING.match(_cell_text(text, c))), None)


def _cell_text(text: str, cell: Cell) -> str:
    return text[cell.span.start : cell.span.end]


def _title_cell(text: str, cells: tuple[Cell, ...], column: int | None) -> Cell | None:
    """The cell that names the entry: in the title column, else the first cell that is
    not a number or a date, unless that only labels the row ("**Commonsense**") and a
    later cell names a linked thing."""
    if column is not None and column < len(cells):
        cell = cells[column]
        if cell.span.end > cell.span.start:
            return cell
    filled = [c for c in cells if c.span.end > c.span.start]
    named = [c for c in filled if not _NUMBERING.match(text[c.span.start : c.span.end])]
    chosen = named or filled
    if not chosen:
        return None
    if _only_images(text, chosen[0]):
        # the first cell only shows an image (an infographic's preview): the next words
        worded = next((c for c in chosen[1:] if not _only_images(text, c)), None)
        if worded is not None:
            return worded
    first = chosen[0]
    if not any(not link.image for link in first.inline.links):
        linked = next((c for c in chosen[1:] if _names_a_linked_thing(text, c)), None)
        if linked is not None and _BOLD.fullmatch(text, first.span.start, first.span.end):
            return linked
    return first


def _only_images(text: str, cell: Cell) -> bool:
    """Does the cell show nothing but images (no words)?"""
    if not any(link.image for link in cell.inline.links):
        return False
    return not rendered(text, cell.span.start, cell.span.end, cell.inline.links).strip()


def _names_a_linked_thing(text: str, cell: Cell) -> bool:
    link = title_link_of(cell.inline.links, text)
    return link is not None and not is_generic_title(link.text)


# "10) **Survey of NL2QL** - a comprehensive overview…": the bold words are the title.
_BOLD_LEAD = regex.compile(r"[ \t]*(?:\d{1,3}[.)][ \t]*)?(\*\*|__)(?=\S)(.+?)(?<=\S)\1[ \t]*\S")


def _bold_lead(text: str, span: Span) -> Span | None:
    """The bold title a long cell starts with, before the words that describe it."""
    match = _BOLD_LEAD.match(text, span.start, span.end)
    return Span(match.start(2), match.end(2)) if match else None


def _has_words_outside_links(text: str, cell: Cell) -> bool:
    position, pieces = cell.span.start, []
    for link in cell.inline.links:
        if link.span.start >= position:
            pieces.append(text[position : link.span.start])
            position = link.span.end
    pieces.append(text[position : cell.span.end])
    return bool("".join(pieces).strip(" \t|*_"))
