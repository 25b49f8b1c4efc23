"""The Financial case page shows the whole finance pack live from the analysis (issue 15 item 3).

Everything shown is the analysis of the revision on screen, computed once: the page never computes the
case again; the tornado, scenarios and currency case are worked out with the analysis.  Charts carry
their figures in their accessible descriptions; the scenario switcher works by keyboard; the pack fits
a 1024-pixel-wide window and grows with presentation mode's text.
"""

from __future__ import annotations

import typing
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit
from pytestqt.qtbot import QtBot

from tests.gui_support import quiet_window
from wizard import figures as wording
from wizard import resources
from wizard.analysis import analyse
from wizard.gui.finance.page import FinancePage
from wizard.gui.finance.panel import FinanceFigures
from wizard.gui.window.mainwindow import MainWindow
from wizard.model import FundingSource

pytestmark = pytest.mark.gui
SAMPLES = resources.sample_names()


@pytest.fixture
def window(qtbot: QtBot, isolated_settings: Path, monkeypatch: pytest.MonkeyPatch) -> MainWindow:
    win = quiet_window(qtbot, monkeypatch)
    win.activateWindow()
    return win


def _panel(window: MainWindow, sample: str) -> FinanceFigures:
    assert window.open_sample(sample)
    window.go_to_step("finance")
    return typing.cast(FinancePage, window.pages["finance"]).figures


def _words(text: str) -> str:
    """What a label says, without the joiners and no-break spaces that keep its amounts on one line."""
    return text.replace("\u2060", "").replace("\u00a0", " ")


@pytest.mark.parametrize("sample", SAMPLES)
def test_the_page_shows_every_part_of_the_pack(window: MainWindow, qtbot: QtBot, sample: str) -> None:
    panel = _panel(window, sample)
    analysis = window.analysis.current()
    # Numbers in the window's convention: the interface's (English here), not the proposal's number locale.
    pack = wording.finance_pack(window.doc.proposal.finance, analysis.finance, "en")
    for key, title, text in pack.figures:
        label = panel.findChild(QLabel, f"figure_{key}")
        assert label is not None and label.isVisibleTo(window) and _words(label.text()) == _words(text), key
        assert label.accessibleName() == title
    for key in ("equity_irr", "equity_npv", "dscr_min", "dscr_average"):
        assert panel.findChild(QLabel, f"figure_{key}").isVisibleTo(window)
    assert [_words(v.text) for v in pack.verdicts if v.fails] == [line[2:] for line in _words(panel.failing.text()).splitlines()]
    assert ([_words(v.text) for v in pack.verdicts if not v.fails]
            == [line[2:] for line in _words(panel.holding.text()).splitlines()])
    assert panel.break_even.rowCount() == 3
    assert panel.dscr_chart.isVisibleTo(window) and panel.dscr_chart.accessibleDescription() == pack.dscr.description
    assert panel.tornado_chart.isVisibleTo(window)
    assert panel.tornado_chart.accessibleDescription() == pack.tornado.description
    unmoved = [f"{bar.label}: {bar.note}." for bar in pack.tornado.bars if bar.note]
    assert unmoved and panel.tornado_notes.text() == "\n".join(unmoved)  # interest rates, in every sample
    assert panel.tornado_notes.isVisibleTo(window)
    assert panel.scenario_box.count() == 1 + len(window.doc.proposal.finance.scenarios)
    assert panel.scenario_table.columnCount() == 1 + panel.scenario_box.count()
    assert panel.sources_table.isVisibleTo(window)
    sources = {panel.sources_table.item(r, 0).text() for r in range(panel.sources_table.rowCount())}
    assert {f.name for f in window.doc.proposal.finance.funding} <= sources
    assert panel.balance.text() == pack.sources_uses.balance


def test_the_page_computes_nothing_of_its_own(window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    import importlib

    from wizard import analysis as analysis_module

    # The package re-exports its structure() function under the module's name: reach the module itself.
    _structure = importlib.import_module("wizard.finance._structure")

    panel = _panel(window, "lumara-transit")
    computes: list[int] = []
    details: list[int] = []
    real_compute = analysis_module.finance.compute
    real_figures = _structure._figures

    def compute(*args: typing.Any, **kwargs: typing.Any) -> typing.Any:
        computes.append(1)
        return real_compute(*args, **kwargs)

    def case_figures(*args: typing.Any, **kwargs: typing.Any) -> typing.Any:
        details.append(1)
        return real_figures(*args, **kwargs)

    monkeypatch.setattr(analysis_module.finance, "compute", compute)
    monkeypatch.setattr(_structure, "_figures", case_figures)
    rate = typing.cast(QLineEdit, window.pages["finance"].binder.bindings["finance.discount_rate_pct"].widget)
    rate.setFocus()
    rate.selectAll()
    qtbot.keyClicks(rate, "12")
    qtbot.keyClick(rate, Qt.Key.Key_Return)
    npv = panel.findChild(QLabel, "figure_npv")
    qtbot.waitUntil(lambda: "12.0%" in panel.findChild(QLabel, "figure_title_npv").text(), timeout=10_000)
    assert computes == [1]  # one computation for the one revision
    worked_out = len(details)
    assert worked_out > 0
    # Showing the analysis again (the page shown anew, a scenario chosen) computes nothing more.
    panel.refresh()
    panel.scenario_box.setCurrentIndex(1)
    window.go_to_step("vision")
    window.go_to_step("finance")
    assert computes == [1] and len(details) == worked_out
    assert "IDR" in npv.text()


def test_figures_follow_an_edit_and_failing_cases_appear(window: MainWindow, qtbot: QtBot) -> None:
    panel = _panel(window, "lumara-transit")
    assert not any("falls below the lenders' minimum" in line for line in panel.failing.text().splitlines())
    box = typing.cast(QLineEdit, window.pages["finance"].binder.bindings["finance.min_dscr"].widget)
    box.setFocus()
    box.selectAll()
    qtbot.keyClicks(box, "1.6")
    qtbot.keyClick(box, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "The DSCR falls below the lenders' minimum of 1.60x" in panel.failing.text(), timeout=10_000)
    assert panel.dscr_chart.data is not None and panel.dscr_chart.data.below
    assert "below it in" in panel.dscr_chart.accessibleDescription()


def test_unbalanced_sources_and_uses_are_flagged(window: MainWindow, qtbot: QtBot) -> None:
    panel = _panel(window, "song-an-flood")
    assert not panel.balance.text().startswith("✗")
    window.doc.insert_row("finance.funding", len(window.doc.proposal.finance.funding),
                          FundingSource(name="Bridge grant", amount=Decimal("500000000000"), instrument="grant"))
    window.refresh_analysis()
    qtbot.waitUntil(lambda: panel.balance.text().startswith("✗ Sources and uses do not balance"), timeout=10_000)
    assert "color" in panel.balance.styleSheet()
    total = panel.sources_table.rowCount() - 1
    assert panel.sources_table.item(total, 0).text() == "Total sources"
    assert panel.sources_table.item(total, 2).background().color().name() != "#000000"
    assert "Sources and uses do not balance" in panel.failing.text()


def test_the_scenario_switcher_works_by_keyboard(window: MainWindow, qtbot: QtBot) -> None:
    panel = _panel(window, "lumara-transit")
    table = panel.pack.scenarios
    assert panel.scenario_box.currentData() == "base"
    assert panel.scenario_description.text() == "Base case: The numbers as entered."
    panel.scenario_box.setFocus()
    qtbot.keyClick(panel.scenario_box, Qt.Key.Key_Down)
    assert panel.scenario_box.currentData() == "scenario_0"
    assert panel.scenario_description.text().startswith("Low case: Ridership 15% under forecast")
    low = dict(table.figures_of("scenario_0"))
    assert f"The NPV is: {low['The NPV is']}" in panel.scenario_figures.text()
    assert "(NPV negative)" in panel.scenario_box.currentText()
    assert low["Equity IRR"] in panel.scenario_box.accessibleDescription()
    # The choice survives a refresh of the figures.
    window.doc.set_field("finance.tax_rate_pct", Decimal("25"), "Profit tax rate (%)")
    window.refresh_analysis()
    qtbot.waitUntil(lambda: "25" in str(window.doc.proposal.finance.tax_rate_pct))
    panel.refresh()
    assert panel.scenario_box.currentData() == "scenario_0"


def test_without_named_scenarios_the_page_says_how_to_add_them(window: MainWindow, qtbot: QtBot) -> None:
    panel = _panel(window, "prey-meas-lighting")
    window.doc.set_field("finance.scenarios", [], "Scenarios", merge=False)
    window.refresh_analysis()
    qtbot.waitUntil(lambda: panel.scenario_box.count() == 1)
    assert panel.scenario_hint.isVisibleTo(window) and "low and a high case" in panel.scenario_hint.text()


def test_the_pack_fits_a_1024_window_and_grows_in_presentation_mode(window: MainWindow, qtbot: QtBot) -> None:
    window.resize(1024, 768)
    panel = _panel(window, "lumara-transit")
    QApplication.processEvents()
    scroll = window.scrolls["finance"]
    assert panel.width() <= scroll.viewport().width()
    assert panel.minimumSizeHint().width() <= scroll.viewport().width()
    # Every table shows all its rows without scrolling.
    for table in (panel.break_even, panel.scenario_table, panel.sources_table):
        assert table.verticalScrollBar().maximum() == 0
    heights = (panel.dscr_chart.height(), panel.tornado_chart.height())
    window.presentation.toggle()
    try:
        QApplication.processEvents()
        assert panel.dscr_chart.height() > heights[0] and panel.tornado_chart.height() > heights[1]
        for table in (panel.break_even, panel.scenario_table, panel.sources_table):
            assert table.verticalScrollBar().maximum() == 0
        # Tornado labels fit their column: the widest driver name is drawn whole.
        metrics = panel.tornado_chart.fontMetrics()
        widest = max(metrics.horizontalAdvance(bar.label) for bar in panel.tornado_chart.data.bars)
        assert widest + 10 <= panel.tornado_chart.width() * 0.3
    finally:
        window.presentation.toggle()


def test_text_the_fonts_cannot_draw_is_noted_at_its_field_and_under_its_table(window: MainWindow, qtbot: QtBot) -> None:
    assert window.open_sample("lumara-transit")
    window.go_to_step("vision")
    window.doc.set_field("vision.statement", window.doc.proposal.vision.statement + " 🚌", "Vision")
    window.go_to_step("problem")
    window.doc.set_field("problem.kpis[0].name", "교통 지연", "KPI")
    window.refresh_analysis()
    vision = window.pages["vision"].binder.bindings["vision.statement"]
    # Readiness's own finding sits at the first such field and names them all: said once there.
    assert vision.note.count("cannot draw") == 1 and "Vision statement: emoji 🚌" in vision.note
    editor = window.pages["problem"].binder.tables["problem.kpis"]
    note = typing.cast(typing.Any, editor).note
    assert note.isVisibleTo(window)
    # Under the table's other notes (readiness findings about its rows show there too since they name rows).
    assert any(line.startswith("Row 1, KPI: The bundled fonts cannot draw the Korean (Hangul) characters here")
               for line in note.text().splitlines())
    window.doc.undo_stack.undo()
    window.refresh_analysis()
    assert not note.isVisibleTo(window) or "cannot draw" not in note.text()


def test_analysis_notes_name_each_uncovered_field() -> None:
    from wizard import projectfile

    proposal = projectfile.load(resources.sample_path("song-an-flood")).proposal
    proposal.japan.technologies_sought = "Pumps ⛽ and sensors"
    proposal.vision.citizen_benefits = ["Dry streets", "Fewer floods 🌧"]
    analysis = analyse(proposal)
    notes = analysis.notes()
    # Each field is told once: where readiness's finding sits, by it alone; elsewhere by the field's note.
    for path, text in notes.items():
        assert text.count("cannot draw") <= 1, path
    said_by_readiness = {i.path for i in analysis.items if i.rule == "writing.undrawable"}
    assert said_by_readiness and "japan.technologies_sought" not in said_by_readiness
    assert "emoji characters here (⛽)" in notes["japan.technologies_sought"]
    # Many characters: the first six, and how many more (never an ellipsis).
    from wizard.analysis import uncovered_note
    from wizard.textcheck import uncovered_text

    proposal.japan.technologies_sought = "Pumps ⛽🌧🚌🚍🚲🛵🚆🚇"
    found = next(u for u in uncovered_text(proposal) if u.field == "japan.technologies_sought")
    note = uncovered_note(found)[1]
    assert "(⛽, 🌧, 🚌, 🚍, 🚲, 🛵 and 2 more)" in note and "..." not in note
    # A line of a one-item-per-line field is named in its own note; here readiness's finding about the
    # line (it names every such field) sits at the field, so it alone tells.
    found = next(u for u in uncovered_text(proposal) if u.field == "vision.citizen_benefits[1]")
    assert uncovered_note(found) == ("vision.citizen_benefits",
                                     "Line 2: The bundled fonts cannot draw the emoji characters here (🌧): "
                                     "the PDF export refuses this text until they are removed or replaced.")
    assert notes["vision.citizen_benefits"].count("cannot draw") == 1 and "🌧" in notes["vision.citizen_benefits"]


def test_the_finance_detail_is_worked_out_only_while_the_page_is_shown(window: MainWindow, qtbot: QtBot) -> None:
    panel = _panel(window, "song-an-flood")
    assert window.analysis.finance_detail
    window.go_to_step("risks")
    assert not window.analysis.finance_detail  # other steps never pay for the tornado and scenarios
    window.doc.set_field("finance.tax_rate_pct", Decimal("21"), "Profit tax rate (%)")
    window.refresh_analysis()
    window.go_to_step("finance")
    assert window.analysis.finance_detail
    assert panel.tornado_chart.data is not None and panel.scenario_table.columnCount() == 5


def test_a_readiness_finding_on_a_table_row_shows_under_the_table(window: MainWindow, qtbot: QtBot) -> None:
    assert window.open_sample("lumara-transit")
    window.go_to_step("risks")
    window.doc.set_field("risks[0].mitigation", "", "Mitigation")
    window.refresh_analysis()
    assert any(i.path == "risks[0].mitigation" and i.rule for i in window.analysis.latest.items)
    editor = window.pages["risks"].binder.tables["risks"]
    note = typing.cast(typing.Any, editor).note
    assert note.isVisibleTo(window)
    assert "Risks without a mitigation: 1 of" in note.text() and "(row 1)" in note.text()
    window.doc.undo_stack.undo()
    window.refresh_analysis()
    assert not note.isVisibleTo(window)
