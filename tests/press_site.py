"""A small press-release site of a made-up city (한빛시), served on 127.0.0.1 by the crawler
tests: a paginated 보도자료 board with dates, article pages with figures, robots.txt, ETags on
list pages, and a log of every request by path."""

from __future__ import annotations

import gzip
import hashlib
import re
import threading
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from email.utils import format_datetime
from pathlib import Path

from pytest_httpserver import HTTPServer
from werkzeug import Request, Response

PROGRAMS = (
    "청년 일자리 지원사업",
    "어르신 돌봄 확대사업",
    "소상공인 경영안정 자금",
    "농촌 빈집 정비사업",
)


@dataclass
class Article:
    idx: int
    day: date

    @property
    def path(self) -> str:
        return f"/news/view.do?idx={self.idx}"

    @property
    def title(self) -> str:
        return f"한빛시, {PROGRAMS[self.idx % len(PROGRAMS)]}에 {self.idx * 10}억원 투입"

    def html(self) -> str:
        program = PROGRAMS[self.idx % len(PROGRAMS)]
        money = f"{self.idx * 10}억원"
        jobs = f"{self.idx * 100 + 20}개"
        return f"""<!DOCTYPE html>
<html lang="ko"><head><meta charset="utf-8"><title>{self.title} - 한빛시청</title>
<meta property="og:title" content="{self.title}"></head>
<body>
<div id="gnb"><a href="/">홈</a> <a href="/news/list.do">보도자료</a> 시정소식 열린시장실</div>
<div class="board_view">
  <h3 class="subject">{self.title}</h3>
  <div class="info"><span class="date">{self.day.isoformat()}</span>
  <span class="writer">담당부서 일자리정책과</span></div>
  <div class="view_cont">
    <p>한빛시는 올해 {program}에 {money}을 투입해 일자리 {jobs}를 만든다고 밝혔다.</p>
    <p>시는 지난해 고용률이 61.5%로 전년보다 1.2%p 올랐으며, 올해는 고용률 63% 달성을
    목표로 하고 있다고 설명했다.</p>
    <p>시 관계자는 "청년과 어르신이 함께 일할 수 있는 일자리를 꾸준히 늘리겠다"고 말했다.</p>
  </div>
</div>
<div id="footer">한빛시청 주소: 한빛로 1 | 대표전화 000-0000-0000
| Copyright 한빛시. All rights reserved.</div>
</body></html>"""


PROFILE_TOML = """\
name = "hanbit-press"
version = "1"
description = "한빛시 보도자료 (test site)"
org = "한빛시"

[match]
hosts = ["127.0.0.1"]

[fields]
title = ["h3.subject", "meta[property='og:title']@content"]
published_at = [".board_view .date"]
body = [".view_cont"]

[page]
not_article = ["table.board_list"]

[list]
urls = ["{base}/news/list.do?page={{page}}"]
links = "table.board_list td.title a"
date = "td.date"
"""


@dataclass
class PressSite:
    """The site's content and its request log. `handle` is a werkzeug handler."""

    articles: list[Article]
    per_page: int = 3
    robots: str = "User-agent: *\nDisallow: /private/\n"
    etags: bool = True
    requests: Counter[str] = field(default_factory=Counter)
    # article pages served, by article number (whatever spelling of its URL was asked for)
    served: Counter[int] = field(default_factory=Counter)
    # spellings of article links on list pages: "plain" or "variants" (tracking parameters,
    # fragments, absolute http URLs, the same article twice)
    link_style: str = "plain"
    times: list[tuple[str, float]] = field(default_factory=list)
    not_modified: int = 0
    # Called with the request path before answering (tests stop a crawler from here).
    on_request: Callable[[str], None] | None = None
    base_url: str = ""  # set once the server runs: absolute links use it
    # Answers for particular requests, by full path ("/news/list.do?page=2") or path
    # ("/files/a.pdf"), tried before the site's own pages.
    overrides: dict[str, Callable[[Request], Response]] = field(default_factory=dict)
    _lock: threading.Lock = field(default_factory=threading.Lock)

    @classmethod
    def build(cls, count: int, *, newest: date = date(2024, 3, 20), **kw: object) -> PressSite:
        """`count` articles, one a day back from `newest`, listed newest first."""
        articles = [Article(idx=count - i, day=newest - timedelta(days=i)) for i in range(count)]
        return cls(articles=articles, **kw)  # type: ignore[arg-type]

    def add(self, number: int = 1) -> list[Article]:
        """Publish `number` new articles at the top of the board."""
        top = self.articles[0]
        new = [
            Article(idx=top.idx + n, day=top.day + timedelta(days=n)) for n in range(number, 0, -1)
        ]
        self.articles[:0] = new
        return new

    def article_paths(self) -> list[str]:
        return [a.path for a in self.articles]

    def link(self, article: Article, row: int) -> str:
        plain = f"/news/view.do?idx={article.idx}&amp;menu=press"
        if self.link_style == "plain":
            return plain
        variants = (
            plain + "#content",
            plain + "&amp;utm_source=naver&amp;utm_medium=news",
            f"{self.base_url}{plain}&amp;fbclid=IwAR0abc",
        )
        return variants[row % len(variants)]

    def list_page(self, page: int) -> str:
        start = (page - 1) * self.per_page
        shown = self.articles[start : start + self.per_page]
        if self.link_style == "variants" and shown:
            shown = [*shown, shown[0]]  # a "notice" row repeating the top article
        rows = "\n".join(
            f'<tr><td class="num">{a.idx}</td>'
            f'<td class="title"><a href="{self.link(a, row)}">{a.title}</a></td>'
            f'<td class="date">{a.day:%Y.%m.%d}</td></tr>'
            for row, a in enumerate(shown)
        )
        if self.link_style == "variants":
            rows += (
                '\n<tr><td class="num">광고</td><td class="title">'
                '<a href="https://ads.example.com/click?id=9">한빛 특산물 할인</a></td>'
                '<td class="date">2024.03.01</td></tr>'
            )
        return f"""<!DOCTYPE html><html lang="ko"><head><meta charset="utf-8">
<title>보도자료 목록 - 한빛시청</title></head><body>
<table class="board_list"><thead><tr><th>번호</th><th>제목</th><th>등록일</th></tr></thead>
<tbody>
{rows}
</tbody></table>
<div class="paging"><a href="/news/list.do?page={page + 1}" class="next">다음</a></div>
</body></html>"""

    def handle(self, request: Request) -> Response:
        import time

        path = request.full_path.rstrip("?")
        with self._lock:
            self.requests[path] += 1
            self.times.append((path, time.monotonic()))
        if self.on_request is not None:
            self.on_request(path)
        override = self.overrides.get(path) or self.overrides.get(request.path)
        if override is not None:
            return override(request)
        if request.path == "/robots.txt":
            return Response(self.robots, content_type="text/plain")
        if request.path == "/news/list.do":
            page = int(request.args.get("page", "1"))
            body = self.list_page(page).encode("utf-8")
            etag = '"' + hashlib.sha1(body).hexdigest()[:16] + '"'
            if self.etags and request.headers.get("If-None-Match") == etag:
                with self._lock:
                    self.not_modified += 1
                return Response(status=304, headers={"ETag": etag})
            headers = {"ETag": etag} if self.etags else {}
            return Response(body, content_type="text/html; charset=utf-8", headers=headers)
        if request.path == "/news/view.do":
            idx = int(request.args.get("idx", "0"))
            for article in self.articles:
                if article.idx == idx:
                    with self._lock:
                        self.served[idx] += 1
                    return Response(article.html(), content_type="text/html; charset=utf-8")
        if request.path == "/rss.xml":
            return Response(self.rss(), content_type="application/rss+xml; charset=utf-8")
        if request.path == "/sitemap.xml":
            return Response(self.sitemap_index(), content_type="application/xml")
        if request.path == "/sitemap-news.xml.gz":
            return Response(gzip.compress(self.sitemap().encode()), content_type="application/gzip")
        return Response(
            "<html><body>없는 페이지입니다</body></html>",
            status=404,
            content_type="text/html; charset=utf-8",
        )

    def rss(self, newest: int = 5) -> str:
        items = "".join(
            f"<item><title>{a.title}</title>"
            f"<link>{self.base_url}/news/view.do?idx={a.idx}&amp;menu=press</link>"
            f"<pubDate>{_rfc822(a.day)}</pubDate></item>"
            for a in self.articles[:newest]
        )
        return (
            '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>'
            f"<title>한빛시 보도자료</title>{items}</channel></rss>"
        )

    def sitemap_index(self) -> str:
        return (
            '<?xml version="1.0" encoding="UTF-8"?>'
            '<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
            f"<sitemap><loc>{self.base_url}/sitemap-news.xml.gz</loc></sitemap>"
            "<sitemap><loc>https://elsewhere.example/sitemap.xml</loc></sitemap>"
            "</sitemapindex>"
        )

    def sitemap(self) -> str:
        urls = "".join(
            f"<url><loc>{self.base_url}/news/view.do?idx={a.idx}&amp;menu=press</loc>"
            f"<lastmod>{a.day.isoformat()}</lastmod></url>"
            for a in self.articles
        )
        return (
            '<?xml version="1.0" encoding="UTF-8"?>'
            f'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{urls}</urlset>'
        )


def _rfc822(day: date) -> str:
    return format_datetime(datetime(day.year, day.month, day.day, 9, tzinfo=UTC))


def write_profile(folder: Path, base_url: str) -> Path:
    """The site's profile, with its [list] table, in `folder`; returns the file."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "hanbit.toml"
    path.write_text(PROFILE_TOML.format(base=base_url.rstrip("/")), encoding="utf-8")
    return path


@contextmanager
def serving(site: PressSite) -> Iterator[HTTPServer]:
    """Serve the site on 127.0.0.1 (a free port) for the duration of the block."""
    server = HTTPServer(host="127.0.0.1", port=0, threaded=True)
    server.expect_request(re.compile(".*")).respond_with_handler(site.handle)
    server.start()
    site.base_url = f"http://127.0.0.1:{server.port}"
    try:
        yield server
    finally:
        server.clear()
        server.stop()


def archived_articles(out: Path) -> list[str]:
    """Target URIs of the article responses in the WARC files under `out`, in file order."""
    from warcio.archiveiterator import ArchiveIterator

    uris = []
    for path in sorted(out.glob("*.warc.gz")):
        with path.open("rb") as handle:
            for record in ArchiveIterator(handle):
                uri = record.rec_headers.get_header("WARC-Target-URI")
                if record.rec_type == "response" and "view.do" in uri:
                    uris.append(uri)
    return uris
