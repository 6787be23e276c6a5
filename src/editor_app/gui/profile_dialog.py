"""File ▸ New with more than one layout profile installed: which institute's bulletin."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from ..layout.profile import DEFAULT_PROFILE, InstalledProfile
from .i18n import translate

NAME_ROLE = Qt.ItemDataRole.UserRole


class ProfileDialog(QDialog):
    """The usable installed profiles by title; Enter or a double click takes the one chosen."""

    def __init__(self, profiles: list[InstalledProfile], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("profileDialog")
        self.setWindowTitle(translate("ProfileDialog", "新建期刊"))
        self.list = QListWidget()
        self.list.setAccessibleName(translate("ProfileDialog", "版式"))
        for profile in profiles:
            row = QListWidgetItem(translate("ProfileDialog", "{title}（{name}）").format(
                title=profile.title, name=profile.name))
            row.setData(NAME_ROLE, profile.name)
            row.setToolTip(str(profile.path))
            self.list.addItem(row)
            if profile.name == DEFAULT_PROFILE:
                self.list.setCurrentItem(row)
        if self.list.currentItem() is None:
            self.list.setCurrentRow(0)
        self.list.itemDoubleClicked.connect(lambda _row: self.accept())
        label = QLabel(translate("ProfileDialog", "新一期使用的版式(&P)："))
        label.setBuddy(self.list)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(translate("ProfileDialog", "新建(&N)"))
        self.ok_button.setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.list)
        layout.addWidget(buttons)
        self.list.setFocus()

    def chosen(self) -> str:
        """The name of the profile chosen."""
        row = self.list.currentItem()
        return row.data(NAME_ROLE) if row is not None else DEFAULT_PROFILE
