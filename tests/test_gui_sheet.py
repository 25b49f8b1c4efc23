"""Tables that behave like a spreadsheet (issue 16, item 1): key sequences as a user types them.

Keys go to the widget that has the keyboard focus (``QApplication.focusWidget()``), as a keyboard
does: a test never hands a key to a widget the user could not be typing into.
"""

from __future__ import annotations

import typing
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QAbstractItemView, QApplication, QComboBox, QLineEdit, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from tests.gui_support import quiet_window
from wizard.gui.tables.listeditor import REFUSED_COLOUR, ListEditor
from wizard.gui.window.mainwindow import MainWindow
from wizard.model import Instrument, PartnerStatus, PartnerType

pytestmark = pytest.mark.gui


@pytest.fixture
def window(qtbot: QtBot, isolated_settings: Path, monkeypatch: pytest.MonkeyPatch) -> MainWindow:
    win = quiet_window(qtbot, monkeypatch)
    win.activateWindow()
    return win


def table(window: MainWindow, step: str, pattern: str) -> ListEditor:
    window.go_to_step(step)
    editor = typing.cast(ListEditor, window.pages[step].binder.tables[pattern])
    assert editor.model is not None
    return editor


def focus() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has the keyboard focus"
    return widget


def type_keys(qtbot: QtBot, text: str) -> None:
    """Type ``text`` key by key into whatever has the focus (the focus may move while typing)."""
    for char in text:
        qtbot.keyClicks(focus(), char)


def press(qtbot: QtBot, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.keyClick(focus(), key, modifier)


def editing(editor: ListEditor) -> bool:
    return editor.view.state() == QAbstractItemView.State.EditingState


def current(editor: ListEditor) -> tuple[int, int]:
    index = editor.view.currentIndex()
    return index.row(), index.column()


# --- Tab, Shift+Tab, Enter ------------------------------------------------------------------------


def test_tab_wraps_to_the_next_row_and_adds_one_after_the_last(window: MainWindow, qtbot: QtBot) -> None:
    # Milestone, Year, What is delivered, Kind of step (the deck's delivery timeline added the last).
    editor = table(window, "implementation", "implementation.milestones")
    editor.view.setFocus()
    press(qtbot, Qt.Key.Key_Insert)
    assert editing(editor) and current(editor) == (0, 0)
    type_keys(qtbot, "Tender")
    press(qtbot, Qt.Key.Key_Tab)
    type_keys(qtbot, "2027")
    press(qtbot, Qt.Key.Key_Tab)
    type_keys(qtbot, "Contract signed")
    press(qtbot, Qt.Key.Key_Tab)
    assert current(editor) == (0, 3)  # the kind, left open
    # Tab in the last cell of the last row: a new row, and the cursor in its first cell.
    press(qtbot, Qt.Key.Key_Tab)
    assert current(editor) == (1, 0) and editing(editor)
    type_keys(qtbot, "Works")
    press(qtbot, Qt.Key.Key_Tab)
    type_keys(qtbot, "2029")
    press(qtbot, Qt.Key.Key_Return)
    milestones = window.doc.proposal.implementation.milestones
    assert [(m.name, m.year, m.description) for m in milestones] == [
        ("Tender", 2027, "Contract signed"),  # the first cell was never overwritten
        ("Works", 2029, ""),
    ]


def test_tab_without_editing_and_shift_tab_back_across_rows(window: MainWindow, qtbot: QtBot) -> None:
    window.open_sample("lumara-transit")
    editor = table(window, "problem", "problem.kpis")
    columns = editor.model.columnCount()  # type: ignore[union-attr]
    editor.view.setFocus()
    editor.view.setCurrentIndex(editor.model.index(0, columns - 1))  # type: ignore[union-attr]
    press(qtbot, Qt.Key.Key_Tab)
    assert current(editor) == (1, 0) and not editing(editor)
    press(qtbot, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert current(editor) == (0, columns - 1)
    # Shift+Tab in the first cell leaves the table instead of wrapping round it.
    editor.view.setCurrentIndex(editor.model.index(0, 0))  # type: ignore[union-attr]
    press(qtbot, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert focus() is not editor.view and not editor.view.isAncestorOf(focus())
    # Ctrl+Tab leaves it from any cell, forwards.
    editor.view.setFocus()
    editor.view.setCurrentIndex(editor.model.index(1, 2))  # type: ignore[union-attr]
    rows = editor.model.rowCount()  # type: ignore[union-attr]
    press(qtbot, Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)
    assert focus() is not editor.view and not editor.view.isAncestorOf(focus())
    assert editor.model.rowCount() == rows  # type: ignore[union-attr]


def test_tab_leaves_a_table_without_rows(window: MainWindow, qtbot: QtBot) -> None:
    editor = table(window, "implementation", "implementation.milestones")
    editor.view.setFocus()
    press(qtbot, Qt.Key.Key_Tab)
    assert focus() is not editor.view
    assert window.doc.proposal.implementation.milestones == []


def test_enter_moves_down(window: MainWindow, qtbot: QtBot) -> None:
    window.open_sample("lumara-transit")
    editor = table(window, "problem", "problem.kpis")
    baseline = [c.pattern for c in editor.model.columns].index("problem.kpis.baseline")  # type: ignore[union-attr]
    editor.view.setFocus()
    editor.view.setCurrentIndex(editor.model.index(0, baseline))  # type: ignore[union-attr]
    type_keys(qtbot, "42")
    press(qtbot, Qt.Key.Key_Return)
    assert window.doc.proposal.problem.kpis[0].baseline == Decimal("42")
    assert current(editor) == (1, baseline) and not editing(editor)
    # Enter without typing moves down too; Shift+Enter moves up.
    press(qtbot, Qt.Key.Key_Return)
    assert current(editor) == (2, baseline)
    press(qtbot, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    assert current(editor) == (1, baseline)


# --- Add row ----------------------------------------------------------------------------------------


def test_add_row_by_keyboard_puts_the_cursor_in_the_new_rows_first_cell(window: MainWindow, qtbot: QtBot) -> None:
    editor = table(window, "problem", "problem.kpis")
    editor.add_button.setFocus()
    press(qtbot, Qt.Key.Key_Space)  # the button, pressed from the keyboard
    assert len(window.doc.proposal.problem.kpis) == 1
    assert editing(editor) and current(editor) == (0, 0)
    assert isinstance(focus(), QLineEdit) and editor.view.isAncestorOf(focus())
    # Spaces are typed into the cell, never pressing a button.
    type_keys(qtbot, "Peak hour delay")
    press(qtbot, Qt.Key.Key_Tab)
    assert window.doc.proposal.problem.kpis[0].name == "Peak hour delay"
    assert len(window.doc.proposal.problem.kpis) == 1
    assert window.undo_action.text() == "&Undo Edit KPI in row 1 of KPIs"
    window.doc.undo_stack.undo()
    assert window.undo_action.text() == "&Undo Add a row to KPIs"


# --- Paste --------------------------------------------------------------------------------------------


def _lines_table(window: MainWindow) -> ListEditor:
    editor = table(window, "finance", "finance.lines")
    editor.paste_text("2026\t100\t5\n2027\t200\t6\n").accept()  # type: ignore[union-attr]
    return editor


def test_paste_with_a_cell_selected_lands_from_the_first_column(window: MainWindow, qtbot: QtBot) -> None:
    editor = _lines_table(window)
    opex = [c.pattern for c in editor.model.columns].index("finance.lines.opex")  # type: ignore[union-attr]
    editor.view.setFocus()
    editor.view.setCurrentIndex(editor.model.index(0, opex))  # type: ignore[union-attr]
    QGuiApplication.clipboard().setText("2028\t300\t7\r\n2029\t400\t8\r\n2030\t500\t9\r\n")
    press(qtbot, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    dialog = editor.paste_dialog
    assert dialog is not None and dialog.isVisible()
    # A row is selected: the choice between adding and replacing, adding first (nothing is lost).
    assert dialog.append_button is not None and dialog.append_button.isChecked()
    assert dialog.where.text() == "They become rows 3 to 5, added after the last row."
    assert [dialog.preview.verticalHeaderItem(r).text() for r in range(3)] == ["3 (new)", "4 (new)", "5 (new)"]
    assert dialog.preview.horizontalHeaderItem(0).text() == "Year"
    assert dialog.preview.item(0, 0).text() == "2028"
    assert len(window.doc.proposal.finance.lines) == 2  # nothing before the preview is confirmed
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    press(qtbot, Qt.Key.Key_Return)
    lines = window.doc.proposal.finance.lines
    assert [(ln.year, ln.capex, ln.opex) for ln in lines] == [
        (2026, Decimal(100), Decimal(5)), (2027, Decimal(200), Decimal(6)),
        (2028, Decimal(300), Decimal(7)), (2029, Decimal(400), Decimal(8)), (2030, Decimal(500), Decimal(9)),
    ]
    assert window.undo_action.text() == "&Undo Paste 3 rows into Yearly cash flows"
    qtbot.waitUntil(lambda: QApplication.focusWidget() is editor.view)  # window activation is queued
    assert current(editor) == (2, 0)


def test_paste_can_replace_rows_from_the_selected_one(window: MainWindow, qtbot: QtBot) -> None:
    editor = _lines_table(window)
    editor.view.setFocus()
    editor.view.setCurrentIndex(editor.model.index(1, 2))  # type: ignore[union-attr]
    QGuiApplication.clipboard().setText("Year\tCapex\tOpex\n2031\t1,000\n2032\t2,000\t3\n")
    press(qtbot, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    dialog = editor.paste_dialog
    assert dialog is not None and dialog.replace_button is not None
    assert "repeats the column headings and is left out" in dialog.summary.text()
    dialog.replace_button.click()
    assert dialog.where.text() == "They become rows 2 to 3, replacing 1 row and adding 1."
    assert [dialog.preview.verticalHeaderItem(r).text() for r in range(2)] == ["2 (replaces)", "3 (new)"]
    before = window.doc.undo_stack.count()
    qtbot.mouseClick(dialog.paste_button, Qt.MouseButton.LeftButton)
    lines = window.doc.proposal.finance.lines
    # A replaced row is the pasted row, whole: its opex (not given) is cleared.
    assert [(ln.year, ln.capex, ln.opex) for ln in lines] == [
        (2026, Decimal(100), Decimal(5)), (2031, Decimal(1000), None), (2032, Decimal(2000), Decimal(3)),
    ]
    assert window.doc.undo_stack.count() == before + 1
    window.doc.undo_stack.undo()
    assert [(ln.year, ln.capex, ln.opex) for ln in window.doc.proposal.finance.lines] == [
        (2026, Decimal(100), Decimal(5)), (2027, Decimal(200), Decimal(6)),
    ]


def test_paste_preview_refuses_cells_by_row_and_column_until_confirmed(window: MainWindow, qtbot: QtBot) -> None:
    editor = table(window, "risks", "risks")
    editor.view.setFocus()
    QGuiApplication.clipboard().setText(
        "Political\tElection\t3\t4\tCross-party support\tCity government\n"
        "Weather\tFlood\t9\tlots\tRaised deck\tNobody\n"
    )
    press(qtbot, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    dialog = editor.paste_dialog
    assert dialog is not None
    assert dialog.append_button is None  # no row selected: the rows are added
    problems = dialog.problems.text()
    assert "4 cells do not fit their column" in problems
    assert "Row 2, Category: must be one of:" in problems
    assert "Row 2, Likelihood (1-5): must be between 1 and 5 (got '9')" in problems
    assert "Row 2, Impact (1-5): must be a whole number, written like 350,000 (got 'lots')" in problems
    assert "Row 2, Borne by: must be one of:" in problems
    item = dialog.preview.item(1, 2)
    assert item.foreground().color() == REFUSED_COLOUR and "between 1 and 5" in item.toolTip()
    assert dialog.preview.item(0, 2).foreground().color() != REFUSED_COLOUR
    assert window.doc.proposal.risks == []
    # Cancel: nothing at all happened.
    press(qtbot, Qt.Key.Key_Escape)
    assert window.doc.proposal.risks == [] and window.doc.undo_stack.count() == 0
    # Again, confirmed: the good cells are taken, the refused ones stay in red with their reasons.
    press(qtbot, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert editor.paste_dialog is not None
    editor.paste_dialog.accept()
    risks = window.doc.proposal.risks
    assert len(risks) == 2 and risks[1].description == "Flood" and risks[1].likelihood is None
    assert editor.model.index(1, 2).data() == "9"  # type: ignore[union-attr]
    assert "Row 2, Likelihood (1-5): must be between 1 and 5" in editor.status.text()
    assert window.doc.undo_stack.count() == 1


def test_one_value_pastes_into_the_current_cell(window: MainWindow, qtbot: QtBot) -> None:
    editor = _lines_table(window)
    editor.view.setFocus()
    editor.view.setCurrentIndex(editor.model.index(1, 1))  # type: ignore[union-attr]
    QGuiApplication.clipboard().setText("2,500\n")
    press(qtbot, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert window.doc.proposal.finance.lines[1].capex == Decimal(2500)
    assert window.undo_action.text() == "&Undo Paste into Capex in row 2 of Yearly cash flows"


# --- drop-down cells ------------------------------------------------------------------------------------


def test_dropdown_cells_keep_every_typed_character(window: MainWindow, qtbot: QtBot) -> None:
    editor = table(window, "japan", "japan.partners")  # Partner, Type, Contribution, Status
    editor.view.setFocus()
    press(qtbot, Qt.Key.Key_Insert)
    type_keys(qtbot, "Kobe Rail Systems")
    press(qtbot, Qt.Key.Key_Tab)
    type_keys(qtbot, "Japanese p")
    combo = focus().parentWidget() if not isinstance(focus(), QComboBox) else focus()
    assert isinstance(combo, QComboBox)
    assert combo.currentText().startswith("Japanese p")  # the space did not open the list
    press(qtbot, Qt.Key.Key_Tab)
    type_keys(qtbot, "Signalling and operations")
    press(qtbot, Qt.Key.Key_Tab)
    type_keys(qtbot, "in discussion")
    press(qtbot, Qt.Key.Key_Return)
    partner = window.doc.proposal.japan.partners[0]
    assert partner.name == "Kobe Rail Systems"
    assert partner.partner_type is PartnerType.JAPANESE_AGENCY
    assert partner.contribution == "Signalling and operations"
    assert partner.status is PartnerStatus.IN_DISCUSSION


def test_dropdown_cell_refuses_text_that_names_no_choice(window: MainWindow, qtbot: QtBot) -> None:
    editor = table(window, "finance", "finance.funding")
    instrument = [c.pattern for c in editor.model.columns].index("finance.funding.instrument")  # type: ignore[union-attr]
    editor.view.setFocus()
    press(qtbot, Qt.Key.Key_Insert)
    press(qtbot, Qt.Key.Key_Escape)
    editor.view.setCurrentIndex(editor.model.index(0, instrument))  # type: ignore[union-attr]
    type_keys(qtbot, "Swap")
    press(qtbot, Qt.Key.Key_Return)
    assert window.doc.proposal.finance.funding[0].instrument is None
    assert editor.model.index(0, instrument).data() == "Swap"  # type: ignore[union-attr]
    assert "must be one of: Grant" in editor.status.text()
    # A unique start of a choice is that choice.
    editor.view.setCurrentIndex(editor.model.index(0, instrument))  # type: ignore[union-attr]
    type_keys(qtbot, "conc")
    press(qtbot, Qt.Key.Key_Return)
    assert window.doc.proposal.finance.funding[0].instrument is Instrument.CONCESSIONAL_LOAN
    assert "not yet valid" not in editor.status.text()


# --- columns ----------------------------------------------------------------------------------------------


def _text_fits(editor: ListEditor, column: int, text: str) -> bool:
    """Whether a cell of ``column`` shows ``text`` whole (Qt keeps 3 px of margin each side of item text)."""
    return editor.view.columnWidth(column) >= editor.view.fontMetrics().horizontalAdvance(text) + 6


def test_columns_are_sized_from_content(window: MainWindow, qtbot: QtBot) -> None:
    partners = table(window, "japan", "japan.partners")
    kind = [c.pattern for c in partners.model.columns].index("japan.partners.partner_type")  # type: ignore[union-attr]
    assert _text_fits(partners, kind, "Multilateral institution")  # the longest choice, before any row
    lines = table(window, "finance", "finance.lines")
    lines.paste_text("2026\t2000000000.50\n").accept()  # type: ignore[union-attr]
    assert lines.model.index(0, 1).data() == "2,000,000,000.50"  # type: ignore[union-attr]
    assert _text_fits(lines, 1, "2,000,000,000.50")
    lines.view.setFocus()
    lines.view.setCurrentIndex(lines.model.index(0, 2))  # type: ignore[union-attr]
    type_keys(qtbot, "1234567890123.5")
    press(qtbot, Qt.Key.Key_Return)
    assert lines.model.index(0, 2).data() == "1,234,567,890,123.5"  # type: ignore[union-attr]
    assert _text_fits(lines, 2, "1,234,567,890,123.5")  # widened as the longer value came in


def test_column_widths_set_by_hand_are_remembered(window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    editor = table(window, "risks", "risks")
    header = editor.view.horizontalHeader()
    header.resizeSection(1, 333)  # as a drag on the heading's edge does
    second = quiet_window(qtbot, monkeypatch)
    again = table(second, "risks", "risks")
    assert again.view.columnWidth(1) == 333
    assert again.view.columnWidth(0) == editor.view.columnWidth(0)


# --- messages, clearing, keys ---------------------------------------------------------------------------


def test_messages_under_a_table_clear_when_the_cell_is_fixed(window: MainWindow, qtbot: QtBot) -> None:
    editor = table(window, "implementation", "implementation.milestones")
    editor.view.setFocus()
    press(qtbot, Qt.Key.Key_Insert)
    type_keys(qtbot, "Tender")
    press(qtbot, Qt.Key.Key_Tab)
    type_keys(qtbot, "20300")
    press(qtbot, Qt.Key.Key_Return)
    assert "Row 1, Year: must be a year between" in editor.status.text()
    assert "(got '20300')" in editor.status.text()
    assert editor.model.index(0, 1).data(Qt.ItemDataRole.ToolTipRole).startswith("<qt>Not yet valid:")  # type: ignore[union-attr]
    editor.view.setCurrentIndex(editor.model.index(0, 1))  # type: ignore[union-attr]
    type_keys(qtbot, "2030")
    press(qtbot, Qt.Key.Key_Return)
    assert window.doc.proposal.implementation.milestones[0].year == 2030
    assert "20300" not in editor.status.text() and "not yet valid" not in editor.status.text()
    assert not editor.status.isVisible() or "Row 1" not in editor.status.text()


def test_refused_cells_follow_their_rows(window: MainWindow, qtbot: QtBot) -> None:
    editor = table(window, "implementation", "implementation.milestones")
    editor.paste_text("A\t2027\nB\tsoon\nC\t2029\n").accept()  # type: ignore[union-attr]
    assert editor.model.index(1, 1).data() == "soon"  # type: ignore[union-attr]
    editor.view.setFocus()
    editor.view.setCurrentIndex(editor.model.index(0, 0))  # type: ignore[union-attr]
    press(qtbot, Qt.Key.Key_Delete, Qt.KeyboardModifier.ControlModifier)  # remove row 1
    assert editor.model.index(0, 1).data() == "soon"  # type: ignore[union-attr]
    assert "Row 1, Year: must be a year" in editor.status.text()


def test_delete_clears_a_cell_as_one_named_step(window: MainWindow, qtbot: QtBot) -> None:
    editor = _lines_table(window)
    editor.view.setFocus()
    editor.view.setCurrentIndex(editor.model.index(0, 1))  # type: ignore[union-attr]
    press(qtbot, Qt.Key.Key_Delete)
    assert window.doc.proposal.finance.lines[0].capex is None
    assert len(window.doc.proposal.finance.lines) == 2
    assert window.undo_action.text() == "&Undo Clear Capex in row 1 of Yearly cash flows"


def test_ctrl_z_in_a_cell_with_nothing_typed_undoes_the_last_edit(window: MainWindow, qtbot: QtBot) -> None:
    editor = table(window, "problem", "problem.kpis")
    editor.view.setFocus()
    press(qtbot, Qt.Key.Key_Insert)
    assert editing(editor)
    press(qtbot, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.doc.proposal.problem.kpis == []


def test_table_buttons_name_their_table(window: MainWindow) -> None:
    editor = table(window, "problem", "problem.kpis")
    for button in editor.findChildren(QPushButton):
        assert button.accessibleName().endswith("KPIs"), button.text()
        assert button.focusPolicy() & Qt.FocusPolicy.TabFocus
    assert "Ctrl+Tab leaves the table" in editor.view.accessibleDescription()



def test_columns_follow_a_larger_font(window: MainWindow, qtbot: QtBot) -> None:
    window.open_sample("lumara-transit")
    editor = table(window, "problem", "problem.kpis")
    window.presentation_action.trigger()  # View > Presentation mode: larger text for a projector
    model = editor.model
    assert model is not None

    def all_fit() -> bool:
        metrics = editor.view.fontMetrics()
        for column in range(model.columnCount()):
            widest = max(metrics.horizontalAdvance(str(model.index(r, column).data() or "")) for r in range(model.rowCount()))
            # Whole, or as wide as the limit for this text size allows (the limit grows with the text).
            limit = round(320 * editor.widths.scale())  # type: ignore[union-attr]
            if editor.view.columnWidth(column) < min(widest + 6, limit):
                return False
        return True

    qtbot.waitUntil(all_fit)
    assert editor.widths is not None and editor.widths.scale() > 1.3
    window.presentation_action.trigger()
    qtbot.waitUntil(lambda: editor.widths is not None and editor.widths.scale() == 1.0)


def test_a_refused_or_unchanged_paste_into_a_cell_leaves_no_empty_undo_step(window: MainWindow, qtbot: QtBot) -> None:
    editor = _lines_table(window)
    editor.view.setFocus()
    editor.view.setCurrentIndex(editor.model.index(0, 1))  # type: ignore[union-attr]
    steps = window.doc.undo_stack.count()
    QGuiApplication.clipboard().setText("lots")
    press(qtbot, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert editor.model.index(0, 1).data() == "lots"  # type: ignore[union-attr]
    assert "Row 1, Capex: must be a number" in editor.status.text()
    QGuiApplication.clipboard().setText("100")  # what the cell's model value already is
    press(qtbot, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert editor.model.index(0, 1).data() == "100"  # type: ignore[union-attr]
    assert "not yet valid" not in editor.status.text()
    assert window.doc.undo_stack.count() == steps


def test_pasting_rows_that_are_already_there_changes_nothing(window: MainWindow) -> None:
    editor = _lines_table(window)
    steps = window.doc.undo_stack.count()
    editor.view.setCurrentIndex(editor.model.index(0, 0))  # type: ignore[union-attr]
    dialog = editor.paste_text("2026\t100\t5\n")
    assert dialog is not None and dialog.replace_button is not None
    dialog.replace_button.click()
    dialog.accept()
    assert window.doc.undo_stack.count() == steps
    assert "nothing changed" in editor.status.text()
