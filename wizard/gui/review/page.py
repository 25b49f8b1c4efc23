"""The Review step: the readiness scores and everything missing or weak, with the way to each field."""

from __future__ import annotations

import typing

from PySide6.QtWidgets import QWidget

from wizard.gui.document import ProposalDocument
from wizard.gui.review.panel import ReviewPanel
from wizard.gui.steps.pages import WizardPage
from wizard.steps import Step


class ReviewPage(WizardPage):
    def __init__(self, step: Step, doc: ProposalDocument, parent: QWidget | None = None) -> None:
        super().__init__(step, doc, parent)
        self.panel = typing.cast(ReviewPanel, self.findChild(ReviewPanel, "review_panel"))

    def first_field(self) -> QWidget:
        """Where the keyboard goes on arriving at Review: the findings, whose first line is selected."""
        return self.panel.tree
