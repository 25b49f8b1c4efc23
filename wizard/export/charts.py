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
GROUP_LABEL = Font(12, bold=True, line_height=1.3, letter_spacing=0.8, upper=True)


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
        # A true minus sign, as in the tables beside the chart.
        label = html.escape(n.short_number(abs(tick)))
        if tick < 0 and label != "0":
            label = "\u2212" + label
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
            parts.append(f'<text x="{cx:.1f}" y="{height - 6:.1f}" text-anchor="middle" font-family="Inter" '
                         f'font-size="12" fill="#4A5866">{int(year or 0)}</text>')
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
    """Height of a diagram box (deck.css .dbox: 6 px padding and a 1.5 px border above and below)."""
    return sum(measure.lines(text, width - 19, font) * font.line for text, font in lines_ if text) + 16


def _list_box(entries: list[dict[str, Any]], width: float, limit: float, content: Any) -> tuple[list[dict[str, Any]], float]:
    """Entries of a list box, as many as fit ``limit`` px high (each whole); (shown, box height)."""
    shown: list[dict[str, Any]] = []
    used = 16.0  # padding and border
    for index, entry in enumerate(entries):
        h = sum(measure.lines(text, width - 19, font) * font.line for text, font in content(entry) if text) + 4
        more = BOX_SMALL.line if index < len(entries) - 1 else 0.0
        if used + h + more > limit:
            break
        shown.append(entry)
        used += h
    if len(shown) < len(entries):
        used += BOX_SMALL.line
    return shown, (used if shown or entries else 0.0)


def structure_diagram(graph: dict[str, Any], width: float = 740.0, height: float = 470.0,
                      label: Any = lambda text: text) -> dict[str, Any]:
    """Who owns, lends, funds, pays: list boxes around the project company, with the flows between them.

    Shareholders (with their share of the equity) above the company, lenders to its left, public capital
    to its right, the contracting authority above right, and who pays its revenue below.  Each box lists
    its parties while they fit and says how many more there are (all are in the funding table).
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
    gap = 36.0
    side_w = min(220.0, width * 0.3)
    centre_w = width - 2 * side_w - 2 * 28
    # The contracting authority (top right) and the shareholders (top left).
    authority = graph["authority"]
    pays = any(p["name"] == "City (availability payments)" for p in graph["payers"])
    role = "Grants the contract and pays for availability" if pays else "Grants the contract"
    authority_h = _box_height([(authority, BOX_BOLD), (label(role), BOX_SMALL)], side_w) if authority else 0.0
    top_limit = min(150.0, height * 0.3)
    if authority_h > top_limit:
        authority, authority_h = "", 0.0  # a name too long for the diagram: the team slide names the agency
    holders_w = width - (side_w + 28 if authority else 0.0)
    holders, holders_h = _list_box(graph["shareholders"], holders_w, top_limit, holder)
    top_h = max(holders_h, authority_h)
    # Who pays (bottom): short fixed labels, side by side.
    payers: list[dict[str, Any]] = []
    payer_w = payer_h = 0.0
    for count in range(min(len(graph["payers"]), 5), 0, -1):
        box_w = (width - (count - 1) * 10) / count
        h = max(_box_height(payer(item), box_w) for item in graph["payers"][:count])
        if h <= 80.0:
            payers, payer_w, payer_h = graph["payers"][:count], box_w, h
            break
    delivery_text = ", ".join(d["name"] for d in graph["delivery"])
    delivery_h = 0.0
    if delivery_text:
        # The group label (upper case, spaced) runs first on the line, then the names.
        wrap = measure.Wrapper(width, BOX)
        wrap.started = True
        wrap.x = measure.width(label("Delivery and operation"), GROUP_LABEL) + 8
        wrap.feed(delivery_text)
        needed = wrap.total * BOX.line * measure.line_factor(delivery_text) + 8
        delivery_text, delivery_h = (delivery_text, needed) if needed <= 60.0 else ("", 0.0)
    top_b = (label_h + top_h + gap) if (holders or authority) else 0.0
    bottom_h = (label_h + payer_h + gap) if payers else 0.0
    middle = height - top_b - bottom_h - delivery_h
    lenders, lenders_h = _list_box(graph["lenders"], side_w, middle - label_h, lender)
    public, public_h = _list_box(graph["public"], side_w, middle - label_h, lender)
    company_lines = [(label(graph["company"]), Font(15, bold=True, line_height=1.3))]
    company_h = max(_box_height(company_lines, centre_w) + 12, 64.0)  # .company: 18 px padding above
    middle_inner = max(lenders_h, public_h, company_h)
    centre_top = top_b + label_h + max(0.0, (middle_inner - company_h) / 2)
    company = {"x": side_w + 28, "y": centre_top, "w": centre_w, "h": company_h, "name": graph["company"]}
    boxes: list[dict[str, Any]] = []
    if holders:
        boxes.append({"kind": "holders", "x": 0.0, "y": label_h, "w": holders_w, "h": holders_h, "entries": holders})
    if authority:
        boxes.append({"kind": "authority", "x": width - side_w, "y": label_h, "w": side_w, "h": authority_h,
                      "item": {"name": authority, "role": role}})
    if lenders:
        boxes.append({"kind": "lenders", "x": 0.0, "y": top_b + label_h, "w": side_w, "h": lenders_h, "entries": lenders})
    if public:
        boxes.append({"kind": "public", "x": width - side_w, "y": top_b + label_h, "w": side_w, "h": public_h,
                      "entries": public})
    top_c = top_b + label_h + middle_inner + gap
    x = 0.0
    for item in payers:
        boxes.append({"kind": "payer", "x": x, "y": top_c + label_h, "w": payer_w, "h": payer_h, "item": item})
        x += payer_w + 10
    # Connectors: from each group to the company.
    cx, cy = company["x"] + company["w"] / 2, company["y"] + company["h"] / 2
    arrows = []
    if holders:
        arrows.append((min(cx, holders_w / 2 + 80), label_h + holders_h, min(cx, holders_w / 2 + 80), company["y"]))
    if lenders:
        arrows.append((side_w, cy, company["x"], cy))
    if public:
        arrows.append((width - side_w, cy + 10, company["x"] + company["w"], cy + 10))
    if authority:
        arrows.append((width - side_w + 6, label_h + authority_h, company["x"] + company["w"] - 16, company["y"]))
    if payers:
        arrows.append((cx, top_c + label_h, cx, company["y"] + company["h"]))
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
    return {"width": width, "height": height, "boxes": boxes, "company": company,
            "svg": Markup("".join(svg)), "more": more, "alt": alt, "more_text": {},
            "labels": {"holders": {"x": 0, "y": 0, "w": holders_w, "amount": graph["equity"]},
                       "authority": {"x": width - side_w, "y": 0, "w": side_w, "amount": ""},
                       "lenders": {"x": 0, "y": top_b, "w": side_w, "amount": graph["debt"]},
                       "right": {"x": width - side_w, "y": top_b, "w": side_w, "amount": graph["grants"]},
                       "payers": {"x": 0, "y": top_c, "w": width, "amount": graph["revenue"]
                                  + (f" · +{len(graph['payers']) - len(payers)}" if len(payers) < len(graph["payers"]) else "")},
                       "delivery": {"x": 0, "y": height - delivery_h, "w": width, "amount": ""}},
            "delivery": delivery_text,
            "show": {"holders": bool(holders), "authority": bool(authority), "lenders": bool(lenders),
                     "right": bool(public), "payers": bool(payers)}}


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


def delivery_timeline(story: Story, height: float, width: float = 1160.0, gutter: float = 330.0) -> dict[str, Any]:
    """A schedule from today to operation: preparation milestones, each phase's build, start of operation.

    One row per item (label on the left, a bar or a diamond on a shared year axis), in the order of the
    path to operation; rows that do not fit are counted, and every milestone is in the appendix.
    """
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
    candidates = [r.get("year") or r.get("start") for r in rows] + [r.get("end") for r in rows]
    years: list[int] = [int(y) for y in candidates if y]
    if not rows or not years:
        return {"rows": [], "ticks": [], "today": None, "more": 0, "alt": "", "gutter": gutter, "height": 0.0,
                "axis": 0.0, "used": 0.0, "width": width}
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
    # A row's years go after its bar or diamond, or before it where the bar reaches the right edge or the
    # label would lie across the line marking today (it stays legible on either side of it).
    track = max(width - gutter, 1.0)
    for item in shown:
        if item["type"] != "row":
            continue
        label = (measure.width(item["years"], BOX_SMALL) + 12) / track * 100
        after = item["left"] + item.get("width", 0.0)
        before = item["kind"] == "bar" and after > 88
        if not before and after <= now <= after + label and item["left"] - label >= 0 \
                and not item["left"] - label <= now <= item["left"]:
            before = True
        item["before"] = before
    more = sum(1 for r in rows) - sum(1 for s in shown if s["type"] == "row")
    close = story.financial_close()
    op_first, op_last = story.operation()
    alt = f"Schedule from {first} to {last - 1}: {len([r for r in rows if r['kind'] == 'bar'])} phases and " \
          f"{len([r for r in rows if r['kind'] == 'milestone'])} milestones."
    if close:
        alt += f" Financial close in {close}."
    if op_first:
        alt += f" Operation from {op_first}" + (f", fully by {op_last}." if op_last and op_last != op_first else ".")
    used_h = sum(s["h"] for s in shown) + axis_h
    return {"rows": shown, "ticks": ticks, "today": now, "today_year": today.year, "more": more, "alt": alt,
            "gutter": gutter, "height": height, "axis": axis_h, "used": used_h, "width": width}


__all__ = ["cashflow_alt", "cashflow_chart", "delivery_timeline", "kpi_row", "structure_diagram"]
