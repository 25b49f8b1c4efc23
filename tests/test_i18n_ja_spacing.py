"""Japanese is typed without a space between Japanese text and a number, a placeholder or a Latin word.

The guidance and readiness texts wrote "{n}件" and "NPVは", the catalogues "%1 件" and "PDF として" (about 300
entries), the Financial case page's figures "割引率 {rate} での NPV": the same interface in two hands.  A
Japanese professional (and the Microsoft Japanese style guide the team followed) types no space there: the
typesetter, not the writer, sets the gap between scripts.  A space stays where both sides are Latin or numbers
("NPV {npv}", "%2 MB", "1 {code}"), where it separates a list marker or a signed change ("設備投資 +20%"), and
around the path separator " › ".
"""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
JAPANESE = r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\u3000-\u303f\uff01-\uff60]"
PLACEHOLDER = r"(?:%L?\d|%n|\{[A-Za-z_][A-Za-z0-9_]*\})"
LATIN = r"[A-Za-z0-9%.]"
SPACED = re.compile(rf"{JAPANESE} (?:{PLACEHOLDER}|{LATIN})|(?:{PLACEHOLDER}|[A-Za-z0-9%]) {JAPANESE}")
RUN_TOGETHER = re.compile(rf"[A-Za-z]{PLACEHOLDER}|(?:%L?\d|\}})[A-Za-z]")
# placeholders whose text begins with a full-width bracket, so nothing may stand between them and the word
# they qualify: {basis} is the phrase "thin_terminal", "（ターミナルバリューを含む）" after "NPV"
BRACKETED = ("{basis}",)


def _strings(value: object) -> list[str]:
    if isinstance(value, dict):
        return [s for item in value.values() for s in _strings(item)]
    if isinstance(value, list):
        return [s for item in value for s in _strings(item)]
    return [value] if isinstance(value, str) else []


def _japanese_texts() -> dict[str, list[str]]:
    texts: dict[str, list[str]] = {}
    for name in ("guidance/steps.ja.json", "guidance/readiness.ja.json", "i18n/figures.ja.json",
                 "i18n/fields.ja.json", "i18n/choices.ja.json"):
        data = json.loads((ROOT / "resources" / name).read_text(encoding="utf-8"))
        texts[name] = _strings(data)
    glossary = json.loads((ROOT / "resources" / "i18n" / "glossary.json").read_text(encoding="utf-8"))
    texts["i18n/glossary.json"] = [s for group in ("terms", "steps") for entry in glossary[group].values()
                                   for s in _strings(entry.get("ja", ""))]
    tree = ET.parse(ROOT / "resources" / "i18n" / "citypitch_ja.ts")
    catalogue = []
    for message in tree.iter("message"):
        translation = message.find("translation")
        if translation is None:
            continue
        forms = [form.text or "" for form in translation.iter("numerusform")] or [translation.text or ""]
        catalogue.extend(forms)
    texts["i18n/citypitch_ja.ts"] = catalogue
    return texts


TEXTS = _japanese_texts()


@pytest.mark.parametrize("name", sorted(TEXTS))
def test_no_space_between_japanese_and_a_number_placeholder_or_latin_word(name: str) -> None:
    spaced = [text for text in TEXTS[name] if SPACED.search(text)]
    assert not spaced, spaced[:10]


@pytest.mark.parametrize("name", sorted(TEXTS))
def test_a_latin_word_keeps_its_space_from_a_placeholder(name: str) -> None:
    def bracketed(text: str) -> str:
        for placeholder in BRACKETED:
            text = text.replace(placeholder, "（）")
        return text

    together = [text for text in TEXTS[name] if RUN_TOGETHER.search(bracketed(text))]
    assert not together, together[:10]


def test_the_catalogue_counts_are_written_as_the_guidance_writes_them() -> None:
    catalogue = "\n".join(TEXTS["i18n/citypitch_ja.ts"])
    assert "%1件" in catalogue and "%1 件" not in catalogue
    assert any("{n}件" in text or "{count}件" in text for text in TEXTS["guidance/readiness.ja.json"])
    assert "%2 MB" in catalogue  # a number and a Latin unit keep their space
