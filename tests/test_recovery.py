"""The recovery area: autosaves live apart from the user's file and come back after a crash."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from wizard import projectfile
from wizard.model import new_proposal
from wizard.recovery import RecoveryStore, data_dir, new_session_id


def project_named(name: str, path: Path | None = None) -> projectfile.Project:
    project = projectfile.Project(new_proposal(), {"logo.png": b"\x89PNGdata"}, path)
    project.proposal.meta.project_name = name
    return project


def test_autosave_never_touches_the_users_file(tmp_path: Path) -> None:
    own = tmp_path / "mine.citypitch"
    project = project_named("Mine", own)
    projectfile.save(project)
    before = own.read_bytes()
    project.proposal.meta.project_name = "Edited but unsaved"
    store = RecoveryStore(tmp_path / "recovery")
    store.save(new_session_id(), project)
    assert own.read_bytes() == before
    assert not (tmp_path / "recovery" / "mine.citypitch").exists()


def test_entries_of_a_live_process_are_not_orphans(tmp_path: Path) -> None:
    store = RecoveryStore(tmp_path)
    session = new_session_id()
    store.save(session, project_named("Live"))
    assert [e.session for e in store.entries()] == [session]
    assert store.orphans() == []


def test_crashed_session_is_offered_and_recovers_all_edits(tmp_path: Path) -> None:
    store_dir = tmp_path / "recovery"
    original = tmp_path / "plan.citypitch"
    child = (
        "import os, sys\n"
        "from pathlib import Path\n"
        "from wizard import projectfile\n"
        "from wizard.model import new_proposal\n"
        "from wizard.recovery import RecoveryStore, new_session_id\n"
        "p = projectfile.Project(new_proposal(), {}, Path(sys.argv[2]))\n"
        "p.proposal.meta.project_name = 'Crashed draft'\n"
        "p.proposal.vision.statement = 'Cut peak trip times by 30% by 2030'\n"
        "RecoveryStore(Path(sys.argv[1])).save(new_session_id(), p)\n"
        "os.kill(os.getpid(), 9)\n"
    )
    result = subprocess.run([sys.executable, "-c", child, str(store_dir), str(original)],
                            cwd=Path(__file__).resolve().parent.parent, check=False)
    assert result.returncode == -9
    store = RecoveryStore(store_dir)
    orphans = store.orphans()
    assert len(orphans) == 1
    entry = orphans[0]
    assert "Crashed draft" in entry.description and str(original) in entry.description
    recovered = store.load(entry)
    assert recovered.proposal.vision.statement == "Cut peak trip times by 30% by 2030"
    assert recovered.path == original
    store.discard(entry.session)
    assert store.entries() == []


def test_broken_metadata_is_skipped_and_bad_archive_reports_clearly(tmp_path: Path) -> None:
    store = RecoveryStore(tmp_path)
    session = new_session_id()
    store.save(session, project_named("X"))
    (tmp_path / f"{new_session_id()}.json").write_text("{not json")
    assert len(store.entries()) == 1
    entry = store.entries()[0]
    entry.archive.write_bytes(b"PK\x03\x04broken")
    with pytest.raises(projectfile.ProjectFileError, match="cannot be recovered"):
        store.load(entry)


def test_bad_session_ids_are_refused(tmp_path: Path) -> None:
    with pytest.raises(ValueError):
        RecoveryStore(tmp_path).discard("../../etc/passwd")


def test_data_dir_honours_override(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CITYPITCH_DATA_DIR", str(tmp_path / "data"))
    assert data_dir() == tmp_path / "data"
    assert data_dir().is_dir()
