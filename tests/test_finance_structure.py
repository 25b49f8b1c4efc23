"""The investor's and the lender's figures (wizard.finance._structure), checked against independent arithmetic.

References: numpy_financial (pmt for annuity payments, npv and irr for the equity flows), brute-force sums
written out here for the terminal value and the sources and uses, and compute() itself re-run on cases
whose lines were scaled or shifted by hand for the break-evens (so the break-even search is checked by
the ordinary NPV path, not by itself).  Hypothesis draws random loans and cases for the identities
every schedule must keep.
"""

from __future__ import annotations

import datetime as dt
import decimal
from decimal import Decimal
from typing import Any

import numpy_financial as npf
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from wizard import projectfile, resources
from wizard.finance import compute, results_to_json
from wizard.model import (
    Currency,
    FinancialCase,
    FundingSource,
    FundingStatus,
    Instrument,
    RepaymentProfile,
    RoadmapPhase,
    ScenarioCase,
    TerminalValueMethod,
    YearLine,
)

D = Decimal
SAMPLES = ("lumara-transit", "song-an-flood", "prey-meas-lighting")


def loan(amount: Any, rate: Any, tenor: int, grace: int = 0, *, annuity: bool = True, fee: Any = None,
         currency: Currency | None = None, name: str = "Bank") -> FundingSource:
    return FundingSource(name=name, amount=D(amount), instrument=Instrument.LOAN, status=FundingStatus.SOUGHT,
                         interest_rate_pct=D(rate), tenor_years=tenor, grace_years=grace,
                         repayment=RepaymentProfile.ANNUITY if annuity else RepaymentProfile.STRAIGHT_LINE,
                         upfront_fee_pct=D(fee) if fee is not None else None, currency=currency)


def equity(amount: Any, share: Any = None, name: str = "Sponsor") -> FundingSource:
    return FundingSource(name=name, amount=D(amount), instrument=Instrument.EQUITY, status=FundingStatus.COMMITTED,
                         shareholding_pct=D(share) if share is not None else None)


def grant(amount: Any) -> FundingSource:
    return FundingSource(name="City", amount=D(amount), instrument=Instrument.GRANT, status=FundingStatus.COMMITTED)


def case(capex: list[int], revenue: list[int], opex: list[int] | None = None, **kwargs: Any) -> FinancialCase:
    opex = opex or [0] * len(capex)
    lines = [YearLine(year=2030 + t, capex=D(c), opex=D(o), rev_user_fees=D(r))
             for t, (c, r, o) in enumerate(zip(capex, revenue, opex, strict=True))]
    fields: dict[str, Any] = {"currency": Currency.USD, "base_year": 2030, "horizon_years": len(capex),
                              "discount_rate_pct": D(10), "lines": lines, "local_per_jpy": D("0.0065"),
                              "rates_date": dt.date(2026, 10, 1)}
    fields.update(kwargs)
    return FinancialCase(**fields)


def close(a: Decimal | float | None, b: float, rel: float = 1e-9) -> bool:
    assert a is not None
    return abs(float(a) - b) <= rel * max(1.0, abs(b))


# --- debt schedule ------------------------------------------------------------------------------------


def test_annuity_loan_pays_numpy_financials_payment_after_its_grace() -> None:
    c = case([1000, 0, 0, 0, 0, 0, 0, 0], [0, 300, 300, 300, 300, 300, 300, 300],
             funding=[loan(1000, 6, tenor=6, grace=2)], operations_start_year=2031)
    s = compute(c).structure
    assert s is not None
    [schedule] = s.loans
    years = schedule.years
    # Drawn in 2030; interest only in 2031-2032 (grace 2); four equal payments in 2033-2036 (tenor 6).
    assert [y.drawn for y in years][:2] == [D(1000), D(0)]
    assert [y.principal for y in years[:3]] == [0, 0, 0]
    assert years[1].interest == years[2].interest == D("60")
    payment = npf.pmt(0.06, 4, -1000)
    for y in years[3:7]:
        assert close(y.interest + y.principal, payment)
    assert all(abs(y.principal) < D("1e-40") and abs(y.interest) < D("1e-40") for y in years[7:])
    assert years[6].closing == 0  # the last repayment clears the loan exactly: no dust owing, no dust DSCR
    assert close(sum(y.principal for y in years), 1000)


def test_straight_line_loan_repays_equal_principal() -> None:
    c = case([500, 500, 0, 0, 0, 0], [0, 0, 400, 400, 400, 400], funding=[loan(1000, 8, tenor=5, grace=1,
                                                                                 annuity=False)])
    [schedule] = compute(c).structure.loans  # type: ignore[union-attr]
    # First drawn 2030; interest only 2031; repaid 2032-2035 in four equal parts of the opening balance.
    principal = [y.principal for y in schedule.years]
    assert principal[:2] == [0, 0]
    assert principal[2:6] == [D(250)] * 4
    assert schedule.years[1].interest == D(40)  # 8% of the 500 drawn in 2030
    assert schedule.years[2].interest == D(80)  # 8% of the 1,000 drawn by then


def test_dscr_is_cfads_over_debt_service_from_operation() -> None:
    c = case([1000, 0, 0, 0, 0], [0, 400, 400, 400, 400], [0, 100, 100, 100, 100],
             funding=[loan(600, 5, tenor=4, grace=0, annuity=False), equity(400, 100)],
             operations_start_year=2031, min_dscr=D("1.5"))
    s = compute(c).structure
    assert s is not None
    cfads = [D(-1000 + 1000) * 0, *[D(300)] * 4]  # revenue - opex from 2031 (no tax)
    service = [D(0), D(150) + D(30), D(150) + D("22.5"), D(150) + D(15), D(150) + D("7.5")]
    assert list(s.cfads[1:]) == cfads[1:]
    assert list(s.debt_service) == service
    assert s.dscr[0] is None
    for got, x in zip(s.dscr[1:], service[1:], strict=True):
        assert close(got, 300 / float(x))
    assert close(s.dscr_min, 300 / 180) and s.dscr_min_year == 2031
    assert s.dscr_below_minimum == ()
    assert close(s.dscr_average, sum(300 / float(x) for x in service[1:]) / 4)


def test_equity_flows_irr_and_npv_match_numpy_financial() -> None:
    c = case([1000, 0, 0, 0, 0, 0], [0, 350, 350, 350, 350, 350], [0, 50, 50, 50, 50, 50],
             funding=[loan(700, 6, tenor=5, grace=0, fee=1), equity(300, 100)], cost_of_equity_pct=D(12),
             operations_start_year=2031)
    s = compute(c).structure
    assert s is not None
    flows = [float(f) for f in s.equity_flows]
    # Base year: capex 1,000 paid, the loan's 700 drawn, the 1% fee paid: equity puts in 307.
    assert close(s.equity_flows[0], -307)
    assert close(s.equity_irr, npf.irr(flows) * 100, rel=1e-6)
    assert close(s.equity_npv, npf.npv(0.12, flows), rel=1e-9)
    # Each later year: CFADS minus the annuity payment.
    payment = npf.pmt(0.06, 5, -700)
    for f in flows[1:]:
        assert abs(f - (300 - payment)) < 1e-6


def test_shareholders_follow_their_shareholding_or_amount() -> None:
    c = case([1000, 0], [0, 2000], funding=[equity(600, "60", "A"), equity(400, None, "B")])
    s = compute(c).structure
    assert s is not None
    assert [(h.label, h.share_pct, h.share_from_amount) for h in s.shareholders] == [
        ("A", D(60), False), ("B", D(40), True)]
    bad = compute(case([1000, 0], [0, 2000], funding=[equity(600, "60"), equity(400, "30", "B")]))
    assert "shares_not_100" in {p.code for p in bad.problems}


def test_currency_depreciation_raises_foreign_debt_service_and_lowers_cover() -> None:
    c = case([1000, 0, 0, 0, 0], [0, 400, 400, 400, 400], currency=Currency.IDR, local_per_usd=D(16000),
             funding=[loan(800, 4, tenor=4, currency=Currency.JPY), equity(200, 100)], fx_depreciation_pct=D(5),
             operations_start_year=2031)
    results = compute(c)
    s = results.structure
    assert s is not None and s.fx is not None
    assert s.fx.loans == ("Bank",)
    assert s.fx.depreciated.dscr_min < s.fx.base.dscr_min
    assert s.fx.depreciated.equity_irr < s.fx.base.equity_irr  # type: ignore[operator]
    # The base case converts at the base-year rate; the depreciated case pays (1.05)**t more in year t.
    base_service = [float(x) for x in s.debt_service]
    stressed = compute(c.model_copy(update={"scenarios": [ScenarioCase(name="x", fx_depreciation_pct=D(5))]}))
    assert stressed.structure is not None
    scenario = stressed.structure.scenarios[1]
    assert scenario.dscr_min == s.fx.depreciated.dscr_min
    worst = min(400 / (x * 1.05**t) for t, x in enumerate(base_service) if x and t >= 1)
    assert close(s.fx.depreciated.dscr_min, worst)
    local = compute(c.model_copy(update={"funding": [loan(800, 4, tenor=4, currency=Currency.IDR), equity(200)]}))
    assert local.structure is not None and local.structure.fx is None  # no foreign loan: nothing to stress


# --- terminal value -----------------------------------------------------------------------------------


def test_exit_multiple_and_growing_cash_flow_to_the_end_of_the_concession() -> None:
    flows = dict(capex=[1000, 0, 0, 0], revenue=[0, 500, 500, 600], opex=[0, 100, 100, 200])
    multiple = compute(case(**flows, terminal_method=TerminalValueMethod.EXIT_MULTIPLE,
                            terminal_exit_multiple=D(6))).structure
    assert multiple is not None and multiple.terminal_value == D(6) * D(400)
    growing = compute(case(**flows, terminal_method=TerminalValueMethod.PERPETUITY_GROWTH, terminal_growth_pct=D(2),
                           concession_end_year=2040)).structure
    assert growing is not None
    # 2034..2040: seven more years of the last year's 400, growing 2% a year, valued at 10% at the end of 2033.
    brute = sum(400 * 1.02**k / 1.1**k for k in range(1, 8))
    assert close(growing.terminal_value, brute)
    results = compute(case(**flows, terminal_method=TerminalValueMethod.PERPETUITY_GROWTH,
                           terminal_growth_pct=D(2), concession_end_year=2040))
    assert close(results.structure.npv_with_terminal,  # type: ignore[union-attr]
                 float(results.npv) + brute / 1.1**3)
    net = [float(x) for x in results.net]
    net[-1] += brute
    assert close(results.structure.irr_with_terminal, npf.irr(net) * 100, rel=1e-6)  # type: ignore[union-attr]
    forever = compute(case(**flows, terminal_method=TerminalValueMethod.PERPETUITY_GROWTH,
                           terminal_growth_pct=D(2))).structure
    assert forever is not None and close(forever.terminal_value, 400 * 1.02 / 0.08)
    none = compute(case(**flows, terminal_method=TerminalValueMethod.NONE)).structure
    assert none is not None and none.terminal_value is None and none.npv_with_terminal == compute(
        case(**flows)).npv


# --- break-evens and sensitivities ---------------------------------------------------------------------


def _npv_of(c: FinancialCase) -> Decimal:
    npv = compute(c).npv
    assert npv is not None
    return npv


@pytest.mark.parametrize("name", SAMPLES)
def test_break_evens_turn_the_npv_to_zero_when_applied_by_hand(name: str) -> None:
    c = projectfile.load(resources.sample_path(name)).proposal.finance
    results = compute(c)
    assert results.structure is not None
    be = results.structure.break_even[0]
    assert be.basis == "without_terminal" and be.npv == results.npv
    assert be.capex_overrun_pct is not None and be.revenue_shortfall_pct is not None and be.delay_years is not None

    unchanged = D(1)

    def scaled(capex: Decimal = unchanged, revenue: Decimal = unchanged) -> FinancialCase:
        cent = D("0.01")  # amounts in cents, as a team would type them
        lines = [YearLine.model_construct(**{**line.model_dump(), "capex": (line.capex * capex).quantize(cent),
                                             **{f: (getattr(line, f) * revenue).quantize(cent) for f in
                                                ("rev_user_fees", "rev_availability", "rev_land_value",
                                                 "rev_energy_savings", "rev_data_services", "rev_advertising",
                                                 "rev_other")}})
                 for line in c.lines]
        return c.model_copy(update={"lines": lines})

    total_capex = float(results.total_capex)  # type: ignore[arg-type]
    assert abs(float(_npv_of(scaled(capex=1 + be.capex_overrun_pct / 100)))) < 1e-6 * total_capex
    assert abs(float(_npv_of(scaled(revenue=1 - be.revenue_shortfall_pct / 100)))) < 1e-6 * total_capex
    # Delay: positive one whole year before the break-even, negative one after.
    delay_1y = next(s for s in results.sensitivities if s.key == "delay_1y")
    whole = int(be.delay_years)
    assert (delay_1y.npv < 0) == (whole == 0)  # type: ignore[operator]
    # Each sensitivity says plainly whether it turns the NPV negative, and where its driver breaks even.
    for s in results.sensitivities:
        assert s.npv_negative == (s.npv < 0)  # type: ignore[operator]
    capex_20 = next(s for s in results.sensitivities if s.key == "capex_plus_20")
    assert capex_20.break_even == be.capex_overrun_pct
    assert capex_20.npv_negative == (be.capex_overrun_pct < 20)


def test_break_even_when_already_negative_or_never() -> None:
    losing = compute(case([1000, 0, 0], [0, 100, 100])).structure
    assert losing is not None and losing.break_even[0].capex_overrun_pct is None
    assert "already" in losing.break_even[0].capex_note
    free = compute(case([0, 0, 0], [100, 100, 100])).structure
    assert free is not None and free.break_even[0].capex_overrun_pct is None
    assert "no capex overrun" in free.break_even[0].capex_note


def test_tornado_moves_each_driver_both_ways_and_sorts_by_swing() -> None:
    c = case([1000, 0, 0, 0, 0], [0, 400, 400, 400, 400], [0, 50, 50, 50, 50],
             funding=[loan(600, 6, tenor=4), equity(400, 100)], cost_of_equity_pct=D(12))
    s = compute(c).structure
    assert s is not None
    drivers = [bar.driver for bar in s.tornado]
    assert set(drivers) == {"capex", "opex", "revenue", "discount_rate", "interest_rate"}
    swings = [bar.swing for bar in s.tornado]
    assert swings == sorted(swings, reverse=True)  # type: ignore[type-var]
    revenue = next(bar for bar in s.tornado if bar.driver == "revenue")
    by_hand = compute(case([1000, 0, 0, 0, 0], [0, 320, 320, 320, 320], [0, 50, 50, 50, 50]))
    assert revenue.low.npv == by_hand.npv and revenue.low.npv_negative == (by_hand.npv < 0)  # type: ignore[operator]
    interest = next(bar for bar in s.tornado if bar.driver == "interest_rate")
    assert interest.low.npv == interest.high.npv  # the project NPV does not see the financing
    assert interest.low.equity_irr > interest.high.equity_irr  # type: ignore[operator]


def test_named_scenarios_sit_beside_the_base_case() -> None:
    c = case([1000, 0, 0, 0, 0], [0, 400, 400, 400, 400], scenarios=[
        ScenarioCase(name="Low", revenue_change_pct=D(-20), capex_change_pct=D(10)),
        ScenarioCase(name="Same"),
        ScenarioCase(name="Late", delay_years=2),
    ])
    results = compute(c)
    s = results.structure
    assert s is not None
    assert [x.label for x in s.scenarios] == ["Base case", "Low", "Same", "Late"]
    assert s.scenarios[0].npv == s.scenarios[2].npv == results.npv
    low = compute(case([1100, 0, 0, 0, 0], [0, 320, 320, 320, 320]))
    assert s.scenarios[1].npv == low.npv and s.scenarios[1].npv_negative == (low.npv < 0)  # type: ignore[operator]
    late = compute(case([1000, 0, 0, 0, 0], [0, 0, 0, 400, 400]))
    assert s.scenarios[3].npv == late.npv


# --- sources and uses ----------------------------------------------------------------------------------


def test_sources_and_uses_list_capex_by_phase_and_every_other_use() -> None:
    c = case([600, 400, 0, 0, 0], [0, 0, 500, 500, 500], funding=[
        grant(300), loan(600, 5, tenor=4, grace=1, fee=1), equity(160, 100),
        FundingSource(name="Guarantor", amount=D(200), instrument=Instrument.GUARANTEE),
    ], development_costs=D(20), reserves=D(30), operations_start_year=2032)
    phases = [RoadmapPhase(name="Civil works", cost=D(700)), RoadmapPhase(name="Systems", cost=D(200))]
    results = compute(c, phases=phases)
    su = results.structure.sources_and_uses  # type: ignore[union-attr]
    labels = [u.label for u in su.uses]
    assert labels == ["Capex: Civil works", "Capex: Systems", "Capex not assigned to a roadmap phase",
                      "Development costs", "Interest during construction", "Upfront fees", "Reserve accounts"]
    # Interest before operation (2032): 5% on the 360 drawn in 2030, then on 600 in 2031.
    idc = su.uses[4].amount
    assert idc == D("0.05") * D(360)  # 2031's interest on the 360 drawn in 2030; 2032 is operation
    assert su.uses[5].amount == D(6)
    assert su.total_uses == D(1000) + D(20) + idc + D(6) + D(30)
    assert su.total_sources == D(1060) and su.guarantees == D(200)
    assert su.difference == su.total_sources - su.total_uses
    assert su.balanced is False
    balanced = compute(c.model_copy(update={"funding": [*c.funding[:2], equity(D(160) + (su.total_uses - D(1060)))]}))
    assert balanced.structure is not None and balanced.structure.sources_and_uses.balanced is True
    without_phases = compute(c).structure
    assert without_phases is not None and [u.label for u in without_phases.sources_and_uses.uses][0] == "Capex"


# --- identities on random cases ---------------------------------------------------------------------------

amounts = st.integers(0, 10**6)


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    capex=st.lists(amounts, min_size=2, max_size=12),
    revenue=st.integers(0, 10**6),
    rate=st.decimals(min_value=0, max_value=20, places=2),
    tenor=st.integers(1, 20),
    grace=st.integers(0, 19),
    annuity=st.booleans(),
    share=st.integers(0, 100),
    fx=st.decimals(min_value=-10, max_value=30, places=1),
    tax=st.none() | st.decimals(min_value=0, max_value=50, places=1),
)
def test_schedules_and_equity_keep_their_identities(capex: list[int], revenue: int, rate: Decimal, tenor: int,
                                                    grace: int, annuity: bool, share: int, fx: Decimal,
                                                    tax: Decimal | None) -> None:
    n = len(capex)
    total = sum(capex) or 1
    debt = D(total) * share / 100
    c = case(capex, [revenue] * n, funding=[loan(debt, rate, tenor, grace, annuity=annuity, fee=1,
                                                 currency=Currency.JPY), equity(D(total) - debt, 100)],
             tax_rate_pct=tax, depreciation_years=5, fx_depreciation_pct=fx, currency=Currency.IDR,
             local_per_usd=D(16000))
    results = compute(c)
    s = results.structure
    assert s is not None
    with decimal.localcontext(prec=60):  # the app computes with 60 digits; check with as many
        for schedule in s.loans:
            years = schedule.years
            for a, b in zip(years, years[1:], strict=False):
                assert b.opening == a.closing
            for y in years:
                assert abs(y.closing - (y.opening + y.drawn - y.principal)) <= D("1e-40") * max(debt, 1)
                assert y.closing >= -D("1e-30") * max(debt, 1)
            drawn = sum(y.drawn for y in years)
            repaid = sum(y.principal for y in years)
            assert abs(drawn - schedule.amount) <= D("1e-40") * max(debt, 1)
            assert abs(repaid + years[-1].closing - drawn) <= D("1e-40") * max(debt, 1)
        # Equity gets exactly what is left: CFADS - capex + debt drawn - debt service - fees, and at the end
        # minus what is still owed.
        expected = (sum(s.cfads) - sum(results.capex) + sum(sum(y.drawn for y in sc.years) for sc in s.loans)
                    - sum(s.debt_service) - s.fees - s.debt_outstanding_at_end)
        assert abs(sum(s.equity_flows) - expected) <= D("1e-30") * (total + revenue * n)
    assert all(x >= 0 for x in s.tax)
    data = results_to_json(results)
    assert len(data["dscr"]) == sum(d is not None for d in s.dscr)
