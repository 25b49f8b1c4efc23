"""The export's allow-list URL fetcher: template and font files and in-memory project images only."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

import weasyprint

from wizard import resources
from wizard.export import template_dir
from wizard.export.fetcher import FetchRefused, SafeFetcher


@pytest.fixture
def fetcher() -> SafeFetcher:
    return SafeFetcher([template_dir(), resources.fonts_dir()], {"image-1": (b"\x89PNG fake", "image/png")})


def test_serves_template_and_font_files(fetcher: SafeFetcher) -> None:
    css = fetcher.fetch((template_dir() / "deck.css").as_uri())
    assert css.read().startswith(b"/*") and css.content_type == "text/css"
    font = resources.fonts_dir() / "inter" / "Inter-Regular.otf"
    assert fetcher.fetch(font.as_uri()).read() == font.read_bytes()
    assert fetcher.served == [(template_dir() / "deck.css").as_uri(), font.as_uri()]


def test_serves_project_images_from_memory(fetcher: SafeFetcher) -> None:
    response = fetcher.fetch(SafeFetcher.asset_url("image-1"))
    assert response.read() == b"\x89PNG fake" and response.content_type == "image/png"
    with pytest.raises(FetchRefused, match="unknown project image"):
        fetcher.fetch(SafeFetcher.asset_url("logo.png"))  # only keys the export chose, never user names


@pytest.mark.parametrize("url", [
    "http://127.0.0.1:9/x.png",
    "https://example.com/logo.png",
    "ftp://example.com/a",
    "data:text/plain;base64,c2VjcmV0",
    "data:image/svg+xml,<svg/>",
    "javascript:alert(1)",
    "file://example.com/etc/passwd",
    "//example.com/x.css",
    "x.css",
])
def test_refuses_network_data_and_odd_urls(fetcher: SafeFetcher, url: str) -> None:
    with pytest.raises(FetchRefused):
        fetcher.fetch(url)
    assert fetcher.refused == [url] and fetcher.served == []


def test_refuses_files_outside_the_allowed_folders(fetcher: SafeFetcher, tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP-SECRET")
    for url in (secret.as_uri(), "file:///etc/passwd", resources.sample_path("lumara-transit").as_uri()):
        with pytest.raises(FetchRefused, match="outside|does not exist"):
            fetcher.fetch(url)
    assert resources.sample_path("lumara-transit").is_file()


def test_refuses_dot_dot_tricks(fetcher: SafeFetcher) -> None:
    base = template_dir().as_uri()
    for url in (base + "/../../wizard/model.py", base + "/%2e%2e/%2e%2e/pyproject.toml",
                base + "/./deck.css", base + "/../deck/deck.css"):
        with pytest.raises(FetchRefused):
            fetcher.fetch(url)


def test_refuses_query_and_fragment(fetcher: SafeFetcher) -> None:
    with pytest.raises(FetchRefused):
        fetcher.fetch((template_dir() / "deck.css").as_uri() + "?x=1")


@pytest.mark.skipif(not hasattr(os, "symlink"), reason="needs symbolic links")
def test_refuses_symlink_leading_out(tmp_path: Path) -> None:
    folder = tmp_path / "tpl"
    folder.mkdir()
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP-SECRET")
    (folder / "link.css").symlink_to(secret)
    (folder / "ok.css").write_text("p {}")
    fetcher = SafeFetcher([folder])
    assert fetcher.fetch((folder / "ok.css").as_uri()).read() == b"p {}"
    with pytest.raises(FetchRefused, match="outside"):
        fetcher.fetch((folder / "link.css").as_uri())


def test_never_opens_urls_through_the_parent_class(fetcher: SafeFetcher) -> None:
    # urllib's OpenerDirector.open is the path WeasyPrint's default fetcher uses; ours must refuse there too.
    with pytest.raises(FetchRefused):
        fetcher.open("http://127.0.0.1:9/")


def test_attachment_links_in_html_embed_nothing(tmp_path: Path) -> None:
    """Even an allowed file named by <link rel=attachment> or <a rel=attachment> is not embedded."""
    from wizard.export import _strip_attachments

    css = (template_dir() / "deck.css").as_uri()
    html = (f'<html><head><link rel="attachment" href="{css}"></head>'
            f'<body><a rel="attachment" href="{css}">file</a></body></html>')
    fetcher = SafeFetcher([template_dir()])
    document = weasyprint.HTML(string=html, url_fetcher=fetcher).render()
    _strip_attachments(document)
    pdf = document.write_pdf()
    assert b"/EmbeddedFile" not in pdf and b"/FileAttachment" not in pdf
    # Without the stripping, WeasyPrint would have embedded it: the check above is not vacuous.
    unstripped = weasyprint.HTML(string=html, url_fetcher=SafeFetcher([template_dir()])).render().write_pdf()
    assert b"/EmbeddedFile" in unstripped
