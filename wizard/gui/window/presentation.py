"""View > Presentation mode: larger text, full screen and no side panels, for sessions on a projector."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow, QSplitter, QWidget


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

    def toggle(self) -> None:
        self.active = not self.active
        self.action.setChecked(self.active)
        window = self.window
        if self.active:
            self._normal_sizes = self.splitter.sizes()
            # Larger text for a projector; long answers get room to be read without scrolling.
            window.setStyleSheet(
                "QWidget { font-size: 16pt; }"
                " QPlainTextEdit { min-height: 150px; max-height: 240px; }"
            )
            self.guidance.setVisible(False)
            window.statusBar().setVisible(False)
            window.showFullScreen()
            sizes = self.splitter.sizes()
            self.splitter.setSizes([300, max(sum(sizes) - 300, 400), 0])
        else:
            window.setStyleSheet("")
            if self._normal_sizes:
                self.splitter.setSizes(self._normal_sizes)
            self.guidance.setVisible(self.guidance_action.isChecked())
            window.statusBar().setVisible(True)
            window.showNormal()
