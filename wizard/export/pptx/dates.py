"""One moment for everything dated inside a PowerPoint deck, so that two exports of the same proposal are the
same bytes (issue 21).

Left alone, a deck carried the time of the export in three places: each chart's embedded workbook (python-pptx
writes it with XlsxWriter, whose document properties default to now), the modification time of every part
in the deck's zip archive (python-pptx's writer stamps them with the clock), and python-pptx's template's
own dates (2013) in the deck's document properties. They now all carry :func:`moment` (the archive's
entries through :func:`wizard.zipdates.dated_archive`):

- ``SOURCE_DATE_EPOCH`` (seconds since 1970, UTC) when it is set, the reproducible-builds convention;
- otherwise the proposal's date (``meta.prepared_on``), at midnight UTC: the date the figures are as of;
- otherwise 1 January 1980, the earliest date a zip archive can hold.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
from collections.abc import Iterator
from typing import Any

#: The earliest moment a zip entry can carry (MS-DOS date): the moment of an undated proposal.
ZIP_EPOCH = dt.datetime(1980, 1, 1)


def moment(proposal: Any) -> dt.datetime:
    """The deck's date as a naive UTC datetime (see the module's docstring)."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    if epoch.isdigit():
        stamp = dt.datetime.fromtimestamp(int(epoch), tz=dt.timezone.utc).replace(tzinfo=None)
        return max(stamp, ZIP_EPOCH)
    prepared = getattr(getattr(proposal, "meta", None), "prepared_on", None)
    if isinstance(prepared, dt.date):
        return max(dt.datetime.combine(prepared, dt.time()), ZIP_EPOCH)
    return ZIP_EPOCH


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
