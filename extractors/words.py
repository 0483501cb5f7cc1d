"""A sentence seen as Korean words (eojeol): the unit metric, subject and tense rules reason in.

Korean marks a noun's role with particles glued to it (`고용률이`, `일자리를`, `기금은`) and a
verb's tense and mood with endings (`만들었다`, `만들겠다`, `만들 계획이다`). Kiwi's morphemes
(`token._.morphs`, see pipeline/nlp.py) give both; this module groups a sentence's tokens into
words split at white space and punctuation, and tells a word's noun stem from its particles and
endings. Pure: it reads a Doc and returns plain values.
"""

from __future__ import annotations

import unicodedata
from bisect import bisect_right
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from spacy.tokens import Doc, Span, Token

from extractors.docs import token_spaces, token_tags, token_texts

#: Tags of the morphemes that make a noun stem (compounds, prefixes, suffixes, foreign words).
NOUN_TAGS = ("NNG", "NNP", "NNB", "XPN", "XSN", "SL", "SH")
#: Punctuation and symbols that end a word of their own.
_PUNCT = ("SSO", "SSC", "SP", "SF", "SE", "SO", "_SP", "GAP")
#: Tags of the morphemes that make a word a predicate.
_PREDICATE_TAGS = frozenset({"VV", "VA", "VX", "VCP", "VCN", "XSV", "XSA"})
MIDDLE_DOTS = frozenset("·ㆍ・")
#: An arrow between two figures (`2만8928개→작년 3만1117개`) parts two words as a space would.
ARROWS = frozenset("→⇒➝➔⟶")
#: The particle 로/으로 in both its spellings (to, as, by: `3만개로`, `목표로`).
RO = frozenset({"로", "으로"})
#: Marks of a range between two numbers (`1~9월`, `20 ~ 30대`, `2022–2025년`).
RANGE_MARKS = frozenset("~∼〜～-–")
_NOUNS = ("NNG", "NNP")


#: Particles by their written form, for tokens glued to a symbol that Kiwi reads as nouns
#: (`%의` → 의/NNG, `%를` → 르/NNG + ᆯ/JKO).
_PARTICLES = {
    "의": "JKG", "을": "JKO", "를": "JKO", "이": "JKS", "가": "JKS", "은": "JX", "는": "JX",
    "도": "JX", "로": "JKB", "으로": "JKB", "에": "JKB", "에서": "JKB", "까지": "JX", "보다": "JKB",
    "와": "JC", "과": "JC",
}  # fmt: skip


def morphs(tok: Token) -> list[tuple[str, str]]:
    """Kiwi's (form, tag) morphemes of a token; tokens made by the Doc builder have none."""
    return morphs_at(tok.doc, tok.i)


def morphs_at(doc: Doc, i: int) -> list[tuple[str, str]]:
    """`morphs(doc[i])`, without making the Token."""
    texts, tags = token_texts(doc), token_tags(doc)
    # pipeline.nlp keeps a Doc's morphemes in one list (what `token._.morphs` reads); read it
    # directly, since the extension's machinery costs more than the lookup, once per word.
    table = doc.user_data.get("morphs")
    found = table[i] if table is not None else ()
    return _morphs_at(texts, tags, token_spaces(doc), found, i)


def _morphs_at(
    texts: list[str], tags: list[str], spaces: list[str], found: Any, i: int
) -> list[tuple[str, str]]:
    if i > 0 and tags[i - 1] in ("SW", "SN", "SL") and not spaces[i - 1] and texts[i] in _PARTICLES:
        return [(texts[i], _PARTICLES[texts[i]])]  # glued to a symbol
    # (form, tag) pairs of str as pipeline.nlp keeps them: a copy of the list, not of each pair
    parts = list(found) or [(texts[i], tags[i])]
    if ("에", "JKG") in parts:
        # `12명에 생활장학금`: Kiwi may read 에 as the colloquial genitive; written Korean's 에 is
        # always the particle of place, time or recipient
        parts = [("에", "JKB") if m == ("에", "JKG") else m for m in parts]
    return parts


_T = TypeVar("_T")


class _once(Generic[_T]):
    """A property worked out on first use and kept in the instance's __dict__, which then
    answers without calling anything. `functools.cached_property` takes a lock on every first
    use (Python 3.11), which costs more than most of these values; a Word belongs to one thread.
    """

    def __init__(self, func: Callable[[Any], _T]) -> None:
        self.func, self.name = func, func.__name__

    def __get__(self, obj: Any, owner: Any = None) -> _T:
        if obj is None:
            return self  # type: ignore[return-value]
        value = obj.__dict__[self.name] = self.func(obj)
        return value


@dataclass(frozen=True)
class Word:
    """Tokens [start, end) of a Doc that form one word (or one punctuation mark)."""

    doc: Doc
    start: int
    end: int

    @_once
    def text(self) -> str:
        return "".join(token_texts(self.doc)[self.start : self.end])

    @_once
    def parts(self) -> list[tuple[str, str]]:
        doc = self.doc
        texts, tags, spaces = token_texts(doc), token_tags(doc), token_spaces(doc)
        table = doc.user_data.get("morphs")
        return [
            m
            for i in range(self.start, self.end)
            for m in _morphs_at(texts, tags, spaces, table[i] if table is not None else (), i)
        ]

    @_once
    def base_parts(self) -> list[tuple[str, str]]:
        """`parts` with each tag cut to its part of speech (`VV-R` → VV, `ᆯ/ETM` as it is)."""
        return [(f, t.split("-")[0]) for f, t in self.parts]

    @_once
    def punct(self) -> bool:
        texts, tags = token_texts(self.doc), token_tags(self.doc)
        return all(_punct(texts[i], tags[i]) for i in range(self.start, self.end))

    @_once
    def stem(self) -> str:
        """The leading noun stem (`고용률` of `고용률이`, `관광지·체험시설` of itself); '' when
        the word does not start with a noun."""
        stem = "".join(form for form, _ in self.parts[self._lead : self._lead + self._stem_len])
        # `빈일자리` read as 비 + ᆫ + 일자리: the syllable and its final consonant are one letter
        return unicodedata.normalize("NFC", stem) if self._glued_modifier else stem

    @_once
    def _glued_modifier(self) -> bool:
        """Does the stem open with a verb's modifier form written glued to a noun (`빈일자리`
        read as 비/VA + ᆫ/ETM + 일자리)? A modifier is written apart from the noun it modifies
        (`빈 일자리`); written together the two are one compound noun."""
        parts = self.parts[self._lead :]
        return (
            len(parts) >= 3
            and parts[0][1].split("-")[0] in ("VV", "VA")
            and parts[1][1] == "ETM"
            and parts[2][1] in _NOUNS
        )

    @_once
    def _lead(self) -> int:
        """Symbols before the stem (`△내외국인`, `▲관내`, a bullet `·고용률`, a dash `-고용률`)."""
        n = 0
        while n < len(self.parts) and (
            self.parts[n][1] in ("SW", "SO", "SS", "SP") or self.parts[n][0] in MIDDLE_DOTS
        ):
            n += 1
        return n

    @_once
    def _stem_len(self) -> int:
        n = 0
        parts = self.parts[self._lead :]
        if self._glued_modifier:
            n, parts = 2, parts[2:]
        for i, (form, tag) in enumerate(parts):
            if tag.split("-")[0] in NOUN_TAGS or (n and form in MIDDLE_DOTS):
                n += 1
            elif not n and tag == "MM" and i + 1 < len(parts) and parts[i + 1][1] in _NOUNS:
                n += 1  # `순유출률` read as 순/MM + 유출 + 률: a determiner glued to a noun
            elif not n and _glued_adverb(form, tag, parts[i + 1 : i + 2]):
                n += 1  # `계속사업` read as 계속/MAG + 사업: no adverb is written glued to a noun
            else:
                break
        return n

    @property
    def stem_parts(self) -> list[tuple[str, str]]:
        return self.parts[self._lead : self._lead + self._stem_len]

    @_once
    def tail(self) -> list[tuple[str, str]]:
        """The morphemes after the noun stem: particles, copula, endings."""
        return self.parts[self._lead + self._stem_len :] if self._stem_len else self.parts

    @property
    def bare_noun(self) -> bool:
        """Only a noun, nothing glued after it (`학생` in `학생 354명`)."""
        return bool(self.stem) and not self.tail and not self.has_number

    @_once
    def has_number(self) -> bool:
        texts, tags = token_texts(self.doc), token_tags(self.doc)
        return any(
            tags[i] in ("SN", "NR") or texts[i].isdigit() for i in range(self.start, self.end)
        )

    @property
    def particles(self) -> list[str]:
        """Tags of the particles after the stem (JKS, JX, JKG …)."""
        return [tag for _, tag in self.tail if tag.startswith("J")]

    def particle_forms(self) -> list[str]:
        """The particles' forms after the stem; the rules ask each word a million times per
        thousand articles, so the list is worked out once (callers only read it)."""
        return self._particle_forms

    @_once
    def _particle_forms(self) -> list[str]:
        return [form for form, tag in self.tail if tag.startswith("J")]

    @_once
    def predicate(self) -> bool:
        """Holds a verb, adjective, copula or a verb-making suffix (`달성했다`, `만들어`), not
        inside its noun stem (`빈일자리`)."""
        skip = self._lead + self._stem_len if self._glued_modifier else 0
        return any(tag in _PREDICATE_TAGS for _, tag in self.base_parts[skip:])

    @property
    def adverb(self) -> bool:
        """Only an adverb (`역시`, `또한`, `실제`, `반면`)."""
        return bool(self.parts) and all(t.split("-")[0] in ("MAG", "MAJ") for _, t in self.parts)


def _glued_adverb(form: str, tag: str, after: list[tuple[str, str]]) -> bool:
    """An adverb of two syllables or more that Kiwi reads inside one written word before a noun
    (`계속/MAG 사업`, `직접/MAG 일자리`) is the first noun of a compound; a one-syllable one may
    be a prefix of its own (`확/MAG 포장`)."""
    return tag == "MAG" and len(form) >= 2 and bool(after) and after[0][1] in _NOUNS


def words_of(doc: Doc, span: Span) -> list[Word]:
    """The words of a span, in order; each punctuation mark is a word of its own.

    Kept per Doc (`doc.user_data`), so that the rules asking about one sentence many times, once
    per figure, share its words and the stems and parts each word has worked out."""
    key = ("words", span.start, span.end)
    if key not in doc.user_data:
        doc.user_data[key] = _split_words(doc, span)
    return list(doc.user_data[key])


def _split_words(doc: Doc, span: Span) -> list[Word]:
    texts, tags, spaces = token_texts(doc), token_tags(doc), token_spaces(doc)
    first, last = span.start, span.end
    punct = [
        _punct(texts[i], tags[i]) or _dot_after_count(texts, tags, i, last)
        for i in range(first, last)
    ]
    punct.append(False)  # what follows the span does not end its last word
    bounds: list[tuple[int, int]] = []
    start = first
    for i in range(first, last):
        if punct[i - first]:
            if start < i:
                bounds.append((start, i))
            bounds.append((i, i + 1))
            start = i + 1
        elif spaces[i] or i + 1 == last or punct[i + 1 - first]:
            bounds.append((start, i + 1))
            start = i + 1
    if start < last:
        bounds.append((start, last))
    words = []
    for start, end in bounds:
        text = "".join(texts[start:end])
        if text.strip():
            words.append(_word(doc, start, end, text))
    return words


def _word(doc: Doc, start: int, end: int, text: str) -> Word:
    """`Word(doc, start, end)` with its text already known. Made without the dataclass's
    __init__, which sets each field of a frozen dataclass through object.__setattr__: a
    sentence makes dozens of words, and this runs for every sentence a rule reads."""
    word = object.__new__(Word)
    word.__dict__.update(doc=doc, start=start, end=end, text=text)
    return word


def _punct(text: str, tag: str) -> bool:
    # (`○허 시장=작년 처리비로`: the `=` after a speaker's label joins no word to it)
    return (tag in _PUNCT and text not in MIDDLE_DOTS) or text in ARROWS or text in _EQUALS


_EQUALS = frozenset("=＝")


def _dot_after_count(texts: list[str], tags: list[str], i: int, end: int) -> bool:
    """A middle dot between a count and the next item's noun separates items of a list
    (`중학생 15명·고등학생 42명`), and so does one between a noun and the next item's number
    (`3개 분야·8개 부서`), unlike the dot inside a name (`관광지·체험시설`)."""
    if not (i < end - 1 and texts[i] in MIDDLE_DOTS and i > 0):
        return False
    before, after = tags[i - 1], tags[i + 1]
    return (before in ("NNB", "SW") and after.startswith(("NNG", "NNP"))) or (
        before.startswith(("NNG", "NNP")) and after == "SN"
    )


def word_index(words: list[Word], token: int) -> int:
    """Index of the word holding a token (the last word starting at or before it)."""
    return max(0, bisect_right(words, token, key=_start) - 1)


def _start(word: Word) -> int:
    return word.start
