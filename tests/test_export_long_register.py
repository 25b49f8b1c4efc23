"""A long risk register stays whole in the appendix; the risk slide shows what fits and says how many more."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader

from tests.pdf_support import squash
from wizard import projectfile, resources
from wizard.export import ExportOptions, export_pdf, render_html
from wizard.model import Risk

pytestmark = pytest.mark.slow


def crowded_risks(count: int) -> list[Risk]:
    return [Risk(category="demand", description=f"Ridership shortfall scenario {i + 1}", likelihood=3, impact=4,
                 mitigation="Availability payments cover debt service", bearer="city") for i in range(count)]


def test_a_hundred_risks_export_without_spilling_and_every_one_is_in_the_register(tmp_path: Path) -> None:
    project = projectfile.load(resources.sample_path("prey-meas-lighting"))
    project.proposal.risks = crowded_risks(100)
    options = ExportOptions(draft_mark=False)
    _html, context, _images = render_html(project, options)
    out = export_pdf(project, tmp_path / "deck.pdf", options)
    reader = PdfReader(str(out))
    assert len(reader.pages) == len(context["slides"])  # the first plan held: nothing spilled
    slide = next(s for s in context["slides"] if s["id"] == "risks")
    shown = len(slide["rows"])
    assert 0 < shown < 100 and slide["more"]["rows"]["count"] == 100 - shown
    page = squash(reader.pages[slide["number"] - 1].extract_text())
    code = next(s["code"] for s in context["slides"] if s.get("appendix_key") == "risks")
    assert f"+{100 - shown}morein{code}" in page
    register = "".join(squash(p.extract_text()) for s, p in zip(context["slides"], reader.pages)
                       if s.get("appendix_key") == "risks")
    for i in (1, 50, 100):
        assert f"Ridershipshortfallscenario{i}" in register
