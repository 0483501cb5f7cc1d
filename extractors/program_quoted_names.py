"""Whether a quote's content is a program's name, and the candidate it makes: the checks shared by
the quoted names of extractors/program_candidates.py and the quoted lines and list members of
extractors/program_lists.py (a quoted budget item, a clause that is no name, the trim of its
ends).
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from extractors.program_context import (
    Candidate,
    Context,
    is_amount,
)
from extractors.program_words import (
    in_one_word,
    is_noun,
    is_space,
    is_specific,
    name_rules,
    trim_start,
    word_start,
    words_of,
)

# Particles and endings that make a quote a sentence rather than a name: topic, subject, final
# ending (an object particle is common in names: ‘학생과 지역을 잇는 상생 프로젝트’).
_CLAUSE_TAGS = frozenset({"JX", "JKS", "EF"})
# Tags besides nouns that a quoted budget item may hold (‘도 및 의회 청사 시설개선 등’, 고유가
# 피해지원금 (R&D), ‘동네 한바퀴 순찰’).
_ITEM_TAGS = frozenset(
    {"NNB", "JKG", "JC", "MAG", "MM", "SP", "SSO", "SSC", "SO", "SW", "XSN", "XPN"}
)


# A noun merged with a zero-width copula, which Kiwi sometimes reads inside a quoted name (‘경기
# 기후보험’ → 경기/NNG+VCP 기/ETN 후/NNG 보험/NNG): still a noun of the name.
_NOUN_COPULA = frozenset({"NNG+VCP", "NNP+VCP"})


def quoted_item(
    ctx: Context, start: int, end: int, actions: bool = False, objects: bool = False
) -> Candidate | None:
    """A quoted budget item, named before its amount (‘도로안전시설물 정비’ 3억 원): any name that
    is not a clause and says which (a quote of only generic words or of an amount says none).
    With `actions`, a verb's adnominal may say what the program does (‘찾아가는 세무 상담’); an
    adjective's says what it aims at (‘빚 없는 도시’), a slogan. With `objects` too, the object
    of such a verb (‘홀로사는 노인을 위한 클린-업’)."""
    span = ctx.span(start, end)
    if span is None or is_clause(span) or any(is_amount(ctx.doc, t.i) for t in span):
        return None
    if not all(
        is_noun(t)
        or t.tag_ in _ITEM_TAGS
        or t.tag_ in _NOUN_COPULA
        or is_space(t)
        or (actions and _is_action(t))
        or (objects and _object_of_adnominal(span, t))
        for t in span
    ):
        return None
    if not is_noun(span[-1]) and span[-1].tag_.split("+")[-1][:1] in {"V", "E"}:
        return None  # a name does not end in a verb or an ending (…함께 만드는)
    if not is_quoted_name(ctx, start, end):
        return None
    return quoted_name(ctx, start, end)


def _object_of_adnominal(span: Span, token: Token) -> bool:
    """Token is an object particle whose verb comes later in the quote as an adnominal (노인을
    위한, 마을을 가꾸는) that a noun of the quote follows: a clause leading the name's noun."""
    if token.tag_ != "JKO":
        return False
    rest = span[token.i - span.start + 1 :]
    adnominal = next((t.i for t in rest if "ETM" in t.tag_.split("+") and _is_action(t)), None)
    return adnominal is not None and any(is_noun(t) for t in span.doc[adnominal + 1 : span.end])


def _is_action(token: Token) -> bool:
    """A verb's adnominal form (찾아가/VV 는/ETM, 함께하는/VV+ETM) or its -기 noun (가꾸/VV 기/ETN),
    an auxiliary with it (해/VV+EC 보/VX 기/ETN, 살/VV 아/EC 보/VX 기/ETN); not an adjective's."""
    tags = token.tag_.split("+")
    if tags == ["EC"]:  # the ending that joins a verb to its auxiliary in one word
        nxt = token.i + 1
        return (
            nxt < len(token.doc)
            and in_one_word(token, token.doc[nxt])
            and (token.doc[nxt].tag_ == "VX")
        )
    return tags[0].split("-")[0] in {"VV", "VX"} or tags in (["ETM"], ["ETN"])


def is_quoted_name(ctx: Context, start: int, end: int, endings: bool = True) -> bool:
    """Whether a quote's content can be a name written before its head (‘청년 월세 지원’ 사업):
    not a clause, and not only generic words (‘올해’ 사업). With `endings` false a final ending
    does not make it a clause: before its head a coined name may end like a verb (‘일하는 밥퍼’
    사업, ‘잘 살아보세’ 운동), and Kiwi reads coined words so (밥/NNG 퍼/VV+EF)."""
    span = ctx.span(start, end)
    if span is None or is_clause(span, endings):
        return False
    return is_specific(words_of(ctx.doc, span.start, span.end), 1)


def is_clause(span: Span, endings: bool = True) -> bool:
    """A quoted sentence or clause (‘이번 지급은 … 위한 지원’), not a name: a topic or subject
    particle, or (with `endings`) a final ending."""
    tags = _CLAUSE_TAGS if endings else _CLAUSE_TAGS - {"EF"}
    for t in span:
        found = [tag for tag in t.tag_.split("+") if tag in tags]
        if not found:
            continue
        if found == ["JKS"] and not any(_is_predicate(u) for u in span[t.i - span.start + 1 :]):
            # 섬김/VV+ETN 이/JKS 사업: Kiwi reads the -이 of a coined noun of persons (보훈섬김이)
            # as the subject particle; a subject with no predicate after it makes no clause
            continue
        if found in (["JX"], ["JKS"]) and _only_ki_noun_after(span, t.i):
            continue
        if found == ["JX"] and _free_choice(span.doc, t.i, span.start):
            continue
        return True
    return False


def _free_choice(doc: Doc, i: int, floor: int) -> bool:
    """Token i is a particle of free choice closing an indefinite pronoun in its word (누구/NP
    나/JX, 어디/NP 서/JKB 나/JX): one word, "anyone", "anywhere"; no topic of a clause."""
    rules = name_rules()
    if doc[i].text not in rules.free_choice_particles:
        return False
    k = i - 1
    if k > floor and doc[k].tag_ == "JKB" and in_one_word(doc[k - 1], doc[k]):
        k -= 1  # 어디서나, 어디에나
    return (
        k >= floor
        and doc[k].tag_ == "NP"
        and doc[k].text in rules.free_choice_pronouns
        and in_one_word(doc[k], doc[k + 1])
    )


def _only_ki_noun_after(span: Span, i: int) -> bool:
    """The only predicate after token i is the verb of a -기 noun that closes the quote (‘너도
    나도 걷기’, ‘우리도 살아보기’; 남/NNG 도/JX 한달살기, Kiwi's reading of ‘남도’ after a straight
    mark): a campaign's name, no clause; ‘청년이 살기 좋은 마을’ has a predicate of its own."""
    doc = span.doc
    last = span[-1]
    if last.tag_ != "ETN" or last.text != "기" or not in_one_word(doc[last.i - 1], last):
        return False
    begin = word_start(doc, last.i, span.start)
    return not any(_is_predicate(u) for u in doc[i + 1 : begin])


def _is_predicate(token: Token) -> bool:
    """A verb, an adjective, the copula or a verbal suffix (the predicate of a clause)."""
    return any(
        tag.split("-")[0] in {"VV", "VA", "VX", "VCP", "VCN", "XSV", "XSA"}
        for tag in token.tag_.split("+")
    )


def quoted_name(
    ctx: Context, start: int, end: int, content: tuple[int, int] | None = None
) -> Candidate:
    """A quoted name, without a leading year or ordinal (‘2025학년도 제3차 … 연수’). The span is
    the quote's content, or runs from the opening quote to the end of the head written after the
    closing one (content then gives the quote's content)."""
    text = ctx.text
    first, last = content if content is not None else (start, end)
    first = _trimmed(ctx, first, last)
    if content is None:
        return Candidate(first, end, text[first:end], quoted=True)
    name = text[first:last].strip() + text[last + 1 : end]
    return Candidate(start, end, name, quoted=True)


def _trimmed(ctx: Context, start: int, end: int) -> int:
    """Char offset where a quote's name starts once leading years, ordinals and adverbials are
    dropped; `start` when nothing would be left."""
    span = ctx.span(start, end)
    if span is None:
        return start
    k = trim_start(ctx.doc, span.start, span.end - 1)
    return max(start, ctx.doc[k].idx) if k < span.end - 1 else start
