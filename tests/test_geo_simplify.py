"""The location map's outlines are simplified to what the slide shows (issue 21): WeasyPrint draws an SVG path
point by point, and the map's SVG cost about 0.1 s of every deck. Douglas-Peucker to half a pixel keeps every
outline within that distance of the data while leaving out about half of the path data."""

from __future__ import annotations

import math
import random
import re

from wizard import geo


def _distance(p: tuple[float, float], a: tuple[float, float], b: tuple[float, float]) -> float:
    """From p to the segment a-b."""
    dx, dy = b[0] - a[0], b[1] - a[1]
    length = dx * dx + dy * dy
    t = 0.0 if not length else max(0.0, min(1.0, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / length))
    return math.hypot(p[0] - a[0] - t * dx, p[1] - a[1] - t * dy)


def test_no_point_left_out_strays_beyond_the_tolerance() -> None:
    rng = random.Random(7)
    # A wiggly coast: a circle with noise, closed (first point = last point), and an open line.
    ring = [(100 + 40 * math.cos(a) + rng.uniform(-1.5, 1.5), 80 + 30 * math.sin(a) + rng.uniform(-1.5, 1.5))
            for a in (i * 2 * math.pi / 600 for i in range(600))]
    ring.append(ring[0])
    line = [(i * 0.5, 3 * math.sin(i / 9) + rng.uniform(-0.2, 0.2)) for i in range(500)]
    for points in (ring, line):
        kept = geo.simplify(points, 0.3)
        assert kept[0] == points[0] and kept[-1] == points[-1]
        assert len(kept) < len(points)
        index, at = [], 0
        for k in kept:  # the kept points are some of the points, in their order
            while points[at] != k:
                at += 1
            index.append(at)
            at += 1
        for a, b in zip(index, index[1:]):
            for p in points[a + 1:b]:
                assert _distance(p, points[a], points[b]) <= 0.3 + 1e-9


def test_a_short_or_straight_line_is_its_ends() -> None:
    assert geo.simplify([(0.0, 0.0), (1.0, 1.0)], 0.3) == [(0.0, 0.0), (1.0, 1.0)]
    assert geo.simplify([(0.0, 0.0), (1.0, 0.1), (2.0, 0.0), (3.0, 0.1), (4.0, 0.0)], 0.3) == [(0.0, 0.0), (4.0, 0.0)]


def test_the_deck_map_keeps_every_layer_with_fewer_points() -> None:
    geo.location_map.cache_clear()
    try:
        place = next(p for p in geo.places() if p.country == "VN")
        before = geo.SIMPLIFY_PX
        drawn = geo.location_map("VN", place.latitude, place.longitude, width=410.0, height=230.0).svg
        geo.location_map.cache_clear()
        geo.SIMPLIFY_PX = 0.0  # the outlines as they were: every point at least 0.9 px from the last one
        full = geo.location_map("VN", place.latitude, place.longitude, width=410.0, height=230.0).svg
    finally:
        geo.SIMPLIFY_PX = before
        geo.location_map.cache_clear()
    layers, full_layers = re.findall(r"<path d=\"([^\"]*)\"", drawn), re.findall(r"<path d=\"([^\"]*)\"", full)
    assert len(layers) == len(full_layers)  # the same layers: land, neighbours, the country, its provinces, inset
    for path, whole in zip(layers, full_layers):
        assert path.count("M") == whole.count("M")  # every island and coast is still drawn
    assert len(drawn) < 0.75 * len(full)
    # Everything but the path data is the same (marker, label, scale bar, colours).
    assert re.sub(r' d="[^"]*"', "", drawn) == re.sub(r' d="[^"]*"', "", full)
