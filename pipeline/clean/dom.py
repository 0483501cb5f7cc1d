"""Walking a parsed page: selectors, furniture and hidden elements, captions in the markup, and
block elements → lines of text.

The words that mark page furniture in a class or id are matched whole (split at `-`, `_` and
camelCase), so `ad` finds `ad-slot` and `adsbygoogle` but not `header`, `lead` or `thread`.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator

from bs4 import BeautifulSoup, CData, NavigableString, Tag

from pipeline.clean.rules import is_prose
from pipeline.clean.sites import Selector
from pipeline.clean.textnorm import normalize_text

WS = re.compile(r"\s+")
#: Sentence ends inside a line of article text.
SENTENCE_SPLIT = re.compile(r"(?<=다\.)\s+")
# Markers in the stream of text pieces that block_lines joins into lines.
_BREAK, _SPACE = object(), object()

#: Strings that never belong in a cleaned body (tests and the benchmark check every page).
FURNITURE_STRINGS: tuple[str, ...] = (
    "광고", "무단전재", "재배포", "저작권자", "Copyright", "공공누리", "관련기사", "많이 본",
    "이전글", "다음글", "목록", "첨부파일", "담당부서", "전화번호", "만족도", "글자크기", "댓글",
    "공유하기", "카카오톡", "페이스북", "트위터", "인쇄", "스크랩", "구독", "로그인", "회원가입",
    "개인정보", "☞", "(끝)", "@", "바로가기", "TOP",
)  # fmt: skip

# Elements that never hold article text.
_NEVER_TEXT = frozenset(
    {
        "script", "style", "noscript", "template", "head", "title", "meta", "link", "svg",
        "canvas", "iframe", "frame", "frameset", "object", "embed", "button", "input", "select",
        "option", "textarea", "map", "audio", "video", "source", "track",
    }
)  # fmt: skip
# Page regions that are furniture by their tag (unless broken markup put the article in one).
_FURNITURE_TAGS = frozenset({"nav", "aside", "header", "footer", "menu", "dialog"})
_BLOCK_TAGS = frozenset(
    {
        "p", "div", "li", "ul", "ol", "dl", "dt", "dd", "h1", "h2", "h3", "h4", "h5", "h6",
        "tr", "table", "tbody", "thead", "tfoot", "caption", "section", "article", "main",
        "blockquote", "figure", "figcaption", "pre", "address", "center", "form", "fieldset",
        "legend", "details", "summary", "hgroup",
    }
)  # fmt: skip
_CELL_TAGS = frozenset({"td", "th"})
_INLINE_TAGS = frozenset(
    {
        "span", "a", "b", "strong", "em", "i", "u", "font", "mark", "small", "sup", "sub",
        "label", "abbr", "cite", "q", "time", "big", "s", "strike", "ins", "del",
    }
)  # fmt: skip
TEXT_TYPES = (NavigableString, CData)

# Words in a class or id that name page furniture. Matched against the words of each class
# token and of the id (split at "-", "_" and camelCase), so "ad" finds `ad-slot`, `top_ad`,
# `adsbygoogle`, but not `header`, `lead` or `thread`.
_FURNITURE_WORD = re.compile(
    r"^(ad|ads|adv|advert|advertisement|adsbygoogle|adsense|dable|banner|banners|sponsor|"
    r"share|sharing|sns|social|print|scrap|fontsize|"
    r"comment|comments|cmt|reply|replies|"
    r"related|relation|popular|ranking|rank|most|hot|best|recommend|latest|"
    r"gnb|lnb|snb|tnb|menu|nav|navigation|breadcrumb|breadcrumbs|location|skip|quick|sitemap|"
    r"family|footer|header|copyright|gotop|pagination|paging|pager|prev|next|prevnext|"
    r"satisfy|satisfaction|survey|appraisal|kogl|opentype|nuri|charge|manager|"
    r"file|files|attach|attachment|download|tag|tags|hashtag|weather|login|search|"
    r"emoji|reaction|like|subscribe|btn|button|sr|blind|hidden|hide|offscreen|modal|popup|"
    r"toolbar|tool|tools|util|utility|widget|qr|qrcode)$"
)
_INVISIBLE_WORD = re.compile(r"^(sr|blind|hidden|hide|offscreen)$")
_WORD_SPLIT = re.compile(r"[-_\s]+|(?<=[a-z])(?=[A-Z])|(?<=[A-Za-z])(?=\d)|(?<=\d)(?=[A-Za-z])")
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)
_CAPTION_WORD = re.compile(r"^(caption|figcaption|imgcaption|photocaption|cap)$")
_PHOTO_WORD = re.compile(r"^(photo|photos|image|images|img|pic|picture|media|figure|thumb)$")


# The first compound selector of a selector: `#id`, `.class`, `tag#id`, `tag.class.other`.
_LEADING = re.compile(
    r"^(?P<first>[A-Za-z0-9]*(?P<key>[#.][A-Za-z_][\w-]*)(?:[#.][A-Za-z_][\w-]*)*)"
)


def select(root: BeautifulSoup | Tag, css: str) -> Iterator[Tag]:
    """`root.select(css)`, lazily, starting from the elements its leading id or class names.

    soupsieve matches a selector against every element of the page, and a `:-soup-contains()`
    reads each candidate's text: over a 10,000-element city-hall page one field's selector
    costs a third of a second. Finding `#board_basic_view` first and matching the rest
    inside it costs a hundredth.
    """
    match = _LEADING.match(css)
    rest = css[match.end() :] if match else ""
    if match is None or "," in css or (rest and not rest[0].isspace() and rest[0] not in ">+~"):
        yield from root.css.iselect(css)
        return
    key = match["key"]
    anchors = root.find_all(id=key[1:]) if key[0] == "#" else root.find_all(class_=key[1:])
    rest = rest.strip()
    seen: set[int] = set()
    for anchor in anchors:
        if not anchor.css.match(match["first"]):
            continue
        if not rest:
            found: Iterable[Tag] = [anchor]
        elif rest[0] in "+~":  # siblings lie outside the anchor: match from its parent
            parent = anchor.parent
            found = parent.css.select(f":scope > {match['first']} {rest}") if parent else []
        else:
            found = anchor.css.iselect(f":scope {rest}")
        for element in found:
            if id(element) not in seen:
                seen.add(id(element))
                yield element


def select_text(soup: BeautifulSoup, selectors: Iterable[Selector]) -> str | None:
    """The first non-empty text (or attribute) that the selectors find."""
    for selector in selectors:
        for element in select(soup, selector.css):
            if selector.attr:
                value = element.get(selector.attr)
                text = " ".join(value) if isinstance(value, list) else value
            else:
                text = " ".join(block_lines(element))
            if text and text.strip():
                return WS.sub(" ", normalize_text(text)).strip()
    return None


def select_lines(soup: BeautifulSoup, selectors: Iterable[Selector]) -> list[str]:
    for selector in selectors:
        for element in select(soup, selector.css):
            if selector.attr:
                value = element.get(selector.attr)
                lines = [str(value).strip()] if value else []
            else:
                lines = block_lines(element)
            if lines:
                return [normalize_text(line) for line in lines]
    return []


def outermost(elements: list[Tag]) -> list[Tag]:
    chosen: list[Tag] = []
    for element in elements:
        if not any(element in parent.descendants for parent in chosen):
            chosen.append(element)
    return chosen


# --------------------------------------------------------------------------- furniture, captions


def is_invisible(element: Tag) -> bool:
    """Hidden from readers: `hidden`, `display:none`, or a screen-reader-only label ("제목",
    "열기") — wherever it stands, even inside a headline."""
    attrs = element.attrs or {}
    if "hidden" in attrs or attrs.get("aria-hidden") == "true":
        return True
    style = attrs.get("style")
    if isinstance(style, str) and _HIDDEN_STYLE.search(style):
        return True
    return any(_INVISIBLE_WORD.match(word) for word in class_words(element))


def _is_furniture(element: Tag) -> bool:
    if element.name in _NEVER_TEXT or element.name in _FURNITURE_TAGS:
        return True
    if is_invisible(element):
        return True
    if not any(_FURNITURE_WORD.match(word) for word in class_words(element)):
        return False
    # An inline element inside running text is part of the story whatever its class says
    # (`<span class="tag_word">청년</span> 일자리를`).
    return element.name not in _INLINE_TAGS or not _in_running_text(element)


def _in_running_text(element: Tag) -> bool:
    parent = element.parent
    return parent is not None and any(
        type(child) in TEXT_TYPES and str(child).strip() for child in parent.children
    )


def drop_furniture(root: Tag, is_furniture: Callable[[Tag], bool] = _is_furniture) -> None:
    """Remove furniture elements from root, except one that holds most of the page's
    sentences: an unclosed `<div id="header">` (or a mis-named or hidden wrapper) that holds
    the article is descended into instead, so that its own furniture still goes."""
    page_prose: int | None = None  # read only when a large element is about to go

    def remove(element: Tag) -> bool:
        nonlocal page_prose
        if not is_furniture(element):
            return False
        if element.name not in _NEVER_TEXT and len(element.get_text()) >= 200:
            if page_prose is None:
                page_prose = _prose_length(root)
            if page_prose and _prose_length(element) >= 0.5 * page_prose:
                return False
        element.decompose()
        return True

    _prune(root, remove)


def _prune(root: Tag, remove: Callable[[Tag], bool]) -> None:
    """Visit root's elements in document order; `remove(element)` says it removed one, and
    its descendants are then not visited (cheaper than asking bs4 whether each is gone)."""
    stack = [child for child in reversed(root.contents) if isinstance(child, Tag)]
    while stack:
        element = stack.pop()
        if not remove(element):
            stack.extend(child for child in reversed(element.contents) if isinstance(child, Tag))


def _prose_length(element: Tag) -> int:
    return sum(len(line) for line in block_lines(element) if len(line) >= 40 and is_prose(line))


def take_captions(root: Tag) -> list[str]:
    """Remove photo captions from root and return their text (see `find_captions`)."""
    return [text for text, _ in find_captions(root)]


def find_captions(root: Tag) -> list[tuple[str, frozenset[int]]]:
    """Remove photo captions from root; return each one's text with the ids of the elements
    it stood in. Captions are `<figcaption>`, elements whose class or id says caption, and
    the text of photo tables and photo blocks (`div.articleMedia`): an image and a little
    text around it."""
    found: list[tuple[str, frozenset[int]]] = []

    def take(element: Tag, lines: list[str]) -> None:
        ancestors = frozenset(id(a) for a in element.parents)
        found.extend((line, ancestors) for line in lines)
        element.decompose()

    def caption(element: Tag) -> bool:
        if element.name == "figcaption" or _names_caption(element):
            take(element, element_caption_lines(element))
            return True
        return False

    def photo(element: Tag) -> bool:
        if element.name != "table" and not _names_photo(element):
            return False
        if element.find("img") is None:
            return False
        lines = block_lines(element)
        if lines and sum(len(line) for line in lines) <= 400 and len(lines) <= 4:
            take(element, lines)
            return True
        return False

    _prune(root, caption)
    _prune(root, photo)
    return found


def _names_photo(element: Tag) -> bool:
    return any(_PHOTO_WORD.match(word) for word in class_words(element))


def class_words(element: Tag) -> list[str]:
    names = [*(element.get("class") or []), str(element.get("id") or "")]
    return [w.lower() for name in names for w in _WORD_SPLIT.split(str(name)) if w]


def _names_caption(element: Tag) -> bool:
    return any(_CAPTION_WORD.match(word) for word in class_words(element))


def element_caption_lines(element: Tag) -> list[str]:
    text = " ".join(block_lines(element))
    return [normalize_text(text)] if text else []


def block_lines(root: Tag) -> list[str]:
    """The text of an element as lines: one per block element (`<p>`, `<div>`, `<li>`, …) and
    per `<br>`; inline elements run together as the browser shows them; table cells on one row
    are joined by a space. Scripts, styles and other never-text elements are skipped.
    Iterative, so that pathologically nested markup cannot exhaust the stack."""
    lines: list[str] = []
    parts: list[str] = []

    def flush() -> None:
        text = WS.sub(" ", "".join(parts)).strip()
        if text:
            lines.append(text)
        parts.clear()

    stack: list[object] = [root]
    while stack:
        item = stack.pop()
        if item is _BREAK:
            flush()
        elif item is _SPACE:
            parts.append(" ")
        elif isinstance(item, Tag):
            name = item.name
            if name in ("br", "hr"):
                flush()
                continue
            if name in _NEVER_TEXT and item is not root:
                continue
            edge = _BREAK if name in _BLOCK_TAGS else _SPACE if name in _CELL_TAGS else None
            if edge is not None:
                stack.append(edge)
            stack.extend(reversed(item.contents))
            if edge is not None:
                stack.append(edge)
        elif type(item) in TEXT_TYPES:  # not comments, doctypes or script text
            parts.append(str(item))
    flush()
    return lines
