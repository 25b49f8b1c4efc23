"""The Financial case step: the fields of the financial case, its live finance pack, and spreadsheet import.

The figures are the panel's (:mod:`wizard.gui.finance.panel`); bringing yearly lines or funding
sources in from a spreadsheet is :mod:`wizard.gui.finance.importing`'s, started from the buttons under
those tables or from File > Import yearly lines / Import funding sources.
"""

from __future__ import annotations

import typing
from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox, QPushButton, QWidget

from wizard.gui.analysismodel import AnalysisModel
from wizard.gui.document import ProposalDocument
from wizard.gui.finance.importing import SpreadsheetImport, file_filter
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
        self.importer = SpreadsheetImport(doc, self, self.ask_import_path, self.warn)
        self.importer.done.connect(self.message_shown)
        self.import_lines_button = typing.cast(QPushButton, self.findChild(QPushButton, "import_lines_button"))
        self.import_funding_button = typing.cast(QPushButton, self.findChild(QPushButton, "import_funding_button"))
        self.import_lines_button.clicked.connect(lambda: self.import_spreadsheet("lines"))
        self.import_funding_button.clicked.connect(lambda: self.import_spreadsheet("funding"))
        for button in (self.import_lines_button, self.import_funding_button):
            button.setAccessibleDescription(button.toolTip())
        doc.read_only_changed.connect(self._on_read_only_changed)
        self._on_read_only_changed(doc.is_read_only())

    def retranslated(self) -> None:
        # The form gave the import buttons their tooltips again; the figures' headings and notes follow.
        for button in (self.import_lines_button, self.import_funding_button):
            button.setAccessibleDescription(button.toolTip())
        if self.isVisible():
            self.figures.refresh()

    def _on_read_only_changed(self, read_only: bool) -> None:
        for button in (self.import_lines_button, self.import_funding_button):
            button.setEnabled(not read_only)

    def import_spreadsheet(self, kind: str, path: Path | None = None) -> bool:
        """Bring ``kind`` ("lines" or "funding") in from a spreadsheet, after a preview; see importing."""
        self.binder.commit_pending()
        return self.importer.start(kind, path)

    # --- what the import asks (replaced in tests) -----------------------------------------------------

    def ask_import_path(self, what: str) -> Path | None:  # what: the dialog's title, translated
        settings = QSettings()
        folder = str(settings.value("last_folder", str(Path.home())))
        name, _ = QFileDialog.getOpenFileName(self, what, folder, file_filter())
        if not name:
            return None
        settings.setValue("last_folder", str(Path(name).parent))
        return Path(name)

    def warn(self, title: str, text: str) -> None:
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(title)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setText(text)
        box.exec()
