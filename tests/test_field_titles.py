"""One source of field titles (issue 20): :func:`wizard.fields.title` in English and in every shipped
language, with the translations as data (``resources/i18n/fields.<lang>.json``), and one walk over the
proposal's text (:func:`wizard.fields.texts`)."""

from __future__ import annotations

import re

import pytest

from wizard import fields, paths, resources
from wizard.errors import describe_location
from wizard.export import readiness_report
from wizard.export import languages as export_languages
from wizard.i18n import glossary
from wizard.i18n.data import i18n_dir, language_files, read_json
from wizard.i18n.languages import TRANSLATED
from wizard.model import Proposal
from wizard.projectfile import load
from wizard.readiness import _core

FILES = language_files(i18n_dir(), "fields")


def test_every_shipped_language_has_a_file_and_no_other_does() -> None:
    assert set(FILES) == set(TRANSLATED) == {"ja", "id", "vi", "th"}


@pytest.mark.parametrize("lang", TRANSLATED)
def test_every_field_with_a_title_is_translated(lang: str) -> None:
    data = read_json(FILES[lang])
    titles = data["fields"]
    specs = fields.all_specs()
    missing = [p for p in specs if not isinstance(titles.get(p), str) or not titles[p].strip()]
    assert not missing, f"fields.{lang}.json lacks: {missing}"
    assert not set(titles) - set(specs), f"fields.{lang}.json names fields the model lacks: {set(titles) - set(specs)}"
    assert "{n}" in data["row"] and data["whole"].strip()
    # Not the English left in place (names and acronyms such as "KPI", "Logo" may stay).
    english_left = [p for p, t in titles.items() if t == specs[p].title and re.search(r"[a-z]{3,} [a-z]{3,}", t)]
    assert not english_left, english_left
    # No keyboard mnemonic carried over from the forms ("事業名(P)").
    assert not [t for t in titles.values() if re.search(r"\((?:&)?[A-Z]\)$|&\w", t)]


@pytest.mark.parametrize("lang", TRANSLATED)
def test_titles_use_the_glossary(lang: str) -> None:
    gloss = glossary.load()
    titles = read_json(FILES[lang])["fields"]
    found = []
    for pattern, spec in fields.all_specs().items():
        for term in gloss.terms.values():
            if lang in term.entries and term.mentioned_in(spec.title) and not term.used_in(titles[pattern], lang):
                found.append(f"{pattern} ({spec.title!r} -> {titles[pattern]!r}): use {term.forms(lang)}")
    assert not found, "\n".join(found)


@pytest.mark.parametrize("lang", TRANSLATED)
def test_sections_named_like_a_step_use_the_steps_title(lang: str) -> None:
    from wizard.steps import STEPS

    gloss = glossary.load()
    by_english = {s.title: s.id for s in STEPS}
    for pattern, spec in fields.all_specs().items():
        if "." not in pattern and spec.title in by_english:
            assert fields.title(pattern, lang) == gloss.step_title(by_english[spec.title], lang), pattern


def test_english_titles_are_the_models() -> None:
    for path in [*fields.all_specs(), "problem.kpis[2].baseline", "risks[0]", "finance.lines[3].capex", "problem.nope",
                 "nope.x[2].y"]:
        assert fields.title(path) == describe_location(paths.parse(path))[0], path
    assert fields.title("finance.funding") == "Financial case › Funding sources"
    assert fields.title("risks[0].mitigation") == "Risks › row 1 › Mitigation"
    assert fields.title("") == "Proposal"
    assert fields.title("not a path!") == "not a path!"


def test_titles_in_each_language() -> None:
    assert fields.title("finance.funding", "ja") == "財務分析 › 資金源"
    assert fields.title("risks[0].mitigation", "ja") == "リスク › 1行目 › 軽減策"
    assert fields.title("risks[0].mitigation", "id") == "Risiko › baris 1 › Mitigasi"
    assert fields.title("risks[1].bearer", "vi") == "Rủi ro › hàng 2 › Bên chịu rủi ro"
    assert fields.title("finance.funding", "th") == "การวิเคราะห์ทางการเงิน › แหล่งเงินทุน"
    assert fields.title("problem.nope", "ja") == "課題 › nope"
    pseudo = fields.title("finance.funding", "en-XA")
    assert pseudo != fields.title("finance.funding") and " › " in pseudo


def test_a_language_without_a_file_falls_back_to_english_title_by_title() -> None:
    assert fields.title("risks[0].mitigation", "km") == "Risks › row 1 › Mitigation"


@pytest.mark.parametrize("lang", ["en", *TRANSLATED])
def test_every_caller_names_fields_through_the_one_function(lang: str) -> None:
    for path in ("finance.funding", "problem.kpis[2].baseline", "risks"):
        expected = fields.title(path, lang)
        assert _core.field_title(path, lang) == expected
        assert readiness_report.field_title(path, lang) == expected
        assert export_languages.field_title(path, lang) == expected


def test_the_walk_over_text() -> None:
    proposal = load(resources.sample_path("lumara-transit")).proposal
    every = list(fields.texts(proposal))
    assert ("meta.project_name", proposal.meta.project_name) in every
    assert any(path.startswith("risks[0].") for path, _ in every)
    assert any(text == "" for _, text in every)  # blanks too, without patterns
    chosen = list(fields.texts(proposal, {"risks.mitigation", "problem.statement"}))
    assert [p for p, _ in chosen] == ["problem.statement", *(f"risks[{i}].mitigation" for i, r in
                                                             enumerate(proposal.risks) if r.mitigation.strip())]
    assert list(export_languages.field_texts(proposal, ["problem.statement"])) == chosen[:1]
    empty = Proposal()
    assert list(fields.texts(empty, {"problem.statement"})) == []
