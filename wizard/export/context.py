"""From a proposal to the plain data the deck template renders: a list of planned slides.

The template never sees pydantic objects: everything here becomes dicts, lists and finished strings
(numbers already formatted), and long content is already split into slides that fit (see
:mod:`wizard.export.layout`).  Sections with nothing filled in produce no slide.
"""

from __future__ import annotations

import datetime as _dt
import re
from collections.abc import Callable
from typing import Any

from wizard.export import charts
from wizard.export.layout import chunk_by_height, cut_text, fit_lines, nonempty, text_lines
from wizard.export.numbers import Numbers
from wizard.finance import FinancialResults
from wizard.model import REVENUE_FIELDS, Proposal, YearLine

Slide = dict[str, Any]

# Text budgets in line units, matched to deck.css: body 15px/1.45 in a content box about 1168 x 520 px.
COLUMN_CHARS = 76.0       # average letters per line in one of two columns (Inter: 0.47 em a letter)
WIDE_CHARS = 160.0        # ... across the full width
COLUMN_LINES = 23.0       # lines per column that surely fit under the title (24.4 would)
FLOW_BUDGET = 2 * COLUMN_LINES
LABEL_LINES = 1.6         # a block label plus its gap
BLOCK_GAP = 0.8
STATS_LINES = 2 * 4.2     # a row of headline figures, counted across both columns
TABLE_LINES = 26.5        # 13px table lines under a slide title (28 would)
TABLE_WIDTH = 1160.0      # px
TABLE_LETTER = 6.3        # px, an average 13px letter
TABLE_ROW_PAD = 0.7       # cell padding and rule, per row

_HEX = re.compile(r"^#[0-9A-Fa-f]{6}$")


def build_context(proposal: Proposal, *, draft: bool, asset_url: Callable[[str], str | None],
                  numbers: Numbers, fill: float = 1.0, bilingual: bool = False,
                  whole: bool = False, results: FinancialResults | None = None) -> dict[str, Any]:
    """The whole deck as plain data.  ``asset_url`` maps a project image name to a fetchable URL (or None).

    ``fill`` scales how much goes on a slide: the export retries with less if a slide still spilled over.
    ``bilingual`` leaves room for the Japanese line under titles and table headers.  ``whole`` plans for
    a flowing document instead (the A4 leave-behind): one part per section title, nothing split, text in
    one column.
    """
    p = proposal
    project_name = p.meta.project_name.strip() or "Untitled proposal"
    planner = (_WholePlanner if whole else _Planner)(p, numbers, asset_url, fill, bilingual, results)
    slides = planner.plan()
    accent = p.branding.accent_colour if _HEX.match(p.branding.accent_colour or "") else "#0F6E8C"
    keywords = nonempty([p.city.name, p.city.country.label if p.city.country else "",
                         p.problem.category.label if p.problem.category else "",
                         *(f.label for f in p.city.focus_areas), "smart city", "investment proposal"])
    return {
        "lang": "en",
        "meta": {
            "title": project_name,
            "author": p.meta.prepared_by.strip() or p.team.lead_agency.strip(),
            "description": p.meta.subtitle.strip() or p.problem.title.strip(),
            "keywords": ", ".join(k.replace(",", " ") for k in keywords),
            "created": p.meta.prepared_on.isoformat() if p.meta.prepared_on else "",
        },
        "project_name": project_name,
        "confidentiality": p.meta.confidentiality.strip(),
        "draft": draft,
        "illustrative": p.meta.illustrative,
        "accent": accent,
        "slides": slides,
    }


def accent_css(accent: str) -> str:
    """The :root variables (accent and its tints); the colour is re-validated so nothing else gets in."""
    if not _HEX.match(accent):
        accent = "#0F6E8C"
    r, g, b = (int(accent[i:i + 2], 16) for i in (1, 3, 5))

    def mix(t: float) -> str:  # blend with white
        return "#%02X%02X%02X" % tuple(round(c + (255 - c) * t) for c in (r, g, b))

    def shade(t: float) -> str:  # blend with black
        return "#%02X%02X%02X" % tuple(round(c * (1 - t)) for c in (r, g, b))

    return (":root { --accent: %s; --accent-soft: %s; --accent-faint: %s; --accent-dark: %s; }\n"
            % (accent.upper(), mix(0.82), mix(0.93), shade(0.35)))


# --- helpers ------------------------------------------------------------------------------------


def _block(label: str, text: str = "", bullets: list[str] | None = None, chips: list[str] | None = None,
           wide: bool = False) -> dict[str, Any]:
    return {"label": label, "paras": [t for t in text.split("\n") if t.strip()] if text else [],
            "bullets": bullets or [], "chips": chips or [], "wide": wide}


def _cut_block(block: dict[str, Any], chars: float, room: float) -> tuple[dict[str, Any] | None, dict[str, Any] | None]:
    """Cut ``block`` so that its first part fits ``room`` lines; (None, None) if nothing useful fits."""
    base = block.get("piece_of") or block["label"]
    usable = room - (LABEL_LINES if block["label"] else 0.0) - BLOCK_GAP
    if usable < 1:
        return None, None
    if block["paras"]:
        text = "\n".join(block["paras"])
        weight = usable * chars * 0.9
        for _ in range(8):
            head_text, tail_text = cut_text(text, weight)
            head = {**_block(block["label"], head_text), "piece_of": base}
            if _block_lines(head, chars) <= room or weight < chars:
                break
            weight *= 0.85
        if not head_text:
            return None, None
        tail = None
        if tail_text or block["bullets"] or block["chips"]:
            tail = {**_block(base + " (continued)", tail_text, block["bullets"], block["chips"]), "piece_of": base}
        return head, tail
    if block["bullets"]:
        taken: list[str] = []
        for item in block["bullets"]:
            trial = _block(block["label"], bullets=[*taken, item])
            if _block_lines(trial, chars) > room:
                break
            taken.append(item)
        if not taken:
            taken = block["bullets"][:1]  # a single bullet is at most one line field (300 letters)
        rest = block["bullets"][len(taken):]
        head = {**_block(block["label"], bullets=taken), "piece_of": base}
        tail = ({**_block(base + " (continued)", bullets=rest, chips=block["chips"]), "piece_of": base}
                if rest or block["chips"] else None)
        return head, tail
    return None, None


def _pack(blocks: list[dict[str, Any]], chars: float, first: float, rest: float, columns: int) -> list[list[dict[str, Any]]]:
    """Fill columns in order: the first ``columns`` columns hold ``first`` lines each, the others ``rest``."""
    cols: list[list[dict[str, Any]]] = [[]]
    used = 0.0
    queue = list(blocks)
    while queue:
        block = queue.pop(0)
        limit = first if len(cols) <= columns else rest
        height = _block_lines(block, chars)
        room = limit - used
        if height <= room:
            cols[-1].append(block)
            used += height
            continue
        if room >= 4 or (not cols[-1] and limit >= rest):
            head, tail = _cut_block(block, chars, max(room, 3.0))
            if head is not None:
                cols[-1].append(head)
                if tail is not None:
                    queue.insert(0, tail)
                cols.append([])
                used = 0.0
                continue
        if cols[-1] or limit < rest:
            queue.insert(0, block)
            cols.append([])
            used = 0.0
            continue
        cols[-1].append(block)  # cannot be cut (a row of chips): let it take the column
        used += height
    while len(cols) > 1 and not cols[-1]:
        cols.pop()
    return cols


def _merge_pieces(group: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Join consecutive text pieces of one block that ended up on the same slide (one label, not two)."""
    merged: list[dict[str, Any]] = []
    for block in group:
        last = merged[-1] if merged else None
        if (last is not None and block.get("piece_of") and last.get("piece_of") == block["piece_of"]
                and not last["chips"] and not (last["bullets"] and block["paras"])):
            last["paras"] = last["paras"] + block["paras"]
            last["bullets"] = last["bullets"] + block["bullets"]
            last["chips"] = block["chips"]
            continue
        merged.append(dict(block))
    return merged


def _block_lines(block: dict[str, Any], chars: float) -> float:
    lines = LABEL_LINES if block["label"] else 0.0
    lines += sum(text_lines(p, chars) for p in block["paras"]) + 0.4 * max(0, len(block["paras"]) - 1)
    lines += sum(text_lines(b, chars - 3) + 0.25 for b in block["bullets"])
    if block["chips"]:
        lines += 1.6 * max(1, round(sum(len(c) + 6 for c in block["chips"]) / chars + 0.5))
    return lines + BLOCK_GAP


def _stat(label: str, value: str, note: str = "") -> dict[str, str]:
    return {"label": label, "value": value, "note": note}


def _year_range(a: int | None, b: int | None) -> str:
    if a and b:
        return f"{a}–{b}" if a != b else str(a)
    return str(a or b or "")


class _Planner:
    """Turns each section into zero or more slides."""

    def __init__(self, proposal: Proposal, numbers: Numbers, asset_url: Callable[[str], str | None],
                 fill: float = 1.0, bilingual: bool = False, results: FinancialResults | None = None) -> None:
        self.fill = fill
        self.bilingual = bilingual
        self.p = proposal
        self.n = numbers
        self.asset_url = asset_url
        self.results = results if results is not None else _finance_results(proposal)
        accent = proposal.branding.accent_colour
        self.accent = accent if _HEX.match(accent or "") else "#0F6E8C"

    # -- generic flow of text blocks, with continuation slides ----------------------------------

    def flow(self, section: str, title: str, blocks: list[dict[str, Any]], *, stats: list[dict[str, str]] | None = None,
             lead: str = "", columns: int = 2, extra: dict[str, Any] | None = None) -> list[Slide]:
        """Slides for ``blocks`` under ``title``: split where they would overflow, '(continued)' after the first."""
        blocks = [b for b in blocks if b["paras"] or b["bullets"] or b["chips"]]
        stats = [s for s in (stats or []) if s["value"]]
        if not blocks and not stats and not lead and not extra:
            return []
        chars = COLUMN_CHARS if columns == 2 else WIDE_CHARS
        budget = (FLOW_BUDGET if columns == 2 else COLUMN_LINES) * self.fill
        if self.bilingual:
            budget -= 1.5 * columns  # the Japanese line under the title
        first_budget = budget - (STATS_LINES if stats else 0)
        if lead:
            first_budget -= text_lines(lead, WIDE_CHARS * 0.62) * 1.9 * (2 if columns == 2 else 1) + 1.5
        if extra:
            extra = {"photos": [], "contacts": [], **extra}
            first_budget -= extra.get("height", 0)
        # Pack blocks in order like running text, column by column (two columns a slide): a block that
        # does not fit in what is left of a column is cut there (between sentences, or between bullets)
        # and goes on at the top of the next column.  Columns are made here, not by CSS multi-column
        # layout, which WeasyPrint balances by laying the text out again and again.
        per_column = budget / columns
        first_column = max(first_budget / columns, 0.0)
        cols = _pack(blocks, chars, first_column, per_column, columns)
        pairs = [cols[i:i + columns] for i in range(0, len(cols), columns)] or [[]]
        # Balance the last slide's columns, so a short text does not leave the right column empty.
        last = [b for col in pairs[-1] for b in col]
        if columns == 2 and last:
            total = sum(_block_lines(b, chars) for b in last)
            limit = first_column if len(pairs) == 1 else per_column
            target = min(limit, total / 2 + 2.0)
            balanced = _pack(last, chars, target, target, columns)
            if len(balanced) <= 2:
                pairs[-1] = balanced
        slides: list[Slide] = []
        for index, pair in enumerate(pairs):
            pair = [_merge_pieces(col) for col in pair if col]
            if len(pair) == 2 and pair[1] and pair[0] and pair[1][0].get("piece_of") \
                    and pair[1][0]["piece_of"] == pair[0][-1].get("piece_of"):
                pair[1][0] = {**pair[1][0], "label": ""}  # the text simply runs on into the next column
            slide: Slide = {"kind": "flow", "section": section, "title": title, "continued": index > 0,
                            "cols": pair, "blocks": [b for col in pair for b in col], "columns": columns,
                            "stats": [], "lead": "", "extra": None}
            if index == 0:
                slide.update(stats=stats, lead=lead, extra=extra)
            slides.append(slide)
        return slides

    def table(self, section: str, title: str, columns: list[tuple[str, float, str]], rows: list[list[str]],
              *, budget: float = TABLE_LINES, first_extra: dict[str, Any] | None = None) -> list[Slide]:
        """Table slides; ``columns`` are (header, share of the width, css class). Rows split with the header repeated."""
        if not rows:
            return []
        budget *= self.fill
        widths = [share for _, share, _ in columns]

        def height(row: list[str]) -> float:
            return max(text_lines(cell, max(4.0, (TABLE_WIDTH * w - 16) / TABLE_LETTER)) or 1
                       for cell, w in zip(row, widths)) + TABLE_ROW_PAD

        # The header repeats on every slide; narrow columns wrap their (upper-case) labels.
        header = max(text_lines(h, max(3.0, (TABLE_WIDTH * w - 16) / (TABLE_LETTER * 1.3))) for h, w, _ in columns)
        budget -= header * 0.9
        if self.bilingual:
            budget -= 2.6  # the Japanese line under the title and under each header
        first_budget = budget - (first_extra.get("height", 0) if first_extra else 0)
        groups = chunk_by_height(rows, height, budget, first_budget)
        # No slide with a lone row or two of a long table: take rows over from the slide before.
        while (len(groups) >= 2 and len(groups[-1]) < 3 and len(groups[-2]) > 3
               and sum(map(height, groups[-1])) + height(groups[-2][-1]) <= budget):
            groups[-1].insert(0, groups[-2].pop())
        head = [{"label": h, "width": round(w * 100, 2), "cls": c} for h, w, c in columns]
        slides = []
        for index, group in enumerate(groups):
            slides.append({"kind": "table", "section": section, "title": title, "continued": index > 0,
                           "head": head, "rows": [[{"text": c, "cls": columns[i][2]} for i, c in enumerate(r)] for r in group],
                           "extra": first_extra if index == 0 else None})
        return slides

    # -- the deck -----------------------------------------------------------------------------

    def plan(self) -> list[Slide]:
        slides: list[Slide] = [self.cover()]
        for part in (self.summary, self.city, self.vision, self.problem, self.kpis, self.economy, self.finance,
                     self.funding, self.risks, self.roadmap, self.japan, self.citizens, self.implementation,
                     self.team, self.appendix):
            slides.extend(part())
        for number, slide in enumerate(slides, start=1):
            slide["number"] = number
            slide["bookmark"] = slide["title"] + (" (continued)" if slide.get("continued") else "")
        return slides

    def cover(self) -> Slide:
        p = self.p
        city = ", ".join(nonempty([p.city.name, p.city.region, p.city.country.label if p.city.country else ""]))
        photo = None
        for item in p.branding.photos:
            url = self.asset_url(item.asset) if item.asset else None
            if url:
                photo = {"url": url, "caption": item.caption.strip(), "credit": item.credit.strip()}
                break
        return {
            "kind": "cover", "section": "", "title": p.meta.project_name.strip() or "Untitled proposal",
            "subtitle": p.meta.subtitle.strip(), "city": city,
            "date": _long_date(p.meta.prepared_on), "prepared_by": p.meta.prepared_by.strip(),
            "logo": self.asset_url(p.branding.logo) if p.branding.logo else None,
            "photo": photo, "confidentiality": p.meta.confidentiality.strip(),
            "illustrative": p.meta.illustrative, "continued": False,
        }

    def summary(self) -> list[Slide]:
        p = self.p
        ask = None
        if p.finance.ask_amount is not None or p.finance.ask_use_of_funds.strip():
            ask = self.ask()
            ask["use"] = fit_lines(p.finance.ask_use_of_funds, 260)
        headline = self.headline_numbers()[:3]
        why = nonempty([p.japan.investor_role, p.japan.technologies_sought, p.japan.operational_expertise])
        fits = [label for label, text in (("JOIN", p.japan.join_fit), ("JBIC", p.japan.jbic_fit),
                                          ("Smart JAMP", p.japan.smart_jamp_fit)) if text.strip()]
        problem = p.problem.title.strip() or fit_lines(p.problem.statement, 160)
        if not (ask or headline or why or problem):
            return []
        return [{
            "kind": "summary", "section": "Executive summary", "title": "Executive summary", "continued": False,
            "ask": ask, "problem": problem, "headline": headline,
            "why_japan": fit_lines(why[0], 330) if why else "",
            "fits": fits,
            "vision": fit_lines(p.vision.statement, 200),
        }]

    def ask(self) -> dict[str, str]:
        """The ask to Japanese investors: short amount for the eye, the exact one beneath it."""
        f, n = self.p.finance, self.n
        exact = n.money(f.ask_amount)
        short = n.money(f.ask_amount, compact=True)
        return {"amount": short, "exact": exact if exact != short else "", "equivalents": n.equivalents(self.results.equivalents["ask"]),
                "instrument": f.ask_instrument.label if f.ask_instrument else "", "use": f.ask_use_of_funds.strip()}

    def headline_numbers(self) -> list[dict[str, str]]:
        p, n, r = self.p, self.n, self.results
        out: list[dict[str, str]] = []
        if r.total_capex:
            out.append(_stat("Total investment", n.money(r.total_capex, compact=True), n.equivalents(r.equivalents["total_capex"])))
        if r.irr is not None:
            rate = p.finance.discount_rate_pct
            out.append(_stat("Project IRR", n.percent(r.irr),
                             f"against a {n.percent(rate)} discount rate" if rate is not None else "internal rate of return"))
        elif r.npv is not None:
            out.append(_stat("Net present value", n.money(r.npv, compact=True), _npv_note(p, n)))
        if p.problem.affected_population:
            out.append(_stat("People affected", n.number(p.problem.affected_population), "by the problem today"))
        if p.economy.jobs_direct:
            out.append(_stat("Direct jobs", n.number(p.economy.jobs_direct), "created by the project"))
        if p.japan.ghg_reduction_tco2e:
            out.append(_stat("GHG reduction", n.number(p.japan.ghg_reduction_tco2e), "tCO2e a year"))
        if r.payback_years is not None:
            out.append(_stat("Payback", n.number(r.payback_years, 1) + " years", "simple payback"))
        return out

    def city(self) -> list[Slide]:
        p, n, c = self.p, self.n, self.p.city
        stats = [
            _stat("Population", n.number(c.population), f"in {c.population_year}" if c.population_year else ""),
            _stat("Growth", (n.percent(c.population_growth_pct) + " a year") if c.population_growth_pct is not None else "",
                  "population"),
            _stat("Area", (n.number(c.area_km2) + " km²") if c.area_km2 is not None else ""),
            _stat("GDP per head", n.money(c.gdp_per_capita_usd, currency="USD"), "US dollars"),
        ]
        where = ", ".join(nonempty([c.name, c.region, c.country.label if c.country else ""]))
        ascn = []
        if c.ascn_member:
            ascn.append("Member of the ASEAN Smart Cities Network")
        if c.scap_reference.strip():
            ascn.append(f"Smart City Action Plan: {c.scap_reference.strip()}")
        photos = []
        for item in p.branding.photos[1:3]:
            url = self.asset_url(item.asset) if item.asset else None
            if url:
                photos.append({"url": url, "caption": item.caption.strip(), "credit": item.credit.strip()})
        extra = {"photos": photos, "height": 9.0} if photos else None
        blocks = [
            _block("Where", where),
            _block("ASEAN Smart Cities Network", bullets=ascn),
            _block("Focus areas", chips=[f.label for f in c.focus_areas]),
            _block("Context", c.context),
        ]
        return self.flow("City context", f"City context: {c.name.strip()}" if c.name.strip() else "City context",
                         blocks, stats=stats, extra=extra)

    def vision(self) -> list[Slide]:
        v = self.p.vision
        statement = v.statement.strip()
        short = len(statement) <= 420
        blocks = [] if short else [_block("Vision statement", statement)]
        blocks += [
            _block("Social priorities served", v.alignment_social),
            _block("Economic priorities served", v.alignment_economic),
            _block("Environmental priorities served", v.alignment_environmental),
            _block("Benefits for businesses", bullets=nonempty(v.business_benefits)),
        ]
        stats = [_stat("Horizon", str(v.horizon_year) if v.horizon_year else "", "the vision's target year")]
        slides = self.flow("Vision", "Vision", blocks, stats=stats, lead=statement if short else "")
        rows = []
        for t in v.targets:
            value = " ".join(nonempty([self.n.number(t.value) if t.value is not None else "", t.unit]))
            rows.append(nonempty([t.kpi]) and [t.kpi, t.description, value, str(t.year or "")] or
                        ["", t.description, value, str(t.year or "")])
        rows = [r for r in rows if any(cell.strip() for cell in r)]
        slides += self.table("Vision", "Vision: measurable targets",
                             [("KPI", 0.3, ""), ("Target", 0.42, ""), ("Value", 0.16, "num"), ("By", 0.12, "num")], rows)
        return slides

    def problem(self) -> list[Slide]:
        pr, n = self.p.problem, self.n
        stats = [
            _stat("People affected", n.number(pr.affected_population) if pr.affected_population else ""),
            _stat("Category", pr.category.label if pr.category else ""),
        ]
        blocks = [
            _block("The problem", pr.statement),
            _block("Who is affected", pr.affected_groups),
            _block("Root causes", pr.root_causes),
            _block("Why now", pr.why_now),
        ]
        slides = self.flow("The problem", "The problem", blocks, stats=stats, lead=pr.title.strip())
        rows = [[e.claim, e.source, str(e.year or ""), e.link] for e in pr.evidence
                if any(x.strip() for x in (e.claim, e.source, e.link)) or e.year]
        slides += self.table("The problem", "The problem: evidence",
                             [("Finding", 0.46, ""), ("Source", 0.24, ""), ("Year", 0.08, "num"), ("Reference", 0.22, "ref")],
                             rows)
        return slides

    def kpis(self) -> list[Slide]:
        rows = [k for k in self.p.problem.kpis if k.name.strip() or k.baseline is not None or k.target is not None]
        if not rows:
            return []
        items = [charts.kpi_row(k, self.n) for k in rows]

        def height(item: dict[str, Any]) -> float:
            # In px (deck.css .kpi-row): 14 px padding, then the taller of the two bars (32 px) and the
            # name at 14 px / 1.3 in a 300 px column (about 42 letters a line), unit included.
            name = item["name"] + (f" ({item['unit']})" if item["unit"] else "")
            return 15 + max(34.0, text_lines(name, 42) * 18.2)

        # 532 px under the title, less the header row and the legend.
        groups = chunk_by_height(items, height, (400.0 if self.bilingual else 430.0) * self.fill)
        return [{"kind": "kpis", "section": "KPIs", "title": "KPIs: baseline to target", "continued": i > 0,
                 "rows": group} for i, group in enumerate(groups)]

    def economy(self) -> list[Slide]:
        e, n = self.p.economy, self.n
        stats = [_stat("Direct jobs", n.number(e.jobs_direct) if e.jobs_direct is not None else ""),
                 _stat("Indirect jobs", n.number(e.jobs_indirect) if e.jobs_indirect is not None else "")]
        blocks = [
            _block("Conditions for business", e.business_conditions),
            _block("Enabling infrastructure", e.enabling_infrastructure),
            _block("Regulation and enabling law", e.regulation),
            _block("Market access and demand", e.market_access),
            _block("Revenue model", e.revenue_model),
            _block("Scalability and replication", e.scalability),
        ]
        return self.flow("Economic engine", "Economic engine", blocks, stats=stats)

    def finance(self) -> list[Slide]:
        p, n, r, f = self.p, self.n, self.results, self.p.finance
        slides: list[Slide] = []
        metrics = [
            _stat("NPV", n.money(r.npv, compact=True) if r.npv is not None else "", _npv_note(p, n)),
            _stat("IRR", n.percent(r.irr) if r.irr is not None else ("not defined" if r.years else ""),
                  fit_lines(r.irr_note, 70) if r.irr_note else ""),
            _stat("Payback", (n.number(r.payback_years, 1) + " years") if r.payback_years is not None else "",
                  "simple, from the base year"),
            _stat("Discounted payback", (n.number(r.discounted_payback_years, 1) + " years")
                  if r.discounted_payback_years is not None else "", "at the discount rate"),
        ]
        metrics = [m for m in metrics if m["value"]]
        rates = n.rates_note()
        note = f"Figures in {f.currency.label if f.currency else n.currency}" + (f", base year {r.base_year}" if r.base_year else "") + "."
        sens = charts.sensitivity_rows(r, n) if r.years else []
        # A few sensitivity cases fit under the chart (their descriptions are wizard.finance's own short text).
        inline = sens if len(sens) <= 4 and all(len(row[1]) <= 130 for row in sens) else []
        if r.years:
            slides.append({"kind": "finance", "section": "Financial case", "title": "Financial case",
                           "continued": False, "chart": charts.cashflow_chart(r, n, self.accent), "metrics": metrics,
                           "sensitivities": inline, "currency_note": note + (f" {rates}." if rates else "")})
        elif metrics:
            slides += self.flow("Financial case", "Financial case", [], stats=metrics)
        if sens and not inline:
            slides += self.table("Financial case", "Financial case: sensitivities",
                                 [("Case", 0.2, ""), ("What changes", 0.38, ""), ("NPV", 0.14, "num"),
                                  ("Change in NPV", 0.14, "num"), ("IRR", 0.14, "num")], sens)
        feas = p.feasibility
        facts = nonempty([
            f"Feasibility study: {feas.study_status.label}" if feas.study_status else "",
            f"Study prepared by {feas.study_by}" + (f" ({feas.study_year})" if feas.study_year else "") if feas.study_by.strip() else "",
            f"Demand forecast prepared by {feas.demand_forecast_source}" if feas.demand_forecast_source.strip() else "",
            "Demand forecast prepared independently" if feas.demand_forecast_independent else "",
            f"Appraisal horizon: {f.horizon_years} years" if f.horizon_years else "",
            f"Discount rate: {n.percent(f.discount_rate_pct)}" if f.discount_rate_pct is not None else "",
        ])
        slides += self.flow("Financial case", "Financial case: assumptions and feasibility", [
            _block("Key assumptions", f.assumptions),
            _block("Feasibility", bullets=facts),
            _block("Options considered", feas.options_considered),
            _block("Technical justification", feas.technical_justification),
            _block("Demand forecast", feas.demand_forecast),
        ])
        # The yearly table: every figure the chart summarises, streams shown only where used.
        if r.years:
            used = [name for name in REVENUE_FIELDS if any(r.revenue_by_stream.get(name, ()))]
            cols: list[tuple[str, float, str]] = [("Year", 0.08, "num"), ("Capex", 0.0, "num"), ("Opex", 0.0, "num")]
            cols += [(YearLine.model_fields[name].title or name, 0.0, "num") for name in used]
            cols += [("Net", 0.0, "num")]
            share = 0.92 / (len(cols) - 1)
            cols = [cols[0]] + [(h, share, c) for h, _, c in cols[1:]]
            rows = []
            for i, year in enumerate(r.years):
                # Compact amounts: up to ten money columns must fit side by side.
                rows.append([str(year), n.money(r.capex[i], compact=True), n.money(r.opex[i], compact=True)]
                            + [n.money(r.revenue_by_stream[name][i], compact=True) for name in used]
                            + [n.money(r.net[i], compact=True)])
            slides += self.table("Financial case", f"Financial case: yearly cash flows ({n.currency})", cols, rows)
        return slides

    def funding(self) -> list[Slide]:
        n, f, fs = self.n, self.p.finance, self.results.funding
        sources = [s for s in f.funding if s.name.strip() or s.amount is not None or s.source_type]
        ask = None
        if f.ask_amount is not None or f.ask_use_of_funds.strip() or f.ask_instrument:
            ask = self.ask()
        if not sources and not ask:
            return []
        stats = [
            _stat("Funding identified", n.money(fs.total, compact=True) if fs.total is not None and sources else "",
                  n.equivalents(self.results.equivalents["funding_total"])),
            _stat("Committed", n.money(fs.committed, compact=True) if fs.committed is not None and sources else "",
                  (n.percent(fs.coverage_pct) + " of capex") if fs.coverage_pct is not None else ""),
            _stat("Gap to capex", n.money(fs.gap, compact=True) if fs.gap else ("none" if fs.gap is not None else ""),
                  "not yet committed" if fs.gap else ""),
        ]
        if fs.ask_covers_gap is not None and fs.gap:
            stats[2]["note"] = "the ask covers it" if fs.ask_covers_gap else "more than the ask"
        stats = [s for s in stats if s["value"]]
        slides: list[Slide] = []
        ask_use = ""
        if ask and text_lines(ask["use"], 44) > 11 * self.fill:
            # A long use-of-funds text gets its own flowing slides after the chart.
            ask_use, ask["use"] = ask["use"], ""
        slides.append({"kind": "funding", "section": "Funding structure", "title": "Funding structure",
                       "continued": False, "chart": charts.funding_bars(sources, n) if sources else None,
                       "ask": ask, "stats": stats})
        if ask_use:
            slides += self.flow("Funding structure", "Funding structure: use of the funds asked for",
                                [_block("Use of the funds", ask_use)])
        rows = [[s.name, s.source_type.label if s.source_type else "", s.instrument.label if s.instrument else "",
                 n.money(s.amount), s.status.label if s.status else "", s.terms, "Yes" if s.japanese else ""]
                for s in sources]
        slides += self.table("Funding structure", "Funding structure: sources",
                             [("Funder", 0.2, ""), ("Source", 0.16, ""), ("Instrument", 0.12, ""), ("Amount", 0.14, "num"),
                              ("Status", 0.1, ""), ("Terms", 0.2, ""), ("Japanese", 0.08, "")], rows)
        slides += self.financing_terms()
        return slides

    def financing_terms(self) -> list[Slide]:
        """The structured terms as plain tables (finance data; the finance slides proper come with issue 15)."""
        n, f = self.n, self.p.finance
        fields = type(f).model_fields

        def years(value: int | None) -> str:
            return str(value) if value is not None else ""

        terms = [[s.name, s.currency.label if s.currency else "", n.percent(s.interest_rate_pct),
                  years(s.tenor_years), years(s.grace_years), s.repayment.label if s.repayment else "",
                  n.percent(s.upfront_fee_pct), n.percent(s.shareholding_pct),
                  s.investor_type.label if s.investor_type else ""]
                 for s in f.funding
                 if any(v is not None for v in (s.currency, s.interest_rate_pct, s.tenor_years, s.grace_years,
                                                s.repayment, s.upfront_fee_pct, s.shareholding_pct, s.investor_type))]
        slides = self.table("Funding structure", "Funding structure: terms of each source",
                            [("Funder", 0.18, ""), ("Loan currency", 0.12, ""), ("Interest rate", 0.08, "num"),
                             ("Tenor (years)", 0.08, "num"), ("Grace (years)", 0.08, "num"), ("Repayment", 0.14, ""),
                             ("Fee", 0.07, "num"), ("Shareholding", 0.11, "num"), ("Investor type", 0.14, "")], terms)
        asks = [[a.instrument.label if a.instrument else "", n.money(a.amount), a.asked_of, a.terms]
                for a in f.asks if a.instrument or a.amount is not None or a.asked_of.strip() or a.terms.strip()]
        slides += self.table("Funding structure", "Funding structure: the ask by instrument",
                             [("Instrument", 0.16, ""), ("Amount", 0.18, "num"), ("Asked of", 0.28, ""),
                              ("Terms", 0.38, "")], asks)
        assumptions = [
            (fields["operations_start_year"].title, years(f.operations_start_year)),
            (fields["concession_end_year"].title, years(f.concession_end_year)),
            (fields["terminal_method"].title, f.terminal_method.label if f.terminal_method else ""),
            (fields["terminal_growth_pct"].title, n.percent(f.terminal_growth_pct)),
            (fields["terminal_exit_multiple"].title, n.number(f.terminal_exit_multiple)),
            (fields["tax_rate_pct"].title, n.percent(f.tax_rate_pct)),
            (fields["depreciation_years"].title, years(f.depreciation_years)),
            (fields["cost_of_equity_pct"].title, n.percent(f.cost_of_equity_pct)),
            (fields["min_dscr"].title, n.number(f.min_dscr, 2)),
            (fields["development_costs"].title, n.money(f.development_costs)),
            (fields["reserves"].title, n.money(f.reserves)),
            (fields["fx_depreciation_pct"].title, n.percent(f.fx_depreciation_pct)),
        ]
        rows = [[str(label), value] for label, value in assumptions if value]
        slides += self.table("Funding structure", "Funding structure: financing assumptions",
                             [("Assumption", 0.6, ""), ("Value", 0.4, "num")], rows)
        structure = self.results.structure
        if f.scenarios and structure is not None:
            figures = structure.scenarios
            rows = [[c.label, c.description, n.money(c.npv, compact=True), n.percent(c.equity_irr),
                     n.number(c.dscr_min, 2)] for c in figures]
            slides += self.table("Funding structure", "Funding structure: scenarios",
                                 [("Scenario", 0.2, ""), ("What it assumes", 0.44, ""), ("NPV", 0.14, "num"),
                                  ("Equity IRR", 0.11, "num"), ("Minimum DSCR", 0.11, "num")], rows)
        return slides

    def risks(self) -> list[Slide]:
        risks = [r for r in self.p.risks if r.description.strip() or r.category or r.mitigation.strip()]
        if not risks:
            return []
        matrix = charts.risk_matrix(risks)
        bearers: dict[str, int] = {}
        for r in risks:
            key = r.bearer.label if r.bearer else "Not assigned"
            bearers[key] = bearers.get(key, 0) + 1
        slides: list[Slide] = [{"kind": "risks", "section": "Risk structure", "title": "Risk structure",
                                "continued": False, "matrix": matrix,
                                "bearers": [{"label": k, "count": v} for k, v in sorted(bearers.items(), key=lambda kv: -kv[1])],
                                "unscored": [i + 1 for i, r in enumerate(risks) if not (r.likelihood and r.impact)]}]
        rows = [[str(i + 1), r.category.label if r.category else "", r.description,
                 str(r.likelihood or "–"), str(r.impact or "–"), r.mitigation, r.bearer.label if r.bearer else ""]
                for i, r in enumerate(risks)]
        slides += self.table("Risk structure", "Risk structure: register and allocation",
                             [("#", 0.04, "num"), ("Category", 0.13, ""), ("Risk", 0.3, ""), ("L", 0.04, "num"),
                              ("I", 0.04, "num"), ("Mitigation", 0.31, ""), ("Borne by", 0.14, "")], rows)
        return slides

    def roadmap(self) -> list[Slide]:
        rm, n = self.p.roadmap, self.n
        phases = [ph for ph in rm.phases if ph.name.strip() or ph.kind or ph.components.strip()]
        slides: list[Slide] = []
        if phases:
            for i, group in enumerate(chunk_by_height(phases, lambda _: 1.0, 8.0)):
                slides.append({"kind": "roadmap", "section": "Digital roadmap", "title": "Digital roadmap",
                               "continued": i > 0, "timeline": charts.timeline(group),
                               "movement": charts.movement(phases) if i == 0 else []})
            rows = [[ph.name, ph.kind.label if ph.kind else "", ph.components, _year_range(ph.start_year, ph.end_year),
                     n.money(ph.cost, compact=True), ph.depends_on, ph.outcomes] for ph in phases]
            slides += self.table("Digital roadmap", "Digital roadmap: phases",
                                 [("Phase", 0.14, ""), ("Kind", 0.12, ""), ("Components", 0.22, ""), ("Years", 0.09, "num"),
                                  ("Cost", 0.1, "num"), ("Depends on", 0.11, ""), ("Outcomes", 0.22, "")], rows)
        slides += self.flow("Digital roadmap", "Digital roadmap: readiness and safeguards", [
            _block("Digital readiness today", rm.digital_readiness),
            _block("Data governance", rm.data_governance),
            _block("Cybersecurity", rm.cybersecurity),
        ])
        return slides

    def japan(self) -> list[Slide]:
        j, n = self.p.japan, self.n
        stats = [_stat("GHG reduction", n.number(j.ghg_reduction_tco2e) if j.ghg_reduction_tco2e is not None else "",
                       "tCO2e a year"),
                 _stat("Structure", j.project_structure.label if j.project_structure else "")]
        slides = self.flow("Japanese value-add", "Japanese value-add", [
            _block("Japanese technologies sought", j.technologies_sought),
            _block("Operational expertise sought", j.operational_expertise),
            _block("The investor's role beyond capital", j.investor_role),
            _block("Environmental aims", chips=[g.label for g in j.green_focus]),
        ], stats=stats)
        slides += self.flow("Japanese value-add", "Japanese value-add: fit with JOIN, JBIC and Smart JAMP", [
            _block("Fit with JOIN", j.join_fit),
            _block("Fit with JBIC", j.jbic_fit),
            _block("Fit with Smart JAMP", j.smart_jamp_fit),
            _block("Environmental and social considerations", j.environmental_social),
        ])
        exit_note = ["Exit discussed with the parties in advance"] if j.exit_agreed else []
        fs = self.results.funding
        stakes = [f"{stake.investor}: {n.money(stake.amount, compact=True)}"
                  + (f" ({n.percent(stake.share_pct)} of Japanese equity)" if stake.share_pct is not None else "")
                  for stake in fs.japanese_equity]
        if fs.join_is_largest_japanese_equity is False:
            stakes.append("JOIN is not the largest Japanese shareholder")
        slides += self.flow("Japanese value-add", "Japanese value-add: structure and exit", [
            _block("Structure and shareholders", j.structure_description),
            _block("Japanese equity", bullets=stakes),
            _block("Management structure", j.management_structure),
            _block("How the investment is recovered", j.investment_recovery),
            _block("Exit strategy", j.exit_strategy, bullets=exit_note),
        ])
        rows = [[pt.name, pt.partner_type.label if pt.partner_type else "", pt.contribution,
                 pt.status.label if pt.status else ""] for pt in j.partners
                if pt.name.strip() or pt.contribution.strip()]
        slides += self.table("Japanese value-add", "Japanese value-add: partners",
                             [("Partner", 0.26, ""), ("Type", 0.18, ""), ("Contribution", 0.42, ""), ("Status", 0.14, "")], rows)
        return slides

    def citizens(self) -> list[Slide]:
        p, n = self.p, self.n
        improvements = []
        for k in p.problem.kpis:
            if k.name.strip() and k.baseline is not None and k.target is not None:
                unit = f" {k.unit}" if k.unit.strip() else ""
                by = f" by {k.target_year}" if k.target_year else ""
                improvements.append(f"{k.name}: {n.number(k.baseline)}{unit} → {n.number(k.target)}{unit}{by}")
        stats = [_stat("People affected today", n.number(p.problem.affected_population) if p.problem.affected_population else "")]
        return self.flow("Citizen impact", "Citizen impact", [
            _block("Benefits for citizens", bullets=nonempty(p.vision.citizen_benefits)),
            _block("Measurable improvements", bullets=improvements[:8]),
            _block("Community needs", p.problem.community_needs),
            _block("Citizen consultation", p.problem.consultation),
        ], stats=stats)

    def implementation(self) -> list[Slide]:
        im, feas = self.p.implementation, self.p.feasibility
        status = nonempty([
            f"Permits: {feas.permits_status.label}" if feas.permits_status else "",
            f"Land: {feas.land_status.label}" if feas.land_status else "",
            f"Environmental category: {feas.environmental_category.label}" if feas.environmental_category else "",
            f"Environmental impact assessment: {feas.eia_status.label}" if feas.eia_status else "",
        ])
        slides = self.flow("Implementation and governance", "Implementation and governance", [
            _block("Implementing agency", im.implementing_agency),
            _block("Permits, land and environment", bullets=status),
            _block("Governance", im.governance),
            _block("Procurement route", im.procurement),
            _block("Monitoring and reporting", im.monitoring),
        ])
        rows = [[m.name, str(m.year or ""), m.description] for m in sorted(
            (m for m in im.milestones if m.name.strip() or m.description.strip()), key=lambda m: m.year or 0)]
        slides += self.table("Implementation and governance", "Implementation: milestones",
                             [("Milestone", 0.34, ""), ("Year", 0.1, "num"), ("What is delivered", 0.56, "")], rows)
        return slides

    def team(self) -> list[Slide]:
        t = self.p.team
        contacts = [{"name": c.name.strip(), "lines": nonempty([c.role, c.organisation, c.email, c.phone])}
                    for c in t.contacts if c.name.strip() or c.email.strip()]
        champion = ", ".join(nonempty([t.champion_name, t.champion_title]))
        blocks = [_block("Lead agency", t.lead_agency), _block("Project champion", champion),
                  _block("Capability and track record", t.capability)]

        def card(c: dict[str, Any]) -> float:
            # A card is 356 px wide (about 52 letters of 13.5 px); heights in 21.75 px body lines.
            lines = text_lines(c["name"], 40) * 1.1 + sum(text_lines(x, 52) * 0.9 for x in c["lines"])
            return 0.8 + lines

        rows = [contacts[i:i + 3] for i in range(0, len(contacts), 3)]
        heights = [max(card(c) for c in row) + 0.8 for row in rows]
        # Cards span both columns, so each line of height uses two columns' worth of the budget.
        groups = chunk_by_height(list(zip(rows, heights)), lambda rh: 2 * rh[1], FLOW_BUDGET * self.fill - 4)
        slides: list[Slide] = []
        first = groups[0] if groups else []
        extra = ({"contacts": [c for row, _ in first for c in row], "height": 2 * sum(h for _, h in first)}
                 if first else None)
        slides += self.flow("Team and contact", "Team and contact", blocks, extra=extra)
        for group in groups[1:]:
            slides += self.flow("Team and contact", "Team and contact", [],
                                extra={"contacts": [c for row, _ in group for c in row], "height": 0})
            slides[-1]["continued"] = True
        return slides

    def appendix(self) -> list[Slide]:
        p = self.p
        rows = [[e.claim, e.source, str(e.year or ""), e.link] for e in p.problem.evidence
                if any(x.strip() for x in (e.claim, e.source, e.link))]
        for k in p.problem.kpis:
            if k.baseline_source.strip():
                rows.append([f"Baseline of KPI “{k.name.strip()}”", k.baseline_source, str(k.baseline_year or ""), ""])
        feas = p.feasibility
        if feas.demand_forecast_source.strip():
            rows.append(["Demand forecast", feas.demand_forecast_source, "", ""])
        if feas.study_by.strip():
            rows.append(["Feasibility study", feas.study_by, str(feas.study_year or ""), ""])
        if p.finance.rates_date and (p.finance.local_per_usd or p.finance.local_per_jpy):
            rows.append(["Exchange rates used for equivalents", self.n.rates_note(), str(p.finance.rates_date.year), ""])
        slides = self.table("Appendix", "Appendix: evidence and data sources",
                            [("Finding or figure", 0.4, ""), ("Source", 0.28, ""), ("Year", 0.08, "num"), ("Reference", 0.24, "ref")],
                            rows)
        acks = [a for a in p.acknowledgements if a.justification.strip()]
        ack_rows = [[_rule_title(a.rule), _field_title(a.field), a.justification,
                     " ".join(nonempty([a.by, a.on.isoformat() if a.on else ""]))] for a in acks]
        slides += self.table("Appendix", "Appendix: acknowledged readiness warnings",
                             [("Check", 0.2, ""), ("Field", 0.16, ""), ("Justification", 0.46, ""), ("By", 0.18, "")], ack_rows)
        return slides


class _WholePlanner(_Planner):
    """The deck's planning for a document whose pages flow: no budget limits, text in one column.

    The page engine breaks the pages (tables repeat their header by themselves), so every section comes
    out as one part per title with every row and every paragraph.
    """

    UNLIMITED = 1e6

    def __init__(self, proposal: Proposal, numbers: Numbers, asset_url: Callable[[str], str | None],
                 fill: float = 1.0, bilingual: bool = False, results: FinancialResults | None = None) -> None:
        super().__init__(proposal, numbers, asset_url, self.UNLIMITED, False, results)

    def flow(self, section: str, title: str, blocks: list[dict[str, Any]], *, stats: list[dict[str, str]] | None = None,
             lead: str = "", columns: int = 2, extra: dict[str, Any] | None = None) -> list[Slide]:
        return super().flow(section, title, blocks, stats=stats, lead=lead, columns=1, extra=extra)


def _rule_title(rule: str) -> str:
    """The readiness check's title for a rule id (the id itself if this version does not know it)."""
    from wizard import readiness

    spec = readiness.catalogue().rules.get(rule.strip())
    return spec.title if spec else rule


def _field_title(path: str) -> str:
    """A model path such as 'problem.kpis[2].baseline' in words: 'Problem › KPIs › row 3 › Baseline'."""
    from wizard import paths
    from wizard.errors import describe_location

    try:
        where, _ = describe_location(paths.parse(path.strip()))
    except (ValueError, KeyError, TypeError):
        return path
    return where


def _npv_note(p: Proposal, n: Numbers) -> str:
    rate = p.finance.discount_rate_pct
    return f"at a {n.percent(rate)} discount rate" if rate is not None else "net present value"


def _long_date(date: _dt.date | None) -> str:
    if date is None:
        return ""
    return f"{date.day} {date.strftime('%B')} {date.year}"


def _finance_results(p: Proposal) -> FinancialResults:
    """The financial case computed by :mod:`wizard.finance` (never raises on a valid proposal)."""
    from wizard import finance

    return finance.compute(p.finance)


__all__ = ["accent_css", "build_context"]
