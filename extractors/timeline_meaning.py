"""What a figure measures or counts when its sentence leaves it open, carried from earlier
figures of the article: a percent's rate (from the level before a gap in points, the first of a
ranking, a heading over a list), a count's subject (from an earlier count of the same things, the
whole a breakdown's items are parts of, the question an answer follows, the people counted before).

Apart from extractors/timeline.py, which asks `subject_from_article` and `metric_from_article` of
every figure that no table's labels name (`_meaning_changes`).
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from extractors.docs import doc_text, figure_tokens, sentence_of, token_at
from extractors.metric_carried import (
    base_of_gap,
    breaks_down,
    compared_with,
    continues_rate,
    follows_item,
    follows_ranking,
    gap_of_compared,
    price_change_of_parts,
    rate_of_heading,
)
from extractors.metric_share import taken_as_share
from extractors.metric_words import YEAR_WORD, change_rates, share, signed_change
from extractors.subject_carried import (
    after_places,
    asked_about,
    described,
    opens_new_frame,
    same_thing_counted,
    total_of_items,
)
from extractors.subject_names import (
    counter_as_subject,
    kind_counted,
    names_a_group,
    names_a_part,
    names_no_person,
    names_people,
)
from extractors.timeline_sentences import (
    CARRY_SENTENCES,
    question_before,
    sentence_index,
    within_reach,
)
from schemas.records import Figure

_HEADING_LINES = 12  # list lines (and blank lines) between a heading and a figure under it
_LIST_LINE_CHARS = 60
_UNIT_NOTE = re.compile(r"^\s*[(（\[]?\s*단위")


def _not_items(f: Figure, out: list[Figure], doc: Doc | None) -> list[Figure]:
    """The earlier figures a count may take its name from: for the total after a list of counts
    closed by 등 (`… 카페·체험장 37곳 등 모두 247곳`), none of its own sentence's items."""
    if doc is None or len(doc) == 0:
        return out
    start, end = figure_tokens(doc, f)
    if not total_of_items(doc, start, end, sentence_of(doc, start)):
        return out
    here = sentence_index(doc, f.start)
    return [g for g in out if sentence_index(doc, g.start) != here]


def subject_from_article(f: Figure, out: list[Figure], doc: Doc | None) -> str | None:
    """The subject the article gives a count whose sentence names none, or names only a place,
    a group or the counter itself; None to keep its own."""
    if f.subject is None:
        # with none carried over, a counter of households names what it counts
        return (
            _asked_subject(f, doc)
            or _whole_of_items(f, out, doc)
            or (
                None if _in_new_frame(f, doc) else _carried_subject(f, _not_items(f, out, doc), doc)
            )
            or counter_as_subject(f.unit)
        )
    if (
        f.unit == "명"
        and (names_no_person(f.subject) or _bare_group(f, doc))
        and not _in_new_frame(f, doc)
    ):
        # `업종별로는 소매업이 29만9,642명으로`: the people there are those counted before;
        # `… 취업자가 33만4천명 늘어. 반면 청년층은 16만3천명`: the group's part of them
        people = _carried_people(f, out, doc)
        return f"{f.subject} {people}" if people and not names_a_group(people) else None
    if _field_of_breakdown(f, doc) and not _in_new_frame(f, doc):
        # `분야별로는 … 취업자가 58명으로 가장 많았고, 관광·서비스 47명`: people named before;
        # an item that is itself a kind of them (`봉사형 380명`) keeps its name
        people = _carried_people(f, out, doc)
        if people and names_people(people) and not names_a_group(people):
            return f"{f.subject} {people}"
    part = _part_of_whole(f, out, doc)
    if part:
        # `분야별로는 ▲공공부문 7,450개 ▲민간부문 1만2,600개`: each item's part of the whole
        return part
    if f.subject == f.unit:
        # `107개교의 자치학교 … 141개교로`: a counter naming itself is the weakest name; an
        # earlier count of the same things that named them says more
        subject = _carried_subject(f, out, doc)
        if subject and subject != f.subject and subject.endswith(kind_counted(f.subject)):
            return subject
        if kind_counted(f.subject) != f.subject:
            # `도내 24개교에` → 학교: the noun the counter stands for, not its syllables
            return kind_counted(f.subject)
    return None


def metric_from_article(f: Figure, out: list[Figure], doc: Doc | None) -> str | None:
    """What a percent whose sentence names no rate measures, from the percents before it or a
    heading, or the price's rise or fall for a plain change of its parts; None to keep its own."""
    if f.metric is None:
        if _points(f):
            metric = _gap_rate(f, out, doc) or _carried_rate(f, out, doc)
            if metric:
                return metric
        return (
            _heading_rate(f, doc)
            or _continued_rate(f, out, doc)
            or _item_rate(f, out, doc)
            or _compared_rate(f, out, doc)
            or _ranked_rate(f, out, doc)
            or _base_rate(f, out, doc)
        )
    if f.metric in change_rates():
        return _parts_of_price(f, out, doc)
    return None


def _asked_subject(f: Figure, doc: Doc | None) -> str | None:
    """The count of an answer counts what the question right before it asks about (`Q. 올해
    일자리 목표는?` / `A. 2만9000개다.` → 일자리, subject.asked_about)."""
    if doc is None or len(doc) == 0:
        return None
    question = question_before(f, doc)
    return None if question is None else asked_about(doc, question)


def _points(f: Figure) -> bool:
    return f.surface.endswith(("p", "포인트"))


def _carried_rate(f: Figure, earlier: list[Figure], doc: Doc | None) -> str | None:
    changes = change_rates()
    for g in within_reach(f, earlier, doc):
        if g.kind == "percent" and g.metric and g.metric not in changes:
            return g.metric
    return None


def _gap_rate(f: Figure, earlier: list[Figure], doc: Doc | None) -> str | None:
    """What the percent compared with right before measures, for the gap in points after it
    (`3.2% 올라 전국 평균(2.9%)을 0.3%포인트 웃돌았다` → 상승률, metric_carried.gap_of_compared)."""
    if doc is None or len(doc) == 0:
        return None
    before = _percent_before(f, earlier)
    if before is None or before.metric is None:
        return None
    if sentence_index(doc, before.start) != sentence_index(doc, f.start):
        return None
    start, end = figure_tokens(doc, f)
    return before.metric if gap_of_compared(doc, start, end, sentence_of(doc, start)) else None


def _base_rate(f: Figure, earlier: list[Figure], doc: Doc | None) -> str | None:
    """The level rate carried to a gap in points, for the percent the gap is reckoned from
    (`… 19.8%로 … 상승했다. 전국 평균 13.7%보다 6.1%포인트 높은 수준으로`,
    metric_carried.base_of_gap)."""
    if doc is None or len(doc) == 0:
        return None
    start, end = figure_tokens(doc, f)
    return (
        _carried_rate(f, earlier, doc)
        if base_of_gap(doc, start, end, sentence_of(doc, start))
        else None
    )


def _continued_rate(f: Figure, earlier: list[Figure], doc: Doc | None) -> str | None:
    """The level rate of the sentence right before, for a sentence that goes on with its list
    (`… 순천시가 31.5%로 가장 높았다. 이어 담양군(20.1%) …`, metric_carried.continues_rate)."""
    if doc is None or len(doc) == 0:
        return None
    here = sentence_index(doc, f.start)
    before = _percent_before(f, earlier)
    if before is None or before.metric is None or before.metric in change_rates():
        return None
    start, end = figure_tokens(doc, f)
    sent = sentence_of(doc, start)
    if taken_as_share(doc, start, end, sent):
        return None  # `… 월세가 19.6%를 차지했다`: a share of its item, not the rate before
    if breaks_down(doc, start, end, sent):
        # a breakdown (`자산군별로는 …`) breaks down the last rate measured before it, though
        # sentences of amounts stand between; its own items' shares are theirs alone
        before = next(
            (
                g
                for g in reversed(earlier)
                if g.section == f.section
                and g.kind == "percent"
                and sentence_index(doc, g.start) < here
            ),
            None,
        )
        if before is None or before.metric in (None, share(), signed_change(), *change_rates()):
            return None
        return (
            before.metric if here - sentence_index(doc, before.start) <= CARRY_SENTENCES else None
        )
    if sentence_index(doc, before.start) not in (here - 1, here):
        return None
    return before.metric if continues_rate(doc, start, end, sent) else None


def _item_rate(f: Figure, earlier: list[Figure], doc: Doc | None) -> str | None:
    """The rate of the percent right before in the same sentence, when this one is the next item
    of its list or the other end of its range (`기준 중위소득의 32% 이하, 의료급여 40% 이하`,
    metric_carried.follows_item)."""
    if doc is None or len(doc) == 0:
        return None
    before = _percent_before(f, earlier)
    if before is None or before.metric is None or before.metric in change_rates():
        return None
    if sentence_index(doc, before.start) != sentence_index(doc, f.start):
        return None
    start, end = figure_tokens(doc, f)
    before_end = figure_tokens(doc, before)[1]
    if follows_item(doc, start, end, sentence_of(doc, start), before_end):
        return before.metric
    return None


def _parts_of_price(f: Figure, earlier: list[Figure], doc: Doc | None) -> str | None:
    """The rise or fall of a price for a plain change of its parts in the sentence after it
    (`소비자물가는 2.3% 올랐다. 품목별로는 사과(42.1%) … 등이 크게 뛰었다` → 상승률,
    metric_carried.breaks_down)."""
    if doc is None or len(doc) == 0:
        return None
    here = sentence_index(doc, f.start)
    price = next(
        (
            price_change_of_parts(f.metric, g.metric)
            for g in reversed(earlier)
            if g.section == f.section
            and g.kind == "percent"
            and sentence_index(doc, g.start) == here - 1
            and price_change_of_parts(f.metric, g.metric)
        ),
        None,
    )
    start, end = figure_tokens(doc, f)
    return price if price and breaks_down(doc, start, end, sentence_of(doc, start)) else None


def _percent_before(f: Figure, earlier: list[Figure]) -> Figure | None:
    """The last percent before f in its section."""
    return next(
        (g for g in reversed(earlier) if g.section == f.section and g.kind == "percent"), None
    )


def _compared_rate(f: Figure, earlier: list[Figure], doc: Doc | None) -> str | None:
    """What the percent before it measures, level or change, for a percent in the parenthesis of
    what that one is compared with (`경북은 1.8% 늘어 전국(1.6%)과 비슷한` → 증가율; also from
    the sentence before: `… 5.1% 늘었다. 전국(0.8%)을 웃도는 성적이다.`,
    metric_carried.compared_with)."""
    if doc is None or len(doc) == 0:
        return None
    before = _percent_before(f, earlier)
    if before is None or before.metric is None:
        return None
    if sentence_index(doc, before.start) not in (
        sentence_index(doc, f.start) - 1,
        sentence_index(doc, f.start),
    ):
        return None
    start, end = figure_tokens(doc, f)
    return before.metric if compared_with(doc, start, end, sentence_of(doc, start)) else None


def _ranked_rate(f: Figure, earlier: list[Figure], doc: Doc | None) -> str | None:
    """What the percent ranked first in the sentence measures, for the items that follow it
    (`제주(2.8%)가 가장 많이 올랐고 서울(2.4%), 대구(2.3%)가 뒤를 이었다`,
    metric_carried.follows_ranking); not a share (`(33.2%)으로 가장 많았고`) or a signed change
    (`(-3.8%)`), which the items after it do not say."""
    if doc is None or len(doc) == 0:
        return None
    here = sentence_index(doc, f.start)
    before = next(
        (
            g
            for g in reversed(earlier)
            if g.section == f.section and g.kind == "percent" and g.metric
        ),
        None,
    )
    if before is None or sentence_index(doc, before.start) != here:
        return None
    if before.metric == signed_change() or (
        before.metric == share() and not _share_named(doc, before)
    ):
        return None  # a share or a signed change is said of its own item only
    start, end = figure_tokens(doc, f)
    return before.metric if follows_ranking(doc, start, end, sentence_of(doc, start)) else None


def _share_named(doc: Doc, g: Figure) -> bool:
    """Does the sentence name the share before the percent (`유형별 비중은 예체능이 42.1%로 가장
    높았고, 놀이 21.7%, … 순이었다`)? Then the ranking is of that share, and its items take it."""
    sent = sentence_of(doc, token_at(doc, g.start))
    return share() in doc_text(doc)[sent.start_char : g.start]


def _heading_rate(f: Figure, doc: Doc | None) -> str | None:
    """The rate a heading line names, for a percent on a list line below it (`■ 재정자립도` /
    `한빛시 31.5%, 누리군 9.8%`), across other list lines and blank lines."""
    if doc is None or len(doc) == 0:
        return None
    text = doc_text(doc)
    start = text.rfind("\n", 0, f.start) + 1
    end = text.find("\n", f.end)
    line = text[start : end if end >= 0 else len(text)]
    if not _list_line(line):
        return None
    for _ in range(_HEADING_LINES):
        if start == 0:
            return None
        end = start - 1
        start = text.rfind("\n", 0, end) + 1
        line = text[start:end]
        if not line.strip() or _UNIT_NOTE.search(line):
            continue  # a blank line, `(단위: %)`
        if any(c.isdigit() for c in YEAR_WORD.sub("", line)) and _list_line(line):
            continue  # another item of the list
        return rate_of_heading(doc, start, end)
    return None


def _list_line(line: str) -> bool:
    """A line of a list or table: short, or holding several percentages."""
    return len(line.strip()) <= _LIST_LINE_CHARS or line.count("%") >= 2


def _in_new_frame(f: Figure, doc: Doc | None) -> bool:
    """Does the count's sentence open with a frame naming a new thing (subject.opens_new_frame)?"""
    if doc is None or len(doc) == 0:
        return False
    start, end = figure_tokens(doc, f)
    return opens_new_frame(doc, start, end, sentence_of(doc, start))


def _carried_subject(f: Figure, earlier: list[Figure], doc: Doc | None) -> str | None:
    for g in within_reach(f, earlier, doc):
        if g.kind == "count" and same_thing_counted(f.unit, g.unit, g.subject):
            if (
                g.unit != f.unit
                and not same_thing_counted(f.unit, g.unit)
                and not _of_places(f, doc)
            ):
                continue  # a kind of places carries only to places named before the count
            if _a_rate(g) != _a_rate(f):
                continue  # `0.79명` (a rate per person) is never of `출생아는 2,611명`
            if g.unit != f.unit and g.subject == counter_as_subject(g.unit):
                continue  # `500호` → 주택 only by its counter: it says nothing of `3,912가구`
            if g.subject and _picked_part(g, doc):
                continue  # `… 가운데 여성은 186명, 남성은 114명`: a part of the count before
            # the nearest such count, even without a subject: none carries past a frame that
            # named a new thing (`… 현황에서는 진주시가 4만 명 … 김해시는 2만 명`)
            return g.subject
    return None


_PARTITIVE = re.compile(r"\s(가운데|중)\s")


def _picked_part(g: Figure, doc: Doc | None) -> bool:
    """Is the count a group by sex or age alone (`남성은 114명`), or one picked out of people
    counted before 가운데 or 중 (`청년 300명 가운데 여성은 186명` → 여성 청년)?"""
    assert g.subject
    if names_a_part(g.subject):
        return True
    first = g.subject.split()[0]
    if not names_a_part(first) or doc is None or len(doc) == 0:
        return False
    return bool(_PARTITIVE.search(sentence_of(doc, token_at(doc, g.start)).text))


def _whole_of_items(f: Figure, earlier: list[Figure], doc: Doc | None) -> str | None:
    """An item of a breakdown that names no part (`▲기타 700개`) counts the whole counted before
    the breakdown's sentence, never the item before it (`▲민간 5천개`)."""
    if doc is None or len(doc) == 0 or f.unit in ("명", "인"):
        return None
    start, end = figure_tokens(doc, f)
    if not breaks_down(doc, start, end, sentence_of(doc, start)):
        return None
    here = sentence_index(doc, f.start)
    before = [g for g in earlier if g.section == f.section and sentence_index(doc, g.start) < here]
    return _carried_subject(f, before, doc)


def _part_of_whole(f: Figure, earlier: list[Figure], doc: Doc | None) -> str | None:
    """An item of a sentence that breaks a whole down (`분야별로는 ▲공공부문 7,450개`) is its
    part of what the count before the sentence counts, with the same counter: `공공부문 일자리`;
    an item that is already a kind of it (`공공주택` of 주택) keeps its name."""
    if not f.subject:
        return None  # (parts of people are left to the rules of people, `제조업 취업자`)
    whole = _whole_of_items(f, earlier, doc)
    if not whole or whole == counter_as_subject(f.unit) or whole == f.unit:
        return None
    if f.subject.endswith(whole.split()[-1]) or whole.endswith(f.subject):
        return None
    head = f.subject.split()[-1]
    if any(g.kind == "count" and g.subject and g.subject.split()[-1] == head for g in earlier):
        # `2만6천개의 일자리 … 84개 세부사업 … 분야별로는 ▲직접 일자리 8천200개`: an item
        # naming what the article counts in its own right is no part of the count before
        return None
    return f"{f.subject} {whole}"


def _of_places(f: Figure, doc: Doc) -> bool:
    start, end = figure_tokens(doc, f)
    return after_places(doc, start, end, sentence_of(doc, start))


_DECIMAL = re.compile(r"\d\.\d")


def _a_rate(f: Figure) -> bool:
    """A count written with decimals (`0.79명`, `4.7건`): a rate per person or per thousand, not
    a number of things; what it measures carries only to and from counts of its kind."""
    return bool(_DECIMAL.search(f.surface))


def _bare_group(f: Figure, doc: Doc | None) -> bool:
    """Is the count's subject a group of people by age or generation alone (`청년층은`, `40대는`),
    which no relative clause describes (not `취업한 중장년층은`)?"""
    if doc is None or len(doc) == 0 or not f.subject or not names_a_group(f.subject):
        return False
    if len(f.subject.split()) > 1:
        return False
    start, end = figure_tokens(doc, f)
    return not described(doc, start, end, sentence_of(doc, start), f.subject)


def _field_of_breakdown(f: Figure, doc: Doc | None) -> bool:
    """Is the count of people an item of a sentence breaking people down by a kind (`분야별로는
    … 취업자가 58명으로 가장 많았고, 관광·서비스 47명`) whose name names no people? Then the item
    says where they are, and the people are those named before (`관광·서비스 취업자`)."""
    if doc is None or len(doc) == 0 or not f.subject or names_people(f.subject):
        return False
    start, end = figure_tokens(doc, f)
    return breaks_down(doc, start, end, sentence_of(doc, start))


def _carried_people(f: Figure, earlier: list[Figure], doc: Doc | None) -> str | None:
    """The people the nearest earlier count of people (명, at most three sentences back) names,
    for a count of people whose subject is a place of them (subject.names_no_person): the head
    of its subject (`사업자` of `폐업 신고 사업자`)."""
    part = (
        doc is not None
        and len(doc) > 0
        and _PART_OF_BEFORE.match(sentence_of(doc, token_at(doc, f.start)).text.lstrip())
    )
    for g in within_reach(f, earlier, doc):
        if g.kind == "count" and g.unit == f.unit and g.subject:
            head = g.subject.split()[-1]
            if not names_no_person(head):
                # `이 가운데 청년층은 …`: a part of those just counted, named in full
                return g.subject if part and not names_a_group(g.subject) else head
    return None


#: Words opening a sentence about a part of what the sentence before counted.
_PART_OF_BEFORE = re.compile(r"(이|그)\s?(가운데|중)(에서|서)?\s")
