"""Opening a plain JSON proposal (a sample) locks nothing and writes nothing beside it."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from wizard import resources
from wizard.gui.window.mainwindow import MainWindow

pytestmark = pytest.mark.gui


def test_opening_a_json_sample_leaves_its_folder_untouched(qtbot: QtBot, isolated_settings: Path,
                                                           tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(MainWindow, "ask_save_changes", lambda self: "discard")
    folder = tmp_path / "samples"
    folder.mkdir()
    source = resources.sample_path("prey-meas-lighting")
    copy = folder / source.name
    shutil.copy(source, copy)
    shutil.copytree(source.with_name(source.stem + ".assets"), folder / (source.stem + ".assets"))
    before = sorted(p.name for p in folder.rglob("*"))
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    assert window.open_path(copy)
    assert window.doc.proposal.city.name == json.loads(copy.read_text(encoding="utf-8"))["city"]["name"]
    assert not window.doc.is_read_only()
    assert sorted(p.name for p in folder.rglob("*")) == before  # no lock file, no backup, nothing
    window.doc.undo_stack.setClean()
    window.close()
