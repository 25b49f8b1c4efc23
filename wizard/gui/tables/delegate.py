"""Cell editors of the list tables: type-ahead drop-downs, dates with a calendar, text for the rest.

- A choice or yes/no cell edits in an editable drop-down: typed letters go into its box and complete
  the first matching choice inline ("Japanese p" becomes "Japanese public agency"), a space is a
  space, Alt+Down opens the list.  A unique start of a choice ("priv") is taken as that choice;
  anything else is offered to the model as typed, which refuses it with the list of choices.
- A date cell has the calendar of date fields (:mod:`wizard.gui.steps.datepicker`).
- Enter commits the cell and moves down a row (Shift+Enter up); Tab and Shift+Tab commit and move
  across (see :class:`wizard.gui.tables.sheetview.SheetView`).  Ctrl+Z in a cell discards what was
  typed in it; in a cell nothing was typed in, it undoes the last edit of the proposal.
"""

from __future__ import annotations

import typing

from PySide6.QtCore import QAbstractItemModel, QEvent, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QComboBox,
    QCompleter,
    QLineEdit,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from wizard import fields
from wizard.gui import language

if typing.TYPE_CHECKING:
    from wizard.gui.tables.model import ListTableModel
    from wizard.gui.tables.sheetview import SheetView

_ModelIndex = QModelIndex | QPersistentModelIndex
_START_TEXT = "citypitch_start_text"


def choice_labels(spec: fields.FieldSpec) -> list[str]:
    """The labels a drop-down cell offers for ``spec`` (a choice or a yes/no column)."""
    if spec.kind == "bool":
        return ["no", "yes"]
    assert spec.enum is not None
    return [language.choice_label(member) for member in spec.enum]


def resolve_choice(labels: list[str], text: str) -> str:
    """The label ``text`` names: itself (any case), or the one label it starts; else ``text`` as typed."""
    wanted = text.strip().casefold()
    if not wanted:
        return ""
    for label in labels:
        if label.casefold() == wanted:
            return label
    starting = [label for label in labels if label.casefold().startswith(wanted)]
    return starting[0] if len(starting) == 1 else text.strip()


class CellDelegate(QStyledItemDelegate):
    """Creates each cell's editor from its column's kind, and gives editors a spreadsheet's keys."""

    def __init__(self, model: ListTableModel, view: SheetView) -> None:
        super().__init__(view)
        self.table_model = model
        self.view = view

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: _ModelIndex) -> QWidget:  # noqa: N802
        spec = self.table_model.columns[index.column()]
        if spec.kind in ("choice", "bool"):
            combo = QComboBox(parent)
            combo.setEditable(True)
            combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
            combo.addItems(choice_labels(spec))
            completer = QCompleter(choice_labels(spec), combo)
            completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
            completer.setCompletionMode(QCompleter.CompletionMode.InlineCompletion)
            combo.setCompleter(completer)
            combo.setAccessibleName(spec.title)
            return combo
        editor = super().createEditor(parent, option, index)
        editor.setAccessibleName(spec.title)
        if spec.kind == "date" and isinstance(editor, QLineEdit):
            from wizard.gui.steps.datepicker import attach_calendar

            picker = attach_calendar(editor)
            picker.picked.connect(lambda: self._commit_and_close(editor))
        return editor

    def setEditorData(self, editor: QWidget, index: _ModelIndex) -> None:  # noqa: N802
        text = str(index.data(Qt.ItemDataRole.EditRole) or "")
        if isinstance(editor, QComboBox):
            editor.setCurrentIndex(-1)
            editor.setEditText(text)
            line = editor.lineEdit()
            if line is not None:
                # Typing replaces the cell's value, as in a spreadsheet; the first key goes in here.
                line.selectAll()
        else:
            super().setEditorData(editor, index)
        editor.setProperty(_START_TEXT, self._text(editor))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: _ModelIndex) -> None:  # noqa: N802
        if isinstance(editor, QComboBox):
            spec = self.table_model.columns[index.column()]
            model.setData(index, resolve_choice(choice_labels(spec), editor.currentText()), Qt.ItemDataRole.EditRole)
        else:
            super().setModelData(editor, model, index)

    @staticmethod
    def _text(editor: QWidget) -> str:
        if isinstance(editor, QComboBox):
            return editor.currentText()
        if isinstance(editor, QLineEdit):
            return editor.text()
        return ""

    def _commit_and_close(self, editor: QWidget) -> None:
        self.commitData.emit(editor)
        self.closeEditor.emit(editor, QAbstractItemDelegate.EndEditHint.NoHint)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        editor = typing.cast(QWidget, watched)
        if event.type() == QEvent.Type.KeyPress:
            key_event = typing.cast(QKeyEvent, event)
            key = key_event.key()
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not key_event.modifiers() & Qt.KeyboardModifier.ControlModifier:
                up = bool(key_event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
                self._commit_and_close(editor)
                self.view.move_vertically(-1 if up else +1)
                return True
            if key == Qt.Key.Key_Insert and not key_event.modifiers():
                # Insert adds a row whether or not a cell is being typed in (after keeping the typing).
                self._commit_and_close(editor)
                self.view.insert_row()
                return True
        elif event.type() == QEvent.Type.ShortcutOverride:
            key_event = typing.cast(QKeyEvent, event)
            if key_event.matches(QKeySequence.StandardKey.Undo):
                typed = self._text(editor) != editor.property(_START_TEXT)
                self.closeEditor.emit(editor, QAbstractItemDelegate.EndEditHint.RevertModelCache)
                self.view.setFocus(Qt.FocusReason.OtherFocusReason)
                if typed:
                    # Ctrl+Z while typing takes back the typing only.
                    key_event.accept()
                    return True
                # Nothing typed: the window's Undo takes back the last edit of the proposal.
                key_event.ignore()
                return True
        return super().eventFilter(watched, event)
