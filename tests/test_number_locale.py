"""Number conventions: the closed list of number locales, reading typed numbers, and one convention per
output language in the exported documents (issue 14)."""

from __future__ import annotations

import json
import re
import zipfile
from decimal import Decimal
from pathlib import Path

import pytest

from wizard import migrations, money, projectfile, resources
from wizard.export.numbers import Numbers
from wizard.finance import Equivalent
from wizard.model import FinancialCase, NumberLocale, Proposal
from wizard.money import NumberParseError, format_amount, locale_code, parse_number

D = Decimal
DATA = Path(__file__).parent / "data" / "schema_versions"


def test_the_model_offers_exactly_the_listed_locales() -> None:
    assert [c.value for c in NumberLocale] == ["en", "id", "vi", "th", "km", "lo", "my", "ms", "fil", "ja"]
    assert list(money.NUMBER_LOCALES) == [c.value for c in NumberLocale]
    for code in money.NUMBER_LOCALES:  # each is a locale Babel knows, written with Latin digits
        assert money.resolve_locale(code).language == code
        assert re.fullmatch(r"[0-9.,\xa0 ]+", money.format_number(D("1234567.5"), code, decimals=1))


def test_free_text_is_refused_by_the_model() -> None:
    with pytest.raises(ValueError):
        Proposal.model_validate({"meta": {"number_locale": "Bahasa Indonesia"}})


@pytest.mark.parametrize(
    ("text", "code"),
    [("en", "en"), ("id_ID", "id"), ("id-ID", "id"), ("Bahasa Indonesia", "id"), ("vi_VN", "vi"),
     ("vi-VN", "vi"), ("Vietnamese", "vi"), ("th_TH", "th"), ("km_KH", "km"), ("lo", "lo"), ("my_MM", "my"),
     ("Myanmar", "my"), ("ms_MY", "ms"), ("Bahasa Melayu", "ms"), ("fil_PH", "fil"), ("Tagalog", "fil"),
     ("ja_JP", "ja"), ("日本語", "ja"), ("  ID_id  ", "id"), ("en_SG", "en"), ("ja_JP.UTF-8", "ja"),
     ("Français", None), ("", None), ("zz", None), ("x" * 300, None)],
)
def test_locale_names_map_to_codes(text: str, code: str | None) -> None:
    assert locale_code(text) == code


def _proposal_json(path: Path) -> dict:
    with zipfile.ZipFile(path) as archive:
        return json.loads(archive.read("proposal.json"))


def test_version_1_file_with_free_text_locale_upgrades_to_a_code(tmp_path: Path) -> None:
    """Golden file: a version-1 project whose locale was typed as 'Bahasa Indonesia'."""
    project = projectfile.load(DATA / "v1-number-locale.json")
    assert project.proposal.meta.number_locale == NumberLocale.ID
    assert "number_locale_original" not in project.proposal.model_dump()["meta"]
    out = tmp_path / "saved.citypitch"
    projectfile.save(project, out)
    assert _proposal_json(out)["meta"]["number_locale"] == "id"


def test_version_1_file_with_unknown_locale_keeps_the_original_text(tmp_path: Path) -> None:
    data = json.loads((DATA / "v1-number-locale.json").read_text(encoding="utf-8"))
    data["meta"]["number_locale"] = "Français (Belgique)"
    upgraded = migrations.migrate(data)
    assert upgraded["meta"]["number_locale"] == "en"
    assert upgraded["meta"]["number_locale_original"] == "Français (Belgique)"
    proposal = Proposal.model_validate(upgraded)
    out = tmp_path / "saved.citypitch"
    projectfile.save(projectfile.Project(proposal, {}), out)
    assert _proposal_json(out)["meta"]["number_locale_original"] == "Français (Belgique)"  # nothing typed is lost


def test_migration_step_is_registered_once_and_keeps_other_keys() -> None:
    assert migrations.V1_TO_V2.count(migrations.number_locale_as_code) == 1
    data = {"meta": {"number_locale": "vi-VN", "unknown": 1}, "other": [1]}
    assert migrations.number_locale_as_code(data) == {"meta": {"number_locale": "vi", "unknown": 1}, "other": [1]}
    assert migrations.number_locale_as_code({"meta": {}}) == {"meta": {}}


def test_samples_state_their_locale_as_a_code() -> None:
    for name in resources.sample_names():
        proposal = projectfile.load(resources.sample_path(name)).proposal
        assert proposal.meta.number_locale in NumberLocale


# --- reading typed numbers ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "locale", "value"),
    [
        ("10.562.088", "id", "10562088"),   # the locale's grouping
        ("10,562,088", "id", "10562088"),   # English grouping: unambiguous with two groups
        ("8,5", "id", "8.5"),               # the locale's decimal comma
        ("8.5", "id", "8.5"),               # an English decimal point cannot be grouping here
        ("1.234,5", "id", "1234.5"),
        ("1,234.5", "id", "1234.5"),
        ("-1.250.000,75", "vi", "-1250000.75"),
        ("1 234 567", "vi", "1234567"),
        ("1\u00a0234\u00a0567,5", "lo", "1234567.5"),
        ("\u22125", "en", "-5"),
        ("+12", "en", "12"),
        ("1,234", "en", "1234"),
        ("1.234", "en", "1.234"),
        ("10,562,088.25", "th", "10562088.25"),
        ("0,5", "lo", "0.5"),
        ("1234567", "ja", "1234567"),
    ],
)
def test_parse_number_accepts_the_locale_and_unambiguous_english(text: str, locale: str, value: str) -> None:
    assert parse_number(text, locale) == D(value)


@pytest.mark.parametrize(
    ("text", "locale", "shown"),
    [
        ("1.234", "id", "1234"),       # grouping in id, a decimal point in English
        ("8,500", "id", "8,5"),        # a decimal comma in id, grouping in English
        ("1,5", "en", "1,234,567.5"),  # a decimal comma where the locale writes a point
        ("12.3.4", "id", "1.234.567,5"),
        ("1,2,3", "en", "1,234,567.5"),
        ("abc", "id", "1.234.567,5"),
        ("1.234.5,6", "id", "1.234.567,5"),
        ("", "en", "needed"),
        ("1e5", "en", "1,234,567.5"),
        ("NaN", "en", "1,234,567.5"),
        ("--5", "en", "1,234,567.5"),
    ],
)
def test_parse_number_refuses_the_ambiguous_and_shows_the_accepted_form(text: str, locale: str, shown: str) -> None:
    with pytest.raises(NumberParseError) as caught:
        parse_number(text, locale)
    assert shown in str(caught.value)


def test_parse_number_round_trips_what_the_wizard_shows() -> None:
    for code in money.NUMBER_LOCALES:
        for value in (D("0"), D("8.5"), D("1234567.25"), D("-10562088")):
            shown = money.format_number(value, code, decimals=2)
            assert parse_number(shown, code) == value, (code, shown)


# --- one convention per output language -------------------------------------------------------------


@pytest.mark.parametrize(
    ("amount", "currency", "short", "expected"),
    [
        ("630000000000", "IDR", False, "IDR\xa0630,000,000,000"),
        ("630000000000", "IDR", True, "IDR\xa0630bn"),
        ("3500000000000", "IDR", True, "IDR\xa03.5tn"),
        ("38900000", "USD", True, "USD\xa038.9m"),
        ("4850", "USD", False, "USD\xa04,850"),          # no cents on large amounts
        ("4850.49", "USD", False, "USD\xa04,850"),
        ("12.5", "USD", False, "USD\xa012.50"),          # small amounts keep them
        ("1060000000000", "VND", False, "VND\xa01,060,000,000,000"),
    ],
)
def test_english_output_amounts(amount: str, currency: str, short: bool, expected: str) -> None:
    assert format_amount(D(amount), currency, "en", short=short) == expected


@pytest.mark.parametrize(
    ("amount", "expected"),
    [("630000000000", "6,300億円"), ("3500000000000", "3.5兆円"), ("33300000000", "333億円"),
     ("45300000", "4,530万円"), ("950", "950円"), ("-2000000000", "-20億円")],
)
def test_japanese_output_shows_yen_in_myriads(amount: str, expected: str) -> None:
    assert format_amount(D(amount), "JPY", "ja", short=True) == expected


def test_nothing_entered_is_a_dash_never_zero() -> None:
    assert format_amount(None, "IDR") == money.MISSING == "\u2014"
    assert Numbers(FinancialCase(currency="IDR")).money(None) == ""
    assert Numbers.missing == "\u2014"


@pytest.mark.parametrize("locale", list(money.NUMBER_LOCALES))
def test_exported_numbers_are_english_whatever_the_city_convention(locale: str) -> None:
    """The issue's examples: 'IDR 3,5T', '11,5%', '860.000', '46.500 tCO2e', 'USD 4.850,00' in an English deck."""
    case = FinancialCase(currency="IDR", local_per_usd=D("16200"), local_per_jpy=D("108"))
    proposal = Proposal.model_validate({"meta": {"number_locale": locale}, "finance": case.model_dump()})
    n = Numbers(proposal.finance)
    assert n.money(D("3.5e12"), compact=True) == "IDR\xa03.5tn"
    assert n.percent(D("11.5")) == "11.5%"
    assert n.number(860000) == "860,000"
    assert n.number(D("46500")) == "46,500"
    assert n.money(D("4850"), currency="USD") == "USD\xa04,850"
    # Equivalents are converted once, by the finance module; Numbers only writes them.
    assert n.equivalents(Equivalent(*money.convert(D("630e9"), proposal.finance))) == "≈ USD\xa038.9m · JPY\xa05.8bn"
    assert n.yen_ja(D("630e9")) == "58.3億円"
    assert n.rates_note() == "Equivalents at USD 1 = IDR 16,200; JPY 1 = IDR 108 (date of the rates not stated)"


def test_numbers_ignore_a_request_for_another_output_language() -> None:
    n = Numbers(FinancialCase(currency="IDR"), "id")
    assert n.number(D("1234.5")) == "1,234.5"


def test_export_context_uses_english_numbers_for_an_indonesian_project(sample_project) -> None:  # type: ignore[no-untyped-def]
    from wizard.export import render_html

    project = sample_project("lumara-transit")
    assert project.proposal.meta.number_locale == NumberLocale.ID
    html, _, _ = render_html(project)
    # The chart's axis ticks come from charts.py (the deck's code), checked apart below.
    text = re.sub(r"<[^>]+>", " ", re.sub(r"<svg.*?</svg>", " ", html, flags=re.S))
    # No number in the Indonesian convention: a decimal comma, or a point grouping thousands.
    assert not re.search(r"\b\d{1,3}(\.\d{3})+(?!\d)", text), re.search(r"\b\d{1,3}(\.\d{3})+(?!\d)", text)
    assert not re.search(r"\d,\d{1,2}(?!\d)", text), re.search(r".{20}\d,\d{1,2}(?!\d).{20}", text)
    assert not re.search(r"\d\s?(jt|rb|M|T|B)\b", text)
    assert "IDR\xa0630bn" in html or "IDR 630bn" in text


def test_chart_axis_ticks_use_the_documents_short_scale(sample_project) -> None:  # type: ignore[no-untyped-def]
    from wizard.export import render_html

    html, _, images = render_html(sample_project("lumara-transit"))
    # The charts are served to WeasyPrint as SVG images (so they carry alt text), not inlined in the HTML.
    svgs = re.findall(r"<svg.*?</svg>", html, flags=re.S)
    svgs += [data.decode() for data, mime in images.served.values() if mime == "image/svg+xml"]
    ticks = " ".join(re.sub(r"<[^>]+>", " ", svg) for svg in svgs)
    assert re.search(r"(?<![\w.])\d+(tn|bn)\b", ticks), ticks[-300:]  # the cash-flow chart's axis is there
    assert not re.search(r"\d(K|M|B|T)\b", ticks)


def test_rounded_keeps_every_digit_of_a_huge_value() -> None:
    """Rounding for display never raises at the model's extremes (a debt cover of 2.5e30x raised
    InvalidOperation in the deck's summary) and keeps the digits the default context would lose."""
    from decimal import Decimal, InvalidOperation

    from wizard.export.numbers import rounded

    huge = Decimal("2499999999999999999999997000001.00000000000000000000000000000")
    with pytest.raises(InvalidOperation):
        huge.quantize(Decimal("0.01"))
    assert rounded(huge, 2) == Decimal("2499999999999999999999997000001.00")
    assert str(rounded(Decimal("1.005"), 2)) == "1.00"  # half-even, as quantize
    assert str(rounded(Decimal("12.25"), 1)) == "12.2"
    assert str(rounded(Decimal("7"), 0)) == "7"
    assert rounded(Decimal("Infinity"), 2) == Decimal("Infinity")
