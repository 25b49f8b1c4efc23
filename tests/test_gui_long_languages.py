"""Longer languages at 1024x768 without sideways scrolling (issue 20): drop-downs show a short label with
the full one as a tooltip, table headings wrap instead of widening a table past its page, and the
comparison's key figures are shown whole in any language and text size."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QApplication, QComboBox, QTableWidget, QTableWidgetItem, QWidget
from pytestqt.qtbot import QtBot

from tests.gui_support import quiet_window
from wizard import model
from wizard.gui import language
from wizard.gui.tables import headings
from wizard.i18n import choices
from wizard.i18n import languages as langs
from wizard.i18n.pseudo import pseudo

pytestmark = pytest.mark.gui

#: The members whose label is too long for a drop-down, and what the drop-down says in English.
SHORT = {
    model.TerminalValueMethod.PERPETUITY_GROWTH: "Growing cash flow",
    model.TerminalValueMethod.EXIT_MULTIPLE: "Exit multiple of EBITDA",
    model.EnvCategory.A: "Category A (significant impact)",
    model.EnvCategory.FI: "Category FI (financial intermediary)",
}


# --- short choice labels -------------------------------------------------------------------------------


def test_long_choices_have_a_short_label_and_keep_their_full_label_and_value() -> None:
    """The exports and the readiness texts keep the full label; the stored value is unchanged."""
    for member, short in SHORT.items():
        assert member.short == short
        assert choices.short_label(member, "en") == short
        assert choices.short_label(member, "en-XA") == pseudo(short)
        assert len(member.label) > len(short)
    assert model.TerminalValueMethod.PERPETUITY_GROWTH.label == \
        "Growing cash flow (perpetuity, or to the end of the concession)"
    assert model.TerminalValueMethod("perpetuity_growth") is model.TerminalValueMethod.PERPETUITY_GROWTH
    assert model.EnvCategory("FI").label == "Category FI (through a financial intermediary)"
    # A member without a short label is shown by its label.
    assert model.EnvCategory.B.short == model.EnvCategory.B.label
    assert choices.short_label(model.EnvCategory.B, "ja") == choices.label(model.EnvCategory.B, "ja")


@pytest.mark.parametrize("lang", langs.TRANSLATED)
def test_every_short_label_is_translated_and_read_back(lang: str) -> None:
    from wizard.i18n.data import i18n_dir, language_files, read_json

    data = read_json(language_files(i18n_dir(), "choices")[lang])
    given = data.get("short", {})
    members = [m for choice in (model.TerminalValueMethod, model.EnvCategory) for m in choice if m.short != m.label]
    assert set(members) == set(SHORT)
    for member in members:
        short = given.get(type(member).__name__, {}).get(member.value, "")
        assert short.strip(), f"{type(member).__name__}.{member.value}: no short label in {lang}"
        assert short != member.short, f"{type(member).__name__}.{member.value}: still English in {lang}"
        assert len(short) <= len(choices.label(member, lang))
        assert choices.short_label(member, lang) == short
        assert choices.member_by_label(type(member), short, lang) is member
    for cls, values in given.items():
        choice = getattr(model, cls)
        assert set(values) <= {m.value for m in choice if m.short != m.label}, f"{lang}: {cls} has a short label for a member without one"


def test_drop_down_shows_the_short_label_with_the_full_one_as_tooltip_in_each_language(
        qtbot: QtBot, isolated_settings: Path, monkeypatch: pytest.MonkeyPatch, back_to_english: None) -> None:
    window = quiet_window(qtbot, monkeypatch)
    assert window.open_sample("lumara-transit")
    window.go_to_step("finance")
    box = window.pages["finance"].findChild(QComboBox, "finance__terminal_method")
    assert isinstance(box, QComboBox)
    growth = model.TerminalValueMethod.PERPETUITY_GROWTH
    assert window.doc.proposal.finance.terminal_method == growth
    assert box.currentText() == "Growing cash flow"
    assert box.itemData(box.currentIndex(), Qt.ItemDataRole.ToolTipRole) == growth.label
    assert growth.label in box.toolTip()
    none = box.findData(model.TerminalValueMethod.NONE.value)
    assert box.itemData(none, Qt.ItemDataRole.ToolTipRole) is None  # its label is short already
    window.language_actions["ja"].trigger()
    qtbot.waitUntil(lambda: box.currentText() != "Growing cash flow")  # the page retranslates on Qt's LanguageChange event
    assert box.currentText() == choices.short_label(growth, "ja") != "Growing cash flow"
    assert box.itemData(box.currentIndex(), Qt.ItemDataRole.ToolTipRole) == choices.label(growth, "ja")
    assert choices.label(growth, "ja") in box.toolTip()
    # Choosing another entry stores its value, and the box's tooltip follows the choice.
    box.setCurrentIndex(box.findData(model.TerminalValueMethod.EXIT_MULTIPLE.value))
    assert window.doc.proposal.finance.terminal_method == model.TerminalValueMethod.EXIT_MULTIPLE
    assert choices.label(model.TerminalValueMethod.EXIT_MULTIPLE, "ja") in box.toolTip()
    window.doc.undo_stack.setClean()


# --- wrapped headings ----------------------------------------------------------------------------------


def _metrics() -> QFontMetrics:
    return QFontMetrics(QApplication.font())


def test_a_heading_wraps_between_words_and_in_thai_and_japanese_where_the_language_allows(qtbot: QtBot) -> None:
    from wizard.gui.fonts import register_fonts

    register_fonts()
    metrics = _metrics()
    text = "Không tính giá trị cuối kỳ"
    two = headings.wrap(text, metrics, headings.two_line_width(text, metrics))
    assert two.count("\n") == 1 and two.replace("\n", " ") == text
    assert headings.line_width(two, metrics) < metrics.horizontalAdvance(text)
    narrow = headings.wrap(text, metrics, 1)
    assert narrow.split("\n") == text.split(" ")  # one word a line: never cut inside a word
    thai = "ไม่รวมมูลค่าสุดท้าย"
    wrapped = headings.wrap(thai, metrics, headings.two_line_width(thai, metrics))
    assert wrapped.count("\n") == 1 and wrapped.replace("\n", "") == thai
    japanese = "ターミナルバリューなし"
    assert headings.wrap(japanese, metrics, 1).replace("\n", "") == japanese
    assert headings.wrap(japanese, metrics, 1).count("\n") >= 3


def test_headings_stay_on_one_line_when_the_columns_fit() -> None:
    metrics = _metrics()
    texts = ["Break-even (NPV = 0)", "Without terminal value", "With terminal value"]
    wide = sum(metrics.horizontalAdvance(t) + 8 for t in texts)
    assert headings.wrapped_headings(texts, [40, 40, 40], metrics, 8, wide) == texts
    two = headings.wrapped_headings(texts, [40, 40, 40], metrics, 8, wide * 2 // 3)
    assert all(t.count("\n") == 1 for t in two)
    assert [t.replace("\n", " ") for t in two] == texts


def _figure_table(qtbot: QtBot, width: int, font: QFont | None = None) -> tuple[QWidget, QTableWidget]:
    from wizard.gui.finance.panel import FigureTable

    holder = QWidget()
    qtbot.addWidget(holder)
    if font is not None:
        holder.setFont(font)
    table = FigureTable(holder, "break_even_table", "Break-even values")
    table.resize(width, 200)
    holder.show()
    qtbot.waitExposed(holder)
    table.fill(["Hòa vốn (NPV = 0)", "Không tính giá trị cuối kỳ", "Có tính giá trị cuối kỳ"],
               [["Vượt chi phí đầu tư", "15,3%", "50,1%"], ["Hụt doanh thu", "9,1%", "23,1%"],
                ["Chậm tiến độ", "1,0 năm", "3,5 năm"]])
    return holder, table


def test_figure_table_wraps_its_headings_instead_of_scrolling_sideways(qtbot: QtBot) -> None:
    """The Vietnamese break-even table in presentation mode: its figures fitted the page, its headings did
    not, and it scrolled sideways (the third column out of sight)."""
    from wizard.gui.window import audit

    font = QFont(QApplication.font())
    font.setPointSizeF(font.pointSizeF() * 1.7)
    _holder, table = _figure_table(qtbot, 420, font)
    header = table.horizontalHeader()
    shown = [table.horizontalHeaderItem(c).text() for c in range(3)]  # type: ignore[union-attr]
    assert any("\n" in text for text in shown)
    assert header.length() <= table.viewport().width()
    assert table.horizontalScrollBar().maximum() == 0
    lines = max(text.count("\n") + 1 for text in shown)
    assert header.height() >= lines * header.fontMetrics().lineSpacing()
    assert audit._table_problems(table) == []
    # Wide enough: every heading on one line again.
    table.resize(1400, 200)
    table.fit()
    assert [table.horizontalHeaderItem(c).text() for c in range(3)] == [  # type: ignore[union-attr]
        "Hòa vốn (NPV = 0)", "Không tính giá trị cuối kỳ", "Có tính giá trị cuối kỳ"]


def test_audit_finds_a_whole_table_that_scrolls_sideways_for_its_headings(qtbot: QtBot) -> None:
    from wizard.gui.window import audit

    table = QTableWidget(2, 3)
    qtbot.addWidget(table)
    table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    table.setHorizontalHeaderLabels(["A rather long first heading", "A second long heading", "And a third long one"])
    for row in range(2):
        for column in range(3):
            table.setItem(row, column, QTableWidgetItem("1.0"))
    table.resize(260, 120)
    table.show()
    qtbot.waitExposed(table)
    table.resizeColumnsToContents()
    problems = audit._table_problems(table)
    assert any(p.startswith("scrolls sideways for its headings") for p in problems), problems
    # A table whose own cells are wider than it is may scroll: that is not what this finds.
    for row in range(2):
        table.item(row, 0).setText("x" * 200)  # type: ignore[union-attr]
    table.resizeColumnsToContents()
    assert not any(p.startswith("scrolls sideways") for p in audit._table_problems(table))


# --- the comparison's key figures ----------------------------------------------------------------------


@pytest.mark.parametrize("lang", ["th", "en-XA"])
def test_comparison_shows_every_key_figure_whole(qtbot: QtBot, isolated_settings: Path, tmp_path: Path,
                                                 monkeypatch: pytest.MonkeyPatch, back_to_english: None, lang: str) -> None:
    """Thai rows are taller than the table's height allowed (it scrolled), and in presentation mode the
    amounts were elided ('IDR …') while the figure names took the width."""
    from wizard import projectfile, resources
    from wizard.gui.consult.compare import ComparisonDialog
    from wizard.gui.consult.controller import ConsultController

    app = QApplication.instance()
    assert app is not None
    language.install(app, lang)
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
    for presentation in (False, True):
        if presentation:
            window.presentation.toggle()
        dialog = window.consult.compare_versions(record.number, 0)
        assert isinstance(dialog, ComparisonDialog)  # closed below (deleted on close)
        dialog.resize(1000, 700)
        dialog.show()
        qtbot.waitExposed(dialog)
        qtbot.wait(20)
        table = dialog.figures
        assert table.verticalScrollBar().maximum() == 0
        assert table.horizontalScrollBar().maximum() == 0
        rows = sum(table.rowHeight(r) for r in range(table.rowCount()))
        assert table.viewport().height() >= rows
        metrics = table.fontMetrics()
        for row in range(table.rowCount()):
            for column in (1, 2):
                item = table.item(row, column)
                assert item is not None
                font = item.font()
                needed = QFontMetrics(font).horizontalAdvance(item.text()) if font.bold() else metrics.horizontalAdvance(item.text())
                assert needed <= table.columnWidth(column), (row, column, item.text())
        dialog.close()
    window.presentation.toggle()
    window.doc.undo_stack.setClean()


# --- the sidebar -----------------------------------------------------------------------------------------


def test_sidebar_leaves_room_for_the_step_marks_before_they_are_shown(qtbot: QtBot) -> None:
    """en-XA's 'Japanese value-add' was cut at the first width: the marks come with the first assessment,
    after the window is drawn, and an unset icon size (-1) counted as a 3-pixel mark."""
    from PySide6.QtGui import QIcon, QPixmap
    from PySide6.QtWidgets import QStyle, QTreeWidget, QTreeWidgetItem

    from wizard.gui.window import audit
    from wizard.gui.window.presentation import mark_width, sidebar_width

    tree = QTreeWidget()
    tree.setObjectName("sidebar")
    tree.setHeaderHidden(True)
    qtbot.addWidget(tree)
    item = QTreeWidgetItem(tree, [pseudo("Japanese value-add")])
    small = tree.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize, None, tree)
    assert tree.iconSize().width() < 0 and mark_width(tree) == small
    text = tree.fontMetrics().horizontalAdvance(item.text(0))
    width = sidebar_width(tree, 400)
    assert width >= text + small + 4  # room for the mark that is not there yet
    tree.resize(width, 400)
    tree.show()
    qtbot.waitExposed(tree)
    pixmap = QPixmap(small, small)
    pixmap.fill()
    item.setIcon(0, QIcon(pixmap))  # the mark arrives
    assert audit._tree_problems(tree) == []
    tree.resize(text, 400)  # as wide as the name alone: the mark pushes it out, and the audit says so
    assert audit._tree_problems(tree) != []
