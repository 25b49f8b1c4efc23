"""The editable PowerPoint deck (issue 18), read back with python-pptx.

Each sample's PPTX against the PDF deck's slide plan (render_html, the plan the PDF is drawn from): the
same slides with the same titles, native charts carrying the proposal's numbers, table cells with the
PDF's text, fonts named in the East Asian and complex-script slots, speaker notes with sources and years,
nothing external, hostile text kept as text, and the file written atomically.
"""

from __future__ import annotations

import io
import re
import zipfile
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from pptx import Presentation
from pptx.oxml.ns import qn

from wizard import projectfile, resources
from wizard.analysis import analyse
from wizard.export import ExportError, ExportOptions, FORMAT_CHOICES, render_html
from wizard.export.pptx import build_pptx, check_self_contained, export_pptx
from wizard.export.pptx.text import split_scripts
from wizard.export.tables import amount_scale

SAMPLES = ("lumara-transit", "prey-meas-lighting", "song-an-flood")
JAPANESE = re.compile("[\u3040-\u30ff\u4e00-\u9fff]")
THAI = re.compile("[\u0e00-\u0e7f]")

_BUILT: dict[tuple[str, str], Any] = {}


def built(name: str, labels: str) -> tuple[Any, dict[str, Any], Any, Any, bytes]:
    """(presentation, the PDF plan, the renderer, the analysis, the file's bytes) for a sample, built once."""
    key = (name, labels)
    if key not in _BUILT:
        project = projectfile.load(resources.sample_path(name))
        analysis = analyse(project.proposal)
        data, context, renderer = build_pptx(project, ExportOptions(format="pptx", labels=labels), analysis=analysis)
        _BUILT[key] = (Presentation(io.BytesIO(data)), context, renderer, analysis, data)
    return _BUILT[key]


def pdf_plan(name: str, labels: str) -> list[dict[str, Any]]:
    """The PDF deck's plan, made independently of the PowerPoint export."""
    project = projectfile.load(resources.sample_path(name))
    _, context, _ = render_html(project, ExportOptions(format="deck", labels=labels))
    return list(context["slides"])


def charts(slide: Any) -> dict[str, Any]:
    return {shape.name.removeprefix("Chart: "): shape.chart for shape in slide.shapes if shape.has_chart}


def all_text_runs(prs: Any) -> list[Any]:
    runs = []
    for slide in prs.slides:
        runs += slide._element.iter(qn("a:r"))
    return runs


@pytest.mark.slow
@pytest.mark.parametrize("labels", ["en", "en+ja"])
@pytest.mark.parametrize("name", SAMPLES)
def test_slides_and_titles_are_the_pdf_plans(name: str, labels: str) -> None:
    prs, context, renderer, _, _ = built(name, labels)
    plan = pdf_plan(name, labels)
    assert len(prs.slides) == len(plan) == len(context["slides"])
    continued = renderer.t("(continued)")
    for slide, planned in zip(prs.slides, plan):
        expected = planned["title"]["en"] + (f" {continued}" if planned.get("continued") else "")
        assert slide.shapes.title is not None, planned["id"]
        assert slide.shapes.title.text == expected
    assert prs.slide_width * 9 == prs.slide_height * 16  # 16:9


@pytest.mark.slow
@pytest.mark.parametrize("name", SAMPLES)
def test_charts_are_native_with_the_proposals_numbers(name: str) -> None:
    prs, context, _, analysis, data = built(name, "en")
    by_id = {s["id"]: (slide, s) for slide, s in zip(prs.slides, context["slides"])}
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        chart_parts = [n for n in archive.namelist() if re.fullmatch(r"ppt/charts/chart\d+\.xml", n)]
        workbooks = [n for n in archive.namelist() if n.startswith("ppt/embeddings/") and n.endswith(".xlsx")]
    seen = set()
    r = analysis.finance
    if "economics" in by_id and by_id["economics"][1].get("chart"):
        chart = charts(by_id["economics"][0])["cash-flows"]
        factor, _ = amount_scale([*r.revenue, *r.capex, *r.opex, *r.net])
        values = {s.name: list(s.values) for p in chart.plots for s in p.series}
        assert values["Revenue"] == pytest.approx([float(Decimal(v) / factor) for v in r.revenue])
        assert values["Capex"] == pytest.approx([-float(Decimal(v) / factor) for v in r.capex])
        assert values["Opex"] == pytest.approx([-float(Decimal(v) / factor) for v in r.opex])
        assert values["Net cash flow"] == pytest.approx([float(Decimal(v) / factor) for v in r.net])
        assert list(chart.plots[0].categories) == [str(int(y)) for y in r.years]
        assert [type(p).__name__ for p in chart.plots] == ["BarPlot", "LinePlot"]  # net cash flow as a line
        seen.add("cash-flows")
    if "sources-uses" in by_id and by_id["sources-uses"][1].get("groups"):
        slide, planned = by_id["sources-uses"]
        chart = charts(slide)["funding"]
        assert [s.values[0] for s in chart.plots[0].series] == pytest.approx([g["pct"] for g in planned["groups"]], abs=0.01)
        assert sum(s.values[0] for s in chart.plots[0].series) == pytest.approx(100, abs=0.05)
        seen.add("funding")
    if "outcomes" in by_id and by_id["outcomes"][1].get("kpis"):
        slide, planned = by_id["outcomes"]
        chart = charts(slide)["kpis"]
        assert list(chart.plots[0].categories) == [k["name"] for k in planned["kpis"]]
        assert list(chart.plots[0].series[0].values) == pytest.approx([k["base_pct"] for k in planned["kpis"]], abs=0.01)
        assert list(chart.plots[0].series[1].values) == pytest.approx([k["target_pct"] for k in planned["kpis"]], abs=0.01)
        seen.add("kpis")
    if "demand" in by_id and by_id["demand"][1].get("mix"):
        slide, planned = by_id["demand"]
        chart = charts(slide)["revenue-mix"]
        assert [s.values[0] for s in chart.plots[0].series] == pytest.approx([m["pct"] for m in planned["mix"]], abs=0.01)
        seen.add("revenue-mix")
    tornado = [(slide, s) for slide, s in zip(prs.slides, context["slides"]) if s.get("appendix_key") == "tornado"]
    if r.structure is not None and r.structure.tornado:
        assert tornado
        chart = charts(tornado[0][0])["tornado"]
        bars = r.structure.tornado
        base = Decimal(r.npv)  # the project NPV; the table's 'NPV at ±20%' are the same measure
        low = [Decimal(b.low.npv) - base for b in bars]
        high = [Decimal(b.high.npv) - base for b in bars]
        factor, _ = amount_scale([*low, *high])
        assert list(chart.plots[0].categories) == [b.label for b in bars]
        assert list(chart.plots[0].series[0].values) == pytest.approx([float(v / factor) for v in low])
        assert list(chart.plots[0].series[1].values) == pytest.approx([float(v / factor) for v in high])
        seen.add("tornado")
    assert seen >= {"cash-flows", "funding", "kpis"}, seen
    # Every chart is a chart part with its own workbook (editable in PowerPoint), none drawn as a picture.
    total = sum(len(charts(slide)) for slide in prs.slides)
    assert total == len(chart_parts) == len(workbooks) >= len(seen)


@pytest.mark.slow
@pytest.mark.parametrize("labels", ["en", "en+ja"])
@pytest.mark.parametrize("name", SAMPLES)
def test_appendix_table_cells_are_the_pdfs(name: str, labels: str) -> None:
    prs, context, renderer, _, _ = built(name, labels)
    checked = 0
    for slide, planned in zip(prs.slides, pdf_plan(name, labels)):
        if planned["kind"] != "appendix-table":
            continue
        tables = [shape.table for shape in slide.shapes if shape.has_table]
        assert len(tables) == 1, planned["id"]
        table = tables[0]
        rows = list(planned["rows"]) + ([planned["total"]] if planned.get("total") else [])
        assert len(table.rows) == len(rows) + 1
        for r, row in enumerate(rows, start=1):
            for c, cell in enumerate(row):
                expected = renderer.labels.inline_text(cell["text"]) if cell.get("fixed") else str(cell["text"])
                assert table.cell(r, c).text == expected, (planned["id"], r, c)
                checked += 1
        for c, head in enumerate(planned["head"]):
            got = table.cell(0, c).text
            assert got.split("\n")[0].startswith(head["label"]), (planned["id"], c)
    assert checked > 50


@pytest.mark.slow
@pytest.mark.parametrize("name", SAMPLES)
def test_nothing_external_and_no_links(name: str) -> None:
    _, _, _, _, data = built(name, "en+ja")
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        for member in archive.namelist():
            text = archive.read(member)
            if member.endswith(".rels"):
                assert b'TargetMode="External"' not in text, member
            if member.endswith(".xml"):
                assert b"hlinkClick" not in text and b"hlinkHover" not in text, member
            if member.startswith(("ppt/slides/", "ppt/notesSlides/")):
                # No field anywhere the deck's text is (the template's own master keeps its date and number).
                assert b"<a:fld " not in text, member
            assert not member.startswith("ppt/embeddings/") or member.endswith(".xlsx"), member
    check_self_contained(data)


def test_an_external_relationship_is_refused() -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("ppt/slides/_rels/slide1.xml.rels",
                         '<Relationships><Relationship Id="rId9" Type="x" Target="http://example.invalid/" '
                         'TargetMode="External"/></Relationships>')
    with pytest.raises(ExportError, match="outside the file"):
        check_self_contained(buffer.getvalue())


@pytest.mark.slow
def test_japanese_runs_name_the_east_asian_font() -> None:
    prs, _, _, _, _ = built("lumara-transit", "en+ja")
    japanese = 0
    for run in all_text_runs(prs):
        text = run.findtext(qn("a:t")) or ""
        rpr = run.find(qn("a:rPr"))
        assert rpr is not None and rpr.find(qn("a:latin")).get("typeface") == "Inter"
        if JAPANESE.search(text):
            japanese += 1
            assert rpr.find(qn("a:ea")).get("typeface") == "Noto Sans CJK JP", text
            assert rpr.get("lang") == "ja-JP"
    assert japanese > 100  # every slide carries Japanese labels and titles
    # The theme names the bundled fonts too, so new text typed in PowerPoint uses them.
    theme = prs.slide_master.part.part_related_by(
        "http://schemas.openxmlformats.org/officeDocument/2006/relationships/theme").blob.decode()
    assert '<a:ea typeface="Noto Sans CJK JP"/>' in theme and 'script="Thai" typeface="Noto Sans Thai"' in theme


def test_complex_scripts_are_cut_into_runs_with_their_font() -> None:
    assert split_scripts("Lampu ភ្លើង 24 ម៉ោង and ไฟถนน, Lao ໄຟ, Myanmar မီး") == [
        ("Lampu ", None), ("ភ្លើង 24 ម៉ោង ", "khmer"), ("and ", None), ("ไฟถนน, ", "thai"), ("Lao ", None),
        ("ໄຟ, ", "lao"), ("Myanmar ", None), ("မီး", "myanmar")]


@pytest.mark.slow
def test_thai_and_khmer_text_gets_the_complex_script_slot(tmp_path: Path) -> None:
    project = projectfile.load(resources.sample_path("prey-meas-lighting"))
    project.proposal.problem.statement = "ไฟถนนดับทุกคืน. ភ្លើងផ្លូវរលត់រាល់យប់."
    data, _, _ = build_pptx(project, ExportOptions(format="pptx"))
    prs = Presentation(io.BytesIO(data))
    fonts = {}
    for run in all_text_runs(prs):
        text = run.findtext(qn("a:t")) or ""
        cs = run.find(qn("a:rPr")).find(qn("a:cs"))
        if THAI.search(text):
            fonts["thai"] = cs.get("typeface")
        if re.search("[\u1780-\u17ff]", text):
            fonts["khmer"] = cs.get("typeface")
    assert fonts == {"thai": "Noto Sans Thai", "khmer": "Noto Sans Khmer"}


@pytest.mark.slow
def test_speaker_notes_give_sources_and_years() -> None:
    prs, context, _, _, _ = built("lumara-transit", "en")
    project = projectfile.load(resources.sample_path("lumara-transit"))
    for slide, planned in zip(prs.slides, context["slides"]):
        if planned.get("main"):
            assert slide.has_notes_slide and slide.notes_slide.notes_text_frame.text.strip(), planned["id"]
        else:
            assert not slide.has_notes_slide, planned["id"]
    notes = {s["id"]: slide.notes_slide.notes_text_frame.text for slide, s in zip(prs.slides, context["slides"]) if s.get("main")}
    for e in project.proposal.problem.evidence:
        assert f"{e.source}, {e.year}" in notes["problem"]
    for k in project.proposal.problem.kpis:
        assert k.baseline_source in notes["outcomes"] and str(k.baseline_year) in notes["outcomes"]
    for src in project.proposal.finance.funding:
        assert src.name in notes["sources-uses"]
    assert "base year 2027" in notes["economics"]


@pytest.mark.slow
def test_hostile_text_stays_text(tmp_path: Path) -> None:
    project = projectfile.load(resources.sample_path("song-an-flood"))
    hostile = ['=HYPERLINK("http://example.invalid/x","click")', "<script>alert(1)</script>", "file:///etc/passwd",
               "@SUM(1+1)", "{{ 7*7 }}"]
    project.proposal.meta.project_name = hostile[0]
    project.proposal.problem.statement = " ".join(hostile[1:])
    out = export_pptx(project, tmp_path / "deck.pptx", ExportOptions(format="pptx"))
    data = out.read_bytes()
    prs = Presentation(io.BytesIO(data))
    assert prs.slides[0].shapes.title.text == hostile[0]
    text = "\n".join(shape.text_frame.text for slide in prs.slides for shape in slide.shapes if shape.has_text_frame)
    for item in hostile[1:]:
        assert item in text
    check_self_contained(data)
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        assert not any(b"hlinkClick" in archive.read(n) for n in archive.namelist() if n.endswith(".xml"))


def test_pptx_is_offered_and_a_pdf_variant_is_refused(tmp_path: Path, sample_project: Any) -> None:
    assert "pptx" in FORMAT_CHOICES
    with pytest.raises(ExportError, match="PDF exports only"):
        export_pptx(sample_project("lumara-transit"), tmp_path / "x.pptx", ExportOptions(format="pptx", pdf_variant="pdf/ua-1"))
    assert not (tmp_path / "x.pptx").exists()


def test_cancelled_export_leaves_the_earlier_file(tmp_path: Path, sample_project: Any) -> None:
    from wizard.export import ExportCancelled

    out = tmp_path / "deck.pptx"
    out.write_bytes(b"earlier deck")
    calls = []

    def cancelled() -> bool:
        calls.append(1)
        return len(calls) > 1  # after the first stage

    with pytest.raises(ExportCancelled):
        export_pptx(sample_project("lumara-transit"), out, ExportOptions(format="pptx"), cancelled=cancelled)
    assert out.read_bytes() == b"earlier deck"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["deck.pptx"]


@pytest.mark.slow
def test_cli_writes_pptx(tmp_path: Path) -> None:
    from wizard.cli import main

    out = tmp_path / "deck.pptx"
    assert main(["export", str(resources.sample_path("prey-meas-lighting")), "--format", "pptx", "--labels", "en+ja",
                 "-o", str(out)]) == 0
    prs = Presentation(str(out))
    assert len(prs.slides) == len(pdf_plan("prey-meas-lighting", "en+ja"))
    assert main(["export", str(resources.sample_path("prey-meas-lighting")), "--format", "pptx", "--pdf-variant",
                 "pdf/a-3b", "-o", str(tmp_path / "other.pptx")]) == 2
    assert not (tmp_path / "other.pptx").exists()


@pytest.mark.slow
@pytest.mark.parametrize("labels", ["en", "en+ja"])
@pytest.mark.parametrize("name", SAMPLES)
def test_no_text_box_overflows(name: str, labels: str) -> None:
    """Every text box holds its text, measured with the metrics the PDF's planner uses (no clipping, and
    nothing left for the viewer's shrink-on-overflow to hide)."""
    _, _, renderer, _, _ = built(name, labels)
    assert renderer.overflows == []


def test_an_overflowing_text_box_is_noticed(sample_project: Any) -> None:
    from wizard.export.labels import Labels
    from wizard.export.pptx.render import Renderer
    from wizard.export.pptx.text import Style

    project = sample_project("prey-meas-lighting")
    context = {"slides": [], "accent": "#0F6E8C", "footer": {}}
    renderer = Renderer(context, Labels("en"), analyse(project.proposal), {}, "x", project.proposal)
    slide = renderer.prs.slides.add_slide(renderer.prs.slide_layouts[6])
    renderer.textbox(slide, 60, 150, 300, 40, [[("word " * 200, Style(10.5))]])
    renderer.textbox(slide, 60, 250, 300, 40, [[("fits", Style(10.5))]])
    assert [o["text"][:4] for o in renderer.overflows] == ["word"]


FIXTURES = Path(__file__).parent / "data" / "export"
_SCRIPT_FONTS = {"thai": ("[\u0e00-\u0e7f]", "Noto Sans Thai"), "lao": ("[\u0e80-\u0eff]", "Noto Sans Lao"),
                 "khmer": ("[\u1780-\u17ff]", "Noto Sans Khmer"), "myanmar": ("[\u1000-\u109f]", "Noto Sans Myanmar")}


@pytest.mark.slow
@pytest.mark.parametrize("fixture", ["hostile", "overflow", "scripts"])
def test_the_export_fixtures(fixture: str) -> None:
    """The hostile, overflowing and every-script fixtures the PDF is tested with, as PowerPoint."""
    project = projectfile.load(FIXTURES / f"{fixture}.json")
    options = ExportOptions(format="pptx", labels="en+ja")
    data, context, renderer = build_pptx(project, options)
    check_self_contained(data)
    prs = Presentation(io.BytesIO(data))
    _, plan, _ = render_html(projectfile.load(FIXTURES / f"{fixture}.json"), ExportOptions(format="deck", labels="en+ja"))
    assert [s.shapes.title.text.removesuffix(" " + renderer.t("(continued)")) for s in prs.slides] == \
        [s["title"]["en"] for s in plan["slides"]]
    assert renderer.overflows == []
    seen = set()
    for run in all_text_runs(prs):
        text = run.findtext(qn("a:t")) or ""
        for script, (pattern, font) in _SCRIPT_FONTS.items():
            if re.search(pattern, text):
                seen.add(script)
                assert run.find(qn("a:rPr")).find(qn("a:cs")).get("typeface") == font, text
    if fixture == "scripts":
        assert seen == set(_SCRIPT_FONTS)
