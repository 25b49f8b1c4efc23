"""Numbers typed and shown in the window's number convention (issue 16 item 2, issue 14 item 3's wizard part;
issue 20 item 5: the interface language's convention, one for the whole window).

The entry layer reads a typed number with :func:`wizard.money.parse_number` in the window's locale (the
interface language's: Indonesian separators in an Indonesian window, whatever the proposal's own
``meta.number_locale``), shows the model's numbers in it with every stored digit, and what it shows is
always read back as the same number.  Fields and table cells follow a change of the interface language.
"""

from __future__ import annotations

import typing
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit
from pytestqt.qtbot import QtBot

from tests.gui_support import quiet_window
from wizard import fields, money
from wizard.gui import language
from wizard.gui.steps import entry
from wizard.gui.tables.listeditor import ListEditor
from wizard.gui.window.mainwindow import MainWindow
from wizard.model import NumberLocale

LOCALES = list(money.NUMBER_LOCALES)
DECIMAL = fields.spec("finance.discount_rate_pct")
MONEY = fields.spec("finance.development_costs")
RATE = fields.spec("finance.local_per_usd")
WHOLE = fields.spec("city.population")
YEAR = fields.spec("finance.base_year")


# --- the entry layer (no widgets) ---------------------------------------------------------------------


@settings(max_examples=300, deadline=None)
@given(locale=st.sampled_from(LOCALES),
       value=st.decimals(min_value=Decimal("-1e15"), max_value=Decimal("1e15"), allow_nan=False, allow_infinity=False, places=4))
def test_every_number_shown_is_read_back_as_the_same_number(locale: str, value: Decimal) -> None:
    for spec in (DECIMAL, MONEY, RATE):
        text = entry.text_from_value(spec, value, locale)
        assert Decimal(entry.value_from_text(spec, text, locale)) == value, (locale, value, text)


@settings(max_examples=200, deadline=None)
@given(locale=st.sampled_from(LOCALES), value=st.integers(min_value=0, max_value=10_000_000_000))
def test_every_whole_number_shown_is_read_back(locale: str, value: int) -> None:
    text = entry.text_from_value(WHOLE, value, locale)
    assert int(entry.value_from_text(WHOLE, text, locale)) == value, (locale, value, text)


@pytest.mark.parametrize(("spec", "value", "locale", "shown"), [
    (MONEY, Decimal("1250000000000.00"), "id", "1.250.000.000.000,00"),
    (MONEY, Decimal("1250000000000.00"), "en", "1,250,000,000,000.00"),
    (MONEY, Decimal("1250000000000.00"), "vi", "1.250.000.000.000,00"),
    (DECIMAL, Decimal("9.5"), "id", "9,5"),
    (DECIMAL, Decimal("9.5"), "th", "9.5"),
    (WHOLE, 350000, "id", "350.000"),
    (WHOLE, 350000, "en", "350,000"),
    (YEAR, 2027, "id", "2027"),
    # "16.200" in Indonesian could be 16200 or 16.2: a number the locale cannot group unambiguously
    # is shown without grouping, and three decimals under 1,000 get a fourth.
    (RATE, Decimal("16200"), "id", "16200"),
    (DECIMAL, Decimal("8.125"), "id", "8,1250"),
    (DECIMAL, Decimal("8.500"), "id", "8,5"),
])
def test_numbers_are_shown_in_the_locale(spec: fields.FieldSpec, value: typing.Any, locale: str, shown: str) -> None:
    assert entry.text_from_value(spec, value, locale) == shown


@pytest.mark.parametrize(("spec", "text", "locale", "value"), [
    (MONEY, "10.562.088", "id", "10562088"),
    (MONEY, "10,562,088", "id", "10562088"),
    (DECIMAL, "8,5", "id", "8.5"),
    (DECIMAL, "8.5", "id", "8.5"),
    (MONEY, "1.250.000,75", "vi", "1250000.75"),
    (WHOLE, "350.000", "id", "350000"),  # a whole number is never written with three decimals
    (WHOLE, "350,000", "en", "350000"),
    (MONEY, "1,250,000.50", "en", "1250000.50"),
])
def test_typed_numbers_follow_the_locale(spec: fields.FieldSpec, text: str, locale: str, value: str) -> None:
    assert Decimal(entry.value_from_text(spec, text, locale)) == Decimal(value)


@pytest.mark.parametrize(("spec", "text", "locale", "said"), [
    (DECIMAL, "1.234", "id", "write 1234 for the whole number, 1,2340 for the decimal"),
    (DECIMAL, "8,500", "id", "write 8,5 for the decimal, or 8500 for the whole number"),
    (DECIMAL, "lots", "id", "must be a number, written like 1.250.000,50"),
    (WHOLE, "lots", "vi", "must be a whole number, written like 350.000"),
    (WHOLE, "12,5", "id", "must be a whole number"),
    (DECIMAL, "8,5", "en", "write it like 1,234,567.5"),
])
def test_refusals_show_the_accepted_form(spec: fields.FieldSpec, text: str, locale: str, said: str) -> None:
    with pytest.raises(entry.EntryError) as refused:
        entry.value_from_text(spec, text, locale)
    assert said in refused.value.message


def test_every_form_a_refusal_suggests_is_accepted() -> None:
    for locale in LOCALES:
        for text in ("1.234", "8,500", "0,125", "350.000", "1,250", "-1.250"):
            try:
                money.parse_number(text, locale)
            except money.NumberParseError as refusal:
                suggested = str(refusal).split("; write ", 1)[1]
                for form in (part.split(" for the")[0] for part in suggested.replace(", or ", ", ").split(", ")):
                    money.parse_number(form.strip(), locale)  # raises if a suggestion is itself refused


# --- the wizard ---------------------------------------------------------------------------------------


@pytest.fixture
def window(qtbot: QtBot, isolated_settings: Path, monkeypatch: pytest.MonkeyPatch) -> typing.Iterator[MainWindow]:
    """The Lumara sample in a window whose interface is Indonesian (so are its numbers)."""
    win = quiet_window(qtbot, monkeypatch)
    win.activateWindow()
    assert win.open_sample("lumara-transit")
    app = QApplication.instance()
    assert app is not None
    language.switch(app, "id")
    yield win
    language.switch(app, "en")


def _box(window: MainWindow, pattern: str) -> QLineEdit:
    step = "finance" if pattern.startswith("finance.") else "city_team"
    window.go_to_step(step)
    return typing.cast(QLineEdit, window.pages[step].binder.bindings[pattern].widget)


def _type(qtbot: QtBot, box: QLineEdit, text: str) -> None:
    box.setFocus()
    box.selectAll()
    qtbot.keyClicks(box, text)
    qtbot.keyClick(box, Qt.Key.Key_Return)


def test_fields_show_and_take_indonesian_numbers(window: MainWindow, qtbot: QtBot) -> None:
    assert entry.window_locale() == "id"
    costs = _box(window, "finance.development_costs")
    assert costs.text() == "35.000.000.000"
    _type(qtbot, costs, "10.562.088")
    assert window.doc.proposal.finance.development_costs == Decimal("10562088")
    assert costs.text() == "10.562.088"
    rate = _box(window, "finance.discount_rate_pct")
    _type(qtbot, rate, "8,5")
    assert window.doc.proposal.finance.discount_rate_pct == Decimal("8.5")
    # English separators, where they cannot be misread, are taken and shown back in the window's convention,
    # whether the value changed or not.
    _type(qtbot, rate, "9.25")
    assert window.doc.proposal.finance.discount_rate_pct == Decimal("9.25") and rate.text() == "9,25"
    reserves = _box(window, "finance.reserves")
    _type(qtbot, reserves, "45,000,000,000")  # the sample's own value, typed the English way
    assert window.doc.proposal.finance.reserves == Decimal("45000000000") and reserves.text() == "45.000.000.000"
    assert window.undo_action.text() == "Urungkan Ubah Tingkat diskonto (%) (&U)"  # an unchanged value adds no undo step
    # Leaving a field unchanged never refuses what the wizard itself wrote there.
    usd = _box(window, "finance.local_per_usd")
    usd.setFocus()
    qtbot.keyClick(usd, Qt.Key.Key_Tab)
    binding = window.pages["finance"].binder.bindings["finance.local_per_usd"]
    assert binding.error == "" and window.doc.proposal.finance.local_per_usd == Decimal("16200")
    assert "1.250.000,50" in usd.toolTip()


def test_an_ambiguous_number_is_refused_at_the_field_with_the_forms_accepted(window: MainWindow, qtbot: QtBot) -> None:
    rate = _box(window, "finance.discount_rate_pct")
    before = window.doc.proposal.finance.discount_rate_pct
    _type(qtbot, rate, "1.234")
    binding = window.pages["finance"].binder.bindings["finance.discount_rate_pct"]
    assert "'1.234' could be 1234 or 1,2340; write 1234 for the whole number, 1,2340 for the decimal" in binding.error
    label = window.pages["finance"].findChild(QLabel, "error_finance__discount_rate_pct")
    assert label is not None and label.isVisibleTo(window) and binding.error in label.text()
    assert window.doc.proposal.finance.discount_rate_pct == before
    _type(qtbot, rate, "1,2340")  # as the message says
    assert binding.error == "" and window.doc.proposal.finance.discount_rate_pct == Decimal("1.234")


def test_a_change_of_interface_language_redraws_fields_and_cells(window: MainWindow, qtbot: QtBot) -> None:
    costs = _box(window, "finance.development_costs")
    editor = typing.cast(ListEditor, window.pages["finance"].binder.tables["finance.lines"])
    assert editor.model is not None
    capex = next(c for c, spec in enumerate(editor.model.columns) if spec.pattern.endswith(".capex"))
    cell = editor.model.index(0, capex)
    assert editor.model.data(cell) == "380.000.000.000"
    undo_steps = window.doc.undo_stack.count()
    app = QApplication.instance()
    assert app is not None
    language.switch(app, "en")
    assert costs.text() == "35,000,000,000"
    assert editor.model.data(cell) == "380,000,000,000"
    assert "1,250,000.50" in costs.toolTip()
    assert window.doc.undo_stack.count() == undo_steps and not window.isWindowModified()  # nothing changed
    language.switch(app, "ja")  # Japanese readers write numbers the English way
    assert costs.text() == "35,000,000,000"
    language.switch(app, "vi")
    assert costs.text() == "35.000.000.000" and editor.model.data(cell) == "380.000.000.000"
    assert window.doc.proposal.meta.number_locale == NumberLocale.ID  # the proposal's own choice is kept


def test_the_proposals_number_locale_no_longer_changes_the_window(window: MainWindow, qtbot: QtBot) -> None:
    """One convention per window: the interface language's, not the proposal's ``meta.number_locale``."""
    costs = _box(window, "finance.development_costs")
    window.doc.set_field("meta.number_locale", NumberLocale.EN, "Number format")
    assert costs.text() == "35.000.000.000"
    window.refresh_analysis()
    irr = typing.cast(typing.Any, window.pages["finance"]).figures.findChild(QLabel, "figure_irr")
    assert irr.text() == "11,5%"


@pytest.mark.parametrize(("lang", "typed", "stored"), [("vi", "1,5", Decimal("1.5")), ("id", "1,5", Decimal("1.5")),
                                                       ("en", "1.5", Decimal("1.5")), ("th", "1.5", Decimal("1.5"))])
def test_a_decimal_typed_the_readers_way_is_that_decimal(window: MainWindow, qtbot: QtBot, lang: str, typed: str,
                                                         stored: Decimal) -> None:
    """A Vietnamese reader typing '1,5' gets 1.5, never 15."""
    app = QApplication.instance()
    assert app is not None
    language.switch(app, lang)
    rate = _box(window, "finance.discount_rate_pct")
    _type(qtbot, rate, typed)
    assert window.doc.proposal.finance.discount_rate_pct == stored
    assert rate.text() == typed


@pytest.mark.parametrize("lang", ["en", "ja", "th"])
def test_a_decimal_comma_in_a_point_language_is_refused_not_read_as_tens(window: MainWindow, qtbot: QtBot,
                                                                         lang: str) -> None:
    app = QApplication.instance()
    assert app is not None
    language.switch(app, lang)
    rate = _box(window, "finance.discount_rate_pct")
    before = window.doc.proposal.finance.discount_rate_pct
    _type(qtbot, rate, "1,5")
    binding = window.pages["finance"].binder.bindings["finance.discount_rate_pct"]
    assert binding.error and window.doc.proposal.finance.discount_rate_pct == before


def test_table_cells_take_the_locale_and_refuse_with_the_accepted_form(window: MainWindow, qtbot: QtBot) -> None:
    window.go_to_step("finance")
    editor = typing.cast(ListEditor, window.pages["finance"].binder.tables["finance.lines"])
    model = editor.model
    assert model is not None
    capex = next(c for c, spec in enumerate(model.columns) if spec.pattern.endswith(".capex"))
    assert model.set_cell_text(0, capex, "1.250.000.000,5") == ""
    assert window.doc.proposal.finance.lines[0].capex == Decimal("1250000000.5")
    assert model.data(model.index(0, capex)) == "1.250.000.000,5"
    reason = model.set_cell_text(1, capex, "8,500")
    assert "write 8,5 for the decimal, or 8500 for the whole number" in reason
    assert window.doc.proposal.finance.lines[1].capex == Decimal("820000000000")


def test_the_finance_figures_follow_the_interface_language(window: MainWindow, qtbot: QtBot) -> None:
    window.go_to_step("finance")
    figures = typing.cast(typing.Any, window.pages["finance"]).figures
    irr = figures.findChild(QLabel, "figure_irr")
    assert irr.text() == "11,5%"
    app = QApplication.instance()
    assert app is not None
    language.switch(app, "en")
    qtbot.waitUntil(lambda: irr.text() == "11.5%")
