"""Canonical URLs: one spelling per page, so that the same article reached twice is stored once.

An article's store key is its canonical URL, so two spellings of one page must collapse (http
and https, `www.Example.kr:443`, `#top`, `?utm_source=…`, `&amp;` copied out of HTML) while two
pages must never do: the query string is kept in its order (`?idxno=123` is the article on
`articleView.html`), as is the path's case and any percent-encoded EUC-KR in it.
"""

from __future__ import annotations

import re
from urllib.parse import quote, urljoin, urlsplit, urlunsplit

#: Query parameters that only say how a reader arrived (campaigns, ad clicks, share buttons).
TRACKING_PARAMS = frozenset(
    {
        "fbclid",
        "gclid",
        "gclsrc",
        "dclid",
        "gbraid",
        "wbraid",
        "msclkid",
        "yclid",
        "twclid",
        "igshid",
        "mc_cid",
        "mc_eid",
        "_ga",
        "_gl",
        "napm",  # Naver's share/ad marker (NaPm)
    }
)
TRACKING_PREFIXES = ("utm_",)
DEFAULT_PORTS = {"80", "443"}

# Characters a URL may hold as they are; everything else (Hangul, spaces) is percent-encoded.
_SAFE = "/:@!$&'()*+,;=-._~%?"
_ESCAPE = re.compile(r"%([0-9A-Fa-f]{2})")
_UNRESERVED = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~")


def canonicalize_url(url: str, *, base: str | None = None) -> str:
    """The canonical spelling of an http(s) URL.

    Scheme and host lower-cased, http treated as https, default ports, the fragment and
    tracking parameters (utm_*, fbclid, gclid …) dropped, the path's trailing slash removed
    (the root stays `/`), `&amp;` unescaped, raw Hangul percent-encoded as UTF-8 and escapes
    spelled alike (`%ed` → `%ED`, `%41` → `A`); the query keeps its order otherwise.

    A relative URL (`/news/articleView.html?idxno=7`, as `<link rel=canonical>` sometimes
    holds) is resolved against `base` first. Raises ValueError when the result is not an
    absolute http(s) URL, rather than returning a key that two sites could share.
    """
    text = url.strip().replace("&amp;", "&").replace("&#38;", "&")
    if base is not None:
        text = urljoin(base.strip(), text)
    try:
        parts = urlsplit(text)
        port = parts.port
    except ValueError as exc:
        raise ValueError(f"not a valid URL: {url!r} ({exc})") from None
    scheme = parts.scheme.lower()
    host = (parts.hostname or "").rstrip(".")
    if scheme not in ("http", "https") or not host:
        raise ValueError(f"not an absolute http(s) URL: {url!r}")
    netloc = f"[{host}]" if ":" in host else _host(host)
    if port is not None and str(port) not in DEFAULT_PORTS:
        netloc = f"{netloc}:{port}"
    if parts.username is not None:
        netloc = f"{parts.username}{':' + parts.password if parts.password else ''}@{netloc}"
    path = _normalize_escapes(parts.path).rstrip("/") or "/"
    return urlunsplit(("https", netloc, path, _query(parts.query), ""))


def _host(host: str) -> str:
    """Lower-case; a Korean domain name (한국.kr) in its ASCII (punycode) form."""
    host = host.lower()
    if host.isascii():
        return host
    try:
        return host.encode("idna").decode("ascii")
    except UnicodeError:
        return quote(host, safe="")


def _query(query: str) -> str:
    kept = []
    for pair in query.split("&"):
        if not pair:
            continue
        key = pair.split("=", 1)[0].lower()
        if key in TRACKING_PARAMS or key.startswith(TRACKING_PREFIXES):
            continue
        kept.append(_normalize_escapes(pair))
    return "&".join(kept)


def _normalize_escapes(part: str) -> str:
    part = quote(part, safe=_SAFE)
    return _ESCAPE.sub(_escape, part)


def _escape(match: re.Match[str]) -> str:
    char = chr(int(match.group(1), 16))
    return char if char in _UNRESERVED else "%" + match.group(1).upper()
