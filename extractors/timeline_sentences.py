"""Where a figure sits in its article, as the timeline's rules read it: its sentence and that
sentence's words, the earlier figures within reach, an interviewer's question right before it, an
amount that is only a base another is compared with.

Apart from extractors/timeline.py so that the modules of its rules (timeline_years,
timeline_plans, timeline_meaning) share these without importing it.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator, Sequence

from spacy.tokens import Doc, Span

from extractors.docs import doc_text, sentence_of, sentence_starts, token_at
from extractors.phrases import INLINE_ITEM_MARKS
from extractors.tense import rules as tense_rules
from extractors.words import Word, word_index, words_of
from schemas.records import Figure

CARRY_SENTENCES = 3
_COMPARED_CHARS = 8  # the word of comparison right after an amount (`…억원보다`, `… 대비`)


def sentence_index(doc: Doc, char: int) -> int:
    """The number of the sentence holding the character at `char`."""
    return bisect_right(sentence_starts(doc), token_at(doc, char)) - 1


def words_of_sentence(doc: Doc, n: int) -> list[Word]:
    """The words of sentence n."""
    return words_of(doc, sentence_of(doc, sentence_starts(doc)[n]))


def item_marked(words: list[Word], first: int) -> bool:
    """A list's mark inside the sentence opens word `first` or a word before it (`▲청년 일자리
    2,800개`, `○… 24억원`): the figure is an item of a list marked in its sentence."""
    return any(w.text.startswith(INLINE_ITEM_MARKS) for w in words[: first + 1])


def sentence_words(f: Figure, doc: Doc) -> tuple[list[Word], int]:
    """The words of f's sentence, and the index of the word f starts in."""
    i = token_at(doc, f.start)
    words = words_of(doc, sentence_of(doc, i))
    return words, word_index(words, i)


def base_of_share(g: Figure, figures: Sequence[Figure], doc: Doc) -> bool:
    """`목표 2만2,160개의 109.7%`, `지난해 1,402억원보다 9.7%`: an amount a share is taken of or
    another is compared with is a base, not a whole broken down later."""
    text = doc_text(doc)
    # (`목표(3만9500개) 대비 106.8%`: the parenthesis it stands in closed first)
    after = text[g.end : g.end + _COMPARED_CHARS].lstrip().lstrip(")）").lstrip()
    if after.startswith(tense_rules().comparison) or after.startswith("에 비해"):
        return True
    if not text.startswith("의", g.end):
        return False
    return any(
        h.kind == "percent" and h.section == g.section and 0 < h.start - g.end <= 3 for h in figures
    )


_ASKED = re.compile(r"^\s*(?:Q\s*\d*\s*[.:)]|문\s*[.:)])")
# A sentence that ends on its topic and a period asks about it (`— 올해 목표는.`, `기업 지원은.`);
# a line of a topic alone (`위원회는`) is a broken sentence, not a question.
_TOPIC_ASKED = re.compile(r"[가-힣][은는]\s*\.$")


def _question(text: str) -> bool:
    """An interviewer's question: `…?`, `Q. 올해 계획의 핵심은.`, `문) …`, `— 올해 목표는.`"""
    text = text.strip()
    return text.endswith(("?", "？")) or bool(_ASKED.match(text) or _TOPIC_ASKED.search(text))


def asked_on_line(doc: Doc, m: int) -> bool:
    """Sentence m is an interviewer's question on a line of its own (`Q. 공약 이행률은.`, `— 올해
    목표는?`), not a question inside a paragraph."""
    # (asked for every sentence a year is looked for in: the Doc's text read once, not rebuilt)
    key = ("asked_on_line", m)
    if key not in doc.user_data:
        start = sentence_starts(doc)[m]
        text = doc_text(doc)
        i = doc[start].idx - 1
        while i >= 0 and text[i] in " \t":
            i -= 1
        sentence = sentence_of(doc, start)
        on_line = i < 0 or text[i] == "\n"
        doc.user_data[key] = on_line and _question(text[sentence.start_char : sentence.end_char])
    return doc.user_data[key]


def question_before(f: Figure, doc: Doc) -> Span | None:
    """The sentence right before f's, when it is an interviewer's question."""
    n = sentence_index(doc, f.start)
    if n == 0:
        return None
    question = sentence_of(doc, sentence_starts(doc)[n - 1])
    return question if _question(question.text) else None


def within_reach(f: Figure, earlier: list[Figure], doc: Doc | None) -> Iterator[Figure]:
    """The earlier figures of f's section, nearest first, up to three sentences back."""
    if doc is None or len(doc) == 0:
        return
    here = sentence_index(doc, f.start)
    for g in reversed(earlier):
        if g.section != f.section:
            continue
        if here - sentence_index(doc, g.start) > CARRY_SENTENCES:
            return
        yield g
