"""Articles built in tests from our own sentences: a title and a body, published in Seoul."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from schemas.records import Article, Section

SEOUL = ZoneInfo("Asia/Seoul")


def article(published: str, title: str, body: str, org: str = "천안시") -> Article:
    return Article(
        source="test",
        sections=[Section("title", title), Section("body", body)],
        title=title,
        published_at=datetime.fromisoformat(published).replace(tzinfo=SEOUL),
        org=org,
    )


def program_names(text: str) -> list[str]:
    """The names of the programs found in a text, in order."""
    from extractors.programs import extract_programs

    return [p.name for p in extract_programs(text)]


def body_figures(
    body: str, title: str = "보도자료", published: str = "2026-03-05T09:00:00"
) -> list:
    """The figures of an article made of a body and a title."""
    from pipeline.run.extract import extract_article

    return extract_article(article(published, title, body)).figures


def found(body: str, surface: str, title: str = "보도자료", published: str = "2026-03-05T09:00:00"):
    """The one figure of the body with that surface."""
    (f,) = [
        f
        for f in body_figures(body, title, published)
        if f.surface == surface and f.section == "body"
    ]
    return f
