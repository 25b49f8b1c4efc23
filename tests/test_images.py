"""Image checks (wizard.images): PNG and JPEG accepted, their size read from the header; everything else,
damaged files and oversized images refused with a message that names the image."""

from __future__ import annotations

import io
import struct
import zlib

import pytest
from PIL import Image

from wizard.errors import CityPitchError
from wizard.images import MAX_PIXELS, ImageError, ImageInfo, check_image


def _encode(fmt: str, size: tuple[int, int] = (7, 5), mode: str = "RGB") -> bytes:
    buffer = io.BytesIO()
    Image.new(mode, size, (200, 30, 40) if mode == "RGB" else 128).save(buffer, format=fmt)
    return buffer.getvalue()


def _chunk(kind: bytes, body: bytes) -> bytes:
    return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body) & 0xFFFFFFFF)


def _png_claiming(width: int, height: int) -> bytes:
    """A structurally valid PNG whose header claims ``width`` x ``height`` (the pixels are never there)."""
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + _chunk(b"IHDR", header) + _chunk(b"IDAT", zlib.compress(b"\x00" * 16))
            + _chunk(b"IEND", b""))


def test_png_and_jpeg_are_accepted_with_their_size() -> None:
    assert check_image(_encode("PNG"), "logo.png") == ImageInfo("image/png", 7, 5)
    assert check_image(_encode("JPEG", (640, 480)), "photo.jpg") == ImageInfo("image/jpeg", 640, 480)
    assert check_image(_encode("PNG", (3, 9), "L"), "grey.png") == ImageInfo("image/png", 3, 9)


def test_progressive_jpeg_is_accepted() -> None:
    buffer = io.BytesIO()
    Image.new("RGB", (33, 21), (1, 2, 3)).save(buffer, format="JPEG", progressive=True)
    assert check_image(buffer.getvalue(), "p.jpg") == ImageInfo("image/jpeg", 33, 21)


def test_error_is_a_citypitch_error_naming_the_image() -> None:
    with pytest.raises(CityPitchError) as info:
        check_image(b"GIF89a....", "banner.gif")
    assert "banner.gif" in str(info.value)
    assert isinstance(info.value, ImageError) and info.value.name == "banner.gif"


@pytest.mark.parametrize(("data", "words"), [
    (b"", "is empty"),
    (b'<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg"></svg>', "SVG"),
    (b"<svg onload='x'></svg>", "SVG"),
    (b"GIF89a\x01\x00\x01\x00", "GIF"),
    (b"RIFF\x00\x00\x00\x00WEBPVP8 ", "WebP"),
    (b"%PDF-1.7\n", "PDF"),
    (b"BM\x00\x00", "BMP"),
    (b"hello, world", "not recognised"),
])
def test_other_types_are_refused(data: bytes, words: str) -> None:
    with pytest.raises(ImageError, match="not a PNG or JPEG|is empty") as info:
        check_image(data, "x")
    assert words in str(info.value)


def test_truncated_png_is_refused() -> None:
    data = _encode("PNG", (50, 50))
    for cut in (9, 20, 33, len(data) // 2, len(data) - 5):
        with pytest.raises(ImageError, match="truncated|damaged"):
            check_image(data[:cut], "cut.png")


def test_png_with_a_bad_checksum_is_refused() -> None:
    data = bytearray(_encode("PNG", (20, 20)))
    idat = data.index(b"IDAT")
    data[idat + 6] ^= 0xFF  # a bit flipped inside the image data
    with pytest.raises(ImageError, match="checksum"):
        check_image(bytes(data), "flip.png")


def test_png_without_image_data_is_refused() -> None:
    header = struct.pack(">IIBBBBB", 4, 4, 8, 2, 0, 0, 0)
    data = b"\x89PNG\r\n\x1a\n" + _chunk(b"IHDR", header) + _chunk(b"IEND", b"")
    with pytest.raises(ImageError, match="no image data"):
        check_image(data, "empty.png")


def test_decompression_bomb_is_refused_from_the_header() -> None:
    with pytest.raises(ImageError, match="too large") as info:
        check_image(_png_claiming(50_000, 50_000), "bomb.png")
    assert "2500 megapixels" in str(info.value)
    side = int(MAX_PIXELS ** 0.5) + 1
    with pytest.raises(ImageError, match="too large"):
        check_image(_png_claiming(side, side), "just-over.png")
    assert check_image(_png_claiming(6000, 6000), "ok.png").width == 6000  # 36 MP is allowed


def test_very_long_thin_png_is_refused() -> None:
    with pytest.raises(ImageError, match="pixels a side"):
        check_image(_png_claiming(30_000, 10), "strip.png")


def test_zero_size_png_is_refused() -> None:
    with pytest.raises(ImageError, match="no pixels"):
        check_image(_png_claiming(0, 10), "zero.png")


def test_truncated_jpeg_is_refused() -> None:
    data = _encode("JPEG", (64, 64))
    for cut in (4, 30, len(data) // 2, len(data) - 2):
        with pytest.raises(ImageError, match="truncated|damaged"):
            check_image(data[:cut], "cut.jpg")


def test_jpeg_claiming_huge_size_is_refused() -> None:
    data = bytearray(_encode("JPEG", (64, 64)))
    sof = data.index(b"\xff\xc0")
    struct.pack_into(">HH", data, sof + 5, 60_000, 60_000)  # height, width in the frame header
    with pytest.raises(ImageError, match="too large"):
        check_image(bytes(data), "huge.jpg")


def test_jpeg_with_garbage_between_segments_is_refused() -> None:
    data = _encode("JPEG", (8, 8))
    with pytest.raises(ImageError, match="damaged"):
        check_image(data[:2] + b"\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00" + b"XX" + data[2:], "g.jpg")
