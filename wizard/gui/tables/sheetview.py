"""The table view of a list editor, with a spreadsheet's keys.

- Tab and Shift+Tab move across the cells of a row and wrap to the next or previous row; Tab in the
  last cell of the last row adds a row and moves into it.  Shift+Tab in the first cell, and Tab in a
  table without rows, leave the table; Ctrl+Tab and Ctrl+Shift+Tab leave it from any cell.
- Enter moves down a row (Shift+Enter up), committing the cell being edited.
- Typing in a cell starts editing it with what was typed; F2 edits it keeping its text.
- Delete clears the current cell; the row keys (Insert, Ctrl+Delete, Ctrl+Up, Ctrl+Down, Ctrl+V) are
  the list editor's (:class:`wizard.gui.tables.listeditor.ListEditor`).

A table without rows says how to add one.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QKeyEvent, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QAbstractItemView, QTableView, QWidget

from wizard.gui.language import QT_TRANSLATE_NOOP, translate

EMPTY_TEXT = QT_TRANSLATE_NOOP("SheetView", "No rows yet: press Insert or use Add row. Rows copied from a spreadsheet can be "
                                           "pasted with Ctrl+V.")


class SheetView(QTableView):
    """A QTableView whose Tab, Enter and Delete keys work as in a spreadsheet."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTabKeyNavigation(True)
        #: Called by Tab in the last cell: adds a row and returns True, or False when no row may be added.
        self.append_row: Callable[[], bool] = lambda: False
        #: Called by Insert while a cell is being edited (the list editor handles it otherwise).
        self.insert_row: Callable[[], None] = lambda: None
        #: Called by Delete on a cell: clears it.
        self.clear_cell: Callable[[QModelIndex], None] = lambda _index: None

    # --- moving ---------------------------------------------------------------------------------

    def moveCursor(self, action: QAbstractItemView.CursorAction, modifiers: Qt.KeyboardModifier) -> QModelIndex:  # noqa: N802
        model = self.model()
        current = self.currentIndex()
        if model is None or not current.isValid() or action not in (
            QAbstractItemView.CursorAction.MoveNext,
            QAbstractItemView.CursorAction.MovePrevious,
        ):
            return super().moveCursor(action, modifiers)
        rows, columns = model.rowCount(), model.columnCount()
        row, column = current.row(), current.column()
        if action == QAbstractItemView.CursorAction.MoveNext:
            row, column = (row, column + 1) if column + 1 < columns else (row + 1, 0)
            if row >= rows:
                if not self.append_row():
                    return current
                model = self.model()
        else:
            row, column = (row, column - 1) if column > 0 else (row - 1, columns - 1)
            if row < 0:
                # The first cell: Shift+Tab leaves the table (the view ignores a move to where it is).
                return current
        return model.index(row, column)

    def move_vertically(self, step: int) -> None:
        """Move the current cell ``step`` rows down (up when negative), staying inside the table."""
        model = self.model()
        current = self.currentIndex()
        if model is None or not current.isValid():
            return
        row = min(max(current.row() + step, 0), model.rowCount() - 1)
        if row != current.row():
            self.setCurrentIndex(model.index(row, current.column()))

    def leave(self, forward: bool) -> None:
        """Move the keyboard focus out of the table, to the next or previous control."""
        QWidget.focusNextPrevChild(self, forward)

    def focusNextPrevChild(self, next: bool) -> bool:  # noqa: N802 - Qt's names
        if self.state() != QAbstractItemView.State.EditingState and (self.model() is None or self.model().rowCount() == 0):
            # Nothing to move across: Tab goes on to the next control.
            return QWidget.focusNextPrevChild(self, next)
        return super().focusNextPrevChild(next)

    # --- keys -----------------------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        key = event.key()
        modifiers = event.modifiers()
        ctrl = bool(modifiers & Qt.KeyboardModifier.ControlModifier)
        shift = bool(modifiers & Qt.KeyboardModifier.ShiftModifier)
        if self.state() != QAbstractItemView.State.EditingState:
            if key in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab) and ctrl:
                self.leave(forward=key == Qt.Key.Key_Tab and not shift)
                event.accept()
                return
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not ctrl:
                self.move_vertically(-1 if shift else +1)
                event.accept()
                return
            if key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and not (ctrl or shift):
                if self.currentIndex().isValid():
                    self.clear_cell(self.currentIndex())
                event.accept()
                return
        super().keyPressEvent(event)

    # --- painting -------------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt's name
        super().paintEvent(event)
        model = self.model()
        if model is not None and model.rowCount() == 0:
            painter = QPainter(self.viewport())
            painter.setPen(self.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text))
            rect = self.viewport().rect().adjusted(8, 8, -8, -8)
            painter.drawText(rect, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap),
                             translate("SheetView", EMPTY_TEXT))
            painter.end()
