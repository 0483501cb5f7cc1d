"""read_warc: WARC archives built here with warcio, whole, mixed, damaged and large."""

from __future__ import annotations

import io
import tracemalloc
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from pipeline.read.decode import MAX_PAGE_BYTES, decode_page
from pipeline.read.inputs import iter_raw_documents
from pipeline.read.warc import read_warc
from schemas.records import Failure, RawDocument

STORY = "<p>담양군은 올해 3억 5천만 원을 들여 청년 일자리 120개를 만든다고 밝혔다.</p>"


def html(title: str, body: str = STORY) -> str:
    return f"<html><head><title>{title}</title></head><body><h1>{title}</h1>{body}</body></html>"


class Archive:
    """A WARC under construction: a thin layer over warcio's writer."""

    def __init__(self, *, gzip: bool) -> None:
        self.buffer = io.BytesIO()
        self.writer = WARCWriter(self.buffer, gzip=gzip)
        self.writer.write_record(
            self.writer.create_warcinfo_record("test.warc", {"software": "sutja tests"})
        )

    def response(
        self,
        url: str,
        body: bytes,
        *,
        content_type: str | None = "text/html; charset=utf-8",
        status: str = "200 OK",
        date: str = "2024-03-05T01:02:03Z",
        extra: list[tuple[str, str]] = (),  # type: ignore[assignment]
    ) -> None:
        headers = [("Content-Type", content_type)] if content_type else []
        headers += [("Content-Length", str(len(body))), *extra]
        http = StatusAndHeaders(status, headers, protocol="HTTP/1.1")
        record = self.writer.create_warc_record(
            url,
            "response",
            payload=io.BytesIO(body),
            http_headers=http,
            warc_headers_dict={"WARC-Date": date},
        )
        self.writer.write_record(record)

    def request(self, url: str) -> None:
        http = StatusAndHeaders(
            "GET / HTTP/1.1", [("Host", "news.example.kr")], is_http_request=True
        )
        record = self.writer.create_warc_record(
            url, "request", payload=io.BytesIO(b""), http_headers=http
        )
        self.writer.write_record(record)

    def revisit(self, url: str) -> None:
        http = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1")
        record = self.writer.create_revisit_record(
            url,
            digest="sha1:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
            refers_to_uri=url,
            refers_to_date="2024-03-04T00:00:00Z",
            http_headers=http,
        )
        self.writer.write_record(record)

    def metadata(self, url: str) -> None:
        record = self.writer.create_warc_record(
            url, "metadata", payload=io.BytesIO(b"outlinks: none"), warc_content_type="text/plain"
        )
        self.writer.write_record(record)

    def save(self, path: Path) -> Path:
        path.write_bytes(self.buffer.getvalue())
        return path


def mixed_archive(gzip: bool) -> Archive:
    archive = Archive(gzip=gzip)
    archive.request("http://news.example.kr/articleView.html?idxno=1")
    archive.response(
        "http://news.example.kr/articleView.html?idxno=1",
        html("담양군 청년 일자리").encode("utf-8"),
        extra=[("Set-Cookie", "a=1"), ("set-cookie", "b=2"), ("X-Served-By", "cms")],
    )
    archive.metadata("http://news.example.kr/articleView.html?idxno=1")
    archive.response(
        "http://news.example.kr/photo/1.jpg",
        b"\xff\xd8\xff\xe0" + b"\x00" * 64,
        content_type="image/jpeg",
    )
    archive.revisit("http://news.example.kr/articleView.html?idxno=1")
    archive.response(
        "http://news.example.kr/files/plan.pdf", b"%PDF-1.7\n", content_type="application/pdf"
    )
    archive.response(
        "http://news.example.kr/articleView.html?idxno=404",
        html("페이지를 찾을 수 없습니다").encode("utf-8"),
        status="404 Not Found",
    )
    archive.response(
        "https://news.example.kr/articleView.html?idxno=2",
        html("강진군 예산 12억원", "<p>강진군은 똠방 사업에 12억원을 쓴다.</p>").encode("cp949"),
        content_type="text/html; charset=EUC-KR",
    )
    return archive


@pytest.mark.parametrize("gzip", [True, False], ids=["warc.gz", "warc"])
def test_only_html_responses_become_documents(tmp_path: Path, gzip: bool) -> None:
    path = mixed_archive(gzip).save(tmp_path / ("mixed.warc.gz" if gzip else "mixed.warc"))
    items = list(read_warc(path))
    assert [type(item).__name__ for item in items] == [
        "RawDocument",
        "Failure",
        "Failure",
        "Failure",
        "RawDocument",
    ]
    first, jpeg, pdf, missing, euc_kr = items

    assert isinstance(first, RawDocument)
    assert first.url == "http://news.example.kr/articleView.html?idxno=1"
    assert first.source.startswith(f"{path}#<urn:uuid:")
    assert first.media_type == "text/html"
    assert first.http_status == 200
    assert first.fetched_at == datetime(2024, 3, 5, 1, 2, 3, tzinfo=UTC)
    assert first.headers["content-type"] == "text/html; charset=utf-8"
    assert first.headers["set-cookie"] == "a=1, b=2"
    assert first.headers["x-served-by"] == "cms"
    assert all(key == key.lower() for key in first.headers)
    assert first.declared_encoding == "utf-8"
    assert first.body == html("담양군 청년 일자리").encode("utf-8")

    for failure, kind in ((jpeg, "image/jpeg"), (pdf, "application/pdf")):
        assert isinstance(failure, Failure)
        assert failure.stage == "read"
        assert failure.error == f"not an HTML page: {kind}"
        assert failure.not_article
        assert failure.source.startswith(f"{path}#<urn:uuid:")
    assert isinstance(missing, Failure) and missing.not_article
    assert missing.error == "HTTP 404 response, not a page"

    assert isinstance(euc_kr, RawDocument)
    assert euc_kr.declared_encoding == "EUC-KR"
    # The body comes through as archived; decoding is the cleaner's, with the declared charset.
    assert euc_kr.body == html(
        "강진군 예산 12억원", "<p>강진군은 똠방 사업에 12억원을 쓴다.</p>"
    ).encode("cp949")
    decoded = decode_page(euc_kr.body, http_charset=euc_kr.declared_encoding)
    assert "강진군은 똠방 사업에 12억원을 쓴다." in decoded.text
    assert decoded.source == "http"


def test_chunked_and_gzip_encoded_payloads_are_undone(tmp_path: Path) -> None:
    import gzip as gz

    page = html("신안군 보도자료").encode("utf-8")
    chunked = (
        b"".join(f"{len(part):x}\r\n".encode() + part + b"\r\n" for part in (page[:50], page[50:]))
        + b"0\r\n\r\n"
    )
    archive = Archive(gzip=True)
    archive.response("https://example.kr/1", chunked, extra=[("Transfer-Encoding", "chunked")])
    archive.response(
        "https://example.kr/2", gz.compress(page), extra=[("Content-Encoding", "gzip")]
    )
    items = list(read_warc(archive.save(tmp_path / "encoded.warc.gz")))
    assert [item.body for item in items if isinstance(item, RawDocument)] == [page, page]


def test_response_without_content_type_is_tried_as_a_page(tmp_path: Path) -> None:
    archive = Archive(gzip=False)
    archive.response("https://example.kr/1", html("무안군").encode("utf-8"), content_type=None)
    (item,) = read_warc(archive.save(tmp_path / "bare.warc"))
    assert isinstance(item, RawDocument)
    assert item.declared_encoding is None


def test_refusals_inside_a_warc(tmp_path: Path) -> None:
    archive = Archive(gzip=True)
    archive.response("https://example.kr/empty", b"  \n")
    archive.response("https://example.kr/png", b"\x89PNG\r\n\x1a\n" + b"\x00" * 32)
    archive.response("https://example.kr/huge", b"<p>" + b"a" * MAX_PAGE_BYTES)
    archive.response("https://example.kr/after", html("고흥군").encode("utf-8"))
    empty, png, huge, after = read_warc(archive.save(tmp_path / "bad.warc.gz"))
    assert isinstance(empty, Failure) and empty.not_article and empty.error == "empty page"
    assert isinstance(png, Failure) and not png.not_article
    assert png.error == "binary data (a PNG image), not an HTML page"
    assert isinstance(huge, Failure) and not huge.not_article
    assert huge.error == "page is 10.0 MB, larger than the 10 MB limit"
    assert isinstance(after, RawDocument) and after.url == "https://example.kr/after"


@pytest.mark.parametrize("gzip", [True, False], ids=["warc.gz", "warc"])
def test_truncated_archive_gives_the_records_before_the_damage_then_one_failure(
    tmp_path: Path, gzip: bool
) -> None:
    archive = Archive(gzip=gzip)
    pages = [html(f"완도군 보도자료 {n}", STORY * 50).encode("utf-8") for n in range(3)]
    for n, page in enumerate(pages):
        archive.response(f"https://example.kr/{n}", page)
    whole = archive.buffer.getvalue()
    path = tmp_path / ("cut.warc.gz" if gzip else "cut.warc")
    path.write_bytes(whole[: len(whole) - 200])
    items = list(read_warc(path))
    assert [item.body for item in items[:-1]] == pages[:2]  # type: ignore[union-attr]
    failure = items[-1]
    assert isinstance(failure, Failure)
    assert failure.source == str(path)
    assert failure.stage == "read" and not failure.not_article
    # warcinfo + two whole responses came through before the damage.
    assert failure.error.startswith("truncated or corrupt WARC after 3 records: ")
    assert "\n" not in failure.error


def test_every_cut_of_an_archive_is_noticed(tmp_path: Path) -> None:
    archive = Archive(gzip=False)
    for n in range(2):
        archive.response(f"https://example.kr/{n}", html(f"해남군 {n}").encode("utf-8"))
    whole = archive.buffer.getvalue()
    # A cut that only loses the blank lines closing a record leaves every record whole.
    record_ends = [i for i in range(len(whole)) if whole.startswith(b"\r\n\r\nWARC/1.0", i)]
    whole_records = {i + k for i in [*record_ends, len(whole) - 4] for k in range(5)}
    path = tmp_path / "cut.warc"
    for cut in range(1, len(whole), 7):
        path.write_bytes(whole[:cut])
        items = list(read_warc(path))
        if cut in whole_records:
            assert all(isinstance(item, RawDocument) for item in items), cut
            continue
        assert isinstance(items[-1], Failure), cut
        assert items[-1].error.startswith("truncated or corrupt WARC"), cut
        assert all(isinstance(item, RawDocument) for item in items[:-1]), cut


def test_not_a_warc_at_all(tmp_path: Path) -> None:
    path = tmp_path / "page.warc"
    path.write_bytes(html("진도군").encode("utf-8"))
    (failure,) = read_warc(path)
    assert isinstance(failure, Failure)
    assert failure.error.startswith("truncated or corrupt WARC after 0 records: ")


def test_empty_warc_file(tmp_path: Path) -> None:
    path = tmp_path / "empty.warc.gz"
    path.write_bytes(b"")
    (failure,) = read_warc(path)
    assert isinstance(failure, Failure) and failure.not_article
    assert failure.error == "empty WARC: no records"


def test_a_damaged_archive_does_not_stop_the_batch(tmp_path: Path) -> None:
    good = mixed_archive(gzip=True).buffer.getvalue()
    (tmp_path / "a-damaged.warc.gz").write_bytes(good[:-150])
    (tmp_path / "b-good.warc.gz").write_bytes(good)
    items = list(iter_raw_documents([tmp_path]))
    damaged = [i for i in items if i.source.startswith(str(tmp_path / "a-damaged.warc.gz"))]
    later = [i for i in items if i.source.startswith(str(tmp_path / "b-good.warc.gz"))]
    assert isinstance(damaged[-1], Failure) and damaged[-1].error.startswith("truncated")
    assert [type(i).__name__ for i in later] == [
        "RawDocument",
        "Failure",
        "Failure",
        "Failure",
        "RawDocument",
    ]


def test_a_large_archive_is_read_record_by_record(tmp_path: Path) -> None:
    archive = Archive(gzip=True)
    page = html("여수시", STORY * 5000).encode("utf-8")  # ≈ 0.5 MB a page, 10 MB in all
    for n in range(20):
        archive.response(f"https://example.kr/{n}", page)
    path = archive.save(tmp_path / "large.warc.gz")
    del archive

    def bodies() -> Iterator[int]:
        for item in read_warc(path):
            assert isinstance(item, RawDocument)
            yield len(item.body)

    tracemalloc.start()
    try:
        sizes = list(bodies())
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert sizes == [len(page)] * 20
    assert peak < 4 * len(page)  # a few pages' worth, never the whole archive
