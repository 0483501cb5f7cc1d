"""Reading input files into RawDocuments.

`iter_raw_documents` walks the paths a user named and yields one `RawDocument` per article it
finds, or a `Failure` for what it cannot read; it never raises for bad input, so one broken
line or file never stops a batch. Readers are registered by file extension in `READERS`.

Text inputs (`.txt`, `.jsonl`) are decoded here; pages (`.html`, `.htm`, and the responses in
`.warc`/`.warc.gz` archives, see `pipeline.read.warc`) stay bytes, decoded by the HTML cleaner,
after the byte-level refusals of `pipeline.read.decode.page_refusal` (too large, binary, empty).
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

from pipeline.read.decode import MAX_PAGE_BYTES, page_refusal
from schemas.records import Failure, RawDocument

Reader = Callable[[Path], Iterator[RawDocument | Failure]]

# JSONL corpora name their fields differently; the first present, non-empty key wins.
TEXT_KEYS = ("text", "content", "body")
ID_KEYS = ("id", "_id")
URL_KEYS = ("url", "original_link", "article_url")
PUBLISHED_KEYS = ("published_at", "date")

# CP949 is a superset of EUC-KR, so it also reads EUC-KR files.
TEXT_ENCODINGS = ("utf-8-sig", "cp949")


def iter_raw_documents(paths: Iterable[str | Path]) -> Iterator[RawDocument | Failure]:
    """Yield RawDocuments (or Failures) for every readable file under `paths`, in order.

    Folders are walked recursively in sorted order, skipping hidden entries and files whose
    extension has no reader. A file named explicitly with an unknown extension, or a path that
    does not exist, yields a Failure instead.
    """
    for item in input_files(paths):
        if isinstance(item, Failure):
            yield item
        else:
            yield from read_file(item)


def input_files(paths: Iterable[str | Path]) -> Iterator[Path | Failure]:
    """The readable files under `paths`, in the order `iter_raw_documents` reads them, and a
    Failure for each path that cannot be read at all."""
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            yield from _walk(path)
        elif path.is_file():
            if reader_for(path) is None:
                yield Failure(
                    source=str(path),
                    stage="read",
                    error=f"unsupported file type {_extension(path) or '(none)'}",
                    not_article=True,
                )
            else:
                yield path
        else:
            yield Failure(source=str(path), stage="read", error=f"no such file or folder: {path}")


def reader_for(path: Path) -> Reader | None:
    """The reader registered for `path`'s extension, or None."""
    return READERS.get(_extension(path))


def _extension(path: Path) -> str:
    name = path.name.lower()
    # Longest registered compound extension first (".warc.gz" before ".gz").
    for ext in sorted(READERS, key=len, reverse=True):
        if name.endswith(ext):
            return ext
    return path.suffix.lower()


def _walk(folder: Path) -> Iterator[Path]:
    for root, dirs, files in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            if name.startswith("."):
                continue
            file = Path(root) / name
            if reader_for(file) is not None:
                yield file


def read_file(path: Path) -> Iterator[RawDocument | Failure]:
    reader = reader_for(path)
    assert reader is not None
    try:
        yield from reader(path)
    except OSError as exc:
        yield Failure(source=str(path), stage="read", error=f"cannot read file: {exc}")


def read_txt(path: Path) -> Iterator[RawDocument | Failure]:
    """One RawDocument for the whole file, decoded as UTF-8 (with or without BOM) or CP949."""
    data = path.read_bytes()
    for encoding in TEXT_ENCODINGS:
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        yield RawDocument(
            source=str(path),
            body=text,
            media_type="text/plain",
            detected_encoding=encoding,
        )
        return
    yield Failure(
        source=str(path),
        stage="read",
        error="cannot decode text as UTF-8 or CP949 (EUC-KR)",
    )


def read_html(path: Path) -> Iterator[RawDocument | Failure]:
    """One RawDocument holding the file's bytes, unless the bytes are refused (a page over
    MAX_PAGE_BYTES is refused before it is read)."""
    size = path.stat().st_size
    if size > MAX_PAGE_BYTES:
        refusal = page_refusal(b"", size)
    else:
        body = path.read_bytes()
        refusal = page_refusal(body)
    if refusal is not None:
        yield Failure(
            source=str(path), stage="read", error=refusal.reason, not_article=refusal.not_article
        )
        return
    yield RawDocument(source=str(path), body=body, media_type="text/html")


def read_jsonl(path: Path) -> Iterator[RawDocument | Failure]:
    """One RawDocument per non-blank line; a bad line yields a Failure and the file goes on."""
    with path.open("rb") as handle:
        for lineno, raw_line in enumerate(handle, start=1):
            source = f"{path}#L{lineno}"
            try:
                line = raw_line.decode("utf-8-sig" if lineno == 1 else "utf-8")
            except UnicodeDecodeError:
                yield Failure(source=source, stage="read", error=f"line {lineno} is not UTF-8")
                continue
            if not line.strip():
                continue
            yield _jsonl_record(line, source, lineno)


def _jsonl_record(line: str, source: str, lineno: int) -> RawDocument | Failure:
    try:
        record = json.loads(line)
    except json.JSONDecodeError as exc:
        return Failure(source=source, stage="read", error=f"line {lineno} is not JSON: {exc.msg}")
    if not isinstance(record, dict):
        return Failure(
            source=source,
            stage="read",
            error=f"line {lineno} is a JSON {type(record).__name__}, not an object",
        )
    text = _first(record, TEXT_KEYS)
    if not isinstance(text, str) or not text.strip():
        return Failure(
            source=source,
            stage="read",
            error=f"line {lineno} has no non-empty text ({'/'.join(TEXT_KEYS)})",
        )
    ident = _first(record, ID_KEYS)
    return RawDocument(
        source=source,
        body=text,
        media_type="application/jsonl-record",
        external_id=None if ident is None else str(ident),
        url=_optional_str(_first(record, URL_KEYS)),
        title=_optional_str(record.get("title")),
        published_at=_optional_str(_first(record, PUBLISHED_KEYS)),
    )


def _first(record: dict[str, Any], keys: tuple[str, ...]) -> Any:
    for key in keys:
        value = record.get(key)
        if value is not None and value != "":
            return value
    return None


def _optional_str(value: Any) -> str | None:
    if value is None:
        return None
    text = str(value).strip()
    return text or None


def read_warc(path: Path) -> Iterator[RawDocument | Failure]:
    """`pipeline.read.warc.read_warc`, imported when a WARC is met: warcio brings fsspec and
    asyncio, which a run over text and HTML files never needs."""
    from pipeline.read.warc import read_warc as read

    return read(path)


READERS: dict[str, Reader] = {
    ".txt": read_txt,
    ".jsonl": read_jsonl,
    ".html": read_html,
    ".htm": read_html,
    ".warc": read_warc,
    ".warc.gz": read_warc,
}
