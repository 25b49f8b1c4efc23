"""The Review page, sidebar badges, the live financial figures, and the project's Qt tooling list."""

from __future__ import annotations

import tomllib
import typing
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

import dataclasses

from tests.gui_support import quiet_window
from wizard.analysis import ReviewItem, analyse
from wizard.gui.window.mainwindow import MainWindow
from wizard.gui.finance.page import FinancePage
from wizard.gui.review.page import ReviewPage
from wizard.gui.review.panel import HEAD_ROLE
from wizard.gui.review.texts import criterion_line

pytestmark = pytest.mark.gui
ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def window(qtbot: QtBot, isolated_settings: Path, monkeypatch: pytest.MonkeyPatch) -> MainWindow:
    return quiet_window(qtbot, monkeypatch)


def review(window: MainWindow) -> ReviewPage:
    return typing.cast(ReviewPage, window.pages["review"])


def test_new_proposal_lists_what_is_missing_and_jumps_there(window: MainWindow, qtbot: QtBot) -> None:
    window.go_to_step("review")
    analysis = window.last_analysis
    assert analysis is not None
    assert analysis.state("vision") == "empty"
    assert any(i.path == "vision.statement" for i in analysis.items)
    panel = review(window).panel
    tree = panel.tree
    line = next(
        tree.topLevelItem(g).child(c)
        for g in range(tree.topLevelItemCount())
        for c in range(tree.topLevelItem(g).childCount())
        if tree.topLevelItem(g).child(c).data(0, Qt.ItemDataRole.UserRole + 1).path == "vision.statement"
    )
    tree.setCurrentItem(line)
    assert panel.current_item() is not None
    # The detail adds what the list does not show: what to do and where (the message is the line itself).
    assert panel.current_item().fix in panel.detail.text()  # type: ignore[union-attr]
    assert "Vision › Vision statement" in panel.detail.text()
    qtbot.mouseClick(panel.go_button, Qt.MouseButton.LeftButton)
    assert window.current_step() == "vision"
    assert window.focusWidget() is window.pages["vision"].binder.bindings["vision.statement"].widget


def test_badges_follow_edits(window: MainWindow, qtbot: QtBot) -> None:
    window.go_to_step("vision")
    box = window.pages["vision"].binder.bindings["vision.statement"].widget
    box.setFocus()
    qtbot.keyClicks(box, "By 2032, 150,000 commuters save 19 minutes a day")
    qtbot.waitUntil(lambda: window.last_analysis is not None and window.last_analysis.state("vision") != "empty")
    item = window.step_items["vision"]
    assert "Vision:" in item.toolTip(0)


def test_sample_scores_and_acknowledging_a_warning(window: MainWindow, monkeypatch: pytest.MonkeyPatch, qtbot: QtBot) -> None:
    assert window.open_sample("lumara-transit")
    window.go_to_step("review")
    analysis = window.last_analysis
    assert analysis is not None and 0 <= analysis.score <= 100
    assert len(analysis.criteria) >= 8
    # Each criterion shows the points it lost out of the most it can lose, as readiness counts them.
    shown = [line.data(0, HEAD_ROLE) for line in review(window).panel.criteria.lines()]
    assert shown == [criterion_line(c.title, c.lost, c.weight) for c in analysis.readiness.criteria]
    warnings = [i for i in analysis.items if i.severity == "warning" and not i.acknowledged]
    assert warnings, "the sample is expected to carry at least one warning to answer"
    target = warnings[0]
    panel = review(window).panel
    panel.select(target)
    assert panel.ack_button.isEnabled()
    monkeypatch.setattr(MainWindow, "ask_justification", lambda self, item: "Sponsor equity is signed in the term sheet due in March.")
    qtbot.mouseClick(panel.ack_button, Qt.MouseButton.LeftButton)
    acks = window.doc.proposal.acknowledgements
    assert len(acks) == 1 and acks[0].rule == target.rule and acks[0].field == target.path
    after = window.last_analysis
    assert after is not None
    assert any(i.rule == target.rule and i.acknowledged for i in after.items)
    assert window.isWindowModified()
    window.undo_action.trigger()  # the acknowledgement was one undo step
    assert window.doc.proposal.acknowledgements == []
    window.redo_action.trigger()
    window.refresh_analysis()
    answered = next(i for i in window.last_analysis.items if i.rule == target.rule and i.acknowledged)  # type: ignore[union-attr]
    panel.select(answered)
    assert panel.withdraw_button.isEnabled() and not panel.ack_button.isEnabled()
    qtbot.mouseClick(panel.withdraw_button, Qt.MouseButton.LeftButton)
    assert window.doc.proposal.acknowledgements == []


def test_blockers_cannot_be_acknowledged(window: MainWindow) -> None:
    panel = review(window).panel
    blocker = ReviewItem("vision", "vision.statement", "blocker", "No vision")
    panel.set_analysis(dataclasses.replace(analyse(window.doc.proposal), items=(blocker,)))
    panel.select(blocker)
    assert panel.current_item() == blocker
    assert not panel.ack_button.isEnabled()


def test_finance_figures_update_live(window: MainWindow, qtbot: QtBot) -> None:
    assert window.open_sample("lumara-transit")
    page = typing.cast(FinancePage, window.pages["finance"])
    npv = page.figures.findChild(QLabel, "figure_npv")
    assert npv is not None and "IDR" in npv.text()
    before = npv.text()
    window.go_to_step("finance")
    rate = window.pages["finance"].binder.bindings["finance.discount_rate_pct"].widget
    rate.setFocus()
    typing.cast(typing.Any, rate).selectAll()
    qtbot.keyClicks(rate, "4")
    qtbot.keyClick(rate, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: npv.text() != before)
    title = page.figures.findChild(QLabel, "figure_title_npv")
    assert title is not None and "4" in title.text()
    assert len(page.figures.chart.rows) == len(window.doc.proposal.finance.lines)


def test_pyside6_project_lists_every_form_and_gui_module() -> None:
    data = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    listed = set(data["tool"]["pyside6-project"]["files"])
    wanted = {str(p.relative_to(ROOT)) for p in (ROOT / "forms").glob("*.ui")}
    wanted |= {str(p.relative_to(ROOT)) for p in (ROOT / "wizard" / "gui").rglob("*.py")}
    assert wanted <= listed, sorted(wanted - listed)
    assert all((ROOT / name).is_file() for name in listed), sorted(n for n in listed if not (ROOT / n).is_file())


def test_vision_shows_live_hints_not_the_same_findings_twice(window: MainWindow, qtbot: QtBot) -> None:
    window.go_to_step("vision")
    binding = window.pages["vision"].binder.bindings["vision.statement"]
    binding.widget.setFocus()
    qtbot.keyClicks(binding.widget, "A world-class smart city")
    window.refresh_analysis()
    hints = window.pages["vision"].findChild(QLabel, "vision_hints")
    assert hints is not None and hints.isVisibleTo(window)
    assert binding.note == ""


def test_findings_show_beside_their_fields(window: MainWindow, qtbot: QtBot) -> None:
    assert window.open_sample("lumara-transit")
    window.go_to_step("problem")
    binding = window.pages["problem"].binder.bindings["problem.affected_population"]
    assert binding.note == ""
    box = typing.cast(typing.Any, binding.widget)
    box.setFocus()
    box.selectAll()
    qtbot.keyClick(box, Qt.Key.Key_Delete)
    qtbot.keyClick(box, Qt.Key.Key_Return)
    window.refresh_analysis()
    assert binding.note, "a problem with no affected population should carry the finding beside the field"
    note = window.pages["problem"].findChild(QLabel, "note_problem__affected_population")
    assert note is not None and note.isVisibleTo(window) and note.text() == binding.note
    assert window.doc.proposal.problem.affected_population is None
    while window.doc.undo_stack.canUndo():
        window.doc.undo_stack.undo()
    window.refresh_analysis()
    assert binding.note == "" and not note.isVisibleTo(window)


def test_untouched_steps_are_not_nagged_field_by_field(window: MainWindow, qtbot: QtBot) -> None:
    window.refresh_analysis()
    assert window.last_analysis is not None and window.last_analysis.state("finance") == "empty"
    bindings = window.pages["finance"].binder.bindings
    assert all(b.note == "" for b in bindings.values())
    # Once the step is started, its findings appear beside the fields.
    window.go_to_step("finance")
    rate = bindings["finance.discount_rate_pct"].widget
    rate.setFocus()
    qtbot.keyClicks(rate, "8")
    qtbot.keyClick(rate, Qt.Key.Key_Return)
    window.refresh_analysis()
    assert bindings["finance.currency"].note
