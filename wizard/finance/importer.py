"""Bring a team's spreadsheet in: yearly lines (or funding sources) from .xlsx or .csv, previewed before anything changes.

Three steps, none of which touches the proposal::

    table = read_table(path)                    # refuses hostile or huge files with one clear error
    preview = make_preview(table, "lines")      # columns guessed from the headers; pass mapping= to override
    lines = apply(preview)                      # the new rows (YearLine or FundingSource), only when no cell is bad

``preview.problems`` lists every bad cell by row and column as the file numbers them (``row 7,
column C``), with what is wrong; ``apply`` refuses while there is one.  The caller replaces the
proposal's rows with what ``apply`` returns, as one undoable step.

Two layouts are understood: one row per year with a header row (``Year, Capex, Opex, User fees...``),
or one row per line with the years across (``Capex | 2027 | 2028 ...``), as many models are laid out.

What is refused before any parsing, with :class:`ImportRefused`: files over 20 MB; for .xlsx, anything that
is not a plain zip of XML parts, archives that would unpack to more than 200 MB or 2,000 parts or
compress more than 200 to 1 (zip bombs), macros (``vbaProject.bin``, macro-enabled content types),
external links (``xl/externalLinks``), and XML with a DOCTYPE or entity declarations; tables larger than
5,000 rows or 200 columns.  The workbook is then read read-only and data-only (cached values, never
formulas; nothing is evaluated), and text cells stay text.
"""

from __future__ import annotations

import csv
import io
import re
import types
import typing
import zipfile
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field as dataclass_field
from decimal import Decimal
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ValidationError

from wizard.errors import CityPitchError
from wizard.i18n.said import Field, Said, said
from wizard.model import YEAR_MAX, YEAR_MIN, Choice, FundingSource, YearLine

__all__ = ["CellProblem", "ImportPreview", "ImportRefused", "Table", "apply", "guess_mapping", "make_preview",
           "read_table"]

FILE_MAX_BYTES = 20 * 1024 * 1024
UNPACKED_MAX_BYTES = 200 * 1024 * 1024
PARTS_MAX = 2000
RATIO_MAX = 200
ROWS_MAX = 5000
COLUMNS_MAX = 200

KINDS: dict[str, type[BaseModel]] = {"lines": YearLine, "funding": FundingSource}
#: Where each kind's rows live in the proposal (a column's title in the reader's language is its field's).
KIND_PATTERNS: dict[type[BaseModel], str] = {YearLine: "finance.lines", FundingSource: "finance.funding"}

#: Other words teams use for a column, beyond each field's own name and title (compared case- and
#: punctuation-blind).
SYNONYMS: dict[str, tuple[str, ...]] = {
    "year": ("yr", "fiscal year", "fy", "tahun", "nam", "pi"),
    "capex": ("capital expenditure", "capital cost", "investment", "capital investment", "construction cost"),
    "opex": ("operating expenditure", "operating cost", "operating costs", "o&m", "o and m", "operations and maintenance"),
    "rev_user_fees": ("fares", "fare revenue", "tolls", "tariffs", "user charges", "fees"),
    "rev_availability": ("availability", "availability payment"),
    "rev_land_value": ("land value", "land value capture revenue"),
    "rev_energy_savings": ("energy saving", "savings"),
    "rev_data_services": ("data", "data revenue"),
    "rev_advertising": ("ads", "advertising revenue"),
    "rev_other": ("other", "other income", "other revenues"),
    "name": ("funder name", "lender", "investor"),
    "amount": ("value", "total"),
    "source_type": ("type", "funding type"),
    "status": ("funding status",),
    "interest_rate_pct": ("interest rate", "rate", "coupon"),
    "tenor_years": ("tenor", "maturity", "term"),
    "grace_years": ("grace", "grace period"),
    "shareholding_pct": ("shareholding", "share", "stake"),
}


class ImportRefused(CityPitchError):
    """The file cannot be brought in (hostile, too large, unreadable, or cells still wrong)."""


@dataclass(frozen=True)
class Cell:
    value: Any
    row: int  # as the file numbers it (1-based)
    column: int  # 1-based


@dataclass(frozen=True)
class Table:
    """The cells of one sheet (or the CSV), as read, with their positions."""

    source: str
    sheet: str
    rows: tuple[tuple[Cell, ...], ...]
    spreadsheet: bool  # columns are letters (A, B, ...) rather than numbers


@dataclass(frozen=True)
class CellProblem:
    row: int
    column: int
    column_name: str  # "C" in a spreadsheet, "3" in a CSV
    header: str
    value: str
    message: str
    #: The message's sentence and parts (:mod:`wizard.i18n.said`), for a translated window.
    message_said: Said | str = dataclass_field(default="", compare=False)

    def __str__(self) -> str:
        return str(self.said())

    def said(self) -> Said:
        """The whole line ("row 7, column C (Capex): the capex must be a number") as a sentence to word."""
        message = self.message_said or self.message
        if self.header:
            return said("row %1, column %2 (%3): %4", str(self.row), self.column_name, self.header, message)
        return said("row %1, column %2: %3", str(self.row), self.column_name, message)


@dataclass(frozen=True)
class ImportPreview:
    """What would come in: the mapping used, each row's values, and every bad cell."""

    kind: str
    source: str
    sheet: str
    layout: str  # "rows" (one row per year or source) or "columns" (years across)
    headers: tuple[str, ...]
    mapping: Mapping[int, str]  # header position -> field name
    unmapped: tuple[str, ...]  # headers no field was found for (left out)
    rows: tuple[tuple[int, Mapping[str, Any]], ...]  # (row number in the file, field -> value)
    problems: tuple[CellProblem, ...]


# --- reading ------------------------------------------------------------------------------------------------


def read_table(path: str | Path, sheet: str | None = None) -> Table:
    """The first sheet (or ``sheet``) of an .xlsx, or a .csv; hostile or huge files are refused whole."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in (".csv", ".xlsx", ".xlsm"):
        raise ImportRefused.saying(said("%1: only .xlsx and .csv files can be brought in", str(path)))
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise ImportRefused.saying(said("%1: the file could not be read (%2)", str(path), str(exc.strerror or exc))) from exc
    if size > FILE_MAX_BYTES:
        raise ImportRefused.saying(said("%1: the file is %2 MB; spreadsheets up to %3 MB can be brought in", str(path),
                                        f"{size / 1024 / 1024:.0f}", str(FILE_MAX_BYTES // 1024 // 1024)))
    if suffix == ".csv":
        return _read_csv(path)
    return _read_xlsx(path, sheet)


def _read_csv(path: Path) -> Table:
    raw = path.read_bytes()
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ImportRefused.saying(said("%1: the file is not UTF-8 text; save it from your spreadsheet as 'CSV UTF-8'",
                                        str(path))) from exc
    if "\0" in text:
        raise ImportRefused.saying(said("%1: the file is not a CSV text file", str(path)))
    try:
        dialect: Any = csv.Sniffer().sniff(text[:4096], delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    rows = []
    for r, record in enumerate(csv.reader(io.StringIO(text), dialect), start=1):
        if r > ROWS_MAX:
            raise ImportRefused.saying(said("%1: more than %2 rows; bring in the yearly lines only", str(path), str(ROWS_MAX)))
        if len(record) > COLUMNS_MAX:
            raise ImportRefused.saying(said("%1: row %2 has more than %3 columns", str(path), str(r), str(COLUMNS_MAX)))
        rows.append(tuple(Cell(value, r, c) for c, value in enumerate(record, start=1)))
    return Table(path.name, "", tuple(rows), spreadsheet=False)


def _check_xlsx_archive(path: Path) -> None:
    if not zipfile.is_zipfile(path):
        raise ImportRefused.saying(said("%1: this is not an .xlsx workbook (not a zip archive)", str(path)))
    with zipfile.ZipFile(path) as archive:
        infos = archive.infolist()
        if len(infos) > PARTS_MAX:
            raise ImportRefused.saying(said("%1: the workbook has %2 parts; it looks built to overload the reader and is "
                                            "refused", str(path), str(len(infos))))
        total = 0
        for info in infos:
            total += info.file_size
            name = info.filename.lower()
            if total > UNPACKED_MAX_BYTES or (info.compress_size and info.file_size / info.compress_size > RATIO_MAX
                                              and info.file_size > 1024 * 1024):
                raise ImportRefused.saying(said("%1: the workbook would unpack to far more than it holds (a zip bomb); it "
                                                "is refused", str(path)))
            if name.endswith("vbaproject.bin") or name.startswith("xl/macrosheets/"):
                raise ImportRefused.saying(said("%1: the workbook contains macros; save a copy without macros (.xlsx) and "
                                                "bring that in", str(path)))
            if name.startswith("xl/externallinks/"):
                raise ImportRefused.saying(said("%1: the workbook links to other files (external links); paste the values "
                                                "into a plain sheet and bring that in", str(path)))
        types = archive.read("[Content_Types].xml") if "[Content_Types].xml" in archive.namelist() else b""
        if b"macroEnabled" in types or b"vbaProject" in types:
            raise ImportRefused.saying(said("%1: the workbook contains macros; save a copy without macros (.xlsx) and "
                                            "bring that in", str(path)))
        for info in infos:
            if info.filename.lower().endswith((".xml", ".rels")):
                head = archive.read(info)
                if b"<!DOCTYPE" in head or b"<!ENTITY" in head:
                    raise ImportRefused.saying(said("%1: the workbook's XML declares entities (%2); it is refused", str(path),
                                                    info.filename))


def _read_xlsx(path: Path, sheet: str | None) -> Table:
    _check_xlsx_archive(path)
    import openpyxl

    try:
        wb = openpyxl.load_workbook(path, read_only=True, data_only=True, keep_links=False, keep_vba=False)
    except Exception as exc:  # openpyxl raises many kinds on a damaged file; all mean "cannot read it"
        raise ImportRefused.saying(said("%1: the workbook could not be read (%2)", str(path),
                                        f"{type(exc).__name__}: {exc}")) from exc
    try:
        if sheet is not None and sheet not in wb.sheetnames:
            raise ImportRefused.saying(said("%1: there is no sheet named %2 (sheets: %3)", str(path), repr(sheet),
                                            ", ".join(wb.sheetnames)))
        ws = wb[sheet] if sheet is not None else wb.worksheets[0]
        rows = []
        for r, record in enumerate(ws.iter_rows(values_only=True), start=1):
            if r > ROWS_MAX:
                raise ImportRefused.saying(said("%1: more than %2 rows; bring in the yearly lines only", str(path), str(ROWS_MAX)))
            if len(record) > COLUMNS_MAX and any(v is not None for v in record[COLUMNS_MAX:]):
                raise ImportRefused.saying(said("%1: row %2 has more than %3 columns", str(path), str(r), str(COLUMNS_MAX)))
            rows.append(tuple(Cell(value, r, c) for c, value in enumerate(record[:COLUMNS_MAX], start=1)))
        return Table(path.name, ws.title, tuple(rows), spreadsheet=True)
    finally:
        wb.close()


# --- mapping and preview ------------------------------------------------------------------------------------


def _key(text: str) -> str:
    return re.sub(r"[^0-9a-z&]+", " ", str(text).casefold()).strip()


def _names(model: type[BaseModel]) -> dict[str, str]:
    """Normalised header -> field name, from each field's name, its title (units in brackets dropped) and
    the synonyms."""
    out: dict[str, str] = {}
    for name, info in model.model_fields.items():
        candidates = [name, name.replace("_", " "), name.removeprefix("rev_").replace("_", " ")]
        if info.title:
            candidates += [info.title, re.sub(r"\s*\(.*?\)", "", info.title)]
        candidates += list(SYNONYMS.get(name, ()))
        for candidate in candidates:
            out.setdefault(_key(candidate), name)
    return out


def guess_mapping(headers: Sequence[str], kind: str = "lines") -> dict[int, str]:
    """Header position -> field name, for every header that names a field (each field used once)."""
    names = _names(KINDS[kind])
    mapping: dict[int, str] = {}
    for i, header in enumerate(headers):
        key = _key(re.sub(r"\s*\((?!%)[^)]*\)", "", header)) or _key(header)
        field = names.get(key) or names.get(_key(header))
        if field and field not in mapping.values():
            mapping[i] = field
    return mapping


def _is_year(value: Any) -> bool:
    if isinstance(value, bool):
        return False
    if isinstance(value, (int, float)) and float(value).is_integer():
        return YEAR_MIN <= int(value) <= YEAR_MAX
    return isinstance(value, str) and bool(re.fullmatch(r"\s*(19|20|21)\d\d\s*", value)) and \
        YEAR_MIN <= int(value) <= YEAR_MAX


def _layout(table: Table, kind: str) -> tuple[str, list[Cell], list[list[Cell | None]]]:
    """(layout, header cells, data rows aligned with the headers) with years across turned into rows."""
    rows = [r for r in table.rows if any(_text(c.value) for c in r)]
    if not rows:
        raise ImportRefused.saying(said("%1: the sheet is empty", table.source))
    header = list(rows[0])
    across = [c for c in header[1:] if _is_year(c.value)]
    if kind == "lines" and len(across) >= 2:
        # One row per line, years across: turn it round so that each year is a row.
        names = _names(YearLine)
        columns = [c for c in header if _is_year(c.value)]
        line_rows = [r for r in rows[1:] if r and names.get(_key(_text(r[0].value)))]
        headers = [Cell("Year", header[0].row, header[0].column)] + [r[0] for r in line_rows]
        data: list[list[Cell | None]] = []
        for year_cell in columns:
            record: list[Cell | None] = [year_cell]
            for r in line_rows:
                record.append(next((c for c in r if c.column == year_cell.column), None))
            data.append(record)
        return "columns", headers, data
    width = len(header)
    data = []
    for r in rows[1:]:
        by_column = {c.column: c for c in r}
        data.append([by_column.get(h.column) for h in header][:width])
    return "rows", header, data


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def _number(value: Any, locale: str | None = None) -> Decimal | str:
    """A cell as a Decimal, or the text itself when it is not a number (pydantic then refuses it).

    Text is read as :func:`wizard.money.parse_number` reads it in ``locale`` (the proposal's number
    locale; English when none is given, so that a CSV imported from the command line reads
    "400.000.000.000" exactly as the wizard's English fields do): the locale's separators ("1.250.000,5"
    in Indonesian) and the English ones where they cannot be misread; text that reads two ways ("1.250"
    in Indonesian) is left as text, and refused.
    """
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, int):
        return Decimal(value)
    if isinstance(value, float):
        return Decimal(repr(value))
    from wizard.money import NumberParseError, parse_number

    try:
        return parse_number(_text(value), locale or "en")
    except NumberParseError:
        return _text(value)


def _choice(enum: type[Choice], text: str) -> Choice | str:
    wanted = text.strip().casefold()
    for member in enum:
        if wanted in (member.value.casefold(), member.label.casefold()):
            return member
    return text


def _inner(annotation: Any) -> Any:
    """The type a field holds, with Optional and Annotated taken off."""
    while True:
        origin = typing.get_origin(annotation)
        if origin is typing.Annotated:
            annotation = typing.get_args(annotation)[0]
        elif origin in (typing.Union, types.UnionType):
            args = [a for a in typing.get_args(annotation) if a is not type(None)]
            if len(args) != 1:
                return annotation
            annotation = args[0]
        else:
            return annotation


def _value(model: type[BaseModel], field: str, raw: Any, locale: str | None = None) -> Any:
    """A cell as the value to hand to pydantic (which has the last word on what is accepted)."""
    text = _text(raw)
    inner = _inner(model.model_fields[field].annotation)
    if text == "":
        return "" if inner is str else None
    if isinstance(inner, type) and issubclass(inner, Choice):
        return _choice(inner, text)
    if inner is bool:
        folded = text.casefold()
        if folded in ("yes", "y", "true", "1", "x"):
            return True
        return False if folded in ("no", "n", "false", "0") else text
    if inner is str:
        return text  # text stays text, whatever it starts with
    number = _number(raw, locale)
    if inner is int and isinstance(number, Decimal):
        return int(number) if number == number.to_integral_value() else str(number)
    return number


def make_preview(table: Table, kind: str = "lines", mapping: Mapping[int, str] | None = None, *,
                 locale: str | None = None) -> ImportPreview:
    """What ``table`` would bring in, cell by cell; nothing is changed anywhere.

    ``locale``: the proposal's number locale, for numbers written as text (a CSV); without it text
    numbers are read as the English locale reads them (:func:`_number`).
    """
    if kind not in KINDS:
        raise ValueError(f"kind must be one of {sorted(KINDS)}")
    model = KINDS[kind]
    layout, header_cells, data = _layout(table, kind)
    headers = tuple(_text(c.value) for c in header_cells)
    chosen = dict(mapping) if mapping is not None else guess_mapping(headers, kind)
    unknown = sorted(set(chosen.values()) - set(model.model_fields))
    if unknown:
        raise ValueError(f"not fields of {model.__name__}: {unknown}")
    problems: list[CellProblem] = []
    rows: list[tuple[int, dict[str, Any]]] = []
    no_year = said("this row has amounts but no year")
    no_column = said("no column holds the year; name one 'Year' or choose it in the mapping")

    def where(cell: Cell | None, i: int, record_row: int) -> tuple[int, int, str]:
        row = cell.row if cell else record_row
        column = cell.column if cell else header_cells[i].column
        return row, column, _column_name(column, table.spreadsheet)

    for record in data:
        first = next((c for c in record if c is not None), None)
        record_row = first.row if first else 0
        values: dict[str, Any] = {}
        cells: dict[str, tuple[int, Cell | None]] = {}
        for i, field in chosen.items():
            cell = record[i] if i < len(record) else None
            cells[field] = (i, cell)
            values[field] = _value(model, field, cell.value if cell else None, locale)
        if all(v in (None, "") for v in values.values()):
            continue  # an empty row
        try:
            model.model_validate(values)
        except ValidationError as exc:
            for error in exc.errors():
                field = str(error["loc"][0]) if error["loc"] else ""
                i, cell = cells.get(field, (0, None))
                row, column, name = where(cell, i, record_row)
                message = _message(model, field, error, _text(cell.value) if cell else "", locale)
                problems.append(CellProblem(row, column, name, headers[i] if field in cells else "",
                                            _text(cell.value) if cell else "",
                                            str(message), message))
            values = {}
        if kind == "lines" and values and values.get("year") is None:
            i, cell = cells.get("year", (0, None))
            row, column, name = where(cell, i, record_row)
            problems.append(CellProblem(row, column, name, headers[i] if "year" in cells else "", "",
                                        str(no_year), no_year))
            values = {}
        if values:
            rows.append((record_row, values))
    if kind == "lines" and "year" not in chosen.values():
        problems.append(CellProblem(header_cells[0].row, header_cells[0].column,
                                    _column_name(header_cells[0].column, table.spreadsheet), headers[0], headers[0],
                                    str(no_column), no_column))
    unmapped = tuple(h for i, h in enumerate(headers) if i not in chosen and h)
    return ImportPreview(kind, table.source, table.sheet, layout, headers, chosen, unmapped, tuple(rows),
                         tuple(problems))


def _message(model: type[BaseModel], name: str, error: Any, text: str = "", locale: str | None = None) -> Said:
    """What is wrong with one cell, in the planner's words (the column's field by its title)."""
    info = model.model_fields.get(name)
    title: Field | str = (Field(f"{KIND_PATTERNS[model]}.{name}", lower=True) if model in KIND_PATTERNS and info is not None
                          else (info.title if info and info.title else name).lower())
    kind = error.get("type", "")
    if kind in ("decimal_parsing", "int_parsing", "float_parsing", "int_from_float", "decimal_type"):
        if text:
            # What the cell holds and the form that is accepted (parse_number's own words).
            from wizard.money import NumberParseError, parse_number

            try:
                parse_number(text, locale or "en")
            except NumberParseError as exc:
                return said("the %1 must be a number: %2", title, exc.said or str(exc))
        return said("the %1 must be a number", title)
    if kind == "greater_than_equal" and "ge" in error.get("ctx", {}):
        return said("the %1 must be at least %2", title, str(error["ctx"]["ge"]))
    if kind == "less_than_equal" and "le" in error.get("ctx", {}):
        return said("the %1 must be at most %2", title, str(error["ctx"]["le"]))
    if kind in ("decimal_max_places",):
        return said("the %1 has too many decimals (at most %2)", title, str(error["ctx"].get("decimal_places", 2)))
    if kind == "enum":
        return said("the %1 must be one of: %2", title, str(error["ctx"].get("expected", "")))
    return said("the %1: %2", title, str(error.get("msg", "not accepted")))


def _column_name(column: int, spreadsheet: bool) -> str:
    if not spreadsheet:
        return str(column)
    name = ""
    while column:
        column, rest = divmod(column - 1, 26)
        name = chr(65 + rest) + name
    return name


def apply(preview: ImportPreview) -> list[Any]:
    """The new rows (``YearLine`` or ``FundingSource``), in the file's order; refused while a cell is bad."""
    if preview.problems:
        first = "; ".join(str(p) for p in preview.problems[:3])
        more = f" and {len(preview.problems) - 3} more" if len(preview.problems) > 3 else ""
        raise ImportRefused(f"{preview.source}: {len(preview.problems)} cell(s) must be corrected first: "
                            f"{first}{more}")
    model = KINDS[preview.kind]
    return [model.model_validate(values) for _, values in preview.rows]
