"""The desk in a real browser: `sutja serve` on 127.0.0.1 driven by headless Chromium (the
Debian package, through Playwright's Python API; `.ci/run` installs it). Playwright rather than
raw DevTools or Selenium: it waits for elements and navigation by itself, drives the system
Chromium through `executable_path` without downloading a browser, and needs no driver binary.

Data: the sample article (data/raw) and our own short articles about 천안시 in several years
(tests/fixtures/desk, written from the yearly facts in ../shared/facts/cheonan-jobs.md).
Screenshots go to tests/artifacts/ (ignored by git). Without Chromium the tests skip with the
reason, except under CI=true, where they fail.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
ARTIFACTS = ROOT / "tests" / "artifacts"
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
LAUNCH_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
    "--disable-sync",
]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def desk(tmp_path_factory) -> Iterator[str]:
    """The base URL of a served desk over the sample and the Cheonan articles."""
    if not Path(CHROMIUM).exists():
        message = "Chromium is not installed (apt-get install chromium fonts-noto-cjk)"
        if os.environ.get("CI") == "true":
            pytest.fail(message)
        pytest.skip(message)
    db = f"sqlite:///{tmp_path_factory.mktemp('desk') / 'store.db'}"
    sutja = [sys.executable, "-c", "from pipeline.cli import main; main()"]
    inputs = [str(ROOT / "data" / "raw"), str(ROOT / "tests" / "fixtures" / "desk")]
    subprocess.run([*sutja, "extract", *inputs, "--db", db], check=True, cwd=ROOT)
    port = _free_port()
    server = subprocess.Popen(
        [*sutja, "serve", "--db", db, "--port", str(port), "--host", "127.0.0.1"],
        cwd=ROOT,
        stderr=subprocess.PIPE,
        text=True,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 120
        while True:
            try:
                socket.create_connection(("127.0.0.1", port), timeout=1).close()
                break
            except OSError as exc:
                if server.poll() is not None or time.monotonic() > deadline:
                    message = f"sutja serve did not start: {server.stderr.read()}"
                    raise AssertionError(message) from exc
                time.sleep(0.3)
        yield base
    finally:
        server.terminate()
        server.wait(timeout=30)


@pytest.fixture(scope="module")
def browser(desk):
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        chromium = p.chromium.launch(executable_path=CHROMIUM, args=LAUNCH_ARGS)
        yield chromium
        chromium.close()


@pytest.fixture
def page(browser, desk, request):
    """A page that records every URL it asks for: all of them must be the desk's own."""
    context = browser.new_context(locale="ko-KR", viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.requested = []
    page.on("request", lambda r: page.requested.append(r.url))
    yield page
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"{request.node.name}.png"), full_page=True)
    outside = [u for u in page.requested if not u.startswith(desk) and not u.startswith("data:")]
    context.close()
    assert not outside, f"the desk asked for something it does not serve itself: {outside}"


def _rows(page) -> int:
    return page.locator("table.rows-and-columns tbody tr").count()


def test_a_facet_click_narrows_the_figures(page, desk):
    page.goto(f"{desk}/sutja/figures")
    before = _rows(page)
    page.locator("#facet-kind a", has_text="percent").first.click()
    page.wait_for_load_state()
    assert "kind=percent" in page.url
    kinds = page.locator("table.rows-and-columns tbody td.col-kind").all_inner_texts()
    assert 0 < len(kinds) < before
    assert set(kinds) == {"비율"}


def test_korean_search_finds_an_inflected_form(page, desk):
    page.goto(desk)
    page.fill("#desk-q", "일자리")
    page.click("form.desk-search button")
    page.wait_for_load_state()
    sentences = page.locator("table.rows-and-columns tbody td.col-sentence").all_inner_texts()
    assert any("일자리를" in s for s in sentences), sentences
    assert all("일자리" in s for s in sentences)


def _open_sample(page, desk) -> None:
    page.goto(f"{desk}/sutja/articles?_search=&org=천안시&published_date=2021-02-03")
    page.locator("table.rows-and-columns td.col-title a").first.click()
    page.wait_for_load_state()


def test_the_sample_article_highlights_the_budget_with_its_exact_value(page, desk):
    _open_sample(page, desk)
    mark = page.locator(".section-body mark.fig", has_text="4,222억2000만원")
    assert mark.count() == 1
    mark.hover()
    tip = page.locator("#tip")
    assert tip.is_visible()
    assert "422,220,000,000 원" in tip.inner_text()
    assert "금액" in tip.inner_text()
    assert mark.get_attribute("data-value") == "422220000000"


def test_the_caption_figure_is_marked_as_a_caption(page, desk):
    _open_sample(page, desk)
    caption = page.locator("aside.section-caption")
    assert "사진 설명" in caption.locator(".section-label").inner_text()
    mark = caption.locator("mark.fig", has_text="5346명")
    assert mark.count() == 1
    assert "aside" in mark.get_attribute("class")
    assert mark.get_attribute("data-section") == "caption"
    mark.focus()
    assert "사진 설명 속 숫자" in page.locator("#tip").inner_text()
    # The body's figures are not marked as asides.
    assert page.locator(".section-body mark.fig.aside").count() == 0


def test_from_the_home_page_to_the_2021_employment_target_in_three_clicks(page, desk):
    page.goto(desk)
    page.locator("a.org-link", has_text="천안시").click()  # 1
    page.wait_for_load_state()
    row = (
        page.locator("table.rows-and-columns tbody tr")
        .filter(has=page.locator("td.col-metric", has_text="고용률"))
        .filter(has=page.locator("td.col-published_date", has_text="2021-02-03"))
        .filter(has=page.locator("td.col-section", has_text="본문"))
    )
    row.locator("td.col-surface a").click()  # 2
    page.wait_for_load_state()
    current = page.locator("mark.fig.current")
    assert current.inner_text() == "67%"
    assert "target" in current.get_attribute("class")
    sentence = page.locator(".sent.current")
    assert "고용률 67% 달성을 목표로" in sentence.inner_text()
    assert sentence.is_visible()
    tip = page.locator("#tip").inner_text()
    assert "연도: 2021년" in tip and "목표" in tip and "지표: 고용률" in tip


def test_the_trend_chart_draws_one_point_per_year(page, desk):
    page.goto(f"{desk}/-/trend?org=천안시&subject=일자리")
    years = [
        int(y)
        for y in page.locator("table.trend-table tbody tr").evaluate_all(
            "rows => rows.map(r => r.dataset.year)"
        )
    ]
    assert len(years) >= 4 and years == sorted(set(years))
    for role in ("target", "achieved"):
        points = page.locator(f"svg.trend-chart circle.point.{role}")
        point_years = [int(points.nth(i).get_attribute("data-year")) for i in range(points.count())]
        assert len(point_years) == len(set(point_years)), f"two {role} points in one year"
        assert set(point_years) <= set(years)
    drawn = set(
        int(y)
        for y in page.locator("svg.trend-chart circle.point").evaluate_all(
            "cs => cs.map(c => c.dataset.year)"
        )
    )
    assert drawn == set(years)
    # Each point leads to its source article.
    link = page.locator("svg.trend-chart a").first.get_attribute("href")
    assert link.startswith("/-/article/") and "#f" in link
