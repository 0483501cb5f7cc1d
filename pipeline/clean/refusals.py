"""Pages that are not articles: error pages, alerts, list pages, a profile's not-article marks.

Each `refuse_*` raises `NotAnArticle` with the reason a user reads in `failures`; a page that
passes them all goes on to the field readers. Used by `pipeline.clean.html` only.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from bs4 import BeautifulSoup, Tag

from pipeline.clean.content import TextIndex
from pipeline.clean.dom import WS, select
from pipeline.clean.rules import NotAnArticle, is_prose
from pipeline.clean.sites import SiteProfile
from pipeline.clean.textnorm import fold_for_compare

_ERROR_PAGE = re.compile(
    r"(not\s+found|페이지를\s*찾을\s*수\s*없|존재하지\s*않는\s*(게시물|게시글|"
    r"페이지|기사)|삭제된\s*(게시물|게시글|기사)|게시물이\s*(없습니다|존재하지)|잘못된\s*(접근|경로|요청)|"
    r"요청하신\s*페이지|접근\s*권한이\s*없|서비스\s*점검)",
    re.I,
)
_ERROR_CODE = re.compile(
    r"^\s*(?:error\s*)?(?:404|403|410|500|502|503)\b(?!\s*[가-힣])|\b(?:404|500)\s*(?:error|에러|오류)",
    re.I,
)
_ALERT = re.compile(r"alert\(\s*['\"]([^'\"]{2,200})['\"]")
_TEASER_END = re.compile(r"(\.{3}|…|\ufffd)\s*$")

#: An error message on a page with fewer characters of sentences than this: an error page.
ERROR_MAX_PROSE = 100
#: A page whose largest group of same-shaped headline links has this many members, and whose
#: body is mostly teasers, is a list page.
LIST_MIN_LINKS = 5
#: … or whose body sentences stand this much (by characters) inside the list's entries.
LIST_ENTRY_SHARE = 0.6
#: A list entry (headline, date, summary) holds at most this much text: more is the page
#: around a lone link, not an entry.
MAX_ENTRY_CHARS = 600
#: A list's own element may hold this many characters besides its entries (caption, header).
CONTAINER_SLACK = 400
_FRONT_PAGE = frozenset({"?", "/?"})
# A list's own elements: its caption and header live in them, an article beside it does not.
_LIST_ELEMENTS = frozenset({"tbody", "thead", "table", "ul", "ol", "dl"})


# --------------------------------------------------------------------------- refusals


def error_headings(soup: BeautifulSoup) -> list[str]:
    """The page's `<title>` and first headings when they read like an error (`404 Not Found`,
    `페이지를 찾을 수 없습니다`)."""
    heads = [soup.title.get_text(" ", strip=True) if soup.title else ""]
    heads += [h.get_text(" ", strip=True) for h in soup.find_all(["h1", "h2"], limit=4)]
    return [
        text
        for text in heads
        if len(text) <= 80 and (_ERROR_PAGE.search(text) or _ERROR_CODE.search(text))
    ]


def alert_messages(soup: BeautifulSoup) -> list[str]:
    """Messages of `alert('…')` calls: a board that refuses a post often says so only there."""
    messages = []
    for script in soup.find_all("script"):
        messages += _ALERT.findall(script.get_text() or "")
    return [m for m in messages if _ERROR_PAGE.search(m)]


def refuse_error_page(lines: list[str], errors: list[str]) -> None:
    """An error message in the heading, an alert or where the body should be, and no article
    text (a story that merely mentions "Not Found" in its headline is still a story)."""
    if sum(len(line) for line in lines if is_prose(line)) >= ERROR_MAX_PROSE:
        return
    for text in [*errors, *lines]:
        match = _ERROR_PAGE.search(text) or (text in errors and _ERROR_CODE.search(text))
        if match:
            raise NotAnArticle(f"error page: {match.group(0)!r}")


# What a board shows in its one row when it has none: "게시물이 없습니다", "등록된 게시글이
# 없습니다", "검색 결과가 없습니다", "조회된 데이터가 없습니다".
_EMPTY_BOARD = re.compile(
    r"^(?:등록된|검색된|조회된|해당)?\s*(?:게시물|게시글|글|자료|데이터|내용|검색\s*결과)[이가은는]?\s*"
    r"(?:없습니다|존재하지\s*않습니다)\.?$"
)


def refuse_empty_board(soup: BeautifulSoup, lines: list[str]) -> None:
    """A board page past its last page: a list's one cell says it has no posts, and the page has
    no article text outside that list (its caption "총 2477건 …" is the list's)."""
    for cell in soup.find_all(["td", "li", "p", "div"]):
        text = WS.sub(" ", cell.get_text(" ", strip=True))
        if len(text) > 40 or not _EMPTY_BOARD.match(text):
            continue
        board = cell.find_parent(["table", "ul", "ol"]) or cell
        inside = fold_for_compare(board.get_text(" ", strip=True))
        outside = sum(
            len(line) for line in lines if is_prose(line) and fold_for_compare(line) not in inside
        )
        if outside < ERROR_MAX_PROSE:
            raise NotAnArticle(f"list page: the board is empty ({text!r})")


def refuse_by_profile(soup: BeautifulSoup, profile: SiteProfile) -> None:
    for selector in profile.not_article:
        if next(select(soup, selector), None) is not None:
            raise NotAnArticle(
                f"not an article: the page has {selector!r} (site profile {profile.name})"
            )


@dataclass(frozen=True)
class _Headlines:
    """The largest group of same-shaped headline links of a page (a list's entries, or a
    most-read box), with the elements that hold one entry each (its `<li>`, `<tr>` …)."""

    texts: frozenset[str]
    items: frozenset[int]
    # The list's own element (the `<table>`, `<ul>` holding the entries) when it holds little
    # besides them: its caption and header ("총 2477건, 248페이지 중 1페이지") are the list's too.
    container: int | None = None


def headline_links(soup: BeautifulSoup) -> _Headlines:
    groups: dict[str, list[Tag]] = {}
    for link in soup.find_all("a", href=True):
        text = WS.sub(" ", link.get_text(" ", strip=True))
        href = str(link["href"])
        if len(text) < 8 or not re.search("[가-힣]", text) or href.startswith(("#", "javascript")):
            continue
        shape = _link_shape(href)
        if shape in _FRONT_PAGE:
            continue  # a site's front page (family sites in the footer) is never a headline
        groups.setdefault(shape, []).append(link)
    links = max(groups.values(), key=lambda group: len(_link_texts(group)), default=[])
    # An entry is the largest ancestor of a link that holds no other link of the group.
    counts: dict[int, int] = {}
    for link in links:
        for ancestor in link.parents:
            counts[id(ancestor)] = counts.get(id(ancestor), 0) + 1
    items: list[Tag] = []
    for link in links:
        item = link
        for ancestor in link.parents:
            if counts.get(id(ancestor), 0) > 1 or len(ancestor.get_text()) > MAX_ENTRY_CHARS:
                break
            item = ancestor
        items.append(item)
    # Entries repeat one element (`<tr>`, `<li>`, `div.item`); a lone link's ancestor of
    # another kind (the box around the article with its "다음글" link) is not an entry.
    kinds = Counter(item.name for item in items)
    kind = kinds.most_common(1)[0][0] if kinds else None
    chosen = [item for item in items if item.name == kind]
    return _Headlines(
        texts=frozenset(_link_texts(links)),
        items=frozenset(id(item) for item in chosen),
        container=_tight_container(chosen),
    )


def _tight_container(entries: list[Tag]) -> int | None:
    """The smallest element holding every entry, when its text is mostly theirs (a table with
    its caption and header row; not the page's body around a few scattered links)."""
    if len(entries) < LIST_MIN_LINKS:
        return None
    common = [a for a in entries[0].parents if isinstance(a, Tag)]
    for entry in entries[1:]:
        ancestors = {id(a) for a in entry.parents}
        common = [a for a in common if id(a) in ancestors]
    if not common:
        return None
    limit = 1.3 * sum(len(e.get_text(" ", strip=True)) for e in entries) + CONTAINER_SLACK
    tight = None
    for ancestor in common:  # from the smallest (a `tbody`) outwards (its `table`)
        if ancestor.name not in _LIST_ELEMENTS or len(ancestor.get_text(" ", strip=True)) > limit:
            break
        tight = ancestor
    return id(tight) if tight is not None else None


def _link_texts(links: list[Tag]) -> set[str]:
    return {fold_for_compare(link.get_text(" ", strip=True)) for link in links}


def refuse_list_page(headlines: _Headlines, soup: BeautifulSoup, lines: list[str]) -> None:
    """A list of articles: many headline links of one shape, and a body without an article's
    paragraphs — only teasers cut with `...`, sentences that are the links' own text, or
    summaries that sit inside the list's entries next to their links."""
    if len(headlines.texts) < LIST_MIN_LINKS:
        return
    teasers = [line for line in lines if len(line) >= 30 and _TEASER_END.search(line)]
    prose = [
        line
        for line in lines
        if len(line) >= 40
        and is_prose(line)
        and not _TEASER_END.search(line)
        and fold_for_compare(line) not in headlines.texts
    ]
    in_entries = 0
    index = TextIndex(soup) if prose else None
    for line in prose:
        node = index.find(line) if index else None
        inside = headlines.items | ({headlines.container} if headlines.container else set())
        if node is not None and any(id(a) in inside for a in node.parents):
            in_entries += len(line)
    prose_chars = sum(len(line) for line in prose)
    if (
        not prose
        or (len(teasers) >= 3 and len(teasers) >= len(prose))
        or in_entries >= LIST_ENTRY_SHARE * prose_chars
    ):
        raise NotAnArticle(
            f"list page: {len(headlines.texts)} article links of one shape, "
            f"{len(teasers)} teasers and {len(prose)} paragraphs "
            f"({in_entries} of {prose_chars} characters inside the list's entries)"
        )


def _link_shape(href: str) -> str:
    """`/wando/sub.cs?m=1023&nttId=10010491` → `/wando/sub.cs?m&nttId` (ids vary, keys do not)."""
    path, _, query = href.partition("?")
    path = re.sub(r"\d+", "#", re.sub(r"^https?://[^/]+", "", path))
    keys = sorted(part.split("=", 1)[0] for part in query.split("&") if part)
    return path + "?" + "&".join(keys)
