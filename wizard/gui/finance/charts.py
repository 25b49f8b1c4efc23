"""The finance page's charts, drawn with QPainter (no plotting library on the GUI path).

Each chart is given its data already worded (:mod:`wizard.figures`): floats place the bars, every
number drawn is the text made there in the proposal's number locale.  Sizes follow the widget's
font, so the charts grow with presentation mode's larger text, and each chart's accessible
description says what it shows, with the figures.
"""

from __future__ import annotations

import typing

from decimal import Decimal

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QBrush, QColor, QFontMetrics, QFontMetricsF, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from wizard.gui import language
from wizard.gui.language import QT_TRANSLATE_NOOP, fill, translate
from wizard.figures import DscrChart, TornadoChart
from wizard.model import REVENUE_FIELDS, YearLine

SERIES = ((QT_TRANSLATE_NOOP("Fields", "Capex"), QColor("#8C3B0F")), (QT_TRANSLATE_NOOP("Fields", "Opex"), QColor("#C98A2B")),
          (QT_TRANSLATE_NOOP("FinancePanel", "Revenue"), QColor("#0F6E8C")))
#: Bars that meet the lenders' minimum, and those below it (a darker red, and hatched: not by colour alone).
COVER_OK = QColor("#0F6E8C")
COVER_LOW = QColor("#B3261E")
#: Tornado bars: the driver 20% lower, and 20% higher.
LOWER = QColor("#C98A2B")
HIGHER = QColor("#0F6E8C")


def year_totals(lines: list[YearLine]) -> list[tuple[str, Decimal, Decimal, Decimal]]:
    """(year label, capex, opex, revenue) for each line, in the order entered."""
    out = []
    for index, line in enumerate(lines):
        revenue = sum((getattr(line, name) or Decimal(0) for name in REVENUE_FIELDS), Decimal(0))
        label = str(line.year) if line.year is not None else f"#{index + 1}"
        out.append((label, line.capex or Decimal(0), line.opex or Decimal(0), revenue))
    return out


class _Chart(QWidget):
    """A chart whose height follows its text size (presentation mode enlarges it)."""

    #: Height in lines of text.
    LINES = 11.0

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # a screen reader can reach it and read its description
        self._fit()

    def _fit(self) -> None:
        self.setFixedHeight(int(QFontMetricsF(self.font()).height() * self.LINES))

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        return QSize(480, self.height())

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.FontChange:
            self._fit()
        super().changeEvent(event)

    def _text_colour(self) -> QColor:
        return self.palette().text().color()

    def _focus_frame(self, painter: QPainter) -> None:
        if self.hasFocus():
            painter.setPen(QPen(self.palette().highlight().color(), 2))
            painter.drawRect(QRectF(self.rect()).adjusted(1, 1, -1, -1))

    def _begin(self, has_data: bool, empty: str) -> tuple[QPainter, QFontMetrics, float, QRectF] | None:
        """A painter, its font's metrics, a line's height and the area inside the margins, or None when
        there is nothing to draw yet: then ``empty`` (what to enter for the chart to show) is painted."""
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        metrics = painter.fontMetrics()
        area = QRectF(self.rect()).adjusted(8, 8, -8, -8)
        if not has_data:
            self._paint_empty(painter, area, empty, Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap)
            return None
        return painter, metrics, metrics.height(), area

    def _legend(self, painter: QPainter, area: QRectF, items: list[tuple[str, QColor, bool]]) -> float:
        """Keys along the top of ``area``: a box in each series' colour (hatched where the bars are), then its
        text; a key that does not fit beside the one before goes under it, and a text wider than the area
        wraps (en-XA in presentation mode ran off the chart's right edge).  Returns the height taken."""
        metrics = painter.fontMetrics()
        line_h = metrics.height()
        box = line_h * 0.7
        x, y, row_h = area.left(), area.top(), float(line_h)
        for text, colour, hatched in items:
            wide = metrics.horizontalAdvance(text) + 4
            if x > area.left() and x + box + 4 + wide > area.right():
                x, y, row_h = area.left(), y + row_h, float(line_h)
            room = max(area.right() - x - box - 4, 1.0)
            flags = Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextDontClip | Qt.TextFlag.TextWordWrap
            high = max(float(line_h), painter.boundingRect(QRectF(0, 0, min(wide, room), 10_000), flags, text).height())
            self._bar(painter, QRectF(x, y + (line_h - box) / 2, box, box), colour, hatched)
            painter.setPen(self._text_colour())
            # Not clipped to the font's line: a Japanese or Thai legend drawn in a fallback font is taller
            # (the foot of '貸し手の最低水準' was cut in presentation mode); the plot begins lines below.
            painter.drawText(QRectF(x + box + 4, y, min(wide, room), high), flags, text)
            x += box + 16 + min(wide, room)
            row_h = max(row_h, high)
        return y + row_h - area.top()

    @staticmethod
    def _bar(painter: QPainter, rect: QRectF, colour: QColor, hatched: bool) -> None:
        painter.fillRect(rect, colour)
        if hatched:
            # Hatched as well as red: a year below the minimum is told apart without seeing colour.
            painter.fillRect(rect, QBrush(QColor("white"), Qt.BrushStyle.BDiagPattern))

    def _paint_empty(self, painter: QPainter, area: QRectF, text: str,
                     flags: Qt.AlignmentFlag | Qt.TextFlag = Qt.AlignmentFlag.AlignCenter) -> None:
        """What to enter for the chart to show, in the placeholder colour; ends the painting."""
        painter.setPen(self.palette().placeholderText().color())
        painter.drawText(area, flags, text)
        self._focus_frame(painter)
        painter.end()


class CashFlowChart(_Chart):
    """Grouped bars of capex, opex and revenue by year."""

    LINES = 10.0

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[tuple[str, Decimal, Decimal, Decimal]] = []
        language.live(self, lambda w: w.setAccessibleName(translate("FinancePanel", "Capex, opex and revenue by year")))

    def set_rows(self, rows: list[tuple[str, Decimal, Decimal, Decimal]], description: str = "") -> None:
        self.rows = rows
        self.setAccessibleDescription(description)
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        area = QRectF(self.rect()).adjusted(8, 8, -8, -8)
        metrics = painter.fontMetrics()
        legend_h = metrics.height() + 6
        x = area.left()
        box = metrics.height() * 0.7
        for english, colour in SERIES:
            name = translate("Fields" if english in ("Capex", "Opex") else "FinancePanel", english)
            painter.fillRect(QRectF(x, area.top() + (legend_h - box) / 2 - 2, box, box), colour)
            painter.setPen(self._text_colour())
            painter.drawText(QRectF(x + box + 4, area.top(), metrics.horizontalAdvance(name) + 4, legend_h),
                             Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextDontClip, name)
            x += box + 16 + metrics.horizontalAdvance(name)
        plot = area.adjusted(0, legend_h + 4, 0, -(metrics.height() + 4))
        painter.setPen(QPen(self.palette().mid().color()))
        painter.drawLine(plot.bottomLeft(), plot.bottomRight())
        if not self.rows:
            self._paint_empty(painter, plot, translate("FinancePanel", "Add yearly cash flows to see the chart"))
            return
        peak = max((max(c, o, r) for _y, c, o, r in self.rows), default=Decimal(0)) or Decimal(1)
        group = plot.width() / len(self.rows)
        bar = max(min(group / 4, 28), 1)
        step_label = max(1, int(len(self.rows) * (metrics.horizontalAdvance("2030") + 8) / max(plot.width(), 1)) + 1)
        for index, (year, *values) in enumerate(self.rows):
            left = plot.left() + index * group + (group - 3 * bar) / 2
            for k, (value, (_name, colour)) in enumerate(zip(values, SERIES, strict=True)):
                height = float(value / peak) * plot.height()
                painter.fillRect(QRectF(left + k * bar, plot.bottom() - height, bar - 1, height), colour)
            if index % step_label == 0:
                painter.setPen(self._text_colour())
                painter.drawText(
                    QRectF(plot.left() + index * group, plot.bottom() + 2, group * step_label, metrics.height() + 2),
                    Qt.AlignmentFlag.AlignLeft if step_label > 1 else Qt.AlignmentFlag.AlignHCenter,
                    year,
                )
        self._focus_frame(painter)
        painter.end()


class DscrChartView(_Chart):
    """Debt service cover by year: a bar a year, the lenders' minimum as a dashed line."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.data: DscrChart | None = None
        language.live(self, lambda w: w.setAccessibleName(translate("FinancePanel", "Debt service cover ratio (DSCR) by year")))

    def set_data(self, data: DscrChart | None) -> None:
        self.data = data
        self.setAccessibleDescription(data.description if data is not None else
                                      translate("FinancePanel", "No debt service from the start of operation, so no cover "
                                                                "ratio to show."))
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        data = self.data
        begun = self._begin(data is not None and bool(data.values), translate(
            "FinancePanel", "Enter the loans' terms (interest rate and tenor) to see the debt cover by year"))
        if begun is None or data is None:
            return
        painter, metrics, line_h, area = begun
        # Legend: what the bars and the line are.
        legend = [("DSCR", COVER_OK, False)]
        if data.minimum is not None:
            legend.append((fill(translate("FinancePanel", "below the lenders' minimum (%1)"), data.minimum_text), COVER_LOW, True))
        legend_h = max(self._legend(painter, area, legend), line_h)
        top = max(max(data.values), data.minimum or 0.0) * 1.05 or 1.0
        axis_w = metrics.horizontalAdvance("10.0x") + 6
        # Below the legend, a line of room for the value over the tallest bar.
        plot = area.adjusted(axis_w, legend_h + line_h + 8, 0, -(line_h + 4))
        # Axis: a few whole-number ticks.
        step = max(1, int(top / 4) + (1 if top / 4 > int(top / 4) else 0)) if top > 4 else 1
        painter.setPen(QPen(self.palette().mid().color()))
        painter.drawLine(plot.bottomLeft(), plot.bottomRight())
        tick = 0
        while tick <= top:
            y = plot.bottom() - tick / top * plot.height()
            painter.setPen(QPen(self.palette().mid().color(), 1, Qt.PenStyle.DotLine))
            if tick:
                painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            painter.setPen(self._text_colour())
            painter.drawText(QRectF(area.left(), y - line_h / 2, axis_w - 6, line_h),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, f"{tick}x")
            tick += step
        n = len(data.values)
        group = plot.width() / n
        bar = max(min(group * 0.7, 48), 2)
        label_every = max(1, int(n * (metrics.horizontalAdvance("2030") + 8) / max(plot.width(), 1)) + 1)
        show_values = metrics.horizontalAdvance("0.00x") + 2 <= group
        below = set(data.below)
        for i, (year, value, text) in enumerate(zip(data.years, data.values, data.texts, strict=True)):
            height = max(value, 0.0) / top * plot.height()
            left = plot.left() + i * group + (group - bar) / 2
            rect = QRectF(left, plot.bottom() - height, bar, height)
            low = year in below
            self._bar(painter, rect, COVER_LOW if low else COVER_OK, low)
            painter.setPen(self._text_colour())
            if show_values:
                painter.drawText(QRectF(plot.left() + i * group, rect.top() - line_h, group, line_h),
                                 Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom, text)
            if i % label_every == 0:
                painter.drawText(QRectF(plot.left() + i * group, plot.bottom() + 2, group * label_every, line_h + 2),
                                 Qt.AlignmentFlag.AlignLeft if label_every > 1 else Qt.AlignmentFlag.AlignHCenter,
                                 str(year))
        if data.minimum is not None:
            y = plot.bottom() - data.minimum / top * plot.height()
            painter.setPen(QPen(COVER_LOW, 2, Qt.PenStyle.DashLine))
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
        self._focus_frame(painter)
        painter.end()

class TornadoChartView(_Chart):
    """Each driver at -20% and +20%: a bar from one end's NPV to the other's, across the base case's NPV."""

    LINES = 12.0

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.data: TornadoChart | None = None
        language.live(self, lambda w: w.setAccessibleName(
            translate("FinancePanel", "Sensitivity tornado: NPV with each driver 20% lower or higher")))

    def _legend_items(self) -> list[tuple[str, QColor, bool]]:
        return [(translate("FinancePanel", "driver 20% lower"), LOWER, False),
                (translate("FinancePanel", "driver 20% higher"), HIGHER, False)]

    def _label_width(self, width: float) -> float:
        """The drivers' names' column: as wide as the widest name, at most 30% of the chart."""
        data: TornadoChart | None = getattr(self, "data", None)
        if data is None or not data.bars:
            return 0.0
        metrics = QFontMetricsF(self.font())
        return min(max(metrics.horizontalAdvance(b.label) for b in data.bars) + 10, width * 0.3)

    def _fit(self) -> None:
        """Tall enough for a row per driver, each as tall as its name wrapped in its column (en-XA at
        presentation size cut '[Ðîšçöûñţ ŕåţé]' to 'šçöûñţ ŕåţé'), and for a legend on more than one line."""
        metrics = QFontMetricsF(self.font())
        line_h = metrics.height() or 1.0
        width = max(self.width() - 16, 1)
        names = 1.0
        data: TornadoChart | None = getattr(self, "data", None)  # None while _Chart.__init__ runs
        if data is not None and data.bars:
            label_w = self._label_width(width)
            flags = int(Qt.AlignmentFlag.AlignRight | Qt.TextFlag.TextWordWrap)
            names = max(metrics.boundingRect(QRectF(0, 0, max(label_w - 6, 1), 10_000), flags, b.label).height()
                        for b in data.bars) / line_h
        legend = sum(metrics.horizontalAdvance(text) + 4 + line_h * 0.7 + 16 for text, _c, _h in self._legend_items())
        legend_lines = 1.0 if legend <= width else 2.0 + max(0.0, max(
            metrics.horizontalAdvance(text) for text, _c, _h in self._legend_items()) - width) / width
        bars = len(data.bars) if data is not None else 2
        self.LINES = 3.0 + legend_lines + max(1.6, 1.2 * names + 0.2) * bars
        super()._fit()

    def resizeEvent(self, event: typing.Any) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        if event.oldSize().width() != event.size().width():
            self._fit()  # the names wrap at the new width

    def set_data(self, data: TornadoChart | None) -> None:
        self.data = data
        self._fit()
        self.setAccessibleDescription(data.description if data is not None else
                                      translate("FinancePanel", "Enter yearly cash flows and the discount rate to see what "
                                                                "moves the NPV most."))
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        data = self.data
        begun = self._begin(data is not None and bool(data.bars), translate(
            "FinancePanel", "Enter yearly cash flows and the discount rate to see what moves the NPV most"))
        if begun is None or data is None:
            return
        painter, metrics, line_h, area = begun
        legend_h = max(self._legend(painter, area, self._legend_items()), line_h)
        label_w = self._label_width(area.width())
        value_w = max(max(metrics.horizontalAdvance(b.low_text), metrics.horizontalAdvance(b.high_text))
                      for b in data.bars) + 8
        # Below the legend, a line for the "NPV 0" mark; below the bars, a line for the base case.
        plot = QRectF(area.left() + label_w + value_w, area.top() + legend_h + line_h * 1.4,
                      max(area.width() - label_w - 2 * value_w, 40), area.height() - legend_h - line_h * 2.8)
        values = [data.base, 0.0] + [v for b in data.bars for v in (b.low, b.high)]
        lo, hi = min(values), max(values)
        span = (hi - lo) or 1.0

        def at(value: float) -> float:
            return plot.left() + (value - lo) / span * plot.width()

        row_h = plot.height() / len(data.bars)
        bar_h = max(min(row_h * 0.62, line_h * 1.2), 3)
        figures: list[tuple[QRectF, Qt.AlignmentFlag, str]] = []
        for i, bar in enumerate(data.bars):
            y = plot.top() + i * row_h + (row_h - bar_h) / 2
            painter.setPen(self._text_colour())
            # A name wider than its column wraps (the chart is made tall enough: see _fit), never cut.
            painter.drawText(QRectF(area.left(), plot.top() + i * row_h, label_w - 6, row_h),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter | Qt.TextFlag.TextWordWrap,
                             bar.label)
            base_x = at(data.base)
            for value, colour in ((bar.low, LOWER), (bar.high, HIGHER)):
                left, right = sorted((base_x, at(value)))
                painter.fillRect(QRectF(left, y, max(right - left, 1.0), bar_h), colour)
            if bar.note:  # the driver leaves the NPV where it is: said beside the base line (in full below)
                text = translate("FinancePanel", "no effect on the NPV")
                room = area.right() - base_x - 4
                left_room = base_x - 4 - label_w - area.left()
                if metrics.horizontalAdvance(text) + 4 <= room:
                    figures.append((QRectF(base_x + 4, plot.top() + i * row_h, room, row_h),
                                    Qt.AlignmentFlag.AlignLeft, text))
                elif metrics.horizontalAdvance(text) + 4 <= left_room:
                    figures.append((QRectF(label_w + area.left(), plot.top() + i * row_h, left_room, row_h),
                                    Qt.AlignmentFlag.AlignRight, text))
                # else: room on neither side (Indonesian at presentation size): drawn over the row's own label
                # it hid 'Suku bunga' under its background; the sentence under the chart says it whole.
                continue
            # Each end's NPV beside it: the one further left on the left, the other on the right.
            ends = sorted(((bar.low, bar.low_text), (bar.high, bar.high_text)))
            left_x = min(at(ends[0][0]), base_x)
            right_x = max(at(ends[1][0]), base_x)
            figures.append((QRectF(left_x - value_w, plot.top() + i * row_h, value_w - 4, row_h),
                            Qt.AlignmentFlag.AlignRight, ends[0][1]))
            figures.append((QRectF(right_x + 4, plot.top() + i * row_h, value_w - 4, row_h),
                            Qt.AlignmentFlag.AlignLeft, ends[1][1]))
        # Zero (where the NPV turns negative) when it is in view: over the bars, under the figures.
        if lo < 0 < hi:
            painter.setPen(QPen(COVER_LOW, 1.5, Qt.PenStyle.DashLine))
            painter.drawLine(QPointF(at(0.0), plot.top() - 2), QPointF(at(0.0), plot.bottom() + 2))
            painter.setPen(COVER_LOW)
            text = "NPV 0"
            painter.drawText(QRectF(at(0.0) - metrics.horizontalAdvance(text) / 2 - 2, plot.top() - line_h - 2,
                                    metrics.horizontalAdvance(text) + 4, line_h), Qt.AlignmentFlag.AlignCenter, text)
        painter.setPen(self._text_colour())
        for rect, side, text in figures:
            self._figure(painter, rect, side, text)
        # The base case's NPV.
        painter.setPen(QPen(self._text_colour(), 1.5))
        painter.drawLine(QPointF(at(data.base), plot.top() - 2), QPointF(at(data.base), plot.bottom() + 2))
        # Not clipped to the line: Thai marks below a letter reach under the Latin font's descent.
        painter.drawText(QRectF(area.left(), plot.bottom() + 2, area.width(), line_h),
                         Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextDontClip,
                         fill(translate("FinancePanel", "%1 as entered: %2"), data.basis, data.base_text))
        self._focus_frame(painter)
        painter.end()

    def _figure(self, painter: QPainter, rect: QRectF, side: Qt.AlignmentFlag, text: str) -> None:
        """A bar's NPV beside it, on the page's background so the zero line never runs through the digits."""
        flags = side | Qt.AlignmentFlag.AlignVCenter
        bounds = painter.boundingRect(rect, flags, text).adjusted(-2, 0, 2, 0)
        painter.fillRect(bounds, self.palette().window())
        painter.drawText(rect, flags, text)
