"""The numbered appendix: the detail behind the main line, and every word that did not fit on it.

Main-line slides put their detail here by section key (``self.appendix.table("risks", ...)``,
``.text("problem-more", ...)``); each section gets its code (A1, A2, ...) once the main line is planned,
in the story's order, so that a slide can say "see A3" before the appendix is numbered.

Sections are paginated onto 16:9 slides by :func:`paginate`: text in two columns, cut only between
sentences (a sentence longer than a whole column is the one exception, cut between words); tables cut
only between rows, with their header repeated and the rows shared out so that no continuation slide is
less than a third full.  Everything is one pass over the content.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from wizard.export import measure
from wizard.export.measure import Font
from wizard.export.tables import Table, balanced_groups, header_height, row_heights, size_columns

#: Appendix sections in the story's order: key -> title (a catalogue key).
SECTIONS: tuple[tuple[str, str], ...] = (
    ("evidence", "Evidence register"),
    ("city", "City context"),
    ("problem-more", "The problem in full"),
    ("phases", "Roadmap phases"),
    ("solution-more", "Technical case and digital layer"),
    ("kpis", "KPIs: baseline, target and source"),
    ("vision", "Vision and alignment"),
    ("targets", "Headline targets"),
    ("demand-more", "Demand and the economic engine"),
    ("cash-flows", "Yearly cash flows"),
    ("assumptions", "Assumptions and sensitivities"),
    ("scenarios", "Scenarios"),
    ("scenario-inputs", "Scenarios as entered"),
    ("tornado", "Sensitivity of the NPV to each driver"),
    ("funding", "Funding sources"),
    ("terms", "Terms of each source"),
    ("asks", "The ask by instrument"),
    ("structure-more", "Structure, management and exit"),
    ("partners", "Partners"),
    ("risks", "Risk register"),
    ("japan-more", "Japanese value-add in full"),
    ("milestones", "Milestones"),
    ("delivery-more", "Implementation"),
    ("team-more", "Team in full"),
    ("contacts", "Contacts"),
)
ORDER = {key: i for i, (key, _) in enumerate(SECTIONS)}
TITLES = dict(SECTIONS)

# Geometry of an appendix slide (deck.css): two text columns of 556 px, 14 px type; tables 13.5 px.
# LABEL, LABEL_GAP, BLOCK_GAP, TABLE and TABLE_HEAD are deck.css rules every slide shares: the main-line
# slides (context.py) measure with these same ones.
COLUMN_WIDTH = 556.0
COLUMNS = 2
TEXT = Font(14, line_height=1.42)
LABEL = Font(12, bold=True, line_height=1.3, letter_spacing=0.9, upper=True)
LABEL_GAP = 4.0
BLOCK_GAP = 12.0
FACT = Font(14, line_height=1.42)
TABLE = Font(13.5, line_height=1.35)
TABLE_HEAD = Font(13.5, bold=True, line_height=1.3)
TABLE_JA = Font(12, line_height=1.3)
TABLE_WIDTH = 1160.0
ROW_PAD = 11.0
#: A row of photos at the top of an appendix slide: 275 px wide, 150 px high, captions beneath.
PHOTO_WIDTH = 275.0
PHOTO_HEIGHT = 150.0
HEAD_PAD = 12.0
TOTAL_GAP = 2.0
#: Kept free at the foot of every appendix slide: the browser's rounding of many rows adds up.
SAFETY = 6.0


class SaidItem(str):
    """A bullet the deck composes itself (not the team's text), in English and, with Japanese labels, in
    Japanese: as a string it is both, as measured and as the PowerPoint deck prints it; the PDF's template
    prints ``en`` and ``ja`` as every other such sentence, the Japanese marked as Japanese."""

    en: str
    ja: str

    def __new__(cls, en: str, ja: str = "") -> SaidItem:
        item = super().__new__(cls, en + (" " + ja if ja else ""))
        item.en, item.ja = en, ja
        return item


@dataclass
class TextItem:
    """A labelled text (the team's own), or a bulleted list, in an appendix section."""

    label: str
    text: str = ""
    bullets: list[str] = field(default_factory=list)
    continued: bool = False        # the start of the text is on a main-line slide
    from_slide: str = ""           # that slide's id (its number is filled in when slides are numbered)
    path: str = ""


@dataclass
class Section:
    key: str
    title: str
    facts: list[dict[str, str]] = field(default_factory=list)
    items: list[TextItem] = field(default_factory=list)
    table: Table | None = None
    photos: list[dict[str, Any]] = field(default_factory=list)
    photo_h: float = 0.0          # height of the row of photos, captions included (set by the planner)
    code: str = ""

    @property
    def empty(self) -> bool:
        return not (self.facts or self.photos or self.table is not None and self.table.rows
                    or any(i.text.strip() or i.bullets for i in self.items))


class Appendix:
    """Collects the appendix as the main line is planned, then numbers it."""

    def __init__(self) -> None:
        self.sections: dict[str, Section] = {}

    def section(self, key: str) -> Section:
        if key not in self.sections:
            self.sections[key] = Section(key, TITLES[key])
        return self.sections[key]

    def text(self, key: str, label: str, text: str, *, continued: bool = False, from_slide: str = "",
             path: str = "") -> None:
        if text.strip():
            self.section(key).items.append(TextItem(label, text.strip(), continued=continued,
                                                    from_slide=from_slide, path=path))

    def bullets(self, key: str, label: str, items: list[str], *, continued: bool = False,
                from_slide: str = "", path: str = "") -> None:
        items = [i if isinstance(i, SaidItem) else i.strip() for i in items if i and i.strip()]
        if items:
            self.section(key).items.append(TextItem(label, bullets=items, continued=continued,
                                                    from_slide=from_slide, path=path))

    def facts(self, key: str, facts: list[dict[str, str]]) -> None:
        self.section(key).facts.extend(f for f in facts if f.get("value"))

    def table(self, key: str, table: Table | None) -> None:
        if table is not None and table.rows:
            self.section(key).table = table

    def numbered(self) -> list[Section]:
        """The non-empty sections in the story's order, with their codes (A1, A2, ...)."""
        out = [s for s in sorted(self.sections.values(), key=lambda s: ORDER[s.key]) if not s.empty]
        for index, section in enumerate(out, start=1):
            section.code = f"A{index}"
        return out

    def code(self, key: str) -> str:
        section = self.sections.get(key)
        return section.code if section is not None else ""


# --- pagination --------------------------------------------------------------------------------------------


def _label_height(label: str) -> float:
    return measure.lines(label, COLUMN_WIDTH, LABEL) * LABEL.line + LABEL_GAP


def paginate_text(section: Section, body: float, label: Any,
                  fixed: Any = lambda text: text) -> list[list[list[dict[str, Any]]]]:
    """A text section as slides of columns of blocks: ``[slide][column][block]``. Linear in the text.

    ``label(item)`` gives a block's printed heading (so "(continued from slide 3)" is measured too);
    ``fixed(text)`` a fixed label as printed (with its Japanese, if any).
    """
    body -= SAFETY
    columns: list[list[dict[str, Any]]] = [[]]
    used = 0.0
    # A row of photos across the top of the first slide takes that height from both of its columns.
    top = section.photo_h if section.photos else 0.0
    used = top
    if section.facts:
        block = {"facts": section.facts, "label": "", "paras": [], "bullets": []}
        columns[-1].append(block)
        used += sum(measure.lines(fixed(f["label"]) + ": " + f["value"], COLUMN_WIDTH, FACT) + 0.1
                    for f in section.facts) * FACT.line + BLOCK_GAP

    def new_column() -> None:
        nonlocal used
        columns.append([])
        used = top if len(columns) <= COLUMNS else 0.0

    for item in section.items:
        heading = label(item)
        head_h = _label_height(heading) if heading else 0.0
        first = True
        if item.bullets:
            pending = list(item.bullets)
            while pending:
                room = body - used - (head_h if first else 0.0) - BLOCK_GAP
                taken: list[str] = []
                for bullet in pending:
                    h = measure.lines(bullet, COLUMN_WIDTH - 18, TEXT) * TEXT.line + 3
                    if h > room and (taken or used > 0):
                        break
                    taken.append(bullet)
                    room -= h
                if not taken:
                    new_column()
                    continue
                columns[-1].append({"label": item.label if first else "", "paras": [], "bullets": taken, "facts": []})
                used = body - room
                pending = pending[len(taken):]
                first = False
                if pending:
                    new_column()
            continue
        rest = item.text
        while rest:
            room = body - used - (head_h if first else 0.0) - BLOCK_GAP
            max_lines = room / TEXT.line
            piece = measure.fit(rest, COLUMN_WIDTH, TEXT, max_lines) if max_lines >= 1 else None
            if piece is None or not piece.head:
                if used > 0:
                    new_column()
                    continue
                # A sentence longer than a whole column: cut between words (nothing else can hold it).
                piece = measure.fit(rest, COLUMN_WIDTH, TEXT, max(max_lines, 1), allow_words=True)
            paras = [p for p in piece.head.split("\n") if p.strip()]
            columns[-1].append({"label": item.label if first else "", "paras": paras, "bullets": [], "facts": []})
            used += (head_h if first else 0.0) + (piece.lines * TEXT.line) + BLOCK_GAP
            rest = piece.rest
            first = False
            if rest:
                new_column()
    while len(columns) > 1 and not columns[-1]:
        columns.pop()
    slides = [columns[i:i + COLUMNS] for i in range(0, len(columns), COLUMNS)]
    return slides


def table_height(table: Table, label: Any, japanese: Any | None) -> float:
    """Height in px of the whole table on one slide (header, rows, totals, note), at the widths it gets."""
    size_columns(table, TABLE_WIDTH, TABLE, TABLE_HEAD, label, japanese, TABLE_JA)
    heights = row_heights(table, TABLE_WIDTH, TABLE, ROW_PAD, label)
    head = header_height(table, TABLE_WIDTH, TABLE_HEAD, label, japanese, TABLE_JA, HEAD_PAD)
    return head + sum(heights) + (TOTAL_GAP if table.total else 0.0) + (24.0 if table.note else 0.0)


def paginate_table(table: Table, first: float, rest: float, label: Any, japanese: Any | None) -> list[list[int]]:
    """Row groups (indices) of a table across slides; the totals row stays with the last group."""
    size_columns(table, TABLE_WIDTH, TABLE, TABLE_HEAD, label, japanese, TABLE_JA)
    heights = row_heights(table, TABLE_WIDTH, TABLE, ROW_PAD, label)
    head = header_height(table, TABLE_WIDTH, TABLE_HEAD, label, japanese, TABLE_JA, HEAD_PAD)
    rows = heights[:len(table.rows)]
    if table.total:
        rows[-1] += heights[-1] + TOTAL_GAP  # the totals row never stands alone
    note = 24.0 if table.note else 0.0
    return balanced_groups(rows, first - head - note - SAFETY, rest - head - note - SAFETY)


__all__ = ["Appendix", "ORDER", "SECTIONS", "SaidItem", "Section", "TextItem", "paginate_table", "paginate_text", "table_height"]
