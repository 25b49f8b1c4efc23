"""Issue 20 leftovers at 1024x768 (wave 6): the export drop-downs after a change of text size, and the
Finance page's wide tables in long languages and presentation mode."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import typing
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QApplication, QTableWidget, QTableWidgetItem
from pytestqt.qtbot import QtBot

from tests.gui_support import figure_table, quiet_window
from wizard.gui import language

pytestmark = pytest.mark.gui


ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.slow
def test_export_format_shown_whole_after_leaving_presentation_mode_and_opening_another_sample() -> None:
    """en-XA at 1024x768, samples opened one after the other in one window (as the audit does with no sample
    named): back from presentation mode the Export form's label column is wider (it counts the language
    box's labels) and the format box, sized for 18 characters, cut its chosen entry (needs 303 px, shows
    277).  It now goes under its label and shows the entry whole."""
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    env.pop("QT_QPA_PLATFORM", None)
    result = subprocess.run(
        [sys.executable, "-m", "wizard.gui.window.audit", "--screen", "1024x768", "--presentation", "--json",
         "--lang", "en-XA", "lumara-transit", "prey-meas-lighting"],
        capture_output=True, text=True, timeout=900, env=env, cwd=ROOT)
    assert result.stdout.strip(), result.stderr[-3000:]
    report = json.loads(result.stdout.strip().splitlines()[-1])
    assert report["checked"] == ["lumara-transit-normal", "lumara-transit-presentation",
                                 "prey-meas-lighting-normal", "prey-meas-lighting-presentation"]
    assert report["problems"] == [] and result.returncode == 0


def test_export_box_never_widens_the_step_for_a_choice_wider_than_the_page(
        qtbot: QtBot, isolated_settings: Path, monkeypatch: pytest.MonkeyPatch, back_to_english: None) -> None:
    """The longest choice (the PowerPoint deck in en-XA) in presentation mode: elided, not a sideways scroll."""
    from wizard.gui.window import audit

    app = QApplication.instance()
    assert app is not None
    language.install(app, "en-XA")
    window = quiet_window(qtbot, monkeypatch)
    assert window.open_sample("lumara-transit")
    window.go_to_step("export")
    page = window.pages["export"]
    window.presentation.toggle()
    audit.settle(0.05)
    page.set_options(format="pptx")
    audit.settle(0.05)
    assert page.format_box.minimumWidth() <= page._form_room()
    # Nor do its buttons ('Export PowerPoint', 'Cancel export', 'Open the deck' wrap onto two lines).
    # (The export group asks no more than the page shows; on this small test screen other groups may.)
    assert page.export_group.minimumSizeHint().width() <= window.scrolls["export"].viewport().width()
    assert page.cancel_button.y() > page.button.y() or page.open_button.y() > page.button.y()
    for button in (page.button, page.cancel_button, page.open_button):
        assert audit._button_problem(button) == ""
    window.presentation.toggle()
    window.doc.undo_stack.setClean()


# --- the Finance page's tables ---------------------------------------------------------------------------

SOURCES_HEADINGS = ["Khoản mục", "Loại", "Số tiền", "Tỷ trọng"]
SOURCES = [
    ["Ministry of Transportation BRT support programme", "Viện trợ không hoàn lại hoặc ngân sách",
     "600.000.000.000 IDR", "16,2%"],
    ["JBIC, GREEN window", "Vốn vay", "1.150.000.000.000 IDR", "31,0%"],
    ["Tổng nguồn", "", "3.704.000.000.000 IDR", "100%"],
]
SCENARIO_HEADINGS = ["", "Phương án cơ sở", "Low case", "High case", "Rupiah stress"]
SCENARIOS = [
    ["NPV không tính giá trị cuối kỳ", "442,1bn IDR", "-993,2bn IDR", "1,1tn IDR", "442,1bn IDR"],
    ["NPV có tính giá trị cuối kỳ", "1,4tn IDR", "-233,3bn IDR", "2,2tn IDR", "1,4tn IDR"],
    ["IRR dự án", "11,5%", "5,0%", "14,4%", "11,5%"],
]


def _amounts_whole(table: QTableWidget, columns: typing.Iterable[int]) -> None:
    for row in range(table.rowCount()):
        for column in columns:
            item = table.item(row, column)
            if item is None or not item.text():
                continue
            needed = QFontMetrics(item.font()).horizontalAdvance(item.text())
            assert needed <= table.columnWidth(column), (row, column, item.text())


def test_sources_table_wraps_its_kind_column_instead_of_scrolling_sideways(qtbot: QtBot) -> None:
    """Vietnamese in presentation mode: the unwrapped 'Kind' column (245 px of 'Viện trợ không hoàn lại...')
    pushed the amounts out of sight.  Items and kinds wrap; amounts and shares stay whole on one line."""
    from wizard.gui.window import audit

    _holder, table = figure_table(qtbot, 560, 1.7)
    table.fill(SOURCES_HEADINGS, SOURCES, numeric_from=2, bold_rows=frozenset({2}), stretch=0, wrapping=frozenset({1}))
    kind = QFontMetrics(table.font()).horizontalAdvance(SOURCES[0][1])
    assert table.columnWidth(1) < kind  # it wraps
    assert table.horizontalHeader().length() <= table.viewport().width()
    assert table.horizontalScrollBar().maximum() == 0
    _amounts_whole(table, (2, 3))
    assert audit._table_problems(table) == []
    # Every row is shown whole (its wrapped lines).
    assert table.height() >= sum(table.rowHeight(r) for r in range(table.rowCount()))


def test_scenario_table_stacks_when_its_amounts_leave_no_room_for_their_titles(qtbot: QtBot) -> None:
    """Four cases' amounts side by side took all but a few letters of the page in presentation mode: the
    table shows one case under the other instead (its heading, then each figure beside its title), and
    side by side again when the page is wide enough.  (Stacked, it now has a heading row of its own: see
    test_stacked_scenarios_keep_what_the_side_by_side_headings_said.)"""
    from wizard.gui.window import audit

    holder, table = figure_table(qtbot, 600, 1.8)
    table.stackable = True
    table.fill(SCENARIO_HEADINGS, SCENARIOS, marked=frozenset({(0, 2), (1, 2)}), stretch=0)
    assert table.stacked
    assert table.columnCount() == 2
    assert table.horizontalScrollBar().maximum() == 0
    assert table.horizontalHeader().length() <= table.viewport().width()
    shown = [[table.item(r, c).text() for c in range(2)] for r in range(table.rowCount())]  # type: ignore[union-attr]
    # Every case's heading, then every figure of it beside its title: nothing dropped.
    expected: list[list[str]] = []
    for c in range(1, 5):
        expected.append([SCENARIO_HEADINGS[c], ""])
        expected += [[row[0], row[c]] for row in SCENARIOS]
    assert shown == expected
    low = [r for r, cells in enumerate(shown) if cells[0] == "Low case"][0]
    assert table.item(low, 0).font().bold()  # type: ignore[union-attr]
    assert table.item(low + 1, 1).background().color().name() != table.item(1, 1).background().color().name()  # type: ignore[union-attr]
    _amounts_whole(table, (1,))
    assert audit._table_problems(table) == []
    table.resize(1600, 200)
    table.fit()
    assert not table.stacked and table.columnCount() == 5
    assert table.horizontalHeader().isVisibleTo(holder)
    assert table.horizontalHeader().length() <= table.viewport().width()


def test_audit_finds_a_whole_table_that_scrolls_sideways_although_its_words_could_wrap(qtbot: QtBot) -> None:
    from wizard.gui.window import audit

    table = QTableWidget(1, 3)
    qtbot.addWidget(table)
    table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    table.setHorizontalHeaderLabels(["Item", "Kind", "Amount"])
    cells = ["Ministry of Transportation BRT support programme", "Grant or budget from the ministry", "600,000,000 IDR"]
    for column, text in enumerate(cells):
        table.setItem(0, column, QTableWidgetItem(text))
    table.item(0, 2).setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)  # type: ignore[union-attr]
    table.resize(420, 120)
    table.show()
    qtbot.waitExposed(table)
    table.resizeColumnsToContents()
    problems = audit._table_problems(table)
    assert any(p.startswith("scrolls sideways: ") for p in problems), problems
    # A table that scrolls sideways because a figure alone is wider than it is: nothing to find.
    table.item(0, 2).setText("9" * 120)  # type: ignore[union-attr]
    table.resizeColumnsToContents()
    assert not any(p.startswith("scrolls sideways") for p in audit._table_problems(table))
