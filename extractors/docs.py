"""What every extractor looks up on a Doc, computed once per Doc and kept in `doc.user_data`.

`Doc.text` joins every token on each call and `Token.sent` walks the Doc on each call; the
extractors ask for both many times per Doc.
"""

from __future__ import annotations

from bisect import bisect_right

from spacy.tokens import Doc, Span


def doc_text(doc: Doc) -> str:
    if "text" not in doc.user_data:
        doc.user_data["text"] = doc.text
    return doc.user_data["text"]


def token_starts(doc: Doc) -> list[int]:
    """Character offset of each token, for finding the token at a character by bisection."""
    if "token_starts" not in doc.user_data:
        doc.user_data["token_starts"] = [t.idx for t in doc]
    return doc.user_data["token_starts"]


def token_at(doc: Doc, char: int) -> int:
    """Index of the token holding (or last starting before) a character offset."""
    return max(0, bisect_right(token_starts(doc), char) - 1)


def sentence_starts(doc: Doc) -> list[int]:
    """Token index of each sentence's first token; a Doc without sentence marks is one sentence."""
    if "sent_starts" not in doc.user_data:
        marked = doc.has_annotation("SENT_START")
        doc.user_data["sent_starts"] = ([s.start for s in doc.sents] if marked else []) or [0]
    return doc.user_data["sent_starts"]


def sentence_of(doc: Doc, i: int) -> Span:
    """The sentence holding token i."""
    starts = sentence_starts(doc)
    n = bisect_right(starts, i)
    end = starts[n] if n < len(starts) else len(doc)
    return doc[starts[n - 1] : end]
