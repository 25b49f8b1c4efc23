"""The team's readiness report and ``citypitch check`` in the team's language (issue 20): the report's fixed
words, findings and field titles in ja/id/vi/th (``export --format readiness-report --lang``), and the
figures of ``check --lang`` in the language's number convention (issue 14's rule: nothing a reader of that
language misreads)."""

from __future__ import annotations

import re
import shutil
import subprocess
import typing
from decimal import Decimal
from pathlib import Path

import pytest

from tests.test_readiness_eval import FLAWS, strong
from wizard import fields, projectfile, readiness, resources
from wizard.cli import main
from wizard.export import ExportError, ExportOptions, check_options, render_html
from wizard.export.readiness_report import ReportWords, page_css
from wizard.i18n.languages import TRANSLATED
from wizard.money import format_money
from wizard.projectfile import Project
from wizard.readiness._core import figure

BY_NAME = {f.name: f for f in FLAWS}
#: Words of the English report's template: none may be left in a translated report.
ENGLISH_WORDS = ("Readiness report", "Overall readiness score", "Score by criterion", "Open findings", "How to fix",
                 "Check and field", "Blocker", "Warning")


def flawed(*names: str) -> Project:
    proposal = strong()
    for name in names:
        BY_NAME[name].mutate(proposal)
    return Project(proposal=proposal)


@pytest.fixture
def no_locale(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LANG", "C.UTF-8")


# --- the readiness report ---------------------------------------------------------------------------------


@pytest.mark.parametrize("lang", TRANSLATED)
def test_the_report_is_written_in_the_teams_language(lang: str) -> None:
    project = flawed("loses_money", "no_risk_allocation", "shares_contradict")
    project.proposal.acknowledgements = []
    html, context, _ = render_html(project, ExportOptions(format="readiness-report", language=lang))
    words = context["labels"]
    assert isinstance(words, ReportWords) and words.missing == set(), words.missing
    assert f'<html lang="{lang}">' in html
    body = re.sub(r"<[^>]+>", " ", html)
    for english in ENGLISH_WORDS:
        assert english not in body, (lang, english)
    english = readiness.assess(project.proposal)
    said = readiness.localise(english, lang)
    assert context["assessment"]["score"] == str(english.score)  # the same judgement, other words
    ordered = sorted(said.findings, key=lambda f: ({"blocker": 0, "warning": 1, "tip": 2}[f.severity], -f.points))
    rows = context["assessment"]["open"]
    assert [(r["message"], r["field"]) for r in rows] == [(f.message, fields.title(f.field, lang)) for f in ordered]
    assert any(r["field"].startswith(fields.title("risks", lang) + fields.TITLE_SEPARATOR) for r in rows)
    assert all(r["field"] != fields.title(f.field) for r, f in zip(rows, ordered))  # not the English titles
    assert context["page_css"].startswith("@page { @bottom-right { content: ")


def test_the_english_report_is_unchanged() -> None:
    html, context, _ = render_html(flawed("loses_money"), ExportOptions(format="readiness-report"))
    assert '<html lang="en">' in html and "Open findings and how to fix them" in html
    assert "page_css" not in context and not isinstance(context["labels"], ReportWords)


def test_an_untitled_proposal_is_named_in_the_language() -> None:
    project = flawed()
    project.proposal.meta.project_name = ""
    _, context, _ = render_html(project, ExportOptions(format="readiness-report", language="ja"))
    assert context["project_name"] == readiness.catalogue("ja").say("untitled") == context["meta"]["title"]


def test_the_page_number_in_each_language() -> None:
    assert page_css(ReportWords("ja")) == '@page { @bottom-right { content: counter(page) " / " counter(pages) "ページ"; } }\n'
    assert page_css(ReportWords("id")) == ('@page { @bottom-right { content: "Halaman " counter(page) " dari " '
                                           'counter(pages); } }\n')


def test_options_refuse_a_language_where_it_does_not_apply() -> None:
    for options, words in ((ExportOptions(format="deck", language="ja"), "readiness report only"),
                           (ExportOptions(format="leave-behind", language="vi"), "readiness report only"),
                           (ExportOptions(format="readiness-report", language="km"), "not written in 'km'"),
                           (ExportOptions(format="readiness-report", language="ja", labels="en+ja"), "own words")):
        with pytest.raises(ExportError, match=words):
            check_options(options)
    check_options(ExportOptions(format="readiness-report", language="th"))


def test_the_command_line_refuses_a_language_it_does_not_speak(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = projectfile.save(flawed(), tmp_path / "p.citypitch")
    assert main(["export", str(path), "--format", "readiness-report", "--lang", "xx", "-o", str(tmp_path / "r.pdf")]) == 2
    assert "'xx' is not a language CityPitch knows" in capsys.readouterr().err
    assert main(["export", str(path), "--lang", "ja", "-o", str(tmp_path / "d.pdf")]) == 2
    assert "readiness report only" in capsys.readouterr().err
    assert not (tmp_path / "r.pdf").exists() and not (tmp_path / "d.pdf").exists()


def _pdf_text(path: Path) -> str:
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True).stdout


@pytest.mark.slow
@pytest.mark.skipif(not all(shutil.which(t) for t in ("pdftotext", "pdffonts", "mutool")), reason="poppler and MuPDF")
@pytest.mark.parametrize(("lang", "font", "title"), [("ja", "Noto-Sans-CJK-JP", "投資準備度レポート"),
                                                     ("th", "Noto-Sans-Thai", "รายงานความพร้อมด้านการลงทุน"),
                                                     ("vi", "Inter", "Báo cáo mức độ sẵn sàng đầu tư")])
def test_the_report_pdf_in_japanese_thai_and_vietnamese(lang: str, font: str, title: str, tmp_path: Path,
                                                        capsys: pytest.CaptureFixture[str]) -> None:
    path = projectfile.save(flawed("loses_money", "no_risk_allocation"), tmp_path / "p.citypitch")
    out = tmp_path / f"report-{lang}.pdf"
    assert main(["export", str(path), "--format", "readiness-report", "--lang", lang, "-o", str(out)]) == 0
    fonts = subprocess.run(["pdffonts", str(out)], capture_output=True, text=True, check=True).stdout
    embedded = [line.split()[0].split("+")[-1] for line in fonts.splitlines()[2:] if line.split()[-5] == "yes"]
    assert font in embedded and len(embedded) == len(fonts.splitlines()[2:]), fonts
    drawn = subprocess.run(["mutool", "draw", "-N", "-o", str(tmp_path / "page-%d.png"), "-r", "40", str(out)],
                           capture_output=True, text=True)
    assert drawn.returncode == 0 and "error" not in drawn.stderr.lower(), drawn.stderr
    text = _pdf_text(out)
    assert title in text and "Readiness report" not in text
    said = readiness.localise(readiness.assess(projectfile.load(path).proposal), lang)
    gate = next(f for f in said.findings if f.rule == "returns.npv_negative")
    assert "".join(gate.title.split()) in "".join(text.split())


# --- numbers in check --lang ------------------------------------------------------------------------------


def test_a_figure_is_written_in_the_languages_convention() -> None:
    assert figure("190,000", "vi") == "190.000" and figure("190,000", "id") == "190.000"
    assert figure("190,000", "ja") == "190,000" and figure("190,000", "th") == "190,000"
    assert figure("1.30x", "vi") == "1,30x" and figure("12.5%", "id") == "12,5%" and figure("-1.4%", "vi") == "-1,4%"
    assert figure("2031", "vi") == "2031" and figure("14", "id") == "14"  # years and small counts read the same
    assert figure("190,000", "en") == "190,000" and figure("Phase 2", "vi") == "Phase 2"


def test_findings_write_figures_and_amounts_the_readers_way() -> None:
    english = readiness.assess(flawed("shares_add_to_110", "loses_money").proposal)
    shares = next(f for f in english.findings if f.rule == "funding.shares_not_100")
    assert "56.7%" in shares.message
    npv = next(f for f in english.findings if f.rule == "returns.npv_negative")
    amount = typing.cast(typing.Any, dict(npv.params)["npv"]).values[0][1]
    for lang in ("vi", "id"):
        said = readiness.localise(english, lang)
        message = next(f for f in said.findings if f.rule == "funding.shares_not_100").message
        assert "56,7%" in message and "56.7%" not in message, message
        npv_said = next(f for f in said.findings if f.rule == "returns.npv_negative").message
        assert format_money(amount, "PHP", lang, compact=True) in npv_said
    ja = next(f for f in readiness.localise(english, "ja").findings if f.rule == "returns.npv_negative").message
    assert format_money(amount, "PHP", "ja", compact=True) in ja and "億" in ja
    assert readiness.localise(readiness.localise(english, "vi"), "en") == english


@pytest.mark.parametrize("lang", ["vi", "id"])
def test_check_prints_the_financial_case_in_the_languages_convention(lang: str, capsys: pytest.CaptureFixture[str],
                                                                      no_locale: None) -> None:
    path = resources.sample_path("lumara-transit")
    analysis = __import__("wizard.analysis", fromlist=["analyse"]).analyse(projectfile.load(path).proposal)
    fin = analysis.finance
    assert main(["check", str(path), "--lang", lang]) == 0
    out = capsys.readouterr().out
    assert format_money(fin.npv, fin.currency, lang, compact=True) in out
    rate = f"{Decimal(fin.discount_rate_pct):.1f}".replace(".", ",")
    assert f"{rate}%" in out and f"{Decimal(fin.discount_rate_pct):.1f}%" not in out
    payback = f"{Decimal(str(fin.payback_years)):.1f}".replace(".", ",")
    assert payback in out


def test_the_field_of_a_finding_is_named_in_the_language(capsys: pytest.CaptureFixture[str], no_locale: None,
                                                         tmp_path: Path) -> None:
    project = flawed("nothing_committed")
    path = projectfile.save(project, tmp_path / "p.citypitch")
    main(["check", str(path), "--lang", "ja"])
    out = capsys.readouterr().out
    assert "財務分析 › 資金源 (finance.funding)" in out and "Financial case › Funding sources" not in out
    main(["check", str(path), "--lang", "ja", "--json"])
    data = __import__("json").loads(capsys.readouterr().out)
    funding = next(f for f in data["findings"] if f["field"] == "finance.funding")
    assert funding["field_title"] == "財務分析 › 資金源"


# --- words a check puts into a message --------------------------------------------------------------------


def test_a_country_fields_and_scripts_inside_messages_are_said_in_the_language() -> None:
    from wizard import textcheck

    assert readiness.catalogue().phrases["covered_scripts"] == textcheck.COVERED_SCRIPTS
    english = readiness.assess(flawed("low_discount_rate", "emoji_in_vision").proposal)
    low = next(f for f in english.findings if f.rule == "returns.discount_rate_low")
    undrawable = next(f for f in english.findings if f.rule == "writing.undrawable")
    assert "the Philippines" in low.message and "emoji" in undrawable.message
    assert fields.title(undrawable.field) in undrawable.message
    ja = readiness.localise(english, "ja")
    low_ja = next(f for f in ja.findings if f.rule == "returns.discount_rate_low")
    undrawable_ja = next(f for f in ja.findings if f.rule == "writing.undrawable")
    assert "フィリピン" in low_ja.message and "Philippines" not in low_ja.message
    assert fields.title(undrawable.field, "ja") in undrawable_ja.message and "絵文字" in undrawable_ja.message
    assert "ラテン文字" in undrawable_ja.fix and "Latin" not in undrawable_ja.fix
    assert readiness.localise(ja, "en") == english


def test_rows_named_inside_a_message_are_said_in_the_language() -> None:
    from wizard.readiness._rules import rows_text

    assert rows_text([1, 3, 6]) == "rows 2, 4 and 7" and rows_text([0]) == "row 1"
    english = readiness.assess(flawed("no_cost_of_equity", "no_lenders_minimum").proposal)
    for lang in TRANSLATED:
        for finding in readiness.localise(english, lang).findings:
            assert not re.search(r"\brows? \d", finding.message), (lang, finding.rule, finding.message)


def test_a_service_a_phase_and_years_inside_messages_are_said_in_the_language() -> None:
    proposal = strong()
    last = proposal.roadmap.phases[-1]
    last.start_year, last.end_year, last.name = 2045, 2046, ""  # a phase with no capex in its years, and no name
    for line in proposal.finance.lines:
        if line.rev_user_fees:
            line.rev_user_fees *= 200  # fees no household could pay
    english = readiness.assess(proposal)
    fees = next(f for f in english.findings if f.rule == "returns.user_fees_unaffordable")
    years = next(f for f in english.findings if f.rule == "digital.phase_years_vs_capex")
    assert fees.message.endswith("usually pay for transport.") and "'phase 4' runs 2045-2046" in years.message
    ja = readiness.localise(english, "ja")
    assert "世帯が交通に" in next(f for f in ja.findings if f.rule == fees.rule).message
    said = next(f for f in ja.findings if f.rule == years.rule).message
    assert "「第4段階」は2045～2046年" in said and "phase" not in said and "runs" not in said
    vi = next(f for f in readiness.localise(english, "vi").findings if f.rule == fees.rule).message
    assert "410.000" in vi and "453,9%" in vi and "transport" not in vi
    assert readiness.localise(ja, "en") == english
