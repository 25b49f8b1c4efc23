"""Figures of the pitch, all vector, each with alt text written from its data.

The cash-flow chart is one SVG holding only digits we format ourselves; every label a user wrote (names of
funders, phases, milestones) goes in HTML beside or over the shapes, because WeasyPrint draws SVG text
glyph by glyph, which breaks Thai, Khmer, Lao and Burmese.  The structure diagram and the delivery
timeline are positioned HTML boxes over an SVG of connectors; their geometry is decided here, measured
with :mod:`wizard.export.measure`, so that nothing in them can spill: what does not fit is left to the
appendix and counted ("+2 more").
"""

from __future__ import annotations

import html
import math
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from babel.numbers import format_compact_decimal
from markupsafe import Markup

from wizard.export import measure
from wizard.export.measure import Font
from wizard.model import KPI

if TYPE_CHECKING:
    from wizard.export.numbers import Numbers
    from wizard.export.story import Story

_ZERO = Decimal(0)
BOX = Font(13, line_height=1.3)
BOX_BOLD = Font(13, bold=True, line_height=1.3)
BOX_SMALL = Font(12, line_height=1.3)


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
        change = ("+" if delta > 0 else "−" if delta < 0 else "±") + n.percent(Decimal(str(abs(round(delta * 100, 1)))))
    return {
        "name": k.name.strip(),
        "unit": unit,
        "baseline": n.number(k.baseline) if k.baseline is not None else "",
        "baseline_year": str(k.baseline_year or ""),
        "target": n.number(k.target) if k.target is not None else "",
        "target_year": str(k.target_year or ""),
        "base_pct": _pct(abs(base or 0.0), scale),
        "target_pct": _pct(abs(target or 0.0), scale),
        "change": change,
        "source": k.baseline_source.strip(),
    }


# --- cash flows ----------------------------------------------------------------------------------------


def _nice_step(span: float, ticks: int = 4) -> float:
    raw = span / ticks
    magnitude = 10 ** math.floor(math.log10(raw)) if raw > 0 else 1
    for factor in (1, 2, 2.5, 5, 10):
        if factor * magnitude >= raw:
            return factor * magnitude
    return 10 * magnitude


def cashflow_chart(results: Any, n: Numbers, accent: str = "#0F6E8C", width: float = 760.0,
                   height: float = 250.0) -> dict[str, Any]:
    """Revenue up, capex and opex down (stacked), net cash flow as a line: one SVG, digits only in it."""
    years = list(results.years)
    revenue = [float(v) for v in results.revenue]
    capex = [float(v) for v in results.capex]
    opex = [float(v) for v in results.opex]
    net = [float(v) for v in results.net]
    top = max([*revenue, *net, 0.0])
    bottom = min([*(-c - o for c, o in zip(capex, opex)), *net, 0.0])
    span = (top - bottom) or 1.0
    step = _nice_step(span)
    top = math.ceil(top / step) * step if top > 0 else 0.0
    bottom = math.floor(bottom / step) * step if bottom < 0 else 0.0
    span = (top - bottom) or 1.0
    left, right, upper, lower = 64.0, 12.0, 10.0, 24.0
    plot_w, plot_h = width - left - right, height - upper - lower

    def y(value: float) -> float:
        return upper + (top - value) / span * plot_h

    slot = plot_w / max(len(years), 1)
    bar = min(slot * 0.62, 40.0)
    parts: list[str] = [f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width:.0f} {height:.0f}" '
                        f'width="{width:.0f}" height="{height:.0f}" class="chart-svg" role="img">']
    tick = bottom
    while tick <= top + step / 2:
        ty = y(tick)
        label = html.escape(format_compact_decimal(tick, locale=n.compact_locale, fraction_digits=1))
        stroke = "#8A96A3" if abs(tick) < step / 1000 else "#E3E7EB"
        parts.append(f'<line x1="{left:.1f}" y1="{ty:.1f}" x2="{width - right:.1f}" y2="{ty:.1f}" stroke="{stroke}" stroke-width="1"/>')
        parts.append(f'<text x="{left - 8:.1f}" y="{ty + 4:.1f}" text-anchor="end" font-family="Inter" font-size="12" fill="#4A5866">{label}</text>')
        tick += step
    zero = y(0.0)
    label_every = max(1, math.ceil(len(years) / 12))
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
            parts.append(f'<text x="{cx:.1f}" y="{height - 6:.1f}" text-anchor="middle" font-family="Inter" font-size="12" fill="#4A5866">{int(year or 0)}</text>')
    if len(points) > 1:
        parts.append(f'<polyline points="{" ".join(points)}" fill="none" stroke="#E07A1F" stroke-width="2.5"/>')
    for point in points:
        px, py = point.split(",")
        parts.append(f'<circle cx="{px}" cy="{py}" r="3" fill="#E07A1F"/>')
    parts.append("</svg>")
    totals = {
        "capex": n.money(results.total_capex, compact=True),
        "opex": n.money(results.total_opex, compact=True),
        "revenue": n.money(results.total_revenue, compact=True),
        "net": n.money(results.total_net, compact=True) if results.total_net is not None else "",
    }
    peak = max(range(len(years)), key=lambda i: capex[i]) if years else 0
    first_positive = next((years[i] for i, v in enumerate(net) if v > 0), None)
    alt = cashflow_alt(years[0], years[-1], totals, years[peak] if capex and capex[peak] > 0 else None, first_positive)
    parts.insert(1, f"<title>{html.escape(alt)}</title>")
    return {"svg": Markup("".join(parts)), "totals": totals, "first": years[0], "last": years[-1], "alt": alt,
            "width": width, "height": height}


def cashflow_alt(first: Any, last: Any, totals: dict[str, str], peak_capex_year: Any = None,
                 first_positive: Any = None) -> str:
    """Alt text for the cash-flow chart: what it shows and its figures, as a screen reader would say them."""
    text = (f"Bar chart of yearly cash flows from {first} to {last}: revenue above the line, capital and "
            f"operating costs below it, net cash flow as a line. Totals: capex {totals['capex']}, "
            f"opex {totals['opex']}, revenue {totals['revenue']}.")
    if peak_capex_year is not None:
        text += f" Capex peaks in {peak_capex_year}."
    if first_positive is not None:
        text += f" Net cash flow is positive from {first_positive}."
    return text


# --- structure ----------------------------------------------------------------------------------------------


def _box_height(lines_: list[tuple[str, Font]], width: float) -> float:
    return sum(measure.lines(text, width - 16, font) * font.line for text, font in lines_ if text) + 14


def _row_of_boxes(items: list[dict[str, Any]], width: float, limit: float, most: int,
                  content: Any) -> tuple[list[dict[str, Any]], float, float]:
    """As many boxes side by side as fit ``limit`` px high (widest first); (shown, box width, height)."""
    for count in range(min(len(items), most), 0, -1):
        box_w = (width - (count - 1) * 12) / count
        h = max(_box_height(content(item), box_w) for item in items[:count])
        if h <= limit:
            return items[:count], box_w, h
    return [], width, 0.0


def _stack_of_boxes(items: list[dict[str, Any]], width: float, limit: float,
                    content: Any) -> tuple[list[tuple[dict[str, Any], float]], float]:
    shown, used = [], 0.0
    for item in items:
        h = _box_height(content(item), width)
        if used + h + (8 if shown else 0) > limit:
            break
        used += h + (8 if shown else 0)
        shown.append((item, h))
    return shown, used


def structure_diagram(graph: dict[str, Any], width: float = 740.0, height: float = 470.0,
                      label: Any = lambda text: text) -> dict[str, Any]:
    """Who owns, lends, funds, pays: boxes around the project company, with the flows between them.

    ``label`` gives a fixed label as printed (with its Japanese, if any), to measure it.
    """

    def holder(item: dict[str, Any]) -> list[tuple[str, Font]]:
        return [(item["name"], BOX_BOLD), (" · ".join(x for x in (item.get("amount", ""), item.get("share", "")) if x), BOX)]

    def lender(item: dict[str, Any]) -> list[tuple[str, Font]]:
        return [(item["name"], BOX_BOLD), (" · ".join(x for x in (item.get("amount", ""), label(item.get("instrument", "")))
                                                      if x), BOX)]

    def payer(item: dict[str, Any]) -> list[tuple[str, Font]]:
        return [(label(item["name"]), BOX_BOLD), (" · ".join(x for x in (item.get("share", ""), item.get("amount", "")) if x), BOX)]

    label_h = 20.0
    gap = 44.0
    side_w = 220.0
    centre_w = width - 2 * side_w - 2 * 24
    row_a = min(118.0, height * 0.25)
    row_c = min(86.0, height * 0.18)
    delivery_h = 0.0
    delivery_text = ", ".join(d["name"] for d in graph["delivery"])
    if delivery_text:
        delivery_h = min(measure.lines(delivery_text, width, BOX) * BOX.line + label_h + 6, 64.0)
        if measure.lines(delivery_text, width, BOX) * BOX.line + label_h + 6 > 64.0:
            delivery_text, delivery_h = "", 0.0
    holders, holder_w, holder_h = _row_of_boxes(graph["shareholders"], width, row_a, 4, holder)
    payers, payer_w, payer_h = _row_of_boxes(graph["payers"], width, row_c, 5, payer)
    row_a = holder_h if holders else (row_a if graph["shareholders"] else 0.0)
    row_c = payer_h if payers else (row_c if graph["payers"] else 0.0)
    row_b = height - (label_h + row_a) - gap - gap - (label_h + row_c) - delivery_h
    lenders, lenders_h = _stack_of_boxes(graph["lenders"], side_w, row_b - label_h, lender)
    authority = graph["authority"]
    authority_h = _box_height([(authority, BOX_BOLD), (label("Contracting authority"), BOX_SMALL)], side_w) if authority else 0.0
    public, public_h = _stack_of_boxes(graph["public"], side_w, row_b - label_h - (authority_h + 8 if authority else 0), lender)
    company_lines = [(label(graph["company"]), Font(15, bold=True, line_height=1.3))]
    company_h = max(_box_height(company_lines, centre_w) + 8, 64.0)
    top_b = label_h + row_a + gap
    centre_top = top_b + max(0.0, (row_b - company_h) / 2)
    boxes: list[dict[str, Any]] = []
    x = 0.0
    for item in holders:
        boxes.append({"kind": "holder", "x": x, "y": label_h, "w": holder_w, "h": holder_h, "item": item})
        x += holder_w + 12
    y = top_b + label_h
    for item, h in lenders:
        boxes.append({"kind": "lender", "x": 0.0, "y": y, "w": side_w, "h": h, "item": item})
        y += h + 8
    y = top_b + label_h
    if authority:
        boxes.append({"kind": "authority", "x": width - side_w, "y": y, "w": side_w, "h": authority_h,
                      "item": {"name": authority, "japanese": False}})
        y += authority_h + 8
    for item, h in public:
        boxes.append({"kind": "public", "x": width - side_w, "y": y, "w": side_w, "h": h, "item": item})
        y += h + 8
    company = {"x": side_w + 24, "y": centre_top, "w": centre_w, "h": company_h, "name": graph["company"]}
    top_c = top_b + row_b + gap
    x = 0.0
    for item in payers:
        boxes.append({"kind": "payer", "x": x, "y": top_c + label_h, "w": payer_w, "h": payer_h, "item": item})
        x += payer_w + 12
    # Connectors: from each group to the company, each with its amount.
    cx, cy = company["x"] + company["w"] / 2, company["y"] + company["h"] / 2
    arrows = []
    flows = []
    if holders:
        arrows.append((cx, label_h + holder_h, cx, company["y"]))
        flows.append({"label": "Equity", "amount": graph["equity"], "x": cx + 8, "y": label_h + holder_h + 10})
    if lenders:
        arrows.append((side_w, cy, company["x"], cy))
        flows.append({"label": "Debt", "amount": graph["debt"], "x": side_w + 4, "y": cy - 38})
    if public:
        arrows.append((width - side_w, cy + 14, company["x"] + company["w"], cy + 14))
        flows.append({"label": "Grants", "amount": graph["grants"], "x": company["x"] + company["w"] + 4, "y": cy + 20})
    if authority:
        arrows.append((width - side_w, top_b + label_h + authority_h / 2, company["x"] + company["w"], cy - 14))
    if payers:
        arrows.append((cx, top_c + label_h, cx, company["y"] + company["h"]))
        flows.append({"label": "Revenue", "amount": graph["revenue"], "x": cx + 8, "y": company["y"] + company["h"] + 10})
    svg = [f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width:.0f} {height:.0f}" width="{width:.0f}" '
           f'height="{height:.0f}"><defs><marker id="arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" '
           f'markerHeight="7" orient="auto"><path d="M0,0 L10,5 L0,10 z" fill="#4A5866"/></marker></defs>']
    for x1, y1, x2, y2 in arrows:
        svg.append(f'<line x1="{x1:.1f}" y1="{y1:.1f}" x2="{x2:.1f}" y2="{y2:.1f}" stroke="#4A5866" '
                   f'stroke-width="1.6" marker-end="url(#arrow)"/>')
    svg.append("</svg>")
    more = {"holders": len(graph["shareholders"]) - len(holders), "lenders": len(graph["lenders"]) - len(lenders),
            "public": len(graph["public"]) - len(public), "payers": len(graph["payers"]) - len(payers)}
    alt = structure_alt(graph)
    return {"width": width, "height": height, "boxes": boxes, "company": company, "flows": flows,
            "svg": Markup("".join(svg)), "more": more, "alt": alt,
            "labels": {"holders": {"x": 0, "y": 0, "w": width}, "lenders": {"x": 0, "y": top_b, "w": side_w},
                       "right": {"x": width - side_w, "y": top_b, "w": side_w}, "payers": {"x": 0, "y": top_c, "w": width},
                       "delivery": {"x": 0, "y": height - delivery_h, "w": width}},
            "delivery": delivery_text, "show": {"lenders": bool(graph["lenders"]), "right": bool(public or authority),
                                                "holders": bool(graph["shareholders"]), "payers": bool(graph["payers"])}}


def structure_alt(graph: dict[str, Any]) -> str:
    parts = [f"Diagram of the project structure around the {graph['company']}."]
    if graph["shareholders"]:
        parts.append("Shareholders: " + "; ".join(f"{h['name']} {h['amount']} {h['share']}".strip()
                                                 for h in graph["shareholders"]) + ".")
    if graph["lenders"]:
        parts.append("Lenders: " + "; ".join(f"{h['name']} {h['amount']}".strip() for h in graph["lenders"]) + ".")
    if graph["public"]:
        parts.append("Public capital: " + "; ".join(f"{h['name']} {h['amount']}".strip() for h in graph["public"]) + ".")
    if graph["payers"]:
        parts.append("Revenue paid by: " + "; ".join(f"{h['name']} {h['share']}".strip() for h in graph["payers"]) + ".")
    return " ".join(parts)


# --- delivery -----------------------------------------------------------------------------------------------

_GROUPS = (("Preparation", ("study", "permit", "land", "procurement", "financial_close")),
           ("Construction", ("construction",)),
           ("Operation", ("operation",)),
           ("Other milestones", ("other", "")))


def delivery_timeline(story: Story, height: float, width: float = 1160.0) -> dict[str, Any]:
    """A schedule from today to operation: preparation milestones, each phase's build, start of operation.

    One row per item (label on the left, a bar or a diamond on a shared year axis), in the order of the
    path to operation; rows that do not fit are counted, and every milestone is in the appendix.
    """
    gutter = 330.0
    rows: list[dict[str, Any]] = []
    f = story.p.feasibility
    if f.study_status and f.study_year:
        rows.append({"group": "Preparation", "kind": "milestone", "name": "Feasibility study",
                     "note": f.study_status.label, "year": f.study_year, "key": "study", "fixed": True})
    for m in story.milestone_items():
        if not m["year"]:
            continue
        group = next((g for g, kinds in _GROUPS if m["kind"] in kinds), "Other milestones")
        rows.append({"group": group, "kind": "milestone", "name": m["name"] or m["description"], "note": "",
                     "year": m["year"], "key": m["kind"] or "other", "fixed": False})
    for ph in story.phases():
        if ph.start_year or ph.end_year:
            start = ph.start_year or ph.end_year
            end = ph.end_year or ph.start_year
            rows.append({"group": "Construction", "kind": "bar", "name": ph.name.strip(), "note": "",
                         "start": start, "end": end, "key": ph.kind.value if ph.kind else "unknown", "fixed": False})
    order = {g: i for i, (g, _) in enumerate(_GROUPS)}
    rows.sort(key=lambda r: (order[r["group"]], r.get("year") or r.get("start") or 0, r.get("end") or 0))
    today = story.today
    years = [r.get("year") or r.get("start") for r in rows] + [r.get("end") for r in rows if r.get("end")]
    years = [y for y in years if y]
    if not rows or not years:
        return {"rows": [], "ticks": [], "today": None, "more": 0, "alt": "", "groups": []}
    first = min(min(years), today.year)
    last = max(years) + 1
    span = max(last - first, 1)

    def x(value: float) -> float:
        return (value - first) / span * 100

    axis_h = 24.0
    room = height - axis_h
    used = 0.0
    shown = []
    current = None
    for row in rows:
        name = row["name"] + (f" ({row['note']})" if row["note"] else "")
        h = max(1, min(measure.lines(name, gutter - 16, BOX), 3)) * BOX.line + 6
        if measure.lines(name, gutter - 16, BOX) > 3:
            continue  # shown in the appendix's milestone table only
        group_h = 20.0 if row["group"] != current else 0.0
        if used + h + group_h > room:
            break
        if group_h:
            shown.append({"type": "group", "label": row["group"], "h": group_h})
            current = row["group"]
        item = {"type": "row", "name": row["name"], "note": row["note"], "h": h, "kind": row["kind"], "key": row["key"]}
        if row["kind"] == "bar":
            item.update(left=x(row["start"]), width=max(x(row["end"] + 1) - x(row["start"]), 1.5),
                        years=f"{row['start']}–{row['end']}" if row["end"] != row["start"] else str(row["start"]))
        else:
            item.update(left=x(row["year"] + 0.5), years=str(row["year"]))
        shown.append(item)
        used += h + group_h
    every = max(1, math.ceil(span / 12))
    ticks = [{"year": year, "left": x(year)} for year in range(first, last + 1, every) if x(year) < 97]
    now = x(today.year + (today.timetuple().tm_yday - 1) / 365.0)
    more = sum(1 for r in rows) - sum(1 for s in shown if s["type"] == "row")
    close = story.financial_close()
    op_first, op_last = story.operation()
    alt = f"Schedule from {first} to {last - 1}: {len([r for r in rows if r['kind'] == 'bar'])} phases and " \
          f"{len([r for r in rows if r['kind'] == 'milestone'])} milestones."
    if close:
        alt += f" Financial close in {close}."
    if op_first:
        alt += f" Operation from {op_first}" + (f", fully by {op_last}." if op_last and op_last != op_first else ".")
    return {"rows": shown, "ticks": ticks, "today": now, "today_year": today.year, "more": more, "alt": alt,
            "gutter": gutter, "height": height, "axis": axis_h}


__all__ = ["cashflow_alt", "cashflow_chart", "delivery_timeline", "kpi_row", "structure_diagram"]
