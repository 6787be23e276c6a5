"""The File menu: new, open, recent, import, save, save as, revert, export, quit."""

from __future__ import annotations

from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6 import QtWidgets
from PySide6.QtCore import QFileSystemWatcher, QTimer
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu

from ..errors import UserFacingError
from ..issue.issue_file import load_issue
from ..layout.profile import ProfileError, installed_profiles, load_named, use_profile
from ..paths import template_names, template_path
from . import settings
from .actions import bound_action, bound_menu
from .document import DiskState, Document, Loaded, read_file
from .file_names import proposed_path
from .i18n import QT_TRANSLATE_NOOP, InterfaceTexts, translate
from .questions import ask

if TYPE_CHECKING:
    from .export_done import ExportDone

TEMPLATE_NAMES = {
    "blank": QT_TRANSLATE_NOOP("FileActions", "空白期刊"),
    "bulletin-2023-09-25": QT_TRANSLATE_NOOP("FileActions", "示例：2023年9月25日"),
}


BUSY_ABOVE_BYTES = 1 << 20  # about 150 pages: read at once below this


def _issue_filter() -> str:
    return translate("FileActions", "期刊文件 (*.yaml *.yml);;所有文件 (*)")


def what_changed(before: str, after: str) -> str:
    """A short summary of how ``after`` differs from ``before``: lines changed, the first."""
    if not after:
        return translate("FileActions", "磁盘上的文件现在无法读取")
    if not before:  # the file's text is not known: recovered edits, changed after the autosave
        return translate("FileActions", "在上次自动保存之后")
    import difflib  # loaded when another program changed the file: quicker start-up

    old, new = before.splitlines(), after.splitlines()
    blocks = [b for b in difflib.SequenceMatcher(None, old, new, autojunk=False).get_opcodes()
              if b[0] != "equal"]
    if not blocks:
        return translate("FileActions", "内容相同，只是格式不同")
    count = sum(max(i2 - i1, j2 - j1) for _tag, i1, i2, j1, j2 in blocks)
    _tag, i1, _i2, j1, j2 = blocks[0]
    first = (new[j1] if j2 > j1 else old[i1]).strip()
    if len(first) > 40:
        first = first[:40] + "…"
    return translate("FileActions", "改动了 {count} 行，第一处在第 {line} 行：{text}").format(
        count=count, line=j1 + 1, text=first)


class FileActions:
    """File handling of one main window; dialogs are the static QFileDialog/QMessageBox ones.

    The dialog classes are named through ``QtWidgets`` where they are used: PySide6 builds a
    class's Python type the first time it is named, 2 ms for these two, which the start
    would otherwise pay for dialogs the first window does not show.
    """

    def __init__(self, window: QMainWindow, doc: Document, texts: InterfaceTexts) -> None:
        """``window``: the parent of the dialogs, closed by Quit; ``texts``: its language-bound texts."""
        self.window, self.doc, self.texts = window, doc, texts
        # Where Save proposes to put a new issue that belongs to a folder (新建下一期: the
        # archive's); any other issue started forgets it.
        self.save_folder: Path | None = None
        doc.started.connect(self._forget_save_folder)
        act = partial(bound_action, window, texts)
        self.new_action = act(lambda: translate("FileActions", "新建(&N)"),
                              self.new_issue, QKeySequence.StandardKey.New,
                              lambda: translate("FileActions", "从空白模板新建一期；装有多个版式时先选版式"))
        self.open_action = act(lambda: translate("FileActions", "打开(&O)…"), self.open,
                               QKeySequence.StandardKey.Open)
        self.import_action = act(lambda: translate("FileActions", "导入(&I)…"), self.import_file,
                                 "Ctrl+I",
                                 lambda: translate("FileActions", "从文本或 Word 文件导入一期，检查后替换当前期刊"))
        self.import_clipboard_action = act(
            lambda: translate("FileActions", "从剪贴板导入(&B)…"), self.import_clipboard,
            tip=lambda: translate("FileActions", "把在别处复制的文字当作文本文件导入，检查后替换当前期刊"))
        self.save_action = act(lambda: translate("FileActions", "保存(&S)"), self.save,
                               QKeySequence.StandardKey.Save)
        self.save_as_action = act(lambda: translate("FileActions", "另存为(&A)…"), self.save_as,
                                  QKeySequence.StandardKey.SaveAs)
        self.revert_action = act(lambda: translate("FileActions", "还原(&R)"), self.revert,
                                 tip=lambda: translate("FileActions", "放弃修改，重新读取文件"))
        self.export_action = act(lambda: translate("FileActions", "导出 Word(&E)…"),
                                 self.export_word, "Ctrl+E")
        self.quit_action = act(lambda: translate("FileActions", "退出(&Q)"), window.close,
                               QKeySequence.StandardKey.Quit)
        self.recent_menu = QMenu(window)
        texts.bind(self.recent_menu.setTitle, lambda: translate("FileActions", "最近打开(&T)"))
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        self.doc.file_changed.connect(self._update_actions)
        self._update_actions()
        # Another program (a second editor) saving the file: asked about when this window is
        # active, now or when it is next activated (``check_disk``).
        self._declined: DiskState | None = None  # a change on disk the user chose not to load
        self._checking = False
        self.export_done: ExportDone | None = None  # the offer to open the last export
        self.watcher = QFileSystemWatcher(window)
        self.watcher.fileChanged.connect(self._file_changed_on_disk)
        self.doc.file_changed.connect(self._watch)

    def fill_menu(self, menu: QMenu) -> None:
        menu.addAction(self.new_action)
        templates = bound_menu(self.texts, lambda: translate("FileActions", "从模板新建(&M)"), menu)
        for number, name in enumerate(template_names(), 1):  # numbered as the recent files are
            action = templates.addAction("")
            self.texts.bind(action.setText, lambda n=name, k=number % 10:
                            f"&{k} {translate('FileActions', TEMPLATE_NAMES.get(n, n))}")
            action.triggered.connect(lambda _c=False, n=name: self.new_from_template(n))
        menu.addAction(self.open_action)
        menu.addMenu(self.recent_menu)
        menu.addActions([self.import_action, self.import_clipboard_action])
        menu.addSeparator()
        menu.addActions([self.save_action, self.save_as_action, self.revert_action])
        menu.addSeparator()
        menu.addAction(self.export_action)
        menu.addSeparator()
        menu.addAction(self.quit_action)

    def _update_actions(self) -> None:
        self.revert_action.setEnabled(self.doc.path is not None and self.doc.modified)

    # --- the file changed by another program ----------------------------------------------

    def _watch(self) -> None:
        """Watch the document's file (again: a save replaces it, which ends the watch)."""
        wanted = [str(self.doc.path)] if self.doc.path is not None else []
        if self.watcher.files() != wanted:
            if self.watcher.files():
                self.watcher.removePaths(self.watcher.files())
            if wanted and self.doc.path is not None and self.doc.path.exists():
                self.watcher.addPath(wanted[0])

    def _file_changed_on_disk(self, _name: str) -> None:
        if self.watcher.files():  # Qt warns of an empty list
            self.watcher.removePaths(self.watcher.files())
        self._watch()
        if self.window.isActiveWindow():
            QTimer.singleShot(0, self.window, self.check_disk)

    def check_disk(self) -> None:
        """Offer to reload the file when another program changed it; ask first when there
        are unsaved edits here (they would be lost). Asked once for each change."""
        if self._checking:
            return
        found = self.doc.disk_now()
        if found is None or (self._declined is not None and found[0].data == self._declined.data):
            return  # as it was, or holding what the user already chose not to load (a touch changes nothing)
        disk, text = found
        assert self.doc.path is not None  # disk_now found a file
        self._checking = True
        try:
            summary = what_changed(self.doc.disk_text, text)
            if self.doc.modified:
                reload = self._confirm(
                    translate("FileActions", "文件已被修改"),
                    translate("FileActions", "“{name}”已被其他程序修改（{summary}），"
                                             "而这里有未保存的修改。\n\n放弃这里的修改，读入磁盘上的版本吗？"
                              ).format(name=self.doc.path.name, summary=summary),
                    translate("FileActions", "读入磁盘上的版本(&R)"),
                    translate("FileActions", "保留这里的修改(&K)"))
            else:
                answer = ask(
                    self.window, "Question", translate("FileActions", "文件已被修改"),
                    translate("FileActions", "“{name}”已被其他程序修改（{summary}）。要重新读取吗？").format(
                        name=self.doc.path.name, summary=summary),
                    [("Yes", translate("FileActions", "重新读取(&R)")),
                     ("No", translate("FileActions", "不读取(&N)"))], "Yes")
                reload = answer == "Yes"
            if reload:
                self.open_path(self.doc.path, ask=False, again=True)
            else:
                self._declined = disk
        finally:
            self._checking = False

    def _may_overwrite(self, path: Path) -> bool:
        """Before saving over the open file: True unless another program changed it since
        and the user does not want to overwrite that (they may reload it instead)."""
        found = self.doc.disk_now()
        if found is None:
            return True
        answer = ask(
            self.window, "Warning", translate("FileActions", "文件已被修改"),
            translate("FileActions",
                      "“{name}”在打开后已被其他程序修改（{summary}）。\n\n"
                      "保存：用这里的版本覆盖它（对方的修改会丢失）\n"
                      "放弃：放弃这里的修改，读入磁盘上的版本\n"
                      "取消：不保存").format(name=path.name, summary=what_changed(self.doc.disk_text, found[1])),
            [("Save", translate("FileActions", "保存(&S)")),
             ("Discard", translate("FileActions", "放弃(&D)")),
             ("Cancel", translate("FileActions", "取消(&C)"))], "Cancel")
        if answer == "Discard":
            self.open_path(path, ask=False)
        return answer == "Save"

    def _may_drop_comments(self) -> bool:
        """Saving writes the issue afresh: comments typed into the file are not kept. Said
        before the first save over such a file."""
        if not self.doc.has_comments:
            return True
        answer = ask(
            self.window, "Warning", translate("FileActions", "注释会丢失"),
            translate("FileActions", "此文件中的注释在保存后会丢失（“{name}”中以 # 开头的说明）。仍要保存吗？").format(
                name=self.doc.display_name),
            [("Save", translate("FileActions", "仍然保存(&S)")),
             ("Cancel", translate("FileActions", "取消(&C)"))], "Cancel")
        return answer == "Save"

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        recent = settings.recent_files()
        for n, path in enumerate(recent, 1):
            action = self.recent_menu.addAction(f"&{n % 10} {path.name}")
            action.setStatusTip(str(path))
            action.triggered.connect(lambda _c=False, p=path: self.open_path(p))
        if recent:
            self.recent_menu.addSeparator()
            self.recent_menu.addAction(translate("FileActions", "清除列表(&C)"),
                                       settings.clear_recent_files)
        else:
            self.recent_menu.addAction(translate("FileActions", "（无）")).setEnabled(False)

    # --- asking ------------------------------------------------------------------------

    def may_discard(self) -> bool:
        """True when the current issue may be replaced: saved, or the user says so."""
        if not self.doc.modified:
            return True
        answer = ask(
            self.window, "Warning", translate("FileActions", "尚未保存"),
            translate("FileActions", "“{name}”有未保存的修改。要保存吗？").format(
                name=self.doc.display_name),
            [("Save", translate("FileActions", "保存(&S)")),
             ("Discard", translate("FileActions", "丢弃(&D)")),
             ("Cancel", translate("FileActions", "取消(&C)"))], "Save")
        if answer == "Save":
            return self.save()
        return answer == "Discard"

    def _confirm(self, title: str, question: str, yes: str, no: str | None = None) -> bool:
        """A question whose default is no: True when the user clicks ``yes`` (a verb with its
        mnemonic); ``no`` is 取消 unless given."""
        answer = ask(self.window, "Question", title, question,
                     [("Yes", yes), ("No", no or translate("FileActions", "取消(&C)"))], "No")
        return answer == "Yes"

    def _error(self, title: str, exc: UserFacingError) -> None:
        QtWidgets.QMessageBox.critical(self.window, title, exc.one_line())

    def _forget_save_folder(self) -> None:
        self.save_folder = None

    def folder_for(self, kind: str = "issues") -> str:
        """Where to open a file of ``kind``: an issue in the open issue's folder, else in
        the last folder used for that kind (for issues when there is none yet)."""
        if kind == "issues" and self.doc.path is not None:
            return str(self.doc.path.parent)
        return settings.last_folder(kind) or settings.last_folder()

    # --- the actions -------------------------------------------------------------------

    def new_issue(self) -> None:
        """A blank issue; with more than one profile installed, in the one chosen."""
        installed = installed_profiles()
        if len(installed) <= 1:
            self.new_from_template("blank")
            return
        from .profile_dialog import ProfileDialog  # loaded on first use: quicker start-up

        dialog = ProfileDialog(installed, self.doc.issue.profile, parent=self.window)
        dialog.accepted.connect(lambda: self.new_from_template("blank", dialog.chosen()))
        dialog.finished.connect(lambda _code: dialog.deleteLater())
        dialog.open()

    def new_from_template(self, name: str, profile: str | None = None) -> None:
        """A new issue from the template ``name``, in ``profile`` when given (its issuer too)."""
        if not self.may_discard():
            return
        try:
            issue = load_issue(template_path(name))
            if profile is not None and profile != issue.profile:
                use_profile(issue, profile)
        except UserFacingError as exc:
            self._error(translate("FileActions", "无法新建"), exc)
            return
        self.doc.replace(issue, None)

    def open(self) -> None:
        if not self.may_discard():
            return
        name, _ = QtWidgets.QFileDialog.getOpenFileName(
            self.window, translate("FileActions", "打开期刊"), self.folder_for(), _issue_filter())
        if name:
            self.open_path(Path(name), ask=False)

    def open_path(self, path: Path, *, ask: bool = True, again: bool = False) -> bool:
        """Open ``path`` (``again``: the file open, changed on disk); a file that cannot be
        read is reported and changes nothing."""
        if ask and not self.may_discard():
            return False
        try:
            self.doc.adopt(self._read(path), again=again)
        except UserFacingError as exc:
            self._error(translate("FileActions", "无法打开"), exc)
            return False
        settings.remember_file(path)
        return True

    def _read(self, path: Path) -> Loaded:
        """A large file is read in a worker thread behind a busy indicator, so that the window
        keeps painting (a 9 MB file refused for its size of lists takes 16 s to read)."""
        try:
            large = path.stat().st_size > BUSY_ABOVE_BYTES
        except OSError:
            large = False  # read_file says why
        if not large:
            return read_file(path)
        from .busy import run_busy  # loaded on first use: quicker start-up

        return run_busy(self.window, translate("FileActions", "正在打开 {name}…").format(name=path.name),
                        partial(read_file, path))

    def import_file(self) -> None:
        """Pick a text or Word file; its import replaces the issue once reviewed (undoably)."""
        name, _ = QtWidgets.QFileDialog.getOpenFileName(
            self.window, translate("FileActions", "导入"), self.folder_for("imports"),
            translate("FileActions", "文本或 Word 文件 (*.txt *.docx);;所有文件 (*)"))
        if name:
            from .import_dialog import import_file  # loaded on first use: quicker start-up

            settings.set_last_folder(Path(name), kind="imports")
            import_file(self.window, self.doc, Path(name))

    def import_clipboard(self) -> None:
        """Import the text copied elsewhere; it replaces the issue once reviewed (undoably)."""
        from .import_dialog import import_clipboard  # loaded on first use: quicker start-up

        import_clipboard(self.window, self.doc)

    def save(self) -> bool:
        if self.doc.path is None:
            return self.save_as()
        return self._save_to(self.doc.path)

    def save_as(self) -> bool:
        if self.doc.path is not None:
            suggested = str(self.doc.path)
        elif self.save_folder is not None:
            suggested = str(self.save_folder / proposed_path(self.doc.issue, "issues", ".yaml").name)
        else:
            suggested = str(proposed_path(self.doc.issue, "issues", ".yaml"))
        name, _ = QtWidgets.QFileDialog.getSaveFileName(
            self.window, translate("FileActions", "另存为"), suggested, _issue_filter())
        if not name:
            return False
        path = Path(name)
        if not path.suffix:
            path = path.with_suffix(".yaml")
        return self._save_to(path)

    def _save_to(self, path: Path) -> bool:
        if path == self.doc.path and not (self._may_overwrite(path) and self._may_drop_comments()):
            return False
        try:
            self.doc.save(path)
        except UserFacingError as exc:
            self._error(translate("FileActions", "保存失败"), exc)
            return False
        settings.remember_file(path)
        self.window.statusBar().showMessage(
            translate("FileActions", "已保存 {path}").format(path=path), 5000)
        return True

    def revert(self) -> None:
        path = self.doc.path
        if path is None:
            return
        if not self._confirm(translate("FileActions", "还原"),
                             translate("FileActions", "放弃所有未保存的修改，重新读取“{name}”？").format(
                                 name=path.name),
                             translate("FileActions", "还原(&R)")):
            return
        try:
            self.doc.adopt(self._read(path), again=True)
        except UserFacingError as exc:
            self._error(translate("FileActions", "无法还原"), exc)

    def export_word(self) -> None:
        try:
            from ..export.docx import exporter
        except ImportError as exc:
            QtWidgets.QMessageBox.information(
                self.window, translate("FileActions", "导出 Word"),
                translate("FileActions", "本程序未安装 Word 导出功能（缺少 {module}）。").format(
                    module=exc.name))
            return
        try:
            profile = load_named(self.doc.issue.profile)
        except ProfileError as exc:  # said at once, not after a file name was chosen
            self._error(translate("FileActions", "导出失败"), exc)
            return
        errors = self.doc.error_count  # asked before the file name, not after
        if errors and not self._force_export(errors):
            return
        base = proposed_path(self.doc.issue, "exports", ".docx", self.doc.path)
        name, _ = QtWidgets.QFileDialog.getSaveFileName(
            self.window, translate("FileActions", "导出 Word"), str(base),
            translate("FileActions", "Word 文档 (*.docx)"))
        if not name:
            return
        path = Path(name) if Path(name).suffix else Path(name).with_suffix(".docx")
        try:
            result = exporter.export_docx(self.doc.issue, path, profile, force=bool(errors))
        except (UserFacingError, ProfileError) as exc:
            self._error(translate("FileActions", "导出失败"), exc)
            return
        settings.set_last_folder(path, kind="exports")
        self.export_done_line().show_for(path)
        note = "\n".join(result.warnings)
        if note:
            QtWidgets.QMessageBox.information(
                self.window, translate("FileActions", "导出 Word"),
                translate("FileActions", "已导出 {path}。").format(path=path) + "\n\n" + note)

    def export_done_line(self) -> ExportDone:
        """The status bar's offer to open the last export, made (hidden) the first time it is
        asked for: by the export warm-up a while after start, or by the first export."""
        if self.export_done is None:
            from .export_done import ExportDone  # not at start: quicker start-up

            self.export_done = ExportDone(self.window.statusBar())
        return self.export_done

    def _force_export(self, errors: int) -> bool:
        return self._confirm(
            translate("FileActions", "导出 Word"),
            translate("FileActions", "本期还有 {count} 个错误（见“问题”面板）。仍要导出吗？").format(
                count=errors),
            translate("FileActions", "仍然导出(&E)"))
