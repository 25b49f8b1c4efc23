"""Table headings that wrap, so that a table shown whole fits its page instead of scrolling sideways.

Qt's header neither wraps a heading nor grows for one: a longer language or presentation mode's larger
text made a few columns' headings wider than the page (the Vietnamese break-even table scrolled sideways
although its figures fitted).  A table shown whole puts its headings on one line when its columns fit
so; else each long heading on two lines (never narrower than its column's cells); else as narrow as its
cells or its longest word.  Lines break where the language allows: between words, between characters in
Japanese and between dictionary words in Thai, as Qt's own line breaking finds them.
"""

from __future__ import annotations

from PySide6.QtCore import QTextBoundaryFinder
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QStyle, QTableView

__all__ = ["fit_header_height", "heading_margin", "line_width", "two_line_width", "widest_word", "wrap", "wrapped_headings"]


def _runs(text: str) -> list[str]:
    """``text`` cut where a line may break; each run keeps the spaces after it."""
    finder = QTextBoundaryFinder(QTextBoundaryFinder.BoundaryType.Line, text)
    runs: list[str] = []
    start = 0
    position = finder.toNextBoundary()
    while position != -1:
        if position > start:
            runs.append(text[start:position])
        start = position
        position = finder.toNextBoundary()
    if start < len(text):
        runs.append(text[start:])
    return runs


def line_width(text: str, metrics: QFontMetrics) -> int:
    """The width of the widest line of ``text``."""
    return max((metrics.horizontalAdvance(line) for line in text.split("\n")), default=0)


def widest_word(texts: list[str], metrics: QFontMetrics) -> int:
    """The width of the widest run of ``texts`` that cannot break across lines."""
    return max((metrics.horizontalAdvance(run.rstrip()) for text in texts for run in _runs(text)), default=0)


def two_line_width(text: str, metrics: QFontMetrics) -> int:
    """The narrowest width at which ``text`` takes two lines (its whole width if it cannot break)."""
    runs = _runs(text)
    best = metrics.horizontalAdvance(text)
    for cut in range(1, len(runs)):
        first, second = "".join(runs[:cut]).rstrip(), "".join(runs[cut:]).rstrip()
        best = min(best, max(metrics.horizontalAdvance(first), metrics.horizontalAdvance(second)))
    return best


def wrap(text: str, metrics: QFontMetrics, width: int) -> str:
    """``text`` on lines no wider than ``width`` (joined by "\\n"); a run that cannot break stays whole."""
    lines: list[str] = []
    line = ""
    for run in _runs(text):
        if line and metrics.horizontalAdvance((line + run).rstrip()) > width:
            lines.append(line.rstrip())
            line = run
        else:
            line += run
    if line.strip():
        lines.append(line.rstrip())
    return "\n".join(lines) if lines else text


def heading_margin(view: QTableView) -> int:
    """What a header section adds to its heading's width (its margins, and room to spare)."""
    header = view.horizontalHeader()
    return 2 * view.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header) + 4


def wrapped_headings(headings: list[str], cells: list[int], metrics: QFontMetrics, margin: int, room: int) -> list[str]:
    """``headings`` as a table ``room`` pixels wide shows them, its columns' cells needing ``cells``
    pixels each: one line each when that fits, else on two lines, else as narrow as the cells allow."""

    def needed(shown: list[str]) -> int:
        return sum(max(cells[c], line_width(text, metrics) + margin) for c, text in enumerate(shown))

    shown = list(headings)
    if needed(shown) <= room:
        return shown
    shown = [wrap(text, metrics, max(cells[c] - margin, two_line_width(text, metrics))) for c, text in enumerate(headings)]
    if needed(shown) <= room:
        return shown
    return [wrap(text, metrics, max(cells[c] - margin, 1)) for c, text in enumerate(headings)]


def fit_header_height(view: QTableView, headings: list[str]) -> int:
    """Make the header tall enough for the most lines of ``headings`` in its own font (Qt sizes it from
    the items' font, which presentation mode leaves at the normal size); return its height."""
    header = view.horizontalHeader()
    lines = max((text.count("\n") + 1 for text in headings), default=1)
    metrics = header.fontMetrics()
    margin = view.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
    header.setMinimumHeight(metrics.height() + (lines - 1) * metrics.lineSpacing() + 2 * margin + 2 if lines > 1 else 0)
    return max(header.sizeHint().height(), header.minimumHeight())
