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

import re
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from typing import Any
from urllib.parse import parse_qsl, urljoin, urlsplit

import lxml.html
from lxml import etree

from pipeline.read.decode import decode_page
from pipeline.read.urls import canonicalize_url
from pipeline.scrape.board_page import (
    PAGE_PARAMS,
    Anchor,
    BoardLink,
    BoardPage,
    describe,
    is_within,
    row_date_at,
    squash,
)
from pipeline.scrape.board_profile import infer_spec
from pipeline.scrape.forms import Resolver
from pipeline.scrape.paging import JS_CALL, find_next

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
#: Fewer rows than this and no list is claimed.
MIN_ROWS = 2
#: Below this score no list is claimed: two undated links with short texts are a menu.
MIN_SCORE = 3.0


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
        find_next(root, base, url, scripts, rows, page)
        if not page.problem:
            page.spec = infer_spec(text, root, page, rows, anchors)
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


@dataclass
class _Candidate:
    container: Any
    tag: str
    rows: list[Any]
    picked: list[tuple[Any, Anchor]]  # (row, its article link)
    dates: list[date | None]  # of the picked rows, read once
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
) -> tuple[list[BoardLink], str, list[Any], list[Anchor]] | None:
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
            and is_within(other.container, scope)
            and not any(is_within(other.container, r) for r in best.rows)
            and not any(is_within(best.container, r) for r in other.rows)
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
    anchors: list[Anchor] = []
    for cand in chosen:
        for (row, anchor), day in zip(cand.picked, cand.dates, strict=True):
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
                    day,
                    anchor.method,
                    anchor.target,
                )
            )
    shape = " + ".join(f"{describe(c.container)} > {c.tag}" for c in chosen)
    why.append(
        f"rows: {shape}: {len(links)} links of the form {_shape_text(best.shape)}, "
        f"{best.dated:.0%} of rows dated, titles {best.title_length:.0f} characters long on "
        f"average (score {best.score:.1f}"
        + (
            f"; next best {candidates[1].score:.1f}: {describe(candidates[1].container)}"
            f" > {candidates[1].tag})"
            if len(candidates) > 1
            else ")"
        )
    )
    return links, shape, rows, anchors


def _candidates(root: Any, base: str, resolver: Resolver) -> Iterator[_Candidate]:
    link_cache: dict[Any, list[Anchor]] = {}
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
    cache: dict[Any, list[Anchor]],
    resolver: Resolver,
) -> _Candidate | None:
    per_row: list[list[Anchor]] = []
    for row in rows:
        per_row.append(_row_anchors(row, base, cache, resolver))
    with_links = [r for r in per_row if r]
    if len(with_links) < MIN_ROWS:
        return None
    counts: Counter[tuple[Any, ...]] = Counter()
    for anchors in with_links:
        counts.update({a.shape for a in anchors})
    shape = counts.most_common(1)[0][0]
    picked: list[tuple[Any, Anchor]] = []
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
    dates = [_row_date(row, a, a.title) for row, a in picked]
    dated = sum(1 for d in dates if d) / len(picked)
    consistency = len(picked) / len(with_links)
    score = len(distinct) * consistency * (0.2 + 0.8 * min(title_length, 20) / 20)
    score *= 1 + 2 * dated
    if _chrome(container):
        score *= 0.1
    return _Candidate(container, tag, rows, picked, dates, shape, score, dated, title_length)


def _row_anchors(
    row: Any, base: str, cache: dict[Any, list[Anchor]], resolver: Resolver
) -> list[Anchor]:
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


def _anchor(element: Any, base: str, resolver: Resolver) -> Anchor | None:
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
    return Anchor(element, url, canonical, _shape(url), method, _title(element), target)


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


def _title(element: Any) -> str:
    """A row link's title: its text; the heading inside a card link (which also holds a
    teaser, a date, a source); or its `title` attribute when the text is cut short ("…") or
    holds the attribute among other things."""
    text = squash(element.text_content())
    for part in element.iter():
        if not isinstance(part.tag, str) or part is element:
            continue
        if re.fullmatch(_TITLE_PARTS, part.tag) or _TITLE_CLASS.search(part.get("class") or ""):
            inner = squash(part.text_content())
            if len(inner) >= MIN_TITLE and len(text) > len(inner) + 5:
                text = inner
                break
    attr = squash(element.get("title") or "")
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


def _row_date(row: Any, anchor: Anchor, title: str) -> date | None:
    found = row_date_at(row, anchor, title)
    return found[0] if found else None


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
        match = JS_CALL.search(js.removeprefix("javascript:"))
        if match and len(squash(element.text_content())) >= 6:
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
