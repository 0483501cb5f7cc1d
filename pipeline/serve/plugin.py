"""The desk's Datasette plugin: values the Korean way in every table and canned query, links
from each figure to its sentence in the article, and the desk's own pages (home, article view,
trend chart). Registered by `pipeline.serve.app`, never through an entry point, so installing
sutja does not change other Datasette instances."""

from __future__ import annotations

from decimal import Decimal, InvalidOperation
from typing import Any
from urllib.parse import urlencode

from datasette import hookimpl
from datasette.utils.asgi import Response
from markupsafe import Markup, escape

from pipeline.chart import trend_svg
from pipeline.display import format_exact, format_value
from pipeline.serve.article import KIND_LABELS, SECTION_LABELS, render_sections
from pipeline.serve.metadata import DATABASE, NOT_ASIDE
from pipeline.store.query import ASIDE_SECTIONS
from pipeline.trend import default_kind, trend_rows

#: Columns that hold a figure's value (tables and canned queries), shown the Korean way.
VALUE_COLUMNS = frozenset({"value", "value_max", "목표", "실적"})
#: Columns that show a figure as written and link to it in its article.
SURFACE_COLUMNS = frozenset({"surface", "원문"})
STATIC = "/-/desk"
_EXCLUDE_ASIDE = ",".join(ASIDE_SECTIONS)


def _decimal(value: Any) -> Decimal | None:
    if value is None or value == "":
        return None
    try:
        return Decimal(str(value))
    except InvalidOperation:
        return None


def figure_href(figure_id: Any) -> str:
    return f"/-/figure/{int(figure_id)}"


def figures_href(**filters: str) -> str:
    """The figures table with filters, captions and related lists left out (visibly: Datasette
    shows the section filter above the rows)."""
    return f"/{DATABASE}/figures?" + urlencode({**filters, "section__notin": _EXCLUDE_ASIDE})


@hookimpl
def render_cell(row, value, column, table, database, datasette):
    if database != DATABASE:
        return None
    keys = row.keys()
    if column in VALUE_COLUMNS and "unit" in keys:
        number = _decimal(value)
        if number is None:
            return None
        unit = row["unit"] or ""
        exact = format_exact(number, unit)
        return Markup(
            f'<span class="kvalue" data-exact="{escape(str(value))}" title="정확한 값 '
            f'{escape(exact)}">{escape(format_value(number, unit))}</span>'
        )
    figure_id = (
        row["id"] if table == "figures" else (row["figure_id"] if "figure_id" in keys else None)
    )
    if column in SURFACE_COLUMNS and figure_id is not None:
        return Markup(
            f'<a class="to-article" href="{figure_href(figure_id)}" title="기사에서 이 문장 보기">'
            f"{escape(value)}</a>"
        )
    if column == "section" and value in SECTION_LABELS:
        aside = " aside" if value in ASIDE_SECTIONS else ""
        return Markup(
            f'<span class="section-badge{aside}" data-section="{escape(value)}">'
            f"{SECTION_LABELS[value]}</span>"
        )
    if column == "is_target" and table == "figures":
        return "목표" if value else "실적"
    if column == "kind" and value in KIND_LABELS:
        return KIND_LABELS[value]
    if table == "articles" and column == "title" and value:
        return Markup(f'<a href="/-/article/{int(row["id"])}">{escape(value)}</a>')
    return None


@hookimpl
def extra_css_urls():
    return [f"{STATIC}/desk.css"]


@hookimpl
def extra_js_urls():
    return [f"{STATIC}/desk.js"]


@hookimpl
def register_routes():
    return [
        (r"^/$", home),
        (r"^/-/article/(?P<id>\d+)$", article),
        (r"^/-/figure/(?P<id>\d+)$", figure),
        (r"^/-/trend$", trend),
        (r"^/-/trend\.svg$", trend_chart),
    ]


async def _rows(datasette, sql: str, params: dict | None = None) -> list[dict[str, Any]]:
    result = await datasette.get_database(DATABASE).execute(sql, params or {})
    return [dict(r) for r in result.rows]


async def home(datasette, request):
    orgs = await _rows(
        datasette,
        f"select org, count(*) as n from figures where org is not null and {NOT_ASIDE} "
        "group by org order by n desc, org",
    )
    for org in orgs:
        org["href"] = figures_href(org=org["org"])
        org["trend_href"] = "/-/trend?" + urlencode({"org": org["org"]})
    totals = (
        await _rows(
            datasette,
            "select (select count(*) from articles) as articles, "
            "(select count(*) from figures) as figures, "
            "(select count(*) from programs) as programs",
        )
    )[0]
    queries = datasette.metadata("queries", database=DATABASE) or {}
    return Response.html(
        await datasette.render_template(
            "desk_home.html",
            {
                "orgs": orgs,
                "totals": totals,
                "queries": [
                    {"href": f"/{DATABASE}/{name}", "title": q["title"]}
                    for name, q in queries.items()
                ],
                "search_action": f"/{DATABASE}/figures",
                "exclude_aside": _EXCLUDE_ASIDE,
                "database": DATABASE,
            },
            request=request,
        )
    )


async def figure(datasette, request):
    rows = await _rows(
        datasette, "select article_id from figures where id = :id", {"id": request.url_vars["id"]}
    )
    if not rows:
        return Response.html("<p>그런 숫자가 없습니다.</p>", status=404)
    return Response.redirect(f"/-/article/{rows[0]['article_id']}#f{request.url_vars['id']}")


async def article(datasette, request):
    article_id = int(request.url_vars["id"])
    found = await _rows(datasette, "select * from articles where id = :id", {"id": article_id})
    if not found:
        return Response.html("<p>그런 기사가 없습니다.</p>", status=404)
    art = found[0]
    params = {"id": article_id}
    sections = await _rows(
        datasette, "select * from sections where article_id = :id order by position", params
    )
    figures = await _rows(
        datasette, "select * from figures where article_id = :id order by position", params
    )
    programs = await _rows(
        datasette, "select * from programs where article_id = :id order by position", params
    )
    sentences = await _rows(datasette, "select * from sentences where article_id = :id", params)
    year = int(art["published_date"][:4]) if art.get("published_date") else None
    rendered = render_sections(sections, figures, programs, sentences, year)
    for f in figures:
        f["shown"] = format_value(Decimal(str(f["value"])), f["unit"])
        f["kind_label"] = KIND_LABELS.get(f["kind"], f["kind"])
        f["section_label"] = SECTION_LABELS.get(f["section"], f["section"])
        f["aside"] = f["section"] in ASIDE_SECTIONS
    return Response.html(
        await datasette.render_template(
            "desk_article.html",
            {
                "article": art,
                "main": [s for s in rendered if s["name"] not in ASIDE_SECTIONS],
                "asides": [s for s in rendered if s["name"] in ASIDE_SECTIONS],
                "figures": figures,
                "programs": programs,
                "trend_href": "/-/trend?" + urlencode({"org": art["org"] or ""}),
                "database": DATABASE,
            },
            request=request,
        )
    )


async def _trend(datasette, request) -> dict[str, Any]:
    org = request.args.get("org") or ""
    metric = request.args.get("metric") or ""
    subject = request.args.get("subject") or ""
    if not (metric or subject):
        metric = "고용률"
    kind = request.args.get("kind") or default_kind(metric)
    aside = request.args.get("aside") == "1"
    where = ["org = :org", "kind = :kind"]
    params: dict[str, Any] = {"org": org, "kind": kind}
    if metric:
        where.append("metric = :metric")
        params["metric"] = metric
    else:
        where.append("subject = :subject")
        params["subject"] = subject
    if not aside:
        where.append(NOT_ASIDE)
    figures = await _rows(datasette, f"select * from figures where {' and '.join(where)}", params)
    rows = trend_rows(figures)
    what = metric or subject
    title = f"{org} {what} 추이" if org else f"{what} 추이"
    return {
        "org": org,
        "metric": metric,
        "subject": subject,
        "kind": kind,
        "aside": aside,
        "rows": rows,
        "title": title,
        "svg": trend_svg(rows, title, link_prefix="/-/article/"),
    }


async def trend(datasette, request):
    context = await _trend(datasette, request)
    options = await _rows(
        datasette,
        "select 'org' as field, org as name, count(*) as n from figures where org is not null "
        "group by org union all "
        "select 'metric', metric, count(*) from figures where metric is not null group by metric "
        "union all select 'subject', subject, count(*) from figures where subject is not null "
        "group by subject order by field, n desc, name",
    )
    for field in ("org", "metric", "subject"):
        context[f"{field}_options"] = [o["name"] for o in options if o["field"] == field][:200]
    for row in context["rows"]:
        for role in ("target", "achieved"):
            point = getattr(row, role)
            setattr(row, f"{role}_shown", format_value(point.value, point.unit) if point else "")
    context["chart"] = Markup(context["svg"])
    context["svg_href"] = "/-/trend.svg?" + request.query_string
    context["database"] = DATABASE
    return Response.html(
        await datasette.render_template("desk_trend.html", context, request=request)
    )


async def trend_chart(datasette, request):
    context = await _trend(datasette, request)
    return Response(context["svg"], content_type="image/svg+xml; charset=utf-8")
