"""The investor's and the lender's view: debt schedules, CFADS and DSCR, equity returns, terminal value,
sources and uses, break-evens, the tornado, currency depreciation and the team's named scenarios.

Conventions (the workbook export writes the same rules as formulas; keep the two in step):

- **Timeline**: the project's years ``t = 0 .. n-1`` (``t = year - base_year``), flows at the end of
  each year, as for the project NPV.
- **Commercial operation** (COD) is ``operations_start_year``; without it, the first year whose net
  cash flow is positive.  Years before it are construction.
- **Drawdown**: every funding source except guarantees (which are not cash) is drawn in proportion
  to each year's capex, so each source is fully drawn when construction ends; with no capex at all,
  everything is drawn in the base year.
- **Loans** (instrument loan, concessional loan or bond; or, with no instrument, a JBIC loan,
  commercial debt or green bond): interest for a year is the rate times the opening
  balance (money drawn in a year bears interest from the next); a loan first drawn in year ``f`` pays
  interest only in years ``f + 1 .. f + grace`` and repays in years ``f + grace + 1 .. f + tenor`` (the
  last of them clears what is owed).  Annuity: each year pays
  ``opening * r / (1 - (1 + r) ** -k)`` with ``k`` the years left, principal being that minus the
  interest; straight line: ``opening / k`` of principal.  Anything still owed after the last
  repayment year is repaid the year after.  The upfront fee (percent of the amount) is paid in the
  first drawing year.  A loan without a rate or a tenor is left out of the schedule (with a problem).
- **Currency**: a loan in another currency than the case's is entered at the base-year rate; its
  debt service in year ``t`` costs ``(1 + d) ** t`` times as much local currency, ``d`` being the
  local currency's yearly depreciation.  The base case uses no depreciation; the currency case uses
  ``fx_depreciation_pct``.
- **Tax** (optional): ``tax = rate * max(0, revenue - opex - depreciation - interest)`` each year, no
  loss carried forward; depreciation writes each year's capex off in equal parts over
  ``depreciation_years``, from the following year.
- **CFADS** (cash flow available for debt service) = revenue - opex - tax.  **DSCR** = CFADS / (interest
  + principal) for each year from COD with debt service; debt service before COD (interest during
  construction) is paid from the funding and is a use of funds.
- **Equity cash flow** = revenue - opex - tax - capex + drawings of every non-equity source - debt
  service - fees - development costs (base year) - reserves (funded in the base year, released in the
  last year); in the last year plus the terminal value, minus any debt still owed.  Negative years are
  shareholders paying in.  Equity IRR from it (exact, as the project IRR); equity NPV at the cost of
  equity.  Each shareholder's part follows its shareholding (or its amount when no share is given).
- **Terminal value** at the end of the last year, before tax: exit multiple ``m * (revenue - opex)`` of
  the last year; growing cash flow: the last year's net cash flow growing at ``g`` a year, valued at
  the discount rate to the end of the concession when it runs past the period
  (``CF1 * (1 - ((1 + g) / (1 + r)) ** N) / (r - g)``, ``N`` years, ``CF1`` the first year's flow), or
  for ever (``CF1 / (r - g)``, needs ``r > g``) when no end is given.  The project NPV and IRR are
  reported with and without it.
- **Break-evens** (where the project NPV is zero), with and without the terminal value: capex overrun
  and revenue shortfall (exact: the NPV is linear in each), delay in years (interpolated between whole
  years of delay).  **Tornado**: capex, opex, revenue, discount rate, interest rates and the terminal
  value each at -20% and +20%.
- **Sources and uses**: uses = capex (by roadmap phase when phases are given) + development costs +
  interest during construction + upfront fees + reserves; sources = each funding source (guarantees
  excepted); balanced within 0.5% of the uses.
"""

from __future__ import annotations

import decimal
import functools
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from decimal import Decimal
from typing import Any

from wizard.finance._common import _CONTEXT, _HUNDRED, _ZERO, _decimal, _Problems
from wizard.finance._flows import _npv
from wizard.finance._inputs import _Timeline
from wizard.finance._irr import _irr
from wizard.finance._results import (
    BreakEven,
    CaseFigures,
    DebtYear,
    FxCase,
    LoanSchedule,
    Shareholder,
    SourcesAndUses,
    SourceUse,
    Structure,
    TornadoBar,
)
from wizard.model import FinancialCase, FundingType, Instrument, RepaymentProfile, TerminalValueMethod

_ONE = Decimal(1)
_DEBT_INSTRUMENTS = (Instrument.LOAN, Instrument.CONCESSIONAL_LOAN, Instrument.BOND)
_DEBT_TYPES = (FundingType.JBIC_LOAN, FundingType.COMMERCIAL_DEBT, FundingType.GREEN_BOND)
_EQUITY_TYPES = (FundingType.JOIN_EQUITY, FundingType.PRIVATE_EQUITY)
#: Sources and uses balance when they differ by at most this share of the uses (percent).
BALANCE_TOLERANCE_PCT = Decimal("0.5")
#: The tornado's swing on each driver (percent, both ways).
TORNADO_STEP_PCT = Decimal(20)


def kind_of(source: Any) -> str:
    """``debt``, ``equity``, ``guarantee`` or ``grant`` (every other non-repayable contribution)."""
    instrument = getattr(source, "instrument", None)
    kind = getattr(source, "source_type", None)
    if instrument in _DEBT_INSTRUMENTS or (instrument is None and kind in _DEBT_TYPES):
        return "debt"
    if instrument == Instrument.EQUITY or (instrument is None and kind in _EQUITY_TYPES):
        return "equity"
    if instrument == Instrument.GUARANTEE:
        return "guarantee"
    return "grant"


# --- inputs read once --------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Loan:
    index: int
    label: str
    amount: Decimal
    currency: str | None
    foreign: bool
    rate: Decimal  # percent
    tenor: int
    grace: int
    annuity: bool
    fee_pct: Decimal


@dataclass(frozen=True)
class _Setup:
    """What the structure needs from the case, read and checked once."""

    years: tuple[int, ...]
    capex: tuple[Decimal, ...]
    opex: tuple[Decimal, ...]
    revenue: tuple[Decimal, ...]
    rate: Decimal | None
    cod: int  # index of the first operating year
    cod_note: str
    draw_weights: tuple[Decimal, ...]  # share of every source drawn in each year (sums to 1)
    loans: tuple[_Loan, ...]
    non_equity_total: Decimal  # amounts of loans and grants (drawn pro rata)
    sources: tuple[tuple[int, str, str, Decimal], ...]  # (index, label, kind, amount) of cash sources
    guarantees: Decimal
    tax_pct: Decimal | None
    depreciation_years: int | None
    cost_of_equity: Decimal | None
    development: Decimal
    reserves: Decimal
    fx_pct: Decimal | None
    terminal: TerminalValueMethod | None
    growth_pct: Decimal | None
    multiple: Decimal | None
    concession_end: int | None
    min_dscr: Decimal | None


@dataclass(frozen=True)
class _Variant:
    """One case: multipliers on the base numbers and shifts of the terms."""

    capex: Decimal = _ONE
    opex: Decimal = _ONE
    revenue: Decimal = _ONE
    delay: int = 0
    rate_factor: Decimal = _ONE  # on the discount rate
    interest_factor: Decimal = _ONE  # on every loan's rate
    interest_shift: Decimal = _ZERO  # percentage points added to every loan's rate
    fx_pct: Decimal = _ZERO
    terminal_factor: Decimal = _ONE


@dataclass
class _Outcome:
    capex: list[Decimal]
    opex: list[Decimal]
    revenue: list[Decimal]
    net: list[Decimal]
    rate: Decimal | None
    npv: Decimal | None
    terminal: Decimal | None
    terminal_note: str
    npv_with_terminal: Decimal | None
    loans: list[tuple[_Loan, list[DebtYear], Decimal, Decimal]]  # (loan, years, fee, outstanding in local)
    interest: list[Decimal]
    principal: list[Decimal]
    service: list[Decimal]
    depreciation: list[Decimal]
    tax: list[Decimal]
    cfads: list[Decimal]
    dscr: list[Decimal | None]
    equity: list[Decimal]
    idc: Decimal
    fees: Decimal
    outstanding: Decimal


def _pct(value: Any) -> Decimal | None:
    number = _decimal(value)
    return number if number is not None and -1000 <= number <= 1000 else None


def _int(value: Any, low: int, high: int) -> int | None:
    if isinstance(value, bool) or not isinstance(value, int):
        return None
    return value if low <= value <= high else None


def _label(source: Any, i: int) -> str:
    name = str(getattr(source, "name", "") or "").strip()
    if name:
        return name
    kind = getattr(source, "source_type", None)
    return kind.label if isinstance(kind, FundingType) else f"Funding source {i + 1}"


def _setup(case: FinancialCase, timeline: _Timeline, revenue: Sequence[Decimal], net: Sequence[Decimal],
           rate: Decimal | None, currency: str | None, problems: _Problems) -> _Setup:
    years = tuple(timeline.years)
    n = len(years)
    base = years[0]
    # Commercial operation.
    raw_cod = _int(getattr(case, "operations_start_year", None), 1900, 2150)
    if raw_cod is not None:
        cod = min(max(raw_cod - base, 0), n)
        note = ""
        if not years[0] <= raw_cod <= years[-1]:
            problems.say("finance.operations_start_year", "operations_outside_period", year=raw_cod, base=years[0], end=years[-1])
    else:
        positive = [t for t, flow in enumerate(net) if flow > 0]
        cod = positive[0] if positive else n
        note = (f"operation taken to start in {years[cod]}, the first year with a positive net cash flow"
                if positive else "no year has a positive net cash flow: operation never starts within the period")
    # Drawdown weights.
    with decimal.localcontext(_CONTEXT):
        capex_total = sum(timeline.capex, _ZERO)
        if capex_total > 0:
            weights = tuple(c / capex_total for c in timeline.capex)
        else:
            weights = tuple(_ONE if t == 0 else _ZERO for t in range(n))
    loans: list[_Loan] = []
    cash_sources: list[tuple[int, str, str, Decimal]] = []
    guarantees = _ZERO
    non_equity = _ZERO
    for i, source in enumerate(getattr(case, "funding", None) or []):
        amount = _decimal(getattr(source, "amount", None))
        if amount is None or amount < 0:
            continue  # reported by the funding summary
        kind = kind_of(source)
        label = _label(source, i)
        if kind == "guarantee":
            guarantees += amount
            continue
        cash_sources.append((i, label, kind, amount))
        if kind == "equity":
            continue
        non_equity += amount
        if kind != "debt":
            continue
        path = f"finance.funding[{i}]"
        interest = _pct(getattr(source, "interest_rate_pct", None))
        tenor = _int(getattr(source, "tenor_years", None), 1, 100)
        if interest is None or tenor is None:
            field = "interest_rate_pct" if interest is None else "tenor_years"
            problems.say(f"{path}.{field}", "debt_terms_missing", label=label,
                         key="debt_terms_missing_both" if interest is None and tenor is None
                         else "debt_terms_missing_rate" if interest is None else "debt_terms_missing_tenor")
            non_equity -= amount  # not drawn as debt: equity makes up for it
            continue
        assert interest is not None and tenor is not None
        grace = _int(getattr(source, "grace_years", None), 0, 100) or 0
        if grace >= tenor:
            problems.say(f"{path}.grace_years", "grace_not_shorter", label=label, grace=grace, tenor=tenor)
            grace = tenor - 1
        profile = getattr(source, "repayment", None)
        if profile is None:
            problems.say(f"{path}.repayment", "repayment_missing", label=label)
        loan_currency = getattr(source, "currency", None)
        code = str(loan_currency).upper() if loan_currency else currency
        loans.append(_Loan(i, label, amount, code, bool(code and currency and code != currency), interest, tenor,
                           grace, profile != RepaymentProfile.STRAIGHT_LINE,
                           _pct(getattr(source, "upfront_fee_pct", None)) or _ZERO))
    tax = _pct(getattr(case, "tax_rate_pct", None))
    depreciation = _int(getattr(case, "depreciation_years", None), 1, 100)
    if tax is not None and tax > 0 and depreciation is None:
        problems.say("finance.depreciation_years", "depreciation_missing")
    method = getattr(case, "terminal_method", None)
    growth = _pct(getattr(case, "terminal_growth_pct", None))
    multiple = _pct(getattr(case, "terminal_exit_multiple", None))
    if method == TerminalValueMethod.PERPETUITY_GROWTH and growth is None:
        problems.say("finance.terminal_growth_pct", "terminal_growth_missing")
    if method == TerminalValueMethod.EXIT_MULTIPLE and multiple is None:
        problems.say("finance.terminal_exit_multiple", "terminal_multiple_missing")
    concession = _int(getattr(case, "concession_end_year", None), 1900, 2150)
    if concession is not None and concession < years[-1]:
        problems.say("finance.concession_end_year", "concession_before_end", year=concession, end=years[-1])
    with decimal.localcontext(_CONTEXT):
        return _Setup(
            years=years, capex=tuple(timeline.capex), opex=tuple(timeline.opex), revenue=tuple(revenue), rate=rate,
            cod=cod, cod_note=note, draw_weights=weights, loans=tuple(loans), non_equity_total=non_equity,
            sources=tuple(cash_sources), guarantees=guarantees, tax_pct=tax, depreciation_years=depreciation,
            cost_of_equity=_pct(getattr(case, "cost_of_equity_pct", None)),
            development=_decimal(getattr(case, "development_costs", None)) or _ZERO,
            reserves=_decimal(getattr(case, "reserves", None)) or _ZERO,
            fx_pct=_pct(getattr(case, "fx_depreciation_pct", None)), terminal=method, growth_pct=growth,
            multiple=multiple, concession_end=concession, min_dscr=_decimal(getattr(case, "min_dscr", None)),
        )


# --- one case ----------------------------------------------------------------------------------------------


def _shift(values: Sequence[Decimal], delay: int) -> list[Decimal]:
    if delay <= 0:
        return list(values)
    return [_ZERO] * min(delay, len(values)) + list(values[: max(len(values) - delay, 0)])


def _schedule(loan: _Loan, weights: Sequence[Decimal], variant: _Variant) -> tuple[list[DebtYear], Decimal]:
    """One loan's years (in local currency at the base-year rate, service converted) and its fee."""
    n = len(weights)
    r = (loan.rate * variant.interest_factor + variant.interest_shift) / _HUNDRED
    r = max(r, _ZERO)
    draws = [loan.amount * w for w in weights]
    first = next((t for t, d in enumerate(draws) if d > 0), 0)
    start = first + loan.grace + 1
    last = first + loan.tenor
    fx = _ONE + variant.fx_pct / _HUNDRED if loan.foreign else _ONE
    out = []
    opening = _ZERO
    factor = _ONE
    for t in range(n):
        interest = opening * r
        if t < start or opening == 0:
            principal = _ZERO
        elif t == last:
            principal = opening  # the last repayment clears the loan exactly (no rounding dust left owing)
        elif t < last:
            k = last - t + 1
            if loan.annuity and r > 0:
                payment = opening * r / (_ONE - (_ONE + r) ** -k)
                principal = payment - interest
            else:
                principal = opening / k
        else:
            principal = opening
        closing = opening + draws[t] - principal
        out.append(DebtYear(year_index=t, opening=opening, drawn=draws[t], interest=interest, principal=principal,
                            closing=closing, fx_factor=factor, service_local=(interest + principal) * factor))
        opening = closing
        factor *= fx
    return out, loan.amount * loan.fee_pct / _HUNDRED


def _terminal(s: _Setup, revenue: Sequence[Decimal], opex: Sequence[Decimal], net: Sequence[Decimal],
              rate: Decimal | None, factor: Decimal) -> tuple[Decimal | None, str]:
    method = s.terminal
    if method is None or method == TerminalValueMethod.NONE:
        return None, "no terminal value"
    if method == TerminalValueMethod.EXIT_MULTIPLE:
        if s.multiple is None:
            return None, "needs the exit multiple"
        return s.multiple * (revenue[-1] - opex[-1]) * factor, ""
    if s.growth_pct is None:
        return None, "needs the terminal growth rate"
    if rate is None:
        return None, "needs the discount rate"
    g = s.growth_pct / _HUNDRED
    r = rate / _HUNDRED
    first = net[-1] * (_ONE + g)
    if s.concession_end is not None:
        years_left = s.concession_end - s.years[-1]
        if years_left <= 0:
            return _ZERO, "the concession ends with the period: nothing is left after it"
        if r == g:
            return first * years_left / (_ONE + r) * factor, ""
        return first * (_ONE - ((_ONE + g) / (_ONE + r)) ** years_left) / (r - g) * factor, ""
    if r <= g:
        return None, "a perpetuity needs a discount rate above the growth rate"
    return first / (r - g) * factor, ""


def _evaluate(s: _Setup, v: _Variant, *, full: bool = True) -> _Outcome:
    """Every yearly line of one case; ``full=False`` stops after the project NPV (for break-even searches)."""
    n = len(s.years)
    with decimal.localcontext(_CONTEXT):
        capex = [c * v.capex for c in s.capex]
        opex = [o * v.opex for o in _shift(s.opex, v.delay)]
        revenue = [r * v.revenue for r in _shift(s.revenue, v.delay)]
        net = [r - o - c for r, o, c in zip(revenue, opex, capex, strict=True)]
        rate = s.rate * v.rate_factor if s.rate is not None else None
        npv = _npv(net, rate)
        terminal, terminal_note = _terminal(s, revenue, opex, net, rate, v.terminal_factor)
        npv_tv = None
        if npv is not None and rate is not None:  # _npv gives a value only with a rate
            npv_tv = npv + terminal / (_ONE + rate / _HUNDRED) ** (n - 1) if terminal is not None else npv
        zeros = [_ZERO] * n
        outcome = _Outcome(capex, opex, revenue, net, rate, npv, terminal, terminal_note, npv_tv, [], list(zeros),
                           list(zeros), list(zeros), list(zeros), list(zeros), [], [None] * n, [], _ZERO, _ZERO, _ZERO)
        if not full:
            return outcome
        cod = min(s.cod + v.delay, n)
        for loan in s.loans:
            years, fee = _schedule(loan, s.draw_weights, v)
            outstanding = years[-1].closing * years[-1].fx_factor
            outcome.loans.append((loan, years, fee, outstanding))
            outcome.fees += fee
            outcome.outstanding += outstanding
            for t, y in enumerate(years):
                outcome.interest[t] += y.interest * y.fx_factor
                outcome.principal[t] += y.principal * y.fx_factor
                outcome.service[t] += y.service_local
        # Tax.
        if s.tax_pct is not None and s.tax_pct > 0:
            tax_rate = s.tax_pct / _HUNDRED
            life = s.depreciation_years
            for t in range(n):
                if life:
                    outcome.depreciation[t] = sum((capex[u] for u in range(max(0, t - life), t)), _ZERO) / life
                taxable = revenue[t] - opex[t] - outcome.depreciation[t] - outcome.interest[t]
                outcome.tax[t] = max(taxable, _ZERO) * tax_rate
        outcome.cfads = [revenue[t] - opex[t] - outcome.tax[t] for t in range(n)]
        outcome.idc = sum(outcome.service[:cod], _ZERO) if cod else _ZERO
        for t in range(cod, n):
            if outcome.service[t] > 0:
                outcome.dscr[t] = outcome.cfads[t] / outcome.service[t]
        # Equity: what is left after every other source and every use.
        draws_other = [s.non_equity_total * w for w in s.draw_weights]
        first_fee_year = {id(loan): next((t for t, y in enumerate(years) if y.drawn > 0), 0)
                          for loan, years, _, _ in outcome.loans}
        fees = list(zeros)
        for loan, _, fee, _ in outcome.loans:
            fees[first_fee_year[id(loan)]] += fee
        equity = []
        for t in range(n):
            flow = outcome.cfads[t] - capex[t] + draws_other[t] - outcome.service[t] - fees[t]
            if t == 0:
                flow -= s.development + s.reserves
            if t == n - 1:
                flow += s.reserves - outcome.outstanding + (terminal or _ZERO)
            equity.append(flow)
        outcome.equity = equity
        return outcome


def _cents(flows: Sequence[Decimal]) -> list[Decimal]:
    """Flows cut to 18 significant digits of the largest before an exact IRR: the root moves by about
    1e-17 of itself, far below the 10 decimals of a percent shown, and the exact search works on integers
    three times shorter (interest and discounting give flows of 60 digits)."""
    largest = max((abs(f) for f in flows), default=_ZERO)
    if not largest:
        return list(flows)
    quantum = Decimal(1).scaleb(largest.adjusted() - 17)
    with decimal.localcontext(_CONTEXT):
        return [f.quantize(quantum) for f in flows]


def _figures(s: _Setup, key: str, label: str, description: str, v: _Variant) -> CaseFigures:
    o = _evaluate(s, v)
    irr, _, irr_note = _irr(_cents(o.net), o.rate)
    equity_irr, _, equity_note = _irr(_cents(o.equity), s.cost_of_equity)
    dscr = [(d, s.years[t]) for t, d in enumerate(o.dscr) if d is not None]
    low = min(dscr, default=None)
    headline = o.npv_with_terminal
    return CaseFigures(
        key=key, label=label, description=description, npv=o.npv, npv_with_terminal=o.npv_with_terminal,
        npv_negative=headline < 0 if headline is not None else None, irr=irr, irr_note=irr_note,
        equity_irr=equity_irr, equity_irr_note=equity_note,
        equity_npv=_npv(o.equity, s.cost_of_equity) if s.loans or s.sources else None,
        dscr_min=low[0] if low else None, dscr_min_year=low[1] if low else None,
    )


# --- break-evens ----------------------------------------------------------------------------------------


def _linear_break_even(at_base: Decimal, at_full: Decimal) -> Decimal | None:
    """The change (as a fraction) at which a linear NPV crosses zero, given its value at 0 and at 1."""
    slope = at_full - at_base
    if at_base <= 0 or slope >= 0:
        return None
    return -at_base / slope


def _break_evens(s: _Setup, with_terminal: bool) -> BreakEven:
    def value(v: _Variant) -> Decimal | None:
        o = _evaluate(s, v, full=False)
        return o.npv_with_terminal if with_terminal else o.npv

    basis = "with_terminal" if with_terminal else "without_terminal"
    base = value(_Variant())
    if base is None:
        return BreakEven(basis, None, None, "needs the NPV", None, "needs the NPV", None, "needs the NPV")
    with decimal.localcontext(_CONTEXT):
        if base <= 0:
            note = "the NPV is already zero or negative"
            return BreakEven(basis, base, None, note, None, note, None, note)
        doubled = value(_Variant(capex=Decimal(2)))
        capex = _linear_break_even(base, doubled) if doubled is not None else None
        capex_note = "" if capex is not None else "no capex overrun turns the NPV negative"
        nothing = value(_Variant(revenue=_ZERO))
        revenue = _linear_break_even(base, nothing) if nothing is not None else None
        revenue_note = "" if revenue is not None else "no revenue shortfall turns the NPV negative"
        delay: Decimal | None = None
        delay_note = "the NPV stays positive whatever the delay within the period"
        previous = base
        for years in range(1, len(s.years) + 1):
            current = value(_Variant(delay=years))
            if current is None:
                break
            if current <= 0:
                delay = Decimal(years - 1) + previous / (previous - current)
                delay_note = "interpolated between whole years of delay"
                break
            previous = current
    return BreakEven(basis, base, capex * _HUNDRED if capex is not None else None, capex_note,
                     revenue * _HUNDRED if revenue is not None else None, revenue_note, delay, delay_note)


# --- assembling ------------------------------------------------------------------------------------------


#: Tornado bars: key, label, and the case that moves one input by a factor.
_TORNADO: tuple[tuple[str, str, Callable[[Decimal], _Variant]], ...] = (
    ("capex", "Capex", lambda f: _Variant(capex=f)),
    ("opex", "Opex", lambda f: _Variant(opex=f)),
    ("revenue", "Revenue", lambda f: _Variant(revenue=f)),
    ("discount_rate", "Discount rate", lambda f: _Variant(rate_factor=f)),
    ("interest_rate", "Interest rates", lambda f: _Variant(interest_factor=f)),
    ("terminal_value", "Terminal value", lambda f: _Variant(terminal_factor=f)),
)


def _scenario_variant(row: Any) -> _Variant:
    def factor(name: str) -> Decimal:
        change = _pct(getattr(row, name, None))
        return _ONE + change / _HUNDRED if change is not None else _ONE

    delay = _int(getattr(row, "delay_years", None), 0, 100) or 0
    fx = _pct(getattr(row, "fx_depreciation_pct", None))
    shift = _pct(getattr(row, "interest_rate_change_pct", None)) or _ZERO
    return _Variant(capex=factor("capex_change_pct"), opex=factor("opex_change_pct"),
                    revenue=factor("revenue_change_pct"), delay=delay, interest_shift=shift,
                    fx_pct=fx if fx is not None else _ZERO)


def _uses(s: _Setup, base: _Outcome, phases: Sequence[Any] | None) -> list[SourceUse]:
    uses: list[SourceUse] = []
    capex_total = sum(s.capex, _ZERO)
    named = []
    for i, phase in enumerate(phases or []):
        cost = _decimal(getattr(phase, "cost", None))
        if cost is not None and cost > 0:
            name = str(getattr(phase, "name", "") or "").strip() or f"Phase {i + 1}"
            named.append(SourceUse(f"Capex: {name}", cost, "capex", f"roadmap.phases[{i}]"))
    assigned = sum((u.amount for u in named), _ZERO)
    if named and assigned <= capex_total:
        uses += named
        if assigned < capex_total:
            uses.append(SourceUse("Capex not assigned to a roadmap phase", capex_total - assigned, "capex",
                                  "finance.lines"))
    else:
        uses.append(SourceUse("Capex", capex_total, "capex", "finance.lines"))
    if s.development:
        uses.append(SourceUse("Development costs", s.development, "development", "finance.development_costs"))
    if base.idc:
        uses.append(SourceUse("Interest during construction", base.idc, "idc", "finance.funding"))
    if base.fees:
        uses.append(SourceUse("Upfront fees", base.fees, "fees", "finance.funding"))
    if s.reserves:
        uses.append(SourceUse("Reserve accounts", s.reserves, "reserves", "finance.reserves"))
    return uses


def structure(case: FinancialCase, timeline: _Timeline, revenue: Sequence[Decimal], net: Sequence[Decimal],
              rate: Decimal | None, currency: str | None, problems: _Problems,
              phases: Sequence[Any] | None = None) -> Structure | None:
    """The financing structure and the investor's figures; None when no year is entered."""
    if not timeline.entered:
        return None
    s = _setup(case, timeline, revenue, net, rate, currency, problems)
    n = len(s.years)
    with decimal.localcontext(_CONTEXT):
        base = _evaluate(s, _Variant())
        for loan, years, _, _ in base.loans:
            first = next((t for t, y in enumerate(years) if y.drawn > 0), 0)
            if any(y.principal > 0 for y in years[: s.cod]):
                problems.say(f"finance.funding[{loan.index}].grace_years", "repayment_before_operation",
                             label=loan.label, year=s.years[first + loan.grace + 1],
                             start=s.years[min(s.cod, n - 1)])
        loans = tuple(
            LoanSchedule(
                index=loan.index, path=f"finance.funding[{loan.index}]", label=loan.label, amount=loan.amount,
                currency=loan.currency, foreign=loan.foreign, rate_pct=loan.rate, tenor_years=loan.tenor,
                grace_years=loan.grace, annuity=loan.annuity, fee=fee,
                first_year=s.years[next((t for t, y in enumerate(years) if y.drawn > 0), 0)],
                years=tuple(replace(y, year=s.years[y.year_index]) for y in years), outstanding_at_end=outstanding,
            )
            for loan, years, fee, outstanding in base.loans
        )
        dscr_years = [(d, s.years[t]) for t, d in enumerate(base.dscr) if d is not None]
        dscr_min = min(dscr_years, default=None)
        dscr_average = sum((d for d, _ in dscr_years), _ZERO) / len(dscr_years) if dscr_years else None
        below = tuple(year for d, year in dscr_years if s.min_dscr is not None and d < s.min_dscr)
        irr_tv: tuple[Decimal | None, tuple[Decimal, ...], str] = (None, (), "")
        if base.terminal is not None:
            irr_tv = _irr(_cents([*base.net[:-1], base.net[-1] + base.terminal]), s.rate)
        equity_irr = _irr(_cents(base.equity), s.cost_of_equity) if base.equity else (None, (), "")
        has_equity_case = bool(s.sources or s.loans)
        # Shareholders.
        equity_sources = [(i, label, amount) for i, label, kind, amount in s.sources if kind == "equity"]
        sources_list = list(getattr(case, "funding", None) or [])
        shares = [_pct(getattr(sources_list[i], "shareholding_pct", None)) for i, _, _ in equity_sources]
        equity_total = sum((a for _, _, a in equity_sources), _ZERO)
        holders = []
        for (i, label, amount), share in zip(equity_sources, shares, strict=True):
            pct = share if share is not None else (amount * _HUNDRED / equity_total if equity_total else None)
            kind = getattr(sources_list[i], "investor_type", None)
            holders.append(Shareholder(i, f"finance.funding[{i}]", label, amount, pct, share is None,
                                       kind, bool(getattr(sources_list[i], "japanese", False))))
        given = [h.share_pct for h in holders if not h.share_from_amount and h.share_pct is not None]
        if given and len(given) == len(holders) and abs(sum(given, _ZERO) - _HUNDRED) > Decimal("0.5"):
            problems.say("finance.funding", "shares_not_100", total=f"{sum(given, _ZERO):f}")
        # Sources and uses.
        uses = _uses(s, base, phases)
        sources = [SourceUse(label, amount, kind, f"finance.funding[{i}]") for i, label, kind, amount in s.sources]
        total_uses = sum((u.amount for u in uses), _ZERO)
        total_sources = sum((x.amount for x in sources), _ZERO)
        difference = total_sources - total_uses
        balanced = abs(difference) <= total_uses * BALANCE_TOLERANCE_PCT / _HUNDRED if total_uses else None
        s_and_u = SourcesAndUses(tuple(uses), tuple(sources), total_uses, total_sources, difference, balanced,
                                 BALANCE_TOLERANCE_PCT, s.guarantees)
        # Break-evens, tornado, scenarios, currency.
        break_evens = [_break_evens(s, with_terminal=False)]
        if base.terminal is not None:
            break_evens.append(_break_evens(s, with_terminal=True))
        detail = _Detail(s, case)
    return Structure(
        operations_start_year=s.years[s.cod] if s.cod < n else None, operations_note=s.cod_note,
        loans=loans, interest=tuple(base.interest), principal=tuple(base.principal), debt_service=tuple(base.service),
        depreciation=tuple(base.depreciation), tax=tuple(base.tax), cfads=tuple(base.cfads), dscr=tuple(base.dscr),
        dscr_min=dscr_min[0] if dscr_min else None, dscr_min_year=dscr_min[1] if dscr_min else None,
        dscr_average=dscr_average, min_dscr=s.min_dscr, dscr_below_minimum=below,
        interest_during_construction=base.idc, fees=base.fees, debt_outstanding_at_end=base.outstanding,
        equity_flows=tuple(base.equity) if has_equity_case else (), equity_irr=equity_irr[0] if has_equity_case else None,
        equity_irr_roots=equity_irr[1] if has_equity_case else (), equity_irr_note=equity_irr[2] if has_equity_case else "",
        cost_of_equity_pct=s.cost_of_equity, equity_npv=_npv(base.equity, s.cost_of_equity) if has_equity_case else None,
        shareholders=tuple(holders),
        terminal_method=s.terminal, terminal_value=base.terminal, terminal_note=base.terminal_note,
        npv_with_terminal=base.npv_with_terminal, irr_with_terminal=irr_tv[0], irr_with_terminal_note=irr_tv[2],
        sources_and_uses=s_and_u, break_even=tuple(break_evens), detail=detail,
    )


class _Detail:
    """The tornado, the named scenarios and the currency case: worked out when first asked for.

    Each is a full case with its own exact IRRs, so together they cost ten times the base case; the
    readiness rules never read them, the finance page, ``check --json`` and the exports do.
    """

    def __init__(self, setup: _Setup, case: FinancialCase) -> None:
        self._s = setup
        self._rows = list(getattr(case, "scenarios", None) or [])

    @functools.cached_property
    def base(self) -> CaseFigures:
        return _figures(self._s, "base", "Base case", "The numbers as entered.", _Variant())

    @functools.cached_property
    def tornado(self) -> tuple[TornadoBar, ...]:
        s = self._s
        base = _evaluate(s, _Variant(), full=False)
        step = TORNADO_STEP_PCT / _HUNDRED
        bars = []
        with decimal.localcontext(_CONTEXT):
            for key, label, moved in _TORNADO:
                if key == "interest_rate" and not s.loans:
                    continue
                if key == "terminal_value" and base.terminal is None:
                    continue
                if key == "discount_rate" and s.rate is None:
                    continue
                low = _figures(s, f"{key}_minus_20", f"{label} -20%", "", moved(_ONE - step))
                high = _figures(s, f"{key}_plus_20", f"{label} +20%", "", moved(_ONE + step))
                swing = (abs(high.npv_with_terminal - low.npv_with_terminal)
                         if high.npv_with_terminal is not None and low.npv_with_terminal is not None else None)
                bars.append(TornadoBar(key, label, low, high, swing))
        bars.sort(key=lambda bar: -(bar.swing or _ZERO))
        return tuple(bars)

    @functools.cached_property
    def scenarios(self) -> tuple[CaseFigures, ...]:
        out = [self.base]
        with decimal.localcontext(_CONTEXT):
            for i, row in enumerate(self._rows):
                name = str(getattr(row, "name", "") or "").strip() or f"Scenario {i + 1}"
                out.append(_figures(self._s, f"scenario_{i}", name,
                                    str(getattr(row, "description", "") or "").strip(), _scenario_variant(row)))
        return tuple(out)

    @functools.cached_property
    def fx(self) -> FxCase | None:
        s = self._s
        foreign = tuple(loan.label for loan in s.loans if loan.foreign)
        if not foreign or s.fx_pct is None:
            return None
        with decimal.localcontext(_CONTEXT):
            stressed = _figures(s, "fx", f"Local currency -{s.fx_pct:f}% a year", "", _Variant(fx_pct=s.fx_pct))
        return FxCase(s.fx_pct, foreign, self.base, stressed)

