"""Python modules generated from ``forms/*.ui`` by ``pyside6-uic`` (see :mod:`wizard.gui.steps.uiforms`); do not edit."""
