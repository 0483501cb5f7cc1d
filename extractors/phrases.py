"""The words around a figure that the metric and the subject rules share (extractors/metric.py,
extractors/subject.py): where the figure stands among its sentence's words (`Place`, `place_of`),
the noun phrase that ends or starts at a word (`phrase_ending_at`, `phrase_starting_at`) and the
name it gives (`phrase_of`), the words skipped between a name and its figure, and the words of both
rule sets, read from `context_rules.toml` (`rules`).

Function words (`등`, `대비`, `규모`, `지금`, `올해`, `첨부` …), ages and counters written apart
(`15~29 세`), marks before a name (`-고용률`), lone Latin letters that mark list items and
questions (`A.`, `Q.`, `B`: `list_letter`) and units divided by (`학급당`) are never returned; a
phrase is cut to its last three words and leading place names (`경기도 기초연금 수급자` →
기초연금 수급자); names joined by middle dots are places still (`부산·강원`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Doc, Span

from extractors.docs import token_tags, token_texts
from extractors.rules_data import read_rules
from extractors.words import ARROWS, MIDDLE_DOTS, RANGE_MARKS, Word, morphs, word_index, words_of

MAX_WORDS = 3  # a subject is the shortest phrase that names the thing, not a clause
TOPIC = ("JX", "JKS")  # 은/는/도, 이/가
PLACE_SUFFIXES = frozenset("시군구도읍면동리")
#: Connective endings that close a clause (`늘었고`, `늘었지만`), also of time or cause (`투자가
#: 잇따르자 …`); not `-아/어` (`더해 200여명에`), which joins verbs inside one.
_CLAUSE_ENDINGS = frozenset(
    {"고", "며", "으며", "지만", "나", "으나", "는데", "은데", "ㄴ데", "면서", "자", "자마자"}
)
_DATES = frozenset({"년", "년도", "월", "일", "시", "분"})
_MARKS = " -–—―‐−~·ㆍ・*•"


def change_head(w: Word) -> str:
    """The first morpheme of a word, with a prefix joined to the noun after it (`역성장했다` →
    역성장: 역/XPN + 성장), which is how the change words of the rules file are written."""
    if not w.parts:
        return ""
    if len(w.parts) > 1 and w.parts[0][1].startswith("XPN"):
        return w.parts[0][0] + w.parts[1][0]
    parts = w.base_parts
    if (
        len(parts) > 2
        and parts[0][1] == "VA"
        and parts[1] in (("어", "EC"), ("아", "EC"))
        and parts[2] == ("지", "VX")
    ):
        r = rules()
        became = parts[0][0] + "아지"  # `낮아졌다` read as 낮 + 어 + 지: becoming lower, 낮아지
        if became.startswith(r.increase + r.decrease):
            return became
    return w.parts[0][0]


def says_change(w: Word) -> bool:
    r = rules()
    head = change_head(w)
    if head in ITEM_MARKS and opens_item(w):
        return False  # `(42.1%) ▲긴 대기시간`: a mark glued to a word opens the next item
    return bool(head) and (
        head in r.derived or head in r.actions_rate or head.startswith(r.increase + r.decrease)
    )


def opens_item(w: Word) -> bool:
    """A list mark glued to the word after it (`▲긴 대기시간`, `▼4.1%`): it opens that item,
    so it is never the sign of a change of the figure before it (`12.3% ▲`)."""
    return len(w.text.strip()) > 1


@dataclass(frozen=True)
class _Rules:
    metric_suffixes: tuple[str, ...]
    met_goal: str
    metric_words: frozenset[str]
    derived: dict[str, str]
    increase: tuple[str, ...]
    decrease: tuple[str, ...]
    signed: str
    increase_rate: str
    decrease_rate: str
    of_owner: dict[str, str]
    share_verbs: frozenset[str]
    superlatives: frozenset[str]
    compared: dict[str, str]
    share: str
    wholes: frozenset[str]
    changes: frozenset[str]
    excepting: frozenset[str]
    prices: tuple[str, ...]
    set_levels: tuple[str, ...]
    spans: frozenset[str]
    point_rates: tuple[str, ...]
    change_tails: frozenset[str]
    compare_verbs: tuple[str, ...]
    now: frozenset[str]
    periods: frozenset[str]
    bounds: frozenset[str]
    order: frozenset[str]
    gaps: frozenset[str]
    reckoned: tuple[str, ...]
    adverbial_verbs: frozenset[str]
    respectively: frozenset[str]
    charges: tuple[str, ...]
    also: frozenset[str]
    levels: frozenset[str]
    rank_ends: frozenset[str]
    base_words: frozenset[str]
    decrease_price: str
    stop: frozenset[str]
    measures: frozenset[str]
    actions: frozenset[str]
    partitive: frozenset[str]
    sexes: frozenset[str]
    lone: frozenset[str]
    places: frozenset[str]
    self_naming: frozenset[str]
    self_naming_nouns: dict[str, str]
    school_levels: frozenset[str]
    skip_before: frozenset[str]
    skip_after: frozenset[str]
    group_verbs: frozenset[str]
    give_verbs: frozenset[str]
    done_to_people: frozenset[str]
    bases: frozenset[str]
    generic_counters: frozenset[str]
    designations: frozenset[str]
    ranks: frozenset[str]
    continuations: frozenset[str]
    actions_rate: dict[str, str]
    money_nouns: tuple[str, ...]
    amounts: tuple[str, ...]
    currencies: tuple[str, ...]
    surveys: tuple[str, ...]
    program_heads: frozenset[str]
    suffix_nouns: tuple[str, ...]
    funding_sources: frozenset[str]
    annual: str
    loans: tuple[str, ...]
    populations: tuple[str, ...]
    made_of: dict[str, str]
    statistics: frozenset[str]
    indexes: tuple[str, ...]
    trends: dict[str, str]
    qualified_heads: frozenset[str]
    qualities: frozenset[str]
    household_counters: frozenset[str]
    counter_names: dict[str, str]
    home_counters: frozenset[str]
    actors: tuple[str, ...]
    passing: frozenset[str]
    people_heads: tuple[str, ...]
    visit_verbs: dict[str, str]
    people_verbs: dict[str, str]
    grades: frozenset[str]
    incomes: tuple[str, ...]
    comparisons: frozenset[str]
    group_endings: tuple[str, ...]
    residents: tuple[str, ...]
    place_counters: frozenset[str]
    table_titles: frozenset[str]
    categories: frozenset[str]
    generic_bodies: frozenset[str]
    time_breakdowns: frozenset[str]
    not_people: tuple[str, ...]
    not_people_except: tuple[str, ...]
    bodies_of_people: tuple[str, ...]
    totals: frozenset[str]
    times: frozenset[str]
    year_words: frozenset[str]
    light_verbs: frozenset[str]
    per_period: frozenset[str]
    place_words: frozenset[str]
    looking: tuple[list[str], ...]
    money_endings: tuple[str, ...]
    group_bounds: frozenset[str]
    case_words: frozenset[str]
    compared_after: frozenset[str]
    compare_nouns: frozenset[str]
    reaching: frozenset[str]
    passed_bounds: frozenset[str]
    approximately: frozenset[str]


@lru_cache(maxsize=1)
def rules() -> _Rules:
    data = read_rules("context_rules.toml")
    m, s = data["metric"], data["subject"]
    return _Rules(
        metric_suffixes=tuple(m["suffixes"]),
        metric_words=frozenset(m["words"]),
        derived=dict(m["derived"]),
        increase=tuple(m["increase"]),
        decrease=tuple(m["decrease"]),
        signed=m["signed"],
        increase_rate="증가율",
        decrease_rate="감소율",
        of_owner=dict(m["of_owner"]),
        met_goal=m["met_goal"],
        share_verbs=frozenset(m["share_verbs"]),
        superlatives=frozenset(m["superlatives"]),
        compared=dict(m["compared"]),
        share=m["share"],
        wholes=frozenset(m["wholes"]),
        changes=frozenset(m["changes"]),
        excepting=frozenset(m["excepting"]),
        prices=tuple(m["prices"]),
        set_levels=tuple(m["set_levels"]),
        spans=frozenset(m["spans"]),
        point_rates=tuple(m["point_rates"]),
        change_tails=frozenset(m["change_tails"]),
        compare_verbs=tuple(m["compare_verbs"]),
        now=frozenset(m["now"]),
        periods=frozenset(m["periods"]),
        bounds=frozenset(m["bounds"]),
        order=frozenset(m["order"]),
        gaps=frozenset(m["gaps"]),
        reckoned=tuple(m["reckoned"]),
        adverbial_verbs=frozenset(m["adverbial_verbs"]),
        respectively=frozenset(m["respectively"]),
        charges=tuple(m["charges"]),
        also=frozenset(m["also"]),
        levels=frozenset(m["levels"]),
        rank_ends=frozenset(m["rank_ends"]),
        base_words=frozenset(m["base_words"]),
        decrease_price="하락률",
        stop=frozenset(s["stop"]),
        measures=frozenset(s["measures"]),
        actions=frozenset(s["actions"]),
        partitive=frozenset(s["partitive"]),
        sexes=frozenset(s["sexes"]),
        lone=frozenset(s["lone"]),
        places=frozenset(s["places"]),
        self_naming=frozenset(s["self_naming"]),
        self_naming_nouns=dict(s["self_naming_nouns"]),
        school_levels=frozenset(s["school_levels"]),
        skip_before=frozenset(s["skip_before"]),
        skip_after=frozenset(s["skip_after"]),
        group_verbs=frozenset(s["group_verbs"]),
        give_verbs=frozenset(s["give_verbs"]),
        done_to_people=frozenset(s["done_to_people"]),
        bases=frozenset(s["bases"]),
        generic_counters=frozenset(s["generic_counters"]),
        designations=frozenset(s["designations"]),
        ranks=frozenset(m["ranks"]),
        continuations=frozenset(m["continuations"]),
        actions_rate=dict(m["actions"]),
        money_nouns=tuple(m["money_nouns"]),
        amounts=tuple(m["amounts"]),
        currencies=tuple(m["currencies"]),
        surveys=tuple(m["surveys"]),
        program_heads=frozenset(s["program_heads"]),
        suffix_nouns=tuple(s["suffix_nouns"]),
        funding_sources=frozenset(m["funding_sources"]),
        annual=m["annual"],
        loans=tuple(m["loans"]),
        populations=tuple(m["populations"]),
        made_of={
            k: v
            for k, v in (dict(m["derived"]) | dict(m["actions"])).items()
            if len(k) >= 2 and k.isalpha()
        },
        statistics=frozenset(m["statistics"]),
        indexes=tuple(m["indexes"]),
        trends=dict(m["trends"]),
        qualified_heads=frozenset(s["qualified_heads"]),
        qualities=frozenset(s["qualities"]),
        household_counters=frozenset(s["household_counters"]),
        counter_names=dict(s["counter_names"]),
        home_counters=frozenset(s["home_counters"]),
        actors=tuple(s["actors"]),
        passing=frozenset(s["passing"]),
        people_heads=tuple(s["people_heads"]),
        visit_verbs=dict(s["visit_verbs"]),
        people_verbs=dict(s["people_verbs"]),
        grades=frozenset(s["grades"]),
        incomes=tuple(m["incomes"]),
        comparisons=frozenset(m["comparisons"]),
        group_endings=tuple(s["group_endings"]),
        residents=tuple(s["residents"]),
        place_counters=frozenset(s["place_counters"]),
        table_titles=frozenset(s["table_titles"]),
        categories=frozenset(s["categories"]),
        generic_bodies=frozenset(s["generic_bodies"]),
        time_breakdowns=frozenset(s["time_breakdowns"]),
        not_people=tuple(s["not_people"]),
        not_people_except=tuple(s["not_people_except"]),
        bodies_of_people=tuple(s["bodies_of_people"]),
        totals=frozenset(s["totals"]),
        times=frozenset(s["times"]),
        year_words=frozenset(s["year_words"]),
        light_verbs=frozenset(s["light_verbs"]),
        per_period=frozenset(s["per_period"]),
        place_words=frozenset(s["place_words"]),
        looking=tuple(list(forms) for forms in s["looking"]),
        money_endings=tuple(s["money_endings"]),
        group_bounds=frozenset(s["group_bounds"]),
        case_words=frozenset(s["case_words"]),
        compared_after=frozenset(s["compared_after"]),
        compare_nouns=frozenset(s["compare_nouns"]),
        reaching=frozenset(s["reaching"]),
        passed_bounds=frozenset(s["passed_bounds"]),
        approximately=frozenset(s["approximately"]),
    )


@dataclass(frozen=True)
class Place:
    """Where a figure stands among its sentence's words."""

    words: list[Word]
    first: int  # index of the word where the number starts
    last: int  # index of the word where the unit ends
    tail: list[tuple[str, str]]  # morphemes glued after the unit (particles, copula …)
    counter: str = ""  # the unit as written, without the number (`개`, `명`, `개소`)


def place_of(doc: Doc, start: int, end: int, sent: Span) -> Place:
    words = words_of(doc, sent)
    first, last = word_index(words, start), word_index(words, end - 1)
    w = words[last]
    tail = [m for t in doc[end : w.end] for m in morphs(t)]
    if not tail and last + 1 < len(words) and particle_only(words[last + 1]):
        last += 1  # `22.7% 로`: a particle written apart is still the figure's
        tail = list(words[last].parts)
    texts, tags = token_texts(doc), token_tags(doc)
    counter = "".join(
        texts[i] for i in range(start, end) if tags[i] not in ("SN", "NR", "SP", "MM")
    )
    return Place(words, first, last, tail, counter)


# ---------------------------------------------------------------------------------------------
# noun phrases


def is_rate(stem: str) -> bool:
    r = rules()
    return bool(stem) and (
        stem.endswith(r.metric_suffixes) or stem in r.metric_words or stem in r.spans
    )


def rate_as_topic(w: Word) -> bool:
    """A rate as subject or topic, with 이/가 or 은/는 (`금리가`, `비율이`, `비중은`)."""
    return bool(w.particles) and set(w.particles) <= set(TOPIC) and is_rate(w.stem)


def usable(word: Word) -> bool:
    if grade(word):
        return True
    return (
        bool(word.stem)
        and not word.has_number
        and word.stem not in rules().stop
        and not _per_unit(word)
        and not _per_kind(word)
        and not _ordinal_of_time(word)
        and not list_letter(word)
    )


def grade(word: Word) -> bool:
    """A school year written with its number (`1학년`, `3학년은`), or a child by its order of
    birth (`첫째아는`, read as 첫째/NR + 아): a group, a name like any noun, not a count."""
    parts = [(f, t) for f, t in word.parts if not t.startswith("J")]
    if len(parts) == 1 and parts[0][1].startswith("NN") and _BIRTH_ORDER.fullmatch(parts[0][0]):
        return True  # `둘째아는`, which Kiwi may also read as one proper noun
    if len(parts) != 2 or not parts[1][1].startswith("NN"):
        return False
    if parts[0][1] == "NR" and parts[0][0].endswith("째") and parts[1][1] == "NNG":
        return True
    return parts[0][1] == "SN" and parts[1][0] in rules().grades


#: A child by its order of birth written as one noun (`둘째아`, `셋째아`).
_BIRTH_ORDER = re.compile(r"[가-힣]{1,2}째아")


def _bare_grade(w: Word) -> bool:
    """A grade with nothing glued after it (`초등 1학년 학생`)."""
    return grade(w) and not w.particles


def _name_text(w: Word) -> str:
    """How a word stands in a name: its stem; a kind of household, a grade and a state as
    written (`1인 가구`, `1학년`, `쉬었음`)."""
    if _per_person(w):
        return w.text
    if grade(w):
        return "".join(f for f, t in w.parts if not t.startswith("J"))
    if _term_of_state(w):
        return w.text  # `쉬었음 인구`: the state as written
    return w.stem


_LIST_LETTER = re.compile(r"[A-Za-zＡ-Ｚａ-ｚ][.)]?")


def list_letter(word: Word) -> bool:
    """A lone Latin letter, with or without a period (`A.`, `Q.`, `B`): the mark of a list item
    or of a question and its answer, never a name (`A. 2만9000개다.`)."""
    return bool(_LIST_LETTER.fullmatch(word.stem or word.text))


def _per_unit(word: Word) -> bool:
    """`학교당`, `점포당`: the unit a figure is divided by, never what it counts."""
    parts = word.stem_parts
    return len(parts) >= 2 and parts[-1] == ("당", "XSN")


def _ordinal_of_time(word: Word) -> bool:
    """`두 달째`, `3년째`: how long or in which turn, never a name."""
    parts = word.stem_parts
    return bool(parts) and parts[-1] == ("째", "XSN")


def _per_kind(word: Word) -> bool:
    """`국가별`, `시도별`: what a figure is broken down by, never what it counts or measures."""
    parts = word.stem_parts
    return len(parts) >= 2 and parts[-1] == ("별", "XSN")


def phrase_of(words: list[Word]) -> str | None:
    """Words → the phrase they name: stems joined by spaces, leading place names and function
    words dropped, at most the last three words."""
    words = words[-MAX_WORDS:]
    while len(words) > 1 and (is_proper(words[0]) or words[0].stem in rules().stop):
        words = words[1:]
    # a name never begins or ends with a mark (`-고용률` of a subtitle line `-고용률 67% -`)
    text = " ".join(_name_text(w) for w in words).strip(_MARKS)
    if not text or text in rules().stop or text in rules().lone:
        return None
    return text


def is_proper(word: Word) -> bool:
    """A word made of proper nouns (a place or an organisation: 경기도, 한전, 한빛시)."""
    # `부산·강원`: names joined by middle dots are places still
    parts = [
        (f, t) for f, t in word.stem_parts if t.split("-")[0] != "XSN" and f not in MIDDLE_DOTS
    ]
    if not parts or not parts[0][1].startswith("NNP"):
        return False
    if is_rate(word.stem):
        return False  # `합계출산율` read as one proper noun: a rate names no place or body
    if word.stem.endswith(rules().residents):
        return False  # `구민` read as a proper noun: the residents of a place, no place
    if len(parts) == 1 and len(parts[0][0]) > 2 and parts[0][0].endswith("형"):
        # `사회서비스형` read as one proper noun: a type, not a place (천안형 is 천안/NNP 형/XSN)
        return False
    if len(parts) >= 2 and parts[-1][0] == "시가":
        parts = parts[:-1]  # `진주시가` read as 진주 + 시가 (a price): a city and its 가
    return all(t.startswith("NNP") or f in PLACE_SUFFIXES for f, t in parts[1:])


def phrase_ending_at(words: list[Word], k: int) -> list[Word]:
    """The bare nouns that end with word k (which may carry particles), walking back."""
    # a rate is never what a count before it counts (`15~29세 고용률은`)
    if (after_count(words, k) or counter_apart(words, k)) and not is_rate(words[k].stem):
        return []
    if not usable(words[k]) and not _kind_of_place(words, k) and not _qualified_head(words, k):
        return []
    out = [words[k]]
    j = k - 1
    while j >= 0:
        o = _age_gloss_before(words, j)
        if o is not None:
            j = o - 1  # `청년층(15~29세) 고용률은`: the ages gloss the group, inside its name
            continue
        if not (
            (_bare_grade(words[j]) or words[j].bare_noun or _term_of_state(words[j]))
            and words[j].stem not in rules().stop
        ):
            break
        if after_count(words, j) or counter_apart(words, j) or _per_unit(words[j]):
            break  # `학급당 학생 수`: the unit divided by is no part of the name
        if _per_kind(words[j]):
            break  # `연령대별 인원`: what it is broken down by is no part of the name
        if list_letter(words[j]):
            break  # `B 고용률은?`: the mark of a question
        out.insert(0, words[j])
        j -= 1
    if j >= 0 and _per_person(words[j]) and out[0].stem in rules().household_counters:
        out.insert(0, words[j])  # `1인 가구`, `2인 세대`: a kind of household, not a count
    return out


_PER_PERSON = re.compile(r"\d+인")
#: Ages glossing a group (`(15~29세)`, `(65세 이상)`).
_AGES = re.compile(r"\d+\s*[~∼-]\s*\d+\s*세|\d+\s*세\s*(이상|이하|미만)?")


def _age_gloss_before(words: list[Word], j: int) -> int | None:
    """The index of the opening parenthesis when word j closes a parenthesis of ages right after
    a bare noun (`청년(19~39세) 인구`), else None."""
    if j < 2 or words[j].text not in (")", "）"):
        return None
    o = next((i for i in range(j - 1, max(j - 6, -1), -1) if words[i].text in ("(", "（")), None)
    if o is None or o < 1 or not words[o - 1].bare_noun or words[o - 1].stem in rules().stop:
        return None
    inner = "".join(w.text for w in words[o + 1 : j])
    return o if _AGES.fullmatch(inner) else None


def _term_of_state(w: Word) -> bool:
    """A verb made a noun in the past with 음 and written alone before a noun (`쉬었음 인구`,
    `쉬었음 청년`; Kiwi reads its 음 as an ending, EF or ETN): the name of a state in a
    statistic, part of the name it stands in."""
    parts = w.base_parts
    return (
        len(parts) >= 3
        and parts[0][1] in ("VV", "VA")
        and parts[-2][1] == "EP"
        and parts[-1][0] in ("음", "ᆷ")
        and parts[-1][1] in ("ETN", "EF")
    )


def _per_person(w: Word) -> bool:
    """A number of people naming a kind (`1인` of `1인 가구`), written alone."""
    return bool(_PER_PERSON.fullmatch(w.text))


def _kind_of_place(words: list[Word], k: int) -> bool:
    """`우수 시군`: a kind of place, named only with the noun that qualifies it."""
    return (
        words[k].stem in rules().places
        and k > 0
        and words[k - 1].bare_noun
        and usable(words[k - 1])
        and not is_proper(words[k - 1])
    )


def _qualified_head(words: list[Word], k: int) -> bool:
    """`지원 대상`, `컨설팅 대상`: a word that names nothing alone but a group with the noun
    that qualifies it."""
    return (
        words[k].stem in rules().qualified_heads
        and not words[k].has_number
        and k > 0
        and words[k - 1].bare_noun
        and usable(words[k - 1])
        and not is_proper(words[k - 1])
    )


def counter_apart(words: list[Word], k: int) -> bool:
    """`15~29 세`, `3 개`: a counter written apart from its number, never part of a name."""
    parts = words[k].parts
    if len(parts) > 1 and parts[-1][0] in ("씩", "당"):
        parts = parts[:-1]  # `20만 원씩`, `1천 명당`
    while len(parts) > 1 and parts[-1][1].startswith("J"):
        parts = parts[:-1]  # `6조 1,153억 원을`: the counter with its particle
    return (
        k > 0
        and words[k - 1].has_number
        and not words[k - 1].particles
        and all(t.startswith("NNB") for _, t in parts)
    )


#: Bound nouns of an ordinal after a number (`2차 모집`, `민선 8기`): which one, not how many.
_ORDINALS = frozenset({"차", "기"})


def after_count(words: list[Word], k: int) -> bool:
    """`16개 읍면 187개소`: a noun right after another count belongs to that count (a number
    and a counter, Kiwi's NNB, with nothing glued after: not `6학년`, `20일까지`)."""
    if k == 0 or words[k].text[:1] in ITEM_MARKS:
        return False  # `35건 ▲배수로 정비 22건`: a mark opens the next item of a list
    w = words[k - 1]
    last_form, last_tag = w.parts[-1]
    r = rules()
    # `30개교 학생 5천 명`: a counter that names what it counts leaves the noun after it to the
    # count that follows
    named = last_form in r.self_naming or last_form in r.counter_names
    next_count = k + 1 < len(words) and words[k + 1].has_number
    return (
        w.has_number
        and not w.stem
        and last_tag.startswith("NNB")
        and last_form not in _DATES
        and last_form != "세"  # an age (`15~64세 경제활동인구`) counts nothing
        and last_form not in _ORDINALS  # `2차 참여자`: which round, no count of them
        and not (named and next_count and words[k].bare_noun)
    )


def phrase_starting_at(words: list[Word], k: int) -> list[Word]:
    """Bare nouns from word k on, up to the first word with a particle (included)."""
    out: list[Word] = []
    j = k
    # `22개였던 도 기금`: a function word may open the phrase, never name it
    while j + 1 < len(words) and words[j].bare_noun and words[j].stem in rules().stop:
        j += 1
    while j < len(words) and len(out) < MAX_WORDS:
        w = words[j]
        if not usable(w):
            break
        out.append(w)
        if not w.bare_noun:
            break
        j += 1
    return out


def index_before(p: Place) -> int:
    """Index of the first word before the number that is not a skipped word, a year or `(`."""
    k = p.first - 1
    if k >= 1 and p.words[k].text in SIGNS and p.words[k - 1].text in ("(", "（"):
        k -= 1  # `제조업(-4만 2천 명`: the sign of a change in the parenthesis
    while k >= 0:
        w = p.words[k]
        if w.text in ("(", "（") or skipped(w) or is_when(w) or w.adverb or _determiner(w):
            k -= 1
            continue
        if _range_of_when(p.words, k):
            k -= 2  # `외국인 관광객 1~9월 168만명`: the range of months between name and count
            continue
        if arrow_pair(p.words, k):
            k -= 2  # `반영 비율 20→30%`: the left side of the pair stands between
            continue
        break
    return k


def arrow_pair(words: list[Word], k: int) -> bool:
    """Is word k the arrow of a before → after pair, after a bare number (`20→30%`)?"""
    return (
        words[k].text in ARROWS
        and k >= 1
        and words[k - 1].has_number
        and not words[k - 1].particles
    )


#: Signs before a number of a change (`(-5만1천명`, `△1.3`).
SIGNS = frozenset({"-", "+", "−", "△", "▲", "▼"})


def _determiner(w: Word) -> bool:
    """`고용률 첫 70%`: a determiner alone between a name and its figure."""
    return bool(w.parts) and all(t == "MM" for _, t in w.parts)


def skipped(w: Word) -> bool:
    skip = rules().skip_before
    return w.stem in skip or w.text in skip


def is_when(w: Word) -> bool:
    """A year, month, quarter or rank word standing between a name and its figure (`2022 년`,
    `2위`, `외국인 관광객 1분기 21만 명`, `1~9월 168만명`)."""
    if w.text in ("년", "년도"):
        return True
    if not w.has_number or w.particles:
        return False
    return w.text.rstrip("년도위").isdigit() or bool(_MONTH_OR_QUARTER.fullmatch(w.text))


#: A month or a quarter with its number (`9월`, `1분기`): when, like a year.
_MONTH_OR_QUARTER = re.compile(r"\d{1,2}(?:월|분기)")


def _range_of_when(words: list[Word], k: int) -> bool:
    """Is word k the mark of a range of times (`1~9월`: `1`, `~`, `9월`)?"""
    return (
        words[k].text in RANGE_MARKS
        and 1 <= k < len(words) - 1
        and words[k - 1].has_number
        and is_when(words[k - 1])
        and is_when(words[k + 1])
    )


#: Particles of a percent a rate goes to or comes from (`비중을 5%에서 25%까지 끌어올렸다`).
GOAL_PARTICLES = frozenset({"로", "으로", "까지", "에서", "부터", "에"})
#: Marks that open an item of a list (`▲농로 포장 35건 ▲배수로 정비 22건`).
ITEM_MARKS = frozenset("▲△▶▷■□◆◇○●◎※•-")
#: The same as the start of a word inside a sentence (`-` there also signs a number).
INLINE_ITEM_MARKS = tuple(sorted(ITEM_MARKS - {"-"}))


def skipped_after(w: Word) -> bool:
    skip = rules().skip_after
    return w.text in skip or (bool(w.stem) and w.stem in skip and not w.tail)


def particle_only(w: Word) -> bool:
    """A particle written apart from the word it follows (`(+4.2%)이`, `22.7% 로`)."""
    return not w.stem and bool(w.parts) and all(t.startswith("J") for _, t in w.parts)


def place_like(w: Word) -> bool:
    """A place name, also when Kiwi splits it (`남구는` read as 남 + 구)."""
    parts = w.stem_parts
    return is_proper(w) or (len(parts) >= 2 and parts[-1][0] in PLACE_SUFFIXES)


def closing(words: list[Word], k: int) -> int:
    """Index of the `)` closing the `(` at k (or the last word)."""
    for j in range(k + 1, len(words)):
        if words[j].text in (")", "）"):
            return j
    return len(words) - 1


def ends_clause(words: list[Word], k: int) -> bool:
    """A verb that closes a clause: a connective or final ending (`이동했고`), or a modifier
    ending before 등 (`이동하는 등`); not one that modifies a noun (`지난 2019년`)."""
    w = words[k]
    form, last = w.parts[-1] if w.parts else ("", "")
    if w.has_number and last.startswith("EC") and form in _CLAUSE_ENDINGS:
        return True  # `0.41㏊이며`: a copula after a figure, which Kiwi may read as 이 + 며
    if not w.predicate:
        return False
    if last.startswith("EF") or (last.startswith("EC") and form in _CLAUSE_ENDINGS):
        return True
    return last.startswith("ETM") and k + 1 < len(words) and words[k + 1].stem == "등"
