"""One analysis of a proposal: everything derived from it, computed once per revision (no Qt).

The proposal is the single source of truth; what the app shows about it (the financial case, the
readiness judgement) is derived data.  :func:`analyse` computes that data once for one state of the
proposal and hands it out as one immutable :class:`Analysis`, so that the sidebar, the Review page,
the finance panel, ``citypitch check`` and every export read the same figures and nothing is
computed twice for the same revision::

    from wizard.analysis import analyse
    analysis = analyse(proposal)
    analysis.finance      # wizard.finance.FinancialResults
    analysis.readiness    # wizard.readiness.Assessment (computed from analysis.finance)
"""

from __future__ import annotations

from dataclasses import dataclass

from wizard import finance, readiness
from wizard.finance import FinancialResults
from wizard.model import Proposal
from wizard.readiness import Assessment


@dataclass(frozen=True)
class Analysis:
    """What is derived from one state of a proposal."""

    finance: FinancialResults
    readiness: Assessment


def analyse(proposal: Proposal) -> Analysis:
    """Compute the financial case once, then judge readiness from it."""
    results = finance.compute(proposal.finance, phases=proposal.roadmap.phases)
    return Analysis(finance=results, readiness=readiness.assess(proposal, results))
