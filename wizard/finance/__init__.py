"""The financial case: from the planner's yearly numbers to the figures investors check first.

Pure Python, no Qt, no numpy: the wizard's finance page recomputes on every edit, ``citypitch check
--json`` reports the figures and the deck draws its financial and funding slides from them.

The package is split by job: ``_results`` (result types), ``_common`` and ``_inputs`` (reading the
case defensively: what pydantic enforces is checked again for cases built without validation),
``_irr`` (exact IRR), ``_flows`` (NPV, payback, sensitivities), ``_funding`` (funding and the ask),
``_json`` (results as JSON primitives); this module assembles them.

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
shareholder); and those of the structure (``debt_terms_missing``, ``grace_not_shorter``,
``repayment_missing``, ``depreciation_missing``, ``terminal_growth_missing``,
``terminal_multiple_missing``, ``concession_before_end``, ``operations_outside_period``,
``repayment_before_operation``, ``shares_not_100``).  Every problem's message is one of the templates of
``wizard.finance._common.PROBLEMS`` (``FinanceProblem.key``), filled with ``FinanceProblem.values``, so that
the window can say it in its language (the ``finance_<key>`` phrases of the readiness texts).
"""

from __future__ import annotations

import dataclasses
import decimal
from collections.abc import Sequence
from decimal import Decimal
from types import MappingProxyType
from typing import Any

from wizard.finance._common import _CONTEXT, _ZERO, _Problems
from wizard.finance._flows import _cumulate, _discounted, _net, _npv, _payback, _revenue, _scenarios
from wizard.finance._funding import _funding
from wizard.finance._inputs import _read_lines, _read_rates, _read_settings
from wizard.finance._irr import IRR_ALL_ZERO, IRR_NO_ROOT, IRR_NO_SIGN_CHANGE, _irr
from wizard.finance._json import results_to_json
from wizard.finance._results import (
    Equivalent,
    FinanceProblem,
    FinancialResults,
    FundingLine,
    FundingSummary,
    JapaneseStake,
    ProblemField,
    ProblemMoney,
    Scenario,
    Structure,
)
from wizard.finance._structure import structure as _structure
from wizard.model import REVENUE_FIELDS, FinancialCase
from wizard.money import convert

__all__ = [
    "IRR_ALL_ZERO",
    "IRR_NO_ROOT",
    "IRR_NO_SIGN_CHANGE",
    "Equivalent",
    "FinanceProblem",
    "ProblemField",
    "ProblemMoney",
    "FinancialResults",
    "FundingLine",
    "FundingSummary",
    "JapaneseStake",
    "Scenario",
    "compute",
    "results_to_json",
]


def compute(case: FinancialCase, *, phases: Sequence[Any] | None = None) -> FinancialResults:
    """All the figures of the financial case; never raises (see the module docstring for conventions).

    ``phases`` (the roadmap's phases, optional) splits the capex by phase in the sources and uses.
    """
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
    structure = _structure(case, timeline, revenue, net, rate, currency, problems, phases)
    sensitivities = _scenarios(timeline, rate, npv, case)
    if structure is not None:
        sensitivities = _with_break_evens(sensitivities, structure)

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
        structure=structure,
    )


def _with_break_evens(sensitivities: tuple[Scenario, ...], structure: Structure) -> tuple[Scenario, ...]:
    """Each standard sensitivity says whether it turns the NPV negative, and where its driver breaks even."""
    without = structure.break_even[0]
    where = {
        "capex_plus_20": (without.capex_overrun_pct, without.capex_note),
        "revenue_minus_20": (without.revenue_shortfall_pct, without.revenue_note),
        "delay_1y": (without.delay_years, without.delay_note),
    }
    out = []
    for s in sensitivities:
        value, note = where.get(s.key, (None, ""))
        out.append(dataclasses.replace(s, npv_negative=s.npv < 0 if s.npv is not None else None, break_even=value,
                                       break_even_note=note))
    return tuple(out)
