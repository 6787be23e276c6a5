"""Take the README's pictures (docs/editor.png, docs/editor-error.png, docs/sample-page1.png).

    xvfb-run -a -s "-screen 0 1600x1000x24" python3 tools/screenshots.py

Runs the real editor on an X server (Xvfb) with the CJK fonts of the system, on the bundled
sample issue: the project form beside the preview, then the same project with a negative CO2
figure, its error marked in place and listed in the problems panel. Then page 1 of the
sample as a reviewer sees it: exported, rendered by LibreOffice (as `bulletin export --pdf`)
and turned into a picture by poppler's pdftoppm. Qt's xcb plugin needs the X11 libraries the
README names (tools/test.sh installs them).
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit

from editor_app.export.docx.exporter import export_docx
from editor_app.export.pdf import render_pdf
from editor_app.gui.app import setup_application
from editor_app.gui.main_window import MainWindow
from editor_app.issue.issue_file import load_issue
from editor_app.issue.sections import ACTION
from editor_app.layout.profile import load_profile

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


def sample_page() -> None:
    """Page 1 of the sample, exported and rendered by LibreOffice, at 60 dpi."""
    with tempfile.TemporaryDirectory(prefix="bulletin-page-") as folder:
        docx = Path(folder) / "sample.docx"
        export_docx(load_issue(SAMPLE), docx, load_profile())
        pdf = render_pdf(docx, docx.with_suffix(".pdf"))
        subprocess.run(["pdftoppm", "-r", "60", "-png", "-f", "1", "-l", "1", "-singlefile", str(pdf),
                        str(DOCS / "sample-page1")], check=True)


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
    sample_page()
    return 0


if __name__ == "__main__":
    sys.exit(main())
