"""Sign-off: a named reviewer approves the proposal's content; any later edit makes it stale.

A sign-off records the reviewer's name and role, the date, and the hash of the proposal's canonical
content (:mod:`wizard.review.canonical`), and the saved version it approves: signing content that is
not yet a saved version first saves one ("Signed off by ..."), so the approved content can always be
opened again.  The sign-off is *current* while the draft's content hash equals the signed hash, and
*stale* as soon as anything changes (undoing the change makes it current again).

The team may turn sign-off on (:func:`set_required`).  The export asks :func:`draft_reasons`: the
DRAFT mark goes only when the readiness judgement allows it (no failed gate, not "Not ready") and, if
sign-off is on, the current content is signed off.  :func:`export_metadata` gives the deck's PDF
metadata the label of the saved version the exported content is.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from wizard.i18n.said import Said, said
from wizard.model import LINE_MAX
from wizard.projectfile import Project
from wizard.readiness import Assessment
from wizard.review import store, versions
from wizard.review.canonical import content_hash
from wizard.review.judgement import readiness_reasons_for_draft
from wizard.review.records import SignOff, SignoffFile, VersionRecord


@dataclass(frozen=True)
class SignoffState:
    required: bool
    content_hash: str
    signoffs: tuple[SignOff, ...]
    #: The saved version whose content is the current draft's (None if the draft has unsaved edits).
    version: VersionRecord | None

    @property
    def current(self) -> tuple[SignOff, ...]:
        """Sign-offs of exactly the current content."""
        return tuple(s for s in self.signoffs if s.content_hash == self.content_hash)

    @property
    def stale(self) -> tuple[SignOff, ...]:
        """Sign-offs of content that has changed since."""
        return tuple(s for s in self.signoffs if s.content_hash != self.content_hash)

    @property
    def signed_off(self) -> bool:
        return bool(self.current)

    @property
    def version_label(self) -> str | None:
        return self.version.label if self.version is not None else None

    def describe(self) -> str:
        """One line for a status bar or a terminal."""
        if self.current:
            latest = self.current[-1]
            text = f"Signed off by {latest.name}{', ' + latest.role if latest.role else ''} on {latest.signed_at:%Y-%m-%d}"
        elif self.stale:
            latest = self.stale[-1]
            text = (f"Sign-off by {latest.name} on {latest.signed_at:%Y-%m-%d} is stale: the proposal has "
                    "changed since")
        else:
            text = "Not signed off"
        return text + (" (sign-off is required for a final export)" if self.required and not self.current else "")


def state(project: Project) -> SignoffState:
    """The sign-off state of the current draft (ReviewError if the sign-off entry cannot be read)."""
    file = store.read(project, SignoffFile)
    digest = content_hash(project.proposal, project.assets)
    try:
        version = versions.matching(project, digest)
    except store.ReviewError:
        version = None
    return SignoffState(file.required, digest, tuple(file.signoffs), version)


def set_required(project: Project, required: bool) -> None:
    file = store.read(project, SignoffFile)
    file.required = required
    store.write(project, file)


def sign(project: Project, name: str, role: str, *, when: dt.datetime | None = None,
         version_ref: str | int | None = None) -> SignOff:
    """Sign off the current content (or the saved version ``version_ref``).

    Current content that is not a saved version is first saved as one, labelled "Signed off by NAME
    (date)", so what was approved can be opened again.
    """
    name, role = " ".join(name.split())[:LINE_MAX], " ".join(role.split())[:LINE_MAX]
    if not name:
        raise store.ReviewError(project, said("a sign-off needs the reviewer's name"))
    file = store.read(project, SignoffFile)  # fail before saving a version if the entry is unreadable
    when = when or versions.now()
    version: VersionRecord | None
    if version_ref is not None:
        version = versions.find(project, version_ref)
    else:
        version = versions.matching(project)
        if version is None:
            label = f"Signed off by {name} ({when:%Y-%m-%d})"
            taken = {v.label.casefold() for v in versions.list_versions(project)}
            suffix = 2
            base = label
            while label.casefold() in taken:
                label, suffix = f"{base} {suffix}", suffix + 1
            version = versions.save(project, label, name, when=when)
    record = SignOff(number=max((s.number for s in file.signoffs), default=0) + 1, name=name, role=role,
                     signed_at=when, content_hash=version.content_hash, version=version.number,
                     version_label=version.label)
    file.signoffs.append(record)
    store.write(project, file)
    return record


#: The sign-off's reasons for keeping the DRAFT mark, as :func:`draft_reasons` words them (the interface
#: recognises them to say them in its own language).
NOT_SIGNED_OFF = "sign-off is turned on and the current content is not signed off"
STALE = " (the last sign-off is stale)"
UNREADABLE = "the sign-off record cannot be read ({problem})"


def draft_reasons(project: Project, assessment: Assessment | None = None, *,
                  current: SignoffState | None = None) -> list[str]:
    """Why an export of ``project`` keeps its DRAFT mark; empty when it may go out as final.

    An unreadable sign-off entry counts as "not signed off" only when the team could have required
    it; the reason says so.  ``current`` is :func:`state` of ``project`` if the caller has it (the
    export asks it once: it hashes the whole proposal and every image).
    """
    return [str(reason) for reason in draft_reasons_said(project, assessment, current=current)]


def draft_reasons_said(project: Project, assessment: Assessment | None = None, *,
                       current: SignoffState | None = None) -> list[str | Said]:
    """:func:`draft_reasons`, with an unreadable sign-off record's reason kept as a sentence and its parts
    (:mod:`wizard.i18n.said`), so a translated window can say what is wrong with the record."""
    if assessment is None:
        from wizard.analysis import analyse

        assessment = analyse(project.proposal).readiness
    reasons: list[str | Said] = list(readiness_reasons_for_draft(assessment))
    try:
        current = current if current is not None else state(project)
    except store.ReviewError as exc:
        return [*reasons, said("the sign-off record cannot be read (%1)", exc.problem_said or exc.problem)]
    if current.required and not current.signed_off:
        reasons.append(NOT_SIGNED_OFF + (STALE if current.stale else ""))
    return reasons


def export_metadata(project: Project, *, current: SignoffState | None = None) -> dict[str, str]:
    """PDF metadata the export records: the saved version's label (when the draft is one) and sign-off.

    ``current``: :func:`state` of ``project`` if the caller has it.
    """
    try:
        current = current if current is not None else state(project)
    except store.ReviewError:
        return {}
    data: dict[str, str] = {}
    if current.version is not None:
        data["CityPitchVersion"] = f"{current.version.number}: {current.version.label}"
    if current.current:
        latest = current.current[-1]
        data["CityPitchSignOff"] = (f"{latest.name}{', ' + latest.role if latest.role else ''}, "
                                    f"{latest.signed_at:%Y-%m-%d}")
    return data
