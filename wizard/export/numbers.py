"""Number formatting for the deck: money with USD and JPY equivalents, plain numbers, percentages.

A thin layer over :mod:`wizard.money` (the finance engineer's Babel-based formatting), so the template
only ever receives finished strings, formatted for the proposal's locale and currency.
"""

from __future__ import annotations

from decimal import Decimal

from wizard import money
from wizard.finance import Equivalent
from wizard.model import Currency, FinancialCase


class Numbers:
    """Formatting bound to one proposal's locale, currency and exchange rates."""

    def __init__(self, case: FinancialCase, locale: str) -> None:
        self.case = case
        self.locale = _usable_locale(locale)
        self.compact_locale = _compact_locale(self.locale)
        self.currency: str = case.currency.value if case.currency else Currency.USD.value

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
        if amount is None:
            return ""
        if compact:
            return money.format_money(amount, currency or self.currency, self.compact_locale, compact=True)
        return money.format_money(amount, currency or self.currency, self.locale)

    def equivalents(self, equivalent: Equivalent | None) -> str:
        """'≈ USD 1.2M · JPY 180M' for an amount's equivalents, or '' if the rates are missing.

        The conversion is the finance module's (``results.equivalents[name]``), done once per analysis.
        """
        if equivalent is None:
            return ""
        usd, jpy = equivalent.usd, equivalent.jpy
        parts = []
        if usd is not None and self.currency != "USD":
            parts.append(money.format_money(usd, "USD", self.compact_locale, compact=True))
        if jpy is not None and self.currency != "JPY":
            parts.append(money.format_money(jpy, "JPY", self.compact_locale, compact=True))
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


def _usable_locale(name: str) -> str:
    return str(money.resolve_locale(name))


def _compact_locale(name: str) -> str:
    """The locale for short amounts ('IDR 630B'): English scale words, the number locale's separators.

    The deck's labels are English, and CLDR's short forms are words of the number locale: Indonesian
    'IDR 630 M' is 630 *miliar* (billion) and Vietnamese '550 T' is 550 *tỷ* (billion), which an
    English reader takes for million and trillion. So short forms use an English locale whose decimal
    and grouping signs match the proposal's own (en_ID for Indonesian: 'IDR 3,5T').
    """
    from babel import Locale, UnknownLocaleError

    locale = money.resolve_locale(name)
    if locale.language == "en":
        return str(locale)

    def signs(loc: Locale) -> tuple[str, str]:
        symbols = loc.number_symbols.get("latn", {})
        return symbols.get("decimal", "."), symbols.get("group", ",")

    wanted = signs(locale)
    candidates = ([f"en_{locale.territory}"] if locale.territory else []) + ["en", "en_ID", "en_DE", "en_CH", "en_FI"]
    for candidate in candidates:
        try:
            english = Locale.parse(candidate)
        except (ValueError, UnknownLocaleError):
            continue
        if signs(english) == wanted:
            return candidate
    return "en"
