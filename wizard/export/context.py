"""The deck's plan: from a proposal to the slides the template renders, main line first, then the appendix.

The main line follows the investment story (:mod:`wizard.export.story`): cover, executive summary, problem,
solution, outcomes, demand, economics, sources and uses, structure, risk allocation, Japanese value-add,
delivery, team, the ask and next steps.  Each slide has a fixed layout (``deck.css``); each field of the
team's text that feeds it gets a place of known width and a number of lines, its *budget*.  Text beyond
the budget is cut between sentences and goes on in the appendix, with a pointer ("continued in A3");
tables and lists show what fits and list every row in the appendix.  The budgets the planner used are
kept (:attr:`DeckPlanner.budgets`) so the wizard can show each field's characters left
(:mod:`wizard.export.budget`).

The template never sees pydantic objects: everything here is dicts, lists and finished strings.  The
plan is linear in the size of the proposal: each text is measured once (:mod:`wizard.export.measure`)
and each table row once.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from wizard.analysis import Analysis
from wizard.export import charts, detail, measure
from wizard.export.appendix import (BLOCK_GAP, LABEL, LABEL_GAP, TABLE, TABLE_HEAD, Appendix, SaidItem, Section, TextItem,
                                    paginate_table, paginate_text, table_height)
from wizard.export.labels import Labels, Phrase
from wizard.export.measure import Font
from wizard.export.numbers import Numbers
from wizard.export.story import MAIN_LINE, SECTION_NAMES, Story, risk_level, risk_score
from wizard.export.tables import Column, Table
from wizard.export.titles import TITLE_FONT, title_font, title_of
from wizard.model import Proposal

Slide = dict[str, Any]
_HEX = re.compile(r"^#[0-9A-Fa-f]{6}$")
_NBSP = "\u00a0"

# --- geometry (CSS px, kept in step with export_templates/deck/deck.css) ----------------------------------

CONTENT_W = 1160.0
CONTENT_H = 624.0           # 720 less the 40 px top and 56 px bottom margins
KICKER_H = 15.6 + 6.0       # the section name above the title, and its gap
RULE_H = 8.0 + 3.0 + 18.0   # the accent rule under the title and the space before the body
JA_TITLE = Font(16, line_height=1.3)
BODY = Font(15, line_height=1.45)
SMALL = Font(14, line_height=1.42)
NOTE = Font(12, line_height=1.35)
NOTE_TIGHT = Font(12, line_height=1.3)
ASK_LABEL = Font(12, bold=True, line_height=1.3, letter_spacing=1.4, upper=True)
POINTER_H = 16.2 + 4.0      # "continued in A3" under a cut text, "+2 more in A5" under a table (.more)
BULLET_INDENT = 18.0
BULLET_GAP = 3.0
FIGURE_VALUE = Font(24, bold=True, line_height=1.15)
BIG_FIGURE_VALUE = Font(30, bold=True, line_height=1.15)
TABLE_GAP = 16.0            # between an appendix text and the table under it (deck.css .after-cols)
ROW_PAD = 11.5              # 10 px of padding, the 1 px rule, and half a pixel of rounding


@dataclass
class FieldBudget:
    """How much of one field fits its place on a main-line slide."""

    path: str             # the model path, e.g. "problem.statement"
    slide: str            # the main-line slide id
    lines: float          # lines the field's place holds
    used: float           # lines the shown part takes
    chars_left: int       # characters it can still take (negative: this many do not fit)
    moved: bool           # part of it (or of its list) went on to the appendix


class DeckPlanner:
    """Plans one deck.  ``fill`` (1.0, then less) makes room if an estimate proved too hopeful: one figure for
    every slide, or a figure per slide (:func:`fill_key`: a main-line slide's id, ``"appendix"`` for the
    appendix's contents, an appendix section's key), 1.0 for the slides it does not name."""

    def __init__(self, proposal: Proposal, analysis: Analysis, numbers: Numbers, labels: Labels,
                 asset_url: Callable[[str], str | None], fill: float | Mapping[str, float] = 1.0) -> None:
        self.p = proposal
        self.labels = labels
        self.n = numbers
        self.story = Story(proposal, analysis, numbers, labels)
        self.econ = self.story.econ
        self.asset_url = asset_url
        self.fill = fill
        self.appendix = Appendix()
        self.budgets: dict[str, FieldBudget] = {}
        self.moved: list[str] = []  # appendix sections holding a whole text of the slide being planned
        accent = proposal.branding.accent_colour
        self.accent = accent if _HEX.match(accent or "") else "#0F6E8C"

    # -- helpers -------------------------------------------------------------------------------------------

    def fill_of(self, key: str) -> float:
        """How full the slides of ``key`` (see :func:`fill_key`) are planned."""
        return self.fill if isinstance(self.fill, (int, float)) else float(self.fill.get(key, 1.0))

    def say(self, phrase: Phrase | None) -> dict[str, str] | None:
        return phrase.as_dict(self.labels) if phrase is not None else None

    def label_lines(self, label: str, width: float) -> float:
        text = label + (" " + self.labels.ja(label) if self.labels.bilingual and self.labels.ja(label) else "")
        return measure.lines(text, width, LABEL)

    def figure_height(self, figures: list[dict[str, Any]], width: float) -> float:
        """Height in px of a row of headline figures (border-box, as deck.css sets it), the tallest one's."""
        tallest = 0.0
        for f in figures:
            h = 9 + FIGURE_VALUE.line + 2 + measure.lines(self.labels.inline_text(f["label"]), width, LABEL) * LABEL.line
            if f.get("note"):
                h += measure.lines(f["note"]["en"] + (" " + f["note"]["ja"] if f["note"]["ja"] else ""), width, NOTE) \
                    * NOTE.line
            tallest = max(tallest, h)
        return round(tallest + 2, 1)

    def big_figure_height(self, figure: dict[str, Any], width: float) -> float:
        """Height in px of a big figure with its margin (deck.css .big-figure): the rule, the value, its
        label and its note, each as wide as the column."""
        h = 3 + 6 + BIG_FIGURE_VALUE.line + 2 + measure.lines(self.labels.inline_text(figure["label"]), width, LABEL) * LABEL.line
        if figure.get("note"):
            h += measure.lines(self.labels.inline_text(figure["note"]), width, NOTE_TIGHT) * NOTE_TIGHT.line
        return h + 14

    def header_lines_at(self, label: str, width: float, font: Font) -> float:
        """Height in px of a header label set in ``font`` with its Japanese line beneath (tt), if any."""
        h = measure.lines(label, width, font) * font.line
        ja = self.labels.ja(label)
        if ja:
            h += measure.lines(ja, width, NOTE) * 12 * 1.3 + 1
        return h

    def header_lines(self, label: str, width: float) -> float:
        """Height in px of a table header cell (with its Japanese line beneath, if any)."""
        h = measure.lines(label, width - 16, TABLE_HEAD) * TABLE_HEAD.line
        ja = self.labels.ja(label)
        if ja:
            h += measure.lines(ja, width - 16, NOTE) * 12 * 1.3 + 1
        return h

    def head(self, slide_id: str) -> tuple[Slide, float]:
        """A main-line slide's head (section name, action title) and the body height left under it."""
        title = title_of(self.story, slide_id)
        font, count = title_font(title["en"])
        height = KICKER_H + max(count * font.line, 2 * TITLE_FONT.line) + RULE_H
        if self.labels.bilingual:
            # The head always keeps a line for the Japanese title (deck.css), more if it wraps.
            height += max(measure.lines(title["ja"], CONTENT_W, JA_TITLE), 1) * JA_TITLE.line + 2
        slide = {"id": slide_id, "section": SECTION_NAMES[slide_id], "title": title, "title_size": font.size,
                 "refs": [], "main": True, "more": {}, "continued": False}
        return slide, (CONTENT_H - height) * self.fill_of(slide_id)

    def budget(self, path: str, slide: str, fitted: measure.Fit, box: float, font: Font, text: str,
               moved: bool = False) -> None:
        self.budgets[path] = FieldBudget(path, slide, fitted.capacity, fitted.lines,
                                         measure.chars_left(fitted, box, font, text), moved or not fitted.whole)

    def text_block(self, slide: str, path: str, label: str, text: str, width: float, font: Font,
                   room: float, more: str, more_label: str = "") -> tuple[dict[str, Any] | None, float]:
        """A labelled text cut to ``room`` px between sentences; the rest goes to appendix section ``more``.

        ``more_label`` heads the rest in the appendix when the slide prints the text without a label of
        its own (the slide's box names it).  Returns the block (None if the text is empty) and its height.
        """
        text = text.strip()
        if not text:
            return None, 0.0
        head_h = (self.label_lines(label, width) * LABEL.line + LABEL_GAP) if label else 0.0
        lines_room = (room - head_h - BLOCK_GAP) / font.line
        fitted = measure.fit(text, width, font, lines_room)
        if not fitted.whole:
            # Keep a line for the pointer to the rest.
            lines_room = (room - head_h - BLOCK_GAP - POINTER_H) / font.line
            fitted = measure.fit(text, width, font, lines_room)
        self.budget(path, slide, fitted, width, font, text)
        if not fitted.whole:
            self.appendix.text(more, label or more_label, fitted.rest, continued=bool(fitted.head), from_slide=slide,
                               path=path)
        if not fitted.head:
            # Not even its first sentence fits: the whole text is in the appendix, which the slide names.
            self.moved.append(more)
            return None, 0.0
        block = {"label": label, "paras": [p for p in fitted.head.split("\n") if p.strip()], "bullets": [],
                 "more": more if not fitted.whole else "", "path": path}
        height = head_h + fitted.lines * font.line + BLOCK_GAP + (POINTER_H if not fitted.whole else 0.0)
        if not fitted.head:
            height = head_h + BLOCK_GAP + POINTER_H
        return block, height

    def column(self, slide: str, fields: list[tuple[str, str, str, str]], width: float, font: Font,
               room: float, minimum: int = 3) -> tuple[list[dict[str, Any]], float]:
        """Stack labelled texts ``(path, label, text, appendix key)`` in a column of ``room`` px.

        Each text gets what is left after keeping ``minimum`` lines (or less if shorter) for each text
        below it; so a short text leaves its room to the next, and no text is squeezed out by the first.
        """
        present = [f for f in fields if f[2].strip()]
        need = []
        for _path, label, text, _ in present:
            head_h = (self.label_lines(label, width) * LABEL.line + LABEL_GAP) if label else 0.0
            lines_needed = measure.lines(text, width, font)
            # Keep a few lines for each text below, so an earlier text (they come in order of importance)
            # does not take the whole column; a text whose first sentence does not fit its lines moves whole
            # to the appendix, and the slide names where.
            need.append(head_h + min(lines_needed, minimum) * font.line + BLOCK_GAP
                        + (POINTER_H if lines_needed > minimum else 0.0))
        blocks = []
        used = 0.0
        for index, (path, label, text, more) in enumerate(present):
            reserve = sum(need[index + 1:])
            block, height = self.text_block(slide, path, label, text, width, font, room - used - reserve, more)
            if block is not None:
                blocks.append(block)
                used += height
        return blocks, used

    def bullet_block(self, slide: str, path: str, label: str, items: list[str], width: float, font: Font,
                     room: float, more: str) -> tuple[dict[str, Any] | None, float]:
        """Whole bullets that fit ``room`` px; the others go on in the appendix."""
        items = [i.strip() for i in items if i and i.strip()]
        if not items:
            return None, 0.0
        head_h = (self.label_lines(label, width) * LABEL.line + LABEL_GAP) if label else 0.0
        used = head_h + BLOCK_GAP
        shown: list[str] = []
        heights = [measure.lines(i, width - BULLET_INDENT, font) * font.line + BULLET_GAP for i in items]
        for index, (item, h) in enumerate(zip(items, heights)):
            pointer = POINTER_H if index < len(items) - 1 else 0.0
            if used + h + pointer > room:
                break
            shown.append(item)
            used += h
        rest = items[len(shown):]
        if rest:
            used += POINTER_H
            self.appendix.bullets(more, label, rest, continued=bool(shown), from_slide=slide, path=path)
        capacity = int((room - head_h - BLOCK_GAP) // font.line)
        taken = int(round(sum(heights[:len(shown)]) / font.line))
        left = int(((capacity - taken) * width) / (font.size * 0.55) * 0.9) if not rest else -sum(len(i) for i in rest)
        self.budgets[path] = FieldBudget(path, slide, capacity, taken, left, bool(rest))
        return {"label": label, "paras": [], "bullets": shown, "more": more if rest else "", "path": path}, used

    # -- the deck ----------------------------------------------------------------------------------------------

    def plan(self) -> list[Slide]:
        slides: list[Slide] = [self.cover()]
        builders = {"summary": self.summary, "problem": self.problem, "solution": self.solution,
                    "outcomes": self.outcomes, "demand": self.demand, "economics": self.economics,
                    "sources-uses": self.sources_uses, "structure": self.structure, "risks": self.risks,
                    "japan": self.japan, "delivery": self.delivery, "team": self.team,
                    "next-steps": self.next_steps}
        for slide_id, _ in MAIN_LINE:
            self.moved = []
            slide = builders[slide_id]()
            if slide is not None:
                slide["refs"] = slide["refs"] + self.moved
                slides.append(slide)
        self.remaining()
        sections = self.appendix.numbered()
        numbers = {s["id"]: i for i, s in enumerate(slides, start=1)}
        appendix_slides = self.appendix_slides(sections, numbers)
        if appendix_slides:
            slides.extend(self.appendix_contents(sections))
            slides.extend(appendix_slides)
        for number, slide in enumerate(slides, start=1):
            slide["number"] = number
        starts = {s["appendix_key"]: s["number"] for s in slides if s.get("appendix_key") and not s.get("continued")}
        if appendix_slides:
            contents = next(s for s in slides if s["kind"] == "appendix-contents")
            for entry in contents["entries"]:  # the same dicts as in each contents slide's columns
                entry["slide"] = starts.get(entry["key"], "")
        for slide in slides:
            more = {}
            for name, (count, key) in slide.get("more", {}).items():
                code = self.appendix.code(key)
                more[name] = {"count": count, "text": self.say(Phrase("+{count} more in {code}", count=count, code=code))
                              if code else self.say(Phrase("+{count} more", count=count))}
            slide["more"] = more
            if slide["kind"] == "structure":
                slide["diagram"]["more_text"] = {k: more[k]["text"] for k in ("holders", "lenders", "public")}
            refs = [{"code": self.appendix.code(key), "title": self.appendix.sections[key].title}
                    for key in dict.fromkeys(slide.get("refs", [])) if self.appendix.code(key)]
            line = self.labels.inline_text("See") + " " + " · ".join(
                r["code"] + " " + self.labels.inline_text(r["title"]) for r in refs)
            if measure.width(line, NOTE) > 760:
                refs = [{"code": r["code"] + ("," if i < len(refs) - 1 else ""), "title": ""} for i, r in enumerate(refs)]
            slide["refs"] = refs
            for block in _blocks(slide):
                block["more_code"] = self.appendix.code(block["more"]) if block.get("more") else ""
                for key, empty in (("from", ""), ("facts", []), ("bullets", []), ("paras", []), ("label", "")):
                    block.setdefault(key, empty)
            slide["bookmark"] = _bookmark(slide)
        return slides

    # -- cover -----------------------------------------------------------------------------------------------

    def cover(self) -> Slide:
        from wizard.export.cover import plan_cover

        self.cover_slide = plan_cover(self.p, self.story, self.labels, self.asset_url)
        return self.cover_slide

    # -- 2. executive summary ----------------------------------------------------------------------------------

    def summary(self) -> Slide | None:
        s, p = self.story, self.p
        figures = s.summary_figures()
        ask = self.ask_box()
        exit_text = p.japan.exit_strategy.strip()
        if not (figures or ask or exit_text):
            return None
        slide, body = self.head("summary")
        # Right column: a grid of figures (3 across), then the exit.
        rows = (len(figures) + 2) // 3
        figure_h = self.figure_height(figures, 176.0)
        grid_h = rows * (figure_h + 12)
        right_blocks, _ = self.column("summary", [("japan.exit_strategy", "Exit", exit_text, "structure-more")],
                                      560.0, SMALL, body - grid_h - 8)
        # Left column: the ask (amount, instrument, use of funds), then the path to operation.
        timeline = s.timeline_points()
        path_h = 0.0
        if timeline:
            stop_w = 556.0 / len(timeline)
            path_h = (4 + self.label_lines("Path to operation", 556) * LABEL.line + LABEL_GAP + 6 + 2 + 6 + 19.5
                      + max(measure.lines(self.labels.inline_text(x["label"], "Path to operation"), stop_w - 8, NOTE_TIGHT)
                           for x in timeline)
                      * NOTE_TIGHT.line + 4)
        left_room = body - path_h
        if ask is not None:
            fixed = self.ask_height(ask)
            use = p.finance.ask_use_of_funds.strip()
            use_head = 10 + 1 + 8 + measure.lines(self.labels.inline_text("Use of the funds"), 512, ASK_LABEL) * ASK_LABEL.line
            block, _ = self.text_block("summary", "finance.ask_use_of_funds", "", use, 512.0, SMALL,
                                       left_room - fixed - use_head + BLOCK_GAP, "asks",
                                       "Use of the funds") if use else (None, 0.0)
            if use and block is None:
                # Not even its first sentence fits the box: the box says where the use of the funds is.
                block = {"label": "", "paras": [], "bullets": [], "more": "asks", "path": "finance.ask_use_of_funds",
                         "moved": True}
            ask["use"] = block
        slide.update(kind="summary", ask=ask, figures=figures, figure_h=figure_h, exit=right_blocks, timeline=timeline,
                     refs=["cash-flows", "funding"])
        return slide

    def ask_height(self, ask: dict[str, Any]) -> float:
        """Height in px of the ask box without its use of funds (deck.css .ask)."""
        h = 32 + 18 + measure.lines(self.labels.inline_text("The ask"), 512, ASK_LABEL) * ASK_LABEL.line + 4 + 39.1
        for part in ask["parts"]:
            h += measure.lines(f"{part['amount']} {self.labels.inline_text(part['instrument'])} {part['asked_of']}", 512,
                               Font(14, line_height=1.4)) * 19.6
        h += 6 if ask["parts"] else 0
        h += 19.6 if ask["exact"] else 0.0
        h += 19.6 if ask["equivalents"] else 0.0
        if ask["instrument"]:
            h += 4 + measure.lines(self.labels.inline_text("Instrument") + ": " + self.labels.inline_text(ask["instrument"]),
                                   512, Font(14, line_height=1.4)) * 19.6
        return h

    def ask_box(self) -> dict[str, Any] | None:
        f, n = self.p.finance, self.n
        if f.ask_amount is None and not f.ask_use_of_funds.strip() and not f.ask_instrument:
            return None
        exact = n.money(f.ask_amount) if f.ask_amount is not None else ""
        short = self.econ.money(f.ask_amount)
        parts = [{"amount": self.econ.money(x.amount), "instrument": x.instrument.label if x.instrument else "",
                  "asked_of": x.asked_of.strip()} for x in f.asks if x.amount is not None or x.asked_of.strip()]
        return {"parts": parts if len(parts) > 1 else [], "amount": short, "exact": exact if exact != short else "",
                "equivalents": n.equivalents(self.story.analysis.finance.equivalents.get("ask")),
                "instrument": f.ask_instrument.label if f.ask_instrument else "", "use": None}

    # -- 3. the problem ------------------------------------------------------------------------------------------

    def problem(self) -> Slide | None:
        pr, s = self.p.problem, self.story
        evidence = s.evidence()
        if not (pr.statement.strip() or evidence or pr.title.strip() or pr.affected_population):
            return None
        slide, body = self.head("problem")
        left, _ = self.column("problem", [
            ("problem.statement", "The problem", pr.statement, "problem-more"),
            ("problem.root_causes", "Root causes", pr.root_causes, "problem-more"),
            ("problem.why_now", "Why now", pr.why_now, "problem-more"),
        ], 620.0, SMALL, body)
        # Right column: people affected, then each finding with its source while they fit.
        width = 500.0
        used = 0.0
        people = None
        if pr.affected_population:
            people = {"value": self.n.number(pr.affected_population), "label": "People affected",
                      "note": pr.category.label if pr.category else ""}
            used += self.big_figure_height(people, width)
        used += self.label_lines("Evidence", width) * LABEL.line + LABEL_GAP
        shown = []
        for index, item in enumerate(evidence):
            h = measure.lines(item["claim"], width, SMALL) * SMALL.line + \
                measure.lines(item["source"], width, NOTE) * NOTE.line + 10
            pointer = POINTER_H if index < len(evidence) - 1 else 0.0
            if used + h + pointer > body:
                break
            shown.append(item)
            used += h
        slide.update(kind="problem", text=left, people=people, evidence=shown,
                     more={"evidence": (len(evidence) - len(shown), "evidence")}, refs=["evidence"] if evidence else [])
        if pr.affected_groups.strip():
            self.appendix.text("problem-more", "Who is affected", pr.affected_groups, path="problem.affected_groups")
        return slide

    # -- 4. the solution -------------------------------------------------------------------------------------------

    def solution(self) -> Slide | None:
        s, p = self.story, self.p
        phases = s.phase_items()
        location = s.location()
        if not (phases or p.feasibility.technical_justification.strip()):
            return None
        slide, body = self.head("solution")
        width = 700.0
        legend = self.labels.inline_text("Light (digital layer)") + "    " + self.labels.inline_text("Heavy (physical investment)")
        used = measure.lines(legend, width, NOTE) * NOTE.line + 8 + 14
        shown = []
        for index, ph in enumerate(phases):
            name_h = measure.lines(ph["name"], width - 290, Font(15, bold=True, line_height=1.3)) * 19.5
            kind_h = measure.lines(self.labels.inline_text(ph["kind_label"]), 64,
                                   Font(12, bold=True, line_height=1.3, letter_spacing=0.6, upper=True)) * 15.6 \
                if ph["kind_label"] else 0.0
            comp_lines = min(measure.lines(ph["components"], width - 24, SMALL), 3)
            h = max(name_h, kind_h, 19.5) + comp_lines * SMALL.line + 20
            if used + h + (POINTER_H if index < len(phases) - 1 else 0) > body:
                break
            fitted = measure.fit(ph["components"], width - 24, SMALL, 3, allow_words=False)
            item = dict(ph)
            item["components"] = fitted.head
            item["components_more"] = not fitted.whole
            if not fitted.whole:
                slide["refs"].append("phases")
            shown.append(item)
            used += h
        # Right column: where (a vector map of the country, the city marked), then the technical case.
        right_used = 0.0
        if location:
            right_used += self.label_lines("Where", 410) * LABEL.line + LABEL_GAP + 12
            right_used += sum(measure.lines(self.labels.inline_text(f["label"]) + ": " + f["value"], 410, SMALL) + 0.1
                              for f in location) * SMALL.line
        map_ = s.location_map(410.0, 230.0, self.accent) if body - right_used >= 230.0 + 10.0 else None
        # The technical case goes under the phases, in what the left column has left.
        tech, _ = self.column("solution", [
            ("feasibility.technical_justification", "Technical case", p.feasibility.technical_justification,
             "solution-more")], width, SMALL, body - used - 6)
        if map_ is not None and map_["label"]:
            map_["label_width"] = min(180.0, measure.width(map_["label"], Font(13, bold=True)) + 12)
            if measure.lines(map_["label"], 168.0, Font(13, bold=True, line_height=1.3)) > 2:
                map_["label"] = ""  # a name too long to lay over the map: the facts beneath name the place
        slide.update(kind="solution", map=map_, phases=shown, more={"phases": (len(phases) - len(shown), "phases")}, location=location,
                     text=tech, refs=slide["refs"] + (["phases"] if phases else []) + ["solution-more"])
        return slide

    # -- 5. outcomes ---------------------------------------------------------------------------------------------

    def outcomes(self) -> Slide | None:
        s, v = self.story, self.p.vision
        kpis = [charts.kpi_row(k, self.n) for k in s.kpis()]
        benefits = [b for b in v.citizen_benefits if b.strip()]
        if not (kpis or benefits or v.statement.strip()):
            return None
        slide, body = self.head("outcomes")
        width = 640.0
        head = 6 + max(self.header_lines_at(label, w, NOTE_TIGHT) for label, w in (("KPI", 250), ("Baseline → target", 300),
                                                                                   ("Change", 62)))
        legend = "    ".join(self.labels.inline_text(x) for x in ("Baseline", "Target", "Each KPI on its own scale"))
        used = head + measure.lines(legend, width, NOTE) * NOTE.line + 8 + POINTER_H
        shown = []
        for index, k in enumerate(kpis):
            name = k["name"] + (f" ({k['unit']})" if k["unit"] else "")
            h = 15 + max(34.0, measure.lines(name, 250, Font(14, line_height=1.3)) * 18.2)
            if used + h + (POINTER_H if index < len(kpis) - 1 else 0) > body:
                break
            shown.append(k)
            used += h
        right_w = 476.0
        stats = s.jobs()
        figure_h = self.figure_height(stats, 230.0) if stats else 0.0
        right_room = body - (figure_h + 12 if stats else 0.0)
        vision_block, vh = self.text_block("outcomes", "vision.statement", "Vision", v.statement, right_w, SMALL,
                                           min(right_room * 0.55, right_room), "vision")
        benefit_block, _ = self.bullet_block("outcomes", "vision.citizen_benefits", "Benefits for citizens", benefits,
                                             right_w, SMALL, right_room - vh, "vision")
        slide.update(kind="outcomes", figure_h=figure_h, kpis=shown, more={"kpis": (len(kpis) - len(shown), "kpis")}, stats=stats,
                     text=[b for b in (vision_block, benefit_block) if b],
                     refs=(["kpis"] if kpis else []) + ["vision"])
        return slide

    # -- 6. demand and market --------------------------------------------------------------------------------

    def demand(self) -> Slide | None:
        f, e = self.p.feasibility, self.p.economy
        mix = self.econ.revenue_mix()
        if not (f.demand_forecast.strip() or e.market_access.strip() or mix or e.revenue_model.strip()):
            return None
        slide, body = self.head("demand")
        source = f.demand_forecast_source.strip()
        source_h = (measure.lines(self.labels.inline_text("Demand forecast prepared by") + ": " + source, 600, NOTE)
                    * NOTE.line + 8) if source else 0.0
        left, _ = self.column("demand", [
            ("feasibility.demand_forecast", "Demand forecast", f.demand_forecast, "demand-more"),
            ("economy.market_access", "Market access and demand", e.market_access, "demand-more"),
        ], 600.0, SMALL, body - source_h)
        mix_h = 0.0
        if mix:
            mix_h = (self.label_lines("Revenue by source", 400) * LABEL.line + LABEL_GAP + 38
                     + sum(max(measure.lines(self.labels.inline_text(m["label"]), 300, TABLE), 1) * TABLE.line + 7
                           for m in mix) + 12)
        right, _ = self.column("demand", [
            ("economy.revenue_model", "Revenue model", e.revenue_model, "demand-more"),
        ], 516.0, SMALL, body - mix_h)
        slide.update(kind="demand", text=left, source=source, mix=mix, right=right,
                     total_revenue=self.econ.money(self.story.analysis.finance.total_revenue),
                     refs=["demand-more", "cash-flows"] if mix else ["demand-more"])
        return slide

    # -- 7. economics ------------------------------------------------------------------------------------------

    def economics(self) -> Slide | None:
        r, econ = self.story.analysis.finance, self.econ
        metrics = [m.as_dict(self.labels) for m in econ.metrics()]
        if not (r.years or metrics):
            return None
        slide, body = self.head("economics")
        sens = econ.sensitivities()
        table_h = 0.0
        if sens:
            widths = (220.0, 180.0, 180.0, 180.0)
            head = max(self.header_lines(label, w) for label, w in zip(("Case", "Project NPV", "Change in NPV",
                                                                        "Project IRR"), widths)) + 12
            rows = sum(max(measure.lines(self.labels.inline_text(row["label"]), widths[0] - 16, TABLE),
                           measure.lines(row["npv"] + (" " + self.labels.inline_text("negative") if row["negative"] else ""),
                                         widths[1] - 16, TABLE)) * TABLE.line + ROW_PAD for row in sens)
            table_h = 12 + head + rows + TABLE.line + ROW_PAD  # and the base case
        breakeven = self.say(econ.break_even_sentence())
        if breakeven:
            table_h += measure.lines(breakeven["en"] + " " + breakeven["ja"], 760, SMALL) * SMALL.line + 10
        legend_h = measure.lines(" ".join(self.labels.inline_text(x) for x in ("Revenue", "Capex", "Opex", "Net cash flow"))
                                 + " 2027–2044: capex IDR 3,5T, revenue IDR 12,4T", 760, NOTE) * NOTE.line + 8
        chart_h = max(150.0, min(260.0, body - table_h - legend_h - 4))
        chart = charts.cashflow_chart(r, self.n, self.accent, height=chart_h) if r.years else None
        basis = self.basis()
        # The right column: the basis of the figures (always), the sentences on the downside while they fit,
        # then the headline figures while they fit (the title already states the NPV, IRR and payback).
        side = 360.0
        room = body
        if basis:
            room -= measure.lines(basis["en"] + " " + basis["ja"], side, NOTE) * NOTE.line + 8
        downside, moved, room = self.downside_box(room, side)
        if moved:
            room = 0.0  # no headline figure takes the room of a downside sentence sent to the appendix
        kept = []
        for m in metrics:
            h = FIGURE_VALUE.line + 9 + 10 + measure.lines(self.labels.inline_text(m["label"]), side, LABEL) * LABEL.line
            if m["note"]:
                h += measure.lines(m["note"]["en"] + " " + m["note"]["ja"], side, NOTE) * NOTE.line
            if room - h < 0:
                break
            kept.append(m)
            room -= h
        metrics = kept
        note = Phrase("{first}–{last}: capex {capex}, revenue {revenue}", first=chart["first"], last=chart["last"],
                      capex=chart["totals"]["capex"], revenue=chart["totals"]["revenue"]) if chart else None
        if moved:
            slide["more"]["downside"] = (moved, "assumptions")
        slide.update(kind="economics", chart=chart, chart_note=self.say(note), metrics=metrics,
                     sensitivities=sens,
                     base={"npv": econ.signed(r.npv), "irr": self.n.percent(r.irr) if r.irr is not None else "–"},
                     downside=downside, break_even=breakeven,
                     basis=basis, refs=["cash-flows", "assumptions"])
        return slide

    def downside_box(self, room: float, side: float) -> tuple[list[dict[str, str]], int, float]:
        """The sentences on what the downside cases do that fit ``room`` px of the economics slide's right
        column, in their order of weight (the base case first, then the tested cases, then the team's own),
        how many went to the appendix, and the room left under the box.

        An investment committee must read every one of them and never a cut one: those that do not fit go
        whole, in the same order, to the appendix's assumptions and sensitivities (A-section "assumptions",
        which the slide already names), and the box ends with "+N more in A11" so the reader knows there are
        more and where.  At least the first sentence always stays on the slide.
        """
        sentences = [d for d in (self.say(x) for x in self.econ.downside()) if d is not None]
        if not sentences:
            return [], 0, room
        # deck.css .honest: 8 px padding above and below, 4 + 8 px margins, 4 px between sentences; the text is
        # 28 px narrower than the column (the 4 px rule and 12 px padding each side).
        box = 24.0
        heights = [measure.lines(d["en"] + " " + d["ja"], side - 28, SMALL) * SMALL.line + 4 for d in sentences]
        shown = 0
        used = box
        for index, h in enumerate(heights):
            pointer = POINTER_H if index < len(sentences) - 1 else 0.0
            if index > 0 and used + h + pointer > room:
                break
            used += h
            shown += 1
        rest = sentences[shown:]
        if rest:
            used += POINTER_H
            self.appendix.bullets("assumptions", "Downside case results",
                                  [SaidItem(d["en"], d["ja"]) for d in rest], continued=True, from_slide="economics")
        return sentences[:shown], len(rest), room - used

    def basis(self) -> dict[str, str] | None:
        r, f = self.story.analysis.finance, self.p.finance
        if not f.currency:
            return None
        currency = Phrase(f.currency.label)
        phrase = Phrase("Figures in {currency}, base year {year}.", currency=currency, year=r.base_year) \
            if r.base_year else Phrase("Figures in {currency}.", currency=currency)
        return self.say(phrase)

    # -- 8. sources and uses ---------------------------------------------------------------------------------------

    def sources_uses(self) -> Slide | None:
        econ = self.econ
        uses, by = econ.uses()
        groups = econ.sources()
        if not (uses or groups):
            return None
        slide, body = self.head("sources-uses")
        row_h = TABLE.line + ROW_PAD
        # Uses: as many rows as fit (every one is in the appendix's cash-flow table anyway).
        head_h = max(self.header_lines(label, w) for label, w in (("Use", 250), ("Amount", 110), ("Share", 80))) + 12
        room = body - self.label_lines("Uses", 440) * LABEL.line - LABEL_GAP - head_h - row_h - POINTER_H
        shown_uses = []
        used = 0.0
        for u in uses:
            h = measure.lines(u["label"] + " " + u["note"], 250 - 16, TABLE) * TABLE.line + ROW_PAD
            if used + h > room:
                break
            shown_uses.append(u)
            used += h
        # Sources: grouped by status; each group's subtotal always shows, its rows while they fit.
        statement = ""
        balance = econ.balance()
        if balance is not None:
            statement = balance.as_dict(self.labels)["en"] + " " + self.labels.ja_phrase(balance)
        if econ.committed_share():
            statement += " Committed: " + econ.committed_share() + " of capex. " + self.labels.ja_phrase(
                Phrase("Committed: {share} of capex.", share=econ.committed_share()))
        statement_h = measure.lines(statement, 680, SMALL) * SMALL.line + 10 if statement else 0.0
        head_h = max(self.header_lines(label, w) for label, w in (("Funder", 410), ("Instrument", 130), ("Amount", 140))) + 12
        room = body - self.label_lines("Sources", 680) * LABEL.line - LABEL_GAP - 26 - 12 - head_h - row_h \
            - statement_h - POINTER_H
        used = 0.0
        hidden = 0
        used += (row_h + 4) * len(groups)
        for group in groups:
            keep = []
            for row in group["rows"]:
                name = row["name"] + (" " + self.labels.inline_text("Japanese") if row["japanese"] else "")
                h = max(measure.lines(name, 410 - 34, TABLE), measure.lines(self.labels.inline_text(row["instrument"]),
                                                                          130 - 16, TABLE)) * TABLE.line + ROW_PAD
                if used + h > room:
                    hidden += 1
                    continue
                keep.append(row)
                used += h
            group["shown"] = keep
            group["hidden"] = len(group["rows"]) - len(keep)
        r = self.story.analysis.finance
        slide.update(kind="sources-uses", uses=shown_uses, uses_by=by,
                     more={"uses": (len(uses) - len(shown_uses), "phases" if by == "phase" else "cash-flows"),
                           "sources": (hidden, "funding")},
                     uses_total=econ.money(econ.total_uses()), uses_label=econ.uses_label(), groups=groups, sources_total=econ.money(r.funding.total),
                     balance=self.say(econ.balance()), committed=econ.committed_share(),
                     refs=["funding"] + (["cash-flows"] if by == "year" else ["phases"]))
        return slide

    # -- 9. structure -----------------------------------------------------------------------------------------------

    def structure(self) -> Slide | None:
        j = self.p.japan
        graph = self.story.structure()
        if not (graph["shareholders"] or graph["lenders"] or j.structure_description.strip() or j.project_structure):
            return None
        slide, body = self.head("structure")
        diagram = charts.structure_diagram(graph, width=740.0, height=body - 8, label=self.labels.inline_text)
        right, _ = self.column("structure", [
            ("japan.structure_description", "Structure and shareholders", j.structure_description, "structure-more"),
            ("japan.management_structure", "Management structure", j.management_structure, "structure-more"),
            ("japan.investment_recovery", "How the investment is recovered", j.investment_recovery, "structure-more"),
        ], 380.0, SMALL, body, minimum=3)
        slide.update(kind="structure", diagram=diagram, text=right, refs=["funding", "partners", "structure-more"],
                     more={kind: (diagram["more"][kind], "funding") for kind in ("holders", "lenders", "public")})
        return slide

    # -- 10. risk allocation ---------------------------------------------------------------------------------------

    def risks(self) -> Slide | None:
        s = self.story
        risks = s.risks()
        if not risks:
            return None
        slide, body = self.head("risks")
        alloc = s.allocation(columns=7)  # past seven parties, the others share a column
        parties = alloc["parties"]
        # The matrix: one row per risk while they fit (every risk is in the register).
        column_w = (700.0 - 190.0) / max(len(parties), 1)
        head_h = max([measure.lines(self.labels.inline_text(p), column_w - 8, Font(12, bold=True, line_height=1.25)) * 15
                      for p in parties] + [measure.lines(self.labels.inline_text("Risk"), 182, Font(12, bold=True, line_height=1.25)) * 15]) + 10
        legend = "Rating: likelihood × impact, each 1–5; high 15 or more, medium 6–14, low 5 or less."
        legend_h = measure.lines(self.labels.inline_text(legend), 700, NOTE) * NOTE.line + 8
        room = body - head_h - legend_h - POINTER_H
        rows = []
        used = 0.0
        for row in alloc["rows"]:
            h = max(1.0, measure.lines(row["number"] + " " + self.labels.inline_text(row["category"]), 182, TABLE)) \
                * TABLE.line + 9
            if used + h > room:
                break
            rows.append(row)
            used += h
        # Right column: the highest risks, each with its mitigation and bearer, while they fit.
        width = 420.0
        used = self.label_lines("Highest risks and their mitigation", width) * LABEL.line + LABEL_GAP
        top = []
        for number, r in s.ordered_risks():
            text = r.description.strip()
            mitigation = r.mitigation.strip()
            bearer = r.bearer.label if r.bearer else ""
            score = str(risk_score(r)) if risk_score(r) else ""
            # The bearer's line as printed (deck.html.j2, .rby): "Borne by: <bearer> · <level score>", the mark
            # kept whole (nowrap) with 6 px of padding either side, so measured 12 px narrower.
            line = f"{self.labels.inline_text('Borne by')}: {self.labels.inline_text(bearer) if bearer else ''}"
            if score:
                mark = f"{self.labels.inline_text(risk_level(risk_score(r)).capitalize())} {score}"
                line += " · " + mark.replace(" ", _NBSP)
            h = (measure.lines(f"{number} {text}", width, Font(14, bold=True, line_height=1.35)) * 18.9
                 + measure.lines(mitigation, width, SMALL) * SMALL.line
                 + measure.lines(line, width - 12, NOTE) * NOTE.line + 14)
            if used + h > body - 20:
                break
            top.append({"number": str(number), "category": r.category.label if r.category else "",
                        "description": text, "mitigation": mitigation,
                        "bearer": bearer, "level": risk_level(risk_score(r)), "score": score})
            used += h
            if len(top) == 4:
                break
        slide.update(kind="risks", parties=parties, rows=rows, more={"rows": (len(alloc["rows"]) - len(rows), "risks")},
                     parties_more=alloc["folded"], top=top, counts=alloc, refs=["risks"])
        return slide

    # -- 11. Japanese value-add ----------------------------------------------------------------------------------

    def japan(self) -> Slide | None:
        j, s = self.p.japan, self.story
        partners = s.japanese_partners()
        texts = [j.investor_role, j.technologies_sought, j.operational_expertise, j.join_fit, j.jbic_fit,
                 j.smart_jamp_fit]
        if not (partners or any(t.strip() for t in texts)):
            return None
        slide, body = self.head("japan")
        # Left: the role offered beyond capital first, then the Japanese partners and what they bring, then
        # what is sought from Japan; each keeps a few lines for those after it.
        width = 556.0
        lines = [f"{pt.name.strip()}: {pt.contribution.strip()}" + ("  " + self.labels.inline_text(pt.status.label)
                                                                    if pt.status else "") for pt in partners]
        heights = [measure.lines(line, width - BULLET_INDENT, SMALL) * SMALL.line + BULLET_GAP for line in lines]
        partners_head = (self.label_lines("Japanese partners", width) * LABEL.line + LABEL_GAP + BLOCK_GAP) if partners else 0.0

        def reserve(text: str, label: str) -> float:
            if not text.strip():
                return 0.0
            needed = measure.lines(text, width, SMALL)
            return (self.label_lines(label, width) * LABEL.line + LABEL_GAP + min(needed, 3) * SMALL.line + BLOCK_GAP
                    + (POINTER_H if needed > 3 else 0.0))

        later = reserve(j.technologies_sought, "Japanese technologies sought") + \
            reserve(j.operational_expertise, "Operational expertise sought")
        partners_min = partners_head + sum(heights[:2]) + (POINTER_H if len(partners) > 2 else 0.0)
        role, role_h = self.text_block("japan", "japan.investor_role", "Role offered beyond capital", j.investor_role,
                                       width, SMALL, body - partners_min - later, "japan-more")
        used = role_h
        shown = []
        if partners:
            used += partners_head
            for index, (pt, h) in enumerate(zip(partners, heights)):
                pointer = POINTER_H if index < len(partners) - 1 else 0.0
                if used + h + pointer > body - later:
                    used += POINTER_H
                    break
                shown.append({"name": pt.name.strip(), "contribution": pt.contribution.strip(),
                              "status": pt.status.label if pt.status else ""})
                used += h
        rest, _ = self.column("japan", [
            ("japan.technologies_sought", "Japanese technologies sought", j.technologies_sought, "japan-more"),
            ("japan.operational_expertise", "Operational expertise sought", j.operational_expertise, "japan-more"),
        ], width, SMALL, body - used, minimum=3)
        # Right: the fit with each institution's published criteria, in the team's words.
        fits, _ = self.column("japan", [
            ("japan.join_fit", "Fit with JOIN", j.join_fit, "japan-more"),
            ("japan.jbic_fit", "Fit with JBIC", j.jbic_fit, "japan-more"),
            ("japan.smart_jamp_fit", "Fit with Smart JAMP", j.smart_jamp_fit, "japan-more"),
        ], width, SMALL, body, minimum=3)
        slide.update(kind="japan", role=[role] if role else [], left=rest, partners=shown,
                     more={"partners": (len(partners) - len(shown), "partners")}, fits=fits,
                     refs=["partners", "japan-more"])
        return slide

    # -- 12. delivery ------------------------------------------------------------------------------------------------

    def delivery(self) -> Slide | None:
        s = self.story
        phases = s.phase_items()
        milestones = s.milestone_items()
        statuses = s.statuses()
        if not (phases or milestones or statuses):
            return None
        slide, body = self.head("delivery")
        status_h = 0.0
        if statuses:
            width = (CONTENT_W - 20 * (len(statuses) - 1)) / len(statuses) if len(statuses) > 2 else 570.0
            status_h = 12 + 9 + max(self.label_lines(st["label"], width) * LABEL.line
                                    + measure.lines(self.labels.inline_text(st["value"]), width, Font(15, bold=True, line_height=1.3)) * 19.5
                                    + measure.lines(st["note"] or self.labels.inline_text(st["note_label"]), width, NOTE) * NOTE.line
                                    for st in statuses)
        chart = charts.delivery_timeline(s, height=body - status_h - 10 - POINTER_H)
        slide.update(kind="delivery", chart=chart, statuses=statuses, more={"milestones": (chart.get("more", 0), "milestones")},
                     refs=["milestones", "delivery-more"])
        return slide

    # -- 13. team -----------------------------------------------------------------------------------------------------

    def team(self) -> Slide | None:
        t, im = self.p.team, self.p.implementation
        people = self.story.people()
        if not (people or t.capability.strip() or im.governance.strip()):
            return None
        slide, body = self.head("team")
        facts_h = sum(measure.lines(f["value"], 556, SMALL) * SMALL.line + 16 + LABEL_GAP for f in people)
        left, _ = self.column("team", [
            ("team.capability", "Capability and track record", t.capability, "team-more"),
        ], 556.0, SMALL, body - facts_h)
        right, _ = self.column("team", [
            ("implementation.governance", "Governance", im.governance, "delivery-more"),
            ("implementation.procurement", "Procurement route", im.procurement, "delivery-more"),
            ("implementation.monitoring", "Monitoring and reporting", im.monitoring, "delivery-more"),
        ], 556.0, SMALL, body, minimum=3)
        slide.update(kind="team", people=people, left=left, right=right, refs=["delivery-more", "team-more"])
        return slide

    # -- 14. the ask and next steps -----------------------------------------------------------------------------------

    def next_steps(self) -> Slide | None:
        s = self.story
        ask = self.ask_box()
        steps = s.next_steps()
        contacts = s.contacts()
        if not (ask or steps or contacts):
            return None
        slide, body = self.head("next-steps")
        if ask is not None:
            ask["use"] = None
        width = 556.0
        used = 0.0
        shown_steps = []
        # The ask box above the steps: 190 px was allowed for it; a box with several parts and Japanese labels is
        # taller (deck.css .ask, 18 px below it), and its last step then ran onto a page of its own.
        above = max(190.0, self.ask_height(ask) + 18) if ask is not None else 190.0
        if steps:
            used += self.label_lines("Next steps", width) * LABEL.line + LABEL_GAP
            for step in steps:
                h = max(measure.lines(step["name"], width - 70, Font(14, bold=True, line_height=1.35)) * 18.9
                        + measure.lines(step["description"], width - 70, SMALL) * SMALL.line, 20.0) + 12
                if used + h > body - above:
                    break
                shown_steps.append(step)
                used += h
        cards = []
        used = 0.0
        for c in contacts:
            h = measure.lines(c["name"], 556, Font(15, bold=True, line_height=1.3)) * 19.5 + \
                sum(measure.lines(x, 556, SMALL) for x in c["lines"]) * SMALL.line + 22
            if used + h > body - 30:
                break
            cards.append(c)
            used += h
        if len(cards) < len(contacts):
            self.appendix.table("contacts", Table([Column("Name", weight=1.0), Column("Role and organisation", weight=2.0),
                                                   Column("E-mail", nowrap=False), Column("Phone", nowrap=True)],
                                                  [[c.name.strip(), ", ".join(x for x in (c.role.strip(), c.organisation.strip()) if x),
                                                    c.email.strip(), c.phone.strip()]
                                                   for c in self.p.team.contacts if c.name.strip() or c.email.strip()],
                                                  context="Contacts"))
        slide.update(kind="next-steps", ask=ask, steps=shown_steps, contacts=cards,
                     refs=["milestones"] + (["contacts"] if len(cards) < len(contacts) else []))
        return slide

    # -- what is not on the main line ---------------------------------------------------------------------------

    def remaining(self) -> None:
        """The appendix's reference material: every table in full, and the texts no main slide shows."""
        p, s, econ, n, a = self.p, self.story, self.econ, self.n, self.appendix
        a.table("evidence", detail.evidence_table(self.story))
        c = p.city
        facts = [f for f in s.location()]
        if c.population_growth_pct is not None:
            facts.append({"label": "Population growth", "value": f"{n.percent(c.population_growth_pct)} a year"})
        if c.ascn_member:
            facts.append({"label": "ASEAN Smart Cities Network", "value": "Member city"})
        if c.scap_reference.strip():
            facts.append({"label": "Smart City Action Plan", "value": c.scap_reference.strip()})
        if c.focus_areas:
            facts.append({"label": "Focus areas", "value": ", ".join(f.label for f in c.focus_areas)})
        a.facts("city", facts)
        cover = self.cover_slide
        photos: list[dict[str, Any]] = []
        for item in p.branding.photos:
            url = self.asset_url(item.asset) if item.asset else None
            if url:
                photos.append({"url": url, "caption": item.caption.strip(), "credit": item.credit.strip()})
        shown_on_cover = 1 if cover.get("photo") else 0
        city = a.section("city")
        city.photos = photos[shown_on_cover:shown_on_cover + 4]
        if city.photos:
            caption = max(measure.lines(" · ".join(x for x in (ph["caption"], ph["credit"]) if x), 275, NOTE)
                          for ph in city.photos)
            city.photo_h = 150 + 4 + caption * NOTE.line + 14
            for ph in city.photos:
                ph["h"] = round(150 + 4 + caption * NOTE.line, 1)
        a.text("city", "City context", c.context, path="city.context")
        pr = p.problem
        a.text("problem-more", "Community needs", pr.community_needs, path="problem.community_needs")
        a.text("problem-more", "Citizen consultation", pr.consultation, path="problem.consultation")
        a.table("phases", detail.phases_table(self.story))
        feas, rm = p.feasibility, p.roadmap
        a.text("solution-more", "Options considered", feas.options_considered, path="feasibility.options_considered")
        a.text("solution-more", "Digital readiness today", rm.digital_readiness, path="roadmap.digital_readiness")
        a.text("solution-more", "Data governance", rm.data_governance, path="roadmap.data_governance")
        a.text("solution-more", "Cybersecurity", rm.cybersecurity, path="roadmap.cybersecurity")
        a.table("kpis", detail.kpi_table(self.story))
        v = p.vision
        a.text("vision", "Social priorities served", v.alignment_social, path="vision.alignment_social")
        a.text("vision", "Economic priorities served", v.alignment_economic, path="vision.alignment_economic")
        a.text("vision", "Environmental priorities served", v.alignment_environmental,
               path="vision.alignment_environmental")
        a.bullets("vision", "Benefits for businesses", v.business_benefits, path="vision.business_benefits")
        if v.horizon_year:
            a.facts("vision", [{"label": "Horizon", "value": str(v.horizon_year)}])
        a.table("targets", detail.targets_table(self.story))
        e = p.economy
        a.text("demand-more", "Conditions for business", e.business_conditions, path="economy.business_conditions")
        a.text("demand-more", "Enabling infrastructure", e.enabling_infrastructure,
               path="economy.enabling_infrastructure")
        a.text("demand-more", "Regulation and enabling law", e.regulation, path="economy.regulation")
        a.text("demand-more", "Scalability and replication", e.scalability, path="economy.scalability")
        a.table("cash-flows", econ.cash_flow_table())
        a.table("scenarios", econ.scenario_table())
        a.table("scenario-inputs", econ.scenario_inputs_table())
        a.table("tornado", econ.tornado_table())
        a.table("terms", econ.terms_table())
        a.table("asks", econ.ask_table())
        f = p.finance
        facts = []
        if f.horizon_years:
            facts.append({"label": "Appraisal horizon", "value": f"{f.horizon_years}{_NBSP}years"})
        if f.discount_rate_pct is not None:
            facts.append({"label": "Discount rate", "value": n.percent(f.discount_rate_pct)})
        rates = n.rates_note()
        if rates:
            facts.append({"label": "Exchange rates", "value": rates})
        a.facts("assumptions", facts + econ.financing_facts())
        a.text("assumptions", "Key assumptions", f.assumptions, path="finance.assumptions")
        a.table("funding", econ.funding_table())
        j = p.japan
        a.table("partners", detail.partners_table(self.story))
        a.table("risks", detail.risk_table(self.story))
        a.text("japan-more", "Environmental and social considerations", j.environmental_social,
               path="japan.environmental_social")
        if j.green_focus:
            a.facts("japan-more", [{"label": "Environmental aims", "value": ", ".join(g.label for g in j.green_focus)}])
        if j.ghg_reduction_tco2e is not None:
            a.facts("japan-more", [{"label": "GHG reduction", "value": f"{n.number(j.ghg_reduction_tco2e)}{_NBSP}tCO2e a year"}])
        held = a.sections.get("structure-more")
        if j.project_structure and held is not None and held.items:
            # Beside the structure texts carried over; alone it would only repeat the structure slide.
            a.facts("structure-more", [{"label": "Project structure", "value": j.project_structure.label}])
        a.table("milestones", detail.milestones_table(self.story))

    # -- appendix slides ---------------------------------------------------------------------------------------------

    def appendix_contents(self, sections: list[Section]) -> list[Slide]:
        """The appendix's own contents: code, title and slide of each section; two columns, more slides if long."""
        entries = [{"code": s.code, "title": s.title, "key": s.key, "slide": ""} for s in sections]
        body = (CONTENT_H - (KICKER_H + 2 * TITLE_FONT.line + RULE_H)
                - (JA_TITLE.line + 2 if self.labels.bilingual else 0.0)) * self.fill_of("appendix") - 6

        def height(entry: dict[str, Any], width: float) -> float:
            return measure.lines(self.labels.inline_text(entry["title"]), width, SMALL) * SMALL.line + 7

        pages: list[list[list[dict[str, Any]]]] = []
        if sum(height(e, 1000) for e in entries) <= body:
            pages = [[entries]]
        else:
            columns: list[list[dict[str, Any]]] = [[]]
            used = 0.0
            for entry in entries:
                h = height(entry, 416)
                if columns[-1] and used + h > body:
                    columns.append([])
                    used = 0.0
                columns[-1].append(entry)
                used += h
            pages = [columns[i:i + 2] for i in range(0, len(columns), 2)]
        slides = []
        for index, columns in enumerate(pages):
            slides.append({"id": "appendix" if index == 0 else f"appendix-{index + 1}", "kind": "appendix-contents",
                           "section": "Appendix", "title": {"en": "Appendix", "ja": self.labels.ja("Appendix"), "phrase": None},
                           "title_size": TITLE_FONT.size, "more": {}, "continued": index > 0, "entries": entries,
                           "columns": columns, "refs": [], "main": False})
        return slides

    def appendix_slides(self, sections: list[Section], numbers: dict[str, int]) -> list[Slide]:
        slides: list[Slide] = []
        full = (CONTENT_H - (KICKER_H + 2 * TITLE_FONT.line + RULE_H)
                - (JA_TITLE.line + 2 if self.labels.bilingual else 0.0))

        def heading(item: TextItem) -> str:
            # As printed: the label, its Japanese, and where the text began.
            text = item.label
            if self.labels.bilingual and self.labels.ja(item.label):
                text += " " + self.labels.ja(item.label)
            if item.continued:
                text += " (continued from slide 00)"
                if self.labels.bilingual:
                    text += " " + self.labels.ja_phrase(Phrase("(continued from slide {number})", number="00"))
            return text

        for section in sections:
            body = full * self.fill_of(section.key)
            title = {"en": f"{section.code} {section.title}", "ja": self.labels.ja(section.title), "phrase": None}
            base = {"kind": "", "section": "Appendix", "title": title, "title_size": TITLE_FONT.size, "refs": [],
                    "main": False, "appendix_key": section.key, "code": section.code}
            if section.table is not None and (not section.items and not section.facts):
                table = section.table
                groups = paginate_table(table, body, body, self.labels.inline_text,
                                        self.labels.ja if self.labels.bilingual else None)
                data = table.as_dict()
                for index, group in enumerate(groups):
                    last = index == len(groups) - 1
                    slides.append({**base, "id": f"{section.key}-{index + 1}", "kind": "appendix-table",
                                   "continued": index > 0, "head": data["head"],
                                   "rows": [data["rows"][i] for i in group], "total": data["total"] if last else None,
                                   "note": data["note"] if last else "", "context": table.context})
                continue
            japanese = self.labels.ja if self.labels.bilingual else None
            if section.table is not None and not section.photos:
                # A short text and its table share one slide when both fit: the table under the text.
                table = section.table
                below = table_height(table, self.labels.inline_text, japanese) + TABLE_GAP
                pages = paginate_text(section, body - below, heading, self.labels.inline_text) if below < body * 0.7 else []
                if len(pages) == 1:
                    slides.append({**base, "id": f"{section.key}-1", "kind": "appendix-text", "continued": False,
                                   "cols": pages[0], "photos": [], "table": table.as_dict()})
                    continue
            pages = paginate_text(section, body, heading, self.labels.inline_text)
            for index, columns in enumerate(pages):
                slides.append({**base, "id": f"{section.key}-{index + 1}", "kind": "appendix-text",
                               "continued": index > 0, "cols": columns,
                               "photos": section.photos if index == 0 else []})
            if section.table is not None:
                table = section.table
                groups = paginate_table(table, body, body, self.labels.inline_text, japanese)
                data = table.as_dict()
                for index, group in enumerate(groups):
                    last = index == len(groups) - 1
                    slides.append({**base, "id": f"{section.key}-t{index + 1}", "kind": "appendix-table",
                                   "continued": True, "head": data["head"],
                                   "rows": [data["rows"][i] for i in group], "total": data["total"] if last else None,
                                   "note": data["note"] if last else "", "context": table.context})
        # Texts carried over from a main slide say which one.
        for slide in slides:
            for column in slide.get("cols", []):
                for block in column:
                    block.setdefault("from", "")
        for section in sections:
            for item in section.items:
                if item.continued and item.from_slide:
                    _mark_continued(slides, section.key, item, numbers.get(item.from_slide))
        return slides


def _mark_continued(slides: list[Slide], key: str, item: TextItem, number: int | None) -> None:
    """The first block of a text continued from a main slide says so ("continued from slide 3")."""
    if number is None:
        return
    for slide in slides:
        if slide.get("appendix_key") != key:
            continue
        for column in slide.get("cols", []):
            for block in column:
                if block.get("label") == item.label and not block.get("from"):
                    block["from"] = str(number)
                    return


def _blocks(slide: Slide) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    for key in ("text", "left", "right", "fits", "exit", "role"):
        value = slide.get(key)
        if isinstance(value, list):
            out.extend(b for b in value if isinstance(b, dict))
    for column in slide.get("cols", []):
        out.extend(column)
    ask = slide.get("ask")
    if isinstance(ask, dict) and isinstance(ask.get("use"), dict):
        out.append(ask["use"])
    return out


def _bookmark(slide: Slide) -> str:
    if slide["kind"] == "cover":
        return str(slide["title"]["en"])
    title = str(slide["title"]["en"])
    return title + (" (continued)" if slide.get("continued") else "")


def _years(start: int | None, end: int | None) -> str:
    if start and end and start != end:
        return f"{start}–{end}"
    return str(start or end or "")


def fill_key(slide: Slide) -> str:
    """The key under which a slide's fill is planned (:class:`DeckPlanner`): an appendix section's slides
    share their section's, the appendix's contents slides share ``"appendix"``."""
    if slide.get("kind") == "appendix-contents":
        return "appendix"
    return str(slide.get("appendix_key") or slide.get("id"))


def build_context(proposal: Proposal, *, analysis: Analysis, draft: bool, asset_url: Callable[[str], str | None],
                  numbers: Numbers, labels: Labels, fill: float | Mapping[str, float] = 1.0) -> dict[str, Any]:
    """The whole deck as plain data (``slides`` and the document's metadata); ``budgets`` as planned."""
    planner = DeckPlanner(proposal, analysis, numbers, labels, asset_url, fill)
    slides = planner.plan()
    return {**document_meta(proposal, planner.accent), "draft": draft, "slides": slides, "budgets": planner.budgets}


def document_meta(p: Proposal, accent: str) -> dict[str, Any]:
    """What every format's document carries: title, author, keywords, confidentiality, accent."""
    project_name = p.meta.project_name.strip() or "Untitled proposal"
    keywords = [x for x in (p.city.name.strip(), p.city.country.label if p.city.country else "",
                            p.problem.category.label if p.problem.category else "",
                            *(f.label for f in p.city.focus_areas), "smart city", "investment proposal") if x]
    return {
        "lang": "en",
        "meta": {
            "title": project_name,
            "author": p.meta.prepared_by.strip() or p.team.lead_agency.strip(),
            "description": p.meta.subtitle.strip() or p.problem.title.strip(),
            "keywords": ", ".join(k.replace(",", " ") for k in keywords),
            "created": p.meta.prepared_on.isoformat() if p.meta.prepared_on else "",
        },
        "project_name": project_name,
        "confidentiality": p.meta.confidentiality.strip(),
        "illustrative": p.meta.illustrative,
        "accent": accent,
    }


def accent_css(accent: str) -> str:
    """The :root variables (accent and its tints); the colour is re-validated so nothing else gets in."""
    if not _HEX.match(accent):
        accent = "#0F6E8C"
    r, g, b = (int(accent[i:i + 2], 16) for i in (1, 3, 5))

    def mix(t: float) -> str:  # blend with white
        return "#%02X%02X%02X" % tuple(round(c + (255 - c) * t) for c in (r, g, b))

    def shade(t: float) -> str:  # blend with black
        return "#%02X%02X%02X" % tuple(round(c * (1 - t)) for c in (r, g, b))

    return (":root { --accent: %s; --accent-soft: %s; --accent-faint: %s; --accent-dark: %s; }\n"
            % (accent.upper(), mix(0.82), mix(0.93), shade(0.35)))


__all__ = ["DeckPlanner", "FieldBudget", "accent_css", "build_context", "document_meta"]
