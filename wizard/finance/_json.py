"""The results as JSON-safe primitives (``citypitch check --json``, its ``financials`` object)."""

from __future__ import annotations

import decimal
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from wizard.finance._results import FinancialResults
from wizard.model import REVENUE_FIELDS

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
