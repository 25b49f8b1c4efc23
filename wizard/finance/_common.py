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


class _Problems:
    def __init__(self) -> None:
        self.items: list[FinanceProblem] = []

    def add(self, path: str, message: str, code: str) -> None:
        self.items.append(FinanceProblem(path, message, code))

    def say(self, path: str, code: str, template: str, /, key: str = "", **values: object) -> None:
        """A problem whose message is ``template`` filled with ``values``, both kept so that another language
        can say it again (``key`` names the wording where one code has several; default the code)."""
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
    where = " in {year}" if year else ""
    suffix = "_in_year" if year else ""
    label = ProblemField(f"finance.lines.{name}")
    said = {"label": label, **({"year": year} if year else {})}
    if value is None:
        problems.say(f"{path}.{name}", "amount_not_number",
                     "The amount for {label}" + where + " is not a number ({raw}); it is left out of the figures.",
                     key="amount_not_number" + suffix, raw=_shown(raw), **said)
        return _ZERO
    if abs(value) >= _AMOUNT_LIMIT or value != value.quantize(_CENT_Q, context=_CONTEXT):
        problems.say(f"{path}.{name}", "amount_out_of_range",
                     "The amount for {label}" + where + " is beyond what the wizard accepts (below 10^22, with at most "
                     "two decimals); it is left out of the figures.", key="amount_out_of_range" + suffix, **said)
        return _ZERO
    if value < 0:
        problems.say(f"{path}.{name}", "negative_amount",
                     "The amount for {label}" + where + " is negative ({amount}). Enter costs and revenues as positive "
                     "amounts; this one is left out of the figures until then.", key="negative_amount" + suffix,
                     amount=ProblemMoney(value, currency), **said)
        return _ZERO
    return value
