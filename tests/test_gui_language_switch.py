"""View > Language while the app runs: the words change, the work does not (unsaved edits, the undo
history, the page on screen, a selection), and the choice is remembered for the next start."""

from __future__ import annotations

import typing
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QLabel, QLineEdit
from pytestqt.qtbot import QtBot

from wizard.gui import language
from wizard.gui.window.mainwindow import MainWindow
from tests.gui_support import quiet_window

pytestmark = [
    pytest.mark.gui,
    # Typing a city name opens the gazetteer's completer popup, which the offscreen platform cannot raise.
    pytest.mark.qt_log_ignore("This plugin does not support raise", "This plugin does not support grabbing the keyboard"),
]


def _labels(window: MainWindow, step: str) -> set[str]:
    return {label.text() for label in window.pages[step].findChildren(QLabel)}


def test_language_menu_lists_system_default_and_each_shipped_language_in_its_own_name(
        qtbot: QtBot, isolated_settings: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    window = quiet_window(qtbot, monkeypatch)
    names = [action.text().replace("&", "") for action in window.language_menu.actions() if not action.isSeparator()]
    assert names == ["System default", "English", "日本語 (J)", "Bahasa Indonesia", "Tiếng Việt", "ไทย (T)"]
    checked = [a.data() for a in window.language_actions.values() if a.isChecked()]
    assert checked == ["system"]  # nothing stored: the system's language


def test_switching_keeps_unsaved_edits_undo_history_page_and_selection(
        qtbot: QtBot, isolated_settings: Path, monkeypatch: pytest.MonkeyPatch, back_to_english: None) -> None:
    window = quiet_window(qtbot, monkeypatch)
    window.go_to_step("city_team")
    city = window.pages["city_team"].findChild(QLineEdit, "city__name")
    assert city is not None
    qtbot.keyClicks(city, "Kembang Raya")
    assert window.doc.proposal.city.name == "Kembang Raya"
    depth = window.doc.undo_stack.count()
    assert depth >= 1 and window.doc.is_modified()
    city.setSelection(0, 7)
    english_labels = _labels(window, "city_team")
    assert "City and team" in english_labels
    assert window.back_button.text() == "&Back"

    window.language_actions["ja"].trigger()
    qtbot.waitUntil(lambda: "都市と推進体制" in _labels(window, "city_team"))

    # The words changed: the form, the menus, the navigation, the sidebar, the Edit menu's prefix.
    assert "City and team" not in _labels(window, "city_team")
    assert window.back_button.text() != "&Back"
    assert window.file_menu.title() != "&File"
    undo_text = window.doc.undo_stack.undoText()
    assert window.undo_action.text() == language.fill(language.translate("MainWindow", "&Undo %1"), undo_text)
    assert not window.undo_action.text().startswith("&Undo")
    assert window.step_items["city_team"].text(0) != "City and team"
    # The work did not: the value, the undo history (and its undo), the page, the selection, modified.
    assert window.current_step() == "city_team"
    assert window.doc.proposal.city.name == "Kembang Raya"
    assert city.text() == "Kembang Raya" and city.selectedText() == "Kembang"
    assert window.doc.undo_stack.count() == depth and window.doc.is_modified()
    window.undo_action.trigger()
    assert window.doc.proposal.city.name != "Kembang Raya"
    window.redo_action.trigger()
    assert window.doc.proposal.city.name == "Kembang Raya"

    # Remembered for the next start, and back again.
    assert QSettings().value(language.SETTING) == "ja"
    assert [a.data() for a in window.language_actions.values() if a.isChecked()] == ["ja"]
    window.language_actions["en"].trigger()
    qtbot.waitUntil(lambda: "City and team" in _labels(window, "city_team"))
    assert window.back_button.text() == "&Back" and window.file_menu.title() == "&File"
    assert window.doc.proposal.city.name == "Kembang Raya"


def test_system_default_follows_the_system_and_is_stored_as_such(
        qtbot: QtBot, isolated_settings: Path, monkeypatch: pytest.MonkeyPatch, back_to_english: None) -> None:
    monkeypatch.setattr(language, "system_language", lambda: "th")
    window = quiet_window(qtbot, monkeypatch)
    window.language_actions["system"].trigger()
    assert language.current() == "th"
    assert QSettings().value(language.SETTING) == "system"
    assert window.next_button.text() == language.translate("Navigation", "&Next") != "&Next"


def test_review_page_and_sidebar_speak_the_new_language(
        qtbot: QtBot, isolated_settings: Path, monkeypatch: pytest.MonkeyPatch, back_to_english: None) -> None:
    window = quiet_window(qtbot, monkeypatch)
    window.open_sample(window.sample_menu.actions()[0].data() or _first_sample())
    window.go_to_step("review")
    window.refresh_analysis()
    panel = typing.cast(typing.Any, window.pages["review"]).panel
    english = panel.gates_heading.text()
    assert english.startswith("Investor gates")
    window.language_actions["id"].trigger()
    assert not panel.gates_heading.text().startswith("Investor gates")
    assert panel.go_button.text() != "&Go to field"
    tip = window.step_items["review"].toolTip(0)
    assert tip and "open:" not in tip


def _first_sample() -> str:
    from wizard.resources import sample_names

    return sample_names()[0]


def test_every_table_and_column_title_of_the_model_is_listed_for_translation() -> None:
    """A table or column added to the model must be listed in wizard.gui.tables.columns (and so be
    extracted by make i18n and translated): otherwise its heading would stay English."""
    from wizard import fields
    from wizard.gui.tables.columns import TITLES

    wanted = set()
    for pattern, spec in fields.all_specs().items():
        if getattr(spec, "row_model", None) is not None:
            wanted.add(spec.title)
            wanted.update(column.title for column in fields.fields_of(spec.row_model, pattern))
    assert sorted(wanted - set(TITLES)) == []


def test_table_headings_follow_the_language(qtbot: QtBot, isolated_settings: Path, monkeypatch: pytest.MonkeyPatch,
                                            back_to_english: None) -> None:
    from PySide6.QtCore import Qt

    window = quiet_window(qtbot, monkeypatch)
    window.go_to_step("finance")
    table = window.pages["finance"].binder.tables["finance.lines"]  # type: ignore[attr-defined]
    model = table.view.model()
    assert model.headerData(0, Qt.Orientation.Horizontal) == "Year"
    window.language_actions["vi"].trigger()
    assert model.headerData(0, Qt.Orientation.Horizontal) == language.translate("Fields", "Year") != "Year"


def test_choice_cells_show_the_interface_languages_label_and_read_it_back(
        qtbot: QtBot, isolated_settings: Path, monkeypatch: pytest.MonkeyPatch, back_to_english: None) -> None:
    """A choice cell (a risk's category) is a fixed label, not the team's text: it follows the language, and
    what it shows, typed or picked, stores the same value; the stored value never changes with the language."""
    from PySide6.QtCore import Qt

    from wizard.gui.tables.delegate import choice_labels
    from wizard.i18n import choices
    from wizard.model import RiskCategory

    window = quiet_window(qtbot, monkeypatch)
    assert window.open_sample("lumara-transit")
    window.go_to_step("risks")
    table = window.pages["risks"].binder.tables["risks"]  # type: ignore[attr-defined]
    model = table.view.model()
    column = [spec.pattern.rsplit(".", 1)[1] for spec in model.columns].index("category")
    stored = window.doc.proposal.risks[0].category
    assert isinstance(stored, RiskCategory)
    assert model.data(model.index(0, column), Qt.ItemDataRole.DisplayRole) == stored.label
    window.language_actions["ja"].trigger()
    japanese = choices.label(stored, "ja")
    assert japanese != stored.label
    assert model.data(model.index(0, column), Qt.ItemDataRole.DisplayRole) == japanese
    assert japanese in choice_labels(model.columns[column])
    # Another category, typed as the Japanese label the drop-down offers, and then in English.
    other = next(member for member in RiskCategory if member != stored)
    assert model.set_cell_text(0, column, choices.label(other, "ja")) == ""
    assert window.doc.proposal.risks[0].category == other
    assert model.set_cell_text(0, column, stored.label) == ""
    assert window.doc.proposal.risks[0].category == stored
