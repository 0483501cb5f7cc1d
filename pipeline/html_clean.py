"""Cleaning an HTML page: one saved or archived page → the same `Article` the text path makes.

`clean_html(raw)` decodes the page (`pipeline.decode`), parses it (BeautifulSoup over lxml),
refuses pages that are not articles (`NotAnArticle`: error pages, list pages, empty bodies),
then finds the article's parts:

- with a site profile (`pipeline.sites`, matched by URL, host or marker selectors): the fields
  by their selectors, the body minus the profile's `drop` selectors;
- otherwise the generic path: trafilatura's main-content extraction (comments off, tables only
  when the body lives in them).

Either way page furniture goes first — scripts, styles, iframes, forms' controls, hidden
elements, menus, headers and footers, and elements whose class or id names an ad slot, a
share bar, comments, attachments, related or most-read lists, paging, surveys, licence
notices (see `_FURNITURE_WORD`) — and photo captions (`<figcaption>`, the profile's caption
selectors, the text cells of photo tables) are taken out into the `caption` section. The body's
block elements become paragraphs (`<p>`, `<div>`, `<li>`, `<br>` runs), which then go through
exactly the line rules plain text goes through (`pipeline.clean.clean_text`: bylines, contact
and copyright lines, `(끝)`, 관련기사 zones, `사진 설명)` captions …). Metadata comes from the
profile, then `<meta>`/JSON-LD, then visible lines (`pipeline.metadata`).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import datetime

import trafilatura
from bs4 import BeautifulSoup, CData, NavigableString, Tag
from lxml import etree

from pipeline import metadata
from pipeline.clean import (
    NotAnArticle,
    caption_text,
    clean_text,
    find_org,
    is_furniture_line,
    is_prose,
)
from pipeline.decode import decode_page, page_refusal
from pipeline.sites import Selector, SiteProfile, match_profile
from pipeline.textnorm import fold_for_compare, normalize_text
from pipeline.urls import canonicalize_url
from schemas.records import Article, RawDocument, Section

#: Strings that never belong in a cleaned body (tests and the benchmark check every page).
FURNITURE_STRINGS: tuple[str, ...] = (
    "광고", "무단전재", "재배포", "저작권자", "Copyright", "공공누리", "관련기사", "많이 본",
    "이전글", "다음글", "목록", "첨부파일", "담당부서", "전화번호", "만족도", "글자크기", "댓글",
    "공유하기", "카카오톡", "페이스북", "트위터", "인쇄", "스크랩", "구독", "로그인", "회원가입",
    "개인정보", "☞", "(끝)", "@", "바로가기", "TOP",
)  # fmt: skip

# Elements that never hold article text.
_NEVER_TEXT = frozenset(
    {
        "script", "style", "noscript", "template", "head", "title", "meta", "link", "svg",
        "canvas", "iframe", "frame", "frameset", "object", "embed", "button", "input", "select",
        "option", "textarea", "map", "audio", "video", "source", "track",
    }
)  # fmt: skip
# Page regions that are furniture by their tag (unless broken markup put the article in one).
_FURNITURE_TAGS = frozenset({"nav", "aside", "header", "footer", "menu", "dialog"})
_BLOCK_TAGS = frozenset(
    {
        "p", "div", "li", "ul", "ol", "dl", "dt", "dd", "h1", "h2", "h3", "h4", "h5", "h6",
        "tr", "table", "tbody", "thead", "tfoot", "caption", "section", "article", "main",
        "blockquote", "figure", "figcaption", "pre", "address", "center", "form", "fieldset",
        "legend", "details", "summary", "hgroup",
    }
)  # fmt: skip
_CELL_TAGS = frozenset({"td", "th"})
_INLINE_TAGS = frozenset(
    {
        "span", "a", "b", "strong", "em", "i", "u", "font", "mark", "small", "sup", "sub",
        "label", "abbr", "cite", "q", "time", "big", "s", "strike", "ins", "del",
    }
)  # fmt: skip
_TEXT_TYPES = (NavigableString, CData)

# Words in a class or id that name page furniture. Matched against the words of each class
# token and of the id (split at "-", "_" and camelCase), so "ad" finds `ad-slot`, `top_ad`,
# `adsbygoogle`, but not `header`, `lead` or `thread`.
_FURNITURE_WORD = re.compile(
    r"^(ad|ads|adv|advert|advertisement|adsbygoogle|adsense|dable|banner|banners|sponsor|"
    r"share|sharing|sns|social|print|scrap|fontsize|"
    r"comment|comments|cmt|reply|replies|"
    r"related|relation|popular|ranking|rank|most|hot|best|recommend|latest|"
    r"gnb|lnb|snb|tnb|menu|nav|navigation|breadcrumb|breadcrumbs|location|skip|quick|sitemap|"
    r"family|footer|header|copyright|gotop|pagination|paging|pager|prev|next|prevnext|"
    r"satisfy|satisfaction|survey|appraisal|kogl|opentype|nuri|charge|manager|"
    r"file|files|attach|attachment|download|tag|tags|hashtag|weather|login|search|"
    r"emoji|reaction|like|subscribe|btn|button|sr|blind|hidden|hide|offscreen|modal|popup|"
    r"toolbar|tool|tools|util|utility|widget|qr|qrcode)$"
)
_INVISIBLE_WORD = re.compile(r"^(sr|blind|hidden|hide|offscreen)$")
_WORD_SPLIT = re.compile(r"[-_\s]+|(?<=[a-z])(?=[A-Z])|(?<=[A-Za-z])(?=\d)|(?<=\d)(?=[A-Za-z])")
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)
_CAPTION_WORD = re.compile(r"^(caption|figcaption|imgcaption|photocaption|cap)$")
_PHOTO_WORD = re.compile(r"^(photo|photos|image|images|img|pic|picture|media|figure|thumb)$")

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
_WS = re.compile(r"\s+")
_SENTENCE_SPLIT = re.compile(r"(?<=다\.)\s+")
_DASH_EDGES = re.compile(r"^[-–—―ㅡ]+\s*|\s*[-–—―ㅡ]+$")
_BULLET_START = re.compile(r"^[▲△○□■●◆◇※·•\-–―ㅡ*\d]")

#: An error message on a page with fewer characters of sentences than this: an error page.
ERROR_MAX_PROSE = 100
#: Pages with less body text than this and no sentence are not articles.
MIN_BODY_CHARS = 40
#: Shorter lines above a page's first sentence are labels, not sub-headlines.
MIN_HEADLINE = 8
#: A page whose largest group of same-shaped headline links has this many members, and whose
#: body is mostly teasers, is a list page.
LIST_MIN_LINKS = 5
#: … or whose body sentences stand this much (by characters) inside the list's entries.
LIST_ENTRY_SHARE = 0.6
#: A list entry (headline, date, summary) holds at most this much text: more is the page
#: around a lone link, not an entry.
MAX_ENTRY_CHARS = 600


@dataclass
class _Parts:
    """What one path (profile or generic) found, before the shared line rules run."""

    lines: list[str]
    captions: list[str] = field(default_factory=list)
    title: str | None = None
    subtitle_lines: list[str] = field(default_factory=list)
    published_at: datetime | None = None
    author: str | None = None


# --------------------------------------------------------------------------- entry point


def clean_html(raw: RawDocument, *, profiles: Sequence[SiteProfile] | None = None) -> Article:
    """Clean one HTML page into an Article (see the module docstring).

    `profiles` defaults to the built-in profiles plus those of $SUTJA_SITES. Raises
    NotAnArticle (with the reason) for error pages, list pages and pages without article
    text, ValueError for data that is not a page at all (binary, too large).
    """
    if raw.http_status is not None and raw.http_status >= 400:
        raise NotAnArticle(f"error page: HTTP status {raw.http_status}")
    html = _page_text(raw)
    soup = BeautifulSoup(html, "lxml")
    if soup.find(["html", "body"]) is None or not soup.get_text(strip=True):
        raise NotAnArticle("broken markup: no text could be parsed from the page")

    page_urls = metadata.page_urls(soup, raw.url)
    url = raw.url or (page_urls[0] if page_urls else None)
    # A site's root in og:url says nothing about the article, but still names the host.
    match_url = url or next(iter(metadata.page_urls(soup, None, specific=False)), None)
    errors = _error_headings(soup) + _alert_messages(soup)
    headlines = _headline_links(soup)
    profile = match_profile(match_url, soup, profiles)
    if profile is not None:
        _refuse_by_profile(soup, profile)
    # Read before furniture removal, which takes <head> and JSON-LD with it.
    declared = _Declared.read(soup)
    # Before any field is read: a headline must not start with its screen-reader label.
    _drop_furniture(soup, _is_invisible)
    parts = _profile_parts(soup, profile) if profile is not None else None
    if parts is None:
        # The generic path reads the fields, but the page is still the profile's site: a
        # crawl-only profile (no [fields]) keeps its name, version and org on the article.
        parts = _generic_parts(soup, declared.title)
    _refuse_error_page(parts.lines, errors)
    _refuse_list_page(headlines, soup, parts.lines)

    article = _assemble(raw, parts, declared, url=url)
    article.canonical_url = _canonical(page_urls, raw.url)
    if profile is not None:
        article.site = profile.name
        article.site_profile_version = profile.version
    article.org = (profile.org if profile else None) or declared.org or article.org
    return article


def _page_text(raw: RawDocument) -> str:
    body = raw.body
    if isinstance(body, str):
        return normalize_text(body)
    refusal = page_refusal(body)
    if refusal is not None:
        if refusal.not_article:
            raise NotAnArticle(refusal.reason)
        raise ValueError(refusal.reason)
    return decode_page(body, http_charset=raw.declared_encoding).text


def _canonical(page_urls: list[str], raw_url: str | None) -> str | None:
    for candidate in [*page_urls, raw_url]:
        if not candidate:
            continue
        try:
            return canonicalize_url(candidate)
        except ValueError:
            continue
    return None


# --------------------------------------------------------------------------- refusals


def _error_headings(soup: BeautifulSoup) -> list[str]:
    """The page's `<title>` and first headings when they read like an error (`404 Not Found`,
    `페이지를 찾을 수 없습니다`)."""
    heads = [soup.title.get_text(" ", strip=True) if soup.title else ""]
    heads += [h.get_text(" ", strip=True) for h in soup.find_all(["h1", "h2"], limit=4)]
    return [
        text
        for text in heads
        if len(text) <= 80 and (_ERROR_PAGE.search(text) or _ERROR_CODE.search(text))
    ]


def _alert_messages(soup: BeautifulSoup) -> list[str]:
    """Messages of `alert('…')` calls: a board that refuses a post often says so only there."""
    messages = []
    for script in soup.find_all("script"):
        messages += _ALERT.findall(script.get_text() or "")
    return [m for m in messages if _ERROR_PAGE.search(m)]


def _refuse_error_page(lines: list[str], errors: list[str]) -> None:
    """An error message in the heading, an alert or where the body should be, and no article
    text (a story that merely mentions "Not Found" in its headline is still a story)."""
    if sum(len(line) for line in lines if is_prose(line)) >= ERROR_MAX_PROSE:
        return
    for text in [*errors, *lines]:
        match = _ERROR_PAGE.search(text) or (text in errors and _ERROR_CODE.search(text))
        if match:
            raise NotAnArticle(f"error page: {match.group(0)!r}")


def _refuse_by_profile(soup: BeautifulSoup, profile: SiteProfile) -> None:
    for selector in profile.not_article:
        if next(_select(soup, selector), None) is not None:
            raise NotAnArticle(
                f"not an article: the page has {selector!r} (site profile {profile.name})"
            )


@dataclass(frozen=True)
class _Headlines:
    """The largest group of same-shaped headline links of a page (a list's entries, or a
    most-read box), with the elements that hold one entry each (its `<li>`, `<tr>` …)."""

    texts: frozenset[str]
    items: frozenset[int]


def _headline_links(soup: BeautifulSoup) -> _Headlines:
    groups: dict[str, list[Tag]] = {}
    for link in soup.find_all("a", href=True):
        text = _WS.sub(" ", link.get_text(" ", strip=True))
        href = str(link["href"])
        if len(text) < 8 or not re.search("[가-힣]", text) or href.startswith(("#", "javascript")):
            continue
        groups.setdefault(_link_shape(href), []).append(link)
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
    entries = frozenset(id(item) for item in items if item.name == kind)
    return _Headlines(texts=frozenset(_link_texts(links)), items=entries)


def _link_texts(links: list[Tag]) -> set[str]:
    return {fold_for_compare(link.get_text(" ", strip=True)) for link in links}


def _refuse_list_page(headlines: _Headlines, soup: BeautifulSoup, lines: list[str]) -> None:
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
    index = _TextIndex(soup) if prose else None
    for line in prose:
        node = index.find(line) if index else None
        if node is not None and any(id(a) in headlines.items for a in node.parents):
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


# --------------------------------------------------------------------------- metadata


@dataclass
class _Declared:
    """What the page says about itself, independent of where its body is."""

    title: str | None
    published_at: datetime | None
    author: str | None
    org: str | None
    # What the page shows people (`입력 2025.12.06 16:43`, `작성자 이륭`), used after <meta>
    # and JSON-LD; read with screen-reader labels still in place (`<dt class="hidden">날짜`).
    shown_published_at: datetime | None
    shown_author: str | None

    @classmethod
    def read(cls, soup: BeautifulSoup) -> _Declared:
        ld = metadata.json_ld(soup)
        names = metadata.site_names(soup, ld) + metadata.title_segments(soup)[-1:]
        shown = [line for line in block_lines(soup.body or soup) if len(line) <= 120]
        return cls(
            title=metadata.page_title(soup, ld),
            published_at=metadata.meta_published(soup, ld),
            author=metadata.meta_author(soup, ld),
            org=metadata.public_body(names),
            shown_published_at=metadata.visible_published(shown),
            shown_author=metadata.visible_author(shown),
        )


# The first compound selector of a selector: `#id`, `.class`, `tag#id`, `tag.class.other`.
_LEADING = re.compile(
    r"^(?P<first>[A-Za-z0-9]*(?P<key>[#.][A-Za-z_][\w-]*)(?:[#.][A-Za-z_][\w-]*)*)"
)


def _select(root: BeautifulSoup | Tag, css: str) -> Iterator[Tag]:
    """`root.select(css)`, lazily, starting from the elements its leading id or class names.

    soupsieve matches a selector against every element of the page, and a `:-soup-contains()`
    reads each candidate's text: over a 10,000-element city-hall page one field's selector
    costs a third of a second. Finding `#board_basic_view` first and matching the rest
    inside it costs a hundredth.
    """
    match = _LEADING.match(css)
    rest = css[match.end() :] if match else ""
    if match is None or "," in css or (rest and not rest[0].isspace() and rest[0] not in ">+~"):
        yield from root.css.iselect(css)
        return
    key = match["key"]
    anchors = root.find_all(id=key[1:]) if key[0] == "#" else root.find_all(class_=key[1:])
    rest = rest.strip()
    seen: set[int] = set()
    for anchor in anchors:
        if not anchor.css.match(match["first"]):
            continue
        if not rest:
            found: Iterable[Tag] = [anchor]
        elif rest[0] in "+~":  # siblings lie outside the anchor: match from its parent
            parent = anchor.parent
            found = parent.css.select(f":scope > {match['first']} {rest}") if parent else []
        else:
            found = anchor.css.iselect(f":scope {rest}")
        for element in found:
            if id(element) not in seen:
                seen.add(id(element))
                yield element


def _select_text(soup: BeautifulSoup, selectors: Iterable[Selector]) -> str | None:
    """The first non-empty text (or attribute) that the selectors find."""
    for selector in selectors:
        for element in _select(soup, selector.css):
            if selector.attr:
                value = element.get(selector.attr)
                text = " ".join(value) if isinstance(value, list) else value
            else:
                text = " ".join(block_lines(element))
            if text and text.strip():
                return _WS.sub(" ", normalize_text(text)).strip()
    return None


def _select_lines(soup: BeautifulSoup, selectors: Iterable[Selector]) -> list[str]:
    for selector in selectors:
        for element in _select(soup, selector.css):
            if selector.attr:
                value = element.get(selector.attr)
                lines = [str(value).strip()] if value else []
            else:
                lines = block_lines(element)
            if lines:
                return [normalize_text(line) for line in lines]
    return []


# --------------------------------------------------------------------------- the two paths


def _profile_parts(soup: BeautifulSoup, profile: SiteProfile) -> _Parts | None:
    """The article as the profile's selectors find it; None when its body selectors find no
    text (another template on the same host), so the generic path takes over."""
    title = _select_text(soup, profile.selectors("title"))
    subtitle_lines = _select_lines(soup, profile.selectors("subtitle"))
    published_text = _select_text(soup, profile.selectors("published_at"))
    author_text = _select_text(soup, profile.selectors("author"))

    captions: list[str] = []
    for selector in profile.selectors("body"):
        bodies = _outermost(list(_select(soup, selector.css)))
        if not bodies:
            continue
        lines: list[str] = []
        for body in bodies:
            for css in profile.drop:
                for element in body.select(css):
                    element.decompose()
            for caption in profile.selectors("captions"):
                for element in body.select(caption.css):
                    captions.extend(_caption_text(element))
                    element.decompose()
            captions.extend(_take_captions(body))
            _drop_furniture(body)
            lines.extend(block_lines(body))
        if any(line.strip() for line in lines):
            return _Parts(
                lines=lines,
                captions=captions,
                title=metadata.strip_site_suffix(title) if title else None,
                subtitle_lines=subtitle_lines,
                published_at=metadata.parse_date_text(published_text),
                author=metadata.person_name(author_text),
            )
    return None


def _outermost(elements: list[Tag]) -> list[Tag]:
    chosen: list[Tag] = []
    for element in elements:
        if not any(element in parent.descendants for parent in chosen):
            chosen.append(element)
    return chosen


def _generic_parts(soup: BeautifulSoup, meta_title: str | None) -> _Parts:
    """The page's main content, located by trafilatura and read from the page itself.

    trafilatura finds the right region but sometimes loses a paragraph of it (text right
    after an image block or at the start of a table cell), so its paragraphs are only used to
    find the element that holds most of them; that element's text is then read like a
    profile's body. When no single element holds them, trafilatura's text is used as it is.
    """
    order = {id(node): i for i, node in enumerate(soup.descendants)}
    headings = _heading_candidates(soup, order)
    found_captions = _find_captions(soup)
    _drop_furniture(soup)
    html = str(soup)
    lines = _trafilatura_lines(html, tables=False)
    if _tables_hold_prose(soup):
        # Old boards lay the text out in a table; with tables off, trafilatura then settles
        # for whatever else the page has (a menu). Keep the reading with more sentences.
        with_tables = _trafilatura_lines(html, tables=True)
        if _prose_score(with_tables) > _prose_score(lines):
            lines = with_tables
    index = _TextIndex(soup)
    main = _main_element(index, lines)
    if main is not None:
        lines = block_lines(main)
    # Captions of this article only, not of the photo news in a sidebar.
    captions = [text for text, inside in found_captions if main is not None and id(main) in inside]
    return _Parts(
        lines=lines,
        captions=captions,
        title=_generic_title(index, meta_title, headings, order, lines),
    )


#: The element chosen to hold the main content must hold this share of trafilatura's text…
MAIN_SHARE = 0.8
#: … and may hold at most this many times as much text (else it is the whole page).
MAIN_MAX_GROWTH = 2.0


def _main_element(index: _TextIndex, lines: list[str]) -> Tag | None:
    """The deepest element that holds MAIN_SHARE of the extracted sentences' text, unless it
    holds far more text than was extracted (a page-wide wrapper)."""
    weights: dict[int, int] = {}
    elements: dict[int, Tag] = {}
    depth: dict[int, int] = {}
    total = 0
    sentences = [s for line in lines for s in _SENTENCE_SPLIT.split(line)]
    for sentence in sentences:
        if len(sentence) < 20 or not is_prose(sentence) or is_furniture_line(sentence):
            continue
        node = index.find(sentence)
        total += len(sentence)
        if node is None:
            continue
        ancestors = [a for a in node.parents if isinstance(a, Tag)]
        for level, ancestor in enumerate(reversed(ancestors)):
            key = id(ancestor)
            weights[key] = weights.get(key, 0) + len(sentence)
            elements[key] = ancestor
            depth[key] = level
    if not total:
        return None
    found = sum(weights[key] for key in weights if depth[key] == 0)
    extracted = sum(len(line) for line in lines)
    # The element holding every sentence found, unless that is a page-wide wrapper; then the
    # one holding most of them.
    for share in (1.0, MAIN_SHARE):
        need = share * (found if share == 1.0 else total)
        held = [key for key, weight in weights.items() if weight >= need]
        if not held:
            continue
        main = elements[max(held, key=lambda key: depth[key])]
        if main.name in ("html", "body"):
            continue  # the page itself: trafilatura found no region
        if sum(len(line) for line in block_lines(main)) <= MAIN_MAX_GROWTH * extracted + 500:
            return main
    return None


class _TextIndex:
    """The page's text nodes run together without white space, to find which node holds a
    line of extracted text in one string search (a line may span inline elements)."""

    def __init__(self, root: Tag) -> None:
        self.nodes: list[NavigableString] = []
        self.starts: list[int] = []
        parts: list[str] = []
        at = 0
        for node in root.descendants:
            if type(node) in _TEXT_TYPES:
                text = _WS.sub("", str(node))
                if text:
                    self.nodes.append(node)
                    self.starts.append(at)
                    parts.append(text)
                    at += len(text)
        self.text = "".join(parts)

    def find(self, sentence: str) -> NavigableString | None:
        """The node holding the sentence's end, else its start. The end first: trafilatura
        may run a label into the sentence (`내용 한빛군은 …`), never text after its end."""
        squeezed = _WS.sub("", sentence)
        for probe in (squeezed[-20:], squeezed[:20]):
            at = self.text.find(probe) if probe else -1
            if at >= 0:
                return self.nodes[bisect_right(self.starts, at) - 1]
        return None


_TITLE_WORD = re.compile(r"^(title|tit|subject|subj|heading|headline)$")
_FULL_DATE = re.compile(r"\d{4}\s*[-./년]\s*\d{1,2}\s*[-./월]\s*\d{1,2}")


def _heading_candidates(soup: BeautifulSoup, order: dict[int, int]) -> list[tuple[int, str]]:
    """Headline-like texts with their position in the page: `<h1>`…`<h6>`, elements whose class
    or id says title, and the cell after a `제목` label of a board's view table."""
    found: list[tuple[int, str]] = []
    for element in soup.find_all(True):
        words = _class_words(element)
        is_heading = re.fullmatch(r"h[1-6]", element.name) is not None
        if is_heading or any(_TITLE_WORD.match(w) for w in words):
            target: Tag | None = element
        elif element.name in ("th", "dt", "label") and element.get_text(strip=True) == "제목":
            target = element.find_next(["td", "dd"])
        else:
            continue
        if target is None:
            continue
        # The first line only: a heading may carry its sub-headline after a <br>, and a
        # never-closed cell swallows the rows after it.
        text = normalize_text(next(iter(block_lines(target)), ""))
        if (
            5 <= len(text) <= 150
            and not is_prose(text)
            and not is_furniture_line(text)
            and not _FULL_DATE.search(text)  # "등록일 2025-12-11", a field, not a headline
            and re.search("[가-힣A-Za-z]", text)
        ):
            found.append((order.get(id(target), 0), text))
    return found


def _generic_title(
    index: _TextIndex,
    meta_title: str | None,
    headings: list[tuple[int, str]],
    order: dict[int, int],
    lines: list[str],
) -> str | None:
    """The page's headline: the heading nearest above the body's first sentence when it agrees
    with the meta title, or when the meta title is only a board's name; else the meta title.
    "" when there is none (the line rules then take the first headline-like line)."""
    first = next((line for line in lines if is_prose(line) and len(line) >= 20), None)
    heading = None
    if first is not None:
        node = index.find(first)
        at = order.get(id(node)) if node is not None else None
        if at is not None:
            above = [(i, text) for i, text in headings if i < at]
            heading = max(above)[1] if above else None
    if heading is None:
        return "" if metadata.looks_like_board_name(meta_title) else meta_title
    if meta_title:
        a, b = fold_for_compare(meta_title), fold_for_compare(heading)
        # "동네소식 - 똠내마을 …" holds the heading: the heading is the headline itself.
        if not (a in b or b in a) and not metadata.looks_like_board_name(meta_title):
            return meta_title
    return heading


def _trafilatura_lines(html: str, *, tables: bool) -> list[str]:
    xml = trafilatura.extract(
        html,
        output_format="xml",
        include_comments=False,
        include_tables=tables,
        include_images=False,
        include_links=False,
        deduplicate=False,
    )
    if not xml:
        return []
    try:
        root = etree.fromstring(xml.encode("utf-8"))
    except etree.XMLSyntaxError:
        return [line.strip() for line in xml.splitlines() if line.strip()]
    main = root.find("main")
    if main is None:
        return []
    for element in main.iter():
        if element.tag == "lb":
            element.tag = "br"
        elif element.tag in ("p", "head", "item", "quote", "row", "list", "table", "code"):
            element.tag = "p"
    markup = etree.tostring(main, encoding="unicode", method="xml")
    return block_lines(BeautifulSoup(markup, "lxml"))


def _prose_score(lines: list[str]) -> tuple[int, int]:
    """Sentences first, then their length: trafilatura sometimes runs a whole table into one
    line, which must not beat the same text read as paragraphs."""
    sentences = [s for line in lines for s in _SENTENCE_SPLIT.split(line) if is_prose(s)]
    return len(sentences), sum(len(s) for s in sentences)


def _tables_hold_prose(soup: BeautifulSoup) -> bool:
    for cell in soup.find_all(["td", "th"]):
        text = cell.get_text(" ", strip=True)
        if len(text) >= 100 and is_prose(text):
            return True
    return False


# --------------------------------------------------------------------------- furniture, captions


def _is_invisible(element: Tag) -> bool:
    """Hidden from readers: `hidden`, `display:none`, or a screen-reader-only label ("제목",
    "열기") — wherever it stands, even inside a headline."""
    attrs = element.attrs or {}
    if "hidden" in attrs or attrs.get("aria-hidden") == "true":
        return True
    style = attrs.get("style")
    if isinstance(style, str) and _HIDDEN_STYLE.search(style):
        return True
    return any(_INVISIBLE_WORD.match(word) for word in _class_words(element))


def _is_furniture(element: Tag) -> bool:
    if element.name in _NEVER_TEXT or element.name in _FURNITURE_TAGS:
        return True
    if _is_invisible(element):
        return True
    if not any(_FURNITURE_WORD.match(word) for word in _class_words(element)):
        return False
    # An inline element inside running text is part of the story whatever its class says
    # (`<span class="tag_word">청년</span> 일자리를`).
    return element.name not in _INLINE_TAGS or not _in_running_text(element)


def _in_running_text(element: Tag) -> bool:
    parent = element.parent
    return parent is not None and any(
        type(child) in _TEXT_TYPES and str(child).strip() for child in parent.children
    )


def _drop_furniture(root: Tag, is_furniture: Callable[[Tag], bool] = _is_furniture) -> None:
    """Remove furniture elements from root, except one that holds most of the page's
    sentences: an unclosed `<div id="header">` (or a mis-named or hidden wrapper) that holds
    the article is descended into instead, so that its own furniture still goes."""
    page_prose: int | None = None  # read only when a large element is about to go

    def remove(element: Tag) -> bool:
        nonlocal page_prose
        if not is_furniture(element):
            return False
        if element.name not in _NEVER_TEXT and len(element.get_text()) >= 200:
            if page_prose is None:
                page_prose = _prose_length(root)
            if page_prose and _prose_length(element) >= 0.5 * page_prose:
                return False
        element.decompose()
        return True

    _prune(root, remove)


def _prune(root: Tag, remove: Callable[[Tag], bool]) -> None:
    """Visit root's elements in document order; `remove(element)` says it removed one, and
    its descendants are then not visited (cheaper than asking bs4 whether each is gone)."""
    stack = [child for child in reversed(root.contents) if isinstance(child, Tag)]
    while stack:
        element = stack.pop()
        if not remove(element):
            stack.extend(child for child in reversed(element.contents) if isinstance(child, Tag))


def _prose_length(element: Tag) -> int:
    return sum(len(line) for line in block_lines(element) if len(line) >= 40 and is_prose(line))


def _take_captions(root: Tag) -> list[str]:
    """Remove photo captions from root and return their text (see `_find_captions`)."""
    return [text for text, _ in _find_captions(root)]


def _find_captions(root: Tag) -> list[tuple[str, frozenset[int]]]:
    """Remove photo captions from root; return each one's text with the ids of the elements
    it stood in. Captions are `<figcaption>`, elements whose class or id says caption, and
    the text of photo tables and photo blocks (`div.articleMedia`): an image and a little
    text around it."""
    found: list[tuple[str, frozenset[int]]] = []

    def take(element: Tag, lines: list[str]) -> None:
        ancestors = frozenset(id(a) for a in element.parents)
        found.extend((line, ancestors) for line in lines)
        element.decompose()

    def caption(element: Tag) -> bool:
        if element.name == "figcaption" or _names_caption(element):
            take(element, _caption_text(element))
            return True
        return False

    def photo(element: Tag) -> bool:
        if element.name != "table" and not _names_photo(element):
            return False
        if element.find("img") is None:
            return False
        lines = block_lines(element)
        if lines and sum(len(line) for line in lines) <= 400 and len(lines) <= 4:
            take(element, lines)
            return True
        return False

    _prune(root, caption)
    _prune(root, photo)
    return found


def _names_photo(element: Tag) -> bool:
    return any(_PHOTO_WORD.match(word) for word in _class_words(element))


def _class_words(element: Tag) -> list[str]:
    names = [*(element.get("class") or []), str(element.get("id") or "")]
    return [w.lower() for name in names for w in _WORD_SPLIT.split(str(name)) if w]


def _names_caption(element: Tag) -> bool:
    return any(_CAPTION_WORD.match(word) for word in _class_words(element))


def _caption_text(element: Tag) -> list[str]:
    text = " ".join(block_lines(element))
    return [normalize_text(text)] if text else []


# --------------------------------------------------------------------------- block → lines


_BREAK, _SPACE = object(), object()


def block_lines(root: Tag) -> list[str]:
    """The text of an element as lines: one per block element (`<p>`, `<div>`, `<li>`, …) and
    per `<br>`; inline elements run together as the browser shows them; table cells on one row
    are joined by a space. Scripts, styles and other never-text elements are skipped.
    Iterative, so that pathologically nested markup cannot exhaust the stack."""
    lines: list[str] = []
    parts: list[str] = []

    def flush() -> None:
        text = _WS.sub(" ", "".join(parts)).strip()
        if text:
            lines.append(text)
        parts.clear()

    stack: list[object] = [root]
    while stack:
        item = stack.pop()
        if item is _BREAK:
            flush()
        elif item is _SPACE:
            parts.append(" ")
        elif isinstance(item, Tag):
            name = item.name
            if name in ("br", "hr"):
                flush()
                continue
            if name in _NEVER_TEXT and item is not root:
                continue
            edge = _BREAK if name in _BLOCK_TAGS else _SPACE if name in _CELL_TAGS else None
            if edge is not None:
                stack.append(edge)
            stack.extend(reversed(item.contents))
            if edge is not None:
                stack.append(edge)
        elif type(item) in _TEXT_TYPES:  # not comments, doctypes or script text
            parts.append(str(item))
    flush()
    return lines


# --------------------------------------------------------------------------- assembly


def _assemble(raw: RawDocument, parts: _Parts, declared: _Declared, *, url: str | None) -> Article:
    title = (parts.title if parts.title is not None else declared.title) or None
    lines = [normalize_text(line) for line in parts.lines]
    if not any(line.strip() for line in lines):
        raise NotAnArticle("no article text found on the page")
    text_article = clean_text(
        "\n".join(lines),
        source=raw.source,
        external_id=raw.external_id,
        url=url,
        title=title or raw.title,
    )
    body = text_article.paragraphs("body")
    captions = [c for c in (caption_text(c) for c in parts.captions) if c]
    captions += text_article.paragraphs("caption")

    subtitle_section = [line for line in parts.subtitle_lines if line.strip()]
    if subtitle_section:
        # The profile's sub-headline first; "-" lines the text rules found at the top of the
        # body follow it as lead. As for text, the sections keep "- … -" as written and the
        # fields drop the dashes.
        found = [text_article.section("subtitle"), text_article.section("lead")]
        found_lines = [line for s in found if s is not None for line in s.paragraphs]
        known = {fold_for_compare(line) for line in subtitle_section}
        subtitle_text = subtitle_section[0]
        lead_texts = subtitle_section[1:] + [
            line for line in found_lines if fold_for_compare(line) not in known
        ]
        subtitle = _DASH_EDGES.sub("", subtitle_text)
        lead = [_DASH_EDGES.sub("", line) for line in lead_texts]
    else:
        subtitle, lead = text_article.subtitle, list(text_article.lead)
        subtitle_text = (text_article.section("subtitle") or Section("subtitle", "")).text or None
        lead_texts = text_article.paragraphs("lead")
    if subtitle is None and not lead:
        heads, body = _leading_headlines(body)
        if heads:
            subtitle, lead = heads[0], heads[1:]
            subtitle_text, lead_texts = subtitle, lead
    head_keys = {fold_for_compare(t) for t in [subtitle or "", *lead] if t}
    body = [p for p in body if fold_for_compare(p) not in head_keys]
    if not body:
        raise NotAnArticle("no article text left after removing page furniture")
    if sum(len(p) for p in body) < MIN_BODY_CHARS and not any(is_prose(p) for p in body):
        raise NotAnArticle(f"body too short to be an article: {' '.join(body)!r}")

    declared_at, shown_at = declared.published_at, declared.shown_published_at
    if declared_at and shown_at and declared_at.replace(second=0, microsecond=0) == shown_at:
        declared_at = shown_at  # the time as the page shows it, when <meta> only adds seconds
    published = (
        parts.published_at
        or declared_at
        or shown_at
        or text_article.published_at
        or metadata.visible_published(lines[:40])
    )
    author = (
        parts.author
        or declared.author
        or declared.shown_author
        or text_article.author
        or metadata.visible_author(lines[:10])
        or _wire_byline(body)
    )
    final_title = text_article.title
    captions = list(dict.fromkeys(c for c in captions if fold_for_compare(c)))
    sections = [
        Section(name, text)
        for name, text in (
            ("title", final_title or ""),
            ("subtitle", subtitle_text or ""),
            ("lead", "\n".join(lead_texts)),
            ("body", "\n".join(body)),
            ("caption", "\n".join(captions)),
        )
        if text
    ]
    return Article(
        source=raw.source,
        sections=sections,
        external_id=raw.external_id,
        url=url,
        title=final_title,
        subtitle=subtitle,
        lead=lead,
        author=author,
        published_at=published,
        org=find_org(final_title, body),
    )


def _leading_headlines(body: list[str]) -> tuple[list[str], list[str]]:
    """Sub-headlines at the top of a page's body (`내년 12월까지 … 한돈 지원` above the first
    sentence): short lines that are not sentences, bullets or captions, before the first
    paragraph that is. The text path keeps such lines (a crawl's menus look alike); in a
    page's body element they can only be the article's own sub-headlines."""
    heads: list[str] = []
    taken = 0
    for paragraph in body[:5]:
        if is_prose(paragraph) or len(paragraph) > 120 or _BULLET_START.match(paragraph):
            break
        taken += 1
        if len(paragraph) >= MIN_HEADLINE:  # shorter ones are stray labels (`유달동`)
            heads.append(paragraph)
    rest = body[taken:]
    if not rest or not is_prose(rest[0]):
        return [], body
    return heads, rest


_WIRE_BYLINE = re.compile(r"^[(\[][^)\]]{1,20}=[^)\]]{1,20}[)\]]\s*(?P<name>[가-힣]{2,4})\s*기자")


def _wire_byline(body: list[str]) -> str | None:
    """`(서울=연합뉴스) 임형섭 기자 = …` opening a wire story."""
    for paragraph in body[:2]:
        match = _WIRE_BYLINE.match(paragraph)
        if match:
            return match["name"]
    return None
