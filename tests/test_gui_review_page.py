"""The Review page as an investment officer reads it, and the sidebar that agrees with it (issues 12 and 16).

The flawed proposals are the planted-flaw suite's (``tests/test_readiness_eval.py``): its strong proposal
with one flaw each, opened in the wizard as a city team would have it.
"""

from __future__ import annotations

import typing
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QRect, Qt, QTimer
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from tests.gui_support import quiet_window
from tests.test_readiness_eval import FLAWS, first_item, strong
from wizard import readiness
from wizard.analysis import ReviewItem
from wizard.gui.review import texts
from wizard.gui.review.page import ReviewPage
from wizard.gui.review.panel import GATE_COLOURS, GATE_ROLE, GROUPS, HEAD_ROLE, ITEM_ROLE, MARK_ROLE, META_ROLE, ReviewPanel, group_of
from wizard.gui.steps.justification import EMPTY_MESSAGE, JustificationDialog
from wizard.gui.tables.listeditor import ListEditor
from wizard.gui.window.mainwindow import MainWindow
from wizard.projectfile import Project
from wizard.steps import STATE_LABELS

pytestmark = pytest.mark.gui

BY_NAME = {f.name: f for f in FLAWS}


@pytest.fixture
def window(qtbot: QtBot, isolated_settings: Path, monkeypatch: pytest.MonkeyPatch) -> MainWindow:
    return quiet_window(qtbot, monkeypatch)


def panel_of(window: MainWindow) -> ReviewPanel:
    return typing.cast(ReviewPage, window.pages["review"]).panel


def open_flawed(window: MainWindow, name: str | None) -> None:
    """The planted-flaw suite's strong proposal, with the flaw ``name`` (None: as strong as it is)."""
    proposal = strong()
    if name is not None:
        BY_NAME[name].mutate(proposal)
    window.replace_project(Project(proposal=proposal), f"{name or 'strong'}.citypitch")
    window.go_to_step("review")
    window.refresh_analysis()


def show_review(window: MainWindow) -> ReviewPanel:
    window.go_to_step("review")
    window.refresh_analysis()
    QApplication.processEvents()
    return panel_of(window)


# --- the verdict, the gates, the findings ----------------------------------------------------------------


def test_gates_are_shown_above_the_findings_in_the_investors_order(window: MainWindow, qtbot: QtBot) -> None:
    open_flawed(window, "loses_money")
    panel = show_review(window)
    result = window.last_analysis.readiness  # type: ignore[union-attr]
    catalogue_order = [g.id for g in sorted(readiness.catalogue().gates, key=lambda g: g.question)]
    assert [g.id for g in result.gates] == catalogue_order
    lines = panel.gates.lines()
    assert [line.data(0, GATE_ROLE).id for line in lines] == catalogue_order
    words = {g.id: ("Fails" if not g.passed else "Passes" if g.applies else "Does not apply") for g in result.gates}
    assert [line.data(0, HEAD_ROLE) for line in lines] == [f"{words[g.id]}: {g.title}" for g in result.gates]
    failed = [line for line in lines if not line.data(0, GATE_ROLE).passed]
    # Revenue 40% lower loses money and, in its weakest year, cannot carry the loans either (readiness2's debt gate).
    assert [line.data(0, GATE_ROLE).id for line in failed] == ["returns_cost", "debt_serviced"]
    assert failed[0].data(0, MARK_ROLE) == GATE_COLOURS["fails"] and failed[0].font(0).bold()
    assert panel.gates_heading.text().startswith("Investor gates: 2 of 10 fail")
    # The verdict is at the top, the gates under it, then the findings.
    top = lambda w: w.mapTo(panel, QPoint(0, 0)).y()  # noqa: E731
    assert top(panel.band_label) < top(panel.lead_label) < top(panel.gates) < top(panel.tabs)
    # A failed gate in full: what it found, what to do, where it comes from; and the way to its field.
    panel.gates.setFocus()
    assert panel.select_gate("returns_cost")
    gate = result.failed_gates[0]
    detail = panel.detail.text()
    assert gate.message in detail and gate.fix in detail and gate.source in detail
    assert panel.go_button.isEnabled() and not panel.ack_button.isEnabled()
    qtbot.mouseClick(panel.go_button, Qt.MouseButton.LeftButton)
    assert window.current_step() == "finance"


def test_a_gate_that_does_not_apply_says_so_and_why(window: MainWindow) -> None:
    assert window.open_sample("song-an-flood")
    panel = show_review(window)
    gate = next(g for g in window.last_analysis.readiness.gates if not g.applies)  # type: ignore[union-attr]
    line = next(line for line in panel.gates.lines() if line.data(0, GATE_ROLE).id == gate.id)
    assert line.data(0, HEAD_ROLE) == f"Does not apply: {gate.title}"
    assert gate.message in line.data(0, Qt.ItemDataRole.AccessibleTextRole)
    assert panel.select_gate(gate.id) and gate.message in panel.detail.text()
    assert not panel.go_button.isEnabled()  # nothing to fix, no field to go to


@pytest.mark.parametrize("name", [f.name for f in FLAWS if f.tier in ("deal-breaker", "serious")][::2]
                         + ["stale_irr_in_text", "no_horizon"])
def test_a_flawed_proposal_leads_with_what_an_investor_names_first(window: MainWindow, name: str) -> None:
    open_flawed(window, name)
    panel = show_review(window)
    analysis = window.last_analysis
    assert analysis is not None
    result = analysis.readiness
    rule, criterion, field = first_item(result)
    flaw = BY_NAME[name]
    assert (rule, criterion, field) == (flaw.rule, flaw.criterion, flaw.field)  # the suite's own judgement
    finding = next(f for f in result.findings if f.rule == rule)
    assert panel.band_label.text().startswith(f"{result.band.title} · {result.score} of 100")
    assert panel.band_label.styleSheet() == f"color: {texts.BAND_COLOURS[result.band.id]};"
    # The first line under the band names the deal-breaker (or, with none, the costliest finding)...
    if result.failed_gates:
        assert panel.lead_label.text() == f"Deal-breaker: {result.failed_gates[0].message}" or \
            panel.lead_label.text().startswith(f"Deal-breaker (1 of {len(result.failed_gates)}): ")
        assert finding.message in panel.lead_label.text()
    else:
        assert panel.lead_label.text() == f"Costliest open finding ({texts.points(finding.points)}): {finding.message}"
    assert panel.next_label.text() == result.band.next_step
    # ...and so does the first line of the findings, selected, with its field in the planner's words.
    first = panel.tree.lines()[0]
    item = first.data(0, ITEM_ROLE)
    assert (item.rule, item.path) == (rule, field)
    assert panel.current_item() == item
    assert finding.field_title.split(" › row ")[0] in first.data(0, Qt.ItemDataRole.AccessibleTextRole)
    assert f"{texts.points(finding.points)}" in first.data(0, Qt.ItemDataRole.AccessibleTextRole)


def test_findings_follow_the_readiness_order(window: MainWindow) -> None:
    open_flawed(window, "no_data_sources")
    panel = show_review(window)
    analysis = window.last_analysis
    assert analysis is not None
    shown = [line.data(0, ITEM_ROLE) for line in panel.tree.lines()]
    findings = [i.finding for i in shown if i.finding is not None and not i.acknowledged]
    assert [f.rule for f in findings] == [f.rule for f in analysis.readiness.findings if not f.acknowledged]
    order = [name for name, _title in GROUPS]
    groups = [group_of(i) for i in shown]
    assert groups == sorted(groups, key=order.index)  # deal-breakers, refused values, warnings, tips, answered, empty
    assert all(i.finding is None or i.finding.points > 0 for i in shown), "no finding may be shown as costing 0 points"


def test_the_score_never_reads_100_of_100_while_something_is_open(window: MainWindow) -> None:
    open_flawed(window, None)  # readiness finds nothing, but fields of the Export step are empty
    panel = show_review(window)
    analysis = window.last_analysis
    assert analysis is not None and analysis.score == 100 and analysis.counts().open > 0
    assert "100 of 100" not in panel.band_label.text()
    assert f"{analysis.counts().open} lines are still open" in panel.band_label.text()
    # Per criterion: the points lost out of the most it can lose, never a rounded 0-100 profile.
    for line, crit in zip(panel.criteria.lines(), analysis.readiness.criteria, strict=True):
        assert line.data(0, HEAD_ROLE) == texts.criterion_line(crit.title, crit.lost, crit.weight)
    # Once everything is filled in and nothing is open, the full score may say so.
    done = analysis.__class__(analysis.finance, analysis.readiness, (), analysis.steps)
    assert texts.band_line(done) == "Ready · 100 of 100: nothing open"


def test_a_criterion_that_lost_points_says_how_many_of_its_most(window: MainWindow) -> None:
    open_flawed(window, "loses_money")
    panel = show_review(window)
    returns = window.last_analysis.readiness.criterion("returns")  # type: ignore[union-attr]
    assert returns.lost > 0
    line = next(line for line in panel.criteria.lines() if line.data(0, HEAD_ROLE).startswith(returns.title))
    assert line.data(0, HEAD_ROLE) == f"{returns.title}: {returns.lost} of at most {returns.weight} points lost"
    assert all(f"({f.points})" in line.data(0, Qt.ItemDataRole.AccessibleTextRole) for f in returns.findings[:4])


# --- jumping to fields and rows --------------------------------------------------------------------------


def test_go_to_field_selects_every_row_a_finding_concerns(window: MainWindow, qtbot: QtBot) -> None:
    assert window.open_sample("lumara-transit")
    panel = show_review(window)
    line = next(line for line in panel.tree.lines() if len(getattr(line.data(0, ITEM_ROLE).finding, "rows", ())) > 1)
    item: ReviewItem = line.data(0, ITEM_ROLE)
    assert item.finding is not None
    rows = [r - 1 for r in item.finding.rows]
    assert len(item.finding.all_paths) == len(rows) > 1
    # The line says which rows, in the planner's words.
    assert "rows " + texts.listed([str(r) for r in item.finding.rows]) in line.data(0, META_ROLE)
    panel.tree.setFocus()
    panel.tree.setCurrentItem(line)
    qtbot.keyClick(panel.tree, Qt.Key.Key_Return)  # Enter on the line goes there, as the button does
    assert window.current_step() == item.step
    table = typing.cast(ListEditor, window.pages[item.step].binder.widget_for(item.path))
    selected = {index.row() for index in table.view.selectionModel().selectedIndexes()}
    assert selected == set(rows)
    assert table.view.currentIndex().row() == rows[0]
    assert window.focusWidget() is table.view
    # Back on Review, the button does the same.
    window.go_to_step("review")
    table.view.setCurrentIndex(table.model.index(2, 0))  # type: ignore[union-attr]
    panel.select(item)
    qtbot.mouseClick(panel.go_button, Qt.MouseButton.LeftButton)
    assert {index.row() for index in table.view.selectionModel().selectedIndexes()} == set(rows)


# --- answering a warning -----------------------------------------------------------------------------


def _answer_in_dialog(script: typing.Callable[[JustificationDialog], None], seen: dict[str, typing.Any]) -> None:
    """Run ``script`` on the justification dialog once it is open (it is modal)."""

    def run() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, JustificationDialog):
            QTimer.singleShot(20, run)
            return
        seen["prompt"] = dialog.finding.text()
        script(dialog)

    QTimer.singleShot(20, run)


def test_an_empty_justification_is_refused_and_records_nothing(window: MainWindow, qtbot: QtBot) -> None:
    assert window.open_sample("lumara-transit")
    panel = show_review(window)
    warning = next(i for i in window.last_analysis.items if i.severity == "warning" and not i.acknowledged)  # type: ignore[union-attr]
    assert warning.finding is not None
    assert panel.select(warning) and panel.ack_button.isEnabled()
    seen: dict[str, typing.Any] = {}

    def empty_then_cancel(dialog: JustificationDialog) -> None:
        qtbot.keyClicks(dialog.text, "   ")  # blanks are no answer either
        dialog.ok_button.click()
        seen["open after OK"] = dialog.isVisible()
        seen["message"] = dialog.error.text() if dialog.error.isVisible() else ""
        dialog.reject()

    _answer_in_dialog(empty_then_cancel, seen)
    qtbot.mouseClick(panel.ack_button, Qt.MouseButton.LeftButton)
    assert seen["open after OK"] and seen["message"] == EMPTY_MESSAGE
    assert warning.message in seen["prompt"] and warning.finding.fix in seen["prompt"]
    assert window.doc.proposal.acknowledgements == [] and window.doc.undo_stack.count() == 0

    def real_answer(dialog: JustificationDialog) -> None:
        qtbot.keyClicks(dialog.text, "Sponsor equity is signed in the term sheet due on 15 March 2027.")
        dialog.ok_button.click()

    _answer_in_dialog(real_answer, seen)
    qtbot.mouseClick(panel.ack_button, Qt.MouseButton.LeftButton)
    acks = window.doc.proposal.acknowledgements
    assert [(a.rule, a.field, a.justification) for a in acks] == [
        (warning.rule, warning.path, "Sponsor equity is signed in the term sheet due on 15 March 2027.")]
    # One undo step, named for the warning it answers.
    assert window.doc.undo_stack.count() == 1
    assert window.undo_action.text() == f"&Undo Answer the warning \u201c{warning.finding.title}\u201d"
    answered = panel.current_item()
    assert answered is not None and answered.acknowledged and answered.rule == warning.rule
    assert panel.withdraw_button.isEnabled() and "Answered" in panel.detail.text()
    qtbot.mouseClick(panel.withdraw_button, Qt.MouseButton.LeftButton)
    assert window.doc.proposal.acknowledgements == [] and window.doc.undo_stack.count() == 2
    assert window.undo_action.text().startswith("&Undo Withdraw the answer to")


# --- the sidebar agrees with Review --------------------------------------------------------------------


@pytest.mark.parametrize("name", ["lumara-transit", "flaw:fare_contradicts_revenue", "flaw:loses_money"])
def test_sidebar_counts_agree_with_the_review_page(window: MainWindow, name: str) -> None:
    if name.startswith("flaw:"):
        open_flawed(window, name[5:])
    else:
        assert window.open_sample(name)
    panel = show_review(window)
    analysis = window.last_analysis
    assert analysis is not None
    shown = [line.data(0, ITEM_ROLE) for line in panel.tree.lines()]
    assert len(shown) == len(analysis.items)
    per_step: dict[str, list[ReviewItem]] = {}
    for item in shown:
        per_step.setdefault(item.step, []).append(item)
    for step_id, entry in window.step_items.items():
        if step_id == "review":
            continue
        state = analysis.steps.get(step_id)
        if state is None:
            continue
        mine = per_step.get(step_id, [])
        counts = analysis.counts(step_id)
        # The tooltip counts exactly the lines the Review page shows for the step...
        assert entry.toolTip(0) == f"{state.label}: {counts.phrase()}"
        assert entry.data(0, Qt.ItemDataRole.AccessibleTextRole) == entry.toolTip(0)
        assert counts.warnings == sum(group_of(i) == "warning" for i in mine)
        assert counts.blockers == sum(group_of(i) == "blocker" for i in mine)
        assert counts.tips == sum(group_of(i) == "tip" for i in mine)
        assert counts.missing == sum(group_of(i) == "missing" for i in mine)
        assert counts.answered == sum(group_of(i) == "answered" for i in mine)
        # ...and its state is one the legend explains by those counts.
        if state.state == "has_problems":
            assert counts.blockers + counts.refused + counts.contradictions > 0
        elif state.state == "in_progress":
            assert counts.warnings + counts.missing > 0 or state.filled < state.total
        elif state.state == "complete":
            assert counts.blockers + counts.refused + counts.warnings + counts.missing == 0
    # The Review step has a mark too: the band; its tooltip and the page count the same lines in all.
    entry = window.step_items["review"]
    assert not entry.icon(0).isNull()
    band = analysis.readiness.band
    assert entry.toolTip(0).startswith(f"Review: {band.title} · ") and analysis.counts().phrase() in entry.toolTip(0)
    assert analysis.counts().phrase() in panel.summary.text()
    if analysis.counts().open:
        assert panel.tabs.tabText(0) == f"Fin&dings ({analysis.counts().open} open)"


def test_the_sidebar_has_a_legend_in_words(window: MainWindow) -> None:
    legend = window.navigation.legend
    assert legend.isVisibleTo(window)
    assert set(legend.rows) == set(STATE_LABELS)
    description = legend.accessibleDescription()
    for state, label in legend.rows.items():
        assert label.text().split(" (on Review")[0] in description
        assert legend.icons[state].pixmap() is not None and not legend.icons[state].pixmap().isNull()
    for band in ("Ready", "Close", "Not ready"):
        assert f"on Review: {band}" in description
    # Each state has a mark of its own shape, not only its colour: no two marks are the same picture.
    images = [legend.icons[s].pixmap().toImage() for s in STATE_LABELS]
    grey = [image.convertToFormat(image.Format.Format_Grayscale8) for image in images]
    assert len({bytes(g.constBits()) for g in grey}) == len(grey)
    assert QColor(texts.BAND_COLOURS["not_ready"]).isValid()


# --- the buttons stay on screen ------------------------------------------------------------------------


def _visible_in(widget: QWidget, viewport: QWidget) -> bool:
    rect = QRect(widget.mapTo(viewport, QPoint(0, 0)), widget.size())
    return viewport.rect().contains(rect)


@pytest.mark.parametrize("size", [(1024, 768), (1366, 768)])
@pytest.mark.parametrize("presentation", [False, True], ids=["normal", "presentation"])
@pytest.mark.parametrize("source", ["lumara-transit", "flaw:join_largest", "flaw:several_problems"])
def test_action_buttons_stay_on_screen(window: MainWindow, size: tuple[int, int], presentation: bool, source: str) -> None:
    if source.startswith("flaw:"):
        open_flawed(window, source[5:])
    else:
        assert window.open_sample(source)
    if presentation:
        window.presentation.toggle()
        # The offscreen screen is not a projector's: keep presentation mode's text and layout at this size.
        window.showNormal()
    window.resize(*size)
    panel = show_review(window)
    window.grab()  # lay out at this size
    QApplication.processEvents()
    assert window.size().width() == size[0] and window.size().height() == size[1]
    scroll = window.scrolls["review"]
    viewport = scroll.viewport()
    assert _visible_in(viewport, window)
    # The page fits its window: nothing below the fold, nothing beside it.
    assert scroll.verticalScrollBar().maximum() == 0 and scroll.horizontalScrollBar().maximum() == 0
    buttons: list[QPushButton] = [panel.go_button, panel.ack_button, panel.withdraw_button]
    for button in buttons:
        assert button.isVisibleTo(window)
        assert _visible_in(button, viewport), (button.text(), button.mapTo(viewport, QPoint(0, 0)), viewport.size())
        hint = button.sizeHint()
        assert button.width() >= hint.width() and button.height() >= hint.height(), button.text()  # not squeezed
    for label in (panel.band_label, panel.lead_label):
        assert _visible_in(label, viewport)
        assert label.height() >= label.heightForWidth(label.width())  # every line of the verdict shown
    assert panel.tree.height() >= panel.tree.minimumSizeHint().height()
    assert panel.gates.height() >= panel.gates.minimumSizeHint().height()
    if presentation:
        window.presentation.toggle()


# --- the Export step's DRAFT note --------------------------------------------------------------------------


def test_the_draft_note_gives_the_exports_own_reasons(window: MainWindow) -> None:
    from wizard.review import signoff

    assert window.open_sample("lumara-transit")
    page = typing.cast(typing.Any, window.pages["export"])
    page.set_options(draft_mark=True)
    window.go_to_step("export")
    page.update_draft_note()
    assert signoff.draft_reasons(window.doc.project) == []
    assert page.draft_note.text().startswith("No DRAFT mark will show")
    # Sign-off turned on and not given: the same reason the export gives.
    signoff.set_required(window.doc.project, True)
    page.update_draft_note()
    reasons = signoff.draft_reasons(window.doc.project)
    assert reasons and "sign-off is turned on" in reasons[0]
    assert page.draft_note.text() == (f"Every page will be marked DRAFT because {reasons[0]}. "
                                      "The Versions and sign-off panel (View menu) records the sign-off.")
    # A failed gate: the gates come first.
    open_flawed(window, "no_exit")
    window.go_to_step("export")
    page.update_draft_note()
    assert "1 readiness gate is not met (An exit agreed in advance)" in page.draft_note.text()


def test_withdrawing_removes_an_answer_given_at_any_row_of_the_finding(window: MainWindow, qtbot: QtBot) -> None:
    from wizard.model import Acknowledgement

    open_flawed(window, "no_data_sources")
    finding = next(f for f in window.last_analysis.readiness.findings  # type: ignore[union-attr]
                   if f.rule == "evidence.evidence_no_source")
    assert len(finding.all_paths) > 2
    # An answer recorded when the finding's first row was another one (rows were fixed or moved since).
    window.doc.set_field("acknowledgements", [Acknowledgement(rule=finding.rule, field=finding.all_paths[2],
                                                              justification="The survey office publishes in May.")],
                         "Answer", merge=False)
    panel = show_review(window)
    answered = next(i for i in window.last_analysis.items if i.rule == finding.rule)  # type: ignore[union-attr]
    assert answered.acknowledged and panel.select(answered) and panel.withdraw_button.isEnabled()
    qtbot.mouseClick(panel.withdraw_button, Qt.MouseButton.LeftButton)
    assert window.doc.proposal.acknowledgements == []
    assert not next(i for i in window.last_analysis.items if i.rule == finding.rule).acknowledged  # type: ignore[union-attr]
