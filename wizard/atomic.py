"""The one way CityPitch writes a file the user sees: atomically, with plain-language errors (no Qt).

Every output goes through here: project saves (:func:`wizard.projectfile.save`), recovery copies
(:mod:`wizard.recovery`), PDF exports (:mod:`wizard.export`, :mod:`wizard.isolation`) and any writer
added later (spreadsheets, slides).  Three calls, one behaviour::

    from wizard import atomic
    atomic.write_bytes(path, data)                      # bytes already in memory
    atomic.write_with(path, lambda f: book.save(f))     # a library that writes to a file object
    with atomic.open_for_writing(path) as handle:       # anything else
        handle.write(...)

What a caller can rely on:

- **Old file or new file, never a torn one.**  The data goes to a temporary file in the destination's
  own folder, is flushed and fsynced, and only then renamed over the destination (``os.replace``); the
  folder is fsynced after.  If the block or the callback raises, nothing at the destination changes and
  the temporary file is removed.
- **What may be replaced.**  A regular file, or nothing.  A folder, a device (``/dev/full``, a disk), a
  named pipe or a socket at the destination is refused with a :class:`WriteError` saying which, before
  anything is written (replacing a device node as root would take it off the system).
- **Symbolic links are written through.**  A destination that is a link (or lies under linked folders)
  is resolved, and the file the link points to is replaced; the link itself stays as it was, so a
  shared file reached through a link is updated for everyone.  A backup is kept beside that real file.
  A link that points nowhere is written through too (the file is created where it points, if that
  folder exists); a loop of links is refused.  A file with several hard links is replaced at this name
  only: the other names keep the earlier content (the price of the atomic rename).
- **Names within the file system's limit.**  The user's file name is never changed.  The temporary
  name (``.<start of the name>.citypitch-<pid>-<random>.tmp``) and, where ``<name>.bak`` would be too
  long, the backup name (``<start of the name>~<hash>.bak``) are shortened to fit the folder's limit
  (``NAME_MAX``, 255 bytes on the usual file systems).
- **Nothing is left behind.**  A process killed while writing leaves its temporary file; the next write
  into the same folder removes every such leftover whose writer is gone.  Only our own files are ever
  touched: a leftover is recognised by its name *and* by holding no lock (each writer keeps an
  exclusive ``flock`` on its temporary file while it lives; the kernel drops it when the process dies).
  Where ``flock`` does not exist (Windows), a leftover is removed once it is a day old.
- **The mode a new file would get.**  A new destination gets ``0o666`` less the umask, applied by the
  kernel when the temporary file is created (the umask is never read, so no other thread can see it
  changed); a replaced file keeps its own mode.
- **Errors in words.**  Every failure is a :class:`WriteError` (a
  :class:`~wizard.errors.ProjectFileError`) whose message names the file and the reason (disk full,
  read-only folder, folder gone, name too long...) and says nothing was changed.

The checks are made just before writing; a file swapped in by someone else in the instant between the
check and the rename is not guarded against (the user's own files, not a hostile multi-user setting).
"""

from __future__ import annotations

import errno
import hashlib
import os
import re
import secrets
import stat
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO

from wizard.errors import ProjectFileError
from wizard.i18n.said import Said, said, template

try:  # POSIX; on Windows leftovers are recognised by age alone (see the module docstring)
    import fcntl
except ImportError:  # pragma: no cover - Windows
    fcntl = None  # type: ignore[assignment]

#: Name limit assumed where the file system does not say (``pathconf`` missing or failing).
DEFAULT_NAME_MAX = 255
#: Where locks are not available, a leftover temporary file is removed once it is this old (seconds).
STALE_AFTER_S = 24 * 3600
#: Suffix of a backup (``plan.citypitch`` -> ``plan.citypitch.bak``).
BACKUP_SUFFIX = ".bak"

_TMP_MARK = ".citypitch-"
_TMP_SUFFIX = ".tmp"
_TMP_NAME = re.compile(r"^\..*\.citypitch-\d+-[0-9a-z]{8}\.tmp$", re.DOTALL)


class WriteError(ProjectFileError):
    """A file could not be written; the message names it, says why, and that nothing was changed."""


# --- the public calls ----------------------------------------------------------------------------


def write_bytes(target: str | os.PathLike[str], data: bytes, *, backup: bool = False) -> Path:
    """Replace ``target`` with ``data`` atomically; returns the path of the file written.

    With ``backup`` the current file, if any, is first kept as its backup (:func:`backup_path`).
    The returned path is the real file: ``target`` itself, or what a link at ``target`` points to.
    """
    return write_with(target, lambda handle: handle.write(data), backup=backup)


def write_with(target: str | os.PathLike[str], write: Callable[[IO[bytes]], object], *,
               backup: bool = False) -> Path:
    """Call ``write(handle)`` with a binary file object and put what it wrote at ``target`` atomically.

    Made for libraries that save to a file object (``workbook.save(handle)``, ``presentation.save(handle)``);
    an exception from ``write`` leaves the destination untouched and is raised as it is (an OSError, such
    as a full disk, as :class:`WriteError`).
    """
    with _writing(target, backup) as (handle, destination):
        write(handle)
    return destination


@contextmanager
def open_for_writing(target: str | os.PathLike[str], *, backup: bool = False) -> Iterator[IO[bytes]]:
    """A binary handle to a temporary file that replaces ``target`` only if the block ends normally.

    OSErrors from the file system become :class:`WriteError`; anything else is raised unchanged.
    """
    with _writing(target, backup) as (handle, _destination):
        yield handle


@contextmanager
def _writing(target: str | os.PathLike[str], backup: bool) -> Iterator[tuple[IO[bytes], Path]]:
    shown = Path(target)
    destination = check_destination(shown)
    folder = destination.parent
    try:
        clean_leftovers(folder)
        fd, tmp = _create_temp(destination)
    except OSError as exc:
        raise WriteError(shown, os_problem(exc)) from None
    try:
        with os.fdopen(fd, "wb") as handle:
            yield handle, destination
            handle.flush()
            os.fsync(handle.fileno())
            if backup and destination.is_file():
                _copy_backup(destination)
            os.replace(tmp, destination)  # the lock goes with the descriptor when the handle closes
        _fsync_dir(folder)
    except BaseException as exc:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        if isinstance(exc, OSError) and not isinstance(exc, ProjectFileError):
            raise WriteError(shown, os_problem(exc)) from None
        raise


def check_destination(target: str | os.PathLike[str]) -> Path:
    """The real file a write to ``target`` would replace, or :class:`WriteError` if it must not be.

    Links are resolved (see the module docstring); a folder, device, pipe or socket is refused.
    """
    shown = Path(target)
    if not shown.name or shown.name in (".", ".."):
        raise WriteError(shown, said("this names a folder, not a file: choose a file name"))
    try:
        real = Path(os.path.realpath(shown))
    except (OSError, ValueError) as exc:
        raise WriteError(shown, said("the path cannot be followed (%1)", str(exc))) from None
    try:
        info = os.stat(real)
    except FileNotFoundError:
        return real  # a new file (or a link to where one will be): created there
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            raise WriteError(shown, said("the path is a loop of links that never reaches a file: nothing was written")) from None
        raise WriteError(shown, os_problem(exc)) from None
    kind = _kind_of(info.st_mode)
    if kind:
        # Sentences a translated window words (wizard.i18n.said); the English is the command line's.
        if real != shown.absolute() and os.path.islink(shown):
            raise WriteError(shown, said("this is %1, not a file (the link leads to %2): CityPitch only replaces regular "
                                         "files, so nothing was written. Choose a file name", Said(kind), str(real)))
        raise WriteError(shown, said("this is %1, not a file: CityPitch only replaces regular files, so nothing was "
                                     "written. Choose a file name", Said(kind)))
    return real


def backup_path(path: str | os.PathLike[str]) -> Path:
    """Where the backup of ``path`` is kept: ``<name>.bak`` beside it, shortened if that name is too long."""
    return sibling(path, suffix=BACKUP_SUFFIX)


def sibling(path: str | os.PathLike[str], *, prefix: str = "", suffix: str = "", reserve: int = 0) -> Path:
    """A file beside ``path`` named ``prefix + name + suffix``, shortened to fit the folder's name limit.

    Where that name would be longer than the limit (less ``reserve`` bytes, for a program that adds its
    own ending), the middle is cut and a short hash of the full name keeps it unique:
    ``prefix + <start of the name> + "~" + <8 hex digits> + suffix``.  Used for backups and lock files.
    """
    path = Path(path)
    limit = _name_max(path.parent) - reserve
    name = prefix + path.name + suffix
    if len(os.fsencode(name)) <= limit:
        return path.with_name(name)
    digest = hashlib.sha256(os.fsencode(path.name)).hexdigest()[:8]
    tail = f"~{digest}{suffix}"
    return path.with_name(prefix + _cut(path.name, limit - len(tail.encode()) - len(prefix.encode())) + tail)


def clean_leftovers(folder: str | os.PathLike[str]) -> list[Path]:
    """Remove temporary files that killed writers left in ``folder``; returns what was removed.

    Only files named like ours and no longer locked by a live writer are removed (see the module
    docstring).  Errors are ignored: cleaning never stops a save.
    """
    removed: list[Path] = []
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return removed
    for entry in entries:
        if not _TMP_NAME.match(entry.name):
            continue
        try:
            if not entry.is_file(follow_symlinks=False):
                continue
            if _orphaned(entry.path):
                os.unlink(entry.path)
                removed.append(Path(entry.path))
        except OSError:
            continue
    return removed


#: What went wrong in a write, by the OSError's number, in a planner's words (a translated window words them).
_REASONS = {
    errno.ENOSPC: template("the disk is full"),
    errno.EDQUOT: template("the disk quota is used up"),
    errno.EROFS: template("the folder is read-only"),
    errno.EACCES: template("permission denied"),
    errno.EPERM: template("permission denied"),
    errno.ENOENT: template("the folder does not exist (was it moved or unplugged?)"),
    errno.ENOTDIR: template("part of the path is not a folder"),
    errno.ENAMETOOLONG: template("the file name is too long"),
    errno.EISDIR: template("a folder is in the way"),
    errno.ELOOP: template("the path is a loop of links"),
    errno.EXDEV: template("the file and its folder are on different disks"),
}


def os_problem(exc: OSError) -> Said:
    """An OSError from writing, as the plain-language end of a :class:`WriteError` message (a sentence: the
    system's own words, for a reason not listed, stay as the system gave them)."""
    known = _REASONS.get(exc.errno or 0)
    reason: Said | str = Said(known) if known is not None else str(exc.strerror or exc)
    return said("the file could not be saved: %1. Nothing was changed on disk; choose another place to save it", reason)


# --- inside ----------------------------------------------------------------------------------------


def _kind_of(mode: int) -> str:
    if stat.S_ISREG(mode):
        return ""
    if stat.S_ISDIR(mode):
        return template("a folder")
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return template("a device")
    if stat.S_ISFIFO(mode):
        return template("a named pipe")
    if stat.S_ISSOCK(mode):
        return template("a socket")
    return template("something other than a file")


def _name_max(folder: Path) -> int:
    try:
        limit = os.pathconf(folder if str(folder) else ".", "PC_NAME_MAX")
    except (OSError, ValueError, AttributeError):
        return DEFAULT_NAME_MAX
    return limit if isinstance(limit, int) and limit > 0 else DEFAULT_NAME_MAX


def _cut(name: str, limit: int) -> str:
    """The longest start of ``name`` whose encoded form fits ``limit`` bytes (never half a character)."""
    encoded = os.fsencode(name)
    if len(encoded) <= limit:
        return name
    cut = encoded[:max(limit, 0)]
    for drop in range(4):  # a UTF-8 character is at most 4 bytes: step back to the start of one
        try:
            return cut[:len(cut) - drop].decode("utf-8")
        except UnicodeDecodeError:
            continue
    return os.fsdecode(cut)  # not UTF-8 at all (a name in another encoding): keep the bytes as they are


def temp_name(destination: Path) -> str:
    """A fresh temporary name for writing ``destination``, within the folder's name limit."""
    tail = f"{_TMP_MARK}{os.getpid()}-{secrets.token_hex(4)}{_TMP_SUFFIX}"
    room = _name_max(destination.parent) - 1 - len(tail.encode())
    return "." + _cut(destination.name, room) + tail


def _create_temp(destination: Path) -> tuple[int, Path]:
    """Create and lock a new temporary file beside ``destination``; returns its descriptor and path.

    ``0o666`` lets the kernel apply the umask (and a folder's default ACL) exactly as for any new file;
    a destination that exists passes its own mode on.
    """
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_CLOEXEC", 0)
    flags |= getattr(os, "O_BINARY", 0)
    for _ in range(100):
        tmp = destination.with_name(temp_name(destination))
        try:
            fd = os.open(tmp, flags, 0o666)
        except FileExistsError:
            continue
        try:
            if fcntl is not None:
                fcntl.flock(fd, fcntl.LOCK_EX)
                # A cleaner may have taken the unlocked file for a leftover in the instant before the
                # lock: then the name no longer leads to our file, and we start again.
                if not _same_file(fd, tmp):
                    os.close(fd)
                    continue
            _give_mode(fd, destination)
        except BaseException:
            os.close(fd)
            try:
                os.unlink(tmp)
            except OSError:
                pass
            raise
        return fd, tmp
    raise OSError(errno.EEXIST, "no free temporary name")


def _same_file(fd: int, path: Path) -> bool:
    try:
        mine, there = os.fstat(fd), os.lstat(path)
    except OSError:
        return False
    return (mine.st_dev, mine.st_ino) == (there.st_dev, there.st_ino)


def _give_mode(fd: int, destination: Path) -> None:
    try:
        mode = stat.S_IMODE(os.stat(destination).st_mode)
    except OSError:
        return  # a new file: the mode the kernel gave the temporary file is the right one
    try:
        if hasattr(os, "fchmod"):
            os.fchmod(fd, mode)
    except OSError:
        pass  # file systems without modes (FAT, some shares) keep their own


def _orphaned(path: str) -> bool:
    """True if the temporary file at ``path`` belongs to no live writer."""
    if fcntl is None:  # pragma: no cover - Windows: an open file cannot be removed there anyway
        try:
            return time.time() - os.lstat(path).st_mtime > STALE_AFTER_S
        except OSError:
            return False
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_CLOEXEC", 0)
                     | getattr(os, "O_NONBLOCK", 0))
    except OSError:
        return False
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            return False
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            return False  # a live writer holds it
        return _same_file(fd, Path(path))
    finally:
        os.close(fd)  # releases our lock too


def _copy_backup(target: Path) -> None:
    """Keep the current file as its backup (itself written through a temporary file, then renamed)."""
    bak = backup_path(target)
    fd, tmp = _create_temp(bak)
    try:
        with os.fdopen(fd, "wb") as out, target.open("rb") as src:
            while chunk := src.read(1024 * 1024):
                out.write(chunk)
            out.flush()
            os.fsync(out.fileno())
            try:
                mode = os.lstat(bak).st_mode
            except FileNotFoundError:
                mode = stat.S_IFREG
            if not (stat.S_ISREG(mode) or stat.S_ISLNK(mode)):  # renaming over a link replaces the link only
                raise OSError(errno.EEXIST, f"{bak.name} is in the way and is not a file")
            os.replace(tmp, bak)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise


def _fsync_dir(folder: Path) -> None:
    if not hasattr(os, "O_DIRECTORY"):
        return  # Windows cannot open a folder for fsync
    try:
        fd = os.open(folder, os.O_RDONLY | os.O_DIRECTORY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
