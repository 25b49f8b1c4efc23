"""Tests of wizard.finance: figures against numpy-financial and exact arithmetic, and every bad input.

Reference and tolerances:
- numpy_financial.npv(rate, values) discounts values[0] at t = 0, which is our convention
  (t = year - base_year, end-of-year discounting), so the two are compared directly, with a relative
  tolerance of 1e-9 of the sum of the absolute discounted flows (numpy works in binary floats).
- numpy_financial.irr is compared where the root is unique (one sign change), to 1e-6 of (1 + r).
  Independently of numpy, every IRR we report is checked exactly: the NPV, evaluated with fractions,
  changes sign across it (or, for a double root, vanishes to 1e-20 of the flows).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from collections.abc import Iterator, Mapping
from decimal import Decimal
from fractions import Fraction
from typing import Any

import numpy_financial as npf
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pydantic import ValidationError

from wizard import projectfile, resources
from wizard.finance import (
    IRR_ALL_ZERO,
    IRR_NO_ROOT,
    IRR_NO_SIGN_CHANGE,
    FinancialResults,
    compute,
    results_to_json,
)
from wizard.model import (
    REVENUE_FIELDS,
    AskItem,
    Currency,
    FinancialCase,
    FundingSource,
    FundingStatus,
    FundingType,
    Instrument,
    RepaymentProfile,
    ScenarioCase,
    TerminalValueMethod,
    YearLine,
)

D = Decimal
SAMPLES = ("lumara-transit", "song-an-flood", "prey-meas-lighting")
FIGURE_SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


# --- helpers --------------------------------------------------------------------------------------------


def case_from_flows(
    flows: list[Decimal | int | str],
    rate: str | None = "10",
    base: int = 2025,
    currency: Currency | None = Currency.USD,
    **kwargs: Any,
) -> FinancialCase:
    """A case whose net cash flows are ``flows``: outflows as capex, inflows as user fees."""
    lines = []
    for t, raw in enumerate(flows):
        flow = D(raw)
        lines.append(
            YearLine(year=base + t, capex=-flow if flow < 0 else None, rev_user_fees=flow if flow > 0 else None)
        )
    fields: dict[str, Any] = {
        "currency": currency,
        "base_year": base,
        "horizon_years": len(flows),
        "discount_rate_pct": D(rate) if rate is not None else None,
        "lines": lines,
        "local_per_jpy": D("0.0065"),
        "rates_date": dt.date(2026, 10, 1),
    }
    fields.update(kwargs)
    return FinancialCase(**fields)


def exact_npv(flows: list[Decimal] | tuple[Decimal, ...], rate: Fraction) -> Fraction:
    return sum((Fraction(f) / (1 + rate) ** t for t, f in enumerate(flows)), Fraction(0))


def npv_sign(flows: list[Decimal] | tuple[Decimal, ...], rate: Fraction) -> int:
    value = exact_npv(flows, rate)
    return (value > 0) - (value < 0)


def assert_npv_matches_numpy(flows: tuple[Decimal, ...], rate_pct: Decimal, npv: Decimal | None) -> None:
    assert npv is not None
    rate = float(rate_pct) / 100
    reference = npf.npv(rate, [float(f) for f in flows])
    scale = sum(abs(float(f)) / (1 + rate) ** t for t, f in enumerate(flows)) or 1.0
    assert abs(float(npv) - reference) <= 1e-9 * scale


def assert_is_root(flows: tuple[Decimal, ...], root_pct: Decimal, neighbours: tuple[Decimal, ...]) -> bool:
    """True when the NPV changes sign across ``root_pct``; else assert it is a double root (NPV ~ 0)."""
    r = Fraction(root_pct) / 100
    gaps = [abs(Fraction(o) / 100 - r) for o in neighbours if o != root_pct]
    delta = min([Fraction(1, 10**9) * max(1, abs(r)), (1 + r) / 2, *(g / 3 for g in gaps)])
    below, above = npv_sign(flows, r - delta), npv_sign(flows, r + delta)
    if below * above < 0:
        return True
    scale = sum(abs(Fraction(f)) for f in flows)
    assert abs(exact_npv(flows, r)) <= scale * Fraction(1, 10**20), f"{root_pct}% is not a root of {flows}"
    return False


def close(actual: Decimal | None, expected: Fraction | Decimal | int, digits: int = 50) -> bool:
    """``actual`` equals ``expected`` to ``digits`` significant digits (our divisions carry 60)."""
    assert isinstance(actual, Decimal)
    exact = Fraction(expected)
    return abs(Fraction(actual) - exact) <= (abs(exact) or 1) * Fraction(1, 10**digits)


def walk(value: Any) -> Iterator[Any]:
    """Every leaf value inside results (dataclasses, mappings, sequences)."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        for f in dataclasses.fields(value):
            yield from walk(getattr(value, f.name))
    elif isinstance(value, Mapping):
        for k, v in value.items():
            yield k
            yield from walk(v)
    elif isinstance(value, (tuple, list)):
        for item in value:
            yield from walk(item)
    else:
        yield value


def codes(results: FinancialResults) -> dict[str, str]:
    return {p.code: p.path for p in results.problems}


# --- the samples against the reference -----------------------------------------------------------------


@pytest.fixture(params=SAMPLES)
def sample_case(request: pytest.FixtureRequest) -> FinancialCase:
    return projectfile.load(resources.sample_path(request.param)).proposal.finance


def test_sample_totals_and_net_flows_are_exact(sample_case: FinancialCase) -> None:
    results = compute(sample_case)
    assert results.problems == ()
    lines = sorted(sample_case.lines, key=lambda line: line.year or 0)
    assert results.years == tuple(line.year for line in lines)

    def total(name: str) -> Decimal:
        return sum((getattr(line, name) or D(0) for line in lines), D(0))

    assert results.total_capex == total("capex")
    assert results.total_opex == total("opex")
    assert results.total_revenue == sum((total(name) for name in REVENUE_FIELDS), D(0))
    for name in REVENUE_FIELDS:
        assert results.total_revenue_by_stream[name] == total(name)
    for t, line in enumerate(lines):
        revenue = sum((getattr(line, name) or D(0) for name in REVENUE_FIELDS), D(0))
        assert results.net[t] == revenue - (line.opex or D(0)) - (line.capex or D(0))
    assert results.total_net == sum(results.net, D(0))


def test_sample_npv_and_irr_match_numpy_financial(sample_case: FinancialCase) -> None:
    results = compute(sample_case)
    assert sample_case.discount_rate_pct is not None
    assert_npv_matches_numpy(results.net, sample_case.discount_rate_pct, results.npv)
    reference = npf.irr([float(f) for f in results.net])
    assert results.irr is not None and len(results.irr_roots) == 1
    assert abs(float(results.irr) / 100 - reference) <= 1e-6 * (1 + abs(reference))
    assert assert_is_root(results.net, results.irr, ())


def test_sample_sensitivities_match_numpy_financial(sample_case: FinancialCase) -> None:
    results = compute(sample_case)
    rate = sample_case.discount_rate_pct
    assert rate is not None
    capex, opex, revenue = results.capex, results.opex, results.revenue
    expected = {
        "capex_plus_20": [r - o - c * D("1.2") for c, o, r in zip(capex, opex, revenue, strict=True)],
        "revenue_minus_20": [r * D("0.8") - o - c for c, o, r in zip(capex, opex, revenue, strict=True)],
        "delay_1y": [r - o - c for c, o, r in zip(capex, (D(0), *opex[:-1]), (D(0), *revenue[:-1]), strict=True)],
    }
    assert [s.key for s in results.sensitivities] == list(expected)
    for scenario in results.sensitivities:
        assert list(scenario.net) == expected[scenario.key]
        assert_npv_matches_numpy(scenario.net, rate, scenario.npv)
        assert results.npv is not None and scenario.npv is not None
        assert scenario.npv_change is not None
        assert abs(scenario.npv_change - (scenario.npv - results.npv)) < D("1e-12")  # 28-digit subtraction here
        assert scenario.npv < results.npv  # each case makes the project worse
        reference = npf.irr([float(f) for f in scenario.net])
        assert scenario.irr is not None
        assert abs(float(scenario.irr) / 100 - reference) <= 1e-6 * (1 + abs(reference))


def test_sample_payback_interpolates_the_cumulative_flow(sample_case: FinancialCase) -> None:
    results = compute(sample_case)
    rate = Fraction(sample_case.discount_rate_pct or 0) / 100
    discounted = [Fraction(f) / (1 + rate) ** t for t, f in enumerate(results.net)]
    assert all(close(d, e) for d, e in zip(results.discounted_net, discounted, strict=True))
    for payback, flows in (
        (results.payback_years, [Fraction(f) for f in results.net]),
        (results.discounted_payback_years, discounted),
    ):
        assert payback is not None
        whole = int(payback)
        cumulative = sum(flows[: whole + 1], Fraction(0))
        assert cumulative < 0
        # Linear within the next year: the cumulative flow reaches zero at the payback time.
        assert close(payback, whole + (-cumulative) / flows[whole + 1])
        assert all(sum(flows[: t + 1], Fraction(0)) >= 0 for t in range(whole + 1, len(flows)))


def test_sample_funding_and_conversions(sample_case: FinancialCase) -> None:
    results = compute(sample_case)
    committed = sum((s.amount or D(0) for s in sample_case.funding if s.status == FundingStatus.COMMITTED), D(0))
    assert results.funding.committed == committed
    assert results.total_capex is not None
    assert results.funding.gap == max(results.total_capex - committed, D(0))
    total = sum((s.amount or D(0) for s in sample_case.funding), D(0))
    assert results.funding.total == total
    shares = [line.share_pct for line in results.funding.lines]
    assert all(s is not None for s in shares)
    assert abs(sum((Fraction(s) for s in shares if s is not None), Fraction(0)) - 100) <= Fraction(1, 10**45)
    # The samples follow JOIN's rule: a Japanese private partner holds more equity than JOIN.
    assert results.funding.join_is_largest_japanese_equity is False
    assert sample_case.local_per_usd is not None and sample_case.local_per_jpy is not None
    usd = results.equivalents["npv"].usd
    jpy = results.equivalents["npv"].jpy
    assert usd is not None and jpy is not None and results.npv is not None
    assert close(usd, Fraction(results.npv) / Fraction(sample_case.local_per_usd))
    assert close(jpy, Fraction(results.npv) / Fraction(sample_case.local_per_jpy))


def test_sample_json_report(sample_case: FinancialCase) -> None:
    results = compute(sample_case)
    data = results_to_json(results)
    text = json.dumps(data)  # JSON-safe: no Decimal, no date objects
    assert json.loads(text) == data
    for key in ("currency", "discount_rate", "cash_flows", "npv", "irr", "payback_years", "funding_gap"):
        assert key in data
    assert data["currency"] == str(sample_case.currency)
    assert D(data["discount_rate"]) == sample_case.discount_rate_pct
    assert [row["year"] for row in data["cash_flows"]] == list(results.years)
    assert [D(row["net"]) for row in data["cash_flows"]] == [n.quantize(D("0.01")) for n in results.net]
    assert results.npv is not None and results.irr is not None
    assert D(data["npv"]) == results.npv.quantize(D("0.01"))
    assert abs(D(data["irr"]) - results.irr) <= D("0.00005")
    assert len(data["sensitivities"]) == 3


# --- property-based: generated cash flows --------------------------------------------------------------

cents = st.integers(min_value=-(10**14), max_value=10**14).map(lambda n: D(n).scaleb(-2))
rates = st.integers(min_value=-5000, max_value=10000).map(lambda n: D(n).scaleb(-2))  # -50% .. 100%


@FIGURE_SETTINGS
@given(flows=st.lists(cents, min_size=1, max_size=40), rate=rates)
def test_npv_matches_numpy_financial(flows: list[Decimal], rate: Decimal) -> None:
    results = compute(case_from_flows(flows, rate=str(rate)))
    assert results.net == tuple(flows)
    assert_npv_matches_numpy(results.net, rate, results.npv)
    # Exact too: our Decimal NPV equals the rational NPV to 50 significant digits.
    exact = exact_npv(flows, Fraction(rate) / 100)
    assert results.npv is not None
    assert abs(Fraction(results.npv) - exact) <= (abs(exact) + 1) * Fraction(1, 10**50)


@st.composite
def conventional_flows(draw: st.DrawFn) -> list[Decimal]:
    """Investment years then income years: exactly one sign change, so exactly one IRR."""
    outlays = draw(st.lists(st.integers(1, 10**12), min_size=1, max_size=4))
    income = draw(st.lists(st.integers(0, 10**12), min_size=1, max_size=25))
    if not any(income):
        income[-1] = 1
    return [D(-o) for o in outlays] + [D(i) for i in income]


@FIGURE_SETTINGS
@given(flows=conventional_flows())
def test_unique_irr_matches_numpy_financial(flows: list[Decimal]) -> None:
    results = compute(case_from_flows(flows))
    assert results.irr is not None, results.irr_note
    assert results.irr_roots == (results.irr,)
    assert results.irr_note == ""
    assert assert_is_root(results.net, results.irr, ())
    reference = npf.irr([float(f) for f in flows])
    # np.roots loses accuracy on badly scaled polynomials; compare where the root is not extreme.
    if -0.9 < reference < 10:
        assert abs(float(results.irr) / 100 - reference) <= 1e-6 * (1 + abs(reference))


def sign_changes(flows: list[Decimal] | tuple[Decimal, ...]) -> int:
    signs = [f > 0 for f in flows if f != 0]
    return sum(1 for a, b in zip(signs, signs[1:]) if a != b)


@FIGURE_SETTINGS
@given(flows=st.lists(st.integers(-1000, 1000).map(D), min_size=2, max_size=12))
def test_every_irr_root_is_found(flows: list[Decimal]) -> None:
    results = compute(case_from_flows(flows))
    changes = sign_changes(flows)
    if changes == 0:
        assert results.irr is None and results.irr_roots == ()
        assert results.irr_note in (IRR_NO_SIGN_CHANGE, IRR_ALL_ZERO)
        return
    roots = results.irr_roots
    assert list(roots) == sorted(set(roots))
    crossing = sum(assert_is_root(results.net, r, roots) for r in roots)
    # Descartes: positive roots counted with multiplicity have the parity of the sign changes;
    # roots of even multiplicity do not cross zero, so the crossing roots keep that parity.
    assert crossing <= changes
    assert crossing % 2 == changes % 2
    if not roots:
        assert results.irr is None and results.irr_note == IRR_NO_ROOT
        return
    assert results.irr in roots
    if len(roots) > 1:
        assert results.irr == min(roots, key=lambda r: (abs(r - 10), r))  # nearest the 10% discount rate
        assert "ambiguous" in results.irr_note
    reference = npf.irr([float(f) for f in flows])
    if reference == reference and -0.9 < reference < 10:  # not NaN, not extreme
        assert any(abs(float(r) / 100 - reference) <= 1e-6 * (1 + abs(reference)) for r in roots)


# --- IRR, NPV and payback: chosen cases --------------------------------------------------------------------


def test_all_negative_flows_have_no_irr_and_no_payback() -> None:
    results = compute(case_from_flows([-100, -50, -10]))
    assert results.irr is None
    assert results.irr_note == IRR_NO_SIGN_CHANGE == "not defined: the cash flows never change sign"
    assert results.payback_years is None and results.payback_note == "not paid back within the period"
    assert close(results.npv, -100 + Fraction(-50) / Fraction(11, 10) + Fraction(-10) / Fraction(11, 10) ** 2)


def test_all_positive_flows_have_no_irr_and_nothing_to_pay_back() -> None:
    results = compute(case_from_flows([10, 20, 30]))
    assert results.irr is None and results.irr_note == IRR_NO_SIGN_CHANGE
    assert results.payback_years is None and "nothing to pay back" in results.payback_note
    assert results.discounted_payback_years is None


def test_all_zero_flows() -> None:
    results = compute(case_from_flows([0, 0]))
    assert results.npv == 0
    assert results.irr is None and results.irr_note == IRR_ALL_ZERO


def test_several_sign_changes_report_every_root_and_pick_the_one_nearest_the_discount_rate() -> None:
    # -100 + 230x - 132x**2 = -(1.1 - ...)…: the NPV is zero at exactly 10% and at exactly 20%.
    flows = [-100, 230, -132]
    near_ten = compute(case_from_flows(flows, rate="12"))
    assert near_ten.irr_roots == (D("10.0000000000"), D("20.0000000000"))
    assert near_ten.irr == D("10")
    assert "2 rates make the NPV zero (10.00%, 20.00%)" in near_ten.irr_note
    assert "nearest the discount rate" in near_ten.irr_note
    near_twenty = compute(case_from_flows(flows, rate="19"))
    assert near_twenty.irr == D("20")
    no_rate = compute(case_from_flows(flows, rate=None))
    assert no_rate.irr == D("10") and "nearest 0%" in no_rate.irr_note


def test_several_sign_changes_with_no_root() -> None:
    # -1 + 1x - 1x**2 has no real root: three sign changes... of a polynomial that never crosses zero.
    results = compute(case_from_flows([-1, 1, -1]))
    assert results.irr is None and results.irr_roots == ()
    assert results.irr_note == IRR_NO_ROOT


def test_double_root_is_reported_once() -> None:
    # -(1 - 2x)**2 * 4 = -4 + 16x - 16x**2: the NPV touches zero at r = 100% without crossing.
    results = compute(case_from_flows([-4, 16, -16]))
    assert results.irr_roots == (D("100.0000000000"),)


def _product(factors: list[list[int]]) -> list[int]:
    out = [1]
    for factor in factors:
        grown = [0] * (len(out) + len(factor) - 1)
        for i, a in enumerate(out):
            for j, b in enumerate(factor):
                grown[i + j] += a * b
        out = grown
    return out


def test_six_close_roots_are_all_found() -> None:
    # (k x - 100) for k = 105..110: the NPV is zero at exactly 5%, 6%, ... 10%.
    flows = _product([[-100, k] for k in range(105, 111)])
    results = compute(case_from_flows(flows, rate="7.4"))
    assert results.irr_roots == tuple(D(p).quantize(D("1e-10")) for p in range(5, 11))
    assert results.irr == D(7)
    assert "6 rates make the NPV zero" in results.irr_note


def test_two_roots_a_billionth_apart_are_told_apart() -> None:
    # NPV zero at r = 1e-9 and r = 2e-9 (as fractions), that is 1e-7 % and 2e-7 %.
    flows = _product([[-(10**9), 10**9 + 1], [-(10**9), 10**9 + 2]])
    results = compute(case_from_flows(flows, rate="0"))
    assert results.irr_roots == (D("1E-7").quantize(D("1e-10")), D("2E-7").quantize(D("1e-10")))


def test_irr_of_a_huge_rate_is_precise() -> None:
    # -1 now, 112,561,046,395 next year: r = 112,561,046,394 = 11,256,104,639,400 %.
    results = compute(case_from_flows(["-1", "112561046395"]))
    assert results.irr is not None
    # Known to 2**-64 of (1 + r): about 1e-7 percentage points at this size.
    assert abs(results.irr - D("11256104639400")) <= D("11256104639400") * D("1e-18")


def test_roots_below_zero_and_near_minus_one_hundred_percent() -> None:
    results = compute(case_from_flows([-100, 0, 0, 74]))
    assert results.irr is not None
    assert abs(float(results.irr) / 100 - npf.irr([-100, 0, 0, 74])) < 1e-12
    # A loss of 99.9% a year: the NPV is zero at r = -99.9%.
    deep = compute(case_from_flows(["-1000", "1"]))
    assert deep.irr == D("-99.9")


def test_zero_discount_rate_npv_is_the_plain_sum() -> None:
    flows = ["-1000.55", "300.10", "400.20", "500.30"]
    results = compute(case_from_flows(flows, rate="0"))
    assert results.npv == sum((D(f) for f in flows), D(0)) == D("200.05")
    assert results.discounted_net == tuple(D(f) for f in flows)


def test_npv_discounts_the_base_year_at_t_zero() -> None:
    results = compute(case_from_flows([-100, 110], rate="10"))
    assert results.npv == 0
    assert results.irr == D("10")


def test_payback_is_interpolated_within_the_year() -> None:
    results = compute(case_from_flows([-100, 30, 30, 30, 30, 30], rate="0"))
    # Cumulative -100, -70, -40, -10, +20: 10 of year 4's 30 are needed, a third of the year.
    assert close(results.payback_years, 3 + Fraction(10, 30))
    assert results.discounted_payback_years == results.payback_years  # at 0% they agree


def test_payback_is_when_the_cumulative_flow_stays_positive() -> None:
    results = compute(case_from_flows([-100, 150, -100, 100], rate="0"))
    # Cumulative -100, 50, -50, 50: it turns positive for good halfway through the last year.
    assert results.payback_years == D("2.5")


def test_discounted_payback_is_later_than_simple_payback() -> None:
    results = compute(case_from_flows([-100, 60, 60, 60], rate="10"))
    assert close(results.payback_years, 1 + Fraction(40, 60))
    factor = Fraction(11, 10)
    discounted = [Fraction(-100), 60 / factor, 60 / factor**2, 60 / factor**3]
    assert all(close(d, e) for d, e in zip(results.discounted_net, discounted, strict=True))
    expected = 1 + (-100 + discounted[1]) / -discounted[2]
    assert close(results.discounted_payback_years, expected)
    assert results.payback_years is not None and results.discounted_payback_years is not None
    assert results.discounted_payback_years > results.payback_years


def test_discounted_payback_never_reached() -> None:
    results = compute(case_from_flows([-100, 60, 45], rate="10"))
    assert results.payback_years is not None
    assert results.discounted_payback_years is None
    assert results.discounted_payback_note == "not paid back within the period"


# --- the timeline ------------------------------------------------------------------------------------------


def line(year: int | None, **amounts: str) -> YearLine:
    return YearLine(year=year, **{k: D(v) for k, v in amounts.items()})


def full_case(lines: list[YearLine], **kwargs: Any) -> FinancialCase:
    fields: dict[str, Any] = {
        "currency": Currency.IDR,
        "local_per_usd": D("16000"),
        "local_per_jpy": D("100"),
        "rates_date": dt.date(2026, 10, 1),
        "base_year": 2026,
        "horizon_years": 4,
        "discount_rate_pct": D("8"),
        "lines": lines,
    }
    fields.update(kwargs)
    return FinancialCase(**fields)


def test_a_complete_case_has_no_problems() -> None:
    results = compute(full_case([line(2026, capex="100"), line(2027, rev_user_fees="60"),
                                 line(2028, rev_user_fees="60", opex="5"), line(2029, rev_other="70")]))
    assert results.problems == ()
    assert results.net == (D(-100), D(60), D(55), D(70))


def test_missing_years_count_as_zero() -> None:
    results = compute(full_case([line(2026, capex="100"), line(2029, rev_user_fees="150")]))
    assert results.years == (2026, 2027, 2028, 2029)
    assert results.net == (D(-100), D(0), D(0), D(150))
    assert results.problems == ()


def test_years_out_of_order_are_reported_and_computed_in_year_order() -> None:
    ordered = compute(full_case([line(2026, capex="100"), line(2027, rev_user_fees="50"),
                                 line(2028, rev_user_fees="70")]))
    shuffled = compute(full_case([line(2026, capex="100"), line(2028, rev_user_fees="70"),
                                  line(2027, rev_user_fees="50")]))
    assert shuffled.net == ordered.net and shuffled.npv == ordered.npv
    [problem] = shuffled.problems
    assert problem.path == "finance.lines[2].year"
    assert problem.code == "year_out_of_order"
    assert "2027 comes after 2028" in problem.message


def test_duplicated_years_are_added_together_and_reported() -> None:
    results = compute(full_case([line(2026, capex="100"), line(2026, capex="20"), line(2027, rev_user_fees="50")]))
    assert results.capex[0] == D(120)
    [problem] = results.problems
    assert problem.path == "finance.lines[1].year" and problem.code == "year_duplicate"
    assert "2026 appears twice (lines 1 and 2)" in problem.message


def test_lines_outside_the_period_are_left_out_and_reported() -> None:
    results = compute(full_case([line(2025, capex="999"), line(2026, capex="100"), line(2031, rev_user_fees="5")]))
    assert results.years == (2026, 2027, 2028, 2029)
    assert results.total_capex == D(100) and results.total_revenue == 0
    outside = [p for p in results.problems if p.code == "year_outside_period"]
    assert [p.path for p in outside] == ["finance.lines[0].year", "finance.lines[2].year"]
    assert "2025 is outside the period appraised (2026-2029)" in outside[0].message


def test_missing_base_year_uses_the_earliest_year() -> None:
    results = compute(full_case([line(2027, capex="100"), line(2028, rev_user_fees="120")], base_year=None))
    assert results.base_year == 2027
    assert results.years == (2027, 2028, 2029, 2030)
    assert codes(results)["base_year_missing"] == "finance.base_year"
    assert close(results.npv, -100 + Fraction(120) / Fraction(108, 100))


def test_missing_horizon_uses_the_years_entered() -> None:
    results = compute(full_case([line(2026, capex="100"), line(2030, rev_user_fees="200")], horizon_years=None))
    assert results.years == (2026, 2027, 2028, 2029, 2030)
    assert codes(results)["horizon_missing"] == "finance.horizon_years"


def test_horizon_of_zero_is_reported_not_raised() -> None:
    with pytest.raises(ValidationError):
        FinancialCase(horizon_years=0)  # the model refuses it ...
    case = full_case([line(2026, capex="100"), line(2027, rev_user_fees="150")])
    unvalidated = FinancialCase.model_construct(**{**dict(case), "horizon_years": 0})
    results = compute(unvalidated)  # ... and compute() copes with a case built without validation
    problem = results.problems_at("finance.horizon_years")
    assert [p.code for p in problem] == ["horizon_invalid"]
    assert "must be between 1 and 100 years (it is “0”)" in problem[0].message
    assert results.years == (2026, 2027)


def test_discount_rate_of_minus_100_percent_or_less_is_refused_with_a_message() -> None:
    with pytest.raises(ValidationError):
        FinancialCase(discount_rate_pct=D("-100"))
    case = full_case([line(2026, capex="100"), line(2027, rev_user_fees="150")])
    for bad in ("-100", "-150"):
        results = compute(FinancialCase.model_construct(**{**dict(case), "discount_rate_pct": D(bad)}))
        [problem] = results.problems_at("finance.discount_rate_pct")
        assert problem.code == "discount_rate_too_low"
        assert "must be above -100%" in problem.message
        assert results.npv is None and results.discounted_payback_years is None
        assert results.total_capex == D(100)  # the rest is still computed
        assert all(s.npv is None for s in results.sensitivities)


def test_negative_amounts_are_reported_and_left_out() -> None:
    good = full_case([line(2026, capex="100"), line(2027, rev_user_fees="150")])
    bad_line = YearLine.model_construct(year=2026, capex=D("-100"), opex=None, rev_user_fees=D("-3"))
    results = compute(FinancialCase.model_construct(**{**dict(good), "lines": [bad_line, good.lines[1]]}))
    assert results.problems_at("finance.lines[0].capex")[0].code == "negative_amount"
    assert "capex in 2026 is negative" in results.problems_at("finance.lines[0].capex")[0].message.lower()
    assert results.problems_at("finance.lines[0].rev_user_fees")[0].code == "negative_amount"
    assert results.total_capex == 0 and results.total_revenue == D(150)


def test_lines_without_a_year_and_empty_lines() -> None:
    results = compute(full_case([line(2026, capex="100"), YearLine(capex=D(5)), YearLine()]))
    assert results.total_capex == D(100)
    assert codes(results)["year_missing"] == "finance.lines[1].year"
    assert codes(results)["line_empty"] == "finance.lines[2]"


def test_empty_case_computes_nothing_and_says_why() -> None:
    results = compute(FinancialCase())
    assert results.years == () and results.net == ()
    for figure in (results.npv, results.irr, results.payback_years, results.total_capex, results.funding.gap):
        assert figure is None
    assert results.sensitivities == ()
    found = codes(results)
    assert found["lines_missing"] == "finance.lines"
    assert found["currency_missing"] == "finance.currency"
    assert found["discount_rate_missing"] == "finance.discount_rate_pct"
    assert found["rate_missing"] in ("finance.local_per_usd", "finance.local_per_jpy")
    json.dumps(results_to_json(results))


def test_missing_exchange_rates_name_the_rate() -> None:
    results = compute(full_case([line(2026, capex="100")], local_per_usd=None, local_per_jpy=None, rates_date=None))
    [usd] = results.problems_at("finance.local_per_usd")
    [jpy] = results.problems_at("finance.local_per_jpy")
    assert "how many IDR make 1 USD" in usd.message
    assert "how many IDR make 1 JPY" in jpy.message
    assert results.equivalents["total_capex"].usd is None
    assert results.equivalents["total_capex"].jpy is None


def test_usd_case_needs_no_usd_rate_and_ignores_a_wrong_one() -> None:
    case = case_from_flows([-100, 150], local_per_usd=D("3"))
    results = compute(case)
    assert results.equivalents["npv"].usd == results.npv
    assert [p.code for p in results.problems_at("finance.local_per_usd")] == ["rate_ignored"]


def test_missing_currency_is_reported() -> None:
    results = compute(case_from_flows([-100, 150], currency=None))
    assert codes(results)["currency_missing"] == "finance.currency"


def test_huge_amounts_stay_exact() -> None:
    big = D("100000000000000000000.01")  # 10**20 rupiah and a cent
    results = compute(full_case([line(2026, capex=str(big), opex="0.01"),
                                 line(2027, rev_user_fees=str(big), rev_other="0.03")],
                                discount_rate_pct=D(0), horizon_years=2))
    assert results.total_capex == big
    assert results.total_revenue == big + D("0.03")
    assert results.npv == D("0.02")
    assert results.net == (-big - D("0.01"), big + D("0.03"))
    assert results_to_json(results)["totals"]["capex"] == "100000000000000000000.01"


def test_money_is_decimal_never_float() -> None:
    case = projectfile.load(resources.sample_path("lumara-transit")).proposal.finance
    results = compute(case)
    leaves = list(walk(results))
    assert not any(isinstance(v, float) for v in leaves)
    for value in (results.npv, results.irr, results.total_capex, results.payback_years, *results.net):
        assert type(value) is Decimal
    for equivalent in results.equivalents.values():
        assert equivalent.usd is None or type(equivalent.usd) is Decimal


# --- funding ------------------------------------------------------------------------------------------------


def source(kind: FundingType, amount: str, status: FundingStatus, name: str = "", japanese: bool = False,
           instrument: Instrument | None = None) -> FundingSource:
    return FundingSource(source_type=kind, amount=D(amount), status=status, name=name, japanese=japanese,
                         instrument=instrument)


def funded_case(sources: list[FundingSource], **kwargs: Any) -> FinancialCase:
    return full_case([line(2026, capex="1000"), line(2027, rev_user_fees="1500")], funding=sources, **kwargs)


def test_funding_gap_shares_and_statuses() -> None:
    results = compute(funded_case([
        source(FundingType.PUBLIC_BUDGET, "300", FundingStatus.COMMITTED),
        source(FundingType.JBIC_LOAN, "500", FundingStatus.SOUGHT),
        source(FundingType.PRIVATE_EQUITY, "200", FundingStatus.IN_DISCUSSION, "Example KK", japanese=True),
    ], asks=[AskItem(instrument=Instrument.EQUITY, amount=D("700"))]))
    f = results.funding
    assert (f.total, f.committed, f.in_discussion, f.sought) == (D(1000), D(300), D(200), D(500))
    assert (f.gap, f.surplus) == (D(700), D(0))
    assert [line.share_pct for line in f.lines] == [D(30), D(50), D(20)]
    assert [line.japanese for line in f.lines] == [False, True, True]
    assert f.coverage_pct == D(30)
    assert (f.ask, f.ask_minus_gap, f.ask_covers_gap) == (D(700), D(0), True)
    assert results.equivalents["funding_gap"].usd == D("0.04375")


def test_committed_funding_beyond_capex_is_a_surplus_not_a_negative_gap() -> None:
    results = compute(funded_case([source(FundingType.PUBLIC_BUDGET, "1200", FundingStatus.COMMITTED)],
                                  asks=[AskItem(instrument=Instrument.LOAN, amount=D("100"))]))
    assert results.funding.gap == 0
    assert results.funding.surplus == D(200)
    assert results.funding.ask_minus_gap == D(100)


def test_funding_without_amount_or_status_is_reported() -> None:
    case = funded_case([FundingSource(source_type=FundingType.GREEN_BOND),
                        FundingSource(source_type=FundingType.MULTILATERAL, amount=D(50))])
    results = compute(case)
    assert codes(results)["funding_amount_missing"] == "finance.funding[0].amount"
    assert codes(results)["funding_status_missing"] == "finance.funding[1].status"
    assert results.funding.unspecified == D(50) and results.funding.committed == 0


def test_japanese_equity_by_investor_and_join_rule() -> None:
    sources = [
        source(FundingType.PRIVATE_EQUITY, "300", FundingStatus.IN_DISCUSSION, "Sponsor KK", japanese=True),
        source(FundingType.OTHER, "100", FundingStatus.COMMITTED, "sponsor kk", japanese=True,
               instrument=Instrument.EQUITY),  # the same investor, spelt differently
        source(FundingType.JOIN_EQUITY, "250", FundingStatus.IN_DISCUSSION, "JOIN"),
        source(FundingType.PRIVATE_EQUITY, "900", FundingStatus.COMMITTED, "Local partner"),  # not Japanese
        source(FundingType.JBIC_LOAN, "500", FundingStatus.SOUGHT),  # Japanese, but a loan
    ]
    results = compute(funded_case(sources))
    stakes = results.funding.japanese_equity
    assert [(s.investor, s.amount, s.is_join) for s in stakes] == [("Sponsor KK", D(400), False), ("JOIN", D(250), True)]
    assert close(stakes[0].share_pct, Fraction(400 * 100, 650))
    assert results.funding.join_equity == D(250)
    assert results.funding.join_is_largest_japanese_equity is False
    assert "join_largest" not in codes(results)

    # JOIN as large as the largest private stake breaks its rule (a tie counts against JOIN).
    sources[2] = source(FundingType.JOIN_EQUITY, "400", FundingStatus.IN_DISCUSSION)
    tied = compute(funded_case(sources))
    assert tied.funding.join_is_largest_japanese_equity is True
    assert codes(tied)["join_largest"] == "finance.funding"


def test_no_join_equity_means_the_join_rule_does_not_apply() -> None:
    results = compute(funded_case([source(FundingType.PRIVATE_EQUITY, "300", FundingStatus.COMMITTED, "A", True)]))
    assert results.funding.join_equity is None
    assert results.funding.join_is_largest_japanese_equity is None


# --- never raises ---------------------------------------------------------------------------------------------

maybe_money = st.none() | st.decimals(min_value=0, max_value=D("1e21"), places=2, allow_nan=False)
draft_lines = st.builds(
    YearLine,
    year=st.none() | st.integers(1990, 2100),
    capex=maybe_money,
    opex=maybe_money,
    rev_user_fees=maybe_money,
    rev_other=maybe_money,
)
draft_funding = st.builds(
    FundingSource,
    source_type=st.none() | st.sampled_from(FundingType),
    amount=maybe_money,
    status=st.none() | st.sampled_from(FundingStatus),
    instrument=st.none() | st.sampled_from(Instrument),
    japanese=st.booleans(),
    name=st.sampled_from(["", "A", "a", "B"]),
    currency=st.none() | st.sampled_from(Currency),
    interest_rate_pct=st.none() | st.decimals(min_value=0, max_value=100, places=2),
    tenor_years=st.none() | st.integers(1, 100),
    grace_years=st.none() | st.integers(0, 100),
    repayment=st.none() | st.sampled_from(RepaymentProfile),
    upfront_fee_pct=st.none() | st.decimals(min_value=0, max_value=100, places=2),
    shareholding_pct=st.none() | st.decimals(min_value=0, max_value=100, places=2),
)
draft_scenarios = st.builds(
    ScenarioCase,
    capex_change_pct=st.none() | st.decimals(min_value=-100, max_value=1000, places=1),
    revenue_change_pct=st.none() | st.decimals(min_value=-100, max_value=1000, places=1),
    delay_years=st.none() | st.integers(0, 20),
    interest_rate_change_pct=st.none() | st.decimals(min_value=-100, max_value=100, places=1),
    fx_depreciation_pct=st.none() | st.decimals(min_value=-100, max_value=100, places=1),
)
draft_cases = st.builds(
    FinancialCase,
    currency=st.none() | st.sampled_from(Currency),
    local_per_usd=st.none() | st.decimals(min_value=D("0.0001"), max_value=D("100000"), places=4),
    local_per_jpy=st.none() | st.decimals(min_value=D("0.0001"), max_value=D("1000"), places=4),
    base_year=st.none() | st.integers(1990, 2100),
    horizon_years=st.none() | st.integers(1, 100),
    discount_rate_pct=st.none() | st.decimals(min_value=D("-99.9999"), max_value=100, places=4),
    lines=st.lists(draft_lines, max_size=12),
    funding=st.lists(draft_funding, max_size=6),
    asks=st.lists(st.builds(AskItem, amount=maybe_money, instrument=st.none() | st.sampled_from(Instrument)),
                  max_size=3),
    operations_start_year=st.none() | st.integers(1990, 2100),
    concession_end_year=st.none() | st.integers(1990, 2150),
    terminal_method=st.none() | st.sampled_from(TerminalValueMethod),
    terminal_growth_pct=st.none() | st.decimals(min_value=-20, max_value=20, places=2),
    terminal_exit_multiple=st.none() | st.decimals(min_value="0.01", max_value=100, places=2),
    tax_rate_pct=st.none() | st.decimals(min_value=0, max_value=100, places=2),
    depreciation_years=st.none() | st.integers(1, 100),
    cost_of_equity_pct=st.none() | st.decimals(min_value=0, max_value=100, places=2),
    development_costs=maybe_money,
    reserves=maybe_money,
    fx_depreciation_pct=st.none() | st.decimals(min_value=-100, max_value=100, places=2),
    scenarios=st.lists(draft_scenarios, max_size=2),
)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(case=draft_cases)
def test_compute_never_raises_on_a_draft(case: FinancialCase) -> None:
    results = compute(case)
    data = results_to_json(results)
    assert json.loads(json.dumps(data)) == data
    assert not any(isinstance(v, float) for v in walk(results))
    for problem in results.problems:
        assert problem.path.startswith("finance") and problem.message and problem.code
    if results.npv is not None:
        assert results.discount_rate_pct is not None and results.net
    assert len(results.net) == len(results.years) == len(results.capex)


@settings(max_examples=100, deadline=None)
@given(
    year=st.one_of(st.none(), st.integers(), st.text(max_size=5), st.floats()),
    amount=st.one_of(st.none(), st.integers(), st.floats(), st.text(max_size=5), st.decimals()),
    rate=st.one_of(st.none(), st.integers(-1000, 1000), st.floats(), st.decimals(), st.text(max_size=4)),
    horizon=st.one_of(st.none(), st.integers(-5, 200), st.booleans()),
)
def test_compute_copes_with_unvalidated_values(year: Any, amount: Any, rate: Any, horizon: Any) -> None:
    bad_line = YearLine.model_construct(year=year, capex=amount, opex=None, rev_user_fees=amount)
    case = FinancialCase.model_construct(
        currency=Currency.THB, discount_rate_pct=rate, horizon_years=horizon, base_year=2025,
        lines=[bad_line, YearLine(year=2026, rev_user_fees=D(10))], funding=[], local_per_usd=amount,
    )
    results = compute(case)
    json.dumps(results_to_json(results))
    assert not any(isinstance(v, float) for v in walk(results))
