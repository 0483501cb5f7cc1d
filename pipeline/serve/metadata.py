"""The desk's Datasette metadata: Korean titles and descriptions, each column's English name
in its description, facets, the search index, and canned queries in Korean."""

from __future__ import annotations

from typing import Any

from pipeline.store.query import ASIDE_SECTIONS

#: Datasette's name for the desk database (its file is `sutja.db`).
DATABASE = "sutja"

#: The SQL test that leaves captions and related-article lists out (a fixed list of our own words).
NOT_ASIDE = "section not in ({})".format(", ".join(f"'{s}'" for s in ASIDE_SECTIONS))

FIGURE_COLUMNS = {
    "id": "번호 (id)",
    "org": "기관 (org): 기사를 낸 시·군·도",
    "published_date": "발행일 (published_date): 기사 날짜, 한국 시간",
    "title": "기사 제목 (title)",
    "kind": "종류 (kind): 금액 money, 비율 percent, 개수 count",
    "value": "값 (value): 정확한 값. 화면에는 한국식으로(4,222억 2,000만 원) 보이고, 정렬과 "
    "CSV·JSON 내보내기에는 정확한 값 그대로 쓰입니다",
    "unit": "단위 (unit): KRW(원), %, %p, 개, 명 …",
    "surface": "원문 표기 (surface): 기사에 쓰인 그대로. 누르면 기사에서 그 문장을 보여 줍니다",
    "metric": "지표 (metric): 비율이 재는 것(고용률, 실업률 …)",
    "subject": "대상 (subject): 개수가 세는 것이나 돈이 쓰이는 곳(일자리, 기업 …)",
    "is_target": "목표/실적 (is_target): 1이면 목표·계획, 0이면 실적",
    "year": "연도 (year): 숫자가 가리키는 해(2021년, 올해 → 발행 연도). 없으면 빈칸",
    "trend_year": "추이 연도 (trend_year): 숫자의 연도, 없으면 발행 연도. 추이 그래프의 기준",
    "section": "위치 (section): 제목 title, 부제 subtitle, 요약 lead, 본문 body, "
    "사진 설명 caption, 관련 기사 related",
    "sentence": "문장 (sentence): 숫자가 나온 문장",
    "article_id": "기사 번호 (article_id)",
    "url": "기사 주소 (url)",
    "value_max": "최댓값 (value_max): 범위(3~4명)의 끝 값",
    "approx": "어림값 (approx): 약·여·가량이 붙은 값이면 1",
    "qualifier": "한정어 (qualifier): 이상·미만 등",
    "sentence_id": "문장 번호 (sentence_id)",
    "start": "시작 위치 (start): 위치(section) 글 안의 글자 위치",
    "end": "끝 위치 (end)",
    "position": "순서 (position): 기사 안에서 몇 번째 숫자인지",
}


def metadata() -> dict[str, Any]:
    return {
        "title": "숫자 데스크",
        "description": "보도자료와 지역 기사에서 뽑은 예산 금액, 비율, 개수와 사업명. "
        "숫자마다 기사의 문장이 함께 있습니다.",
        "databases": {
            DATABASE: {
                "title": "숫자 데스크 자료",
                "description": "sutja 저장소를 읽기 전용으로 옮긴 것",
                "tables": {
                    "figures": {
                        "title": "숫자",
                        "description": "기사 속 금액·비율·개수. 검색은 형태소 단위라 "
                        "‘일자리’로 ‘일자리를’, ‘일자리가’도 찾습니다. 사진 설명(caption)의 "
                        "숫자는 위치(section)에 표시됩니다.",
                        "facets": ["org", "kind", "metric", "subject", "year", "section"],
                        "sort_desc": "published_date",
                        "fts_table": "figures_fts",
                        "fts_pk": "id",
                        "label_column": "surface",
                        "columns": FIGURE_COLUMNS,
                    },
                    "articles": {
                        "title": "기사",
                        "description": "기사마다 한 줄. 제목을 누르면 숫자가 표시된 기사를 봅니다.",
                        "facets": ["org", "site"],
                        "sort_desc": "published_date",
                        "label_column": "title",
                        "columns": {
                            "id": "번호 (id)",
                            "title": "제목 (title)",
                            "subtitle": "부제 (subtitle)",
                            "author": "기자 (author)",
                            "org": "기관 (org)",
                            "published_at": "발행 시각 (published_at), 한국 시간",
                            "published_date": "발행일 (published_date)",
                            "url": "주소 (url)",
                            "site": "사이트 (site): 읽은 사이트 프로필",
                            "figures": "숫자 수 (figures)",
                            "programs": "사업명 수 (programs)",
                        },
                    },
                    "sentences": {
                        "title": "문장",
                        "description": "숫자나 사업명이 나온 문장. 형태소 검색.",
                        "facets": ["org", "section"],
                        "fts_table": "sentences_fts",
                        "fts_pk": "id",
                        "label_column": "text",
                        "columns": {
                            "id": "번호 (id)",
                            "article_id": "기사 번호 (article_id)",
                            "org": "기관 (org)",
                            "published_date": "발행일 (published_date)",
                            "title": "기사 제목 (title)",
                            "section": FIGURE_COLUMNS["section"],
                            "start": "시작 위치 (start)",
                            "end": "끝 위치 (end)",
                            "text": "문장 (text)",
                        },
                    },
                    "programs": {
                        "title": "사업명",
                        "description": "기사에 나온 사업·정책 이름",
                        "facets": ["org", "section"],
                        "sort_desc": "published_date",
                        "label_column": "name",
                        "columns": {
                            "name": "사업명 (name)",
                            "org": "기관 (org)",
                            "published_date": "발행일 (published_date)",
                            "title": "기사 제목 (title)",
                            "section": FIGURE_COLUMNS["section"],
                            "sentence": "문장 (sentence)",
                        },
                    },
                    "sections": {
                        "title": "기사 본문",
                        "description": "정리된 기사 글: 제목, 부제, 요약, 본문, 사진 설명",
                        "hidden": False,
                        "columns": {
                            "name": "위치 (name): title, subtitle, lead, body, caption",
                            "position": "순서 (position)",
                            "text": "글 (text)",
                        },
                    },
                    "figures_fts": {"hidden": True},
                    "sentences_fts": {"hidden": True},
                },
                "queries": _queries(),
            }
        },
    }


def _queries() -> dict[str, Any]:
    return {
        "employment_rate_by_org": {
            "title": "기관별 고용률",
            "description": "기관마다 연도별 고용률(목표와 실적). 사진 설명과 관련 기사 목록은 "
            "뺐습니다.",
            "sql": f"""
select org as 기관, trend_year as 연도,
       case is_target when 1 then '목표' else '실적' end as 구분,
       value, unit, surface as 원문, title as 기사, published_date as 발행일, id as figure_id
from figures
where metric = '고용률' and {NOT_ASIDE}
order by org, trend_year, is_target desc, published_date
""".strip(),
        },
        "jobs_target_and_result_by_year": {
            "title": "연도별 일자리 목표와 실적",
            "description": "기관·연도마다 일자리 개수의 목표와 실적. 같은 해에 값이 여럿이면 "
            "목표는 가장 먼저 나온 기사(약속한 값), 실적은 가장 나중에 나온 기사(최종 집계)의 "
            "값이고, 한 기사 안에서는 본문이 제목보다 앞섭니다(sutja trend와 같은 규칙).",
            # the order of pipeline.trend._preference, in SQL
            "sql": f"""
with ranked as (
  select *, row_number() over (
      partition by org, trend_year, is_target
      order by case when is_target = 1 then coalesce(published_date, '9999') end,
               case when is_target = 1 then article_id end,
               case when is_target = 0 then coalesce(published_date, '') end desc,
               case when is_target = 0 then article_id end desc,
               case section when 'body' then 0 when 'lead' then 1 when 'subtitle' then 2
                            when 'title' then 3 else 9 end, position) as n
  from figures
  where subject = '일자리' and kind = 'count' and {NOT_ASIDE}
)
select t.org as 기관, t.trend_year as 연도,
       max(case when is_target = 1 then value end) as 목표,
       max(case when is_target = 0 then value end) as 실적,
       max(unit) as unit,
       max(case when is_target = 1 then title end) as 목표_기사,
       max(case when is_target = 0 then title end) as 실적_기사
from ranked t where n = 1
group by t.org, t.trend_year
order by t.org, t.trend_year
""".strip(),
        },
        "big_money_programs": {
            "title": "금액이 큰 사업",
            "description": "사업명과 같은 문장에 나온 금액, 큰 것부터",
            "sql": f"""
select p.name as 사업명, f.value, f.unit, f.surface as 원문, f.org as 기관,
       f.published_date as 발행일, f.title as 기사, f.id as figure_id
from programs p join figures f on f.sentence_id = p.sentence_id
where f.kind = 'money' and f.{NOT_ASIDE}
order by f.value desc
limit 200
""".strip(),
        },
    }
