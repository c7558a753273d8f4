"""The end of a text, scanned backwards: the spaces, markup, code chips, badges and emoji
that trail its words, where its last word starts, and whether it ends like a sentence."""

from __future__ import annotations

from collections.abc import Sequence

import regex

from awesome_lint.document import (
    Link,
    ListEntry,
    Span,
    is_badge_link,
    is_badge_url,
    is_generic_title,
    links_between,
)

# Emoji, emoji sequences and :shortcodes:.
EMOJI_RUN = (
    r"(?:[\p{Extended_Pictographic}\p{Emoji_Modifier}\p{Regional_Indicator}\uFE0F\u200D\u20E3]"
    r"|:[a-z0-9_+-]+:)+"
)
_LAST_EMOJI = regex.compile(EMOJI_RUN, regex.REVERSE)
# Patterns for the end of a text are matched backwards from the end (REVERSE + match):
# searched forwards, `X+$` tries every start in a run of X, which is quadratic.
# '… *What is a VP of Engineering?*”': emphasis may close between the mark and the quote
_ENDS_WELL = regex.compile(r"[.!?…。！？．]+[*_]{0,3}[\"'”’»」』]?", regex.REVERSE)
_QUOTE_SANDWICH = regex.compile(r"[.!?…][\"”][.!?…]+", regex.REVERSE)  # 'the "end.".'
_TAG = regex.compile(r"</?[A-Za-z][^<>]*>")


def rstrip_space(text: str, start: int, end: int) -> int:
    """Where `text[start:end]` ends without its trailing whitespace."""
    while end > start and text[end - 1].isspace():
        end -= 1
    return end


def last_word_start(text: str, start: int, end: int) -> int:
    """Where the last word of `text[start:end]` starts: after its last space or line break."""
    space = max(text.rfind(" ", start, end - 1), text.rfind("\n", start, end - 1))
    return space + 1 if space >= start else start


def strip_end(text: str, start: int, end: int) -> int:
    """Before one trailing emoji run, HTML tag or separator left before badges."""
    emoji = _last_match(_LAST_EMOJI, text, start, end)
    if emoji is not None:
        return emoji
    if text[end - 1 : end] in ("-", "\u2013", "\u2014", "|") and text[end - 2 : end - 1].isspace():
        return end - 1  # "Does this. - [![badge](…)](…)"
    if text[end - 1 : end] == ">":
        tag = text.rfind("<", start, end)
        if tag > start and _TAG.fullmatch(text, tag, end):
            return tag
    return end


def words_end(entry: ListEntry, description: Span) -> int:
    """Where the words of an entry's description end: before trailing badges, images, code
    chips, HTML tags and emoji."""
    end = description.end
    links = entry.links_in(description)
    badge_ending_at: dict[int, Link] = {}
    for link in reversed(links):  # the outermost of those ending at one place wins
        if link.image or is_badge_link(entry.text, link, links) or is_badge_url(link.url):
            badge_ending_at[link.span.end] = link
    while end > description.start:
        before = end
        end = rstrip_space(entry.text, description.start, end)
        badge = badge_ending_at.get(end)
        if badge is not None:
            end = badge.span.start
        end = strip_end(entry.text, description.start, end)
        if end == before:
            break
    return end


def ends_well(plain: str) -> bool:
    """Does the text end like a sentence: '.', '!', '?', '…' (or a CJK full stop), perhaps
    inside closing quotes?"""
    if plain.endswith(")") and plain.count(")") > plain.count("("):
        plain = plain[:-1]  # "… in ZSH.)": a stray bracket after the full stop
    return bool(_ENDS_WELL.match(plain)) and not ends_twice(plain)


def ends_twice(plain: str) -> bool:
    """Does the text end with punctuation on both sides of a closing quote: 'the "end.".'?"""
    return bool(_QUOTE_SANDWICH.match(plain))


# The two scanners below do what `(?:[\s*_~]|<[^<>]*>)+$` and `(?:\s*`[^`\n]+`)+$` would:
# the regex module takes time quadratic in the length of such repeated groups.


def without_trailing_markup(text: str) -> str:
    """The text without trailing spaces, emphasis marks and HTML tags."""
    end = len(text)
    while end:
        char = text[end - 1]
        if char.isspace() or char in "*_~":
            end -= 1
            continue
        opening = text.rfind("<", 0, end - 1) if char == ">" else -1
        if opening < 0 or text.find(">", opening, end - 1) >= 0:
            break
        end = opening
    return text[:end]


def without_code_chips(text: str) -> str:
    """The text without the code chips it ends with ("Does this. `MIT` `Go`")."""
    end = len(text)
    while end and text[end - 1] == "`":
        opening = text.rfind("`", 0, end - 1)
        if opening < 0 or opening >= end - 2 or text.find("\n", opening, end) >= 0:
            break
        end = opening
        while end and text[end - 1].isspace():
            end -= 1
    return text[:end]


def without_end(backwards: regex.Pattern[str], text: str) -> str:
    """The text without what a REVERSE pattern matches at its end."""
    match = backwards.match(text)
    return text[: match.start()] if match else text


def _last_match(backwards: regex.Pattern[str], text: str, start: int, end: int) -> int | None:
    """Where a REVERSE pattern's match ending at `end` starts, if after `start`."""
    match = backwards.match(text, start, end) if end > start else None
    if match is not None and match.start() > start:
        return int(match.start())
    return None


def text_outside_links(
    text: str, links: tuple[Link, ...] | list[Link], start: int, end: int
) -> str:
    """The text of [start, end) that is not a link, a badge, code or markup: after the
    words of "tool for Redis ®", '®', where a full stop belongs after the sign."""
    kept, position = [], start
    for link in links_between(links, start, end):
        if link.span.start >= position:
            kept.append(text[position : link.span.start])
            position = link.span.end
    kept.append(text[position:end])
    return "".join(kept).strip(" \t*_`")


def without_trailing_addresses(text: str) -> str:
    """The text without the bare addresses it ends with ("Does this。http://demo.example":
    a link shown by its address, after the sentence)."""
    end = len(text.rstrip())
    while True:
        start = max(text.rfind(p, 0, end) for p in ("http://", "https://", "www."))
        if start < 0 or any(char.isspace() for char in text[start:end]):
            return text[:end]
        end = len(text[:start].rstrip())


def sentence_core(plain: str) -> tuple[str, bool]:
    """The sentence a description ends with, without the code chips, hashtags ("Does
    this. `MIT`", "Does this. #opensource") and bare addresses ("Does this。http://demo")
    after it; and whether an address was cut (a full stop before it or after it is then
    the author's call)."""
    chipless = without_trailing_markup(without_code_chips(without_end(_HASHTAGS, plain)))
    core = without_trailing_markup(without_trailing_addresses(chipless))
    return core, core != chipless


_HASHTAGS = regex.compile(r"(?:\s+#\p{L}[\p{L}\p{N}_-]*)+", regex.REVERSE)  # "… text. #opensource"


def full_stop_after(text: str) -> str:
    """The full stop for a sentence ending with this text: '。' after Chinese or Japanese,
    and for a sentence written in them that ends with a Latin name ("参与项目有Chrome、
    web组件、Polymer"): more of their characters than Latin words."""
    if _CJK_END.match(text[-1:]):
        return "\u3002"
    cjk = len(_CJK_END.findall(text))
    return "\u3002" if cjk > len(_LATIN_WORD.findall(text)) else "."


_CJK_END = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}]")
_LATIN_WORD = regex.compile(r"\p{Latin}+")


def cut_short(plain: str) -> bool:
    """Does the text end cut off: one or two letters after a sentence ("…anonymous data.
    F", "for code.t"), a word that stops after its first letters ("with or wi"), or a
    word no English sentence ends on ("Tour of Heroes, using")? Its full stop would hide
    the cut: the text needs completing, not punctuating."""
    if _AFTER_SENTENCE.search(plain) or _DANGLING.search(plain):
        return True
    fragment = _LAST_FRAGMENT.search(plain)
    return fragment is not None and fragment.group(0) not in _SHORT_WORDS


_AFTER_SENTENCE = regex.compile(r"[.!?]\s?\w{1,2}$")
_DANGLING = regex.compile(r"(?<=[A-Za-z,] )(?:and|or|the|using|with|of|for|from|via)\s*$")
_LAST_FRAGMENT = regex.compile(r"(?<=[A-Za-z]{2,} )[a-z]{1,2}$")  # after a word ("HTTP f")
# English words and lower-case names of one or two letters that end a description whole
_SHORT_WORDS = frozenset(
    {
        "a", "i", "am", "an", "as", "at", "be", "by", "do", "go", "he", "if", "in", "is",
        "it", "me", "my", "no", "of", "oh", "ok", "on", "or", "so", "to", "up", "us", "we",
        "ai", "ar", "cd", "ci", "cp", "db", "du", "ed", "id", "io", "ip", "js", "ls", "ml",
        "mv", "os", "pc", "ps", "qa", "rm", "sh", "ts", "tv", "ui", "ux", "vi", "vm", "vr",
        "vs",
    }
)


def ends_before_links(entry: ListEntry, description: Span, end: int) -> bool:
    """Does a sentence end before the links that close the description's words ("Does
    this. [Online Demo](…) [Docs](…)", "描述。[官网](…)、[GitHub](…)")?"""
    position = _trailing_links(entry, description, end, generic=False)
    if position == end:
        return False
    before = _before_separator(entry.text, description.start, position)
    return ends_well(entry.rendered(Span(description.start, before)).rstrip())


def stop_is_authors_call(text: str, at: int, plain: str) -> bool:
    """Is a full stop at `at` the author's call, or no help: after a bare address or a
    hashtag ("… text #opensource"), or in a text cut short?"""
    return after_address(text, at) or bool(_HASHTAGS.match(plain)) or cut_short(plain)


def stop_after_citation(text: str, at: int, links: Sequence[Link]) -> bool:
    """Would a full stop at `at` follow a citation: a link titled in four words or more
    ("… [Comprehensive integration of single-cell data](…)"), or a tag in parentheses,
    at the end or before a short link ("… *(Open, API)* [(HF)](…)")? Lists put the stop
    before those as often as after them: the maintainer's call. A short link reads as
    the sentence's last word ("… for [webpack](…)") and takes the stop after it."""
    cited = next((link for link in links if link.span.end == at), None)
    if cited is not None and len(cited.text.split()) >= CITATION_WORDS:
        return True
    before = rstrip_space(text, 0, cited.span.start) if cited is not None else at
    return bool(_TAG_AT_END.search(text, 0, at) or _TAG_AT_END.search(text, 0, before))


CITATION_WORDS = 4
_TAG_AT_END = regex.compile(r"[*_]\([^()\n]*\)[*_]$")


def after_address(text: str, at: int) -> bool:
    """Does a bare address end at `at` ("… RIGHT NOW http://tinyc.games [`MIT`][MIT]")?
    A full stop after it is the author's call."""
    start = max(text.rfind(" ", 0, at), text.rfind("\n", 0, at)) + 1
    return text.startswith(("http://", "https://", "www."), start)


def full_stop_place(entry: ListEntry, description: Span, end: int) -> int | None:
    """Where a missing full stop goes: before the links that only name a kind of link
    ("描述 [官网](…)", "Does this [Demo](…)": the sentence ends before them), else at
    `end` ("Plugin for [webpack](…)": the link is in the sentence); None when the
    description is only such links ("[官网](…)": no sentence)."""
    position = _trailing_links(entry, description, end, generic=True)
    if position == end:
        return end
    words_end = _before_separator(entry.text, description.start, position)
    return words_end if words_end > description.start else None


def _before_separator(text: str, start: int, end: int) -> int:
    """Where the words before trailing links end, before a dash or bar that sets the links
    apart ("… on top of it. - [Source Code](…)")."""
    end = rstrip_space(text, start, end)
    if end - start >= 2 and text[end - 1] in "-\u2013\u2014|" and text[end - 2] in " \t":
        end = rstrip_space(text, start, end - 1)
    return end


def _trailing_links(entry: ListEntry, description: Span, end: int, *, generic: bool) -> int:
    """Where the run of links that closes the description's words starts (`generic`:
    links that name a kind of link only), else `end`."""
    position = end
    for link in reversed(entry.links_in(Span(description.start, end))):
        between = entry.text[link.span.end : position].strip(_BETWEEN_LINKS)
        if link.image or between not in _JOINING_WORDS or link.span.end > position:
            break
        if generic and not _names_a_kind(link.text):
            break  # "instructions [here](…)": the link is the sentence's last word
        position = link.span.start
    return position


def _names_a_kind(text: str) -> bool:
    """Does a link's text only name a kind of link ("官网", "Demo") or a tag set in code
    ("[`MIT`][MIT]": a licence after the sentence)?"""
    if len(text) > 2 and text[0] == text[-1] == "`":
        return True
    return is_generic_title(text) and not _IN_SENTENCE.fullmatch(text)


_BETWEEN_LINKS = " \t\n|,/·、，;；"
_JOINING_WORDS = frozenset({"", "or", "and"})  # "[`GPL-2.0`][…] or [`GPL-3.0`][…]"
_IN_SENTENCE = regex.compile(r"(?:click |see |read )?(?:here|there|this(?: link| page)?)", regex.I)


def has_ended(plain: str, core: str) -> bool:
    """Does the description (`plain`, or its sentence `core`: see sentence_core) end like
    a sentence, or with a parenthetical after one ("Does this. (Japanese)", "Does this.
    **[Old]**")?"""
    return ends_well(plain) or ends_well(core) or bool(_CLOSING_PARENTHETICAL.match(core))


_CLOSING_PARENTHETICAL = regex.compile(  # "Does this. 🌟 (updated to Swift 3)" too
    r"[.!?…][\"”’]?(?:\s*+[\p{Extended_Pictographic}\uFE0F\u200D]++)*+\s*[*_]*"
    r"(?:\([^()]*\)|\[[^\[\]]*\])",
    regex.REVERSE,
)



def only_code(rendered: str) -> bool:
    """Is the description one code span ("`docker pull citizenstig/dvwa`.")?"""
    return bool(_ONLY_CODE.fullmatch(rendered.strip()))


def only_marked(rendered: str) -> bool:
    """Are all the description's words code or emphasis ("`Manfred Steyer` **FREE**")?"""
    return not _WORD.search(_MARKED.sub("", rendered))


_ONLY_CODE = regex.compile(r"`[^`]*`[.!?…]*")
_MARKED = regex.compile(r"`[^`]*`|(\*{1,2}|_{1,2})[^*_]+\1")
_WORD = regex.compile(r"\w")
