"""The recovery area: autosaved copies of unsaved work, offered back after a crash.

Autosave never writes the user's own file. It writes ``<session>.citypitch`` (the whole project, with
its images) and ``<session>.json`` (what it is and when) into a folder in the user's data directory:
``platformdirs.user_data_dir("CityPitch")/recovery`` (on Linux ``~/.local/share/CityPitch/recovery``),
or ``$CITYPITCH_DATA_DIR/recovery`` when that variable is set.  Each running window has its own session
id; a normal close discards its entry.  Entries whose process is no longer running are what a crash
left behind: :meth:`RecoveryStore.orphans` lists them for the next launch to offer.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import re
import uuid
from dataclasses import dataclass
from pathlib import Path

from wizard import __version__, projectfile
from wizard.errors import ProjectFileError
from wizard.projectfile import Project

_SESSION = re.compile(r"^[0-9a-f]{32}$")


def data_dir() -> Path:
    """The user's CityPitch data folder (created on first use)."""
    override = os.environ.get("CITYPITCH_DATA_DIR")
    if override:
        folder = Path(override)
    else:
        import platformdirs

        folder = Path(platformdirs.user_data_dir("CityPitch", appauthor=False))
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def new_session_id() -> str:
    return uuid.uuid4().hex


@dataclass(frozen=True)
class RecoveryEntry:
    session: str
    title: str
    original_path: Path | None
    saved_at: dt.datetime
    pid: int
    archive: Path

    @property
    def description(self) -> str:
        where = str(self.original_path) if self.original_path else "never saved"
        return f"{self.title or 'Untitled proposal'} ({where}), autosaved {self.saved_at:%Y-%m-%d %H:%M}"


def _pid_alive(pid: int) -> bool:
    if pid <= 0:
        return False
    if pid == os.getpid():
        return True
    if os.name == "nt":  # os.kill(pid, 0) would send Ctrl+C to the process on Windows
        return _windows_pid_alive(pid)
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    except OSError:
        return False
    return True


def _windows_pid_alive(pid: int) -> bool:
    import ctypes

    kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined]
    process_query_limited_information, still_active = 0x1000, 259
    handle = kernel32.OpenProcess(process_query_limited_information, False, pid)
    if not handle:
        return False
    try:
        code = ctypes.c_ulong()
        return bool(kernel32.GetExitCodeProcess(handle, ctypes.byref(code))) and code.value == still_active
    finally:
        kernel32.CloseHandle(handle)


class RecoveryStore:
    """Reads and writes the recovery area."""

    def __init__(self, folder: Path | None = None) -> None:
        self.folder = folder if folder is not None else data_dir() / "recovery"

    def _paths(self, session: str) -> tuple[Path, Path]:
        if not _SESSION.match(session):
            raise ValueError(f"bad recovery session id {session!r}")
        return self.folder / f"{session}.citypitch", self.folder / f"{session}.json"

    def save(self, session: str, project: Project, data: bytes | None = None) -> Path:
        """Write the autosave of ``session``; ``data`` may be pre-serialised (see projectfile.to_bytes)."""
        self.folder.mkdir(parents=True, exist_ok=True)
        archive, meta = self._paths(session)
        payload = data if data is not None else projectfile.to_bytes(project)
        projectfile.write_atomic(archive, payload, backup=False)
        info = {
            "title": project.proposal.meta.project_name,
            "original_path": str(project.path) if project.path else None,
            "saved_at": dt.datetime.now().isoformat(timespec="seconds"),
            "pid": os.getpid(),
            "app_version": __version__,
        }
        projectfile.write_atomic(meta, json.dumps(info, ensure_ascii=False).encode(), backup=False)
        return archive

    def entries(self) -> list[RecoveryEntry]:
        """Every readable entry, newest first (unreadable metadata is skipped, never deleted)."""
        found: list[RecoveryEntry] = []
        if not self.folder.is_dir():
            return found
        for meta in self.folder.glob("*.json"):
            session = meta.stem
            if not _SESSION.match(session):
                continue
            archive = meta.with_suffix(".citypitch")
            try:
                info = json.loads(meta.read_text(encoding="utf-8"))
                saved_at = dt.datetime.fromisoformat(info["saved_at"])
                original = Path(info["original_path"]) if info.get("original_path") else None
                entry = RecoveryEntry(session, str(info.get("title") or ""), original, saved_at,
                                      int(info.get("pid", 0)), archive)
            except (OSError, ValueError, KeyError, TypeError):
                continue
            if archive.is_file():
                found.append(entry)
        return sorted(found, key=lambda e: e.saved_at, reverse=True)

    def orphans(self) -> list[RecoveryEntry]:
        """Entries left by processes that are no longer running (crashed or killed)."""
        return [e for e in self.entries() if not _pid_alive(e.pid)]

    def load(self, entry: RecoveryEntry) -> Project:
        """The recovered project; it keeps its original path so Save writes where the user expects."""
        try:
            project = projectfile.load(entry.archive)
        except ProjectFileError as exc:
            raise ProjectFileError(entry.archive, f"the autosaved copy cannot be recovered: {exc.problem}") from None
        project.path = entry.original_path
        return project

    def discard(self, session: str) -> None:
        for path in self._paths(session):
            try:
                path.unlink()
            except FileNotFoundError:
                pass
