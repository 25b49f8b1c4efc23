"""The investment story: what each part of the pitch says, in the order an investment committee reads it.

Format-independent facts for the deck and the leave-behind alike, computed once per export from the
proposal and its analysis (:func:`wizard.analysis.analyse`, never the financial case again):

1. title; 2. executive summary; 3. the problem, quantified, with its evidence; 4. the solution (what gets
built, where, light before heavy); 5. outcomes (the KPIs and what citizens get); 6. demand and market;
7. economics; 8. sources and uses; 9. the structure (who owns, lends, operates, pays); 10. risk
allocation; 11. Japanese value-add; 12. delivery from today to operation; 13. team; 14. the ask and
next steps.  Then a numbered appendix with the detail.

Each main-line part has an *action title* that states its finding with the proposal's own numbers and
names (:meth:`Story.title_candidates`: the first candidate that fits is used, see
:mod:`wizard.export.titles`), and the team can write its own.  Nothing here writes a sentence of its
own: every text is the team's, or a catalogue phrase filled with figures computed from their numbers.
"""

from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from wizard.analysis import Analysis
from wizard.export.economics import Economics
from wizard.export.labels import Labels, Phrase
from wizard.export.numbers import Numbers, rounded
from wizard.model import KPI, MilestoneKind, PartnerType, PhaseKind, Proposal, Risk, RiskCategory

_NBSP = "\u00a0"
_ZERO = Decimal(0)

#: The main line, in the order an investor reads it: (slide id, section name as a catalogue key).
MAIN_LINE: tuple[tuple[str, str], ...] = (
    ("summary", "Executive summary"),
    ("problem", "The problem"),
    ("solution", "The solution"),
    ("outcomes", "Outcomes"),
    ("demand", "Demand and market"),
    ("economics", "Economics"),
    ("sources-uses", "Sources and uses"),
    ("structure", "Structure"),
    ("risks", "Risk allocation"),
    ("japan", "Japanese value-add"),
    ("delivery", "Delivery"),
    ("team", "Team"),
    ("next-steps", "The ask and next steps"),
)
SECTION_NAMES = dict(MAIN_LINE)

#: Risk categories read first (JOIN's FY2023 losses came from a contractor's default and political upheaval).
FIRST_RISKS = (RiskCategory.POLITICAL, RiskCategory.COUNTERPARTY)
#: Milestone kinds in the order of the path to operation.
PATH = (MilestoneKind.STUDY, MilestoneKind.PERMIT, MilestoneKind.LAND, MilestoneKind.PROCUREMENT,
        MilestoneKind.FINANCIAL_CLOSE, MilestoneKind.CONSTRUCTION, MilestoneKind.OPERATION, MilestoneKind.OTHER)


def join_names(names: list[str]) -> str:
    """'a', 'a and b', 'a, b and c'."""
    names = [n for n in names if n]
    if len(names) <= 1:
        return "".join(names)
    return ", ".join(names[:-1]) + " and " + names[-1]


def risk_score(risk: Risk) -> int:
    return (risk.likelihood or 0) * (risk.impact or 0)


def risk_level(score: int) -> str:
    """The band of a likelihood x impact score: high (15+), medium (6-14), low (1-5), or unscored."""
    if score >= 15:
        return "high"
    if score >= 6:
        return "medium"
    return "low" if score > 0 else "unscored"


@dataclass
class Story:
    """The facts of one proposal's pitch, shared by every format."""

    p: Proposal
    analysis: Analysis
    n: Numbers
    labels: Labels

    def __post_init__(self) -> None:
        self.econ = Economics(self.p, self.analysis.finance, self.n)
        self.today = self.p.meta.prepared_on or _dt.date.today()

    # -- names and figures used across slides -------------------------------------------------------------

    @property
    def project(self) -> str:
        return self.p.meta.project_name.strip() or "Untitled proposal"

    @property
    def city(self) -> str:
        return self.p.city.name.strip()

    def ask(self) -> str:
        return self.econ.money(self.p.finance.ask_amount)

    def instrument(self) -> Phrase | None:
        """The instrument asked for, as it reads inside a sentence ("equity", "concessional loan")."""
        i = self.p.finance.ask_instrument
        return Phrase(i.label.lower()) if i else None

    def capex(self) -> str:
        return self.econ.money(self.analysis.finance.total_capex)

    def milestones(self, kind: MilestoneKind) -> list[int]:
        return sorted(m.year for m in self.p.implementation.milestones if m.kind == kind and m.year)

    def financial_close(self) -> int | None:
        years = self.milestones(MilestoneKind.FINANCIAL_CLOSE)
        return years[0] if years else None

    def operation(self) -> tuple[int | None, int | None]:
        """Year of the first and of the last start of operation (milestones of that kind)."""
        years = self.milestones(MilestoneKind.OPERATION)
        return (years[0], years[-1]) if years else (None, None)

    def phases(self) -> list[Any]:
        return [ph for ph in self.p.roadmap.phases if ph.name.strip() or ph.kind or ph.components.strip()]

    def kpis(self) -> list[KPI]:
        return [k for k in self.p.problem.kpis if k.name.strip() or k.baseline is not None or k.target is not None]

    def risks(self) -> list[Risk]:
        return [r for r in self.p.risks if r.description.strip() or r.category or r.mitigation.strip()]

    def japanese_partners(self) -> list[Any]:
        return [pt for pt in self.p.japan.partners if pt.partner_type in (PartnerType.JAPANESE_COMPANY,
                                                                          PartnerType.JAPANESE_AGENCY)
                and (pt.name.strip() or pt.contribution.strip())]

    def number_unit(self, value: Decimal | None, unit: str) -> str:
        if value is None:
            return ""
        number = self.n.number(value)
        unit = unit.strip()
        if not unit:
            return number
        return f"{number}{unit}" if unit == "%" else f"{number}{_NBSP}{unit}"

    # -- executive summary -------------------------------------------------------------------------------

    def summary_figures(self) -> list[dict[str, Any]]:
        """The numbers that decide the meeting: capex, NPV, IRR, payback, funding committed, Japanese share."""
        r, econ, n = self.analysis.finance, self.econ, self.n
        out: list[dict[str, Any]] = []

        def add(key: str, label: str, value: str, note: Phrase | None = None) -> None:
            if value:
                out.append({"key": key, "label": label, "value": value, "note": note.as_dict(self.labels) if note else None})

        add("capex", "Total capex", self.capex(),
            Phrase("{first}–{last}", first=r.years[0], last=r.years[-1]) if r.years else None)
        for figure in econ.metrics():
            if figure.key in ("npv", "irr", "payback"):
                add(figure.key, figure.label, figure.value, figure.note)
        committed = econ.committed_share()
        if committed and r.funding.committed is not None:
            add("committed", "Funding committed", committed,
                Phrase("{amount} of capex", amount=econ.money(r.funding.committed)))
        japanese = econ.japanese_funding()
        total = r.funding.total
        if japanese > 0 and total:
            add("japanese", "From Japanese investors and lenders", n.percent(rounded((japanese * 100 / total), 1)),
                Phrase("{amount} of funding", amount=econ.money(japanese)))
        return out

    def timeline_points(self) -> list[dict[str, Any]]:
        """Today, financial close, first and full operation: the path the executive summary shows."""
        points = [{"key": "today", "label": "Today", "year": str(self.today.year)}]
        close = self.financial_close()
        if close:
            points.append({"key": "close", "label": "Financial close", "year": str(close)})
        first, last = self.operation()
        if first:
            points.append({"key": "first", "label": "First operation" if last and last != first else "Operation",
                           "year": str(first)})
        if last and last != first:
            points.append({"key": "full", "label": "Full operation", "year": str(last)})
        return points if len(points) > 1 else []

    # -- evidence ------------------------------------------------------------------------------------------

    def evidence(self) -> list[dict[str, str]]:
        """The problem's evidence, each finding with its source and year (the team's words)."""
        out = []
        for e in self.p.problem.evidence:
            if e.claim.strip() or e.source.strip():
                source = ", ".join(x for x in (e.source.strip(), str(e.year) if e.year else "") if x)
                out.append({"claim": e.claim.strip(), "source": source})
        return out

    # -- the solution ----------------------------------------------------------------------------------------

    def phase_items(self) -> list[dict[str, Any]]:
        out = []
        for ph in sorted(self.phases(), key=lambda x: (x.start_year or 9999, x.end_year or 9999)):
            years = f"{ph.start_year}–{ph.end_year}" if ph.start_year and ph.end_year and ph.start_year != ph.end_year \
                else str(ph.start_year or ph.end_year or "")
            out.append({"name": ph.name.strip(), "kind": ph.kind.value if ph.kind else "unknown",
                        "kind_label": "Light" if ph.kind == PhaseKind.LIGHT else "Heavy" if ph.kind == PhaseKind.HEAVY
                        else "", "years": years, "cost": self.econ.money(ph.cost),
                        "components": ph.components.strip(), "outcomes": ph.outcomes.strip()})
        return out

    def location(self) -> list[dict[str, str]]:
        """Where: the city's place and size, as plain labelled facts."""
        c, n = self.p.city, self.n
        out = []
        where = ", ".join(x for x in (c.name.strip(), c.region.strip(), c.country.label if c.country else "") if x)
        if where:
            out.append({"label": "Location", "value": where})
        if c.population:
            out.append({"label": "Population", "value": n.number(c.population)
                        + (f" ({c.population_year})" if c.population_year else "")})
        if c.area_km2 is not None:
            out.append({"label": "Area", "value": f"{n.number(c.area_km2)}{_NBSP}km²"})
        if c.gdp_per_capita_usd is not None:
            out.append({"label": "GDP per head", "value": n.money(c.gdp_per_capita_usd, currency="USD")})
        return out

    def location_map(self, width: float, height: float, accent: str) -> dict[str, Any] | None:
        """The city on a vector map of its country (wizard.geo), with alt text from the data; None without
        coordinates.  The city's name goes in HTML over the map (any script), at ``marker``."""
        c = self.p.city
        if c.latitude is None or c.longitude is None or c.country is None:
            return None
        from wizard import geo

        try:
            drawn = geo.location_map(c.country.value, c.latitude, c.longitude, width=width, height=height,
                                     accent=accent)
        except ValueError:
            return None  # a point or a country the map cannot show: the facts beside it still say where
        where = ", ".join(x for x in (c.name.strip(), c.region.strip()) if x)
        alt = (f"Map of {geo.country_name(c.country.value)} with {where or 'the city'} marked at "
               f"{abs(float(c.latitude)):.2f}°{'N' if c.latitude >= 0 else 'S'}, "
               f"{abs(float(c.longitude)):.2f}°{'E' if c.longitude >= 0 else 'W'}; scale bar {drawn.scale_km:,} km.")
        return {"svg": drawn.svg, "width": drawn.width, "height": drawn.height, "alt": alt,
                "marker": {"x": drawn.marker[0], "y": drawn.marker[1]}, "label": c.name.strip(),
                "label_left": drawn.marker[0] > drawn.width * 0.62}

    # -- outcomes --------------------------------------------------------------------------------------------

    def jobs(self) -> list[dict[str, str | None]]:
        e, n = self.p.economy, self.n
        out = []
        if e.jobs_direct:
            out.append({"label": "Direct jobs", "value": n.number(e.jobs_direct), "note": None})
        if e.jobs_indirect:
            out.append({"label": "Indirect jobs", "value": n.number(e.jobs_indirect), "note": None})
        return out

    # -- structure ---------------------------------------------------------------------------------------------

    def structure(self) -> dict[str, Any]:
        """Who owns, lends, funds, pays and delivers: the boxes of the structure diagram, from the data."""
        econ, p = self.econ, self.p
        shareholders = [{"name": f.name, "amount": econ.money(f.amount),
                         "share": self.n.percent(rounded(f.share_of_equity, 1)) if f.share_of_equity is not None else "",
                         "japanese": f.japanese, "status": f.status.value if f.status else "", "instrument": ""}
                        for f in sorted((f for f in econ.funding if f.kind == "equity"),
                                        key=lambda f: -(f.amount or _ZERO))]
        lenders = [{"name": f.name, "amount": econ.money(f.amount), "instrument": f.instrument, "share": "",
                    "japanese": f.japanese, "status": f.status.value if f.status else ""}
                   for f in sorted((f for f in econ.funding if f.kind == "debt"), key=lambda f: -(f.amount or _ZERO))]
        public = [{"name": f.name, "amount": econ.money(f.amount), "instrument": f.instrument, "share": "",
                   "japanese": f.japanese, "status": f.status.value if f.status else ""}
                  for f in sorted((f for f in econ.funding if f.kind in ("public", "other")),
                                  key=lambda f: -(f.amount or _ZERO))]
        payers = [{"name": m["payer"], "share": m["share"], "amount": m["amount"], "japanese": False} for m in econ.revenue_mix()]
        delivery = [{"name": pt.name.strip(), "type": pt.partner_type.label if pt.partner_type else "",
                     "japanese": pt.partner_type == PartnerType.JAPANESE_COMPANY}
                    for pt in p.japan.partners
                    if pt.partner_type in (PartnerType.JAPANESE_COMPANY, PartnerType.LOCAL_COMPANY) and pt.name.strip()]
        capital = econ.capital()
        structure = p.japan.project_structure
        return {
            "company": structure.label if structure else "Project company",
            "authority": p.implementation.implementing_agency.strip() or p.team.lead_agency.strip(),
            "shareholders": shareholders, "lenders": lenders, "public": public, "payers": payers,
            "delivery": delivery,
            "equity": econ.money(capital.get("equity")) if capital.get("equity") else "",
            "debt": econ.money(capital.get("debt")) if capital.get("debt") else "",
            "grants": econ.money(capital.get("public")) if capital.get("public") else "",
            "revenue": econ.money(self.analysis.finance.total_revenue) if self.analysis.finance.total_revenue else "",
        }

    # -- risks -------------------------------------------------------------------------------------------------

    def ordered_risks(self) -> list[tuple[int, Risk]]:
        """(register number, risk), highest first; political and counterparty risks first among equals."""
        numbered = list(enumerate(self.risks(), start=1))
        return sorted(numbered, key=lambda item: (-risk_score(item[1]),
                                                  0 if item[1].category in FIRST_RISKS else 1, item[0]))

    def allocation(self, columns: int | None = None) -> dict[str, Any]:
        """Risk by party: one row per risk (register number, category), one column per party bearing any.

        With ``columns``, at most that many: the parties bearing the most risks, then "Other parties" for
        the rest (``folded`` counts them), so every risk keeps its mark.
        """
        risks = self.risks()
        parties: list[str] = []
        for r in risks:
            label = r.bearer.label if r.bearer else "Not assigned"
            if label not in parties:
                parties.append(label)
        counts = {party: sum(1 for r in risks if (r.bearer.label if r.bearer else "Not assigned") == party)
                  for party in parties}
        parties.sort(key=lambda party: -counts[party])
        rows: list[dict[str, Any]] = []
        for number, r in sorted(enumerate(risks, start=1), key=lambda item: (
                0 if item[1].category in FIRST_RISKS else 1, -risk_score(item[1]), item[0])):
            bearer = r.bearer.label if r.bearer else "Not assigned"
            score = risk_score(r)
            rows.append({"number": str(number), "category": r.category.label if r.category else "",
                         "cells": [{"mark": party == bearer, "level": risk_level(score),
                                    "score": str(score) if score else ""} for party in parties]})
        folded = 0
        if columns is not None and len(parties) > columns:
            folded = len(parties) - columns + 1
            for row in rows:
                others = row["cells"][columns - 1:]
                other = next((c for c in others if c["mark"]), None)
                row["cells"] = row["cells"][:columns - 1] + [other or {**others[0], "mark": False}]
            parties = parties[:columns - 1] + ["Other parties"]
        levels = [risk_level(risk_score(r)) for r in risks]
        return {"parties": parties, "rows": rows, "counts": counts, "folded": folded,
                "high": levels.count("high"), "medium": levels.count("medium"), "low": levels.count("low")}

    # -- delivery ------------------------------------------------------------------------------------------------

    def people(self) -> list[dict[str, str]]:
        """Who leads and delivers: the lead agency, the project champion (name, title) and the implementing
        agency, each as a fixed label and the team's own text; those left empty are left out."""
        t, im = self.p.team, self.p.implementation
        people = []
        if t.lead_agency.strip():
            people.append({"label": "Lead agency", "value": t.lead_agency.strip()})
        champion = ", ".join(x for x in (t.champion_name.strip(), t.champion_title.strip()) if x)
        if champion:
            people.append({"label": "Project champion", "value": champion})
        if im.implementing_agency.strip():
            people.append({"label": "Implementing agency", "value": im.implementing_agency.strip()})
        return people

    def statuses(self) -> list[dict[str, str]]:
        """Where the project stands today: study, permits, land, environmental screening (plain labels).

        ``value`` and ``note_label`` are fixed labels; ``note`` is the team's own text (who made the study).
        """
        f = self.p.feasibility
        out = []
        if f.study_status:
            by = ", ".join(x for x in (f.study_by.strip(), str(f.study_year) if f.study_year else "") if x)
            out.append({"label": "Feasibility study", "value": f.study_status.label, "note": by, "note_label": ""})
        if f.permits_status:
            out.append({"label": "Permits", "value": f.permits_status.label, "note": "", "note_label": ""})
        if f.land_status:
            out.append({"label": "Land", "value": f.land_status.label, "note": "", "note_label": ""})
        if f.eia_status or f.environmental_category:
            out.append({"label": "Environmental impact assessment", "value": f.eia_status.label if f.eia_status else "",
                        "note": "", "note_label": f.environmental_category.label if f.environmental_category else ""})
        return out

    def milestone_items(self) -> list[dict[str, Any]]:
        order = {kind: i for i, kind in enumerate(PATH)}
        items = [m for m in self.p.implementation.milestones if m.name.strip() or m.description.strip()]
        items.sort(key=lambda m: (m.year or 9999, order.get(m.kind, len(PATH)) if m.kind else len(PATH)))
        return [{"name": m.name.strip(), "year": m.year, "description": m.description.strip(),
                 "kind": m.kind.value if m.kind else "", "kind_label": m.kind.label if m.kind else ""} for m in items]

    def next_steps(self) -> list[dict[str, Any]]:
        """Milestones from today up to financial close, and the first one after it."""
        items = [m for m in self.milestone_items() if m["year"] and m["year"] >= self.today.year]
        close = self.financial_close()
        if close is None:
            return items[:4]
        out = [m for m in items if m["year"] <= close]
        after = [m for m in items if m["year"] > close]
        return out + after[:1]

    def contacts(self) -> list[dict[str, Any]]:
        return [{"name": c.name.strip(), "lines": [x.strip() for x in (c.role, c.organisation, c.email, c.phone) if x.strip()]}
                for c in self.p.team.contacts if c.name.strip() or c.email.strip()]

    # -- action titles -------------------------------------------------------------------------------------------

    def title_candidates(self, slide: str) -> list[Phrase | str]:
        """Titles for ``slide``, most specific first; the first that fits is used (see wizard.export.titles).

        A ``str`` is the team's own one-line text (used as written); a :class:`Phrase` is a catalogue
        sentence filled with the proposal's figures and names.
        """
        method = getattr(self, "_titles_" + slide.replace("-", "_"))
        candidates: list[Phrase | str] = method()
        return candidates

    def _titles_summary(self) -> list[Phrase | str]:
        r = self.analysis.finance
        ask, capex, instrument = self.ask(), self.capex(), self.instrument()
        irr = self.n.percent(r.irr) if r.irr is not None else ""
        npv = self.econ.signed(r.npv)
        out: list[Phrase | str] = []
        if ask and instrument and capex and irr:
            out.append(Phrase("{ask} of {instrument} sought for a project of {capex}, project IRR {irr}",
                              ask=ask, instrument=instrument, capex=capex, irr=irr))
        if ask and instrument and capex and npv:
            out.append(Phrase("{ask} of {instrument} sought for a project of {capex}, NPV {npv}",
                              ask=ask, instrument=instrument, capex=capex, npv=npv))
        if ask and instrument:
            out.append(Phrase("{ask} of {instrument} sought for {project}", ask=ask, instrument=instrument,
                              project=self.project))
            out.append(Phrase("{ask} of {instrument} sought", ask=ask, instrument=instrument))
        if capex and irr:
            out.append(Phrase("A project of {capex}, project IRR {irr}", capex=capex, irr=irr))
        out.append(Phrase("Investment summary: {project}", project=self.project))
        if self.city:
            out.append(Phrase("Investment summary: {city}", city=self.city))
        return out

    def _titles_problem(self) -> list[Phrase | str]:
        pr = self.p.problem
        out: list[Phrase | str] = []
        if pr.title.strip():
            out.append(pr.title.strip())
        people = self.n.number(pr.affected_population) if pr.affected_population else ""
        if people and pr.category and self.city:
            out.append(Phrase("{category} affects {people} people in {city}", category=Phrase(pr.category.label),
                              people=people, city=self.city))
        if people and self.city:
            out.append(Phrase("The problem affects {people} people in {city}", people=people, city=self.city))
        if people:
            out.append(Phrase("The problem affects {people} people", people=people))
        for k in self.kpis():
            if k.baseline is not None and k.name.strip():
                value = self.number_unit(k.baseline, k.unit)
                if k.baseline_year:
                    out.append(Phrase("{kpi}: {value} in {year}", kpi=k.name.strip(), value=value, year=k.baseline_year))
                out.append(Phrase("{kpi}: {value} today", kpi=k.name.strip(), value=value))
                break
        if self.city:
            out.append(Phrase("The problem in {city}", city=self.city))
        return out

    def _titles_solution(self) -> list[Phrase | str]:
        items = self.phase_items()
        out: list[Phrase | str] = []
        light = [x for x in items if x["kind"] == "light"]
        heavy = [x for x in items if x["kind"] == "heavy"]

        def clear(group: list[dict[str, Any]]) -> bool:
            # "a and b and c" cannot be read back into phases when a name holds an "and" of its own.
            return len(group) == 1 or not any(" and " in x["name"] for x in group)

        if light and heavy and clear(light) and clear(heavy):
            out.append(Phrase("{light} first ({light_years}), then {heavy} ({heavy_years})",
                              light=join_names([x["name"] for x in light]), light_years=_span([x["years"] for x in light]),
                              heavy=join_names([x["name"] for x in heavy]), heavy_years=_span([x["years"] for x in heavy])))
        if light and heavy:
            start = _span([x["years"] for x in light]).split("–")[0]
            end = _span([x["years"] for x in heavy]).split("–")[-1]
            # Counted in the plural; a group of one is named instead.
            if len(light) > 1 and len(heavy) > 1:
                out.append(Phrase("Light before heavy: {light} digital phases from {start}, then {heavy} physical "
                                  "phases to {end}", light=len(light), heavy=len(heavy), start=start, end=end))
            elif len(light) > 1:
                out.append(Phrase("Light before heavy: {light} digital phases from {start}, then {name} to {end}",
                                  light=len(light), name=heavy[0]["name"], start=start, end=end))
            elif len(heavy) > 1:
                out.append(Phrase("Light before heavy: {name} from {start}, then {heavy} physical phases to {end}",
                                  name=light[0]["name"], heavy=len(heavy), start=start, end=end))
        if items:
            years = _span([x["years"] for x in items])
            if years and self.capex():
                out.append(Phrase("{count} phases from {years}, {capex} in total", count=len(items), years=years,
                                  capex=self.capex()))
            out.append(Phrase("What gets built: {names}", names=join_names([x["name"] for x in items])))
            if years:
                out.append(Phrase("{count} phases from {years}", count=len(items), years=years))
        if self.city:
            out.append(Phrase("What gets built in {city}", city=self.city))
        return out

    def _titles_outcomes(self) -> list[Phrase | str]:
        out: list[Phrase | str] = []
        kpis = [k for k in self.kpis() if k.name.strip() and k.baseline is not None and k.target is not None]
        for k in kpis[:1]:
            base, target = self.number_unit(k.baseline, k.unit), self.number_unit(k.target, k.unit)
            if k.target_year:
                out.append(Phrase("{kpi} from {baseline} to {target} by {year}", kpi=k.name.strip(),
                                  baseline=base, target=target, year=k.target_year))
            out.append(Phrase("{kpi} from {baseline} to {target}", kpi=k.name.strip(), baseline=base, target=target))
        if kpis:
            years = [k.target_year for k in kpis if k.target_year]
            if years:
                out.append(Phrase("{count} measured targets, to be met by {year}", count=len(kpis), year=max(years)))
            out.append(Phrase("{count} measured targets", count=len(kpis)))
        benefits = [b for b in self.p.vision.citizen_benefits if b.strip()]
        if benefits:
            out.append(Phrase("{count} benefits for citizens, measured", count=len(benefits)))
        if self.city:
            out.append(Phrase("What the project changes in {city}", city=self.city))
        return out

    def _titles_demand(self) -> list[Phrase | str]:
        r = self.analysis.finance
        mix = self.econ.revenue_mix()
        out: list[Phrase | str] = []
        total = self.econ.money(r.total_revenue) if r.total_revenue else ""
        period = f"{r.years[0]}–{r.years[-1]}" if r.years else ""
        if mix and total and period:
            top = mix[0]
            out.append(Phrase("{stream}: {share} of {total} of revenue over {period}",
                              stream=Phrase(top["label"]), share=top["share"], total=total, period=period))
        if total and period:
            out.append(Phrase("Revenue of {total} over {period}", total=total, period=period))
        people = self.p.problem.affected_population
        if people and self.city:
            out.append(Phrase("Demand from {people} people in {city}", people=self.n.number(people), city=self.city))
        if self.city:
            out.append(Phrase("Demand and market in {city}", city=self.city))
        return out

    def _titles_economics(self) -> list[Phrase | str]:
        r, econ, n = self.analysis.finance, self.econ, self.n
        out: list[Phrase | str] = []
        rate = n.percent(r.discount_rate_pct) if r.discount_rate_pct is not None else ""
        npv = econ.signed(r.npv)
        irr = n.percent(r.irr) if r.irr is not None else ""
        payback = Phrase("{value}\u00a0years", value=n.number(r.payback_years, 1)) if r.payback_years is not None else None
        st = r.structure
        if st is not None and st.equity_irr is not None and st.dscr_min is not None and irr and npv and rate:
            out.append(Phrase("Project IRR {irr}, equity IRR {equity_irr}, minimum DSCR {dscr}; NPV {npv} at {rate}",
                              irr=irr, equity_irr=n.percent(st.equity_irr), dscr=econ.times(st.dscr_min), npv=npv,
                              rate=rate))
        if npv and rate and irr and payback:
            out.append(Phrase("Project NPV of {npv} at {rate}, IRR {irr}, payback in {payback}",
                              npv=npv, rate=rate, irr=irr, payback=payback))
        if npv and rate and irr:
            out.append(Phrase("Project NPV of {npv} at {rate}, IRR {irr}", npv=npv, rate=rate, irr=irr))
        if npv and rate:
            out.append(Phrase("Project NPV of {npv} at {rate}", npv=npv, rate=rate))
        if irr:
            out.append(Phrase("Project IRR of {irr}", irr=irr))
        if self.capex():
            out.append(Phrase("Economics of a project of {capex}", capex=self.capex()))
        if self.city:
            out.append(Phrase("Economics of the project in {city}", city=self.city))
        return out

    def _titles_sources_uses(self) -> list[Phrase | str]:
        r, econ = self.analysis.finance, self.econ
        out: list[Phrase | str] = []
        total = econ.money(r.funding.total) if r.funding.total else ""
        capex = self.capex()
        committed = econ.committed_share()
        uses = econ.money(econ.total_uses())
        if total and uses and committed and uses != capex:
            out.append(Phrase("{total} of funding for {uses} of uses; {committed} of capex committed",
                              total=total, uses=uses, committed=committed))
        if total and capex and committed:
            out.append(Phrase("{total} of funding for {capex} of capex; {committed} committed",
                              total=total, capex=capex, committed=committed))
        if capex and committed:
            out.append(Phrase("{capex} of capex, {committed} of it committed", capex=capex, committed=committed))
        if total:
            out.append(Phrase("{total} of funding identified", total=total))
        if capex:
            out.append(Phrase("Uses: {capex} of capex", capex=capex))
        return out

    def _titles_structure(self) -> list[Phrase | str]:
        econ = self.econ
        capital = econ.capital()
        equity, debt = capital.get("equity", _ZERO), capital.get("debt", _ZERO)
        japanese_equity = sum((f.amount or _ZERO for f in econ.funding if f.kind == "equity" and f.japanese), _ZERO)
        structure = self.p.japan.project_structure
        out: list[Phrase | str] = []
        if equity > 0 and japanese_equity > 0 and debt > 0:
            share = self.n.percent(rounded((japanese_equity * 100 / equity), 1))
            if structure:
                out.append(Phrase("{structure}: {equity} of equity, {share} of it Japanese, and {debt} of debt",
                                  structure=Phrase(structure.label), equity=econ.money(equity), share=share,
                                  debt=econ.money(debt)))
            out.append(Phrase("{equity} of equity, {share} of it Japanese, and {debt} of debt",
                              equity=econ.money(equity), share=share, debt=econ.money(debt)))
        if equity > 0 and debt > 0:
            out.append(Phrase("{equity} of equity and {debt} of debt in the project company",
                              equity=econ.money(equity), debt=econ.money(debt)))
        if equity > 0:
            out.append(Phrase("{equity} of equity in the project company", equity=econ.money(equity)))
        if structure:
            out.append(Phrase("Structure: {structure}", structure=Phrase(structure.label)))
        out.append(Phrase("Who owns, lends, operates and pays: {project}", project=self.project))
        return out

    def _titles_risks(self) -> list[Phrase | str]:
        risks = self.risks()
        out: list[Phrase | str] = []
        if risks:
            alloc = self.allocation()
            parties = len([p for p in alloc["parties"] if p != "Not assigned"])
            if len(alloc["parties"]) == 1 and parties == 1:
                party = Phrase(alloc["parties"][0])
                out.append(Phrase("One risk, borne by {party}", party=party) if len(risks) == 1
                           else Phrase("{count} risks, all borne by {party}", count=len(risks), party=party))
            elif alloc["high"]:
                out.append(Phrase("{count} risks allocated to {parties} parties; {high} rated high",
                                  count=len(risks), parties=parties, high=alloc["high"]))
            else:
                out.append(Phrase("{count} risks allocated to {parties} parties; none rated high",
                                  count=len(risks), parties=parties))
            out.append(Phrase("{count} risks, each with its bearer and mitigation", count=len(risks)))
        if self.city:
            out.append(Phrase("Risk allocation for {project}", project=self.project))
        return out

    def _titles_japan(self) -> list[Phrase | str]:
        econ, r = self.econ, self.analysis.finance
        out: list[Phrase | str] = []
        japanese = econ.japanese_funding()
        partners = len(self.japanese_partners())
        if japanese > 0 and r.funding.total:
            share = self.n.percent(rounded((japanese * 100 / r.funding.total), 1))
            if partners:
                out.append(Phrase("Japanese investors and lenders provide {amount} ({share} of funding), with {partners} Japanese partners",
                                  amount=econ.money(japanese), share=share, partners=partners))
            out.append(Phrase("Japanese investors and lenders provide {amount} ({share} of funding)",
                              amount=econ.money(japanese), share=share))
        if partners:
            out.append(Phrase("{partners} Japanese partners bring technology and operations", partners=partners))
        if self.city:
            out.append(Phrase("Japanese value-add in {city}", city=self.city))
        out.append(Phrase("Japanese value-add: {project}", project=self.project))
        return out

    def _titles_delivery(self) -> list[Phrase | str]:
        close = self.financial_close()
        first, last = self.operation()
        out: list[Phrase | str] = []
        if close and first and last and last != first:
            out.append(Phrase("Financial close in {close}, first operation in {first}, full operation in {last}",
                              close=close, first=first, last=last))
        if close and first:
            out.append(Phrase("Financial close in {close}, operation from {first}", close=close, first=first))
        if close:
            out.append(Phrase("Financial close in {close}", close=close))
        items = self.milestone_items()
        years = sorted(m["year"] for m in items if m["year"])
        if years:
            out.append(Phrase("{count} milestones from {first} to {last}", count=len(items), first=years[0], last=years[-1]))
        phases = self.phase_items()
        span = _span([x["years"] for x in phases])
        if span:
            out.append(Phrase("Delivery from {years}", years=span))
        if self.city:
            out.append(Phrase("Delivery in {city}", city=self.city))
        return out

    def _titles_team(self) -> list[Phrase | str]:
        t = self.p.team
        lead = t.lead_agency.strip()
        champion = ", ".join(x for x in (t.champion_name.strip(), t.champion_title.strip()) if x)
        out: list[Phrase | str] = []
        if lead and champion:
            out.append(Phrase("{lead} leads, with {champion} as champion", lead=lead, champion=champion))
        if lead:
            out.append(Phrase("Led by {lead}", lead=lead))
        if champion:
            out.append(Phrase("Championed by {champion}", champion=champion))
        agency = self.p.implementation.implementing_agency.strip()
        if agency:
            out.append(Phrase("Delivered by {agency}", agency=agency))
        contacts = self.contacts()
        if contacts:
            out.append(Phrase("The team: {names}", names=join_names([c["name"] for c in contacts])))
        return out

    def _titles_next_steps(self) -> list[Phrase | str]:
        ask, instrument, close = self.ask(), self.instrument(), self.financial_close()
        out: list[Phrase | str] = []
        if ask and instrument and close:
            out.append(Phrase("{ask} of {instrument} to reach financial close in {close}", ask=ask,
                              instrument=instrument, close=close))
        if close:
            out.append(Phrase("Next steps to financial close in {close}", close=close))
        if ask and instrument:
            out.append(Phrase("{ask} of {instrument}: the next steps", ask=ask, instrument=instrument))
        out.append(Phrase("Next steps for {project}", project=self.project))
        return out


def _span(years: list[str]) -> str:
    """'2027–2032' from a list of '2027–2028', '2030' ..."""
    values = [int(part) for text in years for part in text.split("–") if part.isdigit()]
    if not values:
        return ""
    low, high = min(values), max(values)
    return f"{low}–{high}" if high != low else str(low)


__all__ = ["FIRST_RISKS", "MAIN_LINE", "SECTION_NAMES", "Story", "join_names", "risk_level", "risk_score"]
