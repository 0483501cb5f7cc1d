"""Reading a board's list page without a profile: its article rows, its next page, and the
`[list]` table that crawls it the same way. Pure functions over page text; the crawler fetches.

A board's articles are the repeated rows of one shape in its main list or table: sibling
elements (`tr`, `li`, `div`, `dl` …) under one parent, each holding a link whose address has
the same form (same host and path, same query keys, one id that changes: `?idx=591764&mode=view`,
`boardView.do?…&seq=16222`, `articleView.html?idxno=7`, `/archives/574155`). Every group of such
siblings on the page is a candidate; the one chosen has the most rows, weighted by how many rows
show a date, how long their link texts are (titles, not menu words) and whether it sits in page
furniture (header, footer, nav, menus, quick links). Sibling lists of the same link form right
beside it (a photo strip of the newest releases above the table, pinned notices in their own
table) belong to the board too. Menus, tabs, footers, banners, login, print and download links
are never rows: their links differ in form from row to row, their texts are short, they show no
dates, or their address is a file or a print view.

The next page is, in this order: `<link rel=next>` / `a[rel=next]`; the link numbered one more
than the current page (a page parameter such as `page=`, `pageIndex=`, `pn=`, `nPage=`,
`movePage=`, or a script call such as `pageLink(2)`, `movePage(2)`, `fn_link_page(2)` mapped
onto the list URL's page parameter); a 다음/next link past the current page; or, when the pager
is drawn by script, the form's hidden page field plus the page count the page states
("전체페이지 : 1,537").

Rows whose links are script calls (`javascript:fn_view('123')`) or forms (`data-keyset`, a
row's own `<form>`) are mapped by `forms.Resolver` when the page's scripts and forms show what
they fetch; a POST row is named by its action with its fields (`BoardLink.url`) and keeps how
to fetch it in `BoardLink.target`.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date
from typing import Any
from urllib.parse import parse_qsl, urlencode, urljoin, urlsplit, urlunsplit

import lxml.html
from lxml import etree

from pipeline.read.decode import decode_page
from pipeline.read.urls import canonicalize_url
from pipeline.scrape.forms import Resolver, Target
from pipeline.scrape.listing import parse_list_date

#: Query parameters that number a list's pages (compared lower-cased).
PAGE_PARAMS = frozenset(
    {
        "page",
        "pageindex",
        "pageno",
        "pagenum",
        "pagenumber",
        "page_no",
        "pn",
        "npage",
        "movepage",
        "cpage",
        "curpage",
        "currentpage",
        "nowpage",
        "pg",
        "gotopage",
        "pageidx",
    }
)
_PAGE_WORD = re.compile(
    r"\b(page(?:Index|No|Num|Number|_no|Idx)?|pn|nPage|movePage|cPage|curPage|currentPage|"
    r"nowPage|pg|gotoPage)\b",
    re.IGNORECASE,
)
# Ancestors that are page furniture, by tag or by a word of their id/class.
_CHROME_TAGS = frozenset({"header", "footer", "nav", "aside"})
_CHROME_WORDS = re.compile(
    r"(?:^|[^a-z])(gnb|lnb|snb|tnb|footer|foot|header|top_?menu|menu|nav|navigation|breadcrumb|"
    r"location|quick|banner|sitemap|site_?map|util|utility|skip|family|login|popup|sns|share|"
    r"copyright|related|popular|ranking|best|aside|sidebar|side)(?:$|[^a-z])",
    re.IGNORECASE,
)
# Links that are never articles: files, print views, downloads, feeds.
_NOT_ARTICLE_PATH = re.compile(
    r"(download|filedown|fileDown|file_down|print|\.(?:pdf|hwpx?|docx?|xlsx?|pptx?|zip|jpe?g|png|"
    r"gif|mp4|rss|xml))",
    re.IGNORECASE,
)
_NOT_ARTICLE_TEXT = re.compile(
    r"^(인쇄|프린트|다운로드|첨부|로그인|회원가입|목록|이전|다음|처음|마지막)"
)
_NEXT_WORDS = re.compile(r"(다음|next|›|»|>|▶|▷)", re.IGNORECASE)
_CURRENT_CLASSES = re.compile(r"(?:^|\s|_|-)(on|active|current|cur|selected|this|now)(?:$|\s|_|-)")
_JS_CALL = re.compile(r"([A-Za-z_$][\w$.]*)\s*\(\s*([^()]*)\)")
_INT_ARG = re.compile(r"^\s*['\"]?(\d{1,6})['\"]?\s*$")
_TOTAL_PAGES = (
    re.compile(r"전체\s*페이지\s*[:：]?\s*([\d,]+)"),
    re.compile(r"([\d,]+)\s*페이지\s*중"),
    re.compile(r"총\s*([\d,]+)\s*페이지"),
    re.compile(r"페이지\s*[:：]?\s*\d+\s*/\s*([\d,]+)"),
)
_AJAX_URL = (
    re.compile(r"""\burl\s*:\s*['"]([^'"]+)['"]"""),
    re.compile(r"""\$\.(?:post|get|getJSON|ajax)\s*\(\s*['"]([^'"]+)['"]"""),
    re.compile(r"""\bfetch\s*\(\s*['"]([^'"]+)['"]"""),
    re.compile(r"""axios\.(?:get|post)\s*\(\s*['"]([^'"]+)['"]"""),
)
_ROW_TAGS = frozenset(
    {"tr", "li", "div", "dl", "dt", "dd", "article", "section", "table", "a", "p"}
)
_TITLE_PARTS = "h1|h2|h3|h4|h5|h6|strong|b"
_TITLE_CLASS = re.compile(r"(tit|subject|title|headline|heading)", re.IGNORECASE)
#: A row's date is a short text: longer ones are teasers that mention a date.
MAX_DATE_TEXT = 30
#: Fewer rows than this and no list is claimed.
MIN_ROWS = 2
#: Below this score no list is claimed: two undated links with short texts are a menu.
MIN_SCORE = 3.0


class BoardError(ValueError):
    """A page whose articles cannot be read from its HTML (the message says what it does)."""


@dataclass(frozen=True)
class BoardLink:
    url: str
    canonical_url: str
    title: str
    date: date | None = None
    method: str = "GET"  # "POST" when the row's link is a form submission
    target: Target | None = None  # what a script call or form link fetches (None: the url)


@dataclass
class BoardPage:
    """What a list page holds, read without a profile."""

    url: str
    links: list[BoardLink] = field(default_factory=list)
    next_url: str | None = None
    page_param: str | None = None  # the query parameter that numbers pages
    current_page: int | None = None
    shape: str = ""  # the rows chosen, as a CSS-like path
    why: list[str] = field(default_factory=list)  # how the rows and the next page were chosen
    problem: str | None = None  # why the page cannot be crawled from its HTML alone
    spec: dict[str, Any] | None = None  # the [list] table that crawls it the same way


# -- parsing ------------------------------------------------------------------------------------


def read_board(body: bytes | str, url: str, *, http_charset: str | None = None) -> BoardPage:
    """The article links, next page and inferred `[list]` table of a list page at `url`."""
    text = body if isinstance(body, str) else decode_page(body, http_charset=http_charset).text
    page = BoardPage(url=url)
    try:
        root = lxml.html.document_fromstring(text.encode("utf-8"), parser=_PARSER)
    except (etree.ParserError, ValueError):
        page.problem = "the page is not HTML"
        return page
    scripts = "\n".join(s.text_content() for s in root.iter("script"))
    for bad in root.xpath("//script|//style|//noscript|//template|//comment()"):
        _drop(bad)
    base = _base_url(root, url)
    resolver = Resolver.from_lxml(root, scripts, base)
    found = _choose_rows(root, base, page.why, resolver)
    if found is None:
        page.problem = _why_no_rows(root, scripts, base, resolver)
        page.why.append(page.problem)
    else:
        page.links, page.shape, rows, anchors = found
        _say_how_rows_open(page.links, page.why)
        _find_next(root, base, url, scripts, rows, page)
        if not page.problem:
            page.spec = _infer_spec(text, root, page, rows, anchors)
    return page


_PARSER = lxml.html.HTMLParser(encoding="utf-8", remove_comments=True, recover=True)


def _drop(element: Any) -> None:
    parent = element.getparent()
    if parent is None:
        return
    tail = element.tail
    if tail and tail.strip():
        previous = element.getprevious()
        if previous is not None:
            previous.tail = (previous.tail or "") + tail
        else:
            parent.text = (parent.text or "") + tail
    parent.remove(element)


def _base_url(root: Any, url: str) -> str:
    for base in root.iter("base"):
        href = base.get("href")
        if href and href.strip():
            return urljoin(url, href.strip())
    return url


# -- article rows -------------------------------------------------------------------------------


@dataclass
class _Anchor:
    element: Any
    url: str
    canonical: str
    shape: tuple[Any, ...]
    method: str = "GET"
    title: str = ""
    target: Target | None = None


@dataclass
class _Candidate:
    container: Any
    tag: str
    rows: list[Any]
    picked: list[tuple[Any, _Anchor]]  # (row, its article link)
    shape: tuple[Any, ...]
    score: float
    dated: float
    title_length: float


def _say_how_rows_open(links: list[BoardLink], why: list[str]) -> None:
    for how in dict.fromkeys(link.target.via for link in links if link.target):
        if how:
            why.append(f"rows open by script: {how}")
    posts = [link for link in links if link.method == "POST"]
    if posts:
        assert posts[0].target is not None
        why.append(
            f"rows are POST forms: {len(posts)} rows submit their fields to "
            f"{urlsplit(posts[0].target.url).path}; each is fetched by POST and named by the "
            f"action with its fields ({posts[0].url})"
        )


def _choose_rows(
    root: Any, base: str, why: list[str], resolver: Resolver
) -> tuple[list[BoardLink], str, list[Any], list[_Anchor]] | None:
    every = sorted(_candidates(root, base, resolver), key=lambda c: c.score, reverse=True)
    candidates = [c for c in every if c.score >= MIN_SCORE]
    if not candidates:
        return None
    best = candidates[0]
    chosen = [best]
    scope = best.container.getparent()
    if scope is None:
        scope = best.container
    taken = set(best.rows)
    for other in every[1:]:
        # Same link form, beside the chosen list (a photo strip, a pinned-notice table).
        if (
            _alike(other.shape, best.shape)
            and _inside(other.container, scope)
            and not any(_inside(other.container, r) for r in best.rows)
            and not any(_inside(best.container, r) for r in other.rows)
            and not any(r in taken for r in other.rows)
            and not _chrome(other.container)
        ):
            chosen.append(other)
            taken.update(other.rows)
    order = {element: index for index, element in enumerate(root.iter())}
    chosen.sort(key=lambda c: order.get(c.rows[0], 0))
    links: list[BoardLink] = []
    seen: set[str] = set()
    rows: list[Any] = []
    anchors: list[_Anchor] = []
    for cand in chosen:
        for row, anchor in cand.picked:
            if anchor.canonical in seen:
                continue
            seen.add(anchor.canonical)
            rows.append(row)
            anchors.append(anchor)
            title = anchor.title
            links.append(
                BoardLink(
                    anchor.url,
                    anchor.canonical,
                    title,
                    _row_date(row, anchor, title),
                    anchor.method,
                    anchor.target,
                )
            )
    shape = " + ".join(f"{_describe(c.container)} > {c.tag}" for c in chosen)
    why.append(
        f"rows: {shape}: {len(links)} links of the form {_shape_text(best.shape)}, "
        f"{best.dated:.0%} of rows dated, titles {best.title_length:.0f} characters long on "
        f"average (score {best.score:.1f}"
        + (
            f"; next best {candidates[1].score:.1f}: {_describe(candidates[1].container)}"
            f" > {candidates[1].tag})"
            if len(candidates) > 1
            else ")"
        )
    )
    return links, shape, rows, anchors


def _candidates(root: Any, base: str, resolver: Resolver) -> Iterator[_Candidate]:
    link_cache: dict[Any, list[_Anchor]] = {}
    for container in root.iter():
        if not isinstance(container.tag, str):
            continue
        groups: dict[str, list[Any]] = {}
        for child in container:
            if isinstance(child.tag, str) and child.tag in _ROW_TAGS:
                groups.setdefault(child.tag, []).append(child)
        for tag, rows in groups.items():
            if len(rows) < MIN_ROWS:
                continue
            cand = _candidate(container, tag, rows, base, link_cache, resolver)
            if cand is not None:
                yield cand


def _candidate(
    container: Any,
    tag: str,
    rows: list[Any],
    base: str,
    cache: dict[Any, list[_Anchor]],
    resolver: Resolver,
) -> _Candidate | None:
    per_row: list[list[_Anchor]] = []
    for row in rows:
        per_row.append(_row_anchors(row, base, cache, resolver))
    with_links = [r for r in per_row if r]
    if len(with_links) < MIN_ROWS:
        return None
    counts: Counter[tuple[Any, ...]] = Counter()
    for anchors in with_links:
        counts.update({a.shape for a in anchors})
    shape = counts.most_common(1)[0][0]
    picked: list[tuple[Any, _Anchor]] = []
    for row, anchors in zip(rows, per_row, strict=True):
        same = [a for a in anchors if _alike(a.shape, shape)]
        if same:
            picked.append((row, max(same, key=lambda a: len(a.title))))
    distinct = {a.canonical for _, a in picked}
    if len(distinct) < MIN_ROWS or _only_pages_differ([a.url for _, a in picked]):
        return None
    titles = [a.title for _, a in picked]
    title_length = sum(min(len(t), 40) for t in titles) / len(titles)
    if title_length < 4:
        return None
    dated = sum(1 for row, a in picked if _row_date(row, a, a.title)) / len(picked)
    consistency = len(picked) / len(with_links)
    score = len(distinct) * consistency * (0.2 + 0.8 * min(title_length, 20) / 20)
    score *= 1 + 2 * dated
    if _chrome(container):
        score *= 0.1
    return _Candidate(container, tag, rows, picked, shape, score, dated, title_length)


def _row_anchors(
    row: Any, base: str, cache: dict[Any, list[_Anchor]], resolver: Resolver
) -> list[_Anchor]:
    # Keyed by the element itself: an lxml proxy's id() is reused once it is collected.
    key = row
    if key in cache:
        return cache[key]
    found = []
    for element in row.iter("a", "button"):
        anchor = _anchor(element, base, resolver)
        if anchor is not None:
            found.append(anchor)
    cache[key] = found
    return found


def _anchor(element: Any, base: str, resolver: Resolver) -> _Anchor | None:
    href = (element.get("href") or "").strip()
    target = None
    if element.tag == "a" and href and not href.startswith(_NOT_AN_ADDRESS):
        url = urljoin(base, href)
    elif href.startswith(("mailto:", "tel:")):
        return None
    else:  # a script call, a data-keyset form link, a row's own form: mapped if the page shows
        target = resolver.target(element.tag, dict(element.attrib), resolver.form_for(element))
        if target is None:
            return None
        url = target.identity
    url = url.partition("#")[0]
    text = element.text_content().strip()
    if _NOT_ARTICLE_PATH.search(urlsplit(url).path) or _NOT_ARTICLE_TEXT.match(text):
        return None
    if any(k.lower() == "print" for k, _ in parse_qsl(urlsplit(url).query)):
        return None
    try:
        canonical = canonicalize_url(url)
    except ValueError:
        return None
    method = target.method if target else "GET"
    return _Anchor(element, url, canonical, _shape(url), method, _title(element), target)


_NOT_AN_ADDRESS = ("#", "javascript:", "mailto:", "tel:")


def _shape(url: str) -> tuple[Any, ...]:
    """A URL's form: host, path with its numbers masked, and its query keys (not values)."""
    parts = urlsplit(url)
    path = re.sub(r"\d+", "#", parts.path.rstrip("/"))
    keys = tuple(sorted({k for k, _ in parse_qsl(parts.query, keep_blank_values=True)}))
    return (parts.hostname or "", path, keys)


def _alike(one: tuple[Any, ...], other: tuple[Any, ...]) -> bool:
    """Same host and path, and mostly the same query keys (a row may carry one more, such as
    a category, than its neighbours)."""
    if one[:2] != other[:2]:
        return False
    keys, others = set(one[2]), set(other[2])
    if not keys and not others:
        return True
    return len(keys & others) / len(keys | others) >= 0.6


def _shape_text(shape: tuple[Any, ...]) -> str:
    _host, path, keys = shape
    return f"{path}?{'&'.join(k + '=' for k in keys)}" if keys else path


def _only_pages_differ(urls: list[str]) -> bool:
    """A pager: links that differ in a page parameter and nothing else."""
    stripped = set()
    for url in urls:
        parts = urlsplit(url)
        query = [
            (k, v)
            for k, v in parse_qsl(parts.query, keep_blank_values=True)
            if k.lower() not in PAGE_PARAMS
        ]
        stripped.add((parts.path, tuple(query)))
    return len(stripped) == 1


def _chrome(element: Any) -> bool:
    node = element
    # <body> and <html> classes describe the page's state (`full_banner_yes`), not a region.
    while node is not None and isinstance(node.tag, str) and node.tag not in ("body", "html"):
        if node.tag in _CHROME_TAGS:
            return True
        words = f"{node.get('id') or ''} {node.get('class') or ''}"
        if words.strip() and _CHROME_WORDS.search(words):
            return True
        node = node.getparent()
    return False


def _inside(element: Any, ancestor: Any) -> bool:
    node = element
    while node is not None:
        if node is ancestor:
            return True
        node = node.getparent()
    return False


def _title(element: Any) -> str:
    """A row link's title: its text; the heading inside a card link (which also holds a
    teaser, a date, a source); or its `title` attribute when the text is cut short ("…") or
    holds the attribute among other things."""
    text = _squash(element.text_content())
    for part in element.iter():
        if not isinstance(part.tag, str) or part is element:
            continue
        if re.fullmatch(_TITLE_PARTS, part.tag) or _TITLE_CLASS.search(part.get("class") or ""):
            inner = _squash(part.text_content())
            if len(inner) >= MIN_TITLE and len(text) > len(inner) + 5:
                text = inner
                break
    attr = _squash(element.get("title") or "")
    attr = _TITLE_SUFFIX.sub("", attr)
    cut = text.rstrip(".…· ")
    if attr and (text.endswith(("...", "…", "..")) or not text) and attr.startswith(cut[:10]):
        return attr
    if len(attr) >= MIN_TITLE and attr in text and len(text) > len(attr) + 5:
        return attr
    return text or attr


_TITLE_SUFFIX = re.compile(
    r"\s*(에\s*대한\s*)?(글|게시물|게시글|기사)?\s*(내용\s*)?(보기|바로가기|상세보기|열기)\.?$"
)
#: A heading or attribute shorter than this is a label ("[공지]", "N"), not the title.
MIN_TITLE = 6


def _squash(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def _row_date(row: Any, anchor: _Anchor, title: str) -> date | None:
    found = _row_date_at(row, anchor, title)
    return found[0] if found else None


def _row_date_at(row: Any, anchor: _Anchor, title: str) -> tuple[date, Any] | None:
    """The date a row shows and the element holding it: a short text that is mostly a date
    ("2025-12-05", "작성일 2025.12.05"), outside the title; one in the row's own cells before
    one inside the link (a card link holding its date). A date inside a teaser or a title is
    not the row's."""
    inside: tuple[date, Any] | None = None
    for node in row.iter():
        if not isinstance(node.tag, str):
            continue
        for chunk, holder in ((node.text, node), (node.tail, node.getparent())):
            if not chunk or not chunk.strip() or len(chunk.strip()) > MAX_DATE_TEXT:
                continue
            if chunk.strip() in title:
                continue
            day = parse_list_date(chunk)
            if day is None or holder is None:
                continue
            if _inside(holder, anchor.element):
                inside = inside or (day, holder)
            else:
                return day, holder
    return inside


# -- when no rows are found ---------------------------------------------------------------------


def _why_no_rows(root: Any, scripts: str, base: str, resolver: Resolver) -> str:
    for pattern in _AJAX_URL:
        for match in pattern.finditer(scripts):
            target = match.group(1)
            if re.search(r"(list|List|select|bbs|board|Board|article|news)", target):
                path = urlsplit(urljoin(base, target)).path or target
                return f"no article rows in the HTML: rows are loaded by script from {path}"
    calls: Counter[str] = Counter()
    examples: dict[str, Any] = {}
    for element in root.iter("a"):
        js = (element.get("onclick") or "") + (element.get("href") or "")
        match = _JS_CALL.search(js.removeprefix("javascript:"))
        if match and len(_squash(element.text_content())) >= 6:
            calls[match.group(1)] += 1
            examples.setdefault(match.group(1), element)
    if calls:
        name, count = calls.most_common(1)[0]
        if count >= MIN_ROWS:
            example = examples[name]
            resolver.target(example.tag, dict(example.attrib), resolver.form_for(example))
            because = f" ({resolver.last_failure})" if resolver.last_failure else ""
            return (
                f"no article rows with addresses: {count} titles open by the script call "
                f"{name}(…), which the page does not turn into a URL{because}"
            )
    return "no list of article links found: no repeated rows of links with titles"


# -- next page ----------------------------------------------------------------------------------


@dataclass
class _PageLink:
    number: int | None
    url: str
    is_next: bool
    param: str | None


def _find_next(
    root: Any, base: str, url: str, scripts: str, rows: list[Any], page: BoardPage
) -> None:
    in_rows = {e for row in rows for e in row.iter()}
    param_here = _page_param_of(url)
    current = param_here[1] if param_here else None
    for link in root.xpath("//link[@rel='next'][@href]|//a[@rel='next'][@href]"):
        page.next_url = urljoin(base, link.get("href"))
        page.why.append("next page: the page's rel=next link")
        found = _page_param_of(page.next_url)
        if found:
            page.page_param = found[0]
            page.current_page = current or found[1] - 1
        return
    pager: list[_PageLink] = []
    near: set[Any] = set()  # the pager's parents and grandparents
    marks: list[tuple[Any, int]] = []  # elements marked as the current page
    for element in root.iter("a", "span", "strong", "em", "b", "li"):
        if element in in_rows:
            continue
        text = _squash(element.text_content())
        link = _page_link(element, base, url, scripts, root) if element.tag == "a" else None
        if link is not None:
            pager.append(link)
            near.update(n for n in (element.getparent(), _grandparent(element)) if n is not None)
        if text.isdigit() and len(text) < 6 and _is_current(element):
            marks.append((element, int(text)))
    marked_current = next(
        (n for element, n in marks if element.getparent() in near or _grandparent(element) in near),
        None,
    )
    if current is None:
        current = marked_current
    hidden = _hidden_page_field(root)
    if current is None and hidden:
        current = hidden[1]
    if current is None:
        current = 1
    page.current_page = current
    numbered = [p for p in pager if p.number == current + 1]
    later_next = sorted(
        (p for p in pager if p.is_next and p.number is not None and p.number > current),
        key=lambda p: p.number or 0,
    )
    bare_next = [p for p in pager if p.is_next and p.number is None]
    if numbered:
        chosen, how = numbered[0], f"the link to page {current + 1}"
    elif later_next:
        chosen, how = later_next[0], f"the 다음 link (page {later_next[0].number})"
    elif bare_next:
        chosen, how = bare_next[0], "the 다음 link"
    else:
        chosen = None
        how = ""
    if chosen is not None:
        page.next_url, page.page_param = chosen.url, chosen.param
        page.why.append(f"next page: {how}: {chosen.url}")
        return
    total = _total_pages(root)
    if hidden and total and current < total:
        page.page_param = hidden[0]
        page.next_url = _with_param(url, hidden[0], current + 1)
        page.why.append(
            f"next page: the pager is drawn by script; the form's {hidden[0]} field is "
            f"{current} of {total} pages: {page.next_url}"
        )
        return
    page.why.append(f"next page: none (page {current} shows no link to a later page)")


def _grandparent(element: Any) -> Any:
    parent = element.getparent()
    return parent.getparent() if parent is not None else None


def _is_current(element: Any) -> bool:
    classes = element.get("class") or ""
    title = element.get("title") or ""
    return bool(
        _CURRENT_CLASSES.search(classes)
        or "현재" in title
        or element.get("aria-current")
        or element.tag in ("strong", "em", "b")
        or (element.tag == "span" and not classes)
    )


def _page_link(element: Any, base: str, url: str, scripts: str, root: Any) -> _PageLink | None:
    text = _squash(element.text_content())
    label = " ".join(
        [text, element.get("title") or "", element.get("class") or "", element.get("alt") or ""]
        + [img.get("alt") or "" for img in element.iter("img")]
    )
    is_next = bool(_NEXT_WORDS.search(label)) and not re.search(
        r"(이전|prev|처음|first|«|‹)", label, re.IGNORECASE
    )
    href = (element.get("href") or "").strip()
    if href and not href.startswith(("#", "javascript:")):
        target = urljoin(base, href).partition("#")[0]
        found = _page_param_of(target)
        if found:
            return _PageLink(found[1], target, is_next, found[0])
        if is_next and _same_list(target, url):
            return _PageLink(None, target, True, None)
        return None
    js = element.get("onclick") or href.removeprefix("javascript:")
    match = _JS_CALL.search(js)
    if not match:
        return None
    name, args = match.group(1), match.group(2).split(",")
    number = _INT_ARG.match(args[0]) if args else None
    if number is None:
        return None
    n = int(number.group(1))
    paging_name = re.search(r"(page|paging|link|move|go|list|search)", name, re.IGNORECASE)
    if not (paging_name or text == str(n) or is_next):
        return None
    param = _js_page_param(name, scripts) or (_hidden_page_field(root) or (None, 0))[0]
    param = param or (_page_param_of(url) or ("page", 0))[0]
    return _PageLink(n, _with_param(url, param, n), is_next, param)


def _same_list(target: str, url: str) -> bool:
    return urlsplit(target).path == urlsplit(url).path


def _page_param_of(url: str) -> tuple[str, int] | None:
    for key, value in parse_qsl(urlsplit(url).query, keep_blank_values=True):
        if key.lower() in PAGE_PARAMS and value.isdigit():
            return key, int(value)
    return None


def _js_page_param(name: str, scripts: str) -> str | None:
    """The page field a pager function sets: `function pageLink(n){ $('#pageIndex').val(n) …`."""
    short = name.rsplit(".", 1)[-1]
    match = re.search(
        rf"(?:function\s+{re.escape(short)}\s*\(([^)]*)\)|{re.escape(short)}\s*[:=]\s*function\s*"
        rf"\(([^)]*)\))\s*\{{(.{{0,600}})",
        scripts,
        re.DOTALL,
    )
    if not match:
        return None
    args = {a.strip() for a in (match.group(1) or match.group(2) or "").split(",")}
    for word in _PAGE_WORD.finditer(match.group(3)):
        if word.group(1) not in args:
            return word.group(1)
    return None


def _hidden_page_field(root: Any) -> tuple[str, int] | None:
    for field_ in root.iter("input"):
        name = field_.get("name") or field_.get("id") or ""
        value = (field_.get("value") or "").strip()
        if (field_.get("type") or "").lower() == "hidden" and name.lower() in PAGE_PARAMS:
            return name, int(value) if value.isdigit() else 1
    return None


def _total_pages(root: Any) -> int | None:
    text = _squash(root.text_content())
    for pattern in _TOTAL_PAGES:
        match = pattern.search(text)
        if match:
            return int(match.group(1).replace(",", ""))
    return None


def _with_param(url: str, param: str, value: int | str) -> str:
    parts = urlsplit(url)
    query = parse_qsl(parts.query, keep_blank_values=True)
    replaced = False
    out = []
    for key, old in query:
        if key == param:
            if not replaced:
                out.append((key, str(value)))
                replaced = True
            continue
        out.append((key, old))
    if not replaced:
        out.append((param, str(value)))
    query_text = urlencode(out, safe="{}")
    return urlunsplit((parts.scheme, parts.netloc, parts.path, query_text, ""))


# -- the [list] table that crawls the board the same way ----------------------------------------


def _infer_spec(
    text: str, root: Any, page: BoardPage, rows: list[Any], anchors: list[_Anchor]
) -> dict[str, Any] | None:
    """The `[list]` table whose selectors give exactly the links and dates found here."""
    from bs4 import BeautifulSoup

    from pipeline.scrape.listing import ListSpec, links_in_soup

    table: dict[str, Any] = {}
    if page.next_url and page.page_param:
        table["urls"] = [_with_param(page.url, page.page_param, "{page}")]
        table["start_page"] = page.current_page or 1
    else:
        table["urls"] = [page.url]
    want = [(link.canonical_url, link.date) for link in page.links]
    soup = BeautifulSoup(text, "lxml")
    for links_css, date_css in _selector_choices(rows, anchors):
        trial = dict(table, links=links_css)
        if date_css:
            trial["date"] = date_css
        try:
            spec = ListSpec.from_table(trial)
        except ValueError:
            continue
        got = links_in_soup(soup, page.url, spec)
        if [(link.canonical_url, link.date) for link in got.links] == want:
            shown = f"links = {links_css!r}" + (f", date = {date_css!r}" if date_css else "")
            page.why.append(f"profile: {shown}")
            return trial
    page.why.append("profile: no CSS selector reproduces these rows exactly; none inferred")
    return None


def _selector_choices(rows: list[Any], anchors: list[_Anchor]) -> Iterator[tuple[str, str | None]]:
    """(links, date) selector pairs for the rows, most specific first; one part per list when
    the rows come from several lists (a photo strip above a table)."""
    groups: dict[Any, tuple[list[Any], list[_Anchor]]] = {}
    for row, anchor in zip(rows, anchors, strict=True):
        group = groups.setdefault(row.getparent(), ([], []))
        group[0].append(row)
        group[1].append(anchor)
    parts = []
    for container, (group_rows, group_anchors) in groups.items():
        tag = group_rows[0].tag
        row_css = [f"{c} > {tag}" for c in _container_selectors(container)]
        paths = [_path(a.element, r) for r, a in zip(group_rows, group_anchors, strict=True)]
        parts.append((row_css, _common(paths), _date_selectors(group_rows, group_anchors)))
    for depth in range(3):
        for k in range(4):
            for d in range(4):
                links, dates = [], []
                for row_css, anchor_css, date_css in parts:
                    r = row_css[min(depth, len(row_css) - 1)]
                    links.append(f"{r} {anchor_css[min(k, len(anchor_css) - 1)]}")
                    day = date_css[min(d, len(date_css) - 1)]
                    if day:
                        dates.append(f"{r} {day}")
                yield ", ".join(links), (", ".join(dates) or None)


def _path(element: Any, row: Any) -> list[str]:
    parts = []
    node = element
    while node is not None and node is not row:
        parts.append(_describe(node, with_id=False))
        node = node.getparent()
    return list(reversed(parts))


def _common(paths: list[list[str]]) -> list[str]:
    """Anchor selectors relative to a row, most specific first."""
    choices = []
    if paths and all(p == paths[0] for p in paths):
        choices.append(" > ".join(paths[0]))
        choices.append(" > ".join(re.sub(r"[.#].*", "", p) for p in paths[0]))
    last = Counter(p[-1] for p in paths if p).most_common(1)
    if last:
        choices.append(last[0][0])
    choices.append("a")
    return list(dict.fromkeys(choices))


def _date_selectors(rows: list[Any], anchors: list[_Anchor]) -> list[str | None]:
    """Selectors of the rows' date elements, most specific first, then none."""
    holders: Counter[str] = Counter()
    for row, anchor in zip(rows, anchors, strict=True):
        found = _row_date_at(row, anchor, anchor.title)
        if found is None:
            continue
        holder = found[1]
        own = _describe(holder, with_id=False)
        parent = holder.getparent()
        if parent is not None and parent is not row:
            holders[f"{_describe(parent, with_id=False)} > {own}"] += 1
        holders[own] += 1
    return [*(h for h, _ in holders.most_common(3)), None]


def _container_selectors(container: Any) -> Iterator[str]:
    own = _describe(container)
    yield own
    parent = container.getparent()
    if parent is not None and isinstance(parent.tag, str):
        yield f"{_describe(parent)} > {own}"
        grand = parent.getparent()
        if grand is not None and isinstance(grand.tag, str):
            yield f"{_describe(grand)} > {_describe(parent)} > {own}"


_SAFE_NAME = re.compile(r"^-?[A-Za-z_][\w-]*$")


def _describe(element: Any, *, with_id: bool = True) -> str:
    tag = element.tag if isinstance(element.tag, str) else "*"
    ident = (element.get("id") or "").strip()
    if with_id and ident and _SAFE_NAME.match(ident) and not re.search(r"\d{3,}", ident):
        return f"{tag}#{ident}"
    classes = [c for c in (element.get("class") or "").split() if _SAFE_NAME.match(c)]
    classes = [c for c in classes if not _CURRENT_CLASSES.fullmatch(c)]
    return tag + "".join(f".{c}" for c in classes[:3])


def spec_toml(page: BoardPage, name: str) -> str:
    """The inferred profile as TOML: save it in a profiles folder ($SUTJA_SITES) and edit it."""
    if page.spec is None:
        raise BoardError(page.problem or "no [list] table could be inferred for this page")
    host = urlsplit(page.url).hostname or ""
    lines = [
        f"# Inferred by `sutja scrape --list {page.url} --dry-run`.",
        *(f"# {line}" for line in page.why),
        f"name = {_toml_str(name)}",
        'version = "1"',
        f"description = {_toml_str('board at ' + page.url)}",
        "",
        "[match]",
        f"hosts = [{_toml_str(host.removeprefix('www.'))}]",
        "",
        "[list]",
    ]
    for key in ("urls", "start_page", "links", "date"):
        if key not in page.spec:
            continue
        value = page.spec[key]
        if isinstance(value, list):
            lines.append(f"{key} = [{', '.join(_toml_str(v) for v in value)}]")
        elif isinstance(value, int):
            lines.append(f"{key} = {value}")
        else:
            lines.append(f"{key} = {_toml_str(value)}")
    return "\n".join(lines) + "\n"


def _toml_str(value: str) -> str:
    return json.dumps(value, ensure_ascii=False)


def site_name(url: str) -> str:
    """A profile name for a board: its host without www, and the last path word."""
    parts = urlsplit(url)
    host = (parts.hostname or "board").removeprefix("www.")
    words = [w for w in re.split(r"[^A-Za-z0-9]+", parts.path) if w and w not in ("do", "html")]
    name = host.replace(".", "-") + ("-" + words[-1] if words else "")
    return name.lower()


def page_address(body: bytes | str) -> str | None:
    """The address a saved page names for itself: <link rel=canonical>, og:url or <base>."""
    text = body if isinstance(body, str) else decode_page(body).text
    try:
        root = lxml.html.document_fromstring(text.encode("utf-8"), parser=_PARSER)
    except (etree.ParserError, ValueError):
        return None
    for xpath in (
        "//link[@rel='canonical']/@href",
        "//meta[@property='og:url']/@content",
        "//base/@href",
    ):
        for value in root.xpath(xpath):
            if urlsplit(value.strip()).scheme in ("http", "https"):
                return value.strip()
    return None


def iter_rows(page: BoardPage) -> Iterable[dict[str, Any]]:
    """The page's links as `sutja links --format jsonl` objects."""
    for link in page.links:
        row: dict[str, Any] = {
            "url": link.url,
            "kind": "article",
            "title": link.title,
            "date": link.date.isoformat() if link.date else None,
        }
        if link.target is not None and link.target.method == "POST":
            row["post"] = link.target.body.decode("ascii")  # the form fields it sends
        yield row
    if page.next_url:
        yield {"url": page.next_url, "kind": "next", "title": None, "date": None}
