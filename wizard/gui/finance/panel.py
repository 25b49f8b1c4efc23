"""Live figures and a small chart for the financial case, shown on the Financial case page.

The figures are the financial results of the analysis of the revision on screen (the panel follows
:class:`~wizard.gui.analysismodel.AnalysisModel`, computes nothing itself) worded by
:mod:`wizard.figures`; the chart's yearly bars are summed here (Decimal, from the model, one bar
group per line as entered).  While the step is not on screen the figures are only marked stale and
shown when it is.  The chart is drawn with QPainter: no plotting library on the GUI path.
"""

from __future__ import annotations

import typing
from decimal import Decimal

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen, QShowEvent
from PySide6.QtWidgets import QGridLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from wizard.model import REVENUE_FIELDS, YearLine

if typing.TYPE_CHECKING:
    from wizard.analysis import Analysis
    from wizard.gui.analysismodel import AnalysisModel
    from wizard.gui.document import ProposalDocument

SERIES = (("Capex", QColor("#8C3B0F")), ("Opex", QColor("#C98A2B")), ("Revenue", QColor("#0F6E8C")))


def year_totals(lines: list[YearLine]) -> list[tuple[str, Decimal, Decimal, Decimal]]:
    """(year label, capex, opex, revenue) for each line, in the order entered."""
    out = []
    for index, line in enumerate(lines):
        revenue = sum((getattr(line, name) or Decimal(0) for name in REVENUE_FIELDS), Decimal(0))
        label = str(line.year) if line.year is not None else f"#{index + 1}"
        out.append((label, line.capex or Decimal(0), line.opex or Decimal(0), revenue))
    return out


class CashFlowChart(QWidget):
    """Grouped bars of capex, opex and revenue by year."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[tuple[str, Decimal, Decimal, Decimal]] = []
        self.setMinimumHeight(170)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setAccessibleName("Capex, opex and revenue by year")

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(480, 190)

    def set_rows(self, rows: list[tuple[str, Decimal, Decimal, Decimal]]) -> None:
        self.rows = rows
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        area = QRectF(self.rect()).adjusted(8, 8, -8, -8)
        metrics = painter.fontMetrics()
        legend_h = metrics.height() + 6
        x = area.left()
        for name, colour in SERIES:
            painter.fillRect(QRectF(x, area.top() + 3, 10, 10), colour)
            painter.setPen(self.palette().text().color())
            painter.drawText(QRectF(x + 14, area.top(), 120, legend_h), Qt.AlignmentFlag.AlignLeft, name)
            x += 24 + metrics.horizontalAdvance(name)
        plot = area.adjusted(0, legend_h + 4, 0, -(metrics.height() + 4))
        painter.setPen(QPen(self.palette().mid().color()))
        painter.drawLine(plot.bottomLeft(), plot.bottomRight())
        if not self.rows:
            painter.setPen(self.palette().placeholderText().color())
            painter.drawText(plot, Qt.AlignmentFlag.AlignCenter, "Add yearly cash flows to see the chart")
            painter.end()
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
                painter.setPen(self.palette().text().color())
                painter.drawText(
                    QRectF(plot.left() + index * group, plot.bottom() + 2, group * step_label, metrics.height() + 2),
                    Qt.AlignmentFlag.AlignLeft if step_label > 1 else Qt.AlignmentFlag.AlignHCenter,
                    year,
                )
        painter.end()


class FinanceFigures(QWidget):
    """The computed figures of the financial case (those of the latest analysis) and the chart."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.doc: ProposalDocument | None = None
        self.analysis: AnalysisModel | None = None
        self._stale = False
        self.values: dict[str, QLabel] = {}
        grid = QGridLayout()
        grid.setHorizontalSpacing(16)
        self.grid = grid
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        self.note.setTextFormat(Qt.TextFormat.PlainText)
        self.chart = CashFlowChart(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(grid)
        layout.addWidget(self.note)
        layout.addWidget(self.chart)

    def bind(self, doc: "ProposalDocument", analysis: "AnalysisModel") -> None:
        self.doc = doc
        self.analysis = analysis
        analysis.analysis_changed.connect(self._on_analysis_changed)
        self.refresh()

    # Wording the figures takes milliseconds (tens the first time, for the locale data): while the
    # Financial case step is not on screen they are only marked stale, and shown when it shows.

    def _on_analysis_changed(self, analysis: "Analysis") -> None:
        if self.isVisible():
            self.show_analysis(analysis)
        else:
            self._stale = True

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        if self._stale:
            self.refresh()
        super().showEvent(event)

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
            label = QLabel(self)
            label.setObjectName(f"figure_{key}")
            label.setWordWrap(True)
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            label.setAccessibleName(title)
            self.grid.addWidget(name, row, 0, Qt.AlignmentFlag.AlignTop)
            self.grid.addWidget(label, row, 1)
            self.grid.setColumnStretch(1, 1)
            self.values[key] = label
        return label

    def figures(self, analysis: "Analysis | None" = None) -> list[tuple[str, str, str]]:
        """(key, title, text) for every figure shown; the data behind the labels, for tests and review."""
        assert self.doc is not None and self.analysis is not None
        from wizard import figures

        results = (analysis or self.analysis.current()).finance
        return figures.finance_figures(self.doc.proposal.finance, results, self.doc.proposal.meta.number_locale or "en")

    def refresh(self) -> None:
        """Show the figures of the newest revision (analysed now if the pause after an edit is not over)."""
        if self.analysis is not None:
            self.show_analysis(self.analysis.current())

    def show_analysis(self, analysis: "Analysis") -> None:
        if self.doc is None:
            return
        self._stale = False
        notes = []
        for key, title, text in self.figures(analysis):
            if key == "note":
                notes.append(text)
                continue
            self._row(key, title).setText(text)
        # The finance module names every problem; the first few are enough beside the figures.
        shown = notes[:6] + ([f"...and {len(notes) - 6} more (see the Review page)."] if len(notes) > 6 else [])
        self.note.setText("\n".join(f"• {n}" for n in shown))
        self.note.setVisible(bool(notes))
        self.chart.set_rows(year_totals(self.doc.proposal.finance.lines))
