"""From the bytes of a saved or archived page to text: byte-level refusals, then decoding.

`page_refusal` says why some bytes are not worth decoding at all (too large, binary, empty);
`decode_page` turns the rest into text without garbling Korean. Decoding order:

1. a byte-order mark;
2. the HTTP header charset (`declared_encoding` of a WARC record);
3. `<meta charset>` / `<meta http-equiv="Content-Type">` in the first 4 KB;
4. detection: valid UTF-8, else CP949 that reads as Korean, else charset-normalizer;
5. fallback: the candidate that loses the fewest bytes, bad bytes replaced by U+FFFD.

A label is only believed when the bytes decode under it strictly, so a page that says UTF-8 but
is CP949 (or the reverse) is still read right. Every EUC-KR spelling is decoded as CP949, its
superset: plain `euc_kr` fails on the 8,822 Hangul syllables only CP949 encodes (똠, 햏, 뷁 …).
A legacy label on bytes that are valid UTF-8 with non-ASCII characters is taken to lie (real
EUC-KR or Latin-1 text is practically never valid UTF-8), and so is a Western single-byte label
(a web server's default) on bytes that read as Korean CP949.

The text comes back NFC with `\\r\\n` → `\\n`; everything else (entities, full-width and
zero-width characters) is left to `pipeline.clean.textnorm`, where all text is normalised alike.
"""

from __future__ import annotations

import codecs
import re
import unicodedata
from dataclasses import dataclass

#: Pages larger than this are refused before any decoding (a real article page is < 1 MB).
MAX_PAGE_BYTES = 10 * 1024 * 1024
#: How far into a page a `<meta charset>` is looked for (the HTML standard says 1024 bytes;
#: Korean CMS pages often put theirs after long scripts, so a little further).
META_SCAN_BYTES = 4096
#: CP949 bytes are believed without a label when at least this share of their non-ASCII
#: characters are Hangul syllables (Hanja and symbols make up the rest of a Korean page).
HANGUL_SHARE = 0.3
#: A declared or likely encoding that loses at most this share of characters to U+FFFD is
#: still used (a page with one broken byte is better read than re-guessed as Latin-1).
MAX_LOSS = 0.001

# Labels Python does not know, or knows as the strict subset; all Korean ones mean CP949.
_KOREAN = "cp949"
_LABELS = {
    "x-windows-949": _KOREAN,
    "windows-949": _KOREAN,
    "x-cp949": _KOREAN,
    "csksc56011987": _KOREAN,
    "iso-ir-149": _KOREAN,
    "x-euc-kr": _KOREAN,
    "x-uhc": _KOREAN,
    "unicode-1-1-utf-8": "utf-8",
    "x-unicode20utf8": "utf-8",
    # The web reads these as windows-1252 (as browsers do).
    "iso-8859-1": "cp1252",
    "iso8859-1": "cp1252",
    "latin1": "cp1252",
    "us-ascii": "cp1252",
    "ascii": "cp1252",
}
_WESTERN = {"cp1252", "iso8859-15", "latin_1", "iso8859-1", "ascii"}
# A page that was found by an ASCII regex cannot really be UTF-16 (the HTML standard's rule).
_UTF16 = {"utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le", "utf-32-be"}

_BOMS = (
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF32_LE, "utf-32-le"),  # before UTF-16 LE, whose BOM is its prefix
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_META_CHARSET = re.compile(rb"<meta\b[^>]*?charset\s*=\s*[\"']?\s*([A-Za-z0-9._:\-]+)", re.I)

# Magic numbers of files that are sometimes saved under a page's name or served as one.
_MAGIC = (
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"%PDF-", "a PDF document"),
    (b"PK\x03\x04", "a ZIP archive (or HWPX/Office document)"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an HWP/Office document"),
    (b"\x1f\x8b", "gzip-compressed data"),
    (b"Rar!\x1a\x07", "a RAR archive"),
    (b"7z\xbc\xaf\x27\x1c", "a 7z archive"),
    (b"\x7fELF", "an executable"),
    (b"ID3", "an MP3 file"),
)
_RIFF = {b"WEBP": "a WebP image", b"WAVE": "a WAV file", b"AVI ": "an AVI video"}


@dataclass(frozen=True)
class DecodedPage:
    """A page's text and how its encoding was found."""

    text: str
    encoding: str  # Python codec name: "utf-8", "cp949", "cp1252" …
    source: str  # "bom" | "http" | "meta" | "detected" | "fallback"


@dataclass(frozen=True)
class Refusal:
    """Why some bytes are not decoded as a page: one line, and whether it is a failure at all."""

    reason: str
    not_article: bool = False


def page_refusal(body: bytes, size: int | None = None) -> Refusal | None:
    """Why `body` should not be decoded as a page, or None when it may be.

    `size` is the page's full size when `body` holds only its start (a reader that stopped
    after MAX_PAGE_BYTES + 1 bytes). Empty pages are not articles; oversized and binary data
    are failures.
    """
    size = len(body) if size is None else size
    if size > MAX_PAGE_BYTES:
        return Refusal(
            f"page is {size / 1024 / 1024:.1f} MB, larger than the "
            f"{MAX_PAGE_BYTES // (1024 * 1024)} MB limit"
        )
    if not body.strip():
        return Refusal("empty page", not_article=True)
    kind = binary_kind(body)
    if kind is not None:
        return Refusal(f"binary data ({kind}), not an HTML page")
    return None


def binary_kind(body: bytes) -> str | None:
    """What binary data `body` holds (by magic number or NUL bytes), or None for text."""
    head = body.lstrip()[:16]
    for magic, kind in _MAGIC:
        if head.startswith(magic):
            return kind
    if head.startswith(b"RIFF") and head[8:12] in _RIFF:
        return _RIFF[head[8:12]]
    if _bom(body) is None and b"\x00" in body:
        return "NUL bytes"  # UTF-16/32 text has them too, but always behind a BOM here
    return None


def decode_page(body: bytes, *, http_charset: str | None = None) -> DecodedPage:
    """Decode a page's bytes (see the module docstring for the order); never raises."""
    page = _decode(body, http_charset)
    text = page.text.replace("\r\n", "\n").replace("\r", "\n")
    return DecodedPage(unicodedata.normalize("NFC", text), page.encoding, page.source)


def normalize_label(label: str | None) -> str | None:
    """The Python codec for a charset label (every EUC-KR spelling → "cp949"), or None."""
    if not label:
        return None
    name = label.strip().strip("\"'").lower()
    name = _LABELS.get(name, name)
    try:
        codec = codecs.lookup(name).name
    except LookupError:
        return None
    if codec == "euc_kr":
        return _KOREAN
    return _LABELS.get(codec, codec)


def meta_charset(body: bytes) -> str | None:
    """The charset label a `<meta>` tag in the first META_SCAN_BYTES declares, or None."""
    found = _META_CHARSET.search(body[:META_SCAN_BYTES])
    return found.group(1).decode("ascii") if found else None


def _decode(body: bytes, http_charset: str | None) -> DecodedPage:
    bom = _bom(body)
    if bom is not None:
        return DecodedPage(body.decode(bom, errors="replace").removeprefix("\ufeff"), bom, "bom")
    declared: list[tuple[str, str]] = []
    for label, source in ((http_charset, "http"), (meta_charset(body), "meta")):
        encoding = normalize_label(label)
        if encoding in _UTF16 and source == "meta":
            encoding = "utf-8"
        if encoding is None:
            continue
        declared.append((encoding, source))
        text = _strict(body, encoding)
        if text is not None and not _label_lies(body, encoding):
            return DecodedPage(text, encoding, source)
    return _detect(body, [encoding for encoding, _ in declared])


def _detect(body: bytes, declared: list[str]) -> DecodedPage:
    text = _strict(body, "utf-8")
    if text is not None:
        return DecodedPage(text, "utf-8", "detected")
    text = _strict(body, _KOREAN)
    if text is not None and _reads_as_korean(text):
        return DecodedPage(text, _KOREAN, "detected")
    # Nearly right beats a fresh guess: a UTF-8 page with one broken byte stays UTF-8.
    candidates = list(dict.fromkeys([*declared, "utf-8", _KOREAN]))
    loss, best = min((_loss(body, encoding), encoding) for encoding in candidates)
    if loss <= MAX_LOSS:
        return DecodedPage(body.decode(best, errors="replace"), best, "fallback")
    from charset_normalizer import from_bytes  # the last resort, for a few pages only

    guess = from_bytes(body).best()
    if guess is not None:
        encoding = normalize_label(guess.encoding) or "utf-8"
        text = _strict(body, encoding)
        if text is not None:
            return DecodedPage(text, encoding, "detected")
    return DecodedPage(body.decode(best, errors="replace"), best, "fallback")


def _bom(body: bytes) -> str | None:
    for bom, encoding in _BOMS:
        if body.startswith(bom):
            return encoding
    return None


def _strict(body: bytes, encoding: str) -> str | None:
    try:
        return body.decode(encoding)
    except (UnicodeDecodeError, LookupError):
        return None


def _label_lies(body: bytes, encoding: str) -> bool:
    """A non-UTF-8 label on bytes that are valid UTF-8 beyond ASCII, or a Western single-byte
    label (a server's default, often) on bytes that read as Korean CP949."""
    if encoding == "utf-8" or body.isascii():
        return False
    if _strict(body, "utf-8") is not None:
        return True
    if encoding in _WESTERN:
        korean = _strict(body, _KOREAN)
        return korean is not None and _reads_as_korean(korean)
    return False


def _reads_as_korean(text: str) -> bool:
    non_ascii = [ch for ch in text if ord(ch) > 0x7F]
    if not non_ascii:
        return True
    hangul = sum(1 for ch in non_ascii if "\uac00" <= ch <= "\ud7a3")
    return hangul >= HANGUL_SHARE * len(non_ascii)


def _loss(body: bytes, encoding: str) -> float:
    try:
        text = body.decode(encoding, errors="replace")
    except LookupError:
        return 1.0
    return text.count("\ufffd") / max(len(text), 1)


def decode_text(data: bytes, encoding: str | None) -> str:
    """Bytes of a plain-text input: the given encoding, else UTF-8 (BOM allowed), else CP949;
    never raises (undecodable bytes become U+FFFD)."""
    for candidate in (encoding, "utf-8-sig", "cp949"):
        if not candidate:
            continue
        try:
            return data.decode(candidate)
        except (UnicodeDecodeError, LookupError):
            continue
    return data.decode("utf-8", errors="replace")


def charset_of(content_type: str | None) -> str | None:
    """The charset parameter of a Content-Type header."""
    if not content_type:
        return None
    for part in content_type.split(";")[1:]:
        key, _, value = part.partition("=")
        if key.strip().lower() == "charset" and value.strip():
            return value.strip().strip("\"'")
    return None
