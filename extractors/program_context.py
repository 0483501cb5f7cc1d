"""What every finder of program names in extractors/program_candidates.py and
extractors/program_lists.py shares: `Candidate`, the `Context` of one Doc with its bullets, the
quote marks and a quote's content, and the small look-ups of words around a token (an amount, a
count, how often or how a verb is done, the verb of an object, the noun before a head, a trim
word, a place's own version kept one proper noun).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from extractors.docs import doc_text, sentence_of, sentence_starts, span_text, token_texts
from extractors.phrases import rules as context_rules
from extractors.program_words import (
    SPACE_TAG,
    Head,
    find_heads,
    in_one_word,
    is_space,
    name_rules,
    skip_spaces,
    skip_spaces_back,
    word_end,
)

_MAX_QUOTE_CHARS = 60
MAX_KIND_TOKENS = 20  # tokens between a list's 등 and the head of the kind it is of
_MAX_AMOUNT_LEADS = 2  # words of period or bound before an amount (연 최대 300만 원)

OPENING_MARKS = "‘“「『《〈"
CLOSING_MARKS = "’”」』》〉"
EITHER = "'\"`˝′″"
_QUOTE_CHARS = OPENING_MARKS + CLOSING_MARKS + EITHER
# An opening (or two-way) mark, the content (group "name"), and a closing mark; writers sometimes
# repeat the opening mark to close (‘뚜렷‘), but a closing mark never opens (…”이라며 “…). A
# two-way mark is closed by a closing mark or by itself, never by the other two-way mark: in "…
# 과정에서 '긴급복지지원' 예산 …" the ' opens a name inside the words the " quotes.
QUOTED = re.compile(
    rf"(?:(?P<typographic>[{OPENING_MARKS}])|(?P<straight>[{EITHER}]))"
    rf"(?P<name>[^{_QUOTE_CHARS}\n]{{1,{_MAX_QUOTE_CHARS}}})"
    rf"(?:[{CLOSING_MARKS}]|(?(typographic)(?:[{EITHER}]|(?P=typographic))|(?P=straight)))"
)
DOTS = frozenset("·ㆍ・")


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


def token_after_count(doc: Doc, k: int) -> int:
    """The token after a word of a number and its counter starting at k (42곳, 12건, 3개소), and
    the white space after it: where the amount of a budget line that counts its sites comes
    (소하천 정비사업 36곳 214억 원). k itself when no such word starts there."""
    j = k
    while j < len(doc) and doc[j].tag_ in {"SN", "NR"}:
        j += 1
    end = word_end(doc, k)
    if j == k or j + 1 != end or doc[j].tag_ not in {"NNG", "NNB"}:
        return k
    end = skip_spaces(doc, end)
    return min(end, len(doc) - 1)


def verb_of_object(doc: Doc, last: int) -> str | None:
    """The verb (its first morpheme) that the word ending at `last` is the object of: the word
    ends in 을/를 (… 교육을, ‘…’를) or is followed by 등을, and the verb's word comes next."""
    k = last + 1
    if k >= len(doc):
        return None
    if not in_one_word(doc[last], doc[k]):  # … 교육 등을
        k = skip_spaces(doc, k)
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
        elif is_space(doc[k]) or how_word(doc, k):
            k = k + 1 if is_space(doc[k]) else word_end(doc, k)  # … 을 꾸준히 펼친다, 확대 운영한다
        else:
            break
    if k >= len(doc) or in_one_word(doc[k - 1], doc[k]):
        return None
    return doc[k].lemma_.split("+")[0]


def _how_often(doc: Doc, k: int) -> int | None:
    """Token k opens a phrase of how often the verb after it is done: a count of times (4회, 한
    차례) or a period before one (월 4회 운영한다), an adverbial, not an object. The token after
    the phrase, or None."""
    if in_one_word(doc[k - 1], doc[k]):
        return None
    end = word_end(doc, k)
    if doc[k].text in name_rules().how_often_periods and end == k + 1:
        n = skip_spaces(doc, end)
        return _how_often(doc, n) if n < len(doc) else None
    if doc[k].tag_ not in {"SN", "MM", "NR"}:
        return None
    if doc[end - 1].text in context_rules().times:
        return end  # 4회
    n = skip_spaces(doc, end)
    if n < len(doc) and doc[n].text in context_rules().times and word_end(doc, n) == n + 1:
        return n + 1  # 네 차례
    return None


def how_word(doc: Doc, k: int) -> bool:
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


def is_proper_version(form: str) -> bool:
    return len(form) >= 3 and form.endswith("형") and form[:-1] not in name_rules().generic


def before_head(doc: Doc, head: Head) -> str:
    """The noun right before a head (운영 of 운영지원, of 경로당 운영 지원)."""
    if head.prefix:
        return head.prefix
    k = skip_spaces_back(doc, head.first - 1)
    return doc[k].text if k >= 0 else ""


def is_amount(doc: Doc, k: int) -> bool:
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
        k = skip_spaces(doc, k)
        if k >= len(doc):
            return False
    if doc[k].tag_ not in {"SN", "NR"}:
        return False
    # The number runs over digits, numeral words and their separators; what ends it decides: 원
    # (35억원, 9억 3천만 원), or 억 or 조 of a bare amount (88억), never a counter after a 천 or
    # 만 (▲창업 지원 5천500명: a count of people, no line's budget).
    large = False
    won = name_rules().won
    for t in doc[k + 1 : k + 12]:
        if t.text in won:
            return True
        if t.tag_ not in {"SN", "NR", "SP", SPACE_TAG} and not (t.text == "." or t.text == ","):
            return large
        large = large or (t.tag_ == "NR" and t.text.endswith(("억", "조")))
    return large


def is_trim(token: Token) -> bool:
    return token.text in name_rules().trim


# A parenthesis closing a quote's content: the abbreviation or other name of what it names.
_CLOSING_PARENTHESIS = re.compile(r"\s*\([^()]*\)$")


def quote_content(quote: re.Match[str]) -> str:
    """What a quote names, as far as its last word goes: its content without white space or a
    parenthesis at its end (‘… 상환비율(DSR)’ ends in 비율, a measure)."""
    return _CLOSING_PARENTHESIS.sub("", quote.group("name").rstrip())


def names_event_or_body(quote: re.Match[str]) -> bool:
    """What the quote names by its last word is a plan, an agreement, an event or a rule
    (`[presented] not_undertakings`: ‘… 축제’) or a body (`[heads] org_after`: ‘… 센터’), no
    program."""
    rules = name_rules()
    content = quote_content(quote)
    return content.endswith(rules.not_undertakings) or content.endswith(tuple(rules.org_after))
