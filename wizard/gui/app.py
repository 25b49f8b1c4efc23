"""Start the CityPitch window: ``wizard.gui.app.main(path)`` is what ``citypitch`` and ``make run`` call.

:func:`start` does everything but run the event loop (tests call it); :func:`main` adds the loop.

Registers the bundled fonts (so Japanese, Thai, Khmer, Lao, Burmese and Vietnamese show on any
machine), refuses politely when there is no display to open a window on, and opens ``path`` if given.

The wizard's settings (recent files, the last folder, the window's size, column widths, export
options; never a document) are kept where Qt keeps an application's settings (on Linux
``~/.config/CityPitch/CityPitch.conf``), or, when ``CITYPITCH_DATA_DIR`` is set, in
``$CITYPITCH_DATA_DIR/settings/`` with the recovery area: a copy of CityPitch pointed at its own data
folder (a portable install, a test, a demonstration machine) leaves the user's own settings alone.
"""

from __future__ import annotations

import gc
import os
import sys
import typing
from pathlib import Path
from typing import TYPE_CHECKING

from wizard.gui.fonts import register_fonts

if TYPE_CHECKING:
    from collections.abc import Callable

    from PySide6.QtWidgets import QWidget

    from wizard.gui.window.mainwindow import MainWindow


def display_problem() -> str | None:
    """Why no window can be opened here, or None."""
    if os.environ.get("QT_QPA_PLATFORM"):
        return None
    if sys.platform.startswith("linux") and not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        return (
            "citypitch: no display to open the wizard on; run it in a desktop session, start an X server "
            "(for example Xvfb), or set QT_QPA_PLATFORM=offscreen"
        )
    return None


def start(path: Path | None = None, frame: "QWidget | None" = None, *,
          shown: "Callable[[], None] | None" = None, assessed: "Callable[[], None] | None" = None) -> list["MainWindow"]:
    """Open the first window (with ``path`` if given) and offer crashed work back; returns the windows.

    Needs a QApplication; :func:`main` makes one and runs its event loop.  ``frame``: the start frame
    shown meanwhile (:mod:`wizard.gui.startframe`), closed once the window has taken its place.

    The window is shown with the file's values before the file is assessed: the one analysis (badges,
    notes, Review) starts in the background once the window has been painted; ``shown`` is called then,
    ``assessed`` once the analysis is shown (the start-up benchmark's marks).
    """
    from PySide6.QtCore import Qt

    from wizard.gui.window.mainwindow import MainWindow
    from wizard.gui.recovery.dialog import recover_at_launch

    windows: list[MainWindow] = []

    def make_window(analyse_now: bool = True) -> MainWindow:
        window = MainWindow(analyse_now=analyse_now)
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        windows.append(window)
        return window

    register_fonts()
    first = make_window(analyse_now=False)
    # Opened before the window shows: the first thing drawn is the file's first page, and the Start
    # page, which would only flash by, is never built (see MainWindow.showEvent).  Nothing is analysed
    # before the show (issue 21): the file, or the empty proposal, is assessed once, right after it.
    first.analysis.hold()
    if path is not None:
        first.open_path(Path(path))  # a file that cannot be opened is reported; the empty proposal stays
    first.show()
    if frame is not None:
        frame.close()
        frame.deleteLater()

    def assess() -> None:
        if shown is not None:
            shown()
        if assessed is not None:
            first.analysis.analysis_changed.connect(lambda _analysis: assessed(), Qt.ConnectionType.SingleShotConnection)
        # In the background: the first analysis in a process pays its one-time loads (about 30 ms of CPU in
        # all), and the window just drawn keeps answering meanwhile.
        first.analysis.release(background=True)

    # Once the window has been painted (the first paint lays out and draws every widget in it: about 15 ms
    # of CPU, 100-200 ms of wall clock on a loaded machine, which an analysis beside it would only lengthen),
    # or after a second if it is not painted (a window that is never exposed), whichever comes first.
    _after_first_paint(first, assess, fallback_ms=1000)
    # Work left unsaved by a crash is offered back before anything else happens.
    recover_at_launch(first, make_window, first_is_free=path is None)
    return windows


def _after_first_paint(window: "QWidget", then: "Callable[[], None]", fallback_ms: int) -> None:
    """Call ``then`` once, from the event loop, after ``window``'s first paint has been done (or after
    ``fallback_ms`` if no paint comes)."""
    from PySide6.QtCore import QEvent, QObject, QTimer

    done = False

    def once() -> None:
        nonlocal done
        if not done:
            done = True
            then()

    class FirstPaint(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
            if event.type() == QEvent.Type.Paint:
                window.removeEventFilter(self)
                # The paint runs right after this filter; a zero timer runs once it and the rest of the
                # posted work are done.
                QTimer.singleShot(0, window, once)
            return False

    watcher = FirstPaint(window)
    window.installEventFilter(watcher)
    QTimer.singleShot(fallback_ms, window, once)


def use_data_dir_settings() -> Path | None:
    """Keep the settings in ``$CITYPITCH_DATA_DIR/settings`` when that variable is set; the folder, or None.

    Called once at launch, before any window reads its settings.
    """
    override = os.environ.get("CITYPITCH_DATA_DIR")
    if not override:
        return None
    from PySide6.QtCore import QSettings

    folder = Path(override) / "settings"
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))
    return folder


def main(path: Path | None = None, lang: str | None = None) -> int:
    """Run the wizard; ``lang`` is ``--lang`` (None: the setting, else the system's language)."""
    problem = display_problem()
    if problem:
        print(problem, file=sys.stderr)
        return 2
    # No cyclic collection while the window is imported and built: the imports allocate so much (pydantic,
    # the model, the pages) that CPython ran a full collection or two among them, about 40 ms of CPU that
    # frees next to nothing.  wizard.gui.collector keeps automatic collection off from here on and collects
    # on the GUI thread's timer (the policy it installs below, before any worker thread starts).
    gc.disable()
    from PySide6.QtWidgets import QApplication

    from wizard.gui.startframe import APP_NAME, StartFrame

    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setOrganizationName(APP_NAME)
    app.setApplicationName(APP_NAME)
    use_data_dir_settings()  # before anything reads a setting (the language is one)
    bench = bool(os.environ.get("CITYPITCH_BENCH_QUIT_WHEN_SHOWN"))
    # A first frame before the model, the pages and the language's catalogue are imported (issue 21).
    register_fonts()  # a file's name in any script
    frame = StartFrame(path)
    frame.show_now()
    if bench:
        # Whether the model's machinery was already imported (it should not be: that is the point).
        print(f"citypitch: first frame shown (pydantic {'imported' if 'pydantic' in sys.modules else 'not imported'})",
              flush=True)
    from wizard.gui import language

    language.install(app, language.chosen(lang))  # before any page is built: the forms translate on setup
    from wizard.gui import collector

    collector.install(app)  # before the first worker thread starts (see wizard.gui.collector)
    marks: dict[str, typing.Any] = {}
    windows: list[MainWindow] = []  # kept referenced while the event loop runs
    if bench:
        # Used by the start-up benchmark (tests/benchmarks/run.py): say when the window has been drawn,
        # when it has been assessed, and once the slide budgets are shown too, the longest the event loop
        # was kept from running since the window was drawn (a 5 ms heartbeat); then quit.
        import time

        from PySide6.QtCore import QTimer

        beat = QTimer()
        beat.setInterval(5)
        gap = {"last": 0.0, "longest": 0.0}

        def tick() -> None:
            now = time.perf_counter()
            gap["longest"] = max(gap["longest"], now - gap["last"])
            gap["last"] = now

        beat.timeout.connect(tick)

        def on_shown() -> None:
            analyses = sum(window.analysis.runs for window in windows)  # made before the window showed
            # Whether the analysis' modules (readiness, finance) were imported before the window was drawn
            # (they should not be: the first analysis imports them, after the show), and the CPU time so far.
            early = any(name in sys.modules for name in ("wizard.analysis", "wizard.readiness", "wizard.finance"))
            print(f"citypitch: window shown ({analyses} analyses, CPU {time.process_time() * 1000:.0f} ms, "
                  f"analysis {'imported' if early else 'not imported'})", flush=True)
            gap["last"] = time.perf_counter()
            beat.start()

        def on_assessed() -> None:
            analyses = sum(window.analysis.runs for window in windows)
            # The process's CPU time so far: the benchmark's CPU figure stops here, as its clock does.
            print(f"citypitch: window assessed ({analyses} analyses, CPU {time.process_time() * 1000:.0f} ms)",
                  flush=True)
            waited = time.perf_counter()

            def settled() -> None:
                # The slide budgets under the fields are planned in the background after the analysis:
                # the stall probe runs until they are shown too (or 10 s have passed).
                if windows[0].budgets.runs == 0 and time.perf_counter() - waited < 10:
                    QTimer.singleShot(5, settled)
                    return
                tick()
                beat.stop()
                print(f"citypitch: window settled (longest stall {gap['longest'] * 1000:.0f} ms)", flush=True)
                app.quit()

            QTimer.singleShot(0, settled)

        marks.update(shown=on_shown, assessed=on_assessed, beat=beat)
    windows += start(path, frame, shown=marks.get("shown"), assessed=marks.get("assessed"))
    code = app.exec()
    windows.clear()  # the windows go before the application object does
    return code


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]) if len(sys.argv) > 1 else None))
