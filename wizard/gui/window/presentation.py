"""View > Presentation mode: larger text, full screen, no guidance panel and no legend of the step marks,
for sessions on a projector.

The pages lay themselves out again for the larger text (labels above their fields, see
:meth:`wizard.gui.steps.pages.WizardPage._align_label_columns`; table columns refit, see
:mod:`wizard.gui.tables.widths`); the sidebar takes the width its step names need at that size, and the
page the rest, so that nothing is cut on a 1024x768 projector.  Leaving the mode gives back the
window as it was: its size, its panels, maximised or not.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow, QSplitter, QStyle, QTreeView, QTreeWidget, QTreeWidgetItemIterator, QWidget

#: The style of presentation mode: larger text everywhere, a page title larger still, long answers
#: given room to be read without scrolling.
STYLE = (
    "QWidget { font-size: 16pt; }"
    " QLabel#page_title { font-size: 22pt; font-weight: bold; }"
    " QPlainTextEdit { min-height: 150px; max-height: 240px; }"
)


def mark_width(tree: QTreeView) -> int:
    """The width a step's mark takes in the sidebar: its icon size, or the style's small icon size while
    none is set (Qt draws the marks at that size; -1 made the names look 19 px shorter than they are)."""
    size = tree.iconSize().width()
    if size < 0:
        size = tree.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize, None, tree)
    return size


def sidebar_width(sidebar: QWidget, height: int) -> int:
    """The width the sidebar needs to show every step's name whole with its current font, ``height`` high."""
    if not isinstance(sidebar, QTreeView) or sidebar.model() is None:
        return sidebar.sizeHint().width()
    rows = sidebar.model().rowCount() + sum(sidebar.model().rowCount(sidebar.model().index(r, 0))
                                           for r in range(sidebar.model().rowCount()))
    # Each name from where its row starts (indented under its parent), after its mark, with a little room
    # after it; Qt's own hint for the column may not yet count marks grown with the text.
    needed = sidebar.sizeHintForColumn(0)
    if isinstance(sidebar, QTreeWidget):
        metrics = sidebar.fontMetrics()
        iterator = QTreeWidgetItemIterator(sidebar)
        while iterator.value() is not None:
            item = iterator.value()
            # Room for the mark even before it is shown: every step gets one once the proposal is assessed,
            # which happens after the window is drawn.
            mark = mark_width(sidebar) + 4
            start = sidebar.visualItemRect(item).left() + sidebar.horizontalOffset()
            needed = max(needed, start + mark + metrics.horizontalAdvance(item.text(0)) + 8)
            iterator += 1
    width = needed + 2 * sidebar.frameWidth() + 4
    if rows * max(sidebar.sizeHintForRow(0), 1) + 2 * sidebar.frameWidth() > height:
        width += sidebar.verticalScrollBar().sizeHint().width()  # the steps scroll: room for the bar
    return width


class PresentationController(QObject):
    def __init__(self, window: QMainWindow, splitter: QSplitter, guidance: QWidget, action: QAction,
                 guidance_action: QAction, parent: QObject | None = None, helpers: Sequence[QWidget] = ()) -> None:
        super().__init__(parent)
        #: Panels that help the one filling in the proposal (the legend of the step marks): hidden while
        #: presenting, as the guidance is, so that the steps are listed whole beside a page as wide as can be.
        self.helpers = tuple(helpers)
        self.window = window
        self.splitter = splitter
        self.guidance = guidance
        self.action = action
        self.guidance_action = guidance_action
        self.active = False
        self._normal_sizes: list[int] = []
        self._normal_state = Qt.WindowState.WindowNoState

    def toggle(self) -> None:
        self.active = not self.active
        self.action.setChecked(self.active)
        window = self.window
        if self.active:
            self._normal_sizes = self.splitter.sizes()
            self._normal_state = window.windowState() & ~Qt.WindowState.WindowFullScreen
            window.setStyleSheet(STYLE)
            self.guidance.setVisible(False)
            for helper in self.helpers:
                helper.setVisible(False)
            window.statusBar().setVisible(False)
            window.showFullScreen()
            sidebar = self.splitter.widget(0)
            if sidebar is not None and not isinstance(sidebar, QTreeView):
                sidebar = sidebar.findChild(QTreeView) or sidebar  # the steps above the legend of their marks
            total = sum(self.splitter.sizes())
            # Up to a little over a third: en-XA's longest step name needs it at 1024 px.
            side = min(sidebar_width(sidebar, self.splitter.height()) if sidebar is not None else 300, round(total * 0.36))
            self.splitter.setSizes([side, max(total - side, 400), 0])
        else:
            window.setStyleSheet("")
            if self._normal_sizes:
                self.splitter.setSizes(self._normal_sizes)
            self.guidance.setVisible(self.guidance_action.isChecked())
            for helper in self.helpers:
                helper.setVisible(True)
            window.statusBar().setVisible(True)
            if self._normal_state & Qt.WindowState.WindowMaximized:
                window.showMaximized()
            else:
                window.showNormal()
