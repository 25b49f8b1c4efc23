"""Sentences the Qt-free core builds, in a translated window (issue 20, what stop 26 left English).

The core keeps such a sentence as a template and its parts (wizard.i18n.said); the window words it in
its language (wizard.gui.coretexts).  Each test does what a planner does in Japanese or Thai and checks
what is shown holds the language's script and none of the English it replaced; the English (the command
line, the exports) is unchanged.  A test holds the window's list of templates to every template the
core builds, so a new sentence cannot reach a translated window in English.
"""

from __future__ import annotations

import ast
import re
import typing
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from wizard import fields, projectfile, resources, textcheck
from wizard.analysis import analyse, note_place
from wizard.errors import describe_location
from wizard.export import ExportError, check_size
from wizard.export.isolation import ExportFailed, refused
from wizard.finance import importer
from wizard.gui import coretexts, language
from wizard.gui.consult import comments_panel
from wizard.gui.consult.controller import ConsultController
from wizard.gui.finance.importing import ImportDialog
from wizard.gui.window.mainwindow import MainWindow
from wizard.i18n.said import Field, Place, Said, said
from wizard.review import comments, store, versions
from wizard.review.records import Anchor, Comment, RowMark

pytestmark = pytest.mark.gui

JAPANESE = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff]")
THAI = re.compile(r"[\u0e00-\u0e7f]")
SCRIPTS = {"ja": JAPANESE, "th": THAI}


def speaks(lang: str, text: str, *english: str) -> bool:
    """``text`` is in ``lang``: it holds that script and none of the English words it replaced."""
    return bool(SCRIPTS[lang].search(text)) and not any(word in text for word in english)


@pytest.fixture(params=["ja", "th"])
def lang(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    app = QApplication.instance()
    assert app is not None
    language.install(app, request.param)
    yield request.param
    language.install(app, "en")


# --- the list of templates ------------------------------------------------------------------------------

def _core_templates() -> tuple[dict[str, str], list[str]]:
    """Every template the core builds (said(...) and template(...) with a literal), and calls without one."""
    root = Path(__file__).resolve().parent.parent / "wizard"
    found: dict[str, str] = {}
    not_literal: list[str] = []
    for path in sorted(root.rglob("*.py")):
        if "gui" in path.relative_to(root).parts:
            continue
        text = path.read_text(encoding="utf-8")
        if "wizard.i18n.said import" not in text and path.name != "said.py":
            continue
        for node in ast.walk(ast.parse(text)):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in ("said", "template") \
                    and not (path.name == "said.py" and isinstance(node.args[0], ast.Name)):
                arg = node.args[0] if node.args else None
                if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
                    found.setdefault(arg.value, path.name)
                else:
                    not_literal.append(f"{path.name}:{node.lineno}")
    return found, not_literal


def test_every_core_template_is_listed_for_the_catalogues() -> None:
    found, not_literal = _core_templates()
    assert not not_literal, f"a template must be a literal, or pyside6-lupdate cannot see it: {not_literal}"
    assert len(found) > 60
    listed = set(coretexts.SOURCES)
    assert not sorted(set(found) - listed), f"add to wizard/gui/coretexts.py SOURCES: {sorted(set(found) - listed)}"
    assert not sorted(listed - set(found)), f"no longer built by the core: {sorted(listed - set(found))}"


def test_a_sentence_keeps_its_english_and_travels_as_data() -> None:
    sentence = said("%1 has %2 rows; an export takes at most %3. Keep the most important ones, or move the rest to "
                    "a separate annex.", Place("problem.kpis"), 1234, 1000)
    assert str(sentence) == ("Problem › KPIs has 1,234 rows; an export takes at most 1,000. Keep the most important "
                             "ones, or move the rest to a separate annex.")
    nested = Said("%1 (%2)", (Field("finance.lines.capex", lower=True), sentence))
    assert Said.from_data(nested.to_data()) == nested
    assert Said.from_data({"template": "x", "parts": [{"count": True}]}) is None  # not a count
    assert Said.from_data("text") is None


def test_english_notes_are_unchanged() -> None:
    assert note_place("problem.kpis[2].baseline", "Tip: x") == ("problem.kpis", "Row 3, Baseline: Tip: x")
    assert note_place("vision.citizen_benefits[1]", "x") == ("vision.citizen_benefits", "Line 2: x")
    assert describe_location(("problem", "kpis", 2, "baseline"))[0] == "Problem › KPIs › row 3 › Baseline"


# --- 1. the notes beside fields --------------------------------------------------------------------------

def test_field_notes_speak_the_language(lang: str) -> None:
    proposal = projectfile.load(resources.sample_path("lumara-transit")).proposal
    proposal.vision.statement += " 🚌"  # readiness's own finding (it names every such field) sits here
    proposal.problem.kpis[0].name = "교통 지연"
    proposal.japan.technologies_sought = "Pumps ⛽🌧🚌🚍🚲🛵🚆🚇"
    analysis = language.shown(analyse(proposal))
    notes = analysis.notes(coretexts.say)
    table = [line for line in notes["problem.kpis"].splitlines() if "교" in line]
    assert table and all(speaks(lang, line, "Row", "bundled", "cannot draw", "Korean", "PDF export") for line in table)
    assert ("1行目" if lang == "ja" else "แถวที่ 1") in table[0] and "교, 통, 지, 연" in table[0]
    assert speaks(lang, notes["vision.statement"], "Warning", "cannot")  # readiness's own words, as before
    field = notes["japan.technologies_sought"]
    assert speaks(lang, field, "emoji", "more", "cannot draw") and ("ほか2文字" if lang == "ja" else "และอีก 2 ตัว") in field
    # The English of the same analysis is as before.
    assert any(line.startswith("Row 1, KPI: The bundled fonts cannot draw the Korean (Hangul) characters here")
               for line in analysis.notes()["problem.kpis"].splitlines())


def test_the_window_shows_the_notes_in_its_language(qtbot: QtBot, isolated_settings: Path, monkeypatch: pytest.MonkeyPatch,
                                                     lang: str) -> None:
    monkeypatch.setattr(MainWindow, "show_message", lambda self, kind, title, text: None)
    monkeypatch.setattr(MainWindow, "ask_save_changes", lambda self: "discard")
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    assert window.open_sample("lumara-transit")
    window.doc.set_field("vision.statement", window.doc.proposal.vision.statement + " 🚌", "Vision")
    window.go_to_step("problem")
    window.doc.set_field("problem.kpis[0].name", "교통 지연", "KPI")
    window.refresh_analysis()
    note = typing.cast(typing.Any, window.pages["problem"].binder.tables["problem.kpis"]).note
    lines = [line for line in note.text().splitlines() if "교" in line]
    assert lines and all(speaks(lang, line, "Row", "cannot draw", "Korean") for line in lines)


# --- 2. the spreadsheet import's cell problems ------------------------------------------------------------

def test_import_cell_problems_speak_the_language(qtbot: QtBot, tmp_path: Path, lang: str) -> None:
    source = tmp_path / "model.csv"
    source.write_text("Year,Capex,Opex\n2027,100,5\n2028,oops,6\n,4,5\n", encoding="utf-8")
    table = importer.read_table(source)
    preview = importer.make_preview(table, "lines")
    assert [str(p) for p in preview.problems] == [
        "row 3, column 2 (Capex): the capex must be a number: 'oops' is not a number; write it like 1,234,567.5 or 1234567.5",
        "row 4, column 1 (Year): this row has amounts but no year"]
    dialog = ImportDialog(table, "lines", "en", existing=3)
    qtbot.addWidget(dialog)
    lines = [line for line in dialog.problems.text().splitlines() if line.startswith("•")]
    assert len(lines) == 2
    for line in lines:
        assert speaks(lang, line, "row", "column", "must be", "number", "write it", "no year", " or ")
    assert "'oops'" in lines[0] and "1,234,567.5" in lines[0]  # what the cell holds, and the accepted form


# --- 3. a comment's place ---------------------------------------------------------------------------------

def _comment(path: str, rows: list[RowMark] | None = None) -> Comment:
    return Comment.model_validate({"number": 4, "anchor": Anchor(path=path, rows=rows or []).model_dump(),
                                   "author": "Maya Tan", "text": "Check the baseline", "created": "2026-11-30T10:00:00"})


def test_a_comments_place_speaks_the_language(lang: str) -> None:
    on_field = _comment("problem.statement")
    assert comments.where(on_field) == "Problem › Problem statement"
    shown = comments_panel.list_text(on_field)
    assert speaks(lang, shown, "Problem", "by") and "Maya Tan" in shown
    whole = _comment("")
    assert comments.where(whole) == "The proposal as a whole"
    assert speaks(lang, comments_panel.thread_text(whole), "proposal", "whole", "Comment")
    row = _comment("risks[0].mitigation", [RowMark(list="risks", index=0, label="Ridership below forecast")])
    text = coretexts.say(comments.place(row))
    assert speaks(lang, text, "Risks", "Mitigation", "row") and "Ridership below forecast" in text


# --- 4. the version store's and the sign-off record's refusals ------------------------------------------------

class Shown:
    def __init__(self) -> None:
        self.messages: list[tuple[str, str, str]] = []
        self.notes: list[list[str]] = []


@pytest.fixture
def window(qtbot: QtBot, isolated_settings: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
           lang: str) -> Iterator[tuple[MainWindow, Shown, str]]:
    shown = Shown()
    monkeypatch.setattr(MainWindow, "show_message", lambda self, kind, title, text: shown.messages.append((kind, title, text)))
    monkeypatch.setattr(MainWindow, "ask_save_changes", lambda self: "discard")
    monkeypatch.setattr(ConsultController, "ask_author", lambda self, why="": "Maya Tan")
    monkeypatch.setattr(ConsultController, "ask_label", lambda self, check: "After workshop 1")
    lumara = projectfile.save(projectfile.load(resources.sample_path("lumara-transit")), tmp_path / "lumara.citypitch",
                              backup=False)
    win = MainWindow()
    qtbot.addWidget(win)
    win.resize(1400, 900)
    win.show()
    qtbot.waitExposed(win)
    assert win.open_path(lumara)
    yield win, shown, lang
    for other in list(win.consult.windows):
        typing.cast(QWidget, other).close()


def test_version_store_refusals_speak_the_language(window: tuple[MainWindow, Shown, str]) -> None:
    win, shown, lang = window
    assert win.consult.save_version() is not None
    win.consult.open_version(99)
    kind, _title, text = shown.messages[-1]
    assert kind == "warning" and speaks(lang, text, "there is no version", "versions:")
    assert "99" in text
    with pytest.raises(store.ReviewError, match="there is no version 99"):  # the command line's English
        versions.find(win.doc.project, 99)


def test_an_unreadable_sign_off_record_is_explained_in_the_language(window: tuple[MainWindow, Shown, str]) -> None:
    win, shown, lang = window
    win.doc.project.other_members[store.SIGNOFF] = b"{not json"
    win.consult.sign_off()
    kind, _title, text = shown.messages[-1]
    assert kind == "warning"
    assert speaks(lang, text, "damaged", "cannot be read", "sign-offs", "unchanged") and "review/signoff.json" in text


# --- 5. the sign-off dialog's DRAFT sentence --------------------------------------------------------------------

def test_the_sign_off_dialogs_draft_sentence_speaks_the_language(window: tuple[MainWindow, Shown, str],
                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    win, shown, lang = window
    for _ in range(len(win.doc.proposal.finance.funding)):  # no funding sources: two readiness gates fail
        win.doc.remove_row("finance.funding", 0)
    win.refresh_analysis()
    assert len(win.analysis.current().readiness.failed_gates) == 2

    def ask(self: ConsultController, what: str, notes: list[str]) -> None:
        shown.notes.append(notes)
        return None

    monkeypatch.setattr(ConsultController, "ask_signoff", ask)
    win.consult.sign_off()
    [notes] = shown.notes
    draft = [note for note in notes if "DRAFT" in note]
    assert draft and speaks(lang, draft[0], "gate", "readiness", "band", "is not met", "are not met")


# --- 6. the export's refusals ---------------------------------------------------------------------------------

def test_export_size_refusals_speak_the_language_across_the_process_boundary(lang: str) -> None:
    proposal = projectfile.load(resources.sample_path("lumara-transit")).proposal
    proposal.problem.kpis = [proposal.problem.kpis[0]] * 1001
    with pytest.raises(ExportError) as caught:
        check_size(proposal)
    assert str(caught.value) == ("Problem › KPIs has 1,001 rows; an export takes at most 1,000. Keep the most important "
                                 "ones, or move the rest to a separate annex.")
    said_ = caught.value.said
    assert said_ is not None
    # What an export worker sends to the window, and what the window raises from it.
    failure = refused({"type": "error", "kind": "user", "message": str(caught.value), "said": said_.to_data()})
    assert isinstance(failure, ExportFailed) and failure.said == said_
    text = coretexts.say(failure.said) if failure.said is not None else ""
    assert speaks(lang, text, "Problem", "KPIs", "rows", "export", "annex") and ("1,001" in text)
    # A message whose sentence does not match it is shown as it came.
    assert refused({"type": "error", "kind": "user", "message": "other", "said": said_.to_data()}).said is None


def test_describe_location_names_a_place_in_the_language() -> None:
    where = describe_location(("problem", "kpis", 2, "baseline"), lang="ja")[0]
    assert where == "課題 › 重要業績評価指標（KPI） › 3行目 › 現状値"


def test_import_refusals_of_a_whole_file_speak_the_language(tmp_path: Path, lang: str) -> None:
    for name, content in (("notes.txt", b"x"), ("model.csv", b"\xff\xfe broken"), ("book.xlsx", b"not a zip")):
        path = tmp_path / name
        path.write_bytes(content)
        with pytest.raises(importer.ImportRefused) as caught:
            importer.read_table(path)
        assert str(caught.value).startswith(f"{path}: ")  # the command line's English, as before
        assert caught.value.said is not None
        text = coretexts.say(caught.value.said)
        assert text.startswith(str(path)) and speaks(lang, text, "only", "the file", "not UTF-8", "workbook", "save it")


def test_an_export_worker_sends_the_sentences_parts_to_the_window(tmp_path: Path) -> None:
    from wizard.export.isolation import export_isolated

    project = projectfile.load(resources.sample_path("lumara-transit"))
    project.proposal.problem.kpis = [project.proposal.problem.kpis[0]] * 1001
    with pytest.raises(ExportFailed) as caught:
        export_isolated(project, tmp_path / "deck.pdf")
    assert caught.value.said is not None and str(caught.value.said) == str(caught.value)
    assert caught.value.said.parts[0] == Place("problem.kpis")
    assert not (tmp_path / "deck.pdf").exists()


def test_the_export_steps_draft_note_says_why_the_sign_off_record_cannot_be_read(window: tuple[MainWindow, Shown, str]) -> None:
    win, _shown, lang = window
    win.doc.project.other_members[store.SIGNOFF] = b"{not json"
    win.go_to_step("export")
    page = typing.cast(typing.Any, win.pages["export"])
    page.update_draft_note()
    note = page.draft_note.text()
    assert "review/signoff.json" in note
    assert speaks(lang, note, "damaged", "cannot be read", "sign-offs", "unchanged", "cannot be changed")


def test_the_export_steps_cannot_be_made_line_names_fields_by_title_in_the_language(window: tuple[MainWindow, Shown, str]) -> None:
    win, _shown, lang = window
    win.doc.set_field("meta.project_name", "Lumara 🚍 BRT", "Project name")
    win.doc.set_field("meta.subtitle", "한국 BRT", "Subtitle")
    win.refresh_analysis()
    win.go_to_step("export")
    page = typing.cast(typing.Any, win.pages["export"])
    page.update_draft_note()
    line = page.draft_note.text().splitlines()[-1]
    assert "🚍" in line and "한, 국" in line
    assert fields.title("meta.project_name", lang) in line and fields.title("meta.subtitle", lang) in line
    assert speaks(lang, line, "meta.", "bundled fonts", "empty boxes", " has ", "emoji", "Korean", "The fonts cover",
                  "remove or replace", "Latin")
    # The command line's refusal keeps its English and the model's paths.
    english = textcheck.message(textcheck.uncovered_text(win.doc.proposal))
    assert "meta.project_name has emoji text (🚍)" in english and "meta.subtitle has Korean (Hangul) text (한, 국)" in english


def test_a_saved_versions_band_is_named_in_the_language(window: tuple[MainWindow, Shown, str]) -> None:
    win, _shown, lang = window
    record = win.consult.save_version()
    assert record is not None and record.band == "Ready"  # stored as the core judged it, in English
    status = win.statusBar().currentMessage()
    assert speaks(lang, status, "Ready", "score") and "After workshop 1" in status
    win.consult.versions_dock.show()
    win.consult.versions_panel.set_state(win.consult.state, None)
    table = win.consult.versions_panel.table
    readiness = table.item(0, table.columnCount() - 1).text()  # type: ignore[union-attr]
    assert speaks(lang, readiness, "Ready") and "95" in readiness


def test_the_guidance_panel_names_the_focused_field_in_the_language(window: tuple[MainWindow, Shown, str]) -> None:
    win, _shown, lang = window
    win.go_to_step("problem")
    win.show_field_help("problem.category")
    heading = win.guidance.toPlainText().splitlines()[0]
    assert speaks(lang, heading, "Problem category")
