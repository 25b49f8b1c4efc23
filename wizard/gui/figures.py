"""The financial figures the wizard shows beside the financial case, as (key, title, text) rows.

No Qt here.  Totals and the funding gap are plain Decimal sums of the model; NPV, IRR and payback
come from :func:`wizard.finance.compute` when the finance module is installed (it owns the maths and
its reference tests).  Amounts are shown in the case's currency and, where rates are given, in USD
and JPY, formatted by :func:`wizard.money.format_money`.
"""

from __future__ import annotations

import importlib.util
import typing
from decimal import Decimal

from wizard.model import REVENUE_FIELDS, FinancialCase, FundingStatus


def _money(amount: Decimal | None, case: FinancialCase, locale: str) -> str:
    from wizard.money import convert, format_money

    code = str(case.currency) if case.currency else None
    text = format_money(amount, code, locale)
    if amount is None or code is None:
        return text
    usd, jpy = convert(amount, case)
    extra = []
    if usd is not None and code != "USD":
        extra.append(format_money(usd, "USD", locale, compact=True))
    if jpy is not None and code != "JPY":
        extra.append(format_money(jpy, "JPY", locale, compact=True))
    return f"{text} ({', '.join(extra)})" if extra else text


def totals(case: FinancialCase) -> dict[str, Decimal]:
    capex = sum((line.capex or Decimal(0) for line in case.lines), Decimal(0))
    opex = sum((line.opex or Decimal(0) for line in case.lines), Decimal(0))
    revenue = sum(
        (getattr(line, name) or Decimal(0) for line in case.lines for name in REVENUE_FIELDS), Decimal(0)
    )
    committed = sum(
        (s.amount or Decimal(0) for s in case.funding if s.status == FundingStatus.COMMITTED), Decimal(0)
    )
    return {"capex": capex, "opex": opex, "revenue": revenue, "committed": committed, "gap": max(capex - committed, Decimal(0))}


def finance_available() -> bool:
    return importlib.util.find_spec("wizard.finance") is not None


def finance_figures(case: FinancialCase, locale: str = "en") -> list[tuple[str, str, str]]:
    sums = totals(case)
    rows: list[tuple[str, str, str]] = [
        ("capex", "Total capex", _money(sums["capex"], case, locale)),
        ("opex", "Total opex", _money(sums["opex"], case, locale)),
        ("revenue", "Total revenue", _money(sums["revenue"], case, locale)),
        ("committed", "Committed funding", _money(sums["committed"], case, locale)),
        ("gap", "Funding gap", _money(sums["gap"], case, locale)),
    ]
    rows.extend(_computed(case, locale))
    return rows


def _computed(case: FinancialCase, locale: str) -> list[tuple[str, str, str]]:
    if not finance_available():
        return [("note", "", "NPV, IRR and payback appear here once the financial engine is installed.")]
    finance = importlib.import_module("wizard.finance")
    try:
        result: typing.Any = finance.compute(case)
    except Exception as exc:  # noqa: BLE001 - a bad draft must never break the page; say why instead
        return [("note", "", f"The figures cannot be computed yet: {exc}")]
    from wizard.money import format_percent

    def pick(*names: str) -> typing.Any:
        for name in names:
            if hasattr(result, name):
                return getattr(result, name)
        return None

    rate = case.discount_rate_pct
    npv = pick("npv")
    irr = pick("irr_pct", "irr")
    payback = pick("payback_years", "simple_payback_years", "payback")
    rows = [
        ("npv", f"NPV at {format_percent(rate, locale) if rate is not None else 'the discount rate'}",
         _money(npv, case, locale) if npv is not None else "not available (check the discount rate and yearly lines)"),
        ("irr", "Project IRR", _irr_text(irr, locale)),
        ("payback", "Payback", f"{payback} years" if payback is not None else "not reached within the horizon"),
    ]
    return rows


def _irr_text(irr: typing.Any, locale: str) -> str:
    from wizard.money import format_percent

    if irr is None:
        return "not defined (the cash flows never change sign)"
    value = Decimal(str(irr))
    # A fraction (0.085) or a percentage (8.5): the finance module documents which; accept both.
    if abs(value) < 1:
        value *= 100
    return format_percent(value, locale)
