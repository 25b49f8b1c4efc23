"""Regenerate the export test fixtures from the bundled samples: ``python tests/data/export/make_fixtures.py``.

- ``overflow.json``: a 5,000-character vision, 60 KPIs, 40 risks, long text in every kind of field and a
  long Khmer paragraph without spaces: the deck must flow it onto continuation slides without clipping.
- ``scripts.json``: text in every script the deck supports (Latin, Vietnamese, Japanese, Thai, Khmer,
  Lao, Burmese), in slide text, table cells and chart labels.
- ``hostile.json``: markup, script, CSS, ``file://`` and ``http://`` URLs in every text field; the
  tests replace ``__SECRET_URL__`` and ``__HTTP_URL__`` with a secret file and a local server.

The sentences in other languages are our own short phrases about a drainage project.
"""

from __future__ import annotations

import json
import sys
from decimal import Decimal
from enum import Enum
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[2]))

from pydantic import BaseModel  # noqa: E402

from wizard import projectfile, resources  # noqa: E402
from wizard.model import (  # noqa: E402
    KPI,
    LINE_MAX,
    Proposal,
    Risk,
    RiskBearer,
    RiskCategory,
)

PHRASES = {
    "vi": "Dự án giúp giảm ngập lụt trong thành phố và tạo việc làm cho cộng đồng.",
    "ja": "本事業は都市の洪水被害を減らし、地域に雇用を生み出します。",
    "th": "โครงการนี้ช่วยลดน้ำท่วมในเมืองและสร้างงานให้ชุมชน",
    "km": "គម្រោងនេះជួយកាត់បន្ថយទឹកជំនន់ក្នុងទីក្រុងនិងបង្កើតការងារសម្រាប់សហគមន៍",
    "lo": "ໂຄງການນີ້ຊ່ວຍຫຼຸດຜ່ອນນ້ຳຖ້ວມໃນເມືອງແລະສ້າງວຽກໃຫ້ຊຸມຊົນ",
    "my": "ဤစီမံကိန်းသည်မြို့တွင်းရေကြီးမှုကိုလျှော့ချပေးပြီးရပ်ရွာအတွက်အလုပ်အကိုင်များဖန်တီးပေးသည်",
}

HOSTILE = (
    '<script>document.write("pwned")</script><img src="__HTTP_URL__/img.png">'
    '<link rel="attachment" href="__SECRET_URL__"><style>@import url("__HTTP_URL__/x.css");'
    'body{background:url(__SECRET_URL__)}</style><a href="__SECRET_URL__">x</a>'
    '<iframe src="__SECRET_URL__"></iframe>{{ 7*7 }}" style="x:url(__HTTP_URL__/s)'
)

# Short enough for one-line fields (300 characters) once the placeholders are replaced by real URLs.
HOSTILE_LINE = ('<script>document.write("pwned")</script><img src="__HTTP_URL__/i.png">'
                '<link rel="attachment" href="__SECRET_URL__">{{ 7*7 }}')

# Fields that name a project image: hostile names there are refused with a message (tested apart).
_SKIP = {"logo", "asset", "accent_colour"}


def _load(name: str) -> Proposal:
    return projectfile.load(resources.sample_path(name)).proposal


def _write(name: str, proposal: Proposal, sample: str) -> None:
    """Write the fixture and, beside it, the images of the sample it came from."""
    path = HERE / f"{name}.json"
    path.write_text(json.dumps(proposal.to_json_data(), ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    assets = HERE / f"{name}.assets"
    assets.mkdir(exist_ok=True)
    for asset, data in projectfile.load(resources.sample_path(sample)).assets.items():
        (assets / asset).write_bytes(data)
    print("wrote", path)


def _fill_strings(model: BaseModel, make: Any) -> None:
    """Set every string field (and every string in a list of strings) of ``model``, recursively."""
    for name, info in type(model).model_fields.items():
        if name in _SKIP or isinstance(getattr(model, name), Enum):
            continue
        value = getattr(model, name)
        limit = _max_length(info)
        if isinstance(value, BaseModel):
            _fill_strings(value, make)
        elif isinstance(value, list) and value and isinstance(value[0], BaseModel):
            for item in value:
                _fill_strings(item, make)
        elif isinstance(value, list) and "benefits" in name:
            setattr(model, name, [make(LINE_MAX), make(LINE_MAX)])
        elif isinstance(value, str):
            setattr(model, name, make(limit))


def _max_length(info: Any) -> int:
    for meta in info.metadata:
        if getattr(meta, "max_length", None):
            return int(meta.max_length)
    return 20_000


def hostile() -> Proposal:
    p = _load("lumara-transit")

    def make(limit: int) -> str:
        return HOSTILE if limit > 1000 else HOSTILE_LINE

    _fill_strings(p, make)
    p.meta.number_locale = "en"  # a locale is a setting, not shown text; the hostile one is tested apart
    return p


def overflow() -> Proposal:
    p = _load("lumara-transit")
    sentence = ("The corridor programme changes how people reach work, school and the port, and every "
                "figure in this sentence is repeated to make the text deliberately long. ")
    p.meta.project_name = ("Lumara Raya Smart Mobility Corridor and Integrated Digital Fare, Signal and "
                           "Data Platform for the Metropolitan Region (Phase One to Phase Three)")
    p.vision.statement = (sentence * 40)[:5000]
    p.city.context = (sentence * 14) + "\n" + (PHRASES["km"] * 20)
    p.problem.statement = sentence * 12
    p.economy.revenue_model = sentence * 10
    p.japan.exit_strategy = sentence * 9
    p.finance.ask_use_of_funds = sentence * 6
    p.vision.citizen_benefits = [f"Benefit {i}: " + sentence[: 60 + 7 * i] for i in range(1, 25)]
    p.problem.kpis = [
        KPI(name=f"Indicator {i} measured along the corridor" + (" with a long descriptive name" if i % 3 == 0 else ""),
            unit="minutes" if i % 2 else "%", baseline=Decimal(40 + i), baseline_year=2024,
            baseline_source=f"Survey {i} of the city transport office", target=Decimal(20 + i), target_year=2032)
        for i in range(1, 61)
    ]
    categories = list(RiskCategory)
    bearers = list(RiskBearer)
    p.risks = [
        Risk(category=categories[i % len(categories)],
             description=(f"Risk {i}: " + sentence * 2)[: 120 + (i * 37) % 180],
             likelihood=1 + i % 5, impact=1 + (i * 3) % 5,
             mitigation=(f"Mitigation {i}: " + sentence * 3)[: 150 + (i * 53) % 150],
             bearer=bearers[i % len(bearers)])
        for i in range(1, 41)
    ]
    return p


def scripts() -> Proposal:
    p = _load("prey-meas-lighting")
    ph = PHRASES
    p.meta.subtitle = ph["ja"]
    p.city.context = "\n".join(f"{text} " * 3 for text in ph.values()) + "\n" + ph["km"] * 6 + "\n" + ph["my"] * 4
    p.problem.affected_groups = ph["th"] + " " + ph["lo"]
    p.vision.citizen_benefits = [ph[key] for key in ("th", "km", "lo", "my", "ja", "vi")]
    for kpi, key in zip(p.problem.kpis, ("th", "km", "lo", "my", "ja", "vi")):
        kpi.name = ph[key][:60]
    for risk, key in zip(p.risks, ("th", "km", "lo", "my", "ja", "vi")):
        risk.description = ph[key]
    for source, key in zip(p.finance.funding, ("ja", "th", "km", "lo", "my")):
        source.name = ph[key][:40]
    for phase, key in zip(p.roadmap.phases, ("lo", "my", "th", "km")):
        phase.name = ph[key][:40]
    for partner, key in zip(p.japan.partners, ("ja", "km")):
        partner.name = ph[key][:50]
    return p


if __name__ == "__main__":
    _write("overflow", overflow(), "lumara-transit")
    _write("scripts", scripts(), "prey-meas-lighting")
    _write("hostile", hostile(), "lumara-transit")
