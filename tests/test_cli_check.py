"""``citypitch check``: the text report, ``--json``, and exit status 0 (ready to show), 1 (a gate fails or the band
is Not ready: the DRAFT mark's judgement), 2 (bad file)."""

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
    assert "No blockers." in captured.out and "READY." in captured.out
    assert f"Points: 100 - {result.points_lost} lost = {result.uncapped_score}." in captured.out
    for gate in result.gates:
        assert f"[PASS] {gate.title}" in captured.out or f"[n/a ] {gate.title}" in captured.out
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
    assert "BLOCKED" in out and "BLOCKER" in out and "NOT READY." in out
    assert "[FAIL] The problem is quantified" in out
    assert main(["check", "--json", str(path)]) == 1
    data = json.loads(capsys.readouterr().out)
    blockers = {f["rule"] for f in data["findings"] if f["severity"] == "blocker"}
    # Since issue 12 only the investor gates are blockers: an ask above the gap is a warning now.
    assert blockers == {"problem.no_statement"}
    assert data["has_blockers"] is True and data["needs_draft_mark"] is True
    assert data["band"]["id"] == "not_ready" and data["band"]["next"]
    failed = [g for g in data["gates"] if not g["passed"]]
    assert [g["id"] for g in failed] == ["quantified_problem"] and failed[0]["rules"] == ["problem.no_statement"]
    assert failed[0]["fix"] and failed[0]["source"].startswith("DOMAIN.md")
    assert data["score"] == readiness.catalogue().gate_cap
    assert "funding.ask_exceeds_gap" in {f["rule"] for f in data["findings"]}


def test_check_json_adds_up(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    strong = Path(__file__).parent / "data" / "readiness" / "strong-bacaran.json"
    project = projectfile.load(strong)
    project.proposal.risks = [r for r in project.proposal.risks if r.category is None or r.category.value != "political"]
    project.proposal.economy.jobs_direct = project.proposal.economy.jobs_indirect = None
    path = projectfile.save(project, tmp_path / "strong.citypitch")
    assert main(["check", "--json", str(path)]) == 0
    data = json.loads(capsys.readouterr().out)
    breakdown = data["score_breakdown"]
    assert breakdown["points_lost"] == sum(f["points"] for f in data["findings"]) == 7
    assert breakdown["uncapped_score"] == data["score"] == 93 and breakdown["gate_cap"] is None
    assert sum(c["points_lost"] for c in data["criteria"]) == breakdown["points_lost"]
    assert data["band"] == {"id": "ready", "title": "Ready", "next": data["band"]["next"]}
    risk = next(f for f in data["findings"] if f["rule"] == "risks.no_political")
    assert risk["field"] == "risks" and risk["field_title"] == "Risks" and risk["tier"] == "weakness"


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


def test_check_reports_text_the_fonts_cannot_draw(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Characters the export would refuse (wizard.textcheck) are a finding on their fields in ``check``."""
    project = projectfile.load(resources.sample_path("song-an-flood"))
    project.proposal.problem.root_causes += " \U0001F30A"
    project.proposal.risks[0].description += " (\ud64d\uc218)"  # Korean
    path = projectfile.save(project, tmp_path / "fonts.citypitch")
    assert main(["check", str(path)]) == 0  # a weakness: still ready to show, but the export refuses it
    out = " ".join(capsys.readouterr().out.split())
    assert "Characters the exported pitch cannot draw: Problem › Root causes: emoji \U0001F30A; Risks › row 1 › Risk: " \
           "Korean (Hangul) \ud64d \uc218." in out
    assert main(["check", "--json", str(path)]) == 0
    data = json.loads(capsys.readouterr().out)
    finding = next(f for f in data["findings"] if f["rule"] == "writing.undrawable")
    assert finding["field"] == "problem.root_causes" and finding["fields"] == ["problem.root_causes", "risks[0].description"]
    # The export refuses exactly these fields.
    from wizard import textcheck

    assert [u.field for u in textcheck.uncovered_text(project.proposal)] == finding["fields"]
