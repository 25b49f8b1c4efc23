"""Readiness in the users' languages (issue 20): ``citypitch check --lang`` and the environment's locale,
:func:`wizard.readiness.localise`, the next-band sentence, and the Review page in Japanese.

The translations themselves (complete, placeholders kept, glossary used) are held by
``tests/test_readiness_translations.py``; here the question is whether what a user reads is in the
chosen language and says the same judgement as the English."""

from __future__ import annotations

import json
import re
import typing
from pathlib import Path

import pytest

from tests.test_readiness_eval import FLAWS, strong
from wizard import projectfile, readiness, resources
from wizard.cli import main
from wizard.i18n import readiness as rt
from wizard.model import Proposal
from wizard.money import format_money
from wizard.projectfile import Project
from wizard.readiness._core import NEXT_SENTENCES, BandSpec, Finding, GateResult, catalogue, judge_band

#: Hiragana, katakana and the common CJK ideographs: a text with none of them is not Japanese.
JAPANESE = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff]")
BY_NAME = {f.name: f for f in FLAWS}
SHIPPED = rt.languages()


def flawed(*names: str) -> Proposal:
    proposal = strong()
    for name in names:
        BY_NAME[name].mutate(proposal)
    return proposal


def save(proposal: Proposal, tmp_path: Path, name: str = "flawed") -> Path:
    return projectfile.save(Project(proposal=proposal), tmp_path / f"{name}.citypitch")


@pytest.fixture
def no_locale(monkeypatch: pytest.MonkeyPatch) -> pytest.MonkeyPatch:
    """An environment that names no language (the C locale), to set one variable at a time."""
    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LANG", "C.UTF-8")
    return monkeypatch


# --- the same judgement in other words ------------------------------------------------------------------


def test_japanese_and_indonesian_are_shipped() -> None:
    assert {"ja", "id"} <= set(SHIPPED)


@pytest.mark.parametrize("lang", SHIPPED)
@pytest.mark.parametrize("flaws", [(), ("loses_money",), ("capex_40pct_unfunded", "no_horizon"),
                                   ("loses_money", "no_risk_allocation")])
def test_localise_changes_words_never_the_judgement(lang: str, flaws: tuple[str, ...]) -> None:
    proposal = flawed(*(f for f in flaws if f in BY_NAME))
    english = readiness.assess(proposal)
    other = readiness.localise(english, lang)
    assert other.lang == lang and english.lang == "en"
    assert (other.score, other.band.id, other.points_lost, other.cap) == (english.score, english.band.id,
                                                                         english.points_lost, english.cap)
    assert [(f.rule, f.field, f.points, f.severity, f.rows) for f in other.findings] == \
        [(f.rule, f.field, f.points, f.severity, f.rows) for f in english.findings]
    assert [(g.id, g.passed, g.applies, g.rules) for g in other.gates] == \
        [(g.id, g.passed, g.applies, g.rules) for g in english.gates]
    translated = rt.texts(lang)
    words = re.compile(r"[A-Za-z]{2,}")
    for f in other.findings:
        assert f.title == translated["rules"][f.rule]["title"]
        before = next(e for e in english.findings if e.rule == f.rule and e.field == f.field)
        for key in ("message", "fix"):
            template = catalogue().rules[f.rule].__getattribute__(key)
            if words.search(re.sub(r"\{\w*\}", "", template)):  # not a bare '{detail}.' from the finance package
                assert getattr(f, key) != getattr(before, key), (f.rule, key)
    for g in other.gates:
        assert g.title == translated["gates"][g.id]["title"]
    assert other.band.title == translated["bands"][other.band.id]["title"]
    assert other.band.next_step and other.band.next_step != english.band.next_step
    assert readiness.localise(other, "en") == english  # and back: the same English, text for text
    assert [f.message for f in readiness.localise(other, "en").findings] == [f.message for f in english.findings]


def test_a_finding_keeps_its_figures_in_japanese() -> None:
    english = readiness.assess(flawed("loses_money"))
    finding = next(f for f in english.findings if f.rule == "returns.npv_negative")
    japanese = next(f for f in readiness.localise(english, "ja").findings if f.rule == "returns.npv_negative")
    params = dict(finding.params)
    # The same amount, written as a Japanese reader counts it (万/億/兆, wizard.money's rule): -PHP 25.2億.
    said = format_money(params["npv"].values[0][1], "PHP", "ja", compact=True)
    assert params["npv"] == "-PHP\xa02.5bn" and said == "-PHP\xa025.2億"
    assert said in japanese.message and f"{params['rate']}%" in japanese.message
    assert JAPANESE.search(japanese.message) and JAPANESE.search(japanese.fix)


def test_capex_not_yet_entered_is_said_in_the_language() -> None:
    """A new proposal has neither funding sources nor capex: the blocker names the capex as not stated, in
    words of the reader's language (it printed the English word 'unstated' inside every translation)."""
    english = readiness.assess(Proposal())
    finding = next(f for f in english.findings if f.rule == "funding.no_sources")
    assert "the unstated amount of capex" in finding.message
    for lang in ("ja", "id", "vi", "th"):
        said = next(f for f in readiness.localise(english, lang).findings if f.rule == "funding.no_sources")
        assert "unstated" not in said.message and "{" not in said.message, (lang, said.message)
    assert "（金額未記入）" in next(f for f in readiness.localise(english, "ja").findings
                                   if f.rule == "funding.no_sources").message


def test_rows_are_named_in_the_language() -> None:
    cat = catalogue("ja")
    assert catalogue().rows([3]) == "row 3" and catalogue().rows([2, 4, 7]) == "rows 2, 4 and 7"
    assert cat.rows([3]) == "3行目"
    assert cat.rows([2, 4, 7]) == "2行目、4行目、7行目"
    assert catalogue("id").rows([2, 4, 7]) == "baris 2, 4, dan 7"


def test_a_finance_problem_gets_its_fix_in_the_language() -> None:
    english = readiness.assess(flawed("loan_cannot_be_repaid"))
    problem = next(f for f in english.findings if f.rule == "returns.finance_problem")
    code = dict(problem.params)["code"]
    japanese = next(f for f in readiness.localise(english, "ja").findings if f.rule == "returns.finance_problem")
    assert japanese.fix == rt.texts("ja")["finance_fixes"][code]["fix"]


# --- the sentence on what stands before the next band --------------------------------------------------


def _finding(rule: str, title: str, points: int) -> Finding:
    return Finding(rule=rule, severity="warning", criterion="vision", field="vision.statement", message="m",
                   fix="f", points=points, full_points=points, title=title)


def _gate(gate_id: str, title: str, passed: bool) -> GateResult:
    return GateResult(gate_id, title, passed, True, "", "", "")


def test_every_case_of_the_next_band_sentence_is_whole_in_english_and_japanese() -> None:
    english, japanese = catalogue(), catalogue("ja")
    levels = english.bands
    assert [b.id for b in levels] == ["ready", "close", "not_ready"] and isinstance(levels[0], BandSpec)
    cases: list[tuple[int, list[GateResult], list[Finding], str]] = [
        (40, [_gate("a", "Gate A", False)], [], "One deal-breaker stands before everything else: the gate 'Gate A' "
                                                 "fails; its fix comes first."),
        (40, [_gate("a", "Gate A", False), _gate("b", "Gate B", False), _gate("c", "Gate C", False)], [],
         "3 deal-breakers stand before everything else: the gates 'Gate A', 'Gate B' and 'Gate C' fail."),
        (100, [], [], "Nothing stands in the way: no gate fails and no finding remains."),
        (90, [], [_finding("x.a", "A", 10)], "No gate fails; the open findings together cost 10 points, none of them "
                                             "a deal-breaker."),
        (84, [], [_finding("x.a", "A", 1)], "1 more point to reach Ready; the finding that costs most: 'A' (1 point)."),
        (80, [], [_finding("x.a", "A", 3), _finding("x.b", "B", 2)],
         "5 more points to reach Ready; the findings that cost most: 'A' (3 points) and 'B' (2 points)."),
        (69, [], [], "1 more point to reach Close."),
    ]
    for score, gates, findings, sentence in cases:
        assert judge_band(english, score, gates, findings).next_step == sentence
        said = judge_band(japanese, score, gates, findings).next_step
        assert JAPANESE.search(said) and "more point" not in said and "deal-breaker" not in said, said
    many = judge_band(japanese, 40, cases[1][1], []).next_step
    assert "「Gate A」、「Gate B」、「Gate C」" in many and "3件" in many
    close = judge_band(japanese, 80, [], cases[5][2]).next_step
    assert close == "「準備完了」まであと5点です。減点の大きい指摘：「A」（3点）と「B」（2点）。"


def test_the_shipped_file_holds_every_next_band_sentence() -> None:
    assert set(catalogue().sentences) == set(NEXT_SENTENCES)
    assert catalogue().sentences == NEXT_SENTENCES  # the code's fallback is the file's English


# --- citypitch check --------------------------------------------------------------------------------------


def test_check_lang_ja_prints_japanese(tmp_path: Path, capsys: pytest.CaptureFixture[str], no_locale: pytest.MonkeyPatch) -> None:
    path = save(flawed("loses_money", "no_horizon"), tmp_path)
    english_status = main(["check", str(path)])
    english = capsys.readouterr().out
    assert main(["check", str(path), "--lang", "ja"]) == english_status == 1
    out = capsys.readouterr().out
    result = readiness.localise(readiness.assess(flawed("loses_money", "no_horizon")), "ja")
    assert out.startswith("投資家から見た投資準備度：") and "総合スコア" in out
    flat = "".join(out.split())  # wrapped lines joined, spaces (and the amounts' no-break spaces) dropped
    assert "".join(result.band.next_step.split()) in flat
    for finding in result.findings:
        assert "".join(finding.message.split()) in flat
    for gate in result.gates:
        assert gate.title in out
    for word in ("Overall score", "Fix:", "BLOCKED", "Investor gates", "Findings:", "deal-breaker"):
        assert word in english and word not in out, word
    # No line is wider than the report's 96 columns (a Japanese character takes two).
    widths = [sum(2 if re.match(r"[\u3000-\u30ff\u4e00-\u9fff\uff00-\uffef]", ch) else 1 for ch in line)
              for line in out.splitlines()]
    assert max(widths) <= 96 + 2  # a closing mark may hang one character past the edge


def test_the_global_lang_option_works_for_check(tmp_path: Path, capsys: pytest.CaptureFixture[str], no_locale: pytest.MonkeyPatch) -> None:
    path = save(flawed("loses_money"), tmp_path)
    main(["--lang", "id", "check", str(path)])
    assert "Kesiapan investasi bagi investor" in capsys.readouterr().out


def test_check_json_keeps_ids_and_figures_in_every_language(tmp_path: Path, capsys: pytest.CaptureFixture[str], no_locale: pytest.MonkeyPatch) -> None:
    path = save(flawed("capex_40pct_unfunded", "no_horizon"), tmp_path)
    main(["check", str(path), "--json"])
    english = json.loads(capsys.readouterr().out)
    main(["check", str(path), "--json", "--lang", "ja"])
    japanese = json.loads(capsys.readouterr().out)
    assert (english["lang"], japanese["lang"]) == ("en", "ja")

    def skeleton(data: dict[str, typing.Any]) -> dict[str, typing.Any]:
        return {
            "score": data["score"], "band": data["band"]["id"], "breakdown": data["score_breakdown"],
            "gates": [(g["id"], g["passed"], g["applies"], g["field"], g["rules"]) for g in data["gates"]],
            "findings": [(f["rule"], f["field"], f["fields"], f["rows"], f["points"], f["severity"], f["tier"])
                         for f in data["findings"]],
            "criteria": [(c["id"], c["score"], c["points_lost"]) for c in data["criteria"]],
            "financials": {k: v for k, v in data["financials"].items() if k != "funding_position"},
        }

    assert skeleton(english) == skeleton(japanese)
    assert japanese["financials"]["funding_position"]["committed"] == english["financials"]["funding_position"]["committed"]
    assert all(JAPANESE.search(f["message"]) and JAPANESE.search(f["title"]) for f in japanese["findings"])
    assert JAPANESE.search(japanese["band"]["next"]) and JAPANESE.search(japanese["band"]["title"])


@pytest.mark.parametrize(("variables", "expected"), [
    ({"LANG": "ja_JP.UTF-8"}, "ja"),
    ({"LC_MESSAGES": "id_ID.UTF-8", "LANG": "ja_JP.UTF-8"}, "id"),
    ({"LC_ALL": "ja_JP.UTF-8", "LC_MESSAGES": "id_ID.UTF-8", "LANG": "id_ID.UTF-8"}, "ja"),
    ({"LANG": "fr_FR.UTF-8"}, "en"),  # a language CityPitch does not ship: English
    ({"LANG": "ms_MY.UTF-8"}, "en"),  # planned, not translated yet: English
    ({"LANG": "C"}, "en"),
])
def test_check_follows_the_environments_locale(variables: dict[str, str], expected: str, tmp_path: Path,
                                               capsys: pytest.CaptureFixture[str], no_locale: pytest.MonkeyPatch) -> None:
    for name, value in variables.items():
        no_locale.setenv(name, value)
    path = save(flawed("loses_money"), tmp_path)
    main(["check", str(path), "--json"])
    assert json.loads(capsys.readouterr().out)["lang"] == expected


def test_check_refuses_a_language_it_does_not_speak(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = save(flawed(), tmp_path)
    assert main(["check", str(path), "--lang", "xx"]) == 2
    err = capsys.readouterr().err
    assert "'xx' is not a language CityPitch knows" in err and "choose one of" in err
    assert main(["check", str(path), "--lang", "km"]) == 2
    assert "is not translated yet" in capsys.readouterr().err


@pytest.mark.parametrize("name", resources.sample_names())
def test_samples_read_in_every_shipped_language(name: str, capsys: pytest.CaptureFixture[str], no_locale: pytest.MonkeyPatch) -> None:
    for lang in SHIPPED:
        assert main(["check", str(resources.sample_path(name)), "--lang", lang]) == 0
        out = capsys.readouterr().out
        assert "Overall score" not in out and "Nothing to fix." not in out


@pytest.mark.parametrize(("flaw", "rule"), [("loan_cannot_be_repaid", "returns.dscr_below_one"),
                                            ("debt_cover_below_covenant", "returns.dscr_below_minimum"),
                                            ("debt_cover_just_under", "returns.dscr_below_minimum"),
                                            ("runaway_growth", "returns.revenue_growth_implausible")])
def test_words_a_check_puts_into_a_message_are_said_in_the_language(flaw: str, rule: str) -> None:
    english = readiness.assess(flawed(flaw))
    assert any(isinstance(v, readiness.Phrase) for f in english.findings if f.rule == rule for _, v in f.params)
    for lang in SHIPPED:
        finding = next(f for f in readiness.localise(english, lang).findings if f.rule == rule)
        words = set(re.findall(r"[A-Za-z]{4,}", finding.message)) - {"DSCR"}
        assert not words & {"lenders", "project", "covers", "debt", "service", "loans", "granted", "usually",
                            "revenue", "availability", "economy", "grows"}, (lang, finding.message)


def test_a_city_without_name_or_country_is_said_whole() -> None:
    proposal = strong()
    proposal.city.name = ""
    proposal.city.country = None
    english = readiness.assess(proposal)
    said = {f.message for f in english.findings if f.rule == "evidence.no_city_identity"}
    assert said == {"The city's name and country are not given."}
    assert {f.message for f in readiness.localise(english, "ja").findings if f.rule == "evidence.no_city_identity"} == \
        {"都市の名称と国が入力されていません。"}
    assert {f.message for f in readiness.localise(english, "id").findings if f.rule == "evidence.no_city_identity"} == \
        {"Nama dan negara kota belum diisi."}


def test_a_list_of_phrases_is_said_again_item_by_item() -> None:
    proposal = strong()
    proposal.japan.exit_strategy = "The investors will think about how to leave the company."
    english = readiness.assess(proposal)
    vague = next(f for f in english.findings if f.rule == "japan.exit_vague")
    assert "no mechanism (a sale, put and call options, a listing)" in vague.message and "no year" in vague.message
    ja = next(f for f in readiness.localise(english, "ja").findings if f.rule == "japan.exit_vague")
    assert ja.message.startswith("出口戦略に売却の仕組み（売却、プット・コール・オプション、上場）") and "時期" in ja.message
    said = next(f for f in readiness.localise(english, "id").findings if f.rule == "japan.exit_vague")
    assert said.message.startswith("Strategi divestasi tidak menyebutkan mekanisme (penjualan")
    assert " dan tahun" in said.message or ", dan tahun" in said.message


def test_a_choice_inside_a_message_takes_the_languages_label() -> None:
    from wizard.i18n import choices
    from wizard.model import RiskBearer

    proposal = strong()
    for risk in proposal.risks:
        risk.bearer = RiskBearer.CITY
    english = readiness.assess(proposal)
    assert any(f.rule == "risks.single_bearer" and "(City government)" in f.message for f in english.findings)
    ja = next(f for f in readiness.localise(english, "ja").findings if f.rule == "risks.single_bearer")
    assert f"（{choices.label(RiskBearer.CITY, 'ja')}）" in ja.message and "City" not in ja.message
