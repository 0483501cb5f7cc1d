"""What a percent measures named by the change it is the amount of (extractors/metric.py, rule 4):
the change verb after it and the list it walks across (`rate_made_after`, `verb_after`), the
change of a level or an index (`level_change`, `index_changed`), signed items (`signed_item`)
and a percent more or fewer than a base (`rate_compared`).
"""

from __future__ import annotations

from spacy.tokens import Doc

from extractors.metric_words import (
    COMPARISON_WORDS,
    alone_after_figure,
    amount_of_change,
    bare_number,
    change_particle,
    comparison_end,
    is_signed,
    list_item,
    order_of_list,
    points_word,
)
from extractors.phrases import (
    ITEM_MARKS,
    TOPIC,
    Place,
    change_head,
    closing,
    ends_clause,
    index_before,
    is_rate,
    opens_item,
    particle_only,
    place_like,
    rules,
    says_change,
    skipped,
    skipped_after,
)
from extractors.words import MIDDLE_DOTS, Word


def changed_within_clause(p: Place) -> bool:
    """Is the change verb after the percent in its own clause, past nothing but the other
    percentages of its list (`불량률은 41.2%, 원가는 15.8% 줄었다`)? Not across a clause that ends
    first (`참가율은 64.9%(… +1.5%p)며, 취업자 수는 … 증가했다`)."""
    k = verb_after(p)
    if k is None:
        return False
    return not any(
        ends_clause(p.words, j) or (p.words[j].has_number and "%" not in p.words[j].text)
        for j in range(p.last + 1, k)
    )


def compared_before(p: Place) -> bool:
    """Does a base of comparison (`전년보다`, `전년 대비`, `지난해에 비해`) stand before the
    percent in its clause?"""
    for j in range(p.first - 1, -1, -1):
        if ends_clause(p.words, j):
            return False
        end = comparison_end(p.words, j)
        if end is not None and end < p.first:
            return True
    return False


def level_change(made: str | None, changed: str | None) -> str | None:
    """The rate of a change of a level: a price rises or falls (`쌀값 18.7% 뛰어` → 상승률), a
    level set by a decision is raised or cut (`최저임금은 … 4.7% 올랐다` → 인상률)."""
    r = rules()
    if made is None or not changed:
        return made
    up = made in (r.increase_rate, r.derived["상승"])
    down = made in (r.decrease_rate, r.derived["하락"])
    # `실질임금`: a level reckoned from others (net of prices), set by no decision: it rises
    set_level = changed.endswith(r.set_levels) and not changed.startswith(r.reckoned)
    if set_level and (up or down):
        return r.derived["인상"] if up else r.derived["인하"]
    if (changed.endswith(r.prices) or changed.startswith(r.reckoned)) and (up or down):
        return r.derived["상승"] if up else r.derived["하락"]
    return made


def changed_level(p: Place) -> str | None:
    """What a percent of change changed: the noun right before it (`쌀값 18.7%`), else the
    topic of its clause (`최저임금은 시간당 9860원에서 1만320원으로 4.7%`)."""
    k = index_before(p)
    if k >= 0 and p.words[k].bare_noun:
        return p.words[k].stem
    for j in range(p.first - 1, -1, -1):
        w = p.words[j]
        if ends_clause(p.words, j) or (w.predicate and not w.stem):
            return None
        if w.stem and not w.has_number and set(w.particles) & set(TOPIC):
            return w.stem
    return None


def topic_before(p: Place) -> bool:
    """Is the word right before the percent a topic or subject (`제외지수는 2.0%`), not an
    owner (`중위소득의 32%`) or a bare noun (`중위소득 75% 이하`)?"""
    k = index_before(p)
    if k >= 1 and particle_only(p.words[k]) and p.words[k - 1].text in (")", "）"):
        # `근원물가(식료품 및 에너지 제외지수)는 2.0%`: the particle after the gloss
        return set(p.words[k].particles) <= set(TOPIC)
    return (
        k >= 0
        and bool(p.words[k].stem)
        and set(p.words[k].particles) <= set(TOPIC)
        and bool(p.words[k].particles)
    )


def index_changed(p: Place) -> str | None:
    """The change verb later in the clause for a percent after an index, which is counted in
    points and so changes by a percent (`근원물가 지수는 2.0%, … 지수는 1.9% 상승했다`)."""
    for k in range(p.last + 1, len(p.words)):
        w = p.words[k]
        if w.predicate and says_change(w):
            head = change_head(w)
            r = rules()
            if head in r.derived:
                return r.derived[head]
            return r.increase_rate if head.startswith(r.increase) else r.decrease_rate
        if ends_clause(p.words, k):
            return None
    return None


def signed_item(doc: Doc, start: int, p: Place) -> str | None:
    """`육아(-1만 2천 명, -27.9%)`, `반도체(+12.3%)`: a signed percent in the parenthesis after an
    item is that item's change, whatever verb follows or none."""
    if not is_signed(doc, start, ("-", "−", "+")):
        return None
    inside = False
    for w in reversed(p.words[max(p.first - 8, 0) : p.first]):
        if w.text in (")", "）"):
            break
        if w.text in ("(", "（"):
            inside = True
            break
    if inside:
        return rules().signed
    return None


def rate_made_after(p: Place) -> str | None:
    r = rules()
    for form, _ in p.tail:
        if form in r.derived:
            return r.derived[form]  # `67.5%↑`
    if not amount_of_change(p.tail):
        return None  # `70%까지 확대`: the percent is where something goes, not its change
    k = verb_after(p)
    if k is None:
        return None
    if any(_level_in_list(w) for w in p.words[p.last + 1 : k]):
        return None  # `2012년 37.9%, 2013년 33.3%로 급락했다`: the list's levels, not changes
    if any(points_word(p.words, j) for j in range(p.last + 1, k)):
        # `평균 13.4%, 전분기 대비 0.3%p 상승`: the points changed, the percent is a level
        return None
    head = change_head(p.words[k])
    text = p.words[k].text
    if head in ITEM_MARKS and opens_item(p.words[k]):
        return None
    if head == "싸":
        # `40% 싸게 팔기로`: sold cheaper, a discount; `30% 싸졌다`: became cheaper, a fall
        became = any(t.startswith("VX") for _, t in p.words[k].parts)
        return r.decrease_price if became else r.derived["싸"]
    if text[:1] == "줄" and text[1:] in r.derived:
        # `줄인상`, `줄하락` (one after another): Kiwi reads 줄이 + ㄴ + 상, a cut
        return r.derived[text[1:]]
    if head in r.derived:
        return r.derived[head]
    if head.startswith(r.increase):
        return r.increase_rate
    if head.startswith(r.decrease):
        return r.decrease_rate
    return None


def _level_in_list(w: Word) -> bool:
    """A later percent of the list whose particle says it is a level (`33.3%로`, `20%까지`)."""
    particles = [(f, t) for f, t in w.tail if t.startswith("J")]
    return w.has_number and "%" in w.text and not amount_of_change(particles)


def verb_after(p: Place) -> int | None:
    """Index of the word after the percent, and after the rest of the list it opens, that says
    what the percent is an amount of (`늘었다`, `감소한`, `지원해`)."""
    k = p.last + 1
    while k < len(p.words):
        w = p.words[k]
        compared = comparison_end(p.words, k)
        if says_change(w):
            break  # `36% 감소·지난해에만`: the change word, whatever is glued after it
        if compared is not None:
            k = compared + 1  # `전월보다 4.4%, 1년 전보다 50.9% 늘었다`, `전년 동월 대비`
        elif w.text in (")", "）", "포인트", "p") or skipped_after(w) or change_particle(w):
            k += 1  # `36% 가량 줄었다`, `2만 1천 명(+4.2%)이 증가했다`
        elif w.text in ("(", "（"):
            k = closing(p.words, k) + 1  # `35%(134억 원) 증가했고`
        elif w.stem == "등" or (w.has_number and not w.particles and not w.stem):
            k += 1  # `(-9.3%) 등에서 줄었으나`, `3.26% 242억원 증가한`
        elif (
            w.text == ","
            or w.text in MIDDLE_DOTS
            or (w.has_number and "%" in w.text)
            or set(w.particles) & {"JX"}
            or (w.particles == ["JKS"] and place_like(w))
        ):
            # `운수창고업은 59.7%, 도소매업은 19.5% 증가하며`, `대구가 0.4%, 경북이 0.5% 각각
            # 줄어`: the list shares its verb
            k += 1
        elif w.bare_noun and k + 1 < len(p.words) and list_item(p.words[k + 1]):
            k += 1  # `반도체(12.5%), 금속(8.1%) 등에서 늘었다`, `금속 9.7%, 화학 3.1% 줄어`
        elif _item_subject(p.words, k) or _item_level(p.words, k):
            # `근로소득이 300만원으로 4.1%, 사업소득이 90만원으로 1.5% 각각 증가했다`: the next
            # item's subject and the level it reached stand before its own change
            k += 1
        elif w.bare_noun and p.words[k - 1].text == "," and _item_level(p.words, k + 2):
            k += 1  # `, 사업소 예산은 3,150억원으로 6.2%`: an item's topic of two words
        elif (item := _item_name_end(p.words, k)) is not None:
            k = item  # `(4.1%), 전문·과학 및 기술서비스업(6.2%) 등에서`: a longer item name
        elif _excepting(p.words, k):
            k += 2  # `5대 광역시는 0.07%, 세종을 제외한 8개 도는 0.03% 각각 떨어졌다`
        elif order_of_list(w):
            k += 1  # `송파구(0.38%)·강남구(0.31%) 순으로 많이 올랐다`: the order of the list
        elif (
            (skipped(w) and w.bare_noun)
            or w.adverb
            or w.text in rules().adverbial_verbs
            or _manner(w)
        ):
            k += 1  # `고용보험료는 20%, 산재보험료는 최대 50%까지 지원`, `크게 내렸다`
        elif joins_items(p.words, k) or _items_topic(p.words, k) or _items_place(p.words, k):
            k += 1  # `화합물(76.0%)과 인쇄회로(29.5%)`, `토목(14.8%)에서 늘어`, `(52.2%)는`
        elif w.bare_noun and k + 1 < len(p.words) and _manner(p.words[k + 1]):
            k += 2  # `(52.2%)는 절반 넘게 올랐다`: how far it changed
        elif (changed := _changed_thing(p, k)) is not None:
            k = changed  # `(29.5%) 등에서 수출이 증가한`, `3.3% 생산 감소`
        elif (
            w.particles == ["JKS"]
            and k == p.last + 1
            and p.tail[-1:]
            and p.tail[-1][1] == "JKO"
            and k + 1 < len(p.words)
            and p.words[k + 1].predicate
        ):
            k += 1  # `이용료의 90%를 도가 부담한다`: who does the act, between its object and verb
        elif _means(p.words, k) and p.tail[-1:] and p.tail[-1][1] == "JKO":
            k += 1  # `50%를 상품권으로 돌려주는`: what it is paid in, before the verb
        elif w.bare_noun and _means(p.words, k + 1) and p.tail[-1:] and p.tail[-1][1] == "JKO":
            k += 1  # `50%를 모바일 상품권으로`: a noun of the phrase of means
        else:
            break
    return k if k < len(p.words) else None


def _item_subject(words: list[Word], k: int) -> bool:
    """The subject of the next item of a list, right before its figure (`사업소득이 90만원으로`,
    `비정규직이 1만명(1.1%)`): a noun with 이/가 that names no rate, after the comma of the item
    before."""
    w = words[k]
    return (
        k >= 1
        and words[k - 1].text == ","
        and w.particles == ["JKS"]
        and bool(w.stem)
        and not w.has_number
        and not is_rate(w.stem)
        and k + 1 < len(words)
        and words[k + 1].has_number
    )


def _item_level(words: list[Word], k: int) -> bool:
    """The level an item of a list reached, with 로 before the figure of its change (`2만호로
    2.1%`, `800만명으로 2만명(1.2%)`): a figure, not the verb."""
    if k >= len(words):
        return False  # (`0%,A`: a noun after a comma ends the sentence)
    w = words[k]
    s = k - 1
    while s >= 1 and bare_number(words[s]) and not words[s].stem:
        s -= 1  # `1조 2,315억원으로`: the higher groups of an amount written apart
    return (
        w.has_number
        and w.particle_forms() in (["로"], ["으로"])
        and k + 1 < len(words)
        and words[k + 1].has_number
        and s >= 1
        and bool(words[s].particles)
        and set(words[s].particles) <= set(TOPIC)
        # the item's subject opens after the comma of the item before (`, 북부는 3만호로`), not
        # after a gloss (`5분위(상위 20%) 가구는 …으로`)
        and any(x.text == "," for x in words[max(s + 1 - _ITEM_NAME_WORDS, 0) : s])
    )


def _means(words: list[Word], k: int) -> bool:
    """A noun with 로 right before a verb (`상품권으로 돌려주는`, `현금으로 지급`): what a share
    is paid in or by, an adverbial of the verb, not what the percent measures."""
    if k >= len(words):
        return False
    w = words[k]
    return (
        bool(w.stem)
        and w.stem not in rules().bounds
        and not w.has_number
        and w.particle_forms() in (["로"], ["으로"])
        and k + 1 < len(words)
        and words[k + 1].predicate
    )


def _excepting(words: list[Word], k: int) -> bool:
    """`세종을 제외한`, `서울을 포함한`: an object and a verb of leaving out or taking in that
    describe the next item of a list."""
    if k + 1 >= len(words) or words[k].particles != ["JKO"]:
        return False
    nxt = words[k + 1]
    return nxt.predicate and nxt.parts[-1][1] == "ETM" and nxt.parts[0][0] in rules().excepting


_ITEM_PARTICLES = (["과"], ["와"], ["에서"])


def joins_items(words: list[Word], k: int) -> bool:
    """A particle after an item's parenthesis that joins the next item or says where the change
    was: `화합물(76.0%)과 인쇄회로(29.5%)`, `토목(14.8%)에서 늘어`."""
    return (
        k > 0
        and words[k - 1].text in (")", "）")
        and particle_only(words[k])
        and words[k].particle_forms() in _ITEM_PARTICLES
    )


def _items_topic(words: list[Word], k: int) -> bool:
    """A topic particle written after an item's parenthesis (`배추(51.5%)와 무(52.2%)는 …
    올랐다`): the items are what changed, and the verb after them says how."""
    return (
        k > 0
        and words[k - 1].text in (")", "）")
        and particle_only(words[k])
        and set(words[k].particles) <= {"JX"}
    )


def _items_place(words: list[Word], k: int) -> bool:
    """The group the items before 등 belong to, where the change was (`오락(11.3%)과
    음식(4.9%) 등 9개 비목에서 지출이 증가했고`): a noun with 에서 after 등, or after 등 and the
    group's count."""
    w = words[k]
    if not w.stem or w.has_number or w.particle_forms() != ["에서"]:
        return False
    j = k - 1
    if j >= 0 and words[j].has_number and not words[j].particles and not words[j].stem:
        j -= 1  # `9개`
    return j >= 0 and words[j].stem == "등"


def _changed_thing(p: Place, k: int) -> int | None:
    """Index of the change word after the thing that changed, when word k names it: the
    subject of the change after items in parentheses (`(29.5%) 등에서 수출이 증가한`, `(56.8%)
    부문이 크게 늘며`), or a bare noun right after the percent (`3.3% 생산 감소`, `3.3% 동반
    하락`). A rate there is what the percent measures, not a thing that changed."""
    w = p.words[k]
    if not w.stem or w.has_number or is_rate(w.stem) or w.stem in rules().stop:
        return None
    item = _item_parenthesis(p)
    while item and w.bare_noun and k + 1 < len(p.words) and p.words[k + 1].stem:
        k, w = k + 1, p.words[k + 1]  # `등 14개 시도에서 출생아 수가 늘었고`: a subject of words
        if is_rate(w.stem) or w.stem in rules().stop:
            return None
    if item and w.particles == ["JKS"]:
        j = k + 1
        while j < len(p.words) and j <= k + 3:
            compared = comparison_end(p.words, j)
            if compared is not None:
                j = compared + 1  # `31개 품목이 평균보다 더 올랐다`
            elif p.words[j].adverb or _manner(p.words[j]):
                j += 1
            else:
                break
    elif w.bare_noun and p.words[k - 1].has_number and "%" in p.words[k - 1].text:
        j = k + 1
    else:
        return None
    return j if j < len(p.words) and says_change(p.words[j]) else None


_ITEM_NAME_WORDS = 4  # `전문·과학 및 기술서비스업`: an item of a list is named in a few words


def _item_name_end(words: list[Word], k: int) -> int | None:
    """Index of the `(` after an item name of several bare nouns joined by 및 that starts at
    word k, after an earlier item's parenthesis and comma; None when word k starts no such name."""
    if k < 2 or words[k - 1].text != "," or words[k - 2].text not in (")", "）"):
        return None
    j = k
    while (
        j < len(words)
        and j < k + _ITEM_NAME_WORDS
        and (words[j].bare_noun or words[j].text == "및")
    ):
        j += 1
    if j == k or j >= len(words) or words[j].text not in ("(", "（"):
        return None
    return j


def _item_parenthesis(p: Place) -> bool:
    """Is the percent in the parenthesis after an item, alone (`토목(14.8%)`) or after the
    item's count (`정보통신업(5만1천명, 6.2%)`)?"""
    k = p.first - 1
    if k >= 2 and p.words[k].text == "," and p.words[k - 1].has_number:
        k -= 2
    return k >= 0 and p.words[k].text in ("(", "（")


def _manner(w: Word) -> bool:
    """`크게`, `꾸준히`: an adjective made an adverb, standing before a verb."""
    return w.predicate and w.parts[-1] == ("게", "EC")


def rate_compared(p: Place) -> str | None:
    """`전년 같은 기간보다 14.3% 많았고`, `평년보다 8% 적었다`: a percent right before 많다 or
    적다, with the thing it is compared to (보다) just before it, is a change; `(34.8%)이 가장
    많았다` is not (a particle and a rank stand between)."""
    r = rules()
    if p.tail and not all(f in r.skip_after for f, _ in p.tail):
        return None  # but `20%가량 많아`: a bound glued to the percent
    k, first = p.last + 1, p.first
    if not p.tail and alone_after_figure(p):
        # `8조 원보다 7천억 원(8.4%) 많은 규모다`: the gap's amount and its percent side by side
        k, first = k + 1, p.first - 1
    while k < len(p.words) and p.words[k].text in rules().skip_after:
        k += 1  # `14% 가량 많았다`
    if k >= len(p.words) or not p.words[k].predicate:
        return None
    head = p.words[k].parts[0]
    if head[1] != "VA" or head[0] not in r.compared:
        return None
    before = p.words[max(0, first - COMPARISON_WORDS) : first]
    if not any(f == "보다" for w in before for f, _ in w.tail):
        return None
    return r.compared[head[0]]
