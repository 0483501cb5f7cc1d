"""What a percent takes from other sentences and tables (extractors/metric.py; used by
extractors/timeline.py and extractors/cell_meaning.py): what it is compared with (`compared_with`,
`gap_of_compared`, `base_of_gap`), a table's cell (`cell_rate`), a heading line (`rate_of_heading`),
rankings, lists and breakdowns going on from the sentence before (`continues_rate`,
`follows_ranking`, `follows_item`, `breaks_down`, `price_change_of_parts`).
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from extractors.metric_topic import names_nothing
from extractors.metric_words import YEAR_WORD, in_base_parenthesis, is_points, points_word
from extractors.phrases import (
    Place,
    ends_clause,
    is_rate,
    particle_only,
    phrase_ending_at,
    phrase_of,
    place_like,
    place_of,
    rules,
)
from extractors.tense import rules as tense_rules
from extractors.words import RO, Word, word_index, words_of

_HEADING_WORDS = 6  # a heading names its topic in a few words; a longer line is prose


_COMPARED_WORDS = 3  # `전국(1.6%)과 비슷한 흐름`: the word of comparison a few words on


def compared_with(doc: Doc, start: int, end: int, sent: Span) -> bool:
    """Is the percent at [start, end) alone in the parenthesis of what a figure before it is
    compared with (`전국(1.6%)과 비슷한`, `전국(0.8%)을 웃도는`, `도 평균(2.1%)보다 높다`)? Then it
    measures what that figure measures (extractors/timeline.py carries it)."""
    p = place_of(doc, start, end, sent)
    return not p.tail and _compared_parenthesis(p.words, p.first, p.last)


def gap_of_compared(doc: Doc, start: int, end: int, sent: Span) -> bool:
    """Is the change in points at [start, end) the gap between a figure and what it is compared
    with in the parenthesis right before (`전국 평균(2.9%)을 0.3%포인트 웃돌았다`)? Then it is a
    gap of what both measure, a change included (extractors/timeline.py carries it)."""
    return is_points(doc, end) and gap_of_compared_place(place_of(doc, start, end, sent))


def compared_after_figure(p: Place) -> bool:
    """Is the percent in the parenthesis of what a percent before it in its clause is compared
    with (`3.2% 올라 전국 평균(2.9%)을 웃돌았다`)?"""
    if not _compared_parenthesis(p.words, p.first, p.last):
        return False
    for j in range(p.first - 2, -1, -1):
        if "%" in p.words[j].text and p.words[j].has_number:
            return True
        if ends_clause(p.words, j) and j < p.first - 2:
            return False
    return False


def gap_of_compared_place(p: Place) -> bool:
    """Is the change in points right after the parenthesis of what is compared with, the gap
    between the two (`전국 평균(2.9%)을 0.3%포인트 웃돌았다`)?"""
    k = p.first - 1
    if k < 3 or not particle_only(p.words[k]) or p.words[k - 1].text not in (")", "）"):
        return False
    inner = p.words[k - 2]
    if not (inner.has_number and "%" in inner.text) or p.words[k - 3].text not in ("(", "（"):
        return False
    return _compared_parenthesis(p.words, k - 2, k - 2)


def _compared_parenthesis(words: list[Word], first: int, last: int) -> bool:
    """Is the figure at words [first, last] alone in a parenthesis after a noun, followed by a
    particle and a word of comparison (`전국(1.6%)과 비슷한`, `평균(2.9%)을 0.3%p 웃돌았다`)?"""
    k = last + 1
    if first < 2 or words[first - 1].text not in ("(", "（") or not words[first - 2].stem:
        return False
    if k + 1 >= len(words) or words[k].text not in (")", "）"):
        return False
    particle = words[k + 1]
    if not particle_only(particle) or particle.particle_forms()[:1] not in (
        ["을"],
        ["를"],
        ["과"],
        ["와"],
        ["보다"],
    ):
        return False
    for w in words[k + 2 : k + 2 + _COMPARED_WORDS]:
        head = w.parts[0][0] if w.parts else ""
        if head in rules().comparisons or w.stem in rules().comparisons:
            return True
    return False


def cell_rate(column_head: str, row_label: str) -> str | None:
    """The rate a table's cell measures: its column's head or else its row's label, whichever
    names a rate (`증감률`, `달성률`; units in parentheses already removed)."""
    goals = tense_rules().goal_nouns
    for name in (column_head.strip(), row_label.strip()):
        words = name.split()
        if len(words) > 1 and words[-1] in goals:
            words = words[:-1]  # `고용률 목표(%)`: the goal set for a rate is a level of it
        if words and is_rate(words[-1]):
            return " ".join(words)
    return None


def rate_of_heading(doc: Doc, start_char: int, end_char: int) -> str | None:
    """The rate a short line without figures names (`■ 재정자립도`, `< 시군별 고용률 >`), for
    the list lines under it (extractors/timeline.py); None for any other line."""
    span = doc.char_span(start_char, end_char, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    words = words_of(doc, span)
    content = [w for w in words if not w.punct and not YEAR_WORD.fullmatch(w.text)]
    if not content or len(content) > _HEADING_WORDS or any(w.has_number for w in content):
        return None
    if any(w.predicate for w in content):
        return None  # a sentence, not a heading
    for k in range(len(words) - 1, -1, -1):
        w = words[k]
        if w.tail == [("도", "JX")] and is_rate(w.stem + "도"):
            # `■ 재정자립도` alone on its line: Kiwi reads the 도 as a particle
            before = phrase_of(phrase_ending_at(words, k - 1)) if k > 0 else None
            return f"{before} {w.stem}도" if before else f"{w.stem}도"
        if is_rate(w.stem):
            return phrase_of(phrase_ending_at(words, k))
    return None


def continues_rate(doc: Doc, start: int, end: int, sent: Span) -> bool:
    """Does the sentence of a percent without a rate go on listing the items of the sentence
    before it (extractors/timeline.py carries that sentence's rate)? Yes when it opens with a
    word that continues a ranking (`이어 순천시(20.1%), 담양군(15.2%) 순이었다`, `다음으로`), or
    names nothing but places and their figures (`목포시는 20.1%, 여수시는 15.2%였다`), or
    nothing at all (`이는 전국 평균(61.0%)보다 높은 수준이다`)."""
    p = place_of(doc, start, end, sent)
    content = [w for w in p.words if not w.punct]
    if content and content[0].text in rules().continuations:
        return True
    if content and _breakdown_frame(content[0]):
        return True  # `자산군별로는 국내주식이 41.2%로 …`: the parts of what was just measured
    # a verb (`비교해도`, `기록했다`) says what the items do, it names no new thing measured
    named = [
        w
        for w in p.words
        if w.stem and not w.has_number and not w.predicate and not names_nothing(w)
    ]
    return all(place_like(w) or _kind_of_places(w) for w in named)


def breaks_down(doc: Doc, start: int, end: int, sent: Span) -> bool:
    """Does the sentence of the percent at [start, end) open by breaking a whole down
    (`품목별로는 사과(42.1%) …`), so that its items are parts of what was measured before?"""
    p = place_of(doc, start, end, sent)
    content = [w for w in p.words if not w.punct]
    return bool(content) and _breakdown_frame(content[0])


def price_change_of_parts(metric: str | None, whole: str | None) -> str | None:
    """The change of a part of a price whose whole rose or fell (`소비자물가 2.3% 상승` /
    `품목별로는 사과(42.1%) … 등이 크게 뛰었다`): a plain rise or fall of a part is the price's."""
    r = rules()
    rise, fall = r.derived["상승"], r.derived["하락"]
    if whole not in (rise, fall):
        return None
    if metric == r.increase_rate:
        return rise
    if metric == r.decrease_rate:
        return fall
    return None


def _breakdown_frame(w: Word) -> bool:
    """`자산군별로는`, `업종별로`, `품목별로는`: a sentence that opens by breaking a whole down by
    some kind gives the parts of the figure the sentence before measured."""
    forms = w.particle_forms()
    return len(w.stem) > 1 and w.stem.endswith("별") and bool(forms) and forms[0] in RO


def follows_ranking(doc: Doc, start: int, end: int, sent: Span) -> bool:
    """Is the percent at [start, end) an item of a clause that follows the first of a ranking
    (`… 제주(2.8%)가 가장 많이 올랐고 서울(2.4%), 대구(2.3%)가 뒤를 이었다`, `… 순이었다`)?
    Then it measures what the percent ranked first measures (extractors/timeline.py carries it)."""
    p = place_of(doc, start, end, sent)
    for k in range(p.last + 1, len(p.words)):
        w = p.words[k]
        if w.stem == "뒤" and w.particles == ["JKO"] and k + 1 < len(p.words):
            return _follows_on(p.words[k + 1])
        if w.stem == "순" and (w.predicate or w.particle_forms()[:1] in (["으로"], ["로"])):
            return True  # `… 대구(2.3%) 순이었다`, `… 순으로 높았다`
        if _ranked_after(p.words, k):
            return True  # `부산(3.5%), 대구(3.3%)에 이어 세 번째로 높았다`
        if ends_clause(p.words, k):
            return False
    return False


def _ranked_after(words: list[Word], k: int) -> bool:
    """Does word k end the items a place is ranked after (`대구(3.3%)에 이어 세 번째로`): 에,
    then 이어 and an ordinal with 째?"""
    if words[k].particle_forms()[-1:] != ["에"] or k + 2 >= len(words):
        return False
    if not _follows_on(words[k + 1]):
        return False
    return any("째" in w.text for w in words[k + 2 : k + 4])


def _follows_on(w: Word) -> bool:
    """`이었다`, `이어`: the verb 잇 (to follow on), which Kiwi tags regular or irregular."""
    return w.parts[:1] in ([("잇", "VV-I")], [("잇", "VV")])


def base_of_gap(doc: Doc, start: int, end: int, sent: Span) -> bool:
    """Is the percent at [start, end) the base a gap in points right after it is reckoned from
    (`전국 평균 13.7%보다 6.1%포인트 높은`)? Then it is a level of the rate the gap is of, which
    the sentence may leave to the one before (extractors/timeline.py carries it)."""
    p = place_of(doc, start, end, sent)
    forms = [f for f, t in p.tail if t.startswith("J")]
    words, k = p.words, p.last + 1
    if forms == ["보다"]:
        return k < len(words) and points_word(words, k)
    if in_base_parenthesis(p):
        # `전년(64.5%)보다 6.7%p 오른`: the base in the parenthesis of the time compared with
        return k + 2 < len(words) and points_word(words, k + 2)
    if forms in (["와", "의"], ["과", "의"]) and k + 1 < len(words):
        # `전국 평균 69.5%와의 격차도 2.5%p로`: the gap named after the base
        gap = words[k + 1]
        return (
            words[k].stem in rules().gaps
            and gap.has_number
            and "%p" in gap.text.replace("포인트", "p")
        )
    return False


_ITEM_WORDS = 3  # the name of an item of a list is a few bare nouns


def follows_item(doc: Doc, start: int, end: int, sent: Span, before_end: int) -> bool:
    """Is the percent at [start, end) the next item of a list whose previous percent ends at token
    `before_end` in the same sentence, so that it measures the same rate (extractors/timeline.py
    carries it)? Yes for the other end of a range from one to the other (`기준 중위소득 150%
    이하에서 200% 이하`, `30%에서 45%로`) and for an item named by a few bare nouns after a comma
    (`기준 중위소득의 32% 이하, 의료급여 40% 이하`); not when the item names a rate of its own."""
    p = place_of(doc, start, end, sent)
    k = word_index(p.words, before_end - 1)
    if k >= p.first:
        return False
    between = p.words[k + 1 : p.first]
    forms = p.words[k].particle_forms()
    while between and between[0].stem in rules().bounds:
        forms = between[0].particle_forms()
        between = between[1:]
    if not between:
        return bool(set(forms) & {"에서", "부터"})  # `150% 이하에서 200% 이하`
    if between[0].text in ("(", "（") and len(between) == 2:
        # `소득의 100% 이하(맞벌이는 120% 이하)`: the same threshold for another group
        return (
            between[1].stem != ""
            and set(between[1].particles) <= {"JX"}
            and bool(between[1].particles)
        )
    if not forms and _parallel_topic(p.words, k, between):
        return True
    if forms or between[0].text != "," or not 1 < len(between) <= _ITEM_WORDS + 1:
        return False
    return all(w.bare_noun and not is_rate(w.stem) and not w.has_number for w in between[1:])


def _parallel_topic(words: list[Word], k: int, between: list[Word]) -> bool:
    """`의료급여는 기준 중위소득의 40%, 주거급여는 48%`: after a percent of an owner (의), the next
    item of the list names only its own topic, and the owner is left out as said already; a
    topic that is a rate of its own (`실업률은 3%`) names a new thing."""
    if len(between) != 2 or between[0].text != ",":
        return False
    topic = between[1]
    if not topic.stem or topic.has_number or is_rate(topic.stem):
        return False
    if topic.particle_forms() not in (["은"], ["는"]):
        return False
    j = k
    while j >= 1 and words[j - 1].has_number and not words[j - 1].particles:
        j -= 1
    if j >= 1 and words[j - 1].particles == ["JKG"] and words[j - 1].stem != "":
        return True
    # `…, 주거급여는 48%, 교육급여는 50%`: an item after such an item goes on with the list
    before = j - 3
    return (
        before >= 0
        and words[before].has_number
        and "%" in words[before].text
        and not words[before].particles
        and _parallel_topic(words, before, words[before + 1 : j])
    )


def _kind_of_places(w: Word) -> bool:
    """A word for a kind of places (`7개 특·광역시 중`, `시·군`): it names no new thing measured."""
    return any(len(k) >= 2 and w.stem.endswith(k) for k in rules().places)
