"""The forms of the parts of an issue, except the project form (``forms.project``)."""

from __future__ import annotations

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel, QToolButton, QWidget

from ...issue.model import MAX_NUMBER, MAX_TOTAL_NUMBER
from ...issue.places import Place
from ...layout.profile import Profile, ProfileError, load_named
from ..document import Document
from ..i18n import translate
from .fields import PartForm, hint_label


def profile_of(doc: Document) -> Profile | None:
    """The issue's layout profile, or None when it cannot be loaded (validation says why)."""
    try:
        return load_named(doc.issue.profile)
    except ProfileError:
        return None


class MastheadForm(PartForm):
    def __init__(self, doc: Document, parent: QWidget | None = None) -> None:
        super().__init__(doc, parent)
        self.title = QLabel(self)
        self.title.setObjectName("mastheadTitle")  # the profile's title, not an interface text
        self.row(lambda: translate("MastheadForm", "刊名"), self.title)
        self.number(("year",), lambda: translate("MastheadForm", "年份(&Y)"))
        self.number(("number",), lambda: translate("MastheadForm", "期号(&N)"), maximum=MAX_NUMBER)
        self.number(("total_number",), lambda: translate("MastheadForm", "总期号(&O)"),
                    maximum=MAX_TOTAL_NUMBER)
        self.date(("date",), lambda: translate("MastheadForm", "出刊日期(&D)"))
        self.line(("issuer",), lambda: translate("MastheadForm", "发布单位(&I)"))

    def refresh(self, changed: Place | None = None) -> None:
        profile = profile_of(self.doc)
        self.title.setText(profile.title if profile else "")
        super().refresh(changed)


class _ListSectionForm(PartForm):
    """A section as a whole: how many entries it has, and a button to add one."""

    def __init__(self, doc: Document, add_action: QAction, parent: QWidget | None = None) -> None:
        super().__init__(doc, parent)
        self.count = QLabel(self)
        self.extra.addWidget(self.count)
        add = QToolButton(self)
        add.setDefaultAction(add_action)
        self.extra.addWidget(add)


class NewsSectionForm(_ListSectionForm):
    def refresh(self, changed: Place | None = None) -> None:
        items = self.doc.value((*self.base, "items"))
        self.count.setText(translate(
            "NewsSectionForm", "本栏目共 {count} 条。在左侧大纲中选择一条进行编辑。"
        ).format(count=len(items)))
        super().refresh(changed)


class ActionSectionForm(_ListSectionForm):
    def __init__(self, doc: Document, add_action: QAction, parent: QWidget | None = None) -> None:
        super().__init__(doc, add_action, parent)
        self.text(("introduction",), lambda: translate("ActionSectionForm", "导语(&I)"))

    def refresh(self, changed: Place | None = None) -> None:
        projects = self.doc.value((*self.base, "projects"))
        self.count.setText(translate(
            "ActionSectionForm", "本栏目共 {count} 个项目。在左侧大纲中选择一个项目进行编辑。"
        ).format(count=len(projects)))
        super().refresh(changed)


class ItemForm(PartForm):
    def __init__(self, doc: Document, parent: QWidget | None = None) -> None:
        super().__init__(doc, parent)
        self.line(("headline",), lambda: translate("ItemForm", "标题(&L)"))
        body = self.text(("paragraphs",), lambda: translate("ItemForm", "正文(&B)"),
                         paragraphs=True)
        self.texts.bind(body.setPlaceholderText, lambda: translate("ItemForm", "每行一段"))
        body.setMinimumHeight(320)


class ClosingForm(PartForm):
    def __init__(self, doc: Document, parent: QWidget | None = None) -> None:
        super().__init__(doc, parent)
        self.heading_edit = self.line(("heading",), lambda: translate("ClosingForm", "标题(&G)"))
        self.text_edit = self.text(("text",), lambda: translate("ClosingForm", "正文(&B)"))
        self.texts.bind(self.text_edit.setPlaceholderText,
                        lambda: translate("ClosingForm", "留空则用默认结尾（见下）"))
        note = QLabel(self)
        self.texts.bind(note.setText,
                        lambda: translate("ClosingForm", "留空则使用版式中的默认结尾。"))
        self.extra.addWidget(note)
        # The default whole, under the boxes: as the text box's placeholder it was cut off.
        self.default_closing = hint_label(self, "defaultClosing")
        self.extra.addWidget(self.default_closing)

    def refresh(self, changed: Place | None = None) -> None:
        profile = profile_of(self.doc)
        if profile:
            self.heading_edit.setPlaceholderText(profile.closing.heading)
            self.default_closing.setText(
                "\n".join(text for text in (profile.closing.heading, profile.closing.text) if text))
        super().refresh(changed)


class DistributionForm(PartForm):
    def __init__(self, doc: Document, parent: QWidget | None = None) -> None:
        super().__init__(doc, parent)
        self.line(("report",), lambda: translate("DistributionForm", "报(&R)"))
        self.line(("send",), lambda: translate("DistributionForm", "送(&S)"))
        self.line(("issue",), lambda: translate("DistributionForm", "发(&D)"))
        self.number(("print_count",), lambda: translate("DistributionForm", "印数(&P)"),
                    maximum=999999)
