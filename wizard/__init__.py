"""CityPitch: a guided wizard that turns an ASEAN smart-city idea into an investor-ready proposal.

The package is split in two layers. The core (the model, ``steps``, ``fields``, ``analysis``, finance,
readiness, project files and the export in ``wizard.export``) imports no Qt and works from the command
line and tests. The Qt layer (``wizard.gui``) only shows and edits it. README's "Layout" maps both.
"""

__version__ = "0.1.0"
