"""Writing fetched pages to WARC files: a `warcinfo` record at the head of each file, then a
`response` and a `request` record per page (a POST's request first, carrying its form fields),
each record its own gzip member, files rotated by size under one folder.

A page's two records are built in memory and written with one `write`, then flushed and synced
to disk, before `write` returns: the crawler marks a URL done only after that, so a page is
either whole in a file or fetched again. A file is never appended to by a later run; each run
starts its own, named `<prefix>-<UTC time>-<pid>-<serial>.warc.gz`, which sorts by time.
"""

from __future__ import annotations

import io
import os
import socket
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from urllib.parse import urlsplit

from warcio.statusandheaders import StatusAndHeaders
from warcio.timeutils import datetime_to_iso_date
from warcio.warcwriter import WARCWriter

from pipeline.scrape.fetch import Exchange, sutja_version

#: A gigabyte per file, as crawlers customarily rotate.
DEFAULT_MAX_FILE_BYTES = 1_000_000_000


@dataclass(frozen=True)
class Written:
    path: Path
    record_id: str  # WARC-Record-ID of the response record
    size: int  # bytes added to the file (both records, compressed)


class WarcWriterError(Exception):
    """The output folder or file cannot be written."""


class WarcOutput:
    """Appends pages to rotating `.warc.gz` files in `folder`. Close it (or use `with`)."""

    def __init__(
        self,
        folder: Path,
        *,
        prefix: str = "sutja",
        max_file_bytes: int = DEFAULT_MAX_FILE_BYTES,
        info: dict[str, str] | None = None,
    ) -> None:
        self.folder = Path(folder)
        self.prefix = _safe_prefix(prefix)
        self.max_file_bytes = max_file_bytes
        self.info = dict(info or {})
        self.files: list[Path] = []
        self.bytes_written = 0
        self._handle: io.BufferedWriter | None = None
        self._size = 0
        self._serial = 0
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise WarcWriterError(
                f"cannot create the WARC folder {self.folder}: {exc.strerror or exc}"
            ) from exc
        if not os.access(self.folder, os.W_OK):
            raise WarcWriterError(f"cannot write WARC files in {self.folder}: permission denied")

    def __enter__(self) -> WarcOutput:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def write(self, exchange: Exchange) -> Written:
        """Write the page's response and request records and make them durable."""
        if self._handle is None or self._size >= self.max_file_bytes:
            self._open_next()
        assert self._handle is not None
        buffer = io.BytesIO()
        writer = WARCWriter(buffer, gzip=True)
        date = datetime_to_iso_date(exchange.fetched_at.astimezone(UTC).replace(tzinfo=None))
        response = writer.create_warc_record(
            exchange.url,
            "response",
            payload=io.BytesIO(exchange.body),
            http_headers=StatusAndHeaders(
                f"{exchange.status} {exchange.reason}".strip(),
                exchange.headers,
                protocol=exchange.http_version,
            ),
            warc_headers_dict={"WARC-Date": date},
        )
        record_id = response.rec_headers.get_header("WARC-Record-ID")
        path = request_target(exchange.url)
        request = writer.create_warc_record(
            exchange.url,
            "request",
            payload=io.BytesIO(exchange.request_body),  # a POST's form fields, as sent
            http_headers=StatusAndHeaders(
                f"{exchange.method} {path} {exchange.http_version}",
                exchange.request_headers,
                is_http_request=True,
            ),
            warc_headers_dict={"WARC-Date": date, "WARC-Concurrent-To": record_id},
        )
        # A POST's request goes first: the reader names the page by its body as it reads the
        # response (pipeline.read.warc), never holding a page back for the record after it.
        first, second = (request, response) if exchange.request_body else (response, request)
        writer.write_record(first)
        writer.write_record(second)
        data = buffer.getvalue()
        self._write(data)
        return Written(self.files[-1], record_id, len(data))

    def close(self) -> None:
        if self._handle is not None:
            self._handle.close()
            self._handle = None

    def _open_next(self) -> None:
        self.close()
        stamp = datetime.now(UTC).strftime("%Y%m%d%H%M%S")
        while True:
            self._serial += 1
            name = f"{self.prefix}-{stamp}-{os.getpid()}-{self._serial:05d}.warc.gz"
            path = self.folder / name
            try:
                # "x": never write into a file that is already there.
                self._handle = path.open("xb")
                break
            except FileExistsError:
                continue
            except OSError as exc:
                raise WarcWriterError(f"cannot create {path}: {exc.strerror or exc}") from exc
        self.files.append(path)
        self._size = 0
        buffer = io.BytesIO()
        writer = WARCWriter(buffer, gzip=True)
        info = {
            "software": f"sutja/{sutja_version()} (warcio)",
            "format": "WARC File Format 1.0",
            "hostname": socket.gethostname(),
            **self.info,
        }
        writer.write_record(writer.create_warcinfo_record(name, info))
        self._write(buffer.getvalue())

    def _write(self, data: bytes) -> None:
        assert self._handle is not None
        try:
            self._handle.write(data)
            self._handle.flush()
            os.fsync(self._handle.fileno())
        except OSError as exc:
            raise WarcWriterError(f"cannot write {self.files[-1]}: {exc.strerror or exc}") from exc
        self._size += len(data)
        self.bytes_written += len(data)


def request_target(url: str) -> str:
    """The request target of a request for `url`: path and query."""
    parts = urlsplit(url)
    return (parts.path or "/") + (f"?{parts.query}" if parts.query else "")


def _safe_prefix(prefix: str) -> str:
    cleaned = "".join(c if c.isalnum() or c in "-_." else "-" for c in prefix).strip("-.")
    return cleaned or "sutja"
