"""Tests of wizard.money: Babel formatting of amounts, numbers and percentages, and USD/JPY conversion.

Expected strings are written out in full (no-break spaces as ``\\xa0``) so that a change in Babel's
data or in our spacing rule shows up as a readable diff.
"""

from __future__ import annotations

import re

import datetime as dt
from decimal import Decimal
from fractions import Fraction

import pytest
from babel import Locale

from wizard import money
from wizard.model import Currency, FinancialCase
from wizard.money import MISSING, convert, format_money, format_number, format_percent

D = Decimal


@pytest.mark.parametrize(
    ("amount", "currency", "locale", "expected"),
    [
        # English: ISO code before the number, no-break space, no minor units for the rupiah.
        ("1250000", "IDR", "en", "IDR\xa01,250,000"),
        ("1250000.49", "IDR", "en", "IDR\xa01,250,000"),
        ("1250000.5", "IDR", "en", "IDR\xa01,250,001"),  # half up, not half even
        ("1250000.5", "VND", "en", "VND\xa01,250,001"),
        ("1234.5", "THB", "en", "THB\xa01,234.50"),
        ("1234.565", "SGD", "en", "SGD\xa01,234.57"),
        ("1234.5", "JPY", "en", "JPY\xa01,235"),
        ("45300000", "USD", "en", "USD\xa045,300,000.00"),
        ("-1250000.5", "USD", "en", "-USD\xa01,250,000.50"),
        ("2.5", "KHR", "en", "KHR\xa03"),
        ("2.5", "LAK", "en", "LAK\xa03"),
        ("2.5", "MMK", "en", "MMK\xa03"),
        # Local locales: their separators and their placement of the currency.
        ("1250000", "IDR", "id", "IDR\xa01.250.000"),
        ("1234.5", "USD", "id", "USD\xa01.234,50"),
        ("1250000", "VND", "vi", "1.250.000\xa0VND"),
        ("-1234.5", "USD", "vi", "-1.234,50\xa0USD"),
        ("1234.5", "THB", "th", "THB\xa01,234.50"),
        ("1234.5", "SGD", "en_SG", "SGD\xa01,234.50"),
        ("1234.5", "JPY", "ja", "JPY\xa01,235"),
        ("1250000", "IDR", "ja", "IDR\xa01,250,000"),
    ],
)
def test_format_money(amount: str, currency: str, locale: str, expected: str) -> None:
    assert format_money(D(amount), currency, locale) == expected


@pytest.mark.parametrize(
    ("amount", "currency", "locale", "expected"),
    [
        ("1250000", "IDR", "id", "Rp\xa01.250.000"),  # a symbol ending in a letter gets a space
        ("1234.5", "USD", "en", "$1,234.50"),  # a sign does not
        ("1234.5", "THB", "th", "฿1,234.50"),
        ("1250000", "VND", "vi", "1.250.000\xa0₫"),
        ("1234.5", "JPY", "ja", "￥1,235"),
    ],
)
def test_format_money_with_symbol(amount: str, currency: str, locale: str, expected: str) -> None:
    assert format_money(D(amount), currency, locale, symbol=True) == expected


@pytest.mark.parametrize(
    ("amount", "currency", "locale", "expected"),
    [
        ("1234567890123", "IDR", "en", "IDR\xa01.2tn"),
        ("45300000", "USD", "en", "USD\xa045.3m"),
        ("45000000", "USD", "en", "USD\xa045m"),
        ("-45300000", "USD", "en", "-USD\xa045.3m"),
        ("3450000000", "SGD", "en", "SGD\xa03.5bn"),  # 3.45 rounds half up
        ("999960000", "THB", "en", "THB\xa01bn"),  # not "1,000m"
        ("999960", "THB", "en", "THB\xa0999,960"),  # below a million: in full
        ("950", "USD", "en", "USD\xa0950"),
        # CLDR's own short forms are words of each language ("M" is miliar in Indonesian, "T" is tỷ in
        # Vietnamese: both a billion); every locale but Japanese uses the English short scale instead.
        ("1234567890123", "IDR", "id", "IDR\xa01,2tn"),
        ("630000000000", "IDR", "id", "IDR\xa0630bn"),
        ("45300000", "USD", "id", "USD\xa045,3m"),
        ("45300000", "USD", "vi", "45,3m\xa0USD"),
        ("45300000", "USD", "ja", "USD\xa04,530万"),
        ("1234567890123", "IDR", "ja", "IDR\xa01.2兆"),
        ("33300000000", "JPY", "ja", "JPY\xa0333億"),
    ],
)
def test_format_money_compact(amount: str, currency: str, locale: str, expected: str) -> None:
    assert format_money(D(amount), currency, locale, compact=True) == expected


@pytest.mark.parametrize("locale", ["en", "id", "vi", "th", "km", "lo", "my", "ms", "fil"])
def test_compact_forms_never_use_a_single_letter_scale(locale: str) -> None:
    """'JPY 33,3 M' meant 33.3 billion yen in the first version: no single-letter scale in any locale."""
    for amount in ("45300000", "33300000000", "1234567890123"):
        text = format_money(D(amount), "JPY", locale, compact=True)
        assert re.search(r"\d(m|bn|tn)\b", text), text
        assert not re.search(r"\d\s?[KMBTk]\b|jt|rb|Tr|tỷ", text), text


@pytest.mark.parametrize("bad", ["zz", "", "not a locale at all", "x" * 300, "qq_QQ", "12"])
def test_unknown_locale_falls_back_to_english(bad: str) -> None:
    assert money.resolve_locale(bad) == Locale.parse("en")
    assert format_money(D("1234.5"), "USD", bad) == "USD\xa01,234.50"
    assert format_number(D("1234.5"), bad, decimals=1) == "1,234.5"
    assert format_percent(D("8.25"), bad) == "8.3%"


def test_locale_names_with_hyphens_work() -> None:
    assert money.resolve_locale("en-SG") == Locale.parse("en_SG")
    assert format_money(D("1250000"), "IDR", "id-ID") == "IDR\xa01.250.000"


def test_missing_values() -> None:
    assert format_money(None, "USD") == MISSING
    assert format_money(D("NaN"), "USD") == MISSING
    assert format_number(None) == MISSING
    assert format_percent(None) == MISSING
    assert format_money(D("1234.5"), None) == "1,234.50"  # no currency: the bare number
    assert format_money(D("1234.5"), "") == "1,234.50"


def test_currency_enum_is_accepted() -> None:
    assert format_money(D("1250000"), Currency.IDR) == "IDR\xa01,250,000"


def test_negative_rounding_to_zero_shows_no_minus() -> None:
    assert format_money(D("-0.4"), "JPY") == "JPY\xa00"
    assert format_number(D("-0.004"), decimals=2) == "0.00"
    assert format_percent(D("-0.04")) == "0.0%"


def test_huge_amounts_keep_every_digit() -> None:
    # 10**20 rupiah and a cent more: no float would survive this.
    assert format_money(D("100000000000000000000.01"), "USD") == "USD\xa0100,000,000,000,000,000,000.01"
    assert format_money(D("123456789012345678901234"), "IDR") == "IDR\xa0123,456,789,012,345,678,901,234"


@pytest.mark.parametrize(
    ("value", "locale", "kwargs", "expected"),
    [
        ("1234567.891", "en", {"decimals": 2}, "1,234,567.89"),
        ("1234567.891", "id", {"decimals": 2}, "1.234.567,89"),
        ("1234567.5", "en", {}, "1,234,568"),
        ("2.5", "en", {}, "3"),  # half up
        ("-2.5", "en", {}, "-3"),  # half up means away from zero
        ("45300000", "en", {"compact": True}, "45.3m"),
        ("-45300000", "en", {"compact": True}, "-45.3m"),
        ("45300000", "id", {"compact": True}, "45,3m"),
        ("12.34", "en", {"compact": True}, "12.3"),
    ],
)
def test_format_number(value: str, locale: str, kwargs: dict[str, object], expected: str) -> None:
    assert format_number(D(value), locale, **kwargs) == expected  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("value", "locale", "decimals", "expected"),
    [
        ("8.25", "en", 1, "8.3%"),
        ("8.25", "en", 2, "8.25%"),
        ("12", "en", 0, "12%"),
        ("-3.45", "en", 1, "-3.5%"),
        ("8.25", "id", 1, "8,3%"),
        ("1250", "en", 0, "1,250%"),
    ],
)
def test_format_percent(value: str, locale: str, decimals: int, expected: str) -> None:
    assert format_percent(D(value), locale, decimals=decimals) == expected


def test_currency_digits() -> None:
    for code in ("IDR", "VND", "KHR", "LAK", "MMK", "JPY"):
        assert money.currency_digits(code) == 0
    for code in ("USD", "SGD", "THB", "MYR", "PHP", "BND"):
        assert money.currency_digits(code) == 2


def _close(value: Decimal | None, exact: Fraction) -> bool:
    """``value`` equals ``exact`` to 50 significant digits (divisions are carried to 60)."""
    assert isinstance(value, Decimal)
    return abs(Fraction(value) - exact) <= abs(exact) * Fraction(1, 10**50)


def _case(**kwargs: object) -> FinancialCase:
    return FinancialCase(**kwargs)  # type: ignore[arg-type]


def test_convert_with_both_rates() -> None:
    case = _case(currency=Currency.IDR, local_per_usd=D("16200"), local_per_jpy=D("105"),
                 rates_date=dt.date(2026, 10, 1))
    usd, jpy = convert(D("3240000"), case)
    assert usd == D("200")
    assert _close(jpy, Fraction(3240000, 105))
    assert isinstance(usd, Decimal) and isinstance(jpy, Decimal)


def test_convert_usd_and_jpy_cases_use_an_implicit_rate_of_one() -> None:
    usd_case = _case(currency=Currency.USD, local_per_jpy=D("0.0067"))
    usd, jpy = convert(D("100"), usd_case)
    assert usd == D("100")
    assert _close(jpy, Fraction(1000000, 67))
    # A USD rate entered by mistake in a USD case is ignored: 1 USD is 1 USD.
    usd_case.local_per_usd = D("16000")
    assert convert(D("100"), usd_case)[0] == D("100")
    jpy_case = _case(currency=Currency.JPY, local_per_usd=D("150"))
    assert convert(D("1500"), jpy_case) == (D("10"), D("1500"))


def test_convert_missing_rates_give_none() -> None:
    case = _case(currency=Currency.THB)
    assert convert(D("100"), case) == (None, None)
    case.local_per_usd = D("36.5")
    usd, jpy = convert(D("73"), case)
    assert (usd, jpy) == (D("2"), None)
    assert convert(None, case) == (None, None)


def test_convert_ignores_an_impossible_rate_from_an_unvalidated_case() -> None:
    case = FinancialCase.model_construct(currency=Currency.THB, local_per_usd=D("0"), local_per_jpy=D("-1"))
    assert convert(D("100"), case) == (None, None)


def test_convert_is_exact_for_huge_amounts() -> None:
    case = _case(currency=Currency.IDR, local_per_usd=D("16000"), local_per_jpy=D("100"))
    usd, jpy = convert(D("160000000000000000000000.00"), case)
    assert usd == D("10000000000000000000")
    assert jpy == D("1600000000000000000000")
