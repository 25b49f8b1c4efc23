"""The Financial case step: the fields of the financial case, and its live figures and chart beside them."""

from __future__ import annotations

import typing

from PySide6.QtWidgets import QWidget

from wizard.gui.analysismodel import AnalysisModel
from wizard.gui.document import ProposalDocument
from wizard.gui.finance.panel import FinanceFigures
from wizard.gui.steps.pages import WizardPage
from wizard.steps import Step


class FinancePage(WizardPage):
    def __init__(self, step: Step, doc: ProposalDocument, parent: QWidget | None = None, *,
                 analysis: AnalysisModel | None = None) -> None:
        super().__init__(step, doc, parent)
        self.figures = typing.cast(FinanceFigures, self.findChild(FinanceFigures, "finance_figures"))
        # A page shown alone (tests, the review harness) follows an analysis model of its own.
        self.figures.bind(doc, analysis if analysis is not None else AnalysisModel(doc, self))
