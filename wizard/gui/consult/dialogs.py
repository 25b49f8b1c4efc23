"""The small dialogs of working with a consultant: a comment or reply, your name, a version's label,
a sign-off, session notes, and what to compare with.

Each refuses an answer the review core would refuse where it is typed, with the reason under the field,
and stays open (OK never closes silently without recording anything); Cancel records nothing.  Every
text the user or the file supplies is shown as plain text, never as markup.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from wizard.gui import language
from wizard.gui.language import fill, number, translate
from wizard.gui.steps.binder import ERROR_COLOUR
from wizard.model import LINE_MAX
from wizard.review.records import VersionRecord

#: Says what is wrong with the answers so far ("" when they may be recorded).
Check = Callable[[], str]


def plain_label(text: str, parent: QWidget, name: str = "") -> QLabel:
    label = QLabel(text, parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    if name:
        label.setObjectName(name)
    return label


class _CheckedDialog(QDialog):
    """A dialog with OK and Cancel whose OK only closes it when :meth:`problem` says nothing is wrong."""

    def __init__(self, title: str, name: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setObjectName(name)
        self.layout_ = QVBoxLayout(self)
        self.error = plain_label("", self, "error")
        self.error.setStyleSheet(f"color: {ERROR_COLOUR};")
        self.error.setVisible(False)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        # Qt has its own words for Cancel only in some languages: ours in every shipped one.
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(translate("Questions", "Cancel"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

    def finish_layout(self) -> None:
        self.layout_.addWidget(self.error)
        self.layout_.addWidget(self.buttons)

    def problem(self) -> str:
        return ""

    def show_problem(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))

    def accept(self) -> None:
        text = self.problem()
        self.show_problem(text)
        if not text:
            super().accept()


class TextDialog(_CheckedDialog):
    """A comment or a reply: what it is on (or answers), then the text."""

    def __init__(self, title: str, context: str, prompt: str, parent: QWidget | None = None, text: str = "") -> None:
        super().__init__(title, "comment_dialog", parent)
        self.context = plain_label(context, self, "context")
        self.layout_.addWidget(self.context)
        self.prompt = QLabel(prompt, self)
        self.layout_.addWidget(self.prompt)
        self.editor = QPlainTextEdit(self)
        self.editor.setObjectName("text")
        self.editor.setAccessibleName(prompt.replace("&", ""))
        self.editor.setTabChangesFocus(True)
        self.editor.setPlainText(text)
        self.prompt.setBuddy(self.editor)
        self.layout_.addWidget(self.editor)
        self.finish_layout()
        self.editor.textChanged.connect(lambda: self.show_problem(""))
        self.editor.setFocus()
        self.resize(520, 300)

    def text(self) -> str:
        return self.editor.toPlainText().strip()

    def problem(self) -> str:
        return "" if self.text() else translate("Consult", "Write something first; an empty comment cannot be recorded.")


class NameDialog(_CheckedDialog):
    """Your name, as comments, replies, versions and session notes record it (set once)."""

    def __init__(self, name: str = "", parent: QWidget | None = None, why: str = "") -> None:
        super().__init__(translate("Consult", "Your name"), "author_dialog", parent)
        self.layout_.addWidget(plain_label(
            why or translate("Consult", "Comments, replies, saved versions and session notes record who wrote them. "
                                        "Your name is kept on this computer and used from now on."), self, "why"))
        form = QFormLayout()
        self.name = QLineEdit(name, self)
        self.name.setObjectName("name")
        self.name.setMaxLength(LINE_MAX)
        form.addRow(translate("Consult", "&Name:"), self.name)
        self.layout_.addLayout(form)
        self.finish_layout()
        self.name.setFocus()
        self.resize(440, self.sizeHint().height())

    def value(self) -> str:
        return " ".join(self.name.text().split())

    def problem(self) -> str:
        return "" if self.value() else translate("Consult", "Write your name (for example Maya Tan, Lumara Smart City Office).")


class LabelDialog(_CheckedDialog):
    """The label of a new saved version; ``check(label)`` says why a label cannot be used."""

    def __init__(self, check: Callable[[str], str], parent: QWidget | None = None, suggestion: str = "") -> None:
        super().__init__(translate("Consult", "Save a version"), "version_dialog", parent)
        self.check = check
        self.layout_.addWidget(plain_label(
            translate("Consult", "The whole proposal and its images are kept in the file as they are now, under this label. "
                                 "You can open, compare or restore it later."), self, "why"))
        form = QFormLayout()
        self.label = QLineEdit(suggestion, self)
        self.label.setObjectName("label")
        self.label.setMaxLength(LINE_MAX)
        self.label.setPlaceholderText(translate("Consult", "After workshop 2"))
        form.addRow(translate("Consult", "&Label:"), self.label)
        self.layout_.addLayout(form)
        self.finish_layout()
        self.label.textEdited.connect(lambda _t: self.show_problem(""))
        self.label.setFocus()
        self.resize(480, self.sizeHint().height())

    def value(self) -> str:
        return " ".join(self.label.text().split())

    def problem(self) -> str:
        return self.check(self.value())


class SignOffDialog(_CheckedDialog):
    """Who signs off (name and role), with what is being approved and what it means for the export."""

    def __init__(self, what: str, name: str = "", role: str = "", notes: Sequence[str] = (),
                 parent: QWidget | None = None) -> None:
        super().__init__(translate("Consult", "Sign off"), "signoff_dialog", parent)
        self.what = plain_label(what, self, "what")
        self.layout_.addWidget(self.what)
        for note in notes:
            self.layout_.addWidget(plain_label(note, self, "note"))
        form = QFormLayout()
        self.name = QLineEdit(name, self)
        self.name.setObjectName("name")
        self.name.setMaxLength(LINE_MAX)
        self.role = QLineEdit(role, self)
        self.role.setObjectName("role")
        self.role.setMaxLength(LINE_MAX)
        self.role.setPlaceholderText(translate("Consult", "Lead consultant"))
        form.addRow(translate("Consult", "Reviewer's &name:"), self.name)
        form.addRow(translate("Consult", "&Role:"), self.role)
        self.layout_.addLayout(form)
        self.finish_layout()
        self.ok_button.setText(translate("Consult", "Sign off"))
        self.name.setFocus()
        self.resize(540, self.sizeHint().height())

    def values(self) -> tuple[str, str]:
        return " ".join(self.name.text().split()), " ".join(self.role.text().split())

    def problem(self) -> str:
        return "" if self.values()[0] else translate("Consult", "A sign-off needs the reviewer's name.")


class SessionDialog(_CheckedDialog):
    """The notes of one working session: its date, who attended (one a line), what was discussed."""

    def __init__(self, today: dt.date, attendees: Sequence[str] = (), parent: QWidget | None = None) -> None:
        super().__init__(translate("Consult", "Session notes"), "session_dialog", parent)
        form = QFormLayout()
        self.date = QDateEdit(QDate(today.year, today.month, today.day), self)
        self.date.setObjectName("date")
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("yyyy-MM-dd")
        self.attendees = QPlainTextEdit("\n".join(attendees), self)
        self.attendees.setObjectName("attendees")
        self.attendees.setTabChangesFocus(True)
        self.attendees.setAccessibleName(translate("Consult", "Attendees, one a line"))
        self.attendees.setFixedHeight(90)
        self.notes = QPlainTextEdit(self)
        self.notes.setObjectName("notes")
        self.notes.setTabChangesFocus(True)
        self.notes.setAccessibleName(translate("Consult", "What was discussed and agreed"))
        form.addRow(translate("Consult", "&Date:"), self.date)
        form.addRow(translate("Consult", "&Attendees (one a line):"), self.attendees)
        form.addRow(translate("Consult", "&Notes:"), self.notes)
        self.layout_.addLayout(form)
        self.finish_layout()
        self.resize(560, 420)

    def values(self) -> tuple[dt.date, list[str], str]:
        day = self.date.date()
        people = [" ".join(line.split()) for line in self.attendees.toPlainText().splitlines() if line.strip()]
        return dt.date(day.year(), day.month(), day.day()), people, self.notes.toPlainText().strip()

    def problem(self) -> str:
        _day, people, notes = self.values()
        return "" if people or notes else translate("Consult", "Write who attended or what was discussed.")


class CompareDialog(_CheckedDialog):
    """What to compare the current draft with: one of the file's saved versions, or another file."""

    def __init__(self, saved: Sequence[VersionRecord], parent: QWidget | None = None) -> None:
        super().__init__(translate("Consult", "Compare with"), "compare_dialog", parent)
        self.layout_.addWidget(plain_label(translate("Consult", "Compare the current draft with:"), self))
        self.version_choice = QRadioButton(translate("Consult", "A saved &version of this proposal"), self)
        self.version_choice.setObjectName("version_choice")
        self.file_choice = QRadioButton(translate("Consult", "Another proposal &file..."), self)
        self.file_choice.setObjectName("file_choice")
        self.versions = QListWidget(self)
        self.versions.setObjectName("versions")
        self.versions.setAccessibleName(translate("Consult", "Saved versions"))
        self.versions.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        for record in reversed(saved):
            when = language.datetime_text(record.created)
            saved_text = (fill(translate("Consult", "%1. %2 (saved %3 by %4)"), number(record.number), record.label, when,
                               record.author) if record.author else
                          fill(translate("Consult", "%1. %2 (saved %3)"), number(record.number), record.label, when))
            item = QListWidgetItem(saved_text)
            item.setData(Qt.ItemDataRole.UserRole, record.number)
            self.versions.addItem(item)
        self.layout_.addWidget(self.version_choice)
        self.layout_.addWidget(self.versions)
        self.layout_.addWidget(self.file_choice)
        if saved:
            self.version_choice.setChecked(True)
            self.versions.setCurrentRow(0)
        else:
            self.version_choice.setEnabled(False)
            self.version_choice.setText(translate("Consult", "A saved version of this proposal (the file has none yet)"))
            self.versions.setEnabled(False)
            self.file_choice.setChecked(True)
        self.version_choice.toggled.connect(self.versions.setEnabled)
        self.versions.itemDoubleClicked.connect(lambda _item: self.accept())
        self.finish_layout()
        self.ok_button.setText(translate("Consult", "Compare"))
        self.resize(560, 380)

    def chosen_version(self) -> int | None:
        """The number of the version chosen, or None when another file is to be chosen."""
        if not self.version_choice.isChecked():
            return None
        item = self.versions.currentItem()
        return None if item is None else int(item.data(Qt.ItemDataRole.UserRole))

    def problem(self) -> str:
        if self.version_choice.isChecked() and self.versions.currentItem() is None:
            return translate("Consult", "Choose a version in the list, or another file.")
        return ""


class RequireBox(QCheckBox):
    """The team's choice that a final export needs a current sign-off."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(translate("Consult", "Require a sign-off for an export without the DRAFT mark"), parent)
        self.setObjectName("require_signoff")


def push_button(text: str, name: str, tip: str, parent: QWidget) -> QPushButton:
    """A button whose text and tooltip (English marked with QT_TRANSLATE_NOOP in "Consult") follow the language."""
    button = QPushButton(parent)
    button.setObjectName(name)

    def words(b: QPushButton, text: str = text, tip: str = tip) -> None:
        b.setText(translate("Consult", text))
        b.setToolTip(translate("Consult", tip))
        b.setAccessibleDescription(translate("Consult", tip))

    return language.live(button, words)
