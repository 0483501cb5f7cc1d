"""What a count's subject takes from other sentences and from tables (extractors/timeline.py,
extractors/cell_meaning.py): which counts count the same things (`same_thing_counted`,
`after_places`, `total_of_items`, `opens_new_frame`, `described`), a table cell's row label or
title (`row_subject`, `title_subject`, `rows_break_down`) and the question an answer's count
answers (`asked_about`).
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from extractors.phrases import (
    TOPIC,
    index_before,
    is_proper,
    is_rate,
    phrase_ending_at,
    phrase_of,
    place_like,
    place_of,
    rules,
    usable,
)
from extractors.subject_names import measured_phrase, names_a_group, short
from extractors.words import words_of


def described(doc: Doc, start: int, end: int, sent: Span, name: str) -> bool:
    """Does a relative clause describe the name where the count's sentence names it before the
    count (`이 사업을 통해 취업한 중장년층은 802명으로`)? Then the name says who they are."""
    p = place_of(doc, start, end, sent)
    head = name.split()[-1]
    for k in range(p.first - 1, 0, -1):
        w = p.words[k]
        if (w.stem or w.text).endswith(head.split("~")[-1]) or w.text.startswith(head):
            before = p.words[k - 1]
            return before.predicate and before.parts[-1][1] == "ETM"
    return False


def after_places(doc: Doc, start: int, end: int, sent: Span) -> bool:
    """Do place names stand right before the count, as the places it counts (`부산·강원 두 곳에서`)?
    Not a place where something is (`중구에는 한 곳도`)."""
    p = place_of(doc, start, end, sent)
    k = index_before(p)
    return k >= 0 and p.words[k].bare_noun and place_like(p.words[k])


def total_of_items(doc: Doc, start: int, end: int, sent: Span) -> bool:
    """Is the count the total after a list of counts closed by 등 (`숙박업소 62곳, 음식점 148곳,
    카페·체험장 37곳 등 모두 247곳`)? It counts no item of the list, the last one included
    (extractors/timeline.py carries no name from them)."""
    p = place_of(doc, start, end, sent)
    k = p.first - 1
    while k >= 0 and p.words[k].text in rules().totals:
        k -= 1
    if k < 1 or p.words[k].text != "등":
        return False
    return p.words[k - 1].has_number


def same_thing_counted(unit: str, other: str, other_subject: str | None = None) -> bool:
    """Do two counters count the same kind of thing? The same counter, two counters of
    dwellings (`미분양 5천962호 … 1천256가구 줄어`: 호, 가구 and 세대 all count homes), or a count
    of places (곳) after a count of a kind of places (`15개 시도에서 … 부산·강원 두 곳에서`)."""
    homes = rules().home_counters
    if unit == other or (unit in homes and other in homes):
        return True
    return unit == _PLACES_COUNTER and other_subject in rules().places


_PLACES_COUNTER = "곳"


def opens_new_frame(doc: Doc, start: int, end: int, sent: Span) -> bool:
    """Does the sentence of a count without a subject open, before the count, with a frame that
    names a new thing (`시·군별 수급 현황에서는 고양시가 11만 명으로`)? Then what an earlier
    count counted does not carry into it (extractors/timeline.py)."""
    p = place_of(doc, start, end, sent)
    for w in p.words[: p.first]:
        forms = w.particle_forms()
        if w.stem and forms[-2:] == ["에서", "는"] and not place_like(w) and usable(w):
            return True
        if w.stem and forms[-2:] == ["에", "는"] and names_a_group(w.stem):
            return True  # `중장년층에는 … 900명에게`: a group the sentence turns to
    return False


def row_subject(doc: Doc, start_char: int, end_char: int) -> str | None:
    """What the counts of a table row count, from the row's label between the two characters
    (`공공주택 | 8,500 | 5,400` → 공공주택, `일자리 목표 | 28,000` → 일자리); None for a label that
    names nothing (`전체`, `합계`, `구분`, a place) (extractors/timeline.py)."""
    span = doc.char_span(start_char, end_char, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    words = words_of(doc, span)
    measured = False
    for k in range(len(words) - 1, -1, -1):
        w = words[k]
        if w.bare_noun and w.stem in rules().measures and k > 0 and not measured:
            measured = True
            continue  # `출생아 수`, `화재 건수`: the measure names what the noun before counts
        if w.bare_noun and usable(w) and w.stem not in rules().actions:
            named = phrase_ending_at(words, k)
            # a long proper noun is a compound Kiwi does not know (`공공주택`), not a place
            if named and not all(is_proper(x) and short(x) for x in named):
                return phrase_of(named)
            return None
        if w.stem and w.stem not in rules().stop:
            return None  # a word that is not a name of things and not a function word
    return None


def title_subject(doc: Doc, start_char: int, end_char: int) -> str | None:
    """What a table's title between the two characters names as counted (`<업종별 사고사망자
    현황>` → 사고사망자, `<최근 2년 화재 발생 현황>` → 화재): the nouns after the last `…별`
    word (what the rows break it down by), without the title's closing word of status (`현황`,
    `실적`, `추이`) and an act (`발생`). Only a title that ends in such a word or names a
    breakdown says what its cells count; None for any other line (`신규 공공택지 공급 계획`)
    (extractors/cell_meaning.py)."""
    span = doc.char_span(start_char, end_char, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    words = words_of(doc, span)
    r = rules()
    breaks = [k for k, w in enumerate(words) if w.stem.endswith("별") and len(w.stem) > 1]
    if breaks:
        words = words[breaks[-1] + 1 :]
    k = len(words) - 1
    while k >= 0 and words[k].punct:
        k -= 1
    if k < 0 or not (breaks or words[k].stem in r.table_titles):
        return None
    while (
        k >= 0
        and words[k].bare_noun
        and (words[k].stem in r.table_titles or words[k].stem in r.measures)
    ):
        k -= 1  # `… 현황`, `… 건수 현황`
    if k >= 2 and is_rate(words[k].stem) and words[k - 1].text in ("및", "·", "와", "과"):
        k -= 2  # `인구 및 비중 변화`: a rate beside the count names nothing it counts
    act = k
    while k >= 0 and words[k].bare_noun and words[k].stem in r.actions:
        k -= 1  # `산불 발생`: the act of what it counts
    if k < 0 or not words[k].bare_noun or not usable(words[k]):
        k = act  # `유형별 이용 건수`: the act alone names what is counted
    if k < 0 or not words[k].bare_noun or not usable(words[k]):
        return None
    named = phrase_ending_at(words, k)
    if not named or all(is_proper(x) and short(x) for x in named):
        return None
    return phrase_of(named)


def rows_break_down(doc: Doc, start_char: int, end_char: int) -> bool:
    """Does a table's title between the two characters name what its rows break it down by
    (`<권리별 출원 현황>`, `<도서관 유형별 …>`), not a time its columns run through (`<연도별 …>`)?
    Then a row's label is a value of the breakdown, and its cells count what the title counts of
    it (extractors/cell_meaning.py)."""
    span = doc.char_span(start_char, end_char, alignment_mode="expand")
    if span is None or len(span) == 0:
        return False
    for w in words_of(doc, span):
        if w.stem.endswith("별") and len(w.stem) > 1:
            return w.stem.removesuffix("별") not in rules().time_breakdowns
    return False


def asked_about(doc: Doc, question: Span) -> str | None:
    """What a question asks the number of, for the count of the answer after it
    (extractors/timeline.py): its topic, a measure or goal word dropped (`Q. 올해 일자리 목표는?`
    → 일자리, `신청자 수는?` → 신청자)."""
    words = words_of(doc, question)
    for k in range(len(words) - 1, -1, -1):
        w = words[k]
        if not w.stem or w.has_number or not set(w.particles) & set(TOPIC):
            continue
        named = (
            measured_phrase(words, k) if w.stem in rules().measures else phrase_ending_at(words, k)
        )
        if named and not all(is_proper(x) and short(x) for x in named):
            return phrase_of(named)
        return None
    return None
