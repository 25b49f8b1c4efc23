"""One date rule for the zip archives CityPitch writes (the .xlsx workbook, the .pptx deck), so that the same
proposal always gives the same bytes (issue 21).

Everything dated inside such an archive (each entry's modification time, the document properties' created and
modified dates, a chart's embedded workbook) carries one moment, :func:`moment`:

- ``SOURCE_DATE_EPOCH`` (seconds since 1970, UTC) when it is set, the reproducible-builds convention;
- otherwise the proposal's date (``meta.prepared_on``), at midnight UTC: the date the figures are as of;
- otherwise 1 January 1980, the earliest date a zip archive can hold.

:func:`dated_archive` writes that moment onto every entry of an archive already built."""

from __future__ import annotations

import datetime as dt
import io
import os
import zipfile
from collections.abc import Callable
from typing import Any

#: The earliest moment a zip entry can carry (MS-DOS date): the moment of an undated proposal.
ZIP_EPOCH = dt.datetime(1980, 1, 1)
#: The latest moment a zip entry can carry (MS-DOS dates end with 2107).
ZIP_END = dt.datetime(2107, 12, 31, 23, 59, 58)


def moment(proposal: Any) -> dt.datetime:
    """The archive's one date as a naive UTC datetime (see the module's docstring)."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    if epoch.isdigit():
        try:
            stamp = dt.datetime.fromtimestamp(int(epoch), tz=dt.timezone.utc).replace(tzinfo=None)
        except (OverflowError, OSError, ValueError):
            stamp = ZIP_END
        return min(max(stamp, ZIP_EPOCH), ZIP_END)
    prepared = getattr(getattr(proposal, "meta", None), "prepared_on", None)
    if isinstance(prepared, dt.date):
        return min(max(dt.datetime.combine(prepared, dt.time()), ZIP_EPOCH), ZIP_END)
    return ZIP_EPOCH


def dated_archive(data: bytes, when: dt.datetime, rewrite: Callable[[str, bytes], bytes] | None = None) -> bytes:
    """The zip archive ``data`` with every entry's modification time set to ``when``; the entries, their
    order, names, compression and attributes are kept, and their contents too unless ``rewrite(name,
    contents)`` returns other contents (a document-properties part that holds the time of saving)."""
    stamp = (when.year, when.month, when.day, when.hour, when.minute, when.second)
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, zipfile.ZipFile(out, "w") as target:
        for info in source.infolist():
            entry = zipfile.ZipInfo(info.filename, date_time=stamp)
            entry.compress_type = info.compress_type
            entry.external_attr = info.external_attr
            entry.create_system = info.create_system
            contents = source.read(info.filename)
            target.writestr(entry, rewrite(info.filename, contents) if rewrite else contents)
    return out.getvalue()
