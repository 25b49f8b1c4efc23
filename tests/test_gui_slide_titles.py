"""The Export step's slide titles: generated titles beside the team's, edited as undoable steps."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from wizard import projectfile, resources
from wizard.export import render_html
from wizard.export.story import MAIN_LINE
from wizard.export.titles import slide_titles
from wizard.gui.document import ProposalDocument
from wizard.gui.export.page import ExportPage
from wizard.gui.export.titles import GENERATED, OWN, SLIDE, SlideTitlesEditor, pending, with_title
from wizard.model import SlideTitle
from wizard.steps import STEPS

pytestmark = pytest.mark.gui

ROW = {slide: row for row, (slide, _name) in enumerate(MAIN_LINE)}


def _page(qtbot: QtBot) -> tuple[ProposalDocument, ExportPage]:
    doc = ProposalDocument(projectfile.load(resources.sample_path("lumara-transit")))
    page = ExportPage(next(s for s in STEPS if s.id == "export"), doc)
    qtbot.addWidget(page)
    return doc, page


def _generated(qtbot: QtBot, editor: SlideTitlesEditor) -> None:
    editor.refresh(editor.analysis.current())
    qtbot.waitUntil(lambda: editor.task is None and bool(editor.generated), timeout=30_000)


def test_with_title_sets_replaces_and_clears_one_slide() -> None:
    items = [SlideTitle(slide="problem", title="Ours"), SlideTitle(slide="economics", title="Old")]
    assert with_title(items, "economics", "  New   title ") == [SlideTitle(slide="problem", title="Ours"),
                                                              SlideTitle(slide="economics", title="New title")]
    assert with_title(items, "economics", "   ") == [SlideTitle(slide="problem", title="Ours")]
    assert items[1].title == "Old"  # the list given is left as it was (the undo step keeps it)


def test_table_lists_the_main_line_with_the_generated_titles(qtbot: QtBot, isolated_settings: Path) -> None:
    doc, page = _page(qtbot)
    editor = page.titles
    assert editor.table.rowCount() == len(MAIN_LINE)
    assert [editor.table.item(r, SLIDE).text() for r in range(len(MAIN_LINE))] == [n for _s, n in MAIN_LINE]
    assert editor.table.item(0, GENERATED).text() == pending()
    _generated(qtbot, editor)
    expected = slide_titles(doc.proposal)
    assert [editor.table.item(r, GENERATED).text() for r in range(len(MAIN_LINE))] == [t.generated for t in expected]
    assert all(editor.table.item(r, OWN).text() == "" for r in range(len(MAIN_LINE)))
    # The generated title is read-only; the team's is editable.
    assert not editor.table.item(0, GENERATED).flags() & editor.table.item(0, OWN).flags().ItemIsEditable
    assert editor.table.item(0, OWN).flags() & editor.table.item(0, OWN).flags().ItemIsEditable


def test_edit_undo_redo_clear_save_reload_and_the_plan(qtbot: QtBot, isolated_settings: Path, tmp_path: Path,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    doc, page = _page(qtbot)
    editor = page.titles
    stack = doc.undo_stack
    start = stack.count()
    asked: list[int] = []  # the deck preview is asked to render again after each edit
    monkeypatch.setattr(page.preview.renderer, "invalidate", lambda *a: asked.append(1))

    editor.table.item(ROW["economics"], OWN).setText("  Our own   title: returns of 11.5% ")
    assert doc.proposal.slide_titles == [SlideTitle(slide="economics", title="Our own title: returns of 11.5%")]
    assert stack.count() == start + 1
    assert stack.undoText() == "Set the title of the slide 'Economics'"
    assert editor.table.item(ROW["economics"], OWN).text() == "Our own title: returns of 11.5%"
    assert asked

    editor.table.item(ROW["problem"], OWN).setText("Congestion costs an hour a day")
    assert stack.count() == start + 2  # each edit is its own step, never merged with the one before
    stack.undo()
    assert [t.slide for t in doc.proposal.slide_titles] == ["economics"]
    assert editor.table.item(ROW["problem"], OWN).text() == ""
    stack.redo()
    assert editor.table.item(ROW["problem"], OWN).text() == "Congestion costs an hour a day"

    editor.table.item(ROW["problem"], OWN).setText("")
    assert stack.undoText() == "Clear the title of the slide 'The problem'"
    assert [t.slide for t in doc.proposal.slide_titles] == ["economics"]
    stack.undo()
    assert editor.table.item(ROW["problem"], OWN).text() == "Congestion costs an hour a day"

    saved = projectfile.save(doc.project, tmp_path / "titles.citypitch")
    reloaded = projectfile.load(saved)
    assert {t.slide: t.title for t in reloaded.proposal.slide_titles} == {
        "economics": "Our own title: returns of 11.5%", "problem": "Congestion costs an hour a day"}
    _, context, _ = render_html(reloaded)
    titles = {s["id"]: s["title"]["en"] for s in context["slides"] if s.get("id") in ROW}
    assert titles["economics"] == "Our own title: returns of 11.5%"
    assert titles["problem"] == "Congestion costs an hour a day"
    assert titles["summary"] == next(t.generated for t in slide_titles(reloaded.proposal) if t.id == "summary")

    # A reopened project shows its titles in the table.
    doc.replace(reloaded)
    assert editor.table.item(ROW["economics"], OWN).text() == "Our own title: returns of 11.5%"
    assert editor.table.item(ROW["summary"], OWN).text() == ""


def test_generated_titles_follow_the_analysis_and_stale_results_are_dropped(qtbot: QtBot,
                                                                          isolated_settings: Path) -> None:
    doc, page = _page(qtbot)
    editor = page.titles
    _generated(qtbot, editor)
    before = editor.generated["team"]
    doc.set_field("team.lead_agency", "Lumara Transit Office")
    editor.refresh(editor.analysis.current())
    older = editor._asked
    editor.refresh(editor.analysis.current())
    assert editor._asked == older + 1
    qtbot.waitUntil(lambda: editor.task is None, timeout=30_000)
    assert editor.generated["team"] != before
    assert "Lumara Transit Office" in editor.table.item(ROW["team"], GENERATED).text()


def test_the_table_speaks_the_installed_language(qtbot: QtBot, isolated_settings: Path) -> None:
    from PySide6.QtWidgets import QApplication

    from wizard.gui import language

    app = QApplication.instance()
    assert app is not None
    language.install(app, "ja")
    try:
        _doc, page = _page(qtbot)
        editor = page.titles
        assert editor.title() == "スライドのタイトル"
        assert [editor.table.horizontalHeaderItem(c).text() for c in range(3)] == [
            "スライド", "入力した数値から作成", "独自のタイトル"]
        language.install(app, "en")  # switched while the page is open: the table follows
        QApplication.processEvents()
        assert editor.title() == "Slide titles"
        assert editor.table.horizontalHeaderItem(OWN).text() == "Your title"
    finally:
        language.install(app, "en")
