"""The finance pack shown on the Financial case page, live from the analysis of the revision on screen.

The panel follows :class:`~wizard.gui.analysismodel.AnalysisModel` and computes nothing itself: the
figures are the analysis' financial results (its tornado, scenarios and currency case worked out
with it while the page is on screen: the panel sets ``finance_detail`` on the model), worded by
:mod:`wizard.figures` (numbers in the proposal's number locale, words in the interface's language, worded
again when the language changes).  What it shows, in the order an investor asks:

- the headline figures: totals, project NPV and IRR with and without terminal value, payback,
  equity IRR and NPV, DSCR minimum (with its year and the lenders' minimum) and average, funding;
- plain sentences on what breaks the case and what does not ("A 20% revenue shortfall turns the NPV
  negative; break-even shortfall: 9.1%."), failing cases first and marked;
- the break-evens, with and without terminal value;
- the cash flows, the DSCR by year and the tornado, drawn with QPainter (:mod:`.charts`);
- the scenarios: a switcher (base case and each of the team's named scenarios: low, high, their own)
  with the chosen case's figures, and every case side by side;
- sources and uses, with the balance stated and flagged when they do not balance.

While the step is not on screen the figures are only marked stale and shown when it is.
"""

from __future__ import annotations

import math
import re
import typing

from PySide6.QtCore import QEvent, QSize, Qt, QTimer
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetrics, QHideEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSizePolicy,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from wizard.gui import language
from wizard.gui.language import QT_TRANSLATE_NOOP, fill, number, translate
from wizard.gui.finance.charts import CashFlowChart, DscrChartView, TornadoChartView, year_totals
from wizard.gui.tables import headings as headings_

if typing.TYPE_CHECKING:
    from wizard.analysis import Analysis
    from wizard.figures import FinancePack, ScenarioTable, SourcesUsesView
    from wizard.gui.analysismodel import AnalysisModel
    from wizard.gui.document import ProposalDocument

__all__ = ["CashFlowChart", "FinanceFigures", "year_totals"]

FAIL_COLOUR = "#B3261E"
FAIL_BACKGROUND = QColor("#FDECEA")


# A minus sign before an amount ("-USD 841.6万") and a number before the Japanese unit that follows it
# ("13億"): places where Unicode line breaking may break a line, and where a wrapped figure was split in two
# ("(-" / "USD 841.6万", "JPY 13" / "億)" in presentation mode), one half read without the other.
_SPLITTABLE = re.compile(r"(?<![\w.,])([-\u2212])(?=[\w\u00a0])|(?<=\d)(?=[万億兆])")
# A currency code and its amount with an ordinary space between them ("JPY 13億").
_CODE_SPACE = re.compile(r"(?<=\b[A-Z]{3}) (?=[-\u2212]?\d)")
WORD_JOINER = "\u2060"


def whole_amounts(text: str) -> str:
    """``text`` with each amount kept on one line when a label wraps it (a word joiner, drawn as nothing,
    after a minus sign and before a Japanese unit; a no-break space between a currency code and its amount)."""
    return _CODE_SPACE.sub("\u00a0", _SPLITTABLE.sub(lambda m: (m.group(1) or "") + WORD_JOINER, text))


def _heading(text: str, parent: QWidget, name: str) -> QLabel:
    label = language.live(QLabel(parent), lambda w, t=text: w.setText(translate("FinancePanel", t)))
    label.setObjectName(name)
    font = label.font()
    font.setBold(True)
    label.setFont(font)
    return label


def _plain_label(parent: QWidget, name: str) -> QLabel:
    label = QLabel(parent)
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


# A cell (or heading) drawn bold: a total, a case's name, the chosen case's heading.
BOLD_ROLE = Qt.ItemDataRole.UserRole + 1
# A row that heads the rows under it (a case's name in the stacked scenarios table), across the table.
GROUP_ROLE = Qt.ItemDataRole.UserRole + 2


class _Cell(QTableWidgetItem):
    """A table cell or heading whose font is the table's current one (its header's, for a heading), bold
    where marked, asked for each time it is drawn or measured.  A font stored on the item when the table was
    filled kept the size of that moment: presentation mode's larger text, or the normal size again after
    it, did not reach bold rows (a bold heading stayed at presentation size back in normal mode)."""

    def __init__(self, text: str, *, heading: bool = False) -> None:
        super().__init__(text)
        self.heading = heading

    def data(self, role: int) -> typing.Any:
        table = self.tableWidget()
        if table is not None and role in (Qt.ItemDataRole.FontRole, Qt.ItemDataRole.BackgroundRole):
            group = bool(super().data(GROUP_ROLE))
            if role == Qt.ItemDataRole.FontRole and (group or super().data(BOLD_ROLE)):
                font = QFont(table.horizontalHeader().font() if self.heading else table.font())
                font.setBold(True)
                return font
            if role == Qt.ItemDataRole.BackgroundRole and group:
                return table.palette().button()  # drawn as the header's sections are: it heads the rows below
        return super().data(role)


class _WrappedText(QStyledItemDelegate):
    """Cells as tall as their wrapped text is drawn. Qt's size hint leaves no room over the lines' own height,
    and a line that mixes scripts ('設備投資：Adaptive signals') is drawn taller (a fallback font), so the
    last line was cut off and elided ('設備投資：Adaptive signals and e-…'). A cell of several lines that is
    not plain ASCII gets its laid-out height plus the focus frame's margin above and below.

    Qt draws a line only if the line after it would fit at the same height as itself (it elides the last
    line it draws otherwise): a taller first line in a fallback font (Thai 32 px over Latin 25) made a row
    of exactly its lines' height lose its second line ('เงินลงทุน: Traffic …').  The height asked for also
    holds each line but the last followed by one as tall as itself."""

    def sizeHint(self, option: QStyleOptionViewItem, index: typing.Any) -> QSize:  # noqa: N802 - Qt's name
        size = super().sizeHint(option, index)
        text = index.data(Qt.ItemDataRole.DisplayRole)
        width = option.rect.width()
        if not isinstance(text, str) or text.isascii() or width <= 0:
            return size
        from PySide6.QtGui import QTextLayout, QTextOption

        font = index.data(Qt.ItemDataRole.FontRole)
        widget = option.widget
        style = widget.style() if widget is not None else None
        margin = (style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, widget) + 1) if style else 3
        layout = QTextLayout(text, font if isinstance(font, QFont) else option.font)
        wrap = QTextOption()
        wrap.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        layout.setTextOption(wrap)
        layout.beginLayout()
        height = 0.0
        lines: list[float] = []
        while True:
            line = layout.createLine()
            if not line.isValid():
                break
            line.setLineWidth(max(1, width - 2 * margin))
            height += line.height()
            lines.append(line.height())
        layout.endLayout()
        # Qt's own test before drawing a line that is not the last: the next assumed as tall as this one.
        reach = max((sum(lines[:i + 1]) + lines[i] for i in range(len(lines) - 1)), default=0.0)
        if layout.lineCount() > 1:  # one line is never cut: Qt's own height holds it
            size.setHeight(max(size.height(), math.ceil(max(height, reach)) + 2 * margin))
        return size


class FigureTable(QTableWidget):
    """A read-only table of worded figures, as tall as its rows (the page scrolls, not the table).

    Its columns fit the page: when they would not (a longer language, presentation mode's larger
    text), the headings wrap onto two lines, or onto as many as their longest words need, before
    the text columns wrap (the row titles, and any other column of words such as the sources' kind);
    figures are never wrapped, shortened or elided.  A table of several figure columns whose row titles
    would be squeezed to a few letters beside them (four scenarios' amounts in presentation mode) is
    stacked instead: one group of rows per column, its heading above, each figure beside its title.
    Only a table whose words alone are wider than the page scrolls sideways.
    """

    def __init__(self, parent: QWidget, name: str, accessible: str) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        language.live(self, lambda w, t=accessible: w.setAccessibleName(translate("FinancePanel", t)))
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.setTabKeyNavigation(False)  # Tab goes on to the next control; the table is read, not edited
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setWordWrap(True)
        self.setItemDelegate(_WrappedText(self))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.horizontalHeader().setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self._shown: tuple[typing.Any, ...] | None = None
        self._headings: list[str] = []
        self._stretch = 0
        self._wrapping: frozenset[int] = frozenset()
        self._fitting = False
        # May show its columns one under the other when they do not fit side by side (see fit).
        self.stackable = False
        # Shown stacked now: two columns (title, figure), a group of rows per figure column of the data.
        self.stacked = False
        # The column of the data whose heading is bold side by side (the scenario chosen above the table).
        self.marked_heading = -1

    def fill(self, headers: list[str], rows: list[list[str]], *, row_headers: list[str] | None = None,
             numeric_from: int = 1, bold_rows: frozenset[int] = frozenset(), marked: frozenset[tuple[int, int]] = frozenset(),
             stretch: int = 0, wrapping: frozenset[int] = frozenset()) -> None:
        """Show ``rows`` under ``headers``; columns from ``numeric_from`` on are figures (never wrapped),
        ``stretch`` is the text column that takes the room left, ``wrapping`` other columns of words."""
        shown = (headers, rows, row_headers, bold_rows, marked, numeric_from, stretch, wrapping)
        if shown == self._shown:
            return  # the same figures: nothing to redraw
        self._shown = shown
        self.stacked = False
        self._populate(headers, rows, row_headers, numeric_from, bold_rows, marked, stretch, wrapping)
        self.fit()

    def _stacked_data(self) -> tuple[list[str], list[list[str]], frozenset[int], frozenset[tuple[int, int]],
                                     dict[int, str]]:
        """The data one figure column under the other: its heading (across the table, drawn as a heading),
        then each row's title and figure; the headings above say what the two columns hold."""
        assert self._shown is not None
        headers, rows, _row_headers, bold_rows, marked, numeric_from, _stretch, _wrapping = self._shown
        stacked: list[list[str]] = []
        bold: set[int] = set()
        marks: set[tuple[int, int]] = set()
        groups: dict[int, str] = {}
        for c in range(numeric_from, len(headers)):
            groups[len(stacked)] = headers[c]
            stacked.append([headers[c], ""])
            for r, cells in enumerate(rows):
                if r in bold_rows:
                    bold.add(len(stacked))
                if (r, c) in marked:
                    marks.add((len(stacked), 1))
                stacked.append([cells[0] if cells else "", cells[c] if c < len(cells) else ""])
        titles = headers[0] if numeric_from == 1 and headers and headers[0] else translate("FinancePanel", "Figure")
        return [titles, translate("FinancePanel", "Value")], stacked, frozenset(bold), frozenset(marks), groups

    def _populate(self, headers: list[str], rows: list[list[str]], row_headers: list[str] | None, numeric_from: int,
                  bold_rows: frozenset[int], marked: frozenset[tuple[int, int]], stretch: int,
                  wrapping: frozenset[int], groups: dict[int, str] | None = None) -> None:
        header = self.horizontalHeader()
        # Sized to their contents once, when everything is in (each label set would measure them again).
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.clear()
        self.clearSpans()
        self.setColumnCount(len(headers))
        self.setRowCount(len(rows))
        self._headings = list(headers)
        for c, heading in enumerate(headers):
            item = _Cell(heading, heading=True)
            if c == self.marked_heading and not self.stacked:
                item.setData(BOLD_ROLE, True)
            self.setHorizontalHeaderItem(c, item)
        self.verticalHeader().setVisible(row_headers is not None)
        if row_headers is not None:
            self.setVerticalHeaderLabels(row_headers)
        groups = groups or {}
        group = ""
        for r, cells in enumerate(rows):
            if r in groups:
                # A case's name across the table, as a heading of the figures under it.
                group = groups[r]
                self.setSpan(r, 0, 1, len(headers))
            for c, text in enumerate(cells):
                item = _Cell(text)
                if c >= numeric_from:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if r in bold_rows:
                    item.setData(BOLD_ROLE, True)
                if r in groups:
                    item.setData(GROUP_ROLE, True)
                elif group and c >= numeric_from and text:
                    # Below the fold the case's row is out of sight: the figure says whose it is, as the
                    # side-by-side table's heading did (to a screen reader too).
                    said = fill(translate("FinancePanel", "%1 — %2: %3"), group, cells[0] if cells else "", text)
                    item.setToolTip(said)
                    item.setData(Qt.ItemDataRole.AccessibleTextRole, said)
                if (r, c) in marked:
                    item.setForeground(QBrush(QColor(FAIL_COLOUR)))
                    item.setBackground(QBrush(FAIL_BACKGROUND))
                self.setItem(r, c, item)
        self._stretch = stretch
        self._wrapping = frozenset(c for c in wrapping if 0 <= c < len(headers) and c != stretch)

    def mark_heading(self, column: int) -> None:
        """Make the heading of the data's ``column`` bold side by side (kept when the table restacks)."""
        self.marked_heading = column
        if self.stacked:
            return  # one column under the other: no headings to mark
        for c in range(self.columnCount()):
            item = self.horizontalHeaderItem(c)
            if item is not None:
                item.setData(BOLD_ROLE, c == column)  # the header's font, bold (see _Cell)

    def _restack(self, stacked: bool) -> None:
        """Show the data side by side or stacked (see the class docstring)."""
        assert self._shown is not None
        self.stacked = stacked
        headers, rows, row_headers, bold_rows, marked, numeric_from, stretch, wrapping = self._shown
        groups: dict[int, str] = {}
        if stacked:
            headers, rows, bold_rows, marked, groups = self._stacked_data()
            row_headers, numeric_from, stretch, wrapping = None, 1, 0, frozenset()
        self._populate(headers, rows, row_headers, numeric_from, bold_rows, marked, stretch, wrapping, groups)

    def fit(self) -> None:
        """Columns as wide as what they hold; the text columns take the room left, or wrap when there is
        little (down to their longest word; never narrower than their old floor while that fits); a table
        that may stack does so rather than squeezing its row titles; then every row shown."""
        if not self.columnCount():
            return
        if self._fitting:
            # Resized while fitting (the page's scroll bar came or went): fit again once this is done.
            QTimer.singleShot(0, self, self.fit)
            return
        self._fitting = True
        try:
            if self.stacked:
                self._restack(False)  # side by side whenever there is room again
            self._fit_columns()
            if self.stackable and self._squeezed():
                self._restack(True)
                self._fit_columns()
            self.fit_height()
        finally:
            self._fitting = False

    def _squeezed(self) -> bool:
        """Side by side, the row titles get less than their floor (or the table scrolls sideways)."""
        width = self.columnWidth(self._stretch)
        return (self.horizontalHeader().length() > self.viewport().width() + 1
                or width < min(self.sizeHintForColumn(self._stretch), self._text_floor()))

    def _word_floor(self, column: int) -> int:
        """The narrowest ``column`` can wrap to: its longest word (and a cell's margins)."""
        style = self.style()
        margin = 2 * (style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, self) + 1) + 2
        widest = 0
        for r in range(self.rowCount()):
            item = self.item(r, column)
            if item is None or not item.text():
                continue
            # The table's own font (presentation mode's size comes from the style sheet, not the items),
            # bold where the row is.
            font = QFont(self.font())
            font.setBold(bool(item.data(BOLD_ROLE)) or bool(item.data(GROUP_ROLE)))
            widest = max(widest, headings_.widest_word([item.text()], QFontMetrics(font)))
        return widest + margin

    def _fit_columns(self) -> None:
        header = self.horizontalHeader()
        margin = headings_.heading_margin(self)
        self._wrap_headings(margin)
        headings = []
        for c in range(self.columnCount()):
            item = self.horizontalHeaderItem(c)
            # The heading in the header's own font (presentation mode sets it apart from the cells'),
            # its widest line; a column as wide as its cells or its heading.
            font = item.data(Qt.ItemDataRole.FontRole) if item is not None else None
            metrics = QFontMetrics(font) if isinstance(font, QFont) else header.fontMetrics()
            headings.append(headings_.line_width(item.text(), metrics) + margin
                            if item is not None and header.isVisibleTo(self) else 0)
            self.setColumnWidth(c, max(self.sizeHintForColumn(c), headings[c]))
        widths = [self.columnWidth(c) for c in range(self.columnCount())]
        text = self._stretch
        wrapping = sorted(self._wrapping)
        # The figures keep their widths; the columns of words share what is left.
        room = self.viewport().width() - sum(w for c, w in enumerate(widths) if c != text and c not in self._wrapping)
        if wrapping and room < sum(widths[c] for c in (text, *wrapping)):
            # Each other column of words down to its longest word (or its heading), in proportion to what
            # it would need on one line, leaving the title column at least its floor when it can.
            floors = {c: max(self._word_floor(c), headings[c]) for c in wrapping}
            title_floor = max(min(widths[text], self._text_floor()), headings[text])
            spare = max(room - title_floor - sum(floors.values()), 0)
            # The title column shares the spare room too (it takes what the others leave, below).
            # (each as it would need on one line, at most the whole room: a long title would take it all).
            want = {c: max(min(widths[c], room) - floors[c], 0) for c in wrapping}
            wanted = sum(want.values()) + max(min(widths[text], room) - title_floor, 0) or 1
            for c in wrapping:
                share = min(widths[c], floors[c] + spare * want[c] // wanted)
                self.setColumnWidth(c, share)
                widths[c] = share
        room -= sum(widths[c] for c in wrapping)
        if room >= widths[text]:
            width = room
        else:
            floor = min(widths[text], self._text_floor())
            if floor > room and not self.stackable:
                # Rather than sideways scrolling: the titles wrap down to their longest word.
                floor = min(floor, max(room, self._word_floor(text)))
            # The column never gets narrower than its heading (wrapped, if the table is tight).
            floor = max(floor, headings[text])
            width = max(room, floor)
        self.setColumnWidth(text, width)

    def _text_floor(self) -> int:
        """The narrowest the text column is made to wrap to (never squeezed to a few letters)."""
        return max(self.fontMetrics().horizontalAdvance("M") * 9, self.viewport().width() // 4)

    def _wrap_headings(self, margin: int) -> None:
        """Headings wrapped when the columns would not fit the table on one line (see headings)."""
        cells = [self.sizeHintForColumn(c) for c in range(self.columnCount())]
        if 0 <= self._stretch < len(cells):
            # The text column's cells wrap (see fit): they need no more than its narrowest width.
            cells[self._stretch] = min(cells[self._stretch], self._text_floor())
        for c in self._wrapping:
            cells[c] = min(cells[c], self._word_floor(c))  # words wrap too, down to the longest
        metrics = self.horizontalHeader().fontMetrics()
        room = self.viewport().width()
        shown = headings_.wrapped_headings(self._headings, cells, metrics, margin, room)
        column = self._stretch
        if 0 <= column < len(shown) and shown[column] != self._headings[column]:
            # The text column takes the room the others leave: its heading stays on one line if that holds it.
            others = sum(max(cells[c], headings_.line_width(t, metrics) + margin) for c, t in enumerate(shown) if c != column)
            if metrics.horizontalAdvance(self._headings[column]) + margin <= room - others:
                shown[column] = self._headings[column]
        for c, heading in enumerate(shown):
            item = self.horizontalHeaderItem(c)
            if item is not None and item.text() != heading:
                item.setText(heading)

    def fit_height(self) -> None:
        self.resizeRowsToContents()
        shown = [item.text() for c in range(self.columnCount()) if (item := self.horizontalHeaderItem(c)) is not None]
        header = headings_.fit_header_height(self, shown) if not self.horizontalHeader().isHidden() else 0
        height = header + 2 * self.frameWidth()
        height += sum(self.rowHeight(r) for r in range(self.rowCount()))
        if self.horizontalHeader().length() > self.viewport().width() + 1:
            height += self.horizontalScrollBar().sizeHint().height()
        self.setFixedHeight(height)
        # The scroll bars' ranges now, not after a turn of the event loop (rows were just replaced, when
        # the table stacked or unstacked, and a range from the old rows would show a scroll bar meanwhile).
        self.updateGeometries()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self.fit()

    def resizeEvent(self, event: typing.Any) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        if event.oldSize().width() != event.size().width():
            self.fit()


class FinanceFigures(QWidget):
    """The finance pack of the latest analysis (see the module docstring)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.doc: ProposalDocument | None = None
        self.analysis: AnalysisModel | None = None
        self._stale = False
        self._shown_analysis: Analysis | None = None  # worded again, never recomputed, when the language changes
        self.pack: FinancePack | None = None
        self.values: dict[str, QLabel] = {}
        self.grid = QGridLayout()
        self.grid.setHorizontalSpacing(16)
        self.grid.setColumnStretch(1, 1)
        self.note = _plain_label(self, "finance_notes")

        # What breaks the case, and what does not.
        self.verdict_heading = _heading(QT_TRANSLATE_NOOP("FinancePanel", "What breaks the case"), self, "verdict_heading")
        self.failing = _plain_label(self, "verdicts_failing")
        self.failing.setStyleSheet(f"color: {FAIL_COLOUR};")
        self.holding = _plain_label(self, "verdicts_holding")
        self.break_even = FigureTable(self, "break_even_table", QT_TRANSLATE_NOOP("FinancePanel", "Break-even values: where the NPV reaches zero"))

        # Charts.
        self.chart_heading = _heading(QT_TRANSLATE_NOOP("FinancePanel", "Cash flows by year"), self, "cash_flow_heading")
        self.chart = CashFlowChart(self)
        self.chart.setObjectName("cash_flow_chart")
        self.dscr_heading = _heading(QT_TRANSLATE_NOOP("FinancePanel", "Debt cover by year"), self, "dscr_heading")
        self.dscr_chart = DscrChartView(self)
        self.dscr_chart.setObjectName("dscr_chart")
        self.tornado_heading = _heading(QT_TRANSLATE_NOOP("FinancePanel", "What moves the NPV most"), self, "tornado_heading")
        self.tornado_chart = TornadoChartView(self)
        self.tornado_chart.setObjectName("tornado_chart")
        self.tornado_notes = _plain_label(self, "tornado_notes")  # drivers that leave the NPV where it is

        # Scenarios: the switcher, the chosen case's figures, and all side by side.
        self.scenario_heading = _heading(QT_TRANSLATE_NOOP("FinancePanel", "Scenarios"), self, "scenario_heading")
        self.scenario_box = QComboBox(self)
        self.scenario_box.setObjectName("scenario_switcher")
        language.live(self.scenario_box, lambda w: w.setAccessibleName(translate("FinancePanel", "Scenario shown")))
        self.scenario_box.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.scenario_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.scenario_box.setMinimumContentsLength(14)
        self.switcher_label = language.live(QLabel(self), lambda w: w.setText(translate("FinancePanel", "Scenario shown:")))
        self.switcher_label.setBuddy(self.scenario_box)
        switcher = QHBoxLayout()
        switcher.addWidget(self.switcher_label)
        switcher.addWidget(self.scenario_box, 1)
        self.scenario_description = _plain_label(self, "scenario_description")
        self.scenario_figures = _plain_label(self, "scenario_figures")
        self.scenario_table = FigureTable(self, "scenario_table", QT_TRANSLATE_NOOP("FinancePanel", "Scenarios side by side"))
        self.scenario_table.stackable = True  # four cases' amounts do not fit beside their titles in a long language
        self.scenario_hint = _plain_label(self, "scenario_hint")
        language.live(self.scenario_hint, lambda w: w.setText(translate(
            "FinancePanel", "Add named scenarios (a low and a high case, and your own) in the Scenarios table below to see "
                            "them here beside the base case.")))
        self.scenario_box.currentIndexChanged.connect(self._on_scenario_chosen)

        # Sources and uses.
        self.sources_heading = _heading(QT_TRANSLATE_NOOP("FinancePanel", "Sources and uses"), self, "sources_heading")
        self.sources_table = FigureTable(self, "sources_uses_table", QT_TRANSLATE_NOOP("FinancePanel", "Sources and uses of funds"))
        self.balance = _plain_label(self, "sources_uses_balance")
        self.guarantees = _plain_label(self, "sources_uses_guarantees")

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self.grid)
        layout.addWidget(self.note)
        layout.addWidget(self.verdict_heading)
        layout.addWidget(self.failing)
        layout.addWidget(self.holding)
        layout.addWidget(self.break_even)
        layout.addWidget(self.chart_heading)
        layout.addWidget(self.chart)
        layout.addWidget(self.dscr_heading)
        layout.addWidget(self.dscr_chart)
        layout.addWidget(self.tornado_heading)
        layout.addWidget(self.tornado_chart)
        layout.addWidget(self.tornado_notes)
        layout.addWidget(self.scenario_heading)
        layout.addLayout(switcher)
        layout.addWidget(self.scenario_description)
        layout.addWidget(self.scenario_figures)
        layout.addWidget(self.scenario_table)
        layout.addWidget(self.scenario_hint)
        layout.addWidget(self.sources_heading)
        layout.addWidget(self.sources_table)
        layout.addWidget(self.balance)
        layout.addWidget(self.guarantees)

    def bind(self, doc: "ProposalDocument", analysis: "AnalysisModel") -> None:
        self.doc = doc
        self.analysis = analysis
        # While the page is on screen the tornado, the scenarios and the currency case are worked out with
        # each analysis (in the background when the analysis is slow), never on this page's own account;
        # on other steps they are not worked out at all (readiness never reads them).
        analysis.finance_detail = self.isVisible()
        analysis.analysis_changed.connect(self._on_analysis_changed)
        language.notifier().language_changed.connect(self._on_language_changed)
        self.refresh()

    # Wording the figures takes milliseconds (tens the first time, for the locale data): while the
    # Financial case step is not on screen they are only marked stale, and shown when it shows.

    def _on_analysis_changed(self, analysis: "Analysis") -> None:
        if self.isVisible():
            self.show_analysis(analysis)
        else:
            self._stale = True

    def _on_language_changed(self, _code: str) -> None:
        """The same analysis in the new language's words: only the wording changes, nothing is recomputed."""
        if self._shown_analysis is None:
            return
        if self.isVisible():
            self.show_analysis(self._shown_analysis)
        else:
            self._stale = True

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        if self.analysis is not None:
            self.analysis.finance_detail = True
        if self._stale:
            self.refresh()
        super().showEvent(event)

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802 - Qt's name
        if self.analysis is not None and not event.spontaneous():  # a minimised window keeps its page
            self.analysis.finance_detail = False
        super().hideEvent(event)

    def _row(self, key: str, title: str) -> QLabel:
        label = self.values.get(key)
        if label is not None:
            # Titles can change with the data (the NPV's title names the discount rate).
            title_label = self.findChild(QLabel, f"figure_title_{key}")
            if title_label is not None:
                title_label.setText(title)
            label.setAccessibleName(title)
        else:
            row = len(self.values)
            name = QLabel(title, self)
            name.setObjectName(f"figure_title_{key}")
            name.setWordWrap(True)
            label = _plain_label(self, f"figure_{key}")
            label.setAccessibleName(title)
            self.grid.addWidget(name, row, 0, Qt.AlignmentFlag.AlignTop)
            self.grid.addWidget(label, row, 1)
            self.values[key] = label
        return label

    def figures(self, analysis: "Analysis | None" = None) -> list[tuple[str, str, str]]:
        """(key, title, text) for every headline figure shown and the notes; the data behind the labels."""
        assert self.doc is not None and self.analysis is not None
        from wizard import figures

        results = (analysis or self.analysis.current()).finance
        return figures.finance_figures(self.doc.proposal.finance, results, self._locale(), language.current())

    def _locale(self) -> str:
        """The window's number convention (the interface language's), as every figure the window shows."""
        from wizard.gui.steps.entry import window_locale

        return window_locale()

    def refresh(self) -> None:
        """Show the figures of the newest revision (analysed now if the pause after an edit is not over)."""
        if self.analysis is not None:
            self.show_analysis(self.analysis.current())

    def show_analysis(self, analysis: "Analysis") -> None:
        if self.doc is None:
            return
        from wizard import figures

        self._stale = False
        case = self.doc.proposal.finance
        pack = figures.finance_pack(case, analysis.finance, self._locale(), language.current())
        self._shown_analysis = analysis
        self.pack = pack
        shown = set()
        for key, title, text in pack.figures:
            self._row(key, title).setText(whole_amounts(text))
            shown.add(key)
        # Figures that do not apply any more (no terminal value, no loans) leave the grid.
        for key, label in self.values.items():
            visible = key in shown
            label.setVisible(visible)
            title_label = self.findChild(QLabel, f"figure_title_{key}")
            if title_label is not None:
                title_label.setVisible(visible)
        # The finance module names every problem; the first few are enough beside the figures.
        notes = list(pack.notes)
        listed = notes[:6] + ([fill(translate("FinancePanel", "...and %1 more (see the Review page)."), number(len(notes) - 6))] if len(notes) > 6 else [])
        self.note.setText("\n".join(f"• {n}" for n in listed))
        self.note.setVisible(bool(notes))
        self._show_verdicts(pack)
        self.chart.set_rows(year_totals(case.lines), self._cash_flow_description(pack))
        self.dscr_chart.set_data(pack.dscr)
        self.tornado_chart.set_data(pack.tornado)
        has_loans = bool(analysis.finance.structure and analysis.finance.structure.loans)
        self.dscr_heading.setVisible(pack.dscr is not None or has_loans)
        self.dscr_chart.setVisible(pack.dscr is not None or has_loans)
        self.tornado_heading.setVisible(pack.tornado is not None)
        self.tornado_chart.setVisible(pack.tornado is not None)
        unmoved = list(pack.tornado.unmoved) if pack.tornado else []
        self.tornado_notes.setText("\n".join(unmoved))
        self.tornado_notes.setVisible(bool(unmoved))
        self._show_scenarios(pack.scenarios)
        self._show_sources_uses(pack.sources_uses)

    def _cash_flow_description(self, pack: "FinancePack") -> str:
        totals = {key: text for key, _title, text in pack.figures if key in ("capex", "opex", "revenue")}
        if not totals:
            return ""
        return fill(translate("FinancePanel", "Bars by year. Totals: capex %1, opex %2, revenue %3."),
                    totals.get("capex", ""), totals.get("opex", ""), totals.get("revenue", ""))

    def _show_verdicts(self, pack: "FinancePack") -> None:
        failing = [v.text for v in pack.verdicts if v.fails]
        holding = [v.text for v in pack.verdicts if not v.fails]
        self.failing.setText(whole_amounts("\n".join(f"✗ {text}" for text in failing)))
        self.holding.setText(whole_amounts("\n".join(f"✓ {text}" for text in holding)))
        self.failing.setVisible(bool(failing))
        self.holding.setVisible(bool(holding))
        self.failing.setAccessibleName(translate("FinancePanel", "Where the case fails"))
        self.holding.setAccessibleName(translate("FinancePanel", "Where the case holds"))
        if pack.break_even:
            headers = ([translate("FinancePanel", "Break-even (NPV = 0)"), translate("FinancePanel", "Without terminal value")]
                       + ([translate("FinancePanel", "With terminal value")] if pack.has_terminal else []))
            rows = [[row.title, row.without_terminal] + ([row.with_terminal] if pack.has_terminal else [])
                    for row in pack.break_even]
            self.break_even.fill(headers, rows, stretch=0)
        self.break_even.setVisible(bool(pack.break_even))
        self.verdict_heading.setVisible(bool(pack.verdicts or pack.break_even))

    def _show_scenarios(self, table: "ScenarioTable | None") -> None:
        chosen = self.scenario_box.currentData()
        self.scenario_box.blockSignals(True)
        self.scenario_box.clear()
        if table is not None:
            for column in table.columns:
                self.scenario_box.addItem((fill(translate("FinancePanel", "%1 (NPV negative)"), column.label)
                                         if column.npv_negative else column.label), column.key)
            index = self.scenario_box.findData(chosen)
            self.scenario_box.setCurrentIndex(max(index, 0))
        self.scenario_box.blockSignals(False)
        visible = table is not None
        for widget in (self.scenario_heading, self.switcher_label, self.scenario_box, self.scenario_table,
                       self.scenario_description, self.scenario_figures):
            widget.setVisible(visible)
        self.scenario_hint.setVisible(table is not None and len(table.columns) < 2)
        if table is None:
            return
        headers = ["", *(c.label for c in table.columns)]
        rows = [[title, *texts] for title, texts in table.rows]
        negative = frozenset((r, c + 1) for r in table.npv_rows for c, column in enumerate(table.columns)
                             if column.npv_negative)
        self.scenario_table.fill(headers, rows, marked=negative, stretch=0)
        self._on_scenario_chosen()

    def _on_scenario_chosen(self, _index: int = -1) -> None:
        pack = self.pack
        if pack is None or pack.scenarios is None:
            return
        from wizard.figures import labelled

        table = pack.scenarios
        key = self.scenario_box.currentData()
        column = next((c for c in table.columns if c.key == key), table.columns[0])
        self.scenario_description.setText(labelled(column.label, column.description, pack.lang) if column.description
                                          else column.label)
        lines = [labelled(title, text, pack.lang) for title, text in table.figures_of(column.key)]
        self.scenario_figures.setText(whole_amounts("\n".join(lines)))
        self.scenario_figures.setAccessibleName(fill(translate("FinancePanel", "Figures of the %1"), column.label))
        self.scenario_box.setAccessibleDescription("; ".join(lines))
        # The chosen case's column stands out in the side-by-side table.
        index = next((i for i, c in enumerate(table.columns) if c.key == column.key), 0)
        self.scenario_table.mark_heading(index + 1)

    def choose_scenario(self, key: str) -> bool:
        """Show the scenario with ``key`` ("base", "scenario_0", ...) in the switcher; False if there is none."""
        index = self.scenario_box.findData(key)
        if index < 0:
            return False
        self.scenario_box.setCurrentIndex(index)
        return True

    def _show_sources_uses(self, view: "SourcesUsesView | None") -> None:
        for widget in (self.sources_heading, self.sources_table, self.balance):
            widget.setVisible(view is not None)
        self.guarantees.setVisible(bool(view and view.guarantees))
        if view is None:
            return
        rows: list[list[str]] = [[translate("FinancePanel", "Uses"), "", "", ""]]
        bold = {0}
        rows += [[line.label, "", line.amount, line.share] for line in view.uses]
        rows.append([translate("FinancePanel", "Total uses"), "", view.total_uses, "100%" if view.uses else ""])
        bold.add(len(rows) - 1)
        rows.append([translate("FinancePanel", "Sources"), "", "", ""])
        bold.add(len(rows) - 1)
        rows += [[line.label, line.kind, line.amount, line.share] for line in view.sources]
        rows.append([translate("FinancePanel", "Total sources"), "", view.total_sources, "100%" if view.sources else ""])
        bold.add(len(rows) - 1)
        marked = frozenset((len(rows) - 1, c) for c in (0, 2)) if view.balanced is False else frozenset()
        self.sources_table.fill([translate("FinancePanel", "Item"), translate("FinancePanel", "Kind"),
                                 translate("FinancePanel", "Amount"), translate("FinancePanel", "Share")], rows, numeric_from=2, bold_rows=frozenset(bold),
                                marked=marked, stretch=0, wrapping=frozenset({1}))
        self.balance.setText(("✗ " if view.balanced is False else "") + view.balance)
        self.balance.setStyleSheet(f"color: {FAIL_COLOUR};" if view.balanced is False else "")
        self.guarantees.setText(view.guarantees)
