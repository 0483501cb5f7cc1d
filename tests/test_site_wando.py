"""The 완도군 press-board profile (pipeline/clean/sites/wando.toml) against the real list page of
the shared corpus: the article links and dates its `[list]` selectors find, the page numbers its
template gives against the page's own pagination links, the page still refused as an article,
and a crawl of that page (served on 127.0.0.1) that fetches the articles it links.

The page is read from ../shared, never copied here; the article pages served in the crawl are
small stubs written below. Tests that need the page skip when the shared folder is absent.
"""

from __future__ import annotations

import itertools
import re
import threading
import time
from collections import Counter
from collections.abc import Iterator
from dataclasses import replace
from datetime import date
from pathlib import Path
from urllib.parse import parse_qs, urljoin, urlsplit, urlunsplit

import pytest
from bs4 import BeautifulSoup
from pytest_httpserver import HTTPServer
from warcio.archiveiterator import ArchiveIterator
from werkzeug import Request, Response

from pipeline.clean import NotAnArticle, clean
from pipeline.clean.sites import SiteProfile, load_profiles, match_profile
from pipeline.read.urls import canonicalize_url
from pipeline.scrape.crawl import CrawlOptions, CrawlTarget, scrape_site
from pipeline.scrape.fetch import FetchPolicy
from pipeline.scrape.listing import ListSpec, page_url, parse_list_page
from pipeline.store.db import Store
from schemas.records import RawDocument

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
LIST_PAGE = SHARED / "corpus" / "html" / "jeonnam_municipal_sites" / "wando_press_list.html"
# The address the page was saved from (its canonical link and the corpus manifest).
LIST_URL = "http://www.wando.go.kr/wando/sub.cs?m=299"

needs_page = pytest.mark.skipif(
    not LIST_PAGE.is_file(), reason=f"the shared corpus page is not at {LIST_PAGE}"
)

# An article of the 보도자료 board as its list page links it.
ARTICLE = re.compile(r"^/wando/sub\.cs\?m=1023&nttId=(\d+)&pBoardId=BBSMSTR_000000000036$")


@pytest.fixture(scope="module")
def profile() -> SiteProfile:
    return next(p for p in load_profiles() if p.name == "wando")


@pytest.fixture(scope="module")
def spec(profile: SiteProfile) -> ListSpec:
    assert profile.list_table is not None
    return ListSpec.from_table(profile.list_table, where="wando.toml")


@pytest.fixture(scope="module")
def page_bytes() -> bytes:
    return LIST_PAGE.read_bytes()


def ids_in_page(body: bytes) -> list[int]:
    """The article numbers the page links to, found by the raw text, not by selectors."""
    return sorted({int(n) for n in re.findall(rb"nttId=(\d+)", body)}, reverse=True)


def article_id(url: str) -> int:
    parts = urlsplit(url)
    match = ARTICLE.match(f"{parts.path}?{parts.query}")
    assert match, f"not an article URL of the board: {url}"
    return int(match.group(1))


# -- the profile -----------------------------------------------------------------------------


def test_the_profile_loads_as_a_crawlable_site(profile: SiteProfile, spec: ListSpec) -> None:
    assert profile.org == "완도군"
    assert profile.fields == ()  # no article page to read selectors from: the generic path
    assert spec.links and spec.date and spec.next_page is None
    assert spec.start_page == 1
    target = CrawlTarget.from_profile(profile)
    assert target.name == "wando"
    assert "wando.go.kr" in target.hosts


def test_the_profile_matches_the_boards_pages_and_no_other_site(profile: SiteProfile) -> None:
    profiles = load_profiles()
    empty = BeautifulSoup("<html><body><p>본문</p></body></html>", "lxml")
    article = (
        "https://www.wando.go.kr/wando/sub.cs?m=1023&nttId=10000001&pBoardId=BBSMSTR_000000000036"
    )
    for url in (article, LIST_URL, page_url(profile.list_table["urls"][0], 7)):
        assert any(p.search(url) for p in profile.url_patterns), url
        matched = match_profile(url, empty, profiles)
        assert matched is not None and matched.name == "wando"
    assert match_profile("https://www.notwando.go.kr/wando/sub.cs?nttId=1", empty, profiles) is None


# -- the real list page ----------------------------------------------------------------------


@needs_page
def test_the_list_yields_each_article_once_as_an_absolute_url(
    spec: ListSpec, page_bytes: bytes
) -> None:
    page = parse_list_page(page_bytes, page_url(spec.urls[0], 1), spec)
    assert len(page.links) == 10  # two photo entries and eight rows
    assert [article_id(link.url) for link in page.links] == ids_in_page(page_bytes)
    assert len({link.canonical_url for link in page.links}) == len(page.links)
    for link in page.links:
        parts = urlsplit(link.url)
        assert (parts.scheme, parts.hostname) == ("http", "www.wando.go.kr")
        assert link.canonical_url == canonicalize_url(link.url)


@needs_page
def test_the_dates_beside_the_links_parse_newest_first(spec: ListSpec, page_bytes: bytes) -> None:
    page = parse_list_page(page_bytes, LIST_URL, spec)
    days = [link.date for link in page.links]
    assert None not in days
    assert days == sorted(days, reverse=True)  # type: ignore[type-var]
    # the photo entries carry their own date, as do the rows (the first row is 12-10 too)
    assert days[:3] == [date(2025, 12, 10)] * 3
    assert days[-1] == date(2025, 12, 4)
    assert date(2025, 12, 8) in days


@needs_page
def test_the_template_gives_the_pages_own_pagination_links(
    spec: ListSpec, page_bytes: bytes
) -> None:
    soup = BeautifulSoup(page_bytes, "lxml")
    numbered = {
        int(a.get_text(strip=True)): urljoin(LIST_URL, str(a["href"]))
        for a in soup.select(".paging .num a[href]")
        if a.get_text(strip=True).isdigit()
    }
    assert sorted(numbered) == list(range(1, 11))
    for number, href in numbered.items():
        assert page_url(spec.urls[0], number) == href
    # "다음 페이지로 이동" jumps a block of ten: not a next-page link
    jump = soup.select_one(".paging a.next")
    assert jump is not None
    assert urljoin(LIST_URL, str(jump["href"])) == page_url(spec.urls[0], 11)
    assert page_url(spec.urls[0], spec.start_page + 1) == numbered[2]


@needs_page
def test_the_list_page_is_still_not_an_article(page_bytes: bytes) -> None:
    raw = RawDocument(source=str(LIST_PAGE), body=page_bytes, media_type="text/html", url=LIST_URL)
    with pytest.raises(NotAnArticle, match="site profile wando"):
        clean(raw)


def test_an_article_page_of_the_board_is_not_refused_by_the_profile() -> None:
    url = "http://www.wando.go.kr/wando/sub.cs?m=1023&nttId=10000007&pBoardId=BBSMSTR_000000000036"
    raw = RawDocument(
        source="stub", body=stub_article(10000007).encode(), media_type="text/html", url=url
    )
    article = clean(raw)
    assert article.title == stub_title(10000007)
    assert "전복 양식 어가" in article.section("body").text


# -- a crawl of the real page on 127.0.0.1 --------------------------------------------------

DELAY = 0.1


def stub_title(ntt_id: int) -> str:
    return f"완도군, 전복 양식 어가에 {ntt_id % 100}억원 지원"


def stub_article(ntt_id: int) -> str:
    title = stub_title(ntt_id)
    return f"""<!DOCTYPE html><html lang="ko"><head><meta charset="utf-8">
<title>{title} - 완도군청</title></head><body>
<div id="board_basic_view"><div class="news_tit"><h3>{title}</h3></div>
<div class="view_cont">
<p>완도군은 올해 전복 양식 어가 320곳에 {ntt_id % 100}억원을 지원한다고 밝혔다.</p>
<p>군은 지난해 전복 생산량이 1만 2천 톤으로 전년보다 4.5% 늘었으며, 올해는 수출 물량을
더 늘리는 것을 목표로 하고 있다고 설명했다.</p>
<p>군 관계자는 "어가 소득이 꾸준히 오를 수 있도록 지원을 이어 가겠다"고 말했다.</p>
</div></div></body></html>"""


EMPTY_BOARD = """<!DOCTYPE html><html lang="ko"><head><meta charset="utf-8">
<title>보도자료 - 완도군청</title></head><body><div id="content_box"><div id="content">
<p>등록된 게시물이 없습니다.</p></div></div></body></html>"""


class WandoServer:
    """The board on 127.0.0.1: the real list page as page 1, an empty board after it, stub
    articles at the linked addresses; every request logged with its arrival time."""

    def __init__(self, list_page: bytes) -> None:
        self.list_page = list_page
        self.requests: list[tuple[str, float]] = []
        self.articles: Counter[int] = Counter()
        self._lock = threading.Lock()

    def handle(self, request: Request) -> Response:
        with self._lock:
            self.requests.append((request.full_path.rstrip("?"), time.monotonic()))
        html = "text/html; charset=utf-8"
        if request.path == "/robots.txt":
            return Response("User-agent: *\nAllow: /\n", content_type="text/plain")
        args = parse_qs(urlsplit(request.full_path).query)
        if request.path == "/wando/sub.cs" and args.get("m") == ["299"]:
            if args.get("pageIndex") == ["1"]:
                return Response(self.list_page, content_type=html)
            return Response(EMPTY_BOARD, content_type=html)
        if request.path == "/wando/sub.cs" and args.get("m") == ["1023"]:
            ntt_id = int(args["nttId"][0])
            with self._lock:
                self.articles[ntt_id] += 1
            return Response(stub_article(ntt_id), content_type=html)
        return Response("없는 페이지입니다", status=404, content_type=html)


@pytest.fixture
def wando(page_bytes: bytes) -> Iterator[tuple[WandoServer, str]]:
    site = WandoServer(page_bytes)
    server = HTTPServer(host="127.0.0.1", port=0, threaded=True)
    server.expect_request(re.compile(".*")).respond_with_handler(site.handle)
    server.start()
    try:
        yield site, f"127.0.0.1:{server.port}"
    finally:
        server.clear()
        server.stop()


def local_target(profile: SiteProfile, spec: ListSpec, netloc: str) -> CrawlTarget:
    """The profile's list, with its template's host moved to the local server."""
    parts = urlsplit(spec.urls[0])
    template = urlunsplit(("http", netloc, parts.path, parts.query, ""))
    return CrawlTarget.build(profile.name, replace(spec, urls=(template,)), (), profile.version)


def archived_articles(out: Path) -> list[int]:
    ids = []
    for path in sorted(out.glob("*.warc.gz")):
        with path.open("rb") as handle:
            for record in ArchiveIterator(handle):
                uri = record.rec_headers.get_header("WARC-Target-URI") or ""
                if record.rec_type == "response" and "nttId=" in uri:
                    ids.append(article_id(uri))
    return ids


@needs_page
def test_a_crawl_of_the_real_list_fetches_every_linked_article_once(
    profile: SiteProfile,
    spec: ListSpec,
    page_bytes: bytes,
    wando: tuple[WandoServer, str],
    sqlite_url: str,
    tmp_path: Path,
) -> None:
    site, netloc = wando
    target = local_target(profile, spec, netloc)
    policy = FetchPolicy(delay=DELAY, read_timeout=2.0, retries=0, backoff=0.05, max_backoff=0.1)
    options = CrawlOptions(max_pages=3, max_articles=20)
    expected = ids_in_page(page_bytes)
    store = Store.open(sqlite_url)
    try:
        started = time.monotonic()
        summary = scrape_site(
            target, store=store, out=tmp_path / "warc", policy=policy, options=options
        )
        elapsed = time.monotonic() - started
        assert summary.ok, summary.problems
        assert (summary.list_pages, summary.found, summary.fetched) == (2, 10, 10)
        assert sorted(archived_articles(tmp_path / "warc"), reverse=True) == expected
        assert site.articles == Counter(dict.fromkeys(expected, 1))
        # robots.txt, list pages 1 and 2 (empty: the end), ten articles, nothing more
        assert len(site.requests) == summary.requests == 13
        assert elapsed < 30
        arrivals = [at for _, at in site.requests]
        gaps = [later - earlier for earlier, later in itertools.pairwise(arrivals)]
        assert min(gaps) >= DELAY * 0.9  # one host, one request at a time, the delay between

        again = scrape_site(
            target, store=store, out=tmp_path / "warc2", policy=policy, options=options
        )
        assert (again.fetched, again.found) == (0, 0)
        assert site.articles == Counter(dict.fromkeys(expected, 1))
    finally:
        store.close()
