"""Autosave: keeps a copy of unsaved work in the recovery area, never in the user's own file.

An :class:`Autosaver` follows one :class:`~wizard.gui.document.ProposalDocument` (one window, one
session id).  While the document has unsaved changes it writes the whole project to the
:class:`~wizard.recovery.RecoveryStore`:

- ``delay_ms`` (3 s) after the last edit, so a pause in typing is caught quickly;
- and at most ``ceiling_ms`` (60 s) after the first edit not yet autosaved, so someone who types
  without pausing still has a copy at least once a minute.

Only the snapshot is taken on the GUI thread: :meth:`Project.frozen_copy` (a deep copy of the model;
the image bytes are shared, being immutable).  Serialising to a zip and writing with fsync happen in
the background (:mod:`wizard.gui.tasks`, lane ``autosave``: one thread for every window, one write at a
time); if edits arrive while a write runs, only the newest snapshot is written next (older ones are
dropped, never written out of order).  What runs there is a plain :class:`_Writer`, never the Qt
object, so a window closed meanwhile is always freed on the GUI thread.

When the document becomes clean (saved, or undone back to what is on disk) or the window closes
normally, the entry is discarded.

While it autosaves, the window also holds a session lock, ``<session>.lock`` in the recovery folder (a
:class:`QLockFile`).  It is how the next launch tells a crashed session from a running one
(:func:`wizard.gui.recovery.dialog.find_orphans`): Qt knows a lock whose process died, one from an
earlier boot (the battery ran out), and one whose process id now belongs to another program, where a
bare process-id check would be fooled.  Results come back on the GUI thread as signals:
``autosaved(path)`` and ``autosave_failed(message)``; a failing autosave never interrupts the user
with a dialog.
"""

from __future__ import annotations

import functools
import threading
import time
import typing
import weakref
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QLockFile, QObject, QTimer, Signal

from wizard.errors import CityPitchError
from wizard.gui.language import translate
from wizard.gui.tasks import Task, TaskState, run_in_background
from wizard.projectfile import Project
from wizard.recovery import RecoveryStore, new_session_id

if typing.TYPE_CHECKING:
    from wizard.gui.document import ProposalDocument

#: Quiet time after the last edit before an autosave (milliseconds).
DELAY_MS = 3_000
#: Longest time an edit waits for an autosave while the user keeps editing (milliseconds).
CEILING_MS = 60_000

def session_lock_path(folder: Path, session: str) -> Path:
    """The lock a running window holds beside its recovery entry."""
    return folder / f"{session}.lock"


@dataclass(frozen=True)
class _Snapshot:
    project: Project
    generation: int
    taken_at: float


@dataclass(frozen=True)
class _Written:
    """One write's result, handed to the GUI thread."""

    generation: int
    path: str
    error: str
    taken_at: float


class _Writer:
    """The part of an autosaver that runs in the background: plain Python, no Qt object.

    The snapshot waiting to be written, the generation (raised by every discard, so a write that was
    under way never resurrects a discarded entry) and the store.  The background task holds it only
    weakly: an autosaver that is gone takes its writer with it, and a queued write then does nothing.
    """

    def __init__(self, store: RecoveryStore | None, session: str) -> None:
        self.store = store
        self.session = session
        # State shared with the background thread, guarded by state_lock.
        self.state_lock = threading.Lock()
        self.pending: _Snapshot | None = None
        self.queued = False
        # Held for the whole of each write, and by discard(), so a discard can never be undone by a
        # write that was already under way.
        self.write_lock = threading.Lock()
        self.generation = 0
        self.has_entry = False

    def drain(self, state: TaskState) -> None:
        """Background thread: write pending snapshots until none is left, reporting each."""
        while True:
            with self.state_lock:
                snapshot = self.pending
                self.pending = None
                if snapshot is None:
                    self.queued = False
                    return
            path, error = self.write(snapshot)
            if path is None and not error:
                continue  # discarded meanwhile
            state.report(_Written(snapshot.generation, str(path or ""), error, snapshot.taken_at))

    def write(self, snapshot: _Snapshot) -> tuple[Path | None, str]:
        assert self.store is not None
        with self.write_lock:
            if snapshot.generation != self.generation:
                return None, ""  # discarded after this snapshot was taken: writing would resurrect it
            try:
                path = self.store.save(self.session, snapshot.project)
            except (CityPitchError, OSError) as exc:
                return None, str(exc)  # the reason; the window says "Autosave failed: ..." in its language
            self.has_entry = True
            return path, ""


def _drain(writer: weakref.ref[_Writer], state: TaskState) -> None:
    found = writer()
    if found is not None:
        found.drain(state)


class Autosaver(QObject):
    """Autosaves one document to the recovery area (see the module docstring)."""

    autosaved = Signal(str)  # the recovery archive written
    autosave_failed = Signal(str)  # a plain-language reason (the window puts "Autosave failed: " before it)

    def __init__(self, doc: "ProposalDocument", store: RecoveryStore | None = None, *,
                 delay_ms: int | None = None, ceiling_ms: int | None = None,
                 session: str | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent if parent is not None else doc)
        self.doc = doc
        self.session = session or new_session_id()
        # The store is made on first use: opening a window must not create folders in the user's data
        # directory.
        self._writer = _Writer(store, self.session)
        self._task: Task | None = None
        self.enabled = True
        #: When (time.monotonic) the snapshot behind the last successful autosave was taken; None
        #: until the first one.
        self.last_autosave: float | None = None
        self.last_error: str | None = None
        self.writes = 0

        self._delay = QTimer(self)
        self._delay.setSingleShot(True)
        self._delay.setInterval(DELAY_MS if delay_ms is None else delay_ms)
        self._delay.timeout.connect(self.autosave_now)
        self._ceiling = QTimer(self)
        self._ceiling.setSingleShot(True)
        self._ceiling.setInterval(CEILING_MS if ceiling_ms is None else ceiling_ms)
        self._ceiling.timeout.connect(self.autosave_now)

        self._session_lock: QLockFile | None = None

        doc.field_changed.connect(self._on_edited)
        doc.review_changed.connect(self._on_edited)  # comments, versions, sign-offs are work too
        doc.modified_changed.connect(self._on_modified_changed)
        doc.proposal_replaced.connect(self._on_replaced)

    @property
    def store(self) -> RecoveryStore:
        if self._writer.store is None:
            self._writer.store = RecoveryStore()
        return self._writer.store

    @property
    def _queued(self) -> bool:
        """True while a background write is queued or running."""
        return self._writer.queued

    @property
    def delay_ms(self) -> int:
        return self._delay.interval()

    @property
    def ceiling_ms(self) -> int:
        return self._ceiling.interval()

    def set_intervals(self, delay_ms: int, ceiling_ms: int) -> None:
        """Change the quiet time and the ceiling (tests and settings); pending timers keep running."""
        self._delay.setInterval(delay_ms)
        self._ceiling.setInterval(ceiling_ms)

    # --- timing ---------------------------------------------------------------------------------

    def _on_edited(self, _path: str = "") -> None:
        if not self.enabled or not self.doc.is_modified():
            return
        self._delay.start()
        if not self._ceiling.isActive():
            self._ceiling.start()

    def _on_modified_changed(self, modified: bool) -> None:
        if modified:
            self._on_edited()
        else:
            # What is on disk now matches the document: the copy in the recovery area is no longer needed.
            self.discard()

    def _on_replaced(self) -> None:
        # New/Open replaced the document only after the user saved or discarded the old one.
        self.discard()
        if self.doc.is_modified():
            self._on_edited()

    def is_scheduled(self) -> bool:
        """True while an autosave is waiting for its timer."""
        return self._delay.isActive() or self._ceiling.isActive()

    # --- writing --------------------------------------------------------------------------------

    def autosave_now(self) -> None:
        """Snapshot the document and queue the write (returns at once)."""
        self._delay.stop()
        self._ceiling.stop()
        if not self.enabled or not self.doc.is_modified():
            return
        self._hold_session_lock()
        snapshot = self._snapshot()
        writer = self._writer
        with writer.state_lock:
            writer.pending = snapshot
            if writer.queued:
                return  # the running task picks the newest snapshot up when its write ends
            writer.queued = True
        self._task = run_in_background(functools.partial(_drain, weakref.ref(writer)),
                                       on_progress=self._on_written, lane="autosave", context=self)

    def save_now(self) -> Path:
        """Write a snapshot on the calling thread and return the archive (used when recovering a file,
        where the old recovery entry may be removed only once the new one is safely on disk)."""
        self._delay.stop()
        self._ceiling.stop()
        self._hold_session_lock()
        snapshot = self._snapshot()
        with self._writer.state_lock:
            self._writer.pending = None
        path, error = self._writer.write(snapshot)
        if path is None:
            self.last_error = error or translate("Autosave", "the copy was discarded while it was being written")
            raise CityPitchError(translate("Autosave", "Autosave failed: %1").replace("%1", self.last_error))
        self.last_error = None
        self._record_success(snapshot.taken_at)
        return path

    def _hold_session_lock(self) -> None:
        """Mark this session as alive before its first copy is written (see the module docstring)."""
        if self._session_lock is not None:
            return
        try:
            self.store.folder.mkdir(parents=True, exist_ok=True)
        except OSError:
            return  # the write will fail and say why; the next launch falls back to process ids
        lock = QLockFile(str(session_lock_path(self.store.folder, self.session)))
        lock.setStaleLockTime(0)  # held for hours: only a dead holder makes it stale
        if lock.tryLock(0):
            self._session_lock = lock

    def _snapshot(self) -> _Snapshot:
        _ = self.store  # made here, on the GUI thread, before any write needs it
        self.doc.prepare_to_write()
        return _Snapshot(self.doc.project.frozen_copy(), self._writer.generation, time.monotonic())

    def _on_written(self, written: _Written) -> None:
        if written.error:
            self.last_error = written.error
            self.autosave_failed.emit(written.error)
            return
        self.last_error = None
        if written.generation == self._writer.generation:
            self._record_success(written.taken_at)
            self.autosaved.emit(written.path)

    def _record_success(self, taken_at: float) -> None:
        self.writes += 1
        self.last_autosave = taken_at

    # --- cleaning up ----------------------------------------------------------------------------

    def discard(self) -> None:
        """Remove this session's entry (after a save, or a normal close); waits for a running write."""
        self._delay.stop()
        self._ceiling.stop()
        writer = self._writer
        with writer.state_lock:
            writer.pending = None
            writer.generation += 1
        # Taking the write lock lets a write already under way finish before its file is removed.
        with writer.write_lock:
            if writer.has_entry:
                try:
                    self.store.discard(self.session)
                except OSError:
                    return  # left for the next launch to offer; harmless
                writer.has_entry = False

    def close(self) -> None:
        """Stop autosaving and remove the entry: call on a normal close of the window."""
        self.enabled = False
        self.discard()
        # A write still finishing is waited for, so the process never ends in the middle of one.
        if self._task is not None:
            self._task.wait(10)
        if self._session_lock is not None:
            self._session_lock.unlock()
            self._session_lock = None

    def has_entry(self) -> bool:
        return self._writer.has_entry
