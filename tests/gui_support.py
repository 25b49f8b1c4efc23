"""Helpers shared by the GUI tests (not a test module)."""

from __future__ import annotations

import typing

import pytest
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QWidget
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


def figure_table(qtbot: QtBot, width: int, scale: float) -> tuple[QWidget, typing.Any]:
    """A Finance page figure table ``width`` px wide, shown in a holder whose font is ``scale`` times the
    application's (presentation mode is larger text)."""
    from wizard.gui.finance.panel import FigureTable

    holder = QWidget()
    qtbot.addWidget(holder)
    font = QFont(QApplication.font())
    font.setPointSizeF(font.pointSizeF() * scale)
    holder.setFont(font)
    table = FigureTable(holder, "figures", "Figures")
    table.resize(width, 200)
    holder.show()
    qtbot.waitExposed(holder)
    return holder, table
