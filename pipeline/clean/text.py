"""Plain text → an `Article`: the line rules for a crawled article's text.

`clean_text` reads a crawled article line by line (after `normalize_text`). The rules, with the
patterns themselves kept as data in `furniture.toml`:

- Title: the one the input gives (JSONL, or the `제목:` line of a `본문:` header), cleaned of
  site residue (`새글`, `NEW`, a crawl time in front, ` - 사이트명` at the end); otherwise the first
  substantive line that is not a sentence. Lines repeating the title (exactly, or equal once
  spaces, quotes and punctuation are ignored; also a title broken over two lines) are dropped,
  and short non-sentence lines above the first repeat (menus, department names) go with them.
- Head: before the first body paragraph, `-…` lines are the subtitle (the first one, when it
  directly follows the title) and the lead (the others). Their section texts keep the lines
  as written; `Article.subtitle` / `Article.lead` hold them without the bullet dash.
- Bylines (`김헌규 | 기사입력 2021/02/03 [09:57]`, `… 기자` lines, `입력 : …`, `작성일: …`) are
  dropped after setting `author` / `published_at`; a `[충청투데이 이상복 기자]` prefix or a
  final `이상복 기자` inside a paragraph stays in the text but sets `author`.
- Furniture dropped: `광고`, copyright and 공공누리 notices, attachment lines and file names,
  `(끝)`, reporter e-mail lines, contact blocks and bracketed contact lines with phone numbers,
  menus and satisfaction surveys, separator lines, lone dates/times/page numbers; a
  `관련기사`/`다른기사보기` line and the non-sentence lines after it; `이전글`/`다음글` links with
  their headline and date; headline + date pairs at the end of the page. Inside a long line,
  text after `다른기사보기`, `기사공유하기`, `저작권자 ©`… is cut, as is a trailing list of links.
- Captions (section `caption`): `사진 설명)` (the next line), `*사진설명 :`, `(사진=…)`,
  `[사진1: …]`, `(… 사진 2장 첨부)`, lines ending in `/○○시 제공` or `제공)`; a caption fused in
  front of the first sentence (`… 임시회 사진. [광양/…] 광양만권…`,
  `경기도청 전경. 경기도 제공 …`); inside a paragraph, a sentence carrying a press-photo
  credit (`사진은 …. 2026.1.15 /연합뉴스`).
  A line starting with `▲`/`△` is a caption only when it reads like a photo note — it
  mentions 사진, carries a credit (`©…`, `(사진=…)`, `/…제공`, `제공)`), or describes a picture
  (`전경`, `기념촬영`, `포즈`, `… 모습`, positions such as `왼쪽부터`). Otherwise it is a list
  bullet of the body (`▲청년 일자리 1천명`), and so is a line holding several bullets
  (`▲ 청년센터 2억원 ▲ 사진 동아리 3천만원`). Trailing credits (`©김헌규`) are cut from captions.
- Repeats: a paragraph repeating an earlier one verbatim is dropped, and so is a whole story
  repeated inside one long line (the first copy is kept).
- `published_at`: the input's value (ISO, `2025-12-13T16:51:47.802+00:00`; a date alone is
  midnight), else a visible byline/`입력`/`등록일`/`승인` line; always Asia/Seoul.
- `org`: the `○○시`/`○○군`/`○○구`/`○○도`/`○○교육청` (or `○○구청`) opening the title, else the one
  that is the subject of the first body sentence (`단양군이 …`), else None.

Removing real body text is worse than leaving some furniture, so every rule is written to miss
rather than to over-reach: a line that reads like a sentence (`…다.`) ends every skipping zone.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime

from pipeline.clean.rules import (
    MAX_FURNITURE_LINE,
    RULES,
    VISIBLE_DATE,
    NotAnArticle,
    clean_title,
    datetime_from_match,
    find_org,
    is_prose,
    matches_furniture,
    parse_published_at,
    squeeze_spaces,
    strip_credit,
)
from pipeline.clean.textnorm import fold_for_compare, normalize_text
from schemas.records import Article, Section

_DASH_LINE = re.compile(r"^[-–—―ㅡ]+\s*(?=\S)")
_DASH_TRIM = re.compile(r"^[-–—―ㅡ]+\s*|\s*[-–—―ㅡ]+$")
_DATE_ONLY = re.compile(
    r"^\d{4}\s*[-./]\s*\d{1,2}\s*[-./]\s*\d{1,2}\.?(\s*\[?\d{1,2}:\d{2}(:\d{2})?\]?)?$"
)
_TIME_ONLY = re.compile(r"^\d{1,2}:\d{2}(:\d{2})?$")
_BYLINE_PIPE = re.compile(
    r"^(?P<name>[가-힣]{2,4})(?:\s*(?:기자|특파원))?\s*\|\s*(?:기사\s*)?(?:입력|등록|작성)"
)
_BYLINE_REPORTER = re.compile(
    r"^(?:\[?[가-힣A-Za-z]{2,10}\]?\s+)?(?P<name>[가-힣]{2,4})\s*(?:기자|특파원|통신원)"
    r"(?:\s*[\w.+-]+@[\w-]+(?:\.[\w-]+)+)?$"
)
# A byline's date label opens the line (after a "name |" or "작성자: …" part), never a bullet
# inside the body such as "▲ 등록 2026년 1월 5일~".
_DATE_LABEL = re.compile(
    r"^(?:[가-힣]{2,4}\s*(?:기자|특파원)?\s*[|│]\s*|작성자\s*[:：]\s*\S+\s+)?"
    r"(?:기사\s*입력|입력|등록\s*일시?|최종\s*수정|수정|승인|작성\s*일|발행\s*일|게재\s*일|송고)"
    r"\s*(?:시간)?\s*[:：]?\s*(?=\d{4}\s*[-./년])"
)
_NAME_IN_BRACKET = re.compile(r"\[(?:[^\]\s]+\s+)?(?P<name>[가-힣]{2,4})\s*(?:기자|특파원)\]")
_NAME_AT_END = re.compile(r"(?:^|[.!?\"”]\s+)(?P<name>[가-힣]{2,4})\s*(?:기자|특파원)$")
_NOT_A_NAME = re.compile(r"(뉴스|일보|신문|방송|데일리|타임즈|타임스|저널|투데이|경제|닷컴)$")
_END_MARK = re.compile(r"\s*(\(끝\)|<끝>|〈끝〉|\[끝\]|-끝-)\s*$")
_URL = re.compile(r"https?://\S+")
_SENTENCE_END = re.compile(r"(다|요)[.?!][\"”’'」』)]*(?=\s)")


# --------------------------------------------------------------------------- text cleaning


@dataclass
class _Header:
    title: str | None = None
    url: str | None = None
    published_at: str | None = None
    author: str | None = None


_HEADER_KEYS = {
    "제목": "title",
    "URL": "url",
    "url": "url",
    "발행일": "published_at",
    "기자": "author",
}
_HEADER_START = re.compile(r"^\s*(?:[=\-]{3,}\s*\n\s*)*제목\s*:")
_BODY_MARK = re.compile(r"^본문\s*:\s*", re.MULTILINE)


def split_header(text: str) -> tuple[_Header, str]:
    """Split a `제목:/신문사:/…/본문:` header from the text; (empty header, text) when absent."""
    if not _HEADER_START.match(text):
        return _Header(), text
    mark = _BODY_MARK.search(text)
    if mark is None:
        return _Header(), text
    header = _Header()
    for line in text[: mark.start()].split("\n"):
        key, sep, value = line.partition(":")
        attr = _HEADER_KEYS.get(key.strip())
        if sep and attr and value.strip():
            setattr(header, attr, value.strip())
    return header, text[mark.end() :]


@dataclass
class _State:
    title: str | None
    title_key: str | None
    subtitle: str | None = None
    leads: list[str] = field(default_factory=list)
    body: list[str] = field(default_factory=list)
    captions: list[str] = field(default_factory=list)
    author: str | None = None
    published: datetime | None = None
    in_head: bool = True
    after_title: bool = True
    related_zone: bool = False
    expect_headline: bool = False
    caption_next: bool = False


def clean_text(
    text: str,
    *,
    source: str,
    external_id: str | None = None,
    url: str | None = None,
    title: str | None = None,
    published_at: str | None = None,
) -> Article:
    """Clean a plain-text article (see the module docstring for the rules).

    Raises NotAnArticle when nothing of an article is left: empty or whitespace-only text, or
    text made only of page furniture.
    """
    text = normalize_text(text)
    header, text = split_header(text)
    title = title or header.title
    url = url or header.url
    published_at = published_at or header.published_at
    if not text.strip():
        raise NotAnArticle("empty text")

    given_title = clean_title(title) if title and title.strip() else None
    state = _State(title=given_title, title_key=_title_key(given_title))
    if header.author and not _NOT_A_NAME.search(header.author):
        state.author = header.author

    lines = [line.strip() for line in text.split("\n")]
    lines = [line for line in lines if line]
    prose_after = _prose_after(lines)
    skip = 0
    for i, line in enumerate(lines):
        if skip:
            skip -= 1
            continue
        skip = _take_line(state, lines, i, line, prose_after[i])

    body = _dedupe_paragraphs(state, state.body)
    if not body:
        raise NotAnArticle("no article text left after removing page furniture")
    for paragraph in body[:3]:
        _author_from_paragraph(state, paragraph)
    _author_from_paragraph(state, body[-1])

    captions = list(dict.fromkeys(c for c in state.captions if c))
    published = parse_published_at(published_at) if published_at else None
    sections = _sections(state, body, captions)
    return Article(
        source=source,
        sections=sections,
        external_id=external_id,
        url=url,
        title=state.title,
        subtitle=_DASH_TRIM.sub("", state.subtitle) if state.subtitle else None,
        lead=[_DASH_TRIM.sub("", lead) for lead in state.leads],
        author=state.author,
        published_at=published or state.published,
        org=find_org(state.title, body),
    )


def _title_key(title: str | None) -> str | None:
    return fold_for_compare(title) if title else None


def _prose_after(lines: list[str]) -> list[bool]:
    """prose_after[i]: does any line after i read like article text?"""
    result = [False] * len(lines)
    seen = False
    for i in range(len(lines) - 1, -1, -1):
        result[i] = seen
        seen = seen or is_prose(lines[i])
    return result


def _take_line(state: _State, lines: list[str], i: int, line: str, prose_later: bool) -> int:
    """Classify one line into the state; return how many following lines it consumed."""
    line, opens_related = _cut_inline(line)
    if opens_related:
        state.related_zone = True
    if not line:
        return 0
    if state.related_zone:
        if not is_prose(line):
            return 0
        state.related_zone = False
    if any(p.match(line) for p in RULES.related):
        state.related_zone = True
        return 0
    if _prev_next(state, line):
        return 0
    if _DATE_ONLY.match(line) or _TIME_ONLY.match(line):
        _drop_trailing_headline(state, prose_later)
        return 0
    if _byline(state, line):
        state.after_title = False
        return 0
    if matches_furniture(line):
        return 0
    if state.caption_next:
        state.caption_next = False
        state.captions.append(strip_credit(line))
        return 0
    if RULES.caption_label.match(line):
        state.caption_next = True
        return 0
    consumed = _title_repeat(state, lines, i, line)
    if consumed is not None:
        return consumed
    if _is_caption_line(line) or (
        state.in_head and len(line) <= MAX_FURNITURE_LINE and RULES.head_photo.search(line)
    ):
        state.captions.append(strip_credit(line))
        state.after_title = False
        return 0
    if state.title is None and state.in_head and _is_title_candidate(line):
        state.title = clean_title(line)
        state.title_key = _title_key(state.title)
        state.after_title = True
        return 0
    if state.in_head and _DASH_LINE.match(line) and not is_prose(line):
        _head_dash_line(state, line)
        return 0
    _body_line(state, line)
    return 0


def _cut_inline(line: str) -> tuple[str, bool]:
    """Cut page furniture that follows a marker inside a line; True when a link list opens."""
    line = _drop_inline_repeat(line)
    cut_at, opens_related = None, False
    for marker in RULES.cut_after:
        at = line.find(marker)
        if at != -1 and (cut_at is None or at < cut_at):
            squeezed = squeeze_spaces(marker)
            cut_at, opens_related = at, "관련기사" in squeezed or "기사보기" in squeezed
    if cut_at is not None:
        line = line[:cut_at].rstrip()
        line = RULES.trailing_email.sub("", line).rstrip()
    line = _END_MARK.sub("", line)
    return _cut_link_list(line), opens_related


def _cut_link_list(line: str) -> str:
    """Drop a trailing run of `headline https://…` items (a related-article list)."""
    urls = list(_URL.finditer(line))
    if len(urls) < 2:
        return line
    first = urls[0].start()
    ends = [m.end() for m in _SENTENCE_END.finditer(line, 0, first)]
    if not ends:
        return line
    tail = line[ends[-1] :]
    if len(_URL.findall(tail)) < 2 or is_prose(_URL.sub("", tail).strip()):
        return line
    return line[: ends[-1]].rstrip()


def _prev_next(state: _State, line: str) -> bool:
    """이전글/다음글 links: the label line, the headline after a bare label, and (via the
    lone-date rule) its date."""
    if state.expect_headline:
        state.expect_headline = False
        if not is_prose(line) and len(line) <= 120:
            return True
    match = RULES.prev_next.match(line)
    if match is None:
        return False
    rest = line[match.end() :]
    if not rest:
        state.expect_headline = True
        return True
    return not is_prose(rest) and len(rest) <= 120


def _drop_trailing_headline(state: _State, prose_later: bool) -> None:
    """A headline followed by a lone date, with no article text after it, links elsewhere."""
    if state.body and not prose_later:
        last = state.body[-1]
        if not is_prose(last) and len(last) <= 120:
            state.body.pop()


def _byline(state: _State, line: str) -> bool:
    if len(line) > 120 or is_prose(line):
        return False
    pipe = _BYLINE_PIPE.match(line)
    reporter = _BYLINE_REPORTER.match(line)
    label = _DATE_LABEL.match(line)
    if not (pipe or reporter or label):
        return False
    name_match = pipe or reporter
    if name_match and state.author is None and not _NOT_A_NAME.search(name_match["name"]):
        state.author = name_match["name"]
    if state.published is None:
        dated = VISIBLE_DATE.search(line, label.end() if label else 0)
        if dated:
            state.published = datetime_from_match(dated)
    return True


def _title_repeat(state: _State, lines: list[str], i: int, line: str) -> int | None:
    """Drop a line (or two lines) repeating the title; None when it is not a repeat."""
    if state.title_key is None:
        return None
    key = fold_for_compare(line)
    if key != state.title_key and abs(len(key) - len(state.title_key)) <= 20:
        key = fold_for_compare(clean_title(line))
    consumed = None
    if key == state.title_key:
        consumed = 0
    elif (
        i + 1 < len(lines)
        and state.title_key.startswith(key)
        and len(key) >= 4
        and fold_for_compare(line + lines[i + 1]) == state.title_key
    ):
        consumed = 1
    if consumed is None:
        return None
    # Menus and department names above the headline copy are page chrome.
    if state.body and all(not is_prose(p) and len(p) <= 40 for p in state.body):
        state.body.clear()
        state.in_head = True
    state.after_title = True
    return consumed


def _is_caption_line(line: str) -> bool:
    if len(line) > MAX_FURNITURE_LINE:
        return False
    if line[0] in "▲△":
        # "▲ … ▲ …": several bullets on one line are a list, whatever they mention
        bullets = line.count("▲") + line.count("△")
        return bullets == 1 and any(p.search(line) for p in RULES.photo_note)
    if any(p.search(line) for p in RULES.captions):
        return True
    # A short credit line such as "경기도청 전경. 경기도 제공".
    return len(line) <= 80 and line.endswith(" 제공") and not is_prose(line)


def _is_title_candidate(line: str) -> bool:
    return 5 <= len(line) <= 150 and not is_prose(line) and bool(re.search(r"[가-힣A-Za-z]", line))


def _head_dash_line(state: _State, line: str) -> None:
    key = fold_for_compare(line)
    known = [state.subtitle, *state.leads] if state.subtitle else state.leads
    if any(fold_for_compare(k) == key for k in known):
        return
    if state.subtitle is None and not state.leads and state.after_title:
        state.subtitle = line
    else:
        state.leads.append(line)
    state.after_title = False


def _body_line(state: _State, line: str) -> None:
    first = not state.body
    state.in_head = False
    state.after_title = False
    if first:
        line = _fused_caption(state, line)
    line = _inline_captions(state, line)
    if line:
        state.body.append(line)


def _fused_caption(state: _State, line: str) -> str:
    """`… 임시회 사진. [광양/전라도뉴스] 광양만권…` → caption `… 임시회 사진.`, body the rest."""
    match = _FUSED_PREFIX.match(line)
    if match is None:
        return line
    state.captions.append(strip_credit(match["cap"]))
    return match["rest"]


_FUSED_PREFIX = re.compile(
    r"^(?P<cap>(?:(?!다\.).){4,200}?" + RULES.fused_prefix_end + r")\s+(?P<rest>\S.{20,})$"
)
# A photo note inside a paragraph, ending in a press-photo credit: "사진은 …. 2026.1.15 /연합뉴스",
# "… 전동차. /경인일보DB", "… 진행했다. 부산시 제공".
_CREDIT = (
    r"(?:/\s?(?:[가-힣A-Za-z]{2,30}\s?(?:제공|DB)|연합뉴스|뉴시스|뉴스1)"
    r"|[가-힣]{1,20}(?:시|군|구|도|청|원|부|처|단|회|관|터|사|재단|센터|공사|공단)\s제공)"
)
_INLINE_CAPTION = re.compile(
    r"(?:(?<=[.!?\"”]\s)|^)(?P<cap>[^.!?]{5,160}[.)](?:\s?\d{4}\.\s?\d{1,2}\.\s?\d{1,2}\.?)?\s?"
    + _CREDIT
    + r")(?=\s|$)"
)


def _inline_captions(state: _State, line: str) -> str:
    found = list(_INLINE_CAPTION.finditer(line))
    if not found:
        return line
    kept, at = [], 0
    for match in found:
        state.captions.append(match["cap"].strip())
        kept.append(line[at : match.start()])
        at = match.end()
    kept.append(line[at:])
    return re.sub(r"\s{2,}", " ", "".join(kept)).strip()


def _drop_inline_repeat(paragraph: str, probe: int = 60, minimum: int = 200) -> str:
    """A story printed twice inside one line: keep the text up to the end of the first copy."""
    if len(paragraph) < 2 * minimum:
        return paragraph
    tail = paragraph[-probe:]
    at = paragraph.find(tail)
    while at != -1 and at + probe < len(paragraph):
        end = at + probe
        second = paragraph[end:].strip()
        if len(second) >= minimum and paragraph[:end].endswith(second):
            return paragraph[:end].rstrip()
        at = paragraph.find(tail, at + 1)
    return paragraph


def _dedupe_paragraphs(state: _State, paragraphs: list[str]) -> list[str]:
    seen = {fold_for_compare(p) for p in [state.subtitle, *state.leads] if p}
    if state.title_key:
        seen.add(state.title_key)
    kept = []
    for paragraph in paragraphs:
        if not paragraph:
            continue
        key = fold_for_compare(paragraph)
        if key in seen and len(paragraph) >= 20:
            continue
        seen.add(key)
        kept.append(paragraph)
    return kept


def _author_from_paragraph(state: _State, paragraph: str) -> None:
    if state.author is not None:
        return
    match = _NAME_IN_BRACKET.search(paragraph[:200]) or _NAME_AT_END.search(paragraph)
    if match and not _NOT_A_NAME.search(match["name"]):
        state.author = match["name"]


def _sections(state: _State, body: list[str], captions: list[str]) -> list[Section]:
    parts = [
        ("title", state.title),
        ("subtitle", state.subtitle),
        ("lead", "\n".join(state.leads)),
        ("body", "\n".join(body)),
        ("caption", "\n".join(captions)),
    ]
    return [Section(name=name, text=text) for name, text in parts if text]
