"""Red team of the readiness judgement (issue 12, third pass): flawed proposals as an investment officer
meets them, written before looking at the rules.

Each case takes the strong proposal (``tests/data/readiness/strong-bacaran.json``) or a bundled sample and
plants one flaw.  Before ``citypitch check`` was run on any of them, the case wrote down what an investor
would say first, the band they would give and the weight of the flaw: a deal-breaker (a gate fails, Not
ready), a serious flaw (8 points or more, no longer Ready), a weakness (3 to 7 points) or polish (1 to
2).  The table of predictions against what the check said before and after this pass is in the branch's
report; the cases the rules missed were fixed by general rules (see resources/guidance/readiness.json for
their sources), never by keying on these values.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

import pytest

from wizard import projectfile, readiness, resources
from wizard.model import (
    FundingStatus,
    PartnerType,
    PhaseKind,
    Proposal,
    RiskBearer,
)

STRONG = Path(__file__).parent / "data" / "readiness" / "strong-bacaran.json"


def strong() -> Proposal:
    return projectfile.load(STRONG).proposal


def sample(name: str) -> Proposal:
    return projectfile.load(resources.sample_path(name)).proposal


def base(name: str) -> Proposal:
    return strong() if name == "strong" else sample(name)


REVENUE_FIELDS = ("rev_user_fees", "rev_availability", "rev_land_value", "rev_energy_savings", "rev_data_services",
                  "rev_advertising", "rev_other")


# --- the flaws --------------------------------------------------------------------------------------------


def fare_unaffordable(p: Proposal) -> None:
    """The average fare becomes PHP 135, ten times today's PHP 13 jeepney fare; the table follows it."""
    for line in p.finance.lines:
        if line.rev_user_fees:
            line.rev_user_fees = line.rev_user_fees * 10
    p.economy.revenue_model = p.economy.revenue_model.replace("PHP 13.5 average fare", "PHP 135 average fare")
    p.finance.assumptions = p.finance.assumptions.replace("Fares PHP 13.5 average", "Fares PHP 135 average")


def ramp_instant(p: Proposal) -> None:
    """Full mature revenue from the first day the first 60 buses run: no ramp-up at all."""
    mature = {f: getattr(p.finance.lines[4], f) for f in REVENUE_FIELDS}  # 2031, the first full year
    for line in p.finance.lines:
        if line.year in (2029, 2030):
            for f, v in mature.items():
                setattr(line, f, v)


def opex_one_percent(p: Proposal) -> None:
    """Opex typed as 1% of capex a year for a fleet of 180 buses with drivers, power and maintenance."""
    total = sum((line.capex or Decimal(0)) for line in p.finance.lines)
    for line in p.finance.lines:
        if line.opex:
            line.opex = (total / 100).quantize(Decimal(1))


def concession_shorter_than_loans(p: Proposal) -> None:
    """The franchise ends in 2036 while the JBIC loan (12 years from 2027) runs to 2039."""
    p.finance.concession_end_year = 2036


def kpi_before_phase(p: Proposal) -> None:
    """Commute time and boardings targets set for 2027, before one electric bus has arrived."""
    for k in p.problem.kpis[:2]:
        k.target_year = 2027
    for t in p.vision.targets[:2]:
        t.year = 2027


def bank_as_operator(p: Proposal) -> None:
    """The Japanese 'operator' partner is a bank."""
    p.japan.partners[0].name = "Example Sakura Trust Bank, Ltd."
    p.japan.partners[0].contribution = "Operator of the nine routes and lead sponsor; fleet and ticketing operations"


def prose_revenue_contradicts_table(p: Proposal) -> None:
    """The revenue model quotes PHP 2.4 billion of fares in 2031; the table has PHP 936 million."""
    p.economy.revenue_model = ("Revenue to the project company from 2029: fares of PHP 2.4 billion in 2031, the first "
                               "full year (about 95% of revenue over the horizon), advertising on buses and stops and "
                               "depot solar power sold to the grid from 2031.")


def exit_no_buyer_no_year(p: Proposal) -> None:
    """Exit 'at an appropriate time' to 'a suitable buyer', ticked as agreed."""
    p.japan.exit_strategy = "JOIN will exit through a sale of its shares to a suitable buyer at an appropriate time."


def risks_all_city(p: Proposal) -> None:
    """The city carries construction, contractor, demand, currency and technology risk."""
    for r in p.risks:
        r.bearer = RiskBearer.CITY


def equity_ask_no_return_case(p: Proposal) -> None:
    """Equity is asked but the loans carry no terms, so no equity return or debt cover can be worked out."""
    for s in p.finance.funding:
        if s.instrument is not None and s.instrument.value == "loan":
            s.interest_rate_pct = None
            s.tenor_years = None
            s.grace_years = None
            s.repayment = None
            s.terms = ""
    p.finance.cost_of_equity_pct = None


def evidence_stale(p: Proposal) -> None:
    """Every piece of evidence dates from 2011-2013."""
    for i, e in enumerate(p.problem.evidence):
        e.year = 2011 + i % 3


def boilerplate_copied(p: Proposal) -> None:
    """The same mixed Filipino/Bahasa/English paragraph pasted into the prose fields."""
    text = ("Ang proyekto ay magdadala ng kemajuan dan pembangunan berkelanjutan for the whole community: an innovative, "
            "sustainable smart mobility solution that improves the quality of life of all stakeholders.")
    p.vision.alignment_social = text
    p.vision.alignment_economic = text
    p.vision.alignment_environmental = text
    p.economy.business_conditions = text
    p.economy.market_access = text
    p.economy.scalability = text
    p.japan.operational_expertise = text
    p.japan.investor_role = text


def roadmap_heavy_first(p: Proposal) -> None:
    """Buses and depots bought first, the route model and ticketing after they run."""
    phases = p.roadmap.phases
    phases[2].start_year, phases[2].end_year, phases[2].depends_on = 2027, 2029, ""
    phases[3].start_year, phases[3].end_year, phases[3].depends_on = 2028, 2029, "Electric fleet and depots"
    phases[0].start_year, phases[0].end_year, phases[0].depends_on = 2030, 2030, "Electric fleet and depots"
    phases[1].start_year, phases[1].end_year, phases[1].depends_on = 2030, 2031, "Network digital twin"
    assert phases[2].kind is PhaseKind.HEAVY and phases[0].kind is PhaseKind.LIGHT


def problem_three(p: Proposal) -> None:
    """Congestion, flooding and uncollected garbage, all in one problem statement."""
    p.problem.statement = ("Bacaran has three urgent problems. Commutes on the main corridors take 58 minutes, up from "
                           "41 in 2019. Every rainy season 14 barangays flood for up to three days, closing the "
                           "public market. And the city collects only 61% of its 520 tonnes of garbage a day, the "
                           "rest burned or dumped in creeks. Isla Verde State University puts the cost of the three at "
                           "PHP 5.1 billion a year.")


def grant_committed_no_source(p: Proposal) -> None:
    """PHP 600 million of 'grant' counted as committed: no grantor, no terms."""
    for s in p.finance.funding:
        if s.instrument is not None and s.instrument.value == "grant":
            s.name = "Grant funding"
            s.terms = ""
            s.status = FundingStatus.COMMITTED


def irr_quoted_wrong(p: Proposal) -> None:
    """Lumara: the recovery text quotes a project IRR of 24%; the numbers give about 11.5%."""
    p.japan.investment_recovery = p.japan.investment_recovery.replace("project IRR of about 11.5%",
                                                                      "project IRR of about 24%")


def revenue_growth_runaway(p: Proposal) -> None:
    """Song An: once construction ends, every revenue line grows 15% a year, every year, to the horizon."""
    built = next(i for i, line in enumerate(p.finance.lines) if i > 0 and not line.capex)
    for prev, line in zip(p.finance.lines[built:], p.finance.lines[built + 1:]):
        for f in REVENUE_FIELDS:
            v = getattr(prev, f)
            if v:
                setattr(line, f, (v * Decimal("1.15")).quantize(Decimal(1)))


def discount_rate_too_low(p: Proposal) -> None:
    """The Philippine project discounted at 3%: a sovereign yen rate, not a peso project's risk."""
    p.finance.discount_rate_pct = Decimal(3)


def affected_more_than_city(p: Proposal) -> None:
    """Population typed as 82,000 (a digit lost) while 410,000 are affected and 190,000 ride daily."""
    p.city.population = 82000


def overasked(p: Proposal) -> None:
    """Prey Meas: the ask doubles to KHR 30 billion while the other sources already cover the rest."""
    for a in p.finance.asks:
        a.amount = a.amount * 2


def partner_is_lender_only(p: Proposal) -> None:
    """Song An: every Japanese partner is a lender or JOIN; no Japanese company left."""
    p.japan.partners = [x for x in p.japan.partners if x.partner_type is not PartnerType.JAPANESE_COMPANY]


@dataclass(frozen=True)
class Case:
    name: str
    base: str
    investor_says: str  # the first thing an investment officer would say, written before running the check
    mutate: Callable[[Proposal], object]
    expect: str  # predicted weight: deal-breaker, serious, weakness, polish
    band: str  # predicted band
    rules: frozenset[str] = frozenset()  # rule ids that name that first point (filled after the first run)


CASES: tuple[Case, ...] = (
    Case("fare_unaffordable", "strong", "PHP 135 a ride is ten times today's jeepney fare; nobody switches at that price.",
         fare_unaffordable, "serious", "close"),
    Case("ramp_instant", "strong", "Full 2031 revenue in 2029 with a third of the fleet? No ramp-up at all.",
         ramp_instant, "weakness", "ready"),
    Case("opex_one_percent", "strong", "Opex at 1% of capex for 180 buses with drivers and power? Not credible.",
         opex_one_percent, "serious", "close"),
    Case("concession_shorter_than_loans", "strong", "The franchise ends in 2036, the loans run to 2039.",
         concession_shorter_than_loans, "serious", "close"),
    Case("kpi_before_phase", "strong", "Commute targets met in 2027, before a single bus arrives.",
         kpi_before_phase, "weakness", "ready"),
    Case("bank_as_operator", "strong", "A trust bank does not operate buses: who really runs the routes?",
         bank_as_operator, "serious", "close"),
    Case("prose_revenue_contradicts_table", "strong", "The text says PHP 2.4 billion of fares, the table PHP 0.94.",
         prose_revenue_contradicts_table, "weakness", "ready"),
    Case("exit_no_buyer_no_year", "strong", "'A suitable buyer at an appropriate time' is no exit route.",
         exit_no_buyer_no_year, "serious", "close"),
    Case("risks_all_city", "strong", "The city carries construction and demand risk: what does the SPC carry?",
         risks_all_city, "serious", "close"),
    Case("equity_ask_no_return_case", "strong", "You ask for equity; what return does it earn, and can debt be served?",
         equity_ask_no_return_case, "serious", "close"),
    Case("evidence_stale", "strong", "Your evidence is from 2011-2013: what does it look like today?",
         evidence_stale, "weakness", "ready"),
    Case("boilerplate_copied", "strong", "Eight fields carry the same slogan and not one figure.",
         boilerplate_copied, "serious", "close"),
    Case("roadmap_heavy_first", "strong", "Buses bought before the route model and ticketing are in place.",
         roadmap_heavy_first, "weakness", "ready"),
    Case("problem_three", "strong", "Traffic, floods and garbage: which one does this project fix?",
         problem_three, "serious", "close"),
    Case("grant_committed_no_source", "strong", "Who gives this 'committed' grant? No grantor, no terms.",
         grant_committed_no_source, "serious", "close"),
    Case("irr_quoted_wrong", "lumara-transit", "The text says 24% IRR, your own numbers say about 11.5%.",
         irr_quoted_wrong, "weakness", "ready"),
    Case("revenue_growth_runaway", "song-an-flood", "Revenue growing 15% a year for 20 years is not a drainage fee.",
         revenue_growth_runaway, "serious", "close"),
    Case("discount_rate_too_low", "strong", "A peso project discounted at 3%? That flatters the NPV.",
         discount_rate_too_low, "weakness", "ready"),
    Case("affected_more_than_city", "strong", "410,000 affected in a city of 82,000? Which number is right?",
         affected_more_than_city, "weakness", "ready"),
    Case("overasked", "prey-meas-lighting", "You ask KHR 15 billion more than the gap; what is it for?",
         overasked, "weakness", "ready"),
    Case("partner_is_lender_only", "song-an-flood", "No Japanese company: who brings the technology and operates?",
         partner_is_lender_only, "serious", "close"),
)

# --- second wave: the new rules meet cases they were not written from -----------------------------------
# Written (with their predictions) after the rules above were changed, before running them: the same flaws
# in other sectors and other words, to see whether the fixes are general.


def song_an_loan_past_contract(p: Proposal) -> None:
    """Song An: the JBIC loan stretched to 22 years (to 2049); the performance contract ends in 2046."""
    for s in p.finance.funding:
        if s.name == "JBIC, GREEN window":
            s.tenor_years = 22


def lumara_grant_unnamed(p: Proposal) -> None:
    """Lumara: the ministry's BRT grant becomes 'Government support', committed, no terms."""
    for s in p.finance.funding:
        if s.instrument is not None and s.instrument.value == "grant":
            s.name, s.terms = "Government support", ""


def prey_exit_trade_sale(p: Proposal) -> None:
    """Prey Meas: 'a trade sale once the project is mature'."""
    p.japan.exit_strategy = "Exit through a trade sale once the project is mature and cash flows are stable."


def lumara_ridership_before_brt(p: Proposal) -> None:
    """Lumara: the corridor's boardings target set for 2028, two years before the BRT opens."""
    for k in p.problem.kpis:
        if k.name.startswith("Daily public transport boardings"):
            k.target_year = 2028
    for t in p.vision.targets:
        if t.kpi.startswith("Daily public transport boardings"):
            t.year = 2028


def song_an_builders_risk_on_state(p: Proposal) -> None:
    """Song An: construction delays and the contractor's failure put on the national government."""
    for r in p.risks:
        if r.category is not None and r.category.value in ("construction", "counterparty"):
            r.bearer = RiskBearer.NATIONAL_GOVERNMENT


def prey_finance_house_installs(p: Proposal) -> None:
    """Prey Meas: the Japanese technology partner is a leasing company that 'installs and maintains'."""
    for x in p.japan.partners:
        if x.partner_type is PartnerType.JAPANESE_COMPANY:
            x.name = "Example Green Leasing Co., Ltd."
            x.contribution = "LED supply, installation and 10-year maintenance of the lights"
            break


def bacaran_vi_th_slogans(p: Proposal) -> None:
    """Bacaran: Vietnamese and Thai slogans in three answers."""
    p.economy.market_access = ("Thành phố thông minh và bền vững: smart mobility will bring a better life for all "
                               "people and businesses in the region.")
    p.economy.scalability = ("เมืองอัจฉริยะ for the future: the innovative solution can be scaled to other cities and "
                             "create value for all stakeholders.")
    p.japan.technologies_sought = ("Công nghệ tiên tiến from Japan: world-class smart solutions to improve efficiency "
                                   "and sustainability.")


def song_an_ask_halved(p: Proposal) -> None:
    """Song An: the ask halved; the funding table still counts the sponsor's and JOIN's full equity."""
    for a in p.finance.asks:
        a.amount = a.amount / 2


SECOND_WAVE: tuple[Case, ...] = (
    Case("song_an_loan_past_contract", "song-an-flood", "The yen loan runs three years past the contract.",
         song_an_loan_past_contract, "serious", "close"),
    Case("lumara_grant_unnamed", "lumara-transit", "'Government support', committed: which ministry, which decree?",
         lumara_grant_unnamed, "serious", "close"),
    Case("prey_exit_trade_sale", "prey-meas-lighting", "A trade sale to whom, and when?",
         prey_exit_trade_sale, "serious", "close"),
    Case("lumara_ridership_before_brt", "lumara-transit", "Corridor boardings doubled in 2028? The BRT opens in 2030.",
         lumara_ridership_before_brt, "weakness", "ready"),
    Case("song_an_builders_risk_on_state", "song-an-flood", "The state carries the contractor: what does the JV carry?",
         song_an_builders_risk_on_state, "serious", "ready"),
    Case("prey_finance_house_installs", "prey-meas-lighting", "A leasing company installing lamps? Who is the supplier?",
         prey_finance_house_installs, "weakness", "ready"),
    Case("bacaran_vi_th_slogans", "strong", "Slogans in three languages and nothing to check.",
         bacaran_vi_th_slogans, "weakness", "ready"),
    Case("song_an_ask_halved", "song-an-flood", "The ask says half of what your funding table counts.",
         song_an_ask_halved, "weakness", "ready"),
)


#: The rules that name each case's flaw (filled in after the first run: the investor's first point).
RULES: dict[str, frozenset[str]] = {
    "fare_unaffordable": frozenset({"returns.user_fees_unaffordable"}),
    "ramp_instant": frozenset({"returns.no_ramp_up"}),
    "opex_one_percent": frozenset({"returns.opex_too_low_to_operate"}),
    "concession_shorter_than_loans": frozenset({"funding.debt_outlives_concession"}),
    "kpi_before_phase": frozenset({"evidence.kpi_target_too_early"}),
    "bank_as_operator": frozenset({"japan.partner_role_mismatch"}),
    "prose_revenue_contradicts_table": frozenset({"returns.quoted_figure_mismatch"}),
    "exit_no_buyer_no_year": frozenset({"japan.exit_vague"}),
    "risks_all_city": frozenset({"risks.build_risk_on_public", "risks.single_bearer"}),
    "equity_ask_no_return_case": frozenset({"returns.no_equity_case"}),
    "evidence_stale": frozenset({"evidence.evidence_all_stale"}),
    # The slogan pasted into the investor's role is read first: it offers the investor nothing but money.
    "boilerplate_copied": frozenset({"japan.capital_only", "writing.generic", "writing.duplicate"}),
    "roadmap_heavy_first": frozenset({"digital.no_light_to_heavy"}),
    "problem_three": frozenset({"problem.statement_several"}),
    "grant_committed_no_source": frozenset({"funding.committed_unnamed"}),
    "irr_quoted_wrong": frozenset({"returns.quoted_figure_mismatch"}),
    "revenue_growth_runaway": frozenset({"returns.revenue_growth_implausible"}),
    "discount_rate_too_low": frozenset({"returns.discount_rate_low"}),
    "affected_more_than_city": frozenset({"problem.affected_exceeds_population"}),
    "overasked": frozenset({"funding.ask_not_table"}),
    "partner_is_lender_only": frozenset({"japan.no_japanese_partner"}),
}

RULES.update({
    "song_an_loan_past_contract": frozenset({"funding.debt_outlives_concession"}),
    "lumara_grant_unnamed": frozenset({"funding.committed_unnamed"}),
    "prey_exit_trade_sale": frozenset({"japan.exit_vague"}),
    "lumara_ridership_before_brt": frozenset({"evidence.kpi_target_too_early"}),
    "song_an_builders_risk_on_state": frozenset({"risks.build_risk_on_public"}),
    "prey_finance_house_installs": frozenset({"japan.no_japanese_partner", "japan.partner_role_mismatch"}),
    "bacaran_vi_th_slogans": frozenset({"writing.generic"}),
    "song_an_ask_halved": frozenset({"funding.ask_not_table"}),
})

#: Where the check disagreed with the red team's weight and the check is right.  With the leasing company
#: in its place, Prey Meas has no Japanese company that supplies or runs anything (JOIN and JBIC only fund):
#: JOIN's criteria make that serious, not the weakness the red team wrote down.
WEIGHT_REVISED = {"prey_finance_house_installs": "serious"}

#: Predictions the judgement still does not meet (reported, not tuned away): none left after this pass.
#: (The city bearing every risk first cost 12 points and stayed Ready; a single public bearer in a private
#: structure now costs a serious flaw's 8, on top of the construction risk's 8.)
BAND_MISSES: frozenset[str] = frozenset()

POINTS = {"serious": (8, 100), "weakness": (3, 7), "polish": (1, 2)}


def _assess(case: Case) -> tuple[readiness.Assessment, readiness.Assessment]:
    before = readiness.assess(base(case.base))
    proposal = base(case.base)
    case.mutate(proposal)
    return before, readiness.assess(proposal)


def test_every_case_has_its_rules() -> None:
    assert {c.name for c in CASES + SECOND_WAVE} == set(RULES)
    assert len(CASES) >= 15


@pytest.mark.parametrize("case", CASES + SECOND_WAVE, ids=lambda c: c.name)
def test_redteam_flaw_is_named_first_at_its_weight(case: Case) -> None:
    before, after = _assess(case)
    rules = RULES[case.name]
    known = {f.rule for f in before.findings}
    new = [f for f in after.findings if f.rule not in known]
    assert new, (case.investor_says, "nothing new was found")
    first = new[0]
    assert first.rule in rules, (case.investor_says, [(f.rule, f.points) for f in new[:4]])
    if case.expect == "deal-breaker":
        assert after.failed_gates and after.band.id == "not_ready"
        return
    assert not after.failed_gates, [g.id for g in after.failed_gates]
    low, high = POINTS[WEIGHT_REVISED.get(case.name, case.expect)]
    assert low <= first.points <= high, (case.name, first.points)
    assert before.score - after.score >= low
    if case.band == "close" and case.name not in BAND_MISSES:
        assert after.band.id != "ready", (case.name, after.score)


def test_redteam_cases_rank_below_their_base() -> None:
    for case in CASES + SECOND_WAVE:
        before, after = _assess(case)
        assert after.score < before.score, case.name


def test_samples_stay_ready() -> None:
    for name in ("lumara-transit", "song-an-flood", "prey-meas-lighting"):
        assert readiness.assess(sample(name)).band.id == "ready", name
    assert readiness.assess(strong()).score == 100


@pytest.mark.parametrize("text, serious", [
    ("Từ năm 2038 JOIN có thể bán cổ phần cho Example Mobility Systems KK theo giá thị trường.", False),
    ("Mulai 2038 JOIN dapat menjual sahamnya kepada Example Mobility Systems KK atau koperasi.", False),
    ("ตั้งแต่ปี 2038 JOIN อาจขายหุ้นให้กับ Example Mobility Systems KK", False),
    ("JOIN sẽ bán cổ phần vào thời điểm thích hợp.", True),
    ("JOIN akan keluar pada waktu yang tepat.", True),
])
def test_exit_read_in_the_languages_of_the_region(text: str, serious: bool) -> None:
    """An exit written in Vietnamese, Bahasa or Thai that names a buyer and a year is an exit; one that
    names neither is vague in any language."""
    proposal = strong()
    proposal.japan.exit_strategy = text
    found = readiness.assess(proposal).findings_for_rule("japan.exit_vague")
    assert bool(found) == serious and (not found or found[0].points >= 8), [f.message for f in found]
