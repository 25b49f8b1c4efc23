"""A table row is numbered one way in each language, wherever the wizard names it.

The field titles (``resources/i18n/fields.<lang>.json``, "row") name a row in a place such as
"課題 › 1行目 › 名称"; the window's own sentences (the catalogues' "row %1" entries: the import, the
tables, the core's cell problems) and the readiness texts name rows too.  A Thai reader saw "แถว 1" beside
"แถวที่ 1", a Japanese one "1行目" beside "1 行目": the same row written two ways.  A native professional
writes "แถวที่ 1" and "1行目"; every place follows :func:`wizard.fields.row_title`.  Vietnamese had "dòng 2" in
the field titles and readiness texts but "hàng %1" in the catalogues; a table row is "hàng" (as Vietnamese
Excel names rows beside "cột"), "dòng" stays for a line of text and for "dòng tiền" (cash flow).
"""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from wizard import fields
from wizard.i18n.said import fill

ROOT = Path(__file__).resolve().parent.parent
ROW_MARKER = re.compile(r"\b[Rr]ow %(\d)")  # "row %1" (one row; "rows %1 to %2" is a range)


@pytest.mark.parametrize(("lang", "form"), [("ja", "1行目"), ("th", "แถวที่ 1"), ("vi", "hàng 1")])
def test_the_field_titles_number_a_row_as_a_native_professional_writes(lang: str, form: str) -> None:
    assert fields.row_title(1, lang) == form
    assert fields.title("problem.kpis[0].name", lang).split(" › ")[2] == form


@pytest.mark.parametrize("lang", ["ja", "th", "vi"])
def test_the_catalogues_number_a_row_as_the_field_titles_do(lang: str) -> None:
    tree = ET.parse(ROOT / "resources" / "i18n" / f"citypitch_{lang}.ts")
    checked = []
    for message in tree.iter("message"):
        source = message.findtext("source") or ""
        translation = message.findtext("translation") or ""
        for match in ROW_MARKER.finditer(source):
            number = 100 + int(match.group(1))
            filled = fill(translation, [str(100 + i) for i in range(1, 10)])
            # a sentence may begin with the row ("Hàng 3, ..."): Vietnamese capitalises it there
            assert fields.row_title(number, lang).casefold() in filled.casefold(), (source, translation)
            checked.append(source)
    assert len(checked) >= 12  # the import, the tables, the core's cell problems, the comments


def _texts(name: str) -> list[str]:
    data = json.loads((ROOT / "resources" / "guidance" / name).read_text(encoding="utf-8"))
    found: list[str] = []

    def walk(value: object) -> None:
        if isinstance(value, dict):
            for item in value.values():
                walk(item)
        elif isinstance(value, list):
            for item in value:
                walk(item)
        elif isinstance(value, str):
            found.append(value)

    walk(data)
    return found


def test_the_vietnamese_readiness_texts_call_a_table_row_hang() -> None:
    texts = _texts("readiness.vi.json")
    numbered = [t for t in texts if re.search(r"[Dd]òng\s*\{", t)]
    assert not numbered, numbered
    assert sum("hàng {row}" in t or "Hàng {row}" in t for t in texts) >= 8
    # a row of the yearly table is never a "dòng" (a line of text), whatever its number
    finance = [t for t in texts if re.search(r"(các|mọi|hai|có|xóa|của) dòng(?! tiền| doanh thu)", t)]
    assert not finance, finance


def test_the_vietnamese_guidance_says_hang_where_the_english_says_row() -> None:
    english = json.loads((ROOT / "resources" / "guidance" / "steps.json").read_text(encoding="utf-8"))
    vietnamese = json.loads((ROOT / "resources" / "guidance" / "steps.vi.json").read_text(encoding="utf-8"))
    checked = []
    for name, entry in english["fields"].items():
        text = entry.get("help", "")
        if re.search(r"\brows?\b", text) and not re.search(r"\blines?\b", text):
            said = vietnamese["fields"][name]["help"]
            assert "hàng" in said and not re.search(r"dòng(?! tiền)", said), (name, said)
            checked.append(name)
    assert len(checked) >= 6, checked


def test_the_readiness_texts_number_a_row_as_the_field_titles_do() -> None:
    def texts(lang: str) -> list[str]:
        data = json.loads((ROOT / "resources" / "guidance" / f"readiness.{lang}.json").read_text(encoding="utf-8"))
        found: list[str] = []

        def walk(value: object) -> None:
            if isinstance(value, dict):
                for item in value.values():
                    walk(item)
            elif isinstance(value, list):
                for item in value:
                    walk(item)
            elif isinstance(value, str):
                found.append(value)

        walk(data)
        return found

    thai = [t for t in texts("th") if re.search(r"แถว(?!ที่)\s*\{", t)]
    assert not thai, thai
    assert any("แถวที่ {row}" in t for t in texts("th"))
    japanese = [t for t in texts("ja") if re.search(r"\}\s+行目", t)]
    assert not japanese, japanese
    assert any("{row}行目" in t for t in texts("ja"))
