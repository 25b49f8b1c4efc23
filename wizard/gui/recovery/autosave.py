"""Autosave: keeps a copy of unsaved work in the recovery area, never in the user's own file.

An :class:`Autosaver` follows one :class:`~wizard.gui.document.ProposalDocument` (one window, one
session id).  While the document has unsaved changes it writes the whole project to the
:class:`~wizard.recovery.RecoveryStore`:

- ``delay_ms`` (3 s) after the last edit, so a pause in typing is caught quickly;
- and at most ``ceiling_ms`` (60 s) after the first edit not yet autosaved, so someone who types
  without pausing still has a copy at least once a minute.

Only the snapshot is taken on the GUI thread: :meth:`Project.frozen_copy` (a deep copy of the model;
the image bytes are shared, being immutable).  Serialising to a zip and writing with fsync happen on a
single background thread, one write at a time; if edits arrive while a write runs, only the newest
snapshot is written next (older ones are dropped, never written out of order).

When the document becomes clean (saved, or undone back to what is on disk) or the window closes
normally, the entry is discarded.

While it autosaves, the window also holds a session lock, ``<session>.lock`` in the recovery folder (a
:class:`QLockFile`).  It is how the next launch tells a crashed session from a running one
(:func:`wizard.gui.recovery.dialog.find_orphans`): Qt knows a lock whose process died, one from an
earlier boot (the battery ran out), and one whose process id now belongs to another program, where a
bare process-id check would be fooled.  Results come back as queued signals: ``autosaved(path)`` and
``autosave_failed(message)``; a failing autosave never interrupts the user with a dialog.
"""

from __future__ import annotations

import threading
import time
import weakref
import typing
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QLockFile, QObject, QRunnable, QThreadPool, QTimer, Signal

from wizard.errors import CityPitchError
from wizard.projectfile import Project
from wizard.recovery import RecoveryStore, new_session_id

if typing.TYPE_CHECKING:
    from wizard.gui.document import ProposalDocument

#: Quiet time after the last edit before an autosave (milliseconds).
DELAY_MS = 3_000
#: Longest time an edit waits for an autosave while the user keeps editing (milliseconds).
CEILING_MS = 60_000

_POOL: QThreadPool | None = None


def session_lock_path(folder: Path, session: str) -> Path:
    """The lock a running window holds beside its recovery entry."""
    return folder / f"{session}.lock"


def _pool() -> QThreadPool:
    """One background thread for every window's autosaves: writes never compete for the disk."""
    global _POOL
    if _POOL is None:
        _POOL = QThreadPool()
        _POOL.setObjectName("autosave")
        _POOL.setMaxThreadCount(1)
        # The thread stays alive between autosaves; starting one costs more than keeping it.
        _POOL.setExpiryTimeout(-1)
    return _POOL


@dataclass(frozen=True)
class _Snapshot:
    project: Project
    generation: int
    taken_at: float


class _WriteJob(QRunnable):
    """Writes the newest pending snapshot of one autosaver; runs on the autosave thread."""

    def __init__(self, owner: "Autosaver") -> None:
        super().__init__()
        # Only a weak reference: if the job held the last reference to the autosaver, Python would free
        # it (and what it keeps alive, such as the window's document) on this thread, and Qt objects with
        # timers must be destroyed on the GUI thread ("Timers cannot be stopped from another thread").
        self.owner = weakref.ref(owner)

    def run(self) -> None:
        owner = self.owner()
        if owner is not None:
            owner._drain()


class Autosaver(QObject):
    """Autosaves one document to the recovery area (see the module docstring)."""

    autosaved = Signal(str)  # the recovery archive written
    autosave_failed = Signal(str)  # a plain-language reason
    # Internal: lets the background thread hand results to the GUI thread through a queued connection.
    _written = Signal(int, str, str, float)

    def __init__(self, doc: "ProposalDocument", store: RecoveryStore | None = None, *,
                 delay_ms: int | None = None, ceiling_ms: int | None = None,
                 session: str | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent if parent is not None else doc)
        self.doc = doc
        # Made on first use: opening a window must not create folders in the user's data directory.
        self._store = store
        self.session = session or new_session_id()
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

        # State shared with the background thread, guarded by _state_lock.
        self._state_lock = threading.Lock()
        self._pending: _Snapshot | None = None
        self._queued = False
        # Held for the whole of each write, and by discard(), so a discard can never be undone by a
        # write that was already under way.
        self._write_lock = threading.Lock()
        self._generation = 0
        self._has_entry = False
        self._session_lock: QLockFile | None = None

        self._written.connect(self._on_written)
        doc.field_changed.connect(self._on_edited)
        doc.modified_changed.connect(self._on_modified_changed)
        doc.proposal_replaced.connect(self._on_replaced)

    @property
    def store(self) -> RecoveryStore:
        if self._store is None:
            self._store = RecoveryStore()
        return self._store

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
        with self._state_lock:
            self._pending = snapshot
            if self._queued:
                return  # the running job picks the newest snapshot up when its write ends
            self._queued = True
        _pool().start(_WriteJob(self))

    def save_now(self) -> Path:
        """Write a snapshot on the calling thread and return the archive (used when recovering a file,
        where the old recovery entry may be removed only once the new one is safely on disk)."""
        self._delay.stop()
        self._ceiling.stop()
        self._hold_session_lock()
        snapshot = self._snapshot()
        with self._state_lock:
            self._pending = None
        path, error = self._write(snapshot)
        if path is None:
            self.last_error = error or "Autosave failed: the copy was discarded while it was being written"
            raise CityPitchError(self.last_error)
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
        return _Snapshot(self.doc.project.frozen_copy(), self._generation, time.monotonic())

    def _drain(self) -> None:
        """Background thread: write pending snapshots until none is left."""
        while True:
            with self._state_lock:
                snapshot = self._pending
                self._pending = None
                if snapshot is None:
                    self._queued = False
                    return
            path, error = self._write(snapshot)
            if path is None and not error:
                continue  # discarded meanwhile
            try:
                self._written.emit(snapshot.generation, str(path or ""), error, snapshot.taken_at)
            except RuntimeError:
                return  # the window (and this object's Qt side) is already gone

    def _write(self, snapshot: _Snapshot) -> tuple[Path | None, str]:
        with self._write_lock:
            if snapshot.generation != self._generation:
                return None, ""  # discarded after this snapshot was taken: writing would resurrect it
            try:
                path = self.store.save(self.session, snapshot.project)
            except (CityPitchError, OSError) as exc:
                return None, f"Autosave failed: {exc}"
            self._has_entry = True
            return path, ""

    def _on_written(self, generation: int, path: str, error: str, taken_at: float) -> None:
        if error:
            self.last_error = error
            self.autosave_failed.emit(error)
            return
        self.last_error = None
        if generation == self._generation:
            self._record_success(taken_at)
            self.autosaved.emit(path)

    def _record_success(self, taken_at: float) -> None:
        self.writes += 1
        self.last_autosave = taken_at

    # --- cleaning up ----------------------------------------------------------------------------

    def discard(self) -> None:
        """Remove this session's entry (after a save, or a normal close); waits for a running write."""
        self._delay.stop()
        self._ceiling.stop()
        with self._state_lock:
            self._pending = None
            self._generation += 1
        # Taking the write lock lets a write already under way finish before its file is removed.
        with self._write_lock:
            if self._has_entry:
                try:
                    self.store.discard(self.session)
                except OSError:
                    return  # left for the next launch to offer; harmless
                self._has_entry = False

    def close(self) -> None:
        """Stop autosaving and remove the entry: call on a normal close of the window."""
        self.enabled = False
        self.discard()
        # Let a write job that is still finishing drop its reference to us before the window goes, so
        # the last reference is released here, on the GUI thread (see _WriteJob).
        _pool().waitForDone(10_000)
        if self._session_lock is not None:
            self._session_lock.unlock()
            self._session_lock = None

    def has_entry(self) -> bool:
        return self._has_entry
