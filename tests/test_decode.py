"""decode_page and page_refusal: Korean pages in every encoding and with every kind of label."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest

from pipeline.read.decode import (
    MAX_PAGE_BYTES,
    binary_kind,
    decode_page,
    meta_charset,
    normalize_label,
    page_refusal,
)

CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "corpus" / "html"
NATE = CORPUS / "nate_news_mhtml" / "nate_20190207n26652.html"
JEONNAM = CORPUS / "jeonnam_municipal_sites"

STORY = (
    "목포시는 올해 3억 5천만 원을 들여 청년 일자리 120개를 만든다고 밝혔다.\n"
    "고용률은 지난해보다 1.2%p 오른 67%를 목표로 한다."
)
# Syllables outside KS X 1001: plain euc_kr cannot encode or decode them, CP949 can.
CP949_ONLY = "똠방각하 햏자 믜리내 쌰갈 뷁"


def page(body: str, head: str = "") -> str:
    return (
        f"<html><head>{head}<title>목포시 보도자료</title></head><body><p>{body}</p></body></html>"
    )


def test_utf8_with_and_without_bom() -> None:
    plain = page(STORY).encode("utf-8")
    for body, source in ((plain, "detected"), (codecs.BOM_UTF8 + plain, "bom")):
        decoded = decode_page(body)
        assert decoded.text == page(STORY)
        assert (decoded.encoding, decoded.source) == ("utf-8", source)
        assert not decoded.text.startswith("\ufeff")


def test_utf16_page_with_bom() -> None:
    decoded = decode_page(codecs.BOM_UTF16_LE + page(STORY).encode("utf-16-le"))
    assert decoded.text == page(STORY)
    assert decoded.source == "bom"


def test_utf8_labelled_euc_kr_is_read_as_utf8() -> None:
    body = page(STORY, '<meta charset="euc-kr">').encode("utf-8")
    for decoded in (decode_page(body), decode_page(body, http_charset="EUC-KR")):
        assert STORY in decoded.text
        assert decoded.encoding == "utf-8"
        assert decoded.source == "detected"


def test_cp949_labelled_utf8_is_read_as_cp949() -> None:
    body = page(STORY + CP949_ONLY, '<meta charset="utf-8">').encode("cp949")
    for decoded in (decode_page(body), decode_page(body, http_charset="utf-8")):
        assert STORY + CP949_ONLY in decoded.text
        assert (decoded.encoding, decoded.source) == ("cp949", "detected")


def test_cp949_without_any_label() -> None:
    decoded = decode_page(page(STORY).encode("cp949"))
    assert decoded.text == page(STORY)
    assert (decoded.encoding, decoded.source) == ("cp949", "detected")


def test_http_equiv_ks_c_5601_1987_is_cp949() -> None:
    meta = '<meta http-equiv="Content-Type" content="text/html; charset=ks_c_5601-1987">'
    body = page(STORY + " " + CP949_ONLY, meta).encode("cp949")
    with pytest.raises(UnicodeDecodeError):
        body.decode("euc_kr")  # what a decoder that believed the label literally would do
    decoded = decode_page(body)
    assert CP949_ONLY in decoded.text
    assert "\ufffd" not in decoded.text
    assert (decoded.encoding, decoded.source) == ("cp949", "meta")


@pytest.mark.parametrize("syllable", ["똠", "햏", "믜", "쌰", "뷁"])
def test_syllables_only_cp949_encodes(syllable: str) -> None:
    body = page(f"{syllable} 관련 예산 2억원").encode("cp949")
    with pytest.raises(UnicodeDecodeError):
        body.decode("euc_kr")
    decoded = decode_page(body, http_charset="euc-kr")
    assert f"{syllable} 관련 예산 2억원" in decoded.text
    assert (decoded.encoding, decoded.source) == ("cp949", "http")


def test_http_charset_wins_over_meta_when_it_decodes() -> None:
    body = page(STORY, '<meta charset="utf-8">').encode("cp949")
    decoded = decode_page(body, http_charset="euc-kr")
    assert STORY in decoded.text
    assert (decoded.encoding, decoded.source) == ("cp949", "http")


def test_meta_wins_when_http_charset_fails_strictly() -> None:
    body = page(STORY, '<meta charset="euc-kr">').encode("cp949")
    decoded = decode_page(body, http_charset="utf-8")
    assert STORY in decoded.text
    assert (decoded.encoding, decoded.source) == ("cp949", "meta")


def test_server_default_latin1_label_on_korean_bytes_is_not_believed() -> None:
    body = page(STORY, '<meta charset="euc-kr">').encode("cp949")
    decoded = decode_page(body, http_charset="ISO-8859-1")
    assert STORY in decoded.text
    assert decoded.encoding == "cp949"


def test_unknown_label_is_ignored() -> None:
    decoded = decode_page(page(STORY).encode("utf-8"), http_charset="x-no-such-charset")
    assert decoded.text == page(STORY)


def test_one_broken_byte_keeps_the_declared_utf8() -> None:
    good = page(STORY * 20, '<meta charset="utf-8">').encode("utf-8")
    broken = good.replace("고용률".encode(), "고용률".encode()[:-1], 1)
    decoded = decode_page(broken)
    assert decoded.encoding == "utf-8"
    assert decoded.source == "fallback"
    assert decoded.text.count("\ufffd") == 1
    assert "3억 5천만 원" in decoded.text


def test_full_width_and_zero_width_characters_are_left_for_textnorm() -> None:
    text = "예산\u3000３억원\u200b을 투입한다.\r\n고용률\u00a067％"
    decoded = decode_page(page(text).encode("utf-8"))
    assert "예산\u3000３억원\u200b을 투입한다.\n고용률\u00a067％" in decoded.text
    assert "\r" not in decoded.text


def test_text_comes_back_nfc() -> None:
    decomposed = "\u1100\u1161\u11a8 예산"  # 각 as conjoining jamo
    decoded = decode_page(page(decomposed).encode("utf-8"))
    assert "각 예산" in decoded.text


@pytest.mark.parametrize(
    ("label", "codec"),
    [
        ("euc-kr", "cp949"),
        ("EUC-KR", "cp949"),
        ("ks_c_5601-1987", "cp949"),
        ("x-windows-949", "cp949"),
        ("windows-949", "cp949"),
        ("KS_C_5601-1987", "cp949"),
        ("korean", "cp949"),
        ("ms949", "cp949"),
        ('"utf-8"', "utf-8"),
        ("UTF8", "utf-8"),
        ("iso-8859-1", "cp1252"),
        ("no-such-thing", None),
        ("", None),
    ],
)
def test_labels(label: str, codec: str | None) -> None:
    assert normalize_label(label) == codec


def test_meta_charset_only_in_the_first_4kb() -> None:
    early = b'<html><head><meta charset="euc-kr">' + b" " * 5000
    late = b"<html><head>" + b" " * 5000 + b'<meta charset="euc-kr">'
    assert meta_charset(early) == "euc-kr"
    assert meta_charset(late) is None
    assert meta_charset(
        b"<META HTTP-EQUIV='Content-Type' CONTENT='text/html; charset=EUC-KR'>"
    ) == ("EUC-KR")


# -- byte-level refusals ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("start", "kind"),
    [
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "a PNG image"),
        (b"\xff\xd8\xff\xe0\x00\x10JFIF", "a JPEG image"),
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3", "a PDF document"),
        (b"PK\x03\x04\x14\x00\x06\x00", "a ZIP archive (or HWPX/Office document)"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1\x00", "an HWP/Office document"),
        (b"GIF89a\x01\x00", "a GIF image"),
        (b"<html>\x00\x00\x01<body>", "NUL bytes"),
    ],
)
def test_binary_data_is_refused(start: bytes, kind: str) -> None:
    assert binary_kind(start + b"rest") == kind
    refusal = page_refusal(start + b"rest")
    assert refusal is not None
    assert refusal.reason == f"binary data ({kind}), not an HTML page"
    assert not refusal.not_article


def test_text_pages_are_not_refused() -> None:
    assert page_refusal(page(STORY).encode("utf-8")) is None
    assert page_refusal(page(STORY).encode("cp949")) is None
    # UTF-16 text holds NUL bytes, behind its BOM.
    assert page_refusal(codecs.BOM_UTF16_LE + page(STORY).encode("utf-16-le")) is None


def test_empty_page_is_not_an_article() -> None:
    for body in (b"", b" \r\n\t "):
        refusal = page_refusal(body)
        assert refusal is not None
        assert refusal.reason == "empty page"
        assert refusal.not_article


def test_oversized_page_is_refused() -> None:
    assert page_refusal(b"<p>" * (MAX_PAGE_BYTES // 3)) is None
    refusal = page_refusal(b"x", size=MAX_PAGE_BYTES + 1)
    assert refusal is not None
    assert "larger than the 10 MB limit" in refusal.reason
    assert not refusal.not_article


# -- the real pages ---------------------------------------------------------------------------


@pytest.mark.skipif(not NATE.exists(), reason=f"corpus page not found: {NATE}")
def test_real_euc_kr_portal_page_decodes_without_a_replacement_character() -> None:
    decoded = decode_page(NATE.read_bytes())
    assert decoded.text.count("\ufffd") == 0
    assert decoded.encoding == "cp949"
    assert "문대통령" in decoded.text or "대통령" in decoded.text


@pytest.mark.skipif(not JEONNAM.is_dir(), reason=f"corpus folder not found: {JEONNAM}")
def test_real_municipal_pages_decode_as_utf8() -> None:
    pages = sorted(JEONNAM.glob("*.html"))
    assert pages
    for path in pages:
        decoded = decode_page(path.read_bytes())
        assert decoded.encoding == "utf-8", path.name
        assert decoded.text.count("\ufffd") == 0, path.name
        assert any("\uac00" <= ch <= "\ud7a3" for ch in decoded.text), path.name
