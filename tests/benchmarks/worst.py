"""The worst inputs of the hostile-input sweep (issue 22 item 5), as proposals the model accepts.

Each case is the Lumara sample with one kind of excess: twelve long fields of emoji text (refused before
layout since the export checks that the bundled fonts can draw every letter, wizard.textcheck); twelve long
fields mixing every script the deck supports; one 20,000-character field without a full stop; ten
thousand KPIs; ten thousand funding sources; and the most KPIs and funding sources an export accepts
(:data:`wizard.export.MAX_ROWS`).  The benchmark exports each as a deck and as a
leave-behind in its own process and reports the time and peak memory, or the message it was refused
with (the export refuses what it could not finish in a minute and a gigabyte, naming the field).
"""

from __future__ import annotations

from decimal import Decimal

from wizard import projectfile, resources
from wizard.model import KPI, TEXT_MAX, FundingSource
from wizard.projectfile import Project

#: Twelve long text fields of the main line and the appendix.
FIELDS = ("problem.statement", "problem.root_causes", "problem.why_now", "vision.statement",
          "feasibility.demand_forecast", "feasibility.technical_justification", "economy.market_access",
          "economy.revenue_model", "japan.investor_role", "japan.join_fit", "team.capability",
          "implementation.governance")
EMOJI = "🚌 🚦 🏙️ 🌊 💡 🚇 📈 🌱 🛰️ 🧭 "
MIXED = ("Flood works cut losses. Dự án giảm ngập lụt. 本事業は洪水被害を減らします。 โครงการนี้ช่วยลดน้ำท่วม "
         "គម្រោងនេះជួយកាត់បន្ថយទឹកជំនន់ ໂຄງການນີ້ຊ່ວຍຫຼຸດຜ່ອນນ້ຳຖ້ວມ ဤစီမံကိန်းသည်ရေကြီးမှုကိုလျှော့ချပေးသည်။ ")


def _fill(text: str, length: int) -> str:
    return (text * (length // len(text) + 1))[:length]


def case(name: str, scale: float = 1.0) -> Project:
    """One worst case by name; ``scale`` shrinks it (for the quick run that only checks the benchmark runs)."""
    from wizard import paths

    project = projectfile.load(resources.sample_path("lumara-transit"))
    p = project.proposal
    length = max(200, int(TEXT_MAX * scale))
    if name == "emoji-12-fields":
        for field in FIELDS:
            paths.set(p, field, _fill(EMOJI, length))
    elif name == "mixed-scripts-12-fields":
        for field in FIELDS:
            paths.set(p, field, _fill(MIXED, length))
    elif name == "one-field-no-full-stops":
        words = "corridor commuters signals ticketing depot stations fibre backbone data twin "
        p.problem.statement = _fill(words, length).replace(".", "")
    elif name in ("kpis-at-limit", "funding-at-limit"):
        from wizard.export import MAX_ROWS

        base = case(name.replace("at-limit", "10000"), scale)
        if name.startswith("kpis"):
            base.proposal.problem.kpis = base.proposal.problem.kpis[:int(MAX_ROWS["problem.kpis"] * min(1.0, scale * 10))]
        else:
            base.proposal.finance.funding = base.proposal.finance.funding[:int(MAX_ROWS["finance.funding"] * min(1.0, scale * 10))]
        return base
    elif name == "kpis-10000":
        p.problem.kpis = [KPI(name=f"Indicator {i + 1} along the corridor", unit="minutes", baseline=Decimal(40 + i % 9),
                              baseline_year=2025, baseline_source=f"Survey {i + 1}", target=Decimal(30), target_year=2032)
                          for i in range(max(10, int(10_000 * scale)))]
    elif name == "funding-10000":
        p.finance.funding = [FundingSource(name=f"Funder {i + 1}", amount=Decimal(1_000_000_000 + i), instrument="loan",
                                           status="sought", terms="10-year loan")
                             for i in range(max(10, int(10_000 * scale)))]
    else:
        raise KeyError(name)
    return project


CASES = ("emoji-12-fields", "mixed-scripts-12-fields", "one-field-no-full-stops", "kpis-10000", "funding-10000",
         "kpis-at-limit", "funding-at-limit")

__all__ = ["CASES", "case"]
