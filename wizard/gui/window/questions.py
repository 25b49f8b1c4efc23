"""The window's questions and messages: every dialog the controllers may ask the window to show.

Each is one small method (``show_message``, ``ask_save_changes``, ``ask_open_path``...), so tests
replace them on :class:`~wizard.gui.window.mainwindow.MainWindow` and answer without modal dialogs.
"""

from __future__ import annotations

import typing
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMainWindow, QMessageBox

from wizard.gui.language import fill, translate
from wizard import projectfile

if typing.TYPE_CHECKING:
    from wizard.analysis import ReviewItem
    from wizard.gui.document import ProposalDocument
    from wizard.gui.window.exporting import ExportController
    from wizard.gui.window.recent import RecentFiles

def file_filter() -> str:
    # The patterns in brackets are Qt's to read: only the names before them are translated.
    return (translate("Questions", "CityPitch proposals") + " (*.citypitch *.json);;"
            + translate("Questions", "All files") + " (*)")


class QuestionsWindow(QMainWindow):
    """A main window that asks through small methods; the main window fills in what they need."""

    doc: ProposalDocument
    recent: RecentFiles
    exporting: ExportController

    def show_message(self, kind: str, title: str, text: str) -> None:
        if not self.isVisible():
            # A message about a file opened before the window is shown (at launch) comes over the window.
            self.show()
        box = QMessageBox(self)
        box.setIcon({"warning": QMessageBox.Icon.Warning, "critical": QMessageBox.Icon.Critical}.get(kind, QMessageBox.Icon.Information))
        box.setWindowTitle(title)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setText(text)
        box.exec()

    def ask_save_changes(self) -> str:
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(translate("Questions", "Unsaved changes"))
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setText(translate("Questions", "This proposal has changes that are not saved. Save them first?"))
        buttons = QMessageBox.StandardButton
        box.setStandardButtons(buttons.Save | buttons.Discard | buttons.Cancel)
        box.setDefaultButton(buttons.Save)
        # Keys for the keyboard: S, D (or Alt+S, Alt+D); Enter saves, Escape cancels.
        box.button(buttons.Save).setText(translate("Questions", "&Save"))
        box.button(buttons.Discard).setText(translate("Questions", "&Discard"))
        box.button(buttons.Cancel).setText(translate("Questions", "Cancel"))
        answer = buttons(box.exec())
        return {buttons.Save: "save", buttons.Discard: "discard"}.get(answer, "cancel")

    def ask_open_path(self) -> Path | None:
        name, _ = QFileDialog.getOpenFileName(self, translate("Questions", "Open a proposal"), self.recent.last_folder(), file_filter())
        return Path(name) if name else None

    def ask_save_path(self) -> Path | None:
        suggested = self.doc.proposal.meta.project_name or "proposal"
        start = str(Path(self.recent.last_folder()) / (suggested.replace("/", "-") + projectfile.SUFFIX))
        name, _ = QFileDialog.getSaveFileName(self, translate("Questions", "Save the proposal as"), start,
                                              translate("Questions", "CityPitch proposals") + " (*.citypitch)")
        return Path(name) if name else None

    def ask_export_path(self) -> Path | None:
        export = self.exporting.page()
        suggested = export.destination() or export.suggested_destination()
        name, _ = QFileDialog.getSaveFileName(self, translate("Questions", "Export the PDF"), str(suggested), "PDF (*.pdf)")
        return Path(name) if name else None

    def ask_image_path(self) -> Path | None:
        name, _ = QFileDialog.getOpenFileName(self, translate("Questions", "Choose an image"), self.recent.last_folder(),
                                              translate("Questions", "Images") + " (*.png *.jpg *.jpeg)")
        return Path(name) if name else None

    def ask_justification(self, item: ReviewItem) -> str:
        from wizard.gui.review.texts import justification_prompt
        from wizard.gui.steps.justification import ask_justification

        # The dialog refuses an empty answer where it is typed; "" means cancelled.
        return ask_justification(justification_prompt(item.finding) if item.finding is not None else item.message, self)

    def about(self) -> None:
        from wizard import __version__

        self.show_message("info", translate("Questions", "About CityPitch"),
                          fill(translate("Questions", "CityPitch %1\nFrom smart-city idea to investor-ready proposal."), __version__))
