"""The result types of the financial case: immutable, plain data (Decimal amounts, tuples by year)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from decimal import Decimal

from wizard.model import FundingStatus, FundingType


@dataclass(frozen=True)
class FinanceProblem:
    """Something that keeps a figure from being computed, or makes it doubtful, at one field."""

    path: str
    message: str
    code: str = ""


@dataclass(frozen=True)
class Equivalent:
    """An amount in US dollars and in yen (None where the exchange rate is missing)."""

    usd: Decimal | None
    jpy: Decimal | None


@dataclass(frozen=True)
class Scenario:
    """One sensitivity case: the project with one assumption made worse."""

    key: str
    label: str
    description: str
    net: tuple[Decimal, ...]
    npv: Decimal | None
    npv_change: Decimal | None
    npv_equivalent: Equivalent
    irr: Decimal | None
    irr_roots: tuple[Decimal, ...]
    irr_note: str


@dataclass(frozen=True)
class FundingLine:
    """One funding source as entered, with its share of all funding."""

    index: int
    path: str
    source_type: FundingType | None
    label: str
    amount: Decimal | None
    status: FundingStatus | None
    japanese: bool
    share_pct: Decimal | None


@dataclass(frozen=True)
class JapaneseStake:
    """The equity one Japanese investor puts in (all its lines together)."""

    investor: str
    amount: Decimal
    is_join: bool
    share_pct: Decimal | None  # of all Japanese equity


@dataclass(frozen=True)
class FundingSummary:
    """Who pays for what, against total capex, and the ask to Japanese investors."""

    total: Decimal | None
    committed: Decimal | None
    in_discussion: Decimal | None
    sought: Decimal | None
    unspecified: Decimal | None
    gap: Decimal | None
    surplus: Decimal | None
    coverage_pct: Decimal | None  # committed funding as a share of total capex
    lines: tuple[FundingLine, ...]
    by_type: tuple[tuple[FundingType | None, Decimal, Decimal | None], ...]  # (type, amount, share %)
    japanese_equity: tuple[JapaneseStake, ...]
    join_equity: Decimal | None
    join_is_largest_japanese_equity: bool | None
    ask: Decimal | None
    ask_minus_gap: Decimal | None
    ask_covers_gap: bool | None


@dataclass(frozen=True)
class FinancialResults:
    """Everything :func:`compute` works out; per-year figures are tuples aligned with ``years``."""

    currency: str | None
    base_year: int | None
    horizon_years: int | None
    discount_rate_pct: Decimal | None
    years: tuple[int, ...]
    capex: tuple[Decimal, ...]
    opex: tuple[Decimal, ...]
    revenue_by_stream: Mapping[str, tuple[Decimal, ...]]
    revenue: tuple[Decimal, ...]
    net: tuple[Decimal, ...]
    cumulative: tuple[Decimal, ...]
    discounted_net: tuple[Decimal, ...]  # empty when there is no usable discount rate
    cumulative_discounted: tuple[Decimal, ...]
    total_capex: Decimal | None
    total_opex: Decimal | None
    total_revenue: Decimal | None
    total_revenue_by_stream: Mapping[str, Decimal]
    total_net: Decimal | None
    npv: Decimal | None
    irr: Decimal | None  # percent
    irr_roots: tuple[Decimal, ...]  # percent, ascending
    irr_note: str
    payback_years: Decimal | None
    payback_note: str
    discounted_payback_years: Decimal | None
    discounted_payback_note: str
    funding: FundingSummary
    sensitivities: tuple[Scenario, ...]
    equivalents: Mapping[str, Equivalent]
    problems: tuple[FinanceProblem, ...] = field(default=())

    def problems_at(self, path: str) -> list[FinanceProblem]:
        """The problems reported at ``path`` or below it (``finance.lines`` includes its lines)."""
        return [p for p in self.problems if p.path == path or p.path.startswith((path + ".", path + "["))]
