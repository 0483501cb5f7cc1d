"""The per-Doc lists (extractors/docs.py) the rules read instead of Tokens agree with the Tokens,
both as `pipeline.nlp.to_doc` seeds them and as computed for any other Doc."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc

from extractors.docs import (
    doc_text,
    span_text,
    token_spaces,
    token_starts,
    token_tags,
    token_texts,
)
from extractors.figures import _may_start_number, _number_at, _number_starts
from pipeline.nlp import analyze, vocab

TEXTS = [
    "시는 올해 예산 4,222억2000만원을 편성했다.\n일자리 2만6천개를 만들 계획이다.",
    "1조 199억 8200만 원 규모의  사업에\u3000청년 3-4명이 참여하고, 고용률은 65.5%였다.",
    "두 마리 토끼를 잡는다 … 제3회 추경(단위: 천원)\n\n  352  120",
]


@pytest.fixture(scope="module", params=TEXTS)
def doc(request: pytest.FixtureRequest) -> Doc:
    return analyze(request.param)


def _plain_copy(doc: Doc) -> Doc:
    """The same tokens in a Doc that `to_doc` did not build (nothing kept in user_data)."""
    return Doc(
        vocab(),
        words=[t.text for t in doc],
        spaces=[bool(t.whitespace_) for t in doc],
        tags=[t.tag_ for t in doc],
    )


def _expected(doc: Doc) -> tuple:
    return (
        [t.text for t in doc],
        [t.whitespace_ for t in doc],
        [t.tag_ for t in doc],
        [t.idx for t in doc],
        doc.text,
    )


def _lists(doc: Doc) -> tuple:
    return token_texts(doc), token_spaces(doc), token_tags(doc), token_starts(doc), doc_text(doc)


def test_seeded_lists_agree_with_the_tokens(doc: Doc) -> None:
    assert "texts" in doc.user_data  # seeded by to_doc, not computed here
    assert _lists(doc) == _expected(doc)


def test_computed_lists_agree_with_the_tokens(doc: Doc) -> None:
    plain = _plain_copy(doc)
    assert "texts" not in plain.user_data
    assert _lists(plain) == _expected(plain) == _expected(doc)


def test_span_text_is_the_spans_text(doc: Doc) -> None:
    for start in range(len(doc) + 1):
        for end in range(start, min(len(doc), start + 12) + 1):
            assert span_text(doc, start, end) == doc[start:end].text


def test_tokens_that_cannot_start_a_number_start_none(doc: Doc) -> None:
    skipped = [i for i, t in enumerate(doc) if not _may_start_number(t.text, t.tag_)]
    assert skipped  # the test means something: most tokens are words
    assert all(_number_at(doc, i) is None for i in skipped)
    started = [i for i in range(len(doc)) if _number_at(doc, i) is not None]
    assert started and all(_may_start_number(doc[i].text, doc[i].tag_) for i in started)
    # What figures_from_doc looks at: the same tokens, found a tag at a time.
    candidates = [i for i, t in enumerate(doc) if _may_start_number(t.text, t.tag_)]
    assert _number_starts(token_texts(doc), token_tags(doc)) == candidates
