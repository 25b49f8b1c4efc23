"""File > Compare with...: a comparison shown side by side (old and new), exportable as text.

It shows one :class:`wizard.review.diff.Comparison`: the key figures (total capex, NPV, IRR, payback,
capex not yet committed), the readiness score and band with the findings that appeared or went, and every change
in the planner's words (field title, old, new; rows added, removed or moved).  "Save as text" writes
:func:`wizard.review.diff.format_text`, the same text ``citypitch diff`` prints.
"""

from __future__ import annotations

import html
from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QBrush, QColor, QFont, QGuiApplication, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from wizard.gui.language import QT_TRANSLATE_NOOP
from wizard.gui.consult.dialogs import plain_label, push_button
from wizard.review import diff, text
from wizard.review.modelpaths import title as path_title

KINDS = {"changed": "Changed", "added": "Added", "removed": "Removed", "moved": "Moved"}
KIND_COLOURS = {"added": "#E6F4EA", "removed": "#FDECEA", "moved": "#EEF2FB"}
#: More changes than this are shown without measuring each row's height (it would take seconds).
MEASURED_ROWS = 400


def _heading(title: str, parent: QWidget) -> QLabel:
    label = QLabel(title, parent)
    font = label.font()
    font.setBold(True)
    label.setFont(font)
    return label


def _item(value: str, bold: bool = False) -> QTableWidgetItem:
    item = QTableWidgetItem(text.terminal(value))
    if bold:
        font = QFont(item.font())
        font.setBold(True)
        item.setFont(font)
    return item


def change_cells(change: diff.Change) -> tuple[str, str, str, str]:
    """What the changes table shows for one change: kind, field, old, new."""
    return KINDS.get(change.kind, change.kind), change.title, change.old_text, change.new_text


WORD_STYLES = {"removed": "background-color:#FDECEA; color:#8C1D18; text-decoration:line-through;",
               "added": "background-color:#E6F4EA; color:#0D5223; font-weight:bold;",
               "skipped": "color:#5F6368; font-style:italic;"}


def word_diff_html(old: str, new: str) -> str:
    """A changed text word by word as HTML: removed words struck through on red, added ones on green
    (the same reading as :func:`wizard.review.diff.word_diff`; every word of the team's text escaped)."""
    parts = []
    for kind, words in diff.word_diff_parts(old, new):
        shown = html.escape(text.terminal(words))
        style = WORD_STYLES.get(kind)
        parts.append(f'<span style="{style}">{shown}</span>' if style else shown)
    return " ".join(parts)


def readiness_lines(result: diff.Comparison) -> list[str]:
    old_score, new_score = result.score
    old_band, new_band = result.band
    lines = [f"Score: {old_score} → {new_score}" if old_score != new_score else f"Score: {new_score} (no change)",
             f"Band: {old_band} → {new_band}" if old_band != new_band else f"Band: {new_band} (no change)"]
    for label, findings in (("Findings that went", result.went), ("Findings that appeared", result.appeared)):
        if findings:
            lines.append(f"{label} ({len(findings)}):")
            for finding in findings:
                where = path_title(finding.field) if finding.field else "Proposal"
                lines.append(f"  [{finding.severity}] {where}: {text.one_line(finding.message)}")
    if not result.went and not result.appeared:
        lines.append("Findings: the same")
    return lines


class ComparisonDialog(QDialog):
    """One comparison, side by side (see the module docstring)."""

    def __init__(self, result: diff.Comparison, save_text: Callable[[str], None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("comparison")
        self.setWindowTitle("Comparison")
        self.comparison = result
        self.text = diff.format_text(result)
        self._save_text = save_text
        self._fitting = False
        layout = QVBoxLayout(self)
        layout.addWidget(plain_label(f"Old: {text.one_line(result.old.describe())}", self, "old_side"))
        layout.addWidget(plain_label(f"New: {text.one_line(result.new.describe())}", self, "new_side"))
        if result.same:
            layout.addWidget(plain_label("No differences: the two proposals hold the same content.", self, "same"))

        layout.addWidget(_heading("Key figures", self))
        self.figures = QTableWidget(len(result.figures), 3, self)
        self.figures.setObjectName("figures")
        self.figures.setAccessibleName("Key figures, old and new")
        self.figures.setHorizontalHeaderLabels(["Figure", "Old", "New"])
        for row, fig in enumerate(result.figures):
            for column, value in enumerate((fig.title, fig.old or "(not computed)", fig.new or "(not computed)")):
                self.figures.setItem(row, column, _item(value, bold=fig.changed))
        self._tidy(self.figures)
        self.figures.horizontalHeader().setStretchLastSection(False)
        self.figures.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.figures.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.figures.setMaximumHeight(self.figures.verticalHeader().length() + self.figures.horizontalHeader().height() + 6)
        layout.addWidget(self.figures)

        layout.addWidget(_heading("Readiness", self))
        self.readiness = plain_label(text.terminal("\n".join(readiness_lines(result))), self, "readiness")
        layout.addWidget(self.readiness)

        layout.addWidget(_heading(f"Changes ({len(result.changes)})", self))
        self.changes = QTableWidget(len(result.changes), 4, self)
        self.changes.setObjectName("changes")
        self.changes.setAccessibleName("Changes, old and new side by side")
        self.changes.setHorizontalHeaderLabels(["What", "Field", "Old", "New"])
        self.changes.setWordWrap(True)
        for row, change in enumerate(result.changes):
            cells = change_cells(change)
            for column, value in enumerate(cells):
                item = _item(value)
                if change.kind in KIND_COLOURS:
                    item.setBackground(QBrush(QColor(KIND_COLOURS[change.kind])))
                if column >= 2 and change.kind == "changed" and diff.is_long(change):
                    old = change.old if isinstance(change.old, str) else change.old_text
                    new = change.new if isinstance(change.new, str) else change.new_text
                    item.setToolTip(text.terminal("Word by word ([-removed-] {+added+}):\n" + diff.word_diff(old, new)))
                self.changes.setItem(row, column, item)
        self._tidy(self.changes)
        header = self.changes.horizontalHeader()
        # Old and New share what is left of the width; a stretched last section on top of that made New
        # wider than the view, so its text ran off the right edge behind a scroll bar.
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.changes.setColumnWidth(1, 260)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        if len(result.changes) <= MEASURED_ROWS:
            # Rows are as tall as their wrapped text, measured again whenever the columns change width.
            header.sectionResized.connect(lambda *_args: self._fit_rows())
        layout.addWidget(self.changes, 1)
        self.words = QTextBrowser(self)
        self.words.setObjectName("word_by_word")
        self.words.setAccessibleName("The selected change, word by word")
        self.words.setOpenLinks(False)
        self.words.setMaximumHeight(6 * self.fontMetrics().lineSpacing())
        layout.addWidget(self.words)
        self.changes.currentCellChanged.connect(lambda row, _c, _pr, _pc: self.show_words(row))
        self.show_words(-1)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.save_button = push_button(QT_TRANSLATE_NOOP("Consult", "&Save as text..."), "save_text_button",
                                       QT_TRANSLATE_NOOP("Consult", "Write this comparison to a text file"), self)
        self.copy_button = push_button(QT_TRANSLATE_NOOP("Consult", "C&opy as text"), "copy_text_button",
                                       QT_TRANSLATE_NOOP("Consult", "Put this comparison on the clipboard as text"), self)
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.save_button.clicked.connect(lambda: self._save_text(self.text))
        self.copy_button.clicked.connect(lambda: QGuiApplication.clipboard().setText(self.text))
        layout.addWidget(buttons)
        self.resize(1000, 760)

    def show_words(self, row: int) -> None:
        """Under the table: the selected changed text word by word (removed struck out, added marked)."""
        change = self.comparison.changes[row] if 0 <= row < len(self.comparison.changes) else None
        if change is None or change.kind != "changed":
            self.words.setPlainText("Select a changed field to see it word by word: removed words struck "
                                    "through, added words marked.")
            return
        old = change.old if isinstance(change.old, str) else change.old_text
        new = change.new if isinstance(change.new, str) else change.new_text
        self.words.setHtml(f"<p><b>{html.escape(text.one_line(change.title))}</b>, word by word:</p>"
                           f"<p>{word_diff_html(old, new)}</p>")

    def _fit_rows(self) -> None:
        if not self._fitting:
            self._fitting = True
            QTimer.singleShot(0, self._fit_rows_now)

    def _fit_rows_now(self) -> None:
        self._fitting = False
        self.changes.resizeRowsToContents()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        # Start in the changes (what the reader came for), not on the first key figure's cell.
        self.changes.setFocus(Qt.FocusReason.OtherFocusReason)
        if len(self.comparison.changes) <= MEASURED_ROWS:
            self._fit_rows()

    @staticmethod
    def _tidy(table: QTableWidget) -> None:
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.verticalHeader().setVisible(False)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.resizeColumnsToContents()
        table.horizontalHeader().setStretchLastSection(True)
        for row in range(table.rowCount()):
            for column in range(table.columnCount()):
                cell = table.item(row, column)
                if cell is not None:
                    cell.setTextAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
