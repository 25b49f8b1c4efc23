"""The export's own SVG figures (locator map, structure connectors) redrawn as native PowerPoint shapes.

Only the SVG that :mod:`wizard.export.charts` and :mod:`wizard.geo` draw is read here, never the team's
files: paths of straight segments (``M L H V Z``, absolute or relative; a curve is followed to its end
point), ``rect``, ``circle``, ``line`` (an arrow head where ``marker-end`` is set) and ``text``.  Rectangular
clip paths are honoured by pulling points inside the clip box, which is exact for the map's sea and land
polygons against its rectangular frame and close enough for its outlines.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from typing import Any

_NS = "{http://www.w3.org/2000/svg}"
_NUMBER = re.compile(r"[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?")
_TOKEN = re.compile(r"[MmLlHhVvZzCcSsQqTtAa]|[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?")
_ARGS = {"M": 2, "L": 2, "H": 1, "V": 1, "Z": 0, "C": 6, "S": 4, "Q": 4, "T": 2, "A": 7}
Box = tuple[float, float, float, float]  # x0, y0, x1, y1


def path_contours(d: str) -> list[tuple[list[tuple[float, float]], bool]]:
    """The contours of an SVG path's data: (points, closed) each, curves reduced to their end points."""
    tokens = _TOKEN.findall(d)
    contours: list[tuple[list[tuple[float, float]], bool]] = []
    points: list[tuple[float, float]] = []
    x = y = 0.0
    start = (0.0, 0.0)
    command = ""
    i = 0

    def finish(closed: bool) -> None:
        nonlocal points
        if len(points) > 1:
            contours.append((points, closed))
        points = []

    while i < len(tokens):
        token = tokens[i]
        if token.isalpha():
            command = token
            i += 1
            if command in "Zz":
                finish(True)
                x, y = start
                continue
        if not command:
            break
        upper = command.upper()
        count = _ARGS[upper]
        args = [float(t) for t in tokens[i:i + count]]
        if len(args) < count or any(not _NUMBER.fullmatch(t) for t in tokens[i:i + count]):
            break
        i += count
        relative = command.islower()
        if upper == "M":
            finish(False)
            x, y = (x + args[0], y + args[1]) if relative else (args[0], args[1])
            start = (x, y)
            points = [(x, y)]
            command = "l" if relative else "L"  # further pairs after a moveto are line-tos
            continue
        if upper == "H":
            x = x + args[0] if relative else args[0]
        elif upper == "V":
            y = y + args[0] if relative else args[0]
        else:
            x, y = (x + args[-2], y + args[-1]) if relative else (args[-2], args[-1])
        if not points:
            points = [start]
        points.append((x, y))
    finish(False)
    return contours


def _clip(points: list[tuple[float, float]], box: Box | None) -> list[tuple[float, float]]:
    if box is None:
        return points
    x0, y0, x1, y1 = box
    return [(min(max(px, x0), x1), min(max(py, y0), y1)) for px, py in points]


def _rect_box(element: ET.Element) -> Box:
    x, y = float(element.get("x", 0)), float(element.get("y", 0))
    return (x, y, x + float(element.get("width", 0)), y + float(element.get("height", 0)))


def _colour(value: str | None) -> str | None:
    if not value or value == "none" or not re.fullmatch(r"#[0-9A-Fa-f]{6}", value):
        return None
    return value[1:].upper()


def draw_svg(slide: Any, svg: str, x: float, y: float, width: float, height: float, *, name: str = "Figure") -> int:
    """Draw ``svg`` (ours, see the module) into a group at (x, y) px, scaled to width x height; shapes made."""
    from pptx.util import Emu

    from wizard.export.pptx.units import px

    if not svg.strip():
        return 0
    root = ET.fromstring(svg)
    view = [float(v) for v in (root.get("viewBox") or f"0 0 {root.get('width', width)} {root.get('height', height)}").split()]
    scale_x, scale_y = width / (view[2] or 1), height / (view[3] or 1)
    clips: dict[str, Box] = {}
    for clip in root.iter(_NS + "clipPath"):
        rect = clip.find(_NS + "rect")
        if rect is not None and clip.get("id"):
            clips[clip.get("id", "")] = _rect_box(rect)
    group = slide.shapes.add_group_shape()
    group.name = name
    made = 0

    def at(point: tuple[float, float]) -> tuple[float, float]:
        return (x + (point[0] - view[0]) * scale_x, y + (point[1] - view[1]) * scale_y)

    def style(shape: Any, fill: str | None, stroke: str | None, stroke_width: float, opacity: float = 1.0) -> None:
        from pptx.dml.color import RGBColor

        if fill:
            shape.fill.solid()
            shape.fill.fore_color.rgb = RGBColor.from_string(fill)
            if opacity < 1.0:
                _alpha(shape, opacity)
        else:
            shape.fill.background()
        if stroke:
            shape.line.color.rgb = RGBColor.from_string(stroke)
            shape.line.width = Emu(max(px(stroke_width * scale_x), 3175))
        else:
            shape.line.fill.background()
        shape.shadow.inherit = False

    def walk(element: ET.Element, box: Box | None) -> None:
        nonlocal made
        clip = re.match(r"url\(#([^)]+)\)", element.get("clip-path", ""))
        if clip and clip.group(1) in clips:
            inner = clips[clip.group(1)]
            box = inner if box is None else (max(box[0], inner[0]), max(box[1], inner[1]),
                                             min(box[2], inner[2]), min(box[3], inner[3]))
        tag = element.tag.replace(_NS, "")
        fill = _colour(element.get("fill", "#000000"))
        stroke = _colour(element.get("stroke"))
        stroke_width = float(element.get("stroke-width", 1))
        opacity = float(element.get("fill-opacity", 1))
        if tag in ("defs", "clipPath", "marker", "title"):
            return
        if tag == "path":
            contours = [(_clip(points, box), closed) for points, closed in path_contours(element.get("d", ""))]
            contours = [(p, c) for p, c in contours if len(p) > 1]
            if contours:
                shape = _freeform(group, [([at(p) for p in points], closed) for points, closed in contours])
                if shape is not None:
                    style(shape, fill if any(c for _, c in contours) else None, stroke, stroke_width, opacity)
                    made += 1
        elif tag == "rect" and (fill or stroke):
            x0, y0, x1, y1 = _rect_box(element)
            if box is not None:
                x0, y0, x1, y1 = max(x0, box[0]), max(y0, box[1]), min(x1, box[2]), min(y1, box[3])
            if x1 > x0 and y1 > y0:
                (ax, ay), (bx, by) = at((x0, y0)), at((x1, y1))
                from pptx.enum.shapes import MSO_SHAPE

                shape = group.shapes.add_shape(MSO_SHAPE.RECTANGLE, Emu(px(ax)), Emu(px(ay)), Emu(px(bx - ax)),
                                               Emu(px(by - ay)))
                style(shape, fill, stroke, stroke_width, opacity)
                made += 1
        elif tag == "circle":
            from pptx.enum.shapes import MSO_SHAPE

            cx, cy, r = float(element.get("cx", 0)), float(element.get("cy", 0)), float(element.get("r", 0))
            (ax, ay), (bx, by) = at((cx - r, cy - r)), at((cx + r, cy + r))
            shape = group.shapes.add_shape(MSO_SHAPE.OVAL, Emu(px(ax)), Emu(px(ay)), Emu(px(bx - ax)), Emu(px(by - ay)))
            style(shape, fill, stroke, stroke_width, opacity)
            made += 1
        elif tag == "line":
            (ax, ay) = at((float(element.get("x1", 0)), float(element.get("y1", 0))))
            (bx, by) = at((float(element.get("x2", 0)), float(element.get("y2", 0))))
            from pptx.enum.shapes import MSO_CONNECTOR

            line = group.shapes.add_connector(MSO_CONNECTOR.STRAIGHT, Emu(px(ax)), Emu(px(ay)), Emu(px(bx)), Emu(px(by)))
            from pptx.dml.color import RGBColor

            line.line.color.rgb = RGBColor.from_string(stroke or "4A5866")
            line.line.width = Emu(px(stroke_width))
            if element.get("marker-end"):
                _arrow_end(line)
            made += 1
        elif tag == "text" and (element.text or "").strip():
            from wizard.export.pptx.text import Style

            size = float(element.get("font-size", 10)) * scale_y
            tx, ty = at((float(element.get("x", 0)), float(element.get("y", 0))))
            w = max(len(element.text or "") * size * 0.62, 20)
            anchor = element.get("text-anchor", "start")
            left = tx - w / 2 if anchor == "middle" else tx - w if anchor == "end" else tx
            _text(group, left, ty - size, w, size * 1.4, element.text or "", Style(round(size * 0.75, 1),
                                                                                    color=fill or "2D3A45"),
                  {"middle": "center", "end": "right"}.get(anchor, "left"))
            made += 1
        for child in element:
            walk(child, box)

    walk(root, None)
    return made


def _freeform(group: Any, contours: list[tuple[list[tuple[float, float]], bool]]) -> Any:
    """A shape of straight-line contours (points in px), its custom geometry written in one pass.

    python-pptx's FreeformBuilder recomputes the shape's extent for every point it adds (quadratic: a
    minute for the map's 7,000 points); here the extent is found once.
    """
    from lxml import etree
    from pptx.enum.shapes import MSO_SHAPE
    from pptx.oxml.ns import qn
    from pptx.util import Emu

    from wizard.export.pptx.units import px

    points = [(px(x), px(y)) for contour, _ in contours for x, y in contour]
    if not points:
        return None
    left, top = min(x for x, _ in points), min(y for _, y in points)
    width = max(max(x for x, _ in points) - left, 1)
    height = max(max(y for _, y in points) - top, 1)
    shape = group.shapes.add_shape(MSO_SHAPE.RECTANGLE, Emu(left), Emu(top), Emu(width), Emu(height))
    parts = [f'<a:custGeom xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><a:avLst/><a:gdLst/>'
             f'<a:ahLst/><a:cxnLst/><a:rect l="0" t="0" r="r" b="b"/><a:pathLst><a:path w="{width}" h="{height}">']
    for contour, closed in contours:
        for i, (x, y) in enumerate(contour):
            tag = "moveTo" if i == 0 else "lnTo"
            parts.append(f'<a:{tag}><a:pt x="{px(x) - left}" y="{px(y) - top}"/></a:{tag}>')
        if closed:
            parts.append("<a:close/>")
    parts.append("</a:path></a:pathLst></a:custGeom>")
    sppr = shape._element.spPr
    preset = sppr.find(qn("a:prstGeom"))
    preset.addprevious(etree.fromstring("".join(parts)))
    sppr.remove(preset)
    return shape


def _text(group: Any, x: float, y: float, w: float, h: float, text: str, style: Any, align: str) -> None:
    from pptx.enum.text import MSO_AUTO_SIZE, PP_ALIGN
    from pptx.util import Emu

    from wizard.export.pptx.units import px
    from wizard.export.pptx.text import add_runs

    box = group.shapes.add_textbox(Emu(px(x)), Emu(px(y)), Emu(px(w)), Emu(px(h)))
    frame = box.text_frame
    frame.word_wrap = False
    frame.auto_size = MSO_AUTO_SIZE.NONE
    for side in ("margin_left", "margin_right", "margin_top", "margin_bottom"):
        setattr(frame, side, 0)
    frame.paragraphs[0].alignment = {"left": PP_ALIGN.LEFT, "center": PP_ALIGN.CENTER, "right": PP_ALIGN.RIGHT}[align]
    add_runs(frame.paragraphs[0], text, style)


def _alpha(shape: Any, opacity: float) -> None:
    from pptx.oxml.ns import qn

    colour = shape.fill._xPr.find(".//" + qn("a:srgbClr"))
    if colour is not None:
        alpha = colour.makeelement(qn("a:alpha"), {"val": str(int(round(opacity * 100000)))})
        colour.append(alpha)


def _arrow_end(connector: Any) -> None:
    from pptx.oxml.ns import qn

    ln = connector.line._get_or_add_ln()
    ln.append(ln.makeelement(qn("a:tailEnd"), {"type": "triangle", "w": "med", "len": "med"}))


__all__ = ["draw_svg", "path_contours"]
