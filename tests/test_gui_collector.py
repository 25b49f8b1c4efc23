"""Python's collector runs on the GUI thread only once the GUI has workers (wizard.gui.collector)."""

from __future__ import annotations

import gc
import threading
from typing import Any

from PySide6.QtCore import QObject

from wizard.gui import collector, tasks


def _allocate(cycles: int = 5_000) -> None:
    """What a worker's planning can leave to the collector: containers that only a collection frees."""
    for index in range(cycles):
        garbage: list[Any] = [index]
        garbage.append(garbage)


class _Marker:
    """Notes the thread its holder's cycle is freed on (a QObject's own ``destroyed`` is not emitted to
    Python when the collector frees it on a worker, so it cannot tell)."""

    def __init__(self, freed_in: list[str]) -> None:
        self.freed_in = freed_in

    def __del__(self) -> None:
        self.freed_in.append(threading.current_thread().name)


def _gui_object_in_a_cycle(destroyed_in: list[str]) -> None:
    """A Qt object made on the GUI thread, reachable only through a reference cycle once this returns."""
    holder: list[Any] = [QObject(), _Marker(destroyed_in)]
    holder.append(holder)


def test_a_task_manager_hands_collection_to_the_gui_thread(qapp: Any) -> None:
    tasks.manager()
    assert collector.installed()
    assert not gc.isenabled()


def test_a_cycle_holding_a_qt_object_dropped_while_a_worker_allocates_is_freed_on_the_gui_thread(qapp: Any) -> None:
    tasks.manager()
    gc.collect()  # start from empty young generations
    destroyed_in: list[str] = []
    _gui_object_in_a_cycle(destroyed_in)
    worker = threading.Thread(target=_allocate, name="busy-worker")
    worker.start()
    worker.join()
    assert destroyed_in == []  # nothing was collected on the worker, though it allocated well past the threshold
    assert collector.collect_due() > 0  # the allocation made a collection due; it runs here
    assert destroyed_in == [threading.main_thread().name]


def test_collect_due_does_nothing_off_the_gui_thread(qapp: Any) -> None:
    tasks.manager()
    gc.collect()
    destroyed_in: list[str] = []
    _gui_object_in_a_cycle(destroyed_in)
    _allocate()
    freed: list[int] = []
    worker = threading.Thread(target=lambda: freed.append(collector.collect_due()))
    worker.start()
    worker.join()
    assert freed == [0] and destroyed_in == []
    collector.collect_due()
    assert destroyed_in == [threading.main_thread().name]


def test_the_timer_collects_inside_the_event_loop(qtbot: Any) -> None:
    tasks.manager()
    gc.collect()
    destroyed_in: list[str] = []
    _gui_object_in_a_cycle(destroyed_in)
    _allocate()
    qtbot.waitUntil(lambda: destroyed_in == [threading.main_thread().name], timeout=5 * collector.INTERVAL_MS)
