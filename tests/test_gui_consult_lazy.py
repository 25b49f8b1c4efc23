"""The consult controller is built on first use (issue 21): the window starts with its menu entries, the
sign-off line's place and the pages' right-click menus, and each way in still does what it did.

Each test starts from a window whose controller has not been built, takes one way in, and checks both that
the controller was built by it and that the action happened (pytest-qt).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import typing
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtGui import QAction, QContextMenuEvent
from PySide6.QtWidgets import QApplication, QDockWidget, QMenu
from pytestqt.qtbot import QtBot

from wizard import projectfile, resources
from wizard.gui.consult.controller import ConsultController
from wizard.gui.consult.markers import ContextMenus
from wizard.gui.window.mainwindow import MainWindow
from wizard.review import comments, signoff

pytestmark = pytest.mark.gui

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture
def lumara(tmp_path: Path) -> Path:
    """The Lumara sample as a .citypitch file without a review part."""
    return projectfile.save(projectfile.load(resources.sample_path("lumara-transit")), tmp_path / "lumara.citypitch",
                            backup=False)


@pytest.fixture
def reviewed(tmp_path: Path) -> Path:
    """The Lumara sample as a .citypitch file with a comment on the problem statement and a required sign-off."""
    project = projectfile.load(resources.sample_path("lumara-transit"))
    comments.add(project, "problem.statement", "Keep one problem.", "Maya Tan")
    signoff.set_required(project, True)
    return projectfile.save(project, tmp_path / "reviewed.citypitch", backup=False)


@pytest.fixture
def asked(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The controller's questions answered (a comment's text, the author); what was asked is recorded."""
    found: list[str] = []

    def ask_text(self: ConsultController, title: str, context: str, prompt: str) -> str | None:
        found.append(context)
        return "Which survey is this from?"

    monkeypatch.setattr(ConsultController, "ask_text", ask_text)
    monkeypatch.setattr(ConsultController, "ask_author", lambda self, why="": "Maya Tan")
    monkeypatch.setattr(MainWindow, "show_message", lambda self, kind, title, text: found.append(text))
    monkeypatch.setattr(MainWindow, "ask_save_changes", lambda self: "discard")
    return found


@pytest.fixture
def window(qtbot: QtBot, isolated_settings: Path, lumara: Path, asked: list[str],
           monkeypatch: pytest.MonkeyPatch) -> Iterator[MainWindow]:
    monkeypatch.setattr(ContextMenus, "popup", staticmethod(lambda menu, at: None))  # offscreen: no popups
    win = MainWindow()
    qtbot.addWidget(win)
    win.resize(1400, 900)
    win.show()
    qtbot.waitExposed(win)
    assert win.open_path(lumara)
    assert not win.consult_entry.is_built()
    yield win


def _consult_menu(win: MainWindow) -> QMenu:
    menu = win.findChild(QMenu, "consult_menu")
    assert menu is not None
    return menu


def _action(menu: QMenu, name: str) -> QAction:
    return next(a for a in menu.actions() if a.objectName() == name)


def test_the_window_starts_without_the_consult_code_or_the_gazetteer(tmp_path: Path) -> None:
    """In a fresh process: the window built, a sample opened and shown, and neither the controller's module
    nor the review code (its pydantic records) imported; the menus hold every consult entry all the same.
    The City step drawn first has its place picker, whose gazetteer code is imported on the first search."""
    script = r"""
import json, sys
from PySide6.QtWidgets import QApplication
app = QApplication(sys.argv[:1])
from wizard.gui.window.mainwindow import MainWindow
w = MainWindow(analyse_now=False)
w.analysis.hold()
from pathlib import Path
w.open_path(Path("resources/samples/lumara-transit.json"))
w.show()
app.processEvents()
from PySide6.QtWidgets import QMenu
names = [a.objectName() for a in w.findChild(QMenu, "consult_menu").actions()]
print(json.dumps({"built": w.consult_entry.is_built(),
                  "step": w.current_step(), "picker": "wizard.gui.steps.placepicker" in sys.modules,
                  "modules": sorted(m for m in sys.modules if m in ("wizard.gui.consult.controller", "wizard.geo")
                                    or m.startswith("wizard.review")),
                  "entries": [n for n in names if n]}), flush=True)
import os; os._exit(0)
"""
    # A fresh environment, but bytecode still goes where the suite keeps it (conftest.py), not into the tree.
    env = {"QT_QPA_PLATFORM": "offscreen", "CITYPITCH_DATA_DIR": str(tmp_path / "data"), "PATH": "/usr/bin:/bin",
           "HOME": str(tmp_path), "PYTHONPYCACHEPREFIX": os.environ["PYTHONPYCACHEPREFIX"]}
    done = subprocess.run([sys.executable, "-c", script], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    found = json.loads(done.stdout.strip().splitlines()[-1])
    assert found["built"] is False
    assert found["step"] == "city_team" and found["picker"]
    assert found["modules"] == []
    assert found["entries"] == ["comment_whole_action", "save_version_action", "compare_action", "signoff_action",
                                "require_action", "session_action", "memo_action", "author_action"]


def test_the_consult_menu_builds_the_controller_and_does_the_action(window: MainWindow, asked: list[str]) -> None:
    _action(_consult_menu(window), "comment_whole_action").trigger()
    assert window.consult_entry.is_built()
    assert asked == ["On: The proposal as a whole"]
    assert [(c.anchor.path, c.text) for c in comments.load(window.doc.project)] == [("", "Which survey is this from?")]
    assert window.doc.undo_stack.undoText() == "Add a comment on The proposal as a whole"


@pytest.mark.parametrize(("name", "method", "argument"), [
    ("save_version_action", "save_version", None), ("compare_action", "compare_with", None),
    ("memo_action", "export_memo", None), ("signoff_action", "sign_off", None), ("require_action", "set_required", True),
    ("session_action", "add_session", None), ("author_action", "change_author", None)])
def test_each_consult_entry_calls_its_action_on_the_controller_built_for_it(
        window: MainWindow, monkeypatch: pytest.MonkeyPatch, name: str, method: str, argument: object) -> None:
    called: list[tuple[str, tuple[object, ...]]] = []
    monkeypatch.setattr(ConsultController, method, lambda self, *args: called.append((method, args)))
    _action(_consult_menu(window), name).trigger()
    assert window.consult_entry.is_built()
    assert called == [(method, () if argument is None else (argument,))]


def test_the_file_menu_holds_the_same_entries(window: MainWindow) -> None:
    names = [a.objectName() for a in window.file_menu.actions()]
    assert names[names.index("save_version_action"):names.index("memo_action") + 1] == [
        "save_version_action", "compare_action", "memo_action"]
    assert _action(window.file_menu, "save_version_action") is _action(_consult_menu(window), "save_version_action")


def test_the_view_menu_shows_a_panel_and_then_holds_the_docks_own_entries(window: MainWindow, qtbot: QtBot) -> None:
    entries = [a for a in window.view_menu.actions() if a.text() in ("Commen&ts panel", "Versions and sign-&off panel")]
    assert len(entries) == 2 and not any(a.isChecked() for a in entries)
    entries[0].trigger()
    assert window.consult_entry.is_built()
    consult = window.consult
    qtbot.waitUntil(consult.comments_dock.isVisible, timeout=2000)
    assert consult.comments_panel.summary.text()  # filled when shown
    # The docks' own toggles are now in both menus, where the stand-ins were, and follow the docks.
    docks = window.findChildren(QDockWidget)
    toggles = [d.toggleViewAction() for d in docks]
    view = [a for a in window.view_menu.actions() if a.text() in ("Commen&ts panel", "Versions and sign-&off panel")]
    assert view == [consult.comments_dock.toggleViewAction(), consult.versions_dock.toggleViewAction()]
    assert all(t in _consult_menu(window).actions() for t in toggles)
    assert not any(e in window.view_menu.actions() + _consult_menu(window).actions() for e in entries)
    assert view[0].isChecked()
    view[0].trigger()
    qtbot.waitUntil(lambda: not consult.comments_dock.isVisible(), timeout=2000)
    # The stand-in for the versions panel, if still held by someone, shows the dock too.
    entries[1].trigger()
    qtbot.waitUntil(consult.versions_dock.isVisible, timeout=2000)


def test_a_right_click_comment_builds_the_controller_and_marks_the_field(window: MainWindow, asked: list[str],
                                                                         qtbot: QtBot) -> None:
    window.go_to_step("problem")
    box = typing.cast(typing.Any, window.pages["problem"].binder.bindings["problem.statement"].widget)
    markers = window.consult_entry.page_markers["problem"]
    target = box.viewport()
    with qtbot.waitSignal(markers.menu_shown, timeout=2000) as shown:
        QApplication.sendEvent(target, QContextMenuEvent(QContextMenuEvent.Reason.Mouse, QPoint(10, 10),
                                                          target.mapToGlobal(QPoint(10, 10))))
    assert not window.consult_entry.is_built()  # the menu itself needs no review code
    menu = typing.cast(QMenu, shown.args[0])
    action = next(a for a in menu.actions() if a.objectName() == "comment_action")
    menu.close()
    action.trigger()
    assert window.consult_entry.is_built()
    assert window.consult.page_markers["problem"] is markers
    assert markers.shown() == {"problem.statement": "1 open comment, by Maya Tan (show)"}
    assert window.navigation.step_items["problem"].text(0) == "Problem (1)"


def test_opening_a_file_with_a_review_builds_the_controller(window: MainWindow, reviewed: Path, qtbot: QtBot) -> None:
    window.go_to_step("problem")  # a page built before the file is opened gets its marker too
    assert window.open_path(reviewed)
    assert window.consult_entry.is_built()
    consult = window.consult
    assert consult.page_markers["problem"].shown() == {"problem.statement": "1 open comment, by Maya Tan (show)"}
    assert window.navigation.step_items["problem"].text(0) == "Problem (1)"
    status = window.statusBar().findChild(typing.cast(typing.Any, type(consult.status)), "signoff_status")
    assert status is consult.status and status.text()  # the sign-off line: required, not signed off
    assert consult.require_action.isChecked()


def test_a_window_made_with_a_reviewed_project_builds_the_controller(qtbot: QtBot, isolated_settings: Path,
                                                                     reviewed: Path) -> None:
    win = MainWindow(projectfile.load(reviewed))
    qtbot.addWidget(win)
    assert win.consult_entry.is_built()
    assert win.consult.overview.by_step == {"problem": 1}
    assert _consult_menu(win).actions().count(win.consult.comments_dock.toggleViewAction()) == 1


def test_a_file_without_a_review_keeps_the_controller_unbuilt(window: MainWindow, tmp_path: Path) -> None:
    window.go_to_step("problem")
    assert window.open_sample("prey-meas-lighting")
    assert not window.consult_entry.is_built()
    assert window.findChild(QDockWidget) is None
    assert window.statusBar().findChild(typing.cast(typing.Any, type(window.consult_entry.status)), "signoff_status").text() == ""
