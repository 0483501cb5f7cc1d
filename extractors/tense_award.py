"""Awards: what a sentence telling an award received gives.

`'2025년 지역 일자리 목표 공시제 평가'에서 대상을 받아 인센티브 2억원을 확보했다`, `… 6곳을 우수
시군으로 선정했다`, `… 선정돼 시상금 5천만원을 받는다`: the prize and the places chosen are
what the award gave, a result whatever the tense (`받는다` is the day's news), of the day the
award is given — the publication's year — not the year in the evaluation's quoted name (the
year evaluated) nor a year an earlier line of the article named. A year of the figure's own
outside the quotation (`지난해 일자리 2만1,340개를 만들어 … 최우수상을 받았다`) stays its own.
"""

from __future__ import annotations

from datetime import datetime

from extractors.tense_tally import to_come
from extractors.tense_words import CLOSING_QUOTES, rules, stem_in
from extractors.tense_year import year_of
from extractors.words import Word

_QUOTES = frozenset({"'", "‘", "’", '"', "“", "”"})
_DOUBLE = ('"', "”")
# endings after a closing quote that make the quotation someone's words, not a name
_SAID = ("고", "라고", "며", "라며", "면서")


def award_told(words: list[Word], published_at: datetime | None) -> bool:
    """`_award_told` of a sentence, read once for all its figures."""
    if not words:
        return False
    key = ("award_told", words[0].start, words[-1].end, published_at)
    cache = words[0].doc.user_data
    if key not in cache:
        cache[key] = _award_told(words, published_at)
    return cache[key]


def _award_told(words: list[Word], published_at: datetime | None) -> bool:
    """The sentence tells an award received: a prize (`시상금`, `상금`), a prize won (`대상을
    받아`, `최우수상을`, `이번 수상으로`), or places chosen in an evaluation (`… 평가 결과 … 6곳을
    우수 시군으로 선정했다`); not one still to be given (`시상식을 열고 … 수여할 예정이다`), nor an
    evaluation of a year still ahead (`'2026년 … 투자계획 평가'에서 … 기금을 확보했다`: funds
    for that year)."""
    r = rules()
    won = any(_award_won(words, k) for k in range(len(words)))
    evaluated = any(w.stem in r.evaluations for w in words)
    prize = any(
        w.stem in r.prizes and (w.stem not in r.prizes_elsewhere or won or evaluated) for w in words
    )
    chosen = evaluated and any(w.stem == "선정" for w in words)
    if not (won or prize or chosen) or to_come(words):
        return False
    return published_at is None or not any(
        (year_of(words, k, published_at) or 0) > published_at.year for k in range(len(words))
    )


def _award_won(words: list[Word], k: int) -> bool:
    """Word k is a prize won: `최우수상을`, `대상을 받아`, `이번 수상으로`, `시상식에서` (not
    `수상 실적이 우수한`, `은메달을 수상한 선수`: someone's record; not `22개 시군을 대상으로`)."""
    r = rules()
    w = words[k]
    if w.stem.endswith(r.awards_won):
        return True
    forms = w.particle_forms()
    if w.stem in r.awards:
        return bool(set(forms) & {"으로", "로", "에서"})
    after = words[k + 1] if k + 1 < len(words) else None
    received = after is not None and (stem_in(after, {"받", "수상"}) or after.text.startswith("받"))
    return w.stem == "대상" and "을" in forms and received


def own_year_outside_quotes(words: list[Word], first: int, published_at: datetime | None) -> bool:
    """A year word before the figure stands outside every quotation (`지난해 일자리 …`), not in
    an evaluation's name (`'2020년 시군 일자리 창출 평가'`)."""
    quoted = False
    for k in range(first):
        text = words[k].text
        if (text in _QUOTES or text[:1] in _QUOTES) and not _words_said(words, k):
            quoted = not quoted
            if text in _QUOTES:
                continue
        if not quoted and year_of(words, k, published_at) is not None:
            return True
        if quoted and text[-1:] in CLOSING_QUOTES:
            quoted = False
    return False


def _words_said(words: list[Word], k: int) -> bool:
    """The double quote opening at word k holds someone's words (`"지난해 … 평가에서 최우수상을
    받아 … 확보했다"고 말했다`): a year said in them is the speaker's own, no evaluation's name."""
    if not words[k].text.startswith(('"', "“")):
        return False
    for j in range(k, len(words)):
        text = words[j].text
        for mark in _DOUBLE:
            at = text.find(mark, 1 if j == k else 0)
            if at >= 0:
                after = text[at + 1 :] or (words[j + 1].text if j + 1 < len(words) else "")
                return after.startswith(_SAID)
    return False
