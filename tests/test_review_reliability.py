"""Never lose a comment or a version: SIGKILL during saves, fuzzed review entries, autosave recovery."""

from __future__ import annotations

import io
import json
import zipfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.reliability.kill_loop import run as kill_loop
from tests.test_reliability import JUNK, _all_paths, _mutate
from wizard import projectfile, resources
from wizard.errors import ProjectFileError
from wizard.projectfile import Project
from wizard.review import ReviewError, comments, memo, sessions, signoff, store, versions


@pytest.mark.slow
def test_sigkill_during_save_never_loses_comments_or_versions(tmp_path: Path) -> None:
    stats = kill_loop(40, tmp_path, seed=4321, review=True)
    assert stats["kills"] == 40 and stats["torn"] == 0 and stats["went_back"] == 0
    assert stats["saves_seen"] > 0


def _reviewed() -> Project:
    project = projectfile.load(resources.sample_path("lumara-transit"))
    made = comments.add(project, "problem.kpis[1].baseline", "Source?", "Aiko")
    comments.reply(project, made.number, "Survey", "Budi")
    versions.save(project, "First", "Aiko")
    project.proposal.problem.kpis.pop(0)
    versions.save(project, "Second", "Budi")
    signoff.sign(project, "Dr Lim", "Consultant")
    import datetime as dt

    sessions.add(project, dt.date(2026, 11, 20), ["Aiko"], "Notes")
    return project


REVIEWED = _reviewed()
MEMBERS = {name: json.loads(data) for name, data in REVIEWED.other_members.items() if name.endswith(".json")}
PATHS = [(name, path) for name, data in MEMBERS.items() for path in _all_paths(data)]
FUZZ = settings(max_examples=150, deadline=4000, suppress_health_check=[HealthCheck.function_scoped_fixture])


def exercise(project: Project) -> None:
    """Every reader of the review part either works or raises ReviewError (never anything else)."""
    for read in (comments.load, versions.list_versions, sessions.load, signoff.state, memo.markdown,
                 signoff.draft_reasons, signoff.export_metadata, comments.refresh):
        try:
            read(project)
        except ReviewError:
            pass
    try:
        for record in versions.list_versions(project):
            versions.open_version(project, record.number)
    except ReviewError:
        pass


def check_archive(tmp_path: Path, members: dict[str, bytes]) -> None:
    data = io.BytesIO()
    with zipfile.ZipFile(data, "w") as archive:
        archive.writestr("proposal.json", REVIEWED.proposal.model_dump_json())
        for name, payload in members.items():
            archive.writestr(name, payload)
    path = tmp_path / "fuzz.citypitch"
    path.write_bytes(data.getvalue())
    try:
        project = projectfile.load(path)
    except ProjectFileError:
        return
    exercise(project.frozen_copy())  # readers and refresh run on a copy; the original is saved untouched
    # Saving keeps every review entry byte for byte, whether or not it could be read.
    saved = projectfile.load(projectfile.save(project, tmp_path / "resaved.citypitch"))
    for name, payload in members.items():
        if not name.startswith(store.BLOB_PREFIX):
            assert saved.other_members.get(name) == payload, name


@FUZZ
@given(st.sampled_from(sorted(MEMBERS)), st.binary(max_size=2048))
def test_random_bytes_in_a_review_entry(tmp_path: Path, member: str, payload: bytes) -> None:
    members = dict(REVIEWED.other_members)
    members[member] = payload
    check_archive(tmp_path, members)


@FUZZ
@given(st.sampled_from(PATHS), JUNK, st.booleans())
def test_structured_mutations_of_review_entries(tmp_path: Path, where: tuple[str, tuple], value: object, drop: bool) -> None:
    name, path = where
    members = dict(REVIEWED.other_members)
    members[name] = json.dumps(_mutate(MEMBERS[name], path, value, drop), allow_nan=True).encode()
    check_archive(tmp_path, members)


def test_autosave_recovery_keeps_the_review(tmp_path: Path) -> None:
    from wizard.recovery import RecoveryStore, new_session_id

    recovery = RecoveryStore(tmp_path / "recovery")
    session = new_session_id()
    project = REVIEWED.frozen_copy()
    project.path = tmp_path / "mine.citypitch"
    recovery.save(session, project)
    entry = next(e for e in recovery.entries() if e.session == session)
    back = recovery.load(entry)
    assert [c.text for c in comments.load(back)] == ["Source?"]
    assert [v.label for v in versions.list_versions(back)] == ["First", "Second"]
    assert signoff.state(back).signed_off
    assert versions.open_version(back, 1).project.assets == REVIEWED.assets
