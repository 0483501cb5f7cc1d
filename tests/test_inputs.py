"""iter_raw_documents: .txt and .jsonl inputs, bad lines, encodings, folders, missing paths."""

from __future__ import annotations

import json
from pathlib import Path

from pipeline.read.inputs import iter_raw_documents
from schemas.records import Failure, RawDocument

ARTICLE = (
    "서산시, 청년 일자리 300개 창출\n"
    "서산시는 올해 12억원을 들여 청년 일자리 300개를 만든다고 밝혔다.\n"
)


def _write_jsonl(path: Path, lines: list[str]) -> Path:
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_jsonl_bad_lines_fail_and_good_lines_around_them_come_through(tmp_path: Path) -> None:
    good = {
        "id": 7,
        "url": "https://example.go.kr/press/7",
        "title": "서산시, 청년 일자리 300개 창출",
        "published_at": "2026-02-24",
        "text": "서산시는 올해 12억원을 들여<br />청년 일자리 300개를 만든다.",
        "category": "경제",
    }
    path = _write_jsonl(
        tmp_path / "press.jsonl",
        [
            json.dumps(good, ensure_ascii=False),
            "{이것은 JSON이 아니다",
            "",
            '["목록", "아님"]',
            json.dumps({"id": "a-2", "title": "본문 없음", "text": "   "}, ensure_ascii=False),
            json.dumps(
                {"_id": "jmp-9", "content": "당진시는 5억원을 지원한다."}, ensure_ascii=False
            ),
        ],
    )
    items = list(iter_raw_documents([path]))
    assert [type(item) for item in items] == [
        RawDocument,
        Failure,
        Failure,
        Failure,
        RawDocument,
    ]
    first, not_json, array, no_text, other_keys = items
    assert first.source == f"{path}#L1"
    assert first.media_type == "application/jsonl-record"
    assert first.external_id == "7"
    assert first.url == "https://example.go.kr/press/7"
    assert first.title == "서산시, 청년 일자리 300개 창출"
    assert first.published_at == "2026-02-24"
    assert first.body == good["text"]
    assert not_json.source == f"{path}#L2" and "line 2 is not JSON" in not_json.error
    assert array.source == f"{path}#L4" and "not an object" in array.error
    assert no_text.source == f"{path}#L5" and "no non-empty text" in no_text.error
    assert all(f.stage == "read" and not f.not_article for f in (not_json, array, no_text))
    # other corpora's key names: content/body for the text, _id for the id
    assert other_keys.source == f"{path}#L6"
    assert other_keys.external_id == "jmp-9"
    assert other_keys.body == "당진시는 5억원을 지원한다."
    assert other_keys.title is None


def test_jsonl_prefers_text_then_content_then_body(tmp_path: Path) -> None:
    record = {"id": "x", "_id": "y", "body": "본문 셋째", "content": "본문 둘째", "text": ""}
    path = _write_jsonl(tmp_path / "a.jsonl", [json.dumps(record, ensure_ascii=False)])
    (doc,) = iter_raw_documents([path])
    assert isinstance(doc, RawDocument)
    assert doc.body == "본문 둘째"
    assert doc.external_id == "x"


def test_txt_utf8_with_bom_and_cp949(tmp_path: Path) -> None:
    utf8 = tmp_path / "utf8.txt"
    utf8.write_bytes(b"\xef\xbb\xbf" + ARTICLE.encode("utf-8"))
    legacy = tmp_path / "legacy.txt"
    legacy.write_bytes(ARTICLE.encode("cp949"))
    docs = list(iter_raw_documents([utf8, legacy]))
    assert all(isinstance(d, RawDocument) for d in docs)
    assert [d.body for d in docs] == [ARTICLE, ARTICLE]
    assert [d.detected_encoding for d in docs] == ["utf-8-sig", "cp949"]
    assert docs[1].source == str(legacy)
    assert docs[1].media_type == "text/plain"


def test_txt_that_decodes_as_nothing_is_a_failure(tmp_path: Path) -> None:
    broken = tmp_path / "broken.txt"
    broken.write_bytes(b"\xff\xfe\xfd\xfc garbage \x80\x81")
    (failure,) = iter_raw_documents([broken])
    assert isinstance(failure, Failure)
    assert failure.stage == "read"
    assert "UTF-8" in failure.error and "CP949" in failure.error


def test_missing_path_is_a_failure_and_the_rest_goes_on(tmp_path: Path) -> None:
    real = tmp_path / "real.txt"
    real.write_text(ARTICLE, encoding="utf-8")
    missing = tmp_path / "없는파일.jsonl"
    missing_item, real_item = iter_raw_documents([missing, real])
    assert isinstance(missing_item, Failure)
    assert missing_item.error == f"no such file or folder: {missing}"
    assert isinstance(real_item, RawDocument)


def test_named_file_of_unknown_type_is_reported_as_not_article(tmp_path: Path) -> None:
    sheet = tmp_path / "figures.xyz"
    sheet.write_text("a,b\n", encoding="utf-8")
    (failure,) = iter_raw_documents([str(sheet)])
    assert isinstance(failure, Failure)
    assert failure.error == "unsupported file type .xyz"
    assert failure.not_article is True


def test_folders_are_walked_recursively_in_sorted_order(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / "a" / "deep").mkdir(parents=True)
    (tmp_path / ".hidden").mkdir()
    (tmp_path / "b" / "2.txt").write_text("둘째 기사", encoding="utf-8")
    (tmp_path / "a" / "deep" / "1.txt").write_text("첫째 기사", encoding="utf-8")
    _write_jsonl(tmp_path / "a" / "0.jsonl", [json.dumps({"id": 1, "text": "영번째 기사"})])
    (tmp_path / "a" / "notes.md").write_text("무시", encoding="utf-8")
    (tmp_path / "a" / "INDEX.tsv").write_text("id\tfile\n", encoding="utf-8")
    (tmp_path / "a" / ".draft.txt").write_text("숨김", encoding="utf-8")
    (tmp_path / ".hidden" / "x.txt").write_text("숨김", encoding="utf-8")
    docs = list(iter_raw_documents([tmp_path]))
    assert all(isinstance(d, RawDocument) for d in docs)
    assert [d.body for d in docs] == ["영번째 기사", "첫째 기사", "둘째 기사"]
    assert docs[0].source.endswith("a/0.jsonl#L1")


def test_non_utf8_jsonl_line_fails_alone(tmp_path: Path) -> None:
    path = tmp_path / "mixed.jsonl"
    good = json.dumps({"id": 1, "text": "정상 기사"}, ensure_ascii=False).encode("utf-8")
    bad = json.dumps({"id": 2, "text": "깨진 기사"}, ensure_ascii=False).encode("cp949")
    path.write_bytes(good + b"\n" + bad + b"\n" + good + b"\n")
    kinds = [type(item) for item in iter_raw_documents([path])]
    assert kinds == [RawDocument, Failure, RawDocument]
