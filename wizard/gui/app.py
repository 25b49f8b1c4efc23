"""Start the CityPitch window: ``wizard.gui.app.main(path)`` is what ``citypitch`` and ``make run`` call.

:func:`start` does everything but run the event loop (tests call it); :func:`main` adds the loop.

Registers the bundled fonts (so Japanese, Thai, Khmer, Lao, Burmese and Vietnamese show on any
machine), refuses politely when there is no display to open a window on, and opens ``path`` if given.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from wizard.gui.fonts import register_fonts

if TYPE_CHECKING:
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


def start(path: Path | None = None) -> list["MainWindow"]:
    """Open the first window (with ``path`` if given) and offer crashed work back; returns the windows.

    Needs a QApplication; :func:`main` makes one and runs its event loop.
    """
    from PySide6.QtCore import Qt

    from wizard.gui.window.mainwindow import MainWindow
    from wizard.gui.recovery.dialog import recover_at_launch

    windows: list[MainWindow] = []

    def make_window() -> MainWindow:
        window = MainWindow()
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        windows.append(window)
        return window

    register_fonts()
    first = make_window()
    if path is not None:
        # Opened before the window shows: the first thing drawn is the file's first page, and the
        # Start page, which would only flash by, is never built (see MainWindow.showEvent).
        first.open_path(Path(path))
    first.show()
    # Work left unsaved by a crash is offered back before anything else happens.
    recover_at_launch(first, make_window, first_is_free=path is None)
    return windows


def main(path: Path | None = None, lang: str | None = None) -> int:
    """Run the wizard; ``lang`` is ``--lang`` (None: the setting, else the system's language)."""
    problem = display_problem()
    if problem:
        print(problem, file=sys.stderr)
        return 2
    from PySide6.QtWidgets import QApplication

    from wizard.gui.window.mainwindow import APP_NAME

    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setOrganizationName(APP_NAME)
    app.setApplicationName(APP_NAME)
    from wizard.gui import language

    language.install(app, language.chosen(lang))  # before any page is built: the forms translate on setup
    windows = start(path)  # kept referenced while the event loop runs
    if os.environ.get("CITYPITCH_BENCH_QUIT_WHEN_SHOWN"):
        # Used by the start-up benchmark (tests/benchmarks/run.py): report once the window is up, then quit.
        from PySide6.QtCore import QTimer

        def shown() -> None:
            print("citypitch: window shown", flush=True)
            app.quit()

        QTimer.singleShot(0, shown)
    code = app.exec()
    del windows
    return code


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]) if len(sys.argv) > 1 else None))
