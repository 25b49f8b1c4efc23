"""The financial figures the readiness gates read, each behind one small function (no Qt).

The funding model today has amounts, instruments, statuses and a Japanese flag per source, and
the ask; explicit shareholdings, debt terms and equity investor types are coming in the finance
package.  Every gate that needs "who holds which share" or "does the money close" asks these
functions, so switching from shares read off amounts to explicit shares changes this file only.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from wizard.finance import FinancialResults
from wizard.model import FundingStatus, FundingType, Instrument, Proposal

_ZERO = Decimal(0)

#: Revenue streams that depend on how many people use and pay for the service (demand risk).
DEMAND_STREAMS: tuple[str, ...] = ("rev_user_fees", "rev_data_services", "rev_advertising")

#: Share of total revenue above which a project counts as revenue-based (its case rests on demand).
DEMAND_SHARE_MIN = Decimal("0.10")

#: How far short of capex (share of capex) the funding plan may be before it "does not close".
PLAN_SHORT_TOLERANCE = Decimal("0.05")

#: Public sources whose equity is not private initiative.
_PUBLIC_TYPES = frozenset({FundingType.PUBLIC_BUDGET, FundingType.NATIONAL_GOVERNMENT, FundingType.ODA_JICA,
                           FundingType.MULTILATERAL, FundingType.JOIN_EQUITY})


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


def is_equity(source: object) -> bool:
    kind = getattr(source, "source_type", None)
    return (kind in (FundingType.JOIN_EQUITY, FundingType.PRIVATE_EQUITY)
            or getattr(source, "instrument", None) == Instrument.EQUITY)


def holder_name(source: object) -> str:
    if getattr(source, "source_type", None) == FundingType.JOIN_EQUITY:
        return "JOIN"
    name = " ".join(str(getattr(source, "name", "") or "").split())
    if name:
        return name
    kind = getattr(source, "source_type", None)
    return kind.label if isinstance(kind, FundingType) else "Unnamed source"


def equity_holdings(proposal: Proposal) -> list[Holding]:
    """Shareholders read from the equity funding lines (shares are proportional to amounts today)."""
    found: dict[str, Holding] = {}
    for i, s in enumerate(proposal.finance.funding):
        if not is_equity(s) or s.amount is None or s.amount <= 0:
            continue
        kind = s.source_type
        is_join = kind == FundingType.JOIN_EQUITY
        name = holder_name(s)
        key = "\0join" if is_join else name.casefold()
        japanese = bool(s.japanese) or is_join
        private = not is_join and kind not in _PUBLIC_TYPES
        committed = s.status == FundingStatus.COMMITTED
        old = found.get(key)
        if old is None:
            found[key] = Holding(i, name, s.amount, japanese, is_join, private, committed)
        else:
            found[key] = Holding(old.index, old.name, old.amount + s.amount, old.japanese or japanese, is_join,
                                 old.is_private or private, old.committed or committed)
    return list(found.values())


def total_equity(proposal: Proposal) -> Decimal:
    return sum((h.amount for h in equity_holdings(proposal)), _ZERO)


def equity_share_pct(proposal: Proposal, holding: Holding, total: Decimal | None = None) -> Decimal | None:
    """A holder's share of the project company's equity, in percent (``total``: all equity, if known)."""
    total = total_equity(proposal) if total is None else total
    return holding.amount * 100 / total if total > 0 else None


def join_holding(proposal: Proposal) -> Holding | None:
    return next((h for h in equity_holdings(proposal) if h.is_join), None)


def join_is_largest_japanese(proposal: Proposal) -> bool:
    """JOIN holds at least as much equity as every other Japanese shareholder (JOIN's rule says it never may)."""
    join = join_holding(proposal)
    if join is None:
        return False
    others = [h.amount for h in equity_holdings(proposal) if h.japanese and not h.is_join]
    return join.amount >= max(others, default=_ZERO)


def private_holdings(proposal: Proposal) -> list[Holding]:
    """Private shareholders beside JOIN (not public budgets, not development institutions)."""
    return [h for h in equity_holdings(proposal) if h.is_private]


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
