"""The only way the PDF renderer may load anything: an allow-list URL fetcher.

WeasyPrint will by default fetch any ``file:``, ``http:`` or ``data:`` URL found in the HTML or CSS, and
``<link rel=attachment>`` embeds a fetched file into the PDF.  User text is escaped before it reaches the
HTML, so none of that should ever be asked for; this fetcher is the backstop if it ever is.  It serves

- files inside the given folders (the template folder and the bundled fonts), by real path, so neither
  ``..`` segments nor symbolic links lead out of them;
- the project's images from memory, under the ``citypitch-asset:`` scheme, by the key the export gave
  them (never a user-chosen name);

and refuses everything else: no network, no other files, no ``data:`` URIs, no redirects.  Refusals are
recorded in :attr:`SafeFetcher.refused` so an export (and its tests) can see them.
"""

from __future__ import annotations

import mimetypes
from pathlib import Path
from urllib.parse import unquote, urlsplit
from urllib.request import url2pathname

from weasyprint.urls import URLFetcher, URLFetcherResponse

from wizard.export.assets import ASSET_SCHEME


class FetchRefused(ValueError):
    """A URL the export does not allow; WeasyPrint logs it and leaves the resource out."""


class SafeFetcher(URLFetcher):
    """Serve allowed local files and in-memory assets; refuse everything else."""

    def __init__(self, folders: list[Path], assets: dict[str, tuple[bytes, str]] | None = None) -> None:
        # No redirects and no protocols at all for the parent class: it must never open a URL itself.
        super().__init__(allowed_protocols=(), allow_redirects=False, fail_on_errors=False)
        self._folders = tuple(Path(f).resolve() for f in folders)
        self._assets = dict(assets or {})
        self.refused: list[str] = []
        self.served: list[str] = []

    @staticmethod
    def asset_url(key: str) -> str:
        """The URL under which the export serves the in-memory asset ``key``."""
        return f"{ASSET_SCHEME}:{key}"

    def fetch(self, url: str, headers: object = None) -> URLFetcherResponse:
        try:
            response = self._fetch(url)
        except FetchRefused:
            self.refused.append(url)
            raise
        self.served.append(url)
        return response

    def _fetch(self, url: str) -> URLFetcherResponse:
        try:
            parts = urlsplit(url)
        except ValueError:
            raise FetchRefused(f"malformed URL refused: {url[:200]!r}") from None
        scheme = parts.scheme.lower()
        if scheme == ASSET_SCHEME:
            key = parts.path
            if key not in self._assets:
                raise FetchRefused(f"unknown project image {key[:80]!r}")
            data, mime = self._assets[key]
            return URLFetcherResponse(url, data, {"Content-Type": mime})
        if scheme != "file":
            raise FetchRefused(f"only the app's own files may be loaded; refused {scheme or 'relative'} URL")
        if parts.netloc not in ("", "localhost") or parts.query or parts.fragment:
            raise FetchRefused("file URLs with a host, query or fragment are refused")
        raw_path = unquote(parts.path)
        if any(segment in ("..", ".") for segment in raw_path.split("/")) or "\x00" in raw_path:
            raise FetchRefused("paths with '.' or '..' segments are refused")
        path = Path(url2pathname(parts.path))
        try:
            real = path.resolve(strict=True)
        except (OSError, RuntimeError):
            raise FetchRefused("the file does not exist") from None
        if not any(real.is_relative_to(folder) for folder in self._folders) or not real.is_file():
            raise FetchRefused("files outside the template and font folders are refused")
        mime = mimetypes.guess_type(real.name)[0] or "application/octet-stream"
        if real.suffix.lower() == ".css":
            mime = "text/css"
        return URLFetcherResponse(url, real.read_bytes(), {"Content-Type": mime})
