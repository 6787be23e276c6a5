"""The PySide6 desktop editor: a thin layer over the Qt-free core.

The core (with msgspec and yaml) is imported first, then PySide6 with its import hook made
cheap (``import_scan``): the hook looks at every module named by an import statement after
PySide6 is loaded.

Python's cyclic garbage collector is paused from here until the first main window is up
(``resume_collection``): start-up makes some 45,000 tracked objects that live on (modules, classes,
PySide6's enums, widgets) and frees few, so the collector's 70 passes over them, 15–20 ms of
the start, found next to nothing. Objects without cycles are freed as ever meanwhile; the
objects made until then are left out of later collections (``gc.freeze``), which would
otherwise go over them all once more.
"""

import gc

_paused = gc.isenabled()
gc.disable()


def resume_collection() -> None:
    """Collect garbage again, if importing the editor paused it (idempotent)."""
    global _paused
    if _paused:
        _paused = False
        gc.freeze()
        gc.enable()


from ..issue import issue_file, validation  # noqa: E402, F401
from ..layout import blocks  # noqa: E402, F401
from . import import_scan  # noqa: E402, F401
