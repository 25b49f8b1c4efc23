"""The interface's language in the Qt layer: chosen from --lang, the setting or the system, installed
before the pages are built, followed by the forms and the guidance panel."""

from __future__ import annotations

import typing
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from wizard import cli
from wizard.gui import language
from wizard.gui.window.mainwindow import MainWindow
from wizard.i18n import TRANSLATED, UnknownLanguage
from wizard.i18n.pseudo import pseudo
from wizard.steps import STEP_IDS
from tests.gui_support import quiet_window

pytestmark = pytest.mark.gui


@pytest.fixture
def speak(qtbot: QtBot) -> typing.Iterator[typing.Callable[[str], None]]:
    """Install a language for one test; English again afterwards, whatever happens."""
    app = QApplication.instance()
    assert app is not None

    def _install(lang: str) -> None:
        language.install(app, lang)

    yield _install
    language.install(app, "en")


def _label_texts(window: MainWindow, step: str) -> set[str]:
    return {label.text() for label in window.pages[step].findChildren(QLabel)}


def test_forms_come_out_in_the_installed_language(qtbot: QtBot, isolated_settings: Path,
                                                  monkeypatch: pytest.MonkeyPatch,
                                                  speak: typing.Callable[[str], None]) -> None:
    speak("ja")
    assert language.current() == "ja"
    window = quiet_window(qtbot, monkeypatch)
    window.go_to_step("city_team")
    texts = _label_texts(window, "city_team")
    assert "都市と推進体制" in texts and "都市(&C)" in texts
    assert "City and team" not in texts


@pytest.mark.parametrize("lang", TRANSLATED)
def test_every_shipped_catalogue_loads(lang: str, speak: typing.Callable[[str], None]) -> None:
    speak(lang)
    assert QApplication.translate("CityTeamPage", "Country") != "Country"


def test_pseudo_locale_reaches_forms_and_guidance(qtbot: QtBot, isolated_settings: Path,
                                                  monkeypatch: pytest.MonkeyPatch,
                                                  speak: typing.Callable[[str], None]) -> None:
    speak("en-XA")
    window = quiet_window(qtbot, monkeypatch)
    window.go_to_step("vision")
    assert any(text.startswith("[") and "ẋ" in text for text in _label_texts(window, "vision"))
    assert pseudo("What investors look for") in window.guidance.toPlainText()


def test_english_is_back_after_reinstalling(qtbot: QtBot, isolated_settings: Path,
                                            monkeypatch: pytest.MonkeyPatch,
                                            speak: typing.Callable[[str], None]) -> None:
    speak("th")
    speak("en")
    window = quiet_window(qtbot, monkeypatch)
    window.go_to_step("city_team")
    assert "City and team" in _label_texts(window, "city_team")
    assert "What investors look for" in window.guidance.toPlainText()


def test_choice_order_command_line_then_setting_then_system(isolated_settings: Path,
                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(language, "system_language", lambda: "vi")
    assert language.chosen() == "vi"
    language.remember("th")
    assert QSettings().value(language.SETTING) == "th"
    assert language.chosen() == "th"
    assert language.chosen("ja") == "ja"
    language.remember("system")
    assert language.chosen() == "vi"
    QSettings().setValue(language.SETTING, "km")  # a language not (or no longer) shipped
    assert language.chosen() == "vi"
    with pytest.raises(UnknownLanguage):
        language.chosen("xx")


def test_command_line_refuses_an_unknown_language_before_opening_a_window(
        capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    import wizard.gui.app

    monkeypatch.setattr(wizard.gui.app, "main", lambda *a, **k: pytest.fail("the window must not open"))
    assert cli.main(["--lang", "klingon"]) == 2
    err = capsys.readouterr().err
    assert "'klingon' is not a language CityPitch knows" in err and "ja" in err
    assert cli.main(["--lang", "km"]) == 2
    assert "not translated yet" in capsys.readouterr().err


def test_command_line_passes_the_language_to_the_window(monkeypatch: pytest.MonkeyPatch) -> None:
    import wizard.gui.app

    seen: list[tuple[object, object]] = []
    monkeypatch.setattr(wizard.gui.app, "main", lambda path, lang=None: seen.append((path, lang)) or 0)
    assert cli.main(["--lang", "ja"]) == 0
    assert seen == [(None, "ja")]


@pytest.mark.parametrize("lang", ["ja", "th", "vi", "id"])
def test_no_step_scrolls_sideways_at_the_minimum_width(qtbot: QtBot, isolated_settings: Path, lang: str,
                                                        monkeypatch: pytest.MonkeyPatch,
                                                        speak: typing.Callable[[str], None]) -> None:
    from wizard.gui.fonts import register_fonts

    register_fonts()  # as the app does: the bundled Japanese and Thai faces set the text's width
    speak(lang)
    monkeypatch.setattr(MainWindow, "ask_save_changes", lambda self: "discard")
    window = MainWindow()
    qtbot.addWidget(window)
    window.resize(window.minimumSize())
    window.show()
    assert window.open_sample("lumara-transit")
    sideways = []
    for step in STEP_IDS:
        window.go_to_step(step)
        QApplication.processEvents()
        window.grab()
        bar = window.scrolls[step].horizontalScrollBar()
        if bar.maximum() > 0:
            sideways.append((step, bar.maximum()))
    window.doc.undo_stack.setClean()
    assert sideways == []


def test_choices_and_sidebar_speak_the_language_and_store_the_same_value(
        qtbot: QtBot, isolated_settings: Path, monkeypatch: pytest.MonkeyPatch,
        speak: typing.Callable[[str], None]) -> None:
    from PySide6.QtWidgets import QComboBox, QListWidget

    from wizard.model import Country

    speak("ja")
    window = quiet_window(qtbot, monkeypatch)
    titles = [window.sidebar.topLevelItem(i).text(0) for i in range(window.sidebar.topLevelItemCount())]
    assert "都市と推進体制" in titles and "City and team" not in titles
    window.go_to_step("city_team")
    page = window.pages["city_team"]
    country = page.findChild(QComboBox, "city__country")
    index = country.findData(Country.INDONESIA.value)
    assert country.itemText(index) == "インドネシア"
    country.setCurrentIndex(index)
    assert window.doc.proposal.city.country == Country.INDONESIA  # the value, not the label, is stored
    areas = next(w for w in page.findChildren(QListWidget) if w.count() == 6)
    assert "Civic and social services" not in [areas.item(i).text() for i in range(areas.count())]
    window.doc.undo_stack.setClean()


@pytest.mark.parametrize("lang", ["en", *TRANSLATED])
def test_no_step_name_is_cut_in_the_sidebar(qtbot: QtBot, isolated_settings: Path, lang: str,
                                           monkeypatch: pytest.MonkeyPatch,
                                           speak: typing.Callable[[str], None]) -> None:
    """At the narrowest window, each step's name fits the sidebar beside its mark (Qt would elide it)."""
    from PySide6.QtWidgets import QTreeWidgetItemIterator

    from wizard.gui.fonts import register_fonts

    register_fonts()
    speak(lang)
    window = quiet_window(qtbot, monkeypatch)
    window.resize(window.minimumSize())
    QApplication.processEvents()
    tree = window.sidebar
    cut = []
    it = QTreeWidgetItemIterator(tree)
    while it.value():
        item = it.value()
        # The mark's icon and the item's margins take about 24 px beside the icon's own width.
        need = tree.visualItemRect(item).left() + tree.iconSize().width() + 24 + \
            tree.fontMetrics().horizontalAdvance(item.text(0))
        if need > tree.viewport().width():
            cut.append((item.text(0), need, tree.viewport().width()))
        it += 1
    assert cut == []
