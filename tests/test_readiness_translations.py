"""The readiness rules' translations (resources/guidance/readiness.<lang>.json, wizard/i18n/readiness.py).

No language has a file yet (the English is being reworded, issue 12); these tests hold any file that is
added to being complete, and prove the checker and the loader on translations made here."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest

from wizard.i18n import glossary
from wizard.i18n import readiness as rt
from wizard.i18n.data import read_json
from wizard.i18n.languages import BY_CODE
from wizard.resources import guidance_dir

RAW: dict[str, Any] = read_json(guidance_dir() / "readiness.json")
ENGLISH = rt.english_texts(RAW)


def test_every_rule_gate_criterion_and_band_has_its_english() -> None:
    rule_ids = {rid for c in RAW["criteria"] for ch in c["checks"] for rid in ch["rules"]}
    assert set(ENGLISH["rules"]) == rule_ids and len(rule_ids) > 100
    assert set(ENGLISH["gates"]) == {g["id"] for g in RAW["gates"]}
    assert set(ENGLISH["criteria"]) == {c["id"] for c in RAW["criteria"]}
    assert set(ENGLISH["bands"]) == {"ready", "close", "not_ready"}
    assert set(ENGLISH["finance_fixes"]) == set(RAW["finance_fixes"])
    assert set(ENGLISH["next"]) == set(RAW["bands"]["next"]) >= {"one_gate", "gates", "need_other_top_other"}
    assert {g for g, e in ENGLISH["gates"].items() if "not_applicable" in e} == {
        g["id"] for g in RAW["gates"] if g.get("not_applicable")}
    for kind, entries in ENGLISH.items():
        for entry_id, entry in entries.items():
            optional = {"not_applicable"} if kind == "gates" else set()
            assert set(rt.KEYS[kind]) - optional <= set(entry) <= set(rt.KEYS[kind]), f"{kind}/{entry_id}: {sorted(entry)}"


def test_shipped_translations_are_complete() -> None:
    """Every readiness.<lang>.json present is complete, keeps placeholders and uses the glossary."""
    gloss = glossary.load()
    for lang in rt.languages():
        assert lang in BY_CODE and BY_CODE[lang].shipped, lang
        path = guidance_dir() / f"readiness.{lang}.json"
        data = read_json(path)
        found = rt.problems(ENGLISH, data, lang)
        for kind, entries in ENGLISH.items():
            for entry_id, entry in entries.items():
                for key, source in entry.items():
                    ours = data.get(kind, {}).get(entry_id, {}).get(key, "")
                    words = re.sub(r"\{\w*\}", "", source)  # '{band}' is a placeholder, not the word 'band'
                    for term in gloss.terms.values():
                        if lang in term.entries and term.mentioned_in(words) and not term.used_in(ours, lang):
                            found.append(f"/{kind}/{entry_id}/{key}: use {term.forms(lang)}")
        assert not found, f"{path.name}:\n" + "\n".join(found)


def _complete_copy() -> dict[str, Any]:
    """A 'translation' of every text (marked, placeholders kept), to prove the checker passes a good file."""
    return {"version": 1, **{kind: {i: {k: f"［訳］{v}" for k, v in e.items()} for i, e in entries.items()}
                             for kind, entries in ENGLISH.items()}}


def test_checker_passes_a_complete_file_and_names_each_fault() -> None:
    good = _complete_copy()
    assert rt.problems(ENGLISH, good, "ja") == []
    bad = json.loads(json.dumps(good))
    rule_id = next(i for i, e in ENGLISH["rules"].items() if rt.placeholders(e["message"]))
    del bad["rules"]["vision.no_statement"]["fix"]
    bad["rules"][rule_id]["message"] = "［訳］数値なし"
    bad["rules"]["no.such.rule"] = {"title": "x"}
    gate = next(iter(ENGLISH["gates"]))
    bad["gates"][gate]["passed"] = ENGLISH["gates"][gate]["passed"]
    bad["criteria"][next(iter(ENGLISH["criteria"]))]["asks"] = "{unclosed"
    bad["extra"] = {}
    found = "\n".join(rt.problems(ENGLISH, bad, "ja"))
    assert "/rules/vision.no_statement/fix: missing" in found
    assert f"/rules/{rule_id}/message: placeholders" in found
    assert "/rules/no.such.rule: no such id" in found
    assert "still English" in found
    assert "broken braces" in found
    assert "/extra: not a kind" in found


def test_loader_falls_back_text_by_text(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import shutil

    shutil.copy(guidance_dir() / "readiness.json", tmp_path / "readiness.json")
    (tmp_path / "readiness.ms.json").write_text(json.dumps(
        {"version": 1, "rules": {"vision.no_number": {"fix": "Letakkan sekurang-kurangnya satu angka."}},
         "bands": {"ready": {"title": "Sedia"}}}), encoding="utf-8")
    monkeypatch.setattr(rt, "guidance_dir", lambda: tmp_path)
    rt.texts.cache_clear()
    rt._english.cache_clear()
    try:
        assert rt.languages() == ("ms",)
        assert rt.text("rules", "vision.no_number", "fix", "ms") == "Letakkan sekurang-kurangnya satu angka."
        assert rt.text("rules", "vision.no_number", "title", "ms") == ENGLISH["rules"]["vision.no_number"]["title"]
        assert rt.text("bands", "ready", "title", "ms") == "Sedia"
        assert rt.texts("th") == rt.texts("en")  # no file: English
        pseudo_title = rt.text("bands", "close", "title", "en-XA")
        assert pseudo_title.startswith("[") and "Ç" in pseudo_title
    finally:
        rt.texts.cache_clear()
        rt._english.cache_clear()
