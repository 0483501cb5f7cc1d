"""What a list page read without a profile holds (`BoardPage`, `BoardLink`), and the small helpers
the row finder, the pager reader and the profile writer share.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from pipeline.scrape.forms import Target
from pipeline.scrape.listing import parse_list_date

#: Query parameters that number a list's pages (compared lower-cased).
PAGE_PARAMS = frozenset(
    {
        "page",
        "pageindex",
        "pageno",
        "pagenum",
        "pagenumber",
        "page_no",
        "pn",
        "npage",
        "movepage",
        "cpage",
        "curpage",
        "currentpage",
        "nowpage",
        "pg",
        "gotopage",
        "pageidx",
    }
)


class BoardError(ValueError):
    """A page whose articles cannot be read from its HTML (the message says what it does)."""


@dataclass(frozen=True)
class BoardLink:
    url: str
    canonical_url: str
    title: str
    date: date | None = None
    method: str = "GET"  # "POST" when the row's link is a form submission
    target: Target | None = None  # what a script call or form link fetches (None: the url)


@dataclass
class BoardPage:
    """What a list page holds, read without a profile."""

    url: str
    links: list[BoardLink] = field(default_factory=list)
    next_url: str | None = None
    page_param: str | None = None  # the query parameter that numbers pages
    current_page: int | None = None
    shape: str = ""  # the rows chosen, as a CSS-like path
    why: list[str] = field(default_factory=list)  # how the rows and the next page were chosen
    problem: str | None = None  # why the page cannot be crawled from its HTML alone
    spec: dict[str, Any] | None = None  # the [list] table that crawls it the same way


# -- article rows -------------------------------------------------------------------------------


@dataclass
class Anchor:
    element: Any
    url: str
    canonical: str
    shape: tuple[Any, ...]
    method: str = "GET"
    title: str = ""
    target: Target | None = None


def squash(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


_SAFE_NAME = re.compile(r"^-?[A-Za-z_][\w-]*$")


def describe(element: Any, *, with_id: bool = True) -> str:
    tag = element.tag if isinstance(element.tag, str) else "*"
    ident = (element.get("id") or "").strip()
    if with_id and ident and _SAFE_NAME.match(ident) and not re.search(r"\d{3,}", ident):
        return f"{tag}#{ident}"
    classes = [c for c in (element.get("class") or "").split() if _SAFE_NAME.match(c)]
    classes = [c for c in classes if not CURRENT_CLASSES.fullmatch(c)]
    return tag + "".join(f".{c}" for c in classes[:3])


#: A row's date is a short text: longer ones are teasers that mention a date.
MAX_DATE_TEXT = 30
CURRENT_CLASSES = re.compile(r"(?:^|\s|_|-)(on|active|current|cur|selected|this|now)(?:$|\s|_|-)")


def row_date_at(row: Any, anchor: Anchor, title: str) -> tuple[date, Any] | None:
    """The date a row shows and the element holding it: a short text that is mostly a date
    ("2025-12-05", "작성일 2025.12.05"), outside the title; one in the row's own cells before
    one inside the link (a card link holding its date). A date inside a teaser or a title is
    not the row's."""
    inside: tuple[date, Any] | None = None
    for node in row.iter():
        if not isinstance(node.tag, str):
            continue
        for chunk, holder in ((node.text, node), (node.tail, node.getparent())):
            if not chunk or not chunk.strip() or len(chunk.strip()) > MAX_DATE_TEXT:
                continue
            if chunk.strip() in title:
                continue
            day = parse_list_date(chunk)
            if day is None or holder is None:
                continue
            if is_within(holder, anchor.element):
                inside = inside or (day, holder)
            else:
                return day, holder
    return inside


def is_within(element: Any, ancestor: Any) -> bool:
    node = element
    while node is not None:
        if node is ancestor:
            return True
        node = node.getparent()
    return False
