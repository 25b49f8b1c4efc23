"""Where the window opens and how big: it always fits the free area of its screen.

A first window (no geometry remembered) opens at :data:`PREFERRED` in the middle of the screen's free
area (the screen less its panels and task bars) when that size fits with room for the window's frame;
on a smaller screen (a 1366x768 laptop, a 1024x768 projector) it fills the free area, maximised, so
Back and Next are never below the bottom of the screen.  A remembered geometry is used as it is when it
still fits the screen (Qt's ``restoreGeometry`` already moves a window that lies off-screen); one that no
longer fits (a window saved on a larger monitor) is placed as a first window is.

The frame a window manager adds (borders, title bar) is known only once the window is on screen, so
the placement allows :data:`FRAME_ROOM` for it; a maximised window gets exactly the free area from the
window manager whatever its frame.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QMargins, QPoint, QRect, QSize

#: The size the window opens at where it fits: room for the sidebar, a page and the guidance panel.
PREFERRED = QSize(1280, 800)
#: The smallest window: pages are laid out for 1024 pixels across without scrolling sideways; the height
#: leaves room on a 1024x768 screen for a task bar and a title bar (pages scroll, Back and Next do not).
MINIMUM = QSize(1024, 600)
#: Room left for a window manager's frame before it is known (borders, and a generous title bar).
FRAME_ROOM = QMargins(8, 40, 8, 8)


@dataclass(frozen=True)
class Placement:
    """A window's own area (its frame excluded) and whether it is shown maximised."""

    geometry: QRect
    maximized: bool


def first_placement(available: QRect, frame: QMargins = FRAME_ROOM, preferred: QSize = PREFERRED) -> Placement:
    """Where a first window goes on a screen whose free area is ``available``."""
    room = available.marginsRemoved(frame)
    if room.width() >= preferred.width() and room.height() >= preferred.height():
        rect = QRect(QPoint(0, 0), preferred)
        rect.moveCenter(room.center())
        return Placement(rect, maximized=False)
    if available.width() < MINIMUM.width() or available.height() < MINIMUM.height():
        # A screen smaller than the smallest window (no laptop or projector CityPitch is made for): the
        # smallest window, from the free area's corner; maximising would squeeze the pages below it.
        return Placement(QRect(available.topLeft(), MINIMUM), maximized=False)
    # Smaller than the preferred size: all the free area, maximised, so that the window manager fits the
    # window and its frame exactly.  The geometry is what the window has without a window manager (and
    # when it is restored): the free area less the frame's room, never below the smallest window, which
    # then takes the frame's room (on a 1024-pixel screen the borders give way, not the pages).
    width = max(room.width(), MINIMUM.width())
    height = max(room.height(), MINIMUM.height())
    left = available.left() + (available.width() - width) // 2
    top = available.top() + min(frame.top(), available.height() - height)
    return Placement(QRect(left, top, width, height), maximized=True)


def fits(geometry: QRect, available: QRect) -> bool:
    """Whether a window's own area lies wholly within the screen's free area."""
    return available.contains(geometry)
