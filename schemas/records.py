"""Records shared by all stages: the contract between reading, cleaning, extracting and storing.

Plain dataclasses, no behaviour beyond derived properties, so that every stage can be tested
on its own and records can cross process boundaries (they pickle; Kiwi objects never do).
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal
from typing import Literal

SectionName = Literal["title", "subtitle", "lead", "body", "caption"]
FigureKind = Literal["money", "percent", "count"]

#: Order in which sections are laid out in an article (and exported).
SECTION_ORDER: tuple[str, ...] = ("title", "subtitle", "lead", "body", "caption")


@dataclass(slots=True)
class RawDocument:
    """One input item as read from disk (or, later, from a WARC record or a fetch)."""

    source: str  # stable reference to where it came from: "path", "path#line-3", "path#record-id"
    body: bytes | str  # bytes for pages; str for text already decoded (txt/jsonl)
    media_type: str = "text/plain"  # "text/plain" | "application/jsonl-record" | "text/html"
    external_id: str | None = None  # the input's own id (JSONL "id"), returned unchanged on export
    url: str | None = None
    title: str | None = None  # given by the input (JSONL), not found by the cleaner
    published_at: str | None = None  # as given by the input, parsed by the cleaner
    fetched_at: datetime | None = None
    http_status: int | None = None
    headers: dict[str, str] = field(default_factory=dict)
    declared_encoding: str | None = None
    detected_encoding: str | None = None


@dataclass(slots=True)
class Section:
    """One named part of an article. Multi-paragraph parts (lead, body, caption) join their
    paragraphs with a single "\\n"; figure offsets are into this text."""

    name: str  # one of SECTION_ORDER
    text: str

    @property
    def paragraphs(self) -> list[str]:
        return [p for p in self.text.split("\n") if p]


@dataclass(slots=True)
class Article:
    """A cleaned article: metadata plus its sections, in SECTION_ORDER."""

    source: str
    sections: list[Section]
    external_id: str | None = None
    url: str | None = None
    canonical_url: str | None = None
    site: str | None = None
    site_profile_version: str | None = None
    title: str | None = None
    subtitle: str | None = None
    lead: list[str] = field(default_factory=list)
    author: str | None = None
    published_at: datetime | None = None  # timezone-aware (Asia/Seoul) when known
    org: str | None = None  # issuing body, e.g. 천안시

    def section(self, name: str) -> Section | None:
        return next((s for s in self.sections if s.name == name), None)

    def paragraphs(self, name: str) -> list[str]:
        found = self.section(name)
        return found.paragraphs if found else []

    @property
    def content_hash(self) -> str:
        """Identity of the article's content, independent of where it was read from."""
        h = hashlib.sha256()
        for s in self.sections:
            h.update(s.name.encode())
            h.update(b"\x00")
            h.update(s.text.encode())
            h.update(b"\x01")
        return h.hexdigest()


@dataclass(slots=True)
class Figure:
    """One money amount, percentage or count, tied to the sentence it came from."""

    kind: str  # FigureKind
    value: Decimal
    unit: str  # an ISO 4217 code (KRW, USD …), %, %p, or the counter as written (개, 명, 개사 …)
    surface: str  # exact text from the first numeral to the end of the unit
    section: str  # SectionName
    start: int  # char offsets of surface within the section text
    end: int
    sentence: str = ""
    value_max: Decimal | None = None  # upper bound of a range (3~5억원)
    qualifier: str | None = None  # 약, 여, 이상, 가량 … (approximation word), None when exact
    metric: str | None = None  # percent: the rate measured (고용률)
    subject: str | None = None  # count: what is counted (일자리); money: what is funded
    is_target: bool = False  # a goal or plan rather than something achieved
    year: int | None = None  # explicit year, or 올해/지난해/내년 resolved from published_at
    # where the year came from, most certain first (README "Which year"): "clause" (the
    # figure's own clause), "sentence", "article" (an earlier sentence), "title", "published"
    # (the publication date: no time word anywhere), "span" (a total over several years, `4년간
    # 11만7000개`: year None), or None with no year
    year_source: str | None = None

    @property
    def approx(self) -> bool:
        return self.qualifier is not None


@dataclass(slots=True)
class Program:
    """A named public program, project or initiative."""

    name: str
    section: str
    start: int
    end: int
    sentence: str = ""


@dataclass(slots=True)
class Extraction:
    """What the extractors found in one article."""

    article: Article
    figures: list[Figure]
    programs: list[Program]
    extractor_version: str


@dataclass(slots=True)
class Failure:
    """An input that could not go through a stage. Recorded in the store, never dropped."""

    source: str  # same reference as RawDocument.source
    stage: str  # "read" | "clean" | "analyze" | "extract" | "store"
    error: str  # one line a person can act on
    not_article: bool = False  # a valid input that is simply not an article (list page, empty)
