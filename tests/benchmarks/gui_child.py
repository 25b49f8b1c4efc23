"""Child processes for the GUI benchmarks (run by ``run.py``; each prints one JSON line).

``baseline``: a bare PySide6 QWizard "hello world"; prints when its window has been shown.
``responsiveness SCENARIO``: the real main window with a sample open, a 5 ms heartbeat timer, and one
scenario (typing, readiness, autosave, export) running; prints the longest gap between heartbeats.
``finance-page RUNS``: the Financial case page of each sample; prints the time of one analysis and of
one refresh of the page's finance pack.
``edited-slide RUNS``: the real main window on the Export step with the deck's preview shown; RUNS edits
of a field, each timed from the edit to its slide drawn on its own in the larger view (the warm render
process already started by the first preview), with the longest gap of the event loop meanwhile; the
whole deck's preview catches up between edits.
"""

from __future__ import annotations

import json
import os
import sys
import time
import typing
from decimal import Decimal
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
        # Its CPU time when shown, as CityPitch reports its own when assessed (neither counts the teardown).
        print(f"citypitch-bench: window shown (CPU {time.process_time() * 1000:.0f} ms)", flush=True)
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
        # Each edit is a new revision, analysed as the wizard analyses an edit: once edits pause, in the
        # background when an analysis takes longer than a frame, then shown (the sidebar, the notes, the
        # Review page and the slide budgets follow).  Until 30 November 2026 this scenario called
        # window.refresh_analysis(), which analyses on the GUI thread there and then: the wizard does that
        # only when a window is built with analyse_now (tests), never after an edit.
        for i in range(20):
            window.doc.set_field("meta.subtitle", f"Readiness run {i}")
            wait_until(lambda: not window.analysis.is_stale())
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


def finance_page(runs: int) -> int:
    """One refresh of the Financial case page's finance pack for each sample, shown at 1024 pixels wide.

    Measured apart: the analysis of one revision as the page asks for it (the financial case with its
    tornado, scenarios and currency case, and readiness: run in the background when slow), and the
    page's own refresh (wording every figure, filling the tables, laying out and painting the page).
    """
    from PySide6.QtWidgets import QApplication, QScrollArea

    from wizard import projectfile, resources
    from wizard.analysis import analyse
    from wizard.gui.document import ProposalDocument
    from wizard.gui.fonts import register_fonts
    from wizard.gui.window.pages import make_page

    app = QApplication(sys.argv[:1])
    register_fonts()
    out: dict[str, dict[str, list[float]]] = {}
    for name in resources.sample_names():
        project = projectfile.load(resources.sample_path(name))
        doc = ProposalDocument(project)
        page = make_page("finance", doc)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(page)
        scroll.resize(1024 - 190 - 260, 768)  # the step's column at 1024x768 beside the sidebar and guidance
        scroll.show()
        app.processEvents()
        panel = typing.cast(typing.Any, page).figures
        analyses, refreshes = [], []
        rate = doc.proposal.finance.discount_rate_pct
        assert rate is not None
        for run in range(runs + 1):
            # Each round is a new revision whose every figure differs (as after an edit of the rate), so
            # the page redraws everything rather than finding the same figures on screen.
            doc.set_field("finance.discount_rate_pct", rate + Decimal(run + 1) / 10, "Discount rate")
            started = time.perf_counter()
            analysis = analyse(doc.proposal, finance_detail=True)
            analysed = time.perf_counter()
            panel.show_analysis(analysis)
            app.processEvents()  # layout
            scroll.viewport().repaint()  # paint what is on screen
            done = time.perf_counter()
            analyses.append(analysed - started)
            refreshes.append(done - analysed)
        # The first round loads the locale data and fonts once per process: not a refresh.
        out[name] = {"analysis_s": analyses[1:], "refresh_s": refreshes[1:]}
        scroll.close()
    print(json.dumps({"finance_page": out}), flush=True)
    return 0


def edited_slide(runs: int) -> int:
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    from wizard.gui.export import preview as preview_module
    from wizard.gui.fonts import register_fonts
    from wizard.gui.window.mainwindow import MainWindow

    app = QApplication(sys.argv[:1])
    app.setApplicationName("CityPitchBench")
    register_fonts()
    window = MainWindow()
    window.resize(1280, 800)
    window.show()
    window.open_sample("lumara-transit")
    page = typing.cast(typing.Any, window.pages["export"])
    preview = page.preview

    def wait_until(predicate: typing.Callable[[], bool], timeout_s: float = 300.0) -> None:
        end = time.perf_counter() + timeout_s
        while not predicate():
            if time.perf_counter() > end:
                raise TimeoutError("edited-slide")
            loop = QEventLoop()
            QTimer.singleShot(2, loop.quit)
            loop.exec()

    def idle() -> bool:
        return preview.slide_count() > 0 and not preview.renderer.is_pending() and \
            not preview.renderer.is_slide_rendering() and preview.thumbnails_done()

    window.go_to_step("export")
    wait_until(idle)
    shown: list[float] = []
    preview.slide_updated.connect(lambda _number: shown.append(time.perf_counter()))
    statement = window.doc.proposal.problem.statement
    latencies, gaps, pids = [], [], set()
    beat = Heartbeat()
    for run in range(runs + 1):
        before = len(shown)
        beat.start()
        started = time.perf_counter()
        window.doc.set_field("problem.statement", f"{statement} Edit {run + 1}.")
        wait_until(lambda: len(shown) > before, 120)
        beat.timer.stop()
        if run:  # the first edit starts the slide's warm process: not what a user waits for after that
            latencies.append(shown[-1] - started)
            gaps.append(beat.longest)
        pids.update(preview.renderer.slide_child_pids)
        wait_until(idle)  # the whole deck catches up before the next edit
    window.doc.undo_stack.setClean()
    window.autosaver.discard()
    print(json.dumps({"latency_s": latencies, "longest_gap_s": gaps, "slide_processes": len(pids)}), flush=True)
    window.close()
    preview_module.shutdown_warm()
    return 0


if __name__ == "__main__":
    mode = sys.argv[1]
    if mode == "edited-slide":
        sys.exit(edited_slide(int(sys.argv[2])))
    if mode == "finance-page":
        sys.exit(finance_page(int(sys.argv[2])))
    if mode == "baseline":
        sys.exit(baseline())
    if mode == "responsiveness":
        sys.exit(responsiveness(sys.argv[2], Path(sys.argv[3])))
    raise SystemExit(f"unknown mode {mode}")
