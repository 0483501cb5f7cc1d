"""normalize_text and fold_for_compare on real Korean forms."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pipeline.clean.textnorm import fold_for_compare, normalize_text


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        # full-width digits, Latin and punctuation become ASCII
        ("고용률 ６７％ 달성", "고용률 67% 달성"),
        ("１２３억원", "123억원"),
        ("ＫＴＸ역세권 Ｒ＆Ｄ집적지구", "KTX역세권 R&D집적지구"),
        ("（사진＝천안시）", "(사진=천안시)"),
        ("３～５억원", "3~5억원"),
        # a full-width comma only inside a number
        ("４，２２２억원", "4,222억원"),
        ("청년，노인", "청년，노인"),
        # odd spaces become one plain space each; zero-width characters go
        ("17억\u00a02400만\u00a0원", "17억 2400만 원"),
        ("전남\u3000무안군", "전남 무안군"),
        ("일자리\u200b창출\ufeff", "일자리창출"),
        ("고용\u2009률", "고용 률"),
        # line breaks: CR LF, CR, and <br> in every spelling JSONL bodies use
        ("첫 줄\r\n둘째 줄\r셋째 줄", "첫 줄\n둘째 줄\n셋째 줄"),
        ("제목<br />- 부제 -<br/>본문<BR>끝<br >", "제목\n- 부제 -\n본문\n끝\n"),
        # terminated HTML entities are unescaped, bare ampersands are not
        ("R&amp;D 예산&nbsp;3억&nbsp;원", "R&D 예산 3억 원"),
        ("&lt;끝&gt;", "<끝>"),
        ("&#8220;인용&#8221;", "“인용”"),
        ("R&D와 A&B", "R&D와 A&B"),
        ("&lt;br /&gt;다음 줄", "\n다음 줄"),
        # trailing spaces on every line go, leading ones stay
        ("본문 첫 줄   \n  둘째 줄\t\n", "본문 첫 줄\n  둘째 줄\n"),
    ],
)
def test_normalize_text(raw: str, expected: str) -> None:
    assert normalize_text(raw) == expected


def test_decomposed_hangul_is_composed() -> None:
    decomposed = unicodedata.normalize("NFD", "천안시 일자리")
    assert decomposed != "천안시 일자리"
    assert normalize_text(decomposed) == "천안시 일자리"


@pytest.mark.parametrize(
    "kept",
    [
        "▲청년 일자리 1천명 △노인 일자리 500명 ○ 공모 □ 추진 ※ 참고 ☎ 061-123-4567",
        "농림·축산·어업 분야",
        "“미래 변화에 대응하겠다”며 ‘천안형 공공근로사업’을",
        "'작지만 가장 빠른 성장'과 \"인용\"",
        "＂전각 따옴표＂ ＇그대로＇",
        "㈜지앤유 ㎞ ㎡ ① ⅓",
    ],
)
def test_marks_quotes_and_symbols_stay(kept: str) -> None:
    assert normalize_text(kept) == kept


@given(st.text(alphabet=st.characters(blacklist_characters="&<", blacklist_categories=["Cs"])))
def test_normalize_is_idempotent_and_leaves_no_odd_characters(text: str) -> None:
    once = normalize_text(text)
    assert normalize_text(once) == once
    assert not set(once) & {"\r", "\u00a0", "\u3000", "\u200b", "\ufeff"}
    assert unicodedata.is_normalized("NFC", once)


def test_fold_for_compare_treats_spacing_and_quotes_alike() -> None:
    printed = '천안시,"4222억2000만원 투입, 고용률 67% 달성"목표'
    retyped = "천안시, “4222억2000만원 투입, 고용률 67% 달성” 목표"
    assert fold_for_compare(printed) == fold_for_compare(retyped)
    assert fold_for_compare(printed) != fold_for_compare("천안시, 고용률 68% 달성 목표")
