"""When each readiness rule fires: one function per criterion, reading the proposal (no Qt).

Each function receives a :class:`_Emit` for its criterion and reports the rules that fire, with the
model path of the field concerned and the values the rule's message needs. Points come from the
catalogue (``resources/guidance/readiness.json``); :meth:`_Emit.each` spreads a rule's points over the
rows of a table in proportion to how many rows fail it.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from decimal import Decimal
from typing import Any

from wizard import vague
from wizard.finance import FinancialResults, compute
from wizard.model import (
    EiaStatus,
    EnvCategory,
    FundingStatus,
    FundingType,
    GreenFocus,
    Instrument,
    LandStatus,
    PartnerType,
    PermitStatus,
    PhaseKind,
    Proposal,
    RiskCategory,
    StudyStatus,
)
from wizard.money import format_money, format_percent
from wizard.readiness._core import Catalogue, RawFinding

#: Below this many words an economic-engine answer is flagged as thin.
THIN_WORDS = 15
#: Evidence older than this many years before the proposal's date is flagged.
OLD_DATA_YEARS = 5
#: Discount rates outside this range (percent) are flagged as unusual.
DISCOUNT_RANGE = (Decimal(4), Decimal(20))
#: IRRs above this (percent) are flagged as too good to be believed without explanation.
IRR_PLAUSIBLE_MAX = Decimal(40)
#: Payback beyond this many years is flagged as long.
PAYBACK_LONG_YEARS = Decimal(20)
#: Funding may differ from the capex by this share (1%) before they are called unbalanced.
FUNDING_TOLERANCE = Decimal("0.01")

#: Finance problems that have a readiness rule of their own (so they are not reported twice).
_FINANCE_CODES_COVERED = frozenset({
    "currency_missing", "discount_rate_missing", "rate_missing", "rates_date_missing", "lines_missing",
    "funding_amount_missing", "funding_status_missing", "join_largest",
})

#: Words that show a role beyond money in "Role offered to the investor beyond capital".
ROLE_WORDS: tuple[str, ...] = (
    "board", "director", "directors", "seat", "seats", "manage", "management", "manager", "managers",
    "operate", "operates", "operating", "operation", "operations", "operator", "technical", "technology",
    "technologies", "expertise", "know-how", "training", "train", "secondment", "secondments", "seconded",
    "design", "engineering", "maintenance", "o&m", "advisory", "advise", "governance", "committee",
    "procurement", "negotiation", "negotiations", "supervision", "oversight", "strategy", "appoint",
    "chair", "veto", "supply", "supplies",
)
_ROLE = re.compile(r"(?<![\w&-])(?:" + "|".join(re.escape(w) for w in ROLE_WORDS) + r")(?![\w&-])", re.IGNORECASE)

#: Keyword families used to tell whether a one-line problem names several distinct challenges.
CHALLENGE_FAMILIES: dict[str, tuple[str, ...]] = {
    "mobility": ("congestion", "congested", "traffic", "commute", "commuters", "commuting", "mobility",
                 "public transport", "transit"),
    "waste": ("waste", "garbage", "rubbish", "landfill", "litter"),
    "energy": ("energy", "electricity", "power cuts", "blackouts", "street lighting", "lighting"),
    "flooding": ("flood", "floods", "flooding", "flooded", "drainage", "inundation", "storm water", "stormwater"),
    "water": ("water supply", "drinking water", "piped water", "water loss", "non-revenue water", "water shortage"),
    "housing": ("housing", "slum", "slums", "homelessness", "affordable homes"),
    "health": ("health", "disease", "diseases", "hospital", "hospitals", "clinic", "clinics"),
    "education": ("education", "school", "schools", "learning"),
    "air quality": ("air quality", "air pollution", "smog", "pm2.5", "haze"),
    "public services": ("permits", "public services", "e-government", "paperwork"),
}
_FAMILY_RE = {
    name: re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(w) for w in words) + r")(?![\w-])", re.IGNORECASE)
    for name, words in CHALLENGE_FAMILIES.items()
}

_RISK_KEY_CATEGORIES: tuple[tuple[RiskCategory, str], ...] = (
    (RiskCategory.DEMAND, "demand or revenue"),
    (RiskCategory.FINANCIAL, "financial or currency"),
    (RiskCategory.CONSTRUCTION, "construction"),
)


def blank(text: str | None) -> bool:
    return not text or not text.strip()


def norm(text: str | None) -> str:
    """Case- and space-insensitive form of a name, for matching KPIs and phases."""
    return " ".join((text or "").casefold().split())


def _short(text: str, limit: int = 60) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _join_missing(names: list[str]) -> str:
    if len(names) <= 1:
        return "".join(names)
    return ", ".join(names[:-1]) + " or " + names[-1]


class _Emit:
    """Collects the raw findings of one criterion."""

    def __init__(self, cat: Catalogue, criterion: str) -> None:
        self.cat = cat
        self.criterion = criterion
        self.found: list[RawFinding] = []

    def _spec_points(self, rule: str) -> int:
        spec = self.cat.rules[rule]
        if spec.criterion != self.criterion:
            raise AssertionError(f"rule {rule} belongs to {spec.criterion}, not {self.criterion}")
        return spec.points

    def add(self, rule: str, field: str, *, points: int | None = None, **params: Any) -> None:
        full = self._spec_points(rule)
        self.found.append(RawFinding(rule, field, full if points is None else min(points, full), params))

    def each(self, rule: str, items: list[tuple[str, dict[str, Any]]], total: int) -> None:
        """One finding per failing row; together they cost the rule's points times the failing share."""
        if not items:
            return
        full = self._spec_points(rule)
        cost = max(1, (full * len(items) * 2 + total) // (2 * total))  # rounded half up
        base, extra = divmod(cost, len(items))
        for i, (path, params) in enumerate(items):
            self.found.append(RawFinding(rule, path, base + (1 if i < extra else 0), params))


class Context:
    """The proposal plus what several criteria need, worked out once."""

    def __init__(self, proposal: Proposal, fin: FinancialResults | None = None) -> None:
        self.p = proposal
        self._fin = fin

    @functools.cached_property
    def fin(self) -> FinancialResults:
        return self._fin if self._fin is not None else compute(self.p.finance)

    @functools.cached_property
    def kpi_names(self) -> dict[str, int]:
        names: dict[str, int] = {}
        for i, kpi in enumerate(self.p.problem.kpis):
            if not blank(kpi.name):
                names.setdefault(norm(kpi.name), i)
        return names

    @functools.cached_property
    def has_case(self) -> bool:
        f = self.fin
        if f.total_capex is None:
            return False
        return any(total for total in (f.total_capex, f.total_opex, f.total_revenue))

    @functools.cached_property
    def reference_year(self) -> int | None:
        """The year the proposal is written in, against which data age is judged."""
        return self.p.meta.prepared_on.year if self.p.meta.prepared_on else None

    def money(self, amount: Decimal | None) -> str:
        return format_money(amount, self.fin.currency, compact=True)


# --- criteria -----------------------------------------------------------------------------------------


def _statement(e: _Emit, prefix: str, text: str, field: str) -> None:
    """The vague-writing rules shared by the vision and problem statements."""
    if blank(text):
        e.add(f"{prefix}.no_statement", field)
        return
    hints = vague.vague_hints(text)
    codes = {h.code for h in hints}
    for code in ("no_number", "no_date", "no_beneficiary"):
        if code in codes:
            e.add(f"{prefix}.{code}", field)
    words = [text[h.span[0]:h.span[1]] for h in hints if h.code == "buzzword" and h.span]
    if words:
        unique = list(dict.fromkeys(w.lower() for w in words))
        e.add(f"{prefix}.buzzwords", field, words=", ".join(f"'{w}'" for w in unique))


def vision(ctx: Context, e: _Emit) -> None:
    v = ctx.p.vision
    _statement(e, "vision", v.statement, "vision.statement")
    if v.horizon_year is None:
        e.add("vision.no_horizon", "vision.horizon_year")
    if not [b for b in v.citizen_benefits if not blank(b)]:
        e.add("vision.no_citizen_benefits", "vision.citizen_benefits")
    if not [b for b in v.business_benefits if not blank(b)]:
        e.add("vision.no_business_benefits", "vision.business_benefits")
    for which in ("social", "economic", "environmental"):
        if blank(getattr(v, f"alignment_{which}")):
            e.add("vision.alignment_missing", f"vision.alignment_{which}", which=which)
    if not ctx.p.city.focus_areas:
        e.add("vision.no_focus_area", "city.focus_areas")

    targets = v.targets
    if not targets:
        e.add("vision.no_targets", "vision.targets")
        return
    incomplete, unmatched, beyond = [], [], []
    for i, t in enumerate(targets):
        name = _short(t.description or t.kpi or f"target {i + 1}")
        base = f"vision.targets[{i}]"
        missing = [(label, attr) for label, attr, value in
                   (("value", "value", t.value), ("unit", "unit", t.unit), ("year", "year", t.year))
                   if value is None or (isinstance(value, str) and blank(value))]
        if missing:
            incomplete.append((f"{base}.{missing[0][1]}",
                               {"n": i + 1, "name": name, "missing": _join_missing([m[0] for m in missing])}))
        if blank(t.kpi):
            unmatched.append((f"{base}.kpi", {"n": i + 1, "name": name, "reason": "it names no KPI"}))
        elif norm(t.kpi) not in ctx.kpi_names:
            unmatched.append((f"{base}.kpi", {"n": i + 1, "name": name,
                                              "reason": f"'{_short(t.kpi)}' is not among the KPIs"}))
        if t.year is not None and v.horizon_year is not None and t.year > v.horizon_year:
            beyond.append((f"{base}.year", {"n": i + 1, "year": t.year, "horizon": v.horizon_year}))
    e.each("vision.target_incomplete", incomplete, len(targets))
    e.each("vision.target_without_kpi", unmatched, len(targets))
    e.each("vision.target_beyond_horizon", beyond, len(targets))


def challenge_families(text: str) -> list[str]:
    """The challenge families (see :data:`CHALLENGE_FAMILIES`) named in ``text``, in table order."""
    return [name for name, pattern in _FAMILY_RE.items() if pattern.search(text)]


def problem(ctx: Context, e: _Emit) -> None:
    pr = ctx.p.problem
    if pr.category is None:
        e.add("problem.no_category", "problem.category")
    if blank(pr.title):
        e.add("problem.no_title", "problem.title")
    else:
        families = challenge_families(pr.title)
        if len(families) >= 2:
            e.add("problem.several_challenges", "problem.title", families=", ".join(families))
    _statement(e, "problem", pr.statement, "problem.statement")
    if pr.affected_population is None:
        e.add("problem.no_affected_population", "problem.affected_population")
    elif ctx.p.city.population and pr.affected_population > ctx.p.city.population:
        e.add("problem.affected_exceeds_population", "problem.affected_population",
              affected=f"{pr.affected_population:,}", population=f"{ctx.p.city.population:,}")
    if blank(pr.affected_groups):
        e.add("problem.no_affected_groups", "problem.affected_groups")
    if blank(pr.root_causes):
        e.add("problem.no_root_causes", "problem.root_causes")
    if blank(pr.why_now):
        e.add("problem.no_why_now", "problem.why_now")


def evidence(ctx: Context, e: _Emit) -> None:
    p = ctx.p
    kpis = p.problem.kpis
    if not kpis:
        e.add("evidence.no_kpis", "problem.kpis")
    else:
        rows: dict[str, list[tuple[str, dict[str, Any]]]] = {
            "evidence.kpi_no_name": [], "evidence.kpi_no_baseline": [], "evidence.kpi_no_baseline_year": [],
            "evidence.kpi_no_source": [], "evidence.kpi_no_target": [], "evidence.target_before_baseline": [],
            "evidence.kpi_unused": [],
        }
        used = {norm(t.kpi) for t in p.vision.targets if not blank(t.kpi)}
        for i, k in enumerate(kpis):
            base = f"problem.kpis[{i}]"
            name = _short(k.name) if not blank(k.name) else f"KPI {i + 1}"
            if blank(k.name):
                rows["evidence.kpi_no_name"].append((f"{base}.name", {"n": i + 1}))
            if k.baseline is None:
                rows["evidence.kpi_no_baseline"].append((f"{base}.baseline", {"name": name}))
            if k.baseline_year is None:
                rows["evidence.kpi_no_baseline_year"].append((f"{base}.baseline_year", {"name": name}))
            if blank(k.baseline_source):
                rows["evidence.kpi_no_source"].append((f"{base}.baseline_source", {"name": name}))
            missing = [label for label, value in (("target value", k.target), ("target year", k.target_year))
                       if value is None]
            if missing:
                path = f"{base}.target" if k.target is None else f"{base}.target_year"
                rows["evidence.kpi_no_target"].append((path, {"name": name, "missing": " or ".join(missing)}))
            if k.target_year is not None and k.baseline_year is not None and k.target_year < k.baseline_year:
                rows["evidence.target_before_baseline"].append(
                    (f"{base}.target_year", {"name": name, "target_year": k.target_year,
                                             "baseline_year": k.baseline_year}))
            if p.vision.targets and not blank(k.name) and norm(k.name) not in used:
                rows["evidence.kpi_unused"].append((f"{base}.name", {"name": name}))
        for rule, items in rows.items():
            e.each(rule, items, len(kpis))

    items = p.problem.evidence
    if not items:
        e.add("evidence.no_evidence", "problem.evidence")
    else:
        no_source, no_year, old = [], [], []
        for i, ev in enumerate(items):
            base = f"problem.evidence[{i}]"
            claim = _short(ev.claim) if not blank(ev.claim) else "no finding written"
            if blank(ev.source):
                no_source.append((f"{base}.source", {"n": i + 1, "claim": claim}))
            if ev.year is None:
                no_year.append((f"{base}.year", {"n": i + 1, "claim": claim}))
            elif ctx.reference_year is not None and ctx.reference_year - ev.year > OLD_DATA_YEARS:
                old.append((f"{base}.year", {"n": i + 1, "claim": claim, "year": ev.year,
                                             "age": ctx.reference_year - ev.year}))
        e.each("evidence.evidence_no_source", no_source, len(items))
        e.each("evidence.evidence_no_year", no_year, len(items))
        e.each("evidence.evidence_old", old, len(items))

    city = p.city
    missing_id = [(label, path) for label, path, value in
                  (("name", "city.name", None if blank(city.name) else city.name),
                   ("country", "city.country", city.country)) if value is None]
    if missing_id:
        e.add("evidence.no_city_identity", missing_id[0][1], missing=" and ".join(m[0] for m in missing_id))
    if city.population is None:
        e.add("evidence.no_population", "city.population")
    elif city.population_year is None:
        e.add("evidence.population_undated", "city.population_year")


def feasibility(ctx: Context, e: _Emit) -> None:
    f = ctx.p.feasibility
    status = f.study_status
    if status is None:
        e.add("feasibility.no_study_status", "feasibility.study_status")
    elif status == StudyStatus.NOT_STARTED:
        e.add("feasibility.study_not_started", "feasibility.study_status")
    else:
        if status == StudyStatus.PRE_FEASIBILITY:
            e.add("feasibility.study_pre_feasibility", "feasibility.study_status")
        elif status == StudyStatus.IN_PROGRESS:
            e.add("feasibility.study_in_progress", "feasibility.study_status")
        missing = [(label, path) for label, path, absent in
                   (("who prepared it", "feasibility.study_by", blank(f.study_by)),
                    ("when", "feasibility.study_year", f.study_year is None)) if absent]
        if missing:
            e.add("feasibility.study_undocumented", missing[0][1], missing=_join_missing([m[0] for m in missing]))
    if blank(f.options_considered):
        e.add("feasibility.no_options", "feasibility.options_considered")
    if blank(f.technical_justification):
        e.add("feasibility.no_technical_justification", "feasibility.technical_justification")
    if blank(f.demand_forecast):
        e.add("feasibility.no_demand_forecast", "feasibility.demand_forecast")
    else:
        if not vague.has_number(f.demand_forecast):
            e.add("feasibility.forecast_no_number", "feasibility.demand_forecast")
        if blank(f.demand_forecast_source):
            e.add("feasibility.forecast_no_source", "feasibility.demand_forecast_source")
    if f.permits_status is None:
        e.add("feasibility.no_permits_status", "feasibility.permits_status")
    elif f.permits_status == PermitStatus.NOT_STARTED:
        e.add("feasibility.permits_not_started", "feasibility.permits_status")
    if f.land_status is None:
        e.add("feasibility.no_land_status", "feasibility.land_status")
    elif f.land_status == LandStatus.IDENTIFIED:
        e.add("feasibility.land_not_secured", "feasibility.land_status")


_ECONOMY_TEXTS = ("business_conditions", "enabling_infrastructure", "regulation", "market_access", "scalability")


def economy(ctx: Context, e: _Emit) -> None:
    ec = ctx.p.economy
    fields = type(ec).model_fields
    for name in _ECONOMY_TEXTS:
        text = getattr(ec, name)
        if blank(text):
            e.add(f"economy.no_{name}", f"economy.{name}")
        elif len(text.split()) < THIN_WORDS:
            e.add("economy.thin", f"economy.{name}", title=fields[name].title, words=len(text.split()))
    if ec.jobs_direct is None and ec.jobs_indirect is None:
        e.add("economy.no_jobs", "economy.jobs_direct")


def returns(ctx: Context, e: _Emit) -> None:
    case = ctx.p.finance
    fin = ctx.fin
    if case.currency is None:
        e.add("returns.no_currency", "finance.currency")
    if case.discount_rate_pct is None:
        e.add("returns.no_discount_rate", "finance.discount_rate_pct")
    elif not DISCOUNT_RANGE[0] <= case.discount_rate_pct <= DISCOUNT_RANGE[1]:
        e.add("returns.discount_rate_unusual", "finance.discount_rate_pct",
              rate=f"{case.discount_rate_pct.normalize():f}")
    rate_gaps = [p for p in fin.problems if p.code in ("rate_missing", "rates_date_missing")]
    if rate_gaps:
        e.add("returns.no_exchange_rates", rate_gaps[0].path)
    if blank(ctx.p.economy.revenue_model):
        e.add("returns.no_revenue_model", "economy.revenue_model")
    if blank(case.assumptions):
        e.add("returns.no_assumptions", "finance.assumptions")

    for problem_ in fin.problems:
        if problem_.code not in _FINANCE_CODES_COVERED:
            e.add("returns.finance_problem", problem_.path, detail=problem_.message)

    if not ctx.has_case:
        e.add("returns.no_financial_case", "finance.lines")
        return
    rate_text = f"{fin.discount_rate_pct.normalize():f}" if fin.discount_rate_pct is not None else "?"
    if fin.npv is None:
        reason = "the discount rate is missing" if fin.discount_rate_pct is None else "the yearly figures are incomplete"
        e.add("returns.npv_undefined", "finance.discount_rate_pct" if fin.discount_rate_pct is None else "finance.lines",
              reason=reason)
    elif fin.npv < 0:
        e.add("returns.npv_negative", "finance.lines", npv=ctx.money(fin.npv), rate=rate_text)
    if fin.irr is None:
        note = fin.irr_note.removeprefix("not defined: ") or "the cash flows do not allow one"
        e.add("returns.irr_undefined", "finance.lines", reason=note)
    elif fin.irr > IRR_PLAUSIBLE_MAX:
        e.add("returns.irr_implausible", "finance.lines", irr=format_percent(fin.irr, decimals=1).rstrip("%"))
    if fin.payback_years is None:
        e.add("returns.no_payback", "finance.lines")
    elif fin.payback_years > PAYBACK_LONG_YEARS:
        e.add("returns.payback_long", "finance.lines", years=f"{fin.payback_years:.1f}")
    if not fin.total_revenue:
        e.add("returns.no_revenue", "finance.lines")


def funding(ctx: Context, e: _Emit) -> None:
    case = ctx.p.finance
    fin = ctx.fin
    sources = case.funding
    if not sources:
        e.add("funding.no_sources", "finance.funding")
    else:
        incomplete = []
        for i, s in enumerate(sources):
            missing = [(label, attr) for label, attr, value in
                       (("type", "source_type", s.source_type), ("amount", "amount", s.amount),
                        ("status", "status", s.status)) if value is None]
            if missing:
                name = _short(s.name) if not blank(s.name) else (s.source_type.label if s.source_type else "unnamed")
                incomplete.append((f"finance.funding[{i}].{missing[0][1]}",
                                   {"n": i + 1, "name": name, "missing": _join_missing([m[0] for m in missing])}))
        e.each("funding.source_incomplete", incomplete, len(sources))
        capex = fin.total_capex or Decimal(0)
        # The money must cover every use: capex, and development costs, interest during construction, fees
        # and reserves when the case has them (without them the uses are the capex alone).
        uses = fin.structure.sources_and_uses.total_uses if fin.structure is not None else capex
        total = fin.funding.total or Decimal(0)
        if capex <= 0:
            e.add("funding.no_capex", "finance.lines")
        elif abs(total - uses) > uses * FUNDING_TOLERANCE:
            difference = total - uses
            e.add("funding.sources_not_capex", "finance.funding", funding=ctx.money(total), capex=ctx.money(uses),
                  difference=ctx.money(abs(difference)), direction="too much" if difference > 0 else "short")
        if not any(s.status == FundingStatus.COMMITTED and s.amount for s in sources):
            e.add("funding.nothing_committed", "finance.funding")
    if case.ask_amount is None:
        e.add("funding.no_ask", "finance.asks")
    else:
        gap = fin.funding.gap
        if gap is not None and case.ask_amount > gap:
            e.add("funding.ask_exceeds_gap", "finance.asks", ask=ctx.money(case.ask_amount), gap=ctx.money(gap))
    if case.ask_instrument is None:
        e.add("funding.no_ask_instrument", "finance.asks")
    if blank(case.ask_use_of_funds):
        e.add("funding.no_use_of_funds", "finance.ask_use_of_funds")


def risks(ctx: Context, e: _Emit) -> None:
    items = ctx.p.risks
    if not items:
        e.add("risks.no_register", "risks")
        return
    categories = {r.category for r in items}
    if RiskCategory.POLITICAL not in categories:
        e.add("risks.no_political", "risks")
    if RiskCategory.COUNTERPARTY not in categories:
        e.add("risks.no_counterparty", "risks")
    for category, label in _RISK_KEY_CATEGORIES:
        if category not in categories:
            e.add("risks.category_missing", "risks", category=label)
    no_bearer, no_mitigation, no_rating, incomplete = [], [], [], []
    for i, r in enumerate(items):
        base = f"risks[{i}]"
        name = _short(r.description) if not blank(r.description) else (
            r.category.label if r.category else f"risk {i + 1}")
        if r.bearer is None:
            no_bearer.append((f"{base}.bearer", {"n": i + 1, "name": name}))
        if blank(r.mitigation):
            no_mitigation.append((f"{base}.mitigation", {"n": i + 1, "name": name}))
        missing = [attr for attr, value in (("likelihood", r.likelihood), ("impact", r.impact)) if value is None]
        if missing:
            no_rating.append((f"{base}.{missing[0]}", {"n": i + 1, "name": name, "missing": " or ".join(missing)}))
        gaps = [(label, attr) for label, attr, absent in
                (("category", "category", r.category is None), ("description", "description", blank(r.description)))
                if absent]
        if gaps:
            incomplete.append((f"{base}.{gaps[0][1]}", {"n": i + 1, "missing": " or ".join(g[0] for g in gaps)}))
    e.each("risks.no_bearer", no_bearer, len(items))
    bearers = {r.bearer for r in items if r.bearer is not None}
    if len(items) >= 3 and len(bearers) == 1 and not no_bearer:
        e.add("risks.single_bearer", "risks", bearer=next(iter(bearers)).label)
    e.each("risks.no_mitigation", no_mitigation, len(items))
    e.each("risks.no_rating", no_rating, len(items))
    e.each("risks.incomplete", incomplete, len(items))


def _dependencies(text: str) -> list[str]:
    return [part.strip() for part in text.split(",") if part.strip()]


def _cyclic_groups(edges: dict[int, list[int]], count: int) -> list[list[int]]:
    """Groups of phases that depend on each other in a circle (strongly connected, or self-dependent)."""
    reach: dict[int, set[int]] = {}
    for start in range(count):
        seen: set[int] = set()
        stack = list(edges.get(start, []))
        while stack:
            node = stack.pop()
            if node not in seen:
                seen.add(node)
                stack.extend(edges.get(node, []))
        reach[start] = seen
    groups: list[list[int]] = []
    placed: set[int] = set()
    for node in range(count):
        if node in placed or node not in reach[node]:
            continue
        group = sorted(other for other in reach[node] if node in reach[other])
        placed.update(group)
        groups.append(group)
    return groups


def digital(ctx: Context, e: _Emit) -> None:
    rm = ctx.p.roadmap
    if blank(rm.data_governance):
        e.add("digital.no_data_governance", "roadmap.data_governance")
    if blank(rm.cybersecurity):
        e.add("digital.no_cybersecurity", "roadmap.cybersecurity")
    if blank(rm.digital_readiness):
        e.add("digital.no_readiness", "roadmap.digital_readiness")
    phases = rm.phases
    if not phases:
        e.add("digital.no_roadmap", "roadmap.phases")
        return
    n = len(phases)

    def label(i: int) -> str:
        return _short(phases[i].name) if not blank(phases[i].name) else f"phase {i + 1}"

    kinds = {ph.kind for ph in phases}
    if PhaseKind.LIGHT not in kinds:
        e.add("digital.no_light", "roadmap.phases")
    if PhaseKind.HEAVY not in kinds:
        e.add("digital.no_heavy", "roadmap.phases")
    e.each("digital.phase_no_kind", [(f"roadmap.phases[{i}].kind", {"n": i + 1, "name": label(i)})
                                     for i, ph in enumerate(phases) if ph.kind is None], n)

    by_name: dict[str, int] = {}
    for i, ph in enumerate(phases):
        if not blank(ph.name):
            by_name.setdefault(norm(ph.name), i)
    edges: dict[int, list[int]] = {}
    unknown, too_early = [], []
    for i, ph in enumerate(phases):
        missing_names = []
        for dep in _dependencies(ph.depends_on):
            j = by_name.get(norm(dep))
            if j is None:
                missing_names.append(_short(dep, 40))
                continue
            edges.setdefault(i, []).append(j)
        if missing_names:
            unknown.append((f"roadmap.phases[{i}].depends_on",
                            {"name": label(i), "dependency": "', '".join(missing_names)}))
        for j in edges.get(i, []):
            start, dep_start = ph.start_year, phases[j].start_year
            if j != i and start is not None and dep_start is not None and start < dep_start:
                too_early.append((f"roadmap.phases[{i}].start_year",
                                  {"name": label(i), "start": start, "dependency": label(j), "dep_start": dep_start}))
                break
    e.each("digital.dependency_unknown", unknown, n)
    e.each("digital.dependency_too_early", too_early, n)
    for group in _cyclic_groups(edges, n):
        e.add("digital.dependency_cycle", f"roadmap.phases[{group[0]}].depends_on", name=label(group[0]))

    light = [i for i, ph in enumerate(phases) if ph.kind == PhaseKind.LIGHT]
    heavy = [i for i, ph in enumerate(phases) if ph.kind == PhaseKind.HEAVY]
    if light and heavy:
        linked = any(j in light for i in heavy for j in edges.get(i, []))
        light_starts = [phases[i].start_year for i in light if phases[i].start_year is not None]
        heavy_starts = [phases[i].start_year for i in heavy if phases[i].start_year is not None]
        follows = linked or (bool(light_starts) and any(s >= min(light_starts) for s in heavy_starts))
        if not follows and light_starts and heavy_starts:
            e.add("digital.no_light_to_heavy", "roadmap.phases")
        if not linked:
            e.add("digital.heavy_not_linked", f"roadmap.phases[{heavy[0]}].depends_on")

    backwards, no_years, no_cost = [], [], []
    for i, ph in enumerate(phases):
        base = f"roadmap.phases[{i}]"
        if ph.start_year is not None and ph.end_year is not None and ph.end_year < ph.start_year:
            backwards.append((f"{base}.end_year", {"name": label(i), "start": ph.start_year, "end": ph.end_year}))
        missing = [(lbl, attr) for lbl, attr, value in (("start year", "start_year", ph.start_year),
                                                         ("end year", "end_year", ph.end_year)) if value is None]
        if missing:
            no_years.append((f"{base}.{missing[0][1]}",
                             {"name": label(i), "missing": " or ".join(m[0] for m in missing)}))
        if ph.cost is None:
            no_cost.append((f"{base}.cost", {"name": label(i)}))
    e.each("digital.phase_ends_before_start", backwards, n)
    e.each("digital.phase_no_years", no_years, n)
    e.each("digital.phase_no_cost", no_cost, n)


def citizens(ctx: Context, e: _Emit) -> None:
    pr = ctx.p.problem
    if blank(pr.community_needs):
        e.add("citizens.no_community_needs", "problem.community_needs")
    elif not vague.has_beneficiary(pr.community_needs):
        e.add("citizens.needs_no_group", "problem.community_needs")
    if blank(pr.consultation):
        e.add("citizens.no_consultation", "problem.consultation")
    else:
        if not vague.has_date(pr.consultation):
            e.add("citizens.consultation_undated", "problem.consultation")
        if not vague.has_number(pr.consultation):
            e.add("citizens.consultation_no_number", "problem.consultation")
    benefits = [b for b in ctx.p.vision.citizen_benefits if not blank(b)]
    if not benefits:
        e.add("citizens.no_visible_benefits", "vision.citizen_benefits")
    elif not any(vague.has_number(b) for b in benefits):
        e.add("citizens.benefits_unmeasured", "vision.citizen_benefits")


def japan(ctx: Context, e: _Emit) -> None:
    j = ctx.p.japan
    p = ctx.p
    if blank(j.investor_role):
        e.add("japan.no_investor_role", "japan.investor_role")
    elif not _ROLE.search(j.investor_role):
        e.add("japan.capital_only", "japan.investor_role")
    if blank(j.technologies_sought):
        e.add("japan.no_technologies", "japan.technologies_sought")
    if blank(j.operational_expertise):
        e.add("japan.no_expertise", "japan.operational_expertise")
    if not any(pt.partner_type in (PartnerType.JAPANESE_COMPANY, PartnerType.JAPANESE_AGENCY) for pt in j.partners):
        e.add("japan.no_japanese_partner", "japan.partners")

    # JOIN's conditions.
    if ctx.fin.funding.join_is_largest_japanese_equity:
        rows = [i for i, s in enumerate(p.finance.funding) if s.source_type == FundingType.JOIN_EQUITY]
        e.add("japan.join_largest", f"finance.funding[{rows[0]}].amount" if rows else "finance.funding")
    equity = [s for s in p.finance.funding
              if s.source_type == FundingType.PRIVATE_EQUITY
              or (s.instrument == Instrument.EQUITY and s.source_type not in (
                  FundingType.JOIN_EQUITY, FundingType.PUBLIC_BUDGET, FundingType.NATIONAL_GOVERNMENT))]
    if not equity:
        e.add("japan.no_private_equity", "finance.funding")
    elif not any(s.status == FundingStatus.COMMITTED and s.amount for s in equity):
        e.add("japan.private_equity_not_committed", "finance.funding")
    if blank(j.management_structure):
        e.add("japan.no_management_structure", "japan.management_structure")
    if not p.feasibility.demand_forecast_independent:
        e.add("japan.forecast_not_independent", "feasibility.demand_forecast_independent")
    if blank(j.investment_recovery):
        e.add("japan.no_investment_recovery", "japan.investment_recovery")
    if blank(j.exit_strategy):
        e.add("japan.no_exit", "japan.exit_strategy")
    elif not j.exit_agreed:
        e.add("japan.exit_not_agreed", "japan.exit_agreed")

    if j.project_structure is None:
        e.add("japan.no_structure", "japan.project_structure")
    if blank(j.structure_description):
        e.add("japan.no_structure_description", "japan.structure_description")
    if blank(j.join_fit) and blank(j.jbic_fit) and blank(j.smart_jamp_fit):
        e.add("japan.no_programme_fit", "japan.join_fit")

    if blank(j.environmental_social):
        e.add("japan.no_environmental_social", "japan.environmental_social")
    category = p.feasibility.environmental_category
    if category is None:
        e.add("japan.no_env_category", "feasibility.environmental_category")
    elif category == EnvCategory.A and p.feasibility.eia_status not in (EiaStatus.IN_PROGRESS, EiaStatus.APPROVED):
        status = p.feasibility.eia_status
        e.add("japan.eia_needed", "feasibility.eia_status",
              status=f"marked '{status.label.lower()}'" if status else "not given")
    if not j.green_focus:
        e.add("japan.no_green_focus", "japan.green_focus")
    elif GreenFocus.GHG_REDUCTION in j.green_focus and j.ghg_reduction_tco2e is None:
        e.add("japan.no_ghg_estimate", "japan.ghg_reduction_tco2e")


def delivery(ctx: Context, e: _Emit) -> None:
    im = ctx.p.implementation
    team = ctx.p.team
    if blank(im.implementing_agency):
        e.add("delivery.no_agency", "implementation.implementing_agency")
    if blank(team.champion_name):
        e.add("delivery.no_champion", "team.champion_name")
    if blank(im.governance):
        e.add("delivery.no_governance", "implementation.governance")
    if blank(im.procurement):
        e.add("delivery.no_procurement", "implementation.procurement")
    if blank(im.monitoring):
        e.add("delivery.no_monitoring", "implementation.monitoring")
    if not im.milestones:
        e.add("delivery.no_milestones", "implementation.milestones")
    else:
        e.each("delivery.milestone_no_year",
               [(f"implementation.milestones[{i}].year",
                 {"n": i + 1, "name": _short(m.name) if not blank(m.name) else f"milestone {i + 1}"})
                for i, m in enumerate(im.milestones) if m.year is None],
               len(im.milestones))
    if blank(team.capability):
        e.add("delivery.no_capability", "team.capability")
    if not team.contacts:
        e.add("delivery.no_contact", "team.contacts")


#: The function that runs the rules of each criterion, by criterion id (same order as the catalogue).
CRITERIA: dict[str, Callable[[Context, _Emit], None]] = {
    "vision": vision,
    "problem": problem,
    "evidence": evidence,
    "feasibility": feasibility,
    "economy": economy,
    "returns": returns,
    "funding": funding,
    "risks": risks,
    "digital": digital,
    "citizens": citizens,
    "japan": japan,
    "delivery": delivery,
}


def run(cat: Catalogue, proposal: Proposal, fin: FinancialResults | None = None) -> dict[str, list[RawFinding]]:
    """Every rule that fires on ``proposal``, by criterion (``fin``: its financial results, if known)."""
    ctx = Context(proposal, fin)
    raw: dict[str, list[RawFinding]] = {}
    for crit in cat.criteria:
        emit = _Emit(cat, crit.id)
        CRITERIA[crit.id](ctx, emit)
        raw[crit.id] = emit.found
    return raw
