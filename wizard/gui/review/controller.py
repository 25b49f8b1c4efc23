"""The window's side of the Review step: the analysis shown on the Review page and beside the fields,
values refused at the widgets, and acknowledgements.

Acknowledging a warning goes through the readiness API (:func:`wizard.readiness.acknowledgements_with`:
it refuses blockers and empty justifications, and replaces an earlier answer to the same finding) and
is one undoable step, named for the warning; withdrawing an answer likewise
(:func:`wizard.readiness.acknowledgements_without`).  The justification is asked in
:class:`wizard.gui.steps.justification.JustificationDialog`, which refuses an empty answer where it
is typed.
"""

from __future__ import annotations

import dataclasses
import typing

from PySide6.QtCore import QObject

from wizard.gui.language import fill, shown, translate
from wizard import readiness
from wizard.analysis import Analysis, ReviewItem
from wizard.gui.analysismodel import AnalysisModel
from wizard.gui.coretexts import say
from wizard.gui.document import ProposalDocument
from wizard.gui.review.page import ReviewPage
from wizard.gui.steps.pages import WizardPage
from wizard.gui.window.face import WindowFace
from wizard.gui.window.pages import PageMap


class ReviewController(QObject):
    """Shows each analysis on the Review page and beside the fields; answers warnings (see module docstring)."""

    def __init__(self, window: WindowFace, doc: ProposalDocument, analysis: AnalysisModel, pages: PageMap,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.window = window
        self.doc = doc
        self.analysis = analysis
        self.pages = pages
        analysis.analysis_changed.connect(self.show_analysis)

    def page_built(self, step_id: str, page: WizardPage) -> None:
        """A page built late gets what it missed: the notes beside its fields, the Review list."""
        page.binder.errors_changed.connect(self._on_field_errors_changed)
        latest = shown(self.analysis.latest) if self.analysis.latest is not None else None
        if step_id == "review":
            panel = typing.cast(ReviewPage, page).panel
            panel.acknowledge_requested.connect(self.acknowledge)
            panel.withdraw_requested.connect(self.withdraw)
            if latest is not None:
                panel.set_analysis(latest)
        if latest is not None:
            page.show_notes(latest.notes_for(step_id, say))

    def show_analysis(self, analysis: Analysis) -> None:
        analysis = shown(analysis)
        if self.pages.is_built("review"):
            typing.cast(ReviewPage, self.pages["review"]).panel.set_analysis(analysis)
        for step_id, page in self.pages.built().items():
            page.show_notes(analysis.notes_for(step_id, say))

    def on_step_shown(self, step_id: str) -> None:
        if step_id == "review":
            self.refresh()

    # --- refused values ----------------------------------------------------------------------------

    def field_errors(self) -> dict[str, str]:
        errors: dict[str, str] = {}
        # A page not built yet has had no input, so no refused values.
        for page in self.pages.built().values():
            errors.update(page.binder.errors())
        return errors

    def _on_field_errors_changed(self) -> None:
        self.analysis.set_field_errors(self.field_errors())

    def refresh(self) -> None:
        """Show the analysis of the newest revision now, without waiting for the pause after an edit."""
        self.analysis.set_field_errors(self.field_errors())
        self.analysis.current()

    # --- acknowledgements --------------------------------------------------------------------------

    def _editable(self) -> bool:
        if self.doc.is_read_only():
            self.window.show_message("info", translate("Review", "Read-only"),
                                     fill(translate("Review", "This proposal is open read-only: %1"), self.doc.read_only_reason))
            return False
        return True

    def acknowledge(self, item: ReviewItem) -> None:
        """Answer an open warning with a written justification (one undoable step)."""
        if not self._editable() or item.finding is None:
            return
        justification = self.window.ask_justification(item)
        if not justification:
            return
        try:
            answered = readiness.acknowledgements_with(self.doc.proposal, item.finding, justification,
                                                       by=self.doc.proposal.meta.prepared_by)
        except readiness.AcknowledgementError as exc:
            self.window.show_message("warning", translate("Review", "This finding cannot be acknowledged"), str(exc))
            return
        self.doc.set_field("acknowledgements", answered, fill(translate("Review", "Answer the warning \u201c%1\u201d"), _short(item)), merge=False)
        self.refresh()

    def withdraw(self, item: ReviewItem) -> None:
        """Remove the justification that answered ``item`` (one undoable step)."""
        if not self._editable() or item.finding is None:
            return
        # WORKAROUND: readiness counts an answer given at any of a finding's rows (an answer stays with
        # the finding when its first row changes), but acknowledgements_without removes only the one at
        # the first row; ask it once for every row so that withdrawing never silently does nothing.
        remaining = list(self.doc.proposal.acknowledgements)
        for path in item.finding.all_paths:
            holder = self.doc.proposal.model_copy(update={"acknowledgements": remaining})
            remaining = readiness.acknowledgements_without(holder, dataclasses.replace(item.finding, field=path))
        self.doc.set_field("acknowledgements", remaining, fill(translate("Review", "Withdraw the answer to \u201c%1\u201d"), _short(item)), merge=False)
        self.refresh()


def _short(item: ReviewItem) -> str:
    """The warning's name for the Edit menu's undo step: its rule's title, else its message."""
    return (item.finding.title if item.finding is not None and item.finding.title else item.message)[:80]
