"""Comparison in the planner's words, sign-off and staleness, the export's DRAFT rule, the memo."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

import pytest

from wizard import projectfile, resources
from wizard.model import KPI, Risk, RiskCategory
from wizard.projectfile import Project
from wizard.review import ReviewError, comments, diff, memo, sessions, signoff, store, versions


@pytest.fixture
def project() -> Project:
    return projectfile.load(resources.sample_path("lumara-transit"))


def compare(old: Project, new: Project) -> diff.Comparison:
    return diff.compare(diff.Side(old, "old"), diff.Side(new, "new"))


def test_changed_fields_rows_and_figures_in_the_planners_words(project: Project) -> None:
    old = project.frozen_copy()
    new = project.frozen_copy()
    p = new.proposal
    p.problem.kpis[2].baseline = Decimal("95")
    p.risks.insert(0, Risk(category=RiskCategory.FINANCIAL, description="Rupiah depreciation against the yen"))
    removed = p.vision.citizen_benefits.pop(1)
    p.finance.lines[0].capex = (p.finance.lines[0].capex or Decimal(0)) + Decimal("100000000000")
    p.problem.statement = p.problem.statement + " Congestion now costs more than before."
    result = compare(old, new)
    by_title = {c.title: c for c in result.changes}
    kpi = by_title["Problem › KPIs › row 3 › Baseline"]
    assert (kpi.kind, kpi.path, kpi.new_text) == ("changed", "problem.kpis[2].baseline", "95")
    added = [c for c in result.changes if c.kind == "added"]
    assert len(added) == 1 and added[0].path == "risks[0]" and "Rupiah depreciation" in added[0].title
    assert "Financial / currency" in added[0].title
    gone = [c for c in result.changes if c.kind == "removed"]
    assert len(gone) == 1 and removed in gone[0].title and gone[0].path == "vision.citizen_benefits[1]"
    # the inserted risk does not make every risk below it look changed
    assert not [c for c in result.changes if c.path.startswith("risks[") and c.kind == "changed"]
    capex = next(f for f in result.figures if f.id == "capex")
    assert capex.changed and capex.new and capex.new.startswith("IDR ")
    npv = next(f for f in result.figures if f.id == "npv")
    assert npv.changed
    out = diff.format_text(result)
    assert "~ Problem › KPIs › row 3 › Baseline:" in out and "→ 95" in out
    assert "{+Congestion now costs more than before.+}" in " ".join(out.split())  # wrapped at 100 columns
    assert "+ Risks › row 1: Rupiah depreciation" in out and "Key figures" in out
    data = diff.to_json(result)
    assert data["same"] is False and {c["kind"] for c in data["changes"]} >= {"changed", "added", "removed"}


def test_moved_row_and_readiness_findings_that_appeared_or_went(project: Project) -> None:
    old = project.frozen_copy()
    new = project.frozen_copy()
    new.proposal.problem.kpis.append(new.proposal.problem.kpis.pop(0))
    assert [c.kind for c in compare(old, new).changes] == ["moved"]
    worse = project.frozen_copy()
    worse.proposal.problem.kpis.append(KPI(name="Citizen satisfaction"))  # no baseline, no source
    result = compare(old, worse)
    assert result.appeared and not result.went
    assert "Problem › KPIs › row 7" in diff.format_text(result).split("Findings that appeared")[1].split("Changes")[0]
    back = compare(worse, old)
    assert back.went and not back.appeared and back.score[1] >= back.score[0]


def test_same_content_is_no_difference(project: Project) -> None:
    result = compare(project, project.frozen_copy())
    assert result.same and "No differences" in diff.format_text(result)


def test_hostile_text_in_a_diff_stays_text(project: Project) -> None:
    new = project.frozen_copy()
    new.proposal.meta.project_name = "\x1b[2J\x1b[31mowned\u202e"
    # The model turns the escape character into a space as it enters (issue 22: control characters are
    # normalised at the model boundary); the right-to-left override is text and the diff escapes it.
    assert new.proposal.meta.project_name == " [2J [31mowned\u202e"
    out = diff.format_text(compare(project, new))
    assert "\x1b" not in out and "\u202e" not in out and " [2J [31mowned" in out and "\\u202e" in out


def test_signoff_goes_stale_on_any_edit_and_back_on_undo(project: Project) -> None:
    when = dt.datetime(2026, 12, 1, 9, tzinfo=dt.timezone.utc)
    record = signoff.sign(project, "Dr Lim", "Lead consultant", when=when)
    assert record.version == 1 and record.version_label == "Signed off by Dr Lim (2026-12-01)"
    assert signoff.state(project).signed_off and signoff.state(project).version_label == record.version_label
    old = project.proposal.problem.kpis[0].unit
    project.proposal.problem.kpis[0].unit = old + " "
    state = signoff.state(project)
    assert not state.signed_off and state.stale and "stale" in state.describe()
    project.proposal.problem.kpis[0].unit = old
    assert signoff.state(project).signed_off
    project.assets["logo.png"] = project.assets["logo.png"] + b"\0"  # an image counts as content too
    assert not signoff.state(project).signed_off


def test_signoff_hash_ignores_fields_left_at_their_defaults(project: Project) -> None:
    from wizard.review.canonical import canonical_data

    data = canonical_data(project.proposal)
    assert "schema_version" not in data and "acknowledgements" not in data  # default (empty) left out


def test_draft_mark_follows_readiness_and_required_signoff(project: Project) -> None:
    from wizard.export import ExportOptions, render_html

    def draft(p: Project) -> bool:
        return bool(render_html(p, ExportOptions())[1]["draft"])

    assert signoff.draft_reasons(project) == [] and not draft(project)  # the sample has no blocker
    signoff.set_required(project, True)
    assert draft(project) and "not signed off" in signoff.draft_reasons(project)[0]
    signoff.sign(project, "Dr Lim", "Lead consultant")
    assert not draft(project)
    assert signoff.export_metadata(project)["CityPitchVersion"].startswith("1: Signed off by Dr Lim")
    project.proposal.meta.subtitle += " (edited)"
    assert draft(project) and "stale" in signoff.draft_reasons(project)[0]
    project.proposal.problem.kpis.clear()  # a blocker: DRAFT whatever the sign-off says
    signoff.sign(project, "Dr Lim", "Lead consultant")
    assert draft(project) and "gate" in signoff.draft_reasons(project)[0]
    project.other_members[store.SIGNOFF] = b"{damaged"
    assert any("cannot be read" in r for r in signoff.draft_reasons(project))


@pytest.mark.slow
def test_exported_deck_records_version_and_signoff_in_its_metadata(project: Project, tmp_path: Path) -> None:
    import pypdf

    from wizard.export import export_pdf

    versions.save(project, "After workshop 2", "Aiko Tan")
    signoff.sign(project, "Dr Lim", "Lead consultant", when=dt.datetime(2026, 12, 1, tzinfo=dt.timezone.utc))
    comments.add(project, "problem.statement", "SECRET-COMMENT-TEXT for the team only", "Aiko Tan")
    out = export_pdf(project, tmp_path / "deck.pdf")
    reader = pypdf.PdfReader(out)
    assert reader.metadata["/CityPitchVersion"] == "1: After workshop 2"
    assert reader.metadata["/CityPitchSignOff"] == "Dr Lim, Lead consultant, 2026-12-01"
    words = "".join(page.extract_text() for page in reader.pages)
    assert "SECRET-COMMENT-TEXT" not in words and "DRAFT" not in words


def test_memo_shows_hostile_text_as_text(project: Project) -> None:
    from markdown_it import MarkdownIt

    hostile = "# Not a heading\n<script>alert(1)</script> [click](javascript:alert(1)) **bold** `code`\n1. not a list\n- nor this\n    indented"
    c = comments.add(project, "risks[1].mitigation", hostile, "<img src=x onerror=alert(1)>")
    comments.reply(project, c.number, "> quoted? _no_", "Budi")
    comments.add(project, "vision.statement", "Resolved point", "Aiko")
    comments.resolve(project, 2, "Aiko")
    sessions.add(project, dt.date(2026, 11, 20), ["Aiko Tan", "Budi [City]"], "Agreed: *three* KPIs.")
    text = memo.markdown(project, today=dt.date(2026, 12, 1))
    tokens = MarkdownIt("commonmark").parse(text)
    kinds = {t.type for t in tokens}
    assert "html_block" not in kinds and "ordered_list_open" not in kinds
    assert [t.type for t in tokens].count("bullet_list_open") == 1  # the memo's own Status list only
    assert "code_block" not in kinds and "blockquote_open" in kinds  # the reply, quoted by the memo itself
    inline = [child for t in tokens if t.children for child in t.children]
    assert not [t for t in inline if t.type in ("link_open", "html_inline", "code_inline", "image")]
    html = MarkdownIt("commonmark").render(text)
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html and "<script>" not in html
    assert "# Not a heading" in html and "*three*" in html and "&lt;img src=x onerror=alert(1)&gt;" in html
    assert "## Open comments (1)" in text and "## Resolved comments (1)" in text
    assert "Risks › row 2 › Mitigation" in text and "2026-11-20" in text


def test_sessions_need_content(project: Project) -> None:
    with pytest.raises(ReviewError, match="needs notes or attendees"):
        sessions.add(project, dt.date(2026, 11, 20), [" "], "  ")
