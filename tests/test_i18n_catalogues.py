"""The Qt Linguist catalogues (resources/i18n/citypitch_<lang>.ts and .qm): current with the sources,
complete in every shipped language, and faithful to what a program reads (mnemonics, placeholders)."""

from __future__ import annotations

import re
import shutil
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from wizard.i18n import catalogues, glossary
from wizard.i18n.data import i18n_dir
from wizard.i18n.languages import TRANSLATED
from wizard.i18n.pseudo import protected_tokens


def messages(path: Path) -> list[tuple[str, str, ET.Element]]:
    """(context, source, translation element) of every message in a ``.ts``."""
    root = ET.parse(path).getroot()
    return [(ctx.findtext("name") or "", msg.findtext("source") or "", msg.find("translation"))  # type: ignore[misc]
            for ctx in root.iter("context") for msg in ctx.iter("message")]


@pytest.fixture(scope="module")
def fresh(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Every catalogue regenerated from the sources into a temporary folder (the shipped .ts as its start)."""
    folder = tmp_path_factory.mktemp("catalogues")
    for lang in TRANSLATED:
        shutil.copy(catalogues.ts_path(lang), catalogues.ts_path(lang, folder))
    catalogues.refresh(TRANSLATED, folder)
    return folder


@pytest.mark.parametrize("lang", TRANSLATED)
def test_ts_is_current_with_the_forms_and_modules(fresh: Path, lang: str) -> None:
    shipped = catalogues.ts_path(lang).read_text(encoding="utf-8")
    assert catalogues.ts_path(lang, fresh).read_text(encoding="utf-8") == shipped, (
        f"citypitch_{lang}.ts is stale: run `make i18n` and translate what it adds")


@pytest.mark.parametrize("lang", TRANSLATED)
def test_qm_is_built_from_the_ts(fresh: Path, lang: str) -> None:
    assert catalogues.qm_path(lang).read_bytes() == catalogues.qm_path(lang, fresh).read_bytes(), (
        f"citypitch_{lang}.qm is stale: run `make i18n`")


def test_catalogues_hold_the_forms_strings() -> None:
    sources = {source for _, source, _ in messages(catalogues.ts_path("ja"))}
    # A label with its mnemonic, a placeholder text and a page heading from three different forms.
    assert {"&City", "YYYY-MM-DD", "Financial case"} <= sources
    assert len(sources) > 250


def _mnemonic(text: str) -> str | None:
    match = re.search(r"&([^&\s])", text)
    return match.group(1).lower() if match else None


@pytest.mark.parametrize("lang", TRANSLATED)
def test_every_string_is_translated_and_keeps_what_programs_read(lang: str) -> None:
    problems: list[str] = []
    for context, source, translation in messages(catalogues.ts_path(lang)):
        text = translation.text or ""
        where = f"{context}: {source!r}"
        if translation.get("type") in ("unfinished", "vanished", "obsolete") or not text.strip():
            problems.append(f"{where}: not translated")
            continue
        if _mnemonic(source) != _mnemonic(text):
            problems.append(f"{where}: the mnemonic (Alt+{_mnemonic(source)}) is lost in {text!r}")
        strip = [t for t in protected_tokens(source) if not t.startswith("&")]
        kept = [t for t in protected_tokens(text) if not t.startswith("&")]
        if sorted(strip) != sorted(kept):
            problems.append(f"{where}: placeholders {strip} became {kept}")
        # A pattern of only placeholders and punctuation ("%1 (%2)", "%1, %2") has no words to translate.
        wordless = not re.search(r"[^\W\d_]", re.sub(r"%\d+", "", source))
        if text == source and not wordless and not re.fullmatch(r"[A-Z0-9. \-]+|YYYY-MM-DD|Logo", source.replace("&", "")):
            problems.append(f"{where}: still English")
        if text != text.strip() or "  " in text:
            problems.append(f"{where}: stray spaces in {text!r}")
    assert not problems, f"citypitch_{lang}.ts:\n" + "\n".join(problems)


@pytest.mark.parametrize("lang", TRANSLATED)
def test_translations_use_the_glossary(lang: str) -> None:
    gloss = glossary.load()
    problems = []
    for _, source, translation in messages(catalogues.ts_path(lang)):
        plain = source.replace("&", "")
        for term in gloss.terms.values():
            text = re.sub(r"\(&[A-Z0-9]\)$|&(?=[^&])", "", translation.text or "")
            if lang in term.entries and term.mentioned_in(plain) and not term.used_in(text, lang):
                problems.append(f"{plain!r} -> {translation.text!r}: use {term.forms(lang)} for {term.id}")
    assert not problems, "\n".join(problems)


def test_japanese_uses_full_width_brackets_and_thai_has_no_latin_word_glue() -> None:
    for _, source, translation in messages(catalogues.ts_path("ja")):
        text = re.sub(r"\(&[A-Z0-9]\)", "", translation.text or "")  # the mnemonic's (&C) is Qt's convention
        assert "(" not in text and ")" not in text, f"{source!r}: {translation.text!r}"
    for _, source, translation in messages(catalogues.ts_path("th")):
        # Latin acronyms and numbers stand apart from Thai words by a space, as official documents write them.
        assert not re.search(r"[\u0e00-\u0e7f][A-Za-z]|[A-Za-z][\u0e00-\u0e7f]", translation.text or ""), source


def test_readme_names_the_make_target() -> None:
    text = (i18n_dir() / "README.md").read_text(encoding="utf-8")
    assert "make i18n" in text and "pyside6-lupdate" in text and "pyside6-lrelease" in text
    assert "i18n:" in (catalogues.project_root() / "Makefile").read_text(encoding="utf-8")
