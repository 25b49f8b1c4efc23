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
    NUMBER_LOCALES, locale_code(text) -> code, separators(locale) -> (decimal, group)
    reader_locale(interface_language) -> code   # the window's one convention
    parse_number(text, locale) -> Decimal   # raises NumberParseError with the accepted form
    format_amount(amount, currency, language="en", *, short=False) -> str   # exported documents
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
- **Compact form** (``compact=True``) never abbreviates in a way a reader of another language
  misreads: CLDR's short forms are words of each language (Indonesian ``IDR 630 M`` is 630 *miliar*,
  a billion; Vietnamese ``550 T`` is 550 *tỷ*, a billion; "JPY 33,3 M" in the first version meant
  33.3 billion yen), so every locale but Japanese uses the English short scale ``m``, ``bn``, ``tn``
  (``USD 45.3m``, ``IDR 1.2tn``; ``IDR 1,2tn`` with Indonesian separators), and Japanese uses
  万/億/兆 (``USD 4,530万``, ``IDR 1.2兆``), with one decimal at most; below a million (ten thousand
  in Japanese) the number is written in full.
- **Locales**: any Babel locale name (``en``, ``id``, ``vi``, ``th``, ``ja``, ``en_SG``, ``en-SG``);
  an unknown, empty or malformed name falls back to ``en`` without raising.
- **Missing values**: ``None`` (and NaN or infinity, which the model refuses anyway) are shown as
  :data:`MISSING`; a missing currency shows the bare number with two decimals.
"""

from __future__ import annotations

import copy
import re
import decimal
import functools
import unicodedata
from decimal import ROUND_HALF_UP, Decimal
from typing import TYPE_CHECKING

from wizard.i18n.said import Said, said

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
    "NUMBER_LOCALES",
    "NumberParseError",
    "reader_locale",
    "format_amount",
    "locale_code",
    "parse_number",
    "separators",
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


def rounded(value: Decimal, digits: int) -> Decimal:
    """``value`` rounded to ``digits`` decimal places (half even), however large it is: a plain
    ``quantize`` raises InvalidOperation once the result has more digits than the context's precision."""
    with decimal.localcontext(_display(value)):
        return value.quantize(Decimal(1).scaleb(-digits))


_round = rounded


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


#: Short-scale words for compact amounts, largest first: never a single letter ("M" is *miliar*,
#: 10^9, in Indonesian and Malay, "T" is *tỷ*, 10^9, in Vietnamese), so no reader mistakes the scale.
SHORT_SCALE: tuple[tuple[int, str], ...] = ((10**12, "tn"), (10**9, "bn"), (10**6, "m"))
#: Japanese readers count in myriads: 万 (10^4), 億 (10^8), 兆 (10^12).
MYRIAD_SCALE: tuple[tuple[int, str], ...] = ((10**12, "兆"), (10**8, "億"), (10**4, "万"))


def _compact_number(value: Decimal, loc: Locale) -> str:
    """A non-negative ``value`` in short form, one decimal at most, with the locale's separators.

    Japanese uses 万/億/兆 (4,530万, 6,300億, 1.2兆); every other locale the English short scale (38.9m,
    630bn, 3.5tn), whatever the locale's own CLDR abbreviations are (see :data:`SHORT_SCALE`).  Below
    the smallest scale the number is written in full.
    """
    scale = MYRIAD_SCALE if loc.language == "ja" else SHORT_SCALE
    step = 10**4 if loc.language == "ja" else 10**3
    with decimal.localcontext(_display(value)):
        for index, (threshold, word) in enumerate(scale):
            if value < threshold:
                continue
            scaled = _round(value / threshold, 1)
            if scaled >= step and index > 0:
                # 999,960 rounds to "1,000m" in its scale: say "1bn" (only if the next scale is not skipped).
                bigger, bigger_word = scale[index - 1]
                scaled, word = _round(value / bigger, 1), bigger_word
            return format_number(scaled, str(loc), decimals=1, _trim=True) + word
        return format_number(value, str(loc), decimals=1 if value < 100 else 0, _trim=True)


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


# --- number locales the wizard offers, and reading numbers typed in them ---------------------------------

#: The number conventions a proposal can choose (``meta.number_locale``): code -> what the wizard shows.
#: Each is the language's own CLDR convention with Latin digits.
NUMBER_LOCALES: dict[str, str] = {
    "en": "English: 1,234,567.8",
    "id": "Indonesian: 1.234.567,8",
    "vi": "Vietnamese: 1.234.567,8",
    "th": "Thai: 1,234,567.8",
    "km": "Khmer: 1,234,567.8",
    "lo": "Lao: 1.234.567,8",
    "my": "Burmese: 1,234,567.8",
    "ms": "Malay: 1,234,567.8",
    "fil": "Filipino: 1,234,567.8",
    "ja": "Japanese: 1,234,567.8",
}

def reader_locale(lang: str) -> str:
    """The number convention of a reader of the interface language ``lang``: the language's own (``vi``
    writes ``442,1bn``; ``ja`` writes ``4,420.5億``), English for English, the pseudo-locale and a language
    without one of :data:`NUMBER_LOCALES`.  Everything the window shows and reads follows it, so that one
    window never mixes two conventions; the exports keep theirs (:mod:`wizard.export.numbers`)."""
    base = lang.split("-")[0].split("_")[0].lower() if isinstance(lang, str) else ""
    return base if base in NUMBER_LOCALES else FALLBACK_LOCALE

# Names a first-version file may hold in its free-text locale field, lower-cased, -> the code.
_LOCALE_NAMES: dict[str, str] = {
    "english": "en", "bahasa indonesia": "id", "indonesian": "id", "indonesia": "id", "bahasa": "id",
    "vietnamese": "vi", "tiếng việt": "vi", "tieng viet": "vi", "thai": "th", "ไทย": "th",
    "khmer": "km", "ខ្មែរ": "km", "lao": "lo", "ລາວ": "lo", "burmese": "my", "myanmar": "my",
    "မြန်မာ": "my", "malay": "ms", "bahasa melayu": "ms", "bahasa malaysia": "ms", "filipino": "fil",
    "tagalog": "fil", "tl": "fil", "japanese": "ja", "日本語": "ja",
}


def locale_code(text: object) -> str | None:
    """The number-locale code a free-text name stands for (``"Bahasa Indonesia"``, ``"id_ID"``,
    ``"vi-VN"`` -> ``"id"``, ``"vi"``), or None if it names none of :data:`NUMBER_LOCALES`."""
    if not isinstance(text, str):
        return None
    name = " ".join(text.strip().lower().split())
    if not name:
        return None
    if name in _LOCALE_NAMES:
        return _LOCALE_NAMES[name]
    language = name.replace("-", "_").split("_")[0].split(".")[0]
    if language in NUMBER_LOCALES:
        return language
    return _LOCALE_NAMES.get(language)


def separators(locale: str) -> tuple[str, str]:
    """(decimal sign, grouping sign) of ``locale`` with Latin digits: ``("," , ".")`` for ``id``."""
    symbols = resolve_locale(locale).number_symbols.get("latn", {})
    return symbols.get("decimal", "."), symbols.get("group", ",")


class NumberParseError(ValueError):
    """Text that is not a number in the locale, or is ambiguous; the message shows the accepted form.

    :attr:`said` keeps the message's sentence and parts (:mod:`wizard.i18n.said`), for a translated window.
    """

    def __init__(self, message: str | Said) -> None:
        super().__init__(str(message))
        self.said = message if isinstance(message, Said) else None


_SPACES = re.compile(r"[\s\u00a0\u202f\u2009']")


def parse_number(text: str, locale: str = "en") -> Decimal:
    """The number typed as ``text`` by someone using ``locale``'s convention.

    Accepted: the locale's own separators (``10.562.088`` and ``8,5`` in ``id``), the English ones where
    that cannot be misread (``10,562,088``, ``8.5`` or ``1,234.5`` in ``id``), spaces, no-break spaces
    and apostrophes as grouping, a leading minus or plus sign (or U+2212 minus).  Refused, with a
    message that shows the accepted forms: text that is not a number, and a number whose one separator
    could be either (``1.234`` in ``id`` could be 1234 or 1.234: the message asks for ``1234`` or
    ``1,234``).  A locale whose decimal sign is the point reads ``1,234`` as 1234 and ``1,5`` is refused.
    """
    if not isinstance(text, str):
        raise NumberParseError(said("a number is needed here"))
    raw = text.strip()
    if not raw:
        raise NumberParseError(said("a number is needed here"))
    decimal_sign, group_sign = separators(locale)
    example = _example(locale)
    body = _SPACES.sub("", raw).replace("\u2212", "-")
    sign = ""
    if body[:1] in "+-":
        sign, body = ("-" if body[0] == "-" else ""), body[1:]
    if not body or not re.fullmatch(r"[0-9.,]+", body) or not body[0].isdigit() or not body[-1].isdigit():
        raise NumberParseError(said("%1 is not a number; write it like %2", repr(raw), example))
    points, commas = body.count("."), body.count(",")
    if points and commas:
        # Both signs: the last one is the decimal sign, the other groups thousands.
        dec, group = (".", ",") if body.rfind(".") > body.rfind(",") else (",", ".")
        whole, _, frac = body.rpartition(dec)
        if dec in whole or not _grouped(whole, group):
            raise NumberParseError(said("%1 mixes separators in a way that cannot be read; write it like %2", repr(raw), example))
        return _decimal(sign + whole.replace(group, "") + "." + frac)
    if not points and not commas:
        return _decimal(sign + body)
    mark = "." if points else ","
    parts = body.split(mark)
    if len(parts) > 2:
        # The same sign more than once can only be grouping (10.562.088 or 10,562,088).
        if not _grouped(body, mark):
            raise NumberParseError(said("%1 is not grouped in threes; write it like %2", repr(raw), example))
        return _decimal(sign + body.replace(mark, ""))
    whole, frac = parts
    if mark == decimal_sign:
        if len(frac) == 3 and mark != "." and _grouped(body, mark):
            # "8,500" in id: the locale's decimal comma, but also how English groups thousands.
            raise NumberParseError(said(
                "%1 could be %2 or %3; write %2 for the decimal, or %3 for the whole number", repr(raw),
                f"{sign}{_decimal_form(whole, frac, decimal_sign)}", f"{sign}{int(whole + frac)}"))
        return _decimal(sign + whole + "." + frac)
    # One sign that is the locale's grouping sign, or the other convention's decimal sign.
    if len(frac) == 3 and _grouped(body, mark):
        if mark == group_sign and decimal_sign == ",":
            # "1.234" in id: the locale's grouping, or the English decimal point.
            raise NumberParseError(said(
                "%1 could be %2 or %3; write %2 for the whole number, %3 for the decimal", repr(raw),
                f"{sign}{int(whole + frac)}", f"{sign}{_decimal_form(whole, frac, decimal_sign)}"))
        return _decimal(sign + whole + frac)
    if mark == "." and decimal_sign == ",":
        return _decimal(sign + whole + "." + frac)  # "8.5" in id: only the English decimal point fits
    raise NumberParseError(said("%1 is not a number in this format; write it like %2", repr(raw), example))


def _decimal_form(whole: str, frac: str, decimal_sign: str) -> str:
    """How to write ``whole`` and the fraction ``frac`` so that no reader takes it for grouping: trailing
    zeros dropped ("8,5" for "8,500"), and a fourth decimal where three would still read as a group of
    thousands ("0,1250"); these forms are the ones :func:`parse_number` accepts."""
    digits = frac.rstrip("0")
    if not digits:
        return whole
    if len(digits) == 3 and decimal_sign == ",":
        digits += "0"
    return f"{whole}{decimal_sign}{digits}"


def _grouped(text: str, mark: str) -> bool:
    """Whether ``text`` is digits grouped in threes by ``mark`` (the first group 1-3 digits)."""
    groups = text.split(mark)
    return 1 <= len(groups[0]) <= 3 and all(len(g) == 3 for g in groups[1:]) and all(g.isdigit() for g in groups)


def _decimal(text: str) -> Decimal:
    try:
        value = Decimal(text)
    except decimal.InvalidOperation:
        raise NumberParseError(f"{text!r} is not a number") from None
    if not value.is_finite():
        raise NumberParseError(f"{text!r} is not a number")
    return value


def _example(locale: str) -> Said:
    decimal_sign, group_sign = separators(locale)
    return said("%1 or %2", f"1{group_sign}234{group_sign}567{decimal_sign}5", f"1234567{decimal_sign}5")


# --- amounts in an output language (the exported deck and leave-behind) ------------------------------

#: Output languages and the number locale each one writes in: one convention per output language,
#: whatever the city's own convention is.
OUTPUT_LOCALES: dict[str, str] = {"en": "en", "ja": "ja"}

#: Amounts at or above this many units are shown without minor units (no cents on large amounts).
WHOLE_UNITS_FROM = Decimal(1000)


def format_amount(amount: Amount | None, currency: str | None, language: str = "en", *,
                  short: bool = False) -> str:
    """An amount for an exported document in ``language`` (``"en"`` or ``"ja"``); :data:`MISSING` if None.

    English: English separators and short-scale words (``IDR 630,000,000,000``, short ``IDR 630bn``,
    ``USD 38.9m``, ``IDR 3.5tn``), no minor units from :data:`WHOLE_UNITS_FROM` up (``USD 4,850``,
    ``USD 12.50``).  Japanese: yen as Japanese readers write it (``6,300億円``, ``3.5兆円``,
    ``4,530万円``, ``950円``); other currencies keep their code (``IDR 6,300億``).
    """
    value = _as_decimal(amount)
    if value is None:
        return MISSING
    locale = OUTPUT_LOCALES.get(language, "en")
    code = str(currency).upper() if currency else ""
    if locale == "ja" and code == "JPY":
        sign = "-" if value < 0 else ""
        magnitude = abs(value)
        number = _compact_number(magnitude, resolve_locale("ja")) if (short and magnitude >= 10**4) \
            or magnitude >= 10**8 else format_number(magnitude, "ja")
        return f"{sign}{number}円" if number.strip("0.,") else "0円"
    if short:
        return format_money(value, code or None, locale, compact=True)
    if code and abs(value) >= WHOLE_UNITS_FROM and currency_digits(code) > 0:
        text = format_money(value.to_integral_value(ROUND_HALF_UP), code, locale)
        decimal_sign = separators(locale)[0]
        return re.sub(re.escape(decimal_sign) + r"0+(?=\D*$)", "", text, count=1)
    return format_money(value, code or None, locale)
