"""What a percent measures in the items of a list (extractors/metric.py, rule 7): percents in
parentheses inside a rate's name or after an item (`rate_after_parenthesis`, `rate_said_of_item`),
examples before 등 (`rate_after_examples`, `trend_of_examples`) and a ranking's order
(`rate_after_order`).
"""

from __future__ import annotations

from extractors.metric_change import joins_items
from extractors.metric_topic import topic_rate
from extractors.metric_words import list_item, order_of_list
from extractors.phrases import (
    ITEM_MARKS,
    TOPIC,
    Place,
    closing,
    is_proper,
    is_rate,
    particle_only,
    phrase_ending_at,
    phrase_of,
    rules,
)
from extractors.words import Word


def rate_after_parenthesis(p: Place) -> str | None:
    """`단순노무 종사자(28.8%) 비중이 높다`: a percent in parentheses inside the name of the rate
    it measures."""
    words, k = p.words, p.last + 2
    if p.first < 2 or words[p.first - 1].text not in ("(", "（") or k >= len(words):
        return None
    if words[p.last + 1].text not in (")", "）") or not words[p.first - 2].bare_noun:
        return None
    while joins_items(words, k) and k + 2 < len(words) and words[k].particle_forms() != ["에서"]:
        # `숙박(38.1%)과 쇼핑(20.4%) 비중이`: the items joined before the rate share it
        j = k + 1
        while j < len(words) and words[j].bare_noun:
            j += 1
        if j == k + 1 or j >= len(words) or words[j].text not in ("(", "（"):
            return None
        k = closing(words, j) + 1
        if k >= len(words):
            return None
    if k + 1 < len(words) and particle_only(words[k]) and words[k].particles == ["JKG"]:
        k += 1  # `신안군(78.2%)과 해남군(74.6%)의 고용률이`: the items own the rate
    w = words[k]
    if not is_rate(w.stem) or not (w.bare_noun or set(w.particles) <= set(TOPIC)):
        return None
    named = [x for x in phrase_ending_at(words, p.first - 2)[-2:] if not is_proper(x)]
    before = phrase_of(named) if named else None  # `한빛시(61.2%) 고용률`: a place says no more
    return f"{before} {w.stem}" if before else w.stem


def rate_said_of_item(p: Place) -> str | None:
    """`철원군(-1.8%)도 순유출률 높은 지역`: an item whose percent stands in parentheses, then
    what the sentence says of the item names the rate."""
    k = p.last + 1
    i = p.first - 1
    if i >= 1 and p.words[i].text in ("-", "−", "+"):
        i -= 1  # `(-1.8%)`, the sign a word of its own
    if i < 0 or p.words[i].text not in ("(", "（") or k + 1 >= len(p.words):
        return None
    if p.words[k].text not in (")", "）") or not particle_only(p.words[k + 1]):
        return None
    if not set(p.words[k + 1].particles) & set(TOPIC):
        return None
    for j in range(k + 2, min(k + 5, len(p.words))):
        w = p.words[j]
        if is_rate(w.stem) and (w.bare_noun or set(w.particles) <= {"JKS"}):
            return phrase_of(phrase_ending_at(p.words, j))
        if w.predicate and not w.stem:
            return None
    return None


def trend_of_examples(p: Place) -> str | None:
    """The trend examples in parentheses show after 등, before the topic of their sentence: `배
    (21.4%)와 감(17.9%) 등의 가격 강세로 8.5% 뛰었다` → 상승률, what the examples' prices did, not
    the index the sentence is about."""
    named = rate_after_examples(p)
    return named if named in rules().trends.values() else None


def rate_after_examples(p: Place) -> str | None:
    """Examples in parentheses, then 등 and the rate they are examples of: `교육비 지원(66.8%)
    등 복지 사업의 집행률은` → 집행률; or the trend they show (`사과(31.4%) 등 과일 값
    오름세가` → 상승률)."""
    k = p.last + 1
    if p.first < 1 or p.words[p.first - 1].text not in ("(", "（") or k >= len(p.words):
        return None
    if p.words[k].text not in (")", "）"):
        return None
    k += 1
    while k < len(p.words) and (
        p.words[k].text == ","
        or list_item(p.words[k])
        or _conjunction(p.words[k])
        or _marked_item(p.words[k])
    ):
        k = closing(p.words, k) + 1 if p.words[k].text in ("(", "（") else k + 1
        while (
            k < len(p.words)
            and p.words[k].stem != "등"
            and (p.words[k].bare_noun or list_item(p.words[k]))
        ):
            k = closing(p.words, k) + 1 if p.words[k].text in ("(", "（") else k + 1
    if k >= len(p.words) or not (p.words[k].stem == "등" or order_of_list(p.words[k])):
        return None
    for j in range(k + 1, len(p.words)):
        w = p.words[j]
        if w.predicate and not w.stem and w.parts[-1][1] != "ETM":
            return None  # a clause ends; a relative clause (`영향을 받는 품목의`) goes on
        trend = rules().trends.get(p.words[j].stem)
        if trend and p.words[j].particles:
            return trend  # `사과(31.4%)와 배(24.7%) 등 과일 값 오름세가`: the change they show
        named = topic_rate(p.words, j)
        if (
            p.words[j].bare_noun
            and is_rate(p.words[j].stem)
            and j + 1 < len(p.words)
            and p.words[j + 1].has_number
        ):
            named = phrase_of(phrase_ending_at(p.words, j))  # a headline: `… 등 집행률 70%`
        if named:
            return named
    return None


def _marked_item(w: Word) -> bool:
    """The name of the next item of a list, glued to its mark (`▲안전(100%)`)."""
    return w.text[:1] in ITEM_MARKS and w.bare_noun


def rate_after_order(p: Place) -> str | None:
    """`경제 88.2%, 복지 74.5%, 문화 61.0% 순으로 이행률이 높았다`, also with a list mark
    before each item (`▲경제 88.2% ▲복지 74.5% … 순으로`): bare items of a ranking, then its
    order, then the rate ranked, named as the subject or topic of the clause that ranks them."""
    if p.tail:
        return None
    k = p.last + 1
    while k < len(p.words) and not order_of_list(p.words[k]):
        w = p.words[k]
        bare_percent = w.has_number and "%" in w.text and not w.particles
        if not (w.text == "," or w.bare_noun or bare_percent):
            return None  # `… 순`: only the names of the items and their bare percentages
        k += 1
    for j in range(k + 1, min(k + 3, len(p.words))):
        w = p.words[j]
        if is_rate(w.stem) and set(w.particles) & {"JKS", "JX"}:
            return phrase_of(phrase_ending_at(p.words, j))
    return None


def _conjunction(w: Word) -> bool:
    """`와`, `과` written after an item's parenthesis: it joins the next item."""
    return bool(w.parts) and all(t == "JC" for _, t in w.parts)
