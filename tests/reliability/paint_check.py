"""Nothing stale on screen after scrolling: what the X server shows is what the widgets paint.

Issue 16 saw "a fragment of a row header painted above the page after scrolling" under X11.  This
script opens the wizard on an X display (an Xvfb server of its own, or ``--display``), and on every
step of a sample, in the normal window and in presentation mode, and again after File > New (whose
pages used to keep the previous proposal's scroll positions), scrolls the page with the mouse wheel
through the X server (``xdotool``) with the pointer over the page, its tables and their row headers.
After each scroll it compares the screen (``QScreen.grabWindow``) with a fresh rendering of the window
(``QWidget.grab``): a pixel that differs by more than a few colour levels is stale paint if it still
differs after a second with no input (on a busy machine the X server may show the last frame late;
such screens are counted apart).  The text caret, which blinks, is left out (a one-pixel column).
Prints each difference and exits with 1 if any paint stayed stale.

    python tests/reliability/paint_check.py [--display :57] [--sample lumara-transit] [--scrolls 12]
"""

from __future__ import annotations

import argparse
import os
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:  # run as a script from anywhere
    sys.path.insert(0, str(ROOT))

#: A pixel is stale when a colour channel differs by more than this (gradients blitted by a scroll may
#: differ by a level or two from a fresh paint, which no eye sees).
TOLERANCE = 16
#: Fewer differing pixels than this are not paint left behind (anti-aliasing of a moved edge).
NOISE = 30
#: Seconds to wait, with no input, before comparing again a screen that differed.
SETTLE = 1.0


def stale_pixels(window: object) -> tuple[int, object]:
    """How many pixels of the window on screen differ from a fresh rendering, and where (a QRect)."""
    from PySide6.QtCore import QRect
    from PySide6.QtGui import QImage
    from PySide6.QtWidgets import QApplication, QWidget

    assert isinstance(window, QWidget)
    screen = window.screen() or QApplication.primaryScreen()
    area = window.geometry().intersected(screen.geometry())
    shot = screen.grabWindow(0, area.x(), area.y(), area.width(), area.height()).toImage().convertToFormat(QImage.Format.Format_RGB32)
    fresh = window.grab(QRect(window.mapFromGlobal(area.topLeft()), area.size())).toImage().convertToFormat(QImage.Format.Format_RGB32)
    columns: dict[int, int] = {}
    box = QRect()
    for y in range(min(shot.height(), fresh.height())):
        for x in range(min(shot.width(), fresh.width())):
            a, b = shot.pixel(x, y), fresh.pixel(x, y)
            if a != b and max(abs(((a >> s) & 255) - ((b >> s) & 255)) for s in (0, 8, 16)) > TOLERANCE:
                columns[x] = columns.get(x, 0) + 1
                box = box.united(QRect(x, y, 1, 1))
    if len(columns) == 1:
        return 0, QRect()  # one pixel wide and a line high: the text caret, shown or hidden by its blinking
    return sum(columns.values()), box


def check(sample: str, scrolls: int, seed: int, out: Path | None) -> tuple[list[str], list[str], int]:
    """Stale paint found, screens that lagged and then caught up, and how many scrolls were compared."""
    from PySide6.QtCore import QPoint
    from PySide6.QtWidgets import QApplication, QTableView

    from wizard.gui.fonts import register_fonts
    from wizard.gui.window.mainwindow import MainWindow
    from wizard.steps import STEP_IDS

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setOrganizationName("CityPitchPaintCheck")
    app.setApplicationName("CityPitchPaintCheck")
    register_fonts()
    MainWindow.ask_save_changes = lambda self: "discard"  # type: ignore[method-assign]
    window = MainWindow()
    window.show()

    def pump(seconds: float) -> None:
        end = time.monotonic() + seconds
        while time.monotonic() < end:
            app.processEvents()
            time.sleep(0.005)

    def xdotool(*args: object) -> None:
        process = subprocess.Popen(["xdotool", *map(str, args)])
        while process.poll() is None:
            app.processEvents()

    rnd = random.Random(seed)
    found: list[str] = []
    lags: list[str] = []
    compared = 0
    pump(1.0)
    xdotool("windowfocus", "--sync", int(window.winId()))

    def walk(tag: str) -> None:
        nonlocal compared
        for step in STEP_IDS[1:]:
            window.go_to_step(step)
            pump(0.3)
            viewport = window.scrolls[step].viewport()
            for k in range(scrolls):
                # Over the page, or over a table and its row header when one is in view.
                tables = [t for t in window.pages[step].findChildren(QTableView)
                          if t.isVisible() and not t.visibleRegion().isEmpty()]
                if tables and rnd.random() < 0.6:
                    table = rnd.choice(tables)
                    point = table.mapToGlobal(QPoint(rnd.randint(2, 30), rnd.randint(2, max(3, table.height() - 3))))
                else:
                    point = viewport.mapToGlobal(QPoint(rnd.randint(5, viewport.width() - 5), rnd.randint(5, viewport.height() - 5)))
                xdotool("mousemove", point.x(), point.y())
                xdotool("click", "--repeat", rnd.randint(1, 3), 5 if k < scrolls * 2 // 3 else 4)
                pump(0.12)
                compared += 1
                count, box = stale_pixels(window)
                if count > NOISE:
                    # On a busy machine the X server may not yet show the last frame: paint left behind stays
                    # until something paints over it, so only what still differs a moment later counts.
                    lagging = count
                    pump(SETTLE)
                    count, box = stale_pixels(window)
                    if count <= NOISE:
                        lags.append(f"{tag}-{step}-{k}: {lagging} pixels behind, caught up")
                if count > NOISE:
                    name = f"{tag}-{step}-{k}"
                    found.append(f"{name}: {count} stale pixels in {box}")
                    if out is not None:
                        out.mkdir(parents=True, exist_ok=True)
                        (window.screen() or app.primaryScreen()).grabWindow(0).save(str(out / f"{name}.png"))

    assert window.open_sample(sample)
    walk("normal")
    window.presentation.toggle()
    pump(0.8)
    walk("presentation")
    window.presentation.toggle()
    pump(0.5)
    window.new_proposal()  # pages scrolled down by the sample: the new proposal's start at the top
    walk("new")
    window.doc.undo_stack.setClean()
    window.close()
    return found, lags, compared


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--display", help="an X display to use (default: an Xvfb server of its own)")
    parser.add_argument("--sample", default="lumara-transit")
    parser.add_argument("--scrolls", type=int, default=12, help="wheel scrolls per step and mode")
    parser.add_argument("--seed", type=int, default=16)
    parser.add_argument("--png", type=Path, help="write the screen of each difference into this folder")
    args = parser.parse_args(argv)
    server = None
    if not args.display and not os.environ.get("PAINT_CHECK_CHILD"):
        from tests.reliability.quit_cycles import Xvfb

        server = Xvfb()
        scratch = tempfile.mkdtemp(prefix="citypitch-paint-")
        env = dict(os.environ, DISPLAY=server.display, PAINT_CHECK_CHILD="1", PYTHONPATH=str(ROOT),
                   CITYPITCH_DATA_DIR=str(Path(scratch) / "data"), XDG_CONFIG_HOME=str(Path(scratch) / "config"))
        env.pop("QT_QPA_PLATFORM", None)
        try:
            return subprocess.run([sys.executable, __file__, *argv], env=env, timeout=3600).returncode
        finally:
            server.stop()
    if args.display:
        os.environ["DISPLAY"] = args.display
        os.environ.pop("QT_QPA_PLATFORM", None)
    found, lags, compared = check(args.sample, args.scrolls, args.seed, args.png)
    for line in [*lags, *found]:
        print(line)
    print(f"{compared} scrolls compared, {len(lags)} shown late and caught up within {SETTLE} s")
    print(f"{len(found)} scroll{'s' if len(found) != 1 else ''} left stale paint")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
