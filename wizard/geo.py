"""Offline geography: ASEAN outlines, a gazetteer of cities, and vector location maps.

Everything comes from files bundled in ``resources/map/`` (made by ``resources/map/tools/
build_map_data.py``; sources and licences in ``resources/map/README.md``): Natural Earth country
outlines and first-level division lines (public domain), and the GeoNames places of 15,000 people or
more in the 11 ASEAN states (CC BY 4.0). Nothing is fetched; each file is read once, when first
needed, and kept.

What the rest of CityPitch calls:

- :func:`search_places` - the gazetteer, by name prefix, ignoring accents and case, optionally in
  one country; :class:`Place` is one result.
- :func:`country_at` - which country's outline holds a point; :func:`distance_to_country_km` and
  :func:`is_in_country` - whether a point lies in (or within a tolerance of) a given country.
- :func:`location_map` / :func:`location_map_svg` - a self-contained SVG: the country highlighted,
  its provinces' lines, neighbours muted, sea, the city marked, an ASEAN inset and a scale bar.
- :func:`region_map_svg` - the ASEAN states on one small map, one of them highlighted.

The SVGs carry no text but the scale bar's figure ("100 km") and an optional Latin-script label:
WeasyPrint draws SVG text glyph by glyph, which breaks Thai, Khmer, Lao and Burmese, so a label in
those scripts belongs in HTML over the map (:attr:`LocationMap.marker` says where the city is).

Projection: equirectangular with its standard parallel at the middle of the view (true scale along
that parallel and along every meridian). Every view here lies between about 26°S and 36°N and spans
at most a few thousand kilometres, where this is within a few per cent of an equal-area or conformal
projection, and a scale bar measured at the middle of the map is honest.
"""

from __future__ import annotations

import functools
import hashlib
import json
import math
import re
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from html import escape

from wizard.resources import resources_dir

#: The ISO 3166-1 alpha-2 codes of the 11 ASEAN member states (Timor-Leste since October 2025).
ASEAN_CODES: tuple[str, ...] = ("BN", "KH", "ID", "LA", "MY", "MM", "PH", "SG", "TH", "TL", "VN")

_KM_PER_DEG_LAT = 110.574
_KM_PER_DEG_LON = 111.320  # at the equator; times cos(latitude) elsewhere

Number = float | int | Decimal


def map_dir() -> Path:
    """The folder of the bundled map data."""
    return resources_dir() / "map"


# --- text folding -----------------------------------------------------------------------------------


_D = str.maketrans({"đ": "d", "Đ": "D", "ð": "d", "Ð": "D"})
_MARKS = re.compile("[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]")
_NOT_ALNUM = re.compile(r"[\W_]+")
_WORD = re.compile(r"[^\W_]+")


def fold(text: str) -> str:
    """``text`` in lower case without accents, with đ as d: the form names are compared in
    ("Đà Nẵng" -> "da nang")."""
    return _MARKS.sub("", unicodedata.normalize("NFKD", text.translate(_D))).casefold()


def _squash(text: str) -> str:
    """Folded, letters and digits only: "Da-Nang", "Danang" and "Đà Nẵng" all become "danang"."""
    return _NOT_ALNUM.sub("", fold(text))


def _words(text: str) -> list[str]:
    return _WORD.findall(fold(text))


# --- the gazetteer ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Place:
    """One gazetteer entry (GeoNames, CC BY 4.0)."""

    geonameid: int
    name: str
    ascii_name: str
    country: str
    """ISO 3166-1 alpha-2 code of an ASEAN state."""
    admin1: str
    """The first-level division (province, region, state) from Natural Earth, or ""."""
    latitude: float
    longitude: float
    population: int
    alternate_names: tuple[str, ...] = ()

    @property
    def label(self) -> str:
        """ "Da Nang, Da Nang (VN)"-style text for a list of choices."""
        where = f"{self.admin1} " if self.admin1 and _squash(self.admin1) != _squash(self.name) else ""
        return f"{self.name}, {where}({self.country})" if where else f"{self.name} ({self.country})"


@dataclass(frozen=True)
class _Entry:
    place: Place
    names: tuple[str, ...]  # squashed: the name, the ASCII name, then the alternate names
    words: tuple[tuple[str, ...], ...]  # folded words of each of those names
    blob: str  # the squashed names joined: a query that is in none of them cannot match


@functools.cache
def places() -> tuple[Place, ...]:
    """Every gazetteer entry, by country then population (largest first)."""
    return tuple(e.place for e in _entries())


@functools.cache
def _entries() -> tuple[_Entry, ...]:
    path = map_dir() / "places.tsv"
    rows = path.read_text(encoding="utf-8").splitlines()
    out = []
    header = rows[0].split("\t")
    if header[:8] != ["geonameid", "name", "ascii_name", "country", "admin1", "latitude", "longitude", "population"]:
        raise ValueError(f"{path}: unexpected columns {header}")
    for row in rows[1:]:
        gid, name, ascii_, country, admin1, lat, lon, pop, alts = row.split("\t")
        alt_names = tuple(a for a in alts.split("|") if a)
        place = Place(int(gid), name, ascii_, country, admin1, float(lat), float(lon), int(pop), alt_names)
        # One fold for all of a place's names: loading stays well under a tenth of a second.
        folded = fold("\x1f".join((name, ascii_, *alt_names))).split("\x1f")
        squashed = tuple(_NOT_ALNUM.sub("", f) for f in folded)
        out.append(_Entry(place, squashed, tuple(tuple(_WORD.findall(f)) for f in folded), "|".join(squashed)))
    return tuple(out)


def search_places(query: str, *, country: str | None = None, limit: int = 20) -> list[Place]:
    """Gazetteer entries whose name (or ASCII name, or a known other name such as "Saigon") starts
    with ``query``, or has a word that does; accents, case, spaces and hyphens are ignored
    ("da nang", "Danang" and "Đà Nẵng" all find Da Nang). ``country`` (an ISO alpha-2 code) keeps
    one country's places. Best first: the whole name matched, then the name's start, then a word of
    it, then another name; larger places first within each.
    """
    q = _squash(query)
    if not q:
        return []
    qwords = _words(query)
    code = str(country).upper() if country else None
    ranked: list[tuple[int, int, str, Place]] = []
    for e in _entries():
        p = e.place
        if (code and p.country != code) or q not in e.blob:
            continue
        rank = None
        for i, (name, words) in enumerate(zip(e.names, e.words)):
            primary = i < 2
            if name == q:
                r = 0 if primary else 2
            elif name.startswith(q):
                r = 1 if primary else 2
            elif qwords and _words_match(qwords, words):
                r = 2 if primary else 3
            else:
                continue
            rank = r if rank is None else min(rank, r)
        if rank is not None:
            ranked.append((rank, -p.population, p.name, p))
    ranked.sort(key=lambda t: t[:3])
    return [t[3] for t in ranked[: max(0, limit)]]


def _words_match(qwords: list[str], words: tuple[str, ...]) -> bool:
    """The query's words, in order, start consecutive words of the name ("chi minh" in
    "ho chi minh city"; the last query word may be cut short)."""
    n = len(qwords)
    for start in range(1, len(words) - n + 1):
        seg = words[start : start + n]
        if all(w == q for w, q in zip(seg[:-1], qwords[:-1])) and seg[-1].startswith(qwords[-1]):
            return True
    return False


def place_by_id(geonameid: int) -> Place | None:
    """The gazetteer entry with this GeoNames id, if bundled."""
    for p in places():
        if p.geonameid == geonameid:
            return p
    return None


# --- country outlines --------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Country:
    code: str
    name: str
    asean: bool
    bbox: tuple[float, float, float, float]  # west, south, east, north
    rings: tuple[tuple[tuple[float, float], ...], ...]  # (lon, lat), even-odd
    ring_boxes: tuple[tuple[float, float, float, float], ...]


def _decode(flat: Sequence[int], quantum: float, closed: bool) -> tuple[tuple[float, float], ...]:
    x, y = flat[0], flat[1]
    pts = [(x * quantum, y * quantum)]
    for i in range(2, len(flat), 2):
        x += flat[i]
        y += flat[i + 1]
        pts.append((x * quantum, y * quantum))
    if closed:
        pts.append(pts[0])
    return tuple(pts)


def _box(pts: Iterable[tuple[float, float]]) -> tuple[float, float, float, float]:
    xs, ys = zip(*pts)
    return (min(xs), min(ys), max(xs), max(ys))


@functools.cache
def _countries() -> dict[str, _Country]:
    path = map_dir() / "countries.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    if data.get("format") != "citypitch-map-1":
        raise ValueError(f"{path}: not a CityPitch map file")
    q = float(data["quantum"])
    out = {}
    for c in data["countries"]:
        rings = tuple(_decode(r, q, closed=True) for r in c["rings"])
        out[c["code"]] = _Country(
            c["code"], c["name"], bool(c["asean"]), tuple(c["bbox"]), rings, tuple(_box(r) for r in rings)
        )
    return out


@functools.cache
def _admin1() -> dict[str, tuple[tuple[tuple[float, float], ...], ...]]:
    path = map_dir() / "admin1.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    q = float(data["quantum"])
    return {code: tuple(_decode(line, q, closed=False) for line in lines) for code, lines in data["lines"].items()}


def country_name(code: str) -> str:
    """The English short name of a country in the map data ("Viet Nam", "Papua New Guinea")."""
    return _countries()[str(code).upper()].name


def _check_point(latitude: Number, longitude: Number) -> tuple[float, float]:
    lat, lon = float(latitude), float(longitude)
    if not (math.isfinite(lat) and -90 <= lat <= 90):
        raise ValueError(f"latitude {latitude} is not between -90 and 90")
    if not (math.isfinite(lon) and -180 <= lon <= 180):
        raise ValueError(f"longitude {longitude} is not between -180 and 180")
    return lat, lon


def _inside(c: _Country, lon: float, lat: float) -> bool:
    w, s, e, n = c.bbox
    if not (w <= lon <= e and s <= lat <= n):
        return False
    inside = False
    for ring, (rw, rs, re_, rn) in zip(c.rings, c.ring_boxes):
        if not (rw <= lon <= re_ and rs <= lat <= rn):
            continue
        for (x1, y1), (x2, y2) in zip(ring, ring[1:]):
            if (y1 > lat) != (y2 > lat) and lon < (x2 - x1) * (lat - y1) / (y2 - y1) + x1:
                inside = not inside
    return inside


def country_at(latitude: Number, longitude: Number) -> str | None:
    """The ISO alpha-2 code of the country whose outline holds the point (ASEAN states and their
    neighbours in the bundled data), or None at sea or outside the map data. The outlines are
    simplified to about a kilometre: for a point on a coast or a border, see
    :func:`is_in_country`."""
    lat, lon = _check_point(latitude, longitude)
    for c in _countries().values():
        if _inside(c, lon, lat):
            return c.code
    return None


def distance_to_country_km(code: str, latitude: Number, longitude: Number) -> float:
    """How far the point lies outside country ``code``'s outline, in km (0.0 inside it).
    KeyError for a country not in the map data."""
    lat, lon = _check_point(latitude, longitude)
    c = _countries()[str(code).upper()]
    if _inside(c, lon, lat):
        return 0.0
    kx = _KM_PER_DEG_LON * math.cos(math.radians(lat))
    best = math.inf
    px, py = lon * kx, lat * _KM_PER_DEG_LAT
    for ring in c.rings:
        for (x1, y1), (x2, y2) in zip(ring, ring[1:]):
            ax, ay, bx, by = x1 * kx, y1 * _KM_PER_DEG_LAT, x2 * kx, y2 * _KM_PER_DEG_LAT
            dx, dy = bx - ax, by - ay
            seg = dx * dx + dy * dy
            t = 0.0 if seg == 0 else max(0.0, min(1.0, ((px - ax) * dx + (py - ay) * dy) / seg))
            d = math.hypot(px - ax - t * dx, py - ay - t * dy)
            if d < best:
                best = d
    return best


def is_in_country(code: str, latitude: Number, longitude: Number, *, tolerance_km: float = 10.0) -> bool:
    """Whether the point lies in country ``code`` or within ``tolerance_km`` of its outline (a city
    on a coast or an island the simplified outline leaves just outside). False for a country not
    in the map data."""
    if str(code).upper() not in _countries():
        return False
    return distance_to_country_km(code, latitude, longitude) <= tolerance_km


# --- drawing -----------------------------------------------------------------------------------------

_HEX = re.compile(r"^#[0-9A-Fa-f]{6}$")
SEA = "#EAF1F5"
LAND = "#DEDFDB"
LAND_ASEAN = "#D2D5D1"
BORDER = "#FFFFFF"
INK = "#2D3A45"


def _mix(colour: str, other: str, t: float) -> str:
    """``colour`` moved a fraction ``t`` of the way to ``other``."""
    a = [int(colour[i : i + 2], 16) for i in (1, 3, 5)]
    b = [int(other[i : i + 2], 16) for i in (1, 3, 5)]
    return "#" + "".join(f"{round(x + (y - x) * t):02X}" for x, y in zip(a, b))


def _check_accent(accent: str) -> str:
    if not isinstance(accent, str) or not _HEX.match(accent):
        raise ValueError(f"accent colour {accent!r} is not of the form #RRGGBB")
    return accent.upper()


def label_fits_svg(text: str) -> bool:
    """Whether ``text`` may go into the map's SVG as a label: Latin script (Vietnamese included),
    digits and punctuation only. Thai, Khmer, Lao, Burmese and other scripts belong in HTML over
    the map (WeasyPrint draws SVG text glyph by glyph)."""
    for ch in text:
        if ch.isalpha() and "LATIN" not in unicodedata.name(ch, ""):
            return False
        if unicodedata.category(ch) in ("Cc", "Cf", "Co", "Cs", "Cn"):
            return False
    return True


@dataclass(frozen=True)
class _View:
    """A map window and its projection onto a ``width`` x ``height`` box at (ox, oy)."""

    lon0: float
    lat0: float
    kx: float  # px per degree of longitude
    ky: float  # px per degree of latitude
    ox: float
    oy: float
    width: float
    height: float

    @staticmethod
    def fit(
        west: float, south: float, east: float, north: float, width: float, height: float, ox: float = 0, oy: float = 0
    ) -> _View:
        """The view showing at least the box (degrees), centred, filling the width x height box."""
        lat0 = (south + north) / 2
        c = math.cos(math.radians(lat0))
        span_x = max((east - west) * c, 1e-6)
        span_y = max(north - south, 1e-6)
        scale = min(width / span_x, height / span_y)  # px per degree of latitude
        return _View((west + east) / 2, lat0, scale * c, scale, ox, oy, width, height)

    def xy(self, lon: float, lat: float) -> tuple[float, float]:
        return (
            self.ox + self.width / 2 + (lon - self.lon0) * self.kx,
            self.oy + self.height / 2 - (lat - self.lat0) * self.ky,
        )

    @property
    def bounds(self) -> tuple[float, float, float, float]:
        """The degrees the view shows: west, south, east, north."""
        hw, hh = self.width / 2 / self.kx, self.height / 2 / self.ky
        return (self.lon0 - hw, self.lat0 - hh, self.lon0 + hw, self.lat0 + hh)

    def km_per_px(self) -> float:
        return _KM_PER_DEG_LAT / self.ky


def _num(v: float) -> str:
    """A coordinate with one decimal at most, as short as SVG path data allows ("-0.5", "12")."""
    t = f"{v:.1f}"
    if t.endswith(".0"):
        t = t[:-2]
    if t == "-0":
        t = "0"
    return t


_Point = tuple[float, float]
_Cut = Callable[[_Point, _Point], _Point]  # the point where the segment p -> q crosses a clip edge


def _clip(pts: list[tuple[float, float]], x0: float, y0: float, x1: float, y1: float) -> list[tuple[float, float]]:
    """Sutherland-Hodgman clip of a closed ring of screen points to a rectangle (the rectangle is a
    little larger than the map, so the cut edges are never seen)."""

    def cut(pts: list[_Point], inside: Callable[[_Point], bool], at: _Cut) -> list[_Point]:
        out: list[tuple[float, float]] = []
        if not pts:
            return out
        prev = pts[-1]
        for cur in pts:
            if inside(cur):
                if not inside(prev):
                    out.append(at(prev, cur))
                out.append(cur)
            elif inside(prev):
                out.append(at(prev, cur))
            prev = cur
        return out

    def at_x(x: float) -> _Cut:
        return lambda p, q: (x, p[1] + (q[1] - p[1]) * (x - p[0]) / (q[0] - p[0]))

    def at_y(y: float) -> _Cut:
        return lambda p, q: (p[0] + (q[0] - p[0]) * (y - p[1]) / (q[1] - p[1]), y)

    pts = cut(pts, lambda p: p[0] >= x0, at_x(x0))
    pts = cut(pts, lambda p: p[0] <= x1, at_x(x1))
    pts = cut(pts, lambda p: p[1] >= y0, at_y(y0))
    return cut(pts, lambda p: p[1] <= y1, at_y(y1))


#: How far (px of the drawing, which is drawn at the size it is shown) a simplified outline may stray from the
#: data: the deck shows its location map 410 px wide on a 1280 px slide, so half a pixel is three quarters of a
#: pixel on a 1920 px projector, and at three times that (a 300 dpi print of the slide) the outlines compared as
#: PNGs still look the same.  WeasyPrint draws an SVG path point by point, so each point left out is time saved
#: on every export (issue 21: the map's SVG took about 0.1 s of every deck).
SIMPLIFY_PX = 0.5


def simplify(pts: list[_Point], tolerance: float) -> list[_Point]:
    """Douglas-Peucker: some of ``pts`` (first and last always kept) such that none left out lies farther than
    ``tolerance`` from the segment between the kept points around it.  Also used by the map data's build
    script (resources/map/tools/build_map_data.py) on the data in degrees."""
    n = len(pts)
    if n < 3:
        return pts
    keep = [False] * n
    keep[0] = keep[-1] = True
    limit = tolerance * tolerance
    stack = [(0, n - 1)]
    while stack:
        a, b = stack.pop()
        if b - a < 2:
            continue
        ax, ay = pts[a]
        dx, dy = pts[b][0] - ax, pts[b][1] - ay
        length = dx * dx + dy * dy
        far, at = -1.0, -1
        for i in range(a + 1, b):
            # The squared distance to the segment a-b (as drawn), not to its line; a closed ring's first and
            # last points are one, and the distance is to that point.
            px, py = pts[i][0] - ax, pts[i][1] - ay
            t = (px * dx + py * dy) / length if length else 0.0
            t = 0.0 if t < 0.0 else 1.0 if t > 1.0 else t
            ex, ey = px - t * dx, py - t * dy
            d = ex * ex + ey * ey
            if d > far:
                far, at = d, i
        if far > limit:
            keep[at] = True
            stack.append((a, at))
            stack.append((at, b))
    return [p for p, k in zip(pts, keep) if k]


def _path(
    view: _View, rings: Iterable[Sequence[tuple[float, float]]], closed: bool, min_px: float = 0.9, drop_px: float = 2.0
) -> str:
    """SVG path data for rings (``closed``) or lines seen through ``view``: rings are clipped to
    the view with a margin, points nearer than ``min_px`` to the last one kept are dropped, the rest simplified
    to within :data:`SIMPLIFY_PX`, and a ring less than ``drop_px`` across is left out. Coordinates are relative,
    to one decimal."""
    w, s, e, n = view.bounds
    margin = 8.0
    left, top = view.ox - margin, view.oy - margin
    right, bottom = view.ox + view.width + margin, view.oy + view.height + margin
    parts: list[str] = []
    for ring in rings:
        bw, bs, be, bn = _box(ring)
        if be < w or bw > e or bn < s or bs > n:
            continue
        if closed and max((be - bw) * view.kx, (bn - bs) * view.ky) < drop_px:
            continue
        pts = [view.xy(x, y) for x, y in ring]
        if closed and not (w <= bw and be <= e and s <= bs and bn <= n):
            pts = _clip(pts[:-1], left, top, right, bottom)
            if len(pts) < 3:
                continue
            pts.append(pts[0])
        kept = [pts[0]]
        for p in pts[1:-1]:
            q = kept[-1]
            if abs(p[0] - q[0]) + abs(p[1] - q[1]) >= min_px:
                kept.append(p)
        kept.append(pts[-1])
        simple = simplify(kept, SIMPLIFY_PX)
        if not closed or len(simple) >= 4:  # an islet too small to simplify is drawn as it was
            kept = simple
        if closed and len(kept) < 4:
            continue
        rounded = [(round(x, 1), round(y, 1)) for x, y in kept]
        out = [f"M{_num(rounded[0][0])} {_num(rounded[0][1])}l"]
        for (x0, y0), (x1, y1) in zip(rounded, rounded[1:] if not closed else rounded[1:-1]):
            dx, dy = _num(x1 - x0), _num(y1 - y0)
            out.append(f"{dx}{'' if dy.startswith('-') else ' '}{dy} ")
        parts.append("".join(out).rstrip() + ("z" if closed else ""))
    return "".join(parts)


def _nice_km(target: float) -> int:
    """A round distance (1, 2 or 5 times a power of ten km) no longer than ``target``."""
    if target < 1:
        return 1
    p = 10 ** math.floor(math.log10(target))
    for m in (5, 2, 1):
        if m * p <= target:
            return int(m * p)
    return int(p)


def _land_layers(
    view: _View, highlight: str | None, accent: str, stroke: float, admin_lines: bool, drop_px: float = 2.0
) -> list[str]:
    """Neighbours (muted), the other ASEAN states (a shade darker), then the highlighted country in
    a tint of the accent with its division lines and a darker outline."""
    countries = _countries()
    out = []
    muted = [c for c in countries.values() if not c.asean]
    asean = [c for c in countries.values() if c.asean and c.code != highlight]
    for group, fill in ((muted, LAND), (asean, LAND_ASEAN)):
        d = _path(view, (r for c in group for r in c.rings), True, drop_px=drop_px)
        if d:
            out.append(
                f'<path d="{d}" fill="{fill}" fill-rule="evenodd" stroke="{BORDER}" '
                f'stroke-width="{stroke:.2f}" stroke-linejoin="round"/>'
            )
    if highlight:
        d = _path(view, countries[highlight].rings, True, drop_px=drop_px)
        if d:
            out.append(
                f'<path d="{d}" fill="{_mix(accent, "#FFFFFF", 0.72)}" fill-rule="evenodd" '
                f'stroke="{_mix(accent, "#000000", 0.15)}" stroke-width="{stroke * 1.2:.2f}" stroke-linejoin="round"/>'
            )
            if admin_lines:
                lines = _path(view, _admin1().get(highlight, ()), False, min_px=1.0)
                if lines:
                    out.append(
                        f'<path d="{lines}" fill="none" stroke="{_mix(accent, "#FFFFFF", 0.3)}" '
                        f'stroke-width="{stroke * 0.7:.2f}" stroke-linejoin="round" stroke-linecap="round"/>'
                    )
    return out


@dataclass(frozen=True)
class LocationMap:
    """A drawn location map: the SVG and where things are on it (in the SVG's own units, which
    are its width and height), so a label in any script can be laid over it in HTML."""

    svg: str
    width: float
    height: float
    marker: tuple[float, float]
    """Centre of the city marker."""
    scale_km: int
    """Length of the scale bar, in km."""
    bounds: tuple[float, float, float, float]
    """What the main map shows, in degrees: west, south, east, north."""


_FONT = "Inter, sans-serif"  # the deck's bundled Latin face (wizard.export.fonts)


# The same place drawn again is the same drawing (the result is frozen): the deck is planned on every
# preview and every edited slide, and drawing the land takes about 90 ms (issue 21).
@functools.lru_cache(maxsize=16)
def location_map(
    country_code: str,
    latitude: Number,
    longitude: Number,
    *,
    label: str | None = None,
    width: float = 640,
    height: float = 480,
    accent: str = "#0F6E8C",
    inset: bool = True,
    admin_lines: bool = True,
    font_family: str = _FONT,
) -> LocationMap:
    """Draw country ``country_code`` (an ASEAN state) with the point marked.

    The view fits the whole country and the point, with a margin of at least a quarter of a
    degree, and is at least about 130 km across (so Singapore shows the strait and its neighbours). ``label``, if given, is written
    beside the marker; it must pass :func:`label_fits_svg` (ValueError otherwise). ``inset``
    adds a small map of ASEAN in the corner farthest from the country, with the view framed on it.
    """
    code = str(country_code).upper()
    if code not in ASEAN_CODES:
        raise ValueError(f"{country_code!r} is not an ASEAN country code ({', '.join(ASEAN_CODES)})")
    lat, lon = _check_point(latitude, longitude)
    accent = _check_accent(accent)
    if label is not None and not label_fits_svg(label):
        raise ValueError("the label holds characters SVG text cannot show here; put it in HTML over the map")
    if not (width >= 50 and height >= 50 and math.isfinite(width) and math.isfinite(height)):
        raise ValueError(f"map size {width} x {height} is too small")
    c = _countries()[code]
    w, s, e, n = c.bbox
    w, s, e, n = min(w, lon), min(s, lat), max(e, lon), max(n, lat)
    # The whole country shows (Indonesia's and Malaysia's far islands too): its bounding box plus
    # 8 % each side, and at least a quarter of a degree, so a small state keeps its coast and
    # neighbours in view; the view spans at least 1.2 degrees (about 130 km).
    padx, pady = max((e - w) * 0.08, 0.25), max((n - s) * 0.08, 0.25)
    w, e = w - padx, e + padx
    s, n = s - pady, n + pady
    min_span = 1.2
    if e - w < min_span:
        mid = (w + e) / 2
        w, e = mid - min_span / 2, mid + min_span / 2
    if n - s < min_span:
        mid = (s + n) / 2
        s, n = mid - min_span / 2, mid + min_span / 2
    view = _View.fit(w, s, e, n, width, height)
    mx, my = view.xy(lon, lat)
    uid = _uid("location", code, lat, lon, width, height, accent, label, inset, admin_lines)
    unit = min(width, height) / 480  # strokes and marker scale with the map

    body = [f'<rect width="{width:g}" height="{height:g}" fill="{SEA}"/>']
    body += _land_layers(view, code, accent, 0.9 * unit, admin_lines)

    # Inset: ASEAN, in the corner that least overlaps the country and the marker.
    inset_svg = ""
    if inset:
        iw = round(width * 0.27)
        ih = round(iw * 0.82)
        pad: float = round(10 * unit)
        corners = {
            "tr": (width - iw - pad, pad),
            "tl": (pad, pad),
            "br": (width - iw - pad, height - ih - pad),
            "bl": (pad, height - ih - pad),
        }
        cx0, cy0 = view.xy(c.bbox[0], c.bbox[3])
        cx1, cy1 = view.xy(c.bbox[2], c.bbox[1])

        def cost(xy: tuple[float, float]) -> float:
            x, y = xy
            ox = max(0.0, min(x + iw, cx1) - max(x, cx0))
            oy = max(0.0, min(y + ih, cy1) - max(y, cy0))
            hit = 1e9 if (x - 20 * unit <= mx <= x + iw + 20 * unit and y - 20 * unit <= my <= y + ih + 20 * unit) else 0
            return ox * oy + hit

        corner = min(("tr", "br", "tl", "bl"), key=lambda k: cost(corners[k]))
        ix, iy = corners[corner]
        inset_svg = _inset(ix, iy, iw, ih, code, accent, view.bounds, unit, uid)
        scale_corner = {"tr": "bl", "tl": "bl", "br": "bl", "bl": "br"}[corner]
    else:
        scale_corner = "bl"

    # Scale bar, about a fifth of the width.
    km = _nice_km(width * 0.2 * view.km_per_px())
    bar = km / view.km_per_px()
    pad = 14 * unit
    fs = 11 * unit
    bx = pad if scale_corner == "bl" else width - pad - bar
    by = height - pad
    scale_svg = (
        f'<g><rect x="{bx - 6 * unit:.1f}" y="{by - fs - 10 * unit:.1f}" width="{bar + 12 * unit:.1f}" '
        f'height="{fs + 16 * unit:.1f}" fill="#FFFFFF" fill-opacity="0.75" rx="{2 * unit:.1f}"/>'
        f'<path d="M{bx:.1f} {by - 4 * unit:.1f}V{by:.1f}H{bx + bar:.1f}V{by - 4 * unit:.1f}" fill="none" '
        f'stroke="{INK}" stroke-width="{1.2 * unit:.2f}"/>'
        f'<text x="{bx + bar / 2:.1f}" y="{by - 6 * unit:.1f}" font-family="{escape(font_family)}" '
        f'font-size="{fs:.1f}" fill="{INK}" text-anchor="middle">{km:,} km</text></g>'
    )

    # The city: a dot in the accent colour with a white ring, and a halo.
    r = 6 * unit
    marker_svg = (
        f'<circle cx="{mx:.1f}" cy="{my:.1f}" r="{r * 2.2:.1f}" fill="{accent}" fill-opacity="0.18"/>'
        f'<circle cx="{mx:.1f}" cy="{my:.1f}" r="{r:.1f}" fill="{accent}" stroke="#FFFFFF" stroke-width="{2 * unit:.2f}"/>'
    )
    label_svg = ""
    if label:
        fsl = 14 * unit
        right = mx < width * 0.62
        tx = mx + (r + 6 * unit) * (1 if right else -1)
        anchor = "start" if right else "end"
        text = escape(label)
        attrs = (
            f'x="{tx:.1f}" y="{my + fsl * 0.35:.1f}" font-family="{escape(font_family)}" font-size="{fsl:.1f}" '
            f'font-weight="700" text-anchor="{anchor}"'
        )
        label_svg = (
            f'<text {attrs} fill="none" stroke="#FFFFFF" stroke-width="{3 * unit:.1f}" stroke-linejoin="round">{text}</text>'
            f'<text {attrs} fill="{INK}">{text}</text>'
        )

    svg = (
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{width:g}" height="{height:g}" '
        f'viewBox="0 0 {width:g} {height:g}" role="img">'
        f'<defs><clipPath id="{uid}"><rect width="{width:g}" height="{height:g}"/></clipPath></defs>'
        f'<g clip-path="url(#{uid})">{"".join(body)}{marker_svg}{label_svg}{inset_svg}{scale_svg}</g>'
        f'<rect x="0.5" y="0.5" width="{width - 1:g}" height="{height - 1:g}" fill="none" stroke="#C9CED2"/>'
        f"</svg>"
    )
    return LocationMap(svg, width, height, (round(mx, 1), round(my, 1)), km, view.bounds)


def location_map_svg(
    country_code: str,
    latitude: Number,
    longitude: Number,
    *,
    label: str | None = None,
    width: float = 640,
    height: float = 480,
    accent: str = "#0F6E8C",
) -> str:
    """The SVG of :func:`location_map` (same arguments)."""
    return location_map(country_code, latitude, longitude, label=label, width=width, height=height, accent=accent).svg


#: What the ASEAN overview shows (degrees: west, south, east, north).
ASEAN_BOUNDS = (91.5, -11.5, 141.5, 28.8)


def _uid(*parts: object) -> str:
    """An id for a clip path, the same for the same map and different between maps, so that two
    maps inline in one HTML page never pick up each other's clip."""
    return "m" + hashlib.sha1(repr(parts).encode()).hexdigest()[:10]


def _inset(x: float, y: float, w: float, h: float, code: str, accent: str, frame: tuple[float, float, float, float], unit: float, uid: str) -> str:
    view = _View.fit(*ASEAN_BOUNDS, w, h, x, y)
    parts = [
        f'<rect x="{x:.1f}" y="{y:.1f}" width="{w:.1f}" height="{h:.1f}" fill="{SEA}" stroke="#9AA5AE" stroke-width="{unit:.2f}"/>',
        f'<clipPath id="{uid}i"><rect x="{x:.1f}" y="{y:.1f}" width="{w:.1f}" height="{h:.1f}"/></clipPath>',
        f'<g clip-path="url(#{uid}i)">',
    ]
    parts += _land_layers(view, code, accent, 0.35 * unit, False, drop_px=3.0)
    fw, fs, fe, fn = frame
    x0, y0 = view.xy(fw, fn)
    x1, y1 = view.xy(fe, fs)
    if (x1 - x0) < w * 0.85 or (y1 - y0) < h * 0.85:
        parts.append(
            f'<rect x="{x0:.1f}" y="{y0:.1f}" width="{x1 - x0:.1f}" height="{y1 - y0:.1f}" fill="none" '
            f'stroke="{INK}" stroke-width="{1.1 * unit:.2f}"/>'
        )
    parts.append("</g>")
    return "".join(parts)


def region_map_svg(
    country_code: str | None = None,
    latitude: Number | None = None,
    longitude: Number | None = None,
    *,
    width: float = 480,
    height: float = 400,
    accent: str = "#0F6E8C",
) -> str:
    """The ASEAN states on one map, ``country_code`` highlighted (if given) and the point marked
    (if given), with a scale bar. No labels."""
    accent = _check_accent(accent)
    code = str(country_code).upper() if country_code else None
    if code is not None and code not in ASEAN_CODES:
        raise ValueError(f"{country_code!r} is not an ASEAN country code ({', '.join(ASEAN_CODES)})")
    if not (width >= 50 and height >= 50 and math.isfinite(width) and math.isfinite(height)):
        raise ValueError(f"map size {width} x {height} is too small")
    view = _View.fit(*ASEAN_BOUNDS, width, height)
    unit = min(width, height) / 480
    uid = _uid("region", code, latitude, longitude, width, height, accent)
    body = [f'<rect width="{width:g}" height="{height:g}" fill="{SEA}"/>']
    body += _land_layers(view, code, accent, 0.6 * unit, False)
    if latitude is not None and longitude is not None:
        lat, lon = _check_point(latitude, longitude)
        mx, my = view.xy(lon, lat)
        r = max(5 * unit, 3.5)  # still a visible dot on a thumbnail
        body.append(
            f'<circle cx="{mx:.1f}" cy="{my:.1f}" r="{r:.1f}" fill="{accent}" stroke="#FFFFFF" stroke-width="{1.6 * unit:.2f}"/>'
        )
    km = _nice_km(width * 0.2 * view.km_per_px())
    bar = km / view.km_per_px()
    bx, by, fs = 14 * unit, height - 14 * unit, 11 * unit
    body.append(
        f'<path d="M{bx:.1f} {by - 4 * unit:.1f}V{by:.1f}H{bx + bar:.1f}V{by - 4 * unit:.1f}" fill="none" '
        f'stroke="{INK}" stroke-width="{1.2 * unit:.2f}"/>'
        f'<text x="{bx + bar / 2:.1f}" y="{by - 6 * unit:.1f}" font-family="{escape(_FONT)}" font-size="{fs:.1f}" '
        f'fill="{INK}" text-anchor="middle">{km:,} km</text>'
    )
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{width:g}" height="{height:g}" '
        f'viewBox="0 0 {width:g} {height:g}" role="img">'
        f'<defs><clipPath id="{uid}"><rect width="{width:g}" height="{height:g}"/></clipPath></defs>'
        f'<g clip-path="url(#{uid})">{"".join(body)}</g></svg>'
    )
