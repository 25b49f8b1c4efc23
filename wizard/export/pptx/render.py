"""The PowerPoint renderer: the deck's slide plan (wizard.export.context) drawn with python-pptx.

One plan, two renderers: the PDF's template and this module read the same list of slide dicts, so the
slides, their order, their action titles and their table cells are the same.  Geometry is the PDF's, in
CSS pixels (1280 x 720 on a 16:9 slide, 1 px = 9525 EMU), so the text budgets the planner measured for the
PDF hold here too; text boxes also ask PowerPoint and LibreOffice to shrink text that would still spill.

Everything is native and editable: text boxes, tables, and charts carrying their numbers in the embedded
workbook (cash flows, revenue mix, funding, KPIs, sensitivity of the NPV).  Nothing is linked: pictures
are embedded, and no hyperlink, field or formula is made from the team's text.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from wizard.export.labels import Labels
from wizard.export.pptx.dates import category_chart_data, moment
from wizard.export.pptx.text import Style, add_runs, clean, line_height
from wizard.export.pptx.units import pt, px

Slide = dict[str, Any]
INK = "1E2A35"
DARK = "12202C"
GREY = "5B6670"
MUTED = "4A5866"
RULE = "C6CDD3"
CAPEX = "23313F"
OPEX = "A9B3BC"
NET = "E07A1F"
NEGATIVE = "B3261E"
#: The revenue mix's segment colours, as deck.css ``.m0``-``.m5``: accent, ink, slate, orange, soft accent, rule.
MIX = ("accent", "23313F", "7E8B97", "E07A1F", "soft", "C6CDD3")
#: Table lines and tints, as deck.css ``table.data``: the header's label colour, row rules, even-row tint.
HEAD_INK = "3C4A57"
ROW_RULE = "E3E7EB"
EVEN_ROW = "F7F9FA"
NEGATIVE_INK = "8C1D18"


def tints(accent: str) -> dict[str, str]:
    """The accent and its tints, as the PDF's :root variables compute them."""
    r, g, b = (int(accent[i:i + 2], 16) for i in (0, 2, 4))

    def mix(t: float) -> str:
        return "%02X%02X%02X" % tuple(round(c + (255 - c) * t) for c in (r, g, b))

    def shade(t: float) -> str:
        return "%02X%02X%02X" % tuple(round(c * (1 - t)) for c in (r, g, b))

    return {"accent": accent.upper(), "soft": mix(0.82), "faint": mix(0.93), "dark": shade(0.35)}


@dataclass(frozen=True)
class Segment:
    """How one segment of a share bar is painted: a fill (solid, or stripes on white), and its frame."""

    fill: str
    striped: bool = False
    line: str = "FFFFFF"
    dashed: bool = False

    def paint(self, series: Any) -> None:
        from pptx.dml.color import RGBColor
        from pptx.enum.dml import MSO_LINE, MSO_PATTERN
        from pptx.util import Emu

        fill = series.format.fill
        if self.striped:
            fill.patterned()
            fill.pattern = MSO_PATTERN.WIDE_UPWARD_DIAGONAL
            fill.fore_color.rgb = RGBColor.from_string(self.fill)
            fill.back_color.rgb = RGBColor.from_string("FFFFFF")
        else:
            fill.solid()
            fill.fore_color.rgb = RGBColor.from_string(self.fill)
        series.invert_if_negative = False
        line = series.format.line
        line.color.rgb = RGBColor.from_string(self.line)
        line.width = Emu(px(2))
        if self.dashed:
            line.dash_style = MSO_LINE.DASH


class Renderer:
    """Draws each planned slide; ``images`` maps the plan's image URLs to (bytes, MIME type)."""

    def __init__(self, context: dict[str, Any], labels: Labels, analysis: Any, images: dict[str, tuple[bytes, str]],
                 scheme: str, proposal: Any) -> None:
        from pptx import Presentation
        from pptx.util import Emu

        self.context = context
        self.proposal = proposal
        self.labels = labels
        self.analysis = analysis
        self.images = images
        self.scheme = scheme
        accent = str(context.get("accent") or "#0F6E8C").lstrip("#")
        self.colours = tints(accent if len(accent) == 6 else "0F6E8C")
        self.prs = Presentation()
        self.prs.slide_width = Emu(px(1280))
        self.prs.slide_height = Emu(px(720))
        self.charts: list[dict[str, Any]] = []
        #: The deck's one date (wizard.export.pptx.dates): its charts' workbooks carry it, not the clock.
        self.moment = moment(proposal)
        #: Text boxes whose text, measured with the PDF's metrics, needs more height than the box has.
        self.overflows: list[dict[str, Any]] = []  # what each native chart shows (for the tests and the notes)
        from wizard.export.pptx.master import dress_master

        dress_master(self.prs, self.colours, self._image(context.get("footer", {}).get("logo")))

    # --- labels -----------------------------------------------------------------------------------------

    def t(self, text: str, context: str = "") -> str:
        """A fixed label as the PDF's ``t`` filter prints it: English, then the Japanese on the same line."""
        return self.labels.inline_text(text, context) if text else ""

    def tt(self, text: str, context: str = "") -> str:
        """A fixed label as the ``tt`` filter prints it (the Japanese on a line beneath)."""
        ja = self.labels.ja(text, context)
        return f"{text}\n{ja}" if ja else text

    @staticmethod
    def say(x: Any) -> str:
        if not x:
            return ""
        return f"{x['en']} {x['ja']}" if x.get("ja") else str(x["en"])

    def _image(self, url: Any) -> bytes | None:
        if not url or not isinstance(url, str) or not url.startswith(self.scheme + ":"):
            return None
        found = self.images.get(url.split(":", 1)[1])
        if found is None or found[1] == "image/svg+xml":
            return None
        return found[0]

    # --- primitives ---------------------------------------------------------------------------------------

    def textbox(self, slide: Any, x: float, y: float, w: float, h: float,
                paragraphs: list[list[tuple[str, Style]]], *, fill: str | None = None, margin: float = 0,
                anchor_bottom: bool = False, align: str = "left", fit: bool = True) -> Any:
        """A text box of paragraphs, each a list of (text, style) runs."""
        from pptx.dml.color import RGBColor
        from pptx.enum.text import MSO_ANCHOR, MSO_AUTO_SIZE, PP_ALIGN
        from pptx.util import Emu, Pt

        box = slide.shapes.add_textbox(Emu(px(x)), Emu(px(y)), Emu(px(w)), Emu(px(max(h, 12))))
        frame = box.text_frame
        frame.word_wrap = True
        frame.auto_size = MSO_AUTO_SIZE.NONE
        for side in ("margin_left", "margin_right", "margin_top", "margin_bottom"):
            setattr(frame, side, Emu(px(margin)))
        frame.vertical_anchor = MSO_ANCHOR.BOTTOM if anchor_bottom else MSO_ANCHOR.TOP
        if fill:
            box.fill.solid()
            box.fill.fore_color.rgb = RGBColor.from_string(fill)
        first = True
        for runs in paragraphs:
            para = frame.paragraphs[0] if first else frame.add_paragraph()
            first = False
            para.alignment = {"left": PP_ALIGN.LEFT, "right": PP_ALIGN.RIGHT, "center": PP_ALIGN.CENTER}[align]
            if runs and runs[0][1].space_before and para is not frame.paragraphs[0]:
                para.space_before = Pt(runs[0][1].space_before)
            for text, style in runs:
                if text:
                    add_runs(para, text, style)
        if fit:
            _shrink_on_overflow(frame)
            needed = _text_height(paragraphs, w - 2 * margin) + 2 * margin
            if needed > max(h, 12) * 1.04 + 2:
                self.overflows.append({"slide": len(self.prs.slides), "text": frame.text[:60], "height": round(h, 1),
                                       "needed": round(needed, 1)})
        return box

    def rect(self, slide: Any, x: float, y: float, w: float, h: float, colour: str, *, line: str | None = None,
             shape: Any = None) -> Any:
        from pptx.dml.color import RGBColor
        from pptx.enum.shapes import MSO_SHAPE
        from pptx.util import Emu

        item = slide.shapes.add_shape(shape or MSO_SHAPE.RECTANGLE, Emu(px(x)), Emu(px(y)), Emu(px(max(w, 1))),
                                      Emu(px(max(h, 1))))
        item.fill.solid()
        item.fill.fore_color.rgb = RGBColor.from_string(colour)
        if line:
            item.line.color.rgb = RGBColor.from_string(line)
            item.line.width = Emu(px(1))
        else:
            item.line.fill.background()
        item.shadow.inherit = False
        return item

    def dashed_line(self, slide: Any, x: float, y: float, h: float, colour: str) -> Any:
        """A vertical 2 px dashed line from (x, y), h px long."""
        from pptx.dml.color import RGBColor
        from pptx.enum.dml import MSO_LINE
        from pptx.enum.shapes import MSO_CONNECTOR
        from pptx.util import Emu

        line = slide.shapes.add_connector(MSO_CONNECTOR.STRAIGHT, Emu(px(x)), Emu(px(y)), Emu(px(x)), Emu(px(y + h)))
        line.line.color.rgb = RGBColor.from_string(colour)
        line.line.width = Emu(px(2))
        line.line.dash_style = MSO_LINE.DASH
        return line

    def table(self, slide: Any, x: float, y: float, widths: list[float], head: list[str],
              rows: list[list[str]], *, numeric: list[bool] | None = None, bold_rows: set[int] | None = None,
              size: float = 13.5, row_h: float = 22.0, fills: dict[int, str] | None = None,
              header: bool = True, inks: dict[int, str] | None = None, totals: set[int] | None = None) -> float:
        """A native table: a header row, then ``rows``; ``numeric`` columns are right-aligned.

        Drawn as deck.css draws ``table.data``: a white header of bold slate labels over a 2 px accent rule,
        a 1 px rule under each row, even rows tinted (``fills`` gives a row its own tint), ``inks`` a row's
        text colour, ``totals`` rows bold over a 2 px dark rule.  Each row is as tall as its fullest cell,
        measured with the PDF's font metrics; returns the height.
        """
        from pptx.dml.color import RGBColor
        from pptx.enum.text import PP_ALIGN
        from pptx.util import Emu

        numeric = numeric or [False] * len(widths)
        totals = totals or set()
        bold_rows = (bold_rows or set()) | totals
        fills = fills or {}
        inks = inks or {}
        shape = slide.shapes.add_table(len(rows) + 1, len(widths), Emu(px(x)), Emu(px(y)), Emu(px(sum(widths))),
                                       Emu(px(row_h * (len(rows) + 1))))
        table = shape.table
        table.first_row = True
        table.horz_banding = False
        for i, w in enumerate(widths):
            table.columns[i].width = Emu(px(w))
        heights = [max(row_h, _row_height(cells, widths, size, r == 0)) for r, cells in enumerate([head, *rows])]
        for r, h in enumerate(heights):
            table.rows[r].height = Emu(px(h))
        for r, cells in enumerate([head, *rows]):
            for c, text in enumerate(cells):
                cell = table.cell(r, c)
                cell.margin_left = cell.margin_right = Emu(px(8 if widths[c] >= 100 else 4))
                cell.margin_top = cell.margin_bottom = Emu(px(4))
                frame = cell.text_frame
                frame.word_wrap = True
                lines = str(text).split("\n")
                for i, line in enumerate(lines):
                    para = frame.paragraphs[0] if i == 0 else frame.add_paragraph()
                    para.alignment = PP_ALIGN.RIGHT if numeric[c] else PP_ALIGN.LEFT
                    is_head = r == 0
                    style = Style(pt(size if i == 0 else size - 2), bold=(is_head and i == 0) or (r - 1) in bold_rows,
                                  color=HEAD_INK if is_head else inks.get(r - 1, INK))
                    add_runs(para, line, style)
                cell.fill.solid()
                if r == 0 or (r - 1) in totals:
                    cell.fill.fore_color.rgb = RGBColor.from_string("FFFFFF")
                elif (r - 1) in fills:
                    cell.fill.fore_color.rgb = RGBColor.from_string(fills[r - 1])
                else:
                    cell.fill.fore_color.rgb = RGBColor.from_string(EVEN_ROW if r % 2 == 0 else "FFFFFF")
                _cell_rules(cell, top=(2.0, HEAD_INK) if (r - 1) in totals else None,
                            bottom=(2.0, self.colours["accent"]) if r == 0 else (1.0, ROW_RULE))
        if not header:
            _drop_header(shape)
            return sum(heights[1:])
        return sum(heights)

    def notes(self, slide: Any, lines: list[str]) -> None:
        text = "\n".join(clean(line) for line in lines if line)
        if text:
            frame = slide.notes_slide.notes_text_frame
            first = True
            for line in text.split("\n"):
                para = frame.paragraphs[0] if first else frame.add_paragraph()
                first = False
                add_runs(para, line, Style(12))

    # --- blocks -------------------------------------------------------------------------------------------

    def label_style(self) -> Style:
        return Style(pt(12), bold=True, color=self.colours["dark"], space_before=9)

    def label(self, text: str) -> str:
        """A small-capitals label as the PDF prints it: the English in capitals, the Japanese after it."""
        ja = self.labels.ja(text)
        return text.upper() + (f" {ja}" if ja else "")

    def block_paragraphs(self, b: dict[str, Any]) -> list[list[tuple[str, Style]]]:
        """A text block (label, paragraphs, bullets, facts, pointer) as the PDF's ``block`` macro prints it."""
        out: list[list[tuple[str, Style]]] = []
        body = Style(pt(14), color=INK)
        if b.get("label"):
            runs = [(self.label(b["label"]), self.label_style())]
            if b.get("from"):
                ja = self.labels.ja_phrase_text("(continued from slide {number})", number=b["from"])
                runs.append((f" (continued from slide {b['from']})" + (f" {ja}" if ja else ""), Style(pt(12), color=GREY)))
            out.append(runs)
        for para in b.get("paras") or []:
            out.append([(str(para), body)])
        for item in b.get("bullets") or []:
            out.append([("•\u00a0" + str(item), body)])
        for f in b.get("facts") or []:
            value = self.t(f["value"]) if f.get("fixed") else str(f["value"])
            out.append([(self.t(f["label"]) + ": ", Style(pt(14), bold=True, color="3C4A57")), (value, body)])
        if b.get("more_code"):
            out.append([(self.pointer(b["more_code"]), Style(pt(12), color=self.colours["dark"]))])
        return out

    def pointer(self, code: str) -> str:
        ja = self.labels.ja_phrase_text("Continued in {code}", code=code)
        return f"Continued in {code}" + (f" {ja}" if ja else "")

    def more(self, m: Any) -> list[list[tuple[str, Style]]]:
        if m and m.get("count"):
            return [[(self.say(m["text"]), Style(pt(12), color=self.colours["dark"]))]]
        return []

    def column(self, slide: Any, x: float, y: float, w: float, h: float,
               paragraphs: list[list[tuple[str, Style]]]) -> None:
        if paragraphs:
            self.textbox(slide, x, y, w, h, paragraphs)

    def figures(self, slide: Any, x: float, y: float, figures: list[dict[str, Any]], per_row: int,
                width: float = 176.0, height: float = 0.0) -> float:
        """Key figures in a grid (value, label, note), each under an accent rule; returns the height used."""
        if not figures:
            return 0.0
        h = max(height, 60.0)
        for i, f in enumerate(figures):
            col, row = i % per_row, i // per_row
            fx, fy = x + col * (width + 16), y + row * (h + 12)
            self.rect(slide, fx, fy, width, 3, self.colours["accent"])
            paras: list[list[tuple[str, Style]]] = [[(str(f["value"]), Style(pt(24), bold=True, color=DARK))],
                                                     [(self.label(f["label"]), Style(pt(11), bold=True, color="3C4A57"))]]
            if f.get("note"):
                note = f["note"]
                paras.append([(self.say(note) if isinstance(note, dict) else self.t(str(note)), Style(pt(11), color=GREY))])
            self.textbox(slide, fx, fy + 8, width, h - 8, paras)
        rows = (len(figures) + per_row - 1) // per_row
        return rows * (h + 12)

    def ask_box(self, slide: Any, x: float, y: float, w: float, ask: dict[str, Any]) -> float:
        """The ask on the accent colour, as tall as its text needs; returns its height."""
        white = "FFFFFF"
        paras: list[list[tuple[str, Style]]] = [[(self.label("The ask"), Style(pt(12), bold=True, color=white))]]
        if ask.get("amount"):
            paras.append([(ask["amount"], Style(pt(34), bold=True, color=white))])
        for key in ("exact", "equivalents"):
            if ask.get(key):
                paras.append([(ask[key], Style(pt(14), color=white))])
        if ask.get("instrument"):
            paras.append([(f"{self.t('Instrument')}: {self.t(ask['instrument'])}", Style(pt(14), color=white))])
        for part in ask.get("parts") or []:
            runs = [(part["amount"], Style(pt(14), bold=True, color=white))]
            if part.get("instrument"):
                runs.append((" " + self.t(part["instrument"]), Style(pt(14), color=white)))
            if part.get("asked_of"):
                runs.append((" · " + part["asked_of"], Style(pt(14), color=white)))
            paras.append(runs)
        use = ask.get("use")
        if use:
            paras.append([(self.label("Use of the funds"), Style(pt(12), bold=True, color=white))])
            for para in use.get("paras") or []:
                paras.append([(para, Style(pt(14), color=white))])
            if use.get("more_code"):
                paras.append([(self.pointer(use["more_code"]), Style(pt(12), color=white))])
        h = _text_height(paras, w - 32) + 32 + 4
        self.textbox(slide, x, y, w, h, paras, fill=self.colours["accent"], margin=16)
        return h

    # --- the slide frame ----------------------------------------------------------------------------------

    def new_slide(self, s: Slide) -> Any:
        from pptx.util import Emu

        layout = self.prs.slide_layouts[5]  # "Title Only": the title is a real title placeholder
        slide = self.prs.slides.add_slide(layout)
        title = slide.shapes.title
        if s["kind"] == "cover":
            slide._element.set("showMasterSp", "0")  # the cover carries its own, larger logo
            return slide
        # The kicker: the section name, and the appendix slides this one points to.
        kicker = [(self.label(s.get("section", "")),
                   Style(pt(12), bold=True, color=self.colours["accent"]))]
        self.textbox(slide, 60, 40, 400, 18, [kicker], fit=False)
        if s.get("refs"):
            refs = []
            for i, r in enumerate(s["refs"]):
                part = r["code"] + (" " + self.t(r["title"]) if r.get("title") else "")
                last = i == len(s["refs"]) - 1
                refs.append(part + ("" if last else (" · " if r.get("title") else " ")))
            self.textbox(slide, 460, 40, 760, 18, [[(self.t("See") + " " + "".join(refs), Style(pt(12), color=MUTED))]],
                         align="right")
        size = float(s.get("title_size") or 28)
        title.left, title.top, title.width = Emu(px(60)), Emu(px(61.6)), Emu(px(1160))
        from wizard.export import measure

        title_text = s["title"]["en"] + (" " + self.t("(continued)") if s.get("continued") else "")
        lines = max(1.0, measure.lines(title_text, 1160, measure.Font(size, bold=True, line_height=1.2)))
        title.height = Emu(px(size * 1.2 * lines + 4))
        frame = title.text_frame
        frame.clear()
        frame.word_wrap = True
        for side in ("margin_left", "margin_right", "margin_top", "margin_bottom"):
            setattr(frame, side, 0)
        from pptx.enum.text import MSO_ANCHOR, PP_ALIGN

        frame.vertical_anchor = MSO_ANCHOR.TOP
        para = frame.paragraphs[0]
        para.alignment = PP_ALIGN.LEFT
        add_runs(para, s["title"]["en"], Style(pt(size), bold=True, color=DARK))
        if s.get("continued"):
            add_runs(para, " " + self.t("(continued)"), Style(pt(20), color=GREY))
        _shrink_on_overflow(frame)
        y = 61.6 + size * 1.2 * lines + 2
        if s["title"].get("ja"):
            ja_lines = max(1.0, measure.lines(s["title"]["ja"], 1160, measure.Font(16, line_height=1.3)))
            self.textbox(slide, 60, y, 1160, 21 * ja_lines + 2, [[(s["title"]["ja"], Style(pt(16), color="4A5763"))]])
            y += 21 * ja_lines + 2
        self.rect(slide, 60, y + 8, 56, 3, self.colours["accent"])
        self.body_top = max(y + 29, 40 + 99.8 + 18 - 4)
        self.frame_extras(slide, s)
        return slide

    def frame_extras(self, slide: Any, s: Slide) -> None:
        """Footer, slide number and DRAFT mark, as on every PDF slide."""
        if s.get("number"):
            self.textbox(slide, 1120, 720 - 44, 100, 34, [[(f"{s['number']} / {len(self.context['slides'])}",
                                                            Style(pt(12), color=GREY))]], anchor_bottom=True, align="right")
        footer = self.context.get("footer") or {}
        if footer.get("text"):
            self.textbox(slide, 60, 720 - 44, 1000, 34, [[(footer["text"], Style(pt(12), color=GREY))]], anchor_bottom=True)
        if self.context.get("draft"):
            # deck.css .draft: red capitals in a 2 px red frame on white, at the top right of the content area
            from pptx.dml.color import RGBColor
            from pptx.util import Emu

            from wizard.export import measure

            mark = "DRAFT" + (" 草案" if self.labels.bilingual else "")
            w = measure.width(mark, measure.Font(13, bold=True)) + 3 * len(mark) + 24
            box = self.textbox(slide, 1220 - w, 46, w, 22, [[(mark, Style(pt(13), bold=True, color=NEGATIVE))]],
                               fill="FFFFFF", margin=2, align="center", fit=False)
            box.line.color.rgb = RGBColor.from_string(NEGATIVE)
            box.line.width = Emu(px(2))

    # --- the slides ---------------------------------------------------------------------------------------

    def render(self) -> Any:
        for s in self.context["slides"]:
            slide = self.new_slide(s)
            getattr(self, "slide_" + s["kind"].replace("-", "_"))(slide, s)
            if s.get("main"):
                self.notes(slide, self.notes_for(s))
        return self.prs

    def slide_cover(self, slide: Any, s: Slide) -> None:
        from pptx.util import Emu

        photo = self._image(s["photo"]["url"]) if s.get("photo") else None
        photo_w = float(s.get("photo_width") or 0) if photo else 0.0
        self.rect(slide, 0, 0, 14, 720, self.colours["accent"])  # .cover-band
        logo = self._image(s.get("logo"))
        top = 70.0
        if logo:
            # .cover-logo: 44 px high at (88, 36), no wider than 260 px
            pic = slide.shapes.add_picture(io.BytesIO(logo), Emu(px(88)), Emu(px(36)), height=Emu(px(44)))
            if pic.width > Emu(px(260)):
                pic.height = int(pic.height * px(260) / pic.width)
                pic.width = Emu(px(260))
            pic.name = "Logo"
            top = 100.0
        width = float(s.get("width") or 1000)
        sizes = s.get("sizes") or {}
        self.textbox(slide, 80, top, width, 20, [[(self.label("Investment proposal"),
                                                   Style(pt(13), bold=True, color=self.colours["accent"]))]])
        title = slide.shapes.title
        tsize = float(sizes.get("title", 46))
        lines = max(1, min(4, int(len(s["title"]["en"]) * tsize * 0.55 / width) + 1))
        title.left, title.top, title.width, title.height = (Emu(px(80)), Emu(px(top + 28)), Emu(px(width)),
                                                            Emu(px(tsize * 1.15 * lines + 6)))
        frame = title.text_frame
        frame.clear()
        frame.word_wrap = True
        for side in ("margin_left", "margin_right", "margin_top", "margin_bottom"):
            setattr(frame, side, 0)
        from pptx.enum.text import MSO_ANCHOR, PP_ALIGN

        frame.vertical_anchor = MSO_ANCHOR.TOP
        frame.paragraphs[0].alignment = PP_ALIGN.LEFT
        add_runs(frame.paragraphs[0], s["title"]["en"], Style(pt(tsize), bold=True, color=DARK))
        _shrink_on_overflow(frame)
        y = top + 28 + tsize * 1.15 * lines + 14
        paras: list[list[tuple[str, Style]]] = []
        if s.get("subtitle"):
            paras.append([(s["subtitle"], Style(pt(float(sizes.get("subtitle", 21))), color="3C4A57"))])
        if s.get("city"):
            # .cover-meta sits 28 px under the subtitle
            paras.append([(s["city"], Style(pt(float(sizes.get("city", 17))), bold=True, color=INK,
                                            space_before=pt(25) if paras else 0))])
        meta = Style(pt(float(sizes.get("meta", 15))), color=MUTED)
        if s.get("date"):
            paras.append([(s["date"], meta)])
        if s.get("prepared_by"):
            paras.append([(f"{self.t('Prepared by')}: {s['prepared_by']}", meta)])
        self.textbox(slide, 80, y, width, 600 - y, paras)
        if s.get("illustrative"):
            # .illustrative: a tag in capitals, brown on pale amber, 16 px under the meta lines
            from wizard.export import measure

            text = self.label("Illustrative example: not a real proposal")
            ty = y + _text_height(paras, width) + 16
            tw = min(measure.width(text, measure.Font(12, bold=True)) + 20, width)
            self.textbox(slide, 80, ty, tw, 24, [[(text, Style(pt(12), bold=True, color="7A4E00"))]], fill="FFF1D6",
                         margin=4)
        if s.get("confidentiality"):
            self.textbox(slide, 80, 610, width, 70, [[(s["confidentiality"], Style(pt(float(sizes.get("note", 12.5))),
                                                                                    color=GREY))]], anchor_bottom=True)
        if photo:
            pic = slide.shapes.add_picture(io.BytesIO(photo), Emu(px(1280 - photo_w)), 0)
            _cover_crop(pic, photo_w, 720)
            caption = " · ".join(x for x in (s["photo"].get("caption"), s["photo"].get("credit")) if x)
            if caption:
                self.textbox(slide, 1280 - photo_w + 12, 690, photo_w - 24, 22, [[(caption, Style(9, color="FFFFFF"))]],
                             fill="12202C", margin=2)
        if self.context.get("draft"):
            mark = "DRAFT" + (" 草案" if self.labels.bilingual else "")
            self.textbox(slide, 80, 640, 400, 40, [[(mark, Style(pt(30), bold=True, color=NEGATIVE))]])

    def slide_summary(self, slide: Any, s: Slide) -> None:
        top = self.body_top
        y = top
        if s.get("ask"):
            y += self.ask_box(slide, 60, y, 556, s["ask"]) + 18
        if s.get("timeline"):
            self.timeline(slide, 60, y, 556, s["timeline"])
        used = self.figures(slide, 660, top, s.get("figures") or [], 3, height=float(s.get("figure_h") or 0) + 12)
        paras = [p for b in s.get("exit") or [] for p in self.block_paragraphs(b)]
        self.column(slide, 660, top + used, 560, 664 - top - used, paras)

    def timeline(self, slide: Any, x: float, y: float, w: float, stops: list[dict[str, Any]]) -> None:
        from pptx.enum.shapes import MSO_SHAPE

        self.textbox(slide, x, y, w, 18, [[(self.label("Path to operation"), self.label_style())]])
        line_y = y + 30
        self.rect(slide, x, line_y, w, 2, RULE)
        slot = w / max(len(stops), 1)
        for i, p in enumerate(stops):
            sx = x + i * slot
            filled = p.get("key") in ("close", "full")
            dot = self.rect(slide, sx, line_y - 7, 14, 14, self.colours["accent"] if filled else "FFFFFF",
                            line=self.colours["accent"], shape=MSO_SHAPE.OVAL)
            dot.name = "Timeline dot"
            self.textbox(slide, sx, line_y + 12, slot - 8, 60,
                         [[(str(p.get("year", "")), Style(pt(15), bold=True, color=INK))],
                          [(self.t(p.get("label", "")), Style(pt(12), color="3C4A57"))]])

    def slide_problem(self, slide: Any, s: Slide) -> None:
        top = self.body_top
        self.column(slide, 60, top, 620, 664 - top, [p for b in s.get("text") or [] for p in self.block_paragraphs(b)])
        y = top
        people = s.get("people")
        if people:
            self.rect(slide, 720, y, 500, 3, self.colours["accent"])
            paras = [[(people["value"], Style(pt(30), bold=True, color=DARK))],
                     [(self.label(people["label"]), Style(pt(11), bold=True, color="3C4A57"))]]
            if people.get("note"):
                paras.append([(self.t(people["note"]), Style(pt(12), color=GREY))])
            self.textbox(slide, 720, y + 8, 500, 86, paras)
            y += 100
        if s.get("evidence"):
            paras = [[(self.label("Evidence"), self.label_style())]]
            for e in s["evidence"]:
                paras.append([(e["claim"], Style(pt(14), color=INK, space_before=7))])
                if e.get("source"):
                    paras.append([(e["source"], Style(pt(12), color=GREY))])
            paras += self.more(s.get("more", {}).get("evidence"))
            self.column(slide, 720, y, 500, 664 - y, paras)

    def slide_solution(self, slide: Any, s: Slide) -> None:
        top = self.body_top
        y = top
        for ph in s.get("phases") or []:
            colour = self.colours["accent"] if ph.get("kind") == "light" else CAPEX
            # As the PDF's phase head: the kind in capitals and the name, then the cost and the years in
            # columns of their own at the right; the name wraps in its column and the phase grows.
            head = [(self.label(ph["kind_label"]) + "  " if ph.get("kind_label") else "", Style(pt(11), bold=True, color=colour)),
                    (ph["name"], Style(pt(15), bold=True, color=INK))]
            head_h = max(22.0, _text_height([head], 480) + 2)
            comp = [[(ph["components"], Style(pt(13), color=MUTED))]] if ph.get("components") else []
            comp_h = max(36.0, _text_height(comp, 688) + 2) if comp else 0.0
            h = max(30 + (40 if comp else 0), head_h + 2 + comp_h + 10)
            self.rect(slide, 60, y, 4, h - 6, colour)
            self.textbox(slide, 72, y, 480, head_h, [head])
            if ph.get("cost"):
                self.textbox(slide, 556, y + 2, 104, 20, [[(ph["cost"], Style(pt(14), bold=True, color=INK))]], align="right")
            if ph.get("years"):
                self.textbox(slide, 676, y + 4, 84, 18, [[(ph["years"], Style(pt(12), color=GREY))]], align="right")
            if comp:
                self.textbox(slide, 72, y + head_h + 2, 688, comp_h, comp)
            y += h
        extra = self.more(s.get("more", {}).get("phases"))
        if extra:
            self.column(slide, 60, y + 4, 700, 20, extra)
            y += 24
        self.legend(slide, 60, y + 4, 700, [(self.t("Light (digital layer)"), self.colours["accent"]),
                                            (self.t("Heavy (physical investment)"), CAPEX)])
        y += 26
        blocks = [p for b in s.get("text") or [] for p in self.block_paragraphs(b)]
        self.column(slide, 60, y + 4, 700, 664 - y - 4, blocks)
        ry = top
        m = s.get("map")
        if m:
            self.map(slide, 810, ry, m, s.get("map_url"))
            ry += float(m["height"]) + 12
        if s.get("location"):
            paras = [[(self.label("Where"), self.label_style())]]
            for f in s["location"]:
                value = self.t(f["value"]) if f.get("fixed") else str(f["value"])
                paras.append([(self.t(f["label"]) + ": ", Style(pt(14), bold=True, color="3C4A57")), (value, Style(pt(14), color=INK))])
            self.column(slide, 810, ry, 410, 664 - ry, paras)

    def map(self, slide: Any, x: float, y: float, m: dict[str, Any], url: Any) -> None:
        """The locator map as vector shapes (the PDF's SVG paths become freeforms), marker and label."""
        from wizard.export.pptx.shapes import draw_svg

        draw_svg(slide, str(m.get("svg", "")), x, y, float(m["width"]), float(m["height"]), name="Locator map")
        marker = m.get("marker") or {}
        if m.get("label") and marker:
            lw = float(m.get("label_width") or 80) + 12
            lx = x + float(marker["x"]) - lw - 12 if m.get("label_left") else x + float(marker["x"]) + 12
            self.textbox(slide, lx, y + float(marker["y"]) - 10, lw, 20, [[(m["label"], Style(pt(13), bold=True, color=DARK))]],
                         fit=False)

    def slide_outcomes(self, slide: Any, s: Slide) -> None:
        top = self.body_top
        kpis = s.get("kpis") or []
        y = top
        if kpis:
            chart_h = min(40 + 30 * len(kpis), 250)
            self.kpi_chart(slide, 60, y, 640, chart_h, kpis)
            y += chart_h + 6
            head = [self.tt("KPI"), self.tt("Baseline → target"), self.tt("Change")]
            rows = []
            for k in kpis:
                name = k["name"] + (f" ({k['unit']})" if k.get("unit") else "")
                base = k["baseline"] + (f" ({k['baseline_year']})" if k.get("baseline_year") else "")
                target = k["target"] + (f" ({k['target_year']})" if k.get("target_year") else "")
                rows.append([name, f"{base} → {target}", k["change"]])
            y += self.table(slide, 60, y, [330, 220, 90], head, rows, numeric=[False, False, True], size=12) + 6
            self.textbox(slide, 60, y, 640, 18, [[(self.t("Each KPI on its own scale"), Style(pt(12), color=MUTED))]])
            y += 22
            extra = self.more(s.get("more", {}).get("kpis"))
            if extra:
                self.column(slide, 60, min(y, 640), 640, 22, extra)
        ry = top
        if s.get("stats"):
            ry += self.figures(slide, 744, ry, s["stats"], 2, width=230, height=float(s.get("figure_h") or 0) + 12)
        self.column(slide, 744, ry, 476, 664 - ry, [p for b in s.get("text") or [] for p in self.block_paragraphs(b)])

    def kpi_chart(self, slide: Any, x: float, y: float, w: float, h: float, kpis: list[dict[str, Any]]) -> None:
        from pptx.enum.chart import XL_CHART_TYPE

        data = self.chart_data(number_format='0"%"')
        data.categories = [k["name"] for k in kpis]
        base = [round(float(k["base_pct"]), 2) for k in kpis]
        target = [round(float(k["target_pct"]), 2) for k in kpis]
        data.add_series(self.t("Baseline"), base)
        data.add_series(self.t("Target"), target)
        chart = self.add_chart(slide, XL_CHART_TYPE.BAR_CLUSTERED, x, y, w, h - 22, data, "kpis",
                               self.t("Each KPI on its own scale") + " (% of the larger of baseline and target)")
        plot = chart.plots[0]
        plot.gap_width = 60
        _series_colour(plot.series[0], OPEX)
        _series_colour(plot.series[1], self.colours["accent"])
        chart.has_legend = False
        self.legend(slide, x, y + h - 18, w, [(self.t("Baseline"), OPEX), (self.t("Target"), self.colours["accent"])])
        chart.category_axis.reverse_order = True
        chart.value_axis.maximum_scale = 100
        chart.value_axis.has_major_gridlines = False
        chart.value_axis.visible = False

    def slide_demand(self, slide: Any, s: Slide) -> None:
        top = self.body_top
        paras = [p for b in s.get("text") or [] for p in self.block_paragraphs(b)]
        if s.get("source"):
            paras.append([(f"{self.t('Demand forecast prepared by')}: {s['source']}", Style(pt(12), color=MUTED))])
        self.column(slide, 60, top, 600, 664 - top, paras)
        y = top
        mix = s.get("mix") or []
        if mix:
            label = [(self.label("Revenue by source"), self.label_style())]
            if s.get("total_revenue"):
                label.append((f" ({s['total_revenue']})", Style(pt(12), color=GREY)))
            self.textbox(slide, 704, y, 516, 20, [label])
            y += 22
            colours = self.mix_chart(slide, 704, y, 516, 70, mix)
            y += 76
            # As table.mix on the PDF: no header row, a swatch of the segment's colour before each source.
            rows = [["", self.t(m["label"]), m["share"], m["amount"]] for m in mix]
            widths = [22.0, 278.0, 90.0, 126.0]
            height = self.table(slide, 704, y, widths, ["", "", "", ""], rows, numeric=[False, False, True, True], size=12,
                                fills={i: "FFFFFF" for i in range(len(rows))}, header=False)
            ry = y
            for row, colour in zip(rows, colours):
                h = max(22.0, _row_height(row, widths, 12, False))
                self.rect(slide, 704 + 6, ry + (h - 11) / 2, 11, 11, colour)
                ry += h
            y += height + 10
        self.column(slide, 704, y, 516, 664 - y, [p for b in s.get("right") or [] for p in self.block_paragraphs(b)])

    def mix_chart(self, slide: Any, x: float, y: float, w: float, h: float, mix: list[dict[str, Any]]) -> list[str]:
        """Revenue by source as one bar of segments, coloured as the PDF's (deck.css ``.m0``-``.m5``); returns
        the segments' colours."""
        colours = [self.colours.get(MIX[i % len(MIX)], MIX[i % len(MIX)]) for i in range(len(mix))]
        self.share_bar(slide, x, y, w, h, "revenue-mix", self.t("Revenue"),
                       [(self.t(m["label"]), m["pct"], Segment(colour)) for m, colour in zip(mix, colours)],
                       self.t("Revenue by source") + " (% of total revenue)")
        return colours

    def share_bar(self, slide: Any, x: float, y: float, w: float, h: float, key: str, category: str,
                  parts: list[tuple[str, Any, Segment]], title: str) -> Any:
        """One 100% bar of segments (label, percentage, look), drawn as the PDF's.

        No axes and no legend: the table under the bar names the segments, as on the PDF slide.
        """
        from pptx.enum.chart import XL_CHART_TYPE

        data = self.chart_data(number_format='0.0"%"')
        data.categories = [category]
        for label, pct, _ in parts:
            data.add_series(label, [round(float(pct), 2)])
        chart = self.add_chart(slide, XL_CHART_TYPE.BAR_STACKED_100, x, y, w, h, data, key, title)
        for series, (_, _, look) in zip(chart.plots[0].series, parts):
            look.paint(series)
        chart.plots[0].gap_width = 10
        chart.has_legend = False
        chart.category_axis.visible = False
        chart.value_axis.visible = False
        chart.value_axis.has_major_gridlines = False
        return chart

    def slide_economics(self, slide: Any, s: Slide) -> None:
        top = self.body_top
        y = top
        if s.get("chart"):
            h = float(s["chart"]["height"]) + 30
            self.cashflow_chart(slide, 60, y, 760, h)
            y += h + 4
            note = self.say(s.get("chart_note"))
            self.textbox(slide, 60, y, 760, 18, [[(note, Style(pt(12), color=MUTED))]])
            y += 24
        sens = s.get("sensitivities") or []
        if sens:
            rows = [[self.t("Base case"), s["base"]["npv"], "", s["base"]["irr"]]]
            inks: dict[int, str] = {}
            for i, row in enumerate(sens):
                npv = row["npv"] + (" " + self.t("negative").upper() if row.get("negative") else "")
                rows.append([self.t(row["label"]), npv, row["change"], row["irr"]])
                if row.get("negative"):
                    inks[i + 1] = NEGATIVE_INK
            head = [self.tt("Case"), self.tt("Project NPV"), self.tt("Change in NPV"), self.tt("Project IRR")]
            y += self.table(slide, 60, y, [220, 180, 180, 180], head, rows, numeric=[False, True, True, True], size=12.5,
                            inks=inks) + 8
            if s.get("break_even"):
                self.textbox(slide, 60, y, 760, max(664 - y, 20), [[(self.say(s["break_even"]), Style(pt(14), color=INK))]])
        ry = top
        for f in s.get("metrics") or []:
            ry += self.figures(slide, 860, ry, [f], 1, width=360, height=66)
        downside = [[(self.say(d), Style(pt(13), color=INK, space_before=6))] for d in s.get("downside") or []]
        # The sentences that did not fit went to the appendix (the plan, wizard.export.context): "+N more in A11".
        more = self.more(s.get("more", {}).get("downside"))
        if downside:
            from wizard.export import measure

            h = sum(measure.lines(self.say(d), 330, measure.Font(13, line_height=1.35)) * 13 * 1.35 + 8
                    for d in s["downside"]) + 20
            if more:
                h += measure.lines(more[0][0][0], 330, measure.Font(12, line_height=1.35)) * 12 * 1.35 + 8
                downside += more
            self.rect(slide, 860, ry, 4, h, NEGATIVE)
            self.textbox(slide, 864, ry, 356, h, downside, fill="FBEAE8", margin=10)
            ry += h + 12
        if s.get("basis"):
            self.column(slide, 860, ry, 360, max(664 - ry, 30), [[(self.say(s["basis"]), Style(pt(12), color=MUTED))]])

    def cashflow_chart(self, slide: Any, x: float, y: float, w: float, h: float) -> None:
        """Revenue up, capex and opex down (stacked columns), net cash flow as a line on the same axes."""
        from pptx.enum.chart import XL_CHART_TYPE, XL_LEGEND_POSITION

        from wizard.export.tables import amount_scale, unit_label

        r = self.analysis.finance
        values = [*r.revenue, *r.capex, *r.opex, *r.net]
        factor, word = amount_scale(values)
        unit = unit_label(r.currency if hasattr(r, "currency") else self.context.get("currency", ""), word) or ""

        def scaled(seq: Any, sign: int = 1) -> list[float]:
            # + 0.0: a capex of zero is 0, not -0, in the chart's workbook
            return [float(Decimal(sign) * Decimal(v) / factor) + 0.0 for v in seq]

        data = self.chart_data(number_format="#,##0.0")
        data.categories = [str(int(year)) for year in r.years]
        data.add_series(self.t("Revenue"), scaled(r.revenue))
        data.add_series(self.t("Capex"), scaled(r.capex, -1))
        data.add_series(self.t("Opex"), scaled(r.opex, -1))
        data.add_series(self.t("Net cash flow"), scaled(r.net))
        chart = self.add_chart(slide, XL_CHART_TYPE.COLUMN_STACKED, x, y, w, h, data, "cash-flows",
                               f"{self.t('Yearly cash flows')} ({unit})", unit=unit,
                               factor=factor)
        plot = chart.plots[0]
        plot.gap_width = 40
        plot.overlap = 100
        for series, colour in zip(plot.series, (self.colours["accent"], CAPEX, OPEX, NET)):
            _series_colour(series, colour)
        _net_as_line(chart, NET)
        chart.has_legend = True
        chart.legend.position = XL_LEGEND_POSITION.BOTTOM  # under the bars, as the PDF's legend
        chart.legend.include_in_layout = False
        from pptx.enum.chart import XL_TICK_LABEL_POSITION

        chart.category_axis.tick_label_position = XL_TICK_LABEL_POSITION.LOW
        chart.value_axis.has_title = True
        chart.value_axis.axis_title.text_frame.text = unit
        _style_axis_title(chart.value_axis.axis_title)

    def slide_sources_uses(self, slide: Any, s: Slide) -> None:
        top = self.body_top
        self.textbox(slide, 60, top, 440, 18, [[(self.label("Uses"), self.label_style())]])
        head_use = {"phase": "Phase", "year": "Year"}.get(s.get("uses_by", ""), "Use")
        rows = [[u["label"] + (f" {u['note']}" if u.get("note") else ""), u["amount"], u["share"]] for u in s.get("uses") or []]
        rows.append([self.t(s.get("uses_label", "Total uses")), s.get("uses_total", ""), ""])
        uy = top + 22 + self.table(slide, 60, top + 22, [250, 110, 80], [self.tt(head_use), self.tt("Amount"), self.tt("Share")],
                                   rows, numeric=[False, True, True], totals={len(rows) - 1}, size=12.5) + 6
        self.column(slide, 60, uy, 440, 24, self.more(s.get("more", {}).get("uses")))
        x = 540
        self.textbox(slide, x, top, 680, 18, [[(self.label("Sources"), self.label_style())]])
        groups = s.get("groups") or []
        y = top + 22
        if groups:
            self.funding_chart(slide, x, y, 680, 44, groups)
            y += 50
        rows, bold, fills = [], set(), {}
        for g in groups:
            amount = g["amount"] + (f" {g['share']}" if g.get("share") else "")
            fills[len(rows)] = "F2F5F7"  # table.su tr.group
            bold.add(len(rows))
            rows.append([self.t(g["label"]), "", amount])
            for r in g.get("shown") or []:
                name = "    " + r["name"] + (f" [{self.t('Japanese')}]" if r.get("japanese") else "")
                rows.append([name, self.t(r["instrument"]), r["amount"]])
        rows.append([self.t("Total funding"), "", s.get("sources_total", "")])
        y += self.table(slide, x, y, [410, 130, 140], [self.tt("Funder"), self.tt("Instrument"), self.tt("Amount")], rows,
                        numeric=[False, False, True], bold_rows=bold, size=12, fills=fills, totals={len(rows) - 1}) + 6
        paras = self.more(s.get("more", {}).get("sources"))
        if s.get("balance"):
            text = self.say(s["balance"])
            if s.get("committed"):
                ja = self.labels.ja_phrase_text("Committed: {share} of capex.", share=s["committed"])
                text += f" Committed: {s['committed']} of capex." + (f" {ja}" if ja else "")
            paras.append([(text, Style(pt(14), color=INK))])
        self.column(slide, x, y, 680, max(664 - y, 24), paras)

    def funding_chart(self, slide: Any, x: float, y: float, w: float, h: float, groups: list[dict[str, Any]]) -> None:
        """Funding by status as one bar, each status drawn as the PDF draws it (deck.css, "Funding status"):
        committed solid accent, in discussion accent stripes in an accent frame, sought white in a dashed
        frame, so that no status depends on colour alone."""
        accent = self.colours["accent"]
        looks = {"committed": Segment(accent, line=accent), "in_discussion": Segment(accent, striped=True, line=accent)}
        parts = [(self.t(g["label"]), g["pct"], looks.get(g.get("status", ""), Segment("FFFFFF", line=MUTED, dashed=True)))
                 for g in groups]
        self.share_bar(slide, x, y, w, h, "funding", self.t("Total funding"), parts,
                       self.t("Sources") + " (% of total funding, by status)")

    def slide_structure(self, slide: Any, s: Slide) -> None:
        from wizard.export.pptx.shapes import draw_svg

        top = self.body_top
        d = s["diagram"]
        draw_svg(slide, str(d.get("svg", "")), 60, top, float(d["width"]), float(d["height"]), name="Connectors")
        names = {"holders": "Shareholders", "authority": "Contracting authority", "lenders": "Lenders",
                 "right": "Public capital", "payers": "Revenue paid by"}
        for key, name in names.items():
            if d.get("show", {}).get(key):
                lab = d["labels"][key]
                runs = [(self.label(name), Style(pt(11), bold=True, color=self.colours["dark"]))]
                if lab.get("amount"):
                    runs.append((" " + lab["amount"], Style(pt(11), color=GREY)))
                self.textbox(slide, 60 + float(lab["x"]), top + float(lab["y"]), float(lab["w"]), 18, [runs])
        for b in d.get("boxes") or []:
            paras: list[list[tuple[str, Style]]] = []
            small = Style(pt(12), color=MUTED)
            if b["kind"] == "payer":
                item = b["item"]
                paras.append([(self.t(item["name"]), Style(pt(13), bold=True, color=INK))])
                paras.append([(item.get("share", "") + (f" · {item['amount']}" if item.get("amount") else ""), small)])
            elif b["kind"] == "authority":
                paras.append([(b["item"]["name"], Style(pt(13), bold=True, color=INK))])
                paras.append([(self.t(b["item"].get("role", "")), small)])
            else:
                for e in b.get("entries") or []:
                    paras.append([(e["name"], Style(pt(13), bold=True, color=INK))])
                    line = e.get("amount", "") + (f" · {e['share']}" if e.get("share") else "")
                    line += f" · {self.t(e['instrument'])}" if e.get("instrument") else ""
                    paras.append([(line, small)])
                more_key = {"holders": "holders", "lenders": "lenders", "public": "public"}.get(b["kind"])
                if more_key and d.get("more", {}).get(more_key):
                    paras.append([(self.say(d["more_text"][b["kind"]]), small)])
            self.textbox(slide, 60 + float(b["x"]), top + float(b["y"]), float(b["w"]), float(b["h"]), paras,
                         fill="F4F6F8", margin=8)
        c = d["company"]
        self.textbox(slide, 60 + float(c["x"]), top + float(c["y"]), float(c["w"]), float(c["h"]),
                     [[(self.t(c["name"]), Style(pt(14), bold=True, color="FFFFFF"))]], fill=self.colours["accent"], margin=8,
                     align="center")
        if d.get("delivery"):
            self.textbox(slide, 60, top + float(d["labels"]["delivery"]["y"]), float(d["width"]), 40,
                         [[(self.label("Delivery and operation") + " ", Style(pt(11), bold=True, color=self.colours["dark"])),
                           (d["delivery"], Style(pt(13), color=INK))]])
        self.column(slide, 840, top, 380, 664 - top, [p for b in s.get("text") or [] for p in self.block_paragraphs(b)])

    def slide_risks(self, slide: Any, s: Slide) -> None:
        top = self.body_top
        parties = s.get("parties") or []
        head = [self.tt("Risk")] + [self.t(p) for p in parties]
        rows = []
        for row in s.get("rows") or []:
            cells = [f"{row['number']} {self.t(row['category'])}"]
            for c in row["cells"]:
                cells.append(self.t(c["level"].capitalize()) + (f" {c['score']}" if c.get("score") else "") if c.get("mark") else "")
            rows.append(cells)
        rest = 700 - 200
        widths = [200.0] + [rest / max(len(parties), 1)] * len(parties)
        y = top + self.table(slide, 60, top, widths, head, rows, size=10.5, row_h=24) + 6
        paras = self.more(s.get("more", {}).get("rows"))
        paras.append([(self.t("Rating: likelihood × impact, each 1–5; high 15 or more, medium 6–14, low 5 or less."),
                       Style(pt(12), color=MUTED))])
        self.column(slide, 60, min(y, 620), 700, 44, paras)
        paras = [[(self.label("Highest risks and their mitigation"), self.label_style())]]
        for r in s.get("top") or []:
            paras.append([(f"{r['number']} ", Style(pt(13), bold=True, color=self.colours["accent"])),
                          (r["description"], Style(pt(13), bold=True, color=INK))])
            if r.get("mitigation"):
                paras.append([(r["mitigation"], Style(pt(13), color=INK))])
            by = f"{self.t('Borne by')}: {self.t(r['bearer'])}"
            if r.get("score"):
                by += f" · {self.t(r['level'].capitalize())} {r['score']}"
            paras.append([(by, Style(pt(12), color=GREY))])
        self.column(slide, 800, top, 420, 664 - top, paras)

    def slide_japan(self, slide: Any, s: Slide) -> None:
        top = self.body_top
        paras = [p for b in s.get("role") or [] for p in self.block_paragraphs(b)]
        if s.get("partners"):
            paras.append([(self.label("Japanese partners"), self.label_style())])
            for pt_ in s["partners"]:
                runs = [("•\u00a0" + pt_["name"], Style(pt(14), bold=True, color=INK))]
                if pt_.get("contribution"):
                    runs.append((": " + pt_["contribution"], Style(pt(14), color=INK)))
                if pt_.get("status"):
                    runs.append((f" [{self.t(pt_['status'])}]", Style(pt(12), color=self.colours["dark"])))
                paras.append(runs)
            paras += self.more(s.get("more", {}).get("partners"))
        paras += [p for b in s.get("left") or [] for p in self.block_paragraphs(b)]
        self.column(slide, 60, top, 556, 664 - top, paras)
        self.column(slide, 664, top, 556, 664 - top, [p for b in s.get("fits") or [] for p in self.block_paragraphs(b)])

    def slide_delivery(self, slide: Any, s: Slide) -> None:
        from pptx.enum.shapes import MSO_SHAPE

        top = self.body_top
        c = s["chart"]
        gutter = float(c["gutter"])
        track_w = float(c["width"]) - gutter
        y = top
        for r in c["rows"]:
            h = float(r["h"])
            if r["type"] == "group":
                self.textbox(slide, 60, y, 1160, h, [[(self.label(r["label"]), self.label_style())]], fit=False)
            else:
                name = [(r["name"], Style(pt(13), color=INK))]
                if r.get("note"):
                    name.append((f" ({self.t(r['note'])})", Style(pt(11), color=GREY)))
                self.textbox(slide, 60, y, gutter - 16, h, [name])
                tx = 60 + gutter
                left = tx + track_w * float(r["left"]) / 100
                colour = self.colours["accent"] if r.get("key") == "light" else CAPEX
                if r["kind"] == "bar":
                    width = track_w * float(r["width"]) / 100
                    self.rect(slide, left, y + 5, width, h - 10, colour)
                    before = r["before"] if "before" in r else float(r["left"]) + float(r["width"]) > 88
                    at = left - 96 if before else left + width + 6
                    self.textbox(slide, at, y + 2, 90, h, [[(r["years"], Style(pt(11), color=GREY))]],
                                 align="left" if at > left else "right", fit=False)
                else:
                    # deck.css .g-diamond: financial close orange, operation in the accent, the rest ink
                    fill = {"financial_close": NET, "operation": self.colours["accent"]}.get(r.get("key", ""), CAPEX)
                    self.rect(slide, left - 6, y + h / 2 - 6, 12, 12, fill, shape=MSO_SHAPE.DIAMOND)
                    if r.get("before"):
                        self.textbox(slide, left - 100, y + 2, 90, h, [[(r["years"], Style(pt(11), color=GREY))]],
                                     align="right", fit=False)
                    else:
                        self.textbox(slide, left + 10, y + 2, 90, h, [[(r["years"], Style(pt(11), color=GREY))]], fit=False)
            y += h
        axis_y = y + 2
        self.rect(slide, 60 + gutter, axis_y, track_w, 1, RULE)
        for t_ in c["ticks"]:
            self.textbox(slide, 60 + gutter + track_w * float(t_["left"]) / 100 - 20, axis_y + 2, 40, 16,
                         [[(str(t_["year"]), Style(pt(11), color=GREY))]], align="center", fit=False)
        if c.get("today") is not None:
            tx = 60 + gutter + track_w * float(c["today"]) / 100
            self.dashed_line(slide, tx, top, y - top, NEGATIVE)  # deck.css .g-today: 2 px dashed
            self.textbox(slide, tx + 4, top - 2, 60, 16, [[(self.t("Today"), Style(pt(11), bold=True, color=NEGATIVE))]], fit=False)
        y = top + float(c["height"]) + 4
        extra = self.more(s.get("more", {}).get("milestones"))
        if extra:
            self.column(slide, 60, y, 1160, 20, extra)
            y += 22
        statuses = s.get("statuses") or []
        if statuses:
            w = (1160 - 16 * (len(statuses) - 1)) / len(statuses)
            for i, st in enumerate(statuses):
                paras = [[(self.label(st["label"]), Style(pt(11), bold=True, color="3C4A57"))],
                         [(self.t(st["value"]), Style(pt(15), bold=True, color=DARK))]]
                if st.get("note"):
                    paras.append([(st["note"], Style(pt(12), color=GREY))])
                elif st.get("note_label"):
                    paras.append([(self.t(st["note_label"]), Style(pt(12), color=GREY))])
                self.rect(slide, 60 + i * (w + 16), y, w, 3, self.colours["accent"])
                self.textbox(slide, 60 + i * (w + 16), y + 8, w, max(664 - y - 8, 40), paras)

    def slide_team(self, slide: Any, s: Slide) -> None:
        top = self.body_top
        paras: list[list[tuple[str, Style]]] = []
        for f in s.get("people") or []:
            value = self.t(f["value"]) if f.get("fixed") else str(f["value"])
            paras.append([(self.label(f["label"]), Style(pt(12), bold=True, color="3C4A57", space_before=6))])  # dl.people dt
            paras.append([(value, Style(pt(15), color=INK))])
        paras += [p for b in s.get("left") or [] for p in self.block_paragraphs(b)]
        self.column(slide, 60, top, 556, 664 - top, paras)
        self.column(slide, 664, top, 556, 664 - top, [p for b in s.get("right") or [] for p in self.block_paragraphs(b)])

    def slide_next_steps(self, slide: Any, s: Slide) -> None:
        top = self.body_top
        y = top
        if s.get("ask"):
            y += self.ask_box(slide, 60, y, 556, s["ask"]) + 18
        if s.get("steps"):
            paras = [[(self.label("Next steps"), self.label_style())]]
            for st in s["steps"]:
                paras.append([(f"{st['year']}  ", Style(pt(14), bold=True, color=self.colours["accent"])),
                              (st["name"], Style(pt(14), bold=True, color=INK))])
                if st.get("description"):
                    paras.append([(st["description"], Style(pt(13), color=INK))])
            self.column(slide, 60, y, 556, 664 - y, paras)
        if s.get("contacts"):
            paras = [[(self.label("Contacts"), self.label_style())]]
            for c in s["contacts"]:
                paras.append([(c["name"], Style(pt(14), bold=True, color=INK))])
                for line in c.get("lines") or []:
                    paras.append([(line, Style(pt(13), color=INK))])
            self.column(slide, 664, top, 556, 664 - top, paras)

    def slide_appendix_contents(self, slide: Any, s: Slide) -> None:
        top = self.body_top
        columns = s.get("columns") or []
        width = 1160 if len(columns) == 1 else 556
        for i, col in enumerate(columns):
            rows = [[e["code"], self.t(e["title"]), str(e["slide"])] for e in col]
            self.table(slide, 60 + i * (width + 48), top, [60, width - 120, 60], ["", "", ""], rows,
                       numeric=[False, False, True], size=13, row_h=24, header=False,
                       fills={r: "FFFFFF" for r in range(len(rows))})  # ol.appendix-list: ruled, not tinted

    def slide_appendix_text(self, slide: Any, s: Slide) -> None:
        from pptx.util import Emu

        top = self.body_top
        photos = s.get("photos") or []
        if photos:
            w = (1160 - 16 * (len(photos) - 1)) / len(photos)
            tallest = 0.0
            for i, ph in enumerate(photos):
                data = self._image(ph.get("url"))
                h = float(ph.get("h") or 200)
                tallest = max(tallest, h + 24)
                if data:
                    pic = slide.shapes.add_picture(io.BytesIO(data), Emu(px(60 + i * (w + 16))), Emu(px(top)))
                    _cover_crop(pic, w, h)
                caption = " · ".join(x for x in (ph.get("caption"), ph.get("credit")) if x)
                if caption:
                    self.textbox(slide, 60 + i * (w + 16), top + h + 2, w, 20, [[(caption, Style(pt(12), color=GREY))]])
            top += tallest + 8
        for i, col in enumerate(s.get("cols") or []):
            self.column(slide, 60 + i * 604, top, 556, 664 - top, [p for b in col for p in self.block_paragraphs(b)])

    def slide_appendix_table(self, slide: Any, s: Slide) -> None:
        top = self.body_top
        head = [self.tt(h["label"], s.get("context", "")) + (f" ({h['unit']})" if h.get("unit") else "") for h in s["head"]]
        cell_text = [[self.t(c["text"]) if c.get("fixed") else str(c["text"]) for c in row] for row in s["rows"]]
        bold: set[int] = set()
        if s.get("total"):
            bold.add(len(cell_text))
            cell_text.append([self.t(c["text"]) if c.get("fixed") else str(c["text"]) for c in s["total"]])
        tornado = s.get("appendix_key") == "tornado" and self._tornado() is not None
        width = 640.0 if tornado else 1160.0
        widths = [width * float(h["width"]) / 100 for h in s["head"]]
        numeric = ["num" in str(h.get("cls", "")) for h in s["head"]]
        self.table(slide, 60, top, widths, head, cell_text, numeric=numeric, totals=bold, size=13.5)
        if s.get("note"):
            self.textbox(slide, 60, 640, 1160, 20, [[(f"{self.t('Amounts in')} {s['note']}", Style(pt(12), color=MUTED))]])
        if tornado:
            self.tornado_chart(slide, 740, top, 480, 420)

    def _tornado(self) -> Any:
        st = getattr(self.analysis.finance, "structure", None)
        return st.tornado if st is not None and st.tornado else None

    def tornado_base(self) -> Decimal | None:
        """The base case NPV the tornado's bars swing about: the project NPV, as the bars' own NPVs are."""
        base = self.analysis.finance.npv
        return Decimal(base) if base is not None else None

    def tornado_chart(self, slide: Any, x: float, y: float, w: float, h: float) -> None:
        """Each driver at -20% and +20%: the change in the NPV from the base case, bars either side of zero."""
        from pptx.enum.chart import XL_CHART_TYPE, XL_TICK_LABEL_POSITION

        from wizard.export.tables import amount_scale, unit_label

        bars = self._tornado()
        base = self.tornado_base()
        if base is None:
            return
        changes = [(None if b.low.npv is None else Decimal(b.low.npv) - base,
                    None if b.high.npv is None else Decimal(b.high.npv) - base) for b in bars]
        factor, word = amount_scale([v for pair in changes for v in pair])
        unit = unit_label(self.analysis.finance.currency, word)
        data = self.chart_data(number_format="#,##0.0")
        data.categories = [self.t(b.label) for b in bars]
        change = self.t("Change in NPV")
        data.add_series(f"{change}: −20%", [None if lo is None else float(lo / factor) for lo, _ in changes])
        data.add_series(f"{change}: +20%", [None if hi is None else float(hi / factor) for _, hi in changes])
        chart = self.add_chart(slide, XL_CHART_TYPE.BAR_CLUSTERED, x, y, w, h - 24, data, "tornado",
                               f"{change} ({unit})", unit=unit, factor=factor)
        plot = chart.plots[0]
        plot.overlap = 100
        plot.gap_width = 40
        _series_colour(plot.series[0], OPEX)
        _series_colour(plot.series[1], self.colours["accent"])
        chart.category_axis.reverse_order = True
        chart.category_axis.tick_label_position = XL_TICK_LABEL_POSITION.LOW
        chart.value_axis.has_title = True
        chart.value_axis.axis_title.text_frame.text = f"{change} ({unit})"
        _style_axis_title(chart.value_axis.axis_title)
        chart.has_legend = False
        self.legend(slide, x, y + h - 20, w, [(f"{change}: −20%", OPEX), (f"{change}: +20%", self.colours["accent"])])

    def legend(self, slide: Any, x: float, y: float, w: float, entries: list[tuple[str, str]]) -> None:
        """A chart's legend drawn beside it, a swatch and a label per series in the series' order, as the PDF
        draws its legends.  Horizontal bar charts do not use the chart's own legend: LibreOffice lists their
        series in reverse (it reverses unstacked bar series on import, so that the bars sit as PowerPoint's),
        which put "Target" before "Baseline"."""
        from wizard.export import measure

        font = measure.Font(12, line_height=1.35)
        cx = x
        for label, colour in entries:
            self.rect(slide, cx, y + 4, 12, 12, colour)
            tw = measure.width(label, font) + 6
            self.textbox(slide, cx + 17, y, min(tw, x + w - cx - 17), 20, [[(label, Style(pt(12), color=MUTED))]], fit=False)
            cx += 17 + tw + 14

    # --- charts and notes ---------------------------------------------------------------------------------

    def chart_data(self, **options: Any) -> Any:
        """python-pptx's category chart data, its embedded workbook dated :attr:`moment`."""
        return category_chart_data(self.moment, **options)

    def add_chart(self, slide: Any, kind: Any, x: float, y: float, w: float, h: float, data: Any, key: str,
                  title: str, *, unit: str = "", factor: Decimal = Decimal(1)) -> Any:
        from pptx.util import Emu, Pt

        frame = slide.shapes.add_chart(kind, Emu(px(x)), Emu(px(y)), Emu(px(w)), Emu(px(h)), data)
        frame.name = f"Chart: {key}"
        chart = frame.chart
        chart.has_title = False
        chart.font.size = Pt(9)
        chart.font.name = "Inter"
        _white_chart_area(chart)
        self.charts.append({"key": key, "title": title, "unit": unit, "factor": factor})
        return chart

    def notes_for(self, s: Slide) -> list[str]:
        """Speaker notes: what the slide's figures rest on, with their sources and years."""
        from wizard.export.pptx.notes import notes_for

        return notes_for(s, self.context, self.analysis, self.proposal, self.labels)


def _text_height(paragraphs: list[list[tuple[str, Style]]], width: float) -> float:
    """The height in px the paragraphs take at ``width``, measured as the planner measures the PDF."""
    from wizard.export import measure

    total = 0.0
    for n, runs in enumerate(paragraphs):
        text = "".join(t for t, _ in runs)
        if not runs or not text:
            continue
        first = runs[0][1]
        # Runs of different sizes: the paragraph measured at their average size, weighted by length.
        size = sum(len(t) * style.size for t, style in runs) / len(text) / 0.75
        font = measure.Font(size, bold=first.bold, line_height=1.2)
        total += (max(measure.lines(text, max(width, 10), font), 1.0) * size * (line_height(text) or 1.2)
                  + (first.space_before / 0.75 if n else 0))
    return total


def _row_height(cells: list[str], widths: list[float], size: float, header: bool) -> float:
    """A table row's height in px: its fullest cell's lines (measured as the PDF measures), and padding."""
    from wizard.export import measure

    tallest = 0.0
    for text, width in zip(cells, widths):
        total = 0.0
        for i, line in enumerate(str(text).split("\n")):
            line_size = size if i == 0 else size - 2
            pad = 18 if width >= 100 else 10
            font = measure.Font(line_size, bold=header and i == 0, line_height=1.25)
            total += measure.lines(line, max(width - pad, 10), font) * line_size * (line_height(line) or 1.25) if line else 0
        tallest = max(tallest, total)
    return tallest + 10


def _shrink_on_overflow(frame: Any) -> None:
    """Ask the viewer to shrink text that would spill out of its box (a:normAutofit), as a last guard."""
    from pptx.oxml.ns import qn

    body = frame._txBody.find(qn("a:bodyPr"))
    for tag in ("a:noAutofit", "a:spAutoFit", "a:normAutofit"):
        for old in body.findall(qn(tag)):
            body.remove(old)
    body.append(body.makeelement(qn("a:normAutofit"), {}))


def _series_colour(series: Any, colour: str) -> None:
    from pptx.dml.color import RGBColor

    series.format.fill.solid()
    series.format.fill.fore_color.rgb = RGBColor.from_string(colour)
    series.invert_if_negative = False


def _white_chart_area(chart: Any) -> None:
    """Fill the chart area white, as the slide under it: LibreOffice Impress selects a chart with no fill
    only where something is drawn, so a click between the bars went through to the slide."""
    from lxml import etree
    from pptx.oxml.ns import qn

    space = chart._chartSpace
    for old in space.findall(qn("c:spPr")):
        space.remove(old)
    sp_pr = etree.fromstring(
        '<c:spPr xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" '
        'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main">'
        '<a:solidFill><a:srgbClr val="FFFFFF"/></a:solidFill><a:ln><a:noFill/></a:ln></c:spPr>')
    space.find(qn("c:chart")).addnext(sp_pr)


def _style_axis_title(title: Any) -> None:
    from pptx.util import Pt

    for para in title.text_frame.paragraphs:
        for run in para.runs:
            run.font.size = Pt(9)
            run.font.bold = False


def _net_as_line(chart: Any, colour: str) -> None:
    """Move the last series (net cash flow) from the stacked columns into a line on the same axes.

    python-pptx makes one chart type per chart; a combination chart is a second ``c:lineChart`` in the same
    plot area sharing the axes.  The series keeps its cells in the embedded workbook.
    """
    from lxml import etree
    from pptx.oxml.ns import qn

    plot_area = chart._chartSpace.find(".//" + qn("c:plotArea"))
    bar = plot_area.find(qn("c:barChart"))
    series = bar.findall(qn("c:ser"))[-1]
    bar.remove(series)
    for tag in ("c:invertIfNegative", "c:spPr"):
        for old in series.findall(qn(tag)):
            series.remove(old)
    line = etree.SubElement(plot_area, qn("c:lineChart"))
    bar.addnext(line)
    etree.SubElement(line, qn("c:grouping")).set("val", "standard")
    etree.SubElement(line, qn("c:varyColors")).set("val", "0")
    line.append(series)
    sppr = etree.fromstring(
        '<c:spPr xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" '
        'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main">'
        f'<a:ln w="31750" cap="rnd"><a:solidFill><a:srgbClr val="{colour}"/></a:solidFill></a:ln></c:spPr>')
    marker = etree.fromstring(
        '<c:marker xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" '
        'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><c:symbol val="circle"/><c:size val="4"/>'
        f'<c:spPr><a:solidFill><a:srgbClr val="{colour}"/></a:solidFill><a:ln><a:noFill/></a:ln></c:spPr></c:marker>')
    tx = series.find(qn("c:tx"))
    tx.addnext(sppr)
    sppr.addnext(marker)
    etree.SubElement(series, qn("c:smooth")).set("val", "0")
    etree.SubElement(line, qn("c:marker")).set("val", "1")
    for ax in bar.findall(qn("c:axId")):
        etree.SubElement(line, qn("c:axId")).set("val", ax.get("val"))


def _cell_rules(cell: Any, *, top: tuple[float, str] | None = None, bottom: tuple[float, str] | None = None) -> None:
    """Rules above and below a table cell ((width in px, RRGGBB)); no side rules, as on the PDF's tables."""
    from lxml import etree
    from pptx.oxml.ns import qn

    tc_pr = cell._tc.get_or_add_tcPr()
    for tag in ("a:lnL", "a:lnR", "a:lnT", "a:lnB"):
        for old in tc_pr.findall(qn(tag)):
            tc_pr.remove(old)
    rules = []
    for tag, rule in (("a:lnL", None), ("a:lnR", None), ("a:lnT", top), ("a:lnB", bottom)):
        line = etree.Element(qn(tag))
        if rule is None:
            line.set("w", "0")
            etree.SubElement(line, qn("a:noFill"))
        else:
            line.set("w", str(px(rule[0])))
            etree.SubElement(etree.SubElement(line, qn("a:solidFill")), qn("a:srgbClr")).set("val", rule[1])
        rules.append(line)
    # Schema order in a:tcPr: lnL, lnR, lnT, lnB, (diagonals), then the fill.
    for line in reversed(rules):
        tc_pr.insert(0, line)


def _drop_header(shape: Any) -> None:
    """A table whose first row is not a header (the appendix contents): remove that row."""
    from pptx.oxml.ns import qn

    tbl = shape.table._tbl
    first = tbl.findall(qn("a:tr"))[0]
    tbl.remove(first)
    shape.table.first_row = False


def _cover_crop(pic: Any, w: float, h: float) -> None:
    """Size a picture to w x h px, cropping its longer side evenly (CSS object-fit: cover)."""
    from pptx.util import Emu

    iw, ih = pic.image.size
    box = w / h
    ratio = iw / ih if ih else box
    if ratio > box:
        cut = (1 - box / ratio) / 2
        pic.crop_left = pic.crop_right = cut
    elif ratio < box:
        cut = (1 - ratio / box) / 2
        pic.crop_top = pic.crop_bottom = cut
    pic.width, pic.height = Emu(px(w)), Emu(px(h))


__all__ = ["Renderer", "tints"]
