"""An article's years, as the timeline carries them to a figure whose sentence names none: the
year an earlier sentence names, the headline's, a month's just past, the year of the budget the
article goes on about, a span of years a figure was totalled over (`이 기간`).

Apart from extractors/timeline.py, which picks among them in order of certainty (its docstring
gives the order) and needs only these entry points.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import datetime
from decimal import Decimal

from spacy.tokens import Doc

from extractors.docs import doc_text, sentence_starts, token_at
from extractors.phrases import ITEM_MARKS
from extractors.tables import line_at
from extractors.tense import (
    NEXT_YEAR,
    SAME_YEAR,
    SPAN,
    after_earlier_year,
    ahead,
    comparison_base,
    last_month,
    month_year,
    names_year_before,
    opens_period,
    speaks_ahead,
    starts_streak,
    tags_figure,
    told_before,
    year_words,
)
from extractors.tense import rules as tense_rules
from extractors.tense_compare import from_value, is_comparison, same_period_at
from extractors.tense_goal import goal_changed
from extractors.tense_plan import done_and_then, goal_set_after, past_form, sets_goal, stem_in
from extractors.tense_span import change_side, names_span, side_year, years_spanned
from extractors.tense_tally import PART, pledge_noun, pledge_tally
from extractors.tense_words import OPENING_PARENS, opens_with_part
from extractors.tense_year import (
    MONTH_WORD,
    clause_opening,
    latest_year_of,
    past,
    year_of,
    years_ago,
)
from extractors.timeline_sentences import (
    asked_on_line,
    base_of_share,
    item_marked,
    sentence_index,
    sentence_words,
    within_reach,
    words_of_sentence,
)
from extractors.words import RO, Word, word_index
from schemas.records import Figure

_TAG_YEAR = re.compile(r"\[[^\]\n]*?(?<!\d)((?:19|20)\d{2})(?!\d)[^\]\n]*\]")
#: Sections whose sentences come before the body's, in reading order.
_BEFORE = {"body": ("subtitle", "lead"), "lead": ("subtitle",), "caption": ()}


def _sentence_years(
    doc: Doc, n: int, published_at: datetime | None, deadlines: bool = True
) -> list[int]:
    # Every figure of an article walks back over the sentences before it: read each once.
    key = ("sentence_years", n, published_at, deadlines)
    if key not in doc.user_data:
        words = words_of_sentence(doc, n)
        found = year_words(words, published_at)
        # a base of comparison (`지난해보다`, `지난해 494억원보다`, `지난해 …에 이어`) is no time
        # the article goes on in
        budget_too = any(_heads(words, k, tense_rules().budget) for k in found)
        years = [
            found[k]
            for k in sorted(found)
            if found[k] != SAME_YEAR
            # (`2015년도 제1회 추가경정예산안과 2014회계연도 결산 승인안을 처리했다`: the
            # article goes on in the budget's year; a settlement beside it is told by its own)
            and not (budget_too and _heads(words, k, ("결산",)))
            and not opens_period(words, k)
            and not tags_figure(words, k)
            and not comparison_base(words, k)
            and not _aside(doc, n, words, k, found[k], published_at)
            and not _heads_figure(words, k)
            and not (not past(found[k], published_at) and _heads_goal_aside(words, k))
            and not starts_streak(words, k)
            and (deadlines or not _deadline_ahead(words[k], found[k], published_at))
        ]
        if len(years) > 1 and any(w.text == "|" for w in words):
            # `구분 | 2022년 | 2021년 | 증감`: a table's head goes on in its latest year, in
            # whatever order its columns run
            years = sorted(years)
        if NEXT_YEAR in years:
            # `이듬해에는`: the year after the one an earlier sentence names
            earlier = year_before_sentence(doc, n, published_at)
            years = [
                earlier + 1 if y == NEXT_YEAR else y for y in years if earlier or y != NEXT_YEAR
            ]
        doc.user_data[key] = years
    return doc.user_data[key]


def _aside(
    doc: Doc, n: int, words: list[Word], k: int, year: int, published_at: datetime | None
) -> bool:
    """Year word k of sentence n names a base of the article's comparisons, told in passing."""
    return (
        _same_period(words, k)
        or _named_as_before(words, k)
        or _surplus_put_into(words, k)
        or _period_named_later(doc, n, words, k, year, published_at)
        or _looked_back(doc, n, words, k, year, published_at)
    )


def _looked_back(
    doc: Doc, n: int, words: list[Word], k: int, year: int, published_at: datetime | None
) -> bool:
    """`청년 고용률은 2022년에는 43.0%로 중위권이었다` after sentences of 2025: a year earlier than
    the latest the sentence before names, as the topic (`에는`), told with a past copula, looks
    back in passing; the sentences after it go on in the article's year."""
    j = k + 1 if k + 1 < len(words) and words[k + 1].text.startswith("년") else k
    forms = words[j].particle_forms()
    then = _time_of_year(words, k)
    if then is None and not ("에는" in forms or {"에", "는"} <= set(forms)):
        return False
    if then is not None:
        # `2024년도 예산 심의 때는 국회에서 1,467억원이 증액됐지만`: the time of that year's
        # event as the topic, told in the past
        if not any(w.predicate and past_form(w) for w in words[then + 1 :]):
            return False
    elif not any(
        w.predicate and ("이", "VCP") in w.base_parts and past_form(w) for w in words[k + 1 :]
    ):
        return False
    # (the years the nearest sentence before names, as written: the frame they make is not
    # asked for, which would read back through every sentence before, each in turn)
    for m in range(n - 1, -1, -1):
        named = year_words(words_of_sentence(doc, m), published_at).values()
        years = [y for y in named if y > NEXT_YEAR]
        if years:
            return max(years) > year
    return False


_TIME_OF_WORDS = 3  # `2024년도 예산 심의 때는`: the nouns between a year and its 때


def _time_of_year(words: list[Word], k: int) -> int | None:
    """The index of `때는` (`때에는`) a few nouns after year word k, if any."""
    for j in range(k + 1, min(len(words), k + 2 + _TIME_OF_WORDS)):
        w = words[j]
        forms = set(w.particle_forms())
        if w.stem == "때" and ("는" in forms or "에는" in forms):
            return j
        if not w.bare_noun and j > k + 1:
            return None
    return None


def funds_budget_before(f: Figure, doc: Doc, published_at: datetime | None) -> int | None:
    """`재원은 2024회계연도 출납 폐쇄 결과를 토대로 추계한 순세계잉여금 1,420억원과 …` after a
    budget of 2025: what funds the budget told before is of that budget's year, a later one than
    the settled year an item names (the year the sentences before go on in)."""
    words, first = sentence_words(f, doc)
    r = tense_rules()
    if not any(
        w.stem in r.funding_topics and set(w.particle_forms()) & {"은", "는"} for w in words[:first]
    ):
        return None
    before = year_before_sentence(doc, sentence_index(doc, f.start), published_at)
    return before if before is not None and f.year is not None and before > f.year else None


def into_supplementary(f: Figure, doc: Doc, published_at: datetime | None) -> bool:
    """The figure's sentence puts it into a supplementary budget (`제2회 추경 재원으로 반영해`,
    `2회 추경에 820억원 투입`) or tells of one (`제2회 추경안은 …`), and names no year nor a time
    gone (`당시`)."""
    words, _ = sentence_words(f, doc)
    r = tense_rules()
    if year_words(words, published_at) or any(w.stem in r.then_words for w in words):
        return False
    return any(
        w.stem.endswith(r.supplementary)
        and (
            "에" in w.particle_forms()
            # (`이어 심사한 제2회 추경안은 시가 제출한 3조 2,410억원 가운데`: its topic)
            or w.particle_forms() in (["은"], ["는"])
            or (k + 1 < len(words) and words[k + 1].stem in r.funding_topics)
        )
        for k, w in enumerate(words)
    )


def _surplus_put_into(words: list[Word], k: int) -> bool:
    """`순세계잉여금 중 450억원을 올해 제1회 추경에 편성했고`: year word k names the budget a
    settled year's surplus goes into, told in passing in the settlement; the sentences after it
    go on in the settled year."""
    if not any(w.stem.endswith(tense_rules().origins) for w in words[:k]):
        return False
    for w in words[k + 1 : k + 3]:
        if w.stem.endswith(tense_rules().supplementary) and "에" in w.particle_forms():
            return True
    return False


def aside_sentence(doc: Doc, n: int, published_at: datetime | None) -> bool:
    """Every year sentence n names is an aside's (`2019년 상반기에는 4만8,920개로 …에 그쳤다`):
    its figures are no whole a later breakdown takes its parts from."""
    # (asked for each earlier figure of a breakdown, of every figure after it: read once)
    key = ("aside_sentence", n, published_at)
    if key not in doc.user_data:
        words = words_of_sentence(doc, n)
        found = year_words(words, published_at)
        doc.user_data[key] = bool(found) and all(
            _aside(doc, n, words, k, year, published_at) for k, year in found.items()
        )
    return doc.user_data[key]


def _same_period(words: list[Word], k: int) -> bool:
    """Year word k names the same period of another year (`지난해 같은 달에는 … 3천 명에 그쳐`,
    `전년 동월에는`): the sentence looks back at the base of the article's comparisons, an
    aside, not a time the next sentences go on in."""
    j = k + 1
    if j < len(words) and words[j].text in ("년", "년도"):
        j += 1
    return same_period_at(words, j) is not None


def _period_word(words: list[Word], k: int) -> int | None:
    """The index of the month, half, quarter or whole year right after year word k (`2018년 4월`,
    `2024년 연간`), if any."""
    j = k + 1
    if j < len(words) and words[j].text in ("년", "년도"):
        j += 1
    return j if j < len(words) and _period_key(words[j]) != (None, False) else None


def _named_as_before(words: list[Word], k: int) -> bool:
    """`전월인 지난해 12월에는`, `직전 달인 지난해 12월`, `개편되기 전인 2019년 상반기에는`: year
    word k is put beside a word naming the time before, a base told in passing."""
    if k == 0:
        return False
    w = words[k - 1]
    return (
        w.stem in tense_rules().named_before
        and len(w.base_parts) >= 2
        and w.base_parts[-2][1] == "VCP"
        and w.base_parts[-1][1] == "ETM"
    )


def _heads_figure(words: list[Word], k: int) -> bool:
    """`2019년 7월(61.3%)에는 아직 못 미치지만`: year word k (with its month) heads the figure in
    the parenthesis after it, or opens a parenthesis with its figure (`(지난해 438만명)`), the
    value of that time, not a time the next sentences go on in."""
    j = _period_word(words, k)
    j = k if j is None else j
    if k > 0 and words[k - 1].text in OPENING_PARENS and j + 1 < len(words):
        return words[j + 1].has_number  # `관광객 500만명 유치(지난해 438만명)`: the base aside
    return j + 2 < len(words) and words[j + 1].text in OPENING_PARENS and words[j + 2].has_number


def _heads(words: list[Word], k: int, nouns: tuple[str, ...] | frozenset[str]) -> bool:
    """Year word k heads one of `nouns` within the next three words (`2014회계연도 결산`,
    `2015년도 제1회 추가경정예산안`)."""
    ends = tuple(nouns)
    return any(
        (w.stem or w.text).endswith(ends) or w.text.startswith(ends) for w in words[k + 1 : k + 4]
    )


def _heads_goal_aside(words: list[Word], k: int) -> bool:
    """`지난해 하반기 고용률은 60.3%로, 2026년 목표였던 60%를 … 넘어섰다`: year word k heads a
    goal told as an aside (the goal's copula adnominal, `목표였던`, `목표인`), the goal's year,
    not a time the next sentences go on in (asked of a year not gone by: `지난해 목표였던 1조
    5천억원을 웃도는 …을 유치하고` is also when that was done)."""
    if k + 1 >= len(words):
        return False
    goal = words[k + 1]
    return (
        goal.predicate
        and goal.base_parts[-1][1] == "ETM"
        and ("이", "VCP") in goal.base_parts
        and goal.base_parts[0][0] in tense_rules().goal_nouns
    )


_NAMED_BEFORE = 3  # `지난해 대구의 12월 고용률`: the words between a month and its year


def _period_named_later(
    doc: Doc, n: int, words: list[Word], k: int, year: int, published_at: datetime | None
) -> bool:
    """`2018년 4월에는 대전 실업률이 3.4%였다` in a release on `2019년 4월` (`전년 동월인 2016년
    12월` after `12월만 놓고 보면`, `지난해 4월에는` after `지난달` in May): the same month, half or
    quarter of an earlier year than an earlier sentence named it in, the base the article
    compares with, told as an aside."""
    j = _period_word(words, k)
    if j is None:
        return False
    period = _period_key(words[j])
    month, _ = period
    last_months = tense_rules().last_month
    for m in range(n):
        before = words_of_sentence(doc, m)
        found = year_words(before, published_at)
        for i, w in enumerate(before):
            if published_at is not None and w.text.startswith(last_months):
                # `지난달 부산지역 고용보험 피보험자가` in May: April, of its latest year
                gone = (published_at.month - 2) % 12 + 1
                if period == (gone, True) and latest_year_of(gone, published_at) > year:
                    return True
            if _period_key(w) != period:
                continue
            years = [found[h] for h in range(max(0, i - _NAMED_BEFORE), i) if h in found]
            if years:
                named = years[-1]
            elif month and published_at is not None:
                named = latest_year_of(month, published_at)  # (no year: the latest such month)
            else:
                continue
            if named > year:
                return True
    return False


def _period_key(w: Word) -> tuple[int | None, bool]:
    """Which period a word names: its last month, and whether a month (`6월`, not `상반기`); the
    whole year (`연간`) as month 0."""
    if w.stem == "연간":
        return 0, False
    return last_month(w), MONTH_WORD.match(w.text) is not None


def _deadline_ahead(w: Word, year: int, published_at: datetime | None) -> bool:
    """A year still ahead with 까지 (`2027년까지 신규 고용 3,500명이 생길 것으로`) is when one
    figure is due, not a time the next sentences go on in: the list after it is this year's (a
    headline's deadline, `2035년까지 철도망 구축…`, still frames the whole article)."""
    return "까지" in w.particle_forms() and ahead(year, published_at)


def year_before_sentence(doc: Doc, n: int, published_at: datetime | None) -> int | None:
    """The last year named in the sentences before sentence n (no deadline still ahead); a
    sentence that sets plans now, naming no year, names the publication's. A paragraph opened by
    an item mark (`○수원시=상반기 2만1300개로 …`) does not go on in another item's years."""
    # asked for each figure of a sentence, and again by a sentence that sets plans: walk once
    key = ("earlier_year", n, published_at)
    if key not in doc.user_data:
        doc.user_data[key] = _walk_back_to_year(doc, n, published_at)
    return doc.user_data[key]


def _walk_back_to_year(doc: Doc, n: int, published_at: datetime | None) -> int | None:
    # (n may be one past the last sentence: what a whole section names, for the section after)
    if 0 < n < len(sentence_starts(doc)) and opens_with_part(
        [w for w in words_of_sentence(doc, n) if not w.punct][:2]
    ):
        # `기업들은 2019년까지 … 420명을 채용하기로 했다. 이 가운데 ㈜한빛바이오는 … 130명을
        # 고용할 계획이다`: a part of a figure due by a year is due then too
        years = _sentence_years(doc, n - 1, published_at)
        if years:
            return years[-1]
    own = _item_of(doc, n)
    for m in range(n - 1, -1, -1):
        item = _item_of(doc, m) if own is not None else None
        if item is not None and item != own:
            continue
        years = _sentence_years(doc, m, published_at, deadlines=False)
        if years:
            return years[-1]
        if asked_on_line(doc, m):
            # `Q. 공약 이행률은.` / `A. "공약 71개 가운데 46개를 …"`: an answer goes on in the
            # year its question names, not in an earlier answer's
            return None
        if published_at is not None and _sets_plans_now(doc, m, published_at):
            # (plans set now for a year still ahead the article named before, `2018년도
            # 예산안을 의결했다. … 예비비로 넘겨 편성했다` in December, are that year's)
            ahead = year_before_sentence(doc, m, published_at)
            return ahead if ahead is not None and ahead > published_at.year else published_at.year
    return None


def tally_part(f: Figure, earlier: list[Figure], doc: Doc) -> bool:
    """f counts pledges done or under way, or the rate kept, on a day: by its own sentence
    (extractors/tense_tally.py), or after `이 중` under the term's pledges the sentence before
    counted (`군의 민선8기 공약은 6대 분야 67개 사업이다. 이 중 완료 사업은 21개, …`)."""
    if f.kind == "money":
        return False
    words, first = sentence_words(f, doc)
    last = word_index(words, token_at(doc, f.end - 1))
    tally = pledge_tally(words, first, last)
    if tally is not None or f.kind != "count":
        return tally == PART
    if not opens_with_part([w for w in words if not w.punct][:2]):
        return False
    n = sentence_index(doc, f.start)
    return any(
        g.section == f.section
        and g.kind == "count"
        and g.unit == f.unit
        and g.is_target
        and g.year_source == SPAN
        and sentence_index(doc, g.start) == n - 1
        for g in earlier
    ) and any(pledge_noun(w) for w in words_of_sentence(doc, n - 1))


def tally_as_of(f: Figure, doc: Doc) -> bool:
    """A tally's clause dates it by a day it runs up to (`지난해 말까지 41건을 완료해`, `2월 말
    현재`, `6월 말 기준`, `1주년 당시`), not by a year the pledges were done in."""
    words, first = sentence_words(f, doc)
    return any(
        "까지" in w.particle_forms() or w.stem in _AS_OF
        for w in words[clause_opening(words, first) : first]
    )


_AS_OF = frozenset({"현재", "기준", "당시"})


def _term_before(doc: Doc, n: int, published_at: datetime | None) -> str | None:
    """What the nearest sentence before sentence n that names a time names: a term of office
    (`민선8기`, `임기`) and no year (_TERM), or a span of years (`2019~2023`) and no other
    (_SPAN); None for anything else."""
    # asked for each figure of each sentence: walk back once per sentence, each read once
    key = ("term_before", n, published_at)
    if key not in doc.user_data:
        term: str | None = None
        for m in range(n - 1, -1, -1):
            # (a sentence naming only asides' years, `2019년 상반기 63.1%를 넘어섰고`, names a
            # time too: the article goes on in its own, not the term's)
            years = _sentence_years(doc, m, published_at)
            spanned = _spanned(doc, m)
            if years or spanned or year_words(words_of_sentence(doc, m), published_at):
                # `2019~2023 중기지방재정계획을 확정했다`, then `분야별로는 사회복지 6조
                # 1,300억원 …`: the article goes on in a span of years, no one of them
                term = _SPAN if spanned is not None and set(years) <= set(spanned) else None
                break
            names = ("names_term", m)
            if names not in doc.user_data:
                doc.user_data[names] = _names_term(words_of_sentence(doc, m))
            if doc.user_data[names]:
                # (unless a year named before the term frames the article: `2023년도 예산안을
                # … 편성했다. … 민선8기 4년간 공약 이행에 2조4천억원이 …. 분야별로는 …`, an aside)
                framed = any(_sentence_years(doc, j, published_at) for j in range(m))
                term = None if framed else _TERM
                break
        doc.user_data[key] = term
    return doc.user_data[key]


_TERM, _SPAN = "term", "span"


def _spanned(doc: Doc, m: int) -> tuple[int, int] | None:
    """`years_spanned` of sentence m, read once (every figure's walk back passes it)."""
    key = ("years_spanned", m)
    if key not in doc.user_data:
        doc.user_data[key] = years_spanned(words_of_sentence(doc, m))
    return doc.user_data[key]


def _span_before(doc: Doc, n: int, title: Doc | None, published_at: datetime | None) -> bool:
    """Under a headline of a plan over a span of years (`2019~2023 중기지방재정계획…5년간 8조
    3,450억원`), the sentence right before sentence n names no year and plans over a span
    (`분야별로는 사회복지에 5년간 2조 4,100억원 … 배분했다`): a plan told next (`신규 투자사업
    27개에는 4,620억원이 반영됐다`) goes on over the same span (under a headline of one year's
    budget, a span told in passing is an aside)."""
    if n < 1 or title is None or not names_span(words_of_sentence(title, 0)):
        return False
    return not _sentence_years(doc, n - 1, published_at) and names_span(
        words_of_sentence(doc, n - 1)
    )


_ELECTED_TERM = re.compile(r"민선\s?\d+기")  # not `18기 친환경농업인대학`, a class
_WITHIN = ("동안", "중", "내", "안")  # `임기 동안`, `임기 중`, `임기 내`, `임기 안에`


def _names_term(words: list[Word]) -> bool:
    """The sentence names a term of office (`민선8기`, `민선 7기`, `임기 동안`)."""

    def text(k: int) -> str:
        return words[k].text if k < len(words) else ""

    for k, w in enumerate(words):
        # `민선8기`, or `민선 8기` written apart: the word after the term's name
        after = k + 1 if _ELECTED_TERM.match(w.text) else None
        if w.text == "민선" and _ELECTED_TERM.match(w.text + text(k + 1)):
            after = k + 2
        if after is not None and not text(after).startswith(tense_rules().term_events):
            # (`민선 4기 출범과 함께 … 역임하면서`: a moment of a term, in a life told)
            return True
        if w.stem in ("임기내", "임기중") or (w.stem == "임기" and text(k + 1).startswith(_WITHIN)):
            return True
    return False


def _item_of(doc: Doc, n: int) -> int | None:
    """Where the line holding sentence n starts, when that line is an item named by a label and
    `=` or `:` (`○수원시=상반기 …`, `- 고양시: …`) and holds a sentence of its own; else None (a
    release's paragraphs that all open with `○` are no such items)."""
    starts = sentence_starts(doc)
    if n >= len(starts):
        return None  # (the end of a section read from the one after it)
    start, line = line_at(doc_text(doc), doc[starts[n]].idx)
    stripped = line.strip()
    if not stripped or stripped[0] not in ITEM_MARKS or not stripped.endswith("."):
        return None
    return start if _LABELLED_ITEM.match(stripped[1:]) else None


_LABELLED_ITEM = re.compile(r"\s*[^\s=:：]{1,12}\s*[=:：]")


_CONTRAST = frozenset({("는데", "EC"), ("ᆫ데", "EC"), ("지만", "EC"), ("으나", "EC"), ("나", "EC")})


def _sets_plans_now(doc: Doc, n: int, published_at: datetime | None) -> bool:
    """Sentence n names no year and sets goals or allocates money (`시는 이를 위해 일자리 예산
    1,184억원을 편성했으며`, `… 세부 목표로 정했다`), with no word of a time gone (`당초`,
    `당시`): the time it speaks in is the publication's."""
    key = ("sets_plans_now", n, published_at)
    if key not in doc.user_data:
        words = words_of_sentence(doc, n)
        r = tense_rules()
        # (the tests in turn, each read only when the one before passes: the year words are
        # read for every sentence anyway, the rest walk the whole sentence)
        doc.user_data[key] = (
            not year_words(words, published_at)
            # (`1만 4천 개를 목표로 잡았는데 1만 4,280개가 나왔습니다`: a goal set against what
            # came of it is told looking back)
            and not any(w.predicate and w.base_parts[-1] in _CONTRAST for w in words)
            and not any(w.stem in r.then_words or w.text in r.then_words for w in words)
            and (
                any(
                    w.stem in r.goal_nouns and goal_set_after(words, k) for k, w in enumerate(words)
                )
                or _goal_topic_set(words)
                or any(
                    w.predicate
                    # (not `목표였던 68%에`, `계획한 사업`: a goal or a plan only named; nor
                    # `추경을 네 차례 편성하면서 … 늘었다`: what went on while the year ran)
                    and w.base_parts[-1][1] != "ETM"
                    and w.base_parts[-1][0] not in _WHILE
                    and ("이", "VCP") not in w.base_parts
                    and stem_in(w, r.plan_verbs)
                    for w in words
                )
            )
        )
    return doc.user_data[key]


_WHILE = frozenset({"면서", "으면서"})


def _goal_topic_set(words: list[Word]) -> bool:
    """A goal noun as the topic and a verb of setting one ending the sentence (`고용률 목표는
    65.5%로, 지난해 … 0.6%p 높게 잡았다`)."""
    last = next((w for w in reversed(words) if w.predicate), None)
    return (
        last is not None
        and sets_goal(last)
        and any(
            w.stem in tense_rules().goal_nouns and set(w.particle_forms()) & {"은", "는"}
            for w in words
        )
    )


def article_year(
    f: Figure,
    doc: Doc | None,
    by_section: dict[str, Doc],
    published_at: datetime | None,
) -> tuple[int | None, str | None]:
    """The year the sentences before f's name (of its section, else of the subtitle and lead
    before it), and its year_source; (None, None) when none does."""
    if doc is None or f.section == "title" or len(doc) == 0:
        return None, None
    n = sentence_index(doc, f.start)
    before = _term_before(doc, n, published_at)
    # (a span of years named alone frames plans over it, not the levels a report then gives:
    # `2023~2025 년 순유출 인구 …. 상용근로자 비중은 64.8%`)
    planned_over = f.is_target and (
        before == _SPAN or _span_before(doc, n, by_section.get("title"), published_at)
    )
    if f.unit not in tense_rules().headcounts and (before == _TERM or planned_over):
        # `민선8기 공약 실천계획을 확정·발표했다. 계획은 … 110개 공약과 세부사업 312개로
        # 짜였다`: the article goes on in a term of office, no one year (people counted, `직원
        # 12명을 배치했다`, are counted at a time)
        return None, SPAN
    earlier = year_before_sentence(doc, n, published_at)
    if (
        f.is_target
        and published_at is not None
        and earlier is not None
        and earlier < published_at.year
        and _sets_plans_now(doc, n, published_at)
    ):
        # `지난해에는 … 만들었다. 시는 ▲청년 일자리 3,200개 … 대상별 목표도 함께 내놨다`: the
        # plans set now are not of the past year an earlier sentence went back to
        return published_at.year, "published"
    if earlier is not None:
        return earlier + _after_earlier(f, doc, published_at), "article"
    for name in _BEFORE.get(f.section, ()):
        before = by_section.get(name)
        if before is None or len(before) == 0:
            continue
        year = year_before_sentence(before, len(sentence_starts(before)), published_at)
        if year is not None:
            return year, "article"
    return None, None


def series_before(f: Figure, doc: Doc | None, published_at: datetime | None) -> int | None:
    """`부산 고용률은 2015년 41.2%, 2016년 40.5%, 지난해 39.7%로 낮아졌다. 대구는 같은 기간
    40.8%→39.9%→38.6%`, `… 2019년 같은 기간 53만4천명보다 … 감소했다. 김해시는 27만2천명에서
    26만6천명으로`: one side of a change its sentence tells without years takes its place among
    the years the sentence before named (or two before, with none between)."""
    if doc is None or len(doc) == 0:
        return None
    words, first = sentence_words(f, doc)
    last = word_index(words, token_at(doc, f.end - 1))
    chain = change_side(words, first, last)
    if chain is None or year_words(words, published_at) or goal_changed(words, first, last):
        return None  # (`목표도 30만명에서 12만명으로 낮췄다`: a goal changed within its year)
    side, sides, _ = chain
    n = sentence_index(doc, f.start)
    for m in range(n - 1, max(-1, n - 3), -1):
        # every year named, the start of a change too (`2015년 48.2%에서 지난해 35.7%로`)
        before = words_of_sentence(doc, m)
        named = (year_of(before, k, published_at) for k in range(len(before)))
        years = sorted({y for y in named if y is not None and y > NEXT_YEAR})
        if len(years) >= 2:
            return side_year(years, side, sides)
        if years:
            return None
    return None


_PARTS_SENTENCES = 2  # `… 2,300억원을 투자한다. A사는 1,200억원 …, B사는 650억원 …. C사는 450억원`


def part_of_deadline(
    f: Figure,
    figures: Sequence[Figure],
    earlier: list[Figure],
    doc: Doc | None,
    published_at: datetime | None,
) -> int | None:
    """`기업들은 2022년까지 모두 2,300억원을 투자한다. A사는 1,200억원을 투자해 340명을, B사는
    650억원으로 190명을 고용할 계획이다. C사는 450억원을 들여 120명을 뽑는다`: amounts in the
    sentences right after one due by a year still ahead, adding up to it, are its parts, due
    then too (a deadline frames no other later sentence)."""
    if doc is None or len(doc) == 0 or published_at is None:
        return None

    def same(g: Figure) -> bool:
        return g.section == f.section and (g.kind, g.unit) == (f.kind, f.unit)

    due = [g for g in earlier if g.is_target and g.year and g.year > published_at.year and same(g)]
    if not due:
        return None
    n = sentence_index(doc, f.start)
    for g in reversed(due):
        m = sentence_index(doc, g.start)
        if not 0 < n - m <= _PARTS_SENTENCES:
            continue
        key = ("parts_after", g.start, g.section, g.kind, g.unit)
        if key not in doc.user_data:  # (asked again by each figure of the sentences after)
            doc.user_data[key] = [
                (k, h.value)
                for h in figures
                if h.start > g.end
                and same(h)
                and m < (k := sentence_index(doc, h.start)) <= m + _PARTS_SENTENCES
            ]
        after = doc.user_data[key]
        for last in range(n, m + _PARTS_SENTENCES + 1):
            parts = [v for k, v in after if k <= last]
            if len(parts) > 1 and sum(parts) == g.value:
                return g.year
    return None


_SAME_FROM = Decimal(1000)  # a count this large said again is the same count


def said_before(f: Figure, earlier: list[Figure]) -> int | None:
    """The year of the same amount told earlier with its year (`올해 예산으로 4,222억2000만원을
    편성했다` … `4,222억2000만원은 지난해 3,615억원보다 16.8% 많습니다`): an amount, or a large
    count, said again is the same figure."""
    if f.kind == "percent" or (f.kind == "count" and f.value < _SAME_FROM):
        return None
    for g in reversed(earlier):
        same = (g.kind, g.unit, g.value, g.value_max) == (f.kind, f.unit, f.value, f.value_max)
        if same and g.year_source in ("clause", "sentence"):
            return g.year
    return None


def budget_thread(
    f: Figure,
    earlier: list[Figure],
    year: int | None,
    published_at: datetime | None,
    doc: Doc | None,
    same: bool = False,
) -> int | None:
    """A planned amount whose carried year is past, after an earlier planned amount of a later
    year (`올해 … 1조 199억 8200만 원을 투입해 …. 지난해 하반기 고용률은 …. 분야별 예산은
    고용장려금 3,870억원, …`): the budget goes on, the results in between are an aside. With
    `same`, an earlier planned amount of the same year goes on too (for an item that decides
    nothing itself)."""
    if f.kind != "money" or not f.is_target or year is None or published_at is None:
        return None
    if year > published_at.year:
        return None  # (this year's, carried past an aside on this year's results, goes on too)
    for g in reversed(earlier):
        if g.section == f.section and g.kind == "money" and g.is_target and g.year:
            if doc is not None and base_of_share(g, earlier, doc):
                continue  # `올해 368억원보다`: the base a budget is compared with
            return g.year if g.year > year or (same and g.year == year) else None
    return None


def this_budget_year(f: Figure, earlier: list[Figure], doc: Doc | None) -> int | None:
    """`시는 이 예산으로 ▲… 1,200명 ▲… 650개를 만들 계획이다`: what is done with the budget just
    named is of that budget's year, the latest of the amounts planned in the sentence before (a
    base or a raise beside it may be of another)."""
    if doc is None or not f.is_target:
        return None
    words, first = sentence_words(f, doc)
    this = any(
        words[k].text == "이" and words[k + 1].stem.endswith(tense_rules().budget)
        for k in range(first - 1)
    )
    if not this:
        return None
    n = sentence_index(doc, f.start)
    years = [
        g.year
        for g in earlier
        if g.section == f.section
        and g.kind == "money"
        and g.is_target
        and g.year
        and sentence_index(doc, g.start) == n - 1
    ]
    return max(years) if years else None


def done_ahead(f: Figure, year: int | None, doc: Doc | None, published_at: datetime | None) -> bool:
    """A result done before something else (`35억원을 쓴 데 이어`) carried a year after the
    publication's."""
    if f.is_target or year is None or published_at is None or doc is None:
        return False
    if year <= published_at.year:
        return False
    words, first = sentence_words(f, doc)
    return any(done_and_then(words, j) for j in range(first + 1, min(len(words), first + 4)))


def ahead_of(year: int | None, f: Figure, doc: Doc | None, published_at: datetime | None) -> bool:
    """Is the figure's sentence only of what is to come, and the year before publication?"""
    if year is None or published_at is None or year >= published_at.year or doc is None:
        return False
    return speaks_ahead(sentence_words(f, doc)[0])


def figure_month_year(f: Figure, doc: Doc | None, published_at: datetime | None) -> int | None:
    """A result counted in a month just past (`1월 고용률은 62.1%로`), a plan for a period still
    ahead (`하반기에도 … 채우겠다`): that period's year."""
    if doc is None or len(doc) == 0:
        return None
    words, first = sentence_words(f, doc)
    return month_year(words, first, published_at, plan=bool(f.is_target))


def _after_earlier(f: Figure, doc: Doc, published_at: datetime | None) -> int:
    """1 when the figure's clause is in the year after the article's earlier one (`이듬해`)."""
    words, first = sentence_words(f, doc)
    last = word_index(words, token_at(doc, f.end - 1))
    return int(after_earlier_year(words, first, last, published_at))


def tag_year(doc: Doc) -> int | None:
    """`[결산 2023]`, `[2024 예산]`: the year a headline is filed under."""
    tag = _TAG_YEAR.search(doc_text(doc))
    return int(tag.group(1)) if tag else None


def year_before_ahead(
    f: Figure,
    doc: Doc,
    by_section: dict[str, Doc],
    title_year: int | None,
    published_at: datetime | None,
) -> int | None:
    """`전년` read from the publication date, in an article speaking of another year (`2026년도
    본예산 확정` in December 2025: `전년 6,124억 원 대비`): the year before that one."""
    if published_at is None or f.year != published_at.year - 1 or f.year_source != "clause":
        return None
    words, k = sentence_words(f, doc)
    before = [j for j in range(max(0, k - _PREVIOUS_WORDS), k) if names_year_before(words[j])]
    if not before or told_before(words, before[0], published_at) is not None:
        return None  # (`올해 예산은 전년(900억원)보다`: the sentence's own year went before it)
    # `하반기 고용률은 63.9%로 전년 하반기(63.1%)보다` in February: the half just reported
    told = month_year(words, before[0], published_at)
    if told is None:
        told, _ = article_year(f, doc, by_section, published_at)
    if told is not None and told != published_at.year:
        # `고용률은 지난해 하반기 68.6%로 …. 이는 전년 68.1%보다`: the year before the one the
        # article spoke of last
        return told - 1
    if told is None and title_year is not None and title_year > published_at.year:
        # (a sentence before that spoke of this year keeps 전년 last year: `올해 상반기 고용률은
        # 62.4%로 …. 전년 같은 기간 61.7%보다` under a headline of next year's budget)
        return title_year - 1
    return None


_PREVIOUS_WORDS = 3  # `전년 당초예산 70억 원`: the nouns between 전년 and its figure


def headline_years(doc: Doc | None, published_at: datetime | None) -> tuple[int, ...]:
    """The year a headline is filed under or, else, the years its sentences name, in order."""
    if doc is None or len(doc) == 0:
        return ()
    tag = tag_year(doc)
    if tag is not None:
        return (tag,)
    return tuple(
        year
        for n in range(len(sentence_starts(doc)))
        for year in _sentence_years(doc, n, published_at)
    )


_THAT = frozenset({"이", "그", "해당"})


def in_that_span(
    f: Figure,
    earlier: list[Figure],
    doc: Doc | None,
    published_at: datetime | None,
    same: bool = True,
) -> bool:
    """`2023~2026년 4년간 일자리 12만개 … 이 기간 투입할 예산은 4조2000억원`: a figure of `이 기간`
    (or, with `same`, `같은 기간` with no year of its own before it: `지난해 같은 기간` is a
    year's) is of the span of years a figure shortly before was totalled over."""
    if doc is None or len(doc) == 0:
        return False
    words, first = sentence_words(f, doc)
    that = any(
        words[k].stem == "기간"
        and k > 0
        and (
            words[k - 1].text in _THAT
            or (
                same
                and words[k - 1].text == "같은"
                and (k < 2 or not year_words(words[k - 2 : k - 1], published_at))
            )
        )
        for k in range(first)
    )
    return that and any(g.year_source == SPAN for g in within_reach(f, earlier, doc))


def start_of_change(f: Figure, doc: Doc, year: int, published_at: datetime | None) -> int | None:
    """A rate a change is told from, with no rate it changed to (`세종은 지난해 상반기(45.2%)보다
    3.5%p 올랐지만, 전남은 39.6%에서 1.7%p 떨어졌다`, `지난해 상반기와 비교하면 … 69.6%에서 0.9%p
    높아졌다`): the level of the period compared with, the year a comparison before it in the
    sentence names, else the year before the one the article gives (`year`)."""
    if f.kind != "percent":
        return None
    words, first = sentence_words(f, doc)
    last = word_index(words, token_at(doc, f.end - 1))
    if not from_value(words[last]) or last + 1 >= len(words):
        return None
    change = words[last + 1]
    # (`39.6%에서 41.2%로`: a level it changed to is told, and the change is between two years)
    if not ("%p" in change.text or "포인트" in change.text) or set(change.particle_forms()) & RO:
        return None
    k = next((k for k in range(last + 2, len(words)) if words[k].predicate), None)
    if k is None or not (stem_in(words[k], tense_rules().level_changes) or _became(words[k])):
        return None
    if any(w.has_number for w in words[last + 2 : k]):
        return None
    compared = [
        y
        for k in range(first)
        if (y := year_of(words, k, published_at)) is not None
        and y > NEXT_YEAR
        and any(is_comparison(w) for w in words[k : min(first, k + 3)])
    ]
    return compared[-1] if compared else year - 1


def _became(w: Word) -> bool:
    """An adjective with -어지 (`높아졌다`, `낮아졌다`, `커졌다`): a level that changed."""
    return bool(w.parts) and w.parts[0][1] == "VA" and w.parts[2:3] == [("지", "VX")]


def years_ago_in_frame(f: Figure, doc: Doc, published_at: datetime | None) -> int | None:
    """`반면 청년층 고용률은 44.2%로 1년 전(46.9%)보다 2.7%p 하락했다` after sentences of 2023 in
    January 2024: N years before the year the article goes on in, when the sentence names none
    of its own (the sentence alone counts from the publication's)."""
    words, first = sentence_words(f, doc)
    ago = years_ago(words, first)
    if not ago or any(
        y > NEXT_YEAR for k, y in year_words(words, published_at).items() if k < first
    ):
        return None
    frame = year_before_sentence(doc, sentence_index(doc, f.start), published_at)
    return frame - ago if frame is not None else None


def year_before_articles(f: Figure, doc: Doc, published_at: datetime | None) -> int | None:
    """`지난해 하반기 충북 고용률은 65.2%로 집계됐다. 전년 같은 기간(64.6%)보다 0.6%p 높고`:
    `전년` with no year before it in its sentence is the year before the one the article goes on
    in, not before the publication's."""
    words, first = sentence_words(f, doc)
    opening = clause_opening(words, first)
    k = next((j for j in range(first - 1, opening - 1, -1) if names_year_before(words[j])), None)
    if k is None or told_before(words, k, published_at) is not None:
        return None
    if any(
        words[j].has_number or year_of(words, j, published_at) is not None
        for j in range(k + 1, first)
    ):
        return None  # (`전년 실적 11조 3,600억원의 …, 당초 목표 15조원의`: another's year)
    year = year_before_sentence(doc, sentence_index(doc, f.start), published_at)
    return None if year is None else year - 1


def share_of_span(f: Figure, earlier: list[Figure], doc: Doc | None) -> bool:
    """Who pays what share of a project's cost over years (`2024년까지 총사업비 186억원(국비
    90억원, 도비 29억원, 시비 67억원)이 투입된다`, `총사업비 60억원 가운데 국비 30억원, …`,
    `… 190억원을 들여 … 조성한다. 재원은 국비 95억원, …`): an amount a fund names, after a
    planned amount of no one year in its sentence or the one before, is a share of it, of no
    one year either (the deadline its clause names is the project's end, not its year)."""
    if doc is None or f.kind != "money" or not f.is_target:
        return False
    words, first = sentence_words(f, doc)
    if first < 1 or not (words[first - 1].stem or "").endswith(tuple(tense_rules().funds)):
        return False
    clause = words[clause_opening(words, first) : first]
    if f.year_source == "clause" and not any("까지" in w.particle_forms() for w in clause):
        return False  # `2년 전인 2016년 국비 1,748억원과 비교하면`: its own year
    here = sentence_index(doc, f.start)
    # (the sentence before only when this one opens on its sources or a part: `재원은 …`,
    # `이 중 …`; not another project's `국비 150억원을 투입해`)
    opened = [w for w in words if not w.punct][:2]
    sources = opened[:1] and opened[0].stem in tense_rules().funding_topics
    reach = here - 1 if sources or opens_with_part(opened) else here
    whole = next(
        (
            g
            for g in within_reach(f, earlier, doc)
            if g.kind == "money" and sentence_index(doc, g.start) >= reach
        ),
        None,
    )
    return whole is not None and whole.year_source == SPAN and bool(whole.is_target)


def items_of_span(f: Figure, earlier: list[Figure], doc: Doc | None) -> bool:
    """`임기 4년간 … 4년간 투입 예산은 4,350억원 규모다. 핵심 전략별로는 ▲… 3,000개 ▲… 등의
    일자리를 만든다는 계획이다`: goals marked as items, right after a sentence whose last figure
    is a plan over a span of years, are parts of that plan, of no one year."""
    if doc is None or len(doc) == 0 or f.kind != "count" or not f.is_target or f.year is not None:
        return False
    words, first = sentence_words(f, doc)
    if not item_marked(words, first):
        return False
    here = sentence_index(doc, f.start)
    # (the last figure of the sentences before: every item of the list asks the same)
    before = next(
        (
            g
            for g in reversed(earlier)
            if g.section == f.section and sentence_index(doc, g.start) < here
        ),
        None,
    )
    if before is None or sentence_index(doc, before.start) != here - 1:
        return False
    # (`(총사업비 400억 원)`: what a project costs over its years is no plan of a term's)
    cost = doc_text(doc)[: before.start].rstrip().endswith(tuple(tense_rules().project_costs))
    return before.year_source == SPAN and bool(before.is_target) and not cost
