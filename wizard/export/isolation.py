"""Export isolation: render a deck in a child process that can be timed out, capped and cancelled.

WeasyPrint runs in our own process with no limits: a pathological proposal (a table that never fits, an
image that decodes to gigabytes) could hang the wizard or take the machine's memory, and it is not known
to be thread-safe.  :func:`run_isolated` runs the export in a fresh ``python -m wizard.export.worker``
instead (no Qt, no shared state), and guarantees:

- **Time**: after ``timeout_s`` of wall-clock time (default :data:`DEFAULT_TIMEOUT_S`) the child is
  stopped and :class:`ExportTimedOut` is raised.
- **Memory**: the child's address space is capped at ``memory_limit`` bytes (default
  :data:`DEFAULT_MEMORY_LIMIT`, 1.5 GiB, via ``RLIMIT_AS`` where the platform has it, which is Linux and
  macOS).  Address space is more than resident memory: exporting a bundled sample reserved about
  350 MB of it (VmPeak; shared libraries, thread stacks, malloc arenas) with about 110 MB resident
  (VmHWM), measured November 2026, so the cap leaves room for big images while stopping a runaway.
  Past the cap an allocation fails, and the child reports :class:`ExportOutOfMemory`.
- **Cancel**: :meth:`IsolatedExport.cancel` (from any thread) terminates the child at once (SIGTERM,
  then SIGKILL after :data:`KILL_GRACE_S`); :func:`run_isolated` then raises :class:`ExportStopped`.
- **Crashes**: a child that dies (segfault, abort, SIGKILL) gives :class:`ExportCrashed`, with the last
  lines it wrote to stderr.
- **No partial output**: the child writes into a private scratch folder (:mod:`wizard.scratch`; the
  child's ``TMPDIR`` points there too, so WeasyPrint's own temporary folder is inside it); only a
  finished PDF is copied over ``out``, atomically (:func:`wizard.atomic.write_bytes`).  Whatever
  happens, the scratch folder is removed (if this process is killed, by the next export) and an earlier
  file at ``out`` is untouched.
- **Naming the project**: ``source`` (the project's file) travels in the request's header; the default
  target names it in image errors.

The parent never raises anything else for a failed render: every failure is an :class:`IsolationError`
(a :class:`~wizard.errors.CityPitchError`) with a message for the user.  Progress reported by the
export arrives through ``progress(stage, fraction)`` in the calling thread.

The ``target`` parameter (``"module:function"``) is part of the API: tests and tools may run another
function in the child in place of the deck export.  It is called as
``function(project_bytes, out, options, progress, cancelled)`` and must write ``out``; see
:func:`wizard.export.worker.export_deck` for the default.
"""

from __future__ import annotations

import json
import os
import queue
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import IO, Any

import wizard
from wizard.errors import CityPitchError
from wizard.i18n.said import Said, said, template

DEFAULT_TARGET = "wizard.export.worker:export_deck"
DEFAULT_TIMEOUT_S = 300.0
DEFAULT_MEMORY_LIMIT = 1536 * 1024 * 1024
#: How long a child may take to stop after SIGTERM before it is killed.
KILL_GRACE_S = 2.0
#: How often the parent looks at the clock and the cancel flag while the child is quiet.
POLL_S = 0.05
_STDERR_TAIL = 2000


class IsolationError(CityPitchError):
    """An isolated export did not produce a file; the message says why."""


class ExportTimedOut(IsolationError):
    """The render went on longer than allowed and was stopped."""


class ExportOutOfMemory(IsolationError):
    """The render needed more memory than allowed and was stopped."""


class ExportCrashed(IsolationError):
    """The rendering process ended without finishing (a crash, or killed from outside)."""


class ExportStopped(IsolationError):
    """The user cancelled the export."""


class ExportFailed(IsolationError):
    """The export itself refused the proposal (for example an image that is missing); see the message."""


def refused(outcome: dict[str, Any]) -> ExportFailed:
    """The export's refusal a child reported (``{"type": "error", "kind": "user", "message", "said"}``), with
    the sentence's parts when it sent them (:mod:`wizard.i18n.said`: a translated window words it)."""
    from wizard.i18n.said import Said

    text = str(outcome.get("message", ""))
    said = Said.from_data(outcome.get("said"))
    return ExportFailed.saying(said) if said is not None and str(said) == text else ExportFailed(text)


Progress = Callable[[str, float], None]


def _child_env() -> dict[str, str]:
    """The child imports this very copy of ``wizard`` first (source tree, wheel or editable install)."""
    env = dict(os.environ)
    root = str(Path(wizard.__file__).resolve().parent.parent)
    env["PYTHONPATH"] = os.pathsep.join([root, *[p for p in env.get("PYTHONPATH", "").split(os.pathsep) if p]])
    env["PYTHONUNBUFFERED"] = "1"
    env.pop("QT_QPA_PLATFORM", None)  # the child never loads Qt; keep its environment plain
    return env


# Why an export stopped outside the proposal, as sentences a translated window words (wizard.i18n.said);
# the English is the command line's.  ``process``: which process ("the export process", "the render process").
EXPORT_PROCESS = template("the export process")
RENDER_PROCESS = template("the render process")


def timed_out(seconds: float) -> Said:
    return said("the export took longer than %1 seconds and was stopped; no file was written. Large images or very "
                "long texts are the usual cause", f"{seconds:g}")


def out_of_memory(limit: int) -> Said:
    return said("the export needed more than %1 MB of memory and was stopped; no file was written. Smaller images "
                "usually help", str(limit // (1024 * 1024)))


def internal_error(text: str) -> Said:
    return said("the export stopped with an internal error (%1); no file was written", text)


def no_file(process: str) -> Said:
    """``process`` reported success but its file is not there."""
    return said("%1 reported success but wrote no file; no file was written", Said(process))


def not_started(process: str, exc: OSError) -> Said:
    return said("%1 could not be started (%2)", Said(process), str(exc.strerror or exc))


def died(process: str, code: int | None, tail: str, killed_by_system: bool) -> Said:
    """Why ``process`` ended without answering (its exit ``code``; ``tail``: the last words it wrote)."""
    if code is not None and code < 0:
        sentence = said("%1 was killed by the system, most likely because the computer ran out of memory; no file was "
                        "written.", Said(process)) if killed_by_system \
            else said("%1 crashed (%2); no file was written.", Said(process), _signal_name(-code))
    else:
        sentence = said("%1 ended unexpectedly (exit status %2); no file was written.", Said(process), str(code))
    return said("%1 Last words: %2", sentence, tail) if tail else sentence


def write_failed(exc: CityPitchError) -> ExportFailed:
    """The finished file could not be put in place (a full disk, a read-only folder): said in words."""
    return ExportFailed.saying(exc.said) if exc.said is not None else ExportFailed(str(exc))


def _signal_name(number: int) -> str:
    try:
        return signal.Signals(number).name
    except ValueError:
        return f"signal {number}"


class IsolatedExport:
    """One export in a child process; :meth:`run` blocks, :meth:`cancel` may be called from any thread."""

    def __init__(self, project_bytes: bytes, out: str | os.PathLike[str], options: dict[str, Any] | None = None, *,
                 target: str = DEFAULT_TARGET, timeout_s: float = DEFAULT_TIMEOUT_S,
                 memory_limit: int = DEFAULT_MEMORY_LIMIT, progress: Progress | None = None,
                 source: str | os.PathLike[str] | None = None) -> None:
        self.project_bytes = project_bytes
        #: The project's own file, named in messages (the child only sees the bytes).
        self.source = str(source) if source is not None else None
        self.out = Path(out)
        self.options = dict(options or {})
        self.target = target
        self.timeout_s = timeout_s
        self.memory_limit = memory_limit
        self.progress = progress
        self._cancelled = threading.Event()
        self._lock = threading.Lock()
        self._child: subprocess.Popen[bytes] | None = None
        self._stopped_by_us = False
        self._writer: threading.Thread | None = None
        self._reader: threading.Thread | None = None
        #: The child's process id while it runs (for tests and diagnostics).
        self.pid: int | None = None
        #: What the target handed back besides the file, once it has finished (see wizard.export.worker).
        self.info: dict[str, Any] = {}

    # --- control from other threads -------------------------------------------------------------

    def cancel(self) -> None:
        """Stop the export as soon as possible; :meth:`run` raises :class:`ExportStopped`."""
        self._cancelled.set()
        with self._lock:
            if self._child is not None and self._child.poll() is None:
                self._stopped_by_us = True
                self._child.terminate()

    @property
    def cancelled(self) -> bool:
        return self._cancelled.is_set()

    # --- the run --------------------------------------------------------------------------------

    def run(self) -> Path:
        """Render, then put the PDF at ``out``; returns ``out`` or raises an :class:`IsolationError`."""
        if self._cancelled.is_set():
            raise ExportStopped("the export was cancelled; no file was written")
        from wizard import scratch

        # A marked scratch folder: removed here, or by the next export if this process is killed; the
        # child's own temporary files (WeasyPrint's font folder) go inside it too (TMPDIR).
        workdir, lock = scratch.create("export")
        try:
            return self._run_in(workdir)
        finally:
            scratch.release(workdir, lock)

    def _run_in(self, workdir: Path) -> Path:
        from wizard import scratch

        child_out = workdir / ("deck" + (self.out.suffix or ".pdf"))
        stderr_path = workdir / "stderr.txt"
        header = {
            "target": self.target,
            "out": str(child_out),
            "options": self.options,
            "size": len(self.project_bytes),
            "memory_limit": int(self.memory_limit),
            "timeout_s": float(self.timeout_s),
            "source": self.source,
        }
        deadline = time.monotonic() + self.timeout_s
        with stderr_path.open("wb") as stderr:
            with self._lock:
                if self._cancelled.is_set():
                    raise ExportStopped("the export was cancelled; no file was written")
                try:
                    self._child = subprocess.Popen(
                        [sys.executable, "-m", "wizard.export.worker"], stdin=subprocess.PIPE,
                        stdout=subprocess.PIPE, stderr=stderr, cwd=workdir, env=scratch.child_environment(workdir, _child_env()))
                except OSError as exc:
                    raise ExportCrashed.saying(not_started(EXPORT_PROCESS, exc)) from None
                child = self._child
                self.pid = child.pid
            outcome: dict[str, Any] | str = "interrupted"
            try:
                outcome = self._converse(child, header, deadline)
            finally:
                self._finish(child, stop_now=not isinstance(outcome, dict) and outcome != "eof")
        return self._conclude(child, outcome, child_out, stderr_path)

    def _converse(self, child: subprocess.Popen[bytes], header: dict[str, Any], deadline: float) -> dict[str, Any] | str:
        """Send the request and follow the child's messages; returns its last message or why we stopped."""
        assert child.stdin is not None and child.stdout is not None
        self._writer = threading.Thread(target=self._send_request, args=(child.stdin, header), daemon=True,
                                        name="export-request")
        self._writer.start()
        # A reader thread rather than select(): select() cannot wait on pipes on Windows.
        lines: queue.Queue[bytes | None] = queue.Queue()
        self._reader = threading.Thread(target=self._read_lines, args=(child.stdout, lines), daemon=True,
                                        name="export-replies")
        self._reader.start()
        last: dict[str, Any] | str = "eof"
        while True:
            if self._cancelled.is_set():
                return "cancelled"
            now = time.monotonic()
            if now >= deadline:
                return "timeout"
            try:
                line = lines.get(timeout=min(POLL_S, deadline - now))
            except queue.Empty:
                continue
            if line is None:
                return last
            message = self._parse(line)
            if message is None:
                continue
            if message.get("type") == "progress":
                if self.progress is not None:
                    self.progress(str(message.get("stage", "")), float(message.get("fraction", 0.0)))
            else:
                last = message

    @staticmethod
    def _read_lines(stream: IO[bytes], lines: "queue.Queue[bytes | None]") -> None:
        try:
            for line in stream:
                lines.put(line)
        except (OSError, ValueError):
            pass  # the pipe was closed under us: the child is gone
        lines.put(None)

    @staticmethod
    def _parse(line: bytes) -> dict[str, Any] | None:
        try:
            message = json.loads(line.decode("ascii"))
        except (UnicodeDecodeError, ValueError):
            return None
        return message if isinstance(message, dict) else None

    def _send_request(self, stdin: IO[bytes], header: dict[str, Any]) -> None:
        # On its own thread: a large project fills the pipe, and the child may die before reading it.
        try:
            stdin.write(json.dumps(header).encode("utf-8") + b"\n")
            view = memoryview(self.project_bytes)
            for start in range(0, len(view), 1024 * 1024):
                stdin.write(view[start:start + 1024 * 1024])
            stdin.flush()
        except (BrokenPipeError, OSError, ValueError):
            pass  # the child is gone; its exit status says why

    def _finish(self, child: subprocess.Popen[bytes], stop_now: bool) -> None:
        """Make sure the child is gone and reaped, whatever happened.

        After a normal end (its output closed) the child is given a moment to exit by itself, so a
        finished export is never mistaken for one we stopped.
        """
        if not stop_now:
            try:
                child.wait(KILL_GRACE_S)
            except subprocess.TimeoutExpired:
                pass
        with self._lock:
            if child.poll() is None:
                self._stopped_by_us = True
                child.terminate()
        try:
            child.wait(KILL_GRACE_S)
        except subprocess.TimeoutExpired:
            child.kill()
            child.wait()
        # The child is gone: a write still blocked on the pipe fails at once, and the reader meets the
        # end of its output, so both threads finish before their pipes are closed.
        for thread in (self._writer, self._reader):
            if thread is not None:
                thread.join(KILL_GRACE_S)
        for stream in (child.stdin, child.stdout):
            try:
                if stream is not None:
                    stream.close()
            except OSError:
                pass
        with self._lock:
            self._child = None

    def _conclude(self, child: subprocess.Popen[bytes], outcome: dict[str, Any] | str, child_out: Path,
                  stderr_path: Path) -> Path:
        nothing = "no file was written"
        code = child.returncode
        finished = isinstance(outcome, dict) and outcome.get("type") == "done" and code == 0
        if outcome == "cancelled" or (self._cancelled.is_set() and not finished):
            # A cancel can also show up first as the end of the child's output: it was still a cancel.
            raise ExportStopped(f"the export was cancelled; {nothing}")
        if outcome == "timeout":
            raise ExportTimedOut.saying(timed_out(self.timeout_s))
        if isinstance(outcome, dict) and outcome.get("type") == "error":
            kind = outcome.get("kind")
            text = str(outcome.get("message", ""))
            if kind == "memory":
                raise ExportOutOfMemory.saying(out_of_memory(self.memory_limit))
            if kind == "user":
                raise refused(outcome)
            raise ExportCrashed.saying(internal_error(text))
        if finished:
            assert isinstance(outcome, dict)
            info = outcome.get("info")
            self.info = dict(info) if isinstance(info, dict) else {}  # what the target handed back
            if not child_out.is_file():
                raise ExportCrashed.saying(no_file(template("the export")))
            from wizard import atomic

            try:
                atomic.write_bytes(self.out, child_out.read_bytes())
            except CityPitchError as exc:  # disk full, read-only or vanished folder: said in words
                raise write_failed(exc) from None
            return self.out
        tail = self._stderr_tail(stderr_path)
        killed = code is not None and -code == getattr(signal, "SIGKILL", 9) and not self._stopped_by_us
        error = ExportOutOfMemory if killed else ExportCrashed
        raise error.saying(died(EXPORT_PROCESS, code, tail, killed))

    @staticmethod
    def _stderr_tail(path: Path) -> str:
        try:
            with path.open("rb") as handle:
                handle.seek(max(0, path.stat().st_size - _STDERR_TAIL))
                text = handle.read().decode("utf-8", "replace")
        except OSError:
            return ""
        lines = [line.strip() for line in text.splitlines() if line.strip()]
        return " | ".join(lines[-3:])


class WarmJob:
    """One request to a warm render process (:class:`wizard.export.warm.WarmRenderer`): :meth:`cancel`
    may be called from any thread."""

    def __init__(self) -> None:
        self._cancelled = threading.Event()

    def cancel(self) -> None:
        self._cancelled.set()

    @property
    def cancelled(self) -> bool:
        return self._cancelled.is_set()


class IsolatedRender:
    """One render of a project in a child process, to a file or to bytes; cancellable from any thread.

    With ``out`` the finished PDF is put there (atomically: an earlier file is untouched by a failure or
    a cancel) and :meth:`run` returns the path; without it the PDF is made in a private temporary folder
    and :meth:`run` returns its bytes.  This is what the wizard's Export step runs in the background for
    its previews and exports; it holds no Qt object.
    """

    def __init__(self, project: Any, options: dict[str, Any], out: Path | None = None, *,
                 target: str = DEFAULT_TARGET, progress: Progress | None = None, server: Any = None) -> None:
        self.project = project
        self.options = dict(options)
        self.out = out
        self.target = target
        self.progress = progress
        #: A :class:`wizard.export.warm.WarmRenderer` to render in (None: a fresh child for this render).
        self.server: Any = server
        #: What the target handed back besides the file (the single-slide target: which slide it drew).
        self.info: dict[str, Any] = {}
        self._lock = threading.Lock()
        self._cancelled = False
        self._job: Any = None
        self._pid: int | None = None

    @property
    def pid(self) -> int | None:
        """The child's process id once it has started."""
        job = self._job
        if isinstance(job, IsolatedExport):
            return job.pid
        return self._pid

    def cancel(self) -> None:
        """Stop as soon as possible; :meth:`run` raises ExportStopped.

        A fresh child is terminated at once; a warm one stops at its next page and stays warm.
        """
        with self._lock:
            self._cancelled = True
            job = self._job
        if job is not None:
            job.cancel()

    def _run_warm(self, data: bytes) -> Path | bytes:
        # The server is a wizard.export.warm.WarmRenderer (not imported here: that module imports this one).
        job = WarmJob()
        with self._lock:
            if self._cancelled:
                raise ExportStopped("the export was cancelled; no file was written")
            self._job = job
        self._pid = self.server.pid
        result: Path | bytes
        result, self.info = self.server.render(data, self.out, self.options, target=self.target,
                                               progress=self._progress_with_pid, job=job,
                                               source=getattr(self.project, "path", None))
        return result

    def _progress_with_pid(self, stage: str, fraction: float) -> None:
        self._pid = self.server.pid if self.server is not None else self._pid
        if self.progress is not None:
            self.progress(stage, fraction)

    def run(self) -> Path | bytes:
        """Render; returns the path (with ``out``) or the PDF's bytes, or raises an IsolationError."""
        from wizard import scratch
        from wizard.projectfile import to_bytes

        workdir: Path | None = None
        lock: int | None = None
        try:
            data = to_bytes(self.project)
            if self.server is not None:
                return self._run_warm(data)
            if self.out is None:
                workdir, lock = scratch.create("preview")  # marked: a killed wizard's is cleaned next time
                out = workdir / "preview.pdf"
            else:
                out = self.out
            job = IsolatedExport(data, out, self.options, target=self.target, progress=self.progress,
                                 source=getattr(self.project, "path", None))  # image errors name the project file
            with self._lock:
                if self._cancelled:
                    raise ExportStopped("the export was cancelled; no file was written")
                self._job = job
            written = job.run()
            self.info = job.info
            return written.read_bytes() if self.out is None else written
        finally:
            if workdir is not None:
                scratch.release(workdir, lock)


def run_isolated(project_bytes: bytes, out: str | os.PathLike[str], options: dict[str, Any] | None = None, *,
                 target: str = DEFAULT_TARGET, timeout_s: float = DEFAULT_TIMEOUT_S,
                 memory_limit: int = DEFAULT_MEMORY_LIMIT, progress: Progress | None = None,
                 source: str | os.PathLike[str] | None = None) -> Path:
    """Export in a child process (see the module docstring); returns ``out`` or raises IsolationError."""
    job = IsolatedExport(project_bytes, out, options, target=target, timeout_s=timeout_s,
                         memory_limit=memory_limit, progress=progress, source=source)
    return job.run()


def export_isolated(project: Any, out: str | os.PathLike[str], options: Any = None, *,
                    progress: Progress | None = None, **limits: Any) -> Path:
    """Convenience for callers holding a :class:`~wizard.projectfile.Project` and ``ExportOptions``."""
    import dataclasses

    from wizard.projectfile import to_bytes

    if options is not None and dataclasses.is_dataclass(options) and not isinstance(options, type):
        opts = dataclasses.asdict(options)
    else:
        opts = dict(options or {})
    limits.setdefault("source", getattr(project, "path", None))
    return run_isolated(to_bytes(project), out, opts, progress=progress, **limits)
