"""CityPitch: a guided wizard that turns an ASEAN smart-city idea into an investor-ready proposal.

The package is split in two layers. The core (the model, ``steps``, ``fields``, ``analysis``, finance,
readiness, project files and the export in ``wizard.export``) imports no Qt and works from the command
line and tests. The Qt layer (``wizard.gui``) only shows and edits it. README's "Layout" maps both.
"""

import os

__version__ = "0.1.0"

# pydantic looks for plugins (the "pydantic" entry-point group of every installed package) when the first
# model class is made: 5-6 ms of every start, `citypitch check` and the window alike (issue 21).  CityPitch
# uses no pydantic plugin, and a validation observer installed into the user's Python by some other package
# has no business inside it; a variable the user set themselves is left as it is.
os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__")
# ... and, while they are off, none of the plugin loader's imports (16-18 ms; see wizard._pydantic_plugins, which
# reads the setting when pydantic imports its loader, so after the line above).
from wizard import _pydantic_plugins

_pydantic_plugins.install()
