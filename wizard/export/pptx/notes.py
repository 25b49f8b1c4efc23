"""Speaker notes for the PowerPoint export: what each main-line slide's figures rest on, with sources and years.

Only the team's own entries (sources, years, statuses) and figures CityPitch computed from their numbers,
each with a plain label; nothing is invented.  A slide whose figures have no recorded source says so, so
the presenter knows what to be ready for.
"""

from __future__ import annotations

from typing import Any

from wizard.export.labels import Labels


def _basis(context: dict[str, Any], analysis: Any, proposal: Any) -> list[str]:
    r = analysis.finance
    out = []
    if r.years:
        out.append(f"Financial figures are computed by CityPitch from the team's yearly cash-flow lines, "
                   f"{int(r.years[0])}–{int(r.years[-1])}.")
    f = proposal.finance
    parts = []
    if f.currency:
        parts.append(f"currency {f.currency}")
    if f.base_year:
        parts.append(f"base year {f.base_year}")
    if f.discount_rate_pct is not None:
        parts.append(f"discount rate {f.discount_rate_pct.normalize():f}%")
    if parts:
        out.append("Basis: " + ", ".join(parts) + ".")
    return out


def _sourced(label: str, source: str, year: Any) -> str:
    where = source.strip() or "no source recorded"
    when = f", {year}" if year else ", year not recorded"
    return f"{label}: {where}{when}."


def notes_for(s: dict[str, Any], context: dict[str, Any], analysis: Any, proposal: Any, labels: Labels) -> list[str]:
    """The notes of one main-line slide, line by line."""
    kind = s["kind"]
    p = proposal
    lines: list[str] = []
    if kind == "cover":
        lines.append("Cover.")
        if s.get("date"):
            lines.append(f"Proposal date: {s['date']}.")
        if s.get("illustrative"):
            lines.append("Illustrative example: every name and figure in this proposal is invented.")
    else:
        lines.append(f"{s.get('section', '')}: {s['title']['en']}")
    lines.append("")
    if kind in ("summary", "economics", "structure", "next-steps"):
        lines += _basis(context, analysis, p)
    if kind == "problem":
        lines.append("Evidence and its sources:")
        for e in p.problem.evidence:
            lines.append("• " + _sourced(e.claim or "(finding not written)", e.source, e.year))
        if not p.problem.evidence:
            lines.append("• No evidence entered.")
    elif kind == "outcomes":
        lines.append("KPIs, with their baseline sources and years:")
        for k in p.problem.kpis:
            lines.append("• " + _sourced(f"{k.name} (baseline {k.baseline} in {k.baseline_year or 'year not recorded'}, "
                                         f"target {k.target} by {k.target_year or 'year not recorded'})",
                                         k.baseline_source, k.baseline_year))
    elif kind == "demand":
        if s.get("source"):
            lines.append(f"Demand forecast prepared by: {s['source']}.")
        lines += _basis(context, analysis, p)
        lines.append("Revenue shares are computed from the team's revenue lines over the whole period.")
    elif kind == "sources-uses":
        lines += _basis(context, analysis, p)
        lines.append("Funding sources as entered by the team (status in brackets):")
        for src in p.finance.funding:
            status = src.status.label if src.status is not None else "status not recorded"
            amount = money(src.amount, p)
            lines.append(f"• {src.name or '(funder not named)'}: {amount} ({status}).")
    elif kind == "risks":
        lines.append("Ratings are the team's own likelihood × impact scores (1–5 each) from the risk register.")
    elif kind == "japan":
        lines.append("Partners and their status as entered by the team:")
        for partner in p.japan.partners:
            status = partner.status.label if partner.status is not None else "status not recorded"
            lines.append(f"• {partner.name or '(partner not named)'}: {status}.")
    elif kind == "delivery":
        lines.append("Milestone years as entered by the team:")
        for m in p.implementation.milestones:
            lines.append(f"• {m.name or m.description or '(milestone not named)'}: {m.year or 'year not recorded'}.")
    if kind in ("summary", "economics"):
        for line in analysis_notes(analysis):
            lines.append(line)
    refs = [r["code"].rstrip(",") + (f" {r['title']}" if r.get("title") else "") for r in s.get("refs") or []]
    if refs:
        lines.append("")
        lines.append("Details in the appendix: " + "; ".join(refs) + ".")
    return lines


def money(value: Any, proposal: Any) -> str:
    from wizard.export.numbers import Numbers

    return Numbers(proposal.finance).money(value) if value is not None else "amount not entered"


def analysis_notes(analysis: Any) -> list[str]:
    r = analysis.finance
    st = getattr(r, "structure", None)
    out = []
    if st is not None and getattr(st, "dscr_min", None) is not None and st.dscr_min_year:
        out.append(f"Minimum DSCR {st.dscr_min:.2f}x in {st.dscr_min_year}, from the debt terms entered for each loan.")
    return out


__all__ = ["notes_for"]
