"""The main window: outline, form, page preview, problems panel, menus and status bar."""

from __future__ import annotations

from collections.abc import Callable
from copy import deepcopy
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6 import QtWidgets
from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QFrame,
    QLabel,
    QMainWindow,
    QMenu,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QWidget,
)

from ..issue.places import Place
from ..issue.sections import is_news
from ..layout.blocks import issue_blocks
from ..layout.profile import installed_profiles
from . import edits, resume_collection, settings
from .actions import Shortcut, bound_action, bound_menu
from .autosave import Autosave, orphans
from .commands import ReplaceIssue
from .document import Document
from .files import FileActions
from .first_paint import AfterFirstPaint
from .forms.fields import PartForm
from .forms.parts import (
    ActionSectionForm,
    ClosingForm,
    DistributionForm,
    ItemForm,
    MastheadForm,
    NewsSectionForm,
    profile_of,
)
from .i18n import LANGUAGES, InterfaceTexts, Text, apply_language, current_language, gui_application, translate
from .icons import themed
from .outline import Outline, part_of
from .preview_pane import PreviewPane
from .problems import ProblemsDock
from .questions import ask
from .texttools import TOOLS, TextTool, apply_to_issue, run_on_selection

if TYPE_CHECKING:
    from .find_bar import FindBar


class MainWindow(QMainWindow):
    def __init__(self, *, blank: bool = True) -> None:
        """``blank``: start with the blank template; False when the caller opens a file at once
        (the document is then the empty Issue() until it does)."""
        super().__init__()
        self.setObjectName("mainWindow")
        self.texts = InterfaceTexts()  # the texts of the window's actions and menus (also FileActions')
        self.page_count: int | None = None
        self._ending = False  # ended from outside (SIGTERM): close without asking
        self.first_paint = AfterFirstPaint(self)
        self.doc = Document(self)
        self.autosave = Autosave(self.doc)
        self._build_actions()
        self._build_central()
        self.problems = ProblemsDock(self.doc, self)
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.problems)
        self.problems.activated.connect(self.go_to)
        self.files = FileActions(self, self.doc, self.texts)
        self._build_menus()
        self._build_status_bar()

        self.doc.value_changed.connect(self._value_changed)
        self.doc.structure_changed.connect(self.outline.rebuild)
        self.doc.structure_changed.connect(lambda _path: self._update_counts())  # an entry added or gone
        self.doc.reset.connect(self._reset)
        self.doc.started.connect(lambda: self.outline.select(("masthead",)))
        self.doc.findings_changed.connect(self._findings_changed)
        self.doc.file_changed.connect(self._update_title)
        self.doc.navigate.connect(self.go_to)
        self.doc.undo_stack.indexChanged.connect(lambda _i: self._update_actions())
        self.outline.part_selected.connect(self._show_part)
        for signal in (self.doc.value_changed, self.doc.structure_changed, self.doc.reset):
            signal.connect(self.preview.schedule_update)
        self.outline.part_selected.connect(self.preview.show_part)
        self.preview.part_activated.connect(self.go_to)
        self.preview.page_count_changed.connect(self._page_count_changed)
        self.outline.refused.connect(lambda why: self.statusBar().showMessage(why, 4000))
        self.outline.move_requested.connect(
            lambda items, a, b: edits.drag_entry(self.doc, items, a, b)
        )

        geometry, state = settings.window_state()
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(1280, 820)
        if state is None or not self.restoreState(state):
            # The bottom panels (problems, 期刊库) a third of the window, once it has its size.
            QTimer.singleShot(0, lambda: self.resizeDocks([self.problems], [self.height() // 3],
                                                          Qt.Orientation.Vertical))
        if blank:
            self.files.new_from_template("blank")
        self._update_title()
        self.after_first_paint(resume_collection)  # start-up paused it (``gui/__init__``)

    # --- building ----------------------------------------------------------------------

    def after_first_paint(self, call: Callable[[], object]) -> None:
        """Make ``call`` once the window has first painted (``first_paint``)."""
        self.first_paint.add(call)

    def _action(self, text: Text | None, slot: Callable[[], object], shortcut: Shortcut | None = None,
                tip: Text | None = None) -> QAction:
        """An action of the window; ``text`` None when it changes with the state."""
        return bound_action(self, self.texts, text, slot, shortcut, tip)

    def _build_actions(self) -> None:
        stack = self.doc.undo_stack
        self.import_review_action = self._action(
            lambda: translate("MainWindow", "导入审阅意见(&V)…"), self.import_review,
            tip=lambda: translate("MainWindow", "读取审阅者修订、批注过的 Word 文件：逐条接受或拒绝修改，保存批注"))
        self.export_review_action = self._action(
            lambda: translate("MainWindow", "导出审阅稿(&W)…"), self.export_review,
            tip=lambda: translate("MainWindow", "导出 Word 审阅稿：未解决的检查警告作为批注"))
        self.undo_action = self._action(None, stack.undo, QKeySequence.StandardKey.Undo)
        self.redo_action = self._action(None, stack.redo, QKeySequence.StandardKey.Redo)
        stack.canUndoChanged.connect(self.undo_action.setEnabled)
        stack.canRedoChanged.connect(self.redo_action.setEnabled)
        stack.undoTextChanged.connect(lambda _text: self._update_undo_texts())
        stack.redoTextChanged.connect(lambda _text: self._update_undo_texts())
        self._update_undo_texts()
        self.add_action = self._action(
            None, self.add_entry, "Ctrl+Shift+Return",
            lambda: translate("MainWindow", "在当前条目之后添加新条目或项目"))
        self.duplicate_action = self._action(lambda: translate("MainWindow", "复制条目(&U)"),
                                             self.duplicate_entry, "Ctrl+D")
        self.delete_action = self._action(lambda: translate("MainWindow", "删除条目(&L)"),
                                          self.delete_entry, "Ctrl+Shift+Del")
        # Ctrl+Shift+↑/↓, in the outline only. Alt+Shift (Word's "move paragraph") switches the
        # input language on Chinese Windows and window managers take Alt+Shift+arrows;
        # Ctrl+Alt+arrows switch workspaces (GNOME) or rotate the screen (Intel drivers);
        # Ctrl+↑/↓ scroll or move by paragraph in text fields. In a field Ctrl+Shift+↑/↓ keep
        # their meaning there (Word and WPS select to the paragraph's start or end), so the
        # shortcut is the outline's; the menu still shows it.
        self.up_action = self._action(lambda: translate("MainWindow", "上移(&P)"),
                                      lambda: self.move_entry(-1), "Ctrl+Shift+Up")
        self.down_action = self._action(lambda: translate("MainWindow", "下移(&W)"),
                                        lambda: self.move_entry(1), "Ctrl+Shift+Down")
        for action in (self.up_action, self.down_action):
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)  # with the outline's focus
        self.next_problem_action = self._action(
            lambda: translate("MainWindow", "下一个问题(&X)"), lambda: self.next_problem(1), "F8")
        self.previous_problem_action = self._action(
            lambda: translate("MainWindow", "上一个问题(&R)"), lambda: self.next_problem(-1),
            "Shift+F8")
        self.focus_outline_action = self._action(
            lambda: translate("MainWindow", "转到大纲(&O)"), lambda: self.outline.setFocus(),
            "Ctrl+1")
        self.focus_form_action = self._action(
            lambda: translate("MainWindow", "转到表单(&M)"), self.focus_form, "Ctrl+2")
        self.focus_problems_action = self._action(
            lambda: translate("MainWindow", "转到问题列表(&P)"), self.focus_problems, "Ctrl+3")
        self.preview_action = self._action(
            lambda: translate("MainWindow", "显示预览(&V)"), self._toggle_preview, "F9",
            lambda: translate("MainWindow", "显示或隐藏版面预览"))
        self.preview_action.setCheckable(True)
        self.preview_action.setChecked(True)
        self.profile_action = self._action(
            lambda: translate("MainWindow", "更换版式(&Y)…"), self.change_profile,
            tip=lambda: translate("MainWindow", "本期改用另一个已安装的版式"))
        self.find_action = self._action(
            lambda: translate("MainWindow", "查找(&F)…"), lambda: self.find_bar().open_bar(False),
            QKeySequence.StandardKey.Find, lambda: translate("MainWindow", "在整期中查找文字"))
        self.replace_action = self._action(
            lambda: translate("MainWindow", "替换(&R)…"), lambda: self.find_bar().open_bar(True),
            "Ctrl+H", lambda: translate("MainWindow", "在整期中查找并替换文字"))
        self.find_next_action = self._action(
            lambda: translate("MainWindow", "查找下一处(&N)"), lambda: self.find_bar().step(1), "F3")
        self.find_previous_action = self._action(
            lambda: translate("MainWindow", "查找上一处(&V)"), lambda: self.find_bar().step(-1),
            "Shift+F3")
        self.about_action = self._action(lambda: translate("MainWindow", "关于(&A)"), self.show_about)
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        self.tool_actions = [  # numbered: their labels double as undo texts, which take no "&"
            self._action(lambda t=tool, n=n: f"&{n} {t.label}", lambda t=tool: self.run_tool(t),
                         tip=lambda: translate("MainWindow", "作用于选中的文字；没有选中文字时作用于整期"))
            for n, tool in enumerate(TOOLS, 1)
        ]
        self.language_actions = QActionGroup(self)
        for n, (code, name) in enumerate(LANGUAGES.items(), 1):
            action = self.language_actions.addAction(f"&{n} {name}")  # each language named in itself
            action.setCheckable(True)
            action.setChecked(code == current_language(gui_application()))
            action.setData(code)
            action.triggered.connect(lambda _checked=False, c=code: self.set_language(c))

    def _build_central(self) -> None:
        self.outline = Outline(self.doc, self)
        self.forms: dict[str, PartForm] = {}  # built on first use (``form``)
        self.stack = QStackedWidget()
        self.form("masthead")  # the part shown first
        self.form_scroll = scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.stack)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the fields take the focus, not their frame

        self.preview = PreviewPane(lambda: self.doc.issue)
        self.preview.setObjectName("preview")
        # The pages as soon as the window is up (first of the work put off until then), not a
        # typing pause later, and before a question about recovered work covers the window.
        self.after_first_paint(self.preview.update_now)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setObjectName("mainSplitter")
        splitter.addWidget(self.outline)
        splitter.addWidget(scroll)
        splitter.addWidget(self.preview)
        splitter.setSizes([260, 540, 480])
        # A wider window (maximised) widens the form and the preview in proportion to their
        # widths, as the user left them; the preview's pages fit its width. The outline keeps
        # its own.
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 1)
        splitter.setStretchFactor(2, 1)
        self.setCentralWidget(splitter)

    def form(self, key: str) -> PartForm:
        """The form for a kind of part, built and added to the stack the first time it is
        asked for (the other forms cost start-up time and are often never shown)."""
        if key not in self.forms:
            self.forms[key] = self._new_form(key)
            self.stack.addWidget(self.forms[key])
        return self.forms[key]

    def find_bar(self) -> FindBar:
        """The find and replace bar, built the first time it is asked for."""
        from .find_bar import FindBar  # loaded on first use: quicker start-up

        bar = self.findChild(FindBar)
        if bar is None:
            bar = FindBar(self, self.doc, self.outline, self.current_form)
            self.addDockWidget(Qt.DockWidgetArea.TopDockWidgetArea, bar)
        return bar

    def _new_form(self, key: str) -> PartForm:
        if key in ("news", "action"):
            section = NewsSectionForm if key == "news" else ActionSectionForm
            return section(self.doc, self.add_action)
        if key == "project":
            from .forms.project import ProjectForm  # loaded with its form: quicker start-up

            return ProjectForm(self.doc)
        forms: dict[str, type[PartForm]] = {
            "masthead": MastheadForm, "item": ItemForm, "closing": ClosingForm,
            "distribution": DistributionForm,
        }
        return forms[key](self.doc)

    def _menu(self, title: Text, parent: QMenu | None = None) -> QMenu:
        return bound_menu(self.texts, title, parent or self.menuBar())

    def _build_menus(self) -> None:
        file_menu = self._menu(lambda: translate("MainWindow", "文件(&F)"))
        self.files.fill_menu(file_menu)
        from .archive import install_archive  # the 期刊库 dock and its 文件 menu entries

        self.archive = install_archive(self, self, file_menu)
        file_menu.insertAction(self.files.save_action, self.import_review_action)
        file_menu.insertAction(self.files.quit_action, self.export_review_action)
        file_menu.insertAction(self.files.export_action, self.profile_action)
        edit = self._menu(lambda: translate("MainWindow", "编辑(&E)"))
        edit.addActions([self.undo_action, self.redo_action])
        edit.addSeparator()
        edit.addActions([self.add_action, self.duplicate_action, self.delete_action,
                         self.up_action, self.down_action])
        edit.addSeparator()
        edit.addActions([self.find_action, self.replace_action, self.find_next_action,
                         self.find_previous_action])
        tools = self._menu(lambda: translate("MainWindow", "工具(&T)"))
        tools.addActions(self.tool_actions)
        view = self._menu(lambda: translate("MainWindow", "视图(&V)"))
        view.addActions([self.focus_outline_action, self.focus_form_action,
                         self.focus_problems_action])
        view.addSeparator()
        view.addActions([self.next_problem_action, self.previous_problem_action])
        view.addSeparator()
        view.addAction(self.problems.toggleViewAction())
        view.addAction(self.archive.toggleViewAction())  # closed, it came back only by 文件 ▸ 期刊库…
        view.addAction(self.preview_action)
        view.addSeparator()
        languages = self._menu(lambda: translate("MainWindow", "语言(&L)"), view)
        languages.addActions(self.language_actions.actions())
        self._menu(lambda: translate("MainWindow", "帮助(&H)")).addAction(self.about_action)
        self.outline.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.outline.addActions([self.add_action, self.duplicate_action, self.delete_action,
                                 self.up_action, self.down_action])
        toolbar = self.addToolBar("")
        self.texts.bind(toolbar.setWindowTitle, lambda: translate("MainWindow", "常用"))
        toolbar.setObjectName("mainToolBar")
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
        icons = {
            self.files.save_action: ("document-save", "save"),
            self.undo_action: ("edit-undo", "undo"),
            self.redo_action: ("edit-redo", "redo"),
            self.add_action: ("list-add", "add"),
            self.delete_action: ("list-remove", "delete"),
            self.up_action: ("go-up", "up"),
            self.down_action: ("go-down", "down"),
        }
        for action, (theme_name, name) in icons.items():
            action.setIcon(themed(theme_name, name))
        toolbar.addActions([self.files.save_action, self.undo_action, self.redo_action])
        toolbar.addSeparator()
        toolbar.addActions([self.add_action, self.delete_action, self.up_action,
                            self.down_action])

    def _build_status_bar(self) -> None:
        self.errors_label = QLabel()
        self.warnings_label = QLabel()
        self.chars_label = QLabel()
        self.pages_label = QLabel()
        for label in (self.errors_label, self.warnings_label, self.chars_label, self.pages_label):
            self.statusBar().addPermanentWidget(label)
        # Autosave's trouble stays in view (a passing message would be gone before it is read).
        self.autosave_label = QLabel(self.autosave.off)
        self.autosave_label.setObjectName("autosaveProblem")
        self.autosave_label.setVisible(bool(self.autosave.off))
        self.statusBar().insertPermanentWidget(0, self.autosave_label)
        self.autosave.failed.connect(self._autosave_failed)
        self.autosave.recovered.connect(self.autosave_label.hide)

    def _autosave_failed(self, message: str) -> None:
        self.autosave_label.setText(message)
        self.autosave_label.setToolTip(message)
        self.autosave_label.show()

    # --- following the document ------------------------------------------------------

    def current_form(self) -> PartForm:
        return self.stack.currentWidget()  # type: ignore[return-value]

    def current_part(self) -> Place:
        return self.outline.current_part() or ("masthead",)

    def _form_key(self, part: Place) -> str:
        if part[0] != "sections":
            return str(part[0])
        if len(part) == 4:
            return "item" if part[2] == "items" else "project"
        return "news" if is_news(part[1]) else "action"

    def _show_part(self, part: Place) -> None:
        form = self.form(self._form_key(part))
        form.show_part(part)
        self.stack.setCurrentWidget(form)
        self._update_actions()

    def _value_changed(self, path: Place) -> None:
        form = self.current_form()
        if path[: len(form.base)] == form.base:
            form.refresh(path)
        elif path[:1] == ("review",):  # a reviewer's note added, resolved or reopened
            form.mark()
        self.outline.update_labels()
        self._update_counts()

    def _findings_changed(self) -> None:
        self.current_form().mark()
        self.outline.update_labels()
        self._update_counts()

    def _reset(self) -> None:
        self.outline.rebuild()
        self._update_counts()
        self._update_actions()

    def _update_counts(self) -> None:
        self.errors_label.setText(
            translate("MainWindow", "{count} 个错误").format(count=self.doc.error_count))
        self.warnings_label.setText(
            translate("MainWindow", "{count} 个警告").format(count=self.doc.warning_count))
        profile = profile_of(self.doc)
        if profile is None:
            self.chars_label.setText("")
            return
        blocks = issue_blocks(self.doc.issue, profile, strict=False)
        chars = sum(len("".join(b.text.split())) for b in blocks)
        self.chars_label.setText(translate("MainWindow", "字数 {count}").format(count=chars))

    def _page_count_changed(self, count: int) -> None:
        self.page_count = count
        self.pages_label.setText(translate("MainWindow", "共 {count} 页").format(count=count))

    def _update_undo_texts(self) -> None:
        stack = self.doc.undo_stack
        undo, redo = stack.undoText(), stack.redoText()
        self.undo_action.setText(translate("MainWindow", "撤销 {action}(&Z)").format(action=undo)
                                 if undo else translate("MainWindow", "撤销(&Z)"))
        self.redo_action.setText(translate("MainWindow", "重做 {action}(&Y)").format(action=redo)
                                 if redo else translate("MainWindow", "重做(&Y)"))
        self.undo_action.setEnabled(stack.canUndo())
        self.redo_action.setEnabled(stack.canRedo())

    def _update_actions(self) -> None:
        part = self.current_part()
        self.add_action.setEnabled(edits.entry_list(part) is not None)
        if (entries := edits.entry_list(part)) and entries[-1] == "projects":
            self.add_action.setText(translate("MainWindow", "添加项目(&A)"))
        else:
            self.add_action.setText(translate("MainWindow", "添加条目(&A)"))
        self.duplicate_action.setEnabled(edits.is_entry(part))
        self.delete_action.setEnabled(edits.is_entry(part))
        self.up_action.setEnabled(edits.can_move(self.doc, part, -1))
        self.down_action.setEnabled(edits.can_move(self.doc, part, 1))

    def _update_title(self) -> None:
        title = translate("Application", "双碳资讯编辑器")
        self.setWindowTitle(f"{self.doc.display_name}[*] — {title}")
        self.setWindowModified(self.doc.modified)

    def show_about(self) -> None:
        """The name and version of the editor (the version of pyproject.toml, from the metadata)."""
        from .. import __version__

        name = translate("Application", "双碳资讯编辑器")
        version = translate("MainWindow", "版本 {version}").format(version=__version__)
        QtWidgets.QMessageBox.about(self, translate("MainWindow", "关于{name}").format(name=name),
                                    f"<h3>{name}</h3><p>{version}</p>")

    # --- language ----------------------------------------------------------------------

    def set_language(self, code: str) -> None:
        """Switch the interface language now and for the next start."""
        settings.set_language(code)
        apply_language(gui_application(), code)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        elif event.type() == QEvent.Type.ActivationChange and self.isActiveWindow():
            QTimer.singleShot(0, self, self.files.check_disk)  # back from another program

    def retranslate(self) -> None:
        """The window's texts in the interface language; the widgets inside do their own."""
        self.texts.apply()
        language = current_language(gui_application())
        for action in self.language_actions.actions():
            action.setChecked(action.data() == language)
        self._update_undo_texts()
        self._update_counts()
        if self.page_count is not None:
            self._page_count_changed(self.page_count)
        self._update_title()
        self._show_part(self.current_part())

    def import_review(self) -> None:
        from .review import import_review

        self.review_dialog = import_review(self, self.doc, self.files.folder_for())

    def export_review(self) -> None:
        from .review import export_review

        export_review(self, self.doc, self.files.folder_for())

    def _toggle_preview(self) -> None:
        self.preview.setVisible(self.preview_action.isChecked())

    def go_to(self, path: Place) -> None:
        """Show the part holding ``path`` and put the cursor in its field; for the profile,
        the dialog that changes it."""
        if path == ("profile",):
            self.change_profile()
            return
        if not path:
            return
        self.outline.select(part_of(path))
        self.current_form().focus(path)

    def field_widget(self, path: Place) -> QWidget:
        """The input widget of the field at ``path``, its part shown (for scripts and tests)."""
        self.go_to(path)
        binding = self.current_form().binding_for(path)
        if binding is None:
            raise KeyError(path)
        return binding.widget

    def change_profile(self) -> None:
        """The open issue in another installed profile, as one undo step."""
        from .profile_dialog import ProfileDialog  # loaded on first use: quicker start-up

        if any(d.isVisible() for d in self.findChildren(ProfileDialog)):  # a click, then a double click
            return
        dialog = ProfileDialog(installed_profiles(), self.doc.issue.profile, change=True, parent=self)
        dialog.accepted.connect(lambda: self._use_profile(dialog.chosen()))
        dialog.finished.connect(lambda _code: dialog.deleteLater())
        dialog.open()

    def _use_profile(self, name: str) -> None:
        if name == self.doc.issue.profile:
            return
        issue = deepcopy(self.doc.issue)
        issue.profile = name
        self.doc.undo_stack.push(ReplaceIssue(self.doc, issue, translate("MainWindow", "更换版式")))

    def next_problem(self, step: int) -> None:
        path = self.problems.step(step)
        if path is None:
            self.statusBar().showMessage(translate("MainWindow", "没有问题"), 3000)
        else:
            self.go_to(path)

    def focus_form(self) -> None:
        """The cursor in the form's first field (or its first control when it has no field)."""
        from .focus import first_field, focus_stops  # loaded with the first Tab or Ctrl+2

        form = self.current_form()
        widget = first_field(form) or next(iter(focus_stops(self, [form])), None)
        if widget is None:
            return
        binding = next((b for b in form.bindings if b.widget is widget), None)
        if binding is not None:
            binding.focus(binding.path)
        else:
            widget.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.form_scroll.ensureWidgetVisible(widget)

    def focusNextPrevChild(self, next: bool) -> bool:
        """Tab and Shift+Tab: outline → form → preview → problems (``gui/focus.py``)."""
        from .focus import focus_stops, next_stop  # loaded with the first Tab: quicker start-up

        regions = [self.outline, self.current_form(), self.preview, self.problems]
        target = next_stop(focus_stops(self, regions), QtWidgets.QApplication.focusWidget(), next)
        if target is None:
            return super().focusNextPrevChild(next)
        reason = Qt.FocusReason.TabFocusReason if next else Qt.FocusReason.BacktabFocusReason
        target.setFocus(reason)
        if self.current_form().isAncestorOf(target):
            self.form_scroll.ensureWidgetVisible(target)
        return True

    def focus_problems(self) -> None:
        self.problems.show()
        self.problems.list.setFocus()

    # --- edits -------------------------------------------------------------------------

    def add_entry(self) -> None:
        """Add an entry and put the cursor in its first field (the 标题), to type on."""
        added = edits.add_entry(self.doc, self.current_part())
        if added is not None:
            self.outline.select(added)
            self.focus_form()

    def duplicate_entry(self) -> None:
        edits.duplicate_entry(self.doc, self.current_part())

    def delete_entry(self) -> None:
        edits.delete_entry(self.doc, self.current_part())

    def move_entry(self, delta: int) -> None:
        edits.move_entry(self.doc, self.current_part(), delta)

    def run_tool(self, tool: TextTool) -> None:
        """On the selected text of the focused field if any, else on the whole issue."""
        count = run_on_selection(self.doc, self.focusWidget(), tool)
        if count is None:
            issue, count = apply_to_issue(self.doc.issue, tool)
            if count:
                text = translate("MainWindow", "{tool}（整期）").format(tool=tool.label)
                self.doc.undo_stack.push(ReplaceIssue(self.doc, issue, text))
        self.statusBar().showMessage(
            translate("MainWindow", "{tool}：修改 {count} 处").format(tool=tool.label, count=count),
            5000)

    # --- closing -----------------------------------------------------------------------

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self._ending and not self.files.may_discard():
            event.ignore()
            return
        settings.save_window_state(self.saveGeometry(), self.saveState())
        if not self._ending:
            self.autosave.close()
        event.accept()

    def end_from_outside(self) -> None:
        """Quit without asking (SIGTERM): unsaved edits stay in the recovery file."""
        self._ending = True
        self.autosave.end()
        QtWidgets.QApplication.quit()

    def offer_recovery(self) -> bool:
        """After a crash: offer the newest recovery files; True when one was restored."""
        set_aside: list[Path] = []
        pending = orphans(set_aside=set_aside)
        if set_aside:
            QtWidgets.QMessageBox.information(
                self, translate("MainWindow", "恢复未保存的修改"),
                translate("MainWindow", "有自动保存的文件无法读取，已保留在：\n{files}").format(
                    files="\n".join(str(path) for path in set_aside)))
        for n, recovery in enumerate(pending):
            name = (recovery.path.name if recovery.path
                    else translate("MainWindow", "未命名的期刊"))
            answer = ask(
                self, "Question", translate("MainWindow", "恢复未保存的修改"),
                translate("MainWindow",
                          "编辑器上次未正常关闭。“{name}”有自动保存于 {time} 的未保存修改。\n\n"
                          "恢复：打开这些修改（原文件不变，需要时再保存）\n"
                          "丢弃：删除这份自动保存\n"
                          "忽略：下次启动时再询问").format(
                    name=name, time=f"{recovery.saved_at:%Y-%m-%d %H:%M:%S}"),
                [("Yes", translate("MainWindow", "恢复(&R)")),
                 ("Discard", translate("MainWindow", "丢弃(&D)")),
                 ("Ignore", translate("MainWindow", "忽略(&I)"))], "Yes")
            if answer == "Yes":
                self.doc.recover(recovery.issue, recovery.path, recovery.disk)
                self.autosave.save_now()  # safe again before the old copy goes
                recovery.remove()
                later = pending[n + 1:]
                for other in later:
                    other.release()
                if later:  # one window holds one issue: the others wait, and the user knows it
                    self.statusBar().showMessage(translate(
                        "MainWindow", "另有 {count} 份未保存的修改，下次启动编辑器时再询问").format(count=len(later)))
                return True
            if answer == "Discard":
                recovery.remove()
            else:
                recovery.release()
        return False
