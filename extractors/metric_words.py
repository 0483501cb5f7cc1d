"""The words the metric rules share (extractors/metric.py): what follows a percent that is a
change or a share, bases of comparison, changes in points and signed items, where a rate word
ends a phrase (`rate_in`), goals and statistics of a rate, amounts of money, and the metrics of
a share and of a change (`share`, `signed_change`, `change_rates`).
"""

from __future__ import annotations

import re
from functools import cache

from spacy.tokens import Doc

from extractors.phrases import (
    SIGNS,
    TOPIC,
    Place,
    is_proper,
    is_rate,
    is_when,
    particle_only,
    phrase_ending_at,
    phrase_of,
    rules,
)
from extractors.tense import rules as tense_rules
from extractors.words import Word

#: A year word (`2024년`, `’25년`, `2026년도`), which names no rate or counted thing.
YEAR_WORD = re.compile(r"[’']?\d{2,4}년도?")


COMPARISON_WORDS = 4  # `지난해 같은 기간보다`, `전년 같은 달에 비해`: a few words at most


@cache
def action_tails() -> frozenset[str]:
    """What may follow a percent that is the share an act covers (`80%를 지원`, `50%까지 지원`):
    what may follow a change (`change_tails`) but a topic particle, and an object or 까지."""
    return (rules().change_tails - {"은", "는"}) | {"를", "을", "까지"}


def in_base_parenthesis(p: Place) -> bool:
    """A percent in the parenthesis of the thing a clause is compared with: `지난해(52.4%)보다`."""
    k = p.last + 1
    first = _after_sign(p.words, p.first)  # `기간(-3.4%)보다`: a signed level
    return (
        first >= 1
        and p.words[first - 1].text in ("(", "（")
        and k + 1 < len(p.words)
        and p.words[k].text in (")", "）")
        and particle_only(p.words[k + 1])
        and p.words[k + 1].particle_forms()[:1] == ["보다"]
    )


def _after_sign(words: list[Word], first: int) -> int:
    """The index of a number's sign when one is written before it (`(-3.4%)`), else first."""
    if first >= 1 and words[first - 1].text in SIGNS:
        return first - 1
    return first


def bare_number(w: Word) -> bool:
    """A number with nothing glued after it (`4인`, `2019년`)."""
    return w.has_number and not w.particles


def is_points(doc: Doc, end: int) -> bool:
    """Is the percentage ending at token `end` a change in percentage points (`0.4%p`,
    `0.2%포인트`, which Kiwi may keep as one token)?"""
    return doc[end - 1].text.endswith(("p", "포인트"))


def share() -> str:
    """The metric of a share of a whole (비중)."""
    return rules().share


def signed_change() -> str:
    """The metric of a signed change in a list (`금속(-9.7%)` → 증감률)."""
    return rules().signed


def change_rates() -> frozenset[str]:
    """Metrics that measure a change, not a level (증가율, 감소율, 증감률, 상승률 …)."""
    return rules().changes


def is_signed(doc: Doc, start: int, signs: tuple[str, ...] = ("-", "−")) -> bool:
    return start > 0 and doc[start - 1].text in signs and not doc[start - 1].whitespace_


def rate_in(words: list[Word]) -> str | None:
    """The phrase up to the last rate word among some words (`취업률 상승폭` → 취업률); a word
    of how far a change went only when no other rate is named (`상승폭은`)."""
    spans = rules().spans
    if words and words[-1].stem.endswith(rules().surveys):
        # `만족도 조사에서는 ‘만족’ 응답이 93%로`: a survey's answers are shares of people, not
        # the rate the survey is named after
        return None
    for n in range(len(words) - 1, -1, -1):
        if is_rate(words[n].stem) and words[n].stem not in spans:
            return phrase_of(words[: n + 1])
    for n in range(len(words) - 1, -1, -1):
        if words[n].stem in spans:
            return phrase_of(words[: n + 1])
    return None


def rate_read_as_particle(w: Word) -> str | None:
    """`재정자주도도`: Kiwi may read a rate's last 도 as a particle (재정자주 + 도 + 도)."""
    forms = w.particle_forms()
    if forms and forms[0] == "도" and is_rate(w.stem + "도"):
        return w.stem + "도"
    return None


def points_word(words: list[Word], j: int) -> bool:
    """A change in points at word j (`0.3%p`, `0.3%포인트`, `0.3% 포인트`)."""
    w = words[j]
    if not (w.has_number and "%" in w.text):
        return False
    glued = w.text.rstrip(",").endswith(("%p", "%P", "%포인트"))
    return glued or (j + 1 < len(words) and words[j + 1].text in ("포인트", "p"))


def order_of_list(w: Word) -> bool:
    """`… 순으로 비중이 컸다`, `… 순으로 많이 올랐다`: the order of a ranking or a list, after
    which the rate ranked or the change of the items is named."""
    return w.stem in rules().order and w.particle_forms()[:1] in (["로"], ["으로"])


def share_word(stem: str) -> str | None:
    """The share a noun of an act done to a cost names (`부담` → 부담률); a compound ending in
    the act names its own (`자부담` → 자부담률)."""
    table = rules().actions_rate
    if stem in table:
        return table[stem]
    for act, name in table.items():
        if len(stem) > len(act) and stem.endswith(act):
            return stem[: -len(act)] + name
    return None


def whole_of_part(words: list[Word], k: int) -> int | None:
    """Index of the noun a percent is picked out of with 가운데 / 중 at word k (`이자 가운데
    3%`, `이자 가운데 연 2.0%`, `이용료 1만 원 가운데 90%`), across the period of the percent and
    the amount of the whole; None when there is none."""
    if words[k].bare_noun and words[k].stem in rules().periods and k >= 1:
        k -= 1
    if not (words[k].bare_noun and words[k].stem in rules().partitive) or k < 1:
        return None
    j = k - 1
    while j >= 1 and not words[j].particles and (words[j].has_number or words[j].text == "원"):
        j -= 1
    return j if words[j].bare_noun and not is_proper(words[j]) else None


def money_noun(words: list[Word], k: int) -> str | None:
    """The phrase ending at word k when it names an amount of money (`보증수수료`, `보험료`,
    `본인 부담금`, `사업비`)."""
    if is_proper(words[k]) or not words[k].stem.endswith(rules().money_nouns):
        return None
    return phrase_of(phrase_ending_at(words, k))


def list_item(w: Word) -> bool:
    """What follows the name of an item in a list of percentages: `(`, or the percent."""
    return w.text in ("(", "（") or (w.has_number and "%" in w.text)


def amount_of_change(tail: list[tuple[str, str]]) -> bool:
    return "".join(form for form, _ in tail) in rules().change_tails


def change_particle(w: Word) -> bool:
    return particle_only(w) and amount_of_change(w.parts)


def comparison_end(words: list[Word], k: int) -> int | None:
    """Index of the last word of a base of comparison starting at word k (`1년 전보다`, `전년
    대비`, `전년 동월 대비`, `지난해 같은 기간보다`, `전년에 비해`, `1년 전과 비교하면`), or None.
    """
    r = rules()
    for j in range(k, min(k + COMPARISON_WORDS, len(words))):
        w = words[j]
        forms = w.particle_forms()
        if "보다" in forms or w.stem.endswith(("대비", "比")) or w.text == "比":
            return j
        nxt = words[j + 1].text if j + 1 < len(words) else ""
        if set(forms) & {"에", "과", "와"} and nxt.startswith(r.compare_verbs):
            return j + 1
        if not (w.bare_noun or is_when(w) or _adnominal_of_sameness(w) or w.text in r.base_words):
            return None
    return None


def _adnominal_of_sameness(w: Word) -> bool:
    """`같은` of `지난해 같은 기간보다`."""
    return [f for f, _ in w.parts] == ["같", "은"]


def parenthesis_after_figure(p: Place) -> bool:
    """A percent alone in the parenthesis right after an amount or a count (`7천억 원(8.4%)`,
    `530개(8.4%)`)."""
    k = p.first - 1
    if k < 1 or p.words[k].text not in ("(", "（") or p.last + 1 >= len(p.words):
        return False
    return p.words[k - 1].has_number or (k >= 2 and p.words[k - 2].has_number)


def alone_after_figure(p: Place) -> bool:
    """A percent alone in the parenthesis right after an amount or a count, closed right after
    it (`7천억 원(8.4%) 많은`, `3,410명(33.2%)으로`)."""
    return parenthesis_after_figure(p) and p.words[p.last + 1].text in (")", "）")


def is_topic(w: Word) -> bool:
    return bool(w.stem) and bool(set(w.particles) & set(TOPIC))


def rate_of_goal_noun(words: list[Word], k: int) -> str | None:
    """`청년 고용률 목표는 44.9%`, `고용률 목표 60.8%`, `고용률 목표를 67.5%로`: the goal set
    for a rate (word k is the goal noun, with or without its particle) is a level of that rate."""
    if words[k].stem not in tense_rules().goal_nouns or k < 1 or not words[k - 1].bare_noun:
        return None
    return rate_in(phrase_ending_at(words, k - 1))


def rate_of_statistic(words: list[Word], k: int) -> str | None:
    """`금리 평균은`, `이자율 평균 2.36%`, `고용률 최고치`: a statistic of the rate before it is
    still that rate."""
    if words[k].stem not in rules().statistics or k < 1 or not words[k - 1].bare_noun:
        return None
    return phrase_of(phrase_ending_at(words, k - 1)) if is_rate(words[k - 1].stem) else None


def noun_before_parenthesis(words: list[Word], k: int) -> int | None:
    """For a particle written after `)` (word k), the index of the bare noun before the `(`."""
    if k < 2 or words[k - 1].text not in (")", "）"):
        return None
    for o in range(k - 2, 0, -1):
        if words[o].text in ("(", "（"):
            return o - 1 if words[o - 1].bare_noun else None
    return None
