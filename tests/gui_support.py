"""Helpers shared by the GUI tests (not a test module)."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from wizard.gui.window.mainwindow import MainWindow


def quiet_window(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> MainWindow:
    """A shown main window whose message boxes are silenced and whose 'save changes?' answer is Discard."""
    monkeypatch.setattr(MainWindow, "show_message", lambda self, kind, title, text: None)
    monkeypatch.setattr(MainWindow, "ask_save_changes", lambda self: "discard")
    win = MainWindow()
    qtbot.addWidget(win)
    win.show()
    return win
