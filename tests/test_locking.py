"""One editor per file: a second process or window gets a read-only view and is told who holds the lock."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
import typing
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSysInfo

from wizard.gui.recovery import locking
from wizard.gui.recovery.locking import LockState

pytestmark = pytest.mark.gui  # QLockFile needs Qt; the app object comes from pytest-qt

ROOT = Path(__file__).resolve().parent.parent

HOLDER = """
import sys, time
from pathlib import Path
from wizard.gui.recovery import locking
outcome = locking.acquire(Path(sys.argv[1]))
print(outcome.state.value, flush=True)
sys.stdin.read()  # hold the lock until the test closes our stdin (or kills us)
"""


@pytest.fixture
def holder_process(tmp_path: Path) -> Iterator[tuple[subprocess.Popen[str], Path]]:
    project = tmp_path / "plan.citypitch"
    project.write_bytes(b"PK stand-in: the lock does not read the project")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    child = subprocess.Popen([sys.executable, "-c", HOLDER, str(project)], cwd=ROOT, env=env,
                             stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert child.stdout is not None
        assert child.stdout.readline().strip() == "locked"
        yield child, project
    finally:
        if child.poll() is None:
            child.kill()
        child.wait(30)
        for stream in (child.stdin, child.stdout):
            if stream is not None and not stream.closed:
                stream.close()


def test_a_file_locked_by_another_process_opens_read_only_and_names_the_holder(
        qapp: object, holder_process: tuple[subprocess.Popen[str], Path]) -> None:
    child, project = holder_process
    outcome = locking.acquire(project)
    assert outcome.state is LockState.HELD and outcome.read_only
    assert outcome.lock is None
    assert outcome.holder is not None
    assert outcome.holder.pid == child.pid
    assert outcome.holder.hostname == QSysInfo.machineHostName()
    assert outcome.holder.appname  # the program name recorded by Qt
    assert f"process {child.pid}" in outcome.message
    assert "on this computer" in outcome.message
    assert "plan.citypitch" in outcome.message and "Save As" in outcome.message
    assert locking.lock_path(project).is_file()

    # When the holder closes the file normally, the lock is free again.
    assert child.stdin is not None
    child.stdin.close()
    child.wait(30)
    assert not locking.lock_path(project).exists()
    again = locking.acquire(project)
    assert again.state is LockState.LOCKED
    assert again.lock is not None
    again.lock.release()


def test_a_stale_lock_from_a_killed_process_is_cleared(
        qapp: object, holder_process: tuple[subprocess.Popen[str], Path]) -> None:
    child, project = holder_process
    child.send_signal(signal.SIGKILL)
    child.wait(30)
    assert locking.lock_path(project).is_file()  # the killed process could not remove it
    outcome = locking.acquire(project)
    assert outcome.state is LockState.LOCKED
    assert outcome.lock is not None
    holder = outcome.lock.holder()
    assert holder is not None and holder.pid == os.getpid()
    outcome.lock.release()
    assert not locking.lock_path(project).exists()


def test_a_second_window_in_the_same_process_gets_read_only(qapp: object, tmp_path: Path) -> None:
    project = tmp_path / "plan.citypitch"
    first = locking.acquire(project)
    assert first.state is LockState.LOCKED and first.lock is not None
    second = locking.acquire(project)
    assert second.state is LockState.HELD
    assert second.holder is not None and second.holder.is_this_process()
    assert "another window of this CityPitch" in second.message
    first.lock.release()
    third = locking.acquire(project)
    assert third.state is LockState.LOCKED and third.lock is not None
    third.lock.release()


def test_an_unreadable_old_lock_file_is_cleared_but_a_fresh_one_is_respected(qapp: object, tmp_path: Path) -> None:
    project = tmp_path / "plan.citypitch"
    lock_file = locking.lock_path(project)
    lock_file.write_bytes(b"")
    # Just made: perhaps another process is writing it this very moment.
    assert locking.acquire(project).state is LockState.HELD
    old = time.time() - locking.UNREADABLE_GRACE_S - 60
    os.utime(lock_file, (old, old))
    outcome = locking.acquire(project)
    assert outcome.state is LockState.LOCKED and outcome.lock is not None
    outcome.lock.release()


def test_a_lock_from_another_computer_is_respected_and_explained(qapp: object, tmp_path: Path) -> None:
    project = tmp_path / "plan.citypitch"
    lock_file = locking.lock_path(project)
    # The layout QLockFile writes: pid, program, host, machine id, boot id.
    lock_file.write_text("4242\nCityPitch\nplanning-office-pc\nabc\ndef\n")
    old = time.time() - 7 * 24 * 3600  # a week old: age alone must not break it
    os.utime(lock_file, (old, old))
    outcome = locking.acquire(project)
    assert outcome.state is LockState.HELD
    assert outcome.holder is not None and outcome.holder.hostname == "planning-office-pc"
    assert "planning-office-pc" in outcome.message and str(lock_file) in outcome.message


def test_a_folder_without_write_permission_gives_unlockable(qapp: object, tmp_path: Path) -> None:
    project = tmp_path / "gone" / "plan.citypitch"  # the folder does not exist: no lock can be made
    outcome = locking.acquire(project)
    assert outcome.state is LockState.UNLOCKABLE
    assert not outcome.read_only
    assert "plan.citypitch" in outcome.message


def test_a_window_holds_one_lock_and_moves_it_on_save_as(qapp: object, tmp_path: Path) -> None:
    first, second = tmp_path / "a.citypitch", tmp_path / "b.citypitch"
    window = locking.WindowLock()
    window.keep(window.try_take(first))
    assert window.holds(first) and locking.lock_path(first).is_file()
    again = window.try_take(tmp_path / "." / "a.citypitch")  # the same file, spelled differently
    assert again.state is LockState.LOCKED and again.lock is window.lock
    moved = window.try_take(second)
    assert moved.state is LockState.LOCKED
    assert locking.lock_path(first).is_file()  # kept until the move is confirmed
    window.keep(moved)
    assert window.holds(second) and not window.holds(first)
    assert not locking.lock_path(first).exists()
    other = locking.WindowLock()
    refused = other.try_take(second)
    assert refused.state is LockState.HELD
    other.keep(refused)  # a read-only view holds nothing
    assert other.lock is None
    unwanted = other.try_take(first)
    other.drop(unwanted)
    assert not locking.lock_path(first).exists()
    window.release()
    assert not locking.lock_path(second).exists()


def test_a_window_opening_a_file_held_by_another_process_is_read_only_and_names_it(
        qtbot: typing.Any, isolated_settings: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        holder_process: tuple[subprocess.Popen[str], Path]) -> None:
    from wizard import projectfile, resources
    from wizard.gui.document import FieldRefused
    from wizard.gui.window.mainwindow import MainWindow

    monkeypatch.setenv("CITYPITCH_DATA_DIR", str(tmp_path / "data"))
    messages: list[tuple[str, str, str]] = []
    monkeypatch.setattr(MainWindow, "show_message", lambda self, kind, title, text: messages.append((kind, title, text)))
    monkeypatch.setattr(MainWindow, "ask_save_changes", lambda self: "discard")
    child, project = holder_process
    project.write_bytes(projectfile.to_bytes(projectfile.load(resources.sample_path("prey-meas-lighting"))))
    before = project.read_bytes()
    win = MainWindow()
    qtbot.addWidget(win)
    win.show()
    assert win.open_path(project)
    [(_kind, title, text)] = messages
    assert title == "Opened read-only"
    assert f"process {child.pid}" in text and "on this computer" in text and "Save As" in text
    assert win.doc.is_read_only() and "(read-only)" in win.windowTitle()
    with pytest.raises(FieldRefused):
        win.doc.set_field("meta.project_name", "Not allowed")
    assert not win.window_lock.holds(project)
    # The holder's lock is untouched, and so is the file.
    assert locking.lock_path(project).is_file() and project.read_bytes() == before
    again = locking.acquire(project)
    assert again.state is LockState.HELD and again.holder is not None and again.holder.pid == child.pid
    # Opening something else makes the window editable again.
    win.new_proposal()
    assert not win.doc.is_read_only()
