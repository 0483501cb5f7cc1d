"""Feeds read by feedparser (pipeline.scrape.listing.parse_feed): the item links and the day each
item gives, for the feed dialects boards publish."""

from datetime import date

from pipeline.scrape.listing import parse_feed

BASE = "https://www.hanbit.go.kr/rss/press.xml"


def _links(body: bytes) -> list[tuple[str, date | None]]:
    return [(link.url, link.date) for link in parse_feed(body, BASE)]


def test_rss2_items_with_relative_links_guids_and_korean_times() -> None:
    body = """<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>한빛시 보도자료</title>
<item><title>한빛시, 일자리 2만6천개 만든다</title><link>/news/view.do?idx=1</link>
<pubDate>Thu, 04 Feb 2021 08:00:00 +0900</pubDate></item>
<item><title>청년 월세 지원</title><guid isPermaLink="true">https://www.hanbit.go.kr/news/view.do?idx=2</guid>
<pubDate>2021-02-05</pubDate></item>
<item><title>링크 없는 항목</title><guid isPermaLink="false">tag:hanbit,3</guid></item>
</channel></rss>""".encode()
    assert _links(body) == [
        # 08:00 in Korea is still the 3rd in UTC: the day is the one the feed writes
        ("https://www.hanbit.go.kr/news/view.do?idx=1", date(2021, 2, 4)),
        ("https://www.hanbit.go.kr/news/view.do?idx=2", date(2021, 2, 5)),
    ]


def test_atom_alternate_links_and_rss1_dc_dates() -> None:
    atom = b"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>t</title>
<entry><title>a</title><link rel="edit" href="/edit/1"/>
<link rel="alternate" href="https://www.hanbit.go.kr/news/view.do?idx=7"/>
<published>2024-03-05T10:00:00+09:00</published></entry></feed>"""
    assert _links(atom) == [("https://www.hanbit.go.kr/news/view.do?idx=7", date(2024, 3, 5))]
    rdf = b"""<?xml version="1.0"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/"
 xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel rdf:about="x"><title>t</title></channel>
<item rdf:about="https://www.hanbit.go.kr/news/view.do?idx=8"><title>b</title>
<link>https://www.hanbit.go.kr/news/view.do?idx=8</link><dc:date>2024-03-06</dc:date></item>
</rdf:RDF>"""
    assert _links(rdf) == [("https://www.hanbit.go.kr/news/view.do?idx=8", date(2024, 3, 6))]


def test_an_euc_kr_feed_and_a_broken_one_still_give_their_items() -> None:
    euc = (
        '<?xml version="1.0" encoding="euc-kr"?><rss version="2.0"><channel><title>보도</title>'
        "<item><title>똠방각하 예산 3억원</title><link>https://www.hanbit.go.kr/n/9</link>"
        "<pubDate>Mon, 01 Dec 2025 09:00:00 +0900</pubDate></item></channel></rss>"
    ).encode("cp949")
    assert _links(euc) == [("https://www.hanbit.go.kr/n/9", date(2025, 12, 1))]
    broken = (
        b'<rss version="2.0"><channel><item><title>a & b</title>'
        b"<link>https://www.hanbit.go.kr/n/10</link></item>"
    )
    assert _links(broken) == [("https://www.hanbit.go.kr/n/10", None)]
    assert _links(b"") == []
    assert _links(b"\x89PNG not a feed") == []
