"""Named public programs: the maximal noun phrase that names one program, project or initiative.

1. Heads. A name ends in a head noun listed in `program_rules.toml`: project heads (사업, 프로그램,
   캠페인 …) need two specific words before them, scheme heads (직불금, 수당, 이용권, 크레디트 …)
   one; attached heads (급여, 자금, 카드, 계좌, 통장, 적금, suffix 제) count only as their own token
   after a noun of the same word (생계급여, 경영안정자금, 청년도약계좌, 추천제), with two words
   (급여 and 자금 one, once the kind of fund or insurance benefit is set aside: 경영안정자금,
   실업급여, 구직급여, 육아휴직급여 alone are kinds); quoted_only heads (지원, 교육, 조성, 강좌,
   교실 …) close a name only inside quotes, in an enumerated item, or (교육, 과정, 지킴이, …단,
   강좌, 교실, 지원) as the object of a verb that runs a program (…교육을 실시했다, …월세 지원을
   시행한다, or a list of them: …기초교육, …현장교육 등을 운영한다, or before the kind it presents:
   …입문교육, …실습교육 등 신규 농업인에 맞춘 영농 교육을 운영한다), or followed by a word of the
   people it serves (… 서비스 이용자가, 청년 월세 지원 신청자가), or led by a place's own version
   (부산형 통합돌봄 서비스), with two words like a project head; 서비스 also closes a name written
   as one word with the group it serves (한부모가족돌봄서비스, 장애인활동지원서비스; not
   전기통신서비스, 결혼서비스). 패키지 closes a name only inside quotes (‘청년 귀농 정착패키지’),
   and so do financial products, internships and town campaigns (대출, 보험, 인턴십, 운동: ‘신생아
   특례대출’, ‘한 책 읽기 운동’; unquoted they are kinds, 주택담보대출, or plain words, 걷기 운동),
   and guarantees, named loans and mutual aid (‘… 특례보증’, ‘보금자리론’, ‘보훈대부’, ‘노란우산’
   공제; 론 and 대부 only ending a proper noun, not 책임론 or 여론); a product with a word of
   special provision is a name unquoted too (신생아 특례대출), bulleted only with its amount.
   장학금 closes a name glued to its word (국가근로장학금; not 성적 우수 장학금).
   Words ending in 단 that are no group (수단, 진단, 재단) and festivals (단오제, 문화제) are no
   heads.
2. Phrases. From the head the name reaches left over the nouns of its phrase (a -기 noun
   included, with an auxiliary or closing a compound too: 마을 만들기 공모사업, 농촌 살아보기
   사업, 우리마을가꾸기 …, also when Kiwi reads its first syllable as an adverb: 더/MAG 하/VV
   기; a group's size: 1인 가구; a -ㅁ noun: 일자리 채움, also of -답다: 광주다움; an adjective
   fused with its noun: 노란우산; 및 between two nouns that are no names of their own: 농업
   창업 및 주택 구입 지원사업, counted as its most specific conjunct; a stage after a noun:
   빛그린산단 2단계, or the number of a line or section of works: 도시철도 2호선 건설사업),
   stopping at particles, verbs and endings, commas, 등, quotes, and starting after leading
   adverbials (올해, 이번, 현행, 민선 8기, 여름철), leading years or ordinals (2026년, 2025학년도
   제3차) and a number's bound (65세 이상 어르신 …); an amount glued to the name's noun is part of
   a coined name (백원택시, 만원주택). A program's own abbreviation in Latin capitals glued after
   its head (사회통합프로그램(KIIP)) makes it one program with one specific word, and is part of
   the name as written; a generic word's is not (사회간접자본(SOC) 사업).
3. Quotes. A quoted name is taken whole (‘교실수업 개선’ 사업 → 교실수업 개선 사업), also one token
   Kiwi keeps whole that ends in an attached head after two words (‘농어민행복카드’); quoted names
   that share one head (‘A’, ‘B’ 사업) are each a program, the head written on the last only; a
   quote is a name when it ends in a head, when an amount follows it (‘도로 정비’ 3억 원: a budget
   item) or its budget does without one (‘긴급복지지원’ 예산 등이), when it follows the adnominal
   of a verb of giving money or a benefit and ends its noun phrase (증가분을 돌려주는 ‘상생페이백’,
   요금을 면제하는 ‘…’, 감면해 주는 ‘…’; not a body, a rule or an event), when it is the object of
   a verb that takes only undertakings (‘…’를 추진한다, 펼친다, 시행한다; not a plan, an agreement
   or an event) or follows its adnominal and ends its noun phrase (도가 추진하는 ‘…’은, 시행 중인
   ‘…’이), when people join or apply for it (‘…’ 참여 기업, ‘…’ 참가자, ‘…’ 신청, ‘…’에는 40명이
   참여한다: the quote with 에 and 참여하다 as its clause's first predicate), or when a head the
   verb presents follows it (‘…’ 청렴교육을 실시했다). A leading year is dropped from it too; a
   quoted name right after a name is that program's own name in apposition (…인증사업 ‘오르GO
   함양’: one mention); a version or type after the head is part of it (‘햇살론15’, ‘국가장학금
   Ⅱ유형’), and a quote people apply for or receive (‘…’를 신청할, ‘…’ 수급자) is a name.
   A head written apart after one word of building or support, or of what the program
   does, joins the quote too (‘…’ 건립 사업, ‘…’ 돌봄 사업; not a generic word or a linker:
   ‘…’ 후속 사업, ‘…’ 관련 사업); a bare head after a quote that ends in a head of its own only
   says what it is (‘… 프로젝트’ 사업 → … 프로젝트). A quote after a kind and the copula (…일자리
   사업인 ‘…’) and a quoted place's own version (‘여수형 통합돌봄’) are programs, the kind before
   인 is not. A two-way mark is closed by itself or a closing mark, never by the other two-way mark
   (the ' of a name inside the words a " quotes). A noun Kiwi merges with a zero copula inside a
   quote (‘경기 기후…’ → 경기/NNG+VCP 기/ETN 후) is still a noun of the name, and a subject
   particle with no predicate after it makes no clause (Kiwi reads the -이 of 보훈섬김이 and the 인
   of 어업인 so). A quote closed by a head of people and counted in 명 right after it
   (‘…서포터즈단’ 40명을, ‘…매니저’를 12명에서 20명으로) names the people a program employs, not
   the program.
4. Enumerated items. A bullet (▲, ○ …) and the item's amount, the next bullet or the line's end
   bound a name as quotes do (▲농로포장사업 35억원, also over an adverbial particle inside a coined
   name: ▲청년 마을로 프로젝트 38억 원); it must end in a head, and not in a facility's running
   cost or works (경로당 운영지원, 공원 조성), nor unquoted in 지원 (▲보육료 지원 30억원: what the
   line's money supports) unless a place's own version leads it (▲영암형 … 창업지원) or a word
   coins a program for a group (▲노인일자리 및 사회활동 지원). A budget line with its own amount,
   bulleted or not (소하천 정비사업 48억원, also after the count of its sites: … 36곳 214억 원),
   needs one specific word before its head, like a quoted item.
5. Not names. Phrases whose words before the head are all generic (주요 사업, 공모사업, 이 사업,
   일반수도사업), category nouns written apart (공공 일자리 사업, 소방서 신설 사업: a target group
   with them counts one word more, 청년 일자리 사업; inside a compound they count, 공공일자리사업,
   also when Kiwi reads a part of two syllables as an adverb, 직접/MAG 일자리 사업, 국민/NNG
   내일/MAG 배움카드 (a -ㅁ noun before an attached head is a noun of its word too: 채움/VV+ETN
   카드); alone before a scheme head they name a kind of payment, 정착지원금, 투자보조금) or funding
   categories (보통교부세사업, 균형발전특별회계 사업), kinds of a program (체육 관련 사업, 음악·미술
   프로그램: a dotted word counts as its most specific part), the kind a list closed by 등 belongs
   to (수당과 급여 등 양육 지원금; a place's own version, 영암형 …, stays), the kind after a word of
   many (다양한, 여러, 각종 …) or of including (…을 포함한 출산 지원금), a fund before a head
   written apart or glued to it (폐광지역개발기금 사업, 고향사랑 기금사업), a source of money as
   the last word before the head (수소버스 국비 보조금, 마을버스 재정지원금, like 자체 사업),
   counts (18개 사업), organisations (…사업단, 국민연금 지사), divisions of a contest or a plan
   (… 공시제 부문 최우수상), what a company marked by (주) runs (its own course) and quotes of
   someone's words (군수 “…”, “…”이라며) and quoted aims ending in the action (‘걱정 없는 살림
   운영’) are dropped. An unquoted name starts after relational nouns (지역사회 기반 영양사업), a
   noun of respect (지침상), a ministry (… 행정안전부
   재정사업; not 신혼부부, 신청 or 바우처, which only end alike) and nouns used as postpositions
   (접수 대신 …); a base the program builds is no relational noun (창농 기반 구축 사업). A ministry
   or a city with its suffix (울산시) says whose program, not which; a place's own version (군산형)
   and a number inside a word (국도15호선) say which. A quoted -기 phrase of two words or more is a
   campaign (‘더 푸른 골목 만들기’), unless a verbless headline says with it what a common noun
   before it does (수출 ‘몸집 불리기’…) or a noun of method follows it (‘벼 드문모 심기’ 기술). 특별
   says how a payment is given, not which (경북도 특별지원금); 수익 before a head says what earns a
   body's money (협동조합 수익 사업), a kind; 보훈급여 is paid by law, like 실업급여. 수당 written
   apart after one word that is no group nor a place's version is the pay for what that word does
   (출동 수당, 일경험 수당), where a coined allowance is one word (구직촉진수당) or says whom it
   serves (농어민 공익수당, 아동 수당).
6. Sentences that define their topic as a program name it: 드림스타트는 … 프로그램이다,
   ‘서울형 아이돌봄비’는 … 주는 사업으로 … (a clause of what it does before the head); a topic
   that is a place, an agency or an organisation runs the program (서구는 … 프로그램으로 …).
7. Overlapping candidates keep the earliest and longest (a quoted one on ties); each program is kept
   once per section (its first mention, unless a later quoted name contains it: 취업지원금 … ‘중장년
   일자리 채움 취업지원금 사업’, or a quoted name has all its words in order and its head word:
   마음돌봄 프로그램 … ‘중장년 마음돌봄 동행 프로그램’). Two names that differ only in a place's
   suffix (강진 / 강진군 고향사랑기부제) are one program; a name after (이하 …) is the alias of the
   one before. Across the sections of an article (`merge_programs`) the first mention stands too,
   unless a later quoted name contains it (‘부담경감 크레딧’ in the title, ‘소상공인 부담경감
   크레딧’ in the body) or holds all its words in order with its head word and begins with a
   quote (title ‘차 한 잔의 여유’ 캠페인, body ‘차 한 잔의 여유’ 소비촉진 캠페인).
8. Names that share the head of one word through middle dots are each a name: 소농·면적직불금 →
   소농직불금, 면적직불금; 해안 정비·어촌활력사업 → 해안 정비사업, 어촌활력사업. A part takes
   the shared head only when it is a modifier like the last part's (not 공공산후조리원·출생수당).
   A course or a piece of works over two activities stays one name (농업일자리 탐색·체험교육).
   After a part that ends in a head of its own the dot joins two names, and the phrase of the
   next head starts after it (입학축하금·교복 바우처 → 입학축하금, 교복 바우처).

`programs_from_doc` depends on the Doc only (Kiwi tags and lemmas as built by `pipeline.nlp`).
The grammar of a name (steps 1, 2, 5) is in `program_words`, the finders (3 to 8) in
`program_candidates` (enumerated items and in-sentence lists in `program_lists`, what they share
in `program_context` and `program_quoted_names`); this module keeps the public API and the merge
of mentions.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from spacy.tokens import Doc

from extractors.program_candidates import find_candidates
from extractors.program_context import Candidate, Context
from schemas.records import Program

_PARENTHETICAL = re.compile(r"\([^()]*\)")
_WHITE = re.compile(r"\s+")
_PLACE_SUFFIXES = "시군구도"
_OPEN_MARKS = "‘“「『《〈'\""
_CLOSE_MARKS = "’”」』》〉'\""


# --- public API -------------------------------------------------------------------------------


@lru_cache(maxsize=4096)  # asked for every pair of mentions an article's merge compares
def _key(name: str) -> str:
    """What two mentions of one program share: the name without white space or parentheticals."""
    return _WHITE.sub("", _PARENTHETICAL.sub("", name))


def same_program(a: str, b: str) -> bool:
    """Whether two names are mentions of one program: equal, or one contained in the other once
    white space and parentheticals are ignored (고흥몰 요리비법 프로젝트 / 요리비법 프로젝트), or
    equal but for the suffix of a place (강진 고향사랑기부제 / 강진군 고향사랑기부제)."""
    ka, kb = _key(a), _key(b)
    if not ka or not kb:
        return False
    return ka in kb or kb in ka or _same_but_place_suffix(a, b) or _same_but_province(a, b)


# A province or special self-governing province written with its suffix (전남도, 전라남도,
# 강원특별자치도): before a program's name it says who funds or evaluates it, not which program.
# Islands end in 도 too (어불도 연륙교 조성사업), so the provinces are spelled out.
_PROVINCE = re.compile(
    r"(?:(?:전라|경상|충청|전|경|충)[남북]|경기|강원|제주)도|[가-힣]{2}특별자치도"
)


def _without_province(name: str) -> str | None:
    """The name without a leading province (전남도 통합건강증진사업 → 통합건강증진사업); None
    when it has none."""
    words = name.split(maxsplit=1)
    if len(words) < 2 or not _PROVINCE.fullmatch(words[0]):
        return None
    return words[1]


def _same_but_province(a: str, b: str) -> bool:
    """One name is the other's, or part of it, once a leading province is dropped (title 전남도
    통합건강증진사업, body 지역사회 통합건강증진사업): the same program, named by its funder."""
    for one, other in ((a, b), (b, a)):
        rest = _without_province(one)
        if rest is not None and _without_province(other) is None and _key(rest) in _key(other):
            return True
    return False


def _same_but_place_suffix(a: str, b: str) -> bool:
    """The names differ only in their first word, a place written once with its suffix 시, 군, 구
    or 도 and once without (광양 … / 광양시 …)."""
    wa, wb = a.split(maxsplit=1), b.split(maxsplit=1)
    if len(wa) < 2 or len(wb) < 2 or _key(wa[1]) != _key(wb[1]):
        return False
    short, long_ = sorted((wa[0], wb[0]), key=len)
    return len(short) >= 2 and long_[:-1] == short and long_[-1] in _PLACE_SUFFIXES


def merge_programs(programs: list[Program]) -> list[Program]:
    """Keep the first mention of each program (by `same_program`), in order: for the caller that
    merges the sections of one article (title, then body …). The first, not the longest: a later,
    longer mention more often carries words around the name (군민 민생600 …, 기준 경기도 기초연금)
    than the name's missing part; but a later quoted name that contains the first is the
    program's name as the article gives it (‘부담경감 크레딧’ in the title, ‘소상공인 부담경감
    크레딧’ in the body), and takes the first one's place."""
    kept: list[Program] = []
    for p in programs:
        same = next((n for n, q in enumerate(kept) if same_program(p.name, q.name)), None)
        if same is None:
            shortened = next(
                (n for n, q in enumerate(kept) if _fuller_quoted(p, q) or _abridged_quote(q, p)),
                None,
            )
            if shortened is not None:
                kept[shortened] = p
                continue
            kept.append(p)
        elif _contains_first(p, kept[same]) or _names_without_funder(p, kept[same]):
            kept[same] = p
    return kept


def _names_without_funder(later: Program, first: Program) -> bool:
    """The first mention led by a province that the later one leaves out (전남도 …사업, then
    지역사회 …사업): the later names the program itself."""
    return _without_province(first.name) is not None and _without_province(later.name) is None


def _fuller_quoted(later: Program, first: Program) -> bool:
    """`later` holds all the words of the first mention in order with its head word, and its name
    begins with a quote (title ‘차 한 잔의 여유’ 캠페인, body ‘차 한 잔의 여유’ 소비촉진
    캠페인): the same program, as the article names it in full."""
    if not _shortens(first.name, later.name):
        return False
    opening = re.escape(later.name.split()[0])
    return re.search(rf"[{_OPEN_MARKS}]\s*{opening}", later.sentence) is not None


def _abridged_quote(first: Program, later: Program) -> bool:
    """Both are quoted names, and the first (two words or more) is the later with words left
    out, beginning with the same word (title ‘섬마을 이동목욕’, body ‘섬마을 어르신 이동목욕
    서비스’): a headline shortens the program's quoted name, which the later mention gives in
    full. The head word may go, unlike `_shortens`: a headline drops it first."""
    short, full = first.name.split(), later.name.split()
    if len(short) < 2 or len(short) >= len(full) or short[0] != full[0]:
        return False
    rest = iter(full)
    return (
        all(w in rest for w in short) and _quoted_in_sentence(first) and _quoted_in_sentence(later)
    )


def _contains_first(later: Program, first: Program) -> bool:
    """`later` is a quoted name that contains the first mention's name and is longer."""
    short, long_ = _key(first.name), _key(later.name)
    return len(long_) > len(short) and short in long_ and _quoted_in_sentence(later)


# A year opening a quote, which the name leaves out (‘2026 전남 청년 창업 챌린지’, ‘2025년 …’).
_QUOTED_YEAR = r"(?:\d{4}(?:년도?)?\s*)?"


def _quoted_in_sentence(program: Program) -> bool:
    """The program's name stands in quotes in its sentence (‘…’, “…”, '…', 「…」), after the
    year it was trimmed of at most."""
    name = re.escape(program.name)
    pattern = rf"[{_OPEN_MARKS}]\s*{_QUOTED_YEAR}{name}\s*[{_CLOSE_MARKS}]"
    return re.search(pattern, program.sentence) is not None


def programs_from_doc(doc: Doc, section: str) -> list[Program]:
    """The programs named in one analysed section, each once (its first mention), in text order."""
    ctx = Context(doc)
    chosen = _quoted_name_first(find_candidates(ctx))
    programs = []
    for c in chosen:
        first = ctx.token_at(c.start)
        sentence = ctx.sentence_text(first) if first is not None else ""
        programs.append(
            Program(name=c.name, section=section, start=c.start, end=c.end, sentence=sentence)
        )
    return merge_programs(programs)


def _quoted_name_first(candidates: list[Candidate]) -> list[Candidate]:
    """Drop an unquoted mention that a later quoted name contains (취업지원금 … ‘중장년 일자리
    채움 취업지원금 사업’), or that shortens a quoted name of the article by leaving words out
    (마음돌봄 프로그램 and ‘중장년 마음돌봄 동행 프로그램’, before or after it): the quote marks the
    program's name, the other words only part of it. Otherwise the first mention stands (see
    `merge_programs`)."""
    quoted = [c for c in candidates if c.quoted]
    if not quoted:
        return candidates
    return [
        c
        for c in candidates
        if c.quoted
        or not any(
            (q.start > c.start and _key(c.name) != _key(q.name) and _key(c.name) in _key(q.name))
            or _shortens(c.name, q.name)
            for q in quoted
        )
    ]


def _shortens(short: str, full: str) -> bool:
    """`short` is `full` with words left out, its head word kept: its words (two or more) stand
    in `full` in the same order and both end in the same word (마음돌봄 프로그램 / 중장년
    마음돌봄 동행 프로그램)."""
    words, full_words = short.split(), full.split()
    if len(words) < 2 or len(words) >= len(full_words) or words[-1] != full_words[-1]:
        return False
    rest = iter(full_words)
    return all(w in rest for w in words)


def extract_programs(text: str, section: str = "body") -> list[Program]:
    """Analyse `text` with the pipeline's Kiwi and return its programs (see `programs_from_doc`).
    Offsets are into the NFC form of `text` (the pipeline's texts are NFC already)."""
    if not isinstance(text, str):
        raise TypeError(f"extract_programs expects str, got {type(text).__name__}")
    from pipeline.nlp import analyze  # here, so that importing extractors does not load Kiwi

    return programs_from_doc(analyze(unicodedata.normalize("NFC", text)), section)
