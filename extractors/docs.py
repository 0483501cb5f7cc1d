"""What every extractor looks up on a Doc, computed once per Doc and kept in `doc.user_data`.

`Doc.text` joins every token on each call and `Token.sent` walks the Doc on each call; the
extractors ask for both many times per Doc.
"""

from __future__ import annotations

from bisect import bisect_right
from typing import Any

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


def figure_tokens(doc: Doc, figure: Any) -> tuple[int, int]:
    """The token span of a figure (anything with character `start` and `end`): first token and
    one past the last."""
    return token_at(doc, figure.start), token_at(doc, max(figure.start, figure.end - 1)) + 1


def sentence_starts(doc: Doc) -> list[int]:
    """Token index of each sentence's first token; a Doc without sentence marks is one sentence."""
    if "sent_starts" not in doc.user_data:
        marked = doc.has_annotation("SENT_START")
        doc.user_data["sent_starts"] = ([s.start for s in doc.sents] if marked else []) or [0]
    return doc.user_data["sent_starts"]


def sentence_of(doc: Doc, i: int) -> Span:
    """The sentence holding token i (one Span per sentence, kept: the rules ask once per number)."""
    starts = sentence_starts(doc)
    n = bisect_right(starts, i)
    spans = doc.user_data.get("sentences")
    if spans is None:
        spans = doc.user_data["sentences"] = {}
    span = spans.get(n)
    if span is None:
        end = starts[n] if n < len(starts) else len(doc)
        span = spans[n] = doc[starts[n - 1] : end]
    return span


# Token texts, tags and trailing white space as plain lists: `doc[i]` creates a Token object on
# every call, and the rules ask about the same few tokens many times. `pipeline.nlp.to_doc` seeds
# them from the lists it built the Doc from; any other Doc computes them on first use.


def seed(
    doc: Doc,
    words: list[str],
    spaces: list[bool],
    tags: list[str],
    *,
    text: str | None = None,
    starts: list[int] | None = None,
) -> None:
    """Keep the lists a Doc was built from (its `words`, `spaces` and `tags` arguments), and the
    text and token offsets that follow from them (given when the builder knows them already)."""
    gaps = [" " if s else "" for s in spaces]
    if starts is None:
        starts, pos = [], 0
        for word, gap in zip(words, gaps, strict=True):
            starts.append(pos)
            pos += len(word) + len(gap)
    doc.user_data["texts"] = words
    doc.user_data["spaces"] = gaps
    doc.user_data["tags"] = tags
    doc.user_data["token_starts"] = starts
    doc.user_data["text"] = (
        text if text is not None else "".join(w + g for w, g in zip(words, gaps, strict=True))
    )


def span_text(doc: Doc, start: int, end: int) -> str:
    """`doc[start:end].text`, cut from the Doc's text."""
    if start >= end:
        return ""
    starts = token_starts(doc)
    return doc_text(doc)[starts[start] : starts[end - 1] + len(token_texts(doc)[end - 1])]


def token_texts(doc: Doc) -> list[str]:
    """`doc[i].text` of each token."""
    if "texts" not in doc.user_data:
        doc.user_data["texts"] = [t.text for t in doc]
    return doc.user_data["texts"]


def token_spaces(doc: Doc) -> list[str]:
    """`doc[i].whitespace_` of each token."""
    if "spaces" not in doc.user_data:
        doc.user_data["spaces"] = [t.whitespace_ for t in doc]
    return doc.user_data["spaces"]


def token_tags(doc: Doc) -> list[str]:
    """`doc[i].tag_` of each token."""
    if "tags" not in doc.user_data:
        doc.user_data["tags"] = [t.tag_ for t in doc]
    return doc.user_data["tags"]
