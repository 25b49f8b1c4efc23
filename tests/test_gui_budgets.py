"""Slide budgets under the fields: characters left on the slide, or over and where the rest goes."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from tests.gui_support import quiet_window
from wizard.export.context import FieldBudget
from wizard.gui.budgets import budget_note
from wizard.gui.window.mainwindow import MainWindow

pytestmark = pytest.mark.gui


def test_budget_note_words() -> None:
    left = FieldBudget("problem.statement", "problem", 12.0, 7.0, 340, False)
    assert budget_note(left) == "340 characters left on the slide"
    over = FieldBudget("feasibility.technical_justification", "solution", 4.7, 4.0, -318, True)
    assert budget_note(over, "A5") == "318 characters over: the rest moves to the appendix (A5)"
    whole = FieldBudget("japan.management_structure", "structure", 5.6, 0, -406, True)
    assert budget_note(whole, "A18") == "406 characters over: the whole text moves to the appendix (A18)"
    listed = FieldBudget("vision.kpis", "outcomes", 5.0, 5.0, 0, True)
    assert budget_note(listed, "A7") == "Part of it moves to the appendix (A7)"


def _note(window: MainWindow, path: str) -> str:
    for step_id in window.pages.built():
        binding = window.pages[step_id].binder.bindings.get(path)
        if binding is not None:
            return binding.shown_note()
    raise AssertionError(f"no page shows {path}")


def test_fields_show_their_budget_planned_off_the_gui_thread(qtbot: QtBot, isolated_settings: Path,
                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    import wizard.export.budget as budget

    threads: list[bool] = []
    real = budget.budget_report

    def spy(*args: object, **kwargs: object) -> object:
        threads.append(threading.current_thread() is threading.main_thread())
        return real(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(budget, "budget_report", spy)
    window = quiet_window(qtbot, monkeypatch)
    assert window.open_sample("lumara-transit")
    qtbot.waitUntil(lambda: bool(window.budgets.notes) and window.budgets.task is None, timeout=60_000)
    assert threads and not any(threads)  # every plan ran on a worker thread

    budgets, codes = real(window.doc.proposal)
    for step_id in ("problem", "japan"):
        window.go_to_step(step_id)
    statement = budgets["problem.statement"]
    assert statement.chars_left > 0
    assert f"{statement.chars_left} characters left on the slide" in _note(window, "problem.statement")
    over = [p for p, b in budgets.items() if b.chars_left < 0 and p.startswith("japan.")]
    assert over, "the sample has a Japan-step field that goes on in the appendix"
    path = over[0]
    assert (f"{-budgets[path].chars_left} characters over" in _note(window, path)
            and f"({codes[path]})" in _note(window, path))

    # An edit: the note follows once the analysis of the new text is made, and nothing is lost.
    runs = window.budgets.runs
    window.doc.set_field("problem.statement", window.doc.proposal.problem.statement + " More words here.")
    window.refresh_analysis()
    qtbot.waitUntil(lambda: window.budgets.runs > runs and window.budgets.task is None, timeout=60_000)
    fresh = real(window.doc.proposal)[0]["problem.statement"]
    assert fresh.chars_left < statement.chars_left
    assert f"{fresh.chars_left} characters left on the slide" in _note(window, "problem.statement")
    window.doc.undo_stack.setClean()


def test_edits_in_quick_succession_plan_the_newest_revision_only(qtbot: QtBot, isolated_settings: Path,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    """A plan asked for while others wait is the only one made: the superseded ones still queued are
    skipped, and the notes are those of the last edit."""
    import wizard.export.budget as budget

    window = quiet_window(qtbot, monkeypatch)
    assert window.open_sample("lumara-transit")
    qtbot.waitUntil(lambda: bool(window.budgets.notes) and window.budgets.task is None, timeout=60_000)

    planned: list[str] = []
    real = budget.budget_report
    gate = threading.Event()

    def slow(proposal: object, *args: object, **kwargs: object) -> object:
        gate.wait(30)  # the first plan is under way while the next edits come in
        planned.append(proposal.problem.statement)  # type: ignore[attr-defined]
        return real(proposal, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(budget, "budget_report", slow)
    base = window.doc.proposal.problem.statement
    for i in range(6):
        window.doc.set_field("problem.statement", base + f" Edit {i}.")
        window.refresh_analysis()
    gate.set()
    qtbot.waitUntil(lambda: window.budgets.task is None and planned and planned[-1].endswith("Edit 5."), timeout=60_000)
    # The lane has two workers: at most the two plans that had started run, then the newest; never all six.
    assert len(planned) <= 3, planned
    fresh = real(window.doc.proposal)[0]["problem.statement"]
    assert fresh.chars_left > 0
    window.go_to_step("problem")
    assert f"{fresh.chars_left} characters left on the slide" in _note(window, "problem.statement")
    window.doc.undo_stack.setClean()
