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

An analysis that took longer than a frame (:data:`FRAME_MS`, measured on the last run) is run next
time in the background (:mod:`wizard.gui.tasks`, lane ``analysis``) on a copy of the proposal, so the
window keeps drawing while it runs; a result that arrives for a revision older than the newest is
dropped, never shown, and the newest is analysed instead.  Either way each revision is analysed once:
a view that needs the newest analysis while it is being made in the background waits for that run
rather than starting another.
"""

from __future__ import annotations

import time
import typing
from collections.abc import Mapping

from PySide6.QtCore import QObject, QTimer, Signal

from wizard.errors import CityPitchError
from wizard.gui.document import ProposalDocument
from wizard.gui.tasks import Outcome, Task, TaskState, run_in_background
from wizard.model import Proposal

if typing.TYPE_CHECKING:
    from wizard.analysis import Analysis


def analyse(proposal: Proposal, errors: Mapping[str, str] | None = None, *, finance_detail: bool = False) -> Analysis:
    """:func:`wizard.analysis.analyse`, imported by the first analysis: on its worker thread, after the window
    has been drawn (readiness and finance, about 70 ms of CPU, no longer delay the first frame; issue 21)."""
    from wizard.analysis import analyse as run

    return run(proposal, errors, finance_detail=finance_detail)


#: Quiet time after the last edit before the analysis is run again (ms).
DEBOUNCE_MS = 300
#: An analysis slower than this (ms) runs in the background next time: longer would drop a frame.
FRAME_MS = 16.0


class _Flight:
    """One analysis running in the background: its revision, task, and the result once it is made."""

    def __init__(self, revision: int) -> None:
        self.revision = revision
        self.task: Task | None = None
        self.result: Analysis | None = None
        self.error: CityPitchError | None = None
        self.ms = 0.0

    def work(self, proposal: Proposal, errors: dict[str, str], detail: bool) -> typing.Callable[[TaskState], None]:
        def run(_state: TaskState) -> None:
            started = time.perf_counter()
            try:
                self.result = analyse(proposal, errors, finance_detail=detail)
            except CityPitchError as exc:
                self.error = exc
            self.ms = (time.perf_counter() - started) * 1000

        return run


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
        #: How long the last analysis took (ms); past FRAME_MS the next one runs in the background.
        self.last_ms = 0.0
        #: Work out the finance detail (tornado, scenarios, currency case) with each analysis: set by the
        #: finance page, which shows them (see wizard.analysis).
        self.finance_detail = False
        #: Analyses shown so far, and how many of them were made in the background.
        self.runs = 0
        self.background_runs = 0
        self._flight: _Flight | None = None
        self._failure: CityPitchError | None = None
        #: While held (:meth:`hold`), a replaced proposal or an edit waits for :meth:`release`.
        self._held = False
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
        """The analysis of the newest revision (with the refused values), made now if it is not there yet."""
        flight = self._flight
        if self.is_stale() and flight is not None and flight.revision == self._revision and flight.task is not None:
            flight.task.wait()  # being made for this very revision: take that one
            self._land(flight)
        # Analyses if still needed; otherwise only adds values refused since.
        self.refresh(wait=True)
        if self._analysis is None:
            raise self._failure or CityPitchError("the proposal could not be analysed")
        return self._analysis

    # --- triggers ----------------------------------------------------------------------------------

    def _on_field_changed(self, _path: str) -> None:
        self._revision += 1
        if not self._held:
            self._timer.start()

    def _on_proposal_replaced(self) -> None:
        # Another proposal: its state is shown at once, not after a pause.
        self._revision += 1
        if not self._held:
            self.refresh(wait=True)

    def hold(self) -> None:
        """Analyse nothing by itself until :meth:`release` (a view asking :meth:`current` still gets one).

        The window opened at launch is shown with its file before the file is assessed (issue 21): the
        first frame does not wait for the analysis, which follows at once, after the show.
        """
        self._held = True

    def release(self, background: bool = False) -> None:
        """Analyse by itself again, starting with the newest revision if it has not been analysed (in the
        background if ``background``: the window just shown keeps drawing meanwhile)."""
        if not self._held:
            return
        self._held = False
        if self._analysis is None or self.is_stale():
            if background:
                self._start_flight()
            else:
                self.refresh(wait=True)

    def set_field_errors(self, errors: Mapping[str, str]) -> None:
        """The values refused at the widgets now (pattern -> reason); shown with the next refresh."""
        if dict(errors) != self._errors:
            self._errors = dict(errors)
            if not self._held:
                self._timer.start()

    def schedule(self) -> None:
        """Refresh once edits pause."""
        if not self._held:
            self._timer.start()

    # --- analysing ---------------------------------------------------------------------------------

    def refresh(self, wait: bool = False) -> None:
        """Show the analysis of the newest revision (the refused values included); computes only if needed.

        A slow analysis (see :data:`FRAME_MS`) is made in the background unless ``wait`` is true.
        """
        self._timer.stop()
        if self._analysis is not None and not self.is_stale():
            updated = self._analysis.with_field_errors(self._errors)
            if updated is not self._analysis:
                self._analysis = updated
                self.analysis_changed.emit(updated)
            return
        if not wait and self.last_ms > FRAME_MS:
            self._start_flight()
            return
        started = time.perf_counter()
        try:
            analysis = analyse(self.doc.proposal, self._errors, finance_detail=self.finance_detail)
        except CityPitchError as exc:
            self._failure = exc
            self.analysis_failed.emit(str(exc))
            return
        self.last_ms = (time.perf_counter() - started) * 1000
        self._show(analysis, self._revision)

    # --- in the background ---------------------------------------------------------------------------

    def _start_flight(self) -> None:
        if self._flight is not None:
            return  # one at a time: when it lands, the newest revision is analysed if it is not that one
        flight = _Flight(self._revision)
        # A copy, so edits made meanwhile never change the proposal under the analysis.
        work = flight.work(self.doc.proposal.model_copy(deep=True), dict(self._errors), self.finance_detail)
        self._flight = flight
        flight.task = run_in_background(work, lambda outcome: self._on_flight_done(flight, outcome),
                                        lane="analysis", context=self)

    def _on_flight_done(self, flight: _Flight, outcome: Outcome[None]) -> None:
        outcome.result()  # a bug in the analysis is raised here, on the GUI thread
        self._land(flight)
        if self.is_stale() and self._flight is None and not self._timer.isActive():
            self.refresh()

    def _land(self, flight: _Flight) -> None:
        """Take a finished background run: show it if it is of the newest revision, else drop it."""
        if self._flight is flight:
            self._flight = None
        if flight.revision <= self._analysed:
            return  # already shown, or something newer is
        self.last_ms = flight.ms
        if flight.error is not None:
            self._failure = flight.error
            self.analysis_failed.emit(str(flight.error))
        elif flight.result is not None and flight.revision == self._revision:
            self.background_runs += 1
            self._show(flight.result, flight.revision)

    def _show(self, analysis: Analysis, revision: int) -> None:
        self.runs += 1
        self._analysis = analysis
        self._analysed = revision
        self.analysis_changed.emit(analysis)
