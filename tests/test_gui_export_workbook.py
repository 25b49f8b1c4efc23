"""The Export step writes the financial model as an Excel workbook (issue 15 item 5, the wizard's part).

The format list is the export's own (``FORMAT_CHOICES`` and ``DATA_FORMAT_CHOICES``); the workbook is
written by ``wizard.finance.workbook.write_workbook`` in the background helper, from a frozen copy of
the proposal; the preview says plainly that a workbook has no slide preview.
"""

from __future__ import annotations

import typing
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from wizard.export import DATA_FORMAT_CHOICES, FORMAT_CHOICES
from wizard.gui.export.page import ExportPage
from wizard.gui.window.mainwindow import MainWindow

pytestmark = pytest.mark.gui


@pytest.fixture
def messages(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(MainWindow, "show_message", lambda self, kind, title, text: shown.append((title, text)))
    monkeypatch.setattr(MainWindow, "ask_save_changes", lambda self: "discard")
    return shown


@pytest.fixture
def window(qtbot: QtBot, isolated_settings: Path, messages: list[tuple[str, str]]) -> Iterator[MainWindow]:
    win = MainWindow()
    qtbot.addWidget(win)
    win.show()
    assert win.open_sample("lumara-transit")
    yield win
    win.doc.undo_stack.setClean()
    win.close()


def _page(window: MainWindow) -> ExportPage:
    window.go_to_step("export")
    return typing.cast(ExportPage, window.pages["export"])


def test_the_step_offers_every_export_format(window: MainWindow) -> None:
    page = _page(window)
    # Each by its whole name (the entry's tooltip; the drop-down shows the short one, the line under it the rest).
    offered = {page.format_box.itemData(i): page.format_box.itemData(i, Qt.ItemDataRole.ToolTipRole)
               for i in range(page.format_box.count())}
    assert offered == {**FORMAT_CHOICES, **DATA_FORMAT_CHOICES}


def test_choosing_the_workbook_turns_off_what_only_a_pdf_has(window: MainWindow, tmp_path: Path) -> None:
    page = _page(window)
    page.set_destination(tmp_path / "lumara.pdf")
    renders = page.preview.renderer.renders_started
    page.set_options(format="xlsx")
    assert page.is_data_format()
    assert not page.labels_box.isEnabled() and not page.variant_box.isEnabled() and not page.draft_box.isEnabled()
    assert page.destination() == tmp_path / "lumara.xlsx"
    said = page.preview.status.text()
    assert said.startswith("A workbook has no slide preview.") and page.preview.view.message == said
    assert not page.preview.thumbnails.isVisibleTo(window)
    # Said once, above: the empty slide area goes, so the options move up; the group names the workbook.
    assert not page.preview.view.isVisibleTo(window) and page.preview.minimumHeight() == 0
    assert page.export_group.title() == "Workbook"
    assert page.button.text() == "E&xport the workbook"
    assert "carries no DRAFT mark" in page.draft_note.text()
    page.preview.renderer.invalidate(0)
    page.preview.renderer._start()  # a due render does not start while the workbook is chosen
    assert page.preview.renderer.renders_started == renders
    page.set_options(format="deck")
    assert page.labels_box.isEnabled() and page.variant_box.isEnabled() and page.draft_box.isEnabled()
    assert page.preview.view.isVisibleTo(window) and page.preview.minimumHeight() == 520  # the form's height
    assert page.export_group.title() == "PDF"
    assert page.destination() == tmp_path / "lumara.pdf"
    assert page.preview.thumbnails.isVisibleTo(window) and page.button.text() == "E&xport PDF"


def test_the_workbook_is_written_in_the_background_with_the_workbook_writer(
        window: MainWindow, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import threading

    import openpyxl

    from wizard.finance import workbook

    threads: list[str] = []
    real = workbook.write_workbook

    def spy(proposal: typing.Any, out: Path, results: typing.Any = None) -> Path:
        threads.append(threading.current_thread().name)
        return real(proposal, out, results)

    monkeypatch.setattr(workbook, "write_workbook", spy)
    page = _page(window)
    page.set_options(format="xlsx")
    out = tmp_path / "model.xlsx"
    with qtbot.waitSignal(page.export_done, timeout=120_000) as done:
        assert page.start_export(out)
        assert page.is_running() and not page.button.isEnabled() and not page.cancel_button.isEnabled()
    assert done.args == [True, str(out)]
    assert threads and threads[0] != threading.main_thread().name
    book = openpyxl.load_workbook(out)
    assert {"Inputs", "Lines", "Scenarios"} <= set(book.sheetnames)
    assert page.status.text() == f"Wrote {out}" and page.open_button.isEnabled()
    assert page.open_button.text() == "Open sprea&dsheet"
    assert not page.is_running() and page.format_box.isEnabled() and not page.labels_box.isEnabled()


def test_a_workbook_that_cannot_be_made_is_reported_and_nothing_is_written(
        window: MainWindow, qtbot: QtBot, tmp_path: Path, messages: list[tuple[str, str]]) -> None:
    page = _page(window)
    page.set_options(format="xlsx")
    window.doc.set_field("finance.lines", [], "Yearly cash flows", merge=False)
    out = tmp_path / "empty.xlsx"
    with qtbot.waitSignal(page.export_done, timeout=120_000) as done:
        assert page.start_export(out)
    assert done.args[0] is False and page.status.text().startswith("The export failed:")
    assert not out.exists()
    assert messages and messages[-1][0] == "The export failed"


def test_the_workbook_never_goes_over_the_project(window: MainWindow, qtbot: QtBot, tmp_path: Path) -> None:
    project = tmp_path / "lumara.citypitch"
    assert window.save_to(project)
    page = _page(window)
    page.set_options(format="xlsx")
    with qtbot.waitSignal(page.export_done, timeout=10_000) as done:
        assert not page.start_export(project)
    assert done.args[0] is False and "project" in done.args[1]
    assert page.suggested_destination() == tmp_path / "lumara.xlsx"


def test_the_export_step_says_before_a_pdf_is_tried_which_text_cannot_be_drawn(window: MainWindow) -> None:
    page = _page(window)
    window.doc.set_field("meta.project_name", "Lumara 🚍 BRT", "Project name")
    window.refresh_analysis()
    page.update_draft_note()
    assert "The PDF cannot be made yet: the bundled fonts cannot draw some of the text" in page.draft_note.text()
    # The field by its title, as the window names fields (the command line's refusal keeps the path).
    assert "Proposal › Project name has emoji text (🚍)" in page.draft_note.text()
    page.set_options(format="xlsx")  # the workbook is not drawn with the fonts
    assert "cannot be made yet" not in page.draft_note.text()


def test_a_data_format_without_a_writer_in_the_wizard_is_refused_plainly(window: MainWindow, qtbot: QtBot,
                                                                         tmp_path: Path,
                                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    # Another engineer may add formats to DATA_FORMAT_CHOICES; the step never writes them with the wrong writer.
    from wizard.gui.export import page as page_module

    page = _page(window)
    page.format_box.addItem("Some other data", "other")
    monkeypatch.setitem(page_module.DATA_FORMAT_CHOICES, "other", "Some other data")
    page.set_options(format="other")
    with qtbot.waitSignal(page.export_done, timeout=10_000) as done:
        assert not page.start_export(tmp_path / "x.bin")
    assert done.args[0] is False and "cannot write the format 'Some other data' yet" in done.args[1]
