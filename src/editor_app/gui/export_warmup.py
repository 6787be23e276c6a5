"""Word export made ready while the user reads: the GUI thread makes the hidden line that offers
to open an export, and a worker thread loads the export's modules and the open issue's styled
template (from the user's cache, or built with python-docx the first time), so that the first
export after start takes no longer than the next ones.

It starts a while after the window is shown, after the preview's first layout: the GUI thread
and the worker share the interpreter lock, and start-up must not pay for the warm-up.
"""

from __future__ import annotations

import threading
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer

from ..errors import UserFacingError

WARM_UP_DELAY_MS = 1000
THREAD_NAME = "export-warm-up"


def warm_export_later(window: QObject, profile_name: Callable[[], str], ready_widgets: Callable[[], object]) -> None:
    """After WARM_UP_DELAY_MS, ``ready_widgets()`` (on the GUI thread), then ready the export
    of the profile ``profile_name()`` names then, in a worker; not once ``window`` is gone."""
    def start() -> None:
        ready_widgets()
        threading.Thread(target=_warm, args=(profile_name(),), name=THREAD_NAME, daemon=True).start()

    QTimer.singleShot(WARM_UP_DELAY_MS, window, start)


def _warm(name: str) -> None:
    try:
        from ..export.docx import exporter
        from ..layout.profile import load_named

        exporter.warm_template(load_named(name))
    except (ImportError, UserFacingError):  # no Word export installed, a broken profile:
        pass  # the export itself says so, when asked for
