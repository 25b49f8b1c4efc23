"""On the smallest window the wizard allows (1024 wide, a common laptop), no step scrolls sideways."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from wizard.gui.window.mainwindow import MainWindow
from wizard.steps import STEP_IDS

pytestmark = pytest.mark.gui


@pytest.mark.parametrize("sample", ["lumara-transit", "prey-meas-lighting"])
def test_no_step_scrolls_sideways_at_the_minimum_width(qtbot: QtBot, isolated_settings: Path, sample: str,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(MainWindow, "ask_save_changes", lambda self: "discard")
    window = MainWindow()
    qtbot.addWidget(window)
    window.resize(window.minimumSize())
    window.show()
    assert window.width() == 1024
    assert window.open_sample(sample)
    sideways = []
    for step in STEP_IDS:
        window.go_to_step(step)
        QApplication.processEvents()
        window.grab()  # lay out at this size
        bar = window.scrolls[step].horizontalScrollBar()
        if bar.maximum() > 0:
            sideways.append((step, bar.maximum()))
    assert sideways == []
    window.doc.undo_stack.setClean()
