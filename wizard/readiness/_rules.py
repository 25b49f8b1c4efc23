"""When each readiness rule fires: one function per criterion, reading the proposal (no Qt).

Each function receives a :class:`_Emit` for its criterion and reports the rules that fire, with the
model path of the field concerned and the values the rule's message needs. Points come from the
catalogue (``resources/guidance/readiness.json``).  A rule about table rows gives one finding that
lists the rows (:meth:`_Emit.rows`); it costs the rule's points times the share of rows that fail,
at least one point, so "every KPI lacks a baseline" costs as much as the rule can.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from decimal import Decimal
from typing import Any

from pydantic import BaseModel

from wizard import textcheck, vague
from wizard.finance import FinancialResults, compute
from wizard.finance._structure import kind_of
from wizard.readiness import _figures, _plausibility, _text
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
    ProjectStructure,
    Proposal,
    RiskBearer,
    RiskCategory,
    StudyStatus,
)
from wizard.money import format_money, format_percent, rounded
from wizard.readiness._core import Catalogue, Phrase, RawFinding, catalogue

#: Below this many words an economic-engine answer is flagged as thin.
THIN_WORDS = 15
#: Evidence older than this many years before the proposal's date is flagged.
OLD_DATA_YEARS = 5
#: When even the newest evidence is older than this, the problem today is not shown at all.
STALE_DATA_YEARS = 10
#: Payback beyond this many years is flagged as long.
PAYBACK_LONG_YEARS = Decimal(20)

#: Finance problems that have a readiness rule of their own (so they are not reported twice).
_FINANCE_CODES_COVERED = frozenset({
    "currency_missing", "discount_rate_missing", "rate_missing", "rates_date_missing", "lines_missing",
    "funding_amount_missing", "funding_status_missing", "join_largest", "shares_not_100", "concession_before_end",
})
#: How far (share) shares written in text may stray from the shares amounts give, in percentage points.
SHARE_TOLERANCE_PP = Decimal("1.5")
#: Roadmap phase costs may differ from the capex by this share before they are called inconsistent.
PHASES_TOLERANCE = Decimal("0.10")
#: Quoted IRR may differ from the computed one by this many percentage points.
IRR_TOLERANCE_PP = Decimal("1.0")
#: Quoted NPV or capex may differ from the computed one by this share.
AMOUNT_TOLERANCE = Decimal("0.20")
#: The equity asked and the Japanese equity the funding table lists are the same money: within 5%.
ASK_TOLERANCE = Decimal("0.05")
#: Years lenders keep between the last loan repayment and the end of the concession (the "tail").
TAIL_YEARS = 2
#: Loans without terms at a fifth of the capex or more leave the equity and the debt case unknowable.
UNTERMED_DEBT_PCT = 20

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
#: Parties whose role is not the investor's: a role word right after one of them belongs to them.
_OTHER_PARTY = re.compile(r"(?<![\w-])(?:city|municipality|municipal|government|council|people's committee|"
                          r"province|provincial|ministry|local partner|local shareholder|utility|agency)(?![\w-])",
                          re.IGNORECASE)
#: Words naming money alone.
_MONEY_WORDS = re.compile(r"(?<![\w-])(?:equity|loan|loans|finance|financing|capital|funding|funds|money|"
                          r"investment|invest|dividends?|lending|credit)(?![\w-])", re.IGNORECASE)
#: Partners whose business is money (a lender, a fund, an insurer), whatever their type says.
_FINANCIER = re.compile(r"(?<![\w-])(?:JBIC|JOIN|NEXI|JICA|bank|banks|fund|funds|capital|finance|financial|leasing|"
                        r"insurance|insurer|securities|investment corporation)(?![\w-])", re.IGNORECASE)
#: Words claiming a technical or operating contribution.
_TECHNICAL = re.compile(r"(?<![\w-])(?:technology|technologies|technical|supply|supplies|supplier|operate|operates|"
                        r"operating|operation|operations|operator|o&m|maintenance|maintain|engineering|design|"
                        r"install|installation|software|platform|equipment|build|construction|epc|systems?)(?![\w-])",
                        re.IGNORECASE)
#: An exit route an investor could use.
_EXIT_ROUTE = re.compile(r"(?<![\w-])(?:sell|sells|sale|sold|buy|buys|buyer|buyers|purchase|option|options|put|call|"
                         r"listing|ipo|list|transfer|transfers|buy-back|buyback|divest|divestment|trade sale|"
                         r"refinanc\w*|tag-along|drag-along|"
                         # Bahasa Indonesia / Malay and Vietnamese
                         r"jual|menjual|dijual|penjualan|beli|membeli|pembeli|pembelian kembali|opsi|"
                         r"bán|mua|người mua|chuyển nhượng|quyền chọn|niêm yết)(?![\w-])"
                         # Thai is written without spaces between words
                         r"|ขาย|ซื้อ|โอนหุ้น|ผู้ซื้อ", re.IGNORECASE)

CHALLENGE_FAMILIES = _text.CHALLENGE_FAMILIES

#: Key risk categories and the phrase that names each ('demand or revenue'; ``phrases`` in readiness.json).
_RISK_KEY_CATEGORIES: tuple[tuple[RiskCategory, str], ...] = (
    (RiskCategory.DEMAND, "risk_demand"),
    (RiskCategory.FINANCIAL, "risk_financial"),
    (RiskCategory.CONSTRUCTION, "risk_construction"),
)


def blank(text: str | None) -> bool:
    return not text or not text.strip()


def norm(text: str | None) -> str:
    """Case- and space-insensitive form of a name, for matching KPIs and phases."""
    return " ".join((text or "").casefold().split())


def _short(text: str, limit: int = 60) -> str:
    """A name in one line, cut at a word boundary when long (without an ellipsis: the field holds the rest)."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text[:limit].rsplit(" ", 1)[0]
    return cut or text[:limit]


def rows_text(indices: list[int]) -> str:
    """'row 3' or 'rows 2, 4 and 7' (1-based, as the wizard numbers table rows), said again in the reader's
    language by :func:`~wizard.readiness.localise`."""
    return Phrase.rows(catalogue(), [i + 1 for i in indices])


def _reference_label(cat: Catalogue, kind: str, ref_id: str, label: str) -> str:
    """A label of the plausibility reference data ('fare', 'street light') as a phrase (``<kind>_<id>``) that
    another language says its way; the label itself where the catalogue has no such phrase."""
    key = f"{kind}_{ref_id}"
    return cat.phrase(key) if key in cat.phrases else label


def _share(pct: Decimal) -> str:
    """A shareholding as a reader writes it: '30%', '31.25%', '46.7%'."""
    value = rounded(pct, 2).normalize()
    return f"{value:f}%"


def _country(country: object) -> str:
    """A country as a sentence names it ('the Philippines'), said again with the language's name for it."""
    label = getattr(country, "label", None)
    if not label:
        return catalogue().phrase("this_country")
    return Phrase.choice(country, english=f"the {label}" if label == "Philippines" else str(label))


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

    def rows(self, rule: str, items: list[tuple[int, str]], total: int, *, minimum: int = 1, **params: Any) -> None:
        """One finding for every failing row of a table: ``items`` are ``(row index, model path)``.

        It costs the rule's points times the share of rows that fail (rounded half up, at least
        ``minimum``: 1, or more for a flaw that matters however few rows show it),
        names the rows in its message (``{count}``, ``{total}``, ``{rows}``) and points at the first.
        """
        if not items or total <= 0:
            return
        full = self._spec_points(rule)
        cost = max(minimum, (full * len(items) * 2 + total) // (2 * total))
        indices = [i for i, _ in items]
        self.found.append(RawFinding(rule, items[0][1], min(cost, full),
                                     {"count": len(items), "total": total, "rows": rows_text(indices), **params},
                                     rows=tuple(i + 1 for i in indices), paths=tuple(p for _, p in items)))


class Context:
    """The proposal plus what several criteria need, worked out once."""

    def __init__(self, proposal: Proposal, fin: FinancialResults | None = None, cat: Catalogue | None = None) -> None:
        self.p = proposal
        self._fin = fin
        self.cat = cat if cat is not None else catalogue()

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

    @functools.cached_property
    def holders(self) -> _figures.Shareholders:
        return _figures.shareholders(self.p)

    def money(self, amount: Decimal | None) -> str:
        """An amount in the case's currency, as :class:`Phrase` so that another language writes it its way."""
        return format_money(None, self.fin.currency) if amount is None else Phrase.money(amount, self.fin.currency)

    def holding(self, holding: _figures.Holding) -> str:
        """'31.25% of the shares (IDR 250bn)', or by amount 'IDR 250bn, 31.3% of the equity'."""
        amount = self.money(holding.amount) if holding.amount > 0 else ""
        if holding.stated_pct is not None:
            share = _share(holding.stated_pct)
            return (self.cat.phrase("holding_shares_amount", share=share, amount=amount) if amount else
                    self.cat.phrase("holding_shares", share=share))
        by_amount = self.holders.amount_pct(holding)
        return amount if by_amount is None else self.cat.phrase("holding_amount_share", amount=amount,
                                                                share=_share(by_amount))


# --- criteria -----------------------------------------------------------------------------------------


def _statement(e: _Emit, prefix: str, text: str, field: str, *, number: bool = True) -> None:
    """The vague-writing rules shared by the vision and problem statements."""
    if blank(text):
        e.add(f"{prefix}.no_statement", field)
        return
    hints = vague.vague_hints(text)
    codes = {h.code for h in hints}
    for code in ("no_number", "no_date", "no_beneficiary"):
        if code in codes and (number or code != "no_number"):
            e.add(f"{prefix}.{code}", field)
    words = [text[h.span[0]:h.span[1]] for h in hints if h.code == "buzzword" and h.span]
    if words:
        unique = list(dict.fromkeys(w.lower() for w in words))
        e.add(f"{prefix}.buzzwords", field, words=", ".join(f"'{w}'" for w in unique))


def _same(a: Decimal, b: Decimal) -> bool:
    return abs(a - b) <= max(abs(a), abs(b)) * Decimal("0.01")


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
            e.add("vision.alignment_missing", f"vision.alignment_{which}", which=ctx.cat.phrase(f"priority_{which}"))
    if not ctx.p.city.focus_areas:
        e.add("vision.no_focus_area", "city.focus_areas")

    targets = v.targets
    if not targets:
        e.add("vision.no_targets", "vision.targets")
        return
    incomplete, unmatched, beyond, disagree = [], [], [], []
    for i, t in enumerate(targets):
        base = f"vision.targets[{i}]"
        missing = [attr for attr, value in (("value", t.value), ("unit", t.unit), ("year", t.year))
                   if value is None or (isinstance(value, str) and blank(value))]
        if missing:
            incomplete.append((i, f"{base}.{missing[0]}"))
        kpi_row = ctx.kpi_names.get(norm(t.kpi)) if not blank(t.kpi) else None
        if kpi_row is None:
            unmatched.append((i, f"{base}.kpi"))
        else:
            kpi = ctx.p.problem.kpis[kpi_row]
            differs_value = t.value is not None and kpi.target is not None and not _same(t.value, kpi.target)
            differs_year = t.year is not None and kpi.target_year is not None and t.year != kpi.target_year
            if differs_value or differs_year:
                disagree.append((i, f"{base}.value" if differs_value else f"{base}.year"))
        if t.year is not None and v.horizon_year is not None and t.year > v.horizon_year:
            beyond.append((i, f"{base}.year"))
    e.rows("vision.target_incomplete", incomplete, len(targets))
    e.rows("vision.target_without_kpi", unmatched, len(targets))
    e.rows("vision.target_beyond_horizon", beyond, len(targets), horizon=v.horizon_year)
    e.rows("vision.target_disagrees_kpi", disagree, len(targets))


def challenge_families(text: str) -> list[str]:
    """The challenge families (see :data:`CHALLENGE_FAMILIES`) named in ``text``, in table order."""
    return _text.challenge_families(text)


def _families(ctx: Context, names: list[str]) -> Phrase:
    """'mobility, waste, flooding': each challenge family's name is a phrase of readiness.json."""
    return Phrase.joined(ctx.cat, [ctx.cat.phrase("family_" + name.replace(" ", "_")) for name in names], "comma")


def problem(ctx: Context, e: _Emit) -> None:
    pr = ctx.p.problem
    if pr.category is None:
        e.add("problem.no_category", "problem.category")
    if blank(pr.title):
        e.add("problem.no_title", "problem.title")
    else:
        families = challenge_families(pr.title)
        if len(families) >= 2:
            e.add("problem.several_challenges", "problem.title", families=_families(ctx, families))
    if blank(pr.statement):
        e.add("problem.no_statement", "problem.statement")
    else:
        quantified = vague.has_number(pr.statement) or (not blank(pr.title) and vague.has_number(pr.title))
        _statement(e, "problem", pr.statement, "problem.statement", number=False)
        if not quantified:
            e.add("problem.no_number", "problem.statement")
        several = _text.several_problems(pr.statement)
        if several:
            e.add("problem.statement_several", "problem.statement", families=_families(ctx, several))
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


def _details(cat: Catalogue, items: list[tuple[int, str]]) -> Phrase:
    return Phrase.joined(cat, [text for _, text in items], "semicolon")


def evidence(ctx: Context, e: _Emit) -> None:
    p = ctx.p
    kpis = p.problem.kpis
    if not kpis:
        e.add("evidence.no_kpis", "problem.kpis")
    else:
        rows: dict[str, list[tuple[int, str]]] = {
            "evidence.kpi_no_name": [], "evidence.kpi_no_baseline": [], "evidence.kpi_no_baseline_year": [],
            "evidence.kpi_no_source": [], "evidence.kpi_no_target": [], "evidence.target_before_baseline": [],
            "evidence.kpi_unused": [],
        }
        used = {norm(t.kpi) for t in p.vision.targets if not blank(t.kpi)}
        for i, k in enumerate(kpis):
            base = f"problem.kpis[{i}]"
            if blank(k.name):
                rows["evidence.kpi_no_name"].append((i, f"{base}.name"))
            if k.baseline is None:
                rows["evidence.kpi_no_baseline"].append((i, f"{base}.baseline"))
            if k.baseline_year is None:
                rows["evidence.kpi_no_baseline_year"].append((i, f"{base}.baseline_year"))
            if blank(k.baseline_source):
                rows["evidence.kpi_no_source"].append((i, f"{base}.baseline_source"))
            if k.target is None or k.target_year is None:
                rows["evidence.kpi_no_target"].append((i, f"{base}.target" if k.target is None else f"{base}.target_year"))
            if k.target_year is not None and k.baseline_year is not None and k.target_year < k.baseline_year:
                rows["evidence.target_before_baseline"].append((i, f"{base}.target_year"))
            if p.vision.targets and not blank(k.name) and norm(k.name) not in used:
                rows["evidence.kpi_unused"].append((i, f"{base}.name"))
        if len(rows["evidence.kpi_no_baseline"]) == len(kpis):
            # Every KPI lacks a baseline: as bad as having no KPI at all (a gate).
            e.add("evidence.no_kpi_baseline", "problem.kpis[0].baseline", total=len(kpis))
            rows["evidence.kpi_no_baseline"] = []
            rows["evidence.kpi_no_baseline_year"] = []
        for rule, items in rows.items():
            e.rows(rule, items, len(kpis))
        for rule, found, attr in (
            ("evidence.kpi_change_implausible", _plausibility.kpi_change_problems(p), "target"),
            ("evidence.kpi_impossible", _plausibility.impossible_kpis(p), "target"),
            ("evidence.kpi_target_too_early", _plausibility.kpis_before_delivery(p), "target_year"),
        ):
            if found:
                # One KPI that cannot be true, or is due before anything is delivered, already makes a
                # reader doubt the table: at least three points.
                e.rows(rule, [(i, f"problem.kpis[{i}].{attr}") for i, _ in found], len(kpis), minimum=3,
                       details=_details(ctx.cat, found))

    records = p.problem.evidence
    if not records:
        e.add("evidence.no_evidence", "problem.evidence")
    else:
        no_source, no_year, old = [], [], []
        for i, ev in enumerate(records):
            base = f"problem.evidence[{i}]"
            if blank(ev.source):
                no_source.append((i, f"{base}.source"))
            if ev.year is None:
                no_year.append((i, f"{base}.year"))
            elif ctx.reference_year is not None and ctx.reference_year - ev.year > OLD_DATA_YEARS:
                old.append((i, f"{base}.year"))
        e.rows("evidence.evidence_no_source", no_source, len(records))
        e.rows("evidence.evidence_no_year", no_year, len(records))
        dated = [ev.year for ev in records if ev.year is not None]
        if (ctx.reference_year is not None and dated and len(old) == len(records)
                and ctx.reference_year - max(dated) > STALE_DATA_YEARS):
            # Nothing newer than ten years: the problem as it is today is not shown at all.
            e.add("evidence.evidence_all_stale", "problem.evidence[0].year", newest=max(dated),
                  years=ctx.reference_year - max(dated))
        else:
            e.rows("evidence.evidence_old", old, len(records))

    city = p.city
    missing_id = [(label, path) for label, path, value in
                  (("name", "city.name", None if blank(city.name) else city.name),
                   ("country", "city.country", city.country)) if value is None]
    if missing_id:
        e.add("evidence.no_city_identity", missing_id[0][1],
              missing=ctx.cat.phrase("city_" + "_and_".join(m[0] for m in missing_id)),
              verb=ctx.cat.phrase("verb_are" if len(missing_id) > 1 else "verb_is"))
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
                   (("by", "feasibility.study_by", blank(f.study_by)),
                    ("year", "feasibility.study_year", f.study_year is None)) if absent]
        if missing:
            e.add("feasibility.study_undocumented", missing[0][1],
                  missing=ctx.cat.phrase("study_" + "_or_".join(m[0] for m in missing)))
    if blank(f.options_considered):
        e.add("feasibility.no_options", "feasibility.options_considered")
    if blank(f.technical_justification):
        e.add("feasibility.no_technical_justification", "feasibility.technical_justification")
    share = _figures.demand_revenue_share(ctx.fin) if ctx.has_case else None
    revenue_based = share is not None and share >= _figures.DEMAND_SHARE_MIN
    share_text = f"{rounded(share * 100, 0)}%" if share is not None else ""
    if blank(f.demand_forecast):
        if revenue_based:
            e.add("feasibility.no_demand_forecast", "feasibility.demand_forecast", share=share_text)
        else:
            e.add("feasibility.no_demand_study", "feasibility.demand_forecast")
    else:
        if not vague.has_number(f.demand_forecast):
            if revenue_based:
                e.add("feasibility.forecast_no_number", "feasibility.demand_forecast", share=share_text)
            else:
                e.add("feasibility.forecast_unquantified", "feasibility.demand_forecast")
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
    for name in _ECONOMY_TEXTS:
        text = getattr(ec, name)
        if blank(text):
            e.add(f"economy.no_{name}", f"economy.{name}")
        elif len(text.split()) < THIN_WORDS:
            e.add("economy.thin", f"economy.{name}", title=Phrase.field(f"economy.{name}"), words=len(text.split()))
    if ec.jobs_direct is None and ec.jobs_indirect is None:
        e.add("economy.no_jobs", "economy.jobs_direct")


_CONCESSION_YEARS = re.compile(r"(\d{1,3})[- ]year\s+(?:[\w-]+\s+){0,5}?(?:concession|contract|lease|licence|license|"
                               r"agreement|ppp|kpbu|bot|boo)\b", re.IGNORECASE)
_CONCESSION_END = re.compile(r"(?:concession|contract|lease)\s+(?:[\w-]+\s+){0,4}?(?:runs|lasts|ends|expires)\s+"
                             r"(?:to|until|in)\s+((?:19|20|21)\d\d)", re.IGNORECASE)


def _concession(ctx: Context) -> tuple[int | None, str]:
    """The last year of the concession or service contract (the field, else as the text tells it), and how
    it is said."""
    entered = ctx.p.finance.concession_end_year
    if entered is not None:
        return entered, ctx.cat.phrase("concession_entered", year=entered)
    texts = " \n".join(t for t in (ctx.p.japan.structure_description, ctx.p.japan.investment_recovery,
                                   ctx.p.economy.regulation, ctx.p.economy.revenue_model, ctx.p.finance.assumptions,
                                   ctx.p.implementation.procurement) if t)
    end = _CONCESSION_END.search(texts)
    if end:
        return int(end.group(1)), ctx.cat.phrase("concession_described", year=end.group(1))
    length = _CONCESSION_YEARS.search(texts)
    base = ctx.fin.years[0] if ctx.fin.years else None
    if length and base is not None:
        years = int(length.group(1))
        return base + years, ctx.cat.phrase("concession_length", years=years)
    return None, ""


def _money_close(quoted: Decimal, actual: Decimal) -> bool:
    return abs(quoted - actual) <= abs(actual) * AMOUNT_TOLERANCE


def _quoted_figures(ctx: Context) -> list[tuple[int, str, Phrase]]:
    """Figures in the prose that contradict the case: (field index, path, description)."""
    fin = ctx.fin
    found = []
    for index, (path, _title) in enumerate(_text.prose_fields()):
        text = paths_get(ctx.p, path)
        if blank(text):
            continue
        problems: list[Phrase] = []
        irrs, npvs, capexes = _text.quoted_figures(text)
        if fin.irr is not None:
            for q in irrs:
                if abs(q - fin.irr) > IRR_TOLERANCE_PP:
                    problems.append(ctx.cat.phrase("quoted_irr", field=Phrase.field(path), quoted=f"{q.normalize():f}",
                                                   actual=format_percent(fin.irr, decimals=1)))
                    break
        if fin.npv is not None:
            for q in npvs:
                if not _money_close(q, fin.npv):
                    problems.append(ctx.cat.phrase("quoted_npv", field=Phrase.field(path), quoted=ctx.money(q),
                                                   actual=ctx.money(fin.npv)))
                    break
        if fin.total_capex:
            for q in capexes:
                if not _money_close(q, fin.total_capex):
                    problems.append(ctx.cat.phrase("quoted_capex", field=Phrase.field(path), quoted=ctx.money(q),
                                                   actual=ctx.money(fin.total_capex)))
                    break
        for value, year in _text.quoted_revenues(text):
            if year not in fin.years:
                continue
            at = fin.years.index(year)
            fees = fin.revenue_by_stream.get("rev_user_fees", ())
            candidates = [fin.revenue[at]] + ([fees[at]] if len(fees) == len(fin.years) else [])
            if all(not _money_close(value, c) for c in candidates if c > 0) and fin.revenue[at] > 0:
                problems.append(ctx.cat.phrase("quoted_revenue", field=Phrase.field(path), quoted=ctx.money(value),
                                               year=year, actual=ctx.money(fin.revenue[at])))
                break
        for problem_ in problems:
            found.append((index, path, problem_))
    return found


def paths_get(proposal: Proposal, path: str) -> str:
    section, name = path.split(".")
    return getattr(getattr(proposal, section), name) or ""


def returns(ctx: Context, e: _Emit) -> None:
    case = ctx.p.finance
    fin = ctx.fin
    if case.currency is None:
        e.add("returns.no_currency", "finance.currency")
    judged = _plausibility.discount_rate_judgement(ctx.p)
    rate_text = f"{case.discount_rate_pct.normalize():f}" if case.discount_rate_pct is not None else ""
    country = _country(ctx.p.city.country)
    if judged == "low":
        e.add("returns.discount_rate_low", "finance.discount_rate_pct", rate=rate_text, country=country)
    elif judged == "high":
        e.add("returns.discount_rate_high", "finance.discount_rate_pct", rate=rate_text)
    rate_gaps = [p for p in fin.problems if p.code in ("rate_missing", "rates_date_missing")]
    if rate_gaps:
        e.add("returns.no_exchange_rates", rate_gaps[0].path)
    if blank(ctx.p.economy.revenue_model):
        e.add("returns.no_revenue_model", "economy.revenue_model")
    if blank(case.assumptions):
        e.add("returns.no_assumptions", "finance.assumptions")

    fixes = ctx.cat.finance_fixes
    # Loans without terms are one finding (returns.no_equity_case) when they hide the equity case.
    covered = _FINANCE_CODES_COVERED | ({"debt_terms_missing"} if _no_equity_case(ctx) else set())
    for problem_ in fin.problems:
        if problem_.code not in covered:
            e.add("returns.finance_problem", problem_.path, detail=Phrase.finance(problem_), code=problem_.code,
                  fix=fixes.get(problem_.code) or fixes.get("", "Find out which figure is right and enter it."))

    if not ctx.has_case:
        e.add("returns.no_financial_case", "finance.lines")
        return
    rate_text = f"{fin.discount_rate_pct.normalize():f}" if fin.discount_rate_pct is not None else ""
    never_positive = bool(fin.net) and all(n <= 0 for n in fin.net)
    if case.discount_rate_pct is None:
        e.add("returns.no_discount_rate", "finance.discount_rate_pct")
    elif never_positive:
        e.add("returns.never_cash_positive", "finance.lines", years=len(fin.years), rate=rate_text,
              npv=ctx.money(fin.npv) if fin.npv is not None else ctx.cat.phrase("no_npv"))
    elif fin.npv is not None and fin.npv < 0:
        e.add("returns.npv_negative", "finance.lines", npv=ctx.money(fin.npv), rate=rate_text)
    if not never_positive:
        if fin.irr is None:
            note = fin.irr_note.removeprefix("not defined: ")
            reason = (ctx.cat.phrase("irr_no_sign_change") if note == "the cash flows never change sign" else
                      note or ctx.cat.phrase("irr_not_allowed"))
            e.add("returns.irr_undefined", "finance.lines", reason=reason)
        elif _plausibility.irr_too_high(fin):
            e.add("returns.irr_implausible", "finance.lines", irr=format_percent(fin.irr, decimals=1).rstrip("%"),
                  rate=rate_text or "?")
        if fin.payback_years is not None and fin.payback_years > PAYBACK_LONG_YEARS:
            e.add("returns.payback_long", "finance.lines", years=f"{fin.payback_years:.1f}")

    growth = _plausibility.revenue_growth(fin)
    if growth:
        # Contracted payments growing faster than their indexation contradict the contract itself: serious.
        e.add("returns.revenue_growth_implausible", "finance.lines", points=None if growth.contracted else 6,
              cagr=f"{growth.cagr_pct:f}",
              start=growth.start_year, end=growth.end_year,
              why=ctx.cat.phrase("growth_contracted" if growth.contracted else "growth_economy"))
    ramp = _plausibility.no_ramp_up(fin)
    if ramp:
        e.add("returns.no_ramp_up", "finance.lines", first_year=ramp.first_year, first=ctx.money(ramp.first),
              later_year=ramp.later_year, later=ctx.money(ramp.later))
    burden = _plausibility.user_fee_burden(ctx.p, fin)
    if burden:
        # Twice the affordable share or more: the demand the revenue rests on cannot be there. Serious.
        e.add("returns.user_fees_unaffordable", "finance.lines",
              points=None if burden.share_pct >= 2 * burden.limit_pct else 6, per_person=ctx.money(burden.per_person),
              people=f"{burden.people:,}", share=f"{burden.share_pct:f}", country=country,
              service=_service(ctx.cat, burden.service))
    low = _plausibility.opex_too_low_to_operate(ctx.p, fin)
    odd = None if low else _plausibility.opex_ratio(fin)
    if low:
        steady, ratio, floor = low
        e.add("returns.opex_too_low_to_operate", "finance.lines", opex=ctx.money(steady), ratio=f"{ratio:.1f}",
              floor=f"{floor:f}")
    if odd:
        steady, ratio, reason = odd
        e.add("returns.opex_unusual", "finance.lines", opex=ctx.money(steady), ratio=f"{ratio:.1f}",
              reason=ctx.cat.phrase(reason))
    costs = _plausibility.capex_per_unit(ctx.p)
    if costs:
        details = Phrase.joined(ctx.cat, [
            ctx.cat.phrase("unit_cost", name=c.phase_name, cost=ctx.money(c.per_unit), usd=f"{c.per_unit_usd:,.0f}",
                           unit=_reference_label(ctx.cat, "unit", c.kind, c.label), units=f"{c.units.normalize():f}",
                           low=f"{c.low:,.0f}", high=f"{c.high:,.0f}") for c in costs], "semicolon")
        e.add("returns.capex_per_unit", f"roadmap.phases[{costs[0].phase}].cost", details=details)
    for price in _plausibility.price_mismatches(ctx.p, fin)[:1]:
        e.add("returns.unit_price_mismatch", "economy.revenue_model",
              label=_reference_label(ctx.cat, "price", price.kind, price.label), stated=ctx.money(price.stated),
              revenue=ctx.money(price.revenue), year=price.year,
              demand=ctx.cat.phrase("demand_in_year", words=price.words, year=price.year) if price.words else price.demand,
              implied=ctx.money(price.implied))
    quoted = _quoted_figures(ctx)
    if quoted:
        e.found.append(RawFinding("returns.quoted_figure_mismatch", quoted[0][1],
                                  e.cat.rules["returns.quoted_figure_mismatch"].points,
                                  {"details": Phrase.joined(ctx.cat, [q[2] for q in quoted], "semicolon")},
                                  paths=tuple(q[1] for q in quoted)))
    end, said = _concession(ctx)
    if end is not None and fin.years and fin.years[-1] > end:
        e.add("returns.horizon_beyond_concession", "finance.horizon_years", last_year=fin.years[-1], concession=said)
    _lenders_and_shareholders(ctx, e)


def _worst_loan(ctx: Context) -> str:
    """The debt terms to look at first: the loan with the largest debt service in the weakest year."""
    structure = ctx.fin.structure
    if structure is None or not structure.loans:
        return "finance.funding"
    year = structure.dscr_min_year
    def service(loan: Any) -> Decimal:
        return next((y.service_local for y in loan.years if y.year == year), Decimal(0))
    loan = max(structure.loans, key=service)
    return f"{loan.path}.tenor_years"


def _lenders_and_shareholders(ctx: Context, e: _Emit) -> None:
    """The lenders' cover, the equity investors' return and the margin before the NPV turns negative."""
    fin = ctx.fin
    structure = fin.structure
    if structure is None:
        return
    ref = _plausibility.reference()
    dscr_ref = ref["dscr"]
    cover = _figures.debt_cover(fin, Decimal(str(dscr_ref["contracted_min"])), Decimal(str(dscr_ref["demand_min"])),
                                Decimal(str(dscr_ref["demand_share_pct"])) / 100)
    if cover is not None:
        where = _worst_loan(ctx)
        year = ctx.cat.phrase("weakest_year", year=cover.year) if cover.year is not None else ""
        if cover.dscr_min < 1:
            covered = ctx.cat.phrase("cover_only" if cover.dscr_min > 0 else "cover_none", x=_times(cover.dscr_min))
            e.add("returns.dscr_below_one", where, cover=covered, year=year)
        elif cover.dscr_min < cover.required:
            serious = cover.required - cover.dscr_min >= Decimal(str(dscr_ref["weakness_gap"]))
            e.add("returns.dscr_below_minimum", where, points=None if serious else int(dscr_ref["weakness_points"]),
                  dscr=_times(cover.dscr_min), year=year,
                  against=ctx.cat.phrase(f"against_{cover.required_from}", x=_times(cover.required)),
                  consequence=ctx.cat.phrase("loans_not_granted" if serious else "loans_cut"))
        if structure.min_dscr is None:
            e.add("returns.no_min_dscr", "finance.min_dscr")
    missing_case = _no_equity_case(ctx)
    if missing_case:
        untermed, amount = missing_case
        e.add("returns.no_equity_case", f"finance.funding[{untermed[0][0]}].interest_rate_pct",
              amount=ctx.money(amount), share=_pct(amount * 100 / (fin.total_capex or 1)),
              rows=rows_text([i for i, _ in untermed]))
    if structure.shareholders and structure.equity_flows:
        _equity_return(ctx, e)
    _break_even(ctx, e)


_LOANS = (Instrument.LOAN, Instrument.CONCESSIONAL_LOAN, Instrument.BOND)


def _no_equity_case(ctx: Context) -> tuple[list[tuple[int, Any]], Decimal] | None:
    """Equity asked while loans of a fifth of the capex or more have no terms: the loans and their amount."""
    untermed = _untermed_loans(ctx)
    capex = ctx.fin.total_capex
    if not untermed or not _figures.equity_asked(ctx.p) or not capex or capex <= 0:
        return None
    amount = sum((s.amount for _, s in untermed if s.amount), Decimal(0))
    return (untermed, amount) if amount * 100 >= capex * UNTERMED_DEBT_PCT else None


def _untermed_loans(ctx: Context) -> list[tuple[int, Any]]:
    """Loans with an amount but no interest rate or tenor: the debt schedule leaves them out."""
    return [(i, s) for i, s in enumerate(ctx.p.finance.funding)
            if s.instrument in _LOANS and s.amount and (s.interest_rate_pct is None or s.tenor_years is None)]


def _times(value: Decimal) -> str:
    return f"{rounded(value, 2):f}x"


def _equity_return(ctx: Context, e: _Emit) -> None:
    fin = ctx.fin
    structure = fin.structure
    assert structure is not None
    equity_ref = _plausibility.reference()["equity_return"]
    asked = _figures.equity_asked(ctx.p)
    hurdle = structure.cost_of_equity_pct
    basis = ctx.cat.phrase("hurdle_cost_of_equity")
    if hurdle is None:
        if asked:
            e.add("returns.no_cost_of_equity", "finance.cost_of_equity_pct")
        hurdle = fin.discount_rate_pct
        basis = ctx.cat.phrase("hurdle_discount_rate")
    flows = structure.equity_flows
    if structure.equity_irr is None:
        if any(f < 0 for f in flows) and sum(flows, Decimal(0)) <= 0:
            e.add("returns.equity_never_repaid", "finance.funding", paid=ctx.money(-sum((f for f in flows if f < 0), Decimal(0))),
                  back=ctx.money(sum((f for f in flows if f > 0), Decimal(0))))
        return
    if hurdle is None or structure.equity_irr >= hurdle:
        return
    gap = hurdle - structure.equity_irr
    e.add("returns.equity_irr_below_hurdle", "finance.cost_of_equity_pct",
          points=None if gap >= Decimal(str(equity_ref["weakness_gap_pp"])) else int(equity_ref["weakness_points"]),
          irr=format_percent(structure.equity_irr, decimals=1), hurdle=format_percent(hurdle, decimals=1), basis=basis)


def _break_even(ctx: Context, e: _Emit) -> None:
    """A margin so thin that a small revenue shortfall or capex overrun turns the NPV negative."""
    structure = ctx.fin.structure
    if structure is None or not structure.break_even:
        return
    # The headline basis: with the terminal value when the case has one (as the scenarios read it).
    be = structure.break_even[-1]
    if be.npv is None or be.npv <= 0:
        return
    ref = _plausibility.reference()["break_even"]
    floor = Decimal(str(ref["min_pct"]))
    thin = [(what, value) for what, value in (("thin_revenue", be.revenue_shortfall_pct),
                                              ("thin_capex", be.capex_overrun_pct))
            if value is not None and value < floor]
    if not thin:
        return
    worst = min(value for _, value in thin)
    said = [ctx.cat.phrase(what, v=_pct1(value)) for what, value in thin]
    e.add("returns.break_even_thin", "finance.lines",
          points=None if worst < Decimal(str(ref["serious_below_pct"])) else int(ref["weakness_points"]),
          details=said[0] if len(said) == 1 else ctx.cat.phrase("thin_either", first=said[0], last=said[1]),
          basis=ctx.cat.phrase("thin_terminal") if be.basis == "with_terminal" else "",
          floor=f"{floor.normalize():f}")


def _pct(value: Decimal) -> str:
    return f"{rounded(value, 0)}"


def funding(ctx: Context, e: _Emit) -> None:
    case = ctx.p.finance
    fin = ctx.fin
    sources = case.funding
    plan = _figures.funding_plan(ctx.p, fin)
    if not sources:
        stated = ctx.money(fin.total_capex) if fin.total_capex else e.cat.phrase("capex_unstated")
        e.add("funding.no_sources", "finance.funding", capex=stated)
    else:
        incomplete = []
        for i, s in enumerate(sources):
            missing = [attr for attr, value in (("source_type", s.source_type), ("amount", s.amount),
                                                ("status", s.status)) if value is None]
            if missing:
                incomplete.append((i, f"finance.funding[{i}].{missing[0]}"))
        e.rows("funding.source_incomplete", incomplete, len(sources))
        if plan is None:
            e.add("funding.no_capex", "finance.lines")
        elif not plan.closes:
            beyond = (ctx.cat.phrase("ask_outside_sources", amount=ctx.money(plan.ask_beyond_listed))
                      if plan.ask_beyond_listed > 0 else ctx.cat.phrase("ask_among_sources"))
            e.add("funding.plan_short", "finance.funding", listed=ctx.money(plan.listed),
                  beyond=beyond, covered=ctx.money(plan.total), capex=ctx.money(plan.capex),
                  short=ctx.money(plan.shortfall), pct=_pct(plan.shortfall * 100 / plan.capex))
        else:
            _sources_and_uses(ctx, e)
        if not any(s.status == FundingStatus.COMMITTED and s.amount for s in sources):
            e.add("funding.nothing_committed", "finance.funding")
        _shareholdings(ctx, e)
        mismatches = _share_mismatches(ctx)
        if mismatches:
            e.add("funding.share_mismatch", mismatches[0][0],
                  details=Phrase.joined(ctx.cat, [m[1] for m in mismatches], "semicolon"))
        _loans_against_concession(ctx, e)
        _committed_unnamed(ctx, e)
    if case.ask_amount is not None:
        _ask_against_table(ctx, e)
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


#: Words that say what kind of money a source is, not whose: a name made only of these names no one.
_GENERIC_SOURCE = frozenset(
    "a an the of for from to and or be by in tbc tbd other others various some grant grants funding funds fund money "
    "budget budgets capital contribution contributions subsidy subsidies donor donors government public national "
    "local city provincial municipal investment investor investors loan loans equity source sources finance "
    "financing climate green development support programme program identified confirmed expected "
    # Bahasa Indonesia and Vietnamese: grant, funds, aid, budget, government, central, support, capital, state
    "dana hibah bantuan anggaran pemerintah pusat daerah ngân sách tài trợ vốn nhà nước trung ương hỗ".split())
_WORD = re.compile(r"[^\W\d_]+")


def _names_no_one(text: str) -> bool:
    words = _WORD.findall(text.casefold())
    return all(w in _GENERIC_SOURCE for w in words)


def _committed_unnamed(ctx: Context, e: _Emit) -> None:
    """Money counted as committed whose row names no giver and no terms: an investor counts it as not there."""
    capex = ctx.fin.total_capex
    rows = [(i, s) for i, s in enumerate(ctx.p.finance.funding)
            if s.status == FundingStatus.COMMITTED and s.amount and _names_no_one(s.name or "")
            and _names_no_one(s.terms or "")]
    if not rows:
        return
    amount = sum((s.amount for _, s in rows if s.amount), Decimal(0))
    large = bool(capex) and capex is not None and capex > 0 and amount * 10 >= capex
    e.add("funding.committed_unnamed", f"finance.funding[{rows[0][0]}].name", points=None if large else 5,
          rows=rows_text([i for i, _ in rows]), amount=ctx.money(amount),
          share=(ctx.cat.phrase("share_of_capex", pct=_pct(amount * 100 / capex)) if capex
                 else ctx.cat.phrase("unknown_share_of_capex")))


def _loans_against_concession(ctx: Context, e: _Emit) -> None:
    """Loans must be repaid inside the concession, with a tail: after it the project has no revenue."""
    end, said = _concession(ctx)
    structure = ctx.fin.structure
    if end is None or structure is None:
        return
    late = []
    for loan in structure.loans:
        # The last repayment is due in the first drawing year plus the tenor, whether or not the case's
        # horizon reaches that far (the schedule stops at the horizon).
        last = loan.first_year + loan.tenor_years
        if last > end - TAIL_YEARS:
            late.append((loan, last))
    if not late:
        return
    beyond = [x for x in late if x[1] > end]
    loan, last = (beyond or late)[0]
    e.add("funding.debt_outlives_concession", f"finance.funding[{loan.index}].tenor_years",
          points=None if beyond else 5, loan=loan.label, last=last, said=said,
          relation=ctx.cat.phrase("repaid_after" if beyond else "repaid_close_to"),
          verdict=(ctx.cat.phrase("revenue_ends_first") if beyond else ctx.cat.phrase("tail_too_short", years=TAIL_YEARS)))


def _ask_against_table(ctx: Context, e: _Emit) -> None:
    """The equity asked must be the Japanese equity the funding table counts as not yet committed."""
    asked = sum((a.amount for a in ctx.p.finance.asks
                 if a.amount is not None and a.instrument == Instrument.EQUITY), Decimal(0))
    open_equity = sum((s.amount for s in ctx.p.finance.funding
                       if s.amount is not None and s.instrument == Instrument.EQUITY
                       and s.status != FundingStatus.COMMITTED
                       and (s.japanese or s.source_type == FundingType.JOIN_EQUITY)), Decimal(0))
    if asked <= 0 or open_equity <= 0 or abs(asked - open_equity) <= open_equity * ASK_TOLERANCE:
        return
    e.add("funding.ask_not_table", "finance.asks", ask=ctx.money(asked), listed=ctx.money(open_equity))


#: The kinds of use of funds whose names are phrases of readiness.json ('use_idc': 'interest during construction').
_USE_NAMES = ("capex", "development", "idc", "fees", "reserves")


def _sources_and_uses(ctx: Context, e: _Emit) -> None:
    """The finance package's sources and uses (guarantees are not cash, so not a source) must balance."""
    structure = ctx.fin.structure
    if structure is None:
        return
    su = structure.sources_and_uses
    if su.balanced is not False or su.total_uses <= 0:
        return
    if su.difference > 0 and _untermed_loans(ctx):
        return  # loans without terms have no interest during construction: the uses are incomplete, not the sources
    totals: dict[str, Decimal] = {}
    for use in su.uses:
        totals[use.kind] = totals.get(use.kind, Decimal(0)) + use.amount
    uses = Phrase.joined(ctx.cat, [ctx.cat.phrase("use_item", amount=ctx.money(amount),
                                                   use=ctx.cat.phrase(f"use_{kind}") if kind in _USE_NAMES else kind)
                                   for kind, amount in totals.items()], "comma")
    short = su.difference < 0
    e.add("funding.sources_not_capex", "finance.funding", sources=ctx.money(su.total_sources),
          uses=ctx.money(su.total_uses), listing=uses, difference=ctx.money(abs(su.difference)),
          pct=_pct1(abs(su.difference) * 100 / su.total_uses),
          direction=ctx.cat.phrase("sources_short" if short else "sources_more"))


def _pct1(value: Decimal) -> str:
    """A percentage with one decimal, trailing zero dropped ('0.9', '4', '12.5')."""
    return f"{rounded(value, 1).normalize():f}"


def _shareholdings(ctx: Context, e: _Emit) -> None:
    """Shareholdings entered: all of them or none, adding up to 100%, and agreeing with the equity amounts."""
    holders = ctx.holders
    if not holders.holdings or not holders.stated:
        return
    everyone = len(holders.holdings)
    missing = holders.unstated
    if missing:
        e.rows("funding.shares_incomplete",
               [(h.index, f"finance.funding[{h.index}].shareholding_pct") for h in missing], everyone,
               names=Phrase.joined(ctx.cat, [h.name for h in missing], "list"))
        return
    total = holders.stated_total
    first = holders.holdings[0]
    if total is not None and abs(total - 100) > _figures.SHARES_TOTAL_TOLERANCE_PP:
        listed = Phrase.joined(ctx.cat, [ctx.cat.phrase("holder_share", name=h.name, share=_share(h.stated_pct))
                                         for h in holders.holdings if h.stated_pct is not None], "list")
        e.add("funding.shares_not_100", f"finance.funding[{first.index}].shareholding_pct",
              total=_share(total), listed=listed)
        return
    if everyone < 2 or any(h.amount <= 0 for h in holders.holdings):
        return
    differ = []
    for h in holders.holdings:
        by_amount = holders.amount_pct(h)
        if h.stated_pct is None or by_amount is None:
            continue
        if abs(h.stated_pct - by_amount) > SHARE_TOLERANCE_PP:
            differ.append((h, by_amount))
    if differ:
        e.rows("funding.shares_vs_amounts",
               [(h.index, f"finance.funding[{h.index}].shareholding_pct") for h, _ in differ], everyone,
               details=Phrase.joined(ctx.cat, [ctx.cat.phrase("share_against_amount", name=h.name,
                                                               stated=_share(h.stated_pct or Decimal(0)),
                                                               by_amount=_share(rounded(by_amount, 1)),
                                                               amount=ctx.money(h.amount)) for h, by_amount in differ],
                                     "semicolon"))


_PCT = re.compile(r"(\d{1,3}(?:[.,]\d+)?)\s?%")


def _share_mismatches(ctx: Context) -> list[tuple[str, Phrase]]:
    """Shareholdings written in the text (structure, partners, funding terms) against the shareholdings
    entered, or the equity amounts where none is entered: (path, detail)."""
    holders = ctx.holders
    if len(holders.holdings) < 2:
        return []
    found = []
    for h in holders.holdings:
        share = holders.share_pct(h)
        if share is None:
            continue
        basis = "share_stated_entered" if h.stated_pct is not None else "share_stated_by_amount"
        key = h.name if h.is_join else h.name.split("(")[0].strip()
        if len(key) < 3:
            continue
        places = [("japan.structure_description", ctx.p.japan.structure_description)]
        places += [(f"japan.partners[{i}].contribution", pt.contribution) for i, pt in enumerate(ctx.p.japan.partners)
                   if norm(pt.name) and (norm(pt.name) in norm(h.name) or norm(h.name) in norm(pt.name))]
        places += [(f"finance.funding[{i}].terms", ctx.p.finance.funding[i].terms) for i in h.rows]
        for path, text in places:
            if blank(text):
                continue
            at = text.casefold().find(key.casefold()) if path == "japan.structure_description" else 0
            if at < 0:
                continue
            window = text[at:at + len(key) + 40] if path == "japan.structure_description" else text[:80]
            match = _PCT.search(window)
            if not match:
                continue
            stated = Decimal(match.group(1).replace(",", "."))
            if abs(stated - share) > SHARE_TOLERANCE_PP:
                found.append((path, ctx.cat.phrase(basis, field=Phrase.field(path, whole=True), name=h.name,
                                                   stated=f"{stated.normalize():f}", share=_share(rounded(share, 1)))))
                break
    return found


#: A counterparty risk about the city or the government itself (as off-taker or payer), which the
#: public side rightly bears.
_OFFTAKER = re.compile(r"(?<![\w-])(?:city|municipality|province|government|ministry|off-?taker|payer|pays|payment|"
                       r"payments|budget|tariff)(?![\w-])", re.IGNORECASE)


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
            e.add("risks.category_missing", "risks", category=ctx.cat.phrase(label))
    no_bearer, no_mitigation, no_rating, incomplete = [], [], [], []
    for i, r in enumerate(items):
        base = f"risks[{i}]"
        if r.bearer is None:
            no_bearer.append((i, f"{base}.bearer"))
        if blank(r.mitigation):
            no_mitigation.append((i, f"{base}.mitigation"))
        missing = [attr for attr, value in (("likelihood", r.likelihood), ("impact", r.impact)) if value is None]
        if missing:
            no_rating.append((i, f"{base}.{missing[0]}"))
        gaps = [attr for attr, absent in (("category", r.category is None), ("description", blank(r.description)))
                if absent]
        if gaps:
            incomplete.append((i, f"{base}.{gaps[0]}"))
    if len(no_bearer) == len(items):
        e.add("risks.none_allocated", "risks[0].bearer", total=len(items))
    else:
        e.rows("risks.no_bearer", no_bearer, len(items))
    bearers = {r.bearer for r in items if r.bearer is not None}
    private_structure = ctx.p.japan.project_structure not in (None, ProjectStructure.PUBLIC_PROCUREMENT)
    if len(items) >= 3 and len(bearers) == 1 and not no_bearer:
        bearer = next(iter(bearers))
        # Every risk on the public side of a private structure transfers nothing: serious. One private
        # party bearing everything is a weakness.
        all_public = bearer in (RiskBearer.CITY, RiskBearer.NATIONAL_GOVERNMENT) and private_structure
        e.add("risks.single_bearer", "risks", points=None if all_public else 4, bearer=Phrase.choice(bearer),
              consequence=ctx.cat.phrase("public_with_private_money") if all_public else "")
    if private_structure:
        # Building and the builder's default are for the party that builds (the contractor, the project
        # company), not the public side: JOIN's FY2023 losses came from a contractor's default.
        public = [(i, f"risks[{i}].bearer") for i, r in enumerate(items)
                  if r.category in (RiskCategory.CONSTRUCTION, RiskCategory.COUNTERPARTY)
                  and r.bearer in (RiskBearer.CITY, RiskBearer.NATIONAL_GOVERNMENT)
                  and not _OFFTAKER.search(r.description or "")]
        if public:
            e.add("risks.build_risk_on_public", public[0][1], rows=rows_text([i for i, _ in public]),
                  count=len(public))
    e.rows("risks.no_mitigation", no_mitigation, len(items))
    e.rows("risks.no_rating", no_rating, len(items))
    e.rows("risks.incomplete", incomplete, len(items))
    _currency(ctx, e)


#: Words that name a cover against the local currency falling (in English, Bahasa, Vietnamese and Thai).
_HEDGE = re.compile(
    r"(?<![\w-])(?:hedg\w*|swap|swaps|swapped|cross-currency|forward contracts?|currency (?:options?|insurance|cover)|"
    r"natural hedge|(?:indexed|linked|pegged|denominated) (?:to|in) the (?:usd|jpy|us dollar|dollar|yen|"
    r"exchange rate|\w{3} rate)|(?:usd|jpy|dollar|yen)[- ](?:indexed|linked|denominated)|local[- ]currency (?:tranche|loan|debt)|"
    r"lindung nilai|phòng ngừa rủi ro tỷ giá|ป้องกันความเสี่ยง)(?![\w-])", re.IGNORECASE)


def _currency(ctx: Context, e: _Emit) -> None:
    """Foreign-currency debt repaid from local-currency revenue, with no hedge named in the risks or the loan."""
    p = ctx.p
    foreign = _figures.foreign_debt(p)
    if not foreign:
        return
    texts = [f"{r.description} {r.mitigation}" for r in p.risks]
    texts += [s.terms for _, s in foreign]
    if any(_HEDGE.search(text) for text in texts if text):
        return
    total = sum((s.amount for s in p.finance.funding if s.amount is not None and kind_of(s) != "guarantee"),
                Decimal(0))
    owed = sum((s.amount or Decimal(0) for _, s in foreign), Decimal(0))
    share = owed * 100 / total if total > 0 else Decimal(100)
    ref = _plausibility.reference()["currency"]
    names = Phrase.joined(ctx.cat, [ctx.cat.phrase("loan_named", name=_figures.holder_name(s),
                                                   currency=s.currency.value if s.currency else "", amount=ctx.money(s.amount))
                                    for _, s in foreign], "list")
    currencies = Phrase.joined(ctx.cat, list(dict.fromkeys(s.currency.value for _, s in foreign if s.currency)), "list")
    financial = next((i for i, r in enumerate(p.risks) if r.category == RiskCategory.FINANCIAL), None)
    where = f"risks[{financial}].mitigation" if financial is not None else "risks"
    e.add("risks.currency_unhedged", where,
          points=None if share >= Decimal(str(ref["serious_share_pct"])) else int(ref["weakness_points"]),
          loans=names, currencies=currencies, local=p.finance.currency.value if p.finance.currency else "",
          share=_pct(share))


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


#: Words that mark a heavy phase as digital infrastructure (the "light back to heavy" investments).
_HEAVY_DIGITAL = re.compile(r"(?<![\w-])(?:data cent(?:re|er)s?|5g|fibre|fiber|backbone|cloud|server|servers|"
                            r"connectivity|telecom\w*|network operations cent(?:re|er))(?![\w-])", re.IGNORECASE)


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
        return _short(phases[i].name) if not blank(phases[i].name) else ctx.cat.phrase("phase_number", n=i + 1)

    kinds = {ph.kind for ph in phases}
    if PhaseKind.LIGHT not in kinds:
        e.add("digital.no_light", "roadmap.phases")
    if PhaseKind.HEAVY not in kinds:
        e.add("digital.no_heavy", "roadmap.phases")
    e.rows("digital.phase_no_kind", [(i, f"roadmap.phases[{i}].kind") for i, ph in enumerate(phases) if ph.kind is None], n)

    by_name: dict[str, int] = {}
    for i, ph in enumerate(phases):
        if not blank(ph.name):
            by_name.setdefault(norm(ph.name), i)
    edges: dict[int, list[int]] = {}
    unknown, too_early = [], []
    for i, ph in enumerate(phases):
        missing_names = False
        for dep in _dependencies(ph.depends_on):
            j = by_name.get(norm(dep))
            if j is None:
                missing_names = True
                continue
            edges.setdefault(i, []).append(j)
        if missing_names:
            unknown.append((i, f"roadmap.phases[{i}].depends_on"))
        for j in edges.get(i, []):
            start, dep_start = ph.start_year, phases[j].start_year
            if j != i and start is not None and dep_start is not None and start < dep_start:
                too_early.append((i, f"roadmap.phases[{i}].start_year"))
                break
    e.rows("digital.dependency_unknown", unknown, n)
    e.rows("digital.dependency_too_early", too_early, n)
    for group in _cyclic_groups(edges, n):
        e.add("digital.dependency_cycle", f"roadmap.phases[{group[0]}].depends_on", name=label(group[0]))

    light = [i for i, ph in enumerate(phases) if ph.kind == PhaseKind.LIGHT]
    heavy = [i for i, ph in enumerate(phases) if ph.kind == PhaseKind.HEAVY]
    if light and heavy:
        linked = any(j in light for i in heavy for j in edges.get(i, []))
        light_starts = [y for y in (phases[i].start_year for i in light) if y is not None]
        heavy_starts = [y for y in (phases[i].start_year for i in heavy) if y is not None]
        first_light = min(light_starts) if light_starts else None
        early_digital = [i for i in heavy
                         if _HEAVY_DIGITAL.search(f"{phases[i].name} {phases[i].components}")
                         and _before(phases[i].start_year, first_light)
                         and not any(j in light for j in edges.get(i, []))]
        follows = linked or (bool(light_starts) and any(s >= min(light_starts) for s in heavy_starts))
        if early_digital:
            e.add("digital.heavy_digital_first", f"roadmap.phases[{early_digital[0]}].start_year",
                  names=Phrase.joined(ctx.cat, [ctx.cat.phrase("phase_from", name=label(i), year=phases[i].start_year)
                                                for i in early_digital], "comma"),
                  light_start=first_light)
        elif not follows and light_starts and heavy_starts:
            first = min((i for i in light if phases[i].start_year is not None), key=lambda i: phases[i].start_year or 0)
            e.add("digital.no_light_to_heavy", f"roadmap.phases[{first}].start_year",
                  heavy=Phrase.joined(ctx.cat, [ctx.cat.phrase("phase_year", name=label(i), year=phases[i].start_year)
                                                for i in heavy if phases[i].start_year is not None]),
                  light=ctx.cat.phrase("phase_year", name=label(first), year=phases[first].start_year))
        if not linked:
            e.add("digital.heavy_not_linked", f"roadmap.phases[{heavy[0]}].depends_on")

    backwards, no_years, no_cost = [], [], []
    for i, ph in enumerate(phases):
        base = f"roadmap.phases[{i}]"
        if ph.start_year is not None and ph.end_year is not None and ph.end_year < ph.start_year:
            backwards.append((i, f"{base}.end_year"))
        if ph.start_year is None or ph.end_year is None:
            no_years.append((i, f"{base}.start_year" if ph.start_year is None else f"{base}.end_year"))
        if ph.cost is None:
            no_cost.append((i, f"{base}.cost"))
    e.rows("digital.phase_ends_before_start", backwards, n)
    e.rows("digital.phase_no_years", no_years, n)
    e.rows("digital.phase_no_cost", no_cost, n)
    _phases_against_capex(ctx, e)


def _phases_against_capex(ctx: Context, e: _Emit) -> None:
    phases = ctx.p.roadmap.phases
    fin = ctx.fin
    capex = fin.total_capex
    if not ctx.has_case or not capex or capex <= 0:
        return
    costs = [ph.cost for ph in phases]
    if costs and all(c is not None for c in costs):
        total = sum((c for c in costs if c is not None), Decimal(0))
        if total > 0 and abs(total - capex) > capex * PHASES_TOLERANCE:
            e.add("digital.phases_vs_capex", "roadmap.phases", phases=ctx.money(total), capex=ctx.money(capex),
                  pct=_pct(abs(total - capex) * 100 / capex), direction=ctx.cat.phrase("phases_more" if total > capex else "phases_less"))
    spans = [(ph.start_year, ph.end_year) for ph in phases if ph.start_year is not None and ph.end_year is not None
             and ph.end_year >= ph.start_year]
    if not spans or not fin.years:
        return
    active = {y for start, end in spans for y in range(start, end + 1)}
    spent = {y for y, c in zip(fin.years, fin.capex) if c > 0}
    orphan = sorted(spent - active)
    idle = [i for i, ph in enumerate(phases)
            if ph.start_year is not None and ph.end_year is not None and ph.cost
            and not any(y in spent for y in range(ph.start_year, ph.end_year + 1))]
    details = []
    if orphan:
        details.append(ctx.cat.phrase("capex_without_phase", years=_years_text(ctx.cat, orphan)))
    for i in idle:
        details.append(ctx.cat.phrase("phase_without_capex", name=_short(phases[i].name) or ctx.cat.phrase("phase_number", n=i + 1),
                                      start=phases[i].start_year, end=phases[i].end_year))
    if details:
        path = f"roadmap.phases[{idle[0]}].start_year" if idle else "finance.lines"
        e.add("digital.phase_years_vs_capex", path, details=Phrase.joined(ctx.cat, details, "semicolon"))


def _before(year: int | None, other: int | None) -> bool:
    return year is not None and other is not None and year < other


def _years_text(cat: Catalogue, years: list[int]) -> str:
    if len(years) > 2 and years[-1] - years[0] == len(years) - 1:
        return f"{years[0]}-{years[-1]}"
    return Phrase.joined(cat, [str(y) for y in years])


#: The words the affordability check uses for a service (wizard.readiness._plausibility), by phrase key.
_SERVICES = {"transport": "service_mobility", "water": "service_water", "waste collection": "service_waste",
             "energy": "service_energy", "a city service": "service_other"}


def _service(cat: Catalogue, words: str) -> str:
    """The service users pay for, as a phrase another language says its way (the words where it has none)."""
    key = _SERVICES.get(words, "")
    return cat.phrase(key) if key in cat.phrases else words


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


def _role_beyond_capital(text: str) -> tuple[bool, str]:
    """Whether the role offered names something the investor does beyond paying, and if not, why (the name
    of a phrase of readiness.json)."""
    for match in _ROLE.finditer(text):
        before = text[max(0, match.start() - 40):match.start()]
        clause = re.split(r"[;.]", before)[-1]
        if _OTHER_PARTY.search(clause):
            continue  # "the city will operate": a role, but not the investor's
        return True, ""
    if _ROLE.search(text):
        return False, "role_city"
    if _MONEY_WORDS.search(text):
        return False, "role_money"
    return False, "role_none"


#: Parties that can buy an investor's shares, named in the project's own words.
_BUYER = re.compile(r"(?<![\w-])(?:sponsors?|partners?|shareholders?|city|province|provincial|government|municipality|"
                    r"municipal|funds?|cooperatives?|operators?|company|companies|utility|corporation|holdings?|"
                    r"management|employees|stock exchange|market)(?![\w-])", re.IGNORECASE)
#: A capitalised name that is not the first word of a sentence (nor JOIN itself, the seller).
_NAME = re.compile(r"(?<![.!?:;]\s)(?<!^)\b(?!JOIN\b|JBIC\b)[A-Z][\w&.-]+")


def _exit_missing(text: str) -> list[str]:
    """What an exit strategy leaves out (phrases of readiness.json): a mechanism (sale, options, listing), a
    buyer, a year."""
    missing = []
    if not _EXIT_ROUTE.search(text):
        missing.append("exit_no_mechanism")
    if not _BUYER.search(text) and not _NAME.search(text.strip()):
        missing.append("exit_no_buyer")
    if not vague.has_date(text):
        missing.append("exit_no_year")
    return missing


#: Words that make a partner the one who runs the service or leads the project.
_OPERATES = re.compile(r"(?<![\w-])(?:operate|operates|operating|operator|operations|o&m|lead sponsor|run|runs)(?![\w-])",
                       re.IGNORECASE)


def _is_financier(partner: object) -> bool:
    name = str(getattr(partner, "name", "") or "")
    return bool(_FINANCIER.search(name))


def japan(ctx: Context, e: _Emit) -> None:
    j = ctx.p.japan
    p = ctx.p
    if blank(j.investor_role):
        e.add("japan.no_investor_role", "japan.investor_role")
    else:
        beyond, reason = _role_beyond_capital(j.investor_role)  # reason: a phrase's name
        if not beyond:
            e.add("japan.capital_only", "japan.investor_role", reason=ctx.cat.phrase(reason))
    if blank(j.technologies_sought):
        e.add("japan.no_technologies", "japan.technologies_sought")
    if blank(j.operational_expertise):
        e.add("japan.no_expertise", "japan.operational_expertise")
    japanese = [pt for pt in j.partners if pt.partner_type in (PartnerType.JAPANESE_COMPANY, PartnerType.JAPANESE_AGENCY)]
    doers = [pt for pt in japanese if not _is_financier(pt)
             and (pt.partner_type == PartnerType.JAPANESE_COMPANY or _TECHNICAL.search(pt.contribution or ""))]
    if not doers:
        financiers = [pt.name for pt in japanese if _is_financier(pt) and not blank(pt.name)]
        e.add("japan.no_japanese_partner", "japan.partners",
              financiers=ctx.cat.phrase("financiers_only", names=", ".join(financiers)) if financiers else "")
    mismatched = [(i, pt) for i, pt in enumerate(j.partners) if _is_financier(pt) and _TECHNICAL.search(pt.contribution or "")]
    if mismatched:
        # A financier named as the operator or lead sponsor leaves the project with no one to run it: serious.
        runs = any(_OPERATES.search(pt.contribution or "") for _, pt in mismatched)
        e.add("japan.partner_role_mismatch", f"japan.partners[{mismatched[0][0]}].contribution",
              points=None if runs else 4,
              details=Phrase.joined(ctx.cat, [ctx.cat.phrase("partner_row", row=i + 1, name=pt.name,
                                                             contribution=_short(pt.contribution, 80))
                                              for i, pt in mismatched], "semicolon"),
              consequence=ctx.cat.phrase("no_operator") if runs else "")

    # JOIN's conditions, read from the shareholdings entered (or the equity amounts where none is).
    holders = ctx.holders
    join = holders.join
    if join is not None and holders.join_is_largest_japanese():
        largest = holders.largest_japanese_other_than_join()
        where = "shareholding_pct" if join.stated_pct is not None else "amount"
        e.add("japan.join_largest", f"finance.funding[{join.index}].{where}", join=ctx.holding(join),
              largest=(ctx.cat.phrase("holder_named", name=largest.name, holding=ctx.holding(largest)) if largest
                       else ctx.cat.phrase("holder_none")))
    equity_case = _figures.equity_asked(p)
    private = holders.private
    if equity_case and not private:
        e.add("japan.no_private_equity", "finance.funding",
              who="JOIN" if join is not None else ctx.cat.phrase("the_equity_asked"))
    elif private and not any(h.committed for h in private) and any(
            s.status == FundingStatus.COMMITTED and s.amount for s in p.finance.funding):
        # (When nothing at all is committed, funding.nothing_committed says so once.)
        e.add("japan.private_equity_not_committed", "finance.funding")
    if blank(j.management_structure):
        e.add("japan.no_management_structure", "japan.management_structure")
    if not p.feasibility.demand_forecast_independent:
        e.add("japan.forecast_not_independent", "feasibility.demand_forecast_independent")
    if blank(j.investment_recovery):
        e.add("japan.no_investment_recovery", "japan.investment_recovery")
    if blank(j.exit_strategy):
        if equity_case:
            e.add("japan.no_exit", "japan.exit_strategy")
    else:
        if equity_case and not j.exit_agreed:
            e.add("japan.exit_not_agreed", "japan.exit_agreed")
        missing = _exit_missing(j.exit_strategy)
        if missing:
            # A buyer or a mechanism missing leaves the equity investor no way out: serious where equity is
            # asked; a year alone missing, or no equity asked, is a weakness.
            serious = equity_case and any(m != "exit_no_year" for m in missing)
            e.add("japan.exit_vague", "japan.exit_strategy", points=None if serious else 4,
                  missing=Phrase.joined(ctx.cat, [ctx.cat.phrase(m) for m in missing]))

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
              status=(ctx.cat.phrase("eia_marked", label=Phrase.choice(status, lower=True)) if status
                      else ctx.cat.phrase("eia_not_given")))
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
        e.rows("delivery.milestone_no_year",
               [(i, f"implementation.milestones[{i}].year") for i, m in enumerate(im.milestones) if m.year is None],
               len(im.milestones))
    if blank(team.capability):
        e.add("delivery.no_capability", "team.capability")
    if not team.contacts:
        e.add("delivery.no_contact", "team.contacts")


#: Statements judged by rules of their own (vision and problem statements): not counted again as generic.
_OWN_RULES = frozenset({"vision.statement", "problem.statement"})


def writing(ctx: Context, e: _Emit) -> None:
    _undrawable(ctx, e)
    places = _text.places_of(ctx.p)
    filled = [(i, path, title, paths_get(ctx.p, path)) for i, (path, title) in enumerate(_text.prose_fields())]
    filled = [row for row in filled if not blank(row[3])]
    if not filled:
        return
    judged = [row for row in filled if row[1] not in _OWN_RULES]
    generic = [(i, path) for i, path, _, text in judged if _text.is_boilerplate(text, places)]
    if generic:
        # Each boilerplate answer costs at least a point; most of the proposal boilerplate costs the full rule.
        e.rows("writing.generic", generic, len(judged), minimum=len(generic),
               fields=Phrase.joined(ctx.cat, [Phrase.field(p) for _, p in generic], "comma"))
    copied = [(i, path) for i, path, _, text in filled if _text.copied_from_guidance(text)]
    if copied:
        # A copied example is a credibility problem however few there are: an investor who spots one
        # doubts the rest.  Three points for the first, one more for each further copy.
        e.found.append(RawFinding("writing.copied_guidance", copied[0][1],
                                  min(e.cat.rules["writing.copied_guidance"].points, 2 + len(copied) + 1),
                                  {"count": len(copied),
                                   "fields": Phrase.joined(ctx.cat, [Phrase.field(p) for _, p in copied], "comma")},
                                  paths=tuple(p for _, p in copied)))
    groups = _text.duplicate_groups([(path, text) for _, path, _, text in filled])
    if groups:
        described = Phrase.joined(ctx.cat, [Phrase.joined(ctx.cat, [Phrase.field(p) for p in group]) for group in groups],
                                  "semicolon")
        flat = [p for group in groups for p in group]
        e.found.append(RawFinding("writing.duplicate", flat[0], e.cat.rules["writing.duplicate"].points,
                                  {"groups": described}, paths=tuple(flat)))


def _undrawable(ctx: Context, e: _Emit) -> None:
    """Text the bundled fonts cannot draw: the export refuses it (see :mod:`wizard.textcheck`)."""
    # Fast path: every distinct character of the proposal's text, each judged once; only when one of them
    # cannot be drawn are the fields walked to say where (that walk costs several times more).
    strings: list[str] = []
    _strings(ctx.p, strings)
    text = "".join(strings)
    if text.isascii() or all(_drawable(char) for char in set(_NON_ASCII.findall(text))):
        return
    found = textcheck.uncovered_text(ctx.p)
    if not found:
        return
    details = Phrase.joined(ctx.cat, [
        ctx.cat.phrase("undrawable_item", field=Phrase.field(item.field, whole=True),
                       scripts=Phrase.joined(ctx.cat, [_script(ctx.cat, s) for s in item.scripts]),
                       characters=_characters(ctx.cat, item.characters)) for item in found], "semicolon")
    e.found.append(RawFinding("writing.undrawable", found[0].field, e.cat.rules["writing.undrawable"].points,
                              {"count": len(found), "details": details, "covered": ctx.cat.phrase("covered_scripts")},
                              paths=tuple(item.field for item in found)))


_NON_ASCII = re.compile(r"[^\x00-\x7f]")


def _strings(value: object, out: list[str]) -> None:
    """Every string in the proposal that the export draws (a quick superset of textcheck's fields)."""
    if isinstance(value, BaseModel):
        for name, item in value.__dict__.items():
            if name not in textcheck.NOT_DRAWN:
                _strings(item, out)
    elif isinstance(value, str):
        out.append(value)
    elif isinstance(value, (list, tuple)):
        for item in value:
            _strings(item, out)


@functools.lru_cache(maxsize=4096)
def _drawable(char: str) -> bool:
    return textcheck.covered(char)


def _characters(cat: Catalogue, chars: str, limit: int = 6) -> str:
    shown = " ".join(chars[:limit])
    more = len(chars) - limit
    return cat.phrase("characters_more", shown=shown, more=more) if more > 0 else shown


def _script(cat: Catalogue, name: str) -> str:
    """A script's name (:func:`wizard.textcheck.script_of`) as a phrase another language says its way; the
    name itself (a proper noun such as 'Devanagari') where the catalogue has no phrase for it."""
    key = "script_" + "_".join(name.casefold().replace("(", " ").replace(")", " ").split())
    return cat.phrase(key) if key in cat.phrases else name


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
    "writing": writing,
}


def run(cat: Catalogue, proposal: Proposal, fin: FinancialResults | None = None) -> dict[str, list[RawFinding]]:
    """Every rule that fires on ``proposal``, by criterion (``fin``: its financial results, if known)."""
    ctx = Context(proposal, fin, cat)
    raw: dict[str, list[RawFinding]] = {}
    for crit in cat.criteria:
        emit = _Emit(cat, crit.id)
        CRITERIA[crit.id](ctx, emit)
        raw[crit.id] = emit.found
    return raw


def gate_conditions(proposal: Proposal, fin: FinancialResults | None = None) -> dict[str, tuple[bool, str, dict[str, Any]]]:
    """For each gate condition of the catalogue, whether it holds for ``proposal``, and if not why: a
    sentence of ``bands.next`` and its values, or ``""`` for the gate's own ``not_applicable`` text."""
    results = fin if fin is not None else compute(proposal.finance)
    share = _figures.demand_revenue_share(results)
    demand: tuple[str, dict[str, Any]]
    if share is None:
        demand = ("demand_no_revenue", {})
    elif share * 100 >= Decimal("0.05"):
        demand = ("demand_share", {"share": _pct1(share * 100)})
    else:
        demand = ("demand_none", {})
    structure = results.structure
    return {
        "revenue_based": (_figures.revenue_based(results), *demand),
        "equity_asked": (_figures.equity_asked(proposal), "", {}),
        "join_equity": (_figures.join_holding(proposal) is not None, "", {}),
        "has_debt": (structure is not None and structure.dscr_min is not None, "", {}),
    }
