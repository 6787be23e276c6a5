"""The editor's own icons (``resources/icons/actions``): scalable, the same on every platform.

They stand in where the desktop's icon theme has no icon of that name (Windows, macOS, a bare
Linux session). Qt's style offers pixmaps too, but they are small bitmaps, and asking the
style for one makes PySide6 build its QStyle class with a dozen enums (4 ms of the start).
"""

from __future__ import annotations

from functools import cache

from PySide6.QtGui import QIcon

from ..issue.validation import Severity
from ..paths import resources_dir


@cache
def icon(name: str) -> QIcon:
    """``resources/icons/actions/<name>.svg``."""
    return QIcon(str(resources_dir() / "icons" / "actions" / f"{name}.svg"))


def themed(theme_name: str, name: str) -> QIcon:
    """The icon theme's ``theme_name`` (freedesktop naming), else our ``name``."""
    return QIcon.fromTheme(theme_name, icon(name))


def severity_icon(severity: Severity) -> QIcon:
    return icon({Severity.ERROR: "error", Severity.WARNING: "warning"}.get(severity, "acknowledged"))
