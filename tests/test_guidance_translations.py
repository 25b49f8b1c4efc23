"""The guidance panel's translations (resources/guidance/steps.<lang>.json), beyond mirroring the English keys
(tests/test_guidance.py): every text translated, the examples still examples of the same thing, the
glossary's terms used, each language's typography; and the loader's English fallback, text by text."""

from __future__ import annotations

import json
import re
import typing
from pathlib import Path
from typing import Any

import pytest

from wizard import guidance, paths
from wizard.i18n import glossary
from wizard.i18n.choices import member_by_label, short_label
from wizard.i18n.data import language_files, read_json, strings
from wizard.i18n.languages import BY_CODE
from wizard.model import Choice, Proposal
from wizard.resources import guidance_dir
from tests.test_guidance import ALL_PATHS, LEAF_PATHS, _concrete, _unwrap, example_value

ENGLISH: dict[str, Any] = read_json(guidance_dir() / "steps.json")
FILES = language_files(guidance_dir(), "steps")
LANGS = sorted(FILES)
YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
#: Two English words in a row: what an untranslated text still has (names are capitalised, so they pass).
ENGLISH_RUN = re.compile(r"\b[a-z]{3,} [a-z]{3,}\b")


def translation(lang: str) -> dict[str, Any]:
    return typing.cast(dict[str, Any], read_json(FILES[lang]))


def test_every_guidance_file_is_a_shipped_language() -> None:
    assert LANGS, "no guidance translation is shipped"
    for lang in LANGS:
        assert lang in BY_CODE and BY_CODE[lang].shipped, f"steps.{lang}.json: {lang} is not a shipped language"


def _typed(path: str) -> bool:
    """Whether a field's example is a value to type (a number, a date, a choice) rather than prose."""
    if path not in LEAF_PATHS:
        return False
    inner = _unwrap(ALL_PATHS[path].annotation)
    if typing.get_origin(inner) is list:
        inner = _unwrap(typing.get_args(inner)[0])
    return inner is not str and inner is not bool


@pytest.mark.parametrize("lang", LANGS)
def test_every_text_is_translated(lang: str) -> None:
    english = dict(strings(ENGLISH))
    left = []
    for where, text in strings(translation(lang)):
        if where == "/version" or text != english.get(where):
            continue
        # The same text is right only for what is not language: numbers, dates, names, addresses, files.
        if ENGLISH_RUN.search(text):
            left.append(f"{where}: {text[:70]!r}")
    assert not left, f"steps.{lang}.json still English:\n" + "\n".join(left)


@pytest.mark.parametrize("lang", LANGS)
def test_text_is_composed_unicode(lang: str) -> None:
    """NFC throughout: Vietnamese tone marks as one code point with their vowel, as fonts and search expect."""
    import unicodedata

    bad = [where for where, text in strings(translation(lang)) if unicodedata.normalize("NFC", text) != text]
    assert not bad, bad


@pytest.mark.parametrize("lang", [code for code in LANGS if code in ("ja", "th")])
def test_no_english_sentences_left_in_a_non_latin_translation(lang: str) -> None:
    left = [f"{where}: {text[:70]!r}" for where, text in strings(translation(lang))
            if re.search(r"\b[A-Za-z]{3,} [a-z]{3,} [a-z]{3,}\b", text)]
    assert not left, "\n".join(left)


@pytest.mark.parametrize("lang", LANGS)
def test_examples_stay_examples_of_the_same_thing(lang: str) -> None:
    data = translation(lang)
    for step_id, step in ENGLISH["steps"].items():
        ours = data["steps"][step_id]
        assert re.search(r"\d", ours["strong_example"]), f"{step_id}: the strong example lost its figures"
        assert ours["strong_example"] != ours["weak_example"]
        for key in ("strong_example", "weak_example"):
            # Years name the same events in every language.
            assert sorted(YEAR.findall(ours[key])) == sorted(YEAR.findall(step[key])), f"{step_id}.{key}"
    for path, entry in ENGLISH["fields"].items():
        ours = data["fields"][path]["example"]
        assert sorted(YEAR.findall(ours)) == sorted(YEAR.findall(entry["example"])), f"{path}: {ours!r}"


def _read_example(path: str, text: str, lang: str) -> Any:
    """A typed example as the model reads it; choices by their label in ``lang``."""
    inner = _unwrap(ALL_PATHS[path].annotation)
    if typing.get_origin(inner) is list:
        item = _unwrap(typing.get_args(inner)[0])
        assert isinstance(item, type) and issubclass(item, Choice)
        return [member_by_label(item, part.strip(), lang) for part in text.split(";")]
    if isinstance(inner, type) and issubclass(inner, Choice):
        return member_by_label(inner, text, lang)
    return text


@pytest.mark.parametrize("lang", ["en", *LANGS])
def test_a_drop_down_example_quotes_what_the_drop_down_shows(lang: str) -> None:
    """The terminal-value method's example quoted its full label ("Growing cash flow (perpetuity, or to the end
    of the concession)") while the drop-down shows the short one ("Growing cash flow"; the full label is its
    tooltip): the user looked for words the window does not show."""
    data = ENGLISH if lang == "en" else translation(lang)
    checked = []
    for path in ENGLISH["fields"]:
        inner = _unwrap(ALL_PATHS[path].annotation)
        if not (isinstance(inner, type) and issubclass(inner, Choice)):
            continue
        example = data["fields"][path]["example"]
        member = member_by_label(inner, example, lang)
        assert member is not None, (path, example)
        assert example == short_label(member, lang), (path, example, short_label(member, lang))
        checked.append(path)
    assert "finance.terminal_method" in checked and len(checked) >= 10, checked


@pytest.mark.parametrize("lang", LANGS)
def test_typed_examples_are_the_same_values(lang: str) -> None:
    """A typed example shows what to enter: the same number, date or choice, the choice by its label here."""
    data = translation(lang)
    checked = 0
    for path, entry in ENGLISH["fields"].items():
        if not _typed(path):
            continue
        ours = _read_example(path, data["fields"][path]["example"], lang)
        assert ours is not None and (not isinstance(ours, list) or None not in ours), (
            f"{path}: {data['fields'][path]['example']!r} is not a value (or {lang} label) of the field")
        theirs = example_value(ALL_PATHS[path], entry["example"])
        proposal_a, proposal_b = Proposal(), Proposal()
        paths.set(proposal_a, _concrete(proposal_a, path), theirs)
        paths.set(proposal_b, _concrete(proposal_b, path), ours)
        assert proposal_a == proposal_b, f"{path}: {ours!r} is not {theirs!r}"
        checked += 1
    assert checked > 60


@pytest.mark.parametrize("lang", LANGS)
def test_translations_use_the_glossary(lang: str) -> None:
    gloss = glossary.load()
    english = dict(strings(ENGLISH))
    problems = []
    for where, text in strings(translation(lang)):
        source = english.get(where, "")
        if where == "/version" or text == source:
            continue
        if where.endswith("/example") and _typed(where.split("/")[2]):
            continue  # a value to type: a choice is written with its label from choices.<lang>.json
        for term in gloss.terms.values():
            if lang in term.entries and term.mentioned_in(source) and not term.used_in(text, lang):
                problems.append(f"{where}: {term.id} -> {term.forms(lang)}")
    assert not problems, f"steps.{lang}.json:\n" + "\n".join(problems)


def test_japanese_is_polite_and_full_width() -> None:
    if "ja" not in FILES:
        pytest.skip("no Japanese guidance")
    data = translation("ja")
    texts = [(f"{p}.help", e["help"]) for p, e in data["fields"].items()]
    texts += [(f"{s}.{k}", v[k]) for s, v in data["steps"].items() for k in ("intro", "common_mistake")]
    problems = []
    for where, text in texts:
        for sentence in re.findall(r"[^。]*。", text):
            # です/ます throughout; a list may close a sentence with など, a criterion with こと.
            if not re.search(r"(です|ます|ください|ません|でした|ました|など|こと|）)。$", sentence):
                problems.append(f"{where}: {sentence[-30:]!r}")
        assert text.endswith("。"), where
        if re.search(r"[,;()]|(?<![0-9A-Za-z]):|(?<=[^\x00-\x7f])[.!?]", re.sub(r"\d[\d,.:]*|Ctrl\+Z", "", text)):
            problems.append(f"{where}: half-width punctuation in Japanese text")
    assert not problems, "\n".join(problems)


def test_loader_falls_back_to_english_text_by_text(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import shutil

    shutil.copy(guidance_dir() / "steps.json", tmp_path / "steps.json")
    partial = {"headings": {"example": "Contoh"}, "steps": {"vision": {"title": "Visi", "intro": ""}},
               "fields": {"vision.statement": {"help": "Tulis visi."}}}
    (tmp_path / "steps.ms.json").write_text(json.dumps(partial), encoding="utf-8")
    (tmp_path / "steps.fil.json").write_text("{not json", encoding="utf-8")
    monkeypatch.setattr(guidance, "guidance_dir", lambda: tmp_path)
    guidance.load.cache_clear()
    guidance._english.cache_clear()
    try:
        ms = guidance.load("ms")
        assert ms["steps"]["vision"]["title"] == "Visi"
        assert ms["steps"]["vision"]["intro"] == ENGLISH["steps"]["vision"]["intro"]  # empty: English shows
        assert ms["fields"]["vision.statement"] == {"help": "Tulis visi.",
                                                    "example": ENGLISH["fields"]["vision.statement"]["example"]}
        assert ms["headings"]["example"] == "Contoh" and ms["headings"]["strong_example"] == "A strong answer"
        assert guidance.load("fil") == guidance.load("en")  # unreadable: English, never a blank panel
        assert "Contoh" in guidance.field_html("vision.statement", "Vision", "ms")
        assert guidance.languages() == ("en", "fil", "ms")
    finally:
        guidance.load.cache_clear()
        guidance._english.cache_clear()


@pytest.mark.parametrize("lang", LANGS)
def test_panel_shows_the_language(lang: str) -> None:
    data = translation(lang)
    html = guidance.step_html("finance", "Financial case", lang)
    assert data["steps"]["finance"]["title"] in html and data["headings"]["investors_look_for"] in html
    assert "What investors look for" not in html
    field = guidance.field_html("finance.discount_rate_pct", "Discount rate (%)", lang)
    assert data["headings"]["example"] in field
