"""The main content of a page no profile knows: the element that holds the article's sentences,
its title among the page's headings, and trafilatura's reading of the page as a fallback.
"""

from __future__ import annotations

import re
from bisect import bisect_right

import trafilatura
from bs4 import BeautifulSoup, NavigableString, Tag
from lxml import etree

from pipeline.clean import metadata
from pipeline.clean.dom import SENTENCE_SPLIT, TEXT_TYPES, WS, block_lines, class_words
from pipeline.clean.rules import is_furniture_line, is_prose
from pipeline.clean.textnorm import fold_for_compare, normalize_text

#: The element chosen to hold the main content must hold this share of trafilatura's text…
MAIN_SHARE = 0.8
#: … and may hold at most this many times as much text (else it is the whole page).
MAIN_MAX_GROWTH = 2.0


def main_element(index: TextIndex, lines: list[str]) -> Tag | None:
    """The deepest element that holds MAIN_SHARE of the extracted sentences' text, unless it
    holds far more text than was extracted (a page-wide wrapper)."""
    weights: dict[int, int] = {}
    elements: dict[int, Tag] = {}
    depth: dict[int, int] = {}
    total = 0
    sentences = [s for line in lines for s in SENTENCE_SPLIT.split(line)]
    for sentence in sentences:
        if len(sentence) < 20 or not is_prose(sentence) or is_furniture_line(sentence):
            continue
        node = index.find(sentence)
        total += len(sentence)
        if node is None:
            continue
        ancestors = [a for a in node.parents if isinstance(a, Tag)]
        for level, ancestor in enumerate(reversed(ancestors)):
            key = id(ancestor)
            weights[key] = weights.get(key, 0) + len(sentence)
            elements[key] = ancestor
            depth[key] = level
    if not total:
        return None
    found = sum(weights[key] for key in weights if depth[key] == 0)
    extracted = sum(len(line) for line in lines)
    # The element holding every sentence found, unless that is a page-wide wrapper; then the
    # one holding most of them.
    for share in (1.0, MAIN_SHARE):
        need = share * (found if share == 1.0 else total)
        held = [key for key, weight in weights.items() if weight >= need]
        if not held:
            continue
        main = elements[max(held, key=lambda key: depth[key])]
        if main.name in ("html", "body"):
            continue  # the page itself: trafilatura found no region
        if sum(len(line) for line in block_lines(main)) <= MAIN_MAX_GROWTH * extracted + 500:
            return main
    return None


class TextIndex:
    """The page's text nodes run together without white space, to find which node holds a
    line of extracted text in one string search (a line may span inline elements)."""

    def __init__(self, root: Tag) -> None:
        self.nodes: list[NavigableString] = []
        self.starts: list[int] = []
        parts: list[str] = []
        at = 0
        for node in root.descendants:
            if type(node) in TEXT_TYPES:
                text = WS.sub("", str(node))
                if text:
                    self.nodes.append(node)
                    self.starts.append(at)
                    parts.append(text)
                    at += len(text)
        self.text = "".join(parts)

    def find(self, sentence: str) -> NavigableString | None:
        """The node holding the sentence's end, else its start. The end first: trafilatura
        may run a label into the sentence (`내용 한빛군은 …`), never text after its end."""
        squeezed = WS.sub("", sentence)
        for probe in (squeezed[-20:], squeezed[:20]):
            at = self.text.find(probe) if probe else -1
            if at >= 0:
                return self.nodes[bisect_right(self.starts, at) - 1]
        return None


_TITLE_WORD = re.compile(r"^(title|tit|subject|subj|heading|headline)$")
_FULL_DATE = re.compile(r"\d{4}\s*[-./년]\s*\d{1,2}\s*[-./월]\s*\d{1,2}")


def heading_candidates(soup: BeautifulSoup, order: dict[int, int]) -> list[tuple[int, str]]:
    """Headline-like texts with their position in the page: `<h1>`…`<h6>`, elements whose class
    or id says title, and the cell after a `제목` label of a board's view table."""
    found: list[tuple[int, str]] = []
    for element in soup.find_all(True):
        words = class_words(element)
        is_heading = re.fullmatch(r"h[1-6]", element.name) is not None
        if is_heading or any(_TITLE_WORD.match(w) for w in words):
            target: Tag | None = element
        elif element.name in ("th", "dt", "label") and element.get_text(strip=True) == "제목":
            target = element.find_next(["td", "dd"])
        else:
            continue
        if target is None:
            continue
        # The first line only: a heading may carry its sub-headline after a <br>, and a
        # never-closed cell swallows the rows after it.
        text = normalize_text(next(iter(block_lines(target)), ""))
        if (
            5 <= len(text) <= 150
            and not is_prose(text)
            and not is_furniture_line(text)
            and not _FULL_DATE.search(text)  # "등록일 2025-12-11", a field, not a headline
            and re.search("[가-힣A-Za-z]", text)
        ):
            found.append((order.get(id(target), 0), text))
    return found


def generic_title(
    index: TextIndex,
    meta_title: str | None,
    headings: list[tuple[int, str]],
    order: dict[int, int],
    lines: list[str],
) -> str | None:
    """The page's headline: the heading nearest above the body's first sentence when it agrees
    with the meta title, or when the meta title is only a board's name; else the meta title.
    "" when there is none (the line rules then take the first headline-like line)."""
    first = next((line for line in lines if is_prose(line) and len(line) >= 20), None)
    heading = None
    if first is not None:
        node = index.find(first)
        at = order.get(id(node)) if node is not None else None
        if at is not None:
            above = [(i, text) for i, text in headings if i < at]
            heading = max(above)[1] if above else None
    if heading is None:
        return "" if metadata.looks_like_board_name(meta_title) else meta_title
    if meta_title:
        a, b = fold_for_compare(meta_title), fold_for_compare(heading)
        # "동네소식 - 똠내마을 …" holds the heading: the heading is the headline itself.
        if not (a in b or b in a) and not metadata.looks_like_board_name(meta_title):
            return meta_title
    return heading


def trafilatura_lines(html: str, *, tables: bool) -> list[str]:
    xml = trafilatura.extract(
        html,
        output_format="xml",
        include_comments=False,
        include_tables=tables,
        include_images=False,
        include_links=False,
        deduplicate=False,
    )
    if not xml:
        return []
    try:
        root = etree.fromstring(xml.encode("utf-8"))
    except etree.XMLSyntaxError:
        return [line.strip() for line in xml.splitlines() if line.strip()]
    main = root.find("main")
    if main is None:
        return []
    for element in main.iter():
        if element.tag == "lb":
            element.tag = "br"
        elif element.tag in ("p", "head", "item", "quote", "row", "list", "table", "code"):
            element.tag = "p"
    markup = etree.tostring(main, encoding="unicode", method="xml")
    return block_lines(BeautifulSoup(markup, "lxml"))


def prose_score(lines: list[str]) -> tuple[int, int]:
    """Sentences first, then their length: trafilatura sometimes runs a whole table into one
    line, which must not beat the same text read as paragraphs."""
    sentences = [s for line in lines for s in SENTENCE_SPLIT.split(line) if is_prose(s)]
    return len(sentences), sum(len(s) for s in sentences)


def tables_hold_prose(soup: BeautifulSoup) -> bool:
    for cell in soup.find_all(["td", "th"]):
        text = cell.get_text(" ", strip=True)
        if len(text) >= 100 and is_prose(text):
            return True
    return False
