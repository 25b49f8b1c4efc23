"""The Export step offers the PowerPoint deck (issue 18): chosen from the export's own format list, saved
with a .pptx name, written in the background like every export, its preview the deck's slides."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from tests.test_gui_export_step import RENDER_TIMEOUT_MS, export_page, messages, window  # noqa: F401  (fixtures)

if TYPE_CHECKING:
    from pytestqt.qtbot import QtBot

    from wizard.gui.window.mainwindow import MainWindow


@pytest.mark.gui
@pytest.mark.slow
def test_the_step_exports_an_editable_powerpoint_deck(qtbot: "QtBot", window: "MainWindow", tmp_path: Path,  # noqa: F811
                                                      messages: list[tuple[str, str]]) -> None:  # noqa: F811
    from pptx import Presentation

    from wizard.export import ExportOptions, render_html

    page = export_page(window)
    assert page.format_box.findData("pptx") >= 0
    page.set_options(pdf_variant="pdf/a-3b")
    page.set_options(format="pptx", labels="en+ja")
    assert not page.variant_box.isEnabled() and page.options()["pdf_variant"] is None
    assert page.preview_options()["format"] == "deck"  # the PowerPoint deck's slides are the deck's
    assert page.destination() is not None and page.destination().suffix == ".pptx"
    assert window.save_to(tmp_path / "lumara.citypitch")
    assert page.destination() == tmp_path / "lumara.pptx"
    out = tmp_path / "lumara.pptx"
    with qtbot.waitSignal(page.export_done, timeout=RENDER_TIMEOUT_MS) as done:
        assert page.start_export(out)
    assert done.args == [True, str(out)], messages
    prs = Presentation(str(out))
    _, context, _ = render_html(window.doc.project, ExportOptions(format="deck", labels="en+ja"))
    assert [s.shapes.title.text for s in prs.slides][:3] == [s["title"]["en"] for s in context["slides"]][:3]
    assert len(prs.slides) == len(context["slides"])
    page.set_options(format="deck")
    assert page.variant_box.isEnabled() and page.destination() == tmp_path / "lumara.pdf"
