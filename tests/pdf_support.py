"""Helpers shared by the export tests for looking inside PDFs with pypdf (not a test module)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from pypdf import PdfReader
from pypdf.generic import StreamObject

#: Thai, Lao, Burmese and Khmer letters and joiners: text extraction cannot give them back in input order.
SHAPED = re.compile("[\u0E00-\u0EFF\u1000-\u109F\u1780-\u17FF\u19E0-\u19FF\uAA60-\uAA7F\u200B-\u200D\u25CC]")


def squash(text: str) -> str:
    """Text with all whitespace (and shaped-script letters) removed, for comparing HTML input and PDF text."""
    return SHAPED.sub("", re.sub(r"\s+", "", text))


def bookmarks(reader: PdfReader) -> list[tuple[str, int]]:
    """Every outline entry as (title, page number), depth first."""
    out: list[tuple[str, int]] = []

    def walk(items: list[Any]) -> None:
        for item in items:
            if isinstance(item, list):
                walk(item)
            else:
                out.append((item.title, reader.get_destination_page_number(item)))

    walk(reader.outline)
    return out


def stream_contents(reader: PdfReader) -> Iterator[bytes]:
    """The decoded data of every stream object in the file (page contents, fonts, images, attachments)."""
    for number in range(1, int(reader.trailer["/Size"])):
        try:
            obj = reader.get_object(number)
        except Exception:  # noqa: BLE001 - free or missing object numbers
            continue
        if isinstance(obj, StreamObject):
            yield obj.get_data()


def fonts(reader: PdfReader) -> dict[str, bool]:
    """Base font name -> whether its program is embedded (FontFile, FontFile2 or FontFile3)."""
    found: dict[str, bool] = {}
    for page in reader.pages:
        resources_ = page.get("/Resources")
        for ref in (resources_.get_object().get("/Font", {}) if resources_ else {}).values():
            font = ref.get_object()
            descendants = font.get("/DescendantFonts")
            target = descendants[0].get_object() if descendants else font
            descriptor = target.get("/FontDescriptor")
            descriptor = descriptor.get_object() if descriptor else {}
            found[str(font.get("/BaseFont"))] = any(k in descriptor for k in ("/FontFile", "/FontFile2", "/FontFile3"))
    return found
