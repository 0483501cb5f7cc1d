"""HTTP content codings undone (gzip, deflate, raw deflate) with a bound on the inflated size, and
gzip files (`sitemap.xml.gz`). The WARC keeps bytes as sent; readers call these.
"""

from __future__ import annotations

import zlib

from pipeline.read.decode import MAX_PAGE_BYTES

# A gzip body is refused when it inflates beyond this (a decompression bomb).
_MAX_INFLATED = 8 * MAX_PAGE_BYTES


def decode_content(body: bytes, coding: str) -> bytes:
    """Undo a Content-Encoding (gzip, x-gzip, deflate; identity or empty: unchanged)."""
    coding = coding.strip().lower()
    if coding in ("", "identity"):
        return body
    if coding in ("gzip", "x-gzip"):
        return _inflate(body, 16 + zlib.MAX_WBITS)
    if coding == "deflate":
        try:
            return _inflate(body, zlib.MAX_WBITS)
        except zlib.error:  # servers send raw deflate as often as zlib-wrapped
            return _inflate(body, -zlib.MAX_WBITS)
    raise ValueError(f"unsupported Content-Encoding {coding!r}")


def gunzip_file(body: bytes) -> bytes:
    """A gzip file's contents (a `sitemap.xml.gz`), bounded like a content coding."""
    if body[:2] != b"\x1f\x8b":
        return body
    try:
        return _inflate(body, 16 + zlib.MAX_WBITS)
    except zlib.error as exc:
        raise ValueError(f"bad gzip data: {exc}") from None


def _inflate(body: bytes, wbits: int) -> bytes:
    out: list[bytes] = []
    size = 0
    data = body
    # gzip allows several members one after another; zlib stops after each.
    while data:
        inflater = zlib.decompressobj(wbits)
        chunk = inflater.decompress(data, _MAX_INFLATED - size + 1)
        size += len(chunk)
        out.append(chunk)
        if size > _MAX_INFLATED or inflater.unconsumed_tail:
            raise ValueError(f"inflates beyond {_MAX_INFLATED} bytes")
        data = inflater.unused_data if wbits > zlib.MAX_WBITS else b""
        if data and data[:2] != b"\x1f\x8b":
            break
    return b"".join(out)
