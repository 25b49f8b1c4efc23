"""File > Compare with...: a comparison shown side by side (old and new), exportable as text.

It shows one :class:`wizard.review.diff.Comparison`: the key figures (total capex, NPV, IRR, payback,
capex not yet committed), the readiness score and band with the findings that appeared or went, and every change
in the planner's words (field title, old, new; rows added, removed or moved).  "Save as text" writes
:func:`wizard.review.diff.format_text`, the same text ``citypitch diff`` prints.
"""

from __future__ import annotations

import html
from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt, QTimer
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

from wizard import fields
from wizard.gui import language
from wizard.gui.language import QT_TRANSLATE_NOOP, fill, translate
from wizard.gui.consult.dialogs import plain_label, push_button
from wizard.i18n import PSEUDO, SOURCE
from wizard.review import diff, text

#: The dialog's words are in the interface's language; "Save as text" writes ``citypitch diff``'s English.
KINDS = {"changed": QT_TRANSLATE_NOOP("Compare", "Changed"), "added": QT_TRANSLATE_NOOP("Compare", "Added"),
         "removed": QT_TRANSLATE_NOOP("Compare", "Removed"), "moved": QT_TRANSLATE_NOOP("Compare", "Moved")}
#: The key figures' names, by :class:`wizard.review.diff.Figure` id.
FIGURES = {"capex": QT_TRANSLATE_NOOP("Compare", "Total capex"), "npv": QT_TRANSLATE_NOOP("Compare", "NPV"),
           "irr": QT_TRANSLATE_NOOP("Compare", "IRR"), "payback": QT_TRANSLATE_NOOP("Compare", "Payback"),
           "funding_gap": QT_TRANSLATE_NOOP("Compare", "Capex not yet committed")}
SEVERITIES = {"blocker": QT_TRANSLATE_NOOP("Compare", "deal-breaker"), "warning": QT_TRANSLATE_NOOP("Compare", "warning"),
              "tip": QT_TRANSLATE_NOOP("Compare", "tip")}
KIND_COLOURS = {"added": "#E6F4EA", "removed": "#FDECEA", "moved": "#EEF2FB"}
#: More changes than this are shown without measuring each row's height (it would take seconds).
MEASURED_ROWS = 400


def describe(side: diff.Side) -> str:
    """One side as the dialog names it: the file, and the saved version it is, if any."""
    name = text.one_line(side.name)
    v = side.version
    if v is None:
        return fill(translate("Compare", "%1 (current draft)"), name)
    saved = language.datetime_text(v.created)
    if v.author:
        return fill(translate("Compare", "%1 @ version %2 \"%3\" (saved %4 by %5)"), name, v.number, text.one_line(v.label), saved,
                    text.one_line(v.author))
    return fill(translate("Compare", "%1 @ version %2 \"%3\" (saved %4)"), name, v.number, text.one_line(v.label), saved)


def figure_value(value: str | None) -> str:
    """A key figure as :mod:`wizard.review.diff` wrote it (in the English convention), its numbers written
    again in the window's convention ('IDR 3.500.000.000.000', '11,5%' in Vietnamese: issue 20 item 5),
    years in words."""
    if not value:
        return translate("Compare", "(not computed)")
    from wizard.readiness._core import figure

    lang = language.current()
    years = value.endswith(" years")
    said = " ".join(figure(part, lang) for part in value.removesuffix(" years").split(" "))
    return fill(translate("Compare", "%1 years"), said) if years else said


def band_title(title: str | None) -> str:
    """A readiness band's title ("Ready", "Close", "Not ready") in the interface's language."""
    if not title:
        return translate("Compare", "(not assessed)")
    lang = language.current()
    if lang in (SOURCE, PSEUDO):
        return title
    from wizard.readiness import catalogue

    ids = {band.title: band.id for band in catalogue().bands}
    local = {band.id: band.title for band in catalogue(lang).bands}
    return local.get(ids.get(title, ""), title)


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


def change_title(change: diff.Change) -> str:
    """Where a change is, in the interface's language (the one source of field titles); the English
    :mod:`wizard.review.diff` wrote for a path it no longer knows."""
    lang = language.current()
    if lang == "en" or not change.path:
        return change.title
    named = fields.title(change.path, lang)
    return named if named != change.path else change.title


def change_cells(change: diff.Change) -> tuple[str, str, str, str]:
    """What the changes table shows for one change: kind, field, old, new."""
    kind = translate("Compare", KINDS[change.kind]) if change.kind in KINDS else change.kind
    return kind, change_title(change), change.old_text, change.new_text


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
    score = language.number
    lines = [fill(translate("Compare", "Score: %1 → %2"), score(old_score), score(new_score)) if old_score != new_score
             else fill(translate("Compare", "Score: %1 (no change)"), score(new_score)),
             fill(translate("Compare", "Band: %1 → %2"), band_title(old_band), band_title(new_band)) if old_band != new_band
             else fill(translate("Compare", "Band: %1 (no change)"), band_title(new_band))]
    went, appeared = translate("Compare", "Findings that went (%1):"), translate("Compare", "Findings that appeared (%1):")
    for label, findings in ((went, result.went), (appeared, result.appeared)):
        if findings:
            lines.append(fill(label, language.number(len(findings))))
            for finding in findings:
                where = fields.title(finding.field, language.current()) if finding.field else translate("Compare", "Proposal")
                severity = translate("Compare", SEVERITIES[finding.severity]) if finding.severity in SEVERITIES else finding.severity
                lines.append(f"  [{severity}] " + fill(translate("Compare", "%1: %2"), where, text.one_line(finding.message)))
    if not result.went and not result.appeared:
        lines.append(translate("Compare", "Findings: the same"))
    return lines


class ComparisonDialog(QDialog):
    """One comparison, side by side (see the module docstring)."""

    def __init__(self, result: diff.Comparison, save_text: Callable[[str], None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("comparison")
        self.setWindowTitle(translate("Compare", "Comparison"))
        self.comparison = result
        self.text = diff.format_text(result)
        self._save_text = save_text
        self._fitting = False
        layout = QVBoxLayout(self)
        layout.addWidget(plain_label(fill(translate("Compare", "Old: %1"), describe(result.old)), self, "old_side"))
        layout.addWidget(plain_label(fill(translate("Compare", "New: %1"), describe(result.new)), self, "new_side"))
        if result.same:
            layout.addWidget(plain_label(translate("Compare", "No differences: the two proposals hold the same content."), self, "same"))

        layout.addWidget(_heading(translate("Compare", "Key figures"), self))
        self.figures = QTableWidget(len(result.figures), 3, self)
        self.figures.setObjectName("figures")
        self.figures.setAccessibleName(translate("Compare", "Key figures, old and new"))
        self.figures.setHorizontalHeaderLabels([translate("Compare", "Figure"), translate("Compare", "Old"), translate("Compare", "New")])
        for row, fig in enumerate(result.figures):
            title = translate("Compare", FIGURES[fig.id]) if fig.id in FIGURES else fig.title
            for column, value in enumerate((title, figure_value(fig.old), figure_value(fig.new))):
                self.figures.setItem(row, column, _item(value, bold=fig.changed))
        self._tidy(self.figures)
        # The figures whole: old and new as wide as their amounts (never elided), the names wrapping in
        # the width left; every row shown, however tall a language's or presentation mode's text makes it.
        self.figures.setWordWrap(True)
        self.figures.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        figures_header = self.figures.horizontalHeader()
        figures_header.setStretchLastSection(False)
        figures_header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        figures_header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        figures_header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        figures_header.sectionResized.connect(lambda *_args: self._fit_figures())
        self._fit_figures()
        layout.addWidget(self.figures)

        layout.addWidget(_heading(translate("Compare", "Readiness"), self))
        self.readiness = plain_label(text.terminal("\n".join(readiness_lines(result))), self, "readiness")
        layout.addWidget(self.readiness)

        layout.addWidget(_heading(fill(translate("Compare", "Changes (%1)"), language.number(len(result.changes))), self))
        self.changes = QTableWidget(len(result.changes), 4, self)
        self.changes.setObjectName("changes")
        self.changes.setAccessibleName(translate("Compare", "Changes, old and new side by side"))
        self.changes.setHorizontalHeaderLabels([translate("Compare", "What"), translate("Compare", "Field"),
                                                translate("Compare", "Old"), translate("Compare", "New")])
        self.changes.setWordWrap(True)
        # By the pixel: a change's wrapped row can be taller than the room the table gets (Thai in
        # presentation mode at 1024x768: a 101 px row in 32 px), and scrolling by whole rows could not show it.
        self.changes.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        for row, change in enumerate(result.changes):
            cells = change_cells(change)
            for column, value in enumerate(cells):
                item = _item(value)
                if change.kind in KIND_COLOURS:
                    item.setBackground(QBrush(QColor(KIND_COLOURS[change.kind])))
                if column >= 2 and change.kind == "changed" and diff.is_long(change):
                    old = change.old if isinstance(change.old, str) else change.old_text
                    new = change.new if isinstance(change.new, str) else change.new_text
                    item.setToolTip(text.terminal(translate("Compare", "Word by word ([-removed-] {+added+}):") + "\n" + diff.word_diff(old, new)))
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
        self.words.setAccessibleName(translate("Compare", "The selected change, word by word"))
        self.words.setOpenLinks(False)
        self.words.setMaximumHeight(6 * self.fontMetrics().lineSpacing())
        layout.addWidget(self.words)
        self.changes.currentCellChanged.connect(lambda row, _c, _pr, _pc: self.show_words(row))
        self.show_words(-1)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        # Qt's own word for Close is not translated into every language the interface speaks.
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(translate("Compare", "Close"))
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
            self.words.setPlainText(translate("Compare", "Select a changed field to see it word by word: removed words "
                                                         "struck through, added words marked."))
            return
        old = change.old if isinstance(change.old, str) else change.old_text
        new = change.new if isinstance(change.new, str) else change.new_text
        heading = fill(translate("Compare", "%1, word by word:"), f"<b>{html.escape(text.one_line(change_title(change)))}</b>")
        self.words.setHtml(f"<p>{heading}</p><p>{word_diff_html(old, new)}</p>")

    def _fit_figures(self) -> None:
        """The key figures' table as tall as its rows, wrapped at its columns' widths."""
        table = self.figures
        table.resizeRowsToContents()
        height = table.horizontalHeader().sizeHint().height() + 2 * table.frameWidth()
        height += sum(table.rowHeight(row) for row in range(table.rowCount()))
        if table.horizontalHeader().length() > table.viewport().width() + 1:
            height += table.horizontalScrollBar().sizeHint().height()
        table.setFixedHeight(height)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            QTimer.singleShot(0, self, self._fit_figures)  # once every cell has the new font (not after the dialog is gone)

    def _fit_rows(self) -> None:
        if not self._fitting:
            self._fitting = True
            QTimer.singleShot(0, self, self._fit_rows_now)

    def _fit_rows_now(self) -> None:
        self._fitting = False
        self.changes.resizeRowsToContents()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        self._fit_figures()
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
