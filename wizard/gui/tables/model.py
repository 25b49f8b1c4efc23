"""The Qt table model behind every table of the wizard: one list of rows of the proposal, live.

A column per field of the row model, with the field's title as header.  Every cell edit, row insert,
removal, move and paste is an undoable command on the document, named for what it does ("Add a row
to KPIs", "Edit Baseline in row 2 of KPIs", "Paste 24 rows into Yearly cash flows").  A cell the
model refuses keeps the typed text, in red, with the reason; refused cells follow their rows.
The widget around it is :class:`wizard.gui.tables.listeditor.ListEditor`.
"""

from __future__ import annotations

import re
import typing

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QIcon

from wizard.gui import language
from wizard.gui.language import QT_TRANSLATE_NOOP, fill, translate
from wizard.gui.tables import columns
from wizard import fields
from wizard.gui.document import FieldRefused, ProposalDocument
from wizard.gui.steps import entry
from wizard.gui.steps.entry import not_yet_valid

_ModelIndex = QModelIndex | QPersistentModelIndex

#: Columns filled by a picker rather than typed: the image a photo row shows comes from "Add photo".
PICKED_COLUMNS = {"branding.photos.asset": QT_TRANSLATE_NOOP("ListEditor", "set by the Add photo button")}
REFUSED_COLOUR = QColor("#B3261E")
REFUSED_BACKGROUND = QColor("#FDECEA")


def row_line(row: int, title: str, reason: str) -> str:
    """"Row 2, Baseline: reason" (``row`` 0-based, ``title`` the column's English title) in the interface's language."""
    return fill(translate("ListEditor", "Row %1, %2: %3"), language.number(row + 1), columns.title(title), reason)


def picked_reason(pattern: str) -> str:
    """Why a column is not typed into (:data:`PICKED_COLUMNS`), in the interface's language."""
    return translate("ListEditor", PICKED_COLUMNS[pattern]) if pattern in PICKED_COLUMNS else translate("ListEditor", "not typed")


def picked_reasons() -> dict[str, str]:
    """:data:`PICKED_COLUMNS` with each reason in the interface's language (what the paste checks say)."""
    return {pattern: picked_reason(pattern) for pattern in PICKED_COLUMNS}


class ListTableModel(QAbstractTableModel):
    """A live view of one list of rows in the proposal."""

    refused = Signal(int, int, str)  # row, column, message
    #: The set of refused cells changed (one added, fixed, or moved with its row).
    bad_changed = Signal()

    def __init__(self, doc: ProposalDocument, pattern: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.doc = doc
        self.pattern = pattern
        spec = fields.spec(pattern)
        assert spec.row_model is not None, pattern
        self.row_model = spec.row_model
        self.title = spec.title
        self.columns = fields.fields_of(spec.row_model, pattern)
        language.notifier().language_changed.connect(self.on_language_changed)
        #: Text the model refused, by (row, column): shown instead of the model value, in red.
        self.bad: dict[tuple[int, int], tuple[str, str]] = {}
        #: The row objects as last shown, so that refused cells follow their rows.
        self._shown: list[typing.Any] = list(self.rows())
        #: Marks beside row numbers (row -> what they say), e.g. open comments on the row.
        self.row_marks: dict[int, str] = {}
        self.row_mark_icon = QIcon()
        doc.field_changed.connect(self.on_field_changed)
        doc.proposal_replaced.connect(self.on_replaced)

    def rows(self) -> list[typing.Any]:
        return typing.cast(list[typing.Any], self.doc.get(self.pattern))

    def locale(self) -> str:
        return entry.window_locale()

    def rowCount(self, parent: _ModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.rows())

    def on_language_changed(self, _lang: str) -> None:
        """The column headings and the choice cells' labels in the interface's language, and the numbers in
        its convention (:func:`wizard.gui.steps.entry.window_locale`); the other cells are the proposal's own
        values."""
        if self.columns:
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.columns) - 1)
            if self.rowCount():
                self.dataChanged.emit(self.index(0, 0), self.index(self.rowCount() - 1, len(self.columns) - 1))

    def columnCount(self, parent: _ModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.columns)

    def cell_path(self, row: int, column: int) -> str:
        return f"{self.pattern}[{row}].{self.columns[column].pattern.rsplit('.', 1)[1]}"

    def cell_title(self, row: int, column: int) -> str:
        """ "Baseline in row 2 of KPIs": how undo steps and messages name a cell."""
        return fill(translate("ListEditor", "%1 in row %2 of %3"), columns.title(self.columns[column].title),
                    language.number(row + 1), columns.title(self.title))

    def data(self, index: _ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> typing.Any:
        if not index.isValid():
            return None
        key = (index.row(), index.column())
        spec = self.columns[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if key in self.bad:
                return self.bad[key][0]
            return entry.text_from_value(spec, self.doc.get(self.cell_path(*key)), self.locale())
        if role == Qt.ItemDataRole.ToolTipRole:
            if key in self.bad:
                return fields.tooltip(not_yet_valid(self.bad[key][1]))
            shown = entry.text_from_value(spec, self.doc.get(self.cell_path(*key)), self.locale())
            if shown.strip():
                # The whole value, for a cell too narrow to show all of it.
                return fields.tooltip(fill(translate("ListEditor", "%1: %2"), columns.title(spec.title), shown))
            return self._column_tip(spec)
        if role == Qt.ItemDataRole.AccessibleDescriptionRole and key in self.bad:
            return not_yet_valid(self.bad[key][1])
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
                return columns.title(self.columns[section].title)
            return str(section + 1)
        if orientation == Qt.Orientation.Vertical and section in self.row_marks:
            if role == Qt.ItemDataRole.DecorationRole:
                return self.row_mark_icon
            if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleDescriptionRole):
                return self.row_marks[section]
        if role == Qt.ItemDataRole.ToolTipRole and orientation == Qt.Orientation.Horizontal:
            return self._column_tip(self.columns[section])
        return None

    def _column_tip(self, spec: fields.FieldSpec) -> str:
        """A column's tooltip: its title in the interface's language, and the form a value takes."""
        form = entry.accepted_form(spec, self.locale())
        name = columns.title(spec.title)
        return fields.tooltip(fill(translate("ListEditor", "%1: %2"), name, form) if form else name)

    def set_row_marks(self, marks: dict[int, str], icon: QIcon) -> None:
        """Mark rows beside their numbers (an icon, and the text as tooltip); ``{}`` clears them."""
        if marks == self.row_marks:
            return
        self.row_marks = dict(marks)
        self.row_mark_icon = icon
        if self.rowCount():
            self.headerDataChanged.emit(Qt.Orientation.Vertical, 0, self.rowCount() - 1)

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
            reason = picked_reason(spec.pattern)
            self.refused.emit(row, column, reason)
            return reason
        try:
            value = entry.value_from_text(spec, text, self.locale())
            self.doc.set_field(self.cell_path(row, column), value, self.cell_title(row, column))
        except (FieldRefused, entry.EntryError) as refusal:
            self.bad[key] = (text, refusal.message)
            self.dataChanged.emit(self.index(row, column), self.index(row, column))
            self.bad_changed.emit()
            self.refused.emit(row, column, refusal.message)
            return refusal.message
        if self.bad.pop(key, None) is not None:
            self.dataChanged.emit(self.index(row, column), self.index(row, column))
            self.bad_changed.emit()
        return ""

    def is_blank(self, row: int, column: int) -> bool:
        """True when the cell shows nothing (no value, no refused text)."""
        return (row, column) not in self.bad and not entry.text_from_value(
            self.columns[column], self.doc.get(self.cell_path(row, column))).strip()

    def forget_refused(self, row: int, column: int) -> None:
        """Drop the refused text of a cell (the model never held it)."""
        if self.bad.pop((row, column), None) is not None:
            self.dataChanged.emit(self.index(row, column), self.index(row, column))
            self.bad_changed.emit()

    _CELL = re.compile(r"^\[(\d+)\]\.(\w+)$")

    def on_field_changed(self, path: str) -> None:
        if path == self.pattern or self.pattern.startswith(path + "."):
            self.on_rows_changed()
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
            had = self.bad.pop((row, column), None) is not None
            self.dataChanged.emit(self.index(row, column), self.index(row, column))
            if had:
                self.bad_changed.emit()

    def on_rows_changed(self) -> None:
        """Rows were added, removed, moved or replaced: show them again; refused cells follow their rows."""
        old = self._shown
        new = self.rows()
        where = {id(obj): n for n, obj in enumerate(new)}
        moved: dict[tuple[int, int], tuple[str, str]] = {}
        for (row, column), value in self.bad.items():
            if row < len(old) and id(old[row]) in where and new[where[id(old[row])]] is old[row]:
                moved[(where[id(old[row])], column)] = value
        changed = moved != self.bad
        self.beginResetModel()
        self.bad = moved
        self._shown = list(new)
        self.endResetModel()
        if changed:
            self.bad_changed.emit()

    def on_replaced(self) -> None:
        self.beginResetModel()
        had = bool(self.bad)
        self.bad.clear()
        self._shown = list(self.rows())
        self.endResetModel()
        if had:
            self.bad_changed.emit()

    def refused_lines(self) -> list[str]:
        """Every refused cell as "Row 2, Baseline: reason", in table order."""
        return [row_line(r, self.columns[c].title, reason) for (r, c), (_t, reason) in sorted(self.bad.items())]
