"""The dialog that answers a readiness warning with a written justification.

An empty answer is refused where it is typed, with a message saying what is needed, and the dialog
stays open: OK never closes it silently without recording anything.  Cancel (or Escape) records
nothing.  :func:`ask_justification` returns the text, stripped, or "" when cancelled.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from wizard.gui.language import QT_TRANSLATE_NOOP, translate
from wizard.gui.steps.binder import ERROR_COLOUR, ERROR_STYLE

EMPTY_MESSAGE = QT_TRANSLATE_NOOP("JustificationDialog",
                                  "Write why this warning is acceptable for this proposal; an empty answer cannot be recorded.")


class JustificationDialog(QDialog):
    """Asks why a warning is acceptable; OK only with some text."""

    def __init__(self, finding: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("JustificationDialog", "Acknowledge a warning"))
        self.setObjectName("justification_dialog")
        layout = QVBoxLayout(self)
        self.finding = QLabel(finding, self)
        self.finding.setObjectName("finding")
        self.finding.setTextFormat(Qt.TextFormat.PlainText)  # the finding may quote the team's text
        self.finding.setWordWrap(True)
        layout.addWidget(self.finding)
        self.prompt = QLabel(translate("JustificationDialog", "&Why is this acceptable for this proposal?"), self)
        layout.addWidget(self.prompt)
        self.text = QPlainTextEdit(self)
        self.text.setObjectName("justification")
        self.text.setAccessibleName(translate("JustificationDialog", "Justification"))
        self.text.setTabChangesFocus(True)
        self.prompt.setBuddy(self.text)
        layout.addWidget(self.text)
        self.error = QLabel(self)
        self.error.setObjectName("error")
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        self.error.setWordWrap(True)
        self.error.setStyleSheet(f"color: {ERROR_COLOUR};")
        self.error.setVisible(False)
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        # Qt ships no button words for Indonesian, Vietnamese or Thai: the dialog names Cancel itself.
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(translate("Questions", "Cancel"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.text.textChanged.connect(self._on_text_changed)
        self.text.setFocus()
        # Tall enough for the whole finding at this width: a top-level window does not grow for wrapped
        # labels by itself, and a longer language (Indonesian) had its first line cut at the top.
        width = 520
        self.resize(width, max(280, layout.totalHeightForWidth(width) + 3 * self.fontMetrics().height()))

    def justification(self) -> str:
        return self.text.toPlainText().strip()

    def accept(self) -> None:
        if not self.justification():
            self.error.setText(translate("JustificationDialog", EMPTY_MESSAGE))
            self.error.setVisible(True)
            self.text.setStyleSheet(ERROR_STYLE)
            self.text.setAccessibleDescription(translate("JustificationDialog", EMPTY_MESSAGE))
            self.text.setFocus()
            return
        super().accept()

    def _on_text_changed(self) -> None:
        if self.error.isVisible() and self.justification():
            # The message goes as soon as there is something to record.
            self.error.setVisible(False)
            self.text.setStyleSheet("")
            self.text.setAccessibleDescription("")


def ask_justification(finding: str, parent: QWidget | None = None) -> str:
    """Ask for the justification of ``finding`` (modal); the stripped text, or "" if cancelled."""
    dialog = JustificationDialog(finding, parent)
    try:
        return dialog.justification() if dialog.exec() == QDialog.DialogCode.Accepted else ""
    finally:
        dialog.deleteLater()
