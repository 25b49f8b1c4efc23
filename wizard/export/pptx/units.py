"""Lengths of the PowerPoint export: the PDF's CSS pixels (1280 x 720 on a 16:9 slide) in EMU and points."""

from __future__ import annotations

EMU_PER_PX = 9525  # 914,400 EMU an inch, 96 CSS px an inch


def px(value: float) -> int:
    """CSS pixels as EMU (whole)."""
    return int(round(value * EMU_PER_PX))


def pt(size_px: float) -> float:
    """A type size in CSS pixels as points."""
    return round(size_px * 0.75, 2)


__all__ = ["EMU_PER_PX", "pt", "px"]
