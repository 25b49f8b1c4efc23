"""The PowerPoint deck looks as the PDF deck (issue 18, checked by hand in Impress beside the PDF's pages).

Read back with python-pptx: the revenue mix in the PDF stylesheet's colours, funding status drawn as the
PDF draws it (not by colour alone), table rules as ``table.data``, horizontal bar charts with a legend in
their series' order (LibreOffice lists a bar chart's own legend in reverse), charts filled so a click
anywhere selects them in Impress, Burmese paragraphs spaced so their lines do not overlap, no negative
zero in the charts' workbooks, and the economics slide's DSCR as the PDF prints it.
"""

from __future__ import annotations

import io
import math
import re
from pathlib import Path
from typing import Any

import pytest
from pptx import Presentation
from pptx.enum.chart import XL_CHART_TYPE
from pptx.enum.dml import MSO_FILL, MSO_LINE
from pptx.oxml.ns import qn

from wizard import projectfile, resources
from wizard.analysis import analyse
from wizard.export import ExportOptions, render_html
from wizard.export.pptx import build_pptx
from wizard.export.pptx.render import tints

DECK_CSS = Path(__file__).resolve().parents[1] / "export_templates" / "deck" / "deck.css"
FIXTURES = Path(__file__).resolve().parent / "data" / "export"
_BUILT: dict[tuple[str, str], Any] = {}


def built(name: str, labels: str = "en") -> tuple[Any, dict[str, Any], Any]:
    """(presentation, slide plan, analysis) of a sample or an export fixture, built once."""
    if (name, labels) not in _BUILT:
        path = FIXTURES / f"{name}.json" if (FIXTURES / f"{name}.json").is_file() else resources.sample_path(name)
        project = projectfile.load(path)
        analysis = analyse(project.proposal)
        data, context, _ = build_pptx(project, ExportOptions(format="pptx", labels=labels), analysis=analysis)
        _BUILT[(name, labels)] = (Presentation(io.BytesIO(data)), context, analysis)
    return _BUILT[(name, labels)]


def slide_of(prs: Any, context: dict[str, Any], kind: str) -> Any:
    return next(slide for slide, s in zip(prs.slides, context["slides"]) if s["kind"] == kind)


def chart_named(slide: Any, key: str) -> Any:
    return next(shape.chart for shape in slide.shapes if shape.has_chart and shape.name == f"Chart: {key}")


def pdf_mix_colours(accent: str) -> list[str]:
    """The revenue mix's segment colours as the PDF's stylesheet gives them (.m0 to .m5)."""
    css = DECK_CSS.read_text(encoding="utf-8")
    variables = {"var(--accent)": accent.upper(), "var(--accent-soft)": tints(accent)["soft"]}
    found = dict(re.findall(r"\.m(\d) \{ background: ([^;]+); \}", css))
    assert sorted(found) == [str(i) for i in range(6)], found
    return [variables.get(found[str(i)], found[str(i)].lstrip("#").upper()) for i in range(6)]


@pytest.mark.slow
@pytest.mark.parametrize("name", ["lumara-transit", "prey-meas-lighting", "song-an-flood"])
def test_revenue_mix_has_the_pdfs_colours_and_a_swatch_per_source(name: str) -> None:
    prs, context, _ = built(name)
    accent = str(context["accent"]).lstrip("#")
    slide = slide_of(prs, context, "demand")
    planned = next(s for s in context["slides"] if s["kind"] == "demand")["mix"]
    chart = chart_named(slide, "revenue-mix")
    colours = [str(series.format.fill.fore_color.rgb) for series in chart.plots[0].series]
    expected = pdf_mix_colours(accent)
    assert colours == [expected[i % 6] for i in range(len(planned))]
    # As the PDF's table.mix: no header row, the sources in order, a swatch of each segment's colour.
    table = next(shape.table for shape in slide.shapes if shape.has_table)
    assert [row.cells[1].text for row in table.rows] == [m["label"] for m in planned]
    swatch = 11 * 9525  # 11 px squares, as the PDF's .dot
    swatches = sorted((shape for shape in slide.shapes if not shape.has_chart and not shape.has_table
                       and shape.width == swatch and shape.height == swatch), key=lambda shape: shape.top)
    assert [str(shape.fill.fore_color.rgb) for shape in swatches] == colours


@pytest.mark.slow
def test_funding_status_is_drawn_as_on_the_pdf_not_by_colour_alone() -> None:
    prs, context, _ = built("lumara-transit")
    slide = slide_of(prs, context, "sources-uses")
    groups = next(s for s in context["slides"] if s["kind"] == "sources-uses")["groups"]
    series = chart_named(slide, "funding").plots[0].series
    statuses = [g["status"] for g in groups]
    assert {"committed", "in_discussion", "sought"} <= set(statuses), statuses
    accent = str(context["accent"]).lstrip("#").upper()
    for s, status in zip(series, statuses):
        fill, line = s.format.fill, s.format.line
        if status == "committed":
            assert fill.type == MSO_FILL.SOLID and str(fill.fore_color.rgb) == accent
        elif status == "in_discussion":
            assert fill.type == MSO_FILL.PATTERNED and str(fill.fore_color.rgb) == accent
            assert str(fill.back_color.rgb) == "FFFFFF"
        else:
            assert fill.type == MSO_FILL.SOLID and str(fill.fore_color.rgb) == "FFFFFF"
            assert line.dash_style == MSO_LINE.DASH


@pytest.mark.slow
@pytest.mark.parametrize("labels", ["en", "en+ja"])
def test_horizontal_bar_charts_carry_their_legend_in_series_order(labels: str) -> None:
    prs, _, _ = built("lumara-transit", labels)
    found = 0
    for slide in prs.slides:
        for shape in slide.shapes:
            if not shape.has_chart or shape.chart.chart_type != XL_CHART_TYPE.BAR_CLUSTERED:
                continue
            found += 1
            chart = shape.chart
            assert not chart.has_legend  # LibreOffice would list these series bottom-up
            names = [s.name for s in chart.plots[0].series]
            below = sorted((box for box in slide.shapes if box.has_text_frame and box.text_frame.text in names
                            and box.top >= shape.top + shape.height), key=lambda box: box.left)
            assert [box.text_frame.text for box in below] == names
            assert all(box.left >= shape.left and box.left + box.width <= shape.left + shape.width + 9525 for box in below)
    assert found == 2  # the KPIs and the tornado


@pytest.mark.slow
def test_every_chart_area_is_filled_white() -> None:
    prs, _, _ = built("song-an-flood")
    seen = 0
    for slide in prs.slides:
        for shape in slide.shapes:
            if shape.has_chart:
                fill = shape.chart._chartSpace.find(qn("c:spPr") + "/" + qn("a:solidFill") + "/" + qn("a:srgbClr"))
                assert fill is not None and fill.get("val") == "FFFFFF", shape.name
                seen += 1
    assert seen >= 4


@pytest.mark.slow
def test_table_rules_are_the_pdfs() -> None:
    prs, context, _ = built("lumara-transit")
    slide = slide_of(prs, context, "sources-uses")
    accent = str(context["accent"]).lstrip("#").upper()
    uses = next(shape.table for shape in slide.shapes if shape.has_table)

    def rule(cell: Any, side: str) -> str | None:
        found = cell._tc.tcPr.find(qn(side) + "/" + qn("a:solidFill") + "/" + qn("a:srgbClr"))
        return None if found is None else found.get("val")

    head = uses.rows[0].cells[0]
    assert str(head.fill.fore_color.rgb) == "FFFFFF" and rule(head, "a:lnB") == accent
    total = uses.rows[len(uses.rows) - 1].cells[0]
    assert total.text.startswith("Total") and rule(total, "a:lnT") == "3C4A57"
    assert all(run.font.bold for p in total.text_frame.paragraphs for run in p.runs)


@pytest.mark.slow
def test_negative_cases_are_in_red_ink() -> None:
    prs, context, _ = built("lumara-transit")
    slide = slide_of(prs, context, "economics")
    planned = next(s for s in context["slides"] if s["kind"] == "economics")["sensitivities"]
    table = next(shape.table for shape in slide.shapes if shape.has_table)
    for row, case in zip(list(table.rows)[2:], planned):
        colours = {str(run.font.color.rgb) for p in row.cells[0].text_frame.paragraphs for run in p.runs}
        assert colours == ({"8C1D18"} if case.get("negative") else {"1E2A35"}), case["label"]
    assert any(case.get("negative") for case in planned)


@pytest.mark.slow
def test_burmese_paragraphs_are_spaced_so_their_lines_do_not_overlap() -> None:
    """Burmese paragraphs get an exact line height of 1.6 em (LibreOffice overlapped their lines at single
    spacing, and a percentage came out far taller where Burmese and Latin share a paragraph)."""
    prs, _, _ = built("scripts")
    burmese = re.compile("[\u1000-\u109f]")
    spaced = plain = 0
    for slide in prs.slides:
        for p in slide._element.iter(qn("a:p")):
            text = "".join(t.text or "" for t in p.iter(qn("a:t")))
            exact = p.find(qn("a:pPr") + "/" + qn("a:lnSpc") + "/" + qn("a:spcPts"))
            if burmese.search(text):
                size = int(p.find(qn("a:pPr") + "/" + qn("a:defRPr")).get("sz"))
                assert exact is not None and int(exact.get("val")) == round(size * 1.6), text[:40]
                spaced += 1
            elif p.find(qn("a:pPr") + "/" + qn("a:lnSpc")) is None:
                plain += 1
    assert spaced >= 3 and plain > 100  # other text keeps single spacing


@pytest.mark.slow
def test_chart_workbooks_hold_no_negative_zero() -> None:
    prs, _, _ = built("lumara-transit")
    for slide in prs.slides:
        for shape in slide.shapes:
            if shape.has_chart:
                for plot in shape.chart.plots:
                    for series in plot.series:
                        zeros = [v for v in series.values if v == 0 and math.copysign(1, v) < 0]
                        assert not zeros, (shape.name, series.name)


@pytest.mark.slow
@pytest.mark.parametrize("labels", ["en", "en+ja"])
def test_the_economics_slide_shows_the_dscr_the_pdf_prints(labels: str) -> None:
    """The PDF draws no DSCR chart: its economics slide prints the minimum DSCR in the action title and, where
    the key figures fit (English labels), as a key figure with its year and the lenders' minimum; the
    PowerPoint slide carries the same, and its one chart is the cash flows', as on the PDF."""
    prs, context, analysis = built("lumara-transit", labels)
    project = projectfile.load(resources.sample_path("lumara-transit"))
    _, pdf_context, _ = render_html(project, ExportOptions(format="deck", labels=labels))
    planned = next(s for s in pdf_context["slides"] if s["kind"] == "economics")
    structure = analysis.finance.structure
    assert structure is not None and structure.dscr_min is not None
    dscr = f"{structure.dscr_min:.2f}x"
    assert dscr in planned["title"]["en"]
    slide = slide_of(prs, context, "economics")
    assert dscr in slide.shapes.title.text
    texts = [shape.text_frame.text for shape in slide.shapes if shape.has_text_frame]
    figures = [f for f in planned["metrics"] if f["key"] == "min_dscr"]
    boxes = [t for t in texts if t.startswith(dscr + "\n")]
    assert len(boxes) == len(figures) == (1 if labels == "en" else 0)
    for box, figure in zip(boxes, figures):
        assert figure["value"] == dscr
        assert "MINIMUM DSCR" in box and str(structure.dscr_min_year) in box
    assert [shape.name for shape in slide.shapes if shape.has_chart] == ["Chart: cash-flows"]


@pytest.mark.slow
def test_the_draft_mark_sits_where_the_pdf_puts_it() -> None:
    """deck.css .draft: framed in red at the top right of the content area, on every slide after the cover."""
    prs, context, _ = built("scripts")
    assert context["draft"]
    marks = [shape for slide in list(prs.slides)[1:] for shape in slide.shapes
             if shape.has_text_frame and shape.text_frame.text.startswith("DRAFT")]
    assert len(marks) == len(prs.slides) - 1
    for mark in marks:
        assert 40 * 9525 <= mark.top <= 50 * 9525
        assert mark.left + mark.width == pytest.approx(1220 * 9525, abs=9525)
        assert str(mark.line.color.rgb) == "B3261E"


@pytest.mark.slow
def test_the_delivery_chart_marks_financial_close_and_today_as_the_pdf() -> None:
    """deck.css: the financial-close diamond orange, operation diamonds in the accent, 'today' a dashed red line."""
    from pptx.enum.shapes import MSO_SHAPE, MSO_SHAPE_TYPE

    prs, context, _ = built("lumara-transit")
    slide = slide_of(prs, context, "delivery")
    planned = next(s for s in context["slides"] if s["kind"] == "delivery")["chart"]["rows"]
    keys = [r["key"] for r in planned if r.get("kind") == "milestone"]
    diamonds = sorted((shape for shape in slide.shapes if shape.shape_type == MSO_SHAPE_TYPE.AUTO_SHAPE
                       and shape.auto_shape_type == MSO_SHAPE.DIAMOND), key=lambda shape: shape.top)
    accent = str(context["accent"]).lstrip("#").upper()
    expected = [{"financial_close": "E07A1F", "operation": accent}.get(k, "23313F") for k in keys]
    assert [str(d.fill.fore_color.rgb) for d in diamonds] == expected
    assert "financial_close" in keys and "operation" in keys
    lines = [shape for shape in slide.shapes if shape.shape_type == MSO_SHAPE_TYPE.LINE]
    assert len(lines) == 1 and lines[0].line.dash_style == MSO_LINE.DASH and str(lines[0].line.color.rgb) == "B3261E"
