"""The A4 leave-behind: the same investment story as the deck, as numbered sections with the detail in full.

What an investor keeps after the meeting.  Its plan is built from the proposal directly (and its one
analysis), not from the deck's slides: the sections follow the main line (:data:`wizard.export.story.MAIN_LINE`)
under the same action titles, and each holds every word and every row the proposal gives that part of the
story; the page engine breaks the pages.  A short appendix carries the evidence register and the city's
context.  No readiness score or finding appears here: the team's readiness report is its own export.

Everything here is plain data and finished strings; a section is a list of typed *parts* the template
renders in order (text, bullets, facts, figures, a table, a chart, ...).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from wizard.analysis import Analysis
from wizard.export import charts, detail, measure
from wizard.export.context import document_meta
from wizard.export.cover import _long_date
from wizard.export.labels import Labels, Phrase
from wizard.export.measure import Font
from wizard.export.numbers import Numbers
from wizard.export.story import MAIN_LINE, Story
from wizard.export.tables import Column, Table, size_columns
from wizard.export.titles import title_of
from wizard.model import Proposal

#: A4 text width in CSS px (210 mm less 2 x 18 mm margins), and the type of its tables (9 pt).
TEXT_WIDTH = 657.0
TABLE = Font(12, line_height=1.35)
TABLE_HEAD = Font(12, bold=True, line_height=1.3)
TABLE_JA = Font(10.7, line_height=1.3)
#: Appendix sections of the document (key, title as a catalogue key).
APPENDIX = (("evidence", "Evidence register"), ("city", "City context"))

# Page estimate for progress only.
_PARTS_PER_PAGE = 7


#: Running text as the stylesheet sets it (body 10 pt, line height 1.45), and the lines one A4 page holds
#: under its margins (253 mm of 297): a paragraph up to a page long is kept whole (``break-inside: avoid``).
BODY = Font(13.333, line_height=1.45)
PAGE_LINES = int((253 / 25.4 * 96) // BODY.line)


def page_pieces(para: str, lines: int = PAGE_LINES - 4) -> list[str]:
    """``para`` whole if it fits ``lines`` lines, else cut between sentences into pieces that each fit.

    Each piece is kept whole on its page, so a paragraph longer than a page breaks at a sentence's end,
    never mid-sentence (a single sentence longer than a page is a piece of its own, and breaks where
    the page ends).  ``lines`` leaves room for a label above the first piece.
    """
    if measure.lines(para, TEXT_WIDTH, BODY) <= lines:
        return [para]
    pieces: list[str] = []
    start = 0
    for begin, end in measure.sentence_spans(para):
        if begin > start and measure.lines(para[start:end].strip(), TEXT_WIDTH, BODY) > lines:
            pieces.append(para[start:begin].strip())
            start = begin
    pieces.append(para[start:].strip())
    return [p for p in pieces if p]


class _Document:
    """Builds the document's sections from the story."""

    def __init__(self, proposal: Proposal, analysis: Analysis, numbers: Numbers, labels: Labels,
                 asset_url: Callable[[str], str | None]) -> None:
        self.p = proposal
        self.labels = labels
        self.n = numbers
        self.story = Story(proposal, analysis, numbers, labels)
        self.econ = self.story.econ
        self.asset_url = asset_url
        accent = proposal.branding.accent_colour or ""
        self.accent = accent if len(accent) == 7 and accent.startswith("#") else "#0F6E8C"

    def say(self, phrase: Phrase | None) -> dict[str, str] | None:
        return phrase.as_dict(self.labels) if phrase is not None else None

    # -- parts ---------------------------------------------------------------------------------------------

    @staticmethod
    def text(label: str, text: str) -> dict[str, Any] | None:
        text = text.strip()
        if not text:
            return None
        paras: list[str] = []
        runs_on: list[bool] = []
        for para in (p for p in text.split("\n") if p.strip()):
            pieces = page_pieces(para)
            paras.extend(pieces)
            runs_on.extend([True] * (len(pieces) - 1) + [False])
        return {"type": "text", "label": label, "paras": paras, "runs_on": runs_on}

    @staticmethod
    def bullets(label: str, items: list[str]) -> dict[str, Any] | None:
        items = [i.strip() for i in items if i and i.strip()]
        return {"type": "bullets", "label": label, "entries": items} if items else None

    @staticmethod
    def facts(label: str, facts: list[dict[str, str]]) -> dict[str, Any] | None:
        facts = [f for f in facts if f.get("value")]
        return {"type": "facts", "label": label, "facts": facts} if facts else None

    def table(self, label: str, table: Table | None) -> dict[str, Any] | None:
        if table is None or not table.rows:
            return None
        size_columns(table, TEXT_WIDTH, TABLE, TABLE_HEAD, self.labels.inline_text,
                     self.labels.ja if self.labels.bilingual else None, TABLE_JA)
        data = table.as_dict()
        return {"type": "table", "label": label, **data}

    # -- sections ------------------------------------------------------------------------------------------

    def sections(self) -> list[dict[str, Any]]:
        builders = {"summary": self.summary, "problem": self.problem, "solution": self.solution,
                    "outcomes": self.outcomes, "demand": self.demand, "economics": self.economics,
                    "sources-uses": self.sources_uses, "structure": self.structure, "risks": self.risks,
                    "japan": self.japan, "delivery": self.delivery, "team": self.team, "next-steps": self.next_steps}
        out: list[dict[str, Any]] = []
        for slide_id, name in MAIN_LINE:
            parts = [part for part in builders[slide_id]() if part]
            if not parts:
                continue
            title = title_of(self.story, slide_id)
            out.append({"id": f"section-{len(out) + 1}", "number": str(len(out) + 1), "name": name,
                        "title": {"en": title["en"], "ja": title["ja"]}, "parts": parts, "key": slide_id,
                        "first_appendix": False})
        for key, name in APPENDIX:
            parts = [part for part in getattr(self, "appendix_" + key)() if part]
            if parts:
                code = f"A{sum(1 for s in out if s['number'].startswith('A')) + 1}"
                out.append({"id": f"appendix-{key}", "number": code, "name": name, "title": None, "parts": parts,
                            "key": key, "first_appendix": code == "A1"})
        return out

    def summary(self) -> list[dict[str, Any] | None]:
        s, p, f = self.story, self.p, self.p.finance
        ask = None
        if f.ask_amount is not None or f.ask_use_of_funds.strip() or f.ask_instrument:
            exact = self.n.money(f.ask_amount) if f.ask_amount is not None else ""
            short = self.econ.money(f.ask_amount)
            ask = {"type": "ask", "amount": short, "exact": exact if exact != short else "",
                   "equivalents": self.n.equivalents(self.story.analysis.finance.equivalents.get("ask")),
                   "instrument": f.ask_instrument.label if f.ask_instrument else "",
                   "use": [x for x in f.ask_use_of_funds.strip().split("\n") if x.strip()]}
        figures = s.summary_figures()
        return [
            ask,
            {"type": "figures", "figures": figures} if figures else None,
            {"type": "path", "points": s.timeline_points()} if s.timeline_points() else None,
            self.text("Exit", p.japan.exit_strategy),
        ]

    def problem(self) -> list[dict[str, Any] | None]:
        pr = self.p.problem
        people = None
        if pr.affected_population:
            people = {"type": "figures", "figures": [{"label": "People affected", "value": self.n.number(pr.affected_population),
                                                       "note": self.say(Phrase(pr.category.label)) if pr.category else None}]}
        evidence = None
        rows = [[e.claim.strip(), e.source.strip(), str(e.year or ""), e.link.strip()] for e in pr.evidence
                if any(x.strip() for x in (e.claim, e.source, e.link))]
        if rows:
            evidence = Table([Column("Finding", weight=1.6), Column("Source", weight=1.1), Column("Year", num=True),
                              Column("Reference", weight=1.0)], rows, context="The problem: evidence")
        return [
            people,
            self.text("The problem", pr.statement),
            self.text("Who is affected", pr.affected_groups),
            self.text("Root causes", pr.root_causes),
            self.text("Why now", pr.why_now),
            self.text("Community needs", pr.community_needs),
            self.text("Citizen consultation", pr.consultation),
            self.table("Evidence", evidence),
        ]

    def solution(self) -> list[dict[str, Any] | None]:
        s, feas, rm = self.story, self.p.feasibility, self.p.roadmap
        place = s.location_map(657.0, 330.0, self.accent)
        if place is not None and place["label"]:
            place["label_width"] = min(240.0, measure.width(place["label"], Font(13, bold=True)) + 12)
            if measure.lines(place["label"], 228.0, Font(13, bold=True, line_height=1.3)) > 2:
                place["label"] = ""  # a name too long to lay over the map: the facts beneath name the place
        return [
            {"type": "map", "map": place} if place is not None else None,
            self.table("Phases, light before heavy", detail.phases_table(s)),
            self.facts("Where", s.location()),
            self.text("Technical case", feas.technical_justification),
            self.text("Options considered", feas.options_considered),
            self.text("Digital readiness today", rm.digital_readiness),
            self.text("Data governance", rm.data_governance),
            self.text("Cybersecurity", rm.cybersecurity),
        ]

    def outcomes(self) -> list[dict[str, Any] | None]:
        s, v = self.story, self.p.vision
        jobs = s.jobs()
        return [
            self.text("Vision", v.statement),
            {"type": "figures", "figures": jobs} if jobs else None,
            self.facts("", [{"label": "Horizon", "value": str(v.horizon_year)}] if v.horizon_year else []),
            self.table("KPIs: baseline, target and source", detail.kpi_table(s)),
            self.bullets("Benefits for citizens", v.citizen_benefits),
            self.bullets("Benefits for businesses", v.business_benefits),
            self.table("Headline targets", detail.targets_table(s)),
            self.text("Social priorities served", v.alignment_social),
            self.text("Economic priorities served", v.alignment_economic),
            self.text("Environmental priorities served", v.alignment_environmental),
        ]

    def demand(self) -> list[dict[str, Any] | None]:
        f, e = self.p.feasibility, self.p.economy
        mix = self.econ.revenue_mix()
        return [
            self.text("Demand forecast", f.demand_forecast),
            self.facts("", [{"label": "Demand forecast prepared by", "value": f.demand_forecast_source.strip()}]),
            self.text("Market access and demand", e.market_access),
            {"type": "mix", "label": "Revenue by source", "mix": mix,
             "total": self.econ.money(self.story.analysis.finance.total_revenue)} if mix else None,
            self.text("Revenue model", e.revenue_model),
            self.text("Conditions for business", e.business_conditions),
            self.text("Enabling infrastructure", e.enabling_infrastructure),
            self.text("Regulation and enabling law", e.regulation),
            self.text("Scalability and replication", e.scalability),
        ]

    def economics(self) -> list[dict[str, Any] | None]:
        r, econ, n = self.story.analysis.finance, self.econ, self.n
        metrics = [m.as_dict(self.labels) for m in econ.metrics()]
        chart = None
        if r.years:
            chart = {"type": "chart", "chart": charts.cashflow_chart(r, n, self.accent, width=657.0, height=240.0)}
        rate_facts = []
        f = self.p.finance
        if f.horizon_years:
            rate_facts.append({"label": "Appraisal horizon", "value": f"{f.horizon_years}\u00a0years"})
        if f.discount_rate_pct is not None:
            rate_facts.append({"label": "Discount rate", "value": n.percent(f.discount_rate_pct)})
        if n.rates_note():
            rate_facts.append({"label": "Exchange rates", "value": n.rates_note()})
        downside = [self.say(x) for x in econ.downside()]
        basis = None
        if f.currency:
            currency = Phrase(f.currency.label)
            basis = Phrase("Figures in {currency}, base year {year}.", currency=currency, year=r.base_year) \
                if r.base_year else Phrase("Figures in {currency}.", currency=currency)
        breakeven = econ.break_even_sentence()
        return [
            {"type": "figures", "figures": metrics} if metrics else None,
            chart,
            self.table("Sensitivities", econ.sensitivity_table()),
            {"type": "statements", "entries": downside} if downside else None,
            {"type": "note", "text": self.say(breakeven)} if breakeven else None,
            self.table("Scenarios", econ.scenario_table()),
            self.table("Scenarios as entered", econ.scenario_inputs_table()),
            self.table("Sensitivity of the NPV to each driver", econ.tornado_table()),
            self.facts("Financing assumptions", econ.financing_facts()),
            self.facts("Basis of the figures", rate_facts),
            {"type": "note", "text": self.say(basis)} if basis else None,
            self.text("Key assumptions", f.assumptions),
            self.table("Yearly cash flows", econ.cash_flow_table()),
        ]

    def sources_uses(self) -> list[dict[str, Any] | None]:
        econ = self.econ
        uses, by = econ.uses()
        groups = econ.sources()
        committed = econ.committed_share()
        balance = econ.balance()
        statements = [self.say(balance)] if balance else []
        if committed:
            statements.append(self.say(Phrase("Committed: {share} of capex.", share=committed)))
        return [
            {"type": "uses", "label": "Uses", "rows": uses, "by": by, "total": econ.money(econ.total_uses()),
             "total_label": econ.uses_label()} if uses else None,
            {"type": "sources", "label": "Sources", "groups": groups,
             "total": econ.money(self.story.analysis.finance.funding.total)} if groups else None,
            {"type": "statements", "entries": statements} if statements else None,
            self.table("Funding sources", econ.funding_table()),
            self.table("Terms of each source", econ.terms_table()),
            self.table("The ask by instrument", econ.ask_table()),
        ]

    def structure(self) -> list[dict[str, Any] | None]:
        j, s = self.p.japan, self.story
        graph = s.structure()
        diagram = None
        if graph["shareholders"] or graph["lenders"]:
            # The page has room: the diagram grows until it shows every party, measured with the Japanese
            # glosses whatever the label language, so both languages show the same parties.
            both = Labels("en+ja").inline_text
            for height in (430.0, 520.0, 620.0, 740.0):
                d = charts.structure_diagram(graph, width=657.0, height=height, label=both)
                if not any(d["more"].values()):
                    break
            d["more_text"] = {k: self.say(Phrase("+{count} more in the funding table", count=d["more"][k]))
                              for k in ("holders", "lenders", "public")}
            diagram = {"type": "diagram", "diagram": d}
        return [
            diagram,
            self.facts("", [{"label": "Project structure", "value": j.project_structure.label}] if j.project_structure else []),
            self.text("Structure and shareholders", j.structure_description),
            self.text("Management structure", j.management_structure),
            self.text("How the investment is recovered", j.investment_recovery),
            self.table("Partners", detail.partners_table(s)),
        ]

    def risks(self) -> list[dict[str, Any] | None]:
        s = self.story
        if not s.risks():
            return []
        alloc = s.allocation(columns=8)  # the A4 page holds eight party columns; the others share the last
        return [
            {"type": "allocation", "label": "Risk by party", "parties": alloc["parties"], "rows": alloc["rows"]},
            self.table("Risk register", detail.risk_table(s)),
        ]

    def japan(self) -> list[dict[str, Any] | None]:
        j = self.p.japan
        green = []
        if j.green_focus:
            green.append({"label": "Environmental aims", "value": ", ".join(g.label for g in j.green_focus)})
        if j.ghg_reduction_tco2e is not None:
            green.append({"label": "GHG reduction", "value": f"{self.n.number(j.ghg_reduction_tco2e)}\u00a0tCO2e a year"})
        partners = [f"{pt.name.strip()}: {pt.contribution.strip()}" if pt.contribution.strip() else pt.name.strip()
                    for pt in self.story.japanese_partners()]
        return [
            self.text("Role offered beyond capital", j.investor_role),
            self.text("Japanese technologies sought", j.technologies_sought),
            self.text("Operational expertise sought", j.operational_expertise),
            self.bullets("Japanese partners", partners),
            self.text("Fit with JOIN", j.join_fit),
            self.text("Fit with JBIC", j.jbic_fit),
            self.text("Fit with Smart JAMP", j.smart_jamp_fit),
            self.facts("", green),
            self.text("Environmental and social considerations", j.environmental_social),
        ]

    def delivery(self) -> list[dict[str, Any] | None]:
        s = self.story
        chart = charts.delivery_timeline(s, height=10_000.0, width=657.0, gutter=230.0)
        statuses = s.statuses()
        return [
            {"type": "statuses", "entries": statuses} if statuses else None,
            {"type": "gantt", "chart": chart} if chart["rows"] else None,
            self.table("Milestones", detail.milestones_table(s)),
        ]

    def team(self) -> list[dict[str, Any] | None]:
        t, im = self.p.team, self.p.implementation
        people = self.story.people()
        return [
            self.facts("", people),
            self.text("Capability and track record", t.capability),
            self.text("Governance", im.governance),
            self.text("Procurement route", im.procurement),
            self.text("Monitoring and reporting", im.monitoring),
        ]

    def next_steps(self) -> list[dict[str, Any] | None]:
        s = self.story
        steps = s.next_steps()
        contacts = s.contacts()
        return [
            {"type": "steps", "label": "Next steps", "entries": steps} if steps else None,
            {"type": "contacts", "label": "Contacts", "entries": contacts} if contacts else None,
        ]

    # -- appendix --------------------------------------------------------------------------------------------

    def appendix_evidence(self) -> list[dict[str, Any] | None]:
        return [self.table("", detail.evidence_table(self.story))]

    def appendix_city(self) -> list[dict[str, Any] | None]:
        c, n = self.p.city, self.n
        facts = list(self.story.location())
        if c.population_growth_pct is not None:
            facts.append({"label": "Population growth", "value": f"{n.percent(c.population_growth_pct)} a year"})
        if c.ascn_member:
            facts.append({"label": "ASEAN Smart Cities Network", "value": "Member city"})
        if c.scap_reference.strip():
            facts.append({"label": "Smart City Action Plan", "value": c.scap_reference.strip()})
        if c.focus_areas:
            facts.append({"label": "Focus areas", "value": ", ".join(f.label for f in c.focus_areas)})
        photos = []
        for item in self.p.branding.photos[1:]:
            url = self.asset_url(item.asset) if item.asset else None
            if url:
                photos.append({"url": url, "caption": item.caption.strip(), "credit": item.credit.strip()})
        return [
            {"type": "photos", "entries": photos} if photos else None,
            self.facts("", facts),
            self.text("City context", c.context),
        ]

    # -- cover ---------------------------------------------------------------------------------------------

    def cover(self) -> dict[str, Any]:
        p = self.p
        photo = None
        for item in p.branding.photos[:1]:
            url = self.asset_url(item.asset) if item.asset else None
            if url:
                photo = {"url": url, "caption": item.caption.strip(), "credit": item.credit.strip()}
        return {
            "title": self.story.project, "subtitle": p.meta.subtitle.strip(),
            "city": ", ".join(x for x in (p.city.name.strip(), p.city.region.strip(),
                                          p.city.country.label if p.city.country else "") if x),
            "date": _long_date(p.meta.prepared_on), "prepared_by": p.meta.prepared_by.strip(),
            "logo": self.asset_url(p.branding.logo) if p.branding.logo else None, "photo": photo,
            "confidentiality": p.meta.confidentiality.strip(), "illustrative": p.meta.illustrative,
        }


def build_document(proposal: Proposal, *, analysis: Analysis, draft: bool, asset_url: Callable[[str], str | None],
                   numbers: Numbers, labels: Labels) -> dict[str, Any]:
    """The leave-behind as plain data: cover, contents, numbered sections, appendix."""
    doc = _Document(proposal, analysis, numbers, labels, asset_url)
    sections = doc.sections()
    parts = sum(len(s["parts"]) for s in sections)
    rows = sum(len(part.get("rows", [])) for s in sections for part in s["parts"] if part["type"] == "table")
    return {
        **document_meta(proposal, doc.accent),
        "draft": draft,
        "cover": doc.cover(),
        "sections": sections,
        "slides": [],
        "pages_estimate": 2 + round(parts / _PARTS_PER_PAGE + rows / 40),
    }


__all__ = ["APPENDIX", "build_document"]
