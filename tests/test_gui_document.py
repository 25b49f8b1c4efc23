"""The document and its undoable commands, without widgets."""

from __future__ import annotations

from decimal import Decimal

import pytest

from wizard.gui import document as document_module
from wizard.gui.document import FieldRefused, ProposalDocument
from wizard.model import KPI

pytestmark = pytest.mark.gui  # QUndoStack needs the Qt application object


@pytest.fixture
def doc(qapp: object) -> ProposalDocument:
    return ProposalDocument()


def type_text(doc: ProposalDocument, path: str, text: str) -> None:
    for end in range(1, len(text) + 1):
        doc.set_field(path, text[:end])


def test_a_word_merges_into_one_step_and_a_new_word_starts_another(doc: ProposalDocument) -> None:
    type_text(doc, "vision.statement", "safer streets")
    assert doc.undo_stack.count() == 2
    doc.undo_stack.undo()
    assert doc.proposal.vision.statement == "safer "
    doc.undo_stack.undo()
    assert doc.proposal.vision.statement == ""
    assert not doc.is_modified()


def test_no_merge_across_fields_after_undo_or_after_a_pause(doc: ProposalDocument, monkeypatch: pytest.MonkeyPatch) -> None:
    type_text(doc, "meta.project_name", "Ring")
    type_text(doc, "meta.subtitle", "Tram")
    assert doc.undo_stack.count() == 2
    doc.undo_stack.undo()
    doc.set_field("meta.project_name", "Ringo")  # after an undo the old step stays closed
    assert doc.undo_stack.count() == 2
    doc.undo_stack.undo()
    assert doc.proposal.meta.project_name == "Ring"
    clock = [1000.0]
    monkeypatch.setattr(document_module.time, "monotonic", lambda: clock[0])
    doc.set_field("meta.prepared_by", "A")
    clock[0] += document_module.MERGE_WINDOW_S + 1
    doc.set_field("meta.prepared_by", "AB")
    assert doc.undo_stack.count() == 3  # "Ring", then "A" and "AB" apart ("Ringo" was undone)


def test_numbers_are_one_step_each_and_equal_values_push_nothing(doc: ProposalDocument) -> None:
    assert doc.set_field("city.population", 1000)
    assert doc.set_field("city.population", 2000)
    assert not doc.set_field("city.population", 2000)
    assert doc.undo_stack.count() == 2


@pytest.mark.parametrize(
    ("path", "value", "reason"),
    [
        ("vision.horizon_year", 20255, "must be a year between 1900 and 2150"),
        ("city.population", "many", "must be a whole number"),
        ("finance.discount_rate_pct", "-100", "must be more than -100"),
        ("finance.currency", "EUR", "must be one of:"),
        ("risks", [], None),
    ],
)
def test_refusals_keep_the_model_and_say_why(doc: ProposalDocument, path: str, value: object, reason: str | None) -> None:
    if reason is None:
        assert not doc.set_field(path, value)
        return
    before = doc.get(path)
    with pytest.raises(FieldRefused) as caught:
        doc.set_field(path, value)
    assert reason in caught.value.message
    assert doc.get(path) == before
    assert doc.undo_stack.count() == 0


def test_row_commands_undo_and_redo(doc: ProposalDocument) -> None:
    changed: list[str] = []
    doc.field_changed.connect(changed.append)
    doc.insert_row("problem.kpis", 0, KPI(name="a"))
    doc.insert_row("problem.kpis", 1, KPI(name="b"))
    doc.insert_row("problem.kpis", 2)
    doc.set_field("problem.kpis[2].name", "c")
    doc.set_field("problem.kpis[2].baseline", Decimal("1.5"))
    doc.move_row("problem.kpis", 2, 0)
    assert [k.name for k in doc.proposal.problem.kpis] == ["c", "a", "b"]
    doc.remove_row("problem.kpis", 1)
    assert [k.name for k in doc.proposal.problem.kpis] == ["c", "b"]
    doc.undo_stack.undo()
    doc.undo_stack.undo()
    assert [k.name for k in doc.proposal.problem.kpis] == ["a", "b", "c"]
    doc.undo_stack.redo()
    doc.undo_stack.redo()
    assert [k.name for k in doc.proposal.problem.kpis] == ["c", "b"]
    assert doc.proposal.problem.kpis[0].baseline == Decimal("1.5")
    assert "problem.kpis" in changed and "problem.kpis[2].name" in changed


def test_a_macro_is_one_step(doc: ProposalDocument) -> None:
    doc.begin_macro("paste")
    doc.insert_row("risks", 0)
    doc.set_field("risks[0].description", "Contractor default")
    doc.set_field("risks[0].likelihood", 3)
    doc.end_macro()
    assert doc.undo_stack.count() == 1
    doc.undo_stack.undo()
    assert doc.proposal.risks == []


def test_read_only_refuses_every_edit(doc: ProposalDocument) -> None:
    seen: list[bool] = []
    doc.read_only_changed.connect(seen.append)
    doc.set_read_only("held by someone else")
    for attempt in (
        lambda: doc.set_field("meta.project_name", "x"),
        lambda: doc.insert_row("risks", 0),
        lambda: doc.remove_row("risks", 0),
        lambda: doc.move_row("risks", 0, 1),
    ):
        with pytest.raises(FieldRefused, match="held by someone else"):
            attempt()
    doc.set_read_only(None)
    assert seen == [True, False]
    assert doc.set_field("meta.project_name", "x")


@pytest.mark.usefixtures("back_to_english")
def test_a_read_only_refusal_is_said_in_the_window_s_language(doc: ProposalDocument, qapp: object) -> None:
    from PySide6.QtWidgets import QApplication

    from wizard.gui import language

    app = QApplication.instance()
    assert app is not None
    language.install(app, "ja")
    doc.set_read_only("別の人が編集中です")  # the reason comes translated from the file's lock
    with pytest.raises(FieldRefused) as refused:
        doc.set_field("meta.project_name", "x")
    assert refused.value.message == "この提案書は読み取り専用で開いています：別の人が編集中です"
