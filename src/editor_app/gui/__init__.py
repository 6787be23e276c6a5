"""The PySide6 desktop editor: a thin layer over the Qt-free core.

The core (with msgspec and yaml) is imported first, then PySide6 with its import hook made
cheap (``import_scan``): the hook looks at every module named by an import statement after
PySide6 is loaded.
"""

from ..issue import issue_file, validation  # noqa: F401
from ..layout import blocks  # noqa: F401
from . import import_scan  # noqa: F401
