"""The A4 leave-behind document as plain data: the whole proposal by section, readiness and evidence.

The leave-behind is what an investor keeps after the meeting: denser than the deck and complete.  It is
built from the same planning as the deck (:mod:`wizard.export.context`, with nothing split and text in
one column), so both documents show the same figures in the same words; the page engine breaks the
pages.  On top of the deck's sections it carries the readiness summary (overall and per-criterion
scores, the open findings with their fixes, and the warnings answered with a justification) and the
evidence register.  Like the deck's context, everything here is plain data and finished strings.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from wizard.export.context import _field_title, build_context
from wizard.export.labels import Labels
from wizard.export.numbers import Numbers
from wizard.model import Proposal

if TYPE_CHECKING:
    from wizard.analysis import Analysis
    from wizard.readiness import Assessment

#: Section order of the document body (the deck's section names, which are also label keys).
BODY = ("City context", "Vision", "The problem", "KPIs", "Economic engine", "Financial case",
        "Funding structure", "Risk structure", "Digital roadmap", "Japanese value-add", "Citizen impact",
        "Implementation and governance", "Team and contact")
SEVERITY_ORDER = {"blocker": 0, "warning": 1, "tip": 2}
SEVERITY_LABELS = {"blocker": "Blocker", "warning": "Warning", "tip": "Tip"}

# Page estimate for progress only: an A4 page holds about this many deck "parts" of average size.
_PARTS_PER_PAGE = 1.6


def build_document(proposal: Proposal, *, draft: bool, asset_url: Callable[[str], str | None],
                   numbers: Numbers, labels: Labels, analysis: Analysis | None = None) -> dict[str, Any]:
    """The leave-behind as plain data: cover, contents, numbered sections, readiness, evidence register.

    ``analysis`` is :func:`wizard.analysis.analyse` of ``proposal`` (computed here when not given).
    """
    if analysis is None:
        from wizard.analysis import analyse

        analysis = analyse(proposal)
    deck = build_context(proposal, draft=draft, asset_url=asset_url, numbers=numbers, whole=True,
                         results=analysis.finance)
    parts = deck["slides"]
    cover = parts[0]
    by_section: dict[str, list[dict[str, Any]]] = {}
    summary = None
    register: list[dict[str, Any]] = []
    acknowledged: list[dict[str, Any]] = []
    for part in parts[1:]:
        if part["kind"] == "summary":
            summary = part
        elif part["section"] == "Appendix":
            (acknowledged if "acknowledged" in part["title"] else register).append(part)
        else:
            by_section.setdefault(part["section"], []).append(part)
    sections: list[dict[str, Any]] = []

    def add(title: str, kind: str, content: Any) -> None:
        sections.append({"id": f"section-{len(sections) + 1}", "number": len(sections) + 1, "title": title,
                         "kind": kind, "parts": content})

    if summary is not None:
        add("Executive summary", "summary", [summary])
    for name in BODY:
        if by_section.get(name):
            for part in by_section[name]:
                # The section heading already says what a part titled like it is; others keep their title.
                first = part is by_section[name][0]
                part["subtitle"] = "" if part["title"] == name or (first and part["title"].startswith(name + ": ")) \
                    else part["title"]
            add(name, "parts", by_section[name])
    add("Investor readiness", "readiness", {"assessment": readiness_summary(proposal, analysis.readiness),
                                             "acknowledged": acknowledged})
    if register:
        add("Evidence register", "parts", register)
    for section in sections:
        kind = section["kind"]
        for part in section["parts"] if kind == "parts" else section["parts"]["acknowledged"] if kind == "readiness" else ():
            if part["kind"] == "table":
                _fit_columns(part)
    for part in register:
        part["subtitle"] = part["title"]
    for part in acknowledged:
        part["subtitle"] = part["title"]
    rows = sum(len(p.get("rows", ())) for p in parts)
    return {
        **{k: deck[k] for k in ("lang", "meta", "project_name", "confidentiality", "draft", "illustrative", "accent")},
        "cover": cover,
        "sections": sections,
        "slides": [],
        "pages_estimate": 2 + round(len(parts) / _PARTS_PER_PAGE + rows / 40),
    }


# A4 text width in CSS px (210 mm less 2 x 18 mm margins) and the average widths of table letters.
_TEXT_WIDTH = 657.0
_CELL_LETTER = 6.5        # px, an average 8 pt letter (digits run wider than letters)
_HEAD_LETTER = 6.4        # px, a 6.5 pt upper-case header letter (text_weight counts capitals 1.25)
_CELL_PAD = 12.0
_MAX_SHARE = 0.4          # no single word may claim more than this much of the width
_BREAKS = re.compile(r"[ \t\n]+")


def _fit_columns(part: dict[str, Any]) -> None:
    """Re-share a table's column widths for the A4 page: at least room for each column's longest word.

    The deck's shares are made for a 16:9 slide almost twice as wide; used as they are, narrow columns
    would break words such as "Committed" in the middle.  Words are measured, as the deck's planning
    measures text, in average-letter units (:func:`wizard.export.layout.text_weight`).
    """
    from wizard.export.layout import text_weight

    head = part["head"]
    floors = []
    for index, column in enumerate(head):
        # Only ordinary spaces break a line: "300.000.000.000\xa0VND" is one word.
        words = [w for row in part["rows"] for w in _BREAKS.split(row[index]["text"])]
        longest = max((text_weight(w) for w in words), default=0.0) * _CELL_LETTER
        header = max((text_weight(w) for w in _BREAKS.split(column["label"])), default=0.0) * _HEAD_LETTER
        floors.append(min(max(longest, header) + _CELL_PAD, _TEXT_WIDTH * _MAX_SHARE))
    shares = [max(column["width"] / 100 * _TEXT_WIDTH, floor) for column, floor in zip(head, floors)]
    total = sum(shares)
    if total > _TEXT_WIDTH:
        # Take the excess from the columns with room above their floor, in proportion to that room.
        # If the floors alone exceed the width, the floors are shared out in proportion instead.
        excess = total - _TEXT_WIDTH
        room = [share - floor for share, floor in zip(shares, floors)]
        spare = sum(room)
        shares = [share - excess * r / spare for share, r in zip(shares, room)] if spare > excess else floors
    total = sum(shares)
    for column, share in zip(head, shares):
        column["width"] = round(share / total * 100, 2)


def readiness_summary(proposal: Proposal, assessment: Assessment | None = None) -> dict[str, Any]:
    """Overall and per-criterion scores, open findings (blockers first) with fixes, answered findings."""
    from wizard import readiness

    result = assessment if assessment is not None else readiness.assess(proposal)
    criteria = [{"title": c.title, "weight": str(c.weight), "score": str(c.score),
                 "open": str(sum(1 for f in c.findings if not f.acknowledged))} for c in result.criteria]
    titles = {c.id: c.title for c in result.criteria}

    def row(f: Any) -> dict[str, str]:
        return {"severity": f.severity, "severity_label": SEVERITY_LABELS.get(f.severity, f.severity.title()),
                "criterion": titles.get(f.criterion, f.criterion), "title": f.title or f.rule,
                "field": _field_title(f.field) if f.field else "", "message": f.message, "fix": f.fix,
                "justification": f.justification, "points": str(f.points)}

    ordered = sorted(result.findings, key=lambda f: (SEVERITY_ORDER.get(f.severity, 9), -f.points))
    open_findings = [row(f) for f in ordered if not f.acknowledged]
    answered = [row(f) for f in ordered if f.acknowledged]
    counts = {name: sum(1 for f in open_findings if f["severity"] == name) for name in SEVERITY_ORDER}
    return {"score": str(result.score), "has_blockers": result.has_blockers, "criteria": criteria,
            "open": open_findings, "answered": answered, "counts": counts}


__all__ = ["BODY", "build_document", "readiness_summary"]
