"""The next page of a list page: rel=next, the link to the current page + 1 (a page parameter or a
JS call such as `pageLink(2)` mapped onto the list URL's parameter), a 다음 link, or a hidden page
field with a stated page count.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any
from urllib.parse import parse_qsl, urljoin, urlsplit

from pipeline.scrape.board_page import CURRENT_CLASSES, PAGE_PARAMS, BoardPage, squash
from pipeline.scrape.forms import find_function
from pipeline.scrape.listing import with_query_param

_IDENTIFIER = re.compile(r"[A-Za-z_$][\w$]*")
_NEXT_WORDS = re.compile(r"(다음|next|›|»|>|▶|▷)", re.IGNORECASE)
JS_CALL = re.compile(r"([A-Za-z_$][\w$.]*)\s*\(\s*([^()]*)\)")
_INT_ARG = re.compile(r"^\s*['\"]?(\d{1,6})['\"]?\s*$")
_TOTAL_PAGES = (
    re.compile(r"전체\s*페이지\s*[:：]?\s*([\d,]+)"),
    re.compile(r"([\d,]+)\s*페이지\s*중"),
    re.compile(r"총\s*([\d,]+)\s*페이지"),
    re.compile(r"페이지\s*[:：]?\s*\d+\s*/\s*([\d,]+)"),
)


# -- next page ----------------------------------------------------------------------------------


@dataclass
class _PageLink:
    number: int | None
    url: str
    is_next: bool
    param: str | None


def find_next(
    root: Any, base: str, url: str, scripts: str, rows: list[Any], page: BoardPage
) -> None:
    in_rows = {e for row in rows for e in row.iter()}
    param_here = _page_param_of(url)
    current = param_here[1] if param_here else None
    for link in root.xpath("//link[@rel='next'][@href]|//a[@rel='next'][@href]"):
        page.next_url = urljoin(base, link.get("href"))
        page.why.append("next page: the page's rel=next link")
        found = _page_param_of(page.next_url)
        if found:
            page.page_param = found[0]
            page.current_page = current or found[1] - 1
        return
    hidden = _hidden_page_field(root)
    pager: list[_PageLink] = []
    near: set[Any] = set()  # the pager's parents and grandparents
    marks: list[tuple[Any, int]] = []  # elements marked as the current page
    for element in root.iter("a", "span", "strong", "em", "b", "li"):
        if element in in_rows:
            continue
        text = squash(element.text_content())
        link = _page_link(element, base, url, scripts, hidden) if element.tag == "a" else None
        if link is not None:
            pager.append(link)
            near.update(n for n in (element.getparent(), _grandparent(element)) if n is not None)
        if text.isdigit() and len(text) < 6 and _is_current(element):
            marks.append((element, int(text)))
    marked_current = next(
        (n for element, n in marks if element.getparent() in near or _grandparent(element) in near),
        None,
    )
    if current is None:
        current = marked_current
    if current is None and hidden:
        current = hidden[1]
    if current is None:
        current = 1
    page.current_page = current
    numbered = [p for p in pager if p.number == current + 1]
    later_next = sorted(
        (p for p in pager if p.is_next and p.number is not None and p.number > current),
        key=lambda p: p.number or 0,
    )
    bare_next = [p for p in pager if p.is_next and p.number is None]
    if numbered:
        chosen, how = numbered[0], f"the link to page {current + 1}"
    elif later_next:
        chosen, how = later_next[0], f"the 다음 link (page {later_next[0].number})"
    elif bare_next:
        chosen, how = bare_next[0], "the 다음 link"
    else:
        chosen = None
        how = ""
    if chosen is not None:
        page.next_url, page.page_param = chosen.url, chosen.param
        page.why.append(f"next page: {how}: {chosen.url}")
        return
    total = _total_pages(root)
    if hidden and total and current < total:
        page.page_param = hidden[0]
        page.next_url = with_query_param(url, hidden[0], current + 1)
        page.why.append(
            f"next page: the pager is drawn by script; the form's {hidden[0]} field is "
            f"{current} of {total} pages: {page.next_url}"
        )
        return
    page.why.append(f"next page: none (page {current} shows no link to a later page)")


def _grandparent(element: Any) -> Any:
    parent = element.getparent()
    return parent.getparent() if parent is not None else None


def _is_current(element: Any) -> bool:
    classes = element.get("class") or ""
    title = element.get("title") or ""
    return bool(
        CURRENT_CLASSES.search(classes)
        or "현재" in title
        or element.get("aria-current")
        or element.tag in ("strong", "em", "b")
        or (element.tag == "span" and not classes)
    )


def _page_link(
    element: Any, base: str, url: str, scripts: str, hidden: tuple[str, int] | None
) -> _PageLink | None:
    text = squash(element.text_content())
    label = " ".join(
        [text, element.get("title") or "", element.get("class") or "", element.get("alt") or ""]
        + [img.get("alt") or "" for img in element.iter("img")]
    )
    is_next = bool(_NEXT_WORDS.search(label)) and not re.search(
        r"(이전|prev|처음|first|«|‹)", label, re.IGNORECASE
    )
    href = (element.get("href") or "").strip()
    if href and not href.startswith(("#", "javascript:")):
        target = urljoin(base, href).partition("#")[0]
        found = _page_param_of(target)
        if found:
            return _PageLink(found[1], target, is_next, found[0])
        if is_next and _same_list(target, url):
            return _PageLink(None, target, True, None)
        return None
    js = element.get("onclick") or href.removeprefix("javascript:")
    match = JS_CALL.search(js)
    if not match:
        return None
    name, args = match.group(1), match.group(2).split(",")
    number = _INT_ARG.match(args[0]) if args else None
    if number is None:
        return None
    n = int(number.group(1))
    paging_name = re.search(r"(page|paging|link|move|go|list|search)", name, re.IGNORECASE)
    if not (paging_name or text == str(n) or is_next):
        return None
    param = _js_page_param(name, scripts) or (hidden or (None, 0))[0]
    param = param or (_page_param_of(url) or ("page", 0))[0]
    return _PageLink(n, with_query_param(url, param, n), is_next, param)


def _same_list(target: str, url: str) -> bool:
    return urlsplit(target).path == urlsplit(url).path


def _page_param_of(url: str) -> tuple[str, int] | None:
    for key, value in parse_qsl(urlsplit(url).query, keep_blank_values=True):
        if key.lower() in PAGE_PARAMS and value.isdigit():
            return key, int(value)
    return None


def _js_page_param(name: str, scripts: str) -> str | None:
    """The page field a pager function sets: `function pageLink(n){ $('#pageIndex').val(n) …`."""
    function = find_function(scripts, name.rsplit(".", 1)[-1])
    if function is None:
        return None
    for word in _IDENTIFIER.finditer(function.body):
        if word.group(0).lower() in PAGE_PARAMS and word.group(0) not in function.params:
            return word.group(0)
    return None


def _hidden_page_field(root: Any) -> tuple[str, int] | None:
    for field_ in root.iter("input"):
        name = field_.get("name") or field_.get("id") or ""
        value = (field_.get("value") or "").strip()
        if (field_.get("type") or "").lower() == "hidden" and name.lower() in PAGE_PARAMS:
            return name, int(value) if value.isdigit() else 1
    return None


def _total_pages(root: Any) -> int | None:
    text = squash(root.text_content())
    for pattern in _TOTAL_PAGES:
        match = pattern.search(text)
        if match:
            return int(match.group(1).replace(",", ""))
    return None
