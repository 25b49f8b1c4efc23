"""Suggestions from the gazetteer under the City field of the City step.

Typing a city's name offers matching places (:func:`wizard.geo.search_places`, accents and case
ignored, the chosen country's places first); choosing one fills the city's name, country, latitude
and longitude, and its province when that field is empty or belonged to another country, as one
undoable step. Nothing is forced: a name the gazetteer does not know (a fictional sample city, a
district) is kept as typed, and every filled field stays editable.
"""

from __future__ import annotations

import typing
from decimal import Decimal

from PySide6.QtCore import SIGNAL, QModelIndex, QObject, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QCompleter, QLineEdit, QWidget

from wizard.gui.language import choice_label, fill, number, translate
from wizard.gui.document import FieldRefused, ProposalDocument
from wizard.model import Country

if typing.TYPE_CHECKING:
    # Imported when the first suggestions are looked for (the gazetteer loads then too): the City step is
    # often the first page drawn, and the module's dataclasses cost about 4 ms to make (issue 21).
    from wizard import geo

#: How many places the list offers at once.
LIMIT = 10
#: Fewer characters than this offer nothing (one letter matches hundreds of places).
MIN_CHARS = 2

_PLACE = Qt.ItemDataRole.UserRole + 1


class PlacePicker(QObject):
    """A completer on ``city__name`` of ``page`` that fills the city's location from the gazetteer."""

    def __init__(self, page: QWidget, doc: ProposalDocument) -> None:
        super().__init__(page)
        self.doc = doc
        edit = page.findChild(QLineEdit, "city__name")
        if edit is None:
            raise LookupError("the City step has no city__name field")
        self.edit: QLineEdit = edit
        self.model = QStandardItemModel(self)
        self.completer = QCompleter(self.model, self)
        self.completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer.setMaxVisibleItems(LIMIT)
        # Not QLineEdit.setCompleter: the line edit would insert the chosen row's text itself; here
        # the choice goes to the document, and the binder shows it.
        self.completer.setWidget(self.edit)
        # The QModelIndex overload of activated (the default one carries only the text). Named by its
        # signature: PySide6's stubs give bound signals no [type] overload selector.
        QObject.connect(self.completer, SIGNAL("activated(QModelIndex)"), self.on_activated)
        self.edit.textEdited.connect(self.on_text_edited)
        self.edit.setToolTip(fill(translate("PlacePicker", "%1 (type two letters for suggestions)"), self.edit.toolTip()).strip())

    def suggestions(self, text: str) -> list[geo.Place]:
        """The places offered for ``text``: the chosen country's first, then others."""
        if len(text.strip()) < MIN_CHARS:
            return []
        from wizard import geo

        country = self.doc.get("city.country")
        found: list[geo.Place] = []
        if country is not None:
            found = geo.search_places(text, country=country.value, limit=LIMIT)
        if len(found) < LIMIT:
            seen = {p.geonameid for p in found}
            found += [p for p in geo.search_places(text, limit=LIMIT) if p.geonameid not in seen][: LIMIT - len(found)]
        return found

    def on_text_edited(self, text: str) -> None:
        if self.doc.read_only_reason is not None:
            return
        places = self.suggestions(text)
        self.model.clear()
        for place in places:
            item = QStandardItem(self.describe(place))
            item.setData(place, _PLACE)
            item.setEditable(False)
            self.model.appendRow(item)
        if places:
            self.completer.setCompletionPrefix("")
            popup = self.completer.popup()
            if popup is not None:
                # A window of its own, which presentation mode's larger text does not reach: the field's size.
                popup.setFont(self.edit.font())
            self.completer.complete()
        else:
            popup = self.completer.popup()
            if popup is not None:
                popup.hide()

    @staticmethod
    def describe(place: geo.Place) -> str:
        """ "Da Nang — Da Nang, Viet Nam · 1,276,000 people", in the interface's language: the country as
        the Country drop-down names it, the population in the window's convention (1.276.000 in
        Vietnamese, never a decimal to its reader); the place's own names as the gazetteer writes them."""
        country = choice_label(Country(place.country))
        if place.admin1:
            return fill(translate("PlacePicker", "%1 — %2, %3 · %4 people"), place.name, place.admin1, country,
                        number(place.population))
        return fill(translate("PlacePicker", "%1 — %2 · %3 people"), place.name, country, number(place.population))

    def on_activated(self, index: QModelIndex) -> None:
        from wizard import geo

        place = index.data(_PLACE)
        if isinstance(place, geo.Place):
            self.choose(place)

    def choose(self, place: geo.Place) -> None:
        """Fill the city from ``place``, as one undoable step."""
        doc = self.doc
        if doc.read_only_reason is not None:
            return
        old_country = doc.get("city.country")
        country = Country(place.country)
        region = doc.get("city.region") or ""
        doc.begin_macro(fill(translate("PlacePicker", "Choose %1 from the list of places"), place.name))
        try:
            doc.set_field("city.name", place.name, "City")
            doc.set_field("city.country", country, "Country")
            if not region.strip() or (old_country is not None and old_country != country):
                doc.set_field("city.region", place.admin1, "Province or region")
            doc.set_field("city.latitude", Decimal(f"{place.latitude:.5f}"), "Latitude")
            doc.set_field("city.longitude", Decimal(f"{place.longitude:.5f}"), "Longitude")
        except FieldRefused:  # pragma: no cover - gazetteer values are within the model's ranges
            pass
        finally:
            doc.end_macro()
