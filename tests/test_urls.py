"""canonicalize_url: spellings of one page collapse, different pages never do."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pipeline.read.urls import canonicalize_url

ARTICLE = "https://news.example.kr/news/articleView.html?idxno=123"

SAME_PAGE = [
    "https://news.example.kr/news/articleView.html?idxno=123",
    "http://news.example.kr/news/articleView.html?idxno=123",
    "HTTPS://NEWS.Example.KR/news/articleView.html?idxno=123",
    "https://news.example.kr:443/news/articleView.html?idxno=123",
    "http://news.example.kr:80/news/articleView.html?idxno=123",
    "https://news.example.kr/news/articleView.html?idxno=123#top",
    "https://news.example.kr/news/articleView.html?idxno=123#",
    "https://news.example.kr/news/articleView.html?idxno=123&utm_source=naver&utm_medium=news",
    "https://news.example.kr/news/articleView.html?utm_campaign=x&idxno=123",
    "https://news.example.kr/news/articleView.html?idxno=123&fbclid=IwAR0abc",
    "https://news.example.kr/news/articleView.html?idxno=123&gclid=Cj0KCQ",
    "https://news.example.kr/news/articleView.html?idxno=123&",
    "  https://news.example.kr/news/articleView.html?idxno=123\n",
    "https://news.example.kr/news/articleView.html/?idxno=123",
]


@pytest.mark.parametrize("variant", SAME_PAGE)
def test_spellings_of_one_page_collapse(variant: str) -> None:
    assert canonicalize_url(variant) == ARTICLE


@pytest.mark.parametrize(
    ("variants", "canonical"),
    [
        (
            [
                "https://www.gwangju.go.kr/boardView.do?pageId=www789&boardId=BD_0000000027&seq=1",
                "https://www.gwangju.go.kr/boardView.do?pageId=www789&amp;boardId=BD_0000000027"
                "&amp;seq=1",
            ],
            "https://www.gwangju.go.kr/boardView.do?pageId=www789&boardId=BD_0000000027&seq=1",
        ),
        (
            [
                "https://www.mokpo.go.kr/www/",
                "https://www.mokpo.go.kr/www",
                "http://WWW.MOKPO.GO.KR/www/",
            ],
            "https://www.mokpo.go.kr/www",
        ),
        (
            ["https://example.kr", "https://example.kr/", "http://example.kr/#main"],
            "https://example.kr/",
        ),
        (
            [
                "https://example.kr/bbs/board.php?bo_table=news&wr_id=7&sca=보도자료",
                "https://example.kr/bbs/board.php?bo_table=news&wr_id=7&sca=%EB%B3%B4%EB%8F%84%EC%9E%90%EB%A3%8C",
                "https://example.kr/bbs/board.php?bo_table=news&wr_id=7&sca=%eb%b3%b4%eb%8f%84%ec%9e%90%eb%a3%8c",
            ],
            "https://example.kr/bbs/board.php?bo_table=news&wr_id=7&sca=%EB%B3%B4%EB%8F%84%EC%9E%90%EB%A3%8C",
        ),
        (
            ["https://example.kr/%7Euser/a%2Db", "https://example.kr/~user/a-b"],
            "https://example.kr/~user/a-b",
        ),
        (
            ["http://한국.kr/뉴스", "https://xn--3e0b707e.kr/%EB%89%B4%EC%8A%A4"],
            "https://xn--3e0b707e.kr/%EB%89%B4%EC%8A%A4",
        ),
        (["https://example.kr:8080/a/", "http://example.kr:8080/a"], "https://example.kr:8080/a"),
    ],
)
def test_more_spellings_collapse(variants: list[str], canonical: str) -> None:
    assert {canonicalize_url(v) for v in variants} == {canonical}


@pytest.mark.parametrize(
    ("one", "other"),
    [
        (ARTICLE, "https://news.example.kr/news/articleView.html?idxno=124"),
        # The order of a query is kept: some CMSs read parameters positionally.
        (
            "https://example.kr/view.do?a=1&b=2",
            "https://example.kr/view.do?b=2&a=1",
        ),
        # Path case matters on most servers (and in 'articleView.html').
        ("https://example.kr/News/1", "https://example.kr/news/1"),
        ("https://news.example.kr/a", "https://www.news.example.kr/a"),
        ("https://example.kr:8080/a", "https://example.kr/a"),
        # An EUC-KR escape is not the same bytes as the UTF-8 one.
        ("https://example.kr/s?q=%BA%B8%B5%B5", "https://example.kr/s?q=%EB%B3%B4%EB%8F%84"),
        # A parameter only named like a tracker is not one.
        ("https://example.kr/a?ref=1", "https://example.kr/a"),
        ("https://example.kr/a?utmost=1", "https://example.kr/a"),
        ("https://example.kr/a?x=", "https://example.kr/a"),
    ],
)
def test_different_pages_stay_apart(one: str, other: str) -> None:
    assert canonicalize_url(one) != canonicalize_url(other)


def test_relative_url_is_resolved_against_base() -> None:
    base = "http://news.example.kr/news/articleList.html?page=2#x"
    assert canonicalize_url("articleView.html?idxno=123", base=base) == ARTICLE
    assert canonicalize_url("/news/articleView.html?idxno=123", base=base) == ARTICLE
    assert (
        canonicalize_url("//news.example.kr/news/articleView.html?idxno=123", base=base) == ARTICLE
    )


@pytest.mark.parametrize(
    "bad",
    [
        "",
        "articleView.html?idxno=123",
        "/news/articleView.html?idxno=123",
        "mailto:press@mokpo.go.kr",
        "javascript:void(0)",
        "ftp://example.kr/a",
        "https://",
        "https://example.kr:99999/a",
    ],
)
def test_not_an_absolute_http_url_is_an_error(bad: str) -> None:
    with pytest.raises(ValueError, match="URL"):
        canonicalize_url(bad)


@given(
    host=st.sampled_from(["news.example.kr", "www.gwangju.go.kr", "한국.kr"]),
    path=st.lists(
        st.sampled_from(["news", "보도자료", "a b", "%EB%89%B4", "x.html", ""]), max_size=4
    ),
    query=st.lists(
        st.tuples(
            st.sampled_from(["idxno", "bo_table", "utm_source", "sca", "fbclid"]),
            st.text(max_size=5),
        ),
        max_size=4,
    ),
    fragment=st.text(max_size=5),
)
def test_canonical_form_is_a_fixed_point(
    host: str, path: list[str], query: list[tuple[str, str]], fragment: str
) -> None:
    url = f"http://{host}/{'/'.join(path)}?{'&'.join(f'{k}={v}' for k, v in query)}#{fragment}"
    once = canonicalize_url(url)
    assert canonicalize_url(once) == once
    assert once.startswith("https://") and "#" not in once
    assert "utm_source=" not in once and "fbclid=" not in once
