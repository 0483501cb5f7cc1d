"""Named public programs: the maximal noun phrase that names one program, project or initiative.

1. Heads. A name ends in a head noun listed in `program_rules.toml`: project heads (사업,
   프로그램, 캠페인 …) need two specific words before them, scheme heads (직불금, 수당, 이용권 …)
   one; attached heads (급여, 자금, suffix 제) count only as their own token after a noun of
   the same word (생계급여, 경영안정자금, 추천제), with two words (급여 and 자금 one, once the
   kind of fund is set aside: 경영안정자금 alone is a kind); quoted_only heads (지원, 교육,
   조성 …) close a name only inside quotes, in an enumerated item, or (교육, 과정, 지킴이, …단)
   as the object of a verb that runs a program (…교육을 실시했다, …지킴이를 운영한다, or a list
   of them: …기초교육, …현장교육 등을 운영한다), with two words like a project head.
2. Phrases. From the head the name reaches left over the nouns of its phrase (a -기 noun
   included: 마을 만들기 공모사업), stopping at particles, verbs and endings, commas, 및/등, quotes,
   and starting after leading adverbials (올해, 이번) and leading years or ordinals (2026년,
   2025학년도 제3차).
3. Quotes. A quoted name is taken whole (‘교실수업 개선’ 사업 → 교실수업 개선 사업); quoted
   names that share one head (‘A’, ‘B’ 사업) are each a program, the head written on the last only;
   a quote that ends in a head, or that an amount follows (‘도로 정비’ 3억 원: a budget item), is
   a name. A leading year is dropped from it too.
4. Enumerated items. A bullet (▲, ○ …) and the item's amount, the next bullet or the line's end
   bound a name as quotes do (▲농로포장사업 35억원); it must end in a head, and not in a facility's
   running cost or works (경로당 운영지원, 공원 조성).
5. Not names. Phrases whose words before the head are all generic (주요 사업, 공모사업, 이 사업),
   category nouns written apart (공공 일자리 사업, 소방서 신설 사업: a target group with them
   counts one word more, 청년 일자리 사업; inside a compound they count, 공공일자리사업)
   or funding categories (보통교부세사업, 균형발전특별회계 사업), kinds of a program (체육 관련
   사업, 음악·미술 프로그램: a dotted word counts as its most specific part), the kind a list
   closed by 등 belongs to (수당과 급여 등 양육 지원금; a place's own version, 영암형 …, stays),
   counts (18개 사업), organisations (…사업단, 국민연금 지사) and quotes of someone's words
   (군수 “…”, “…”이라며) and quoted aims ending in the action (‘걱정 없는 살림 운영’) are
   dropped. An unquoted name starts after relational nouns (지역사회 기반 영양사업), a ministry
   (… 행정안전부 재정사업) and nouns used as postpositions (접수 대신 …). A quoted -기 phrase of
   two words or more is a campaign (‘더 푸른 골목 만들기’).
6. Sentences that define their topic as a program (드림스타트는 … 프로그램이다) name it.
7. Overlapping candidates keep the earliest and longest (a quoted one on ties); each program is
   kept once per section (its first mention).
8. Names that share the head of one word through middle dots are each a name: 소농·면적직불금 →
   소농직불금, 면적직불금; 해안 정비·어촌활력사업 → 해안 정비사업, 어촌활력사업. A part takes
   the shared head only when it is a modifier like the last part's (not 공공산후조리원·출생수당).

`programs_from_doc` depends on the Doc only (Kiwi tags and lemmas as built by `pipeline.nlp`).
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from bisect import bisect_right
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from spacy.matcher import Matcher
from spacy.tokens import Doc, Span, Token

from extractors.docs import doc_text, sentence_of, sentence_starts, span_text, token_texts
from extractors.rules_data import read_rules
from schemas.records import Program

_RULES_FILE = "program_rules.toml"
_SPACE_TAG = "_SP"  # pipeline.nlp.SPACE_TAG: white space other than one plain space
_MAX_NAME_CHARS = 80
_MAX_QUOTE_CHARS = 60
_MAX_PAREN_CHARS = 40

_OPENING = "‘“「『《〈"
_CLOSING = "’”」』》〉"
_EITHER = "'\"`˝′″"
_QUOTE_CHARS = _OPENING + _CLOSING + _EITHER
# An opening (or two-way) mark, the content, and a closing mark; writers sometimes repeat the
# opening mark to close (‘뚜렷‘), but a closing mark never opens (…”이라며 “…).
_QUOTED = re.compile(
    rf"([{_OPENING}{_EITHER}])([^{_QUOTE_CHARS}\n]{{1,{_MAX_QUOTE_CHARS}}})"
    rf"(?:[{_CLOSING}{_EITHER}]|\1)"
)
# What may stand between two quoted names that share one head: ‘A’, ‘B’ 및 ‘C’ 사업.
_LIST_SEPARATOR = re.compile(r"\s*(?:,|·|및|와|과|그리고|또는)\s*")
_PARENTHETICAL = re.compile(r"\([^()]*\)")
_WHITE = re.compile(r"\s+")
_WORDLIKE = re.compile(r"\w")
_DOTS = frozenset("·ㆍ・")
# Particles and endings that make a quote a sentence rather than a name: topic, subject, final
# ending (an object particle is common in names: ‘학생과 지역을 잇는 상생 프로젝트’).
_CLAUSE_TAGS = frozenset({"JX", "JKS", "EF"})
# Tags of morphemes that carry no meaning of their own inside a name.
_PUNCT_TAGS = frozenset({"SP", "SO", "SW", "SSO", "SSC", "SE", _SPACE_TAG})

Word = list[tuple[str, str]]  # (form, tag) morphemes of one white-space separated word


@dataclass(frozen=True, slots=True)
class _Rules:
    project: tuple[str, ...]
    scheme: tuple[str, ...]
    attached: tuple[str, ...]
    payments: frozenset[str]
    quoted_only: tuple[str, ...]
    after_quote: frozenset[str]
    presented: frozenset[str]
    presenting_verbs: frozenset[str]
    bullets: str
    item_not_last: frozenset[str]
    not_heads: tuple[str, ...]
    works_head: str
    works_before: tuple[str, ...]
    org_after: frozenset[str]
    noun_tags: frozenset[str]
    content_tags: frozenset[str]
    joiners: frozenset[str]
    trim: frozenset[str]
    leading: re.Pattern[str]
    generic: frozenset[str]
    categories: frozenset[str]
    groups: frozenset[str]
    fund_kinds: frozenset[str]
    funding: re.Pattern[str]
    linkers: frozenset[str]
    org_suffixes: tuple[str, ...]
    org_min_chars: int
    relational: frozenset[str]
    speakers: tuple[str, ...]
    quoting: re.Pattern[str]


@lru_cache(maxsize=1)
def _rules() -> _Rules:
    data = read_rules(_RULES_FILE)
    heads = data["heads"]

    def longest_first(words: list[str]) -> tuple[str, ...]:
        return tuple(sorted(words, key=len, reverse=True))

    return _Rules(
        project=longest_first(heads["project"]),
        scheme=longest_first(heads["scheme"]),
        attached=longest_first(heads["attached"]),
        payments=frozenset(heads["attached_payments"]),
        quoted_only=longest_first(heads["quoted_only"]),
        after_quote=frozenset(heads["after_quote"]),
        presented=frozenset(data["presented"]["heads"]),
        presenting_verbs=frozenset(data["presented"]["verbs"]),
        bullets=data["items"]["bullets"],
        item_not_last=frozenset(data["items"]["not_last"]),
        not_heads=tuple(heads["not_heads"]),
        works_head=heads["works"]["head"],
        works_before=longest_first(heads["works"]["before"]),
        org_after=frozenset(heads["org_after"]),
        noun_tags=frozenset(data["noun"]["tags"]),
        content_tags=frozenset(data["noun"]["content_tags"]),
        joiners=frozenset(data["noun"]["joiners"]),
        trim=frozenset(data["trim"]["words"]),
        leading=re.compile(data["trim"]["leading"]),
        generic=frozenset(data["generic"]["modifiers"]),
        categories=frozenset(data["generic"]["categories"]),
        groups=frozenset(data["generic"]["groups"]),
        fund_kinds=frozenset(data["generic"]["fund_kinds"]),
        funding=re.compile(
            "(?:" + "|".join(map(re.escape, longest_first(data["generic"]["funding"]))) + ")+"
        ),
        linkers=frozenset(data["generic"]["linkers"]),
        org_suffixes=tuple(data["generic"]["org_suffixes"]),
        org_min_chars=int(data["generic"]["org_min_chars"]),
        relational=frozenset(data["generic"]["relational"]),
        speakers=tuple(data["speech"]["speakers"]),
        quoting=re.compile(data["speech"]["quoting"]),
    )


# --- heads ------------------------------------------------------------------------------------

# A noun, possibly merged with a zero-width copula (제도다 → 제도/NNG+VCP).
_NOUN_TAG = re.compile(r"^(?:NNG|NNP|XSN)(?:\+VCP)?$")

_MATCHERS: dict[int, tuple[object, Matcher]] = {}


def _matcher(doc: Doc) -> Matcher:
    """A matcher for the nouns that may end a head word: their last character ends one of the
    heads of program_rules.toml. Built once per vocab (one per process in practice); which head,
    if any, the word really ends in is decided in `_heads`, because Kiwi cuts the same head in
    different places (소농직불금, 직불/금, 직/불/금)."""
    cached = _MATCHERS.get(id(doc.vocab))
    if cached is not None and cached[0] is doc.vocab:
        return cached[1]
    if len(_MATCHERS) >= 8:  # Docs from many vocabs (tests): do not keep them all alive
        _MATCHERS.clear()
    rules = _rules()
    heads = (*rules.project, *rules.scheme, *rules.attached, *rules.quoted_only, rules.works_head)
    last_chars = "".join(sorted({h[-1] for h in heads}))
    matcher = Matcher(doc.vocab)
    matcher.add(
        "HEAD_END",
        [[{"TAG": {"REGEX": _NOUN_TAG.pattern}, "TEXT": {"REGEX": f"[{last_chars}]$"}}]],
    )
    _MATCHERS[id(doc.vocab)] = (doc.vocab, matcher)
    return matcher


@dataclass(frozen=True, slots=True)
class _Head:
    first: int  # first token of the head (a head may be split: 직불/금)
    last: int  # token that ends it
    label: str  # PROJECT | SCHEME | WORKS | QUOTED
    prefix: str  # text of token `first` before the head word (소농 of 소농직불금)
    word: str  # the head word itself (직불금)


def _heads(doc: Doc) -> dict[int, _Head]:
    """Head words by the index of their last token."""
    rules = _rules()
    heads: dict[int, _Head] = {}
    for _match_id, _s, e in _matcher(doc)(doc):
        last = e - 1
        if not _ends_word_noun(doc, last):
            continue
        # The nouns of the word, up to this token: the head is a suffix of their text.
        first = last
        while first > 0 and _attached(doc[first - 1], doc[first]):
            if not _NOUN_TAG.match(doc[first - 1].tag_):
                break
            first -= 1
        tokens = doc[first : last + 1]
        word = "".join(t.text for t in tokens)
        if word.endswith(rules.not_heads):
            continue
        head = _head_in(doc, tokens, word)
        if head is not None:
            heads[last] = head
    return heads


def _head_in(doc: Doc, tokens: Span, word: str) -> _Head | None:
    """The head a run of noun tokens ends in: scheme heads first, then project heads, then
    construction works (공사 after a work noun), then heads that only close quoted names, then
    scheme heads that must be their own token after a noun of the same word (생계/급여)."""
    rules = _rules()
    for label, suffixes in (
        ("SCHEME", rules.scheme),
        ("PROJECT", rules.project),
        ("QUOTED", rules.quoted_only),
        ("ATTACHED", rules.attached),
    ):
        suffix = next((x for x in suffixes if word.endswith(x)), None)
        if suffix is None:
            continue
        if label == "QUOTED" and suffix == rules.works_head and _after_work_noun(doc, tokens, word):
            return _Head(tokens.end - 1, tokens.end - 1, "WORKS", "", suffix)
        # The token where the suffix starts, and what of it comes before the suffix.
        cut = len(word) - len(suffix)
        k = tokens.start
        offset = 0
        while offset + len(doc[k].text) <= cut:
            offset += len(doc[k].text)
            k += 1
        prefix = doc[k].text[: cut - offset]
        if label == "ATTACHED" and (prefix or k == tokens.start):
            return None
        return _Head(k, tokens.end - 1, label, prefix, suffix)
    return None


def _after_work_noun(doc: Doc, tokens: Span, word: str) -> bool:
    """공사 is construction work right after a work noun (연결공사, 확포장 공사); elsewhere it is
    mostly a public corporation (한국농어촌공사)."""
    rules = _rules()
    before = word[: len(word) - len(rules.works_head)]
    if not before and tokens.start > 0:  # 확포장 공사: the work noun ends the word before
        before = doc[tokens.start - 1].text
    return before.endswith(rules.works_before)


# --- token predicates -------------------------------------------------------------------------


def _is_space(token: Token) -> bool:
    return token.tag_ == _SPACE_TAG and "\n" not in token.text


def _attached(left: Token, right: Token) -> bool:
    """Whether two neighbouring tokens are in one word (no white space between them)."""
    return left.i + 1 == right.i and not left.whitespace_ and left.tag_ != _SPACE_TAG


def _is_noun(token: Token) -> bool:
    return token.tag_ in _rules().noun_tags


def _ends_word_noun(doc: Doc, i: int) -> bool:
    """True when token i ends the noun part of its word (사업을, 사업 추진), not when the word goes
    on with another noun (사업비, 사업단, 사업계획서)."""
    if i + 1 >= len(doc) or not _attached(doc[i], doc[i + 1]):
        return True
    nxt = doc[i + 1]
    if nxt.tag_ == "XSN" and nxt.lemma_ == "들":  # 사업들 is still 사업
        return True
    return not (_is_noun(nxt) or nxt.tag_ == "NNB")


def _word_start(doc: Doc, i: int, floor: int) -> int:
    while i > floor and _attached(doc[i - 1], doc[i]):
        i -= 1
    return i


def _word_end(doc: Doc, i: int) -> int:
    """Index after the last token of token i's word."""
    while i + 1 < len(doc) and _attached(doc[i], doc[i + 1]):
        i += 1
    return i + 1


# --- the noun phrase before a head ------------------------------------------------------------


def _phrase_start(doc: Doc, head: int, floor: int) -> int:
    """Index of the first token of the maximal noun phrase that ends with token `head`."""
    rules = _rules()
    start = head
    k = head - 1
    while k >= floor:
        t = doc[k]
        if _is_space(t):  # a no-break space between two words of the name
            if k - 1 >= floor and _is_noun(doc[k - 1]):
                k -= 1
                continue
            break
        attached = _attached(t, doc[start])
        if _is_copula(doc, k):
            break
        if _is_noun(t):
            if t.tag_ == "SN" and _word_start(doc, k, floor) == k:
                # A word led by a number is a year, an amount or a rank, not part of a name
                # (2026 소상공인 …, 1단계 사업, 1조원대 국책사업); 코로나19 and 민생600 go on.
                start = max(start, _word_end(doc, k))
                while start < head and _is_space(doc[start]):
                    start += 1
                break
            start = k
        elif t.tag_ == "NNB" and (
            attached or doc[_word_start(doc, k, floor)].tag_ in {"NNG", "NNP", "SL"}
        ):
            start = k  # a counter inside a name (만원주택, 국도77호선), not 2026년도 or 3개
        elif t.tag_ == "JKG" and attached and k > floor and _attached(doc[k - 1], t):
            start = k  # 의 inside one word joins two nouns of a name: 예술의전당
        elif t.text in rules.joiners and attached and k > floor and _attached(doc[k - 1], t):
            if not _is_noun(doc[k - 1]):
                break
            start = k
        elif t.text == ")":  # a parenthesis attached to the word before: 라이즈(RISE) 사업
            opening = _opening_paren(doc, k, floor)
            if opening is None or opening == floor or not _attached(doc[opening - 1], doc[opening]):
                break
            start = k = opening
        elif t.tag_ in {"MAG", "MM"} and attached and _starts_word(doc, k, floor):
            start = k  # Kiwi reads the first syllable of a compound as an adverb: 확/MAG 포장공사
        elif _is_verbal_noun(doc, k, floor):
            start = k = k - 1  # 마을공동체 만들기 공모사업: a -기 noun of a verb names an aim
        else:
            break
        k -= 1
    return start


def _starts_word(doc: Doc, k: int, floor: int) -> bool:
    """Token k begins its word, or follows only a bullet or bracket (○첫만남)."""
    return _word_start(doc, k, floor) == k or doc[k - 1].tag_ in _PUNCT_TAGS


def _is_verbal_noun(doc: Doc, k: int, floor: int) -> bool:
    """Token k is the -기 of a whole word verb+기 (만들/VV 기/ETN) inside a phrase."""
    if k >= len(doc):
        return False
    t = doc[k]
    if t.tag_ != "ETN" or t.text != "기" or k - 1 <= floor:
        return False
    verb = doc[k - 1]
    return (
        verb.tag_ == "VV"
        and _attached(verb, t)
        and _word_start(doc, k - 1, floor) == k - 1
        and _word_end(doc, k) == k + 1
    )


def _is_copula(doc: Doc, k: int) -> bool:
    """Kiwi sometimes reads the copula 인 after a head as a noun (중점사업인 곡성 … 사업), while
    귀농인 is a word."""
    t = doc[k]
    if t.text != "인" or k == 0 or not _attached(doc[k - 1], t):
        return False
    if k + 1 < len(doc) and _attached(t, doc[k + 1]):
        return False
    rules = _rules()
    return doc[k - 1].text.endswith(rules.project + rules.scheme)


def _opening_paren(doc: Doc, close: int, floor: int) -> int | None:
    """The "(" of a short parenthesis of nouns before `close` (라이즈(RISE: 지역혁신중심
    대학지원체계)), not of a clause (지곡때(지금은 곡성올 때))."""
    chars = 0
    for k in range(close - 1, floor - 1, -1):
        t = doc[k]
        chars += len(t.text_with_ws)
        if chars > _MAX_PAREN_CHARS or t.text == ")" or t.tag_ in {"SF", _SPACE_TAG}:
            return None
        if t.tag_[:1] in {"J", "E", "V"}:  # particles, endings, verbs
            return None
        if t.text == "(":
            return k
    return None


# --- deciding whether a phrase is a name ------------------------------------------------------


def _words(doc: Doc, start: int, end: int) -> list[Word]:
    """Morphemes of tokens start..end-1 grouped into words."""
    words: list[Word] = []
    for t in doc[start:end]:
        if _is_space(t):
            continue
        morphs = [(t.lemma_ if "+" not in t.tag_ else t.text, t.tag_)]
        if words and t.i > start and _attached(doc[t.i - 1], t):
            words[-1].extend(morphs)
        else:
            words.append(morphs)
    return words


def _modifier_words(doc: Doc, start: int, head: _Head) -> list[Word]:
    """The words of a phrase before its head; the head's own prefix (소농 of 소농직불금) belongs to
    the last of them when the head word began before the head."""
    words = _words(doc, start, head.first)
    if head.prefix:
        same_word = head.first > start and _attached(doc[head.first - 1], doc[head.first])
        if same_word and words:
            words[-1].append((head.prefix, "NNG"))
        else:
            words.append([(head.prefix, "NNG")])
    return words


def _is_generic_word(word: Word) -> bool:
    rules = _rules()
    text = "".join(f for f, tag in word if tag not in _PUNCT_TAGS)
    if not text or text in rules.generic or rules.funding.fullmatch(text):
        return True
    if len(text) >= rules.org_min_chars and text.endswith(rules.org_suffixes):
        return True  # a ministry or agency (해양수산부 공모사업) says whose, not which
    if word[-1] == ("적", "XSN"):  # 관행적·단계적: a description, never a name
        return True
    content = [f for f, tag in word if tag not in _PUNCT_TAGS and tag not in {"XSN", "XPN"}]
    return all(f in rules.generic for f in content)


def _is_specific(words: list[Word], needed: int, kinds: frozenset[str] = frozenset()) -> bool:
    """Whether the words before a head make it a name rather than a description: the last is not
    a linker (체육 관련 사업, 체험형 프로그램) and at least `needed` content morphemes are not
    generic (nor one of `kinds`, the kinds of fund before 자금). A target group with other words
    counts one more (노인 일자리사업: who, and what for)."""
    rules = _rules()
    morphs = [m for w in words for m in w if m[1] not in _PUNCT_TAGS]
    if not morphs or morphs[-1][0] in rules.linkers:
        return False
    if kinds:
        words = [[m for m in w if m[0] not in kinds] for w in words]
        words = [w for w in words if w]
    # Words joined by a middle dot are alternatives, not a longer name: 영양·건강 프로그램 says
    # no more than 건강 프로그램, so such a word counts as its most specific part.
    found = sum(max(_content_count(part) for part in _split_joined(w) or [w]) for w in words)
    content = [m[0] for m in morphs if m[1] in rules.content_tags and m[0] not in rules.generic]
    if len(content) >= 2 and any(m in rules.groups for m in content):
        found += 1
    return found >= needed


def _content_count(word: Word) -> int:
    """Content morphemes of a word that are not generic."""
    if _is_generic_word(word):
        return 0
    rules = _rules()
    content = [f for f, tag in word if tag in rules.content_tags and f not in rules.generic]
    # A category noun written as a word of its own (공공 일자리 사업) says which kind; inside a
    # compound it is part of a coined name (공공일자리사업, 노인일자리).
    if len(content) == 1 and content[0] in rules.categories:
        return 0
    # A long morpheme is a compound Kiwi kept whole (우렁각시, 고향사랑): two words.
    return sum(2 if len(form) >= 4 else 1 for form in content)


def _needed(head: _Head, quoted: bool) -> int:
    """Content morphemes a name needs before its head (see program_rules.toml, [heads])."""
    if head.label == "ATTACHED" and head.word in _rules().payments:
        return 1
    # A head a verb presents (…교육을 실시) is a kind of undertaking like 사업: 청렴교육 is a
    # subject of training, 귀농인 현장교육 one course.
    return 2 if head.label in {"PROJECT", "WORKS", "ATTACHED", "QUOTED"} and not quoted else 1


def _kinds(head: _Head) -> frozenset[str]:
    """Words that do not count before this head: the kinds of fund before 자금 or 급여."""
    rules = _rules()
    return (
        rules.fund_kinds
        if head.label == "ATTACHED" and head.word in rules.payments
        else frozenset()
    )


def _split_joined(word: Word) -> list[Word]:
    """관행적·중복 → 관행적, 중복: the parts of a word joined by a middle dot or the like."""
    joiners = _rules().joiners
    parts: list[Word] = [[]]
    for m in word:
        if m[0] in joiners:
            parts.append([])
        else:
            parts[-1].append(m)
    return [p for p in parts if p]


def _trim_start(doc: Doc, start: int, head: int) -> int:
    """Start after the last adverbial or determiner (올해, 이번, 해당) and after leading bare
    numbers (2026 소상공인 …)."""
    rules = _rules()
    k = start
    leading = True
    while k < head:
        end = min(_word_end(doc, k), head)
        word = doc[k:end]
        text = "".join(t.text for t in word)
        # 2026, 2026년, 1조원대: a number with its counter
        numeric = word[0].tag_ in {"SN", "NR"} and all(
            t.tag_ in {"SN", "NR", "NNB", "SP", "SO", "XSN"} for t in word
        )
        if text in rules.trim or (leading and (numeric or rules.leading.match(text))):
            start = end
        else:
            leading = False
        k = end
        while k < head and _is_space(doc[k]):
            k += 1
        if leading:
            start = k
    return start


def _followed_by_org(doc: Doc, head: _Head) -> bool:
    """국민연금 지사, X사업 추진단: the head word is the first part of an organisation's name."""
    after = head.last + 1
    if after >= len(doc) or _attached(doc[head.last], doc[after]):
        return False
    while after < len(doc) and _is_space(doc[after]):
        after += 1
    nouns = []
    for t in doc[after : _word_end(doc, after)] if after < len(doc) else []:
        if not _is_noun(t):
            break
        nouns.append(t.lemma_)
    return bool(nouns) and nouns[-1] in _rules().org_after


# --- candidates -------------------------------------------------------------------------------


@dataclass(slots=True)
class _Candidate:
    start: int  # char offsets into the Doc's text
    end: int
    name: str
    quoted: bool = False


class _Context:
    """One Doc with what every rule looks up: its text, its heads and its sentence bounds."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.text = doc_text(doc)
        self.heads = _heads(doc)
        self.starts = sentence_starts(doc)

    def sentence_start(self, i: int) -> int:
        return self.starts[bisect_right(self.starts, i) - 1]

    def sentence_text(self, i: int) -> str:
        sent = sentence_of(self.doc, i)
        return span_text(self.doc, sent.start, sent.end).strip()

    def token_at(self, char: int) -> int | None:
        span = self.doc.char_span(char, char + 1, alignment_mode="expand")
        return span.start if span is not None and len(span) else None

    def span(self, start: int, end: int) -> Span | None:
        span = self.doc.char_span(start, end, alignment_mode="expand")
        return span if span is not None and len(span) else None

    def candidate(self, first: int, last: int) -> _Candidate:
        begin = self.doc[first].idx
        end = self.doc[last].idx + len(self.doc[last].text)
        return _Candidate(begin, end, self.text[begin:end])


def _phrase_candidates(ctx: _Context) -> Iterator[_Candidate]:
    doc = ctx.doc
    presented = _rules().presented
    for head in ctx.heads.values():
        if head.label == "QUOTED" and not (
            head.word in presented and _presented_in_list(ctx, head)
        ):
            continue
        if _followed_by_org(doc, head):
            continue
        floor = ctx.sentence_start(head.first)
        phrase = _phrase_start(doc, head.first, floor)
        start = _after_relational(doc, _trim_start(doc, phrase, head.first), head.first)
        if start > head.first or (
            _after_list(doc, phrase, floor) and not _is_proper(doc[start : head.last + 1])
        ):
            continue
        needed = _needed(head, quoted=False)
        if not _is_specific(_modifier_words(doc, start, head), needed, _kinds(head)):
            continue
        candidate = ctx.candidate(start, head.last)
        if candidate.end - candidate.start <= _MAX_NAME_CHARS:
            yield candidate


def _after_list(doc: Doc, start: int, floor: int) -> bool:
    """The phrase follows a list closed by 등 (출생수당과 육아지원금 등 출생 지원금, 브랜드
    개발 등의 사업): it names the kind the listed programs are of, not one more program."""
    k = start - 1
    while k >= floor and _is_space(doc[k]):
        k -= 1
    if k > floor and doc[k].tag_ == "JKG" and _attached(doc[k - 1], doc[k]):
        k -= 1  # 등의
    return k >= floor and doc[k].text == "등" and doc[k].tag_ == "NNB"


def _after_relational(doc: Doc, start: int, head: int) -> int:
    """Start after the last relational noun of an unquoted phrase: what stands before 기반, 주도,
    관련 … says what the program is based on or about (지역사회 기반 영양사업), not its name;
    a relational noun right before the head leaves no name (체육 관련 사업). A ministry or agency
    (행정안전부) says whose program it is: the name starts after it too, with what stands before
    it (a minister's name, a date)."""
    rules = _rules()
    k = start
    while k < head:
        end = min(_word_end(doc, k), head)
        word = "".join(t.text for t in doc[k:end])
        if word in rules.relational or (end < head and _is_ministry(doc[end - 1])):
            start = end
        k = end
        while k < head and _is_space(doc[k]):
            k += 1
        if start == end:
            start = k
    return start


def _is_ministry(last: Token) -> bool:
    """A word ending in a ministry or agency (행정안전부 ends in 안전부, 산림청): its last morpheme
    is one noun of three characters or more ending in 부, 청 or 처, not a person (청년농부)."""
    rules = _rules()
    return (
        _is_noun(last)
        and len(last.text) >= rules.org_min_chars
        and last.text.endswith(rules.org_suffixes)
    )


def _is_proper(span: Span) -> bool:
    """A phrase with a proper noun or a place's own version (영암형 …) names one thing."""
    generic = _rules().generic
    return any(
        t.tag_ == "NNP"
        or (len(t.text) >= 3 and t.text.endswith("형") and t.text[:-1] not in generic)
        for t in span
    )


def _presented_in_list(ctx: _Context, head: _Head) -> bool:
    """The head is presented by its verb, or is an earlier member of a list of names with the
    same head that the verb presents (…기초교육, …현장교육, …창업교육 등을 운영한다)."""
    doc = ctx.doc
    while True:
        if _presented_by_verb(doc, head.last):
            return True
        k = head.last + 1
        if k >= len(doc) or not (
            doc[k].text == ","
            or doc[k].text == "및"
            or (doc[k].tag_ == "JC" and _attached(doc[k - 1], doc[k]))
        ):
            return False
        # The next member: nouns (a -기 noun among them) up to a head of the same word.
        k += 1
        while k < len(doc) and k not in ctx.heads:
            t = doc[k]
            if not (_is_noun(t) or _is_space(t) or t.tag_ in {"VV", "ETN"} or t.text in _DOTS):
                return False
            k += 1
        if k >= len(doc) or ctx.heads[k].word != head.word:
            return False
        head = ctx.heads[k]


def _presented_by_verb(doc: Doc, last: int) -> bool:
    """The head word at `last` is the object of a verb that runs a program (… 교육을 실시했다,
    … 지킴이를 운영한다, … 교육 등을 운영한다)."""
    k = last + 1
    if k >= len(doc):
        return False
    if not _attached(doc[last], doc[k]):  # … 교육 등을
        while k < len(doc) and _is_space(doc[k]):
            k += 1
        if k + 1 >= len(doc) or doc[k].text != "등" or not _attached(doc[k], doc[k + 1]):
            return False
    elif doc[k].tag_ != "JKO":
        return False
    if doc[k].text == "등":
        k += 1
    if doc[k].tag_ != "JKO" or _word_end(doc, k) != k + 1:
        return False
    k += 1
    while k < len(doc) and _is_space(doc[k]):
        k += 1
    if k >= len(doc) or _attached(doc[k - 1], doc[k]):
        return False
    return doc[k].lemma_.split("+")[0] in _rules().presenting_verbs


# Tokens that may stand inside an enumerated item's name besides nouns: 의 (약속의 공간), 및,
# 등 inside a name (기숙사 개보수 등 환경 개선사업), commas of a named list (용강, 구산 등 …).
_ITEM_INNER = frozenset({"의", "및", "등", ",", "(", ")"})
# Tags besides nouns that a quoted budget item may hold (‘도 및 의회 청사 시설개선 등’, 고유가
# 피해지원금 (R&D)).
_ITEM_TAGS = frozenset({"NNB", "JKG", "JC", "MAG", "SP", "SSO", "SSC", "SO", "SW", "XSN", "XPN"})


def _item_candidates(ctx: _Context) -> Iterator[_Candidate]:
    """Enumerated items: a bullet, a name ending in a head, then its amount, the next bullet,
    the end of the line or of the sentence (▲농로포장사업 35억원, ○생계급여 112억원)."""
    doc, rules = ctx.doc, _rules()
    bullets = [b for b, text in enumerate(token_texts(doc)) if text in rules.bullets]
    for b in bullets:
        first = b + 1
        while first < len(doc) and _is_space(doc[first]):
            first += 1
        k = first
        while k < len(doc) and not _is_amount(doc, k) and not doc[k].is_sent_start:
            t = doc[k]
            if t.text in rules.bullets or "\n" in t.text:
                break
            if not (_is_noun(t) or t.tag_ == "NNB" or t.text in _ITEM_INNER or _is_space(t)):
                if _is_verbal_noun(doc, k + 1, first) or _is_verbal_noun(doc, k, first):
                    k += 1  # 만들기
                    continue
                if (
                    t.tag_ in {"MM", "MAG"}
                    and k == first
                    and k + 1 < len(doc)
                    and _attached(t, doc[k + 1])
                ):
                    k += 1  # 첫만남
                    continue
                break
            k += 1
        last = k - 1
        while last >= first and (doc[last].text in {",", "등", "및", "("} or _is_space(doc[last])):
            last -= 1
        head = ctx.heads.get(last)
        if head is None or head.first < first or doc[first].text in _ITEM_INNER:
            continue
        if head.word in rules.item_not_last or (
            head.label == "QUOTED" and _before_head(doc, head) in rules.item_not_last
        ):
            continue
        if not _item_ends(doc, k, last) or _counted(doc, head):
            continue
        # A bullet bounds a name, but does not make its head more specific.
        needed = 1 if head.label == "SCHEME" else _needed(head, quoted=False)
        start = _trim_start(doc, first, head.first)
        words = _modifier_words(doc, start, head)
        if start <= head.first and _is_specific(words, needed, _kinds(head)):
            yield ctx.candidate(start, head.last)


def _before_head(doc: Doc, head: _Head) -> str:
    """The noun right before a head (운영 of 운영지원, of 경로당 운영 지원)."""
    if head.prefix:
        return head.prefix
    k = head.first - 1
    while k >= 0 and _is_space(doc[k]):
        k -= 1
    return doc[k].text if k >= 0 else ""


def _counted(doc: Doc, head: _Head) -> bool:
    """The head follows a count (3개 분야 18개 사업): a number of programs, not one."""
    k = head.first - 1
    while k >= 0 and _is_space(doc[k]):
        k -= 1
    return k > 0 and doc[k].tag_ == "NNB" and doc[k - 1].tag_ in {"SN", "NR"}


def _item_ends(doc: Doc, k: int, last: int) -> bool:
    """An item's name stops at an amount, a bullet, a line or sentence end, or a particle or
    punctuation right after its last word (…지원을 편성, …사업 등)."""
    if k >= len(doc) or _is_amount(doc, k) or doc[k].is_sent_start or "\n" in doc[k].text:
        return True
    if doc[k].text in _rules().bullets:
        return True
    return k == last + 1 and (doc[k].tag_[:1] in {"J", "S"} or doc[k].text == "등")


def _is_amount(doc: Doc, k: int) -> bool:
    """Token k starts an amount of money: a number with 억/만/천/조 or 원 (35억원, 9억 3천만 원),
    possibly in a parenthesis (통합문화이용권(4억원))."""
    if doc[k].text == "(" and k + 1 < len(doc):
        k += 1
    if doc[k].tag_ not in {"SN", "NR"}:
        return False
    for t in doc[k + 1 : k + 6]:
        if t.text in {"원", "억", "만", "천", "조", "억원", "만원", "천원", "조원"}:
            return True
        if t.tag_ not in {"SN", "NR", "SP", _SPACE_TAG} and not (t.text == "." or t.text == ","):
            return False
    return False


def _definition_candidates(ctx: _Context) -> Iterator[_Candidate]:
    """The topic of a sentence that defines it as a program: ‘드림스타트는 … 제공하는
    프로그램이다’, ‘대한민국수산식품명인은 … 지정하는 제도다’."""
    doc = ctx.doc
    for head in ctx.heads.values():
        if head.label not in {"PROJECT", "SCHEME"}:
            continue
        if not _ends_sentence_with_copula(doc, head.last):
            continue
        floor = ctx.sentence_start(head.first)
        topic = next(
            (
                k
                for k in range(floor + 1, head.first)
                if doc[k].tag_ == "JX" and doc[k].text in {"은", "는"}
            ),
            None,
        )
        if topic is None or not _attached(doc[topic - 1], doc[topic]):
            continue
        start = _trim_start(doc, _phrase_start(doc, topic - 1, floor), topic - 1)
        if any(t.tag_ not in {"MAG", "MAJ", "SP"} for t in doc[floor:start] if not _is_trim(t)):
            continue  # the topic must open the sentence
        words = _words(doc, start, topic)
        if words and _is_specific(words, 2) and not _is_generic_word(words[-1]):
            yield ctx.candidate(start, topic - 1)


def _coordinated_parts(ctx: _Context, c: _Candidate) -> list[_Candidate]:
    """Names that share the head of one word through middle dots: 소농·면적직불금 names 소농직불금
    and 면적직불금, 해안 정비·어촌활력사업 names 해안 정비사업 and 어촌활력사업 (a part that ends in
    a head of its own keeps it). Words before the dotted word belong to its first part. Each part
    must be a name by itself; a candidate with no dotted head word is returned as it is."""
    if c.quoted:
        return [c]
    doc = ctx.doc
    span = ctx.span(c.start, c.end)
    head = ctx.heads.get(span.end - 1) if span is not None else None
    if span is None or head is None or head.label == "WORKS":
        return [c]
    word_start = _word_start(doc, head.first, span.start)
    dots = [k for k in range(word_start, head.first) if doc[k].text in _DOTS]
    if not dots:
        return [c]
    bounds = [word_start - 1, *dots, head.first + (1 if head.prefix else 0)]
    # What the last part puts before the shared head (면적 of 면적직불금, 출생 of 출생기본소득).
    modifier = "".join(t.text for t in doc[dots[-1] + 1 : head.first]) + head.prefix
    parts: list[_Candidate] = []
    for n, (left, right) in enumerate(itertools.pairwise(bounds)):
        first, last = left + 1, right - 1
        if n == len(dots):  # the last part carries the head itself
            last = head.last
        if last < first or not any(_is_noun(t) for t in doc[first : last + 1]):
            return [c]
        start = span.start if n == 0 else first
        begin, end = doc[start].idx, doc[last].idx + len(doc[last].text)
        name = ctx.text[begin:end]
        own = head if n == len(dots) else ctx.heads.get(last)
        if own is not None and own.label in {"PROJECT", "SCHEME", "ATTACHED"}:
            words = _modifier_words(doc, start, own)
        elif len("".join(t.text for t in doc[first : last + 1])) <= len(modifier) + 1:
            # 소농 of 소농·면적직불금: a modifier like 면적, the shared head completes it
            own, words = head, _words(doc, start, last + 1)
            name += head.word
        else:  # 공공어린이집 of 공공어린이집·출생수당: a thing of its own, not a kind of 수당
            continue
        if _is_specific(words, _needed(own, quoted=False), _kinds(own)):
            parts.append(_Candidate(begin, end, name))
    return parts


def _is_trim(token: Token) -> bool:
    return token.text in _rules().trim


def _ends_sentence_with_copula(doc: Doc, i: int) -> bool:
    """Token i is followed, in its word, only by the copula and a final ending (제도다, 사업이다,
    프로그램입니다), and then by the end of the sentence."""
    k = i + 1
    seen_ending = False
    while k < len(doc) and _attached(doc[k - 1], doc[k]):
        tags = set(doc[k].tag_.split("+"))
        if not tags <= {"VCP", "EF"}:
            break
        seen_ending = seen_ending or "EF" in tags
        k += 1
    if not seen_ending:
        return False
    return k >= len(doc) or doc[k].tag_ in {"SF", "SSC", _SPACE_TAG} or doc[k].is_sent_start


def _head_after(ctx: _Context, char: int) -> _Head | None:
    """The head closing the word right after `char`, when that word is a head word of its own or
    nouns and a head (‘…’ 사업, ‘…’ 공모사업)."""
    doc, text = ctx.doc, ctx.text
    pos = char
    while pos < len(text) and text[pos] in " \u00a0\t":
        pos += 1
    i = ctx.token_at(pos) if pos < len(text) else None
    if i is None or doc[i].idx != pos:
        return None
    while i < len(doc):
        head = ctx.heads.get(i)
        if head is not None:
            if head.label == "QUOTED" and head.word not in _rules().after_quote:
                return None
            return head
        if not (_is_noun(doc[i]) and i + 1 < len(doc) and _attached(doc[i], doc[i + 1])):
            return None
        i += 1
    return None


def _quoted_candidates(ctx: _Context) -> Iterator[_Candidate]:
    text = ctx.text
    quotes = list(_QUOTED.finditer(text))
    group: list[re.Match[str]] = []
    for n, quote in enumerate(quotes):
        group.append(quote)
        nxt = quotes[n + 1] if n + 1 < len(quotes) else None
        if nxt is not None and _LIST_SEPARATOR.fullmatch(text[quote.end() : nxt.start()]):
            continue  # the list goes on: ‘A’, ‘B’ …
        members, group = [m for m in group if _WORDLIKE.search(m.group(2))], []
        members = [m for m in members if not _is_speech(ctx, m)]
        if not members:
            continue
        head = _head_after(ctx, members[-1].end())
        if head is not None and all(_is_quoted_name(ctx, m.start(2), m.end(2)) for m in members):
            for member in members[:-1]:
                yield _quoted_name(ctx, member.start(2), member.end(2))
            last = members[-1]
            end = ctx.doc[head.last].idx + len(ctx.doc[head.last].text)
            yield _quoted_name(ctx, last.start(), end, content=(last.start(2), last.end(2)))
            continue
        for member in members:
            named = _quoted_head_name(ctx, member.start(2), member.end(2))
            if named is None:
                named = _quoted_campaign(ctx, member.start(2), member.end(2))
            if named is None and _amount_after(ctx, member.end()):
                named = _quoted_item(ctx, member.start(2), member.end(2))
            if named is not None:
                yield named


def _is_speech(ctx: _Context, quote: re.Match[str]) -> bool:
    """A quote of someone's words, not a name: a speaker's title right before it (군수 “…”),
    or a quoting ending right after it (“…”이라며, “…”라고 말했다)."""
    rules = _rules()
    line_start = ctx.text.rfind("\n", 0, quote.start()) + 1
    before = ctx.text[line_start : quote.start()].rstrip().split()
    if before and before[-1].endswith(rules.speakers):
        return True
    return rules.quoting.match(ctx.text, quote.end()) is not None


def _amount_after(ctx: _Context, char: int) -> bool:
    """An amount of money follows `char`, after white space at most (‘…’ 9억 3천만 원)."""
    pos = char
    while pos < len(ctx.text) and ctx.text[pos] in " \u00a0\t":
        pos += 1
    i = ctx.token_at(pos) if pos < len(ctx.text) else None
    return i is not None and ctx.doc[i].idx == pos and _is_amount(ctx.doc, i)


def _quoted_item(ctx: _Context, start: int, end: int) -> _Candidate | None:
    """A quoted budget item, named before its amount (‘도로안전시설물 정비’ 3억 원): any name that
    is not a clause and says which (a quote of only generic words or of an amount says none)."""
    span = ctx.span(start, end)
    if span is None or _is_clause(span) or any(_is_amount(ctx.doc, t.i) for t in span):
        return None
    if not all(_is_noun(t) or t.tag_ in _ITEM_TAGS or _is_space(t) for t in span):
        return None
    if not _is_quoted_name(ctx, start, end):
        return None
    return _quoted_name(ctx, start, end)


def _quoted_head_name(ctx: _Context, start: int, end: int) -> _Candidate | None:
    """A quote whose content itself ends in a head: ‘고흥몰 요리비법 프로젝트’."""
    doc, text = ctx.doc, ctx.text
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    span = ctx.span(start, end) if end > start else None
    if span is None or span.end - 1 not in ctx.heads or _is_clause(span):
        return None
    first, last = span.start, span.end - 1
    head = ctx.heads[last]
    if doc[last].idx + len(doc[last].text) != end or doc[first].idx != start or head.first < first:
        return None
    if not _is_specific(
        _modifier_words(doc, first, head), _needed(head, quoted=True), _kinds(head)
    ):
        return None
    if _is_slogan(span, head):
        return None
    return _quoted_name(ctx, start, end)


def _quoted_campaign(ctx: _Context, start: int, end: int) -> _Candidate | None:
    """A quoted campaign named by what it does, a -기 noun of a verb with its object (‘더 맑은
    하천 만들기’, ‘우리 동네 꽃길 가꾸기’): not a clause, at least two words."""
    span = ctx.span(start, end)
    if span is None or len(span) < 3 or _is_clause(span):
        return None
    last = span[-1]
    if not (last.text == "기" and last.tag_ == "ETN" and span[-2].tag_ == "VV"):
        return None
    if len(ctx.text[start:end].split()) < 2 or not any(_is_noun(t) for t in span[:-2]):
        return None
    return _quoted_name(ctx, start, end)


def _is_slogan(span: Span, head: _Head) -> bool:
    """A quoted aim, not a program: a clause describing how something is run or built, ending in
    the action itself (‘걱정 없는 살림 운영’, ‘모두가 웃는 마을 조성’)."""
    rules = _rules()
    action = head.word in rules.item_not_last or (
        head.label == "QUOTED" and head.word == "지원" and head.prefix in rules.item_not_last
    )
    return action and any("ETM" in t.tag_.split("+") for t in span)


def _is_quoted_name(ctx: _Context, start: int, end: int) -> bool:
    """Whether a quote's content can be a name written before its head (‘청년 월세 지원’ 사업):
    not a clause, and not only generic words (‘올해’ 사업)."""
    span = ctx.span(start, end)
    if span is None or _is_clause(span):
        return False
    return _is_specific(_words(ctx.doc, span.start, span.end), 1)


def _is_clause(span: Span) -> bool:
    """A quoted sentence or clause (‘이번 지급은 … 위한 지원’), not a name."""
    return any(tag in _CLAUSE_TAGS for t in span for tag in t.tag_.split("+"))


def _quoted_name(
    ctx: _Context, start: int, end: int, content: tuple[int, int] | None = None
) -> _Candidate:
    """A quoted name, without a leading year or ordinal (‘2025학년도 제3차 … 연수’). The span is
    the quote's content, or runs from the opening quote to the end of the head written after the
    closing one (content then gives the quote's content)."""
    text = ctx.text
    first, last = content if content is not None else (start, end)
    first = _trimmed(ctx, first, last)
    if content is None:
        return _Candidate(first, end, text[first:end], quoted=True)
    name = text[first:last].strip() + text[last + 1 : end]
    return _Candidate(start, end, name, quoted=True)


def _trimmed(ctx: _Context, start: int, end: int) -> int:
    """Char offset where a quote's name starts once leading years, ordinals and adverbials are
    dropped; `start` when nothing would be left."""
    span = ctx.span(start, end)
    if span is None:
        return start
    k = _trim_start(ctx.doc, span.start, span.end - 1)
    return max(start, ctx.doc[k].idx) if k < span.end - 1 else start


# --- public API -------------------------------------------------------------------------------


def _key(name: str) -> str:
    """What two mentions of one program share: the name without white space or parentheticals."""
    return _WHITE.sub("", _PARENTHETICAL.sub("", name))


def same_program(a: str, b: str) -> bool:
    """Whether two names are mentions of one program: equal, or one contained in the other once
    white space and parentheticals are ignored (고흥몰 요리비법 프로젝트 / 요리비법 프로젝트)."""
    ka, kb = _key(a), _key(b)
    return bool(ka) and bool(kb) and (ka in kb or kb in ka)


def merge_programs(programs: list[Program]) -> list[Program]:
    """Keep the first mention of each program (by `same_program`), in order: for the caller that
    merges the sections of one article (title, then body …). The first, not the longest: a later,
    longer mention more often carries words around the name (군민 민생600 …, 기준 경기도 기초연금)
    than the name's missing part."""
    kept: list[Program] = []
    for p in programs:
        if not any(same_program(p.name, q.name) for q in kept):
            kept.append(p)
    return kept


def programs_from_doc(doc: Doc, section: str) -> list[Program]:
    """The programs named in one analysed section, each once (its first mention), in text order."""
    ctx = _Context(doc)
    candidates = sorted(
        [
            *_quoted_candidates(ctx),
            *_item_candidates(ctx),
            *_phrase_candidates(ctx),
            *_definition_candidates(ctx),
        ],
        key=lambda c: (c.start, -(c.end - c.start), not c.quoted),
    )
    chosen: list[_Candidate] = []
    for c in candidates:
        if c.name and not any(c.start < o.end and o.start < c.end for o in chosen):
            chosen.append(c)  # a mention overlapping a longer (or quoted) one is part of it
    chosen = [part for c in chosen for part in _coordinated_parts(ctx, c)]
    programs = []
    for c in chosen:
        first = ctx.token_at(c.start)
        sentence = ctx.sentence_text(first) if first is not None else ""
        programs.append(
            Program(name=c.name, section=section, start=c.start, end=c.end, sentence=sentence)
        )
    return merge_programs(programs)


def extract_programs(text: str, section: str = "body") -> list[Program]:
    """Analyse `text` with the pipeline's Kiwi and return its programs (see `programs_from_doc`).
    Offsets are into the NFC form of `text` (the pipeline's texts are NFC already)."""
    if not isinstance(text, str):
        raise TypeError(f"extract_programs expects str, got {type(text).__name__}")
    from pipeline.nlp import analyze  # here, so that importing extractors does not load Kiwi

    return programs_from_doc(analyze(unicodedata.normalize("NFC", text)), section)
