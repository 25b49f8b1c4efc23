"""A queued autosave job never keeps the autosaver alive, so it is never freed on the autosave thread."""

from __future__ import annotations

import gc
import threading
import weakref
from pathlib import Path

import pytest
from PySide6.QtCore import QRunnable
from pytestqt.qtbot import QtBot

from wizard.gui.recovery import autosave
from wizard.gui.recovery.autosave import Autosaver
from wizard.gui.document import ProposalDocument
from wizard.projectfile import Project
from wizard.recovery import RecoveryStore

pytestmark = pytest.mark.gui


class Gate(QRunnable):
    """Occupies the single autosave thread until opened, so the next job stays queued."""

    def __init__(self) -> None:
        super().__init__()
        self.opened = threading.Event()

    def run(self) -> None:
        self.opened.wait(10)


def test_dropping_a_window_with_a_queued_write_frees_it_on_the_gui_thread(qtbot: QtBot, tmp_path: Path) -> None:
    gate = Gate()
    autosave._pool().start(gate)
    try:
        doc = ProposalDocument(Project())
        saver = Autosaver(doc, RecoveryStore(tmp_path))
        doc.set_field("meta.project_name", "Queued")
        saver.autosave_now()  # a write job is now queued behind the gate
        assert saver._queued
        alive = weakref.ref(saver)
        del saver, doc
        gc.collect()
        assert alive() is None  # freed now, on this thread; the queued job did not keep it
    finally:
        gate.opened.set()
        autosave._pool().waitForDone(10_000)
    assert not list(tmp_path.glob("*.citypitch"))  # the orphaned job wrote nothing
