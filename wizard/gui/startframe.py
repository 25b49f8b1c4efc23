"""The first frame: a window drawn before the wizard's own modules are imported (issue 21, target 1).

Building the wizard's window imports pydantic, the proposal model, the steps' pages, the analysis and
the interface language's catalogue: about 0.4 s of CPU before anything could be drawn, against about
0.15 s for a bare QWizard.  :class:`StartFrame` needs nothing but Qt: it is shown where the window
will be (the geometry the window remembered) with the application's name and the file being opened,
and painted at once; the window is then built, opens the file, assesses it and takes the frame's
place.  It carries no words to translate (the language's catalogue is not loaded yet).  It has no
busy bar on purpose: the event loop does not run while the window is built (about half a second),
and a bar that stops moving looks like a program that hangs.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings, Qt
from PySide6.QtGui import QFont, QGuiApplication
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

#: What the frame says its window is, and the window's title until the file's name replaces it.
APP_NAME = "CityPitch"


class StartFrame(QWidget):
    """The application's name and the file being opened, where the window will appear."""

    def __init__(self, path: Path | None = None) -> None:
        super().__init__()
        self.setObjectName("start_frame")
        # The file's name is in the frame, not in its title: the title "name — CityPitch" belongs to the
        # window that has the file open (tools that look for that window by its title find it, not this).
        self.setWindowTitle(APP_NAME)
        name = QLabel(APP_NAME, self)
        font = QFont(name.font())
        font.setPointSizeF(font.pointSizeF() * 2.0)
        font.setBold(True)
        name.setFont(font)
        name.setAlignment(Qt.AlignmentFlag.AlignCenter)
        opened = QLabel(path.name if path is not None else "", self)
        opened.setTextFormat(Qt.TextFormat.PlainText)  # a file's name is text, whatever it holds
        opened.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout = QVBoxLayout(self)
        layout.addStretch(2)
        layout.addWidget(name)
        layout.addWidget(opened)
        layout.addStretch(3)
        self._place()

    def _place(self) -> None:
        """Where the window will be: its remembered geometry (the window's own setting), else centred."""
        geometry = QSettings().value("geometry")
        if isinstance(geometry, QByteArray | bytes) and self.restoreGeometry(QByteArray(geometry)):
            return
        screen = QGuiApplication.primaryScreen()
        if screen is None:
            self.resize(1100, 760)
            return
        area = screen.availableGeometry()
        width, height = min(1280, int(area.width() * 0.85)), min(860, int(area.height() * 0.85))
        self.setGeometry(area.x() + (area.width() - width) // 2, area.y() + (area.height() - height) // 2, width, height)

    def show_now(self) -> None:
        """Show and paint at once (before the import work that follows blocks the event loop)."""
        self.show()
        self.repaint()
        QGuiApplication.processEvents()
