"""Cleaning an HTML page: one saved or archived page → the same `Article` the text path makes.

`clean_html(raw)` decodes the page (`pipeline.read.decode`), parses it (BeautifulSoup over lxml),
refuses pages that are not articles (`NotAnArticle`: error pages, list pages, empty bodies),
then finds the article's parts:

- with a site profile (`pipeline.clean.sites`, matched by URL, host or marker selectors): the fields
  by their selectors, the body minus the profile's `drop` selectors;
- otherwise the generic path: trafilatura's main-content extraction (comments off, tables only
  when the body lives in them).

Either way page furniture goes first — scripts, styles, iframes, forms' controls, hidden
elements, menus, headers and footers, and elements whose class or id names an ad slot, a
share bar, comments, attachments, related or most-read lists, paging, surveys, licence
notices (see `pipeline.clean.dom`) — and photo captions (`<figcaption>`, the profile's caption
selectors, the text cells of photo tables) are taken out into the `caption` section. The body's
block elements become paragraphs (`<p>`, `<div>`, `<li>`, `<br>` runs), which then go through
exactly the line rules plain text goes through (`pipeline.clean.text.clean_text`: bylines, contact
and copyright lines, `(끝)`, 관련기사 zones, `사진 설명)` captions …). Metadata comes from the
profile, then `<meta>`/JSON-LD, then visible lines (`pipeline.clean.metadata`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime

from bs4 import BeautifulSoup

from pipeline.clean import metadata
from pipeline.clean.content import (
    TextIndex,
    generic_title,
    heading_candidates,
    main_element,
    prose_score,
    tables_hold_prose,
    trafilatura_lines,
)
from pipeline.clean.dom import (
    block_lines,
    drop_furniture,
    element_caption_lines,
    find_captions,
    is_invisible,
    outermost,
    select,
    select_lines,
    select_text,
    take_captions,
)
from pipeline.clean.refusals import (
    alert_messages,
    error_headings,
    headline_links,
    refuse_by_profile,
    refuse_empty_board,
    refuse_error_page,
    refuse_list_page,
)
from pipeline.clean.rules import NotAnArticle, caption_text, find_org, is_prose
from pipeline.clean.sites import SiteProfile, match_profile
from pipeline.clean.text import clean_text
from pipeline.clean.textnorm import fold_for_compare, normalize_text
from pipeline.read.decode import decode_page, page_refusal
from pipeline.read.urls import canonicalize_url
from schemas.records import Article, RawDocument, Section

_DASH_EDGES = re.compile(r"^[-–—―ㅡ]+\s*|\s*[-–—―ㅡ]+$")
_BULLET_START = re.compile(r"^[▲△○□■●◆◇※·•\-–―ㅡ*\d]")
#: Pages with less body text than this and no sentence are not articles.
MIN_BODY_CHARS = 40
#: Shorter lines above a page's first sentence are labels, not sub-headlines.
MIN_HEADLINE = 8


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
    errors = error_headings(soup) + alert_messages(soup)
    headlines = headline_links(soup)
    profile = match_profile(match_url, soup, profiles)
    if profile is not None:
        refuse_by_profile(soup, profile)
    # Read before furniture removal, which takes <head> and JSON-LD with it.
    declared = _Declared.read(soup)
    agency = _agency(soup, profile) if profile is not None else None
    # Before any field is read: a headline must not start with its screen-reader label.
    drop_furniture(soup, is_invisible)
    parts = _profile_parts(soup, profile) if profile is not None else None
    if parts is None:
        # The generic path reads the fields, but the page is still the profile's site: a
        # crawl-only profile (no [fields]) keeps its name, version and org on the article.
        parts = _generic_parts(soup, declared.title)
    refuse_error_page(parts.lines, errors)
    refuse_list_page(headlines, soup, parts.lines)
    refuse_empty_board(soup, parts.lines)

    article = _assemble(raw, parts, declared, url=url, html=html)
    article.canonical_url = _canonical(page_urls, raw.url)
    if profile is not None:
        article.site = profile.name
        article.site_profile_version = profile.version
    article.org = agency or (profile.org if profile else None) or declared.org or article.org
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
    raw = _canonical_or_none(raw_url)
    for candidate in page_urls:
        page = _canonical_or_none(candidate)
        # A board CMS may print its bare view address (`view.do`) on every article it shows by
        # query (`view.do?idx=5`, or the fields of a POST): that names the board, not the page.
        if page and not (raw and "?" in raw and page == raw.split("?", 1)[0]):
            return page
    return raw


def _canonical_or_none(url: str | None) -> str | None:
    if not url:
        return None
    try:
        return canonicalize_url(url)
    except ValueError:
        return None


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


# --------------------------------------------------------------------------- the two paths


def _profile_parts(soup: BeautifulSoup, profile: SiteProfile) -> _Parts | None:
    """The article as the profile's selectors find it; None when its body selectors find no
    text (another template on the same host), so the generic path takes over."""
    title = select_text(soup, profile.selectors("title"))
    subtitle_lines = select_lines(soup, profile.selectors("subtitle"))
    published_text = select_text(soup, profile.selectors("published_at"))
    author_text = select_text(soup, profile.selectors("author"))

    captions: list[str] = []
    for selector in profile.selectors("body"):
        bodies = outermost(list(select(soup, selector.css)))
        if not bodies:
            continue
        lines: list[str] = []
        for body in bodies:
            for css in profile.drop:
                for element in body.select(css):
                    element.decompose()
            for caption in profile.selectors("captions"):
                for element in body.select(caption.css):
                    captions.extend(element_caption_lines(element))
                    element.decompose()
            captions.extend(take_captions(body))
            drop_furniture(body)
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


def _agency(soup: BeautifulSoup, profile: SiteProfile) -> str | None:
    """The ministry or agency a page of national releases names: each element the profile's
    `org` selectors find, then the headline's opening word (`고용노동부, …`); None for a
    profile without `org` selectors."""
    selectors = profile.selectors("org")
    if not selectors:
        return None
    texts = [
        str(element.get(s.attr) or "") if s.attr else element.get_text(" ", strip=True)
        for s in selectors
        for element in select(soup, s.css)
    ]
    title = select_text(soup, profile.selectors("title"))
    return metadata.agency_name([*texts, *([title] if title else [])])


def _generic_parts(soup: BeautifulSoup, meta_title: str | None) -> _Parts:
    """The page's main content, located by trafilatura and read from the page itself.

    trafilatura finds the right region but sometimes loses a paragraph of it (text right
    after an image block or at the start of a table cell), so its paragraphs are only used to
    find the element that holds most of them; that element's text is then read like a
    profile's body. When no single element holds them, trafilatura's text is used as it is.
    """
    order = {id(node): i for i, node in enumerate(soup.descendants)}
    headings = heading_candidates(soup, order)
    found_captions = find_captions(soup)
    drop_furniture(soup)
    html = str(soup)
    lines = trafilatura_lines(html, tables=False)
    if tables_hold_prose(soup):
        # Old boards lay the text out in a table; with tables off, trafilatura then settles
        # for whatever else the page has (a menu). Keep the reading with more sentences.
        with_tables = trafilatura_lines(html, tables=True)
        if prose_score(with_tables) > prose_score(lines):
            lines = with_tables
    index = TextIndex(soup)
    main = main_element(index, lines)
    if main is not None:
        lines = block_lines(main)
    # Captions of this article only, not of the photo news in a sidebar.
    captions = [text for text, inside in found_captions if main is not None and id(main) in inside]
    return _Parts(
        lines=lines,
        captions=captions,
        title=generic_title(index, meta_title, headings, order, lines),
    )


# --------------------------------------------------------------------------- block → lines


# --------------------------------------------------------------------------- assembly


def _assemble(
    raw: RawDocument, parts: _Parts, declared: _Declared, *, url: str | None, html: str
) -> Article:
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
        or metadata.library_date(html)
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
