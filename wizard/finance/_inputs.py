"""Reading the financial case's settings, exchange rates and yearly lines into one timeline."""

from __future__ import annotations

import decimal
from dataclasses import dataclass
from decimal import Decimal

from wizard.finance._common import (
    _CONTEXT,
    _HORIZON_MAX,
    _LINE_AMOUNTS,
    _RATE_MAX,
    _ZERO,
    _amount,
    _code,
    _decimal,
    _Problems,
    _shown,
    _year,
)
from wizard.model import REVENUE_FIELDS, FinancialCase
from wizard.money import RATE_LIMIT, RATE_MIN, format_percent


@dataclass
class _Timeline:
    years: list[int]
    capex: list[Decimal]
    opex: list[Decimal]
    streams: dict[str, list[Decimal]]
    entered: bool  # at least one line inside the period


def _read_settings(case: FinancialCase, problems: _Problems) -> tuple[str | None, Decimal | None, int | None]:
    currency = _code(getattr(case, "currency", None))
    if currency is None:
        problems.add("finance.currency", "Choose the currency the financial case is entered in.", "currency_missing")

    rate = _decimal(getattr(case, "discount_rate_pct", None))
    raw_rate = getattr(case, "discount_rate_pct", None)
    if raw_rate is None:
        problems.add(
            "finance.discount_rate_pct",
            "Enter the discount rate (% a year); the NPV and discounted payback need it.",
            "discount_rate_missing",
        )
    elif rate is None:
        problems.add("finance.discount_rate_pct", f"The discount rate is not a number ({_shown(raw_rate)}).",
                     "discount_rate_invalid")
    elif rate <= -100:
        problems.add(
            "finance.discount_rate_pct",
            f"A discount rate of {_show_rate(rate)} is impossible: it must be above -100% "
            "(at -100% future money would be worth nothing, or less). The NPV is not computed.",
            "discount_rate_too_low",
        )
        rate = None
    elif rate > _RATE_MAX:
        problems.add(
            "finance.discount_rate_pct",
            f"A discount rate of {_show_rate(rate)} is beyond the 100% a year the wizard accepts; "
            "the NPV is not computed.",
            "discount_rate_too_high",
        )
        rate = None

    raw_horizon = getattr(case, "horizon_years", None)
    horizon = raw_horizon if isinstance(raw_horizon, int) and not isinstance(raw_horizon, bool) else None
    if raw_horizon is not None and (horizon is None or not 1 <= horizon <= _HORIZON_MAX):
        problems.add(
            "finance.horizon_years",
            f"The horizon must be between 1 and {_HORIZON_MAX} years (it is {_shown(raw_horizon)}); the years entered "
            "are used instead.",
            "horizon_invalid",
        )
        horizon = None
    return currency, rate, horizon


def _show_rate(rate: Decimal) -> str:
    return format_percent(rate, decimals=2) if abs(rate) < 10**12 else f"{rate:E}%"


def _read_rates(case: FinancialCase, currency: str | None, problems: _Problems) -> None:
    any_rate = False
    for name, code in (("local_per_usd", "USD"), ("local_per_jpy", "JPY")):
        raw = getattr(case, name, None)
        value = _decimal(raw)
        path = f"finance.{name}"
        if raw is not None and (value is None or not RATE_MIN <= value < RATE_LIMIT):
            problems.add(path, f"The rate for 1 {code} must be a positive number with at most 10 decimals "
                         f"(it is {_shown(raw)}); amounts in {code} are left blank.", "rate_invalid")
        if currency == code:
            if value is not None and value != 1:
                problems.add(path, f"The case is in {code}, so 1 {code} is 1 {code}: the rate entered "
                             f"({raw}) is ignored.", "rate_ignored")
            continue
        if value is not None and RATE_MIN <= value < RATE_LIMIT:
            any_rate = True
        elif raw is None:
            local = currency or "local currency"
            problems.add(
                path,
                f"Enter the exchange rate: how many {local} make 1 {code}. Amounts in {code} are left blank until then.",
                "rate_missing",
            )
    if any_rate and getattr(case, "rates_date", None) is None:
        problems.add("finance.rates_date", "Enter the date the exchange rates were taken.", "rates_date_missing")


def _read_lines(
    case: FinancialCase, currency: str | None, horizon: int | None, problems: _Problems
) -> tuple[int | None, _Timeline]:
    lines = list(getattr(case, "lines", None) or [])
    empty = _Timeline([], [], [], {name: [] for name in REVENUE_FIELDS}, False)
    if not lines:
        problems.add("finance.lines", "Enter the yearly capex, opex and revenues.", "lines_missing")

    # (index, year, amounts) for every line that has something in it.
    rows: list[tuple[int, int | None, dict[str, Decimal]]] = []
    previous: int | None = None
    seen: dict[int, int] = {}
    for i, line in enumerate(lines):
        path = f"finance.lines[{i}]"
        raw_year = getattr(line, "year", None)
        year = _year(raw_year)
        has_amounts = any(getattr(line, name, None) is not None for name in _LINE_AMOUNTS)
        if raw_year is None and not has_amounts:
            problems.add(path, f"Line {i + 1} is empty: fill it in or remove it.", "line_empty")
            continue
        amounts = {name: _amount(line, name, path, year, currency, problems) for name in _LINE_AMOUNTS}
        if year is None:
            what = "has no year" if raw_year is None else f"has an impossible year ({_shown(raw_year)})"
            problems.add(f"{path}.year", f"Line {i + 1} {what}; it is left out of the figures until it has one.",
                         "year_missing" if raw_year is None else "year_invalid")
            continue
        if year in seen:
            problems.add(
                f"{path}.year",
                f"{year} appears twice (lines {seen[year] + 1} and {i + 1}); their amounts are added "
                "together. Merge them into one line or correct the year.",
                "year_duplicate",
            )
        elif previous is not None and year < previous:
            problems.add(
                f"{path}.year",
                f"The years are out of order: {year} comes after {previous}. The figures use year order; "
                "sort the lines so the table reads the same way.",
                "year_out_of_order",
            )
        seen.setdefault(year, i)
        previous = year if previous is None else max(previous, year)
        rows.append((i, year, amounts))

    raw_base = getattr(case, "base_year", None)
    base = _year(raw_base)
    years_entered = [year for _, year, _ in rows if year is not None]
    if base is None:
        if raw_base is not None:
            problems.add("finance.base_year", f"The base year {_shown(raw_base)} is not a usable year.", "base_year_invalid")
        if years_entered:
            base = min(years_entered)
            if raw_base is None:
                problems.add(
                    "finance.base_year",
                    f"Enter the base year (year 0 of the discounting); {base}, the earliest year entered, is used "
                    "until then.",
                    "base_year_missing",
                )
        else:
            if raw_base is None and lines:
                problems.add("finance.base_year", "Enter the base year.", "base_year_missing")
            return None, empty
    if horizon is not None:
        end = base + horizon - 1
    else:
        end = max([base, *years_entered])
        if years_entered and getattr(case, "horizon_years", None) is None:
            problems.add(
                "finance.horizon_years",
                f"Enter the horizon (number of years appraised); {base}-{end}, the years entered, is used until then.",
                "horizon_missing",
            )
    years = list(range(base, end + 1))
    zeros = [_ZERO] * len(years)
    timeline = _Timeline(years, list(zeros), list(zeros), {name: list(zeros) for name in REVENUE_FIELDS}, False)
    for i, year, amounts in rows:
        assert year is not None
        if not base <= year <= end:
            problems.add(
                f"finance.lines[{i}].year",
                f"{year} is outside the period appraised ({base}-{end}); this line is left out of the figures. "
                "Change the base year or horizon, or the line's year.",
                "year_outside_period",
            )
            continue
        t = year - base
        timeline.entered = True
        with decimal.localcontext(_CONTEXT):
            timeline.capex[t] += amounts["capex"]
            timeline.opex[t] += amounts["opex"]
            for name in REVENUE_FIELDS:
                timeline.streams[name][t] += amounts[name]
    if not timeline.entered:
        if lines and rows:
            problems.add("finance.lines", f"No line falls within the period appraised ({base}-{end}).",
                         "lines_outside_period")
        return base, _Timeline(years, [], [], {name: [] for name in REVENUE_FIELDS}, False)
    return base, timeline
