"""What a count counts named by the verbs and clauses around it (extractors/subject.py, rules
0, 4, 6, 7 and 9): designated examples (`designated_examples`), people named by their verb
(`group_of_verb`, `group_of_clause`, `recipients`, `households`), acts counted in times
(`act_of_times`, `act_over_times`), the object a verb takes to or from the count (`object_to`,
`object_before_time`) and what is done to it (`done_to`).
"""

from __future__ import annotations

from extractors.phrases import (
    GOAL_PARTICLES,
    MAX_WORDS,
    Place,
    counter_apart,
    ends_clause,
    index_before,
    is_proper,
    is_when,
    particle_only,
    phrase_ending_at,
    phrase_of,
    rules,
    says_change,
    skipped,
    skipped_after,
    usable,
)
from extractors.program_words import name_rules
from extractors.subject_names import (
    CLOSING_QUOTES,
    DATIVE,
    names_no_person,
    names_people_or_body,
    of_times,
    people,
    quoted_text,
    short,
)
from extractors.subject_nouns import floated_object
from extractors.subject_topic import subject_of_topic
from extractors.words import RO, Word


def households(p: Place) -> str | None:
    """`귀농한 6000가구를` → 귀농 가구: households named by what a relative clause before the
    counter says they did."""
    counter = p.counter.replace(" ", "")
    if counter not in rules().household_counters:
        return None
    k = p.first - 1
    if k < 0 or not usable(p.words[k]):
        return None
    w = p.words[k]
    # `귀농·귀촌한`, `입주하는`: a verb made of a noun, modifying the count
    if [t.split("-")[0] for _, t in w.tail[:1]] == ["XSV"] and w.parts[-1][1] == "ETM":
        return f"{w.stem} {counter}"
    return None


def _verbal_noun(w: Word) -> str | None:
    """The noun of a 하다/되다 verb (`승진했다` → 승진), when it says what people do."""
    made = _verbal_noun_of(w)
    return made[0] if made and made[0] in rules().group_verbs else None


def group_of_verb(p: Place) -> str | None:
    """People counted as the subject of what they did, when the text names them only by a few
    examples or not at all: `졸업생 등 50명이 참석했다` → 참석자, `16명이 사무관으로 승진했다` →
    사무관 승진자, `11명이 취업했다` → 취업자."""
    # a headline drops the subject's particle (`축제 5만명 찾아`); the verbs below take no object
    if not people(p) or [t for _, t in p.tail] not in (["JKS"], []):
        return None
    k = index_before(p)
    examples = any(w.stem == "등" for w in p.words[max(k, 0) : p.first])
    if (
        k >= 0
        and p.words[k].bare_noun
        and usable(p.words[k])
        and not examples
        and not names_no_person(p.words[k].stem)
    ):
        return None  # `주민 150명이 참석했다`: the noun before names them (not `축제 5만명`)
    if (
        k >= 0
        and p.words[k].particle_forms() in (["은"], ["는"])
        and p.words[k].stem
        and not is_proper(p.words[k])
        and names_people_or_body(p.words[k].stem)
    ):
        return (
            None  # `청년농업인은 153명이 참여했다`: the topic names the people (subject_of_topic)
        )
    k = p.last + 1
    role = manner = None
    if k + 1 < len(p.words) and p.words[k].stem and set(p.words[k].particle_forms()) & RO:
        role, k = p.words[k].stem, k + 1  # `사무관으로 승진`
    elif (
        k + 1 < len(p.words)
        and p.words[k].bare_noun
        and usable(p.words[k])
        and _verbal_noun(p.words[k + 1])
    ):
        manner, k = p.words[k].stem, k + 1  # `31만명이 중도 해지해` → 중도 해지자
    noun = _verbal_noun(p.words[k]) if k < len(p.words) else None
    if noun is None:
        w = p.words[k] if k < len(p.words) else None
        head = w.parts[0] if w is not None and w.predicate and w.parts and not role else ("", "")
        if head[1] == "VV" and head[0] in rules().people_verbs:
            # `141명이 숨지고`, `2명이 숨진 사고`: who died or was hurt, whatever the clause
            return rules().people_verbs[head[0]]
        # `한 달 동안 89만명이 찾았다`: people who come to a place are its visitors
        # not `90만 명이 찾는 해수욕장`: the subject of a relative clause names no one
        # `108만 명이 다녀간 것으로 집계됐다`: a clause made a noun with 것 is no relative clause
        nominal = k + 1 < len(p.words) and p.words[k + 1].stem == "것"
        if w is None or (w.parts[-1][1] == "ETM" and not nominal):
            return None
        return rules().visit_verbs.get(head[0]) if head[1] == "VV" else None
    if role:
        return f"{role} {noun}자"
    if manner:
        return f"{manner} {noun}자"
    where = _taken_part_in(p)
    return f"{where} {noun}자" if where else f"{noun}자"


def _taken_part_in(p: Place) -> str | None:
    """What people took part in, named with 에 before them in their clause (`‘늘봄학교’에는 1학기
    기준 52만1,000명이 참여해` → 늘봄학교, `박람회에 300명이 참가했다` → 박람회)."""
    k = p.first - 1
    while k >= 0:
        w = p.words[k]
        if w.has_number or w.adverb or skipped(w) or (w.bare_noun and w.stem in rules().stop):
            k -= 1  # `1학기 기준`, `올해`
            continue
        break
    if k < 0 or w.particle_forms()[:1] != ["에"] or w.predicate:
        return None
    if particle_only(w):
        return (
            quoted_text(p.words, k - 1)
            if k >= 1 and p.words[k - 1].text in CLOSING_QUOTES
            else None
        )
    named = phrase_ending_at(p.words, k)
    if not named or all(is_proper(x) and short(x) for x in named):
        return None
    before = k - len(named)
    if before >= 1 and p.words[before].text in CLOSING_QUOTES:
        # `‘신중년 아지트’ 사업에도 1천336명이 이용하는`: the name quoted says which
        return quoted_text(p.words, before) or phrase_of(named)
    return phrase_of(named)


def object_before_time(p: Place) -> str | None:
    """The object right before the time whose parenthesis holds the count (`경로당을
    지난해(70곳)보다 27곳 늘린`): what the change after it is done to, the count included."""
    k = p.first - 2  # the time word before `(`
    if k < 1 or p.words[k + 1].text not in ("(", "（") or p.last + 1 >= len(p.words):
        return None
    if p.words[p.last + 1].text not in (")", "）") or p.tail:
        return None
    if not (is_when(p.words[k]) or p.words[k].stem in rules().year_words):
        return None
    w = p.words[k - 1]
    if w.particles != ["JKO"] or w.stem in rules().measures:
        return None
    words = phrase_ending_at(p.words, k - 1)
    if not words or all(is_proper(x) and short(x) for x in words):
        return None
    return phrase_of(words)


def _opening(words: list[Word], k: int) -> int:
    """The index of the `(` that the `)` at word k closes (k itself when none does)."""
    for j in range(k - 1, -1, -1):
        if words[j].text in ("(", "（"):
            return j
        if words[j].text in (")", "）"):
            return k
    return k


def _compared_after(words: list[Word], k: int) -> bool:
    """Is the `)` at word k followed by 보다, the note on a time compared with (`올해(…)보다`)?"""
    nxt = words[k + 1] if k + 1 < len(words) else None
    return nxt is not None and particle_only(nxt) and nxt.particle_forms()[:1] == ["보다"]


def object_to(p: Place) -> str | None:
    """The object a verb takes to or from the count: `제출서류를 4종으로 간소화`, `정원을
    30명에서 50명으로 늘린다` → 제출서류, 정원."""
    forms = [f for f, t in p.tail if t.startswith("J")]
    nxt = p.words[p.last + 1] if p.last + 1 < len(p.words) else None
    # `업소를 지난해보다 120곳 늘린 420곳으로`: the change by which the object grew
    by = not p.tail and nxt is not None and nxt.predicate and says_change(nxt)
    if not by and (not forms or forms[0] not in GOAL_PARTICLES):
        return None
    k = p.first - 1
    while k >= 0:
        w = p.words[k]
        # `30명에서`, `6만 4천 명에서` (the counter written apart): the count it goes from
        counted = w.has_number or counter_apart(p.words, k)
        start = counted and set(w.particle_forms()) & {"에서", "부터"}
        # `인원을 8만명에서 9만2천명으로 1만2천명 늘리고`: the new count before the change
        target = by and w.has_number and set(w.particle_forms()) & RO
        # `정원을 올해 30명에서 내년 50명으로`, `인원을 당초 8만명에서`
        year = w.bare_noun and w.stem in rules().year_words
        compared = bool(w.stem) and w.particle_forms()[-1:] == ["보다"]  # `지난해보다`
        # `120곳 늘린 420곳으로`: the change before the new count
        change = w.predicate and says_change(w) and w.parts[-1][1] == "ETM"
        # `6만 1천 개 늘린`: the counter of the change may be written apart from its number
        by_count = k >= 1 and (p.words[k - 1].has_number or counter_apart(p.words, k - 1))
        change = change and by_count and not p.words[k - 1].particles
        if change:
            k -= 2
            continue
        if w.text in (")", "）") and k + 1 <= p.first - 1 and _compared_after(p.words, k):
            # `올해(109만 1천 개)보다`: the count compared with, in the parenthesis of its time
            k = _opening(p.words, k) - 1
            continue
        # `6만 4천 명에서`: the words of a number written apart before its counter
        apart = w.has_number and not w.particles and not w.stem
        if compared or start or target or year or apart or skipped(w) or is_when(w) or w.adverb:
            k -= 1
            continue
        if particle_only(w):
            if w.particles == ["JKO"] and k >= 1 and p.words[k - 1].text in CLOSING_QUOTES:
                return quoted_text(p.words, k - 1)  # `‘마을 돌봄매니저’를 10명에서 16명으로`
            k -= 1
            continue
        break
    if k < 0 or p.words[k].particles != ["JKO"]:
        return None
    if p.words[k].stem in rules().measures:
        # `‘청년몰’ 규모를 30곳에서 45곳으로`: the name the measure measures
        if k >= 1 and p.words[k - 1].text in CLOSING_QUOTES:
            return quoted_text(p.words, k - 1)
        return None
    if p.words[k].stem in rules().qualified_heads and k >= 1:
        # `‘청년월세 특별지원’ 대상을 15만 명으로`: those the quoted program serves
        quoted = quoted_text(p.words, k - 1) if p.words[k - 1].text in CLOSING_QUOTES else None
        if quoted:
            return f"{quoted} {p.words[k].stem}"
    words = phrase_ending_at(p.words, k)
    before = k - len(words)
    generic = len(words) == 1 and words[0].stem in name_rules().project
    if generic and before >= 0 and p.words[before].text in CLOSING_QUOTES:
        # `‘한 달 살기’ 사업을 120팀에서 200팀으로`: the name quoted says which undertaking
        return quoted_text(p.words, before) or phrase_of(words)
    # a long proper noun is a compound Kiwi does not know (`착한가격업소`), not a place
    return phrase_of(words) if words and not all(is_proper(x) and short(x) for x in words) else None


def done_to(p: Place) -> str | None:
    """What a count is when something is done to it, as the verb's object or passive subject:
    `836명을 채용한다`, `120명이 채용됐다` → 채용 인원; `11,542명을 지급대상자로 확정` →
    지급대상자; `300명을 대상으로 교육을 실시` → 교육 대상. The topic of such a clause is who
    does it (`센터는`), never what is counted."""
    forms = [f for f, t in p.tail if t.startswith("J")]
    k = p.last + 1
    while k < len(p.words) and (p.words[k].adverb or skipped_after(p.words[k])):
        k += 1
    headline = k < len(p.words) and not p.tail and p.words[k].bare_noun
    if headline and people(p):
        # a headline: `1928명 모집`, `30명 채용`, `187명 현장 채용` (a word of how before it)
        act = k + 1 if k + 1 < len(p.words) and p.words[k + 1].bare_noun else k
        if p.words[act].stem in rules().done_to_people:
            how = f"{p.words[k].stem} " if act > k and usable(p.words[k]) else ""
            return f"{how}{p.words[act].stem} 인원"
        if p.words[k].stem in rules().done_to_people:
            return f"{p.words[k].stem} 인원"
    if k >= len(p.words) or forms not in (["을"], ["를"], ["이"], ["가"]):
        return None
    j = k
    while j + 1 < len(p.words) and p.words[j].bare_noun:
        j += 1  # `38곳을 우수 기관으로`
    w = p.words[j]
    if forms[0] in ("을", "를") and w.stem and set(w.particle_forms()) & RO:
        if w.stem == "대상" and j == k:
            return _aim_of(p.words, k + 1)
        if w.stem == "대상" and p.words[j - 1].bare_noun and usable(p.words[j - 1]):
            # `91건을 투표 대상으로 올렸으며`: what the count is made the object of
            return phrase_of(phrase_ending_at(p.words, j))
        return _designation(p)
    w = p.words[k]
    done = _verbal_noun_of(w)
    if done is None or done[0] not in rules().done_to_people or not people(p):
        return None
    passive = done[1] == "되"
    if passive != (forms[0] in ("이", "가")):
        return None
    return f"{done[0]} 인원"


def _designation(p: Place) -> str | None:
    """What the verb after a count's object makes it: `38곳을 우수 기관으로 선정` → 우수 기관,
    `11,542명을 지급대상자로 확정` → 지급대상자."""
    if [f for f, t in p.tail if t.startswith("J")] not in (["을"], ["를"]):
        return None
    j = p.last + 1
    while j + 1 < len(p.words) and (p.words[j].adverb or skipped_after(p.words[j])):
        j += 1
    while j + 1 < len(p.words) and p.words[j].bare_noun:
        j += 1
    if j + 1 >= len(p.words) or not set(p.words[j].particle_forms()) & RO:
        return None
    if not p.words[j].stem or p.words[j].stem == "대상":
        return None
    v = j + 1
    while v + 1 < len(p.words) and p.words[v].adverb:
        v += 1  # `시범지역으로 우선 선정`
    nxt = _verbal_noun_of(p.words[v])
    if nxt and nxt[0] in rules().designations:
        return phrase_of(phrase_ending_at(p.words, j))
    return None


def designated_examples(p: Place) -> str | None:
    """`대곡역 일대와 … 계양구 일대 등 3곳을 신규 공공택지로 선정`: things named only by examples
    and 등 are what the verb designates them."""
    k = p.first - 1
    while k >= 0 and skipped(p.words[k]) and p.words[k].stem != "등":
        k -= 1
    if k < 0 or p.words[k].stem != "등":
        return None
    return _designation(p) or _designation_before(p, k)


def _designation_before(p: Place, k: int) -> str | None:
    """`자립마을 대상지로 북면 등 4곳을 추가 지정`: what the verb designates them may stand
    before the examples (word k is their 등)."""
    if [f for f, t in p.tail if t.startswith("J")] not in (["을"], ["를"]):
        return None
    v = p.last + 1
    while v + 1 < len(p.words) and (p.words[v].adverb or p.words[v].bare_noun):
        v += 1  # `추가 지정`, `새로 지정`
    act = _verbal_noun_of(p.words[v]) if v < len(p.words) else None
    if not act or act[0] not in rules().designations:
        return None
    for j in range(k - 1, -1, -1):
        w = p.words[j]
        if ends_clause(p.words, j) or w.predicate:
            return None
        if w.stem and w.stem != "대상" and w.particle_forms() in (["로"], ["으로"]):
            return phrase_of(phrase_ending_at(p.words, j))
    return None


def _verbal_noun_of(w: Word) -> tuple[str, str] | None:
    """(noun, 하 or 되) of a verb made from a noun (`채용했다`, `채용됐다`)."""
    parts = [(f, t.split("-")[0]) for f, t in w.parts]
    if len(parts) >= 2 and parts[0][1] == "NNG" and parts[1][1] == "XSV":
        return parts[0][0], parts[1][0]
    return None


_ACT_WORDS = 6  # `두 차례에 걸쳐 교부세를 조기 교부했다`: the act's verb a few words on


def act_over_times(p: Place) -> str | None:
    """`두 차례에 걸쳐 교부세를 조기 교부했다` → 조기 교부, `세 차례에 걸쳐 설명회를 열었다` →
    설명회: a count of times spread over (`에 걸쳐`) counts the act of the verb after it, named by
    its object when the verb is light or not made of a noun."""
    if not of_times(p):
        return None
    k = p.last + 1
    if [f for f, t in p.tail if t.startswith("J")] != ["에"] or k >= len(p.words):
        return None
    if p.words[k].parts[:1] != [("걸치", "VV")]:
        return None
    obj = None
    for j in range(k + 1, min(k + 1 + _ACT_WORDS, len(p.words))):
        w = p.words[j]
        if w.stem and w.particles == ["JKO"] and usable(w):
            obj = phrase_of(phrase_ending_at(p.words, j))
        done = _verbal_noun_of(w)
        if done and done[0] not in rules().light_verbs:
            before = p.words[j - 1]
            manner = before.bare_noun and usable(before) and j - 1 > k
            return f"{before.stem} {done[0]}" if manner else done[0]
        if w.predicate:
            # `기술교육을 12개 읍면에서 28회에 걸쳐 진행한다`: a light verb's object before it
            return obj or floated_object(p)
    return None


def act_of_times(p: Place) -> str | None:
    """A count of times right before the act it counts, named with what the act is done to or
    what does it — the noun right before the count or the clause's topic — when that is no one
    who acts: `폭염특보는 1,874회 발표돼` → 폭염특보 발표, `노쇼가 3회 이상 반복되면` → 노쇼
    반복, headline `폭염특보 1,874회 발표` → 폭염특보 발표, `재산세는 연 2회 부과되며` → 재산세
    부과; but `119구급대는 하루 9,600여 차례 출동했다` → 출동 (the topic is who acts)."""
    if not of_times(p) or any(t.startswith("J") for _, t in p.tail):
        return None
    before = index_before(p)
    if before >= 0 and p.words[before].particles == ["JKO"]:
        return None  # `일상 관리를 11만 회 수행했다`: the object is what is done so often
    k = p.last + 1
    while k < len(p.words) and skipped_after(p.words[k]):
        k += 1  # `3회 이상 반복되면`
    if k >= len(p.words):
        return None
    w = p.words[k]
    done = _verbal_noun_of(w)
    if done and w.predicate:
        act = done[0]
    elif w.bare_noun and usable(w) and (k + 1 == len(p.words) or p.words[k + 1].punct):
        act = w.stem  # a headline: `… 1,874회 발표`
    else:
        return None
    if act in rules().light_verbs:
        return None  # `교육 3회 실시`: a light verb names no act; the noun before is counted
    whom = _named_right_before_times(p) or subject_of_topic(p)
    r = rules()
    if whom and not whom.split()[-1].endswith(r.populations + r.actors):
        return f"{whom} {act}"
    if whom and w.bare_noun:
        return None  # a headline act of a body: the rules after say what is counted
    return act


def _named_right_before_times(p: Place) -> str | None:
    """The bare noun phrase or quoted name right before a count of times (`폭염특보 1,874회`)."""
    k = index_before(p)
    if k < 0 or k != p.first - 1:
        return None
    w = p.words[k]
    if w.text in CLOSING_QUOTES:
        return quoted_text(p.words, k)
    if not w.bare_noun or not usable(w):
        return None
    words = phrase_ending_at(p.words, k)
    return phrase_of(words) if words and not all(is_proper(x) and short(x) for x in words) else None


def _aim_of(words: list[Word], k: int) -> str | None:
    """`… 을 대상으로 교육을 실시` → 교육 대상, `… 을 대상으로 지급` → 지급 대상: the act the
    count is the target of, named by the verb of the clause or its object."""
    obj = None
    for j in range(k, min(k + MAX_WORDS + 4, len(words))):
        w = words[j]
        if w.stem and "JKO" in w.particles and not w.has_number:
            obj = w.stem
        done = _verbal_noun_of(w)
        if done:
            noun = obj if obj and done[0] in rules().light_verbs else done[0]
            return f"{noun} 대상"
        if w.predicate:
            return None
    return None


def group_of_clause(p: Place) -> str | None:
    """People a relative clause before the count describes: `교육을 수료한 15명` → 교육 수료자."""
    k = p.first - 1
    if not people(p) or k < 0 or p.words[k].parts[-1][1] != "ETM":
        return None
    noun = _verbal_noun(p.words[k])
    if noun is None:
        return None
    obj = p.words[k - 1] if k > 0 else None
    if obj is not None and obj.stem and "JKO" in obj.particles and not obj.has_number:
        return f"{obj.stem} {noun}자"
    return f"{noun}자"


def recipients(p: Place) -> str | None:
    """People given something (`1,080명에게 장려금을 지원`, also an earlier item of the list:
    `2024년에는 982명, 2025년에는 1,080명에게`) → 장려금 지원 대상."""
    if not people(p):
        return None
    dative = any(f in DATIVE for f, _ in p.tail)
    k = p.last + 1
    if not dative and p.tail:
        return None
    while not dative and k < len(p.words) and (p.words[k].text == "," or p.words[k].has_number):
        dative = any(f in DATIVE for f in p.words[k].particle_forms())
        k += 1
    if not dative:
        return None
    given, amount = None, False
    for w in p.words[k : k + MAX_WORDS + 2]:
        if w.stem and "JKO" in w.particles and not w.has_number:
            given = w.stem
        elif "JKO" in w.particles and w.has_number:
            amount = True  # `474명에게 총 5억9960만원을 전달`: only a sum, no thing given
        elif w.predicate:
            parts = [(f, t.split("-")[0]) for f, t in w.parts]
            noun = parts[0][0] if len(parts) >= 2 and parts[1][1] == "XSV" else None
            if noun in rules().give_verbs and (given or not amount):
                return f"{given} {noun} 대상" if given else f"{noun} 대상"
            return None
    return None
