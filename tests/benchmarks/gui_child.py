"""Child processes for the GUI benchmarks (run by ``run.py``; each prints one JSON line).

``baseline``: a bare PySide6 QWizard "hello world"; prints when its window has been shown.
``responsiveness SCENARIO``: the real main window with a sample open, a 5 ms heartbeat timer, and one
scenario (typing, readiness, autosave, export) running; prints the longest gap between heartbeats.
"""

from __future__ import annotations

import json
import os
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def baseline() -> int:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QWizard

    app = QApplication(sys.argv[:1])
    wizard = QWizard()
    wizard.setWindowTitle("Hello")
    wizard.show()

    def shown() -> None:
        print("citypitch-bench: window shown", flush=True)
        app.quit()

    QTimer.singleShot(0, shown)
    return app.exec()


class Heartbeat:
    """Records the longest gap between ticks of a fast timer: how long the event loop was blocked."""

    def __init__(self, interval_ms: int = 5) -> None:
        from PySide6.QtCore import QTimer

        self.last = time.perf_counter()
        self.longest = 0.0
        self.ticks = 0
        self.timer = QTimer()
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.tick)

    def start(self) -> None:
        self.last = time.perf_counter()
        self.longest = 0.0
        self.timer.start()

    def tick(self) -> None:
        now = time.perf_counter()
        self.longest = max(self.longest, now - self.last)
        self.last = now
        self.ticks += 1


def responsiveness(scenario: str, out_dir: Path) -> int:
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication, QWidget

    from wizard.gui.fonts import register_fonts
    from wizard.gui.window.mainwindow import MainWindow

    app = QApplication(sys.argv[:1])
    app.setApplicationName("CityPitchBench")
    register_fonts()
    window = MainWindow()
    window.resize(1280, 800)
    window.show()
    window.open_sample("lumara-transit")
    for _ in range(20):
        app.processEvents()

    beat = Heartbeat()
    done = {"flag": False}

    def wait_until(predicate, timeout_s: float = 120.0) -> None:
        end = time.perf_counter() + timeout_s
        while not predicate():
            if time.perf_counter() > end:
                raise TimeoutError(scenario)
            loop = QEventLoop()
            QTimer.singleShot(5, loop.quit)
            loop.exec()

    beat.start()
    if scenario == "typing":
        window.go_to_step("vision")
        widget = window.findChild(QWidget, "vision__statement")
        widget.setFocus()
        text = "By 2032 the corridor carries 180,000 riders a day. "
        state = {"i": 0}

        def type_one() -> None:
            if state["i"] >= len(text) * 2:
                typer.stop()
                done["flag"] = True
                return
            QTest.keyClick(widget, text[state["i"] % len(text)])
            state["i"] += 1

        typer = QTimer()
        typer.setInterval(40)  # a fast typist: 25 characters a second
        typer.timeout.connect(type_one)
        typer.start()
        wait_until(lambda: done["flag"])
        # let the debounced readiness refresh and autosave that typing triggers run too
        settle_end = time.perf_counter() + 2.0
        wait_until(lambda: time.perf_counter() > settle_end)
    elif scenario == "readiness":
        # Each refresh analyses a new revision (an unchanged one is not analysed again).
        for i in range(20):
            window.doc.set_field("meta.subtitle", f"Readiness run {i}")
            window.refresh_analysis()
            app.processEvents()
    elif scenario == "autosave":
        for i in range(5):
            window.doc.set_field("meta.subtitle", f"Autosave run {i}")
            window.autosaver.autosave_now()
            settle_end = time.perf_counter() + 0.5
            wait_until(lambda: time.perf_counter() > settle_end)
    elif scenario == "export":
        page = window.pages["export"]
        assert page.start_export(out_dir / "bench-export.pdf")
        wait_until(lambda: not page.is_running(), 300)
        if not (out_dir / "bench-export.pdf").is_file():
            raise RuntimeError("the export did not write its file")
    else:
        raise SystemExit(f"unknown scenario {scenario}")
    beat.timer.stop()
    window.doc.undo_stack.setClean()
    window.autosaver.discard()
    print(json.dumps({"scenario": scenario, "longest_gap_s": beat.longest, "ticks": beat.ticks}), flush=True)
    window.close()
    return 0


if __name__ == "__main__":
    mode = sys.argv[1]
    if mode == "baseline":
        sys.exit(baseline())
    if mode == "responsiveness":
        sys.exit(responsiveness(sys.argv[2], Path(sys.argv[3])))
    raise SystemExit(f"unknown mode {mode}")
