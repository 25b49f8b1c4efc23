"""The window keeps work safe: file locks (read-only when held elsewhere), newer files, autosave and recovery."""

from __future__ import annotations

import json
import typing
import zipfile
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot

from wizard import projectfile, resources
from wizard.gui.tables.listeditor import ListEditor
from wizard.gui.window.mainwindow import MainWindow

pytestmark = pytest.mark.gui


@pytest.fixture
def make_window(qtbot: QtBot, isolated_settings: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> typing.Callable[[], MainWindow]:
    monkeypatch.setenv("CITYPITCH_DATA_DIR", str(tmp_path / "data"))
    messages: list[tuple[str, str, str]] = []
    monkeypatch.setattr(MainWindow, "show_message", lambda self, kind, title, text: messages.append((kind, title, text)))
    monkeypatch.setattr(MainWindow, "ask_save_changes", lambda self: "discard")

    def make() -> MainWindow:
        window = MainWindow()
        window.messages = messages  # type: ignore[attr-defined]
        qtbot.addWidget(window)
        window.show()
        return window

    return make


def saved_sample(tmp_path: Path) -> Path:
    project = projectfile.load(resources.sample_path("lumara-transit"))
    return projectfile.save(project, tmp_path / "lumara.citypitch")


def test_second_window_on_the_same_file_is_read_only(make_window: typing.Callable[[], MainWindow], tmp_path: Path,
                                                      qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    path = saved_sample(tmp_path)
    first, second = make_window(), make_window()
    assert first.open_path(path)
    assert not first.doc.is_read_only()
    assert second.open_path(path)
    assert second.doc.is_read_only()
    assert "(read-only)" in second.windowTitle()
    # Nothing can be changed: inputs are read-only, tables refuse edits, the model refuses commands.
    second.go_to_step("start")
    name = typing.cast(QLineEdit, second.pages["start"].binder.bindings["meta.project_name"].widget)
    assert name.isReadOnly()
    before = second.doc.proposal.meta.project_name
    qtbot.keyClicks(name, "x")
    assert second.doc.proposal.meta.project_name == before
    kpis = typing.cast(ListEditor, second.pages["problem"].binder.tables["problem.kpis"])
    assert not kpis.add_button.isEnabled()
    assert kpis.paste_text("a\tb\n") is None and kpis.paste_dialog is None  # no preview of a paste that cannot be applied
    assert "read-only" in kpis.status.text()
    assert not second.isWindowModified()
    # Save goes to Save As; the locked path itself is refused, another name works and is editable.
    monkeypatch.setattr(MainWindow, "ask_save_path", lambda self: path)
    assert not second.save()
    copy = tmp_path / "copy.citypitch"
    monkeypatch.setattr(MainWindow, "ask_save_path", lambda self: copy)
    assert second.save()
    assert not second.doc.is_read_only() and not name.isReadOnly()
    # The first window still edits and saves its file.
    first.go_to_step("start")
    first_name = first.pages["start"].binder.bindings["meta.project_name"].widget
    first_name.setFocus()
    qtbot.keyClick(first_name, Qt.Key.Key_End)
    qtbot.keyClicks(first_name, " v2")
    assert first.save()
    assert projectfile.load(path).proposal.meta.project_name.endswith(" v2")
    # Closing the first window frees the file for the next one.
    first.close()
    third = make_window()
    assert third.open_path(path) and not third.doc.is_read_only()


def test_a_newer_file_opens_read_only_and_is_never_overwritten(make_window: typing.Callable[[], MainWindow], tmp_path: Path) -> None:
    path = saved_sample(tmp_path)
    with zipfile.ZipFile(path) as archive:
        data = json.loads(archive.read("proposal.json"))
    data["schema_version"] = 99
    data["future_section"] = {"kept": True}
    newer = tmp_path / "newer.json"
    newer.write_text(json.dumps(data), encoding="utf-8")
    original = newer.read_bytes()
    window = make_window()
    assert window.open_path(newer)
    assert window.doc.is_read_only()
    assert "newer" in (window.doc.read_only_reason or "")
    assert not window.save_to(tmp_path / "elsewhere.citypitch")
    assert newer.read_bytes() == original
    assert not (tmp_path / "elsewhere.citypitch").exists()


def test_unsaved_work_is_autosaved_and_a_normal_close_removes_it(make_window: typing.Callable[[], MainWindow], qtbot: QtBot, tmp_path: Path) -> None:
    window = make_window()
    window.go_to_step("start")
    name = window.pages["start"].binder.bindings["meta.project_name"].widget
    name.setFocus()
    qtbot.keyClicks(name, "Harbour tram")
    with qtbot.waitSignal(window.autosaver.autosaved, timeout=15_000):
        window.autosaver.autosave_now()
    assert window.autosaver.has_entry()
    window.close()
    assert not window.autosaver.has_entry()


def test_recovered_work_opens_as_unsaved_changes(make_window: typing.Callable[[], MainWindow], qtbot: QtBot, tmp_path: Path) -> None:
    from wizard.gui.recovery.dialog import Recovered

    crashed = make_window()
    crashed.go_to_step("start")
    name = crashed.pages["start"].binder.bindings["meta.project_name"].widget
    name.setFocus()
    qtbot.keyClicks(name, "Lost at sea")
    crashed.autosaver.save_now()
    entry = next(e for e in crashed.autosaver.store.entries() if e.session == crashed.autosaver.session)
    recovered = Recovered(entry, crashed.autosaver.store.load(entry))
    window = make_window()
    assert window.open_recovered(recovered)
    assert window.doc.proposal.meta.project_name == "Lost at sea"
    assert window.isWindowModified()
    assert window.pages["start"].binder.bindings["meta.project_name"].widget.text() == "Lost at sea"  # type: ignore[attr-defined]
    # The status bar says what came back and that it is not saved, not "Opened a new proposal".
    assert window.statusBar().currentMessage() == "Recovered Lost at sea; save it to keep it"
    crashed.autosaver.enabled = False
