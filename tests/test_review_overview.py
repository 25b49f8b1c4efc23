"""Where comments are for the wizard (wizard.review.overview), and the review store's quick reading:
records remembered by the bytes they were read from, comments changed by copying only what changed."""

from __future__ import annotations

import pytest

from wizard import projectfile, resources
from wizard.review import comments, store
from wizard.review.overview import overview, place_of, table_of
from wizard.review.records import CommentsFile


@pytest.fixture
def project() -> projectfile.Project:
    return projectfile.load(resources.sample_path("lumara-transit"))


def test_places_of_paths() -> None:
    assert table_of("problem.kpis[2].baseline") == ("problem.kpis", 2)
    assert table_of("problem.kpis") == ("problem.kpis", None)
    assert table_of("problem.statement") == (None, None)
    assert table_of("not a path") == (None, None)
    place = place_of("problem.kpis[2].baseline")
    assert (place.step, place.pattern, place.table, place.row) == ("problem", "problem.kpis.baseline", "problem.kpis", 2)
    assert place_of("finance.lines[0].capex").step == "finance"
    assert place_of("risks[1]").step == "risks" and place_of("risks[1]").table == "risks"
    assert place_of("").step is None


def test_overview_counts_open_attached_comments_by_step_field_and_row(project: projectfile.Project) -> None:
    comments.add(project, "problem.statement", "One problem only", "Maya")
    comments.add(project, "problem.kpis[1].baseline", "Source?", "Maya")
    comments.add(project, "problem.kpis[1]", "Row as a whole", "Ari")
    comments.add(project, "problem.kpis", "The table as a whole", "Ari")
    done = comments.add(project, "vision.statement", "Resolved one", "Ari")
    comments.resolve(project, done.number, "Maya")
    comments.add(project, "", "About everything", "Ari")
    gone = comments.add(project, "risks[4]", "On a row about to go", "Maya")
    del project.proposal.risks[4]
    found = overview(project)
    assert found.error is None
    assert [c.number for c in found.detached] == [gone.number]
    assert [c.number for c in found.resolved] == [done.number]
    assert found.by_step == {"problem": 4}
    assert {p: [c.text for c in cs] for p, cs in found.on_fields.items()} == {"problem.statement": ["One problem only"]}
    assert {row: [c.text for c in cs] for row, cs in found.on_tables["problem.kpis"].items()} == {
        1: ["Source?", "Row as a whole"], -1: ["The table as a whole"]}
    assert found.tables_with_comments == {"problem.kpis", "risks"}


def test_a_damaged_entry_gives_an_overview_with_its_message(project: projectfile.Project) -> None:
    project.other_members[store.COMMENTS] = b'{"format": 1, "comments": [}'
    found = overview(project)
    assert found.comments == [] and found.error is not None and "damaged" in found.error


def test_reads_are_remembered_by_their_bytes_and_private_records_stay_private(project: projectfile.Project) -> None:
    comments.add(project, "problem.statement", "First", "Maya")
    raw = project.other_members[store.COMMENTS]
    shared = store.read_shared(project, CommentsFile)
    assert store.read_shared(project, CommentsFile) is shared  # the same bytes: read once
    own = store.read(project, CommentsFile)
    assert own is not shared and own == shared
    own.comments[0].text = "Changed in a private copy"
    assert store.read_shared(project, CommentsFile).comments[0].text == "First"
    assert project.other_members[store.COMMENTS] is raw
    # Equal bytes in another object are read on their own (by the strict reader): nothing is mixed up.
    project.other_members[store.COMMENTS] = bytes(bytearray(raw))
    assert store.read_shared(project, CommentsFile) is not shared
    assert store.read_shared(project, CommentsFile) == shared


def test_changes_copy_only_what_changed_and_never_touch_the_shared_record(project: projectfile.Project) -> None:
    for n in range(20):
        comments.add(project, f"problem.kpis[{n % 5}].baseline", f"Comment {n}", "Maya")
    before = store.read_shared(project, CommentsFile)
    texts = [(c.number, c.status, c.anchor.path, len(c.replies)) for c in before.comments]
    comments.reply(project, 3, "An answer", "Ari")
    comments.resolve(project, 4, "Ari")
    comments.rows_inserted(project, "problem.kpis", 0)
    project.proposal.problem.kpis.insert(0, project.proposal.problem.kpis[0].model_copy())
    assert [(c.number, c.status, c.anchor.path, len(c.replies)) for c in before.comments] == texts
    after = store.read_shared(project, CommentsFile)
    unchanged = [a for a, b in zip(after.comments, before.comments) if a is b]
    assert unchanged == []  # every comment on the KPIs moved down a row, so each is a new copy
    loaded = comments.load(project)
    assert [c.anchor.path for c in loaded[:5]] == [f"problem.kpis[{n + 1}].baseline" for n in range(5)]
    assert comments.get(loaded, 3).replies[0].text == "An answer" and not comments.get(loaded, 4).is_open


def test_refresh_writes_only_when_an_anchor_moved(project: projectfile.Project) -> None:
    comments.add(project, "problem.kpis[2]", "On the third KPI", "Maya")
    raw = project.other_members[store.COMMENTS]
    assert comments.refresh(project) is False and project.other_members[store.COMMENTS] is raw
    kpis = project.proposal.problem.kpis
    kpis.insert(0, kpis.pop(2))  # moved outside the wizard: recognised by its content
    assert comments.refresh(project) is True
    assert [c.anchor.path for c in store.read(project, CommentsFile).comments] == ["problem.kpis[0]"]
    assert comments.refresh(project) is False
