"""View > Presentation mode: larger text, full screen and no guidance panel, for sessions on a projector.

The pages lay themselves out again for the larger text (labels above their fields, see
:meth:`wizard.gui.steps.pages.WizardPage._align_label_columns`; table columns refit, see
:mod:`wizard.gui.tables.widths`); the sidebar takes the width its step names need at that size, and the
page the rest, so that nothing is cut on a 1024x768 projector.  Leaving the mode gives back the
window as it was: its size, its panels, maximised or not.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow, QSplitter, QTreeView, QWidget

#: The style of presentation mode: larger text everywhere, a page title larger still, long answers
#: given room to be read without scrolling.
STYLE = (
    "QWidget { font-size: 16pt; }"
    " QLabel#page_title { font-size: 22pt; font-weight: bold; }"
    " QPlainTextEdit { min-height: 150px; max-height: 240px; }"
)


def sidebar_width(sidebar: QWidget, height: int) -> int:
    """The width the sidebar needs to show every step's name whole with its current font, ``height`` high."""
    if not isinstance(sidebar, QTreeView) or sidebar.model() is None:
        return sidebar.sizeHint().width()
    rows = sidebar.model().rowCount() + sum(sidebar.model().rowCount(sidebar.model().index(r, 0))
                                           for r in range(sidebar.model().rowCount()))
    width = sidebar.sizeHintForColumn(0) + 2 * sidebar.frameWidth() + 4
    if rows * max(sidebar.sizeHintForRow(0), 1) + 2 * sidebar.frameWidth() > height:
        width += sidebar.verticalScrollBar().sizeHint().width()  # the steps scroll: room for the bar
    return width


class PresentationController(QObject):
    def __init__(self, window: QMainWindow, splitter: QSplitter, guidance: QWidget, action: QAction,
                 guidance_action: QAction, parent: QObject | None = None) -> None:
        super().__init__(parent)
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
            window.statusBar().setVisible(False)
            window.showFullScreen()
            sidebar = self.splitter.widget(0)
            total = sum(self.splitter.sizes())
            side = min(sidebar_width(sidebar, self.splitter.height()) if sidebar is not None else 300, total // 3)
            self.splitter.setSizes([side, max(total - side, 400), 0])
        else:
            window.setStyleSheet("")
            if self._normal_sizes:
                self.splitter.setSizes(self._normal_sizes)
            self.guidance.setVisible(self.guidance_action.isChecked())
            window.statusBar().setVisible(True)
            if self._normal_state & Qt.WindowState.WindowMaximized:
                window.showMaximized()
            else:
                window.showNormal()
