"""The financial model as an Excel workbook: live formulas that an independent engine recomputes to the app's figures.

The engine is ``formulas`` (PyPI), an Excel formula interpreter that shares no code with CityPitch: it
reads the saved .xlsx, computes every formula cell from the input cells, and the results are compared
with :func:`wizard.finance.compute` (money to 1e-9 of its size, rates and ratios to 1e-7).
"""

from __future__ import annotations

import io
import re
import warnings
import zipfile
from decimal import Decimal
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from wizard import projectfile, resources
from wizard.cli import main
from wizard.finance import compute
from wizard.finance.workbook import FORMULA_PREFIXES, write_workbook
from wizard.model import FundingSource, Instrument, Proposal, ScenarioCase

HOSTILE = ('=HYPERLINK("http://example.invalid/x","Click")', "+cmd|' /C calc'!A0", "-2+3", "@SUM(1+1)",
           "=1+1", "=cmd|'/C notepad'!A1")


def _sample(name: str = "lumara-transit") -> Proposal:
    return projectfile.load(resources.sample_path(name)).proposal


def _write(proposal: Proposal, tmp_path: Path, name: str = "model.xlsx") -> Path:
    return write_workbook(proposal, tmp_path / name)


def _recompute(path: Path) -> dict[str, Any]:
    """Every cell's value as the independent engine computes it: {'SHEET!A1': value}."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # the engine's own dependencies warn about their internals
        import formulas

        model = formulas.ExcelModel().loads(str(path)).finish()
        solution = model.calculate()
    out = {}
    for key, ranges in solution.items():
        match = re.match(r"'\[[^\]]+\](.+)'!([A-Z]+\d+)$", key)
        if not match:
            continue
        value = ranges.value[0][0] if hasattr(ranges, "value") else ranges
        out[f"{match.group(1).upper()}!{match.group(2)}"] = value
    return out


def _rows_by_label(ws: Any) -> dict[str, int]:
    return {str(row[0].value): row[0].row for row in ws.iter_rows(min_col=1, max_col=1) if row[0].value}


def _close(got: Any, want: Decimal | None, rel: float) -> bool:
    if want is None:
        return got in (None, "", 0) or (isinstance(got, str) and not got.strip())
    return isinstance(got, (int, float)) and abs(float(got) - float(want)) <= rel * max(1.0, abs(float(want)))


@pytest.mark.slow
def test_an_independent_engine_recomputes_the_app_s_figures(tmp_path: Path) -> None:
    proposal = _sample()
    results = compute(proposal.finance, phases=proposal.roadmap.phases)
    s = results.structure
    assert s is not None
    path = _write(proposal, tmp_path)
    values = _recompute(path)
    errors = {k: v for k, v in values.items() if isinstance(v, str) and v.startswith("#")}
    assert not errors, f"formula errors: {list(errors.items())[:5]}"
    wb = openpyxl.load_workbook(path)
    ws = wb["Base case"]
    rows = _rows_by_label(ws)
    # The engine really computed the figures: the file holds formulas and no cached results.
    raw = openpyxl.load_workbook(path, data_only=True)
    assert raw["Base case"][f"C{rows['NPV']}"].value is None
    assert ws[f"C{rows['NPV']}"].data_type == "f"
    n = len(results.years)

    def row_values(label: str) -> list[Any]:
        return [values.get(f"BASE CASE!{openpyxl.utils.get_column_letter(3 + t)}{rows[label]}") for t in range(n)]

    def single(label: str) -> Any:
        return values.get(f"BASE CASE!C{rows[label]}")

    money, rate = 1e-9, 1e-7
    for label, want in (("Net cash flow", results.net), ("Debt service, all loans", s.debt_service),
                        ("Tax", s.tax), ("Depreciation", s.depreciation),
                        ("Cash flow available for debt service (CFADS)", s.cfads),
                        ("Equity cash flow (negative: shareholders pay in)", s.equity_flows)):
        got = row_values(label)
        assert all(_close(g, w, money) for g, w in zip(got, want, strict=True)), (label, got, want)
    got_dscr = row_values("DSCR (CFADS / debt service)")
    assert all(_close(g, w, rate) for g, w in zip(got_dscr, s.dscr, strict=True)), (got_dscr, s.dscr)
    for label, want, tolerance in (
        ("NPV", results.npv, money), ("Project IRR", results.irr, rate),
        ("Terminal value at the end of the last year", s.terminal_value, money),
        ("NPV with terminal value", s.npv_with_terminal, money),
        ("Project IRR with terminal value", s.irr_with_terminal, rate),
        ("Minimum DSCR", s.dscr_min, rate), ("Average DSCR", s.dscr_average, rate),
        ("Equity IRR", s.equity_irr, rate), ("Equity NPV at the cost of equity", s.equity_npv, money),
        ("Debt still owed at the end of the period", s.debt_outstanding_at_end, money),
        ("Uses: interest during construction", s.interest_during_construction, money),
        ("Total uses", s.sources_and_uses.total_uses, money),
        ("Total sources (guarantees are not cash)", s.sources_and_uses.total_sources, money),
        ("Break-even capex overrun (NPV = 0, without terminal value)", s.break_even[0].capex_overrun_pct, rate),
        ("Break-even revenue shortfall (NPV = 0, without terminal value)", s.break_even[0].revenue_shortfall_pct,
         rate),
    ):
        assert _close(single(label), want, tolerance), (label, single(label), want)
    # Each loan's schedule, year by year.
    for loan in s.loans:
        name_row = next(r for r in range(1, ws.max_row + 1)
                        if str(ws.cell(r, 1).value or "").startswith("='Funding'!$A$")
                        and values.get(f"BASE CASE!A{r}") == loan.label)
        for offset, attr in ((7, "interest"), (8, "principal"), (9, "closing")):
            label = ws.cell(name_row + offset, 1).value
            got = [values.get(f"BASE CASE!{openpyxl.utils.get_column_letter(3 + t)}{name_row + offset}")
                   for t in range(n)]
            want = [getattr(y, attr) for y in loan.years]
            assert all(_close(g, w, money) for g, w in zip(got, want, strict=True)), (loan.label, label)
    # Every case side by side, as the app computes it.
    cases = [*s.scenarios, *([s.fx.depreciated] if s.fx else [])]
    scen = wb["Scenarios"]
    top = next(r for r in range(1, scen.max_row + 1) if scen.cell(r, 2).value == f"NPV ({results.currency})")
    for i, case in enumerate(cases):
        row = top + 1 + i
        assert scen.cell(row, 1).value == case.label
        for col, want, tolerance in ((2, case.npv, money), (3, case.npv_with_terminal, money), (4, case.irr, rate),
                                     (6, case.equity_irr, rate), (7, case.equity_npv, money),
                                     (8, case.dscr_min, rate)):
            got = values.get(f"SCENARIOS!{openpyxl.utils.get_column_letter(col)}{row}")
            assert _close(got, want, tolerance), (case.label, col, got, want)


def test_results_are_formulas_and_inputs_are_styled_as_inputs(tmp_path: Path) -> None:
    path = _write(_sample("song-an-flood"), tmp_path)
    wb = openpyxl.load_workbook(path)
    assert wb.sheetnames[:5] == ["Read me", "Inputs", "Funding", "Lines", "Scenarios"]
    case_sheets = [name for name in wb.sheetnames[5:]]
    assert case_sheets[0] == "Base case" and len(case_sheets) >= 3
    for name in case_sheets:
        ws = wb[name]
        t_row = _rows_by_label(ws)["Year index t"]
        formulas = constants = 0
        for row in ws.iter_rows(min_row=2, min_col=3):
            for cell in row:
                if cell.value is None:
                    continue
                if cell.data_type == "f":
                    formulas += 1
                elif cell.row != t_row:
                    constants += 1
        # Nothing computed is pasted: the only numbers typed into a model sheet are the year indices.
        assert constants == 0, name
        assert formulas > 300
    inputs = wb["Inputs"]
    rate = next(r for r in range(1, inputs.max_row + 1) if inputs.cell(r, 1).value == "Discount rate")
    cell = inputs.cell(rate, 2)
    assert cell.value == 9 and cell.font.color.rgb.endswith("0000CC") and cell.fill.fgColor.rgb.endswith("FFF2CC")
    lines = wb["Lines"]
    assert lines["C4"].font.color.rgb.endswith("0000CC")  # the first year's capex is an input
    # Units in the headers.
    assert wb["Funding"]["C1"].value == "Amount (VND)"
    assert [inputs.cell(rate, 3).value] == ["% a year"]


def test_team_text_is_text_never_a_formula(tmp_path: Path) -> None:
    proposal = _sample("prey-meas-lighting")
    proposal.meta.project_name = HOSTILE[0]
    proposal.finance.funding[0].name = HOSTILE[1]
    proposal.finance.funding[1].name = HOSTILE[2]
    proposal.finance.scenarios = [ScenarioCase(name=HOSTILE[3], description=HOSTILE[4]),
                                  ScenarioCase(name=HOSTILE[5], description="plain")]
    path = _write(proposal, tmp_path)
    with zipfile.ZipFile(path) as archive:
        xml = "".join(archive.read(n).decode("utf-8") for n in archive.namelist() if n.endswith(".xml"))
    formulas_in_file = re.findall(r"<f>(.*?)</f>", xml)
    assert formulas_in_file
    for text in HOSTILE:
        escaped = text.replace("&", "&amp;").replace('"', "&quot;").replace("<", "&lt;")
        assert not any(f.startswith((text.lstrip("=+-@\t"), escaped.lstrip("=+-@\t"))) and "HYPERLINK" in f
                       for f in formulas_in_file)
        assert not any("HYPERLINK" in f or "cmd|" in f or "SUM(1+1)" in f for f in formulas_in_file)
    wb = openpyxl.load_workbook(path)
    found = {}
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for cell in row:
                if isinstance(cell.value, str) and cell.value in HOSTILE:
                    found[cell.value] = cell
    assert set(found) == set(HOSTILE), set(HOSTILE) - set(found)
    for text, cell in found.items():
        assert cell.data_type == "s", text
        assert cell.quotePrefix is bool(text.startswith(FORMULA_PREFIXES)), text


def test_a_loan_without_terms_is_listed_but_left_out(tmp_path: Path) -> None:
    proposal = _sample("prey-meas-lighting")
    proposal.finance.funding.append(FundingSource(name="Untermed bank", amount=Decimal(1000),
                                                  instrument=Instrument.LOAN))
    wb = openpyxl.load_workbook(_write(proposal, tmp_path))
    kinds = [c.value for c in wb["Funding"]["B"][1:]]
    assert "debt without terms (left out)" in kinds


def test_cli_exports_the_workbook_atomically(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "model.xlsx"
    sample = resources.sample_path("song-an-flood")
    assert main(["export", str(sample), "--format", "xlsx", "-o", str(out)]) == 0
    assert "Wrote" in capsys.readouterr().out
    data = out.read_bytes()
    assert zipfile.is_zipfile(io.BytesIO(data))
    # A second export of the same proposal gives the same bytes (no time stamps inside).
    assert main(["export", str(sample), "--format", "xlsx", "-o", str(out)]) == 0
    assert out.read_bytes() == data
    # An empty proposal has no model: one clear error, and the earlier workbook is left as it was.
    empty = tmp_path / "empty.citypitch"
    projectfile.save(projectfile.Project(), empty)
    assert main(["export", str(empty), "--format", "xlsx", "-o", str(out)]) == 2
    assert "no yearly lines" in capsys.readouterr().err
    assert out.read_bytes() == data
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".model.xlsx")]  # no temporary file left
    assert main(["export", str(sample), "--format", "xlsx", "--pdf-variant", "pdf/a-3b", "-o", str(out)]) == 2
    assert "PDF exports only" in capsys.readouterr().err
