"""The Review page's body: the verdict, the investor gates, the findings and the points by criterion.

It reads as an investment officer reads (shared/INVESTOR.md): the band and score with the first
deal-breaker (or the costliest finding) and what stands before the next band; then the gates in the
order an investor asks their questions (fails / passes / does not apply); then every finding in the
order readiness ranks them (deal-breakers, then by points), each with the field in the planner's words
and the rows it concerns; then the points each criterion lost out of the most it can lose.  The
wording is :mod:`wizard.gui.review.texts`; every number is the readiness' own.

Activating a line (double-click, Enter, or "Go to field") asks the window to jump to its field, with
every row the finding concerns (``Finding.all_paths``); a warning can be acknowledged with a written
justification (blockers cannot) and the answer withdrawn.  The panel only shows the
:class:`wizard.analysis.Analysis` of the revision on screen; the window hands it over and handles the
requests (:mod:`wizard.gui.review.controller`).

The page fits the window instead of scrolling: the verdict and the action buttons keep their place
and the lists scroll inside it, so "Go to field" and "Acknowledge warning..." stay on screen at
1024x768 and in presentation mode.
"""

from __future__ import annotations

import typing

from PySide6.QtCore import QEvent, QModelIndex, QObject, QPersistentModelIndex, QRect, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QIcon, QPainter, QPalette, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QFrame,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from wizard import fields
from wizard.gui import language
from wizard.gui.language import QT_TRANSLATE_NOOP, fill, translate
from wizard.gui.tables.flow import button_row
from wizard.gui.review import texts

if typing.TYPE_CHECKING:
    # Type only: the analysis (readiness, finance) is imported after the window is drawn (issue 21).
    from wizard.analysis import Analysis, ReviewItem
    from wizard.readiness import GateResult

#: Item data roles: the Review line or gate behind an item, and what the delegate draws.
ITEM_ROLE = int(Qt.ItemDataRole.UserRole) + 1
GATE_ROLE = int(Qt.ItemDataRole.UserRole) + 2
HEAD_ROLE = int(Qt.ItemDataRole.UserRole) + 3
META_ROLE = int(Qt.ItemDataRole.UserRole) + 4
MARK_ROLE = int(Qt.ItemDataRole.UserRole) + 5
BAR_ROLE = int(Qt.ItemDataRole.UserRole) + 6

MUTED = "#5F6368"
SEVERITY_COLOURS = {"blocker": "#B3261E", "warning": "#9A6700", "tip": "#35618A", "missing": MUTED}
GATE_COLOURS = {"fails": "#B3261E", "passes": "#2E7D32", "not_applicable": "#8A9096"}
#: The groups of the findings list, in reading order.
GROUPS = (
    ("blocker", QT_TRANSLATE_NOOP("Review", "Deal-breakers")),
    ("refused", QT_TRANSLATE_NOOP("Review", "Values not accepted")),
    ("warning", QT_TRANSLATE_NOOP("Review", "Warnings")),
    ("tip", QT_TRANSLATE_NOOP("Review", "Tips")),
    ("answered", QT_TRANSLATE_NOOP("Review", "Answered with a justification")),
    ("missing", QT_TRANSLATE_NOOP("Review", "Not filled in yet")),
)
_PAD = 4
_MARK = 4
_WRAP = int(Qt.TextFlag.TextWordWrap) | int(Qt.AlignmentFlag.AlignLeft) | int(Qt.AlignmentFlag.AlignTop)


def group_of(item: ReviewItem) -> str:
    if item.acknowledged:
        return "answered"
    if item.severity == "blocker":
        return "blocker" if item.finding is not None else "refused"
    return item.severity


class LineDelegate(QStyledItemDelegate):
    """Draws a line as a coloured mark, its text wrapped to the width, a muted second line and an optional bar.

    Lines are never cut short: their height follows the column's width (the tree lays itself out again
    when it is resized).
    """

    def __init__(self, view: QTreeWidget) -> None:
        super().__init__(view)
        self.view = view
        # Heights by (text, second line, bar, width, font): the list is rebuilt on every analysis, mostly
        # with the same lines, and measuring wrapped text is what a layout spends its time on.
        self._heights: dict[tuple[str, str, bool, int, str], int] = {}

    def _text_width(self, index: QModelIndex | QPersistentModelIndex) -> int:
        depth = 0
        parent = index.parent()
        while parent.isValid():
            depth += 1
            parent = parent.parent()
        indent = self.view.indentation() * (depth + (1 if self.view.rootIsDecorated() else 0))
        return max(40, self.view.columnWidth(0) - indent - _MARK - 3 * _PAD)

    @staticmethod
    def _meta_font(font: QFont) -> QFont:
        meta = QFont(font)
        meta.setBold(False)
        return meta

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:  # noqa: N802 - Qt's name
        head = index.data(HEAD_ROLE)
        if head is None:
            return super().sizeHint(option, index)
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        width = self._text_width(index)
        meta = index.data(META_ROLE) or ""
        bar = index.data(BAR_ROLE) is not None
        key = (head, meta, bar, width, opt.font.key())
        height = self._heights.get(key)
        if height is None:
            height = 2 * _PAD + QFontMetrics(opt.font).boundingRect(QRect(0, 0, width, 1 << 20), _WRAP, head).height()
            if meta:
                height += 2 + QFontMetrics(self._meta_font(opt.font)).boundingRect(
                    QRect(0, 0, width, 1 << 20), _WRAP, meta).height()
            if bar:
                height += 8
            if len(self._heights) > 4000:
                self._heights.clear()
            self._heights[key] = height
        return QSize(width, height)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> None:
        head = index.data(HEAD_ROLE)
        if head is None:
            super().paint(painter, option, index)
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        opt.icon = QIcon()
        style = opt.widget.style() if opt.widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        painter.save()
        rect = opt.rect
        mark = index.data(MARK_ROLE)
        if mark:
            painter.fillRect(QRect(rect.left() + 1, rect.top() + _PAD, _MARK, rect.height() - 2 * _PAD), QColor(mark))
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        group = QPalette.ColorGroup.Active if opt.state & QStyle.StateFlag.State_Active else QPalette.ColorGroup.Inactive
        text = opt.palette.color(group, QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text)
        x = rect.left() + _MARK + 2 * _PAD
        width = rect.width() - _MARK - 3 * _PAD
        top = rect.top() + _PAD
        painter.setFont(opt.font)
        painter.setPen(text)
        used = painter.boundingRect(QRect(x, top, width, 1 << 20), _WRAP, head)
        painter.drawText(QRect(x, top, width, used.height()), _WRAP, head)
        top += used.height()
        meta = index.data(META_ROLE)
        if meta:
            top += 2
            painter.setFont(self._meta_font(opt.font))
            painter.setPen(text if selected else QColor(MUTED))
            used = painter.boundingRect(QRect(x, top, width, 1 << 20), _WRAP, meta)
            painter.drawText(QRect(x, top, width, used.height()), _WRAP, meta)
            top += used.height()
        bar = index.data(BAR_ROLE)
        if bar is not None:
            lost, weight = bar
            top += 2
            painter.fillRect(QRect(x, top, width, 5), QColor("#E6E9EC"))
            if lost > 0 and weight > 0:
                painter.fillRect(QRect(x, top, max(2, round(width * min(lost, weight) / weight)), 5), QColor("#B3261E"))
        painter.restore()


class LineTree(QTreeWidget):
    """A one-column list of wrapped lines (see :class:`LineDelegate`)."""

    def __init__(self, name: str, accessible: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setAccessibleName(accessible)
        self.setColumnCount(1)
        self.setHeaderHidden(True)
        self.setUniformRowHeights(False)
        self.setWordWrap(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setItemDelegate(LineDelegate(self))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self.scheduleDelayedItemsLayout()  # wrapped lines change height with the width

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        # Room for about three lines: the rest of the page keeps its place on a small screen.
        return QSize(120, self.fontMetrics().lineSpacing() * 3 + 2 * self.frameWidth() + 2)

    def content_height(self) -> int:
        """The height that shows every line without scrolling."""
        height = 2 * self.frameWidth()
        item = self.topLevelItem(0)
        while item is not None:
            height += self.visualItemRect(item).height() or self.sizeHintForRow(0)
            item = self.itemBelow(item)
        return height

    def lines(self) -> list[QTreeWidgetItem]:
        """Every line (not the group headings), top to bottom."""
        found = []
        for g in range(self.topLevelItemCount()):
            top = self.topLevelItem(g)
            if top is None:
                continue
            if top.data(0, HEAD_ROLE) is not None:
                found.append(top)
            for c in range(top.childCount()):
                child = top.child(c)
                if child is not None:
                    found.append(child)
        return found


def _line(parent: QTreeWidget | QTreeWidgetItem, head: str, meta: str, mark: str) -> QTreeWidgetItem:
    line = QTreeWidgetItem(parent)
    line.setData(0, HEAD_ROLE, head)
    line.setData(0, META_ROLE, meta)
    line.setData(0, MARK_ROLE, mark)
    # What an item view and a screen reader read: the whole line in words.
    line.setText(0, head)
    line.setData(0, Qt.ItemDataRole.AccessibleTextRole, f"{head}. {meta}" if meta else head)
    line.setToolTip(0, fields.tooltip(f"{head}\n{meta}" if meta else head))
    return line


def _button_texts(button: QPushButton, text: str, tip: str) -> None:
    button.setText(text)
    button.setToolTip(tip)
    button.setAccessibleDescription(tip)


def _gate_state(gate: GateResult) -> str:
    return "fails" if not gate.passed else "passes" if gate.applies else "not_applicable"


class ReviewPanel(QWidget):
    jump_requested = Signal(str, str, object)  # step id, model path, every path it concerns (rows)
    acknowledge_requested = Signal(object)  # a ReviewItem (an open warning)
    withdraw_requested = Signal(object)  # an acknowledged ReviewItem

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.analysis: Analysis | None = None
        self._active: QTreeWidget | None = None
        self._restoring = False

        # The verdict: band and score, the first deal-breaker, what stands before the next band, counts.
        self.band_label = self._label("review_band")
        font = self.band_label.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.25)
        self.band_label.setFont(font)
        self.lead_label = self._label("review_lead")
        lead_font = self.lead_label.font()
        lead_font.setBold(True)
        self.lead_label.setFont(lead_font)
        self.next_label = self._label("review_next")
        self.summary = self._label("review_summary")  # what is open, in the sidebar's words and numbers (above the findings)

        # The gates, then the findings and the points by criterion.
        self.gates_heading = self._label("review_gates_heading")
        self.gates = LineTree("review_gates", "", self)
        language.live(self.gates, lambda w: w.setAccessibleName(translate("Review", "Investor gates")))
        self.gates.setRootIsDecorated(False)
        self.tree = LineTree("review_tree", "", self)
        language.live(self.tree, lambda w: w.setAccessibleName(translate("Review", "Findings, in the order an investor weighs them")))
        self.criteria = LineTree("review_criteria", "", self)
        language.live(self.criteria, lambda w: w.setAccessibleName(translate("Review", "Points lost by criterion")))
        self.criteria.setRootIsDecorated(False)
        self.criteria.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("review_tabs")
        self.tabs.setDocumentMode(True)  # no frame around the page: the lists have their own
        self.findings_page = QWidget(self)
        findings_layout = QVBoxLayout(self.findings_page)
        findings_layout.setContentsMargins(0, 2, 0, 0)
        findings_layout.addWidget(self.summary)
        findings_layout.addWidget(self.tree, 1)
        self.tabs.addTab(self.findings_page, translate("Review", "Fin&dings"))
        self.tabs.addTab(self.criteria, "")
        language.live(self.tabs, lambda w: w.setTabText(1, translate("Review", "Points by &criterion")))
        gates_box = QWidget(self)
        gates_layout = QVBoxLayout(gates_box)
        gates_layout.setContentsMargins(0, 0, 0, 0)
        gates_layout.addWidget(self.gates_heading)
        gates_layout.addWidget(self.gates, 1)
        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.setObjectName("review_splitter")
        self.splitter.addWidget(gates_box)
        self.splitter.addWidget(self.tabs)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.installEventFilter(self)

        # The selected line in full, in a box of a few lines that scrolls if it needs more.
        self.detail = self._label("review_detail")
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                            | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.detail.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.detail_box = QScrollArea(self)
        self.detail_box.setObjectName("review_detail_box")
        language.live(self.detail_box, lambda w: w.setAccessibleName(translate("Review", "The selected line in full")))
        self.detail_box.setWidgetResizable(True)
        self.detail_box.setFrameShape(QFrame.Shape.NoFrame)
        self.detail_box.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.detail_box.setWidget(self.detail)

        self.go_button = language.live(QPushButton(self), lambda w: _button_texts(
            w, translate("Review", "&Go to field"),
            translate("Review", "Show the field (and select the rows) this line is about (Enter on the line)")))
        self.go_button.setObjectName("review_go_button")
        self.go_button.clicked.connect(self.go_to_selected)
        self.ack_button = language.live(QPushButton(self), lambda w: _button_texts(
            w, translate("Review", "&Acknowledge warning..."),
            translate("Review", "Answer a warning with a written justification; deal-breakers cannot be waved away")))
        self.ack_button.setObjectName("review_acknowledge_button")
        self.ack_button.clicked.connect(self._on_acknowledge)
        self.withdraw_button = language.live(QPushButton(self), lambda w: _button_texts(
            w, translate("Review", "&Withdraw answer"), translate("Review", "Remove the justification given for this warning")))
        self.withdraw_button.setObjectName("review_withdraw_button")
        self.withdraw_button.clicked.connect(self._on_withdraw)
        # A row that wraps onto a second line where a longer language needs more room than the page has.
        buttons = button_row(self, [self.go_button, self.ack_button, self.withdraw_button])

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for label in (self.band_label, self.lead_label, self.next_label):
            layout.addWidget(label)
        layout.addWidget(self.splitter, 1)
        layout.addWidget(self.detail_box)
        layout.addLayout(buttons)

        for tree in (self.gates, self.tree):
            tree.itemActivated.connect(lambda *_: self.go_to_selected())
            tree.currentItemChanged.connect(self._on_current_changed)
            tree.installEventFilter(self)
        self._fit_detail_box()
        self._update_buttons()

    def _label(self, name: str) -> QLabel:
        label = QLabel(self)
        label.setObjectName(name)
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText)  # findings quote the team's own text
        return label

    # --- sizing: the page fits its window --------------------------------------------------------

    def hasHeightForWidth(self) -> bool:  # noqa: N802 - Qt's name
        # The scroll area around the page would otherwise size the page for every line of every list,
        # pushing the buttons below the fold; the lists scroll inside the page instead.
        return False

    def _fit_detail_box(self) -> None:
        line = self.detail.fontMetrics().lineSpacing()
        # Five lines where there is room; three on a short screen or with presentation mode's large text.
        lines = 5 if self.height() >= line * 32 else 3
        self.detail_box.setMinimumHeight(line * 2 + 4)
        self.detail_box.setMaximumHeight(line * lines + 4)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._fit_detail_box()  # presentation mode enlarges the text

    def _size_gates(self) -> None:
        """Give the gates the height they need (up to two fifths of the lists' room), the findings the rest."""
        total = sum(self.splitter.sizes())
        if total <= 0:
            return
        wrapped = self.gates_heading.heightForWidth(max(self.gates_heading.width(), 1))
        # The heading keeps every line it wraps to (Thai in presentation mode needed two); where the page is
        # short of room the list under it gives way, and scrolls.
        self.gates_heading.setMinimumHeight(max(wrapped, 0))
        heading = wrapped + 6
        wanted = self.gates.content_height() + heading
        least = self.gates.minimumSizeHint().height() + heading
        summary = self.summary.heightForWidth(max(self.summary.width(), 1))
        findings = self.tabs.tabBar().sizeHint().height() + summary + self.tree.minimumSizeHint().height() + 16
        top = min(wanted, total * 2 // 5 if total >= 2 * least + 120 else total // 3, total - findings)
        top = max(top, least)
        self.splitter.setSizes([top, max(total - top, 1)])
        QTimer.singleShot(0, self, self._show_first_failed_gate)  # dropped if the panel goes first

    def _show_first_failed_gate(self) -> None:
        """Scroll the gates so that the first that fails is in view (once the list is laid out)."""
        for line in self.gates.lines():
            gate = line.data(0, GATE_ROLE)
            if gate is not None and not gate.passed:
                self.gates.scrollToItem(line, QAbstractItemView.ScrollHint.EnsureVisible)
                return

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        if event.size().height() != event.oldSize().height():
            self._fit_detail_box()

    # --- showing an analysis -------------------------------------------------------------------------

    def retranslate(self) -> None:
        """Show the same analysis again in the interface's language (the selection is kept)."""
        analysis, self.analysis = self.analysis, None
        if analysis is not None:
            self.set_analysis(analysis)
        else:
            self._update_buttons()

    def set_analysis(self, analysis: Analysis) -> None:
        if analysis is self.analysis:
            return  # the same revision, already shown
        chosen = self._chosen_key()
        self.analysis = analysis
        result = analysis.readiness
        self.band_label.setText(texts.band_line(analysis))
        style = f"color: {texts.BAND_COLOURS.get(result.band.id, MUTED)};"
        if self.band_label.styleSheet() != style:
            self.band_label.setStyleSheet(style)
        lead = texts.lead_line(analysis)
        self.lead_label.setText(lead)
        self.lead_label.setVisible(bool(lead))
        self.next_label.setText(result.band.next_step)
        self.next_label.setVisible(bool(result.band.next_step))
        self.summary.setText(texts.counts_line(analysis))

        self._restoring = True
        try:
            self._fill_gates(result.gates)
            self._fill_findings(analysis)
            self._fill_criteria(analysis)
        finally:
            self._restoring = False
        open_lines = analysis.counts().open
        self.tabs.setTabText(0, fill(translate("Review", "Fin&dings (%1 open)"), language.number(open_lines)) if open_lines
                             else translate("Review", "Fin&dings"))
        self._restore(chosen)
        self._size_gates()
        self._update_buttons()

    def _fill_gates(self, gates: list[GateResult]) -> None:
        self.gates.clear()
        self.gates_heading.setText(texts.gates_heading(gates))
        for gate in gates:
            # One line a gate, a checklist; what it found is the selected gate's detail (and the verdict
            # above names the first that fails), its tooltip, and what a screen reader reads.
            head, found = texts.gate_lines(gate)
            line = _line(self.gates, head, "", GATE_COLOURS[_gate_state(gate)])
            line.setData(0, GATE_ROLE, gate)
            if found:
                line.setData(0, Qt.ItemDataRole.AccessibleTextRole, f"{head}. {found}")
                line.setToolTip(0, fields.tooltip(found))
            if not gate.passed:
                font = line.font(0)
                font.setBold(True)
                line.setFont(0, font)

    def ordered_items(self, analysis: Analysis) -> list[ReviewItem]:
        """The Review lines in reading order: readiness findings as readiness ranks them, then the rest."""
        rank = {id(f): n for n, f in enumerate(analysis.readiness.findings)}
        groups = {name: n for n, (name, _title) in enumerate(GROUPS)}
        indexed = list(enumerate(analysis.items))
        indexed.sort(key=lambda pair: (groups.get(group_of(pair[1]), len(groups)),
                                       rank.get(id(pair[1].finding), len(rank)), pair[0]))
        return [item for _n, item in indexed]

    def _fill_findings(self, analysis: Analysis) -> None:
        self.tree.clear()
        headers: dict[str, QTreeWidgetItem] = {}
        titles = {name: translate("Review", title) for name, title in GROUPS}
        ordered = self.ordered_items(analysis)
        sizes: dict[str, int] = {}
        for item in ordered:
            sizes[group_of(item)] = sizes.get(group_of(item), 0) + 1
        for item in ordered:
            name = group_of(item)
            header = headers.get(name)
            if header is None:
                heading = fill(translate("Review", "%1 (%2)"), titles.get(name, name), language.number(sizes[name]))
                if name == "missing":
                    heading = fill(translate("Review", "%1 (%2; %3)"), titles[name], language.number(sizes[name]),
                                   texts.filled_phrase(analysis))
                header = QTreeWidgetItem(self.tree, [heading])
                header.setFlags(Qt.ItemFlag.ItemIsEnabled)
                font = header.font(0)
                font.setBold(True)
                header.setFont(0, font)
                header.setExpanded(True)  # item by item: expandAll() would lay out every line at once
                headers[name] = header
            colour = SEVERITY_COLOURS.get(item.severity, MUTED) if not item.acknowledged else MUTED
            line = _line(header, item.message, texts.item_meta(item), colour)
            line.setData(0, ITEM_ROLE, item)
            if name == "blocker":
                font = line.font(0)
                font.setBold(True)
                line.setFont(0, font)
        if not ordered:
            QTreeWidgetItem(self.tree, [translate("Review", "Nothing is open: no finding, and every field is filled in.")]).setFlags(
                Qt.ItemFlag.ItemIsEnabled)

    def _fill_criteria(self, analysis: Analysis) -> None:
        self.criteria.clear()
        for crit in analysis.readiness.criteria:
            findings = [f for f in crit.findings if not f.acknowledged]
            meta = texts.criterion_checks(findings)
            colour = "#B3261E" if crit.lost else "#2E7D32"
            line = _line(self.criteria, texts.criterion_line(crit.title, crit.lost, crit.weight), meta, colour)
            line.setData(0, BAR_ROLE, (crit.lost, crit.weight))
            line.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)

    # --- selection ---------------------------------------------------------------------------------------

    def current_item(self) -> ReviewItem | None:
        """The finding (or other Review line) selected in the findings list."""
        line = self.tree.currentItem()
        found = line.data(0, ITEM_ROLE) if line is not None else None
        from wizard.analysis import ReviewItem

        return found if isinstance(found, ReviewItem) else None

    def current_gate(self) -> GateResult | None:
        line = self.gates.currentItem()
        found = line.data(0, GATE_ROLE) if line is not None else None
        from wizard.readiness import GateResult

        return found if isinstance(found, GateResult) else None

    def active_list(self) -> QTreeWidget:
        """The list whose selection the detail and the buttons follow (the one used last)."""
        return self._active if self._active is not None else self.tree

    def select(self, wanted: ReviewItem) -> bool:
        """Select the line showing ``wanted`` in the findings list."""
        for line in self.tree.lines():
            item = line.data(0, ITEM_ROLE)
            if item is not None and _same(item, wanted):
                self.tabs.setCurrentWidget(self.findings_page)
                self._active = self.tree
                self.tree.setCurrentItem(line)
                self._update_buttons()
                return True
        return False

    def select_gate(self, gate_id: str) -> bool:
        for line in self.gates.lines():
            gate = line.data(0, GATE_ROLE)
            if gate is not None and gate.id == gate_id:
                self._active = self.gates
                self.gates.setCurrentItem(line)
                self._update_buttons()
                return True
        return False

    def _chosen_key(self) -> tuple[str, object] | None:
        active = self.active_list()
        if active is self.gates:
            gate = self.current_gate()
            return ("gate", gate.id) if gate is not None else None
        item = self.current_item()
        return ("item", item) if item is not None else None

    def _restore(self, key: tuple[str, object] | None) -> None:
        """Select again what was selected before the refresh, or else the first line of the findings."""
        if key is not None and key[0] == "gate" and self.select_gate(str(key[1])):
            return
        from wizard.analysis import ReviewItem

        if key is not None and key[0] == "item" and isinstance(key[1], ReviewItem) and self.select(key[1]):
            return
        lines = self.tree.lines()
        if lines:
            self.tree.setCurrentItem(lines[0])
            self._active = self.tree
            QTimer.singleShot(0, self.tree.scrollToTop)  # its group's heading in view too

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if watched is self.splitter and event.type() == QEvent.Type.Resize:
            # The lists' room changes with the window and with how the verdict above wraps; a change of width
            # alone (presentation mode widens the sidebar) wraps the gates' heading onto more or fewer lines.
            if typing.cast(QResizeEvent, event).size() != typing.cast(QResizeEvent, event).oldSize():
                QTimer.singleShot(0, self, self._size_gates)  # after the splitter's own share-out
        elif event.type() == QEvent.Type.FocusIn and isinstance(watched, LineTree) and watched in (self.gates, self.tree):
            # The detail and the buttons follow the list the keyboard is in, once a line is chosen there.
            if self._active is not watched and watched.currentItem() is not None:
                self._active = watched
                self._update_buttons()
        return super().eventFilter(watched, event)

    def _on_current_changed(self, current: QTreeWidgetItem | None, _previous: QTreeWidgetItem | None) -> None:
        if self._restoring:
            return
        if current is not None:
            self._active = current.treeWidget()
        self._update_buttons()

    # --- detail and actions --------------------------------------------------------------------------

    def _target(self) -> tuple[str, str, tuple[str, ...]] | None:
        """Where the selected line's field is: step id, path, and every path (row) it concerns."""
        if self.active_list() is self.gates:
            gate = self.current_gate()
            if gate is None or not gate.field:
                return None
            item = self._item_for_gate(gate)
            if item is not None and item.finding is not None:
                return item.step, item.path, item.finding.all_paths
            return "", gate.field, (gate.field,)
        item = self.current_item()
        if item is None or not item.path:
            return None
        return item.step, item.path, item.finding.all_paths if item.finding is not None else (item.path,)

    def _item_for_gate(self, gate: GateResult) -> ReviewItem | None:
        if self.analysis is None:
            return None
        for item in self.analysis.items:
            if item.finding is not None and item.rule in gate.rules and item.path == gate.field:
                return item
        return None

    def _update_buttons(self) -> None:
        titles = {c.id: c.title for c in self.analysis.readiness.criteria} if self.analysis is not None else {}
        item = self.current_item() if self.active_list() is self.tree else None
        gate = self.current_gate() if self.active_list() is self.gates else None
        if gate is not None:
            self.detail.setText(texts.gate_detail(gate))
        elif item is not None:
            self.detail.setText(texts.item_detail(item, titles))
        else:
            self.detail.setText(translate("Review", "Select a line to see it in full; press Enter (or Go to field) to go to its field."))
        self.go_button.setEnabled(self._target() is not None)
        self.ack_button.setEnabled(item is not None and item.finding is not None and item.severity == "warning"
                                   and not item.acknowledged)
        self.withdraw_button.setEnabled(item is not None and item.acknowledged)

    def go_to_selected(self) -> None:
        target = self._target()
        if target is not None:
            self.jump_requested.emit(*target)

    def _on_withdraw(self) -> None:
        item = self.current_item()
        if item is not None and item.acknowledged:
            self.withdraw_requested.emit(item)

    def _on_acknowledge(self) -> None:
        item = self.current_item()
        if item is not None and item.severity == "warning" and not item.acknowledged:
            self.acknowledge_requested.emit(item)


def _same(a: ReviewItem, b: ReviewItem) -> bool:
    """The same Review line across two analyses (a finding keeps its rule and field; its text may change)."""
    if a.rule or b.rule:
        return a.rule == b.rule and a.path == b.path
    return a.path == b.path and a.severity == b.severity
