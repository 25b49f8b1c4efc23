"""A queued autosave job never keeps the autosaver alive, so it is never freed on the autosave thread."""

from __future__ import annotations

import gc
import threading
import weakref
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from wizard.gui.document import ProposalDocument
from wizard.gui.recovery.autosave import Autosaver
from wizard.gui.tasks import TaskState, run_in_background
from wizard.projectfile import Project
from wizard.recovery import RecoveryStore

pytestmark = pytest.mark.gui


def test_dropping_a_window_with_a_queued_write_frees_it_on_the_gui_thread(qtbot: QtBot, tmp_path: Path) -> None:
    opened = threading.Event()
    # Occupies the single autosave thread until opened, so the next write stays queued.
    gate = run_in_background(lambda state: opened.wait(10), lane="autosave")
    try:
        doc = ProposalDocument(Project())
        saver = Autosaver(doc, RecoveryStore(tmp_path))
        doc.set_field("meta.project_name", "Queued")
        saver.autosave_now()  # a write job is now queued behind the gate
        assert saver._queued
        queued = saver._task
        alive = weakref.ref(saver)
        del saver, doc
        gc.collect()
        assert alive() is None  # freed now, on this thread; the queued job did not keep it
    finally:
        opened.set()
        assert gate.wait(10)
    assert queued is not None and queued.wait(10)
    assert not list(tmp_path.glob("*.citypitch"))  # the orphaned job wrote nothing


def test_results_come_back_on_the_gui_thread_through_one_signal(qtbot: QtBot) -> None:
    seen: list[tuple[str, object, bool]] = []
    gui = threading.current_thread()

    def work(state: TaskState) -> int:
        state.report("half way")
        return 42

    task = run_in_background(work, lambda outcome: seen.append(("done", outcome.result(), threading.current_thread() is gui)),
                             on_progress=lambda value: seen.append(("progress", value, threading.current_thread() is gui)))
    qtbot.waitUntil(lambda: len(seen) == 2, timeout=5000)
    assert task.is_finished()
    assert seen == [("progress", "half way", True), ("done", 42, True)]


def test_a_failing_task_hands_its_exception_to_on_done(qtbot: QtBot) -> None:
    outcomes: list[object] = []

    def work(state: TaskState) -> None:
        raise ValueError("no such thing")

    run_in_background(work, outcomes.append)
    qtbot.waitUntil(lambda: bool(outcomes), timeout=5000)
    with pytest.raises(ValueError, match="no such thing"):
        outcomes[0].result()  # type: ignore[attr-defined]


def test_a_callback_whose_object_is_gone_is_not_called(qtbot: QtBot) -> None:
    from PySide6.QtCore import QObject

    class Owner(QObject):
        def __init__(self) -> None:
            super().__init__()
            self.results: list[object] = []

        def on_done(self, outcome: object) -> None:
            self.results.append(outcome)

    opened = threading.Event()
    owner = Owner()
    task = run_in_background(lambda state: opened.wait(10), owner.on_done)
    alive = weakref.ref(owner)
    del owner
    gc.collect()
    assert alive() is None  # the pending callback held its object weakly
    opened.set()
    assert task.wait(10)
    qtbot.wait(50)  # the hand-over arrives and finds nobody to call: nothing happens
