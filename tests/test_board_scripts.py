"""Boards whose rows open by a script call or submit a form: the calls the page itself explains
are mapped to what they fetch (forms.Resolver), a POST-form board is crawled by POST on
127.0.0.1 end to end into figures and not fetched again, and a board whose function is not on
the page still stops with a message saying what its rows do."""

from __future__ import annotations

import json
import re
import sqlite3
import threading
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytest_httpserver import HTTPServer
from typer.testing import CliRunner
from werkzeug import Request, Response

from pipeline.cli import app
from pipeline.read.warc import post_identity, read_warc
from pipeline.scrape.board import read_board
from pipeline.scrape.forms import Resolver, Target, split_address
from schemas.records import RawDocument

SHARED = Path(__file__).resolve().parents[1].parent / "shared" / "corpus" / "html" / "boards"
runner = CliRunner()

# -- mapping calls from the page's own scripts and forms ----------------------------------------

LOCATION_SCRIPT = """
function fn_view(id, kind) {
    var where = '/board/view.do?nttId=' + encodeURIComponent(id) + '&bbsId=' + kind;
    location.href = '/board/view.do?nttId=' + encodeURIComponent(id) + '&bbsId=' + kind;
}
"""
FORM_PAGE = """<html><body>
<form name="frmView" id="frmView" method="post" action="/news/view.do">
  <input type="hidden" name="menuNo" value="12">
  <input type="hidden" name="nttId" id="nttId" value="">
  <input type="submit" value="검색">
</form>
<script>
function goView(no) { $('#nttId').val(no); $('#frmView').submit(); }
function goGet(no) { document.frmView.nttId.value = no; document.frmView.method = 'get';
  document.frmView.submit(); }
function goComputed(no) { location.href = base + no; }
</script></body></html>"""


def _resolver(html: str, base: str = "https://www.example.go.kr/board/list.do") -> Resolver:
    import lxml.html

    root = lxml.html.document_fromstring(html)
    scripts = "\n".join(s.text_content() for s in root.iter("script"))
    return Resolver.from_lxml(root, scripts, base)


def test_a_function_that_sets_location_maps_each_call_to_its_url() -> None:
    resolver = _resolver(f"<html><body><script>{LOCATION_SCRIPT}</script></body></html>")
    target = resolver.target("a", {"href": "javascript:fn_view('7 1', 'BBSMSTR_1');"})
    assert target == Target("https://www.example.go.kr/board/view.do?nttId=7%201&bbsId=BBSMSTR_1")
    other = resolver.target("a", {"href": "#", "onclick": "fn_view('8', 'B'); return false;"})
    assert other is not None and other.url.endswith("nttId=8&bbsId=B")


def test_a_function_that_fills_a_form_posts_its_fields_or_gets_them() -> None:
    resolver = _resolver(FORM_PAGE)
    posted = resolver.target("a", {"href": "javascript:goView('301')"})
    assert posted is not None and posted.method == "POST"
    assert posted.url == "https://www.example.go.kr/news/view.do"
    assert posted.fields == (("menuNo", "12"), ("nttId", "301"))  # the submit button is not sent
    assert posted.identity == "https://www.example.go.kr/news/view.do?menuNo=12&nttId=301"
    assert split_address(posted.address) == (posted.url, b"menuNo=12&nttId=301")
    got = resolver.target("a", {"href": "javascript:goGet('302')"})
    assert got == Target("https://www.example.go.kr/news/view.do?menuNo=12&nttId=302")


def test_calls_the_page_does_not_explain_are_not_mapped_and_say_why() -> None:
    resolver = _resolver(FORM_PAGE)
    assert resolver.target("a", {"href": "javascript:goComputed('5')"}) is None
    assert "goComputed() goes to 'base + no'" in (resolver.last_failure or "")
    assert resolver.target("a", {"href": "javascript:fn_missing('5')"}) is None
    assert resolver.last_failure == "the page does not define fn_missing()"
    # `this` is no value the page states
    assert resolver.target("a", {"onclick": "goView(this)"}) is None


def test_post_identity_sorts_fields_and_tells_two_posts_apart() -> None:
    one = post_identity("https://y.example.kr/view.do", b"newsEpctNo=28412&menu=2")
    assert one == "https://y.example.kr/view.do?menu=2&newsEpctNo=28412"
    assert one == post_identity("https://y.example.kr/view.do", b"menu=2&newsEpctNo=28412")
    assert one != post_identity("https://y.example.kr/view.do", b"newsEpctNo=28413&menu=2")
    assert (
        post_identity("https://y.example.kr/v.do?a=1", b"b=2")
        == "https://y.example.kr/v.do?a=1&b=2"
    )
    assert post_identity("https://y.example.kr/v.do", b"") == "https://y.example.kr/v.do"


# -- boards served on 127.0.0.1 -----------------------------------------------------------------


class Board:
    """A small board: a list page (or a saved list made local) and made-up releases with
    figures, counting every request by method and path."""

    def __init__(self, list_html: str) -> None:
        self.list_html = list_html
        self.requests: Counter[tuple[str, str]] = Counter()
        self.bodies: list[str] = []
        self.lock = threading.Lock()

    def handle(self, request: Request) -> Response:
        with self.lock:
            self.requests[(request.method, request.path)] += 1
        if request.path == "/robots.txt":
            return Response("", status=404)
        if request.path.endswith("list.do"):
            return Response(self.list_html, content_type="text/html; charset=utf-8")
        if request.path == "/board/view.do" and request.method == "GET":
            return self._article(request.args.get("nttId", ""))
        if request.path == "/portal/saeol/news/view.do":
            if request.method != "POST":  # as on the real board: the view is a form's answer
                return Response("잘못된 접근입니다", status=405)
            with self.lock:
                self.bodies.append(request.get_data(as_text=True))
            return self._article(request.form.get("newsEpctNo", ""))
        return Response("없는 페이지", status=404)

    @staticmethod
    def _article(number: str) -> Response:
        if not number.isdigit():
            return Response("없는 글", status=404)
        n = int(number)
        title = f"시, 어르신 일자리 사업 제{n}호에 {n % 40 + 3}억원 지원"
        html = f"""<!DOCTYPE html><html lang="ko"><head><meta charset="utf-8">
<title>{title}</title></head><body><div class="bod_view"><h3>{title}</h3>
<p class="date">등록일 2026-10-02</p><div class="view_cont"><p>시는 올해 어르신 일자리 사업에
{n % 40 + 3}억원을 들여 일자리 {n % 70 + 20}개를 만든다고 밝혔다.</p>
<p>참여 어르신의 만족도는 지난해 91.5%였다.</p></div></div></body></html>"""
        return Response(html, content_type="text/html; charset=utf-8")


@pytest.fixture
def serve(monkeypatch) -> Iterator:
    monkeypatch.setenv("SUTJA_CONTACT_URL", "https://example.org/sutja-tests")
    servers = []

    def start(board: Board) -> str:
        server = HTTPServer(host="127.0.0.1", port=0, threaded=True)
        server.expect_request(re.compile(".*")).respond_with_handler(board.handle)
        server.start()
        servers.append(server)
        return f"http://127.0.0.1:{server.port}"

    yield start
    for server in servers:
        server.clear()
        server.stop()


def _js_list(with_script: bool) -> str:
    rows = "\n".join(
        f"<tr><td>{n}</td><td class='subject'><a href=\"javascript:fn_view('{n}', 'BBS_1');\">"
        f"시, 어르신 일자리 사업 제{n}호 안내</a></td><td>복지과</td><td>2026-10-0{n % 3 + 1}</td>"
        "</tr>"
        for n in range(101, 107)
    )
    script = f"<script>{LOCATION_SCRIPT}</script>" if with_script else ""
    return f"""<!DOCTYPE html><html lang="ko"><head><meta charset="utf-8"><title>보도자료</title>
{script}</head><body><ul id="gnb"><li><a href="/">홈</a></li></ul>
<table class="board"><tbody>{rows}</tbody></table></body></html>"""


def _scrape(*args: object):
    return runner.invoke(app, ["scrape", *(str(a) for a in args), "--delay", "0"])


def _figures(db: str) -> list[dict]:
    query = runner.invoke(app, ["query", "--db", db, "--kind", "money", "--format", "json"])
    assert query.exit_code == 0, query.output
    return json.loads(query.stdout)


def test_a_board_of_script_calls_with_their_function_crawls_into_figures(serve, tmp_path) -> None:
    board = Board(_js_list(with_script=True))
    base = serve(board)
    db, out = f"sqlite:///{tmp_path / 'news.db'}", tmp_path / "warc"
    links = runner.invoke(app, ["links", f"{base}/board/list.do", "--format", "jsonl"])
    assert links.exit_code == 0, links.output
    assert "rows open by script: fn_view() sets location to" in links.stderr
    result = _scrape("--list", f"{base}/board/list.do", "--out", out, "--db", db)
    assert result.exit_code == 0, result.output
    assert board.requests[("GET", "/board/view.do")] == 6
    # the list three times (links, then scrape reads it and crawls it), robots.txt per session
    assert sum(board.requests.values()) <= 6 + 3 + 3
    extracted = runner.invoke(app, ["extract", str(out), "--db", db])
    assert extracted.exit_code == 0, extracted.output
    urls = {f["url"] for f in _figures(db)}
    assert urls == {f"{base}/board/view.do?nttId={n}&bbsId=BBS_1" for n in range(101, 107)}


def test_a_board_of_script_calls_without_their_function_stops_saying_so(serve, tmp_path) -> None:
    board = Board(_js_list(with_script=False))
    base = serve(board)
    result = _scrape(
        "--list",
        f"{base}/board/list.do",
        "--out",
        tmp_path / "w",
        "--db",
        f"sqlite:///{tmp_path}/n.db",
    )
    assert result.exit_code == 2
    assert "titles open by the script call fn_view(…)" in result.output
    assert "the page does not define fn_view()" in result.output
    assert not list(tmp_path.glob("w/*.warc.gz"))
    assert sum(n for (_, path), n in board.requests.items() if "view" in path) == 0


@pytest.mark.skipif(not SHARED.is_dir(), reason=f"the shared board pages are not at {SHARED}")
def test_a_post_form_board_is_crawled_by_post_and_not_fetched_again(serve, tmp_path) -> None:
    raw = (SHARED / "yangsan" / "yangsan_press_list_p1_FRAGMENT.html").read_text("utf-8")
    ids = re.findall(r"'newsEpctNo': '(\d+)'", raw)
    assert len(ids) == 10
    board = Board(raw)
    base = serve(board)
    list_url = f"{base}/portal/saeol/news/list.do"
    db, out = f"sqlite:///{tmp_path / 'news.db'}", tmp_path / "warc"
    first = _scrape("--list", list_url, "--out", out, "--db", db)
    assert first.exit_code == 0, first.output
    assert "new articles: 10" in first.output
    assert board.requests[("POST", "/portal/saeol/news/view.do")] == 10
    assert board.requests[("GET", "/portal/saeol/news/view.do")] == 0
    assert sorted(board.bodies) == sorted(f"newsEpctNo={n}" for n in ids)
    # The archive holds each POST's request with its body, and reads back as ten articles.
    read = [item for path in sorted(out.glob("*.warc.gz")) for item in read_warc(path)]
    pages = [item for item in read if isinstance(item, RawDocument) and "view.do" in item.url]
    assert sorted(p.url for p in pages) == sorted(
        f"{base}/portal/saeol/news/view.do?newsEpctNo={n}" for n in ids
    )
    extracted = runner.invoke(app, ["extract", str(out), "--db", db])
    assert extracted.exit_code == 0, extracted.output
    with sqlite3.connect(tmp_path / "news.db") as con:
        stored = {url for (url,) in con.execute("SELECT url FROM articles")}
    assert stored == {p.url for p in pages}  # two POSTs to one action are two articles
    assert len({f["url"] for f in _figures(db)}) == 10
    posts_before = board.requests[("POST", "/portal/saeol/news/view.do")]
    again = _scrape("--list", list_url, "--out", out, "--db", db)
    assert again.exit_code == 0 and "new articles: 0" in again.output, again.output
    assert board.requests[("POST", "/portal/saeol/news/view.do")] == posts_before


@pytest.mark.skipif(not SHARED.is_dir(), reason=f"the shared board pages are not at {SHARED}")
def test_links_shows_post_rows_with_the_fields_they_send() -> None:
    page = SHARED / "yangsan" / "yangsan_press_list_p1_FRAGMENT.html"
    board = read_board(page.read_bytes(), "https://www.yangsan.go.kr/portal/saeol/news/list.do")
    assert board.problem is None and board.spec is not None
    assert all(link.method == "POST" for link in board.links)
    result = runner.invoke(
        app,
        [
            "links",
            str(page),
            "--url",
            "https://www.yangsan.go.kr/portal/saeol/news/list.do",
            "--format",
            "jsonl",
        ],
    )
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in result.stdout.splitlines() if line.startswith("{")]
    assert rows[2]["post"] == "newsEpctNo=28412"
    assert rows[2]["url"].endswith("/portal/saeol/news/view.do?newsEpctNo=28412")
    assert "rows are POST forms: 10 rows submit their fields to" in result.stderr
