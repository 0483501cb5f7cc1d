"""Finding article links: on a site's list pages (by CSS selectors from its profile's `[list]`
table), in RSS/Atom feeds and in sitemaps. Pure functions over page text; the crawler fetches.

A profile's `[list]` table::

    [list]
    urls = ["https://www.example.go.kr/board/list.do?page={page}"]   # {page} counts up
    start_page = 1              # the number of the first page (default 1)
    max_pages = 50              # list pages walked per URL at most (default: until the end)
    next_page = "a.next"        # instead of {page}: follow this link from page to page
    links = "td.subject a"      # the article links on a list page
    date = "td.date"            # optional: the date shown beside each link
    feeds = ["https://www.example.go.kr/rss/press.xml"]
    sitemaps = ["https://www.example.go.kr/sitemap.xml"]

A CMS family's profile reads the boards of every site that runs it, so it names no `urls`:
`match` (regular expressions searched in a list page's URL) says which list pages its
selectors read, and `page_param` which query parameter numbers them. `sutja scrape --list URL`
uses such a table for a URL it matches (`ListSpec.for_url`) instead of inferring one::

    [list]
    match = ['/news/articleList\\.html']
    page_param = "page"
    links = "#section-list .titles a"
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import date, datetime
from email.utils import parsedate_to_datetime
from typing import Any
from urllib.parse import parse_qsl, urljoin, urlsplit, urlunsplit

import feedparser
import soupsieve
from bs4 import BeautifulSoup, Tag
from lxml import etree

from pipeline.read.decode import decode_page
from pipeline.read.urls import canonicalize_url
from pipeline.scrape.forms import Resolver, attr_text

#: Where walking a list stops when neither the profile nor the user says.
DEFAULT_MAX_PAGES = 1000


class ListSpecError(ValueError):
    """A `[list]` table that cannot be used."""


@dataclass(frozen=True)
class ListSpec:
    urls: tuple[str, ...] = ()
    links: str | None = None
    next_page: str | None = None
    date: str | None = None
    feeds: tuple[str, ...] = ()
    sitemaps: tuple[str, ...] = ()
    start_page: int = 1
    max_pages: int | None = None
    match: tuple[str, ...] = ()  # list-page URLs a family's selectors read (regexes)
    page_param: str | None = None  # the query parameter that numbers those pages

    @property
    def empty(self) -> bool:
        return not (self.urls or self.feeds or self.sitemaps)

    def matches_list_url(self, url: str) -> bool:
        """Is `url` one of this table's list pages: one of its `urls` (any page number), or a
        page its `match` patterns name?"""
        if any(re.search(pattern, url) for pattern in self.match):
            return True
        param = self.page_param or _page_param_of_template(self.urls)
        try:
            key = _without_param(canonicalize_url(url), param)
        except ValueError:
            return False
        return any(
            _without_param(canonicalize_url(page_url(template, self.start_page)), param) == key
            for template in self.urls
        )

    def for_url(self, url: str) -> ListSpec:
        """This table reading the board at `url`: its pages are `url` with the page parameter
        counting up from the number `url` shows (the start page when it shows none)."""
        param = self.page_param or _page_param_of_template(self.urls) or "page"
        shown = dict(parse_qsl(urlsplit(url).query, keep_blank_values=True)).get(param)
        start = int(shown) if shown and shown.isdigit() else self.start_page
        template = with_query_param(url, param, "{page}")
        return replace(self, urls=(template,), start_page=start, match=())

    @classmethod
    def from_table(cls, table: dict[str, Any], *, where: str = "[list]") -> ListSpec:
        """Check and build a spec from a parsed `[list]` table."""

        def fail(message: str) -> ListSpecError:
            return ListSpecError(f"{where}: {message}")

        def strings(key: str) -> tuple[str, ...]:
            value = table.get(key, [])
            if isinstance(value, str):
                value = [value]
            if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
                raise fail(f"list.{key} must be a list of strings")
            return tuple(v.strip() for v in value if v.strip())

        def selector(key: str) -> str | None:
            value = table.get(key)
            if value is None:
                return None
            if not isinstance(value, str) or not value.strip():
                raise fail(f"list.{key} must be a CSS selector")
            try:
                soupsieve.compile(value)
            except Exception as exc:  # soupsieve raises several types for bad selectors
                raise fail(f"list.{key}: bad CSS selector {value!r}: {exc}") from exc
            return value.strip()

        def number(key: str, default: int | None, minimum: int) -> int | None:
            value = table.get(key, default)
            if value is None:
                return None
            if isinstance(value, bool) or not isinstance(value, int) or value < minimum:
                raise fail(f"list.{key} must be a whole number ≥ {minimum}")
            return value

        known = {
            "urls",
            "links",
            "next_page",
            "date",
            "feeds",
            "sitemaps",
            "start_page",
            "max_pages",
            "match",
            "page_param",
        }
        unknown = set(table) - known
        if unknown:
            raise fail(f"unknown key(s) {sorted(unknown)}; known: {sorted(known)}")
        spec = cls(
            urls=strings("urls"),
            links=selector("links"),
            next_page=selector("next_page"),
            date=selector("date"),
            feeds=strings("feeds"),
            sitemaps=strings("sitemaps"),
            start_page=number("start_page", 1, 0) or 0,  # never None: it has a default
            max_pages=number("max_pages", None, 1),
            match=strings("match"),
            page_param=str(table.get("page_param") or "").strip() or None,
        )
        for pattern in spec.match:
            try:
                re.compile(pattern)
            except re.error as exc:
                raise fail(f"list.match: bad regular expression {pattern!r}: {exc}") from exc
        if spec.match and not spec.links:
            raise fail("list.match needs list.links, the selector of the article links")
        for url in spec.urls + spec.feeds + spec.sitemaps:
            if urlsplit(url.replace("{page}", "1")).scheme not in ("http", "https"):
                raise fail(f"{url!r} is not an absolute http(s) URL")
        if spec.urls and not spec.links:
            raise fail("list.urls needs list.links, the selector of the article links")
        return spec


@dataclass(frozen=True)
class Link:
    url: str  # absolute, as written on the page
    canonical_url: str
    date: date | None = None


@dataclass(frozen=True)
class ListPage:
    links: list[Link]
    next_url: str | None = None


def page_url(template: str, page: int) -> str:
    return template.replace("{page}", str(page))


def with_query_param(url: str, param: str, value: int | str) -> str:
    """`url` with `param` set to `value` (replaced in place, or added last); `{page}` stays
    unescaped so that it is a template."""
    parts = urlsplit(url)
    pairs = [p for p in parts.query.split("&") if p]
    out, done = [], False
    for pair in pairs:
        if pair.split("=", 1)[0] == param:
            if not done:
                out.append(f"{param}={value}")
                done = True
            continue
        out.append(pair)
    if not done:
        out.append(f"{param}={value}")
    return urlunsplit((parts.scheme, parts.netloc, parts.path, "&".join(out), ""))


def _without_param(url: str, param: str | None) -> str:
    if not param:
        return url
    parts = urlsplit(url)
    kept = [p for p in parts.query.split("&") if p and p.split("=", 1)[0] != param]
    return urlunsplit((parts.scheme, parts.netloc, parts.path, "&".join(kept), ""))


def _page_param_of_template(urls: tuple[str, ...]) -> str | None:
    for template in urls:
        for key, value in parse_qsl(urlsplit(template).query, keep_blank_values=True):
            if value == "{page}":
                return key
    return None


def parse_list_page(
    body: bytes,
    url: str,
    spec: ListSpec,
    *,
    http_charset: str | None = None,
) -> ListPage:
    """The article links of one list page, in page order, each with the date shown beside it
    when the spec has a `date` selector; and the next page's URL when it has `next_page`."""
    text = decode_page(body, http_charset=http_charset).text
    return links_in_soup(BeautifulSoup(text, "lxml"), url, spec)


def links_in_soup(soup: BeautifulSoup, url: str, spec: ListSpec) -> ListPage:
    """`parse_list_page` on a page already parsed (to try several specs on one page)."""
    base = _base_url(soup, url)
    links: list[Link] = []
    seen: set[str] = set()
    elements = soup.select(spec.links) if spec.links else []
    beside = _DatesBeside(soup, spec, elements) if spec.date else None
    resolver: Resolver | None = None
    for element in elements:
        href = _href(element)
        link = _link(href, base)
        if link is None:  # a script call or a form: mapped when the page shows how
            resolver = resolver or Resolver.from_soup(soup, base)
            link = _scripted_link(element, resolver)
        if link is None or link[1] in seen:
            continue
        seen.add(link[1])
        day = beside.date(element) if beside is not None else None
        links.append(Link(link[0], link[1], day))
    next_url = None
    if spec.next_page:
        found = soup.select_one(spec.next_page)
        href = _href(found) if found is not None else None
        resolved = _link(href, base)
        if resolved is not None and resolved[1] != _canonical_or_none(url):
            next_url = resolved[0]
    return ListPage(links, next_url)


def parse_feed(body: bytes, url: str) -> list[Link]:
    """The item links of an RSS (0.9x, 1.0, 2.0) or Atom feed, with their dates.

    feedparser reads the feed (encodings, broken XML, RSS guids that are permalinks, relative
    links); the day is read from the date as the feed writes it, so that `+0900` times keep
    their Korean day (feedparser's own parsed dates are in UTC).
    """
    feed = feedparser.parse(body, response_headers={"content-location": url})
    links: list[Link] = []
    for entry in feed.entries:
        written = entry.get("published") or entry.get("updated") or entry.get("created")
        resolved = _link(entry.get("link"), url)
        if resolved is not None:
            day = parse_list_date(written) if written else None
            links.append(Link(resolved[0], resolved[1], day))
    return _unique(links)


@dataclass(frozen=True)
class Sitemap:
    links: list[Link]  # pages (from a <urlset>)
    sitemaps: list[str]  # further sitemaps (from a <sitemapindex>)


def parse_sitemap(body: bytes, url: str) -> Sitemap:
    """The page URLs (with <lastmod> dates) of a sitemap, or the sitemaps of an index."""
    root = _xml_root(body)
    if root is None:
        return Sitemap([], [])
    links: list[Link] = []
    children: list[str] = []
    kind = _local(root.tag)
    for entry in root:
        name = _local(entry.tag)
        loc = day = None
        for child in entry:
            child_name = _local(child.tag)
            if child_name == "loc":
                loc = (child.text or "").strip()
            elif child_name == "lastmod":
                day = parse_list_date(child.text or "")
        resolved = _link(loc, url)
        if resolved is None:
            continue
        if kind == "sitemapindex" and name == "sitemap":
            children.append(resolved[0])
        elif name == "url":
            links.append(Link(resolved[0], resolved[1], day))
    return Sitemap(_unique(links), children)


# Dates as Korean boards and feeds write them: 2024-03-05, 2024.03.05., 2024/3/5, 24.03.05,
# 2024년 3월 5일, 2024-03-05T09:30:00+09:00, and RFC 822 in RSS.
_YMD = re.compile(r"(?<!\d)(\d{4}|\d{2})\s*[-./년]\s*(\d{1,2})\s*[-./월]\s*(\d{1,2})(?!\d)")


def parse_list_date(text: str) -> date | None:
    """The first date written in `text`, or None."""
    text = text.strip()
    if not text:
        return None
    match = _YMD.search(text)
    if match:
        year, month, day = (int(g) for g in match.groups())
        if year < 100:
            year += 2000
        try:
            return date(year, month, day)
        except ValueError:
            return None
    try:
        parsed: datetime = parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError):
        return None
    return parsed.date()


def in_window(day: date | None, since: date | None, until: date | None) -> bool:
    """Is the date within [since, until]? A link without a date is always taken."""
    if day is None:
        return True
    return (since is None or day >= since) and (until is None or day <= until)


class _DatesBeside:
    """The date in the smallest ancestor of a link (its row) that holds a date element and no
    other article link. The page's date elements and links are selected once, and each is
    filed under its ancestors (Tags are plain objects: their id() is stable)."""

    def __init__(self, soup: BeautifulSoup, spec: ListSpec, links: list[Tag]) -> None:
        assert spec.date
        self.dates: dict[int, list[Tag]] = {}
        self.links: dict[int, int] = {}
        for found in soup.select(spec.date):
            for parent in found.parents:
                self.dates.setdefault(id(parent), []).append(found)
        for link in links:
            for parent in link.parents:
                self.links[id(parent)] = self.links.get(id(parent), 0) + 1

    def date(self, element: Tag) -> date | None:
        node = element.parent
        while isinstance(node, Tag):
            dates = self.dates.get(id(node))
            if dates:
                if self.links.get(id(node), 0) > 1:
                    return None  # reached the whole list: the date is another row's
                for found in dates:
                    day = parse_list_date(found.get_text(" ", strip=True))
                    if day is not None:
                        return day
                return None
            node = node.parent
        return None


def _href(element: Tag) -> str | None:
    if element.name != "a" or not element.get("href"):
        inner = element.select_one("a[href]")
        if inner is None:
            return None
        element = inner
    value = element.get("href")
    return value if isinstance(value, str) else None


def _scripted_link(element: Tag, resolver: Resolver) -> tuple[str, str] | None:
    """The (address, canonical identity) of a link that is a script call or a form."""
    for candidate in [element, *element.select("a, button, input[type=submit]")]:
        attrs = {k: attr_text(candidate, k) or "" for k in candidate.attrs}
        target = resolver.target(candidate.name, attrs, resolver.form_for(candidate))
        if target is None:
            continue
        try:
            return target.address, canonicalize_url(target.identity)
        except ValueError:
            return None
    return None


def _link(href: str | None, base: str) -> tuple[str, str] | None:
    if not href:
        return None
    href = href.strip()
    if not href or href.startswith(("#", "javascript:", "mailto:", "tel:")):
        return None
    absolute = urljoin(base, href.replace("&amp;", "&"))
    absolute, _, _ = absolute.partition("#")
    try:
        return absolute, canonicalize_url(absolute)
    except ValueError:
        return None


def _canonical_or_none(url: str) -> str | None:
    try:
        return canonicalize_url(url)
    except ValueError:
        return None


def _base_url(soup: BeautifulSoup, url: str) -> str:
    base = soup.select_one("base[href]")
    href = base.get("href") if base is not None else None
    return urljoin(url, href) if isinstance(href, str) and href.strip() else url


def _xml_root(body: bytes) -> Any:
    # No entities, no network, recover from sloppy feeds: a feed is data, not a document.
    parser = etree.XMLParser(resolve_entities=False, no_network=True, recover=True, huge_tree=False)
    try:
        return etree.fromstring(body.lstrip(), parser)
    except etree.XMLSyntaxError:
        return None


def _local(tag: Any) -> str:
    if not isinstance(tag, str):
        return ""
    return tag.rsplit("}", 1)[-1]


def _unique(links: Iterable[Link]) -> list[Link]:
    seen: set[str] = set()
    out = []
    for link in links:
        if link.canonical_url not in seen:
            seen.add(link.canonical_url)
            out.append(link)
    return out
