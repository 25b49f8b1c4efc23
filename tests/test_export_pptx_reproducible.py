"""Two PowerPoint exports of the same proposal are the same bytes (issue 21): the charts' embedded workbooks,
the archive's entries and the document properties carry one moment (wizard.export.pptx.dates), not the clock."""

from __future__ import annotations

import datetime as dt
import io
import re
import time
import zipfile

import pytest

from wizard import projectfile, resources
from wizard.export.pptx import build_pptx

pytestmark = pytest.mark.slow


def _dates(data: bytes) -> tuple[set[tuple[int, ...]], set[str]]:
    """Every entry's modification time in the deck, and every W3CDTF date written in the document properties of
    the deck and of its embedded workbooks (whose own entries XlsxWriter always stamps 1 January 1980)."""
    stamps: set[tuple[int, ...]] = set()
    written: set[str] = set()
    archives = [data]
    while archives:
        body = archives.pop()
        with zipfile.ZipFile(io.BytesIO(body)) as archive:
            for info in archive.infolist():
                if body is data:
                    stamps.add(info.date_time)
                body = archive.read(info.filename)
                if info.filename.endswith(".xlsx"):
                    archives.append(body)
                elif info.filename == "docProps/core.xml":
                    written.update(re.findall(r'W3CDTF">([^<]+)<', body.decode("utf-8")))
    return stamps, written


def test_two_exports_a_second_apart_are_the_same_bytes(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)
    project = projectfile.load(resources.sample_path("lumara-transit"))
    first, _, renderer = build_pptx(project)
    assert renderer.charts  # the deck has native charts, each with its workbook
    time.sleep(1.1)  # the clock's next second: what python-pptx and XlsxWriter stamped before
    second, _, _ = build_pptx(project)
    assert first == second
    prepared = project.proposal.meta.prepared_on
    assert prepared is not None
    stamps, written = _dates(first)
    assert stamps == {(prepared.year, prepared.month, prepared.day, 0, 0, 0)}
    assert written == {f"{prepared.isoformat()}T00:00:00Z"}


def test_source_date_epoch_dates_the_deck_and_its_chart_workbooks(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1764547230")  # 2025-12-01 00:00:30 UTC
    project = projectfile.load(resources.sample_path("song-an-flood"))
    data, _, renderer = build_pptx(project)
    assert renderer.charts
    stamps, written = _dates(data)
    assert stamps == {(2025, 12, 1, 0, 0, 30)}
    assert written == {"2025-12-01T00:00:30Z"}
    assert dt.datetime(2025, 12, 1, 0, 0, 30, tzinfo=dt.timezone.utc).timestamp() == 1764547230


def test_an_undated_proposal_is_dated_at_the_earliest_moment_a_zip_archive_holds(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)
    project = projectfile.load(resources.sample_path("prey-meas-lighting"))
    project.proposal.meta.prepared_on = None
    stamps, written = _dates(build_pptx(project)[0])
    assert stamps == {(1980, 1, 1, 0, 0, 0)}
    assert written == {"1980-01-01T00:00:00Z"}
