"""The trend chart as SVG, written here rather than by a plotting library: two series (목표 and
실적) over years is a few dozen elements, and written by hand each point can carry its year,
value and source article (a tooltip and a link), which the desk and the browser tests use.
The same function draws `sutja trend --plot FILE.svg` and the desk's chart."""

from __future__ import annotations

import math
from decimal import Decimal
from html import escape
from typing import Any

from pipeline.display import format_value
from pipeline.trend import TrendPoint, TrendRow

WIDTH, HEIGHT = 720, 360
_LEFT, _RIGHT, _TOP, _BOTTOM = 110, 24, 48, 56
FONT = "'Noto Sans CJK KR', 'Noto Sans KR', 'Apple SD Gothic Neo', 'Malgun Gothic', sans-serif"
#: role → (label, colour, dash pattern)
SERIES = {"target": ("목표", "#d9480f", "6 4"), "achieved": ("실적", "#1864ab", "")}


def _nice_step(span: float, ticks: int = 5) -> float:
    raw = span / ticks if span > 0 else 1.0
    power = 10 ** math.floor(math.log10(raw))
    return next(m * power for m in (1, 2, 2.5, 5, 10) if m * power >= raw)


def _range(values: list[Decimal]) -> tuple[float, float, float]:
    lo, hi = float(min(values)), float(max(values))
    if lo == hi:
        lo, hi = lo - abs(lo) * 0.1 - 1, hi + abs(hi) * 0.1 + 1
    step = _nice_step(hi - lo)
    lo = math.floor(lo / step) * step
    hi = math.ceil(hi / step) * step
    if lo < 0 <= float(min(values)):
        lo = 0.0
    return lo, hi, step


def trend_svg(rows: list[TrendRow], title: str, link_prefix: str | None = None) -> str:
    """An SVG document: one point per year and series, joined by lines. With `link_prefix`,
    each point links to `{link_prefix}{article_id}#f{figure_id}` (the desk's article view)."""
    out = [
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {WIDTH} {HEIGHT}" '
        f'width="{WIDTH}" height="{HEIGHT}" role="img" aria-label="{escape(title)}" '
        f'class="trend-chart" font-family="{FONT}" font-size="13">',
        f'<rect width="{WIDTH}" height="{HEIGHT}" fill="#fff"/>',
        f'<text x="{WIDTH / 2}" y="26" text-anchor="middle" font-size="16" '
        f'font-weight="bold">{escape(title)}</text>',
    ]
    points = [(r.year, role, p) for r in rows for role, p in _points(r)]
    if not points:
        out.append(
            f'<text x="{WIDTH / 2}" y="{HEIGHT / 2}" text-anchor="middle">자료가 없습니다</text>'
        )
        return "\n".join([*out, "</svg>"])
    unit = points[0][2].unit
    years = [r.year for r in rows]
    first, last = min(years), max(years)
    lo, hi, step = _range([p.value for _, _, p in points])
    plot_w, plot_h = WIDTH - _LEFT - _RIGHT, HEIGHT - _TOP - _BOTTOM

    def x(year: int) -> float:
        return _LEFT + (plot_w / 2 if first == last else (year - first) / (last - first) * plot_w)

    def y(value: Decimal | float) -> float:
        return _TOP + plot_h - (float(value) - lo) / (hi - lo) * plot_h

    tick = lo
    while tick <= hi + step / 2:
        label = format_value(Decimal(str(round(tick, 6))).normalize(), unit)
        out.append(
            f'<line x1="{_LEFT}" x2="{WIDTH - _RIGHT}" y1="{y(tick):.1f}" y2="{y(tick):.1f}" '
            f'stroke="#dee2e6"/><text x="{_LEFT - 8}" y="{y(tick) + 4:.1f}" '
            f'text-anchor="end" fill="#495057">{escape(label)}</text>'
        )
        tick += step
    for year in range(first, last + 1):
        out.append(
            f'<text x="{x(year):.1f}" y="{HEIGHT - _BOTTOM + 22}" text-anchor="middle" '
            f'fill="#495057">{year}년</text>'
        )
    for role, (label, colour, dash) in SERIES.items():
        series = [(year, p) for year, r, p in points if r == role]
        if len(series) > 1:
            path = " ".join(f"{x(year):.1f},{y(p.value):.1f}" for year, p in series)
            out.append(
                f'<polyline points="{path}" fill="none" stroke="{colour}" stroke-width="2" '
                f'stroke-dasharray="{dash}"/>'
            )
        out.append(f'<g class="series {role}" data-label="{label}">')
        for year, p in series:
            tip = f"{year}년 {label} {format_value(p.value, p.unit)} — {p.title or ''}"
            dot = (
                f'<circle class="point {role}" data-year="{year}" data-value="{p.value}" '
                f'cx="{x(year):.1f}" cy="{y(p.value):.1f}" r="5" fill="{colour}" '
                f'stroke="#fff" stroke-width="1.5"><title>{escape(tip)}</title></circle>'
            )
            if link_prefix is not None:
                href = f"{link_prefix}{p.article_id}#f{p.figure_id}"
                dot = f'<a href="{escape(href)}">{dot}</a>'
            out.append(dot)
        out.append("</g>")
    for i, (label, colour, dash) in enumerate(SERIES.values()):
        lx = _LEFT + i * 90
        out.append(
            f'<line x1="{lx}" x2="{lx + 24}" y1="{HEIGHT - 14}" y2="{HEIGHT - 14}" '
            f'stroke="{colour}" stroke-width="2" stroke-dasharray="{dash}"/>'
            f'<text x="{lx + 30}" y="{HEIGHT - 10}">{label}</text>'
        )
    return "\n".join([*out, "</svg>"])


def _points(row: TrendRow) -> list[tuple[str, TrendPoint]]:
    return [(role, p) for role in SERIES if (p := getattr(row, role)) is not None]


#: Fonts with Hangul that matplotlib may find, best first (Debian's fonts-noto-cjk provides the
#: first; Windows and macOS have the later ones).
_PNG_FONTS = ("Noto Sans CJK KR", "Noto Sans CJK JP", "Noto Sans KR", "NanumGothic",
              "Malgun Gothic", "AppleGothic", "Apple SD Gothic Neo")  # fmt: skip


def trend_png(rows: list[TrendRow], title: str) -> bytes:
    """The same chart as `trend_svg` (same series, colours and labels) as a PNG, drawn by
    matplotlib: rasterising text, Hangul included, is what a plotting library is for."""
    import matplotlib

    matplotlib.use("Agg")
    from matplotlib import font_manager
    from matplotlib import pyplot as plt

    installed = {f.name for f in font_manager.fontManager.ttflist}
    fonts = [f for f in _PNG_FONTS if f in installed]
    with plt.rc_context({"font.family": [*fonts, "sans-serif"]}):
        fig, ax = plt.subplots(figsize=(WIDTH / 100, HEIGHT / 100), dpi=100)
        try:
            return _draw_png(fig, ax, rows, title)
        finally:
            plt.close(fig)


def _draw_png(fig: Any, ax: Any, rows: list[TrendRow], title: str) -> bytes:
    import io

    ax.set_title(title)
    unit = ""
    for role, (label, colour, dash) in SERIES.items():
        series = [(r.year, p) for r in rows if (p := getattr(r, role)) is not None]
        if series:
            unit = series[0][1].unit
            ax.plot(
                [year for year, _ in series],
                [float(p.value) for _, p in series],
                color=colour,
                marker="o",
                linestyle="--" if dash else "-",
                label=label,
            )
    if rows:
        ax.set_xticks(
            range(rows[0].year, rows[-1].year + 1),
            [f"{y}년" for y in range(rows[0].year, rows[-1].year + 1)],
        )
        ax.yaxis.set_major_formatter(
            lambda v, _pos: format_value(Decimal(str(round(v, 6))).normalize(), unit)
        )
        ax.legend()
    else:
        ax.text(0.5, 0.5, "자료가 없습니다", ha="center", transform=ax.transAxes)
    ax.grid(axis="y", color="#dee2e6")
    fig.tight_layout()
    buffer = io.BytesIO()
    fig.savefig(buffer, format="png")
    return buffer.getvalue()
