"""The built-in `[list]` profiles of the board families, each read against a saved list page of
its family: the links and dates its selectors find equal the rows counted from the raw markup by
a regular expression (another method), and its page-2 URL is the next page the page itself
links (as the profile-less reader finds it). Also: `sutja scrape --list URL` of a list page a
profile's `[list]` reads uses that profile, and a family profile with no board of its own says
how to crawl one."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from urllib.parse import parse_qsl, urlsplit

import pytest

from pipeline.clean.sites import load_profiles
from pipeline.read.urls import canonicalize_url
from pipeline.scrape.board import read_board
from pipeline.scrape.crawl import CrawlError, CrawlTarget
from pipeline.scrape.jobs import list_profile, profile_list_target
from pipeline.scrape.listing import ListSpec, page_url, parse_list_page

SHARED = Path(__file__).resolve().parents[1].parent / "shared" / "corpus" / "html" / "boards"
PROFILES = {p.name: p for p in load_profiles()}


@dataclass(frozen=True)
class Saved:
    profile: str
    file: str
    url: str  # where the page was saved from
    row: str  # regex over the raw markup: group 1 an article's id, group 2 the date its row shows
    id_param: str


SAVED = [
    Saved(
        "gangjin",
        "gangjin/gangjin_press_list_p1.html",
        "https://www.gangjin.go.kr/www/government/news/press",
        r'press\?idx=(\d+)&amp;mode=view" title=.*?<ul class="c_exp">.*?(\d{4}-\d\d-\d\d)</li>',
        "idx",
    ),
    Saved(
        "naju",
        "naju/naju_press_list_p1.html",
        "https://www.naju.go.kr/www/administration/reporting/coverage",
        r'coverage\?idx=(\d+)&amp;mode=view".*?<td class="mob_dp_inflex">(\d{4}-\d\d-\d\d)</td>',
        "idx",
    ),
    Saved(
        "gwangju",
        "gwangju/gwangju_notice_list_p1.html",
        "https://www.gwangju.go.kr/boardList.do?boardId=BD_0000000022&pageId=www788",
        r'seq=(\d+)&amp;movePage=1&amp;recordCnt=10".*?<div class="date">.*?(\d{4}-\d\d-\d\d)',
        "seq",
    ),
    Saved(
        "korea-kr",
        "korea_kr/korea_kr_press_list_p1.html",
        "https://www.korea.kr/briefing/pressReleaseList.do",
        r'<a href="/briefing/pressReleaseView\.do\?newsId=(\d+)&amp;pageIndex='
        r'.*?<span class="source">\s*<span>(\d{4}\.\d\d\.\d\d)</span>',
        "newsId",
    ),
    Saved(
        "jbf",
        "jeonnam_bio_jbf/jbf_notice_list_p1.html",
        "http://www.jbf.kr/main/board.action?cmsid=101050200000",
        r"method=v&amp;idx=(\d+)&amp;page=1'.*?<td class=.bt_date.>(\d{4}-\d\d-\d\d)</td>",
        "idx",
    ),
]

needs_shared = pytest.mark.skipif(
    not SHARED.is_dir(), reason=f"the shared list pages are not at {SHARED}"
)


def _spec(name: str) -> ListSpec:
    table = PROFILES[name].list_table
    assert table is not None, f"{name} has no [list]"
    return ListSpec.from_table(table, where=name)


def _day(text: str) -> date:
    return date(*(int(part) for part in re.split(r"[-.]", text)))


@needs_shared
@pytest.mark.parametrize("saved", SAVED, ids=lambda s: s.profile)
def test_list_selectors_find_the_rows_of_the_saved_page(saved: Saved) -> None:
    raw = (SHARED / saved.file).read_text(encoding="utf-8", errors="replace")
    expected = {ident: _day(day) for ident, day in re.findall(saved.row, raw, re.S)}
    assert len(expected) >= 8, "the raw markup should show the board's rows"
    spec = _spec(saved.profile)
    assert spec.matches_list_url(saved.url) or saved.profile == "gwangju"
    page = parse_list_page((SHARED / saved.file).read_bytes(), saved.url, spec)
    found = {
        dict(parse_qsl(urlsplit(link.url).query))[saved.id_param]: link.date for link in page.links
    }
    assert found == expected
    assert len(page.links) == len(expected)  # no link twice, none outside the rows


@needs_shared
@pytest.mark.parametrize("saved", SAVED, ids=lambda s: s.profile)
def test_the_profiles_next_page_is_the_one_the_page_links(saved: Saved) -> None:
    spec = _spec(saved.profile)
    board = read_board((SHARED / saved.file).read_bytes(), saved.url)
    assert board.next_url is not None, board.why
    # Page 2 of the profile's board; for 광주, whose saved page is 공지사항 and not the
    # profile's 보도자료, page 2 of the saved board read by the profile.
    mine = spec.for_url(saved.url) if saved.profile == "gwangju" else spec
    second = page_url(mine.urls[0], mine.start_page + 1)
    assert _key(second, spec) == _key(board.next_url, spec)


def _key(url: str, spec: ListSpec) -> tuple[str, str, frozenset[tuple[str, str]]]:
    """A list URL by its path and its non-empty query pairs (the board's empty search keys
    such as `target=&sk=` are not part of which page it is)."""
    parts = urlsplit(canonicalize_url(url))
    pairs = frozenset((k, v) for k, v in parse_qsl(parts.query) if v)
    return parts.netloc, parts.path, pairs


def test_list_urls_of_a_family_are_matched_and_paged_by_their_own_parameter() -> None:
    cases = {
        "https://www.jnilbo.com/news/articleList.html?sc_section_code=S1N1&view_type=sm": (
            "ndsoft-articleview",
            "https://www.jnilbo.com/news/articleList.html?sc_section_code=S1N1&view_type=sm&page=1",
        ),
        "https://www.somecenter.or.kr/bbs/board.php?bo_table=notice&page=3": (
            "gnuboard",
            "https://www.somecenter.or.kr/bbs/board.php?bo_table=notice&page=3",
        ),
        "https://www.korea.kr/briefing/pressReleaseList.do": (
            "korea-kr",
            "https://www.korea.kr/briefing/pressReleaseList.do?pageIndex=1",
        ),
        "https://www.naju.go.kr/www/administration/reporting/coverage?page=2": (
            "naju",
            "https://www.naju.go.kr/www/administration/reporting/coverage?page=2",
        ),
    }
    profiles = list(PROFILES.values())
    for url, (name, first) in cases.items():
        profile = list_profile(url, profiles)
        assert profile is not None and profile.name == name, url
        target = profile_list_target(profile, url)
        if PROFILES[name].list_table and not _spec(name).urls:
            assert page_url(target.spec.urls[0], target.spec.start_page) == first
    # An article page is not a list page of its family.
    assert list_profile("https://x.or.kr/bbs/board.php?bo_table=notice&wr_id=5", profiles) is None
    assert list_profile("https://www.naju.go.kr/www/a/b?idx=591764&mode=view", profiles) is None


def test_a_family_profile_names_no_board_of_its_own() -> None:
    with pytest.raises(CrawlError, match=r"sutja scrape --list URL"):
        CrawlTarget.from_profile(PROFILES["gnuboard"])
