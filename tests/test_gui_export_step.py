"""The Export step: live slide previews, options, background export with progress, cancel, and errors.

Renders run in a child process (``python -m wizard.export.worker``).  The ``*_target`` functions below
run in that child in place of the deck export (the runner's documented ``target`` hook), to stand for an
export that is still working when it is cancelled, or one that fails.
"""

from __future__ import annotations

import io
import os
import time
import typing
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from wizard.errors import CityPitchError

HERE = "tests.test_gui_export_step"
#: Generous: a real render on a busy 2-core machine with other tests running.
RENDER_TIMEOUT_MS = 180_000

if typing.TYPE_CHECKING:
    from pytestqt.qtbot import QtBot

    from wizard.gui.export.page import ExportPage
    from wizard.gui.window.mainwindow import MainWindow


# --- targets run in the child -------------------------------------------------------------------


def hanging_target(data: bytes, out: Path, options: dict[str, Any], progress: Callable[[str, float], None],
                   cancelled: Callable[[], bool]) -> Path:
    progress("Laying out the slides", 0.2)
    out.write_bytes(b"%PDF-1.7 half a deck")  # a partial file in the child's own folder
    while True:
        time.sleep(1)


def refusing_target(data: bytes, out: Path, options: dict[str, Any], progress: Callable[[str, float], None],
                    cancelled: Callable[[], bool]) -> Path:
    progress("Preparing the slides", 0.05)
    raise CityPitchError("the image 'cover.png' is not in the project; add it again or clear the field")


# --- helpers -------------------------------------------------------------------------------------


def blank_pdf(pages: int) -> bytes:
    """A PDF of ``pages`` empty 16:9 pages (what a stand-in render returns)."""
    import pypdf

    writer = pypdf.PdfWriter()
    for _ in range(pages):
        writer.add_blank_page(960, 540)
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


def pdf_pages(path: Path) -> int:
    import pypdf

    return len(pypdf.PdfReader(str(path)).pages)


@pytest.fixture
def messages(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    from wizard.gui.window.mainwindow import MainWindow

    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(MainWindow, "show_message", lambda self, kind, title, text: shown.append((title, text)))
    monkeypatch.setattr(MainWindow, "ask_save_changes", lambda self: "discard")
    return shown


@pytest.fixture
def window(qtbot: "QtBot", isolated_settings: Path, messages: list[tuple[str, str]]) -> Iterator["MainWindow"]:
    from wizard.gui.window.mainwindow import MainWindow

    win = MainWindow()
    qtbot.addWidget(win)
    win.show()
    assert win.open_sample("lumara-transit")
    yield win
    win.doc.undo_stack.setClean()
    win.close()


def export_page(win: "MainWindow") -> "ExportPage":
    from wizard.gui.export.page import ExportPage

    return typing.cast(ExportPage, win.pages["export"])


def wait_for_preview(qtbot: "QtBot", page: "ExportPage") -> None:
    """Until the newest wanted preview is on screen, every thumbnail drawn."""
    qtbot.waitUntil(lambda: page.preview.slide_count() > 0 and not page.preview.renderer.is_pending()
                    and page.preview.thumbnails_done(), timeout=RENDER_TIMEOUT_MS)


# --- the preview ---------------------------------------------------------------------------------


@pytest.mark.gui
@pytest.mark.slow
def test_preview_shows_every_slide_renders_in_a_child_and_follows_edits(
        qtbot: "QtBot", window: "MainWindow", tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtGui import QColor, QImage

    from wizard.model import Risk, RiskBearer, RiskCategory

    page = export_page(window)
    window.go_to_step("export")
    wait_for_preview(qtbot, page)
    first = page.preview.slide_count()
    # The render happened in another process, never in the GUI's (see the module docstring of preview).
    assert page.preview.renderer.child_pids and os.getpid() not in page.preview.renderer.child_pids
    # The page view shows the selected slide drawn on white, not on QtPdf's transparent background.
    page.preview.thumbnails.setCurrentRow(1)
    image = page.preview.view.image()
    assert image is not None and not image.hasAlphaChannel()
    assert image.format() == QImage.Format.Format_RGB32
    colours = {image.pixelColor(x, y).name() for x in range(0, image.width(), 37) for y in range(0, image.height(), 23)}
    assert QColor("white").name() in colours and len(colours) > 3  # a white slide with something on it
    thumb = page.preview.thumbnails.item(first - 1).icon().pixmap(page.preview.thumbnails.iconSize()).toImage()
    assert len({thumb.pixelColor(x, y).name() for x in range(0, thumb.width(), 7) for y in range(0, thumb.height(), 5)}) > 1

    # The thumbnails are the deck's slides: as many as the exported PDF has pages.
    out = tmp_path / "deck.pdf"
    with qtbot.waitSignal(page.export_done, timeout=RENDER_TIMEOUT_MS) as done:
        assert page.start_export(out)
    assert done.args == [True, str(out)]
    assert pdf_pages(out) == first

    # Edits made on another step wait until the preview is shown again.
    window.go_to_step("risks")
    started = page.preview.renderer.renders_started
    for n in range(40):
        window.doc.insert_row("risks", len(window.doc.proposal.risks), Risk(
            category=RiskCategory.CONSTRUCTION, description=f"Added risk number {n} about the corridor's depot works",
            likelihood=3, impact=4, mitigation="Fixed-price contract with a completion bond and a weekly site review",
            bearer=RiskBearer.PRIVATE_PARTNER))
    qtbot.wait(50)
    assert page.preview.renderer.is_pending() and not page.preview.renderer.is_rendering()
    assert page.preview.renderer.renders_started == started
    assert page.preview.slide_count() == first
    window.go_to_step("export")
    qtbot.waitUntil(lambda: page.preview.slide_count() > first and not page.preview.renderer.is_pending(),
                    timeout=RENDER_TIMEOUT_MS)
    assert page.preview.renderer.renders_started == started + 1
    assert window.doc.proposal.risks[-1].description.startswith("Added risk number 39")


@pytest.mark.gui
def test_a_stale_render_never_replaces_a_newer_one(qtbot: "QtBot", isolated_settings: Path) -> None:
    from wizard.gui.document import ProposalDocument
    from wizard.gui.window.pages import make_page
    from wizard.projectfile import Project

    page = typing.cast("ExportPage", make_page("export", ProposalDocument(Project())))
    qtbot.addWidget(page)
    renderer = page.preview.renderer
    counts: list[int] = []
    page.preview.updated.connect(counts.append)
    base = renderer.generation
    # Generation base+2 finishes first, then the older base+1 arrives late: it must not be shown.
    assert renderer.accept(base + 2, blank_pdf(5))
    assert not renderer.accept(base + 1, blank_pdf(3))
    assert page.preview.slide_count() == 5 and counts == [5]
    # A late failure of an older render says nothing over the newer preview.
    assert not renderer.reject(base + 1, "an older render failed")
    assert "older render" not in page.preview.status.text()
    # A newer one still wins, and the same generation is never shown twice.
    assert renderer.accept(base + 3, blank_pdf(2))
    assert not renderer.accept(base + 3, blank_pdf(4))
    assert page.preview.slide_count() == 2 and counts == [5, 2]
    # A newer failure is reported, and the last good slides stay on screen.
    assert renderer.reject(base + 4, "the image 'cover.png' is missing")
    assert "cover.png" in page.preview.status.text() and page.preview.slide_count() == 2
    assert renderer.generation >= base + 3
    # A render still in flight when another proposal is opened shows the old proposal: never shown.
    in_flight = renderer.next_generation()
    page.doc.replace(Project())
    assert page.preview.slide_count() == 0
    assert not renderer.accept(in_flight, blank_pdf(6))
    assert page.preview.slide_count() == 0
    assert renderer.accept(renderer.next_generation(), blank_pdf(1)) and page.preview.slide_count() == 1


@pytest.mark.gui
def test_no_render_while_the_step_is_not_shown(qtbot: "QtBot", isolated_settings: Path) -> None:
    from wizard.gui.document import ProposalDocument
    from wizard.gui.window.pages import make_page
    from wizard.projectfile import Project

    doc = ProposalDocument(Project())
    page = typing.cast("ExportPage", make_page("export", doc))
    qtbot.addWidget(page)
    doc.set_field("meta.project_name", "A corridor")
    qtbot.wait(20)
    assert page.preview.renderer.is_pending() and not page.preview.renderer.is_rendering()
    assert page.preview.renderer.renders_started == 0


# --- options -------------------------------------------------------------------------------------


@pytest.mark.gui
def test_options_are_remembered_outside_the_document(qtbot: "QtBot", window: "MainWindow") -> None:
    from wizard.gui.document import ProposalDocument
    from wizard.gui.window.pages import make_page
    from wizard.projectfile import Project

    page = export_page(window)
    assert page.options() == {"format": "deck", "labels": "en", "pdf_variant": None, "draft_mark": True}
    before = window.doc.project.proposal.model_dump()
    page.set_options(pdf_variant="pdf/a-3b", draft_mark=False)
    page.set_options(pdf_variant="pdf/ua-1")
    assert not window.isWindowModified() and window.doc.proposal.model_dump() == before
    again = typing.cast("ExportPage", make_page("export", ProposalDocument(Project())))
    qtbot.addWidget(again)
    assert again.options() == {"format": "deck", "labels": "en", "pdf_variant": "pdf/ua-1", "draft_mark": False}
    with pytest.raises(ValueError, match="not a choice"):
        page.set_options(labels="fr")


@pytest.mark.gui
def test_the_draft_note_says_whether_the_mark_will_show(qtbot: "QtBot", isolated_settings: Path) -> None:
    from wizard import readiness
    from wizard.gui.document import ProposalDocument
    from wizard.gui.window.pages import make_page
    from wizard.projectfile import Project

    doc = ProposalDocument(Project())
    page = typing.cast("ExportPage", make_page("export", doc))
    qtbot.addWidget(page)
    failed = readiness.assess(doc.proposal).failed_gates
    assert len(failed) > 3  # an empty proposal is not ready
    page.set_options(draft_mark=True)
    page.update_draft_note()
    # The note gives the export's own reasons (wizard.review.signoff.draft_reasons), gates first.
    note = page.draft_note.text()
    assert note.startswith("Every page will be marked DRAFT because") and f"{len(failed)} readiness gates are not met" in note
    assert failed[0].title in note
    page.set_options(draft_mark=False)
    assert "The DRAFT mark is off" in page.draft_note.text() and f"{len(failed)} readiness gates" in page.draft_note.text()


@pytest.mark.gui
def test_the_destination_is_suggested_beside_the_project_file(qtbot: "QtBot", window: "MainWindow", tmp_path: Path) -> None:
    page = export_page(window)
    assert page.destination() is not None and page.destination().name == "Lumara Raya Smart Mobility Corridor.pdf"
    assert window.save_to(tmp_path / "lumara.citypitch")
    assert page.destination() == tmp_path / "lumara.pdf"
    # A place the user chose is kept when the file is saved elsewhere.
    page.set_destination(tmp_path / "for-investors.pdf")
    assert window.save_to(tmp_path / "copy.citypitch")
    assert page.destination() == tmp_path / "for-investors.pdf"


@pytest.mark.gui
def test_an_option_the_pipeline_refuses_is_said_plainly(qtbot: "QtBot", window: "MainWindow", tmp_path: Path,
                                                         monkeypatch: pytest.MonkeyPatch,
                                                         messages: list[tuple[str, str]]) -> None:
    import wizard.export
    from wizard.export import ExportOptions, check_options

    # Stand for a pipeline that does not offer the leave-behind (as before it was written).
    monkeypatch.setattr(wizard.export, "FORMATS", ("deck",))
    page = export_page(window)
    page.set_options(format="leave-behind")
    with pytest.raises(CityPitchError) as refused:
        check_options(ExportOptions(**page.options()))
    refusal = str(refused.value)
    assert "leave-behind" in refusal
    assert refusal in page.status.text()  # said as soon as the option is chosen
    out = tmp_path / "deck.pdf"
    # The pipeline's own words, at once, and nothing started.
    assert not page.start_export(out)
    assert not page.is_running() and page.button.isEnabled()
    assert messages == [("The export failed", refusal)]
    assert refusal in page.status.text()
    assert not out.exists()
    assert window.doc.proposal.meta.project_name == "Lumara Raya Smart Mobility Corridor"


@pytest.mark.gui
@pytest.mark.slow
def test_the_leave_behind_with_japanese_labels_exports_from_the_step(qtbot: "QtBot", window: "MainWindow", tmp_path: Path,
                                                                     messages: list[tuple[str, str]]) -> None:
    import pypdf

    page = export_page(window)
    page.set_options(format="leave-behind", labels="en+ja", pdf_variant="pdf/a-3b")
    out = tmp_path / "leave-behind.pdf"
    with qtbot.waitSignal(page.export_done, timeout=RENDER_TIMEOUT_MS) as done:
        assert page.start_export(out)
    assert done.args == [True, str(out)], messages
    reader = pypdf.PdfReader(str(out))
    box = reader.pages[0].mediabox
    assert float(box.height) > float(box.width)  # A4 upright, not 16:9 slides
    text = "".join(p.extract_text() for p in reader.pages[:3])
    assert any("\u3040" <= ch <= "\u30ff" or "\u4e00" <= ch <= "\u9fff" for ch in text)  # Japanese labels


# --- export --------------------------------------------------------------------------------------


@pytest.mark.gui
@pytest.mark.slow
def test_export_button_writes_the_pdf_with_progress_and_it_can_be_opened(
        qtbot: "QtBot", window: "MainWindow", tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        messages: list[tuple[str, str]]) -> None:
    from wizard.gui.export import page as exportpage

    page = export_page(window)
    window.go_to_step("export")
    out = tmp_path / "deck.pdf"
    page.set_destination(out)
    page.set_options(pdf_variant="pdf/ua-1")
    stages: list[tuple[str, float]] = []
    page.export_progressed.connect(lambda stage, fraction: stages.append((stage, fraction)))
    with qtbot.waitSignal(page.export_done, timeout=RENDER_TIMEOUT_MS) as done:
        page.button.click()
        assert page.is_running() and not page.button.isEnabled() and page.cancel_button.isEnabled()
        run = page.run
        # Editing goes on while the deck renders; the export works on a frozen copy.
        window.doc.set_field("meta.project_name", "Changed while exporting")
    assert done.args == [True, str(out)], messages
    assert run is not None and run.child_pid is not None and run.child_pid != os.getpid()
    assert stages and [s for s, _ in stages][0] == "Preparing the slides"
    assert [f for _, f in stages] == sorted(f for _, f in stages)
    import pypdf

    assert out.read_bytes().startswith(b"%PDF")
    reader = pypdf.PdfReader(str(out))
    assert "/StructTreeRoot" in reader.trailer["/Root"]  # the accessible variant was asked for: tagged
    cover = reader.pages[0].extract_text()
    assert "Lumara Raya" in cover and "Changed while exporting" not in cover
    assert page.progress.value() == 100 and str(out) in page.status.text()
    assert page.button.isEnabled() and not page.cancel_button.isEnabled() and page.open_button.isEnabled()
    opened: list[Path] = []
    monkeypatch.setattr(exportpage, "open_file", lambda path: opened.append(path) or True)
    page.open_button.click()
    assert opened == [out]
    assert not messages


@pytest.mark.slow  # over the few seconds the marker allows (renders, child processes, pyside6-uic)
@pytest.mark.gui
def test_cancel_stops_quickly_and_keeps_the_earlier_pdf(qtbot: "QtBot", window: "MainWindow", tmp_path: Path,
                                                       monkeypatch: pytest.MonkeyPatch,
                                                       messages: list[tuple[str, str]]) -> None:
    page = export_page(window)
    monkeypatch.setattr(page, "export_target", f"{HERE}:hanging_target")
    out = tmp_path / "deck.pdf"
    out.write_bytes(b"%PDF-1.7 the deck sent last week")
    with qtbot.waitSignal(page.export_progressed, timeout=60_000):
        assert page.start_export(out)
    assert page.is_running() and page.cancel_button.isEnabled()
    run = page.run
    with qtbot.waitSignal(page.export_cancelled, timeout=15_000):
        page.cancel_button.click()
        assert "Cancelling" in page.status.text()
    assert run is not None and run.child_pid is not None
    assert not page.is_running() and page.button.isEnabled() and not page.cancel_button.isEnabled()
    assert out.read_bytes() == b"%PDF-1.7 the deck sent last week"
    assert "cancelled" in page.status.text() and page.progress.value() == 0
    assert sorted(p.name for p in tmp_path.iterdir()) == ["deck.pdf", "settings"]
    assert not messages  # a cancel is the user's choice, not an error


@pytest.mark.slow  # over the few seconds the marker allows (renders, child processes, pyside6-uic)
@pytest.mark.gui
def test_a_failed_export_is_reported_and_nothing_is_lost(qtbot: "QtBot", window: "MainWindow", tmp_path: Path,
                                                        monkeypatch: pytest.MonkeyPatch,
                                                        messages: list[tuple[str, str]]) -> None:
    page = export_page(window)
    window.doc.set_field("meta.subtitle", "Edited before the export")
    undo_steps = window.doc.undo_stack.count()
    # A destination in a folder that does not exist: refused at once, in words that say where.
    missing = tmp_path / "no such folder" / "deck.pdf"
    assert not page.start_export(missing)
    assert messages[-1][0] == "The export failed" and "no such folder" in messages[-1][1] and "does not exist" in messages[-1][1]
    assert not missing.parent.exists()
    # A failure inside the render: its message reaches the user, the earlier PDF stays.
    monkeypatch.setattr(page, "export_target", f"{HERE}:refusing_target")
    out = tmp_path / "deck.pdf"
    out.write_bytes(b"%PDF-1.7 earlier")
    with qtbot.waitSignal(page.export_done, timeout=60_000) as done:
        assert page.start_export(out)
    assert done.args is not None and done.args[0] is False and "cover.png" in done.args[1]
    assert messages[-1] == ("The export failed", done.args[1])
    assert "cover.png" in page.status.text() and page.button.isEnabled() and not page.open_button.isEnabled()
    assert out.read_bytes() == b"%PDF-1.7 earlier"
    # The window's data is all there, and still editable and undoable.
    assert window.doc.proposal.meta.subtitle == "Edited before the export"
    assert window.doc.undo_stack.count() == undo_steps and window.isWindowModified()
    window.doc.undo_stack.undo()
    assert window.doc.proposal.meta.subtitle != "Edited before the export"


@pytest.mark.slow  # over the few seconds the marker allows (renders, child processes, pyside6-uic)
@pytest.mark.gui
def test_file_export_pdf_goes_to_the_step_and_uses_its_machinery(qtbot: "QtBot", window: "MainWindow", tmp_path: Path,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    from wizard.gui.window.mainwindow import MainWindow

    page = export_page(window)
    monkeypatch.setattr(page, "export_target", f"{HERE}:hanging_target")
    monkeypatch.setattr(MainWindow, "ask_export_path", lambda self: tmp_path / "from-the-menu")
    window.go_to_step("vision")
    with qtbot.waitSignal(page.export_progressed, timeout=60_000):
        window.export_action.trigger()
    assert window.current_step() == "export"
    assert page.is_running() and page.destination() == tmp_path / "from-the-menu.pdf"
    assert not page.destination_edit.isEnabled()  # options are fixed while an export runs
    window.export_action.trigger()  # a second export waits for the first
    assert "already running" in window.statusBar().currentMessage()
    with qtbot.waitSignal(page.export_cancelled, timeout=15_000):
        page.cancel_export()
    assert not (tmp_path / "from-the-menu.pdf").exists()


@pytest.mark.gui
def test_the_draft_note_names_the_band_as_the_review_step_does_in_the_interface_language(
        qtbot: "QtBot", isolated_settings: Path) -> None:
    """In Japanese the note said "the proposal is Ready (95)" beside a Review step saying 準備完了 (the glossary's
    band_ready): the band is named in the interface's language, the reasons stay the export's."""
    from PySide6.QtWidgets import QApplication

    from wizard import projectfile, resources
    from wizard.gui import language
    from wizard.gui.document import ProposalDocument
    from wizard.gui.window.pages import make_page
    from wizard.i18n import glossary

    app = QApplication.instance()
    assert app is not None
    doc = ProposalDocument(projectfile.load(resources.sample_path("lumara-transit")))
    language.install(app, "ja")
    try:
        page = typing.cast("ExportPage", make_page("export", doc))
        qtbot.addWidget(page)
        page.update_draft_note()
        note = page.draft_note.text()
    finally:
        language.install(app, "en")
    ready = glossary.load().terms["band_ready"].entries["ja"].term
    assert "DRAFT表示は付きません" in note
    assert ready in note and "Ready" not in note
