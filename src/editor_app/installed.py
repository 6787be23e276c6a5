"""Versions of installed distributions, read from their ``*.dist-info/METADATA`` directly.

``importlib.metadata.version`` finds the same file, but importing it (and the email package it
parses with) costs a command 10–25 ms, more than an export from a cached template.
"""

from __future__ import annotations

import os
import sys
from functools import cache


def version(distribution: str) -> str | None:
    """The ``Version:`` of the first ``<distribution>-*.dist-info`` on ``sys.path`` (the
    distribution's name as in its folder: ``python_docx``), or None when there is none."""
    prefix = f"{distribution}-"
    for entry in sys.path:
        folder = entry or "."
        for name in _dist_infos(folder):
            if not name.startswith(prefix):
                continue
            try:
                with open(os.path.join(folder, name, "METADATA"), encoding="utf-8") as metadata:
                    for line in metadata:
                        if line.startswith("Version:"):
                            return line.split(":", 1)[1].strip()
                        if not line.strip():  # the headers end at the first blank line
                            break
            except OSError:
                continue
    return None


@cache
def _dist_infos(folder: str) -> tuple[str, ...]:
    """The ``*.dist-info`` folders in ``folder``, listed once per process."""
    try:
        return tuple(n for n in os.listdir(folder) if n.endswith(".dist-info"))
    except OSError:  # a zip on the path, or a missing folder
        return ()
