"""Entering values on the step pages (issue 16, items 2, 3 and 7): the date picker, labels that name
the currency, the currency preset from the country, messages that say which form is accepted and clear
when the value is fixed, a refused value shown as "not yet valid", justifications that cannot be empty,
and undo steps named for what they do."""

from __future__ import annotations

import datetime as _dt
import typing
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QCalendarWidget, QComboBox, QLabel, QLineEdit, QToolButton, QWidget
from pytestqt.qtbot import QtBot

from tests.gui_support import quiet_window
from wizard import projectfile, resources
from wizard.gui.document import ProposalDocument
from wizard.gui.steps.binder import mnemonics_in
from wizard.gui.steps.datepicker import BUTTON_TEXT, CalendarPopup
from wizard.gui.steps.justification import EMPTY_MESSAGE, JustificationDialog
from wizard.gui.tables.listeditor import ListEditor
from wizard.gui.window.mainwindow import MainWindow
from wizard.model import Country, Currency, LocalLanguage

pytestmark = [
    pytest.mark.gui,
    # The calendar is a popup; the offscreen platform cannot raise it or let it grab the keyboard, and
    # says so. Harmless here: the keys are sent to the calendar, which has the focus.
    pytest.mark.qt_log_ignore("This plugin does not support raise", "This plugin does not support grabbing the keyboard"),
]


@pytest.fixture
def window(qtbot: QtBot, isolated_settings: Path, monkeypatch: pytest.MonkeyPatch) -> MainWindow:
    win = quiet_window(qtbot, monkeypatch)
    win.activateWindow()
    return win


def field(window: MainWindow, step: str, pattern: str) -> QWidget:
    window.go_to_step(step)
    return window.pages[step].binder.bindings[pattern].widget


def popup_of(edit: QLineEdit) -> CalendarPopup:
    popup = edit.findChild(CalendarPopup)
    assert popup is not None and popup.isVisible(), "the calendar is not open"
    return popup


# --- the date picker ------------------------------------------------------------------------------


def test_date_field_calendar_by_keyboard(window: MainWindow, qtbot: QtBot) -> None:
    edit = typing.cast(QLineEdit, field(window, "finance", "finance.rates_date"))
    edit.setFocus()
    qtbot.keyClicks(edit, "2026-03-30")
    qtbot.keyClick(edit, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    popup = popup_of(edit)
    calendar = popup.findChild(QCalendarWidget)
    assert calendar is not None and calendar.selectedDate().toPython() == _dt.date(2026, 3, 30)
    view = QApplication.focusWidget()
    assert view is not None and calendar.isAncestorOf(view)
    qtbot.keyClick(view, Qt.Key.Key_Right)  # the next day
    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert not popup.isVisible()
    assert edit.text() == "2026-03-31"
    assert window.doc.proposal.finance.rates_date == _dt.date(2026, 3, 31)
    assert window.undo_action.text() == "&Undo Edit Exchange rates taken on"
    # Escape closes the calendar and changes nothing.
    qtbot.keyClick(edit, Qt.Key.Key_F4)
    view = QApplication.focusWidget()
    assert view is not None
    qtbot.keyClick(view, Qt.Key.Key_Left)
    qtbot.keyClick(view, Qt.Key.Key_Escape)
    assert not popup_of_or_none(edit) and window.doc.proposal.finance.rates_date == _dt.date(2026, 3, 31)


def popup_of_or_none(edit: QLineEdit) -> bool:
    popup = edit.findChild(CalendarPopup)
    return popup is not None and popup.isVisible()


def test_date_field_calendar_button_is_named_and_clickable(window: MainWindow, qtbot: QtBot) -> None:
    edit = typing.cast(QLineEdit, field(window, "start", "meta.prepared_on"))
    buttons = [b for b in edit.findChildren(QToolButton) if b.accessibleName() == BUTTON_TEXT]
    assert len(buttons) == 1  # an icon-only button, with a name a screen reader says
    qtbot.mouseClick(buttons[0], Qt.MouseButton.LeftButton)
    calendar = popup_of(edit).findChild(QCalendarWidget)
    assert calendar is not None
    calendar.setSelectedDate(calendar.selectedDate().addDays(-1))
    calendar.clicked.emit(calendar.selectedDate())
    assert window.doc.proposal.meta.prepared_on == calendar.selectedDate().toPython()
    assert "YYYY-MM-DD" in edit.toolTip() and "Alt+Down" in edit.toolTip()


def test_date_cell_calendar(qtbot: QtBot, isolated_settings: Path) -> None:
    doc = ProposalDocument()
    editor = ListEditor()
    qtbot.addWidget(editor)
    editor.bind(doc, "acknowledgements")  # the one table with a date column
    editor.show()
    editor.activateWindow()
    assert editor.model is not None
    on = [c.pattern for c in editor.model.columns].index("acknowledgements.on")
    editor.add_row()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    editor.view.setCurrentIndex(editor.model.index(0, on))
    qtbot.keyClick(editor.view, Qt.Key.Key_F2)
    cell = QApplication.focusWidget()
    assert isinstance(cell, QLineEdit)
    qtbot.keyClicks(cell, "2026-01-15")
    qtbot.keyClick(cell, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    view = QApplication.focusWidget()
    assert view is not None and popup_of(cell).isAncestorOf(view)
    qtbot.keyClick(view, Qt.Key.Key_Down)  # a week later
    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert doc.proposal.acknowledgements[0].on == _dt.date(2026, 1, 22)


# --- the currency ---------------------------------------------------------------------------------


def test_rate_labels_name_the_currency_and_follow_it(window: MainWindow) -> None:
    page = window.pages["finance"]
    window.go_to_step("finance")
    usd = typing.cast(QLabel, page.findChild(QLabel, "label_finance__local_per_usd"))
    jpy = typing.cast(QLabel, page.findChild(QLabel, "label_finance__local_per_jpy"))
    rate = page.binder.bindings["finance.local_per_usd"].widget
    assert "Local currency per 1 USD" in usd.text().replace("&", "")
    window.doc.set_field("finance.currency", Currency.IDR, "Currency")
    assert usd.text().replace("&", "") == "IDR per 1 USD"
    assert jpy.text().replace("&", "") == "IDR per 1 JPY"
    assert rate.accessibleName() == "IDR per 1 USD"
    window.doc.set_field("finance.currency", Currency.THB, "Currency")
    assert usd.text().replace("&", "") == "THB per 1 USD"
    window.doc.undo_stack.undo()
    assert usd.text().replace("&", "") == "IDR per 1 USD"
    # Each label keeps a mnemonic that nothing else in the window uses.
    for label in (usd, jpy):
        assert label.text().count("&") == 1
        letter = label.text()[label.text().index("&") + 1].lower()
        assert letter not in mnemonics_in(window, besides=label, page=page), label.text()
    window.doc.set_field("finance.currency", None, "Currency")
    assert "Local currency per 1 USD" in usd.text().replace("&", "")


def test_opening_a_proposal_names_its_currency(window: MainWindow) -> None:
    window.open_sample("lumara-transit")
    window.go_to_step("finance")
    label = typing.cast(QLabel, window.pages["finance"].findChild(QLabel, "label_finance__local_per_usd"))
    code = window.doc.proposal.finance.currency
    assert code is not None
    assert label.text().replace("&", "") == f"{code.value} per 1 USD"


def test_opening_another_proposal_with_the_same_currency_keeps_it_in_the_rate_tooltips(window: MainWindow,
                                                                                     tmp_path: Path) -> None:
    """The tooltips were set again from the field's title on opening, and the currency, unchanged, was not
    put back in ("Local currency per 1 USD" for an IDR proposal)."""
    other = projectfile.load(resources.sample_path("lumara-transit"))
    other.proposal.meta.project_name = "Another corridor"
    saved = projectfile.save(other, tmp_path / "another.citypitch", backup=False)
    window.open_sample("lumara-transit")
    window.go_to_step("finance")
    binder = window.pages["finance"].binder
    rates = [binder.bindings[f"finance.local_per_{unit}"].widget for unit in ("usd", "jpy")]
    assert [r.toolTip().split(":")[0] for r in rates] == ["IDR per 1 USD", "IDR per 1 JPY"]
    assert window.open_path(saved) and window.doc.proposal.meta.project_name == "Another corridor"
    assert [r.toolTip().split(":")[0] for r in rates] == ["IDR per 1 USD", "IDR per 1 JPY"]
    assert [r.accessibleName() for r in rates] == ["IDR per 1 USD", "IDR per 1 JPY"]
    # And after a new choice of currency, and back to a proposal with none.
    window.doc.set_field("finance.currency", Currency.THB, "Currency")
    assert [r.toolTip().split(":")[0] for r in rates] == ["THB per 1 USD", "THB per 1 JPY"]
    window.doc.undo_stack.setClean()
    window.new_proposal()
    assert window.doc.proposal.finance.currency is None
    assert [r.toolTip().split(":")[0] for r in rates] == ["Local currency per 1 USD", "Local currency per 1 JPY"]


def test_country_presets_an_empty_currency_as_one_step(window: MainWindow, qtbot: QtBot) -> None:
    country = typing.cast(QComboBox, field(window, "city_team", "city.country"))
    country.setFocus()
    index = country.findData(Country.INDONESIA.value)
    country.setCurrentIndex(index)  # as choosing it from the list does
    assert window.doc.proposal.city.country is Country.INDONESIA
    assert window.doc.proposal.finance.currency is Currency.IDR
    assert window.doc.proposal.meta.local_language is LocalLanguage.ID
    assert window.undo_action.text() == ("&Undo Set Country to Indonesia and the currency to IDR and the local "
                                         "language to Indonesian")
    window.go_to_step("finance")
    currency = typing.cast(QComboBox, window.pages["finance"].binder.bindings["finance.currency"].widget)
    assert currency.currentData() == "IDR"
    window.undo_action.trigger()
    assert window.doc.proposal.city.country is None and window.doc.proposal.finance.currency is None
    assert window.doc.proposal.meta.local_language is None
    assert currency.currentIndex() == 0
    # A currency already chosen is kept.
    window.doc.set_field("finance.currency", Currency.USD, "Currency")
    window.doc.set_field("city.country", Country.VIETNAM, "Country")
    assert window.doc.proposal.finance.currency is Currency.USD


def test_country_help_says_what_choosing_it_does() -> None:
    import json

    steps = json.loads((resources.guidance_dir() / "steps.json").read_text(encoding="utf-8"))
    text = json.dumps(steps)
    assert "when no currency has been chosen yet" in text


# --- messages ---------------------------------------------------------------------------------------


def test_refused_value_is_not_yet_valid_never_missing(window: MainWindow, qtbot: QtBot) -> None:
    binding = window.pages["city_team"].binder.bindings["city.population"]
    window.go_to_step("city_team")
    binding.show_note("Warning: the city's population is not given")
    note = window.pages["city_team"].findChild(QLabel, "note_city__population")
    assert note is not None and note.isVisibleTo(window)
    edit = typing.cast(QLineEdit, binding.widget)
    edit.setFocus()
    qtbot.keyClicks(edit, "about a million")
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    error = window.pages["city_team"].findChild(QLabel, "error_city__population")
    assert error is not None and error.isVisibleTo(window)
    assert error.text() == "Not yet valid: must be a whole number, written like 350,000 (got 'about a million')"
    # The field is not empty: "not given" would contradict what is on screen.
    assert not note.isVisibleTo(window)
    assert "not given" not in edit.accessibleDescription()
    edit.selectAll()
    qtbot.keyClicks(edit, "1,250,000")
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert window.doc.proposal.city.population == 1_250_000
    assert not error.isVisibleTo(window) and edit.accessibleDescription() == ""
    assert note.isVisibleTo(window)  # the readiness note is back, until the next check replaces it


def test_number_field_says_which_form_is_accepted(window: MainWindow) -> None:
    edit = field(window, "city_team", "city.population")
    assert "a whole number, like 350,000" in edit.toolTip()
    rate = field(window, "finance", "finance.discount_rate_pct")
    assert "a number, like 1,250,000.50" in rate.toolTip()


# --- acknowledging ----------------------------------------------------------------------------------


def test_justification_refuses_an_empty_answer(qtbot: QtBot) -> None:
    dialog = JustificationDialog("Warning: the demand forecast is by the city itself")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.text, "   ")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and dialog.result() == 0
    assert dialog.error.isVisibleTo(dialog) and dialog.error.text() == EMPTY_MESSAGE
    assert dialog.text.accessibleDescription() == EMPTY_MESSAGE
    qtbot.keyClicks(dialog.text, "An independent review is funded in phase 1.")
    assert not dialog.error.isVisibleTo(dialog)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible() and dialog.justification() == "An independent review is funded in phase 1."


def test_justification_shows_a_long_finding_whole_and_names_cancel_in_the_interface_language(qtbot: QtBot) -> None:
    """Seen in Indonesian at 1024x768: the finding, its fix and the points (three paragraphs) were cut at
    the top of the 520x280 dialog; and Qt, which has no Indonesian, Vietnamese or Thai button words, said
    "Cancel"."""
    from PySide6.QtWidgets import QDialogButtonBox

    from wizard.gui.language import translate

    finding = "\n\n".join(["Ekuitas swasta sudah dicantumkan tetapi belum ada yang berkomitmen; JOIN hanya berinvestasi "
                           "bersama mitra swasta yang telah berkomitmen menanamkan ekuitasnya."] * 4)
    dialog = JustificationDialog(finding)
    qtbot.addWidget(dialog)
    dialog.show()
    QApplication.processEvents()
    assert dialog.finding.height() >= dialog.finding.heightForWidth(dialog.finding.width())
    assert dialog.text.height() > 2 * dialog.text.fontMetrics().height()
    cancel = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Cancel)
    assert cancel.text() == translate("Questions", "Cancel")


def test_scrolling_over_a_dropdown_scrolls_the_page_not_the_answer(window: MainWindow) -> None:
    from PySide6.QtCore import QPoint, QPointF
    from PySide6.QtGui import QWheelEvent

    combo = typing.cast(QComboBox, field(window, "japan", "japan.project_structure"))
    window.next_button.setFocus()
    assert not combo.hasFocus()
    assert combo.focusPolicy() == Qt.FocusPolicy.StrongFocus  # a wheel passing over it does not focus it
    scroll = window.scrolls["japan"].verticalScrollBar()
    scroll.setValue(0)
    centre = QPointF(combo.rect().center())
    wheel = QWheelEvent(centre, QPointF(combo.mapToGlobal(centre.toPoint())), QPoint(0, 0), QPoint(0, -120),
                        Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(combo, wheel)
    assert window.doc.proposal.japan.project_structure is None and combo.currentIndex() == 0
    assert scroll.value() > 0


# --- keyboard --------------------------------------------------------------------------------------------


def test_every_control_on_the_step_pages_is_reachable_and_named(window: MainWindow) -> None:
    from PySide6.QtWidgets import QAbstractButton, QAbstractItemView, QAbstractSlider, QHeaderView

    problems = []
    for step_id, page in window.pages.items():
        window.go_to_step(step_id)
        for widget in page.findChildren(QWidget):
            if not widget.isVisibleTo(page) or not widget.isEnabled() or isinstance(widget, (QAbstractSlider, QHeaderView)):
                continue  # scroll bars and table headings move with the keys of what they belong to
            if isinstance(widget, QToolButton) and widget.parentWidget() is not None and isinstance(widget.parentWidget(), QLineEdit):
                # A button inside a box (the calendar): its box opens it from the keyboard (Alt+Down).
                if not widget.accessibleName():
                    problems.append(f"{step_id}: icon button in {widget.parentWidget().objectName()} has no name")
                continue
            if isinstance(widget, (QAbstractButton, QLineEdit, QComboBox, QAbstractItemView)) or widget.inherits("QPlainTextEdit"):
                if not widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
                    problems.append(f"{step_id}: {type(widget).__name__} {widget.objectName()!r} cannot be reached with Tab")
            if isinstance(widget, QAbstractButton) and not widget.text().replace("&", "").strip() and not widget.accessibleName():
                problems.append(f"{step_id}: {type(widget).__name__} {widget.objectName()!r} shows no text and has no accessible name")
    assert not problems, "\n".join(problems)


# --- reading typed text (wizard/gui/steps/entry.py) -----------------------------------------------------


@pytest.mark.parametrize(
    ("pattern", "text", "value"),
    [
        ("city.population", "1,250,000", "1250000"),
        ("city.population", " 350000 ", "350000"),
        ("finance.discount_rate_pct", "8.5", "8.5"),
        ("finance.rates_date", "2026-03-31", _dt.date(2026, 3, 31)),
        ("finance.rates_date", "", None),
        ("city.population", "", None),
    ],
)
def test_entry_reads_what_people_type(pattern: str, text: str, value: object) -> None:
    from wizard import fields
    from wizard.gui.steps import entry

    assert entry.value_from_text(fields.spec(pattern), text) == value


@pytest.mark.parametrize(
    ("pattern", "text", "message"),
    [
        ("city.population", "about a million", "must be a whole number, written like 350,000 (got 'about a million')"),
        ("finance.base_year", "next year", "must be a year (four digits), written like 2030 (got 'next year')"),
        ("finance.discount_rate_pct", "ten", "must be a number, written like 1,250,000.50 (got 'ten')"),
        ("finance.rates_date", "31/03/2026", "must be a date written YYYY-MM-DD, like 2026-03-31, or picked from the calendar (Alt+Down) (got '31/03/2026')"),
    ],
)
def test_entry_says_which_form_is_accepted(pattern: str, text: str, message: str) -> None:
    from wizard import fields
    from wizard.gui.steps import entry

    with pytest.raises(entry.EntryError) as refused:
        entry.value_from_text(fields.spec(pattern), text)
    assert refused.value.message == message
