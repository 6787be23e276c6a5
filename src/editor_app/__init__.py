"""Bulletin Editor: the 双碳资讯 bulletin of 成都兴城双碳研究院.

The core (everything but ``gui``, ``render`` and ``__main__``) imports without PySide6;
``render`` lays out and paints pages with QtGui, and only ``gui`` uses widgets.
"""

from __future__ import annotations


def __getattr__(name: str) -> str:
    """``__version__``, read from the installed metadata on first use: importing
    importlib.metadata costs the editor's start about 10 ms, and only About and ``--version``
    need it."""
    if name != "__version__":
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("editor_app")
    except PackageNotFoundError:  # running from a source tree without installation
        return "0.0.0"
