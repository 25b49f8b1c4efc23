"""Where the keyboard is: a new or opened proposal starts each page from its top with its first field
focused, arriving at a step puts the keyboard in its page, the sidebar keeps it while the arrow keys move
through the steps, F6 goes from pane to pane, and an export keeps it on the Export step (issue 16, item 4)."""

from __future__ import annotations

import typing
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from wizard import projectfile, resources
from wizard.gui.window.mainwindow import MainWindow
from wizard.gui.window.navigation import first_field
from wizard.steps import STEP_IDS

pytestmark = pytest.mark.gui

HERE = "tests.test_gui_focus"


def quick_target(data: bytes, out: Path, options: dict[str, Any], progress: Callable[[str, float], None],
                 cancelled: Callable[[], bool]) -> Path:
    """Run in the export's child process in place of the deck: a one-page PDF, at once."""
    import io

    import pypdf

    progress("Writing the PDF", 0.5)
    writer = pypdf.PdfWriter()
    writer.add_blank_page(960, 540)
    buffer = io.BytesIO()
    writer.write(buffer)
    out.write_bytes(buffer.getvalue())
    return out


@pytest.fixture
def window(qtbot: QtBot, isolated_settings: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[MainWindow]:
    monkeypatch.setattr(MainWindow, "show_message", lambda self, kind, title, text: None)
    monkeypatch.setattr(MainWindow, "ask_save_changes", lambda self: "discard")
    win = MainWindow()
    qtbot.addWidget(win)
    win.show()
    win.activateWindow()
    qtbot.waitActive(win)
    yield win
    win.doc.undo_stack.setClean()


def focused() -> QWidget | None:
    return QApplication.focusWidget()


def scroll_value(window: MainWindow, step: str) -> int:
    return window.scrolls[step].verticalScrollBar().value()


def scroll_down(window: MainWindow, qtbot: QtBot, step: str) -> None:
    """Scroll a step's page well down (as reading a long page does), and check that it moved."""
    window.go_to_step(step)
    bar = window.scrolls[step].verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0)
    bar.setValue(bar.maximum())
    assert bar.value() > 0


def test_a_new_proposal_shows_every_page_from_the_top_with_its_first_field_focused(window: MainWindow, qtbot: QtBot) -> None:
    assert window.open_sample("lumara-transit")
    long_pages = ["city_team", "problem", "economy", "finance", "japan"]
    for step in long_pages:
        scroll_down(window, qtbot, step)
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)  # File > New
    assert window.doc.proposal.city.name == "" and window.current_step() == "start"
    name = window.pages["start"].binder.bindings["meta.project_name"].widget
    assert focused() is name  # "give the proposal its name"
    # Next, step by step, as a keyboard user goes: each page at its top, its first field taking typing.
    for step in STEP_IDS[1:]:
        qtbot.keyClick(focused() or window, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
        assert window.current_step() == step
        assert scroll_value(window, step) == 0, step
        page = window.pages[step]
        assert focused() is first_field(page) is not None, step
        assert page.isAncestorOf(focused()), step
    # The first page's first field takes what is typed.
    window.go_to_step("city_team")
    window.go_to_step("vision")
    statement = window.pages["vision"].binder.bindings["vision.statement"].widget
    assert focused() is statement
    qtbot.keyClicks(statement, "Halve")
    assert window.doc.proposal.vision.statement.startswith("Halve")


def test_an_opened_file_starts_at_its_first_page_top_and_first_field(window: MainWindow, qtbot: QtBot, tmp_path: Path) -> None:
    path = tmp_path / "ring.citypitch"
    projectfile.save(projectfile.load(resources.sample_path("prey-meas-lighting")), path)
    assert window.open_sample("lumara-transit")
    scroll_down(window, qtbot, "city_team")
    scroll_down(window, qtbot, "problem")
    assert window.open_path(path)
    assert window.current_step() == "city_team" and scroll_value(window, "city_team") == 0
    city = window.pages["city_team"].binder.bindings["city.name"].widget
    assert focused() is city
    assert isinstance(city, QLineEdit) and not city.hasSelectedText() and city.cursorPosition() == len(city.text())
    qtbot.keyClicks(city, " Municipality")  # typing adds to the name, never replaces it
    assert window.doc.proposal.city.name == "Prey Meas Municipality"
    window.go_to_step("problem")
    assert scroll_value(window, "problem") == 0 and focused() is first_field(window.pages["problem"])


def test_a_page_visited_again_keeps_its_place_and_the_field_last_used(window: MainWindow, qtbot: QtBot) -> None:
    assert window.open_sample("lumara-transit")
    window.go_to_step("problem")
    qtbot.waitUntil(lambda: window.scrolls["problem"].verticalScrollBar().maximum() > 0)
    field = window.pages["problem"].binder.bindings["problem.consultation"].widget
    field.setFocus()
    window.scrolls["problem"].ensureWidgetVisible(field)
    where = scroll_value(window, "problem")
    assert where > 0
    window.go_to_step("vision")
    window.go_to_step("problem")
    assert scroll_value(window, "problem") == where and focused() is field


def test_the_sidebar_keeps_the_keyboard_and_enter_goes_into_the_page(window: MainWindow, qtbot: QtBot) -> None:
    assert window.open_sample("lumara-transit")
    window.sidebar.setFocus()
    for step in ("city_team", "vision", "problem"):
        qtbot.keyClick(window.sidebar, Qt.Key.Key_Down)
        assert window.current_step() == step and focused() is window.sidebar
    qtbot.keyClick(window.sidebar, Qt.Key.Key_Return)
    assert focused() is first_field(window.pages["problem"])


def test_f6_goes_from_pane_to_pane(window: MainWindow, qtbot: QtBot) -> None:
    window.go_to_step("vision")
    statement = window.pages["vision"].binder.bindings["vision.statement"].widget
    assert focused() is statement
    qtbot.keyClick(statement, Qt.Key.Key_F6)
    assert focused() is window.guidance
    qtbot.keyClick(window.guidance, Qt.Key.Key_F6)
    assert focused() is window.sidebar
    qtbot.keyClick(window.sidebar, Qt.Key.Key_F6)
    assert focused() is statement  # back where the keyboard was in the page
    qtbot.keyClick(statement, Qt.Key.Key_F6, Qt.KeyboardModifier.ShiftModifier)
    assert focused() is window.sidebar
    window.guidance_action.trigger()  # the guidance panel hidden: F6 skips it
    window.navigation.focus_pane(+1)
    window.navigation.focus_pane(+1)
    assert focused() is window.sidebar


def test_focus_after_an_export_stays_on_the_export_step(window: MainWindow, qtbot: QtBot, tmp_path: Path,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    from wizard.gui.export.page import ExportPage

    assert window.open_sample("lumara-transit")
    window.go_to_step("export")
    page = typing.cast(ExportPage, window.pages["export"])
    monkeypatch.setattr(page, "export_target", f"{HERE}:quick_target")
    accent = typing.cast(QLineEdit, page.binder.bindings["branding.accent_colour"].widget)
    colour = accent.text()
    page.set_destination(tmp_path / "deck.pdf")
    page.button.setFocus()
    with qtbot.waitSignal(page.export_done, timeout=120_000) as done:
        qtbot.keyClick(page.button, Qt.Key.Key_Space)  # the keyboard's way to press Export PDF
        assert page.is_running()
        assert focused() is page.cancel_button  # the button pressed is disabled: Cancel takes the keyboard
    assert done.args == [True, str(tmp_path / "deck.pdf")]
    assert focused() is page.button and page.isAncestorOf(focused())
    assert not accent.hasFocus() and not accent.hasSelectedText()
    qtbot.keyClick(focused(), Qt.Key.Key_A)  # a stray key changes nothing
    assert accent.text() == colour and window.doc.proposal.branding.accent_colour == colour


def test_focus_after_a_cancelled_export_stays_on_the_export_step(window: MainWindow, qtbot: QtBot, tmp_path: Path,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    from wizard.gui.export.page import ExportPage

    assert window.open_sample("lumara-transit")
    window.go_to_step("export")
    page = typing.cast(ExportPage, window.pages["export"])
    monkeypatch.setattr(page, "export_target", "tests.test_gui_export_step:hanging_target")
    page.set_destination(tmp_path / "deck.pdf")
    page.destination_edit.setFocus()
    with qtbot.waitSignal(page.export_progressed, timeout=120_000):
        qtbot.keyClick(page.destination_edit, Qt.Key.Key_Return)  # Enter in "Save to" does not export...
        assert not page.is_running()
        page.button.setFocus()
        qtbot.keyClick(page.button, Qt.Key.Key_Space)
    assert focused() is page.cancel_button
    with qtbot.waitSignal(page.export_cancelled, timeout=30_000):
        qtbot.keyClick(page.cancel_button, Qt.Key.Key_Space)
    assert focused() is page.button
