"""Crash recovery end to end: edit in the real window, SIGKILL the app, recover everything autosaved.

The app runs in a child process (offscreen Qt, its own CITYPITCH_DATA_DIR and settings folder) with
short autosave intervals.  It opens a saved proposal through ``MainWindow.open_path`` and edits it
through the window's ``ProposalDocument``: first without pausing (so only the 60-second-style ceiling
can autosave), then it pauses (the after-edit delay autosaves), then makes one last edit and is killed
at once.  The test process then builds the recovery offer and checks that the recovered proposal holds
every edit older than the autosave interval.
"""

from __future__ import annotations

import os
import queue
import signal
import subprocess
import sys
import threading
import typing
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from wizard import projectfile, resources
from wizard.gui.recovery.autosave import Autosaver
from wizard.gui.document import ProposalDocument
from wizard.gui.recovery.dialog import Decision, RecoveryDialog, adopt, offer_recovery
from wizard.recovery import RecoveryStore

pytestmark = pytest.mark.gui

ROOT = Path(__file__).resolve().parent.parent
CONTINUOUS_EDITS = 40
EDIT_EVERY_MS = 40
DELAY_MS = 400  # longer than the gap between edits: while editing goes on, only the ceiling fires
CEILING_MS = 700

APP = r"""
import sys
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from wizard.gui.recovery import autosave
autosave.DELAY_MS = int(sys.argv[2])
autosave.CEILING_MS = int(sys.argv[3])
from wizard.gui.window.mainwindow import MainWindow
from wizard.model import Risk

def say(*words):
    print(*words, flush=True)

app = QApplication(sys.argv[:1])
app.setOrganizationName("CityPitchCrashTest")
app.setApplicationName("CityPitchCrashTest")
MainWindow.show_message = lambda self, kind, title, text: say("message", title.replace(" ", "_"), text.replace("\n", " "))
window = MainWindow()
window.show()
assert window.open_path(Path(sys.argv[1]))
doc = window.doc
saver = window.autosaver
saver.autosaved.connect(lambda path: say("autosaved", doc.proposal.vision.statement.split()[-1]))
saver.autosave_failed.connect(lambda text: say("autosave-failed", text))
go = Path(sys.argv[5])
state = {"n": 0}

def edit():
    state["n"] += 1
    n = state["n"]
    doc.set_field("vision.statement", f"Edited statement number {n}")
    if n % 4 == 0:
        doc.insert_row("risks", len(doc.proposal.risks), Risk(description=f"Risk added by edit {n}"))
    say("edited", n)

ticker = QTimer()
ticker.setInterval(int(sys.argv[4]))
def tick():
    if state["n"] < int(sys.argv[6]):
        edit()
        if state["n"] == int(sys.argv[6]):
            say("paused", state["n"])
    elif go.exists():
        ticker.stop()
        edit()  # the last edit: the test kills us straight after it, before any autosave
ticker.timeout.connect(tick)
ticker.start()
app.exec()
"""


class Child:
    """The app process, with its output lines arriving on a queue."""

    def __init__(self, args: list[str], env: dict[str, str]) -> None:
        self.process = subprocess.Popen([sys.executable, "-c", APP, *args], cwd=ROOT, env=env,
                                        stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
        self.lines: queue.Queue[str] = queue.Queue()
        self.seen: list[str] = []
        self.reader = threading.Thread(target=self._read, daemon=True)
        self.reader.start()

    def _read(self) -> None:
        assert self.process.stdout is not None
        for line in self.process.stdout:
            self.lines.put(line.rstrip("\n"))
        self.lines.put("<eof>")

    def wait_for(self, predicate: typing.Callable[[str], bool], timeout: float = 60.0) -> str:
        while True:
            try:
                line = self.lines.get(timeout=timeout)
            except queue.Empty:
                raise AssertionError(f"the app never said it; it said: {self.seen[-20:]}") from None
            self.seen.append(line)
            if line == "<eof>":
                raise AssertionError(f"the app ended early: {self.seen[-20:]}")
            if predicate(line):
                return line

    def kill(self) -> None:
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGKILL)
        self.process.wait(30)
        self.reader.join(10)
        if self.process.stdout is not None:
            self.process.stdout.close()


@pytest.mark.slow  # over the few seconds the marker allows (renders, child processes, pyside6-uic)
def test_killed_app_is_recovered_with_every_autosaved_edit(qtbot: QtBot, tmp_path: Path,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    data_dir = tmp_path / "data"
    monkeypatch.setenv("CITYPITCH_DATA_DIR", str(data_dir))
    own = tmp_path / "work" / "prey-meas.citypitch"
    own.parent.mkdir()
    projectfile.save(projectfile.load(resources.sample_path("prey-meas-lighting")), own)
    on_disk = own.read_bytes()
    risks_on_disk = len(projectfile.load(own).proposal.risks)
    go = tmp_path / "go"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", CITYPITCH_DATA_DIR=str(data_dir),
               XDG_CONFIG_HOME=str(tmp_path / "config"), PYTHONPATH=str(ROOT))
    child = Child([str(own), str(DELAY_MS), str(CEILING_MS), str(EDIT_EVERY_MS), str(go), str(CONTINUOUS_EDITS)], env)
    try:
        # While the edits come faster than the delay, the ceiling alone must produce an autosave.
        first = child.wait_for(lambda line: line.startswith(("autosaved", "paused", "autosave-failed", "message")))
        assert first.startswith("autosaved"), f"no autosave during continuous editing: {child.seen}"
        child.wait_for(lambda line: line == f"paused {CONTINUOUS_EDITS}")
        # The pause lets the delay fire: an autosave holding every edit so far.
        child.wait_for(lambda line: line == f"autosaved {CONTINUOUS_EDITS}")
        go.touch()
        child.wait_for(lambda line: line == f"edited {CONTINUOUS_EDITS + 1}")
    finally:
        child.kill()
    assert child.process.returncode == -signal.SIGKILL
    assert own.read_bytes() == on_disk  # autosave never wrote the user's file

    store = RecoveryStore()
    [orphan] = store.orphans()
    assert orphan.original_path == own
    from wizard.gui.recovery.autosave import session_lock_path

    assert session_lock_path(store.folder, orphan.session).is_file()  # left by the killed window
    assert orphan.title == projectfile.load(own).proposal.meta.project_name

    # The offer, as the user sees it: one row naming the proposal, its file and when.
    shown: list[RecoveryDialog] = []

    def ask(entries: list[typing.Any]) -> dict[str, Decision]:
        dialog = RecoveryDialog(entries)
        qtbot.addWidget(dialog)
        shown.append(dialog)
        row = dialog.table.topLevelItem(0)
        assert row is not None
        assert row.text(0) == orphan.title and row.text(1) == str(own) and row.text(2).startswith("today at ")
        assert dialog.decisions() == {orphan.session: Decision.LATER}  # not accepted yet: nothing is lost
        dialog.set_decision(orphan.session, Decision.RECOVER)
        dialog.accept()
        return dialog.decisions()

    result = offer_recovery(store, ask)
    assert len(shown) == 1 and not result.failed and not result.discarded
    [recovered] = result.recovered
    proposal = recovered.project.proposal
    number = int(proposal.vision.statement.split()[-1])
    # Every edit older than the autosave interval is there; only the very last one may be missing.
    assert number in (CONTINUOUS_EDITS, CONTINUOUS_EDITS + 1)
    assert len(proposal.risks) == risks_on_disk + number // 4
    assert proposal.risks[-1].description == f"Risk added by edit {4 * (number // 4)}"
    assert recovered.project.path == own
    assert recovered.project.assets == projectfile.load(own).assets

    # Reopened, it is unsaved work at its original path; its new autosave replaces the old entry.
    doc = ProposalDocument()
    saver = Autosaver(doc, store)
    adopt(doc, saver, store, recovered)
    assert doc.is_modified() and doc.path == own
    assert [e.session for e in store.entries()] == [saver.session]
    saver.close()
    assert store.entries() == []


LEFT_BEHIND = r"""
import os, sys
from pathlib import Path
from wizard import projectfile
from wizard.model import new_proposal
from wizard.recovery import RecoveryStore, new_session_id
store = RecoveryStore(Path(sys.argv[1]))
saved = projectfile.Project(new_proposal(), {}, Path(sys.argv[2]))
saved.proposal.meta.project_name = "Edited after saving"
store.save(new_session_id(), saved)
fresh = projectfile.Project(new_proposal(), {}, None)
fresh.proposal.meta.project_name = "Never saved"
store.save(new_session_id(), fresh)
os.kill(os.getpid(), 9)
"""


def crash_leaving_two_proposals(tmp_path: Path) -> tuple[RecoveryStore, Path]:
    store = RecoveryStore(tmp_path / "data" / "recovery")
    own = tmp_path / "work" / "plan.citypitch"
    own.parent.mkdir()
    projectfile.save(projectfile.load(resources.sample_path("prey-meas-lighting")), own)
    result = subprocess.run([sys.executable, "-c", LEFT_BEHIND, str(store.folder), str(own)], cwd=ROOT,
                            env=dict(os.environ, PYTHONPATH=str(ROOT)), check=False)
    assert result.returncode == -signal.SIGKILL
    assert len(store.orphans()) == 2
    return store, own


@pytest.fixture
def quiet_windows(isolated_settings: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str, str]]:
    from wizard.gui.window.mainwindow import MainWindow

    monkeypatch.setenv("CITYPITCH_DATA_DIR", str(tmp_path / "data"))
    messages: list[tuple[str, str, str]] = []
    monkeypatch.setattr(MainWindow, "show_message", lambda self, kind, title, text: messages.append((kind, title, text)))
    monkeypatch.setattr(MainWindow, "ask_save_changes", lambda self: "discard")
    return messages


def test_at_launch_each_recovered_proposal_opens_in_its_own_window(
        qtbot: QtBot, tmp_path: Path, quiet_windows: list[tuple[str, str, str]]) -> None:
    from wizard.gui.recovery.locking import lock_path
    from wizard.gui.window.mainwindow import MainWindow
    from wizard.gui.recovery.dialog import recover_at_launch

    store, own = crash_leaving_two_proposals(tmp_path)
    made: list[MainWindow] = []

    def make_window() -> MainWindow:
        win = MainWindow()
        qtbot.addWidget(win)
        made.append(win)
        return win

    first = make_window()
    opened = recover_at_launch(first, make_window, ask=lambda entries: {e.session: Decision.RECOVER for e in entries})
    assert len(opened) == 2 and opened[0] is first and len(made) == 2
    by_name = {w.doc.proposal.meta.project_name: w for w in opened}
    saved, fresh = by_name["Edited after saving"], by_name["Never saved"]
    assert saved.doc.path == own and saved.doc.is_modified() and saved.isWindowModified()
    assert saved.window_lock.holds(own) and lock_path(own).is_file()
    assert fresh.doc.path is None and fresh.doc.is_modified() and fresh.isWindowModified()
    assert quiet_windows == []
    # The old entries are gone; each window's own autosave replaced them (not orphans: we are alive).
    assert {e.session for e in store.entries()} == {saved.autosaver.session, fresh.autosaver.session}
    assert store.orphans() == []
    for win in opened:
        assert win.close()
    assert store.entries() == [] and not lock_path(own).exists()


def test_at_launch_discarded_entries_go_and_postponed_ones_stay(
        qtbot: QtBot, tmp_path: Path, quiet_windows: list[tuple[str, str, str]]) -> None:
    from wizard.gui.window.mainwindow import MainWindow
    from wizard.gui.recovery.dialog import recover_at_launch

    store, _own = crash_leaving_two_proposals(tmp_path)
    first = MainWindow()
    qtbot.addWidget(first)

    def choose(entries: list[typing.Any]) -> dict[str, Decision]:
        return {e.session: Decision.DISCARD if e.title == "Never saved" else Decision.LATER for e in entries}

    assert recover_at_launch(first, MainWindow, ask=choose) == []
    assert [e.title for e in store.orphans()] == ["Edited after saving"]
    assert not first.doc.is_modified()


def test_the_real_dialog_is_shown_and_closing_it_keeps_everything(qtbot: QtBot, tmp_path: Path) -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    store, _own = crash_leaving_two_proposals(tmp_path)
    seen: list[list[str]] = []

    def answer(close_only: bool) -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, RecoveryDialog)
        try:
            seen.append(sorted(dialog.table.topLevelItem(i).text(0) for i in range(dialog.table.topLevelItemCount())))
            if not close_only:
                for entry in dialog.entries:
                    choice = Decision.DISCARD if entry.title == "Never saved" else Decision.RECOVER
                    dialog.set_decision(entry.session, choice)
                dialog.accept()
        finally:
            if dialog.isVisible():
                dialog.reject()  # Escape or the window's close button (and never a hung test)

    QTimer.singleShot(0, lambda: answer(close_only=True))
    result = offer_recovery(store)
    assert seen == [["Edited after saving", "Never saved"]]
    assert result.recovered == [] and result.discarded == [] and len(result.kept) == 2
    assert len(store.orphans()) == 2

    QTimer.singleShot(0, lambda: answer(close_only=False))
    result = offer_recovery(store)
    assert [r.project.proposal.meta.project_name for r in result.recovered] == ["Edited after saving"]
    assert [e.title for e in result.discarded] == ["Never saved"]
    # Recovering does not remove the entry by itself: adopt() does, once the new copy is safe.
    assert [e.title for e in store.orphans()] == ["Edited after saving"]


def forge_session_lock(path: Path, pid: int, boot_id: str | None = None) -> None:
    """A session lock as QLockFile writes it (pid, program, host, machine id, boot id), for ``pid``."""
    from PySide6.QtCore import QLockFile

    sample = path.with_name("sample.lock")
    real = QLockFile(str(sample))
    assert real.tryLock(0)
    lines = sample.read_text().split("\n")
    real.unlock()
    lines[0] = str(pid)
    if boot_id is not None:
        lines[4] = boot_id
    path.write_text("\n".join(lines))


def test_orphans_are_found_even_when_their_process_id_now_belongs_to_someone_else(
        qtbot: QtBot, tmp_path: Path) -> None:
    import json

    from wizard.gui.recovery.autosave import session_lock_path
    from wizard.gui.recovery.dialog import find_orphans
    from wizard.model import new_proposal
    from wizard.recovery import new_session_id

    store = RecoveryStore(tmp_path / "recovery")
    live_doc = ProposalDocument()
    live = Autosaver(live_doc, store)
    live_doc.set_field("meta.project_name", "Still open in this window")
    live.save_now()
    assert session_lock_path(store.folder, live.session).is_file()

    stranger = subprocess.Popen(["sleep", "60"])  # another program, alive, with its own process id
    try:
        def crashed(name: str, pid: int, boot_id: str | None = None) -> str:
            session = new_session_id()
            project = projectfile.Project(new_proposal())
            project.proposal.meta.project_name = name
            store.save(session, project)
            meta = store.folder / f"{session}.json"
            info = json.loads(meta.read_text())
            info["pid"] = pid  # the process id the crashed window had, now in use again
            meta.write_text(json.dumps(info))
            forge_session_lock(session_lock_path(store.folder, session), pid, boot_id)
            return session

        reused = crashed("Crashed; its process id went to another program", stranger.pid)
        rebooted = crashed("Crashed before a reboot", os.getpid(), boot_id="00000000-0000-0000-0000-000000000000")
        # A bare process-id check is fooled by both: those processes are alive.
        assert store.orphans() == []
        found = {entry.session for entry in find_orphans(store)}
        assert found == {reused, rebooted}
        assert live.session not in found
        # The stale locks were taken over and removed; the live window's lock is untouched.
        assert not session_lock_path(store.folder, reused).exists()
        assert session_lock_path(store.folder, live.session).is_file()
    finally:
        stranger.kill()
        stranger.wait()
    live.close()
    assert not session_lock_path(store.folder, live.session).exists()
