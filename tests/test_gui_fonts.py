"""Digits and punctuation inside Japanese and Thai sentences come from the Latin face (issue 20).

The bundled Noto Sans CJK JP draws the ASCII comma at 9 pt as a single dot: an Indonesian or
Vietnamese decimal comma inside a Japanese sentence ("1,30") read as "1.30" before the application
font listed a Latin face first.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtGui import QFont, QTextLayout
from PySide6.QtWidgets import QApplication, QLabel, QWidget, QVBoxLayout
from pytestqt.qtbot import QtBot

from wizard.gui import language
from wizard.gui.fonts import register_fonts
from wizard.gui.window.presentation import STYLE

SCRIPT_FACES = {"Noto Sans CJK JP", "Noto Sans Thai", "Noto Sans Khmer", "Noto Sans Lao", "Noto Sans Myanmar"}


def _runs(text: str, font: QFont) -> list[tuple[str, list[int]]]:
    """(family, glyph indexes) of each glyph run Qt lays ``text`` out in with ``font``."""
    layout = QTextLayout(text, font)
    layout.beginLayout()
    layout.createLine()
    layout.endLayout()
    flags = QTextLayout.GlyphRunRetrievalFlag.RetrieveAll
    return [(run.rawFont().familyName(), list(run.glyphIndexes())) for run in layout.glyphRuns(-1, -1, flags)]


def _drawn_by(text: str, font: QFont, part: str) -> set[str]:
    """The families whose glyph runs hold the glyphs of ``part`` (a run of characters of ``text``)."""
    layout = QTextLayout(text, font)
    layout.beginLayout()
    layout.createLine()
    layout.endLayout()
    flags = QTextLayout.GlyphRunRetrievalFlag.RetrieveAll
    families = set()
    for run in layout.glyphRuns(-1, -1, flags):
        wanted = list(run.rawFont().glyphIndexesForString(part))
        glyphs = list(run.glyphIndexes())
        if wanted and all(wanted) and any(glyphs[i:i + len(wanted)] == wanted for i in range(len(glyphs))):
            families.add(run.rawFont().familyName())
    return families


@pytest.fixture
def japanese(qapp: QApplication) -> Iterator[QApplication]:
    register_fonts()  # as the app does at start
    language.install(qapp, "ja")
    yield qapp
    language.install(qapp, "en")


def test_the_application_font_lists_a_latin_face_before_the_script_faces(japanese: QApplication) -> None:
    families = QApplication.font().families()
    assert families[0] not in SCRIPT_FACES
    assert SCRIPT_FACES <= set(families[1:])


@pytest.mark.parametrize("presentation", [False, True], ids=["normal", "presentation"])
@pytest.mark.parametrize(
    ("sentence", "number", "script"),
    [
        ("債務返済カバー率は1,30倍で、基準を下回ります", "1,30", "債務返済カバー率は"),
        ("残高は12.345,6円です", "12.345,6", "残高は"),
        ("อัตราส่วน1,30เท่า", "1,30", "อัตราส่วน"),
    ],
    ids=["ja-comma", "ja-grouping", "th-comma"],
)
def test_a_number_inside_a_sentence_is_drawn_by_the_latin_face(japanese: QApplication, qtbot: QtBot, sentence: str,
                                                              number: str, script: str, presentation: bool) -> None:
    page = QWidget()
    qtbot.addWidget(page)
    label = QLabel(sentence, page)
    QVBoxLayout(page).addWidget(label)
    if presentation:
        page.setStyleSheet(STYLE)
    page.show()
    label.ensurePolished()
    font = label.font()
    latin = QApplication.font().families()[0]
    assert _drawn_by(sentence, font, number) == {latin}, _runs(sentence, font)
    # The sentence's own script still comes from its bundled face, not from boxes of the Latin one.
    face = "Noto Sans Thai" if "\u0e00" <= script[0] <= "\u0e7f" else "Noto Sans CJK JP"
    assert face in {family for family, _ in _runs(sentence, font)}
    assert _drawn_by(sentence, font, script[-2:]) == {face}
    if presentation:
        assert font.pointSizeF() == 16
