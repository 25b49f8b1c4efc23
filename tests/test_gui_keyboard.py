"""Keyboard-complete (issue 16, item 7): every action reachable without a mouse, names on icon-only controls.

- Tab (with Ctrl+Tab out of a table) reaches every button and input shown on every step of a sample;
  the only controls Tab skips are the calendar buttons inside date boxes, which Alt+Down opens.
- Every entry of every menu has a key of its own in its menu (samples and recent files are numbered).
- Every control that shows no text (an icon) has an accessible name; so has every place Tab stops.
- The save question answers to S and D.
"""

from __future__ import annotations

import typing
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QScrollBar,
    QTextEdit,
    QToolButton,
    QWidget,
)
from pytestqt.qtbot import QtBot

from wizard import resources
from wizard.gui.window.mainwindow import MainWindow
from wizard.steps import STEP_IDS

pytestmark = pytest.mark.gui

#: What a keyboard user must be able to reach on a page.
CONTROLS = (QAbstractButton, QLineEdit, QPlainTextEdit, QTextEdit, QComboBox, QAbstractItemView, QAbstractSpinBox)


@pytest.fixture
def window(qtbot: QtBot, isolated_settings: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[MainWindow]:
    monkeypatch.setattr(MainWindow, "show_message", lambda self, kind, title, text: None)
    monkeypatch.setattr(MainWindow, "ask_save_changes", lambda self: "discard")
    win = MainWindow()
    qtbot.addWidget(win)
    win.show()
    win.activateWindow()
    qtbot.waitActive(win)
    assert win.open_sample("lumara-transit")
    yield win
    win.doc.undo_stack.setClean()


def is_date_button(widget: QWidget) -> bool:
    """The calendar button inside a date box (Alt+Down opens the calendar from the box)."""
    return isinstance(widget, QToolButton) and isinstance(widget.parentWidget(), QLineEdit)


def tab_walk(qtbot: QtBot, start: QWidget, limit: int = 800) -> list[QWidget]:
    """The widgets Tab visits from ``start`` until it comes back round (Ctrl+Tab leaves a table)."""
    seen: list[QWidget] = []
    widget: QWidget | None = start
    for _ in range(limit):
        assert widget is not None
        seen.append(widget)
        in_table = isinstance(widget, QAbstractItemView) and widget.tabKeyNavigation()
        qtbot.keyClick(widget, Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier if in_table else Qt.KeyboardModifier.NoModifier)
        widget = QApplication.focusWidget()
        if widget is start:
            return seen
    raise AssertionError(f"Tab did not come back round in {limit} presses")


def test_tab_reaches_every_control_of_every_step(window: MainWindow, qtbot: QtBot) -> None:
    for step in STEP_IDS:
        window.go_to_step(step)
        page = window.pages[step]
        start = QApplication.focusWidget()
        assert start is not None and page.isAncestorOf(start), step  # the page has the keyboard on arrival
        visited = set(map(id, tab_walk(qtbot, start)))
        wanted = [w for w in page.findChildren(QWidget)
                  if isinstance(w, CONTROLS) and w.isVisible() and w.isEnabled()
                  and not isinstance(w.parentWidget(), QComboBox)  # a drop-down's own line edit is the drop-down
                  and not isinstance(w, QHeaderView)]  # a table's headings: its columns fit their content
        missed = [w for w in wanted if id(w) not in visited and not is_date_button(w)]
        assert not missed, (step, [(type(w).__name__, w.objectName(), getattr(w, "text", str)()) for w in missed])
        # Outside the page too: the sidebar, Back, Next and the guidance panel are on the way round.
        for outside in (window.sidebar, window.back_button, window.guidance):
            assert id(outside) in visited or not outside.isEnabled(), (step, outside.objectName())


# The offscreen platform cannot raise a popup or grab the keyboard for it: harmless here.
@pytest.mark.qt_log_ignore("This plugin does not support raise", "This plugin does not support grabbing the keyboard")
def test_the_calendar_buttons_have_a_key(window: MainWindow, qtbot: QtBot) -> None:
    window.go_to_step("start")
    date_box = typing.cast(QLineEdit, window.pages["start"].binder.bindings["meta.prepared_on"].widget)
    [button] = [b for b in date_box.findChildren(QToolButton) if b.isVisible()]
    assert button.accessibleName() or button.toolTip()
    assert "Alt+Down" in (button.toolTip() or button.accessibleName())
    date_box.setFocus()
    qtbot.keyClick(date_box, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    popup = QApplication.activePopupWidget()
    assert popup is not None and popup.isVisible()
    qtbot.keyClick(popup, Qt.Key.Key_Escape)


def _mnemonic(text: str) -> str | None:
    plain = text.replace("&&", "")
    index = plain.find("&")
    return plain[index + 1].lower() if 0 <= index < len(plain) - 1 else None


def _menu_problems(menu: QMenu, where: str) -> list[str]:
    problems = []
    keys: list[str] = []
    for action in menu.actions():
        if action.isSeparator():
            continue
        key = _mnemonic(action.text())
        if key is None:
            problems.append(f"{where} > {action.text()!r} has no key")
        else:
            keys.append(key)
        if action.menu() is not None:
            problems += _menu_problems(typing.cast(QMenu, action.menu()), f"{where} > {action.text()}")
    problems += [f"{where}: the key {k!r} is used twice" for k in set(keys) if keys.count(k) > 1]
    return problems


def test_every_menu_entry_has_a_key_of_its_own(window: MainWindow, tmp_path: Path) -> None:
    for number in range(3):  # recent files are numbered too (saved copies give the list three entries)
        assert window.save_to(tmp_path / f"copy & {number}.citypitch")
    problems = []
    keys = [k for k in (_mnemonic(a.text()) for a in window.menuBar().actions()) if k is not None]
    assert len(set(keys)) == len(keys)
    # A menu of the bar without a key of its own (Consult: every free letter is taken by the pages' fields)
    # is reached as every menu is: Alt alone, then the arrow keys.
    focus = QApplication.focusWidget() or window
    QTest.keyPress(focus, Qt.Key.Key_Alt)
    QTest.keyRelease(focus, Qt.Key.Key_Alt, Qt.KeyboardModifier.AltModifier)
    reached = []
    for _ in window.menuBar().actions():
        active = window.menuBar().activeAction()
        assert active is not None
        reached.append(active.text())
        QTest.keyClick(window.menuBar(), Qt.Key.Key_Right)
    assert reached == [a.text() for a in window.menuBar().actions()]
    QTest.keyClick(window.menuBar(), Qt.Key.Key_Escape)
    for action in window.menuBar().actions():
        problems += _menu_problems(typing.cast(QMenu, action.menu()), action.text())
    assert problems == []
    recent = [a.text() for a in window.recent_menu.actions()]
    assert recent[0] == f"&1 {tmp_path / 'copy && 2.citypitch'}"  # an "&" in a path is shown, not a key
    samples = [a.text() for a in window.sample_menu.actions()]
    assert samples == [f"&{n} {name}" for n, name in enumerate(resources.sample_names(), start=1)]


def test_a_numbered_menu_entry_opens_what_it_names(window: MainWindow, qtbot: QtBot) -> None:
    second = resources.sample_names()[1]
    window.sample_menu.actions()[1].trigger()
    assert window.windowTitle().startswith(f"{second} (sample)")


def test_controls_without_text_and_tab_stops_have_names(window: MainWindow) -> None:
    for step in STEP_IDS:
        window.go_to_step(step)  # every page built and shown once
    buddies = {label.buddy() for label in window.findChildren(QLabel) if label.buddy() is not None}
    nameless = []
    for widget in window.findChildren(QWidget):
        if isinstance(widget, (QHeaderView, QScrollBar)) or widget.objectName().startswith("qt_"):
            continue  # parts of a table or scroll area (Qt's own, named through their owner)
        if isinstance(widget.parentWidget(), QComboBox) or type(widget).__name__ == "QListView" and not widget.objectName():
            continue  # a drop-down's list and edit box are the drop-down
        shows_text = isinstance(widget, QAbstractButton) and bool(widget.text().strip()) and not (
            isinstance(widget, QToolButton) and widget.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonIconOnly)
        if isinstance(widget, QAbstractButton) and not shows_text:
            if not widget.accessibleName():
                nameless.append(("icon-only", type(widget).__name__, widget.objectName()))
        elif bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus) and isinstance(widget, (*CONTROLS, QAbstractScrollArea)):
            if not shows_text and not widget.accessibleName() and widget not in buddies:
                nameless.append(("tab stop", type(widget).__name__, widget.objectName()))
    assert not nameless


def test_the_save_question_answers_to_its_keys(qtbot: QtBot, isolated_settings: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    win = MainWindow()
    qtbot.addWidget(win)
    win.show()
    answers = []
    for key in (Qt.Key.Key_D, Qt.Key.Key_S, Qt.Key.Key_Escape):
        def press(key: Qt.Key = key) -> None:
            box = QApplication.activeModalWidget()
            assert isinstance(box, QMessageBox), box
            qtbot.keyClick(box, key)

        QTimer.singleShot(0, press)
        answers.append(win.ask_save_changes())
    assert answers == ["discard", "save", "cancel"]
