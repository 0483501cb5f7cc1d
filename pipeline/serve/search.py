"""Korean search over sentences: each sentence is indexed as its words followed by Kiwi's
morphemes of them, with FTS5's unicode61 tokenizer. `일자리를` is indexed as `일자리를 일자리 를`,
so a search for `일자리` finds it, and so does a search for the inflected form itself.

Measured against the other candidate, FTS5's trigram tokenizer, by benchmarks/bench_search.py
(docs/desk.md has the numbers): trigram finds no word shorter than three syllables, and most
Korean nouns a journalist types (고용, 예산, 청년, 기업) have two.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

#: Kiwi tags left out of the index: punctuation and symbols (SL, SN, SH — Latin, numbers,
#: Chinese characters — stay, they are words a reader may look for).
_SKIPPED_TAGS = frozenset({"SF", "SP", "SS", "SSO", "SSC", "SE", "SO", "SW", "SB", "UN", "W_EMOJI"})


def search_words(texts: Iterable[str]) -> Iterator[str]:
    """For each text, the text's words then the forms of its morphemes, space-separated."""
    from pipeline.nlp import kiwi

    texts = list(texts)
    for text, tokens in zip(texts, kiwi().tokenize(texts), strict=True):
        morphemes = [t.form for t in tokens if t.tag not in _SKIPPED_TAGS]
        yield " ".join([*text.split(), *morphemes])
