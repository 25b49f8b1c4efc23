"""CityPitch: a guided wizard that turns an ASEAN smart-city idea into an investor-ready proposal.

The package is split in two layers. The core (``model``, ``paths``, ``errors``, ``migrations``,
``projectfile``, ``resources``, ``cli`` and the finance, readiness and export modules) imports no Qt
and works from the command line and tests. The Qt layer (``wizard.gui``) only shows and edits it.
"""

__version__ = "0.1.0"
