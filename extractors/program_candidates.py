"""Where program names are found in one Doc (extractors/programs.py, steps 3 to 8): noun phrases
before a head, quoted names, enumerated items, sentences that define their topic as a program,
and names that share one head through middle dots. `find_candidates` returns the chosen
mentions, overlapping ones resolved, in text order. Enumerated items and lists written in a
sentence are found in extractors/program_lists.py; `Candidate`, `Context` and the helpers both
share are in extractors/program_context.py and extractors/program_quoted_names.py.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator

from spacy.tokens import Doc, Span, Token

from extractors.program_context import (
    CLOSING_MARKS,
    DOTS,
    EITHER,
    MAX_KIND_TOKENS,
    OPENING_MARKS,
    QUOTED,
    Candidate,
    Context,
    before_head,
    is_amount,
    is_proper_version,
    is_trim,
    names_event_or_body,
    quote_content,
    token_after_count,
    verb_of_object,
)
from extractors.program_lists import (
    item_candidates,
    listed_candidates,
)
from extractors.program_quoted_names import (
    is_clause,
    is_quoted_name,
    quoted_item,
    quoted_name,
)
from extractors.program_words import (
    SPACE_TAG,
    Head,
    Word,
    followed_by_org,
    in_one_word,
    is_agency,
    is_generic_word,
    is_noun,
    is_place_version,
    is_space,
    is_specific,
    is_version_number,
    kinds_of,
    modifier_words,
    name_rules,
    needed_count,
    phrase_start,
    serves_residents,
    skip_spaces,
    skip_spaces_back,
    trim_start,
    verbal_noun_start,
    word_end,
    word_start,
    words_of,
)
from extractors.words import RO

_MAX_NAME_CHARS = 80
_MIN_COMPOUND_CHARS = 4  # one noun token that is a compound (희망둥지기금), not 동시, 가운데
# What may stand between two quoted names that share one head: ‘A’, ‘B’ 및 ‘C’ 사업.
# A parenthesis may close a member before the separator: what it gives or its quota (‘…’(월 최대
# 80만원)과 ‘…’).
_LIST_SEPARATOR = re.compile(r"\s*(?:\([^()\n]{1,40}\))?\s*(?:,|·|및|와|과|그리고|또는)\s*")
_WORDLIKE = re.compile(r"\w")
# Last characters of a place's proper noun (유성구, 김포시, 경상남도, 고성군).
_PLACE_ENDS = frozenset("시군구도읍면")


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
        if _copula_before_quote(doc, head.last):
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
            and before_head(doc, head) in rules.pilots
            and any(tag == "NNG" and f not in rules.generic for w in words for f, tag in w)
        )
        needed = 1 if priced or pilot else needed_count(head, quoted=False)
        if not shown and head.word in rules.products:
            # 신생아 특례대출: a scheme of a special provision; … 학자금대출(ICL): a product with
            # an abbreviation of its own is one scheme, as a head with one is one program
            shown = _special_product(words) or abbreviation is not None
        if not shown and not (words and is_place_version(words[0])):
            continue  # 부산형 통합돌봄 서비스: a place's own version says which program
        if not shown and before_head(doc, head) in rules.item_not_last:
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
    k = skip_spaces(doc, k)
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
    if k >= len(doc) or doc[k].tag_ != "JKB" or doc[k].text not in RO:
        return False
    if not in_one_word(doc[last], doc[k]) or word_end(doc, k) != k + 1:
        return False
    return _predicate_after(ctx, k) in name_rules().paying_verbs


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
    return skip_spaces(doc, k)


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
    k = skip_spaces(doc, k)
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
    j = skip_spaces(doc, end)
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
    k = skip_spaces(doc, head.last + 1)
    if k >= len(doc) or in_one_word(doc[head.last], doc[k]):
        return False
    return is_amount(doc, k) or is_amount(doc, token_after_count(doc, k))


def _after_list(doc: Doc, start: int, floor: int) -> bool:
    """The phrase follows a list closed by 등 (출생수당과 육아지원금 등 출생 지원금, 브랜드
    개발 등의 사업): it names the kind the listed programs are of, not one more program."""
    k = skip_spaces_back(doc, start - 1, floor)
    if k > floor and doc[k].tag_ == "JKG" and in_one_word(doc[k - 1], doc[k]):
        k -= 1  # 등의
    return k >= floor and doc[k].text == "등" and doc[k].tag_ == "NNB"


def _after_including(doc: Doc, phrase: int, floor: int) -> bool:
    """The phrase follows the adnominal of including (첫만남이용권을 포함한 출산 지원금, …을 비롯한
    복지 사업): it names the kind the programs before it belong to, like a list closed by 등."""
    k = skip_spaces_back(doc, phrase - 1, floor)
    if k < floor or in_one_word(doc[k], doc[phrase]):
        return False
    return _word_text(doc, word_start(doc, k, floor), k + 1) in name_rules().including


def _after_plural(doc: Doc, phrase: int, start: int, floor: int) -> bool:
    """The name follows a word of many (다양한, 여러, 각종 …), with only adverbials or
    determiners between: it names the kind that several programs are of (다양한 청년 지원
    프로그램, 각종 신규 지원사업), not one program (여러 사업 가운데 청년 월세 지원사업 is one)."""
    rules = name_rules()
    k = skip_spaces_back(doc, phrase - 1, floor)
    many = k >= floor and _word_text(doc, word_start(doc, k, floor), k + 1) in rules.plural
    k = phrase
    while k < start:
        end = word_end(doc, k)
        word = _word_text(doc, k, end)
        many = word in rules.plural or (many and word in rules.trim)
        k = skip_spaces(doc, end, start)
    return many


def _word_text(doc: Doc, start: int, end: int) -> str:
    return "".join(t.text for t in doc[start:end])


def _kind_of_list(ctx: Context, head: Head, phrase: int, floor: int) -> bool:
    """The phrase is the kind a list closed by 등 is of, a few words after it (…입문교육,
    …실습교육 등 신규 농업인에 맞춘 영농 교육): the list's last member ends in the same head
    word."""
    doc = ctx.doc
    for k in range(phrase - 1, max(floor, phrase - MAX_KIND_TOKENS) - 1, -1):
        if doc[k].text == "등" and doc[k].tag_ == "NNB" and k > floor:
            j = skip_spaces_back(doc, k - 1, floor + 1)
            member = ctx.heads.get(j)
            return member is not None and member.word == head.word
        if k in ctx.heads and ctx.heads[k].word == head.word:
            return False
    return False


def _copula_before_quote(doc: Doc, last: int) -> bool:
    """The word ending at token `last` takes the copula's adnominal 인 and a quote follows. After
    a head (군산형 일자리 사업인 ‘…’, 역점사업인 ‘…’) the phrase says what kind the quoted
    program is, the quote names it."""
    k = _after_copula(doc, last)
    return k is not None and k < len(doc) and doc[k].tag_ == "SSO"


def _after_copula(doc: Doc, last: int) -> int | None:
    """The token after the copula's adnominal 인 that closes the word ending at token `last`
    (사업인 ‘…’, 프로그램인 새출발기금), past the white space after it; None when no 인 does."""
    k = last + 1
    if k >= len(doc) or not in_one_word(doc[last], doc[k]):
        return None
    if doc[k].tag_ != "VCP+ETM" or doc[k].text != "인" or word_end(doc, k) != k + 1:
        return None
    return skip_spaces(doc, k + 1)


def _named_after_kind(doc: Doc, head: Head) -> tuple[int, int] | None:
    """The first and last token of a compound noun written as the word right after the head and
    the copula's adnominal (소상공인 채무조정 프로그램인 새출발기금, 일자리 사업인 공공근로사업에):
    like a quote after a kind (`_copula_before_quote`), the word names one program of the kind the
    phrase before says. The word must be two nouns or more (a determiner or adverb Kiwi reads
    inside it counts as a syllable of it, 새/MM 출발 기금), or one noun Kiwi keeps whole of four
    characters or more (희망둥지기금), so that 사업인 만큼, 사업인 동시에, 사업인 가운데 stay
    plain clauses; not a word that is no program by its ending (국민연금) or an agency's."""
    first = _after_copula(doc, head.last)
    if (
        first is None
        or first >= len(doc)
        or not (is_noun(doc[first]) or doc[first].tag_ in {"MM", "MAG"})
    ):
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
        k = skip_spaces(doc, end, head)
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
    return any(t.tag_ == "NNP" or is_proper_version(t.text) for t in span)


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
            if not (is_noun(t) or is_space(t) or t.tag_ in {"VV", "ETN"} or t.text in DOTS):
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
    k = skip_spaces(doc, head.last + 1)
    if k >= len(doc) or doc[k].text != "등" or doc[k].tag_ != "NNB" or word_end(doc, k) != k + 1:
        return False
    for j in range(k + 1, min(len(doc), k + 1 + MAX_KIND_TOKENS)):
        if doc[j].is_sent_start or doc[j].text in {"등", ","}:
            return False
        kind = ctx.heads.get(j)
        if kind is not None and kind.word == head.word:
            return _presented_by_verb(doc, kind.last)
    return False


def _presented_by_verb(doc: Doc, last: int) -> bool:
    """The head word at `last` is the object of a verb that runs a program (… 교육을 실시했다,
    … 지킴이를 운영한다, … 교육 등을 운영한다)."""
    return verb_of_object(doc, last) in name_rules().presenting_verbs


def _extended(doc: Doc, last: int) -> bool:
    """The head word at `last`, written after a quote, is the object of a verb of extending
    (`[presented] extending_verbs`: ‘스마트 안부살피미’ 서비스를 확대한다): what is extended runs
    already, a program the quote names."""
    return verb_of_object(doc, last) in name_rules().extending_verbs


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
        if any(t.tag_ not in {"MAG", "MAJ", "SP"} for t in doc[floor:start] if not is_trim(t)):
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
    k = skip_spaces_back(doc, head.first - 1)
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
    before = skip_spaces_back(doc, first - 1)
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
    if any(t.tag_ not in {"MAG", "MAJ", "SP"} for t in doc[floor:opening] if not is_trim(t)):
        return None
    start, end = doc[opening + 1].idx, doc[close - 1].idx + len(doc[close - 1].text)
    return quoted_item(ctx, start, end)


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
    dots = [k for k in range(first_of_word, head.first) if doc[k].text in DOTS]
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


def _word_at(ctx: Context, char: int) -> tuple[int, int | None]:
    """The offset past the blanks (spaces, tabs, no-break spaces) from `char`, and the token
    that starts right there (None when none does: the text ends, or a token runs over it)."""
    text = ctx.text
    pos = char
    while pos < len(text) and text[pos] in " \u00a0\t":
        pos += 1
    i = ctx.token_at(pos) if pos < len(text) else None
    return pos, i if i is not None and ctx.doc[i].idx == pos else None


def _head_after(ctx: Context, char: int) -> Head | None:
    """The head closing the word right after `char`, when that word is a head word of its own or
    nouns and a head (‘…’ 사업, ‘…’ 공모사업)."""
    doc = ctx.doc
    pos, i = _word_at(ctx, char)
    if i is None:
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
    k = skip_spaces(doc, last + 1)
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
    while k >= 0 and (is_space(doc[k]) or doc[k].tag_ == "SSC" or doc[k].text in EITHER):
        k -= 1
    if k < 0:
        return False
    rules = name_rules()
    last = doc[k].text
    return last in rules.days or last.endswith(rules.not_undertakings)


def _quoted_candidates(ctx: Context) -> Iterator[Candidate]:
    text = ctx.text
    quotes = list(QUOTED.finditer(text))
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
            is_quoted_name(ctx, m.start("name"), m.end("name"), endings=False) for m in members
        ):
            for member in members[:-1]:
                yield quoted_name(ctx, member.start("name"), member.end("name"))
            last = members[-1]
            named = _classified(ctx, last, head)
            if named is not None:
                yield named
                continue
            end = ctx.doc[head.last].idx + len(ctx.doc[head.last].text)
            yield quoted_name(
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
                end = member.start("name") + len(quote_content(member))
                named = _quoted_head_name(ctx, member.start("name"), end) or quoted_item(
                    ctx, member.start("name"), end
                )
            if named is None:
                named = _quoted_campaign(ctx, member.start("name"), member.end("name"))
            if named is None and (
                _amount_after(ctx, member.end())
                or _budgeted(ctx, member.end())
                or _quota_after(ctx, member)
            ):
                named = quoted_item(ctx, member.start("name"), member.end("name"))
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
                named = quoted_item(ctx, member.start("name"), member.end("name"), actions=True)
                if named is None and (_of_kind(ctx, member) or _named_by_kind(ctx, member)):
                    # 고향사랑 기금사업 ‘홀로사는 노인을 위한 클린-업’: the kind before it says
                    # the quote is a program's name, also when an adnominal clause with its own
                    # object leads the noun it ends in
                    named = quoted_item(
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
    return not quote_content(quote).endswith((*rules.project, *rules.scheme))


def _coordinated_with(ctx: Context, quote: re.Match[str], headed: list[re.Match[str]]) -> bool:
    """A quote joined by 과/와 or a comma to a quote that is a program by its own head (‘강진
    반값여행’과 ‘강진형 청년 일자리 지원사업’): like is joined with like, so the quote is a
    program too, unless it ends in an event, a plan or a rule, or is one word."""
    if quote in headed or len(quote_content(quote).split()) < 2:
        return False
    end = ctx.token_at(quote.end() - 1)
    if end is None or _quotes_an_event(ctx.doc, end + 1):
        return False
    return not _held(ctx, quote)


def _counted_people(ctx: Context, quote: re.Match[str]) -> bool:
    """A quote closed by a head of people (`[presented] people`) and counted in 명 right after it,
    with a particle at most between (‘청년 홍보 서포터즈단’ 30명을, ‘…매니저’를 10명에서 15명으로):
    the count says the quote names the people, the members a program employs or gathers."""
    doc = ctx.doc
    close = _closed_by_people(ctx, quote)
    if close is None:
        return False
    k = _people_counted(doc, close)  # past ‘…’를
    if k is None:
        return False
    # … 150명을 위촉해, … 25명을 운영해: the verb that runs a program presents the group counted,
    # as it does the quote without a count (‘…지킴이단’을 운영한다)
    verbs = name_rules().presenting_verbs
    return verb_of_object(doc, k) not in verbs and _verb_after_place(doc, k) not in verbs


def _people_counted(doc: Doc, close: int) -> int | None:
    """The 명 of a count of people right after the quote closing at token `close`, with a
    particle at most between (‘…’ 20명을, ‘…’를 10명에서); None when no such count follows."""
    k = _next_word(doc, close)
    number = k
    while k < len(doc) and doc[k].tag_ in {"SN", "NR"}:
        k += 1
    return k if number < k < len(doc) and doc[k].text == "명" and doc[k].tag_ == "NNB" else None


def _deployed(ctx: Context, quote: re.Match[str]) -> bool:
    """The quote is counted in 명 right after it, and the count is the object of a verb that
    deploys people (`[presented] deploying_verbs`: ‘스마트공장 닥터’ 20명을 운영한다, ‘…’ 30명을
    읍면에 배치한다): the program the people serve. Not a body, a plan or an event."""
    doc, rules = ctx.doc, name_rules()
    close = ctx.token_at(quote.end() - 1)
    if close is None:
        return False
    k = _people_counted(doc, close)
    if k is None:
        return False
    verb = verb_of_object(doc, k) or _verb_after_place(doc, k)
    return verb in rules.deploying_verbs and not names_event_or_body(quote)


def _verb_after_place(doc: Doc, last: int) -> str | None:
    """The verb of the object ending at `last` when one adverbial of place or manner stands
    between them (… 20명을 읍면동에 배치하고, … 30명을 마을별로 배치한다): a noun's word closed by
    에, 에서 or 으로 and nothing else; None otherwise."""
    k = last + 1
    if k >= len(doc) or doc[k].tag_ != "JKO" or word_end(doc, k) != k + 1:
        return None
    k += 1
    k = skip_spaces(doc, k)
    end = word_end(doc, k) if k < len(doc) else k
    if end - k < 2 or not is_noun(doc[k]) or doc[end - 1].tag_ != "JKB":
        return None
    if doc[end - 1].text not in {"에", "에서", "으로", "로"}:
        return None
    if not all(is_noun(t) for t in doc[k : end - 1]):
        return None
    k = skip_spaces(doc, end)
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
    k = skip_spaces(doc, close + 1, head.first)
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
    pos, i = _word_at(ctx, char)
    if i is None:
        return False
    if pos > char and ctx.doc[i].text in name_rules().budget_words:
        i += 1
        i = skip_spaces(ctx.doc, i)
        if i >= len(ctx.doc) or in_one_word(ctx.doc[i - 1], ctx.doc[i]):
            return False
    return is_amount(ctx.doc, i)


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
    return _closed_by_people(ctx, quote) is None and not names_event_or_body(quote)


def _budgeted(ctx: Context, char: int) -> bool:
    """The word after the quote, written apart, is its budget with a particle at most
    (‘긴급복지지원’ 예산 등이, ‘…’ 사업비를): what has a budget of its own is a program, even when
    the amount is not given."""
    doc = ctx.doc
    pos, i = _word_at(ctx, char)
    if i is None or pos == char or doc[i].text not in name_rules().budget_words:
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
    k = skip_spaces(doc, close + 1)
    if k + 1 >= len(doc) or (k == close + 1 and in_one_word(doc[close], doc[k])):
        return False
    if doc[k].tag_ not in {"SN", "NR"} or not in_one_word(doc[k], doc[k + 1]):
        return False
    end = word_end(doc, k)
    j = skip_spaces(doc, end)
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
    if names_event_or_body(quote):
        return False
    k = skip_spaces(doc, close + 2)
    if k < len(doc) and _word_text(doc, k, word_end(doc, k)) in rules.budget_words:
        # … 에 도비 30억 원을 (Kiwi may split 도비 as 도/JX 비)
        k = skip_spaces(doc, word_end(doc, k))
    if k >= len(doc) or not is_amount(doc, k):
        return False
    won = next((j for j in range(k, min(len(doc), k + 12)) if doc[j].text.endswith("원")), None)
    return won is not None and verb_of_object(doc, won) in rules.funding_verbs


def _object_of(ctx: Context, quote: re.Match[str], verbs: frozenset[str]) -> bool:
    """The quote is the object of one of `verbs` and does not end in a plan, an agreement, an
    event or a rule (`[presented] not_undertakings`)."""
    return _verb_of_quote(ctx, quote) in verbs and not quote_content(quote).endswith(
        name_rules().not_undertakings
    )


def _verb_of_quote(ctx: Context, quote: re.Match[str]) -> str | None:
    """The verb the quote is the object of (`verb_of_object` from its closing mark)."""
    close = ctx.token_at(quote.end() - 1)
    return None if close is None else verb_of_object(ctx.doc, close)


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
    return skip_spaces_back(doc, opening - 1, 1)


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
    return _ends_phrase(ctx, quote) and not quote_content(quote).endswith(rules.not_undertakings)


def _amount_object(doc: Doc, verb: int) -> bool:
    """The word before the verb at `verb` is an amount of money with the object particle (월 30만
    원을 주는)."""
    k = skip_spaces_back(doc, verb - 1)
    if k < 2 or doc[k].tag_ != "JKO" or doc[k - 1].text not in name_rules().given_won:
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
    pos, after = _word_at(ctx, quote.end())
    if after is not None:
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
        # 감면해 주는, 깎아 주는: the main verb ends the word before
        k = skip_spaces_back(doc, first - 1, 1)
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
    return (
        (verb in rules.giving_verbs or helped in rules.giving_verbs)
        and _ends_phrase(ctx, quote)
        and not names_event_or_body(quote)
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
        and not quote_content(quote).endswith(name_rules().not_undertakings)
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
        and not quote_content(quote).endswith(name_rules().not_undertakings)
    ):
        return True  # 디지털 신기술 훈련인 ‘K-디지털 트레이닝’: a course's kind names one course
    return (
        head is not None
        and (
            head.label in {"PROJECT", "SCHEME"}
            or (head.label == "QUOTED" and head.word in name_rules().presented)
        )
        and _copula_before_quote(doc, head.last)
        and not quote_content(quote).endswith(name_rules().not_undertakings)
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
    content = quote_content(quote)
    return (
        _ends_phrase(ctx, quote)
        and not content.startswith(rules.awards)
        and not names_event_or_body(quote)
        and not is_agency(content)
    )


def _joined(ctx: Context, quote: re.Match[str]) -> bool:
    """People take part in the quoted thing or apply for it: the word after the quote begins
    with such a noun (‘…’ 참여 기업, ‘…’ 참가자를 모집, ‘…’ 신청은); an event is left out."""
    rules = name_rules()
    _, i = _word_at(ctx, quote.end())
    if i is None or ctx.doc[i].lemma_ not in rules.joined:
        return False
    return not quote_content(quote).endswith(rules.not_undertakings)


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
    if names_event_or_body(quote):
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


def _quoted_head_name(ctx: Context, start: int, end: int) -> Candidate | None:
    """A quote whose content itself ends in a head: ‘고흥몰 요리비법 프로젝트’."""
    doc, text = ctx.doc, ctx.text
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    span = ctx.span(start, end) if end > start else None
    if span is None or is_clause(span):
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
    return quoted_name(ctx, start, end)


def _lists_changes(span: Span) -> bool:
    """A quote with the adnominal of a verb of change in it (`[presented] changing`: ‘2026년
    달라지는 고용 제도’): the title of what changes, many rules and programs, not one."""
    return any(_changing(span.doc, t.i) for t in span)


def _titles_changes(doc: Doc, phrase: int, head: Head, floor: int) -> bool:
    """The phrase closes a quote right after the adnominal of a verb of change (‘2026년
    달라지는 고용노동 제도’): the end of a title of what changes (`_lists_changes`), not a name.
    Unquoted, one program may be said to change (바뀌는 청년 월세 지원사업은 …)."""
    k = skip_spaces_back(doc, phrase - 1, floor)
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
    k = skip_spaces_back(doc, begin - 1, first)
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
    if span is None or len(span) < 3 or is_clause(span):
        return None
    last = span[-1]
    if verbal_noun_start(ctx.doc, last.i, span.start - 1) is None:
        return None
    if len(ctx.text[start:end].split()) < 2 or not any(is_noun(t) for t in span[:-2]):
        return None
    if _headline_predicate(ctx, span) or _method_after(ctx, span):
        return None
    return quoted_name(ctx, start, end)


def _method_after(ctx: Context, span: Span) -> bool:
    """A noun of a method or technique follows the closing quote (‘벼 드문모 심기’ 기술을 적용한,
    ‘… 나누기’ 방식으로): the -기 phrase says how something is done, not a campaign."""
    doc = ctx.doc
    k = skip_spaces(doc, span.end + 1)  # the token after the closing quote
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


def find_candidates(ctx: Context) -> list[Candidate]:
    """The program mentions of one Doc, in text order: every finder's candidates, a mention that
    overlaps an earlier or longer (or quoted) one dropped, dotted names split into their parts."""
    candidates = sorted(
        [
            *_quoted_candidates(ctx),
            *item_candidates(ctx),
            *listed_candidates(ctx),
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


# A quote's closing mark and 의 with white space after it: what follows belongs to the quote.
_QUOTE_GENITIVE = re.compile(rf"[{CLOSING_MARKS}{EITHER}]\s*의\s+$")


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
    return name_rules().received_by.match(ctx.text, c.end) is not None


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
    return _predicate_after(ctx, k)


def _predicate_after(ctx: Context, k: int) -> str | None:
    """The lemma of the first predicate after token `k` in its sentence: a verbal noun's before
    its 하다 or 되다, else the verb's; None when the sentence ends first."""
    doc = ctx.doc
    floor = ctx.sentence_start(k)
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
    while k is not None and k < len(doc) and (doc[k].tag_ == "SSC" or doc[k].text in EITHER):
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
    if verb_of_object(doc, last) not in name_rules().presenting_verbs:
        return False
    first = ctx.token_at(c.start)
    floor = ctx.sentence_start(last)
    for k in range(floor, first if first is not None else last):
        t = doc[k]
        if _is_topic_marker(t) or t.tag_ == "JKS":
            topic = _FIRM_MARK.sub("", _word_text(doc, word_start(doc, k, floor), k))
            return len(topic) >= 2 and any(f.startswith(topic) for f in firms)
    return False


# "(이하 ‘…’)": what follows names again, shorter, the program just named (…기술보급사업(이하
# 스마트상점 사업)): an alias, not another program.
_ALIAS_BEFORE = re.compile(rf"\(\s*이하\s*[{OPENING_MARKS}{EITHER}]?\s*$")


# A name, white space and an opening quote: what the quote opens stands in apposition.
_BEFORE_APPOSITION = re.compile(rf"\s*[{OPENING_MARKS}{EITHER}]")


# A quoted name's closing mark and white space: what follows stands in apposition to the quote.
_AFTER_APPOSITION = re.compile(rf"[{CLOSING_MARKS}{EITHER}]?\s+")


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
