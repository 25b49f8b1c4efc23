"""The review commands of ``citypitch``: a consultant and a city team taking turns on one file."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from wizard import projectfile, resources
from wizard.cli import main
from wizard.review import comments, versions


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


def test_two_people_take_turns_and_end_with_a_signed_off_version(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    f = tmp_path / "lumara.citypitch"
    assert run(capsys, "new", "--sample", "lumara-transit", "-o", f)[0] == 0
    monkeypatch.setenv("CITYPITCH_AUTHOR", "Aiko Tan (consultant)")
    assert run(capsys, "save-version", f, "--label", "Before workshop 1")[0] == 0
    code, out, _ = run(capsys, "comment", f, "--on", "problem.kpis[1].baseline", "-m", "Which survey?")
    assert code == 0 and "Problem › KPIs › row 2 › Baseline" in out
    assert run(capsys, "session", f, "--date", "2026-11-20", "--attendee", "Aiko Tan", "--attendee", "Budi",
               "-m", "KPIs reviewed")[0] == 0
    # the city team answers, edits and saves a version of their own
    assert run(capsys, "comment", f, "--reply", "1", "-m", "March 2025 floating-car survey", "--author", "Budi")[0] == 0
    project = projectfile.load(f)
    project.proposal.problem.kpis[1].baseline_source = "Lumara Transport Agency survey, March 2025"
    projectfile.save(project)
    assert run(capsys, "save-version", f, "--label", "After workshop 1", "--author", "Budi")[0] == 0
    code, out, _ = run(capsys, "diff", f"{f}@Before workshop 1", f"{f}@2")
    assert code == 1 and "~ Problem › KPIs › row 2 › Baseline source" in out
    assert run(capsys, "comment", f, "--resolve", "1")[0] == 0
    assert run(capsys, "signoff", f, "--require", "on")[0] == 0
    code, out, _ = run(capsys, "signoff", f, "--name", "Dr Lim", "--role", "Lead consultant", "--json")
    state = json.loads(out[out.index("{"):])
    assert code == 0 and state["signed_off"] and state["version"] == 2 and not state["draft_mark"]
    code, out, _ = run(capsys, "versions", f, "--json")
    data = json.loads(out)
    assert [v["label"] for v in data["versions"]] == ["Before workshop 1", "After workshop 1"]
    assert data["versions"][1]["signed_off_by"] == ["Dr Lim"] and data["current"]["version"] == 2
    code, out, _ = run(capsys, "comments", f, "--all", "--json")
    listed = json.loads(out)
    assert listed["resolved"] == 1 and listed["comments"][0]["replies"][0]["author"] == "Budi"
    memo = tmp_path / "memo.md"
    assert run(capsys, "memo", f, "-o", memo)[0] == 0
    assert "KPIs reviewed" in memo.read_text() and "Which survey?" in memo.read_text()
    final = projectfile.load(f)  # nothing lost along the way
    assert len(comments.load(final)) == 1 and len(versions.list_versions(final)) == 2


def test_restore_keeps_the_replaced_draft_as_a_version(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    f = tmp_path / "p.citypitch"
    run(capsys, "new", "--sample", "song-an-flood", "-o", f)
    run(capsys, "save-version", f, "--label", "v one", "--author", "A")
    project = projectfile.load(f)
    project.proposal.meta.project_name = "Edited name"
    projectfile.save(project)
    code, out, _ = run(capsys, "restore-version", f, "v one", "--author", "A")
    assert code == 0 and "the draft it replaced is version 2" in out
    again = projectfile.load(f)
    assert again.proposal.meta.project_name != "Edited name"
    assert versions.open_version(again, 2).project.proposal.meta.project_name == "Edited name"


def test_errors_are_one_line_with_status_2(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("CITYPITCH_AUTHOR", raising=False)
    sample = resources.sample_path("lumara-transit")
    code, _, err = run(capsys, "comment", sample, "--on", "risks[0]", "-m", "x", "--author", "A")
    assert code == 2 and "plain JSON proposal cannot hold comments" in err
    f = tmp_path / "p.citypitch"
    assert run(capsys, "comment", sample, "--on", "risks[0]", "-m", "x", "--author", "A", "-o", f)[0] == 0
    code, _, err = run(capsys, "comment", f, "--on", "risks[0]", "-m", "x")
    assert code == 2 and "--author NAME" in err
    code, _, err = run(capsys, "comment", f, "--on", "risks[99]", "-m", "x", "--author", "A")
    assert code == 2 and "no row 100" in err and err.count("\n") == 1
    code, _, err = run(capsys, "diff", f"{f}@7", f)
    assert code == 2 and "no saved versions" in err
    code, _, err = run(capsys, "diff", f"{sample}@1", f)
    assert code == 2 and "plain JSON" in err
    code, _, err = run(capsys, "session", f, "--date", "20-11-2026", "-m", "x")
    assert code == 2 and "YYYY-MM-DD" in err


def test_same_files_diff_exit_0_and_at_signs_in_file_names(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    f = tmp_path / "team@city.citypitch"
    run(capsys, "new", "--sample", "prey-meas-lighting", "-o", f)
    run(capsys, "save-version", f, "--label", "Label @ with at", "--author", "A")
    code, out, _ = run(capsys, "diff", f"{f}@Label @ with at", f)
    assert code == 0 and "No differences" in out
    code, out, _ = run(capsys, "diff", f, f, "--json")
    assert code == 0 and json.loads(out)["same"] is True


def test_comments_listing_escapes_terminal_controls(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    f = tmp_path / "p.citypitch"
    run(capsys, "new", "--sample", "lumara-transit", "-o", f)
    run(capsys, "comment", f, "--on", "vision.statement", "-m", "clear\x1b[2J screen \x9b31m", "--author", "M\x07")
    code, out, _ = run(capsys, "comments", f)
    assert code == 0 and "\x1b" not in out and "\x07" not in out and "\x9b" not in out and "\\x1b[2J" in out
    code, out, _ = run(capsys, "comments", f, "--json")
    assert "\x9b" not in out and json.loads(out)["comments"][0]["text"] == "clear\x1b[2J screen \x9b31m"
