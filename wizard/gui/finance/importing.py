"""Bringing a team's spreadsheet in: yearly lines or funding sources from an .xlsx or .csv file.

The core does the work (:mod:`wizard.finance.importer`: ``read_table -> make_preview -> apply``); this
module asks for the file, reads it off the GUI thread (:mod:`wizard.gui.tasks`), and shows the
preview in a dialog:

- which column of the file goes to which field, guessed from the headers and changeable;
- the rows as they will come in, numbers shown in the proposal's number locale;
- every bad cell by row and column as the file numbers them ("row 7, column C (Capex): the capex must
  be a number"); while there is one, nothing can be brought in;
- whether the rows replace the table's rows or are added after them.

Nothing changes until the team confirms; then the whole import is one undo step ("Import 18 yearly
lines from model.xlsx").  A hostile or huge file (zip bomb, macros, external links, over 20 MB) is
refused whole, with the importer's one message, and nothing changes.
"""

from __future__ import annotations

import typing
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from wizard import fields
from wizard.finance import importer
from wizard.gui import language
from wizard.gui.coretexts import say
from wizard.gui.language import QT_TRANSLATE_NOOP, fill, translate
from wizard.gui.steps import entry
from wizard.gui.tables import columns
from wizard.gui.tasks import Outcome, TaskState, run_in_background

if typing.TYPE_CHECKING:
    from wizard.gui.document import ProposalDocument

#: What each kind of import brings in: the table it fills, and how a count of its rows is said (one, many).
KINDS = {
    "lines": ("finance.lines", QT_TRANSLATE_NOOP("Import", "%1 yearly line"), QT_TRANSLATE_NOOP("Import", "%1 yearly lines")),
    "funding": ("finance.funding", QT_TRANSLATE_NOOP("Import", "%1 funding source"),
                QT_TRANSLATE_NOOP("Import", "%1 funding sources")),
}
#: The file dialog's title for each kind.
ASK_TITLES = {"lines": QT_TRANSLATE_NOOP("Import", "Import yearly lines from a spreadsheet"),
              "funding": QT_TRANSLATE_NOOP("Import", "Import funding sources from a spreadsheet")}
#: The file dialog's filter: each kind's name (translated when shown) and its patterns (never translated:
#: Qt reads them between ASCII brackets).
FILE_FILTER = ((QT_TRANSLATE_NOOP("Import", "Spreadsheets"), "*.xlsx *.csv"), (QT_TRANSLATE_NOOP("Import", "Excel workbooks"), "*.xlsx"),
               (QT_TRANSLATE_NOOP("Import", "CSV files"), "*.csv"))


def file_filter() -> str:
    """:data:`FILE_FILTER` as a Qt file dialog reads it, the names in the interface's language."""
    return ";;".join(f"{translate('Import', name)} ({patterns})" for name, patterns in FILE_FILTER)
LEAVE_OUT = QT_TRANSLATE_NOOP("Import", "(not brought in)")
#: At most this many rows are shown in the preview table (all of them come in; the count says so).
PREVIEW_ROWS = 400
PROBLEM_COLOUR = "#B3261E"


def rows_word(kind: str, count: int) -> str:
    """'1 yearly line', '18 yearly lines' in the interface's language."""
    _pattern, one, many = KINDS[kind]
    return fill(translate("Import", one if count == 1 else many), language.number(count))


class ImportDialog(QDialog):
    """The preview of a spreadsheet before it comes in (see the module docstring)."""

    def __init__(self, table: importer.Table, kind: str, locale: str, existing: int,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.table = table
        self.kind = kind
        #: The proposal's number locale (QWidget.locale() is Qt's own).
        self.number_locale = locale  # how the team's file writes text numbers; the preview shows the window's
        self.existing = existing
        self.pattern = KINDS[kind][0]
        self.setObjectName("import_dialog")
        self.setWindowTitle(fill(translate("Import", "Import yearly lines from %1") if kind == "lines"
                                 else translate("Import", "Import funding sources from %1"), table.source))
        self.preview = importer.make_preview(table, kind, locale=locale)
        self.mapping: dict[int, str] = dict(self.preview.mapping)
        model = importer.KINDS[kind]
        #: Field name -> its title, in the model's order.
        self.field_titles = {name: columns.title(info.title or name) for name, info in model.model_fields.items()}
        # Everything but the buttons scrolls when the screen is short (presentation mode's large text at
        # 1366x768): nothing is squeezed until it cannot be read, and Import and Cancel stay in view.
        outer = QVBoxLayout(self)
        self.body_scroll = QScrollArea(self)
        self.body_scroll.setObjectName("import_body")
        self.body_scroll.setWidgetResizable(True)
        self.body_scroll.setFrameShape(QFrame.Shape.NoFrame)
        body = QWidget(self.body_scroll)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(0, 0, 0, 0)
        self.body_scroll.setWidget(body)
        outer.addWidget(self.body_scroll, 1)

        self.summary = QLabel(self)
        self.summary.setObjectName("summary")
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)

        # Which column goes where.
        columns_box = QGroupBox(translate("Import", "Columns of the file and the fields they fill"), self)
        columns_box.setObjectName("mapping_box")
        # Two columns of the file to a line when there are many, so the rows below keep their room.
        form = QGridLayout(columns_box)
        pairs = 2 if len(self.preview.headers) > 4 else 1
        for pair in range(pairs):
            form.setColumnStretch(pair * 2 + 1, 1)
        form.setHorizontalSpacing(10)
        self.column_boxes: list[QComboBox] = []
        for index, header in enumerate(self.preview.headers):
            combo = QComboBox(columns_box)
            combo.setObjectName(f"column_{index}")
            combo.addItem(translate("Import", LEAVE_OUT), None)
            for name, title in self.field_titles.items():
                combo.addItem(title, name)
            combo.setCurrentIndex(max(combo.findData(self.mapping.get(index)), 0))
            shown = header or fill(translate("Import", "(column %1 has no heading)"), language.number(index + 1))
            combo.setAccessibleName(fill(translate("Import", "Field for the column %1"), shown))
            combo.currentIndexChanged.connect(lambda _i, at=index: self._on_mapping_changed(at))
            label = QLabel(shown, columns_box)
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setBuddy(combo)
            label.setWordWrap(True)
            row, pair = divmod(index, pairs)
            form.addWidget(label, row, pair * 2)
            form.addWidget(combo, row, pair * 2 + 1)
            self.column_boxes.append(combo)
        layout.addWidget(columns_box)

        self.rows_label = QLabel(self)
        self.rows_label.setObjectName("rows_label")
        self.rows_label.setTextFormat(Qt.TextFormat.PlainText)
        self.rows_label.setWordWrap(True)
        layout.addWidget(self.rows_label)
        self.table_view = QTableWidget(self)
        self.table_view.setObjectName("preview")
        self.table_view.setAccessibleName(translate("Import", "Rows as they will come in"))
        self.table_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table_view.setWordWrap(False)
        # Room for a few rows however many columns the file has.
        self.table_view.setMinimumHeight(self.table_view.horizontalHeader().sizeHint().height()
                                         + 5 * self.table_view.verticalHeader().defaultSectionSize() + 20)
        layout.addWidget(self.table_view, 1)

        self.problems = QLabel(self)
        self.problems.setObjectName("problems")
        self.problems.setTextFormat(Qt.TextFormat.PlainText)
        self.problems.setWordWrap(True)
        self.problems.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                              | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.problems.setStyleSheet(f"color: {PROBLEM_COLOUR};")
        layout.addWidget(self.problems)

        self.replace_button: QRadioButton | None = None
        self.append_button: QRadioButton | None = None
        if existing:
            where = QGroupBox(translate("Import", "Where the rows go"), self)
            where_layout = QVBoxLayout(where)
            self.replace_button = QRadioButton(fill(translate("Import", "&Replace the %1 now in the proposal"),
                                                    rows_word(kind, existing)), where)
            self.append_button = QRadioButton(translate("Import", "A&dd them after the rows now in the proposal"), where)
            self.replace_button.setObjectName("replace")
            self.append_button.setObjectName("append")
            self.replace_button.setChecked(True)
            where_layout.addWidget(self.replace_button)
            where_layout.addWidget(self.append_button)
            layout.addWidget(where)

        self.buttons = QDialogButtonBox(self)
        self.import_button: QPushButton = self.buttons.addButton(translate("Import", "&Import"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_button.setObjectName("import")
        self.import_button.setDefault(True)
        cancel = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(translate("Questions", "Cancel"))  # Qt's own is not translated into every language we speak
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        outer.addWidget(self.buttons)
        self._show_preview()
        screen = (parent.screen() if parent is not None else self.screen()).availableGeometry()
        wanted = body.sizeHint().height() + self.buttons.sizeHint().height() + 40
        self.resize(min(960, screen.width() - 40), min(max(wanted, 620), screen.height() - 60))

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        self.activateWindow()
        focus = self.import_button if self.import_button.isEnabled() else (self.column_boxes[0] if self.column_boxes else None)
        if focus is not None:
            focus.setFocus(Qt.FocusReason.ActiveWindowFocusReason)

    # --- the mapping ----------------------------------------------------------------------------------

    def set_column(self, index: int, field: str | None) -> None:
        """Send the file's column ``index`` to ``field`` (None leaves it out), as choosing it in its box does."""
        box = self.column_boxes[index]
        box.setCurrentIndex(max(box.findData(field), 0))

    def _on_mapping_changed(self, index: int) -> None:
        field = self.column_boxes[index].currentData()
        if field is None:
            self.mapping.pop(index, None)
        else:
            self.mapping[index] = field
        # A field takes one column.  A field chosen for two columns is said, not silently taken from the
        # other column (stepping through a box with the arrow keys would otherwise undo other choices).
        self.preview = importer.make_preview(self.table, self.kind, self._first_of_each(), locale=self.number_locale)
        self._show_preview()

    def _first_of_each(self) -> dict[int, str]:
        used: dict[int, str] = {}
        for index, field in sorted(self.mapping.items()):
            if field not in used.values():
                used[index] = field
        return used

    def duplicates(self) -> list[str]:
        """One sentence for each field chosen for more than one column."""
        out = []
        for field in dict.fromkeys(self.mapping.values()):
            named = [self.preview.headers[i] or fill(translate("Import", "column %1"), language.number(i + 1))
                     for i, f in sorted(self.mapping.items()) if f == field]
            if len(named) > 1:
                out.append(fill(translate("Import", "%1 is chosen for %2 columns (%3): leave out all but one"),
                                self.field_titles[field], language.number(len(named)), ", ".join(named)))
        return out

    # --- the preview ----------------------------------------------------------------------------------

    def _show_preview(self) -> None:
        preview = self.preview
        count = len(preview.rows)
        source = fill(translate("Import", "%1, sheet '%2'"), preview.source, preview.sheet) if preview.sheet else preview.source
        layout = (translate("Import", "one row per year") if preview.layout == "rows" and self.kind == "lines"
                  else translate("Import", "one row per source") if preview.layout == "rows"
                  else translate("Import", "years across, one row per line"))
        summary = fill(translate("Import", "%1: %2. Choose the field each column fills; nothing changes in the proposal "
                                           "until you press Import."), source, layout)
        if preview.unmapped:
            summary += " " + fill(translate("Import", "Left out (no field chosen): %1."), ", ".join(preview.unmapped))
        self.summary.setText(summary)
        fields_shown = [name for name in self.field_titles if name in preview.mapping.values()]
        self.table_view.clear()
        self.table_view.setColumnCount(len(fields_shown))
        self.table_view.setHorizontalHeaderLabels([self.field_titles[name] for name in fields_shown])
        shown_rows = preview.rows[:PREVIEW_ROWS]
        self.table_view.setRowCount(len(shown_rows))
        row_label = translate("Import", "row %1")
        self.table_view.setVerticalHeaderLabels([fill(row_label, language.number(number)) for number, _values in shown_rows])
        for r, (_number, values) in enumerate(shown_rows):
            for c, name in enumerate(fields_shown):
                spec = fields.spec(f"{self.pattern}.{name}")
                value = values.get(name)
                try:
                    text = entry.text_from_value(spec, _model_value(spec, value), entry.window_locale())
                except (ValueError, ArithmeticError):
                    text = str(value)
                item = QTableWidgetItem(text)
                if spec.kind in ("int", "decimal"):
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table_view.setItem(r, c, item)
        self.table_view.resizeColumnsToContents()
        self.table_view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        what, first = rows_word(self.kind, count), language.number(PREVIEW_ROWS)
        if preview.problems:
            said = (translate("Import", "%1 of the file can be read (the first %2 shown); nothing comes in until the cells "
                                        "named below are corrected:") if count > PREVIEW_ROWS
                    else translate("Import", "%1 of the file can be read; nothing comes in until the cells named below "
                                             "are corrected:"))
        else:
            said = (translate("Import", "%1 will come in (the first %2 shown):") if count > PREVIEW_ROWS
                    else translate("Import", "%1 will come in:"))
        self.rows_label.setText(fill(said, what, first))
        problems = preview.problems
        twice = self.duplicates()
        lines = [fill(translate("Import", "• %1."), sentence) for sentence in twice]
        if problems:
            n = len(problems)
            lines.insert(0, fill(translate("Import", "%1 cell must be corrected in the file (or another field chosen for its "
                                                     "column) before anything can come in:") if n == 1
                                 else translate("Import", "%1 cells must be corrected in the file (or another field chosen for "
                                                          "their column) before anything can come in:"), language.number(n)))
            lines += [f"• {say(problem.said())}" for problem in problems]
        self.problems.setText("\n".join(lines))
        self.problems.setVisible(bool(lines))
        ok = not problems and not twice and count > 0
        self.import_button.setEnabled(ok)
        self.import_button.setText(fill(translate("Import", "&Import %1"), rows_word(self.kind, count)) if ok
                                   else translate("Import", "&Import"))
        if not count and not problems and not twice:
            self.problems.setText(translate("Import", "No row of the file holds anything for the chosen fields."))
            self.problems.setVisible(True)

    def replaces(self) -> bool:
        """True when the rows are to replace the table's rows (the choice offered when it has some)."""
        return self.append_button is None or not self.append_button.isChecked()

    def rows(self) -> list[typing.Any]:
        """The new rows (the importer's ``apply``); ImportRefused while a cell is bad."""
        return importer.apply(self.preview)


def _model_value(spec: fields.FieldSpec, value: typing.Any) -> typing.Any:
    """A previewed value as the model will hold it (Decimal or int for numbers), for showing it."""
    from decimal import Decimal

    if spec.kind == "decimal" and value is not None and not isinstance(value, Decimal):
        return Decimal(str(value))
    if spec.kind == "int" and value is not None and not isinstance(value, int):
        return int(Decimal(str(value)))
    return value


class SpreadsheetImport(QObject):
    """Brings a spreadsheet into one table of the document: ask, read off the GUI thread, preview, apply.

    ``ask_path`` and ``warn`` are how it asks for the file and says why a file was refused (replaced in
    tests); ``done`` tells the page what happened, in a sentence for its status line.
    """

    done = Signal(str)

    def __init__(self, doc: "ProposalDocument", parent_widget: QWidget,
                 ask_path: Callable[[str], Path | None], warn: Callable[[str, str], None]) -> None:
        super().__init__(parent_widget)
        self.doc = doc
        self.parent_widget = parent_widget
        self.ask_path = ask_path
        self.warn = warn
        self.dialog: ImportDialog | None = None
        self.reading: Path | None = None

    def start(self, kind: str, path: Path | None = None) -> bool:
        """Ask for a file (unless ``path`` is given) and read it in the background; False if nothing starts."""
        if self.doc.is_read_only():
            self.warn(translate("Import", "Read-only"),
                      fill(translate("Import", "This proposal is open read-only: %1"), self.doc.read_only_reason))
            return False
        if self.reading is not None:
            return False
        if path is None:
            path = self.ask_path(translate("Import", ASK_TITLES[kind]))
            if path is None:
                return False
        self.reading = path
        self.done.emit(fill(translate("Import", "Reading %1..."), path.name))
        run_in_background(_read(path), lambda outcome: self._on_read(kind, path, outcome), lane="work",
                          context=self)
        return True

    def _on_read(self, kind: str, path: Path, outcome: Outcome[importer.Table]) -> None:
        self.reading = None
        try:
            table = outcome.result()
            dialog = ImportDialog(table, kind, entry.files_locale(self.doc.proposal), len(self.doc.get(KINDS[kind][0])),
                                  self.parent_widget)
        except importer.ImportRefused as refusal:
            self.done.emit(fill(translate("Import", "%1 was not brought in."), path.name))
            self.warn(translate("Import", "The spreadsheet was not brought in"),
                      fill(translate("Import", "%1 Nothing in the proposal was changed."),
                           say(refusal.said) if refusal.said is not None else str(refusal)))
            return
        self.dialog = dialog
        dialog.accepted.connect(lambda: self.apply(dialog))
        dialog.finished.connect(lambda _result: self._closed(dialog))
        dialog.open()

    def _closed(self, dialog: ImportDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None
            if dialog.result() != QDialog.DialogCode.Accepted:
                self.done.emit(translate("Import", "Nothing was brought in."))
        dialog.deleteLater()

    def apply(self, dialog: ImportDialog) -> bool:
        """Put the previewed rows into the proposal as one undo step; False (and why) if they cannot go in."""
        from wizard.gui.document import FieldRefused

        pattern = KINDS[dialog.kind][0]
        try:
            new = dialog.rows()
        except importer.ImportRefused as refusal:
            self.warn(translate("Import", "The spreadsheet was not brought in"), str(refusal))
            return False
        current = list(self.doc.get(pattern))
        rows = new if dialog.replaces() else current + new
        what = rows_word(dialog.kind, len(new))
        title = fill(translate("Import", "Import %1 from %2") if dialog.replaces() or not current
                     else translate("Import", "Add %1 from %2"), what, dialog.table.source)
        try:
            self.doc.set_field(pattern, rows, title, merge=False)
        except FieldRefused as refusal:
            self.warn(translate("Import", "The spreadsheet was not brought in"), refusal.message)
            return False
        # The keyboard goes on where the rows went: the table just filled.
        table = self.parent_widget.findChild(QWidget, pattern.replace(".", "__"))
        view = getattr(table, "view", None)
        if isinstance(view, QWidget):
            self.parent_widget.window().activateWindow()
            view.setFocus(Qt.FocusReason.OtherFocusReason)
        if dialog.replaces() and current:
            said = fill(translate("Import", "Brought in %1 from %2, replacing %3. Edit > Undo takes the import back."),
                        what, dialog.table.source, rows_word(dialog.kind, len(current)))
        else:
            said = fill(translate("Import", "Brought in %1 from %2. Edit > Undo takes the import back."), what, dialog.table.source)
        self.done.emit(said)
        return True


def _read(path: Path) -> Callable[[TaskState], importer.Table]:
    def work(_state: TaskState) -> importer.Table:
        return importer.read_table(path)

    return work
