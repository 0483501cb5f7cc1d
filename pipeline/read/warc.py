"""Reading WARC archives (`.warc`, `.warc.gz`) into RawDocuments, one per HTML response.

Records are streamed with warcio's `WARCIterator` (its `ArchiveIterator` for WARC only, not
ARC), so an archive of any size is never loaded whole; of each page only MAX_PAGE_BYTES + 1
bytes are ever held. Only `response` records carry
pages: request, metadata, warcinfo, resource and revisit records are skipped, and so are
responses that are not HTTP (`dns:` lookups). A response that is not HTML (an image, a PDF) or
not a success (a 404, a redirect) is recorded as not an article.

warcio stops silently at a gzip member or a record header cut short, and hands out a record
cut short as if it were whole. So gzip is undone here with Python's `gzip` module, which
notices a missing end of stream; every record is checked to hold as many bytes as its header
declares; and nothing but blank lines may follow the last whole record. Damage ends the file
with one Failure naming how many records came through before it; the batch goes on with the
next file.

A page fetched by POST (a board whose rows are forms) is one target URI for many articles: the
action. Its identity is the action with the request's form fields sorted into the query
(`post_identity`), so two POSTs to one action are two articles and a re-read of the archive
keys them as the crawl state did. The request record that carries the body is paired with its
response by WARC-Concurrent-To (either way round); sutja writes a POST's request before its
response so that a page is never held back waiting for the record after it. A POST request
written after its response (Heritrix's order) is not paired: that page is named by its target
URI alone.
"""

from __future__ import annotations

import dataclasses
import gzip
import hashlib
import io
import zlib
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from typing import IO, Any
from urllib.parse import parse_qsl, urlencode

from warcio.archiveiterator import WARCIterator

from pipeline.read.decode import MAX_PAGE_BYTES, charset_of, page_refusal
from schemas.records import Failure, RawDocument

#: Media types read as pages; a response with no Content-Type at all is tried too.
HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})

_GZIP_MAGIC = b"\x1f\x8b"
_READ_BLOCK = 64 * 1024
_REQUIRED = ("WARC-Type", "WARC-Record-ID", "WARC-Date", "Content-Length")
# A record header cut short is a few KB at most; more unread bytes than this are damage anyway.
_TAIL_BYTES = 64 * 1024


class DamagedWarc(Exception):
    """The archive's bytes end or go wrong before a record does."""


def post_identity(action: str, body: bytes) -> str:
    """The address that names what a POST of `body` to `action` fetched: the action with the
    form's fields, sorted, after its own query (`view.do?newsEpctNo=28412`). A body that is
    not form fields is named by its hash."""
    action = action.partition("#")[0]
    if not body:
        return action
    try:
        text = body.decode("ascii")
        fields = parse_qsl(text, keep_blank_values=True, strict_parsing=True)
    except (UnicodeDecodeError, ValueError):
        fields = [("sutja-post-sha256", hashlib.sha256(body).hexdigest()[:16])]
    query = urlencode(sorted(fields))
    return action + ("&" if "?" in action else "?") + query


def read_warc(path: Path) -> Iterator[RawDocument | Failure]:
    """One RawDocument per HTML response record of the WARC at `path` (gzip or plain), a
    not-article Failure per other response, and one Failure at the first damage."""
    records = 0
    with path.open("rb") as handle:
        stream = _Stream(handle)
        archive = WARCIterator(stream)  # WARC only: anything else is not read as an ARC file
        iterator = iter(archive)
        end = 0  # where the last whole record ended, in uncompressed bytes
        bodies: dict[str, bytes] = {}  # POST bodies of requests read before their response
        try:
            while True:
                try:
                    record = next(iterator)
                except StopIteration:
                    break
                except DamagedWarc:
                    raise
                except (AttributeError, TypeError, IndexError, KeyError):
                    # warcio's parser on a header cut short or garbled
                    raise DamagedWarc("a record header cut short or malformed") from None
                except Exception as exc:
                    raise DamagedWarc(f"unreadable record ({one_line(exc)})") from None
                _check_header(record)
                item = _response(path, record)
                request = _post_request(record)
                _check_complete(record)
                end = archive.get_record_offset() + archive.get_record_length()
                records += 1
                if request is not None:
                    bodies[request[0]] = bodies[request[2]] = request[1]
                if isinstance(item, RawDocument) and bodies:
                    body = _pop_body(bodies, record)
                    if body is not None:
                        item = _posted(item, body)
                if item is not None:
                    yield item
            stream.check_nothing_after(end)
        except (DamagedWarc, OSError, EOFError, zlib.error) as exc:
            yield Failure(
                source=str(path),
                stage="read",
                error=f"truncated or corrupt WARC after {records} records: {one_line(exc)}",
            )
            return
    if records == 0:
        yield Failure(str(path), "read", "empty WARC: no records", not_article=True)


def one_line(exc: BaseException) -> str:
    return " ".join(str(exc).split()) or type(exc).__name__


class _Stream(io.RawIOBase):
    """The WARC's uncompressed bytes, as warcio reads them.

    gzip is undone here (sniffed by magic number, whatever the file's name says) with Python's
    `gzip`, which notices a member cut short; its EOFError becomes DamagedWarc, since warcio
    takes an EOFError to mean "no more records". The end of what was read is kept, so that a
    record header cut short after the last whole record (which warcio skips silently) is seen.
    """

    def __init__(self, handle: IO[bytes]) -> None:
        start = handle.read(2)
        handle.seek(0)
        self._gzip = start == _GZIP_MAGIC
        self._source: IO[bytes] = gzip.GzipFile(fileobj=handle, mode="rb") if self._gzip else handle
        self.consumed = 0
        self._tail = b""

    def readable(self) -> bool:
        return True

    def read(self, size: int = -1) -> bytes:
        try:
            # read1: hand out what one member yields before the next one can fail.
            data = self._source.read1(size) if self._gzip else self._source.read(size)
        except EOFError as exc:
            raise DamagedWarc(f"the gzip data ends early ({exc})") from None
        self.consumed += len(data)
        self._tail = (self._tail + data)[-_TAIL_BYTES:]
        return data

    def readinto(self, buffer: Any) -> int:
        data = self.read(len(buffer))
        buffer[: len(data)] = data
        return len(data)

    def check_nothing_after(self, end: int) -> None:
        """Raise DamagedWarc when more than blank lines follow offset `end`."""
        while self.read(_READ_BLOCK):
            pass
        leftover = self.consumed - end
        if leftover <= 0:
            return
        if leftover > len(self._tail) or self._tail[-leftover:].strip():
            raise DamagedWarc(f"{leftover} bytes after the last whole record are not a record")


def _response(path: Path, record: Any) -> RawDocument | Failure | None:
    if record.rec_type != "response":
        return None
    url = (record.rec_headers.get_header("WARC-Target-URI") or "").strip().strip("<>")
    http = record.http_headers
    if http is None or not url.lower().startswith(("http://", "https://")):
        return None
    source = f"{path}#{record.rec_headers.get_header('WARC-Record-ID')}"
    status = _status(http.get_statuscode())
    if status is not None and status >= 300:
        return Failure(source, "read", f"HTTP {status} response, not a page", not_article=True)
    content_type = http.get_header("Content-Type") or ""
    media_type = content_type.split(";")[0].strip().lower()
    if media_type and media_type not in HTML_TYPES:
        return Failure(source, "read", f"not an HTML page: {media_type}", not_article=True)
    body, size = _read_body(record)
    refusal = page_refusal(body, size)
    if refusal is not None:
        return Failure(source, "read", refusal.reason, not_article=refusal.not_article)
    return RawDocument(
        source=source,
        body=body,
        media_type="text/html",
        url=url,
        fetched_at=_warc_date(record.rec_headers.get_header("WARC-Date")),
        http_status=status,
        headers=_headers(http.headers),
        declared_encoding=charset_of(content_type),
    )


def _post_request(record: Any) -> tuple[str, bytes, str] | None:
    """For a POST request record: the response it belongs to (WARC-Concurrent-To), its body,
    and its own record id."""
    if record.rec_type != "request" or record.http_headers is None:
        return None
    if (record.http_headers.protocol or "").split(" ")[0].upper() != "POST":
        return None
    body = record.content_stream().read(MAX_PAGE_BYTES)
    return (
        record.rec_headers.get_header("WARC-Concurrent-To") or "",
        body,
        record.rec_headers.get_header("WARC-Record-ID") or "",
    )


def _pop_body(bodies: dict[str, bytes], record: Any) -> bytes | None:
    ids = (
        record.rec_headers.get_header("WARC-Record-ID") or "",
        record.rec_headers.get_header("WARC-Concurrent-To") or "",
    )
    found = next((bodies[i] for i in ids if i in bodies), None)
    if found is not None:
        for key in [k for k, v in bodies.items() if v is found]:
            del bodies[key]
    return found


def _posted(item: RawDocument | Failure, body: bytes) -> RawDocument | Failure:
    if not isinstance(item, RawDocument) or not item.url:
        return item
    return dataclasses.replace(item, url=post_identity(item.url, body))


def _read_body(record: Any) -> tuple[bytes, int]:
    """The payload (de-chunked, decompressed), at most MAX_PAGE_BYTES + 1 bytes of it, and the
    page's size as far as it is known."""
    stream = record.content_stream()
    chunks: list[bytes] = []
    held = 0
    while held <= MAX_PAGE_BYTES:
        chunk = stream.read(min(_READ_BLOCK, MAX_PAGE_BYTES + 1 - held))
        if not chunk:
            break
        chunks.append(chunk)
        held += len(chunk)
    body = b"".join(chunks)
    declared = record.length - record.http_headers.total_len
    return body, max(held, declared) if held > MAX_PAGE_BYTES else held


def _check_header(record: Any) -> None:
    """Raise DamagedWarc for a record whose WARC header lacks a field every record has (warcio
    reads a header cut short as a record with those fields missing)."""
    for name in _REQUIRED:
        if not record.rec_headers.get_header(name):
            raise DamagedWarc(f"a record header without {name}")


def _check_complete(record: Any) -> None:
    """Raise DamagedWarc when the record's block holds fewer bytes than its header says."""
    raw = record.raw_stream
    while raw.read(_READ_BLOCK):
        pass
    missing = getattr(raw, "limit", 0)
    if missing > 0:
        target = record.rec_headers.get_header("WARC-Target-URI") or "?"
        raise DamagedWarc(f"the record for {target} lacks its last {missing} bytes")


def _status(code: str | None) -> int | None:
    try:
        return int(code) if code else None
    except ValueError:
        return None


def _headers(pairs: list[tuple[str, str]]) -> dict[str, str]:
    headers: dict[str, str] = {}
    for name, value in pairs:
        key = name.lower()
        # Repeated fields (Set-Cookie, Vary) combine as HTTP itself combines them.
        headers[key] = f"{headers[key]}, {value}" if key in headers else value
    return headers


def _warc_date(value: str | None) -> datetime | None:
    if not value:
        return None
    try:
        return datetime.fromisoformat(value.strip())
    except ValueError:
        return None
