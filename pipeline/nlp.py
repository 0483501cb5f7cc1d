"""Kiwi analysis turned into spaCy `Doc`s.

spaCy's own Korean tokenizer needs MeCab, so sutja builds Docs itself: one spaCy token per Kiwi
surface span. Kiwi morphemes may overlap (`만든다` → `만들/VV` + `ᆫ다/EF` share a character) or
be absent for a character; overlapping morphemes are merged into one token whose tag joins theirs
with "+", and characters Kiwi skipped become tokens of their own, so that a token's `idx` is always
its character offset in the analysed text. Each token carries Kiwi's morphemes as
`token._.morphs` and its sentence start from Kiwi's sentence splitter.

A `Kiwi` takes a second or two and ~500 MB to load and cannot be pickled: one per process, created
on first use. Its batch mode (`tokenize` of an iterable) analyses ahead of its caller in native
threads that do not hold the GIL, so `analyze_stream` lets one model use every core while the
caller builds Docs and runs the rules.
"""

from __future__ import annotations

import contextlib
import os
import re
import threading
from collections.abc import Iterable, Iterator
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from kiwipiepy import Kiwi

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token
    from spacy.vocab import Vocab

#: Tag of tokens made from characters Kiwi produced no morpheme for.
GAP_TAG = "GAP"
#: Kiwi sometimes keeps a number and its counter in one noun (`3사/NNG`); such tokens are split so
#: that every number starts a token of its own.
_DIGITS_THEN_WORD = re.compile(r"(\d[\d,.]*)([^\d,.].*)", re.S)
#: ... and sometimes a unit numeral and a currency (`264 만원` → `만원/NNG`).
_UNIT_NUMERALS = "십백천만억조"
_UNIT_THEN_CURRENCY = re.compile(rf"([{_UNIT_NUMERALS}]+)(원|달러|엔|위안|유로|파운드)")
#: ... and reads a numeric range as one serial (`3-4명` → `3-4/W_SERIAL`): split into its parts.
_NUMERIC_RANGE = re.compile(r"(\d+(?:\.\d+)?)([-~])(\d+(?:\.\d+)?)")
#: Spaces other than U+0020 become plain spaces for analysis (same length, so offsets hold).
_ODD_SPACES = "\u00a0\u2007\u202f\u3000\u2002\u2003\u2009"
_SPACES = str.maketrans(dict.fromkeys(_ODD_SPACES, " "))
_HAS_ODD_SPACE = re.compile(f"[{_ODD_SPACES}]")

#: Tag of whitespace tokens (runs of white space other than one plain space).
SPACE_TAG = "_SP"


_KIWI: list[Kiwi] = []  # the process's one model (a list, so that no `global` is needed)
_KIWI_LOCK = threading.Lock()  # a cluster worker's plugin and its tasks may ask at once


def kiwi(threads: int | None = None) -> Kiwi:
    """The process's Kiwi, with at least `threads` analysis threads (default: $SUTJA_KIWI_THREADS,
    else 1). Lazy: loading costs seconds and ~500 MB, so there is one model per process; asking
    for more threads than it has replaces it rather than loading a second one beside it."""
    wanted = threads or max(1, int(os.environ.get("SUTJA_KIWI_THREADS", "1")))
    with _KIWI_LOCK:
        if not _KIWI or _KIWI[0].num_workers < wanted:
            _KIWI.clear()  # free the old model before the new one loads
            # Without the multi-word dictionary the model loads and warms up in about half the
            # time (2.5 s instead of 3.4 s for a one-article run); the sample, both gold sets and
            # the corpus give identical exports with and without it.
            model = Kiwi(num_workers=wanted, load_multi_dict=False)
            model.tokenize("준비")  # the first analysis loads the rest of the model
            _KIWI.append(model)
        return _KIWI[0]


@lru_cache(maxsize=1)
def vocab() -> Vocab:
    """The shared spaCy vocabulary (spaCy is imported on first use)."""
    from spacy.tokens import Token
    from spacy.vocab import Vocab

    if not Token.has_extension("morphs"):
        # Read from the Doc's list on demand: setting an extension on every token costs more
        # than building the Doc, and the extractors rarely look.
        Token.set_extension("morphs", getter=_morphs_of)
    return Vocab()


#: Articles whose new strings share one spaCy memory zone (see `transient_strings`): enough that
#: the words they have in common are interned once, few enough to free them often.
ZONE_ARTICLES = 256


class _Zones:
    """The vocabulary's memory zone, shared by the articles in progress in this process."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.zone: Any = None
        self.active = 0  # articles in progress, in any thread
        self.done = 0  # articles finished in the open zone
        self.ending = False  # close the zone as soon as no article is in progress

    def enter(self) -> None:
        with self.lock:
            if self.zone is None:
                self.zone = vocab().memory_zone()
                self.zone.__enter__()
                self.done, self.ending = 0, False
            self.active += 1

    def leave(self) -> None:
        with self.lock:
            self.active -= 1
            self.done += 1
            self._close_if_idle()

    def end(self) -> None:
        with self.lock:
            self.ending = True
            self._close_if_idle()

    def _close_if_idle(self) -> None:
        full = self.done >= ZONE_ARTICLES
        if self.zone is not None and not self.active and (self.ending or full):
            # No Doc of the zone's is in use any more: its strings can go.
            zone, self.zone = self.zone, None
            zone.__exit__(None, None, None)


_ZONES = _Zones()


@contextlib.contextmanager
def transient_strings() -> Iterator[None]:
    """A block that makes Docs (one article's) and is done with them when it ends; the new
    strings those Docs brought to the vocabulary are freed later.

    spaCy interns every new token text, lemma and tag in the vocabulary for the life of the
    process (about 0.4 KB each): over an archive of millions of articles, every number, name and
    rare word that ever occurred. Strings that first occur inside these blocks go to a spaCy
    memory zone instead, freed once `ZONE_ARTICLES` blocks have ended and none is running, or at
    `end_transient_strings()`. Until then, Docs made elsewhere share the zone: only the engine,
    which makes its Docs inside these blocks, should run them, and it ends the zone when its
    run ends. Strings the vocabulary held before stay."""
    _ZONES.enter()
    try:
        yield
    finally:
        _ZONES.leave()


def end_transient_strings() -> None:
    """Free the strings of the blocks that have ended, now or when the last running one ends."""
    _ZONES.end()


def _morphs_of(token: Token) -> tuple:
    morphs = token.doc.user_data.get("morphs")
    return morphs[token.i] if morphs is not None else ()


def analyze(text: str) -> Doc:
    """One text (a section) → a Doc with Kiwi tags, morphemes and sentence starts."""
    return next(analyze_many([text]))


def analyze_many(texts: Iterable[str]) -> Iterator[Doc]:
    """Texts → Docs, in order; Kiwi analyses the batch with its own threads."""
    texts = [prepare(t) for t in texts]
    analysed = kiwi().tokenize(texts, split_sents=True) if texts else []
    for text, sentences in zip(texts, analysed, strict=True):
        yield to_doc(text, sentences)


def prepare(text: str) -> str:
    """The text as Kiwi analyses it (same length: offsets into either are the same)."""
    # str.translate walks a Hangul text one character at a time: only when there is a space
    # to replace, which most texts do not hold.
    return text.translate(_SPACES) if _HAS_ODD_SPACE.search(text) else text


def analyze_stream(texts: Iterable[str], threads: int = 1) -> Iterator[Any]:
    """Kiwi's sentences for each `prepare`d text, in order, for `to_doc`.

    Kiwi pulls texts from the iterable in the caller's thread (a few dozen per thread ahead of
    the result the caller waits for) and analyses them in its own threads: whatever work the
    iterable does (reading, cleaning) and whatever the caller does with each result (Docs, rules,
    writes) overlaps Kiwi's analysis instead of adding to it.
    """
    return kiwi(threads).tokenize(texts, split_sents=True)


def _new_doc(
    words: list[str],
    spaces: list[bool],
    tags: list[str],
    lemmas: list[str],
    sent_starts: list[bool],
) -> Doc:
    """`Doc(vocab(), words=…, spaces=…, tags=…, lemmas=…, sent_starts=…)`, made the way that
    constructor makes it — a Doc of the words, then `from_array` of the lemmas, tags and sentence
    starts (1 or -1) — without its Python loop that writes the array one value at a time (that
    loop cost more than all the rest of the Doc)."""
    import numpy
    from spacy.attrs import LEMMA, SENT_START, TAG
    from spacy.tokens import Doc

    the_vocab = vocab()
    add = the_vocab.strings.add  # the hash of a string, kept in the vocabulary
    doc = Doc(the_vocab, words=words, spaces=spaces)
    values = numpy.empty((len(words), 3), dtype=numpy.uint64)
    for column, strings in ((0, lemmas), (1, tags)):
        hashes = {string: add(string) for string in set(strings)}  # each distinct one once
        values[:, column] = [hashes[string] for string in strings]
    starts = numpy.array([1 if start else -1 for start in sent_starts], dtype=numpy.int32)
    values[:, 2] = starts.astype(numpy.uint64)
    return doc.from_array([LEMMA, TAG, SENT_START], values)


#: A past verb made a noun (`쉬었음`), where Kiwi may end a sentence as in a notice (음/EF).
_NOMINALIZED = frozenset({"음", "ᆷ"})


def _goes_on(text: str, before: Any, sentence: Any) -> bool:
    """Does Kiwi's sentence go on with the one before? Yes when that one ended at a past verb
    made a noun (`쉬었음`) with only a space before this one's noun: the name of a state standing
    in a noun phrase (`쉬었음 인구는`), not a notice's `…했음.`, which a mark or a line ends."""
    if not before or len(before) < 2 or not sentence:
        return False
    last, head = before[-1], sentence[0]
    if last.form not in _NOMINALIZED or before[-2].tag != "EP":
        return False
    gap = text[last.start + last.len : head.start]
    return gap == " " and head.tag.startswith("NN")


def release(doc: Doc) -> None:
    """Drop what the builder and the rules kept on a Doc (`user_data`), once it is done with."""
    doc.user_data.clear()


def to_doc(text: str, sentences: list) -> Doc:
    """A `prepare`d text and Kiwi's sentences for it → the Doc."""
    # Group morphemes into surface spans: a morpheme that starts before the current span ends
    # belongs to it (overlap), everything else starts a new span. (Parallel lists and locals:
    # this runs once per morpheme of the whole input.)
    span_starts: list[int] = []
    span_ends: list[int] = []
    span_morphs: list[list[tuple[str, str]]] = []
    span_firsts: list[bool] = []
    current_end = -1  # end of the last span; no span yet
    before: Any = None  # the sentence before
    for sentence in sentences:
        first = not _goes_on(text, before, sentence)
        before = sentence
        for m in sentence:
            start = m.start
            end = start + m.len
            if span_starts and (start < current_end or end <= start):  # overlap, or empty
                if end > current_end:
                    current_end = span_ends[-1] = end
                span_morphs[-1].append((m.form, m.tag))
            else:
                span_starts.append(start)
                span_ends.append(end)
                span_morphs.append([(m.form, m.tag)])
                span_firsts.append(first)
                current_end = end
            first = False

    # One entry per token: its text, tag, lemma, morphemes, sentence start and character offset;
    # `spaces` says whether one plain space follows it.
    words: list[str] = []
    spaces: list[bool] = []
    tags: list[str] = []
    lemmas: list[str] = []
    morphs: list[tuple] = []
    sent_starts: list[bool] = []
    offsets: list[int] = []

    def add(word: str, tag: str, lemma: str, morph: tuple, sent_start: bool, offset: int) -> None:
        words.append(word)
        spaces.append(False)
        tags.append(tag)
        lemmas.append(lemma)
        morphs.append(morph)
        sent_starts.append(sent_start)
        offsets.append(offset)

    def add_gap(gap: str, offset: int) -> None:
        if gap == " " and words:
            spaces[-1] = True
            return
        # Keep each character Kiwi skipped addressable; runs of white space stay one token.
        i = 0
        while i < len(gap):
            j = i + 1
            if gap[i].isspace():
                while j < len(gap) and gap[j].isspace():
                    j += 1
                add(gap[i:j], SPACE_TAG, gap[i:j], (), False, offset + i)
            else:
                add(gap[i], GAP_TAG, gap[i], (), False, offset + i)
            i = j

    pos = 0
    spans = zip(span_starts, span_ends, span_morphs, span_firsts, strict=True)
    for start, end, ms, sent_start in spans:
        if start < pos:
            start = pos
        if start >= end:  # an empty morpheme with nothing before it to attach to
            continue
        if start > pos:
            gap = text[pos:start]
            add_gap(gap, pos)
            # A line break ends a sentence: lead lines and list items carry no final
            # punctuation, and a figure's sentence must not run into the next paragraph.
            sent_start = sent_start or "\n" in gap
        if len(ms) == 1:  # most spans: no joins
            lemma, tag = ms[0]
        else:
            tag = "+".join(t for _, t in ms)
            lemma = "+".join(f for f, _ in ms)
        surface = text[start:end]
        # The first character rules out most spans before any pattern runs.
        head = surface[0]
        if tag == "W_SERIAL":
            numeric_range = _NUMERIC_RANGE.fullmatch(surface)
            if numeric_range:
                low, mark, high = numeric_range.groups()
                add(low, "SN", low, (), sent_start, start)
                add(mark, "SO", mark, (), False, start + len(low))
                add(high, "SN", high, (), False, start + len(low) + len(mark))
                pos = end
                continue
        if head.isdecimal() and not tag.startswith(("SN", "W_")):
            split = _DIGITS_THEN_WORD.fullmatch(surface)
            if split:
                digits, rest = split.groups()
                add(digits, "SN", digits, (), sent_start, start)
                add(rest, tag, rest, tuple(ms), False, start + len(digits))
                pos = end
                continue
        if head in _UNIT_NUMERALS and "NR" not in tag:
            currency = _UNIT_THEN_CURRENCY.fullmatch(surface)
            if currency:
                unit, money = currency.groups()
                add(unit, "NR", unit, (), sent_start, start)
                add(money, "NNB", money, (), False, start + len(unit))
                pos = end
                continue
        add(surface, tag, lemma, tuple(ms), sent_start, start)
        pos = end
    if pos < len(text):
        add_gap(text[pos:], pos)

    from spacy.tokens import Doc

    if not words:
        return Doc(vocab(), words=[], spaces=[])
    sent_starts[0] = True
    doc = _new_doc(words, spaces, tags, lemmas, sent_starts)
    doc.user_data["morphs"] = morphs
    from extractors.docs import seed

    # The tokens cover the text, each character once (white space as a token's trailing space or
    # a token of its own): the Doc's text is `text` and its tokens start at `offsets`.
    seed(doc, words, spaces, tags, text=text, starts=offsets)
    return doc
