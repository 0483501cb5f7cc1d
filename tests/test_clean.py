"""clean / clean_text: the sample article end to end, then one small Korean example per rule."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.clean import NotAnArticle, clean, clean_text
from pipeline.clean.rules import find_org, parse_published_at
from pipeline.read.inputs import iter_raw_documents
from schemas.records import SECTION_ORDER, Article, Failure, RawDocument

REPO = Path(__file__).resolve().parents[1]
SAMPLE = REPO / "data" / "raw" / "cheonan-2021-jobs.txt"
SHARED = REPO.parent / "shared"
SEOUL = ZoneInfo("Asia/Seoul")

TITLE = "당진시, 청년 일자리 420개 만든다"
BODY1 = "당진시는 올해 일자리 예산 35억원을 투입해 청년 일자리 420개를 만든다고 밝혔다."
BODY2 = "시 관계자는 “청년이 머무는 도시를 만들겠다”고 말했다."


def _clean(*lines: str, title: str | None = TITLE, **kwargs: str) -> Article:
    return clean_text("\n".join(lines), source="test", title=title, **kwargs)


def _all_text(article: Article) -> str:
    return "\n".join(s.text for s in article.sections)


# --------------------------------------------------------------------------- the sample


@pytest.fixture(scope="module")
def sample() -> Article:
    (raw,) = iter_raw_documents([SAMPLE])
    assert isinstance(raw, RawDocument)
    return clean(raw)


def test_sample_metadata(sample: Article) -> None:
    assert sample.title == '천안시,"4222억2000만원 투입, 고용률 67% 달성"목표'
    assert sample.subtitle == "올해 일자리 창출, 첨단산업과 청년에 집중"
    assert sample.lead == [
        "일자리 창출 종합 추진계획 수립, 2만6천개 양질의 일자리 창출 목표",
        "첨단산업 활성화로 일자리 창출력 제고, 미래선도 청년 창업 활성화",
    ]
    assert sample.author == "김헌규"
    assert sample.published_at == datetime(2021, 2, 3, 9, 57, tzinfo=SEOUL)
    assert sample.published_at.utcoffset().total_seconds() == 9 * 3600
    assert sample.org == "천안시"
    assert sample.source == str(SAMPLE)


def test_sample_sections(sample: Article) -> None:
    names = [s.name for s in sample.sections]
    assert names == ["title", "subtitle", "lead", "body", "caption"]
    assert names == [n for n in SECTION_ORDER if n in names]
    assert sample.paragraphs("title") == [sample.title]
    assert sample.section("subtitle").text == "-올해 일자리 창출, 첨단산업과 청년에 집중"
    assert sample.paragraphs("lead") == [f"-{line}" for line in sample.lead]
    body = sample.paragraphs("body")
    assert len(body) == 13
    assert body[0].startswith("천안시가 4차 산업혁명 등 미래를 대비한 첨단산업")
    assert body[1].startswith("시는 올해 4,222억2000만원을 투입해 고용률 67% 달성을 목표로")
    assert body[-1].startswith("박상돈 천안시장은 “미래 변화에 대응한")
    assert body[-1].endswith("삶의 질을 높여가겠다”고 말했다.")
    assert sample.paragraphs("caption") == [
        "▲ 천안시민 5346명이 연명치료를 거부하고 있는 것으로 나타났다.(사진 천안시청 전경)"
    ]


def test_sample_furniture_is_gone(sample: Article) -> None:
    text = _all_text(sample)
    for furniture in ("광고", "관련기사목록", "기사입력", "입력 :", "김헌규 |", "©", "\u00a0"):
        assert furniture not in text
    assert text.count("4222억2000만원 투입") == 1  # the headline printed twice counts once
    assert text.count("올해 일자리 창출, 첨단산업과 청년에 집중") == 1
    for section in sample.sections:
        assert all(p.strip() == p and p for p in section.paragraphs)


# --------------------------------------------------------------------------- furniture


@pytest.mark.parametrize(
    "furniture",
    [
        ["광고", "광고"],
        ["관련기사", "당진시, 스마트팜 단지 준공", "당진시, 겨울철 한파 대비 점검"],
        ["관련기사목록", "예산군, 전통시장 활성화 추진"],
        ["다른기사보기 서산시, 귀농인 정착 지원 확대 예산군, 전통시장 활성화 추진"],
        ["목록"],
        ["이전글 당진시, 도서관 야간 개방 확대", "2025-12-01"],
        ["다음글", "당진시, 어린이집 급식비 인상", "2025-12-03"],
        ["미리보기 (사진자료)당진시 청년센터 개소.jpg [size: 512.40 KB, Download: 7]"],
        ["첨부파일 당진시 보도자료.hwp"],
        ["당진시청 전경(홈페이지용).jpg", "0 hit / 312 KB", "DOWNLOAD 미리보기"],
        ["1.[보도자료] 청년 일자리 계획.hwp (212.50 Kb) Hit: 4"],
        ["무단전재 및 재배포 금지"],
        ["저작권자 © 당진신문 무단전재 및 재배포 금지"],
        ["Copyright © 당진일보. All rights reserved."],
        ["<저작권자(c) 당진뉴스, 무단 전재-재배포 금지>"],
        ["본 공공저작물은 공공누리 제1유형 : 출처표시 조건에 따라 이용할 수 있습니다."],
        ["(끝)"],
        ["김민수 기자 minsu@dangjin.example.kr"],
        ["minsu@dangjin.example.kr"],
        ["김민수 기자"],
        ["담당부서 : 일자리정책과 / 연락처 : 041)350-1234"],
        ["【일자리정책과장 박정민 350-1200, 청년팀장 이수진 350-1210】"],
        ["이 페이지에서 제공하는 정보에 대하여 어느 정도 만족하셨습니까?", "매우만족", "보통"],
        ["=" * 40],
    ],
)
def test_furniture_lines_are_removed(furniture: list[str]) -> None:
    article = _clean(TITLE, BODY1, *furniture, BODY2)
    assert article.paragraphs("body") == [BODY1, BODY2]
    assert article.section("caption") is None
    text = _all_text(article)
    for line in furniture:
        assert line not in text


def test_furniture_at_the_end_of_the_page() -> None:
    article = _clean(
        BODY1,
        BODY2,
        "본 저작물은 공공누리 제4유형에 따라 이용할 수 있습니다.",
        "다음글",
        "",
        "당진시, 어린이집 급식비 인상",
        "",
        "2025-12-03",
        "이전글",
        "당진시, 도서관 야간 개방 확대",
        "2025-12-01",
        "인쇄 목록",
    )
    assert article.paragraphs("body") == [BODY1, BODY2]
    # links to other releases without labels: a headline and its date, at the very end
    unlabelled = _clean(
        BODY1,
        BODY2,
        "당진시, 도서관 야간 개방 확대",
        "2025-12-01",
        "당진시, 한파 대비",
        "2025-12-02",
    )
    assert unlabelled.paragraphs("body") == [BODY1, BODY2]


def test_a_sentence_after_a_related_list_is_kept() -> None:
    article = _clean(BODY1, "관련기사", "당진시, 스마트팜 단지 준공", BODY2)
    assert article.paragraphs("body") == [BODY1, BODY2]


def test_inline_furniture_is_cut_from_a_long_line() -> None:
    line = (
        f"{BODY1} {BODY2} 김민수 기자 minsu@dangjin.example.kr 다른기사보기 "
        "서산시, 귀농인 정착 지원 확대 예산군, 전통시장 활성화 추진"
    )
    article = _clean(line)
    assert article.paragraphs("body") == [f"{BODY1} {BODY2}"]
    ended = _clean(BODY1, f"{BODY2} <끝>")
    assert ended.paragraphs("body") == [BODY1, BODY2]
    shared = _clean(f"{BODY1} {BODY2} 기사공유하기 프린트 메일보내기 글씨키우기")
    assert shared.paragraphs("body") == [f"{BODY1} {BODY2}"]


def test_trailing_list_of_links_is_cut() -> None:
    line = (
        f"{BODY1} {BODY2} 당진시 청년 정책 ① https://news.example.kr/1 "
        "당진시 청년 정책 ② https://news.example.kr/2"
    )
    assert _clean(line).paragraphs("body") == [f"{BODY1} {BODY2}"]


def test_a_whole_story_repeated_counts_once() -> None:
    story = [
        BODY1,
        "청년 일자리는 제조업 240개, 서비스업 180개로 나뉜다.",
        "참여 기업에는 1인당 월 200만원을 최대 2년 동안 지원하고, 정규직 전환 때 300만원을 준다.",
        "시는 상반기에 참여 기업 60곳을 모집하고 하반기에 40곳을 추가로 모집할 계획이다.",
        BODY2,
    ]
    article = _clean(*story, *story)
    assert article.paragraphs("body") == story
    # printed twice inside one long line, as single-line crawls do
    once = " ".join(story)
    assert len(once) >= 200
    assert _clean(f"{once} {once}").paragraphs("body") == [once]


@pytest.mark.parametrize(
    "line",
    [
        "▲ 등록 2026년 1월 5일~2월 6일",
        "다운로드 수가 3만 건을 넘었다.",
        "첨부한 자료에 따르면 참여 기업은 60곳이다.",
        "공공누리 개방 저작물은 올해 1만2천 건으로 늘었다.",
        "▲ 청년센터 운영 2억원 ▲ 사진 동아리 지원 3천만원",
    ],
)
def test_body_lines_that_look_a_little_like_furniture_stay(line: str) -> None:
    article = _clean(BODY1, line, BODY2)
    assert article.paragraphs("body") == [BODY1, line, BODY2]
    assert article.published_at is None


def test_a_whole_article_on_one_line_is_never_taken_for_a_furniture_line() -> None:
    # single-line crawls put the licence notice or a photo credit at the end of the only line
    long_line = " ".join(f"{BODY1[:-5]} {n}단계로 나눠 추진한다고 밝혔다." for n in range(1, 7))
    for ending in (
        "본 저작물은 공공누리 제1유형 조건에 따라 이용할 수 있습니다.",
        "(사진=당진시)",
        "/당진시 제공",
    ):
        article = _clean(f"{long_line} {ending}")
        (body,) = article.paragraphs("body")
        # at most the sentence before a photo credit goes to the captions
        assert body.startswith(long_line.rsplit(". ", 1)[0])


def test_short_repeated_lines_that_are_not_a_story_stay() -> None:
    article = _clean("▲ 추진 배경", BODY1, "▲ 추진 배경", BODY2)
    assert article.paragraphs("body") == ["▲ 추진 배경", BODY1, "▲ 추진 배경", BODY2]


# --------------------------------------------------------------------------- captions


@pytest.mark.parametrize(
    ("lines", "caption"),
    [
        (["▲ 당진시청 전경 ©당진시"], "▲ 당진시청 전경"),
        (["▲ 김영호 시장(가운데)이 청년들과 기념촬영을 하고 있다."], None),
        (["▲ 청년센터 개소식에서 인사말을 하는 김영호 시장. (사진=당진시)"], None),
        (["△ 청년센터 개소식 모습"], None),
        (
            ["사진 설명)", "당진시가 청년센터 개소식을 열었다."],
            "당진시가 청년센터 개소식을 열었다.",
        ),
        (["*사진설명 : 개소식에서 테이프를 자르는 모습."], None),
        (["※ 사진설명 : 당진시청 전경"], None),
        (["(사진=당진시)"], None),
        (["(사진 제공-당진시)"], None),
        (["(청년센터 개소식 사진 1장 첨부)"], None),
        (["청년센터 개소식에 참석한 내빈들이 박수를 치고 있다. /당진시 제공"], None),
        (["[사진1: 청년센터 개소식에서 인사말을 하는 김영호 시장]"], None),
        (["개소식에서 인사말을 하는 김영호 시장 (당진시 제공)"], None),
    ],
)
def test_caption_lines(lines: list[str], caption: str | None) -> None:
    article = _clean(BODY1, *lines, BODY2)
    assert article.paragraphs("body") == [BODY1, BODY2]
    assert article.paragraphs("caption") == [caption or lines[-1]]


@pytest.mark.parametrize(
    "bullet",
    ["▲청년 일자리 1천명", "▲ 노인 일자리 500명 창출", "△ 소상공인 특례보증 20억원"],
)
def test_triangle_bullets_in_a_list_are_body(bullet: str) -> None:
    article = _clean(BODY1, "주요 사업은 다음과 같다.", bullet, BODY2)
    assert article.paragraphs("body") == [BODY1, "주요 사업은 다음과 같다.", bullet, BODY2]
    assert article.section("caption") is None


def test_photo_note_line_before_the_story_starts() -> None:
    note = "12일 당진시청에서 열린 청년 일자리 협약식 사진."
    article = _clean(note, BODY1, BODY2)
    assert article.paragraphs("caption") == [note]
    assert article.paragraphs("body") == [BODY1, BODY2]
    # later in the story such a line is left alone
    later = _clean(BODY1, "올해의 주제는 가족 사진.", BODY2)
    assert later.paragraphs("body") == [BODY1, "올해의 주제는 가족 사진.", BODY2]


def test_caption_fused_in_front_of_the_first_sentence() -> None:
    line = (
        "12일 당진시청에서 열린 청년 일자리 협약식 사진. [당진/충남일보] "
        "당진시는 청년 일자리 420개를 만든다고 밝혔다."
    )
    article = _clean(line, BODY2)
    assert article.paragraphs("caption") == ["12일 당진시청에서 열린 청년 일자리 협약식 사진."]
    assert article.paragraphs("body") == [
        "[당진/충남일보] 당진시는 청년 일자리 420개를 만든다고 밝혔다.",
        BODY2,
    ]
    credited = _clean(f"당진시청 전경. 당진시 제공 {BODY1}", BODY2)
    assert credited.paragraphs("caption") == ["당진시청 전경. 당진시 제공"]
    assert credited.paragraphs("body") == [BODY1, BODY2]


def test_a_first_sentence_that_offers_something_is_not_a_caption() -> None:
    line = "당진시는 청년에게 무료 법률상담 서비스를 제공 하기로 하고 예산 2억원을 편성했다."
    article = _clean(line, BODY2)
    assert article.paragraphs("body") == [line, BODY2]
    assert article.section("caption") is None


def test_photo_note_with_a_press_credit_inside_a_paragraph() -> None:
    note = "사진은 지난 3일 열린 청년 일자리 협약식 모습. 2026.2.3 /연합뉴스"
    article = _clean(f"{BODY1} {note} {BODY2}")
    assert article.paragraphs("caption") == [note]
    assert article.paragraphs("body") == [f"{BODY1} {BODY2}"]


# --------------------------------------------------------------------------- titles and head


def test_given_title_is_not_repeated_in_the_body() -> None:
    article = _clean(
        "당진시, “청년 일자리 420개” 만든다",
        BODY1,
        "당진시, 청년 일자리",
        "420개 만든다",
        BODY2,
        title="새글 당진시, 청년 일자리 420개 만든다NEW",
    )
    assert article.title == TITLE
    assert article.paragraphs("title") == [TITLE]
    assert article.paragraphs("body") == [BODY1, BODY2]


def test_a_title_line_without_the_board_s_department_is_a_repeat() -> None:
    article = _clean(TITLE, BODY1, title=f"{TITLE}(일자리경제과)")
    assert article.title == TITLE
    assert article.paragraphs("body") == [BODY1]


@pytest.mark.parametrize(
    ("given", "expected"),
    [
        ("당진시, 청년 일자리 420개 만든다 - 충남뉴스", TITLE),
        ("11:12\n\n당진시, 청년 일자리 420개 만든다", TITLE),
        ("2025-12-12  당진시, 청년 일자리 420개 만든다", TITLE),
        ("당진시, 청년 일자리 420개 만든다\n새로운글", TITLE),
        ("RENEW 에너지 박람회 개최", "RENEW 에너지 박람회 개최"),
        # the issuing department a county's board glues to the title
        ("당진시, 청년 일자리 420개 만든다(일자리경제과)", TITLE),
        ("군민 만족도 조사(결과)", "군민 만족도 조사(결과)"),
    ],
)
def test_site_residue_is_cleaned_from_titles(given: str, expected: str) -> None:
    assert _clean(BODY1, title=given).title == expected


def test_without_a_given_title_the_first_headline_line_is_the_title() -> None:
    article = _clean("광고", "", TITLE, "", "-청년 일자리 창출 목표", BODY1, BODY2, title=None)
    assert article.title == TITLE
    assert article.subtitle == "청년 일자리 창출 목표"
    assert article.paragraphs("body") == [BODY1, BODY2]


def test_without_a_title_a_first_sentence_stays_body() -> None:
    article = _clean(BODY1, BODY2, title=None)
    assert article.title is None
    assert article.section("title") is None
    assert article.paragraphs("body") == [BODY1, BODY2]


def test_menu_lines_above_the_headline_copy_are_dropped() -> None:
    article = _clean("보도자료", "일자리정책과", "16:05", "담당부서", TITLE, BODY1, BODY2)
    assert article.paragraphs("body") == [BODY1, BODY2]


def test_dash_lines_in_the_head_are_subtitle_and_lead_and_in_the_body_stay_body() -> None:
    article = _clean(
        TITLE,
        "- 2026년 청년 일자리 종합계획 발표 -",
        "박정민 기자 | 입력 2026.02.03 10:15",
        "-제조업 240개, 서비스업 180개",
        "-참여 기업에 1인당 월 200만원 지원",
        BODY1,
        "- 세부 계획은 다음 달 공개된다.",
        BODY2,
    )
    assert article.subtitle == "2026년 청년 일자리 종합계획 발표"
    assert article.lead == ["제조업 240개, 서비스업 180개", "참여 기업에 1인당 월 200만원 지원"]
    assert article.section("subtitle").text == "- 2026년 청년 일자리 종합계획 발표 -"
    assert article.paragraphs("body") == [BODY1, "- 세부 계획은 다음 달 공개된다.", BODY2]
    assert article.author == "박정민"
    assert article.published_at == datetime(2026, 2, 3, 10, 15, tzinfo=SEOUL)


def test_text_header_format() -> None:
    text = "\n".join(
        [
            "=" * 70,
            f"제목: {TITLE}",
            "=" * 70,
            "",
            "신문사: 충남일보",
            "지역: 충청도",
            "발행일: 2026-02-23",
            "기자: 박정민",
            "URL: https://news.example.kr/article/123",
            "수집일시: 2026-02-24 11:34:51",
            "",
            "-" * 70,
            "",
            "본문:",
            "",
            f"{BODY1} {BODY2}",
            "",
            "=" * 70,
        ]
    )
    article = clean_text(text, source="x.txt")
    assert article.title == TITLE
    assert article.url == "https://news.example.kr/article/123"
    assert article.author == "박정민"
    assert article.published_at == datetime(2026, 2, 23, tzinfo=SEOUL)
    assert article.paragraphs("body") == [f"{BODY1} {BODY2}"]
    assert "신문사" not in _all_text(article) and "수집일시" not in _all_text(article)


def test_jsonl_record_with_br_markup() -> None:
    raw = RawDocument(
        source="press.jsonl#L3",
        body=f"{TITLE}<br />- 청년 일자리 종합계획 -<br /><br />{BODY1}<br/>{BODY2}&nbsp;<br />",
        media_type="application/jsonl-record",
        external_id="jpp-77",
        url="https://example.go.kr/77",
        title=TITLE,
        published_at="2026-05-29",
    )
    article = clean(raw)
    assert article.external_id == "jpp-77"
    assert article.url == "https://example.go.kr/77"
    assert article.subtitle == "청년 일자리 종합계획"
    assert article.paragraphs("body") == [BODY1, BODY2]
    assert "<br" not in _all_text(article)
    assert article.published_at == datetime(2026, 5, 29, tzinfo=SEOUL)


# --------------------------------------------------------------------------- metadata


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2025-12-13T16:51:47.802+00:00", datetime(2025, 12, 14, 1, 51, 47, 802000, SEOUL)),
        ("2025-12-15T00:00:00+00:00", datetime(2025, 12, 15, 9, 0, tzinfo=SEOUL)),
        ("2026-02-24", datetime(2026, 2, 24, tzinfo=SEOUL)),
        ("2026-02-24 10:30:00", datetime(2026, 2, 24, 10, 30, tzinfo=SEOUL)),
        ("2026-02-24T10:30:00Z", datetime(2026, 2, 24, 19, 30, tzinfo=SEOUL)),
        ("2021/02/03 [09:57]", datetime(2021, 2, 3, 9, 57, tzinfo=SEOUL)),
        ("2025. 12. 17.", datetime(2025, 12, 17, tzinfo=SEOUL)),
        ("2024년 5월 6일 오후 2:20", datetime(2024, 5, 6, 14, 20, tzinfo=SEOUL)),
        ("어제", None),
        ("2025-13-45", None),
    ],
)
def test_parse_published_at(value: str, expected: datetime | None) -> None:
    parsed = parse_published_at(value)
    assert parsed == expected
    if parsed is not None:
        assert parsed.tzinfo == SEOUL


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("입력 2024.05.06 14:20", datetime(2024, 5, 6, 14, 20, tzinfo=SEOUL)),
        ("등록일 : 2024-05-06", datetime(2024, 5, 6, tzinfo=SEOUL)),
        ("승인 2024.05.06 08:00:15", datetime(2024, 5, 6, 8, 0, 15, tzinfo=SEOUL)),
        ("작성자: 운영자 작성일: 2025-12-12 추천수 : 0", datetime(2025, 12, 12, tzinfo=SEOUL)),
    ],
)
def test_published_at_from_a_visible_line(line: str, expected: datetime) -> None:
    article = _clean(line, BODY1, BODY2)
    assert article.published_at == expected
    assert article.paragraphs("body") == [BODY1, BODY2]
    # the input's own value wins over what the page shows
    given = _clean(line, BODY1, BODY2, published_at="2026-01-02")
    assert given.published_at == datetime(2026, 1, 2, tzinfo=SEOUL)


def test_author_from_a_prefix_or_a_sign_off_inside_the_text() -> None:
    prefixed = _clean(f"[충청투데이 이상복 기자] {BODY1}", BODY2)
    assert prefixed.author == "이상복"
    assert prefixed.paragraphs("body")[0] == f"[충청투데이 이상복 기자] {BODY1}"
    signed = _clean(BODY1, f"{BODY2} 이상복 기자")
    assert signed.author == "이상복"
    outlet = _clean(BODY1, f"{BODY2} 충남뉴스 기자")
    assert outlet.author is None


@pytest.mark.parametrize(
    ("title", "first", "org"),
    [
        ('천안시,"4222억2000만원 투입, 고용률 67% 달성"목표', BODY1, "천안시"),
        ("완도군, 공익 직불금 6천여 농가에 88억 지급", BODY1, "완도군"),
        ("충북교육청, 기초학력 예산 12억원 편성", BODY1, "충북교육청"),
        ("전남 무안군, 본예산 확정", BODY1, "무안군"),
        ("대구 서구청, 공공근로 참여자 모집", BODY1, "서구청"),
        ("강원특별자치도 올해 2천억원 규모 융자", BODY1, "강원특별자치도"),
        ("겨울철 한파 대비 점검", "단양군이 한파 대비 점검에 나섰다.", "단양군"),
        ("겨울철 한파 대비 점검", "전남 무안군(군수 김산)은 점검에 나섰다.", "무안군"),
        ("겨울철 한파 대비 점검", "[충청투데이 이상복 기자] 단양군이 점검했다.", "단양군"),
        ("겨울철 한파 대비 점검", "올해 제도가 바뀌어 지원이 늘었다.", None),
        ("대구 미분양 5천962호로 급감", "작년 말 대비 32.3% 감소했다.", None),
        ("빛가람혁신도시 공공기관 채용 확대", "공공기관들이 채용을 늘린다.", None),
        ("정비해도 불어난 기금", "기금이 늘었다.", None),
    ],
)
def test_find_org(title: str, first: str, org: str | None) -> None:
    assert find_org(title, [first]) == org
    assert _clean(first, BODY2, title=title).org == org


# --------------------------------------------------------------------------- not an article


@pytest.mark.parametrize(
    "text",
    [
        "",
        "   \n\u00a0\n\t\n",
        "광고\n광고\n관련기사목록\n무단전재 및 재배포 금지\n",
        f"{TITLE}\n목록\n본 공공저작물은 공공누리 제1유형에 따라 이용할 수 있습니다.",
    ],
)
def test_not_an_article(text: str) -> None:
    with pytest.raises(NotAnArticle):
        clean_text(text, source="empty", title=TITLE)


def test_clean_dispatches_on_media_type() -> None:
    raw = RawDocument(source="legacy.txt", body=f"{TITLE}\n{BODY1}".encode("cp949"))
    assert clean(raw).paragraphs("body") == [BODY1]
    with pytest.raises(ValueError, match="no cleaner for media type 'application/pdf'"):
        clean(RawDocument(source="a.pdf", body=b"%PDF", media_type="application/pdf"))


_POOL = [
    TITLE,
    BODY1,
    BODY2,
    "광고",
    "관련기사",
    "다음글",
    "2025-12-01",
    "▲ 당진시청 전경 ©당진시",
    "▲청년 일자리 1천명",
    "사진 설명)",
    "-청년 일자리 창출 목표",
    "김민수 | 기사입력 2026/02/03 [09:57]",
    "본문:",
    "제목: 당진시",
    "<br />",
    "다른기사보기",
    "",
    " ",
]


@settings(max_examples=150, deadline=None)
@given(
    lines=st.lists(st.one_of(st.sampled_from(_POOL), st.text(max_size=40)), max_size=12),
    title=st.one_of(st.none(), st.sampled_from([TITLE, "", "  ", "새글 NEW"]), st.text()),
)
def test_any_text_cleans_or_is_not_an_article(lines: list[str], title: str | None) -> None:
    try:
        article = clean_text("\n".join(lines), source="fuzz", title=title)
    except NotAnArticle:
        return
    assert article.paragraphs("body")
    assert [s.name for s in article.sections] == [
        n for n in SECTION_ORDER if article.section(n) is not None
    ]
    for section in article.sections:
        assert section.text and all(p == p.strip() and p for p in section.paragraphs)


# --------------------------------------------------------------------------- real material


def _shared_articles() -> list[tuple[str, Article | None]]:
    if not SHARED.is_dir():
        pytest.skip(f"shared corpus not found at {SHARED} (only the sample is checked)")
    results: list[tuple[str, Article | None]] = []
    raws = iter_raw_documents([SHARED / "corpus" / "text"])
    gold = SHARED / "gold" / "dev.jsonl"
    if gold.is_file():
        raws = [*raws, *iter_raw_documents([gold])]
    for raw in raws:
        assert not isinstance(raw, Failure), raw
        try:
            results.append((raw.source, clean(raw)))
        except NotAnArticle:
            results.append((raw.source, None))
    return results


def test_every_real_article_cleans_without_furniture_in_the_body() -> None:
    results = _shared_articles()
    assert len(results) > 30
    cleaned = [(source, a) for source, a in results if a is not None]
    assert len(cleaned) >= len(results) - 3  # almost all real inputs are articles
    for source, article in cleaned:
        body = article.paragraphs("body")
        assert body, source
        for paragraph in body:
            assert paragraph.strip() != "광고", source
            for furniture in ("관련기사", "무단전재", "공공누리", "다른기사보기"):
                assert furniture not in paragraph, (source, paragraph[:80])
        assert article.published_at is None or article.published_at.tzinfo is not None


def test_gold_titles_are_not_repeated_in_the_body() -> None:
    gold = SHARED / "gold" / "dev.jsonl"
    if not gold.is_file():
        pytest.skip(f"gold file not found at {gold}")
    for line in gold.read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        article = clean_text(record["text"], source=record["id"], title=record["title"])
        for paragraph in article.paragraphs("body"):
            assert paragraph != article.title, record["id"]
