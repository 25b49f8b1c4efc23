"""Private scratch folders for exports, marked as ours and cleaned after a kill (no Qt).

An export needs room for temporary files: the isolated export's work folder, and WeasyPrint's own
``weasyprint-*`` folder of fonts (about 5 MB each; WeasyPrint removes it only when its font
configuration is garbage-collected, so a killed export leaves it in the system's temporary folder
forever).  Everything an export writes there now goes inside one folder of ours::

    with scratch.folder("export") as work:        # <tmp>/citypitch-export-<pid>-<random>/
        ...                                       # ``tempfile`` also points inside it (see below)

- **Marked.**  The folder's name starts with ``citypitch-`` and it holds a marker file
  (:data:`MARKER`) on which the owning process keeps an exclusive ``flock`` for as long as the folder is
  in use.  A folder without our marker, or whose marker is locked, is never touched: other programs'
  files (another program's ``weasyprint-*`` folder, a second CityPitch still running) are safe.
- **Cleaned on the next run.**  Each new scratch folder first removes the folders of ours whose owner is
  gone (:func:`clean_stale`), so a kill (SIGKILL, a power cut, the memory limit) leaves nothing behind
  for longer than the next export.  Where ``flock`` does not exist (Windows) a folder is taken as stale
  once it is a day old.
- **Temporary files go inside.**  ``folder(..., capture_tempfile=True)`` points :mod:`tempfile` at the
  scratch folder for the duration (WeasyPrint calls ``mkdtemp`` with no folder), and child processes are
  given it as ``TMPDIR``.  ``tempfile.tempdir`` is process-wide: use it only where one export runs at a
  time in the process (the command line, the export worker), as WeasyPrint requires anyway.
"""

from __future__ import annotations

import os
import re
import shutil
import stat
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

try:
    import fcntl
except ImportError:  # pragma: no cover - Windows
    fcntl = None  # type: ignore[assignment]

#: The marker file inside every scratch folder of ours.
MARKER = ".citypitch-scratch"
#: Where locks are not available, a scratch folder is taken as abandoned once it is this old (seconds).
STALE_AFTER_S = 24 * 3600
_NAME = re.compile(r"^citypitch-[a-z]+-\d+-[0-9a-f]{8}$")


@contextmanager
def folder(purpose: str, *, capture_tempfile: bool = False, base: str | os.PathLike[str] | None = None) -> Iterator[Path]:
    """A new, marked, private scratch folder, removed (with everything in it) when the block ends.

    ``purpose`` (lower-case letters) goes into the name, for a reader of the temporary folder.  With
    ``capture_tempfile`` the :mod:`tempfile` module creates its files inside it meanwhile.
    """
    path, lock = create(purpose, base=base)
    old = tempfile.tempdir
    if capture_tempfile:
        tempfile.tempdir = str(path)
    try:
        yield path
    finally:
        if capture_tempfile:
            tempfile.tempdir = old
        release(path, lock)


def create(purpose: str, *, base: str | os.PathLike[str] | None = None) -> tuple[Path, int | None]:
    """Make a marked scratch folder; returns it and the descriptor holding its lock (see :func:`release`).

    For callers whose folder outlives one block (a preview kept between renders).
    """
    if not re.fullmatch(r"[a-z]+", purpose):
        raise ValueError(f"a scratch purpose is lower-case letters, not {purpose!r}")
    root = Path(base) if base is not None else Path(tempfile.gettempdir())
    clean_stale(root)
    for _ in range(100):
        path = root / f"citypitch-{purpose}-{os.getpid()}-{os.urandom(4).hex()}"
        try:
            path.mkdir(mode=0o700)
        except FileExistsError:
            continue
        try:
            lock = _mark(path)
        except BaseException:
            shutil.rmtree(path, ignore_errors=True)
            raise
        if lock is not None or fcntl is None:
            return path, lock
        # A cleaner took the folder in the instant before our lock: make another.
    raise OSError(f"no free scratch folder name in {root}")


def release(path: Path, lock: int | None) -> None:
    """Remove a scratch folder made by :func:`create` and drop its lock."""
    shutil.rmtree(path, ignore_errors=True)
    if lock is not None:
        try:
            os.close(lock)
        except OSError:
            pass


def child_environment(path: Path, env: dict[str, str]) -> dict[str, str]:
    """``env`` with the temporary folder of a child process set to ``path`` (every platform's variable)."""
    env = dict(env)
    for name in ("TMPDIR", "TEMP", "TMP"):
        env[name] = str(path)
    return env


def clean_stale(root: str | os.PathLike[str] | None = None) -> list[Path]:
    """Remove our scratch folders in ``root`` (default: the temporary folder) whose owner is gone.

    Returns what was removed.  Never raises: cleaning must not stop an export.
    """
    removed: list[Path] = []
    root = Path(root) if root is not None else Path(tempfile.gettempdir())
    try:
        entries = list(os.scandir(root))
    except OSError:
        return removed
    for entry in entries:
        if not _NAME.match(entry.name):
            continue
        try:
            if not entry.is_dir(follow_symlinks=False):
                continue
            if _abandoned(Path(entry.path)):
                shutil.rmtree(entry.path, ignore_errors=True)
                removed.append(Path(entry.path))
        except OSError:
            continue
    return removed


def _mark(path: Path) -> int | None:
    """Create the marker and lock it; None if the folder vanished under us (a cleaner's race)."""
    marker = path / MARKER
    fd = os.open(marker, os.O_RDWR | os.O_CREAT | os.O_EXCL | getattr(os, "O_CLOEXEC", 0), 0o600)
    os.write(fd, f"CityPitch scratch folder of process {os.getpid()}\n".encode())
    if fcntl is None:  # pragma: no cover - Windows
        return fd
    fcntl.flock(fd, fcntl.LOCK_EX)
    try:
        mine, there = os.fstat(fd), os.lstat(marker)
    except OSError:
        os.close(fd)
        return None
    if (mine.st_dev, mine.st_ino) != (there.st_dev, there.st_ino):
        os.close(fd)
        return None
    return fd


def _abandoned(path: Path) -> bool:
    marker = path / MARKER
    try:
        info = os.lstat(marker)
    except OSError:
        return False  # not ours (or not ready yet)
    if not stat.S_ISREG(info.st_mode):
        return False
    if fcntl is None:  # pragma: no cover - Windows
        return time.time() - info.st_mtime > STALE_AFTER_S
    try:
        fd = os.open(marker, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_CLOEXEC", 0))
    except OSError:
        return False
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            return False  # its owner is alive
        return True
    finally:
        os.close(fd)
