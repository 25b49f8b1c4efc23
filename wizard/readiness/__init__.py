"""Investor readiness: a live, explainable assessment of a proposal, criterion by criterion (no Qt).

It tells a city team, before an investor does, what is missing or weak and exactly what would raise
the score. It drives the wizard's sidebar badges and Review page, ``citypitch check`` and the deck's
DRAFT mark::

    from wizard import readiness
    result = readiness.assess(proposal)
    result.score, result.has_blockers, result.criteria, result.findings
    readiness.to_json(result, proposal)       # what ``citypitch check --json`` prints
    readiness.format_report(result, proposal)  # what ``citypitch check`` prints

Criteria and weights (they sum to 100; each maps to a part of the domain brief):

=====================  ======  ===============================================================
criterion               weight  what it asks for
=====================  ======  ===============================================================
``vision``                  8   clear, measurable vision; benefits for citizens and businesses;
                                social, economic and environmental alignment; headline targets
``problem``                10   one specific challenge, quantified, people affected named
``evidence``               10   every KPI with baseline, year, source and target; dated evidence
``feasibility``            10   study status, options, technical case, demand forecast, permits, land
``economy``                 7   economic engine: business conditions, enabling infrastructure,
                                regulation, market access, scalability, jobs
``returns``                10   a complete financial case; NPV, IRR, payback defined and plausible
``funding``                 7   sources add up to the capex, some committed, ask fits the gap
``risks``                  10   risk register incl. political and counterparty risk; each risk
                                rated, allocated and mitigated
``digital``                 7   heavy -> light -> heavy roadmap, dependencies respected, costed
``citizens``                6   community needs, consultation evidence, visible improvements
``japan``                  10   role beyond capital, Japanese strengths and partners, JOIN's
                                conditions, JBIC's environmental focus, E&S care
``delivery``                5   implementing agency, champion, governance, procurement,
                                monitoring, milestones (G20 deliverability)
=====================  ======  ===============================================================

Scoring, so that every point is explainable:

- Each criterion starts at 100. Its checks (groups of related rules) share those 100 points; the
  data file lists each check's points and each rule's points (the most it can cost).
- A rule that fires produces a :class:`Finding` whose ``points`` is what it cost the criterion.
  A rule about table rows (KPIs, risks, phases...) costs its points times the share of rows that fail
  it, spread over one finding per failing row (at least 1 point in all).
- The findings of a check never cost more than the check's points. A rule that makes other checks
  meaningless (no financial case, no risk register, no roadmap, no funding source, no one-line problem)
  ``covers`` them: it can cost their points too, and their rules stay silent. So an empty proposal
  scores 0 everywhere, and ``100 - criterion score`` is exactly the sum of its findings' points.
- The overall score is ``round(sum(weight * criterion score) / 100)``; a finding's cost on it is
  ``points * weight / 100`` (:attr:`Finding.overall_points`), so the overall loss matches the sum of
  those costs to within rounding.
- A warning or tip acknowledged with a written justification (see :func:`acknowledge`) counts as
  answered: it shows ``acknowledged: true`` and its justification, and costs half its points (rounded
  down): the gap is explained, not closed. Blockers cannot be acknowledged; they always cost in full.

Severities: ``blocker`` is something an investor would reject outright (no problem statement, no KPI,
no financial case, no risk register, JOIN as the largest Japanese shareholder, an ask larger than the
funding gap); ``warning`` is a weakness; ``tip`` is polish. Rules marked ``consistency`` compare
sections with each other (funding against capex, target year against baseline year, phase end
against start, vision targets against KPIs, the ask against the funding gap).

Findings name the model path of the field concerned (``problem.kpis[2].baseline_source``), or of the
list when a row is missing (``risks``), so the wizard can jump to the widget. Rule texts (title,
message, fix) and points live in ``resources/guidance/readiness.json``; ``_rules.py`` decides when
each rule fires; vague-writing detection is :mod:`wizard.vague`.

``citypitch check --json`` prints one object (:func:`to_json`):

- ``score``: overall score, 0-100 (int); ``has_blockers``: bool.
- ``criteria``: list of ``{id, title, weight, score, findings}``, ``findings`` being that
  criterion's findings in the form below.
- ``findings``: every finding, blockers first, each ``{rule, severity, criterion, field, message, fix,
  acknowledged, justification, points}`` (``points``: what it cost its criterion).
- ``financials``: from :func:`wizard.finance.results_to_json`: ``currency``, ``discount_rate``
  (percent, string), ``cash_flows`` (one object per year with ``year`` and ``net``, plus capex, opex,
  revenue and cumulative figures), ``npv``, ``irr`` (percent), ``payback_years``, ``funding_gap``
  (amounts are strings with two decimals; missing figures are ``null``), with ``irr_note`` and
  ``payback_note`` saying why a figure is missing.

Speed: the samples assess in a few milliseconds, so the wizard can rerun it on every edit.
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
    StepStatus,
    acknowledge,
    acknowledgements_with,
    acknowledgements_without,
    catalogue,
    filled_sections,
    score_findings,
)
from wizard.readiness._report import format_report, to_json

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
    "StepStatus",
    "acknowledge",
    "acknowledgements_with",
    "acknowledgements_without",
    "assess",
    "catalogue",
    "format_report",
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
