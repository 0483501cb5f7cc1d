"""Body extraction from HTML pages: sutja's cleaner next to trafilatura alone, page by page.

    .venv/bin/python benchmarks/bench_html.py [--repeat N] [--only fixtures|corpus] [--min-f1 F]
                                              [--show-expected]
    (or: make bench)

Pages: the hand-written fixtures of tests/fixtures/html/ (expected body: the `body` list of
their NAME.expected.toml) and the pages of ../shared/corpus/html/ (expected body: built at run
time from the page itself by the hand-made locators of benchmarks/expected/corpus_html.toml,
so that no corpus text is copied here; skipped with a note when that folder is absent).

For every article page, both systems get the same decoded text (`pipeline.read.decode.decode_page`):
sutja runs `pipeline.clean.clean` on a RawDocument of the page's bytes (the URL is the one a
fixture declares, None for a corpus file, as `sutja extract` sees a saved file); trafilatura
runs `trafilatura.extract(html_text)` with its defaults. Both bodies and the expected body are
normalised alike (`pipeline.clean.textnorm.normalize_text`) and then compared by characters:

  All white space is removed from the two strings (paragraph breaks and spacing are not what
  is measured), then difflib's SequenceMatcher (autojunk off) finds the matching blocks of
  the two character sequences, a longest-common-subsequence-like alignment that respects
  order. matched = the sum of the block sizes; precision = matched / len(extracted),
  recall = matched / len(expected), F1 their harmonic mean (0 when nothing was extracted).

`furn` counts page furniture in a body: occurrences of each string of the HTML cleaner's
FURNITURE_STRINGS (imported, not copied) beyond those the expected body itself holds (a story
may mention "인쇄" or "목록"); a list, error or empty page is "ok" for sutja when it raises
NotAnArticle, and shows how many characters trafilatura made of it. For sutja the title and
publication time are checked too. Pages per second count decoding plus extraction, best of
--repeat runs per page, after one warm-up pass.

The machine may be shared: compare the two systems within one run, not times across runs.
"""

from __future__ import annotations

import argparse
import contextlib
import difflib
import re
import statistics
import sys
import time
import tomllib
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

import trafilatura  # noqa: E402
from bs4 import BeautifulSoup, Comment, NavigableString, Tag  # noqa: E402

from pipeline.clean import NotAnArticle, clean  # noqa: E402
from pipeline.clean.dom import FURNITURE_STRINGS  # noqa: E402
from pipeline.clean.textnorm import normalize_text  # noqa: E402
from pipeline.read.decode import decode_page  # noqa: E402
from schemas.records import RawDocument  # noqa: E402

FIXTURES = REPO / "tests" / "fixtures" / "html"
CORPUS = REPO.parent / "shared" / "corpus" / "html"
LOCATORS = Path(__file__).resolve().parent / "expected" / "corpus_html.toml"

_WHITE = re.compile(r"\s+")


# --------------------------------------------------------------------------- pages


@dataclass
class Page:
    name: str
    body: bytes
    url: str | None
    expected_body: list[str] | None  # None: not an article
    title: str | None = None
    published_at: datetime | None = None


@dataclass
class Result:
    page: Page
    sutja: str | None = None  # None: NotAnArticle (or an error, in `error`)
    trafilatura: str | None = None
    sutja_s: float = 0.0
    trafilatura_s: float = 0.0
    title: str | None = None
    published_at: datetime | None = None
    error: str | None = None
    notes: list[str] = field(default_factory=list)


def fixture_pages() -> Iterator[Page]:
    for path in sorted(FIXTURES.glob("*.html")):
        spec = tomllib.loads(path.with_suffix(".expected.toml").read_text(encoding="utf-8"))
        article = "not_article" not in spec
        yield Page(
            name=f"fixture/{path.stem}",
            body=path.read_bytes(),
            url=spec["url"],
            expected_body=spec["body"] if article else None,
            title=spec.get("title"),
            published_at=datetime.fromisoformat(spec["published_at"]) if article else None,
        )


def corpus_pages() -> Iterator[Page]:
    spec = tomllib.loads(LOCATORS.read_text(encoding="utf-8"))
    for locator in spec["page"]:
        path = CORPUS / locator["file"]
        data = path.read_bytes()
        page = Page(name=f"corpus/{path.stem}", body=data, url=None, expected_body=None)
        if not locator.get("not_article"):
            soup = BeautifulSoup(decode_page(data).text, "lxml")
            page.expected_body = locate_body(soup, locator)
            page.title = locate_title(soup, locator)
            page.published_at = datetime.fromisoformat(locator["published_at"])
        yield page


# --------------------------------------------------------------------------- locators

# Elements that never show text, and those that break lines (as a browser lays them out).
_INVISIBLE = {"script", "style", "noscript", "template", "iframe", "head", "title", "svg"}
_BLOCKS = {
    "address", "article", "aside", "blockquote", "caption", "dd", "div", "dl", "dt",
    "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6",
    "header", "hr", "li", "main", "nav", "ol", "p", "pre", "section", "table", "tbody",
    "td", "tfoot", "th", "thead", "tr", "ul",
}  # fmt: skip


def visible_lines(root: Tag) -> list[str]:
    """The element's text as a reader sees it: one line per block element and per <br>,
    white space collapsed, empty lines dropped. Written here, apart from the cleaner it
    measures, so that the expected body does not inherit the cleaner's mistakes."""
    parts: list[str] = []

    def walk(node: Tag) -> None:
        for child in node.children:
            if isinstance(child, Comment) or (
                isinstance(child, NavigableString) and type(child) is not NavigableString
            ):
                continue
            if isinstance(child, NavigableString):
                parts.append(str(child))
            elif isinstance(child, Tag) and child.name not in _INVISIBLE:
                if child.name == "br":
                    parts.append("\n")
                    continue
                block = child.name in _BLOCKS
                if block:
                    parts.append("\n")
                walk(child)
                if block:
                    parts.append("\n")

    walk(root)
    lines = (_WHITE.sub(" ", line).strip() for line in "".join(parts).split("\n"))
    return [line for line in lines if line]


def locate_body(soup: BeautifulSoup, locator: dict) -> list[str]:
    """Apply one page's locator: the body container, minus what inside it is not body."""
    found = soup.select(locator["body"])
    if len(found) != 1:
        raise ValueError(f"{locator['file']}: body selector matched {len(found)} elements")
    container = found[0]
    for selector in locator.get("drop", []):
        for element in container.select(selector):
            element.decompose()
    lines = visible_lines(container)
    lines = lines[locator.get("skip_first", 0) : len(lines) - locator.get("skip_last", 0)]
    not_body = [re.compile(p) for p in locator.get("not_body", [])]
    strip = [re.compile(p) for p in locator.get("strip", [])]
    kept = []
    for line in lines:
        if any(p.search(line) for p in not_body):
            continue
        for pattern in strip:
            line = pattern.sub("", line).strip()
        if line:
            kept.append(line)
    return kept


def locate_title(soup: BeautifulSoup, locator: dict) -> str:
    element = soup.select_one(locator["title"])
    if element is None:
        raise ValueError(f"{locator['file']}: title selector matched nothing")
    return _WHITE.sub(" ", element.get_text(" ")).strip()


# --------------------------------------------------------------------------- scoring


def squeeze(text: str) -> str:
    return _WHITE.sub("", normalize_text(text))


def char_prf(extracted: str | None, expected: str) -> tuple[float, float, float]:
    """Character-level precision, recall and F1 (see the module docstring)."""
    got, want = squeeze(extracted or ""), squeeze(expected)
    if not got or not want:
        return 0.0, 0.0, 0.0
    matcher = difflib.SequenceMatcher(None, got, want, autojunk=False)
    matched = sum(block.size for block in matcher.get_matching_blocks())
    precision, recall = matched / len(got), matched / len(want)
    f1 = 2 * precision * recall / (precision + recall) if matched else 0.0
    return precision, recall, f1


def same_minute(got: datetime | None, want: datetime | None) -> bool:
    """Pages show minutes; a <meta> may add seconds (16:43:04 for a visible 16:43)."""
    if got is None or want is None:
        return got is want
    return got.replace(second=0, microsecond=0) == want.replace(second=0, microsecond=0)


def furniture_count(body: str | None, expected: str) -> int:
    body = normalize_text(body or "")
    return sum(max(0, body.count(s) - expected.count(s)) for s in FURNITURE_STRINGS)


# --------------------------------------------------------------------------- running


def run_sutja(page: Page) -> tuple[str | None, str | None, datetime | None]:
    raw = RawDocument(source=page.name, body=page.body, media_type="text/html", url=page.url)
    try:
        article = clean(raw)
    except NotAnArticle:
        return None, None, None
    body = article.section("body")
    return (body.text if body else ""), article.title, article.published_at


def run_trafilatura(page: Page) -> str | None:
    return trafilatura.extract(decode_page(page.body).text)


def timed(fn: Callable[[], object], repeat: int) -> tuple[object, float]:
    best, value = float("inf"), None
    for _ in range(repeat):
        start = time.perf_counter()
        value = fn()
        best = min(best, time.perf_counter() - start)
    return value, best


def measure(page: Page, repeat: int) -> Result:
    result = Result(page)
    try:
        (body, title, published), result.sutja_s = timed(lambda: run_sutja(page), repeat)  # type: ignore[misc]
        result.sutja, result.title, result.published_at = body, title, published
    except Exception as exc:  # a crash is a result too: report it, measure the rest
        result.error = f"{type(exc).__name__}: {exc}"
    result.trafilatura, result.trafilatura_s = timed(lambda: run_trafilatura(page), repeat)  # type: ignore[assignment]
    return result


# --------------------------------------------------------------------------- report


def report(results: list[Result]) -> dict[str, float]:
    head = (
        f"{'page':<38} {'exp':>5} │ {'sutja P':>7} {'R':>5} {'F1':>5} {'furn':>4} "
        f"{'title':>5} {'date':>4} │ {'traf P':>6} {'R':>5} {'F1':>5} {'furn':>4}"
    )
    print(
        "body characters compared without white space (difflib matching blocks); exp = expected "
        "body length;\nfurn = furniture strings beyond those of the expected body; title/date: "
        "sutja's, against the page's\n"
    )
    print(head)
    print("─" * len(head))
    scores: dict[str, list[tuple[float, float, int, int]]] = {"fixture": [], "corpus": []}
    for r in results:
        page = r.page
        if page.expected_body is None:
            verdict = "ok: NotAnArticle" if r.sutja is None and not r.error else "WRONG"
            if r.error:
                verdict = f"ERROR {r.error}"
            made = len(squeeze(r.trafilatura or ""))
            print(f"{page.name:<38} {'—':>5} │ {verdict:<43} │ not an article: {made} chars")
            continue
        expected = "\n".join(page.expected_body)
        sp, sr, sf = char_prf(r.sutja, expected)
        tp, tr, tf = char_prf(r.trafilatura, expected)
        sfurn, tfurn = furniture_count(r.sutja, expected), furniture_count(r.trafilatura, expected)
        title_ok = "ok" if r.title == page.title else "NO"
        date_ok = "ok" if same_minute(r.published_at, page.published_at) else "NO"
        print(
            f"{page.name:<38} {len(squeeze(expected)):>5} │ {sp:>7.3f} {sr:>5.3f} {sf:>5.3f} "
            f"{sfurn:>4} {title_ok:>5} {date_ok:>4} │ {tp:>6.3f} {tr:>5.3f} {tf:>5.3f} {tfurn:>4}"
        )
        if r.error:
            print(f"    sutja failed: {r.error}")
        scores[page.name.split("/")[0]].append((sf, tf, sfurn, tfurn))
    print("─" * len(head))
    summary: dict[str, float] = {}
    for group, rows in [*scores.items(), ("all", scores["fixture"] + scores["corpus"])]:
        if not rows:
            continue
        s_f1 = statistics.mean(r[0] for r in rows)
        t_f1 = statistics.mean(r[1] for r in rows)
        s_furn, t_furn = sum(r[2] for r in rows), sum(r[3] for r in rows)
        summary[group] = s_f1
        print(
            f"mean over {len(rows):>2} {group + ' article pages':<24}: body F1 sutja {s_f1:.3f} "
            f"(furniture {s_furn}) vs trafilatura {t_f1:.3f} (furniture {t_furn})"
        )
    n = len(results)
    s_time = sum(r.sutja_s for r in results)
    t_time = sum(r.trafilatura_s for r in results)
    print(
        f"pages per second over {n} pages (decode + extract, best of runs): "
        f"sutja {n / s_time:.1f}, trafilatura {n / t_time:.1f}"
    )
    return summary


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--repeat", type=int, default=3, help="timed runs per page (best kept)")
    parser.add_argument("--only", choices=["fixtures", "corpus"], help="one set of pages")
    parser.add_argument(
        "--min-f1", type=float, help="exit 1 when the corpus mean F1 of sutja is below this"
    )
    parser.add_argument(
        "--show-expected", action="store_true", help="print the expected bodies and stop"
    )
    args = parser.parse_args()

    pages: list[Page] = []
    if args.only != "corpus":
        pages += fixture_pages()
    if args.only != "fixtures":
        if CORPUS.is_dir():
            pages += corpus_pages()
        else:
            print(f"note: {CORPUS} is absent; corpus pages skipped")
    if args.show_expected:
        for page in pages:
            print(f"== {page.name}: {page.title!r} {page.published_at}")
            for line in page.expected_body or ["(not an article)"]:
                print(f"   {line}")
        return 0
    for page in pages:  # warm-up: imports, profile loading, trafilatura's first call
        with contextlib.suppress(Exception):  # measure() reports the failures
            run_sutja(page)
        run_trafilatura(page)
    results = [measure(page, args.repeat) for page in pages]
    summary = report(results)
    if args.min_f1 is not None and summary.get("corpus", 0.0) < args.min_f1:
        print(f"corpus mean F1 below {args.min_f1}")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
