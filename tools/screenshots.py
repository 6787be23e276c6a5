"""Take the README's pictures of the editor (docs/editor.png, docs/editor-error.png).

    xvfb-run -a -s "-screen 0 1600x1000x24" python3 tools/screenshots.py

Runs the real editor on an X server (Xvfb) with the CJK fonts of the system, on the bundled
sample issue: the project form beside the preview, then the same project with a negative CO2
figure, its error marked in place and listed in the problems panel. Qt's xcb plugin needs
Debian's libxcb-cursor0, which the tests (offscreen) do not install.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit

from editor_app.gui.app import setup_application
from editor_app.gui.main_window import MainWindow
from editor_app.issue.sections import ACTION

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "issue_templates" / "bulletin-2023-09-25.yaml"
DOCS = ROOT / "docs"
PROJECT = (*ACTION.entries_place, 0)
CO2 = (*PROJECT, "metrics", "co2_reduction", "value")
ENERGY = (*PROJECT, "metrics", "energy_saving", "value")


def settle(app: QApplication) -> None:
    """Let the debounced preview lay out and everything paint."""
    for _ in range(20):
        app.processEvents()
    window = app.activeWindow() or app.topLevelWidgets()[0]
    window.repaint()
    app.processEvents()


def use_fresh_settings(folder: str) -> None:
    """Default settings (Simplified Chinese, no recent files), the user's own left alone."""
    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, folder)
    os.environ["XDG_CONFIG_HOME"] = folder
    os.environ["XDG_DATA_HOME"] = folder


def main() -> int:
    use_fresh_settings(tempfile.mkdtemp(prefix="bulletin-screenshots-"))
    app = QApplication(sys.argv)
    setup_application(app)
    window = MainWindow()
    window.resize(1500, 900)
    window.show()
    window.files.open_path(SAMPLE)
    window.field_widget(ENERGY).setFocus()
    window.preview.refresh()
    settle(app)
    window.grab().save(str(DOCS / "editor.png"))

    co2 = window.field_widget(CO2)
    assert isinstance(co2, QLineEdit)
    co2.setFocus()
    co2.selectAll()
    QTest.keyClicks(co2, "-4.6")  # typed, as an editor would
    settle(app)
    window.grab().save(str(DOCS / "editor-error.png"))
    window.doc.undo_stack.setClean()  # nothing to save: the sample stays as it is
    window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
