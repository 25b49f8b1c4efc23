"""Comments: anchors by model path that follow rows, replies, open/resolved, kept in the file."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from wizard import projectfile, resources
from wizard.model import KPI, Risk
from wizard.projectfile import Project
from wizard.review import ReviewError, comments, store
from wizard.review.modelpaths import PathError, parse, title

WHEN = dt.datetime(2026, 11, 2, 10, 0, tzinfo=dt.timezone.utc)


@pytest.fixture
def project() -> Project:
    return projectfile.load(resources.sample_path("lumara-transit"))


def paths(project: Project) -> dict[int, tuple[str, bool]]:
    return {c.number: (c.anchor.path, c.detached) for c in comments.load(project)}


def test_titles_come_from_the_model() -> None:
    assert title("problem.kpis[2].baseline") == "Problem › KPIs › row 3 › Baseline"
    assert title("risks[0]") == "Risks › row 1"
    assert parse("finance.lines[10].capex") == ("finance", "lines", 10, "capex")


def test_add_reply_resolve_reopen_and_they_survive_a_save(project: Project, tmp_path: Path) -> None:
    first = comments.add(project, "problem.kpis[1].baseline", "Which survey is this from?", "Aiko Tan", when=WHEN)
    comments.add(project, "", "Overall: strong draft.", "Aiko Tan", when=WHEN)
    comments.reply(project, first.number, "Floating-car survey, March 2025.", "Budi Santoso", when=WHEN)
    comments.resolve(project, first.number, "Aiko Tan", when=WHEN)
    target = projectfile.save(project, tmp_path / "p.citypitch")
    loaded = comments.load(projectfile.load(target))
    assert [c.number for c in loaded] == [1, 2]
    assert loaded[0].status == "resolved" and loaded[0].resolved_by == "Aiko Tan"
    assert loaded[0].replies[0].text == "Floating-car survey, March 2025." and loaded[0].replies[0].author == "Budi Santoso"
    assert loaded[1].anchor.path == "" and comments.where(loaded[1]) == "The proposal as a whole"
    comments.reopen(project, first.number)
    assert comments.load(project)[0].is_open and comments.load(project)[0].resolved_at is None


def test_a_comment_needs_a_real_place_text_and_author(project: Project) -> None:
    with pytest.raises(PathError, match="no field"):
        comments.add(project, "problem.nonsense", "x", "A")
    with pytest.raises(PathError, match="there is no row 99"):
        comments.add(project, "risks[98]", "x", "A")
    with pytest.raises(PathError, match="not a field path"):
        comments.add(project, "risks[0]..x", "x", "A")
    with pytest.raises(ReviewError, match="empty"):
        comments.add(project, "risks[0]", "   ", "A")
    with pytest.raises(ReviewError, match="who"):
        comments.add(project, "risks[0]", "text", " ")
    with pytest.raises(ReviewError, match="no comment 7"):
        comments.reply(project, 7, "x", "A")


def test_wizard_table_edits_move_anchors_exactly(project: Project) -> None:
    kpis = project.proposal.problem.kpis
    comments.add(project, "problem.kpis[1].baseline", "second KPI", "A")
    comments.add(project, "problem.kpis[3]", "fourth KPI", "A")
    comments.add(project, "problem.kpis[0].name", "first KPI", "A")
    kpis.insert(0, KPI(name="Inserted"))
    comments.rows_inserted(project, "problem.kpis", 0)
    assert paths(project) == {1: ("problem.kpis[2].baseline", False), 2: ("problem.kpis[4]", False),
                              3: ("problem.kpis[1].name", False)}
    del kpis[2]
    comments.rows_removed(project, "problem.kpis", 2)
    got = paths(project)
    assert got[1][1] is True  # its row was removed: kept, detached
    assert got[2] == ("problem.kpis[3]", False) and got[3] == ("problem.kpis[1].name", False)
    order = [3, 0, 1, 2, 4][: len(kpis)]
    kpis[:] = [kpis[i] for i in order]
    comments.rows_reordered(project, "problem.kpis", order)
    got = paths(project)
    assert got[2] == ("problem.kpis[0]", False) and got[3] == ("problem.kpis[2].name", False)


def test_undoing_a_row_deletion_reattaches_its_comment(project: Project) -> None:
    risks = project.proposal.risks
    comments.add(project, "risks[2].mitigation", "Is this insured?", "A")
    removed = risks.pop(2)
    comments.rows_removed(project, "risks", 2)
    assert paths(project)[1][1] is True
    risks.insert(2, removed)  # undo
    assert paths(project)[1] == ("risks[2].mitigation", False)


def test_rows_changed_elsewhere_are_recognised(project: Project) -> None:
    """No tracking calls: a restored version or another program changed the table; the wizard
    refreshes the anchors at each save, as ``comments.refresh`` does here between the steps."""
    risks = project.proposal.risks
    label = risks[2].description
    comments.add(project, "risks[2].bearer", "Who really bears this?", "A")
    risks.insert(0, Risk(description="New risk at the top"))  # inserted above
    assert paths(project)[1] == ("risks[3].bearer", False)
    risks[3].mitigation = "Changed mitigation"  # inserted above and edited: found by its description
    assert comments.refresh(project) is True
    risks.insert(0, Risk(description="Another new one"))
    assert paths(project)[1] == ("risks[4].bearer", False)
    comments.refresh(project)
    risks.append(risks.pop(4))  # moved to the end
    assert paths(project)[1] == (f"risks[{len(risks) - 1}].bearer", False)
    comments.refresh(project)
    assert comments.refresh(project) is False  # nothing new to recognise
    row = next(i for i, r in enumerate(risks) if r.description == label)
    risks[row].description = "Reworded in place"  # edited in place, name too: same length, same place
    assert paths(project)[1] == (f"risks[{row}].bearer", False)
    comments.refresh(project)
    comments.add(project, "risks[0]", "top risk", "A")
    risks.pop(row)  # removed: detached, never lost
    got = paths(project)
    assert got[1][1] is True and got[2] == ("risks[0]", False)
    assert "Reworded in place" in comments.where(comments.load(project)[0])


def test_comments_stay_out_of_the_proposal_and_old_files_open_unchanged(tmp_path: Path) -> None:
    for name in ("v1.citypitch", "v2.citypitch"):
        old = Path(__file__).parent / "data" / "schema_versions" / name
        project = projectfile.load(old)
        assert comments.load(project) == [] and not store.has_review(project)
    project = projectfile.load(resources.sample_path("lumara-transit"))
    before = project.proposal.to_json_data()
    comments.add(project, "vision.statement", "Measurable?", "A")
    assert project.proposal.to_json_data() == before
    assert set(project.other_members) == {store.COMMENTS}


def test_damaged_or_newer_comments_are_kept_and_not_overwritten(project: Project, tmp_path: Path) -> None:
    project.other_members[store.COMMENTS] = b'{"format": 9, "comments": [], "future": true}'
    with pytest.raises(ReviewError, match="newer CityPitch"):
        comments.load(project)
    with pytest.raises(ReviewError, match="newer CityPitch"):
        comments.add(project, "risks[0]", "x", "A")
    saved = projectfile.load(projectfile.save(project, tmp_path / "n.citypitch"))
    assert saved.other_members[store.COMMENTS] == b'{"format": 9, "comments": [], "future": true}'
    project.other_members[store.COMMENTS] = b'{"format": 1, "comments": [{"number": "x"}]}'
    with pytest.raises(ReviewError, match="damaged"):
        comments.load(project)


def test_hostile_comment_text_is_stored_as_written(project: Project, tmp_path: Path) -> None:
    hostile = "<script>alert(1)</script> \x1b[2J\u202eevil [x](javascript:alert(1)) {{ 7*7 }} \x00"
    comments.add(project, "problem.statement", hostile, "<b>Mallory</b>\x1b[31m")
    loaded = comments.load(projectfile.load(projectfile.save(project, tmp_path / "h.citypitch")))
    assert loaded[0].text == hostile.strip() and loaded[0].author == "<b>Mallory</b>\x1b[31m"


@pytest.mark.parametrize("number", ["1e400", "-1e400", "NaN", "Infinity"])
def test_non_finite_numbers_in_a_review_entry_are_damage_not_a_crash(project: Project, number: str) -> None:
    # json.loads turns these into float inf/nan, which no later hash or save can write back.
    project.other_members["review/comments.json"] = f'{{"format": 1, "comments": [], "x": {number}}}'.encode()
    with pytest.raises(ReviewError, match="damaged"):
        comments.load(project)
