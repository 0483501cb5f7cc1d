"""Program names found in enumerated and in-sentence lists (extractors/programs.py, step 4):
bulleted lines of a budget (▲농로포장사업 35억원), quoted lines, lists by field and lists
presented as programs (`item_candidates`), and the members of a list written in a sentence and
closed by 등 before the kind 사업 (`listed_candidates`). extractors/program_candidates.py calls
both from `find_candidates`.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from spacy.tokens import Doc

from extractors.docs import span_text, token_texts
from extractors.program_context import (
    DOTS,
    EITHER,
    MAX_KIND_TOKENS,
    QUOTED,
    Candidate,
    Context,
    before_head,
    how_word,
    is_amount,
    is_proper_version,
    is_trim,
    names_event_or_body,
    token_after_count,
    verb_of_object,
)
from extractors.program_quoted_names import (
    is_quoted_name,
    quoted_item,
    quoted_name,
)
from extractors.program_words import (
    Head,
    Word,
    in_adjective_compound,
    in_one_word,
    is_noun,
    is_place_version,
    is_space,
    is_specific,
    is_verbal_noun,
    kinds_of,
    modifier_words,
    name_rules,
    needed_count,
    phrase_start,
    skip_spaces,
    skip_spaces_back,
    trim_start,
    verbal_noun_start,
    word_end,
    word_start,
    words_of,
)

# Tokens that may stand inside an enumerated item's name besides nouns: 의 (약속의 공간), 및,
# 등 inside a name (기숙사 개보수 등 환경 개선사업), commas of a named list (용강, 구산 등 …).
_ITEM_INNER = frozenset({"의", "및", "등", ",", "(", ")"})


def item_candidates(ctx: Context) -> Iterator[Candidate]:
    """Enumerated items: a bullet, a name ending in a head, then its amount, the next bullet,
    the end of the line or of the sentence (▲농로포장사업 35억원, ○생계급여 112억원)."""
    doc, rules = ctx.doc, name_rules()
    for b in sorted(ctx.bullets):
        first = skip_spaces(doc, b + 1)
        if first < len(doc) and doc[first].tag_ == "SSO":
            line = _quoted_line(ctx, first, b)
            if line is not None:
                yield line
            continue
        k = first
        # a line of a numbered list may be a sentence of its own (① 농업인 …)
        while k < len(doc) and not is_amount(doc, k) and not (doc[k].is_sent_start and k > first):
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
        if count > first and token_after_count(doc, count) == k and is_amount(doc, k):
            # ▲소하천 정비사업 36곳 214억 원: the count of its sites
            last = skip_spaces_back(doc, count - 1, first)
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
            or (head.label == "QUOTED" and before_head(doc, head) in rules.item_not_last)
        ):
            continue
        if not _item_ends(doc, k, last, ctx.bullets) or _counted(doc, head):
            continue
        # A bullet bounds a name, but does not make its head more specific; a line of a budget
        # with its own amount does, as a quoted item with its amount (▲소하천 정비사업 48억원).
        priced = k < len(doc) and is_amount(doc, k) and not by_field
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
    if doc[k].text not in DOTS | _HYPHENS or k <= first or k + 1 >= len(doc):
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
    j = skip_spaces(doc, k + 1)
    return j < len(doc) and not in_one_word(doc[k], doc[j]) and is_noun(doc[j])


def _runs_people(ctx: Context, head: Head, first: int) -> bool:
    """The line runs the people a program employs (▲아동안전지킴이 운영 4억 원, ▲돌봄매니저 운영)
    or a course it holds (- 경로당 건강운동 교실 운영 1억 8천만 원): 운영 right after a head of
    people or of a course (`[presented] people`, `courses`), the line's form of …지킴이를
    운영한다, …교실을 운영한다, which presents a program; after a facility (경로당 운영) it is a
    running cost, and so it is after a facility's service (가족센터 통합서비스 운영)."""
    if head.word != "운영" or head.first != head.last:
        return False
    k = skip_spaces_back(ctx.doc, head.first - 1, first)
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
    quote = QUOTED.match(text, doc[opening].idx)
    if quote is None:
        return None
    close = ctx.token_at(quote.end() - 1)
    if close is None or close <= opening + 1:
        return None
    k = close + 1
    if k < len(doc) and in_one_word(doc[close], doc[k]):
        return None  # ‘…’는, ‘…’에: a particle makes the quote a word of a clause
    while k < len(doc) and not is_amount(doc, k):
        t = doc[k]
        if k in ctx.bullets or "\n" in t.text or (t.text == "등" and t.tag_ == "NNB"):
            return _quote_of_line(ctx, quote, close, k, bullet)
        if not (is_noun(t) or is_space(t) or t.text in DOTS):
            return None
        k += 1
    last = skip_spaces_back(doc, k - 1, close + 1)
    if last == close or k >= len(doc) or not is_quoted_name(ctx, *quote.span("name")):
        return None  # right before its amount the quote is found as a quoted budget item
    end = doc[last].idx + len(doc[last].text)
    return quoted_name(ctx, quote.start(), end, content=quote.span("name"))


def _quote_of_line(
    ctx: Context, quote: re.Match[str], close: int, k: int, bullet: int
) -> Candidate | None:
    """The quote opening a bulleted line that runs in nouns of what it does to the line's end
    (▲‘여수 일자리 버스’ 순회 상담 ▲…, ▲‘…’ 운영 등이다) without an amount: a program when the
    sentence presents its list as programs (`_list_of_undertakings`), named by the quote."""
    doc = ctx.doc
    nouns = [t for t in doc[close + 1 : k] if not is_space(t)]
    if not all(is_noun(t) or t.text in DOTS for t in nouns):
        return None
    if not is_quoted_name(ctx, *quote.span("name")) or not _list_of_undertakings(ctx, bullet):
        return None
    if names_event_or_body(quote):
        return None  # ▲‘… 축제’, ▲‘… 센터’: an event or a body the list also holds
    return quoted_item(ctx, *quote.span("name"), actions=True)


def _own_amount(doc: Doc, k: int, last: int) -> bool:
    """The item's name runs right up to an amount, its own budget (▲… 지원 18억 원), not to a
    total after 등 (▲… 지원 등 30억 원 규모의 …)."""
    if k >= len(doc) or not is_amount(doc, k):
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
        first = skip_spaces(doc, b + 1)
        k = first
        while k < len(doc) and k not in ctx.bullets and doc[k].tag_ not in {"SN", "NR"}:
            k += 1
        last = skip_spaces_back(doc, k - 1, first + 1)
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
    if _led_as_projects(ctx, bullet):
        return True
    doc = ctx.doc
    last_bullet, end = _list_close(ctx, bullet)
    verbs = name_rules().undertaking_verbs
    return any(
        (doc[i].text.endswith("원") or i in ctx.heads) and _verb_of_line(doc, i) in verbs
        for i in range(last_bullet, end)
    )


def _list_close(ctx: Context, bullet: int) -> tuple[int, int]:
    """The last bullet of the list `bullet` is in, within its sentence, and the sentence's end:
    the words between close the list (… 등을 추진한다)."""
    doc = ctx.doc
    begin = ctx.sentence_start(bullet)
    end = bullet
    while end < len(doc) and not (end > begin and doc[end].is_sent_start):
        end += 1
    return max(i for i in range(begin, end) if i in ctx.bullets), end


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
    verbs = name_rules().presenting_verbs
    last_bullet, end = _list_close(ctx, bullet)
    for i in range(last_bullet + 1, end):
        if i in ctx.heads and _verb_of_line(doc, i) in verbs:
            return True
        if doc[i].text == "등" and doc[i].tag_ == "NNB" and word_end(doc, i) == i + 1:
            if not _kind_after_list(ctx, i):
                return False
            kind = next(j for j in range(i + 1, end) if doc[j].lemma_ in name_rules().list_kinds)
            return verb_of_object(doc, kind) in verbs
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
    of: with 을/를 (`verb_of_object`), or with 도 in the object's place, also after the list's
    등 (▲… 임대료 지원도 함께 추진한다, ▲… 5억 원 등도 추진한다: these too are undertaken)."""
    k = last + 1
    if k < len(doc) and not in_one_word(doc[last], doc[k]):  # … 5억 원 등도
        k = skip_spaces(doc, k)
        if k + 1 >= len(doc) or doc[k].text != "등" or not in_one_word(doc[k], doc[k + 1]):
            return verb_of_object(doc, last)
        k += 1
    if not (
        k < len(doc)
        and in_one_word(doc[k - 1], doc[k])
        and doc[k].tag_ == "JX"
        and doc[k].text == "도"
        and word_end(doc, k) == k + 1
    ):
        return verb_of_object(doc, last)
    k += 1
    while k < len(doc) and (is_space(doc[k]) or how_word(doc, k)):
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
    j = skip_spaces(doc, k + 1)
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
    return len(forms) == 1 and is_proper_version(forms[0])


def _counted(doc: Doc, head: Head) -> bool:
    """The head follows a count (3개 분야 18개 사업): a number of programs, not one."""
    k = skip_spaces_back(doc, head.first - 1)
    return k > 0 and doc[k].tag_ == "NNB" and doc[k - 1].tag_ in {"SN", "NR"}


def _item_ends(doc: Doc, k: int, last: int, bullets: frozenset[int]) -> bool:
    """An item's name stops at an amount, a bullet, a line or sentence end, or a particle,
    punctuation or the copula right after its last word or the list's 등 (…지원을 편성, …사업
    등, …지원 등이다)."""
    if k >= len(doc) or is_amount(doc, k) or doc[k].is_sent_start or "\n" in doc[k].text:
        return True
    if k in bullets:
        return True
    if k != last + 1 and not all(t.text == "등" for t in doc[last + 1 : k]):
        return False
    # …지원 등이다: the list's 등 and the copula close the last line
    return doc[k].tag_[:1] in {"J", "S"} or doc[k].text == "등" or doc[k].tag_ == "VCP"


def listed_candidates(ctx: Context) -> Iterator[Candidate]:
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
    for j in range(i + 1, min(len(doc), i + 1 + MAX_KIND_TOKENS)):
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
    k = skip_spaces_back(doc, j - 1, floor + 1)
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
    k = skip_spaces_back(doc, end - 1, begin)
    amount = k + 1  # … 구축 280억 원: the member's own amount, at its end
    while amount - 1 >= begin and (
        doc[amount - 1].tag_ in {"SN", "NR"}
        or doc[amount - 1].text in name_rules().won
        or is_space(doc[amount - 1])
    ):
        amount -= 1
    while amount <= k and is_space(doc[amount]):
        amount += 1
    if amount <= k and is_amount(doc, amount):
        k = skip_spaces_back(doc, amount - 1, begin)
    if k < begin:
        return None, False
    if doc[k].tag_ == "SSC" or doc[k].text in EITHER:
        opening = next((m for m in range(k - 1, begin - 1, -1) if doc[m].tag_ == "SSO"), None)
        if opening is None or opening + 1 > k - 1:
            return None, False
        start, stop = doc[opening + 1].idx, doc[k - 1].idx + len(doc[k - 1].text)
        whole = all(is_space(t) for t in doc[begin:opening])
        return quoted_name(ctx, start, stop), whole
    if not is_noun(doc[k]) and not is_verbal_noun(doc, k, begin):  # … 학교 숲 가꾸기 40억 원
        return None, False
    rules = name_rules()
    if doc[k].text in rules.relational and k > begin and not in_one_word(doc[k - 1], doc[k]):
        k -= 1  # 독서인문교육 중심 185억 원: what the money centres on
        k = skip_spaces_back(doc, k, begin)
    verbal = None if is_noun(doc[k]) else verbal_noun_start(doc, k, begin)
    if verbal is not None:  # the phrase before a -기 noun (학교 숲 가꾸기)
        start = verbal
        if verbal > begin and is_noun(doc[verbal - 1]):
            start = _phrase_with_abbreviation(doc, verbal - 1, begin)
    else:
        start = _phrase_with_abbreviation(doc, k, begin)
    start = trim_start(doc, start, k)
    whole = all(is_space(t) or is_trim(t) for t in doc[begin:start])
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
