"""Slide budgets beside the fields: how many more characters a field's main-line slide can take.

Each field that feeds a main-line slide of the deck gets a note under it, "340 characters left on the
slide" or "318 characters over: the rest moves to the appendix (A5)".  The numbers are the deck
planner's own (:func:`wizard.export.budget.budget_report`), so they are exactly the cuts the export makes.

Planning a deck takes about 0.1 s, too long for the GUI thread: it runs in the background
(:mod:`wizard.gui.tasks`) once per analysis of the window's :class:`~wizard.gui.analysismodel.AnalysisModel`
(which already waits for a pause in the typing), on a copy of the proposal, with that analysis.  A
result for an older revision than the newest asked for is dropped.  The pages show the notes under
their fields with the readiness notes (:meth:`wizard.gui.steps.pages.WizardPage.show_budgets`).
"""

from __future__ import annotations

import typing

from PySide6.QtCore import QCoreApplication, QObject, Signal

from wizard.gui.tasks import Outcome, Task, TaskState, run_in_background

if typing.TYPE_CHECKING:
    from wizard.analysis import Analysis
    from wizard.export.context import FieldBudget
    from wizard.gui.analysismodel import AnalysisModel
    from wizard.gui.document import ProposalDocument
    from wizard.gui.steps.pages import WizardPage
    from wizard.gui.window.pages import PageMap


def budget_note(budget: FieldBudget, code: str = "") -> str:
    """The note under a field for its budget, in the language of the window."""
    over = -budget.chars_left
    if budget.moved or over > 0:
        if budget.used <= 0:
            text = QCoreApplication.translate(
                "BudgetNotes", "{count} characters over: the whole text moves to the appendix ({code})")
        elif over > 0:
            text = QCoreApplication.translate(
                "BudgetNotes", "{count} characters over: the rest moves to the appendix ({code})")
        else:
            text = QCoreApplication.translate("BudgetNotes", "Part of it moves to the appendix ({code})")
        # The planner numbers every section it moves text into, so a code is always there; without one
        # the note still says where the text goes.
        return text.format(count=max(over, 0), code=code).replace(" ()", "").replace("（）", "")
    return QCoreApplication.translate("BudgetNotes", "{count} characters left on the slide").format(
        count=budget.chars_left)


def budget_notes(budgets: dict[str, FieldBudget], codes: dict[str, str]) -> dict[str, str]:
    """The note of every field with a budget, by model path."""
    return {path: budget_note(budget, codes.get(path, "")) for path, budget in budgets.items()}


class BudgetNotes(QObject):
    """Works out the budgets of the newest analysed revision and hands the notes to the pages."""

    notes_changed = Signal(object)  # {model path: note}

    def __init__(self, doc: ProposalDocument, analysis: AnalysisModel, pages: PageMap,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.doc = doc
        self.pages = pages
        self.notes: dict[str, str] = {}
        self.task: Task | None = None
        self._asked = 0
        #: Every plan made here (tests check it ran off the GUI thread).
        self.runs = 0
        analysis.analysis_changed.connect(self.refresh)

    def refresh(self, analysis: Analysis) -> None:
        """Plan the deck of the proposal on screen in the background, with ``analysis`` (its analysis)."""
        if self.task is not None:
            # Superseded: a plan still queued is skipped; one under way finishes and is dropped (``asked``).
            # Edits in quick succession then plan the newest revision only, rather than keeping a worker
            # busy with every one (which slows the GUI thread too: the workers share the interpreter lock).
            self.task.cancel()
        proposal = self.doc.proposal.model_copy(deep=True)
        self._asked += 1
        asked = self._asked

        def work(state: TaskState) -> tuple[int, dict[str, FieldBudget], dict[str, str]] | None:
            if state.cancelled:
                return None
            # Imported here, in the background: the deck planner's modules take about 50 ms to import,
            # which the first analysis after the window shows would otherwise spend on the GUI thread.
            from wizard.export.budget import budget_report

            budgets, codes = budget_report(proposal, analysis)
            return asked, budgets, codes

        self.task = run_in_background(work, self._planned, lane="work", context=self)

    def _planned(self, outcome: Outcome[tuple[int, dict[str, FieldBudget], dict[str, str]] | None]) -> None:
        from wizard.errors import CityPitchError

        try:
            planned = outcome.result()
        except CityPitchError:
            return  # the deck cannot be planned yet (the readiness checks say why); the notes stay as they were
        if planned is None:
            return  # skipped: a newer revision was asked for before this plan started
        asked, budgets, codes = planned
        if asked != self._asked:
            return  # an older revision's budgets: the newer ones are on their way
        self.task = None
        self.runs += 1
        self.notes = budget_notes(budgets, codes)
        for page in self.pages.built().values():
            page.show_budgets(self.notes)
        self.notes_changed.emit(self.notes)

    def page_built(self, page: WizardPage) -> None:
        """A page built late gets the notes it missed."""
        if self.notes:
            page.show_budgets(self.notes)


__all__ = ["BudgetNotes", "budget_note", "budget_notes"]
