"""The financial figures the wizard shows beside the financial case, as (key, title, text) rows.

No Qt here.  The numbers come from :func:`wizard.finance.compute` (which owns the maths, its
conventions and its reference tests), through the analysis of the revision on screen; this module
only words and formats them: amounts in the case's currency and, where rates are given, the finance
module's USD and JPY equivalents, via :mod:`wizard.money`.  What cannot be computed yet is said
plainly, with the finance module's reason and the field to fix.
"""

from __future__ import annotations

from decimal import Decimal

from wizard.finance import Equivalent, FinancialResults
from wizard.model import FinancialCase

NOTE = "note"


def _money(amount: Decimal | None, equivalent: Equivalent | None, case: FinancialCase, locale: str) -> str:
    from wizard.money import format_money

    code = str(case.currency) if case.currency else None
    if amount is None:
        return "not available yet"
    text = format_money(amount, code, locale)
    if code is None or equivalent is None:
        return text
    usd, jpy = equivalent.usd, equivalent.jpy
    extra = []
    if usd is not None and code != "USD":
        extra.append(format_money(usd, "USD", locale, compact=True))
    if jpy is not None and code != "JPY":
        extra.append(format_money(jpy, "JPY", locale, compact=True))
    return f"{text} ({', '.join(extra)})" if extra else text


def _years(value: Decimal | None, note: str, locale: str) -> str:
    from wizard.money import format_number

    if value is None:
        return note or "not reached"
    return f"{format_number(value, locale, decimals=1)} years"


def finance_figures(case: FinancialCase, results: FinancialResults, locale: str = "en") -> list[tuple[str, str, str]]:
    """Every figure shown on the Financial case page, in display order; notes have key ``note``.

    ``results`` is ``wizard.finance.compute(case)``, as the analysis of the revision holds it.
    """
    from wizard.money import format_percent

    funding = results.funding
    eq = results.equivalents
    rate = case.discount_rate_pct
    rate_text = format_percent(rate, locale) if rate is not None else "the discount rate"
    rows: list[tuple[str, str, str]] = [
        ("capex", "Total capex", _money(results.total_capex, eq.get("total_capex"), case, locale)),
        ("opex", "Total opex", _money(results.total_opex, eq.get("total_opex"), case, locale)),
        ("revenue", "Total revenue", _money(results.total_revenue, eq.get("total_revenue"), case, locale)),
        ("npv", f"NPV at {rate_text}", _money(results.npv, eq.get("npv"), case, locale)),
        ("irr", "Project IRR", format_percent(results.irr, locale) if results.irr is not None else (results.irr_note or "not defined")),
        ("payback", "Payback", _years(results.payback_years, results.payback_note, locale)),
        ("discounted_payback", "Discounted payback", _years(results.discounted_payback_years, results.discounted_payback_note, locale)),
        ("committed", "Committed funding", _money(funding.committed, eq.get("funding_committed"), case, locale)),
        ("gap", "Funding gap", _money(funding.gap, eq.get("funding_gap"), case, locale)),
        ("ask", "Ask to Japanese investors", _money(funding.ask, eq.get("ask"), case, locale)),
    ]
    if results.irr is not None and results.irr_note:
        rows.append((NOTE, "", f"IRR: {results.irr_note}"))
    for scenario in results.sensitivities:
        irr = format_percent(scenario.irr, locale) if scenario.irr is not None else "IRR not defined"
        rows.append((f"sensitivity_{scenario.key}", scenario.label, f"NPV {_money(scenario.npv, scenario.npv_equivalent, case, locale)}; IRR {irr}"))
    for problem in results.problems:
        rows.append((NOTE, "", problem.message))
    return rows
