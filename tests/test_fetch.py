"""The polite session against servers on 127.0.0.1: robots.txt and Crawl-delay, the per-host
delay, retries (503, 429 with Retry-After, read timeouts, connection resets), redirects kept on
the site, refusals by size and type; and pages archived to WARC byte for byte."""

from __future__ import annotations

import gzip
import socket
import threading
import time
from collections.abc import Iterator
from itertools import pairwise
from pathlib import Path

import pytest
from pytest_httpserver import HTTPServer
from warcio.archiveiterator import ArchiveIterator
from werkzeug import Request, Response

from pipeline.read.warc import read_warc
from pipeline.scrape.codings import decode_content
from pipeline.scrape.fetch import (
    FetchPolicy,
    PoliteSession,
    crawl_delay,
    sutja_version,
    user_agent,
)
from pipeline.scrape.warc_out import WarcOutput

# Fast but real: tests wait tenths of a second where a crawl waits seconds.
FAST = FetchPolicy(
    delay=0.0,
    connect_timeout=2.0,
    read_timeout=2.0,
    total_timeout=10.0,
    retries=2,
    backoff=0.1,
    max_backoff=0.5,
    max_retry_after=5.0,
)
PAGE = "<html><body><p>한빛시는 올해 청년 일자리 1,200개를 만든다.</p></body></html>"


def fast(**changes: object) -> FetchPolicy:
    from dataclasses import replace

    return replace(FAST, **changes)  # type: ignore[arg-type]


@pytest.fixture
def server() -> Iterator[HTTPServer]:
    srv = HTTPServer(host="127.0.0.1", port=0, threaded=True)
    srv.start()
    try:
        yield srv
    finally:
        srv.clear()
        if srv.is_running():
            srv.stop()


def no_robots(server: HTTPServer) -> None:
    server.expect_request("/robots.txt").respond_with_data("", status=404)


def stamped(body: str = PAGE):
    """A handler that notes when each request arrives (in `.stamps`)."""
    stamps: list[float] = []

    def handle(request: Request) -> Response:
        stamps.append(time.monotonic())
        return Response(body, content_type="text/html; charset=utf-8")

    handle.stamps = stamps  # type: ignore[attr-defined]
    return handle


def gaps(times: list[float]) -> list[float]:
    return [b - a for a, b in pairwise(times)]


# -- identity ---------------------------------------------------------------------------------


def test_user_agent_names_sutja_its_version_and_the_contact(server):
    no_robots(server)
    server.expect_request("/a").respond_with_data(PAGE, content_type="text/html")
    contact = "https://example.org/sutja-crawler"
    with PoliteSession(fast(contact_url=contact)) as session:
        assert session.fetch(server.url_for("/a")).ok
    sent = {request.headers["User-Agent"] for request, _ in server.log}
    assert sent == {f"sutja/{sutja_version()} (+{contact})"}
    assert user_agent(None) == f"sutja/{sutja_version()}"


# -- robots.txt ---------------------------------------------------------------------------------


def test_robots_disallow_is_obeyed_and_allowed_paths_are_fetched(server):
    server.expect_request("/robots.txt").respond_with_data(
        "User-agent: *\nDisallow: /private/\n\nUser-agent: sutja\nDisallow: /bots-out/\n",
        content_type="text/plain",
    )
    server.expect_request("/news/1").respond_with_data(PAGE, content_type="text/html")
    with PoliteSession(FAST) as session:
        blocked = session.fetch(server.url_for("/bots-out/2"))
        public = session.fetch(server.url_for("/news/1"))
    assert blocked.outcome == "robots"
    assert "robots.txt disallows" in (blocked.reason or "")
    assert public.ok
    paths = [request.path for request, _ in server.log]
    assert paths == ["/robots.txt", "/news/1"]  # robots.txt read once; the blocked page never


def test_ignoring_robots_fetches_a_disallowed_page_without_reading_robots(server):
    server.expect_request("/robots.txt").respond_with_data(
        "User-agent: *\nDisallow: /\n", content_type="text/plain"
    )
    server.expect_request("/news/1").respond_with_data(PAGE, content_type="text/html")
    with PoliteSession(fast(obey_robots=False)) as session:
        assert session.fetch(server.url_for("/news/1")).ok
    assert [request.path for request, _ in server.log] == ["/news/1"]


def test_a_redirected_robots_txt_is_followed_and_obeyed(server):
    server.expect_request("/robots.txt").respond_with_data(
        "", status=301, headers={"Location": "/policy/robots.txt"}
    )
    server.expect_request("/policy/robots.txt").respond_with_data(
        "User-agent: *\nDisallow: /private/\n", content_type="text/plain"
    )
    server.expect_request("/news/1").respond_with_data(PAGE, content_type="text/html")
    with PoliteSession(FAST) as session:
        assert session.fetch(server.url_for("/private/1")).outcome == "robots"
        assert session.fetch(server.url_for("/news/1")).ok


def test_a_missing_robots_txt_allows_everything(server):
    no_robots(server)
    server.expect_request("/news/1").respond_with_data(PAGE, content_type="text/html")
    with PoliteSession(FAST) as session:
        assert session.fetch(server.url_for("/news/1")).ok


def test_an_unreachable_robots_txt_forbids_the_site_for_the_run(server):
    server.expect_request("/robots.txt").respond_with_data("busy", status=503)
    server.expect_request("/news/1").respond_with_data(PAGE, content_type="text/html")
    with PoliteSession(fast(retries=1)) as session:
        result = session.fetch(server.url_for("/news/1"))
        again = session.fetch(server.url_for("/news/2"))
    assert result.outcome == again.outcome == "robots"
    assert "503" in (result.reason or "")
    paths = [request.path for request, _ in server.log]
    assert paths == ["/robots.txt", "/robots.txt"]  # one retry of robots.txt, no page


def test_crawl_delay_spaces_requests_even_when_the_delay_option_is_shorter(server):
    server.expect_request("/robots.txt").respond_with_data(
        "User-agent: *\nCrawl-delay: 0.4\n", content_type="text/plain"
    )
    handler = stamped()
    server.expect_request("/news/1").respond_with_handler(handler)
    with PoliteSession(fast(delay=0.1)) as session:
        assert session.delay_for(server.url_for("/")) == pytest.approx(0.4)
        for _ in range(3):
            assert session.fetch(server.url_for("/news/1")).ok
    measured = gaps(handler.stamps)
    assert len(measured) == 2
    assert min(measured) >= 0.4


def test_the_delay_option_spaces_requests_when_robots_says_nothing(server):
    no_robots(server)
    handler = stamped()
    server.expect_request("/news/1").respond_with_handler(handler)
    started = time.monotonic()
    with PoliteSession(fast(delay=0.25)) as session:
        for _ in range(4):
            assert session.fetch(server.url_for("/news/1")).ok
    measured = gaps(handler.stamps)
    assert min(measured) >= 0.25
    assert time.monotonic() - started < 3.0


@pytest.mark.parametrize(
    ("robots", "delay"),
    [
        ("User-agent: *\nCrawl-delay: 5\n", 5.0),
        ("User-agent: sutja\nCrawl-delay: 0.5\n\nUser-agent: *\nCrawl-delay: 10\n", 0.5),
        ("User-agent: Googlebot\nUser-agent: sutja\nCrawl-delay: 2 # 봇 공통\n", 2.0),
        ("User-agent: Googlebot\nCrawl-delay: 9\n", None),
        ("User-agent: *\nCrawl-delay: 빠르게\n", None),
        ("Crawl-delay: 3\n", None),
    ],
)
def test_crawl_delay_is_read_for_sutja_else_for_everyone(robots, delay):
    assert crawl_delay(robots) == delay


# -- retries ---------------------------------------------------------------------------------


def sequence(*responses: Response):
    """A handler answering with each response in turn, then the last one for ever."""
    answers = list(responses)
    stamps: list[float] = []

    def handle(request: Request) -> Response:
        stamps.append(time.monotonic())
        return answers.pop(0) if len(answers) > 1 else answers[0]

    handle.stamps = stamps  # type: ignore[attr-defined]
    return handle


def html(body: str = PAGE, status: int = 200, **headers: str) -> Response:
    return Response(body, status=status, content_type="text/html; charset=utf-8", headers=headers)


def test_a_503_is_retried_after_at_least_the_delay_then_succeeds(server):
    no_robots(server)
    handler = sequence(html("점검 중", 503), html())
    server.expect_request("/news/1").respond_with_handler(handler)
    with PoliteSession(fast(delay=0.3)) as session:
        result = session.fetch(server.url_for("/news/1"))
    assert result.ok and result.attempts == 2
    assert result.exchange is not None and "1,200개" in result.exchange.body.decode()
    assert gaps(handler.stamps)[0] >= 0.3


def test_a_page_that_keeps_failing_reports_its_status_and_attempts(server):
    no_robots(server)
    handler = sequence(html("오류", 500))
    server.expect_request("/news/1").respond_with_handler(handler)
    with PoliteSession(fast(retries=2)) as session:
        result = session.fetch(server.url_for("/news/1"))
    assert result.outcome == "failed"
    assert result.status == 500
    assert result.reason == "HTTP 500 after 3 attempts"
    assert len(handler.stamps) == 3
    # Exponential backoff: the second wait is at least the first.
    first, second = gaps(handler.stamps)
    assert second >= first * 0.9


def test_a_404_is_not_retried(server):
    no_robots(server)
    handler = sequence(html("없음", 404))
    server.expect_request("/news/1").respond_with_handler(handler)
    with PoliteSession(FAST) as session:
        result = session.fetch(server.url_for("/news/1"))
    assert (result.outcome, result.reason) == ("failed", "HTTP 404")
    assert len(handler.stamps) == 1


def test_429_waits_as_long_as_retry_after_says(server):
    no_robots(server)
    handler = sequence(html("천천히", 429, **{"Retry-After": "1"}), html())
    server.expect_request("/news/1").respond_with_handler(handler)
    with PoliteSession(FAST) as session:
        result = session.fetch(server.url_for("/news/1"))
    assert result.ok and result.attempts == 2
    assert gaps(handler.stamps)[0] >= 1.0


def test_a_retry_after_beyond_the_limit_is_not_waited_for(server):
    no_robots(server)
    handler = sequence(html("내일 오세요", 429, **{"Retry-After": "3600"}))
    server.expect_request("/news/1").respond_with_handler(handler)
    started = time.monotonic()
    with PoliteSession(fast(max_retry_after=5.0)) as session:
        result = session.fetch(server.url_for("/news/1"))
    assert result.outcome == "failed"
    assert "Retry-After 3600 s is over the 5 s limit" in (result.reason or "")
    assert len(handler.stamps) == 1
    assert time.monotonic() - started < 10.0  # far below the 3600 s it was told to wait


def slow_then_fast(seconds: float, slow_times: int):
    calls: list[float] = []

    def handle(request: Request) -> Response:
        calls.append(time.monotonic())
        if len(calls) <= slow_times:
            time.sleep(seconds)
        return html()

    handle.calls = calls  # type: ignore[attr-defined]
    return handle


def test_a_read_timeout_is_retried(server):
    no_robots(server)
    handler = slow_then_fast(1.0, slow_times=1)
    server.expect_request("/news/1").respond_with_handler(handler)
    with PoliteSession(fast(read_timeout=0.3)) as session:
        result = session.fetch(server.url_for("/news/1"))
    assert result.ok and result.attempts == 2


def test_a_page_that_always_times_out_fails_with_the_reason_in_bounded_time(server):
    no_robots(server)
    handler = slow_then_fast(1.0, slow_times=99)
    server.expect_request("/news/1").respond_with_handler(handler)
    started = time.monotonic()
    with PoliteSession(fast(read_timeout=0.3, retries=1)) as session:
        result = session.fetch(server.url_for("/news/1"))
    elapsed = time.monotonic() - started
    assert result.outcome == "failed"
    assert (result.reason or "").startswith("read timeout")
    assert len(handler.calls) == 2
    assert elapsed < 5.0  # two 0.3 s timeouts and one backoff, never a hang


class ResettingServer:
    """A raw TCP server that reads each request and resets the first `resets` connections
    (RST, via SO_LINGER 0), then answers with a page."""

    def __init__(self, resets: int) -> None:
        self.resets = resets
        self.connections = 0
        self.sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(8)
        self.sock.settimeout(0.2)
        self.port = self.sock.getsockname()[1]
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._serve, daemon=True)
        self._thread.start()

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self.port}{path}"

    def _serve(self) -> None:
        while not self._stop.is_set():
            try:
                conn, _ = self.sock.accept()
            except TimeoutError:
                continue
            with conn:
                conn.settimeout(2)
                data = b""
                while b"\r\n\r\n" not in data:
                    chunk = conn.recv(4096)
                    if not chunk:
                        break
                    data += chunk
                path = data.split(b" ", 2)[1] if data.count(b" ") >= 2 else b""
                if path == b"/robots.txt":
                    conn.sendall(b"HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\n\r\n")
                    continue
                self.connections += 1
                if self.connections <= self.resets:
                    conn.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, b"\x01\0\0\0\0\0\0\0")
                    continue  # closing now sends RST
                body = PAGE.encode()
                conn.sendall(
                    b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n"
                    b"Connection: close\r\nContent-Length: %d\r\n\r\n" % len(body) + body
                )

    def close(self) -> None:
        self._stop.set()
        self._thread.join(timeout=2)
        self.sock.close()


@pytest.fixture
def resetting() -> Iterator[ResettingServer]:
    servers: list[ResettingServer] = []

    def make(resets: int) -> ResettingServer:
        servers.append(ResettingServer(resets))
        return servers[-1]

    yield make  # type: ignore[misc]
    for srv in servers:
        srv.close()


def test_a_connection_reset_is_retried(resetting):
    srv = resetting(resets=1)
    with PoliteSession(FAST) as session:
        result = session.fetch(srv.url("/news/1"))
    assert result.ok and result.attempts == 2
    assert srv.connections == 2


def test_a_connection_that_keeps_resetting_fails_with_the_reason(resetting):
    srv = resetting(resets=99)
    with PoliteSession(fast(retries=2)) as session:
        result = session.fetch(srv.url("/news/1"))
    assert result.outcome == "failed"
    assert (result.reason or "").startswith("connection reset")
    assert srv.connections == 3


def test_a_refused_connection_fails_without_hanging():
    probe = socket.socket()
    probe.bind(("127.0.0.1", 0))
    port = probe.getsockname()[1]
    probe.close()  # nothing listens there now
    started = time.monotonic()
    with PoliteSession(fast(retries=1)) as session:
        result = session.fetch(f"http://127.0.0.1:{port}/news/1")
    assert result.outcome == "robots"  # robots.txt unreachable: the site is off limits
    assert "unreachable" in (result.reason or "")
    assert time.monotonic() - started < 3.0


# -- redirects and refusals --------------------------------------------------------------------


def test_a_redirect_within_the_site_is_followed(server):
    no_robots(server)
    server.expect_request("/old").respond_with_data(
        "", status=301, headers={"Location": "/news/view.do?idx=7"}
    )
    server.expect_request("/news/view.do").respond_with_data(PAGE, content_type="text/html")
    with PoliteSession(FAST) as session:
        result = session.fetch(server.url_for("/old"))
    assert result.ok
    assert result.redirects == [server.url_for("/old")]
    assert result.final_url == server.url_for("/news/view.do?idx=7")


def test_a_redirect_to_another_host_is_refused(server):
    other = HTTPServer(host="127.0.0.1", port=0)
    other.start()
    try:
        other.expect_request("/landing").respond_with_data(PAGE, content_type="text/html")
        # "localhost" is another host name than 127.0.0.1, although the same machine.
        elsewhere = f"http://localhost:{other.port}/landing"
        no_robots(server)
        server.expect_request("/out").respond_with_data(
            "", status=302, headers={"Location": elsewhere}
        )
        with PoliteSession(FAST) as session:
            result = session.fetch(server.url_for("/out"))
        assert result.outcome == "refused"
        assert result.reason == (
            f"redirect to another host refused: {server.url_for('/out')} → {elsewhere}"
        )
        assert list(other.log) == []
    finally:
        other.stop()


def test_a_redirect_to_a_listed_host_is_followed(server):
    no_robots(server)
    server.expect_request("/landing").respond_with_data(PAGE, content_type="text/html")
    start = HTTPServer(host="127.0.0.1", port=0)
    start.start()
    try:
        start.expect_request("/robots.txt").respond_with_data("", status=404)
        start.expect_request("/go").respond_with_data(
            "", status=302, headers={"Location": f"http://localhost:{server.port}/landing"}
        )
        with PoliteSession(FAST) as session:
            result = session.fetch(start.url_for("/go"), allowed_hosts=["127.0.0.1", "localhost"])
        assert result.ok
    finally:
        start.stop()


def test_a_non_html_page_is_refused(server):
    no_robots(server)
    server.expect_request("/hwp").respond_with_data(
        b"\xd0\xcf\x11\xe0", content_type="application/x-hwp"
    )
    with PoliteSession(FAST) as session:
        result = session.fetch(server.url_for("/hwp"))
    assert (result.outcome, result.reason) == (
        "refused",
        "not a page: Content-Type application/x-hwp",
    )


def test_a_page_over_the_size_limit_is_refused_by_its_declared_length(server):
    no_robots(server)
    server.expect_request("/big").respond_with_data("가" * 4000, content_type="text/html")
    with PoliteSession(fast(max_bytes=10_000)) as session:
        result = session.fetch(server.url_for("/big"))
    assert result.outcome == "refused"
    assert result.reason == "too large: Content-Length 12000 bytes over the 10000 byte limit"


def test_a_chunked_page_over_the_size_limit_is_refused_while_reading(server):
    no_robots(server)

    def chunks() -> Iterator[bytes]:
        for _ in range(50):
            yield ("가" * 1000).encode()

    server.expect_request("/stream").respond_with_response(
        Response(chunks(), content_type="text/html; charset=utf-8")
    )
    with PoliteSession(fast(max_bytes=10_000)) as session:
        result = session.fetch(server.url_for("/stream"))
    assert (result.outcome, result.reason) == ("refused", "too large: over the 10000 byte limit")


def test_a_conditional_get_answered_304_says_not_modified(server):
    no_robots(server)
    etag = '"v1"'

    def handle(request: Request) -> Response:
        if request.headers.get("If-None-Match") == etag:
            return Response(status=304, headers={"ETag": etag})
        return html(ETag=etag)

    server.expect_request("/list").respond_with_handler(handle)
    with PoliteSession(FAST) as session:
        first = session.fetch(server.url_for("/list"))
        second = session.fetch(server.url_for("/list"), etag=first.exchange.header("ETag"))
        since = session.fetch(
            server.url_for("/list"), last_modified="Wed, 20 Mar 2024 00:00:00 GMT"
        )
    assert first.ok and second.outcome == "not_modified" and since.ok
    sent = [r.headers.get("If-Modified-Since") for r, _ in server.log if r.path == "/list"]
    assert sent == [None, None, "Wed, 20 Mar 2024 00:00:00 GMT"]


# -- archiving ---------------------------------------------------------------------------------

EUC_KR_PAGE = (
    '<html><head><meta http-equiv="Content-Type" content="text/html; charset=euc-kr">'
    "<title>한빛시 보도자료</title></head><body><p>한빛시는 올해 예산 4,222억원을 편성했다. "
    "똠방각하 펲시 뷁</p></body></html>"
).encode("cp949")


def warc_payloads(folder: Path) -> list[tuple[str, bytes, bytes]]:
    """(target URI, payload as stored, payload as warcio decodes it) of every response."""
    found = []
    for path in sorted(folder.glob("*.warc.gz")):
        for decode in (False, True):
            with path.open("rb") as handle:
                responses = [r for r in ArchiveIterator(handle) if r.rec_type == "response"]
            # warcio's records read lazily: read each while its file is open.
            with path.open("rb") as handle:
                for i, record in enumerate(
                    r for r in ArchiveIterator(handle) if r.rec_type == "response"
                ):
                    stream = record.content_stream() if decode else record.raw_stream
                    data = stream.read()
                    if decode:
                        uri, raw, _ = found[-len(responses) + i]
                        found[-len(responses) + i] = (uri, raw, data)
                    else:
                        uri = record.rec_headers.get_header("WARC-Target-URI")
                        found.append((uri, data, b""))
    return found


def test_an_euc_kr_page_is_archived_byte_for_byte(server, tmp_path):
    no_robots(server)
    server.expect_request("/euckr").respond_with_data(
        EUC_KR_PAGE, content_type="text/html; charset=euc-kr"
    )
    with PoliteSession(FAST) as session, WarcOutput(tmp_path) as out:
        result = session.fetch(server.url_for("/euckr"))
        assert result.exchange is not None
        written = out.write(result.exchange)
    ((uri, raw, decoded),) = warc_payloads(tmp_path)
    assert uri == server.url_for("/euckr")
    assert raw == decoded == EUC_KR_PAGE
    assert written.size == written.path.stat().st_size - _warcinfo_size(written.path)
    # The WARC reader of `sutja extract` gets the same bytes and the declared charset.
    (doc,) = [d for d in read_warc(written.path) if hasattr(d, "body")]
    assert doc.body == EUC_KR_PAGE
    assert doc.declared_encoding == "euc-kr"
    assert doc.url == server.url_for("/euckr")


def _warcinfo_size(path: Path) -> int:
    with path.open("rb") as handle:
        iterator = ArchiveIterator(handle)
        for record in iterator:
            assert record.rec_type == "warcinfo"
            record.raw_stream.read()
            return iterator.get_record_length() + iterator.get_record_offset()
    raise AssertionError("no warcinfo")


def test_a_gzip_encoded_page_is_archived_encoded_and_reads_back_decoded(server, tmp_path):
    no_robots(server)
    encoded = gzip.compress(EUC_KR_PAGE)
    server.expect_request("/gz").respond_with_data(
        encoded,
        content_type="text/html; charset=euc-kr",
        headers={"Content-Encoding": "gzip"},
    )
    with PoliteSession(FAST) as session, WarcOutput(tmp_path) as out:
        result = session.fetch(server.url_for("/gz"))
        assert result.exchange is not None
        assert result.exchange.body == encoded
        assert result.exchange.content() == EUC_KR_PAGE
        out.write(result.exchange)
    ((_, raw, decoded),) = warc_payloads(tmp_path)
    assert raw == encoded
    assert decoded == EUC_KR_PAGE


def test_request_and_response_records_are_linked(server, tmp_path):
    no_robots(server)
    server.expect_request("/news/1").respond_with_data(PAGE, content_type="text/html")
    with PoliteSession(FAST) as session, WarcOutput(tmp_path) as out:
        result = session.fetch(server.url_for("/news/1"))
        assert result.exchange is not None
        out.write(result.exchange)
    (path,) = tmp_path.glob("*.warc.gz")
    with path.open("rb") as handle:
        records = [(r.rec_type, r.rec_headers, r.http_headers) for r in ArchiveIterator(handle)]
    assert [kind for kind, _, _ in records] == ["warcinfo", "response", "request"]
    response_id = records[1][1].get_header("WARC-Record-ID")
    assert records[2][1].get_header("WARC-Concurrent-To") == response_id
    assert records[2][2].protocol == "GET"
    assert records[2][2].statusline.startswith("/news/1")
    assert records[2][2].get_header("User-Agent").startswith("sutja/")
    assert records[1][2].get_statuscode() == "200"


def test_warc_files_rotate_by_size_and_every_page_reads_back(server, tmp_path):
    no_robots(server)
    server.expect_request("/news/1").respond_with_data(PAGE * 20, content_type="text/html")
    with PoliteSession(FAST) as session, WarcOutput(tmp_path, max_file_bytes=2_000) as out:
        for _ in range(5):
            result = session.fetch(server.url_for("/news/1"))
            assert result.exchange is not None
            out.write(result.exchange)
    files = sorted(tmp_path.glob("*.warc.gz"))
    assert len(files) >= 3
    docs = [d for f in files for d in read_warc(f)]
    assert len(docs) == 5
    assert all(getattr(d, "body", None) == (PAGE * 20).encode() for d in docs)


@pytest.mark.parametrize(
    ("coding", "encode"),
    [
        ("gzip", gzip.compress),
        ("x-gzip", gzip.compress),
        ("deflate", lambda b: __import__("zlib").compress(b)),
        ("deflate", lambda b: __import__("zlib").compress(b)[2:-4]),  # raw deflate
        ("", lambda b: b),
        ("identity", lambda b: b),
    ],
)
def test_content_codings_are_undone(coding, encode):
    assert decode_content(encode(EUC_KR_PAGE), coding) == EUC_KR_PAGE


def test_an_unknown_content_coding_is_an_error():
    with pytest.raises(ValueError, match="unsupported Content-Encoding 'br'"):
        decode_content(b"...", "br")
