"""The archive (期刊库) in the editor: a dock listing its issues and searching them, 文件 ▸
期刊库… and 文件 ▸ 新建下一期, and the checks across issues in the problems panel.

The work is the core's (``archive``); this module shows it. Activating a row (Enter or a
double-click) opens its file, and for a search hit also puts the cursor in the field.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from PySide6 import QtWidgets
from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QDockWidget,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..errors import UserFacingError
from ..issue.findings import Finding, Severity
from ..issue.model import Issue
from ..issue.places import Place
from ..layout.titles import section_titles
from . import settings
from .actions import bound_action
from .document import Document
from .files import FileActions
from .i18n import InterfaceTexts, translate
from .names import finding_message, finding_place, severity_name
from .problems import ProblemsDock

if TYPE_CHECKING:  # the archive's modules, a thread pool and the busy indicator load on first use
    from concurrent.futures import Future, ThreadPoolExecutor

    from ..archive.checks import SeriesContext
    from ..archive.listing import Entry
    from ..archive.next_issue import UnreadableIssues


class Host(Protocol):
    """What the dock uses of the main window (which is a QMainWindow too)."""

    doc: Document
    files: FileActions
    problems: ProblemsDock
    texts: InterfaceTexts

    def go_to(self, path: Place) -> None: ...

    def after_first_paint(self, call: Callable[[], object]) -> None: ...

PATH_ROLE = Qt.ItemDataRole.UserRole
PLACE_ROLE = Qt.ItemDataRole.UserRole + 1  # a search hit's field; None for an issue row
SEARCH_LIMIT = 500
ISSUE_WIDTHS = (200, 100, 480)  # 期号, 日期, 第一条标题 (检查 takes the rest)
HIT_WIDTHS = (140, 340, 600)  # 文件, 位置, 文字
UNREADABLE_SHOWN = 10  # files named in the message refusing 新建下一期


class ArchiveDock(QDockWidget):
    """The issues of the archive folder, or the hits of a search in them."""


    def __init__(self, window: QMainWindow, host: Host) -> None:
        super().__init__(window)
        self.setObjectName("archiveDock")
        self.window_, self.host = window, host
        self.folder: Path | None = None
        self.entries: list[Entry] = []
        self.across: dict[Path, list[Finding]] = {}  # each file's findings across issues
        self.context: SeriesContext | None = None
        self.folder_label = QLabel()
        self.folder_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.choose_button = QPushButton()
        self.choose_button.clicked.connect(self.choose_folder)
        self.search_box = QLineEdit()
        self.search_box.setObjectName("archiveSearch")
        self.search_box.setClearButtonEnabled(True)
        self.search_box.returnPressed.connect(self.search)
        self.search_box.textChanged.connect(lambda text: None if text.strip() else self.show_issues())
        self.list = QTreeWidget()
        self.list.setObjectName("archiveList")
        self.list.setRootIsDecorated(False)
        self.list.setColumnCount(4)
        self.list.itemActivated.connect(self._activated)
        self.search_box.installEventFilter(self)
        self.list.installEventFilter(self)
        top = QHBoxLayout()
        top.addWidget(self.folder_label, 1)
        top.addWidget(self.choose_button)
        box = QWidget(self)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.search_box)
        layout.addWidget(self.list, 1)
        self.setWidget(box)
        self._hits_shown = False
        self._pool: ThreadPoolExecutor | None = None
        self._generation = 0
        self._pending: tuple[int, Future[tuple[list[Entry], dict[Path, list[Finding]]]]] | None = None
        self._poll = QTimer(self)
        self._poll.setInterval(30)
        self._poll.timeout.connect(self._collect)
        host.doc.file_changed.connect(self._file_changed)
        self._saved_path: Path | None = None
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(translate("ArchiveDock", "期刊库"))
        self.toggleViewAction().setText(translate("ArchiveDock", "期刊库面板(&K)"))  # in 视图, after the title
        self.choose_button.setText(translate("ArchiveDock", "选择文件夹(&K)…"))
        self.search_box.setPlaceholderText(translate("ArchiveDock", "搜索各期（简体、繁体均可），按回车"))
        self.search_box.setAccessibleName(translate("ArchiveDock", "搜索期刊库"))
        self.list.setAccessibleName(translate("ArchiveDock", "期刊库中的各期"))
        self._show_folder()
        if self._hits_shown:
            self.search()
        else:
            self.show_issues()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Down from the search box into the list, Up from its first row back to the box."""
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent) and not event.modifiers():
            rows = self.rows()
            if watched is self.search_box and event.key() == Qt.Key.Key_Down and rows:
                self.list.setFocus(Qt.FocusReason.OtherFocusReason)
                self.list.setCurrentItem(rows[0])
                return True
            if (watched is self.list and event.key() == Qt.Key.Key_Up and rows
                    and self.list.currentItem() is rows[0]):
                self.search_box.setFocus(Qt.FocusReason.OtherFocusReason)
                return True
        return super().eventFilter(watched, event)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()

    def _show_folder(self) -> None:
        self.folder_label.setText(str(self.folder) if self.folder is not None
                                  else translate("ArchiveDock", "尚未选择期刊库文件夹"))

    # --- the folder ------------------------------------------------------------------

    def choose_folder(self) -> None:
        start = str(self.folder) if self.folder is not None else settings.last_folder()
        name = QtWidgets.QFileDialog.getExistingDirectory(self, translate("ArchiveDock", "选择期刊库文件夹"), start)
        if name:
            settings.set_archive_folder(Path(name))
            self.set_folder(Path(name))

    def set_folder(self, folder: Path | None) -> None:
        self.folder = folder
        self._show_folder()
        self.reload()

    def reload(self) -> None:
        """Read the folder again, in a worker thread (1,200 issues take seconds): then the
        list, and what the open issue is checked against, follow."""
        self._generation += 1
        if self.folder is None:
            self._apply([])
            return
        from concurrent.futures import ThreadPoolExecutor

        if self._pool is None:
            self._pool = ThreadPoolExecutor(max_workers=1)
        self._pending = (self._generation, self._pool.submit(_read, self.folder))
        self._poll.start()

    def _collect(self) -> None:
        if self._pending is None or not self._pending[1].done():
            return
        self._poll.stop()
        (generation, future), self._pending = self._pending, None
        if generation != self._generation:
            return  # a later reload is under way
        try:
            entries, across = future.result()
        except UserFacingError as exc:
            self._apply([])
            self.folder_label.setText(_problem(exc))
            return
        self._show_folder()  # instead of an earlier problem with the folder, now read
        self._apply(entries, across)

    def _apply(self, entries: list[Entry], across: dict[Path, list[Finding]] | None = None) -> None:
        self.entries, self.across = entries, across or {}
        self.context = None
        if self.folder is not None:
            from ..archive.checks import SeriesContext

            self.context = SeriesContext(entries)
        doc = self.host.doc
        check = self._check if self.context is not None else None
        if check is not None or doc.series_check is not None:  # no archive before nor now: as it was
            doc.series_check = check
            doc.recheck()
        self.search() if self._hits_shown else self.show_issues()

    def _check(self, issue: Issue, path: Path | None) -> list[Finding]:
        assert self.context is not None
        return [found.finding for found in self.context.check(path, issue)]

    def _file_changed(self) -> None:
        """The issue was saved (perhaps as a new file of the archive): read the folder again."""
        doc = self.host.doc
        saved = doc.path if not doc.modified else None
        if saved is not None and saved != self._saved_path and self.folder is not None:
            self._saved_path = saved
            self.reload()
        elif doc.modified:
            self._saved_path = None

    # --- the list --------------------------------------------------------------------

    def show_issues(self) -> None:
        self._hits_shown = False
        self.list.clear()
        self.list.setHeaderLabels([translate("ArchiveDock", "期号"), translate("ArchiveDock", "日期"),
                                   translate("ArchiveDock", "第一条标题"), translate("ArchiveDock", "检查")])
        for column, width in enumerate(ISSUE_WIDTHS):
            self.list.setColumnWidth(column, width)
        for entry in self.entries:
            if entry.issue is None:
                row = QTreeWidgetItem([entry.path.name, "", "", translate("ArchiveDock", "无法读取")])
                row.setToolTip(0, entry.problem)
                row.setToolTip(3, entry.problem)
            else:
                state = translate("ArchiveDock", "{errors} 个错误，{warnings} 个警告").format(
                    errors=entry.errors, warnings=entry.warnings)
                found = self.across.get(entry.path, [])
                if found:
                    errors = sum(f.severity is Severity.ERROR for f in found)
                    state += translate("ArchiveDock", "；跨期 {errors} 个错误，{warnings} 个警告").format(
                        errors=errors, warnings=len(found) - errors)
                row = QTreeWidgetItem([entry.label, entry.date.isoformat() if entry.date else "",
                                       entry.headline, state])
                row.setToolTip(0, str(entry.path))
                row.setToolTip(2, entry.headline)
                if found:
                    titles = section_titles(entry.issue.profile)
                    row.setToolTip(3, "\n".join(f"{finding_place(f, titles)}: {severity_name(f.severity)}: "
                                                 f"{finding_message(f)}" for f in found))
            row.setData(0, PATH_ROLE, str(entry.path))
            row.setData(0, PLACE_ROLE, None)
            self.list.addTopLevelItem(row)

    def search(self) -> None:
        """The fields holding the words typed, as rows: file, place, text."""
        query = self.search_box.text().strip()
        if not query or self.folder is None:
            self.show_issues()
            return
        from ..archive.search import search_archive  # SQLite: loaded on first search
        from .busy import run_busy

        self._hits_shown = True
        self.list.clear()
        self.list.setHeaderLabels([translate("ArchiveDock", "文件"), translate("ArchiveDock", "位置"),
                                   translate("ArchiveDock", "文字"), ""])
        for column, width in enumerate(HIT_WIDTHS):
            self.list.setColumnWidth(column, width)
        folder = self.folder
        try:
            hits = run_busy(self.window_, translate("ArchiveDock", "正在搜索…"),
                            lambda: search_archive(folder, query, limit=SEARCH_LIMIT))
        except UserFacingError as exc:
            QtWidgets.QMessageBox.warning(self.window_, translate("ArchiveDock", "期刊库"), _problem(exc))
            return
        for hit in hits:
            row = QTreeWidgetItem([hit.path.name, hit.place_in(section_titles(hit.profile)), hit.snippet, ""])
            row.setToolTip(2, hit.snippet)
            row.setData(0, PATH_ROLE, str(hit.path))
            row.setData(0, PLACE_ROLE, hit.place)
            self.list.addTopLevelItem(row)
        if not hits:
            self.list.addTopLevelItem(QTreeWidgetItem([translate("ArchiveDock", "没有找到“{query}”")
                                                       .format(query=query)]))
        elif hits.total > len(hits):
            self.list.addTopLevelItem(QTreeWidgetItem([translate(
                "ArchiveDock", "共找到 {total} 处，只列出前 {shown} 处；请多加一个词缩小范围").format(
                total=hits.total, shown=len(hits))]))

    def rows(self) -> list[QTreeWidgetItem]:
        rows = (self.list.topLevelItem(i) for i in range(self.list.topLevelItemCount()))
        return [row for row in rows if row is not None]  # all: each index is in range

    def _activated(self, row: QTreeWidgetItem, _column: int = 0) -> None:
        name = row.data(0, PATH_ROLE)
        if not name:
            return
        host, path, place = self.host, Path(name), row.data(0, PLACE_ROLE)
        is_open = host.doc.path is not None and host.doc.path.resolve() == path.resolve()
        if not is_open and not host.files.open_path(path):
            return
        if place:
            host.go_to(tuple(place))

    # --- the next issue --------------------------------------------------------------

    def new_next_issue(self) -> None:
        """文件 ▸ 新建下一期: a new, unsaved issue following the archive's last one."""
        from ..archive.listing import list_archive
        from ..archive.next_issue import UnreadableIssues, next_issue
        from .busy import run_busy

        if self.folder is None:
            QtWidgets.QMessageBox.information(self.window_, translate("ArchiveDock", "新建下一期"),
                                    translate("ArchiveDock", "请先选择期刊库文件夹（文件 › 期刊库）。"))
            self.show()
            return
        folder = self.folder
        try:
            issue = next_issue(run_busy(self.window_, translate("ArchiveDock", "正在读取期刊库…"),
                                        lambda: list_archive(folder)), folder)
        except UnreadableIssues as exc:
            QtWidgets.QMessageBox.warning(self.window_, translate("ArchiveDock", "新建下一期"), _unreadable(exc))
            return
        except UserFacingError as exc:
            QtWidgets.QMessageBox.warning(self.window_, translate("ArchiveDock", "新建下一期"), _problem(exc))
            return
        files = self.host.files
        if not files.may_discard():  # asked only once there is a next issue to put in its place
            return
        self.host.doc.replace(issue, None)
        files.save_folder = folder  # its place is the archive: 保存 proposes it


def _read(folder: Path) -> tuple[list[Entry], dict[Path, list[Finding]]]:
    """The folder's issues and each one's findings across issues (in the worker thread)."""
    from ..archive.checks import check_archive, findings_by_file
    from ..archive.listing import list_archive

    entries = list_archive(folder)
    return entries, findings_by_file(check_archive(entries))


def _problem(exc: UserFacingError) -> str:
    """The error in one line; a missing folder says where to choose another."""
    from ..archive.listing import MissingFolder

    if isinstance(exc, MissingFolder):
        text = translate("ArchiveDock", "{folder}: 期刊库文件夹不存在；请点“选择文件夹”另选")
        return text.format(folder=exc.path)
    return exc.one_line()


def _unreadable(exc: UnreadableIssues) -> str:
    """Why no next issue is proposed, then the files that cannot be read (the first few)."""
    text = translate("ArchiveDock", "期刊库中有 {count} 个期刊文件无法读取，接续的期号可能与它们的期号重复；"
                     "请改正这些文件，或把它们移出期刊库文件夹后重试：").format(count=len(exc.problems))
    lines = exc.problems[:UNREADABLE_SHOWN]
    if len(exc.problems) > UNREADABLE_SHOWN:
        lines.append(translate("ArchiveDock", "……另有 {count} 个").format(count=len(exc.problems) - UNREADABLE_SHOWN))
    return "\n".join([text, *lines])


def install_archive(window: QMainWindow, host: Host, file_menu: QMenu) -> ArchiveDock:
    """The archive dock (tabbed with the problems panel) and its 文件 menu entries;
    ``host`` is ``window``, as the main window."""
    dock = ArchiveDock(window, host)
    window.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, dock)
    window.tabifyDockWidget(host.problems, dock)
    host.problems.raise_()

    def choose() -> None:
        dock.show()
        dock.raise_()
        dock.choose_folder()

    folder_action = bound_action(window, host.texts, lambda: translate("ArchiveDock", "期刊库(&K)…"), choose,
                                 tip=lambda: translate("ArchiveDock", "选择存放各期期刊文件的文件夹"))
    next_action = bound_action(window, host.texts, lambda: translate("ArchiveDock", "新建下一期(&X)"),
                               dock.new_next_issue, "Ctrl+Shift+N",
                               tip=lambda: translate("ArchiveDock", "按期刊库的最后一期新建：期号接续，结尾和版记沿用"))
    file_menu.insertActions(file_menu.actions()[2], [next_action, folder_action])  # after 新建, 从模板新建
    # Read once the window is up: the start-up does not wait for the folder (nor share the
    # interpreter with the thread reading it).
    host.after_first_paint(lambda: dock.set_folder(settings.archive_folder()))
    return dock
