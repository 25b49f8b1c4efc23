"""The City step offers places from the gazetteer as the city's name is typed, and a choice fills
the location as one undoable step without forcing anything."""

from __future__ import annotations

import typing
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot

from wizard import geo
from wizard.gui.document import ProposalDocument
from wizard.gui.window.pages import make_page
from wizard.model import Country
from wizard.projectfile import Project

if typing.TYPE_CHECKING:
    from wizard.gui.steps.placepicker import PlacePicker

pytestmark = [
    pytest.mark.gui,
    # The suggestion list is a popup; the offscreen platform cannot raise it or let it grab the
    # keyboard, and says so. Harmless here, and only here.
    pytest.mark.qt_log_ignore("This plugin does not support raise", "This plugin does not support grabbing the keyboard"),
]

_PLACE = Qt.ItemDataRole.UserRole + 1


def city_page(qtbot: QtBot, doc: ProposalDocument) -> tuple[QLineEdit, PlacePicker]:
    page = make_page("city_team", doc)
    qtbot.addWidget(page)
    page.show()
    edit = page.findChild(QLineEdit, "city__name")
    assert edit is not None
    return edit, page.place_picker  # type: ignore[attr-defined]


def offered(picker: PlacePicker) -> list[geo.Place]:
    return [picker.model.item(i).data(_PLACE) for i in range(picker.model.rowCount())]


def test_typing_offers_places_and_choosing_one_fills_the_location(qtbot: QtBot) -> None:
    doc = ProposalDocument(Project())
    edit, picker = city_page(qtbot, doc)
    qtbot.keyClicks(edit, "da nan")
    places = offered(picker)
    assert places and places[0].name == "Da Nang"
    assert picker.model.item(0).text() == "Da Nang — Da Nang, Viet Nam · 1,276,000 people"
    # What was typed is the name so far: nothing is filled until a place is chosen.
    assert doc.get("city.name") == "da nan"
    assert doc.get("city.latitude") is None
    picker.completer.activated[type(picker.model.index(0, 0))].emit(picker.model.index(0, 0))
    city = doc.proposal.city
    assert (city.name, city.country, city.region) == ("Da Nang", Country.VIETNAM, "Da Nang")
    assert (city.latitude, city.longitude) == (Decimal("16.06778"), Decimal("108.22083"))
    assert edit.text() == "Da Nang"
    # One undo takes the whole choice back.
    doc.undo_stack.undo()
    assert doc.get("city.name") == "da nan"
    assert (doc.get("city.country"), doc.get("city.latitude"), doc.get("city.region")) == (None, None, "")


def test_the_chosen_country_comes_first_and_a_team_region_is_kept(qtbot: QtBot) -> None:
    doc = ProposalDocument(Project())
    doc.set_field("city.country", Country.PHILIPPINES)
    doc.set_field("city.region", "Central Visayas")
    edit, picker = city_page(qtbot, doc)
    qtbot.keyClicks(edit, "San")
    places = offered(picker)
    countries = [p.country for p in places]
    assert countries and countries == sorted(countries, key=lambda c: c != "PH")
    assert countries[0] == "PH"
    cebu = geo.search_places("Cebu City")[0]
    picker.choose(cebu)
    assert doc.get("city.region") == "Central Visayas", "the team's own region is not overwritten"
    assert doc.get("city.latitude") == Decimal("10.31672")
    # Choosing a city in another country replaces the region, which belonged to the old one.
    picker.choose(geo.search_places("Phnom Penh")[0])
    assert (doc.get("city.country"), doc.get("city.region")) == (Country.CAMBODIA, "Phnom Penh")


def test_an_unknown_name_is_kept_as_typed(qtbot: QtBot) -> None:
    doc = ProposalDocument(Project())
    edit, picker = city_page(qtbot, doc)
    qtbot.keyClicks(edit, "Lumara")
    assert offered(picker) == []
    assert doc.get("city.name") == "Lumara"
    picker.on_text_edited("L")
    assert offered(picker) == [], "one letter offers nothing"


def test_a_read_only_proposal_offers_nothing(qtbot: QtBot) -> None:
    doc = ProposalDocument(Project())
    edit, picker = city_page(qtbot, doc)
    doc.set_read_only("opened elsewhere")
    picker.on_text_edited("Da Nang")
    assert offered(picker) == []
    picker.choose(geo.search_places("Da Nang")[0])
    assert doc.get("city.latitude") is None


@pytest.mark.parametrize(("lang", "country", "people"), [("ja", "ベトナム", "人"), ("th", "เวียดนาม", "ประชากร")])
def test_suggestions_and_the_undo_step_speak_the_interfaces_language(qtbot: QtBot, lang: str, country: str,
                                                                   people: str) -> None:
    """A translated window names the country as its Country drop-down does and counts people in its own
    words; the place's own names stay as the gazetteer writes them."""
    from PySide6.QtWidgets import QApplication

    from wizard.gui import language

    app = QApplication.instance()
    assert app is not None
    language.install(app, lang)
    try:
        doc = ProposalDocument(Project())
        edit, picker = city_page(qtbot, doc)
        qtbot.keyClicks(edit, "da nan")
        text = picker.model.item(0).text()
        assert text.startswith("Da Nang — Da Nang") and country in text and people in text
        assert "Viet Nam" not in text and "people" not in text
        assert language.choice_label(Country.VIETNAM) == country
        picker.choose(offered(picker)[0])
        undo = doc.undo_stack.undoText()
        assert "Da Nang" in undo and "Choose" not in undo and "list of places" not in undo
    finally:
        language.install(app, "en")
