"""The safety net behind the slide plan's estimates (issue 21): when a slide still runs onto a page of its own,
only that slide is planned emptier, and where the deck keeps its slides and numbers, only the slides whose HTML
changed are laid out again and put in place of their old pages (wizard.export._lay_out_changed); the result is
the PDF a whole second layout of the same plan gives."""

from __future__ import annotations

import subprocess
from decimal import Decimal
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest

import wizard.export as export
from wizard import projectfile, resources
from wizard.export import ExportOptions, _layout, _spilled, _write, export_pdf, render_html
from wizard.export.context import DeckPlanner, fill_key
from wizard.model import ScenarioCase
from wizard.projectfile import Project


def _pages(*bookmarked: bool) -> Any:
    return SimpleNamespace(pages=[SimpleNamespace(bookmarks=[(1, "t", None, "open")] if b else []) for b in bookmarked])


def test_the_slide_before_an_untitled_page_is_the_one_that_spilled() -> None:
    slides = [{"id": "cover"}, {"id": "economics"}, {"id": "risks"}]
    assert _spilled(_pages(True, True, True), {"slides": slides}) == []
    assert _spilled(_pages(True, True, False, True), {"slides": slides}) == [slides[1]]
    assert _spilled(_pages(True, True, True, False, False), {"slides": slides}) == [slides[2]]
    # Bookmarks that do not match the slides: every slide is planned emptier (the whole deck, as before).
    assert _spilled(_pages(True, False, True, False), {"slides": slides}) == slides


def test_fill_keys() -> None:
    assert fill_key({"id": "economics", "kind": "economics"}) == "economics"
    assert fill_key({"id": "assumptions-2", "kind": "appendix-text", "appendix_key": "assumptions"}) == "assumptions"
    assert fill_key({"id": "appendix-2", "kind": "appendix-contents"}) == "appendix"


def _stressed() -> Project:
    project = projectfile.load(resources.sample_path("lumara-transit"))
    for i in range(4):
        project.proposal.finance.scenarios.append(ScenarioCase(
            name=f"Combined stress {i + 1}: ridership below forecast and the rupiah weaker",
            revenue_change_pct=Decimal(-20 - i), capex_change_pct=Decimal(15), fx_depreciation_pct=Decimal(4)))
    return project


@pytest.mark.slow
def test_only_the_slides_a_spill_changes_are_laid_out_again(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # An estimate wrong in future, played here by the economics slide's right column counted half again as tall
    # as it is in the first plan: its red box then runs onto a page of its own.
    real = DeckPlanner.downside_box

    def hopeful(self: DeckPlanner, room: float, side: float) -> Any:
        return real(self, room * (1.6 if self.fill_of("economics") == 1.0 else 1.0), side)

    monkeypatch.setattr(DeckPlanner, "downside_box", hopeful)
    layouts: list[tuple[int, int]] = []
    real_layout = export._layout

    def counting(html: str, ctx: dict[str, Any], images: Any, opts: ExportOptions) -> Any:
        document = real_layout(html, ctx, images, opts)
        layouts.append((len(ctx["slides"]), len(document.pages)))
        return document

    monkeypatch.setattr(export, "_layout", counting)
    options = ExportOptions(draft_mark=False, labels="en+ja")
    project = _stressed()
    out = export_pdf(project, tmp_path / "deck.pdf", options)
    (whole, pages), *again = layouts
    assert pages == whole + 1  # the first layout spilled
    assert again and all(one == (1, 1) for one in again)  # then single slides only: the economics slide, A11
    assert len(again) < 5
    monkeypatch.setattr(export, "_layout", real_layout)
    # The same plan laid out whole gives the same pages.
    html, context, images = render_html(project, options, {"economics": 0.8})
    reference = tmp_path / "reference.pdf"
    reference.write_bytes(_write(_layout(html, context, images, options), options))

    def text(pdf: Path) -> str:
        return subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout

    assert text(out) == text(reference)
    assert text(out).count("\f") == whole  # one page per slide
    for name, pdf in (("a", out), ("b", reference)):
        subprocess.run(["pdftoppm", "-r", "24", "-png", str(pdf), str(tmp_path / name)], check=True, timeout=300)
    shots = sorted(tmp_path.glob("a-*.png"))
    assert len(shots) == whole
    for shot in shots:
        assert shot.read_bytes() == (tmp_path / shot.name.replace("a-", "b-", 1)).read_bytes(), shot.name


@pytest.mark.slow
def test_a_spilled_slides_footer_number_is_its_own(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # The corner number comes from the plan (deck.css string-set), so a page a slide runs onto says the slide's
    # number and the slides after it keep theirs, and a slide laid out alone says its number in the whole deck.
    real = DeckPlanner.downside_box
    monkeypatch.setattr(DeckPlanner, "downside_box", lambda self, room, side: real(self, room * 1.6, side))
    options = ExportOptions(draft_mark=False, labels="en+ja")
    html, context, images = render_html(_stressed(), options)
    document = _layout(html, context, images, options)
    (spilled,) = _spilled(document, context)
    assert spilled["id"] == "economics"
    pdf = tmp_path / "spilled.pdf"
    pdf.write_bytes(_write(document, options))
    total = len(context["slides"])
    pages = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout.split("\f")
    number = spilled["number"]
    assert f"{number} / {total}" in pages[number - 1] and f"{number} / {total}" in pages[number]
    assert f"{number + 1} / {total}" in pages[number + 1]
