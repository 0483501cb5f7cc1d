"""Clean: one raw document in, one `Article` out (title, subtitle, lead, body, captions, metadata).

    RawDocument (text, JSONL record or HTML page)  ──clean()──►  Article  |  NotAnArticle

- `text`: the line rules for a crawled article's text (`clean_text`);
- `html`: an HTML page → its fields (site profile or generic main content) → the same line rules;
  `content` finds the main content on a page no profile knows, `dom` walks the markup,
  `refusals` tells list, error and empty pages from articles;
- `rules` (+ `furniture.toml`): the rules both share (furniture, captions, titles, dates, org);
- `metadata`: title, date, author, org and URL read from a page's `<meta>` and JSON-LD;
- `sites/`: site profiles (TOML data), built in or from `$SUTJA_SITES` folders;
- `textnorm`: Unicode NFC, full-width digits, entities, white space.

`clean(raw)` dispatches on `raw.media_type` through `CLEANERS`; it sits above both cleaners.
"""

from __future__ import annotations

from collections.abc import Callable

from pipeline.clean.rules import NotAnArticle
from pipeline.clean.text import clean_text
from pipeline.read.decode import decode_text
from schemas.records import Article, RawDocument

__all__ = ["CLEANERS", "NotAnArticle", "clean", "clean_text"]


# --------------------------------------------------------------------------- dispatch


def _clean_text_document(raw: RawDocument) -> Article:
    body = raw.body
    if isinstance(body, bytes):
        body = decode_text(body, raw.detected_encoding or raw.declared_encoding)
    return clean_text(
        body,
        source=raw.source,
        external_id=raw.external_id,
        url=raw.url,
        title=raw.title,
        published_at=raw.published_at,
    )


def _clean_html_document(raw: RawDocument) -> Article:
    # Imported on use: the HTML cleaner loads bs4, lxml and trafilatura, which text-only runs
    # never need.
    from pipeline.clean.html import clean_html

    return clean_html(raw)


#: Cleaner per media type.
CLEANERS: dict[str, Callable[[RawDocument], Article]] = {
    "text/plain": _clean_text_document,
    "application/jsonl-record": _clean_text_document,
    "text/html": _clean_html_document,
}


def clean(raw: RawDocument) -> Article:
    """Clean one raw document into an Article, by its media type.

    Raises NotAnArticle when the input holds no article, ValueError for a media type that has
    no cleaner.
    """
    cleaner = CLEANERS.get(raw.media_type)
    if cleaner is None:
        raise ValueError(f"no cleaner for media type {raw.media_type!r} ({raw.source})")
    return cleaner(raw)
