"""Readiness as JSON (``citypitch check --json``) and as a readable text report (``citypitch check``)."""

from __future__ import annotations

import re
import textwrap
import unicodedata
from decimal import Decimal
from typing import Any

from wizard.finance import FinancialResults, compute, results_to_json
from wizard.model import Proposal
from wizard.money import format_money, format_number, format_percent
from wizard.readiness._core import SEVERITIES, Assessment, Catalogue, Finding, GateResult, field_title, number_locale

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
        "lang": assessment.lang,
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
        "financials": {**{key: fin[key] for key in FINANCIAL_KEYS}, "funding_position": funding_position_json(results, assessment.lang)},
    }


def bar(score: int, width: int = BAR_WIDTH) -> str:
    """``[#############-------]`` for a 0-100 score (plain ASCII, safe on any console)."""
    filled = (max(0, min(100, score)) * width + 50) // 100
    return "[" + "#" * filled + "-" * (width - filled) + "]"


def _wrap(text: str, indent: str) -> list[str]:
    flat = " ".join(text.split())
    if any(unicodedata.east_asian_width(ch) in "WF" for ch in flat):
        return _wrap_wide(flat, indent)
    return textwrap.wrap(flat, width=TEXT_WIDTH, initial_indent=indent,
                         subsequent_indent=indent) or [indent.rstrip()]


#: A run of Latin letters, digits and what binds them (kept whole), a space, or one character.
_TOKEN = re.compile(r"[A-Za-z0-9_.,:;%/'\-+\u00C0-\u024F\u1E00-\u1EFF]+|\s+|.")
#: Characters a Japanese line never starts with (closing brackets and punctuation: kinsoku shori).
_NO_LINE_START = set("、。，．：；）」』】〕！？ー・%")


def _wrap_wide(text: str, indent: str) -> list[str]:
    """Wrap text with wide (CJK) characters by console columns: between any two wide characters,
    between words elsewhere, never a closing mark or punctuation at the start of a line."""
    width = TEXT_WIDTH - _width(indent) - 2  # room for a closing mark that may not start the next line
    lines: list[str] = []
    line = ""
    for token in _TOKEN.findall(text):
        if line and _width(line) + _width(token) > width and not token.isspace() and token[0] not in _NO_LINE_START:
            lines.append(line.rstrip())
            line = ""
        if not line and token.isspace():
            continue
        line += token
    if line.strip():
        lines.append(line.rstrip())
    return [indent + part for part in lines] or [indent.rstrip()]


def _points(finding: Finding, cat: Catalogue) -> str:
    cost = cat.say("cost_one" if finding.points == 1 else "cost_other", points=finding.points)
    if finding.points == finding.full_points:
        return cost
    if finding.acknowledged:
        return cat.say("cost_answered", cost=cost, full=finding.full_points)
    return cat.say("cost_capped", cost=cost, full=finding.full_points)


def _count(n: int, word: str, cat: Catalogue) -> str:
    """'no warnings', '1 warning', '2 warnings' (``word``: blockers, warnings or tips)."""
    return cat.say(f"{word}_{'zero' if n == 0 else 'one' if n == 1 else 'other'}", n=n)


def _lost(lost: int, weight: int, cat: Catalogue) -> str:
    return cat.say("lost_some", lost=lost, weight=weight) if lost else cat.say("lost_none", weight=weight)


def _texts(lang: str) -> Catalogue:
    from wizard.readiness._core import catalogue

    return catalogue(lang)


def _financial_lines(results: FinancialResults, cat: Catalogue) -> list[str]:
    cur = results.currency
    rate = results.discount_rate_pct
    loc = number_locale(cat.lang)
    npv = format_money(results.npv, cur, loc, compact=True) if results.npv is not None else cat.say("not_available")
    if rate is not None and results.npv is not None:
        npv = cat.say("npv_at", npv=npv, rate=format_percent(rate, loc, decimals=1))
    irr = (format_percent(results.irr, loc, decimals=1) if results.irr is not None
           else (results.irr_note or cat.say("not_available")))
    if results.payback_years is not None:
        payback = cat.say("payback_years", years=format_number(Decimal(str(results.payback_years)), loc, decimals=1))
    else:
        payback = results.payback_note or cat.say("not_reached" if results.years else "not_available")
    lines = [
        cat.say("financial_case", currency=cur or cat.say("no_currency"), npv=npv, irr=irr, payback=payback),
        cat.say("funding_line", position=funding_position(results, cat.lang)),
    ]
    investor = investor_figures(results, cat.lang)
    if investor:
        joined = investor[0]
        for figure in investor[1:]:
            joined = cat.say("semicolon_list", first=joined, last=figure)
        lines.append(cat.say("investor_line", figures=joined))
    return lines


def _funding_figures(results: FinancialResults) -> dict[str, Any] | None:
    """Committed money, what is still to raise (capex not yet committed: ``funding_gap`` in the finance
    JSON), how much of that is in discussion or sought, and what has no source yet."""
    f = results.funding
    if f.gap is None:
        return None
    zero = Decimal(0)
    pipeline = (f.in_discussion or zero) + (f.sought or zero)
    return {"committed": f.committed or zero, "still_to_raise": f.gap, "in_discussion_or_sought": pipeline,
            "without_source": max(f.gap - pipeline, zero), "ask": f.ask}


def funding_position(results: FinancialResults, lang: str = "en") -> str:
    """The funding in the words an investor reads it: 'PHP 1bn committed; PHP 3.2bn still to raise, all
    of it in discussion or sought; the ask, PHP 1.2bn, is part of it'.  Not 'funding gap', which reads as money
    missing even when the sources and uses balance and the ask is what closes them.  In ``lang``; the
    amounts are written as the exports write them."""
    cat = _texts(lang)
    figures = _funding_figures(results)
    if figures is None:
        return cat.say("fp_none")

    def money(amount: Decimal) -> str:
        return format_money(amount, results.currency, number_locale(lang), compact=True)

    committed = (cat.say("fp_committed", amount=money(figures["committed"])) if figures["committed"]
                 else cat.say("fp_nothing_committed"))
    rest = figures["still_to_raise"]
    if rest <= 0:
        return cat.say("fp_covered", committed=committed)
    ask = figures["ask"]
    asked = {"ask": money(ask)} if ask else {}
    if figures["without_source"] <= 0:
        return cat.say("fp_pipeline_ask" if ask else "fp_pipeline", committed=committed, rest=money(rest), **asked)
    return cat.say("fp_partly_ask" if ask else "fp_partly", committed=committed, rest=money(rest),
                   pipeline=money(figures["in_discussion_or_sought"]), unsourced=money(figures["without_source"]),
                   **asked)


def funding_position_json(results: FinancialResults, lang: str = "en") -> dict[str, Any] | None:
    """``funding_position`` in ``check --json``: the same figures as strings (money) and the sentence."""
    figures = _funding_figures(results)
    if figures is None:
        return None
    return {**{k: (str(v) if v is not None else None) for k, v in figures.items()},
            "text": funding_position(results, lang)}


def investor_figures(results: FinancialResults, lang: str = "en") -> list[str]:
    """The lender's and the equity investor's figures, in words, when the case has them: the lowest debt
    cover against the lenders' minimum, the equity IRR against the cost of equity, whether sources and
    uses balance, and where the NPV breaks even ('the NPV turns negative with 11.0% less revenue or 27.3%
    more capex').  ``citypitch check`` prints them in one line; the Review page can show the same."""
    s = results.structure
    if s is None:
        return []
    cat = _texts(lang)
    loc = number_locale(lang)

    def times(value: Decimal) -> str:
        return format_number(Decimal(str(value)), loc, decimals=2)

    out = []
    if s.dscr_min is not None:
        key = "dscr" + ("_year" if s.dscr_min_year is not None else "") + ("_minimum" if s.min_dscr is not None else "")
        out.append(cat.say(key, dscr=times(s.dscr_min), year=s.dscr_min_year,
                           minimum=times(s.min_dscr) if s.min_dscr is not None else ""))
    if s.equity_irr is not None:
        irr = format_percent(s.equity_irr, loc, decimals=1)
        out.append(cat.say("equity_irr_hurdle", irr=irr, hurdle=format_percent(s.cost_of_equity_pct, loc, decimals=1))
                   if s.cost_of_equity_pct is not None else cat.say("equity_irr", irr=irr))
    su = s.sources_and_uses
    if su.balanced is not None and su.total_uses > 0:
        out.append(cat.say("sources_uses_balance") if su.balanced else
                   cat.say("sources_uses_differ", amount=format_money(abs(su.difference), results.currency, loc,
                                                                      compact=True)))
    be = s.break_even[-1] if s.break_even else None
    if be is not None and be.npv is not None and be.npv > 0:
        revenue = (format_percent(be.revenue_shortfall_pct, loc, decimals=1) if be.revenue_shortfall_pct is not None
                   else None)
        capex = format_percent(be.capex_overrun_pct, loc, decimals=1) if be.capex_overrun_pct is not None else None
        label = cat.say("npv_terminal" if be.basis == "with_terminal" else "npv_plain")
        if revenue and capex:
            out.append(cat.say("break_even_both", npv_label=label, revenue=revenue, capex=capex))
        elif revenue:
            out.append(cat.say("break_even_revenue", npv_label=label, revenue=revenue))
        elif capex:
            out.append(cat.say("break_even_capex", npv_label=label, capex=capex))
    return out


def _width(text: str) -> int:
    """Columns ``text`` takes on a console (wide East Asian characters take two)."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def _pad(text: str, width: int) -> str:
    return text + " " * max(0, width - _width(text))


def format_report(assessment: Assessment, proposal: Proposal, results: FinancialResults | None = None) -> str:
    """A readable report: overall score, then each criterion with its score bar and findings by severity.

    In the assessment's language (:func:`wizard.readiness.localise`); field names and values the checks
    compose in English stay English."""
    results = results if results is not None else compute(proposal.finance, phases=proposal.roadmap.phases)
    cat = _texts(assessment.lang)
    name = proposal.meta.project_name.strip() or cat.say("untitled")
    where = ", ".join(x for x in (proposal.city.name.strip(),
                                  proposal.city.country.label if proposal.city.country else "") if x)
    counts: dict[str, int] = {s: sum(f.severity == s for f in assessment.findings) for s in SEVERITIES}
    answered = sum(f.acknowledged for f in assessment.findings)
    lines = [cat.say("heading_where", name=name, where=where) if where else cat.say("heading", name=name), ""]
    failed = assessment.failed_gates
    verdict = (cat.say("blocked_one" if len(failed) == 1 else "blocked_other", count=len(failed)) if failed
               else cat.say("no_blockers"))
    lines.append(cat.say("overall", score=f"{assessment.score:>3}", bar=bar(assessment.score),
                         band=assessment.band.title.upper(), verdict=verdict))
    lines.extend(_wrap(assessment.band.next_step, ""))
    if assessment.cap is not None and assessment.uncapped_score > assessment.cap:
        lines.append(cat.say("points_capped", lost=assessment.points_lost, uncapped=assessment.uncapped_score,
                             cap=assessment.cap))
    else:
        lines.append(cat.say("points", lost=assessment.points_lost, uncapped=assessment.uncapped_score))
    tally = {word: _count(counts[severity], word, cat)
             for severity, word in (("blocker", "blockers"), ("warning", "warnings"), ("tip", "tips"))}
    lines.append(cat.say("findings_answered", answered=answered, **tally) if answered else cat.say("findings", **tally))
    lines.extend(_financial_lines(results, cat))
    lines.append("")
    lines.append(cat.say("gates_heading"))
    for g in assessment.gates:
        mark = cat.say("mark_pass") if g.passed else cat.say("mark_fail")
        if g.passed and not g.applies:
            mark = cat.say("mark_na")
        lines.extend(_wrap(cat.say("gate_line", mark=mark, title=g.title, message=g.message), "  "))
        if not g.passed:
            lines.extend(_wrap(cat.say("fix", fix=g.fix), "         "))
            lines.extend(_wrap(cat.say("at", where=field_title(g.field, cat.lang), field=g.field), "         "))
    lines.append("")
    title_width = max(_width(c.title) for c in assessment.criteria)
    for c in assessment.criteria:
        lines.append(f"{_pad(c.title, title_width)}  {c.score:>3}/100 {bar(c.score)}  {_lost(c.lost, c.weight, cat)}")
        for severity in SEVERITIES:
            for f in (x for x in c.findings if x.severity == severity):
                label = cat.say(f"severity_{severity}")
                if f.acknowledged:
                    label = cat.say("answered", severity=label)
                lines.append(f"  {label}  {_points(f, cat)}  {f.field_title} ({f.field})")
                lines.extend(_wrap(f.message, "      "))
                if f.acknowledged:
                    lines.extend(_wrap(cat.say("justification", text=f.justification), "      "))
                else:
                    lines.extend(_wrap(cat.say("fix", fix=f.fix), "      "))
        if not c.findings:
            lines.append("  " + cat.say("nothing_to_fix"))
        lines.append("")
    lines.append(cat.say("footer", cap=_cap_value()))
    return "\n".join(_wrap_long(lines))


def _cap_value() -> int:
    from wizard.readiness._core import catalogue

    return catalogue().gate_cap


def _wrap_long(lines: list[str]) -> list[str]:
    out: list[str] = []
    for line in lines:
        if _width(line) <= TEXT_WIDTH:
            out.append(line)
        elif any(unicodedata.east_asian_width(ch) in "WF" for ch in line):
            indent = line[: len(line) - len(line.lstrip())]
            wrapped = _wrap_wide(line.lstrip(), indent + "  ")
            out.extend([indent + wrapped[0].lstrip(), *wrapped[1:]])
        else:
            indent = line[: len(line) - len(line.lstrip())]
            out.extend(textwrap.wrap(line, width=TEXT_WIDTH, subsequent_indent=indent + "  "))
    return out
