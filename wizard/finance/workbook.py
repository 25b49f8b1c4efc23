"""The financial model as an Excel workbook whose results are live formulas (``citypitch export --format xlsx``).

An investor audits the numbers by changing an assumption and watching the results move, so every result
in the workbook is a formula that reads the input cells; nothing computed by CityPitch is pasted as a
value.  The formulas follow the conventions of :mod:`wizard.finance._structure` line by line (a test
recomputes every formula with an engine independent of the app and compares with :func:`compute`).

Sheets: ``Read me``; ``Inputs`` (the case's settings); ``Funding`` (each source and its terms); ``Lines``
(the yearly capex, opex and revenue); ``Scenarios`` (each case's changes, as inputs, and every case's
results side by side); then one model sheet per case (``Base case``, ``Case 2``, ...): yearly lines,
NPV and IRR with and without terminal value, debt schedules, tax, CFADS, DSCR, equity cash flows,
equity IRR and NPV, break-evens and sources and uses.  Inputs are blue on light yellow; units are in
the headers.

The team's own text (names, descriptions) is always written as text, never as a formula, however it
begins (``=HYPERLINK(...)``, ``+cmd|...``, ``@SUM(...)``): a spreadsheet opened by an investor must not
run what a proposal's author typed.

openpyxl is imported only when a workbook is written (it is not needed to start the wizard).
"""

from __future__ import annotations

import datetime as _dt
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from io import BytesIO
from pathlib import Path
from typing import Any

from wizard.finance import FinancialResults, compute
from wizard.finance._structure import kind_of
from wizard.model import REVENUE_FIELDS, Proposal, YearLine

__all__ = ["FORMULA_PREFIXES", "workbook_bytes", "write_workbook"]

#: Text starting with one of these would be read as a formula by a spreadsheet.
FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r", "\n")

_INPUT_FONT = "0000CC"
_INPUT_FILL = "FFF2CC"
_HEAD_FILL = "DDE7EE"
_MONEY = '#,##0;[Red]-#,##0'
_PCT = '0.00'
_RATIO = '0.00"x"'
_FIRST_YEAR_COLUMN = 3  # column C


@dataclass
class _Cells:
    """Where the inputs live, for formulas to refer to."""

    inputs: dict[str, str] = field(default_factory=dict)
    lines: dict[str, int] = field(default_factory=dict)  # Lines row of each line
    funding_rows: list[tuple[int, str]] = field(default_factory=list)  # (Funding row, kind)
    funding_first: int = 0
    funding_last: int = 0


def _col(index: int) -> str:
    from openpyxl.utils import get_column_letter

    return get_column_letter(index)


def _year_col(t: int) -> str:
    return _col(_FIRST_YEAR_COLUMN + t)


def _number(value: Decimal | int | None) -> float | int | None:
    if value is None:
        return None
    if isinstance(value, int):
        return value
    return int(value) if value == value.to_integral_value() and abs(value) < 10**15 else float(value)


class _Writer:
    """Small helpers over an openpyxl sheet: text as text, inputs styled, formulas marked."""

    def __init__(self, ws: Any) -> None:
        from openpyxl.styles import Alignment, Font, PatternFill

        self.ws = ws
        self.input_font = Font(color=_INPUT_FONT)
        self.input_fill = PatternFill("solid", fgColor=_INPUT_FILL)
        self.head_fill = PatternFill("solid", fgColor=_HEAD_FILL)
        self.bold = Font(bold=True)
        self.title_font = Font(bold=True, size=14)
        self.wrap = Alignment(wrap_text=True, vertical="top")

    def text(self, row: int, col: int, value: str, *, bold: bool = False) -> Any:
        cell = self.ws.cell(row=row, column=col)
        cell.value = value
        # openpyxl reads a leading "=" as a formula: force the cell to hold the text itself.
        cell.data_type = "s"
        if value.startswith(FORMULA_PREFIXES):
            cell.quotePrefix = True  # a spreadsheet shows it as typed and never evaluates it
        if bold:
            cell.font = self.bold
        return cell

    def value(self, row: int, col: int, value: Any, fmt: str | None = None, *, is_input: bool = False) -> Any:
        cell = self.ws.cell(row=row, column=col)
        cell.value = _number(value) if isinstance(value, (Decimal, int)) and not isinstance(value, bool) else value
        if fmt:
            cell.number_format = fmt
        if is_input:
            cell.font = self.input_font
            cell.fill = self.input_fill
        return cell

    def formula(self, row: int, col: int, formula: str, fmt: str | None = None, *, bold: bool = False) -> Any:
        cell = self.ws.cell(row=row, column=col)
        cell.value = "=" + formula
        if fmt:
            cell.number_format = fmt
        if bold:
            cell.font = self.bold
        return cell

    def header(self, row: int, labels: Sequence[str], start: int = 1) -> None:
        for i, label in enumerate(labels):
            cell = self.text(row, start + i, label, bold=True)
            cell.fill = self.head_fill
            cell.alignment = self.wrap
        self.ws.row_dimensions[row].height = 44  # up to three lines of a wrapped header


def _sheet_ref(sheet: str, cell: str) -> str:
    return f"'{sheet}'!{cell}"


# --- input sheets ------------------------------------------------------------------------------------


def _read_me(wb: Any, proposal: Proposal, results: FinancialResults) -> None:
    ws = wb.active
    ws.title = "Read me"
    w = _Writer(ws)
    name = proposal.meta.project_name.strip() or "Untitled proposal"
    w.text(1, 1, name).font = w.title_font
    rows = [
        f"Financial model of the proposal, in {results.currency or 'the case currency'}.",
        "Blue figures on a yellow ground are inputs: change one and every result recomputes.",
        "Every other figure is a formula that reads the inputs (nothing is pasted as a value).",
        "Flows are at the end of each year; the base year is year 0 and is not discounted.",
        "Loans are drawn in step with the capex; interest is on the opening balance; repayment starts "
        "the year after the grace period and ends with the tenor, counted from the first drawing.",
        "CFADS is revenue less opex and tax; DSCR is CFADS over interest and principal, from the first "
        "year of operation.",
        "Equity receives what is left after every other source and every use, the terminal value less "
        "any debt still owed at the end, and pays in where that is negative.",
    ]
    if proposal.meta.illustrative:
        rows.append("Illustrative example: the city, the partners and the figures are fictional.")
    for i, text in enumerate(rows, start=3):
        w.text(i, 1, text)
    w.text(len(rows) + 4, 1, "Sheets: Inputs, Funding, Lines, Scenarios, then one model sheet per case.")
    ws.column_dimensions["A"].width = 110


def _inputs(wb: Any, proposal: Proposal, results: FinancialResults, cells: _Cells) -> None:
    ws = wb.create_sheet("Inputs")
    w = _Writer(ws)
    f = proposal.finance
    cur = results.currency or ""
    method = f.terminal_method.value if f.terminal_method is not None else "none"
    rows: list[tuple[str, str, str, Any, str | None]] = [
        ("currency", "Currency", "code", cur, None),
        ("base_year", "Base year", "year", results.base_year, "0"),
        ("horizon", "Horizon", "years", len(results.years), "0"),
        ("rate", "Discount rate", "% a year", results.discount_rate_pct, _PCT),
        ("cod", "Commercial operation starts", "year", f.operations_start_year, "0"),
        ("concession", "Concession or asset life ends", "year", f.concession_end_year, "0"),
        ("method", "Terminal value method", "none, perpetuity_growth or exit_multiple", method, None),
        ("growth", "Terminal growth", "% a year", f.terminal_growth_pct, _PCT),
        ("multiple", "Exit multiple", "x EBITDA", f.terminal_exit_multiple, "0.00"),
        ("tax", "Profit tax rate", "%", f.tax_rate_pct, _PCT),
        ("dep", "Depreciation period", "years", f.depreciation_years, "0"),
        ("coe", "Cost of equity", "% a year", f.cost_of_equity_pct, _PCT),
        ("min_dscr", "Lenders' minimum DSCR", "x", f.min_dscr, "0.00"),
        ("dev", "Development costs", cur, f.development_costs, _MONEY),
        ("reserves", "Reserve accounts funded at financial close", cur, f.reserves, _MONEY),
        ("fx", "Local currency depreciation against the loan currency", "% a year", f.fx_depreciation_pct, _PCT),
    ]
    w.header(1, ["Input", "Value", "Unit"])
    for i, (key, label, unit, value, fmt) in enumerate(rows, start=2):
        w.text(i, 1, label)
        if isinstance(value, str):
            cell = w.text(i, 2, value)
            cell.font, cell.fill = w.input_font, w.input_fill
        else:
            w.value(i, 2, value, fmt, is_input=True)
        w.text(i, 3, unit)
        cells.inputs[key] = _sheet_ref("Inputs", f"$B${i}")
    ws.column_dimensions["A"].width = 52
    ws.column_dimensions["B"].width = 22
    ws.column_dimensions["C"].width = 40


_FUNDING_COLUMNS = ("Funder", "Kind", "Amount", "Loan currency", "Foreign currency (1 = yes)",
                    "Interest rate (% a year)", "Tenor (years)", "Grace (years)", "Annuity (1) or straight line (0)",
                    "Upfront fee (%)", "Shareholding (%)")


def _funding(wb: Any, proposal: Proposal, results: FinancialResults, cells: _Cells) -> None:
    ws = wb.create_sheet("Funding")
    w = _Writer(ws)
    cur = results.currency or ""
    w.header(1, [label if label != "Amount" else f"Amount ({cur})" for label in _FUNDING_COLUMNS])
    scheduled = {loan.index: loan for loan in (results.structure.loans if results.structure else ())}
    row = 2
    cells.funding_first = row
    for i, source in enumerate(proposal.finance.funding):
        if source.amount is None:
            continue
        kind = kind_of(source)
        if kind == "debt" and i not in scheduled:
            kind = "debt without terms (left out)"
        w.text(row, 1, source.name.strip() or (source.source_type.label if source.source_type else f"Source {i + 1}"))
        w.text(row, 2, kind)
        w.value(row, 3, source.amount, _MONEY, is_input=True)
        if kind == "debt":
            loan = scheduled[i]
            w.text(row, 4, loan.currency or cur)
            w.value(row, 5, 1 if loan.foreign else 0, "0", is_input=True)
            w.value(row, 6, loan.rate_pct, _PCT, is_input=True)
            w.value(row, 7, loan.tenor_years, "0", is_input=True)
            w.value(row, 8, loan.grace_years, "0", is_input=True)
            w.value(row, 9, 1 if loan.annuity else 0, "0", is_input=True)
            w.value(row, 10, source.upfront_fee_pct or Decimal(0), _PCT, is_input=True)
        if kind == "equity" and source.shareholding_pct is not None:
            w.value(row, 11, source.shareholding_pct, _PCT, is_input=True)
        cells.funding_rows.append((row, kind))
        row += 1
    cells.funding_last = max(row - 1, cells.funding_first)
    ws.column_dimensions["A"].width = 48
    ws.column_dimensions["B"].width = 30
    for c in range(3, 12):
        ws.column_dimensions[_col(c)].width = 18


def _lines(wb: Any, results: FinancialResults, cells: _Cells) -> None:
    ws = wb.create_sheet("Lines")
    w = _Writer(ws)
    cur = results.currency or ""
    n = len(results.years)
    w.text(1, 1, "Yearly lines", bold=True)
    w.text(1, 2, "Unit", bold=True)
    w.text(2, 1, "Year index t")
    w.text(3, 1, "Year")
    for t in range(n):
        w.value(2, _FIRST_YEAR_COLUMN + t, t, "0")
        w.formula(3, _FIRST_YEAR_COLUMN + t, f"{cells.inputs['base_year']}+{_year_col(t)}2", "0", bold=True)
    row = 4
    titles = {name: (YearLine.model_fields[name].title or name) for name in ("capex", "opex", *REVENUE_FIELDS)}
    series = {"capex": results.capex, "opex": results.opex, **results.revenue_by_stream}
    for name in ("capex", "opex", *REVENUE_FIELDS):
        w.text(row, 1, titles[name])
        w.text(row, 2, cur)
        for t in range(n):
            w.value(row, _FIRST_YEAR_COLUMN + t, series[name][t], _MONEY, is_input=True)
        cells.lines[name] = row
        row += 1
    first_rev, last_rev = cells.lines[REVENUE_FIELDS[0]], cells.lines[REVENUE_FIELDS[-1]]
    w.text(row, 1, "Revenue", bold=True)
    w.text(row, 2, cur)
    for t in range(n):
        c = _year_col(t)
        w.formula(row, _FIRST_YEAR_COLUMN + t, f"SUM({c}{first_rev}:{c}{last_rev})", _MONEY, bold=True)
    cells.lines["revenue"] = row
    row += 1
    w.text(row, 1, "Net cash flow as entered")
    w.text(row, 2, cur)
    for t in range(n):
        c = _year_col(t)
        w.formula(row, _FIRST_YEAR_COLUMN + t,
                  f"{c}{cells.lines['revenue']}-{c}{cells.lines['opex']}-{c}{cells.lines['capex']}", _MONEY)
    cells.lines["net"] = row
    row += 1
    w.text(row, 1, "Index if the net cash flow is positive (else the horizon)")
    for t in range(n):
        c = _year_col(t)
        w.formula(row, _FIRST_YEAR_COLUMN + t, f"IF({c}{cells.lines['net']}>0,{c}2,{n})", "0")
    cells.lines["positive"] = row
    ws.column_dimensions["A"].width = 52
    ws.column_dimensions["B"].width = 8
    for t in range(n):
        ws.column_dimensions[_year_col(t)].width = 18
    ws.freeze_panes = "C4"


_SCENARIO_COLUMNS = ("Case", "What it assumes", "Capex change (%)", "Opex change (%)", "Revenue change (%)",
                     "Delay (years)", "Interest rate change (points)", "Local currency depreciation (% a year)")
_RESULT_COLUMNS = (("npv", "NPV ({cur})", _MONEY), ("npv_tv", "NPV with terminal value ({cur})", _MONEY),
                   ("irr", "Project IRR (%)", _PCT), ("irr_tv", "Project IRR with terminal value (%)", _PCT),
                   ("equity_irr", "Equity IRR (%)", _PCT), ("equity_npv", "Equity NPV at the cost of equity ({cur})",
                                                            _MONEY),
                   ("dscr_min", "Minimum DSCR (x)", "0.00"))


def _cases(proposal: Proposal, results: FinancialResults) -> list[tuple[str, str, list[Decimal | int | None]]]:
    """(name, description, [capex %, opex %, revenue %, delay, interest points, currency %]) of each case."""
    zero = Decimal(0)
    out: list[tuple[str, str, list[Decimal | int | None]]] = [
        ("Base case", "The numbers as entered.", [zero, zero, zero, 0, zero, zero])]
    for i, row in enumerate(proposal.finance.scenarios):
        out.append((row.name.strip() or f"Scenario {i + 1}", row.description.strip(),
                    [row.capex_change_pct or zero, row.opex_change_pct or zero, row.revenue_change_pct or zero,
                     row.delay_years or 0, row.interest_rate_change_pct or zero, row.fx_depreciation_pct or zero]))
    s = results.structure
    if s is not None and s.fx is not None:
        out.append((s.fx.depreciated.label, "The base case with the local currency losing value against the "
                    "foreign loans' currencies every year.", [zero, zero, zero, 0, zero, s.fx.rate_pct]))
    return out


# --- a model sheet -------------------------------------------------------------------------------------


def _model(wb: Any, title: str, case_name: str, scenario_row: int, results: FinancialResults, cells: _Cells,
           refs: dict[str, str]) -> None:
    ws = wb.create_sheet(title)
    w = _Writer(ws)
    cur = results.currency or ""
    n = len(results.years)
    inp = cells.inputs
    last = _year_col(n - 1)
    first = _year_col(0)
    w.text(1, 1, case_name).font = w.title_font
    sc = "Scenarios"
    params = {
        "capex_f": f"1+{_sheet_ref(sc, f'$C${scenario_row}')}/100",
        "opex_f": f"1+{_sheet_ref(sc, f'$D${scenario_row}')}/100",
        "rev_f": f"1+{_sheet_ref(sc, f'$E${scenario_row}')}/100",
        "delay": _sheet_ref(sc, f"$F${scenario_row}"),
        "shift": _sheet_ref(sc, f"$G${scenario_row}"),
        "fx": _sheet_ref(sc, f"$H${scenario_row}"),
    }
    labels = {"capex_f": ("Capex factor", "x"), "opex_f": ("Opex factor", "x"), "rev_f": ("Revenue factor", "x"),
              "delay": ("Delay", "years"), "shift": ("Interest rate change", "points"),
              "fx": ("Local currency depreciation", "% a year")}
    row = 2
    p: dict[str, str] = {}
    for key, formula in params.items():
        w.text(row, 1, labels[key][0])
        w.text(row, 2, labels[key][1])
        w.formula(row, 3, formula, "0.0000")
        p[key] = f"$C${row}"
        row += 1
    # The timeline.
    t_row, year_row = row, row + 1
    w.text(t_row, 1, "Year index t")
    w.text(year_row, 1, "Year", bold=True)
    for t in range(n):
        col = _FIRST_YEAR_COLUMN + t
        w.value(t_row, col, t, "0")
        w.formula(year_row, col, f"'Lines'!{_year_col(t)}3", "0", bold=True)
    row = year_row + 1
    rows: dict[str, int] = {}

    def line(key: str, label: str, unit: str, make: Any, fmt: str = _MONEY, *, bold: bool = False) -> int:
        nonlocal row
        w.text(row, 1, label, bold=bold)
        w.text(row, 2, unit)
        for t in range(n):
            w.formula(row, _FIRST_YEAR_COLUMN + t, make(t, _year_col(t)), fmt, bold=bold)
        rows[key] = row
        row += 1
        return row - 1

    def single(key: str, label: str, unit: str, formula: str, fmt: str = _MONEY, *, bold: bool = True) -> str:
        nonlocal row
        w.text(row, 1, label, bold=bold)
        w.text(row, 2, unit)
        w.formula(row, 3, formula, fmt, bold=bold)
        ref = f"$C${row}"
        refs[key] = _sheet_ref(title, ref)
        row += 1
        return ref

    L = cells.lines  # noqa: N806 - rows of the Lines sheet
    lines_range = {k: f"'Lines'!${first}${L[k]}:${last}${L[k]}" for k in ("opex", "revenue", "capex")}
    row += 1
    w.text(row, 1, "Project cash flow (before financing and tax)", bold=True)
    row += 1
    line("capex", "Capex", cur, lambda t, c: f"'Lines'!{c}{L['capex']}*{p['capex_f']}")
    line("opex", "Opex", cur, lambda t, c: f"IF({c}${t_row}-{p['delay']}>=0,INDEX({lines_range['opex']},1,"
                                           f"{c}${t_row}-{p['delay']}+1),0)*{p['opex_f']}")
    line("revenue", "Revenue", cur, lambda t, c: f"IF({c}${t_row}-{p['delay']}>=0,INDEX({lines_range['revenue']},1,"
                                                 f"{c}${t_row}-{p['delay']}+1),0)*{p['rev_f']}")
    line("net", "Net cash flow", cur, lambda t, c: f"{c}{rows['revenue']}-{c}{rows['opex']}-{c}{rows['capex']}",
         bold=True)
    line("df", "Discount factor at the discount rate", "", lambda t, c: f"1/(1+{inp['rate']}/100)^{c}${t_row}",
         "0.000000")
    line("pv", "Discounted net cash flow", cur, lambda t, c: f"{c}{rows['net']}*{c}{rows['df']}")
    net_range = f"{first}{rows['net']}:{last}{rows['net']}"
    npv = single("npv", "NPV", cur, f"SUM({first}{rows['pv']}:{last}{rows['pv']})")
    single("irr", "Project IRR", "%", f"IRR({net_range},{inp['rate']}/100)*100", _PCT)
    # Terminal value.
    row += 1
    g, r = f"{inp['growth']}/100", f"{inp['rate']}/100"
    net_last, years_left = f"{last}{rows['net']}", f"({inp['concession']}-{last}${year_row})"
    growing = (f"IF(N({inp['concession']})=0,IF({r}>{g},{net_last}*(1+{g})/({r}-{g}),\"\"),"
               f"IF({years_left}<=0,0,IF({r}={g},{net_last}*(1+{g})*{years_left}/(1+{r}),"
               f"{net_last}*(1+{g})*(1-((1+{g})/(1+{r}))^{years_left})/({r}-{g}))))")
    tv = single("tv", "Terminal value at the end of the last year", cur,
                f"IF({inp['method']}=\"exit_multiple\",{inp['multiple']}*({last}{rows['revenue']}-{last}{rows['opex']}),"
                f"IF({inp['method']}=\"perpetuity_growth\",{growing},\"\"))")
    single("npv_tv", "NPV with terminal value", cur, f"{npv}+N({tv})*{last}{rows['df']}")
    line("net_tv", "Net cash flow with terminal value", cur,
         lambda t, c: f"{c}{rows['net']}" + (f"+N({tv})" if t == n - 1 else ""))
    single("irr_tv", "Project IRR with terminal value", "%",
           f"IRR({first}{rows['net_tv']}:{last}{rows['net_tv']},{inp['rate']}/100)*100", _PCT)
    # Break-evens (without terminal value: the NPV is linear in capex and in revenue).
    line("pv_capex", "Discounted capex", cur, lambda t, c: f"{c}{rows['capex']}*{c}{rows['df']}")
    line("pv_revenue", "Discounted revenue", cur, lambda t, c: f"{c}{rows['revenue']}*{c}{rows['df']}")
    pv_capex = f"SUM({first}{rows['pv_capex']}:{last}{rows['pv_capex']})"
    pv_rev = f"SUM({first}{rows['pv_revenue']}:{last}{rows['pv_revenue']})"
    single("be_capex", "Break-even capex overrun (NPV = 0, without terminal value)", "%",
           f"IF(AND({npv}>0,{pv_capex}>0),{npv}/{pv_capex}*100,\"\")", _PCT)
    single("be_revenue", "Break-even revenue shortfall (NPV = 0, without terminal value)", "%",
           f"IF(AND({npv}>0,{pv_rev}>0),{npv}/{pv_rev}*100,\"\")", _PCT)
    # Operation and drawdown.
    row += 1
    w.text(row, 1, "Financing", bold=True)
    row += 1
    cod = single("cod", "First year of operation (index t)", "t",
                 f"MIN(IF(N({inp['cod']})=0,MIN('Lines'!${first}${L['positive']}:${last}${L['positive']}),"
                 f"MIN(MAX({inp['cod']}-{inp['base_year']},0),{n}))+{p['delay']},{n})", "0", bold=False)
    capex_sum = f"SUM('Lines'!${first}${L['capex']}:${last}${L['capex']})"
    line("weight", "Share of the funding drawn this year", "",
         lambda t, c: f"IF({capex_sum}>0,'Lines'!{c}{L['capex']}/{capex_sum},IF({c}${t_row}=0,1,0))", "0.0000")
    loan_rows: list[dict[str, int]] = []
    for f_row, kind in cells.funding_rows:
        if kind != "debt":
            continue
        fund = {k: _sheet_ref("Funding", f"${col}${f_row}") for k, col in
                (("name", "A"), ("amount", "C"), ("foreign", "E"), ("rate", "F"), ("tenor", "G"), ("grace", "H"),
                 ("annuity", "I"), ("fee", "J"))}
        row += 1
        name_cell = w.formula(row, 1, fund["name"])
        name_cell.font = w.bold
        row += 1
        rate = single(f"r{f_row}", "Interest rate this case", "fraction",
                      f"MAX(0,{fund['rate']}+{p['shift']})/100", "0.0000", bold=False)
        k: dict[str, int] = {}
        line(f"drawn{f_row}", "Drawn", cur, lambda t, c, fund=fund: f"{fund['amount']}*{c}{rows['weight']}")
        k["drawn"] = rows[f"drawn{f_row}"]
        line(f"cum{f_row}", "Drawn to date", cur,
             lambda t, c, k=k: f"SUM(${first}{k['drawn']}:{c}{k['drawn']})")
        line(f"zero{f_row}", "Before the first drawing (1 = yes)", "",
             lambda t, c, f_row=f_row: f"IF({c}{rows[f'cum{f_row}']}=0,1,0)", "0")
        first_t = single(f"first{f_row}", "First drawing (index t)", "t",
                         f"SUM({first}{rows[f'zero{f_row}']}:{last}{rows[f'zero{f_row}']})", "0", bold=False)
        opening_row = row
        closing_row = row + 3
        line(f"opening{f_row}", "Opening balance", cur,
             lambda t, c, closing_row=closing_row: "0" if t == 0 else f"{_year_col(t - 1)}{closing_row}")
        line(f"interest{f_row}", "Interest", cur, lambda t, c, opening_row=opening_row, rate=rate: f"{c}{opening_row}*{rate}")
        k["interest"] = rows[f"interest{f_row}"]
        start, end = f"({first_t}+{fund['grace']}+1)", f"({first_t}+{fund['tenor']})"
        left = f"({end}-{{c}}${t_row}+1)"
        principal = (f"IF(OR({{c}}${t_row}<{start},{{c}}{opening_row}=0),0,IF({{c}}${t_row}={end},{{c}}{opening_row},"
                     f"IF({{c}}${t_row}<{end},"
                     f"IF(AND({fund['annuity']}=1,{rate}>0),{{c}}{opening_row}*{rate}/(1-(1+{rate})^-{left})"
                     f"-{{c}}{k['interest']},{{c}}{opening_row}/{left}),{{c}}{opening_row})))")
        line(f"principal{f_row}", "Principal repaid", cur, lambda t, c, principal=principal: principal.format(c=c))
        k["principal"] = rows[f"principal{f_row}"]
        line(f"closing{f_row}", "Closing balance", cur,
             lambda t, c, k=k, opening_row=opening_row: f"{c}{opening_row}+{c}{k['drawn']}-{c}{k['principal']}")
        line(f"fxf{f_row}", "Local currency per unit of the loan (base year = 1)", "",
             lambda t, c, fund=fund: f"IF({fund['foreign']}=1,(1+{p['fx']}/100)^{c}${t_row},1)", "0.0000")
        k["fxf"] = rows[f"fxf{f_row}"]
        line(f"service{f_row}", "Debt service in the case currency", cur,
             lambda t, c, k=k: f"({c}{k['interest']}+{c}{k['principal']})*{c}{k['fxf']}")
        k["service"] = rows[f"service{f_row}"]
        line(f"fee{f_row}", "Upfront fee", cur,
             lambda t, c, fund=fund, first_t=first_t: f"IF({c}${t_row}={first_t},{fund['amount']}*{fund['fee']}/100,0)")
        k["fee"] = rows[f"fee{f_row}"]
        k["closing"] = rows[f"closing{f_row}"]
        loan_rows.append(k)
    row += 1

    def total(key: str) -> Any:
        return lambda t, c: "+".join(f"{c}{k[key]}" for k in loan_rows) if loan_rows else "0"

    line("service", "Debt service, all loans", cur, total("service"), bold=True)
    line("interest_local", "Interest, all loans, in the case currency", cur,
         (lambda t, c: "+".join(f"{c}{k['interest']}*{c}{k['fxf']}" for k in loan_rows)) if loan_rows
         else (lambda t, c: "0"))
    line("fees", "Upfront fees", cur, total("fee"))
    outstanding = single("outstanding", "Debt still owed at the end of the period", cur,
                         "+".join(f"{last}{k['closing']}*{last}{k['fxf']}" for k in loan_rows) or "0", bold=False)
    # Tax, CFADS, DSCR.
    row += 1
    line("dep", "Depreciation", cur,
         lambda t, c: f"IF(N({inp['dep']})>0,SUMIFS(${first}{rows['capex']}:${last}{rows['capex']},"
                      f"${first}${t_row}:${last}${t_row},\"<\"&{c}${t_row},${first}${t_row}:${last}${t_row},"
                      f"\">=\"&({c}${t_row}-{inp['dep']}))/{inp['dep']},0)")
    line("tax", "Tax", cur, lambda t, c: f"IF(N({inp['tax']})>0,MAX(0,{c}{rows['revenue']}-{c}{rows['opex']}"
                                         f"-{c}{rows['dep']}-{c}{rows['interest_local']})*{inp['tax']}/100,0)")
    line("cfads", "Cash flow available for debt service (CFADS)", cur,
         lambda t, c: f"{c}{rows['revenue']}-{c}{rows['opex']}-{c}{rows['tax']}", bold=True)
    line("dscr", "DSCR (CFADS / debt service)", "x",
         lambda t, c: f"IF(AND({c}${t_row}>={cod},{c}{rows['service']}>0),{c}{rows['cfads']}/{c}{rows['service']},\"\")",
         _RATIO, bold=True)
    dscr_range = f"{first}{rows['dscr']}:{last}{rows['dscr']}"
    single("dscr_min", "Minimum DSCR", "x", f"IF(COUNT({dscr_range})=0,\"\",MIN({dscr_range}))", _RATIO)
    single("dscr_avg", "Average DSCR", "x", f"IF(COUNT({dscr_range})=0,\"\",AVERAGE({dscr_range}))", _RATIO,
           bold=False)
    line("idc", "Debt service before operation (interest during construction)", cur,
         lambda t, c: f"IF({c}${t_row}<{cod},{c}{rows['service']},0)")
    # Equity.
    row += 1
    amounts = f"'Funding'!$C${cells.funding_first}:$C${cells.funding_last}"
    kinds = f"'Funding'!$B${cells.funding_first}:$B${cells.funding_last}"
    other = single("other_sources", "Loans and grants (drawn in step with the capex)", cur,
                   f"SUMIF({kinds},\"debt\",{amounts})+SUMIF({kinds},\"grant\",{amounts})", bold=False)
    line("other_drawn", "Loans and grants drawn", cur, lambda t, c: f"{other}*{c}{rows['weight']}")
    res, dev = f"N({inp['reserves']})", f"N({inp['dev']})"
    line("equity", "Equity cash flow (negative: shareholders pay in)", cur,
         lambda t, c: f"{c}{rows['cfads']}-{c}{rows['capex']}+{c}{rows['other_drawn']}-{c}{rows['service']}"
                      f"-{c}{rows['fees']}" + (f"-{dev}-{res}" if t == 0 else "")
                      + (f"+{res}-{outstanding}+N({tv})" if t == n - 1 else ""), bold=True)
    line("df_equity", "Discount factor at the cost of equity", "",
         lambda t, c: f"1/(1+N({inp['coe']})/100)^{c}${t_row}", "0.000000")
    eq_range = f"{first}{rows['equity']}:{last}{rows['equity']}"
    single("equity_irr", "Equity IRR", "%", f"IRR({eq_range},N({inp['coe']})/100)*100", _PCT)
    single("equity_npv", "Equity NPV at the cost of equity", cur,
           f"SUMPRODUCT({eq_range},{first}{rows['df_equity']}:{last}{rows['df_equity']})")
    # Sources and uses.
    row += 1
    w.text(row, 1, "Sources and uses", bold=True)
    row += 1
    uses = [
        ("capex_total", "Uses: capex", f"SUM({first}{rows['capex']}:{last}{rows['capex']})"),
        ("dev_use", "Uses: development costs", dev),
        ("idc_total", "Uses: interest during construction", f"SUM({first}{rows['idc']}:{last}{rows['idc']})"),
        ("fees_total", "Uses: upfront fees", f"SUM({first}{rows['fees']}:{last}{rows['fees']})"),
        ("res_use", "Uses: reserve accounts", res),
    ]
    use_refs = [single(key, label, cur, formula, bold=False) for key, label, formula in uses]
    total_uses = single("total_uses", "Total uses", cur, "+".join(use_refs))
    total_sources = single("total_sources", "Total sources (guarantees are not cash)", cur,
                           f"SUMIF({kinds},\"debt\",{amounts})+SUMIF({kinds},\"grant\",{amounts})"
                           f"+SUMIF({kinds},\"equity\",{amounts})+SUMIF({kinds},\"debt without terms (left out)\","
                           f"{amounts})")
    single("difference", "Sources less uses", cur, f"{total_sources}-{total_uses}")
    ws.column_dimensions["A"].width = 60
    ws.column_dimensions["B"].width = 10
    for t in range(n):
        ws.column_dimensions[_year_col(t)].width = 18
    ws.freeze_panes = ws.cell(row=year_row + 1, column=_FIRST_YEAR_COLUMN)


def _scenarios(wb: Any, cases: list[tuple[str, str, list[Decimal | int | None]]]) -> tuple[Any, list[int]]:
    ws = wb.create_sheet("Scenarios")
    w = _Writer(ws)
    w.header(1, list(_SCENARIO_COLUMNS))
    rows = []
    for i, (name, description, values) in enumerate(cases):
        row = 2 + i
        w.text(row, 1, name)
        w.text(row, 2, description)
        for j, value in enumerate(values):
            w.value(row, 3 + j, value if value is not None else 0, "0" if j == 3 else _PCT, is_input=True)
        rows.append(row)
    ws.column_dimensions["A"].width = 34
    ws.column_dimensions["B"].width = 60
    for c in range(3, 9):
        ws.column_dimensions[_col(c)].width = 20
    return ws, rows


def _scenario_results(ws: Any, cases: list[tuple[str, str, list[Any]]], refs: list[dict[str, str]],
                      currency: str) -> None:
    w = _Writer(ws)
    top = len(cases) + 4
    w.text(top - 1, 1, "Results of each case (formulas reading each case's sheet)", bold=True)
    w.header(top, ["Case", *[label.format(cur=currency) for _, label, _ in _RESULT_COLUMNS]])
    for i, ((name, _, _), ref) in enumerate(zip(cases, refs, strict=True)):
        row = top + 1 + i
        w.text(row, 1, name)
        for j, (key, _, fmt) in enumerate(_RESULT_COLUMNS):
            w.formula(row, 2 + j, ref[key], fmt)


# --- entry points ----------------------------------------------------------------------------------------


def build_workbook(proposal: Proposal, results: FinancialResults | None = None) -> Any:
    """The openpyxl workbook of ``proposal``'s financial model (results computed when not given)."""
    from openpyxl import Workbook

    if results is None:
        results = compute(proposal.finance, phases=proposal.roadmap.phases)
    if not results.years:
        from wizard.errors import CityPitchError

        raise CityPitchError("the financial case has no yearly lines within its period, so there is no model to "
                             "export; enter the yearly capex, opex and revenue first")
    wb = Workbook()
    cells = _Cells()
    _read_me(wb, proposal, results)
    _inputs(wb, proposal, results, cells)
    _funding(wb, proposal, results, cells)
    _lines(wb, results, cells)
    cases = _cases(proposal, results)
    ws, rows = _scenarios(wb, cases)
    refs: list[dict[str, str]] = []
    for i, ((name, _, _), row) in enumerate(zip(cases, rows, strict=True)):
        ref: dict[str, str] = {}
        _model(wb, "Base case" if i == 0 else f"Case {i + 1}", name, row, results, cells, ref)
        refs.append(ref)
    _scenario_results(ws, cases, refs, results.currency or "")
    for ws in wb.worksheets:
        # Printed or turned into a PDF, each sheet is one page wide in landscape, headers repeated.
        ws.page_setup.orientation = "landscape"
        ws.page_setup.paperSize = ws.PAPERSIZE_A4
        ws.page_setup.fitToPage = True  # openpyxl's proxy for the sheet's pageSetUpPr
        ws.page_setup.fitToWidth = 1
        ws.page_setup.fitToHeight = 0
    wb.properties.title = proposal.meta.project_name.strip() or "Financial model"
    wb.properties.creator = "CityPitch"
    wb.properties.created = _stamp(proposal)
    return wb


def _stamp(proposal: Proposal) -> _dt.datetime:
    """The workbook's date, by the rule the PowerPoint deck follows (:func:`wizard.zipdates.moment`:
    ``SOURCE_DATE_EPOCH``, else the proposal's date, else 1 January 1980), so the same proposal always gives
    the same file."""
    from wizard.zipdates import moment

    return moment(proposal)


def workbook_bytes(proposal: Proposal, results: FinancialResults | None = None) -> bytes:
    """The .xlsx file; the same proposal always gives the same bytes (zip entries carry a fixed date)."""
    from wizard.zipdates import dated_archive

    buffer = BytesIO()
    build_workbook(proposal, results).save(buffer)
    stamp = _stamp(proposal)

    def saved_on(name: str, data: bytes) -> bytes:
        if name != "docProps/core.xml":
            return data
        # openpyxl stamps the time of saving as "modified"; use the workbook's one date instead.
        return re.sub(rb"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)",
                      rb"\g<1>" + stamp.strftime("%Y-%m-%dT%H:%M:%SZ").encode() + rb"\g<2>", data)

    return dated_archive(buffer.getvalue(), stamp, saved_on)


def write_workbook(proposal: Proposal, out: Path, results: FinancialResults | None = None) -> Path:
    """Write the workbook at ``out``, replaced atomically (a failed export leaves an earlier file as it was)."""
    from wizard.errors import ProjectFileError
    from wizard import atomic

    data = workbook_bytes(proposal, results)
    out = Path(out)
    try:
        with atomic.open_for_writing(out) as handle:
            handle.write(data)
    except OSError as exc:
        raise ProjectFileError(out, f"the workbook could not be written: {exc.strerror or exc}. Nothing was "
                               "changed on disk; choose another place") from exc
    return out
