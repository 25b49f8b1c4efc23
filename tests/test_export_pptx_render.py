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
