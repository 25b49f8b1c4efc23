"""Python modules generated from ``forms/*.ui`` by ``pyside6-uic`` (see :mod:`wizard.gui.uiforms`); do not edit."""
