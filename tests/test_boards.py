"""Boards without a profile: `sutja links` on every shared list page (checked against the rows
counted from the raw markup by another method: a regular expression over the article ids), the
clear message of a script-filled board, and `sutja scrape --list` of a board made from a shared
list page and served on 127.0.0.1, end to end into figures, with its `--dry-run` profile saved
and crawled the same way. POST-form and script-call boards: tests/test_board_scripts.py."""

from __future__ import annotations

import json
import re
import sqlite3
import threading
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import parse_qsl, urlsplit

import pytest
from pytest_httpserver import HTTPServer
from typer.testing import CliRunner
from werkzeug import Request, Response

from pipeline.cli import app
from pipeline.scrape.board import read_board

BOARDS = Path(__file__).resolve().parents[1].parent / "shared" / "corpus" / "html"
runner = CliRunner()

pytestmark = pytest.mark.skipif(
    not BOARDS.is_dir(), reason=f"the shared HTML corpus (list pages) is not at {BOARDS}"
)


@dataclass(frozen=True)
class ListPage:
    file: str
    url: str
    row_id: str  # a regular expression over the raw markup: group 1 is one article's id
    id_param: str  # the query parameter that holds the id in the links found
    next_param: str | None  # the page parameter of the next page (None: not paginated)


PAGES = [
    ListPage(
        "boards/gangjin/gangjin_press_list_p1.html",
        "https://www.gangjin.go.kr/www/government/news/press",
        r'<a href="/www/government/news/press\?idx=(\d+)&amp;mode=view"',
        "idx",
        "page",
    ),
    ListPage(
        "boards/naju/naju_press_list_p1.html",
        "https://www.naju.go.kr/www/administration/reporting/coverage",
        r'<a href="/www/administration/reporting/coverage\?idx=(\d+)&amp;mode=view"',
        "idx",
        "page",
    ),
    ListPage(
        "boards/gwangju/gwangju_notice_list_p1.html",
        "https://www.gwangju.go.kr/boardList.do?boardId=BD_0000000022&pageId=www788",
        r'<a href="/boardView\.do\?[^"]*seq=(\d+)[^"]*"',
        "seq",
        "movePage",
    ),
    ListPage(
        "boards/korea_kr/korea_kr_press_list_p1.html",
        "https://www.korea.kr/briefing/pressReleaseList.do",
        # the board's rows carry the list's search state; the sidebar's links do not
        r'<a href="/briefing/pressReleaseView\.do\?newsId=(\d+)&amp;pageIndex=',
        "newsId",
        "pageIndex",
    ),
    ListPage(
        "boards/jeonnam_bio_jbf/jbf_notice_list_p1.html",
        "http://www.jbf.kr/main/board.action?cmsid=101050200000",
        r"<a href='board\.action\?[^']*method=v&amp;idx=(\d+)",
        "idx",
        "page",
    ),
    ListPage(
        "boards/yongin/yongin_bbs_list_FRAGMENT.html",
        "https://www.yongin.go.kr/user/bbs/BD_selectBbsList.do?q_bbsCode=1001",
        r'<a href="/user/bbs/BD_selectBbs\.do\?[^"]*q_bbscttSn=(\d+)',
        "q_bbscttSn",
        None,
    ),
    ListPage(
        "boards/yangsan/yangsan_press_list_p1_FRAGMENT.html",
        "https://www.yangsan.go.kr/portal/saeol/news/list.do",
        r"data-keyset=\"\{'newsEpctNo': '(\d+)'\}\"",
        "newsEpctNo",
        None,
    ),
    ListPage(
        "jeonnam_municipal_sites/wando_press_list.html",
        "http://www.wando.go.kr/wando/sub.cs?m=299",
        r'<a href="/wando/sub\.cs\?m=1023&amp;nttId=(\d+)&amp;pBoardId=[^"]*"',
        "nttId",
        "pageIndex",
    ),
]


def _raw(page: ListPage) -> str:
    return (BOARDS / page.file).read_text(encoding="utf-8", errors="replace")


def _param(url: str, name: str) -> str | None:
    return dict(parse_qsl(urlsplit(url).query)).get(name)


@pytest.mark.parametrize("page", PAGES, ids=lambda p: Path(p.file).stem)
def test_links_finds_every_row_of_each_shared_list_page(page: ListPage) -> None:
    expected = set(re.findall(page.row_id, _raw(page)))
    assert len(expected) >= 3, "the raw markup should show the board's rows"
    board = read_board((BOARDS / page.file).read_bytes(), page.url)
    found = [_param(link.url, page.id_param) for link in board.links]
    hits = expected & set(found)
    recall, precision = len(hits) / len(expected), len(hits) / max(1, len(found))
    assert recall >= 0.95 and precision >= 0.95, (sorted(expected), found, board.why)
    for link in board.links:  # each row with its title (as the page shows it) and its date
        assert len(link.title) >= 6 and link.title[:6] in _raw(page).replace("&amp;", "&")
        assert link.date is not None
    if page.next_param:
        assert board.next_url is not None, board.why
        assert _param(board.next_url, page.next_param) == "2", board.next_url
    else:
        assert board.next_url is None


@pytest.mark.parametrize("page", PAGES, ids=lambda p: Path(p.file).stem)
def test_inferred_list_table_gives_the_same_links_through_the_profile_reader(
    page: ListPage,
) -> None:
    from pipeline.scrape.listing import ListSpec, page_url, parse_list_page

    body = (BOARDS / page.file).read_bytes()
    board = read_board(body, page.url)
    assert board.spec is not None, board.why
    spec = ListSpec.from_table(board.spec)
    got = parse_list_page(body, page.url, spec)
    assert [(x.canonical_url, x.date) for x in got.links] == [
        (x.canonical_url, x.date) for x in board.links
    ]
    if page.next_param:  # page 2 of the template is the next page found
        second = page_url(spec.urls[0], spec.start_page + 1)
        assert _param(second, page.next_param) == "2"


def test_links_cli_jsonl_has_articles_and_the_next_page() -> None:
    page = PAGES[1]
    result = runner.invoke(
        app, ["links", str(BOARDS / page.file), "--url", page.url, "--format", "jsonl"]
    )
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in result.stdout.splitlines() if line.startswith("{")]
    kinds = Counter(row["kind"] for row in rows)
    assert kinds == {"article": 10, "next": 1}
    article = rows[0]
    assert set(article) == {"url", "kind", "title", "date"}
    assert article["date"] == "2025-12-05" and "협약" in article["title"]


def test_links_cli_table_says_why() -> None:
    page = PAGES[3]
    result = runner.invoke(app, ["links", str(BOARDS / page.file), "--url", page.url])
    assert result.exit_code == 0, result.output
    assert "next: https://www.korea.kr/briefing/pressReleaseList.do?pageIndex=2" in result.stdout
    assert "why: rows:" in result.stdout and "pageLink" not in result.stdout.split("why:")[0]


def test_script_filled_board_says_where_its_rows_come_from() -> None:
    result = runner.invoke(
        app,
        [
            "links",
            str(BOARDS / "boards/anyang_ayventure/ayventure_notice_list_p1_jsrendered.html"),
            "--url",
            "https://www.ayventure.net/bbs/board.do?id=382&menuId=855",
        ],
    )
    assert result.exit_code == 1
    assert "rows are loaded by script from /bbs/ajax/boardList.do" in result.stderr


def test_saved_page_without_an_address_asks_for_url(tmp_path) -> None:
    saved = tmp_path / "list.html"
    saved.write_text("<html><body><p>목록</p></body></html>", encoding="utf-8")
    result = runner.invoke(app, ["links", str(saved)])
    assert result.exit_code == 2 and "--url" in result.output


# -- a board served on 127.0.0.1 --------------------------------------------------------------


class NajuBoard:
    """The shared 나주 list page served as a three-page board: page 2 is page 1 with other ids
    and older dates, page 3 has no rows. Articles are made-up releases with figures."""

    LIST = "/www/administration/reporting/coverage"

    def __init__(self) -> None:
        self.raw = (BOARDS / "boards/naju/naju_press_list_p1.html").read_text(encoding="utf-8")
        self.requests: Counter[str] = Counter()
        self.lock = threading.Lock()
        self.base_url = ""

    def handle(self, request: Request) -> Response:
        with self.lock:
            self.requests[request.path] += 1
        if request.path == self.LIST and request.args.get("mode") == "view":
            return self._article(int(request.args["idx"]))
        if request.path == self.LIST:
            return self._list(int(request.args.get("page", "1")))
        return Response("없는 페이지", status=404)

    def _list(self, number: int) -> Response:
        html = self.raw.replace("https://www.naju.go.kr", self.base_url)
        if number == 2:
            html = re.sub(r"idx=(\d+)", lambda m: f"idx={int(m.group(1)) - 1000}", html)
            html = html.replace("2025-12-05", "2025-11-20")
        elif number >= 3:
            html = re.sub(
                r"<tbody>.*?</tbody>",
                "<tbody><tr><td>게시물이 없습니다.</td></tr></tbody>",
                html,
                flags=re.DOTALL,
            )
        return Response(html, content_type="text/html; charset=utf-8")

    def _article(self, idx: int) -> Response:
        title = f"나주시, 청년 창업 지원사업 제{idx}호에 {idx % 90 + 10}억원 투입"
        html = f"""<!DOCTYPE html><html lang="ko"><head><meta charset="utf-8">
<title>{title}</title><meta property="og:title" content="{title}"></head><body>
<div id="gnb"><a href="/">홈</a></div>
<div class="view"><h3 class="subject">{title}</h3><p class="date">작성일 2025-12-05</p>
<div class="view_cont"><p>나주시는 올해 청년 창업 지원사업에 {idx % 90 + 10}억원을 들여 일자리
{idx % 50 + 30}개를 만든다고 밝혔다.</p><p>시는 지난해 청년 고용률이 58.5%였다고 설명했다.</p>
</div></div></body></html>"""
        return Response(html, content_type="text/html; charset=utf-8")


@pytest.fixture
def naju(tmp_path, monkeypatch) -> Iterator[NajuBoard]:
    (tmp_path / "sites").mkdir()
    monkeypatch.setenv("SUTJA_SITES", str(tmp_path / "sites"))
    monkeypatch.setenv("SUTJA_CONTACT_URL", "https://example.org/sutja-tests")
    board = NajuBoard()
    server = HTTPServer(host="127.0.0.1", port=0, threaded=True)
    server.expect_request(re.compile(".*")).respond_with_handler(board.handle)
    server.start()
    board.base_url = f"http://127.0.0.1:{server.port}"
    try:
        yield board
    finally:
        server.clear()
        server.stop()


def _scrape(*args: object):
    return runner.invoke(app, ["scrape", *(str(a) for a in args), "--delay", "0"])


def _archived(out: Path) -> list[str]:
    from warcio.archiveiterator import ArchiveIterator

    uris = []
    for path in sorted(out.glob("*.warc.gz")):
        with path.open("rb") as handle:
            for record in ArchiveIterator(handle):
                uri = record.rec_headers.get_header("WARC-Target-URI")
                if record.rec_type == "response" and "mode=view" in uri:
                    uris.append(uri)
    return uris


def test_scrape_list_crawls_a_board_with_no_profile_into_figures(naju, tmp_path) -> None:
    list_url = naju.base_url + naju.LIST
    db = f"sqlite:///{tmp_path / 'news.db'}"
    out = tmp_path / "warc"
    result = _scrape("--list", list_url, "--out", out, "--db", db)
    assert result.exit_code == 0, result.output
    archived = _archived(out)
    assert len(archived) == len(set(archived)) == 20  # ten rows on each of two pages
    # the first page twice (read, then crawled), pages 2 and 3, robots.txt, twenty articles
    assert naju.requests[naju.LIST] == 24 and sum(naju.requests.values()) <= 26
    extracted = runner.invoke(app, ["extract", str(out), "--db", db])
    assert extracted.exit_code == 0, extracted.output
    # The WARC holds the list pages too: extract refuses them (a table of ten rows with its
    # caption is a list, not an article) and stores the twenty releases only.
    with sqlite3.connect(tmp_path / "news.db") as con:
        stored = [url for (url,) in con.execute("SELECT url FROM articles")]
        refused = con.execute("SELECT count(*) FROM failures WHERE error LIKE '%list page%'")
        lists = refused.fetchone()[0]
    assert len(stored) == 20 and all("mode=view" in url for url in stored), stored
    assert lists == 3  # pages 1, 2 and 3 ("게시물이 없습니다": past the board's last page)
    query = runner.invoke(app, ["query", "--db", db, "--kind", "money", "--format", "json"])
    figures = json.loads(query.stdout)
    # one figure of money per release, each from its own article page
    assert len({f["url"] for f in figures if "mode=view" in f["url"]}) == 20
    assert all(f["unit"] == "KRW" and f["value"] >= 1_000_000_000 for f in figures)
    again = _scrape("--list", list_url, "--out", out, "--db", db)
    assert again.exit_code == 0 and "new articles: 0" in again.output


def test_scrape_list_since_stops_at_older_list_dates(naju, tmp_path) -> None:
    result = _scrape(
        "--list",
        naju.base_url + naju.LIST,
        "--since",
        "2025-12-01",
        "--out",
        tmp_path / "warc",
        "--db",
        f"sqlite:///{tmp_path / 'news.db'}",
    )
    assert result.exit_code == 0, result.output
    assert len(_archived(tmp_path / "warc")) == 10
    assert naju.requests[naju.LIST] == 10 + 3  # page 3 is never asked for


def test_dry_run_profile_loads_and_crawls_the_same_way(naju, tmp_path) -> None:
    list_url = naju.base_url + naju.LIST
    dry = _scrape("--list", list_url, "--dry-run")
    assert dry.exit_code == 0, dry.output
    toml_text = dry.stdout
    name = re.search(r'^name = "([^"]+)"', toml_text, re.MULTILINE).group(1)
    assert naju.requests[naju.LIST] == 1  # only the page it read
    sites = tmp_path / "sites"
    (sites / f"{name}.toml").write_text(toml_text, encoding="utf-8")
    listed = runner.invoke(app, ["sites"])
    assert name in listed.output
    first = _scrape(name, "--out", tmp_path / "a", "--db", f"sqlite:///{tmp_path / 'a.db'}")
    second = _scrape(
        "--list", list_url, "--out", tmp_path / "b", "--db", f"sqlite:///{tmp_path / 'b.db'}"
    )
    assert first.exit_code == 0 and second.exit_code == 0, first.output + second.output
    assert sorted(_archived(tmp_path / "a")) == sorted(_archived(tmp_path / "b"))
    assert len(_archived(tmp_path / "a")) == 20


def test_scrape_list_resumes_what_max_articles_left(naju, tmp_path) -> None:
    args = (
        "--list",
        naju.base_url + naju.LIST,
        "--out",
        tmp_path / "w",
        "--db",
        f"sqlite:///{tmp_path / 'n.db'}",
    )
    first = _scrape(*args, "--max-articles", "5")
    assert first.exit_code == 0 and "new articles: 5" in first.output
    second = _scrape(*args)
    assert second.exit_code == 0 and "new articles: 15" in second.output
    assert len(set(_archived(tmp_path / "w"))) == 20


def test_scrape_list_usage_errors() -> None:
    assert _scrape("--dry-run", "wando").exit_code == 2
    both = _scrape("wando", "--list", "http://127.0.0.1:9/list")
    assert both.exit_code == 2 and "not both" in both.output
