"""The article view's text: each section of a cleaned article as HTML, its figures and programs
wrapped in focusable highlights that carry what was read (value, kind, metric or subject, year,
target or achieved), and each figure's sentence wrapped so a link can land on it."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from decimal import Decimal
from html import escape
from typing import Any

from pipeline.display import format_exact, format_value
from pipeline.store.query import ASIDE_SECTIONS

SECTION_LABELS = {
    "title": "제목",
    "subtitle": "부제",
    "lead": "요약",
    "body": "본문",
    "caption": "사진 설명",
    "related": "관련 기사",
}
KIND_LABELS = {"money": "금액", "percent": "비율", "count": "개수"}


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    open: str
    close: str


def figure_tip(f: Mapping[str, Any], published_year: int | None = None) -> str:
    """What a highlight tells on hover or focus, one fact a line."""
    value = Decimal(str(f["value"]))
    unit = f.get("unit") or ""
    value_max = Decimal(str(f["value_max"])) if f.get("value_max") is not None else None
    lines = [f"값: {format_value(value, unit, value_max)} (정확한 값 {format_exact(value, unit)})"]
    lines.append(f"종류: {KIND_LABELS.get(f['kind'], f['kind'])}")
    if f.get("metric"):
        lines.append(f"지표: {f['metric']}")
    if f.get("subject"):
        lines.append(f"대상: {f['subject']}")
    if f.get("year") is not None:
        lines.append(f"연도: {f['year']}년")
    elif published_year is not None:
        lines.append(f"연도: 문장에 없음 (발행 {published_year}년)")
    lines.append("목표·계획" if f.get("is_target") else "실적·현황")
    if f.get("section") in ASIDE_SECTIONS:
        lines.append(f"{SECTION_LABELS.get(f['section'], f['section'])} 속 숫자: 본문이 아님")
    return "\n".join(lines)


def figure_span(f: Mapping[str, Any], published_year: int | None = None) -> Span:
    classes = ["hl", "fig", f"kind-{f['kind']}", "target" if f.get("is_target") else "achieved"]
    if f.get("section") in ASIDE_SECTIONS:
        classes.append("aside")
    value = Decimal(str(f["value"]))
    attrs = (
        f'id="f{f["id"]}" class="{" ".join(classes)}" tabindex="0" '
        f'data-value="{escape(format(value, "f"))}" data-section="{escape(f["section"])}" '
        f'data-tip="{escape(figure_tip(f, published_year))}"'
    )
    return Span(f["start"], f["end"], f"<mark {attrs}>", "</mark>")


def program_span(p: Mapping[str, Any]) -> Span:
    tip = f"사업명: {p['name']}"
    attrs = f'id="p{p["id"]}" class="hl prog" tabindex="0" data-tip="{escape(tip)}"'
    return Span(p["start"], p["end"], f"<mark {attrs}>", "</mark>")


def sentence_span(s: Mapping[str, Any]) -> Span | None:
    if s.get("start") is None or s.get("end") is None:
        return None
    return Span(s["start"], s["end"], f'<span class="sent" id="s{s["id"]}">', "</span>")


def markup(text: str, spans: Iterable[Span]) -> str:
    """`text` escaped, with the spans that nest properly opened and closed around it (a span
    that would cross another, or lies outside the text, is left out rather than break the
    markup; sentences are wider than the figures in them, so this drops nothing in practice)."""
    accepted: list[Span] = []
    stack: list[Span] = []
    for span in sorted(spans, key=lambda s: (s.start, -s.end)):
        if not 0 <= span.start < span.end <= len(text):
            continue
        while stack and stack[-1].end <= span.start:
            stack.pop()
        if stack and span.end > stack[-1].end:
            continue
        accepted.append(span)
        stack.append(span)
    out: list[str] = []
    pos = 0
    stack = []

    def close_until(limit: int) -> None:
        nonlocal pos
        while stack and stack[-1].end <= limit:
            span = stack.pop()
            out.append(escape(text[pos : span.end]))
            out.append(span.close)
            pos = span.end

    for span in accepted:
        close_until(span.start)
        out.append(escape(text[pos : span.start]))
        out.append(span.open)
        pos = span.start
        stack.append(span)
    close_until(len(text))
    out.append(escape(text[pos:]))
    return "".join(out)


def render_sections(
    sections: list[Mapping[str, Any]],
    figures: list[Mapping[str, Any]],
    programs: list[Mapping[str, Any]],
    sentences: list[Mapping[str, Any]],
    published_year: int | None = None,
) -> list[dict[str, str]]:
    """[{name, label, html}] for each section, in the article's order."""
    rendered = []
    for section in sections:
        name = section["name"]
        spans = [figure_span(f, published_year) for f in figures if f["section"] == name]
        spans += [program_span(p) for p in programs if p["section"] == name]
        spans += [s for x in sentences if x["section"] == name if (s := sentence_span(x))]
        rendered.append(
            {
                "name": name,
                "label": SECTION_LABELS.get(name, name),
                "html": markup(section["text"], spans),
            }
        )
    return rendered
