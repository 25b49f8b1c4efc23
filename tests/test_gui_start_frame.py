"""The first frame is drawn before the model is imported, and the window takes its place (issue 21, target 1).

Speed itself is measured by ``tests/benchmarks/run.py --only startup``; these tests check the order of
things and what the user sees.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from wizard import resources

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.slow  # starts the wizard in a child process
@pytest.mark.gui
def test_the_first_frame_comes_before_the_model_and_the_window_after_it(tmp_path: Path) -> None:
    home = tmp_path / "home"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=str(home), XDG_CONFIG_HOME=str(home / ".config"),
               CITYPITCH_DATA_DIR=str(tmp_path / "data"), CITYPITCH_BENCH_QUIT_WHEN_SHOWN="1", PYTHONPATH=str(ROOT))
    result = subprocess.run([sys.executable, "-m", "wizard", "open", str(resources.sample_path("lumara-transit"))],
                            env=env, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr[-2000:]
    lines = [line for line in result.stdout.splitlines() if line.startswith("citypitch:")]
    # The window is drawn with the file before it is assessed; the one analysis comes right after the show,
    # and imports the analysis' modules (readiness, finance) then, not before the window is drawn.
    assert lines[0] == "citypitch: first frame shown (pydantic not imported)"
    assert lines[1].startswith("citypitch: window shown (0 analyses, CPU ") and lines[1].endswith(" ms, analysis not imported)")
    assert len(lines) == 4 and lines[2].startswith("citypitch: window assessed (1 analyses, CPU ")
    assert lines[3].startswith("citypitch: window settled (longest stall ")


@pytest.mark.gui
def test_the_window_takes_the_frame_s_place(qtbot: QtBot, isolated_settings: Path, tmp_path: Path,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtWidgets import QLabel

    from wizard.gui import app
    from wizard.gui.startframe import StartFrame

    monkeypatch.setenv("CITYPITCH_DATA_DIR", str(tmp_path / "data"))
    path = resources.sample_path("lumara-transit")
    frame = StartFrame(path)
    qtbot.addWidget(frame)
    frame.show_now()
    assert frame.isVisible() and frame.windowTitle() == "CityPitch"
    assert [label.text() for label in frame.findChildren(QLabel)] == ["CityPitch", "lumara-transit.json"]
    windows = app.start(path, frame)
    try:
        assert windows[0].isVisible() and not frame.isVisible()
    finally:
        windows[0].close()


def test_the_first_frame_s_modules_import_no_model() -> None:
    """What runs before the first frame (the command line, the app, the start frame, the fonts) imports neither
    pydantic nor the model nor the analysis at module top: a top-level import of one of them there would put
    them back before the first frame (issue 21, target 1)."""
    code = ("import sys\n"
            "import wizard.cli, wizard.errors, wizard.gui.app, wizard.gui.startframe, wizard.gui.fonts\n"
            "print(' '.join(m for m in ('pydantic', 'pydantic_core', 'wizard.model', 'wizard.analysis', 'wizard.readiness',"
            " 'wizard.finance', 'wizard.projectfile', 'weasyprint') if m in sys.modules) or 'none')\n")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    result = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.split("\n")[0] == "none"


def test_the_window_s_modules_import_no_analysis() -> None:
    """The window's modules name the analysis' types without importing readiness or finance: the first analysis
    imports them on its worker thread after the window is drawn (issue 21, target 1). A top-level
    ``from wizard.analysis import ...`` in one of them would put about 70 ms back before the first frame."""
    code = ("import sys\n"
            "import wizard.gui.window.mainwindow, wizard.gui.steps.placepicker, wizard.gui.language\n"
            "print(' '.join(m for m in ('wizard.analysis', 'wizard.readiness', 'wizard.finance', 'wizard.figures',"
            " 'babel', 'weasyprint') if m in sys.modules) or 'none')\n")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    result = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.split("\n")[0] == "none"
