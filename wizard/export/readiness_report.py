"""The readiness report: the team's own export, with the score and every open finding and its fix.

This is what the wizard's readiness checks say about the proposal, for the city team and its advisers, never
for investors: the deck and the leave-behind carry no score and no finding.  It is an A4 document built from
the export's one analysis (:func:`wizard.analysis.analyse`): the overall and per-criterion scores, the open
findings (blockers first) with how to fix each, the warnings the team answered with a justification, and the
acknowledgements as recorded.
"""

from __future__ import annotations

from typing import Any

from wizard.analysis import Analysis
from wizard.export.context import document_meta
from wizard.export.labels import Labels
from wizard.export.numbers import Numbers
from wizard.model import Proposal

SEVERITY_ORDER = {"blocker": 0, "warning": 1, "tip": 2}
SEVERITY_LABELS = {"blocker": "Blocker", "warning": "Warning", "tip": "Tip"}


def field_title(path: str, lang: str = "en") -> str:
    """A model path such as 'problem.kpis[2].baseline' in words: 'Problem › KPIs › row 3 › Baseline'
    (:func:`wizard.fields.title`)."""
    from wizard.fields import title

    return title(path, lang)


def rule_title(rule: str) -> str:
    """The readiness check's title for a rule id (the id itself if this version does not know it)."""
    from wizard import readiness

    spec = readiness.catalogue().rules.get(rule.strip())
    return spec.title if spec else rule


def readiness_summary(analysis: Analysis) -> dict[str, Any]:
    """Overall and per-criterion scores, open findings (blockers first) with fixes, answered findings."""
    result = analysis.readiness
    criteria = [{"title": c.title, "weight": str(c.weight), "score": str(c.score),
                 "open": str(sum(1 for f in c.findings if not f.acknowledged))} for c in result.criteria]
    titles = {c.id: c.title for c in result.criteria}

    def row(f: Any) -> dict[str, str]:
        return {"severity": f.severity, "severity_label": SEVERITY_LABELS.get(f.severity, f.severity.title()),
                "criterion": titles.get(f.criterion, f.criterion), "title": f.title or f.rule,
                "field": field_title(f.field) if f.field else "", "message": f.message, "fix": f.fix,
                "justification": f.justification, "points": str(f.points)}

    ordered = sorted(result.findings, key=lambda f: (SEVERITY_ORDER.get(f.severity, 9), -f.points))
    open_findings = [row(f) for f in ordered if not f.acknowledged]
    answered = [row(f) for f in ordered if f.acknowledged]
    counts = {name: sum(1 for f in open_findings if f["severity"] == name) for name in SEVERITY_ORDER}
    return {"score": str(result.score), "has_blockers": result.has_blockers, "criteria": criteria,
            "open": open_findings, "answered": answered, "counts": counts}


def build_report(proposal: Proposal, *, analysis: Analysis, draft: bool, numbers: Numbers,
                 labels: Labels) -> dict[str, Any]:
    """The readiness report as plain data."""
    acknowledgements = [{"check": rule_title(a.rule), "field": field_title(a.field) if a.field.strip() else "",
                         "justification": a.justification.strip(),
                         "by": " ".join(x for x in (a.by.strip(), a.on.isoformat() if a.on else "") if x)}
                        for a in proposal.acknowledgements if a.justification.strip()]
    accent = proposal.branding.accent_colour or "#0F6E8C"
    return {**document_meta(proposal, accent), "draft": draft, "slides": [], "sections": [],
            "assessment": readiness_summary(analysis), "acknowledgements": acknowledgements, "pages_estimate": 3}


__all__ = ["build_report", "field_title", "readiness_summary", "rule_title"]
