"""The Export step in the interface's language (issue 20): the options' names and the DRAFT reasons.

The exports and the command line keep wizard.export's English; only what the Export step shows changes.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from wizard import projectfile, resources
from wizard.analysis import analyse
from wizard.export import DATA_FORMAT_CHOICES, FORMAT_CHOICES, LABEL_CHOICES, PDF_VARIANT_CHOICES
from wizard.gui import language
from wizard.gui.document import ProposalDocument
from wizard.gui.export.page import CHOICE_NAMES, ExportPage
from wizard.gui.review.texts import draft_reasons_shown
from wizard.review import signoff
from wizard.review.judgement import readiness_reasons_for_draft
from wizard.steps import STEPS

pytestmark = pytest.mark.gui

JAPANESE = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff]")
CORE_NAMES = [*FORMAT_CHOICES.values(), *DATA_FORMAT_CHOICES.values(), *LABEL_CHOICES.values(),
              *PDF_VARIANT_CHOICES.values()]


@pytest.fixture
def speak(qapp: QApplication) -> Iterator[Callable[[str], None]]:
    def install(lang: str) -> None:
        language.install(qapp, lang)

    yield install
    language.install(qapp, "en")


def _page(qtbot: QtBot, sample: str | None = "lumara-transit") -> ExportPage:
    project = projectfile.load(resources.sample_path(sample)) if sample else projectfile.Project()
    page = ExportPage(next(s for s in STEPS if s.id == "export"), ProposalDocument(project))
    qtbot.addWidget(page)
    return page


def _items(page: ExportPage) -> list[str]:
    """Each option as the Export step says it whole (the entry's tooltip; the drop-down shows its short name)."""
    return [box.itemData(i, Qt.ItemDataRole.ToolTipRole) for box in (page.format_box, page.labels_box, page.variant_box)
            for i in range(box.count())]


def _shown(page: ExportPage) -> list[str]:
    return [box.itemText(i) for box in (page.format_box, page.labels_box, page.variant_box) for i in range(box.count())]


def test_every_option_the_core_offers_is_marked_for_translation() -> None:
    assert sorted(CHOICE_NAMES) == sorted(CORE_NAMES)


def test_the_options_read_japanese_in_japanese(qtbot: QtBot, speak: Callable[[str], None]) -> None:
    speak("ja")
    page = _page(qtbot)
    items = _items(page)
    assert len(items) == len(CORE_NAMES)
    english = [name for name in items if name in CORE_NAMES]
    assert english == [], english
    assert all(JAPANESE.search(name) for name in items), items
    assert "英語" in items and "英語（日本語併記）" in items and "標準のPDF" in items
    shown = _shown(page)
    assert all(JAPANESE.search(name) for name in shown) and not [name for name in shown if name in CORE_NAMES], shown
    assert "編集できるスライド（PowerPoint）" in shown
    # What is chosen is still the export's value, not the words shown.
    assert page.format_box.itemData(0) == "deck" and page.labels_box.itemData(0) == "en"


def test_the_options_follow_a_change_of_language(qtbot: QtBot, speak: Callable[[str], None]) -> None:
    page = _page(qtbot)
    assert _items(page) == CORE_NAMES  # English: the core's own words
    page.format_box.setCurrentIndex(1)
    speak("ja")
    page.retranslate()
    assert all(JAPANESE.search(name) for name in _items(page))
    assert page.format_box.currentData() == "leave-behind"  # the choice stays, only its words change
    speak("en")
    page.retranslate()
    assert _items(page) == CORE_NAMES


def test_the_draft_reasons_read_japanese_in_japanese(qtbot: QtBot, speak: Callable[[str], None]) -> None:
    speak("ja")
    page = _page(qtbot, None)  # an empty proposal fails readiness gates
    analysis = analyse(page.doc.project.proposal)
    assert analysis.readiness.failed_gates
    page.draft_box.setChecked(True)
    page.update_draft_note(analysis)
    note = page.draft_note.text()
    assert "必須要件" in note, note
    assert not re.search(r"readiness gates? (is|are) not met|; and more", note), note
    gate = analysis.in_language("ja").readiness.failed_gates[0].title
    assert gate in note and gate != analysis.readiness.failed_gates[0].title


def test_the_sign_off_reasons_read_japanese_and_keep_their_order(qapp: QApplication, speak: Callable[[str], None]) -> None:
    speak("ja")
    analysis = analyse(projectfile.Project().proposal)
    english = readiness_reasons_for_draft(analysis.readiness)
    reasons = [*english, signoff.NOT_SIGNED_OFF + signoff.STALE, signoff.UNREADABLE.format(problem="line 3")]
    shown, from_readiness = draft_reasons_shown(analysis, reasons)
    assert len(shown) == len(reasons) and from_readiness == shown[:len(english)]
    assert shown[-2].startswith("最終承認が必要な設定で") and "前回の承認後" in shown[-2]
    assert shown[-1] == "最終承認の記録を読み込めない（line 3）"
    assert not any(reason in shown for reason in reasons)


def test_a_reason_it_does_not_know_stays_as_the_export_says_it(qapp: QApplication, speak: Callable[[str], None]) -> None:
    speak("ja")
    analysis = analyse(projectfile.Project().proposal)
    reasons = [*readiness_reasons_for_draft(analysis.readiness), "a reason added later"]
    shown, _ = draft_reasons_shown(analysis, reasons)
    assert shown[-1] == "a reason added later"


@pytest.mark.parametrize("sample", [None, "lumara-transit"], ids=["empty", "lumara"])
def test_in_english_the_reasons_are_the_exports_own_words(qapp: QApplication, sample: str | None) -> None:
    project = projectfile.load(resources.sample_path(sample)) if sample else projectfile.Project()
    analysis = analyse(project.proposal)
    reasons = [*signoff.draft_reasons(project, analysis.readiness), signoff.NOT_SIGNED_OFF]
    shown, from_readiness = draft_reasons_shown(analysis, reasons)
    assert shown == reasons and from_readiness == readiness_reasons_for_draft(analysis.readiness)
