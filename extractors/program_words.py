"""The grammar of a program name (extractors/programs.py, steps 1, 2 and 5): which nouns close a
name (its head), how far the noun phrase before a head reaches, and whether the words before the
head say which program (a name) or only which kind (a description). Rules are read from
`program_rules.toml`; everything here looks at one Doc's tokens around one position.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Doc, Span, Token

from extractors.docs import token_spaces, token_tags, token_texts
from extractors.rules_data import read_rules

_RULES_FILE = "program_rules.toml"
SPACE_TAG = "_SP"  # pipeline.nlp.SPACE_TAG: white space other than one plain space
_MAX_PAREN_CHARS = 40
# A stage or round of a program (2단계, 3차, 2기), or the number of one line or section of
# works after the thing built (도시철도 2호선, 국도 77호선, 하수관로 2공구): which one, not a
# leading ordinal.
_STAGE = re.compile(r"\d+(?:단계|차|기|호선|공구)")
# Of those, the numbers of one line or section, which say which road or works a program builds.
_NUMBERED_WORKS = re.compile(r"\d+(?:호선|공구)")
_FINAL_M = 16  # index of the final consonant ㅁ in a precomposed Hangul syllable
# Tags of morphemes that carry no meaning of their own inside a name.
_PUNCT_TAGS = frozenset({"SP", "SO", "SW", "SSO", "SSC", "SE", SPACE_TAG})

Word = list[tuple[str, str]]  # (form, tag) morphemes of one white-space separated word


@dataclass(frozen=True, slots=True)
class NameRules:
    project: tuple[str, ...]
    scheme: tuple[str, ...]
    attached: tuple[str, ...]
    payments: frozenset[str]
    quoted_only: tuple[str, ...]
    proper_only: frozenset[str]
    products: frozenset[str]
    special: frozenset[str]
    lending: frozenset[str]
    lent_from: frozenset[str]
    pay_apart: frozenset[str]
    after_quote: frozenset[str]
    quote_actions: frozenset[str]
    presented: frozenset[str]
    people: frozenset[str]
    courses: frozenset[str]
    bodies: tuple[str, ...]
    changing: frozenset[str]
    manners: frozenset[str]
    presenting_verbs: frozenset[str]
    extending_verbs: frozenset[str]
    undertaking_verbs: frozenset[str]
    giving_verbs: frozenset[str]
    holding_verbs: frozenset[str]
    paying_verbs: frozenset[str]
    given_won: frozenset[str]
    means: frozenset[str]
    currencies: tuple[str, ...]
    currency_endings: tuple[str, ...]
    plans_after: tuple[str, ...]
    course_kinds: frozenset[str]
    currency_discounts: tuple[str, ...]
    deploying_verbs: frozenset[str]
    funding_verbs: frozenset[str]
    sites: frozenset[str]
    loan_costs: frozenset[str]
    methods: frozenset[str]
    not_undertakings: tuple[str, ...]
    days: frozenset[str]
    joined: frozenset[str]
    took_part: frozenset[str]
    applied: frozenset[str]
    served: frozenset[str]
    solid: frozenset[str]
    bullets: str
    line_bullets: frozenset[str]
    list_kinds: frozenset[str]
    fields: frozenset[str]
    item_received: frozenset[str]
    item_not_last: frozenset[str]
    item_spending: frozenset[str]
    item_coined: frozenset[str]
    budget_words: frozenset[str]
    amount_lead: frozenset[str]
    won: frozenset[str]
    received_by: re.Pattern[str]
    how_often_periods: frozenset[str]
    not_heads: tuple[str, ...]
    works_head: str
    works_before: tuple[str, ...]
    org_after: frozenset[str]
    division_after: frozenset[str]
    awards: tuple[str, ...]
    noun_tags: frozenset[str]
    content_tags: frozenset[str]
    joiners: frozenset[str]
    free_choice_pronouns: frozenset[str]
    provinces: frozenset[str]
    free_choice_particles: frozenset[str]
    trim: frozenset[str]
    leading: re.Pattern[str]
    generic: frozenset[str]
    generic_suffixes: frozenset[str]
    pilots: frozenset[str]
    categories: frozenset[str]
    residents: frozenset[str]
    wellbeing: frozenset[str]
    groups: frozenset[str]
    fund_kinds: frozenset[str]
    funding: re.Pattern[str]
    funding_suffixes: tuple[str, ...]
    linkers: frozenset[str]
    org_suffixes: tuple[str, ...]
    org_min_chars: int
    not_org_endings: tuple[str, ...]
    relational: frozenset[str]
    builds: frozenset[str]
    bounds: frozenset[str]
    plural: frozenset[str]
    including: frozenset[str]
    relational_suffixes: frozenset[str]
    referring: frozenset[str]
    rated: frozenset[str]
    speakers: tuple[str, ...]
    quoting: re.Pattern[str]


@lru_cache(maxsize=1)
def name_rules() -> NameRules:
    data = read_rules(_RULES_FILE)
    heads = data["heads"]

    def longest_first(words: list[str]) -> tuple[str, ...]:
        return tuple(sorted(words, key=len, reverse=True))

    return NameRules(
        project=longest_first(heads["project"]),
        scheme=longest_first(heads["scheme"]),
        attached=longest_first(heads["attached"]),
        payments=frozenset(heads["attached_payments"]),
        quoted_only=longest_first(heads["quoted_only"]),
        proper_only=frozenset(heads["proper_only"]),
        products=frozenset(heads["products"]),
        special=frozenset(heads["special"]),
        lending=frozenset(heads["lending"]),
        lent_from=frozenset(heads["lent_from"]),
        pay_apart=frozenset(heads["pay_apart"]),
        after_quote=frozenset(heads["after_quote"]),
        quote_actions=frozenset(heads["quote_actions"]),
        presented=frozenset(data["presented"]["heads"]),
        people=frozenset(data["presented"]["people"]),
        courses=frozenset(data["presented"]["courses"]),
        bodies=longest_first(data["presented"]["bodies"]),
        changing=frozenset(data["presented"]["changing"]),
        presenting_verbs=frozenset(data["presented"]["verbs"]),
        extending_verbs=frozenset(data["presented"]["extending_verbs"]),
        manners=frozenset(data["presented"]["manners"]),
        undertaking_verbs=frozenset(data["presented"]["undertaking_verbs"]),
        giving_verbs=frozenset(data["presented"]["giving_verbs"]),
        holding_verbs=frozenset(data["presented"]["holding_verbs"]),
        paying_verbs=frozenset(data["presented"]["paying_verbs"]),
        given_won=frozenset(data["presented"]["given_won"]),
        means=frozenset(data["presented"]["means"]),
        currencies=tuple(data["presented"]["currencies"]),
        currency_endings=tuple(data["presented"]["currency_endings"]),
        plans_after=tuple(data["presented"]["plans_after"]),
        course_kinds=frozenset(data["presented"]["course_kinds"]),
        currency_discounts=tuple(data["presented"]["currency_discounts"]),
        deploying_verbs=frozenset(data["presented"]["deploying_verbs"]),
        funding_verbs=frozenset(data["presented"]["funding_verbs"]),
        sites=frozenset(data["presented"]["sites"]),
        loan_costs=frozenset(data["heads"]["loan_costs"]),
        methods=frozenset(data["presented"]["methods"]),
        not_undertakings=tuple(data["presented"]["not_undertakings"]),
        days=frozenset(data["presented"]["days"]),
        joined=frozenset(data["presented"]["joined"]),
        took_part=frozenset(data["presented"]["took_part"]),
        applied=frozenset(data["presented"]["applied"]),
        served=frozenset(data["presented"]["served"]),
        solid=frozenset(data["presented"]["solid"]),
        bullets=data["items"]["bullets"],
        line_bullets=frozenset(data["items"]["line_bullets"]),
        list_kinds=frozenset(data["items"]["list_kinds"]),
        fields=frozenset(data["items"]["fields"]),
        item_received=frozenset(data["items"]["received"]),
        item_not_last=frozenset(data["items"]["not_last"]),
        item_spending=frozenset(data["items"]["spending"]),
        item_coined=frozenset(data["items"]["coined"]),
        budget_words=frozenset(data["items"]["budget_words"]),
        amount_lead=frozenset(data["items"]["amount_lead"]),
        won=frozenset(data["items"]["won"]),
        received_by=re.compile(data["items"]["received_by"]),
        how_often_periods=frozenset(data["presented"]["how_often_periods"]),
        not_heads=tuple(heads["not_heads"]),
        works_head=heads["works"]["head"],
        works_before=longest_first(heads["works"]["before"]),
        org_after=frozenset(heads["org_after"]),
        division_after=frozenset(heads["division_after"]),
        awards=tuple(heads["awards"]),
        noun_tags=frozenset(data["noun"]["tags"]),
        content_tags=frozenset(data["noun"]["content_tags"]),
        joiners=frozenset(data["noun"]["joiners"]),
        free_choice_pronouns=frozenset(data["noun"]["free_choice_pronouns"]),
        provinces=frozenset(data["noun"]["provinces"]),
        free_choice_particles=frozenset(data["noun"]["free_choice_particles"]),
        trim=frozenset(data["trim"]["words"]),
        leading=re.compile(data["trim"]["leading"]),
        generic=frozenset(data["generic"]["modifiers"]),
        generic_suffixes=frozenset(data["generic"]["suffixes"]),
        pilots=frozenset(data["generic"]["pilots"]),
        categories=frozenset(data["generic"]["categories"]),
        residents=frozenset(data["generic"]["residents"]),
        wellbeing=frozenset(data["generic"]["wellbeing"]),
        groups=frozenset(data["generic"]["groups"]),
        fund_kinds=frozenset(data["generic"]["fund_kinds"]),
        funding=re.compile(
            "(?:" + "|".join(map(re.escape, longest_first(data["generic"]["funding"]))) + ")+"
        ),
        funding_suffixes=tuple(data["generic"]["funding_suffixes"]),
        linkers=frozenset(data["generic"]["linkers"]),
        org_suffixes=tuple(data["generic"]["org_suffixes"]),
        org_min_chars=int(data["generic"]["org_min_chars"]),
        not_org_endings=tuple(data["generic"]["not_org_endings"]),
        relational=frozenset(data["generic"]["relational"]),
        builds=frozenset(data["generic"]["builds"]),
        bounds=frozenset(data["trim"]["bounds"]),
        plural=frozenset(data["generic"]["plural"]),
        including=frozenset(data["generic"]["including"]),
        relational_suffixes=frozenset(data["generic"]["relational_suffixes"]),
        referring=frozenset(data["generic"]["referring"]),
        rated=frozenset(heads["rated"]),
        speakers=tuple(data["speech"]["speakers"]),
        quoting=re.compile(data["speech"]["quoting"]),
    )


# --- heads ------------------------------------------------------------------------------------

# A noun, possibly merged with a zero-width copula (제도다 → 제도/NNG+VCP).
_NOUN_TAG = re.compile(r"^(?:NNG|NNP|XSN)(?:\+VCP)?$")


@lru_cache(maxsize=1)
def _head_ends() -> frozenset[str]:
    """The last characters of the heads of program_rules.toml."""
    rules = name_rules()
    heads = (*rules.project, *rules.scheme, *rules.attached, *rules.quoted_only, rules.works_head)
    return frozenset(h[-1] for h in heads)


def _head_end_tokens(doc: Doc) -> list[int]:
    """The nouns that may end a head word: their last character ends one of the heads. Which
    head, if any, the word really ends in is decided in `find_heads`, because Kiwi cuts the same
    head in different places (소농직불금, 직불/금, 직/불/금). One pass over the Doc's tags and texts
    (a spaCy Matcher with REGEX predicates cost an eighth of the whole extraction)."""
    ends = _head_ends()
    texts, tags = token_texts(doc), token_tags(doc)
    return [
        i for i, text in enumerate(texts) if text and text[-1] in ends and _NOUN_TAG.match(tags[i])
    ]


@dataclass(frozen=True, slots=True)
class Head:
    first: int  # first token of the head (a head may be split: 직불/금)
    last: int  # token that ends it
    label: str  # PROJECT | SCHEME | WORKS | QUOTED
    prefix: str  # text of token `first` before the head word (소농 of 소농직불금)
    word: str  # the head word itself (직불금)


def find_heads(doc: Doc) -> dict[int, Head]:
    """Head words by the index of their last token."""
    rules = name_rules()
    heads: dict[int, Head] = {}
    texts, tags = token_texts(doc), token_tags(doc)
    for last in _head_end_tokens(doc):
        if not _ends_word_noun(doc, last):
            continue
        # The nouns of the word, up to this token: the head is a suffix of their text.
        first = last
        while first > 0 and _glued(doc, first - 1):
            if not (
                _NOUN_TAG.match(tags[first - 1])
                or _is_m_noun(doc[first - 1])
                or syllable_in_compound(doc[first - 1])
            ):
                break  # a -ㅁ noun is a noun of the word: 배움/VV+ETN 카드
            first -= 1
        word = "".join(texts[first : last + 1])
        if word.endswith(rules.not_heads):
            continue
        head = _head_in(doc, doc[first : last + 1], word)
        if head is not None:
            heads[last] = head
    return heads


def _head_in(doc: Doc, tokens: Span, word: str) -> Head | None:
    """The head a run of noun tokens ends in: scheme heads first, then project heads, then
    construction works (공사 after a work noun), then heads that only close quoted names, then
    scheme heads that must be their own token after a noun of the same word (생계/급여)."""
    rules = name_rules()
    for label, suffixes in (
        ("SCHEME", rules.scheme),
        ("PROJECT", rules.project),
        ("QUOTED", rules.quoted_only),
        ("ATTACHED", rules.attached),
    ):
        if not word.endswith(suffixes):  # one test for the list, most words end in none
            continue
        suffix = next(x for x in suffixes if word.endswith(x))  # the first listed, as written
        if label == "QUOTED" and suffix == rules.works_head and _after_work_noun(doc, tokens, word):
            return Head(tokens.end - 1, tokens.end - 1, "WORKS", "", suffix)
        # The token where the suffix starts, and what of it comes before the suffix.
        cut = len(word) - len(suffix)
        texts = token_texts(doc)
        k = tokens.start
        offset = 0
        while offset + len(texts[k]) <= cut:
            offset += len(texts[k])
            k += 1
        prefix = texts[k][: cut - offset]
        if label == "ATTACHED" and (prefix or k == tokens.start):
            return None
        if suffix in rules.proper_only and doc[k].tag_.split("+")[0] != "NNP":
            return None  # 햇살론/NNP is a loan, 책임/NNG 론/XSN and 여론/NNG are not
        return Head(k, tokens.end - 1, label, prefix, suffix)
    return None


def _after_work_noun(doc: Doc, tokens: Span, word: str) -> bool:
    """공사 is construction work right after a work noun (연결공사, 확포장 공사); elsewhere it is
    mostly a public corporation (한국농어촌공사)."""
    rules = name_rules()
    before = word[: len(word) - len(rules.works_head)]
    if not before and tokens.start > 0:  # 확포장 공사: the work noun ends the word before
        before = doc[tokens.start - 1].text
    return before.endswith(rules.works_before)


# --- token predicates -------------------------------------------------------------------------


def is_space(token: Token) -> bool:
    return token.tag_ == SPACE_TAG and "\n" not in token.text


def skip_spaces(doc: Doc, k: int, stop: int | None = None) -> int:
    """The first index from k on (below stop, default the doc's end) that is no space token."""
    stop = len(doc) if stop is None else stop
    while k < stop and is_space(doc[k]):
        k += 1
    return k


def skip_spaces_back(doc: Doc, k: int, floor: int = 0) -> int:
    """The last index from k back (down to floor) that is no space token; floor - 1 if none."""
    while k >= floor and is_space(doc[k]):
        k -= 1
    return k


def in_one_word(left: Token, right: Token) -> bool:
    """Whether two neighbouring tokens are in one word (no white space between them)."""
    return left.i + 1 == right.i and not left.whitespace_ and left.tag_ != SPACE_TAG


def _glued(doc: Doc, i: int) -> bool:
    """`in_one_word(doc[i], doc[i + 1])`, from the Doc's lists (no Token objects made)."""
    return not token_spaces(doc)[i] and token_tags(doc)[i] != SPACE_TAG


def is_noun(token: Token) -> bool:
    return (
        token.tag_ in name_rules().noun_tags
        or _is_m_noun(token)
        or _is_person_in(token)
        or syllable_in_compound(token)
    )


# Tags Kiwi gives a syllable of a compound noun that it cuts apart (청년/NNG 도/JX 약/NNG 계좌,
# 기후/NNG 동/MM 행/NNG 카드): a particle or a determiner, which never stand between two nouns of
# one word.
_MISREAD_INSIDE = frozenset({"JX", "JKS", "JKO", "JKB", "JC", "MM"})


def syllable_in_compound(token: Token) -> bool:
    """A one-syllable particle or determiner glued to a noun on both sides inside one word: a
    particle ends its word and a determiner starts one, so the syllable is a part of the compound
    that Kiwi misread (청년도약계좌, 기후동행카드)."""
    doc, i = token.doc, token.i
    if token.tag_ not in _MISREAD_INSIDE or len(token.text) != 1 or i == 0 or i + 1 >= len(doc):
        return False
    before, after = doc[i - 1], doc[i + 1]
    return (
        in_one_word(before, token)
        and in_one_word(token, after)
        and before.tag_ in {"NNG", "NNP"}
        and after.tag_ in {"NNG", "NNP"}
    )


def _is_person_in(token: Token) -> bool:
    """인 of 농업인, 어업인, 귀농인, which Kiwi reads as the copula (농업/NNG 인/VCP+ETM) or as
    the subject particle (어업/NNG 인/JKS+Z_CODA): with the noun before it, it makes a word for the
    people a program serves (`[generic] groups`)."""
    tags = token.tag_.split("+")
    if token.text != "인" or not ({"VCP", "JKS"} & set(tags)) or token.i == 0:
        return False  # 농업/NNG 인/VCP+ETM, 어업/NNG 인/JKS+Z_CODA
    before = token.doc[token.i - 1]
    return in_one_word(before, token) and before.text + "인" in name_rules().groups


def _verb_form(token: Token, ending: str) -> bool:
    """A verb or adjective merged with one ending (채움 = 채우/VV+ㅁ/ETN, 노란 = 노랗/VA-I+ETM)."""
    parts = token.tag_.split("+")
    return len(parts) == 2 and parts[0].split("-")[0] in {"VV", "VA"} and parts[1] == ending


def _is_m_noun(token: Token) -> bool:
    """A noun derived from a verb with -ㅁ/-음 (나눔, 채움, 키움, 어울림): a noun like any other
    inside a name (희망나눔 캠페인, 일자리 채움 취업지원금), which Kiwi tags as verb + ending.
    Its last syllable closes in ㅁ, which sets it apart from the -기 noun and from endings. An
    adjective's suffix -답다 so nominalised after the noun it is glued to (광주다움, 청년다움:
    광주/NNP 다움/XSA-I+ETN) makes a noun of that noun's character, part of a name as well."""
    text = token.text
    return (
        (_verb_form(token, "ETN") or _suffix_noun(token))
        and bool(text)
        and "가" <= text[-1] <= "힣"
        and (ord(text[-1]) - ord("가")) % 28 == _FINAL_M
    )


def _suffix_noun(token: Token) -> bool:
    """An adjective's suffix with -ㅁ glued to a noun (다움 = 답/XSA-I + 음/ETN of 광주다움)."""
    parts = token.tag_.split("+")
    return (
        len(parts) == 2
        and parts[0].split("-")[0] == "XSA"
        and parts[1] == "ETN"
        and token.i > 0
        and in_one_word(token.doc[token.i - 1], token)
        and token.doc[token.i - 1].tag_ in {"NNG", "NNP"}
    )


def _adjective_in_compound(doc: Doc, k: int, floor: int) -> int | None:
    """The first token of an adjective or verb that opens a compound noun with no space before
    the noun (노란우산, 작은도서관, 푸른숲): token k is its ending -ㄴ/-은/-는 (alone or merged
    with the stem), attached to the noun after it. None when token k is no such ending."""
    if k + 1 >= len(doc) or not _glued(doc, k) or not is_noun(doc[k + 1]):
        return None
    t = doc[k]
    if _verb_form(t, "ETM"):
        first = k
    elif t.tag_ == "ETM" and k > floor and in_one_word(doc[k - 1], t):
        first = k - 1
        if doc[first].tag_.split("-")[0] not in {"VV", "VA"}:
            return None
    else:
        return None
    start = word_start(doc, first, floor)
    # a mark glued before it (▲노란우산공제, …노란우산공제 in a headline) ends the word before
    if start < first and not _is_mark(doc[first - 1]):
        return None
    return first


def in_adjective_compound(doc: Doc, k: int, floor: int) -> bool:
    """Token k is the stem or the ending of an adjective that opens a compound noun with no
    space before the noun (작/VA 은/ETM 학교 of 작은학교)."""
    return _adjective_in_compound(doc, k, floor) is not None or (
        k + 1 < len(doc) and _adjective_in_compound(doc, k + 1, floor) == k
    )


def _is_mark(token: Token) -> bool:
    """A punctuation mark or bullet (Kiwi S* tags other than numbers, Latin and Chinese letters)."""
    return token.tag_.startswith("S") and token.tag_ not in {"SN", "SL", "SH"}


def _ends_word_noun(doc: Doc, i: int) -> bool:
    """True when token i ends the noun part of its word (사업을, 사업 추진), not when the word goes
    on with another noun (사업비, 사업단, 사업계획서)."""
    if i + 1 >= len(doc) or not _glued(doc, i):
        return True
    nxt = doc[i + 1]
    if nxt.tag_ == "XSN" and nxt.lemma_ == "들":  # 사업들 is still 사업
        return True
    if is_version_number(doc, i + 1):
        return True  # 햇살론15: the program's version, after its head
    return not (is_noun(nxt) or nxt.tag_ == "NNB")


def is_version_number(doc: Doc, k: int) -> bool:
    """Token k is a number of digits glued to the noun before it that ends its word (햇살론15,
    before a particle, a quote or a space): the version of a named program, not a counter's
    number (국도15호선) nor a word led by a number."""
    if doc[k].tag_ != "SN" or not doc[k].text.isdigit() or k == 0 or not _glued(doc, k - 1):
        return False
    if not _NOUN_TAG.match(token_tags(doc)[k - 1]):
        return False
    return k + 1 >= len(doc) or not _glued(doc, k) or not is_noun(doc[k + 1])


def word_start(doc: Doc, i: int, floor: int) -> int:
    while i > floor and _glued(doc, i - 1):
        i -= 1
    return i


def word_end(doc: Doc, i: int) -> int:
    """Index after the last token of token i's word."""
    n = len(doc)
    while i + 1 < n and _glued(doc, i):
        i += 1
    return i + 1


# --- the noun phrase before a head ------------------------------------------------------------


def phrase_start(doc: Doc, head: int, floor: int) -> int:
    """Index of the first token of the maximal noun phrase that ends with token `head`."""
    rules = name_rules()
    start = head
    k = head - 1
    while k >= floor:
        t = doc[k]
        if is_space(t):  # a no-break space between two words of the name
            if k - 1 >= floor and is_noun(doc[k - 1]):
                k -= 1
                continue
            break
        attached = in_one_word(t, doc[start])
        if _is_copula(doc, k):
            break
        if is_noun(t):
            if t.tag_ == "SN" and word_start(doc, k, floor) == k:
                # A word led by a number is a year, an amount or a rank, not part of a name
                # (2026 소상공인 …, 1단계 사업, 1조원대 국책사업); 코로나19 and 민생600 go on,
                # and so does a stage after a name's noun (빛그린산단 2단계 조성사업).
                if _is_stage(doc, k, floor):
                    start = k  # 2/SN 단계/NNG
                    k -= 1
                    continue
                if _is_household_size(doc, k, start):
                    start = k  # 1인 가구, 1인 창조기업: a target group, not an amount
                    k -= 1
                    continue
                start = skip_spaces(doc, max(start, word_end(doc, k)), head)
                break
            start = k
        elif t.tag_ == "NNB" and (
            attached or doc[word_start(doc, k, floor)].tag_ in {"NNG", "NNP", "SL"}
        ):
            start = k  # a counter inside a name (만원주택, 국도77호선), not 2026년도 or 3개
        elif t.tag_ == "NNB" and _is_stage(doc, word_start(doc, k, floor), floor):
            start = k = word_start(doc, k, floor)  # 어촌뉴딜 2/SN 차/NNB 사업
        elif t.tag_ == "JKG" and attached and k > floor and in_one_word(doc[k - 1], t):
            start = k  # 의 inside one word joins two nouns of a name: 예술의전당
        elif t.text in rules.joiners and attached and k > floor and in_one_word(doc[k - 1], t):
            if not is_noun(doc[k - 1]) or _ends_in_name_head(doc, k - 1, floor):
                break  # 출산축하금·돌봄 바우처: after a name of its own the dot joins two names
            start = k
        elif t.text == ")":  # a parenthesis attached to the word before: 라이즈(RISE) 사업
            opening = _opening_paren(doc, k, floor)
            if (
                opening is None
                or opening == floor
                or not in_one_word(doc[opening - 1], doc[opening])
            ):
                break
            start = k = opening
        elif t.tag_ in {"MAG", "MM", "NP"} and attached and _starts_word(doc, k, floor):
            # Kiwi reads the first syllable of a compound as an adverb (확/MAG 포장공사) and a
            # compound's first noun as a pronoun (우리/NP 동네 돌봄지킴이)
            start = k
        elif _noun_read_as_adverb(doc, k) and k > floor and is_noun(doc[k - 1]):
            start = k  # 국민/NNG 내일/MAG 배움카드: an adverb between two nouns of one word
        elif (verb := verbal_noun_start(doc, k, floor)) is not None:
            start = k = verb  # 마을공동체 만들기 공모사업: a -기 noun of a verb names an aim
        elif (first := _adjective_in_compound(doc, k, floor)) is not None:
            start = k = first  # 노란우산 희망장려금, 작은도서관 활성화 사업
        elif _joins_two_modifiers(doc, k, start, floor):
            start = k  # 농업 창업 및 주택 구입 지원사업: one program for two aims
        else:
            break
        k -= 1
    return start


def _ends_in_name_head(doc: Doc, i: int, floor: int) -> bool:
    """The word part that ends at token i ends in a project or scheme head (출산축하금, 청년수당,
    … 지원사업), not in one of `not_heads` (사업단)."""
    rules = name_rules()
    k = i
    while k > floor and doc[k - 1].text not in rules.joiners and _glued(doc, k - 1):
        k -= 1  # the part after an earlier joiner only (가·나수당: 나수당)
    text = "".join(t.text for t in doc[k : i + 1])
    return text.endswith((*rules.project, *rules.scheme)) and not text.endswith(rules.not_heads)


def _joins_two_modifiers(doc: Doc, k: int, right: int, floor: int) -> bool:
    """Token k is 및, a word of its own between two nouns of one name: what stands before it is a
    noun that is no name of its own (농업 창업 및 주택 구입 지원사업, 청년 및 신혼부부 주거
    지원사업). After a word ending in a head it joins two names (… 강화 지원 및 청년일자리창출
    사업: two programs), after an organisation or facility a place and a program."""
    if doc[k].text != "및" or k - 1 < floor or right >= len(doc) or not is_noun(doc[right]):
        return False
    if word_end(doc, k) != k + 1 or in_one_word(doc[k - 1], doc[k]):
        return False
    before = doc[k - 1]
    if not is_noun(before) or before.tag_ == "SN":
        return False
    rules = name_rules()
    word = "".join(t.text for t in doc[word_start(doc, k - 1, floor) : k])
    heads = (*rules.project, *rules.scheme, *rules.quoted_only, *rules.attached)
    # a name of its own, or an organisation or facility (…지원센터 및 … 사업)
    return not word.endswith(heads) and not word.endswith(tuple(rules.org_after))


def is_agency(text: str) -> bool:
    """A ministry's or agency's name (해양수산부, 산림청, 기획예산처): three characters or more
    ending in 부, 청 or 처, and not a common noun that ends alike (신혼부부, 온라인신청)."""
    rules = name_rules()
    return (
        len(text) >= rules.org_min_chars
        and text.endswith(rules.org_suffixes)
        and not text.endswith(rules.not_org_endings)
    )


def _is_stage(doc: Doc, k: int, floor: int) -> bool:
    """The word at token k is a stage or round (2단계, 3차, 2기) and a noun of a name stands
    before it: the stage of that program, not a leading ordinal."""
    end = word_end(doc, k)
    text = "".join(t.text for t in doc[k:end])
    return (
        _STAGE.fullmatch(text) is not None
        and k - 1 >= floor
        and not in_one_word(doc[k - 1], doc[k])
        and is_noun(doc[k - 1])
        and doc[k - 1].tag_ != "SN"
    )


def _is_household_size(doc: Doc, k: int, right: int) -> bool:
    """The word at token k is a number of persons (1인, 2인) of its own, and a noun of the name
    follows it: 1인 가구, 1인 창조기업 name a group, as 노인 or 청년 do."""
    end = word_end(doc, k)
    return (
        end == k + 2
        and doc[k + 1].text == "인"
        and doc[k].text.isdigit()
        and len(doc[k].text) == 1
        and right <= end < len(doc)
        and is_noun(doc[end])
    )


def _starts_word(doc: Doc, k: int, floor: int) -> bool:
    """Token k begins its word, or follows only a bullet or bracket (○첫만남)."""
    return word_start(doc, k, floor) == k or doc[k - 1].tag_ in _PUNCT_TAGS


def is_verbal_noun(doc: Doc, k: int, floor: int) -> bool:
    """Token k is the -기 of a whole word verb+기 (만들/VV 기/ETN), the verb possibly with an
    auxiliary (살/VV 아/EC 보/VX 기/ETN: 살아보기) or after nouns of its word (우리동네살리기)
    inside a phrase."""
    return verbal_noun_start(doc, k, floor) is not None


def _verb_tag(token: Token) -> str:
    """The tag without Kiwi's mark of an irregular stem (돕/VV-I → VV, 해/VV+EC stays)."""
    return "+".join(part.split("-")[0] for part in token.tag_.split("+"))


def verbal_noun_start(doc: Doc, k: int, floor: int) -> int | None:
    """The first token of the word whose -기 is token k (see `is_verbal_noun`), or None."""
    if k >= len(doc):
        return None
    t = doc[k]
    if t.tag_ != "ETN" or t.text != "기" or k - 1 <= floor:
        return None
    if word_end(doc, k) != k + 1 and doc[k + 1].tag_ not in _PUNCT_TAGS:
        return None  # 기 ends its word, or its quote (‘… 만들기’에)
    first = k - 1
    if not in_one_word(doc[first], t):
        return None
    # an auxiliary after the verb and its connective ending: 살/VV 아/EC 보/VX, 해/VV+EC 보/VX
    if doc[first].tag_ == "VX" and first - 1 > floor and in_one_word(doc[first - 1], doc[first]):
        first -= 1
        if doc[first].tag_ == "EC" and first - 1 > floor:
            first -= 1
        if _verb_tag(doc[first]) not in {"VV", "VV+EC"}:
            return None
    elif _verb_tag(doc[first]) != "VV":
        return None
    begin = word_start(doc, first, floor)
    while begin < first and doc[begin].tag_ in _PUNCT_TAGS:  # ‣우리동네살리기: a bullet
        begin += 1
    # the verb may close a compound of nouns (우리동네살리기, 골목가꾸기): the word is the noun;
    # its first syllable may be read as an adverb (함께/MAG 하/VV 기, 더/MAG 하/VV 기)
    if all(
        is_noun(t) or (t.i == begin and t.tag_ in {"NP", "MM", "MAG"}) for t in doc[begin:first]
    ):
        return begin
    return None


def _is_copula(doc: Doc, k: int) -> bool:
    """Kiwi sometimes reads the copula 인 after a head as a noun (중점사업인 곡성 … 사업), while
    귀농인 is a word."""
    t = doc[k]
    if t.text != "인" or k == 0 or not in_one_word(doc[k - 1], t):
        return False
    if k + 1 < len(doc) and in_one_word(t, doc[k + 1]):
        return False
    rules = name_rules()
    return doc[k - 1].text.endswith(rules.project + rules.scheme)


def _opening_paren(doc: Doc, close: int, floor: int) -> int | None:
    """The "(" of a short parenthesis of nouns before `close` (라이즈(RISE: 지역혁신중심
    대학지원체계)), not of a clause (지곡때(지금은 곡성올 때))."""
    chars = 0
    for k in range(close - 1, floor - 1, -1):
        t = doc[k]
        chars += len(t.text_with_ws)
        if chars > _MAX_PAREN_CHARS or t.text == ")" or t.tag_ in {"SF", SPACE_TAG}:
            return None
        if t.tag_[:1] in {"J", "E", "V"}:  # particles, endings, verbs
            return None
        if t.text == "(":
            return k
    return None


# --- deciding whether a phrase is a name ------------------------------------------------------


def _noun_read_as_adverb(doc: Doc, k: int) -> bool:
    """Token k is a word of two syllables or more that Kiwi reads as an adverb inside a compound
    noun, glued to a noun after it (내일/MAG 배움카드, 직접/MAG 일자리): a noun of the compound.
    A one-syllable adverb (확/MAG 포장) is a prefix and says less."""
    t = doc[k]
    return (
        t.tag_ == "MAG"
        and len(t.text) >= 2
        and k + 1 < len(doc)
        and in_one_word(t, doc[k + 1])
        and is_noun(doc[k + 1])
    )


def words_of(doc: Doc, start: int, end: int) -> list[Word]:
    """Morphemes of tokens start..end-1 grouped into words."""
    words: list[Word] = []
    for t in doc[start:end]:
        if is_space(t):
            continue
        if _is_m_noun(t) or syllable_in_compound(t):
            morphs = [(t.text, "NNG")]
        elif _adjective_in_compound(doc, t.i, start) == t.i:
            morphs = [(t.text, "XR")]  # 노란 of 노란우산: a content word of the compound
        elif t.i + 1 < end and _adjective_in_compound(doc, t.i + 1, start) == t.i:
            morphs = [(t.lemma_, "XR")]  # 작 of 작/VA 은/ETM 도서관
        elif _noun_read_as_adverb(doc, t.i):
            morphs = [(t.text, "NNG")]  # 내일 of 내일/MAG 배움카드, 직접 of 직접/MAG 일자리
        else:
            morphs = [(t.lemma_ if "+" not in t.tag_ else t.text, t.tag_)]
        if words and t.i > start and in_one_word(doc[t.i - 1], t):
            words[-1].extend(morphs)
        else:
            words.append(morphs)
    return words


def modifier_words(doc: Doc, start: int, head: Head) -> list[Word]:
    """The words of a phrase before its head; the head's own prefix (소농 of 소농직불금) belongs to
    the last of them when the head word began before the head."""
    words = words_of(doc, start, head.first)
    if head.prefix:
        same_word = head.first > start and in_one_word(doc[head.first - 1], doc[head.first])
        if same_word and words:
            words[-1].append((head.prefix, "NNG"))
        else:
            words.append([(head.prefix, "NNG")])
    return words


def is_generic_word(word: Word) -> bool:
    rules = name_rules()
    text = "".join(f for f, tag in word if tag not in _PUNCT_TAGS)
    if not text or text in rules.generic or rules.funding.fullmatch(text):
        return True
    if _outside_parentheses(word) in rules.generic:
        return True  # 사회간접자본(SOC): a generic word with its abbreviation
    if is_agency(text):
        return True  # a ministry or agency (해양수산부 공모사업) says whose, not which
    if _is_place_with_suffix(word):
        return True  # so does a city or province (울산시 창업사업, 대전시 일자리 사업)
    if word[-1][1] == "XSN" and word[-1][0] in rules.generic_suffixes:
        return True  # 관행적, 단계적: a description; 분기별, 지역별: a breakdown; never a name
    content = [f for f, tag in word if tag not in _PUNCT_TAGS and tag not in {"XSN", "XPN"}]
    return all(f in rules.generic for f in content)


def _outside_parentheses(word: Word) -> str:
    """The text of a word's morphemes outside a parenthesis (사회간접자본 of 사회간접자본(SOC))."""
    depth, kept = 0, []
    for f, tag in word:
        if f == "(":
            depth += 1
        elif f == ")":
            depth = max(0, depth - 1)
        elif depth == 0 and tag not in _PUNCT_TAGS:
            kept.append(f)
    return "".join(kept)


def is_specific(words: list[Word], needed: int, kinds: frozenset[str] = frozenset()) -> bool:
    """Whether the words before a head make it a name rather than a description: the last is not
    a linker (체육 관련 사업, 체험형 프로그램) and at least `needed` content morphemes are not
    generic (nor one of `kinds`, the kinds of fund before 자금). A target group with other words
    counts one more (노인 일자리사업: who, and what for)."""
    rules = name_rules()
    morphs = [m for w in words for m in w if m[1] not in _PUNCT_TAGS]
    if not morphs or morphs[-1][0] in rules.linkers:
        return False
    if len(words) >= 2 and rules.funding.fullmatch(_word_form(words[-1])):
        return False  # 수소버스 국비 보조금: who pays says which kind, as 자체 does (자체 사업)
    if kinds:
        words = [[m for m in w if m[0] not in kinds] for w in words]
        words = [w for w in words if w]
    # Words joined by a middle dot are alternatives, not a longer name: 영양·건강 프로그램 says
    # no more than 건강 프로그램, so such a word counts as its most specific part. Phrases joined
    # by 및 likewise: 실증 및 기술개발 사업 says no more than 기술개발 사업.
    found = max(
        sum(max(_content_count(part) for part in _split_joined(w) or [w]) for w in conjunct)
        for conjunct in _conjuncts(words)
    )
    content = [m[0] for m in morphs if m[1] in rules.content_tags and m[0] not in rules.generic]
    if len(content) >= 2 and any(m in rules.groups for m in content):
        found += 1
    return found >= needed


def serves_residents(words: list[Word]) -> bool:
    """The words before a head say only that it serves the residents of a place as a whole with
    their well-being (`[generic] residents`, `wellbeing`: 주민 불편 해소 사업, 군민행복사업), with
    categories and generic words at most: what every program of a city is for, a kind."""
    rules = name_rules()
    content = [
        f
        for w in words
        for f, tag in w
        if tag in rules.content_tags and f not in rules.generic and f not in rules.categories
    ]
    return (
        any(f in rules.residents for f in content)
        and any(f in rules.wellbeing for f in content)
        and all(f in rules.residents or f in rules.wellbeing for f in content)
    )


def _word_form(word: Word) -> str:
    return "".join(f for f, tag in word if tag not in _PUNCT_TAGS)


def _conjuncts(words: list[Word]) -> list[list[Word]]:
    """The phrases that 및 joins (농업 창업 및 주택 구입 → 농업 창업, 주택 구입)."""
    parts: list[list[Word]] = [[]]
    for w in words:
        if [f for f, _tag in w] == ["및"]:
            parts.append([])
        else:
            parts[-1].append(w)
    return [p for p in parts if p] or [[]]


def _content_count(word: Word) -> int:
    """Content morphemes of a word that are not generic."""
    if is_generic_word(word):
        return 0
    rules = name_rules()
    content = [f for f, tag in word if tag in rules.content_tags and f not in rules.generic]
    # A category noun written as a word of its own (공공 일자리 사업) says which kind; inside a
    # compound it is part of a coined name (공공일자리사업, 노인일자리).
    if len(content) == 1 and content[0] in rules.categories:
        return 0
    if [tag for _f, tag in word] == ["SN", "NNG"] and word[1][0] == "인":
        return 0  # 1인 of 1인 가구: the size of a group, which the noun after it names
    if is_place_version(word):
        return 2  # 군산형 일자리 사업: which place's own program, a name like 천안형 공공근로사업
    # A long morpheme is a compound Kiwi kept whole (우렁각시, 고향사랑): two words.
    count = sum(2 if len(form) >= 4 else 1 for form in content)
    # A number inside a word with a noun numbers one road, bridge or site (국도15호선): which one;
    # so does the number of a line or section written apart (국도 77호선, 2공구).
    if content and any(tag == "SN" for _f, tag in word):
        count += 1
    elif _NUMBERED_WORKS.fullmatch(_word_form(word)):
        count = 1
    return count


def needed_count(head: Head, quoted: bool) -> int:
    """Content morphemes a name needs before its head (see program_rules.toml, [heads])."""
    if head.label == "ATTACHED" and head.word in name_rules().payments:
        return 1
    # A head a verb presents (…교육을 실시) is a kind of undertaking like 사업: 청렴교육 is a
    # subject of training, 귀농인 현장교육 one course.
    return 2 if head.label in {"PROJECT", "WORKS", "ATTACHED", "QUOTED"} and not quoted else 1


def kinds_of(head: Head) -> frozenset[str]:
    """Words that do not count before this head: the kinds of fund before 자금 or 급여."""
    rules = name_rules()
    return (
        rules.fund_kinds
        if head.label == "ATTACHED" and head.word in rules.payments
        else frozenset()
    )


def _is_place_with_suffix(word: Word) -> bool:
    """A city, county, district or province written with its suffix (울산시, 경상남도,
    강원특별자치도): one proper noun of three characters or more ending in 시, 군, 구 or 도, not
    in 제도."""
    morphs = [(f, tag) for f, tag in word if tag not in _PUNCT_TAGS]
    if len(morphs) != 1 or morphs[0][1] != "NNP":
        return False
    form = morphs[0][0]
    return len(form) >= 3 and form[-1] in "시군구도" and not form.endswith("제도")


def is_place_version(word: Word) -> bool:
    """A place's own version of a program (군산형, 전남형): a proper noun with the suffix 형. Not
    맞춤형 or 체험형, which say what kind, nor one proper noun Kiwi made of a kind (귀촌형)."""
    morphs = [(f, tag) for f, tag in word if tag not in _PUNCT_TAGS]
    return (
        len(morphs) == 2
        and morphs[0][1] == "NNP"
        and morphs[1][0] == "형"
        and morphs[1][1] in {"XSN", "NNG"}
    )


def _split_joined(word: Word) -> list[Word]:
    """관행적·중복 → 관행적, 중복: the parts of a word joined by a middle dot or the like."""
    joiners = name_rules().joiners
    parts: list[Word] = [[]]
    for m in word:
        if m[0] in joiners:
            parts.append([])
        else:
            parts[-1].append(m)
    return [p for p in parts if p]


def trim_start(doc: Doc, start: int, head: int) -> int:
    """Start after the last adverbial or determiner (올해, 이번, 해당) and after leading bare
    numbers (2026 소상공인 …)."""
    rules = name_rules()
    k = start
    leading = True
    while k < head:
        end = min(word_end(doc, k), head)
        word = doc[k:end]
        text = "".join(t.text for t in word)
        # 2026, 2026년, 1조원대: a number with its counter, as a word of its own; glued to the
        # head's noun it is part of a coined name (천원주택, 만원주택)
        numeric = (
            word[0].tag_ in {"SN", "NR"}
            and all(t.tag_ in {"SN", "NR", "NNB", "SP", "SO", "XSN"} for t in word)
            and word_end(doc, k) <= head
        )
        if text in rules.trim or (
            leading and (numeric or rules.leading.match(text) or text in rules.bounds)
        ):
            start = end
        else:
            leading = False
        k = skip_spaces(doc, end, head)
        if leading:
            start = k
    return start


def followed_by_org(doc: Doc, head: Head) -> bool:
    """국민연금 지사, X사업 추진단: the head word is the first part of an organisation's name;
    … 공시제 부문 최우수상: the name of a division of a contest or an award."""
    rules = name_rules()
    last = _noun_after(doc, head)
    if last is not None and last in rules.division_after:
        return _awarded_after(doc, head)
    return last is not None and last in rules.org_after


_AWARD_REACH = 6  # tokens after the division's word where its award is named


def _awarded_after(doc: Doc, head: Head) -> bool:
    """An award named right after the division (`부문 최우수상`, `부문에서 대상을`): a category
    judged; a section of a plan (`… 조성사업 부문`) is not one."""
    after = head.last + 1
    tokens = doc[after : min(len(doc), after + _AWARD_REACH + 2)]
    return any(t.text.startswith(name_rules().awards) for t in tokens)


def _noun_after(doc: Doc, head: Head) -> str | None:
    """The last noun of the word written right after the head word, when that word begins with
    nouns."""
    after = head.last + 1
    if after >= len(doc) or in_one_word(doc[head.last], doc[after]):
        return None
    after = skip_spaces(doc, after)
    nouns = []
    for t in doc[after : word_end(doc, after)] if after < len(doc) else []:
        if not is_noun(t):
            break
        nouns.append(t.lemma_)
    return nouns[-1] if nouns else None
