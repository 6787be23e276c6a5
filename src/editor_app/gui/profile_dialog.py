"""Choosing a layout profile: for a new issue (File ▸ New, more than one installed) or for the
open one (文件 ▸ 更换版式…)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from ..layout.profile import DEFAULT_PROFILE, InstalledProfile
from .i18n import translate

NAME_ROLE = Qt.ItemDataRole.UserRole


class ProfileDialog(QDialog):
    """The installed profiles by title, one that cannot be used greyed with its reason; the
    issue's own profile preselected. Enter or a double click takes the one chosen."""

    def __init__(self, profiles: list[InstalledProfile], current: str = DEFAULT_PROFILE, *,
                 change: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("profileDialog")
        self.setWindowTitle(translate("ProfileDialog", "更换版式") if change
                            else translate("ProfileDialog", "新建期刊"))
        self.list = QListWidget()
        self.list.setAccessibleName(translate("ProfileDialog", "版式"))
        rows = {}
        for profile in profiles:
            rows[profile.name] = row = self._row(profile)
            self.list.addItem(row)
        chosen = next((rows[name] for name in (current, DEFAULT_PROFILE)
                       if name in rows and rows[name].flags() & Qt.ItemFlag.ItemIsEnabled), None)
        if chosen is not None:
            self.list.setCurrentItem(chosen)
        self.list.itemDoubleClicked.connect(lambda _row: self.accept())
        label = QLabel(translate("ProfileDialog", "本期使用的版式(&P)：") if change
                       else translate("ProfileDialog", "新一期使用的版式(&P)："))
        label.setBuddy(self.list)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(translate("ProfileDialog", "更换(&C)") if change
                               else translate("ProfileDialog", "新建(&N)"))
        self.ok_button.setDefault(True)
        self.list.currentItemChanged.connect(lambda row, _old: self.ok_button.setEnabled(row is not None))
        self.ok_button.setEnabled(self.list.currentItem() is not None)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.list)
        layout.addWidget(buttons)
        self.list.setFocus()

    @staticmethod
    def _row(profile: InstalledProfile) -> QListWidgetItem:
        if not profile.problem:
            row = QListWidgetItem(translate("ProfileDialog", "{title}（{name}）").format(
                title=profile.title, name=profile.name))
            row.setData(NAME_ROLE, profile.name)
            row.setToolTip(str(profile.path))
            return row
        row = QListWidgetItem(translate("ProfileDialog", "{name}（无法使用）\n{problem}").format(
            name=profile.name, problem=profile.problem))
        row.setFlags(Qt.ItemFlag.NoItemFlags)  # greyed, never chosen
        row.setToolTip(profile.problem)
        return row

    def accept(self) -> None:
        if self.list.currentItem() is not None:  # a double click on a greyed row chooses nothing
            super().accept()

    def chosen(self) -> str:
        """The name of the profile chosen."""
        row = self.list.currentItem()
        return row.data(NAME_ROLE) if row is not None else DEFAULT_PROFILE
