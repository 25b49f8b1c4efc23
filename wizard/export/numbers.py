"""Number formatting for the exported documents: one convention per output language, never the city's.

The deck and the leave-behind are written in English (with Japanese labels beside the English ones in
``en+ja``), so every amount, count and percentage they show uses English separators and the English
short scale (``IDR 630bn``, ``USD 38.9m``, ``11.5%``, ``860,000``), whatever number convention the
team chose for typing in the wizard (``meta.number_locale``): an investor must never meet ``IDR 3,5T``,
``860.000`` or ``46.500 tCO2e`` beside the team's own ``IDR 4.1 trillion``.  Japanese labels show yen
the way Japanese readers count (``6,300億円``) through :meth:`Numbers.yen_ja`.

A thin layer over :mod:`wizard.money`, so templates only ever receive finished strings.  A value that
was not entered (None) gives ``""``; :attr:`Numbers.missing` is the dash to show where a cell must say
"nothing entered" (never ``0``).
"""

from __future__ import annotations

from decimal import Context, Decimal

from wizard import money
from wizard.finance import Equivalent
from wizard.model import Currency, FinancialCase

#: The language every exported number is written in (the documents' text is English).
OUTPUT_LANGUAGE = "en"


def rounded(value: Decimal, places: int) -> Decimal:
    """``value`` rounded half-even to ``places`` decimals, at any magnitude the model accepts.

    ``Decimal.quantize`` in the default 28-digit context raises InvalidOperation once the result needs
    more digits (a debt cover of 2.5e30x when the debt service is a few units), so the context here
    has as many digits as the value needs. Infinities and NaN are returned as they are.
    """
    if not value.is_finite():
        return value
    return value.quantize(Decimal(1).scaleb(-places), context=Context(prec=max(28, value.adjusted() + places + 2)))


class Numbers:
    """Formatting bound to one proposal's currency and exchange rates, in the output language's convention."""

    #: What a cell shows where nothing was entered.
    missing = money.MISSING

    def __init__(self, case: FinancialCase, language: str = OUTPUT_LANGUAGE) -> None:
        self.case = case
        # Only English is written as running text so far; any other value is a caller's slip, not a
        # reason to write numbers in the city's convention.
        self.locale = money.OUTPUT_LOCALES.get(language, "en") if language == "en" else "en"
        self.currency: str = case.currency.value if case.currency else Currency.USD.value
        #: Kept for charts.py, which still formats axis ticks with Babel's compact patterns ("630B");
        #: :meth:`short_number` gives the documents' own short scale ("630bn") and should replace it.
        self.compact_locale = self.locale

    def short_number(self, value: Decimal | int | float | None) -> str:
        """A plain number in short form (``630bn``, ``38.9m``, ``45,300``), for axis ticks and the like."""
        if value is None:
            return ""
        return money.format_number(Decimal(str(value)), self.locale, compact=True)

    def number(self, value: Decimal | int | float | None, digits: int | None = None) -> str:
        if value is None:
            return ""
        if digits is None:
            # Whole numbers as they are; other values keep up to two decimals.
            as_dec = Decimal(str(value))
            digits = 0 if as_dec == as_dec.to_integral_value() else min(2, -int(as_dec.normalize().as_tuple().exponent))
        return money.format_number(Decimal(str(value)) if isinstance(value, float) else value, self.locale, decimals=digits)

    def percent(self, value_pct: Decimal | float | None) -> str:
        """A percentage given in points (8.25 -> '8.3%')."""
        if value_pct is None:
            return ""
        return money.format_percent(Decimal(str(value_pct)), self.locale)

    def money(self, amount: Decimal | None, compact: bool = False, currency: str | None = None) -> str:
        """``IDR 630,000,000,000``, or compact ``IDR 630bn``; no minor units on large amounts."""
        if amount is None:
            return ""
        return money.format_amount(amount, currency or self.currency, self.locale, short=compact)

    def yen_ja(self, amount: Decimal | None) -> str:
        """``amount`` (in the case's currency) in yen as a Japanese reader writes it (``6,300億円``), or ''."""
        if amount is None:
            return ""
        _, jpy = money.convert(amount, self.case)
        return money.format_amount(jpy, "JPY", "ja", short=True) if jpy is not None else ""

    def equivalents(self, equivalent: Equivalent | None) -> str:
        """'≈ USD 1.2M · JPY 180M' for an amount's equivalents, or '' if the rates are missing.

        The conversion is the finance module's (``results.equivalents[name]``), done once per analysis.
        """
        if equivalent is None:
            return ""
        usd, jpy = equivalent.usd, equivalent.jpy
        parts = []
        if usd is not None and self.currency != "USD":
            parts.append(money.format_amount(usd, "USD", self.locale, short=True))
        if jpy is not None and self.currency != "JPY":
            parts.append(money.format_amount(jpy, "JPY", self.locale, short=True))
        return "≈ " + " · ".join(parts) if parts else ""

    def rates_note(self) -> str:
        """Which rates the equivalents use, and from when."""
        case = self.case
        parts = []
        if case.local_per_usd and self.currency != "USD":
            parts.append(f"USD 1 = {self.currency} {self.number(case.local_per_usd)}")
        if case.local_per_jpy and self.currency != "JPY":
            parts.append(f"JPY 1 = {self.currency} {self.number(case.local_per_jpy)}")
        if not parts:
            return ""
        when = f" (rates of {case.rates_date.isoformat()})" if case.rates_date else " (date of the rates not stated)"
        return "Equivalents at " + "; ".join(parts) + when
