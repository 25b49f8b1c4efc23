"""The results as JSON-safe primitives (``citypitch check --json``, its ``financials`` object)."""

from __future__ import annotations

import decimal
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from wizard.finance._results import CaseFigures, FinancialResults
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
                "npv_negative": s.npv_negative,
                "break_even": _rounded(s.break_even, _BREAK_EVEN_Q[s.key]) if s.key in _BREAK_EVEN_Q else None,
                "break_even_unit": _BREAK_EVEN_UNIT.get(s.key),
                "break_even_note": s.break_even_note,
            }
            for s in r.sensitivities
        ],
        "usd": {name: _money_json(eq.usd) for name, eq in r.equivalents.items()},
        "jpy": {name: _money_json(eq.jpy) for name, eq in r.equivalents.items()},
        "problems": [{"path": p.path, "message": p.message, "code": p.code} for p in r.problems],
        **_structure_json(r),
    }


_BREAK_EVEN_Q = {"capex_plus_20": Decimal("0.01"), "revenue_minus_20": Decimal("0.01"), "delay_1y": Decimal("0.01")}
_BREAK_EVEN_UNIT = {"capex_plus_20": "percent", "revenue_minus_20": "percent", "delay_1y": "years"}


def _ratio_json(value: Decimal | None) -> str | None:
    """A ratio (DSCR, 1.35 meaning 1.35x) as a string with four decimals."""
    return _rounded(value, Decimal("0.0001"))


def _case_json(c: CaseFigures) -> dict[str, Any]:
    return {
        "key": c.key,
        "label": c.label,
        "description": c.description,
        "npv": _money_json(c.npv),
        "npv_with_terminal": _money_json(c.npv_with_terminal),
        "npv_negative": c.npv_negative,
        "irr": _pct_json(c.irr),
        "irr_note": c.irr_note,
        "equity_irr": _pct_json(c.equity_irr),
        "equity_irr_note": c.equity_irr_note,
        "equity_npv": _money_json(c.equity_npv),
        "dscr_min": _ratio_json(c.dscr_min),
        "dscr_min_year": c.dscr_min_year,
    }


def _structure_json(r: FinancialResults) -> dict[str, Any]:
    """The investor's figures (``equity_irr``, ``dscr``, ``dscr_min``, ``sources_and_uses``, ``break_even``,
    ``scenarios`` and the detail behind them); every key is present, ``null`` or empty without a structure."""
    s = r.structure
    if s is None:
        return {"equity_irr": None, "equity_irr_note": "", "equity_npv": None, "cost_of_equity": None,
                "equity_cash_flows": [], "shareholders": [], "dscr": [], "dscr_min": None, "dscr_min_year": None,
                "dscr_average": None, "min_dscr": None, "dscr_below_minimum": [], "operations_start_year": None,
                "operations_note": "", "debt": [], "terminal_value": None, "sources_and_uses": None,
                "break_even": [], "tornado": [], "scenarios": [], "currency_depreciation": None}
    years = r.years
    su = s.sources_and_uses
    return {
        "equity_irr": _pct_json(s.equity_irr),
        "equity_irr_roots": [_pct_json(x) for x in s.equity_irr_roots],
        "equity_irr_note": s.equity_irr_note,
        "equity_npv": _money_json(s.equity_npv),
        "cost_of_equity": _pct_json(s.cost_of_equity_pct),
        "equity_cash_flows": [{"year": y, "amount": _money_json(a)} for y, a in zip(years, s.equity_flows, strict=False)],
        "shareholders": [
            {"path": h.path, "shareholder": h.label, "amount": _money_json(h.amount), "share_pct": _pct_json(h.share_pct),
             "share_from_amount": h.share_from_amount, "investor_type": _choice_json(h.investor_type),
             "japanese": h.japanese}
            for h in s.shareholders
        ],
        "dscr": [
            {"year": y, "cfads": _money_json(s.cfads[t]), "debt_service": _money_json(s.debt_service[t]),
             "dscr": _ratio_json(s.dscr[t])}
            for t, y in enumerate(years) if s.dscr[t] is not None
        ],
        "dscr_min": _ratio_json(s.dscr_min),
        "dscr_min_year": s.dscr_min_year,
        "dscr_average": _ratio_json(s.dscr_average),
        "min_dscr": _ratio_json(s.min_dscr),
        "dscr_below_minimum": list(s.dscr_below_minimum),
        "operations_start_year": s.operations_start_year,
        "operations_note": s.operations_note,
        "debt": [
            {
                "path": loan.path, "lender": loan.label, "amount": _money_json(loan.amount), "currency": loan.currency,
                "foreign_currency": loan.foreign, "interest_rate": _pct_json(loan.rate_pct),
                "tenor_years": loan.tenor_years, "grace_years": loan.grace_years,
                "repayment": "annuity" if loan.annuity else "straight_line", "upfront_fee": _money_json(loan.fee),
                "first_drawing_year": loan.first_year, "outstanding_at_end": _money_json(loan.outstanding_at_end),
                "schedule": [
                    {"year": y.year, "opening": _money_json(y.opening), "drawn": _money_json(y.drawn),
                     "interest": _money_json(y.interest), "principal": _money_json(y.principal),
                     "closing": _money_json(y.closing)}
                    for y in loan.years
                ],
            }
            for loan in s.loans
        ],
        "yearly": [
            {"year": y, "interest": _money_json(s.interest[t]), "principal": _money_json(s.principal[t]),
             "debt_service": _money_json(s.debt_service[t]), "depreciation": _money_json(s.depreciation[t]),
             "tax": _money_json(s.tax[t]), "cfads": _money_json(s.cfads[t]),
             "equity_cash_flow": _money_json(s.equity_flows[t]) if s.equity_flows else None}
            for t, y in enumerate(years)
        ],
        "interest_during_construction": _money_json(s.interest_during_construction),
        "debt_outstanding_at_end": _money_json(s.debt_outstanding_at_end),
        "terminal_value": {
            "method": _choice_json(s.terminal_method),
            "value": _money_json(s.terminal_value),
            "note": s.terminal_note,
            "npv_with_terminal": _money_json(s.npv_with_terminal),
            "irr_with_terminal": _pct_json(s.irr_with_terminal),
            "irr_with_terminal_note": s.irr_with_terminal_note,
        },
        "sources_and_uses": {
            "uses": [{"label": u.label, "kind": u.kind, "path": u.path, "amount": _money_json(u.amount)} for u in su.uses],
            "sources": [{"label": x.label, "kind": x.kind, "path": x.path, "amount": _money_json(x.amount)}
                        for x in su.sources],
            "total_uses": _money_json(su.total_uses),
            "total_sources": _money_json(su.total_sources),
            "difference": _money_json(su.difference),
            "balanced": su.balanced,
            "tolerance_pct": _pct_json(su.tolerance_pct),
            "guarantees_not_counted": _money_json(su.guarantees),
        },
        "break_even": [
            {"basis": b.basis, "npv": _money_json(b.npv),
             "capex_overrun_pct": _pct_json(b.capex_overrun_pct), "capex_note": b.capex_note,
             "revenue_shortfall_pct": _pct_json(b.revenue_shortfall_pct), "revenue_note": b.revenue_note,
             "delay_years": _years_json(b.delay_years), "delay_note": b.delay_note}
            for b in s.break_even
        ],
        "tornado": [
            {"driver": bar.driver, "label": bar.label, "low": _case_json(bar.low), "high": _case_json(bar.high),
             "npv_swing": _money_json(bar.swing)}
            for bar in s.tornado
        ],
        "scenarios": [_case_json(c) for c in s.scenarios],
        "currency_depreciation": None if s.fx is None else {
            "rate_pct": _pct_json(s.fx.rate_pct), "loans": list(s.fx.loans), "base": _case_json(s.fx.base),
            "depreciated": _case_json(s.fx.depreciated),
        },
    }
