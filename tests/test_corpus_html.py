"""The real pages of ../shared/corpus/html through clean_html, with the built-in site profiles
and without any (the generic path), which must both get every page right.

For each article page: the title, the publication time, the issuing body, the body's first and
last paragraph (checked by short phrases of them), no page furniture in the body, the photo
captions apart. The 완도 list page is not an article; the EUC-KR 네이트 page decodes without a
single U+FFFD. The pages are read from the shared folder, never copied here.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from pipeline.clean import NotAnArticle
from pipeline.clean.dom import FURNITURE_STRINGS
from pipeline.clean.html import clean_html
from schemas.records import Article, RawDocument

CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "corpus" / "html"
SEOUL = ZoneInfo("Asia/Seoul")

pytestmark = pytest.mark.skipif(
    not CORPUS.is_dir(), reason=f"the shared HTML corpus is not at {CORPUS}"
)


@dataclass(frozen=True)
class Page:
    file: str
    site: str
    title: str
    published_at: datetime
    org: str | None
    first: str  # a phrase of the body's first paragraph
    last: str  # a phrase of its last paragraph
    caption: str | None = None  # a phrase of a photo caption, which must not be in the body
    not_in_body: tuple[str, ...] = ()  # this page's own furniture or captions
    # Furniture strings that the article itself uses ("개인정보 유출 위험을 줄이고").
    own_words: frozenset[str] = field(default_factory=frozenset)


def at(*parts: int) -> datetime:
    return datetime(*parts, tzinfo=SEOUL)


PAGES = [
    Page(
        "jeonnam_municipal_sites/naju_press_detail.html",
        "ybmodule-basic-view",
        "꽃소마루 나주혁신점-빛가람동, ‘한돈·가족 외식권 후원’ 협약",
        at(2025, 12, 5, 16, 40),
        "나주시",
        first="빛가람동(동장 김귀남)은 지난 2일",
        last="세심한 지원을 이어 나가겠다”고 전했다.",
        caption="후원하는 협약을 체결했다.",
        not_in_body=("사진 설명", "사진 제공", "061-339", "jpg"),
    ),
    Page(
        "jeonnam_municipal_sites/gangjin_press_detail.html",
        "ybmodule-view",
        "“새로 열린 기차 타고 강진 가자”",
        at(2025, 12, 10),
        "강진군",
        first="코레일과 공동으로 추진한",
        last="브랜드 가치를 지속적으로 높일 계획이다.",
        caption="가우도 앞에서 자리를 함께 했다",
        not_in_body=("사진설명", "기차여행 재단", "트롯 천재", "061-430"),
    ),
    Page(
        "jeonnam_municipal_sites/mokpo_press_detail.html",
        "ybmodule-view",
        "목포향기나는교회, 유달동 어려운 이웃에 온수매트 전달",
        at(2025, 12, 9),
        "목포시",
        first="온수매트 6개(60만 원 상당)",
        last="사회공헌활동을 이어오고 있다.",
        not_in_body=("270-4730", "맞춤형복지팀장", "용해동 취약계층에 집수리"),
    ),
    Page(
        "jeonnam_municipal_sites/gwangju_press_detail.html",
        "gwangju-siiru",
        "광주 인공지능인들, AI산업 상생발전 다짐",
        at(2025, 12, 5, 17, 9),
        "광주광역시",
        first="광주광역시(시장 강기정)는 5일",
        last="선도해 나가길 바란다”고 말했다.",
        caption="/광주광역시 제공",
        not_in_body=("<끝>", "별첨", ".hwp", "관광공사 사장 후보"),
    ),
    Page(
        "jeonnam_municipal_sites/damyang_press_detail.html",
        "damyang",
        "담양군 누리집, 과학기술정보통신부 ‘웹 접근성 품질인증 마크’ 인증",
        at(2025, 12, 11),
        "담양군",
        first="담양군(군수 정철원)은",
        last="지속 개선하겠다”라고 말했다.",
        not_in_body=("사진 있음", "061-380", "고향사랑기부 추가 경품"),
        own_words=frozenset({"개인정보"}),
    ),
    Page(
        "jeonnam_municipal_sites/shinan_press_detail.html",
        "wsboard-show-form",
        '신안군, 의료·요양·돌봄 통합지원 시범사업 통합지원회의 개최.."통합지원계획 검토 및 '
        '서비스 연계 방안 집중 논의"',
        at(2025, 12, 12, 17, 44),
        "신안군",
        first="신안군보건소 회의실에서",
        last="촘촘히 만들어가겠다”라고 밝혔다.",
        not_in_body=("자료제공", "240-8940", "Size", "QR Code"),
    ),
    Page(
        "jeonnam_municipal_sites/jeonnam_province_press_detail.html",
        "jeonnam-bbs",
        "해수부 복합해양레저관광도시 공모에 여수시 선정",
        at(2025, 12, 9),
        "전라남도",
        first="전라남도는 해양수산부의",
        last="일자리 창출이 기대된다.",
        not_in_body=("286-6710", "환영문 1부 첨부", "금호타이어", "미리보기"),
    ),
    Page(
        "jeonnam_municipal_sites/jnilbo_article.html",
        "ndsoft-articleview",
        "광주FC, 퇴장 악재속 코리아컵 준우승",
        at(2025, 12, 6, 16, 43),
        None,
        first="창단 첫 코리아컵 우승을 노렸지만",
        last='감사드리고 고맙다"고 전했다.',
        caption="치열한 응원전을 펼치는 광주FC 팬들",
        not_in_body=("#광주FC", "지하철 난맥상", "좋아요", "jnilbo.com"),
    ),
    Page(
        "nate_news_mhtml/nate_20190207n26652.html",
        "nate-news",
        '문대통령 "혁신창업 기업, 대기업으로 성장할 수 있어야"',
        at(2019, 2, 7, 16, 9),
        None,
        first="임형섭 기자 = 문재인 대통령은 7일",
        last='함께 해줘 감사하다"고 인사했다.',
        caption="배재만 기자 = 문재인 대통령이",
        not_in_body=("Yonhapnews", "연합뉴스 앱", "기저귀에 구더기", "yna.co.kr", "scoop"),
    ),
]

MODES = {"profiles": None, "generic": []}


def read(file: str) -> RawDocument:
    path = CORPUS / file
    return RawDocument(source=str(path), body=path.read_bytes(), media_type="text/html")


_cache: dict[tuple[str, str], Article] = {}


def cleaned(page: Page, mode: str) -> Article:
    key = (page.file, mode)
    if key not in _cache:
        _cache[key] = clean_html(read(page.file), profiles=MODES[mode])
    return _cache[key]


def cases() -> list:
    return [
        pytest.param(page, mode, id=f"{Path(page.file).stem}-{mode}")
        for page in PAGES
        for mode in MODES
    ]


@pytest.mark.parametrize(("page", "mode"), cases())
def test_title_date_and_org(page: Page, mode: str) -> None:
    article = cleaned(page, mode)
    assert article.title == page.title
    assert article.published_at == page.published_at
    assert article.published_at.utcoffset().total_seconds() == 9 * 3600
    assert article.org == page.org
    assert article.site == (page.site if mode == "profiles" else None)


@pytest.mark.parametrize(("page", "mode"), cases())
def test_body_runs_from_the_first_to_the_last_paragraph(page: Page, mode: str) -> None:
    body = cleaned(page, mode).paragraphs("body")
    assert page.first in body[0]
    assert page.last in body[-1]
    assert body[-1].endswith(page.last)


@pytest.mark.parametrize(("page", "mode"), cases())
def test_no_furniture_in_the_body(page: Page, mode: str) -> None:
    text = cleaned(page, mode).section("body").text
    found = [s for s in FURNITURE_STRINGS if s in text and s not in page.own_words]
    assert not found, f"furniture strings in the body: {found}"
    leaked = [s for s in page.not_in_body if s in text]
    assert not leaked, f"this page's furniture in the body: {leaked}"
    assert page.title not in text


@pytest.mark.parametrize(("page", "mode"), cases())
def test_captions_are_apart(page: Page, mode: str) -> None:
    article = cleaned(page, mode)
    if page.caption is None:
        return
    assert page.caption in article.section("caption").text
    assert page.caption not in article.section("body").text


@pytest.mark.parametrize("mode", MODES)
def test_the_list_page_is_not_an_article(mode: str) -> None:
    with pytest.raises(NotAnArticle, match=r"list page|site profile wando"):
        clean_html(read("jeonnam_municipal_sites/wando_press_list.html"), profiles=MODES[mode])


@pytest.mark.parametrize("mode", MODES)
def test_the_euc_kr_page_decodes_without_replacement_characters(mode: str) -> None:
    page = next(p for p in PAGES if p.file.startswith("nate_news_mhtml/"))
    article = cleaned(page, mode)
    assert all("\ufffd" not in section.text for section in article.sections)
    assert "벤처투자액도 3조4천억원으로" in article.section("body").text
