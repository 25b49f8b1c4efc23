"""The one place where the review features read the readiness judgement (score, band, gates).

The readiness engineer is adding bands ("Not ready" ... ) and gates (deal-breakers) to
:class:`wizard.readiness.Assessment`.  Versions record the band, the comparison shows it, and the
export's DRAFT mark depends on it; all of them ask this module, so when the Assessment's shape
settles, only this file changes.
"""

from __future__ import annotations

from typing import Any

from wizard.readiness import Assessment

#: The band that keeps the DRAFT mark whatever else is true.
NOT_READY = "not ready"


def band_of(assessment: Assessment) -> str | None:
    """The readiness band's label (``"Nearly ready"``), or None while readiness has no bands."""
    band: Any = getattr(assessment, "band", None)
    if band is None:
        return None
    label = getattr(band, "label", None) or getattr(band, "title", None)
    return str(label if label is not None else band)


def failed_gates(assessment: Assessment) -> list[str]:
    """Titles of failed gates (deal-breakers); until readiness has gates, its blockers play that role."""
    gates: Any = getattr(assessment, "failed_gates", None)
    if gates is not None:
        return [str(getattr(g, "title", None) or getattr(g, "message", None) or g) for g in gates]
    return [f.title or f.message for f in assessment.findings if f.severity == "blocker"]


def readiness_reasons_for_draft(assessment: Assessment) -> list[str]:
    """Why the readiness judgement keeps the DRAFT mark (empty: it allows a final export)."""
    reasons = []
    gates = failed_gates(assessment)
    if gates:
        reasons.append(f"{len(gates)} readiness {'gate is' if len(gates) == 1 else 'gates are'} not met "
                       f"({'; '.join(gates[:3])}{'; and more' if len(gates) > 3 else ''})")
    band = band_of(assessment)
    if band is not None and band.strip().casefold() == NOT_READY:
        reasons.append(f"the readiness band is {band}")
    return reasons
