"""The recent files and the last folder used, kept in QSettings (never a document), and the Recent menu."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMenu

RECENT_MAX = 8


class RecentFiles:
    """The recent-files list in the settings, shown in the File > Recent menu and on the Start page."""

    def __init__(self, settings: Callable[[], QSettings], menu: QMenu, open_path: Callable[[Path], object]) -> None:
        self._settings = settings
        self.menu = menu
        self._open_path = open_path
        #: Called with the list whenever it changes (the Start page shows it once it is built).
        self.changed: Callable[[list[str]], None] = lambda files: None

    def last_folder(self) -> str:
        return str(self._settings().value("last_folder", str(Path.home())))

    def remember_folder(self, folder: Path) -> None:
        self._settings().setValue("last_folder", str(folder))

    def files(self) -> list[str]:
        value = self._settings().value("recent_files", [])
        # An ini file gives back a one-item list as a plain string.
        values = value if isinstance(value, list) else [value] if isinstance(value, str) else []
        return [str(v) for v in values][:RECENT_MAX]

    def add(self, path: Path) -> None:
        text = str(path.resolve())
        files = [text, *[f for f in self.files() if f != text]][:RECENT_MAX]
        self._settings().setValue("recent_files", files)
        self.refresh()

    def refresh(self) -> None:
        files = self.files()
        self.menu.clear()
        for text in files:
            action = self.menu.addAction(text)
            action.triggered.connect(lambda _checked=False, t=text: self._open_path(Path(t)))
        self.menu.setEnabled(bool(files))
        self.changed(files)
