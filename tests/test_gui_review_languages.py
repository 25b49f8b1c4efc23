"""The Review page and the notes beside the fields speak the interface's language (issue 20): the readiness
texts come from resources/guidance/readiness.<lang>.json through one hook (wizard.gui.review.controller.shown)."""

from __future__ import annotations

import re
import typing
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from tests.gui_support import quiet_window
from tests.test_readiness_eval import FLAWS, strong
from wizard import readiness
from wizard.gui import language
from wizard.gui.fonts import register_fonts
from wizard.gui.review.page import ReviewPage
from wizard.gui.review.panel import GATE_ROLE, ITEM_ROLE, ReviewPanel
from wizard.gui.window.mainwindow import MainWindow
from wizard.projectfile import Project

pytestmark = pytest.mark.gui

JAPANESE = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff]")
BY_NAME = {f.name: f for f in FLAWS}


@pytest.fixture
def japanese(qapp: QApplication) -> Iterator[None]:
    register_fonts()  # as the app does at start: without the bundled fonts Japanese shows as boxes
    language.install(qapp, "ja")
    try:
        yield
    finally:
        language.install(qapp, "en")


def _open(window: MainWindow, *flaws: str) -> ReviewPanel:
    proposal = strong()
    for name in flaws:
        BY_NAME[name].mutate(proposal)
    window.replace_project(Project(proposal=proposal), "flawed.citypitch")
    window.go_to_step("review")
    window.refresh_analysis()
    QApplication.processEvents()
    return typing.cast(ReviewPage, window.pages["review"]).panel


def test_the_review_page_reads_japanese(japanese: None, qtbot: QtBot, isolated_settings: Path,
                                        monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    window = quiet_window(qtbot, monkeypatch)
    window.resize(1024, 768)
    panel = _open(window, "loses_money", "no_horizon")
    english = readiness.assess(window.doc.proposal)
    expected = readiness.localise(english, "ja")
    assert panel.next_label.text() == expected.band.next_step and JAPANESE.search(panel.next_label.text())
    gate_texts = [line.data(0, Qt.ItemDataRole.AccessibleTextRole) for line in panel.gates.lines()]
    for gate in expected.gates:
        line = next(line for line in panel.gates.lines() if line.data(0, GATE_ROLE).id == gate.id)
        said = line.data(0, Qt.ItemDataRole.AccessibleTextRole)
        assert gate.title in said and (gate.passed and gate.applies or gate.message in said)
    assert all(JAPANESE.search(text) for text in gate_texts)
    items = [line.data(0, ITEM_ROLE) for line in panel.tree.findItems("*", Qt.MatchFlag.MatchWildcard | Qt.MatchFlag.MatchRecursive)
             if line.data(0, ITEM_ROLE) is not None]
    findings = [i for i in items if i.finding is not None]
    # Every message in Japanese but a problem the finance package words (its '{detail}' stays English);
    # its fix is Japanese.
    assert findings and all(JAPANESE.search(i.message if i.rule != "returns.finance_problem" else i.fix)
                            for i in findings)
    assert {i.finding.rule for i in findings} == {f.rule for f in expected.findings}
    # The notes beside a field say the same in Japanese.
    window.go_to_step("vision")
    QApplication.processEvents()
    notes = window.pages["vision"].binder.bindings["vision.horizon_year"].shown_note()
    assert JAPANESE.search(notes) and "改善のヒント：ビジョンに目標年がありません。" in notes
    # What is stored and scored is the same as in English.
    assert window.last_analysis is not None and window.last_analysis.readiness.score == english.score
    window.go_to_step("review")
    QApplication.processEvents()
    window.grab().save(str(tmp_path / "review-ja.png"))
    assert (tmp_path / "review-ja.png").stat().st_size > 0


def test_english_is_unchanged(qtbot: QtBot, isolated_settings: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    window = quiet_window(qtbot, monkeypatch)
    panel = _open(window, "loses_money")
    english = readiness.assess(window.doc.proposal)
    assert language.current() == "en" and panel.next_label.text() == english.band.next_step


def test_the_review_page_names_fields_in_the_interface_language(japanese: None) -> None:
    """Where a finding sits is said with the language's field titles (wizard.fields.title), rows too."""
    from wizard.gui.review import texts

    texts.forget_language()
    try:
        assert texts.location("finance.funding") == "財務分析 › 資金源"
        assert texts.location("problem.kpis[0].name", (1, 6)) == "課題 › 重要業績評価指標（KPI） › 1行目と6行目 › KPI"
    finally:
        texts.forget_language()
