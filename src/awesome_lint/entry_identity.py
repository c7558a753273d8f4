"""What an entry lists, for telling repeats apart: its identity keys (arXiv id, DOI,
repository, link, row title) and whether two entries' names are the same name."""

from __future__ import annotations

import functools
import re

from awesome_lint.document import Entry, is_generic_title
from awesome_lint.urls import arxiv_id, doi, github_repo, normal_url, openreview_id

# punctuation and spaces, but not the "+" and "#" that make C++, C# and "Former++" names
_TITLE_NOISE = re.compile(r"[^\w+#]+|_+")
_BRACKETED = re.compile(r"\([^()]*\)|\[[^\[\]]*\]")
# Identity kinds, strongest first: where two entries both have a stronger kind, it decides.
KINDS = ("arxiv", "doi", "openreview", "repo", "url", "title")
PAPER_IDS = ("arxiv", "doi", "openreview")
# Fewer words than this is a name ("PaLM Coder", "CodeXGLUE"), not a paper's title.
PAPER_TITLE_WORDS = 5


def names_agree(entry: Entry, original: Entry) -> bool:
    """The same name, maybe with a note in brackets ("Title (ICD)" and "Title"), or a
    paper title and the same title cut short. A short name at the start of another is
    not enough: "DUnE" is the dataset of "DUnE: Dataset for Unified Editing",
    "Ruri-Reranker" another model of the paper that introduced "Ruri"."""
    if same_name(entry, original):
        return True
    one, other = (name_key(_BRACKETED.sub("", _quoted(e.title))) for e in (entry, original))
    if not one or not other:
        return False
    if one == other:
        return True
    # A paper title cut short: "… Large-Batch Training That Generalizes" and "… Well";
    # or led by its model's name: "Megatron-LM: Training Multi-Billion …" and "Training …".
    shorter = min((entry, original), key=lambda e: len(name_key(e.title)))
    long_enough = len(_BRACKETED.sub("", shorter.title).split()) >= PAPER_TITLE_WORDS
    short, long = sorted((one, other), key=len)
    if long_enough and (long.startswith(short) or long.endswith(short)):
        return True
    # outside brackets: "SqueezeNet1.1 ('SqueezeNet: AlexNet-level …')" and
    # "SqueezeResNet1.1 ('SqueezeNet: …')" are two models, each citing the paper
    return _share_a_title(*(_BRACKETED.sub("", e.title) for e in (entry, original)))


SHARED_TITLE_WORDS = 6
_WORD = re.compile(r"[\w+#]+")


_GOES_ON = 2


def _part_ways(one: list[str], other: list[str]) -> bool:
    """Do two names start with the same six words or more, then each go on for two words
    or more? "A Survey on Data Selection for LLM Instruction Tuning" and "… for Language
    Models" are two papers, whatever link they share; "… Acceleration arXiv 2023" and
    "… arXiv 2024", or "… with Diffusion Transformers" and "… Diffusion Vision
    Transformers", one paper noted or written two ways."""
    common = 0
    for first, second in zip(one, other, strict=False):
        if not _spelled_alike(first, second):
            break
        common += 1
    return common >= SHARED_TITLE_WORDS and min(len(one), len(other)) - common >= _GOES_ON


_SPELLING_WORD = 5  # letters: "judgment" and "judgement", not "gpt3" and "gpt4"


def _spelled_alike(one: str, other: str) -> bool:
    """One word, or one word spelt two ways: a letter more, less or other ("Judgment" and
    "Judgement", "Modeling" and "Modelling", "Optimization" and "Optimisation")."""
    if one == other:
        return True
    if min(len(one), len(other)) < _SPELLING_WORD or not (one.isalpha() and other.isalpha()):
        return False
    if len(one) == len(other):
        return sum(a != b for a, b in zip(one, other, strict=True)) == 1
    short, long = sorted((one, other), key=len)
    return len(long) - len(short) == 1 and any(
        long[:i] + long[i + 1 :] == short for i in range(len(long))
    )


def _share_a_title(one: str, other: str) -> bool:
    """Names that hold one paper's title between other words: "K. Chatzilygeroudis, R.
    Rama et al, Black-Box Data-efficient Policy Search for Robotics (IROS 2017)" and the
    same authors written out, then the title: six words in a row in common."""
    runs = [[w.casefold() for w in _WORD.findall(name)] for name in (one, other)]
    if min(len(words) for words in runs) < SHARED_TITLE_WORDS or _part_ways(*runs):
        return False
    first = {
        tuple(runs[0][i : i + SHARED_TITLE_WORDS])
        for i in range(len(runs[0]) - SHARED_TITLE_WORDS + 1)
    }
    return any(
        tuple(runs[1][i : i + SHARED_TITLE_WORDS]) in first
        for i in range(len(runs[1]) - SHARED_TITLE_WORDS + 1)
    )


_QUOTED = re.compile(r'\s*["“]([^"”]+)["”]')


def _quoted(title: str) -> str:
    """The quoted title a name starts with ('"A Survey", 2023-03, arXiv'), else the name."""
    match = _QUOTED.match(title)
    return match.group(1) if match else title


def cites_the_paper(entry: Entry, original: Entry, index: dict[Entry, int]) -> bool:
    """Two different names for one paper, one of them short: a model or dataset ("The
    Stack v2") beside the paper that introduced it ("StarCoder2"), or a row citing it.
    Two paper titles for one id is what a link copied from the wrong row looks like."""
    if names_agree(entry, original):
        return False
    if _pull_requests(entry) != _pull_requests(original):
        return True  # "[TensorRT-LLM SDXL]", code at NVIDIA/TensorRT-LLM/pull/1514: its port
    # the name before its facts: "**Aya Dataset  2024-2 | All | Multi (65) | HG |"
    words = [_BRACKETED.sub("", e.title.split(" | ")[0]).split() for e in (entry, original)]
    if min(len(w) for w in words) >= PAPER_TITLE_WORDS:
        # two titles led by two names of one model, in two sections ("ProcTHOR-10K: 10K
        # Interactive …" under Datasets, "ProcTHOR: Large-Scale …" under a task): the
        # dataset and the method of one paper. Led by one name ("DreamMotion: …" twice),
        # or in one section ("MPQ-Diff", "MPQ-DM" three rows apart), a copied link.
        names = [_model_name(e.title) for e in (entry, original)]
        kin = _first_word(names[0].split()) == _first_word(names[1].split()) != ""
        return kin and names[0] != names[1] and entry.section is not original.section
    if max(len(w) for w in words) < PAPER_TITLE_WORDS and _one_paper(entry, original):
        return True  # two names, no title: "MBXP" and "MathQA-X", benchmarks of one paper
    if _first_word(words[0]) == _first_word(words[1]) != "":
        return True  # "Ruri" and "Ruri-Reranker": two things of one paper
    return index[entry] - index[original] != 1  # else a link copied from the row above


def _pull_requests(entry: Entry) -> frozenset[str]:
    """The pull requests an entry links: a row whose code is a change to another project
    is an implementation of the paper it links, not the paper listed again."""
    return frozenset(
        link.url for link in entry.links
        if (repo := github_repo(link.url)) and _PULL_PATH.match(repo[2])
    )


_PULL_PATH = re.compile(r"/pull/\d+")


def _one_paper(entry: Entry, original: Entry) -> bool:
    keys, other = identity(entry), identity(original)
    return any(kind in keys and keys[kind] == other.get(kind) for kind in PAPER_IDS)


def _model_name(title: str) -> str:
    """The name a paper title is led by ("🏘️ ProcTHOR-10K: …" gives "ProcTHOR-10K"), or
    ""."""
    name, colon, _rest = _LEADING_MARKS.sub("", title).partition(":")
    if not colon or len(name.split()) > MODEL_NAME_WORDS:
        return ""
    return name.strip()


_LEADING_MARKS = re.compile(r"^[^\w]+")  # emoji and marks before a title


MODEL_NAME_WORDS = 3


def _first_word(words: list[str]) -> str:
    first = name_key(re.split(r"[-_:/]", words[0])[0]) if words else ""
    return first if len(first) >= 3 else ""


def identity(entry: Entry) -> dict[str, str]:
    """What the entry lists, by kind, strongest first."""
    keys: dict[str, str] = {}
    arxiv = entry.arxiv
    if arxiv and not _cites_several_papers(entry):
        keys["arxiv"] = arxiv.id
    url = entry.url
    if url is None and entry.kind == "row":  # "|SharpSpray|…|https://github.com/o/SharpSpray|"
        repos = {r for link in entry.links if not link.image and (r := _repository(link.url))}
        if len(repos) == 1:
            keys["repo"] = repos.pop()
    if url:
        found_doi = doi(url)
        if found_doi:
            keys["doi"] = found_doi
        if reviewed := openreview_id(url):
            keys["openreview"] = reviewed
        repo = _repository(url)
        if repo:
            keys["repo"] = repo
        keys["url"] = normal_url(url) + _part_of_page(url)
    # A row's or a paragraph entry's title is a paper's title, and so is the bold name of
    # an item that links no name ("**ERNIE-ViLG** [[Baidu]](…) Dec. 2021"); a linked
    # item's name may be anyone's ("Documentation", "Awesome").
    named = entry.kind in ("row", "paragraph") or entry.bold_name
    if named and not is_generic_title(entry.title):
        title = name_key(entry.title)
        if len(title) >= 4:
            keys["title"] = title
    return keys


def _repository(url: str) -> str | None:
    """"owner/repo" of a link to a GitHub repository's front page."""
    repo = github_repo(url)
    return f"{repo[0]}/{repo[1]}".lower() if repo and repo[2].strip("/") == "" else None


def _part_of_page(url: str) -> str:
    """The fragment, when it names a part of the page: `books.md#c` and `books.md#cpp`
    are two entries. `#readme` or `#top` is the page itself."""
    fragment = url.partition("#")[2].strip().lower()
    if fragment in _WHOLE_PAGE or fragment.startswith(":~:"):
        return ""
    return f"#{fragment}"


_WHOLE_PAGE = frozenset(("", "readme", "top", "start", "main", "content", "home"))


def _cites_several_papers(entry: Entry) -> bool:
    """A row that links several arXiv papers ("ZSRE plus, CounterFact+, …") is a group of
    things, not one paper."""
    if entry.kind != "row":
        return False
    return len({found.id for link in entry.links if (found := arxiv_id(link.url))}) > 1


def is_paper_title(title: str) -> bool:
    return len(_BRACKETED.sub("", title).split()) >= PAPER_TITLE_WORDS


def same_name(entry: Entry, other: Entry) -> bool:
    if is_generic_title(entry.title) or is_generic_title(other.title):
        return True
    return name_key(entry.title) == name_key(other.title)


@functools.lru_cache(maxsize=65536)  # asked for both names of every pair compared
def name_key(title: str) -> str:
    return _TITLE_NOISE.sub("", title.casefold())


def stronger_keys_agree(
    keys: dict[str, str], other: dict[str, str], matched: str, *, paper_title: bool = False
) -> bool:
    """Do the kinds stronger than the matched one agree where both entries have them? A
    paper's title (five words or more) is outweighed by its id only: two copies of a
    paper may link two code repositories."""
    stronger = KINDS[: KINDS.index(matched)]
    if matched == "title" and paper_title:
        stronger = PAPER_IDS
    for kind in stronger:
        if kind in keys and kind in other and keys[kind] != other[kind]:
            return False
    return True
