"""Bulletin Editor: the 双碳资讯 bulletin of 成都兴城双碳研究院.

The core (everything but ``gui``, ``render`` and ``__main__``) imports without PySide6;
``render`` lays out and paints pages with QtGui, and only ``gui`` uses widgets.
"""

from __future__ import annotations

import os
import sys

_DIST_PREFIX = "editor_app-"


def __getattr__(name: str) -> str:
    """``__version__``, from the installed metadata on first use (pyproject.toml keeps it)."""
    if name != "__version__":
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    version = _metadata_version()
    globals()["__version__"] = version
    return version


def _metadata_version() -> str:
    """The ``Version:`` of the first ``editor_app-*.dist-info`` on the path, as
    ``importlib.metadata.version`` finds it, read directly: importing importlib.metadata
    (and the email package it parses with) costs a command 10–25 ms, more than an export."""
    for entry in sys.path:
        try:
            names = [n for n in os.listdir(entry or ".") if n.startswith(_DIST_PREFIX) and n.endswith(".dist-info")]
        except OSError:  # a zip on the path, or a missing folder
            continue
        for folder in names:
            try:
                with open(os.path.join(entry or ".", folder, "METADATA"), encoding="utf-8") as metadata:
                    for line in metadata:
                        if line.startswith("Version:"):
                            return line.split(":", 1)[1].strip()
                        if not line.strip():  # the headers end at the first blank line
                            break
            except OSError:
                continue
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("editor_app")
    except PackageNotFoundError:  # running from a source tree without installation
        return "0.0.0"
