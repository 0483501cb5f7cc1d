"""Pages as inputs: `.html`/`.htm` files and `.warc`/`.warc.gz` archives through
iter_raw_documents, and end to end through `sutja extract` and `sutja export`."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from pipeline.read.decode import MAX_PAGE_BYTES
from pipeline.read.inputs import iter_raw_documents, reader_for
from schemas.records import Failure, RawDocument

ARTICLE_URL = "https://news.example.kr/articleView.html?idxno=123"
TITLE = "나주시, 청년 창업에 3억 5천만 원 투입"
PARAGRAPHS = [
    "나주시는 올해 청년 창업 지원 사업에 3억 5천만 원을 투입한다고 12일 밝혔다.",
    "시는 이번 사업으로 고용률 67% 달성을 목표로 하고 있으며, 창업 기업 40곳을 새로 지원한다.",
    "시 관계자는 청년들이 지역에 정착할 수 있도록 지원을 늘리겠다고 말했다.",
]
ARTICLE_HTML = f"""<!doctype html>
<html lang="ko"><head>
<meta charset="utf-8">
<title>{TITLE} - 나주뉴스</title>
<link rel="canonical" href="{ARTICLE_URL}">
<meta property="og:title" content="{TITLE}">
<meta property="article:published_time" content="2024-03-12T09:30:00+09:00">
</head><body>
<header><nav><a href="/">홈</a> <a href="/news">뉴스</a></nav></header>
<article>
<h1>{TITLE}</h1>
<p class="date">입력 2024.03.12 09:30</p>
{"".join(f"<p>{p}</p>" for p in PARAGRAPHS)}
</article>
<footer>저작권자 © 나주뉴스 무단전재 및 재배포 금지</footer>
</body></html>
"""


def write_warc(path: Path, pages: list[tuple[str, bytes, str]], *, gzip: bool = True) -> Path:
    """A WARC of one request + response pair per (url, body, content type)."""
    with path.open("wb") as handle:
        writer = WARCWriter(handle, gzip=gzip)
        for url, body, content_type in pages:
            request = StatusAndHeaders("GET / HTTP/1.1", [("Host", "x")], is_http_request=True)
            writer.write_record(
                writer.create_warc_record(
                    url, "request", payload=io.BytesIO(b""), http_headers=request
                )
            )
            response = StatusAndHeaders(
                "200 OK", [("Content-Type", content_type)], protocol="HTTP/1.1"
            )
            writer.write_record(
                writer.create_warc_record(
                    url, "response", payload=io.BytesIO(body), http_headers=response
                )
            )
    return path


# -- .html / .htm ----------------------------------------------------------------------------


def test_html_file_is_one_raw_document_of_bytes(tmp_path: Path) -> None:
    body = ARTICLE_HTML.encode("utf-8")
    path = tmp_path / "naju.html"
    path.write_bytes(body)
    (raw,) = iter_raw_documents([path])
    assert isinstance(raw, RawDocument)
    assert raw.source == str(path)
    assert raw.body == body
    assert raw.media_type == "text/html"
    assert raw.url is None and raw.http_status is None and raw.headers == {}
    assert raw.declared_encoding is None


def test_htm_file_in_cp949_keeps_its_bytes(tmp_path: Path) -> None:
    page = ARTICLE_HTML.replace('charset="utf-8"', 'charset="euc-kr"').replace("©", "ⓒ")
    body = page.encode("cp949")
    path = tmp_path / "NAJU.HTM"
    path.write_bytes(body)
    (raw,) = iter_raw_documents([path])
    assert isinstance(raw, RawDocument) and raw.body == body


def test_html_over_the_size_limit_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "huge.html"
    with path.open("wb") as handle:
        handle.write(b"<html><body>")
        handle.write(b"<p>" + "가".encode() * (MAX_PAGE_BYTES // 3) + b"</p>")
    (failure,) = iter_raw_documents([path])
    assert isinstance(failure, Failure)
    assert failure.source == str(path) and failure.stage == "read"
    assert failure.error == "page is 10.0 MB, larger than the 10 MB limit"
    assert not failure.not_article


def test_binary_file_named_html_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "photo.html"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    (failure,) = iter_raw_documents([path])
    assert isinstance(failure, Failure)
    assert failure.error == "binary data (a PNG image), not an HTML page"
    assert not failure.not_article


def test_empty_html_file_is_not_an_article(tmp_path: Path) -> None:
    path = tmp_path / "empty.html"
    path.write_bytes(b"\n  \n")
    (failure,) = iter_raw_documents([path])
    assert isinstance(failure, Failure)
    assert failure.error == "empty page" and failure.not_article


# -- folders -----------------------------------------------------------------------------------


def test_folder_walk_reads_pages_and_archives_in_sorted_order(tmp_path: Path) -> None:
    page = ARTICLE_HTML.encode("utf-8")
    (tmp_path / "b.html").write_bytes(page)
    (tmp_path / "a.htm").write_bytes(page)
    (tmp_path / "c.txt").write_text("목포시는 5억원을 지원한다.\n", encoding="utf-8")
    (tmp_path / "d.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    (tmp_path / ".hidden.html").write_bytes(page)
    (tmp_path / "notes.gz").write_bytes(b"\x1f\x8b")
    sub = tmp_path / "crawl"
    sub.mkdir()
    write_warc(sub / "2.warc", [("http://news.example.kr/2", page, "text/html")], gzip=False)
    write_warc(sub / "1.warc.gz", [("http://news.example.kr/1", page, "text/html")])
    write_warc(sub / "3.WARC.GZ", [("http://news.example.kr/3", page, "text/html")])
    items = list(iter_raw_documents([tmp_path]))
    assert all(isinstance(item, RawDocument) for item in items)
    assert [Path(item.source.split("#")[0]).name for item in items] == [
        "a.htm",
        "b.html",
        "c.txt",
        "1.warc.gz",
        "2.warc",
        "3.WARC.GZ",
    ]
    assert [item.url for item in items[3:]] == [
        "http://news.example.kr/1",
        "http://news.example.kr/2",
        "http://news.example.kr/3",
    ]


@pytest.mark.parametrize(
    ("name", "registered"),
    [
        ("page.html", True),
        ("page.HTM", True),
        ("crawl.warc", True),
        ("crawl-00001.warc.gz", True),
        ("crawl.gz", False),
        ("page.html.gz", False),
        ("page.mhtml", False),
    ],
)
def test_readers_by_extension(name: str, registered: bool) -> None:
    assert (reader_for(Path(name)) is not None) == registered


# -- end to end --------------------------------------------------------------------------------


def test_same_article_from_html_and_warc_is_stored_once(tmp_path: Path, db_url: str) -> None:
    pytest.importorskip("pipeline.clean.html", reason="the HTML cleaner is not written yet")
    from pipeline.cli import app
    from pipeline.run.engine import run_extract
    from pipeline.store.db import Store

    inputs = tmp_path / "inputs"
    inputs.mkdir()
    page = ARTICLE_HTML.encode("utf-8")
    (inputs / "a-naju.html").write_bytes(page)
    write_warc(
        inputs / "b-crawl.warc.gz",
        [
            (
                "http://news.example.kr/articleView.html?idxno=123#top",
                page,
                "text/html; charset=utf-8",
            ),
            ("http://news.example.kr/logo.png", b"\x89PNG\r\n\x1a\n", "image/png"),
        ],
    )
    store = Store.open(db_url)
    try:
        summary = run_extract([str(inputs)], store)
    finally:
        store.close()
    assert summary.counts() == {
        "read": 3,
        "inserted": 1,
        "replaced": 0,
        "unchanged": 1,
        "not_article": 1,
        "failed": 0,
    }, summary.failures

    result = CliRunner().invoke(app, ["export", "--format", "jsonl", "--text", "--db", db_url])
    assert result.exit_code == 0, result.output
    (line,) = result.output.splitlines()
    record = json.loads(line)
    assert record["url"] in (ARTICLE_URL, "http://news.example.kr/articleView.html?idxno=123#top")
    assert record["title"] == TITLE
    assert record["published_at"] == "2024-03-12T09:30:00+09:00"
    sections = record["sections"]
    assert sections["title"] == TITLE
    assert sections["body"] == PARAGRAPHS
    assert sections["captions"] == []
    assert not any("무단전재" in p or p == "홈" for p in sections["body"])
    found = {(f["kind"], f["surface"]) for f in record["figures"]}
    assert ("money", "3억 5천만 원") in found
    assert ("percent", "67%") in found
    money = next(f for f in record["figures"] if f["surface"] == "3억 5천만 원")
    assert money["value"] == 350000000 and money["unit"] == "KRW"
