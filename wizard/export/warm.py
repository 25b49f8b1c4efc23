"""A warm render process: WeasyPrint imported once, serving one render after another (no Qt).

A cold render (:mod:`wizard.export.isolation`) starts a fresh Python, imports WeasyPrint and CityPitch
(0.6-0.8 s on this machine) and compiles the deck's template before it lays out a single slide.  The
wizard renders often (the preview after every pause in typing, the edited slide after every edit), so
it keeps a child process of its own alive instead: ``python -m wizard.export.warm``, which imports
everything up front and then waits for requests.

It keeps every guarantee of the isolated export:

- **Time**: each request has a deadline (``timeout_s``); past it the child is killed and
  :class:`~wizard.export.isolation.ExportTimedOut` is raised (the next request starts a fresh child).
- **Memory**: the child's address space is capped (``RLIMIT_AS``, ``memory_limit``) from its start.
- **Cancel**: :meth:`WarmJob.cancel` (any thread) asks the child to stop at its next page or stage
  (SIGUSR1; the render raises ExportCancelled there and the child stays warm); a child that has not
  answered :data:`CANCEL_GRACE_S` later is killed.  :class:`~wizard.export.isolation.ExportStopped` follows.
- **Crashes**: a child that dies gives ExportCrashed (or ExportOutOfMemory) with its last words;
  the next request starts a fresh child.
- **No partial output**: the child writes into its own folder inside a marked scratch folder
  (:mod:`wizard.scratch`, also its ``TMPDIR``); only a finished PDF reaches ``out``, atomically.
- **Recycled**: after :attr:`WarmRenderer.max_renders` renders, or once the child's resident memory
  passes :attr:`WarmRenderer.max_rss` (it reports it with every answer), the child is ended and the
  next request starts a fresh one, so a slow leak in a library cannot grow without bound.
- **Dies with its owner**: :meth:`WarmRenderer.close` ends it; should the owner die without closing
  it, the child sees its standard input end (or its parent change) and exits.

Requests use the worker's protocol (:mod:`wizard.export.worker`): a JSON header line, then the project
archive's bytes; answers are JSON lines (``progress``, then ``done`` or ``error``).  A target may return
``(path, info)`` to hand a small JSON dict back (the single-slide target says which slide it drew).
What the child may read is what any export may read: the app's own folders, and the project's assets
sent in the request (the export's fetcher refuses everything else).
"""

from __future__ import annotations

import json
import os
import queue
import shutil
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import IO, Any

from wizard.export.isolation import (DEFAULT_MEMORY_LIMIT, DEFAULT_TARGET, DEFAULT_TIMEOUT_S, KILL_GRACE_S, POLL_S,
                                     RENDER_PROCESS, ExportCrashed, ExportOutOfMemory, refused, ExportStopped, ExportTimedOut,
                                     Progress, WarmJob, _child_env, died, internal_error, no_file, not_started, out_of_memory,
                                     timed_out, write_failed)
from wizard.i18n.said import template

#: Renders a child serves before it is replaced by a fresh one.
DEFAULT_MAX_RENDERS = 40
#: Resident memory past which a child is replaced after its current render (bytes).
DEFAULT_MAX_RSS = 700 * 1024 * 1024
#: How long a cancelled render may take to stop at its next page before the child is killed.
CANCEL_GRACE_S = 3.0
_STDERR_TAIL = 2000


class _Child:
    """One running ``python -m wizard.export.warm`` with its scratch folder and reader thread."""

    def __init__(self, memory_limit: int) -> None:
        from wizard import scratch

        self.workdir, self._lock = scratch.create("warm")
        self.stderr_path = self.workdir / "stderr.txt"
        self._stderr = self.stderr_path.open("wb")
        try:
            self.process = subprocess.Popen(
                [sys.executable, "-m", "wizard.export.warm", str(int(memory_limit))],
                stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=self._stderr, cwd=self.workdir,
                env=scratch.child_environment(self.workdir, _child_env()))
        except OSError as exc:
            self._stderr.close()
            scratch.release(self.workdir, self._lock)
            raise ExportCrashed.saying(not_started(RENDER_PROCESS, exc)) from None
        self.pid = self.process.pid
        self.lines: queue.Queue[bytes | None] = queue.Queue()
        self.renders = 0
        self.rss = 0
        assert self.process.stdout is not None
        threading.Thread(target=self._read, args=(self.process.stdout,), daemon=True, name="warm-replies").start()

    def _read(self, stream: IO[bytes]) -> None:
        try:
            for line in stream:
                self.lines.put(line)
        except (OSError, ValueError):
            pass
        self.lines.put(None)

    def alive(self) -> bool:
        return self.process.poll() is None

    def send(self, header: dict[str, Any], data: bytes) -> None:
        stdin = self.process.stdin
        assert stdin is not None

        def write() -> None:  # its own thread: a large project fills the pipe
            try:
                stdin.write(json.dumps(header).encode("utf-8") + b"\n")
                view = memoryview(data)
                for start in range(0, len(view), 1024 * 1024):
                    stdin.write(view[start:start + 1024 * 1024])
                stdin.flush()
            except (BrokenPipeError, OSError, ValueError):
                pass  # the child is gone; the end of its output says so

        threading.Thread(target=write, daemon=True, name="warm-request").start()

    def interrupt(self) -> None:
        if self.alive() and hasattr(signal, "SIGUSR1"):
            try:
                os.kill(self.pid, signal.SIGUSR1)
            except OSError:
                pass

    def stop(self) -> None:
        """End the child (closing its input first, then SIGTERM, then SIGKILL) and remove its folder."""
        from wizard import scratch

        process = self.process
        try:
            if process.stdin is not None:
                process.stdin.close()
        except OSError:
            pass
        try:
            process.wait(0.5)
        except subprocess.TimeoutExpired:
            process.terminate()
            try:
                process.wait(KILL_GRACE_S)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()
        try:
            if process.stdout is not None:
                process.stdout.close()
        except OSError:
            pass
        self._stderr.close()
        scratch.release(self.workdir, self._lock)

    def stderr_tail(self) -> str:
        try:
            with self.stderr_path.open("rb") as handle:
                handle.seek(max(0, self.stderr_path.stat().st_size - _STDERR_TAIL))
                text = handle.read().decode("utf-8", "replace")
        except OSError:
            return ""
        lines = [line.strip() for line in text.splitlines() if line.strip()]
        return " | ".join(lines[-3:])


class WarmRenderer:
    """A render process kept warm between renders, one render at a time (see the module docstring)."""

    def __init__(self, name: str = "render", *, max_renders: int = DEFAULT_MAX_RENDERS,
                 max_rss: int = DEFAULT_MAX_RSS, memory_limit: int = DEFAULT_MEMORY_LIMIT,
                 timeout_s: float = DEFAULT_TIMEOUT_S) -> None:
        self.name = name
        self.max_renders = max_renders
        self.max_rss = max_rss
        self.memory_limit = memory_limit
        self.timeout_s = timeout_s
        self._lock = threading.Lock()  # one render at a time
        self._state = threading.Lock()  # guards _child and _closed
        self._child: _Child | None = None
        self._closed = False
        self._requests = 0
        #: How many child processes have been started (a recycle or a crash starts another).
        self.starts = 0
        #: Renders served by the current child.
        self.renders = 0

    @property
    def pid(self) -> int | None:
        """The current child's process id (None when none runs)."""
        child = self._child
        return child.pid if child is not None and child.alive() else None

    def start(self) -> None:
        """Start the child now (it imports WeasyPrint meanwhile), so the first render finds it warm."""
        with self._lock:
            self._ensure()

    def prestart(self) -> None:
        """:meth:`start` unless a render is running (never waits; a render starts the child anyway)."""
        if self._lock.acquire(blocking=False):
            try:
                self._ensure()
            except (ExportStopped, ExportCrashed):
                pass  # closed, or no process could be started: the render says so when it is asked for
            finally:
                self._lock.release()

    def _ensure(self) -> _Child:
        with self._state:
            if self._closed:
                raise ExportStopped("the render process was shut down; no file was written")
            if self._child is not None and not self._child.alive():
                self._child.stop()
                self._child = None
            if self._child is None:
                self._child = _Child(self.memory_limit)
                self.starts += 1
                self.renders = 0
            return self._child

    def _retire(self, child: _Child) -> None:
        with self._state:
            if self._child is child:
                self._child = None
        child.stop()

    def close(self) -> None:
        """End the child (waiting for nothing but its exit); later renders raise ExportStopped."""
        with self._state:
            self._closed = True
            child, self._child = self._child, None
        if child is not None:
            child.interrupt()
            child.stop()

    # --- one render ------------------------------------------------------------------------------

    def render(self, project_bytes: bytes, out: Path | None, options: dict[str, Any] | None = None, *,
               target: str = DEFAULT_TARGET, progress: Progress | None = None, job: WarmJob | None = None,
               source: str | os.PathLike[str] | None = None) -> tuple[Path | bytes, dict[str, Any]]:
        """Render in the warm child; returns (``out``, or the PDF's bytes without ``out``) and the target's info.

        Raises an :class:`~wizard.export.isolation.IsolationError` for every failure, as an isolated export.
        """
        job = job or WarmJob()
        nothing = "no file was written"
        with self._lock:
            if job.cancelled:
                raise ExportStopped(f"the export was cancelled; {nothing}")
            child = self._ensure()
            self._requests += 1
            folder = child.workdir / f"job-{self._requests}"
            folder.mkdir()
            try:
                child_out = folder / ("deck" + (Path(out).suffix if out is not None and Path(out).suffix else ".pdf"))
                header = {"target": target, "out": str(child_out), "options": dict(options or {}),
                          "size": len(project_bytes), "timeout_s": float(self.timeout_s),
                          "source": str(source) if source is not None else None}
                child.send(header, project_bytes)
                answer = self._follow(child, job, progress)
                if answer.get("type") == "done":
                    child.renders += 1
                    self.renders = child.renders
                    child.rss = int(answer.get("rss", 0) or 0)
                    try:
                        return self._deliver(child_out, out, answer)
                    finally:
                        if child.renders >= self.max_renders or (self.max_rss and child.rss > self.max_rss):
                            self._retire(child)  # recycled: the next render starts a fresh child
                kind = answer.get("kind")
                text = str(answer.get("message", ""))
                if kind == "stopped" or job.cancelled:
                    raise ExportStopped(f"the export was cancelled; {nothing}")
                if kind == "user":
                    raise refused(answer)
                if kind == "memory":
                    self._retire(child)
                    raise ExportOutOfMemory.saying(out_of_memory(self.memory_limit))
                raise ExportCrashed.saying(internal_error(text))
            finally:
                shutil.rmtree(folder, ignore_errors=True)

    @staticmethod
    def _deliver(child_out: Path, out: Path | None, answer: dict[str, Any]) -> tuple[Path | bytes, dict[str, Any]]:
        if not child_out.is_file():
            raise ExportCrashed.saying(no_file(template("the render")))
        info = answer.get("info") if isinstance(answer.get("info"), dict) else {}
        if out is None:
            return child_out.read_bytes(), dict(info or {})
        from wizard import atomic
        from wizard.errors import CityPitchError

        try:
            atomic.write_bytes(Path(out), child_out.read_bytes())
        except CityPitchError as exc:
            raise write_failed(exc) from None
        return Path(out), dict(info or {})

    def _follow(self, child: _Child, job: WarmJob, progress: Progress | None) -> dict[str, Any]:
        """The child's answer to the request just sent (progress handed on); kills it on timeout or no answer."""
        nothing = "no file was written"
        deadline = time.monotonic() + self.timeout_s
        asked_to_stop: float | None = None
        while True:
            now = time.monotonic()
            if job.cancelled and asked_to_stop is None:
                child.interrupt()
                asked_to_stop = now
            if asked_to_stop is not None and now - asked_to_stop > CANCEL_GRACE_S:
                self._retire(child)
                raise ExportStopped(f"the export was cancelled; {nothing}")
            if now >= deadline:
                self._retire(child)
                raise ExportTimedOut.saying(timed_out(self.timeout_s))
            try:
                line = child.lines.get(timeout=min(POLL_S, max(deadline - now, 0.001)))
            except queue.Empty:
                continue
            if line is None:
                return self._died(child, job)
            try:
                message = json.loads(line.decode("ascii"))
            except (UnicodeDecodeError, ValueError):
                continue
            if not isinstance(message, dict):
                continue
            if message.get("type") == "progress":
                if progress is not None:
                    progress(str(message.get("stage", "")), float(message.get("fraction", 0.0)))
                continue
            if message.get("type") in ("done", "error"):
                return message

    def _died(self, child: _Child, job: WarmJob) -> dict[str, Any]:
        nothing = "no file was written"
        try:
            child.process.wait(KILL_GRACE_S)
        except subprocess.TimeoutExpired:
            pass
        code = child.process.poll()
        tail = child.stderr_tail()
        self._retire(child)
        if job.cancelled or self._closed:
            raise ExportStopped(f"the export was cancelled; {nothing}")
        killed = code is not None and -code == getattr(signal, "SIGKILL", 9)
        error = ExportOutOfMemory if killed else ExportCrashed
        raise error.saying(died(RENDER_PROCESS, code, tail, killed))


# --- the child ----------------------------------------------------------------------------------------

_STOP = threading.Event()


def _on_interrupt(_signum: int, _frame: Any) -> None:
    _STOP.set()


def _watch_parent(parent: int) -> None:
    """Exit once the parent is gone (its pipes may be inherited by someone else and stay open)."""
    while True:
        time.sleep(1.0)
        if os.getppid() != parent:
            os._exit(3)


def _resident() -> int:
    """This process's resident memory in bytes (0 where it cannot be read)."""
    try:
        with open("/proc/self/statm", "rb") as handle:
            return int(handle.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")
    except (OSError, ValueError, IndexError, AttributeError):
        try:
            import resource

            peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
            return int(peak) * (1 if sys.platform == "darwin" else 1024)
        except (ImportError, OSError):
            return 0


def _warm_up() -> None:
    """Import what every render needs, once (WeasyPrint and Pango are most of a cold render's start)."""
    import weasyprint
    import weasyprint.text.fonts  # noqa: F401

    import wizard.analysis
    import wizard.export
    import wizard.export.context
    import wizard.export.single
    import wizard.projectfile  # noqa: F401


def serve(memory_limit: int) -> int:
    from wizard.export import worker

    channel = worker._Channel(os.fdopen(os.dup(1), "wb", buffering=0))
    os.dup2(2, 1)
    sys.stdout = sys.stderr
    worker.limit_memory(memory_limit)
    if hasattr(signal, "SIGUSR1"):
        signal.signal(signal.SIGUSR1, _on_interrupt)
    threading.Thread(target=_watch_parent, args=(os.getppid(),), daemon=True, name="parent-watch").start()
    _warm_up()
    stdin = sys.stdin.buffer
    reserve = bytearray(worker._RESERVE_BYTES)
    while True:
        line = stdin.readline()
        if not line:
            return 0  # the parent closed our input: it is done with us, or gone
        header = json.loads(line.decode("utf-8"))
        _STOP.clear()  # a stop meant for an earlier request arrived before this one was read
        project_bytes = worker._read_exactly(stdin, int(header["size"]))
        worker._SOURCE = str(header["source"]) if header.get("source") else None
        timeout = float(header.get("timeout_s", 0))
        if timeout > 0 and hasattr(signal, "alarm"):
            signal.alarm(int(timeout) + 10)
        try:
            target = worker.resolve(str(header["target"]))
            written = target(project_bytes, Path(header["out"]), dict(header.get("options") or {}),
                             lambda stage, fraction: channel.send(type="progress", stage=str(stage),
                                                                  fraction=float(fraction)),
                             _STOP.is_set)
            info = written[1] if isinstance(written, tuple) else {}
            path = written[0] if isinstance(written, tuple) else written
            channel.send(type="done", path=str(path), info=info, rss=_resident())
        except MemoryError:
            del reserve
            channel.send(type="error", kind="memory", message="the export needed more memory than it is allowed")
            return 4  # memory may be fragmented or half-freed: a fresh child serves the next request
        except BaseException as exc:  # noqa: BLE001 - every failure is reported to the parent in words
            from wizard.errors import CityPitchError
            from wizard.export import ExportCancelled

            if isinstance(exc, ExportCancelled):
                channel.send(type="error", kind="stopped", message=str(exc))
            else:
                kind = "user" if isinstance(exc, CityPitchError) else "bug"
                if kind == "bug":
                    import traceback

                    traceback.print_exc()
                text = str(exc) if kind == "user" else f"{type(exc).__name__}: {exc}"
                channel.send(type="error", kind=kind, message=text[:2000],
                             # the sentence's parts, for a translated window (wizard.i18n.said)
                             said=exc.said.to_data() if isinstance(exc, CityPitchError) and exc.said is not None else None)
                if not isinstance(exc, Exception):
                    return 5  # SystemExit, KeyboardInterrupt: end
        finally:
            if hasattr(signal, "alarm"):
                signal.alarm(0)
        del project_bytes


__all__ = ["CANCEL_GRACE_S", "DEFAULT_MAX_RENDERS", "DEFAULT_MAX_RSS", "WarmJob", "WarmRenderer", "serve"]

if __name__ == "__main__":
    status = serve(int(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_MEMORY_LIMIT)
    sys.stderr.flush()
    os._exit(status)
