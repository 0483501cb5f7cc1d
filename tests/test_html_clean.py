"""clean_html on small pages written for each rule: the generic path, a profile's selectors,
captions kept apart, metadata sources, and the pages that are not articles."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from bs4 import BeautifulSoup

from pipeline.clean import CLEANERS, NotAnArticle, clean, metadata
from pipeline.clean.dom import FURNITURE_STRINGS, block_lines
from pipeline.clean.html import clean_html
from pipeline.clean.sites import load_profiles
from schemas.records import Article, RawDocument

SEOUL = ZoneInfo("Asia/Seoul")

P1 = "한빛시가 올해 30억원을 들여 청년 일자리 520개를 만든다고 5일 밝혔다."
P2 = "시는 청년 창업 지원에 12억원, 중소기업 인턴 채용 지원에 18억원을 배정했다."
P3 = "지난해 한빛시 청년 고용률은 42.1%로 전년보다 1.3%p 올랐다."
P4 = "박영수 한빛시 일자리정책과장은 “청년이 머무는 도시를 만들겠다”고 말했다."
CAPTION = "한빛시청 전경. /한빛시 제공"

NEWS_PAGE = f"""<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>한빛시, 청년 일자리 520개 만든다 - 한빛일보</title>
<meta property="og:title" content="한빛시, 청년 일자리 520개 만든다 - 한빛일보">
<meta property="og:site_name" content="한빛일보">
<meta property="article:published_time" content="2024-03-05T14:20:00+09:00">
<link rel="canonical" href="https://www.hanbitilbo.kr/news/2024/0305/123?utm_source=share">
</head><body>
<header id="header"><nav class="gnb"><ul><li><a href="/">홈</a></li><li><a href="/p">정치</a></li>
<li><a href="/e">경제</a></li></ul></nav><div class="util"><a href="/l">로그인</a>
<a href="/j">회원가입</a> <a href="/s">구독신청</a></div></header>
<div class="article">
<h1 class="headline">한빛시, 청년 일자리 520개 만든다</h1>
<div class="byline">박지현 기자 | 입력 2024.03.05 14:20</div>
<div class="share_box"><a>페이스북</a> <a>트위터</a> <a>카카오톡</a> <a>공유하기</a>
<button>인쇄</button> <button>스크랩</button> <span>글자크기</span></div>
<div id="article_body">
<p>{P1}</p>
<figure><img src="/p/1.jpg" alt=""><figcaption>{CAPTION}</figcaption></figure>
<p>{P2}</p>
<div class="ad_box"><ins class="adsbygoogle"></ins>광고</div>
<p>{P3}</p>
<p>{P4}</p>
<p>박지현 기자 jhpark@hanbitilbo.kr</p>
<p>저작권자 © 한빛일보 무단전재 및 재배포 금지</p>
</div>
<div class="related_news"><h3>관련기사</h3><ul>
<li><a href="/news/2024/0301/101">한빛시, 청년 월세 지원 대상 확대</a></li>
<li><a href="/news/2024/0228/95">한빛시 청년센터 문 열어</a></li></ul></div>
<div class="popular_box"><h3>많이 본 뉴스</h3><ol>
<li><a href="/news/2024/0304/120">남강변 산책로 새로 단장했다</a></li></ol></div>
<div id="comment_area"><b>댓글 0</b><textarea>댓글을 입력하세요</textarea></div>
</div>
<footer id="footer">회사소개 | 개인정보처리방침 | Copyright © 한빛일보. All rights reserved.
<a href="#top">TOP</a></footer>
</body></html>"""


def raw(
    html: str | bytes,
    *,
    url: str | None = None,
    status: int | None = None,
    encoding: str | None = None,
) -> RawDocument:
    body = html.encode("utf-8") if isinstance(html, str) else html
    return RawDocument(
        source="test.html",
        body=body,
        media_type="text/html",
        url=url,
        http_status=status,
        declared_encoding=encoding,
    )


def body_of(article: Article) -> list[str]:
    return article.paragraphs("body")


def assert_no_furniture(article: Article) -> None:
    text = article.section("body").text
    found = [s for s in FURNITURE_STRINGS if s in text]
    assert not found, f"furniture in body: {found}"


# --------------------------------------------------------------------------- generic path


@pytest.fixture(scope="module")
def news() -> Article:
    return clean_html(raw(NEWS_PAGE), profiles=[])


def test_generic_path_keeps_the_paragraphs_and_nothing_else(news: Article) -> None:
    assert body_of(news) == [P1, P2, P3, P4]
    assert_no_furniture(news)
    assert news.site is None and news.site_profile_version is None


def test_generic_path_metadata(news: Article) -> None:
    assert news.title == "한빛시, 청년 일자리 520개 만든다"
    assert news.paragraphs("title") == [news.title]
    assert news.published_at == datetime(2024, 3, 5, 14, 20, tzinfo=SEOUL)
    assert news.author == "박지현"
    assert news.org == "한빛시"
    # the canonical link, without its tracking parameter, names the article
    assert news.canonical_url == "https://www.hanbitilbo.kr/news/2024/0305/123"
    assert news.url == "https://www.hanbitilbo.kr/news/2024/0305/123?utm_source=share"


def test_figcaption_goes_to_the_caption_section(news: Article) -> None:
    assert news.paragraphs("caption") == [CAPTION]
    assert CAPTION not in news.section("body").text


def test_the_html_cleaner_is_registered_for_text_html() -> None:
    assert "text/html" in CLEANERS
    article = clean(raw(NEWS_PAGE, url="https://www.hanbitilbo.kr/news/2024/0305/123"))
    assert body_of(article) == [P1, P2, P3, P4]


def test_a_decoded_str_body_is_cleaned_too() -> None:
    document = RawDocument(source="t.html", body=NEWS_PAGE, media_type="text/html")
    assert body_of(clean_html(document, profiles=[])) == [P1, P2, P3, P4]


def test_raw_url_wins_over_the_pages_own() -> None:
    article = clean_html(raw(NEWS_PAGE, url="https://m.hanbitilbo.kr/a/123#top"), profiles=[])
    assert article.url == "https://m.hanbitilbo.kr/a/123#top"
    assert article.canonical_url == "https://www.hanbitilbo.kr/news/2024/0305/123"


def test_sub_headlines_above_the_first_sentence_become_subtitle_and_lead() -> None:
    page = f"""<html><head><title>한빛군, 농어촌 버스 1000원 - 한빛군청</title></head><body>
    <div class="view"><h3 class="view_title">한빛군, 농어촌 버스 1000원</h3>
    <div class="view_cont">거리와 관계없이 한 번에 1000원<br>어르신·초등학생은 계속 무료<br><br>
    {P1}<br><br>{P2}<br><br>{P3}</div></div></body></html>"""
    article = clean_html(raw(page), profiles=[])
    assert article.subtitle == "거리와 관계없이 한 번에 1000원"
    assert article.lead == ["어르신·초등학생은 계속 무료"]
    assert body_of(article) == [P1, P2, P3]
    assert article.org == "한빛군"


def test_a_board_page_in_a_table_is_read_from_its_cell() -> None:
    rows = "".join(f'<li><a href="/m/{i}">메뉴 항목 {i}</a></li>' for i in range(12))
    page = f"""<html><head>
    <title>보도자료/해명 &lt; 한빛군뉴스 &lt; 한빛군청 홈페이지</title></head><body>
    <div id="snb2"><ul>{rows}</ul></div>
    <table class="show_form"><tr><th>번호</th><td>138</td><th>조회</th><td>42</td></tr>
    <tr><th>등록일</th><td>2025-12-12 17:44:00</td></tr>
    <tr><th><label>제목</label></th><td colspan="3">한빛군, 통합돌봄 회의 열어</td></tr>
    <tr><th>내용</th><td class="content"><span>{P1}<br><br>{P2}<br><br>{P3}<br><br>
    자료제공: 복지과 (240-0000)</span></td></tr></table>
    <div class="kogl">한빛군청이 창작한 본 저작물은 공공누리 "출처표시"
    조건에 따라 이용할 수 있습니다.</div>
    </body></html>"""
    article = clean_html(raw(page), profiles=[])
    assert article.title == "한빛군, 통합돌봄 회의 열어"
    assert body_of(article) == [P1, P2, P3]
    assert article.published_at == datetime(2025, 12, 12, 17, 44, tzinfo=SEOUL)
    assert article.org == "한빛군"
    assert_no_furniture(article)


def test_an_unclosed_header_div_that_swallowed_the_article_is_not_thrown_away() -> None:
    page = f"""<html><head><title>보도자료 - 한빛군청</title></head><body>
    <div id="header"><ul class="gnb"><li><a href="/a">군정소식</a><li><a href="/b">민원안내</a></ul>
    <div id="content"><h3>한빛군, 농어촌 버스 요금 단일화</h3>
    <div class="view_cont"><p><font size="3">{P1}<p><font size="3">{P2}<p><b>{P3}
    <ul class="prev_next"><li>이전글 <a href="/v?no=1">한빛군, 물놀이 안전요원 배치</a></ul>
    <div id="footer"><p>대표전화 061-000-2114 Copyright (c) Hanbit-gun."""
    article = clean_html(raw(page), profiles=[])
    assert body_of(article) == [P1, P2, P3]
    assert article.title == "한빛군, 농어촌 버스 요금 단일화"
    assert_no_furniture(article)


# --------------------------------------------------------------------------- profiles

PROFILE = """
name = "hanbit-board"
version = "7"
org = "한빛군"
[match]
hosts = ["hanbit.go.kr"]
markers = ["#hb_view"]
[fields]
title = ["#hb_view .subject", "meta[property='og:title']@content"]
subtitle = ["#hb_view .sub_subject"]
published_at = ["#hb_view .date@data-time"]
author = ["#hb_view dt:-soup-contains('작성자') + dd"]
body = ["#hb_view .contents"]
captions = [".photo_note"]
[drop]
selectors = [".ad_slot", ".hb_tools"]
[page]
not_article = ["#hb_list"]
"""

BOARD = f"""<html><head><title>보도자료 - 한빛군청</title>
<meta property="og:title" content="한빛군, 버스 요금 1000원으로"></head><body>
<div id="hb_view"><h4 class="subject">한빛군, 농어촌 버스 요금 1000원으로 단일화</h4>
<p class="sub_subject">하루 4천여명 혜택<br>노선도 23개에서 27개로</p>
<dl><dt>작성자</dt><dd>김하늘</dd><dt>등록일</dt><dd>2024.07.21</dd></dl>
<span class="date" data-time="2024-07-22T09:30:00+09:00">2024.07.22</span>
<div class="contents"><p>{P1}</p><div class="ad_slot">여기에 광고가 들어갑니다 ad</div>
<div class="photo"><img src="/p.jpg">
<p class="photo_note">버스 요금 안내문을 붙이는 직원들</p></div>
<p>{P2}</p><div class="hb_tools">인쇄 | 스크랩 | 목록</div><p>{P3}</p></div></div>
</body></html>"""


@pytest.fixture
def profiles(tmp_path: Path) -> list:
    (tmp_path / "hanbit.toml").write_text(PROFILE, encoding="utf-8")
    return load_profiles([tmp_path])


BOARD_URL = "https://www.hanbit.go.kr/bbs/view?no=9"


def test_profile_fields_by_selector_and_attribute(profiles: list) -> None:
    article = clean_html(raw(BOARD, url=BOARD_URL), profiles=profiles)
    assert article.site == "hanbit-board"
    assert article.site_profile_version == "7"
    assert article.title == "한빛군, 농어촌 버스 요금 1000원으로 단일화"  # not og:title
    assert article.subtitle == "하루 4천여명 혜택"
    assert article.lead == ["노선도 23개에서 27개로"]
    assert article.published_at == datetime(2024, 7, 22, 9, 30, tzinfo=SEOUL)  # @data-time
    assert article.author == "김하늘"
    assert article.org == "한빛군"


def test_profile_drop_selectors_and_captions(profiles: list) -> None:
    article = clean_html(raw(BOARD, url=BOARD_URL), profiles=profiles)
    assert body_of(article) == [P1, P2, P3]
    assert article.paragraphs("caption") == ["버스 요금 안내문을 붙이는 직원들"]
    assert_no_furniture(article)


def test_profile_matched_by_markers_without_url(profiles: list) -> None:
    article = clean_html(raw(BOARD), profiles=profiles)
    assert article.site == "hanbit-board"
    assert article.url is None and article.canonical_url is None


def test_profile_not_article_selector(profiles: list) -> None:
    page = BOARD.replace('<div id="hb_view">', '<div id="hb_list"></div><div id="hb_view">')
    with pytest.raises(NotAnArticle, match="hb_list"):
        clean_html(raw(page), profiles=profiles)


def test_profile_whose_body_is_missing_falls_back_to_the_generic_path(profiles: list) -> None:
    page = f"""<html><head><title>한빛군, 여름 축제 연다 - 한빛군청</title></head><body>
    <div class="board"><h3 class="tit">한빛군, 여름 축제 연다</h3>
    <div class="txt"><p>{P1}</p><p>{P2}</p><p>{P3}</p></div></div></body></html>"""
    article = clean_html(raw(page, url="https://www.hanbit.go.kr/other?no=3"), profiles=profiles)
    # Still the profile's site (its host matched); only the fields came from the generic path.
    assert article.site == "hanbit-board"
    assert body_of(article) == [P1, P2, P3]


# --------------------------------------------------------------------------- captions


def test_photo_table_and_text_rule_captions_stay_out_of_the_body() -> None:
    page = f"""<html><head><title>한빛군, 경로당 난방비 지원 - 한빛군청</title></head><body>
    <div class="view_cont">
    <table class="photo"><tr><td><img src="/a.jpg"></td></tr>
    <tr><td>경로당을 찾은 한빛군수(왼쪽 두 번째)</td></tr></table>
    <p>{P1}</p><p>{P2}</p>
    <p>사진 설명)</p><p>한빛군수가 경로당 어르신들과 이야기를 나누고 있다.</p>
    <p>(사진=한빛군)</p><p>{P3}</p></div></body></html>"""
    article = clean_html(raw(page), profiles=[])
    assert body_of(article) == [P1, P2, P3]
    captions = article.paragraphs("caption")
    assert "경로당을 찾은 한빛군수(왼쪽 두 번째)" in captions
    assert "한빛군수가 경로당 어르신들과 이야기를 나누고 있다." in captions
    assert "(사진=한빛군)" in captions


# --------------------------------------------------------------------------- metadata


def test_json_ld_gives_headline_date_and_author() -> None:
    page = f"""<html><head><title>무제 | 한빛뉴스</title>
    <script type="application/ld+json">{{"@context": "https://schema.org",
      "@type": "NewsArticle", "headline": "한빛시, 공공요금 동결",
      "datePublished": "2024-01-02T01:30:00Z",
      "author": [{{"@type": "Person", "name": "이정민 기자"}}]}}</script>
    <script type="application/ld+json">{{ broken json </script>
    </head><body><div class="story"><p>{P1}</p><p>{P2}</p><p>{P3}</p></div></body></html>"""
    article = clean_html(raw(page), profiles=[])
    assert article.title == "한빛시, 공공요금 동결"
    assert article.published_at == datetime(2024, 1, 2, 10, 30, tzinfo=SEOUL)  # UTC → Seoul
    assert article.author == "이정민"


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        (["서울=박지현 기자", "입력 2024.03.05 14:20", "수정 2024.03.06"], (2024, 3, 5, 14, 20)),
        (["발행일: 2019-02-08 (금)", "기사전송 2019-02-07 16:09"], (2019, 2, 7, 16, 9)),
        (["등록일", "2025-12-11", "조회수", "42"], (2025, 12, 11, 0, 0)),
        (["작성일 : 2025-12-05 오후 5:09"], (2025, 12, 5, 17, 9)),
        (["날짜", "2025.12.10"], (2025, 12, 10, 0, 0)),
    ],
)
def test_visible_publication_lines(lines: list[str], expected: tuple[int, ...]) -> None:
    assert metadata.visible_published(lines) == datetime(*expected, tzinfo=SEOUL)


def test_no_visible_date_without_a_label() -> None:
    assert metadata.visible_published(["2024.03.05 행사 일정", "조회 42"]) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("작성일 24-03-05 14:20", datetime(2024, 3, 5, 14, 20, tzinfo=SEOUL)),
        ("2025.12.05 16:40", datetime(2025, 12, 5, 16, 40, tzinfo=SEOUL)),
        ("조회 06-18", None),
    ],
)
def test_board_dates(text: str, expected: datetime | None) -> None:
    assert metadata.parse_date_text(text) == expected


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("서울=이정준 기자", "이정준"),
        ("박지현 기자 jhpark@hanbitilbo.kr", "박지현"),
        ("작성자 : 이륭", "이륭"),
        ("담당자 홍길동 (061-000-0000)", "홍길동"),
        ("김하늘", "김하늘"),
        ("광주광역시청", None),
        ("빛가람동", None),
        ("홍보팀", None),
        ("담당자", None),
        ("한빛일보", None),
    ],
)
def test_person_names(text: str, name: str | None) -> None:
    assert metadata.person_name(text) == name


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("제목입니다 < 보도자료 < 시정뉴스룸 < 열린시정 - 한빛시청", "제목입니다"),
        ("한빛FC, 준우승 - 한빛일보", "한빛FC, 준우승"),
        ('시장 "예산 동결" : 한빛 뉴스', '시장 "예산 동결"'),
        ("보도자료 | 한빛광역시청", "보도자료"),
        ("한빛시 - 나눔의 도시", "한빛시 - 나눔의 도시"),  # not a site name: kept
    ],
)
def test_site_suffixes_come_off_titles(title: str, expected: str) -> None:
    assert metadata.strip_site_suffix(title) == expected


@pytest.mark.parametrize(
    ("names", "org"),
    [
        (["한빛시청"], "한빛시"),
        (["한빛광역시청"], "한빛광역시"),
        (["한빛군청 홈페이지"], "한빛군"),
        (["전라남도청"], "전라남도"),
        (["한빛도교육청"], "한빛도교육청"),
        (["한빛일보", "한빛시"], None),  # a bare place name could be anything
    ],
)
def test_public_body_from_site_names(names: list[str], org: str | None) -> None:
    assert metadata.public_body(names) == org


@pytest.mark.parametrize(
    ("url", "specific"),
    [
        ("https://www.hanbit.go.kr", False),
        ("https://www.hanbit.go.kr/", False),
        ("http://www.hanbit.go.kr/www", False),
        ("https://www.hanbit.go.kr/boardView.do?seq=21180", True),
        ("https://news.hanbit.kr/view/20190207n26652", True),
        ("https://www.hanbit.kr/12345", True),
    ],
)
def test_specific_urls(url: str, specific: bool) -> None:
    assert metadata.is_specific_url(url) is specific


def test_a_site_root_canonical_is_ignored_for_og_url() -> None:
    page = NEWS_PAGE.replace(
        '<link rel="canonical" href="https://www.hanbitilbo.kr/news/2024/0305/123?utm_source=share">',
        '<link rel="canonical" href="https://www.hanbitilbo.kr">'
        '<meta property="og:url" content="//www.hanbitilbo.kr/view/555">',
    )
    article = clean_html(raw(page), profiles=[])
    assert article.canonical_url == "https://www.hanbitilbo.kr/view/555"


def test_an_office_in_meta_author_is_not_an_author() -> None:
    page = NEWS_PAGE.replace(
        '<meta property="og:site_name" content="한빛일보">',
        '<meta property="og:site_name" content="한빛시청"><meta name="author" content="한빛시청">',
    ).replace('<div class="byline">박지현 기자 | 입력 2024.03.05 14:20</div>', "")
    page = page.replace("<p>박지현 기자 jhpark@hanbitilbo.kr</p>", "")
    article = clean_html(raw(page), profiles=[])
    assert article.author is None
    assert article.org == "한빛시"


def test_euc_kr_page_is_read_as_cp949() -> None:
    page = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=euc-kr">
    <title>똠방마을 햏사 열린다</title></head><body><div class="news_view">
    <p>{P1}</p><p>똠방마을은 다음 달 햏사를 열고 주민 300명을 초대한다고 밝혔다.</p><p>{P3}</p>
    </div></body></html>"""
    article = clean_html(raw(page.encode("cp949")), profiles=[])
    assert "똠방마을은 다음 달 햏사를 열고" in article.section("body").text
    assert "\ufffd" not in "".join(s.text for s in article.sections)


# --------------------------------------------------------------------------- not articles


@pytest.mark.parametrize(
    "page",
    [
        "<html><head><title>404 Not Found</title></head><body><h1>Not Found</h1></body></html>",
        "<html><head><title>한빛군청</title></head><body><h1>페이지를 찾을 수 없습니다</h1>"
        "<p>주소를 다시 확인해 주세요.</p></body></html>",
        "<html><head><title>보도자료</title></head><body><ul class='gnb'><li>군정</li></ul>"
        "<div class='view'><p>존재하지 않는 게시물입니다.</p></div></body></html>",
        "<html><head><title>보도자료</title><script>alert('삭제된 게시물입니다.');"
        "history.back();</script></head><body><div>군정소식</div></body></html>",
    ],
    ids=["404", "not-found-heading", "missing-post", "alert"],
)
def test_error_pages_are_not_articles(page: str) -> None:
    with pytest.raises(NotAnArticle, match="error page"):
        clean_html(raw(page), profiles=[])


def test_an_http_error_status_is_not_an_article() -> None:
    with pytest.raises(NotAnArticle, match="HTTP status 404"):
        clean_html(raw(NEWS_PAGE, status=404), profiles=[])


def test_list_page_of_teasers() -> None:
    items = "".join(
        f'<li><a href="/bbs/view.do?nttId={100 + i}">한빛군, 소식 제목 {i}번째 기사입니다</a>'
        f"<span>2025-12-0{i}</span><p>한빛군이 {i}일 주민 설명회를 열었다. 설명회에는 주민 "
        f"{i}0명이 참석해 의견을 나누고 앞으로의 계획을...</p></li>"
        for i in range(1, 9)
    )
    page = f"""<html><head><title>보도자료 &lt; 새소식 &lt; 한빛군</title></head><body>
    <div class="board_list"><ul>{items}</ul></div></body></html>"""
    with pytest.raises(NotAnArticle, match="list page"):
        clean_html(raw(page), profiles=[])


def test_list_page_of_full_sentence_summaries() -> None:
    rows = "".join(
        f'<tr><td>{900 + i}</td><td class="subject"><a href="/bbs/view.do?bIdx={500 + i}">'
        f"한빛시, {i}번째 보도자료 제목</a><p class='summary'>한빛시는 주민 {i}00명을 위한 새 "
        f"사업을 시작한다고 밝혔다.</p></td><td>2024-03-0{i}</td></tr>"
        for i in range(1, 7)
    )
    page = f"""<html><head><title>보도자료 - 한빛시청</title></head><body>
    <table class="bbs_list">{rows}</table><div class="paging"><a href="?p=2">2</a></div>
    </body></html>"""
    with pytest.raises(NotAnArticle, match="list page"):
        clean_html(raw(page), profiles=[])


def test_an_article_with_a_most_read_box_is_not_a_list() -> None:
    links = "".join(
        f'<li><a href="/news/2024/0304/{i}">다른 기사 제목 {i}번째 이야기</a></li>'
        for i in range(12)
    )
    page = NEWS_PAGE.replace("<ol>", f"<ol>{links}")
    assert body_of(clean_html(raw(page), profiles=[])) == [P1, P2, P3, P4]


@pytest.mark.parametrize(
    ("body", "reason"),
    [
        (b"", "empty page"),
        (b"   \n ", "empty page"),
        (b"<html><body><nav><a href='/'>home</a></nav><footer>Copyright</footer></body></html>",
         "no article text|broken markup"),
        ("<html><body><div class='view'><p>준비 중</p></div></body></html>".encode(),
         "too short|no article text"),
    ],
    ids=["empty", "blank", "only-furniture", "too-short"],
)  # fmt: skip
def test_pages_without_article_text(body: bytes, reason: str) -> None:
    with pytest.raises(NotAnArticle, match=reason):
        clean_html(raw(body), profiles=[])


def test_binary_data_is_a_failure_not_an_article() -> None:
    with pytest.raises(ValueError, match="binary data"):
        clean_html(raw(b"\x89PNG\r\n\x1a\n" + b"\x00" * 64), profiles=[])


def test_broken_markup_with_no_elements() -> None:
    with pytest.raises(NotAnArticle):
        clean_html(raw("<<<>>> <!-- ---"), profiles=[])


# --------------------------------------------------------------------------- block → lines


def test_block_lines_break_at_blocks_and_br_and_join_inline_runs() -> None:
    html = """<div><p>첫 <b>문단</b>의 <a href="#">글</a>이다.</p>
    <div>둘째<br>셋째<br><br>넷째</div>
    <ul><li>하나</li><li>둘</li></ul><table><tr><td>칸1</td><td>칸2</td></tr></table>
    <script>var x = "스크립트";</script><!-- 주석 --><span>끝</span></div>"""
    lines = block_lines(BeautifulSoup(html, "lxml").div)
    assert lines == ["첫 문단의 글이다.", "둘째", "셋째", "넷째", "하나", "둘", "칸1 칸2", "끝"]


def test_block_lines_survive_deep_nesting() -> None:
    html = "<div>" * 3000 + "깊은 곳의 글" + "</div>" * 3000
    assert block_lines(BeautifulSoup(html, "lxml").body) == ["깊은 곳의 글"]


def test_a_board_view_with_the_board_list_below_is_an_article() -> None:
    rows = "".join(
        f'<tr><td><a href="/bbs/view.do?idx={120 + i}">한빛군, 지난 소식 {i}번째 글</a></td>'
        f"<td>2025-11-2{i}</td></tr>"
        for i in range(6)
    )
    page = f"""<html><head><title>보도자료 - 한빛군청</title></head><body>
    <div class="board_view"><h3 class="subject">한빛군, 겨울철 한파 대책 마련</h3>
    <div class="view_cont"><p>{P1}</p><p>{P2}</p><p>{P3}</p></div>
    <div class="prev">다음글 <a href="/bbs/view.do?idx=131">한빛군, 새해 해맞이 행사 연다</a></div>
    </div><table class="board_list">{rows}</table></body></html>"""
    article = clean_html(raw(page), profiles=[])
    assert body_of(article) == [P1, P2, P3]


@pytest.mark.parametrize(
    ("meta", "expected"),
    [
        ("2024-03-05T14:20:37+09:00", datetime(2024, 3, 5, 14, 20, tzinfo=SEOUL)),  # as shown
        ("2024-03-05T05:31:10Z", datetime(2024, 3, 5, 14, 31, 10, tzinfo=SEOUL)),  # <meta> wins
    ],
)
def test_the_time_as_shown_when_meta_only_adds_seconds(meta: str, expected: datetime) -> None:
    page = NEWS_PAGE.replace("2024-03-05T14:20:00+09:00", meta)
    assert clean_html(raw(page), profiles=[]).published_at == expected


def test_inline_words_with_furniture_classes_inside_sentences_stay() -> None:
    page = f"""<html><head><title>한빛시, 청년 정책 발표 - 한빛일보</title></head><body>
    <div class="story"><h1 class="tit"><span class="blind">제목</span>한빛시, 청년 정책 발표</h1>
    <p>{P1}</p><p>한빛시는 <span class="tag">청년 일자리</span> 사업을 넓히고
    <a class="btn_link" href="/t">청년센터</a>도 새로 열기로 했다.</p>
    <p>{P3}</p><div class="btn_area"><a href="/l">목록</a></div>
    </div></body></html>"""
    article = clean_html(raw(page), profiles=[])
    assert article.title == "한빛시, 청년 정책 발표"
    assert body_of(article) == [
        P1,
        "한빛시는 청년 일자리 사업을 넓히고 청년센터도 새로 열기로 했다.",
        P3,
    ]


def test_dashed_sub_headlines_of_a_profile_keep_their_dashes_in_the_section_only(
    profiles: list,
) -> None:
    page = BOARD.replace("하루 4천여명 혜택<br>노선도", "- 하루 4천여명 혜택 -<br>- 노선도")
    article = clean_html(raw(page), profiles=profiles)
    assert article.subtitle == "하루 4천여명 혜택"
    assert article.lead == ["노선도 23개에서 27개로"]
    assert article.section("subtitle").text == "- 하루 4천여명 혜택 -"
    assert article.paragraphs("lead") == ["- 노선도 23개에서 27개로"]


def test_a_story_about_not_found_is_still_a_story() -> None:
    page = NEWS_PAGE.replace(
        "<title>한빛시, 청년 일자리 520개 만든다 - 한빛일보</title>",
        "<title>404 Not Found 전시회, 한빛시에서 열린다 - 한빛일보</title>",
    )
    assert body_of(clean_html(raw(page), profiles=[])) == [P1, P2, P3, P4]


def test_dash_lines_at_the_top_of_a_profiles_body_follow_its_sub_headline(
    profiles: list,
) -> None:
    page = BOARD.replace(
        f'<div class="contents"><p>{P1}</p>',
        f'<div class="contents"><p>-요금 안내문은 버스마다 붙인다</p><p>{P1}</p>',
    ).replace("버스 요금 안내문을 붙이는 직원들", "버스 요금 안내문을 붙이는 직원들 ©김하늘")
    article = clean_html(raw(page), profiles=profiles)
    assert article.subtitle == "하루 4천여명 혜택"
    assert article.lead == ["노선도 23개에서 27개로", "요금 안내문은 버스마다 붙인다"]
    assert body_of(article) == [P1, P2, P3]
    assert article.paragraphs("caption") == ["버스 요금 안내문을 붙이는 직원들"]  # credit cut


def test_menu_roles_are_not_bylines() -> None:
    from pipeline.clean.metadata import visible_author

    assert visible_author(["도민명예기자", "시민기자", "도민 명예기자단"]) is None
    assert visible_author(["메뉴", "김헌규 기자"]) == "김헌규"


def test_a_canonical_link_without_the_pages_query_names_the_board_not_the_page() -> None:
    # Boards (and the POST pages named by their fields) print the bare view address on every
    # article; two articles must not become one.
    page = (
        '<html><head><link rel="canonical" href="https://www.hanbit.go.kr/news/view.do">'
        "</head><body><h3>한빛시 청년 월세 지원</h3><div><p>한빛시는 청년 월세 지원 예산 3억원을"
        " 편성했다고 밝혔다. 지원 대상은 청년 1천명이다.</p></div></body></html>"
    ).encode()
    urls = []
    for idx in ("5", "6"):
        raw = RawDocument(
            source=f"p{idx}.html",
            body=page,
            media_type="text/html",
            url=f"https://www.hanbit.go.kr/news/view.do?idx={idx}",
        )
        urls.append(clean_html(raw).canonical_url)
    assert urls == [
        "https://www.hanbit.go.kr/news/view.do?idx=5",
        "https://www.hanbit.go.kr/news/view.do?idx=6",
    ]
    other = RawDocument(
        source="p7.html",
        body=page.replace(b"news/view.do", b"news/view.do?idx=7"),
        media_type="text/html",
        url="https://www.hanbit.go.kr/news/view.do?idx=7&utm_source=x",
    )
    assert clean_html(other).canonical_url == "https://www.hanbit.go.kr/news/view.do?idx=7"
