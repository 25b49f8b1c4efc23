"""Moving through the steps: the sidebar and its badges, Back and Next, the page shown, the guidance.

The sidebar lists :data:`wizard.steps.STEPS`; each step's badge and tooltip show its state in the
analysis of the revision on screen (``analysis_changed`` -> :meth:`NavigationController.show_states`).
Jumping to a field switches to the step whose page edits it, scrolls it into view and focuses it (or
selects its cell).  The guidance panel beside the page explains the step, and the field in focus.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QTextBrowser,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from wizard import fields, guidance, steps
from wizard.analysis import Analysis
from wizard.gui.steps.pages import WizardPage
from wizard.gui.tables.listeditor import ListEditor
from wizard.gui.window.pages import PageMap
from wizard.steps import BY_ID, STEP_IDS, STEPS

#: Badge colours by step state.
STATE_COLOURS = {
    "empty": "#B0B6BC",
    "in_progress": "#D49B00",
    "complete": "#2E7D32",
    "has_problems": "#B3261E",
}


def _dot(colour: str) -> QIcon:
    # Drawn at twice the size so the badge stays crisp on high-DPI screens.
    pixmap = QPixmap(28, 28)
    pixmap.setDevicePixelRatio(2.0)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setBrush(QColor(colour))
    painter.setPen(Qt.PenStyle.NoPen)
    painter.drawEllipse(2, 2, 10, 10)
    painter.end()
    return QIcon(pixmap)


class NavigationController(QObject):
    """The sidebar, the page area with Back and Next, and the guidance panel (see the module docstring)."""

    step_shown = Signal(str)  # the step now on screen

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._icons = {state: _dot(colour) for state, colour in STATE_COLOURS.items()}
        self.pages: PageMap | None = None
        self._visible: Callable[[], bool] = lambda: False
        self._field_help = ""
        self._build_sidebar()
        self._build_centre()
        self.guidance = QTextBrowser()
        self.guidance.setObjectName("guidance")
        self.guidance.setOpenLinks(False)
        self.guidance.setAccessibleName("Guidance")
        self.guidance.setMinimumWidth(200)

    def attach(self, pages: PageMap, window_visible: Callable[[], bool]) -> None:
        """Work with the window's pages; ``window_visible()`` says whether the window is on screen."""
        self.pages = pages
        self._visible = window_visible

    def _build_sidebar(self) -> None:
        tree = QTreeWidget()
        tree.setObjectName("sidebar")
        tree.setHeaderHidden(True)
        tree.setAccessibleName("Steps")
        tree.setMinimumWidth(170)
        self.step_items: dict[str, QTreeWidgetItem] = {}
        for step in STEPS:
            parent = self.step_items.get(step.parent) if step.parent else None
            item = QTreeWidgetItem(parent if parent is not None else tree, [step.title])
            item.setData(0, Qt.ItemDataRole.UserRole, step.id)
            self.step_items[step.id] = item
        tree.expandAll()
        tree.currentItemChanged.connect(self._on_sidebar_changed)
        self.sidebar = tree

    def _build_centre(self) -> None:
        self.stack = QStackedWidget()
        self.stack.setObjectName("pages")
        self.scrolls: dict[str, QScrollArea] = {}
        for step in STEPS:
            scroll = QScrollArea()
            scroll.setObjectName(f"scroll_{step.id}")
            scroll.setWidgetResizable(True)
            self.stack.addWidget(scroll)
            self.scrolls[step.id] = scroll
        self.back_button = QPushButton("&Back")
        self.back_button.setObjectName("back_button")
        self.back_button.clicked.connect(lambda: self.step_by(-1))
        self.next_button = QPushButton("&Next")
        self.next_button.setObjectName("next_button")
        self.next_button.clicked.connect(lambda: self.step_by(+1))
        self.step_label = QLabel()
        self.step_label.setObjectName("step_label")
        nav = QHBoxLayout()
        nav.addWidget(self.back_button)
        nav.addStretch(1)
        nav.addWidget(self.step_label)
        nav.addStretch(1)
        nav.addWidget(self.next_button)
        centre = QWidget()
        centre.setObjectName("centre")
        layout = QVBoxLayout(centre)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack, 1)
        layout.addLayout(nav)
        self.centre = centre

    def place(self, step_id: str, page: WizardPage) -> WizardPage:
        """Put a newly built page in its step's scroll area."""
        self.scrolls[step_id].setWidget(page)
        return page

    # --- where we are -------------------------------------------------------------------------------

    def _pages(self) -> PageMap:
        assert self.pages is not None, "attach() the window's pages first"
        return self.pages

    def current_step(self) -> str:
        return STEP_IDS[self.stack.currentIndex()]

    def current_page(self) -> WizardPage:
        return self._pages()[self.current_step()]

    def go_to_step(self, step_id: str) -> None:
        pages = self._pages()
        if 0 <= self.stack.currentIndex() < len(STEP_IDS) and pages.is_built(self.current_step()):
            # Numbers half-typed on the page being left are offered to the model, never dropped.
            self.current_page().binder.commit_pending()
        index = STEP_IDS.index(step_id)
        if self._visible():
            pages[step_id]  # built before it is shown; a hidden window builds it when it is shown
        self.stack.setCurrentIndex(index)
        item = self.step_items[step_id]
        if self.sidebar.currentItem() is not item:
            self.sidebar.setCurrentItem(item)
        self.back_button.setEnabled(index > 0)
        self.next_button.setEnabled(index < len(STEP_IDS) - 1)
        self.step_label.setText(f"Step {index + 1} of {len(STEP_IDS)}: {BY_ID[step_id].title}")
        self._field_help = ""
        self.show_step_help()
        self.step_shown.emit(step_id)

    def build_current_page(self) -> None:
        """Build the page on show now, before the first paint (see MainWindow.showEvent)."""
        self._pages()[self.current_step()]

    def step_by(self, delta: int) -> None:
        index = min(max(self.stack.currentIndex() + delta, 0), len(STEP_IDS) - 1)
        self.go_to_step(STEP_IDS[index])

    def _on_sidebar_changed(self, current: QTreeWidgetItem | None, _previous: QTreeWidgetItem | None) -> None:
        if current is not None:
            step_id = current.data(0, Qt.ItemDataRole.UserRole)
            if step_id != self.current_step() or self.stack.currentIndex() < 0:
                self.go_to_step(step_id)

    def jump_to(self, step_id: str, path: str) -> None:
        """Show the widget that edits ``path`` (switch page, scroll, focus or select the cell)."""
        if step_id not in BY_ID:
            step_id = steps.locate(path) or self.current_step()
        self.go_to_step(step_id)
        widget = self._pages()[step_id].binder.widget_for(path)
        if widget is None:
            return
        self.scrolls[step_id].ensureWidgetVisible(widget, 50, 80)
        if isinstance(widget, ListEditor):
            widget.select_path(path)
        else:
            widget.setFocus(Qt.FocusReason.OtherFocusReason)

    def field_owners(self) -> dict[str, str]:
        """Field pattern -> the step whose page edits it (built pages asked, the others read from their forms)."""
        pages = self._pages()
        return {p: step for step in STEP_IDS for p in pages.patterns(step)}

    # --- badges ----------------------------------------------------------------------------------------

    def show_states(self, analysis: Analysis) -> None:
        """Each step's badge and tooltip, from the analysis of the revision on screen."""
        for step_id, item in self.step_items.items():
            state = analysis.steps.get(step_id)
            if state is None:
                item.setIcon(0, QIcon())
                item.setToolTip(0, BY_ID[step_id].title)
                continue
            item.setIcon(0, self._icons[state.state])
            item.setToolTip(0, state.label)
            item.setData(0, Qt.ItemDataRole.AccessibleTextRole, state.label)

    # --- guidance --------------------------------------------------------------------------------------

    def show_step_help(self) -> None:
        step = BY_ID[self.current_step()]
        self.guidance.setHtml(self._field_help + guidance.step_html(step.id, step.title))

    def show_field_help(self, pattern: str) -> None:
        spec = fields.all_specs().get(pattern)
        self._field_help = guidance.field_html(pattern, spec.title if spec else pattern)
        self.show_step_help()
