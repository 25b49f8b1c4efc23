"""Saving when the disk is full, the folder is read-only or has vanished: a clear message, nothing lost.

Real conditions where the machine allows it: a 256 KiB tmpfs filled to the brim, and a tmpfs remounted
read-only (we run as root, and root ignores permission bits, so a read-only *mount* is the honest test).
Where mounting is not permitted the same errors are simulated by making ``os.fsync`` (disk full) or
the creation of the temporary file (read-only) fail with ENOSPC / EROFS; each test records which it used as the
``mode`` property (visible with ``--junitxml``).
"""

from __future__ import annotations

import errno
import os
import shutil
import subprocess
import typing
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from wizard import projectfile, resources
from wizard.gui.recovery.autosave import Autosaver
from wizard.gui.window.mainwindow import MainWindow
from wizard.recovery import RecoveryStore

def _mount_tmpfs(folder: Path) -> bool:
    folder.mkdir(parents=True, exist_ok=True)
    try:
        done = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=256k,mode=0755", "tmpfs", str(folder)],
                              capture_output=True, check=False, timeout=30)
    except (OSError, subprocess.TimeoutExpired):
        return False
    return done.returncode == 0


def _umount(folder: Path) -> None:
    subprocess.run(["umount", "-l", str(folder)], capture_output=True, check=False, timeout=30)


class Window:
    """The real main window with its questions answered by the test."""

    def __init__(self, win: MainWindow, messages: list[tuple[str, str, str]], save_paths: list[Path]) -> None:
        self.win = win
        self.messages = messages
        self.save_paths = save_paths

    @property
    def autosaver(self) -> Autosaver:
        return self.win.autosaver


@pytest.fixture
def window(qtbot: QtBot, isolated_settings: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Window]:
    monkeypatch.setenv("CITYPITCH_DATA_DIR", str(tmp_path / "data"))
    messages: list[tuple[str, str, str]] = []
    save_paths: list[Path] = []
    monkeypatch.setattr(MainWindow, "show_message", lambda self, kind, title, text: messages.append((kind, title, text)))
    monkeypatch.setattr(MainWindow, "ask_save_changes", lambda self: "discard")
    monkeypatch.setattr(MainWindow, "ask_save_path", lambda self: save_paths.pop(0) if save_paths else None)
    win = MainWindow()
    qtbot.addWidget(win)
    win.show()
    yield Window(win, messages, save_paths)


def sample_bytes() -> bytes:
    return projectfile.to_bytes(projectfile.load(resources.sample_path("prey-meas-lighting")))


def edit_and_fail_to_save(qtbot: QtBot, w: Window, own: Path, problem: str) -> None:
    """Edit, try to save, and check the message, the memory, the recovery area and the file on disk."""
    saver = w.autosaver
    before = own.read_bytes() if own.exists() else None
    w.win.doc.set_field("vision.statement", "Edited when the disk misbehaved")
    w.messages.clear()
    assert saver.is_scheduled()  # the edit started the usual few-seconds wait...
    assert w.win.save() is False
    assert not saver.is_scheduled()  # ...which the failed save cut short: the copy is made at once
    [(kind, title, text)] = w.messages
    assert kind == "critical" and "not saved" in title
    assert str(own) in text and problem in text and "Save As" in text
    # The edits are still in memory, and still unsaved.
    assert w.win.doc.is_modified()
    assert w.win.doc.proposal.vision.statement == "Edited when the disk misbehaved"
    # ... and in the recovery area (which lives elsewhere).
    qtbot.waitUntil(lambda: saver.writes > 0 and not saver.is_scheduled(), timeout=10_000)
    [entry] = RecoveryStore().entries()
    assert RecoveryStore().load(entry).proposal.vision.statement == "Edited when the disk misbehaved"
    assert entry.original_path == own
    # The file on disk is the old one, whole, and no temporary file was left beside it.
    if before is not None:
        assert own.read_bytes() == before
        assert projectfile.load(own).proposal.vision.statement != "Edited when the disk misbehaved"
    if own.parent.exists():
        leftovers = [p.name for p in own.parent.iterdir() if p.name.endswith(".tmp")]
        assert leftovers == []


def save_as_elsewhere(w: Window, tmp_path: Path) -> None:
    other = tmp_path / "elsewhere" / "rescued.citypitch"
    other.parent.mkdir()
    w.save_paths.append(other)
    w.messages.clear()
    assert w.win.save_as() is True
    assert w.messages == []
    assert not w.win.doc.is_modified() and w.win.doc.path == other
    assert projectfile.load(other).proposal.vision.statement == "Edited when the disk misbehaved"
    assert RecoveryStore().entries() == []  # saved: the autosave is no longer needed


@pytest.fixture
def full_disk(tmp_path: Path) -> Iterator[tuple[Path, str]]:
    """A folder holding a saved proposal on a disk that is then filled up; yields (file, mode)."""
    folder = tmp_path / "disk"
    own = folder / "plan.citypitch"
    if _mount_tmpfs(folder):
        try:
            own.write_bytes(sample_bytes())
            yield own, "tmpfs"
        finally:
            _umount(folder)
        return
    # Mounting is not permitted here: simulate the disk filling up at the moment of the save.
    folder.mkdir(exist_ok=True)
    own.write_bytes(sample_bytes())
    yield own, "simulated"


def fill(folder: Path) -> None:
    chunk = b"\0" * 4096
    fd = os.open(folder / "filler.bin", os.O_WRONLY | os.O_CREAT, 0o644)
    try:
        while True:
            os.write(fd, chunk)  # unbuffered: nothing is left to fail at close
    except OSError as exc:
        assert exc.errno == errno.ENOSPC
    finally:
        os.close(fd)


@pytest.mark.gui
def test_disk_full(qtbot: QtBot, window: Window, full_disk: tuple[Path, str], tmp_path: Path,
                   monkeypatch: pytest.MonkeyPatch, record_property: typing.Callable[[str, str], None]) -> None:
    own, mode = full_disk
    record_property("mode", mode)
    assert window.win.open_path(own)
    if mode == "tmpfs":
        fill(own.parent)
    else:
        real_fsync = os.fsync

        def fsync(fd: int) -> None:
            if Path(os.readlink(f"/proc/self/fd/{fd}")).parent == own.parent:
                raise OSError(errno.ENOSPC, "No space left on device")
            real_fsync(fd)

        monkeypatch.setattr(os, "fsync", fsync)
    edit_and_fail_to_save(qtbot, window, own, "the disk is full")
    save_as_elsewhere(window, tmp_path)


@pytest.fixture
def read_only_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[tuple[Path, str]]:
    folder = tmp_path / "ro"
    own = folder / "plan.citypitch"
    if _mount_tmpfs(folder):
        try:
            own.write_bytes(sample_bytes())
            done = subprocess.run(["mount", "-o", "remount,ro", str(folder)], capture_output=True, check=False, timeout=30)
            if done.returncode == 0:
                yield own, "read-only mount"
                return
        finally:
            _umount(folder)
    folder.mkdir(exist_ok=True)
    own.write_bytes(sample_bytes())
    from wizard import atomic

    real_create = atomic._create_temp  # every writer makes its temporary file here (wizard.atomic)

    def create_temp(destination: Path) -> tuple[int, Path]:
        if destination.parent == folder:
            raise OSError(errno.EROFS, "Read-only file system")
        return real_create(destination)

    monkeypatch.setattr(atomic, "_create_temp", create_temp)
    yield own, "simulated"


@pytest.mark.gui
def test_read_only_folder(qtbot: QtBot, window: Window, read_only_folder: tuple[Path, str], tmp_path: Path,
                          record_property: typing.Callable[[str, str], None]) -> None:
    own, mode = read_only_folder
    record_property("mode", mode)
    assert window.win.open_path(own)
    edit_and_fail_to_save(qtbot, window, own, "the folder is read-only")
    save_as_elsewhere(window, tmp_path)


@pytest.mark.gui
def test_folder_vanished(qtbot: QtBot, window: Window, tmp_path: Path) -> None:
    stick = tmp_path / "usb-stick"
    stick.mkdir()
    own = stick / "plan.citypitch"
    own.write_bytes(sample_bytes())
    assert window.win.open_path(own)
    shutil.rmtree(stick)  # the stick was pulled out
    edit_and_fail_to_save(qtbot, window, own, "the folder does not exist")
    save_as_elsewhere(window, tmp_path)


# --- files from a newer CityPitch: read-only, never down-converted --------------------------------


def newer_file(folder: Path, *, break_known_field: bool = False) -> Path:
    """A project as a future CityPitch might write it: a higher schema and things we do not know."""
    import json
    import zipfile

    from wizard.model import SCHEMA_VERSION

    project = projectfile.load(resources.sample_path("prey-meas-lighting"))
    data = project.proposal.to_json_data()
    data["schema_version"] = SCHEMA_VERSION + 1
    data["carbon_ledger"] = {"tonnes_avoided": "1234.5", "method": "J-MRV"}
    data["meta"]["subtitle_ja"] = "スマート街路灯"
    if break_known_field:
        data["city"]["population"] = {"urban": 1, "metro": 2}  # the newer schema changed its shape
    path = folder / ("future-broken.citypitch" if break_known_field else "future.citypitch")
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("proposal.json", json.dumps(data, ensure_ascii=False))
        for name, image in project.assets.items():
            archive.writestr(f"assets/{name}", image)
        archive.writestr("timeline/plan.xml", b"<plan/>")
    return path


def test_a_newer_file_is_refused_by_default_and_read_fully_on_request(tmp_path: Path) -> None:
    from wizard.errors import NewerVersionError
    from wizard.model import SCHEMA_VERSION

    path = newer_file(tmp_path)
    before = path.read_bytes()
    with pytest.raises(NewerVersionError, match="newer version of CityPitch"):
        projectfile.load(path)
    project = projectfile.load(path, allow_newer=True)
    assert project.newer_schema == SCHEMA_VERSION + 1
    assert project.proposal.city.name  # what this version knows is there to show
    data = project.proposal.to_json_data()
    assert data["carbon_ledger"] == {"tonnes_avoided": "1234.5", "method": "J-MRV"}
    assert data["meta"]["subtitle_ja"] == "スマート街路灯"
    assert data["schema_version"] == SCHEMA_VERSION + 1  # never quietly relabelled as ours
    assert project.other_members == {"timeline/plan.xml": b"<plan/>"}

    # Saving it, here or elsewhere, is refused in words and writes nothing.
    for target in (None, tmp_path / "copy.citypitch"):
        with pytest.raises(NewerVersionError, match="open read-only") as info:
            projectfile.save(project, target)
        assert "Update CityPitch" in str(info.value)
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["future.citypitch"]


def test_a_newer_file_this_version_cannot_even_show_is_refused_in_words(tmp_path: Path) -> None:
    from wizard.errors import NewerVersionError

    path = newer_file(tmp_path, break_known_field=True)
    with pytest.raises(NewerVersionError) as info:
        projectfile.load(path, allow_newer=True)
    assert "newer version of CityPitch" in str(info.value) and "cannot even show it" in str(info.value)
    assert "City profile" in str(info.value)


@pytest.mark.gui
def test_disk_full_for_the_recovery_area_too(qtbot: QtBot, window: Window, full_disk: tuple[Path, str], tmp_path: Path,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    """The usual laptop case: the project and the recovery folder share the full disk."""
    own, mode = full_disk
    monkeypatch.setenv("CITYPITCH_DATA_DIR", str(own.parent / "data"))
    assert window.win.open_path(own)
    saver = window.autosaver
    with monkeypatch.context() as patch:
        if mode == "tmpfs":
            fill(own.parent)
        else:
            # Simulated: every fsync fails, so the recovery area's writes fail as well.
            def fsync(fd: int) -> None:
                raise OSError(errno.ENOSPC, "No space left on device")

            patch.setattr(os, "fsync", fsync)
        window.win.doc.set_field("vision.statement", "Edited when the disk misbehaved")
        with qtbot.waitSignal(saver.autosave_failed, timeout=10_000) as failed:
            assert window.win.save() is False
    assert "the disk is full" in failed.args[0]
    [(_kind, _title, text)] = window.messages
    assert "the disk is full" in text
    # Nothing could be written anywhere on that disk, so the edits live in memory, and the window
    # says so in its status bar without a second dialog.
    assert "Autosave failed" in window.win.statusBar().currentMessage()
    assert window.win.doc.is_modified()
    monkeypatch.setenv("CITYPITCH_DATA_DIR", str(tmp_path / "data"))
    save_as_elsewhere(window, tmp_path)
    assert not saver.has_entry()
