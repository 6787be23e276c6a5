"""Acknowledging a warning of the carbon checks with a note, kept in the issue file.

The problems panel's 确认并备注… opens this dialog for the current warning; accepting it adds
``{check, note, figures}`` to the project's ``acknowledged`` list as one undo step, and validation
then shows the warning as acknowledged (info) with its note, as long as the figures the check was
given stay as they were.
"""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QLineEdit, QVBoxLayout, QWidget

from ..issue.model import Acknowledgement
from ..issue.places import project_of
from ..issue.validation import Finding
from .commands import SetValue
from .document import Document
from .i18n import translate
from .names import finding_message


class AcknowledgeDialog(QDialog):
    """The warning, a note field, OK and Cancel."""

    def __init__(self, finding: Finding, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("acknowledgeDialog")
        self.setWindowTitle(translate("AcknowledgeDialog", "确认警告"))
        self.finding = finding
        layout = QVBoxLayout(self)
        message = QLabel(finding_message(finding), self)
        message.setWordWrap(True)
        layout.addWidget(message)
        caption = QLabel(translate("AcknowledgeDialog", "备注（为什么这个数字没有问题）(&N)："), self)
        self.note = QLineEdit(self)
        caption.setBuddy(self.note)
        layout.addWidget(caption)
        layout.addWidget(self.note)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel, parent=self)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(520, self.sizeHint().height())


def acknowledge(doc: Document, finding: Finding, note: str) -> None:
    """Add the acknowledgement of ``finding`` (a carbon check's warning) as one undo step."""
    project = project_of(finding.path)
    assert project is not None and finding.check is not None  # only such warnings are offered
    place = (*project, "acknowledged")
    kept = [ack for ack in doc.value(place) if ack.check != finding.check]
    value = [*kept, Acknowledgement(check=finding.check, note=note.strip(), figures=finding.figures)]
    doc.undo_stack.push(SetValue(doc, place, value, translate("AcknowledgeDialog", "确认警告")))
