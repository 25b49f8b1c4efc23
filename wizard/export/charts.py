"""Chart data for the deck, all vector: plain numbers for HTML/CSS bars, and one inline SVG.

Labels that may be in Thai, Khmer, Lao or Burmese never go into SVG ``<text>`` (WeasyPrint draws SVG text
glyph by glyph, which breaks those scripts): the SVG cash-flow chart carries only digits we format
ourselves, and every user-written label is placed in HTML beside the shapes.
"""

from __future__ import annotations

import html
import math
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from babel.numbers import format_compact_decimal
from markupsafe import Markup

from wizard.export.layout import fit_lines
from wizard.model import KPI, FundingSource, FundingStatus, Risk, RoadmapPhase

if TYPE_CHECKING:
    from wizard.export.numbers import Numbers

_ZERO = Decimal(0)


def _pct(part: float, whole: float) -> float:
    # Rounded down, so that shares laid side by side never add up to more than the full width.
    return math.floor(10000.0 * part / whole) / 100 if whole else 0.0


# --- KPIs -------------------------------------------------------------------------------------------


def kpi_row(k: KPI, n: Numbers) -> dict[str, Any]:
    """One KPI as a pair of bars on its own scale (baseline and target), with labels for HTML."""
    base = float(k.baseline) if k.baseline is not None else None
    target = float(k.target) if k.target is not None else None
    scale = max(abs(base or 0.0), abs(target or 0.0)) or 1.0
    unit = k.unit.strip()
    change = ""
    if base is not None and target is not None and base != 0:
        delta = (target - base) / abs(base)
        change = ("+" if delta > 0 else "−" if delta < 0 else "±") + n.percent(Decimal(str(abs(round(delta * 100, 2)))))
    return {
        "name": k.name.strip() or "(unnamed KPI)",
        "unit": unit,
        "baseline": n.number(k.baseline) if k.baseline is not None else "–",
        "baseline_year": str(k.baseline_year or ""),
        "target": n.number(k.target) if k.target is not None else "–",
        "target_year": str(k.target_year or ""),
        "base_pct": _pct(abs(base or 0.0), scale),
        "target_pct": _pct(abs(target or 0.0), scale),
        "change": change,
        "source": k.baseline_source.strip(),
    }


# --- financial case ----------------------------------------------------------------------------------


def _nice_step(span: float, ticks: int = 4) -> float:
    raw = span / ticks
    magnitude = 10 ** math.floor(math.log10(raw)) if raw > 0 else 1
    for factor in (1, 2, 2.5, 5, 10):
        if factor * magnitude >= raw:
            return factor * magnitude
    return 10 * magnitude


def cashflow_chart(results: Any, n: Numbers, accent: str = "#0F6E8C") -> dict[str, Any]:
    """Revenue up, capex and opex down (stacked), net cash flow as a line: one SVG, digits only in it."""
    years = list(results.years)
    revenue = [float(v) for v in results.revenue]
    capex = [float(v) for v in results.capex]
    opex = [float(v) for v in results.opex]
    net = [float(v) for v in results.net]
    lines = years
    top = max([*revenue, *net, 0.0])
    bottom = min([*(-c - o for c, o in zip(capex, opex)), *net, 0.0])
    span = (top - bottom) or 1.0
    step = _nice_step(span)
    top = math.ceil(top / step) * step if top > 0 else 0.0
    bottom = math.floor(bottom / step) * step if bottom < 0 else 0.0
    span = (top - bottom) or 1.0

    width, height = 800.0, 280.0
    left, right, upper, lower = 64.0, 12.0, 10.0, 26.0
    plot_w, plot_h = width - left - right, height - upper - lower

    def y(value: float) -> float:
        return upper + (top - value) / span * plot_h

    slot = plot_w / max(len(lines), 1)
    bar = min(slot * 0.62, 48.0)
    parts: list[str] = [f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width:.0f} {height:.0f}" '
                        f'width="{width:.0f}" height="{height:.0f}" class="chart-svg">']
    tick = bottom
    while tick <= top + step / 2:
        ty = y(tick)
        label = html.escape(format_compact_decimal(tick, locale=n.compact_locale, fraction_digits=1))
        stroke = "#8A96A3" if abs(tick) < step / 1000 else "#E3E7EB"
        parts.append(f'<line x1="{left:.1f}" y1="{ty:.1f}" x2="{width - right:.1f}" y2="{ty:.1f}" stroke="{stroke}" stroke-width="1"/>')
        parts.append(f'<text x="{left - 8:.1f}" y="{ty + 4:.1f}" text-anchor="end" font-family="Inter" font-size="11" fill="#5B6670">{label}</text>')
        tick += step
    zero = y(0.0)
    label_every = max(1, math.ceil(len(lines) / 16))
    points = []
    for i, year in enumerate(years):
        cx = left + slot * (i + 0.5)
        x0 = cx - bar / 2
        if revenue[i] > 0:
            parts.append(f'<rect x="{x0:.1f}" y="{y(revenue[i]):.1f}" width="{bar:.1f}" height="{zero - y(revenue[i]):.1f}" fill="{accent}"/>')
        if capex[i] > 0:
            parts.append(f'<rect x="{x0:.1f}" y="{zero:.1f}" width="{bar:.1f}" height="{y(-capex[i]) - zero:.1f}" fill="#23313F"/>')
        if opex[i] > 0:
            parts.append(f'<rect x="{x0:.1f}" y="{y(-capex[i]):.1f}" width="{bar:.1f}" height="{y(-capex[i] - opex[i]) - y(-capex[i]):.1f}" fill="#A9B3BC"/>')
        points.append(f"{cx:.1f},{y(net[i]):.1f}")
        if i % label_every == 0:
            parts.append(f'<text x="{cx:.1f}" y="{height - 8:.1f}" text-anchor="middle" font-family="Inter" '
                         f'font-size="11" fill="#5B6670">{int(year or 0)}</text>')
    if len(points) > 1:
        parts.append(f'<polyline points="{" ".join(points)}" fill="none" stroke="#E07A1F" stroke-width="2.5"/>')
    for point in points:
        px, py = point.split(",")
        parts.append(f'<circle cx="{px}" cy="{py}" r="3.2" fill="#E07A1F"/>')
    parts.append("</svg>")
    totals = {
        "capex": n.money(results.total_capex, compact=True),
        "opex": n.money(results.total_opex, compact=True),
        "revenue": n.money(results.total_revenue, compact=True),
    }
    alt = cashflow_alt(years[0], years[-1], totals)
    # The <title> is the chart's alt text in tagged PDF (WeasyPrint reads it for an inline SVG figure).
    parts.insert(1, f"<title>{html.escape(alt)}</title>")
    return {"svg": Markup("".join(parts)), "totals": totals, "first": years[0], "last": years[-1], "alt": alt}


def cashflow_alt(first: Any, last: Any, totals: dict[str, str]) -> str:
    """Alt text for the cash-flow chart: what it shows and its totals, as a screen reader would say them."""
    return (f"Bar chart of yearly cash flows from {first} to {last}: revenue above the line, capital and "
            f"operating costs below it, net cash flow as a line. Totals: capex {totals['capex']}, "
            f"opex {totals['opex']}, revenue {totals['revenue']}.")


def sensitivity_rows(results: Any, n: Numbers) -> list[list[str]]:
    """The sensitivity cases as table rows: case, what changes, NPV, change in NPV, IRR."""
    rows = []
    for case in results.sensitivities:
        change = ""
        if case.npv_change is not None:
            change = ("+" if case.npv_change > 0 else "") + n.money(case.npv_change, compact=True)
        rows.append([case.label, case.description, n.money(case.npv, compact=True) if case.npv is not None else "–",
                     change, n.percent(case.irr) if case.irr is not None else "not defined"])
    return rows


# --- funding -----------------------------------------------------------------------------------------

_STATUS_CLASS = {FundingStatus.COMMITTED: "committed", FundingStatus.IN_DISCUSSION: "discussion",
                 FundingStatus.SOUGHT: "sought"}


def funding_bars(sources: list[FundingSource], n: Numbers) -> dict[str, Any]:
    """One stacked bar of all sources (shaded by status) and a bar per instrument, as HTML widths."""
    total = float(sum((s.amount or _ZERO for s in sources), _ZERO)) or 1.0
    segments = []
    for s in sorted(sources, key=lambda s: -(s.amount or _ZERO)):
        if not s.amount:
            continue
        segments.append({"pct": _pct(float(s.amount), total), "cls": _STATUS_CLASS.get(s.status, "unknown") if s.status else "unknown",
                         "label": fit_lines(s.name.strip() or (s.source_type.label if s.source_type else "Unnamed source"), 64),
                         "amount": n.money(s.amount, compact=True), "share": n.percent(Decimal(str(round(float(s.amount) * 100 / total, 2)))),
                         "japanese": s.japanese})
    by_instrument: dict[str, Decimal] = {}
    for s in sources:
        key = s.instrument.label if s.instrument else "Instrument not stated"
        by_instrument[key] = by_instrument.get(key, _ZERO) + (s.amount or _ZERO)
    largest = float(max(by_instrument.values(), default=_ZERO)) or 1.0
    instruments = [{"label": k, "amount": n.money(v, compact=True), "pct": _pct(float(v), largest)}
                   for k, v in sorted(by_instrument.items(), key=lambda kv: -kv[1])]
    return {"segments": segments, "instruments": instruments}


# --- risks ---------------------------------------------------------------------------------------------


#: The most risk-number chips one cell of the risk matrix shows (the last one becomes "+N" when more).
MATRIX_CELL_CHIPS = 6


def risk_matrix(risks: list[Risk]) -> list[list[dict[str, Any]]]:
    """A 5 x 5 grid, impact 5 at the top, likelihood 1 at the left; each cell lists its risk numbers."""
    grid = []
    for impact in range(5, 0, -1):
        row = []
        for likelihood in range(1, 6):
            score = impact * likelihood
            level = "high" if score >= 15 else "medium" if score >= 6 else "low"
            ids = [i + 1 for i, r in enumerate(risks) if r.likelihood == likelihood and r.impact == impact]
            # A cell has room for about six chips; beyond that it says how many more, so a long register
            # never pushes the matrix off its slide (the register on the next slides lists them all).
            shown = ids if len(ids) <= MATRIX_CELL_CHIPS else ids[:MATRIX_CELL_CHIPS - 1]
            row.append({"ids": shown, "more": len(ids) - len(shown), "level": level})
        grid.append(row)
    return grid


# --- digital roadmap ---------------------------------------------------------------------------------------


def timeline(phases: list[RoadmapPhase]) -> dict[str, Any]:
    """Phases as bars on a shared year axis (positions in % of the width)."""
    starts = [p.start_year for p in phases if p.start_year] + [p.end_year for p in phases if p.end_year]
    if starts:
        first, last = min(starts), max(starts) + 1
    else:
        first = last = 0
    span = max(last - first, 1)
    bars = []
    for p in phases:
        start = p.start_year or p.end_year
        end = (p.end_year or p.start_year or 0) + 1
        if start and first:
            left, width = _pct(start - first, span), max(_pct(end - start, span), 4.0)
            left = min(left, 100.0 - width)
            years = f"{start}–{end - 1}" if end - 1 != start else str(start)
        else:
            left, width, years = 0.0, 100.0, "years not set"
        kind = p.kind.value if p.kind else "unknown"
        bars.append({"name": fit_lines(p.name.strip() or "(unnamed phase)", 56), "kind": kind,
                     "kind_label": p.kind.label if p.kind else "Kind not set", "left": left, "width": width,
                     "years": years, "components": p.components.strip()})
    ticks = []
    if first:
        every = max(1, math.ceil(span / 10))
        for year in range(first, last + 1, every):
            ticks.append({"year": year, "left": _pct(year - first, span)})
    return {"bars": bars, "ticks": ticks}


def movement(phases: list[RoadmapPhase]) -> list[str]:
    """The order of heavy and light phases in time, e.g. ['Heavy', 'Light', 'Heavy']."""
    ordered = sorted((p for p in phases if p.kind), key=lambda p: (p.start_year or 9999, p.end_year or 9999))
    steps: list[str] = []
    for p in ordered:
        label = "Heavy" if p.kind and p.kind.value == "heavy" else "Light"
        if not steps or steps[-1] != label:
            steps.append(label)
    return steps
