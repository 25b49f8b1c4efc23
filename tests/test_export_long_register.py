"""A long risk register keeps the risk matrix on its slide: crowded cells say "+N" instead of spilling."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader

from wizard import projectfile, resources
from wizard.export import ExportOptions, export_pdf, render_html
from wizard.export.charts import MATRIX_CELL_CHIPS, risk_matrix
from wizard.model import Risk

pytestmark = pytest.mark.slow


def crowded_risks(count: int) -> list[Risk]:
    return [Risk(category="demand", description=f"Ridership shortfall scenario {i + 1}", likelihood=3, impact=4,
                 mitigation="Availability payments cover debt service", bearer="city") for i in range(count)]


def test_crowded_cell_shows_the_first_numbers_and_how_many_more() -> None:
    grid = risk_matrix(crowded_risks(30))
    cell = grid[5 - 4][3 - 1]  # impact 4 (second row from the top), likelihood 3
    assert cell["ids"] == list(range(1, MATRIX_CELL_CHIPS))
    assert cell["more"] == 30 - (MATRIX_CELL_CHIPS - 1)
    assert risk_matrix(crowded_risks(MATRIX_CELL_CHIPS))[1][2] == {"ids": list(range(1, MATRIX_CELL_CHIPS + 1)),
                                                                  "more": 0, "level": "medium"}


def test_a_hundred_risks_in_one_cell_export_without_spilling(tmp_path: Path) -> None:
    project = projectfile.load(resources.sample_path("prey-meas-lighting"))
    project.proposal.risks = crowded_risks(100)
    options = ExportOptions(draft_mark=False)
    _html, context, _images = render_html(project, options)
    out = export_pdf(project, tmp_path / "deck.pdf", options)
    reader = PdfReader(str(out))
    assert len(reader.pages) == len(context["slides"])  # the first plan held: nothing spilled
    matrix_page = next(p for p in reader.pages if "who bears the risks" in (p.extract_text() or "").lower())
    assert f"+{100 - (MATRIX_CELL_CHIPS - 1)}" in matrix_page.extract_text()
