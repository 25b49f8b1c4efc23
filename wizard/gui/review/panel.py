"""The Review page's body: readiness scores as bars, and what is missing or weak, grouped by step.

Activating a line (double-click or Enter) asks the window to jump to the field; a warning can be
acknowledged with a written justification (blockers cannot).  The panel only shows the
:class:`wizard.analysis.Analysis` of the revision on screen; the window hands it over and handles the
requests.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from wizard import fields
from wizard.analysis import Analysis, ReviewItem
from wizard.steps import TITLES

SEVERITY_LABELS = {"blocker": "Blocker", "warning": "Warning", "tip": "Tip", "missing": "Missing"}
SEVERITY_COLOURS = {"blocker": "#B3261E", "warning": "#9A6700", "tip": "#35618A", "missing": "#5F6368"}
ITEM_ROLE = int(Qt.ItemDataRole.UserRole) + 1
COUNT_WORDS = {
    "blocker": ("blocker", "blockers"),
    "warning": ("warning", "warnings"),
    "tip": ("tip", "tips"),
    "missing": ("field to fill in", "fields to fill in"),
}


def _counted(n: int, kind: str) -> str:
    one, many = COUNT_WORDS.get(kind, (kind, kind))
    return f"{n} {one if n == 1 else many}"


class ScoreChart(QWidget):
    """Horizontal bars, one per criterion, 0-100."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.scores: list[tuple[str, int]] = []
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setAccessibleName("Score per criterion")

    def set_scores(self, scores: list[tuple[str, int]]) -> None:
        self.scores = scores
        self.setFixedHeight(self._row_height() * len(scores) + 8 if scores else 0)
        self.setAccessibleDescription("; ".join(f"{t}: {s} of 100" for t, s in scores))
        self.update()

    def _row_height(self) -> int:
        return self.fontMetrics().height() + 8

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(480, self._row_height() * len(self.scores) + 8)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        painter = QPainter(self)
        metrics = painter.fontMetrics()
        label_w = min(max((metrics.horizontalAdvance(t) for t, _ in self.scores), default=0) + 12, self.width() // 2)
        row_h = self._row_height()
        bar_w = self.width() - label_w - metrics.horizontalAdvance("100") - 16
        for row, (title, score) in enumerate(self.scores):
            top = 4 + row * row_h
            painter.setPen(self.palette().text().color())
            elided = metrics.elidedText(title, Qt.TextElideMode.ElideRight, label_w - 8)
            painter.drawText(QRectF(0, top, label_w - 8, row_h), Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight, elided)
            painter.fillRect(QRectF(label_w, top + 3, bar_w, row_h - 6), QColor("#E6E9EC"))
            colour = QColor("#2E7D32") if score >= 75 else QColor("#9A6700") if score >= 50 else QColor("#B3261E")
            painter.fillRect(QRectF(label_w, top + 3, bar_w * max(0, min(score, 100)) / 100, row_h - 6), colour)
            painter.drawText(QRectF(label_w + bar_w + 6, top, 40, row_h), Qt.AlignmentFlag.AlignVCenter, str(score))
        painter.end()


class ReviewPanel(QWidget):
    jump_requested = Signal(str, str)  # step id, model path
    acknowledge_requested = Signal(object)  # a ReviewItem (an open warning)
    withdraw_requested = Signal(object)  # an acknowledged ReviewItem

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.summary = QLabel(self)
        self.summary.setObjectName("review_summary")
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.chart = ScoreChart(self)
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("review_tree")
        self.tree.setHeaderLabels(["What", "Kind"])
        self.tree.setAccessibleName("What is missing or weak")
        self.tree.setMinimumHeight(320)
        self.tree.setWordWrap(True)
        self.tree.itemActivated.connect(self._on_activated)
        self.tree.currentItemChanged.connect(lambda *_: self._update_buttons())
        self.detail = QLabel(self)
        self.detail.setObjectName("review_detail")
        self.detail.setWordWrap(True)
        self.detail.setTextFormat(Qt.TextFormat.PlainText)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.go_button = QPushButton("&Go to field", self)
        self.go_button.clicked.connect(lambda: self._on_activated(self.tree.currentItem(), 0))
        self.ack_button = QPushButton("&Acknowledge warning...", self)
        self.ack_button.setToolTip("Answer a warning with a written justification; blockers cannot be waved away")
        self.ack_button.clicked.connect(self._on_acknowledge)
        self.withdraw_button = QPushButton("&Withdraw answer", self)
        self.withdraw_button.setToolTip("Remove the justification given for this warning")
        self.withdraw_button.clicked.connect(self._on_withdraw)
        buttons = QHBoxLayout()
        buttons.addWidget(self.go_button)
        buttons.addWidget(self.ack_button)
        buttons.addWidget(self.withdraw_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.summary)
        layout.addWidget(self.chart)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.detail)
        layout.addLayout(buttons)
        self._update_buttons()

    def set_analysis(self, analysis: Analysis) -> None:
        current = self.current_item()
        self.tree.clear()
        groups: dict[str, QTreeWidgetItem] = {}
        for item in analysis.items:
            group = groups.get(item.step)
            if group is None:
                group = QTreeWidgetItem(self.tree, [TITLES.get(item.step, item.step), ""])
                group.setFirstColumnSpanned(True)
                font = group.font(0)
                font.setBold(True)
                group.setFont(0, font)
                groups[item.step] = group
            text = item.message + (f" — {item.fix}" if item.fix else "")
            kind = SEVERITY_LABELS.get(item.severity, item.severity.capitalize())
            if item.acknowledged:
                kind += " (answered)"
            line = QTreeWidgetItem(group, [text, kind])
            line.setData(0, ITEM_ROLE, item)
            line.setToolTip(0, fields.tooltip(text))
            line.setForeground(1, QColor(SEVERITY_COLOURS.get(item.severity, "#5F6368")))
        self.tree.expandAll()
        self.tree.resizeColumnToContents(1)
        self.tree.header().setStretchLastSection(False)
        self.tree.header().setSectionResizeMode(0, self.tree.header().ResizeMode.Stretch)
        counts = {k: sum(1 for i in analysis.items if i.severity == k and not i.acknowledged) for k in SEVERITY_LABELS}
        filled = sum(s.filled for s in analysis.steps.values())
        total = sum(s.total for s in analysis.steps.values())
        parts = [
            f"Investor readiness: {analysis.score} of 100.",
            f"{filled} of {total} fields filled in.",
            ", ".join(_counted(n, kind) for kind, n in counts.items() if n) or "Nothing outstanding.",
        ]
        self.summary.setText(" ".join(parts))
        self.chart.set_scores(analysis.criteria)
        if current is not None:
            self.select(current)
        self._update_buttons()

    def current_item(self) -> ReviewItem | None:
        line = self.tree.currentItem()
        return line.data(0, ITEM_ROLE) if line is not None else None

    def select(self, wanted: ReviewItem) -> None:
        for g in range(self.tree.topLevelItemCount()):
            group = self.tree.topLevelItem(g)
            for c in range(group.childCount() if group is not None else 0):
                line = group.child(c) if group is not None else None
                item = line.data(0, ITEM_ROLE) if line is not None else None
                if line is not None and item is not None and item.path == wanted.path and item.message == wanted.message:
                    self.tree.setCurrentItem(line)
                    return

    def _update_buttons(self) -> None:
        item = self.current_item()
        if item is None:
            self.detail.setText("Select a line to see it in full; double-click or press Enter to go to its field.")
        else:
            parts = [item.message]
            if item.fix:
                parts.append(f"What would fix it: {item.fix}")
            if item.acknowledged:
                parts.append("Answered with a justification.")
            self.detail.setText("\n".join(parts))
        self.go_button.setEnabled(item is not None and bool(item.path))
        self.ack_button.setEnabled(item is not None and item.severity == "warning" and not item.acknowledged)
        self.withdraw_button.setEnabled(item is not None and item.acknowledged)

    def _on_activated(self, line: QTreeWidgetItem | None, _column: int) -> None:
        item = line.data(0, ITEM_ROLE) if line is not None else None
        if item is not None and item.path:
            self.jump_requested.emit(item.step, item.path)

    def _on_withdraw(self) -> None:
        item = self.current_item()
        if item is not None and item.acknowledged:
            self.withdraw_requested.emit(item)

    def _on_acknowledge(self) -> None:
        item = self.current_item()
        if item is not None and item.severity == "warning" and not item.acknowledged:
            self.acknowledge_requested.emit(item)
