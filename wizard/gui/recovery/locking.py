"""One editor per file: a lock file beside each open project.

Opening ``plan.citypitch`` creates ``.plan.citypitch.lock`` in the same folder (a :class:`QLockFile`:
process id, program name, host name).  A second window, or a second CityPitch on this or another
computer sharing the folder, finds the lock taken and opens the file read-only, saying who holds it.

Stale locks: when the holder ran on this computer and its process is gone (a crash, a kill, a power
cut), Qt recognises the lock as stale and takes it over.  The age-based rule of QLockFile is switched
off (``setStaleLockTime(0)``): this lock is held for as long as the file is open, hours or days, and
QLockFile never refreshes it, so any age limit would let a second computer break the lock of an
editor that is still running.  A lock left by a crash on *another* computer is therefore not cleared
automatically; the message names that computer and the lock file, which can be deleted by hand.

A folder where no lock file can be made (read-only media, no permission) gives :attr:`LockState.UNLOCKABLE`:
the file still opens, and saving there will fail with its own clear message.
"""

from __future__ import annotations

import enum
import os
import sys
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLockFile, QSysInfo

from wizard.i18n import said


def lock_path(project_path: Path) -> Path:
    """Where the lock for ``project_path`` lives: a hidden file beside it."""
    project_path = Path(project_path)
    from wizard.atomic import sibling

    # Shortened for names near the 255-byte limit; QLockFile adds ".rmlock" while removing a stale lock.
    return sibling(project_path, prefix=".", suffix=".lock", reserve=len(".rmlock"))


class LockState(enum.Enum):
    LOCKED = "locked"  # this window holds the lock: editing and saving as usual
    HELD = "held"  # someone else holds it: open read-only
    UNLOCKABLE = "unlockable"  # no lock can be made in that folder


def fill(template: str, *values: object) -> str:
    """``template`` (translated, context "Locking") with ``%1``, ``%2``... filled in one pass.

    The same as :func:`wizard.gui.language.fill`, which this module does not import (it loads the model);
    both are :func:`wizard.i18n.said.fill`, which imports nothing heavy.
    """
    return said.fill(template, [str(v) for v in values])


@dataclass(frozen=True)
class LockHolder:
    """Who holds a lock, as recorded in the lock file."""

    pid: int
    hostname: str
    appname: str

    def is_this_process(self) -> bool:
        return self.pid == os.getpid() and self.is_this_computer()

    def is_this_computer(self) -> bool:
        return not self.hostname or self.hostname == QSysInfo.machineHostName()

    def describe(self) -> str:
        """Who holds the lock, in the interface's language ("CityPitch (process 4242) on this computer")."""
        if self.is_this_process():
            return QCoreApplication.translate("Locking", "another window of this CityPitch")
        program = self.appname or QCoreApplication.translate("Locking", "a program")
        if self.is_this_computer():
            return fill(QCoreApplication.translate("Locking", "%1 (process %2) on this computer"), program, self.pid)
        return fill(QCoreApplication.translate("Locking", "%1 (process %2) on the computer '%3'"), program, self.pid, self.hostname)


@dataclass
class LockOutcome:
    """What opening a file's lock gave: the lock itself, or why the file is read-only."""

    state: LockState
    lock: "ProjectLock | None" = None
    holder: LockHolder | None = None
    message: str = ""

    @property
    def read_only(self) -> bool:
        return self.state is LockState.HELD


class ProjectLock:
    """The lock of one project file, held while a window edits it."""

    def __init__(self, project_path: Path) -> None:
        self.project_path = Path(project_path)
        self.path = lock_path(self.project_path)
        self._file = QLockFile(str(self.path))
        self._file.setStaleLockTime(0)

    def is_held(self) -> bool:
        return self._file.isLocked()

    def holder(self) -> LockHolder | None:
        """Who holds the lock according to its file, or None if it is absent or unreadable."""
        info = self._file.getLockInfo()
        if not isinstance(info, tuple) or len(info) != 3:
            return None
        pid, hostname, appname = info
        if int(pid) <= 0:
            return None
        return LockHolder(int(pid), str(hostname), str(appname))

    def release(self) -> None:
        if self._file.isLocked():
            self._file.unlock()


#: A lock file that names no one is trusted as "being written right now" for this long (seconds).
UNREADABLE_GRACE_S = 10.0


def _unreadable_and_old(path: Path) -> bool:
    import time

    try:
        return time.time() - path.stat().st_mtime > UNREADABLE_GRACE_S
    except OSError:
        return False


def _process_running(pid: int) -> bool:
    if sys.platform == "win32":
        # os.kill(pid, 0) sends Ctrl+C there (CTRL_C_EVENT is 0): leave the judgement to QLockFile.
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True  # exists but belongs to someone else
    return True


def acquire(project_path: Path) -> LockOutcome:
    """Take the lock of ``project_path`` if no one else holds it; never waits."""
    lock = ProjectLock(project_path)
    if lock._file.tryLock(0):
        return LockOutcome(LockState.LOCKED, lock)
    error = lock._file.error()
    if error == QLockFile.LockError.LockFailedError:
        holder = lock.holder()
        # QLockFile.removeStaleLockFile() removes any lock file that no live process on this computer
        # holds an OS lock on; a lock from another computer over a network share is such a file.  So
        # it is called only when the lock file itself shows that its owner is gone: a process of this
        # computer that no longer runs (tryLock handles that too; this covers the holder dying between
        # the two checks), or a file that names no one and is not being written right now.
        dead_here = holder is not None and holder.is_this_computer() and not _process_running(holder.pid)
        if (dead_here or (holder is None and _unreadable_and_old(lock.path))) \
                and lock._file.removeStaleLockFile() and lock._file.tryLock(0):
            return LockOutcome(LockState.LOCKED, lock)
        who = holder.describe() if holder else QCoreApplication.translate("Locking", "another program")
        message = fill(QCoreApplication.translate(
            "Locking", "%1 is open in %2. It is shown here read-only so that no one's changes are overwritten: "
            "use Save As to keep your own copy."), project_path.name, who)
        if holder is not None and not holder.is_this_computer():
            message += " " + fill(QCoreApplication.translate(
                "Locking", "If that computer crashed and the file is not open anywhere, delete the lock file %1 "
                "and open the proposal again."), lock.path)
        return LockOutcome(LockState.HELD, None, holder, message)
    if error == QLockFile.LockError.PermissionError:
        reason = QCoreApplication.translate("Locking", "no permission to write in that folder")
    else:
        reason = QCoreApplication.translate("Locking", "the lock file could not be made")
    message = fill(QCoreApplication.translate(
        "Locking", "CityPitch could not mark %1 as open (%2); another window could open it at the same time."),
        project_path.name, reason)
    return LockOutcome(LockState.UNLOCKABLE, None, None, message)


def _same_file(a: Path, b: Path) -> bool:
    try:
        return a.resolve() == b.resolve()
    except OSError:
        return a.absolute() == b.absolute()


class WindowLock:
    """The lock a window holds on the file it shows (at most one), kept across Open and Save As."""

    def __init__(self) -> None:
        self.lock: ProjectLock | None = None

    def holds(self, path: Path | None) -> bool:
        return path is not None and self.lock is not None and _same_file(self.lock.project_path, Path(path))

    def try_take(self, path: Path) -> LockOutcome:
        """The outcome of locking ``path``; the current lock is kept until :meth:`keep` says otherwise."""
        if self.holds(path):
            return LockOutcome(LockState.LOCKED, self.lock)
        return acquire(path)

    def keep(self, outcome: LockOutcome | None) -> None:
        """Hold ``outcome``'s lock from now on (None or a failed outcome: hold nothing)."""
        new = outcome.lock if outcome is not None else None
        if new is not self.lock:
            self.release()
            self.lock = new

    def drop(self, outcome: LockOutcome) -> None:
        """Give back a lock taken by :meth:`try_take` that is not kept after all."""
        if outcome.lock is not None and outcome.lock is not self.lock:
            outcome.lock.release()

    def release(self) -> None:
        if self.lock is not None:
            self.lock.release()
            self.lock = None
