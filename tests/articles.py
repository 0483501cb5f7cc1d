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
