"""Shared pytest set-up: headless Qt, isolated Qt settings, and sample-project fixtures.

``QT_QPA_PLATFORM`` must be set before anything imports Qt, so it is set at the top of this file,
which pytest imports before any test module.
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Callable, Iterator  # noqa: E402
from pathlib import Path  # noqa: E402

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
