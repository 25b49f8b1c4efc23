"""The Export step's "Languages of your text" box: the local language and the fields written in it, each change
one undoable edit, the list worked from the keyboard."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from wizard.gui.document import ProposalDocument
from wizard.gui.export.languages import LanguageBox
from wizard.model import LocalLanguage
from wizard.projectfile import Project

pytestmark = pytest.mark.gui


def make_box(qtbot: QtBot) -> tuple[ProposalDocument, LanguageBox]:
    doc = ProposalDocument(Project())
    doc.set_field("problem.statement", "Banjir merendam pasar setiap musim hujan.", "Problem statement")
    doc.set_field("problem.why_now", "ផ្សារលិចទឹករៀងរាល់ឆ្នាំ", "Why now")
    box = LanguageBox(doc)
    qtbot.addWidget(box)
    box.show()
    return doc, box


def rows(box: LanguageBox) -> dict[str, str]:
    return {box.fields.item(i).data(Qt.ItemDataRole.UserRole): box.fields.item(i).text()
            for i in range(box.fields.count())}


def test_only_fields_with_text_are_listed_with_what_their_script_tells(qtbot: QtBot) -> None:
    doc, box = make_box(qtbot)
    listed = rows(box)
    assert listed["problem.statement"] == "Problem › Problem statement"
    assert listed["problem.why_now"] == "Problem › Why now (Khmer, told by its script)"
    assert "problem.root_causes" not in listed and "meta.confidentiality" in listed
    assert not box.fields.isEnabled()  # no local language yet: nothing to tick
    doc.set_field("problem.root_causes", "Pompa tua.", "Root causes")
    assert "problem.root_causes" in rows(box)


def test_choosing_the_language_and_ticking_a_field_are_each_one_undo_step(qtbot: QtBot) -> None:
    doc, box = make_box(qtbot)
    box.language_box.setCurrentIndex(box.language_box.findData("id"))
    assert doc.proposal.meta.local_language is LocalLanguage.ID and box.fields.isEnabled()
    assert "Indonesian" in box.note.text()
    box.fields.setFocus()
    index = list(rows(box)).index("problem.statement")
    box.fields.setCurrentRow(index)
    qtbot.keyClick(box.fields, Qt.Key.Key_Space)
    assert doc.proposal.meta.local_language_fields == ["problem.statement"]
    assert box.fields.item(index).checkState() == Qt.CheckState.Checked
    assert box.fields.currentRow() == index  # the list kept its place after the change
    doc.undo_stack.undo()
    assert doc.proposal.meta.local_language_fields == []
    assert box.fields.item(index).checkState() == Qt.CheckState.Unchecked
    doc.undo_stack.undo()
    assert doc.proposal.meta.local_language is None
    assert box.language_box.currentData() is None
    doc.undo_stack.redo()
    assert box.language_box.currentData() == "id"


def test_a_mark_on_a_field_emptied_since_is_kept_and_shown(qtbot: QtBot) -> None:
    doc, box = make_box(qtbot)
    doc.set_field("meta.local_language", LocalLanguage.ID, "Local language")
    doc.set_field("meta.local_language_fields", ["problem.statement", "problem.consultation"], "Fields")
    listed = rows(box)
    assert "problem.consultation" in listed  # marked, though empty: the tick can be taken off
    for i in range(box.fields.count()):
        if box.fields.item(i).data(Qt.ItemDataRole.UserRole) == "problem.why_now":
            box.fields.item(i).setCheckState(Qt.CheckState.Checked)
    # Kept in the order of the form, as listed.
    assert doc.proposal.meta.local_language_fields == ["problem.statement", "problem.why_now", "problem.consultation"]


def test_the_box_follows_the_interface_language_live(qtbot: QtBot) -> None:
    from PySide6.QtWidgets import QApplication

    from wizard.gui import language

    doc, box = make_box(qtbot)
    doc.set_field("meta.local_language", LocalLanguage.KM, "Local language")
    app = QApplication.instance()
    assert app is not None
    try:
        language.install(app, "ja")
        language.retranslate_live()
        QApplication.processEvents()  # Qt posts LanguageChange to every widget
        assert box.title() == "テキストの言語"
        assert box.language_box.currentText() == "クメール語" and "クメール語で書いた項目" in box.note.text()
        assert rows(box)["problem.why_now"].endswith("（Khmer、文字から判別）")
        assert doc.proposal.meta.local_language is LocalLanguage.KM  # the words change, not the choice
    finally:
        language.install(app, "en")
        language.retranslate_live()
        QApplication.processEvents()
    assert box.title() == "Languages of your text"
