"""Saved versions: compact storage (measured with 100 versions), open, restore, delete, images, damage."""

from __future__ import annotations

import io
import json
import random
import zipfile
from pathlib import Path

import pytest

from tests.review_support.sessions import at, edit_session
from wizard import projectfile, resources
from wizard.projectfile import Project
from wizard.review import ReviewError, store, versions
from wizard.review.canonical import asset_hash, content_hash


@pytest.fixture
def project() -> Project:
    return projectfile.load(resources.sample_path("lumara-transit"))


def test_hundred_versions_stay_small_and_each_opens_as_saved(project: Project, tmp_path: Path) -> None:
    rng = random.Random(7)
    plain = len(projectfile.to_bytes(project))
    saved = {}
    for n in range(1, 101):
        edit_session(project, n, rng)
        record = versions.save(project, f"Session {n}", "Aiko Tan", when=at(n))
        saved[n] = (project.proposal.to_json_data(), record.content_hash)
    path = projectfile.save(project, tmp_path / "hundred.citypitch")
    size = path.stat().st_size
    separate = sum(len(projectfile.to_bytes(versions.open_version(project, n).project)) for n in (1, 50, 100)) / 3 * 100
    # Measured: about 82 KB against 17 KB without versions and 1.7 MB for 100 separate files.
    assert size < 8 * plain, (size, plain)
    assert size < separate / 10, (size, separate)
    loaded = projectfile.load(path)
    listed = versions.list_versions(loaded)
    assert [v.number for v in listed] == list(range(1, 101)) and listed[41].label == "Session 42"
    for n in (1, 2, 37, 99, 100):
        opened = versions.open_version(loaded, n)
        assert opened.project.proposal.to_json_data() == saved[n][0]
        assert content_hash(opened.project.proposal, opened.project.assets) == saved[n][1]
        assert opened.project.path is None and opened.project.other_members == {} and not opened.missing_images


def test_labels_are_unique_and_refs_find_one_version(project: Project) -> None:
    versions.save(project, "After workshop 1", "A")
    versions.save(project, "  After   workshop 2 ", "A")
    assert versions.find(project, "2").label == "After workshop 2"
    assert versions.find(project, "after workshop 1").number == 1
    with pytest.raises(ReviewError, match="already labelled"):
        versions.save(project, "AFTER WORKSHOP 1", "A")
    with pytest.raises(ReviewError, match="only digits"):
        versions.save(project, "2026", "A")
    with pytest.raises(ReviewError, match="needs a label"):
        versions.save(project, " ", "A")
    with pytest.raises(ReviewError, match="no version 5"):
        versions.find(project, 5)
    with pytest.raises(ReviewError, match="no version is labelled"):
        versions.find(project, "Workshop 9")


def test_version_records_score_band_author_and_date(project: Project) -> None:
    from wizard.analysis import analyse

    record = versions.save(project, "First", "Aiko Tan", when=at(3))
    assert record.score == analyse(project.proposal).readiness.score
    assert record.author == "Aiko Tan" and record.created == at(3) and record.schema_version == 2


def test_restore_makes_a_version_the_draft_and_can_be_undone(project: Project, tmp_path: Path) -> None:
    first_name = project.proposal.meta.project_name
    versions.save(project, "Original", "A")
    project.proposal.meta.project_name = "Renamed"
    project.assets["photo.png"] = b"\x89PNG-new"
    versions.save(project, "Renamed", "A")
    restored = versions.restore(project, "Original")
    assert project.proposal.meta.project_name == first_name and "photo.png" not in project.assets
    assert [v.label for v in versions.list_versions(project)] == ["Original", "Renamed"]
    project.proposal, project.assets = restored.previous_proposal, restored.previous_assets  # undo
    assert project.proposal.meta.project_name == "Renamed" and "photo.png" in project.assets


def test_images_are_stored_once_and_versions_keep_images_the_draft_dropped(project: Project, tmp_path: Path) -> None:
    logo = project.assets["logo.png"]
    versions.save(project, "With logo", "A")
    versions.save(project, "Still with logo", "A")
    path = projectfile.save(project, tmp_path / "img.citypitch")
    names = zipfile.ZipFile(path).namelist()
    assert names.count("assets/logo.png") == 1 and not [n for n in names if n.startswith(store.BLOB_PREFIX)]
    loaded = projectfile.load(path)
    del loaded.assets["logo.png"]  # the draft drops the image
    loaded.proposal.branding.logo = ""
    path2 = projectfile.save(loaded, tmp_path / "img2.citypitch")
    names = zipfile.ZipFile(path2).namelist()
    assert names == [n for n in names if not n.startswith("assets/")]
    assert names.count(store.BLOB_PREFIX + asset_hash(logo)) == 1
    again = projectfile.load(path2)
    assert versions.open_version(again, 1).project.assets == {"logo.png": logo}
    versions.restore(again, 2)
    assert again.assets == {"logo.png": logo}
    back = zipfile.ZipFile(projectfile.save(again, tmp_path / "img3.citypitch")).namelist()
    assert "assets/logo.png" in back and not [n for n in back if n.startswith(store.BLOB_PREFIX)]


def test_delete_drops_contents_no_other_version_uses(project: Project) -> None:
    versions.save(project, "A", "x")
    project.proposal.problem.statement = "A completely different statement " * 20
    project.assets["big.png"] = b"\x89PNG" + b"b" * 5000
    versions.save(project, "B", "x")
    del project.assets["big.png"]
    objects_before = len(versions.read_objects(project))
    versions.delete(project, "B")
    assert [v.label for v in versions.list_versions(project)] == ["A"]
    assert len(versions.read_objects(project)) < objects_before
    blobs = [n for n in project.other_members if n.startswith(store.BLOB_PREFIX)]
    assert blobs == [store.BLOB_PREFIX + asset_hash(project.assets["logo.png"])]  # version A still uses it
    assert versions.open_version(project, "A").project.proposal.meta.project_name


def test_damaged_contents_are_reported_never_shown_wrong(project: Project) -> None:
    versions.save(project, "A", "x")
    data = json.loads(project.other_members[store.OBJECTS])
    key = next(k for k, v in data["objects"].items() if "s" in v)
    data["objects"][key]["s"] = "tampered text"
    project.other_members[store.OBJECTS] = json.dumps(data).encode()
    with pytest.raises(ReviewError, match="does not match its checksum"):
        versions.open_version(project, 1)
    del data["objects"][key]
    project.other_members[store.OBJECTS] = json.dumps(data).encode()
    with pytest.raises(ReviewError, match="is missing"):
        versions.open_version(project, 1)


def test_exponential_sharing_is_refused(project: Project) -> None:
    """A hostile file whose parts share each other 2^40 times must not hang or exhaust memory."""
    from wizard.review.versions import _hash

    objects: dict[str, object] = {}
    child: object = "x"
    for _ in range(40):
        obj = {"l": [child, child]}
        key = _hash(obj)
        objects[key] = obj
        child = [key]
    project.other_members[store.OBJECTS] = json.dumps({"format": 1, "objects": objects}).encode()
    versions.save(project, "real", "x")  # adds the real proposal's parts beside the hostile ones
    data = json.loads(project.other_members[store.VERSIONS])
    data["versions"][0]["root"] = child[0]  # type: ignore[index]
    project.other_members[store.VERSIONS] = json.dumps(data).encode()
    with pytest.raises(ReviewError, match="more data than any proposal"):
        versions.open_version(project, 1)


def test_plain_json_projects_hold_no_versions() -> None:
    sample = projectfile.load(resources.sample_path("lumara-transit"))
    assert sample.path is not None and sample.path.suffix == ".json"
    assert versions.list_versions(sample) == []
    with pytest.raises(ReviewError, match="no saved versions"):
        versions.find(sample, 1)


def test_to_bytes_is_stable_across_load_and_save(project: Project, tmp_path: Path) -> None:
    versions.save(project, "A", "x")
    first = projectfile.to_bytes(project)
    again = projectfile.to_bytes(projectfile.load(projectfile.save(project, tmp_path / "s.citypitch")))
    assert first == again
    assert zipfile.ZipFile(io.BytesIO(first)).testzip() is None
