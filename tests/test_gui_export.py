"""The Export step renders a real PDF in the background while the window stays usable."""

from __future__ import annotations

import typing
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from wizard.gui.export.page import ExportPage, asset_name
from wizard.gui.window.mainwindow import MainWindow


@pytest.mark.gui
@pytest.mark.slow
def test_export_a_sample_in_the_background(qtbot: QtBot, isolated_settings: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(MainWindow, "ask_save_changes", lambda self: "discard")
    messages: list[str] = []
    monkeypatch.setattr(MainWindow, "show_message", lambda self, kind, title, text: messages.append(text))
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    assert window.open_sample("lumara-transit")
    out = tmp_path / "deck.pdf"
    monkeypatch.setattr(MainWindow, "ask_export_path", lambda self: out)
    page = typing.cast(ExportPage, window.pages["export"])
    with qtbot.waitSignal(page.export_done, timeout=180_000) as blocker:
        window.export_action.trigger()
        assert page.is_running()
        assert not page.button.isEnabled()
        # Editing goes on while the deck renders; the export works on a frozen copy.
        window.doc.set_field("meta.project_name", "Changed while exporting")
    assert blocker.args is not None and blocker.args[0] is True, (blocker.args, messages)
    assert out.read_bytes().startswith(b"%PDF")
    assert page.progress.value() == 100 and page.button.isEnabled()
    assert str(out) in page.status.text()
    assert not messages


def test_asset_names_are_safe_and_unique() -> None:
    assert asset_name("../../etc/passwd.png", []) == "passwd.png"
    assert asset_name("Photo 1.JPEG", ["Photo-1.jpg"]) == "Photo-1-2.jpg"
    assert asset_name("<script>.png", []) == "script.png"
    assert asset_name(".png", []) == "image.png"
