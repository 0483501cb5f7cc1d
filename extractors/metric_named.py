"""What a percent measures named by a rate next to it (extractors/metric.py, rules 1 and 2): before
it (`rate_named_before`), after it (`rate_named_after`, `rate_described_after`,
`rate_as_subject_after`), rates joined before 각각 (`rate_respectively`), the rate a verb takes to
or from the percent (`rate_of_goal`, `rate_acted_on`), a goal met and an annual rate.
"""

from __future__ import annotations

from extractors.metric_change import rate_made_after
from extractors.metric_topic import topic_rate
from extractors.metric_words import (
    YEAR_WORD,
    bare_number,
    rate_in,
    rate_of_goal_noun,
    rate_of_statistic,
    rate_read_as_particle,
    share,
    share_word,
)
from extractors.phrases import (
    GOAL_PARTICLES,
    TOPIC,
    Place,
    arrow_pair,
    index_before,
    is_proper,
    is_rate,
    is_when,
    particle_only,
    phrase_ending_at,
    phrase_of,
    phrase_starting_at,
    place_like,
    rate_as_topic,
    rules,
    skipped,
)
from extractors.tense import rules as tense_rules
from extractors.words import MIDDLE_DOTS, Word


def rate_respectively(p: Place) -> str | None:
    """`재정자립도와 재정자주도는 각각 28.0%, 55.5%`: the rates joined by 와/과 before 각각 go,
    in order, to the percentages listed after it."""
    words = p.words
    k, before = p.first - 1, 0
    while k >= 0 and words[k].text not in rules().respectively:
        w = words[k]
        if w.has_number and "%" in w.text:
            before += 1
        elif not (w.text == "," or is_when(w) or skipped(w)):
            return None
        k -= 1
    if k < 1:
        return None
    rates: list[str] = []
    j, comma = k - 1, False
    while j >= 0:
        w = words[j]
        last = rates == []
        joined = w.particle_forms() in (["와"], ["과"]) or (comma and w.bare_noun)
        if not is_rate(w.stem) or not (joined or last):
            break
        if last and not (w.particles and set(w.particles) <= set(TOPIC)):
            return None
        rates.insert(0, phrase_of(phrase_ending_at(words, j)) or w.stem)
        j -= 1
        comma = j >= 0 and words[j].text == ","
        if comma:
            j -= 1
    if len(rates) < 2 or before >= len(rates):
        return None
    return rates[before]


def _earlier_item(p: Place, k: int) -> Place | None:
    """The place of the percent before a separator at word k (`76%·`, `76%,`), when that
    percent is the earlier item of a list of places and their percentages."""
    if k < 1 or not (p.words[k].text == "," or p.words[k].text in MIDDLE_DOTS):
        return None
    before = p.words[k - 1]
    if not (before.has_number and "%" in before.text and not before.particles):
        return None
    first = k - 1
    while first >= 1 and p.words[first - 1].has_number and not p.words[first - 1].particles:
        first -= 1
    return Place(p.words, first, k - 1, [], "%")


def rate_acted_on(p: Place) -> str | None:
    """`대출 금리를 최대 2%p 인하한다`, `목표 고용률을 1.5%p 높인다`: a change in points of the
    rate the verb takes as its object."""
    k = p.first - 1
    while k >= 0:
        w = p.words[k]
        if skipped(w) or w.adverb or is_when(w) or YEAR_WORD.match(w.text):  # `2030년까지`
            k -= 1
        elif w.stem and w.particle_forms()[-1:] == ["보다"]:
            # `인상률을 4인 가구보다 0.69%p 높게`: the base of comparison stands between
            k -= 1
            while k >= 0 and (p.words[k].bare_noun or bare_number(p.words[k])):
                k -= 1
        else:
            break
    if k < 0 or p.words[k].particles != ["JKO"]:
        return None
    return rate_in(phrase_ending_at(p.words, k))


def _rate_glossed(p: Place, k: int) -> bool:
    """Is the percent, with the owner with 의 at word k, alone in the parenthesis right after a
    rate (`법정률(내국세의 19.24%)`, `보조율(사업비의 50%)`)?"""
    w, close = p.words[k], p.last + 1
    return (
        w.particles == ["JKG"]
        and bool(w.stem)
        and k >= 2
        and p.words[k - 1].text in ("(", "（")
        and is_rate(p.words[k - 2].stem)
        and close < len(p.words)
        and p.words[close].text in (")", "）")
    )


def rate_named_before(p: Place) -> str | None:
    k = index_before(p)
    # `고용률은 각각 2.6%p, 0.1%p`: earlier items of a list of percentages share the rate
    while k >= 1 and p.words[k].text == "," and "%" in p.words[k - 1].text:
        k -= 2
        while k >= 0 and (skipped(p.words[k]) or is_when(p.words[k])):
            k -= 1
    if k < 0:
        return None
    w = p.words[k]
    if particle_only(w):
        return topic_rate(p.words, k)
    if w.text in (":", "：") and k >= 1 and p.words[k - 1].bare_noun:
        return rate_in(phrase_ending_at(p.words, k - 1))  # `고용률: 67.2%`, a table line
    if w.punct or not w.stem:
        return None
    if w.bare_noun:
        statistic = rate_of_statistic(p.words, k) or rate_of_goal_noun(p.words, k)
        if statistic:
            return statistic  # `이자율 평균 2.36%`, `고용률 목표 60.8%는`
        if w.stem in rules().funding_sources:
            return f"{w.stem} {share()}"  # `국비 50%, 도비 15%`: the share each budget pays
        phrase = phrase_ending_at(p.words, k)
        named = rate_in(phrase)
        if named:
            return named
        earlier = _earlier_item(p, k - len(phrase))
        if earlier is not None and all(place_like(x) for x in phrase):
            # `재정자립도 서울 76%·전남 26%`: the next place of a list the rate named
            return rate_named_before(earlier)
        o = k - len(phrase)
        if w.stem in rules().periods and k >= 1 and p.words[k - 1].bare_noun:
            # `기준금리 연 2.50%`, `대출금리 월 0.3%`: the period a rate is given per stands
            # between the rate and its percent
            per = rate_in(phrase_ending_at(p.words, k - 1))
            if per:
                return per
        if w.stem in rules().periods and k >= 1 and rate_as_topic(p.words[k - 1]):
            # `대출 금리가 연 4.8%일 경우`: the rate as subject or topic, then its period
            return phrase_of(phrase_ending_at(p.words, k - 1))
        if not phrase and w.stem in rules().periods and k >= 1:
            o = k - 1  # `소득환산율(월 4.17%)`: a rate per month or year in the parenthesis
        if o >= 1 and p.words[o].text in ("(", "（") and is_rate(p.words[o - 1].stem):
            # `예산 감소율(전년대비 9.1%)`: what the parenthesis says of the rate before it
            return phrase_of(phrase_ending_at(p.words, o - 1))
        act = share_word(w.stem)
        r = rules()
        if act and rate_made_after(p) in (r.increase_rate, r.decrease_rate):
            act = None  # `청년농업인 지원 38% 확대`: the act grew by the percent, a change
        if act and p.words[k + 1].text not in ("(", "（"):  # not `배치 지원(66.8%)`, an item
            # `농가 부담 10%`, `국비 지원 50%`: the share an act covers, named before it
            before = phrase_ending_at(p.words, k - 1) if k > 0 else []
            return f"{phrase_of(before)} {act}" if before and phrase_of(before) else act
        derived = rules().derived.get(w.stem)
        return derived if derived and p.words[k + 1].text in ("(", "（") else None
    if _rate_glossed(p, k):
        # `법정률(내국세의 19.24%)`: the parenthesis says what the rate before it is a part of
        return phrase_of(phrase_ending_at(p.words, k - 2))
    # `고용률이 67%로`; `기준 중위소득의 32% 이하`: a percent of a rate or level is of that rate
    if set(w.particles) <= {"JX", "JKS", "JKG"} and is_rate(w.stem):
        return phrase_of(phrase_ending_at(p.words, k))
    # `도시근로자 월평균 소득의 100% 이하`: a threshold set as a percent of an income
    bound = p.last + 1 < len(p.words) and p.words[p.last + 1].stem in rules().bounds
    # `원가구 소득이 100% 이하여야`: the income with 이/가 or 은/는 before a threshold too
    owner = w.particles in (["JKG"], ["JKS"], ["JX"])
    if owner and w.stem.endswith(rules().incomes) and bound and not p.tail:
        return phrase_of(phrase_ending_at(p.words, k))
    return None


def rate_named_after(p: Place) -> str | None:
    tail = p.tail[1:] if p.tail[:1] and p.tail[0][0] == "대" else p.tail  # `60%대의`
    if any(not tag.startswith("JKG") and tag != "SL" for _, tag in tail):
        return None  # `67%를`, `67%로`: the percent is an argument, not a modifier
    k = p.last + 1
    if k < len(p.words) and p.words[k].stem in rules().levels and _modifies(p.words[k]):
        k += 1  # `41.5% 수준인 지역업체 계약률`
    phrase = phrase_starting_at(p.words, k)
    named = rate_in(phrase)
    if named or [f for f, _ in p.tail] != ["의"] or not phrase:
        return named
    # `3%의 가산세`, `0.5%의 이자`: what the percent is of; but `30%의 주민`, `20%의 기업` are
    # parts of a population, which names no rate
    while len(phrase) > 1 and phrase[-1].predicate:
        phrase = phrase[:-1]  # `3%의 가산세 부과되며`: the verb says what is done with it
    r = rules()
    for w in phrase:
        # `30%의 할인 혜택`, `3%의 임금 인상`, `16.5%의 세액공제`: the rate of the act
        key, act = next(((k, v) for k, v in r.made_of.items() if w.stem.endswith(k)), ("", None))
        if act and act.startswith(key) and len(w.stem) > len(key) and not is_proper(w):
            return w.stem[: -len(key)] + act  # `16.5%의 세액공제 혜택` → 세액공제율
        if act:
            return act
    # `3%의 가산세`, `0.5%의 이자`: a charge at that rate; not `20%의 예산` (a part of it) or
    # `30%의 주민` (a part of them)
    if not phrase[-1].stem.endswith(rules().charges) or is_proper(phrase[-1]):
        return None
    return phrase_of(phrase)


_RELATIVE_GAP = 2  # `71.5%로 최고치를 기록했던 재정자주도`: a word or two inside the clause


def rate_as_subject_after(p: Place) -> str | None:
    """`세종은 1.5%로 상승률이 가장 낮았다`: a percent with 로, then the rate as the subject of
    what the clause says of it."""
    forms = [f for f, t in p.tail if t.startswith("J")]
    k = p.last + 1
    if forms not in (["로"], ["으로"]) or k + 1 >= len(p.words):
        return None
    w = p.words[k]
    if w.bare_noun and is_rate(w.stem) and _rank(p.words[k + 1]):
        # `전남이 92.7%로 참여율 1위를 기록했고`: the rate the item ranks first in
        return phrase_of(phrase_ending_at(p.words, k))
    if not is_rate(w.stem) or w.particles != ["JKS"]:
        return None
    nxt = p.words[k + 1]
    if not (nxt.predicate or nxt.adverb):
        return None
    return phrase_of(phrase_ending_at(p.words, k))


def _rank(w: Word) -> bool:
    """A place in a ranking with its particle (`1위를`, `2위에`, `최하위로`)."""
    forms = [f for f, _ in w.parts]
    ranked = forms[:1] and forms[0].isdigit() and forms[1:2] == ["위"]
    return bool(ranked or w.stem in rules().rank_ends) and bool(w.particles)


def rate_described_after(p: Place) -> str | None:
    """A rate the percent describes through a relative clause after it: `44.4%였던
    재정자립도는`, `60%대를 웃도는 재정자립도를`, `71.5%로 최고치를 기록했던 재정자주도도`,
    `30%대였던 한빛시 재정자립도`."""
    words = p.words
    j = p.last
    if not (words[j].parts and words[j].parts[-1][1] == "ETM"):
        j += 1
        for _ in range(_RELATIVE_GAP + 1):
            if j >= len(words):
                return None
            w = words[j]
            if w.predicate or w.punct or w.has_number:
                break
            j += 1
        w = words[j] if j < len(words) else None
        if w is None or not w.predicate or w.parts[-1][1] != "ETM" or w.has_number:
            return None
    k = j + 1
    while k < len(words) and words[k].bare_noun and is_proper(words[k]):
        k += 1  # `30%대였던 한빛시 재정자립도`: the place the rate is of
    if k >= len(words):
        return None
    return rate_in(phrase_starting_at(words, k)) or rate_read_as_particle(words[k])


def _modifies(w: Word) -> bool:
    """Does the word modify the noun after it (`수준의`, `수준인`)?"""
    return w.particles == ["JKG"] or (bool(w.tail) and w.tail[-1][1] == "ETM")


def rate_of_goal(p: Place) -> str | None:
    """A rate named as the object of the verb that takes it to or from the percent:
    `계약률을 60%까지 끌어올리고`, `세액공제율을 16.5%에서 44%로 올린다`."""
    forms = [f for f, t in p.tail if t.startswith("J")]
    right = p.last + 2
    if not p.tail and right < len(p.words) and arrow_pair(p.words, p.last + 1):
        # `비율을 20→30%로 높여`: the left side of the pair goes where the right side goes
        forms = [f for f, t in p.words[right].tail if t.startswith("J")]
    bound = p.words[p.last + 1] if p.last + 1 < len(p.words) else None
    if not p.tail and bound is not None and bound.stem in rules().bounds:
        forms = bound.particle_forms()  # `자립률을 60% 이상으로 끌어올리겠다`
    if not forms or forms[0] not in GOAL_PARTICLES:
        return None
    k = p.first - 1
    moved = forms[0] in ("에서", "부터")  # `1.0%에서 0.5%로`: from one level to another
    while k >= 0:
        w = p.words[k]
        start = w.has_number and "%" in w.text and set(w.particle_forms()) & {"에서", "부터"}
        moved = moved or bool(start)
        per_year = w.text == "연"  # `기준금리를 연 3.25%로`
        # `세율을 현행 25.3%에서 30%로`, `기준금리를 현재의 연 2.50%로`
        now = (w.bare_noun or w.particles == ["JKG"]) and w.stem in rules().now
        # `고용률을 지난해 45%에서 올해 48%로`: the years of the two values
        year = w.bare_noun and w.stem in tense_rules().relative
        if (
            start
            or per_year
            or now
            or year
            or skipped(w)
            or is_when(w)
            or w.adverb
            or particle_only(w)
        ):
            k -= 1
            continue
        if arrow_pair(p.words, k):
            k -= 2  # `비율을 20→30%로`: the left side of the pair
            continue
        break
    if k < 0:
        return None
    obj = p.words[k]
    base = _object_before_base(p.words, k)
    if base is not None:
        # `매입 상한가를 감정가의 83%에서 90%로`, `보조금을 투자액의 최대 30%까지 지원`: the
        # owner is what the percent is reckoned of; the object is what it sizes
        return base
    # `보증수수료도 1.2%에서 0.8%로 낮췄다`, `수수료를 0.5%로`: a charge written as a percent is
    # charged at that rate, the level the verb takes it to, as topic or object
    charge = (
        obj.stem.endswith(rules().charges)
        and not is_proper(obj)
        and obj.particles in (["JKO"], ["JX"])
    )
    verb = next((w for w in p.words[p.last + 1 : p.last + 4] if w.predicate), None)
    if charge and not moved and verb is not None and verb.parts[0][0] in rules().actions_rate:
        # `대출이자를 연 최대 2.5%까지 지원`: how much of the charge is covered; but a charge
        # taken from one level to another is charged at both (`수수료는 1.0%에서 0.5%로 감면`)
        charge = False
    if charge:
        return phrase_of(phrase_ending_at(p.words, k))
    if obj.particles != ["JKO"]:
        return None
    if is_rate(p.words[k].stem):
        return phrase_of(phrase_ending_at(p.words, k))
    if moved and obj.stem and not is_proper(obj):
        # `충전 인센티브를 기존 10%에서 15%로 높여`: what is taken from one percent to another is
        # written in percent, whatever its noun
        return phrase_of(phrase_ending_at(p.words, k))
    # `성장률 전망치를 2.1%로 낮췄다`, `고용률 목표를 67.5%로 잡았다`
    return rate_of_goal_noun(p.words, k) or rate_in(phrase_ending_at(p.words, k))


def _object_before_base(words: list[Word], k: int) -> str | None:
    """The object right before an owner with 의 at word k (`상한가를 감정가의`), named by a noun
    that is no rate, place or population: what a percent of that owner sizes."""
    if words[k].particles != ["JKG"] or not words[k].stem:
        return None
    j = k - len(phrase_ending_at(words, k))
    if j < 0 or words[j].particles != ["JKO"] or not words[j].stem or is_proper(words[j]):
        return None
    if words[k].stem in rules().wholes and not is_rate(words[j].stem):
        return None  # `청년 비중을 전체의 30%까지`: a rate of the whole, but not `예산을 전체의`
    if words[j].stem.endswith(rules().populations) or words[j].stem in rules().stop:
        return None
    return phrase_of(phrase_ending_at(words, j))


def rate_of_met_goal(p: Place) -> str | None:
    """How much of a goal was met, when the goal is written as a figure (`목표 3만개의 103.7%`,
    `목표(2만8000개)의 103.3%`) or the percent is what was achieved of a goal named before it
    (`목표를 106.1% 달성`, `목표치인 2만9000개를 106.1% 달성`, `목표 128% 달성`)."""
    r = rules()
    words = p.words
    k, genitive = p.first - 1, False
    if k >= 0 and particle_only(words[k]) and words[k].particle_forms() == ["의"]:
        genitive, k = True, k - 1  # `목표(2만8000개)의`: 의 written after the parenthesis
    if k >= 0 and words[k].text in (")", "）"):
        while k >= 0 and words[k].text not in ("(", "（"):
            k -= 1
        k -= 1
    elif k >= 0 and words[k].has_number and "JKG" in words[k].particles:
        genitive, k = True, k - 1  # `목표 3만개의`
    goals = tense_rules().goal_nouns
    # `목표(2만8000개)의`, `연간 목표액(289억 원)의`: a goal noun, or one made of it
    goal = k >= 0 and words[k].stem.startswith(tuple(goals))
    if genitive and goal and words[k].bare_noun:
        return r.met_goal
    after = p.last + 1
    if after < len(words) and words[after].bare_noun and words[after].stem == "초과":
        after += 1  # `목표를 106% 초과 달성`
    if after >= len(words) or words[after].parts[0][0] != "달성":
        return None
    if any(w.stem in goals for w in words[: p.first]):
        return r.met_goal
    return None


def annual_rate(p: Place) -> str | None:
    """`연 1% 저리 융자`, `연 2.5%로 대출`: a percent a year, of a loan, is its annual rate."""
    if p.first < 1 or p.words[p.first - 1].text != "연":
        return None
    loans = rules().loans
    after = p.words[p.last + 1 : p.last + 4]
    if any(w.stem.startswith(loans) or w.parts[0][0].startswith(loans) for w in after):
        return rules().annual
    return None
