"""Issue 20 layout leftovers (wave 7): the Export step's long choices, the stacked scenarios table's
headings, bold rows in the Finance tables at presentation mode's size, and the audit finding a drop-down
entry that would be cut once chosen."""

from __future__ import annotations

import typing
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QApplication, QComboBox, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from tests.gui_support import figure_table, quiet_window
from wizard.export import DATA_FORMAT_CHOICES, FORMAT_CHOICES, LABEL_CHOICES, PDF_VARIANT_CHOICES
from wizard.gui import language
from wizard.i18n import languages as langs

pytestmark = pytest.mark.gui

CORE_NAMES = [*FORMAT_CHOICES.values(), *DATA_FORMAT_CHOICES.values(), *LABEL_CHOICES.values(),
              *PDF_VARIANT_CHOICES.values()]


# --- the Export step's choices ------------------------------------------------------------------------------


def test_every_export_option_has_a_short_name_and_says_the_rest_under_the_box() -> None:
    from wizard.gui.export.page import CHOICE_PARTS

    assert sorted(CHOICE_PARTS) == sorted(CORE_NAMES)
    for whole, (name, detail) in CHOICE_PARTS.items():
        assert whole.startswith(name.split(" (")[0]), (whole, name)
        assert len(name) < 32, name  # short enough for a drop-down at presentation mode's size
        if detail:
            assert detail[0].isupper() or detail[0].isdigit(), detail
            assert detail.endswith("."), detail


@pytest.mark.parametrize("lang", langs.TRANSLATED)
def test_short_names_and_details_are_translated(qapp: QApplication, back_to_english: None, lang: str) -> None:
    from wizard.gui.export.page import CHOICE_PARTS, choice_detail, choice_short_name

    language.install(qapp, lang)
    for whole, (name, detail) in CHOICE_PARTS.items():
        if name != whole or detail:  # the new short names and details (the others were translated before)
            assert choice_short_name(whole) != name, (lang, name)
            if detail:
                assert choice_detail(whole) not in ("", detail), (lang, detail)


def test_powerpoint_choice_is_shown_whole_in_en_xa_presentation_mode(
        qtbot: QtBot, isolated_settings: Path, monkeypatch: pytest.MonkeyPatch, back_to_english: None) -> None:
    """The whole option (1299 px in en-XA at presentation size) was elided in a box of 589: the drop-down now
    shows its name, the line under it the rest, and the entry's tooltip the whole option."""
    from wizard.gui.export.page import ExportPage
    from wizard.gui.window import audit
    from wizard.i18n.pseudo import pseudo

    app = QApplication.instance()
    assert app is not None
    language.install(app, "en-XA")
    window = quiet_window(qtbot, monkeypatch)
    assert window.open_sample("lumara-transit")
    window.go_to_step("export")
    page = typing.cast(ExportPage, window.pages["export"])
    window.presentation.toggle()
    audit.settle(0.05)
    window.setGeometry(0, 0, 1024, 768)  # the test screen is 800 pixels wide; CityPitch is made for 1024 and up
    audit.settle(0.05)
    assert window.width() == 1024
    for fmt in ("deck", "leave-behind", "readiness-report", "pptx", "xlsx"):
        page.set_options(format=fmt)
        audit.settle(0.02)
        assert audit._combo_problem(page.format_box) == "", fmt
        assert page.format_note.isVisible() and page.format_note.wordWrap()
        assert pseudo("Editable slides (PowerPoint)") == page.format_box.currentText() or fmt != "pptx"
        whole = page.format_box.itemData(page.format_box.currentIndex(), Qt.ItemDataRole.ToolTipRole)
        assert "ţĥé þîţçĥ ðéçķ" in whole or fmt != "pptx", whole  # en-XA's "the pitch deck"
        assert audit._label_problem(page.format_note) == ""
        assert page.format_box.accessibleDescription() == page.format_note.text()
    page.set_options(format="deck", pdf_variant="pdf/ua-1")
    audit.settle(0.02)
    assert audit._combo_problem(page.variant_box) == ""
    assert page.variant_note.isVisible() and page.variant_note.isEnabled()
    page.set_options(format="pptx")
    audit.settle(0.02)
    assert not page.variant_note.isEnabled()  # greyed out with its box: a PowerPoint deck has no PDF variant
    page.set_options(format="deck", pdf_variant=None)
    audit.settle(0.02)
    assert not page.variant_note.isVisible()  # "Standard PDF" says it all
    assert [(audit.describe(w), what) for w, what in audit.text_problems(page)] == []
    window.presentation.toggle()
    window.doc.undo_stack.setClean()


def test_audit_finds_an_entry_that_would_be_cut_once_chosen(qtbot: QtBot) -> None:
    from wizard.gui.window import audit

    holder = QWidget()
    qtbot.addWidget(holder)
    holder.resize(300, 80)
    layout = QVBoxLayout(holder)
    box = QComboBox(holder)
    box.addItems(["Short", "A choice far longer than the three hundred pixels its parent gives it, whatever happens"])
    box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    box.setMinimumContentsLength(8)
    layout.addWidget(box)
    holder.show()
    qtbot.waitExposed(holder)
    problem = audit._combo_problem(box)
    assert "'A choice far longer" in problem and "once chosen" in problem, problem
    box.setItemText(1, "Longer")
    assert audit._combo_problem(box) == ""


# --- the Finance tables ---------------------------------------------------------------------------------------

HEADINGS = ["", "Base case", "Low case", "High case", "Rupiah stress"]
ROWS = [
    ["NPV without terminal value", "442.1bn IDR", "-993.2bn IDR", "1.1tn IDR", "442.1bn IDR"],
    ["NPV with terminal value", "1.4tn IDR", "-233.3bn IDR", "2.2tn IDR", "1.4tn IDR"],
    ["Project IRR", "11.5%", "5.0%", "14.4%", "11.5%"],
]


def test_stacked_scenarios_keep_what_the_side_by_side_headings_said(qtbot: QtBot) -> None:
    """Stacked, the table had no heading row and each case's name was a row like the others (its figure
    cell empty): a reader who scrolled past it no longer knew whose figures these were.  It now has
    headings (the figures, their values); each case's name runs across the table, drawn as a heading;
    each figure says its case in its tooltip and to a screen reader."""
    from wizard.gui.window import audit

    holder, table = figure_table(qtbot, 600, 1.8)
    table.stackable = True
    table.fill(HEADINGS, ROWS, marked=frozenset({(0, 2)}), stretch=0)
    assert table.stacked and table.columnCount() == 2
    assert table.horizontalHeader().isVisibleTo(holder)
    headings = [table.horizontalHeaderItem(c).text().replace("\n", " ") for c in range(2)]  # type: ignore[union-attr]
    assert headings == ["Figure", "Value"]
    cases = [r for r in range(table.rowCount()) if table.item(r, 0).text() in HEADINGS[1:]]  # type: ignore[union-attr]
    assert len(cases) == 4
    header_colour = table.palette().button().color().name()
    for r in cases:
        assert table.columnSpan(r, 0) == 2
        item = table.item(r, 0)
        assert item is not None and item.font().bold()
        assert item.background().color().name() == header_colour
    low = cases[1]
    figure = table.item(low + 1, 1)
    assert figure is not None and figure.text() == "-993.2bn IDR"
    said = "Low case — NPV without terminal value: -993.2bn IDR"
    assert figure.toolTip() == said
    assert figure.data(Qt.ItemDataRole.AccessibleTextRole) == said
    assert figure.background().color().name() != header_colour  # the negative NPV stays marked
    assert audit._table_problems(table) == []
    # Side by side again: no spans, no case in the tooltips (the column's heading says it).
    table.resize(1600, 200)
    table.fit()
    assert not table.stacked and table.columnCount() == 5
    assert all(table.columnSpan(r, 0) == 1 for r in range(table.rowCount()))
    assert table.item(0, 2).toolTip() == ""  # type: ignore[union-attr]


def test_bold_rows_take_the_tables_current_font(qtbot: QtBot) -> None:
    """A bold row's font was the application's, fixed when the table was filled: presentation mode's
    larger text did not reach it where it was measured (its wrapped height, the audit's width)."""
    holder, table = figure_table(qtbot, 1200, 1.0)
    table.fill(HEADINGS, ROWS, bold_rows=frozenset({2}), stretch=0)
    normal = table.font().pointSizeF()
    item = table.item(2, 0)
    assert item is not None
    assert item.font().bold() and item.font().pointSizeF() == normal
    large = QFont(holder.font())
    large.setPointSizeF(normal * 1.8)
    holder.setFont(large)
    assert table.font().pointSizeF() == pytest.approx(normal * 1.8)
    assert item.font().bold() and item.font().pointSizeF() == pytest.approx(normal * 1.8)
    index = table.model().index(2, 1)
    font = index.data(Qt.ItemDataRole.FontRole)
    assert isinstance(font, QFont) and font.bold() and font.pointSizeF() == pytest.approx(normal * 1.8)
    assert not table.item(1, 0).font().bold()  # type: ignore[union-attr]


def test_chosen_scenario_heading_follows_presentation_mode_both_ways(
        qtbot: QtBot, isolated_settings: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The chosen case's heading was given the table's whole font of the moment: after presentation mode it
    stayed at presentation size in normal mode."""
    from wizard.gui.finance.panel import FigureTable
    from wizard.gui.window import audit

    window = quiet_window(qtbot, monkeypatch)
    window.resize(1600, 900)
    assert window.open_sample("lumara-transit")
    window.go_to_step("finance")
    audit.settle(0.3)
    table = window.pages["finance"].findChild(FigureTable, "scenario_table")
    assert table is not None and not table.stacked

    def chosen() -> QFont:
        fonts = [table.horizontalHeaderItem(c).font() for c in range(1, table.columnCount())]  # type: ignore[union-attr]
        bold = [f for f in fonts if f.bold()]
        assert len(bold) == 1
        return bold[0]

    normal = table.horizontalHeader().font().pointSizeF()
    assert chosen().pointSizeF() == pytest.approx(normal)
    window.presentation.toggle()
    audit.settle(0.3)
    if not table.stacked:
        assert chosen().pointSizeF() == pytest.approx(table.horizontalHeader().font().pointSizeF())
    window.presentation.toggle()
    audit.settle(0.3)
    assert not table.stacked
    assert chosen().pointSizeF() == pytest.approx(normal)
    window.doc.undo_stack.setClean()


# --- a page first shown in presentation mode ------------------------------------------------------------------


def test_a_page_first_shown_in_presentation_mode_is_never_drawn_with_its_old_label_column(
        qtbot: QtBot, isolated_settings: Path, monkeypatch: pytest.MonkeyPatch, back_to_english: None) -> None:
    """Presentation mode turned on at the Start step, the next steps walked, then the Problem step opened:
    its labels were painted once at the normal label column's width, cut ('Vấn đề t' of 'Vấn đề trong một
    dòng'), before the page was laid out for the larger text on the next turn of the event loop (seen in
    the walk of every page as PNG; on the Finance page it lasted while the first figures were worked out)."""
    from PySide6.QtCore import QEvent, QObject

    from wizard.gui.window import audit

    app = QApplication.instance()
    assert app is not None
    language.install(app, "vi")
    window = quiet_window(qtbot, monkeypatch)
    assert window.open_sample("lumara-transit")
    window.presentation.toggle()
    audit.settle(0.05)
    for step in ("city_team", "vision"):
        window.go_to_step(step)
        audit.settle(0.05)
    page = window.pages["problem"]
    labels = page._form_labels()
    painted: list[tuple[str, int, str]] = []

    class Painted(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
            if event.type() == QEvent.Type.Paint and isinstance(watched, QWidget):
                painted.append((watched.objectName(), watched.width(), audit._label_problem(typing.cast(typing.Any, watched))))
            return False

    spy = Painted()
    for label in labels:
        label.installEventFilter(spy)
    window.go_to_step("problem")
    audit.settle(0.2)
    assert painted
    assert [entry for entry in painted if entry[2]] == []
    for label in labels:
        label.removeEventFilter(spy)
    window.presentation.toggle()
    window.doc.undo_stack.setClean()


def test_dscr_legend_in_japanese_is_not_cut_at_the_latin_fonts_line(qtbot: QtBot, back_to_english: None) -> None:
    """The legend's text was clipped to the font's line height: '貸し手の最低水準' (drawn in the taller
    Japanese fallback font) lost its foot in presentation mode.  Ink now reaches below that line."""
    from PySide6.QtGui import QColor, QFontMetricsF

    from wizard.figures import DscrChart
    from wizard.gui.finance.charts import DscrChartView
    from wizard.gui.fonts import register_fonts

    register_fonts()  # as the app does at start (Japanese in the bundled font, not boxes)
    app = QApplication.instance()
    assert app is not None
    language.install(app, "ja")
    holder = QWidget()
    qtbot.addWidget(holder)
    font = QFont(QApplication.font())
    font.setPointSizeF(font.pointSizeF() * 1.7)
    holder.setFont(font)
    chart = DscrChartView(holder)
    chart.resize(700, chart.height())
    chart.data = DscrChart(years=(2031, 2032), values=(1.5, 0.9), texts=("1.50x", "0.90x"), minimum=1.3,
                           minimum_text="1.30x", below=(2032,), description="")
    holder.show()
    qtbot.waitExposed(holder)
    image = chart.grab().toImage()
    metrics = QFontMetricsF(chart.font())
    line_h = metrics.height()
    box = line_h * 0.7
    left = int(8 + box + 16 + metrics.horizontalAdvance("DSCR") + box + 4)
    text = language.fill(language.translate("FinancePanel", "below the lenders' minimum (%1)"), "1.30x")
    assert "最低" in text
    right = int(left + metrics.horizontalAdvance(text))
    background = chart.palette().window().color().lightness()

    def ink(top: int, bottom: int) -> int:
        return sum(1 for y in range(top, bottom) for x in range(left, min(right, image.width()))
                   if QColor(image.pixel(x, y)).lightness() < background - 80)

    assert ink(8, int(8 + line_h)) > 0  # the text is there
    assert ink(int(8 + line_h) + 1, int(8 + line_h) + 6) > 0  # and its foot is not cut off


def test_a_wrapped_figure_never_splits_an_amount(qtbot: QtBot) -> None:
    """Japanese in presentation mode wrapped a key figure as 'NPV -IDR 136,340,132,260 (-' / 'USD 841.6万,
    -JPY 13' / '億)': a minus sign away from its amount, a number away from its unit (13 for 13億)."""
    from wizard.gui.finance.panel import WORD_JOINER, whole_amounts
    from wizard.gui.window import audit

    text = "NPV -IDR\u00a0136,340,132,260 (-USD\u00a0841.6万, -JPY 13億)、IRR 8.9%"
    glued = whole_amounts(text)
    assert glued.replace(WORD_JOINER, "").replace("\u00a0", " ") == text.replace("\u00a0", " ")
    runs = [run.replace(WORD_JOINER, "") for run in audit.unbreakable_runs(glued)]
    assert any("-USD\u00a0841.6万" in run for run in runs), runs
    assert any("-JPY\u00a013億" in run for run in runs), runs
    assert not any(run.endswith(("-", "(-")) for run in runs), runs
    # Words with hyphens, year ranges and figures without a sign are left as they are.
    for plain in ("e-ticketing", "2027-2044", "1.50x (2032)", "IDR 2.2tn"):
        assert whole_amounts(plain).replace(WORD_JOINER, "").replace("\u00a0", " ") == plain
    assert WORD_JOINER not in whole_amounts("e-ticketing 2027-2044")


def test_slide_titles_names_leave_the_titles_room_in_a_long_language_at_presentation_size(
        qtbot: QtBot, isolated_settings: Path, back_to_english: None) -> None:
    """Indonesian at presentation size: the slide names on one line took half of a 600 px table
    ('Permintaan pendanaan dan langkah berikutnya') and each title was wrapped into 140 px, two words a line.
    The names now take at most a third (wrapped down to their longest word)."""
    from wizard import projectfile, resources
    from wizard.gui.document import ProposalDocument
    from wizard.gui.export.page import ExportPage
    from wizard.gui.export.titles import GENERATED, OWN, SLIDE
    from wizard.gui.window import audit
    from wizard.steps import STEPS

    app = QApplication.instance()
    assert app is not None
    language.install(app, "id")
    holder = QWidget()
    qtbot.addWidget(holder)
    font = QFont(QApplication.font())
    font.setPointSizeF(font.pointSizeF() * 1.7)
    holder.setFont(font)
    doc = ProposalDocument(projectfile.load(resources.sample_path("lumara-transit")))
    page = ExportPage(next(s for s in STEPS if s.id == "export"), doc, holder)
    editor = page.titles
    editor.setParent(holder)
    editor.resize(620, 400)
    holder.resize(640, 420)
    holder.show()
    qtbot.waitExposed(holder)
    editor.refresh(editor.analysis.current())
    qtbot.waitUntil(lambda: editor.task is None and bool(editor.generated), timeout=30_000)
    editor.fit()
    table = editor.table
    width = table.viewport().width()
    names = [table.item(r, SLIDE).text() for r in range(table.rowCount())]  # type: ignore[union-attr]
    assert any(len(name) > 35 for name in names), names
    assert table.columnWidth(SLIDE) <= width // 3
    assert table.columnWidth(GENERATED) > width // 3 - 10 and table.columnWidth(OWN) > width // 4
    assert table.horizontalHeader().length() <= width + 1
    assert audit._table_problems(table) == []


def test_a_thai_cell_over_latin_lines_is_tall_enough_for_qt_to_draw_every_line(qtbot: QtBot) -> None:
    """Thai at presentation size in the sources-and-uses table: 'เงินลงทุน: Traffic digital twin' was drawn
    'เงินลงทุน: Traffic …' in a row of exactly its two lines' height: Qt draws a line only when a next line as
    tall as it (the Thai one, taller in its fallback font) would fit.  The audit now finds it too."""
    from wizard.gui.fonts import register_fonts
    from wizard.gui.window import audit

    register_fonts()
    holder, table = figure_table(qtbot, 560, 1.7)
    rows = [["เงินลงทุน: Traffic digital twin", "Hibah", "IDR 180,000,000,000", "4.9%"],
            ["เงินลงทุน: Adaptive signals and e-ticketing", "Hibah", "IDR 520,000,000,000", "14.0%"]]
    table.fill(["รายการ", "ประเภท", "จำนวนเงิน", "สัดส่วน"], rows, numeric_from=2, stretch=0,
               wrapping=frozenset({1}))
    cell = 2 * (table.style().pixelMetric(audit.QStyle.PixelMetric.PM_FocusFrameHMargin, None, table) + 1)
    for row in range(2):
        reach = audit._elision_reach(rows[row][0], table.font(), table.columnWidth(0) - cell)
        assert reach > 0  # it wraps
        assert table.rowHeight(row) - 1 >= reach, (row, table.rowHeight(row), reach)
    assert audit._table_problems(table) == []
    # A row exactly as tall as its lines: every line fits, but Qt elides the first.
    plain = QTableWidget(1, 1, holder)
    plain.setWordWrap(True)
    plain.setColumnWidth(0, table.columnWidth(0))
    plain.setItem(0, 0, QTableWidgetItem(rows[0][0]))
    reach = audit._elision_reach(rows[0][0], plain.font(), plain.columnWidth(0) - cell)
    lines = QFontMetrics(plain.font()).boundingRect(0, 0, plain.columnWidth(0) - cell, 100_000,
                                                     int(Qt.TextFlag.TextWordWrap), rows[0][0]).height()
    assert lines < reach
    plain.setRowHeight(0, lines + 1)
    plain.show()
    assert any("is elided" in problem for problem in audit._table_problems(plain)), audit._table_problems(plain)
    plain.setRowHeight(0, reach + 1)
    assert audit._table_problems(plain) == []


def test_audit_finds_a_row_taller_than_a_table_scrolled_by_whole_rows(qtbot: QtBot) -> None:
    """The comparison's changes in Thai presentation mode at 1024x768: one change of 101 px in a table that
    showed 32 px and scrolled by rows, so the rest of the row could never be seen."""
    from wizard.gui.window import audit

    table = QTableWidget(1, 1)
    qtbot.addWidget(table)
    table.setItem(0, 0, QTableWidgetItem("Congestion on the Lumara Raya spine costs commuters an hour a day"))
    table.resize(300, 90)
    table.setRowHeight(0, 200)
    table.show()
    qtbot.waitExposed(table)
    assert any("scrolls by whole rows" in problem for problem in audit._table_problems(table))
    table.setVerticalScrollMode(QTableWidget.ScrollMode.ScrollPerPixel)
    assert not any("scrolls by whole rows" in problem for problem in audit._table_problems(table))


def test_comparison_changes_can_be_scrolled_through_a_tall_row(
        qtbot: QtBot, isolated_settings: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        back_to_english: None) -> None:
    from wizard import projectfile, resources
    from wizard.gui.consult.compare import ComparisonDialog
    from wizard.gui.consult.controller import ConsultController
    from wizard.gui.window import audit

    app = QApplication.instance()
    assert app is not None
    language.install(app, "th")
    monkeypatch.setattr(ConsultController, "ask_yes", lambda self, *args: True)
    monkeypatch.setattr(ConsultController, "ask_author", lambda self, why="": "Maya Tan")
    monkeypatch.setattr(ConsultController, "ask_label", lambda self, check: "After workshop 1")
    window = quiet_window(qtbot, monkeypatch)
    lumara = projectfile.save(projectfile.load(resources.sample_path("lumara-transit")), tmp_path / "lumara.citypitch",
                              backup=False)
    assert window.open_path(lumara)
    record = window.consult.save_version()
    assert record is not None
    window.doc.set_field("problem.title", "A shorter commute on Lumara Raya")
    window.presentation.toggle()
    dialog = window.consult.compare_versions(record.number, 0)
    assert isinstance(dialog, ComparisonDialog)
    dialog.resize(1000, 600)
    dialog.show()
    qtbot.waitExposed(dialog)
    audit.settle(0.2)
    changes = dialog.changes
    assert changes.rowHeight(0) > changes.viewport().height()  # the row is taller than the room it has
    assert changes.verticalScrollBar().maximum() > 0  # and it can be scrolled through
    assert not any("scrolls by whole rows" in problem for problem in audit._table_problems(changes))
    dialog.close()
    window.presentation.toggle()
    window.doc.undo_stack.setClean()


def test_tornado_note_never_covers_its_rows_label(qtbot: QtBot, back_to_english: None) -> None:
    """Indonesian at presentation size: 'tidak berpengaruh pada NPV' beside an interest-rate row fitted on
    neither side of the base line; drawn right-aligned left of it, its background hid the row's label
    ('Suku bu').  Where it fits nowhere it is left to the sentence under the chart."""
    from PySide6.QtGui import QFontMetricsF

    from wizard.figures import TornadoBarView, TornadoChart
    from wizard.gui.finance.charts import TornadoChartView
    from wizard.gui.fonts import register_fonts

    register_fonts()
    app = QApplication.instance()
    assert app is not None
    language.install(app, "id")
    holder = QWidget()
    qtbot.addWidget(holder)
    font = QFont(QApplication.font())
    font.setPointSizeF(font.pointSizeF() * 1.7)
    holder.setFont(font)
    chart = TornadoChartView(holder)
    chart.resize(560, chart.height())
    holder.show()
    qtbot.waitExposed(holder)
    bars = (TornadoBarView("Pendapatan", -5.0, 9.0, "IDR 196,2bn", "IDR 2,7tn"),
            TornadoBarView("Suku bunga", 1.4, 1.4, "", "", note="IRR ekuitas 28,0%"))

    def drawn() -> typing.Any:
        chart.set_data(TornadoChart(basis="NPV", base=1.4, base_text="IDR 1,4tn", bars=bars, description=""))
        return chart.grab().toImage()

    with_note = drawn()
    bars = (bars[0], TornadoBarView("Suku bunga", 1.4, 1.4, "", "", note=""))
    label_w = int(QFontMetricsF(chart.font()).horizontalAdvance("Pendapatan") + 10)
    # The row labels' area is drawn alike whatever the note says (here it is never shown).
    assert language.translate("FinancePanel", "no effect on the NPV") != "no effect on the NPV"
    without = drawn()
    differing = [(x, y) for y in range(with_note.height()) for x in range(8, 8 + label_w)
                 if with_note.pixel(x, y) != without.pixel(x, y)]
    assert differing == []


@pytest.mark.parametrize("which", ["tornado", "dscr"])
def test_charts_keep_their_names_and_legend_inside_in_en_xa_at_presentation_size(
        qtbot: QtBot, back_to_english: None, which: str) -> None:
    """en-XA at presentation size: the tornado's driver names, right-aligned in a column of 30% of the chart,
    ran off its left edge ('šçöûñţ ŕåţé ẋẋẋ]'), and the DSCR legend ran off its right edge.  Names now wrap in
    their column (the chart grows to hold them) and legend keys wrap onto more lines: no ink in the margins."""
    from PySide6.QtGui import QColor

    from wizard.figures import DscrChart, TornadoBarView, TornadoChart
    from wizard.gui.finance.charts import DscrChartView, TornadoChartView
    from wizard.gui.fonts import register_fonts
    from wizard.i18n.pseudo import pseudo

    register_fonts()
    app = QApplication.instance()
    assert app is not None
    language.install(app, "en-XA")
    holder = QWidget()
    qtbot.addWidget(holder)
    font = QFont(QApplication.font())
    font.setPointSizeF(font.pointSizeF() * 1.7)
    holder.setFont(font)
    chart: typing.Any
    if which == "tornado":
        chart = TornadoChartView(holder)
        chart.resize(420, chart.height())
        names = ["Revenue", "Discount rate", "Capex", "Opex", "Terminal value"]
        chart.set_data(TornadoChart(basis="NPV", base=1.4, base_text="IDR 1.4tn", description="", bars=tuple(
            TornadoBarView(pseudo(name), 1.4 - k, 1.4 + k, f"IDR {k}bn", f"IDR {k}tn") for k, name in enumerate(names, 1))))
    else:
        chart = DscrChartView(holder)
        chart.resize(420, chart.height())
        chart.set_data(DscrChart(years=(2031, 2032), values=(1.5, 0.9), texts=("1.50x", "0.90x"), minimum=1.3,
                                 minimum_text="1.30x", below=(2032,), description=""))
    holder.show()
    qtbot.waitExposed(holder)
    image = chart.grab().toImage()
    background = chart.palette().window().color().lightness()

    def ink(xs: range) -> int:
        return sum(1 for y in range(image.height()) for x in xs if QColor(image.pixel(x, y)).lightness() < background - 80)

    assert ink(range(8, image.width() - 8)) > 0
    assert ink(range(0, 6)) == 0  # nothing past the left margin
    assert ink(range(image.width() - 6, image.width())) == 0  # nor past the right one


# The offscreen platform cannot raise the suggestions' window or give it the keyboard (as test_gui_placepicker).
@pytest.mark.qt_log_ignore("This plugin does not support raise", "This plugin does not support grabbing the keyboard")
def test_place_suggestions_are_as_large_as_their_field_in_presentation_mode(
        qtbot: QtBot, isolated_settings: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The suggestions' list is a window of its own: in presentation mode it stayed at the normal size
    under a field twice as large (seen in the walk as PNG, ja)."""
    from wizard.gui.window import audit

    window = quiet_window(qtbot, monkeypatch)
    assert window.open_sample("lumara-transit")
    window.presentation.toggle()
    window.go_to_step("city_team")
    audit.settle(0.1)
    picker = window.pages["city_team"].place_picker  # type: ignore[attr-defined]
    picker.on_text_edited("Da")
    popup = picker.completer.popup()
    assert popup is not None and picker.model.rowCount() > 0
    assert popup.font().pointSizeF() == pytest.approx(picker.edit.font().pointSizeF())
    assert picker.edit.font().pointSizeF() > QApplication.font().pointSizeF() * 1.3
    popup.hide()
    window.presentation.toggle()
    window.doc.undo_stack.setClean()
