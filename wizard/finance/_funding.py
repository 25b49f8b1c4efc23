"""Who pays for what: funding by status and type, Japanese equity and JOIN's stake, the ask against the gap."""

from __future__ import annotations

import decimal
from decimal import Decimal
from typing import Any

from wizard.finance._common import _AMOUNT_LIMIT, _CONTEXT, _HUNDRED, _ZERO, _decimal, _Problems, _shown
from wizard.finance._results import FundingLine, FundingSummary, JapaneseStake
from wizard.model import FinancialCase, FundingStatus, FundingType, Instrument


def _funding(case: FinancialCase, total_capex: Decimal | None, currency: str | None,
             problems: _Problems) -> FundingSummary:
    sources = list(getattr(case, "funding", None) or [])
    lines: list[tuple[int, Any, Decimal | None]] = []
    for i, source in enumerate(sources):
        path = f"finance.funding[{i}]"
        raw = getattr(source, "amount", None)
        amount = _decimal(raw)
        status = getattr(source, "status", None)
        if raw is None:
            problems.say(f"{path}.amount", "funding_amount_missing", row=i + 1)
        elif amount is None or amount < 0 or amount >= _AMOUNT_LIMIT:
            problems.say(f"{path}.amount", "funding_amount_invalid", row=i + 1, raw=_shown(raw))
            amount = None
        if amount is not None and status is None:
            problems.say(f"{path}.status", "funding_status_missing", row=i + 1)
        lines.append((i, source, amount))

    amounts = [a for _, _, a in lines if a is not None]
    with decimal.localcontext(_CONTEXT):
        total = sum(amounts, _ZERO) if amounts else None

        def by_status(status: FundingStatus | None) -> Decimal | None:
            if total is None:
                return None
            return sum((a for _, s, a in lines if a is not None and getattr(s, "status", None) == status), _ZERO)

        committed = by_status(FundingStatus.COMMITTED)
        in_discussion = by_status(FundingStatus.IN_DISCUSSION)
        sought = by_status(FundingStatus.SOUGHT)
        unspecified = by_status(None)
        committed_or_zero = committed if committed is not None else _ZERO
        gap = surplus = coverage = None
        if total_capex is not None:
            difference = total_capex - committed_or_zero
            gap = max(difference, _ZERO)
            surplus = max(-difference, _ZERO)
            coverage = committed_or_zero * _HUNDRED / total_capex if total_capex > 0 else None

        def share(amount: Decimal, whole: Decimal | None) -> Decimal | None:
            return amount * _HUNDRED / whole if whole else None

        funding_lines = tuple(
            FundingLine(
                index=i,
                path=f"finance.funding[{i}]",
                source_type=getattr(s, "source_type", None),
                label=_funder(s),
                amount=a,
                status=getattr(s, "status", None),
                japanese=_is_japanese(s),
                share_pct=share(a, total) if a is not None else None,
            )
            for i, s, a in lines
        )
        types: dict[FundingType | None, Decimal] = {}
        for _, s, a in lines:
            if a is not None:
                kind = getattr(s, "source_type", None)
                types[kind] = types.get(kind, _ZERO) + a
        by_type = tuple((kind, amount, share(amount, total)) for kind, amount in types.items())

        stakes: dict[str, tuple[str, Decimal, bool]] = {}
        for _, s, a in lines:
            if a is None or not _is_japanese_equity(s):
                continue
            is_join = getattr(s, "source_type", None) == FundingType.JOIN_EQUITY
            name = "JOIN" if is_join else _funder(s)
            key = "\0join" if is_join else name.casefold()
            first_name, held, _ = stakes.get(key, (name, _ZERO, is_join))
            stakes[key] = (first_name, held + a, is_join)
        japanese_total = sum((amount for _, amount, _ in stakes.values()), _ZERO)
        japanese = tuple(
            JapaneseStake(name, amount, is_join, share(amount, japanese_total))
            for name, amount, is_join in sorted(stakes.values(), key=lambda s: (-s[1], s[0]))
        )
        join = stakes.get("\0join")
        join_equity = join[1] if join else None
        join_largest = None
        if join_equity is not None and join_equity > 0:
            others = [s.amount for s in japanese if not s.is_join]
            join_largest = join_equity >= max(others, default=_ZERO)
        if join_largest:
            problems.say("finance.funding", "join_largest")

        # The ask is the sum of its rows (one per instrument); each row's amount is read defensively.
        asked: list[Decimal] = []
        for i, row in enumerate(getattr(case, "asks", None) or []):
            raw_ask = getattr(row, "amount", None)
            if raw_ask is None:
                continue
            value = _decimal(raw_ask)
            where = f"finance.asks[{i}].amount"
            if value is None:
                problems.say(where, "ask_invalid", key="ask_not_number", row=i + 1, raw=_shown(raw_ask))
            elif not _ZERO <= value < _AMOUNT_LIMIT:
                problems.say(where, "ask_invalid", key="ask_out_of_range", row=i + 1, raw=_shown(raw_ask))
            else:
                asked.append(value)
        ask = sum(asked, _ZERO) if asked else None
        ask_minus_gap = ask - gap if ask is not None and gap is not None else None
        covers = ask >= gap if ask is not None and gap is not None else None
    return FundingSummary(
        total=total,
        committed=committed,
        in_discussion=in_discussion,
        sought=sought,
        unspecified=unspecified,
        gap=gap,
        surplus=surplus,
        coverage_pct=coverage,
        lines=funding_lines,
        by_type=by_type,
        japanese_equity=japanese,
        join_equity=join_equity,
        join_is_largest_japanese_equity=join_largest,
        ask=ask,
        ask_minus_gap=ask_minus_gap,
        ask_covers_gap=covers,
    )


def _funder(source: object) -> str:
    name = str(getattr(source, "name", "") or "").strip()
    if name:
        return name
    kind = getattr(source, "source_type", None)
    return kind.label if isinstance(kind, FundingType) else "Unnamed source"


def _is_japanese(source: object) -> bool:
    return bool(getattr(source, "japanese", False)) or getattr(source, "source_type", None) in (
        FundingType.JOIN_EQUITY,
        FundingType.JBIC_LOAN,
    )


def _is_japanese_equity(source: object) -> bool:
    kind = getattr(source, "source_type", None)
    if kind == FundingType.JOIN_EQUITY:
        return True
    return bool(getattr(source, "japanese", False)) and (
        getattr(source, "instrument", None) == Instrument.EQUITY or kind == FundingType.PRIVATE_EQUITY
    )
