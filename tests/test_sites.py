"""Site profiles: loading (built-in and a user's folder alike), validation, and matching by URL
pattern, host suffix and marker selectors."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

import pytest
from bs4 import BeautifulSoup

from pipeline.clean.sites import (
    BUILTIN_DIR,
    ENV_VAR,
    PageNames,
    ProfileError,
    Selector,
    default_profiles,
    load_profiles,
    match_profile,
    parse_profile,
)

BOARD_PAGE = """<html><body>
<div id="board_basic_view">
<div class="view_title"><p class="title">빛가람동, 경로당 난방비 지원</p></div>
<div class="view_box"><p>빛가람동은 경로당 12곳에 난방비를 지원했다.</p></div></div>
</body></html>"""


def soup(html: str = "<html><body><p>본문</p></body></html>") -> BeautifulSoup:
    return BeautifulSoup(html, "lxml")


def write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


USER_PROFILE = """
name = "hanbit-news"
version = "3"
description = "한빛뉴스 기사 보기"
org = "한빛시"
[match]
url = ['/view\\.php\\?no=\\d+']
hosts = ["hanbitnews.kr"]
markers = ["div.hb_article", "#hb_body"]
[fields]
title = ["h1.hb_title", "meta[property='og:title']@content"]
body = ["#hb_body"]
[drop]
selectors = [".hb_ad"]
[page]
not_article = [".hb_list"]
"""


# --------------------------------------------------------------------------- built-ins


def test_builtin_profiles_load_with_unique_names_and_versions() -> None:
    profiles = load_profiles()
    names = [p.name for p in profiles]
    assert len(names) == len(set(names))
    assert {"ndsoft-articleview", "ybmodule-view", "gwangju-siiru", "nate-news"} <= set(names)
    for profile in profiles:
        assert profile.version
        # A crawl-only profile ([list], no [fields]) leaves detail pages to the generic path.
        has_body = bool(profile.selectors("body") or profile.list_table)
        assert has_body, f"{profile.name} has no body selector"
        assert profile.path is not None and profile.path.parent == BUILTIN_DIR


def test_articleview_url_matches_the_news_cms_profile() -> None:
    url = "https://www.hanbitilbo.co.kr/news/articleView.html?idxno=48213"
    assert match_profile(url, soup()).name == "ndsoft-articleview"
    with_more = "https://www.hanbitilbo.co.kr/news/articleView.html?sc_code=S1&idxno=7"
    assert match_profile(with_more, soup()).name == "ndsoft-articleview"


def test_host_suffix_matches_subdomains_but_not_lookalikes() -> None:
    profiles = load_profiles()
    assert match_profile("http://www.naju.go.kr/www/x?idx=1", soup(), profiles).name == (
        "ybmodule-basic-view"
    )
    assert match_profile("https://naju.go.kr/", soup(), profiles).name == "ybmodule-basic-view"
    assert match_profile("https://notnaju.go.kr/x", soup(), profiles) is None


def test_markers_match_a_page_without_url() -> None:
    assert match_profile(None, soup(BOARD_PAGE)).name == "ybmodule-basic-view"


def test_markers_must_all_be_present() -> None:
    half = BOARD_PAGE.replace('class="view_box"', 'class="other_box"')
    assert match_profile(None, soup(half)) is None


def test_no_profile_for_an_unknown_page() -> None:
    assert match_profile("https://example.kr/a/1", soup()) is None


# --------------------------------------------------------------------------- user folders


def test_a_users_folder_is_loaded_and_tried_first(tmp_path: Path) -> None:
    write(tmp_path, "hanbit.toml", USER_PROFILE)
    profiles = load_profiles([tmp_path])
    assert profiles[0].name == "hanbit-news"
    profile = profiles[0]
    assert profile.version == "3"
    assert profile.org == "한빛시"
    assert profile.selectors("title") == (
        Selector("h1.hb_title"),
        Selector("meta[property='og:title']", "content"),
    )
    assert profile.drop == (".hb_ad",)
    assert profile.not_article == (".hb_list",)
    assert (
        match_profile("https://www.hanbitnews.kr/news/view.php?no=5", soup(), profiles) is profile
    )
    page = '<div class="hb_article"><div id="hb_body">한빛시는 …</div></div>'
    assert match_profile(None, soup(page), profiles) is profile


def test_a_user_profile_overrides_a_builtin_of_the_same_name(tmp_path: Path) -> None:
    write(
        tmp_path,
        "mine.toml",
        'name = "nate-news"\nversion = "99"\n[match]\nhosts = ["news.nate.com"]\n'
        '[fields]\nbody = ["#articleText"]\n',
    )
    profiles = load_profiles([tmp_path])
    nate = [p for p in profiles if p.name == "nate-news"]
    assert len(nate) == 1 and nate[0].version == "99"


def test_sutja_sites_names_user_folders(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    write(tmp_path, "hanbit.toml", USER_PROFILE)
    monkeypatch.setenv(ENV_VAR, str(tmp_path))
    assert default_profiles()[0].name == "hanbit-news"
    monkeypatch.delenv(ENV_VAR)
    assert "hanbit-news" not in {p.name for p in default_profiles()}


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ('version = "1"\n', "'name' is required"),
        ('name = "x"\n', "'version' is required"),
        ('name = "x"\nversion = "1"\n[match]\nurl = ["(unclosed"]\n', "bad regular expression"),
        ('name = "x"\nversion = "1"\n[fields]\nbody = ["div[["]\n', "bad CSS selector"),
        ('name = "x"\nversion = "1"\n[fields]\nheadline = ["h1"]\n', "unknown field"),
        ('name = "x"\nversion = "1"\n[fields]\nbody = "div#a"\nauthor = [3]\n', "list of strings"),
        ('name = "x"\nversion = "1"\nmatch = 3\n', "[match] must be a table"),
        ("name = 'x\n", "cannot read profile"),
    ],
)
def test_bad_profiles_are_refused_with_the_file_and_reason(
    tmp_path: Path, text: str, message: str
) -> None:
    path = write(tmp_path, "bad.toml", text)
    with pytest.raises(ProfileError) as error:
        load_profiles([tmp_path])
    assert str(path) in str(error.value)
    assert message in str(error.value)


def test_two_profiles_of_one_name_in_one_folder_are_refused(tmp_path: Path) -> None:
    write(tmp_path, "a.toml", 'name = "same"\nversion = "1"\n')
    write(tmp_path, "b.toml", 'name = "same"\nversion = "2"\n')
    with pytest.raises(ProfileError, match="already used"):
        load_profiles([tmp_path])


def test_a_missing_folder_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ProfileError, match="no such profile folder"):
        load_profiles([tmp_path / "nowhere"])


# --------------------------------------------------------------------------- selectors


@pytest.mark.parametrize(
    ("text", "css", "attr"),
    [
        ("h1.heading", "h1.heading", None),
        ("meta[property='og:title']@content", "meta[property='og:title']", "content"),
        ("a.mail@data-href", "a.mail", "data-href"),
        ("a[href*='@']", "a[href*='@']", None),  # an @ inside the selector stays
    ],
)
def test_selector_attribute_suffix(text: str, css: str, attr: str | None) -> None:
    assert Selector.parse(text) == Selector(css, attr)


def test_string_values_count_as_one_selector() -> None:
    profile = parse_profile({"name": "x", "version": 2, "fields": {"body": "#main"}})
    assert profile.version == "2"
    assert profile.selectors("body") == (Selector("#main"),)
    assert profile.selectors("captions") == ()


def test_page_names_rule_out_selectors_needing_absent_ids_or_classes() -> None:
    names = PageNames.of(soup(BOARD_PAGE))
    assert names.may_match("#board_basic_view .view_box")
    assert not names.may_match("#bo_v_con")
    assert not names.may_match(".module_view_box .text_viewbox")
    # what :not(), :has() and [..] name is not required; lists are not judged
    assert names.may_match("#board_basic_view > .view_box:not(.file_area)")
    assert names.may_match("div[class='nowhere'] .view_box")
    assert names.may_match("#nowhere, .view_box")


# --------------------------------------------------------------------------- the docs


def test_the_documented_example_profile_loads_and_matches() -> None:
    page = (Path(__file__).resolve().parents[1] / "docs" / "sites.md").read_text(encoding="utf-8")
    section = page.split("## Site profiles", 1)[1].split("\n## ", 1)[0]
    example = re.search(r"```toml\n(.*?)```", section, re.S)
    assert example, "docs/sites.md's Site profiles section has no TOML example"
    profile = parse_profile(tomllib.loads(example.group(1)))
    assert profile.name == "hanbit-press"
    page = soup(
        '<div id="board_view"><p class="subject">한빛시, 시민 공원 연다</p>'
        '<div class="view_cont">한빛시는 …</div></div>'
    )
    assert match_profile(None, page, [profile]) is profile
    assert match_profile("https://www.hanbit.go.kr/news/view.do?nttId=5", soup(), [profile])
