"""Investor readiness: a live, explainable assessment of a proposal, criterion by criterion (no Qt).

It tells a city team, before an investor does, what would stop an investor reading and what is
weak, and exactly what to find out or decide.  It drives the wizard's sidebar badges and Review page,
``citypitch check`` and the export's DRAFT mark::

    from wizard import readiness
    result = readiness.assess(proposal)               # or assess(proposal, finance_results)
    result.gates, result.band, result.score, result.findings, result.needs_draft_mark
    readiness.to_json(result, proposal)       # what ``citypitch check --json`` prints
    readiness.format_report(result, proposal)  # what ``citypitch check`` prints
    readiness.localise(result, "ja")  # the same judgement, every text in Japanese (resources/guidance/readiness.ja.json)
    readiness.investor_figures(finance_results)  # the lender's and shareholders' figures in words
    readiness.funding_position(finance_results)  # committed; still to raise, in discussion or sought

How it judges (the README's "Investor readiness" section lists the gates and their sources):

- **Gates** (``catalogue().gates``, data in ``resources/guidance/readiness.json``): deal-breakers in
  the order an investor asks (INVESTOR.md).  A gate fails when one of its rules fires; those rules
  are the only blockers.  Conditional gates (demand forecast, private equity, JOIN's share, exit)
  say "does not apply" when their condition does not hold (:func:`_rules.gate_conditions`).
- **Points**: every rule's points are overall points.  The score is ``100 - sum(finding points)``,
  never below 0, capped at ``gate_cap`` (59) when a gate fails.  A check caps what its rules can
  take together (related symptoms are not counted twice); a rule that ``covers`` other checks (no
  financial case, no register, no roadmap) silences them.  A criterion's ``weight`` is the most it
  can lose; its 0-100 ``score`` is a profile, not part of the sum.
- **Tiers**: a gate rule is a deal-breaker (20 points, and the cap); a serious flaw costs 16 and takes
  a strong proposal out of Ready; a weakness 3-7; polish 1-2.  "Every KPI lacks a baseline" fails the
  same gate, for the same points, as "no KPI".  A few rules weigh the size of the miss (debt cover
  against the lenders' minimum, equity return against the hurdle, a thin break-even, unhedged foreign
  debt): a small miss costs a weakness's points, a large one a serious flaw's; the tier follows the
  points (:attr:`Finding.tier`).
- **Rows**: a rule about table rows gives one finding listing the rows; it costs the rule's points
  times the share of rows that fail (rounded half up, at least 1, or more where one row already
  matters), and points at the first row (``Finding.all_paths`` lists them all).
- **Bands**: Ready 85+, Close 70-84, Not ready below 70 or on any failed gate, with one sentence on
  what stands before the next band.  ``Assessment.needs_draft_mark``: a gate fails or Not ready.
- **Acknowledgements**: a warning or tip answered with a written justification costs half its
  points, rounded up (the gap is explained, not closed); blockers cannot be acknowledged.

Rule texts and points: ``resources/guidance/readiness.json``; when each rule fires: ``_rules.py``;
plausibility against published ranges (``resources/reference/``): ``_plausibility.py``; text
quality: ``_text.py`` and :mod:`wizard.vague`; the finance figures the gates read (shareholdings, the
funding plan, debt cover, foreign debt): ``_figures.py``; text the fonts cannot draw: :mod:`wizard.textcheck`.

Speed: a sample assesses in a few milliseconds (``make bench``), so the wizard can rerun it on
every edit; the text measures of unchanged answers are cached.
"""

from __future__ import annotations

from wizard.finance import FinancialResults, compute
from wizard.model import Proposal
from wizard.readiness import _rules
from wizard.readiness._core import (
    SEVERITIES,
    STEP_STATES,
    STEPS,
    AcknowledgementError,
    Assessment,
    Band,
    Catalogue,
    CatalogueError,
    CriterionResult,
    Finding,
    GateResult,
    Phrase,
    StepStatus,
    acknowledge,
    acknowledgements_with,
    acknowledgements_without,
    catalogue,
    filled_sections,
    localise,
    score_findings,
)
from wizard.readiness._report import format_report, funding_position, investor_figures, to_json

__all__ = [
    "SEVERITIES",
    "STEPS",
    "STEP_STATES",
    "AcknowledgementError",
    "Assessment",
    "Band",
    "Catalogue",
    "CatalogueError",
    "CriterionResult",
    "Finding",
    "GateResult",
    "Phrase",
    "StepStatus",
    "acknowledge",
    "acknowledgements_with",
    "acknowledgements_without",
    "assess",
    "catalogue",
    "format_report",
    "investor_figures",
    "localise",
    "funding_position",
    "to_json",
]


def assess(proposal: Proposal, finance: FinancialResults | None = None) -> Assessment:
    """The readiness of ``proposal``: deterministic, fast, and it never modifies the proposal.

    ``finance`` is ``wizard.finance.compute(proposal.finance)`` when the caller already has it (see
    :mod:`wizard.analysis`); otherwise it is computed here.
    """
    cat = catalogue()
    results = finance if finance is not None else compute(proposal.finance)
    raw = _rules.run(cat, proposal, results)
    return score_findings(cat, proposal, raw, filled_sections(proposal), _rules.gate_conditions(proposal, results))
