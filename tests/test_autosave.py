"""Autosave: copies of unsaved work reach the recovery area on time and never touch the user's file."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from pytestqt.qtbot import QtBot

from wizard import projectfile
from wizard.errors import ProjectFileError
from wizard.gui.recovery.autosave import Autosaver, session_lock_path
from wizard.gui.document import ProposalDocument
from wizard.projectfile import Project
from wizard.recovery import RecoveryStore

pytestmark = pytest.mark.gui

NEVER = 3_600_000  # an interval no test waits for: the other timer must be the one that fires


def saved_project(tmp_path: Path, sample_project) -> Project:  # type: ignore[no-untyped-def]
    project = sample_project("prey-meas-lighting")
    own = tmp_path / "work" / "mine.citypitch"
    own.parent.mkdir()
    projectfile.save(project, own)
    return projectfile.load(own)


def folder_state(folder: Path) -> dict[str, tuple[int, bytes]]:
    return {p.name: (p.stat().st_mtime_ns, p.read_bytes()) for p in folder.iterdir()}


def test_autosave_follows_a_pause_in_editing_and_never_touches_the_users_file(
        qtbot: QtBot, tmp_path: Path, sample_project) -> None:  # type: ignore[no-untyped-def]
    project = saved_project(tmp_path, sample_project)
    assert project.path is not None
    before = folder_state(project.path.parent)
    doc = ProposalDocument(project)
    store = RecoveryStore(tmp_path / "recovery")
    saver = Autosaver(doc, store, delay_ms=100, ceiling_ms=NEVER)

    with qtbot.waitSignal(saver.autosaved, timeout=10_000) as blocker:
        doc.set_field("vision.statement", "Streets lit all night at half the energy")
    archive = Path(blocker.args[0])
    assert archive.parent == store.folder
    [entry] = store.entries()
    assert entry.session == saver.session
    assert entry.original_path == project.path
    recovered = store.load(entry)
    assert recovered.proposal.vision.statement == "Streets lit all night at half the energy"
    assert recovered.assets == project.assets
    # The user's folder is exactly as it was: same files, same bytes, same times.
    assert folder_state(project.path.parent) == before


def test_continuous_editing_is_autosaved_at_the_ceiling(qtbot: QtBot, tmp_path: Path) -> None:
    doc = ProposalDocument()
    store = RecoveryStore(tmp_path / "recovery")
    # The pause timer can never fire here: only the ceiling can produce an autosave.
    saver = Autosaver(doc, store, delay_ms=NEVER, ceiling_ms=300)
    typed: list[str] = []

    def type_a_letter() -> None:
        typed.append("x")
        doc.set_field("meta.project_name", "".join(typed))

    typist = QTimer()
    typist.setInterval(20)
    typist.timeout.connect(type_a_letter)
    with qtbot.waitSignal(saver.autosaved, timeout=10_000):
        typist.start()
    typist.stop()
    assert saver.writes == 1
    [entry] = store.entries()
    assert entry.original_path is None  # never saved: still autosaved
    name = store.load(entry).proposal.meta.project_name
    assert name and set(name) == {"x"}
    # Edits after the snapshot are not lost: they start the next wait.
    doc.set_field("meta.project_name", "Continued")
    assert saver.is_scheduled() is True


def test_a_clean_document_is_not_autosaved_and_saving_discards_the_entry(
        qtbot: QtBot, tmp_path: Path, sample_project) -> None:  # type: ignore[no-untyped-def]
    project = saved_project(tmp_path, sample_project)
    doc = ProposalDocument(project)
    store = RecoveryStore(tmp_path / "recovery")
    saver = Autosaver(doc, store, delay_ms=50, ceiling_ms=NEVER)
    saver.autosave_now()
    assert not saver.is_scheduled() and store.entries() == []

    with qtbot.waitSignal(saver.autosaved, timeout=10_000):
        doc.set_field("city.name", "Prey Meas (edited)")
    assert len(store.entries()) == 1
    assert project.path is not None
    projectfile.save(doc.project)
    doc.mark_saved(project.path)
    assert store.entries() == []
    assert not saver.is_scheduled()

    # Undoing back to what is on disk also makes the copy unnecessary.
    with qtbot.waitSignal(saver.autosaved, timeout=10_000):
        doc.set_field("city.name", "Another edit")
    assert len(store.entries()) == 1
    doc.undo_stack.undo()
    assert not doc.is_modified()
    assert store.entries() == []


def test_close_removes_the_entry_and_stops_autosaving(qtbot: QtBot, tmp_path: Path) -> None:
    doc = ProposalDocument()
    store = RecoveryStore(tmp_path / "recovery")
    saver = Autosaver(doc, store, delay_ms=50, ceiling_ms=NEVER)
    with qtbot.waitSignal(saver.autosaved, timeout=10_000):
        doc.set_field("meta.project_name", "Closing soon")
    # While it autosaves, the session is marked alive for the next launch's crash check.
    assert session_lock_path(store.folder, saver.session).is_file()
    saver.close()
    assert store.entries() == []
    assert not any(store.folder.iterdir())  # entry and session lock both gone
    doc.set_field("meta.project_name", "After close")
    assert not saver.is_scheduled()


def test_each_autosaver_has_its_own_session(qtbot: QtBot, tmp_path: Path) -> None:
    store = RecoveryStore(tmp_path / "recovery")
    first, second = ProposalDocument(), ProposalDocument()
    saver_a = Autosaver(first, store, delay_ms=10, ceiling_ms=NEVER)
    saver_b = Autosaver(second, store, delay_ms=10, ceiling_ms=NEVER)
    assert saver_a.session != saver_b.session
    with qtbot.waitSignal(saver_a.autosaved, timeout=10_000):
        first.set_field("meta.project_name", "Window A")
    with qtbot.waitSignal(saver_b.autosaved, timeout=10_000):
        second.set_field("meta.project_name", "Window B")
    titles = {e.session: e.title for e in store.entries()}
    assert titles == {saver_a.session: "Window A", saver_b.session: "Window B"}


class GatedStore(RecoveryStore):
    """A recovery store whose writes wait for the test to open a gate, and that records them."""

    def __init__(self, folder: Path) -> None:
        super().__init__(folder)
        self.gate = threading.Event()
        self.started = threading.Event()
        self.written: list[str] = []
        self.active = 0
        self.most_active = 0
        self._count = threading.Lock()

    def save(self, session: str, project: Project, data: bytes | None = None) -> Path:
        with self._count:
            self.active += 1
            self.most_active = max(self.most_active, self.active)
        self.started.set()
        try:
            assert self.gate.wait(30), "the test never opened the gate"
            path = super().save(session, project, data)
            self.written.append(project.proposal.meta.project_name)
            return path
        finally:
            with self._count:
                self.active -= 1


def test_one_write_at_a_time_and_the_newest_snapshot_wins(qtbot: QtBot, tmp_path: Path) -> None:
    doc = ProposalDocument()
    store = GatedStore(tmp_path / "recovery")
    saver = Autosaver(doc, store, delay_ms=NEVER, ceiling_ms=NEVER)
    doc.set_field("meta.project_name", "first")
    saver.autosave_now()
    assert store.started.wait(10)
    for name in ("second", "third", "fourth"):
        doc.set_field("meta.project_name", name)
        saver.autosave_now()
    # Snapshots are taken on the GUI thread: editing after the last one does not leak into it.
    doc.set_field("meta.project_name", "typed after the last autosave")
    store.gate.set()
    qtbot.waitUntil(lambda: saver.writes == 2, timeout=10_000)
    assert store.written == ["first", "fourth"]
    assert store.most_active == 1
    [entry] = store.entries()
    assert entry.title == "fourth"


def test_a_discard_during_a_write_is_not_undone_by_that_write(qtbot: QtBot, tmp_path: Path) -> None:
    doc = ProposalDocument()
    store = GatedStore(tmp_path / "recovery")
    saver = Autosaver(doc, store, delay_ms=NEVER, ceiling_ms=NEVER)
    doc.set_field("meta.project_name", "being written")
    saver.autosave_now()
    assert store.started.wait(10)
    opener = threading.Timer(0.2, store.gate.set)
    opener.start()
    saver.close()  # waits for the write under way, then removes what it wrote
    opener.join()
    assert store.written == ["being written"]
    assert store.entries() == []
    assert not any(store.folder.iterdir())


class BrokenStore(RecoveryStore):
    def save(self, session: str, project: Project, data: bytes | None = None) -> Path:
        raise ProjectFileError(self.folder / f"{session}.citypitch", "the file could not be saved: the disk is full")


def test_a_failed_autosave_is_reported_not_raised(qtbot: QtBot, tmp_path: Path) -> None:
    doc = ProposalDocument()
    saver = Autosaver(doc, BrokenStore(tmp_path / "recovery"), delay_ms=10, ceiling_ms=NEVER)
    with qtbot.waitSignal(saver.autosave_failed, timeout=10_000) as blocker:
        doc.set_field("meta.project_name", "Unlucky")
    assert "the disk is full" in blocker.args[0]
    assert saver.last_error is not None and saver.writes == 0
    assert doc.proposal.meta.project_name == "Unlucky"  # the edit stays in memory


def test_save_now_writes_on_the_calling_thread(qtbot: QtBot, tmp_path: Path) -> None:
    doc = ProposalDocument()
    store = RecoveryStore(tmp_path / "recovery")
    saver = Autosaver(doc, store, delay_ms=NEVER, ceiling_ms=NEVER)
    doc.set_field("meta.project_name", "Recovered")
    path = saver.save_now()
    assert path.is_file()
    assert [e.title for e in store.entries()] == ["Recovered"]


# --- the autosaver in the real window ---------------------------------------------------------------


def test_the_window_autosaves_its_proposal_and_a_normal_close_cleans_up(
        qtbot: QtBot, tmp_path: Path, isolated_settings: Path, monkeypatch: pytest.MonkeyPatch,
        sample_project) -> None:  # type: ignore[no-untyped-def]
    from wizard.gui.recovery.locking import lock_path
    from wizard.gui.window.mainwindow import MainWindow

    monkeypatch.setenv("CITYPITCH_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setattr(MainWindow, "show_message", lambda self, kind, title, text: None)
    monkeypatch.setattr(MainWindow, "ask_save_changes", lambda self: "discard")
    own = saved_project(tmp_path, sample_project).path
    assert own is not None
    win = MainWindow()
    qtbot.addWidget(win)
    win.show()
    # The promised timing: a few seconds after the last edit, and at least once a minute.
    assert (win.autosaver.delay_ms, win.autosaver.ceiling_ms) == (3_000, 60_000)
    assert win.open_path(own)
    before = folder_state(own.parent)
    assert lock_path(own).name in before  # the window holds the file's lock
    win.autosaver.set_intervals(50, NEVER)
    with qtbot.waitSignal(win.autosaver.autosaved, timeout=10_000):
        win.doc.set_field("vision.statement", "Typed in the window")
    [entry] = RecoveryStore().entries()
    assert entry.original_path == own and entry.session == win.autosaver.session
    assert folder_state(own.parent) == before  # autosave wrote nothing beside the user's file
    assert win.close()
    assert RecoveryStore().entries() == []  # a normal close leaves no recovery data
    assert not lock_path(own).exists()
    assert projectfile.load(own).proposal.vision.statement != "Typed in the window"  # discarded, as asked
