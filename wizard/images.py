"""Image checks shared by the wizard's logo/photo picker and the PDF export.

An image is accepted only if it is a PNG or a JPEG whose structure is intact and whose size stays within
:data:`MAX_PIXELS` and :data:`MAX_IMAGE_BYTES`.  Two levels:

- :func:`check_image` reads the dimensions from the file's own header (PNG ``IHDR``, JPEG ``SOFn``)
  without decoding the pixels, so a hostile "decompression bomb" is refused before anything allocates
  memory for it.  Pure Python, no Pillow: cheap enough for every pick.
- :func:`decode_image` does that, then decodes every pixel once with Pillow (``load()``), so damaged
  image data is found when the image comes in (the wizard's picker) and before it goes out (the export),
  never as a black square in a PDF.  A sequential JPEG whose data was cut short and closed with an end
  marker decodes "successfully" in libjpeg (it pads the rest with grey and only warns); such a file is
  caught by :func:`_jpeg_scan_complete`, which counts the blocks the data really holds.  Progressive
  JPEGs cut short between two scans cannot be told from complete ones this way.

SVG is refused: an SVG is a program-like document that can reference files and URLs, and sanitising it
safely is more than a logo needs.  Users are told to export their logo as PNG.
"""

from __future__ import annotations

import struct
import zlib
from dataclasses import dataclass
from typing import TYPE_CHECKING

from wizard.errors import CityPitchError
from wizard.i18n.said import Said, said, template

if TYPE_CHECKING:
    from PIL import Image

#: Largest accepted image file, in bytes: the one limit for the wizard's picker, the assets folder of a
#: plain JSON project and the images inside a ``.citypitch`` archive.
MAX_IMAGE_BYTES = 32 * 1024 * 1024
#: Largest accepted image, in pixels (width x height): a 40-megapixel photo is far beyond what a slide shows.
MAX_PIXELS = 40_000_000
#: Largest accepted side, in pixels: very long thin images are as costly as big ones to decode.
MAX_SIDE = 20_000

_PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
# JPEG start-of-frame markers carry the dimensions; C4 (DHT), C8 (JPG) and CC (DAC) share the range.
_SOF_MARKERS = frozenset({0xC0, 0xC1, 0xC2, 0xC3, 0xC5, 0xC6, 0xC7, 0xC9, 0xCA, 0xCB, 0xCD, 0xCE, 0xCF})


class ImageError(CityPitchError):
    """An image cannot be used; the message names the image and says why, in plain words.

    ``problem`` may be a :class:`~wizard.i18n.said.Said` (kept as :attr:`problem_said`): the message is
    its English, and a translated window words the whole sentence in its language (:attr:`said`).
    """

    def __init__(self, name: str, problem: str | Said, source: object | None = None) -> None:
        self.name = name
        self.problem = str(problem)
        self.problem_said: Said | None = None if isinstance(problem, str) else problem
        #: The project file the image belongs to, when known (named first in the message).
        self.source = source
        where = f"{source}: " if source is not None else ""
        super().__init__(f"{where}the image {name!r} {self.problem}")
        if self.problem_said is not None:
            sentence = said("the image %1 %2", repr(name), self.problem_said)
            self.said = said("%1: %2", str(source), sentence) if source is not None else sentence


@dataclass(frozen=True)
class ImageInfo:
    """What the checks learnt about an accepted image."""

    mime: str
    width: int
    height: int


def check_image(data: bytes, name: str) -> ImageInfo:
    """Check that ``data`` is a usable PNG or JPEG; return its type and size or raise :class:`ImageError`."""
    if not data:
        raise ImageError(name, said("is empty"))
    if len(data) > MAX_IMAGE_BYTES:
        raise ImageError(name, said("is too large (%1 MB; the limit is %2 MB): save a smaller copy",
                                    f"{len(data) / (1024 * 1024):.0f}", str(MAX_IMAGE_BYTES // (1024 * 1024))))
    if data.startswith(_PNG_SIGNATURE):
        info = _png_info(data, name)
    elif data.startswith(b"\xff\xd8\xff"):
        info = _jpeg_info(data, name)
    else:
        raise ImageError(name, said("is not a PNG or JPEG image (%1); save it as PNG or JPEG", Said(_guess_kind(data))))
    if info.width <= 0 or info.height <= 0:
        raise ImageError(name, said("has no pixels (its header says width or height is 0): the file is damaged"))
    if info.width > MAX_SIDE or info.height > MAX_SIDE or info.width * info.height > MAX_PIXELS:
        megapixels = info.width * info.height / 1_000_000
        raise ImageError(name, said("is too large (%1 x %2 pixels, %3 megapixels; the limit is %4 megapixels and %5 "
                                    "pixels a side): scale it down first", str(info.width), str(info.height),
                                    f"{megapixels:.0f}", str(MAX_PIXELS // 1_000_000), str(MAX_SIDE)))
    return info


def _guess_kind(data: bytes) -> str:
    head = data[:512].lstrip()
    lowered = head.lower()
    if lowered.startswith(b"<?xml") or b"<svg" in lowered:
        return template("it looks like SVG, which is not accepted")
    if data.startswith((b"GIF87a", b"GIF89a")):
        return template("it looks like GIF")
    if data.startswith(b"RIFF") and data[8:12] == b"WEBP":
        return template("it looks like WebP")
    if data.startswith(b"%PDF"):
        return template("it looks like a PDF")
    if data.startswith((b"II*\x00", b"MM\x00*")):
        return template("it looks like TIFF")
    if data.startswith(b"BM"):
        return template("it looks like BMP")
    return template("the file type is not recognised")


def _png_info(data: bytes, name: str) -> ImageInfo:
    """Walk every chunk (checking lengths and CRCs, no decompression) and read IHDR."""
    pos = len(_PNG_SIGNATURE)
    width = height = 0
    seen_ihdr = seen_idat = False
    while True:
        if pos + 8 > len(data):
            raise ImageError(name, said("is a truncated PNG (it ends before its last chunk): the file is damaged"))
        length, kind = struct.unpack(">I4s", data[pos:pos + 8])
        end = pos + 8 + length + 4
        if length > 0x7FFFFFFF or end > len(data):
            raise ImageError(name, said("is a truncated PNG (a chunk runs past the end of the file): the file is damaged"))
        body = data[pos + 8:pos + 8 + length]
        (crc,) = struct.unpack(">I", data[pos + 8 + length:end])
        if zlib.crc32(kind + body) & 0xFFFFFFFF != crc:
            raise ImageError(name, said("is a damaged PNG (chunk %1 fails its checksum)", repr(kind.decode("latin-1"))))
        if not seen_ihdr:
            if kind != b"IHDR" or length != 13:
                raise ImageError(name, said("is a damaged PNG (it does not start with an image header)"))
            width, height = struct.unpack(">II", body[:8])
            seen_ihdr = True
        elif kind == b"IDAT":
            seen_idat = True
        elif kind == b"IEND":
            break
        pos = end
    if not seen_idat:
        raise ImageError(name, said("is a damaged PNG (it holds no image data)"))
    return ImageInfo("image/png", width, height)


def _jpeg_info(data: bytes, name: str) -> ImageInfo:
    """Walk the marker segments up to the frame header (SOFn) and read the dimensions there."""
    pos = 2
    size: tuple[int, int] | None = None
    while pos < len(data):
        if data[pos] != 0xFF:
            raise ImageError(name, said("is a damaged JPEG (a marker is missing where one must be)"))
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
            raise ImageError(name, said("is a truncated JPEG (a segment runs past the end of the file)"))
        if marker in _SOF_MARKERS:
            if length < 7:
                raise ImageError(name, said("is a damaged JPEG (its frame header is too short)"))
            height, width = struct.unpack(">HH", data[pos + 3:pos + 7])
            size = (width, height)
        if marker == 0xDA:  # start of scan: the entropy-coded data follows; the header is done
            if size is None:
                raise ImageError(name, said("is a damaged JPEG (image data comes before the frame header)"))
            if b"\xff\xd9" not in data[pos + length:]:
                raise ImageError(name, said("is a truncated JPEG (the end-of-image marker is missing)"))
            return ImageInfo("image/jpeg", size[0], size[1])
        pos += length
    raise ImageError(name, said("is a truncated JPEG (it ends before its image data)"))


def decode_image(data: bytes, name: str) -> tuple[ImageInfo, "Image.Image"]:
    """Check ``data`` (:func:`check_image`), then decode every pixel; returns its info and the loaded image.

    Raises :class:`ImageError` naming the image and the reason if the pixel data is damaged.  The caller
    owns the returned Pillow image (it may scale it and should close it).
    """
    import io
    import warnings

    from PIL import Image, UnidentifiedImageError

    info = check_image(data, name)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            image = Image.open(io.BytesIO(data))
            image.load()
    except (OSError, SyntaxError, ValueError, EOFError, UnidentifiedImageError, Image.DecompressionBombWarning,
            Image.DecompressionBombError) as exc:
        reason = str(exc).replace(" when reading image file", "") or type(exc).__name__
        raise ImageError(name, said("is damaged: its pixels cannot be read (%1); export it again from the original, "
                                    "or use another image", reason)) from None
    if info.mime == "image/png" and not _png_stream_complete(data):
        image.close()
        raise ImageError(name, said("is damaged: its compressed pixel data is cut short or fails its checksum; export "
                                    "it again from the original, or use another image"))
    if image.size != (info.width, info.height):
        image.close()
        raise ImageError(name, said("is damaged: its header and its pixels disagree about its size"))
    if info.mime == "image/jpeg" and _looks_padded(image) and _jpeg_scan_complete(data) is False:
        image.close()
        raise ImageError(name, said("is a truncated JPEG (its image data stops before the last rows and was closed "
                                    "early): export it again from the original, or use another image"))
    return info, image


def _png_stream_complete(data: bytes) -> bool:
    """True if the PNG's compressed pixel data (its IDAT chunks together) is one whole zlib stream.

    Pillow stops inflating once it has every row, so damage after that point, and the stream's own
    checksum (Adler-32, checked by zlib at the end), would go unseen.  The output is capped at the size
    the header promises, so this costs no more memory than the image itself.
    """
    pos = len(_PNG_SIGNATURE)
    parts: list[bytes] = []
    width = height = 0
    depth = colour = interlace = 0
    while pos + 8 <= len(data):
        length, kind = struct.unpack(">I4s", data[pos:pos + 8])
        body = data[pos + 8:pos + 8 + length]
        if kind == b"IHDR":
            width, height, depth, colour, _, _, interlace = struct.unpack(">IIBBBBB", body[:13])
        elif kind == b"IDAT":
            parts.append(body)
        elif kind == b"IEND":
            break
        pos += 12 + length
    channels = {0: 1, 2: 3, 3: 1, 4: 2, 6: 4}.get(colour, 4)
    row = (width * channels * depth + 7) // 8
    expected = height * (1 + row) if not interlace else None
    limit = expected if expected is not None else height * (1 + row) * 2 + 64
    inflater = zlib.decompressobj()
    try:
        out = inflater.decompress(b"".join(parts), limit + 1)
    except zlib.error:
        return False
    if not inflater.eof:
        return False
    return expected is None or len(out) == expected


def _looks_padded(image: "Image.Image") -> bool:
    """True if the bottom-right 16 x 16 pixels are all one colour, as libjpeg's padding of missing data is.

    Only then is the (slower) count of the JPEG's blocks worth making: a real photo almost never ends in a
    perfectly flat corner, and a flat logo is small.
    """
    width, height = image.size
    corner = image.crop((max(0, width - 16), max(0, height - 16), width, height))
    colours = corner.getcolors(1)
    return colours is not None


def _jpeg_scan_complete(data: bytes) -> bool | None:
    """For a baseline (sequential, Huffman) JPEG with one interleaved scan: does its data hold every block?

    True or False; None when the file is of a kind this walk does not follow (progressive, arithmetic
    coding, several scans), which then counts as not proven damaged.
    """
    try:
        return _JpegWalk(data).complete()
    except _Unsupported:
        return None
    except (IndexError, KeyError, ValueError, struct.error):
        return False


class _Unsupported(Exception):
    pass


class _JpegWalk:
    """Count the MCUs a baseline JPEG's entropy-coded data really holds (the values are skipped, not decoded)."""

    def __init__(self, data: bytes) -> None:
        self.data = data
        self.tables: dict[tuple[int, int], list[int]] = {}  # (class, id) -> 16-bit look-up of (length << 8 | symbol)
        self.components: dict[int, tuple[int, int]] = {}
        self.width = self.height = 0
        self.restart = 0

    def complete(self) -> bool:
        data = self.data
        pos = 2
        while pos + 4 <= len(data):
            if data[pos] != 0xFF:
                raise ValueError("marker expected")
            marker = data[pos + 1]
            if marker == 0xFF:
                pos += 1
                continue
            (length,) = struct.unpack(">H", data[pos + 2:pos + 4])
            body = data[pos + 4:pos + 2 + length]
            if marker in (0xC2, 0xC3, 0xC5, 0xC6, 0xC7, 0xC9, 0xCA, 0xCB, 0xCD, 0xCE, 0xCF):
                raise _Unsupported()
            if marker in (0xC0, 0xC1):
                self.height, self.width = struct.unpack(">HH", body[1:5])
                for i in range(body[5]):
                    cid, sampling = body[6 + 3 * i], body[7 + 3 * i]
                    self.components[cid] = (sampling >> 4, sampling & 15)
            elif marker == 0xC4:
                self._read_tables(body)
            elif marker == 0xDD:
                (self.restart,) = struct.unpack(">H", body[:2])
            elif marker == 0xDA:
                return self._scan(body, pos + 2 + length)
            pos += 2 + length
        raise ValueError("no scan")

    def _read_tables(self, body: bytes) -> None:
        i = 0
        while i < len(body):
            kind, ident = body[i] >> 4, body[i] & 15
            counts = body[i + 1:i + 17]
            symbols = body[i + 17:i + 17 + sum(counts)]
            # A 16-bit look-up: the next 16 bits of data index (code length << 8 | symbol) directly.
            lookup = [0] * 65536
            code = k = 0
            for length in range(1, 17):
                for _ in range(counts[length - 1]):
                    first = code << (16 - length)
                    lookup[first:first + (1 << (16 - length))] = [(length << 8) | symbols[k]] * (1 << (16 - length))
                    code += 1
                    k += 1
                code <<= 1
            self.tables[(kind, ident)] = lookup
            i += 17 + sum(counts)

    def _scan(self, header: bytes, start: int) -> bool:
        count = header[0]
        if count != len(self.components) or not self.width or not self.height:
            raise _Unsupported()  # a non-interleaved scan: one of several
        plan: list[tuple[list[int], list[int]]] = []
        hmax = max(h for h, _ in self.components.values())
        vmax = max(v for _, v in self.components.values())
        for i in range(count):
            cid, tables = header[1 + 2 * i], header[2 + 2 * i]
            h, v = self.components[cid]
            plan += [(self.tables[(0, tables >> 4)], self.tables[(1, tables & 15)])] * (h * v)
        mcus = -(-self.width // (8 * hmax)) * -(-self.height // (8 * vmax))
        # The scan's data up to the next marker that is not a restart, stuffed zero bytes removed; each
        # restart interval is walked separately (its last byte is padded with 1 bits).
        data = self.data
        end = start
        while True:
            end = data.find(b"\xff", end)
            if end < 0 or end + 1 >= len(data):
                return False
            nxt = data[end + 1]
            if nxt == 0x00 or 0xD0 <= nxt <= 0xD7 or nxt == 0xFF:
                end += 1 if nxt == 0xFF else 2
                continue
            break
        raw = data[start:end]
        intervals = [raw] if not self.restart else _split_restarts(raw)
        per = self.restart or mcus
        left = mcus
        for chunk in intervals:
            want = min(per, left)
            if not _walk(chunk.replace(b"\xff\x00", b"\xff"), want, plan):
                return False
            left -= want
            if left <= 0:
                return True
        return left <= 0


def _split_restarts(raw: bytes) -> list[bytes]:
    parts: list[bytes] = []
    begin = i = 0
    while True:
        i = raw.find(b"\xff", i)
        if i < 0 or i + 1 >= len(raw):
            parts.append(raw[begin:])
            return parts
        if 0xD0 <= raw[i + 1] <= 0xD7:
            parts.append(raw[begin:i])
            begin = i = i + 2
        else:
            i += 2


def _walk(data: bytes, mcus: int, plan: list[tuple[list[int], list[int]]]) -> bool:
    """True if ``data`` holds ``mcus`` whole MCUs of the given tables (values skipped)."""
    total = len(data) * 8
    padded = data + b"\x00\x00\x00\x00"
    frombytes = int.from_bytes
    pos = 0
    for _ in range(mcus):
        for dc, ac in plan:
            at = pos >> 3
            entry = dc[(frombytes(padded[at:at + 3], "big") >> (8 - (pos & 7))) & 0xFFFF]
            if not entry:
                return False
            pos += (entry >> 8) + (entry & 0xFF)
            k = 1
            while k < 64:
                at = pos >> 3
                entry = ac[(frombytes(padded[at:at + 3], "big") >> (8 - (pos & 7))) & 0xFFFF]
                if not entry:
                    return False
                pos += entry >> 8
                rs = entry & 0xFF
                size = rs & 15
                if size == 0:
                    if rs != 0xF0:
                        break
                    k += 16
                    continue
                k += (rs >> 4) + 1
                pos += size
            if pos > total:
                return False
    return pos <= total
