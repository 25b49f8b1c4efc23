"""Shared pytest set-up: headless Qt, isolated Qt settings, sample-project fixtures, and a clean tree.

``QT_QPA_PLATFORM`` must be set before anything imports Qt, so it is set at the top of this file,
which pytest imports before any test module.

Tests write nothing into the source tree: Hypothesis keeps its examples, and every Python process of
the run (this one, benchmark children, export children, installed wheels) its bytecode cache, under
the system's temporary folder; and the run fails if a file or folder appeared in the tree meanwhile
(:func:`pytest_sessionfinish`).
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
_SCRATCH = Path(tempfile.gettempdir()) / "citypitch-tests"
os.environ.setdefault("HYPOTHESIS_STORAGE_DIRECTORY", str(_SCRATCH / "hypothesis"))
os.environ.setdefault("PYTHONPYCACHEPREFIX", str(_SCRATCH / "pycache"))
sys.pycache_prefix = os.environ["PYTHONPYCACHEPREFIX"]
# `citypitch check` and the app follow the environment's locale (issue 20): the suite runs in the C locale,
# whatever the developer's, and tests that want a language set it themselves.
for _name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES"):
    os.environ.pop(_name, None)
os.environ["LANG"] = "C.UTF-8"

# Imported after the set-up above, which must come first.
from collections.abc import Callable, Iterator  # noqa: E402

import pytest  # noqa: E402

from wizard import projectfile, resources  # noqa: E402


@pytest.fixture
def sample_project() -> Callable[[str], projectfile.Project]:
    """A loader for bundled samples: ``sample_project("lumara-transit")`` gives a fresh Project."""

    def _load(name: str) -> projectfile.Project:
        return projectfile.load(resources.sample_path(name))

    return _load


@pytest.fixture
def isolated_settings(tmp_path: Path) -> Iterator[Path]:
    """Point QSettings at a temporary folder so tests never read or write the user's settings."""
    from PySide6.QtCore import QCoreApplication, QSettings

    folder = tmp_path / "settings"
    folder.mkdir()
    old_org = QCoreApplication.organizationName()
    old_app = QCoreApplication.applicationName()
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))
    QCoreApplication.setOrganizationName("CityPitchTests")
    QCoreApplication.setApplicationName("CityPitchTests")
    yield folder
    QCoreApplication.setOrganizationName(old_org)
    QCoreApplication.setApplicationName(old_app)


@pytest.fixture
def back_to_english() -> Iterator[None]:
    """After a test that changes the interface's language: English again, for the windows of the next tests."""
    yield
    from PySide6.QtWidgets import QApplication

    from wizard.gui import language

    app = QApplication.instance()
    assert app is not None
    language.install(app, "en")
    language.retranslate_live()
    language.notifier().language_changed.emit("en")


@pytest.fixture(autouse=True, scope="session")
def _isolated_data_dir(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """Keep autosaves and other user data of the whole run out of the real user data folder."""
    folder = tmp_path_factory.mktemp("citypitch-data")
    old = os.environ.get("CITYPITCH_DATA_DIR")
    os.environ["CITYPITCH_DATA_DIR"] = str(folder)
    yield folder
    if old is None:
        os.environ.pop("CITYPITCH_DATA_DIR", None)
    else:
        os.environ["CITYPITCH_DATA_DIR"] = old


@pytest.fixture(autouse=True)
def _collect_on_this_thread() -> Iterator[None]:
    """Once a GUI test has handed collection to the GUI thread (wizard.gui.collector), collect after each test.

    The collector's timer only fires inside an event loop, and most tests spin none: without this the rest
    of the run would never free a reference cycle.  Imports nothing Qt unless the policy is already on.
    """
    yield
    collector = sys.modules.get("wizard.gui.collector")
    if collector is not None and collector.installed():
        collector.collect_due()


# --- the tree stays as it was ----------------------------------------------------------------------------

ROOT = Path(__file__).resolve().parent.parent
#: Folders of the tree that tests may not look into: the environment, git, and the linters' caches.
_NOT_WATCHED = {".git", ".venv", ".mypy_cache", ".ruff_cache"}
_before: set[str] = set()


def _tree() -> set[str]:
    found: set[str] = set()
    for folder, dirs, files in os.walk(ROOT):
        dirs[:] = [d for d in dirs if not (Path(folder) == ROOT and d in _NOT_WATCHED)]
        relative = Path(folder).relative_to(ROOT)
        found.update(str(relative / name) for name in dirs + files)
    return found


def pytest_sessionstart(session: pytest.Session) -> None:
    _before.update(_tree())


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    """Fail the run if any test left a file or folder in the source tree."""
    written = sorted(_tree() - _before)
    if written:
        reporter = session.config.pluginmanager.get_plugin("terminalreporter")
        text = "tests wrote into the source tree: " + ", ".join(written[:20]) + (" ..." if len(written) > 20 else "")
        if reporter is not None:
            reporter.write_line(text, red=True)
        else:
            print(text, file=sys.stderr)
        session.exitstatus = pytest.ExitCode.TESTS_FAILED
