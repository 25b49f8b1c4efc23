"""Tables of rows: add, remove, move with buttons and keys; paste from a spreadsheet, bad cells reported."""

from __future__ import annotations

import typing
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QAbstractItemView, QApplication, QLineEdit
from pytestqt.qtbot import QtBot

from wizard import paths
from wizard import fields
from wizard.gui.tables.listeditor import PICKED_COLUMNS, REFUSED_COLOUR, ListEditor
from tests.gui_support import quiet_window
from wizard.gui.window.mainwindow import MainWindow

pytestmark = pytest.mark.gui


@pytest.fixture
def window(qtbot: QtBot, isolated_settings: Path, monkeypatch: pytest.MonkeyPatch) -> MainWindow:
    return quiet_window(qtbot, monkeypatch)


def tables(window: MainWindow) -> list[tuple[str, str, ListEditor]]:
    out = []
    for step_id, page in window.pages.items():
        for pattern, editor in page.binder.tables.items():
            out.append((step_id, pattern, typing.cast(ListEditor, editor)))
    return out


def good_text(spec: fields.FieldSpec, row: int) -> str:
    if spec.kind == "int":
        if spec.is_year:  # a calendar year (a tenor or a delay in years is a small count)
            return str(2030 + row)
        return "3"
    if spec.kind == "decimal":
        # Percentages are bounded (0-100, or -100 to 1,000 for a change): give them one they accept.
        return "1,500.25" if _accepts(spec, Decimal("1500.25")) else "12.25"
    if spec.kind == "choice":
        assert spec.enum is not None
        return list(spec.enum)[row % len(spec.enum)].label
    if spec.kind == "bool":
        return "yes"
    return f"cell {row} {spec.title}"


def _accepts(spec: fields.FieldSpec, value: object) -> bool:
    table, name = spec.pattern.rsplit(".", 1)
    row_model = fields.spec(table).row_model
    assert row_model is not None
    try:
        setattr(row_model(), name, value)
    except ValueError:
        return False
    return True


def bad_text(spec: fields.FieldSpec) -> str | None:
    return {"int": "soon", "decimal": "lots", "choice": "no such choice"}.get(spec.kind)


#: Tables of the model with no row editor: acknowledgements (given on the Review page), and the team's
#: slide-title overrides (a fixed row per main-line slide in the Export step's table of slide titles,
#: wizard.gui.export.titles, tested in tests/test_gui_slide_titles.py; no rows are added, pasted or moved).
NO_TABLE_YET = {"acknowledgements", "slide_titles"}


def test_every_table_is_found(window: MainWindow) -> None:
    found = {pattern for _s, pattern, _e in tables(window)}
    assert found == set(fields.table_patterns()) - NO_TABLE_YET


@pytest.mark.parametrize("pattern", sorted(set(fields.table_patterns()) - NO_TABLE_YET))
def test_paste_a_block_with_bad_cells(window: MainWindow, qtbot: QtBot, pattern: str) -> None:
    step_id, _p, editor = next(t for t in tables(window) if t[1] == pattern)
    window.go_to_step(step_id)
    assert editor.model is not None
    columns = editor.model.columns
    bad_column = next((c for c, spec in enumerate(columns) if bad_text(spec) is not None), None)
    rows = []
    for r in range(3):
        cells = [good_text(spec, r) for spec in columns]
        if r == 1 and bad_column is not None:
            cells[bad_column] = typing.cast(str, bad_text(columns[bad_column]))
        rows.append("\t".join(cells))
    QGuiApplication.clipboard().setText("\r\n".join(rows) + "\r\n")
    editor.view.setFocus()
    before = window.doc.undo_stack.count()
    qtbot.keyClick(editor.view, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    # Nothing changes before the preview is confirmed (issue 16); then the rows land from column one.
    dialog = editor.paste_dialog
    assert dialog is not None and dialog.isVisible()
    assert paths.get(window.doc.proposal, pattern) == []
    qtbot.mouseClick(dialog.paste_button, Qt.MouseButton.LeftButton)
    values = paths.get(window.doc.proposal, pattern)
    assert len(values) == 3
    for r in range(3):
        for c, spec in enumerate(columns):
            value = paths.get(window.doc.proposal, editor.model.cell_path(r, c))
            if spec.pattern in PICKED_COLUMNS:
                # Filled by a picker, never typed or pasted: refused with the reason.
                assert fields.is_blank(value)
                assert PICKED_COLUMNS[spec.pattern] in editor.status.text()
            elif r == 1 and c == bad_column:
                assert fields.is_blank(value)
                # The refused text stays visible in its cell, in red, with the reason.
                index = editor.model.index(r, c)
                assert index.data() == bad_text(spec)
                assert index.data(Qt.ItemDataRole.ForegroundRole).color() == REFUSED_COLOUR
                assert "must be" in index.data(Qt.ItemDataRole.ToolTipRole)
                assert index.data(Qt.ItemDataRole.ToolTipRole).startswith("<qt>")
            else:
                expected = fields.from_text(spec, good_text(spec, r))
                if spec.kind == "decimal":
                    expected = Decimal("1500.25") if _accepts(spec, Decimal("1500.25")) else Decimal("12.25")
                elif spec.kind == "int":
                    expected = int(typing.cast(str, expected))
                assert value == expected, (pattern, r, spec.pattern)
    status = editor.status.text()
    if any(spec.pattern in PICKED_COLUMNS for spec in columns):
        assert "3 cells left out" in status
    elif bad_column is not None:
        assert f"Row 2, {columns[bad_column].title}: " in status
        assert "1 cell not yet valid" in status and editor.status.isVisibleTo(window)
    else:
        assert "not yet valid" not in status and "left out" not in status
    # The whole paste is one undo step.
    assert window.doc.undo_stack.count() == before + 1
    window.doc.undo_stack.undo()
    assert paths.get(window.doc.proposal, pattern) == []
    assert editor.model.rowCount() == 0


def test_paste_beyond_the_last_column_is_reported(window: MainWindow) -> None:
    _s, _p, editor = next(t for t in tables(window) if t[1] == "implementation.milestones")
    # Milestone, Year, What is delivered, Kind of step: a fifth cell is past the last column.
    dialog = editor.paste_text("Tender\t2027\tContract signed\tConstruction\textra\n")
    assert dialog is not None and "past the last column" in dialog.summary.text()
    dialog.accept()
    assert window.doc.proposal.implementation.milestones[0].name == "Tender"
    assert "past the last column" in editor.status.text()


def test_rows_with_keyboard_and_buttons(window: MainWindow, qtbot: QtBot) -> None:
    window.go_to_step("risks")
    _s, _p, editor = next(t for t in tables(window) if t[1] == "risks")
    view = editor.view
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Insert)
    # A new row's first cell is open for typing (issue 16): Insert typed there adds the next row.
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Insert)
    qtbot.mouseClick(editor.add_button, Qt.MouseButton.LeftButton)
    assert len(window.doc.proposal.risks) == 3
    assert editor.current_row() == 2
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    # Type into the description cell of row 3 (editing starts on a key press), then move it up.
    view.setCurrentIndex(editor.model.index(2, 1))  # type: ignore[union-attr]
    qtbot.keyClicks(view, "C")
    assert view.state() == QAbstractItemView.State.EditingState
    cell_editor = view.viewport().findChild(QLineEdit)
    assert cell_editor is not None
    qtbot.keyClicks(cell_editor, "ontractor default")
    qtbot.keyClick(cell_editor, Qt.Key.Key_Return)
    # Qt commits a cell editor's data on Return through a queued call.
    qtbot.waitUntil(lambda: window.doc.proposal.risks[2].description == "Contractor default")
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(view, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    assert window.doc.proposal.risks[0].description == "Contractor default"
    assert editor.current_row() == 0
    qtbot.mouseClick(editor.down_button, Qt.MouseButton.LeftButton)
    assert window.doc.proposal.risks[1].description == "Contractor default"
    qtbot.keyClick(view, Qt.Key.Key_Delete, Qt.KeyboardModifier.ControlModifier)
    assert len(window.doc.proposal.risks) == 2
    assert all(r.description == "" for r in window.doc.proposal.risks)
    window.undo_action.trigger()
    assert window.doc.proposal.risks[1].description == "Contractor default"


def test_bad_cell_edit_keeps_text_and_undo_clears_it(window: MainWindow, qtbot: QtBot) -> None:
    window.go_to_step("risks")
    _s, _p, editor = next(t for t in tables(window) if t[1] == "risks")
    editor.add_row()
    model = editor.model
    assert model is not None
    likelihood = [c.pattern for c in model.columns].index("risks.likelihood")
    assert model.setData(model.index(0, likelihood), "9")
    assert window.doc.proposal.risks[0].likelihood is None
    assert model.index(0, likelihood).data() == "9"
    assert "between 1 and 5" in editor.status.text()
    assert model.setData(model.index(0, likelihood), "4")
    assert window.doc.proposal.risks[0].likelihood == 4
    assert model.index(0, likelihood).data() == "4"
    assert model.index(0, likelihood).data(Qt.ItemDataRole.ForegroundRole) is None


def test_review_jumps_to_a_table_cell(window: MainWindow) -> None:
    window.open_sample("lumara-transit")
    window.jump_to("problem", "problem.kpis[1].baseline_year")
    assert window.current_step() == "problem"
    editor = typing.cast(ListEditor, window.pages["problem"].binder.tables["problem.kpis"])
    index = editor.view.currentIndex()
    assert (index.row(), editor.model.columns[index.column()].pattern) == (1, "problem.kpis.baseline_year")  # type: ignore[union-attr]
