"""The live analysis of the open proposal: one model, one ``analysis_changed`` per document revision.

Every edit of the :class:`~wizard.gui.document.ProposalDocument` is a new revision.  The model waits
until edits pause (:data:`DEBOUNCE_MS`), then runs :func:`wizard.analysis.analyse` once and emits
``analysis_changed(analysis)``; the sidebar badges, the Review page, the finance figures, the notes
beside the fields and the Export step's DRAFT note all show that one :class:`~wizard.analysis.Analysis`
and compute nothing of their own.  One keystroke's path to the sidebar badge::

    widget edit -> binder -> ProposalDocument.set_field (undo command) -> field_changed
    -> AnalysisModel (debounced) -> analyse() -> analysis_changed -> NavigationController badges

A view that needs the analysis of the revision on screen before the pause is over (a page being
shown) asks :meth:`AnalysisModel.current`, which analyses at once; the pending refresh then finds
the revision already analysed and computes nothing.  Values the widgets refused are not in the
model; the window hands them over with :meth:`set_field_errors` and they are added to the analysis
without computing it again.
"""

from __future__ import annotations

import time
from collections.abc import Mapping

from PySide6.QtCore import QObject, QTimer, Signal

from wizard.analysis import Analysis, analyse
from wizard.errors import CityPitchError
from wizard.gui.document import ProposalDocument

#: Quiet time after the last edit before the analysis is run again (ms).
DEBOUNCE_MS = 300


class AnalysisModel(QObject):
    """The analysis of a document's newest revision (see the module docstring)."""

    analysis_changed = Signal(object)  # the Analysis of the newest revision
    analysis_failed = Signal(str)  # why the analysis could not be made (an installation problem)

    def __init__(self, doc: ProposalDocument, parent: QObject | None = None) -> None:
        super().__init__(parent if parent is not None else doc)
        self.doc = doc
        self._revision = 0
        self._analysed = -1
        self._analysis: Analysis | None = None
        self._errors: dict[str, str] = {}
        #: How long the last analysis took (ms).
        self.last_ms = 0.0
        #: Analyses run so far (for tests and the benchmarks).
        self.runs = 0
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self.refresh)
        doc.field_changed.connect(self._on_field_changed)
        doc.proposal_replaced.connect(self._on_proposal_replaced)

    # --- state -------------------------------------------------------------------------------------

    @property
    def revision(self) -> int:
        """The document's revision: one more for every change since this model was made."""
        return self._revision

    @property
    def latest(self) -> Analysis | None:
        """The analysis shown last (it may be one revision behind while edits pause); None before the first."""
        return self._analysis

    def is_stale(self) -> bool:
        return self._analysed != self._revision

    def current(self) -> Analysis:
        """The analysis of the newest revision, made now if it is not there yet."""
        if self._analysis is None or self.is_stale():
            self.refresh()
        assert self._analysis is not None
        return self._analysis

    # --- triggers ----------------------------------------------------------------------------------

    def _on_field_changed(self, _path: str) -> None:
        self._revision += 1
        self._timer.start()

    def _on_proposal_replaced(self) -> None:
        # Another proposal: its state is shown at once, not after a pause.
        self._revision += 1
        self.refresh()

    def set_field_errors(self, errors: Mapping[str, str]) -> None:
        """The values refused at the widgets now (pattern -> reason); shown with the next refresh."""
        if dict(errors) != self._errors:
            self._errors = dict(errors)
            self._timer.start()

    def schedule(self) -> None:
        """Refresh once edits pause."""
        self._timer.start()

    # --- analysing ---------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Show the analysis of the newest revision (the refused values included); computes only if needed."""
        self._timer.stop()
        if self._analysis is not None and not self.is_stale():
            updated = self._analysis.with_field_errors(self._errors)
            if updated is not self._analysis:
                self._analysis = updated
                self.analysis_changed.emit(updated)
            return
        started = time.perf_counter()
        try:
            analysis = analyse(self.doc.proposal, self._errors)
        except CityPitchError as exc:
            self.analysis_failed.emit(str(exc))
            return
        self.last_ms = (time.perf_counter() - started) * 1000
        self._show(analysis, self._revision)

    def _show(self, analysis: Analysis, revision: int) -> None:
        self.runs += 1
        self._analysis = analysis
        self._analysed = revision
        self.analysis_changed.emit(analysis)
