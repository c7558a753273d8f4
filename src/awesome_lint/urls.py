"""What a URL identifies: arXiv ids, DOIs, GitHub repositories, and a normalised form."""

from __future__ import annotations

import re
from typing import NamedTuple
from urllib.parse import unquote, urlsplit

_NEW_ID = r"\d{4}\.\d{4,5}"
_OLD_ID = r"[a-z-]+(?:\.[A-Z]{2})?/\d{7}"
_ARXIV_URL = re.compile(
    rf"^https?://(?:www\.|export\.|browse\.|web3\.)?(?:arxiv\.org|ar5iv\.org|ar5iv\.labs\.arxiv\.org)"
    rf"/(?:abs|pdf|html|papers)/+({_NEW_ID}|{_OLD_ID})(v\d+)?(?:\.pdf)?/?(?:[?#].*)?$",
    re.I,
)
_ARXIV_DOI = re.compile(rf"10\.48550/arxiv\.({_NEW_ID}|{_OLD_ID})(v\d+)?", re.I)
_DOI = re.compile(r"\b(10\.\d{4,9}/[^\s?#]+)", re.I)
_GITHUB = re.compile(
    r"^https?://(?:www\.)?github\.com/([\w.-]+)/([\w.-]+?)(?:\.git)?(/[^?#]*)?(?:[?#].*)?$", re.I
)
_GITHUB_RESERVED = frozenset(
    {"about", "apps", "collections", "features", "marketplace", "orgs", "sponsors", "topics",
     "search", "settings", "trending", "users", "login", "explore", "site", "pricing"}
)


class ArxivId(NamedTuple):
    id: str  # without version
    version: str  # "v2" or ""

    @property
    def year_month(self) -> tuple[int, int] | None:
        """(year, month) of first submission, from the id's YYMM."""
        if "/" in self.id:
            digits = self.id.split("/")[1]
            yy, mm = int(digits[:2]), int(digits[2:4])
            return (1900 + yy if yy >= 91 else 2000 + yy), mm
        yy, mm = int(self.id[:2]), int(self.id[2:4])
        return 2000 + yy, mm


_ARXIV_HINT = re.compile(r"ar[x5]iv", re.I)


def arxiv_id(url: str) -> ArxivId | None:
    if _ARXIV_HINT.search(url) is None:
        return None  # both patterns name arXiv or ar5iv: most URLs are known at once
    match = _ARXIV_URL.match(url.strip()) or _ARXIV_DOI.search(url)
    if not match:
        return None
    return ArxivId(match.group(1), (match.group(2) or "").lower())


def doi(url: str) -> str | None:
    if "doi" not in url.lower():
        return None  # neither a doi.org host nor a /doi/ path: most URLs, known at once
    if arxiv_id(url):
        return None
    if host(url) not in ("doi.org", "dx.doi.org", "www.doi.org") and "/doi/" not in url:
        return None
    match = _DOI.search(unquote(url))
    return match.group(1).rstrip(".").lower() if match else None


_OPENREVIEW = re.compile(r"https?://(?:www\.)?openreview\.net/(?:forum|pdf)\?(?:[^#\s]*&)?id=([\w-]+)")


def openreview_id(url: str) -> str | None:
    """The paper id of an OpenReview forum or PDF page (`openreview.net/forum?id=…`)."""
    match = _OPENREVIEW.match(url)
    return match.group(1) if match else None


def github_repo(url: str) -> tuple[str, str, str] | None:
    """(owner, repo, rest of the path) of a github.com URL; None for other URLs."""
    match = _GITHUB.match(url.strip())
    if not match or match.group(1).lower() in _GITHUB_RESERVED:
        return None
    return match.group(1), match.group(2), match.group(3) or ""


def normal_url(url: str) -> str:
    """Scheme, `www.`, host case, trailing slash and index.html ignored."""
    url = url.strip()
    simple = _SIMPLE_URL.fullmatch(url)  # no port, user or odd host: read without urlsplit
    if simple:
        hostname, path, query = simple.group(1).lower(), simple.group(2) or "", simple.group(3)
    else:
        try:
            parts = urlsplit(url)
        except ValueError:
            return url
        hostname, path = (parts.hostname or "").lower(), parts.path
        query = f"?{parts.query}" if parts.query else ""
    path = _INDEX_END.sub("", path)
    return f"{hostname.removeprefix('www.')}{path}{query or ''}"


_SIMPLE_URL = re.compile(r"https?://([A-Za-z0-9.-]+)(/[^?#]*)?(\?[^#]+)?(?:#.*)?", re.S)
_INDEX_END = re.compile(r"/(?:index\.html?)?$")


def host(url: str) -> str:
    try:
        return (urlsplit(url.strip()).hostname or "").lower()
    except ValueError:
        return ""


_RAWGIT_AWESOME = re.compile(
    r"^https?://cdn\.rawgit\.com/sindresorhus/awesome/[^/]+/media/(badge(?:-flat2?)?)\.svg$"
)


def awesome_badge_replacement(url: str) -> str | None:
    """awesome.re's address for the dead RawGit copy of the Awesome badge."""
    match = _RAWGIT_AWESOME.match(url.strip())
    return f"https://awesome.re/{match.group(1)}.svg" if match else None


def is_repository_path(url: str) -> bool:
    """A relative link to a file or folder of the list's own repository (`./pages/2018.md`,
    `CODE_OF_CONDUCT.md`, `docs/`), not an address written without its scheme
    (`catnames.best`, `github.com/owner/repo`), which GitHub would also take for a path,
    nor a bare word (`[foo](test)`, which the npm awesome-lint calls an invalid URL)."""
    path = url.split("#", 1)[0].split("?", 1)[0]
    if not path or ":" in path.split("/", 1)[0]:
        return False
    if path.startswith(("./", "../", "/")):
        return True
    domain = _DOMAIN.fullmatch(path.split("/", 1)[0])
    if domain is not None and domain.group(1).lower() not in _FILE_EXTENSIONS:
        return False  # "catnames.best", "github.com/…"
    return path.endswith("/") or _FILE_NAME.search(path) is not None


_DOMAIN = re.compile(r"(?:[A-Za-z0-9-]+\.)+([A-Za-z]{2,24})")
_FILE_NAME = re.compile(r"\.[A-Za-z0-9]{1,10}$")  # "README.md", "guide.html"
_FILE_EXTENSIONS = frozenset(
    {
        "md", "markdown", "html", "htm", "txt", "rst", "pdf", "png", "jpg", "jpeg", "gif",
        "svg", "webp", "json", "yml", "yaml", "toml", "csv", "ipynb", "py", "js", "ts", "css",
        "xml", "zip", "gz", "sh",
    }
)


# "https://ga-beacon.appspot.com/UA-41982088-6/repo?pixel": an analytics beacon, an
# invisible image whose empty alt text is right
_TRACKING_PIXEL = re.compile(r"[?&/]pixel\b|\bUA-\d{4,}-\d+\b|ga-beacon", re.I)


def is_tracking_pixel(url: str) -> bool:
    return _TRACKING_PIXEL.search(url) is not None


def same_repository(repo: str, linked: str) -> bool:
    """One repository, perhaps under its old and new name: same owner, one name the other
    with words added ("System2-Reasoning-LLM", "Awesome-System2-Reasoning-LLM"). GitHub
    redirects the old one, and which is new the list does not say."""
    (owner, name), (linked_owner, linked_name) = repo.lower().split("/"), linked.lower().split("/")
    if owner != linked_owner:
        return False
    short, long = sorted((_NAME_WORDS.split(name), _NAME_WORDS.split(linked_name)), key=len)
    return any(long[i : i + len(short)] == short for i in range(len(long) - len(short) + 1))


_NAME_WORDS = re.compile(r"[-_.]")
