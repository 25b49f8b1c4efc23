"""Every page of every bundled sample renders offscreen without raising or logging a Qt warning."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QImage
from pytestqt.qtbot import QtBot

from wizard import resources
from wizard.gui.window.mainwindow import MainWindow
from wizard.gui.window.render import render_all
from wizard.steps import STEP_IDS

pytestmark = pytest.mark.gui


@pytest.mark.slow  # over the few seconds the marker allows (renders, child processes, pyside6-uic)
@pytest.mark.parametrize("sample", [None, *resources.sample_names()])
def test_render_every_page(qtbot: QtBot, isolated_settings: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, sample: str | None) -> None:
    monkeypatch.setattr(MainWindow, "ask_save_changes", lambda self: "discard")
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    if sample:
        assert window.open_sample(sample)
    written = render_all(window, tmp_path / (sample or "empty"))
    assert [p.name.split("-", 1)[1] for p in written] == [f"{s}.png" for s in STEP_IDS]
    for path in written:
        image = QImage(str(path))
        assert image.width() == 1280 and image.height() >= 700
    assert not window.isWindowModified()  # looking at pages changes nothing


@pytest.mark.parametrize("step", ["vision", "finance", "review", "export"])
def test_a_page_renders_alone(qapp: object, tmp_path: Path, step: str) -> None:
    from wizard.gui.steps.__main__ import main as preview

    out = tmp_path / f"{step}.png"
    assert preview([step, resources.sample_names()[0], "--png", str(out)]) == 0
    assert QImage(str(out)).width() == 1000
