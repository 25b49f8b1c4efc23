"""A field the form leaves unnamed for screen readers is named by its title in the interface's language,
and follows View > Language; a name the form gives stays the form's (its .ui retranslates it).

Every shipped form names its inputs; a form that does not (a new page, a dialog built in code) must
not fall back to the model's English title in a translated window."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QLineEdit, QPlainTextEdit, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from wizard import fields
from wizard.gui import language
from wizard.gui.document import ProposalDocument
from wizard.gui.steps.binder import PageBinder
from wizard.projectfile import Project

pytestmark = pytest.mark.gui

UNNAMED = {"city__name": QLineEdit, "problem__statement": QPlainTextEdit, "finance__discount_rate_pct": QLineEdit}


def test_unnamed_fields_are_named_in_the_interfaces_language_and_follow_a_switch(qtbot: QtBot,
                                                                                 isolated_settings: Path) -> None:
    app = QApplication.instance()
    assert app is not None
    language.install(app, "ja")
    try:
        root = QWidget()
        qtbot.addWidget(root)
        layout = QVBoxLayout(root)
        widgets: dict[str, QWidget] = {}
        for name, kind in UNNAMED.items():
            widgets[fields.pattern_of(name)] = widget = kind(root)
            widget.setObjectName(name)
            layout.addWidget(widget)
        designed = QLineEdit(root)
        designed.setObjectName("vision__statement")
        designed.setAccessibleName("The form's own name")
        layout.addWidget(designed)
        binder = PageBinder(ProposalDocument(Project()), root)
        assert set(binder.bindings) == {*widgets, "vision.statement"}
        for lang in ("ja", "th", "en"):
            if lang != "ja":
                language.switch(app, lang)
            for pattern, widget in widgets.items():
                title = fields.field_title(pattern, lang)
                assert widget.accessibleName() == title, (lang, pattern)
                assert lang == "en" or title != fields.field_title(pattern, "en")  # a translated title
            assert designed.accessibleName() == "The form's own name"
    finally:
        language.install(app, "en")


def test_a_name_saying_local_currency_says_the_proposals_currency_after_a_switch(qtbot: QtBot,
                                                                                 isolated_settings: Path) -> None:
    from wizard.model import Currency

    app = QApplication.instance()
    assert app is not None
    root = QWidget()
    qtbot.addWidget(root)
    edit = QLineEdit(root)
    edit.setObjectName("finance__local_per_usd")
    doc = ProposalDocument(Project())
    doc.set_field("finance.currency", Currency.IDR)
    PageBinder(doc, root)
    assert edit.accessibleName() == "IDR per 1 USD"
    try:
        language.switch(app, "ja")
        # The Japanese title's "local currency" (現地通貨) names the proposal's currency too.
        assert fields.field_title("finance.local_per_usd", "ja") == "1米ドル当たりの現地通貨"
        assert edit.accessibleName() == "1米ドル当たりのIDR"
        language.switch(app, "en")
        assert edit.accessibleName() == "IDR per 1 USD" and edit.toolTip().startswith("IDR per 1 USD")
    finally:
        language.install(app, "en")
