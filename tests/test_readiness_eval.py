"""Evaluation of the readiness judgement against planted flaws, as an investment officer would flag them.

A strong proposal of our own (``tests/data/readiness/strong-bacaran.json``: a fictional Philippine city's
electric-bus network, not one of the bundled samples) is copied and each copy gets one flaw that an
infrastructure investor would certainly raise.  For each, the test checks what the reader of the
Review page or of ``citypitch check`` sees first (the first failed gate, or else the costliest
finding), the criterion and field it names, how much the overall score drops and the band.

Tiers (the calibration the issue asks for): a deal-breaker fails a gate and caps the score at 59
(Not ready); a serious flaw costs at least 8 points and takes a strong proposal out of Ready; a real
weakness costs 3-7; polish 1-2.  The rules were written from the domain (DOMAIN.md, INVESTOR.md), and
``test_readiness_heldout.py`` checks them on proposals and flaws this suite was not tuned on.

The second group of flaws reads the finance pack (issue 15) as a lender and an equity investor do:
debt the project cannot repay or that misses the lenders' cover, equity returns under the hurdle, a
margin a small miss wipes out, sources and uses that do not balance, shareholdings that do not add up
or disagree with the money, a yen loan against peso fares with no hedge, and text the pitch cannot
print.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from wizard import paths, projectfile, readiness
from wizard.model import FundingStatus, Instrument, Proposal, RiskCategory, RoadmapPhase, StudyStatus

STRONG = Path(__file__).parent / "data" / "readiness" / "strong-bacaran.json"
_STRONG: Proposal | None = None


def strong() -> Proposal:
    global _STRONG
    if _STRONG is None:
        _STRONG = projectfile.load(STRONG).proposal
    return _STRONG.frozen_copy()


def first_item(result: readiness.Assessment) -> tuple[str, str, str]:
    """What a reader sees first: the first failed gate's rule, or the costliest finding (rule, criterion, field)."""
    failed = result.failed_gates
    if failed:
        rule = failed[0].rules[0]
        finding = next(f for f in result.findings if f.rule == rule)
        return finding.rule, finding.criterion, finding.field
    top = result.findings[0]
    return top.rule, top.criterion, top.field


# --- the flaws ------------------------------------------------------------------------------------------


def _scale(factor: str, *streams: str) -> Callable[[Proposal], None]:
    def mutate(p: Proposal) -> None:
        for line in p.finance.lines:
            for name in streams:
                value = getattr(line, name)
                if value is not None:
                    setattr(line, name, (value * Decimal(factor)).quantize(Decimal(1)))

    return mutate


ALL_REVENUE = ("rev_user_fees", "rev_availability", "rev_land_value", "rev_energy_savings", "rev_data_services",
               "rev_advertising", "rev_other")


def loses_money(p: Proposal) -> None:
    _scale("0.6", *ALL_REVENUE)(p)


def never_earns(p: Proposal) -> None:
    _scale("3", "opex")(p)


def capex_40pct_unfunded(p: Proposal) -> None:
    p.finance.funding = [s for s in p.finance.funding if s.instrument != Instrument.LOAN]


def no_private_equity(p: Proposal) -> None:
    for s in p.finance.funding:
        if s.source_type is not None and s.source_type.value == "private_equity":
            s.source_type, s.instrument, s.japanese = None, Instrument.LOAN, False
            s.source_type = type(p.finance.funding[0].source_type)("commercial_debt")


def join_largest(p: Proposal) -> None:
    """The deal changed: JOIN takes the sponsor's stake and the sponsor JOIN's, shares and amounts alike."""
    for s in p.finance.funding:
        if s.source_type is not None and s.source_type.value == "join_equity":
            s.amount, s.shareholding_pct = Decimal("700000000"), Decimal("46.7")
        elif s.name.startswith("Example Mobility"):
            s.amount, s.shareholding_pct = Decimal("450000000"), Decimal("30")


def no_exit(p: Proposal) -> None:
    p.japan.exit_strategy, p.japan.exit_agreed = "", False


def exit_not_agreed(p: Proposal) -> None:
    p.japan.exit_agreed = False


def no_demand_forecast(p: Proposal) -> None:
    p.feasibility.demand_forecast = ""


def problem_unquantified(p: Proposal) -> None:
    p.problem.title = "Old jeepneys on overlapping routes make commuting slow"
    p.problem.statement = ("Commuting on Bacaran's main corridors takes far longer than it did before the pandemic. "
                           "Jeepneys on overlapping franchises compete for passengers, stop anywhere and run no "
                           "timetable, and the cost of lost time and fuel keeps growing.")


def no_risk_allocation(p: Proposal) -> None:
    for r in p.risks:
        r.bearer = None


def no_kpi_baseline(p: Proposal) -> None:
    for k in p.problem.kpis:
        k.baseline = None


def no_data_sources(p: Proposal) -> None:
    for ev in p.problem.evidence:
        ev.source = ""
    for k in p.problem.kpis:
        k.baseline_source = ""


def several_problems(p: Proposal) -> None:
    p.problem.statement = ("Traffic congestion on Rizal Avenue costs commuters 58 minutes a trip in 2025. Flooding "
                           "hits 40 streets every monsoon and the floods close the port road for 9 days a year. "
                           "Uncollected waste piles up at 12 markets, the landfill is full and garbage blocks drains.")


def money_only_role(p: Proposal) -> None:
    p.japan.investor_role = ("JBIC and JOIN provide the long-term finance for the buses and depots; the city and the "
                             "cooperative holding will operate and maintain the system.")


def financiers_as_partners(p: Proposal) -> None:
    p.japan.partners = [pt for pt in p.japan.partners if pt.name in ("JOIN", "JBIC")
                        or pt.partner_type is None or not pt.partner_type.value.startswith("japanese")]


def heavy_digital_first(p: Proposal) -> None:
    twin, platform, fleet, _solar = p.roadmap.phases
    twin.start_year = twin.end_year = 2028
    platform.start_year = platform.end_year = 2028
    fleet.cost = (fleet.cost or Decimal(0)) - Decimal("300000000")
    p.roadmap.phases.insert(0, RoadmapPhase(
        name="City data centre and 5G backbone", kind="heavy", components="Tier III data centre and 5G small cells on 240 stops",
        start_year=2027, end_year=2027, cost=Decimal("300000000"), depends_on="", outcomes="Capacity for city systems"))


def no_ask(p: Proposal) -> None:
    p.finance.asks = []


def no_feasibility(p: Proposal) -> None:
    p.feasibility.study_status = StudyStatus.NOT_STARTED


def no_vision(p: Proposal) -> None:
    p.vision.statement = ""


_BOILERPLATE = (
    "The project will improve the quality of life and promote sustainable development for all citizens.",
    "Our innovative smart solutions will enhance efficiency and create many benefits for stakeholders.",
    "Strong partnerships will support economic growth and a better future for the community.",
    "Modern infrastructure and digital transformation will empower people and ensure sustainability.",
)


#: Answers with rules of their own (statements, the forecast, the role, the exit): left alone by ``boilerplate``.
_OWN_RULES = ("vision.statement", "problem.statement", "feasibility.demand_forecast", "japan.investor_role",
              "japan.exit_strategy", "problem.consultation", "problem.community_needs")


def boilerplate(p: Proposal, keep: tuple[str, ...] = _OWN_RULES) -> None:
    from wizard.readiness import _text

    for i, (path, _title) in enumerate(_text.prose_fields()):
        if path in keep or not paths.get(p, path):
            continue
        paths.set(p, path, _BOILERPLATE[i % len(_BOILERPLATE)] + f" ({_title}.)")


def boilerplate_everywhere(p: Proposal) -> None:
    boilerplate(p, keep=())


def copied_example(p: Proposal) -> None:
    import json

    from wizard import resources

    steps = json.loads((resources.guidance_dir() / "steps.json").read_text(encoding="utf-8"))
    p.economy.business_conditions = steps["steps"]["economy"]["strong_example"]


def no_political_risk(p: Proposal) -> None:
    p.risks = [r for r in p.risks if r.category != RiskCategory.POLITICAL]


def no_contractor_risk(p: Proposal) -> None:
    p.risks = [r for r in p.risks if r.category != RiskCategory.COUNTERPARTY]


def runaway_growth(p: Proposal) -> None:
    from wizard.finance import compute

    for line in p.finance.lines:
        if line.year is not None and line.year > 2032 and line.rev_user_fees is not None:
            line.rev_user_fees = (Decimal("988000000") * Decimal("1.16") ** (line.year - 2032)).quantize(Decimal(1))
    # The team updated the IRR quoted in the text: the one flaw left is the growth itself.
    irr = compute(p.finance).irr
    assert irr is not None
    p.japan.investment_recovery = p.japan.investment_recovery.replace("about 13.2%", f"about {irr:.1f}%")


def fare_contradicts_revenue(p: Proposal) -> None:
    p.economy.revenue_model = p.economy.revenue_model.replace("PHP 13.5", "PHP 40")
    p.finance.assumptions = p.finance.assumptions.replace("PHP 13.5", "PHP 40")


def phases_exceed_capex(p: Proposal) -> None:
    p.roadmap.phases[2].cost = Decimal("5000000000")


def stale_irr_in_text(p: Proposal) -> None:
    p.japan.investment_recovery = p.japan.investment_recovery.replace("about 13.2%", "about 21%")


def shares_contradict(p: Proposal) -> None:
    p.japan.structure_description = p.japan.structure_description.replace("JOIN 30%", "JOIN 45%")


def kpi_due_before_delivery(p: Proposal) -> None:
    p.problem.kpis[0].target_year = 2026
    p.vision.targets[0].year = 2026


def low_discount_rate(p: Proposal) -> None:
    p.finance.discount_rate_pct = Decimal(4)


def nothing_committed(p: Proposal) -> None:
    for s in p.finance.funding:
        s.status = FundingStatus.IN_DISCUSSION


def forecast_not_independent(p: Proposal) -> None:
    p.feasibility.demand_forecast_independent = False


def no_jobs(p: Proposal) -> None:
    p.economy.jobs_direct = p.economy.jobs_indirect = None


def no_horizon(p: Proposal) -> None:
    p.vision.horizon_year = None


# The lenders' and the shareholders' figures (issue 15's finance pack): debt cover, equity return, margin,
# sources and uses, shareholdings, currency.  The funding rows of the strong proposal: 0 city budget, 1 national
# grant, 2 Japanese sponsor, 3 JOIN, 4 cooperative, 5 JBIC loan, 6 Philippine bank syndicate.


def _source(p: Proposal, row: int) -> Any:
    return p.finance.funding[row]


def loan_cannot_be_repaid(p: Proposal) -> None:
    """The bank syndicate offers four years with two of grace: repayments fall in the first operating years."""
    _source(p, 6).tenor_years, _source(p, 6).grace_years = 4, 2


def debt_cover_below_covenant(p: Proposal) -> None:
    """The syndicate's seven-year loan leaves the first full year well under the 1.4x the lenders ask."""
    _source(p, 6).tenor_years = 7


def debt_cover_just_under(p: Proposal) -> None:
    """The syndicate's term sheet asks 1.65x; the weakest year gives a little less."""
    p.finance.min_dscr = Decimal("1.65")


def no_lenders_minimum(p: Proposal) -> None:
    p.finance.min_dscr = None


def equity_below_hurdle(p: Proposal) -> None:
    """The sponsor's board prices Philippine ridership risk at 25% for its equity."""
    p.finance.cost_of_equity_pct = Decimal(25)


def no_cost_of_equity(p: Proposal) -> None:
    p.finance.cost_of_equity_pct = None


def thin_margin(p: Proposal) -> None:
    """Drivers' wages and electricity 6% dearer every year of operation."""
    for line in p.finance.lines:
        if line.opex is not None and line.year is not None and line.year >= 2029:
            line.opex = (line.opex * Decimal("1.06")).quantize(Decimal(1))


def development_costs_unfunded(p: Proposal) -> None:
    """PHP 60 million of studies and advisers added to the uses; no source pays for them."""
    p.finance.development_costs = Decimal("60000000")


def yen_loan_unhedged(p: Proposal) -> None:
    """JBIC lends in yen; the hedged tranche and the swap are gone from the terms and the risk register."""
    jbic = _source(p, 5)
    jbic.currency, jbic.terms = "JPY", "12-year tenor, 3-year grace"
    for r in p.risks:
        if r.category == RiskCategory.FINANCIAL:
            r.mitigation = "Fares indexed yearly to inflation; the city reviews fares if costs rise"


def shares_add_to_110(p: Proposal) -> None:
    _source(p, 2).shareholding_pct = Decimal("56.7")


def shares_not_the_amounts(p: Proposal) -> None:
    """JOIN puts in PHP 550 million and the sponsor PHP 600 million, but the shares are left at 30% and 46.7%."""
    _source(p, 3).amount, _source(p, 2).amount = Decimal("550000000"), Decimal("600000000")


def one_share_missing(p: Proposal) -> None:
    _source(p, 3).shareholding_pct = None


def emoji_in_vision(p: Proposal) -> None:
    p.vision.statement = p.vision.statement + " \U0001F68C\U0001F33F"


@dataclass(frozen=True)
class Flaw:
    """One planted flaw: what an investor says, the tier, and the rule, criterion and field they would name."""

    name: str
    investor_says: str
    mutate: Callable[[Proposal], Any]
    tier: str  # deal-breaker, serious, weakness, polish
    rule: str
    criterion: str
    field: str


FLAWS: tuple[Flaw, ...] = (
    Flaw("loses_money", "At your own 10% the project destroys value: the NPV is negative.", loses_money,
         "deal-breaker", "returns.npv_negative", "returns", "finance.lines"),
    Flaw("never_earns", "Running costs exceed income every single year; nobody can be repaid.", never_earns,
         "deal-breaker", "returns.never_cash_positive", "returns", "finance.lines"),
    Flaw("capex_40pct_unfunded", "Forty percent of the capex has no source and the ask does not fill it.",
         capex_40pct_unfunded, "deal-breaker", "funding.plan_short", "funding", "finance.funding"),
    Flaw("no_private_equity", "No private sponsor puts equity in: JOIN would be alone.", no_private_equity,
         "deal-breaker", "japan.no_private_equity", "japan", "finance.funding"),
    Flaw("join_largest", "JOIN would hold more than the Japanese sponsor: against JOIN's rules.", join_largest,
         "deal-breaker", "japan.join_largest", "japan", "finance.funding[3].shareholding_pct"),
    Flaw("loan_cannot_be_repaid", "Four years to repay a bus fleet? The first years' fares cannot carry it.",
         loan_cannot_be_repaid, "deal-breaker", "returns.dscr_below_one", "returns", "finance.funding[6].tenor_years"),
    Flaw("no_exit", "You ask for equity but say nothing about how we get out.", no_exit,
         "deal-breaker", "japan.no_exit", "japan", "japan.exit_strategy"),
    Flaw("exit_not_agreed", "The exit is only your idea; the other shareholders have not agreed it.",
         exit_not_agreed, "deal-breaker", "japan.exit_not_agreed", "japan", "japan.exit_agreed"),
    Flaw("no_demand_forecast", "Fares are 95% of revenue and there is no ridership forecast.", no_demand_forecast,
         "deal-breaker", "feasibility.no_demand_forecast", "feasibility", "feasibility.demand_forecast"),
    Flaw("problem_unquantified", "How big is the problem? Not one figure.", problem_unquantified,
         "deal-breaker", "problem.no_number", "problem", "problem.statement"),
    Flaw("no_risk_allocation", "Nine risks and not one says who carries it.", no_risk_allocation,
         "deal-breaker", "risks.none_allocated", "risks", "risks[0].bearer"),
    Flaw("no_kpi_baseline", "Targets without today's values: no improvement can ever be shown.", no_kpi_baseline,
         "deal-breaker", "evidence.no_kpi_baseline", "evidence", "problem.kpis[0].baseline"),
    Flaw("no_data_sources", "Where do these figures come from? No source anywhere.", no_data_sources,
         "serious", "evidence.evidence_no_source", "evidence", "problem.evidence[0].source"),
    Flaw("several_problems", "Is this a transport, a flood or a waste project? Pick one.", several_problems,
         "serious", "problem.statement_several", "problem", "problem.statement"),
    Flaw("money_only_role", "You want our money and nothing else: the city runs everything.", money_only_role,
         "serious", "japan.capital_only", "japan", "japan.investor_role"),
    Flaw("financiers_as_partners", "Your 'Japanese partners' are two financiers; no firm brings technology.",
         financiers_as_partners, "serious", "japan.no_japanese_partner", "japan", "japan.partners"),
    Flaw("heavy_digital_first", "A data centre and 5G before any digital service needs them?", heavy_digital_first,
         "serious", "digital.heavy_digital_first", "digital", "roadmap.phases[0].start_year"),
    Flaw("no_ask", "What exactly do you want from us?", no_ask, "serious", "funding.no_ask", "funding",
         "finance.asks"),
    Flaw("no_feasibility", "No feasibility study has even started.", no_feasibility, "serious",
         "feasibility.study_not_started", "feasibility", "feasibility.study_status"),
    Flaw("no_vision", "There is no vision statement.", no_vision, "serious", "vision.no_statement", "vision",
         "vision.statement"),
    Flaw("boilerplate", "Every answer could be about any city; nothing can be checked.", boilerplate, "serious",
         "writing.generic", "writing", "city.context"),
    Flaw("boilerplate_everywhere", "Boilerplate even in the forecast: not one ridership figure behind the fares.",
         boilerplate_everywhere, "deal-breaker", "feasibility.forecast_no_number", "feasibility",
         "feasibility.demand_forecast"),
    Flaw("copied_example", "This paragraph is the wizard's example, not your city.", copied_example, "weakness",
         "writing.copied_guidance", "writing", "economy.business_conditions"),
    Flaw("no_political_risk", "After FY2023 we read political risk first, and it is not in the register.",
         no_political_risk, "weakness", "risks.no_political", "risks", "risks"),
    Flaw("no_contractor_risk", "What if the contractor fails? Not in the register.", no_contractor_risk,
         "weakness", "risks.no_counterparty", "risks", "risks"),
    Flaw("runaway_growth", "Fare revenue growing 16% a year for fourteen years?", runaway_growth, "weakness",
         "returns.revenue_growth_implausible", "returns", "finance.lines"),
    Flaw("fare_contradicts_revenue", "A PHP 40 fare times your ridership is three times your revenue line.",
         fare_contradicts_revenue, "weakness", "returns.unit_price_mismatch", "returns", "economy.revenue_model"),
    Flaw("phases_exceed_capex", "The roadmap costs a third more than the capex.", phases_exceed_capex, "weakness",
         "digital.phases_vs_capex", "digital", "roadmap.phases"),
    Flaw("stale_irr_in_text", "The text says 21% IRR; your own model says 12%.", stale_irr_in_text, "weakness",
         "returns.quoted_figure_mismatch", "returns", "japan.investment_recovery"),
    Flaw("shares_contradict", "JOIN at 45% in the text, 30% by the amounts.", shares_contradict, "weakness",
         "funding.share_mismatch", "funding", "japan.structure_description"),
    Flaw("kpi_due_before_delivery", "Commute target met in 2026, before anything is delivered?", kpi_due_before_delivery,
         "weakness", "evidence.kpi_target_too_early", "evidence", "problem.kpis[0].target_year"),
    Flaw("low_discount_rate", "A 4% discount rate in the Philippines flatters the NPV.", low_discount_rate,
         "weakness", "returns.discount_rate_low", "returns", "finance.discount_rate_pct"),
    Flaw("nothing_committed", "Not one peso is committed yet.", nothing_committed, "weakness",
         "funding.nothing_committed", "funding", "finance.funding"),
    Flaw("forecast_not_independent", "Who made the forecast? Not an independent firm.", forecast_not_independent,
         "weakness", "japan.forecast_not_independent", "japan", "feasibility.demand_forecast_independent"),
    Flaw("debt_cover_below_covenant", "Your weakest year covers the debt 1.26 times; we lend at 1.4.",
         debt_cover_below_covenant, "serious", "returns.dscr_below_minimum", "returns", "finance.funding[6].tenor_years"),
    Flaw("equity_below_hurdle", "Our hurdle is 25% and the equity earns 22.7%.", equity_below_hurdle, "serious",
         "returns.equity_irr_below_hurdle", "returns", "finance.cost_of_equity_pct"),
    Flaw("yen_loan_unhedged", "A yen loan repaid from peso fares, and no hedge anywhere?", yen_loan_unhedged, "serious",
         "risks.currency_unhedged", "risks", "risks[4].mitigation"),
    Flaw("debt_cover_just_under", "1.62 against our 1.65: we would trim the loan.", debt_cover_just_under, "weakness",
         "returns.dscr_below_minimum", "returns", "finance.funding[5].tenor_years"),
    Flaw("thin_margin", "Eight percent less fare revenue and the NPV is gone.", thin_margin, "weakness",
         "returns.break_even_thin", "returns", "finance.lines"),
    Flaw("development_costs_unfunded", "Who pays the PHP 60 million of studies? The sources and uses do not balance.",
         development_costs_unfunded, "weakness", "funding.sources_not_capex", "funding", "finance.funding"),
    Flaw("shares_add_to_110", "Your shareholdings add up to 110%.", shares_add_to_110, "weakness",
         "funding.shares_not_100", "funding", "finance.funding[2].shareholding_pct"),
    Flaw("shares_not_the_amounts", "JOIN pays 37% of the equity for 30% of the shares?", shares_not_the_amounts,
         "weakness", "funding.shares_vs_amounts", "funding", "finance.funding[2].shareholding_pct"),
    Flaw("emoji_in_vision", "The vision ends in two emoji the pitch cannot print.", emoji_in_vision, "weakness",
         "writing.undrawable", "writing", "vision.statement"),
    Flaw("no_jobs", "How many jobs?", no_jobs, "polish", "economy.no_jobs", "economy", "economy.jobs_direct"),
    Flaw("no_cost_of_equity", "What return do your shareholders want?", no_cost_of_equity, "polish",
         "returns.no_cost_of_equity", "returns", "finance.cost_of_equity_pct"),
    Flaw("no_lenders_minimum", "Which cover do your lenders ask?", no_lenders_minimum, "polish", "returns.no_min_dscr",
         "returns", "finance.min_dscr"),
    Flaw("one_share_missing", "JOIN's shareholding is blank.", one_share_missing, "polish", "funding.shares_incomplete",
         "funding", "finance.funding[3].shareholding_pct"),
    Flaw("no_horizon", "To which year does the vision look?", no_horizon, "polish", "vision.no_horizon", "vision",
         "vision.horizon_year"),
)

#: Drop in overall points each tier must cause on the strong proposal (deal-breakers: see the gate cap).
DROPS = {"serious": (8, 30), "weakness": (3, 7), "polish": (1, 2)}
BANDS = {"deal-breaker": "not_ready", "serious": "close", "weakness": "ready", "polish": "ready"}


def assess_flaw(flaw: Flaw) -> tuple[Proposal, readiness.Assessment]:
    proposal = strong()
    flaw.mutate(proposal)
    return proposal, readiness.assess(proposal)


def test_strong_proposal_is_ready_with_nothing_to_fix() -> None:
    result = readiness.assess(strong())
    assert result.score == 100 and result.band.id == "ready" and not result.findings
    assert all(g.passed and g.applies for g in result.gates)


def test_at_least_25_flaws() -> None:
    assert len(FLAWS) >= 25 and len({f.name for f in FLAWS}) == len(FLAWS)


@pytest.mark.parametrize("flaw", FLAWS, ids=lambda f: f.name)
def test_planted_flaw_is_named_first_and_costs_its_tier(flaw: Flaw) -> None:
    proposal, result = assess_flaw(flaw)
    base = readiness.assess(strong())
    rule, criterion, field = first_item(result)
    assert (rule, criterion, field) == (flaw.rule, flaw.criterion, flaw.field), (
        flaw.investor_says, [(f.rule, f.points, f.field) for f in result.findings[:4]])
    paths.get(proposal, field)  # the field exists: the wizard can jump to it
    drop = base.score - result.score
    assert result.band.id == BANDS[flaw.tier], (flaw.name, result.score, result.band)
    if flaw.tier == "deal-breaker":
        assert result.score <= readiness.catalogue().gate_cap and result.needs_draft_mark
        assert any(flaw.rule in g.rules for g in result.failed_gates)
    else:
        low, high = DROPS[flaw.tier]
        assert low <= drop <= high, (flaw.name, drop)
        assert not result.failed_gates
    finding = next(f for f in result.findings if f.rule == flaw.rule)
    assert finding.tier == flaw.tier
    assert finding.points > 0 and finding.message and finding.fix


def test_flawed_proposals_rank_below_the_strong_one_by_tier() -> None:
    best = readiness.assess(strong()).score
    scores = {flaw.name: assess_flaw(flaw)[1].score for flaw in FLAWS}
    assert all(score < best for score in scores.values())
    order = ("deal-breaker", "serious", "weakness", "polish")
    by_tier = {tier: [scores[f.name] for f in FLAWS if f.tier == tier] for tier in order}
    for worse, better in zip(order, order[1:]):
        assert max(by_tier[worse]) < min(by_tier[better]), (worse, better, by_tier)


def scores_table() -> list[tuple[str, str, int, str, str]]:
    """(flaw, tier, score, band, first finding) for the report."""
    rows = []
    for flaw in FLAWS:
        _, result = assess_flaw(flaw)
        rows.append((flaw.name, flaw.tier, result.score, result.band.title, first_item(result)[0]))
    return rows


if __name__ == "__main__":
    print(f"strong-bacaran: {readiness.assess(strong()).score}")
    for row in scores_table():
        print(" | ".join(str(x) for x in row))
