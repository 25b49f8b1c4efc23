"""Cash-flow arithmetic: NPV, discounting, cumulative flows, payback, and the standard sensitivities."""

from __future__ import annotations

import decimal
from collections.abc import Mapping, Sequence
from decimal import Decimal

from wizard.finance._common import _CONTEXT, _HUNDRED, _ZERO
from wizard.finance._inputs import _Timeline
from wizard.finance._irr import _irr
from wizard.finance._results import Equivalent, Scenario
from wizard.model import REVENUE_FIELDS, FinancialCase
from wizard.money import convert


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
