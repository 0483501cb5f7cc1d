"""Rules shared by the text and the HTML cleaner: furniture, captions, titles, dates, org.

The patterns themselves are data in `furniture.toml`; this module loads them once and answers
per line. Both `pipeline.clean.text` (line by line over a crawled text) and `pipeline.clean.html`
(over the lines of a page's main content) import these, so a rule exists in one place.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from pipeline.clean.textnorm import normalize_text

SEOUL = ZoneInfo("Asia/Seoul")
RULES_PATH = Path(__file__).with_name("furniture.toml")


class NotAnArticle(Exception):
    """The input is valid but holds no article (empty, whitespace, only page furniture)."""


# --------------------------------------------------------------------------- rules


def _compile_all(patterns: list[str]) -> list[re.Pattern[str]]:
    return [re.compile(p) for p in patterns]


@dataclass(frozen=True)
class _Rules:
    drop_exact: frozenset[str]
    drop: list[re.Pattern[str]]
    contact_bracketed: re.Pattern[str]
    contact_phone: re.Pattern[str]
    related: list[re.Pattern[str]]
    prev_next: re.Pattern[str]
    cut_after: tuple[str, ...]
    trailing_email: re.Pattern[str]
    captions: list[re.Pattern[str]]
    caption_label: re.Pattern[str]
    head_photo: re.Pattern[str]
    credit: re.Pattern[str]
    photo_note: list[re.Pattern[str]]
    fused_prefix_end: str
    title_strip: list[re.Pattern[str]]


def _load_rules(data: dict) -> _Rules:
    drop, zones, inline, captions = data["drop"], data["zones"], data["inline"], data["captions"]
    return _Rules(
        drop_exact=frozenset(squeeze_spaces(s) for s in drop["exact"]),
        drop=_compile_all(drop["patterns"]),
        contact_bracketed=re.compile(drop["contact"]["bracketed"]),
        contact_phone=re.compile(drop["contact"]["phone"]),
        related=_compile_all(zones["related"]),
        prev_next=re.compile(zones["prev_next"]),
        cut_after=tuple(inline["cut_after"]),
        trailing_email=re.compile(inline["trailing_email"]),
        captions=_compile_all(captions["patterns"]),
        caption_label=re.compile(captions["label"]),
        head_photo=re.compile(captions["head_photo"]),
        credit=re.compile(captions["credit"]),
        photo_note=_compile_all(captions["photo_note"]),
        fused_prefix_end=captions["fused_prefix_end"],
        title_strip=_compile_all(data["title"]["strip_patterns"]),
    )


def squeeze_spaces(text: str) -> str:
    return re.sub(r"\s+", "", text)


RULES_DATA = tomllib.loads(RULES_PATH.read_text(encoding="utf-8"))
RULES = _load_rules(RULES_DATA)
MAX_FURNITURE_LINE: int = RULES_DATA["max_line"]

# A line that reads like a sentence of an article: it ends like one (`…다.`, `…니다.`, `…요.`,
# closing quotes allowed) or holds a finished sentence followed by more text.
_PROSE_END = re.compile(r"(다|요|죠|까)[.?!][\"”’'」』)\]]*$")
_PROSE_INSIDE = re.compile(r"다[.?!][\"”’'」』)]*\s+\S")
_PHONE_ONLY = re.compile(r"^[☎\s]*(\d{2,4}\)?[\s-]?)?\d{3,4}-\d{4}$")
VISIBLE_DATE = re.compile(
    r"(?P<y>\d{4})\s*[-./년]\s*(?P<m>\d{1,2})\s*[-./월]\s*(?P<d>\d{1,2})\s*일?\.?"
    r"(?:\s*\(\S\))?"
    r"(?:\s*\[?\s*(?:(?P<ampm>오전|오후)\s*)?(?P<H>\d{1,2})\s*[:시]\s*(?P<M>\d{2})"
    r"(?:\s*:\s*(?P<S>\d{2}))?\s*\]?)?"
)

_ORG_NAME = r"[가-힣]{1,12}?(?:교육청|(?:시|군|구|도)청|시|군|구|도)"
_REGION = (
    r"(?:전남|전북|경남|경북|충남|충북|강원|제주|경기|광주|대구|부산|인천|대전|울산|세종|서울"
    r"|전라남도|전라북도|경상남도|경상북도|충청남도|충청북도|전북특별자치도|강원특별자치도)"
)
_TITLE_ORG = re.compile(
    rf"^(?:\[[^\]]*\]\s*)?(?:{_REGION}\s+)?(?P<org>{_ORG_NAME})(?=[\s,·‘'\"“…]|$)"
)
_SUBJECT_ORG = re.compile(
    rf"^(?:{_REGION}\s+)?(?P<org>{_ORG_NAME})(?:이|가|은|는|에서는|에서)(?=\s)"
)
# Words that end like a place name but are not one (`제도가`, `정비해도`, `…혁신도시`).
_NOT_ORG = frozenset(RULES_DATA["org"]["not_names"])
_NOT_ORG_END = re.compile(RULES_DATA["org"]["not_name_end"])


def clean_title(title: str) -> str:
    """One line, without site residue (`새글`, `NEW`, a leading crawl date/time, `- 사이트명`)."""
    text = re.sub(r"\s+", " ", normalize_text(title)).strip()
    changed = True
    while changed:
        changed = False
        for pattern in RULES.title_strip:
            stripped = pattern.sub("", text).strip()
            if stripped != text and stripped:
                text, changed = stripped, True
    return text


def is_prose(line: str) -> bool:
    """Does the line read like article text (a finished sentence) rather than a headline?"""
    return bool(_PROSE_END.search(line) or _PROSE_INSIDE.search(line))


def is_furniture_line(line: str) -> bool:
    """Is this one line page furniture by the rules of furniture.toml (`광고`, copyright and
    licence notices, attachments, contact and survey lines …)? The HTML cleaner asks this of
    headline candidates; article text goes through `clean_text`, which applies it per line."""
    return matches_furniture(normalize_text(line).strip())


def matches_furniture(line: str) -> bool:
    if len(line) > MAX_FURNITURE_LINE:
        return False
    if squeeze_spaces(line) in RULES.drop_exact:
        return True
    if any(p.search(line) for p in RULES.drop):
        return True
    if _PHONE_ONLY.match(line):
        return True
    return bool(RULES.contact_bracketed.match(line) and RULES.contact_phone.search(line))


def strip_credit(line: str) -> str:
    return RULES.credit.sub("", line).strip()


def caption_text(caption: str) -> str:
    """A caption as the caption section holds it: normalised, one line, without the trailing
    photo credit (`… 전경) ©김헌규` → `… 전경)`). The HTML cleaner applies it to the captions
    it finds in the markup; the line rules apply it to those they find in text."""
    return strip_credit(re.sub(r"\s+", " ", normalize_text(caption)).strip())


# --------------------------------------------------------------------------- metadata


def parse_published_at(value: str) -> datetime | None:
    """Parse an input's publication time into Asia/Seoul; None when it cannot be read.

    ISO strings with an offset are converted (`2025-12-13T16:51:47.802+00:00` → 2025-12-14
    01:51:47.802+09:00); without one they are taken as Seoul time; a date alone is midnight.
    Visible forms such as `2021/02/03 [09:57]` or `2025. 12. 17.` are read too.
    """
    text = value.strip()
    if not text:
        return None
    try:
        parsed = datetime.fromisoformat(text.replace(" ", "T", 1) if " " in text else text)
    except ValueError:
        parsed = None
    if parsed is None:
        try:
            day = date.fromisoformat(text)
        except ValueError:
            match = VISIBLE_DATE.search(text)
            return datetime_from_match(match) if match else None
        return datetime(day.year, day.month, day.day, tzinfo=SEOUL)
    if parsed.tzinfo is None:
        return parsed.replace(tzinfo=SEOUL)
    return parsed.astimezone(SEOUL)


def datetime_from_match(match: re.Match[str]) -> datetime | None:
    try:
        hour = int(match["H"]) if match["H"] else 0
        if match["ampm"] == "오후" and hour < 12:
            hour += 12
        return datetime(
            int(match["y"]),
            int(match["m"]),
            int(match["d"]),
            hour,
            int(match["M"]) if match["M"] else 0,
            int(match["S"]) if match["S"] else 0,
            tzinfo=SEOUL,
        )
    except ValueError:
        return None


def find_org(title: str | None, body: list[str]) -> str | None:
    """The issuing body: a place name opening the title, else the subject of the first
    body sentence, else None."""
    if title:
        match = _TITLE_ORG.match(clean_title(title))
        if match and _is_org(match["org"]):
            return match["org"]
    if body:
        first = re.sub(r"^\[[^\]]*\]\s*", "", body[0])
        first = re.sub(r"\([^)]*\)", "", first)
        match = _SUBJECT_ORG.match(first)
        if match and _is_org(match["org"]):
            return match["org"]
    return None


def _is_org(name: str) -> bool:
    return name not in _NOT_ORG and not _NOT_ORG_END.search(name)
