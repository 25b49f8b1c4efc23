"""The financial case: from the planner's yearly numbers to the figures investors check first.

Pure Python, no Qt, no numpy: the wizard's finance page recomputes on every edit, ``citypitch check
--json`` reports the figures and the deck draws its financial and funding slides from them.

API (stable)::

    compute(case: FinancialCase) -> FinancialResults
    results_to_json(results: FinancialResults) -> dict

:func:`compute` never raises on a :class:`~wizard.model.FinancialCase` the model accepts, drafts
included (everything ``None`` or empty).  What it cannot work out is ``None`` in the results, and
``results.problems`` says why, each :class:`FinanceProblem` naming the model path of the field to fix
(``finance.discount_rate_pct``, ``finance.lines[3].year``, ...).  It even copes with values the
model would refuse on assignment (negative capex, a rate of -100 %, a horizon of 0) in a case built
without validation.

Conventions (what an investor or a reviewer needs to know to check the figures):

- **Money is Decimal** from input to output; sums are exact, divisions are carried to 60 significant
  digits.  Nothing is rounded here; :mod:`wizard.money` rounds for display only.
- **Timeline.**  Year index ``t = year - base_year``.  Without a base year, the earliest year entered
  stands in (and a problem says so).  The appraisal period is ``base_year .. base_year + horizon - 1``;
  without a horizon it runs to the last year entered.  Years with no line count as zero; lines
  outside the period are left out of every figure (with a problem at the line).  Two lines for the
  same year are added together (with a problem).
- **Net cash flow** of a year = total revenue - opex - capex.
- **NPV**: end-of-year discounting, ``NPV = sum(net_t / (1 + r) ** t)``, so the base year's flows
  count at face value (``t = 0``).  This is the convention of ``numpy_financial.npv``; note that a
  spreadsheet's ``NPV()`` function discounts its first value by one period.
- **IRR**: every rate ``r > -100 %`` at which the NPV is zero is found exactly: the net flows are
  scaled to integers, the positive roots of ``sum(net_t * x ** t)`` (``x = 1 / (1 + r)``) are isolated
  with Descartes' rule of signs on dyadic intervals, then bisected on exact integers until known to
  2**-64 (about 5e-20) of ``1 + r``.  No root is missed, however close two roots are (two roots
  whose ``x`` differ by less than 2**-64 count as one, as does a double root, which the NPV touches
  without crossing).  Rates are given in percent with ten decimals.
  - No sign change in the net flows: ``irr`` is None, ``irr_note`` "not defined: the cash flows never
    change sign".
  - Several roots (possible with several sign changes): all are in ``irr_roots``; ``irr`` is the one
    nearest the discount rate (nearest 0 % when there is no discount rate), because an investor
    reads an IRR against that rate; ``irr_note`` warns that the IRR is ambiguous and the NPV should
    be relied on instead.
  - ``numpy_financial.irr`` picks the root nearest 0 %: with a single root both agree.
- **Payback** (simple, and discounted at the discount rate), in years after the base year: flows of
  year ``t`` arrive at time ``t`` and the cumulative cash flow is interpolated linearly within a year.
  Payback is the moment after which the cumulative flow stays at or above zero to the end of the
  period.  None with a note when it is never reached, or when there is nothing to pay back.
- **Funding**: ``gap = total capex - committed funding`` when positive; when committed funding
  exceeds capex the gap is 0 and ``surplus`` holds the excess.  Shares are of the total of all
  funding sources.  Japanese equity = JOIN equity, plus sources marked Japanese whose instrument is
  equity or whose type is private equity, grouped by funder name.  JOIN must never be the largest
  Japanese shareholder: ``join_is_largest_japanese_equity`` is True when JOIN's stake is at least as
  large as every other Japanese stake (a tie counts against JOIN), None when there is no JOIN equity.
- **Sensitivities**: ``capex_plus_20`` (every capex x 1.2), ``revenue_minus_20`` (every revenue
  stream x 0.8) and ``delay_1y``: construction slips a year, so capex stays where it is while every
  opex and revenue amount moves one year later; what moves past the end of the period is lost (the
  appraisal period, like a concession, does not stretch).
- **USD and JPY**: every headline amount converted with :func:`wizard.money.convert`
  (``results.equivalents[name]``, name one of ``total_capex``, ``total_opex``, ``total_revenue``,
  ``total_net``, ``npv``, ``funding_total``, ``funding_committed``, ``funding_in_discussion``,
  ``funding_sought``, ``funding_gap``, ``funding_surplus``, ``join_equity``, ``ask``; each
  sensitivity has its own ``npv_equivalent``), None when the rate is missing.

Problem codes (``FinanceProblem.code``, stable, for rules that need to tell problems apart):
``currency_missing``; ``discount_rate_missing``, ``discount_rate_invalid``, ``discount_rate_too_low``,
``discount_rate_too_high``; ``horizon_missing``, ``horizon_invalid``; ``base_year_missing``,
``base_year_invalid``; ``rate_missing``, ``rate_invalid``, ``rate_ignored``, ``rates_date_missing``;
``lines_missing``, ``lines_outside_period``, ``line_empty``, ``year_missing``, ``year_invalid``,
``year_duplicate``, ``year_out_of_order``, ``year_outside_period``; ``negative_amount``,
``amount_not_number``, ``amount_out_of_range``; ``funding_amount_missing``, ``funding_amount_invalid``,
``funding_status_missing``, ``ask_invalid``; ``join_largest`` (JOIN would be the largest Japanese
shareholder).
"""

from __future__ import annotations

import decimal
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal
from fractions import Fraction
from types import MappingProxyType
from typing import Any

from wizard.model import (
    REVENUE_FIELDS,
    YEAR_MAX,
    YEAR_MIN,
    FinancialCase,
    FundingStatus,
    FundingType,
    Instrument,
    YearLine,
)
from wizard.money import RATE_LIMIT, RATE_MIN, convert, format_money, format_percent

__all__ = [
    "Equivalent",
    "FinanceProblem",
    "FinancialResults",
    "FundingLine",
    "FundingSummary",
    "JapaneseStake",
    "Scenario",
    "compute",
    "results_to_json",
]

# Generous precision: 24-digit amounts raised to powers of (1 + r) over a 100-year horizon.
_CONTEXT = decimal.Context(
    prec=60,
    rounding=decimal.ROUND_HALF_EVEN,
    traps=[decimal.InvalidOperation, decimal.DivisionByZero, decimal.Overflow],
)
_ZERO = Decimal(0)
_HUNDRED = Decimal(100)

#: Descartes bisection depth: roots closer than 2**-64 (in x = 1/(1+r)) are reported as one.
_MAX_DEPTH = 64
#: Bisection after isolation: the root is known to 2**-64 of its own size (at most 400 halvings,
#: enough for any root the model's 24-digit amounts can produce).
_REFINE_STEPS = 64
_REFINE_MAX_STEPS = 400

# The model's own limits (Money: 24 digits, 2 decimals; horizon 1-100 years; rate up to 100%),
# enforced again here for cases built without validation, so that no input can make the arithmetic
# explode (a horizon of 10**9 years, an amount of 10**500000).
_AMOUNT_LIMIT = Decimal("1e22")
_CENT_Q = Decimal("0.01")
_HORIZON_MAX = 100
_RATE_MAX = Decimal(100)

_LINE_AMOUNTS: tuple[str, ...] = ("capex", "opex", *REVENUE_FIELDS)

IRR_NO_SIGN_CHANGE = "not defined: the cash flows never change sign"
IRR_ALL_ZERO = "not defined: every net cash flow is zero"
IRR_NO_ROOT = "not defined: no discount rate above -100% makes the NPV zero"


# --- results ----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class FinanceProblem:
    """Something that keeps a figure from being computed, or makes it doubtful, at one field."""

    path: str
    message: str
    code: str = ""


@dataclass(frozen=True)
class Equivalent:
    """An amount in US dollars and in yen (None where the exchange rate is missing)."""

    usd: Decimal | None
    jpy: Decimal | None


@dataclass(frozen=True)
class Scenario:
    """One sensitivity case: the project with one assumption made worse."""

    key: str
    label: str
    description: str
    net: tuple[Decimal, ...]
    npv: Decimal | None
    npv_change: Decimal | None
    npv_equivalent: Equivalent
    irr: Decimal | None
    irr_roots: tuple[Decimal, ...]
    irr_note: str


@dataclass(frozen=True)
class FundingLine:
    """One funding source as entered, with its share of all funding."""

    index: int
    path: str
    source_type: FundingType | None
    label: str
    amount: Decimal | None
    status: FundingStatus | None
    japanese: bool
    share_pct: Decimal | None


@dataclass(frozen=True)
class JapaneseStake:
    """The equity one Japanese investor puts in (all its lines together)."""

    investor: str
    amount: Decimal
    is_join: bool
    share_pct: Decimal | None  # of all Japanese equity


@dataclass(frozen=True)
class FundingSummary:
    """Who pays for what, against total capex, and the ask to Japanese investors."""

    total: Decimal | None
    committed: Decimal | None
    in_discussion: Decimal | None
    sought: Decimal | None
    unspecified: Decimal | None
    gap: Decimal | None
    surplus: Decimal | None
    coverage_pct: Decimal | None  # committed funding as a share of total capex
    lines: tuple[FundingLine, ...]
    by_type: tuple[tuple[FundingType | None, Decimal, Decimal | None], ...]  # (type, amount, share %)
    japanese_equity: tuple[JapaneseStake, ...]
    join_equity: Decimal | None
    join_is_largest_japanese_equity: bool | None
    ask: Decimal | None
    ask_minus_gap: Decimal | None
    ask_covers_gap: bool | None


@dataclass(frozen=True)
class FinancialResults:
    """Everything :func:`compute` works out; per-year figures are tuples aligned with ``years``."""

    currency: str | None
    base_year: int | None
    horizon_years: int | None
    discount_rate_pct: Decimal | None
    years: tuple[int, ...]
    capex: tuple[Decimal, ...]
    opex: tuple[Decimal, ...]
    revenue_by_stream: Mapping[str, tuple[Decimal, ...]]
    revenue: tuple[Decimal, ...]
    net: tuple[Decimal, ...]
    cumulative: tuple[Decimal, ...]
    discounted_net: tuple[Decimal, ...]  # empty when there is no usable discount rate
    cumulative_discounted: tuple[Decimal, ...]
    total_capex: Decimal | None
    total_opex: Decimal | None
    total_revenue: Decimal | None
    total_revenue_by_stream: Mapping[str, Decimal]
    total_net: Decimal | None
    npv: Decimal | None
    irr: Decimal | None  # percent
    irr_roots: tuple[Decimal, ...]  # percent, ascending
    irr_note: str
    payback_years: Decimal | None
    payback_note: str
    discounted_payback_years: Decimal | None
    discounted_payback_note: str
    funding: FundingSummary
    sensitivities: tuple[Scenario, ...]
    equivalents: Mapping[str, Equivalent]
    problems: tuple[FinanceProblem, ...] = field(default=())

    def problems_at(self, path: str) -> list[FinanceProblem]:
        """The problems reported at ``path`` or below it (``finance.lines`` includes its lines)."""
        return [p for p in self.problems if p.path == path or p.path.startswith((path + ".", path + "["))]


# --- reading the case defensively ---------------------------------------------------------------------


class _Problems:
    def __init__(self) -> None:
        self.items: list[FinanceProblem] = []

    def add(self, path: str, message: str, code: str) -> None:
        self.items.append(FinanceProblem(path, message, code))


def _decimal(value: object) -> Decimal | None:
    """``value`` as a finite Decimal; None when it is missing or not a number at all."""
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, Decimal):
        return value if value.is_finite() else None
    if isinstance(value, int):
        return Decimal(value)
    try:
        # A float can only get here from a case built without validation: use its shortest repr.
        result = Decimal(repr(value)) if isinstance(value, float) else Decimal(str(value))
    except (decimal.InvalidOperation, ValueError, TypeError):
        return None
    return result if result.is_finite() else None


def _shown(raw: object) -> str:
    """A value the model would have refused, quoted for a message (short: it may be anything)."""
    text = f"{raw:f}" if isinstance(raw, Decimal) and raw.is_finite() and abs(raw.adjusted()) < 30 else str(raw)
    text = " ".join(text.split())
    return f"“{text[:40]}…”" if len(text) > 40 else f"“{text}”"


def _year(value: object) -> int | None:
    if isinstance(value, bool) or not isinstance(value, int):
        return None
    return value if YEAR_MIN <= value <= YEAR_MAX else None


def _label(field_name: str) -> str:
    info = YearLine.model_fields.get(field_name)
    return (info.title if info and info.title else field_name).lower()


def _code(currency: object) -> str | None:
    return str(currency).upper() if currency else None


def _amount(
    line: object, name: str, path: str, year: int | None, currency: str | None, problems: _Problems
) -> Decimal:
    raw = getattr(line, name, None)
    if raw is None:
        return _ZERO
    value = _decimal(raw)
    where = f" in {year}" if year else ""
    if value is None:
        problems.add(
            f"{path}.{name}",
            f"The amount for {_label(name)}{where} is not a number ({_shown(raw)}); it is left out of the figures.",
            "amount_not_number",
        )
        return _ZERO
    if abs(value) >= _AMOUNT_LIMIT or value != value.quantize(_CENT_Q, context=_CONTEXT):
        problems.add(
            f"{path}.{name}",
            f"The amount for {_label(name)}{where} is beyond what the wizard accepts (below 10^22, with at most two "
            "decimals); it is left out of the figures.",
            "amount_out_of_range",
        )
        return _ZERO
    if value < 0:
        problems.add(
            f"{path}.{name}",
            f"The amount for {_label(name)}{where} is negative ({format_money(value, currency)}). Enter costs and "
            "revenues as positive amounts; this one is left out of the figures until then.",
            "negative_amount",
        )
        return _ZERO
    return value


# --- exact IRR ----------------------------------------------------------------------------------------


def _integers(flows: Sequence[Decimal]) -> list[int]:
    """The flows scaled by one power of ten so that all are integers (exact, no rounding)."""
    parts = [f.as_tuple() for f in flows]
    exponents = [int(p.exponent) for p, f in zip(parts, flows, strict=True) if f != 0]
    scale = max(0, -min(exponents)) if exponents else 0
    out = []
    for p in parts:
        digits = int("".join(map(str, p.digits))) if p.digits else 0
        value = digits * 10 ** (int(p.exponent) + scale) if int(p.exponent) + scale >= 0 else 0
        out.append(-value if p.sign else value)
    return out


def _sign_changes(values: Iterable[int | Decimal]) -> int:
    changes, last = 0, 0
    for v in values:
        if v == 0:
            continue
        sign = 1 if v > 0 else -1
        if last and sign != last:
            changes += 1
        last = sign
    return changes


def _shift1(p: list[int]) -> list[int]:
    """Coefficients (lowest degree first) of ``p(x + 1)``: the classic O(n**2) Taylor shift."""
    q = list(p)
    n = len(q) - 1
    for i in range(n):
        for j in range(n - 1, i - 1, -1):
            q[j] += q[j + 1]
    return q


def _variations_01(p: list[int]) -> int:
    """Descartes' bound on the roots of ``p`` in (0, 1); exact when it is 0 or 1."""
    return _sign_changes(_shift1(p[::-1]))


def _first_nonzero(p: list[int]) -> tuple[int, int]:
    for i, c in enumerate(p):
        if c:
            return i, c
    return 0, 0


def _sign_at(p: list[int], m: int, k: int) -> int:
    """Sign of ``p(m / 2**k)``, computed exactly on integers (homogeneous Horner)."""
    n = len(p) - 1
    scale = 1 << k
    acc = p[n]
    power = 1
    for i in range(n - 1, -1, -1):
        power *= scale
        acc = acc * m + p[i] * power
    return (acc > 0) - (acc < 0)


def _refine(p: list[int], lo: Fraction, hi: Fraction) -> Fraction:
    """The single simple root of ``p`` (local to ``(lo, hi)`` as ``(0, 1)``), by exact bisection."""
    # Signs just inside the ends: the lowest non-zero Taylor coefficient at each end decides them.
    _, s_lo = _first_nonzero(p)
    k_hi, c_hi = _first_nonzero(_shift1(p))
    sign_lo = (s_lo > 0) - (s_lo < 0)
    sign_hi = ((c_hi > 0) - (c_hi < 0)) * (-1 if k_hi % 2 else 1)
    m_lo, m_hi, k = 0, 1, 0
    width = hi - lo
    # Equal signs cannot happen for an isolated simple root; the interval's middle is then the answer.
    if sign_lo != sign_hi:
        # Bisect until the root is known to 2**-64 of its own size (relative, not absolute: a root
        # at x = 1e-12, an IRR of 10**14 %, needs far more steps than one near 1).
        while k < _REFINE_MAX_STEPS and (
            k < _REFINE_STEPS or width * (m_hi - m_lo) * (1 << _REFINE_STEPS) > lo * (1 << k) + width * m_lo
        ):
            m_lo, m_hi, k = 2 * m_lo, 2 * m_hi, k + 1
            mid = m_lo + 1
            s = _sign_at(p, mid, k)
            if s == 0:
                m_lo = m_hi = mid
                break
            if s == sign_lo:
                m_lo = mid
            else:
                m_hi = mid
    u = Fraction(m_lo + m_hi, 2 << k)
    return lo + (hi - lo) * u


def _roots_01(p: list[int]) -> list[Fraction]:
    """Every root of the integer polynomial ``p`` strictly inside (0, 1), ascending."""
    roots: list[Fraction] = []
    # Iterative depth-first search over dyadic intervals, each with its local polynomial.
    stack: list[tuple[list[int], Fraction, Fraction, int]] = [(p, Fraction(0), Fraction(1), 0)]
    while stack:
        q, lo, hi, depth = stack.pop()
        v = _variations_01(q)
        if v == 0:
            continue
        if v == 1:
            roots.append(_refine(q, lo, hi))
            continue
        mid = (lo + hi) / 2
        if depth >= _MAX_DEPTH:
            roots.append(mid)  # a multiple root, or a cluster too tight to tell apart
            continue
        n = len(q) - 1
        left = [c << (n - i) for i, c in enumerate(q)]  # 2**n q(u/2): (lo, mid) as (0, 1)
        right = _shift1(left)  # 2**n q((u+1)/2): (mid, hi) as (0, 1)
        if right[0] == 0:
            roots.append(mid)
        stack.append((right, mid, hi, depth + 1))
        stack.append((left, lo, mid, depth + 1))
    return sorted(set(roots))


def _deflate_at_one(p: list[int]) -> list[int]:
    """``p(x) / (x - 1)`` for a polynomial with ``p(1) == 0`` (synthetic division, exact)."""
    n = len(p) - 1
    out = [0] * n
    carry = 0
    for i in range(n, 0, -1):
        carry = p[i] + carry
        out[i - 1] = carry
    return out


def _irr_roots(flows: Sequence[Decimal]) -> list[Decimal]:
    """Every rate r > -1 (as a fraction, not percent) at which ``sum(flows[t] / (1+r)**t)`` is 0."""
    p = _integers(flows)
    while p and p[0] == 0:  # a factor x: a "root" at r = infinity, not a rate
        p.pop(0)
    while p and p[-1] == 0:
        p.pop()
    if len(p) < 2:
        return []
    rates: list[Fraction] = []
    if sum(p) == 0:
        rates.append(Fraction(0))
        while len(p) > 1 and sum(p) == 0:
            p = _deflate_at_one(p)
    if len(p) >= 2:
        # x in (0, 1) means r > 0; y = 1/x in (0, 1) (roots of the reversed polynomial) means r < 0.
        rates += [(1 - x) / x for x in _roots_01(p)]
        rates += [y - 1 for y in _roots_01(p[::-1])]
    with decimal.localcontext(_CONTEXT):
        return sorted({Decimal(r.numerator) / Decimal(r.denominator) for r in rates})


def _irr(flows: Sequence[Decimal], rate_pct: Decimal | None) -> tuple[Decimal | None, tuple[Decimal, ...], str]:
    """(chosen IRR in percent, every root in percent, note) for the net flows."""
    if not flows or all(f == 0 for f in flows):
        return None, (), IRR_ALL_ZERO
    if _sign_changes(flows) == 0:
        return None, (), IRR_NO_SIGN_CHANGE
    with decimal.localcontext(_CONTEXT):
        roots = tuple(sorted({_percent(r * _HUNDRED) for r in _irr_roots(flows)}))
        if not roots:
            return None, (), IRR_NO_ROOT
        if len(roots) == 1:
            return roots[0], roots, ""
        target = rate_pct if rate_pct is not None else _ZERO
        chosen = min(roots, key=lambda r: (abs(r - target), r))
        listed = ", ".join(format_percent(r, decimals=2) for r in roots)
        nearest = "the discount rate" if rate_pct is not None else "0%"
        note = (
            f"ambiguous: {len(roots)} rates make the NPV zero ({listed}) because the cash flows change "
            f"sign more than once; the one nearest {nearest} is shown. Judge the project by its NPV."
        )
        return chosen, roots, note


def _percent(value: Decimal) -> Decimal:
    # 10 decimals of a percent: far finer than the bisection's error, short enough to read in JSON.
    return value.quantize(Decimal("1e-10"))


# --- NPV and payback --------------------------------------------------------------------------------


def _discounted(flows: Sequence[Decimal], rate_pct: Decimal) -> list[Decimal]:
    with decimal.localcontext(_CONTEXT):
        factor = 1 + rate_pct / _HUNDRED
        out = []
        discount = Decimal(1)
        for flow in flows:
            out.append(flow / discount)
            discount *= factor
        return out


def _npv(flows: Sequence[Decimal], rate_pct: Decimal | None) -> Decimal | None:
    if rate_pct is None or not flows:
        return None
    with decimal.localcontext(_CONTEXT):
        return sum(_discounted(flows, rate_pct), _ZERO)


def _cumulate(flows: Sequence[Decimal]) -> list[Decimal]:
    out, total = [], _ZERO
    with decimal.localcontext(_CONTEXT):
        for flow in flows:
            total += flow
            out.append(total)
    return out


def _payback(flows: Sequence[Decimal]) -> tuple[Decimal | None, str]:
    """Years after the base year until the cumulative flow turns non-negative for good."""
    if not flows:
        return None, ""
    cumulative = _cumulate(flows)
    negative = [t for t, c in enumerate(cumulative) if c < 0]
    if not negative:
        return None, "nothing to pay back: the cumulative cash flow is never negative"
    last = negative[-1]
    if last == len(cumulative) - 1:
        return None, "not paid back within the period"
    with decimal.localcontext(_CONTEXT):
        # Linear within year last+1, whose flow is positive because the cumulative rises past zero.
        return Decimal(last) - cumulative[last] / flows[last + 1], ""


# --- the computation ---------------------------------------------------------------------------------


@dataclass
class _Timeline:
    years: list[int]
    capex: list[Decimal]
    opex: list[Decimal]
    streams: dict[str, list[Decimal]]
    entered: bool  # at least one line inside the period


def _read_settings(case: FinancialCase, problems: _Problems) -> tuple[str | None, Decimal | None, int | None]:
    currency = _code(getattr(case, "currency", None))
    if currency is None:
        problems.add("finance.currency", "Choose the currency the financial case is entered in.", "currency_missing")

    rate = _decimal(getattr(case, "discount_rate_pct", None))
    raw_rate = getattr(case, "discount_rate_pct", None)
    if raw_rate is None:
        problems.add(
            "finance.discount_rate_pct",
            "Enter the discount rate (% a year); the NPV and discounted payback need it.",
            "discount_rate_missing",
        )
    elif rate is None:
        problems.add("finance.discount_rate_pct", f"The discount rate is not a number ({_shown(raw_rate)}).",
                     "discount_rate_invalid")
    elif rate <= -100:
        problems.add(
            "finance.discount_rate_pct",
            f"A discount rate of {_show_rate(rate)} is impossible: it must be above -100% "
            "(at -100% future money would be worth nothing, or less). The NPV is not computed.",
            "discount_rate_too_low",
        )
        rate = None
    elif rate > _RATE_MAX:
        problems.add(
            "finance.discount_rate_pct",
            f"A discount rate of {_show_rate(rate)} is beyond the 100% a year the wizard accepts; "
            "the NPV is not computed.",
            "discount_rate_too_high",
        )
        rate = None

    raw_horizon = getattr(case, "horizon_years", None)
    horizon = raw_horizon if isinstance(raw_horizon, int) and not isinstance(raw_horizon, bool) else None
    if raw_horizon is not None and (horizon is None or not 1 <= horizon <= _HORIZON_MAX):
        problems.add(
            "finance.horizon_years",
            f"The horizon must be between 1 and {_HORIZON_MAX} years (it is {_shown(raw_horizon)}); the years entered "
            "are used instead.",
            "horizon_invalid",
        )
        horizon = None
    return currency, rate, horizon


def _show_rate(rate: Decimal) -> str:
    return format_percent(rate, decimals=2) if abs(rate) < 10**12 else f"{rate:E}%"


def _read_rates(case: FinancialCase, currency: str | None, problems: _Problems) -> None:
    any_rate = False
    for name, code in (("local_per_usd", "USD"), ("local_per_jpy", "JPY")):
        raw = getattr(case, name, None)
        value = _decimal(raw)
        path = f"finance.{name}"
        if raw is not None and (value is None or not RATE_MIN <= value < RATE_LIMIT):
            problems.add(path, f"The rate for 1 {code} must be a positive number with at most 10 decimals "
                         f"(it is {_shown(raw)}); amounts in {code} are left blank.", "rate_invalid")
        if currency == code:
            if value is not None and value != 1:
                problems.add(path, f"The case is in {code}, so 1 {code} is 1 {code}: the rate entered "
                             f"({raw}) is ignored.", "rate_ignored")
            continue
        if value is not None and RATE_MIN <= value < RATE_LIMIT:
            any_rate = True
        elif raw is None:
            local = currency or "local currency"
            problems.add(
                path,
                f"Enter the exchange rate: how many {local} make 1 {code}. Amounts in {code} are left blank until then.",
                "rate_missing",
            )
    if any_rate and getattr(case, "rates_date", None) is None:
        problems.add("finance.rates_date", "Enter the date the exchange rates were taken.", "rates_date_missing")


def _read_lines(
    case: FinancialCase, currency: str | None, horizon: int | None, problems: _Problems
) -> tuple[int | None, _Timeline]:
    lines = list(getattr(case, "lines", None) or [])
    empty = _Timeline([], [], [], {name: [] for name in REVENUE_FIELDS}, False)
    if not lines:
        problems.add("finance.lines", "Enter the yearly capex, opex and revenues.", "lines_missing")

    # (index, year, amounts) for every line that has something in it.
    rows: list[tuple[int, int | None, dict[str, Decimal]]] = []
    previous: int | None = None
    seen: dict[int, int] = {}
    for i, line in enumerate(lines):
        path = f"finance.lines[{i}]"
        raw_year = getattr(line, "year", None)
        year = _year(raw_year)
        has_amounts = any(getattr(line, name, None) is not None for name in _LINE_AMOUNTS)
        if raw_year is None and not has_amounts:
            problems.add(path, f"Line {i + 1} is empty: fill it in or remove it.", "line_empty")
            continue
        amounts = {name: _amount(line, name, path, year, currency, problems) for name in _LINE_AMOUNTS}
        if year is None:
            what = "has no year" if raw_year is None else f"has an impossible year ({_shown(raw_year)})"
            problems.add(f"{path}.year", f"Line {i + 1} {what}; it is left out of the figures until it has one.",
                         "year_missing" if raw_year is None else "year_invalid")
            continue
        if year in seen:
            problems.add(
                f"{path}.year",
                f"{year} appears twice (lines {seen[year] + 1} and {i + 1}); their amounts are added "
                "together. Merge them into one line or correct the year.",
                "year_duplicate",
            )
        elif previous is not None and year < previous:
            problems.add(
                f"{path}.year",
                f"The years are out of order: {year} comes after {previous}. The figures use year order; "
                "sort the lines so the table reads the same way.",
                "year_out_of_order",
            )
        seen.setdefault(year, i)
        previous = year if previous is None else max(previous, year)
        rows.append((i, year, amounts))

    raw_base = getattr(case, "base_year", None)
    base = _year(raw_base)
    years_entered = [year for _, year, _ in rows if year is not None]
    if base is None:
        if raw_base is not None:
            problems.add("finance.base_year", f"The base year {_shown(raw_base)} is not a usable year.", "base_year_invalid")
        if years_entered:
            base = min(years_entered)
            if raw_base is None:
                problems.add(
                    "finance.base_year",
                    f"Enter the base year (year 0 of the discounting); {base}, the earliest year entered, is used "
                    "until then.",
                    "base_year_missing",
                )
        else:
            if raw_base is None and lines:
                problems.add("finance.base_year", "Enter the base year.", "base_year_missing")
            return None, empty
    if horizon is not None:
        end = base + horizon - 1
    else:
        end = max([base, *years_entered])
        if years_entered and getattr(case, "horizon_years", None) is None:
            problems.add(
                "finance.horizon_years",
                f"Enter the horizon (number of years appraised); {base}-{end}, the years entered, is used until then.",
                "horizon_missing",
            )
    years = list(range(base, end + 1))
    zeros = [_ZERO] * len(years)
    timeline = _Timeline(years, list(zeros), list(zeros), {name: list(zeros) for name in REVENUE_FIELDS}, False)
    for i, year, amounts in rows:
        assert year is not None
        if not base <= year <= end:
            problems.add(
                f"finance.lines[{i}].year",
                f"{year} is outside the period appraised ({base}-{end}); this line is left out of the figures. "
                "Change the base year or horizon, or the line's year.",
                "year_outside_period",
            )
            continue
        t = year - base
        timeline.entered = True
        with decimal.localcontext(_CONTEXT):
            timeline.capex[t] += amounts["capex"]
            timeline.opex[t] += amounts["opex"]
            for name in REVENUE_FIELDS:
                timeline.streams[name][t] += amounts[name]
    if not timeline.entered:
        if lines and rows:
            problems.add("finance.lines", f"No line falls within the period appraised ({base}-{end}).",
                         "lines_outside_period")
        return base, _Timeline(years, [], [], {name: [] for name in REVENUE_FIELDS}, False)
    return base, timeline


def _net(capex: Sequence[Decimal], opex: Sequence[Decimal], revenue: Sequence[Decimal]) -> list[Decimal]:
    with decimal.localcontext(_CONTEXT):
        return [r - o - c for c, o, r in zip(capex, opex, revenue, strict=True)]


def _revenue(streams: Mapping[str, Sequence[Decimal]], length: int) -> list[Decimal]:
    with decimal.localcontext(_CONTEXT):
        return [sum((streams[name][t] for name in REVENUE_FIELDS), _ZERO) for t in range(length)]


def _scenarios(
    timeline: _Timeline, rate: Decimal | None, base_npv: Decimal | None, case: FinancialCase
) -> tuple[Scenario, ...]:
    if not timeline.entered:
        return ()
    n = len(timeline.years)
    revenue = _revenue(timeline.streams, n)
    with decimal.localcontext(_CONTEXT):
        up = Decimal("1.2")
        down = Decimal("0.8")
        variants = [
            (
                "capex_plus_20",
                "Capex +20%",
                "Every year's capex 20% higher.",
                _net([c * up for c in timeline.capex], timeline.opex, revenue),
            ),
            (
                "revenue_minus_20",
                "Revenue -20%",
                "Every revenue stream 20% lower in every year.",
                _net(timeline.capex, timeline.opex, [r * down for r in revenue]),
            ),
            (
                "delay_1y",
                "One-year delay",
                "Construction slips a year: capex stays, opex and revenue all start one year later; "
                "what moves past the end of the period is lost.",
                _net(timeline.capex, [_ZERO, *timeline.opex[:-1]], [_ZERO, *revenue[:-1]]),
            ),
        ]
    out = []
    for key, label, description, net in variants:
        npv = _npv(net, rate)
        irr, roots, note = _irr(net, rate)
        change = None
        if npv is not None and base_npv is not None:
            with decimal.localcontext(_CONTEXT):
                change = npv - base_npv
        usd, jpy = convert(npv, case)
        out.append(Scenario(key, label, description, tuple(net), npv, change, Equivalent(usd, jpy), irr, roots, note))
    return tuple(out)


def _funding(case: FinancialCase, total_capex: Decimal | None, currency: str | None,
             problems: _Problems) -> FundingSummary:
    sources = list(getattr(case, "funding", None) or [])
    lines: list[tuple[int, Any, Decimal | None]] = []
    for i, source in enumerate(sources):
        path = f"finance.funding[{i}]"
        raw = getattr(source, "amount", None)
        amount = _decimal(raw)
        status = getattr(source, "status", None)
        if raw is None:
            problems.add(f"{path}.amount", f"Enter the amount of funding source {i + 1}.", "funding_amount_missing")
        elif amount is None or amount < 0 or amount >= _AMOUNT_LIMIT:
            problems.add(f"{path}.amount", f"The amount of funding source {i + 1} must be a positive number "
                         f"(it is {_shown(raw)}); it is left out.", "funding_amount_invalid")
            amount = None
        if amount is not None and status is None:
            problems.add(f"{path}.status", f"Say whether funding source {i + 1} is committed, in discussion or "
                         "sought; it does not count as committed until then.", "funding_status_missing")
        lines.append((i, source, amount))

    amounts = [a for _, _, a in lines if a is not None]
    with decimal.localcontext(_CONTEXT):
        total = sum(amounts, _ZERO) if amounts else None

        def by_status(status: FundingStatus | None) -> Decimal | None:
            if total is None:
                return None
            return sum((a for _, s, a in lines if a is not None and getattr(s, "status", None) == status), _ZERO)

        committed = by_status(FundingStatus.COMMITTED)
        in_discussion = by_status(FundingStatus.IN_DISCUSSION)
        sought = by_status(FundingStatus.SOUGHT)
        unspecified = by_status(None)
        committed_or_zero = committed if committed is not None else _ZERO
        gap = surplus = coverage = None
        if total_capex is not None:
            difference = total_capex - committed_or_zero
            gap = max(difference, _ZERO)
            surplus = max(-difference, _ZERO)
            coverage = committed_or_zero * _HUNDRED / total_capex if total_capex > 0 else None

        def share(amount: Decimal, whole: Decimal | None) -> Decimal | None:
            return amount * _HUNDRED / whole if whole else None

        funding_lines = tuple(
            FundingLine(
                index=i,
                path=f"finance.funding[{i}]",
                source_type=getattr(s, "source_type", None),
                label=_funder(s),
                amount=a,
                status=getattr(s, "status", None),
                japanese=_is_japanese(s),
                share_pct=share(a, total) if a is not None else None,
            )
            for i, s, a in lines
        )
        types: dict[FundingType | None, Decimal] = {}
        for _, s, a in lines:
            if a is not None:
                kind = getattr(s, "source_type", None)
                types[kind] = types.get(kind, _ZERO) + a
        by_type = tuple((kind, amount, share(amount, total)) for kind, amount in types.items())

        stakes: dict[str, tuple[str, Decimal, bool]] = {}
        for _, s, a in lines:
            if a is None or not _is_japanese_equity(s):
                continue
            is_join = getattr(s, "source_type", None) == FundingType.JOIN_EQUITY
            name = "JOIN" if is_join else _funder(s)
            key = "\0join" if is_join else name.casefold()
            first_name, held, _ = stakes.get(key, (name, _ZERO, is_join))
            stakes[key] = (first_name, held + a, is_join)
        japanese_total = sum((amount for _, amount, _ in stakes.values()), _ZERO)
        japanese = tuple(
            JapaneseStake(name, amount, is_join, share(amount, japanese_total))
            for name, amount, is_join in sorted(stakes.values(), key=lambda s: (-s[1], s[0]))
        )
        join = stakes.get("\0join")
        join_equity = join[1] if join else None
        join_largest = None
        if join_equity is not None and join_equity > 0:
            others = [s.amount for s in japanese if not s.is_join]
            join_largest = join_equity >= max(others, default=_ZERO)
        if join_largest:
            problems.add(
                "finance.funding",
                "JOIN would be the largest Japanese shareholder; its rules require Japanese private partners "
                "to hold more equity than JOIN.",
                "join_largest",
            )

        raw_ask = getattr(case, "ask_amount", None)
        ask = _decimal(raw_ask)
        if ask is not None and not _ZERO <= ask < _AMOUNT_LIMIT:
            problems.add("finance.ask_amount", f"The ask must be a positive amount below 10^22 (it is {_shown(raw_ask)}).",
                         "ask_invalid")
            ask = None
        elif raw_ask is not None and ask is None:
            problems.add("finance.ask_amount", f"The ask is not a number ({_shown(raw_ask)}).", "ask_invalid")
        ask_minus_gap = ask - gap if ask is not None and gap is not None else None
        covers = ask >= gap if ask is not None and gap is not None else None
    return FundingSummary(
        total=total,
        committed=committed,
        in_discussion=in_discussion,
        sought=sought,
        unspecified=unspecified,
        gap=gap,
        surplus=surplus,
        coverage_pct=coverage,
        lines=funding_lines,
        by_type=by_type,
        japanese_equity=japanese,
        join_equity=join_equity,
        join_is_largest_japanese_equity=join_largest,
        ask=ask,
        ask_minus_gap=ask_minus_gap,
        ask_covers_gap=covers,
    )


def _funder(source: object) -> str:
    name = str(getattr(source, "name", "") or "").strip()
    if name:
        return name
    kind = getattr(source, "source_type", None)
    return kind.label if isinstance(kind, FundingType) else "Unnamed source"


def _is_japanese(source: object) -> bool:
    return bool(getattr(source, "japanese", False)) or getattr(source, "source_type", None) in (
        FundingType.JOIN_EQUITY,
        FundingType.JBIC_LOAN,
    )


def _is_japanese_equity(source: object) -> bool:
    kind = getattr(source, "source_type", None)
    if kind == FundingType.JOIN_EQUITY:
        return True
    return bool(getattr(source, "japanese", False)) and (
        getattr(source, "instrument", None) == Instrument.EQUITY or kind == FundingType.PRIVATE_EQUITY
    )


def compute(case: FinancialCase) -> FinancialResults:
    """All the figures of the financial case; never raises (see the module docstring for conventions)."""
    problems = _Problems()
    currency, rate, horizon = _read_settings(case, problems)
    _read_rates(case, currency, problems)
    base, timeline = _read_lines(case, currency, horizon, problems)

    n = len(timeline.capex)
    revenue = _revenue(timeline.streams, n)
    net = _net(timeline.capex, timeline.opex, revenue)
    entered = timeline.entered
    with decimal.localcontext(_CONTEXT):
        total_capex = sum(timeline.capex, _ZERO) if entered else None
        total_opex = sum(timeline.opex, _ZERO) if entered else None
        total_revenue = sum(revenue, _ZERO) if entered else None
        total_net = sum(net, _ZERO) if entered else None
        stream_totals = {name: sum(timeline.streams[name], _ZERO) for name in REVENUE_FIELDS} if entered else {}
    npv = _npv(net, rate) if entered else None
    if entered:
        irr, irr_roots, irr_note = _irr(net, rate)
    else:
        irr, irr_roots, irr_note = None, (), ""
    discounted = _discounted(net, rate) if entered and rate is not None else []
    payback, payback_note = _payback(net)
    if rate is not None:
        discounted_payback, discounted_note = _payback(discounted)
    else:
        discounted_payback, discounted_note = None, ("needs the discount rate" if entered else "")

    funding = _funding(case, total_capex, currency, problems)
    sensitivities = _scenarios(timeline, rate, npv, case)

    headline: dict[str, Decimal | None] = {
        "total_capex": total_capex,
        "total_opex": total_opex,
        "total_revenue": total_revenue,
        "total_net": total_net,
        "npv": npv,
        "funding_total": funding.total,
        "funding_committed": funding.committed,
        "funding_in_discussion": funding.in_discussion,
        "funding_sought": funding.sought,
        "funding_gap": funding.gap,
        "funding_surplus": funding.surplus,
        "join_equity": funding.join_equity,
        "ask": funding.ask,
    }
    equivalents = {name: Equivalent(*convert(value, case)) for name, value in headline.items()}

    return FinancialResults(
        currency=currency,
        base_year=base,
        horizon_years=len(timeline.years) or None,
        discount_rate_pct=rate,
        years=tuple(timeline.years) if entered else (),
        capex=tuple(timeline.capex),
        opex=tuple(timeline.opex),
        revenue_by_stream=MappingProxyType({name: tuple(timeline.streams[name]) for name in REVENUE_FIELDS}),
        revenue=tuple(revenue),
        net=tuple(net),
        cumulative=tuple(_cumulate(net)),
        discounted_net=tuple(discounted),
        cumulative_discounted=tuple(_cumulate(discounted)),
        total_capex=total_capex,
        total_opex=total_opex,
        total_revenue=total_revenue,
        total_revenue_by_stream=MappingProxyType(stream_totals),
        total_net=total_net,
        npv=npv,
        irr=irr,
        irr_roots=irr_roots,
        irr_note=irr_note,
        payback_years=payback,
        payback_note=payback_note,
        discounted_payback_years=discounted_payback,
        discounted_payback_note=discounted_note,
        funding=funding,
        sensitivities=sensitivities,
        equivalents=MappingProxyType(equivalents),
        problems=tuple(problems.items),
    )


# --- JSON ------------------------------------------------------------------------------------------------

_CENT = Decimal("0.01")


def _rounded(value: Decimal | None, quantum: Decimal) -> str | None:
    if value is None:
        return None
    # Enough precision for any figure (the model bounds them well inside 60 digits, but never fail).
    context = decimal.Context(prec=max(60, value.adjusted() + 10), rounding=ROUND_HALF_UP)
    return str(value.quantize(quantum, context=context))


def _money_json(value: Decimal | None) -> str | None:
    """Money as a string with two decimals (cents, rounded half up): exact, unlike a JSON number."""
    return _rounded(value, _CENT)


def _pct_json(value: Decimal | None) -> str | None:
    """A percentage (in percent, not a fraction) as a string with four decimals."""
    return _rounded(value, Decimal("0.0001"))


def _years_json(value: Decimal | None) -> str | None:
    return _rounded(value, _CENT)


def _choice_json(value: object) -> str | None:
    return str(value) if value is not None else None


def results_to_json(results: FinancialResults) -> dict[str, Any]:
    """The results as JSON-safe primitives, for ``citypitch check --json`` (its ``financials`` object).

    Amounts are strings in the case's currency with two decimals (rounded half up from the exact
    figures), so that no binary float ever touches money; percentages (``discount_rate``, ``irr``,
    shares) are strings in percent with four decimals; years of payback are strings with two decimals.
    ``cash_flows`` is a list of ``{year, capex, opex, revenue, net, cumulative, discounted}``, one per
    year of the period.  Missing figures are ``null``, with the reason in ``*_note`` or ``problems``.
    """
    r = results
    cash_flows = []
    for t, year in enumerate(r.years):
        cash_flows.append(
            {
                "year": year,
                "capex": _money_json(r.capex[t]),
                "opex": _money_json(r.opex[t]),
                "revenue": _money_json(r.revenue[t]),
                "revenue_by_stream": {name: _money_json(r.revenue_by_stream[name][t]) for name in REVENUE_FIELDS},
                "net": _money_json(r.net[t]),
                "cumulative": _money_json(r.cumulative[t]),
                "discounted": _money_json(r.discounted_net[t]) if r.discounted_net else None,
            }
        )
    f = r.funding
    return {
        "currency": r.currency,
        "base_year": r.base_year,
        "horizon_years": r.horizon_years,
        "discount_rate": _pct_json(r.discount_rate_pct),
        "cash_flows": cash_flows,
        "totals": {
            "capex": _money_json(r.total_capex),
            "opex": _money_json(r.total_opex),
            "revenue": _money_json(r.total_revenue),
            "net": _money_json(r.total_net),
            "revenue_by_stream": {k: _money_json(v) for k, v in r.total_revenue_by_stream.items()},
        },
        "npv": _money_json(r.npv),
        "irr": _pct_json(r.irr),
        "irr_roots": [_pct_json(x) for x in r.irr_roots],
        "irr_note": r.irr_note,
        "payback_years": _years_json(r.payback_years),
        "payback_note": r.payback_note,
        "discounted_payback_years": _years_json(r.discounted_payback_years),
        "discounted_payback_note": r.discounted_payback_note,
        "funding_gap": _money_json(f.gap),
        "funding_surplus": _money_json(f.surplus),
        "funding": {
            "total": _money_json(f.total),
            "committed": _money_json(f.committed),
            "in_discussion": _money_json(f.in_discussion),
            "sought": _money_json(f.sought),
            "unspecified": _money_json(f.unspecified),
            "coverage_pct": _pct_json(f.coverage_pct),
            "sources": [
                {
                    "path": line.path,
                    "type": _choice_json(line.source_type),
                    "funder": line.label,
                    "amount": _money_json(line.amount),
                    "status": _choice_json(line.status),
                    "japanese": line.japanese,
                    "share_pct": _pct_json(line.share_pct),
                }
                for line in f.lines
            ],
            "by_type": [
                {"type": _choice_json(kind), "amount": _money_json(amount), "share_pct": _pct_json(share)}
                for kind, amount, share in f.by_type
            ],
            "japanese_equity": [
                {"investor": s.investor, "amount": _money_json(s.amount), "join": s.is_join,
                 "share_pct": _pct_json(s.share_pct)}
                for s in f.japanese_equity
            ],
            "join_equity": _money_json(f.join_equity),
            "join_is_largest_japanese_equity": f.join_is_largest_japanese_equity,
            "ask": _money_json(f.ask),
            "ask_minus_gap": _money_json(f.ask_minus_gap),
            "ask_covers_gap": f.ask_covers_gap,
        },
        "sensitivities": [
            {
                "key": s.key,
                "label": s.label,
                "description": s.description,
                "npv": _money_json(s.npv),
                "npv_change": _money_json(s.npv_change),
                "npv_usd": _money_json(s.npv_equivalent.usd),
                "npv_jpy": _money_json(s.npv_equivalent.jpy),
                "irr": _pct_json(s.irr),
                "irr_roots": [_pct_json(x) for x in s.irr_roots],
                "irr_note": s.irr_note,
            }
            for s in r.sensitivities
        ],
        "usd": {name: _money_json(eq.usd) for name, eq in r.equivalents.items()},
        "jpy": {name: _money_json(eq.jpy) for name, eq in r.equivalents.items()},
        "problems": [{"path": p.path, "message": p.message, "code": p.code} for p in r.problems],
    }
