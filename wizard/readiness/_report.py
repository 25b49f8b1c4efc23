"""Readiness as JSON (``citypitch check --json``) and as a readable text report (``citypitch check``)."""

from __future__ import annotations

import textwrap
from typing import Any

from wizard.finance import FinancialResults, compute, results_to_json
from wizard.model import Proposal
from wizard.money import format_money, format_percent
from wizard.readiness._core import SEVERITIES, Assessment, Finding, GateResult

#: Keys of ``financials`` taken from :func:`wizard.finance.results_to_json`.
FINANCIAL_KEYS: tuple[str, ...] = (
    "currency", "discount_rate", "cash_flows", "npv", "irr", "irr_note", "payback_years", "payback_note",
    "funding_gap",
    # The investor's and the lender's figures (wizard.finance._structure).
    "equity_irr", "equity_irr_note", "equity_npv", "cost_of_equity", "dscr", "dscr_min", "dscr_min_year",
    "dscr_average", "min_dscr", "sources_and_uses", "break_even", "scenarios", "tornado", "terminal_value",
    "currency_depreciation", "debt", "sensitivities",
)

BAR_WIDTH = 20
TEXT_WIDTH = 96


def finding_json(finding: Finding) -> dict[str, Any]:
    return {
        "rule": finding.rule,
        "severity": finding.severity,
        "tier": finding.tier,
        "criterion": finding.criterion,
        "title": finding.title,
        "field": finding.field,
        "field_title": finding.field_title,
        "fields": list(finding.all_paths),
        "rows": list(finding.rows),
        "message": finding.message,
        "fix": finding.fix,
        "acknowledged": finding.acknowledged,
        "justification": finding.justification,
        "points": finding.points,
        "full_points": finding.full_points,
    }


def gate_json(gate: GateResult) -> dict[str, Any]:
    return {
        "id": gate.id,
        "title": gate.title,
        "passed": gate.passed,
        "applies": gate.applies,
        "message": gate.message,
        "fix": gate.fix,
        "source": gate.source,
        "field": gate.field,
        "rules": list(gate.rules),
    }


def to_json(assessment: Assessment, proposal: Proposal, results: FinancialResults | None = None) -> dict[str, Any]:
    """The assessment as one JSON-ready object (schema in the :mod:`wizard.readiness` docstring).

    ``results`` may be passed when the caller already computed the financial case.
    """
    if results is None:
        results = compute(proposal.finance, phases=proposal.roadmap.phases)
    fin = results_to_json(results)
    return {
        "score": assessment.score,
        "band": {"id": assessment.band.id, "title": assessment.band.title, "next": assessment.band.next_step},
        "has_blockers": assessment.has_blockers,
        "needs_draft_mark": assessment.needs_draft_mark,
        "score_breakdown": {
            "start": 100,
            "points_lost": assessment.points_lost,
            "uncapped_score": assessment.uncapped_score,
            "gate_cap": assessment.cap,
            "score": assessment.score,
        },
        "gates": [gate_json(g) for g in assessment.gates],
        "criteria": [
            {
                "id": c.id,
                "title": c.title,
                "weight": c.weight,
                "points_lost": c.lost,
                "score": c.score,
                "findings": [finding_json(f) for f in c.findings],
            }
            for c in assessment.criteria
        ],
        "findings": [finding_json(f) for f in assessment.findings],
        "financials": {key: fin[key] for key in FINANCIAL_KEYS},
    }


def bar(score: int, width: int = BAR_WIDTH) -> str:
    """``[#############-------]`` for a 0-100 score (plain ASCII, safe on any console)."""
    filled = (max(0, min(100, score)) * width + 50) // 100
    return "[" + "#" * filled + "-" * (width - filled) + "]"


def _wrap(text: str, indent: str) -> list[str]:
    return textwrap.wrap(" ".join(text.split()), width=TEXT_WIDTH, initial_indent=indent,
                         subsequent_indent=indent) or [indent.rstrip()]


def _points(finding: Finding) -> str:
    cost = f"-{finding.points} pt{'' if finding.points == 1 else 's'}"
    if finding.points == finding.full_points:
        return cost
    if finding.acknowledged:
        return f"{cost} (answered: half of {finding.full_points})"
    return f"{cost} (of {finding.full_points}; a related finding already costs the rest)"


def _count(n: int, word: str) -> str:
    return f"{n or 'no'} {word}{'' if n == 1 else 's'}"


def _lost(lost: int, weight: int) -> str:
    return f"lost {lost} of its {weight} points" if lost else f"lost none of its {weight} points"


def _financial_lines(results: FinancialResults) -> list[str]:
    cur = results.currency
    rate = results.discount_rate_pct
    npv = format_money(results.npv, cur, compact=True) if results.npv is not None else "not available"
    at = f" at {format_percent(rate, decimals=1)}" if rate is not None and results.npv is not None else ""
    irr = format_percent(results.irr, decimals=1) if results.irr is not None else (results.irr_note or "not available")
    if results.payback_years is not None:
        payback = f"{results.payback_years:.1f} years"
    else:
        payback = results.payback_note or ("not reached" if results.years else "not available")
    gap = format_money(results.funding.gap, cur, compact=True) if results.funding.gap is not None else "not available"
    lines = [
        f"Financial case ({cur or 'no currency'}): NPV {npv}{at}; IRR {irr}; payback {payback}; "
        f"funding gap {gap}.",
    ]
    investor = investor_figures(results)
    if investor:
        lines.append("Lenders and shareholders: " + "; ".join(investor) + ".")
    return lines


def investor_figures(results: FinancialResults) -> list[str]:
    """The lender's and the equity investor's figures, in words, when the case has them: the lowest debt
    cover against the lenders' minimum, the equity IRR against the cost of equity, whether sources and
    uses balance, and where the NPV breaks even ('the NPV turns negative with 11.0% less revenue or 27.3%
    more capex').  ``citypitch check`` prints them in one line; the Review page can show the same."""
    s = results.structure
    if s is None:
        return []
    out = []
    if s.dscr_min is not None:
        year = f" in {s.dscr_min_year}" if s.dscr_min_year is not None else ""
        minimum = f", the lenders' minimum {s.min_dscr:.2f}x" if s.min_dscr is not None else ""
        out.append(f"lowest debt cover (DSCR) {s.dscr_min:.2f}x{year}{minimum}")
    if s.equity_irr is not None:
        hurdle = (f" against a cost of equity of {format_percent(s.cost_of_equity_pct, decimals=1)}"
                  if s.cost_of_equity_pct is not None else "")
        out.append(f"equity IRR {format_percent(s.equity_irr, decimals=1)}{hurdle}")
    su = s.sources_and_uses
    if su.balanced is not None and su.total_uses > 0:
        out.append("sources and uses balance" if su.balanced else
                   f"sources and uses differ by {format_money(abs(su.difference), results.currency, compact=True)}")
    be = s.break_even[-1] if s.break_even else None
    if be is not None and be.npv is not None and be.npv > 0:
        parts = []
        if be.revenue_shortfall_pct is not None:
            parts.append(f"{format_percent(be.revenue_shortfall_pct, decimals=1)} less revenue")
        if be.capex_overrun_pct is not None:
            parts.append(f"{format_percent(be.capex_overrun_pct, decimals=1)} more capex")
        if parts:
            basis = " (terminal value included)" if be.basis == "with_terminal" else ""
            out.append(f"the NPV{basis} turns negative with " + " or ".join(parts))
    return out


def format_report(assessment: Assessment, proposal: Proposal, results: FinancialResults | None = None) -> str:
    """A readable report: overall score, then each criterion with its score bar and findings by severity."""
    results = results if results is not None else compute(proposal.finance, phases=proposal.roadmap.phases)
    name = proposal.meta.project_name.strip() or "Untitled proposal"
    where = ", ".join(x for x in (proposal.city.name.strip(),
                                  proposal.city.country.label if proposal.city.country else "") if x)
    counts = {s: sum(f.severity == s for f in assessment.findings) for s in SEVERITIES}
    answered = sum(f.acknowledged for f in assessment.findings)
    lines = [f"Investor readiness: {name}" + (f" ({where})" if where else ""), ""]
    failed = assessment.failed_gates
    verdict = (f"BLOCKED: {_count(len(failed), 'investor gate')} {'fails' if len(failed) == 1 else 'fail'}; fix "
               f"{'it' if len(failed) == 1 else 'them'} before showing this to investors." if failed else "No blockers.")
    lines.append(f"Overall score {assessment.score:>3}/100 {bar(assessment.score)}  {assessment.band.title.upper()}. "
                 f"{verdict}")
    lines.extend(_wrap(assessment.band.next_step, ""))
    cap = (f"; capped at {assessment.cap} because a gate fails" if assessment.cap is not None
           and assessment.uncapped_score > assessment.cap else "")
    lines.append(f"Points: 100 - {assessment.points_lost} lost = {assessment.uncapped_score}{cap}.")
    tally = [_count(counts["blocker"], "blocker"), _count(counts["warning"], "warning"), _count(counts["tip"], "tip")]
    lines.append(f"Findings: {tally[0]}, {tally[1]} and {tally[2]}"
                 + (f"; {answered} answered with a justification" if answered else "") + ".")
    lines.extend(_financial_lines(results))
    lines.append("")
    lines.append("Investor gates (a reader stops at the first that fails):")
    for g in assessment.gates:
        mark = "PASS" if g.passed else "FAIL"
        if g.passed and not g.applies:
            mark = "n/a "
        lines.extend(_wrap(f"[{mark}] {g.title}: {g.message}", "  "))
        if not g.passed:
            lines.extend(_wrap(f"Fix: {g.fix}", "         "))
            lines.extend(_wrap(f"At: {field_title(g.field)} ({g.field})", "         "))
    lines.append("")
    title_width = max(len(c.title) for c in assessment.criteria)
    for c in assessment.criteria:
        lines.append(f"{c.title:<{title_width}}  {c.score:>3}/100 {bar(c.score)}  {_lost(c.lost, c.weight)}")
        for severity in SEVERITIES:
            for f in (x for x in c.findings if x.severity == severity):
                label = severity.upper() + (" (answered)" if f.acknowledged else "")
                lines.append(f"  {label}  {_points(f)}  {f.field_title} ({f.field})")
                lines.extend(_wrap(f.message, "      "))
                if f.acknowledged:
                    lines.extend(_wrap(f"Justification: {f.justification}", "      "))
                else:
                    lines.extend(_wrap(f"Fix: {f.fix}", "      "))
        if not c.findings:
            lines.append("  Nothing to fix.")
        lines.append("")
    lines.append("Scores: the overall score starts at 100 and loses the points shown against each finding "
                 "(a criterion can lose at most its points); a failed gate caps it at "
                 f"{_cap_value()} and the band at Not ready. Bands: Ready 85+, Close 70-84, Not ready below 70. "
                 "A warning answered with a justification costs half; a blocker cannot be answered, only fixed.")
    return "\n".join(_wrap_long(lines))


def _cap_value() -> int:
    from wizard.readiness._core import catalogue

    return catalogue().gate_cap


def field_title(path: str) -> str:
    from wizard.readiness._core import field_title as title

    return title(path)


def _wrap_long(lines: list[str]) -> list[str]:
    out: list[str] = []
    for line in lines:
        if len(line) <= TEXT_WIDTH:
            out.append(line)
        else:
            indent = line[: len(line) - len(line.lstrip())]
            out.extend(textwrap.wrap(line, width=TEXT_WIDTH, subsequent_indent=indent + "  "))
    return out
