"""The window fits laptops and projectors (issue 16, item 5).

- Where the first window goes on screens from 1024x768 up (wizard/gui/window/fit.py), and a remembered
  geometry that no longer fits is placed afresh.
- The audit (wizard/gui/window/audit.py) finds cut text and controls off screen: shown on widgets made
  to be cut, so that its "no problem" means something.
- Every step of every sample, at 1024x768 and 1366x768, in the normal window and in presentation mode:
  no label, button, drop-down, number or table cell cut, nothing off screen, no page scrolling sideways.
  Each screen size runs in a child process on an offscreen screen of that size (with window frames),
  started as ``citypitch`` starts.
"""

from __future__ import annotations

import json
import typing
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QMargins, QRect, QSettings, Qt
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from wizard.gui.window import audit, fit
from wizard.gui.window.mainwindow import MainWindow

pytestmark = pytest.mark.gui

ROOT = Path(__file__).resolve().parent.parent


# --- where the first window goes -------------------------------------------------------------------


@pytest.mark.parametrize("available", [
    QRect(0, 0, 1024, 768),   # a projector
    QRect(0, 0, 1024, 728),   # ... with a task bar
    QRect(0, 0, 1366, 768),   # the usual laptop
    QRect(0, 27, 1366, 701),  # ... with a top bar and a dock
    QRect(0, 0, 1280, 800),   # exactly the preferred size: no room for a frame
    QRect(1920, 0, 1440, 860),  # a second screen, right of the first
])
def test_a_first_window_fits_the_free_area(available: QRect) -> None:
    placement = fit.first_placement(available)
    room = available.marginsRemoved(fit.FRAME_ROOM)
    if room.width() >= fit.PREFERRED.width() and room.height() >= fit.PREFERRED.height():
        assert not placement.maximized and placement.geometry.size() == fit.PREFERRED
    else:
        assert placement.maximized
    assert available.contains(placement.geometry)
    assert placement.geometry.width() >= fit.MINIMUM.width() and placement.geometry.height() >= fit.MINIMUM.height()


def test_a_large_screen_gets_the_preferred_size_in_its_middle() -> None:
    available = QRect(0, 0, 1920, 1040)
    placement = fit.first_placement(available)
    assert not placement.maximized and placement.geometry.size() == fit.PREFERRED
    middle = available.marginsRemoved(fit.FRAME_ROOM).center()
    assert abs(placement.geometry.center().x() - middle.x()) <= 1 and abs(placement.geometry.center().y() - middle.y()) <= 1


def test_a_screen_smaller_than_the_smallest_window_gets_the_smallest_window() -> None:
    placement = fit.first_placement(QRect(0, 0, 800, 600))
    assert placement == fit.Placement(QRect(0, 0, fit.MINIMUM.width(), fit.MINIMUM.height()), maximized=False)


def test_the_frame_room_is_what_decides() -> None:
    # A 1366x768 laptop with no panel: 1280x800 plus a title bar does not fit, so the window is maximised.
    assert fit.first_placement(QRect(0, 0, 1366, 768)).maximized
    assert not fit.first_placement(QRect(0, 0, 1366, 900), QMargins(0, 30, 0, 0)).maximized


@pytest.fixture
def small_screen(monkeypatch: pytest.MonkeyPatch) -> QRect:
    """The window believes its screen's free area is that of a 1366x768 laptop with a task bar."""
    area = QRect(0, 0, 1366, 728)
    monkeypatch.setattr(MainWindow, "available_area", lambda self: area)
    return area


def test_a_first_window_on_a_laptop_is_maximised_and_fits(qtbot: QtBot, isolated_settings: Path, small_screen: QRect) -> None:
    window = MainWindow()
    qtbot.addWidget(window)
    assert window.windowState() & Qt.WindowState.WindowMaximized
    assert small_screen.contains(window.geometry())
    assert window.minimumSize() == fit.MINIMUM


def test_a_remembered_geometry_too_large_for_the_screen_is_placed_afresh(qtbot: QtBot, isolated_settings: Path,
                                                                        small_screen: QRect) -> None:
    big = QWidget()
    big.setGeometry(100, 100, 1800, 1000)  # saved on a larger monitor
    QSettings().setValue("geometry", big.saveGeometry())
    window = MainWindow()
    qtbot.addWidget(window)
    assert small_screen.contains(window.geometry()) and window.windowState() & Qt.WindowState.WindowMaximized


def test_leaving_presentation_mode_gives_back_the_maximised_window(qtbot: QtBot, isolated_settings: Path,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(MainWindow, "ask_save_changes", lambda self: "discard")
    window = MainWindow()
    qtbot.addWidget(window)
    window.showMaximized()
    assert window.navigation.legend.isVisible()
    window.presentation.toggle()
    assert window.isFullScreen() and not window.navigation.legend.isVisible()
    window.presentation.toggle()
    assert window.windowState() & Qt.WindowState.WindowMaximized and not window.isFullScreen()
    assert window.navigation.legend.isVisible()  # the legend of the step marks is back with the guidance


# --- the audit finds what it is for -----------------------------------------------------------------


def test_the_audit_reports_cut_labels_buttons_and_cells(qtbot: QtBot) -> None:
    root = QWidget()
    qtbot.addWidget(root)
    layout = QVBoxLayout(root)
    cut = QLabel("Economic priorities served")
    cut.setFixedWidth(60)
    wraps = QLabel("A long label that wraps onto several lines when it is narrow")
    wraps.setWordWrap(True)
    wraps.setFixedSize(80, 20)
    whole = QLabel("Fits")
    button = QPushButton("Acknowledge warning...")
    button.setFixedWidth(50)
    for widget in (cut, wraps, whole, button):
        layout.addWidget(widget)
    root.show()
    found = {w: what for w, what in audit.text_problems(root)}
    assert set(found) == {cut, wraps, button}
    assert "text needs" in found[cut] and "wraps to" in found[wraps] and "needs" in found[button]


def test_the_audit_reports_a_cut_table_cell_and_a_window_off_screen(qtbot: QtBot, isolated_settings: Path,
                                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(MainWindow, "ask_save_changes", lambda self: "discard")
    window = MainWindow()
    qtbot.addWidget(window)
    window.resize(1024, 700)
    window.show()
    assert window.open_sample("lumara-transit")
    window.go_to_step("finance")
    audit.settle()
    lines = [p for p in audit.audit_step(window, "finance") if "Capex" in p.what and "FigureTable" not in p.widget]
    assert lines == []
    table = window.pages["finance"].binder.tables["finance.lines"].view  # type: ignore[attr-defined]
    column = [c.title for c in table.model().columns].index("Capex")
    table.setColumnWidth(column, 60)  # narrower than any capex of the sample ("380.000.000.000": IDR's own grouping)
    problems = audit.audit_step(window, "finance")
    assert any(p.widget.startswith("SheetView") and "'Capex'" in p.what and "the column is 60 px" in p.what
               for p in problems), [p for p in problems if "FigureTable" not in p.widget]
    monkeypatch.setattr(audit, "screen_area", lambda w: QRect(0, 0, 800, 600))
    problems = audit.placement_problems(window, "finance")
    assert any(p.widget == "MainWindow" for p in problems) and any("next_button" in p.widget for p in problems)
    window.doc.undo_stack.setClean()


# --- every step, both sizes, both modes ------------------------------------------------------------


def run_audit(size: str, samples: list[str]) -> dict[str, object]:
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    env.pop("QT_QPA_PLATFORM", None)  # the audit chooses an offscreen screen of the size asked for
    result = subprocess.run(
        [sys.executable, "-m", "wizard.gui.window.audit", "--screen", size, "--presentation", "--json", *samples],
        capture_output=True, text=True, timeout=900, env=env, cwd=ROOT,
    )
    assert result.stdout.strip(), result.stderr[-3000:]
    report = json.loads(result.stdout.strip().splitlines()[-1])
    assert isinstance(report, dict)
    report["returncode"] = result.returncode
    report["stderr"] = result.stderr
    return report


def check(report: dict[str, object], size: str, samples: list[str]) -> None:
    width, height = (int(n) for n in size.split("x"))
    assert report["screen"] == f"{width}x{height}+0+0"
    # The first window, on a screen smaller than 1280x800 with its frame: maximised, inside the screen.
    assert report["maximized"] is True and report["window"] == f"{width}x{height}+0+0"
    assert report["checked"] == [f"{s}-{mode}" for s in samples for mode in ("normal", "presentation")]
    assert "Traceback" not in str(report["stderr"])
    problems = typing.cast(list[str], report["problems"])
    assert problems == []
    assert report["returncode"] == 0


@pytest.mark.parametrize("size", ["1024x768", "1366x768"])
def test_nothing_is_cut_or_off_screen_on_any_step(size: str) -> None:
    samples = ["lumara-transit"]
    check(run_audit(size, samples), size, samples)


@pytest.mark.slow  # all samples: a few minutes on a busy machine
@pytest.mark.parametrize("size", ["1024x768", "1366x768"])
def test_nothing_is_cut_or_off_screen_with_any_sample(size: str) -> None:
    from wizard import resources

    samples = resources.sample_names()
    check(run_audit(size, samples), size, samples)
