"""PySide6's scan of every imported module, made cheap.

Once PySide6 is loaded, each import statement goes through its ``__feature__`` hook, and the
first time the hook meets a module it decides whether the module uses PySide6 (so that
``from __feature__ import snake_case`` could apply to it) by reading the module's whole
source with ``inspect.getsource``: 5 ms for the 55 modules the editor's first window names,
most of it inspect and linecache, not the reading. This answers the same question, "does
the source file contain PySide6?", by searching the file's bytes.

It replaces a private function (``shibokensupport.feature._mod_uses_pyside``, PySide6 6.6 to
6.11); where that is absent the hook is left as it is. tests/gui/test_startup.py checks that
both give the same answer for every module loaded.
"""

from __future__ import annotations

import sys
from types import ModuleType

import PySide6.QtCore  # noqa: F401  (installs the hook and loads the module replaced here)


def mentions_pyside(module: ModuleType) -> bool:
    """Whether the source file of ``module`` contains "PySide6" (no source file: False)."""
    origin = getattr(getattr(module, "__spec__", None), "origin", None)
    if not isinstance(origin, str) or not origin.endswith(".py"):
        return False
    try:
        with open(origin, "rb") as source:
            return b"PySide6" in source.read()
    except OSError:
        return False


_feature = sys.modules.get("shibokensupport.feature")
by_inspect = getattr(_feature, "_mod_uses_pyside", None)  # PySide6's own (the tests compare)
if _feature is not None and callable(by_inspect):
    setattr(_feature, "_mod_uses_pyside", mentions_pyside)  # noqa: B010  (a private name, not in any stub)
