"""The financial figures the readiness gates read, each behind one small function (no Qt).

Every gate that needs "who holds which share", "does the money close" or "can the debt be repaid"
asks these functions, so the rules read one answer.

**Shareholdings** (:func:`shareholders`): the project company's shareholders are the funding sources
whose money is equity (the finance package's own classification, :func:`wizard.finance._structure.kind_of`:
instrument equity, or no instrument and type JOIN equity or private equity), grouped by funder name.
A shareholder's share is the shareholding entered for it (``shareholding_pct``) where one is given,
and otherwise its amount's share of all the equity: the same rule as the finance package's
``Structure.shareholders``.  Who a shareholder is comes from its investor type where one is given
(JOIN; a city or city-owned company is public; a sponsor, fund or other investor is private) and
otherwise from the source's type (JOIN equity; public budgets, governments and development
institutions are public; everything else private).
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from wizard.finance import FinancialResults
from wizard.finance._structure import kind_of
from wizard.model import FundingSource, FundingStatus, FundingType, Instrument, InvestorType, Proposal

_ZERO = Decimal(0)
_HUNDRED = Decimal(100)

#: Revenue streams that depend on how many people use and pay for the service (demand risk).
DEMAND_STREAMS: tuple[str, ...] = ("rev_user_fees", "rev_data_services", "rev_advertising")

#: Share of total revenue above which a project counts as revenue-based (its case rests on demand).
DEMAND_SHARE_MIN = Decimal("0.10")

#: How far short of capex (share of capex) the funding plan may be before it "does not close".
PLAN_SHORT_TOLERANCE = Decimal("0.05")

#: Shareholdings entered may add up to 100 within this many percentage points (rounding of thirds).
SHARES_TOTAL_TOLERANCE_PP = Decimal("0.5")

#: Public sources whose equity is not private initiative.
_PUBLIC_TYPES = frozenset({FundingType.PUBLIC_BUDGET, FundingType.NATIONAL_GOVERNMENT, FundingType.ODA_JICA,
                           FundingType.MULTILATERAL, FundingType.JOIN_EQUITY})
_PRIVATE_INVESTORS = frozenset({InvestorType.SPONSOR, InvestorType.FUND, InvestorType.OTHER})


@dataclass(frozen=True)
class Holding:
    """One shareholder of the project company, as far as the funding sources tell."""

    index: int  # row of finance.funding (the first one, if a holder has several lines)
    name: str
    amount: Decimal
    japanese: bool
    is_join: bool
    is_private: bool
    committed: bool
    #: The shareholding entered for it (percent; summed over its rows), or None when none is given.
    stated_pct: Decimal | None = None
    #: Every row of finance.funding that holds its equity.
    rows: tuple[int, ...] = ()


@dataclass(frozen=True)
class Shareholders:
    """Everyone holding equity in the project company, and each one's share."""

    holdings: tuple[Holding, ...]
    total_amount: Decimal

    def amount_pct(self, holding: Holding) -> Decimal | None:
        """The holder's share of all the equity by amount, in percent."""
        return holding.amount * _HUNDRED / self.total_amount if self.total_amount > 0 else None

    def share_pct(self, holding: Holding) -> Decimal | None:
        """The holder's share of the company: the shareholding entered, else its share by amount."""
        return holding.stated_pct if holding.stated_pct is not None else self.amount_pct(holding)

    @property
    def stated(self) -> list[Holding]:
        return [h for h in self.holdings if h.stated_pct is not None]

    @property
    def unstated(self) -> list[Holding]:
        return [h for h in self.holdings if h.stated_pct is None]

    @property
    def stated_total(self) -> Decimal | None:
        """The shareholdings entered, added up, when every shareholder has one (else None)."""
        if not self.holdings or self.unstated:
            return None
        return sum((h.stated_pct for h in self.holdings if h.stated_pct is not None), _ZERO)

    @property
    def join(self) -> Holding | None:
        return next((h for h in self.holdings if h.is_join), None)

    @property
    def private(self) -> list[Holding]:
        """Private shareholders beside JOIN (not public budgets, not the city, not development institutions)."""
        return [h for h in self.holdings if h.is_private]

    def largest_japanese_other_than_join(self) -> Holding | None:
        others = [h for h in self.holdings if h.japanese and not h.is_join]
        return max(others, key=lambda h: self.share_pct(h) or _ZERO) if others else None

    def join_is_largest_japanese(self) -> bool:
        """JOIN's share is at least that of every other Japanese shareholder (JOIN's rule says it never may be)."""
        join = self.join
        if join is None:
            return False
        mine = self.share_pct(join) or _ZERO
        largest = self.largest_japanese_other_than_join()
        return largest is None or mine >= (self.share_pct(largest) or _ZERO)


def is_equity(source: object) -> bool:
    """Whether a funding source buys shares in the project company (the finance package's classification)."""
    return kind_of(source) == "equity"


def holder_name(source: object) -> str:
    if _is_join(source):
        return "JOIN"
    name = " ".join(str(getattr(source, "name", "") or "").split())
    if name:
        return name
    kind = getattr(source, "source_type", None)
    return kind.label if isinstance(kind, FundingType) else "Unnamed source"


def _is_join(source: object) -> bool:
    investor = getattr(source, "investor_type", None)
    if investor is not None:
        return bool(investor == InvestorType.JOIN)
    return getattr(source, "source_type", None) == FundingType.JOIN_EQUITY


def _is_private(source: object) -> bool:
    investor = getattr(source, "investor_type", None)
    if investor is not None:
        return investor in _PRIVATE_INVESTORS
    return getattr(source, "source_type", None) not in _PUBLIC_TYPES


def shareholders(proposal: Proposal) -> Shareholders:
    """The project company's shareholders (see the module docstring); a shareholder with a shareholding
    entered counts even before its amount is known."""
    found: dict[str, Holding] = {}
    for i, source in enumerate(proposal.finance.funding):
        if not is_equity(source):
            continue
        money = source.amount if source.amount is not None and source.amount > 0 else _ZERO
        share = source.shareholding_pct
        if money <= 0 and (share is None or share <= 0):
            continue
        is_join = _is_join(source)
        holder = holder_name(source)
        key = "\0join" if is_join else holder.casefold()
        japanese = bool(source.japanese) or is_join
        private = not is_join and _is_private(source)
        committed = source.status == FundingStatus.COMMITTED
        old = found.get(key)
        if old is None:
            found[key] = Holding(i, holder, money, japanese, is_join, private, committed, share, (i,))
        else:
            both = old.stated_pct + share if old.stated_pct is not None and share is not None else None
            found[key] = Holding(old.index, old.name, old.amount + money, old.japanese or japanese, is_join,
                                 old.is_private or private, old.committed or committed, both, (*old.rows, i))
    holdings = tuple(found.values())
    return Shareholders(holdings, sum((h.amount for h in holdings), _ZERO))


# --- kept for the rules that read one figure -----------------------------------------------------------


def equity_holdings(proposal: Proposal) -> list[Holding]:
    return list(shareholders(proposal).holdings)


def join_holding(proposal: Proposal) -> Holding | None:
    return shareholders(proposal).join


def join_is_largest_japanese(proposal: Proposal) -> bool:
    return shareholders(proposal).join_is_largest_japanese()


def private_holdings(proposal: Proposal) -> list[Holding]:
    return shareholders(proposal).private


def equity_asked(proposal: Proposal) -> bool:
    """Equity is asked of Japanese investors, or JOIN equity is in the plan: exit and private-initiative gates apply."""
    return proposal.finance.ask_instrument == Instrument.EQUITY or join_holding(proposal) is not None


def demand_revenue_share(fin: FinancialResults) -> Decimal | None:
    """Share of revenue that depends on users paying (fees, data services, advertising), 0-1."""
    total = fin.total_revenue
    if not total or total <= 0:
        return None
    demand = sum((fin.total_revenue_by_stream.get(name, _ZERO) for name in DEMAND_STREAMS), _ZERO)
    return demand / total


def revenue_based(fin: FinancialResults) -> bool:
    share = demand_revenue_share(fin)
    return share is not None and share >= DEMAND_SHARE_MIN


@dataclass(frozen=True)
class FundingPlan:
    """Sources and the ask against capex: does the money close?"""

    capex: Decimal
    listed: Decimal          # every funding source entered, whatever its status
    committed: Decimal
    in_discussion: Decimal
    sought: Decimal
    ask_beyond_listed: Decimal  # the part of the ask not already among the listed Japanese sources
    total: Decimal              # listed + ask_beyond_listed

    @property
    def shortfall(self) -> Decimal:
        return max(self.capex - self.total, _ZERO)

    @property
    def closes(self) -> bool:
        return self.shortfall <= self.capex * PLAN_SHORT_TOLERANCE


def funding_plan(proposal: Proposal, fin: FinancialResults) -> FundingPlan | None:
    """The funding plan, or None when there is no capex to fund."""
    capex = fin.total_capex
    if capex is None or capex <= 0:
        return None
    listed = committed = in_discussion = sought = japanese_open = _ZERO
    for s in proposal.finance.funding:
        if s.amount is None:
            continue
        listed += s.amount
        if s.status == FundingStatus.COMMITTED:
            committed += s.amount
        elif s.status == FundingStatus.IN_DISCUSSION:
            in_discussion += s.amount
        elif s.status == FundingStatus.SOUGHT:
            sought += s.amount
        japanese = bool(s.japanese) or s.source_type in (FundingType.JOIN_EQUITY, FundingType.JBIC_LOAN)
        if japanese and s.status != FundingStatus.COMMITTED:
            japanese_open += s.amount
    ask = proposal.finance.ask_amount or _ZERO
    # The ask is addressed to Japanese investors: what the Japanese sources not yet committed already
    # cover is listed; anything beyond them is money the plan adds through the ask.
    beyond = max(ask - japanese_open, _ZERO)
    return FundingPlan(capex, listed, committed, in_discussion, sought, beyond, listed + beyond)


# --- the lenders' and the equity investors' figures --------------------------------------------------------


@dataclass(frozen=True)
class DebtCover:
    """The weakest year's debt cover against what the lenders ask."""

    dscr_min: Decimal
    year: int | None
    required: Decimal
    required_from: str  # "lenders" (entered) or "contracted" / "demand" (the reference for the revenue's risk)


def debt_cover(fin: FinancialResults, contracted: Decimal, demand: Decimal, demand_share: Decimal) -> DebtCover | None:
    """The minimum DSCR against the lenders' minimum, or, when none is entered, ``contracted`` or ``demand``
    (the reference minimums for contracted revenue and for revenue that carries demand risk: at least
    ``demand_share``, 0-1, of it depends on users paying).  None when the case has no debt service from
    operation to cover."""
    s = fin.structure
    if s is None or s.dscr_min is None:
        return None
    if s.min_dscr is not None:
        return DebtCover(s.dscr_min, s.dscr_min_year, s.min_dscr, "lenders")
    share = demand_revenue_share(fin)
    at_risk = share is not None and share >= demand_share
    return DebtCover(s.dscr_min, s.dscr_min_year, demand if at_risk else contracted, "demand" if at_risk else "contracted")


def foreign_debt(proposal: Proposal) -> list[tuple[int, FundingSource]]:
    """Loans (and bonds) in another currency than the financial case's: (row, source)."""
    case = proposal.finance.currency
    if case is None:
        return []
    return [(i, s) for i, s in enumerate(proposal.finance.funding)
            if kind_of(s) == "debt" and s.currency is not None and s.currency != case and (s.amount or 0) > 0]
