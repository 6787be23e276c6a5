"""After an export: a line in the status bar offering to open the file or its folder.

It stays out of the way (no dialog to dismiss) and goes after a while or at the next export.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QTimer, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QStatusBar, QWidget

from .i18n import translate

SHOWN_MS = 60_000


class ExportDone(QWidget):
    """``已导出 <name>  [打开文件] [打开所在文件夹]`` in the status bar."""

    def __init__(self, status_bar: QStatusBar) -> None:
        super().__init__(status_bar)
        self.setObjectName("exportDone")
        self.path: Path | None = None
        self.label = QLabel(self)
        self.open_file = QPushButton(self)
        self.open_folder = QPushButton(self)
        for button in (self.open_file, self.open_folder):
            button.setFlat(True)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.open_file)
        layout.addWidget(self.open_folder)
        self.open_file.clicked.connect(lambda: self._open(self.path))
        self.open_folder.clicked.connect(lambda: self._open(self.path.parent if self.path else None))
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.hide)
        status_bar.addPermanentWidget(self)
        self.hide()

    def show_for(self, path: Path) -> None:
        """Offer to open ``path``, just exported, and its folder."""
        self.path = path
        self.label.setToolTip(str(path))
        self._retranslate()
        self.show()
        self.timer.start(SHOWN_MS)

    def _retranslate(self) -> None:
        if self.path is not None:
            self.label.setText(translate("ExportDone", "已导出 {name}").format(name=self.path.name))
        self.open_file.setText(translate("ExportDone", "打开文件"))
        self.open_folder.setText(translate("ExportDone", "打开所在文件夹"))

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()

    def _open(self, target: Path | None) -> None:
        if target is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(target)))
        self.hide()
