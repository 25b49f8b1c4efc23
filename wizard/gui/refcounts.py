"""WORKAROUND for a reference-count bug of PySide6 6.12.0 on CPython 3.11: None and True are kept alive.

Measured on this project's stack (PySide6-Essentials 6.12.0, shiboken6 6.12.0, CPython 3.11): every
call of a Qt method that returns nothing (``label.setText(...)``, ``undo_stack.undo()``) takes one
reference to ``None`` away, and every ``Signal.emit()`` one reference to ``True``, without ever having
added them.  Typing one character into a field of the wizard cost about 3 references to ``None`` and
1 to ``True``; ``True`` starts with about 4,700, so after a few thousand keystrokes (or a 60-row paste
repeated a few times) CPython frees ``True`` and stops the process with "Fatal Python error:
bool_dealloc" (or ``none_dealloc``), often at exit: the crash reported in issue 16.  PySide6 6.11.3
does not do this (same measurements, no loss), and CPython 3.12 and later make ``None``, ``True`` and
``False`` immortal (PEP 683), so the bug cannot hurt there.  No upstream report could be consulted
from this offline machine; ``tests/test_gui_refcounts.py`` measures the loss, so the day a PySide6
update stops losing references shows in the test, and this module can go.

:func:`protect` gives the three objects a very large number of extra references (2**48) once, at
start-up, which is what CPython 3.12 does for immortal objects; it checks first that the object layout
is the one it expects (a release build of CPython, reference count as the first field), and does
nothing otherwise.
"""

from __future__ import annotations

import ctypes
import sys

#: Extra references given to each singleton: at a million lost references a second, 8 years.
EXTRA = 1 << 48

_done = False


def _count_field(obj: object) -> ctypes.c_ssize_t | None:
    """The reference-count field of ``obj`` in a release CPython build, or None if it is not where expected."""
    if sys.implementation.name != "cpython" or hasattr(sys, "gettotalrefcount"):
        return None  # not CPython, or a debug build (whose object header starts with other fields)
    field = ctypes.c_ssize_t.from_address(id(obj))
    # sys.getrefcount counts its own argument once more than the field holds.
    return field if field.value == sys.getrefcount(obj) - 1 else None


def protect() -> bool:
    """Keep None, True and False alive whatever PySide6 takes from them; True when it was needed and done."""
    global _done
    if _done or sys.version_info >= (3, 12):
        return False
    fields = [_count_field(obj) for obj in (None, True, False)]
    if any(f is None for f in fields):
        return False
    for f in fields:
        assert f is not None
        f.value += EXTRA
    _done = True
    return True
