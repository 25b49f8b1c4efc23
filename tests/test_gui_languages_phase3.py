"""The parts of the interface that spoke English in a translated window until issue 20's third phase:
the consult controller's questions, messages and undo steps, the comparison, the spreadsheet import
preview, the file lock and autosave messages, undo step names, the slide names of the title table and
the field names of the Languages box (pytest-qt).

Each test installs Japanese, does what a planner does, and checks that what is shown is Japanese: it
holds Japanese script and none of the English it replaced.  A test per area; the catalogue tests hold
every string translated in every shipped language.
"""

from __future__ import annotations

import re
import typing
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLockFile
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from wizard import fields, projectfile, resources
from wizard.errors import CityPitchError
from wizard.export.story import MAIN_LINE
from wizard.gui import language
from wizard.gui.consult.compare import ComparisonDialog
from wizard.gui.consult.controller import ConsultController
from wizard.gui.document import ProposalDocument
from wizard.gui.export import titles
from wizard.gui.export.languages import LanguageBox
from wizard.gui.finance.importing import ImportDialog
from wizard.gui.recovery import locking
from wizard.gui.recovery.autosave import Autosaver
from wizard.gui.window.mainwindow import MainWindow
from wizard.finance import importer
from wizard.model import LocalLanguage
from wizard.projectfile import Project
from wizard.recovery import RecoveryStore

pytestmark = pytest.mark.gui

JAPANESE = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff]")


def japanese(text: str, *english: str) -> bool:
    """``text`` is written in Japanese: it holds kana or kanji, and none of the English ``english`` it replaced."""
    return bool(JAPANESE.search(text)) and not any(word in text for word in english)


@pytest.fixture
def ja() -> Iterator[None]:
    app = QApplication.instance()
    assert app is not None
    language.install(app, "ja")
    yield
    language.install(app, "en")


class Said:
    def __init__(self) -> None:
        self.messages: list[tuple[str, str, str]] = []
        self.questions: list[tuple[str, str, str]] = []


@pytest.fixture
def window(qtbot: QtBot, isolated_settings: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
           ja: None) -> Iterator[tuple[MainWindow, Said]]:
    said = Said()
    monkeypatch.setattr(MainWindow, "show_message", lambda self, kind, title, text: said.messages.append((kind, title, text)))
    monkeypatch.setattr(MainWindow, "ask_save_changes", lambda self: "discard")

    def ask_yes(self: ConsultController, title: str, question: str, yes: str) -> bool:
        said.questions.append((title, question, yes))
        return True

    monkeypatch.setattr(ConsultController, "ask_yes", ask_yes)
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
    yield win, said
    for other in list(win.consult.windows):
        typing.cast(QWidget, other).close()


def test_consult_messages_questions_and_undo_steps_are_japanese(window: tuple[MainWindow, Said]) -> None:
    win, said = window
    controller = win.consult
    record = controller.save_version()
    assert record is not None
    step = win.doc.undo_stack.undoText()
    assert japanese(step, "Save version") and "After workshop 1" in step  # the team's label stays as written
    status = win.statusBar().currentMessage()
    assert japanese(status, "Saved version", "Save the file") and "After workshop 1" in status
    controller.delete_version(record.number)
    [(title, question, yes)] = said.questions
    assert japanese(title, "Delete") and japanese(question, "Remove version", "Undo") and japanese(yes, "Delete")
    assert japanese(win.doc.undo_stack.undoText(), "Delete version")
    # A place named in a comment's undo step: the field's title from the one source of field titles.
    controller.ask_text = lambda title, context, prompt: "Check the baseline"  # type: ignore[method-assign]
    controller.comment_on("problem.statement")
    assert japanese(win.doc.undo_stack.undoText(), "Add a comment", "Problem statement")
    # A version that cannot be found: the refusal's title is Japanese (the core's reason stays as it says it).
    controller.open_version(99)
    kind, title, _text = said.messages[-1]
    assert kind == "warning" and japanese(title, "Versions")


def test_comparison_is_japanese(qtbot: QtBot, window: tuple[MainWindow, Said]) -> None:
    win, _said = window
    controller = win.consult
    record = controller.save_version()
    assert record is not None
    win.doc.set_field("problem.title", "A shorter commute on Lumara Raya")
    dialog = controller.compare_versions(record.number, 0)
    assert isinstance(dialog, ComparisonDialog)
    qtbot.addWidget(dialog)
    assert japanese(dialog.windowTitle(), "Comparison")
    figures = [dialog.figures.item(r, 0).text() for r in range(dialog.figures.rowCount())]  # type: ignore[union-attr]
    assert all(japanese(name, "Total capex", "Payback", "not yet committed") for name in figures)
    assert japanese(dialog.readiness.text(), "Score:", "Band:", "Findings")
    headers = [dialog.changes.horizontalHeaderItem(c).text() for c in range(4)]  # type: ignore[union-attr]
    assert all(japanese(h, "What", "Field", "Old", "New") for h in headers)
    kinds = {dialog.changes.item(r, 0).text() for r in range(dialog.changes.rowCount())}  # type: ignore[union-attr]
    assert kinds and all(japanese(k, "Changed", "Added", "Removed", "Moved") for k in kinds)
    old_side = dialog.findChild(QWidget, "old_side").text()  # type: ignore[union-attr]
    assert japanese(old_side, "Old:", "version", "saved") and "After workshop 1" in old_side
    assert japanese(dialog.words.toPlainText(), "Select a changed field")
    dialog.close()


def test_import_preview_is_japanese(qtbot: QtBot, tmp_path: Path, ja: None) -> None:
    source = tmp_path / "model.csv"
    source.write_text("Year,Capex,Opex,Surprise\n2027,100,5,x\n2028,oops,6,y\n", encoding="utf-8")
    table = importer.read_table(source)
    dialog = ImportDialog(table, "lines", "en", existing=3)
    qtbot.addWidget(dialog)
    assert japanese(dialog.windowTitle(), "Import", "yearly lines")
    assert japanese(dialog.summary.text(), "Choose the field", "Left out")
    assert japanese(dialog.rows_label.text(), "of the file can be read", "yearly line")
    assert japanese(dialog.problems.text(), "must be corrected")
    assert japanese(dialog.import_button.text(), "Import")
    assert dialog.replace_button is not None and japanese(dialog.replace_button.text(), "Replace", "yearly lines")
    # The fields offered for a column are the table's column titles in Japanese.
    offered = [dialog.column_boxes[0].itemText(i) for i in range(dialog.column_boxes[0].count())]
    assert "Capex" not in offered and all(JAPANESE.search(text) for text in offered)


def test_lock_message_is_japanese(tmp_path: Path, ja: None) -> None:
    project = tmp_path / "plan.citypitch"
    project.write_bytes(b"")
    holder = QLockFile(str(locking.lock_path(project)))
    assert holder.tryLock(0)
    try:
        outcome = locking.acquire(project)
    finally:
        holder.unlock()
    assert outcome.read_only
    assert japanese(outcome.message, "is open in", "read-only", "another window") and "plan.citypitch" in outcome.message


class BrokenStore(RecoveryStore):
    def save(self, session: str, project: Project, data: bytes | None = None) -> Path:
        raise OSError(28, "No space left on device")


def test_autosave_failure_is_japanese_and_said_once(qtbot: QtBot, tmp_path: Path, ja: None) -> None:
    doc = ProposalDocument()
    saver = Autosaver(doc, BrokenStore(tmp_path / "recovery"))
    with pytest.raises(CityPitchError) as failed:
        saver.save_now()
    assert japanese(str(failed.value), "Autosave failed")
    # The reason is the reason: the heading is added once, by whoever shows it.
    assert "自動保存に失敗しました" not in (saver.last_error or "")


def test_undo_steps_name_fields_and_rows_in_japanese(qtbot: QtBot, isolated_settings: Path, ja: None) -> None:
    doc = ProposalDocument(projectfile.load(resources.sample_path("lumara-transit")))
    doc.set_field("vision.statement", "A calmer city", "Vision statement")
    assert japanese(doc.undo_stack.undoText(), "Edit", "Vision")
    doc.insert_row("problem.kpis", 0)
    assert japanese(doc.undo_stack.undoText(), "Add a row", "KPIs")
    doc.move_row("problem.kpis", 0, 1)
    assert japanese(doc.undo_stack.undoText(), "Move row", "down")
    doc.remove_row("problem.kpis", 1)
    assert japanese(doc.undo_stack.undoText(), "Remove row", "from")


def test_slide_names_and_language_fields_are_japanese(qtbot: QtBot, isolated_settings: Path, ja: None) -> None:
    project = projectfile.load(resources.sample_path("lumara-transit"))
    doc = ProposalDocument(project)
    box = LanguageBox(doc)
    qtbot.addWidget(box)
    doc.set_field("meta.local_language", LocalLanguage("id"), "Local language")
    box.load()
    names = [box.fields.item(i).text() for i in range(box.fields.count())]
    assert names and all(JAPANESE.search(name) for name in names)
    assert not any(name.startswith(("Problem", "Vision", "Solution")) for name in names)
    english = dict(MAIN_LINE)
    shown = [titles.slide_name(slide) for slide, _name in MAIN_LINE]
    assert all(japanese(name, english[slide]) for name, (slide, _n) in zip(shown, MAIN_LINE))


def test_the_title_table_names_every_main_line_slide_in_the_list_for_translation() -> None:
    assert titles.SLIDE_NAMES == dict(MAIN_LINE)


def test_signoff_line_says_what_the_core_says_in_english_and_is_japanese_in_japanese(tmp_path: Path) -> None:
    from wizard.gui.consult.versions_panel import describe_signoff
    from wizard.review import signoff, versions

    project = projectfile.load(resources.sample_path("lumara-transit"))
    unsigned = signoff.state(project)
    assert describe_signoff(unsigned) == unsigned.describe()
    signoff.set_required(project, True)
    versions.save(project, "After workshop 1", "Maya Tan")
    signoff.sign(project, "Hiro Sato", "Lead consultant")
    signed = signoff.state(project)
    assert describe_signoff(signed) == signed.describe()
    project.proposal.problem.title = "Changed after the sign-off"
    stale = signoff.state(project)
    assert describe_signoff(stale) == stale.describe()
    app = QApplication.instance()
    assert app is not None
    language.install(app, "ja")
    try:
        for state in (unsigned, signed, stale):
            assert japanese(describe_signoff(state), "Signed off", "Sign-off", "Not signed", "required")
    finally:
        language.install(app, "en")


def test_the_step_line_between_back_and_next_is_one_line_in_japanese(qtbot: QtBot, isolated_settings: Path,
                                                                       ja: None) -> None:
    """Japanese breaks between any two characters: the word-wrapped step line took its own narrow size hint
    and showed 「ステップ 1／12：開」 over 「始」 with room to spare between Back and Next. At 1024 px
    every step's line is one line."""
    win = MainWindow()
    qtbot.addWidget(win)
    win.resize(1024, 768)
    win.show()
    qtbot.waitExposed(win)
    label = win.navigation.step_label
    one_line = label.fontMetrics().lineSpacing()
    for step_id in ("start", "implementation", "economy"):
        win.navigation.go_to_step(step_id)
        qtbot.wait(1)
        assert japanese(label.text(), "Step")
        assert label.height() < 2 * one_line, (step_id, label.text(), label.height(), label.width())


def test_a_fields_tooltip_names_it_in_the_windows_language(qtbot: QtBot, isolated_settings: Path, ja: None) -> None:
    """The tooltip of every bound field began with the model's English title in a Japanese window."""
    win = MainWindow()
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    win.navigation.go_to_step("finance")
    binder = win.pages["finance"].binder
    for path in ("finance.min_dscr", "finance.discount_rate_pct"):
        tip = binder.bindings[path].widget.toolTip()
        english = fields.spec(path).title
        assert tip.startswith(fields.field_title(path, "ja")) and japanese(tip, english), tip


def test_a_window_closed_while_its_pages_wait_to_realign_calls_nothing_on_them(qtbot: QtBot,
                                                                                isolated_settings: Path) -> None:
    """A language change makes each page realign itself on the next turn of the event loop. A window
    deleted before that turn had its pages called anyway ("Internal C++ object already deleted")."""
    import shiboken6
    from PySide6.QtCore import QCoreApplication, QEvent

    win = MainWindow()
    win.show()
    qtbot.waitExposed(win)
    win.navigation.go_to_step("finance")
    for step_id in ("start", "finance"):
        QCoreApplication.sendEvent(win.pages[step_id], QEvent(QEvent.Type.LanguageChange))
    shiboken6.delete(win)
    qtbot.wait(20)  # pytest-qt fails the test on an exception raised in the event loop
