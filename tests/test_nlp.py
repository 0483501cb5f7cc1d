"""Kiwi analysis into spaCy Docs: tokens keep their character offsets in the original text."""

from __future__ import annotations

import pytest

from pipeline.nlp import analyze, analyze_many


@pytest.mark.parametrize(
    "text",
    [
        "시는 올해 4,222억2000만원을 투입해 일자리를 만든다고 밝혔다.",
        "  앞뒤 공백과\n\n빈 줄,\t탭 그리고  두 칸 ",
        "성장률이 -0.7%를 기록했다. 0.6%p 올랐다.",
        "전력 3사와 국비30억원, 264 만원",
        "１２만원 ３만 ７６６명",
        "이모지 🙂 와 ▲ 기호, ㈜회사",
        "",
    ],
)
def test_doc_text_and_offsets_match_the_input(text: str) -> None:
    doc = analyze(text)
    assert doc.text == text
    for token in doc:
        assert text[token.idx : token.idx + len(token.text)] == token.text


def test_tokens_carry_kiwi_tags_and_morphemes() -> None:
    doc = analyze("2만6천개 양질의 일자리를 만든다")
    tags = {t.text: t.tag_ for t in doc}
    assert tags["2"] == "SN" and tags["만"] == "NR" and tags["개"] == "NNB"
    made = next(t for t in doc if t.text == "만든다")
    assert made.tag_ == "VV+EF"
    assert [tag for _, tag in made._.morphs] == ["VV", "EF"]


def test_a_number_fused_to_a_noun_is_split() -> None:
    doc = analyze("전력 3사가")
    assert [t.text for t in doc][:3] == ["전력", "3", "사"]


def test_unit_and_currency_fused_are_split() -> None:
    doc = analyze("평균 264 만원이다")
    texts = [t.text for t in doc]
    assert "만" in texts and "원" in texts


def test_sentences_come_from_kiwi() -> None:
    doc = analyze("시는 예산을 늘렸다. 고용률은 67%다. “좋다”며 말했다.")
    sents = [s.text.strip() for s in doc.sents]
    assert sents[0] == "시는 예산을 늘렸다."
    assert len(sents) >= 2


def test_no_break_spaces_are_plain_spaces_for_analysis() -> None:
    doc = analyze("17억\u00a02400만\u00a0원")
    assert doc.text == "17억 2400만 원"
    assert len(doc.text) == len("17억\u00a02400만\u00a0원")


def test_batch_keeps_order() -> None:
    texts = ["하나", "둘 셋", "", "넷"]
    assert [d.text for d in analyze_many(texts)] == texts


def test_a_line_break_ends_a_sentence() -> None:
    doc = analyze("-일자리 창출 종합 추진계획 수립\n-첨단산업 활성화로 일자리 창출력 제고")
    assert [s.text.strip() for s in doc.sents] == [
        "-일자리 창출 종합 추진계획 수립",
        "-첨단산업 활성화로 일자리 창출력 제고",
    ]


@pytest.mark.parametrize(
    "text",
    ["시는 올해 4,222억원을 들여 일자리 2만6천개를 만든다.\n청년 3-4명이 참여한다.", "가"],
)
def test_docs_are_those_spacys_constructor_makes(text: str) -> None:
    """The builder sets lemmas, tags and sentence starts in one array: the same Doc as
    `Doc(vocab, words=…, spaces=…, tags=…, lemmas=…, sent_starts=…)`."""
    from spacy.attrs import DEP, HEAD, LEMMA, MORPH, ORTH, POS, SENT_START, SPACY, TAG
    from spacy.tokens import Doc

    doc = analyze(text)
    made = Doc(
        doc.vocab,
        words=[t.text for t in doc],
        spaces=[bool(t.whitespace_) for t in doc],
        tags=[t.tag_ for t in doc],
        lemmas=[t.lemma_ for t in doc],
        sent_starts=[bool(t.is_sent_start) for t in doc],
    )
    attrs = [ORTH, SPACY, TAG, LEMMA, SENT_START, POS, MORPH, HEAD, DEP]
    assert doc.to_array(attrs).tolist() == made.to_array(attrs).tolist()
    for attr in ("TAG", "LEMMA", "SENT_START", "POS", "MORPH", "DEP"):
        assert doc.has_annotation(attr) == made.has_annotation(attr)
    assert [s.text for s in doc.sents] == [s.text for s in made.sents]
