"""Bringing a team's spreadsheet in: round trips, every bad cell by row and column, hostile files refused whole."""

from __future__ import annotations

import csv
import zipfile
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest

from wizard import projectfile, resources
from wizard.finance import importer
from wizard.finance.importer import ImportRefused, apply, guess_mapping, make_preview, read_table
from wizard.model import REVENUE_FIELDS, FundingSource, FundingStatus, Instrument, YearLine

SAMPLES = ("lumara-transit", "song-an-flood", "prey-meas-lighting")
FIELDS = ("year", "capex", "opex", *REVENUE_FIELDS)
TITLES = [YearLine.model_fields[f].title for f in FIELDS]


def _lines(name: str) -> list[YearLine]:
    return projectfile.load(resources.sample_path(name)).proposal.finance.lines


def _csv(path: Path, rows: list[list[object]], delimiter: str = ",") -> Path:
    with path.open("w", newline="", encoding="utf-8") as handle:
        csv.writer(handle, delimiter=delimiter).writerows(rows)
    return path


def _xlsx(path: Path, rows: list[list[object]]) -> Path:
    wb = openpyxl.Workbook()
    for row in rows:
        wb.active.append(row)
    wb.save(path)
    return path


@pytest.mark.parametrize("name", SAMPLES)
def test_a_sample_s_lines_round_trip_through_csv_and_xlsx_in_both_layouts(name: str, tmp_path: Path) -> None:
    lines = _lines(name)
    by_row = [TITLES] + [[getattr(line, f) for f in FIELDS] for line in lines]
    across = [[f"Line ({name})", *[line.year for line in lines]]] + [
        [title, *[float(getattr(line, f)) for line in lines]] for f, title in zip(FIELDS[1:], TITLES[1:], strict=True)]
    for path, layout in ((_csv(tmp_path / "a.csv", by_row), "rows"), (_csv(tmp_path / "b.csv", by_row, ";"), "rows"),
                         (_xlsx(tmp_path / "c.xlsx", by_row), "rows"), (_xlsx(tmp_path / "d.xlsx", across), "columns")):
        preview = make_preview(read_table(path))
        assert preview.layout == layout, path
        assert not preview.problems, [str(p) for p in preview.problems]
        assert set(preview.mapping.values()) == set(FIELDS)
        assert apply(preview) == lines, path


def test_headers_are_guessed_from_names_titles_and_common_words() -> None:
    headers = ["Tahun", "Capital expenditure (IDR)", "O&M", "Fares", "Availability payments", "Notes"]
    assert guess_mapping(headers) == {0: "year", 1: "capex", 2: "opex", 3: "rev_user_fees", 4: "rev_availability"}
    assert guess_mapping(["Funder", "Amount (IDR)", "Interest rate (% a year)", "Tenor (years)"], "funding") == {
        0: "name", 1: "amount", 2: "interest_rate_pct", 3: "tenor_years"}


def test_every_bad_cell_is_reported_by_row_and_column_and_nothing_applies(tmp_path: Path) -> None:
    rows = [["Year", "Capex", "Opex", "User fees"],
            [2027, "1,000,000", 5, 0],
            [2028, "lots", -3, "2.5"],
            ["20255", 10, 10, 10],
            [None, 7, None, None],
            [2030, 1, 2, "0.001"]]
    preview = make_preview(read_table(_xlsx(tmp_path / "bad.xlsx", rows)))
    found = {(p.row, p.column_name): p for p in preview.problems}
    assert set(found) == {(3, "B"), (3, "C"), (4, "A"), (5, "A"), (6, "D")}
    assert "must be a number" in found[(3, "B")].message and found[(3, "B")].value == "lots"
    # The message says what the cell holds and the form a number takes.
    assert found[(3, "B")].message == ("the capex must be a number: 'lots' is not a number; "
                                       "write it like 1,234,567.5 or 1234567.5")
    assert "at least 0" in found[(3, "C")].message
    assert "year" in found[(4, "A")].message.lower()
    assert "no year" in found[(5, "A")].message
    assert "decimals" in found[(6, "D")].message
    assert str(found[(3, "B")]).startswith("row 3, column B (Capex): ")
    assert [values["year"] for _, values in preview.rows] == [2027]
    assert preview.rows[0][1]["capex"] == Decimal(1000000)
    with pytest.raises(ImportRefused, match="5 cell"):
        apply(preview)
    # A CSV numbers its columns.
    bad_csv = make_preview(read_table(_csv(tmp_path / "bad.csv", [["Year", "Capex"], [2027, "x"]])))
    assert [(p.row, p.column_name) for p in bad_csv.problems] == [(2, "2")]
    # In the proposal's number locale, the accepted form is that locale's.
    in_id = make_preview(read_table(_csv(tmp_path / "bad-id.csv", [["Year", "Capex"], [2027, "55 milyar"]])), locale="id")
    assert [p.message for p in in_id.problems] == [
        "the capex must be a number: '55 milyar' is not a number; write it like 1.234.567,5 or 1234567,5"]


def test_the_mapping_can_be_overridden_and_unknown_columns_are_left_out(tmp_path: Path) -> None:
    path = _csv(tmp_path / "m.csv", [["FY", "Spend", "Income", "Comment"], [2027, 100, 0, "a"], [2028, 0, 50, "b"]])
    guessed = make_preview(read_table(path))
    assert guessed.mapping == {0: "year"} and guessed.unmapped == ("Spend", "Income", "Comment")
    chosen = make_preview(read_table(path), mapping={0: "year", 1: "capex", 2: "rev_other"})
    assert [(line.year, line.capex, line.rev_other) for line in apply(chosen)] == [
        (2027, Decimal(100), Decimal(0)), (2028, Decimal(0), Decimal(50))]
    with pytest.raises(ValueError, match="not fields"):
        make_preview(read_table(path), mapping={0: "nonsense"})
    no_year = make_preview(read_table(path), mapping={1: "capex"})
    assert any("no column holds the year" in p.message for p in no_year.problems)


def test_funding_sources_come_in_with_their_terms_and_text_stays_text(tmp_path: Path) -> None:
    rows = [["Funder", "Amount", "Instrument", "Status", "Interest rate (% a year)", "Tenor (years)", "Japanese"],
            ['=HYPERLINK("http://example.invalid","x")', "1,500,000", "Loan", "sought", 4.5, 12, "yes"],
            ["@SUM(A1)", 200, "equity", "Committed", None, None, "no"]]
    path = _xlsx(tmp_path / "f.xlsx", rows)
    wb = openpyxl.load_workbook(path)
    for cell in (wb.active["A2"], wb.active["A3"]):  # as a team's sheet holds them: text, not formulas
        cell.data_type = "s"
    wb.save(path)
    sources = apply(make_preview(read_table(path), "funding"))
    assert sources == [
        FundingSource(name='=HYPERLINK("http://example.invalid","x")', amount=Decimal(1500000),
                      instrument=Instrument.LOAN, status=FundingStatus.SOUGHT, interest_rate_pct=Decimal("4.5"),
                      tenor_years=12, japanese=True),
        FundingSource(name="@SUM(A1)", amount=Decimal(200), instrument=Instrument.EQUITY,
                      status=FundingStatus.COMMITTED, japanese=False),
    ]


def test_formulas_in_a_workbook_are_never_evaluated(tmp_path: Path) -> None:
    path = _xlsx(tmp_path / "formula.xlsx", [["Year", "Capex"], [2027, "=1+1"]])
    preview = make_preview(read_table(path))
    # openpyxl saved no computed value: the cell is read as empty, not run.
    assert preview.rows == ((2, {"year": 2027, "capex": None}),)


# --- hostile or huge files ----------------------------------------------------------------------------


def _plain_xlsx(tmp_path: Path) -> Path:
    return _xlsx(tmp_path / "plain.xlsx", [["Year", "Capex"], [2027, 1]])


def _with_part(source: Path, target: Path, name: str, data: bytes, compress: bool = True) -> Path:
    with zipfile.ZipFile(source) as src, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            dst.writestr(info, src.read(info))
        dst.writestr(name, data, compress_type=zipfile.ZIP_DEFLATED if compress else zipfile.ZIP_STORED)
    return target


@pytest.mark.parametrize(
    ("part", "data", "message"),
    [
        ("xl/vbaProject.bin", b"\0" * 100, "macros"),
        ("xl/externalLinks/externalLink1.xml", b"<externalLink/>", "external links"),
        ("xl/bomb.xml", b"<!DOCTYPE x [<!ENTITY a 'aaaa'>]><x>&a;</x>", "entities"),
        ("xl/media/huge.bin", b"\0" * (210 * 1024 * 1024), "zip bomb"),
    ],
    ids=["macros", "external-links", "xml-entities", "zip-bomb"],
)
def test_hostile_workbooks_are_refused_whole(tmp_path: Path, part: str, data: bytes, message: str) -> None:
    path = _with_part(_plain_xlsx(tmp_path), tmp_path / "hostile.xlsx", part, data)
    assert path.stat().st_size < 2 * 1024 * 1024  # small on disk
    with pytest.raises(ImportRefused, match=message) as refused:
        read_table(path)
    assert str(path) in str(refused.value)


def test_broken_huge_and_foreign_files_get_one_clear_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    fake = tmp_path / "fake.xlsx"
    fake.write_bytes(b"not a zip at all")
    with pytest.raises(ImportRefused, match="not an .xlsx"):
        read_table(fake)
    damaged = tmp_path / "damaged.xlsx"
    with zipfile.ZipFile(damaged, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
    with pytest.raises(ImportRefused, match="could not be read"):
        read_table(damaged)
    latin = tmp_path / "latin.csv"
    latin.write_bytes("Year;Capex\n2027;1\nCaf\xe9".encode("latin-1"))
    with pytest.raises(ImportRefused, match="UTF-8"):
        read_table(latin)
    with pytest.raises(ImportRefused, match="only .xlsx and .csv"):
        read_table(tmp_path / "x.ods")
    monkeypatch.setattr(importer, "ROWS_MAX", 3)
    many = _csv(tmp_path / "many.csv", [["Year", "Capex"]] + [[2000 + i, 1] for i in range(5)])
    with pytest.raises(ImportRefused, match="more than 3 rows"):
        read_table(many)
    monkeypatch.setattr(importer, "FILE_MAX_BYTES", 10)
    with pytest.raises(ImportRefused, match="MB"):
        read_table(many)
    macro_type = tmp_path / "macro.xlsm"
    with zipfile.ZipFile(macro_type, "w") as archive:
        archive.writestr("[Content_Types].xml", '<Types><Override ContentType="application/vnd.ms-excel.sheet.'
                                                'macroEnabled.main+xml"/></Types>')
    monkeypatch.setattr(importer, "FILE_MAX_BYTES", 20 * 1024 * 1024)
    with pytest.raises(ImportRefused, match="macros"):
        read_table(macro_type)


@pytest.mark.parametrize("text", ["400.000.000.000", "1,250,000.5", "1 250 000", "1.250", "-3,000", "1\u202f000",
                                  " 7 ", "12,5", "1e5", "abc", "1,25,000"])
def test_text_numbers_without_a_locale_read_as_the_english_fields_read_them(text: str) -> None:
    from wizard.money import NumberParseError, parse_number

    try:
        expected: Decimal | str = parse_number(text, "en")
    except NumberParseError:
        expected = text.strip()
    assert importer._number(text) == expected
    assert importer._number(text, "en") == expected
