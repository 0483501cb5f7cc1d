"""Normalisation of Korean article text where it enters the pipeline.

Pure functions, no I/O. `normalize_text` makes crawler output uniform (NFC, ASCII digits, plain
spaces, real line breaks) without touching what carries meaning: Hangul, list and caption marks
(`▲ △ ○ □ ※ ☎ ·`) and quotes stay exactly as written. `fold_for_compare` is a lossy key used only
to decide whether two lines say the same thing (a repeated headline, a duplicated paragraph).
"""

from __future__ import annotations

import html
import re
import unicodedata

# Full-width forms U+FF01..U+FF5E map to ASCII by subtracting this offset.
_FULLWIDTH_OFFSET = 0xFEE0
# Kept as written: full-width quotes are quotes (and quotes are never changed), and a full-width
# comma is only a thousands separator between digits (handled separately below).
_FULLWIDTH_KEEP = {"＂", "＇", "，"}
_FULLWIDTH_TABLE = {
    cp: cp - _FULLWIDTH_OFFSET for cp in range(0xFF01, 0xFF5F) if chr(cp) not in _FULLWIDTH_KEEP
}
# Spaces that are not U+0020 (no-break, ideographic, the typographic U+2000 block, …).
_ODD_SPACES = dict.fromkeys([0x00A0, 0x1680, 0x202F, 0x205F, 0x3000, *range(0x2000, 0x200B)], " ")
# Zero-width characters and the soft hyphen: invisible, and they break matching.
_INVISIBLE = dict.fromkeys([0x00AD, 0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF], None)
_TRANSLATE = {**_FULLWIDTH_TABLE, **_ODD_SPACES, **_INVISIBLE}
# str.translate with a dict is slow on Hangul text; substituting only the characters that need
# it is many times faster, since most lines hold none.
_REPLACEMENT = {
    chr(cp): "" if to is None else to if isinstance(to, str) else chr(to)
    for cp, to in _TRANSLATE.items()
}
_TRANSLATABLE = re.compile("[" + "".join(re.escape(ch) for ch in _REPLACEMENT) + "]")

_ENTITY = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
_BR = re.compile(r"<\s*br\s*/?\s*>", re.IGNORECASE)
_FULLWIDTH_COMMA_IN_NUMBER = re.compile(r"(?<=[0-9０-９])，(?=[0-9０-９])")
_TRAILING_SPACE = re.compile(r"[ \t]+$", re.MULTILINE)


def normalize_text(text: str) -> str:
    """Return `text` in the pipeline's canonical form.

    - `\\r\\n` / `\\r` become `\\n`; `<br>` / `<br />` (as JSONL bodies carry them) become `\\n`;
    - HTML entities with their `;` (`&nbsp;`, `&amp;`, `&#39;`) are unescaped — only terminated
      ones, so that `R&D` or `A&B` in running text stay as written;
    - NFC; full-width digits, Latin letters and punctuation become ASCII (`１２３` → `123`,
      `％` → `%`), a full-width comma only between digits;
    - no-break, ideographic and other odd spaces become a plain space, zero-width characters
      go, trailing spaces on every line go.
    """
    # Each pattern only where the character it starts with is in the text: most lines hold
    # none, and a search for one character is many times faster than a pattern's.
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    if "&" in text:
        text = _ENTITY.sub(lambda m: html.unescape(m.group(0)), text)
    if "<" in text:
        text = _BR.sub("\n", text)
    text = unicodedata.normalize("NFC", text)
    if "，" in text:
        text = _FULLWIDTH_COMMA_IN_NUMBER.sub(",", text)
    text = _TRANSLATABLE.sub(lambda m: _REPLACEMENT[m.group()], text)
    if " \n" in text or "\t\n" in text or text.endswith((" ", "\t")):
        text = _TRAILING_SPACE.sub("", text)
    return text


_QUOTES = str.maketrans(
    {
        "“": '"',
        "”": '"',
        "„": '"',
        "″": '"',
        "＂": '"',
        "‘": "'",
        "’": "'",
        "′": "'",
        "`": "'",
        "＇": "'",
        "˝": '"',
    }
)
_HAS_QUOTE = re.compile("[“”„″＂‘’′`＇˝]")
_NOT_WORD = re.compile(r"[\s\"'.,·…:;!?()\[\]<>「」『』《》〈〉【】-]+")


def fold_for_compare(text: str) -> str:
    """A comparison key: white space, quotes and punctuation removed, Latin lower-cased.

    Two lines with the same key say the same thing for the purpose of dropping repeats
    (`천안시,"4222억…"목표` and `천안시, “4222억…” 목표` fold alike). Never shown to anyone.
    """
    text = normalize_text(text)
    if _HAS_QUOTE.search(text):
        text = text.translate(_QUOTES)
    return _NOT_WORD.sub("", text).lower()
