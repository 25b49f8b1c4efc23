"""Column widths of a list table: fitted to what the cells hold, and the user's own widths remembered.

A column starts as wide as its heading and its widest cell (a drop-down column as wide as its longest
choice, a number column wide enough for a large amount), within :data:`MIN_WIDTH` and
:data:`MAX_WIDTH`, and grows when a longer value is entered.  A column the user resizes by dragging
(or double-clicking) its heading's edge keeps that width, in this table and the next time the app
opens it (QSettings, ``tables/<table>/<column>``).  The last column fills the rest of the table.

Widths in pixels are for the application's normal text; with larger text (presentation mode) the
limits and the remembered widths grow in proportion, so that enlarged cells are not cut short.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QSettings
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QApplication, QHeaderView, QTableView

from wizard.gui.tables import columns as column_titles
from wizard import fields

MIN_WIDTH = 60
MAX_WIDTH = 320
#: Room for the drop-down arrow of choice cells and the sort of padding Qt styles add.
ARROW_ROOM = 36
PADDING = 24
#: What a number column should show whole on first entry.
NUMBER_SAMPLE = "9,999,999,999.99"
TEXT_MIN = 160


class ColumnWidths(QObject):
    """Sizes the columns of ``view`` (showing ``columns`` of the table ``pattern``)."""

    def __init__(self, view: QTableView, pattern: str, columns: list[fields.FieldSpec]) -> None:
        super().__init__(view)
        self.view = view
        self.pattern = pattern
        self.columns = columns
        self._fitting = False
        self.user: dict[int, int] = {}
        settings = QSettings()
        for column, spec in enumerate(columns):
            value = settings.value(self._key(spec))
            try:
                width = int(str(value)) if value is not None else 0
            except ValueError:
                width = 0
            if width >= MIN_WIDTH // 2:
                self.user[column] = min(width, MAX_WIDTH * 3)
        self.header().sectionResized.connect(self._on_resized)

    def header(self) -> QHeaderView:
        return self.view.horizontalHeader()

    def _key(self, spec: fields.FieldSpec) -> str:
        return f"tables/{self.pattern}/{spec.pattern.rsplit('.', 1)[-1]}"

    def scale(self) -> float:
        """How much larger the table's text is than the application's normal text (1 or more)."""
        normal = QFontMetrics(QApplication.font()).height()
        return max(1.0, self.view.fontMetrics().height() / normal) if normal > 0 else 1.0

    def least(self, column: int) -> int:
        """The narrowest a column starts: its heading, and what its kind needs to be read."""
        spec = self.columns[column]
        metrics = self.view.fontMetrics()
        width = self.heading(column)
        if spec.kind in ("choice", "bool"):
            from wizard.gui.tables.delegate import choice_labels

            width = max(width, max(metrics.horizontalAdvance(label) for label in choice_labels(spec)) + ARROW_ROOM)
        elif spec.kind == "decimal":
            width = max(width, metrics.horizontalAdvance(NUMBER_SAMPLE) + PADDING)
        elif spec.kind == "date":
            width = max(width, metrics.horizontalAdvance("2026-12-31") + PADDING + 20)
        elif spec.kind in ("line", "text"):
            width = max(width, round(TEXT_MIN * self.scale()))
        return max(width, round(MIN_WIDTH * self.scale()))

    def heading(self, column: int) -> int:
        """The width the column's heading needs as shown (in the interface's language)."""
        return self.view.fontMetrics().horizontalAdvance(column_titles.title(self.columns[column].title)) + PADDING

    def wanted(self, column: int) -> int:
        """From content, within the limits; never narrower than its heading (a longer language's heading is
        not cut: the table scrolls sideways inside itself instead)."""
        content = self.view.sizeHintForColumn(column) if self.view.model() is not None and self.view.model().rowCount() else 0
        return max(self.heading(column), min(max(self.least(column), content), round(MAX_WIDTH * self.scale())))

    def _user_width(self, column: int) -> int:
        return round(self.user[column] * self.scale()) if column in self.user else 0

    def fit(self) -> None:
        """Size every column: the user's width where there is one, else from content."""
        self._fitting = True
        try:
            for column in range(len(self.columns)):
                self.header().resizeSection(column, self._user_width(column) or self.wanted(column))
        finally:
            self._fitting = False

    def grow(self, first: int, last: int) -> None:
        """Widen columns ``first``..``last`` (not sized by the user) to a longer value just entered."""
        self._fitting = True
        try:
            for column in range(max(first, 0), min(last, len(self.columns) - 1) + 1):
                if column in self.user:
                    continue
                wanted = self.wanted(column)
                if wanted > self.header().sectionSize(column):
                    self.header().resizeSection(column, wanted)
        finally:
            self._fitting = False

    def _on_resized(self, column: int, _old: int, new: int) -> None:
        if self._fitting or column >= len(self.columns):
            return
        if self.header().stretchLastSection() and column == self.header().count() - 1:
            return  # stretched to fill the table, not chosen
        if not self.view.isVisible():
            return  # laid out by Qt before showing, not by a hand on the heading
        self.user[column] = round(new / self.scale())
        QSettings().setValue(self._key(self.columns[column]), self.user[column])

    def forget(self) -> None:
        """Drop the remembered widths of this table (back to widths from content)."""
        settings = QSettings()
        for spec in self.columns:
            settings.remove(self._key(spec))
        self.user.clear()
        self.fit()
