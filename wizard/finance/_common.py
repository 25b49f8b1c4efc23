"""Shared pieces of the financial case: the decimal context, the model's limits, and defensive readers.

The readers accept anything (a case built without validation included) and report what they cannot
use as a :class:`~wizard.finance._results.FinanceProblem` at the field's model path.
"""

from __future__ import annotations

import decimal
from decimal import Decimal

from wizard.finance._results import FinanceProblem, ProblemField, ProblemMoney
from wizard.model import REVENUE_FIELDS, YEAR_MAX, YEAR_MIN

# Generous precision: 24-digit amounts raised to powers of (1 + r) over a 100-year horizon.
_CONTEXT = decimal.Context(
    prec=60,
    rounding=decimal.ROUND_HALF_EVEN,
    traps=[decimal.InvalidOperation, decimal.DivisionByZero, decimal.Overflow],
)
_ZERO = Decimal(0)
_HUNDRED = Decimal(100)

# The model's own limits (Money: 24 digits, 2 decimals; horizon 1-100 years; rate up to 100%),
# enforced again here for cases built without validation, so that no input can make the arithmetic
# explode (a horizon of 10**9 years, an amount of 10**500000).
_AMOUNT_LIMIT = Decimal("1e22")
_CENT_Q = Decimal("0.01")
_HORIZON_MAX = 100
_RATE_MAX = Decimal(100)

_LINE_AMOUNTS: tuple[str, ...] = ("capex", "opex", *REVENUE_FIELDS)


#: Every problem the finance package reports, by key: its English message as a template with ``{name}``
#: slots.  Another language says each one again from the ``finance_<key>`` phrase of the readiness texts
#: (``resources/guidance/readiness.<lang>.json``, the English phrase being this template without its
#: full stop), with the same values: the Review page, ``check`` and the Financial case page alike.
PROBLEMS: dict[str, str] = {
    "currency_missing": "Choose the currency the financial case is entered in.",
    "discount_rate_missing": "Enter the discount rate (% a year); the NPV and discounted payback need it.",
    "discount_rate_invalid": "The discount rate is not a number ({raw}).",
    "discount_rate_too_low": "A discount rate of {rate} is impossible: it must be above -100% (at -100% future money "
                             "would be worth nothing, or less). The NPV is not computed.",
    "discount_rate_too_high": "A discount rate of {rate} is beyond the 100% a year the wizard accepts; the NPV is not "
                              "computed.",
    "horizon_invalid": "The horizon must be between 1 and {most} years (it is {raw}); the years entered are used "
                       "instead.",
    "rate_invalid": "The rate for 1 {code} must be a positive number with at most 10 decimals (it is {raw}); amounts "
                    "in {code} are left blank.",
    "rate_ignored": "The case is in {code}, so 1 {code} is 1 {code}: the rate entered ({raw}) is ignored.",
    "rate_missing": "Enter the exchange rate: how many {local} make 1 {code}. Amounts in {code} are left blank until "
                    "then.",
    "rate_missing_no_currency": "Enter the exchange rate: how much local currency makes 1 {code}. Amounts in {code} "
                                "are left blank until then.",
    "rates_date_missing": "Enter the date the exchange rates were taken.",
    "lines_missing": "Enter the yearly capex, opex and revenues.",
    "line_empty": "Line {row} is empty: fill it in or remove it.",
    "amount_not_number": "The amount for {label} is not a number ({raw}); it is left out of the figures.",
    "amount_not_number_in_year": "The amount for {label} in {year} is not a number ({raw}); it is left out of the "
                                 "figures.",
    "amount_out_of_range": "The amount for {label} is beyond what the wizard accepts (below 10^22, with at most two "
                           "decimals); it is left out of the figures.",
    "amount_out_of_range_in_year": "The amount for {label} in {year} is beyond what the wizard accepts (below 10^22, "
                                   "with at most two decimals); it is left out of the figures.",
    "negative_amount": "The amount for {label} is negative ({amount}). Enter costs and revenues as positive amounts; "
                       "this one is left out of the figures until then.",
    "negative_amount_in_year": "The amount for {label} in {year} is negative ({amount}). Enter costs and revenues as "
                               "positive amounts; this one is left out of the figures until then.",
    "year_missing": "Line {row} has no year; it is left out of the figures until it has one.",
    "year_invalid": "Line {row} has an impossible year ({raw}); it is left out of the figures until it has one.",
    "year_duplicate": "{year} appears twice (lines {first} and {row}); their amounts are added together. Merge them "
                      "into one line or correct the year.",
    "year_out_of_order": "The years are out of order: {year} comes after {previous}. The figures use year order; sort "
                         "the lines so the table reads the same way.",
    "base_year_invalid": "The base year {raw} is not a usable year.",
    "base_year_earliest": "Enter the base year (year 0 of the discounting); {base}, the earliest year entered, is used "
                          "until then.",
    "base_year_missing": "Enter the base year.",
    "horizon_missing": "Enter the horizon (number of years appraised); {base}-{end}, the years entered, is used until "
                       "then.",
    "year_outside_period": "{year} is outside the period appraised ({base}-{end}); this line is left out of the "
                           "figures. Change the base year or horizon, or the line's year.",
    "lines_outside_period": "No line falls within the period appraised ({base}-{end}).",
    "funding_amount_missing": "Enter the amount of funding source {row}.",
    "funding_amount_invalid": "The amount of funding source {row} must be a positive number (it is {raw}); it is left "
                              "out.",
    "funding_status_missing": "Say whether funding source {row} is committed, in discussion or sought; it does not "
                              "count as committed until then.",
    "join_largest": "JOIN would be the largest Japanese shareholder; its rules require Japanese private partners to "
                    "hold more equity than JOIN.",
    "ask_not_number": "Part {row} of the ask is not a number ({raw}).",
    "ask_out_of_range": "Part {row} of the ask must be a positive amount below 10^22 (it is {raw}).",
    "operations_outside_period": "Operation starts in {year}, outside the period appraised ({base}-{end}).",
    "debt_terms_missing_both": "Enter the interest rate and the tenor of {label}: until then the loan is left out of "
                               "the debt schedule, debt cover and equity returns.",
    "debt_terms_missing_rate": "Enter the interest rate of {label}: until then the loan is left out of the debt "
                               "schedule, debt cover and equity returns.",
    "debt_terms_missing_tenor": "Enter the tenor of {label}: until then the loan is left out of the debt schedule, "
                                "debt cover and equity returns.",
    "grace_not_shorter": "The grace period of {label} ({grace} years) is not shorter than its tenor ({tenor} years): "
                         "it is repaid in one sum in its last year.",
    "repayment_missing": "Choose how {label} is repaid; an annuity is assumed until then.",
    "depreciation_missing": "Enter the depreciation period: tax is worked out without depreciation until then, which "
                            "overstates it.",
    "terminal_growth_missing": "Enter the terminal growth rate (0 for flat cash flows).",
    "terminal_multiple_missing": "Enter the exit multiple.",
    "concession_before_end": "The concession ends in {year}, before the end of the period appraised ({end}); shorten "
                             "the horizon to match.",
    "repayment_before_operation": "{label} starts repaying in {year}, before operation starts in {start}: its grace "
                                  "period is shorter than construction.",
    "shares_not_100": "The shareholdings add up to {total}%, not 100%.",
}


class _Problems:
    def __init__(self) -> None:
        self.items: list[FinanceProblem] = []

    def say(self, path: str, code: str, /, key: str = "", **values: object) -> None:
        """The problem ``key`` (default: the code) of :data:`PROBLEMS` at ``path``, its template filled with
        ``values``; template and values are kept so that another language can say it again."""
        template = PROBLEMS[key or code]
        self.items.append(FinanceProblem(path, template.format(**values), code, template, tuple(values.items()),
                                         key or code))


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


def _code(currency: object) -> str | None:
    return str(currency).upper() if currency else None


def _amount(
    line: object, name: str, path: str, year: int | None, currency: str | None, problems: _Problems
) -> Decimal:
    raw = getattr(line, name, None)
    if raw is None:
        return _ZERO
    value = _decimal(raw)
    said = {"label": ProblemField(f"finance.lines.{name}"), **({"year": year} if year else {})}
    if value is None:
        problems.say(f"{path}.{name}", "amount_not_number",
                     key="amount_not_number_in_year" if year else "amount_not_number", raw=_shown(raw), **said)
        return _ZERO
    if abs(value) >= _AMOUNT_LIMIT or value != value.quantize(_CENT_Q, context=_CONTEXT):
        problems.say(f"{path}.{name}", "amount_out_of_range",
                     key="amount_out_of_range_in_year" if year else "amount_out_of_range", **said)
        return _ZERO
    if value < 0:
        problems.say(f"{path}.{name}", "negative_amount",
                     key="negative_amount_in_year" if year else "negative_amount",
                     amount=ProblemMoney(value, currency), **said)
        return _ZERO
    return value
