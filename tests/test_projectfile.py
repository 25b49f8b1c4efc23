"""Project files: round trips, atomic saves with a backup, and a clear error for every bad file."""

from __future__ import annotations

import hashlib
import io
import json
import os
import zipfile
from decimal import Decimal
from pathlib import Path

import pytest

from wizard import projectfile
from wizard.errors import NewerVersionError, ProjectFileError
from wizard.model import KPI, SCHEMA_VERSION, Proposal, Risk, new_proposal
from wizard.projectfile import Project


def filled_project() -> Project:
    proposal = new_proposal()
    proposal.meta.project_name = "Corridor 1 — ทดสอบ 東京 ព្រៃ"
    proposal.city.name = "Lumara"
    proposal.problem.kpis = [KPI(name="Peak trip time", unit="min", baseline=Decimal("62.5"), baseline_year=2025,
                                 target=Decimal("40"), target_year=2030)]
    proposal.risks = [Risk(category="political", description="Election in 2029", likelihood=3, impact=4)]
    proposal.finance.local_per_usd = Decimal("16250.5")
    return Project(proposal, {"logo.png": b"\x89PNG\r\n\x1a\nfake"})


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_round_trip_is_equal(tmp_path: Path) -> None:
    project = filled_project()
    target = projectfile.save(project, tmp_path / "plan.citypitch")
    loaded = projectfile.load(target)
    assert loaded.proposal == project.proposal
    assert loaded.assets == project.assets
    assert loaded.path == target
    assert zipfile.ZipFile(target).namelist() == ["proposal.json", "assets/logo.png"]


def test_save_keeps_backup_of_previous_version(tmp_path: Path) -> None:
    project = filled_project()
    target = tmp_path / "plan.citypitch"
    projectfile.save(project, target)
    first = target.read_bytes()
    project.proposal.city.name = "Lumara City"
    projectfile.save(project)
    assert projectfile.backup_path(target).read_bytes() == first
    assert projectfile.load(target).proposal.city.name == "Lumara City"
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]


def test_failed_write_leaves_old_file_intact(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    project = filled_project()
    target = projectfile.save(project, tmp_path / "plan.citypitch")
    before = digest(target)

    def boom(_fd: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(projectfile.os, "fsync", boom)
    project.proposal.city.name = "Changed"
    with pytest.raises(ProjectFileError, match="the disk is full"):
        projectfile.save(project, target)
    assert digest(target) == before
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]


def test_read_only_folder_gives_clear_error(tmp_path: Path) -> None:
    if os.geteuid() == 0:
        # root ignores permission bits; use a path under a file instead (ENOTDIR)
        blocker = tmp_path / "not-a-folder"
        blocker.write_text("x")
        with pytest.raises(ProjectFileError, match="not a folder"):
            projectfile.save(filled_project(), blocker / "plan.citypitch")
        return
    folder = tmp_path / "ro"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        with pytest.raises(ProjectFileError, match="permission denied"):
            projectfile.save(filled_project(), folder / "plan.citypitch")
    finally:
        folder.chmod(0o700)


def test_vanished_folder_gives_clear_error(tmp_path: Path) -> None:
    with pytest.raises(ProjectFileError, match="does not exist"):
        projectfile.save(filled_project(), tmp_path / "gone" / "plan.citypitch")


def test_json_source_is_saved_as_archive_beside_it(tmp_path: Path) -> None:
    source = tmp_path / "draft.json"
    source.write_text(json.dumps(filled_project().proposal.to_json_data()))
    original = source.read_bytes()
    project = projectfile.load(source)
    saved = projectfile.save(project)
    assert saved == tmp_path / "draft.citypitch"
    assert source.read_bytes() == original


def make_zip(members: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return buffer.getvalue()


VALID_JSON = json.dumps(Proposal().to_json_data()).encode()


def _truncated() -> bytes:
    return projectfile.to_bytes(filled_project())[:200]


def _bomb() -> bytes:
    return make_zip({"proposal.json": VALID_JSON, "assets/huge.png": b"\0" * (projectfile.MAX_MEMBER_BYTES + 1)})


BAD_FILES: dict[str, tuple[bytes, str]] = {
    "empty": (b"", "the file is empty"),
    "truncated zip": (_truncated(), "damaged or truncated"),
    "not json": (b"{ this is not json", "not valid JSON (line 1"),
    "json array": (b"[1, 2, 3]", "must be a JSON object, not list"),
    "binary": (b"\xff\xfe\x00garbage\x00", "not UTF-8 text"),
    "wrong types": (json.dumps({"vision": {"horizon_year": "next year"}, "city": {"population": "lots"}}).encode(),
                    "Vision › Horizon year: must be a year"),
    "newer version": (json.dumps({"schema_version": SCHEMA_VERSION + 1}).encode(), "written by a newer version of CityPitch"),
    "bad version": (json.dumps({"schema_version": "one"}).encode(), "schema_version must be a whole number"),
    "deep nesting": (b"[" * 100_000 + b"]" * 100_000, "nested too deeply"),
    "huge integer": (b'{"city": {"population": ' + b"9" * 5000 + b"}}", "holds a whole number 5,000 digits long"),
    "zip without proposal": (make_zip({"readme.txt": b"hi"}), "has no proposal.json"),
    "zip slip": (make_zip({"proposal.json": VALID_JSON, "../../evil.sh": b"rm -rf"}), "unsafe entry name '../../evil.sh'"),
    "absolute member": (make_zip({"proposal.json": VALID_JSON, "/etc/passwd": b"x"}), "unsafe entry name '/etc/passwd'"),
    "zip bomb": (_bomb(), "too large"),
    "zip with bad json": (make_zip({"proposal.json": b"\x00\x01"}), "not valid JSON"),
}


@pytest.mark.parametrize("case", sorted(BAD_FILES))
def test_bad_files_give_clear_error_and_are_untouched(tmp_path: Path, case: str) -> None:
    data, expected = BAD_FILES[case]
    path = tmp_path / "bad.citypitch"
    path.write_bytes(data)
    with pytest.raises(ProjectFileError) as info:
        projectfile.load(path)
    message = str(info.value)
    assert message.startswith(str(path)), message
    assert expected in message, message
    assert "Traceback" not in message
    assert "sys.set_int_max_str_digits" not in message  # Python's advice is not the user's
    assert path.read_bytes() == data


def test_newer_version_is_its_own_error(tmp_path: Path) -> None:
    path = tmp_path / "future.json"
    path.write_text(json.dumps({"schema_version": SCHEMA_VERSION + 5, "new_thing": 1}))
    with pytest.raises(NewerVersionError):
        projectfile.load(path)


def test_missing_file_and_folder(tmp_path: Path) -> None:
    with pytest.raises(ProjectFileError, match="does not exist"):
        projectfile.load(tmp_path / "nope.citypitch")
    with pytest.raises(ProjectFileError, match="folder"):
        projectfile.load(tmp_path)


def test_unknown_members_and_fields_survive_a_save(tmp_path: Path) -> None:
    data = Proposal().to_json_data()
    data["written_by_v2"] = {"keep": True}
    path = tmp_path / "other.citypitch"
    path.write_bytes(make_zip({"proposal.json": json.dumps(data).encode(), "notes/readme.txt": b"keep me"}))
    project = projectfile.load(path)
    projectfile.save(project, tmp_path / "again.citypitch")
    archive = zipfile.ZipFile(tmp_path / "again.citypitch")
    assert archive.read("notes/readme.txt") == b"keep me"
    assert json.loads(archive.read("proposal.json"))["written_by_v2"] == {"keep": True}


def test_migration_chain_runs_before_validation(monkeypatch: pytest.MonkeyPatch) -> None:
    from wizard import migrations

    def v1_to_v2(data: dict) -> dict:
        data["city"] = {"name": data.pop("city_name")}
        return data

    monkeypatch.setitem(migrations.MIGRATIONS, 1, v1_to_v2)
    upgraded = migrations.migrate({"schema_version": 1, "city_name": "Lumara", "other": 1}, target=2)
    assert upgraded == {"schema_version": 2, "city": {"name": "Lumara"}, "other": 1}
    with pytest.raises(migrations.SchemaVersionError, match="no upgrade from schema version 2"):
        migrations.migrate({"schema_version": 2}, target=3)


SCHEMA_EXAMPLES = sorted((Path(__file__).parent / "data" / "schema_versions").glob("v*.citypitch"))


def test_there_is_a_saved_example_for_every_schema_version() -> None:
    versions = sorted(int(p.stem[1:]) for p in SCHEMA_EXAMPLES)
    assert versions == list(range(1, SCHEMA_VERSION + 1))


@pytest.mark.parametrize("example", SCHEMA_EXAMPLES, ids=lambda p: p.name)
def test_every_schema_version_opens_in_the_current_version(example: Path, tmp_path: Path) -> None:
    copy = tmp_path / example.name
    copy.write_bytes(example.read_bytes())
    project = projectfile.load(copy)
    assert project.proposal.schema_version == SCHEMA_VERSION
    assert project.proposal.city.name == "Lumara"
    assert copy.read_bytes() == example.read_bytes()


def test_saved_file_mode_follows_umask_and_keeps_existing_mode(tmp_path: Path) -> None:
    old = os.umask(0o022)
    try:
        fresh = projectfile.save(filled_project(), tmp_path / "fresh.citypitch")
        assert fresh.stat().st_mode & 0o777 == 0o644
        fresh.chmod(0o640)
        projectfile.save(filled_project(), fresh)
        assert fresh.stat().st_mode & 0o777 == 0o640
    finally:
        os.umask(old)
