"""The noun phrase before or after a count as what it counts (extractors/subject.py, rules 1–3
and 5): the bare noun right before it (`noun_before`, `named_right_before`), the noun after
its counter (`noun_after`), after a change right before it (`change_before_count`), and the
object a count is floated off or noted with (`object_floated`, `times_in_note`).
"""

from __future__ import annotations

import re

from extractors.phrases import (
    ITEM_MARKS,
    PLACE_SUFFIXES,
    Place,
    closing,
    grade,
    index_before,
    is_proper,
    is_rate,
    is_when,
    particle_only,
    phrase_ending_at,
    phrase_of,
    phrase_starting_at,
    rules,
    says_change,
    skipped,
    usable,
)
from extractors.program_words import name_rules
from extractors.subject_names import (
    CLOSING_QUOTES,
    common_name,
    counter_as_subject,
    drop_measure,
    joined_before,
    measured_phrase,
    names_people_or_body,
    of_times,
    people,
    quoted_text,
    short,
)
from extractors.words import MIDDLE_DOTS, Word

#: A month or a day, and where a period begins or ends (`1월`, `5일부터`, `2일까지`).
_DAY = re.compile(r"\d{1,2}[월일](부터|까지)?")


def change_before_count(p: Place) -> str | None:
    """`지난해보다 212개 늘어난 1,450개 기업이`: a change right before the count it made counts
    what that count counts, the noun after it (with the same counter)."""
    k = p.last + 1
    if p.tail or k + 2 >= len(p.words):
        return None
    w = p.words[k]
    if not (w.predicate and says_change(w) and w.parts[-1][1] == "ETM"):
        return None
    j = k + 1
    while j < len(p.words) and p.words[j].has_number and not p.words[j].text.endswith(p.counter):
        j += 1  # `1만 2,300개`: a number written in several words
    counter = p.counter.replace(" ", "")
    if j + 1 >= len(p.words) or not counter or not p.words[j].text.endswith(counter):
        return None
    if p.words[j].particles:
        return None  # `120곳 늘린 420곳으로`: the new count says where it went, not what
    words = phrase_starting_at(p.words, j + 1)
    if not words or all(is_proper(x) and short(x) for x in words):
        return None
    return phrase_of(drop_measure(words))


def noun_after(p: Place) -> str | None:
    r = rules()
    glued = p.tail[0] if p.tail else ("", "")
    # `5개구 중`, `22개시군`: a kind of place glued to the counter; not 도, which Kiwi may read
    # as a noun where it is the particle (`제품 6개도 받았다`)
    if glued[1].startswith("NN") and glued[0] in r.places and glued[0] != "도":
        return glued[0]
    k = p.last + 1
    tail = p.tail
    # `13명(8팀)의 입주 작가`: a parenthesis between the count and its genitive
    if not tail and k < len(p.words) and p.words[k].text in ("(", "（"):
        k = closing(p.words, k) + 1
        if k < len(p.words) and not p.words[k].stem and p.words[k].particles == ["JKG"]:
            tail = [("의", "JKG")]
            p = Place(p.words, p.first, k, tail, p.counter)
    tags = [tag for _, tag in tail]
    form = "".join(f for f, _ in tail)
    genitive = tags[:1] == ["JKG"]
    # `22개였던 도 기금`: a copula with an adnominal ending makes the count describe the noun
    adnominal = bool(tags) and tags[0].startswith("VCP") and tags[-1] == "ETM"
    k = p.last + 1
    if k + 1 < len(p.words) and _reaching(p.words[k], form):
        # `7종에 달하던 제출서류`, `하루 1회 하던 검사`: a verb of amount makes the count
        # describe the noun after it
        p = Place(p.words, p.first, k, [], p.counter)
        adnominal = True
    elif tags and not (genitive or adnominal or form == "씩"):
        return None
    k = p.last + 1
    while k < len(p.words) and (p.words[k].text in r.skip_after):
        k += 1
    if k < len(p.words) and p.words[k].text[:1] in ITEM_MARKS and not tags:
        return None  # `▲청년 일자리 3천개 ▲노인 일자리`: a list mark opens the next item
    if k < len(p.words) and p.words[k].stem in r.partitive:
        return None  # `신청자 11,706명 중 농업인`: the count is part of what came before
    counter = p.counter.replace(" ", "")
    named = counter in r.self_naming or counter in r.counter_names
    if named and not tags and k + 1 < len(p.words) and p.words[k + 1].has_number:
        return None  # `300가구 주민 800명`: the noun goes with the count after it
    if k < len(p.words) and not adnominal and p.words[k].stem in r.places:
        return p.words[k].stem  # `4개 시군 양돈농장에서`, `9개 도의`: the places are counted
    if (
        k < len(p.words)
        and (p.words[k].stem in r.qualities or p.words[k].stem in r.skip_after)
        and "JKG" in p.words[k].particles
        and not genitive
    ):
        # `2만6000개 양질의 일자리`, `100명 안팎의 근로자`; but `40개 도시의 예식장`: the
        # cities are counted
        k += 1
    words = phrase_starting_at(p.words, k)
    if form == "씩" and words and words[-1].particles == ["JKO"]:
        return None  # `3~5곳씩 문을 닫을`: after 씩 an object is the verb's, not what is counted
    adverbial = words and words[0].particle_forms() in (["로"], ["으로"])
    if adverbial and not tags and words[0].stem in r.actions:
        return None  # `4차례 추가로 열`: an act with 로 says how, it names nothing counted
    if words and _verb(words[0]):
        # `대상자를 5,000명 선발해`: a verb after the count names nothing (after a count of times
        # it is the act counted, `연 2회 부과되며`: `act_of_times`)
        return None
    if not words and (genitive or adnominal):
        words = _head_after(p.words, k)  # `20여개의 전국 및 도 단위 스포츠 대회`
    # `2만6천개 양질의 일자리 창출`: what happens to it is not its name; but after the count's
    # own 의 an act names a kind of it (`13명의 입주 작가`) or is what it counts (`3명의 고용`)
    # `한 차례 정비`: after a count of times the act is what is counted; but not a light verb
    # (`교육 3회 실시`, `12회 운영`) nor after a name right before the count
    before = p.words[p.first - 1] if p.first > 0 else None
    named = before is not None and (
        (before.bare_noun and usable(before)) or before.text in CLOSING_QUOTES
    )
    times = of_times(p) and not named and bool(words) and words[0].stem not in r.light_verbs
    if words and words[0].stem in r.actions and not (genitive or adnominal or times):
        return None
    if (
        not tags
        and len(words) > 1
        and people(p)
        and words[-1].stem in r.done_to_people
        and all(w.bare_noun for w in words)
    ):
        return None  # `187명 현장 채용`: a headline act done to people (`done_to`)
    # `1,100명의 신규 고용`: after 의 the act is what the count counts
    while words and words[-1].stem in r.actions and not (genitive or times):
        words = words[:-1]
    if not words:
        return None
    if len(words) == 1 and people(p) and words[0].stem in r.group_verbs:
        return f"{words[0].stem}자"  # `218명의 참여로` → 참여자
    if counter in r.place_counters and names_people_or_body(phrase_of(words) or ""):
        return None  # `5개국 관광객이`: people from the countries; the countries are counted
    while words and is_rate(words[-1].stem):
        # `상위 3개국 비중은`, `10개 기업 비중`: a rate of what is counted, never what it counts
        words = words[:-1]
    if not words:
        return None
    return phrase_of(drop_measure(words))


def _verb(w: Word) -> bool:
    """A verb, or a noun made a verb with 하다/되다 (`선발해`); not a noun with the copula
    (`품목이다`)."""
    tail = [t.split("-")[0] for _, t in w.tail[:1]]
    return w.predicate and (not w.stem or tail in (["XSV"], ["XSA"]))


def _reaching(w: Word, form: str) -> bool:
    """`에 달하던`, `에 이르는`, `하던`: a verb of amount in its adnominal form after a count."""
    if not w.predicate or w.parts[-1][1] != "ETM":
        return False
    head = w.parts[0][0]
    # `1만2천명이 넘는 인구`, `1만명을 웃도는 관객`: a bound passed describes the noun after it
    passed = form in ("이", "가", "을", "를") and head in rules().passed_bounds
    return (form == "에" and head in rules().reaching) or (not form and head == "하") or passed


def _head_after(words: list[Word], k: int) -> list[Word]:
    """The bare nouns ending at the head of the noun phrase from word k on, across 및 and a
    leading function word."""
    j = k
    while j < len(words) and j < k + 6 and (words[j].bare_noun or words[j].text == "및"):
        j += 1
    if j >= len(words) or j == k or not usable(words[j]):
        return []
    return [w for w in phrase_ending_at(words, j) if w.start >= words[k].start]


def named_right_before(p: Place) -> str | None:
    """`일반직공무원 806명 정기인사`, `급수인구 5만 명 이하 평가그룹`: a count with no particle
    (or 의) right after a bare noun counts that noun, whatever noun follows; but not a kind of
    place after it (`인구감소지역 11개 시군`: the places are counted)."""
    k = p.first - 1
    # `기업 20개사의 총매출액`: after 의 comes what belongs to the counted, not what is counted
    if p.tail not in ([], [("의", "JKG")]) or k < 0:
        return None
    if not p.words[k].bare_noun or not usable(p.words[k]):
        return None
    if p.words[k].stem in rules().actions or p.counter.replace(" ", "") in rules().generic_counters:
        return None  # `6개 부문`, `52개 학급`: a bare 개 needs the noun after it to say what
    after = p.words[p.last + 1] if p.last + 1 < len(p.words) else None
    if after is not None and after.text in ("(", "（") and not p.tail:
        # `체납자 7,118명(법인 2,043개 포함)의 명단`: a note between the count and its 의
        close = closing(p.words, p.last + 1)
        nxt = p.words[close + 1] if close + 1 < len(p.words) else None
        if nxt is not None and particle_only(nxt) and nxt.particles == ["JKG"]:
            return noun_before(p)
    if after is not None and (after.stem in rules().places or after.text in ("(", "（")):
        return None
    return noun_before(p)


def noun_before(p: Place) -> str | None:
    k = index_before(p)
    if k < 0 or _one_of_examples(p, k):
        return None
    w = p.words[k]
    if w.text in CLOSING_QUOTES:
        # `‘행복한 나눔냉장고’ 13곳`: a name in quotes; before people only a name of people
        # (`‘마을 안전지킴이’ 40명`), not what they attend (`‘인공지능인의 날’ 150여명 참여`)
        name = quoted_text(p.words, k)
        if name and counter_as_subject(p.counter.replace(" ", "")) and _undertaking(name):
            return None  # `‘창업도약패키지’ 500개사`: firms are counted, not a program
        if not people(p) or (name and names_people_or_body(name)):
            return name
        return None
    if w.text in (":", "：") and k >= 1 and p.words[k - 1].bare_noun:
        # `참가 인원: 300명`, `지원 규모 : 500곳`: a label of a list or table line
        return common_name(drop_measure(phrase_ending_at(p.words, k - 1)))
    if w.text in (")", "）") and k >= 3:
        # `지역 인재(리더) 30명`: a gloss in parentheses after the name; not an item's own
        # figure (`필리핀(22명) 등 12개국`)
        o = next((j for j in range(k - 1, 0, -1) if p.words[j].text in ("(", "（")), 0)
        if any(x.has_number for x in p.words[o + 1 : k]):
            return None
        if o and p.words[o - 1].bare_noun and usable(p.words[o - 1]):
            return phrase_of(phrase_ending_at(p.words, o - 1))
        return None
    if grade(w) and not w.particles:
        return phrase_of(phrase_ending_at(p.words, k))  # `초등 1학년 첫 30만명대`
    industry = w.stem.endswith("업") and len(w.tail) == 2 and usable(w)
    # `대만인 14만1천명` read as 대만 + 이 + ㄴ: the people of a country, counted in 명
    nationals = is_proper(w) and len(w.tail) == 2 and p.counter == "명"
    if (
        (industry or nationals)
        and w.base_parts[-2:] == [("이", "VCP"), ("ᆫ", "ETM")]
        and k == p.first - 1
    ):
        # `농업인 9,874가구` read as 농업 + 이 + ㄴ: the people of an industry, 농업인
        return f"{w.stem}인"
    if w.bare_noun and (w.stem in rules().measures or w.stem in rules().bases):
        # `(기업 기준 약 450개사)`, `채용 규모 300명`
        return phrase_of(phrase_ending_at(p.words, k - 1)) if k > 0 else None
    if w.bare_noun:
        words = drop_measure(phrase_ending_at(p.words, k))
        of_program = _people_of_quoted_program(p.words, k - len(words) + 1, words)
        if of_program:
            return of_program
        if words and not all(is_proper(x) for x in words):
            return phrase_of(words)
        if words and (_body_named(words[-1]) or _unknown_compound(words[-1])):
            # `예방진화대 9,600여 명`, `농업기술센터 159곳`; a long proper noun that ends in no
            # place's syllable is a compound Kiwi does not know (`직업상담사 40명`), no place
            return phrase_of(words)
        return None
    # `채용 규모를 4000명`, `취업자 수는 1600명`
    if w.stem in rules().measures and w.particles:
        return phrase_of(measured_phrase(p.words, k))
    if w.particles == ["JKO"] and _amount_of_object(p):
        # `설명회를 12차례 열`, `인턴을 50명 추가로 채용`: a bare count after the object says
        # how many of it the verb takes
        if particle_only(w):
            # `‘찾아가는 채용설명회’를 4차례 추가로 열`: the object is the name in quotes
            quoted = k >= 1 and p.words[k - 1].text in CLOSING_QUOTES
            return quoted_text(p.words, k - 1) if quoted else None
        return common_name(phrase_ending_at(p.words, k))
    return None


_ADVERBIAL_WORDS = 4  # `11개 시군에서 연`: a place and a period at most between


def object_floated(p: Place) -> str | None:
    """A bare count after the object it counts, with where and how often between them: a
    quantifier floated off its noun (`채용박람회를 연 4회 연다`, `‘…교육’을 11개 시군에서 연
    60회 실시`, `‘…센터’를 22개 시군에 한 곳씩 설치` → 채용박람회, …교육, …센터)."""
    nxt = p.words[p.last + 1] if p.last + 1 < len(p.words) else None
    # `‘…교육’을 올해 600명 규모로 늘리고`: the size the object is brought to
    sized = (
        not any(t.startswith("J") for _, t in p.tail)
        and nxt is not None
        and nxt.stem in rules().measures
        and nxt.particle_forms() in (["로"], ["으로"])
    )
    if not (sized or _amount_of_object(p)):
        return None
    return floated_object(p, sized)


def floated_object(p: Place, sized: bool = False) -> str | None:
    """The object before a count, across where and how often (`교육을 12개 읍면에서 28회`)."""
    r = rules()
    k, between = p.first - 1, 0
    while k >= 0 and between <= _ADVERBIAL_WORDS:
        w = p.words[k]
        place = set(w.particle_forms()) & {"에", "에서"} and w.stem
        # Kiwi may read 연 ("a year") as the adnominal of 열다
        period = w.stem in r.per_period or w.text in r.per_period
        if period or w.stem in r.year_words or place or w.adverb:
            k, between = k - 1, between + 1
            continue
        if w.has_number and not w.particles and between and p.words[k + 1].particles:
            k, between = k - 1, between + 1  # `11개 시군에서`: the count of the places
            continue
        if skipped(w) or is_when(w) or _DAY.fullmatch(w.text):
            k -= 1  # `1월 5일부터 2월 2일까지`: when, in as many words as it takes
            continue
        break
    if k < 0 or not (between or sized) or p.words[k].particles != ["JKO"]:
        return None
    w = p.words[k]
    if particle_only(w):
        quoted = k >= 1 and p.words[k - 1].text in CLOSING_QUOTES
        return quoted_text(p.words, k - 1) if quoted else None
    if w.stem in rules().measures:
        return None
    return common_name(phrase_ending_at(p.words, k))


_NOTE_WORDS = 3  # `(부모 대상 연 24회)`: who takes part and how often, a few words at most


def times_in_note(p: Place) -> str | None:
    """A count of times alone in the note after a name says how often that is held (`‘…’ 우울
    예방 교육(연 40회)`, `환대주간 운영(연 2회)`, `돌봄 교육(부모 대상 연 24회)`)."""
    if not of_times(p) or p.tail:
        return None
    if p.last + 1 >= len(p.words) or p.words[p.last + 1].text not in (")", "）"):
        return None
    k = p.first - 1
    while k >= 0 and p.first - k <= _NOTE_WORDS + 1 and p.words[k].text not in ("(", "（"):
        w = p.words[k]
        if not (w.bare_noun or w.text in rules().per_period) or w.has_number:
            return None
        k -= 1
    if k < 1 or p.words[k].text not in ("(", "（"):
        return None
    before = p.words[k - 1]
    if before.text in CLOSING_QUOTES:
        return quoted_text(p.words, k - 1)
    if not before.bare_noun or not usable(before):
        return None
    return common_name(phrase_ending_at(p.words, k - 1))


def _undertaking(name: str) -> bool:
    """Does a quoted name end in a head of a program (`…패키지`, `…지원사업`, `…바우처`)?"""
    heads = name_rules()
    return name.endswith((*heads.project, *heads.scheme, *heads.quoted_only))


#: Particles Kiwi may read into a place's proper noun (`제주시가 42만명으로`: 제주시 + 가).
_GLUED_PARTICLES = frozenset("가이은는도의")


def _unknown_compound(w: Word) -> bool:
    """A long proper noun that is no place: a compound Kiwi does not know (`직업상담사`,
    `직업훈련`), not a place with its particle read into it (`제주시가`)."""
    stem = w.stem
    glued = len(stem) > 2 and stem[-1] in _GLUED_PARTICLES and stem[-2] in PLACE_SUFFIXES
    joined = any(c in MIDDLE_DOTS for c in stem)  # `일본·대만·호주`: places joined, each short
    return not short(w) and not glued and not joined


def _body_named(w: Word) -> bool:
    """A long proper noun ending in a word of bodies (`예방진화대`, `농업기술센터`): a body or
    its kind, which Kiwi reads as a name; what a count right after it counts."""
    return not short(w) and w.stem.endswith(rules().actors)


def _amount_of_object(p: Place) -> bool:
    """A count with nothing glued after it but 씩 (`1명씩`), followed by the verb or an adverb,
    not a noun; a verbal noun that makes the verb with the next word is the verb's
    (`1명씩 추가 배치`)."""
    each = [f for f, _ in p.tail] in (["씩"], ["만"])  # `1명씩`, `한 명만 낳겠다`
    if any(t.startswith("J") for _, t in p.tail) and not each:
        return False
    k = p.last + 1
    if k < len(p.words) and p.words[k].stem in rules().skip_after and not p.words[k].particles:
        k += 1  # `회원을 100명 이상 모았다`
    if (
        each
        and k + 1 < len(p.words)
        and p.words[k].bare_noun
        and p.words[k].stem in rules().actions
    ):
        k += 1  # `인력을 1명씩 추가 배치한다`
    nxt = p.words[k] if k < len(p.words) else None
    return (
        nxt is not None
        and not nxt.bare_noun
        and not nxt.has_number
        and nxt.text[:1].isalpha()
        and nxt.stem not in rules().measures
    )


def _one_of_examples(p: Place, k: int) -> bool:
    """`터미널과 공항 등 25곳`: the last of examples joined before 등 (word k) is one of them,
    not what the count counts."""
    if not p.words[k].bare_noun or not any(p.words[j].stem == "등" for j in range(k + 1, p.first)):
        return False
    return joined_before(p.words, k - len(phrase_ending_at(p.words, k)))


def _people_of_quoted_program(words: list[Word], o: int, phrase: list[Word]) -> str | None:
    """`‘섬 한달살기’ 프로그램 참가자 60명` → 섬 한달살기 참가자: people of a program named in
    quotes right before a generic head (the phrase, starting at word o) are named by the quote."""
    if len(phrase) != 2 or phrase[0].stem not in rules().program_heads or o < 1:
        return None
    if words[o - 1].text not in CLOSING_QUOTES or not names_people_or_body(phrase[1].stem):
        return None
    name = quoted_text(words, o - 1)
    return f"{name} {phrase[1].stem}" if name else None
