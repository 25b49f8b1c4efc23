"""One moment for everything dated inside a PowerPoint deck, so that two exports of the same proposal are the
same bytes (issue 21).

Left alone, a deck carried the time of the export in three places: each chart's embedded workbook (python-pptx
writes it with XlsxWriter, whose document properties default to now), the modification time of every part
in the deck's zip archive (python-pptx's writer stamps them with the clock), and python-pptx's template's
own dates (2013) in the deck's document properties. They now all carry :func:`wizard.zipdates.moment`, the
rule the workbook follows too (``SOURCE_DATE_EPOCH``, else the proposal's date, else 1 January 1980).
"""

from __future__ import annotations

import contextlib
import datetime as dt
from collections.abc import Iterator
from typing import Any

from wizard.zipdates import ZIP_EPOCH, moment

__all__ = ["ZIP_EPOCH", "category_chart_data", "moment"]


def category_chart_data(when: dt.datetime, **options: Any) -> Any:
    """python-pptx's ``CategoryChartData`` whose embedded workbook is dated ``when`` rather than now."""
    from pptx.chart.data import CategoryChartData
    from pptx.chart.xlsx import CategoryWorkbookWriter
    from pptx.util import lazyproperty

    class DatedWriter(CategoryWorkbookWriter):
        @contextlib.contextmanager
        def _open_worksheet(self, xlsx_file: Any) -> Iterator[tuple[Any, Any]]:
            # python-pptx's own (pptx/chart/xlsx.py) with the workbook's creation date set before it is closed:
            # XlsxWriter otherwise writes the current time into its docProps/core.xml.
            with super()._open_worksheet(xlsx_file) as (workbook, worksheet):
                workbook.set_properties({"created": when})
                yield workbook, worksheet

    class DatedChartData(CategoryChartData):
        @lazyproperty
        def _workbook_writer(self) -> Any:
            return DatedWriter(self)

    return DatedChartData(**options)
