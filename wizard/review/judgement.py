"""The one place where the review features read the readiness judgement (score, band, gates).

Versions record the band, the comparison shows it, and the export's DRAFT mark depends on it
(:attr:`wizard.readiness.Assessment.needs_draft_mark`); all of them ask this module.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    # Type only: the window imports this module before it is drawn, readiness after (issue 21).
    from wizard.readiness import Assessment


def band_of(assessment: Assessment) -> str:
    """The readiness band's title ("Ready", "Close", "Not ready")."""
    return assessment.band.title


def failed_gates(assessment: Assessment) -> list[str]:
    """Titles of the failed gates (deal-breakers)."""
    return [gate.title for gate in assessment.failed_gates]


def readiness_reasons_for_draft(assessment: Assessment) -> list[str]:
    """Why the readiness judgement keeps the DRAFT mark (empty: it allows a final export)."""
    reasons = []
    gates = failed_gates(assessment)
    if gates:
        reasons.append(f"{len(gates)} readiness {'gate is' if len(gates) == 1 else 'gates are'} not met "
                       f"({'; '.join(gates[:3])}{'; and more' if len(gates) > 3 else ''})")
    if assessment.needs_draft_mark and not gates:
        reasons.append(f"the readiness band is {band_of(assessment)}")
    return reasons
