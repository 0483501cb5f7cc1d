"""Crawling a site of press releases on 127.0.0.1: pagination, dates, feeds and sitemaps, URL
variants, the crawl state (a second run fetches nothing new; an interrupted run resumes), and
failures recorded while the crawl goes on. Request counts come from the server's own log."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from press_site import PressSite, archived_articles, serving, write_profile
from werkzeug import Request, Response

from pipeline.clean.sites import load_profile
from pipeline.scrape.crawl import (
    CrawlError,
    CrawlOptions,
    CrawlTarget,
    scrape_site,
    scrape_urls,
)
from pipeline.scrape.crawl_state import MAX_ATTEMPTS, CrawlState
from pipeline.scrape.fetch import FetchPolicy
from pipeline.scrape.listing import ListSpec, ListSpecError, parse_list_date, parse_list_page
from pipeline.scrape.progress import LogProgress
from pipeline.store.db import Store

POLICY = FetchPolicy(delay=0.0, read_timeout=2.0, retries=1, backoff=0.05, max_backoff=0.1)
LINKS = "table.board_list td.title a"


@pytest.fixture
def db_url(sqlite_url: str) -> str:
    """Crawl tests run on SQLite (the second-run test below also runs on PostgreSQL);
    conftest's `store` fixture opens it."""
    return sqlite_url


def board(site: PressSite, **changes: object) -> CrawlTarget:
    spec = ListSpec(
        urls=(f"{site.base_url}/news/list.do?page={{page}}",), links=LINKS, date="td.date"
    )
    return CrawlTarget.build("hanbit", replace(spec, **changes))  # type: ignore[arg-type]


def crawl(site: PressSite, store: Store, out: Path, target: CrawlTarget | None = None, **options):
    return scrape_site(
        target or board(site),
        store=store,
        out=out,
        policy=POLICY,
        options=CrawlOptions(**options),
    )


def list_requests(site: PressSite) -> list[str]:
    return sorted(p for p in site.requests if p.startswith("/news/list.do"))


# -- discovery ------------------------------------------------------------------------------


def test_pagination_walks_every_list_page_and_fetches_each_article_once(store, tmp_path):
    site = PressSite.build(8)  # three a page: pages 1-3 hold them, page 4 is empty
    with serving(site):
        summary = crawl(site, store, tmp_path)
    assert summary.ok
    assert (summary.list_pages, summary.found, summary.fetched) == (4, 8, 8)
    assert list_requests(site) == [f"/news/list.do?page={n}" for n in (1, 2, 3, 4)]
    assert site.served == dict.fromkeys(range(1, 9), 1)
    assert len(archived_articles(tmp_path)) == 8
    # Fetched in list order: newest first.
    assert [int(u.split("idx=")[1].split("&")[0]) for u in archived_articles(tmp_path)] == list(
        range(8, 0, -1)
    )


def test_next_page_links_are_followed_when_the_list_has_no_page_numbers(store, tmp_path):
    site = PressSite.build(5)
    with serving(site):
        target = board(site, urls=(f"{site.base_url}/news/list.do",), next_page="a.next")
        summary = crawl(site, store, tmp_path, target)
    assert summary.fetched == 5
    assert list_requests(site) == ["/news/list.do", "/news/list.do?page=2", "/news/list.do?page=3"]


def test_a_links_selector_that_finds_nothing_on_the_first_page_is_reported(store, tmp_path):
    site = PressSite.build(3)
    with serving(site):
        summary = crawl(site, store, tmp_path, board(site, links="ul.bbs_list a"))
    assert summary.fetched == 0 and summary.ok
    assert summary.problems == [
        (
            f"{site.base_url}/news/list.do?page=1",
            "empty",
            "no article links match list.links 'ul.bbs_list a'",
        )
    ]


def test_max_pages_bounds_the_list_pages_walked(store, tmp_path):
    site = PressSite.build(9)
    with serving(site):
        summary = crawl(site, store, tmp_path, max_pages=2)
    assert list_requests(site) == ["/news/list.do?page=1", "/news/list.do?page=2"]
    assert summary.fetched == 6
    # Cut short, the walk is not taken as complete: the next run goes further.
    assert CrawlState(store).last_crawl("hanbit").walked_to_end is False


def test_max_articles_leaves_the_rest_pending_for_the_next_run(store, tmp_path):
    site = PressSite.build(5)
    with serving(site):
        first = crawl(site, store, tmp_path, max_articles=2)
        second = crawl(site, store, tmp_path)
    assert (first.fetched, second.fetched) == (2, 3)
    assert site.served == dict.fromkeys(range(1, 6), 1)


def test_since_and_until_use_the_dates_on_the_list(store, tmp_path):
    # One article a day from 2024-03-20 back to 2024-03-09.
    site = PressSite.build(12, newest=date(2024, 3, 20))
    with serving(site):
        summary = crawl(site, store, tmp_path, since=date(2024, 3, 15), until=date(2024, 3, 18))
    assert sorted(site.served) == [7, 8, 9, 10]  # 03-15 … 03-18
    assert summary.fetched == 4
    # Page 2 (03-17 … 03-15) reaches `since`; page 3 (03-14 …) is older: the walk stops there.
    assert list_requests(site) == [f"/news/list.do?page={n}" for n in (1, 2, 3)]


def test_url_variants_are_fetched_once(store, tmp_path):
    site = PressSite.build(6, link_style="variants")
    with serving(site):
        summary = crawl(site, store, tmp_path)
        again = scrape_urls(
            [
                f"{site.base_url}/news/view.do?idx=6&menu=press",
                f"{site.base_url}/news/view.do?idx=6&menu=press&utm_campaign=x#top",
                site.base_url.replace("http:", "https:") + "/news/view.do?idx=6&menu=press",
            ],
            store=store,
            out=tmp_path,
            policy=POLICY,
        )
    assert summary.found == 6 and summary.fetched == 6
    assert site.served == dict.fromkeys(range(1, 7), 1)
    assert (again.fetched, again.already) == (0, 1)
    # The advertisement beside the list is on another host: never recorded, never fetched.
    assert CrawlState(store).get("https://ads.example.com/click?id=9") is None
    assert CrawlState(store).count(site="hanbit") == 6


def test_feeds_are_read_for_links_and_dates(store, tmp_path):
    site = PressSite.build(8, newest=date(2024, 3, 20))
    with serving(site):
        target = CrawlTarget.build("hanbit", ListSpec(feeds=(f"{site.base_url}/rss.xml",)))
        summary = crawl(site, store, tmp_path, target, since=date(2024, 3, 18))
    assert sorted(site.served) == [6, 7, 8]  # the feed holds 5; three are from 03-18 on
    assert summary.found == 3 and summary.fetched == 3


def test_sitemap_indexes_and_gzipped_sitemaps_are_read_within_the_site(store, tmp_path):
    site = PressSite.build(4)
    with serving(site):
        target = CrawlTarget.build("hanbit", ListSpec(sitemaps=(f"{site.base_url}/sitemap.xml",)))
        summary = crawl(site, store, tmp_path, target)
    assert summary.fetched == 4
    assert site.requests["/sitemap.xml"] == site.requests["/sitemap-news.xml.gz"] == 1
    # The index also names a sitemap on another host: it is not fetched (nor could it be).
    assert summary.failed == 0


# -- state: second runs and resumption -----------------------------------------------------


@pytest.mark.parametrize("db", ["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def test_a_second_run_fetches_nothing_new_and_a_third_only_what_was_published(
    db, request, tmp_path
):
    url = request.getfixturevalue("sqlite_url" if db == "sqlite" else "pg_url")
    site = PressSite.build(7)
    with Store.open(url) as store, serving(site):
        first = crawl(site, store, tmp_path)
        files = sorted(tmp_path.glob("*.warc.gz"))
        site.requests.clear()
        second = crawl(site, store, tmp_path)
        assert (second.fetched, second.found, second.list_pages) == (0, 0, 0)
        assert second.not_modified == 1
        # Only robots.txt and a conditional GET of page 1, answered 304.
        assert dict(site.requests) == {"/robots.txt": 1, "/news/list.do?page=1": 1}
        assert site.not_modified == 1
        assert sorted(tmp_path.glob("*.warc.gz")) == files  # no new WARC file either

        site.add(2)
        site.requests.clear()
        third = crawl(site, store, tmp_path)
    assert first.fetched == 7
    assert (third.found, third.fetched) == (2, 2)
    assert site.served == dict.fromkeys(range(1, 10), 1)
    # Page 2 now starts with articles seen before, all of them: the walk stops there.
    assert list_requests(site) == ["/news/list.do?page=1", "/news/list.do?page=2"]


def test_an_interrupted_run_resumes_and_fetches_every_article_exactly_once(store, tmp_path):
    site = PressSite.build(9)
    seen: list[str] = []

    def stop_after_four(url: str) -> None:
        seen.append(url)
        if len(seen) == 4:
            raise KeyboardInterrupt  # as Ctrl-C would, between two pages

    with serving(site):
        first = scrape_site(
            board(site),
            store=store,
            out=tmp_path,
            policy=POLICY,
            after_page=stop_after_four,
        )
        assert first.interrupted and first.fetched == 4
        assert CrawlState(store).last_crawl("hanbit").status == "interrupted"
        second = crawl(site, store, tmp_path)
    assert second.fetched == 5 and not second.interrupted
    assert site.served == dict.fromkeys(range(1, 10), 1)
    uris = archived_articles(tmp_path)
    assert len(uris) == len(set(uris)) == 9
    # After an interrupted crawl the list is walked again in full (cheaply: 304s).
    assert site.not_modified == 4
    assert CrawlState(store).last_crawl("hanbit").status == "complete"


def test_links_are_remembered_as_pending_before_any_article_is_fetched(store, tmp_path):
    site = PressSite.build(6)
    with serving(site):
        crawl(site, store, tmp_path, max_articles=0)
        state = CrawlState(store)
        assert state.count(site="hanbit", status="pending") == 6
        assert state.last_crawl("hanbit").status == "complete"


# -- failures ---------------------------------------------------------------------------------


def test_failing_pages_are_recorded_and_the_crawl_goes_on(store, tmp_path):
    site = PressSite.build(4)
    broken = site.articles[1]  # idx 3
    site.overrides[broken.path + "&menu=press"] = lambda request: Response("점검 중", status=500)
    with serving(site):
        summary = crawl(site, store, tmp_path)
    assert (summary.fetched, summary.failed) == (3, 1)
    assert not summary.ok
    ((url, outcome, reason),) = summary.problems
    assert f"idx={broken.idx}" in url and outcome == "failed"
    assert reason == "HTTP 500 after 2 attempts"
    state = CrawlState(store)
    failed = state.to_fetch(site="hanbit")
    assert [(s.status, s.reason, s.http_status, s.attempts) for s in failed] == [
        ("failed", "HTTP 500 after 2 attempts", 500, 1)
    ]


def test_a_failed_page_is_tried_again_in_later_runs_up_to_the_limit(store, tmp_path):
    site = PressSite.build(1)
    tries: list[str] = []

    def gone(request: Request) -> Response:  # listed, but deleted since: 404
        tries.append(request.full_path)
        return Response("없는 글입니다", status=404)

    site.overrides["/news/view.do"] = gone
    with serving(site):
        for _ in range(MAX_ATTEMPTS + 2):
            crawl(site, store, tmp_path)
    assert len(tries) == MAX_ATTEMPTS
    (row,) = [r for r in [CrawlState(store).get(_canonical(site, 1))] if r]
    assert (row.status, row.reason, row.attempts) == ("failed", "HTTP 404", MAX_ATTEMPTS)


def _canonical(site: PressSite, idx: int) -> str:
    from pipeline.read.urls import canonicalize_url

    return canonicalize_url(f"{site.base_url}/news/view.do?idx={idx}&menu=press")


def test_robots_disallowed_articles_are_skipped_and_counted(store, tmp_path):
    site = PressSite.build(3, robots="User-agent: sutja\nDisallow: /news/view.do?idx=2\n")
    with serving(site):
        summary = crawl(site, store, tmp_path)
    assert (summary.fetched, summary.robots) == (2, 1)
    assert 2 not in site.served
    assert summary.ok  # obeying robots.txt is not a failure


def test_a_list_page_that_cannot_be_decoded_is_recorded_and_the_crawl_goes_on(store, tmp_path):
    site = PressSite.build(4)
    # Brotli, never asked for (Accept-Encoding: gzip, deflate), and not undone here.
    site.overrides["/news/list.do?page=2"] = lambda request: Response(
        b"\x1b\x03\x00", headers={"Content-Encoding": "br"}, content_type="text/html"
    )
    with serving(site):
        summary = crawl(site, store, tmp_path)
    assert summary.fetched == 3  # page 1's articles
    assert summary.failed == 1
    ((url, outcome, reason),) = summary.problems
    assert url.endswith("/news/list.do?page=2") and outcome == "failed"
    assert reason == "undecodable body: unsupported Content-Encoding 'br'"
    # Not walked to its end: the next crawl walks the list again.
    assert CrawlState(store).last_crawl("hanbit").walked_to_end is False


def test_the_rich_progress_bar_runs_a_crawl_through(store, tmp_path):
    from pipeline.scrape.progress import RichProgress

    site = PressSite.build(2)
    with serving(site):
        summary = scrape_site(
            board(site), store=store, out=tmp_path, policy=POLICY, progress=RichProgress()
        )
    assert summary.fetched == 2


def test_progress_lines_name_each_page_and_its_outcome(store, tmp_path, capsys):
    import io

    site = PressSite.build(2)
    lines = io.StringIO()
    with serving(site):
        scrape_site(
            board(site), store=store, out=tmp_path, policy=POLICY, progress=LogProgress(lines)
        )
    text = lines.getvalue().splitlines()
    assert text[0] == f"list ok {site.base_url}/news/list.do?page=1 (2 new)"
    assert "fetching 2 article pages" in text
    assert text[-1].startswith("[2/2] ok ") and text[-1].endswith(" bytes")


# -- profiles and list tables -------------------------------------------------------------------


def test_a_profile_with_a_list_table_becomes_a_crawl_target(tmp_path):
    path = write_profile(tmp_path, "https://www.hanbit.go.kr")
    target = CrawlTarget.from_profile(load_profile(path))
    assert target.name == "hanbit-press" and target.version == "1"
    assert target.spec.urls == ("https://www.hanbit.go.kr/news/list.do?page={page}",)
    assert target.spec.date == "td.date"
    assert target.hosts == ("127.0.0.1", "www.hanbit.go.kr")


def test_a_profile_without_a_list_table_cannot_be_crawled(tmp_path):
    path = tmp_path / "plain.toml"
    path.write_text('name = "plain"\nversion = "1"\n[match]\nhosts = ["plain.kr"]\n')
    with pytest.raises(CrawlError, match="has no \\[list\\] table"):
        CrawlTarget.from_profile(load_profile(path))


@pytest.mark.parametrize(
    ("table", "message"),
    [
        ({"urls": ["https://a.kr/list?page={page}"]}, "needs list.links"),
        ({"urls": ["/list?page={page}"], "links": "a"}, "not an absolute http"),
        ({"links": "td..title"}, "bad CSS selector"),
        ({"feeds": "https://a.kr/rss", "max_pages": 0}, "whole number ≥ 1"),
        ({"feed": ["https://a.kr/rss"]}, "unknown key"),
    ],
)
def test_bad_list_tables_are_refused_with_the_reason(table, message):
    with pytest.raises(ListSpecError, match=message):
        ListSpec.from_table(table)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2024-03-05", date(2024, 3, 5)),
        ("2024.03.05.", date(2024, 3, 5)),
        ("2024/3/5", date(2024, 3, 5)),
        ("24.03.05", date(2024, 3, 5)),
        ("등록일 2024년 3월 5일", date(2024, 3, 5)),
        ("2024-03-05T09:30:00+09:00", date(2024, 3, 5)),
        ("Tue, 05 Mar 2024 09:00:00 +0900", date(2024, 3, 5)),
        ("조회수 1234", None),
        ("2024-13-40", None),
        ("", None),
    ],
)
def test_list_dates_as_boards_write_them(text, expected):
    assert parse_list_date(text) == expected


def test_the_date_beside_each_link_is_its_own_rows():
    page = """<ul class="list">
      <li><a href="/v?id=3">세 번째</a><span class="d">2024-03-03</span></li>
      <li><a href="/v?id=2">두 번째</a></li>
      <li><a href="/v?id=1">첫 번째</a><span class="d">2024-03-01</span></li>
    </ul>""".encode()
    spec = ListSpec(urls=("https://a.kr/l",), links="ul.list a", date=".d")
    links = parse_list_page(page, "https://a.kr/l", spec).links
    assert [(link.url, link.date) for link in links] == [
        ("https://a.kr/v?id=3", date(2024, 3, 3)),
        ("https://a.kr/v?id=2", None),  # no date in its row; never another row's
        ("https://a.kr/v?id=1", date(2024, 3, 1)),
    ]


def test_an_euc_kr_list_page_is_decoded_for_its_links():
    page = (
        '<meta charset="euc-kr"><table class="board_list"><tr><td class="title">'
        '<a href="view.do?idx=7">한빛시 예산 편성</a></td><td class="date">2024.03.07</td></tr>'
        "</table>"
    ).encode("cp949")
    spec = ListSpec(urls=("https://a.kr/news/list.do",), links=LINKS, date="td.date")
    (link,) = parse_list_page(page, "https://a.kr/news/list.do", spec).links
    assert link.url == "https://a.kr/news/view.do?idx=7"
    assert link.date == date(2024, 3, 7)
