"""One way to run work off the GUI thread: submit a task, get its result through one queued signal.

In the spirit of Anki's ``taskman.run_in_background``::

    from wizard.gui.tasks import run_in_background

    def work(state: TaskState) -> bytes:          # runs on a worker thread: no Qt objects in here
        state.report(("Laying out", 0.3))         # progress, handed to on_progress on the GUI thread
        if state.cancelled: ...                   # Task.cancel() was called
        return render()

    task = run_in_background(work, on_done=self.on_rendered, on_progress=self.on_progress, lane="export")
    task.cancel()                                 # from the GUI thread, any time

``on_done(outcome)`` runs on the GUI thread with an :class:`Outcome` (``outcome.result()`` gives the
value or raises what the task raised).  Every hand-over (results and progress alike) goes through
one signal of the :class:`TaskManager`, queued to the GUI thread: no polling timers, and no Qt object
is ever touched from a worker.

Rules that keep windows safe (a window closed while its work runs):

- the task must not hold a Qt object, or anything that keeps one alive: the worker thread could
  drop the last reference, and Qt objects must be freed on the GUI thread;
- callbacks are held weakly when they are bound methods, and a callback whose Qt object is gone is
  not called: a late result for a closed window is simply dropped;
- Python's cyclic collector, which would otherwise run in whichever thread allocates, is kept on the
  GUI thread from the first manager on (:mod:`wizard.gui.collector`), so garbage holding a Qt object
  is never freed on a worker.

Lanes keep kinds of work apart.  Each lane runs its tasks in order on its own threads:
``autosave`` (one thread, so writes never compete for the disk), ``analysis`` (one), ``export`` (two:
a preview being cancelled may still be ending while the export it made way for starts), and
``work`` for anything else.  Worker threads are daemons; whoever must not lose work waits for it
(:meth:`Task.wait`), as the autosave does on close.
"""

from __future__ import annotations

import itertools
import queue
import threading
import typing
import weakref
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal

from wizard.gui import collector

T = TypeVar("T")

#: Threads per lane; a lane not listed gets one.
LANE_THREADS = {"autosave": 1, "analysis": 1, "export": 2, "work": 2}


class TaskState:
    """What a running task may use: the cancel flag and a progress channel (thread-safe, Qt-free)."""

    def __init__(self, manager: TaskManager, task_id: int) -> None:
        self._manager = manager
        self._id = task_id
        self._cancelled = threading.Event()

    @property
    def cancelled(self) -> bool:
        return self._cancelled.is_set()

    def report(self, value: Any) -> None:
        """Hand ``value`` to the task's ``on_progress`` on the GUI thread (in order, never merged)."""
        self._manager._post(self._id, "progress", value)


@dataclass(frozen=True)
class Outcome(Generic[T]):
    """How a task ended: its value, or the exception it raised."""

    value: T | None = None
    error: BaseException | None = None

    def result(self) -> T:
        if self.error is not None:
            raise self.error
        return typing.cast(T, self.value)


class Task:
    """A submitted task, as its submitter sees it (GUI thread)."""

    def __init__(self, task_id: int, lane: str, state: TaskState, on_cancel: Callable[[], None] | None) -> None:
        self.id = task_id
        self.lane = lane
        self.state = state
        self._on_cancel = on_cancel
        self._finished = threading.Event()

    def cancel(self) -> None:
        """Ask the task to stop: ``state.cancelled`` turns true and the submitter's ``on_cancel`` runs now."""
        self.state._cancelled.set()
        if self._on_cancel is not None:
            self._on_cancel()

    def is_finished(self) -> bool:
        """True once the task has returned or raised (its ``on_done`` may still be on its way)."""
        return self._finished.is_set()

    def wait(self, timeout_s: float | None = None) -> bool:
        """Block until the task has finished on its thread; False if ``timeout_s`` ran out first."""
        return self._finished.wait(timeout_s)


def _held(callback: Callable[..., Any] | None) -> Callable[[], Callable[..., Any] | None]:
    """A way to get ``callback`` back later without keeping its object alive (bound methods held weakly)."""
    if callback is None:
        return lambda: None
    if hasattr(callback, "__self__") and hasattr(callback, "__func__"):
        return weakref.WeakMethod(callback)
    return lambda: callback


class _Lane:
    """An ordered queue of tasks served by up to ``threads`` daemon threads, started when first needed."""

    def __init__(self, name: str, threads: int, manager: TaskManager) -> None:
        self.name = name
        self.threads = threads
        self.manager = manager
        self.queue: queue.SimpleQueue[tuple[Task, Callable[[TaskState], Any]]] = queue.SimpleQueue()
        self._lock = threading.Lock()
        self._started = 0
        self._idle = 0

    def submit(self, task: Task, work: Callable[[TaskState], Any]) -> None:
        self.queue.put((task, work))
        with self._lock:
            if self._idle == 0 and self._started < self.threads:
                self._started += 1
                threading.Thread(target=self._serve, name=f"citypitch-{self.name}-{self._started}", daemon=True).start()

    def _serve(self) -> None:
        while True:
            with self._lock:
                self._idle += 1
            task, work = self.queue.get()
            with self._lock:
                self._idle -= 1
            try:
                outcome: Outcome[Any] = Outcome(value=work(task.state))
            except BaseException as exc:  # noqa: BLE001 - handed to on_done, which decides what it means
                outcome = Outcome(error=exc)
            # Only the outcome crosses to the GUI thread; the work and its references end here.
            del work
            self.manager._post(task.id, "done", outcome)
            del outcome
            task._finished.set()
            del task


class TaskManager(QObject):
    """Runs tasks in background lanes and hands results to the GUI thread (see the module docstring)."""

    _posted = Signal()  # the one queued signal every hand-over goes through

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        collector.install()  # from here on Python's collector runs on the GUI thread only (see that module)
        self._lock = threading.Lock()
        self._pending: list[tuple[int, str, Any]] = []
        self._ids = itertools.count(1)
        self._lanes: dict[str, _Lane] = {}
        # Touched on the GUI thread only: task id -> (on_done, on_progress, context), held weakly.
        self._callbacks: dict[int, tuple[Callable[[], Any], Callable[[], Any], Any]] = {}
        self._posted.connect(self._deliver, Qt.ConnectionType.QueuedConnection)

    def run_in_background(self, work: Callable[[TaskState], T], on_done: Callable[[Outcome[T]], Any] | None = None, *,
                          on_progress: Callable[[Any], Any] | None = None, lane: str = "work",
                          on_cancel: Callable[[], None] | None = None, context: QObject | None = None) -> Task:
        """Run ``work(state)`` on a thread of ``lane``; ``on_done(outcome)`` follows on the GUI thread.

        ``context``: a Qt object the callbacks belong to; once it is deleted they are not called.
        ``on_cancel`` runs on the caller's thread when :meth:`Task.cancel` is called (to stop a child
        process at once, say).
        """
        task_id = next(self._ids)
        task = Task(task_id, lane, TaskState(self, task_id), on_cancel)
        context_ref = weakref.ref(context) if context is not None else None
        self._callbacks[task_id] = (_held(on_done), _held(on_progress), context_ref)
        found = self._lanes.get(lane)
        if found is None:
            found = self._lanes[lane] = _Lane(lane, LANE_THREADS.get(lane, 1), self)
        found.submit(task, work)
        return task

    def pending(self) -> int:
        """Tasks whose ``on_done`` has not run yet."""
        return len(self._callbacks)

    # --- worker threads -> GUI thread --------------------------------------------------------------

    def _post(self, task_id: int, kind: str, payload: Any) -> None:
        with self._lock:
            self._pending.append((task_id, kind, payload))
        try:
            self._posted.emit()
        except RuntimeError:
            pass  # the application is shutting down; nobody is left to hand the result to

    def _deliver(self) -> None:
        with self._lock:
            batch, self._pending = self._pending, []
        for task_id, kind, payload in batch:
            entry = self._callbacks.get(task_id) if kind == "progress" else self._callbacks.pop(task_id, None)
            if entry is None:
                continue
            done, progress, context_ref = entry
            if context_ref is not None:
                context = context_ref()
                if context is None or not shiboken6.isValid(context):
                    continue
            callback = done() if kind == "done" else progress()
            if callback is None:
                continue
            owner = getattr(callback, "__self__", None)
            if isinstance(owner, QObject) and not shiboken6.isValid(owner):
                continue
            callback(payload)


_MANAGER: TaskManager | None = None


def manager() -> TaskManager:
    """The application's task manager (made on first use, living on the GUI thread)."""
    global _MANAGER
    if _MANAGER is None or not shiboken6.isValid(_MANAGER):
        _MANAGER = TaskManager(QCoreApplication.instance())
    return _MANAGER


def run_in_background(work: Callable[[TaskState], T], on_done: Callable[[Outcome[T]], Any] | None = None,
                      **options: Any) -> Task:
    """:meth:`TaskManager.run_in_background` on the application's manager."""
    return manager().run_in_background(work, on_done, **options)
