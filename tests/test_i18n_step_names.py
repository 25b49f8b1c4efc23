"""A step is called by one name in each language: the sidebar and page title (the catalogue), the field titles,
the guidance panel, the readiness texts.

The Thai Financial case step was "กรณีทางการเงิน" (a financial *instance*: กรณี is a case as in "in case of" or a
legal case), which a Thai municipal engineer would not write for a project's financial analysis; the NESDC and
PPP Office feasibility studies title that section "การวิเคราะห์ทางการเงิน", as Japanese (財務分析) and Indonesian
(Analisis keuangan) already call the step.  The rename touched about 40 texts at once; these tests keep them
together.  The Japanese readiness texts likewise said 財務計画 (29 texts) where the sidebar, the field titles and
the guidance say 財務分析, and nine Indonesian fixes still said "kasus keuangan": a reader looked for a page the
window does not have.
"""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from wizard.i18n import glossary

ROOT = Path(__file__).resolve().parent.parent
LANGS = ("ja", "id", "vi", "th")


def _catalogue(lang: str) -> list[tuple[str, str, str]]:
    tree = ET.parse(ROOT / "resources" / "i18n" / f"citypitch_{lang}.ts")
    found = []
    for context in tree.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            found.append((name, message.findtext("source") or "", message.findtext("translation") or ""))
    return found


@pytest.mark.parametrize("lang", LANGS)
def test_each_page_title_is_the_glossarys_step_name(lang: str) -> None:
    gloss = glossary.load()
    english = {gloss.step_title(step, "en"): step for step in ("problem", "economy", "finance", "risks", "roadmap")}
    checked = []
    for context, source, translation in _catalogue(lang):
        if context.endswith("Page") and source in english:
            assert translation == gloss.step_title(english[source], lang), (context, source, translation)
            checked.append(source)
    assert "Financial case" in checked


@pytest.mark.parametrize(("lang", "old"), [("ja", "財務計画"), ("id", "kasus keuangan")])
def test_the_financial_case_is_called_by_the_steps_name(lang: str, old: str) -> None:
    places = [path.name for folder in ("resources/guidance", "resources/i18n")
              for path in sorted((ROOT / folder).glob(f"*{lang}*"))
              if path.suffix in (".json", ".ts") and old.casefold() in path.read_text(encoding="utf-8").casefold()]
    assert not places, places
    name = glossary.load().step_title("finance", lang)
    readiness = (ROOT / "resources" / "guidance" / f"readiness.{lang}.json").read_text(encoding="utf-8")
    assert readiness.casefold().count(name.casefold()) >= 20


def test_thai_never_calls_the_financial_case_a_financial_instance() -> None:
    old = "กรณีทางการเงิน"
    places = [path.relative_to(ROOT) for folder in ("resources/guidance", "resources/i18n")
              for path in sorted((ROOT / folder).iterdir())
              if path.suffix in (".json", ".ts") and old in path.read_text(encoding="utf-8")]
    assert not places, places
    new = glossary.load().step_title("finance", "th")
    assert new == "การวิเคราะห์ทางการเงิน"
    steps = json.loads((ROOT / "resources" / "guidance" / "steps.th.json").read_text(encoding="utf-8"))
    assert steps["steps"]["finance"]["title"].startswith(new)
    fields = json.loads((ROOT / "resources" / "i18n" / "fields.th.json").read_text(encoding="utf-8"))
    assert fields["fields"]["finance"] == new
