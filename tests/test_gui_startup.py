"""Start-up work saved without changing what the user sees (issue 8's start-up target).

The window builds a page only when it is shown or asked for; these tests check that a page built late
looks exactly as it would had it been built at start (values, readiness notes, the Review report), and
that what the window knows about pages it has not built (field owners, badges) is the same as if it had
built them.  Speed itself is measured by ``tests/benchmarks/run.py --only startup``, not here.
"""

from __future__ import annotations

import typing
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from wizard import projectfile, resources
from wizard.gui.document import ProposalDocument
from tests.gui_support import quiet_window
from wizard.gui.window.mainwindow import MainWindow
from wizard.gui.review.page import ReviewPage
from wizard.gui.steps.pages import StartPage
from wizard.gui.window.pages import make_page
from wizard.steps import form_patterns
from wizard.gui.review.panel import ITEM_ROLE
from wizard.steps import STEP_IDS, STEPS

pytestmark = pytest.mark.gui

SAMPLE = "lumara-transit"


def make_window(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> MainWindow:
    return quiet_window(qtbot, monkeypatch)


def notes_of(window: MainWindow) -> dict[str, dict[str, str]]:
    return {sid: {p: b.note for p, b in page.binder.bindings.items()} for sid, page in window.pages.items()}


def review_lines(window: MainWindow) -> list[tuple[str, str]]:
    tree = typing.cast(ReviewPage, window.pages["review"]).panel.tree
    lines = []
    for g in range(tree.topLevelItemCount()):
        group = tree.topLevelItem(g)
        for i in range(group.childCount()):
            item = group.child(i).data(0, ITEM_ROLE)
            lines.append((item.step, item.message))
    return lines


def test_form_patterns_match_the_built_pages(qtbot: QtBot) -> None:
    doc = ProposalDocument(projectfile.load(resources.sample_path(SAMPLE)))
    for step in STEPS:
        assert list(form_patterns(step.id)) == make_page(step.id, doc).patterns(), step.id


def test_only_the_pages_shown_are_built(qtbot: QtBot, isolated_settings: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    window = make_window(qtbot, monkeypatch)
    assert list(window.pages.built()) == ["start"]
    assert window.open_sample(SAMPLE)
    window.go_to_step("city_team")
    assert list(window.pages.built()) == ["start", "city_team"]
    # The sample's values are in the page that is shown.
    name = window.pages["city_team"].binder.bindings["city.name"]
    assert name.widget_value() == window.doc.proposal.city.name and name.widget_value()
    # Every step is still there for whoever asks, and asking builds it.
    assert list(window.pages) == list(STEP_IDS) and len(window.pages) == len(STEP_IDS)
    assert "finance" in window.pages and not window.pages.is_built("finance")
    assert "nowhere" not in window.pages
    with pytest.raises(KeyError):
        window.pages["nowhere"]
    assert window.pages["finance"].doc is window.doc
    assert window.pages.is_built("finance")
    assert window.scrolls["finance"].widget() is window.pages["finance"]


def test_lazy_pages_show_what_eager_pages_would(qtbot: QtBot, isolated_settings: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    lazy = make_window(qtbot, monkeypatch)
    eager = make_window(qtbot, monkeypatch)
    list(eager.pages.values())  # every page built before the sample is opened
    assert len(eager.pages.built()) == len(STEP_IDS)
    owners_before = lazy.field_owners()
    for window in (lazy, eager):
        # This sample has a readiness tip about a single field (the feasibility study's status).
        assert window.open_sample("prey-meas-lighting")
    assert len(lazy.pages.built()) < len(STEP_IDS)
    assert owners_before == lazy.field_owners() == eager.field_owners()
    assert lazy.last_analysis is not None and eager.last_analysis is not None
    assert lazy.last_analysis.steps == eager.last_analysis.steps  # states and counts of filled fields
    assert [(i.step, i.path, i.message) for i in lazy.last_analysis.items] == [(i.step, i.path, i.message) for i in eager.last_analysis.items]
    for step_id, item in eager.step_items.items():
        assert lazy.step_items[step_id].toolTip(0) == item.toolTip(0)
    # Pages built now, after the report, get the readiness notes and the Review list they missed.
    lazy_notes, eager_notes = notes_of(lazy), notes_of(eager)
    assert lazy_notes == eager_notes
    assert any(note for page in eager_notes.values() for note in page.values())
    assert review_lines(lazy) == review_lines(eager) and review_lines(lazy)
    for step_id in STEP_IDS:
        for pattern, binding in lazy.pages[step_id].binder.bindings.items():
            other = eager.pages[step_id].binder.bindings[pattern]
            assert binding.widget_value() == other.widget_value(), pattern


def test_late_pages_follow_recent_files_and_read_only(qtbot: QtBot, isolated_settings: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    window = make_window(qtbot, monkeypatch)
    path = tmp_path / "ring.citypitch"
    projectfile.save(projectfile.load(resources.sample_path(SAMPLE)), path)
    assert window.open_path(path)
    start = typing.cast(StartPage, window.pages["start"])
    assert start.recent.item(0).data(0x0100) == str(path.resolve())
    window.doc.set_read_only("a test says so")
    binding = window.pages["japan"].binder.bindings["japan.technologies_sought"]
    assert binding.widget.isReadOnly()


def test_recent_files_with_the_same_name_show_the_folders_that_tell_them_apart(
        qtbot: QtBot, isolated_settings: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """Two drafts both called ring.citypitch (a city's and a consultant's copy) are not two identical lines."""
    window = make_window(qtbot, monkeypatch)
    for folder in ("city", "consultant"):
        path = tmp_path / folder / "ring.citypitch"
        path.parent.mkdir()
        projectfile.save(projectfile.load(resources.sample_path(SAMPLE)), path)
        assert window.open_path(path)
    start = typing.cast(StartPage, window.pages["start"])
    shown = [start.recent.item(i).text() for i in range(start.recent.count())]
    assert shown == ["ring.citypitch — consultant", "ring.citypitch — city"]
    assert start.recent.item(1).data(0x0100) == str((tmp_path / "city" / "ring.citypitch").resolve())


def test_distinct_names_show_as_few_folders_as_it_takes() -> None:
    from wizard.gui.steps.pages import distinct_names

    assert distinct_names(["/w/a/plan.json", "/w/b/plan.json", "/w/b/other.json"]) == [
        "plan.json — a", "plan.json — b", "other.json"]
    # Same nearest folder: one more folder each, as far as each needs.
    assert distinct_names(["/x/north/p.c", "/y/north/p.c", "/y/south/p.c"]) == [
        "p.c — x/north", "p.c — y/north", "p.c — south"]
    assert distinct_names(["/a/p.c", "/a/p.c"]) == ["p.c", "p.c"]  # the same file twice is not told apart
    assert distinct_names([]) == []


def test_closing_does_not_build_pages(qtbot: QtBot, isolated_settings: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    window = make_window(qtbot, monkeypatch)
    assert window.open_sample(SAMPLE)
    window.commit_pending()
    window.close()
    assert not window.pages.is_built("export") and not window.pages.is_built("finance")


def test_launch_with_a_file_builds_only_its_page(qtbot: QtBot, isolated_settings: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from wizard.gui import app

    monkeypatch.setenv("CITYPITCH_DATA_DIR", str(tmp_path / "data"))
    windows = app.start(resources.sample_path(SAMPLE))
    window = windows[0]
    try:
        assert window.isVisible() and window.current_step() == "city_team"
        assert list(window.pages.built()) == ["city_team"]
        # Shown with the file's values in it, and its badges and notes worked out.
        shown = window.stack.currentWidget()
        assert shown is window.scrolls["city_team"] and shown.widget() is window.pages["city_team"]
        name = window.pages["city_team"].binder.bindings["city.name"]
        assert name.widget_value() == window.doc.proposal.city.name != ""
        # Assessed once, right after the show (issue 21): not before the first frame, and only once.
        assert window.last_analysis is None and window.analysis.runs == 0
        qtbot.waitUntil(lambda: window.last_analysis is not None)
        assert window.analysis.runs == 1 and window.last_analysis.state("city_team") != "empty"
        # The Start page, first built when it is visited, lists the file among the recent ones.
        window.go_to_step("start")
        start = typing.cast(StartPage, window.pages["start"])
        assert start.recent.count() == 1 and start.recent.item(0).text() == f"{SAMPLE}.json"
    finally:
        window.close()


def test_a_hidden_window_builds_the_page_on_show(qtbot: QtBot, isolated_settings: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    shown: list[tuple[str, bool]] = []
    monkeypatch.setattr(MainWindow, "ask_save_changes", lambda self: "discard")
    window = MainWindow()
    qtbot.addWidget(window)
    assert not window.pages.built()
    window.go_to_step("vision")
    assert not window.pages.built()
    window.show()
    assert list(window.pages.built()) == ["vision"]
    assert window.scrolls["vision"].widget() is window.pages["vision"]
    window.go_to_step("risks")
    assert window.pages.is_built("risks")
    window.hide()

    # A file that cannot be opened before the window shows: the message comes with the window.
    def exec_box(box: QMessageBox) -> int:
        shown.append((box.windowTitle(), box.parentWidget() is later and later.isVisible()))
        return 0

    monkeypatch.setattr(QMessageBox, "exec", exec_box)
    later = MainWindow()
    qtbot.addWidget(later)
    assert not later.open_path(Path("/nonexistent/nothing.citypitch"))
    assert shown == [("Cannot open this file", True)]


def test_settings_are_seen_at_once_and_written_on_close(qtbot: QtBot, isolated_settings: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    window = make_window(qtbot, monkeypatch)
    path = tmp_path / "ring.json"
    path.write_bytes(resources.sample_path(SAMPLE).read_bytes())
    assert window.open_path(path)
    # Another window of this process (and any QSettings) sees the recent file and folder at once.
    other = MainWindow()
    qtbot.addWidget(other)
    assert other.recent_files() == [str(path.resolve())]
    assert other.recent.last_folder() == str(tmp_path)
    window.close()
    written = "\n".join(f.read_text(encoding="utf-8", errors="replace") for f in isolated_settings.rglob("*.ini"))
    assert "geometry" in written and "ring.json" in written and "last_folder" in written


def test_hidden_figures_and_tables_catch_up_when_shown(qtbot: QtBot, isolated_settings: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtWidgets import QLabel

    from wizard.gui.tables.listeditor import ListEditor
    from wizard.gui.finance.page import FinancePage
    from wizard.gui.finance.panel import whole_amounts

    window = make_window(qtbot, monkeypatch)
    assert window.open_sample(SAMPLE)
    for step in ("finance", "problem", "city_team"):
        window.go_to_step(step)
    finance = typing.cast(FinancePage, window.pages["finance"])
    kpis = typing.cast(ListEditor, window.pages["problem"].binder.tables["problem.kpis"])
    name_column = [c.pattern for c in kpis.model.columns].index("problem.kpis.name")
    narrow = kpis.view.horizontalHeader().sectionSize(name_column)

    # Another proposal replaces this one while both steps are off screen.
    other = projectfile.load(resources.sample_path("song-an-flood"))
    other.proposal.problem.kpis[0].name = "A very long indicator name " * 6
    window.replace_project(other)
    window.go_to_step("finance")
    shown = {key: text for key, _title, text in finance.figures.figures() if key != "note"}
    for key, text in shown.items():
        label = finance.figures.findChild(QLabel, f"figure_{key}")
        assert label is not None and label.text() == whole_amounts(text), key  # amounts kept whole on wrapping
    assert len(finance.figures.chart.rows) == len(window.doc.proposal.finance.lines)

    window.go_to_step("problem")
    wide = kpis.view.horizontalHeader().sectionSize(name_column)
    assert wide > narrow and wide == 320
