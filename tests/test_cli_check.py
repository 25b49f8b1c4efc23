"""``citypitch check``: the text report, ``--json``, and exit status 0 (no blocker), 1 (blockers), 2 (bad file)."""

from __future__ import annotations

import json
import zipfile
from decimal import Decimal
from pathlib import Path

import pytest

from wizard import projectfile, readiness, resources
from wizard.cli import main
from wizard.model import AskItem, Instrument


def _save_sample(tmp_path: Path, name: str = "lumara-transit", *, blocker: bool = False) -> Path:
    project = projectfile.load(resources.sample_path(name))
    if blocker:
        project.proposal.problem.statement = ""
        project.proposal.finance.asks = [AskItem(instrument=Instrument.EQUITY, amount=Decimal("999999999999999"))]
    return projectfile.save(project, tmp_path / f"{name}.citypitch")


@pytest.mark.parametrize("name", resources.sample_names())
def test_check_sample_report(name: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", str(resources.sample_path(name))]) == 0
    captured = capsys.readouterr()
    assert captured.err == ""
    proposal = projectfile.load(resources.sample_path(name)).proposal
    result = readiness.assess(proposal)
    assert f"Overall score {result.score:>3}/100" in captured.out
    assert "No blockers." in captured.out
    for criterion in result.criteria:
        assert criterion.title in captured.out


def test_check_json_schema(capsys: pytest.CaptureFixture[str]) -> None:
    path = resources.sample_path("song-an-flood")
    assert main(["check", "--json", str(path)]) == 0
    data = json.loads(capsys.readouterr().out)
    assert isinstance(data["score"], int) and 0 <= data["score"] <= 100
    assert [c["id"] for c in data["criteria"]] == [c.id for c in readiness.catalogue().criteria]
    for criterion in data["criteria"]:
        assert {"id", "title", "score", "findings"} <= set(criterion)
        assert isinstance(criterion["score"], int)
    for finding in data["findings"]:
        assert {"severity", "criterion", "field", "message", "fix", "acknowledged"} <= set(finding)
        assert finding["severity"] in ("blocker", "warning", "tip")
    financials = data["financials"]
    assert {"currency", "discount_rate", "cash_flows", "npv", "irr", "payback_years", "funding_gap"} <= set(financials)
    assert financials["currency"] == "VND"
    assert [row["year"] for row in financials["cash_flows"]] == sorted(row["year"] for row in financials["cash_flows"])
    assert Decimal(financials["npv"]) > 0
    assert data == readiness.to_json(readiness.assess(projectfile.load(path).proposal), projectfile.load(path).proposal)


def test_check_blockers_exit_1(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = _save_sample(tmp_path, blocker=True)
    assert main(["check", str(path)]) == 1
    out = capsys.readouterr().out
    assert "BLOCKED" in out and "BLOCKER" in out
    assert main(["check", "--json", str(path)]) == 1
    data = json.loads(capsys.readouterr().out)
    blockers = {f["rule"] for f in data["findings"] if f["severity"] == "blocker"}
    assert blockers == {"problem.no_statement", "funding.ask_exceeds_gap"}
    assert data["has_blockers"] is True


def test_check_saved_project_without_blockers(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = _save_sample(tmp_path, "prey-meas-lighting")
    assert main(["check", "--json", str(path)]) == 0
    assert json.loads(capsys.readouterr().out)["financials"]["currency"] == "KHR"


def test_check_empty_project_exit_1(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "empty.citypitch"
    assert main(["new", "-o", str(target)]) == 0
    capsys.readouterr()
    assert main(["check", "--json", str(target)]) == 1
    data = json.loads(capsys.readouterr().out)
    assert data["score"] == 0 and data["financials"]["npv"] is None


def _one_error_line(capsys: pytest.CaptureFixture[str]) -> str:
    captured = capsys.readouterr()
    assert captured.out == ""
    lines = captured.err.strip().splitlines()
    assert len(lines) == 1, captured.err
    return lines[0]


@pytest.mark.parametrize("content", [b"not a project at all", b"{\"vision\": 12}", b"PK\x03\x04 truncated"])
@pytest.mark.parametrize("as_json", [False, True])
def test_check_bad_file_exit_2(tmp_path: Path, capsys: pytest.CaptureFixture[str], content: bytes,
                               as_json: bool) -> None:
    bad = tmp_path / "broken.citypitch"
    bad.write_bytes(content)
    argv = ["check", "--json", str(bad)] if as_json else ["check", str(bad)]
    assert main(argv) == 2
    line = _one_error_line(capsys)
    assert str(bad) in line and line.startswith("citypitch: ")


def test_check_missing_file_exit_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    missing = tmp_path / "nowhere.citypitch"
    assert main(["check", str(missing)]) == 2
    line = _one_error_line(capsys)
    assert str(missing) in line and "does not exist" in line


def test_check_archive_without_proposal_exit_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "other.citypitch"
    with zipfile.ZipFile(bad, "w") as archive:
        archive.writestr("readme.txt", "hello")
    assert main(["check", str(bad)]) == 2
    assert str(bad) in _one_error_line(capsys)
