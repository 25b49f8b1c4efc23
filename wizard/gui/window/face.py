"""What the window's controllers may ask of the window: its status bar, its questions, its settings.

The controllers (:mod:`~wizard.gui.window.navigation`, :mod:`~wizard.gui.window.files`,
:mod:`~wizard.gui.window.exporting`, :mod:`~wizard.gui.window.presentation`,
:mod:`~wizard.gui.review.controller`) each do one job and know the window only through this protocol,
so none of them imports the window and the list below is all the coupling there is.  Questions go
through small ``ask_*`` methods and messages through ``show_message``, so tests answer them without
modal dialogs by replacing them on :class:`~wizard.gui.window.mainwindow.MainWindow`.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QStatusBar

if TYPE_CHECKING:
    from wizard.analysis import ReviewItem


class WindowFace(Protocol):
    def statusBar(self) -> QStatusBar: ...  # noqa: N802 - Qt's name

    def isVisible(self) -> bool: ...  # noqa: N802 - Qt's name

    def setWindowTitle(self, title: str) -> None: ...  # noqa: N802 - Qt's name

    def setWindowModified(self, modified: bool) -> None: ...  # noqa: N802 - Qt's name

    def show_message(self, kind: str, title: str, text: str) -> None: ...

    def ask_save_changes(self) -> str: ...

    def ask_open_path(self) -> Path | None: ...

    def ask_save_path(self) -> Path | None: ...

    def ask_export_path(self) -> Path | None: ...

    def ask_image_path(self) -> Path | None: ...

    def ask_justification(self, item: ReviewItem) -> str: ...

    def settings(self) -> QSettings: ...
