"""Money, number and percentage formatting (Babel), and currency conversion, for the wizard and the deck.

Pure Python, no Qt.  Amounts are ``Decimal`` (or ``int``) from start to finish; nothing here turns
money into a binary float.

Public API (stable: the deck templates and the wizard's finance page rely on it)::

    format_money(amount, currency, locale="en", *, compact=False, symbol=False) -> str
    format_number(value, locale="en", *, decimals=0, compact=False) -> str
    format_percent(value_pct, locale="en", *, decimals=1) -> str
    convert(amount, case) -> (usd, jpy)
    currency_digits(currency) -> int
    resolve_locale(name) -> babel.Locale
    MISSING  # what every formatter returns for a missing (None) or non-finite value: an em dash

Conventions:

- **Rounding for display is ROUND_HALF_UP** (2.5 -> 3, -2.5 -> -3), the way spreadsheets round, so
  that a planner checking the deck against a workbook sees the same digits.  Only display rounds;
  stored and computed values keep every digit.
- **Minor units**: IDR, VND, KHR, LAK, MMK and JPY are shown without minor units (nobody prices a
  smart-city project in sen or hao, and Babel's ISO data still gives IDR and KHR two decimals);
  every other currency uses its ISO 4217 number of decimals (two for USD, SGD, THB, ...).
- **Currency display**: by default the ISO code (``IDR``, ``USD``, ``SGD``) rather than the local
  symbol, because ``$`` means three different currencies in ASEAN decks and investors compare
  several currencies side by side.  The code is placed where the locale places its currency sign, and
  separated from the digits by a no-break space (U+00A0, CLDR's currency spacing rule), so that
  ``IDR 1,250,000`` never breaks across two lines of a slide.  ``symbol=True`` uses the locale's
  symbol instead (``Rp 1.250.000`` in ``id``), with the same spacing rule: a space only when the
  symbol ends in a letter.
- **Compact form** (``compact=True``) uses the locale's CLDR short compact patterns (``USD 45.3M``,
  ``IDR 1.2T`` in English, ``IDR 1,2 T`` in Indonesian, ``IDR 4530万`` for 45.3 million in Japanese),
  with one decimal at most.  Should a locale lack compact patterns, an English-style scale
  (K, M, B, T) with the locale's own digits and separators is used instead.
- **Locales**: any Babel locale name (``en``, ``id``, ``vi``, ``th``, ``ja``, ``en_SG``, ``en-SG``);
  an unknown, empty or malformed name falls back to ``en`` without raising.
- **Missing values**: ``None`` (and NaN or infinity, which the model refuses anyway) are shown as
  :data:`MISSING`; a missing currency shows the bare number with two decimals.
"""

from __future__ import annotations

import copy
import decimal
import functools
import unicodedata
from decimal import ROUND_HALF_UP, Decimal
from typing import TYPE_CHECKING, Any

# Babel is imported on first use, not with this module: the readiness checks import this module when
# the wizard starts, yet only format amounts once a finding needs one (about 6 ms of start-up).
if TYPE_CHECKING:
    from babel import Locale
    from babel.numbers import NumberPattern

    from wizard.model import FinancialCase

__all__ = [
    "MISSING",
    "NBSP",
    "ZERO_DECIMAL_CURRENCIES",
    "convert",
    "currency_digits",
    "format_money",
    "format_number",
    "format_percent",
    "resolve_locale",
]

MISSING = "\u2014"
"""Shown in place of a missing amount (an em dash)."""

NBSP = "\u00a0"
"""The no-break space placed between a currency code and its digits."""

#: Currencies shown without minor units, whatever ISO 4217 says.
ZERO_DECIMAL_CURRENCIES: frozenset[str] = frozenset({"IDR", "VND", "KHR", "LAK", "MMK", "JPY"})

FALLBACK_LOCALE = "en"

# Display rounding happens inside Babel's quantize() calls, which follow the current decimal context:
# setting the context here is what makes Babel round half up.  The generous precision keeps
# 24-digit amounts exact (the default 28 digits would be too tight once scaled by powers of ten).
_DISPLAY_CONTEXT = decimal.Context(prec=80, rounding=ROUND_HALF_UP)

#: The exchange rates :func:`convert` uses: the model's own bounds (a positive rate with at most
#: 10 decimals and 24 digits); anything else, possible only in a case built without validation, is
#: treated as missing.
RATE_MIN = Decimal("1e-10")
RATE_LIMIT = Decimal("1e14")

# Conversions: 60 significant digits, far more than any 24-digit amount needs, never rounded for show.
_CONVERT_CONTEXT = decimal.Context(prec=60)

# Used when a locale has no compact patterns: (threshold, suffix), largest first.
_FALLBACK_SCALE: tuple[tuple[int, str], ...] = ((10**12, "T"), (10**9, "B"), (10**6, "M"), (10**3, "K"))

Amount = Decimal | int


@functools.lru_cache(maxsize=64)
def resolve_locale(name: str | None) -> Locale:
    """The Babel locale called ``name`` (``-`` or ``_`` separated), or English if there is none."""
    from babel import Locale, UnknownLocaleError

    if name and isinstance(name, str):
        try:
            return Locale.parse(name.strip().replace("-", "_"))
        except (ValueError, TypeError, UnknownLocaleError):
            pass
    return Locale.parse(FALLBACK_LOCALE)


def currency_digits(currency: str | None) -> int:
    """How many decimals ``currency`` is shown with (0 for IDR, VND, KHR, LAK, MMK, JPY)."""
    if not currency:
        return 2
    code = str(currency).upper()
    if code in ZERO_DECIMAL_CURRENCIES:
        return 0
    from babel.numbers import get_currency_precision

    return get_currency_precision(code)


def _as_decimal(value: object) -> Decimal | None:
    """``value`` as a finite Decimal, or None.  Floats go through their shortest repr, never binary."""
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, Decimal):
        result = value
    elif isinstance(value, int):
        result = Decimal(value)
    elif isinstance(value, float):
        result = Decimal(repr(value))
    else:
        try:
            result = Decimal(str(value))
        except decimal.InvalidOperation:
            return None
    return result if result.is_finite() else None


def _display(value: Decimal) -> decimal.Context:
    """The display context, with enough precision for ``value`` to be quantized without error."""
    context = _DISPLAY_CONTEXT.copy()
    context.prec = max(_DISPLAY_CONTEXT.prec, value.adjusted() + 20)
    return context


def _round(value: Decimal, digits: int) -> Decimal:
    with decimal.localcontext(_display(value)):
        return value.quantize(Decimal(1).scaleb(-digits))


def _currency_text(currency: str, loc: Locale, symbol: bool) -> str:
    if not symbol:
        return currency
    from babel.numbers import get_currency_symbol

    return get_currency_symbol(currency, loc)


def _ends_in_letter(text: str, last: bool) -> bool:
    char = text[-1] if last else text[0]
    return unicodedata.category(char).startswith("L")


def _affix(affix: str, currency_text: str, *, before_number: bool) -> str:
    """An affix of a currency pattern with the currency filled in and CLDR currency spacing applied."""
    if "¤" not in affix:
        return affix
    text = affix.replace("¤¤¤", "¤").replace("¤¤", "¤").replace("¤", currency_text)
    if currency_text:
        if before_number and affix.endswith("¤") and _ends_in_letter(currency_text, last=True):
            text += NBSP
        elif not before_number and affix.startswith("¤") and _ends_in_letter(currency_text, last=False):
            text = NBSP + text
    # Babel's patterns may quote literal text ('...'); the apostrophes are not for display.
    return text.replace("'", "")


def _parse_pattern(text: str) -> NumberPattern:
    from babel.numbers import parse_pattern

    return parse_pattern(text)


def _currency_pattern(loc: Locale) -> NumberPattern:
    pattern = loc.currency_formats.get("standard")
    if pattern is None:
        pattern = _parse_pattern("¤#,##0.00")
    return pattern


def format_money(
    amount: Amount | None,
    currency: str | None,
    locale: str = "en",
    *,
    compact: bool = False,
    symbol: bool = False,
) -> str:
    """``amount`` of ``currency`` for display in ``locale``.

    >>> format_money(Decimal("1250000.5"), "IDR")
    'IDR\\xa01,250,001'
    >>> format_money(Decimal("45300000"), "USD", compact=True)
    'USD\\xa045.3M'
    """
    value = _as_decimal(amount)
    if value is None:
        return MISSING
    loc = resolve_locale(locale)
    if not currency:
        return format_number(value, locale, decimals=2, compact=compact)
    code = str(currency).upper()
    text = _currency_text(code, loc, symbol)
    pattern = _currency_pattern(loc)
    negative = value < 0
    if compact:
        number = _compact_number(abs(value), loc)
    else:
        digits = currency_digits(code)
        plain = copy.copy(pattern)
        plain.prefix = ("", "")
        plain.suffix = ("", "")
        plain.frac_prec = (digits, digits)
        with decimal.localcontext(_display(value)):
            rounded = _round(abs(value), digits)
            number = plain.apply(rounded, loc, currency_digits=False)
        # -0.4 JPY rounds to 0: show "JPY 0", not "-JPY 0".
        negative = negative and rounded != 0
    index = 1 if negative else 0
    prefix = _affix(pattern.prefix[index], text, before_number=True)
    suffix = _affix(pattern.suffix[index], text, before_number=False)
    return f"{prefix}{number}{suffix}"


def _compact_number(value: Decimal, loc: Locale, patterns: Any = None) -> str:
    """A non-negative ``value`` in the locale's short compact form, one decimal at most.

    ``patterns`` stands in for the locale's CLDR short compact patterns (tests pass an empty mapping
    to exercise the fallback).
    """
    if patterns is None:
        try:
            patterns = loc.compact_decimal_formats["short"]
        except (KeyError, AttributeError):
            patterns = {}
    others = patterns.get("other") if hasattr(patterns, "get") else None
    if not others:
        return _compact_fallback(value, loc)
    magnitudes = sorted((int(m) for m in others), reverse=True)

    def pick(number: Decimal) -> tuple[int, int, int] | None:
        for magnitude in magnitudes:
            if number >= magnitude:
                zeros = others[str(magnitude)].pattern.count("0")
                if zeros == 0 or others[str(magnitude)].pattern == "0":
                    return None  # the locale does not abbreviate numbers this small
                return magnitude, magnitude // 10 ** (zeros - 1), zeros
        return None

    with decimal.localcontext(_display(value)):
        chosen = pick(value)
        if chosen is None:
            return format_number(value, str(loc), decimals=1, _trim=True)
        magnitude, divisor, zeros = chosen
        scaled = _round(value / divisor, 1)
        if scaled >= 10**zeros:
            # 999,960 rounds to "1000K": move to the next magnitude ("1M") when the locale has one.
            bigger = pick(scaled * divisor)
            if bigger is not None and bigger[0] > magnitude:
                magnitude, divisor, zeros = bigger
                scaled = _round(value / divisor, 1)
        pattern = others[str(magnitude)]
        forms = patterns.get(loc.plural_form(scaled))
        if forms and str(magnitude) in forms:
            pattern = forms[str(magnitude)]
        return str(pattern.apply(scaled.normalize(), loc, decimal_quantization=False))


def _compact_fallback(value: Decimal, loc: Locale) -> str:
    for threshold, suffix in _FALLBACK_SCALE:
        with decimal.localcontext(_display(value)):
            scaled = _round(value / threshold, 1)
        if scaled >= 1:
            return format_number(scaled, str(loc), decimals=1, _trim=True) + suffix
    return format_number(value, str(loc), decimals=1, _trim=True)


def format_number(
    value: Amount | None,
    locale: str = "en",
    *,
    decimals: int = 0,
    compact: bool = False,
    _trim: bool = False,
) -> str:
    """``value`` with the locale's separators and exactly ``decimals`` decimals (or compact: ``45.3M``)."""
    number = _as_decimal(value)
    if number is None:
        return MISSING
    loc = resolve_locale(locale)
    if compact:
        text = _compact_number(abs(number), loc)
        return f"-{text}" if number < 0 and text.strip("0.,") else text
    pattern = copy.copy(loc.decimal_formats.get(None) or _parse_pattern("#,##0.###"))
    pattern.frac_prec = (0 if _trim else decimals, decimals)
    with decimal.localcontext(_display(number)):
        rounded = _round(number, decimals)
        if rounded == 0:
            rounded = abs(rounded)  # no "-0"
        return str(pattern.apply(rounded, loc))


def format_percent(value_pct: Amount | None, locale: str = "en", *, decimals: int = 1) -> str:
    """A percentage given in percentage points: ``Decimal("8.25")`` -> ``8.3%`` (not a fraction)."""
    number = _as_decimal(value_pct)
    if number is None:
        return MISSING
    loc = resolve_locale(locale)
    pattern = copy.copy(loc.percent_formats.get(None) or _parse_pattern("#,##0%"))
    pattern.frac_prec = (decimals, decimals)
    with decimal.localcontext(_display(number)):
        # The pattern multiplies by 100 itself; round first so half-up applies to what is shown.
        rounded = _round(number, decimals)
        if rounded == 0:
            rounded = abs(rounded)
        return str(pattern.apply(rounded / 100, loc))


def convert(amount: Amount | None, case: "FinancialCase") -> tuple[Decimal | None, Decimal | None]:
    """``amount`` (in the case's currency) in USD and in JPY, unrounded; None where no rate is known.

    The rates are the case's ``local_per_usd`` and ``local_per_jpy`` (local units for one USD / one
    JPY).  When the case's currency is USD the USD rate is 1 whatever was entered, and likewise JPY.
    A rate that is missing, or outside the model's bounds (zero, negative, ...), gives None.
    """
    value = _as_decimal(amount)
    if value is None:
        return None, None
    currency = getattr(case, "currency", None)
    code = str(currency).upper() if currency else None
    usd = value if code == "USD" else _divide(value, getattr(case, "local_per_usd", None))
    jpy = value if code == "JPY" else _divide(value, getattr(case, "local_per_jpy", None))
    return usd, jpy


def _divide(value: Decimal, rate: object) -> Decimal | None:
    divisor = _as_decimal(rate)
    if divisor is None or not RATE_MIN <= divisor < RATE_LIMIT:
        return None
    try:
        with decimal.localcontext(_CONVERT_CONTEXT):
            return value / divisor
    except ArithmeticError:
        # Only reachable with numbers far outside what the model accepts (an exponent beyond 10**6).
        return None
