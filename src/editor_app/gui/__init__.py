"""The PySide6 desktop editor: a thin layer over the Qt-free core.

The core (with msgspec and yaml) is imported here, before any PySide6 module: once PySide6
is loaded, shiboken's import hook reads the source of every module imported after it, which
made the editor's start about 30 ms slower.
"""

from .. import blocks, issue_file, validation  # noqa: F401
