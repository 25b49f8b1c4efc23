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

    def make_window(analyse_now: bool = True) -> MainWindow:
        window = MainWindow(analyse_now=analyse_now)
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        windows.append(window)
        return window

    register_fonts()
    first = make_window(analyse_now=path is None)
    if path is not None:
        # Opened before the window shows: the first thing drawn is the file's first page, and the
        # Start page, which would only flash by, is never built (see MainWindow.showEvent).  Opening
        # analyses the file: the one analysis before the first frame (the empty proposal's is skipped).
        if not first.open_path(Path(path)):
            first.refresh_analysis()  # not opened: the empty proposal's state, as without a file
    first.show()
    # Work left unsaved by a crash is offered back before anything else happens.
    recover_at_launch(first, make_window, first_is_free=path is None)
    return windows


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
    from PySide6.QtWidgets import QApplication

    from wizard.gui.window.mainwindow import APP_NAME

    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setOrganizationName(APP_NAME)
    app.setApplicationName(APP_NAME)
    use_data_dir_settings()  # before anything reads a setting (the language is one)
    from wizard.gui import language

    language.install(app, language.chosen(lang))  # before any page is built: the forms translate on setup
    from wizard.gui import collector

    collector.install(app)  # before the first worker thread starts (see wizard.gui.collector)
    windows = start(path)  # kept referenced while the event loop runs
    if os.environ.get("CITYPITCH_BENCH_QUIT_WHEN_SHOWN"):
        # Used by the start-up benchmark (tests/benchmarks/run.py): report once the window is up, then quit.
        from PySide6.QtCore import QTimer

        analyses = sum(window.analysis.runs for window in windows)  # made before the window showed

        def shown() -> None:
            print(f"citypitch: window shown ({analyses} analyses)", flush=True)
            app.quit()

        QTimer.singleShot(0, shown)
    code = app.exec()
    del windows
    return code


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]) if len(sys.argv) > 1 else None))
