"""Tables for the list-shaped parts of the proposal (KPIs, yearly cash flows, risks, partners...).

:class:`ListTableModel` shows one ``list[RowModel]`` of the proposal, a column per field of the row
model with the field's title as header.  Every cell edit, row insert, removal and move is an
undoable command on the document.

:class:`ListEditor` is the widget the forms use (promoted from QWidget in Designer, named after the
list, e.g. ``problem__kpis``): the table plus Add / Remove / Up / Down buttons, the keys Insert,
Delete, Ctrl+Up, Ctrl+Down, and Ctrl+V to paste a block copied from a spreadsheet (tab-separated
rows) starting at the current cell.  Cells the model refuses keep the typed text, shown in red with
the reason; a paste reports each refused cell (row, column, reason) under the table and applies the
rest as one undo step.
"""

from __future__ import annotations

import re
import typing

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractTableModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QGuiApplication, QKeyEvent, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from wizard import fields
from wizard.gui.document import FieldRefused, ProposalDocument

_ModelIndex = QModelIndex | QPersistentModelIndex

#: Columns filled by a picker rather than typed: the image a photo row shows comes from "Add photo".
PICKED_COLUMNS = {"branding.photos.asset": "set by the Add photo button"}
REFUSED_COLOUR = QColor("#B3261E")
REFUSED_BACKGROUND = QColor("#FDECEA")


class ListTableModel(QAbstractTableModel):
    """A live view of one list of rows in the proposal."""

    refused = Signal(int, int, str)  # row, column, message

    def __init__(self, doc: ProposalDocument, pattern: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.doc = doc
        self.pattern = pattern
        spec = fields.spec(pattern)
        assert spec.row_model is not None, pattern
        self.columns = fields.fields_of(spec.row_model, pattern)
        #: Text the model refused, by (row, column): shown instead of the model value, in red.
        self.bad: dict[tuple[int, int], tuple[str, str]] = {}
        doc.field_changed.connect(self.on_field_changed)
        doc.proposal_replaced.connect(self.on_reset)

    def rows(self) -> list[typing.Any]:
        return typing.cast(list[typing.Any], self.doc.get(self.pattern))

    def rowCount(self, parent: _ModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.rows())

    def columnCount(self, parent: _ModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.columns)

    def cell_path(self, row: int, column: int) -> str:
        return f"{self.pattern}[{row}].{self.columns[column].pattern.rsplit('.', 1)[1]}"

    def data(self, index: _ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> typing.Any:
        if not index.isValid():
            return None
        key = (index.row(), index.column())
        spec = self.columns[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if key in self.bad:
                return self.bad[key][0]
            return fields.to_text(spec, self.doc.get(self.cell_path(*key)))
        if role == Qt.ItemDataRole.ToolTipRole:
            return fields.tooltip(self.bad[key][1] if key in self.bad else spec.title)
        if role == Qt.ItemDataRole.ForegroundRole and key in self.bad:
            return QBrush(REFUSED_COLOUR)
        if role == Qt.ItemDataRole.BackgroundRole and key in self.bad:
            return QBrush(REFUSED_BACKGROUND)
        if role == Qt.ItemDataRole.TextAlignmentRole and spec.kind in ("int", "decimal"):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> typing.Any:  # noqa: N802
        if role == Qt.ItemDataRole.DisplayRole:
            if orientation == Qt.Orientation.Horizontal:
                return self.columns[section].title
            return str(section + 1)
        return None

    def flags(self, index: _ModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self.columns[index.column()].pattern not in PICKED_COLUMNS:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: _ModelIndex, value: typing.Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        self.set_cell_text(index.row(), index.column(), str(value))
        return True

    def set_cell_text(self, row: int, column: int, text: str) -> str:
        """Offer typed text to the model; returns "" or the reason it was refused."""
        spec = self.columns[column]
        key = (row, column)
        if spec.pattern in PICKED_COLUMNS:
            reason = PICKED_COLUMNS[spec.pattern]
            self.refused.emit(row, column, reason)
            return reason
        try:
            self.doc.set_field(self.cell_path(row, column), fields.from_text(spec, text), spec.title)
        except FieldRefused as refusal:
            self.bad[key] = (text, refusal.message)
            self.dataChanged.emit(self.index(row, column), self.index(row, column))
            self.refused.emit(row, column, refusal.message)
            return refusal.message
        if self.bad.pop(key, None) is not None:
            self.dataChanged.emit(self.index(row, column), self.index(row, column))
        return ""

    _CELL = re.compile(r"^\[(\d+)\]\.(\w+)$")

    def on_field_changed(self, path: str) -> None:
        if path == self.pattern:
            self.on_reset()
            return
        if not path.startswith(self.pattern + "["):
            return
        match = self._CELL.match(path[len(self.pattern):])
        if not match:
            return
        row = int(match.group(1))
        names = [c.pattern.rsplit(".", 1)[1] for c in self.columns]
        if match.group(2) in names:
            column = names.index(match.group(2))
            # The model changed under this cell (an edit or an undo): its value is what counts now.
            self.bad.pop((row, column), None)
            self.dataChanged.emit(self.index(row, column), self.index(row, column))

    def on_reset(self) -> None:
        self.beginResetModel()
        self.bad.clear()
        self.endResetModel()


class ChoiceDelegate(QStyledItemDelegate):
    """A drop-down editor for choice and yes/no columns; other columns edit as text."""

    def __init__(self, model: ListTableModel, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.table_model = model

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: _ModelIndex) -> QWidget:  # noqa: N802
        spec = self.table_model.columns[index.column()]
        if spec.kind == "choice" and spec.enum is not None:
            combo = QComboBox(parent)
            combo.addItems(["", *(m.label for m in spec.enum)])
            return combo
        if spec.kind == "bool":
            combo = QComboBox(parent)
            combo.addItems(["no", "yes"])
            return combo
        return super().createEditor(parent, option, index)

    def setEditorData(self, editor: QWidget, index: _ModelIndex) -> None:  # noqa: N802
        if isinstance(editor, QComboBox):
            editor.setCurrentIndex(max(editor.findText(str(index.data(Qt.ItemDataRole.EditRole))), 0))
        else:
            super().setEditorData(editor, index)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: _ModelIndex) -> None:  # noqa: N802
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentText(), Qt.ItemDataRole.EditRole)
        else:
            super().setModelData(editor, model, index)


class ListEditor(QWidget):
    """A table of rows with buttons and keys to add, remove, move and paste rows."""

    cell_focused = Signal(str)  # the column's field pattern, for guidance
    message_shown = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.doc: ProposalDocument | None = None
        self.model: ListTableModel | None = None
        self.read_only = False
        self._columns_stale = False
        self.view = QTableView(self)
        self.view.setObjectName("table")
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.view.setTabKeyNavigation(False)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.setWordWrap(False)
        self.view.installEventFilter(self)

        self.add_button = QPushButton("Add row", self)
        self.remove_button = QPushButton("Remove row", self)
        self.up_button = QPushButton("Move up", self)
        self.down_button = QPushButton("Move down", self)
        self.paste_button = QPushButton("Paste rows", self)  # the tooltip says from where; keeps narrow windows unscrolled
        for button, tip in (
            (self.add_button, "Add a row after the current one (Insert)"),
            (self.remove_button, "Remove the current row (Delete)"),
            (self.up_button, "Move the current row up (Ctrl+Up)"),
            (self.down_button, "Move the current row down (Ctrl+Down)"),
            (self.paste_button, "Paste tab-separated rows copied from a spreadsheet, from the current cell (Ctrl+V)"),
        ):
            button.setToolTip(tip)
            button.setAccessibleDescription(tip)
        self.add_button.clicked.connect(self.add_row)
        self.remove_button.clicked.connect(self.remove_row)
        self.up_button.clicked.connect(lambda: self.move_row(-1))
        self.down_button.clicked.connect(lambda: self.move_row(+1))
        self.paste_button.clicked.connect(self.paste)

        self.status = QLabel(self)
        self.status.setObjectName("status")
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setWordWrap(True)
        self.status.setVisible(False)

        buttons = QHBoxLayout()
        for button in (self.add_button, self.remove_button, self.up_button, self.down_button, self.paste_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.caption = QLabel(self)
        self.caption.setObjectName("caption")
        self.caption.setVisible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.caption)
        layout.addWidget(self.view)
        layout.addLayout(buttons)
        layout.addWidget(self.status)

    def bind(self, doc: ProposalDocument, pattern: str) -> None:
        """Show the list at ``pattern`` of ``doc``'s proposal."""
        self.doc = doc
        self.pattern = pattern
        self.model = ListTableModel(doc, pattern, self)
        self.view.setModel(self.model)
        self.view.setItemDelegate(ChoiceDelegate(self.model, self.view))
        title = fields.spec(pattern).title
        group = self.parentWidget()
        group_title = group.title() if isinstance(group, QGroupBox) else ""
        # A table sharing its group with other fields needs its own heading.
        if group_title.strip().lower() != title.strip().lower():
            self.caption.setText(title)
            font = self.caption.font()
            font.setBold(True)
            self.caption.setFont(font)
            self.caption.setBuddy(self.view)
            self.caption.setVisible(True)
        self.view.setAccessibleName(title)
        if not self.accessibleName():
            self.setAccessibleName(title)
        self.model.refused.connect(self._on_refused)
        self.view.selectionModel().currentChanged.connect(self._on_current_changed)
        self.model.modelReset.connect(self._on_model_reset)
        self._fit_columns()
        self._fit_height()

    def _on_model_reset(self) -> None:
        # Fitting the columns measures every cell: a table not on screen (another step's, when a file
        # is opened) is fitted when it is next shown.
        if self.isVisible():
            self._fit_columns()
        else:
            self._columns_stale = True
        self._fit_height()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        if self._columns_stale and self.model is not None:
            self._columns_stale = False
            self._fit_columns()
        super().showEvent(event)

    def _fit_height(self) -> None:
        """Tall enough to show the rows without scrolling (within limits), so pages read at a glance."""
        assert self.model is not None
        rows = min(max(self.model.rowCount() + 1, 4), 14)
        row_height = self.view.verticalHeader().defaultSectionSize()
        chrome = self.view.horizontalHeader().sizeHint().height() + self.view.horizontalScrollBar().sizeHint().height() + 4
        self.view.setMinimumHeight(rows * row_height + chrome)

    def _fit_columns(self) -> None:
        assert self.model is not None
        header = self.view.horizontalHeader()
        metrics = self.view.fontMetrics()
        self.view.resizeColumnsToContents()
        for column, spec in enumerate(self.model.columns):
            wanted = max(header.sectionSize(column), metrics.horizontalAdvance(spec.title) + 28)
            if spec.kind in ("line", "text"):
                wanted = max(wanted, 160)
            header.resizeSection(column, min(max(wanted, 70), 320))

    def set_read_only(self, read_only: bool) -> None:
        """Rows can be read, selected and copied, but not changed."""
        self.read_only = read_only
        self.view.setEditTriggers(
            QAbstractItemView.EditTrigger.NoEditTriggers
            if read_only
            else QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        for button in (self.add_button, self.remove_button, self.up_button, self.down_button, self.paste_button):
            button.setEnabled(not read_only)

    def _editable(self) -> bool:
        if self.doc is not None and self.doc.is_read_only():
            self.show_message(f"This proposal is open read-only: {self.doc.read_only_reason}", error=True)
            return False
        return True

    # --- actions ----------------------------------------------------------------------------------

    def current_row(self) -> int:
        index = self.view.currentIndex()
        return index.row() if index.isValid() else -1

    def add_row(self) -> None:
        assert self.doc is not None and self.model is not None
        if not self._editable():
            return
        row = self.current_row() + 1 if self.current_row() >= 0 else self.model.rowCount()
        column = max(self.view.currentIndex().column(), 0)
        self.doc.insert_row(self.pattern, row)
        self._select(row, column)

    def remove_row(self) -> None:
        assert self.doc is not None and self.model is not None
        if not self._editable():
            return
        row = self.current_row()
        if row < 0:
            return
        column = self.view.currentIndex().column()
        self.doc.remove_row(self.pattern, row)
        if self.model.rowCount():
            self._select(min(row, self.model.rowCount() - 1), column)
        self.show_message(f"Row {row + 1} removed (Ctrl+Z brings it back).")

    def move_row(self, step: int) -> None:
        assert self.doc is not None and self.model is not None
        if not self._editable():
            return
        row = self.current_row()
        target = row + step
        if row < 0 or not 0 <= target < self.model.rowCount():
            return
        column = self.view.currentIndex().column()
        self.doc.move_row(self.pattern, row, target)
        self._select(target, column)

    def paste(self) -> None:
        self.paste_text(QGuiApplication.clipboard().text())

    def paste_text(self, text: str) -> list[str]:
        """Paste tab-separated rows at the current cell; returns the problems reported (if any)."""
        assert self.doc is not None and self.model is not None
        if not self._editable():
            return ["read-only"]
        lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
        while lines and not lines[-1].strip():
            lines.pop()
        if not lines:
            self.show_message("The clipboard holds no text to paste.", error=True)
            return ["empty clipboard"]
        current = self.view.currentIndex()
        start_row = current.row() if current.isValid() else 0
        start_column = current.column() if current.isValid() else 0
        columns = self.model.columnCount()
        problems: list[str] = []
        cut_columns = False
        taken = 0
        self.doc.begin_macro(f"Paste {len(lines)} row(s)")
        try:
            # Rows first: a structural change resets the table, which would forget refused cells.
            while start_row + len(lines) > self.model.rowCount():
                self.doc.insert_row(self.pattern, self.model.rowCount())
            for offset, line in enumerate(lines):
                row = start_row + offset
                for step, cell in enumerate(line.split("\t")):
                    column = start_column + step
                    if column >= columns:
                        cut_columns = cut_columns or bool(cell.strip())
                        continue
                    reason = self.model.set_cell_text(row, column, cell)
                    if reason:
                        problems.append(f"Row {row + 1}, {self.model.columns[column].title}: {reason}")
                    else:
                        taken += 1
        finally:
            self.doc.end_macro()
        if cut_columns:
            problems.append(f"Some pasted columns go past the last column ({self.model.columns[-1].title}) and were left out.")
        summary = f"Pasted {len(lines)} row(s), {taken} cell(s) taken."
        if problems:
            self.show_message(summary + f" {len(problems)} problem(s):\n" + "\n".join(problems), error=True)
        else:
            self.show_message(summary)
        return problems

    def select_path(self, path: str) -> bool:
        """Select the cell a model path names (``problem.kpis[1].baseline``), if it exists."""
        assert self.model is not None
        match = re.match(r"^\[(\d+)\](?:\.(\w+))?", path[len(self.pattern):])
        if not match:
            self.view.setFocus()
            return False
        row = int(match.group(1))
        names = [c.pattern.rsplit(".", 1)[1] for c in self.model.columns]
        column = names.index(match.group(2)) if match.group(2) in names else 0
        if row >= self.model.rowCount():
            return False
        self._select(row, column)
        self.view.setFocus()
        return True

    def show_message(self, text: str, error: bool = False) -> None:
        self.status.setStyleSheet(f"color: {REFUSED_COLOUR.name()};" if error else "")
        self.status.setText(text)
        self.status.setVisible(bool(text))
        self.message_shown.emit(text)

    def _select(self, row: int, column: int) -> None:
        assert self.model is not None
        self.view.setCurrentIndex(self.model.index(row, max(column, 0)))

    def _on_refused(self, row: int, column: int, message: str) -> None:
        assert self.model is not None
        self.show_message(f"Row {row + 1}, {self.model.columns[column].title}: {message}", error=True)

    def _on_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid() and self.model is not None:
            self.cell_focused.emit(self.model.columns[current.column()].pattern)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if watched is self.view and event.type() == QEvent.Type.KeyPress and self.view.state() != QAbstractItemView.State.EditingState:
            key_event = typing.cast(QKeyEvent, event)
            key = key_event.key()
            ctrl = bool(key_event.modifiers() & Qt.KeyboardModifier.ControlModifier)
            if key_event.matches(QKeySequence.StandardKey.Paste):
                self.paste()
                return True
            if key == Qt.Key.Key_Insert:
                self.add_row()
                return True
            if key == Qt.Key.Key_Delete:
                self.remove_row()
                return True
            if ctrl and key == Qt.Key.Key_Up:
                self.move_row(-1)
                return True
            if ctrl and key == Qt.Key.Key_Down:
                self.move_row(+1)
                return True
        return super().eventFilter(watched, event)
