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
        problems.say("finance.currency", "currency_missing")

    rate = _decimal(getattr(case, "discount_rate_pct", None))
    raw_rate = getattr(case, "discount_rate_pct", None)
    if raw_rate is None:
        problems.say("finance.discount_rate_pct", "discount_rate_missing")
    elif rate is None:
        problems.say("finance.discount_rate_pct", "discount_rate_invalid", raw=_shown(raw_rate))
    elif rate <= -100:
        problems.say("finance.discount_rate_pct", "discount_rate_too_low", rate=_show_rate(rate))
        rate = None
    elif rate > _RATE_MAX:
        problems.say("finance.discount_rate_pct", "discount_rate_too_high", rate=_show_rate(rate))
        rate = None

    raw_horizon = getattr(case, "horizon_years", None)
    horizon = raw_horizon if isinstance(raw_horizon, int) and not isinstance(raw_horizon, bool) else None
    if raw_horizon is not None and (horizon is None or not 1 <= horizon <= _HORIZON_MAX):
        problems.say("finance.horizon_years", "horizon_invalid", most=_HORIZON_MAX, raw=_shown(raw_horizon))
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
            problems.say(path, "rate_invalid", code=code, raw=_shown(raw))
        if currency == code:
            if value is not None and value != 1:
                problems.say(path, "rate_ignored", code=code, raw=str(raw))
            continue
        if value is not None and RATE_MIN <= value < RATE_LIMIT:
            any_rate = True
        elif raw is None:
            if currency:
                problems.say(path, "rate_missing", local=currency, code=code)
            else:
                problems.say(path, "rate_missing", key="rate_missing_no_currency", code=code)
    if any_rate and getattr(case, "rates_date", None) is None:
        problems.say("finance.rates_date", "rates_date_missing")


def _read_lines(
    case: FinancialCase, currency: str | None, horizon: int | None, problems: _Problems
) -> tuple[int | None, _Timeline]:
    lines = list(getattr(case, "lines", None) or [])
    empty = _Timeline([], [], [], {name: [] for name in REVENUE_FIELDS}, False)
    if not lines:
        problems.say("finance.lines", "lines_missing")

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
            problems.say(path, "line_empty", row=i + 1)
            continue
        amounts = {name: _amount(line, name, path, year, currency, problems) for name in _LINE_AMOUNTS}
        if year is None:
            if raw_year is None:
                problems.say(f"{path}.year", "year_missing", row=i + 1)
            else:
                problems.say(f"{path}.year", "year_invalid", row=i + 1, raw=_shown(raw_year))
            continue
        if year in seen:
            problems.say(f"{path}.year", "year_duplicate", year=year, first=seen[year] + 1, row=i + 1)
        elif previous is not None and year < previous:
            problems.say(f"{path}.year", "year_out_of_order", year=year, previous=previous)
        seen.setdefault(year, i)
        previous = year if previous is None else max(previous, year)
        rows.append((i, year, amounts))

    raw_base = getattr(case, "base_year", None)
    base = _year(raw_base)
    years_entered = [year for _, year, _ in rows if year is not None]
    if base is None:
        if raw_base is not None:
            problems.say("finance.base_year", "base_year_invalid", raw=_shown(raw_base))
        if years_entered:
            base = min(years_entered)
            if raw_base is None:
                problems.say("finance.base_year", "base_year_missing", key="base_year_earliest", base=base)
        else:
            if raw_base is None and lines:
                problems.say("finance.base_year", "base_year_missing")
            return None, empty
    if horizon is not None:
        end = base + horizon - 1
    else:
        end = max([base, *years_entered])
        if years_entered and getattr(case, "horizon_years", None) is None:
            problems.say("finance.horizon_years", "horizon_missing", base=base, end=end)
    years = list(range(base, end + 1))
    zeros = [_ZERO] * len(years)
    timeline = _Timeline(years, list(zeros), list(zeros), {name: list(zeros) for name in REVENUE_FIELDS}, False)
    for i, year, amounts in rows:
        assert year is not None
        if not base <= year <= end:
            problems.say(f"finance.lines[{i}].year", "year_outside_period", year=year, base=base, end=end)
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
            problems.say("finance.lines", "lines_outside_period", base=base, end=end)
        return base, _Timeline(years, [], [], {name: [] for name in REVENUE_FIELDS}, False)
    return base, timeline
