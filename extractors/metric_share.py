"""What a percent measures as a share (extractors/metric.py, rules 3 and 5): of a cost an act covers
(`rate_of_action`, `share_of_named_act`), a budget pays (`share_of_source`), of an owner with 의
(`rate_of_owner`), ranked (`share_ranked`) or taken (`taken_as_share`).
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from extractors.metric_change import verb_after
from extractors.metric_words import (
    action_tails,
    alone_after_figure,
    money_noun,
    noun_before_parenthesis,
    parenthesis_after_figure,
    share,
    share_word,
    whole_of_part,
)
from extractors.phrases import (
    Place,
    closing,
    ends_clause,
    index_before,
    is_rate,
    particle_only,
    phrase_ending_at,
    phrase_of,
    place_of,
    rate_as_topic,
    rules,
)
from extractors.tense import rules as tense_rules
from extractors.words import RO, Word


def taken_as_share(doc: Doc, start: int, end: int, sent: Span) -> bool:
    """Is the percent at [start, end) the object of a verb of taking a share (`월세가 19.6%를
    차지했다`), a part of a whole named with 의, or alone in the parenthesis after a count or an
    amount (`관광·서비스 47명(24.4%)`)? Then it is a share of its item, never the level rate
    measured before it; with no owner written the text names none (guideline), so nothing is
    carried to it."""
    p = place_of(doc, start, end, sent)
    if _takes_share(p) or _part_of_whole(p) or parenthesis_after_figure(p):
        return True
    verb = verb_after(p)  # `자가가 57.9%, 전세가 14.8%, 월세가 19.6%를 차지했다`: the list's
    return verb is not None and _share_verb(p.words, verb)


def _part_of_whole(p: Place) -> bool:
    """Is the percent a part of a whole or of people named with 의 (`전체 순유출 인구의 71.9%에
    달했다`, `전체의 70%를 웃돌아`)? Then it is reckoned of that whole, not a level rate named
    before it."""
    k = index_before(p)
    if k < 0 or "JKG" not in p.words[k].particles:
        return False
    r = rules()
    owner = p.words[k].stem
    j = k - len(phrase_ending_at(p.words, k))
    whole = j >= 0 and p.words[j].stem in r.wholes
    return owner in r.wholes or whole or owner.endswith(r.populations)


def _takes_share(p: Place) -> bool:
    """Is the percent the object of a verb of taking a share right after it, past its note in
    parentheses (`예산의 25.8%(1,855억원)를 차지하는`) and a bound (`생산량의 40% 이상을
    차지하는`)?"""
    k = p.last + 1
    if k < len(p.words) and p.words[k].text in ("(", "（"):
        k = closing(p.words, k) + 1
    if k < len(p.words) and p.words[k].stem in rules().bounds:
        k += 1
    return _share_verb(p.words, k)


def _share_verb(words: list[Word], k: int) -> bool:
    """A verb of taking a share at word k (`차지했다`), matched on its first morpheme."""
    return k < len(words) and bool(words[k].parts) and words[k].parts[0][0] in rules().share_verbs


def rate_of_action(p: Place) -> str | None:
    """The rate of an act done to a share of a cost: `보증수수료 0.5% 감면` → 보증수수료
    감면율, `보험료의 80%를 지원` → 보험료 지원율, `입장료 30% 할인` → 입장료 할인율. The cost
    is the percent's owner (X의), the money noun right before it, or the clause's topic."""
    if "".join(f for f, _ in p.tail) not in action_tails():
        return None
    k = verb_after(p)
    if k is None:
        return None
    w = p.words[k]
    if k + 1 < len(p.words) and particle_only(w) and w.particle_forms() in (["를"], ["을"]):
        k += 1  # `항공료의 50%(1인당 최대 60만 원)를 지원`: the object's particle after the note
        # `2.5%(신혼부부 3.0%)를 2년간 지원`: how long, before the act (as `verb_after`)
        while k + 1 < len(p.words) and p.words[k].has_number and not p.words[k].stem:
            k += 1
    name = rules().actions_rate.get(p.words[k].parts[0][0])
    nominal = p.words[k].parts[1:2] and p.words[k].parts[1][1].startswith("J")
    if name is None or (nominal and k > p.last + 1):
        return None  # `30%는 … 지원을`: a noun of the clause; but `0.5% 감면을 지원`
    cost = _cost_of(p)
    return f"{cost} {name}" if cost else name


def share_of_source(p: Place) -> str | None:
    """`설치비의 50%를 국비로, 30%를 시비로 지원`: the share of a cost a budget pays, named by
    that budget with 로 right after the percent."""
    if [f for f, t in p.tail if t.startswith("J")] not in (["를"], ["을"]):
        return None
    k = p.last + 1
    if k >= len(p.words):
        return None
    w = p.words[k]
    if w.stem not in rules().funding_sources or w.particle_forms() not in (["로"], ["으로"]):
        return None
    return f"{w.stem} {share()}"


def share_of_named_act(p: Place) -> str | None:
    """`‘…고용보험료 지원사업’(보험료의 50~80%)`, `화재공제료 지원사업(점포당 최대 16만원, 보험료의
    80%)`: a percent of a cost in the note after the name of an act done to a share of it (a
    support, a reduction) is the share that act covers."""
    k = index_before(p)
    if k < 1 or p.last + 1 >= len(p.words) or p.words[p.last + 1].text not in (")", "）"):
        return None
    owned = p.words[k].particles == ["JKG"]
    cost = money_noun(p.words, k) if owned else None
    if owned and cost is None:
        return None
    j = k - len(phrase_ending_at(p.words, k)) if owned else k
    while j >= 0 and p.words[j].text not in ("(", "（"):
        if p.words[j].text in (")", "）") or ends_clause(p.words, j):
            return None
        j -= 1  # another note before it in the parenthesis (`점포당 최대 16만원,`)
    j -= 1
    while j >= 0 and p.words[j].punct and p.words[j].text not in (")", "）"):
        j -= 1  # the closing quote of a quoted name
    if j < 0 or not p.words[j].bare_noun:
        return None
    stem = p.words[j].stem
    for act, name in rules().actions_rate.items():
        if not stem.endswith((act, act + "사업")):
            continue
        if cost is None and stem in (act, act + "사업") and j >= 1:
            # `본인부담금 지원사업(소득 구간별 30~85%)`: the cost named in the act's name
            cost = money_noun(p.words, j - 1) if p.words[j - 1].bare_noun else None
        return f"{cost} {name}" if cost else None
    return None


def rate_picked_from(p: Place) -> str | None:
    """`은행 대출 금리 가운데 최대 2%p를`: points picked out of a rate are of that rate."""
    k = index_before(p)
    whole = whole_of_part(p.words, k) if k >= 0 else None
    if whole is None or not is_rate(p.words[whole].stem):
        return None
    return phrase_of(phrase_ending_at(p.words, whole))


def _cost_of(p: Place) -> str | None:
    k = index_before(p)
    if k < 0:
        return None
    whole = whole_of_part(p.words, k)
    if whole is not None:
        k = whole  # `이자 가운데 3%를 지원`: a part of the cost
        if is_rate(p.words[k].stem):
            return phrase_of(phrase_ending_at(p.words, k))  # `대출 금리 가운데 1.5%를 보전`
    w = p.words[k]
    noted = noun_before_parenthesis(p.words, k) if particle_only(w) else None
    if noted is not None and w.particles == ["JKG"] and money_noun(p.words, noted):
        return money_noun(p.words, noted)  # `예산(16억원)의 99%를 집행`: a note on the cost
    if (w.particles == ["JKG"] or w.bare_noun) and money_noun(p.words, k):
        return money_noun(p.words, k)
    for j in range(k, -1, -1):
        x = p.words[j]
        if ends_clause(p.words, j) or (x.predicate and not x.stem):
            return None
        if set(x.particles) & {"JX"} and x.stem:
            return money_noun(p.words, j)
        if x.particles == ["JKO"] and x.stem:
            # `대출이자를 연 최대 2.5%까지 지원`: the cost is the act's object, the percent an
            # adverbial of how much of it
            return money_noun(p.words, j)
    return None


def rate_of_owner(p: Place) -> str | None:
    r = rules()
    k = index_before(p)
    # `목표의 104%`, `목표 대비 103.3%`, `목표(1만5천개) 대비 104.5%`
    versus = p.first >= 2 and p.words[p.first - 1].stem == "대비"
    if versus:
        k = p.first - 2
        if p.words[k].text in (")", "）"):
            k = noun_before_parenthesis(p.words, k + 1)
            k = -1 if k is None else k
        versus = k >= 0 and p.words[k].bare_noun
        if not versus:
            k = index_before(p)  # no noun 대비 compares with: read the owner before as usual
    if versus:
        owner = p.words[k].stem
        if owner.startswith(tuple(tense_rules().goal_nouns)):
            # `목표액(8억 원) 대비 114.2%`: a goal noun made of 목표 is met as 목표 is
            return r.met_goal
        return r.of_owner.get(owner)
    if _share_of_amount(p):
        return r.share  # `국비 50억 원(50%), 지방비 40억 원(40%)`: each part's share
    if k < 0 or "JKG" not in p.words[k].particles:
        # `가운데 30대가 41%를 차지했다`: with no owner the text names no share (guideline)
        return None
    if _goal_amount_owner(p.words, k):
        return r.met_goal  # `수출 목표 300억 달러의 85.7%를 달성`: the goal's amount, met
    owner = p.words[k].stem
    borne = _act_topic_before(p.words, k)
    if borne:
        return borne  # `기업 부담은 인건비의 20%다`: the share of the cost the act covers
    if owner in r.of_owner:
        return r.of_owner[owner]
    goals = tuple(tense_rules().goal_nouns)
    if owner.startswith(goals) or (
        k >= 1 and p.words[k - 1].bare_noun and p.words[k - 1].stem in goals
    ):
        # `목표액의 104%를 달성`, `목표 금액의 98%에 그쳤다`: a goal noun made of 목표, or heading
        # the owner, is met as 목표 is
        return r.met_goal
    if owner.endswith(r.populations):
        # `전체 응답자의 80%가`, `전체 전출자의 37.4%를 차지했고`: a part of people is no share of
        # an amount; the gold files leave it empty
        return None
    j = k - len(phrase_ending_at(p.words, k))
    # `참여자 비율이 전체의 46%에 달한다`, `청년 비중은 전체 인구의 18%다`: the rate the clause
    # is about, reckoned of the whole
    if owner in r.wholes and k >= 1 and rate_as_topic(p.words[k - 1]):
        return phrase_of(phrase_ending_at(p.words, k - 1))
    whole = j >= 0 and p.words[j].stem in r.wholes and p.words[j].bare_noun
    if whole and j >= 1 and rate_as_topic(p.words[j - 1]):
        return phrase_of(phrase_ending_at(p.words, j - 1))
    if not owner and k >= 1 and p.words[k - 1].text in (")", "）"):
        # `수출액(8천121만 달러)의 67.4%를 차지`: 의 written after the note in parentheses
        n = noun_before_parenthesis(p.words, k)
        owner = p.words[n].stem if n is not None else owner
    if owner in r.wholes or not _amount_noun(owner):
        # `… 곳이 142곳으로 전체의 58.4%에 달했다`, `전체 빈집의 46.2%가`, `전체 건수의 88.8%를
        # 차지`: a part of a whole named by no amount (a count of people or things) is left
        # empty, as the gold files do
        return None
    if whole:
        return r.share  # `전체 예산안의 17.7%`: a part of a whole amount
    return r.share if _takes_share(p) else None  # `수출액의 67.4%를 차지`


def _goal_amount_owner(words: list[Word], k: int) -> bool:
    """Is the owner at word k the amount of a goal named right before it (`목표 300억 달러의`,
    `목표치 1만 개의`)? A part of it is the goal met, as `목표의 104%` is."""
    j = k
    while j >= 0 and (
        words[j].has_number or words[j].stem in rules().currencies or _unit(words[j])
    ):
        j -= 1
    goals = tuple(tense_rules().goal_nouns)
    return j < k and j >= 0 and words[j].bare_noun and words[j].stem.startswith(goals)


def _unit(w: Word) -> bool:
    """A counter or unit written apart from its number (`1만 개의`)."""
    stem = [t for _, t in w.stem_parts]
    return stem == ["NNB"]


def _amount_noun(stem: str) -> bool:
    """Does a noun name an amount (of money, or a quantity measured: `수출액`, `예산안`, `면적`,
    `생산량`), whose part is a share of it (비중), rather than a count of people or things?"""
    r = rules()
    return stem.endswith((*r.money_nouns, *r.amounts))


def _act_topic_before(words: list[Word], k: int) -> str | None:
    """The share an act names as the topic right before the owner at word k (`기업 부담은
    인건비의`, `국비 지원은 사업비의`): `농가 부담 10%` → 농가 부담률, with the owner between."""
    j = k - len(phrase_ending_at(words, k))
    if j < 0 or words[j].particle_forms() not in (["은"], ["는"]):
        return None
    act = share_word(words[j].stem)
    if act is None:
        return None
    before = phrase_ending_at(words, j - 1) if j > 0 and words[j - 1].bare_noun else []
    return f"{phrase_of(before)} {act}" if before and phrase_of(before) else act


def share_ranked(p: Place) -> str | None:
    """`베트남이 3,410명(33.2%)으로 가장 많았고`, `부품이 38억 달러(18.7%)로 제일 많았다`: a
    percent alone in the parenthesis after a count or an amount, ranked first after it, is that
    item's share of the whole; `(23.3%) 늘어난` stays a change."""
    r = rules()
    if p.tail or not alone_after_figure(p):
        return None
    j = p.last + 2
    if j >= len(p.words) or not particle_only(p.words[j]) or p.words[j].parts[0][0] not in RO:
        return None
    j += 1
    if j < len(p.words) and p.words[j].parts[0][0] in r.superlatives:
        # a part of an amount of money is its share; a part of a count of people or things
        # (`중국이 7만 2천 명(33.6%)으로 가장 많았고`) is left empty, as the gold files do
        return r.share if p.words[p.first - 2].text.endswith(r.currencies) else None
    return None


def _share_of_amount(p: Place) -> bool:
    """A percent alone in the parenthesis after an amount of money (`527억 원(50%)`)."""
    return alone_after_figure(p) and p.words[p.first - 2].text.endswith("원")
