"""Bringing a spreadsheet in from the wizard (issue 15 item 6): the file read off the GUI thread, a
column-mapping preview (guessed, editable), every bad cell by row and column, nothing applied until
the team confirms, one undo step; hostile or huge files refused with the importer's one message."""

from __future__ import annotations

import csv
import typing
import zipfile
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox
from pytestqt.qtbot import QtBot

from tests.gui_support import quiet_window
from wizard.gui.finance.importing import ImportDialog
from wizard.gui.finance.page import FinancePage
from wizard.gui.window.mainwindow import MainWindow
from wizard.model import REVENUE_FIELDS, YearLine

pytestmark = pytest.mark.gui

HEADERS = ["Year", "Capex", "Opex", *(YearLine.model_fields[name].title or name for name in REVENUE_FIELDS)]


@pytest.fixture
def window(qtbot: QtBot, isolated_settings: Path, monkeypatch: pytest.MonkeyPatch) -> MainWindow:
    win = quiet_window(qtbot, monkeypatch)
    win.activateWindow()
    return win


@pytest.fixture
def warnings(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    said: list[tuple[str, str]] = []
    monkeypatch.setattr(FinancePage, "warn", lambda self, title, text: said.append((title, text)))
    return said


def _page(window: MainWindow) -> FinancePage:
    window.go_to_step("finance")
    return typing.cast(FinancePage, window.pages["finance"])


def _indonesian(value: Decimal) -> str:
    """``value`` written the Indonesian way: 380.000.000.000, 8,5."""
    english = f"{value:,.0f}" if value == value.to_integral_value() else f"{value:,f}".rstrip("0")
    return english.replace(",", "\0").replace(".", ",").replace("\0", ".")


def _lines_csv(window: MainWindow, path: Path, *, locale_text: bool = False) -> Path:
    """The open proposal's yearly lines as a team's CSV (plain numbers, or grouped Indonesian-style)."""
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle, delimiter=";" if locale_text else ",")
        writer.writerow(HEADERS)
        for line in window.doc.proposal.finance.lines:
            values = [line.capex, line.opex, *(getattr(line, name) for name in REVENUE_FIELDS)]
            texts = [(_indonesian(v) if locale_text else f"{v:f}") if v is not None else "" for v in values]
            writer.writerow([line.year, *texts])
    return path


def _dialog(page: FinancePage, qtbot: QtBot) -> ImportDialog:
    qtbot.waitUntil(lambda: page.importer.dialog is not None, timeout=10_000)
    dialog = page.importer.dialog
    assert dialog is not None and dialog.isVisible()
    return dialog


def test_a_sample_s_lines_round_trip_through_the_import_as_one_undo_step(window: MainWindow, qtbot: QtBot,
                                                                         tmp_path: Path) -> None:
    assert window.open_sample("song-an-flood")
    before = [line.model_copy() for line in window.doc.proposal.finance.lines]
    path = _lines_csv(window, tmp_path / "model.csv")
    window.doc.set_field("finance.lines", before[:3], "Keep three lines", merge=False)  # the team's draft
    page = _page(window)
    assert page.import_spreadsheet("lines", path)
    dialog = _dialog(page, qtbot)
    # The columns were guessed from the headings; nothing has changed yet.
    assert [dialog.column_boxes[i].currentData() for i in range(3)] == ["year", "capex", "opex"]
    assert len(window.doc.proposal.finance.lines) == 3
    assert dialog.problems.isHidden() and dialog.import_button.isEnabled()
    assert dialog.import_button.text() == f"&Import {len(before)} yearly lines"
    assert dialog.replace_button is not None and dialog.replace_button.isChecked()
    # Ten columns map two to a line, so the rows keep room for five or more and the dialog fits the screen.
    assert len(dialog.column_boxes) == 10
    assert dialog.column_boxes[1].y() == dialog.column_boxes[0].y() < dialog.column_boxes[2].y()
    assert dialog.table_view.height() >= 5 * dialog.table_view.verticalHeader().defaultSectionSize()
    assert dialog.height() <= dialog.screen().availableGeometry().height()
    # The preview shows the numbers in the window's convention (the English interface's), not the
    # proposal's number locale (Vietnamese).
    assert dialog.table_view.item(0, 1).text() == f"{before[0].capex:,.0f}"
    qtbot.keyClick(dialog.import_button, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.importer.dialog is None)
    assert window.doc.proposal.finance.lines == before
    assert window.undo_action.text() == f"&Undo Import {len(before)} yearly lines from model.csv"
    window.doc.undo_stack.undo()
    assert len(window.doc.proposal.finance.lines) == 3


def test_every_bad_cell_is_listed_and_nothing_comes_in_until_it_is_fixed(window: MainWindow, qtbot: QtBot,
                                                                        tmp_path: Path) -> None:
    assert window.open_sample("lumara-transit")
    before = list(window.doc.proposal.finance.lines)
    path = tmp_path / "bad.csv"
    path.write_text("Year,Capex,Investment cost,Opex\n2027,lots,5,10\n2028,20,6,-3\n2029,30,7,40\n", encoding="utf-8")
    page = _page(window)
    page.import_spreadsheet("lines", path)
    dialog = _dialog(page, qtbot)
    text = dialog.problems.text()
    assert dialog.problems.isVisibleTo(dialog) and not dialog.import_button.isEnabled()
    assert "row 2, column 2 (Capex): the capex must be a number: 'lots' is not a number; write it like" in text
    # The rows that read well are not said to come in while a cell is bad; the button offers no count.
    assert dialog.rows_label.text().startswith("1 yearly line of the file can be read; nothing comes in")
    assert dialog.import_button.text() == "&Import"
    assert "row 3, column 4 (Opex): the opex must be at least 0" in text
    assert "Investment cost" in dialog.summary.text()  # an unknown heading is named as left out
    # The team chooses: capex comes from "Investment cost", and the "Capex" column is left out.
    dialog.set_column(2, "capex")
    assert "Capex is chosen for 2 columns (Capex, Investment cost): leave out all but one." in dialog.problems.text()
    assert not dialog.import_button.isEnabled()
    dialog.set_column(1, None)
    assert "chosen for 2 columns" not in dialog.problems.text()
    assert "column 2" not in dialog.problems.text()
    assert "row 3, column 4 (Opex)" in dialog.problems.text() and not dialog.import_button.isEnabled()
    dialog.set_column(3, None)  # leave the opex out too
    assert dialog.problems.isHidden() and dialog.import_button.isEnabled()
    dialog.reject()
    qtbot.waitUntil(lambda: page.importer.dialog is None)
    assert window.doc.proposal.finance.lines == before  # cancelled: nothing changed


def test_the_mapping_is_chosen_by_keyboard(window: MainWindow, qtbot: QtBot, tmp_path: Path) -> None:
    assert window.open_sample("prey-meas-lighting")
    path = tmp_path / "plan.csv"
    path.write_text("Year,Investment cost,Opex\n2027,100,10\n2028,200,20\n", encoding="utf-8")
    page = _page(window)
    page.import_spreadsheet("lines", path)
    dialog = _dialog(page, qtbot)
    box: QComboBox = dialog.column_boxes[1]
    assert box.currentData() is None
    box.setFocus()
    for _ in range(box.findData("capex")):
        qtbot.keyClick(box, Qt.Key.Key_Down)
    assert box.currentData() == "capex"
    assert dialog.import_button.isEnabled()
    assert dialog.append_button is not None
    dialog.append_button.setChecked(True)
    dialog.import_button.setFocus()
    qtbot.keyClick(dialog.import_button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: page.importer.dialog is None)
    lines = window.doc.proposal.finance.lines
    assert [(line.year, line.capex) for line in lines[-2:]] == [(2027, Decimal("100")), (2028, Decimal("200"))]
    assert window.undo_action.text() == "&Undo Add 2 yearly lines from plan.csv"


def test_numbers_in_the_proposal_s_number_locale_come_in(window: MainWindow, qtbot: QtBot, tmp_path: Path) -> None:
    """The team's file is read in the proposal's number format (Indonesian: 380.000.000.000 and 8,5); the
    preview shows what was read in the window's convention (English here)."""
    assert window.open_sample("lumara-transit")
    window.doc.set_field("finance.lines", [line.model_copy(update={"opex": Decimal("8.5")}) if i == 0 else line
                                           for i, line in enumerate(window.doc.proposal.finance.lines)],
                         "A decimal", merge=False)
    before = [line.model_copy() for line in window.doc.proposal.finance.lines]
    path = _lines_csv(window, tmp_path / "rupiah.csv", locale_text=True)
    page = _page(window)
    page.import_spreadsheet("lines", path)
    dialog = _dialog(page, qtbot)
    assert dialog.problems.isHidden()
    assert dialog.table_view.item(0, 1).text() == f"{before[0].capex:,.0f}"
    dialog.accept()
    assert window.doc.proposal.finance.lines == before


def test_funding_sources_come_in_from_the_menu(window: MainWindow, qtbot: QtBot, tmp_path: Path,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    assert window.open_sample("song-an-flood")
    path = tmp_path / "funders.csv"
    path.write_text("Funder,Amount,Instrument,Interest rate,Tenor\nCity bank,1000000,Loan,7.5,10\n", encoding="utf-8")
    monkeypatch.setattr(FinancePage, "ask_import_path", lambda self, what: path)
    window.go_to_step("vision")
    window.import_funding_action.trigger()
    assert window.current_step() == "finance"
    page = _page(window)
    dialog = _dialog(page, qtbot)
    assert dialog.windowTitle() == "Import funding sources from funders.csv"
    dialog.accept()
    funding = window.doc.proposal.finance.funding
    assert len(funding) == 1 and funding[0].name == "City bank" and funding[0].tenor_years == 10


def _macro_workbook(path: Path) -> Path:
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("xl/workbook.xml", "<workbook/>")
        archive.writestr("xl/vbaProject.bin", b"\0" * 64)
    return path


def test_hostile_files_are_refused_with_one_message_and_change_nothing(window: MainWindow, qtbot: QtBot, tmp_path: Path,
                                                                       warnings: list[tuple[str, str]]) -> None:
    assert window.open_sample("lumara-transit")
    before = list(window.doc.proposal.finance.lines)
    page = _page(window)
    for path, said in ((_macro_workbook(tmp_path / "macro.xlsx"), "contains macros"),
                       (tmp_path / "notes.txt", "only .xlsx and .csv"),
                       (tmp_path / "missing.csv", "could not be read")):
        if path.suffix == ".txt":
            path.write_text("x", encoding="utf-8")
        warnings.clear()
        assert page.import_spreadsheet("lines", path)
        qtbot.waitUntil(lambda: bool(warnings), timeout=10_000)
        assert len(warnings) == 1 and said in warnings[0][1] and "Nothing in the proposal was changed" in warnings[0][1]
        assert page.importer.dialog is None
    assert window.doc.proposal.finance.lines == before
    assert window.doc.undo_stack.count() == 0


def test_the_window_keeps_drawing_while_a_large_file_is_read(window: MainWindow, qtbot: QtBot, tmp_path: Path) -> None:
    assert window.open_sample("lumara-transit")
    path = tmp_path / "long.csv"
    rows = ["Year,Capex,Opex"] + [f"{1900 + (i % 250)},{i},{i}" for i in range(4000)]
    path.write_text("\n".join(rows), encoding="utf-8")
    page = _page(window)
    page.import_spreadsheet("lines", path)
    assert page.importer.reading == path  # read in the background: the call returned at once
    QApplication.processEvents()
    dialog = _dialog(page, qtbot)
    assert dialog.rows_label.text().startswith("4,000 yearly lines will come in (the first 400 shown)")
    dialog.reject()


def test_a_read_only_proposal_takes_no_import(window: MainWindow, qtbot: QtBot, tmp_path: Path,
                                              warnings: list[tuple[str, str]]) -> None:
    assert window.open_sample("lumara-transit")
    window.doc.set_read_only("opened by someone else")
    page = _page(window)
    assert not page.import_lines_button.isEnabled()
    assert not page.import_spreadsheet("lines", tmp_path / "x.csv")
    assert warnings and "read-only" in warnings[0][1]


def test_in_presentation_mode_the_preview_scrolls_rather_than_squeezing(window: MainWindow, qtbot: QtBot,
                                                                       tmp_path: Path) -> None:
    assert window.open_sample("lumara-transit")
    path = _lines_csv(window, tmp_path / "model.csv")
    window.presentation.toggle()
    try:
        page = _page(window)
        page.import_spreadsheet("lines", path)
        dialog = _dialog(page, qtbot)
        qtbot.waitUntil(lambda: dialog.column_boxes[0].height() > 0)
        # Shorter than the contents at this text size (fonts differ between machines: under X at 1366x768
        # the 16-point text needed more than the screen; here the dialog is made short enough that it must).
        dialog.resize(960, 540)
        qtbot.waitUntil(lambda: dialog.height() <= 540)
        # Every column's box keeps the height its (larger) text needs; Import and Cancel stay on the dialog.
        for box in dialog.column_boxes:
            assert box.height() >= box.sizeHint().height(), box.objectName()
        assert dialog.rect().contains(dialog.import_button.geometry().translated(dialog.buttons.pos()))
        assert dialog.height() <= dialog.screen().availableGeometry().height()
        dialog.reject()
        qtbot.waitUntil(lambda: page.importer.dialog is None)
    finally:
        window.presentation.toggle()
