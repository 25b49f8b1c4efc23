"""The Export step draws the slide being edited on its own, in a warm render process (issue 21, target 2)."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
import typing
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.test_gui_export_step import RENDER_TIMEOUT_MS, export_page, wait_for_preview
from tests.test_warm_render import gone, pdf_text

if typing.TYPE_CHECKING:
    from pytestqt.qtbot import QtBot

    from wizard.gui.window.mainwindow import MainWindow


@pytest.fixture
def window(qtbot: "QtBot", isolated_settings: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator["MainWindow"]:
    from wizard.gui.window.mainwindow import MainWindow

    monkeypatch.setattr(MainWindow, "show_message", lambda self, kind, title, text: None)
    monkeypatch.setattr(MainWindow, "ask_save_changes", lambda self: "discard")
    win = MainWindow()
    qtbot.addWidget(win)
    win.show()
    assert win.open_sample("lumara-transit")
    yield win
    win.doc.undo_stack.setClean()
    win.close()


@pytest.mark.gui
@pytest.mark.slow
def test_an_edit_reaches_the_edited_slide_s_preview(qtbot: "QtBot", window: "MainWindow", tmp_path: Path) -> None:
    from wizard.model import SlideTitle

    page = export_page(window)
    window.go_to_step("export")
    wait_for_preview(qtbot, page)
    preview, renderer = page.preview, page.preview.renderer
    drawn: list[tuple[int, bytes, dict[str, Any]]] = []
    renderer.slide_rendered.connect(lambda g, pdf, info: drawn.append((g, pdf, info)))

    # Hostile text is text: printed as typed, never read as markup.
    text = "Flooded underpasses close the ring road <b>every</b> monsoon week & nobody is told"
    with qtbot.waitSignal(preview.slide_updated, timeout=RENDER_TIMEOUT_MS) as shown:
        window.doc.set_field("problem.statement", text)
    assert shown.args == [3]
    _generation, pdf, info = drawn[-1]
    assert info["id"] == "problem" and info["total"] == preview.slide_count()
    assert preview.thumbnails.currentRow() == 2
    assert preview.view.document is not preview.document  # the slide drawn alone, ahead of the deck
    assert text in " ".join(pdf_text(pdf, tmp_path).split())
    assert "Slide 3 of" in preview.status.text()

    # The whole deck catches up, then shows the same slide from the deck itself.
    wait_for_preview(qtbot, page)
    assert preview.view.document is preview.document and preview.thumbnails.currentRow() == 2

    # A title written in the step's titles editor: the slide whose title changed.
    titles = [*window.doc.proposal.slide_titles, SlideTitle(slide="risks", title="What could go wrong, and who carries it")]
    with qtbot.waitSignal(preview.slide_updated, timeout=RENDER_TIMEOUT_MS) as shown:
        window.doc.set_field("slide_titles", titles)
    assert drawn[-1][2]["id"] == "risks"
    assert "What could go wrong, and who carries it" in " ".join(pdf_text(drawn[-1][1], tmp_path).split())
    # Every edited slide was drawn in the same warm process, never in the GUI's.
    assert len(set(renderer.slide_child_pids)) == 1 and os.getpid() not in renderer.slide_child_pids


@pytest.mark.gui
@pytest.mark.slow
def test_the_warm_processes_end_when_the_application_quits(tmp_path: Path) -> None:
    script = textwrap.dedent("""
        import sys
        from PySide6.QtCore import QTimer
        from PySide6.QtWidgets import QApplication
        from wizard.gui.export import preview
        app = QApplication([])
        warm = preview.warm_renderer("deck")
        warm.start()
        pid = warm.pid
        QTimer.singleShot(0, app.quit)
        app.exec()
        # After the event loop: aboutToQuit has run shutdown_warm, which reaped the child.
        print(pid, warm.pid, len(preview._WARM), flush=True)
    """)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen",
               PYTHONPATH=os.pathsep.join([str(Path(__file__).resolve().parent.parent), os.environ.get("PYTHONPATH", "")]))
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120, env=env)
    assert done.returncode == 0, done.stderr
    pid, after, left = done.stdout.split()
    assert after == "None" and left == "0"
    assert gone(int(pid), within_s=1.0)
