"""One number convention in the window (issue 20 item 5): the interface language's.

The Financial case page, the Review page's findings and the comparison's key figures write amounts the way
a reader of the interface language does (``wizard.money.reader_locale``), whatever the proposal's own
``meta.number_locale`` (Lumara's is Indonesian); the exports keep theirs (tested with the exports).
"""

from __future__ import annotations

import re
import typing
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QLabel, QTreeWidget, QTreeWidgetItem
from pytestqt.qtbot import QtBot

from tests.gui_support import quiet_window
from wizard import money
from wizard.gui import language
from wizard.gui.consult.compare import figure_value
from wizard.gui.finance.page import FinancePage
from wizard.gui.steps import entry
from wizard.gui.window.mainwindow import MainWindow

pytestmark = pytest.mark.gui


@pytest.fixture
def window(qtbot: QtBot, isolated_settings: Path, monkeypatch: pytest.MonkeyPatch) -> typing.Iterator[MainWindow]:
    yield quiet_window(qtbot, monkeypatch)
    app = QApplication.instance()
    assert app is not None
    language.switch(app, "en")


def _texts(item: QTreeWidgetItem) -> list[str]:
    return [item.text(0), *(t for i in range(item.childCount()) for t in _texts(item.child(i)))]


def _review_texts(window: MainWindow) -> str:
    trees = window.pages["review"].findChildren(QTreeWidget)
    return "\n".join(t for tree in trees for i in range(tree.topLevelItemCount()) for t in _texts(tree.topLevelItem(i)))


def test_reader_locale_is_the_languages_own_convention() -> None:
    assert [money.reader_locale(code) for code in ("en", "en-XA", "ja", "id", "vi", "th", "xx")] == [
        "en", "en", "ja", "id", "vi", "th", "en"]


@pytest.mark.parametrize("lang", ["vi", "ja", "en"])
def test_the_finance_page_and_the_review_page_write_amounts_alike(window: MainWindow, qtbot: QtBot, lang: str) -> None:
    assert window.open_sample("lumara-transit")
    assert window.doc.proposal.meta.number_locale.value == "id"
    window.doc.set_field("finance.funding", [], "No funding yet", merge=False)  # the 'no funding source' blocker
    app = QApplication.instance()
    assert app is not None
    language.switch(app, lang)
    window.refresh_analysis()
    assert entry.window_locale() == lang
    capex = window.analysis.current().finance.total_capex
    window.go_to_step("finance")
    panel = typing.cast(FinancePage, window.pages["finance"]).figures
    value = panel.findChild(QLabel, "figure_capex")
    assert value is not None
    qtbot.waitUntil(lambda: value.text().startswith(money.format_money(capex, "IDR", lang)))
    window.go_to_step("review")
    short = money.format_money(capex, "IDR", lang, compact=True)
    qtbot.waitUntil(lambda: short in _review_texts(window))
    assert money.format_money(capex, "IDR", "id", compact=True) not in _review_texts(window)  # not the proposal's


@pytest.mark.parametrize(("lang", "old", "shown"), [
    ("en", "IDR 3,500,000,000,000", "IDR 3,500,000,000,000"),
    ("vi", "IDR 3,500,000,000,000", "IDR 3.500.000.000.000"),
    ("id", "11.5%", "11,5%"),
    ("ja", "11.5%", "11.5%"),
    ("th", "9.9 years", "9.9 ปี"),
])
def test_the_comparisons_key_figures_follow_the_interface(window: MainWindow, lang: str, old: str, shown: str) -> None:
    app = QApplication.instance()
    assert app is not None
    language.switch(app, lang)
    assert figure_value(old) == shown


@pytest.mark.parametrize(("lang", "group"), [("en", ","), ("vi", "."), ("id", "."), ("ja", ",")])
def test_a_places_population_is_written_the_readers_way(window: MainWindow, lang: str, group: str) -> None:
    """The place picker's population: '1.276.000 people' to a Vietnamese reader, for whom 1,276 is a decimal."""
    from wizard import geo
    from wizard.gui.steps.placepicker import PlacePicker

    place = max(geo.search_places("Da Nang"), key=lambda p: p.population)
    assert place.population >= 1_000_000
    app = QApplication.instance()
    assert app is not None
    language.switch(app, lang)
    # the whole number, then a space or (Japanese, typed without one) the counter 人
    number = f"{place.population:,}".replace(",", group)
    assert re.search(rf" · {re.escape(number)}(?![\d.,])", PlacePicker.describe(place))
