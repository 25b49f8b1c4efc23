"""The PowerPoint deck opened by a real consumer: LibreOffice Impress, headless, converts it to PDF.

python-pptx cannot render, so this is the check that the file opens and draws every slide with the
bundled fonts, and that its text is the PDF deck's.  LibreOffice Impress is installed by
``.ci/system-deps.sh`` (libreoffice-impress-nogui); where ``soffice`` is absent the test is skipped with
that reason.  The bundled fonts reach LibreOffice through the same fontconfig file the PDF export uses.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from wizard import projectfile, resources
from wizard.analysis import analyse
from wizard.export import ExportOptions, export_pdf
from wizard.export.pptx import export_pptx

SOFFICE = shutil.which("soffice")
pytestmark = pytest.mark.skipif(SOFFICE is None, reason="LibreOffice Impress (soffice) is not installed: "
                                                         "run .ci/system-deps.sh as root")


def convert(pptx: Path, folder: Path) -> Path:
    env = {**os.environ, "FONTCONFIG_FILE": str(resources.fonts_dir() / "fonts.conf"), "HOME": str(folder)}
    profile = (folder / "lo-profile").as_uri()
    subprocess.run([str(SOFFICE), f"-env:UserInstallation={profile}", "--headless", "--convert-to", "pdf",
                    "--outdir", str(folder), str(pptx)], env=env, check=True, capture_output=True, timeout=300)
    out = folder / (pptx.stem + ".pdf")
    assert out.is_file(), "LibreOffice did not convert the deck"
    return out


def page_texts(pdf: Path) -> list[str]:
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
    pages = int(re.search(r"Pages:\s+(\d+)", info).group(1))  # type: ignore[union-attr]
    return [subprocess.run(["pdftotext", "-f", str(i), "-l", str(i), str(pdf), "-"], capture_output=True, text=True,
                           check=True).stdout for i in range(1, pages + 1)]


def squash(text: str) -> str:
    return re.sub(r"\s+", "", text).lower()


@pytest.mark.slow
@pytest.mark.parametrize("name", ["lumara-transit", "song-an-flood"])
def test_libreoffice_draws_every_slide_with_the_pdf_decks_text(name: str, tmp_path: Path) -> None:
    project = projectfile.load(resources.sample_path(name))
    analysis = analyse(project.proposal)
    options = ExportOptions(format="pptx", labels="en+ja")
    pptx = export_pptx(project, tmp_path / f"{name}.pptx", options, analysis=analysis)
    deck = export_pdf(project, tmp_path / f"{name}-deck.pdf", ExportOptions(format="deck", labels="en+ja"), analysis=analysis)
    drawn = page_texts(convert(pptx, tmp_path))
    printed = page_texts(deck)
    assert len(drawn) == len(printed)
    fonts = subprocess.run(["pdffonts", str(tmp_path / f"{name}.pdf")], capture_output=True, text=True, check=True).stdout
    assert "Inter" in fonts and "NotoSansCJKjp" in fonts  # the bundled faces, not a fallback
    for number, (ours, theirs) in enumerate(zip(drawn, printed), start=1):
        words = [w for w in re.findall(r"\S+", theirs) if len(w) >= 2 and not re.fullmatch(r"\d+/\d+", w)]
        page = squash(ours)
        missing = [w for w in words if squash(w) not in page]
        # Nearly every word the PDF deck prints is on the same LibreOffice page; what differs is line
        # breaking inside Japanese and the PDF's page-number field.
        assert len(missing) <= max(3, len(words) // 10), (number, missing[:20])


@pytest.mark.slow
def test_an_edited_title_and_chart_value_survive_libreoffice(tmp_path: Path) -> None:
    """Edit the deck as a consultant would (a title, one chart value), then let LibreOffice open it, draw
    it and save it as PPTX again: the edits are drawn, and the charts come back as charts with their data."""
    from pptx import Presentation
    from pptx.chart.data import CategoryChartData

    project = projectfile.load(resources.sample_path("prey-meas-lighting"))
    pptx = export_pptx(project, tmp_path / "deck.pptx", ExportOptions(format="pptx"))
    prs = Presentation(str(pptx))
    economics = next(s for s in prs.slides if any(sh.has_chart and sh.name == "Chart: cash-flows" for sh in s.shapes))
    economics.shapes.title.text_frame.paragraphs[0].runs[0].text = "Edited title for the committee"
    chart = next(sh.chart for sh in economics.shapes if sh.has_chart)
    plot_series = [s for p in chart.plots for s in p.series]
    data = CategoryChartData()
    data.categories = list(chart.plots[0].categories)
    for series in plot_series:
        values = list(series.values)
        if series.name == "Revenue":
            values[-1] = 12345.0
        data.add_series(series.name, values)
    chart.replace_data(data)
    edited = tmp_path / "edited.pptx"
    prs.save(str(edited))
    drawn = page_texts(convert(edited, tmp_path))
    assert any("Edited title for the committee" in page for page in drawn)
    # LibreOffice's own save of the edited deck, read back: title and the edited value are kept.
    env = {**os.environ, "FONTCONFIG_FILE": str(resources.fonts_dir() / "fonts.conf"), "HOME": str(tmp_path)}
    saved_dir = tmp_path / "saved"
    saved_dir.mkdir()
    subprocess.run([str(SOFFICE), f"-env:UserInstallation={(tmp_path / 'lo-profile').as_uri()}", "--headless",
                    "--convert-to", "pptx", "--outdir", str(saved_dir), str(edited)], env=env, check=True,
                   capture_output=True, timeout=300)
    again = Presentation(str(saved_dir / "edited.pptx"))
    titles = [s.shapes.title.text for s in again.slides if s.shapes.title is not None]
    assert "Edited title for the committee" in titles
    charts = [sh.chart for s in again.slides for sh in s.shapes if sh.has_chart]
    assert len(charts) == len([1 for s in prs.slides for sh in s.shapes if sh.has_chart])
    revenue = [list(s.values) for c in charts for p in c.plots for s in p.series if s.name == "Revenue"]
    assert any(values and values[-1] == pytest.approx(12345.0) for values in revenue)
