"""Where program names are found in one Doc (extractors/programs.py, steps 3 to 8): noun phrases
before a head, quoted names, enumerated items, sentences that define their topic as a program,
and names that share one head through middle dots. `find_candidates` returns the chosen
mentions, overlapping ones resolved, in text order.
"""

from __future__ import annotations

import itertools
import re
from bisect import bisect_right
from collections.abc import Iterator
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from extractors.docs import doc_text, sentence_of, sentence_starts, span_text, token_texts
from extractors.program_words import (
    SPACE_TAG,
    Head,
    Word,
    find_heads,
    followed_by_org,
    in_adjective_compound,
    in_one_word,
    is_agency,
    is_generic_word,
    is_noun,
    is_place_version,
    is_space,
    is_specific,
    is_verbal_noun,
    is_version_number,
    kinds_of,
    modifier_words,
    name_rules,
    needed_count,
    phrase_start,
    serves_residents,
    trim_start,
    verbal_noun_start,
    word_end,
    word_start,
    words_of,
)

_MAX_NAME_CHARS = 80
_MAX_QUOTE_CHARS = 60
_MAX_KIND_TOKENS = 20  # tokens between a list's 등 and the head of the kind it is of
_MIN_COMPOUND_CHARS = 4  # one noun token that is a compound (희망둥지기금), not 동시, 가운데
_MAX_AMOUNT_LEADS = 2  # words of period or bound before an amount (연 최대 300만 원)

_OPENING = "‘“「『《〈"
_CLOSING = "’”」』》〉"
_EITHER = "'\"`˝′″"
_QUOTE_CHARS = _OPENING + _CLOSING + _EITHER
# An opening (or two-way) mark, the content (group "name"), and a closing mark; writers sometimes
# repeat the opening mark to close (‘뚜렷‘), but a closing mark never opens (…”이라며 “…). A
# two-way mark is closed by a closing mark or by itself, never by the other two-way mark: in "…
# 과정에서 '긴급복지지원' 예산 …" the ' opens a name inside the words the " quotes.
_QUOTED = re.compile(
    rf"(?:(?P<typographic>[{_OPENING}])|(?P<straight>[{_EITHER}]))"
    rf"(?P<name>[^{_QUOTE_CHARS}\n]{{1,{_MAX_QUOTE_CHARS}}})"
    rf"(?:[{_CLOSING}]|(?(typographic)(?:[{_EITHER}]|(?P=typographic))|(?P=straight)))"
)
# What may stand between two quoted names that share one head: ‘A’, ‘B’ 및 ‘C’ 사업.
# A parenthesis may close a member before the separator: what it gives or its quota (‘…’(월 최대
# 80만원)과 ‘…’).
_LIST_SEPARATOR = re.compile(r"\s*(?:\([^()\n]{1,40}\))?\s*(?:,|·|및|와|과|그리고|또는)\s*")
_WORDLIKE = re.compile(r"\w")
_DOTS = frozenset("·ㆍ・")
# Last characters of a place's proper noun (유성구, 김포시, 경상남도, 고성군).
_PLACE_ENDS = frozenset("시군구도읍면")
# Particles and endings that make a quote a sentence rather than a name: topic, subject, final
# ending (an object particle is common in names: ‘학생과 지역을 잇는 상생 프로젝트’).
_CLAUSE_TAGS = frozenset({"JX", "JKS", "EF"})


# --- candidates -------------------------------------------------------------------------------


@dataclass(slots=True)
class Candidate:
    start: int  # char offsets into the Doc's text
    end: int
    name: str
    quoted: bool = False


class Context:
    """One Doc with what every rule looks up: its text, its heads and its sentence bounds."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.text = doc_text(doc)
        self.heads = find_heads(doc)
        self.starts = sentence_starts(doc)
        self.bullets = _bullet_tokens(doc)

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

    def candidate(self, first: int, last: int) -> Candidate:
        begin = self.doc[first].idx
        end = self.doc[last].idx + len(self.doc[last].text)
        return Candidate(begin, end, self.text[begin:end])


def _bullet_tokens(doc: Doc) -> frozenset[int]:
    """The tokens that open an enumerated item: a bullet mark anywhere (▲, ○, ①), or a mark of
    `[items] line_bullets` first on its line when the line does not end in it (- … 6억 원; not the
    subtitle - … -)."""
    rules = name_rules()
    texts = token_texts(doc)
    found = set()
    for i, text in enumerate(texts):
        if text and text in rules.bullets:
            found.add(i)
        elif text in rules.line_bullets and _opens_line(texts, i):
            end = i + 1
            while end < len(texts) and "\n" not in texts[end]:
                end += 1
            last = end - 1
            while last > i and not texts[last].strip():
                last -= 1
            if texts[last] != text:
                found.add(i)
    return frozenset(found)


def _opens_line(texts: list[str], i: int) -> bool:
    k = i - 1
    while k >= 0 and not texts[k].strip() and "\n" not in texts[k]:
        k -= 1
    return k < 0 or "\n" in texts[k]


def _phrase_candidates(ctx: Context) -> Iterator[Candidate]:
    doc = ctx.doc
    rules = name_rules()
    presented = rules.presented
    shown_alone = presented | rules.products  # quoted_only heads a phrase may still close
    for head in ctx.heads.values():
        if head.label == "QUOTED" and head.word not in shown_alone:
            continue
        # a head only a verb presents; or the people it serves, a one-word service or a place's
        # own version (below) say it is a program
        shown = head.label != "QUOTED" or (
            _presented_in_list(ctx, head) or _serves(doc, head) or _solid_name(doc, head)
        )
        if followed_by_org(doc, head):
            continue
        floor = ctx.sentence_start(head.first)
        phrase = phrase_start(doc, head.first, floor)
        start = _after_relational(doc, trim_start(doc, phrase, head.first), head.first)
        if start > head.first or (
            (_after_list(doc, phrase, floor) or _after_including(doc, phrase, floor))
            and not _is_proper(doc[start : head.last + 1])
        ):
            continue
        if _after_plural(doc, phrase, start, floor) or _kind_of_list(ctx, head, phrase, floor):
            continue
        if _titles_changes(doc, phrase, head, floor):
            continue
        if _kind_of_quote(doc, head):
            continue
        if (named := _named_after_kind(doc, head)) is not None:
            yield ctx.candidate(*named)  # 채무조정 프로그램인 새출발기금: the name, not the kind
            continue
        abbreviation = _abbreviation_after(doc, head)
        priced = _priced(doc, head) or abbreviation is not None
        words = modifier_words(doc, start, head)
        # a pilot (…시범사업) tries one scheme: the word before it names the scheme, a common
        # noun (통합돌봄 시범사업); a place alone says where it is tried (밀양 시범사업)
        pilot = (
            head.label == "PROJECT"
            and _before_head(doc, head) in rules.pilots
            and any(tag == "NNG" and f not in rules.generic for w in words for f, tag in w)
        )
        needed = 1 if priced or pilot else needed_count(head, quoted=False)
        if not shown and head.word in rules.products:
            # 신생아 특례대출: a scheme of a special provision; … 학자금대출(ICL): a product with
            # an abbreviation of its own is one scheme, as a head with one is one program
            shown = _special_product(words) or abbreviation is not None
        if not shown and not (words and is_place_version(words[0])):
            continue  # 부산형 통합돌봄 서비스: a place's own version says which program
        if not shown and _before_head(doc, head) in rules.item_not_last:
            continue  # 충주형 산후조리원 운영 지원: the running cost of a place's facility
        if not is_specific(words, needed, kinds_of(head)) or _after_fund(doc, head, words):
            continue
        if head.label == "PROJECT" and serves_residents(words):
            continue  # 주민 불편 해소 사업, 군민행복사업: what all of a city's programs serve
        if abbreviation is None and _pay_for_activity(doc, head, words):
            continue
        if head.word in rules.means and _paid_with(ctx, head.last):
            continue  # 교통비는 광주상생카드로 … 지급된다: the card money is paid in
        if head.word in rules.rated and _percent_after(doc, head.last):
            continue  # 지역화폐 충전 인센티브를 7%에서 10%로: the rate of a bonus
        if abbreviation is None and _lent(ctx, head) and not _special_product(words):
            continue
        candidate = ctx.candidate(start, abbreviation or head.last)
        if candidate.end - candidate.start <= _MAX_NAME_CHARS:
            yield candidate


# A program's own abbreviation in Latin capitals (KIIP, AEO, K-ETS), in parentheses.
_ABBREVIATION = re.compile(r"[A-Z][A-Z0-9&-]*[A-Z0-9]")


def _abbreviation_after(doc: Doc, head: Head) -> int | None:
    """The index of the ")" closing the program's own abbreviation glued after its head
    (사회통합프로그램(KIIP)): a name that has an abbreviation of its own is one program, so one
    specific word before the head is enough, and the abbreviation is part of the name as written.
    Not a generic word's abbreviation (사회간접자본(SOC) 사업, R&D)."""
    k = head.last + 1
    if k + 2 >= len(doc) or not in_one_word(doc[head.last], doc[k]) or doc[k].text != "(":
        return None
    other = _other_name(doc, k + 1)
    if other is not None:
        return other  # 교육 이용권(에듀바우처): the program's other name, one mention
    inner, close = doc[k + 1], doc[k + 2]
    if close.text != ")" or inner.tag_ != "SL" or not _ABBREVIATION.fullmatch(inner.text):
        return None
    return None if inner.text in name_rules().generic else k + 2


def _other_name(doc: Doc, first: int) -> int | None:
    """The index of the ")" after one word of nouns from token `first` that is a name of its own,
    ending in a project or scheme head after two characters or more (에듀바우처, 스포츠바우처;
    not a bare 사업 or 지원사업, whose words are generic): in parentheses glued after a program's
    head it is the same program's other name, as an abbreviation is."""
    rules = name_rules()
    k = first
    while k < len(doc) and doc[k].tag_ in {"NNP", "NNG"} and (k == first or _glued_to(doc, k)):
        k += 1
    if k == first or k >= len(doc) or doc[k].text != ")" or not _glued_to(doc, k):
        return None
    word = "".join(t.text for t in doc[first:k])
    if word.endswith(rules.not_heads):
        return None
    head = next((h for h in (*rules.project, *rules.scheme) if word.endswith(h)), None)
    before = word[: len(word) - len(head)] if head is not None else ""
    return k if len(before) >= 2 and before not in rules.generic else None


def _glued_to(doc: Doc, k: int) -> bool:
    """Token k is written right after token k - 1, in one word."""
    return in_one_word(doc[k - 1], doc[k])


def _special_product(words: list[Word]) -> bool:
    """A word of a special provision (`[heads] special`: 특례) ends one of the words before a
    product head (신생아 특례대출, 특례 디딤돌대출): the scheme that provision makes."""
    special = name_rules().special
    return any(f in special for word in words for f, _tag in word)


def _serves(doc: Doc, head: Head) -> bool:
    """The head word is followed by a word of the people it serves (장애인 주간활동 서비스 이용자가,
    … 지원 신청자가): what has beneficiaries or participants is a program, as what a verb runs."""
    k = head.last + 1
    if k >= len(doc) or in_one_word(doc[head.last], doc[k]):
        return False
    while k < len(doc) and is_space(doc[k]):
        k += 1
    return k < len(doc) and doc[k].lemma_ in name_rules().served


def _solid_name(doc: Doc, head: Head) -> bool:
    """A service named in one word with the group it serves and what it does for them
    (한부모가족돌봄서비스, 장애인활동지원서비스): a coined compound names one public
    service, where a sector (전기통신서비스, 결혼서비스), words written apart (진학 상담 서비스)
    or a list of fields (환경정화·정보화·공공서비스: only the part after the last dot counts)
    name a kind. Only for the heads of `[presented] solid`."""
    rules = name_rules()
    if head.word not in rules.solid:
        return False
    first = word_start(doc, head.first, 0)
    joiners = [k for k in range(first, head.first) if doc[k].text in rules.joiners]
    if joiners:
        first = joiners[-1] + 1  # the part after the last joiner of the word
    words = modifier_words(doc, first, head)
    if len(words) != 1:
        return False
    groups = [f for f, _tag in words[0] if f in rules.groups]
    return bool(groups) and is_specific(words, 2)


def _pay_for_activity(doc: Doc, head: Head, words: list[Word]) -> bool:
    """A pay head written as a word of its own after one word that is no group of people nor a
    place's own version (출동 수당, 일경험 수당): the pay for what that word does, not a program
    (구직촉진수당 and 농어민 공익수당 are coined; 아동 수당 says whom it serves)."""
    rules = name_rules()
    if head.word not in rules.pay_apart or head.prefix or len(words) != 1:
        return False
    if head.first > 0 and in_one_word(doc[head.first - 1], doc[head.first]):
        return False
    word = words[0]
    return not is_place_version(word) and not any(f in rules.groups for f, _tag in word)


def _paid_with(ctx: Context, last: int) -> bool:
    """The word ending at token `last` takes 로/으로 and the first predicate after it in its
    sentence is a verb of paying (`[presented] paying_verbs`: …카드로 월 5만 원씩 지급된다,
    …카드로 결제하면): the means money is paid in."""
    doc = ctx.doc
    k = last + 1
    if k >= len(doc) or doc[k].tag_ != "JKB" or doc[k].text not in {"로", "으로"}:
        return False
    if not in_one_word(doc[last], doc[k]) or word_end(doc, k) != k + 1:
        return False
    floor = ctx.sentence_start(last)
    for t in doc[k + 1 :]:
        if t.is_sent_start and ctx.sentence_start(t.i) != floor:
            return False
        tag = t.tag_.split("+")[0].split("-")[0]
        if tag in {"XSV", "XSA"}:
            return doc[t.i - 1].lemma_ in name_rules().paying_verbs
        if tag in {"VV", "VA", "VCP", "VCN"}:
            return t.lemma_.split("+")[0] in name_rules().paying_verbs
    return False


def _percent_after(doc: Doc, last: int) -> bool:
    """The word after token `last` (past a particle glued to it) begins with a percent (… 10%
    상향, …를 7%에서): what `last` ends is measured in percent, a rate."""
    k = _next_word(doc, last)
    if k >= len(doc) or doc[k].tag_ != "SN":
        return False
    return k + 1 < len(doc) and doc[k + 1].text in {"%", "％", "퍼센트"}


def _next_word(doc: Doc, last: int) -> int:
    """The token after token `last` past the particles glued to it and the white space after
    them: where the next word starts after a noun and its particles (len(doc) when none)."""
    k = last + 1
    while k < len(doc) and in_one_word(doc[k - 1], doc[k]) and doc[k].tag_.startswith("J"):
        k += 1
    while k < len(doc) and is_space(doc[k]):
        k += 1
    return k


def _lent(ctx: Context, head: Head) -> bool:
    """A fund written before a word of lending that ends the phrase (신혼부부 전세자금 대출 이자,
    육성자금 융자와): the phrase names the loan, a product, not the fund's program. Not when a
    head follows the lending word (… 경영안정자금 대출 지원): that head names the program."""
    doc, rules = ctx.doc, name_rules()
    if head.word not in rules.lent_from:
        return False
    k = head.last + 1
    if k >= len(doc) or in_one_word(doc[head.last], doc[k]):
        return False
    while k < len(doc) and is_space(doc[k]):
        k += 1
    if k >= len(doc) or doc[k].text not in rules.lending:
        return False
    end = word_end(doc, k)
    if end > k + 1:
        # 융자와 ends the phrase, and so does the cost of the loan glued to it (전세자금
        # 대출이자를, `[heads] loan_costs`); 대출금 is another noun
        nouns = k + 1
        while nouns < end and is_noun(doc[nouns]):
            nouns += 1
        return nouns == k + 1 or _word_text(doc, k + 1, nouns) in rules.loan_costs
    j = end
    while j < len(doc) and is_space(doc[j]):
        j += 1
    return not any(h.first == j for h in ctx.heads.values())


def _after_fund(doc: Doc, head: Head, words: list[Word]) -> bool:
    """The word before a head written apart is a fund or account (폐광지역개발기금 사업,
    농어촌구조개선특별회계 사업): it says what pays for the programs, not which one. So does a
    fund noun the head is glued to (고향사랑 기금사업, 폐광지역개발기금사업: the fund's
    programs)."""
    if not words or head.prefix:
        return False
    text = "".join(f for f, _tag in words[-1])
    if not text.endswith(name_rules().funding_suffixes):
        return False
    return len(words[-1]) > 1 or in_one_word(doc[head.first - 1], doc[head.first])


def _priced(doc: Doc, head: Head) -> bool:
    """The head is followed by its own amount, as a line of a budget is (소하천 정비사업 12억원,
    …): the amount says the phrase is one item, as a bullet or a quote does."""
    k = head.last + 1
    while k < len(doc) and is_space(doc[k]):
        k += 1
    if k >= len(doc) or in_one_word(doc[head.last], doc[k]):
        return False
    return _is_amount(doc, k) or _is_amount(doc, _after_count(doc, k))


def _after_count(doc: Doc, k: int) -> int:
    """The token after a word of a number and its counter starting at k (42곳, 12건, 3개소), and
    the white space after it: where the amount of a budget line that counts its sites comes
    (소하천 정비사업 36곳 214억 원). k itself when no such word starts there."""
    j = k
    while j < len(doc) and doc[j].tag_ in {"SN", "NR"}:
        j += 1
    end = word_end(doc, k)
    if j == k or j + 1 != end or doc[j].tag_ not in {"NNG", "NNB"}:
        return k
    while end < len(doc) and is_space(doc[end]):
        end += 1
    return min(end, len(doc) - 1)


def _after_list(doc: Doc, start: int, floor: int) -> bool:
    """The phrase follows a list closed by 등 (출생수당과 육아지원금 등 출생 지원금, 브랜드
    개발 등의 사업): it names the kind the listed programs are of, not one more program."""
    k = start - 1
    while k >= floor and is_space(doc[k]):
        k -= 1
    if k > floor and doc[k].tag_ == "JKG" and in_one_word(doc[k - 1], doc[k]):
        k -= 1  # 등의
    return k >= floor and doc[k].text == "등" and doc[k].tag_ == "NNB"


def _after_including(doc: Doc, phrase: int, floor: int) -> bool:
    """The phrase follows the adnominal of including (첫만남이용권을 포함한 출산 지원금, …을 비롯한
    복지 사업): it names the kind the programs before it belong to, like a list closed by 등."""
    k = phrase - 1
    while k >= floor and is_space(doc[k]):
        k -= 1
    if k < floor or in_one_word(doc[k], doc[phrase]):
        return False
    return _word_text(doc, word_start(doc, k, floor), k + 1) in name_rules().including


def _after_plural(doc: Doc, phrase: int, start: int, floor: int) -> bool:
    """The name follows a word of many (다양한, 여러, 각종 …), with only adverbials or
    determiners between: it names the kind that several programs are of (다양한 청년 지원
    프로그램, 각종 신규 지원사업), not one program (여러 사업 가운데 청년 월세 지원사업 is one)."""
    rules = name_rules()
    k = phrase - 1
    while k >= floor and is_space(doc[k]):
        k -= 1
    many = k >= floor and _word_text(doc, word_start(doc, k, floor), k + 1) in rules.plural
    k = phrase
    while k < start:
        end = word_end(doc, k)
        word = _word_text(doc, k, end)
        many = word in rules.plural or (many and word in rules.trim)
        k = end
        while k < start and is_space(doc[k]):
            k += 1
    return many


def _word_text(doc: Doc, start: int, end: int) -> str:
    return "".join(t.text for t in doc[start:end])


def _kind_of_list(ctx: Context, head: Head, phrase: int, floor: int) -> bool:
    """The phrase is the kind a list closed by 등 is of, a few words after it (…입문교육,
    …실습교육 등 신규 농업인에 맞춘 영농 교육): the list's last member ends in the same head
    word."""
    doc = ctx.doc
    for k in range(phrase - 1, max(floor, phrase - _MAX_KIND_TOKENS) - 1, -1):
        if doc[k].text == "등" and doc[k].tag_ == "NNB" and k > floor:
            j = k - 1
            while j > floor and is_space(doc[j]):
                j -= 1
            member = ctx.heads.get(j)
            return member is not None and member.word == head.word
        if k in ctx.heads and ctx.heads[k].word == head.word:
            return False
    return False


def _kind_of_quote(doc: Doc, head: Head) -> bool:
    """The head is followed by the copula's adnominal and a quote (군산형 일자리 사업인 ‘…’,
    역점사업인 ‘…’): the phrase says what kind the quoted program is, the quote names it."""
    return _copula_before_quote(doc, head.last)


def _copula_before_quote(doc: Doc, last: int) -> bool:
    """The word ending at token `last` takes the copula's adnominal 인 and a quote follows."""
    k = last + 1
    if k >= len(doc) or not in_one_word(doc[last], doc[k]):
        return False
    if doc[k].tag_ != "VCP+ETM" or doc[k].text != "인" or word_end(doc, k) != k + 1:
        return False
    k += 1
    while k < len(doc) and is_space(doc[k]):
        k += 1
    return k < len(doc) and doc[k].tag_ == "SSO"


def _named_after_kind(doc: Doc, head: Head) -> tuple[int, int] | None:
    """The first and last token of a compound noun written as the word right after the head and
    the copula's adnominal (소상공인 채무조정 프로그램인 새출발기금, 일자리 사업인 공공근로사업에):
    like a quote after a kind (`_kind_of_quote`), the word names one program of the kind the
    phrase before says. The word must be two nouns or more (a determiner or adverb Kiwi reads
    inside it counts as a syllable of it, 새/MM 출발 기금), or one noun Kiwi keeps whole of four
    characters or more (희망둥지기금), so that 사업인 만큼, 사업인 동시에, 사업인 가운데 stay
    plain clauses; not a word that is no program by its ending (국민연금) or an agency's."""
    k = head.last + 1
    if k >= len(doc) or not in_one_word(doc[head.last], doc[k]):
        return None
    if doc[k].tag_ != "VCP+ETM" or doc[k].text != "인" or word_end(doc, k) != k + 1:
        return None
    first = k + 1
    while first < len(doc) and is_space(doc[first]):
        first += 1
    if first >= len(doc) or not (is_noun(doc[first]) or doc[first].tag_ in {"MM", "MAG"}):
        return None
    end = word_end(doc, first)
    last = first
    while last + 1 < end and (is_noun(doc[last + 1]) or doc[last + 1].tag_ in {"MM", "MAG"}):
        last += 1
    nouns = [t for t in doc[first : last + 1] if is_noun(t) and t.tag_ != "XSN"]
    text = "".join(t.text for t in doc[first : last + 1])
    if not is_noun(doc[last]) or (len(nouns) < 2 and len(text) < _MIN_COMPOUND_CHARS):
        return None
    if text.endswith(name_rules().not_heads) or is_agency(text):
        return None
    return first, last


def _after_relational(doc: Doc, start: int, head: int) -> int:
    """Start after the last relational noun of an unquoted phrase: what stands before 기반, 주도,
    관련 … says what the program is based on or about (지역사회 기반 영양사업), not its name;
    a relational noun right before the head leaves no name (체육 관련 사업). A ministry or agency
    (행정안전부) says whose program it is: the name starts after it too, with what stands before
    it (a minister's name, a date)."""
    rules = name_rules()
    k = start
    while k < head:
        end = min(word_end(doc, k), head)
        word = "".join(t.text for t in doc[k:end])
        last = doc[end - 1]
        respect = last.tag_ == "XSN" and last.text in rules.relational_suffixes  # 지침상
        k = end
        while k < head and is_space(doc[k]):
            k += 1
        # 창농 기반 구축 사업, … 기반 조성사업: the base is what the program builds
        built = word in rules.relational and k < len(doc) and doc[k].text in rules.builds
        if (
            (word in rules.relational and not built)
            or respect
            or (end < head and _is_ministry(last))
        ):
            start = end
        if start == end:
            start = k
    return start


def _is_ministry(last: Token) -> bool:
    """A word ending in a ministry or agency (행정안전부 ends in 안전부, 산림청): its last morpheme
    is one noun that `is_agency` (not a person: 청년농부, 신혼부부)."""
    return is_noun(last) and is_agency(last.text)


def _is_proper(span: Span) -> bool:
    """A phrase with a proper noun or a place's own version (영암형 …) names one thing."""
    return any(t.tag_ == "NNP" or _is_proper_version(t.text) for t in span)


def _presented_in_list(ctx: Context, head: Head) -> bool:
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
            or (doc[k].tag_ == "JC" and in_one_word(doc[k - 1], doc[k]))
        ):
            return _kind_presented(ctx, head)
        # The next member: nouns (a -기 noun among them) up to a head of the same word.
        k += 1
        while k < len(doc) and k not in ctx.heads:
            t = doc[k]
            if not (is_noun(t) or is_space(t) or t.tag_ in {"VV", "ETN"} or t.text in _DOTS):
                return False
            k += 1
        if k >= len(doc) or ctx.heads[k].word != head.word:
            return False
        head = ctx.heads[k]


def _kind_presented(ctx: Context, head: Head) -> bool:
    """The head closes a list with 등, and the kind the list is of ends in the same head word, which
    its verb presents (…입문교육, …실습교육 등 신규 농업인에 맞춘 영농 교육을 운영한다): the members
    are the courses the verb runs. The kind must follow within the sentence."""
    doc = ctx.doc
    k = head.last + 1
    while k < len(doc) and is_space(doc[k]):
        k += 1
    if k >= len(doc) or doc[k].text != "등" or doc[k].tag_ != "NNB" or word_end(doc, k) != k + 1:
        return False
    for j in range(k + 1, min(len(doc), k + 1 + _MAX_KIND_TOKENS)):
        if doc[j].is_sent_start or doc[j].text in {"등", ","}:
            return False
        kind = ctx.heads.get(j)
        if kind is not None and kind.word == head.word:
            return _presented_by_verb(doc, kind.last)
    return False


def _presented_by_verb(doc: Doc, last: int) -> bool:
    """The head word at `last` is the object of a verb that runs a program (… 교육을 실시했다,
    … 지킴이를 운영한다, … 교육 등을 운영한다)."""
    return _verb_of_object(doc, last) in name_rules().presenting_verbs


def _extended(doc: Doc, last: int) -> bool:
    """The head word at `last`, written after a quote, is the object of a verb of extending
    (`[presented] extending_verbs`: ‘스마트 안부살피미’ 서비스를 확대한다): what is extended runs
    already, a program the quote names."""
    return _verb_of_object(doc, last) in name_rules().extending_verbs


def _verb_of_object(doc: Doc, last: int) -> str | None:
    """The verb (its first morpheme) that the word ending at `last` is the object of: the word
    ends in 을/를 (… 교육을, ‘…’를) or is followed by 등을, and the verb's word comes next."""
    k = last + 1
    if k >= len(doc):
        return None
    if not in_one_word(doc[last], doc[k]):  # … 교육 등을
        while k < len(doc) and is_space(doc[k]):
            k += 1
        if k + 1 >= len(doc) or doc[k].text != "등" or not in_one_word(doc[k], doc[k + 1]):
            return None
    elif doc[k].tag_ != "JKO":
        return None
    if doc[k].text == "등":
        k += 1
    if doc[k].tag_ != "JKO" or word_end(doc, k) != k + 1:
        return None
    k += 1
    while k < len(doc):
        often = _how_often(doc, k)
        if often is not None:
            k = often  # ‘…’를 월 4회 운영한다, 네 차례 진행한다
        elif is_space(doc[k]) or _how_word(doc, k):
            k = k + 1 if is_space(doc[k]) else word_end(doc, k)  # … 을 꾸준히 펼친다, 확대 운영한다
        else:
            break
    if k >= len(doc) or in_one_word(doc[k - 1], doc[k]):
        return None
    return doc[k].lemma_.split("+")[0]


# Words of a period before a count of times (월 4회, 주 2회, 연 3회).
_PERIODS = frozenset({"월", "주", "연", "매월", "매주", "매년", "하루"})
# Counters of times (4회, 한 차례, 두 번).
_TIMES = frozenset({"회", "차례", "번"})


def _how_often(doc: Doc, k: int) -> int | None:
    """Token k opens a phrase of how often the verb after it is done: a count of times (4회, 한
    차례) or a period before one (월 4회 운영한다), an adverbial, not an object. The token after
    the phrase, or None."""
    if in_one_word(doc[k - 1], doc[k]):
        return None
    end = word_end(doc, k)
    if doc[k].text in _PERIODS and end == k + 1:
        n = end
        while n < len(doc) and is_space(doc[n]):
            n += 1
        return _how_often(doc, n) if n < len(doc) else None
    if doc[k].tag_ not in {"SN", "MM", "NR"}:
        return None
    if doc[end - 1].text in _TIMES:
        return end  # 4회
    n = end
    while n < len(doc) and is_space(doc[n]):
        n += 1
    if n < len(doc) and doc[n].text in _TIMES and word_end(doc, n) == n + 1:
        return n + 1  # 네 차례
    return None


def _how_word(doc: Doc, k: int) -> bool:
    """Token k is a word of its own that says how the verb after it is done: an adverb (꾸준히,
    함께, 적극) or a manner noun (… 서비스를 확대 운영한다, … 교육을 시범 실시한다)."""
    if in_one_word(doc[k - 1], doc[k]):
        return False
    end = word_end(doc, k)
    if end == k + 1:
        return doc[k].tag_ == "MAG" or doc[k].text in name_rules().manners
    # an adverb made of an adjective with -게 (충실하게, 원활하게, 꾸준하게)
    last = doc[end - 1]
    return (
        last.tag_ == "EC" and last.text == "게" and doc[end - 2].tag_.split("-")[0] in {"XSA", "VA"}
    )


# Tokens that may stand inside an enumerated item's name besides nouns: 의 (약속의 공간), 및,
# 등 inside a name (기숙사 개보수 등 환경 개선사업), commas of a named list (용강, 구산 등 …).
_ITEM_INNER = frozenset({"의", "및", "등", ",", "(", ")"})
# Tags besides nouns that a quoted budget item may hold (‘도 및 의회 청사 시설개선 등’, 고유가
# 피해지원금 (R&D), ‘동네 한바퀴 순찰’).
_ITEM_TAGS = frozenset(
    {"NNB", "JKG", "JC", "MAG", "MM", "SP", "SSO", "SSC", "SO", "SW", "XSN", "XPN"}
)


# A noun merged with a zero-width copula, which Kiwi sometimes reads inside a quoted name (‘경기
# 기후보험’ → 경기/NNG+VCP 기/ETN 후/NNG 보험/NNG): still a noun of the name.
_NOUN_COPULA = frozenset({"NNG+VCP", "NNP+VCP"})


def _item_candidates(ctx: Context) -> Iterator[Candidate]:
    """Enumerated items: a bullet, a name ending in a head, then its amount, the next bullet,
    the end of the line or of the sentence (▲농로포장사업 35억원, ○생계급여 112억원)."""
    doc, rules = ctx.doc, name_rules()
    for b in sorted(ctx.bullets):
        first = b + 1
        while first < len(doc) and is_space(doc[first]):
            first += 1
        if first < len(doc) and doc[first].tag_ == "SSO":
            line = _quoted_line(ctx, first, b)
            if line is not None:
                yield line
            continue
        k = first
        # a line of a numbered list may be a sentence of its own (① 농업인 …)
        while k < len(doc) and not _is_amount(doc, k) and not (doc[k].is_sent_start and k > first):
            t = doc[k]
            if k in ctx.bullets or "\n" in t.text:
                break
            if t.text == "등" and word_end(doc, k) == k + 1 and _kind_after_list(ctx, k):
                break  # ▲… 지원 등 소상공인 3대 지원 시책을: the list's kind follows
            if not (
                is_noun(t)
                or t.tag_ == "NNB"
                or t.text in _ITEM_INNER
                or is_space(t)
                or _particle_inside(doc, k, first)
                or _dot_joining(doc, k, first)
            ):
                if is_verbal_noun(doc, k + 1, first) or is_verbal_noun(doc, k, first):
                    k += 1  # 만들기
                    continue
                if _rate_inside(doc, k, first):
                    k += 1  # ▲… 임대료 50% 지원: how much of it the line pays
                    continue
                if in_adjective_compound(doc, k, first):
                    k += 1  # ▲곡성형 작은학교 살리기: 작/VA 은/ETM of a compound noun
                    continue
                if (
                    t.tag_ in {"MM", "MAG"}
                    and k + 1 < len(doc)
                    and in_one_word(t, doc[k + 1])
                    and (
                        k == first
                        or (
                            t.tag_ == "MM"
                            and not in_one_word(doc[k - 1], t)
                            and is_noun(doc[k + 1])
                        )
                    )
                ):
                    # 첫만남, ▲신중년 새출발 지원: a determiner glued to the noun after it opens
                    # a compound, which the bullet and the amount bound
                    k += 1
                    continue
                break
            k += 1
        last = k - 1
        while last >= first and (doc[last].text in {",", "등", "및", "("} or is_space(doc[last])):
            last -= 1
        count = word_start(doc, last, first)
        if count > first and _after_count(doc, count) == k and _is_amount(doc, k):
            last = count - 1  # ▲소하천 정비사업 36곳 214억 원: the count of its sites
            while last >= first and is_space(doc[last]):
                last -= 1
        head = ctx.heads.get(last)
        if head is None and (
            _giving_line(ctx, b, first, k, last) or _campaign_line(ctx, b, first, k, last)
        ):
            yield ctx.candidate(trim_start(doc, first, last), last)
            continue
        if head is None or head.first < first or doc[first].text in _ITEM_INNER:
            continue
        # a list by field whose lines name fields holds a line of one word (▲창업지원,
        # ▲복지·교육); one whose lines are all longer names what each field's money goes to
        # (분야별로는 ▲… 지원사업 12억 원 ▲귀농어·귀촌인 주택수리비 지원 3억 원)
        by_field = _list_by_field(ctx, b) and _has_field_line(ctx, b)
        if by_field and all(in_one_word(doc[i], doc[i + 1]) for i in range(first, last)):
            continue  # ▲직업능력개발훈련 214개: a field's name
        budget_line = _budget_of_line(doc, k, last) and not by_field
        # a list its verb presents (▲… 육성 ▲… 거점 조성 … 등 12개 세부사업을 추진한다) calls
        # its lines programs also without their amounts
        if not (
            (budget_line and _list_of_undertakings(ctx, b))
            or _list_presented(ctx, b)
            or _led_as_projects(ctx, b)
        ) and (
            (head.word in rules.item_not_last and not _runs_people(ctx, head, first))
            or (head.label == "QUOTED" and _before_head(doc, head) in rules.item_not_last)
        ):
            continue
        if not _item_ends(doc, k, last, ctx.bullets) or _counted(doc, head):
            continue
        # A bullet bounds a name, but does not make its head more specific; a line of a budget
        # with its own amount does, as a quoted item with its amount (▲소하천 정비사업 48억원).
        priced = k < len(doc) and _is_amount(doc, k) and not by_field
        if head.label == "QUOTED" and head.word in rules.products and not priced:
            continue  # △숙련공 우대공제: a kind of product a program offers, not a budget line
        needed = 1 if head.label == "SCHEME" or priced else needed_count(head, quoted=False)
        start = trim_start(doc, first, head.first)
        words = modifier_words(doc, start, head)
        if (
            not budget_line
            and _spending_line(head, words)
            and not (
                (_own_amount(doc, k, last) or _verb_of_line(doc, last) in rules.undertaking_verbs)
                and _list_of_undertakings(ctx, b)
            )
            and not _list_presented(ctx, b)
            and not _led_as_projects(ctx, b)
        ):
            continue
        if start <= head.first and is_specific(words, needed, kinds_of(head)):
            yield ctx.candidate(start, head.last)


def _dot_joining(doc: Doc, k: int, first: int) -> bool:
    """Token k is a middle dot glued between two nouns inside a line (▲화순 백신·면역치료
    실증지원센터 구축, ▲귀농어·귀촌인 주택수리비 지원), or a hyphen after a Latin letter or a noun
    (▲오송 K-바이오 스퀘어 조성): it joins two words of one name, as 및 does."""
    if doc[k].text not in _DOTS | _HYPHENS or k <= first or k + 1 >= len(doc):
        return False
    before, after = doc[k - 1], doc[k + 1]
    return (
        in_one_word(before, doc[k])
        and in_one_word(doc[k], after)
        and (is_noun(before) or before.tag_ in {"XSN", "SL"})
        and (is_noun(after) or after.tag_ == "SL")
    )


# A hyphen glued between a Latin letter or a noun and a noun joins one word (K-바이오).
_HYPHENS = frozenset("-‐")


def _giving_line(ctx: Context, bullet: int, first: int, k: int, last: int) -> bool:
    """A line closed by a verbal noun of giving (`[presented] giving_verbs`: 감면, 할인, 환급 …)
    that runs straight into its own amount, in a list its sentence presents as programs (주요
    사업은 △… △다자녀 가정 공공요금 감면 18억원 △… 등이다): it names a benefit given, as a line
    closed by 지원 does; one specific word before it says which. Lines of building, events and
    costs (…건립, …페스티벌, …부담금) have no such noun and stay out."""
    doc = ctx.doc
    t = doc[last]
    if t.tag_ != "NNG" or t.text not in name_rules().giving_verbs or last <= first:
        return False
    if last > first and in_one_word(doc[last - 1], t):
        return False  # one word with the noun before it: a compound Kiwi split
    if not _budget_of_line(doc, k, last) or not _list_of_undertakings(ctx, bullet):
        return False
    start = trim_start(doc, first, last)
    words = words_of(doc, start, last)
    return bool(words) and is_specific(words, 1)


def _campaign_line(ctx: Context, bullet: int, first: int, k: int, last: int) -> bool:
    """A line closed by the -기 noun of a verb (…작은학교 살리기) that runs straight into its own
    amount, in a list its sentence presents as programs (주요 신규사업으로는 ▲… ▲곡성형 작은학교
    살리기 4억 5천만 원 등이 반영됐다): a campaign named by what it does, as a quoted -기 phrase
    of two words or more is, bounded by the bullet and the amount."""
    doc = ctx.doc
    if last - 1 <= first or doc[last].tag_ != "ETN" or doc[last].text != "기":
        return False
    start = verbal_noun_start(doc, last, first)
    if start is None or start <= first:
        return False  # a noun of the line must say what the campaign acts on
    if not _budget_of_line(doc, k, last) or not _list_of_undertakings(ctx, bullet):
        return False
    begin = trim_start(doc, first, last)
    return any(is_noun(t) and not is_space(t) for t in doc[begin:start])


def _rate_inside(doc: Doc, k: int, first: int) -> bool:
    """Token k is the percent sign of a rate written inside a line between nouns (▲청년 창업 공간
    임대료 50% 지원): the share of a cost the line pays, part of what it names."""
    if k <= first or doc[k].text not in {"%", "％"} or doc[k - 1].tag_ != "SN":
        return False
    j = k + 1
    while j < len(doc) and is_space(doc[j]):
        j += 1
    return j < len(doc) and not in_one_word(doc[k], doc[j]) and is_noun(doc[j])


def _runs_people(ctx: Context, head: Head, first: int) -> bool:
    """The line runs the people a program employs (▲아동안전지킴이 운영 4억 원, ▲돌봄매니저 운영)
    or a course it holds (- 경로당 건강운동 교실 운영 1억 8천만 원): 운영 right after a head of
    people or of a course (`[presented] people`, `courses`), the line's form of …지킴이를
    운영한다, …교실을 운영한다, which presents a program; after a facility (경로당 운영) it is a
    running cost, and so it is after a facility's service (가족센터 통합서비스 운영)."""
    if head.word != "운영" or head.first != head.last:
        return False
    k = head.first - 1
    while k >= first and is_space(ctx.doc[k]):
        k -= 1
    before = ctx.heads.get(k)
    rules = name_rules()
    if before is None or before.first < first or before.word not in rules.people | rules.courses:
        return False
    # words that say whose people or which course (아동안전, 마을 돌봄): a bare 지킴이 운영
    # names none
    return bool(before.prefix) or any(is_noun(t) for t in ctx.doc[first : before.first])


def _quoted_line(ctx: Context, opening: int, bullet: int) -> Candidate | None:
    """A bulleted line that opens with a quoted name and runs in nouns to its own amount
    (▲‘가치가게’ 지정·지원 12억원, ▲‘행복 누리’ 공영버스 운영 8억원): the bullet and the amount
    bound the line as they bound an unquoted one, and the quote says which program, as a quote
    with its amount right after it does. The name is the line without its quote marks. Without
    an amount, in a list its sentence presents as programs (주요 사업은 ▲… ▲‘여수 일자리 버스’
    순회 상담 등이다), the quote is the program and the nouns after it what it does."""
    doc, text = ctx.doc, ctx.text
    quote = _QUOTED.match(text, doc[opening].idx)
    if quote is None:
        return None
    close = ctx.token_at(quote.end() - 1)
    if close is None or close <= opening + 1:
        return None
    k = close + 1
    if k < len(doc) and in_one_word(doc[close], doc[k]):
        return None  # ‘…’는, ‘…’에: a particle makes the quote a word of a clause
    while k < len(doc) and not _is_amount(doc, k):
        t = doc[k]
        if k in ctx.bullets or "\n" in t.text or (t.text == "등" and t.tag_ == "NNB"):
            return _quote_of_line(ctx, quote, close, k, bullet)
        if not (is_noun(t) or is_space(t) or t.text in _DOTS):
            return None
        k += 1
    last = k - 1
    while last > close and is_space(doc[last]):
        last -= 1
    if last == close or k >= len(doc) or not _is_quoted_name(ctx, *quote.span("name")):
        return None  # right before its amount the quote is found as a quoted budget item
    end = doc[last].idx + len(doc[last].text)
    return _quoted_name(ctx, quote.start(), end, content=quote.span("name"))


def _quote_of_line(
    ctx: Context, quote: re.Match[str], close: int, k: int, bullet: int
) -> Candidate | None:
    """The quote opening a bulleted line that runs in nouns of what it does to the line's end
    (▲‘여수 일자리 버스’ 순회 상담 ▲…, ▲‘…’ 운영 등이다) without an amount: a program when the
    sentence presents its list as programs (`_list_of_undertakings`), named by the quote."""
    doc = ctx.doc
    nouns = [t for t in doc[close + 1 : k] if not is_space(t)]
    if not all(is_noun(t) or t.text in _DOTS for t in nouns):
        return None
    if not _is_quoted_name(ctx, *quote.span("name")) or not _list_of_undertakings(ctx, bullet):
        return None
    rules = name_rules()
    content = _content(quote)
    if content.endswith(rules.not_undertakings) or content.endswith(tuple(rules.org_after)):
        return None  # ▲‘… 축제’, ▲‘… 센터’: an event or a body the list also holds
    return _quoted_item(ctx, *quote.span("name"), actions=True)


def _own_amount(doc: Doc, k: int, last: int) -> bool:
    """The item's name runs right up to an amount, its own budget (▲… 지원 18억 원), not to a
    total after 등 (▲… 지원 등 30억 원 규모의 …)."""
    if k >= len(doc) or not _is_amount(doc, k):
        return False
    return all(is_space(t) or t.text == "(" for t in doc[last + 1 : k])


def _budget_of_line(doc: Doc, k: int, last: int) -> bool:
    """The item's name runs straight into a number of money, the line's budget (▲경로당 운영지원
    21억원, ▲마을공동체 활성화 및 주민자치 지원 8억원), not into a parenthesis or a rate of what
    each is given (▲… 훈련수당 지원(월 60만 원)). Issue 8 counts such enumerated budget items as
    programs whatever their head; a line without its own budget keeps the head rules."""
    return (
        _own_amount(doc, k, last)
        and doc[k].tag_ in {"SN", "NR"}
        and all(is_space(t) for t in doc[last + 1 : k])
    )


def _has_field_line(ctx: Context, bullet: int) -> bool:
    """A line of the bullet's list, in its sentence, is one word before its amount or count
    (▲직접일자리 218억 원, ▲복지·교육 1천145억 원, ▲직업능력개발훈련 214개): a field's name."""
    doc, start = ctx.doc, ctx.sentence_start(bullet)
    for b in sorted(ctx.bullets):
        if ctx.sentence_start(b) != start:
            continue
        first = b + 1
        while first < len(doc) and is_space(doc[first]):
            first += 1
        k = first
        while k < len(doc) and k not in ctx.bullets and doc[k].tag_ not in {"SN", "NR"}:
            k += 1
        last = k - 1
        while last > first and is_space(doc[last]):
            last -= 1
        if (
            k < len(doc)
            and doc[k].tag_ in {"SN", "NR"}
            and first < k
            and all(in_one_word(doc[i], doc[i + 1]) for i in range(first, last))
        ):
            return True
    return False


def _list_by_field(ctx: Context, bullet: int) -> bool:
    """The sentence breaks a budget down by field before its list (분야별로는 ▲직접일자리 218억
    원 ▲창업지원 118억 원, 부문별 예산은 ▲…): the lines name fields, not programs."""
    doc = ctx.doc
    fields = name_rules().fields
    for i in range(ctx.sentence_start(bullet), bullet):
        if doc[i].text in fields and i + 1 < bullet and doc[i + 1].text == "별":
            return True
    return False


def _list_of_undertakings(ctx: Context, bullet: int) -> bool:
    """The sentence presents its bulleted list as programs: what leads the list calls its items
    사업 (주요 사업으로는 ▲…, 선정된 사업은 ▲…, 사업별 예산은 ▲…; also a line before the list
    that announces it, 주요 사업은 다음과 같다. ① …), or the list closes as the object of a verb
    of undertaking (▲… 3억 원 등을 추진한다). A list a budget only holds (▲… 등을 반영했다,
    편성했다) is lines of spending."""
    doc = ctx.doc
    begin = ctx.sentence_start(bullet)
    end = bullet
    while end < len(doc) and not (end > begin and doc[end].is_sent_start):
        end += 1
    if _led_as_projects(ctx, bullet):
        return True
    last_bullet = max(i for i in range(begin, end) if i in ctx.bullets)
    verbs = name_rules().undertaking_verbs
    return any(
        (doc[i].text.endswith("원") or i in ctx.heads) and _verb_of_line(doc, i) in verbs
        for i in range(last_bullet, end)
    )


def _led_as_projects(ctx: Context, bullet: int) -> bool:
    """What leads the bulleted list `bullet` is in calls its lines 사업 (주요 사업은 ▲…, 사업별
    예산은 ▲…), in its sentence or in a line that announces it (주요 사업은 다음과 같다. ① …)."""
    doc = ctx.doc
    begin = ctx.sentence_start(bullet)
    lead = next((i for i in range(begin, bullet + 1) if i in ctx.bullets), bullet)
    if _calls_lines_projects(doc, begin, lead):
        return True
    announced = _announcing_line(ctx, lead) if lead == begin else None
    return announced is not None and _calls_lines_projects(doc, *announced)


def _list_presented(ctx: Context, bullet: int) -> bool:
    """The verb of the bulleted list `bullet` is in presents its lines, as it presents the members
    of a list written with commas (…기초교육, …현장교육 등을 운영한다): the last line is its object
    with 등을 (▲… 바우처 ▲… 대출이자 지원 ▲… 축하금 등을 함께 운영한다), or the list closes with 등
    before a generic kind of 사업 or 시책 that is its object (▲… 지원 제도 ▲… 환경개선 지원 등
    소상공인 3대 지원 시책을 운영한다)."""
    doc = ctx.doc
    begin = ctx.sentence_start(bullet)
    end = bullet
    while end < len(doc) and not (end > begin and doc[end].is_sent_start):
        end += 1
    verbs = name_rules().presenting_verbs
    last_bullet = max(i for i in range(begin, end) if i in ctx.bullets)
    for i in range(last_bullet + 1, end):
        if i in ctx.heads and _verb_of_line(doc, i) in verbs:
            return True
        if doc[i].text == "등" and doc[i].tag_ == "NNB" and word_end(doc, i) == i + 1:
            if not _kind_after_list(ctx, i):
                return False
            kind = next(j for j in range(i + 1, end) if doc[j].lemma_ in name_rules().list_kinds)
            return _verb_of_object(doc, kind) in verbs
    return False


def _calls_lines_projects(doc: Doc, begin: int, lead: int) -> bool:
    """The words begin..lead-1 that lead a list call its lines 사업 (사업으로는, 사업별, 지원사업에;
    not 사업비, 사업장)."""
    for i in range(begin, lead):
        t = doc[i]
        if (
            t.text == "사업"
            and t.tag_ == "NNG"
            and not (
                i + 1 < lead
                and in_one_word(t, doc[i + 1])
                and is_noun(doc[i + 1])
                and doc[i + 1].tag_ != "XSN"
            )
        ):
            return True
    return False


# The end of a sentence that announces a list on the lines after it (… 다음과 같다., … 다음과
# 같습니다, … 내역:).
_ANNOUNCES = re.compile(r"(?:다음과\s*같(?:다|습니다)|[:：])\s*\.?\s*$")


def _announcing_line(ctx: Context, bullet: int) -> tuple[int, int] | None:
    """The line that announces the list whose line `bullet` opens (주요 사업은 다음과 같다.
    ① … ② …): the nearest line before it that no bullet opens. Its token bounds, when it ends
    as an announcement (`_ANNOUNCES`), else None."""
    doc = ctx.doc
    texts = token_texts(doc)
    end = bullet
    while end > 0:
        k = end - 1
        while k >= 0 and "\n" not in texts[k]:
            k -= 1
        if k < 0:
            return None  # the list opens the text
        line_end = k  # the break before the line that `end` is on
        start = line_end - 1
        while start >= 0 and "\n" not in texts[start]:
            start -= 1
        first = start + 1
        while first < line_end and not texts[first].strip():
            first += 1
        if first == line_end:
            end = line_end  # an empty line between
            continue
        if first not in ctx.bullets:
            if _ANNOUNCES.search(span_text(doc, first, line_end).strip()):
                return first, line_end
            return None
        end = first
    return None


def _verb_of_line(doc: Doc, last: int) -> str | None:
    """The verb a list's last line, ending at `last` in its amount or its head, is the object
    of: with 을/를 (`_verb_of_object`), or with 도 in the object's place, also after the list's
    등 (▲… 임대료 지원도 함께 추진한다, ▲… 5억 원 등도 추진한다: these too are undertaken)."""
    k = last + 1
    if k < len(doc) and not in_one_word(doc[last], doc[k]):  # … 5억 원 등도
        while k < len(doc) and is_space(doc[k]):
            k += 1
        if k + 1 >= len(doc) or doc[k].text != "등" or not in_one_word(doc[k], doc[k + 1]):
            return _verb_of_object(doc, last)
        k += 1
    if not (
        k < len(doc)
        and in_one_word(doc[k - 1], doc[k])
        and doc[k].tag_ == "JX"
        and doc[k].text == "도"
        and word_end(doc, k) == k + 1
    ):
        return _verb_of_object(doc, last)
    k += 1
    while k < len(doc) and (is_space(doc[k]) or _how_word(doc, k)):
        k = k + 1 if is_space(doc[k]) else word_end(doc, k)
    if k >= len(doc) or in_one_word(doc[k - 1], doc[k]):
        return None
    return doc[k].lemma_.split("+")[0]


def _particle_inside(doc: Doc, k: int, first: int) -> bool:
    """Token k is an adverbial particle that ends a noun's word inside an item, with a noun's word
    after it (▲전남형 청년 마을로 프로젝트 38억 원): a coined name may hold one, and the bullet
    and the amount bound it."""
    if doc[k].tag_ != "JKB" or k <= first or not is_noun(doc[k - 1]):
        return False
    if not in_one_word(doc[k - 1], doc[k]) or word_end(doc, k) != k + 1:
        return False
    j = k + 1
    while j < len(doc) and is_space(doc[j]):
        j += 1
    return j < len(doc) and is_noun(doc[j])


def _spending_line(head: Head, words: list[Word]) -> bool:
    """An unquoted item closed by a head of `[items] spending` (▲영유아 보육료 지원 30억원,
    ▲소상공인 이차보전 지원): a line of the budget says what its money supports, and 지원 names
    a program only when a verb presents it; a place's own version before it still says which
    program (▲영암형 로컬크리에이터 창업지원)."""
    rules = name_rules()
    if head.label != "QUOTED" or head.word not in rules.item_spending:
        return False
    if words and _led_by_place_version(words[0]):
        return False
    return not any(_coined_for_group(word) for word in words)


def _coined_for_group(word: Word) -> bool:
    """One word of a group and what a program gives it (노인일자리, 아이돌봄, 장애인활동): the
    coined name of a program for that group."""
    rules = name_rules()
    forms = [f for f, tag in word if tag in rules.content_tags]
    return len(forms) == 2 and forms[0] in rules.groups and forms[1] in rules.item_coined


def _led_by_place_version(word: Word) -> bool:
    """A place's own version, also when Kiwi keeps it one proper noun (영암형/NNP)."""
    if is_place_version(word):
        return True
    forms = [f for f, tag in word if tag == "NNP"]
    return len(forms) == 1 and _is_proper_version(forms[0])


def _is_proper_version(form: str) -> bool:
    return len(form) >= 3 and form.endswith("형") and form[:-1] not in name_rules().generic


def _before_head(doc: Doc, head: Head) -> str:
    """The noun right before a head (운영 of 운영지원, of 경로당 운영 지원)."""
    if head.prefix:
        return head.prefix
    k = head.first - 1
    while k >= 0 and is_space(doc[k]):
        k -= 1
    return doc[k].text if k >= 0 else ""


def _counted(doc: Doc, head: Head) -> bool:
    """The head follows a count (3개 분야 18개 사업): a number of programs, not one."""
    k = head.first - 1
    while k >= 0 and is_space(doc[k]):
        k -= 1
    return k > 0 and doc[k].tag_ == "NNB" and doc[k - 1].tag_ in {"SN", "NR"}


def _item_ends(doc: Doc, k: int, last: int, bullets: frozenset[int]) -> bool:
    """An item's name stops at an amount, a bullet, a line or sentence end, or a particle,
    punctuation or the copula right after its last word or the list's 등 (…지원을 편성, …사업
    등, …지원 등이다)."""
    if k >= len(doc) or _is_amount(doc, k) or doc[k].is_sent_start or "\n" in doc[k].text:
        return True
    if k in bullets:
        return True
    if k != last + 1 and not all(t.text == "등" for t in doc[last + 1 : k]):
        return False
    # …지원 등이다: the list's 등 and the copula close the last line
    return doc[k].tag_[:1] in {"J", "S"} or doc[k].text == "등" or doc[k].tag_ == "VCP"


def _is_amount(doc: Doc, k: int) -> bool:
    """Token k starts an amount of money: a number with 억/만/천/조 or 원 (35억원, 9억 3천만 원),
    possibly in a parenthesis (통합문화이용권(4억원)), after words of its period or bound
    (`[items] amount_lead`: … 지원(연 최대 300만 원))."""
    if doc[k].text == "(" and k + 1 < len(doc):
        k += 1
    lead = name_rules().amount_lead
    for _ in range(_MAX_AMOUNT_LEADS):
        if doc[k].text not in lead or word_end(doc, k) != k + 1:
            break
        k += 1
        while k < len(doc) and is_space(doc[k]):
            k += 1
        if k >= len(doc):
            return False
    if doc[k].tag_ not in {"SN", "NR"}:
        return False
    # The number runs over digits, numeral words and their separators; what ends it decides: 원
    # (35억원, 9억 3천만 원), or 억 or 조 of a bare amount (88억), never a counter after a 천 or
    # 만 (▲창업 지원 5천500명: a count of people, no line's budget).
    large = False
    for t in doc[k + 1 : k + 12]:
        if t.text in {"원", "억원", "만원", "천원", "조원"}:
            return True
        if t.tag_ not in {"SN", "NR", "SP", SPACE_TAG} and not (t.text == "." or t.text == ","):
            return large
        large = large or (t.tag_ == "NR" and t.text.endswith(("억", "조")))
    return large


def _listed_candidates(ctx: Context) -> Iterator[Candidate]:
    """Members of a list written in a sentence and closed by 등 before the kind 사업 (전남형 AI
    인재 양성 생태계 구축 280억 원, 기초학력 향상 166억 원 등 … 핵심 사업이 반영됐다; ‘…’,
    ‘…’ 등 8개 사업이 선정됐다): the kind says the members are programs, each with its own
    amount or none. A member is a quote or a noun phrase of two specific words; the list needs
    two members, and the kind must follow 등 as a word of its own (…등을 편성했다 lists lines of
    spending, …등으로 짜였다 parts of a budget)."""
    doc = ctx.doc
    for i, t in enumerate(doc):
        if t.text != "등" or t.tag_ != "NNB" or word_end(doc, i) != i + 1:
            continue
        floor = ctx.sentence_start(i)
        if not _kind_after_list(ctx, i):
            continue
        members = _list_members(ctx, floor, i)
        if len(members) >= 2:
            yield from (m for m in members if m is not None)


# Tags that may stand between a list's 등 and its kind: nouns, counts, and an adnominal clause
# (등 학생 지원과 미래교육 대비를 위한 핵심 사업이), not a clause that ends (등 중첩규제 탓에 …).
_KIND_PHRASE_TAGS = frozenset({"NNG", "NNP", "NNB", "NR", "SN", "XSN", "XPN", "JKO", "JC", "MM"})


def _kind_after_list(ctx: Context, i: int) -> bool:
    """The 등 at token i is followed by the noun phrase of a generic kind ending in `[items]
    list_kinds` with a particle (… 등 4개 사업에, 등 3대 역점사업에, 등 … 위한 핵심 사업이, 등
    주거비 지원 3종 사업을): the members are programs of no name of their own kind. A kind that
    is a named program (등 주요 기술보급사업의) has the members as its parts, and a kind that
    modifies another noun with 의 (등 광양시 핵심 사업의 추진력) names them as aims."""
    doc = ctx.doc
    kinds = name_rules().list_kinds
    for j in range(i + 1, min(len(doc), i + 1 + _MAX_KIND_TOKENS)):
        t = doc[j]
        if t.is_sent_start:
            return False
        if t.lemma_ in kinds and t.tag_ == "NNG":
            after = doc[j + 1] if j + 1 < len(doc) else None
            if after is None or not in_one_word(t, after):
                return False
            if not (after.tag_[:1] == "J" or after.tag_.startswith("VCP")) or after.tag_ == "JKG":
                return False
            return _generic_kind(doc, j, i)
        if t.lemma_ in name_rules().fields:
            return False  # 등 4개 분야 68개 사업: the members are fields the programs fall in
        tags = set(t.tag_.split("-")[0].split("+"))
        if not (is_space(t) or tags <= _KIND_PHRASE_TAGS or "ETM" in tags):
            return False
    return False


def _generic_kind(doc: Doc, j: int, floor: int) -> bool:
    """The kind's head at token j says no program of its own: glued to generic words only
    (역점사업), or written after a count (4개 사업, 3종 사업), a generic word (핵심 사업, 지원
    시책) or a clause (… 위한 사업)."""
    rules = name_rules()
    first = word_start(doc, j, floor + 1)
    if first < j:
        return all(doc[m].text in rules.generic for m in range(first, j))
    k = j - 1
    while k > floor and is_space(doc[k]):
        k -= 1
    if k <= floor:
        return True
    if "ETM" in doc[k].tag_.split("+") or doc[k].text in rules.generic:
        return True
    start = word_start(doc, k, floor + 1)
    return doc[start].tag_ in {"SN", "NR"} or doc[start].text in rules.generic


def _list_members(ctx: Context, floor: int, last: int) -> list[Candidate | None]:
    """The members of the list that ends before token `last` (its 등), right to left between
    commas: a quote or a noun phrase, each with its amount after it or none (None for a member
    that is no name). The leftmost member is the noun phrase (or quote) that ends its segment."""
    doc = ctx.doc
    members: list[Candidate | None] = []
    end = last
    while end > floor:
        begin = end - 1
        depth = 0
        while begin >= floor:  # the segment: back to a comma outside quotes and parentheses
            t = doc[begin]
            if t.tag_ in {"SSC"} or t.text == ")":
                depth += 1
            elif t.tag_ in {"SSO"} or t.text == "(":
                depth -= 1
            elif depth == 0 and t.text == "," and t.tag_ == "SP":
                break
            begin -= 1
        if any(m in ctx.bullets for m in range(max(begin + 1, floor), end)):
            break  # a bulleted list is left to its lines (▲… ▲… 등 5개 사업)
        member, whole = _list_member(ctx, max(begin + 1, floor), end)
        members.append(member)
        if not whole or begin < floor:
            break
        end = begin
    return members[::-1]


def _list_member(ctx: Context, begin: int, end: int) -> tuple[Candidate | None, bool]:
    """One member between tokens begin and end-1: a quote or a noun phrase, with its amount after
    it or none. Returns the candidate (None when it is no name) and whether the member fills its
    segment, so that the list may go on to the left."""
    doc = ctx.doc
    k = end - 1
    while k >= begin and is_space(doc[k]):
        k -= 1
    amount = k + 1  # … 구축 280억 원: the member's own amount, at its end
    while amount - 1 >= begin and (
        doc[amount - 1].tag_ in {"SN", "NR"}
        or doc[amount - 1].text in {"원", "억원", "만원", "천원", "조원"}
        or is_space(doc[amount - 1])
    ):
        amount -= 1
    while amount <= k and is_space(doc[amount]):
        amount += 1
    if amount <= k and _is_amount(doc, amount):
        k = amount - 1
        while k >= begin and is_space(doc[k]):
            k -= 1
    if k < begin:
        return None, False
    if doc[k].tag_ == "SSC" or doc[k].text in _EITHER:
        opening = next((m for m in range(k - 1, begin - 1, -1) if doc[m].tag_ == "SSO"), None)
        if opening is None or opening + 1 > k - 1:
            return None, False
        start, stop = doc[opening + 1].idx, doc[k - 1].idx + len(doc[k - 1].text)
        whole = all(is_space(t) for t in doc[begin:opening])
        return _quoted_name(ctx, start, stop), whole
    if not is_noun(doc[k]) and not is_verbal_noun(doc, k, begin):  # … 학교 숲 가꾸기 40억 원
        return None, False
    rules = name_rules()
    if doc[k].text in rules.relational and k > begin and not in_one_word(doc[k - 1], doc[k]):
        k -= 1  # 독서인문교육 중심 185억 원: what the money centres on
        while k >= begin and is_space(doc[k]):
            k -= 1
    verbal = None if is_noun(doc[k]) else verbal_noun_start(doc, k, begin)
    if verbal is not None:  # the phrase before a -기 noun (학교 숲 가꾸기)
        start = verbal
        if verbal > begin and is_noun(doc[verbal - 1]):
            start = _phrase_with_abbreviation(doc, verbal - 1, begin)
    else:
        start = _phrase_with_abbreviation(doc, k, begin)
    start = trim_start(doc, start, k)
    whole = all(is_space(t) or _is_trim(t) for t in doc[begin:start])
    words = words_of(doc, start, k + 1)
    if not is_specific(words, 2):
        return None, whole
    return ctx.candidate(start, k), whole


def _phrase_with_abbreviation(doc: Doc, last: int, floor: int) -> int:
    """The start of the noun phrase ending at token `last`, over an abbreviation in Latin
    capitals in parentheses glued to a noun inside it (사람유두종 바이러스(HPV) 무료 예방접종)."""
    start = phrase_start(doc, last, floor)
    while (
        start - 4 >= floor
        and doc[start - 1].text == ")"
        and doc[start - 2].tag_ == "SL"
        and doc[start - 3].text == "("
        and is_noun(doc[start - 4])
        and in_one_word(doc[start - 4], doc[start - 3])
        and not in_one_word(doc[start - 1], doc[start])
    ):
        start = phrase_start(doc, start - 4, floor)
    return start


def _definition_candidates(ctx: Context) -> Iterator[Candidate]:
    """The topic of a sentence that defines it as a program: ‘드림스타트는 … 제공하는
    프로그램이다’, ‘대한민국수산식품명인은 … 지정하는 제도다’, ‘‘서울형 아이돌봄비’는 … 주는
    사업으로 …’."""
    doc = ctx.doc
    for head in ctx.heads.values():
        if head.label not in {"PROJECT", "SCHEME"}:
            continue
        floor = ctx.sentence_start(head.first)
        by_copula = _ends_sentence_with_copula(doc, head.last)
        if not (by_copula or _defined_as(doc, head, floor)):
            continue
        topic = _first_topic(doc, max(floor, 1), head.first)
        if topic is None or not in_one_word(doc[topic - 1], doc[topic]):
            continue
        if topic == floor:  # Kiwi opened a sentence with the particle of a quote (‘…’ | 은 …)
            floor = ctx.sentence_start(floor - 1)
        if _refers_back(ctx, topic):
            continue  # 이 프로그램은 … 프로그램이다: the program named before, described
        if not by_copula and any(t.tag_ in {"SSO", "SSC"} for t in doc[topic + 1 : head.first]):
            continue  # someone's words in quotes: 지사장은 “… 좋은 제도로 도움 줄 수 있어 …”
        if doc[topic - 1].tag_ == "SSC":  # a quoted topic: ‘…’는
            quoted = _quoted_topic(ctx, topic - 1, floor)
            if quoted is not None:
                yield quoted
            continue
        start = trim_start(doc, phrase_start(doc, topic - 1, floor), topic - 1)
        if any(t.tag_ not in {"MAG", "MAJ", "SP"} for t in doc[floor:start] if not _is_trim(t)):
            continue  # the topic must open the sentence
        words = words_of(doc, start, topic)
        if _is_actor(doc, start, topic):
            continue  # 서구는 … 프로그램으로 …: who runs it, not what it is
        if words and is_specific(words, 2) and not is_generic_word(words[-1]):
            yield ctx.candidate(start, topic - 1)


def _is_topic_marker(token: Token) -> bool:
    """The topic particle 은/는 (JX; not 도, 만 …)."""
    return token.tag_ == "JX" and token.text in {"은", "는"}


def _first_topic(doc: Doc, begin: int, end: int) -> int | None:
    """The first topic particle (`_is_topic_marker`) among tokens begin..end-1."""
    return next((k for k in range(begin, end) if _is_topic_marker(doc[k])), None)


def _refers_back(ctx: Context, topic: int) -> bool:
    """The word before the topic particle at `topic` is a bare head word after a determiner
    that refers back (`[generic] referring`: 이 사업은, 해당 프로그램은, 동 제도는): the topic is
    the program named before, no name of its own."""
    doc = ctx.doc
    head = ctx.heads.get(topic - 1)
    if head is None or head.first != topic - 1 or head.prefix:
        return False
    k = head.first - 1
    while k >= 0 and is_space(doc[k]):
        k -= 1
    return (
        k >= 0
        and not in_one_word(doc[k], doc[head.first])
        and word_start(doc, k, 0) == k
        and doc[k].text in name_rules().referring
    )


def _describes_topic(ctx: Context, c: Candidate) -> bool:
    """The unquoted mention is the copula's complement (or its adverbial with 으로) after a
    clause of what it does, in a sentence whose topic is a program named before or quoted (이
    사업은 … 지원하는 전남도 대표 청년 창업 프로그램이다; ‘마음돌봄단’은 … 이웃을 살피는 주민
    참여형 돌봄 사업으로, …): it says what kind that program is, not another program. Without the
    clause the complement may name the program the topic belongs to (이번 사업은 … 청년마을
    만들기 지원사업이다)."""
    if c.quoted:
        return False
    doc = ctx.doc
    last = ctx.token_at(c.end - 1)
    first = ctx.token_at(c.start)
    if last is None or first is None or last + 1 >= len(doc):
        return False
    after = doc[last + 1]
    if not in_one_word(doc[last], after) or not (
        after.tag_.startswith("VCP") or (after.tag_ == "JKB" and after.text in {"으로", "로"})
    ):
        return False
    before = first - 1
    while before >= 0 and is_space(doc[before]):
        before -= 1
    if before < 0 or not _verb_adnominal(doc, before):
        return False
    floor = ctx.sentence_start(first)
    # Kiwi may open a sentence with the particle of a quote that opens a line (‘…’ | 은 …)
    topic = _first_topic(doc, max(floor, 1), first)
    if topic is None:
        return False
    if doc[topic - 1].tag_ == "SSC" and in_one_word(doc[topic - 1], doc[topic]):
        return True  # ‘…’은: the quoted program the sentence is about
    return after.tag_.startswith("VCP") and _refers_back(ctx, topic)


def _is_actor(doc: Doc, start: int, end: int) -> bool:
    """The words start..end-1 end in a place, an agency or an organisation (대전 서구,
    산림청, 일자리지원센터): the topic of 는 is then who runs the program the sentence names with
    으로 or 이다 (…는 … 프로그램으로 아동 420명을 도왔다), not the program itself."""
    if end <= start:
        return False
    rules = name_rules()
    last = doc[end - 1]
    text = "".join(t.text for t in doc[word_start(doc, end - 1, start) : end])
    place = last.tag_ == "NNP" and last.text[-1] in _PLACE_ENDS and not text.endswith("제도")
    return place or is_agency(text) or text.endswith(tuple(rules.org_after))


def _defined_as(doc: Doc, head: Head, floor: int) -> bool:
    """The head, after a clause that describes it, is the predicate's complement with 으로
    (… 월 30만 원을 주는 사업으로 신청자가 몰렸다): the topic is defined as a program."""
    k = head.last + 1
    if k >= len(doc) or not in_one_word(doc[head.last], doc[k]):
        return False
    if any(doc[m].tag_ != "SP" for m in range(k + 1, word_end(doc, k))):
        return False  # … 사업으로, (a comma may close the adverbial)
    if doc[k].tag_ != "JKB" or doc[k].text not in {"으로", "로"}:
        return False
    before = phrase_start(doc, head.first, floor) - 1
    return before >= floor and _verb_adnominal(doc, before)


def _verb_adnominal(doc: Doc, i: int) -> bool:
    """Token i ends the adnominal of a verb: a clause of what something does (주는, 지원하는),
    not of what it is like (좋은 제도로)."""
    if "ETM" not in doc[i].tag_.split("+"):
        return False
    verb = doc[i] if "+" in doc[i].tag_ else doc[i - 1]
    return verb.tag_.split("+")[0].split("-")[0] in {"VV", "XSV"}


def _quoted_topic(ctx: Context, close: int, floor: int) -> Candidate | None:
    """The quoted topic that a sentence defines, when its quote opens the sentence."""
    doc = ctx.doc
    opening = next((k for k in range(close - 1, floor - 1, -1) if doc[k].tag_ == "SSO"), None)
    if opening is None or opening + 1 >= close:
        return None
    if any(t.tag_ not in {"MAG", "MAJ", "SP"} for t in doc[floor:opening] if not _is_trim(t)):
        return None
    start, end = doc[opening + 1].idx, doc[close - 1].idx + len(doc[close - 1].text)
    return _quoted_item(ctx, start, end)


def _coordinated_parts(ctx: Context, c: Candidate) -> list[Candidate]:
    """Names that share the head of one word through middle dots: 소농·면적직불금 names 소농직불금
    and 면적직불금, 해안 정비·어촌활력사업 names 해안 정비사업 and 어촌활력사업 (a part that ends in
    a head of its own keeps it). Words before the dotted word belong to its first part. Each part
    must be a name by itself; a candidate with no dotted head word is returned as it is."""
    if c.quoted:
        return [c]
    doc = ctx.doc
    span = ctx.span(c.start, c.end)
    head = ctx.heads.get(span.end - 1) if span is not None else None
    if span is None or head is None or head.label in ("WORKS", "QUOTED"):
        # a course or service over two activities is one (농업일자리 탐색·체험교육)
        return [c]
    first_of_word = word_start(doc, head.first, span.start)
    dots = [k for k in range(first_of_word, head.first) if doc[k].text in _DOTS]
    if not dots:
        return [c]
    bounds = [first_of_word - 1, *dots, head.first + (1 if head.prefix else 0)]
    # What the last part puts before the shared head (면적 of 면적직불금, 출생 of 출생기본소득).
    modifier = "".join(t.text for t in doc[dots[-1] + 1 : head.first]) + head.prefix
    parts: list[Candidate] = []
    for n, (left, right) in enumerate(itertools.pairwise(bounds)):
        first, last = left + 1, right - 1
        if n == len(dots):  # the last part carries the head itself
            last = head.last
        if last < first or not any(is_noun(t) for t in doc[first : last + 1]):
            return [c]
        start = span.start if n == 0 else first
        begin, end = doc[start].idx, doc[last].idx + len(doc[last].text)
        name = ctx.text[begin:end]
        own = head if n == len(dots) else ctx.heads.get(last)
        if own is not None and own.label in {"PROJECT", "SCHEME", "ATTACHED"}:
            words = modifier_words(doc, start, own)
        elif len("".join(t.text for t in doc[first : last + 1])) <= len(modifier) + 1:
            # 소농 of 소농·면적직불금: a modifier like 면적, the shared head completes it
            own, words = head, words_of(doc, start, last + 1)
            name += head.word
        else:  # 공공어린이집 of 공공어린이집·출생수당: a thing of its own, not a kind of 수당
            continue
        if is_specific(words, needed_count(own, quoted=False), kinds_of(own)):
            parts.append(Candidate(begin, end, name))
    return parts


def _is_trim(token: Token) -> bool:
    return token.text in name_rules().trim


def _ends_sentence_with_copula(doc: Doc, i: int) -> bool:
    """Token i is followed, in its word, only by the copula and a final ending (제도다, 사업이다,
    프로그램입니다), and then by the end of the sentence."""
    k = i + 1
    seen_ending = False
    while k < len(doc) and in_one_word(doc[k - 1], doc[k]):
        tags = set(doc[k].tag_.split("+"))
        if not tags <= {"VCP", "EF"}:
            break
        seen_ending = seen_ending or "EF" in tags
        k += 1
    if not seen_ending:
        return False
    return k >= len(doc) or doc[k].tag_ in {"SF", "SSC", SPACE_TAG} or doc[k].is_sent_start


def _head_after(ctx: Context, char: int) -> Head | None:
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
            rules = name_rules()
            if head.label == "QUOTED" and not (
                head.word in rules.after_quote
                or (head.word in rules.presented and _presented_by_verb(doc, head.last))
                or (head.word in rules.presented and _extended(doc, head.last))
            ):
                # ‘…’ 과제, ‘청렴 한마당’ 청렴교육을 실시했다; not ‘…’ 지원, but ‘…’ 조성 사업
                if i + 1 < len(doc) and not in_one_word(doc[i], doc[i + 1]):
                    return _head_after_action(ctx, pos, i)
                return None
            return head
        if not (is_noun(doc[i]) and i + 1 < len(doc)):
            return None
        if not in_one_word(doc[i], doc[i + 1]):
            return _head_after_action(ctx, pos, i)
        i += 1
    return None


def _head_after_action(ctx: Context, pos: int, last: int) -> Head | None:
    """A project head written after one word of action that follows a quote (‘…’ 건립 사업,
    ‘…’ 조성 프로젝트): the quote names what is built or run, the words after it which program.
    The word from `pos` to `last` must be nouns only, of a verbal noun (건립, 조성, 지원)."""
    doc = ctx.doc
    first = ctx.token_at(pos)
    if first is None or not all(doc[k].tag_ == "NNG" for k in range(first, last + 1)):
        return None
    k = last + 1
    while k < len(doc) and is_space(doc[k]):
        k += 1
    if k >= len(doc) or in_one_word(doc[last], doc[k]):
        return None
    word_last = word_end(doc, k) - 1
    while word_last > k and not is_noun(doc[word_last]):
        word_last -= 1
    head = ctx.heads.get(word_last)
    if head is None or head.label != "PROJECT" or head.first != k or head.prefix:
        return None
    action = "".join(t.text for t in doc[first : last + 1])
    if action in name_rules().quote_actions:
        return head
    # one noun of what the program does or for whom (‘…’ 돌봄 사업, ‘…’ 소비촉진 캠페인): the
    # quote names it, the word and the head say which kind; not a generic word, a linker or a
    # source of money, which make the phrase another program (‘…’ 후속 사업, ‘…’ 관련 사업)
    word = [(t.lemma_, t.tag_) for t in doc[first : last + 1]]
    return head if is_specific([word], 1) and not _quotes_an_event(doc, first) else None


def _quotes_an_event(doc: Doc, after: int) -> bool:
    """The quote closing right before token `after` ends in an event, a day, a plan or a rule
    (‘바다의 날’ 홍보 사업, ‘…축제’ 지원 사업): what the words after it act on, not a program's
    name."""
    k = after - 1
    while k >= 0 and (is_space(doc[k]) or doc[k].tag_ == "SSC" or doc[k].text in _EITHER):
        k -= 1
    if k < 0:
        return False
    rules = name_rules()
    last = doc[k].text
    return last in rules.days or last.endswith(rules.not_undertakings)


def _quoted_candidates(ctx: Context) -> Iterator[Candidate]:
    text = ctx.text
    quotes = list(_QUOTED.finditer(text))
    group: list[re.Match[str]] = []
    for n, quote in enumerate(quotes):
        group.append(quote)
        nxt = quotes[n + 1] if n + 1 < len(quotes) else None
        if nxt is not None and _LIST_SEPARATOR.fullmatch(text[quote.end() : nxt.start()]):
            continue  # the list goes on: ‘A’, ‘B’ …
        members, group = [m for m in group if _WORDLIKE.search(m.group("name"))], []
        members = [m for m in members if not _is_speech(ctx, m)]
        if not members:
            continue
        head = _head_after(ctx, members[-1].end())
        if head is not None and all(
            _is_quoted_name(ctx, m.start("name"), m.end("name"), endings=False) for m in members
        ):
            for member in members[:-1]:
                yield _quoted_name(ctx, member.start("name"), member.end("name"))
            last = members[-1]
            named = _classified(ctx, last, head)
            if named is not None:
                yield named
                continue
            end = ctx.doc[head.last].idx + len(ctx.doc[head.last].text)
            yield _quoted_name(
                ctx, last.start(), end, content=(last.start("name"), last.end("name"))
            )
            continue
        headed = [
            m
            for m in members
            if len(members) > 1 and _quoted_head_name(ctx, m.start("name"), m.end("name"))
        ]
        for member in members:
            if _counted_people(ctx, member) or _body_named(ctx, member):
                continue
            if _plan_after(ctx, member):
                continue
            if _titles_count(ctx, member) or _part_of_site(ctx, member):
                continue
            named = _quoted_head_name(ctx, member.start("name"), member.end("name"))
            if named is None and headed and _coordinated_with(ctx, member, headed):
                # ‘마을공동체 활동지원 사업(공기빛깔)’과 ‘…’: the name without its other name
                end = member.start("name") + len(_content(member))
                named = _quoted_head_name(ctx, member.start("name"), end) or _quoted_item(
                    ctx, member.start("name"), end
                )
            if named is None:
                named = _quoted_campaign(ctx, member.start("name"), member.end("name"))
            if named is None and (
                _amount_after(ctx, member.end())
                or _budgeted(ctx, member.end())
                or _quota_after(ctx, member)
            ):
                named = _quoted_item(ctx, member.start("name"), member.end("name"))
            if (
                named is None
                and not _held(ctx, member)
                and (
                    _undertaken(ctx, member)
                    or _joined(ctx, member)
                    or _applied_for(ctx, member)
                    or _taken_part_in(ctx, member)
                    or _undertaken_by(ctx, member)
                    or _given_by(ctx, member)
                    or _of_kind(ctx, member)
                    or _named_by_kind(ctx, member)
                    or _place_version(ctx, member)
                    or _funded(ctx, member)
                    or _deployed(ctx, member)
                )
            ):
                named = _quoted_item(ctx, member.start("name"), member.end("name"), actions=True)
                if named is None and (_of_kind(ctx, member) or _named_by_kind(ctx, member)):
                    # 고향사랑 기금사업 ‘홀로사는 노인을 위한 클린-업’: the kind before it says
                    # the quote is a program's name, also when an adnominal clause with its own
                    # object leads the noun it ends in
                    named = _quoted_item(
                        ctx, member.start("name"), member.end("name"), actions=True, objects=True
                    )
            if named is not None:
                yield named


# A quote's closing mark, maybe a parenthesis, and the next word.
_WORD_AFTER_QUOTE = re.compile(r"\s*(?:\([^()\n]{1,30}\))?\s*([가-힣]+)")


def _plan_after(ctx: Context, quote: re.Match[str]) -> bool:
    """The word right after the quote (and a parenthesis of its abbreviation) is a plan or a
    strategy (`[presented] plans_after`: ‘커뮤니티 부의 구축’(CWB) 전략이다) and the quote ends
    in no project or scheme head of its own: the quote names that plan."""
    match = _WORD_AFTER_QUOTE.match(ctx.text, quote.end())
    if match is None:
        return False
    word = match.group(1)
    rules = name_rules()
    if not any(word.startswith(w) and len(word) - len(w) <= 2 for w in rules.plans_after):
        return False
    return not _content(quote).endswith((*rules.project, *rules.scheme))


def _coordinated_with(ctx: Context, quote: re.Match[str], headed: list[re.Match[str]]) -> bool:
    """A quote joined by 과/와 or a comma to a quote that is a program by its own head (‘강진
    반값여행’과 ‘강진형 청년 일자리 지원사업’): like is joined with like, so the quote is a
    program too, unless it ends in an event, a plan or a rule, or is one word."""
    if quote in headed or len(_content(quote).split()) < 2:
        return False
    end = ctx.token_at(quote.end() - 1)
    if end is None or _quotes_an_event(ctx.doc, end + 1):
        return False
    return not _held(ctx, quote)


# A parenthesis closing a quote's content: the abbreviation or other name of what it names.
_CLOSING_PARENTHESIS = re.compile(r"\s*\([^()]*\)$")


def _content(quote: re.Match[str]) -> str:
    """What a quote names, as far as its last word goes: its content without white space or a
    parenthesis at its end (‘… 상환비율(DSR)’ ends in 비율, a measure)."""
    return _CLOSING_PARENTHESIS.sub("", quote.group("name").rstrip())


def _counted_people(ctx: Context, quote: re.Match[str]) -> bool:
    """A quote closed by a head of people (`[presented] people`) and counted in 명 right after it,
    with a particle at most between (‘청년 홍보 서포터즈단’ 30명을, ‘…매니저’를 10명에서 15명으로):
    the count says the quote names the people, the members a program employs or gathers."""
    doc = ctx.doc
    close = _closed_by_people(ctx, quote)
    if close is None:
        return False
    k = _next_word(doc, close)  # past ‘…’를
    number = k
    while k < len(doc) and doc[k].tag_ in {"SN", "NR"}:
        k += 1
    if not (number < k < len(doc) and doc[k].text == "명" and doc[k].tag_ == "NNB"):
        return False
    # … 150명을 위촉해, … 25명을 운영해: the verb that runs a program presents the group counted,
    # as it does the quote without a count (‘…지킴이단’을 운영한다)
    verbs = name_rules().presenting_verbs
    return _verb_of_object(doc, k) not in verbs and _verb_after_place(doc, k) not in verbs


def _deployed(ctx: Context, quote: re.Match[str]) -> bool:
    """The quote is counted in 명 right after it, and the count is the object of a verb that
    deploys people (`[presented] deploying_verbs`: ‘스마트공장 닥터’ 20명을 운영한다, ‘…’ 30명을
    읍면에 배치한다): the program the people serve. Not a body, a plan or an event."""
    doc, rules = ctx.doc, name_rules()
    close = ctx.token_at(quote.end() - 1)
    if close is None:
        return False
    k = _next_word(doc, close)
    number = k
    while k < len(doc) and doc[k].tag_ in {"SN", "NR"}:
        k += 1
    if not (number < k < len(doc) and doc[k].text == "명" and doc[k].tag_ == "NNB"):
        return False
    verb = _verb_of_object(doc, k) or _verb_after_place(doc, k)
    content = _content(quote)
    return (
        verb in rules.deploying_verbs
        and not content.endswith(rules.not_undertakings)
        and not content.endswith(tuple(rules.org_after))
    )


def _verb_after_place(doc: Doc, last: int) -> str | None:
    """The verb of the object ending at `last` when one adverbial of place or manner stands
    between them (… 20명을 읍면동에 배치하고, … 30명을 마을별로 배치한다): a noun's word closed by
    에, 에서 or 으로 and nothing else; None otherwise."""
    k = last + 1
    if k >= len(doc) or doc[k].tag_ != "JKO" or word_end(doc, k) != k + 1:
        return None
    k += 1
    while k < len(doc) and is_space(doc[k]):
        k += 1
    end = word_end(doc, k) if k < len(doc) else k
    if end - k < 2 or not is_noun(doc[k]) or doc[end - 1].tag_ != "JKB":
        return None
    if doc[end - 1].text not in {"에", "에서", "으로", "로"}:
        return None
    if not all(is_noun(t) for t in doc[k : end - 1]):
        return None
    k = end
    while k < len(doc) and is_space(doc[k]):
        k += 1
    if k >= len(doc) or in_one_word(doc[k - 1], doc[k]):
        return None
    return doc[k].lemma_.split("+")[0]


def _body_named(ctx: Context, quote: re.Match[str]) -> bool:
    """A quote closed by a head of people (`[presented] people`) right after a word for a body of
    people (`[presented] bodies`: 자원봉사단 ‘…실버지킴이’): the quote is that body's own name."""
    doc = ctx.doc
    before = _word_before_quote(ctx, quote)
    if before is None or _closed_by_people(ctx, quote) is None:
        return False
    word = _word_text(doc, word_start(doc, before, 0), before + 1)
    return word.endswith(name_rules().bodies)


def _closed_by_people(ctx: Context, quote: re.Match[str]) -> int | None:
    """The quote's closing mark, when a head of people (`[presented] people`) closes its content
    right before it; None otherwise."""
    close = ctx.token_at(quote.end() - 1)
    if close is None or close < 1:
        return None
    head = ctx.heads.get(close - 1)
    return close if head is not None and head.word in name_rules().people else None


def _classified(ctx: Context, quote: re.Match[str], head: Head) -> Candidate | None:
    """A quoted name that ends in a project or scheme head of its own, followed by a bare head
    word that only says what it is (‘농촌 일자리 나눔 프로젝트’ 사업, ‘청년 마음 잇기
    캠페인’ 사업): the quote is the name. None when the head after the quote adds words of its
    own (‘…’ 공모사업)."""
    doc = ctx.doc
    close = ctx.token_at(quote.end() - 1)
    if close is None or head.first != head.last or head.prefix:
        return None
    k = close + 1
    while k < head.first and is_space(doc[k]):
        k += 1
    own = ctx.heads.get(close - 1)
    if k != head.first or own is None or own.label not in {"PROJECT", "SCHEME"}:
        return None  # ‘청년 월세 지원’ 사업: 지원 closes no name of its own
    return _quoted_head_name(ctx, quote.start("name"), quote.end("name"))


def _is_speech(ctx: Context, quote: re.Match[str]) -> bool:
    """A quote of someone's words, not a name: a speaker's title right before it (군수 “…”),
    or a quoting ending right after it (“…”이라며, “…”라고 말했다)."""
    rules = name_rules()
    line_start = ctx.text.rfind("\n", 0, quote.start()) + 1
    before = ctx.text[line_start : quote.start()].rstrip().split()
    if before and before[-1].endswith(rules.speakers):
        return True
    if before and _closes_line_in_double_marks(ctx.text, quote):
        return True
    return rules.quoting.match(ctx.text, quote.end()) is not None


# Double quotation marks, which Korean headlines put around a remark (…투입…“현장이 체감할 때까지”),
# where names take single ones (‘…’).
_DOUBLE_MARKS = frozenset('“”"″˝')


def _closes_line_in_double_marks(text: str, quote: re.Match[str]) -> bool:
    """The quote, in double marks, closes a line that has words before it (a headline's last
    part after …): someone's remark or the gist the paper quotes, which a name is not when
    nothing follows it."""
    if text[quote.start()] not in _DOUBLE_MARKS or text[quote.end() - 1] not in _DOUBLE_MARKS:
        return False
    end = text.find("\n", quote.end())
    return not text[quote.end() : end if end >= 0 else len(text)].strip()


def _amount_after(ctx: Context, char: int) -> bool:
    """An amount of money follows `char`, after white space at most (‘…’ 9억 3천만 원), or after
    a word that says it is the item's budget (‘…’ 사업비 200억 원, ‘…’ 예산 3억 원)."""
    pos = char
    while pos < len(ctx.text) and ctx.text[pos] in " \u00a0\t":
        pos += 1
    i = ctx.token_at(pos) if pos < len(ctx.text) else None
    if i is None or ctx.doc[i].idx != pos:
        return False
    if pos > char and ctx.doc[i].text in name_rules().budget_words:
        i += 1
        while i < len(ctx.doc) and is_space(ctx.doc[i]):
            i += 1
        if i >= len(ctx.doc) or in_one_word(ctx.doc[i - 1], ctx.doc[i]):
            return False
    return _is_amount(ctx.doc, i)


# A parenthesis glued after a quote that holds only its quota of people or its amount, after
# words of its budget, period or bound (‘신중년 경력형 일자리’(60명), ‘…’(사업비 24억 원)).
_QUOTA = re.compile(
    r"\(\s*(?P<leads>(?:[가-힣]+\s+)*)\d[\d,.]*(?:\s*[천만억조]\s*[\d,.]*)*\s*(?:명|원)\s*\)"
)


def _quota_after(ctx: Context, quote: re.Match[str]) -> bool:
    """A parenthesis glued after the quote gives its quota of people or its amount (‘신중년 경력형
    일자리’(60명)와 ‘…’(40명)도 이어간다, ‘…’(사업비 24억 원)): an item of a list of programs, as
    a quote with its amount right after it is a budget item. Not the people a head of people
    names (‘…서포터즈단’(30명)), a body, a plan or an event."""
    rules = name_rules()
    match = _QUOTA.match(ctx.text, quote.end())
    if match is None:
        return False
    if any(
        w not in rules.budget_words and w not in rules.amount_lead
        for w in match.group("leads").split()
    ):
        return False
    content = _content(quote)
    return (
        _closed_by_people(ctx, quote) is None
        and not content.endswith(rules.not_undertakings)
        and not content.endswith(tuple(rules.org_after))
    )


def _budgeted(ctx: Context, char: int) -> bool:
    """The word after the quote, written apart, is its budget with a particle at most
    (‘긴급복지지원’ 예산 등이, ‘…’ 사업비를): what has a budget of its own is a program, even when
    the amount is not given."""
    doc = ctx.doc
    pos = char
    while pos < len(ctx.text) and ctx.text[pos] in " \u00a0\t":
        pos += 1
    i = ctx.token_at(pos) if pos < len(ctx.text) else None
    if (
        i is None
        or pos == char
        or doc[i].idx != pos
        or doc[i].text not in name_rules().budget_words
    ):
        return False
    return all(t.tag_.startswith("J") for t in doc[i + 1 : word_end(doc, i)])


def _undertaken(ctx: Context, quote: re.Match[str]) -> bool:
    """The quote is the object of a verb that takes only undertakings (‘…’를 추진한다, ‘…’을
    펼쳤다), and does not end in a plan, an agreement or an event (‘… 계획’을 추진)."""
    return _object_of(ctx, quote, name_rules().undertaking_verbs)


def _part_of_site(ctx: Context, quote: re.Match[str]) -> bool:
    """The quote follows a website or an app with 의 (누리집(https://…)의 ‘투표소 찾기’ 서비스,
    앱의 ‘…’ 메뉴): a menu or a feature of the site, `[presented] sites`, not a program."""
    before = ctx.text[max(0, quote.start() - 80) : quote.start()]
    match = _SITE_BEFORE.search(before)
    return match is not None and match.group(1).endswith(tuple(name_rules().sites))


# A word, an optional parenthesis (its address) and 의 right before a quote.
_SITE_BEFORE = re.compile(r"(\w+)(?:\([^()]*\))?의\s*$")


def _titles_count(ctx: Context, quote: re.Match[str]) -> bool:
    """A count of programs follows the quote (‘글로컬 미래교육’ 3대 역점사업에, ‘…’ 5개 사업):
    the quote titles a group of programs, as 3개 분야 18개 사업 counts programs, not one."""
    doc = ctx.doc
    close = ctx.token_at(quote.end() - 1)
    if close is None:
        return False
    k = close + 1
    while k < len(doc) and is_space(doc[k]):
        k += 1
    if k + 1 >= len(doc) or (k == close + 1 and in_one_word(doc[close], doc[k])):
        return False
    if doc[k].tag_ not in {"SN", "NR"} or not in_one_word(doc[k], doc[k + 1]):
        return False
    end = word_end(doc, k)
    j = end
    while j < len(doc) and is_space(doc[j]):
        j += 1
    head = next((ctx.heads[m] for m in range(j, word_end(doc, j)) if m in ctx.heads), None)
    return head is not None and head.label == "PROJECT"


def _funded(ctx: Context, quote: re.Match[str]) -> bool:
    """The quote takes 에 and an amount follows it as the object of a verb that funds (‘계절근로자
    공공기숙사 건립’에 도비 30억 원을 지원한다, ‘…’에 5억 원을 투입한다, `[presented]
    funding_verbs`): what is given its own money is a budget item, as a quote with its amount right
    after it is; not a body, a plan or an event (‘…센터’에, ‘… 축제’에)."""
    doc, rules = ctx.doc, name_rules()
    close = ctx.token_at(quote.end() - 1)
    if close is None or close + 1 >= len(doc):
        return False
    particle = doc[close + 1]
    if not (
        in_one_word(doc[close], particle)
        and particle.text == "에"
        and word_end(doc, close + 1) == close + 2
    ):
        return False
    content = _content(quote)
    if content.endswith(rules.not_undertakings) or content.endswith(tuple(rules.org_after)):
        return False
    k = close + 2
    while k < len(doc) and is_space(doc[k]):
        k += 1
    if k < len(doc) and _word_text(doc, k, word_end(doc, k)) in rules.budget_words:
        k = word_end(doc, k)  # … 에 도비 30억 원을 (Kiwi may split 도비 as 도/JX 비)
        while k < len(doc) and is_space(doc[k]):
            k += 1
    if k >= len(doc) or not _is_amount(doc, k):
        return False
    won = next((j for j in range(k, min(len(doc), k + 12)) if doc[j].text.endswith("원")), None)
    return won is not None and _verb_of_object(doc, won) in rules.funding_verbs


def _object_of(ctx: Context, quote: re.Match[str], verbs: frozenset[str]) -> bool:
    """The quote is the object of one of `verbs` and does not end in a plan, an agreement, an
    event or a rule (`[presented] not_undertakings`)."""
    return _verb_of_quote(ctx, quote) in verbs and not _content(quote).endswith(
        name_rules().not_undertakings
    )


def _verb_of_quote(ctx: Context, quote: re.Match[str]) -> str | None:
    """The verb the quote is the object of (`_verb_of_object` from its closing mark)."""
    close = ctx.token_at(quote.end() - 1)
    return None if close is None else _verb_of_object(ctx.doc, close)


def _held(ctx: Context, quote: re.Match[str]) -> bool:
    """The quote is the object of a verb that holds an event (‘…’을 연중 개최한다): a fair, a
    sale or a contest, which the adnominal before it may still describe as a benefit (50%
    할인하는 ‘…’)."""
    return _verb_of_quote(ctx, quote) in name_rules().holding_verbs


def _word_before_quote(ctx: Context, quote: re.Match[str]) -> int | None:
    """The last token before a quote written apart from the word before it (None when the
    quote is glued to a word or opens the text)."""
    doc = ctx.doc
    opening = ctx.token_at(quote.start())
    if opening is None or opening == 0 or in_one_word(doc[opening - 1], doc[opening]):
        return None
    k = opening - 1
    while k > 0 and is_space(doc[k]):
        k -= 1
    return k


def _adnominal_before(ctx: Context, quote: re.Match[str]) -> tuple[int, int] | None:
    """The first and last token of the adnominal word right before the quote (`추진하는 ‘…’`),
    or None when the word before it is no adnominal."""
    last = _word_before_quote(ctx, quote)
    if last is None or "ETM" not in ctx.doc[last].tag_.split("+"):
        return None
    return word_start(ctx.doc, last, 0), last


def _undertaken_by(ctx: Context, quote: re.Match[str]) -> bool:
    """The quote follows the adnominal of a verb that takes only undertakings (도가 추진하는
    ‘…’, 시가 시행 중인 ‘…’, 구가 펼치는 ‘…’); not a plan, an agreement or an event."""
    rules = name_rules()
    doc = ctx.doc
    adnominal = _adnominal_before(ctx, quote)
    if adnominal is None:
        return False
    first, _ = adnominal
    if doc[first].text == "중" and first > 0:  # 추진 중인
        first = word_start(doc, first - 1, 0)
    verb = doc[first].lemma_.split("+")[0]
    if verb not in rules.undertaking_verbs:
        return False
    return _ends_phrase(ctx, quote) and not _content(quote).endswith(rules.not_undertakings)


def _amount_object(doc: Doc, verb: int) -> bool:
    """The word before the verb at `verb` is an amount of money with the object particle (월 30만
    원을 주는)."""
    k = verb - 1
    while k >= 0 and is_space(doc[k]):
        k -= 1
    if k < 2 or doc[k].tag_ != "JKO" or doc[k - 1].text not in {"원", "만원", "억원"}:
        return False
    k -= 2
    while k > 0 and is_space(doc[k]):
        k -= 1  # 30만 원을
    return doc[k].tag_ in {"SN", "NR"}


def _ends_phrase(ctx: Context, quote: re.Match[str]) -> bool:
    """The quote ends its noun phrase: a particle or nothing follows it, not a noun (in ‘…’ 정책
    the verb before the quote undertakes the 정책). A word of the people a program serves may
    follow it (돌봄을 지원하는 ‘…’ 이용자가): they are served by what the quote names, which the
    adnominal before it still describes."""
    doc = ctx.doc
    pos = quote.end()
    while pos < len(ctx.text) and ctx.text[pos] in " \u00a0\t":
        pos += 1
    after = ctx.token_at(pos) if pos < len(ctx.text) else None
    if after is not None and doc[after].idx == pos:
        if pos > quote.end() and is_noun(doc[after]):
            return _served_word(doc, after)
        if pos == quote.end() and not doc[after].tag_.startswith("J"):
            return False
    return True


def _served_word(doc: Doc, i: int) -> bool:
    """Token i is a word of the people a program serves, with particles at most after it
    (이용자가, 참여자는)."""
    return doc[i].lemma_ in name_rules().served and all(
        t.tag_.startswith("J") for t in doc[i + 1 : word_end(doc, i)]
    )


def _given_by(ctx: Context, quote: re.Match[str]) -> bool:
    """The quote follows the adnominal of a verb of giving money or a benefit (증가분을 돌려주는
    ‘상생페이백’, 피해를 보장하는 ‘경기 기후보험’, 등록금을 감면해 주는 ‘…’): what gives it is a
    payment or a scheme. 주다 as an auxiliary takes its main verb from the word before (보내 주는
    ‘…’ gives nothing). Not a body or a place that does it (…센터), an event or a plan."""
    rules = name_rules()
    doc = ctx.doc
    adnominal = _adnominal_before(ctx, quote)
    if adnominal is None:
        return False
    first, last = adnominal
    if doc[first].tag_ == "VX" and doc[first].lemma_ == "주" and first > 0:
        k = first - 1  # 감면해 주는, 깎아 주는: the main verb ends the word before
        while k > 0 and is_space(doc[k]):
            k -= 1
        if "EC" not in doc[k].tag_.split("+"):
            return False
        first = word_start(doc, k, 0)
    verb = doc[first].lemma_.split("+")[0]
    # 빌려/VV+EC 주/VX: the verb of giving is written with its auxiliary (빌려주, 돌려주)
    helped = next(
        (
            "".join(t.text for t in doc[first : k + 1])
            for k in range(first + 1, last + 1)
            if doc[k].tag_.startswith("VX") and doc[k].lemma_ == "주"
        ),
        "",
    )
    if verb == "주" and not helped and not _amount_object(doc, first):
        return False  # 웃음을 주는 ‘…’: plain 주다 gives money only with an amount
    content = _content(quote)
    return (
        (verb in rules.giving_verbs or helped in rules.giving_verbs)
        and _ends_phrase(ctx, quote)
        and not content.endswith(rules.not_undertakings)
        and not content.endswith(tuple(rules.org_after))
    )


def _place_version(ctx: Context, quote: re.Match[str]) -> bool:
    """The quote names a place's own version of something (‘여수형 통합돌봄’, ‘광양형
    일자리’): a place's 형 and at least one more word, which the place runs as its program."""
    span = ctx.span(quote.start("name"), quote.end("name"))
    if span is None:
        return False
    words = words_of(ctx.doc, span.start, span.end)
    return (
        len(words) >= 2
        and (is_place_version(words[0]) or _one_noun_version(ctx, words[0]))
        and not _content(quote).endswith(name_rules().not_undertakings)
    )


def _one_noun_version(ctx: Context, word: Word) -> bool:
    """A place's 형 that Kiwi keeps one noun (경북형/NNP, 여수형/NNG): a province by its short
    name, or a city or county the article names with its suffix (여수형 … 여수시); not a kind
    that ends alike (귀촌형, 농촌형)."""
    if len(word) != 1 or word[0][1] not in {"NNP", "NNG"} or not word[0][0].endswith("형"):
        return False
    stem = word[0][0][:-1]
    if len(stem) < 2:
        return False
    if stem in name_rules().provinces:
        return True
    places = {stem + suffix for suffix in "시군구"}
    return any(t.text in places and t.tag_ == "NNP" for t in ctx.doc)


def _of_kind(ctx: Context, quote: re.Match[str]) -> bool:
    """The quote follows a kind of program and the copula's adnominal (군산형 일자리 사업인
    ‘…’): it names one program of that kind."""
    doc = ctx.doc
    k = _word_before_quote(ctx, quote)
    if k is None:
        return False
    head = ctx.heads.get(k - 1)
    if (
        head is None
        and k >= 1
        and doc[k - 1].text in name_rules().course_kinds
        and is_noun(doc[k - 1])
        and _copula_before_quote(doc, k - 1)
        and not _content(quote).endswith(name_rules().not_undertakings)
    ):
        return True  # 디지털 신기술 훈련인 ‘K-디지털 트레이닝’: a course's kind names one course
    return (
        head is not None
        and (
            head.label in {"PROJECT", "SCHEME"}
            or (head.label == "QUOTED" and head.word in name_rules().presented)
        )
        and _kind_of_quote(doc, head)
        and not _content(quote).endswith(name_rules().not_undertakings)
    )


def _named_by_kind(ctx: Context, quote: re.Match[str]) -> bool:
    """The quote stands in apposition right after a phrase closed by a project or scheme head
    written apart (체험 관광 프로그램 ‘…’을 운영한다, 청년 일자리 사업 ‘…’에): the phrase says
    what kind of program it is, the quote names it, whatever verb follows (운영된다, 연다). Not a
    title an office is given (…사업 ‘우수기관’ 선정), an event, a plan or a body."""
    rules = name_rules()
    k = _word_before_quote(ctx, quote)
    head = ctx.heads.get(k) if k is not None else None
    if head is None or head.last != k or head.label not in {"PROJECT", "SCHEME"}:
        return False
    content = _content(quote)
    return (
        _ends_phrase(ctx, quote)
        and not content.startswith(rules.awards)
        and not content.endswith(rules.not_undertakings)
        and not content.endswith(tuple(rules.org_after))
        and not is_agency(content)
    )


def _joined(ctx: Context, quote: re.Match[str]) -> bool:
    """People take part in the quoted thing or apply for it: the word after the quote begins
    with such a noun (‘…’ 참여 기업, ‘…’ 참가자를 모집, ‘…’ 신청은); an event is left out."""
    rules = name_rules()
    pos = quote.end()
    while pos < len(ctx.text) and ctx.text[pos] in " \u00a0\t":
        pos += 1
    i = ctx.token_at(pos) if pos < len(ctx.text) else None
    if i is None or ctx.doc[i].idx != pos or ctx.doc[i].lemma_ not in rules.joined:
        return False
    return not _content(quote).endswith(rules.not_undertakings)


def _applied_for(ctx: Context, quote: re.Match[str]) -> bool:
    """The quote is the object of a verbal noun of applying (‘…’를 신청할 수 있다, ‘…’을
    신청한 가구): what people apply for is a program, as with ‘…’ 신청 (`_joined`); not a plan,
    an event or a rule."""
    return _object_of(ctx, quote, name_rules().applied)


def _taken_part_in(ctx: Context, quote: re.Match[str]) -> bool:
    """People take part in the quoted thing, named with 에 (‘다함께 꿈터’에는 초등학생 40명이
    참여한다, ‘바다 살림 동행’에 참여해): the quote takes 에 (with 는 or 도 at most) and the
    first predicate of its clause is a verbal noun of taking part with 하다. Not an event, a
    plan (left out by `not_undertakings`) or a body one joins (…협의회)."""
    rules = name_rules()
    doc = ctx.doc
    close = ctx.token_at(quote.end() - 1)
    if close is None or close + 1 >= len(doc) or not in_one_word(doc[close], doc[close + 1]):
        return False
    k = close + 1
    if doc[k].tag_ != "JKB" or doc[k].text != "에":
        return False
    if k + 1 < len(doc) and in_one_word(doc[k], doc[k + 1]):
        k += 1
        if doc[k].tag_ != "JX" or word_end(doc, k) != k + 1:
            return False  # ‘…’에서, ‘…’에게: a place or a person
    content = _content(quote)
    if content.endswith(rules.not_undertakings) or content.endswith(tuple(rules.org_after)):
        return False
    for t in doc[k + 1 :]:
        if t.is_sent_start or t.tag_ in {"SSO", "SF"}:
            return False
        first = t.tag_.split("+")[0].split("-")[0]
        if first in {"VV", "VA", "VX", "VCP", "XSV", "XSA"}:
            before = doc[t.i - 1]
            return first == "XSV" and in_one_word(before, t) and before.lemma_ in rules.took_part
        if first.startswith("E"):
            return False  # an ending with no predicate of its own: not a clause we can read
    return False


def _quoted_item(
    ctx: Context, start: int, end: int, actions: bool = False, objects: bool = False
) -> Candidate | None:
    """A quoted budget item, named before its amount (‘도로안전시설물 정비’ 3억 원): any name that
    is not a clause and says which (a quote of only generic words or of an amount says none).
    With `actions`, a verb's adnominal may say what the program does (‘찾아가는 세무 상담’); an
    adjective's says what it aims at (‘빚 없는 도시’), a slogan. With `objects` too, the object
    of such a verb (‘홀로사는 노인을 위한 클린-업’)."""
    span = ctx.span(start, end)
    if span is None or _is_clause(span) or any(_is_amount(ctx.doc, t.i) for t in span):
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
    if not _is_quoted_name(ctx, start, end):
        return None
    return _quoted_name(ctx, start, end)


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


def _quoted_head_name(ctx: Context, start: int, end: int) -> Candidate | None:
    """A quote whose content itself ends in a head: ‘고흥몰 요리비법 프로젝트’."""
    doc, text = ctx.doc, ctx.text
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    span = ctx.span(start, end) if end > start else None
    if span is None or _is_clause(span):
        return None
    first, last = span.start, span.end - 1
    head = ctx.heads.get(last)
    version = _versioned_head(ctx, first, last) if head is None else None
    if version is not None:
        head = ctx.heads[version]
    in_token = head is None
    head = head or _attached_in_token(doc[last])
    if head is None:
        return None
    if doc[last].idx + len(doc[last].text) != end or doc[first].idx != start or head.first < first:
        return None
    # an attached head inside one token needs two words before it, as unquoted (월급통장 is one);
    # a version or type says which program as a specific word does (국가장학금 Ⅱ유형)
    # a payment (급여, 자금) needs one word, as split: ‘부모급여’ as 생계급여, kinds aside
    needed = (
        0
        if version is not None
        else 2
        if in_token and head.word not in name_rules().payments
        else needed_count(head, quoted=True)
    )
    words = modifier_words(doc, first, head)
    if head.label == "QUOTED" and len(words) > 1 and _manner_word(words[-1]):
        # ‘… 청년농 우선 지원’: a manner noun before a verbal noun says how the support is
        # given, not which kind of program (as the linker 우선 would before 사업)
        words = words[:-1]
    if not is_specific(words, needed, kinds_of(head)):
        return None
    if _is_slogan(span, head) or _lists_changes(span):
        return None
    return _quoted_name(ctx, start, end)


def _lists_changes(span: Span) -> bool:
    """A quote with the adnominal of a verb of change in it (`[presented] changing`: ‘2026년
    달라지는 고용 제도’): the title of what changes, many rules and programs, not one."""
    return any(_changing(span.doc, t.i) for t in span)


def _titles_changes(doc: Doc, phrase: int, head: Head, floor: int) -> bool:
    """The phrase closes a quote right after the adnominal of a verb of change (‘2026년
    달라지는 고용노동 제도’): the end of a title of what changes (`_lists_changes`), not a name.
    Unquoted, one program may be said to change (바뀌는 청년 월세 지원사업은 …)."""
    k = phrase - 1
    while k >= floor and is_space(doc[k]):
        k -= 1
    if k < floor or not (_changing(doc, k) or (k > floor and _changing(doc, k - 1))):
        return False
    close = head.last + 1
    return close < len(doc) and doc[close].tag_ in {"SSC", "SSO"} and not doc[close].text.isalnum()


def _changing(doc: Doc, i: int) -> bool:
    """Token i is the stem of a verb of change with its adnominal ending (달라지/VV 는/ETM)."""
    t = doc[i]
    tags = t.tag_.split("+")
    if t.lemma_ not in name_rules().changing or not tags[0].startswith("VV"):
        return False
    return "ETM" in tags or (i + 1 < len(doc) and doc[i + 1].tag_ == "ETM")


# A type of a program written after its name: Ⅰ유형, 2유형, A유형 (국가장학금 Ⅱ유형).
_TYPE_WORD = re.compile(r"(?:\d+|[Ⅰ-Ⅻ]+|[A-Z])유형")


def _versioned_head(ctx: Context, first: int, last: int) -> int | None:
    """The last token of the head that a quote's last word numbers or types: a version number
    glued to it (‘햇살론15’) or a type written after it (‘국가장학금 Ⅱ유형’). A program's versions
    and types are programs of their own, named by the program's name and the number."""
    doc = ctx.doc
    if is_version_number(doc, last):
        return last - 1 if last - 1 >= first and (last - 1) in ctx.heads else None
    begin = word_start(doc, last, first)
    if not _TYPE_WORD.fullmatch("".join(t.text for t in doc[begin : last + 1])):
        return None
    k = begin - 1
    while k >= first and is_space(doc[k]):
        k -= 1
    return k if k >= first and k in ctx.heads else None


def _attached_in_token(token: Token) -> Head | None:
    """An attached head at the end of one token Kiwi kept whole inside a quote (‘청년희망적립계좌’,
    ‘농어민행복카드’), which unquoted it splits (청년/희망/적립/계좌): the quote bounds the word, so
    the head ends a coined name as it does after a noun token, with two words before it (not
    ‘월급통장’). Not the suffix 제, which ends many plain nouns (경제)."""
    rules = name_rules()
    if token.tag_ not in {"NNG", "NNP"}:
        return None
    word = next((h for h in rules.attached if len(h) > 1 and token.text.endswith(h)), None)
    if word is None or len(token.text) - len(word) < 2:
        return None
    return Head(token.i, token.i, "ATTACHED", token.text[: -len(word)], word)


def _quoted_campaign(ctx: Context, start: int, end: int) -> Candidate | None:
    """A quoted campaign named by what it does, a -기 noun of a verb with its object (‘더 맑은
    하천 만들기’, ‘우리 동네 꽃길 가꾸기’, ‘귀농 미리 해보기’): not a clause, at least two
    words."""
    span = ctx.span(start, end)
    if span is None or len(span) < 3 or _is_clause(span):
        return None
    last = span[-1]
    if verbal_noun_start(ctx.doc, last.i, span.start - 1) is None:
        return None
    if len(ctx.text[start:end].split()) < 2 or not any(is_noun(t) for t in span[:-2]):
        return None
    if _headline_predicate(ctx, span) or _method_after(ctx, span):
        return None
    return _quoted_name(ctx, start, end)


def _method_after(ctx: Context, span: Span) -> bool:
    """A noun of a method or technique follows the closing quote (‘벼 드문모 심기’ 기술을 적용한,
    ‘… 나누기’ 방식으로): the -기 phrase says how something is done, not a campaign."""
    doc = ctx.doc
    k = span.end + 1  # the token after the closing quote
    while k < len(doc) and is_space(doc[k]):
        k += 1
    return k < len(doc) and is_noun(doc[k]) and doc[k].lemma_ in name_rules().methods


# What may follow a quote that ends a headline's clause: an ellipsis, a comma or the line's end.
_CLAUSE_END_AFTER = re.compile(r"[ \t\u00a0]*(?:…|\.\.\.|,|\n|$)")


def _headline_predicate(ctx: Context, span: Span) -> bool:
    """The quoted -기 phrase says what a common noun before it does, in a headline's verbless
    clause (수출 ‘몸집 불리기’…, 투자 ‘속도 조절하기’, …): a bare noun before the quote and
    nothing but an ellipsis, a comma or the line's end after it. A place or agency before the
    quote (구 ‘꽃길 가꾸기’…) runs a campaign instead."""
    doc, text = ctx.doc, ctx.text
    opening, close = span.start - 1, span.end
    if opening < 1 or close >= len(doc) or doc[opening].tag_ != "SSO":
        return False
    before = doc[opening - 1]
    if in_one_word(before, doc[opening]) or before.tag_ != "NNG":
        return False
    if before.text[-1] in _PLACE_ENDS or is_agency(before.text):
        return False
    return _CLAUSE_END_AFTER.match(text, doc[close].idx + len(doc[close].text)) is not None


def _manner_word(word: Word) -> bool:
    return "".join(f for f, _tag in word) in name_rules().manners


def _is_slogan(span: Span, head: Head) -> bool:
    """A quoted aim, not a program: a clause describing how something is run or built, ending in
    the action itself (‘걱정 없는 살림 운영’, ‘모두가 웃는 마을 조성’)."""
    rules = name_rules()
    action = head.word in rules.item_not_last or (
        head.label == "QUOTED" and head.word == "지원" and head.prefix in rules.item_not_last
    )
    return action and any("ETM" in t.tag_.split("+") for t in span)


def _is_quoted_name(ctx: Context, start: int, end: int, endings: bool = True) -> bool:
    """Whether a quote's content can be a name written before its head (‘청년 월세 지원’ 사업):
    not a clause, and not only generic words (‘올해’ 사업). With `endings` false a final ending
    does not make it a clause: before its head a coined name may end like a verb (‘일하는 밥퍼’
    사업, ‘잘 살아보세’ 운동), and Kiwi reads coined words so (밥/NNG 퍼/VV+EF)."""
    span = ctx.span(start, end)
    if span is None or _is_clause(span, endings):
        return False
    return is_specific(words_of(ctx.doc, span.start, span.end), 1)


def _is_clause(span: Span, endings: bool = True) -> bool:
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


def _quoted_name(
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


def find_candidates(ctx: Context) -> list[Candidate]:
    """The program mentions of one Doc, in text order: every finder's candidates, a mention that
    overlaps an earlier or longer (or quoted) one dropped, dotted names split into their parts."""
    candidates = sorted(
        [
            *_quoted_candidates(ctx),
            *_item_candidates(ctx),
            *_listed_candidates(ctx),
            *_phrase_candidates(ctx),
            *_definition_candidates(ctx),
        ],
        key=lambda c: (c.start, -(c.end - c.start), not c.quoted),
    )
    chosen: list[Candidate] = []
    for c in candidates:
        if c.name and not any(c.start < o.end and o.start < c.end for o in chosen):
            chosen.append(c)  # a mention overlapping a longer (or quoted) one is part of it
    chosen = _appositions(ctx, chosen)
    chosen = [
        c for c in chosen if not _ALIAS_BEFORE.search(ctx.text, max(0, c.start - 12), c.start)
    ]
    firms = _firms(ctx.text)
    if firms:
        chosen = [c for c in chosen if not _run_by_firm(ctx, c, firms)]
    chosen = [c for c in chosen if not _paid_by_program(ctx, c, chosen)]
    chosen = [c for c in chosen if not _describes_topic(ctx, c)]
    chosen = [c for c in chosen if not _eligibility(ctx, c)]
    chosen = [c for c in chosen if not _currency_named(ctx, c) and not _currency_discount(c)]
    chosen = [c for c in chosen if not _payment_of(ctx, c, chosen)]
    return [part for c in chosen for part in _coordinated_parts(ctx, c)]


# What follows a benefit that picks some of those who receive it (생계급여 수급 가구 중,
# 기초연금 수급자 가운데, 생계급여(중위소득 32% 이하) 수급가구 중): a condition of eligibility of
# another program or count; the recipients alone (기초연금 수급자에게 …) are its own.
_RECEIVED_BY = re.compile(
    r"\s*(?:\([^()]*\))?\s*수급\s*(?:가구|세대|가정|자|계층)\s*(?:중|가운데)(?!\w)"
)


# A quote's closing mark and 의 with white space after it: what follows belongs to the quote.
_QUOTE_GENITIVE = re.compile(rf"[{_CLOSING}{_EITHER}]\s*의\s+$")


def _payment_of(ctx: Context, c: Candidate, chosen: list[Candidate]) -> bool:
    """The mention, unquoted, is a payment (`[heads] scheme`, attached payments: 수당, 장려금,
    급여 …) right after a quoted program and 의 (‘국민취업지원제도’의 구직촉진수당은): the money
    that program pays, a part of it, not another program."""
    if c.quoted:
        return False
    before = ctx.text[max(0, c.start - 4) : c.start]
    match = _QUOTE_GENITIVE.search(before)
    if match is None:
        return False
    close = max(0, c.start - 4) + match.start()
    if not any(o.quoted and o.end in (close, close + 1) for o in chosen if o is not c):
        return False
    rules = name_rules()
    return c.name.endswith((*rules.scheme, *rules.payments))


def _currency_discount(c: Candidate) -> bool:
    """The mention, unquoted, opens with a local currency (`[presented] currency_endings`:
    청주페이, 강진사랑상품권) and a later word is one of its discount (`currency_discounts`:
    인센티브, 할인, 보전금): what selling the currency at a discount costs, not a program."""
    words = c.name.split()
    rules = name_rules()
    return (
        not c.quoted
        and len(words) > 1
        and words[0].endswith(rules.currency_endings)
        and any(w.startswith(rules.currency_discounts) for w in words[1:])
    )


def _currency_named(ctx: Context, c: Candidate) -> bool:
    """The mention, unquoted, follows a kind of local money and the copula's adnominal
    (`[presented] currencies`: 지역화폐인 광주상생카드를 …): the currency's name, a means of
    payment, not a program."""
    if c.quoted:
        return False
    before = ctx.text[max(0, c.start - 12) : c.start]
    match = re.search(r"(\S+(?: \S+)?)\s*인\s*$", before)
    return match is not None and match.group(1).endswith(name_rules().currencies)


def _eligibility(ctx: Context, c: Candidate) -> bool:
    """An unquoted benefit paid by law (a name ending in `[items] received`: 급여, 연금, 수당)
    followed by 수급, the people or households receiving it and 중 or 가운데 (생계·의료급여 수급
    가구 가운데 …, 생계급여 수급 가구 중 청년이 포함된 가구): it says who among them is eligible
    for what the sentence is about, not a program the text presents."""
    if c.quoted or not c.name.endswith(tuple(name_rules().item_received)):
        return False
    return _RECEIVED_BY.match(ctx.text, c.end) is not None


def _paid_by_program(ctx: Context, c: Candidate, chosen: list[Candidate]) -> bool:
    """An unquoted payment (…지원금, …장려금) given by the program its clause is about
    (‘… 영농정착지원사업’은 … 영농정착지원금을 지급한다, … 더드림 사업은 … 근속장려금을
    지급하는 사업으로): the money the topic pays out, not a program of its own."""
    if c.quoted or not c.name.endswith("금"):
        return False
    doc = ctx.doc
    last = ctx.token_at(c.end - 1)
    if last is None:
        return False
    head = ctx.heads.get(last)
    if head is None or head.label != "SCHEME":
        return False
    if _next_predicate(ctx, last) not in name_rules().giving_verbs:
        return False
    floor = ctx.sentence_start(last)
    stem = re.sub(r"\s+", "", c.name)[:-1]  # 영농정착지원 of 영농정착지원금
    if any(
        o is not c
        and doc[floor].idx <= o.start
        and o.end <= c.start
        and stem in re.sub(r"\s+", "", o.name)
        for o in chosen
    ):
        # ‘청년농업인 영농정착지원사업’의 … 인원을 유지하고, 영농정착지원금을 … 지급한다: the
        # payment named after a program its sentence names before it is that program's money
        return True
    first = ctx.token_at(c.start)
    topic = _first_topic(doc, floor, first) if first is not None else None
    if (
        topic is not None
        and _refers_back(ctx, topic)
        and _first_topic(doc, topic + 1, first) is None
        and any(
            o is not c and o.end <= doc[floor].idx and stem in re.sub(r"\s+", "", o.name)
            for o in chosen
        )
    ):
        # ‘… 영농정착지원사업’ … . 이 사업은 … 영농정착지원금을 지급하는 것으로: the topic
        # refers back to the program named before, which holds the payment's stem
        return True
    topics = [
        o
        for o in chosen
        if o is not c and doc[floor].idx <= o.start and o.end <= c.start and _is_topic(ctx, o.end)
    ]
    # the program is the topic of the payment's own clause: no other topic after it (…사업은
    # 인기가 높고, 도는 … 장려금을 지급한다: the province pays)
    if not topics:
        return False
    particle = _topic_particle(ctx, topics[-1].end)
    first = ctx.token_at(c.start)
    return (
        particle is not None
        and first is not None
        and _first_topic(doc, particle + 1, first) is None
    )


def _next_predicate(ctx: Context, last: int) -> str | None:
    """The lemma of the first predicate after the object ending at token `last` (…금을 3년간
    지급한다 → 지급): a verbal noun's before its 하다, else the verb's; None when `last` takes no
    object particle or the sentence ends first."""
    doc = ctx.doc
    k = last + 1
    if k >= len(doc) or doc[k].tag_ != "JKO" or not in_one_word(doc[last], doc[k]):
        return None
    floor = ctx.sentence_start(last)
    for t in doc[k + 1 :]:
        if t.is_sent_start and ctx.sentence_start(t.i) != floor:
            return None
        tag = t.tag_.split("+")[0].split("-")[0]
        if tag in {"XSV", "XSA"}:
            return doc[t.i - 1].lemma_
        if tag in {"VV", "VA", "VCP", "VCN"}:
            return t.lemma_.split("+")[0]
    return None


def _is_topic(ctx: Context, char: int) -> bool:
    return _topic_particle(ctx, char) is not None


def _topic_particle(ctx: Context, char: int) -> int | None:
    """The topic particle the mention ending at `char` takes (…사업은, ‘…’은: the clause is
    about it), as a token index; None when it takes none."""
    doc = ctx.doc
    k = ctx.token_at(char)
    while k is not None and k < len(doc) and (doc[k].tag_ == "SSC" or doc[k].text in _EITHER):
        k += 1
    if (
        k is not None
        and 0 < k < len(doc)
        and _is_topic_marker(doc[k])
        and in_one_word(doc[k - 1], doc[k])
    ):
        return k
    return None


# A company's name as Korean texts mark it: after (주), ㈜ or 주식회사.
_FIRM_MARK = re.compile(r"\(주\)|㈜|주식회사")
_FIRM = re.compile(rf"(?:{_FIRM_MARK.pattern})\s*([가-힣A-Za-z0-9]{{2,}})")


def _firms(text: str) -> list[str]:
    """The names the text marks as companies (with what Kiwi may glue after them: 한빛스틸과)."""
    return [m.group(1) for m in _FIRM.finditer(text)]


def _run_by_firm(ctx: Context, c: Candidate, firms: list[str]) -> bool:
    """A company runs what the mention names: it is the object of a verb that runs a program
    (… 과정을 운영한다, ‘…’을 실시한다) in a sentence whose topic is a name the text marks as a
    company (한빛스틸은 … ‘… 양성 과정’을 운영한다). A program is public; a firm's own course or
    service is not one."""
    doc = ctx.doc
    last = ctx.token_at(c.end - 1)
    if last is None:
        return False
    while (
        last + 1 < len(doc)
        and doc[last + 1].tag_ == "SSC"
        and in_one_word(doc[last], doc[last + 1])
    ):
        last += 1  # ‘…’을: the object particle follows the closing mark
    if _verb_of_object(doc, last) not in name_rules().presenting_verbs:
        return False
    first = ctx.token_at(c.start)
    floor = ctx.sentence_start(last)
    for k in range(floor, first if first is not None else last):
        t = doc[k]
        if _is_topic_marker(t) or t.tag_ == "JKS":
            topic = _FIRM_MARK.sub("", "".join(x.text for x in doc[word_start(doc, k, floor) : k]))
            return len(topic) >= 2 and any(f.startswith(topic) for f in firms)
    return False


# "(이하 ‘…’)": what follows names again, shorter, the program just named (…기술보급사업(이하
# 스마트상점 사업)): an alias, not another program.
_ALIAS_BEFORE = re.compile(rf"\(\s*이하\s*[{_OPENING}{_EITHER}]?\s*$")


# A name, white space and an opening quote: what the quote opens stands in apposition.
_BEFORE_APPOSITION = re.compile(rf"\s*[{_OPENING}{_EITHER}]")


# A quoted name's closing mark and white space: what follows stands in apposition to the quote.
_AFTER_APPOSITION = re.compile(rf"[{_CLOSING}{_EITHER}]?\s+")


def _appositions(ctx: Context, chosen: list[Candidate]) -> list[Candidate]:
    """A quoted name right after a name (산악완등 인증사업 ‘오르GO 함양’) is the same program's
    own name in apposition: one mention, both written. A name right after a quoted one (‘… 한 달
    살기’ 외국인 전용 프로그램을) says what kind of program the quote is: the quote names it,
    one mention (a quote with one noun and a head after it, ‘…’ 돌봄 사업, is found as one name
    before this)."""
    merged: list[Candidate] = []
    for c in chosen:
        before = merged[-1] if merged else None
        if (
            before is not None
            and c.quoted
            and not before.quoted
            and _BEFORE_APPOSITION.fullmatch(ctx.text, before.end, c.start)
        ):
            merged[-1] = Candidate(before.start, c.end, f"{before.name} {c.name}", quoted=True)
        elif (
            before is not None
            and before.quoted
            and not c.quoted
            and _AFTER_APPOSITION.fullmatch(ctx.text, before.end, c.start)
        ):
            continue
        else:
            merged.append(c)
    return merged
