"""The last English the Qt-free core handed a translated window (issue 20, wave 7).

- the export's refusal of text the bundled fonts cannot draw (PDF, PowerPoint, a previewed slide);
- pydantic's explanation inside the review part's and the saved versions' refusals ("the comments
  (review/comments.json) are damaged (...)", "version 1 cannot be opened: ...");
- a comment asked for on a row the table does not have.

Each is a sentence of wizard.i18n.said: the window words it in its language, while its English, which the
command line prints, stays as it was.
"""

from __future__ import annotations

import json
import re
import typing
from collections.abc import Iterator
from pathlib import Path

import pytest
from decimal import Decimal
from pydantic import ValidationError
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from wizard import fields, projectfile, resources
from wizard.errors import explain, explain_one, explained, problem
from wizard.export import ExportError, ExportOptions, export_pdf
from wizard.export.isolation import ExportFailed, refused
from wizard.gui import coretexts, language
from wizard.gui.consult.controller import ConsultController, problem_text
from wizard.gui.window.mainwindow import MainWindow
from wizard.i18n.said import Place, Said
from wizard.model import Proposal
from wizard.money import NumberParseError
from wizard.review import comments, store, versions
from wizard.review.modelpaths import PathError

pytestmark = pytest.mark.gui

SCRIPTS = {"ja": re.compile(r"[\u3040-\u30ff\u4e00-\u9fff]"), "th": re.compile(r"[\u0e00-\u0e7f]")}


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


@pytest.fixture(params=["ja", "id", "vi", "th"])
def any_lang(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    app = QApplication.instance()
    assert app is not None
    language.install(app, request.param)
    yield request.param
    language.install(app, "en")


def lumara() -> projectfile.Project:
    return projectfile.load(resources.sample_path("lumara-transit"))


# --- 1. the export's refusal of text the bundled fonts cannot draw ------------------------------------------

ENGLISH_REFUSAL = ("the bundled fonts cannot draw some of the text, and an investor would see empty boxes: meta.subtitle has "
                   "Korean (Hangul) text (한, 국). The fonts cover Latin (with Vietnamese), Greek, Cyrillic, Japanese, Thai, "
                   "Khmer, Lao and Burmese: remove or replace these characters; nothing was written")


def _refusals(tmp_path: Path) -> list[ExportError]:
    """The refusal from each export that checks the text: the PDF, the PowerPoint deck, one previewed slide."""
    from wizard.export.pptx import build_pptx
    from wizard.export.worker import render_slide

    project = lumara()
    project.proposal.meta.subtitle = "한국 BRT"
    found: list[ExportError] = []
    for attempt in (lambda: export_pdf(project, tmp_path / "deck.pdf"),
                    lambda: build_pptx(project),
                    lambda: render_slide(project, tmp_path / "slide.pdf", ExportOptions(), "title")):
        with pytest.raises(ExportError) as caught:
            attempt()
        found.append(caught.value)
    assert not (tmp_path / "deck.pdf").exists() and not (tmp_path / "slide.pdf").exists()
    return found


def test_the_refusal_of_undrawable_text_keeps_the_command_lines_english(tmp_path: Path) -> None:
    for refusal in _refusals(tmp_path):
        assert str(refusal) == ENGLISH_REFUSAL  # the fields by their model paths, as the command line always said
        assert refusal.said is not None and str(refusal.said) == ENGLISH_REFUSAL
        # An English window names the field by its title.
        assert coretexts.say(refusal.said) == ENGLISH_REFUSAL.replace("meta.subtitle", "Proposal › Subtitle")


def test_the_refusal_of_undrawable_text_speaks_the_language_across_the_process_boundary(tmp_path: Path, lang: str) -> None:
    for refusal in _refusals(tmp_path):
        assert refusal.said is not None
        failure = refused({"type": "error", "kind": "user", "message": str(refusal), "said": refusal.said.to_data()})
        assert isinstance(failure, ExportFailed) and failure.said == refusal.said  # the bare place travels as such
        text = coretexts.say(failure.said)
        assert speaks(lang, text, "meta.", "bundled fonts", "empty boxes", "Korean", "nothing was written", "remove or replace")
        assert fields.title("meta.subtitle", lang) in text and "한, 국" in text


def test_a_bare_place_is_a_path_in_english_and_a_title_in_a_window(lang: str) -> None:
    sentence = Said("%1 (%2)", (Place("problem.kpis[2].baseline", bare=True), Place("problem.kpis[2].baseline")))
    assert str(sentence) == "problem.kpis[2].baseline (Problem › KPIs › row 3 › Baseline)"
    title = fields.title("problem.kpis[2].baseline", lang)
    assert coretexts.say(sentence).count(title) == 2
    assert Said.from_data(sentence.to_data()) == sentence
    assert Said.from_data({"template": "%1", "parts": [{"place": "meta", "bare": True, "lower": True}]}) is None


@pytest.fixture
def shown(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str, str]]:
    messages: list[tuple[str, str, str]] = []
    monkeypatch.setattr(MainWindow, "show_message", lambda self, kind, title, text: messages.append((kind, title, text)))
    monkeypatch.setattr(MainWindow, "ask_save_changes", lambda self: "discard")
    monkeypatch.setattr(ConsultController, "ask_author", lambda self, why="": "Maya Tan")
    return messages


@pytest.fixture
def window(qtbot: QtBot, isolated_settings: Path, tmp_path: Path, shown: list[tuple[str, str, str]],
           lang: str) -> Iterator[MainWindow]:
    saved = projectfile.save(lumara(), tmp_path / "lumara.citypitch", backup=False)
    win = MainWindow()
    qtbot.addWidget(win)
    win.resize(1400, 900)
    win.show()
    qtbot.waitExposed(win)
    assert win.open_path(saved)
    yield win
    for other in list(win.consult.windows):
        typing.cast(QWidget, other).close()
    win.doc.undo_stack.setClean()
    win.close()


@pytest.mark.slow
def test_the_export_step_says_the_refusal_in_the_language(qtbot: QtBot, window: MainWindow, tmp_path: Path,
                                                         shown: list[tuple[str, str, str]], lang: str) -> None:
    from wizard.gui.export.page import ExportPage

    window.doc.set_field("meta.subtitle", "한국 BRT", "Subtitle")
    window.go_to_step("export")
    page = typing.cast(ExportPage, window.pages["export"])
    out = tmp_path / "deck.pdf"
    with qtbot.waitSignal(page.export_done, timeout=180_000) as done:
        assert page.start_export(out)  # the real export, in its own process
    assert done.args is not None and done.args[0] is False
    reason = done.args[1]
    assert speaks(lang, reason, "meta.", "bundled fonts", "Korean", "nothing was written") and "한, 국" in reason
    assert fields.title("meta.subtitle", lang) in reason
    assert reason in page.status.text() and speaks(lang, page.status.text(), "The export failed")
    assert not out.exists() and window.doc.proposal.meta.subtitle == "한국 BRT"


# --- 2. pydantic's explanation ----------------------------------------------------------------------------

#: (error as pydantic reports it, its English, English words a translation replaces).  The place of each is
#: a field of the proposal, which the window names by its title.
KINDS: list[tuple[dict[str, typing.Any], str, tuple[str, ...]]] = [
    ({"type": "missing", "loc": ("meta", "project_name"), "msg": "Field required", "input": {}},
     "Proposal › Project name: is required", ("required",)),
    ({"type": "string_type", "loc": ("meta", "project_name"), "msg": "Input should be a valid string", "input": 5},
     "Proposal › Project name: must be text (got 5)", ("must be text", "got")),
    ({"type": "int_parsing", "loc": ("finance", "base_year"), "msg": "Input should be a valid integer", "input": "soon"},
     "Financial case › Base year: must be a year (four digits) (got 'soon')", ("must be a year", "four digits", "got")),
    ({"type": "int_parsing", "loc": ("finance", "horizon_years"), "msg": "Input should be a valid integer", "input": "x"},
     "Financial case › Horizon (years): must be a whole number (got 'x')", ("whole number",)),
    ({"type": "decimal_parsing", "loc": ("problem", "kpis", 0, "baseline"), "msg": "Input should be a valid decimal",
      "input": "many"},
     "Problem › KPIs › row 1 › Baseline: must be a number (got 'many')", ("must be a number", "got")),
    ({"type": "float_parsing", "loc": ("problem", "kpis", 0, "baseline"), "msg": "Input should be a valid number",
      "input": "many"},
     "Problem › KPIs › row 1 › Baseline: must be a number (got 'many')", ("must be a number",)),
    ({"type": "greater_than_equal", "loc": ("finance", "lines", 0, "capex"), "msg": "Input should be >= 0", "input": -5,
      "ctx": {"ge": 0}},
     "Financial case › Yearly cash flows › row 1 › Capex: cannot be negative (got -5)", ("negative",)),
    ({"type": "less_than_equal", "loc": ("finance", "discount_rate_pct"), "msg": "Input should be <= 100", "input": 400,
      "ctx": {"le": 100}},
     "Financial case › Discount rate (%): must be between -100 and 100 (got 400)", ("must be between", " and ")),
    ({"type": "enum", "loc": ("problem", "category"), "msg": "Input should be 'mobility', ...", "input": "nonsense",
      "ctx": {"expected": "'mobility'"}},
     "Problem › Problem category: must be one of: Mobility and congestion, Waste management, Energy efficiency, Public "
     "service delivery, Flooding and drainage, Water supply and quality, Housing, Public health, Education, Air quality, "
     "Other (got 'nonsense')", ("must be one of", "Mobility and congestion", "Air quality", "Other")),
    ({"type": "string_too_long", "loc": ("meta", "project_name"), "msg": "String should have at most 200 characters",
      "input": "x", "ctx": {"max_length": 200}},
     "Proposal › Project name: is too long (at most 200 characters) (got 'x')", ("too long", "characters")),
    ({"type": "extra_forbidden", "loc": ("meta", "shoe_size"), "msg": "Extra inputs are not permitted", "input": 44},
     "Proposal › shoe_size: is not a field CityPitch knows (got 44)", ("is not a field", "knows")),
    ({"type": "date_from_datetime_parsing", "loc": ("meta", "prepared_on"), "msg": "Input should be a valid date",
      "input": "soon"},
     "Proposal › Date of the proposal: must be a date written YYYY-MM-DD (got 'soon')", ("must be a date", "written")),
    ({"type": "bool_parsing", "loc": ("meta", "illustrative"), "msg": "Input should be a valid boolean", "input": "maybe"},
     "Proposal › Illustrative example: must be yes or no (got 'maybe')", ("yes or no",)),
    ({"type": "list_type", "loc": ("problem", "kpis"), "msg": "Input should be a valid list", "input": 3},
     "Problem › KPIs: must be a list", ("must be a list",)),
    ({"type": "model_type", "loc": ("problem",), "msg": "Input should be a valid dictionary", "input": 3},
     "Problem: must be a group of fields (an object)", ("group of fields",)),
    ({"type": "text_nul", "loc": ("meta", "project_name"), "msg": "contains a NUL character ...", "input": "a\x00b",
      "ctx": {"position": 2}},
     "Proposal › Project name: contains a NUL character (a zero byte) at position 2, which text cannot hold: the file is "
     "damaged or not text there; remove it", ("NUL character (a zero byte)", "position", "remove it")),
    ({"type": "uuid_parsing", "loc": ("meta", "project_name"), "msg": "Input should be a valid UUID.", "input": "x"},
     "Proposal › Project name: is not valid (uuid_parsing: input should be a valid UUID) (got 'x')", ("is not valid", "got")),
]


def test_a_choice_is_named_by_its_label_in_the_language(lang: str) -> None:
    from wizard.i18n import choices
    from wizard.i18n.said import Option
    from wizard.model import Currency

    idr = Option("wizard.model.Currency", "IDR")
    assert str(Said("%1, %2", (idr, "x"))) == f"{Currency.IDR.label}, x"
    assert coretexts.say(idr) == choices.label(Currency.IDR, lang) != Currency.IDR.label
    assert Said.from_data(Said("%1", (idr,)).to_data()) == Said("%1", (idr,))
    # A class not loaded, or outside this program, or a value it does not have: the value itself.
    for stranger in (Option("os.Currency", "IDR"), Option("wizard.nothing.Kind", "x"), Option("wizard.model.Currency", "EUR")):
        assert coretexts.say(stranger) == stranger.value


def test_every_kind_of_problem_keeps_a_readable_english() -> None:
    for error, english, _words in KINDS:
        assert explain_one(error) == english
        assert str(problem(error)) == english


def test_every_kind_of_problem_is_worded_in_each_language(any_lang: str) -> None:
    for error, english, words in KINDS:
        text = coretexts.say(problem(error))
        where = fields.title(".".join(str(p) for p in error["loc"]).replace(".0.", "[0]."), any_lang)
        assert text.startswith(where), (any_lang, text)
        assert not any(word in text for word in words), (any_lang, english, text)
        assert text != english


def test_a_validators_own_message_is_kept(lang: str) -> None:
    sentence = _number_said()
    number = NumberParseError(sentence)
    kept = problem({"type": "value_error", "loc": ("problem", "kpis", 0, "baseline"), "msg": f"Value error, {number}",
                    "input": "1,2,3", "ctx": {"error": number}})
    assert str(kept) == f"Problem › KPIs › row 1 › Baseline: {sentence} (got '1,2,3')"
    assert speaks(lang, coretexts.say(kept), "is not grouped", "write it like", "got", "Baseline")
    plain = problem({"type": "value_error", "loc": ("meta", "subtitle"), "msg": "Value error, Ends with a Cyrillic letter.",
                     "input": "x", "ctx": {"error": ValueError("Ends with a Cyrillic letter.")}})
    assert str(plain) == "Proposal › Subtitle: Ends with a Cyrillic letter (got 'x')"  # the validator's English, as written
    assert "Ends with a Cyrillic letter" in coretexts.say(plain)


def _number_said() -> Said:
    from wizard.money import parse_number

    with pytest.raises(NumberParseError) as caught:
        parse_number("1,2,3")
    assert caught.value.said is not None
    return caught.value.said


def _broken_version(count: int) -> tuple[projectfile.Project, versions.VersionRecord]:
    """A project whose first saved version holds ``count`` (1 to 5) values a proposal refuses."""
    project = lumara()
    record = versions.save(project, "After workshop 1", "Maya Tan")
    data = project.proposal.to_json_data()
    changes = [lambda d: d["meta"].__setitem__("project_name", 5),
               lambda d: d["problem"]["kpis"][0].__setitem__("baseline", "many"),
               lambda d: d["finance"].__setitem__("base_year", "soon"),
               lambda d: d["finance"].__setitem__("horizon_years", "long"),
               lambda d: d["finance"]["lines"][0].__setitem__("capex", "-5")]
    for change in changes[:count]:
        change(data)
    objects = dict(versions.read_objects(project))
    root = versions.encode(data, objects)[0]
    versions._write_objects(project, objects)
    index = store.read(project, versions.VersionsFile)
    index.versions[0] = index.versions[0].model_copy(update={"root": root})
    store.write(project, index)
    return project, record


def test_a_version_that_cannot_be_opened_keeps_its_english() -> None:
    project, record = _broken_version(5)
    with pytest.raises(store.ReviewError) as caught:
        versions.open_version(project, record.number)
    assert caught.value.problem == ("version 1 cannot be opened: Proposal › Project name: must be text (got 5); Problem › "
                                    "KPIs › row 1 › Baseline: must be a number (got 'many'); Financial case › Base year: "
                                    "must be a year (four digits) (got 'soon'); and 2 more problems")
    project, record = _broken_version(4)
    with pytest.raises(store.ReviewError) as caught:
        versions.open_version(project, record.number)
    assert caught.value.problem.endswith("; and 1 more problem")


def test_a_version_that_cannot_be_opened_is_explained_in_the_language(lang: str) -> None:
    project, record = _broken_version(5)
    with pytest.raises(store.ReviewError) as caught:
        versions.open_version(project, record.number)
    text = problem_text(caught.value)
    assert speaks(lang, text, "cannot be opened", "must be", "got", "more problems", "Project name", "Baseline", "Base year")
    assert fields.title("problem.kpis[0].baseline", lang) in text and "'many'" in text and "'soon'" in text


def test_the_window_says_why_a_version_cannot_be_opened_in_the_language(window: MainWindow, shown: list[tuple[str, str, str]],
                                                                         lang: str) -> None:
    project, _record = _broken_version(2)
    window.doc.project.other_members.update(project.other_members)
    window.consult.open_version(1)
    kind, _title, text = shown[-1]
    assert kind == "warning" and speaks(lang, text, "cannot be opened", "must be", "got", "Baseline")
    assert fields.title("meta.project_name", lang) in text


def test_a_damaged_review_record_is_explained_in_the_language(lang: str) -> None:
    project = lumara()
    comments.add(project, "problem.statement", "Check the baseline", "Maya Tan")
    data = json.loads(project.other_members[store.COMMENTS])
    data["comments"][0]["number"] = "x"
    data["comments"][0]["created"] = "yesterday"
    data["comments"][0]["detached"] = "maybe"
    project.other_members[store.COMMENTS] = json.dumps(data).encode()
    with pytest.raises(store.ReviewError) as caught:
        comments.load(project)
    assert caught.value.problem == (
        "the comments (review/comments.json) are damaged (comments › row 1 › number: must be a whole number (got 'x'); "
        "comments › row 1 › created: must be a date and time written like 2026-11-30T10:00:00 (got 'yesterday'); and 1 "
        "more problem); they are kept unchanged in the file, and cannot be changed here")
    text = problem_text(caught.value)
    # The kind of each problem in the language; a place inside a review record keeps the record's English names.
    assert speaks(lang, text, "damaged", "must be", "got", "more problem", "unchanged") and "review/comments.json" in text


def test_a_proposal_that_fails_validation_lists_the_same_lines_as_before() -> None:
    data = lumara().proposal.to_json_data()
    data["problem"]["kpis"][0]["baseline"] = "many"
    data["finance"]["lines"][0]["capex"] = "-5"
    with pytest.raises(ValidationError) as caught:
        Proposal.model_validate(data)
    assert explain(caught.value) == [
        "Problem › KPIs › row 1 › Baseline: must be a number (got 'many')",
        "Financial case › Yearly cash flows › row 1 › Capex: cannot be negative (got '-5')"]
    assert str(explained(caught.value, limit=1)) == (
        "Problem › KPIs › row 1 › Baseline: must be a number (got 'many'); and 1 more problem")


# --- 3. a comment on a row the table does not have ------------------------------------------------------

def test_a_comment_on_a_missing_row_keeps_its_english() -> None:
    data = lumara().proposal.to_json_data()
    rows = len(data["problem"]["kpis"])
    with pytest.raises(PathError) as caught:
        comments.anchor_for("problem.kpis[40].name", data)
    assert str(caught.value) == f"'problem.kpis[40].name': Problem › KPIs has {rows} rows, so there is no row 41"
    data["problem"]["kpis"] = data["problem"]["kpis"][:1]
    with pytest.raises(PathError) as caught:
        comments.anchor_for("problem.kpis[3]", data)
    assert str(caught.value) == "'problem.kpis[3]': Problem › KPIs has 1 row, so there is no row 4"
    data["problem"]["kpis"] = []
    with pytest.raises(PathError) as caught:
        comments.anchor_for("problem.kpis[0]", data)
    assert str(caught.value) == "'problem.kpis[0]': Problem › KPIs has 0 rows, so there is no row 1"


def test_a_comment_on_a_missing_row_is_refused_in_the_language(window: MainWindow, shown: list[tuple[str, str, str]],
                                                               lang: str) -> None:
    rows = len(window.doc.proposal.problem.kpis)
    window.consult.comment_on("problem.kpis[40].name")
    kind, _title, text = shown[-1]
    assert kind == "warning"
    assert speaks(lang, text, "problem.kpis", "has", "rows", "so there is no row", "KPIs")
    assert fields.title("problem.kpis", lang) in text and str(rows) in text and "41" in text
    assert fields.title("problem.kpis[40].name", lang) in text
    assert not window.doc.project.other_members.get(store.COMMENTS)  # nothing was added


# --- 5. where an export or a save may not write, and the workbook's refusal ----------------------------------

def test_output_refusals_keep_their_english_and_speak_the_language(tmp_path: Path, lang: str) -> None:
    project = projectfile.save(lumara(), tmp_path / "lumara.citypitch", backup=False)
    cases = [
        (dict(out=tmp_path / "no such folder" / "deck.pdf"),
         f"{tmp_path / 'no such folder' / 'deck.pdf'}: the folder does not exist ({tmp_path / 'no such folder'}); choose "
         "another place for the PDF", ("does not exist", "choose another", "the PDF")),
        (dict(out=project, source=project, writes="the workbook"),
         f"{project}: this is the project itself: writing the workbook here would replace the proposal. Choose another "
         "file name", ("project itself", "workbook", "Choose another")),
        (dict(out=project, writes="the project"),
         f"{project}: this file holds a CityPitch project; writing the project here would replace it (the old one would be "
         "kept as lumara.citypitch.bak). Choose another file name", ("holds a", "would replace", "old one")),
        (dict(out=tmp_path / "deck.citypitch", writes="the PowerPoint deck"),
         f"{tmp_path / 'deck.citypitch'}: a name ending in .citypitch is for CityPitch projects; the PowerPoint deck written "
         "here would replace or pass for a project. Choose another file name", ("a name ending", "PowerPoint deck", "pass for")),
        (dict(out=tmp_path),
         f"{tmp_path}: this is a folder, not a file: CityPitch only replaces regular files, so nothing was written. Choose a "
         "file name", ("a folder", "not a file", "regular files", "nothing was written")),
    ]
    for arguments, english, words in cases:
        with pytest.raises(projectfile.ProjectFileError) as caught:
            projectfile.check_output_path(**arguments)
        assert str(caught.value) == english  # the command line's message, as before
        text = coretexts.shown(caught.value)
        assert text.startswith(f"{arguments['out']}") and speaks(lang, text, *words), text


def test_a_write_the_system_refuses_is_explained_in_the_language(lang: str) -> None:
    import errno

    from wizard.atomic import WriteError, os_problem

    full = WriteError("/media/usb/lumara.citypitch", os_problem(OSError(errno.ENOSPC, "No space left on device")))
    assert str(full) == ("/media/usb/lumara.citypitch: the file could not be saved: the disk is full. Nothing was changed "
                         "on disk; choose another place to save it")
    assert speaks(lang, coretexts.shown(full), "could not be saved", "disk is full", "Nothing was changed")
    odd = WriteError("x.pdf", os_problem(OSError(errno.EIO, "Input/output error")))
    assert "Input/output error" in coretexts.shown(odd)  # the system's own words for a reason not listed


def test_the_export_step_says_where_it_cannot_write_in_the_language(window: MainWindow, shown: list[tuple[str, str, str]],
                                                                   tmp_path: Path, lang: str) -> None:
    from wizard.gui.export.page import ExportPage

    page = typing.cast(ExportPage, window.pages["export"])
    window.go_to_step("export")
    assert window.doc.path is not None
    assert not page.start_export(window.doc.path)  # over the project itself
    assert not page.start_export(tmp_path / "no such folder" / "deck.pdf")
    first, second = (text for _kind, _title, text in shown[-2:])
    assert speaks(lang, first, "project itself", "the PDF", "Choose another") and str(window.doc.path) in first
    assert speaks(lang, second, "does not exist", "choose another", "the PDF") and "no such folder" in second
    page.set_options(format="pptx")
    assert not page.start_export(window.doc.path)
    assert "PowerPoint" in shown[-1][2] and speaks(lang, shown[-1][2], "project itself", "the PDF")


def test_the_workbook_of_a_case_without_yearly_lines_is_refused_in_the_language(
        qtbot: QtBot, window: MainWindow, shown: list[tuple[str, str, str]], tmp_path: Path, lang: str) -> None:
    from wizard.gui.export.page import ExportPage

    page = typing.cast(ExportPage, window.pages["export"])
    window.go_to_step("export")
    page.set_options(format="xlsx")
    window.doc.set_field("finance.lines", [], "Yearly cash flows", merge=False)
    out = tmp_path / "model.xlsx"
    with qtbot.waitSignal(page.export_done, timeout=120_000) as done:
        assert page.start_export(out)
    assert done.args is not None and done.args[0] is False
    assert speaks(lang, done.args[1], "yearly lines", "no model", "enter the") and not out.exists()


def test_a_proposal_file_that_fails_validation_is_explained_in_the_language(window: MainWindow,
                                                                            shown: list[tuple[str, str, str]],
                                                                            tmp_path: Path, lang: str) -> None:
    data = lumara().proposal.to_json_data()
    data["problem"]["kpis"][0]["baseline"] = "many"
    data["finance"]["base_year"] = "soon"
    path = tmp_path / "damaged.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(projectfile.ProjectFileError) as caught:
        projectfile.load(path)
    assert str(caught.value) == (f"{path}: Problem › KPIs › row 1 › Baseline: must be a number (got 'many'); Financial "
                                 "case › Base year: must be a year (four digits) (got 'soon')")
    assert not window.open_path(path)
    kind, _title, text = shown[-1]
    assert kind == "warning" and str(path) in text
    assert speaks(lang, text, "must be", "got", "Baseline", "Base year") and fields.title("finance.base_year", lang) in text


def test_an_image_that_cannot_be_used_is_refused_in_the_language(window: MainWindow, lang: str) -> None:
    from wizard.export import _Images
    from wizard.gui.export.page import ExportPage
    from wizard.images import ImageError, check_image

    gif = b"GIF89a" + bytes(40)
    with pytest.raises(ImageError) as caught:
        check_image(gif, "bus.gif")
    assert str(caught.value) == "the image 'bus.gif' is not a PNG or JPEG image (it looks like GIF); save it as PNG or JPEG"
    page = typing.cast(ExportPage, window.pages["export"])
    window.go_to_step("export")
    problem = page.add_image(gif, "bus.gif", as_logo=True)
    assert problem == page.status.text() and "'bus.gif'" in problem
    assert speaks(lang, problem, "the image", "not a PNG", "looks like", "save it as")
    assert "bus.gif" not in window.doc.project.assets
    # The export's own check names the project file first, and keeps the sentence.
    images = _Images({}, {}, Path("/work/lumara.citypitch"))
    with pytest.raises(ImageError) as missing:
        images.url("cover.png")
    assert str(missing.value) == ("/work/lumara.citypitch: the image 'cover.png' is named in the proposal (branding) but is "
                                  "not in the project; add it again or clear the field")
    text = coretexts.shown(missing.value)
    assert text.startswith("/work/lumara.citypitch") and "'cover.png'" in text
    assert speaks(lang, text, "the image", "is named", "branding", "clear the field")


def test_an_export_stopped_outside_the_proposal_is_said_in_the_language(tmp_path: Path, lang: str) -> None:
    from wizard.export.isolation import (EXPORT_PROCESS, RENDER_PROCESS, ExportCrashed, ExportTimedOut, IsolatedExport, died,
                                         out_of_memory)

    job = IsolatedExport(b"", tmp_path / "deck.pdf", target="tests.test_isolation:hanging_target", timeout_s=1.5)
    with pytest.raises(ExportTimedOut) as slow:
        job.run()
    assert str(slow.value) == ("the export took longer than 1.5 seconds and was stopped; no file was written. Large images "
                               "or very long texts are the usual cause")
    assert speaks(lang, coretexts.shown(slow.value), "took longer", "no file was written", "Large images") \
        and "1.5" in coretexts.shown(slow.value)
    job = IsolatedExport(b"", tmp_path / "deck.pdf", target="tests.test_isolation:exit_target", timeout_s=60)
    with pytest.raises(ExportCrashed) as ended:
        job.run()
    assert str(ended.value).startswith("the export process ended unexpectedly (exit status 7); no file was written.")
    assert speaks(lang, coretexts.shown(ended.value), "the export process", "ended unexpectedly", "no file")
    assert not (tmp_path / "deck.pdf").exists()
    # The other ways a process ends, word for word in English as before.
    assert str(died(RENDER_PROCESS, -9, "", True)) == ("the render process was killed by the system, most likely because "
                                                      "the computer ran out of memory; no file was written.")
    assert str(died(EXPORT_PROCESS, -6, "Fatal Python error", False)) == (
        "the export process crashed (SIGABRT); no file was written. Last words: Fatal Python error")
    assert str(out_of_memory(512 * 1024 * 1024)) == ("the export needed more than 512 MB of memory and was stopped; no file "
                                                     "was written. Smaller images usually help")
    for sentence in (died(RENDER_PROCESS, -9, "", True), died(EXPORT_PROCESS, -6, "x", False), out_of_memory(1 << 29)):
        assert speaks(lang, coretexts.say(sentence), "process", "killed", "crashed", "memory", "no file")


def test_a_file_that_cannot_be_opened_is_explained_in_the_language(window: MainWindow, shown: list[tuple[str, str, str]],
                                                                    tmp_path: Path, lang: str) -> None:
    empty = tmp_path / "empty.citypitch"
    empty.write_bytes(b"")
    notes = tmp_path / "notes.json"
    notes.write_text("these are my notes", encoding="utf-8")
    listed = tmp_path / "list.json"
    listed.write_text("[1, 2]", encoding="utf-8")
    broken = tmp_path / "broken.citypitch"
    broken.write_bytes(b"PK\x03\x04 not really a zip")
    cases = [(empty, f"{empty}: the file is empty", ("the file is empty",)),
             (notes, f"{notes}: the proposal is not valid JSON (line 1, column 1: Expecting value)",
              ("the proposal", "is not valid", "line 1", "column")),
             (listed, f"{listed}: the proposal must be a JSON object, not list", ("the proposal", "must be a JSON object")),
             (broken, f"{broken}: the file is damaged or truncated (not a readable CityPitch archive)",
              ("damaged or truncated", "readable"))]
    for path, english, words in cases:
        with pytest.raises(projectfile.ProjectFileError) as caught:
            projectfile.load(path)
        assert str(caught.value) == english
        assert not window.open_path(path)
        kind, _title, text = shown[-1]
        assert kind == "warning" and text.startswith(str(path)) and speaks(lang, text, *words), text


def test_a_file_from_a_newer_citypitch_says_so_in_the_language(window: MainWindow, tmp_path: Path, lang: str) -> None:
    data = lumara().proposal.to_json_data()
    data["schema_version"] = 99
    path = tmp_path / "newer.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(projectfile.NewerVersionError) as caught:
        projectfile.load(path)
    assert caught.value.problem == ("it was written by a newer version of CityPitch (schema 99; this version reads up to 2). "
                                    "Update CityPitch to open it")
    assert "99" in coretexts.shown(caught.value)
    assert speaks(lang, coretexts.shown(caught.value), "newer version", "Update CityPitch", "reads up to")
    # Opened read-only, saying why in the window's language.
    assert window.open_path(path) and window.doc.is_read_only()
    reason = window.doc.read_only_reason or ""
    assert "99" in reason and speaks(lang, reason, "newer version", "Update CityPitch", "shown read-only")


def test_a_value_the_model_refuses_is_explained_in_the_language(qtbot: QtBot, lang: str) -> None:
    from wizard.gui.document import FieldRefused, ProposalDocument
    from wizard.gui.tables.paste import check_cell
    from wizard.model import KPI, LINE_MAX

    doc = ProposalDocument(projectfile.Project())
    for path, value, words in (("finance.discount_rate_pct", Decimal("400"), ("must be between", "got")),
                               ("meta.project_name", "x" * 500, ("too long", "characters")),
                               ("finance.base_year", 1800, ("must be a year", "between"))):
        with pytest.raises(FieldRefused) as caught:
            doc.set_field(path, value)
        assert speaks(lang, caught.value.message, *words, "Decimal"), caught.value.message
        assert str(value)[:20] in caught.value.message  # the value as typed
    assert doc.proposal.finance.base_year != 1800  # nothing was set
    spec = fields.spec("problem.kpis.name")
    problem = check_cell(KPI, spec, "x" * (LINE_MAX + 1))
    assert problem and speaks(lang, problem, "too long", "characters")
