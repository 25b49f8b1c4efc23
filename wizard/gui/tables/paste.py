"""Pasting rows copied from a spreadsheet into a list table: plan, check, preview, then apply.

Rows always land from the table's first column, whichever cell is current.  :func:`plan_paste` reads
the clipboard's tab-separated lines (a first line that repeats the column headings is left out),
and checks every cell against its column with the same reading and the same model rules as typing
(:func:`check_cell`).  :class:`PasteDialog` shows where each pasted row will land, in which mode
(added after the last row, or replacing rows from the current one when a row is selected), and every
cell that does not fit, by row and column; nothing changes until the user confirms.  The list editor
then applies the plan as one undo step; refused cells keep their text, in red, as when typed.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from pydantic import BaseModel, ValidationError
from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QLabel,
    QPushButton,
    QRadioButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from wizard.gui.tables import columns
from wizard.gui.language import fill, number, translate
from wizard import fields, paths
from wizard.errors import problem_what
from wizard.gui.steps import entry

APPEND, REPLACE = "append", "replace"
REFUSED_COLOUR = QColor("#B3261E")
REFUSED_BACKGROUND = QColor("#FDECEA")


def split_rows(text: str) -> list[list[str]]:
    """Tab-separated lines as rows of cells; blank lines at the end are dropped."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    while lines and not lines[-1].strip():
        lines.pop()
    return [line.split("\t") for line in lines]


def is_heading(cells: list[str], columns: list[fields.FieldSpec]) -> bool:
    """Whether a pasted line repeats the table's column headings (copied along with the rows)."""
    titles = [c.title.strip().casefold() for c in columns]
    filled = [(i, cell.strip().casefold()) for i, cell in enumerate(cells) if cell.strip()]
    return bool(filled) and len(filled) * 2 >= min(len(cells), len(columns)) and all(
        i < len(titles) and cell == titles[i] for i, cell in filled
    )


def check_cell(row_model: type[BaseModel], spec: fields.FieldSpec, text: str, locale: str = "en",
               picked: dict[str, str] | None = None) -> str:
    """Why ``text`` would be refused in a cell of ``spec`` ("" when it fits), without changing anything.

    Reads the text as typing does (:mod:`wizard.gui.steps.entry`) and assigns it to a scratch row,
    so the model's own rules and words decide.
    """
    if picked and spec.pattern in picked:
        return picked[spec.pattern] if text.strip() else ""
    try:
        value = entry.value_from_text(spec, text, locale)
    except entry.EntryError as error:
        return error.message
    scratch = row_model()
    name = spec.pattern.rsplit(".", 1)[-1]
    try:
        paths.set(scratch, name, value)
    except ValidationError as exc:
        from wizard.gui.coretexts import say

        # What is wrong in the interface's language (wizard.errors.problem_what), as a typed value's refusal.
        reasons = [say(problem_what(error, row_model)) for error in exc.errors(include_url=False)]
        return "; ".join(reasons) or "this value is not valid"
    return ""


@dataclass
class PastePlan:
    """Pasted rows and where they land in a table of ``existing`` rows."""

    title: str
    columns: list[fields.FieldSpec]
    rows: list[list[str]]
    existing: int
    #: The row a replacing paste starts at (the current row), or None when only appending is offered.
    current: int | None
    mode: str = APPEND
    skipped_heading: bool = False
    #: Non-empty cells beyond the last column (left out).
    extra_columns: int = 0
    #: (pasted row, column) -> reason, for the cells that do not fit.
    problems: dict[tuple[int, int], str] = field(default_factory=dict)

    @property
    def start(self) -> int:
        """The table row the first pasted row lands in."""
        return self.current if self.mode == REPLACE and self.current is not None else self.existing

    def target(self, pasted_row: int) -> int:
        return self.start + pasted_row

    def replaces(self, pasted_row: int) -> bool:
        return self.mode == REPLACE and self.target(pasted_row) < self.existing

    def cell(self, pasted_row: int, column: int) -> str:
        cells = self.rows[pasted_row]
        return cells[column] if column < len(cells) else ""

    def problem_lines(self) -> list[str]:
        """Each refused cell as "Row 6, Baseline: reason", in table rows for the chosen mode."""
        return [
            fill(translate("PasteDialog", "Row %1, %2: %3"), number(self.target(r) + 1), columns.title(self.columns[c].title), reason)
            for (r, c), reason in sorted(self.problems.items())
        ]

    def where(self) -> str:
        """Where the rows land, in words: "rows 5 to 28 (new)"."""
        first, last = self.start + 1, self.start + len(self.rows)
        span = (fill(translate("PasteDialog", "row %1"), number(first)) if first == last
                else fill(translate("PasteDialog", "rows %1 to %2"), number(first), number(last)))
        if self.mode == APPEND:
            return fill(translate("PasteDialog", "%1, added after the last row"), span)
        replaced = min(last, self.existing) - first + 1
        added = len(self.rows) - replaced
        text = fill(translate("PasteDialog", "%1, replacing 1 row") if replaced == 1
                    else translate("PasteDialog", "%1, replacing %2 rows"), span, number(replaced))
        return fill(translate("PasteDialog", "%1 and adding %2"), text, number(added)) if added > 0 else text


def plan_paste(text: str, title: str, columns: list[fields.FieldSpec], row_model: type[BaseModel], existing: int,
               current: int | None, locale: str = "en", picked: dict[str, str] | None = None) -> PastePlan | None:
    """The plan for pasting ``text``; None when it holds no rows."""
    rows = split_rows(text)
    skipped = False
    if rows and is_heading(rows[0], columns):
        rows, skipped = rows[1:], True
    if not rows:
        return None
    plan = PastePlan(title, columns, rows, existing, current if current is not None and 0 <= current < existing else None,
                     skipped_heading=skipped)
    for r, cells in enumerate(rows):
        plan.extra_columns += sum(1 for cell in cells[len(columns):] if cell.strip())
        for c, spec in enumerate(columns):
            if c >= len(cells):
                continue
            reason = check_cell(row_model, spec, cells[c], locale, picked)
            if reason:
                plan.problems[(r, c)] = reason
    return plan


class PasteDialog(QDialog):
    """The preview of a paste: where the rows land, what does not fit; nothing applies before Paste."""

    plan_accepted = Signal(object)  # the PastePlan, with the mode chosen

    def __init__(self, plan: PastePlan, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.plan = plan
        count = len(plan.rows)
        self.setWindowTitle(fill(translate("PasteDialog", "Paste 1 row into %2") if count == 1
                                 else translate("PasteDialog", "Paste %1 rows into %2"), number(count), plan.title))
        self.setObjectName("paste_dialog")
        layout = QVBoxLayout(self)

        intro = [fill(translate("PasteDialog", "1 row from the clipboard, from the first column (%2).") if count == 1
                      else translate("PasteDialog", "%1 rows from the clipboard, from the first column (%2)."),
                      number(count), columns.title(plan.columns[0].title))]
        if plan.skipped_heading:
            intro.append(translate("PasteDialog", "The first line repeats the column headings and is left out."))
        if plan.extra_columns:
            intro.append(fill(translate("PasteDialog", "1 filled cell past the last column (%2) is left out.")
                              if plan.extra_columns == 1 else
                              translate("PasteDialog", "%1 filled cells past the last column (%2) are left out."),
                              number(plan.extra_columns), columns.title(plan.columns[-1].title)))
        self.summary = QLabel(" ".join(intro), self)
        self.summary.setObjectName("summary")
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)

        self.append_button: QRadioButton | None = None
        self.replace_button: QRadioButton | None = None
        if plan.current is not None:
            box = QGroupBox(translate("PasteDialog", "Where the rows go"), self)
            box_layout = QVBoxLayout(box)
            self.append_button = QRadioButton(translate("PasteDialog", "&Add them after the last row"), box)
            self.replace_button = QRadioButton(fill(translate("PasteDialog", "&Replace rows, starting at row %1 (the selected row)"),
                                                    number(plan.current + 1)), box)
            self.append_button.setObjectName("append")
            self.replace_button.setObjectName("replace")
            (self.replace_button if plan.mode == REPLACE else self.append_button).setChecked(True)
            box_layout.addWidget(self.append_button)
            box_layout.addWidget(self.replace_button)
            self.append_button.toggled.connect(self._on_mode)
            layout.addWidget(box)

        self.where = QLabel(self)
        self.where.setObjectName("where")
        self.where.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.where)

        self.preview = QTableWidget(len(plan.rows), len(plan.columns), self)
        self.preview.setObjectName("preview")
        self.preview.setAccessibleName(translate("PasteDialog", "Rows as they will be pasted"))
        self.preview.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.preview.setHorizontalHeaderLabels([columns.title(c.title) for c in plan.columns])
        self.preview.setWordWrap(False)
        for r in range(len(plan.rows)):
            for c in range(len(plan.columns)):
                item = QTableWidgetItem(plan.cell(r, c))
                if plan.columns[c].kind in ("int", "decimal"):
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                reason = plan.problems.get((r, c))
                if reason:
                    item.setForeground(QBrush(REFUSED_COLOUR))
                    item.setBackground(QBrush(REFUSED_BACKGROUND))
                    item.setToolTip(fields.tooltip(fill(translate("PasteDialog", "Does not fit: %1"), reason)))
                self.preview.setItem(r, c, item)
        self.preview.resizeColumnsToContents()
        for c in range(len(plan.columns)):
            self.preview.setColumnWidth(c, min(max(self.preview.columnWidth(c), 60), 260))
        layout.addWidget(self.preview, 1)

        self.problems = QLabel(self)
        self.problems.setObjectName("problems")
        self.problems.setTextFormat(Qt.TextFormat.PlainText)
        self.problems.setWordWrap(True)
        self.problems.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.problems.setStyleSheet(f"color: {REFUSED_COLOUR.name()};")
        layout.addWidget(self.problems)

        self.buttons = QDialogButtonBox(self)
        self.paste_button: QPushButton = self.buttons.addButton(
            fill(translate("PasteDialog", "&Paste 1 row") if count == 1 else translate("PasteDialog", "&Paste %1 rows"),
                 number(count)), QDialogButtonBox.ButtonRole.AcceptRole)
        self.paste_button.setObjectName("paste")
        self.paste_button.setDefault(True)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel).setText(translate("Questions", "Cancel"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.accepted.connect(lambda: self.plan_accepted.emit(self.plan))
        self._show_mode()
        self.resize(min(900, 120 + sum(self.preview.columnWidth(c) for c in range(len(plan.columns)))), 420)
        self.paste_button.setFocus()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        # Keys go to the preview at once (a window manager does this too; some platforms do not).
        self.activateWindow()
        self.paste_button.setFocus(Qt.FocusReason.ActiveWindowFocusReason)

    def _on_mode(self, _checked: bool) -> None:
        assert self.replace_button is not None
        self.plan.mode = REPLACE if self.replace_button.isChecked() else APPEND
        self._show_mode()

    def _show_mode(self) -> None:
        plan = self.plan
        self.where.setText(fill(translate("PasteDialog", "They become %1."), plan.where()))
        self.preview.setVerticalHeaderLabels([
            fill(translate("PasteDialog", "%1 (replaces)") if plan.replaces(r) else translate("PasteDialog", "%1 (new)"),
                 number(plan.target(r) + 1)) for r in range(len(plan.rows))
        ])
        lines = plan.problem_lines()
        if lines:
            n = len(lines)
            self.problems.setText(
                (translate("PasteDialog", "1 cell does not fit its column. Pasted, it stays in red and is not saved until "
                                          "corrected:") if n == 1 else
                 fill(translate("PasteDialog", "%1 cells do not fit their column. Pasted, they stay in red and are not saved "
                                               "until corrected:"), number(n)))
                + "\n" + "\n".join(lines)
            )
        self.problems.setVisible(bool(lines))
