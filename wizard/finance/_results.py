"""The result types of the financial case: immutable, plain data (Decimal amounts, tuples by year)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from wizard.model import FundingStatus, FundingType, InvestorType, TerminalValueMethod


@dataclass(frozen=True)
class FinanceProblem:
    """Something that keeps a figure from being computed, or makes it doubtful, at one field."""

    path: str
    message: str
    code: str = ""
    #: The English ``message`` as a template (``{name}`` slots, one of ``PROBLEMS`` in ``_common``) and the
    #: values it was filled with, so that another language can say the same (the readiness texts'
    #: ``finance_<key>`` phrases).  Values are text, numbers, :class:`ProblemField` or :class:`ProblemMoney`.
    template: str = field(default="", compare=False)
    values: tuple[tuple[str, Any], ...] = field(default=(), compare=False)
    key: str = field(default="", compare=False)


@dataclass(frozen=True)
class ProblemField:
    """A field named inside a problem's message (a pattern such as ``finance.lines.capex``), in running text."""

    pattern: str

    def __str__(self) -> str:
        from wizard.fields import field_title

        return field_title(self.pattern).lower()


@dataclass(frozen=True)
class ProblemMoney:
    """An amount inside a problem's message, written out in full with its currency."""

    amount: Decimal
    currency: str | None

    def __str__(self) -> str:
        from wizard.money import format_money

        return format_money(self.amount, self.currency)


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
    #: The NPV is below zero in this case (None when there is no NPV).
    npv_negative: bool | None = None
    #: Where the NPV (without terminal value) reaches zero on this case's driver: percent of capex
    #: overrun or revenue shortfall, or years of delay; None when it never does, or already has.
    break_even: Decimal | None = None
    break_even_note: str = ""


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
    #: The financing structure and the investor's figures (None when no year is entered).
    structure: Structure | None = None

    def problems_at(self, path: str) -> list[FinanceProblem]:
        """The problems reported at ``path`` or below it (``finance.lines`` includes its lines)."""
        return [p for p in self.problems if p.path == path or p.path.startswith((path + ".", path + "["))]


# --- the financing structure ---------------------------------------------------------------------------


@dataclass(frozen=True)
class DebtYear:
    """One year of one loan, in the case's currency at the base-year rate; ``service_local`` converted."""

    year_index: int
    opening: Decimal
    drawn: Decimal
    interest: Decimal
    principal: Decimal
    closing: Decimal
    fx_factor: Decimal  # local currency per unit of the loan this year, relative to the base year
    service_local: Decimal  # (interest + principal) * fx_factor
    year: int | None = None


@dataclass(frozen=True)
class LoanSchedule:
    """A loan's terms and its debt schedule over the period."""

    index: int
    path: str
    label: str
    amount: Decimal
    currency: str | None
    foreign: bool
    rate_pct: Decimal
    tenor_years: int
    grace_years: int
    annuity: bool
    fee: Decimal
    first_year: int
    years: tuple[DebtYear, ...]
    outstanding_at_end: Decimal


@dataclass(frozen=True)
class Shareholder:
    """One shareholder of the project company."""

    index: int
    path: str
    label: str
    amount: Decimal
    share_pct: Decimal | None
    share_from_amount: bool  # no shareholding entered: its share of the equity amounts is used
    investor_type: InvestorType | None
    japanese: bool


@dataclass(frozen=True)
class SourceUse:
    """One line of the sources-and-uses table."""

    label: str
    amount: Decimal
    kind: str  # uses: capex, development, idc, fees, reserves; sources: debt, equity, grant
    path: str


@dataclass(frozen=True)
class SourcesAndUses:
    uses: tuple[SourceUse, ...]
    sources: tuple[SourceUse, ...]
    total_uses: Decimal
    total_sources: Decimal
    difference: Decimal  # sources - uses
    balanced: bool | None
    tolerance_pct: Decimal
    guarantees: Decimal  # guarantees given, not cash, so not a source


@dataclass(frozen=True)
class CaseFigures:
    """The figures of one case (the base case, a scenario, one end of a tornado bar)."""

    key: str
    label: str
    description: str
    npv: Decimal | None
    npv_with_terminal: Decimal | None
    npv_negative: bool | None  # of the NPV with terminal value (without, when there is none)
    irr: Decimal | None
    irr_note: str
    equity_irr: Decimal | None
    equity_irr_note: str
    equity_npv: Decimal | None
    dscr_min: Decimal | None
    dscr_min_year: int | None


@dataclass(frozen=True)
class BreakEven:
    """Where the project NPV reaches zero, on one basis (with or without the terminal value)."""

    basis: str  # "without_terminal" or "with_terminal"
    npv: Decimal | None
    capex_overrun_pct: Decimal | None
    capex_note: str
    revenue_shortfall_pct: Decimal | None
    revenue_note: str
    delay_years: Decimal | None
    delay_note: str


@dataclass(frozen=True)
class TornadoBar:
    driver: str
    label: str
    low: CaseFigures  # the driver at -20%
    high: CaseFigures  # the driver at +20%
    swing: Decimal | None  # |NPV(high) - NPV(low)|, with terminal value when there is one


@dataclass(frozen=True)
class FxCase:
    """The local currency losing ``rate_pct`` a year against the foreign loans' currencies."""

    rate_pct: Decimal
    loans: tuple[str, ...]
    base: CaseFigures
    depreciated: CaseFigures


@dataclass(frozen=True)
class Structure:
    """Debt, coverage, equity returns, terminal value, sources and uses, break-evens and scenarios."""

    operations_start_year: int | None
    operations_note: str
    loans: tuple[LoanSchedule, ...]
    interest: tuple[Decimal, ...]
    principal: tuple[Decimal, ...]
    debt_service: tuple[Decimal, ...]
    depreciation: tuple[Decimal, ...]
    tax: tuple[Decimal, ...]
    cfads: tuple[Decimal, ...]
    dscr: tuple[Decimal | None, ...]
    dscr_min: Decimal | None
    dscr_min_year: int | None
    dscr_average: Decimal | None
    min_dscr: Decimal | None
    dscr_below_minimum: tuple[int, ...]
    interest_during_construction: Decimal
    fees: Decimal
    debt_outstanding_at_end: Decimal
    equity_flows: tuple[Decimal, ...]
    equity_irr: Decimal | None
    equity_irr_roots: tuple[Decimal, ...]
    equity_irr_note: str
    cost_of_equity_pct: Decimal | None
    equity_npv: Decimal | None
    shareholders: tuple[Shareholder, ...]
    terminal_method: TerminalValueMethod | None
    terminal_value: Decimal | None
    terminal_note: str
    npv_with_terminal: Decimal | None
    irr_with_terminal: Decimal | None
    irr_with_terminal_note: str
    sources_and_uses: SourcesAndUses
    break_even: tuple[BreakEven, ...]
    #: Works out the tornado, the scenarios and the currency case when first read (they are ten times the
    #: cost of the base case, and the readiness rules never need them).
    detail: Any = field(repr=False, compare=False)

    @property
    def tornado(self) -> tuple[TornadoBar, ...]:
        """Each driver at -20% and +20%, the widest swing of the NPV first."""
        return self.detail.tornado  # type: ignore[no-any-return]

    @property
    def scenarios(self) -> tuple[CaseFigures, ...]:
        """The base case, then each of the team's named scenarios."""
        return self.detail.scenarios  # type: ignore[no-any-return]

    @property
    def fx(self) -> FxCase | None:
        """The local currency depreciating against the foreign loans (None without a foreign loan or a rate)."""
        return self.detail.fx  # type: ignore[no-any-return]
