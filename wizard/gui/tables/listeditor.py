"""Tables for the list-shaped parts of the proposal (KPIs, yearly cash flows, risks, partners...).

:class:`ListTableModel` shows one ``list[RowModel]`` of the proposal, a column per field of the row
model with the field's title as header.  Every cell edit, row insert, removal, move and paste is an
undoable command on the document, named for what it does ("Add a row to KPIs", "Edit Baseline in
row 2 of KPIs", "Paste 24 rows into Yearly cash flows").

:class:`ListEditor` is the widget the forms use (promoted from QWidget in Designer, named after the
list, e.g. ``problem__kpis``): the table (:class:`~wizard.gui.tables.sheetview.SheetView`, which moves
like a spreadsheet: Tab across and on to the next row, Enter down) plus Add / Remove / Up / Down /
Paste buttons and their keys: Insert, Ctrl+Delete, Ctrl+Up, Ctrl+Down, Ctrl+V.  Delete clears a cell.

- Add row (or Insert) adds a row after the current one and opens its first cell for typing.
- Ctrl+V with one value on the clipboard puts it in the current cell; rows copied from a spreadsheet
  (or "Paste rows") always land from the first column: added after the last row, or replacing rows
  from the selected one, as the user chooses in a preview that shows where each row lands and every
  cell that does not fit (:mod:`wizard.gui.tables.paste`).  Nothing changes until the user confirms,
  and the whole paste is one undo step.
- A cell the model refuses keeps the typed text, in red, with the reason; under the table, every
  cell not yet valid is listed by row and column, and each line goes as soon as its cell is fixed
  (or the edit undone).  Refused cells follow their rows when rows are added, removed or moved.
- Columns are sized from what they hold and can be resized; a width set by hand is remembered
  (:mod:`wizard.gui.tables.widths`).
"""

from __future__ import annotations

import re
import typing

from PySide6.QtCore import (
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QGuiApplication, QKeyEvent, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from wizard.gui.tables import columns as column_titles
from wizard.gui.tables.flow import button_row
from wizard.gui import language
from wizard.gui.language import QT_TRANSLATE_NOOP, fill, translate
from wizard import fields
from wizard.gui.document import ProposalDocument
from wizard.gui.steps import entry
from wizard.gui.tables.delegate import CellDelegate
from wizard.gui.tables.model import PICKED_COLUMNS, REFUSED_COLOUR, ListTableModel, picked_reason, picked_reasons, row_line
from wizard.gui.tables.paste import PasteDialog, PastePlan, check_cell, plan_paste
from wizard.gui.tables.sheetview import SheetView
from wizard.gui.tables.widths import ColumnWidths

#: The colour of a note about the table: that of the notes beside fields (wizard.gui.steps.binder).
NOTE_COLOUR = "#7A4F01"

#: What the table's keys do, for its tooltip and screen readers.
KEYS_HELP = QT_TRANSLATE_NOOP(
    "ListEditor",
    "Tab and Shift+Tab move across cells and on to the next row (Tab in the last cell adds a row); "
    "Enter moves down; typing replaces a cell, F2 edits it; Delete clears it. Insert adds a row, "
    "Ctrl+Delete removes one, Ctrl+Up and Ctrl+Down move it; Ctrl+V pastes rows copied from a "
    "spreadsheet. Ctrl+Tab leaves the table.")


def keys_help() -> str:
    """What the table's keys do, in the interface's language."""
    return translate("ListEditor", KEYS_HELP)



class ListEditor(QWidget):
    """A table of rows with buttons and keys to add, remove, move and paste rows."""

    cell_focused = Signal(str)  # the column's field pattern, for guidance
    message_shown = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.doc: ProposalDocument | None = None
        self.model: ListTableModel | None = None
        self.widths: ColumnWidths | None = None
        self.paste_dialog: PasteDialog | None = None
        self.read_only = False
        self._columns_stale = False
        self._batch = False
        self._refit_pending = False
        self._info = ""
        self._info_error = False
        self.view = SheetView(self)
        self.view.setObjectName("table")
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(self._edit_triggers())
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.setWordWrap(False)
        # The corner button selects every cell, which a table editing one cell at a time has no use for;
        # left enabled it would be a nameless control no key reaches.
        self.view.setCornerButtonEnabled(False)
        language.live(self.view, lambda v: v.setToolTip(keys_help()))
        self.view.setAccessibleDescription(keys_help())
        self.view.installEventFilter(self)
        self.view.append_row = self._append_from_tab
        self.view.clear_cell = self.clear_cell
        self.view.insert_row = self.add_row

        self.add_button = QPushButton(self)
        self.remove_button = QPushButton(self)
        self.up_button = QPushButton(self)
        self.down_button = QPushButton(self)
        self.paste_button = QPushButton(self)  # the tooltip says from where; keeps narrow windows unscrolled
        for button, name, text, tip in (
            (self.add_button, "add", QT_TRANSLATE_NOOP("ListEditor", "Add row"),
             QT_TRANSLATE_NOOP("ListEditor", "Add a row after the current one and start typing in its first cell (Insert)")),
            (self.remove_button, "remove", QT_TRANSLATE_NOOP("ListEditor", "Remove row"),
             QT_TRANSLATE_NOOP("ListEditor", "Remove the current row (Ctrl+Delete)")),
            (self.up_button, "up", QT_TRANSLATE_NOOP("ListEditor", "Move up"),
             QT_TRANSLATE_NOOP("ListEditor", "Move the current row up (Ctrl+Up)")),
            (self.down_button, "down", QT_TRANSLATE_NOOP("ListEditor", "Move down"),
             QT_TRANSLATE_NOOP("ListEditor", "Move the current row down (Ctrl+Down)")),
            (self.paste_button, "paste", QT_TRANSLATE_NOOP("ListEditor", "Paste rows"),
             QT_TRANSLATE_NOOP("ListEditor", "Paste rows copied from a spreadsheet, from the first column: added after the "
                                             "last row or replacing rows from the selected one, after a preview (Ctrl+V)")),
        ):
            button.setObjectName(f"{name}_button")
            language.live(button, lambda b, t=text, tip=tip: (b.setText(translate("ListEditor", t)),
                                                               b.setToolTip(translate("ListEditor", tip)),
                                                               b.setAccessibleDescription(translate("ListEditor", tip))))
        self.add_button.clicked.connect(self.add_row)
        self.remove_button.clicked.connect(self.remove_row)
        self.up_button.clicked.connect(lambda: self.move_row(-1))
        self.down_button.clicked.connect(lambda: self.move_row(+1))
        self.paste_button.clicked.connect(self.paste_rows)

        self.status = QLabel(self)
        self.status.setObjectName("status")
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setWordWrap(True)
        self.status.setVisible(False)
        # What the analysis says about the table (as the notes beside fields, in their colour).
        self.note = QLabel(self)
        self.note.setObjectName("note")
        self.note.setTextFormat(Qt.TextFormat.PlainText)
        self.note.setWordWrap(True)
        self.note.setStyleSheet(f"color: {NOTE_COLOUR};")
        self.note.setVisible(False)

        # A row that wraps: in a longer language or in presentation mode the five buttons need more room
        # than a narrow page has, and would make it scroll sideways.
        buttons = button_row(self, [self.add_button, self.remove_button, self.up_button, self.down_button, self.paste_button])
        self.caption = QLabel(self)
        self.caption.setObjectName("caption")
        self.caption.setVisible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.caption)
        layout.addWidget(self.view)
        layout.addLayout(buttons)
        layout.addWidget(self.status)
        layout.addWidget(self.note)

    def on_language_changed(self, _lang: str) -> None:
        """Headings in another language have other widths: the columns are sized again."""
        if self.widths is not None:
            self.widths.fit()

    @staticmethod
    def _edit_triggers() -> QAbstractItemView.EditTrigger:
        return (
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )

    def bind(self, doc: ProposalDocument, pattern: str) -> None:
        """Show the list at ``pattern`` of ``doc``'s proposal."""
        self.doc = doc
        self.pattern = pattern
        self.model = ListTableModel(doc, pattern, self)
        self.view.setModel(self.model)
        self.view.setItemDelegate(CellDelegate(self.model, self.view))
        english = fields.spec(pattern).title
        title = column_titles.title(english)
        group = self.parentWidget()
        group_title = group.title() if isinstance(group, QGroupBox) else ""
        # A table sharing its group with other fields needs its own heading.
        if group_title.strip().lower() != title.strip().lower():
            language.live(self.caption, lambda w, t=english: w.setText(column_titles.title(t)))
            font = self.caption.font()
            font.setBold(True)
            self.caption.setFont(font)
            self.caption.setBuddy(self.view)
            self.caption.setVisible(True)
        language.live(self.view, lambda w, t=english: w.setAccessibleName(column_titles.title(t)))
        if not self.accessibleName():
            self.setAccessibleName(title)
        for button, what in (
            (self.add_button, QT_TRANSLATE_NOOP("ListEditor", "Add a row to %1")),
            (self.remove_button, QT_TRANSLATE_NOOP("ListEditor", "Remove the current row of %1")),
            (self.up_button, QT_TRANSLATE_NOOP("ListEditor", "Move the current row up in %1")),
            (self.down_button, QT_TRANSLATE_NOOP("ListEditor", "Move the current row down in %1")),
            (self.paste_button, QT_TRANSLATE_NOOP("ListEditor", "Paste rows into %1")),
        ):
            # Pages have several tables: a screen reader says which one a button acts on.
            language.live(button, lambda b, w=what, t=english: b.setAccessibleName(fill(translate("ListEditor", w),
                                                                                             column_titles.title(t))))
        self.widths = ColumnWidths(self.view, pattern, self.model.columns)
        language.notifier().language_changed.connect(self.on_language_changed)
        self.model.bad_changed.connect(self._refresh_status)
        self.model.dataChanged.connect(self._on_data_changed)
        self.view.selectionModel().currentChanged.connect(self._on_current_changed)
        self.model.modelReset.connect(self._on_model_reset)
        self.widths.fit()
        self._fit_height()

    def _on_model_reset(self) -> None:
        if self._batch:
            return
        # Fitting the columns measures every cell: a table not on screen (another step's, when a file
        # is opened) is fitted when it is next shown.
        if self.isVisible():
            assert self.widths is not None
            self.widths.fit()
        else:
            self._columns_stale = True
        self._fit_height()

    def _on_data_changed(self, top_left: QModelIndex, bottom_right: QModelIndex) -> None:
        if not self._batch and self.widths is not None and self.isVisible():
            self.widths.grow(top_left.column(), bottom_right.column())

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        if self._columns_stale and self.widths is not None:
            self._columns_stale = False
            self.widths.fit()
        super().showEvent(event)

    def _fit_height(self) -> None:
        """Tall enough to show the rows without scrolling (within limits), so pages read at a glance."""
        assert self.model is not None
        rows = min(max(self.model.rowCount() + 1, 4), 14)
        row_height = self.view.verticalHeader().defaultSectionSize()
        chrome = self.view.horizontalHeader().sizeHint().height() + self.view.horizontalScrollBar().sizeHint().height() + 4
        self.view.setMinimumHeight(rows * row_height + chrome)

    def set_read_only(self, read_only: bool) -> None:
        """Rows can be read, selected and copied, but not changed."""
        self.read_only = read_only
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers if read_only else self._edit_triggers())
        for button in (self.add_button, self.remove_button, self.up_button, self.down_button, self.paste_button):
            button.setEnabled(not read_only)

    def _editable(self) -> bool:
        if self.doc is not None and self.doc.is_read_only():
            self.show_message(fill(translate("ListEditor", "This proposal is open read-only: %1"), self.doc.read_only_reason),
                              error=True)
            return False
        return True

    # --- actions ----------------------------------------------------------------------------------

    def current_row(self) -> int:
        index = self.view.currentIndex()
        return index.row() if index.isValid() else -1

    def add_row(self) -> None:
        """Add a row after the current one (at the end when none is current) and start typing in its first cell."""
        assert self.doc is not None and self.model is not None
        if not self._editable():
            return
        row = self.current_row() + 1 if self.current_row() >= 0 else self.model.rowCount()
        self.doc.insert_row(self.pattern, row)
        self._select(row, 0)
        self.view.setFocus(Qt.FocusReason.OtherFocusReason)
        index = self.model.index(row, 0)
        if self.model.flags(index) & Qt.ItemFlag.ItemIsEditable:
            self.view.edit(index)

    def _append_from_tab(self) -> bool:
        """Tab in the last cell: a new last row (False when the proposal is read-only)."""
        assert self.doc is not None and self.model is not None
        if self.doc.is_read_only():
            return False
        self.doc.insert_row(self.pattern, self.model.rowCount())
        return True

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
        self.show_message(fill(translate("ListEditor", "Row %1 removed (Ctrl+Z brings it back)."), language.number(row + 1)))

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

    def clear_cell(self, index: QModelIndex) -> None:
        """Empty one cell (Delete), as one undo step named for the cell."""
        assert self.doc is not None and self.model is not None
        if not index.isValid() or not self._editable():
            return
        row, column = index.row(), index.column()
        if not self.model.flags(index) & Qt.ItemFlag.ItemIsEditable:
            spec = self.model.columns[column]
            self.show_message(fill(translate("ListEditor", "%1: %2"), column_titles.title(spec.title), picked_reason(spec.pattern)),
                              error=True)
            return
        spec = self.model.columns[column]
        path = self.model.cell_path(row, column)
        if self.doc.get(path) == entry.value_from_text(spec, "", self.model.locale()):
            # The model holds nothing here; only refused text (which it never held) may be shown.
            self.model.forget_refused(row, column)
            return
        self.doc.begin_macro(fill(translate("ListEditor", "Clear %1"), self.model.cell_title(row, column)))
        try:
            self.model.set_cell_text(row, column, "")
        finally:
            self.doc.end_macro()

    def paste(self) -> None:
        """Ctrl+V: one value into the current cell; rows through the preview (see :meth:`paste_text`)."""
        text = QGuiApplication.clipboard().text()
        current = self.view.currentIndex()
        if current.isValid() and "\t" not in text and "\n" not in text.rstrip("\r\n"):
            self.paste_into_cell(current.row(), current.column(), text.rstrip("\r\n"))
            return
        self.paste_text(text)

    def paste_rows(self) -> None:
        """The Paste rows button: the clipboard's rows, through the preview."""
        self.paste_text(QGuiApplication.clipboard().text())

    def paste_into_cell(self, row: int, column: int, text: str) -> str:
        """Put one pasted value in a cell, as typing would (one undo step); returns the refusal, if any."""
        assert self.doc is not None and self.model is not None
        if not self._editable():
            return "read-only"
        spec = self.model.columns[column]
        reason = check_cell(self.model.row_model, spec, text, self.model.locale(), picked_reasons())
        if reason:
            # Refused: nothing reaches the model, so there is no undo step; the cell shows why.
            self.model.set_cell_text(row, column, text)
            if spec.pattern in PICKED_COLUMNS:
                self.show_message(row_line(row, spec.title, reason), error=True)
            return reason
        if entry.same(spec, entry.value_from_text(spec, text, self.model.locale()), self.doc.get(self.model.cell_path(row, column))):
            self.model.forget_refused(row, column)
            return ""
        self.doc.begin_macro(fill(translate("ListEditor", "Paste into %1"), self.model.cell_title(row, column)))
        try:
            return self.model.set_cell_text(row, column, text)
        finally:
            self.doc.end_macro()

    def paste_text(self, text: str) -> PasteDialog | None:
        """Plan pasting ``text`` (tab-separated rows) and open the preview; applied when confirmed."""
        assert self.doc is not None and self.model is not None
        if not self._editable():
            return None
        current = self.current_row()
        plan = plan_paste(
            text, self.model.title, self.model.columns, self.model.row_model, self.model.rowCount(),
            current if current >= 0 else None, self.model.locale(), picked_reasons(),
        )
        if plan is None:
            self.show_message(translate("ListEditor", "The clipboard holds no rows to paste."), error=True)
            return None
        if self.paste_dialog is not None:
            self.paste_dialog.close()
            self.paste_dialog.deleteLater()
        dialog = PasteDialog(plan, self.window())
        dialog.plan_accepted.connect(self.apply_paste)
        dialog.finished.connect(lambda _result: self._focus_back())
        self.paste_dialog = dialog
        dialog.open()
        return dialog

    def _focus_back(self) -> None:
        """After the preview: the keyboard is back in the table (its window active again)."""
        self.view.window().activateWindow()
        self.view.setFocus(Qt.FocusReason.ActiveWindowFocusReason)

    def _paste_changes(self, plan: PastePlan) -> bool:
        """Whether applying ``plan`` would change the proposal (an unchanged paste leaves no undo step)."""
        assert self.model is not None
        if plan.start + len(plan.rows) > self.model.rowCount():
            return True
        locale = self.model.locale()
        for offset, cells in enumerate(plan.rows):
            row = plan.start + offset
            for column, spec in enumerate(self.model.columns):
                text = cells[column] if column < len(cells) else ""
                if spec.pattern in PICKED_COLUMNS or (offset, column) in plan.problems:
                    continue  # never written into the model
                current = self.doc.get(self.model.cell_path(row, column)) if self.doc is not None else None
                try:
                    if not entry.same(spec, entry.value_from_text(spec, text, locale), current):
                        return True
                except entry.EntryError:
                    return True
        return False

    def apply_paste(self, plan: PastePlan) -> list[str]:
        """Write a confirmed paste into the table as one undo step; returns the cells refused."""
        assert self.doc is not None and self.model is not None
        if not self._editable():
            return ["read-only"]
        count = len(plan.rows)
        start = plan.start
        columns = self.model.columnCount()
        left_out: list[str] = []
        if not self._paste_changes(plan):
            self.show_message(translate("ListEditor", "The pasted rows are already in the table as they are: nothing changed."))
            return self.model.refused_lines()
        self._batch = True
        self.doc.begin_macro(fill(translate("ListEditor", "Paste 1 row into %2") if count == 1
                                  else translate("ListEditor", "Paste %1 rows into %2"),
                                  language.number(count), column_titles.title(self.model.title)))
        try:
            # Rows first: then every cell is set where it will stay.
            while self.model.rowCount() < start + count:
                self.doc.insert_row(self.pattern, self.model.rowCount())
            for offset, cells in enumerate(plan.rows):
                row = start + offset
                for column in range(columns):
                    spec = self.model.columns[column]
                    text = cells[column] if column < len(cells) else ""
                    if spec.pattern in PICKED_COLUMNS and not text.strip():
                        continue  # an image is never pasted, so a replaced row keeps its own
                    if column >= len(cells) and self.model.is_blank(row, column):
                        continue
                    reason = self.model.set_cell_text(row, column, text)
                    if reason and spec.pattern in PICKED_COLUMNS:
                        left_out.append(row_line(row, spec.title, reason))
        finally:
            self.doc.end_macro()
            self._batch = False
        assert self.widths is not None
        self.widths.fit()
        self._fit_height()
        self._select(start, 0)
        self.view.setFocus(Qt.FocusReason.OtherFocusReason)
        n = language.number
        message = (fill(translate("ListEditor", "Pasted 1 row into row %1 (Ctrl+Z takes the paste back)."), n(start + 1))
                   if count == 1 else
                   fill(translate("ListEditor", "Pasted %1 rows into rows %2 to %3 (Ctrl+Z takes the paste back)."),
                        n(count), n(start + 1), n(start + count)))
        if plan.extra_columns:
            message += " " + fill(translate("ListEditor", "1 filled cell past the last column (%2) left out.")
                                  if plan.extra_columns == 1 else
                                  translate("ListEditor", "%1 filled cells past the last column (%2) left out."),
                                  n(plan.extra_columns), column_titles.title(self.model.columns[-1].title))
        if left_out:
            message += " " + (translate("ListEditor", "1 cell left out:") if len(left_out) == 1 else
                              fill(translate("ListEditor", "%1 cells left out:"), n(len(left_out)))) + "\n" + "\n".join(left_out)
        self.show_message(message)
        return self.model.refused_lines()

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

    def select_paths(self, paths: typing.Sequence[str]) -> int:
        """Select the cells several model paths name (a finding about rows 2, 4 and 7), the first as current.

        Returns how many rows are selected.  The table keeps editing one cell at a time: the other rows
        are only highlighted, and the next click selects a single cell again.
        """
        assert self.model is not None
        if not paths or not self.select_path(paths[0]):
            return 0
        names = [c.pattern.rsplit(".", 1)[1] for c in self.model.columns]
        selection = self.view.selectionModel()
        rows = {self.view.currentIndex().row()}
        for path in paths[1:]:
            match = re.match(r"^\[(\d+)\](?:\.(\w+))?", path[len(self.pattern):])
            if not match or int(match.group(1)) >= self.model.rowCount():
                continue
            column = names.index(match.group(2)) if match.group(2) in names else 0
            selection.select(self.model.index(int(match.group(1)), column), QItemSelectionModel.SelectionFlag.Select)
            rows.add(int(match.group(1)))
        return len(rows)

    # --- messages -----------------------------------------------------------------------------------

    def show_message(self, text: str, error: bool = False) -> None:
        """Say what an action did (or why it could not) under the table, above the refused cells."""
        self._info = text
        self._info_error = error
        self._refresh_status()
        self.message_shown.emit(text)

    def show_note(self, text: str) -> None:
        """Show what the analysis says about this table ("" hides it); also told to screen readers."""
        if text == self.note.text():
            return
        self.note.setText(text)
        self.note.setVisible(bool(text))
        self.view.setAccessibleDescription(f"{keys_help()}\n{text}" if text else keys_help())

    def _refresh_status(self) -> None:
        lines = [self._info] if self._info else []
        refused = self.model.refused_lines() if self.model is not None else []
        if refused:
            n = len(refused)
            lines.append(
                translate("ListEditor", "1 cell not yet valid (shown in red; the proposal keeps its last valid value "
                                        "until corrected):") if n == 1 else
                fill(translate("ListEditor", "%1 cells not yet valid (shown in red; the proposal keeps their last valid "
                                             "value until corrected):"), language.number(n))
            )
            lines.extend(refused)
        text = "\n".join(lines)
        error = bool(refused) or self._info_error
        self.status.setStyleSheet(f"color: {REFUSED_COLOUR.name()};" if error else "")
        self.status.setText(text)
        self.status.setVisible(bool(text))

    def _select(self, row: int, column: int) -> None:
        assert self.model is not None
        self.view.setCurrentIndex(self.model.index(row, max(column, 0)))

    def _on_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid() and self.model is not None:
            self.cell_focused.emit(self.model.columns[current.column()].pattern)

    def _on_font_changed(self) -> None:
        # Presentation mode enlarges the text: columns and height follow, so cells are not cut short.
        self._refit_pending = False
        if self.widths is not None and self.model is not None:
            if self.isVisible():
                self.widths.fit()
            else:
                self._columns_stale = True
            self._fit_height()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if watched is self.view and event.type() == QEvent.Type.FontChange and not self._refit_pending:
            self._refit_pending = True
            QTimer.singleShot(0, self, self._on_font_changed)
        if watched is self.view and event.type() == QEvent.Type.KeyPress and self.view.state() != QAbstractItemView.State.EditingState:
            key_event = typing.cast(QKeyEvent, event)
            key = key_event.key()
            ctrl = bool(key_event.modifiers() & Qt.KeyboardModifier.ControlModifier)
            if key_event.matches(QKeySequence.StandardKey.Paste):
                self.paste()
                return True
            if key == Qt.Key.Key_Insert and not ctrl:
                self.add_row()
                return True
            if ctrl and key == Qt.Key.Key_Delete:
                self.remove_row()
                return True
            if ctrl and key == Qt.Key.Key_Up:
                self.move_row(-1)
                return True
            if ctrl and key == Qt.Key.Key_Down:
                self.move_row(+1)
                return True
        return super().eventFilter(watched, event)
