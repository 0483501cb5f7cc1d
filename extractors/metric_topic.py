"""What a percent measures named by the rate its clause or sentence is about (extractors/metric.py,
rule 6): the clause's topic or subject (`rate_of_clause`), the sentence's topic spread over its
items (`rate_of_sentence`), through a relative clause or a frame (`_frame_rate`), and a topic that
names an act (`rate_of_act_topic`).
"""

from __future__ import annotations

from extractors.metric_words import (
    is_topic,
    noun_before_parenthesis,
    rate_in,
    rate_of_goal_noun,
    rate_of_statistic,
    rate_read_as_particle,
)
from extractors.phrases import (
    TOPIC,
    Place,
    index_before,
    is_proper,
    is_rate,
    particle_only,
    phrase_ending_at,
    phrase_of,
    place_like,
    rules,
)
from extractors.words import Word


def span_of_rate(p: Place, named: str | None) -> str | None:
    """`고용률은 45.2%로 1.9%p 상승해 … 상승폭 2위(1.9%p)`: a lone word of how far a change went,
    bare before a rank, measures the rate its clause or sentence is about when it names one."""
    if named not in rules().spans:
        return named
    j = next((j for j in range(p.first - 1, -1, -1) if p.words[j].stem == named), None)
    bare = j is not None and not p.words[j].particles
    return (rate_of_clause(p) or rate_of_sentence(p) or named) if bare else named


def rate_of_act_topic(p: Place) -> str | None:
    """`기업 부담은 30%다`, `자부담은 10%로 낮췄다`, `할인은 최대 20%`: a topic that names an
    act on a share of a cost, right before the percent, measures the rate of that act."""
    r = rules()
    k = index_before(p)
    if k < 0 or not is_topic(p.words[k]):
        return None
    w = p.words[k]
    act = next((a for a in r.actions_rate if w.stem.endswith(a)), None)
    if act is None:
        return None
    words = phrase_ending_at(p.words, k)
    phrase = phrase_of(words)
    if not phrase:
        return None
    rate = r.actions_rate[act]
    return phrase[: -len(act)] + rate if phrase.endswith(act) else None


def rate_of_clause(p: Place) -> str | None:
    """A rate that is the topic or subject of the clause before the figure (`비중이 각각 …`,
    `고용률 상위 지역은 광산구(62.8%)`)."""
    for k in range(p.first - 1, -1, -1):
        w = p.words[k]
        if w.predicate and not w.stem:
            return None  # a verb ends the clause the topic governs
        named = topic_rate(p.words, k)
        if named:
            return named
    return None


def rate_of_sentence(p: Place) -> str | None:
    """A rate named once as the sentence's topic and then spread over the items that follow,
    across their verbs (`재정자립도는 목포시가 30%로 가장 높았고, 신안군이 8%로 가장 낮았다`).
    Another topic that is not a place (`실업자는`) ends the rate's reach, and so does an owner of
    the percent's own that is not a place (`응답자의 76.1%는`: a part of them)."""
    o = index_before(p)
    owner = p.words[o] if o >= 0 else None
    if owner is not None and owner.particles == ["JKG"] and owner.stem and not place_like(owner):
        return None
    for k in range(p.first - 1, -1, -1):
        w = p.words[k]
        named = topic_rate(p.words, k) or _frame_rate(p.words, k)
        if named:
            return named
        if is_topic(w) and not place_like(w) and not w.has_number and not names_nothing(w):
            # `취업자 비중을 보면 도소매업이 26.3%, …`: a frame the sentence opens with covers
            # the items it lists, whatever they are
            return next(filter(None, (_looked_at(p.words, j) for j in range(k))), None)
    return None


def names_nothing(w: Word) -> bool:
    """A topic that names no new thing: a function word or a rank (`가장 낮은 곳은`, `하위는`),
    which goes on with the rate before it; nor does an adverb made of a noun (`상대적으로`)."""
    return w.stem in rules().stop or w.stem in rules().ranks or _adverbial_noun(w)


def _adverbial_noun(w: Word) -> bool:
    """`상대적으로`, `대체로`-like words: a noun of 적 with 으로, an adverb of how."""
    stem = w.stem_parts
    return bool(stem) and stem[-1] == ("적", "XSN") and w.particle_forms() in (["으로"], ["로"])


def _frame_rate(words: list[Word], k: int) -> str | None:
    """A rate named by the frame a sentence opens with: `시도별 실업률 비교에서 …`, `취업자
    비중을 보면 …`, `고용률에서는 …`."""
    w = words[k]
    if "에서" not in w.particle_forms() or place_like(w):
        return _looked_at(words, k)
    return rate_in(phrase_ending_at(words, k))


def _looked_at(words: list[Word], k: int) -> str | None:
    """The rate of a `X을 보면` / `X을 살펴보면` frame ending at word k."""
    if "JKO" not in words[k].particles or k + 1 >= len(words):
        return None
    if [f for f, _ in words[k + 1].parts[:2]] not in rules().looking:
        return None
    return rate_in(phrase_ending_at(words, k))


_GLOSS_WORDS = 3  # a rate glossing another in parentheses is named in a few words


def topic_rate(words: list[Word], k: int) -> str | None:
    """The rate a topic or subject word names, alone or inside its phrase."""
    w = words[k]
    if particle_only(w) and set(w.particles) & set(TOPIC):
        # `고용률(OECD 비교기준)은 70.3%`: the particle follows a parenthesis
        noun = noun_before_parenthesis(words, k)
        if noun is not None and is_rate(words[noun].stem):
            inside = words[noun + 2 : k - 1]
            if (
                0 < len(inside) <= _GLOSS_WORDS
                and all(x.bare_noun for x in inside)
                and is_rate(inside[-1].stem)
            ):
                # `나타나지 않은 비율(노쇼율)은`, `노인의 비율(경제활동 참여율)은`: the gloss names
                # the rate, in one word or a few
                return phrase_of(inside)
            return phrase_of(phrase_ending_at(words, noun))
        return None
    if w.bare_noun and is_rate(w.stem) and k + 1 < len(words) and words[k + 1].text in rules().also:
        return phrase_of(phrase_ending_at(words, k))  # `실업률 역시 2.6%로`, `만족도 또한 …`
    if not is_topic(w):
        return None
    if is_rate(w.stem):
        return phrase_of(phrase_ending_at(words, k))
    statistic = rate_of_statistic(words, k)
    if statistic:
        return statistic  # `금리 평균은 2.61%`
    misread = rate_read_as_particle(w)
    if misread:
        named = k > 0 and words[k - 1].bare_noun and not is_proper(words[k - 1])
        before = phrase_of(phrase_ending_at(words, k - 1)) if named else None
        return f"{before} {misread}" if before else misread
    goal = rate_of_goal_noun(words, k)
    if goal:
        return goal
    phrase = phrase_ending_at(words, k)
    return rate_in(phrase) or _rate_of_relative(words, k - max(len(phrase), 1))


def _rate_of_relative(words: list[Word], j: int) -> str | None:
    """The rate a relative clause ranks its noun by: `재정자립도가 가장 높은 지자체는`,
    `고용률이 가장 낮은 곳은` → 재정자립도, 고용률 (word j is the clause's verb)."""
    if j < 1 or not words[j].predicate or words[j].parts[-1][1] != "ETM":
        return None
    i = j - 1
    while i >= 0 and words[i].adverb:
        i -= 1
    if i < 0 or not is_rate(words[i].stem) or not set(words[i].particles) <= {"JKS", "JX"}:
        return None
    return phrase_of(phrase_ending_at(words, i))
