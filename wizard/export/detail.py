"""The detail tables of the pitch (evidence, phases, KPIs, targets, partners, risks, milestones), for every format.

Each function returns a :class:`~wizard.export.tables.Table` of finished strings, every row the proposal
holds (or None when there is none); the deck puts them in its appendix, the leave-behind in its sections.
"""

from __future__ import annotations

from wizard.export.charts import kpi_row
from wizard.export.story import Story
from wizard.export.tables import Column, Fixed, Table, amount_scale, scaled, unit_label


def evidence_table(story: Story) -> Table | None:
    p = story.p
    rows = [[e.claim.strip(), e.source.strip(), str(e.year or ""), e.link.strip()] for e in p.problem.evidence
            if any(x.strip() for x in (e.claim, e.source, e.link))]
    for k in p.problem.kpis:
        if k.baseline_source.strip():
            rows.append([k.name.strip(), k.baseline_source.strip(), str(k.baseline_year or ""), Fixed("KPI baseline")])
    feas = p.feasibility
    if feas.demand_forecast_source.strip():
        rows.append([Fixed("Demand forecast"), feas.demand_forecast_source.strip(), "", ""])
    if feas.study_by.strip():
        rows.append([Fixed("Feasibility study"), feas.study_by.strip(), str(feas.study_year or ""), ""])
    if not rows:
        return None
    return Table([Column("Finding or figure", weight=1.6), Column("Source", weight=1.1), Column("Year", num=True),
                  Column("Reference", weight=1.0)], rows, context="Evidence register")


def phases_table(story: Story) -> Table | None:
    phases = story.phases()
    if not phases:
        return None
    factor, word = amount_scale([ph.cost for ph in phases])
    unit = unit_label(story.n.currency, word)
    rows = [[ph.name.strip(), Fixed(ph.kind.label) if ph.kind else "", ph.components.strip(),
             _years(ph.start_year, ph.end_year), scaled(ph.cost, factor, story.n), ph.depends_on.strip(),
             ph.outcomes.strip()] for ph in phases]
    total = None
    if any(ph.cost for ph in phases):
        from decimal import Decimal
        total = [Fixed("Total"), "", "", "", scaled(sum((ph.cost or Decimal(0) for ph in phases), Decimal(0)), factor, story.n),
                 "", ""]
    return Table([Column("Phase"), Column("Kind", weight=0.6), Column("Components", weight=1.6),
                  Column("Years", num=True), Column("Cost", unit, num=True), Column("Depends on", weight=0.7),
                  Column("Outcomes", weight=1.4)], rows, total, context="Roadmap phases")


def kpi_table(story: Story) -> Table | None:
    kpis = [kpi_row(k, story.n) for k in story.kpis()]
    if not kpis:
        return None
    rows = [[k["name"], k["unit"], k["baseline"], k["baseline_year"], k["target"], k["target_year"], k["change"],
             k["source"]] for k in kpis]
    return Table([Column("KPI", weight=1.5), Column("Unit", weight=0.5), Column("Baseline", num=True),
                  Column("Year", num=True), Column("Target", num=True), Column("By", num=True),
                  Column("Change", num=True), Column("Baseline source", weight=1.3)], rows,
                 context="KPIs: baseline, target and source")


def targets_table(story: Story) -> Table | None:
    rows = []
    for t in story.p.vision.targets:
        value = story.number_unit(t.value, t.unit)
        if t.kpi.strip() or t.description.strip() or value:
            rows.append([t.kpi.strip(), t.description.strip(), value, str(t.year or "")])
    if not rows:
        return None
    return Table([Column("KPI", weight=1.0), Column("Target", weight=1.6), Column("Value", nowrap=True),
                  Column("By", num=True)], rows, context="Headline targets")


def partners_table(story: Story) -> Table | None:
    rows = [[pt.name.strip(), Fixed(pt.partner_type.label) if pt.partner_type else "", pt.contribution.strip(),
             Fixed(pt.status.label) if pt.status else ""] for pt in story.p.japan.partners
            if pt.name.strip() or pt.contribution.strip()]
    if not rows:
        return None
    return Table([Column("Partner", weight=1.0), Column("Type", nowrap=True), Column("Contribution", weight=2.0),
                  Column("Status", nowrap=True)], rows, context="Partners")


def risk_table(story: Story) -> Table | None:
    risks = story.risks()
    if not risks:
        return None
    rows = [[str(i), Fixed(r.category.label) if r.category else "", r.description.strip(),
             str(r.likelihood or ""), str(r.impact or ""), r.mitigation.strip(), Fixed(r.bearer.label) if r.bearer else ""]
            for i, r in enumerate(risks, start=1)]
    return Table([Column("#", num=True), Column("Category", weight=0.7), Column("Risk", weight=1.6),
                  Column("Likelihood", num=True), Column("Impact", num=True), Column("Mitigation", weight=1.8),
                  Column("Borne by", weight=0.7)], rows, context="Risk register")


def milestones_table(story: Story) -> Table | None:
    items = story.milestone_items()
    if not items:
        return None
    rows = [[str(m["year"] or ""), m["name"], Fixed(m["kind_label"]) if m["kind_label"] else "", m["description"]] for m in items]
    return Table([Column("Year", num=True), Column("Milestone", weight=1.0), Column("Kind of step", nowrap=True),
                  Column("What is delivered", weight=2.0)], rows, context="Milestones")


def _years(start: int | None, end: int | None) -> str:
    if start and end and start != end:
        return f"{start}–{end}"
    return str(start or end or "")


__all__ = ["evidence_table", "kpi_table", "milestones_table", "partners_table", "phases_table", "risk_table",
           "targets_table"]
