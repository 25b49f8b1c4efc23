"""Python's cyclic garbage collector runs on the GUI thread only, while the GUI has worker threads.

CPython starts a collection in whichever thread happens to allocate past the threshold.  When that is
a worker thread (the analysis, the budgets' slide planning, an export's pipe reader), the collection
frees whatever cyclic garbage it finds, Qt objects of the GUI included, and a Qt object destroyed off
its own thread breaks Qt's rules: "QObject::killTimer: Timers cannot be stopped from another thread"
at best, a crash at worst.  The full suite hit exactly that once, in the window's autosave test, after
the budgets' planning (90-180 ms of allocation per analysis) moved to a worker.

Anki, whose Qt GUI runs Python work in background threads as we do, answers it this way, and so do
we: automatic collection is switched off once the GUI starts its first worker, and a timer on the GUI
thread runs the collections CPython would have run, generation by generation, when the allocation
counts pass the usual thresholds.  Garbage is therefore freed at most one tick late, and always on the
GUI thread.  :func:`install` is idempotent (one policy per process); :func:`collect_due` is the
timer's work and can be called on the GUI thread at any quiet moment (the test suite does, after each
test, since tests that spin no event loop would otherwise never collect).
"""

from __future__ import annotations

import gc
import threading

from PySide6.QtCore import QCoreApplication, QObject, QTimer

#: How often the GUI thread looks at the allocation counts (ms).  A look costs about a microsecond;
#: a young-generation collection a fraction of a millisecond.
INTERVAL_MS = 500

_timer: QTimer | None = None


def installed() -> bool:
    """True once the GUI thread owns collection (automatic collection is then off)."""
    return _timer is not None


def install(parent: QObject | None = None) -> None:
    """Turn automatic collection off and collect on a timer of the GUI thread (call on the GUI thread)."""
    global _timer
    if _timer is not None:
        return
    owner = parent if parent is not None else QCoreApplication.instance()
    if owner is None or threading.current_thread() is not threading.main_thread():
        return  # no application yet, or not the GUI thread: the collector keeps its usual rules
    timer = QTimer(owner)
    timer.setObjectName("citypitch-collector")
    timer.setInterval(INTERVAL_MS)
    timer.timeout.connect(collect_due)
    timer.destroyed.connect(_forget)
    gc.disable()
    timer.start()
    _timer = timer


def _forget() -> None:
    """The application (and the timer with it) is gone: automatic collection comes back."""
    global _timer
    _timer = None
    gc.enable()


def collect_due() -> int:
    """Run the collections CPython would have run by now (the oldest due generation); objects freed."""
    if threading.current_thread() is not threading.main_thread():
        return 0  # never off the GUI thread: that is the point of this module
    counts = gc.get_count()
    thresholds = gc.get_threshold()
    due = -1
    for generation in range(3):
        if thresholds[generation] and counts[generation] > thresholds[generation]:
            due = generation
    return gc.collect(due) if due >= 0 else 0


__all__ = ["INTERVAL_MS", "collect_due", "install", "installed"]
