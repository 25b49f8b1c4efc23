"""How the export names the project's images it serves from memory (shared by the pipeline and its fetcher)."""

from __future__ import annotations

#: URL scheme under which the export serves the project's images from memory (see the fetcher).
ASSET_SCHEME = "citypitch-asset"
