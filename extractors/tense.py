"""Plan or result, and which year, for one figure in its sentence.

Plan or result comes from the verb the figure belongs to: the first predicate after it in the
sentence (Korean puts the verb last), followed through connective endings (`만들어 … 채웠다`) to
the one that decides:

- a plan: future or intent — `만들겠다` (겠), `만들 계획이다`/`늘릴 예정` (ㄹ + noun),
  `하기로 했다`, `만들고자`, the present of an announcement (`들인다`, `만든다`), a goal or plan
  noun taking 로 or the copula (`달성을 목표로`, `계획이다`), or an allocating verb whatever its
  tense (`편성했다`, `책정했다`);
- a result: the past — `만들었다`, `달성했다`, `집계됐다`, `기록했다`;
- a result also when a clause closes in the past before any plan (`65%였고 올해는 …`);
- a plan when the text calls the figure the goal itself (`목표한 170명을 넘겨`, `2만개 목표
  넘어 2만1천개`: only 2만개);
- undecided (None) when the sentence has no such verb (a headline `일자리 2만개 창출`).

The year is the nearest year word before the figure in its clause (`2019년 18개로`), else the
first after it in the clause, else the nearest in the rest of the sentence. Explicit years
(`2021년`, `2026년도`, `’25년`) and relative ones resolved from the publication date (올해, 지난해,
내년 …) count; a year followed by 대비/보다 is a base of comparison and never the figure's year,
nor are years before it in the clause (`지난해 대비 20% 늘어`). `같은 해` / `그해` is the year
named before it in the sentence, else SAME_YEAR: the year an earlier sentence names
(extractors/timeline.py). Words live in `tense_rules.toml`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from functools import lru_cache

from spacy.tokens import Doc, Span

from extractors.rules_data import read_rules
from extractors.words import Word, word_index, words_of

_PAST = frozenset({"었", "았", "였", "ᆻ", "었었", "았었"})
_FUTURE_ETM = frozenset({"ᆯ", "을", "ㄹ"})
_PRESENT_EF = frozenset({"ᆫ다", "는다", "ㄴ다"})
_CLAUSE_ENDS = frozenset({"고", "며", "으며", "지만", "으나", "는데", "은데"})
#: The year of `같은 해` when its sentence names none before it: one named earlier in the article.
SAME_YEAR = 0


@dataclass(frozen=True)
class _Rules:
    plan_nouns: frozenset[str]
    plan_verbs: frozenset[str]
    plan_endings: frozenset[str]
    relative: dict[str, int]
    comparison: tuple[str, ...]
    exceed: frozenset[str]
    same_year: tuple[str, ...]  # a tuple: matched with str.startswith too
    # Whether a text holds any relative year word, or 해 or any same-year word: asked of every
    # word of a sentence, so one search instead of a test per word.
    relative_in: re.Pattern[str]
    same_year_in: re.Pattern[str]


@lru_cache(maxsize=1)
def rules() -> _Rules:
    data = read_rules("tense_rules.toml")
    return _Rules(
        plan_nouns=frozenset(data["plan"]["nouns"]),
        plan_verbs=frozenset(data["plan"]["verbs"]),
        plan_endings=frozenset(data["plan"]["endings"]),
        relative=dict(data["years"]["relative"]),
        comparison=tuple(data["years"]["comparison"]),
        exceed=frozenset(data["plan"]["exceed"]),
        same_year=tuple(data["years"]["same"]),
        relative_in=_any_of(data["years"]["relative"]),
        same_year_in=_any_of(["해", *data["years"]["same"]]),
    )


def _any_of(words: Iterable[str]) -> re.Pattern[str]:
    """A pattern found in a text when any of `words` is in it (never, for no words)."""
    return re.compile("|".join(map(re.escape, words)) or "(?!)")


@dataclass(frozen=True)
class When:
    """A figure's time as its sentence tells it."""

    plan: bool | None  # True: a goal or plan; False: a result; None: the sentence does not say
    year: int | None
    source: str | None  # "clause" or "sentence" when year is set


def when_of(
    doc: Doc, start: int, end: int, sent: Span, published_at: datetime | None = None
) -> When:
    """Plan-or-result and year of the figure at tokens [start, end) of a sentence."""
    words = words_of(doc, sent)
    first, last = word_index(words, start), word_index(words, end - 1)
    year, source = _year(words, first, last, published_at)
    if year == SAME_YEAR:
        year, source = None, None  # the article's earlier year (extractors/timeline.py)
    return When(_named_target(words, first, last) or plan_of(words, last), year, source)


def _named_target(words: list[Word], first: int, last: int) -> bool | None:
    """A figure the text calls the target itself: modified by a goal verb (`목표한 170명을 넘겨`)
    or followed by a bare goal noun that is exceeded (`2만개 목표 넘어 2만1천개`)."""
    r = rules()
    if first > 0:
        w = words[first - 1]
        if w.predicate and w.parts[0][0] in r.plan_nouns and w.parts[-1][1].startswith("ETM"):
            return True
    if last + 2 < len(words) and not any(t.startswith("J") for _, t in words[last].parts):
        noun, verb = words[last + 1], words[last + 2]
        if noun.bare_noun and noun.stem in r.plan_nouns and verb.parts[0][0] in r.exceed:
            return True
    return None


# ---------------------------------------------------------------------------------------------
# plan or result


def plan_of(words: list[Word], last: int) -> bool | None:
    """Follow the predicates after word `last` to the one that decides (see module doc)."""
    r = rules()
    own = words[last].base_parts if last < len(words) else []
    if _closed_past(own):
        return False  # `65%였고`: the figure's own copula closes its clause in the past
    past = False
    for k in range(last + 1, len(words)):
        w = words[k]
        forms = w.base_parts
        if w.stem in r.plan_nouns and not w.predicate:
            particles = w.particle_forms()
            if any(p in ("로", "으로") for p in particles) or (not particles and _ends(words, k)):
                return True
        if w.stem in r.plan_nouns and any(t == "VCP" for _, t in forms):
            return True  # `계획이다`, `예정이다`
        if not w.predicate:
            continue
        if w.stem in r.plan_verbs or (forms and forms[0][0] in r.plan_verbs):
            return True
        if any(t == "EP" and f == "겠" for f, t in forms):
            return True
        if any(t == "ETM" and f in _FUTURE_ETM for f, t in forms):
            return True  # `늘릴 예정`, `늘어날 것으로`
        if any(t == "ETN" for _, t in forms) and any(f in r.plan_endings for f in _joined(forms)):
            return True  # `만들기로`
        if any(t == "EC" and f in r.plan_endings for f, t in forms):
            return True
        past = past or any(t == "EP" and f in _PAST for f, t in forms)
        if _closed_past(forms):
            return False  # `늘었고 올해는 70%를 목표로`: a past clause is closed
        final = [f for f, t in forms if t == "EF"]
        if final:
            if past:
                return False
            if final[-1] in _PRESENT_EF:
                return True
            return None
    return False if past else None


def _closed_past(forms: list[tuple[str, str]]) -> bool:
    past = any(t == "EP" and f in _PAST for f, t in forms)
    return past and any(t == "EC" and f in _CLAUSE_ENDS for f, t in forms)


def _joined(forms: list[tuple[str, str]]) -> list[str]:
    """`만들/VV 기/ETN 로/JKB` → 기로 (an ending and its particle read together)."""
    return ["".join(f for f, _ in forms[i : i + 2]) for i in range(len(forms))]


def _ends(words: list[Word], k: int) -> bool:
    """Word k ends its sentence (a headline's last noun: `… 2만개 목표`)."""
    return all(w.punct for w in words[k + 1 :])


# ---------------------------------------------------------------------------------------------
# year


def year_words(words: list[Word], published_at: datetime | None) -> dict[int, int]:
    """Word index → the year it names, for the years of a sentence that are not bases of
    comparison (relative words only when the publication date is known)."""
    if not words:
        return {}
    # Asked once per figure of a sentence: kept on the Doc by the sentence's words.
    key = ("year_words", words[0].start, words[-1].end, len(words), published_at)
    cache = words[0].doc.user_data
    if key not in cache:
        cache[key] = _year_words(words, published_at)
    return dict(cache[key])


def _year_words(words: list[Word], published_at: datetime | None) -> dict[int, int]:
    found: dict[int, int] = {}
    for k in range(len(words)):
        if _same_year(words, k):
            # `같은 해`, `그해`: the year named before it in the sentence, else one the article
            # named earlier (SAME_YEAR tells extractors/timeline.py to look there)
            found[k] = found[max(found)] if found else SAME_YEAR
            continue
        year = _year_of(words, k, published_at)
        if year is not None and not _comparison_base(words, k):
            found[k] = year
    return found


def _same_year(words: list[Word], k: int) -> bool:
    w = words[k]
    r = rules()
    same = r.same_year
    # A noun stem is written in its word: skip working it out for the words that cannot hold one.
    if not r.same_year_in.search(w.text):
        return False
    if w.stem in same or w.text.startswith(same):
        return True
    return w.stem == "해" and k > 0 and words[k - 1].text in ("같은", "그")


def _year_of(words: list[Word], k: int, published_at: datetime | None) -> int | None:
    w = words[k]
    text = w.text
    digits = "".join(filter(str.isdigit, text))
    if digits:
        rest = text[len(text) - len(text.lstrip("’‘'")) :].lstrip("’‘'")[len(digits) :]
        unit = rest if rest else (words[k + 1].text if k + 1 < len(words) else "")
        if text.lstrip("’‘'").startswith(digits) and unit.startswith(("년", "년도")):
            if len(digits) == 4 and digits[:2] in ("19", "20"):
                return int(digits)
            quoted = text[0] in "’‘'" or (k > 0 and words[k - 1].text in ("’", "‘", "'"))
            if len(digits) == 2 and quoted:
                return 2000 + int(digits)
            return None
    r = rules()
    if published_at is None or not r.relative_in.search(text):
        return None
    offset = r.relative.get(w.stem)
    if offset is not None:
        return published_at.year + offset
    return None


def _comparison_base(words: list[Word], k: int) -> bool:
    comparison = rules().comparison
    here = [words[k]]
    if words[k].text in ("년", "년도") or (k + 1 < len(words) and words[k + 1].text == "년"):
        here.append(words[k + 1] if k + 1 < len(words) else words[k])
    for w in here:
        if any(p in comparison for p in w.particle_forms()):
            return True
    nxt = words[k + len(here)] if k + len(here) < len(words) else None
    return nxt is not None and nxt.text.startswith(comparison)


def _is_comparison(w: Word) -> bool:
    comparison = rules().comparison
    return w.text.startswith(comparison) or any(p in comparison for p in w.particle_forms())


def _year(
    words: list[Word], first: int, last: int, published_at: datetime | None
) -> tuple[int | None, str | None]:
    years = year_words(words, published_at)
    if not years:
        return None, None
    start = next(
        (k + 1 for k in range(first - 1, -1, -1) if words[k].predicate and _clause_end(words[k])),
        0,
    )
    end = next((k for k in range(last + 1, len(words)) if words[k].predicate), len(words) - 1)
    # before the figure in its clause, not across a base of comparison
    for k in range(first - 1, start - 1, -1):
        if _is_comparison(words[k]):
            break
        if k in years:
            return years[k], "clause"
    for k in range(last + 1, end + 1):
        if k in years:
            return years[k], "clause"
    before = [k for k in years if k < first]
    if before:
        return years[max(before)], "sentence"
    return years[min(years)], "sentence"


def _clause_end(w: Word) -> bool:
    """A predicate whose ending closes a clause (`만들어`, `늘었고`, `22개였던` does not)."""
    return any(t.split("-")[0] in ("EC", "EF") for _, t in w.parts)
