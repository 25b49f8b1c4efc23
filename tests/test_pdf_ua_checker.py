"""Every sample's PDF/UA-1 deck and leave-behind pass the strongest PDF/UA checker installable here.

The checker is outloud (PyPI, Apache-2.0; tests only): its conformance rules test the machine-checkable
requirements of ISO 14289-1 (PDF/UA-1) by Matterhorn checkpoint and are calibrated against veraPDF, which
itself needs Java and a download this project does not make.  Its semantic layer (reading order, placeholder
alt text, text that looks like a link) is advice for a person and is not run here.

Warnings allowed, each with its reason:

- PAG-001 on a deck: a line repeated on three or more slides is tagged as content.  On a deck these are the
  appendix slides' section name ("APPENDIX") and the DRAFT mark, which are on each slide as content on
  purpose (a slide is read on its own; the mark must be heard with the slide it marks).
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from wizard import projectfile, resources
from wizard.export import ExportOptions, export_pdf

DATA = Path(__file__).parent / "data" / "export"
OUTLOUD = Path(sys.executable).parent / "outloud"
ALLOWED_WARNINGS = {"deck": {"PAG-001"}, "leave-behind": set()}

pytestmark = pytest.mark.slow


def sources() -> list[tuple[str, Path]]:
    return [(name, resources.sample_path(name)) for name in ("lumara-transit", "prey-meas-lighting", "song-an-flood")] \
        + [("scripts", DATA / "scripts.json")]


@pytest.fixture(scope="module")
def checked(tmp_path_factory: pytest.TempPathFactory) -> dict[tuple[str, str], dict]:
    """outloud's JSON result for each sample's PDF/UA-1 deck and leave-behind (English with Japanese labels)."""
    folder = tmp_path_factory.mktemp("pdfua")
    paths = {}
    for name, source in sources():
        for fmt in ("deck", "leave-behind"):
            out = folder / f"{name}-{fmt}.pdf"
            export_pdf(projectfile.load(source), out, ExportOptions(format=fmt, labels="en+ja", pdf_variant="pdf/ua-1"))
            paths[(name, fmt)] = out
    run = subprocess.run([str(OUTLOUD), "--layer", "conformance", "--fail-on", "never", "--json", "-",
                          *map(str, paths.values())], capture_output=True, text=True, timeout=600, check=True)
    results = {r["path"]: r for r in json.loads(run.stdout)["results"]}
    return {key: results[str(path)] for key, path in paths.items()}


@pytest.mark.parametrize("fmt", ["deck", "leave-behind"])
@pytest.mark.parametrize("name", [name for name, _ in sources()])
def test_pdf_ua_1_passes_the_checker(checked: dict[tuple[str, str], dict], name: str, fmt: str) -> None:
    result = checked[(name, fmt)]
    assert result["error"] is None and result["stats"]["tagged"], result.get("error")
    assert result["stats"]["features"]["lang"] and result["stats"]["features"]["tables"]  # the rules had work to do
    errors = [(f["rule"], f["page"], f["message"]) for f in result["findings"] if f["severity"] == "error"]
    assert errors == []
    warnings = {f["rule"] for f in result["findings"] if f["severity"] == "warning"}
    assert warnings <= ALLOWED_WARNINGS[fmt], [f for f in result["findings"] if f["rule"] not in ALLOWED_WARNINGS[fmt]]
