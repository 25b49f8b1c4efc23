"""Check that the window shows every text whole and every control on screen, step by step.

``python -m wizard.gui.window.audit [SAMPLE ...] [--screen 1366x768] [--presentation] [--png DIR] [--lang ja]``
opens the wizard as ``citypitch`` does, opens each sample, walks every step (and, with
``--presentation``, does it again in presentation mode), prints one line per problem and exits with 1
when there is any.  ``--screen WxH`` runs it on an offscreen screen of that size; without it, on the
display it is given (for example an Xvfb server with a window manager, for a laptop with a task bar).
``--png DIR`` writes a picture of each step as it is on screen, for a person to look at.  ``--lang``
runs it in another interface language (``ja``, ``id``, ``vi``, ``th``, or the pseudo-locale ``en-XA``,
every text 40% longer), as ``citypitch --lang`` would.

What counts as a problem (text width against widget width, measured with the widget's own font):

- a label whose text does not fit its width (or, when it wraps, its height), or a word of it that is
  wider than the label;
- a button or check box narrower or lower than its text needs;
- a drop-down whose chosen entry is cut, or any of whose entries would be cut once chosen (the box grown
  to the width its parent gives);
- a number, year or date box too narrow for its value;
- a table heading cut, or a cell of a number, date, year or drop-down column cut; a cell of a free-text
  column may be cut only once its column is as wide as columns grow (the whole text is in its tooltip);
- a table shown whole (no scroll bar of its own down) that scrolls sideways although its columns would
  fit with their headings and words wrapped (figures on one line);
- a table scrolled by whole rows with a row taller than the table shows (it can never be seen whole);
- a sidebar step whose name is cut;
- the window reaching past the free area of its screen (the whole screen in presentation mode), a
  control outside the pages (menu bar, sidebar, Back, Next, the step line, the guidance panel) not
  wholly on screen, or a page that scrolls sideways.

Controls inside a page may lie below the fold: the page scrolls, and Tab scrolls to them.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
import tempfile
import time
import typing
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QEvent, QPoint, QRect, Qt, QTextBoundaryFinder
from PySide6 import QtGui
from PySide6.QtGui import QTextDocumentFragment
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QStyle,
    QStyleOptionComboBox,
    QTableView,
    QToolButton,
    QTreeWidget,
    QTreeWidgetItemIterator,
    QWidget,
)

if typing.TYPE_CHECKING:
    from wizard.gui.window.mainwindow import MainWindow

#: Measured widths are whole pixels; a text may touch its widget's edge.
SLACK = 1
#: Text that is a number, a year, a percentage or a date (what must be read whole in a box or a cell).
NUMBER_LIKE = re.compile(r"^[\s\d.,'%+\-\u2212/:()]+$")


@dataclass(frozen=True)
class Problem:
    """One text cut or one control off screen, on one step."""

    step: str
    widget: str
    what: str

    def __str__(self) -> str:
        return f"{self.step}: {self.widget}: {self.what}"



def unbreakable_runs(text: str) -> list[str]:
    """The pieces of ``text`` Qt cannot break inside when it wraps: words between spaces and hyphens in
    English, Vietnamese or Indonesian, but single characters (and their punctuation) in Japanese, whose
    lines break between characters, and dictionary words in Thai (Qt's own line breaker, which the labels
    use, so the audit measures what the label can do)."""
    runs: list[str] = []
    finder = QTextBoundaryFinder(QTextBoundaryFinder.BoundaryType.Line, text)
    start = 0
    while True:
        end = finder.toNextBoundary()
        if end < 0:
            break
        piece = text[start:end].strip()
        if piece:
            runs.append(piece)
        start = end
    return runs

def describe(widget: QWidget) -> str:
    """A name a person can find the widget by: its class, object name and text."""
    text = ""
    if isinstance(widget, (QLabel, QAbstractButton)):
        text = widget.text()
    elif isinstance(widget, QComboBox):
        text = widget.currentText()
    elif isinstance(widget, QLineEdit):
        text = widget.text()
    name = widget.objectName() or widget.accessibleName()
    shown = f" {text[:40]!r}" if text else ""
    return f"{type(widget).__name__}({name}){shown}"


def _plain(label: QLabel) -> str:
    text = label.text()
    if label.textFormat() == Qt.TextFormat.RichText or (label.textFormat() == Qt.TextFormat.AutoText and QtGui.Qt.mightBeRichText(text)):
        return QTextDocumentFragment.fromHtml(text).toPlainText()
    if label.buddy() is not None:
        text = text.replace("&&", "\0").replace("&", "").replace("\0", "&")
    return text


def _label_problem(label: QLabel) -> str:
    if label.pixmap() is not None and not label.pixmap().isNull():
        return ""
    text = _plain(label)
    if not text.strip():
        return ""
    metrics = label.fontMetrics()
    rect = label.contentsRect()
    indent = max(label.indent(), 0)
    room = rect.width() - 2 * label.margin() - indent
    if label.wordWrap():
        needed = label.heightForWidth(label.width())
        if needed > label.height() + SLACK:
            return f"wraps to {needed} px high but is {label.height()} px high"
        widest = max((metrics.horizontalAdvance(word) for word in unbreakable_runs(text)), default=0)
        if widest > room + SLACK:
            return f"a word needs {widest} px, the label has {room} px"
        return ""
    lines = text.splitlines() or [text]
    wide = max(metrics.horizontalAdvance(line) for line in lines)
    if wide > room + SLACK:
        return f"text needs {wide} px, the label has {room} px"
    high = len(lines) * metrics.height()
    if high > rect.height() - 2 * label.margin() + SLACK:
        return f"text needs {high} px high, the label has {rect.height()} px"
    return ""


def _button_problem(button: QAbstractButton) -> str:
    if not button.text().strip():
        return ""
    if isinstance(button, QToolButton) and button.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonIconOnly and not button.icon().isNull():
        return ""  # the text is its name, never shown
    hint = button.sizeHint()
    if hint.width() > button.width() + SLACK:
        return f"needs {hint.width()} px, has {button.width()} px"
    if button.fontMetrics().height() > button.height() + SLACK:
        return f"text needs {button.fontMetrics().height()} px high, the button has {button.height()} px"
    return ""


def _combo_problem(combo: QComboBox) -> str:
    if combo.isEditable() or not combo.currentText():
        return ""
    option = QStyleOptionComboBox()
    combo.initStyleOption(option)
    field = combo.style().subControlRect(QStyle.ComplexControl.CC_ComboBox, option, QStyle.SubControl.SC_ComboBoxEditField, combo)
    wide = combo.fontMetrics().horizontalAdvance(combo.currentText())
    if not combo.itemIcon(combo.currentIndex()).isNull():
        wide += combo.iconSize().width() + 4
    if wide > field.width() + SLACK:
        return f"the chosen entry needs {wide} px, the box shows {field.width()} px"
    # Every other entry as it would be shown once chosen: a box may grow when its choice changes, but not
    # past the room its parent gives it (the Export step's PowerPoint choice needed 1299 px of 589 in en-XA).
    parent = combo.parentWidget()
    if parent is None:
        return ""
    room = parent.contentsRect().width()
    layout = parent.layout()
    if layout is not None:
        margins = layout.contentsMargins()
        room -= margins.left() + margins.right()
    grown = field.width() + max(0, min(combo.maximumWidth(), room) - combo.width())
    for index in range(combo.count()):
        text = combo.itemText(index)
        if index == combo.currentIndex() or not text:
            continue
        wide = combo.fontMetrics().horizontalAdvance(text)
        if not combo.itemIcon(index).isNull():
            wide += combo.iconSize().width() + 4
        if wide > grown + SLACK:
            return f"the entry {text[:40]!r} needs {wide} px once chosen, the box can show {grown} px"
    return ""


def _line_edit_problem(edit: QLineEdit) -> str:
    text = edit.text()
    if not text or not NUMBER_LIKE.match(text) or edit.echoMode() != QLineEdit.EchoMode.Normal:
        return ""
    # The text area: the box less its frame, its text margins and its buttons (a date box's calendar).
    room = edit.contentsRect().width() - 4
    margins = edit.textMargins()
    room -= margins.left() + margins.right()
    for child in edit.findChildren(QToolButton):
        if child.isVisibleTo(edit):
            room -= child.width()
    wide = edit.fontMetrics().horizontalAdvance(text)
    if wide > room + SLACK:
        return f"the value needs {wide} px, the box shows {room} px"
    return ""


def _table_problems(view: QTableView) -> list[str]:
    from wizard.gui.tables.listeditor import ListEditor
    from wizard.gui.tables.widths import MAX_WIDTH

    model = view.model()
    if model is None:
        return []
    editor = view.parentWidget()
    columns = editor.model.columns if isinstance(editor, ListEditor) and editor.model is not None else None
    scale = editor.widths.scale() if isinstance(editor, ListEditor) and editor.widths is not None else 1.0
    header = view.horizontalHeader()
    header_metrics = header.fontMetrics()
    margin = view.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
    cell_margin = 2 * (view.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view) + 1)
    metrics = view.fontMetrics()
    problems = []
    for column in range(model.columnCount()):
        if view.isColumnHidden(column):
            continue
        width = view.columnWidth(column)
        title = str(model.headerData(column, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole) or "")
        # A heading may be wrapped onto lines (the Financial case's figures, in a narrow table).
        heading_lines = title.split("\n")
        needed = max(header_metrics.horizontalAdvance(line) for line in heading_lines) + 2 * margin
        if needed > width + SLACK:
            problems.append(f"heading {title!r} needs {needed} px, the column is {width} px")
        high = header_metrics.height() + (len(heading_lines) - 1) * header_metrics.lineSpacing()
        if header.isVisible() and high > header.height() + SLACK:
            problems.append(f"heading {title!r} needs {high} px high, the header is {header.height()} px")
        free_text = columns is not None and columns[column].kind in ("line", "text")
        if free_text and width >= round(MAX_WIDTH * scale) - SLACK:
            continue  # as wide as columns grow: long text is cut here, and shown whole in its tooltip
        for row in range(model.rowCount()):
            text = str(model.data(model.index(row, column), Qt.ItemDataRole.DisplayRole) or "")
            if not text:
                continue
            # A cell spanning columns (a case's name across the stacked scenarios) has all their width, in
            # its own font (bold rows are the table's font, bold).
            width = sum(view.columnWidth(column + i) for i in range(max(1, view.columnSpan(row, column))))
            font = model.data(model.index(row, column), Qt.ItemDataRole.FontRole)
            metrics = QtGui.QFontMetrics(font) if isinstance(font, QtGui.QFont) else view.fontMetrics()
            if view.wordWrap() and not view.isRowHidden(row):
                # A wrapping table (the Financial case's figures) shows a long text on several lines: it is
                # cut only when a word is wider than the column or its lines are taller than the row.
                # Lines break at spaces and after hyphens (Unicode line breaking, as Qt's text layout does).
                words = unbreakable_runs(text)
                widest = max((metrics.horizontalAdvance(word) for word in words), default=0) + cell_margin
                if widest > width + SLACK:
                    problems.append(f"row {row + 1}, {title!r}: a word of {text[:30]!r} needs {widest} px, "
                                    f"the column is {width} px")
                    continue
                lines = metrics.boundingRect(QRect(0, 0, width - cell_margin, 100_000),
                                             int(Qt.TextFlag.TextWordWrap), text).height()
                if lines > view.rowHeight(row) + SLACK:
                    problems.append(f"row {row + 1}, {title!r}: {text[:30]!r} wraps to {lines} px high, "
                                    f"the row is {view.rowHeight(row)} px")
                    continue
                reach = _elision_reach(text, font if isinstance(font, QtGui.QFont) else view.font(), width - cell_margin)
                shown = view.rowHeight(row) - (1 if view.showGrid() else 0)  # the grid line takes a pixel
                if reach > shown:
                    problems.append(f"row {row + 1}, {title!r}: {text[:30]!r} is elided: Qt draws a line only when "
                                    f"one as tall would fit after it ({reach} px), the cell shows {shown} px")
                continue
            needed = metrics.horizontalAdvance(text) + cell_margin
            if needed > width + SLACK:
                problems.append(f"row {row + 1}, {title!r}: {text[:30]!r} needs {needed} px, the column is {width} px")
    if view.verticalScrollMode() == QTableView.ScrollMode.ScrollPerItem and view.viewport().height() > 0:
        # Scrolled by whole rows, a row taller than the view can never be seen whole.
        tall = [row for row in range(model.rowCount()) if not view.isRowHidden(row)
                and view.rowHeight(row) > view.viewport().height() + SLACK]
        if tall:
            problems.append(f"row {tall[0] + 1} is {view.rowHeight(tall[0])} px high, the table shows "
                            f"{view.viewport().height()} px and scrolls by whole rows")
    shown = view.viewport().width()
    if view.verticalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAlwaysOff and header.length() > shown + SLACK:
        # A table shown whole (the page scrolls it, it has no scroll bar of its own down) whose cells, each
        # on one line, would fit, scrolls sideways only because of its headings: they can wrap.
        cells = sum(view.sizeHintForColumn(c) for c in range(model.columnCount()) if not view.isColumnHidden(c))
        if cells <= shown:
            problems.append(f"scrolls sideways for its headings: its columns take {header.length()} px, it shows "
                            f"{shown} px, its cells need {cells} px")
        else:
            # Or for cells of words that could wrap (the sources' kind, the scenarios' titles beside four
            # amounts): it scrolls sideways although its columns, each as narrow as it can be read, would fit.
            narrowest = _narrowest_columns(view)
            if narrowest <= shown:
                problems.append(f"scrolls sideways: its columns take {header.length()} px, it shows {shown} px, "
                                f"and would fit in {narrowest} px with their words wrapped")
    return problems


def _elision_reach(text: str, font: QtGui.QFont, width: int) -> int:
    """The height a wrapped cell needs for Qt to draw every line of ``text``: before drawing a line that is
    not the last, Qt checks that a next line as tall as this one would fit, and elides otherwise (a Thai
    first line, taller in its fallback font, over Latin lines)."""
    layout = QtGui.QTextLayout(text, font)
    option = QtGui.QTextOption()
    option.setWrapMode(QtGui.QTextOption.WrapMode.WordWrap)
    layout.setTextOption(option)
    layout.beginLayout()
    heights: list[float] = []
    while True:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(max(1, width))
        heights.append(line.height())
    layout.endLayout()
    return int(max((sum(heights[:i + 1]) + heights[i] for i in range(len(heights) - 1)), default=0.0))


def _narrowest_columns(view: QTableView) -> int:
    """The width a table's columns need at the least: a figure (a right-aligned cell) on one line, a cell
    of words, when the table wraps, as wide as its longest word, a heading as wide as its longest word."""
    model = view.model()
    header = view.horizontalHeader()
    header_metrics = header.fontMetrics()
    margin = 2 * view.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
    cell_margin = 2 * (view.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view) + 1)
    total = 0
    for column in range(model.columnCount()):
        if view.isColumnHidden(column):
            continue
        title = str(model.headerData(column, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole) or "")
        needed = (max((header_metrics.horizontalAdvance(w) for w in unbreakable_runs(title)), default=0) + margin
                  if header.isVisible() else 0)
        for row in range(model.rowCount()):
            index = model.index(row, column)
            text = str(model.data(index, Qt.ItemDataRole.DisplayRole) or "")
            if not text or view.isRowHidden(row) or view.columnSpan(row, column) > 1:
                continue  # a cell across columns (a heading row) shares their width
            font = model.data(index, Qt.ItemDataRole.FontRole)
            metrics = QtGui.QFontMetrics(font) if isinstance(font, QtGui.QFont) else view.fontMetrics()
            align = model.data(index, Qt.ItemDataRole.TextAlignmentRole)
            figure = align is not None and bool(int(align) & int(Qt.AlignmentFlag.AlignRight))
            pieces = [text] if figure or not view.wordWrap() else unbreakable_runs(text)
            needed = max(needed, max((metrics.horizontalAdvance(p) for p in pieces), default=0) + cell_margin)
        total += needed
    return total


def _tree_problems(tree: QTreeWidget) -> list[str]:
    from wizard.gui.window.presentation import mark_width

    problems = []
    room = tree.viewport().width()
    metrics = tree.fontMetrics()
    iterator = QTreeWidgetItemIterator(tree)
    while iterator.value() is not None:
        item = iterator.value()
        rect = tree.visualItemRect(item)
        icon = mark_width(tree) + 4 if not item.icon(0).isNull() else 0
        needed = rect.left() + icon + metrics.horizontalAdvance(item.text(0)) + 6
        if not rect.isEmpty() and needed > room + SLACK:
            problems.append(f"{item.text(0)!r} needs {needed} px, the list is {room} px wide")
        iterator += 1
    return problems


def text_problems(root: QWidget) -> list[tuple[QWidget, str]]:
    """Every widget under ``root`` (shown) whose text is cut, with what is wrong."""
    found: list[tuple[QWidget, str]] = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisible() or widget.width() <= 0:
            continue
        if isinstance(widget, QLabel):
            problems = [_label_problem(widget)]
        elif isinstance(widget, QAbstractButton):
            problems = [_button_problem(widget)]
        elif isinstance(widget, QComboBox):
            problems = [_combo_problem(widget)]
        elif isinstance(widget, QLineEdit):
            problems = [_line_edit_problem(widget)]
        elif isinstance(widget, QTableView):
            problems = _table_problems(widget)
        elif isinstance(widget, QTreeWidget) and widget.objectName() == "sidebar":
            problems = _tree_problems(widget)
        else:
            continue
        found.extend((widget, p) for p in problems if p)
    return found


def global_rect(widget: QWidget) -> QRect:
    return QRect(widget.mapToGlobal(QPoint(0, 0)), widget.size())


def screen_area(window: MainWindow) -> QRect:
    """Where the window must fit: the screen's free area, or the whole screen in presentation mode."""
    screen = window.screen() or QApplication.primaryScreen()
    return screen.geometry() if window.is_presentation() else screen.availableGeometry()


def placement_problems(window: MainWindow, step: str) -> list[Problem]:
    """The window past its screen, a control outside the pages off screen, a page scrolling sideways."""
    area = screen_area(window)
    problems = []
    frame = window.frameGeometry()
    if not area.contains(frame):
        problems.append(Problem(step, "MainWindow", f"the window {_rect(frame)} reaches past the screen's area {_rect(area)}"))
    outside: list[QWidget] = [window.menuBar(), window.sidebar, window.navigation.legend, window.back_button, window.next_button,
                              window.navigation.step_label, window.guidance]
    for widget in outside:
        if widget.isVisible() and not area.contains(global_rect(widget)):
            problems.append(Problem(step, describe(widget), f"at {_rect(global_rect(widget))}, off the screen's area {_rect(area)}"))
    sideways = window.scrolls[step].horizontalScrollBar().maximum()
    if sideways > 0:
        problems.append(Problem(step, f"page {step}", f"scrolls sideways by {sideways} px"))
    return problems


def _rect(rect: QRect) -> str:
    return f"{rect.width()}x{rect.height()}+{rect.x()}+{rect.y()}"


def settle(seconds: float = 0.0) -> None:
    """Let posted layout requests and paints run (and, on a real display, the window manager answer)."""
    app = QApplication.instance()
    assert app is not None
    end = time.monotonic() + seconds
    while True:
        QApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
        app.processEvents()
        if time.monotonic() >= end:
            break
        time.sleep(0.02)


def audit_step(window: MainWindow, step: str) -> list[Problem]:
    """Problems on one step as it is on screen now."""
    problems = placement_problems(window, step)
    roots: list[QWidget] = [window.pages[step], window.menuBar(), window.navigation.sidebar_panel, window.navigation.centre]
    seen: set[int] = set()
    told: set[tuple[int, str]] = set()  # a table under two roots is told once per problem
    for root in roots:
        for widget, what in text_problems(root):
            if (id(widget) not in seen or isinstance(widget, QTableView)) and (id(widget), what) not in told:
                problems.append(Problem(step, describe(widget), what))
            seen.add(id(widget))
            told.add((id(widget), what))
    return problems


def audit(window: MainWindow, png: Path | None = None, tag: str = "") -> list[Problem]:
    """Walk every step of ``window``; return every problem (and write ``png/<tag>-<nn>-<step>.png``)."""
    from wizard.steps import STEP_IDS

    problems: list[Problem] = []
    for number, step in enumerate(STEP_IDS, start=1):
        window.go_to_step(step)
        settle(0.05)
        problems.extend(audit_step(window, step))
        if png is not None:
            png.mkdir(parents=True, exist_ok=True)
            screen = window.screen() or QApplication.primaryScreen()
            shot = screen.grabWindow(0) if QApplication.platformName() == "xcb" else window.grab()
            shot.save(str(png / f"{tag}{'-' if tag else ''}{number:02d}-{step}.png"))
    return problems


def _offscreen_screen(size: str) -> None:
    """Run Qt on an offscreen screen of ``size`` (WxH), with frames around windows as a desktop has."""
    width, height = (int(n) for n in size.lower().split("x"))
    config = {
        "windowFrameMargins": True,
        "screens": [{"name": f"screen-{size}", "x": 0, "y": 0, "width": width, "height": height,
                     "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}],
    }
    handle, name = tempfile.mkstemp(prefix="citypitch-screen-", suffix=".json")
    with os.fdopen(handle, "w") as f:
        json.dump(config, f)
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={name}"


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="python -m wizard.gui.window.audit", description=__doc__.split("\n\n")[0])
    parser.add_argument("samples", nargs="*", help="bundled samples to open (default: all)")
    parser.add_argument("--screen", help="an offscreen screen of this size, WxH (default: the display given)")
    parser.add_argument("--presentation", action="store_true", help="check presentation mode too")
    parser.add_argument("--png", type=Path, help="write a picture of every step into this folder")
    parser.add_argument("--json", action="store_true", help="print the problems as one JSON object")
    parser.add_argument("--lang", default="en", help="interface language (en, ja, id, vi, th, en-XA)")
    args = parser.parse_args(argv)
    if args.screen:
        _offscreen_screen(args.screen)
    from wizard import resources
    from wizard.gui import app as gui_app

    qapp = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(qapp, QApplication)
    # Settings and data of their own: the first window is placed as on a machine that never ran CityPitch.
    scratch = Path(tempfile.mkdtemp(prefix="citypitch-audit-"))
    from PySide6.QtCore import QSettings

    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(scratch / "settings"))
    os.environ["CITYPITCH_DATA_DIR"] = str(scratch / "data")
    qapp.setOrganizationName("CityPitchAudit")
    qapp.setApplicationName("CityPitchAudit")
    from wizard.gui import language

    language.install(qapp, language.chosen(args.lang))  # before any page is built, as citypitch --lang does
    windows = gui_app.start()
    window = windows[0]
    window.activateWindow()
    settle(0.8 if QApplication.platformName() == "xcb" else 0.05)
    report: dict[str, typing.Any] = {
        "screen": _rect((window.screen() or qapp.primaryScreen()).geometry()),
        "available": _rect((window.screen() or qapp.primaryScreen()).availableGeometry()),
        "window": _rect(window.frameGeometry()), "maximized": window.isMaximized(), "checked": [], "problems": [],
    }
    problems: list[Problem] = []
    for sample in args.samples or resources.sample_names():
        if not window.open_sample(sample):
            print(f"cannot open the sample {sample}", file=sys.stderr)
            return 2
        modes = [False, True] if args.presentation else [False]
        for presentation in modes:
            if presentation != window.is_presentation():
                window.presentation.toggle()
                settle(0.8 if QApplication.platformName() == "xcb" else 0.05)
            tag = f"{sample}-{'presentation' if presentation else 'normal'}"
            found = audit(window, args.png, tag)
            report["checked"].append(tag)
            problems.extend(Problem(f"{tag} {p.step}", p.widget, p.what) for p in found)
        if window.is_presentation():
            window.presentation.toggle()
            settle(0.3 if QApplication.platformName() == "xcb" else 0.0)
        window.doc.undo_stack.setClean()
    report["problems"] = [str(p) for p in problems]
    if args.json:
        print(json.dumps(report))
    else:
        print(f"screen {report['screen']}, free area {report['available']}, window {report['window']}"
              f"{' (maximised)' if report['maximized'] else ''}; checked {', '.join(report['checked'])}")
        for problem in problems:
            print(problem)
        print(f"{len(problems)} problem{'s' if len(problems) != 1 else ''}")
    window.close()
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
