"""Article metadata read from an HTML page: title, publication time, author, issuing body, URLs.

Each reader takes what the page declares for machines first (`<meta>` tags, JSON-LD), then
what it shows to people (`입력 2025.12.06 16:43`, `작성자 이륭`). Site profiles point at the
exact elements when the page is known; these functions are the fallback and the generic path.
Times are Asia/Seoul and timezone-aware (parsed by `pipeline.clean.parse_published_at`).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator
from datetime import datetime
from typing import Any
from urllib.parse import urljoin, urlsplit

from bs4 import BeautifulSoup

from pipeline.clean.rules import SEOUL, clean_title, parse_published_at
from pipeline.clean.textnorm import normalize_text

# --------------------------------------------------------------------------- JSON-LD

_ARTICLE_TYPES = {"NewsArticle", "Article", "ReportageNewsArticle", "BlogPosting", "WebPage"}


def json_ld(soup: BeautifulSoup) -> list[dict[str, Any]]:
    """Every JSON-LD object of the page (graphs and lists flattened); broken blocks skipped."""
    found: list[dict[str, Any]] = []
    for script in soup.find_all("script", attrs={"type": re.compile(r"ld\+json", re.I)}):
        try:
            data = json.loads(script.get_text() or "")
        except ValueError:
            continue  # hand-written JSON-LD with curly quotes is common on municipal sites
        found.extend(_flatten(data))
    return found


def _flatten(data: Any) -> Iterator[dict[str, Any]]:
    if isinstance(data, list):
        for item in data:
            yield from _flatten(item)
    elif isinstance(data, dict):
        yield data
        if "@graph" in data:
            yield from _flatten(data["@graph"])


def _ld_types(item: dict[str, Any]) -> set[str]:
    kind = item.get("@type", [])
    return {kind} if isinstance(kind, str) else {k for k in kind if isinstance(k, str)}


def _ld_articles(items: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [i for i in items if _ld_types(i) & _ARTICLE_TYPES]


# --------------------------------------------------------------------------- meta tags


def meta_content(soup: BeautifulSoup, *names: str) -> str | None:
    """The first non-empty `content` of a `<meta>` whose property/name/itemprop is one of names."""
    wanted = {n.lower() for n in names}
    for meta in soup.find_all("meta"):
        key = meta.get("property") or meta.get("name") or meta.get("itemprop") or ""
        if isinstance(key, str) and key.lower() in wanted:
            value = meta.get("content")
            if isinstance(value, str) and value.strip():
                return normalize_text(value).strip()
    return None


# --------------------------------------------------------------------------- title

# Breadcrumbs after a title: "제목 < 보도자료 < 시정뉴스룸 - 나주시청" (NDSoft and many city CMSs).
_BREADCRUMB = re.compile(r"\s+(?:<|&lt;|>|&gt;|›|»)\s+")
_SITE_WORD = re.compile(
    r"(시청|군청|구청|도청|교육청|일보|신문|뉴스|방송|타임스|타임즈|저널|닷컴|투데이|데일리|"
    r"홈페이지|누리집|포털|News|news|NEWS|\.com|\.kr|\.net)$"
)
_SUFFIX_SEP = re.compile(r"\s+[-–—|:·]\s+(?P<site>[^-–—|:·]{2,30})$")


def strip_site_suffix(title: str, site_names: Iterable[str] = ()) -> str:
    """A page title without the breadcrumb and site name after it.

    `꽃소마루 … 협약 < 보도자료 < 열린시정 - 나주시청` → `꽃소마루 … 협약`;
    `광주FC, … 준우승 - 전남일보` → `광주FC, … 준우승`; `제목 : 네이트 뉴스` → `제목`.
    A suffix goes only when it names the site (given, or ends like a site name), so a title's
    own ` - ` or ` : ` stays.
    """
    text = re.sub(r"\s+", " ", normalize_text(title)).strip()
    head = _BREADCRUMB.split(text, maxsplit=1)[0].strip()
    if head:
        text = head
    names = {_squeeze(n) for n in site_names if n}
    while True:
        match = _SUFFIX_SEP.search(text)
        if match is None:
            break
        site = match["site"].strip()
        if not (_squeeze(site) in names or _SITE_WORD.search(site)):
            break
        text = text[: match.start()].strip()
    return text


def _squeeze(text: str) -> str:
    return re.sub(r"\s+", "", text)


def site_names(soup: BeautifulSoup, ld: list[dict[str, Any]] | None = None) -> list[str]:
    """Names the page gives its site (og:site_name, application-name, JSON-LD Organization).
    `ld`: the page's JSON-LD when already read (it is parsed otherwise)."""
    names = [meta_content(soup, "og:site_name", "application-name", "nate:site_name")]
    for item in json_ld(soup) if ld is None else ld:
        if _ld_types(item) & {"Organization", "GovernmentOrganization", "NewsMediaOrganization"}:
            names.append(item.get("name") if isinstance(item.get("name"), str) else None)
    return [n for n in names if n]


def page_title(soup: BeautifulSoup, ld: list[dict[str, Any]] | None = None) -> str | None:
    """The article's title from JSON-LD `headline`, og:title or `<title>`, without site residue.

    og:title and `<title>` often disagree: one carries keywords or a site name the other
    lacks. When one (cleaned) starts with the other, the shorter is the title; otherwise
    og:title wins, since `<title>` is often just the board's name (`보도자료 | 광주광역시청`).
    """
    ld = json_ld(soup) if ld is None else ld
    names = site_names(soup, ld)
    for item in _ld_articles(ld):
        headline = item.get("headline")
        if isinstance(headline, str) and headline.strip():
            return clean_title(strip_site_suffix(headline, names))
    og = meta_content(soup, "og:title", "twitter:title", "nate:title")
    tag = soup.find("title")
    html_title = tag.get_text(" ", strip=True) if tag else ""
    candidates = [strip_site_suffix(t, names) for t in (og, html_title) if t]
    candidates = [c for c in candidates if len(c) >= 2]
    if not candidates:
        return None
    if len(candidates) == 2:
        first, second = (_squeeze(c) for c in candidates)
        if first.startswith(second) or second.startswith(first):
            return clean_title(min(candidates, key=len))
    return clean_title(candidates[0])


_BOARD_WORDS = re.compile(
    r"(보도\s*자료|공지\s*사항|게시판|새소식|상세|알림\s*마당|누리집|홈페이지|뉴스룸|"
    r"(시|군|구|도)정\s*소식|해명|기사\s*본문|열린\s*(시|군|구|도)정)"
)


def looks_like_board_name(title: str | None) -> bool:
    """Is this page title only the name of a board or menu (`보도자료/해명`, `알림마당>담양뉴스
    >보도자료 > 상세`, `전라남도청 | 도정소식 | 보도자료`) rather than an article's headline?"""
    if not title:
        return True
    if re.search(r"[|<>›»]", title) or len(_squeeze(title)) <= 6:
        return True
    return len(title) <= 25 and bool(_BOARD_WORDS.search(title))


# --------------------------------------------------------------------------- publication time

# Labels of a visible publication line, the first group preferred: the moment of first
# publication, then edition dates and updates.
_DATE_LABELS = (
    r"(?:기사\s*)?입력(?:\s*일시?)?|기사\s*전송|송고|등록\s*일(?:시|자)?|작성\s*일(?:시|자)?|"
    r"게재\s*일(?:시|자)?|승인|보도\s*일(?:시|자)?|날짜|일자",
    r"발행\s*일(?:시|자)?|최종\s*수정(?:일)?|수정\s*일?|업데이트",
)
_VISIBLE_DATE_LINE = [
    re.compile(rf"(?:^|[\s|│·\[(])(?:{labels})\s*[:：]?\s*(?=\d{{4}}\s*[-./년])")
    for labels in _DATE_LABELS
]


_SHORT_YEAR = re.compile(
    r"(?<![\d.:-])(?P<y>\d{2})[-./](?P<m>\d{1,2})[-./](?P<d>\d{1,2})\.?"
    r"(?:\s+(?P<H>\d{1,2}):(?P<M>\d{2}))?(?![\d.:-])"
)


def parse_date_text(text: str | None) -> datetime | None:
    """A publication time shown on a page: what `parse_published_at` reads, plus the
    two-digit years of board software (`작성일 24-03-05 14:20` → 2024-03-05 14:20)."""
    if not text:
        return None
    parsed = parse_published_at(text)
    if parsed is not None:
        return parsed
    match = _SHORT_YEAR.search(text)
    if match is None:
        return None
    try:
        return datetime(
            2000 + int(match["y"]),
            int(match["m"]),
            int(match["d"]),
            int(match["H"] or 0),
            int(match["M"] or 0),
            tzinfo=SEOUL,
        )
    except ValueError:
        return None


def meta_published(soup: BeautifulSoup, ld: list[dict[str, Any]] | None = None) -> datetime | None:
    """Publication time from `<meta>` (article:published_time …) or JSON-LD datePublished."""
    value = meta_content(
        soup,
        "article:published_time",
        "og:article:published_time",
        "og:published_time",
        "datePublished",
        "pubdate",
        "publishdate",
        "publish-date",
        "date",
        "dc.date.issued",
        "dc.date",
        "nate:article_date",
    )
    if value:
        parsed = parse_published_at(value)
        if parsed:
            return parsed
    for item in _ld_articles(json_ld(soup) if ld is None else ld):
        value = item.get("datePublished") or item.get("dateCreated")
        if isinstance(value, str):
            parsed = parse_published_at(value)
            if parsed:
                return parsed
    return None


def visible_published(lines: Iterable[str]) -> datetime | None:
    """Publication time from a labelled line (`입력 2025.12.06 16:43`, `등록일 2025-12-11`,
    `기사전송 2019-02-07 16:09`): the first line of the preferred labels, else of the others."""
    lines = list(lines)
    # A label alone on its line ("날짜", "등록일") is followed by its value on the next one.
    candidates = [
        f"{line} {lines[i + 1]}" if len(line) <= 6 and i + 1 < len(lines) else line
        for i, line in enumerate(lines)
    ]
    candidates = [line for line in candidates if len(line) <= 120]
    for pattern in _VISIBLE_DATE_LINE:
        for line in candidates:
            match = pattern.search(line)
            if match:
                parsed = parse_published_at(line[match.end() :])
                if parsed:
                    return parsed
    return None


# --------------------------------------------------------------------------- author

_PERSON = re.compile(r"^[가-힣]{2,4}$")
# "서울=이정준 기자", "이정준 기자 jeongjun@…", "작성자 : 이륭", "담당자 홍길동 (061-…)".
_NAME_FORMS = (
    re.compile(
        r"(?:^|[\s=\[(])(?P<name>[가-힣]{2,4})\s*(?:기자|특파원|통신원|선임기자|객원기자)(?=$|[\s=\])·,])"
    ),
    re.compile(r"(?:작성자|담당자|글쓴이|기고자)\s*[:：]?\s*(?P<name>[가-힣]{2,4})(?=$|[\s(,/])"),
)
# Offices, sites and departments that stand where a name would (`등록부서 빛가람동`, `홍보팀`);
# names ending in 구, 도 or 동 (이창구, 김경도, 홍길동) are common, so only a four-syllable
# word ending in 동 is taken for a neighbourhood.
_NOT_PERSON = re.compile(
    r"(일보|신문|뉴스|방송|관리자|운영자|홍보|담당|편집|기자단|센터|재단|"
    r"시|군|청|과|팀|실|읍|면|^[가-힣]{3}동)$"
)


# The labels themselves, which a 2–4 syllable match would otherwise take for a name.
_LABELS = frozenset({"작성자", "담당자", "등록자", "글쓴이", "기고자", "관리자", "기자", "특파원"})


def person_name(text: str | None) -> str | None:
    """A person's name in an author field or byline; None for an office or site name."""
    if not text:
        return None
    text = re.sub(r"\s+", " ", normalize_text(text)).strip()
    text = re.sub(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+", "", text).strip()
    for form in _NAME_FORMS:
        match = form.search(text)
        if match and _is_person(match["name"]):
            return match["name"]
    bare = re.sub(r"^(?:[가-힣A-Za-z]+\s*=\s*)", "", text).strip()
    return bare if _PERSON.match(bare) and _is_person(bare) else None


def _is_person(name: str) -> bool:
    return name not in _LABELS and not _NOT_PERSON.search(name)


def meta_author(soup: BeautifulSoup, ld: list[dict[str, Any]] | None = None) -> str | None:
    """The author a page declares (meta author, og:article:author, JSON-LD author), if a person."""
    for value in (
        meta_content(soup, "author", "og:article:author", "article:author", "dable:author"),
        *_ld_authors(json_ld(soup) if ld is None else ld),
    ):
        name = person_name(value)
        if name:
            return name
    return None


def _ld_authors(ld: list[dict[str, Any]]) -> Iterator[str]:
    for item in _ld_articles(ld):
        authors = item.get("author")
        for author in authors if isinstance(authors, list) else [authors]:
            if isinstance(author, dict) and isinstance(author.get("name"), str):
                yield author["name"]
            elif isinstance(author, str):
                yield author


def visible_author(lines: Iterable[str]) -> str | None:
    """A byline among short lines: `… 기자`, `작성자 X`, `담당자 X`."""
    for line in lines:
        if len(line) <= 60:
            name = person_name(line)
            # A byline puts a space between the name and 기자; menus list roles glued to it
            # (`도민명예기자`, `시민기자`), which are not names.
            byline = re.search(r"[가-힣]{2,4}\s+(기자|특파원)$", line)
            if name and (byline or re.match(r"(작성자|담당자)", line)):
                return name
    return None


# --------------------------------------------------------------------------- issuing body

_PUBLIC_BODY = re.compile(
    r"^(?P<org>[가-힣]{1,12}?(?:특별자치도|특별자치시|광역시|특별시|시|군|구|도))청?"
    r"(?:\s*(?:홈페이지|누리집|대표\s*홈페이지))?$"
)
_EDUCATION = re.compile(r"^(?P<org>[가-힣]{2,12}교육청)(?:\s*(?:홈페이지|누리집))?$")


def public_body(names: Iterable[str]) -> str | None:
    """The public body a site belongs to, from its names: `나주시청` → 나주시,
    `광주광역시청` → 광주광역시, `신안군청 홈페이지` → 신안군, `전라남도교육청` kept."""
    for name in names:
        text = _squeeze_edges(name)
        match = _EDUCATION.match(text)
        if match:
            return match["org"]
        match = _PUBLIC_BODY.match(text)
        if match and text != match["org"]:  # "…청" or "… 홈페이지" shows it is a site name
            return match["org"]
    return None


# A national ministry or agency as 정책브리핑 and ministries' own pages name it: 고용노동부,
# 국무조정실, 식품의약품안전처, 산림청, 방송통신위원회, 국가보훈부 … (one word, the body's own
# suffix last). A longer text is a sentence about one, not its name.
_AGENCY = re.compile(r"^(?P<org>[가-힣]{1,14}(?:부|처|청|실|원|위원회|본부|공사|공단|재단))$")
# A release headline that opens with its issuer: "고용노동부, 울산 남구 …".
_AGENCY_LEAD = re.compile(r"^(?P<org>[가-힣]{1,14}(?:부|처|청|위원회))\s*[,·]\s")


def library_date(html: str) -> datetime | None:
    """The page's date as htmldate finds it (its markup heuristics: meta tags, URL, time
    elements, class names), the last resort after the profile, the page's own metadata and
    the Korean byline rules. Its free-text search is off: on the corpus it took a copyright
    or a photo's date for the article's (목포 보도자료: 2023-09-01 for a 2025-12-09 release)."""
    from htmldate import find_date  # installed with trafilatura

    try:
        found = find_date(html, original_date=True, extensive_search=False)
    except Exception:  # htmldate raises on markup it cannot parse; no date is the answer
        return None
    return parse_date_text(found) if found else None


def agency_name(texts: Iterable[str]) -> str | None:
    """The first text that is a ministry's or agency's name (`고용노동부`, `산림청`,
    `원자력안전위원회`), or whose headline opens with one (`고용노동부, 울산 남구 …`)."""
    for raw in texts:
        text = _squeeze_edges(raw)
        match = _AGENCY.match(text) or _AGENCY_LEAD.match(text)
        if match:
            return match["org"]
    return None


def _squeeze_edges(text: str) -> str:
    return re.sub(r"\s+", " ", normalize_text(text)).strip()


def title_segments(soup: BeautifulSoup) -> list[str]:
    """The parts of `<title>` split at breadcrumb and site separators (the site name is last)."""
    tag = soup.find("title")
    if tag is None:
        return []
    text = normalize_text(tag.get_text(" ", strip=True))
    parts = re.split(r"\s*(?:<|>|\||›|»|\s-\s|:)\s*", text)
    return [p.strip() for p in parts if p.strip()]


# --------------------------------------------------------------------------- URLs


def page_urls(soup: BeautifulSoup, base: str | None = None, *, specific: bool = True) -> list[str]:
    """The page's own URLs, best first: `<link rel=canonical>`, then og:url, resolved against
    `base`; only those that can name one article (see `is_specific_url`) unless `specific`
    is False."""
    found = []
    for link in soup.find_all("link", href=True):
        rel = link.get("rel") or []
        rels = rel if isinstance(rel, list) else str(rel).split()
        if "canonical" in (r.lower() for r in rels):
            found.append(str(link["href"]))
    og = meta_content(soup, "og:url", "nate:url")
    if og:
        found.append(og)
    urls = []
    for href in found:
        url = absolute_url(href, base)
        if url and (is_specific_url(url) or not specific) and url not in urls:
            urls.append(url)
    return urls


def absolute_url(href: str, base: str | None = None) -> str | None:
    """An absolute http(s) URL for href (protocol-relative → https), or None."""
    href = normalize_text(href).strip().replace("&amp;", "&")
    if href.startswith("//"):
        href = "https:" + href
    if base:
        href = urljoin(base, href)
    try:
        parts = urlsplit(href)
    except ValueError:
        return None
    if parts.scheme not in ("http", "https") or not parts.netloc:
        return None
    return href


def is_specific_url(url: str) -> bool:
    """Can this URL name one article? A site's root or a bare section (`https://www.gwangju.go.kr`,
    `http://www.naju.go.kr/www`), which municipal CMSs put in every page's canonical or og:url,
    cannot: trusting it would make every article of the site one and the same."""
    parts = urlsplit(url)
    if parts.query:
        return True
    segments = [s for s in parts.path.split("/") if s]
    if not segments:
        return False
    return len(segments) > 1 or bool(re.search(r"\d", segments[0]))
