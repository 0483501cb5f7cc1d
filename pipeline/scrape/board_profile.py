"""The `[list]` table that crawls a board the way `sutja links` read it: CSS selectors for its rows,
links and dates, kept only when the existing list reader finds exactly the same links and
dates with them; written as TOML for `sutja scrape --list --dry-run`.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Iterator
from typing import Any
from urllib.parse import urlsplit

from pipeline.scrape.board_page import Anchor, BoardError, BoardPage, describe, row_date_at
from pipeline.scrape.listing import with_query_param

# -- the [list] table that crawls the board the same way ----------------------------------------


def infer_spec(
    text: str, root: Any, page: BoardPage, rows: list[Any], anchors: list[Anchor]
) -> dict[str, Any] | None:
    """The `[list]` table whose selectors give exactly the links and dates found here."""
    from bs4 import BeautifulSoup

    from pipeline.scrape.listing import ListSpec, links_in_soup

    table: dict[str, Any] = {}
    if page.next_url and page.page_param:
        table["urls"] = [with_query_param(page.url, page.page_param, "{page}")]
        table["start_page"] = page.current_page or 1
    else:
        table["urls"] = [page.url]
    want = [(link.canonical_url, link.date) for link in page.links]
    soup = BeautifulSoup(text, "lxml")
    for links_css, date_css in _selector_choices(rows, anchors):
        trial = dict(table, links=links_css)
        if date_css:
            trial["date"] = date_css
        try:
            spec = ListSpec.from_table(trial)
        except ValueError:
            continue
        got = links_in_soup(soup, page.url, spec)
        if [(link.canonical_url, link.date) for link in got.links] == want:
            shown = f"links = {links_css!r}" + (f", date = {date_css!r}" if date_css else "")
            page.why.append(f"profile: {shown}")
            return trial
    page.why.append("profile: no CSS selector reproduces these rows exactly; none inferred")
    return None


def _selector_choices(rows: list[Any], anchors: list[Anchor]) -> Iterator[tuple[str, str | None]]:
    """(links, date) selector pairs for the rows, most specific first; one part per list when
    the rows come from several lists (a photo strip above a table)."""
    groups: dict[Any, tuple[list[Any], list[Anchor]]] = {}
    for row, anchor in zip(rows, anchors, strict=True):
        group = groups.setdefault(row.getparent(), ([], []))
        group[0].append(row)
        group[1].append(anchor)
    parts = []
    for container, (group_rows, group_anchors) in groups.items():
        tag = group_rows[0].tag
        row_css = [f"{c} > {tag}" for c in _container_selectors(container)]
        paths = [_path(a.element, r) for r, a in zip(group_rows, group_anchors, strict=True)]
        parts.append((row_css, _common(paths), _date_selectors(group_rows, group_anchors)))
    for depth in range(3):
        for k in range(4):
            for d in range(4):
                links, dates = [], []
                for row_css, anchor_css, date_css in parts:
                    r = row_css[min(depth, len(row_css) - 1)]
                    links.append(f"{r} {anchor_css[min(k, len(anchor_css) - 1)]}")
                    day = date_css[min(d, len(date_css) - 1)]
                    if day:
                        dates.append(f"{r} {day}")
                yield ", ".join(links), (", ".join(dates) or None)


def _path(element: Any, row: Any) -> list[str]:
    parts = []
    node = element
    while node is not None and node is not row:
        parts.append(describe(node, with_id=False))
        node = node.getparent()
    return list(reversed(parts))


def _common(paths: list[list[str]]) -> list[str]:
    """Anchor selectors relative to a row, most specific first."""
    choices = []
    if paths and all(p == paths[0] for p in paths):
        choices.append(" > ".join(paths[0]))
        choices.append(" > ".join(re.sub(r"[.#].*", "", p) for p in paths[0]))
    last = Counter(p[-1] for p in paths if p).most_common(1)
    if last:
        choices.append(last[0][0])
    choices.append("a")
    return list(dict.fromkeys(choices))


def _date_selectors(rows: list[Any], anchors: list[Anchor]) -> list[str | None]:
    """Selectors of the rows' date elements, most specific first, then none."""
    holders: Counter[str] = Counter()
    for row, anchor in zip(rows, anchors, strict=True):
        found = row_date_at(row, anchor, anchor.title)
        if found is None:
            continue
        holder = found[1]
        own = describe(holder, with_id=False)
        parent = holder.getparent()
        if parent is not None and parent is not row:
            holders[f"{describe(parent, with_id=False)} > {own}"] += 1
        holders[own] += 1
    return [*(h for h, _ in holders.most_common(3)), None]


def _container_selectors(container: Any) -> Iterator[str]:
    own = describe(container)
    yield own
    parent = container.getparent()
    if parent is not None and isinstance(parent.tag, str):
        yield f"{describe(parent)} > {own}"
        grand = parent.getparent()
        if grand is not None and isinstance(grand.tag, str):
            yield f"{describe(grand)} > {describe(parent)} > {own}"


def spec_toml(page: BoardPage, name: str) -> str:
    """The inferred profile as TOML: save it in a profiles folder ($SUTJA_SITES) and edit it."""
    if page.spec is None:
        raise BoardError(page.problem or "no [list] table could be inferred for this page")
    host = urlsplit(page.url).hostname or ""
    lines = [
        f"# Inferred by `sutja scrape --list {page.url} --dry-run`.",
        *(f"# {line}" for line in page.why),
        f"name = {_toml_str(name)}",
        'version = "1"',
        f"description = {_toml_str('board at ' + page.url)}",
        "",
        "[match]",
        f"hosts = [{_toml_str(host.removeprefix('www.'))}]",
        "",
        "[list]",
    ]
    for key in ("urls", "start_page", "links", "date"):
        if key not in page.spec:
            continue
        value = page.spec[key]
        if isinstance(value, list):
            lines.append(f"{key} = [{', '.join(_toml_str(v) for v in value)}]")
        elif isinstance(value, int):
            lines.append(f"{key} = {value}")
        else:
            lines.append(f"{key} = {_toml_str(value)}")
    return "\n".join(lines) + "\n"


def _toml_str(value: str) -> str:
    return json.dumps(value, ensure_ascii=False)


def site_name(url: str) -> str:
    """A profile name for a board: its host without www, and the last path word."""
    parts = urlsplit(url)
    host = (parts.hostname or "board").removeprefix("www.")
    words = [w for w in re.split(r"[^A-Za-z0-9]+", parts.path) if w and w not in ("do", "html")]
    name = host.replace(".", "-") + ("-" + words[-1] if words else "")
    return name.lower()
