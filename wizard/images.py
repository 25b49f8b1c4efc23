"""Image checks shared by the wizard's logo/photo picker and the PDF export.

An image is accepted only if it is a PNG or a JPEG whose structure is intact and whose size stays within
:data:`MAX_PIXELS`.  The dimensions are read from the file's own header (PNG ``IHDR``, JPEG ``SOFn``)
without decoding the pixels, so a hostile "decompression bomb" is refused before anything allocates
memory for it.  This module is pure Python (no Qt, no Pillow) so the GUI can call it on every pick.

SVG is refused: an SVG is a program-like document that can reference files and URLs, and sanitising it
safely is more than a logo needs.  Users are told to export their logo as PNG.
"""

from __future__ import annotations

import struct
import zlib
from dataclasses import dataclass

from wizard.errors import CityPitchError

#: Largest accepted image, in pixels (width x height): a 40-megapixel photo is far beyond what a slide shows.
MAX_PIXELS = 40_000_000
#: Largest accepted side, in pixels: very long thin images are as costly as big ones to decode.
MAX_SIDE = 20_000

_PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
# JPEG start-of-frame markers carry the dimensions; C4 (DHT), C8 (JPG) and CC (DAC) share the range.
_SOF_MARKERS = frozenset({0xC0, 0xC1, 0xC2, 0xC3, 0xC5, 0xC6, 0xC7, 0xC9, 0xCA, 0xCB, 0xCD, 0xCE, 0xCF})


class ImageError(CityPitchError):
    """An image cannot be used; the message names the image and says why, in plain words."""

    def __init__(self, name: str, problem: str) -> None:
        self.name = name
        self.problem = problem
        super().__init__(f"the image {name!r} {problem}")


@dataclass(frozen=True)
class ImageInfo:
    """What the checks learnt about an accepted image."""

    mime: str
    width: int
    height: int


def check_image(data: bytes, name: str) -> ImageInfo:
    """Check that ``data`` is a usable PNG or JPEG; return its type and size or raise :class:`ImageError`."""
    if not data:
        raise ImageError(name, "is empty")
    if data.startswith(_PNG_SIGNATURE):
        info = _png_info(data, name)
    elif data.startswith(b"\xff\xd8\xff"):
        info = _jpeg_info(data, name)
    else:
        raise ImageError(name, f"is not a PNG or JPEG image ({_guess_kind(data)}); save it as PNG or JPEG")
    if info.width <= 0 or info.height <= 0:
        raise ImageError(name, "has no pixels (its header says width or height is 0): the file is damaged")
    if info.width > MAX_SIDE or info.height > MAX_SIDE or info.width * info.height > MAX_PIXELS:
        megapixels = info.width * info.height / 1_000_000
        raise ImageError(
            name,
            f"is too large ({info.width} x {info.height} pixels, {megapixels:.0f} megapixels; the limit is "
            f"{MAX_PIXELS // 1_000_000} megapixels and {MAX_SIDE} pixels a side): scale it down first",
        )
    return info


def _guess_kind(data: bytes) -> str:
    head = data[:512].lstrip()
    lowered = head.lower()
    if lowered.startswith(b"<?xml") or b"<svg" in lowered:
        return "it looks like SVG, which is not accepted"
    if data.startswith((b"GIF87a", b"GIF89a")):
        return "it looks like GIF"
    if data.startswith(b"RIFF") and data[8:12] == b"WEBP":
        return "it looks like WebP"
    if data.startswith(b"%PDF"):
        return "it looks like a PDF"
    if data.startswith((b"II*\x00", b"MM\x00*")):
        return "it looks like TIFF"
    if data.startswith(b"BM"):
        return "it looks like BMP"
    return "the file type is not recognised"


def _png_info(data: bytes, name: str) -> ImageInfo:
    """Walk every chunk (checking lengths and CRCs, no decompression) and read IHDR."""
    pos = len(_PNG_SIGNATURE)
    width = height = 0
    seen_ihdr = seen_idat = False
    while True:
        if pos + 8 > len(data):
            raise ImageError(name, "is a truncated PNG (it ends before its last chunk): the file is damaged")
        length, kind = struct.unpack(">I4s", data[pos:pos + 8])
        end = pos + 8 + length + 4
        if length > 0x7FFFFFFF or end > len(data):
            raise ImageError(name, "is a truncated PNG (a chunk runs past the end of the file): the file is damaged")
        body = data[pos + 8:pos + 8 + length]
        (crc,) = struct.unpack(">I", data[pos + 8 + length:end])
        if zlib.crc32(kind + body) & 0xFFFFFFFF != crc:
            raise ImageError(name, f"is a damaged PNG (chunk {kind.decode('latin-1')!r} fails its checksum)")
        if not seen_ihdr:
            if kind != b"IHDR" or length != 13:
                raise ImageError(name, "is a damaged PNG (it does not start with an image header)")
            width, height = struct.unpack(">II", body[:8])
            seen_ihdr = True
        elif kind == b"IDAT":
            seen_idat = True
        elif kind == b"IEND":
            break
        pos = end
    if not seen_idat:
        raise ImageError(name, "is a damaged PNG (it holds no image data)")
    return ImageInfo("image/png", width, height)


def _jpeg_info(data: bytes, name: str) -> ImageInfo:
    """Walk the marker segments up to the frame header (SOFn) and read the dimensions there."""
    pos = 2
    size: tuple[int, int] | None = None
    while pos < len(data):
        if data[pos] != 0xFF:
            raise ImageError(name, "is a damaged JPEG (a marker is missing where one must be)")
        while pos < len(data) and data[pos] == 0xFF:  # fill bytes may pad markers
            pos += 1
        if pos >= len(data):
            break
        marker = data[pos]
        pos += 1
        if marker in (0xD8, 0x01) or 0xD0 <= marker <= 0xD7:
            continue  # markers without a length field
        if marker == 0xD9:
            break
        if pos + 2 > len(data):
            break
        (length,) = struct.unpack(">H", data[pos:pos + 2])
        if length < 2 or pos + length > len(data):
            raise ImageError(name, "is a truncated JPEG (a segment runs past the end of the file)")
        if marker in _SOF_MARKERS:
            if length < 7:
                raise ImageError(name, "is a damaged JPEG (its frame header is too short)")
            height, width = struct.unpack(">HH", data[pos + 3:pos + 7])
            size = (width, height)
        if marker == 0xDA:  # start of scan: the entropy-coded data follows; the header is done
            if size is None:
                raise ImageError(name, "is a damaged JPEG (image data comes before the frame header)")
            if b"\xff\xd9" not in data[pos + length:]:
                raise ImageError(name, "is a truncated JPEG (the end-of-image marker is missing)")
            return ImageInfo("image/jpeg", size[0], size[1])
        pos += length
    raise ImageError(name, "is a truncated JPEG (it ends before its image data)")
