"""One date rule for the workbook and the PowerPoint deck (issue 21): SOURCE_DATE_EPOCH if set, else the
proposal's date, else 1 January 1980 (wizard.zipdates.moment). Before, the workbook ignored SOURCE_DATE_EPOCH
and dated an undated proposal 1 January 2000 while the deck said 1980."""

from __future__ import annotations

import datetime as dt
import io
import re
import shutil
import subprocess
import time
import zipfile
from pathlib import Path

import pytest

from wizard import projectfile, resources, zipdates
from wizard.finance.workbook import workbook_bytes


def _dates(data: bytes) -> tuple[set[tuple[int, ...]], set[str]]:
    """Every entry's modification time and every date in the document properties of an .xlsx archive."""
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        stamps = {info.date_time for info in archive.infolist()}
        core = archive.read("docProps/core.xml").decode("utf-8")
    return stamps, set(re.findall(r'W3CDTF">([^<]+)<', core))


def _proposal(name: str = "song-an-flood"):  # type: ignore[no-untyped-def]
    return projectfile.load(resources.sample_path(name)).proposal


def test_the_rule(monkeypatch: pytest.MonkeyPatch) -> None:
    proposal = _proposal()
    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)
    prepared = proposal.meta.prepared_on
    assert prepared is not None
    assert zipdates.moment(proposal) == dt.datetime(prepared.year, prepared.month, prepared.day)
    proposal.meta.prepared_on = None
    assert zipdates.moment(proposal) == dt.datetime(1980, 1, 1)
    proposal.meta.prepared_on = dt.date(1970, 6, 1)  # before any zip date: the earliest one
    assert zipdates.moment(proposal) == dt.datetime(1980, 1, 1)
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1764547230")
    assert zipdates.moment(proposal) == dt.datetime(2025, 12, 1, 0, 0, 30)
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "99999999999999999999")  # past what a zip entry holds
    assert zipdates.moment(proposal) == zipdates.ZIP_END
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "not a number")  # ignored: the proposal's date rules
    assert zipdates.moment(proposal) == dt.datetime(1980, 1, 1)


def test_the_deck_and_the_workbook_share_the_rule() -> None:
    from wizard.export.pptx import dates

    assert dates.moment is zipdates.moment


def test_two_workbook_exports_a_second_apart_are_the_same_bytes(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)
    proposal = _proposal()
    first = workbook_bytes(proposal)
    time.sleep(1.1)  # openpyxl stamps the time of saving; the next second would show
    assert workbook_bytes(proposal) == first
    prepared = proposal.meta.prepared_on
    assert prepared is not None
    stamps, written = _dates(first)
    assert stamps == {(prepared.year, prepared.month, prepared.day, 0, 0, 0)}
    assert written == {f"{prepared.isoformat()}T00:00:00Z"}


def test_the_workbook_honours_source_date_epoch(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1764547230")  # 2025-12-01 00:00:30 UTC
    stamps, written = _dates(workbook_bytes(_proposal()))
    assert stamps == {(2025, 12, 1, 0, 0, 30)}
    assert written == {"2025-12-01T00:00:30Z"}


def test_an_undated_workbook_is_dated_as_an_undated_deck(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)
    proposal = _proposal()
    proposal.meta.prepared_on = None
    stamps, written = _dates(workbook_bytes(proposal))
    assert stamps == {(1980, 1, 1, 0, 0, 0)}
    assert written == {"1980-01-01T00:00:00Z"}


@pytest.mark.slow
@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice (soffice) is not installed: "
                    ".ci/system-deps.sh installs it")
def test_libreoffice_opens_the_dated_workbook(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1764547230")
    book = tmp_path / "model.xlsx"
    proposal = _proposal()
    book.write_bytes(workbook_bytes(proposal))
    profile = tmp_path / "profile"
    done = subprocess.run(["soffice", f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to",
                           "pdf", "--outdir", str(tmp_path), str(book)], capture_output=True, timeout=240)
    pdf = tmp_path / "model.pdf"
    assert done.returncode == 0, done.stderr
    assert pdf.is_file() and pdf.read_bytes().startswith(b"%PDF")
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, timeout=60).stdout
    assert proposal.meta.project_name in text  # the read-me sheet's title, as LibreOffice drew it
    assert "Financial model of the proposal" in text
