"""The deck's plan without rendering: field budgets, slide titles and overrides, text cuts, size limits.

These run the planner only (no WeasyPrint), so they are quick; what the plan promises is checked against
real renders in test_export.py and test_export_outputs.py.
"""

from __future__ import annotations

import re
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from wizard import projectfile, resources
from wizard.export import ExportError, ExportOptions, check_size, render_html
from wizard.export import measure
from wizard.export.budget import field_budgets
from wizard.export.story import MAIN_LINE
from wizard.export.titles import TITLE_FONT, TITLE_WIDTH, slide_titles, title_font
from wizard.model import KPI, FundingSource, SlideTitle


def _sample(name: str = "lumara-transit") -> projectfile.Project:
    return projectfile.load(resources.sample_path(name))


def _strings(value: Any) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [s for v in value.values() for s in _strings(v)]
    if isinstance(value, (list, tuple)):
        return [s for v in value for s in _strings(v)]
    return []


# --- budgets -----------------------------------------------------------------------------------------------


def test_every_main_line_text_field_has_a_budget() -> None:
    budgets = field_budgets(_sample().proposal)
    for path in ("problem.statement", "problem.root_causes", "problem.why_now", "finance.ask_use_of_funds",
                 "japan.exit_strategy", "feasibility.demand_forecast", "economy.market_access", "economy.revenue_model",
                 "japan.join_fit", "japan.jbic_fit", "japan.smart_jamp_fit", "team.capability", "vision.statement",
                 "vision.citizen_benefits", "japan.structure_description", "implementation.governance"):
        assert path in budgets, path
        b = budgets[path]
        assert b.slide in {slide for slide, _ in MAIN_LINE}
        assert b.lines > 0 and b.used <= b.lines + 1e-9
        assert (b.chars_left >= 0) == (not b.moved)


@pytest.mark.parametrize("name", resources.sample_names())
def test_text_within_its_budget_stays_whole_and_beyond_it_moves_to_the_appendix(name: str) -> None:
    project = _sample(name)
    budgets = field_budgets(project.proposal)
    from wizard import paths

    checked = 0
    for path, budget in budgets.items():
        value = paths.get(project.proposal, path)
        if not isinstance(value, str) or budget.chars_left < 40:
            continue
        # Add about two thirds of what is left, in words and whole sentences: the field must still fit.
        words = max(1, int(budget.chars_left * 0.66) // 10)
        longer = value.rstrip() + " " + " ".join(["Extra word"] * (words // 2)) + "."
        trial = _sample(name)
        paths.set(trial.proposal, path, longer)
        after = field_budgets(trial.proposal)[path]
        assert after.chars_left >= 0 and not after.moved, (path, budget, after)
        checked += 1
    assert checked >= 3


def test_an_overflowing_field_says_how_much_did_not_fit_and_where_it_went() -> None:
    project = _sample()
    project.proposal.problem.statement = " ".join(f"Sentence number {i} of a very long problem statement." for i in range(60))
    budgets = field_budgets(project.proposal)
    b = budgets["problem.statement"]
    assert b.moved and b.chars_left < -1000
    _, context, _ = render_html(project)
    problem = next(s for s in context["slides"] if s["id"] == "problem")
    block = next(b for b in problem["text"] if b["path"] == "problem.statement")
    assert block["more_code"] and block["paras"][-1].endswith(".")  # cut after a sentence, pointing on
    appendix = next(s for s in context["slides"] if s.get("code") == block["more_code"])
    assert any(b.get("from") == str(problem["number"]) for col in appendix["cols"] for b in col)


# --- titles ------------------------------------------------------------------------------------------------


def test_slide_titles_api_lists_the_main_line_with_generated_titles_and_overrides(tmp_path: Path) -> None:
    project = _sample()
    titles = slide_titles(project.proposal)
    assert [t.id for t in titles] == [slide for slide, _ in MAIN_LINE]
    assert all(t.generated and t.title == t.generated and t.override == "" for t in titles)
    assert all(measure.lines(t.generated, TITLE_WIDTH, TITLE_FONT) <= 2 for t in titles)
    project.proposal.slide_titles.append(SlideTitle(slide="economics", title="Our own title: returns of 11.5%"))
    saved = projectfile.save(project, tmp_path / "p.citypitch")
    reloaded = projectfile.load(saved)
    economics = next(t for t in slide_titles(reloaded.proposal) if t.id == "economics")
    assert economics.override == "Our own title: returns of 11.5%" == economics.title
    assert economics.generated.startswith("Project ")  # the generated title is kept beside the override
    _, context, _ = render_html(reloaded)
    slide = next(s for s in context["slides"] if s["id"] == "economics")
    assert slide["title"]["en"] == "Our own title: returns of 11.5%" and slide["title"]["ja"] == ""


def test_a_long_title_of_the_team_is_set_smaller_never_cut() -> None:
    text = " ".join(["A long title the team wrote about its project"] * 6)[:300]
    font, count = title_font(text)
    assert font.size < TITLE_FONT.size
    project = _sample()
    project.proposal.slide_titles = [SlideTitle(slide="problem", title=text)]
    _, context, _ = render_html(project)
    slide = next(s for s in context["slides"] if s["id"] == "problem")
    assert slide["title"]["en"] == " ".join(text.split()) and slide["title_size"] == font.size


def test_generated_titles_fall_back_when_names_are_too_long_and_always_hold_a_number_or_name() -> None:
    project = _sample()
    project.proposal.city.name = "X" * 300
    project.proposal.problem.title = "Y" * 300
    for t in slide_titles(project.proposal):
        assert measure.lines(t.generated, TITLE_WIDTH, TITLE_FONT) <= 2, t
        assert re.search(r"\d", t.generated) or project.proposal.team.lead_agency in t.generated, t


# --- nothing cut, nothing filled in ------------------------------------------------------------------------


@pytest.mark.parametrize("fmt", ["deck", "leave-behind"])
def test_no_ellipsis_anywhere_in_a_plan(fmt: str) -> None:
    for source in [*resources.sample_names(), "overflow", "hostile"]:
        data = Path(__file__).parent / "data" / "export" / f"{source}.json"
        project = projectfile.load(data) if data.exists() else _sample(source)
        html, context, _ = render_html(project, ExportOptions(format=fmt))
        assert "…" not in html
        assert not [s for s in _strings(context.get("slides", [])) + _strings(context.get("sections", [])) if "…" in s]


def test_main_line_stays_short_however_long_the_proposal() -> None:
    project = projectfile.load(Path(__file__).parent / "data" / "export" / "overflow.json")
    _, context, _ = render_html(project)
    main = [s for s in context["slides"] if s.get("main")]
    assert 12 <= len(main) <= 15 and len(context["slides"]) > 40


def test_table_rows_are_shared_out_so_no_continuation_is_left_with_a_row_or_two() -> None:
    from wizard.export.tables import balanced_groups

    assert [len(g) for g in balanced_groups([30.0] * 16, 425.0, 450.0)] == [8, 8]  # not 14 and 2
    assert [len(g) for g in balanced_groups([30.0] * 31, 450.0, 450.0)] == [10, 11, 10]
    groups = balanced_groups([30.0] * 40, 300.0, 450.0)  # a first slide with less room
    assert sum(groups, []) == list(range(40)) and len(groups[0]) <= 10 and all(len(g) <= 15 for g in groups)
    assert min(len(g) for g in groups[1:]) >= 5
    for source in [*resources.sample_names(), "overflow"]:
        data = Path(__file__).parent / "data" / "export" / f"{source}.json"
        project = projectfile.load(data) if data.exists() else _sample(source)
        _, context, _ = render_html(project)
        tables = [s for s in context["slides"] if s.get("kind") == "appendix-table"]
        for before, after in zip(tables, tables[1:]):
            if after["continued"] and after["id"].rsplit("-", 1)[0] == before["id"].rsplit("-", 1)[0]:
                assert len(after["rows"]) * 3 >= len(before["rows"]), (source, after["id"])


# --- size limits (issue 22 item 5) ---------------------------------------------------------------------------


def test_a_proposal_beyond_the_export_limits_is_refused_naming_the_field() -> None:
    project = _sample()
    project.proposal.problem.kpis = [KPI(name=f"KPI {i}", baseline=Decimal(i)) for i in range(10_000)]
    with pytest.raises(ExportError, match=r"KPIs.*10,000 rows"):
        check_size(project.proposal)
    project = _sample()
    project.proposal.finance.funding = [FundingSource(name=f"Funder {i}", amount=Decimal(1)) for i in range(10_000)]
    with pytest.raises(ExportError, match=r"Funding sources.*10,000 rows"):
        render_html(project)


def test_a_deck_past_the_slide_budget_is_refused_naming_the_largest_part() -> None:
    from wizard.model import Evidence, Milestone, Partner, Risk, VisionTarget

    project = _sample()
    p = project.proposal
    n = 1000
    p.problem.kpis = [KPI(name=f"Indicator {i}", baseline=Decimal(i), baseline_source=f"Survey {i}") for i in range(n)]
    p.problem.evidence = [Evidence(claim=f"Finding {i} " * 4, source=f"Source {i}") for i in range(n)]
    p.risks = [Risk(description=f"Risk {i} " * 4, mitigation=f"Mitigation {i} " * 4, likelihood=2, impact=3)
               for i in range(n)]
    p.japan.partners = [Partner(name=f"Partner {i}", contribution=f"Contribution {i} " * 3) for i in range(n)]
    p.implementation.milestones = [Milestone(name=f"Milestone {i}", year=2030, description="Delivered") for i in range(n)]
    p.vision.targets = [VisionTarget(kpi=f"Target {i}", description=f"Description {i} " * 3) for i in range(n)]
    with pytest.raises(ExportError, match=r"slides; an export makes at most 400\. .* takes [\d,]+ of them"):
        render_html(project)
    # Text beyond the total budget is refused too, naming the table or field that holds the most of it.
    p.risks = [Risk(description="R" * 300, mitigation="M" * 300) for _ in range(n)]
    with pytest.raises(ExportError, match=r"characters of text; .* The largest part is Risks \(600,000 characters\)"):
        check_size(p)


# --- what the slides say, as an investment committee reads them ---------------------------------------------


def _slides(name: str = "lumara-transit", labels: str = "en", fmt: str = "deck") -> list[dict[str, Any]]:
    _, context, _ = render_html(_sample(name), ExportOptions(labels=labels, format=fmt))
    return context["slides"]


def test_a_use_of_funds_too_long_for_the_ask_box_goes_under_its_own_label_beside_the_ask_table() -> None:
    project = _sample()
    project.proposal.finance.ask_use_of_funds = ("The equity pays for the busway, stations, depot and buses, the "
                                                 "signals and digital twin, the ticketing platform and reserves, "
                                                 + "in the shares the phases table sets out, " * 12 + "as planned.")
    _, context, _ = render_html(project, ExportOptions())
    slides = context["slides"]
    summary = next(s for s in slides if s["id"] == "summary")
    use = summary["ask"]["use"]
    asks = [s for s in slides if s.get("appendix_key") == "asks"]
    code = asks[0]["code"]
    # The box names where the text is, and the appendix heads it with its own label, before the ask table.
    assert use["more_code"] == code and (use.get("moved") or use["paras"])
    blocks = [b for s in asks for col in s.get("cols", []) for b in col]
    assert blocks and blocks[0]["label"] == "Use of the funds"
    assert not any(b["label"] == "" and b["paras"] for s in slides if s.get("appendix_key") == "demand-more"
                   for col in s.get("cols", []) for b in col)
    # A short text and its table share one slide.
    assert len(asks) == 1 and asks[0]["kind"] == "appendix-text" and asks[0]["table"]["rows"]


def test_appendix_text_blocks_all_carry_a_label_or_continue_one() -> None:
    for name in resources.sample_names():
        for s in _slides(name):
            for col in s.get("cols", []):
                for index, block in enumerate(col):
                    # A block without a label is only ever the rest of the block before it (column or slide break).
                    if not block["label"] and (block["paras"] or block["bullets"]):
                        assert index == 0, (name, s["id"], block["paras"][:1])


def test_a_section_title_never_runs_two_lists_of_names_with_and_into_each_other() -> None:
    for name in resources.sample_names():
        solution = next(s for s in _slides(name) if s["id"] == "solution")
        title = solution["title"]["en"]
        # "a and b and c" cannot be read back into phases: the title counts them instead.
        assert not re.search(r" and [^,()]* and ", title.split(" then ")[0]), title


def test_percent_targets_and_units_follow_the_number_convention() -> None:
    slides = _slides("prey-meas-lighting")
    targets = next(s for s in slides if s.get("appendix_key") == "targets")
    values = [row[2]["text"] for row in targets["rows"]]
    assert "98%" in values and not any(re.search(r"\d %", v) for v in values)


def test_headers_print_the_unit_once_on_the_english_line_and_keep_it_whole() -> None:
    html, _, _ = render_html(_sample(), ExportOptions(labels="en+ja"))
    head = re.search(r"<th[^>]*>Capex(.*?)</th>", html, flags=re.S)
    assert head is not None
    cell = head.group(1)
    assert cell.count("IDR\xa0bn") == 1 and cell.index("IDR\xa0bn") < cell.index('lang="ja"')


def test_chart_ticks_below_zero_carry_a_true_minus() -> None:
    _, _, images = render_html(_sample("prey-meas-lighting"), ExportOptions())
    svgs = [data.decode() for data, mime in images.served.values() if mime == "image/svg+xml"]
    ticks = re.findall(r'text-anchor="end"[^>]*>([^<]+)<', " ".join(svgs))
    assert any(t.startswith("\u2212") for t in ticks), ticks
    assert not any(t.startswith("-") for t in ticks), ticks


def test_columns_of_labels_wrap_rather_than_break_the_words_of_the_others() -> None:
    from wizard.analysis import analyse
    from wizard.export.economics import Economics
    from wizard.export.labels import Labels
    from wizard.export.leave_behind import TABLE, TABLE_HEAD, TABLE_JA, TEXT_WIDTH
    from wizard.export.numbers import Numbers
    from wizard.export.tables import Fixed, _longest_token, size_columns

    project = _sample()
    labels = Labels("en+ja")
    econ = Economics(project.proposal, analyse(project.proposal).finance, Numbers(project.proposal.finance))
    table = econ.funding_table()
    assert table is not None
    size_columns(table, TEXT_WIDTH, TABLE, TABLE_HEAD, labels.inline_text, labels.ja, TABLE_JA)
    for index, column in enumerate(table.columns):
        box = TEXT_WIDTH * column.width / 100 - 18
        for row in table.rows:
            text = labels.inline_text(row[index]) if isinstance(row[index], Fixed) else str(row[index])
            assert _longest_token(text, TABLE) <= box + 0.5, (column.label, text, box)


def test_every_risk_in_the_allocation_matrix_has_its_mark_however_many_parties() -> None:
    project = projectfile.load(Path(__file__).parent / "data" / "export" / "overflow.json")
    bearers = {r.bearer for r in project.proposal.risks if r.bearer}
    assert len(bearers) > 7  # the fixture spreads its risks over more parties than the slide has columns
    for fmt, most in (("deck", 7), ("leave-behind", 8)):
        _, context, _ = render_html(project, ExportOptions(format=fmt))
        if fmt == "deck":
            risks = next(s for s in context["slides"] if s["id"] == "risks")
            parties, rows = risks["parties"], risks["rows"]
        else:
            part = next(x for sec in context["sections"] for x in sec["parts"] if x["type"] == "allocation")
            parties, rows = part["parties"], part["rows"]
        assert len(parties) == most and parties[-1] == "Other parties"
        assert rows and all(sum(1 for c in row["cells"] if c["mark"]) == 1 for row in rows)
