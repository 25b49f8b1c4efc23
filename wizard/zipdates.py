"""Zip archives (the .xlsx workbook, the .pptx deck) whose entries carry one given moment instead of the
time they were written, so that the same proposal always gives the same bytes."""

from __future__ import annotations

import datetime as dt
import io
import zipfile
from collections.abc import Callable


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
