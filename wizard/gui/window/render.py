"""Render every page of the wizard to PNG files, for review and for the page-rendering test.

``python -m wizard.gui.window.render OUTDIR [SAMPLE] [--width 1280] [--lang ja] [--presentation]`` writes ``OUTDIR/<nn>-<step>.png`` (the
whole window at that step, with the page's full height laid out so nothing is cut by scrolling) and
prints the paths (``--presentation``: in presentation mode's larger text).  Works offscreen (``QT_QPA_PLATFORM=offscreen``).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QApplication


def render_all(window: object, outdir: Path, width: int = 1280) -> list[Path]:
    """Grab each step of ``window`` (a MainWindow) as a PNG under ``outdir``."""
    from wizard.gui.window.mainwindow import MainWindow
    from wizard.steps import STEP_IDS

    assert isinstance(window, MainWindow)
    outdir.mkdir(parents=True, exist_ok=True)
    written = []
    for number, step_id in enumerate(STEP_IDS, start=1):
        window.go_to_step(step_id)
        window.refresh_analysis()
        page = window.pages[step_id]
        page.adjustSize()
        # Tall enough to show the whole page without the scroll area cutting it.
        chrome = window.height() - window.scrolls[step_id].viewport().height()
        window.resize(QSize(width, max(800, page.sizeHint().height() + chrome + 8)))
        # Let posted layout requests run (the offscreen grab does not), so labels fit their text.
        QApplication.processEvents()
        window.grab()
        path = outdir / f"{number:02d}-{step_id}.png"
        window.grab().save(str(path))
        written.append(path)
    return written


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="python -m wizard.gui.window.render")
    parser.add_argument("outdir", type=Path)
    parser.add_argument("sample", nargs="?")
    parser.add_argument("--width", type=int, default=1280)
    parser.add_argument("--lang", default="en", help="interface language (en, ja, id, vi, th, en-XA)")
    parser.add_argument("--presentation", action="store_true", help="in presentation mode")
    args = parser.parse_args(argv)
    from wizard.gui.fonts import register_fonts
    from wizard.gui.window.mainwindow import MainWindow

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("CityPitchRender")
    register_fonts()
    from wizard.gui import language

    language.install(app, language.chosen(args.lang))
    window = MainWindow()
    window.show()
    if args.sample:
        window.open_sample(args.sample)
    if args.presentation:
        window.presentation.toggle()
        QApplication.processEvents()
    for path in render_all(window, args.outdir, args.width):
        print(path)
    window.doc.undo_stack.setClean()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
